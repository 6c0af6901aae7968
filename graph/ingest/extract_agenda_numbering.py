"""An item's number, and a line as the agenda's rules read it.

- `item_number`: (number, title, form) of an item's line in the usual Swedish numberings ("3. Title", "§ 3", "3 §",
  "Punkt 3.", "N:o 3", "3)", "3:", "3 Title"), with the organ's letters before the paragraph ("KS § 12", "LGL 12"),
  the year by its number ("§ 12/50", "§ 2051:7", "Punkt 3/2051"), the number after the title ("Val av justerare
  § 41"), a roman numeral ("IV. Title") and what OCR makes of the signs ("$ 1", "l. Title");
- `clock_stripped`: a heading without the time of day a programme sets before or after it;
- `read_line`, `line_form`, `ocr_rules`: a line as the rules read it (OCR-repaired, a table's rules OCR read as
  letters restored, the time or bullet before an item's number left off, a row exported with semicolons as a table's,
  an item's rows laid out as fields joined).
"""

from __future__ import annotations

import functools
import re

from ..names import fold
from .extract_model import Line
from .extract_text import _OCR_DIGITS
from .names_found import GIVEN_NAMES, plausible_name
from .ocr_repair import Lexicon, kw, strip_markup, unspaced

# the words an agenda numbers its items by ("Punkt 1", "Ärende 2", "Tema 3:", "Del 2 –", "Pass 1", "Block 4")
_ITEM_WORDS = (r"punkt|ärende|arende|tema|del|pass|block|avsnitt|område|omrade|session|moment|programpunkt"
               r"|dagordningspunkt|fråga|fraga|paragraf")

# the same words shortened, or Latin ("Pkt 3", "Pkt. 3", "p. 3", "Ad 3.", "Dp 3", "Mom. 3", "Ärendenr 3")
_ITEM_ABBREVIATIONS = r"pkt|p|ad|dp|mom|ärendenr|arendenr|punktnr"

# item numbering: "§ 1", "§1", "§ 1.", "1 §", "Punkt 1.", "Tema 1:", "N:o 1", "1.", "1.Title", "1)", "1:", "1 Title"
_ITEM_RE = re.compile(r"^(?:§\s*(?P<para>\d{1,3})\.?|(?P<parab>\d{1,3})\s*§\.?"
                      # (the word for item after the agenda's or the meeting's genitive: "Dagordningens punkt 3")
                      rf"|(?:(?:(?:dagordningens|motets|mötets)\s+)?(?:{_ITEM_WORDS})\s+(?:nr\.?\s*)?"
                      rf"|(?:{_ITEM_ABBREVIATIONS})(?:\.\s*|\s+))(?P<punkt>\d{{1,2}})"
                      r"\s*[.:)]?"
                      r"|(?:n:o|nr\.?|no\.|#)\s*(?P<nio>\d{1,2})\.?|(?P<dot>\d{1,3})\.(?!\s?\))"
                      r"|(?P<paren>\d{1,2})\.?\s?\)"
                      r"|(?P<colon>\d{1,2}):(?=\s|[A-ZÅÄÖ][a-zåäö])"
                      r"|(?P<bare>\d{1,3})(?=\s+(?:[-–—:]\s+)?[A-ZÅÄÖ]))"
                      r"(?:\s*[-–—:](?=\s))?(?:(?:\s+|(?<=[.:])(?=[A-ZÅÄÖ][a-zåäö]))(?P<title>\S.*?))?\s*$", re.I)

# a time of day before a heading in a programme ("09.30 Välkommen", "kl. 10.45 Fika", "13:00–14:30 Grupparbete")
_CLOCK_PREFIX = re.compile(r"^\s*(?:kl\.?\s*)?(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[-–]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d)?"
                           r"\s+(?:[-–]\s+)?(?=[A-ZÅÄÖ])")

# an item numbered after the meeting's number ("3.1      Ordförande öppnar möte" in meeting 3)
_MEETING_ITEM = re.compile(r"^\s*(\d{1,3})[.:](\d{1,2})\.?(?:\s+(?=[A-ZÅÄÖ])|\s*$)")


# the time an item is given after its title ("Inledning (13.00-13.10)", "Fika, kl. 14.30–14.45")
_SPAN = r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[-–]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d)?"
_CLOCK_SUFFIX = re.compile(rf"\s*(?:\(\s*(?:kl\.?\s*)?{_SPAN}\s*\)|[,–-]\s*kl\.?\s*{_SPAN})\s*$")


