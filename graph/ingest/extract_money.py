"""Amounts in the usual Swedish forms and the funding they are decided as.

- money: amounts in the usual Swedish forms (2 500 000 kr, 2.500.000 kronor, 2,5 miljoner kronor,
  2 500 000 SEK, 2 500 tkr, 2 500 kkr, 2 500 tusen kronor, 2,5 mnkr, 3,5 Mkr, 2,5 MSEK; plain numbers
  under a table head giving the unit), each
  once at its own line: a total sentence ("till en summa av", "erhållit", "beviljats") or total row,
  parts (table rows, other amounts), "fördelas jämnt mellan A och B, dvs N kr till respektive part"
  (an allocation to each); an amount restated in brackets once; an amount that is the sum of all the
  others their total; linked to the agreement whose distinctive title words the sentence (else the
  item) holds, or named by a short form ("Överenskommelsen om psykisk hälsa"); a proposal to another
  body ("föreslår att Länsgemensam ledning godkänner") is no decision.
"""

from __future__ import annotations

import math
import re

from ..names import fold
from .extract_model import Amount, Funding, Item, Line, RulesBase, _Sum
from .extract_text import _OCR_DIGITS, _sentences
from .ocr_repair import repair_text, strip_markup

# an amount: digits grouped by space, no-break space or dot ("2 500 000", "2.500.000"), a decimal part
# after a comma ("2,5"), then a unit (kr, kronor, SEK, tkr, mnkr, Mkr, miljoner kronor, milj. kr, :-);
# or a unit before the digits ("SEK 40 000")
_DIGITS = (r"(?<![\d,.])(?P<whole>\d{1,3}(?:(?:[ \u00a0\u202f]\d{3})+|(?:\.\d{3})+)(?![\d])|\d+)"
           r"(?:[,.](?P<frac>\d{1,2})(?!\d))?")

# (generated: each noun of scale in its singular and plural, "1 miljon", "2 miljoner", "1 miljard", before each name
# of the currency, "kronor" also as "svenska kronor")
_SCALES = ("miljarder", "miljard", "miljoner", "miljon", "tusen")
_CURRENCY = r"(?:svenska\s+)?kronor|kr|sek"
_UNIT = (r"(?P<unit>" + "".join(rf"{scale}\s+(?:{_CURRENCY})|" for scale in _SCALES)
         + r"milj(?:oner)?\.?\s*kr(?:onor)?|mn\s*kr|"
         r"mnkr|mkr|msek|mn\s*sek|tkr|kkr|tsek|ksek|svenska\s+kronor|kronor|kr|sek|:-"
         # the whole kronor marked by a comma and a dash ("450 000,-", "450 000,- kr")
         r"|,-(?:\s*(?:kronor|kr|sek)(?![\wåäö]))?(?!\d)"
         # thousands marked by an apostrophe after the digits ("450' kr", "1 200’ kronor")
         r"|['’´]\s*(?:kronor|kr|sek)"
         # "1,2 miljoner till handledning": millions without the word kronor, in a sentence on money
         r"|miljoner(?=\s+(?:till|för|for|i|av|per|inom|under)\b|\s*[,.;)]|\s*$))")

# the sum said again in words in brackets between the digits and the unit ("1 200 000 (en miljon tvåhundratusen)
# kronor", "950 000 (niohundrafemtiotusen) kr"): words of numbers only
_IN_WORDS = (r"(?:\s*\(\s*[a-zåäö][a-zåäö \-]{0,80}?(?:tusen|hundra|miljon|miljoner|miljard|miljarder)"
             r"[a-zåäö \-]{0,40}\))?")

_AMOUNT_RE = re.compile(_DIGITS + _IN_WORDS + r"\s*" + _UNIT + r"(?![\wåäö])", re.I)

_AMOUNT_BEFORE_RE = re.compile(r"(?<![\wåäö])(?P<unit>kr|sek)\.?\s+" + _DIGITS.replace("(?<![\\d,.])", "")
                               + r"(?![\d\wåäö])", re.I)
# the unit of thousands or millions before the digits ("tkr 900", "Mkr 1,5", "TSEK 450"): not a year ("tkr 2043")
_SCALED_BEFORE_RE = re.compile(r"(?<![\wåäö])(?P<unit>tkr|kkr|tsek|ksek|mnkr|mkr|msek)\.?\s+(?!(?:19|20)\d\d\b)"
                               + _DIGITS.replace("(?<![\\d,.])", "") + r"(?![\d\wåäö])", re.I)

