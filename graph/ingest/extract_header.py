"""The meeting a protocol records: its title, kind, date, place, participants and body (the title line, the body
and the date have modules of their own: extract_header_title.py, extract_header_body.py, extract_header_date.py).

- the meeting: a title line ("Protokoll ...", "Sammanträdesprotokoll ...", "Minnesanteckningar ...")
  with the kind (Länsgemensam ledning, presidiekonferens, presidiemöte); the date only from the
  document's own header (the title, short or labelled lines "Datum:", the meeting sentence, before
  the first agenda item: 2026-06-05, "5 juni 2026", 05/06/2026, "2026-06-05 kl. 09.00"), never from a
  meeting the body mentions, and a warning when the header has none; place and participants from "...
  genomfördes/hölls/ägde rum på PLACE med ca N deltagare", "Plats: ...", "Antal deltagare: N"; a meeting told
  in a report's sentence ("Idag har Beredningen ... haft möte").
"""

from __future__ import annotations

import re

from ..names import edits, slug
from .extract_agenda_headings import _TOC_ENTRY
from .extract_agenda_numbering import item_number
from .extract_dates import _date_mentions, _parse_date, valid_date
from .extract_header_body import HeaderBodyRules, _body_type, _without_dates
from .extract_header_date import _ANOTHER_MEETING, _OTHER_EVENT, _OTHER_MEETING_WORDS, HeaderDateRules
from .extract_header_title import _BODY_WORD, _BRACKET_REMARK, _TITLE_WORD, HeaderTitleRules
from .extract_model import Extraction, Line
from .extract_text import _FINITE_VERB, _INLINE_HEAD, GROUP_TYPES
from .names_found import plausible_name
from .ocr_repair import kw, repair_text
from .reading import IngestError


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


# the kinds of body whose meeting a protocol records, named by a title or a report's head
GROUP_BODY_TYPES = GROUP_TYPES | {"network", "collaboration-body", "forum"}


# a report's sentence telling its body's meeting, the body its subject ("Nätverket för X i Kalmar län höll sin
# årsträff onsdagen den 21 mars", "Beredningsgruppen för Y har traditionsenligt hållit sitt höstmöte i november")
_BODY_MET = re.compile(r"^(?P<body>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,9}?)\s+(?:har\s+(?:\w+\s+){0,2}?hållit"
                       r"|höll|hade|genomförde)\s+(?:sitt|sin|ett|en)\s+\w*(?:möte|träff|sammanträde)\b"
                       # (or in the genitive before its meeting: "Styrgruppen för daglig verksamhet i Kalmar läns möte
                       # 24/4 2059 fick ...")
                       r"|^(?P<owner>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){1,9}?)s\s+(?:möte|sammanträde|träff)\b"
                       # (or after the verb of meeting: "Den sjunde oktober 2060 samlades Styrgruppen för föräldrastöd i
                       # Kalmar län i Hultsfred för första gången")
                       r"|\b(?:samlades|träffades|möttes|sammanträdde)\s+(?P<met>[A-ZÅÄÖ][\wåäö-]*(?:gruppen|nätverket"
                       r"|rådet|utskottet|beredningen)(?:\s+för\s+[^,.;]+?)?)(?=\s+i\s+(?!Kalmar\s+län)[A-ZÅÄÖ]"
                       r"|\s+för\s+(?:första|andra|tredje|sista)\b|\s+den\b|\s+på\b|\s*[,.;]|\s*$)")
# (or the verb second, a time first: "I tisdags höll samordnande grupp Psykisk hälsa sitt första möte för året", "Den 10
# september 2063 hade Beredningsgruppen för ekonomiskt bistånd och arbete ett historiskt möte")
_BODY_MET_LATER = re.compile(r"^(?:I|Den|På|Under|Efter|Förra|I\s+går|Igår)\b[^.;]{0,40}?\s(?:höll|hade|genomförde)\s+"
                             r"(?P<body>(?:[\wåäöÅÄÖ-]+\s+)?[\wåäöÅÄÖ-]*(?:grupp|gruppen|nätverket|rådet|utskottet|beredningen|teamet)"
                             r"(?:\s+[\wåäöÅÄÖ-]+){0,8}?)\s+(?:sitt|sin|ett|en)\s+(?:[\wåäö]+\s+){0,2}?"
                             r"\w*(?:möte|träff|sammanträde)\b")