def clock_stripped(text: str) -> str:
    """A heading line without the time of day a programme sets before it ("09.30 Välkommen" -> "Välkommen") or
    after it ("Inledning (13.00-13.10)" -> "Inledning")."""
    return _CLOCK_SUFFIX.sub("", _CLOCK_PREFIX.sub("", text, count=1), count=1)


# what may stand before an item's number on its line and is no part of the item: a time of day ("09.15  3. Rapporter",
# "kl. 13.00–13.30 § 4 Budget", "10:00 - Punkt 2 ..."), a bullet ("• 3. Rapporter")
_ITEM_PREFIX = re.compile(
    r"^\s*(?:(?:(?i:kl)\.?\s*)?(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[-–]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d)?\s*(?:[-–|:]\s*)?"
    rf"|[•▪·]\s*)(?=§\s*\d|(?i:{_ITEM_WORDS})\s+\d|\d{{1,2}}[.):]?\s+[A-ZÅÄÖ]|\d{{1,2}}\.[A-ZÅÄÖ][a-zåäö])")

# a row of an item laid out as fields ("§1 | Ärende | Mötets öppnande" over "   | Föredragande | Emmy Ahlstedt" and
# "   | Beslut | Anteckningarna godkänns."): the field naming the item's title, and the fields read as labels
_TITLE_FIELD = re.compile(r"ärende|arende|rubrik|ämne|amne|titel|fråga|fraga|punkt|ärendemening", re.I)
_LABEL_FIELD = re.compile(r"föredragande|föredragare|presentatör|beslut|beslutet|förslag till beslut|beslutsförslag"
                          r"|handläggare|ansvarig|kommentar|noteringar?|anteckningar?|diskussion|åtgärd|information"
                          r"|ärendebeskrivning|sammanfattning", re.I)


# a table's vertical rule OCR read as a letter ("l Namn      l Organisation     l"), and a ruled border so read
# ("l______l______l")
_RULE_LETTER = r"[lI|!]"
_OCR_RULED_ROW = re.compile(rf"^\s*{_RULE_LETTER}\s+\S.*?(?:\s{{2,}}{_RULE_LETTER}\s+\S.*?)+\s+{_RULE_LETTER}\s*$")
_OCR_BORDER = re.compile(rf"^\s*{_RULE_LETTER}?(?:[_\-=]{{3,}}{_RULE_LETTER})+[_\-=]*\s*$")


def ocr_rules(text: str) -> str:
    """A table row whose rules OCR read as letters, with its rules again ("l Anna Holm    l Kalmar kommun    l" ->
    "| Anna Holm    | Kalmar kommun    |"); a border so read, a border ("l____l____l" -> "|____|____|")."""
    if _OCR_BORDER.match(text):
        return re.sub(r"[_=]", "-", re.sub(_RULE_LETTER, "|", text))
    if _OCR_RULED_ROW.match(text):
        text = re.sub(rf"^(\s*){_RULE_LETTER}(?=\s)", r"\1|", text)
        # (a rule right after a full cell, one space before it: "Kalmar lan l utvecklingsledare"; a capital I only
        # where a column's spaces stand before it, where no word "I" stands)
        text = re.sub(r"(?<=\s)[l|!](?=\s)|(?<=\s\s)I(?=\s)", "|", text)
        return re.sub(rf"(?<=\s){_RULE_LETTER}(\s*)$", r"|\1", text)
    return text


def read_line(n: int, raw: str, lexicon: Lexicon, layout: bool = False) -> Line:
    """Line n as the rules read it: OCR-repaired, without markup, in `line_form`, with its cells (parted by a tab,
    three spaces or a pipe)."""
    t = line_form(strip_markup(ocr_rules(unspaced(raw))))   # (a heading in spaced letters: its words)
    cells = [c.strip(" *|") for c in re.split(r"\t| {3,}|\s\|\s", t) if c.strip(" *|-:")]
    return Line(n, raw, t, kw(t, lexicon) if t else "", cells, layout)