# "kronor 400 000" (the unit written before the digits, as on a cheque): grouped digits or a number that is no year
_KRONOR_BEFORE_RE = re.compile(r"(?<![\wåäö])kronor\s+(?P<whole>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}"
                               r"(?:\.\d{3})+|(?!(?:19|20)\d\d\b)\d{3,})(?P<frac>)(?P<unit>)(?![\d\wåäö]|[.,]\d)", re.I)

# a sum in words ("en halv miljon kronor", "en kvarts miljon kr", "en och en halv miljon kronor", "två miljoner
# kronor", "tre kvarts miljon SEK"): millions named by words, then the word for kronor (not "en miljon invånare",
# nor a number word after "komma" or "och": "två komma fem miljoner kronor" is no five millions)
_NUMBER_WORDS = {"en": 1, "ett": 1, "två": 2, "tva": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
                 "åtta": 8, "atta": 8, "nio": 9, "tio": 10}
_FRACTION_WORDS = {"halv": 0.5, "kvarts": 0.25, "trekvarts": 0.75}
_WORDS_AMOUNT_RE = re.compile(
    r"(?<![\wåäö])(?<!komma )(?:(?P<n>" + "|".join(_NUMBER_WORDS) + r")\s+(?:och\s+en\s+(?P<plus>halv)\s+)?"
    r"|(?P<fracn>en|ett|tre)\s+(?P<frac>halv|kvarts)\s+|(?P<tk>trekvarts)\s+)"
    r"milj(?:on|oner)\s+(?:kronor|kr|sek)(?![\wåäö])", re.I)


# a sum written out in number words, joined or apart ("fyrahundrafemtiotusen kronor", "en miljon tvåhundratusen kr",
# "tvåhundrafemtio tusen kronor", "etthundratusen kronor"): the words of numbers, a word of scale among them (not "Tre
# Kronor"), then the word for kronor; not after "komma" or "och" ("två komma fem miljoner kronor" is no five millions)
_SPELLED = {"en": 1, "ett": 1, "två": 2, "tva": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
            "atta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15,
            "sexton": 16, "sjutton": 17, "arton": 18, "aderton": 18, "nitton": 19, "tjugo": 20, "trettio": 30,
            "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80, "attio": 80, "nittio": 90,
            "hundra": 100, "tusen": 1000, "miljon": 10**6, "miljoner": 10**6}
_SPELLED_WORD = "|".join(sorted(_SPELLED, key=len, reverse=True))
_SPELLED_RE = re.compile(r"(?<![\wåäö])(?<!komma )(?<!och )(?P<words>(?:" + _SPELLED_WORD + r")+(?:\s+(?:och\s+)?(?:"
                         + _SPELLED_WORD + r")+){0,4})\s+(?:svenska\s+)?(?:kronor|kr|sek)(?![\wåäö])", re.I)


def spelled_amount(words: str) -> int | None:
    """The number a run of Swedish number words says ("fyrahundrafemtiotusen" -> 450000, "en miljon
    tvåhundratusen" -> 1200000); None without a word of scale (hundra, tusen, miljon) or where the words make
    no number ("tusen hundra")."""
    tokens = re.findall(_SPELLED_WORD, fold(words.replace("ettusen", "etttusen")).replace("och", " "))
    if not any(t in ("hundra", "tusen", "miljon", "miljoner") for t in tokens):
        return None
    total, small, last_scale = 0, 0, 10**9
    for t in tokens:
        v = _SPELLED[t]
        if v == 100:
            if small >= 100:
                return None
            small = (small or 1) * 100
        elif v >= 1000:
            if v >= last_scale:
                return None         # ("tusen tusen", "tusen miljoner"): no number as written
            total += (small or 1) * v
            small, last_scale = 0, v
        else:
            small += v
    return total + small


def _words_amount(m: re.Match[str]) -> int:
    if m.group("tk"):
        return 750_000
    if m.group("frac"):
        part = _FRACTION_WORDS[m.group("frac").lower()]
        return int((0.75 if m.group("fracn").lower() == "tre" and part == 0.25 else part) * 1_000_000)
    return int((_NUMBER_WORDS[m.group("n").lower()] + (0.5 if m.group("plus") else 0)) * 1_000_000)


