"""The meeting's date, from the document's own header only (the title, short or labelled lines "Datum:", a
letterhead, a stamp, a form's field above its label, compact forms "20260605", a date without its year and the
document's years), never from another meeting or event it mentions ("Nästa möte", "föregående möte", a
conference's day).
"""

from __future__ import annotations

import datetime as dt
import re

from ..names import fold
from .extract_agenda_numbering import item_number
from .extract_dates import YEARLESS_NUMERIC, _date_mentions, _parse_date, full_year, valid_date
from .extract_model import RulesBase
from .extract_text import _FINITE_VERB
from .ocr_repair import kw

# a line that says when a meeting is held: it opens with a weekday, or a time of day follows the date
_WHEN_SHAPED = re.compile(r"^(?:(?:man|tis|ons|tors|fre|lor|son)dag(?:en)?)\b"
                          r"|\d{4}\W{0,2}\s*(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]?\d\d)?\b"
                          # (a time of day right after the year: "14 november 2050 13.00–15.30", "2050-11-14 9.00")
                          r"|\b(?:19|20)\d\d\W{0,2}\s+\d{1,2}[.:]\d\d\b")


# the words of the other events a protocol's header dates (keyword keys): its signing ("Justeringsdatum",
# "Protokollet justeras senast"), its posting on the notice board ("Anslaget sätts upp", "Anslagsdatum", "tas ned"),
# its printing, revision, version, dispatch and filing ("Utskriftsdatum", "Reviderad", "Version", "Expedierad",
# "Inkom"), a deadline ("senast"); said before the line's only date, that date is the event's, not the meeting's
_OTHER_EVENT = re.compile(r"\b(?:justera\w*|justering\w*|anslag\w*|utskri\w*|revider\w*|revidering\w*|version"
                          r"|expedier\w*|inkom\w*|upprattad\w*|senast|publicer\w*|skicka\w*|utsand\w*|utskick\w*"
                          r"|uppdaterad\w*"
                          r"|diarief\w*|registrer\w*|arkiver\w*)\b")


def _before_first_date(text: str) -> str:
    """The line's words before its first date, folded to keyword form (no diacritics, lower case)."""
    found = _date_mentions(text)
    return fold(text[:found[0][0]]) if found else fold(text)


# a date run together in eight digits after a date label ("Datum: 20300304"): year, month, day
_COMPACT_DATE = re.compile(r"^\s*(?:\w*datum|\w*dag|tid)\s*:?\s*((?:19|20)\d\d)(\d\d)(\d\d)\s*$", re.I)


# the year in two digits, as many kommuner date their protocols ("300304", "Sammanträdesdatum: 300304 kl. 13.00",
# "Tid: 300304, Stadshuset"): after a date label, or opening the line before a time of day ("300304, kl. 9–12")
_LABEL = r"(?:\w*datum|\w*dag|tid|tid och plats|plats och tid)\s*:?\s*"


# (or after the meeting's word as a title, "Ledningsgruppsmöte 630125", "Styrelsemöte 220116")
_MEETING_WORD = r"\w*(?:möte|mote|sammanträde|sammantrade|träff|traff)\s+"


_SHORT_COMPACT_DATE = re.compile(rf"^\s*(?:(?P<label>{_LABEL}|{_MEETING_WORD})(?:[^\d]{{0,60}}[,\s])?)?"
                                 r"(\d\d)(\d\d)(\d\d)"
                                 r"(?:\s*$|(?(label)\s*,|(?!))|,?\s+(?=(?:kl\.?|klockan)\s*\d|\d{1,2}[.:]\d\d))", re.I)


def _compact_date(digits: str) -> str | None:
    """A date stamp in eight digits ("20310304") or six ("310304"): year, month, day."""
    y, mo, d = (int(digits[:4]), int(digits[4:6]), int(digits[6:])) if len(digits) == 8 else \
        (full_year(int(digits[:2])), int(digits[2:4]), int(digits[4:]))
    if len(digits) == 8 and not 1900 <= y < 2100:
        return None
    return valid_date(y, mo, d)