# a list's label with a semicolon for its colon ("Närvarande;", "Adjungerade; Sanna Holm och Marie Ek.")
_LIST_LABEL_SEMICOLON = re.compile(
    r"^\s*((?i:(?:ej\s+|övriga\s+|ovriga\s+)?(?:n[äa]rvarande|fr[åa]nvarande|f[öo]rhinder|anm[äa]lt\s+f[öo]rhinder"
    r"|adjungerade?|deltagare|ledam[öo]ter|ers[äa]ttare|tj[äa]nstg[öo]rande\s+ers[äa]ttare|[öo]vriga"
    r"|tj[äa]nstepersoner|tj[äa]nstem[äa]n|g[äa]ster|inbjudna|beslutande|medverkande)));(?=\s|$)")


def line_form(text: str) -> str:
    """A line as the rules read it: an item's number without the time of day or bullet set before it
    ("09.15  3. Rapporter" -> "3. Rapporter"; not in a table's row, where the time is a column), a row exported
    with semicolons as a table's row ("Greta Sund;Nybro kommun;ordförande" -> "... | ... | ..."), and an item's
    rows laid out as fields ("§1 | Ärende | Title" -> "§1 Title", "| Beslut | text" -> "Beslut: text"). Any
    other line as it is."""
    if (m := _ITEM_PREFIX.match(text)) and not re.search(r"\t| {3,}", text[m.end():].strip()):
        return text[m.end():]       # (a row of a table, "08.30   1   Inledning   Anna Holm", keeps its time column)
    if (semi := _LIST_LABEL_SEMICOLON.match(text)):
        text = f"{semi.group(1)}:{text[semi.end(1) + 1:]}"   # "Adjungerade; Sanna Holm och ...": a list's label
    if re.fullmatch(r"\s*[^;\s][^;]*(?:;[^;\s][^;]*|;){2,}\s*", text) and "; " not in text:
        text = text.replace(";", " | ")     # a row exported with semicolons ("Greta Sund;Nybro kommun;ordförande")
    if "|" not in text and "\t" not in text:
        return text
    cells = [c.strip() for c in re.split(r"\s*(?:\||\t+)\s*", text.strip())]
    while cells and not cells[-1]:
        cells.pop()
    if cells and not cells[0]:
        cells = cells[1:]
    if len(cells) == 2 and _LABEL_FIELD.fullmatch(cells[0].strip(" :")) and len(cells[1]) > 0 \
            and not _LABEL_FIELD.fullmatch(cells[1].strip(" :")) and not _TITLE_FIELD.fullmatch(cells[1].strip(" :")):
        return f"{cells[0].strip(' :')}: {cells[1]}"            # "   | Föredragande | X": the item's field
    if len(cells) == 3 and _TITLE_FIELD.fullmatch(cells[1].strip(" :")) and cells[2] and \
            (h := item_number(cells[0])) is not None and h[1] is None:
        return f"{cells[0]} {cells[2]}"                       # "§1 | Ärende | Title": the item and its title
    return text


_ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
          "XVII", "XVIII", "XIX", "XX"]


def _roman(numeral: str) -> int | None:
    """The value of a roman numeral numbering an agenda (I ... XX), None for letters that are none ("VV", "IIII")."""
    return _ROMAN.index(numeral) if numeral in _ROMAN else None


# a paragraph numbered with the organ's abbreviation before it ("KS § 12 Budget", "Sn §12", "BoU § 12", "LGL 49 Budget",
# "SN 7: Budget"), or with the year after its number ("§ 12/50 Budget", "KS § 12/2050", "BoU § 1/2053"): the paragraph
# "§ 12" (OCR's "$" for the sign too: "SGÄ $ 21 Titel")
# (a space before the colon too: "FG 1 : Budget")
_ORGAN_PARA = re.compile(r"^(?:[A-ZÅÄÖ]{2,5}\s*(?:(?P<sign>[§$])\s*|\s(?=\d{1,3}\s?[.:]?\s+[A-ZÅÄÖ]|\d{1,3}\s*$))"
                         r"|[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,4}\s*(?P<signb>[§$])\s*"
                         r"|(?P<mixed>[A-ZÅÄÖ][a-zåäö]{1,2})\s(?=\d{1,3}[.:]?\s+[*_]*[A-ZÅÄÖ])"
                         # (two capitals with small letters between or after: "VoN 4 Budget", "SoN 12 Budget")
                         r"|[A-ZÅÄÖ][a-zåäö]{0,2}[A-ZÅÄÖ][a-zåäö]{0,2}\s(?=\d{1,3}[.:]?\s+[*_]*[A-ZÅÄÖ]))"
                         r"(?P<num>\d{1,3})\b(?!\s*[/.,-]\s*\d)")
