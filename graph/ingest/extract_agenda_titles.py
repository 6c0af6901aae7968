"""Items' titles and who presents them, and the agenda announced before the items.

- titles: a heading's words as the item's title (`_title`: without the time of day, who answers for it, a pointer
  to the papers, the kind of item, the diary number), the people named after it its presenters ("Budget – Per Ek",
  "Budget (föredr. Per Ek)", `_title_presenters`), a title named in the item's first sentence ("Under punkten Val av
  justerare utsågs ...", `under_point_title`);
- the agenda announced before the items (a table of contents, an agenda sent out with the minutes): titles on lines
  of their own, no text under any, found again as the items' headings (`_listed_titles`, `_announced`,
  `_announced_heads`), and who presents each item, named there only (`_announcing_presenters`);
- a report of a meeting with no items of its own: its matters as it tells them, a person's presenting sentence
  ("Kristin Holm gick igenom ...") the matter's presenter (`_report_items`, `_presenting_sentences`).
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
from collections.abc import Iterator

from ..names import fold
from .extract_agenda_numbering import _MEETING_ITEM, clock_stripped, item_number
from .extract_dates import _date_mentions
from .extract_model import Item, RulesBase
from .extract_text import _ACTING_RE, _ASIDE_RE, _FINITE_VERB, _PASSIVE_VERB, _PRESENTING_VERB, _PROCEDURAL, _name_like
from .names_found import find_names
from .ocr_repair import Lexicon, kw, mend_strokes, repair_text, strip_markup

# a person presenting something in a report's sentence ("Kristin Holm gick igenom uppföljningen av ...", "Sofia Hartz,
# ordförande i X, gav en lägesbild av ..."): the name, the verb and what was presented (`_presenting_sentences`)
# (a sentence's start: the paragraph's, or after a stop or a lead-in's colon)
_SENTENCE_START = r"(?:^|(?<=[.!?:]\s))"
_PRESENTING_SENTENCE = re.compile(
    _SENTENCE_START + r"(?:(?:Därefter|Sedan|Slutligen|Avslutningsvis|Vidare|Också)\s+)?"
    r"(?P<name>[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+){1,2})"
    r"(?:,\s*[^,.]{2,60},|\s+från\s+[A-ZÅÄÖ][^,.]{1,60}?)?\s+(?P<verb>presenterade|redovisade|redogjorde\s+för"
    r"|informerade\s+om|informerade"
    r"|berättade\s+om|gick\s+igenom|föredrog|visade|beskrev|rapporterade\s+om|gav|summerade|sammanfattade"
    r"|föreläste\s+om"
    # (reading from a report: "Ulrika Holm läste rubriker och sammanfattningar ur apotekens rapport om ...")
    r"|läste\s+(?:upp\s+)?(?:[a-zåäö]+\s+){0,4}?ur"
    r"|höll(?=\s+(?:en|ett)\s+(?:presentation|föredrag|dragning|genomgång)))\s+(?P<obj>[^.!?]+)")
# (or the second of two clauses, after "och": "X summerade uppföljningen av ... och Y läste ... ur apotekens rapport")
_PRESENTING_SECOND = re.compile(r"(?<=\soch\s)" + _PRESENTING_SENTENCE.pattern[len(_SENTENCE_START):])

# (or the verb before the name, after an adverbial opening the sentence: "Under konferensen berättade Marie Ragnarsson
# om arbetet med ...", "Därefter redogjorde X för ...")
_PRESENTING_INVERTED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:Under\s+[a-zåäö]+(?:\s+[a-zåäö]+)?|Som\s+[a-zåäö]+(?:\s+[a-zåäö]+)?|Därefter|Sedan"
    r"|Slutligen|Avslutningsvis|Vidare"
    r"|Dessutom|Efter\s+(?:det|detta))\s+(?P<verb>presenterade|redovisade|redogjorde|informerade|berättade|föredrog"
    r"|rapporterade|beskrev|visade|föreläste|gick)\s+(?P<name>[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+){1,2})"
    # (the particle of "gick igenom" after the name and its title: "Under måndagen gick X, utvecklingsledare i Y,
    # igenom metoden för ...")
    r"(?:,\s*[^,.]{2,60},)?\s+(?:(?:också|även)\s+)?(?:om\s+|för\s+|(?<=,\s)igenom\s+|(?<=\S\s)igenom\s+)?"
    r"(?P<obj>[^.!?]+)")
# (or the matter first, fronted by "Om", the one telling of it after the verb: "Om läget i styrgruppen berättade X,
# title, ...")
_PRESENTING_FRONTED = re.compile(
    r"(?:^|(?<=[.!?]\s))Om\s+(?P<obj>[^.!?]{3,90}?)\s+(?:berättade|informerade|redogjorde|talade|föreläste)\s+"
    r"(?P<name>[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+){1,2})(?=[\s,.]|$)")

# a matter taken up with no one presenting it: the meeting talking of it ("Vi talade om X.", "Gruppen diskuterade också
# X") or the matter the subject of a verb of discussing ("Sommarens kampanj diskuterades.", never "... av Y")
_TALKED_OF = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:Vi|Mötet|Gruppen|Nätverket|Styrgruppen|Rådet|Arbetsgruppen|Ledningen|Konferensen|Träffen"
    r"|Nämnden|Utskottet|Beredningen|Beredningsgruppen|Deltagarna|Presidiet)\s+(?:talade|diskuterade|pratade|samtalade"
    r"|resonerade)\s+(?:(?:också|även|sedan|därefter|vidare)\s+)?(?:om\s+)?(?P<obj>[^.!?]+)")
_DISCUSSED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<obj>[A-ZÅÄÖ][^.!?]{3,90}?)\s+(?:diskuterades|behandlades|avhandlades|togs\s+upp"
    r"|gicks\s+igenom)(?=[\s.,!?]|$)(?!\s+(?:av|under|vid)\b)")
# (or in the passive, the matter first, the one presenting it after "av": "Läget i länets gruppbostäder redovisades av
# Cecilia Wahlström.", "Tillsynen av personlig assistans togs upp av Helena Strandberg från Inspektionen ...")
_PRESENTING_PASSIVE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<obj>[A-ZÅÄÖ][^.!?]{3,90}?)\s+(?:redovisades|presenterades|föredrogs|togs\s+upp"
    r"|gicks\s+igenom|beskrevs|drogs)\s+(?:för\s+[a-zåäö]+\s+)?av\s+(?:[a-zåäö]+\s+)?"
    r"(?P<name>[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+){1,2})"
    r"(?=[\s,.]|$)")

# (or a talk's heading in quotes after "under rubriken", the one named before it in its sentence presenting it:
# "... föredrag av Marie Ragnarsson under rubriken "Munhälsa hos äldre i Kalmar län".")
# (or "med titeln" / "med rubriken": "höll Ingrid Holm ett uppskattat föredrag med titeln ”Tolken i vårdrummet”")
_UNDER_HEADING = re.compile(r"(?:under|med)\s+(?:rubriken|titeln)\s+[\"”“»'](?P<title>[^\"”“«']{3,90})[\"”“«']")

# an item labelled by a letter ("Punkt A.", "Ärende B:", "Del C –"): the label is no part of the title
_LABEL_RE = re.compile(r"^(?:punkt|ärende|arende|del)\s+[A-HJ-ZÅÄÖa-hj-zåäö](?:[.:)]|\s+[-–—])?\s+(?=\S)", re.I)


# the item's title named inside its first sentence ("Under punkten Val av justerare utsågs X ...", "Under rubriken
# Planering av möten talade vi om ..."): the words between the phrase and the sentence's verb
_UNDER_POINT = re.compile(r"(?:Under|Vid)\s+(?:punkten|rubriken|ärendet|paragrafen)\s+(?P<title>[A-ZÅÄÖ].*)$")


def under_point_title(text: str, lexicon: Lexicon) -> str | None:
    """The title an item's first sentence names after "Under punkten" / "Under rubriken" up to its verb, two to
    twelve words; None for any other text."""
    m = _UNDER_POINT.match(text.strip())
    if not m:
        return None
    words = m.group("title").split()
    for k in range(2, min(len(words), 13)):
        w = kw(words[k], lexicon)
        if _FINITE_VERB.fullmatch(w) or _PASSIVE_VERB.fullmatch(w) or _PRESENTING_VERB.match(w) and w.endswith(
                ("ade", "de", "te", "rde", "ar", "er")):
            title = " ".join(words[:k]).rstrip(",")
            return title if not title.endswith(".") else None
    return None


# who presents or answers for an item, labelled at its title's end ("... – föredr. Anna Holm", "... (Föredragande: Per
# Ek)", "... – Ansvarig: Eva Lund", "..., handläggare: Per Ek"): the label's word, then the names to the line's end
# (the label's neighbours too: "föredras av", "informatör", "inledare"; a title in lower case before the name,
# "föredragande: ekonomichef Per Ek"; the label after a full stop or semicolon, "Budget. Föredragande: Per Ek")
_TITLE_LABEL_TAIL = re.compile(r"(?:\s+[-–—]\s*|\s*\(\s*|[,;.]\s+)(?P<label>(?i:föredr(?:agande|agare)?\.?|föredras av"
                               r"|presenteras av|dragande|presentatör|informatör|inledare|fö\."
                               # (who answers for it: "Ansvarig: X", "ansvariga: X och Y", "kontaktperson: X")
                               r"|ansvarig|ansvariga|ansvar|handläggare|kontaktperson))"
                               r"\s*:?\s+(?:[a-zåäöé][\wåäöé-]*\s+){0,2}?(?P<who>[A-ZÅÄÖÉ][^()]*?)"
                               # (the organisation in brackets after the names: "– föredr. Per Ek (Nybro kommun)")
                               r"(?:\s*\([^()]*\))?\)?\s*$")
# the labels of who answers for an item rather than presents it
_ANSWERS_FOR = r"(?:ansvar|handläggare|kontaktperson)"


def _without_label_tail(title: str) -> str:
    """The title without who presents or answers for it, labelled at its end ("Budget – Ansvarig: Per Ek", "Budget
    (föredr. Per Ek)"): the whole title where the label would leave nothing."""
    lab = _TITLE_LABEL_TAIL.search(title)
    return title[:lab.start()] if lab and lab.start() > 0 else title


# a diary number opening a paragraph's title ("Dnr 2030/123", "Dnr KS 2030/123", "Diarienr: RS 2030-45")
# (the series' letters before the number with or without a space: "Dnr KS 2030/123", "Dnr SGPH2053-0001")
# a cell holding a diary number alone, after an item's title ("Dnr 2060/12", "2060/14", "KS 2031.44")
_DNR_CELL = re.compile(r"(?:dnr|diarienr|diarienummer)?\.?\s*:?\s*(?:[A-ZÅÄÖ]{1,5}\s*)?\d{2,4}[/.-]\d{1,4}", re.I)
_DNR_FIRST = re.compile(r"(?:dnr|diarienr|diarienummer)\.?\s*:?\s*(?:[A-ZÅÄÖ]{1,6}\s*)?\d[\w/.:-]*\s*", re.I)


# a table of contents' line: a title, dot leaders (or an ellipsis, or a wide gap) and its page ("Budget ...... 3")
_PAGED_TITLE = re.compile(r"(?P<title>[A-ZÅÄÖ][^.…]*?[^\s.…])\s*(?:\.{3,}|…+|\s{4,})\s*(?P<page>\d{1,3})")


# a table of contents' diary number over its title ("Dnr LGL 2031/00083        3", "§ 12  Dnr 2031/44   5")
_TOC_DNR = re.compile(r"(?:§\s*\d{1,3}\s+)?(?:dnr|diarienr|diarienummer)\.?\s*:?\s*(?:[A-ZÅÄÖ]{1,5}\s+)?\d[\w/.:-]*"
                      r"(?:\s+\d{1,3})?", re.I)


def _stands_again(title: str, later: list[str]) -> bool:
    """Whether a listed title (folded, without number and presenter) stands again among the later lines' (folded)
    texts: the same, at the end of one a little longer ("Information: Budget"), or the same but for a scan's
    damage."""
    return any(h == title or h.endswith(" " + title) and len(h) - len(title) <= 14 or _ocr_same(h, title)
               for h in later)


def _as_written(found: str, text: str, written: str, at: int) -> str:
    """What was found in a text of mended strokes (`mend_strokes`), from offset `at` on, as the line writes it."""
    pos = text.find(found, at)
    return written[pos:pos + len(found)] if pos >= 0 else found


@functools.lru_cache(maxsize=1 << 16)  # a pure function of the two titles, which are compared again and again
def _ocr_same(a: str, b: str) -> bool:
    """Two folded titles the same but for what a scan does to words: spaces lost or put in ("motetoppnas" /
    "motet oppnas", "akt uellt"), a letter or two misread ("socialtjanstlag" / "socialtjänstlag" folded alike,
    "justcrare" / "justerare"); titles of some length only, and an item's number before one of them passed over
    ("n o 1 motet oppnas")."""
    a = re.sub(r"^(?:n\s?o|nr|punkt|§)?\s*\d{1,3}[.):]?\s+", "", a)
    b = re.sub(r"^(?:n\s?o|nr|punkt|§)?\s*\d{1,3}[.):]?\s+", "", b)
    a, b = re.sub(r"\W+", "", a), re.sub(r"\W+", "", b)
    if min(len(a), len(b)) < 6 or re.findall(r"\d", a) != re.findall(r"\d", b):
        return False        # (another year is another title: "Budget 2031" / "Budget 2032")
    if a == b:
        return True
    same = difflib.SequenceMatcher(None, a, b)    # (the two cheap bounds first: neither is below the ratio)
    return same.real_quick_ratio() >= 0.88 and same.quick_ratio() >= 0.88 and same.ratio() >= 0.88


class AgendaTitleRules(RulesBase):
    def _announced_heads(self, start: int, end: int) -> list[tuple[int, str]]:
        """An agenda announced at the top ("Dagordning" / "09.30  1. Välkomna och inledning" / ...) over minutes
        whose headings repeat its titles without numbers: those lines are the items, however long their titles
        ("Psykisk hälsa hos unga vuxna – läget i länet"), and a word over them that repeats none ("Anteckningar")
        is none. Each a line of its own after a blank line; at least two thirds of the titles found again, in
        the agenda's order; else nothing (the headings are read by their shape)."""
        if not self.announced_agenda:
            return []
        body = self.lines[max(self.announced_agenda):end]
        unspaced = sum(ln.blank for ln in body) <= len(body) // 10
        listed = sorted(self.announced_agenda)
        # (group headings between the titles, or lines of two lists)
        grouped = listed[-1] - listed[0] + 1 > len(listed) or any(self._listed_text(m) is None for m in listed)
        taken: set[int] = set()
        titles = []
        for m in sorted(self.announced_agenda):
            if (listed := self._listed_text(m)):     # (without the presenter after it: "Budget – Per Ek")
                titles.append(fold(self._title(self._title_presenters(listed)[0])).strip(" .:"))
        titles = list(dict.fromkeys(titles))     # (a table of contents and an agenda may both list them)
        after = max(self.announced_agenda)
        heads: list[tuple[int, str]] = []
        k = 0
        for n in range(max(start, after + 1), end + 1):
            ln = self.L(n)
            # (after a blank line; or, in minutes written without blank lines or with the heading in capitals, a
            # line that is a title whole)
            if ln.blank or len(ln.cells) > 1 or (n > 1 and not self.L(n - 1).blank and not unspaced
                                                 and not ln.text.isupper()):
                continue
            t = fold(self._title(ln.text)).strip(" .:")
            # (or the title with its presenter after it: "Budget – Per Ek")
            bare = fold(self._title(self._title_presenters(ln.text.strip(" *"))[0])).strip(" .:") \
                if re.search(r"\s[-–—]\s|\(", ln.text) else t
            # (in the agenda's order; a table of contents grouped by kind of matter lists them in another)
            at = next((j for j in (range(k, len(titles)) if not grouped else range(len(titles)))
                       if titles[j] in (t, bare) and j not in taken), None)
            if at is not None and self._next_nonblank(n, end) is not None:
                heads.append((n, ln.text.strip(" *")))
                k = at + 1
                taken.add(at)
        return heads if len(titles) >= 2 and 3 * len(heads) >= 2 * len(titles) else []

    def _title(self, text: str) -> str:
        t = clock_stripped(repair_text(strip_markup(text), self.lx).strip(" *:"))
        t = re.sub(r"\s+[-—–]\s+", " – ", t)
        # who is responsible for the matter, after the title ("Budget – Ansvarig: Per Ek", "Budget (ansvarig: Per
        # Ek)", "Budget, handläggare Per Ek"): no part of the title, and no presenter by that alone
        t = _without_label_tail(t)
        t = _LABEL_RE.sub("", t)    # "Punkt A. Mötet öppnas": a letter labels the item, no number and no title
        if self.learned.title_brackets:     # "Ekonomi 2054 (Se underlag Budget 2054)", as an accepted protocol
            t = re.sub(r"\s*\([^()]*\)\s*$", "", t)     # laid out alike titled its items: "Ekonomi 2054"
        # a pointer to the papers in brackets after the title ("(Se underlag Budget 2054)", "(se bifogad rapport)"): no
        # part of it (the papers named alone are: "Budget (bilaga 3)")
        t = re.sub(r"\s*\(\s*(?:se|jfr)\s[^()]*\)\s*$", "", t, flags=re.I)
        # the kind of item in brackets after the title ("Budget för hösten (Beslutspunkt)", "Meddelanden
        # (Informationspunkt)", "(för beslut)"): no part of it
        t = re.sub(r"\s*\(\s*(?:(?:besluts|informations|diskussions|rapport)(?:punkt|ärende)"
                   r"|för\s+(?:beslut|information|kännedom|diskussion))\s*\)\s*$", "", t, flags=re.I)
        # the diary number after the title ("Handlingsplan (Dnr 2030/12)", "Budget, dnr RS 2030/44"): no part of it
        t = re.sub(r"[\s,–-]*[(\[]?\s*(?:dnr|diarienr|diarienummer)\.?\s*:?\s*[\w]*\s*\d[\w/.:-]*\s*[)\]]?\s*$", "", t,
                   flags=re.I)
        return re.sub(r"\s+", " ", t)

    def _item_title(self, text: str) -> str:
        """An item's title as the draft gives it (`_title`), without the item's first sentence after a colon on its
        title's line ("Hjälpmedelsplanen: Eva Holm presenterade hur ...", "Val av justerare: Mats Ek valdes till
        justerare", "Val av två justerare: Maud Holm och Jonny Ek"); a title with a colon of its own stays whole
        ("Diskussion: Rapportmall för ... - layout?", "Nära vård: var står vi?"). (Not `_title`'s: the rules that
        find the items compare their titles as written.)"""
        t = self._title(text)
        if (lab := re.match(r"([^:]{2,60}?):\s+(\S.*)$", t)) is not None and len(lab.group(1).split()) <= 8 \
                and not t.rstrip().endswith("?"):
            said = lab.group(2).split()
            keys = kw(lab.group(2), self.lx).split()
            if len(said) >= 2 and (any(_FINITE_VERB.fullmatch(w) or _PASSIVE_VERB.fullmatch(w) for w in keys[:8])
                                   or _name_like(" ".join(said[:2])) and self._accept_name(" ".join(said[:2]))):
                return lab.group(1)
        return t

    def _announcing_presenters(self, run: list[tuple[int, int, str, int | None]]) -> None:
        """Who presents each item of an agenda announced before its items, named there only: a table's
        presenter column ("Punkt | Ärende | Föredragande"; a column of those responsible, "Ansvarig",
        "Handläggare", names no presenter), or a plain list naming them after its titles ("1. Öppnande –
        Lisa Holm", "2. Budget (Per Dahl)"); by item number."""
        head = self._prev_nonblank(run[0][0])
        # (a Markdown table's rule under its head row, "|---|---|---|", is no head)
        while head is not None and re.fullmatch(r"[\s|:+-]*-{2,}[\s|:+-]*", self.L(head).raw):
            head = self._prev_nonblank(head)
        head_key = fold(self.L(head).text) if head is not None else ""
        # (a table: a row of three cells or more, or cells parted by bars or tabs, the first row's last cell empty)
        tabled = any(len(self.L(line).cells) > 2 or re.search(r"\t|\s\|\s|^\s*\|", self.L(line).raw)
                     for line, *_ in run)
        presenting = not tabled or bool(re.search(r"foredrag|foredras|presentat|dragande|inledare|talare|informator",
                                                  head_key)) \
            and not re.search(r"ansvarig|handlaggare|kontaktperson", head_key)
        for line, num, title, _ in run if presenting else []:
            if tabled:      # the names in the cells after the title's ("| 4 | Budget | Per Dahl och Eva Ek |")
                names = [n for c in self.L(line).cells[2:] for n in self._title_presenters(f"Titel – {c}")[1]]
            else:
                names = self._title_presenters(title)[1]
            for name in names:
                if (name, line) not in self.announced_presenters.get(num, []):
                    self.announced_presenters.setdefault(num, []).append((name, line))

    def _announced(self, run: list[tuple[int, int, str, int | None]], end: int) -> bool:
        """Whether a numbered run is the agenda announced before its items (see `_numbered`)."""
        # (a sub-item's line between two allowed: "13. Övriga frågor" / "13.1 Julfika" / "14. Mötets avslutande")
        if any(t is not None for *_, t in run) or any(
                b[0] != a[0] + 1 and not all(_MEETING_ITEM.match(self.L(m).text) for m in range(a[0] + 1, b[0]))
                for a, b in itertools.pairwise(run)):
            return False        # text under an item, or between two: items of their own
        later = [_LABEL_RE.sub("", fold(self.L(m).text)).strip(" .:") for m in range(run[-1][0] + 1, end + 1)
                 if not self.L(m).blank and len(self.L(m).text) <= 120]
        titles = [fold(self._title(self._title_presenters(title)[0])).strip(" .:") for _, _, title, _ in run]
        again = sum(_stands_again(t, later) for t in titles)
        if again >= 2 and 3 * again >= 2 * len(titles):
            return True
        # (or the numbers again further down, each over text, the titles worded otherwise: "1. Mötets öppnande" / ...
        # / "11. Mötets avslutande" over "1. ÖPPNING: Ordförande X hälsade ..." / ... / "11. MÖTETS AVSLUTANDE: ...")
        nums = [num for _, num, _, _ in run]
        found = [h[0] for m in range(run[-1][0] + 1, end + 1)
                 if (h := item_number(self.L(m).text)) is not None and h[1] and m + 1 <= end
                 and (":" in h[1] and len(h[1].split(":", 1)[1].split()) >= 3 or not self.L(m + 1).blank
                      and item_number(self.L(m + 1).text) is None)]
        k = 0
        for num in found:
            if k < len(nums) and num == nums[k]:
                k += 1
        return len(nums) >= 3 and 3 * k >= 2 * len(nums)

    def _listed_title(self, n: int) -> tuple[int | None, str] | None:
        """(number, title) of a line listing an item: "§ 12   Budget", "3. Budget", a row "| 3 | Budget |"; (None,
        title) of a table of contents' line giving its page ("Budget .......... 3", "Budget … 3")."""
        ln = self.L(n)
        if ln.blank or ln.layout or _TOC_DNR.fullmatch(ln.text.strip()):
            return None
        if (page := _PAGED_TITLE.fullmatch(ln.text.strip())) and item_number(page.group("title")) is None:
            return None, page.group("title")
        if (bullet := self._bulleted_title(n)):
            return None, bullet
        if len(ln.cells) > 1:
            h = item_number(ln.cells[0])
            if h is None and (bare := re.fullmatch(r"(§)?\s*(\d{1,3})[.):]?", ln.cells[0])):
                h = (int(bare.group(2)), None, "")
            # "10  Föregående protokoll   2060/12": the title, its diary number after it (or a table of contents'
            # page: "§ 10  Val av justerare      4")
            if h is not None and h[1] and all(_DNR_CELL.fullmatch(c.strip()) or re.fullmatch(r"\d{1,3}", c.strip())
                                              for c in ln.cells[1:]):
                return h[0], h[1]
            # (the title the first cell after the number that is no diary number: "§ 1 | Dnr SN 2089/2 | Val av
            # justeringsperson")
            title = next((c for c in ln.cells[1:] if c.strip() and not _DNR_CELL.fullmatch(c.strip())), "")
            return (h[0], title) if h is not None and h[1] is None and title else None
        h = item_number(re.sub(r"\s+", " ", ln.text))
        return (h[0], h[1]) if h is not None and h[1] else None

    def _sentence(self, n: int) -> bool:
        """Line n is running text: four words or more ending a sentence."""
        t = self.L(n).text.strip() if 1 <= n <= len(self.lines) else ""
        return len(t.split()) >= 4 and t.endswith((".", "!", "?"))

    def _bulleted_title(self, n: int) -> str | None:
        """The title a bulleted line of an agenda lists ("• Budget", "- Budget", a table's row "| • | Budget |"):
        a short title, no sentence."""
        ln = self.L(n)
        if len(ln.cells) > 1:
            title = ln.cells[1].strip() if re.fullmatch(r"\s*[•·▪*–-]\s*", ln.cells[0]) else ""
        else:
            title = m.group(1) if (m := re.match(r"^\s*[•·▪*–-]\s+([A-ZÅÄÖ].*?)\s*$", ln.raw)) else ""
        if not title or len(title.split()) > 14 or title.endswith((".", ",", ":")) or self._person_entry(title):
            return None
        return title

    def _listed_text(self, n: int) -> str | None:
        """The title an announced agenda's or a table of contents' line lists ("3. Budget", "Budget ...... 3",
        "• Budget")."""
        hit = item_number(clock_stripped(re.sub(r"\s+", " ", self.L(n).text))) if not self.L(n).blank else None
        if hit and hit[1]:
            return hit[1]
        if not self.L(n).blank and (bullet := self._bulleted_title(n)):
            return bullet
        page = _PAGED_TITLE.fullmatch(self.L(n).text.strip()) if not self.L(n).blank else None
        return page.group("title") if page else None

    def _listed_titles(self, start: int, end: int) -> set[int]:
        """A table of contents or an agenda sent out with the minutes, set above the items: numbered titles on
        lines of their own, one under the other with no text under any (between them at most a group's heading,
        "Beslutsärenden" / "Informationsärenden"), in any order, most of whose titles stand again further down as
        the items' headings. Its lines are no items (the announced agenda); one title alone is no list."""
        out: set[int] = set()
        n = start
        while n <= end:
            if self._listed_title(n) is None:
                n += 1
                continue
            rows: list[tuple[int, int, str]] = []
            m = n
            while m <= end:
                if (hit := self._listed_title(m)) is not None:
                    if hit[0] is not None and any(r[1] == hit[0] for r in rows):
                        break       # the numbers again: the items themselves begin ("1. Inledning" / its text)
                    rows.append((m, *hit))
                    m += 1
                    continue
                t = self.L(m).text.strip(" *:")
                # a group's heading between the titles: a short line of words, the next line a title again (or a
                # title's diary number, "Dnr LGL 2031/00083   3", over it)
                if rows and m < end and _TOC_DNR.fullmatch(t) and self._listed_title(m + 1) is not None:
                    m += 1
                    continue
                # (a title's lettered sub-points, indented under it: "35  Rapporter" / "    a) Lägesbild" / ...)
                if rows and m < end and re.match(r"\s+[a-h][).]\s+[A-ZÅÄÖ]", self.L(m).raw) \
                        and len(t.split()) <= 8:
                    m += 1
                    continue
                if rows and m < end and 1 <= len(t.split()) <= 4 and t[:1].isupper() and not re.search(r"[\d.,;]", t) \
                        and self._listed_title(m + 1) is not None:
                    m += 1
                    continue
                break
            n = m       # (the next list may begin on the line that ended this one)
            if len(rows) < 2:
                continue    # (one title alone is no list: the later headings need not be gathered for it)
            later = [_LABEL_RE.sub("", fold(self.L(k).text)).strip(" .:*") for k in range(m, end + 1)
                     if not self.L(k).blank and len(self.L(k).text) <= 120]
            # (and each later heading's title without its number and the presenter named after it: "§4 Budget –
            # Per Ek")
            later += [fold(self._title(self._title_presenters(h[1])[0])).strip(" .:") for k in range(m, end + 1)
                      if len(self.L(k).text) <= 120 and (h := item_number(self.L(k).text)) is not None and h[1]]
            # (or a programme's time before it, "10.20–10.50 BUDGET (Per Ek)"; or no number, "Budget – Per Ek")
            later += [fold(self._title(self._title_presenters(c)[0])).strip(" .:") for k in range(m, end + 1)
                      if len(self.L(k).text) <= 120 and ((c := clock_stripped(self.L(k).text)) != self.L(k).text
                                                         or re.search(r"\s[-–—]\s|\(", c) and len(c) <= 80)]

            def again(title: str, later: list[str] = later) -> bool:
                return _stands_again(fold(self._title(self._title_presenters(title)[0])).strip(" .:"), later)

            if rows and self._sentence(m) and not again(rows[-1][2]):
                rows.pop()          # the last title with its text right under it, found nowhere after: an item
            if len(rows) < 2:
                continue
            found = sum(again(t) for _, _, t in rows)
            if found >= 2 and 3 * found >= 2 * len(rows):
                out.update(range(rows[0][0], rows[-1][0] + 1))
                if (numbered := [(line, num, title, None) for line, num, title in rows if num is not None]):
                    self._announcing_presenters(numbered)
        return out

    def _person_entry(self, text: str) -> bool:
        """A person with an organisation ("Anna Holm, Kalmar kommun (ordförande)", "Per Ek (Nybro kommun)"):
        a list's entry, whatever numbers it."""
        text = _ASIDE_RE.sub("", _ACTING_RE.sub("", text)).strip()
        m = re.match(r"^(?P<name>[^,()–—]+?)\s*(?:,\s*|\(\s*|\s[-–—]\s*)(?P<org>[^()]+?)\)?(?:,.*)?$", text)
        return bool(m and _name_like(m.group("name")) and self._accept_name(m.group("name"))
                    and (self.orgs.resolve(m.group("org").strip(" ,")) or self._capacity(m.group("org"))))

    def _title_presenters(self, title: str) -> tuple[str, list[str]]:
        """'Kompetensförsörjning – Ingrid Bergqvist, Region Kalmar län' / '... (Ingrid Bergqvist)': the
        people named after an item's title present it; the title is what stands before them."""
        # (a label at the title's end: "föredr. X" presents; "Ansvarig: X", "Handläggare: X" answers for the item and
        # presents only where the text says so: the title without it, no presenter from it)
        lab = _TITLE_LABEL_TAIL.search(title)
        if lab and re.match(_ANSWERS_FOR, lab.group("label"), re.I):
            return title[:lab.start()], []
        # (the label parts the title from the names, whatever commas the title holds: "Budget, Dnr 2031/12 (föredr.
        # Per Ek)")
        # (or a stroke between, the presenter's name after it: "Ordförandens rapport/Sofia Hartz")
        m = re.match(r"^(?P<t>.+?)(?:\s+[-–—]\s+|\s*\(|,\s+|\s*/\s*(?=[A-ZÅÄÖÉ][a-zåäöé]+[ -][A-ZÅÄÖÉ]))"
                     r"(?P<who>[^()/]+?)\)?\s*$", title) if not lab else None
        if not m and not lab:
            return title, []
        head, who = (title[:lab.start()], lab.group("who")) if lab else (m.group("t"), m.group("who"))
        names = []
        # (a presenter's label before the names: "... – föredragande Anna Holm", "... (dragande: Per Ek)")
        who = re.sub(r"^(?:föredragande|föredragare|dragande|presentatör)\s*:?\s+", "", who, flags=re.I)
        # (a verb of taking part or presenting after the names: "... – Anna Holm deltar", "... – Per Ek och Eva Ek
        # medverkar", "(Lisa Berg informerar)")
        who = re.sub(r"\s+(?:deltar|medverkar|närvarar|narvarar|informerar|föredrar|foredrar|presenterar|redovisar"
                     r"|berättar|berattar)(?:\s+(?:digitalt|på plats|via teams))?\s*\.?$", "", who, flags=re.I)
        for part in re.split(r"\s+och\s+|\s*;\s*|\s*,\s*(?=[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+[A-ZÅÄÖ])",
                             who):
            name = part.split(",")[0].strip()
            if _name_like(name) and self._accept_name(name):
                names.append(name)
            elif names and self.orgs.resolve(part.strip()):
                continue
            else:
                return title, []
        return (head, names) if names else (title, [])

    def _announced_title(self, title: str) -> bool:
        """The title is one of the agenda announced before the items (folded, without its number)."""
        return any((hit := item_number(self.L(n).text)) is not None and hit[1]
                   and fold(hit[1]).strip(" .:") == fold(title).strip(" .:") for n in self.announced_agenda)

    def _report_items(self, start: int, end: int, sentences: bool = True) -> list[Item]:
        """A report of a meeting with no items of its own (a web page's news, a newsletter's text, a mailed summary):
        its matters as the report tells them, unnumbered, in order of their lines: a bullet's short heading over the
        indented text under it (" • Ekonomi" / "     Styrgruppen har ..."); else a programme's short bullets under a
        lead-in, half of them naming who presents after a dash ("Under dagen diskuterades fyra teman:" / " •
        Korttidsvistelse enligt LSS – Petra Hornstra, Region Kalmar län"); a paragraph opening with a label and a
        sentence ("Ekonomi: Nätverket har för 2046 ...", "MOBILT TEAM. Socialchef X föredrog ärendet ...", its
        presenters read as an item of minutes'), and a person's presenting sentence (`_presenting_sentences`): the
        matter presented its title, as far as its first line goes, the person its presenter, its text on to the next
        matter presented in the paragraph (`sentences`: the meeting itself told in a sentence or a report,
        `Extraction.reported`; minutes with no items keep their sentences as text)."""
        items: list[Item] = []
        rows = [n for n in range(start, end + 1) if not self.L(n).blank and not self.L(n).layout]
        bullets = []
        for n in rows:
            head = re.fullmatch(r"(\s*)[•·▪*–-]\s+([A-ZÅÄÖ][^.:!?]{1,70})", self.L(n).raw.rstrip())
            nxt = self._next_nonblank(n, end)
            indent = len(head.group(1)) if head else 0
            if head and len(head.group(2).split()) <= 8 and not _FINITE_VERB.search(kw(head.group(2), self.lx)) \
                    and nxt is not None and len(self.L(nxt).raw) - len(self.L(nxt).raw.lstrip()) > indent + 1 \
                    and not re.match(r"\s*[•·▪*–-]\s", self.L(nxt).raw):
                bullets.append((n, head.group(2).strip()))
        if len(bullets) >= 2:
            for k, (n, title) in enumerate(bullets):
                last = (bullets[k + 1][0] - 1) if k + 1 < len(bullets) else end
                while last > n and (self.L(last).blank or self.L(last).layout):
                    last -= 1
                # (who presents it in the text under it: "Sanna Holm redovisade hur ...")
                said = [(name, (at, at)) for at, name, _what in self._presenting_sentences(n + 1, last)]
                items.append(Item(title, (n, last), presenters=said))
            return items
        # (or the matters announced as short bullets under a lead-in, who presents each after a dash: "Under dagen
        # diskuterades fyra teman:" / " • Korttidsvistelse enligt LSS – Petra Hornstra, Region Kalmar län" / ...)
        done: set[int] = set()
        for n in rows:
            if not self.L(n).text.rstrip().endswith(":") or n in done:
                continue
            run = []
            m = self._next_nonblank(n, end) or end + 1
            while m <= end and (hit := re.fullmatch(r"\s*[•·▪*–-]\s+([A-ZÅÄÖ][^.!?:]{1,110})", self.L(m).raw.rstrip())):
                run.append((m, hit.group(1).strip()))
                m += 1
            titled = [(k, *self._title_presenters(t)) for k, t in run]
            # (a programme's shape: half of them or more name who presents; or a lead-in naming the meeting's agenda,
            # "På dagordningen den 20 oktober stod bland annat:", "Vi tog upp följande ärenden:", not another meeting's
            # on another day; a lead-in over ideas or over the people elected, "Två nya ledamöter invaldes:" / " -
            # Lina Forsberg som ansvarig för ...", is none)
            if len(run) >= 2 and (2 * sum(1 for _k, _t, who in titled if who) >= len(run) or self._agenda_lead_in(n)) \
                    and all(len(title.split()) <= 10 and not _FINITE_VERB.search(kw(title, self.lx))
                            and not self._person_entry(t)
                            for (_k, title, _who), (_k2, t) in zip(titled, run, strict=True)):
                for k, title, who in titled:
                    items.append(Item(title.strip(), (k, k), presenters=[(name, (k, k)) for name in who]))
                    done.add(k)
        n = start
        while sentences and n <= end:
            if self.L(n).blank or self.L(n).layout or n in done:
                n += 1
                continue
            a, b = self._paragraph_at(n)
            b = min(b, end)
            if a == n and (label := self._labelled_point(self.L(n).text.strip())) and len(label.split()) <= 3 \
                    and not re.fullmatch(r"(?:text|foto|foton|bild|bilder|från|till|ämne|skickat|kopia|datum|tid"
                                         r"|plats|dnr"
                                         r"|publicerad|uppdaterad|senast uppdaterad|källa)", label.lower()):
                # (who presents it, as in an item of minutes: "M0BILT TEAM. Socialchef X föredrog ärendet ..."; not
                # the label's own words taken for a name)
                items.append(Item(label, (n, b)))
                items[-1].presenters = [(name, span) for name, span in self._prose_people(n, b, items[-1], record=False)
                                        if fold(name) not in fold(label)]
                n = b + 1
                continue
            said: list[tuple[int, str | None, tuple[str, int]]] = sorted(
                s for s in self._presenting_sentences(n, b) if not re.match(r"(?:att|hur|om att|sig)\b", s[2][0]))
            # (and the matters taken up with no one presenting them, "Vi talade om X.", "X diskuterades.", on lines
            # where no one presents one)
            told = {at for at, _name, _what in said}
            said = sorted([*said, *((at, None, what) for at, what in self._topic_sentences(n, b) if at not in told)],
                          key=lambda s: (s[0], s[1] or ""))
            for k, (at, name, (title, last)) in enumerate(said):
                if k and said[k - 1][0] == at and said[k - 1][2][0] == title and name is not None:
                    items[-1].presenters.append((name, (at, at)))   # (the second of a pair presenting it together)
                    continue
                # (its text on to the next matter presented in the paragraph, or the paragraph's end: the money and
                # the decision after the presenting sentence are the matter's, "... redovisade nätverkets ekonomi" /
                # "... 95 000 kronor för 2064 ..." / "Träffen beslutade att använda pengarna så.")
                upto = said[k + 1][0] - 1 if k + 1 < len(said) else b
                items.append(Item(title, (at, max(at, last, upto)),
                                  presenters=[(name, (at, at))] if name is not None else []))
            n = b + 1
        return sorted(items, key=lambda it: it.lines)

    def _agenda_lead_in(self, n: int) -> bool:
        """The paragraph ending on line n, a colon at its end, names this meeting's agenda ("På dagordningen den 20:e
        oktober stod bland annat:", "Vi tog bland annat upp följande ärenden:"), no day in it but the meeting's."""
        a, _b = self._paragraph_at(n)
        text = " ".join(self.L(i).text.strip() for i in range(a, n + 1))
        lead = re.split(r"[.!?]\s", text)[-1]
        if not re.search(r"\b(?:dagordning\w*|föredragningslist\w*|ärendelist\w*|ärenden|punkter(?:na)?"
                         r"|tog\s+(?:vi\s+|\w+\s+)?(?:bland annat\s+)?upp|behandlades|avhandlades)\b", lead, re.I):
            return False
        when = self.ex.date if self.ex is not None else None
        return all(when is not None and (f"{y:04d}-{m:02d}-{d:02d}" == when if y else f"-{m:02d}-{d:02d}" == when[4:])
                   for _p, d, m, y, _w in _date_mentions(text))

    def _topic_sentences(self, start: int, end: int) -> list[tuple[int, tuple[str, int]]]:
        """The sentences of lines `start`..`end` that tell a matter taken up with no one presenting it: the meeting
        talking of it ("Vi talade om avvikelserna vid utskrivning.", "Gruppen diskuterade också X"), or the matter
        the subject of a verb of discussing ("Sommarens kampanj diskuterades.", "Frågan om X togs upp."); not a
        clause ("Vi talade om att ...", "hur ..."), not one presented "av" someone (`_presenting_sentences`):
        (the line, (the matter as far as its clause and its first line go, the sentence's last line))."""
        found: list[tuple[int, tuple[str, int]]] = []
        for text, spans, written in self._paragraph_texts(start, end):

            def line_at(offset: int, spans: list[tuple[int, int]] = spans) -> int:
                return next(i for pos, i in reversed(spans) if pos <= offset)

            for m in [*_TALKED_OF.finditer(text), *_DISCUSSED.finditer(text)]:
                obj = m.group("obj")
                # (nor an adverbial or a count before the verb, the subject after it: "Under dagen diskuterades ...",
                # "Många andra idéer togs upp")
                if re.match(r"(?:att|hur|vad|om|när|varför|vilka|vilken|vilket|det|den|detta|dessa|de|sig|under|vid|på"
                            r"|i|efter|före|sedan|därefter|dessutom|också|även|många|flera|några|andra|alla|inga|mycket"
                            r"|mer|samtidigt|slutligen|avslutningsvis|först|här|där|då|nu|även)\b", obj, re.I) \
                        or _FINITE_VERB.search(kw(obj, self.lx)):
                    continue
                line_end = next((pos for pos, i in spans if i == line_at(m.start("obj")) + 1), len(text))
                title = re.split(r",\s|[:;]|\s[–—]\s|\s(?:och|men)\s+att\b",
                                 text[m.start("obj"):min(m.end("obj"), line_end)])[0].strip(" ,")
                title = re.sub(r"\s*\([^()]*$|\s+(?:och|samt|men)$", "", title)
                if 1 <= len(title.split()) <= 14:
                    found.append((line_at(m.start()), (_as_written(title, text, written, m.start("obj")),
                                                       line_at(m.end("obj")))))
        return found

    def _paragraph_texts(self, start: int, end: int) -> Iterator[tuple[str, list[tuple[int, int]], str]]:
        """Each paragraph of lines `start`..`end` (none of blank or layout lines) as one text, its lines joined by a
        space, with where each line starts in it: (offset in the text, line); the text with OCR's strokes read as
        the letters they stand for ("G1asberg" as "Glasberg", `mend_strokes`), and as written, offset for offset."""
        n = start
        while n <= end:
            if self.L(n).blank or self.L(n).layout:
                n += 1
                continue
            _a, b = self._paragraph_at(n)
            b = min(b, end)
            spans: list[tuple[int, int]] = []      # (offset in the paragraph's text, line)
            written = ""
            for i in range(n, b + 1):
                spans.append((len(written), i))
                written += self.L(i).text.strip() + " "
            yield mend_strokes(written), spans, written
            n = b + 1

    def _presenting_sentences(self, start: int, end: int) -> list[tuple[int, str, tuple[str, int]]]:
        """The sentences of lines `start`..`end` in which a person presents something ("Kristin Holm gick igenom
        uppföljningen av ...", "X, title, gav en lägesbild av ...", "X höll en presentation om ...", the verb first
        after an adverbial, "Under konferensen berättade X om ...", the passive, "Läget i länet redovisades av X.",
        or a talk's heading in quotes, "... föredrag av X under rubriken "Y""): (the line, the name, (what was
        presented as far as its first line goes, the sentence's last line))."""
        found: list[tuple[int, str, tuple[str, int]]] = []
        for text, spans, written in self._paragraph_texts(start, end):

            def line_at(offset: int, spans: list[tuple[int, int]] = spans) -> int:
                return next(i for pos, i in reversed(spans) if pos <= offset)

            def as_written(s: str, at: int, text: str = text, written: str = written) -> str:
                return _as_written(s, text, written, at)

            for m in [*_PRESENTING_SENTENCE.finditer(text), *_PRESENTING_INVERTED.finditer(text),
                      *_PRESENTING_SECOND.finditer(text)]:
                name = m.group("name")
                # (the second of a pair presenting together, no clause of its own before "och": "A och B, Region
                # Kalmar län, presenterade rutinen", both presenting it)
                pair = re.split(r"[.!?]\s", text[:m.start()])[-1].strip()[:-3].strip(" ,") \
                    if m.re is _PRESENTING_SECOND else ""
                pair = pair if _name_like(pair) and self._accept_name(pair) else ""
                # (a talk named in quotes after "under rubriken" is its title, below)
                if not (_name_like(name) and self._accept_name(name)) or _UNDER_HEADING.search(m.group("obj")):
                    continue
                # (what was presented as far as its first line goes)
                line_end = next((pos for pos, i in spans if i == line_at(m.start("obj")) + 1), len(text))
                # (nor a clause after it: "assistans i skolan i Mörbylånga, där fyra elever har ...")
                title = re.sub(r"^(?:en|ett)\s+", "", re.split(r"[:;]|\s[–—]\s|,\s+(?:där|som|vilket|vilka)\s"
                                                               # (nor the next person's clause, ", och Johanna Blom
                                                               # från X berättade om ...")
                                                               r"|,?\s+och\s+(?=[A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ])",
                                                               text[m.start("obj"):min(m.end("obj"), line_end)])[0]
                               .strip(" ,"))
                # (an aside cut off at its "!": "nätverkets ekonomi (ännu ett gott år!)"; a clause's "och" at the line's
                # end, the next clause on the next line)
                title = re.sub(r"\s*\([^()]*$|\s+(?:och|samt|men)$", "", title)
                if title:
                    title = as_written(title, m.start("obj"))
                    if pair:
                        found.append((line_at(m.start("name")), as_written(pair, 0), (title, line_at(m.end("obj")))))
                    found.append((line_at(m.start("name")), as_written(name, m.start("name")),
                                  (title, line_at(m.end("obj")))))
            for m in _UNDER_HEADING.finditer(text):
                start = max((e.end() for e in re.finditer(r"[.!?]\s", text[:m.start()])), default=0)
                names = [sp for sp in find_names(text[start:m.start()], self._accept_name, self._role_follows)
                         if _name_like(sp.name)]
                if names:
                    found.append((line_at(m.start("title")), as_written(names[-1].name, start),
                                  (as_written(m.group("title").strip(), m.start("title")), line_at(m.end("title")))))
            for m in [*_PRESENTING_PASSIVE.finditer(text), *_PRESENTING_FRONTED.finditer(text)]:
                name = m.group("name")
                # (the matter's own words, not a person's doing: "X:s rapport presenterades av Y" as well)
                if not (_name_like(name) and self._accept_name(name)) \
                        or _FINITE_VERB.search(kw(m.group("obj"), self.lx)):
                    continue
                title = m.group("obj").strip(" ,")
                found.append((line_at(m.start("obj")), as_written(name, m.start("name")),
                              (as_written(title, m.start("obj")), line_at(m.end("name")))))
        return found

    def _person_doing(self, title: str) -> bool:
        """The title is a sentence of a person's doing, the name first and the verb right after it ("Sofia Hartz
        öppnade mötet och hälsade samtliga välkomna", "Anna Holm, Nybro kommun, informerade om ...")."""
        m = re.match(r"([A-ZÅÄÖ][a-zåäöé-]+(?:\s+[A-ZÅÄÖ][a-zåäöé-]+){1,2})(?:,[^,.]{2,60},)?\s+([a-zåäö]+)\b", title)
        return bool(m and _name_like(m.group(1)) and self._accept_name(m.group(1))
                    and (_PRESENTING_VERB.match(verb := kw(m.group(2), self.lx)) or _FINITE_VERB.fullmatch(verb)))

    def _labelled_point(self, title: str) -> str | None:
        """The label of a lettered point written as a label, a colon and a sentence ("Mörbylånga: Isabell Holm
        berättar att kommunen ...", "Nybro: X redovisar 31 ärenden ..."): a name or a noun phrase of one to four
        words, no verb, a sentence of three words or more with a verb after it; None for any other point."""
        # (or a stop after the label: "a/ Gemensam rekryteringskampanj. Lotta Holm, Kalmar kommun, redovisade ...")
        # (or a label in capitals with a stop: "MOBILT TEAM. Socialchef X föredrog ärendet ...")
        # (the sentence may open with a number: "Tobakstillsyn: 14 kontrollköp har gjorts ...")
        m = re.match(r"([A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,3})(?::|(?<=[a-zåäö]{3})\.|(?<=[A-ZÅÄÖ0-9]{3})\.)"
                     r"\s+([A-ZÅÄÖ\d].*)$", title)
        if m and not m.group(1)[-1].islower() and m.group(1) != m.group(1).upper():
            m = None        # (a stop after a word in capitals ends a label all in capitals only: "Kalmar FoU. Per ...")
        if not m or _FINITE_VERB.search(kw(m.group(1), self.lx)) or len(m.group(2).split()) < 3 \
                or not (_FINITE_VERB.search(kw(m.group(2), self.lx)) or _PASSIVE_VERB.search(kw(m.group(2), self.lx))
                        or re.search(r"\b[a-zåäö]{3,}(?:ar|er)\b", m.group(2))) \
                or _PROCEDURAL.match(fold(m.group(1))):
            return None
        # (a meeting's officer elected under the item electing them, "A. Ordförande: X valdes till ordförande för
        # mötet.": the item's text, no sub-item)
        if re.fullmatch(r"(?:motes)?(?:ordforande|sekreterare|justerare|justeringspersoner?|protokolljusterare)",
                        fold(m.group(1))) and re.search(r"\b(?:valdes|utsågs|väljs|utses)\b", m.group(2)):
            return None
        return m.group(1)