# eight digits after a date label with the place before them or a time after ("Plats och tid: Stadshuset,
# 20310304 kl. 09:00", "Datum: 20310304 klockan 13:00, Kansliet")
_LONG_COMPACT_DATE = re.compile(rf"^\s*{_LABEL}(?:[^\d]{{0,80}}[,\s])?((?:19|20)\d{{6}})"
                                r"(?=\s*$|\s*,|\s+(?:kl\.?|klockan)\s*\d|\s+\d{1,2}[.:]\d\d)", re.I)


def _labelled_compact_date(text: str) -> str | None:
    if (long := _LONG_COMPACT_DATE.match(text)):
        return _compact_date(long.group(1))
    m = _COMPACT_DATE.match(text)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif (m := _SHORT_COMPACT_DATE.match(text)) and (m.group("label") or not text.strip().isdigit()):
        y, mo, d = full_year(int(m.group(2))), int(m.group(3)), int(m.group(4))
    else:
        return None
    return valid_date(y, mo, d)


# what may stand before a day and month in digits without the year in the header ("tisd. 16/5", "Datum: 16/5", "Den
# 16/5"): a date label, a weekday (shortened or not), "den", or nothing
_BEFORE_DIGIT_DATE = re.compile(r"\s*(?:(?:datum|tid|dag|mötesdatum|sammanträdesdatum|när)\s*:?\s*)?"
                                r"(?:(?:mån|tis|ons|tors|fre|lör|sön)(?:dag(?:en)?|d)?\.?,?\s*)?(?:den\s+)?", re.I)


# the words of a sentence on another meeting than the protocol's own ("träffades senast 2026-06-05", "nästa möte")
_ANOTHER_MEETING = re.compile(r"\b(?:nasta|senast|foregaende|forra|tidigare)\b")


# the words of a line giving its date to another meeting than the header's own ("protokollet från mötet 2026-03-12",
# "Anteckningarna från gruppens möte den 3 juni", "nästa möte ...", keyword key)
_OTHER_MEETING_WORDS = re.compile(r"(?:protokollet|anteckningarna|minnesanteckningarna) fran|foregaende|forra|tidigare"
                                  r"|nasta|kommande|senaste")


