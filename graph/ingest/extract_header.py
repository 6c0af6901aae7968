"""The meeting a protocol records: its title, kind, date, place, participants and body.

- the meeting: a title line ("Protokoll ...", "Sammanträdesprotokoll ...", "Minnesanteckningar ...")
  with the kind (Länsgemensam ledning, presidiekonferens, presidiemöte); the date only from the
  document's own header (the title, short or labelled lines "Datum:", the meeting sentence, before
  the first agenda item: 2026-06-05, "5 juni 2026", 05/06/2026, "2026-06-05 kl. 09.00"), never from a
  meeting the body mentions, and a warning when the header has none; place and participants from "...
  genomfördes/hölls/ägde rum på PLACE med ca N deltagare", "Plats: ...", "Antal deltagare: N".
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from ..names import edits, fold, slug
from .extract_agenda_headings import _TOC_ENTRY, LETTERED_MARK
from .extract_agenda_numbering import item_number, read_line
from .extract_dates import YEARLESS_NUMERIC, _date_mentions, _parse_date, full_year
from .extract_model import Extraction, Line, RulesBase
from .extract_text import _FINITE_VERB, _INLINE_HEAD, _PASSIVE_VERB, GROUP_TYPES
from .names_found import GIVEN_NAMES, plausible_name
from .ocr_repair import kw, repair_text
from .reading import IngestError

# a group's kind by the word naming it (keyword form): a group no record defines gets this type
_GROUP_WORDS = [(r"arbetsgrupp(?:en)?", "working-group"), (r"styrgrupp(?:en)?", "steering-group"),
                (r"processgrupp(?:en)?", "process-group"), (r"natverk(?:et)?", "network"),
                (r"referensgrupp(?:en)?", "working-group"), (r"projektgrupp(?:en)?", "working-group"),
                (r"arbetsutskott(?:et)?", "working-group")]

# a word naming a body that meets (keyword key): "Närvårdsgrupp", "Styrgruppen", "Beredningen", "Nätverket",
# "Patientnämnden", "Arbetsutskottet", "Brukarrådet", "Primärvårdsledningen"
_BODY_WORD = re.compile(r"^(?:\S+\s+){0,3}?[\w-]*(?:grupp|gruppen|natverk|natverket|beredning|beredningen|utskott"
                        r"|utskottet|namnd|namnden|rad|radet|ledning|ledningen|styrelse|styrelsen|konferens"
                        r"|konferensen|forum|forumet|direktion|direktionen|kommitte|kommitten"
                        # (an association meeting as its board: "Civilförsvarsföreningen Kalmarsund")
                        r"|foreningen)\b")

# a protocol's title word: "Protokoll", "Sammanträdesprotokoll", "Minnesanteckningar" (keyword keys)
# (an extract of a protocol too: "Protokollsutdrag", "Protokollutdrag")
# (and one note of a meeting: "Mötesanteckning Brukarråd", "Minnesanteckning")
_TITLE_WORD = re.compile(r"\w*protokoll(?:s?utdrag)?|(?:minnes|motes)?anteckningar|(?:minnes|motes)anteckning")

# a table of contents' line: a title, dots or a wide gap, a page number ("Föregående protokoll ....... 3")
_TOC_LINE = re.compile(r"(?:\.{3,}|…|\s{4,})\s*\d{1,3}\s*$")

# a line that says when a meeting is held: it opens with a weekday, or a time of day follows the date
_WHEN_SHAPED = re.compile(r"^(?:(?:man|tis|ons|tors|fre|lor|son)dag(?:en)?)\b"
                          r"|\d{4}\W{0,2}\s*(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]?\d\d)?\b"
                          # (a time of day right after the year: "14 november 2050 13.00–15.30", "2050-11-14 9.00")
                          r"|\b(?:19|20)\d\d\W{0,2}\s+\d{1,2}[.:]\d\d\b")


def _place(text: str) -> str | None:
    """Where a meeting sentence or line says the meeting was held."""
    m = re.search(r"^\s*(?:plats|lokal|mötesplats)\s*:\s*(.+?)\s*(?:[.;]\s|$|\s+(?:deltagare|antal)\b)", text, re.I)
    if m:
        return re.sub(r"\s*\([^)]*\)$", "", m.group(1).strip(" ,.")) or None
    # "Tid och plats: torsdagen den 23 januari 2031 kl. 09.00–11.45, Regionhuset, Kalmar" (also as two columns):
    # the place is what is left without the day, the date and the time
    m = re.search(r"^\s*(?:tid och plats|plats och tid)\s*(?::|\s{2,}|\t)\s*(.+?)\s*$", text, re.I)
    if m:
        rest = m.group(1)
        rest = _without_dates(rest)
        rest = re.sub(r"\b(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[–—-]\s*\d{1,2}[.:]\d{2})?"
                      r"|\b(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\b|\bden\b|\bkl\.?", " ", rest, flags=re.I)
        parts = [p.strip(" .") for p in rest.split(",") if p.strip(" .")]
        return ", ".join(parts) or None
    m = re.search(r"(?:genomfördes|hölls|ägde rum)\s+(?P<place>(?:digitalt|på distans|via)\b.*?)"
                  r"(?:\s+med\b|[.](?:\s|$)|$)", text)
    if m:
        return m.group("place").strip(" ,")
    # (not the count after it: "... på Kommunförbundet i Kalmar län, Kalmar, 16 deltagare deltog.")
    m = re.search(r"(?:genomfördes|hölls|ägde rum)[^.]*?\b(?:på|i)\s+(?P<place>[A-ZÅÄÖ].+?)"
                  r"(?:\s+med\b|,\s*(?:ca\s+)?\d{1,4}\s+(?:deltagare|personer|ombud)\b|[.](?:\s|$)|$)", text)
    return m.group("place").strip(" ,") if m else None


def _participants(text: str) -> int | None:
    """How many took part, as a meeting sentence or line says it ("med ca 100 deltagare", "Antal
    deltagare: 30", "Deltagare: 30 personer", "Cirka 30 personer deltog")."""
    for pattern in (r"\b(?:ca\.?|cirka|omkring|ungefär|runt|drygt|knappt)\s*(\d+)\s+(?:deltagare|personer)",
                    r"\bantal\s+deltagare\s*:?\s*(?:ca\.?\s*|cirka\s+)?(\d+)\b",
                    r"\bdeltagare\s*:\s*(?:ca\.?\s*|cirka\s+)?(\d+)\b",
                    r"\b(\d+)\s+(?:deltagare|personer\s+deltog)\b"):
        m = re.search(pattern, text, re.I)
        if m:
            return int(m.group(1))
    return None


# a remark in brackets closing a line ("(utkast)", "(justerat, sänt till ledamöterna)")
_BRACKET_REMARK = re.compile(r"\s*[(\[][^()\[\]]{2,120}[)\]]\s*$")
# a bracket at a text's end, of any length ("Beredningen – protokoll (utkast)", "... [justerade]")
_TRAILING_BRACKET = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")


def _without_dates(text: str) -> str:
    """The text with every date it gives blanked out ("Beredningen 2033-02-10", "den 4 mars 2031")."""
    for _at, _d, _m, _y, written in _date_mentions(text):
        text = text.replace(written, " ")
    return text


def _met_body(text: str) -> str | None:
    """The body a title names after the meeting's word ("Protokoll fört vid möte inom SIP-gruppen södra länet i Nybro
    2078-09-14.", "Minnesanteckningar från möte med Arbetsgruppen för X"): up to a place, a comma, a date or the
    end; None where it names none."""
    after = re.search(r"m[öo]te\s+(?:för|med|inom)\s+(?P<body>\w.*?)"
                      r"(?=\s+i\s+(?![A-ZÅÄÖ]\w*s?\s+kommun|Kalmar\s+län)|\s*[,.]|\s+\d{4}-\d\d-\d\d|\s*$)", text)
    return after.group("body") if after else None


def _group_type(keys: list[str]) -> str | None:
    """The type of group a name's first word for a group gives ("arbetsgruppen", "styrgrupp"), keyword keys."""
    return next((t for w in keys for pat, t in _GROUP_WORDS if re.fullmatch(rf"[\w-]*{pat}", w)), None)



# the words of the other events a protocol's header dates (keyword keys): its signing ("Justeringsdatum",
# "Protokollet justeras senast"), its posting on the notice board ("Anslaget sätts upp", "Anslagsdatum", "tas ned"),
# its printing, revision, version, dispatch and filing ("Utskriftsdatum", "Reviderad", "Version", "Expedierad",
# "Inkom"), a deadline ("senast"); said before the line's only date, that date is the event's, not the meeting's
_OTHER_EVENT = re.compile(r"\b(?:justera\w*|justering\w*|anslag\w*|utskri\w*|revider\w*|revidering\w*|version"
                          r"|expedier\w*|inkom\w*|upprattad\w*|senast|publicer\w*|skicka\w*|utsand\w*|utskick\w*"
                          r"|uppdaterad\w*"
                          r"|diarief\w*|registrer\w*|arkiver\w*)\b")


def _valid_date(year: int, month: int, day: int) -> str | None:
    """The ISO date of a year, month and day, or None where the calendar has no such day."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


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
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


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
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


def _ocr_word(key: str, word: str) -> bool:
    """Whether a (keyword form) text holds a long word with a letter or two OCR misread ("prcsidiekonferens",
    "presidiern0te"), also with an ending ("presidiekonfcrensen"): a word of its length within two edits, or whose
    beginning of that length is, its first two letters kept."""
    return any(abs(len(w) - len(word)) <= 2 and w[:2] == word[:2]
               and min(edits(w, word), edits(w[:len(word)], word)) <= 2
               for w in re.findall(r"[a-z0-9|]+", key) if len(w) >= 10)


# what may stand before a day and month in digits without the year in the header ("tisd. 16/5", "Datum: 16/5", "Den
# 16/5"): a date label, a weekday (shortened or not), "den", or nothing
_BEFORE_DIGIT_DATE = re.compile(r"\s*(?:(?:datum|tid|dag|mötesdatum|sammanträdesdatum|när)\s*:?\s*)?"
                                r"(?:(?:mån|tis|ons|tors|fre|lör|sön)(?:dag(?:en)?|d)?\.?,?\s*)?(?:den\s+)?", re.I)


# the words of a sentence on another meeting than the protocol's own ("träffades senast 2026-06-05", "nästa möte")
_ANOTHER_MEETING = re.compile(r"\b(?:nasta|senast|foregaende|forra|tidigare)\b")
# the words of a line giving its date to another meeting than the header's own ("protokollet från mötet 2026-03-12",
# "nästa möte ...", keyword key)
_OTHER_MEETING_WORDS = re.compile(r"protokollet fran|foregaende|forra|tidigare|nasta|kommande|senaste")


# the marks of a published report of a meeting in a document's first lines ("Nyhet Publicerad 2046-11-15", "Rapport
# från styrgruppsmötet", "Nyhetsbrev", "Hälsningar från gruppens möte")
_REPORT_MARK = re.compile(r"\b(?:nyhet|nyheter|publicerad|publicerat|nyhetsbrev|pressmeddelande|(?:rapport|referat"
                          r"|halsningar|nytt)\s+fran)\b")


# a header's label of the body whose meeting it is, its name after it ("Organ   Samordnande grupp Psykisk hälsa",
# "Instans   ...", a scan's "0rgan")
_ORGAN_LABEL = re.compile(r"\s*(?:[O0]rgan|Instans)\s{2,}(?=\S)")


class HeaderRules(RulesBase):
    def _header(self) -> Extraction:
        nonblank = [ln for ln in self.lines if not ln.blank]
        notice_end = 0
        title_line = next((ln for ln in nonblank[:15] if self._title_shaped(ln)), None)
        # (or the meeting's agenda sent before it: "AGENDA" / "Agenda för möte med e-hälsorådet ...")
        # (not a table of contents' line, its page number far right: "Dagordning och föregående protokoll      3")
        if any(re.match(r"kallelse\b|agenda\b|foredragningslista\b|dagordning\b", ln.key)
               and not (len(ln.cells) > 1 and re.fullmatch(r"\d{1,3}", ln.cells[-1].strip())) for ln in nonblank[:5]) \
                and (later := next(
                (back for ln in nonblank[3:] if not ln.raw[:1].isspace()
                 and self._title_shaped(back := self._as_written(ln.n) if ln.n in self.furniture else ln)
                 and any(re.match(r"(?:sammantrades|motes)?protokoll\b", kw(c, self.lx)) for c in back.cells)),
                None)):
            # a notice of the meeting with its agenda, the protocol after it ("Kallelse till sammanträde" / ... /
            # "SAMMANTRÄDESPROTOKOLL"), or in the letterhead of the protocol's every page ("Västerviks kommun
            # Socialnämndens arbetsutskott      SAMMANTRÄDESPROTOKOLL"): the protocol's title further down
            title_line = later
            self.lines[later.n - 1] = later
            notice_end = later.n - 1
        # the protocol's own date in a letterhead row over the title ("Protokoll 2031-03-09      Beredningen" over
        # "Protokoll från Beredningen den 4 mars 2031"): the title is the line under it, the row's date not the
        # meeting's
        if title_line is not None and len(title_line.cells) > 1 and _parse_date(title_line.cells[0], None) \
                and _TITLE_WORD.fullmatch(kw(title_line.cells[0].split()[0], self.lx)):
            after = [ln for ln in nonblank[:16] if ln.n > title_line.n][:1]
            if after and self._title_shaped(after[0]):
                title_line = after[0]
        # (a line naming the body with the meeting's date above a later line with the title word in it, which names
        # no date: "Beslut i korthet - presidiemöte Länsgemensam ledning i samverkan 19 september 2075" over
        # "Handlingar och protokoll - Presidiemöten", a link's words)
        if title_line is not None and not _parse_date(title_line.text, None) and title_line.n > nonblank[0].n \
                and (dated := self._dated_body_line([ln for ln in nonblank[:15] if ln.n < title_line.n])) is not None \
                and _parse_date(dated.text, None) and not _TITLE_WORD.search(title_line.key.split()[0]) \
                and not _TITLE_WORD.search(dated.key):
            title_line = dated
        # (a heading over a book of protocols above the protocol's own title, "Protokoll från Boendegruppens möten i X
        # sedan 2097." / "2099." / "Protokoll fört vid möte med Boendegruppen ... den 21 oktober 2099.": the title with
        # the meeting's date, a few lines down)
        if title_line is not None and not _parse_date(title_line.text, None) \
                and (dated := next((ln for ln in nonblank[:8] if ln.n > title_line.n and self._title_shaped(ln)
                                    and re.match(r"(?:sammantrades|motes)?protokoll\b", ln.key)
                                    and _parse_date(ln.text, None)), None)) is not None \
                and all(len(ln.key.split()) <= 2 for ln in nonblank if title_line.n < ln.n < dated.n):
            title_line = dated
        # (a web page's menu above the protocol, "Start" / "Gruppen" / "Protokoll" / "Kalender": the menu's word alone,
        # no date under it, is no title where a later line of the head is, a date on it or on the three under it:
        # "Gruppmötesprotokoll" / "SAMORDNANDE GRUPP BARN OCH UNGA" / "Gruppmöte 2036-10-15 kl. 13.00 ...")
        def dated_near(n: int) -> bool:      # a date on line n or on the three under it
            return any(_parse_date(self.L(m).text, None) for m in range(n, min(n + 4, len(self.lines) + 1)))
        if title_line is not None and re.fullmatch(r"\w*protokoll", title_line.key) and not dated_near(title_line.n) \
                and (later := next((ln for ln in nonblank[:20] if ln.n > title_line.n and _TITLE_WORD.match(ln.key)
                                    and self._title_shaped(ln) and dated_near(ln.n)), None)) is not None:
            title_line = later
        if title_line is None and self.learned.title_lines:
            title_line = self._learned_title()
        if title_line is None:
            title_line = self._title_in_letterhead()
        if title_line is None:
            title_line = self._dated_body_line(nonblank[:15])
        if title_line is None:
            title_line = self._front_page_when(nonblank[:15])
        if title_line is None:
            title_line = self._notice_box_organ(nonblank[:40])
        if title_line is None:
            title_line = self._meeting_page_title(nonblank[:12])
        if title_line is None:
            title_line = self._met_sentence(nonblank[:8])
        if title_line is None:
            title_line = self._yearless_body_line(nonblank[:6])
        if title_line is None:
            title_line = self._minutes_shaped(nonblank)
        reported: tuple[str, int] | None = None
        if title_line is None and (told := self._reported_meeting(nonblank[:60])) is not None:
            title_line, reported = told
        all_keys = " ".join(ln.key for ln in self.lines)
        domain = sum(all_keys.count(w) for w in ("lansgemensam", "samverkan", "kommun", "region kalmar",
                                                  "samordnande grupp", "presidie"))
        if title_line is None:
            if domain < 5:
                raise IngestError("this does not look like a protocol of Länsgemensam ledning i samverkan: no "
                                  "'Protokoll ...' title in the first lines and (almost) none of its bodies named")
            first = nonblank[0]
            return Extraction("document", first.text, first.n, None)
        key = title_line.key
        above = " ".join(self.L(n).key for n in range(1, title_line.n))
        # (the body's line right under the title, both in the letterhead of every page: "PROTOKOLL      1 (4)" /
        # "Presidiemöte, Länsgemensam ledning i samverkan", "SAMMANTRÄDESPROTOKOLL   Sammanträdesdatum   1 (6)" /
        # "Gemensam presidiekonferens   2056-02-16")
        for under in range(title_line.n + 1, min(title_line.n + 2, len(self.lines)) + 1):
            below = self._as_written(under).key
            if len(below.split()) <= 8 and item_number(self.L(under).text) is None:
                above = f"{above} {below}"
        # (not a table of contents' entry naming another meeting: "20  Gemensam presidiekonferens hösten 2080 ..... 6")
        lead_keys = " ".join(ln.key for ln in self.lines if not _TOC_ENTRY.search(ln.text))
        if "presidiekonferens" in key or "presidiekonferens" in lead_keys[:600] or "presidiekonferens" in above \
                or _ocr_word(lead_keys[:600], "presidiekonferens"):
            kind, of = "presidiekonferens", "presidiekonferensen"
        elif "presidiemote" in key or "presidiemote" in above or _ocr_word(f"{above} {key}", "presidiemote"):
            kind, of = "presidiemote", "presidiemoten"      # the title, or a line above it ("Presidiemöte")
        else:
            kind, of = "lgl-meeting", "lansgemensam-ledning"
        header = [n for n in self._header_lines(title_line.n) if n > notice_end]   # (not the notice's lines)
        if kind == "lgl-meeting":   # a group's own protocol ("Samordnande grupp Psykisk hälsa" by the title)
            # (else the first page's running header right under the title: "Beredningen    2033-02-10    1 (3)")
            # (or right above it: "Styrgruppen för ...    2037-09-22    Sida 1 (2)" / "PROTOKOLL")
            page_head = [self.furniture[n] for n in [*range(title_line.n + 1, title_line.n + 4),
                                                     *range(max(1, title_line.n - 3), title_line.n)]
                         if n in self.furniture]
            # (or the body labelled on a header line: "Organ   Samordnande grupp Psykisk hälsa", a scan's "0rgan")
            organ = [self.L(n).text[label.end():] for n in header if (label := _ORGAN_LABEL.match(self.L(n).text))]
            of = next((g for t in [_BRACKET_REMARK.sub("", self.L(n).text)
                                   for n in header[:3] + [n for n in header if n < title_line.n]]
                       + page_head + organ if (g := self._group_named(t))), of)
        new_group = self._new_group(sorted(n for n in header if n <= title_line.n + 1)) if kind == "lgl-meeting" \
            else None
        if kind == "lgl-meeting" and not new_group:
            new_group = self._described_group(title_line, header)
        if kind == "lgl-meeting" and not new_group and of == "lansgemensam-ledning" \
                and (body := self._header_body(title_line, header, notice_end)):
            if body[1]:
                new_group = body
            else:
                of = body[0]        # a body the records know, named with its county ("HR-chefsnätverket i Kalmar län")
        if new_group and (mended := repair_text(new_group[1], self.lx)) != new_group[1] \
                and re.search(r"\w[01]|[01]\w", new_group[1]):
            # (a scan's digits for letters in the name, "Nätverket för SIP-samordnare i Ka1mar län": the name and its
            # id as the repaired text reads them)
            new_group = (slug(mended), mended, *new_group[2:])
        if new_group:
            of = new_group[0]
        ex = Extraction("protocol", title_line.text, title_line.n, None, kind, of, notice_end=notice_end)
        if new_group:
            ex.new_groups.append(new_group)
        date_line = None
        # (a web page's news or a newsletter's report of the meeting, a title of its own above: "Gemensam
        # presidiekonferens 2046-11-13" / "Nyhet Publicerad 2046-11-15": a report, its matters as its sentences tell)
        if any(_REPORT_MARK.search(ln.key) for ln in nonblank[:8]):
            ex.reported = True
        if reported is not None:
            ex.date, date_line = reported       # a report's meeting told in its sentence: that sentence's day
            ex.reported = True
            ex.warnings.append(
                f"no minutes' title: read as a report of a meeting, the meeting told on line {reported[1]} "
                f"('{self.L(reported[1]).text.strip()[:70]}'); those present and its matters are what its sentences "
                "name, so check each against the text")
        # (a date another event's words stand before, "Justeringsdatum: ...", "Skickat: ...", only where the header
        # gives no other: a mail's sent date may be the only one its header has)
        # (a date written without its year, "Måndag 25 september 13.00", before another event's full date)
        for other_events in (False, None, True):
            if ex.date:
                break
            if other_events is None:
                if (got := self._yearless_date(header, title_line.n)):
                    ex.date, date_line = got
                    break
                continue
            for n in header:
                d = self._header_date(n, title_line.n, other_events)
                if d:
                    ex.date, date_line = d, n
                    break
            if ex.date:
                break
        if ex.date is None and (got := self._labelled_meeting_date(title_line.n)):
            ex.date, date_line = got
        if ex.date is None and (got := self._opened_on(title_line)):
            ex.date, date_line = got
        if ex.date is None and notice_end:
            # the protocol's own lines give no date: the notice's time of the meeting above it ("AGENDA" / ... /
            # "Tid: Torsdag 10 april 2075, kl 13:30"), not its date of sending ("Kalmar 3.4.2075")
            ex.date = next((d for n in range(1, notice_end + 1)
                            if re.match(r"(?:tid|datum|dag|motesdatum|sammantradesdatum|tid och plats)\b\s*:?",
                                        self.L(n).key) and not _OTHER_EVENT.search(self.L(n).key)
                            and (d := _parse_date(self.L(n).text, None))), None)
        if ex.date is None and (got := self._letterhead_date(title_line.n)):
            ex.date = got
        if ex.date is None and (got := self._form_date_above(title_line.n)):
            ex.date, date_line = got
        if ex.date is None:
            # (the meeting's weekday and date on a line right above a title word alone: "SAMMANTRÄDE I SAMORDNANDE
            # GRUPP ÄLDRE" / "HOS HÖGSBY KOMMUN, KOMMUNHUSET måndagen den 28 augusti 2084" / "PROTOKOLL")
            for m in range(title_line.n - 1, max(0, title_line.n - 3), -1):
                k = self.L(m).key
                if (d := _parse_date(self.L(m).text, None)) \
                        and re.search(r"\b(?:man|tis|ons|tors|fre|lor|son)dag(?:en)?\s+(?:den\s+)?\d", k) \
                        and not _OTHER_EVENT.search(k) \
                        and not re.search(r"\b(?:nasta|foregaende|forra|tidigare|senaste|kommande)\b", k):
                    ex.date, date_line = d, m
                    break
        if ex.date is None and (stamp := re.match(r"\s*(\d{6}|\d{8})\s+\S", title_line.text)):
            # a date stamp opening the title ("710608 Arbetsgruppsmöte Protokoll"): six digits in the century of
            # the document's other full years
            ex.date = self._stamp_date(stamp.group(1))
            date_line = title_line.n if ex.date else None
        if ex.date is None and (got := self._only_header_date(header)):
            ex.date, date_line = got
        if ex.date is None:
            ex.warnings.append(
                f"the header (line {title_line.n} '{title_line.text[:60]}' and the lines before the first agenda "
                "item) gives no meeting date (2026-06-05, 5 juni 2026, 05/06/2026): dates further down are other "
                "meetings', so the draft holds no meeting, agenda or decisions; add the date to the title and "
                "ingest again")
        last = title_line.n
        # the meeting sentence or labelled lines (place, participants), before the first agenda item
        text_lines = [n for n in header if n > title_line.n]
        for n in text_lines:
            k = self.L(n).key
            if not re.search(r"genomfordes|agde rum|deltagare|deltog|holls|^plats\b|^lokal\b|^motesplats\b"
                             r"|^tid och plats\b", k):
                continue
            para = self._paragraph_at(n)
            para = (max(para[0], text_lines[0]), min(para[1], text_lines[-1]))
            text = repair_text(" ".join(self.L(i).text for i in range(para[0], para[1] + 1)), self.lx)
            place = _place(repair_text(self.L(n).text, self.lx)) or _place(text)
            if place and not ex.place:
                ex.place = place
            count = _participants(text)
            if count and not ex.participants:
                ex.participants = count
            if place or count:
                sentence_end = para[1]
                # (a labelled field's line is its own: "Plats: Kommunförbundet, Kalmar" over "Omfattning: §§ 17-24" and
                # the lists, no blank line between)
                # (the sentences right after it its own still: "Mötet samlade ca 40 deltagare.")
                if re.match(r"\s*[A-ZÅÄÖ][\wåäö ]{1,25}:\s+\S", self.L(n).text):
                    sentence_end = n
                    while sentence_end < para[1] and (nxt := self.L(sentence_end + 1).text.strip()).endswith(".") \
                            and not re.match(r"[A-ZÅÄÖ][\wåäö ]{1,25}:", nxt) and _FINITE_VERB.search(kw(nxt, self.lx)):
                        sentence_end += 1
                for i in range(n, sentence_end + 1):
                    if re.search(r"deltagare\b|deltog\b|\.\s*$", self.L(i).text):
                        sentence_end = i
                        break
                    # (or at a heading's word or two under it, no stop between: "Årsmötet ägde rum i Stora salen,
                    # Folkets hus i Vimmerby" / "Invigning" / "X hälsade välkommen ...": the heading the first item's)
                    if i < sentence_end and re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+){0,2}",
                                                         (nxt := self.L(i + 1)).text.strip()) \
                            and not _FINITE_VERB.search(nxt.key) and not plausible_name(nxt.text.strip()):
                        sentence_end = i
                        break
                # (not past a heading over the sentence, the first item's: "Information" / "" / "Vårträffen
                # genomfördes 22 april ..., 16 deltagare deltog." / ...: the item's text, its place and count read)
                # (the heading right over the sentence's paragraph only: a heading over other text before it,
                # "Beslut i korthet" / "Nedan redovisas ..." / "... Mötet hölls i Regionhuset.", is the header's)
                over = [m for m in range(max(title_line.n, date_line or 0) + 1, para[0])
                        if self._is_heading(m)]  # type: ignore[attr-defined]
                if not over or self._next_nonblank(over[-1], para[0]) != para[0]:  # type: ignore[attr-defined]
                    last = max(last, sentence_end)
            if ex.place and ex.participants:
                break
        if not ex.place and date_line and date_line < len(self.lines):
            # "Regionhuset, Kalmar" on its own line right under the date line: the place
            ln = self.L(date_line + 1)
            if not ln.blank and len(ln.cells) == 1 and len(ln.text.split()) <= 6 and not re.search(r"\d", ln.text) \
                    and not ln.text.rstrip().endswith(":") and not _INLINE_HEAD.match(ln.text) \
                    and not self._list_heading_kind(ln) and not plausible_name(ln.text.split(",")[0]) \
                    and not _TITLE_WORD.search(ln.key) and item_number(ln.text) is None:
                ex.place = ln.text.strip(" .")
                last = max(last, ln.n)
        ex.meeting_lines = (title_line.n, max(last, date_line or last))
        return ex

    def _dated_body_line(self, head: list[Line]) -> Line | None:
        """With no title word: a meeting-date label ("Sammanträdesdatum 2026-06-05", "Mötesdatum: 5 juni
        2026") under a short line naming a body or group ("Länsgemensam ledning"), or a line naming the body
        with the date on it or under it: that line is the title."""
        for i, ln in enumerate(head):
            if not re.match(r"(?:sammantradesdatum|motesdatum|datum)\b", ln.key):
                continue
            if not _parse_date(ln.text, None):
                # the label alone over its date ("Sammanträdesdatum" / "2053-02-12"), the body's name under them
                if not (re.fullmatch(r"(?:sammantradesdatum|motesdatum|datum):?", ln.key) and i + 2 < len(head)
                        and len(head[i + 1].key.split()) <= 4 and _parse_date(head[i + 1].text, None)):
                    continue
                below = head[i + 2]
                if 1 <= len(below.key.split()) <= 8 and not below.text.rstrip().endswith((".", ":")) \
                        and item_number(below.text) is None and self._group_named(below.text):
                    return below
                continue
            for above in reversed(head[max(0, i - 3):i]):
                words = above.key.split()
                # (or a body's word opening it: "Nätverket för kvinnofridssamordnare i Kalmar län" / "Datum: ...")
                if 1 <= len(words) <= 8 and not above.text.rstrip().endswith((".", ":")) and (
                        re.search(r"ledning|grupp|konferens|beredning|presidi|styrgrupp", above.key)
                        or self.orgs.resolve(above.text) or _BODY_WORD.match(above.key)):
                    return above
        # a line naming the body, with the meeting's date on it or on the line under it ("Samordnande grupp
        # Äldre – möte 2031-02-13", "Dokumentation från samordnande grupp Äldre" / "2031-02-13")
        for i, ln in enumerate(head[:6]):
            words = ln.key.split()
            # (a stop after the date of a meeting's word opening the line is no sentence's: "Sammanträde med
            # Integrationsnätverket i Kalmar län, 2088-03-16.")
            dated_stop = bool(re.match(r"(?:sammantrade|mote|motet|traff)\b", ln.key)) \
                and bool(re.search(r"\d\.\s*$", ln.text)) and _parse_date(ln.text, None) is not None
            if not 1 <= len(words) <= 14 or ln.text.rstrip().endswith((".", ":")) and not dated_stop \
                    or item_number(ln.text) is not None \
                    or not (re.search(r"lansgemensam(?:ma)? ledning|grupp|presidiekonferens|presidiemote|beredning",
                                      ln.key) or self._group_named(ln.text)
                            or dated_stop and _BODY_WORD.search(ln.key)
                            # (the meeting's compound word for a body: "Nätverksmöte för Nätverket för socialchefer
                            # i Kalmar län den 22:a oktober 2092")
                            or re.match(r"\w*(?:mote|sammantrade|traff)\s+(?:for|med|inom)\s", ln.key)
                            and _BODY_WORD.search(ln.key)
                            # (or after the body's name, the date last: "Nätverket för suicidpreventiva samordnare i
                            # Kalmar län nätverksmöte 2089-09-18", "GEMENSAMMA HJÄLPMEDELSNÄMNDEN I KALMAR LÄN
                            # Sammanträde 14.3.2090 kl. 13.00")
                            or _BODY_WORD.search(ln.key) and _parse_date(ln.text, None) is not None
                            and (re.search(r"\s\w*(?:mote|sammantrade|traff)\s+[\d\s:./-]+"
                                           r"(?:\s(?:kl|klockan)\s[\d\s]+)?$", ln.key)
                                 # (or the meeting's word first, the body and the date after it: "Sammanträde
                                 # Vård- och omsorgsnämnden, Emmaboda kommun 2039-09-07 kl. 13.30-16.45")
                                 or re.match(r"(?:sammantrade|motet?)\s+(?!\d)", ln.key))):
                continue
            nxt = head[i + 1] if i + 1 < len(head) else None
            # (the date line labelled as the time may be longer: "Tid   Tisdagen den 6 mars 2057 kl. 09.00-12.00", "Tid
            # och plats   Fredagen den 10 februari 2062 kl 09.00–11.45, Regionhuset, Kalmar, sal Stensö")
            # (or the meeting's word opening it: "Arbetsgruppsmöte nr 6, 9 oktober 2084, Kommunförbundet i Kalmar län")
            if _parse_date(ln.text, None) and not _FINITE_VERB.search(ln.key) or nxt is not None \
                    and (len(nxt.key.split()) <= 8 or len(nxt.key.split()) <= 20
                         and re.match(r"(?:tid|datum|dag|nar|tidpunkt|sammantradestid|motestid|plats och tid"
                                      r"|\w*(?:mote|sammantrade|traff))\b", nxt.key)) \
                    and _parse_date(nxt.text, None) \
                    and (not nxt.text.rstrip().endswith(".") or len(nxt.key.split()) <= 8) \
                    and not _FINITE_VERB.search(nxt.key):
                return ln       # (the date line no sentence: "Ledningen träffades senast 2026-06-05." is none)
        return None

    def _opened_on(self, title: Line) -> tuple[str, int] | None:
        """With no date in the header and the year in the title ("Protokoll för gemensam presidiekonferens 2099"): the
        day and month the meeting was declared open on, in the first lines after the title ("... förklarade den
        gemensamma presidiekonferensen 2099 öppnad den 24 april 09.30 i Kalmarsalen"), in the title's year; the
        title's line as the date's (the sentence is the first item's text)."""
        years = {int(y) for y in re.findall(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/-])", title.text)}
        if len(years) != 1:
            return None
        year = years.pop()
        for n in range(title.n + 1, min(title.n + 25, len(self.lines)) + 1):
            text = " ".join(self.L(m).text for m in (n, n + 1) if m <= len(self.lines))
            if not re.search(r"\b(?:öppnad|öppnat|öppnades|öppnas|förklarades? (?:\w+ ){0,6}öppen)\b", text):
                continue
            for _p, day, month, y, _w in _date_mentions(text):
                if y in (None, year):
                    try:
                        return dt.date(year, month, day).isoformat(), title.n   # (the date's line is an item's)
                    except ValueError:
                        continue
        return None

    def _yearless_body_line(self, head: list[Line]) -> Line | None:
        """With no title word and no full date in the head: a short line naming a body with a day and month but no year
        ("Gemensam presidiekonferens 20 maj, Kalmarsalen, Kalmar."), where the document's other dates give the year
        (`_yearless_date` reads it): that line is the title."""
        if not self._document_years():
            return None
        for ln in head:
            if not 2 <= len(ln.key.split()) <= 14 or item_number(ln.text) is not None or _FINITE_VERB.search(ln.key):
                continue
            if not (re.search(r"lansgemensam(?:ma)? ledning|grupp|presidiekonferens|presidiemote|beredning", ln.key)
                    or self._group_named(ln.text) or _BODY_WORD.search(ln.key)):
                continue
            if any(y is None for *_r, y, _w in _date_mentions(ln.text)) and _parse_date(ln.text, None) is None:
                return ln
        return None

    def _minutes_shaped(self, nonblank: list[Line]) -> Line | None:
        """With no title the other rules know: a text shaped as minutes all the same, a date among its first eight
        lines and, below them, a list's heading over names, or three items numbered in order with people named in
        lists' lines ("Vårens träff" / "2039-03-02" / "Närvarande" / names / "1. Mötets öppnande" / ...; not a plan's
        numbered contents): the dated line the title where it is short, else the first short line above it that is no
        sentence."""
        head = nonblank[:8]
        dated = next((ln for ln in head if _parse_date(ln.text, None) and not _ANOTHER_MEETING.search(ln.key)
                      and not _FINITE_VERB.search(ln.key)), None)
        if dated is None:
            return None
        numbers = [got[0] for ln in nonblank if ln.n > dated.n and (got := item_number(ln.text)) is not None]
        in_order = any(numbers[k:k + 3] == [a, a + 1, a + 2] for k, a in enumerate(numbers))
        below = [ln for ln in nonblank[:40] if ln.n > dated.n]
        listed = any(self._list_heading_kind(ln) and self._names_ahead(ln.n)[0] >= 2 for ln in below)
        people = sum(1 for ln in below if any(e.org or e.role for e in self._entry_of(ln)))  # type: ignore[attr-defined]
        if not (listed or in_order and people >= 2):
            return None
        if len(dated.key.split()) <= 14 and not dated.text.rstrip().endswith("."):
            return dated
        return next((ln for ln in reversed(head) if ln.n < dated.n and 1 <= len(ln.key.split()) <= 10
                     and not ln.text.rstrip().endswith((".", ":", ",")) and item_number(ln.text) is None), dated)

    def _notice_box_organ(self, head: list[Line]) -> Line | None:
        """A kommun's protocol with no title word, its first page the signatures and the notice of its adjustment
        ("Anslag/Bevis": "Organ och sammanträdesdatum   Direktionen, Kalmarsunds gymnasieförbund 2065-02-17"): the
        box's line naming the body and the meeting's date is the title."""
        for i, ln in enumerate(head):
            # (or the body and the date on lines of their own: "Organ   Gemensam presidiekonferens" /
            # "Sammanträdesdatum   2072-05-26")
            if not ln.layout and re.fullmatch(r"organ\s+\S.{0,60}", ln.key) and len(ln.cells) == 2 \
                    and i + 1 < len(head) and re.match(r"sammantradesdatum\b", head[i + 1].key) \
                    and _parse_date(head[i + 1].text, None):
                return ln
            if ln.layout or not re.match(r"(?:organ och sammantradesdatum|sammantradesdatum och organ)\b", ln.key):
                continue
            body = re.sub(r"^\S+\s+och\s+\S+\s*:?\s*", "", ln.text.strip())
            if _parse_date(body, None) and not _FINITE_VERB.search(kw(body, self.lx)):
                return ln
        return None

    def _meeting_page_title(self, head: list[Line]) -> Line | None:
        """A meeting's page of a kommun's website, its heading the word for a meeting and the date alone
        ("Sammanträde 2066-02-17", "Möte den 17 februari 2066"): that heading is the title (the body in the
        breadcrumbs above it: "Hem > Kalmar kommun > Äldrenämnden > Sammanträde 2066-02-17")."""
        for ln in head:
            if ln.layout or len(ln.cells) > 1:
                continue
            # (or a kind of meeting in one word, with the weekday: "Nätverksträff onsdagen den 9 juni 2077")
            # (or the body's word and the date alone: "Brukarråd 9/2 -83")
            # (or a note's word before it: "Kortfattat från nätverksträff 1 20990211", "Referat från möte 3 maj 2071")
            m = re.fullmatch(r"(?:(?:kortfattat|kort|referat|sammanfattning|noteringar)\s+fran\s+)?"
                             r"\w*(?:sammantrade|mote|sammankomst|traff)\s+(?:\w+dagen\s+)?(?:den\s+)?(.+)", ln.key) \
                or re.fullmatch(r"\w*(?:rad|grupp|natverk|utskott|forum|beredning)\s+(\d.{2,20})", ln.key)
            if m and (d := _parse_date(ln.text, None)) and len(ln.key.split()) <= 6 \
                    and not _FINITE_VERB.search(ln.key) \
                    and (d[:4] in ln.text or re.search(rf"[-'’]\s*{d[2:4]}\b", ln.text)):     # ("9/2 -83")
                return ln
        return None

    def _document_years(self) -> list[int]:
        """The years of the document's full dates and diary numbers ("2071/19"), one per mention; with none, the years
        its text names ("Medel för anhörigstöd 2057", "ram för 2071"): what a date written without its century or
        year is read in."""
        years = [y for ln in self.lines if not ln.blank for _p, _d, _m, y, _w in _date_mentions(ln.text) if y] + \
            [int(m.group(1)) for ln in self.lines for m in re.finditer(r"\b((?:19|20)\d\d)\s*/\s*\d{1,5}\b", ln.text)]
        return years or [int(m.group(1)) for ln in self.lines[1:]
                         for m in re.finditer(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/-])", ln.text)]

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

    def _met_sentence(self, head: list[Line]) -> Line | None:
        """A summary with no title word, the meeting told in its first sentence: "<body> träffades 22 januari 2069 i
        Regionhuset, Kalmar." (or "sammanträdde", "möttes"), the body its subject; "Den 17 oktober hölls temamöte i
        <body>."; "<body> höll sitt höstmöte på X den 28 november 2034.". The title: a short line over the sentence
        (its heading, "Sammanfattning från länsnätverket för habilitering"), else the sentence itself."""
        for i, ln in enumerate(head[:6]):
            verb = re.search(r"\b(?:traffades|sammantradde|mottes)\b", ln.key)
            # (the date right after the verb: "träffades 22 januari 2069", "möttes den 3 maj 2070"; not "träffades
            # senast 2026-06-05")
            if not verb or not _parse_date(ln.text, None) or _ANOTHER_MEETING.search(ln.key) \
                    or not re.match(r"\s+(?:den\s+)?\d", ln.key[verb.end():]):
                continue
            subject = ln.key[:verb.start()].strip()
            if not 1 <= len(subject.split()) <= 10 or not self._names_a_body(subject):
                continue
            above = head[i - 1] if i else None
            if above is not None and above.n >= ln.n - 2 and 1 <= len(above.key.split()) <= 8 \
                    and not above.text.rstrip().endswith((".", ":")) and item_number(above.text) is None:
                return above
            return ln
        # (or the meeting held, told after its day: "Den 17 oktober hölls temamöte i samordnande grupp Psykisk hälsa.",
        # under a heading and its date, "Temamöte om samsjuklighet" / "17:e oktober 2034": the heading)
        for i, ln in enumerate(head[:6]):
            held = re.match(r"den\s+\d{1,2}\s+[a-z]+(?:\s+\d{4})?\s+holls\s+(?:ett\s+)?\w*(?:mote|sammantrade|traff)"
                            r"\s+(?:i|med|for|inom)\s+(.+)$", ln.key)
            if held is None or not self._names_a_body(held.group(1)):
                continue
            dated = [h for h in head[max(0, i - 2):i] if _parse_date(h.text, None) and len(h.key.split()) <= 4]
            above = [h for h in head[max(0, i - 3):i] if h not in dated and 1 <= len(h.key.split()) <= 8
                     and not h.text.rstrip().endswith((".", ":")) and item_number(h.text) is None]
            if dated and above:
                return above[-1]
            return ln if _parse_date(ln.text, None) else None
        # (or the body holding its meeting on a day: "Arbetsgruppen för LARO i Kalmar län höll sitt höstmöte på
        # Vimmerby stadshotell den 28 november 2034."; the sentence the title, its heading above it or not)
        for ln in head[:6]:
            held = re.match(r"(.{3,80}?)\s+holl\s+(?:sitt\s+|ett\s+|sina\s+)?\w*(?:mote|sammantrade|traff)\b", ln.key)
            if held is not None and _parse_date(ln.text, None) and self._names_a_body(held.group(1)) \
                    and not _ANOTHER_MEETING.search(ln.key):
                return ln
        # (or the day first, the people gathering after it, the body named in the sentence: "Den 1 juni 2038 kl 13.00
        # samlades ett 40-tal personer i Kalmarsalen, Regionhuset i Kalmar, för att bilda Rådet för äldres hälsa i
        # Kalmar län." under the heading "Möte för att bilda Rådet ...": the heading, else the sentence)
        for i, ln in enumerate(head[:6]):
            gathered = re.match(r"(?:den\s+)?\d{1,2}\s+[a-z]+\s+\d{4}(?:\s+(?:kl|klockan)\s*\d{1,2}(?:[.:\s]\d\d)?)?"
                                r",?\s+(?:samlades|traffades|mottes|sammantradde)\b(.*)$", ln.key)
            if gathered is None or not _parse_date(ln.text, None) or _ANOTHER_MEETING.search(ln.key):
                continue
            rest = gathered.group(1)
            if not ln.text.rstrip().endswith(".") and i + 1 < len(head):    # (the sentence wrapped onto the next line)
                rest = f"{rest} {head[i + 1].key}"
            if not any(self._names_a_body(rest[m.end():]) for m in re.finditer(r"\b(?:bilda|i|med|for|inom)\s+", rest)):
                continue
            above = [h for h in head[max(0, i - 2):i] if 1 <= len(h.key.split()) <= 12
                     and not h.text.rstrip().endswith((".", ":")) and item_number(h.text) is None]
            return above[-1] if above else ln
        return None

    def _reported_meeting(self, head: list[Line]) -> tuple[Line, tuple[str, int]] | None:
        """A report of a meeting (a web page's news, a newsletter's item, a mailed summary), no title word: the meeting
        named with its day on a short line of the head ("Arbetsutskottets sammanträde 1/2046    23.1.2046"), or told
        in one of its first sentences, a verb of meeting and a body or a meeting's word in it ("Idag har Beredningen
        ... haft möte i Regionhuset", "Onsdagen den 21 mars hölls uppstartsmöte i Arbetsgruppen för ...", "Vi
        träffades i Västervik den 18.9 för höstens första möte i samordnande grupp Psykisk hälsa", "X träffade den 22
        maj 2046 Länsgemensam ledning"). Its day: the sentence's own (its year, where it names none, the one the
        document names most), or for "idag" the head's date line (a by-line, "12 februari, 2046"). Not a sentence on
        another meeting ("nästa möte", "senast"). The title: the short line over the sentence, else its line; with
        the date and the line it stands on."""
        years = self._document_years()
        for ln in head[:16]:
            k = ln.key
            if len(k.split()) <= 12 and re.search(r"\w*(?:mote|motet|sammantrade|sammantradet|traff|traffen)\b", k) \
                    and not _OTHER_MEETING_WORDS.search(k) and not _OTHER_EVENT.search(k) \
                    and (d := _parse_date(ln.text, None)) is not None and not _TITLE_WORD.search(k):
                return ln, (d, ln.n)
        for i, ln in enumerate(head):
            # (further down only under a report's heading: "Rapport från nätverksträffen" in a member magazine)
            if i >= 16 and not any(re.match(r"(?:rapport|referat|nytt|kort|halsning\w*)\s+fran\s+(?:\w+\s+){0,2}?\w*"
                                            r"(?:mote|motet|traff|traffen|sammantrade|sammantradet)\b", h.key)
                                   for h in head[max(0, i - 2):i]):
                continue
            text, key = ln.text, ln.key
            if not ln.text.rstrip().endswith((".", "!", "?", "…")) and i + 1 < len(head) \
                    and head[i + 1].n == ln.n + 1:
                text, key = f"{text} {head[i + 1].text}", f"{key} {head[i + 1].key}"   # (wrapped onto the next line)
            first = re.split(r"(?<=[a-zåäö0-9)])[.!?]\s+(?=[A-ZÅÄÖ])", text)[0]
            fkey = re.split(r"(?<=[a-z0-9)])[.!?]\s+", key)[0]
            # (a scan's "rn" for "m": "sarnlades")
            verb = re.search(r"\b(?:traffades|(?:m|rn)ottes|sa(?:m|rn)(?:m|rn)antradde|sa(?:m|rn)lades|holls|traffade"
                             r"|(?:m|rn)otte"
                             r"|(?:har|hade)\s+(?:\w+\s+){0,8}?haft\s+(?:sitt\s+|ett\s+)?\w*mote"
                             r"|hade\s+(?:sitt\s+|ett\s+)?\w*mote)\b", fkey)
            if verb is None or _ANOTHER_MEETING.search(fkey) or _OTHER_MEETING_WORDS.search(fkey) \
                    or not (re.search(r"\w*(?:mote|sammantrade|traff)\b", fkey)
                            or any(self._names_a_body(" ".join(fkey[verb.end():].split()[j:])) for j in range(7))
                            or any(self._names_a_body(fkey[m.end():]) for m in re.finditer(r"\b(?:i|med|for|inom)\s+",
                                                                                           fkey))):
                continue
            when = None
            if (d := _parse_date(first, None)) is not None:
                when = d
            elif (dm := [(day, month) for _p, day, month, y, _w in _date_mentions(first) if y is None]
                  or [(int(m.group(1)), int(m.group(2))) for m in re.finditer(
                      r"\bden\s+(\d{1,2})\.(\d{1,2})\b(?!\.\d)", first)]) and years:
                day, month = dm[0]
                year = max(sorted(set(years)), key=years.count)     # the year the document names most
                try:
                    when = dt.date(year, month, day).isoformat()
                except ValueError:
                    when = None
            elif re.search(r"\b(?:idag|i dag)\b", fkey):
                when = next((d for h in head if h.n < ln.n and len(h.key.split()) <= 8
                             and (d := _parse_date(h.text, None))), None)
            if when is None:
                continue
            above = [h for h in head if ln.n - 3 <= h.n < ln.n and 1 <= len(h.key.split()) <= 12
                     and not h.text.rstrip().endswith((".", ":")) and item_number(h.text) is None
                     and not _parse_date(h.text, None)]
            return (above[-1] if above else ln), (when, ln.n)
        return None

    def _names_a_body(self, key: str) -> bool:
        """Words (keyword form) naming a body: by a body's word, as a group the records know, or as an organisation."""
        return bool(_BODY_WORD.search(key) or self._group_named(key) or self.orgs.resolve(key))

    def _front_page_when(self, head: list[Line]) -> Line | None:
        """A protocol's front page with no title word, a form's labels in the left column ("Plats och tid
        Sammanträdesrum Ljungen, ..., den 20 maj 2062 kl 09.00" over "Beslutande     Cecilia Wahlström, ..."):
        the labelled line with the meeting's date (and its year), a list's label on a line under it."""
        for i, ln in enumerate(head):
            if len(ln.cells) < 2 or not re.match(r"(?:plats och tid|tid och plats|sammantradesdatum|motesdatum|datum"
                                                 r"|tid)\b", kw(ln.cells[0], self.lx)) \
                    or _OTHER_EVENT.search(ln.key) or not _parse_date(ln.text, None):
                continue
            if any(len(m.cells) >= 2 and self._list_heading_kind(self.text_line(m.n, m.cells[0]))
                   for m in head[i + 1:i + 6]):
                return ln
        return None

    def _title_shaped(self, ln: Line) -> bool:
        """A protocol's title line: 'Protokoll ...' (the title word among the first three), a header cell
        'Kommunförbundet ...      PROTOKOLL', or '<Body> - Protokoll' (the word last on a short line); never
        an agenda item's heading ('§ 2. Föregående protokoll')."""
        words = ln.key.split()
        # (a date before the title in a column of its own is no item's number: "9 april 2069      Protokoll ...")
        dated = len(ln.cells) > 1 and bool(re.fullmatch(r"\d{1,2}\s+[^\W\d]+\s+\d{4}", ln.cells[0].strip())) \
            and _parse_date(ln.cells[0], None) is not None
        # (nor the protocol's range of paragraphs in a letterhead row: "§§ 14-22      Kl 13:30-15:45      PROTOKOLL")
        dated = dated or len(ln.cells) > 1 and bool(re.fullmatch(r"§§\s*\d{1,3}\s*[-–]\s*\d{1,3}", ln.cells[0].strip()))
        if not words or item_number(ln.text) is not None and not dated \
                or LETTERED_MARK.match(ln.text):     # ("• B/ Föregående protokoll")
            return False
        if re.match(r"(?:foregaende|forra|senaste|tidigare|godkannande av|justering av)\b", ln.key) \
                or re.match(r"\w*(?:protokoll|anteckningar)\s+fran\s+(?:forra|foregaende|senaste)\s", ln.key):
            return False    # an item's unnumbered heading on the last minutes ("Föregående minnesanteckningar",
            #                 "Minnesanteckningar från förra mötet")
        # an item's label and its text ("Protokollsjustering: Föregående mötesprotokoll ..."; not a mail's subject or
        # a web page's category: "Ämne: Anteckningar ...", "Kategori: Projektgruppen | Minnesanteckningar")
        # (but the body's name before the title word and the meeting's date: "Elevhälsochefsnätverket i Kalmar län:
        # protokoll 20 januari 2039", a web page's heading)
        if (named := re.match(r"\s*([^:]{3,60}):\s+(\S+)\s+(.+)$", ln.text)) \
                and _TITLE_WORD.fullmatch(kw(named.group(2), self.lx)) and len(named.group(3).split()) <= 5 \
                and _parse_date(named.group(3), None) and len(named.group(1).split()) <= 8:
            return True
        if (label := re.match(r"\s*([^:]{3,30}):\s", ln.text)) \
                and not _TITLE_WORD.fullmatch(lab := kw(label.group(1), self.lx)) \
                and not re.fullmatch(r"amne|rubrik|kategori|titel|subject|ang|angaende|arende|dokument|typ", lab):
            return False
        if len(words) > 6 and re.search(r"[a-zåäö]{3}\.\s+[A-ZÅÄÖ][a-zåäö]+\s", ln.text) \
                and (_FINITE_VERB.search(ln.key) or _PASSIVE_VERB.search(ln.key)) \
                and not re.match(r"\w*(?:protokoll|anteckningar)\s+(?:fort|forda|fordes)\s+(?:vid|over)\b", ln.key):
            return False    # a sentence's end and the next sentence on the line: "Protokoll från pensionärsrådet. Nästa
            #                 sammanträde hålls tisdagen" (a paragraph's line, no title)
        if len(words) > 6 and ln.text.rstrip().endswith(".") and _FINITE_VERB.search(ln.key) \
                and not re.match(r"\w*(?:protokoll|anteckningar)\s+(?:fort|forda|fordes)\s+(?:vid|over)\b", ln.key):
            return False    # a sentence: "Protokoll från föregående möte den 11 maj 2068 godkändes. ..." (not the title
            #                 opening a paragraph: "Protokoll fört vid X:s höstmöte 14.11.2084 ... Närvarande var 24.")
        # a remark in brackets after the title ("Beredningen – protokoll (utkast)", "... – minnesanteckningar
        # [justerade]"): the title is what stands before it
        bare = _TRAILING_BRACKET.sub("", ln.text.strip())
        if bare and bare != ln.text.strip():
            words = kw(bare, self.lx).split() or words
        if _TOC_LINE.search(ln.text) and not (len(ln.cells) in (2, 3)
                                              and any(_TITLE_WORD.fullmatch(kw(c, self.lx)) for c in ln.cells[:-1])):
            return False        # a table of contents' line ("Föregående protokoll ........ 3"): no title
            #                     (but the title word and the protocol's number far right: "PROTOKOLL      34",
            #                     "PROTOKOLL      SGPH      1" with the body's abbreviation between, or the body
            #                     before it: "KALMARSUNDS GYMNASIEFÖRBUND      SAMMANTRÄDESPROTOKOLL      1")
        # (a word OCR split in two among the first: "Protokollsutd rag ...", "Anteckni ngar fört vid ...")
        split = [a + b for a, b in itertools.pairwise(words[:4])]
        # (or joined by a hyphen to the meeting's word: "PROTOKOLL-Möte Brukarrådet ... 16 september 2037")
        split += [w.split("-")[0] for w in words[:1] if "-" in w]
        if any(_TITLE_WORD.fullmatch(w) for w in words[:3] + split) \
                or any(_TITLE_WORD.fullmatch(w) for c in ln.cells[1:] for w in kw(c, self.lx).split()[:3]):
            return True
        # (or right after the date, two spaces before it: "Familjehemsföreningen i Kalmar län 2092-01-23  Protokoll
        # från styrelsemöte")
        if (dated_title := re.search(r"\b(?:19|20)\d\d-\d\d-\d\d\s{2,}(\S+)", ln.text)) \
                and _TITLE_WORD.fullmatch(kw(dated_title.group(1), self.lx)) and len(words) <= 14:
            return True
        # (the word last before the protocol's serial number or its date: "Beredningen Protokoll 7/2031",
        # "Nätverket Anteckningar nr 3", "... Protokoll 310304"; a word OCR split in two: "Protokol lsutdrag")
        while len(words) > 2 and (re.fullmatch(r"\d{1,8}|nr|no", words[-1])):
            words = words[:-1]
        last = [words[-1]] + ([words[-2] + words[-1]] if len(words) >= 3 else [])
        return 2 <= len(words) <= 8 and any(_TITLE_WORD.fullmatch(w) for w in last) \
            and not (bare or ln.text).rstrip().endswith((".", ":"))

    def _new_group(self, header: list[int]) -> tuple[str, str, str, str, int] | None:
        """A group no record defines, named on a header line by a group word ("Länsgemensam arbetsgrupp för
        X", "Nätverket för Y") with the known group it belongs to on that line or the next ("(under
        samordnande grupp Psykisk hälsa)", "inom ...", "del av ...", "Arbetsgrupp under ..."): (id, name, type,
        part of, line)."""
        for n in header:
            text = self.L(n).text.strip()
            name = re.split(r"\s*[(–—-]?\s*\b(?:under|inom|del av|som del av)\b", text, maxsplit=1)[0]
            m = re.search(r"\(?\s*\b(?:under|inom|del av|som del av)\s+(.+?)\)?\s*$", text)
            parent_text = m.group(1) if m else None
            if parent_text is None and n + 1 <= len(self.lines):
                # the next line: "(under X)", or a group word before it ("Arbetsgrupp under X", "En arbetsgrupp
                # inom X")
                nxt = re.fullmatch(r"\(?\s*(?P<lead>(?:\S+\s+){0,2}?)(?:under|inom|del av|som del av)\s+(.+?)\)?\.?",
                                   self.L(n + 1).text.strip(), re.I)
                lead = kw(nxt.group("lead"), self.lx).split() if nxt else []
                if nxt and lead and not any(re.fullmatch(pat, w) for w in lead for pat, _t in _GROUP_WORDS):
                    nxt = None
                parent_text = nxt.group(2) if nxt else None
            if parent_text is None:
                # a group word and "för" a known group: the group's own unit ("Arbetsutskottet för samordnande grupp
                # Äldre (AU)"), its abbreviation aside
                text = re.sub(r"\s*\(\s*[A-ZÅÄÖ]{2,6}\s*\)\s*$", "", text)
                own = re.fullmatch(r"(\S+)\s+för\s+(.+)", text, re.I)
                if own and any(re.fullmatch(pat, kw(own.group(1), self.lx)) for pat, _t in _GROUP_WORDS) \
                        and (hit := self.orgs.resolve(own.group(2))) and self.orgs.types.get(hit.id) in GROUP_TYPES:
                    name, parent_text = text, own.group(2)
            if parent_text is None and (pair := re.fullmatch(r"(.+?),\s+([^,]+)", text)) \
                    and (hit := self.orgs.resolve(pair.group(2))) \
                    and self.orgs.types.get(hit.id) in GROUP_TYPES | {"collaboration-body"} \
                    and not self.orgs.resolve(pair.group(1)):
                # (the group it belongs to after a comma: "Arbetsgruppen för fallprevention, samordnande grupp Äldre",
                # "Styrgruppen för friskare arbetsplatser i vård och omsorg, Länsgemensam ledning i samverkan")
                name, parent_text = pair.group(1), pair.group(2)
            if parent_text is None and n + 1 <= len(self.lines) and not self.orgs.resolve(text) \
                    and (under := self.orgs.resolve(self.L(n + 1).text.split(",")[0].strip())) is not None \
                    and self.orgs.types.get(under.id) in GROUP_TYPES and under.score >= 0.99:
                # (or on the line under it, the known group alone there: "Arbetsgruppen för rehabilitering av
                # medarbetare" / "Samordnande grupp Psykisk hälsa, Länsgemensam ledning i samverkan")
                parent_text = self.L(n + 1).text.split(",")[0].strip()
            if not parent_text:
                continue
            # (the county after the parent's name: "inom samordnande grupp Äldre, Kalmar län")
            parent_text = re.sub(r",?\s+(?:i\s+)?Kalmar\s+län$", "", parent_text.strip(), flags=re.I)
            name = name.strip(" ,")
            # (a remark in brackets under the title describing the body the title names: "Protokoll fört vid möte inom
            # SIP-gruppen södra länet i Nybro 2078-09-14." / "(arbetsgrupp för ... under samordnande grupp X)")
            from_title = name.startswith("(") and n > 1 and (body := _met_body(self.L(n - 1).text)) is not None
            if from_title:
                name = body
            # the protocol's title word before the group's name ("Minnesanteckningar – Arbetsutskottet för X")
            lead = re.match(r"^(\S+)\s*[–—:-]\s+(?=\S)", name)
            if lead and _TITLE_WORD.fullmatch(kw(lead.group(1), self.lx)):
                name = name[lead.end():]
            words = kw(name, self.lx).split()
            gtype = next((t for w in words for pat, t in _GROUP_WORDS if re.fullmatch(pat, w)), None)
            if gtype is None and from_title and re.fullmatch(r"[\w-]+-grupp(?:en)?", words[0] if words else ""):
                gtype = "working-group"     # (the body the title names: "SIP-gruppen södra länet")
            parent = self.orgs.resolve(parent_text)
            if gtype is None or parent is None \
                    or self.orgs.types.get(parent.id) not in GROUP_TYPES | {"collaboration-body"} \
                    or not 2 <= len(words) <= 8 or _TITLE_WORD.search(kw(name, self.lx)):
                continue
            known = self.orgs.resolve(name)
            if known and self.orgs.types.get(known.id) in GROUP_TYPES and known.id != parent.id:
                return None             # a group the records define: no new one
            return slug(name), name, gtype, parent.id, n
        return None

    def _org_dash_body(self, cell: str) -> list[str]:
        """A header's cell naming an organisation and its body parted by a dash ("Kommunförbundet i Kalmar län -
        Beroendenätverket i Kalmar län"): the two apart; else the cell."""
        d = re.fullmatch(r"(.+?)\s+[-–—]\s+(.+)", cell)
        if d and self.orgs.resolve(d.group(1)) is not None and _BODY_WORD.search(kw(d.group(2), self.lx)):
            return [d.group(1), d.group(2)]
        return [cell]

    def _header_body(self, title: Line, header: list[int], notice_end: int = 0
                     ) -> tuple[str, str, str, str | None, int] | None:
        """The body whose meeting this is, named in the title or the header's lines around it by a word for a body
        and known to no record ("Samverkansgruppen för missbruk och beroende i Kalmar län", "NÄRVÅRDSGRUPP NYBRO
        11 juni 1 (4)", "Västerviks kommun   Socialnämndens arbetsutskott   SAMMANTRÄDESPROTOKOLL"): (id, name,
        type, the kommun or region named beside it or None, line); the name with its kommun after a comma where
        the line names one apart; a body the records know, a group or a network, as (id, "", "", None, line). None
        where none is named."""
        # (the title's word alone, "Protokoll", under the body's name and the meeting's lines: further up)
        reach = 6 if len(title.key.split()) == 1 else 3
        # (and the letterhead's rows under the title, taken for a running header: "BORGHOLMS KOMMUN   SAMMANTRÄDES-
        # PROTOKOLL" / "Krisledningsnämnden   Sammanträdesdatum")
        # (or the letterhead's line right above the title: "Kommunförbundet i Kalmar län - Beroendenätverket i Kalmar
        # län" / "Minnesanteckningar från nätverksmöte ...")
        above = [title.n - 1] if title.n > 1 and not self.L(title.n - 1).blank and not self.L(title.n - 1).layout \
            and len(self.L(title.n - 1).key.split()) <= 12 and not _parse_date(self.L(title.n - 1).text, None) else []
        # (or the body's name further up, blank lines and the date alone between: "Anhörignätverket i Kalmar län" /
        # "" / "73 06 08" / "" / "Protokoll fört vid Teamsmöte 73 06 08 kl. 13-14.30")
        up = title.n - 1
        while up > 1 and title.n - up <= 4 and (self.L(up).blank or self.L(up).layout or (
                _parse_date(self.L(up).text, None) and len(self.L(up).key.split()) <= 4)):
            up -= 1
        if not above and up < title.n - 1 and up >= 1 and not self.L(up).blank and not self.L(up).layout \
                and len(self.L(up).key.split()) <= 8 and _BODY_WORD.search(self.L(up).key) \
                and not _parse_date(self.L(up).text, None):
            above = [up]
        lines = [title.n, *sorted({n for n in header if n != title.n and abs(n - title.n) <= reach}
                                  | {n for n in (title.n + 1, title.n + 2) if n in self.furniture} | set(above))]
        # the body after the meeting's word in the title, the title wrapped over two lines ("Protokoll från
        # styrgruppsmöte/konstituerande möte för Länsgemensam styrgrupp för ANDT-förebyggande" / "arbete i
        # Kommunförbundets lokaler, Kalmar 2070-04-09"): the name up to the place ("i" a place that is no kommun)
        whole = self.L(title.n).text.strip()
        # (not a label's line under it, "Datum: 2031-03-04", nor a date)
        if title.n + 1 in header and not whole.endswith((".", ":")) and len(self.L(title.n + 1).cells) <= 1 \
                and not re.match(r"\s*[^:]{1,30}:", self.L(title.n + 1).text) \
                and not (_parse_date(self.L(title.n + 1).text, None) and len(self.L(title.n + 1).key.split()) <= 4):
            whole = f"{whole} {self.L(title.n + 1).text.strip()}"
        # (or the notice's line above the protocol: "AGENDA" / "Agenda för möte med e-hälsorådet i Kalmar län.")
        notice = [self.L(n).text.strip() for n in range(1, min(notice_end, 8) + 1)]
        for said in [whole, *notice]:
            if (body := _met_body(said)) is not None and 1 <= len(body.split()) <= 9 \
                    and _BODY_WORD.search(kw(body, self.lx)) \
                    and self.orgs.resolve(body) is None and not re.fullmatch(r"lansgemensam(?:ma)? ledning.*",
                                                                             kw(body, self.lx)):
                key = kw(body, self.lx)
                gtype = _group_type(key.split()) or ("network" if "natverk" in key else "forum"
                                                     if re.search(r"rad(?:et)?\b", key) else "working-group")
                return slug(body), body[:1].upper() + body[1:], gtype, None, title.n
        # (or the body's label on the front page's notice of the adjusting: "Organ   Styrgruppen för ...", "Nämnd:
        # Samordnande grupp Psykisk hälsa")
        organ = {n: m.group(1) for n in range(1, min(len(self.lines), 60) + 1)
                 if (m := re.match(r"\s*(?:[O0]rgan|Beslutsinstans|Nämnd)\s*(?::\s*|\s{2,})(\S.*)$", self.L(n).text))}
        for n in [*lines, *organ]:
            back = self._as_written(n)
            if n in organ:
                back = self.text_line(n, organ[n])
            if back.text.rstrip().endswith(":") or self._list_heading_kind(back):
                continue        # a list's heading ("Närvarande ledamöter i ledningsgruppen:"), no body's name
            # (nor its value beside a list's label: "Närvarande:    Justerad närvarolista bilagd (protokollsbilaga 1).")
            if len(back.cells) > 1 and back.cells[0].rstrip().endswith(":") \
                    and self._list_heading_kind(self.text_line(n, back.cells[0])):
                continue
            cells = [c.strip() for c in back.cells if c.strip()] or [back.text.strip()]
            # (an organisation and its body parted by a dash: "Kommunförbundet i Kalmar län - Beroendenätverket i Kalmar
            # län")
            cells = [p for c in cells for p in self._org_dash_body(c)]
            owner_cell, owner = next(((c.strip(" ,"), hit) for c in cells if (hit := self.orgs.resolve(c.strip(" ,")))
                                      and self.orgs.types.get(hit.id) in ("kommun", "region")), (None, None))
            for cell in cells:
                if re.match(r"\s*(?:kategori|category|taggar|etiketter|ämne|amne)\s*:", cell, re.I):
                    continue    # a web page's category ("Kategori: Projektgruppen | Minnesanteckningar"): no name
                # (the meeting's serial number after it: "..., Förvaltningsgrupp LinK (IT-stöd vid utskrivning), #5")
                text = re.sub(r"[,\s]+(?:#|nr\.?\s*|no\.?\s*)\d{1,3}\s*$", "", cell, flags=re.I)
                # (or after the title's word with its year: "Emmaboda kommun Omsorgsnämnden PROTOKOLL 5/35")
                text = re.sub(r"(\w*(?:protokoll|PROTOKOLL|Protokoll))\s+(?:nr\.?\s*)?\d{1,3}/\d{2,4}\s*$", r"\1", text)
                text = _TRAILING_BRACKET.sub("", text)
                text = _without_dates(text)
                # (the weekday left before the date taken off: "..., Mönsterås kommun, tis 18 november 2091")
                # (a scan's "0" for "O": "... i Kalmar län 0nsdagen")
                text = re.sub(r"[,\s]+(?:mån|tis|[o0]ns|tors|fre|lör|sön)(?:dag(?:en)?)?\.?\s*$", "", text, flags=re.I)
                # (a title's word joined to the meeting's by a hyphen before the body: "PROTOKOLL-Möte Brukarrådet ...")
                text = re.sub(r"^\s*\w*(?:protokoll|anteckningar)[-–]\w+\s+(?=[A-ZÅÄÖ])", "", text, flags=re.I)
                # (the meeting's time after the body's name: "Samordnande gruppen för Hälsa, vård och omsorg kl
                # 13.00-15.30")
                text = re.sub(r"[\s,]+(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s*$", "", text)
                text = re.sub(r"\s+\d{1,3}\s*\(\d{1,3}\)\s*$|^\s*(?:sida|sid)\s*\d.*$", "", text, flags=re.I)
                words = [w for w in text.split() if not _TITLE_WORD.fullmatch(kw(w, self.lx))]
                # (and a summary's word for itself: "Sammanfattning från länsnätverket för habilitering")
                # (or the meeting's compound word before a comma: "förvaltningsgruppsmöte, Förvaltningsgrupp LinK")
                # (or "för" before it: "Minnesanteckningar för Kommunala pensionärsrådet, Hultsfreds kommun")
                # (or the meeting's compound word before the body's capitalised name: "nätverksmöte Boendestödsnätverket
                # i Kalmar län")
                while len(words) > 1 and (re.fullmatch(r"fran|fort|vid|med|mote|motet|fr[aå]n|sammanfattning"
                                                       r"|dokumentation|sammantrade|sammantradet|for",
                                                       kw(words[0], self.lx))
                                          or words[0].endswith(",") and len(words) > 2
                                          and re.fullmatch(r"\w+(?:mote|sammantrade|traff)",
                                                           kw(words[0], self.lx).strip(","))
                                          or words[0][:1].islower() and words[1][:1].isupper()
                                          and (re.fullmatch(r"\w+(?:mote|sammantrade|traff)", kw(words[0], self.lx))
                                               or words[0] == "i")):
                    words = words[1:]
                # (the meeting's compound word and "för" before the body: "Nätverksmöte för Nätverket för X")
                if len(words) > 3 and re.fullmatch(r"\w+(?:mote|sammantrade|traff)", kw(words[0], self.lx)) \
                        and kw(words[1], self.lx) in ("for", "med", "inom"):
                    words = words[2:]
                # (the meeting's purpose before the body: "Möte för att bilda Rådet för äldres hälsa i Kalmar län")
                if len(words) > 3 and kw(words[0], self.lx) == "att" \
                        and re.fullmatch(r"bilda|konstituera|starta|inratta", kw(words[1], self.lx)):
                    words = words[2:]
                name = re.sub(r"\s+(?:den|d\.|kl\.?)\s*$", "", " ".join(words).strip(" ,.:–-")).strip(" ,.:–-")
                # (the meeting after the body's name in the genitive: "GRUPPENS FÖR KOMPETENSFÖRSÖRJNING I KALMAR LÄN
                # MÖTE MÅNDAGEN": the body "GRUPPEN FÖR ...")
                # (or its compound word: "Nätverket för suicidpreventiva samordnare i Kalmar län nätverksmöte")
                met = re.sub(r"\s+(?:[a-zåäö]*(?:möte|mötet|sammanträde)|MÖTE|MÖTET|SAMMANTRÄDE)"
                             r"(?:\s+\S+){0,2}\s*$", "", name)
                # (and its last word in the genitive before it: "DEMENSNÄTVERKET I KALMAR LÄNS MÖTE": "... KALMAR LÄN")
                if met != name:
                    name = re.sub(r"(?i)\b((?:län|lan|kommun|region|grupp|gruppen|nätverk|nätverket|råd|rådet|förbund"
                                  r"|förbundet|utskott|utskottet|nämnd|nämnden))s$", r"\1", met)
                    # (or a noun in lower case: "Förvaltningsgruppen för vård och omsorgs möte": "... omsorg"; not a
                    # word whose own last letter is s, "process", "kurs", "fokus")
                    name = re.sub(r"(?<=\s)([a-zåäö]{3,}[^\Wsur\d])s$", r"\1", name)
                name = re.sub(r"^(\w+?)([sS])(?=\s+(?:för|i|FÖR|I)\s)", r"\1", name)
                # (a word on the minutes before "från" and the body: "Kortfattat [protokoll] från arbetsgruppen")
                if (frm := re.match(r"^[A-ZÅÄÖ][a-zåäö]+\s+(?:från|vid)\s+(?=\S)", name)) \
                        and _BODY_WORD.match(kw(name[frm.end():], self.lx)):
                    name = name[frm.end():]
                    words = name.split()
                key = kw(name, self.lx)
                # (a participle after the body's "för" no verb of a sentence: "Arbetsgruppen för placerade barns hälsa")
                verb_key = re.sub(r"^(\S+)\s+for\s.*$", r"\1", key) if _BODY_WORD.match(key) else key
                # (up to twelve words where the name opens with the body's word: "Nätverket för enhetschefer i kommunal
                # hälso- och sjukvård i Kalmar län")
                if not name or not 1 <= len(words) <= (12 if _BODY_WORD.match(key) else 9) \
                        or not _BODY_WORD.search(key) or _FINITE_VERB.search(verb_key) \
                        or re.search(r"lansgemensam(?:ma)? ledning|presidie", key) \
                        or fold(name.split()[0]) in GIVEN_NAMES and plausible_name(name):
                    continue
                # (the body's word alone in the title, its whole name on a line below: "Brukarråd 9/2 -83" / "" /
                # "Brukarrådet för socialpsykiatri och boendestöd, Västerviks kommun")
                # (or after the title's words there: "2091 11 18 Protokoll projektgruppen" / "" / "Protokoll från
                # projektgruppen Trygg hemgång, Mönsterås kommun, tis 18 november 2091")
                if len(key.split()) == 1 and any(
                        len(kw(self.L(m).text, self.lx).split()) >= 3
                        and re.match(r"(?:(?:protokoll|minnesanteckningar|anteckningar)\s+(?:fort\s+)?"
                                     r"(?:fran|vid|for)\s+)?" + re.escape(key[:max(5, len(key) - 1)]),
                                     kw(self.L(m).text, self.lx))
                        for m in [*lines, *organ] if m > n):
                    continue
                # (the kommun after a comma on the body's line, "Trygghetsrådet, Kalmar kommun": the body's owner, the
                # name as the line writes it)
                if (comma := re.fullmatch(r"(.+?),\s+([^,]+)", name)) and (whose := self.orgs.resolve(comma.group(2))) \
                        and self.orgs.types.get(whose.id) in ("kommun", "region") and _BODY_WORD.search(
                            kw(comma.group(1), self.lx)):
                    owner, owner_cell = whose, None
                    key = kw(comma.group(1), self.lx)
                # (or before it, no comma: "Emmaboda kommun Omsorgsnämnden": "Omsorgsnämnden, Emmaboda kommun")
                elif (lead := re.match(r"([A-ZÅÄÖ][\wåäö]+\s+kommun)\s+(?=[A-ZÅÄÖ])", name)) \
                        and (whose := self.orgs.resolve(lead.group(1))) and self.orgs.types.get(whose.id) == "kommun" \
                        and _BODY_WORD.match(kw(name[lead.end():], self.lx)):
                    owner, owner_cell = whose, None
                    name = f"{name[lead.end():]}, {lead.group(1)}"
                    key = kw(name[:name.rindex(",")], self.lx)
                bare = re.sub(r"(?:\s+i|,)\s+(?:kalmar|ka1mar)\s+(?:län|lan)\s*$", "", name, flags=re.I)
                known = self.orgs.resolve(name) or self.orgs.resolve(bare)
                # (a known group with the venue after a comma: "Samordnande grupp Äldre, Regionhuset Kalmar")
                if known is None and (venue := re.fullmatch(r"(.+?),\s+[^,]+", name)) \
                        and (hit := self.orgs.resolve(venue.group(1))) is not None \
                        and self.orgs.types.get(hit.id) in GROUP_TYPES | {"network"}:
                    known = hit
                if known is None:
                    # (a known group in the genitive before its meeting's words: "samordnande grupp Psykisk hälsas
                    # temamöte om krisstöd i Västervik")
                    parts = name.split()
                    for k in range(len(parts) - 1, 1, -1):
                        if parts[k - 1].endswith("s") and (hit := self.orgs.resolve(
                                " ".join([*parts[:k - 1], parts[k - 1][:-1]]))) is not None \
                                and self.orgs.types.get(hit.id) in GROUP_TYPES | {"network"} \
                                and re.match(r"\w*m[öo]te|sammantr|konferens|traff", kw(parts[k], self.lx)):
                            known = hit
                            break
                if known is not None:
                    if self.orgs.types.get(known.id) in GROUP_TYPES | {"network"}:
                        return known.id, "", "", None, n
                    continue
                gtype = _group_type(key.split()) \
                    or ("network" if re.search(r"natverk", key) else "preparatory-group" if "beredning" in key
                        else "area-group" if re.search(r"narvard|vardsamverkan", key)
                        else "unit" if re.search(r"utskott|namnd", key)
                        else "forum" if re.search(r"rad(?:et)?\b", key)
                        else "external" if re.search(r"foreningen\b", key) else "working-group")
                if name[:1].islower():
                    # (named in lower case after "från" in a heading, "Sammanfattning från länsnätverket för
                    # habilitering": the name as the header's sentence writes it, with its county, "Länsnätverket för
                    # habilitering i Kalmar län träffades ...")
                    for other in lines:
                        if (full := re.match(re.escape(name) + r"(?:\s+i\s+[A-ZÅÄÖ]\w+\s+län)?\b",
                                             self.L(other).text.strip(), re.I)) and full.group(0)[:1].isupper():
                            name = full.group(0)
                            break
                if owner_cell and fold(owner_cell) not in fold(name):
                    name = f"{name}, {owner_cell}"      # "Socialnämndens arbetsutskott, Västerviks kommun"
                if owner is None:
                    # (the kommun on a letterhead row of its own, "BORGHOLMS KOMMUN   SAMMANTRÄDESPROTOKOLL": the body's
                    # owner, no part of its name)
                    # (or in the letterhead's first lines, the body named by its label further down: "Barn- och
                    # utbildningsnämnden      Sammanträdesdatum" / "NYBRO KOMMUN      2082-04-16" / ... / "Organ
                    # Barn- och utbildningsnämnden")
                    letterhead = [m for m in range(1, min(len(self.lines), 8) + 1) if m not in lines] \
                        if n in organ else []
                    owner = next((hit for m in [*lines, *letterhead] for c in self._as_written(m).cells
                                  if (hit := self.orgs.resolve(c.strip(" ,")))
                                  and self.orgs.types.get(hit.id) in ("kommun", "region")
                                  and (m in lines or re.fullmatch(r"[A-ZÅÄÖ]+S?\s+KOMMUN|[A-ZÅÄÖ][a-zåäö]+s?\s+kommun",
                                                                  c.strip(" ,")))), None)
                return slug(name), name, gtype, owner.id if owner else None, n
        return None

    def _described_group(self, title: Line, header: list[int]) -> tuple[str, str, str, str, int] | None:
        """A group no record defines, named in the title by a group word ("Demensnätverket i Kalmar län –
        minnesanteckningar", "Minnesanteckningar Referensgruppen för X"), and the body it belongs to said in a
        sentence of the header ("..., knutet till samordnande grupp Äldre.", "ett av nätverken kopplade till
        Länsgemensam ledning"): (id, name, type, part of, line), or None."""
        name = gtype = None
        # the title, else a line above it naming the group ("Nätverket för skolnärvaro i Kalmar län" / "Minnes-
        # anteckningar från nätverksträffen den 14 oktober 2043")
        # (or, where the title is its word alone, "PROTOKOLL", the line under it; or the body's label, "Organ: X",
        # "Beslutsinstans: X")
        under = [title.n + 1] if _TITLE_WORD.fullmatch(title.key.strip()) and title.n < len(self.lines) else []
        labelled = {n: m.group(1) for n in header if (m := re.match(r"^\s*(?:organ|beslutsinstans)\s*:\s*(\S.*)$",
                                                                     self.L(n).text, re.I))}
        for line in [title.n, *under, *labelled, *sorted((n for n in header if n < title.n), reverse=True)]:
            text = _TRAILING_BRACKET.sub("", labelled.get(line, self.L(line).text).strip())
            text = _without_dates(text)
            # (a date stamp or the protocol's serial number after the name: "Nätverket för X 310304", "... 7/2031")
            text = re.sub(r"\s+(?:\d{6}|\d{8}|(?:nr\s*)?\d{1,3}/\d{2,4})\s*$", "", text)
            if line != title.n and line not in under and line not in labelled and (
                    _date_mentions(self.L(line).text) or _FINITE_VERB.search(kw(text, self.lx))):
                continue
            for part in re.split(r"\s+[–—-]\s+|:\s+", text):
                words = part.split()
                while words and (_TITLE_WORD.fullmatch(kw(words[0], self.lx)) or (
                        re.fullmatch(r"mote|motet|med|fran|fort|vid|sammantrade|sammantradet", kw(words[0], self.lx))
                        and any(re.search(pat, kw(w, self.lx)) for w in words[1:] for pat, _t in _GROUP_WORDS))):
                    words = words[1:]   # "Minnesanteckningar Demensnätverket ...": the title word before the name
                    # (and "från möte med" before it: "Minnesanteckningar från möte med Nätverket för X")
                while words and _TITLE_WORD.fullmatch(kw(words[-1], self.lx)):
                    words = words[:-1]
                keys = kw(" ".join(words), self.lx).split()
                gtype = _group_type(keys)
                if gtype and 1 <= len(words) <= 8 and (line in (title.n, *under, *labelled) or re.fullmatch(
                        r"\w*(?:natverk|natverket|grupp|gruppen|forum|forumet|radet)", keys[0])):
                    name = re.sub(r"\s+(?:den|d\.|från|fran)\s*$", "", " ".join(words)).strip(" ,.")
                    break       # (a date taken out after it leaves its "den": "Nätverket för X den 4 mars 2050")
            if name:
                break
        if not name or not gtype or ((known := self.orgs.resolve(name)) and self.orgs.types.get(known.id)):
            return None
        for n in header:
            m = re.search(r"(?:(?P<noun>\w+)\s+)?(?P<verb>knuten|knutet|knutna|kopplad|kopplat|kopplade|ansluten"
                          r"|anslutet|anslutna)\s+till\s+(?P<body>.+?)(?:\s+och\s+|[.,;]|$)", self.L(n).text)
            # (or the group word again in apposition: "– ett nätverk under samordnande grupp Psykisk hälsa", "en
            # arbetsgrupp inom X")
            m = m or re.search(r"\b(?:ett|en)\s+(?P<noun>\w+)\s+(?P<verb>under|inom)\s+(?P<body>.+?)"
                               r"(?:\s+och\s+|[.,;]|$)", self.L(n).text)
            # (or a verb of reporting to it or belonging under it: "ett av de nätverk som rapporterar till X",
            # "Nätverket hör till X", "... som lyder under X")
            m = m or re.search(r"\b(?P<noun>)(?P<verb>rapporterar|rapporterade|redovisar|hör|hor|tillhör|tillhor|lyder"
                               r"|sorterar)\s+(?:till\s+|under\s+)?(?P<body>.+?)(?:\s+och\s+|[.,;]|$)",
                               self.L(n).text)
            if not m:
                continue
            # (the body's name may hold "och": "samordnande grupp Barn och unga och samlar ...": the longest that
            # names one)
            rest = re.split(r"[.,;]", self.L(n).text[m.start("body"):])[0]
            pieces = rest.split(" och ")
            bodies = [" och ".join(pieces[:k]) for k in range(len(pieces), 0, -1)]
            # ("ett av nätverken kopplade till X": the networks of X, where the records name them so)
            parent = (self.orgs.resolve(f"{m.group('noun')} {m.group('verb')} till {m.group('body')}")
                      if m.group("noun") and m.group("verb") not in ("under", "inom") else None) \
                or next((hit for b in bodies if (hit := self.orgs.resolve(b))
                         and self.orgs.types.get(hit.id) in GROUP_TYPES | {"network", "collaboration-body"}), None)
            if parent and self.orgs.types.get(parent.id) in GROUP_TYPES | {"network", "collaboration-body"}:
                return slug(name), name, gtype, parent.id, n
        return None

    def _group_named(self, text: str) -> str | None:
        """The group (samordnande grupp, område, process ...) a header line names, title words and
        dates aside."""
        text = _without_dates(text)
        # (a remark in brackets inside it: "Samverkansområdesgrupp Folkhälsa (länets folkhälsoråd) 2064-01-23")
        text = re.sub(r"(?<=\S)\s*\((?![A-ZÅÄÖ/]{2,12}\))[^()]{3,60}\)", " ", text)
        # each column of the line on its own ("Beredningen      2033-02-10      1 (3)"), then the whole line
        cells = [c for c in re.split(r"\t| {3,}", text) if c.strip()]
        for part in ([*cells, text] if len(cells) > 1 else [text]):
            words = [w for w in re.split(r"[\s/,–—-]+", part) if w and not _TITLE_WORD.fullmatch(kw(w, self.lx))]
            # two groups joined by "och" ("Samordnande grupp Barn och unga och processgruppen för Barn och unga", a
            # joint meeting): the first named is the meeting's body
            # (and a group named "för" the body it serves, "BEREDNINGEN FOR LANSGEMENSAM LEDNING I SAMVERKAN": the
            # group, not the body at the line's end)
            # a group, a dash and the body it serves ("Beredningen – Länsgemensam ledning i samverkan"): the group
            # (or a comma: "Beredningen, Länsgemensam ledning i samverkan – protokoll")
            halves = re.split(r"\s+[–—-]\s+", part.strip())
            pair = re.split(r",\s+", halves[0].strip())
            if len(pair) == 2 and (len(halves) == 1
                                   or len(halves) == 2 and _TITLE_WORD.fullmatch(kw(halves[1], self.lx))):
                halves = pair
            # (the county after the body, "Länsgemensam ledning i samverkan Kalmar län", no part of its name)
            if len(halves) == 2 and (g := self.orgs.resolve(halves[0].strip())) \
                    and (b := self.orgs.resolve(halves[1].strip()) or self.orgs.resolve(
                        re.sub(r"\s+(?:i\s+)?Kalmar\s+län$", "", halves[1].strip()))) and g.id != b.id \
                    and self.orgs.types.get(g.id) in GROUP_TYPES \
                    and self.orgs.types.get(b.id) in GROUP_TYPES | {"collaboration-body"}:
                return g.id
            for joint in (" och ", " for "):
                pieces = re.sub(r"\s(?:för|FÖR|for|FOR|För|For)\s", " for ", " ".join(words)).split(joint)
                for k in range(1, len(pieces)):
                    first = self.orgs.resolve(joint.join(pieces[:k]))
                    second = self.orgs.resolve(joint.join(pieces[k:]))
                    if first and second and first.id != second.id and {self.orgs.types.get(first.id),
                                                                       self.orgs.types.get(second.id)} <= (
                            GROUP_TYPES | ({"collaboration-body"} if joint == " for " else set())) \
                            and self.orgs.types.get(first.id) in GROUP_TYPES:
                        return first.id
            # the whole text, else its end ("Anteckningar från möte i samordnande grupp Äldre"); a group's name
            # of one word only as the whole text ("Protokoll – Beredningen")
            for i in range(len(words) if len(words) == 1 else len(words) - 1):
                hit = self.orgs.resolve(" ".join(words[i:]))
                if hit and self.orgs.types.get(hit.id) in GROUP_TYPES:
                    return hit.id
        return None

    def _as_written(self, n: int) -> Line:
        """Line n as written: one taken for page furniture (its Line blank) read back from its text, any other as it
        is."""
        return read_line(n, self.furniture[n], self.lx) if n in self.furniture else self.L(n)

    def _learned_title(self) -> Line | None:
        """The title line as an accepted protocol laid out alike wrote its own, among the first lines, also where it
        was taken for a running header (a letterhead row the template repeats on every page: "LÄNSGEMENSAM LEDNING I
        SAMVERKAN      PROTOKOLL"): put back as a line of text, the first page's."""
        for ln in self.lines[:25]:
            raw = self.furniture.get(ln.n, ln.raw) if ln.layout else ln.raw
            if raw.strip() and self.learned.is_title(raw):
                if ln.layout:
                    self.lines[ln.n - 1] = read_line(ln.n, raw, self.lx)
                return self.L(ln.n)
        return None

    def _title_in_letterhead(self) -> Line | None:
        """The title line among the first page's lines taken for a running header: a letterhead row the template
        repeats on every page ("LÄNSGEMENSAM LEDNING I SAMVERKAN      PROTOKOLL", "Protokoll      1 (6)"), the title
        word in its place, put back as a line of text, the first page's; only where no line of text is a title."""
        for ln in self.lines[:15]:
            if ln.layout and ln.n in self.furniture and self._title_shaped(back := self._as_written(ln.n)):
                self.lines[ln.n - 1] = back
                return back
        # (or a letterhead naming the body and the meeting's date, no title word: "Presidiemöte 22 januari 2058
        # 1 (4)" on every page; a body no record knows in a column of its own, by its word for a body:
        # "Omsorgsnämndens arbetsutskott   2069-02-11   1 (5)")
        for ln in self.lines[:15]:
            if ln.layout and ln.n in self.furniture:
                back = self._as_written(ln.n)
                body = re.sub(r"\s+\d{1,3}\s*\(\d{1,3}\)\s*$", "", back.text).strip()
                if _parse_date(body, None) and not _FINITE_VERB.search(back.key) and len(body.split()) <= 10 \
                        and (re.search(r"lansgemensam(?:ma)? ledning|grupp|presidiekonferens|presidiemote|beredning",
                                       back.key) or self._group_named(body)
                             or len(back.cells) > 1 and not _parse_date(back.cells[0], None)
                             and _BODY_WORD.search(kw(back.cells[0], self.lx))):
                    self.lines[ln.n - 1] = back
                    return back
        # (or a letterhead naming the body alone, "Samverkansområdesgrupp Hab/rehab" under "1(4)" on every page, the
        # meeting's date on the first page's labelled line under it: "Plats och tid   Kalmar, torsdag 23/10 2055")
        for ln in self.lines[:10]:
            if not (ln.layout and ln.n in self.furniture):
                continue
            back = self._as_written(ln.n)
            # (or a body no record knows, by its word for a body: "NÄRVÅRDSGRUPP NYBRO      11 juni      1 (4)")
            if not 1 <= len(back.key.split()) <= 8 or _parse_date(back.text, None) or not (
                    self._group_named(back.text) or _BODY_WORD.search(kw(back.cells[0], self.lx))):
                continue
            below = [m for m in self.lines[ln.n:ln.n + 8] if not m.blank and not m.layout][:2]
            # (the date on the label's line, or on the value's next line: "Plats och tid   Stadshuset, Nybro" /
            # "               Torsdag, 11 juni, 2062 kl. 13.00")
            if any(re.match(r"(?:plats och tid|tid och plats|datum|tid|sammantradesdatum|motesdatum)\b", m.key)
                   and not _OTHER_EVENT.search(m.key)
                   and (_parse_date(m.text, None) or m.n < len(self.lines) and self.L(m.n + 1).raw[:1].isspace()
                        and not self.L(m.n + 1).blank and _parse_date(self.L(m.n + 1).text, None))
                   for m in below):
                self.lines[ln.n - 1] = back
                return back
        return None

    def _header_lines(self, title: int) -> list[int]:
        """The document's own header: the title line, up to three short lines above it, and the
        lines after it up to the first agenda item (numbered in any usual form, or a Markdown
        heading), at most 15."""
        # (a remark in brackets after a line's words is no part of it: "Samordnande grupp Äldre – protokoll
        # (justerat, sänt till ledamöterna)")
        # (a longer line naming a body, no sentence: "Projektgrupp Trygg hemgång inom samordnande grupp Äldre, Kalmar
        # län")
        before = [n for n in range(max(1, title - 6), title) if not self.L(n).blank
                  and (len(words := _BRACKET_REMARK.sub("", self.L(n).text).split()) <= 8
                       or len(words) <= 12 and _BODY_WORD.search(self.L(n).key) is not None
                       and not self.L(n).text.rstrip().endswith((".", ":")))][-3:]
        after: list[int] = []
        for n in range(title + 1, min(len(self.lines), title + 15) + 1):
            ln = self.L(n)
            if ln.blank:
                continue
            # (a Markdown heading right under the title, no number of its own, names the body: "MINNESANTECKNINGAR" /
            # "# Länsnätverket för suicidprevention")
            body_heading = not after and item_number(ln.text) is None and len(ln.text.split()) <= 8 \
                and self.L(n - 1).n == title
            # (a protocol's number through the year right under the title, the body's name beside it, said again
            # in the letterhead of later pages: "2/2098      Vård- och omsorgsnämnden", no paragraph)
            letterhead = n <= title + 2 and re.match(r"\s*\d{1,3}/(?:19|20)\d\d\b", ln.text) is not None \
                and sum(self._as_written(m).key == ln.key for m in range(1, len(self.lines) + 1)) > 1
            if item_number(ln.text) and not _parse_date(ln.text, None) and not letterhead \
                    or re.match(r"^\s*#{1,6}\s", ln.raw) and not body_heading:
                break
            after.append(n)
        return [title, *after, *before]

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
            dates = [d for _p, day, month, y, _w in _date_mentions(ln.text) if y and (d := _valid_date(y, month, day))]
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

    def _paragraph_at(self, n: int) -> tuple[int, int]:
        a = b = n
        while a > 1 and not self.L(a - 1).blank:
            a -= 1
        while b < len(self.lines) and not self.L(b + 1).blank:
            b += 1
        return a, b