# (the organ's abbreviation before it has two capitals or more: "KS", "BoU"; "Se § 12/2031" is a reference)
_PARA_YEAR = re.compile(r"^(?:[A-ZÅÄÖ](?=[A-Za-zÅÄÖåäö]{0,3}[A-ZÅÄÖ])[A-Za-zÅÄÖåäö]{1,4}\s*)?"
                        r"§\s*(?P<num>\d{1,3})\s*/\s*(?:\d{2}|\d{4})\b(?!\s*[/.,-]?\d)")
# the year before the paragraph's number, the organ's abbreviation before the sign or not ("BER § 2044:12 Budget",
# "§ 2051:7 Budget", "KS § 2050/31 Budget"): the paragraph "§ 12"
_YEAR_PARA = re.compile(r"^(?:[A-ZÅÄÖ]{2,5}\s*)?§\s*(?:19|20)\d\d\s*[:/]\s*(?P<num>\d{1,3})\b"
                        r"(?!\s*[–-]\s*\d)(?![/.,:]\d)")
# (or no sign, the year and the running number before the title, "2071-26 Mötet öppnas", "2071:4 Budget", a scan's O
# for the year's 0, "2O71-26 Motet oppnas"; not a date, "2071-06-16 ...", nor a number in a run of numbers)
_YEAR_RUNNING = re.compile(r"^(?:19|20|2O)[\dO]{2}\s?[-:/]\s?(?P<num>\d{1,3})(?![\d/.,:-])(?=\s+[A-ZÅÄÖ][a-zåäö])")
# (a body's letters before the word: "L-ÄRENDE 1/36 Godkännande av dagordning", "LGL-ärende 4/36 Budget")
_ITEM_YEAR = re.compile(rf"^(?:(?:[A-ZÅÄÖ]{{1,5}}-)?(?P<word>(?i:{_ITEM_WORDS})\s+(?:nr\.?\s*)?)"
                        rf"(?P<num>\d{{1,3}})\s*/\s*(?:\d{{2}}|\d{{4}})"
                        r"|(?P<bare>)(?P<numb>\d{1,3})/(?:19|20)\d\d(?=\s+[A-ZÅÄÖ]))\b(?!\s*[/.,-]?\d)")
# capitals before a number that are no organ's: a law's, a code's, a unit's
# ("PM" in capitals a memorandum; "Pm" may be a body's, "Pm 3 Budget" for a presidiemöte's)
_NO_ORGAN = re.compile(r"^(?:(?i:SFS|EU|SOU|LSS|LVU|LVM|HSL|SOL|KL|SKR|ISO|SIS|NR|NO|TEL|TFN|FAX|ID|TF|CA|PG|BG|DP|AD)"
                       r"|PM)\b"
                       # (a capital and small letters: a page's, an annex's, a chapter's, a room's, "Bil 3 Budget")
                       r"|(?:Kap|Sid|Bil|Tel|Fax|Dnr|Nr|No|Kl|Ca|St|Jfr|Ref|Pkt|Tab|Fig|Avd|Rum|Vån|Hus|Box|Vecka|V|"
                       r"Del|Steg|Mål|Fas|Nivå|År|Lag|Sfs|Prop|Dir|Bet|Mom|Art|Ers)\s")


def _organ_paragraph(text: str) -> str:
    """A paragraph's line in the usual form ("KS § 12 Budget" / "LGL 12 Budget" / "§ 12/50 Budget" -> "§ 12 Budget"),
    any other line as it is. The abbreviation: two to five capitals, or a capital and up to three small letters
    before the paragraph sign ("Sn § 12"), or a capital and a small letter ("Nv 12 Budget"); without the sign, a
    title with a capital after the number; the year before the number, with the sign or without ("§ 2051:7 Budget",
    "2071-26 Mötet öppnas")."""
    if (m := _PARA_YEAR.match(text)) or (m := _YEAR_PARA.match(text)) or (m := _YEAR_RUNNING.match(text)):
        return f"§ {m.group('num')}{text[m.end():]}"
    # (an O a scan read as a zero in the organ's letters: "0N 26 Anmälningsärenden" for "ON 26")
    text = re.sub(r"^0(?=[A-ZÅÄÖ]{1,4}\s+\d)", "O", text)
    m = _ORGAN_PARA.match(text)
    if not m:
        return text
    signed = bool(m.group("sign") or m.group("signb"))
    rest = text[m.end():]
    # (the organ's paragraph alone on its line, its title on the next: "PK 14" / "FASTSTÄLLANDE AV DAGORDNING")
    if not signed and (_NO_ORGAN.match(text) or not re.match(r"\s?[.:]?\s+[*_]*[A-ZÅÄÖ]|\s*$", rest)):
        return text
    rest = re.sub(r"^\s?[.:](?=\s)", "", rest)
    return f"§ {m.group('num')}{rest}"