_MAILED_TO = re.compile(r"\s*Till\s*:\s*(?P<body>[A-ZÅÄÖ][^<>@,;]{3,80}?)\s*$")


def _wrapped_onto(head: list[Line], i: int, ends: tuple[str, ...]) -> Line | None:
    """The line the i-th line's sentence wraps onto: the next line of `head`, right under it, where the i-th ends with
    none of `ends`; None where it does not wrap."""
    ln = head[i]
    if not ln.text.rstrip().endswith(ends) and i + 1 < len(head) and head[i + 1].n == ln.n + 1:
        return head[i + 1]
    return None


def _body_name(name: str) -> str:
    """A body's name as a title or a report's head writes it, without the words around it that name its meeting: a
    page's or a mail's words before it ("Nyheter - X", "Rapport från X", "Till: X"), a preposition before it ("av
    Arbetsgruppen för X"), its meeting after it in the genitive ("Styrgruppen för Ys möte nr
    1", "... hanterings möte som ägde rum tisdagen"), an issue's or a meeting's number after it ("samordnande grupp
    Äldre nr 1 67/68")."""
    # (a page's or a mail's words before it: "Nyheter - Arbetsgruppen för X", "Rapport från styrgruppen för X", "TOP5
    # från beredningsgruppen", "Till: Nätverket för X")
    # (a name of two words or more after them: "Rapport från styrgruppen" stays as it is, no body's name in one word)
    page = re.sub(r"^(?:(?:nyheter|nyhet|aktuellt|rapport|referat|protokoll|minnesanteckningar|anteckningar|nytt"
                  r"|hälsningar|halsningar|top\s?\d{1,2}|kort)\s*(?:från|fran|[-–—:|])|till\s*:)\s*(?=\w)", "",
                  name.strip(), flags=re.I)
    name = page if len(page.split()) >= 2 else name
    # (a number or a year before it, "2 2097 Beredningsgruppen för X"; a protocol's words "Protokoll fört vid X")
    name = re.sub(r"^(?:\d+[\s/.:-]+)+(?=[^\W\d])", "", name.strip())
    name = re.sub(r"^(?:protokoll\s+)?(?:fört|fort)\s+(?:vid|hos)\s+(?=\w)", "", name, flags=re.I)
    # (a meeting's word and its year before it: "Styrgruppsmötet 2093 Styrgruppen för X", "NÄTVERKSMÖTE
    # Fältassistentnätverket i Kalmar län", "Öppet nätverksmöte i Länsnätverket för X"; a name of two words after)
    met = re.sub(r"^(?:öppet\s+|öppna\s+)?[\wåäöÅÄÖ]*(?:möte|mötet|möten|träff|träffen|sammanträde)(?:\s+\d{4})?"
                 r"\s+(?:i\s+|med\s+|för\s+|inom\s+)?(?=[^\W\d])", "", name, flags=re.I)
    name = met if len(met.split()) >= 2 else name
    name = re.sub(r"^(?:av|från|fran|med|vid|i|inom|till)\s+(?=\w)", "", name.strip(), flags=re.I)
    # (a meeting of the body before its name: "Nätverksträff i nätverket för LSS-handläggare")
    name = re.sub(r"^\w*(?:träff|möte|sammanträde)\s+(?:i|med|för|inom)\s+", "", name, flags=re.I)
    # (or a compound of the meeting's word: "Samverkansteamet Nybros teammöte")
    name = re.sub(r"(?<=\w\w)s\s+\w*(?:möte|mote|sammanträde|sammantrade|träff|traff)\b.*$", "", name)
    name = re.sub(r"\s+(?:möte|mote)?\s*(?:nr|nummer)\.?\s*\d.*$", "", name, flags=re.I)
    # (the sentence's or the header's words after the name: a verb, a day, a date, a label, the house it met in, the
    # matter it met on: "... i Kalmar län höll", "... den 7-8 oktober 2041", "... tisdagen", "... Sammanträdesdatum",
    # "... Dnr RKL 2033/118", "... i kommunhuset Nybro", "samordnande grupp Äldre om munhälsa")
    name = re.sub(r"\s+(?:höll|hölls|håller|beslöt|beslutade|valdes|väljes|väljs|utsågs|ersätter|ersatte|sammanträdde"
                  r"|träffades|möttes|har|hade|samlades)\b.*$"
                  r"|\s+(?:den\s+)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:januari|februari|mars|april|maj|juni|juli|augusti"
                  r"|september|oktober|november|december)\b.*$|\s+\d{4}-\d\d-\d\d.*$"
                  r"|\s+(?:på\s+|i\s+)?(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en|s)?\b.*$"
                  r"|\s+(?:sammanträdesdatum|mötesdatum|datum|dnr|diarienummer|diarienr)\b.*$"
                  r"|\s+(?:i|på)\s+(?:kommunhuset|regionhuset|stadshuset|landstingshuset|föreningslokalen|\w+salen)\b.*$"
                  r"|\s+om\s+[a-zåäö].*$", "", name, flags=re.I)
    # (the members a mail is sent to after it: "Till: Styrgruppen för X ledamöter och ersättare")
    # (never the name's own last word, "Nätverket för kontaktpersoner")
    name = re.sub(r"(?<!\sför)(?<!\sfor)(?<!\sav)(?<!\som)\s+"
                  r"(?:ledamöter|ledamoter|medlemmar|deltagare|kontaktpersoner)(?:\s+(?:och|samt)\s+\w+)?$", "",
                  name.strip(" ,.;:"))
    name = re.sub(r"\s+(?:och|samt|i|från|fran|på|med|den)$", "", name.strip(" ,.;:"))
    name = re.sub(r"(?<=\b[Ll]än)s$|(?<=\bLÄN)S$", "", name)   # ("... i Kalmar läns" before its meeting)
    return name.strip(" ,.")


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