class HeaderDateRules(RulesBase):
    """The meeting's date, only from the document's own header, never from a meeting it mentions."""

    def _document_years(self) -> list[int]:
        """The years of the document's full dates and diary numbers ("2071/19"), one per mention; with none, the years
        its text names ("Medel för anhörigstöd 2057", "ram för 2071"): what a date written without its century or
        year is read in."""
        years = [y for ln in self.lines if not ln.blank for _p, _d, _m, y, _w in _date_mentions(ln.text) if y] + \
            [int(m.group(1)) for ln in self.lines for m in re.finditer(r"\b((?:19|20)\d\d)\s*/\s*\d{1,5}\b", ln.text)]
        return years or [int(m.group(1)) for ln in self.lines[1:]
                         for m in re.finditer(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/-])", ln.text)]

    def _main_year(self) -> int | None:
        """The year the document names most (`_document_years`; of two as often, the earlier): the year of a day
        written without one ("den 2/3", "den 18.9")."""
        if (issue := self._issue_year()) is not None:
            return issue
        years = self._document_years()
        return max(sorted(set(years)), key=years.count) if years else None

    def _issue_year(self) -> int | None:
        """The year of the issue a newsletter's or member magazine's head names ("Nummer 4 2067", "Medlemsbladet ...,
        nr 3 2068", "Nr 2/2068"): the year of the days its report names without one, whatever years its text names
        more (next year's plans, last year's figures)."""
        for ln in [ln for ln in self.lines if not ln.blank][:8]:
            if m := re.search(r"\b(?:nr|nummer|no)\.?\s*\d{1,2}\s*[/,]?\s*((?:19|20)\d\d)\b", ln.text, re.I):
                return int(m.group(1))
        return None

    def _stamp_date(self, digits: str) -> str | None:
        """A date stamp ("20710608", "710608"): six digits take the century nearest the document's years
        (`_document_years`; with none, `full_year`'s)."""
        if len(digits) == 8:
            return _compact_date(digits)
        years = self._document_years()
        yy = int(digits[:2])
        if not years:
            return _compact_date(digits)
        common = max(set(years), key=lambda y: (years.count(y), y))
        year = min((c + yy for c in (1900, 2000, 2100)), key=lambda y: abs(y - common))
        return _compact_date(f"{year}{digits[2:]}")

    def _form_date_above(self, title: int) -> tuple[str, int] | None:
        """The date of a document form's head above the title, its labels in a block over their values ("Datum" /
        "Diarie nr" / "År/löp nr" / "2068-02-09" / "LGL 2068/14" / ... / "Mötesanteckning Brukarråd"): a line that
        is a full date alone, within eight lines above the title, a "Datum" label alone on a line above it."""
        for n in range(title - 1, max(0, title - 9), -1):
            ln = self.L(n)
            if ln.blank or not re.fullmatch(r"\d{4}-\d\d-\d\d", ln.text.strip()):
                continue
            if any(re.fullmatch(r"(?:motes|sammantrades)?datum:?", self.L(m).key.strip())
                   for m in range(max(1, n - 5), n)) and (d := _parse_date(ln.text, None)):
                return d, n
        return None

    def _header_date(self, n: int, title: int, other_events: bool = False) -> str | None:
        """The meeting's date on a header line: the title's, a standalone or labelled date ("Datum:",
        "Tid:"), or the date of the meeting sentence ("... ägde rum 7 november 2025"); never a date a
        line gives another meeting ("protokollet från mötet 2026-03-12", "nästa möte ...")."""
        ln = self.L(n)
        if (d := self._under_date_label(n)) is not None:
            return d or (None if not other_events else _parse_date(ln.text, None))
        # (a bullet before the label: " • Datum: 870414")
        d = _parse_date(ln.text, None) or _labelled_compact_date(re.sub(r"^\s*[•·▪*–-]\s+(?=\w)", "", ln.text))
        # (the day and month at the line's end, the year opening the next line: "Fört vid sammanträde torsdagen den
        # 14/6" / "2035 Kommunhuset, Emmaboda.")
        if not d and re.search(r"\bden\s+\d{1,2}/\d{1,2}\s*$", ln.text) and n < len(self.lines) \
                and (yr := re.match(r"\s*((?:19|20)\d\d)\b(?![-./]\d)", self.L(n + 1).text)):
            d = _parse_date(f"{ln.text.rstrip()} {yr.group(1)}", None)
        if not d and len(ln.cells) > 1:     # (a labelled date stamp in the left column: "Datum: 830415      Name, Org")
            d = _labelled_compact_date(ln.cells[0])
        if not d and n == title:    # the title's date stamp after its words ("Protokoll Beredningen 310304")
            d = _compact_date(m.group(1)) if (m := re.search(r"\s(\d{6}|\d{8})\s*$", ln.text)) else None
        if not d:
            return None
        k = ln.key
        if _OTHER_MEETING_WORDS.search(k):
            return None
        if not other_events and _OTHER_EVENT.search(_before_first_date(ln.text)) and len(_date_mentions(ln.text)) <= 1:
            return None     # "Justeringsdatum: ...", "Anslaget tas ned ...", "Reviderad ...": another event's date
        # (a web page's by-line, the day it was published and who wrote it: "25 juni, 2046 av mariaragnarsson")
        if not other_events and len(ln.text.split()) <= 7 \
                and re.search(r"(?:19|20)\d\d\s*,?\s+av\s+[\w.@-]+(?:\s+[\w.@-]+)?\s*$", ln.text):
            return None
        # (a label of the date, or of the place and time together: "Plats och tid: Stadshuset, Nybro, 4 mars 2030")
        if n == title or len(ln.text.split()) <= 8 or re.match(
                r"^(?:datum|tid|dag|motesdatum|sammantradesdatum|motesdag|plats och tid|tid och plats|nar)\b", k):
            return d
        # a title of its own further down the header ("Protokoll från samordnande grupp Äldre med ... den 17 april
        # 2046", "MINNESANTECKNINGAR från gemensam presidiekonferens i Kalmar 14–15 februari 2047"): no sentence
        if self._title_shaped(ln) and not _FINITE_VERB.search(k) and not ln.text.rstrip().endswith("."):
            return d
        if re.search(r"genomfordes|agde rum|holls|sammantrade|traffades", k):
            return d
        # (the title's words going on under it: "PROTOKOLL" / "" / "Fört vid Arbetsgruppen för X:s möte den 13
        # februari 2092")
        if title < n <= title + 3 and re.match(r"(?:fort|forda)\s+(?:vid|over)\b", k):
            return d
        # (a line opening with the meeting's word under the title: "Arbetsgruppsmöte nr 6, 9 oktober 2084, ...")
        if title < n <= title + 3 and re.match(r"\w*(?:mote|sammantrade|traff)\b", k) and not _FINITE_VERB.search(k):
            return d
        # (the body named on a line of its own with the date after it: "Vård- och omsorgscollege Kalmar län, regional
        # styrgrupp 20 juni 2084")
        if n <= title + 6 and re.search(r"[\w-]*(?:grupp|gruppen|natverk|natverket|rad|radet|utskott|utskottet"
                                        r"|styrelse|styrelsen|college)\b", _before_first_date(ln.text)) \
                and not _FINITE_VERB.search(k) \
                and not ln.text.rstrip().endswith(".") and re.search(r"\d{4}\s*$", ln.text):
            return d
        # (the place and "den" before the date right under the title, another sentence after it: "Kommunförbundets
        # lokaler, Kalmar den 23 november 2033. 9 personer deltog.")
        if title < n <= title + 2 and re.search(r"\bden\s*$", before := _before_first_date(ln.text)) \
                and not _FINITE_VERB.search(kw(before, self.lx)) and len(before.split()) <= 8:
            return d
        # "Onsdagen 16 maj 2029 klockan 10–12 i ...": a weekday or a time of day ("18 augusti 2061, 09:00-11:30")
        if _WHEN_SHAPED.search(k) or _WHEN_SHAPED.search(ln.text.lower()):
            return d
        # the date opening the line, a word before it at most and "den" ("torsdagcn den 18 augusti 2061, 09:00-11:30,
        # Folkets hus": a weekday a scan damaged) right under the title
        if n <= title + 3 and re.fullmatch(r"\s*(?:[a-z]{3,12}\s*)?(?:\bden)?\s*", _before_first_date(ln.text)):
            return d
        # a header in two columns ("Länsgemensam ledning i samverkan      Tisdag 11 juni 2041, kl. 13-16"): the
        # column holding the date is a header line of its own
        for cell in ln.cells[1:] if len(ln.cells) > 1 else []:
            ck = kw(cell, self.lx)
            if (dc := _parse_date(cell, None)) and (len(cell.split()) <= 8 or _WHEN_SHAPED.search(ck)) \
                    and not _OTHER_MEETING_WORDS.search(ck):
                return dc
        return None

    def _only_header_date(self, header: list[int]) -> tuple[str, int] | None:
        """Where no rule of a header's shapes reads its date: the one full date its lines give, in a sentence or any
        other shape ("Konstituerande möte för samordnande grupp X, mandatperioden 2037-2038, den 11 mars 2037."), on
        a line naming no other meeting or event ("Protokollet från förra mötet ...", "Justerat ..."); with two dates
        or more, none (which is the meeting's no shape says)."""
        found: dict[str, int] = {}
        for n in sorted(header):
            ln = self.L(n)
            dates = [d for _p, day, month, y, _w in _date_mentions(ln.text) if y and (d := valid_date(y, month, day))]
            if dates and not _OTHER_MEETING_WORDS.search(ln.key) \
                    and not _OTHER_EVENT.search(_before_first_date(ln.text)):
                for d in dates:
                    found.setdefault(d, n)
        return next(iter(found.items())) if len(found) == 1 else None

    def _labelled_meeting_date(self, title: int) -> tuple[str, int] | None:
        """The meeting's date under its own label further down the front page than the header reaches, before the
        first agenda item ("Sammanträdesdatum: 2046-09-04" in an "ANSLAG / BEVIS" block under the signatures)."""
        for n in range(title + 1, len(self.lines) + 1):
            ln = self.L(n)
            if ln.blank or n in self.furniture:
                continue
            if item_number(ln.text) is not None and not _parse_date(ln.text, None):
                return None
            if re.match(r"(?:sammantradesdatum|motesdatum|sammantradesdag)\b", ln.key) \
                    and (d := _parse_date(ln.text, None)):
                return d, n
        return None

    def _under_date_label(self, n: int) -> str | None:
        """A header's values under a row of labels ("Datum:   Tid:   Plats:" over "5 jun 2031   09:00-11:30
        Stadshuset"): the date in the value under the date's label (by its column, or its place in the row),
        also written in six or eight digits ("310304"); "" where the only date stands under another event's label
        ("Justeringsdatum:"); None where no row of labels stands over the line."""
        ln = self.L(n)
        above = self._prev_nonblank(n)
        if above is None or above != n - 1 and not self.L(n - 1).blank:
            return None
        labels = [c.strip() for c in self.L(above).cells] if len(self.L(above).cells) > 1 else \
            re.findall(r"[^\s:][^:]{0,30}:", self.L(above).text)
        if len(labels) < 2 or not all(re.fullmatch(r"[A-ZÅÄÖ][\wåäöÅÄÖ ]{1,30}:?", c.strip()) for c in labels) \
                or not any(re.fullmatch(r"\w*datum|dag|datum och tid|tid och datum", fold(c).strip(" :"))
                           for c in labels):
            return None
        cells = ln.cells if len(ln.cells) > 1 else [ln.text]
        other = None
        for i, cell in enumerate(cells):
            label = fold(labels[i]).strip(" :") if len(cells) == len(labels) else ""
            d = _parse_date(cell, None) or (_compact_date(cell.strip()) if re.fullmatch(r"\d{6}|\d{8}", cell.strip())
                                            else None)
            if d and _OTHER_EVENT.search(label):
                other = ""
            elif d:
                return d
        return other

    def _letterhead_date(self, title: int) -> str | None:
        """The meeting's date in the letterhead the template repeats on every page, taken for a running header: its
        label alone over the date or the date after it, right by the title ("SAMMANTRÄDESPROTOKOLL   1 (4)" /
        "Sammanträdesdatum" / "2055-03-24" on each page); never another event's date ("Utskriftsdatum ...")."""
        near = [n for n in range(max(1, title - 3), title + 5) if n in self.furniture]
        back = {n: self._as_written(n) for n in near}
        for n in near:
            ln = back[n]
            # (the label in a cell of its own right of the body's name: "Samordnande grupp Psykisk hälsa
            # Sammanträdesdatum 2067-03-10")
            cell = next((c for c in ln.cells[1:] if re.match(r"(?:sammantradesdatum|motesdatum|sammantradesdag)\b",
                                                             kw(c, self.lx)) and _parse_date(c, None)), None)
            if cell is not None and not _OTHER_EVENT.search(kw(cell, self.lx)):
                return _parse_date(cell, None)
            # (the label a cell of its own right of the body's name, the date alone on the letterhead's row under it:
            # "Krisledningsnämnden      Sammanträdesdatum" / "                         2076-01-22")
            label = any(re.fullmatch(r"(?:sammantradesdatum|motesdatum|sammantradesdag|datum):?", kw(c, self.lx))
                        for c in ln.cells[1:])
            under = back.get(n + 1)
            if label and under is not None and len(under.cells) == 1 and (d := _parse_date(under.text, None)) \
                    and len(under.key.split()) <= 4:
                return d
            if not re.match(r"(?:sammantradesdatum|motesdatum|sammantradesdag|datum)\b", ln.key) \
                    or _OTHER_EVENT.search(ln.key):
                continue
            if (d := _parse_date(ln.text, None)):
                return d
            # (the label alone, its date on the next line of the letterhead)
            if re.fullmatch(r"(?:sammantradesdatum|motesdatum|sammantradesdag|datum):?(?: sid(?:a)?)?", ln.key) \
                    and n + 1 in back and len(back[n + 1].key.split()) <= 4:
                return _parse_date(back[n + 1].text, None)
        # (the label a cell of the title's row or a letterhead row, its date in the same column of the row under it:
        # "PROTOKOLL      Sammanträdesdatum      Sida" / "Styrgrupp Barn och unga      9 juni 2065      1 (6)")
        for n in sorted({title, *near}):
            row = back.get(n) or self.L(n)
            under = back.get(n + 1) or (self.L(n + 1) if n < len(self.lines) else None)
            if under is None or len(row.cells) < 2 or len(under.cells) != len(row.cells):
                continue
            for i, cell in enumerate(row.cells):
                if re.fullmatch(r"(?:sammantradesdatum|motesdatum|sammantradesdag|datum):?",
                                kw(cell, self.lx).strip()) \
                        and (d := _parse_date(under.cells[i], None)):
                    return d
        return None

    def _yearless_date(self, header: list[int], title: int) -> tuple[str, int] | None:
        """The meeting's date written without its year in the header ("Mötesdatum: Torsdag 7 april 09:00-11:30",
        "Tisdag 4 mars kl. 13"): a day and month under a date label or with a weekday or a time of day beside
        it. Its year is the one the document's other full dates stand nearest (a next meeting, a deadline, the
        diary number's year), and where a weekday is written, a year within one of those whose calendar puts
        the day on that weekday. None when the document gives no year at all."""
        years = self._document_years()
        if not years:
            return None
        for n in header:
            ln = self.L(n)
            k = ln.key
            if _OTHER_MEETING_WORDS.search(k) \
                    or _OTHER_EVENT.search(_before_first_date(ln.text)):
                continue
            found = [(d, m) for _p, d, m, y, _w in _date_mentions(ln.text) if y is None]
            # (or in digits, day before month, "tisd. 16/5, kl. 10.00", with no full date on the line)
            if not found and not any(y for *_r, y, _w in _date_mentions(ln.text)):
                # (only where nothing but a date label, a weekday or "den" stands before it: "Datum: 16/5",
                # "Fre 9/5", "16/5, kl. 10"; not a dossier's or an attachment's numbers, "Dnr 3/12 kl. 10.00")
                # (or a weekday right before it in a sentence of the title: "Protokoll fört vid möte nr 2/2071
                # tisdagen den 14/4 kl. 13")
                found = [(int(m.group(1)), int(m.group(2))) for m in YEARLESS_NUMERIC.finditer(ln.text)
                         if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12
                         and (_BEFORE_DIGIT_DATE.fullmatch(ln.text[:m.start()])
                              or re.search(r"\b(?:man|tis|ons|tors|fre|lor|son)dag(?:en)?(?:\s+den)?\s*$",
                                           fold(ln.text[:m.start()])))]
            if not found or not (n == title or re.match(r"^(?:datum|tid|dag|motesdatum|sammantradesdatum|motesdag"
                                                       r"|plats och tid|tid och plats|nar)\b", k)
                                 or _WHEN_SHAPED.search(k) or re.search(r"\b\d{1,2}[.:]\d\d\b", ln.text)
                                 # (or the hour after "kl", "kl 9–12")
                                 or re.search(r"\bkl\s*\d", k)):
                continue
            day, month = found[0]
            # (the weekday also shortened before the day: "tisd. 16/5", "fre 9/5", the key "tisd 16 5", "fre 9 5"; a
            # key has no full stops)
            weekday = re.search(r"\b(man|tis|ons|tors|fre|lor|son)(?:dag(?:en)?\b|d?\b(?=\s+(?:den\s+)?\d))", k)
            wanted = ["man", "tis", "ons", "tors", "fre", "lor", "son"].index(weekday.group(1)) if weekday else None
            common = max(set(years), key=lambda y: (years.count(y), y))
            best = None
            for year in sorted({y + dy for y in set(years) for dy in (-1, 0, 1)}, key=lambda y: abs(y - common)):
                try:
                    when = dt.date(year, month, day)
                except ValueError:
                    continue
                if wanted is None or when.weekday() == wanted:
                    best = when
                    break
            if best is not None:
                return best.isoformat(), n
        return None

    def _meeting_day_before_stamp(self, date: str, line: int) -> tuple[str, int] | None:
        """The day a report's sentence of the meeting gives, where the date read is a web page's, a mail's or a
        newsletter's stamp ("Publicerat 2063-06-12", "Skickat: den 22 oktober 2068", a date alone on its line): a
        line of the first forty that tells the meeting held ("Den 18 maj 2057 höll ...", "I fredags, den 19 oktober,
        genomfördes ...", "Vi träffades ... i fredags, den 8 juni", "§1 Mötet öppnades 2057-03-13"), its day up to
        fourteen days before the stamp (a day written without its year in the stamp's year), no word of another
        meeting before it ("förra", "nästa", "från mötet den ..."): (that day, its line); None where no line does."""
        stamp_line = self.L(line)
        rest = re.sub(r"\d", "", _STAMP_DATE.sub("", stamp_line.text)).strip(" :,.-–|")
        if not (_STAMP_WORDS.search(stamp_line.key) or len(rest.split()) <= 1):
            return None
        try:
            stamp = dt.date.fromisoformat(date)
        except ValueError:
            return None
        for ln in [ln for ln in self.lines if not ln.blank and ln.n != line][:40]:
            k = ln.key
            if not _MEETING_HELD.search(k):
                continue
            days = [(p, d, m, y) for p, d, m, y, _w in _date_mentions(ln.text)]
            days += [(m.start(), int(m.group(1)), int(m.group(2)), None) for m in YEARLESS_NUMERIC.finditer(ln.text)
                     if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12]
            for p, d, m, y in sorted(days):
                before = fold(ln.text[:p])
                if _OTHER_MEETING_WORDS.search(before) or re.search(r"\bfran\s+(?:motet|sammantradet)\b", before):
                    break
                try:
                    day = dt.date(y or stamp.year, m, d)
                except ValueError:
                    continue
                if dt.timedelta(days=1) <= stamp - day <= dt.timedelta(days=14):
                    return day.isoformat(), ln.n
        return None