# two receiving one sum each ("norra och södra länsdelen tilldelas 1 750 000 SEK vardera", "Nybro kommun och Emmaboda
# kommun får 200 000 kr var"): the two before the verb of receiving, right before the amount
# (or two giving one sum each: "Region Kalmar län och Kommunförbundet i Kalmar län bidrar med 250 000 kronor vardera")
# (or two bearing one sum each: "varav Region Kalmar län och kommunerna svarar för 900 000 SEK vardera")
_EACH_PAIR = re.compile(r"(?<![\wåäö])(?P<a>(?:(?!(?:att|som|och|där|dar|det|den|de|är|ar|varav)\b)[A-Za-zÅÄÖåäö]+\s+)"
                        r"{0,3}(?!(?:att|som|och|varav)\b)[A-Za-zÅÄÖåäö]+)\s+och\s+"
                        r"(?P<b>[A-Za-zÅÄÖåäö]+(?:\s+[A-Za-zÅÄÖåäö]+){0,4}?)"
                        r"\s+(?:tilldelas|får|erhåller|fick|beviljas|beviljades|tilldelades|bidrar med|bidrog med"
                        r"|står för|stod för|svarar för|svarade för|satsar|satsade|skjuter till|sköt till"
                        r"|bär med|bär|bar med|delar med)\s+$")

# (or a sum shared by two, each sum after them: "delas lika mellan regionen och kommunerna, 320 000 kr vardera")
_BETWEEN_PAIR = re.compile(r"\bmellan\s+(?P<a>[A-Za-zÅÄÖåäö]+(?:\s+[A-Za-zÅÄÖåäö]+){0,3}?)\s+och\s+"
                           r"(?P<b>[A-Za-zÅÄÖåäö]+(?:\s+[A-Za-zÅÄÖåäö]+){0,4}?)\s*,\s*$")

# a sentence deciding or proposing (keyword key): the money it names may be the item's, said again
_DECIDING = re.compile(r"\b(?:beslut|beslutar|beslutade|beslot|beslutades|foreslar|foreslog|foreslas|tillstyrker"
                       r"|godkanner|godkande|godkands|godkanns)\b")

_TITLE_STOP = {"om", "for", "och", "av", "till", "med", "den", "det", "de", "en", "ett", "pa", "vid", "fran",
               "inom", "sedan", "kring", "samt", "mot", "som", "att"}


def _stem(word: str) -> str:
    """A crude stem for matching a title's words in running text ("överenskommelsen" ~ "överenskommelse")."""
    return word[:6]


def _amount(m: re.Match[str]) -> int:
    """The amount in kronor an _AMOUNT_RE (or _AMOUNT_BEFORE_RE) match stands for."""
    whole = int(re.sub(r"[ \u00a0\u202f.]", "", m.group("whole")))
    frac = float("0." + m.group("frac")) if m.group("frac") else 0.0
    unit = re.sub(r"\s+", " ", m.group("unit").lower())
    if unit.startswith("miljard"):
        factor = 1_000_000_000
    elif unit.startswith(("milj", "mn", "mkr", "msek")):
        factor = 1_000_000
    elif unit.startswith(("tkr", "kkr", "tsek", "ksek", "tusen", "'", "’", "´")):
        factor = 1000
    else:
        factor = 1
    return int(round((whole + frac) * factor))


# thousands parted by commas before kronor ("1,460,000 kr", "960,000 kronor"; not "1,5 mnkr")
_COMMA_THOUSANDS = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?=\s*(?:kr|kronor|sek)(?![\wåäö]))"
                              # (or the unit before them, as English writes it: "SEK 480,000")
                              r"|(?<=\bsek\s)\d{1,3}(?:,\d{3})+(?![\d,])", re.I)

# an amount OCR wrote with O / l / I for digits ("1 2OO OOO kronor", "8OO OOO kr"): from a digit, before a unit
_OCR_AMOUNT = re.compile(r"(?<![\w,.])\d[\dOlI]{0,2}(?:[ .][\dOlI]{3})*(?:,[\dOlI]{1,2})?"
                         r"(?=\s*(?:kr\b|kronor|sek\b|tkr|kkr|tsek|ksek|mnkr|mkr|msek|miljoner|tusen|:-))", re.I)