def _ocr_word(key: str, word: str) -> bool:
    """Whether a (keyword form) text holds a long word with a letter or two OCR misread ("prcsidiekonferens",
    "presidiern0te"), also with an ending ("presidiekonfcrensen"): a word of its length within two edits, or whose
    beginning of that length is, its first two letters kept."""
    return any(abs(len(w) - len(word)) <= 2 and w[:2] == word[:2]
               and min(edits(w, word), edits(w[:len(word)], word)) <= 2
               for w in re.findall(r"[a-z0-9|]+", key) if len(w) >= 10)


# the marks of a published report of a meeting in a document's first lines ("Nyhet Publicerad 2046-11-15", "Rapport
# från styrgruppsmötet", "Nyhetsbrev", "Hälsningar från gruppens möte")
# (or a web page's stamp of its update, "Uppdaterad: 22 MAJ 2071", a body's letter to its members, "Samordnande grupp
# Barn och unga informerar", "Kära kontaktpersoner i kommunerna")
_REPORT_MARK = re.compile(r"\b(?:nyhet|nyheter|publicerad|publicerat|uppdaterad|uppdaterat|nyhetsbrev|pressmeddelande"
                          r"|(?:rapport|referat|halsningar|nytt)\s+fran)\b|\binformerar\s*$|^\s*kara\s+\w+")


# a header's label of the body whose meeting it is, its name after it ("Organ   Samordnande grupp Psykisk hälsa",
# "Instans   ...", a scan's "0rgan")
_ORGAN_LABEL = re.compile(r"\s*(?:[O0]rgan|Instans)\s{2,}(?=\S)")