# a web page's, a mail's or a newsletter's stamp of its own date: the words on its line ("Publicerat 2063-06-12 av X",
# "Skickat: den 22 oktober 2068 09:14", "Nyheter 2057-05-21")
_STAMP_WORDS = re.compile(r"\b(?:publicerad|publicerat|skickat|skickad|uppdaterad|uppdaterat|postat|inlagd|nyheter"
                          r"|nyhet|aktuellt)\b")
_STAMP_DATE = re.compile(r"\b\d{4}-\d\d-\d\d\b|\b\d{1,2}\s+[A-Za-zåäöÅÄÖ]+\s+\d{4}\b|\bkl\.?\s*\d")
# the meeting told held in a report's sentence (keyword form): its verb, or the meeting opened
_MEETING_HELD = re.compile(r"\b(?:holl|holls|genomfordes|genomforde|gick av stapeln|traffades|samlades|mottes"
                           r"|sammantradde|agde rum|hade vi"
                           # (or those taking part in it thanked, "tack alla som deltog på onsdagens nätverksträff")
                           r"|deltog (?:pa|i|vid) (?:\w+ ){0,3}?\w*(?:mote|motet|traff|traffen|sammantrade|sammantradet"
                           r"|konferens|konferensen)"
                           r"|var det\b.*\b(?:mote|traff|natverkstraff)|motet oppnades|oppnades)\b")