# a paragraph's number after its title ("Val av justerare § 41", "Budget 2051 (kl. 10.30) §41"): a short title
# of its own, no sentence and no reference ("enligt § 4", "se § 12", "i 5 kap. 3 §")
_PARA_AFTER = re.compile(r"^(?P<title>[A-ZÅÄÖ].{1,100}?)\s+§\s*(?P<num>\d{1,3})\s*$")
_NOT_A_TITLE_END = re.compile(r"\b(?:enligt|se|även|också|ovan|nedan|jfr|jämför|i|av|till|under|om|från|fran|"
                              r"med|och|samt|eller|vid|kap|lag(?:en)?|punkt|paragraf)\s*[.,:]?$", re.I)
_FURNITURE_TITLE = re.compile(r"justerandes|signatur|utdragsbestyrk|\bsida\b|\bsidan\b|paragraf", re.I)


def _paragraph_after(text: str) -> str:
    """A paragraph numbered after its title ("Val av justerare § 41", "Budget (kl. 10.30) §41") in the usual form
    ("§ 41 Val av justerare"); any other line as it is."""
    m = _PARA_AFTER.match(text)
    if not m:
        return text
    title = clock_stripped(m.group("title").strip(" *"))
    # (a note after a name, "Emma Holm, § 6", is none)
    if len(title.split()) > 12 or re.search(r"[.!?§]|[,;(–-]$", title) or _FURNITURE_TITLE.search(title) \
            or _NOT_A_TITLE_END.search(title):
        return text
    if re.fullmatch(r"[A-ZÅÄÖ]{2,5}", title):
        return text     # (an organ's abbreviation before its paragraph alone, "FHR § 1", its title on a line below)
    if plausible_name(who := title.split(",")[0].strip()) and fold(who.split()[0]) in GIVEN_NAMES:
        return text     # (the paragraph a person of a list took part in, "Kristin Irebring § 2", "Anna Holm, Org § 6",
        #                 is no title either)
    return f"§ {m.group('num')} {m.group('title').rstrip(' :')}"