# a meeting's word in a text of lower case without its dots (`_PLAIN`): "På mötet den 2/3", "träffen", "årsmötet"
# (a conference too, "dagens gemensamma presidiekonferens")
_MEETING_WORD = re.compile(r"\w*(?:mote|motet|motes|moten|sammantrade|sammantradet|traff|traffen|traffades|mottes"
                           r"|samlades|konferens|konferensen)\b")
# a day and month with a slash after "den" ("den 2/3"), no year after it
_DAY_SLASH_MONTH = re.compile(r"\bden\s+(\d{1,2})/(\d{1,2})\b(?!/\d)")
# lower case letters without their dots, one for one (positions kept)
_PLAIN = str.maketrans("åäöéü", "aaoeu")


class HeaderRules(HeaderTitleRules, HeaderBodyRules, HeaderDateRules):
    """The meeting of a protocol read from its header (`_header`): the mixins read its title line, its body and its
    date; here the meeting told in a sentence or a report, the place and the participants."""

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
        # (the collaboration's words; and the words of the bodies that meet in it, a kommun's nämnd or utskott, a
        # styrgrupp, an arbetsgrupp, a nätverk: a report of a nämnd's meeting in a kommun's paper names no other)
        domain = sum(all_keys.count(w) for w in ("lansgemensam", "samverkan", "kommun", "region kalmar",
                                                  "samordnande grupp", "presidie", "namnd", "utskott", "styrgrupp",
                                                  "arbetsgrupp", "beredningsgrupp", "natverk"))
        guessed = False
        if title_line is None and domain >= 5 and (told := self._meeting_guessed(nonblank[:60])) is not None:
            title_line, reported = told
            guessed = True
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
        if new_group and (trimmed := _body_name(new_group[1])) != new_group[1]:
            # (the words after the body's name read with it: "Styrgruppen för X:s möte nr 1", "samordnande grupp Äldre
            # nr 1 67/68", "av Arbetsgruppen för Ys möte som ägde rum ...": the name, a body the records know or new)
            if (known := self._known_body(trimmed)) is not None:
                of, new_group = known, None
            elif len(trimmed.split()) >= 2:
                trimmed = trimmed[:1].upper() + trimmed[1:]
                new_group = (slug(trimmed), trimmed, *new_group[2:])
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
        # (or a summary mailed to the members, a mail's head over it: "Från: ..." / "Till: ..." / "Ämne: ...")
        if sum(1 for ln in nonblank[:8]
               if re.match(r"\s*(?:från|till|skickat|datum|ämne|kopia)\s*:", ln.text.lower())) >= 3:
            ex.reported = True
        if reported is not None:
            ex.date, date_line = reported       # a report's meeting told in its sentence: that sentence's day
            ex.reported = True
            ex.guessed = guessed
            ex.warnings.append(
                f"no minutes' title: read as a report of a meeting, the meeting told on line {reported[1]} "
                f"('{self.L(reported[1]).text.strip()[:70]}'); those present and its matters are what its sentences "
                "name, so check each against the text" if not guessed else
                f"no minutes' title and no sentence telling that a meeting was held: read as a report of a meeting "
                f"GUESSED to be of {reported[0]}, the day on line {reported[1]} "
                f"('{self.L(reported[1]).text.strip()[:70]}'); check the date, the body and every fact against the "
                "text")
        if of == "lansgemensam-ledning" and not new_group \
                and (named := self._report_body(nonblank[:40] if ex.reported else nonblank[:12])) is not None:
            # (a report naming no body in a title: the body its sentence of the meeting has as subject, or the members
            # a summary is mailed to, "Till: Nätverket för tolkförmedling i Kalmar län"; minutes so in their head)
            ex.meeting_of = named[0]
            if named[1]:
                ex.new_groups.append(named)
        if ex.meeting_of == "lansgemensam-ledning" and not new_group and kind == "lgl-meeting" \
                and (alone := self._body_alone(nonblank[:15], title_line)) is not None:
            # (a body named on a line of its own in the head, no title naming one: "Nätverket för boendestöd i Kalmar
            # län" over a report of its meeting; not Länsgemensam ledning by default)
            ex.meeting_of = alone[0]
            if alone[1]:
                ex.new_groups.append(alone)
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
                    # (a title naming the day without the year, a later line the full date of another day in that
                    # year, a report's publication: "Styrgruppsmöte 19 februari" / "• 24 feb 2053": the title's day)
                    days = [(day, month) for _p, day, month, y, _w in _date_mentions(title_line.text) if y is None]
                    if n != title_line.n and len(days) == 1 and not _parse_date(title_line.text, None) \
                            and (own := valid_date(int(d[:4]), days[0][1], days[0][0])) is not None and own <= d:
                        ex.date, date_line = own, title_line.n
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
        # (a report's stamp read as its day, the meeting's day told in a sentence some days before: that day; the
        # header's lines as they were, the sentence's line the text's)
        if ex.date and date_line and (told_day := self._meeting_day_before_stamp(ex.date, date_line)) is not None:
            ex.date = told_day[0]
        if ex.date is None:
            ex.warnings.append(
                f"the header (line {title_line.n} '{title_line.text[:60]}' and the lines before the first agenda "
                "item) gives no meeting date (2026-06-05, 5 juni 2026, 05/06/2026): dates further down are other "
                "meetings', so the draft's meeting has no date: fill it in (its note says where) before accepting")
        self._settle_body(ex, nonblank[:15])
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
            count = _participants(text)
            # (what this line's paragraph gives that an earlier line's did not: the paragraph read again at a later
            # line of it, "... deltog som stöd till nätverket." under "Mötet hölls hos ...", gives its place again,
            # and the sentences between, "Närvarande var A, Org, B, Org ...", are no part of the meeting's lines)
            new = bool(place and not ex.place or count and not ex.participants)
            if place and not ex.place:
                ex.place = place
            if count and not ex.participants:
                ex.participants = count
            if new:
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
                if y in (None, year) and (iso := valid_date(year, month, day)):
                    return iso, title.n   # (the date's line is an item's)
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

    def _meeting_guessed(self, head: list[Line]) -> tuple[Line, tuple[str, int]] | None:
        """The last guess for a text of the collaboration no rule above read as minutes or as a report of a meeting
        (a member's letter, a news page in words no rule knows: "På mötet den 2/3 började vi med ..."): the first line
        of its head naming a meeting with a day before any word of another meeting ("förra träffen den 2 februari",
        "nästa möte"), its year the line's own or the one the document names most; else, where its first twenty
        lines name a meeting, a short dated line among its first eight (a by-line: the day it was published, near
        the meeting's). The title: the text's first line; with the date and the line it stands on. The draft's
        warning says it is a guess."""
        year = self._main_year()
        for i, ln in enumerate(head[:40]):
            # (the line up to a word of another meeting or event: the rest tells of that one; a sentence wrapped onto
            # the next line read with it, "... temamöte om Barnahus" / "i Kalmar tisdagen den 9 september.")
            said = ln.text
            if (nxt := _wrapped_onto(head, i, (".", "!", "?", ":"))) is not None:
                said = f"{said} {nxt.text}"
            low = said.lower().translate(_PLAIN)
            stops = [m.start() for rx in (_OTHER_MEETING_WORDS, _ANOTHER_MEETING, _OTHER_EVENT)
                     if (m := rx.search(low))]
            text = said[:min(stops)] if stops else said
            if not _MEETING_WORD.search(low[:len(text)]):
                continue
            when = _parse_date(text, None)
            if when is None and year is not None:
                days = [(day, month) for _p, day, month, y, _w in _date_mentions(text) if y is None] \
                    or [(int(m.group(1)), int(m.group(2))) for m in _DAY_SLASH_MONTH.finditer(text)]
                when = valid_date(year, days[0][1], days[0][0]) if days else None
            if when is not None:
                return head[0], (when, ln.n)
        if any(_MEETING_WORD.search(ln.text.lower().translate(_PLAIN)) for ln in head[:20]):
            for ln in head[:8]:
                if len(ln.key.split()) <= 8 and not _OTHER_EVENT.search(ln.key) \
                        and not _OTHER_MEETING_WORDS.search(ln.key) and (when := _parse_date(ln.text, None)):
                    return head[0], (when, ln.n)
        return None

    def _report_body(self, head: list[Line]) -> tuple[str, str, str, str | None, int] | None:
        """The body a report of a meeting names as the one that met, in no title: the subject of its sentence of the
        meeting (`_BODY_MET`) or the members a summary is mailed to (`_MAILED_TO`), a body by its word for one
        ("nätverket", "-gruppen", "rådet", "utskottet"): a body the records know as (id, "", "", None, line), else a new
        one as `_header_body` gives it; None where it names none."""
        for i, ln in enumerate(head):
            said = ln.text.strip()
            if (nxt := _wrapped_onto(head, i, (".", "!", "?", ":"))) is not None:
                said = f"{said} {nxt.text.strip()}"     # (the sentence wrapped onto the next line)
            m = _MAILED_TO.match(ln.text) or _BODY_MET.search(said) or _BODY_MET_LATER.search(said)
            if m is None:
                continue
            named = m.groupdict()
            body = _body_name(named.get("body") or named.get("owner") or named["met"])
            key = kw(body, self.lx)
            if not 2 <= len(body.split()) <= 10 or not _BODY_WORD.search(key):
                continue
            if (known := self._known_body(body)) is not None:
                return known, "", "", None, ln.n
            if self.orgs.resolve(body) is None:
                return slug(body), body[:1].upper() + body[1:], _body_type(key), None, ln.n
        return None

    def _settle_body(self, ex: Extraction, head: list[Line]) -> None:
        """The name of the body whose meeting it is, where no record defines it, as a name: without the words around it
        (`_body_name`), without the organisation it belongs to after a comma (", Region Kalmar län"), a body the records
        know where its name opens it ("samordnande grupp Äldre med brukar- och pensionärsorganisationerna", "SAMORDNANDE
        GRUPP PSYKISK HÄLSA PÅ REGIONHUSET"), a kommun's nämnd, utskott or råd part of the kommun the head names alone
        where nothing else says whose it is (twelve kommuner have a socialnämnd each), without the
        meeting's year after it (a year of its own kept: "Övningsplaneringsgruppen – Totalförsvarsövning 2087"),
        capitalised."""
        g = next((g for g in ex.new_groups if g[0] == ex.meeting_of), None)
        if g is None:
            return
        name = _body_name(g[1])
        if ex.date and (year := re.search(r"\s+(\d{4})$", name)) and year.group(1) == ex.date[:4]:
            name = name[:year.start()]     # the meeting's year after it ("Arbetsgruppen för X i Kalmar län 2093")
        if (tail := re.fullmatch(r"(.+?),\s*([^,]+)", name)) and len(tail.group(1).split()) >= 2 \
                and (org := self.orgs.resolve(tail.group(2))) is not None and org.score >= 0.95 \
                and self.orgs.types.get(org.id) in ("region", "kommunforbund") \
                and re.search(r"\bför\b|\bfor\b|kalmar\s+län|nätverket", tail.group(1), re.I):
            name = tail.group(1)
        words = name.split()
        for n in range(len(words), 1, -1):
            if n < len(words) and not (re.fullmatch(r"med|på|pa|i|vid|-|–|samverkan", words[n].lower())
                                       or words[n - 1].endswith(",")):
                continue
            lead = " ".join(words[:n]).rstrip(",")
            if (known := self._known_body(lead, least=0.99)) is not None:
                ex.meeting_of = known
                ex.new_groups = [x for x in ex.new_groups if x is not g]
                return
        key = kw(name, self.lx)
        part = g[3]
        if part is None and re.search(r"namnd(?:en|ens)?\b|utskott|\w+rad(?:et)?\b", key) \
                and not re.search(r"kommun|kalmar lan|lansdel|regional|region\b", key):
            kommuner = {hit.id for ln in head
                        for m in re.finditer(r"\b[A-ZÅÄÖ][\wåäöÅÄÖ]+\s+(?:kommun|KOMMUN)\b", ln.text)
                        if (hit := self.orgs.resolve(m.group(0))) is not None and hit.score >= 0.95
                        and self.orgs.types.get(hit.id) == "kommun"}
            if len(kommuner) == 1:
                part = kommuner.pop()
        name = name[:1].upper() + name[1:]
        if name != g[1] or part != g[3]:
            new = (slug(name), name, g[2], part, *g[4:])
            ex.new_groups = [new if x is g else x for x in ex.new_groups]
            ex.meeting_of = new[0]

    def _body_alone(self, head: list[Line], title: Line) -> tuple[str, str, str, str | None, int] | None:
        """A line of the head (its first cell) that names a body and nothing else: a word for a body in the definite
        form first and what it is for or whose it is after ("Nätverket för boendestöd i Kalmar län", "Styrgruppen för
        skolnärvaro i Kalmar län", "Demensnätverket i Kalmar län", "Samverkansteamet Nybro", "Socialnämndens
        arbetsutskott"), two to ten words, no sentence, no date: a body the records know as (id, "", "", None, line),
        else a new one (id, name, type, None, line). None where the head names Länsgemensam ledning, or no such line."""
        if any("lansgemensam ledning" in ln.key for ln in head if ln.n <= title.n + 2):
            return None
        for ln in head:
            text = _BRACKET_REMARK.sub("", (ln.cells[0] if ln.cells else ln.text)).strip(" ,;")
            name = _body_name(text)
            key = kw(name, self.lx)
            words = key.split()
            if not 2 <= len(words) <= 10 or re.search(r"\d|[.:!?]$", name) or _FINITE_VERB.search(key):
                continue
            if (known := self._known_body(name, least=0.99)) is not None:
                return known, "", "", None, ln.n    # (a known group alone: "SAMORDNANDE GRUPP PSYKISK HÄLSA")
            definite = re.fullmatch(r"[\w-]*(?:gruppen|natverket|radet|teamet|beredningen|forumet|namnden"
                                    r"|utskottet|kommitten)", words[0])
            if not (definite and (words[1] in ("for", "mot", "i", "inom", "om") or name.split()[1][:1].isupper())
                    or re.fullmatch(r"[\w-]+namndens", words[0]) and words[1] in ("arbetsutskott", "au")):
                continue
            if (known := self._known_body(name)) is not None:
                return known, "", "", None, ln.n
            if self.orgs.resolve(name) is None:
                name = re.sub(r"\s+", " ", name)
                return slug(name), name[:1].upper() + name[1:], _body_type(key), None, ln.n
        return None

    def _known_body(self, name: str, least: float = 0.95) -> str | None:
        """The id of the body the records know by this name as written (or a scan's damage to it, down to `least`): a
        group, a network, a forum or the collaboration's body, whose meetings protocols record; None for any other."""
        known = self.orgs.resolve(name)
        return known.id if known is not None and known.score >= least \
            and self.orgs.types.get(known.id) in GROUP_BODY_TYPES else None

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
        year = self._main_year()
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
            if (nxt := _wrapped_onto(head, i, (".", "!", "?", "…"))) is not None:
                text, key = f"{text} {nxt.text}", f"{key} {nxt.key}"   # (wrapped onto the next line)
            first = re.split(r"(?<=[a-zåäö0-9)])[.!?]\s+(?=[A-ZÅÄÖ])", text)[0]
            # (the first sentence's own key: a key has no full stops to split it at, and a verb of the next sentence
            # is no verb of this one's day, "... första sammanträde den 27 januari. Här följer ... som hölls den 21
            # april")
            fkey = kw(first, self.lx)
            # (a scan's "rn" for "m": "sarnlades")
            # (a scan's "1" for "l" too: "hö11s")
            verb = re.search(r"\b(?:traffades|(?:m|rn)ottes|sa(?:m|rn)(?:m|rn)antradde|sa(?:m|rn)lades|ho[l1]{2}s"
                             r"|traffade"
                             r"|(?:m|rn)otte"
                             # (or carried out, took place, "I dag genomförde Länsgemensam ledning sin gemensamma
                             # presidiekonferens", "Arbetsutskottet gick av stapeln den 12:e februari")
                             r"|genomforde|genomfordes|agde\s+rum|gick\s+av\s+stapeln"
                             r"|(?:har|hade)\s+(?:\w+\s+){0,8}?haft\s+(?:sitt\s+|ett\s+)?\w*mote"
                             r"|hade\s+(?:sitt\s+|ett\s+)?\w*mote)\b", fkey)
            # (nor a meeting told as one more, "Den 22 september genomförde vi också ett sammanträde": another than the
            # report's)
            if verb is None or _ANOTHER_MEETING.search(fkey) or _OTHER_MEETING_WORDS.search(fkey) \
                    or re.search(r"\b(?:ocksa|aven)\b", fkey[verb.end():][:40]) \
                    or not (re.search(r"\w*(?:mote|sammantrade|traff)\b", fkey)
                            or any(self._names_a_body(" ".join(fkey[verb.end():].split()[j:])) for j in range(7))
                            # (or the body the sentence's subject, before its verb: "Socialnämndens arbetsutskott
                            # sammanträdde onsdagen den 16 mars 2072 i Kommunhuset.")
                            or 1 <= len(fkey[:verb.start()].split()) <= 6 and self._names_a_body(fkey[:verb.start()])
                            or any(self._names_a_body(fkey[m.end():]) for m in re.finditer(r"\b(?:i|med|for|inom)\s+",
                                                                                           fkey))):
                continue
            when = None
            if (d := _parse_date(first, None)) is not None:
                when = d
            elif (dm := [(day, month) for _p, day, month, y, _w in _date_mentions(first) if y is None]
                  or [(int(m.group(1)), int(m.group(2))) for m in re.finditer(
                      r"\bden\s+(\d{1,2})\.(\d{1,2})\b(?!\.\d)", first)]) and year is not None:
                day, month = dm[0]
                when = valid_date(year, month, day)     # (the year the document names most)
            elif re.search(r"\b(?:idag|i dag)\b", fkey):
                when = next((d for h in head if h.n < ln.n and len(h.key.split()) <= 8
                             and (d := _parse_date(h.text, None))), None)
                # (or the web page's publication line, at its foot: "Publicerad: 2076-10-02")
                when = when or next((d for h in self.lines if re.match(r"(?:publicerad|publicerat|postat|inlagd)\b",
                                                                        h.key) and len(h.key.split()) <= 8
                                     and (d := _parse_date(h.text, None))), None)
            if when is None:
                continue
            above = [h for h in head if ln.n - 3 <= h.n < ln.n and 1 <= len(h.key.split()) <= 12
                     and not h.text.rstrip().endswith((".", ":")) and item_number(h.text) is None
                     and not _parse_date(h.text, None)]
            return (above[-1] if above else ln), (when, ln.n)
        return None


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


    def _paragraph_at(self, n: int) -> tuple[int, int]:
        a = b = n
        while a > 1 and not self.L(a - 1).blank:
            a -= 1
        while b < len(self.lines) and not self.L(b + 1).blank:
            b += 1
        return a, b