def amount_spans(text: str) -> list[tuple[int, int, int]]:
    """Every amount of money a text names, once, in order: (start, end, kronor); digits OCR wrote as letters
    read as digits (the positions are the text's)."""
    text = _OCR_AMOUNT.sub(lambda m: m.group(0).translate(_OCR_DIGITS), text)
    # (thousands parted by commas, as English writes them: "1,460,000 kr"; the same length, the positions hold)
    text = _COMMA_THOUSANDS.sub(lambda m: m.group(0).replace(",", " "), text)
    # a year before "kronor" that opens grouped digits ("för 2042 kronor 400 000"): the unit is the digits' after
    cheque = {m.start() for m in _KRONOR_BEFORE_RE.finditer(text)
              if re.search(r"\d[ \u00a0\u202f.]\d{3}", m.group(0))}
    # (or "kr" / "SEK" before grouped digits: "finns för 2045 SEK 450 000")
    cheque |= {m.start() for m in _AMOUNT_BEFORE_RE.finditer(text)
               if re.search(r"\d[ \u00a0\u202f.]\d{3}", m.group("whole"))}
    found = [(m.start(), m.end(), _amount(m)) for m in _AMOUNT_RE.finditer(text)
             if not (m.start("unit") in cheque and re.fullmatch(r"(?:19|20)\d\d", m.group("whole"))
                     and not m.group("frac"))
             # (",-" after a small number is no sum: "sidorna 3,-")
             and not (m.group("unit").startswith(",") and len(re.sub(r"\D", "", m.group("whole"))) < 3)]
    for m in _AMOUNT_BEFORE_RE.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end(), _amount(m)))
    for m in _SCALED_BEFORE_RE.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end(), _amount(m)))
    for m in _KRONOR_BEFORE_RE.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end(), int(re.sub(r"[ \u00a0\u202f.]", "", m.group("whole")))))
    for m in _WORDS_AMOUNT_RE.finditer(text):
        # (not the half of a number before "och": "1 och en halv miljon kronor"; a sum of its own after a sum's "och":
        # "1,5 miljoner kronor till A och en miljon kronor till B")
        if re.search(r"(?:\d|\b(?:" + "|".join(_NUMBER_WORDS) + r"))\s+och\s+$", text[max(0, m.start() - 20):m.start()],
                     re.I):
            continue
        if not any(a < m.end() and m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end(), _words_amount(m)))
    for m in _SPELLED_RE.finditer(text):
        # (not the tail of a run of words the rule leaves: "tre komma sju miljoner kronor")
        if re.search(rf"(?:{_SPELLED_WORD}|komma)\s+$", text[max(0, m.start() - 20):m.start()], re.I):
            continue
        if not any(a < m.end() and m.start() < b for a, b, _ in found) and (v := spelled_amount(m.group("words"))):
            found.append((m.start(), m.end(), v))
    found.sort()
    # "1 200 000 kr (1,2 mnkr)": the same amount again in brackets is said once
    return [f for i, f in enumerate(found) if not (i and f[2] == found[i - 1][2]
                                                   and re.fullmatch(r"\s*\(\s*", text[found[i - 1][1]:f[0]]))]


def amounts_in(text: str) -> list[int]:
    """The amounts (in kronor) a text names, in the usual Swedish forms: 2 500 000 kr, 2.500.000 kronor,
    2,5 miljoner kronor, 2 500 000 SEK, 2 500 tkr, 2 500 kkr, 2 500 tusen kronor, 2,5 mnkr, 3,5 Mkr, 2,5 MSEK,
    500 000:-."""
    return [v for _, _, v in amount_spans(text)]


# words that make an amount a sum's total (keyword keys)
# (or a cost estimated: "Kostnaden för 2077 beräknas till 640 000 kr")
_TOTAL_CUES = r"summa|totalt|sammanlagt|erhall|erholl|beviljat|avsatt|tilldela|budget|uppgar till|beraknas till"


# a sentence reporting an outcome or a forecast of money, not money set aside: a forecast, an outcome, a surplus
# or deficit, a deviation, money used ("Prognosen för helåret visar ett överskott på 1,3 mnkr", "Utfallet per april
# är 2,1 mnkr", "Hittills har 400 000 kr förbrukats"); keyword keys (folded)
# (a deviation from the budget, not the deviations of care a quality system follows up: "avvikelseuppföljning",
# "avvikelsehantering")
_REPORTED = re.compile(r"\b(?:prognos\w*|utfall\w*|overskott\w*|underskott\w*|budgetavvikelse\w*"
                       r"|(?:negativ|positiv)a?\s+avvikelse\w*|avvikelse(?:n|r|rna)?\s+(?:mot|fran|gentemot|jamfort)\b"
                       r"|forbruka\w*|nettokostnad\w*|resultat(?:et)? (?:visar|blev|uppgar|landar))")