@functools.lru_cache(maxsize=1 << 16)  # a pure function of the line; every rule asks it of the same lines
def item_number(text: str) -> tuple[int, str | None, str] | None:
    """(number, title or None, form) of an item line in one of the usual Swedish numberings."""
    text = text.strip().strip("*").strip()
    # a bullet before the item's number and its colon or stop (" • 1: Karin Holm valdes till ordförande."): the number
    text = re.sub(r"^[•·▪]\s*(?=\d{1,3}[:.]\s+[A-ZÅÄÖ])", "", text)
    text = _organ_paragraph(_paragraph_after(text))
    # the year after an item's number, a word for item before it or none ("Punkt 3/2051 Budget", "Ärende 3/2051:
    # Budget", "3/2051 Budget"): the item's number; without the word, a paragraph's (numbered through the year)
    if (yr := _ITEM_YEAR.match(text)):
        text = f"{yr.group('word') or '§ '}{yr.group('num') or yr.group('numb')}{text[yr.end():]}"
    # OCR: "$ 1" / "S 1" for "§ 1", "l" / "I" / "|" for 1 and "O" for 0 in a paragraph number
    text = re.sub(r"^(?:\$|S(?=\s*[\dlI|O]{1,3}\b))\s*", "§ ", text)
    # OCR: "5" for "§" before a paragraph's number and its title ("5 12 FÖRÄNDRING I GRUPPEN", "5 12) Budget"), or
    # "fi" ("fi10) Val av justerare", "fi 11) Budget")
    text = re.sub(r"^5\s+(?=\d{1,3}\)?\s+[A-ZÅÄÖ][A-ZÅÄÖa-zåäö])", "§ ", text)
    text = re.sub(r"^fi\s*(?=\d{1,3}\)\s+[A-ZÅÄÖ][A-ZÅÄÖa-zåäö])", "§ ", text)
    # a bracket after the paragraph's number ("§ 9) Mötet öppnas"): the paragraph
    text = re.sub(r"^§\s*(\d{1,3})\)(?=\s+\S)", r"§ \1", text)
    # a stroke after the paragraph's number ("§ 1/ Mötet öppnas."): the paragraph
    text = re.sub(r"^§\s*(\d{1,3})\s*/(?=\s+\S)", r"§ \1", text)
    # a list's number before the paragraph's sign, the paragraph's own number between them or not ("1. §    Title",
    # " 7. 7 §  Title"): the paragraph
    text = re.sub(r"^(\d{1,3})\.\s*(?:\1\s*)?§\.?(?!\s*\d)(?:\s+(?=\S)|$)", lambda m: f"§ {m.group(1)} ", text).rstrip()
    # (or the paragraph's number after its sign, the same: " 1. § 1" over the title, a web page's list of paragraphs)
    text = re.sub(r"^(\d{1,3})\.\s*§\s*\1(?=\s|$)", r"§ \1", text)
    # "(3) Title" and "[3] Title" as "3) Title", "3.0 Title" as "3. Title"; a roman numeral ("IV. Title", "II) Title")
    # as its number
    text = re.sub(r"^[(\[](\d{1,2})[)\]](?=\s)", r"\1)", text)
    text = re.sub(r"^(\d{1,2})\.0\.?(?=\s+[A-ZÅÄÖ])", r"\1.", text)
    # a comma after the number ("2, Rapport från Bostad först-teamen") as its stop
    text = re.sub(r"^(\d{1,2}),\s+(?=[A-ZÅÄÖ][a-zåäö])", r"\1. ", text)
    # OCR: "l" / "|" for 1 and "O" for 0 in an item's number before its title ("l. Inledning", "1O) Budget")
    if (ocr := re.match(r"^([\dl|O]{1,2})([.):])(?=\s+[A-ZÅÄÖ])", text)) and re.search(r"[l|O]", ocr.group(1)) \
            and ocr.group(1) not in ("O", "OO"):
        text = ocr.group(1).translate(_OCR_DIGITS) + text[ocr.end(1):]
    # OCR: "0" for "O" opening the title after the number ("2 0rdf. Jonny Holm öppnade sammanträdet")
    text = re.sub(r"^(\d{1,3}[.)]?\s+)0(?=[a-zåäö]{2})", r"\1O", text)
    if (rom := re.match(r"^([IVX]{1,5})([.)])\s+(?=[A-ZÅÄÖ][a-zåäö])", text)) and (v := _roman(rom.group(1))):
        text = f"{v}{rom.group(2)} {text[rom.end():]}"
    # a roman numeral after a word for item ("Punkt III – Budget", "Ärende IV: Budget")
    if (rom := re.match(rf"^((?:{_ITEM_WORDS})\s+)([IVX]{{1,5}})(?=\s*[.:)–—-]?\s+[A-ZÅÄÖ][a-zåäö])", text, re.I)) \
            and (v := _roman(rom.group(2))):
        text = f"{rom.group(1)}{v}{text[rom.end():]}"
    if text.startswith("§"):
        text = re.sub(r"^§\s*([\dlI|O]{1,3})\b", lambda m: "§ " + m.group(1).translate(_OCR_DIGITS), text)
        # the mark of an annex after the paragraph's number, and its word ("§ 42./. Bilaga. Budget", "§ 42 ./.
        # Budget"): no part of the title
        text = re.sub(r"^(§ \d{1,3})\s*\.?/\.\s*(?:(?:Bilaga|Bil)\.?\s+(?:\d{1,2}\.?\s+)?)?", r"\1 ", text)
    m = _ITEM_RE.match(text)
    if not m:
        return None
    form = next(f for f in ("para", "parab", "punkt", "nio", "dot", "paren", "colon", "bare") if m.group(f))
    title = (m.group("title") or "").strip(" *:") or None
    return int(m.group(form)), title, "§" if form in ("para", "parab") else form