# ... unless the same sentence sets money aside or moves it ("Överskottet på 300 000 kr förs över till 2031")
_SET_ASIDE = re.compile(r"\b(?:tilldela\w*|avsatt\w*|avsatts|fordela\w*|bevilja\w*|ansla(?:s|gs|git|r)|anslogs?"
                        r"|budgetera\w*|reserver\w*|overfor\w*|fors over|flyttas|beslut(?:ar|ade|as|ades|at)|beslots?"
                        r"|foresla\w*|forslag\w*|fordelning\w*)\b")

# a table's ruled border or separator row ("+------+-----+", "|------|-----|", "=====")
_RULE_LINE = re.compile(r"^\s*[+|]?[-=+|: ]*[-=]{3,}[-=+|: ]*$")


def money_set_aside(text: str) -> bool:
    """Whether a text names an amount in a sentence that is no outcome or forecast reported (`_REPORTED`)."""
    return any(amount_spans(text[s:e]) and not (_REPORTED.search(k := fold(text[s:e])) and not _SET_ASIDE.search(k))
               for s, e in _sentences(text))


class MoneyRules(RulesBase):
    def _money(self, it: Item, own_end: int) -> None:
        """The money an item names, each amount once at the line it stands on. Table rows are parts (a
        "Totalt"/"Summa" row the total); in prose a sum is its total (a sentence saying "summa",
        "totalt", "erhållit", "avsatta", "beviljats" ..., or a lone amount) and its parts (after "varav",
        "av dessa", or other amounts); "fördelas jämnt mellan A och B, dvs N kr till respektive part"
        gives an allocation to each; "därutöver", "dessutom" start another sum. A sum is linked to the
        agreement its sentence (or a sentence before it in the paragraph) names."""
        assert self.ex is not None
        sums = [_Sum()]
        read: set[tuple[int, int]] = set()
        for cell in self._row_cells(it):     # a row of an agenda table: its decision column's money
            for s, e in _sentences(cell):
                self._money_sentence(cell, s, e, [it.lines[0]], [0], "", sums)
        for m in range(self._text_start(it), own_end + 1):
            ln = self.L(m)
            row = self._row_amounts(ln) if self._money_row(ln) else []
            if not (row or amount_spans(ln.text)):
                continue
            cur = sums[-1]
            cur.first_line = cur.first_line or m
            if self._money_row(ln):
                if len(row) == 1 and _DECIDING.search(fold(strip_markup(ln.text))) and any(
                        a.amount == row[0][2] and a.line < m for a in ([cur.total] if cur.total else []) + cur.parts):
                    continue    # the sum said again by the decision ("**Beslut:** ... avsätta en halv miljon kronor")
                for start, _end, value in row:
                    lab = repair_text(re.sub(r"\s+", " ", re.sub(r"[|*]", " ", ln.text[:start]).strip(" -–•\t")),
                                      self.lx)
                    if cur.total is None and re.fullmatch(r"(summa|totalt?|sammanlagt|summa totalt)\W*", fold(lab)):
                        cur.total = Amount(value, m, lab, "total")
                    else:
                        cur.parts.append(Amount(value, m, lab, "part"))
                continue
            para = self._paragraph_at(m)
            if para in read:
                continue
            read.add(para)
            rows = [i for i in range(para[0], para[1] + 1) if not self._money_row(self.L(i))]
            offsets, pos = [], 0
            for i in rows:
                offsets.append(pos)
                pos += len(self.L(i).text) + 1
            text = " ".join(self.L(i).text for i in rows)
            before = ""                         # the paragraph's sentences before this one
            for s, e in _sentences(text):
                self._money_sentence(text, s, e, rows, offsets, before, sums)
                before += " " + text[s:e]
        for cur in sums:
            self._add_funding(cur, it)

    def _money_sentence(self, text: str, s: int, e: int, rows: list[int], offsets: list[int], before: str,
                        sums: list[_Sum]) -> None:
        """Read the amounts of one prose sentence (text[s:e]) into the item's sums."""
        # (not a sum restated as a rate, "180 000 kronor, motsvarande 30 000 kronor per lägenhet"; a rate alone is
        # the sum, "250 000 kronor per kommun")
        ams = [(a + s, v) for a, b, v in amount_spans(text[s:e])
               if not (re.match(r"\s*(?:per|/)\s*[a-zåäö]+\b", text[s + b:e])
                       and re.search(r"(?:motsvarande|vilket motsvarar|dvs\.?|det vill säga|i (?:genom)?snitt)\s*$",
                                     text[max(s, s + a - 30):s + a]))]
        if not ams:
            return
        sent = repair_text(strip_markup(re.sub(r"\s+", " ", text[s:e])), self.lx)
        sk = fold(sent)
        if _REPORTED.search(sk) and not _SET_ASIDE.search(sk):
            return      # an outcome or a forecast reported ("Prognosen visar ett överskott på 1,3 mnkr"): no funding

        def line_of(offset: int) -> int:
            return self._span_lines(rows, offsets, offset, offset)[0]

        cur = sums[-1]
        if "respektive" in sk and (mm := re.search(r"mellan\s+(.+?)\s+och\s+(.+?)(?:,|\s+dvs|\s+d v s)", sent)):
            for who in (mm.group(1), mm.group(2)):
                org = self.orgs.resolve(who)
                cur.allocs.append(Amount(ams[0][1], line_of(ams[0][0]), f"Fördelas jämnt: {who.strip()}",
                                         "allocation", org.id if org else None))
            return
        if cur.total is not None and re.search(r"\b(darutover|dessutom|utover detta|ytterligare)\b", sk):
            cur = _Sum()
            sums.append(cur)
        cur.first_line = cur.first_line or line_of(ams[0][0])
        cue = re.search(r"\b(varav|av dessa|d[äa]rav|f[öo]rdela(?:t|de|s)? p[åa])\b", text[s:e], re.I)
        heads = [am for am in ams if cue is None or am[0] < s + cue.start()]
        # "Av årets 5,2 miljoner kronor återstår 3 250 000 kronor": the amount the sentence opens with after "av"
        # is the whole, the amounts after it its parts
        of_whole = len(ams) >= 2 and bool(re.fullmatch(r"\s*(?:av|utav)\s+(?:[\wåäö-]+\s+){0,3}",
                                                       text[s:ams[0][0]], re.I))
        if of_whole:
            heads = ams[:1]
        rest = ams
        # "A och B tilldelas 750 000 kr vardera. Totalt avsätts 1 500 000 kr.": the sum for each of two read as
        # the total until a total is said after it; then it is two parts of that total
        if cur.each and len(ams) == 1 and re.search(_TOTAL_CUES, sk) and not re.search(r"\b(?:vardera|var)\b", sk):
            cur.parts.extend(cur.each)
            cur.each = []
            cur.total = Amount(ams[0][1], line_of(ams[0][0]), sent.strip(), "total")
            return
        each_pair = len(ams) == 1 and bool(re.match(r"\s*(?:vardera|var|styck|per styck)\b", text[
            ams[0][0] + next(b for _a, b, _v in amount_spans(text[ams[0][0]:e])):e], re.I)) \
            and bool(pair_m := _EACH_PAIR.search(text[s:ams[0][0]]))
        if cur.total is None and each_pair:
            head = pair_m.group("b").split()[-1] if len(pair_m.group("a").split()) == 1 \
                and len(pair_m.group("b").split()) > 1 else ""
            cur.each = [Amount(ams[0][1], line_of(ams[0][0]), (w := who.strip())[:1].upper() + w[1:], "part")
                        for who in (f"{pair_m.group('a')} {head}", pair_m.group("b"))]
        # (a cost and the two sharing it, each's sum after them: "Kostnaden är 1,8 miljoner kronor, som regionen och
        # kommunerna bär med 900 000 kronor vardera": the whole, then the two parts)
        if cur.total is None and len(ams) == 2 and ams[0][1] == 2 * ams[1][1] \
                and _EACH_PAIR.search(text[s:ams[1][0]]) and re.match(r"\s*(?:vardera|var)\b", text[
                    ams[1][0] + next(b for _a, b, _v in amount_spans(text[ams[1][0]:e])):e], re.I):
            cur.total = Amount(ams[0][1], line_of(ams[0][0]), sent.strip(), "total")
            rest = ams[1:]
        if cur.total is None and heads and (cue or of_whole or len(ams) == 1 or re.search(_TOTAL_CUES, sk)):
            at, value = heads[-1] if cue or of_whole else heads[0]
            # (the amount the total's word stands right before, of several: "250 000 kronor vardera, totalt 500 000
            # kronor")
            cued = [am for am in heads
                    if re.search(r"\b(?:totalt|sammanlagt|sammantaget|summa|i alla)\s*(?:om\s+|på\s+)?$",
                                 text[max(s, am[0] - 20):am[0]], re.I)]
            if not (cue or of_whole) and len(heads) > 1 and cued:
                at, value = cued[0]
            cur.total = Amount(value, line_of(at), sent.strip(), "total")
            lm = re.search(r"erhållit\s+(.+?)\s+(?:till en summa|om|på)\b", sent)
            cur.label = lm.group(1).strip() if lm else None
            ym = re.search(r"\b(?:för|under)\s+((?:19|20)\d\d)\b", sent, re.I)
            cur.year = int(ym.group(1)) if ym else None
            cur.agreement = self._agreement(sent) or (self._agreement(before) if before.strip() else None)
            rest = [am for am in ams if am[0] != at]
        for i, (offset, value) in enumerate(rest):
            said = [a for a in ([cur.total] if cur.total else []) + cur.parts if a.amount == value]
            if said and line_of(offset) > said[0].line and len(ams) == 1 and _DECIDING.search(sk):
                continue    # the sum said again by the decision ("att avsätta en halv miljon kronor" under its cost)
            # its own words: from the amount's end to the next amount or a clause's end
            stop = rest[i + 1][0] if i + 1 < len(rest) else e
            end_of = next(b for _a, b, _v in amount_spans(text[offset:stop]))
            after = re.split(r"(?<!\d)[,;.]|[,;.](?!\d)", text[offset + end_of:stop], maxsplit=1)[0]
            after = re.sub(r"\s+(?:och|samt)\s*$", "", after.strip())
            after = re.sub(r"^(?:avser|går till|till|för)\s+", "", after, flags=re.I)
            each = re.match(r"(?:vardera|var|styck|per styck)\b\s*", after, re.I)
            pair = (_EACH_PAIR.search(text[s:offset]) or _BETWEEN_PAIR.search(text[s:offset])) if each else None
            if pair:
                # "norra och södra länsdelen tilldelas 1 750 000 SEK vardera": the sum once for each of the two
                head = pair.group("b").split()[-1] if len(pair.group("a").split()) == 1 \
                    and len(pair.group("b").split()) > 1 else ""
                for who in (f"{pair.group('a')} {head}".strip(), pair.group("b")):
                    cur.parts.append(Amount(value, line_of(offset), who[:1].upper() + who[1:], "part"))
                continue
            lab = repair_text(after, self.lx) if len(after.split()) >= 1 and len(after) > 3 else sent.strip()[:120]
            cur.parts.append(Amount(value, line_of(offset), lab[:1].upper() + lab[1:], "part"))

    def _add_funding(self, cur: _Sum, it: Item) -> None:
        """One sum read from an item, as a funding of the extraction (once)."""
        assert self.ex is not None
        if not (cur.total or cur.parts or cur.allocs):
            return
        year, label = cur.year, cur.label
        if year is None:
            ym = re.search(r"\b((?:19|20)\d\d)\b", it.title)
            year = int(ym.group(1)) if ym else None
        label = label or it.title
        label = label[:1].upper() + label[1:]
        if year and str(year) not in label:
            label = f"{label} {year}"
        note = None
        total, parts = cur.total, cur.parts
        if total is None and len(parts) >= 3:   # "3 mnkr att fördela: 1,5 mnkr till A och 1,5 mnkr till B"
            whole = next((p for p in parts if 2 * p.amount == sum(q.amount for q in parts)), None)
            if whole is not None:               # an amount that is the sum of all the others is their total
                total, parts = whole, [p for p in parts if p is not whole]
        if total is None and len(parts) == 1 and not cur.allocs:
            # one amount alone, no total said ("Gruppen beslutade att avsätta 185 000 kronor till X"): the sum itself,
            # not a total of one part (the same amount twice)
            total, parts = Amount(parts[0].amount, parts[0].line, label, "total"), []
        if total is not None:   # the total said again (a decision restating it) is no part of it
            parts = [p for p in parts if p.amount != total.amount]
        else:
            total = Amount(sum(p.amount for p in parts), cur.first_line or it.lines[0], label, "total")
            note = "The document gives no total: the sum of the parts."
        agreement = cur.agreement or self._agreement(" ".join(self.L(i).text for i in range(*it.lines) if
                                                            i <= len(self.lines)))   # named in the item
        funding = Funding(label, year, total.amount, (total.line, total.line), parts, cur.allocs, agreement,
                          note)
        if not any(f.lines == funding.lines for f in self.ex.funding):
            self.ex.funding.append(funding)

    def _row_amounts(self, ln: Line) -> list[tuple[int, int, int]]:
        """The amounts of a table row: with their unit ("4 000 000 kr"), or plain numbers in the last
        cell under a table head that gives the unit ("Belopp (kr)", "tkr", "SEK")."""
        found = amount_spans(ln.text)
        if found or len(ln.cells) < 2:
            return found
        head = top = ln.n
        # up the table's rows, over its ruled borders ("+-----+-----+", "|-----|-----|")
        while top > 1 and (len(self.L(top - 1).cells) > 1 or _RULE_LINE.match(self.L(top - 1).raw)):
            top -= 1
            if not _RULE_LINE.match(self.L(top).raw):
                head = top
        head_key = self.L(head).key if head < ln.n else ""
        unit = re.search(r"\b(tkr|kkr|tsek|ksek|mnkr|mkr|msek|kr|sek|kronor)\b", head_key) or re.search(r"\b(belopp)\b",
                                                                                              head_key)
        # or a caption over the table, a short line of its own giving the unit ("Budget (kr)", "Kostnader, tkr",
        # "Belopp i tusental kronor"): a Word table's title row, or a PDF's line above the columns
        if unit is None and top > 1 and not self.L(top - 1).blank and len(self.L(top - 1).cells) <= 1:
            cap = self.L(top - 1)
            # (a year in it is no amount: "Budget 2051, tkr")
            if len(cap.text.split()) <= 6 and not re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", cap.text)):
                unit = re.search(r"\b(tkr|kkr|tsek|ksek|mnkr|mkr|msek|kr|sek|kronor)\b", cap.key)
        last = ln.cells[-1]
        if unit is None or not re.fullmatch(r"\d{1,3}(?:[ \u00a0.]\d{3})*(?:,\d+)?|\d+(?:,\d+)?", last):
            return []
        factor = {"tkr": 1000, "kkr": 1000, "tsek": 1000, "ksek": 1000, "mnkr": 10**6, "mkr": 10**6,
                  "msek": 10**6}.get(unit.group(1), 1)
        start = ln.text.rfind(last)
        value = float(re.sub(r"[ \u00a0.]", "", last).replace(",", "."))
        return [(start, start + len(last), int(round(value * factor)))]

    @staticmethod
    def _money_row(ln: Line) -> bool:
        """A table row or list line (its amounts are parts, each with the row's label)."""
        return bool(re.match(r"^\s*[|\-•*]", ln.raw)) or len(ln.cells) > 1

    def _agreement(self, sentence: str) -> str | None:
        """The work (agreement) a sentence names: the one most of whose distinctive title words the
        sentence holds, words weighed by how few works' titles share them (at least two words and
        three quarters of the weight)."""
        said = {_stem(w) for w in fold(sentence).replace("-", " ").split()}
        titles = {wid: [{_stem(w) for w in t.replace("-", " ").split() if w not in _TITLE_STOP and len(w) > 2
                         and not w.isdigit()} for t in ts] for wid, ts in self.works.items()}
        df: dict[str, int] = {}
        for sets in titles.values():
            for w in set().union(*sets) if sets else set():
                df[w] = df.get(w, 0) + 1
        n = max(1, len(titles))
        best, best_key = None, (0.0, 0)
        # "Överenskommelsen om psykisk hälsa": a short form naming the kind of work (an agreement) is
        # enough with one more title word, among the works whose titles name that kind
        kind = _stem("overenskommelse")
        said_kind = kind in said
        for wid, sets in titles.items():
            for words in sets:
                if len(words) < 2:
                    continue
                weight = {w: math.log(1 + n / df[w]) for w in words}
                hit = [w for w in words if w in said]
                cover = sum(weight[w] for w in hit) / sum(weight.values())
                key = (round(cover, 3), len(hit))
                if said_kind and kind in words:
                    key = (1.0 + len(hit), cover)  # before any work of another kind
                    if len(hit) >= 2 and key > best_key:
                        best, best_key = wid, key
                elif len(hit) >= 2 and cover >= 0.75 and key > best_key:
                    best, best_key = wid, key
        return best
