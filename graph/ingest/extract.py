"""Rules that read a protocol's text into facts: meeting, agenda, attendance, decisions, money, people.

The rules follow the forms protocols of Länsgemensam ledning take, not any one document:

- the meeting: a title line ("Protokoll ...", "Sammanträdesprotokoll ...", "Minnesanteckningar ...")
  with the kind (Länsgemensam ledning, presidiekonferens, presidiemöte); the date only from the
  document's own header (the title, short or labelled lines "Datum:", the meeting sentence, before
  the first agenda item: 2026-06-05, "5 juni 2026", 05/06/2026, "2026-06-05 kl. 09.00"), never from a
  meeting the body mentions, and a warning when the header has none; place and participants from "...
  genomfördes/hölls/ägde rum på PLACE med ca N deltagare", "Plats: ...", "Antal deltagare: N";
- the agenda: numbered items ("3. Title", "§ 3", "3 §", "Punkt 3.", "N:o 3", "3)", "3:"), else
  Markdown headings, else short standalone lines; a heading over its text before the first numbered
  item is an unnumbered item ("Öppnande"); sub-items are standalone lines inside a numbered item (not
  under "Beslutspunkter", whose sub-headings name decisions); two headings in a row are a section and
  its item ("A / B");
- attendance: a heading ("Närvarande ledamöter", "Övriga", "Övriga medverkande", "Deltagarlista",
  "Övriga deltagare") and its lines "Name, Organisation (tf.)", "Name Organisation", "Name," with the
  organisation on the next line, tab- or space-separated table rows of name/organisation pairs; an
  unheaded run of names at the end of a document is a participant list, split where the columns
  (an indented line) or the form (with or without organisation) change; a heading is read through
  OCR damage word by word ("Narvarande 1edamöter (Narnn, 0rganisation)"); a row splits into fields
  by tabs, pipes or runs of spaces ("Name  Organisation  role"), or "Name – Organisation"; page
  headers and footers inside a list are layout; a list ends at a line standing over a sentence;
  a list may be one labelled line ("Övriga närvarande: X, Org (role)", ending at the next labelled
  line), a head row naming the list and its columns ("Deltagare  Organisation  Uppdrag"), or stand
  under a heading over list headings ("Närvarande" / "Ledamöter:"); "Ordförande: X, Org" above the
  lists is a member in the chair; absences ("Frånvarande", "Ej närvarande", "Anmält förhinder") are
  people, not attendance; a two-column line with an OCR-damaged name reads cell by cell;
- decisions: "Beslut: ...", "... beslutar/beslöt att ...", "beslutades att ...", a body with its verb
  ("Länsgemensam ledning godkänner ..."), "Protokollet godkändes", replacements "X ersätter Y ... i
  GROUP (som ROLE) (från ORIGIN)" and "X utses till ROLE i GROUP efter Y", "X utses till ...",
  "beslutar att fastställa indikatorn för LABEL för år YEAR till VALUE", "... varav detta fastslås";
  any sentence of an item with a decision verb form (godkänns/godkändes, läggs/lades till
  handlingarna, fastställs, antas, uppdras, tillstyrker, utses; not the supine "har
  godkänts", not "som antogs"); "Anteckningarna godkänns" approves a protocol; replacements also as
  "efterträder", "ersätts av", "tar över efter", in the group named or the body whose meeting it is;
  a decision naming money, or in a paragraph that does, is funding;
- money: amounts in the usual Swedish forms (2 500 000 kr, 2.500.000 kronor, 2,5 miljoner kronor,
  2 500 000 SEK, 2 500 tkr, 2,5 mnkr, 3,5 Mkr; plain numbers under a table head giving the unit), each
  once at its own line: a total sentence ("till en summa av", "erhållit", "beviljats") or total row,
  parts (table rows, other amounts), "fördelas jämnt mellan A och B, dvs N kr till respektive part"
  (an allocation to each); an amount restated in brackets once; an amount that is the sum of all the
  others their total; linked to the agreement whose distinctive title words the sentence (else the
  item) holds, or named by a short form ("Överenskommelsen om psykisk hälsa"); a proposal to another
  body ("föreslår att Länsgemensam ledning godkänner") is no decision;
- meetings referred to or announced: a date ("den 3 oktober 2025", 2026-03-12) after words naming a
  meeting ("Länsgemensam ledning", "mötet", "Protokollet från mötet"), not a date of validity ("från
  den 1 maj 2027", "senast den ...", "träder i kraft den ...");
- people: names in presenter lines and prose (names_found.py) and the titles after them; a name is a
  presenter when the first verb after it is one of presenting ("X och Y presenterade"), a label names
  it ("Föredragande: X"), or it stands with its titles without a verb; not after another verb
  ("Synpunkter lämnades av X", "Gruppen tackade X") nor as the subject of another ("X hade skickat"),
  nor named in a decision, a task ("uppdrar åt X") or an election; a passive of presenting with its
  agent presents ("avslutades av ordföranden X"); a title right before a name ("Regionens
  planeringsdirektör X") is a post in the organisation the person is listed with.

Names are kept as written. Everything else is read through the OCR repair (ocr_repair.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import math
import re
import unicodedata
from dataclasses import dataclass, field

from ..names import fold, same_person, slug
from .layout import clean_layout
from .names_found import GIVEN_NAMES, NameSpan, find_names, is_name_word, plausible_name
from .ocr_repair import Lexicon, kw, repair_text, strip_markup
from .orgs import OrgMatch, OrgResolver
from .reading import IngestError
from .reconcile import PersonMatcher

MONTHS = {m: i for i, m in enumerate(["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                                      "september", "oktober", "november", "december"], 1)}
LIST_HEADINGS = {
    "narvarande ledamoter": "ledamoter", "narvarande ledamoter och ersattare": "ledamoter",
    "ledamoter": "ledamoter", "narvarande": "ledamoter",
    "ovriga": "ovriga", "ovriga medverkande": "ovriga", "medverkande": "ovriga", "ovriga narvarande": "ovriga",
    "deltagarlista": "deltagare", "deltagare": "deltagare", "deltagarforteckning": "deltagare",
    "narvarande deltagare": "deltagare", "ovriga deltagare": "ovriga-deltagare",
    "franvarande": "-", "franvarande ledamoter": "-",
}
# title words -> role id (keys are keyword keys; longest first when matching)
ROLE_WORDS = {
    "vice ordforande": "vice-ordforande", "vice ordf": "vice-ordforande", "ordforande": "ordforande",
    "ordf": "ordforande", "kommunstyrelseordforande": "kommunstyrelseordforande", "socialchef": "socialchef",
    "skolchef": "skolchef", "forvaltningschef": "forvaltningschef", "psykiatridirektor": "psykiatridirektor",
    "planeringsdirektor": "planeringsdirektor", "regionrad": "regionrad", "basenhetschef": "basenhetschef",
    "barnlakare": "barnlakare", "elevhalsochef": "elevhalsochef", "barnrattssamordnare": "barnrattssamordnare",
    "analytiker": "analytiker", "docent": "docent", "professor": "professor",
    "nationell samordnare": "nationell-samordnare", "samordnare": "samordnare", "handlaggare": "handlaggare",
    "utvecklingsledare": "utvecklingsledare", "processledare": "processledare",
    "brukarrepresentant": "brukarrepresentant", "invanarrepresentant": "invanarrepresentant",
    "invanarmedverkan": "invanarrepresentant", "brukarmedverkan": "brukarrepresentant",
    "sammankallande": "sammankallande", "representant": "representant", "ledamot": "ledamot",
}
#: organisation types of the groups that meet and keep protocols of their own
GROUP_TYPES = {"coordinating-group", "area-group", "process-group", "steering-group", "working-group",
               "preparatory-group"}
# a group's kind by the word naming it (keyword form): a group no record defines gets this type
_GROUP_WORDS = [(r"arbetsgrupp(?:en)?", "working-group"), (r"styrgrupp(?:en)?", "steering-group"),
                (r"processgrupp(?:en)?", "process-group"), (r"natverk(?:et)?", "network"),
                (r"referensgrupp(?:en)?", "working-group"), (r"projektgrupp(?:en)?", "working-group")]
CAPACITY_ROLES = {"brukarrepresentant", "invanarrepresentant"}
CHAIR_ROLES = {"ordforande", "vice-ordforande"}
_CHAIR_LABELS = {"ordforande": "ordforande", "ordf": "ordforande", "vice ordforande": "vice-ordforande",
                 "vice ordf": "vice-ordforande"}
_ROLE_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(k) for k in ROLE_WORDS), key=len, reverse=True))
                      + r")\b\.?")
_ACTING_RE = re.compile(r"\(\s*t\.?\s*f\.?\s*\)|\bt\.?f\.(?=\s|$)", re.I)
# an amount: digits grouped by space, no-break space or dot ("2 500 000", "2.500.000"), a decimal part
# after a comma ("2,5"), then a unit (kr, kronor, SEK, tkr, mnkr, Mkr, miljoner kronor, milj. kr, :-);
# or a unit before the digits ("SEK 40 000")
_DIGITS = (r"(?<![\d,.])(?P<whole>\d{1,3}(?:(?:[ \u00a0\u202f]\d{3})+|(?:\.\d{3})+)(?![\d])|\d+)"
           r"(?:[,.](?P<frac>\d{1,2})(?!\d))?")
_UNIT = (r"(?P<unit>miljoner\s+kronor|miljoner\s+kr|miljarder\s+kronor|milj(?:oner)?\.?\s*kr(?:onor)?|mn\s*kr|"
         r"mnkr|mkr|msek|mn\s*sek|tusen\s+kronor|tusen\s+kr|tkr|tsek|kronor|kr|sek|:-"
         # "1,2 miljoner till handledning": millions without the word kronor, in a sentence on money
         r"|miljoner(?=\s+(?:till|för|for|i|av|per|inom|under)\b|\s*[,.;)]|\s*$))")
_AMOUNT_RE = re.compile(_DIGITS + r"\s*" + _UNIT + r"(?![\wåäö])", re.I)
_AMOUNT_BEFORE_RE = re.compile(r"(?<![\wåäö])(?P<unit>kr|sek)\.?\s+" + _DIGITS.replace("(?<![\\d,.])", "")
                               + r"(?![\d\wåäö])", re.I)
_DAY_RANGE = re.compile(r"(?<![\d-])(\d{1,2})\s*[–—-]\s*\d{1,2}(?=\s+(?:" + "|".join(MONTHS) + r")\b)", re.I)
_DATE_RE = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")(?:\s+(\d{4}))?\b", re.I)
_ISO_RE = re.compile(r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b")
_ISO_OTHER_RE = re.compile(r"\b(20\d\d|19\d\d)([./])(\d\d)\2(\d\d)\b(?![.,]\d)")   # 2026.06.05, 2026/06/05
_PRESENTING_NOISE = re.compile(r"^(?:bildspel|\[?bildspel\]?.*)$", re.I)
JUNK_LINE = re.compile(r"^\W*$|://|^www\.")
_INLINE_HEAD = re.compile(r"^([^:,.]{3,60}):\s+(\S.*)$")     # "Närvarande: names ..."
_SIGNATURE = re.compile(r"^(?:vid protokollet|vid anteckningarna|antecknat av|justeras|justerare|justerat"
                        r"|protokollforare|sekreterare|ordforande"
                        r"|ordforandes signatur|justerandes signatur)\s*:?\s*(?:av)?\s*$"
                        # the name on the label's line: "Vid anteckningarna: Sofia Ludvigsson"
                        r"|^(?:vid protokollet|vid anteckningarna|antecknat av|antecknad av|justeras|justerat"
                        r"|protokollforare)\s*:?\s+[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+){1,3}\s*$")
_HEADER_FIELD = re.compile(r"^(?:datum|tid|tidpunkt|plats|lokal|motesplats|sammantradesdatum|motesdatum|dnr|diarienr"
                           r"|diarienummer|protokoll nr|protokollnummer)\b\.?\s*:?\s*\S")
_BULLET_RE = re.compile(r"^\s*[-–•*·▪]\s+")
# a list entry's running number ("1. Anna Holm, Kalmar kommun", "12) Per Ek (Nybro kommun)")
_LIST_NUMBER_RE = re.compile(r"^\s*\d{1,3}[.)]\s+(?=[A-ZÅÄÖÉ])")
# an aside in a list line: a party "(S)", a chair "(ordf.)", "(ersättare)"; removed before the name is read
_PARTIES = r"S|M|C|V|L|KD|MP|SD|FP|Fp|Kd|Mp|Sd"
_ASIDE_RE = re.compile(rf"\s*\((?:{_PARTIES}|ordf\.?|vice ordf\.?|ordförande|vice ordförande|sekreterare|ersättare"
                       r"|ledamot|justerare|adjungerad|§§?\s*[\d\s,–-]+)\)(?=\s|,|$)")
_ASIDE_CELL_RE = re.compile(rf"^(?:{_PARTIES.lower()}|ordf\.?|vice ordf\.?|ordforande|vice ordforande|sekreterare"
                            r"|ersattare|ledamot|justerare|adjungerad|§§?\s*[\d\s,–-]+)$")
# the kind of an attendance list from its heading's words (first match wins); "deltagare" when none say it
LIST_KIND_WORDS = [
    (r"franvarande|forhinder|forfall", "-"),
    (r"ovriga deltagare", "ovriga-deltagare"),
    (r"ovriga|dessutom|aven|darutover|ocksa|tjansteperson|tjansteman|medverkande|adjungerad|sekreterare"
     r"|protokollforare|foredragande|inbjudna|gaster|^(?:narvarande )?ersattare$", "ovriga"),
    (r"ledamot|ledamoter|narvarande|fortroendevald|politiker|beslutande|tjanstgorande", "ledamoter"),
    (r"deltagar|deltog|deltagande|narvaro", "deltagare"),
]
_PAREN_TAIL = re.compile(r"\s*\([^)]*\)\s*:?\s*$")
# a heading's note after a comma, in lower case ("Närvarande ledamöter, per organisation")
_COMMA_TAIL = re.compile(r",\s+[a-zåäöé][a-zåäöé ]{2,30}:?\s*$")


def _heading_text(text: str) -> str:
    """A heading line without its notes: "(Namn, Organisation)", ", per organisation"."""
    return _COMMA_TAIL.sub("", _PAREN_TAIL.sub("", text)).strip(" :*")
# the words list headings and their column heads are made of, to read them through OCR damage
_HEADING_VOCABULARY = sorted({w for k in LIST_HEADINGS for w in k.split()} | {
    "namn", "organisation", "roll", "funktion", "titel", "tjanstepersoner", "tjansteman", "medverkande",
    "fortroendevalda", "adjungerade", "inbjudna", "ersattare", "politiker", "beslutande", "sekreterare"})


def _heading_word(word: str) -> str:
    """A heading word read through OCR damage ("Ledarnöter" -> ledamoter, "Narnn" -> namn,
    "0rganisation" -> organisation): the shapes OCR confuses put back, then the closest heading word."""
    if word in _HEADING_VOCABULARY or len(word) < 4:
        return word
    fixed = word.replace("rn", "m").replace("0", "o").replace("1", "l").replace("|", "l").replace("5", "s")
    if fixed in _HEADING_VOCABULARY:
        return fixed
    best = difflib.get_close_matches(fixed, _HEADING_VOCABULARY, n=1, cutoff=0.8)
    if best and len(fixed) >= 6 and (best[0][0] == fixed[0] or not fixed[0].isalpha()):
        return best[0]      # OCR damages letters inside a word; another first letter is another word
    return word


def _heading_words(key: str) -> str:
    return " ".join(_heading_word(w) for w in re.findall(r"[\w|]+", key))
_COLUMN_HEADS = r"namn|organisation|roll|funktion|titel|befattning|uppdrag|representerar|representant for" \
                r"|kommun/region|forvaltning|verksamhet|arbetsplats|kommentar"
# sub-headings of a decision's parts, never agenda items
_PROCEDURAL = re.compile(r"^(?:forslag till beslut|beslutsforslag|beslut|beslutet|beslutsunderlag|arendebeskrivning"
                         r"|arendet|bakgrund|yrkanden?|reservation(?:er)?|protokollsanteckning(?:ar)?|handlingar"
                         r"|foredragande|overlaggning|beslutet skickas till|expedieras till|justering)$")
# item numbering: "§ 1", "§1", "§ 1.", "1 §", "Punkt 1.", "N:o 1", "1.", "1.Title", "1)", "1:", "1 Title"
_ITEM_RE = re.compile(r"^(?:§\s*(?P<para>\d{1,3})\.?|(?P<parab>\d{1,3})\s*§\.?"
                      r"|(?:punkt|ärende|arende)\s+(?P<punkt>\d{1,2})\s*[.:]?"
                      r"|(?:n:o|nr\.?)\s*(?P<nio>\d{1,2})\.?|(?P<dot>\d{1,2})\.|(?P<paren>\d{1,2})\)"
                      r"|(?P<colon>\d{1,2}):(?=\s)"
                      r"|(?P<bare>\d{1,2})(?=\s+(?:[-–—:]\s+)?[A-ZÅÄÖ]))"
                      r"(?:\s*[-–—:](?=\s))?(?:(?:\s+|(?<=\.)(?=[A-ZÅÄÖ][a-zåäö]))(?P<title>\S.*?))?\s*$", re.I)


# ----------------------------------------------------------------------------- data


Column = tuple[str, int] | None      # one side of a two-column list: ("L" | "R", offset of the right column)


@dataclass
class Line:
    n: int
    raw: str
    text: str
    key: str
    cells: list[str]
    layout: bool = False            # page furniture or the emptied tail of a hyphenated word

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def indented(self) -> bool:
        return bool(self.raw) and self.raw[0] in " \t" and bool(self.text)


@dataclass
class Post:
    role: str
    org: str | None
    lines: tuple[int, int]
    title: str | None = None
    acting: bool = False
    former: bool = False
    org_as_written: str | None = None


@dataclass
class PersonMention:
    name: str
    lines: tuple[int, int]
    where: str                      # presenter | prose | attendance | decision | table
    posts: list[Post] = field(default_factory=list)
    affiliations: list[tuple[str, tuple[int, int], str]] = field(default_factory=list)


@dataclass
class Entry:
    name: str
    line: int
    org: str | None = None
    role: str | None = None
    acting: bool = False
    org_as_written: str | None = None
    note: str | None = None
    post: str | None = None          # a role the list line gives in words ("utvecklingsledare", "(ordf.)")
    post_title: str | None = None


@dataclass
class AttendanceList:
    kind: str
    lines: tuple[int, int]
    entries: list[Entry]
    heading: str | None = None
    note: str | None = None


@dataclass
class Item:
    title: str
    lines: tuple[int, int]
    n: int | None = None
    parent: int | None = None
    presenters: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    summary: str | None = None
    decisions_only: bool = False
    title_line: int | None = None   # the title's own line when the number stands alone ("§ 1" / "Välkomna")


@dataclass
class Decision:
    kind: str
    lines: tuple[int, int]
    text: str
    item: int | None = None
    indicator: dict | None = None
    group: str | None = None
    role: str | None = None
    new: str | None = None
    replaced: str | None = None
    seat_origin: str | None = None
    about: list[str] = field(default_factory=list)


@dataclass
class Amount:
    amount: int
    line: int
    label: str
    part: str               # total | part | allocation
    to: str | None = None


@dataclass
class Funding:
    label: str
    year: int | None
    total: int
    lines: tuple[int, int]
    parts: list[Amount]
    allocations: list[Amount]
    agreement: str | None = None
    note: str | None = None


@dataclass
class _Sum:
    """A sum of money being read from an item: its total, parts, allocations and what it is for."""

    total: Amount | None = None
    parts: list[Amount] = field(default_factory=list)
    allocs: list[Amount] = field(default_factory=list)
    label: str | None = None
    year: int | None = None
    agreement: str | None = None
    first_line: int | None = None


@dataclass
class MeetingRef:
    date: str
    status: str          # referred | announced
    kind: str
    of: str
    lines: tuple[int, int]
    text: str
    note: str | None = None


@dataclass
class Extraction:
    doc_kind: str                     # protocol | document
    title: str
    title_line: int
    date: str | None
    meeting_kind: str | None = None
    meeting_of: str | None = None
    meeting_lines: tuple[int, int] | None = None
    place: str | None = None
    participants: int | None = None
    items: list[Item] = field(default_factory=list)
    attendance: list[AttendanceList] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    funding: list[Funding] = field(default_factory=list)
    refs: list[MeetingRef] = field(default_factory=list)
    mentions: list[PersonMention] = field(default_factory=list)
    org_mentions: list[tuple[str, str, int]] = field(default_factory=list)   # (id, as written, line)
    unresolved_orgs: list[tuple[str, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    used: dict[int, str] = field(default_factory=dict)     # line -> what it was read as (fact, layout, prose)
    incomplete: list[str] = field(default_factory=list)    # sections that look cut short, with line numbers
    absent: list[Entry] = field(default_factory=list)      # people under "Frånvarande", "Anmält förhinder"
    # a group no record defines, named in the header with the group it belongs to: (id, name, type, part of, line)
    new_groups: list[tuple[str, str, str, str, int]] = field(default_factory=list)
    n_lines: int = 0

    @property
    def not_understood(self) -> list[int]:
        """The lines no rule read: neither a fact, nor layout, nor prose."""
        return [n for n in range(1, self.n_lines + 1) if n not in self.used]

    @property
    def amounts(self) -> list[Amount]:
        out: list[Amount] = []
        for f in self.funding:
            out.append(Amount(f.total, f.lines[0], f.label, "total"))
            out.extend(f.parts)
            out.extend(f.allocations)
        return out


# ----------------------------------------------------------------------------- the extractor


class Extractor:
    def __init__(self, text: str, lexicon: Lexicon, orgs: OrgResolver, people: PersonMatcher,
                 works: dict[str, list[str]] | None = None) -> None:
        self.lx = lexicon
        self.orgs = orgs
        self.people = people
        self.works = works or {}
        raw_lines = text.split("\n")
        if raw_lines and raw_lines[-1] == "":
            raw_lines.pop()
        lay = clean_layout(raw_lines)
        self.lines: list[Line] = []
        for i, raw in enumerate(lay.lines, 1):
            t = strip_markup(raw)
            cells = [c.strip(" *|") for c in re.split(r"\t| {3,}|\s\|\s", t) if c.strip(" *|-:")]
            self.lines.append(Line(i, raw, t, kw(t, lexicon) if t else "", cells, i in lay.layout))
        self.skipped: dict[int, str] = {}          # list lines not read, and why
        self.absent_lines: set[int] = set()     # sentences naming those absent
        self.list_zones: list[tuple[int, int, int]] = []   # (heading, last entry, stop) of each list read
        self.table_heads: set[int] = set()
        self.gap_lines: set[int] = set()           # lines after a list, before the next heading, not read
        self.list_headings: set[int] = set()
        self.label_heads: set[int] = set()          # a label beside its first entry ("Beslutande    Name, Org")
        self.super_heads: set[int] = set()          # a heading over list headings ("Närvarande" / "Ledamöter:")
        self._entry_cache: dict[tuple[int, str], list[Entry]] = {}
        self.doc_given: set[str] = set()
        self.damaged_names: list[str] = []
        self.ex: Extraction | None = None

    def L(self, n: int) -> Line:  # noqa: N802 - a line by its number
        return self.lines[n - 1]

    # ------------------------------------------------------------------ entry point
    def run(self) -> Extraction:
        if sum(ch.isalpha() for line in self.lines for ch in line.text) < 40:
            raise IngestError("the text has almost no words: not a protocol")
        ex = self._header()
        self.ex = ex
        ex.n_lines = len(self.lines)
        meeting_end = ex.meeting_lines[1] if ex.meeting_lines else 0
        numbered = self._numbered(meeting_end + 1, len(self.lines)) if ex.doc_kind == "protocol" else []
        numbered = numbered if len(numbered) >= 2 else []
        item_lines = {n for n, *_ in numbered}
        first_item = numbered[0][0] if numbered else None
        # "Förhinder hade X, Org, och Y, Org.": people of the record, not attendance; read first, so that no
        # list takes the sentence's lines for its own
        prose_absent = [e for lst in self._prose_lists(meeting_end + 1, (first_item or len(self.lines) + 1) - 1,
                                                       absent=True) for e in lst.entries] if meeting_end else []
        heads = self._list_headings(item_lines)
        lists = self._attendance(heads, item_lines, first_item)
        if ex.doc_kind == "protocol" and ex.meeting_lines:
            before_agenda = (ex.meeting_lines[1] + 1, (first_item or len(self.lines) + 1) - 1)
            if not lists:
                lists = self._prose_lists(*before_agenda)
            # "Förhinder hade X, Org, och Y, Org.": people of the record, not attendance
            listed = {e.name for e in ex.absent}
            ex.absent.extend(e for e in prose_absent if e.name not in listed)
        ex.attendance = lists
        for lst in lists:
            for e in lst.entries:
                w = fold(e.name).split()
                if w:
                    self.doc_given.add(w[0])
        # names the lists write OCR damaged ("Helene Wende1l", "Emelie lngvarsson"): found in prose as written
        self.damaged_names = sorted({e.name for lst in lists for e in lst.entries} - {
            e.name for lst in lists for e in lst.entries if all(is_name_word(w) and w[:1].isupper()
                                                                 for w in e.name.replace("-", " ").split())},
            key=len, reverse=True)
        # the agenda runs from the meeting lines (or the lists before the first item) to the next list
        zones = [(a, last) for a, last, _stop in self.list_zones]
        agenda_start = max([meeting_end] + [last for a, last in zones if first_item and last < first_item]) + 1
        starts = {a: last for a, last in zones}
        while (m := self._next_nonblank(agenda_start - 1, len(self.lines))) is not None and \
                (self.L(m).layout or m in starts):
            agenda_start = starts.get(m, m) + 1    # lists right after the header come first
        if first_item is None:
            # no numbering: the lists before the first heading over text come first, whatever stands
            # between them (a table's own heading, an unread line); the agenda begins after them
            for a, last in sorted(zones):
                if a >= agenda_start and not any(self._is_heading(n) for n in range(agenda_start, a)):
                    agenda_start = max(agenda_start, last + 1)
        later = [a for a, _ in zones if a > (first_item or agenda_start)]
        agenda_end = (min(later) - 1) if later else len(self.lines)
        signed = [ln.n for ln in self.lines[(first_item or agenda_start):agenda_end] if _SIGNATURE.match(ln.key)]
        if signed:
            agenda_end = signed[0] - 1      # "Vid protokollet" / "Justeras": the signatures end the agenda
        if ex.doc_kind == "protocol":
            ex.items = self._agenda(ex, agenda_end, agenda_start)
            self._item_content(ex)
            ex.refs = self._meeting_refs(ex)
        else:
            self._prose_people(1, len(self.lines), None)
        body = self._meeting_body(ex)
        for e in ex.absent:
            ex.mentions.append(PersonMention(e.name, (e.line, e.line), "absent", affiliations=[
                (e.org, (e.line, e.line), e.org_as_written or e.org)] if e.org else []))
        for lst in lists:
            for e in lst.entries:
                ex.mentions.append(PersonMention(e.name, (e.line, e.line), "attendance"))
                # a seat here; at a meeting of presidia a chair in a list chairs the person's own organisation
                presidia = ex.meeting_kind in ("presidiemote", "presidiekonferens") and e.post in CHAIR_ROLES
                org = body if e.post in CHAIR_ROLES | {"ledamot", "sammankallande"} and not presidia else e.org
                if e.post and org:      # a role the list line gives in words: a post, as in a table row
                    ex.mentions.append(PersonMention(e.name, (e.line, e.line), "table", posts=[
                        Post(e.post, org, (e.line, e.line), title=e.post_title, acting=e.acting)]))
        self._account(ex)
        return ex

    # ------------------------------------------------------------------ header
    def _header(self) -> Extraction:
        nonblank = [ln for ln in self.lines if not ln.blank]
        title_line = next((ln for ln in nonblank[:15] if self._title_shaped(ln)), None)
        if title_line is None:
            title_line = self._dated_body_line(nonblank[:15])
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
        if "presidiekonferens" in key or "presidiekonferens" in all_keys[:600]:
            kind, of = "presidiekonferens", "presidiekonferensen"
        elif "presidiemote" in key:
            kind, of = "presidiemote", "presidiemoten"
        else:
            kind, of = "lgl-meeting", "lansgemensam-ledning"
        header = self._header_lines(title_line.n)
        if kind == "lgl-meeting":   # a group's own protocol ("Samordnande grupp Psykisk hälsa" by the title)
            of = next((g for n in header[:3] + [n for n in header if n < title_line.n]
                       if (g := self._group_named(self.L(n).text))), of)
        new_group = self._new_group(sorted(n for n in header if n <= title_line.n + 1)) if kind == "lgl-meeting" \
            else None
        if new_group:
            of = new_group[0]
        ex = Extraction("protocol", title_line.text, title_line.n, None, kind, of)
        if new_group:
            ex.new_groups.append(new_group)
        date_line = None
        for n in header:
            d = self._header_date(n, title_line.n)
            if d:
                ex.date, date_line = d, n
                break
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
            if not re.search(r"genomfordes|agde rum|deltagare|deltog|holls|^plats\b|^lokal\b|^motesplats\b", k):
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
                for i in range(n, para[1] + 1):
                    if re.search(r"deltagare\b|deltog\b|\.\s*$", self.L(i).text):
                        sentence_end = i
                        break
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
        2026") under a short line naming a body or group ("Länsgemensam ledning"): that line is the title."""
        for i, ln in enumerate(head):
            if not (re.match(r"(?:sammantradesdatum|motesdatum|datum)\b", ln.key) and _parse_date(ln.text, None)):
                continue
            for above in reversed(head[max(0, i - 3):i]):
                words = above.key.split()
                if 1 <= len(words) <= 8 and not above.text.rstrip().endswith((".", ":")) and (
                        re.search(r"ledning|grupp|konferens|beredning|presidi|styrgrupp", above.key)
                        or self.orgs.resolve(above.text)):
                    return above
        return None

    def _title_shaped(self, ln: Line) -> bool:
        """A protocol's title line: 'Protokoll ...' (the title word among the first three), a header cell
        'Kommunförbundet ...      PROTOKOLL', or '<Body> - Protokoll' (the word last on a short line); never
        an agenda item's heading ('§ 2. Föregående protokoll')."""
        words = ln.key.split()
        if not words or item_number(ln.text) is not None:
            return False
        if any(_TITLE_WORD.fullmatch(w) for w in words[:3]) \
                or any(_TITLE_WORD.fullmatch(w) for c in ln.cells[1:] for w in kw(c, self.lx).split()[:3]):
            return True
        return 2 <= len(words) <= 8 and bool(_TITLE_WORD.fullmatch(words[-1])) \
            and not ln.text.rstrip().endswith((".", ":"))

    def _new_group(self, header: list[int]) -> tuple[str, str, str, str, int] | None:
        """A group no record defines, named on a header line by a group word ("Länsgemensam arbetsgrupp för
        X", "Nätverket för Y") with the known group it belongs to on that line or the next ("(under
        samordnande grupp Psykisk hälsa)", "inom ...", "del av ..."): (id, name, type, part of, line)."""
        for n in header:
            text = self.L(n).text.strip()
            name = re.split(r"\s*[(–—-]?\s*\b(?:under|inom|del av|som del av)\b", text, maxsplit=1)[0]
            m = re.search(r"\(?\s*\b(?:under|inom|del av|som del av)\s+(.+?)\)?\s*$", text)
            parent_text = m.group(1) if m else None
            if parent_text is None and n + 1 <= len(self.lines):
                nxt = re.fullmatch(r"\(?\s*(?:under|inom|del av|som del av)\s+(.+?)\)?\.?", self.L(n + 1).text.strip())
                parent_text = nxt.group(1) if nxt else None
            if not parent_text:
                continue
            name = name.strip(" ,")
            words = kw(name, self.lx).split()
            gtype = next((t for w in words for pat, t in _GROUP_WORDS if re.fullmatch(pat, w)), None)
            parent = self.orgs.resolve(parent_text)
            if gtype is None or parent is None or self.orgs.types.get(parent.id) not in GROUP_TYPES \
                    or not 2 <= len(words) <= 8 or _TITLE_WORD.search(kw(name, self.lx)):
                continue
            known = self.orgs.resolve(name)
            if known and self.orgs.types.get(known.id) in GROUP_TYPES and known.id != parent.id:
                return None             # a group the records define: no new one
            return slug(name), name, gtype, parent.id, n
        return None

    def _group_named(self, text: str) -> str | None:
        """The group (samordnande grupp, område, process ...) a header line names, title words and
        dates aside."""
        for _at, _d, _m, _y, written in _date_mentions(text):
            text = text.replace(written, " ")
        words = [w for w in re.split(r"[\s/,–—-]+", text) if w and not _TITLE_WORD.fullmatch(kw(w, self.lx))]
        # the whole line, else its end ("Anteckningar från möte i samordnande grupp Äldre")
        for i in range(max(0, len(words) - 1)):
            hit = self.orgs.resolve(" ".join(words[i:]))
            if hit and self.orgs.types.get(hit.id) in GROUP_TYPES:
                return hit.id
        return None

    def _header_lines(self, title: int) -> list[int]:
        """The document's own header: the title line, up to three short lines above it, and the
        lines after it up to the first agenda item (numbered in any usual form, or a Markdown
        heading), at most 15."""
        before = [n for n in range(max(1, title - 6), title) if not self.L(n).blank
                  and len(self.L(n).text.split()) <= 8][-3:]
        after: list[int] = []
        for n in range(title + 1, min(len(self.lines), title + 15) + 1):
            ln = self.L(n)
            if ln.blank:
                continue
            if item_number(ln.text) and not _parse_date(ln.text, None) or re.match(r"^\s*#{1,6}\s", ln.raw):
                break
            after.append(n)
        return [title, *after, *before]

    def _header_date(self, n: int, title: int) -> str | None:
        """The meeting's date on a header line: the title's, a standalone or labelled date ("Datum:",
        "Tid:"), or the date of the meeting sentence ("... ägde rum 7 november 2025"); never a date a
        line gives another meeting ("protokollet från mötet 2026-03-12", "nästa möte ...")."""
        ln = self.L(n)
        d = _parse_date(ln.text, None)
        if not d:
            return None
        k = ln.key
        if re.search(r"protokollet fran|foregaende|forra|tidigare|nasta|kommande|senaste", k):
            return None
        if n == title or len(ln.text.split()) <= 8 or re.match(r"^(datum|tid|dag|motesdatum)\b", k):
            return d
        if re.search(r"genomfordes|agde rum|holls|sammantrade|traffades", k):
            return d
        if _WHEN_SHAPED.search(k):      # "Onsdagen 16 maj 2029 klockan 10–12 i ...": a weekday or a time of day
            return d
        return None

    def _paragraph_at(self, n: int) -> tuple[int, int]:
        a = b = n
        while a > 1 and not self.L(a - 1).blank:
            a -= 1
        while b < len(self.lines) and not self.L(b + 1).blank:
            b += 1
        return a, b

    # ------------------------------------------------------------------ attendance
    def _list_heading_kind(self, ln: Line) -> str | None:
        """The kind of list a heading line names by its words ("Närvarande ledamöter", "Tjänstepersoner
        och medverkande (Namn, Organisation)", "Frånvarande"), or None when its words name none."""
        text = _heading_text(ln.text)
        if ln.blank or len(text) > 60 or len(text.split()) > 7 or ln.cells and len(ln.cells) > 1:
            return None
        k = _heading_words(kw(text, self.lx).rstrip(":").strip())
        if re.match(r"(?:ej|inte|icke)\s+tjanstgorande\b", k):
            return "ovriga"         # "Ej tjänstgörande ersättare": present, not serving in a member's place
        if re.match(r"(?:ej|inte|icke)\s", k):      # "Ej närvarande": the negation, not the word after it
            return "-"
        if k in _CHAIR_LABELS:      # "Ordförande: Pernilla Mosén, Emmaboda kommun": a member, in the chair
            return "ledamoter"
        if k in LIST_HEADINGS:
            return LIST_HEADINGS[k]
        best = difflib.get_close_matches(k, list(LIST_HEADINGS), n=1, cutoff=0.86)
        if best and len(k) >= 7:
            return LIST_HEADINGS[best[0]]
        if "," in text or text.endswith(".") or _name_like(text):
            return None
        for pattern, kind in LIST_KIND_WORDS:
            if re.search(pattern, k):
                return kind
        return None

    def _heading_shaped(self, ln: Line) -> bool:
        """A short line that could head a list: capitalised, no comma outside brackets, no sentence end."""
        text = _heading_text(ln.text)
        if ln.blank or ln.layout or len(ln.cells) > 1 or not text:
            return False
        if not text[0].isupper() and not self._list_heading_kind(ln):     # "6vriga medverkande" (OCR)
            return False
        if len(text) > 60 or len(text.split()) > 7 or "," in text or text.endswith((".", ";")):
            return False
        if ln.n > 1 and self.L(ln.n - 1).text.endswith(","):
            return False            # the organisation of the name line above ("Name," / "Kommunförbundet")
        named = _name_like(text) and not (text.isupper() and self._list_heading_kind(ln))   # "NÄRVARANDE LEDAMÖTER"
        return bool(re.search(r"[a-zåäöé]{3}", text.lower())) and not named and item_number(text) is None \
            and not self.orgs.resolve(text) and not self._capacity(text) \
            and not any(e.org or e.role for e in self._entry_of(ln)) and not self._damaged_entry(ln)

    def _list_headings(self, item_lines: set[int] | None = None) -> list[tuple[int, str, Column]]:
        """List headings by their shape: a heading line followed by name lines. The kind comes from the
        heading's words where they say it ("deltagare" where they do not); a heading whose words name no
        list needs "(Namn, ...)" after it or three name lines with organisations under it. Two headings
        side by side ("Närvarande ledamöter      Övriga medverkande") head two columns of names."""
        heads: list[tuple[int, str, Column]] = []
        items = item_lines or set()
        for ln in self.lines:
            inside_agenda = bool(items) and min(items) < ln.n < max(items)   # "Föredragande: X" in an item
            if ln.n not in items and not inside_agenda and (m := _INLINE_HEAD.match(ln.text)) \
                    and not (items and ln.n > min(items) and _PRESENTER_LABEL.match(kw(m.group(1), self.lx))):
                # ("Föredragande: X" under the last item presents it: no list)
                head = Line(ln.n, m.group(1), m.group(1), kw(m.group(1), self.lx), [m.group(1)])
                if (kind := self._list_heading_kind(head)) and self._inline_entries(ln.n)[0]:
                    heads.append((ln.n, kind, ("inline", len(m.group(0)) - len(m.group(2)))))
                    continue
            if len(ln.cells) >= 2 and ln.n not in items and not inside_agenda and all(
                    re.fullmatch(_COLUMN_HEADS, fold(c).strip(" :")) for c in ln.cells[1:]):
                first = Line(ln.n, ln.cells[0], ln.cells[0], kw(ln.cells[0], self.lx), [ln.cells[0]])
                if (kind := self._list_heading_kind(first)) and self._names_ahead(ln.n)[0]:
                    heads.append((ln.n, kind, None))    # "Deltagare    Organisation    Uppdrag": heading and
                    continue                            # table head in one row
            if len(ln.cells) == 2 and ln.n not in items:
                c = _cell_starts(ln.raw)[-1]
                left, right = self._side(ln.n, ("L", c)), self._side(ln.n, ("R", c))
                kl, kr = self._list_heading_kind(left), self._list_heading_kind(right)
                if kl and kr:
                    heads += [(ln.n, kl, ("L", c)), (ln.n, kr, ("R", c))]
                elif kl and not kr and self._label_column(ln.n, c, right):
                    # "Beslutande      Anna Holm, Kalmar kommun" / "                Per Ek, ...": a label in the
                    # left column, its entries in the right one from the label's own line down
                    self.label_heads.add(ln.n)
                    heads.append((ln.n, kl, ("R", c)))
                elif kr and self._entry_of(left) and any(col and col[0] == "R" and abs(col[1] - c) <= 4
                                                         for _, _, col in heads):
                    # a heading further down the right column, beside a name of the left one ("Sekreterare")
                    heads.append((ln.n, kr, ("R", next(col[1] for _, _, col in heads
                                                        if col and col[0] == "R" and abs(col[1] - c) <= 4))))
                continue
            if ln.n in items or not self._heading_shaped(ln) or fold(ln.text) == "bildspel" or self._table_head(ln):
                continue            # a table's column heads ("Namn / Organisation") head no list of their own
            if inside_agenda and _PRESENTER_LABEL.match(kw(ln.text, self.lx).strip(" :")):
                continue            # "Föredragande" over a name line inside the agenda: the item's presenter
            kind = self._list_heading_kind(ln)
            names, with_org = self._names_ahead(ln.n)
            if not names:
                nxt = self._next_nonblank(ln.n, len(self.lines))
                if kind and nxt is not None and self._list_heading_kind(self.L(nxt)) and self._names_ahead(nxt)[0]:
                    self.super_heads.add(ln.n)      # "Närvarande" over "Ledamöter:" and "Övriga:"
                    continue
                if kind and nxt is not None and self.ex is not None and not self._is_heading(nxt) \
                        and item_number(self.L(nxt).text) is None and not self._heads_prose(ln.n):
                    self.ex.incomplete.append(f"list '{ln.text}' (line {ln.n}): no name line read under it "
                                              f"(line {nxt} and on)")
                continue
            if kind is None:
                # no word names a list: "(Namn, ...)" after it, or three name lines with organisations
                # among the lists (after the last item, or after a named list), not an item's presenters
                tail = _PAREN_TAIL.search(ln.text)
                named_columns = bool(tail and re.match(r"\(?\s*namn\b", _heading_words(fold(tail.group(0)))))
                prev = self._prev_nonblank(ln.n)
                # among the lists: after the last item, or after a named list (before the first item, where
                # two name lines with organisations make a list: "Representanter" / "Name, Org" / "Name, Org")
                before_agenda = bool(items) and bool(heads) and ln.n < min(items)
                among_lists = (ln.n > max(items) if items else bool(heads)) or before_agenda
                if named_columns or (among_lists and prev not in items and with_org >= (2 if before_agenda else 3)
                                     and with_org == names):
                    kind = "deltagare"
                else:
                    continue
            heads.append((ln.n, kind, None))
        return heads

    def _label_column(self, n: int, c: int, right: Line) -> bool:
        """Line n is a label (from the margin) with an entry beside it, and the next line goes on in the
        entry's column, with no label of its own (or the label's wrapped last word), holding an entry too: a
        list laid out as label and value columns ("Beslutande    Anna Holm, Kalmar kommun" over "
        Per Ek, Vimmerby kommun"). A label with one entry and nothing under it is a list when the entry names
        its organisation, as list lines do ("Övriga deltagande   Per Ek, Vimmerby kommun"), and the label is
        no chair's ("Ordförande   Anna Holm, ...")."""
        ln = self.L(n)
        left = self._side(n, ("L", c)).text.strip()
        if ln.raw[:1].isspace() or not left or left[0].islower() or not (got := self._entry_of(right)):
            return False
        if n < len(self.lines) and not self.L(n + 1).blank:
            return self._under_label(n + 1, c) and bool(self._entry_of(self._side(n + 1, ("R", c))))
        return all(e.org or e.role for e in got) and _heading_words(kw(left, self.lx).strip(" :")) not in _CHAIR_LABELS

    def _under_label(self, m: int, c: int) -> bool:
        """Line m goes on in the value column of a label column above: nothing in the label's column (or the
        label's wrapped word, in lower case: "Beslutande" / "ledamöter") and something in the value's."""
        left = self._side(m, ("L", c)).text.strip()
        return (not left or left[0].islower()) and bool(self._side(m, ("R", c)).text.strip())

    def _inline_entries(self, n: int, heading: str | None = None) -> tuple[list[Entry], int]:
        """'Närvarande: Anna Holm (Kalmar kommun), Per Ek, Vimmerby kommun; ...': the entries of a list
        written as a sentence after its heading (the paragraph may go on over the next lines)."""
        m = _INLINE_HEAD.match(self.L(n).text)
        assert m is not None
        _a, b = self._paragraph_at(n)
        # the sentence goes on over the next lines, up to a line with a label of its own ("Frånvarande: ...")
        b = next((i - 1 for i in range(n + 1, b + 1) if _INLINE_HEAD.match(self.L(i).text)), b)
        entries: list[Entry] = []
        unread: list[tuple[int, str]] = []
        for i, parts in _sentence_parts([(i, m.group(2) if i == n else self.L(i).text) for i in range(n, b + 1)]):
            for k in range(0, len(parts), 2):
                piece = parts[k].strip(" .")
                if not piece:
                    continue
                role = None
                if (two := re.fullmatch(r"(.+?)\s*\(([^(),]+),\s*([^(),]+)\)", piece)) \
                        and (self.orgs.resolve(two.group(3)) or self._capacity(two.group(3))):
                    piece, role = f"{two.group(1)} ({two.group(3)})", two.group(2)  # "X (utvecklingsledare, Org)"
                fake = Line(i, piece, piece, kw(piece, self.lx), [piece])
                e = self._parse_entry_cell(fake, _ASIDE_RE.sub("", _ACTING_RE.sub("", piece)).strip(), False)
                if e is not None and role:
                    self._note_post(e, role)
                if e is not None:
                    e.acting = bool(_ACTING_RE.search(piece))
                    for aside in _ASIDE_RE.finditer(piece):     # "Sofia Hartz (ordförande)"
                        self._note_post(e, aside.group(0).strip(" ()"))
                    prev = entries[-1] if entries else None
                    # "Anna Holm och Per Ek (Kalmar kommun)": the organisation in brackets is both names'
                    if prev and not (prev.org or prev.role) and prev.line == i and k >= 2 \
                            and parts[k - 1].strip() == "och" and piece.endswith(")") and (e.org or e.role):
                        prev.org, prev.role, prev.org_as_written = e.org, e.role, e.org_as_written
                        prev.note = None
                    entries.append(e)
                elif entries and entries[-1].org is None and entries[-1].role is None and \
                        (self.orgs.resolve(piece) or self._capacity(piece)):
                    self._set_org(entries[-1], piece)
                elif entries and _ASIDE_CELL_RE.match(kw(piece, self.lx)):
                    continue
                else:
                    unread.append((i, piece))
        if unread and entries and self.ex is not None and heading is not None:
            self.ex.incomplete.append(f"list '{heading}' (line {n}): not read as names: "
                                      + "; ".join(f"'{p}' (line {i})" for i, p in unread))
        return entries, b

    def _side(self, n: int, column: Column) -> Line:
        """Line n, or the part of it in one column of a two-column list ("L" before offset c, "R" from it)."""
        ln = self.L(n)
        if column is None or ln.blank:
            return ln
        side, c = column
        part = _tab_side(ln.raw, side)
        if part is None:
            raw = ln.raw.expandtabs(8)
            cut = _column_cut(raw, c)
            part = raw[:cut] if side == "L" else raw[cut:]
        t = strip_markup(part)
        cells = [x.strip(" *|") for x in re.split(r"\t| {3,}|\s\|\s", t) if x.strip(" *|-:")]
        return Line(n, part, t, kw(t, self.lx) if t else "", cells, ln.layout)

    def _present_only(self, entries: list[Entry]) -> list[Entry]:
        """A list with a presence column ("x" present, "-" absent): those marked absent are people of the
        record (absent), not attendance."""
        marks = {e.line: self._presence_mark(e.line) for e in entries}
        if not (True in marks.values() and False in marks.values()) or self.ex is None:
            return entries
        self.ex.absent.extend(e for e in entries if marks[e.line] is False)
        return [e for e in entries if marks[e.line] is not False]

    def _presence_mark(self, n: int) -> bool | None:
        """A table row's presence column, last on the row apart from the rest: "x", "ja", "✓" (present) or
        "-", "–", "nej", "0" (absent); None when the row has none."""
        m = re.search(r"\S(?:\t|\s{3,})(\S{1,3})\s*$", self.L(n).raw)
        mark = fold(m.group(1)) if m else ""
        return True if mark in ("x", "ja", "✓", "✔") else False if mark in ("-", "–", "—", "nej", "0") \
            else None

    def _names_ahead(self, n: int) -> tuple[int, int]:
        """How many name lines follow line n (blank lines and one unreadable line between them allowed),
        and how many of them name an organisation or capacity."""
        names = with_org = 0
        m = n + 1
        bad = 0
        while m <= len(self.lines) and m not in self.absent_lines:
            ln = self.L(m)
            if ln.blank or ln.layout or JUNK_LINE.search(ln.text) or self._table_head(ln) or self._org_line(ln):
                m += 1
                continue
            got = self._entry_of(ln) or self._damaged_cells(ln)     # an OCR-damaged name counts too
            if not got:
                if names and bad == 0 and not self._heading_shaped(ln):
                    bad += 1
                    m += 1
                    continue
                break
            bad = 0
            names += 1
            with_org += all(e.org or e.role for e in got)
            m += 1
        return names, with_org

    def _attendance(self, heads: list[tuple[int, str, Column]], item_lines: set[int] | None = None,
                    first_item: int | None = None) -> list[AttendanceList]:
        lists: list[AttendanceList] = []
        starts = sorted({n for n, _, _ in heads} | set(item_lines or ()))
        for n, kind, column in heads:
            # a list in one column of two goes on past a heading in the other column
            other = {m for m, _, col in heads if column and column[0] in ("L", "R") and col
                     and col[0] in ("L", "R") and col[0] != column[0] and m != n
                     and not any(m2 == m and c2 and c2[0] == column[0] for m2, _, c2 in heads)}
            later = [s for s in starts if s > n and s not in other]
            stop = later[0] - 1 if later else len(self.lines)
            if column and column[0] == "inline":
                heading = self.L(n).text[:column[1]].strip(" :")
                entries, last = self._inline_entries(n, heading)
            else:
                side = self._side(n, column)
                heading = side.cells[0] if column is None and len(side.cells) > 1 else side.text   # a head row
                if n in self.label_heads:      # the label's line holds the first entry; the next label ends it
                    assert column is not None
                    heading = self._side(n, ("L", column[1])).text
                    stop = next((m - 1 for m in range(n + 1, stop + 1) if not self.L(m).blank
                                 and not self._under_label(m, column[1])), stop)
                entries, last = self._entries(n + (n not in self.label_heads), stop, heading, column)
            if not entries:
                continue
            entries = self._present_only(entries)
            chair = _CHAIR_LABELS.get(_heading_words(kw(heading, self.lx).strip(" :")))
            for e in entries if chair else []:
                e.post = e.post or chair
            self.list_headings.add(n)
            self.list_zones.append((n, last, stop))
            self._report_gap(heading, n, last, stop, column)
            if kind == "-":     # absent: people of the record, not attendance
                if self.ex is not None:
                    self.ex.absent.extend(entries)
                continue
            lists.append(AttendanceList(self._kind_at_meeting(kind), (n, last), entries, heading=heading))
        # an unheaded run of names at the end of the document
        after = [a for a, _, _ in self.list_zones if first_item is None or a > first_item]
        covered_from = min(after) if after else len(self.lines) + 1
        tail = self._unheaded_tail(covered_from - 1)
        if tail:
            blocks = self._split_blocks(tail)
            for a, b in blocks:
                entries, last = self._entries(a, b, None)
                entries = self._present_only(entries)
                if entries:
                    self.list_zones.append((a, last, last))
                    lists.append(AttendanceList("deltagare", (a, last), entries, note=(
                        "An unheaded list of names at the end of the document, taken as the meeting's "
                        "participants (ingest rule: a run of name lines without heading).")))
        lists.sort(key=lambda lst: lst.lines)
        if not (self.ex is not None and self.ex.meeting_kind == "presidiekonferens") \
                and not any(lst.kind == "ledamoter" for lst in lists):
            for lst in lists:       # a group's "Deltagare" beside its "Övriga deltagare": those present as members
                if lst.kind == "deltagare":
                    lst.kind = "ledamoter"
        return lists

    def _meeting_body(self, ex: Extraction) -> str | None:
        """The body whose meeting this is: a group named in the lines down to the title ("Samordnande grupp
        Psykisk hälsa" / "PROTOKOLL"), else the meeting's own body; a group no record defines, named in the
        header with the group it belongs to, first."""
        if ex.new_groups:
            return ex.new_groups[0][0]
        for ln in self.lines[: ex.title_line + 1]:
            m = self.orgs.resolve(ln.text) if ln.text and len(ln.text) < 80 else None
            if m and self.orgs.types.get(m.id, "") in ("coordinating-group", "area-group", "process-group",
                                                          "steering-group", "working-group"):
                return m.id
        return ex.meeting_of

    def _prose_lists(self, start: int, end: int, absent: bool = False) -> list[AttendanceList]:
        """Attendance written only as sentences before the agenda ("Närvarande var regionråden Anna Holm och
        Per Ek, Region Kalmar län, samt ...", "Från beredningen deltog ...", "Under § 3 medverkade ..."):
        a sentence whose verb of presence stands among its first words; "närvarande" names the members,
        "deltog" / "medverkade" the others present. A name takes the organisation in brackets after it,
        or the organisation named next (shared by the names before it that have none). `absent`: the
        sentences of absence instead ("Förhinder hade ...", "Frånvarande var ...")."""
        verbs = _ABSENCE_WORDS if absent else _PRESENCE_VERB
        lists: list[AttendanceList] = []
        n = start
        while n <= end:
            if self.L(n).blank or self._is_heading(n):
                if self._is_heading(n):
                    break       # the agenda's first heading: the sentences before it only
                n += 1
                continue
            a, b = self._paragraph_at(n)
            b = min(b, end)
            spans: list[tuple[int, int]] = []      # (offset in the paragraph's text, line)
            text = ""
            for i in range(n, b + 1):
                spans.append((len(text), i))
                text += self.L(i).text + " "
            for s0, s1 in _sentences(text):
                sentence = text[s0:s1]
                verb = verbs.search(sentence)
                if not verb or len(sentence[:verb.start()].split()) > 5:
                    continue
                kind = "ledamoter" if verb.group(0).lower().startswith("närvarande") else "ovriga"
                entries = self._sentence_entries(sentence[verb.end():], s0 + verb.end(), spans)
                if entries:
                    lines = (entries[0].line, entries[-1].line)
                    lists.append(AttendanceList(self._kind_at_meeting(kind), lines, entries, note=(
                        "Attendance written as a sentence (ingest rule: a verb of presence, then names).")))
                    if not absent:
                        self.list_zones.append((lines[0], lines[1], lines[1]))
                    else:
                        self.absent_lines.update(range(lines[0], lines[1] + 1))
            n = b + 1
        return lists

    def _sentence_entries(self, text: str, offset: int, spans: list[tuple[int, int]]) -> list[Entry]:
        def line_at(pos: int) -> int:
            return next(i for at, i in reversed(spans) if at <= pos)

        entries: list[Entry] = []
        pending: list[Entry] = []           # names waiting for the organisation named next
        pos = 0
        for piece in re.split(r"(\s*;\s*|,\s*|\s+och\s+|\s+samt\s+)", text.rstrip(" .")):
            at, pos = pos, pos + len(piece)
            if not piece.strip() or re.fullmatch(r"\s*(?:;|,|och|samt)\s*", piece):
                continue
            piece = piece.strip(" .")
            if pending and (self.orgs.resolve(piece) or self._capacity(piece)):
                for e in pending:
                    self._set_org(e, piece)
                pending = []
                continue
            # "nationell samordnare vid Regeringskansliet": a role and the organisation after vid / på / i
            via = re.match(r"^[a-zåäöé][\wåäöé ]*?\s(?:vid|på|från|i|inom)\s+(\S.*)$", piece)
            if pending and via and self.orgs.resolve(via.group(1)):
                for e in pending:
                    self._set_org(e, via.group(1))
                    self._note_post(e, piece[:via.start(1)])
                pending = []
                continue
            words = piece.split()
            lead = 0                            # the role words before the name ("regionråden")
            while lead < len(words) and words[lead][:1].islower():
                lead += 1
            rest = " ".join(words[lead:])
            paren = re.match(r"^([^()]+?)\s*\(([^()]+)\)$", rest)
            name = (paren.group(1) if paren else rest).strip()
            if not rest or not _name_like(name) or not self._accept_name(name):
                if lead == len(words):
                    continue            # "som också förde anteckningarna": words about the one before
                break
            e = Entry(name, line_at(offset + at + piece.find(words[lead]) if lead < len(words) else offset + at))
            if paren and (self.orgs.resolve(paren.group(2)) or self._capacity(paren.group(2))):
                self._set_org(e, paren.group(2))
                pending = []
            else:
                pending.append(e)
            entries.append(e)
        return [e for e in entries if e.org or e.role]

    def _kind_at_meeting(self, kind: str) -> str:
        """At a presidiekonferens the elected are its participants ("deltagare") and the officials and
        others "ovriga-deltagare"; elsewhere (a presidiemöte too: the members of the presidium) members are
        "ledamoter" and the others "ovriga" (the corpus README's conventions)."""
        if self.ex is not None and self.ex.meeting_kind == "presidiekonferens":
            return {"ledamoter": "deltagare", "ovriga": "ovriga-deltagare"}.get(kind, kind)
        return {"ovriga-deltagare": "ovriga"}.get(kind, kind)

    def _report_gap(self, heading: str, n: int, last: int, stop: int, column: Column = None) -> None:
        """A list that ends before the next heading: the lines left between are reported (in a column,
        only what stands in that column: the other column may go on longer)."""
        assert self.ex is not None
        side = column if column and column[0] in ("L", "R") else None
        rest = [m for m in range(last + 1, stop + 1)
                if not (self.L(m).blank or self.L(m).layout or JUNK_LINE.search(self.L(m).text)
                        or m in self.absent_lines      # "Förhinder hade ...": read apart
                        or (side and self._side(m, side).blank))]
        if not rest or self._is_heading(rest[0]) or item_number(self.L(rest[0]).text):
            return
        if all(self._signature_line(m) for m in rest):
            return                  # "Justerare: Maud Arlebrant" after the lists: the protocol's form
        self.gap_lines.update(rest)
        self.ex.incomplete.append(f"list '{heading}' (line {n}) stops at line {last}, before the next heading: "
                                  f"lines {_ranges(rest)} are not name lines")

    def _signature_line(self, n: int) -> bool:
        """'Justerare: Maud Arlebrant', 'Sekreterare: ...': a signature label with the names after it."""
        m = _INLINE_HEAD.match(self.L(n).text)
        return bool(m and _SIGNATURE.match(kw(m.group(1), self.lx))
                    and all(plausible_name(p.strip(" .")) for p in re.split(r",|\boch\b", m.group(2)) if p.strip()))

    def _caption(self, n: int) -> bool:
        """'Budget 2027:': a short line ending in a colon over the bullet or money lines it names."""
        text = self.L(n).text.strip()
        nxt = self._next_nonblank(n, len(self.lines))
        return text.endswith(":") and len(text.split()) <= 6 and nxt is not None and nxt == n + 1 and bool(
            _BULLET_RE.match(self.L(nxt).text) or amount_spans(self.L(nxt).text))

    def _org_line(self, ln: Line) -> bool:
        """A line that is an organisation's name alone ("Kalmar kommun", "Region Kalmar län:"), heading the
        people listed under it."""
        text = ln.text.strip(" :*")
        return bool(text) and len(ln.cells) <= 1 and len(text.split()) <= 6 and not _name_like(text) \
            and bool(self.orgs.resolve(text)) and self.orgs.types.get(self.orgs.resolve(text).id) not in GROUP_TYPES

    def _table_head(self, ln: Line) -> bool:
        """A table's column heads ("| Namn | Organisation |", "Namn<TAB>Roll<TAB>Organisation")."""
        cells = [c for c in (ln.cells if len(ln.cells) > 1 else re.split(r"\s*[,|/]\s*", ln.text.strip(" |")))
                 if c.strip()]
        if len(cells) < 2:
            return False
        heads = [bool(re.fullmatch(_COLUMN_HEADS, fold(c).strip(" :"))) for c in cells]
        if all(heads):
            return True
        # a table's head row with a column of its own ("Ledamot  Organisation  Närvaro"): a known column
        # head beside single words that name no one and nothing (no organisation, name or number)
        return len(ln.cells) > 2 and any(heads) and all(
            h or (re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé]+:?", c.strip()) and not self.orgs.resolve(c)
                  and not plausible_name(c)) for h, c in zip(heads, cells, strict=True))

    def _entry_of(self, ln: Line) -> list[Entry]:
        """The entries one list line holds (none when it is not a list line); each call gets its own copies."""
        key = (ln.n, ln.text)
        if key not in self._entry_cache:
            self._entry_cache[key] = self._read_entry_line(ln)
        return [dataclasses.replace(e) for e in self._entry_cache[key]]

    def _read_entry_line(self, ln: Line) -> list[Entry]:
        text = ln.text
        if not text or ln.layout:
            return []
        if len(ln.cells) <= 1 and _heading_words(kw(_PAREN_TAIL.sub("", text).strip(" :*"), self.lx)) in LIST_HEADINGS:
            return []               # "Övriga deltagare": the next list's heading, not a name
        cells = ln.cells if len(ln.cells) > 1 else [text]
        if len(cells) == 1 and (pairs := self._name_org_pairs(text)):
            cells = pairs           # "Anna Holm, Kalmar kommun, Per Ek, Nybro kommun": two entries on one line
        elif len(cells) == 1 and (grouped := self._org_group(text, ln.n)):
            return grouped          # "Region Kalmar län: Anna Holm, Per Ek": names under their organisation
        elif len(cells) == 1 and re.search(r"\),\s*\S", text):
            cells = re.split(r"(?<=\)),\s*", text)    # "Anna Holm (Kalmar kommun), ordförande": a role after it
        if len(cells) > 1 and (self.orgs.resolve(cells[0]) or self._capacity(cells[0])) \
                and plausible_name(cells[1].translate(_OCR_LETTERS)) and not plausible_name(cells[0]):
            cells = [cells[1], cells[0], *cells[2:]]    # "Kalmar kommun    Anna Holm    ordförande": organisation first
        if len(cells) > 1:      # in a table row two spaces part columns too ("Kalmar län  utvecklingsledare")
            cells = [c.strip() for cell in cells for c in re.split(r" {2,}", cell) if c.strip()]
        out: list[Entry] = []
        for i, cell in enumerate(cells):
            acting = bool(_ACTING_RE.search(cell))
            cell = _ACTING_RE.sub("", cell).strip(" ;")
            asides = [m.group(0).strip(" ()") for m in _ASIDE_RE.finditer(cell)]
            if i == 0:
                cell = _LIST_NUMBER_RE.sub("", _BULLET_RE.sub("", cell), count=1)
            cell = _ASIDE_RE.sub("", cell)
            continues = cell.endswith(",")
            cell = cell.strip(" ,")
            if not cell:
                continue
            if out and _ASIDE_CELL_RE.match(kw(cell, self.lx)):
                self._note_post(out[-1], cell)
                continue            # a role or party column ("ordförande", "S")
            capacity = self._capacity(cell)
            if out and not capacity and (out[-1].org or out[-1].role) and (
                    _ROLE_RE.match(kw(cell, self.lx)) or len(cells) > 1 and not self.orgs.resolve(cell)
                    and self._parse_entry_cell(ln, cell, False) is None):
                self._note_post(out[-1], cell)
                continue            # a role or note column after the organisation ("samordnare", "Ersättare för X")
            org = None if capacity else self.orgs.resolve(cell)
            if (capacity or org) and out and out[-1].org is None and out[-1].role is None \
                    and not plausible_name(cell):
                e = out[-1]
                e.role, e.org = capacity, org.id if org else None
                e.org_as_written = cell
                e.acting = e.acting or acting
                continue
            if out and out[-1].org is None and out[-1].role is None and not plausible_name(cell) \
                    and not org and len(cells) > 2:
                self._note_post(out[-1], cell)
                continue            # a role column between the name and the organisation
            e = self._parse_entry_cell(ln, cell, acting)
            if e is None:
                return []
            for aside in asides:
                self._note_post(e, aside)
            if continues and e.org is None and e.role is None:
                e.note = "continues"
            out.append(e)
        return out

    def _org_group(self, text: str, n: int) -> list[Entry]:
        """'Region Kalmar län: Anna Holm (ordförande), Per Ek och Eva Lund': an organisation (or capacity)
        as a label, then the names of its people; each entry has that organisation."""
        m = _INLINE_HEAD.match(text)
        if not m or plausible_name(m.group(1)):
            return []
        label = m.group(1).strip()
        org, capacity = self.orgs.resolve(label), self._capacity(label)
        if not (org or capacity):
            return []
        out: list[Entry] = []
        for _i, parts in _sentence_parts([(0, m.group(2))]):
            for piece in parts[::2]:
                piece = piece.strip(" .")
                asides = [a.group(0).strip(" ()") for a in _ASIDE_RE.finditer(piece)]
                role = re.search(r"\(([^()]+)\)\s*$", _ASIDE_RE.sub("", piece))
                name = re.sub(r"\s*\([^()]*\)\s*$", "", _ASIDE_RE.sub("", _ACTING_RE.sub("", piece))).strip()
                if not (_name_like(name) and self._accept_name(name)):
                    return []
                e = Entry(name, n, acting=bool(_ACTING_RE.search(piece)))
                self._set_org(e, label)
                for aside in asides + ([role.group(1)] if role else []):
                    self._note_post(e, aside)
                out.append(e)
        return out

    def _name_org_pairs(self, text: str) -> list[str]:
        """'Anna Holm, Kalmar kommun, Per Ek, Nybro kommun' (or parted by ';'): name and organisation pairs,
        two or more, every name capitalised words and every organisation one the resolver knows."""
        parts = [p.strip() for p in re.split(r"[,;]", text.strip(" .")) if p.strip()]
        if len(parts) < 4 or len(parts) % 2:
            return []
        pairs = list(zip(parts[::2], parts[1::2], strict=True))
        if all(_name_like(n) and (self.orgs.resolve(o) or self._capacity(o)) for n, o in pairs):
            return [f"{n}, {o}" for n, o in pairs]
        return []

    def _capacity(self, text: str) -> str | None:
        k = kw(text, self.lx).strip(" .")
        role = ROLE_WORDS.get(k)
        return role if role in CAPACITY_ROLES else None

    def _parse_entry_cell(self, ln: Line, cell: str, acting: bool) -> Entry | None:
        org_first = re.match(r"^(.+?)\s*(?::|\s[–—-])\s+(\S.*)$", cell)    # "Kalmar kommun: Anna Holm"
        if org_first and not plausible_name(org_first.group(1)) and (self.orgs.resolve(org_first.group(1))
                                                                     or self._capacity(org_first.group(1))) \
                and _name_like(org_first.group(2).split(",")[0].strip()):
            name, _, role = org_first.group(2).partition(",")
            e = Entry(name.strip(), ln.n, acting=acting)
            self._set_org(e, org_first.group(1))
            if role.strip():
                self._note_post(e, role)
            return e
        paren = re.match(r"^([^(),;]+?)\s*\(([^()]+)\)\s*$", cell)       # "Anna Holm (Kalmar kommun, ordförande)"
        if paren and _name_like(paren.group(1).strip()):
            cell = f"{paren.group(1).strip()}, {paren.group(2).strip()}"
        semi = re.match(r"^([^;,]+?)\s*;\s*(\S.*)$", cell)                # "Anna Holm; Kalmar kommun"
        if semi and _name_like(semi.group(1).strip()):
            cell = f"{semi.group(1)}, {semi.group(2)}"
        dash = re.match(r"^(.+?)\s+[–—/-]\s+(\S.*)$", cell)
        if dash and plausible_name(dash.group(1)):
            cell = f"{dash.group(1)}, {dash.group(2)}"      # "Name – Organisation", "Name / Organisation"
        if "," in cell:
            name, _, rest = cell.partition(",")
            name, rest = name.strip(), rest.strip()
            if not plausible_name(name) or _prose_before_name(name):
                return None
            e = Entry(name, ln.n, acting=acting)
            if rest:
                self._set_org(e, rest)
            else:
                e.note = "continues"
            return e
        words = cell.split()
        for k in range(2, min(5, len(words))):
            name, rest = " ".join(words[:k]), " ".join(words[k:])
            if plausible_name(name) and (self._capacity(rest) or self.orgs.resolve(rest)):
                e = Entry(name, ln.n, acting=acting)
                self._set_org(e, rest)
                return e
        if plausible_name(cell):
            return Entry(cell, ln.n, acting=acting)
        return None

    def _set_org(self, e: Entry, text: str) -> None:
        cap = self._capacity(text)
        if cap:
            e.role = cap
            return
        paren = re.search(r"\s*\(([^()]*)\)\s*$", text)   # "Kommunförbundet i Kalmar län (utvecklingsledare)"
        if paren and self.orgs.resolve(text[:paren.start()]):
            self._note_post(e, paren.group(1))
            text = text[:paren.start()]
        m = self.orgs.resolve(text)
        e.org_as_written = text
        if m is None:
            # "role, Organisation" / "role Organisation": the organisation is the longest tail that resolves
            parts = [p.strip() for p in text.split(",")]
            tails = [", ".join(parts[i:]) for i in range(1, len(parts))] + parts
            words = parts[-1].split()
            tails += [" ".join(words[i:]) for i in range(1, len(words) - 1)]
            for tail in tails:
                m = self.orgs.resolve(tail) if len(tail) > 3 else None
                if m:
                    e.org_as_written = tail
                    self._note_post(e, text.replace(tail, " ").strip(" ,"))
                    break
        if m:
            e.org = m.id
            for part in text.split(","):
                if part.strip() and not self.orgs.resolve(part):
                    self._note_post(e, part)     # "utvecklingsledare, Kommunförbundet i Kalmar län"
        else:
            e.note = f"organisation as written: {text}"

    def _note_post(self, e: Entry, text: str) -> None:
        """The role a list line names in words beside the name ("utvecklingsledare", "ordf.")."""
        k = kw(text, self.lx).strip(" ,.")
        m = _ROLE_RE.search(k) if k else None
        if m and e.post is None and not e.role:
            e.post = ROLE_WORDS[m.group(1).rstrip(".")]
            if e.post == "ordforande" and "kommunstyrelse" in k[:m.start()]:
                e.post = "kommunstyrelseordforande"     # "kommunstyrelsens ordförande", as in prose
            rest = k.replace(m.group(0), "").strip(" ,.")
            e.post_title = repair_text(text, self.lx).strip(" ,.") if rest else None

    def _damaged_cells(self, ln: Line) -> list[Entry]:
        """The entries of a list line one of whose names is OCR damaged: the line's, or, in a line of
        two or more cells ("Helene Danie1sson, Högsby kommun<TAB>Helena Danielsson, Kalmar kommun"), each
        cell's (a damaged one noted "damaged"); none unless every cell reads as an entry."""
        if len(ln.cells) < 2:
            e = self._damaged_entry(ln)
            if e is not None:
                e.note = "damaged"
            return [e] if e else []
        if self.orgs.resolve(ln.cells[0]) and not plausible_name(ln.cells[0]):
            # organisation first ("Högsby kommun    He1ene Danielsson    ordförande"): read as "name, organisation"
            text = f"{ln.cells[1]}, {ln.cells[0]}"
            e = self._damaged_entry(Line(ln.n, text, text, kw(text, self.lx), [text]))
            if e is not None:
                e.note = "damaged"
                for cell in ln.cells[2:]:
                    self._note_post(e, cell)
                return [e]
        out: list[Entry] = []
        for cell in ln.cells:
            one = Line(ln.n, cell, cell, kw(cell, self.lx), [cell])
            got = self._read_entry_line(one)
            if not got and (e := self._damaged_entry(one)) is not None:
                e.note = "damaged"
                got = [e]
            if len(got) != 1:
                return []
            out += got
        return out

    def _damaged_entry(self, ln: Line) -> Entry | None:
        """'Marie Lo6f, Hogsby kommun' / 'Marie Lo6f Hogsby kommun': a name OCR damaged (a digit or sign in
        it) before an organisation that resolves; kept as written (the caller reports it)."""
        name, comma, rest = ln.text.partition(",")
        splits = [(name, rest)] if comma else []
        if not comma:
            words = ln.text.split()
            splits = [(" ".join(words[:k]), " ".join(words[k:])) for k in (2, 3) if len(words) > k]
        for name, rest in splits:
            words = name.split()
            if not 2 <= len(words) <= 4 or not words[0][:1].isupper():
                continue
            letters = sum(ch.isalpha() for ch in name)
            if not re.search(r"[\d|!]|\bl[^\Waeiouyåäöl]", name):
                continue            # no sign of damage: "Närvarande från" / "regionen" is no name
            if letters < 0.75 * len(name.replace(" ", "")) or \
                    not all(re.fullmatch(r"[\w'’.|-]+", w) for w in words):
                continue
            e = Entry(name.strip(), ln.n)
            self._set_org(e, rest.strip())
            if e.org or e.role:
                e.note = None
                return e
        return None

    def _entries(self, a: int, b: int, heading: str | None = None, column: Column = None) \
            -> tuple[list[Entry], int]:
        """The entries of the list lines a..b (of one column of them). A line that is no name line is
        skipped and reported when name lines follow it; a heading-shaped line or one followed by none
        ends the list."""
        entries: list[Entry] = []
        last = a - 1
        n = a
        skipped: list[int] = []
        group: str | None = None        # an organisation line over its people ("Kalmar kommun" / "Anna Holm")
        while n <= b:
            if n in self.absent_lines:
                break               # a sentence naming those absent ends the list
            ln = self._side(n, column)
            if ln.blank or ln.layout or JUNK_LINE.search(ln.text):
                n += 1
                continue
            if self._table_head(ln):
                self.table_heads.add(n)
                n += 1
                continue
            nxt_line = self._next_nonblank(n, b)
            if self._org_line(ln) and entries and not (entries[-1].org or entries[-1].role) \
                    and entries[-1].line == self._prev_nonblank(n):
                self._set_org(entries[-1], ln.text.strip(" :"))    # "Anna Holm" / "Kalmar kommun": its organisation
                entries[-1].note = f"organisation on line {n}"
                last = n
                n += 1
                continue
            if self._org_line(ln) and nxt_line is not None and not (entries and entries[-1].note == "continues") \
                    and any(
                    not (e.org or e.role) for e in self._entry_of(self._side(nxt_line, column))):
                group = ln.text.strip(" :")
                self.table_heads.add(n)     # the list's own form, accounted for as layout
                last = n
                n += 1
                continue
            got = self._entry_of(ln)
            if group:
                for e in got:
                    if not (e.org or e.role) and e.note != "continues":     # "Name," / its organisation below
                        self._set_org(e, group)
            if not got:
                # an organisation alone continues the entry above ("Name," / "Kommunförbundet")
                if entries and entries[-1].note == "continues":
                    e = entries[-1]
                    e.note = None
                    self._set_org(e, ln.text)
                    if e.org or e.role:
                        e.note = f"organisation on line {ln.n}"
                        last = n
                        n += 1
                        continue
                cells = self._damaged_cells(ln)
                if cells and self.ex is not None:
                    for damaged in cells:
                        if damaged.note == "damaged":
                            damaged.note = None
                            self.ex.warnings.append(f"line {ln.n}: the name '{damaged.name}' looks damaged (OCR); "
                                                    "kept as written in the list (check the spelling)")
                    entries.extend(cells)
                    last = n
                    n += 1
                    continue
                if not entries or self._heading_shaped(ln):
                    break
                nxt = self._next_nonblank(n, b)
                while nxt is not None and (self.L(nxt).layout or self._side(nxt, column).blank):
                    nxt = self._next_nonblank(nxt, b)
                if nxt is None or not (self._entry_of(self._side(nxt, column))
                                       or self._damaged_cells(self._side(nxt, column))):
                    break           # (a damaged name after the line goes on with the list too)
                skipped.append(n)
                n += 1
                continue
            if entries and not any(e.org or e.role for e in got) and self._over_prose(n):
                break               # "Mötets öppnande" / "Anna ... öppnade mötet.": a heading after the list
            entries.extend(got)
            last = n
            n += 1
        for e in entries:
            if e.note == "continues":
                e.note = None
        if skipped and self.ex is not None:
            where = f"list '{heading}' (line {a - 1})" if heading else f"the unheaded list at line {a}"
            for m in skipped:
                self.skipped[m] = self.L(m).text
            self.ex.incomplete.append(f"{where}: line{'s' if len(skipped) > 1 else ''} {_ranges(skipped)} "
                                      "not read as names (the list goes on after)")
        return entries, last

    def _unheaded_tail(self, end: int) -> list[int]:
        """Lines of a run of name lines ending the document (before `end`), at least five names."""
        run: list[int] = []
        n = end
        while n >= 1:
            ln = self.L(n)
            if ln.blank:
                n -= 1
                continue
            got = self._entry_of(ln) or [d for d in [self._damaged_entry(ln)] if d]
            if not got or any(len(e.name.split()) > 4 for e in got):
                break
            run.append(n)
            n -= 1
        run.reverse()
        return run if len(run) >= 5 else []

    def _split_blocks(self, run: list[int]) -> list[tuple[int, int]]:
        blocks: list[list[int]] = []
        prev_form = None
        for n in run:
            ln = self.L(n)
            e = self._entry_of(ln)
            form = bool(e and (e[0].org or e[0].role or e[0].org_as_written))
            if not blocks or (ln.indented and blocks[-1]) or form != prev_form:
                blocks.append([n])
            else:
                blocks[-1].append(n)
            prev_form = form
        return [(b[0], b[-1]) for b in blocks]

    # ------------------------------------------------------------------ agenda
    def _agenda(self, ex: Extraction, end: int, start: int | None = None) -> list[Item]:
        if start is None:
            start = (ex.meeting_lines[1] + 1) if ex.meeting_lines else 1
        numbered = self._numbered(start, end)
        if len(numbered) >= 2:
            # an unnumbered first item ("Öppnande", "Mötets öppnande") before the numbered ones: a
            # heading with its text under it
            first = numbered[0][0]
            lead = [(n, t) for n, t in self._plain_heads(start, first - 1)
                    if n not in self.list_headings and not _SIGNATURE.match(self.L(n).key)]
            items = [Item(self._title(t), (n, self._last_content(n, (lead[i + 1][0] - 1) if i + 1 < len(lead)
                                                                 else first - 1)))
                     for i, (n, t) in enumerate(lead)]
            items += self._numbered_items(numbered, end)
        else:
            md = [ln.n for ln in self.lines[start - 1:end]
                  if re.match(r"^\s*#{1,6}\s+\S", ln.raw) and not self._list_heading_kind(ln)]
            heads = [(n, self.L(n).text.strip(" *")) for n in md] if len(md) >= 2 else self._plain_heads(start, end)
            items = []
            for i, (n, title) in enumerate(heads):
                stop = heads[i + 1][0] - 1 if i + 1 < len(heads) else end
                items.append(Item(self._title(title), (n, self._last_content(n, stop))))
        return items

    def _title(self, text: str) -> str:
        t = repair_text(strip_markup(text), self.lx).strip(" *:")
        t = re.sub(r"\s+[-—–]\s+", " – ", t)
        return re.sub(r"\s+", " ", t)

    def _numbered(self, start: int, end: int) -> list[tuple[int, int, str, int | None]]:
        """Numbered item lines (line, number, title, the title's own line if apart) in the numbering
        form that gives the longest run: "§ 1 Title", "§1", "§ 1.", "1. Title", "1) Title", "1 Title",
        "Punkt 1.", "N:o 1". A run starts at 1 (at any number for § paragraphs) and goes up by one (a
        number may be missing)."""
        runs: dict[str, list[tuple[int, int, str, int | None]]] = {}
        expected: dict[str, int] = {}
        limit = start + max(40, (end - start) * 2 // 5)
        for ln in self.lines[start - 1:end]:
            if ln.blank or ln.layout:
                continue
            if len(ln.cells) > 1:
                # a table row is an item when its first cell is a number alone ("1.<TAB>Title<TAB>Name")
                h = item_number(ln.cells[0])
                if h is None and (bare := re.fullmatch(r"(§)?\s*(\d{1,3})[.):]?", ln.cells[0])):
                    h = (int(bare.group(2)), None, "§" if bare.group(1) else "dot")
                if h is None or h[1] is not None:
                    continue
                rest = ln.cells[2:]
                who = rest[0] if rest and _name_like(rest[0].split(",")[0].strip()) else None
                hit: tuple[int, str | None, str] | None = (h[0], ln.cells[1] + (f" – {who}" if who else ""), h[2])
            else:
                hit = item_number(re.sub(r"\s+", " ", ln.text))
            if hit is None:
                continue
            num, title, form = hit
            if title and self._person_entry(title):
                continue            # "1. Anna Holm, Kalmar kommun": a numbered list of people, not an agenda
            title_line = None
            if not title:
                nxt = self._next_nonblank(ln.n, min(end, ln.n + 2))
                if nxt is None or item_number(self.L(nxt).text) or self.L(nxt).layout:
                    continue
                title, title_line = self.L(nxt).text, nxt
            if len(title.split()) > 14 or title.endswith((".", ",")) or not re.search(r"[^\W\d_]{2}", title):
                continue
            found = runs.setdefault(form, [])
            if found:
                if num not in (expected[form], expected[form] + 1):
                    continue
            elif (num != 1 and form != "§") or ln.n > limit:
                continue
            found.append((ln.n, num, title, title_line))
            expected[form] = num + 1
        if not runs:
            return []
        order = ["§", "dot", "punkt", "nio", "paren", "colon", "bare"]
        return max(runs.items(), key=lambda kv: (len(kv[1]), -order.index(kv[0])))[1]

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
        m = re.match(r"^(?P<t>.+?)(?:\s+[-–—]\s+|\s*\(|,\s+)(?P<who>[^()]+?)\)?\s*$", title)
        if not m:
            return title, []
        names = []
        for part in re.split(r"\s+och\s+|\s*;\s*|\s*,\s*(?=[A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ])", m.group("who")):
            name = part.split(",")[0].strip()
            if _name_like(name) and self._accept_name(name):
                names.append(name)
            elif names and self.orgs.resolve(part.strip()):
                continue
            else:
                return title, []
        return (m.group("t"), names) if names else (title, [])

    def _numbered_items(self, numbered: list[tuple[int, int, str, int | None]], end: int) -> list[Item]:
        items: list[Item] = []
        nums = [num for _, num, _, _ in numbered]
        missing = sorted(set(range(nums[0], nums[-1] + 1)) - set(nums))
        if missing and self.ex is not None:
            self.ex.incomplete.append(f"agenda: no item numbered {', '.join(map(str, missing))} between item "
                                      f"{nums[0]} (line {numbered[0][0]}) and item {nums[-1]} (line {numbered[-1][0]})")
        for i, (n, num, title, title_line) in enumerate(numbered):
            stop = numbered[i + 1][0] - 1 if i + 1 < len(numbered) else end
            head_end = title_line or n
            last = max(head_end, self._last_content(n, stop))
            title, presenters = self._title_presenters(title)
            item = Item(self._title(title), (n, last), n=num, title_line=title_line)
            for name in presenters:
                item.presenters.append((name, (head_end, head_end)))
                if self.ex is not None:
                    self.ex.mentions.append(PersonMention(name, (head_end, head_end), "presenter"))
            k = fold(repair_text(title, self.lx))
            item.decisions_only = bool(re.match(r"beslut(spunkter|sarenden|)\b", k))
            items.append(item)
            if item.decisions_only:
                continue
            # sub-items: numbered "5.1 Title" under item 5, else standalone heading lines
            subs = [m for m in range(head_end + 1, last + 1) if (sm := _SUB_RE.match(self.L(m).text))
                    and int(sm.group(1)) == num]
            if not subs:
                subs = [m for m in range(head_end + 1, last + 1) if self._is_heading(m, sub=True)]
            if not subs:
                subs = self._tight_subs(head_end, last)
            for j, s in enumerate(subs):
                s_stop = subs[j + 1] - 1 if j + 1 < len(subs) else last
                sm = _SUB_RE.match(self.L(s).text)
                sub_title = sm.group(3) if sm else self.L(s).text
                items.append(Item(self._title(sub_title), (s, self._last_content(s, s_stop)), parent=num))
        return items

    def _tight_subs(self, head: int, last: int) -> list[int]:
        """Sub-headings set without blank lines: under the item's heading line, short noun-phrase lines
        ("Suicidprevention", "Uppföljning av Gemensam plan för samverkan"), each right after the heading
        or after a line ending a sentence, each with a sentence under it. Two or more make the item's
        sub-items (one such line alone may be a line of the text)."""
        subs: list[int] = []
        for m in range(head + 1, last):
            ln, nxt = self.L(m), self.L(m + 1)
            t = ln.text.strip()
            prev = self._prev_nonblank(m)
            if ln.blank or nxt.blank or len(ln.cells) > 1 or not t[:1].isupper() or len(t.split()) > 8 \
                    or t.endswith((".", ",", ";", ":", "!", "?", "-")) or "," in t or t[:1].isdigit():
                continue
            if prev is None or not (prev == head or self.L(prev).text.rstrip().endswith((".", "!", "?"))):
                continue
            k = kw(t, self.lx)
            if _FINITE_VERB.search(k) or _PROCEDURAL.match(k.strip(" :")) or self._list_heading_kind(ln) \
                    or _DATE_RE.search(t) or _ISO_RE.search(t) or amounts_in(t) or item_number(t) is not None \
                    or any(e.org or e.role for e in self._entry_of(ln)) \
                    or plausible_name(t) and all(w[:1].isupper() for w in t.split()):    # a name alone
                continue
            nk = kw(nxt.text, self.lx)
            if not nxt.text[:1].isupper() or len(t) >= 0.8 * len(nxt.text) or len(nxt.text.split()) < 4 \
                    or not (_FINITE_VERB.search(nk) or _PRESENTING_VERB.search(nk) or nxt.text.rstrip().endswith(".")):
                continue
            subs.append(m)
        return subs if len(subs) >= 2 else []

    def _plain_heads(self, start: int, end: int) -> list[tuple[int, str]]:
        heads: list[tuple[int, str]] = []
        n = start
        while n <= end:
            if self._is_heading(n):
                nxt = self._next_nonblank(n, end)
                if nxt and self._is_heading(nxt) and (nn := self._next_nonblank(nxt, end)) and \
                        not self._is_heading(nn):
                    heads.append((n, f"{self.L(n).text} / {self.L(nxt).text}"))
                    n = nxt + 1
                    continue
                heads.append((n, self.L(n).text))
            n += 1
        return heads

    def _next_nonblank(self, n: int, end: int) -> int | None:
        for m in range(n + 1, min(end, len(self.lines)) + 1):
            if not self.L(m).blank:
                return m
        return None

    def _prev_nonblank(self, n: int) -> int | None:
        for m in range(n - 1, 0, -1):
            if not self.L(m).blank:
                return m
        return None

    def _furniture(self, n: int) -> bool:
        """A page header or footer OCR put into the text: an indented short fragment in lower case."""
        ln = self.L(n)
        return ln.indented and ln.text[:1].islower() and len(ln.text.split()) <= 6 and \
            not ln.text.endswith((".", ":", ",", "?"))

    def _heads_prose(self, n: int) -> bool:
        """A short line after a blank line, right above a much longer line of running text: a heading
        with its text straight under it ("Avslutning" / "Anna ... tackade för dagen.")."""
        t, nxt = self.L(n).text, self.L(n + 1)
        words = len(nxt.text.split())
        nk = kw(nxt.text, self.lx)
        verb = nxt.text.endswith(".") and bool(_FINITE_VERB.search(nk) or _PASSIVE_VERB.search(nk))
        running = words >= 9 or (words >= 6 and nxt.text.endswith(".")) or verb   # not a name line under a heading
        # or a dated sentence ("2030-05-06 kl. 13.00 i Nybro.") under a heading ending its paragraph
        dated = words >= 3 and nxt.text.endswith(".") and bool(_parse_date(nxt.text, 2000)) \
            and (n + 2 > len(self.lines) or self.L(n + 2).blank)
        return n > 1 and self.L(n - 1).blank and len(t.split()) <= 8 and (running or dated) \
            and (len(t) < 0.6 * len(nxt.text) or (verb or dated) and not t.endswith(".")) \
            and (nxt.text[:1].isupper() or dated)

    def _over_prose(self, n: int) -> bool:
        """Whether line n stands right above a sentence (a heading with its text, not a name in a list):
        the next line is no list line and ends a sentence with a verb in it."""
        if n >= len(self.lines) or self.L(n + 1).blank or self._entry_of(self.L(n + 1)):
            return False
        k = kw(self.L(n + 1).text, self.lx)
        return self.L(n + 1).text.rstrip().endswith((".", ":")) and bool(
            _FINITE_VERB.search(k) or _PRESENTING_VERB.search(k))

    def _is_heading(self, n: int, sub: bool = False) -> bool:
        ln = self.L(n)
        t = ln.text
        if not t or len(ln.cells) > 1 or len(t) > 100 or self._furniture(n):
            return False
        if n > 1 and not self.L(n - 1).blank and not ln.indented:
            return False
        if n < len(self.lines) and not self.L(n + 1).blank and not self._furniture(n + 1) \
                and not self._heads_prose(n):
            return False
        words = t.split()
        if len(words) > 14 or not t[0].isupper() or not re.search(r"[a-zåäöé]{2}", t.lower()):
            return False
        if t.isupper() and (not re.search(r"[A-ZÅÄÖÉ]{4}", t) or re.fullmatch(r"[IVXLCDM]+\.?", t)):
            return False            # capitals: a word, not a roman numeral ("III") or an abbreviation
        if t.endswith(":") and len(words) <= 6 and not _FINITE_VERB.search(ln.key) and not t[:-1].endswith(":"):
            t = t[:-1].rstrip()     # "Kompetensförsörjning:" over its text: the heading without its colon
        if t.endswith((".", ",", ";", ":")) or "," in t or "://" in t or "@" in t or t[:1].isdigit():
            return False
        if _DATE_RE.search(t) or _ISO_RE.search(t) or re.search(r"\d{5}|\d[ /-]\d", t):
            return False
        if fold(t) in ("bildspel",) or _PROCEDURAL.match(fold(t).strip(" :")):
            return False
        if self._list_heading_kind(ln) and (self._names_ahead(n)[0] or not self._heads_prose(n)):
            return False            # "Ny ledamot" / "Övrigt" over a sentence, no names: an item's heading
        if re.match(r"^[=\-–—•*|]", t):
            return False
        if plausible_name(t) and (self.people.is_known(t) or fold(words[0]) in GIVEN_NAMES | self.doc_given):
            return False
        nxt = self._next_nonblank(n, len(self.lines))
        while nxt is not None and self._furniture(nxt):
            nxt = self._next_nonblank(nxt, len(self.lines))
        if nxt is not None:
            nt = self.L(nxt).text.lstrip("*[")
            if nt[:1].islower():
                return False
        if sub:
            prev = self._prev_nonblank(n)
            if prev is not None and item_number(self.L(prev).text) is None:
                pt = self.L(prev).text
                # a short standalone line right above (a heading) makes this a status line
                if len(pt) < 80 and not pt.endswith((".", ":", "?", "!")) and self.L(prev - 1).blank \
                        and (prev + 1 > len(self.lines) or self.L(prev + 1).blank):
                    return False
        return True

    def _last_content(self, a: int, b: int) -> int:
        last = a
        for m in range(a, min(b, len(self.lines)) + 1):
            t = self.L(m).text
            if t and not JUNK_LINE.search(t) and re.search(r"[a-zåäöé]{3}", t):
                last = m
        return last

    # ------------------------------------------------------------------ line accounting
    def _account(self, ex: Extraction) -> None:
        """What each line was read as: a fact (attendance, decision, amount, ...), structure (title,
        item, list heading), layout or prose. Lines none of these take stay out of `ex.used`: the
        review lists them as not understood. Inside a list only names, its heading and layout count."""
        used = ex.used

        def mark(a: int, b: int, kind: str) -> None:
            for m in range(a, b + 1):
                used.setdefault(m, kind)

        for d in ex.decisions:
            mark(*d.lines, "decision")
        for f in ex.funding:
            mark(*f.lines, "amount")
            for am in f.parts + f.allocations:
                mark(am.line, am.line, "amount")
        for r in ex.refs:
            mark(*r.lines, "meeting-ref")
        for lst in ex.attendance:
            for e in lst.entries:
                mark(e.line, e.line, "attendance")
                if e.note and (m := re.match(r"organisation on line (\d+)$", e.note)):
                    mark(int(m.group(1)), int(m.group(1)), "attendance")
        for a, last, _stop in self.list_zones:
            if a in self.list_headings:
                mark(a, a, "list-heading")
            for m in range(a, last + 1):
                if m not in self.skipped and not self.L(m).blank and self._entry_of(self.L(m)):
                    mark(m, m, "attendance")
        for m in self.table_heads:
            mark(m, m, "layout")
        for m in self.super_heads:
            mark(m, m, "list-heading")
        for m in self.absent_lines:
            mark(m, m, "absent")
        mark(ex.title_line, ex.title_line, "meeting")
        if ex.meeting_lines:
            mark(*ex.meeting_lines, "meeting")
        for it in ex.items:
            mark(it.lines[0], it.lines[0], "item")
            if it.title_line:
                mark(it.title_line, it.title_line, "item")
        for p in ex.mentions:
            mark(*p.lines, "person")
        zones = [(a, last) for a, last, _stop in self.list_zones]
        for ln in self.lines:
            n = ln.n
            if n in used:
                continue
            if ln.layout:
                used[n] = "layout"
            elif ln.blank:
                used[n] = "blank"
            elif JUNK_LINE.search(ln.text) or fold(ln.text) == "bildspel":
                used[n] = "layout"
            elif n in self.skipped or n in self.gap_lines or any(a <= n <= last for a, last in zones):
                continue
            elif self._is_heading(n) or _PROCEDURAL.match(fold(ln.text).strip(" :")) or self._label_line(n):
                used[n] = "heading"
            elif ex.doc_kind == "protocol" and n < ex.title_line and _is_prose(ln.text):
                used[n] = "header"      # the letterhead above the title ("Gemensam presidiekonferens")
            elif _HEADER_FIELD.match(fold(ln.text)) or _SIGNATURE.match(ln.key) or self._signature_line(n):
                used[n] = "header"      # "Tid: 09.00-12.00", "Plats: ...", "Dnr ...": the protocol's form
            elif self._caption(n):
                used[n] = "heading"     # "Budget 2027:" over its lines
            elif (p := self._prev_nonblank(n)) is not None and _SIGNATURE.match(self.L(p).key) \
                    and plausible_name(ln.text.strip(" ,")):
                used[n] = "header"      # the name under "Vid protokollet" / "Justeras": a signature
            elif len(ln.cells) > 1:
                used[n] = "table"
            elif _is_prose(ln.text) and (any(it.lines[0] <= n <= it.lines[1] for it in ex.items)
                                         or ex.doc_kind != "protocol" or len(ln.text.split()) >= 6):
                used[n] = "prose"       # outside the items only a line of some words, not a stray name line
            elif n > 1 and used.get(n - 1) in ("prose", "amount", "decision", "person") \
                    and not self.L(n - 1).text.rstrip().endswith((".", ":")) \
                    and any(it.lines[0] < n <= it.lines[1] for it in ex.items):
                used[n] = "prose"       # "för 2028.": the end of the sentence on the line above

    # ------------------------------------------------------------------ item content
    def _item_content(self, ex: Extraction) -> None:
        tops = {it.n: it for it in ex.items if it.n is not None}
        subs_by_parent: dict[int, list[Item]] = {}
        for it in ex.items:
            if it.parent is not None:
                subs_by_parent.setdefault(it.parent, []).append(it)
        for it in ex.items:
            own_end = it.lines[1]
            if it.n is not None and subs_by_parent.get(it.n):
                own_end = subs_by_parent[it.n][0].lines[0] - 1
            item_no = it.n if it.n is not None else it.parent
            names = self._prose_people(it.lines[0] + 1, own_end, it, item_no=item_no)
            seen: list[str] = [name for name, _ in it.presenters]
            for name, span in names:
                if not any(same_person(name, s) for s in seen):
                    seen.append(name)
                    it.presenters.append((name, span))
            it.summary = self._summary(it.lines[0] + 1, own_end)
            self._decisions(it, own_end, item_no, tops)
            self._money(it, own_end)

    def _paragraphs(self, a: int, b: int) -> list[tuple[list[int], str, list[int]]]:
        """Paragraphs (line numbers, joined text, offset of each line) of prose lines a..b."""
        paras: list[tuple[list[int], str, list[int]]] = []
        cur: list[int] = []

        def flush() -> None:
            if cur:
                offsets, parts, pos = [], [], 0
                for m in cur:
                    offsets.append(pos)
                    parts.append(self.L(m).text)
                    pos += len(self.L(m).text) + 1
                paras.append((list(cur), " ".join(parts), offsets))
                cur.clear()

        for m in range(a, b + 1):
            ln = self.L(m)
            if ln.layout or (ln.blank and cur and self._page_break_at(m, b)):
                continue            # page furniture inside a paragraph: the paragraph goes on
            if ln.blank or len(ln.cells) > 1 or JUNK_LINE.search(ln.text) or fold(ln.text) == "bildspel" \
                    or self._is_heading(m, sub=True) or self._label_line(m):
                flush()
                continue
            cur.append(m)
        flush()
        return paras

    def _label_line(self, m: int) -> bool:
        """Line m is a one- or two-word label over a paragraph inside an item ("Ärende", "Bakgrund",
        "Yrkande"): capitalised, no punctuation, no name, standing between the item's heading (or a
        finished sentence) and a line that begins a sentence. Its word is never part of a name."""
        ln = self.L(m)
        words = ln.text.split()
        if not 1 <= len(words) <= 2 or len(ln.text) > 30 or not ln.text[0].isupper() \
                or not all(w.isalpha() for w in words) or plausible_name(ln.text) and self._accept_name(ln.text):
            return False
        prev, nxt = self._prev_nonblank(m), self._next_nonblank(m, len(self.lines))
        if nxt is None or not self.L(nxt).text[:1].isupper():
            return False
        return prev is None or self.L(m - 1).blank or item_number(self.L(prev).text) is not None \
            or self.L(prev).text.endswith((".", ":", "!", "?"))

    def _page_break_at(self, m: int, b: int) -> bool:
        """Blank line m lies in a page break (blank lines around page furniture) inside a sentence."""
        a = m
        while a > 1 and self.L(a - 1).blank:
            a -= 1
        z = m
        while z < b and self.L(z + 1).blank:
            z += 1
        prev = self.L(a - 1).text if a > 1 else ""
        if not prev or prev.endswith((".", ":", "!", "?")) or z >= b:
            return False
        return any(self.L(i).layout for i in range(a, z + 1)) and not self._is_heading(z + 1)

    @staticmethod
    def _span_lines(lines: list[int], offsets: list[int], start: int, end: int) -> tuple[int, int]:
        first = last = lines[0]
        for ln, off in zip(lines, offsets, strict=True):
            if off <= start:
                first = ln
            if off < end:
                last = ln
        return first, last

    def _accept_name(self, name: str) -> bool:
        first = fold(name).split()[0]
        if first in GIVEN_NAMES or first in self.doc_given or first in self.people.given_names:
            return True
        return self.people.is_known(name)

    def _role_follows(self, rest: str) -> bool:
        k = kw(rest[:40], self.lx).lstrip(" ,")
        k = re.sub(r"^tidigare\s+", "", k)
        return bool(_ROLE_RE.match(k))

    def _prose_people(self, a: int, b: int, item: Item | None, item_no: int | None = None) \
            -> list[tuple[str, tuple[int, int]]]:
        """Record the people named in prose lines a..b (with the titles after them); return those not
        named inside a decision sentence (the item's presenters)."""
        assert self.ex is not None
        presenters: list[tuple[str, tuple[int, int]]] = []
        for lines, text, offsets in self._paragraphs(a, b):
            spans = self._with_damaged_names(text, find_names(text, self._accept_name, self._role_follows))
            # a decision's sentence, from its start (the subject of "X ersätter Y", "Beslut: X utses ...")
            # (also one giving a person a task: "Gruppen uppdrar åt X att ...", "X får i uppdrag"; the
            # passive "Y ersätts av X")
            decision_zones = [(_sentence_start(text, m.start()), _sentence_end(text, m.start())) for m in re.finditer(
                r"besl\S{0,4}\s+att|ers\S{1,3}tt(?:er|s|es)\b|\bbeslut\s*:|\butse(?:s|dd|dda)\b|\butsags\b"
                r"|\buppdr(?:ar|as|og|ogs)\b|\beftertr\S{1,3}d|\bval(?:js|des|jes|de|jer)\b|\buts(?:ag|aags|er)\b",
                _flat(text))]
            prev_chair_org = None
            for i, sp in enumerate(spans):
                span_lines = self._span_lines(lines, offsets, sp.start, sp.end)
                nxt = spans[i + 1].start if i + 1 < len(spans) else len(text)
                in_decision = any(s <= sp.start <= e for s, e in decision_zones)
                mention = PersonMention(sp.name, span_lines, "decision" if in_decision else "prose")
                posts, affs = self._appositions(text, sp, nxt, lines, offsets, item)
                pre = self._pre_role(text, sp, lines, offsets, item)
                if pre:
                    posts.insert(0, pre)
                for p in posts:
                    if p.role in CHAIR_ROLES:
                        if p.org is None:
                            p.org = prev_chair_org
                        else:
                            prev_chair_org = p.org
                mention.posts = [p for p in posts if p.org]
                mention.affiliations = affs
                self.ex.mentions.append(mention)
                if item is not None and not in_decision and self._presents(text, sp, self._run_end(text, spans, i)):
                    presenters.append((sp.name, span_lines))
        # names in table cells ("Name , title, organisation")
        for m in range(a, b + 1):
            ln = self.L(m)
            if len(ln.cells) < 2:
                continue
            for cell in ln.cells:
                spans = find_names(cell, self._accept_name, self._role_follows)
                for sp in spans[:1]:
                    if sp.start > 2:
                        continue
                    mention = PersonMention(sp.name, (m, m), "table")
                    posts, affs = self._appositions(cell, sp, len(cell), [m], [0], item)
                    mention.posts = [p for p in posts if p.org]
                    mention.affiliations = affs
                    self.ex.mentions.append(mention)
        return presenters

    def _with_damaged_names(self, text: str, spans: list[NameSpan]) -> list[NameSpan]:
        """The name spans of a text, with each name a list of this document writes OCR damaged found as
        written (as a whole word run), in place of the shorter spans overlapping it ("Helene Wende" of
        "Helene Wende1l")."""
        for name in self.damaged_names:
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                if any(sp.start <= m.start() and m.end() <= sp.end and sp.name != name for sp in spans
                       if len(sp.name) > len(name)):
                    continue
                spans = [sp for sp in spans if sp.end <= m.start() or sp.start >= m.end()]
                spans.append(NameSpan(name, m.start(), m.end()))
        return sorted(spans, key=lambda sp: sp.start)

    @staticmethod
    def _run_end(text: str, spans: list[NameSpan], i: int) -> int:
        """Where the run of names the i-th begins ends: "X (S) och Y (M) yrkar ...", "X, Org, och Y, Org,
        ...", "X, Y och Z ...": names joined by "och" / "samt" / commas (each with its bracket or organisation
        between commas) share the verb after the last of them."""
        j = i
        while j + 1 < len(spans) and re.fullmatch(
                r"\s*(?:\([^()]{1,60}\))?\s*(?:,[^.;:,()]{1,60},)?\s*(?:,|och|samt)\s*",
                text[spans[j].end:spans[j + 1].start]):
            j += 1
        return spans[j].end

    def _presents(self, text: str, sp: NameSpan, run_end: int | None = None) -> bool:
        """Whether the name at `sp` presents (module function `_presents`, on its sentence); the words after
        it are those after the run of names it begins (`run_end`)."""
        s0, e0 = _sentence_start(text, sp.start), _sentence_end(text, sp.start)
        # a bracket right after the name (a party, an organisation: "X (S) yrkar ...") is the name's, not the
        # sentence's: the verb after it is the name's own
        after = re.sub(r"^\s*\([^()]{1,60}\)", "", text[max(sp.end, run_end or 0):e0])
        return _presents(kw(text[s0:sp.start], self.lx), kw(after, self.lx))

    def _pre_role(self, text: str, sp: NameSpan, lines: list[int], offsets: list[int], item: Item | None) \
            -> Post | None:
        """'Vice ordförande i Länsgemensam ledning Anna ...': a chair role written before the name."""
        before = text[max(0, sp.start - 80):sp.start]
        before = re.split(r"[.;:]\s|\boch\s", before)[-1]
        k = kw(before, self.lx)
        m = re.search(r"\b(vice ordforande|ordforande|vice ordf|ordf)\b\.?\s*(.*)$", k)
        if not m:
            return self._title_before(k, sp, lines, offsets, before)
        role = ROLE_WORDS[m.group(1)]
        rest = m.group(2).strip()
        org = None
        if rest:
            hit = self.orgs.resolve(rest)
            if not hit:
                return None
            org = hit.id
        elif self.ex and self.ex.meeting_of and item is not None and item.lines[0] == self.ex.items[0].lines[0]:
            org = self._meeting_body(self.ex)
        ln = self._span_lines(lines, offsets, max(0, sp.start - len(before)), sp.end)
        return Post(role, org, ln)

    def _title_before(self, k: str, sp: NameSpan, lines: list[int], offsets: list[int], before: str) \
            -> Post | None:
        """'Regionens planeringsdirektör Sofia Hartz', 'socialchef Anna ...': a title (no seat) right
        before the name; its organisation the one the person is listed with at this meeting."""
        m = _ROLE_RE.search(k)
        role = ROLE_WORDS.get(m.group(1).rstrip(".")) if m and not k[m.end():].strip() else None
        if role is None or role in CHAIR_ROLES | CAPACITY_ROLES | {"ledamot", "representant", "sammankallande"} \
                or self.ex is None:
            return None
        org = next((e.org for lst in self.ex.attendance for e in lst.entries
                    if e.org and fold(e.name) == fold(sp.name)), None)
        if org is None:
            return None
        return Post(role, org, self._span_lines(lines, offsets, max(0, sp.start - len(before)), sp.end))

    def _appositions(self, text: str, sp: NameSpan, stop: int, lines: list[int], offsets: list[int],
                     item: Item | None) -> tuple[list[Post], list[tuple[str, tuple[int, int], str]]]:
        """Posts and affiliations in the words after a name, up to the next name or sentence end."""
        rest_start = sp.end
        end = min(stop, _sentence_end(text, rest_start))
        rest = text[rest_start:end]
        posts: list[Post] = []
        affs: list[tuple[str, tuple[int, int], str]] = []
        pos = rest_start
        parts = re.split(r"(,)", rest)
        offset = rest_start
        chunks: list[tuple[int, str]] = []
        for p in parts:
            if p != ",":
                chunks.append((offset, p))
            offset += len(p)
        if chunks and not chunks[0][1].strip():
            chunks = chunks[1:]
        for i, (off, chunk) in enumerate(chunks):
            if i > 0 and not chunk.strip():
                break
            pieces = self._split_roles(chunk)
            progressed = False
            for p_off, piece in pieces:
                piece_s = piece.strip()
                if not piece_s:
                    continue
                k = kw(piece_s, self.lx)
                span = self._span_lines(lines, offsets, off + p_off, off + p_off + len(piece))
                former = bool(re.match(r"(och\s+)?tidigare\b", k))
                k2 = re.sub(r"^(och\s+)?(tidigare\s+)?", "", k)
                acting = bool(re.match(r"^(tf|t f)\b", k2))
                k2 = re.sub(r"^(tf|t f)\s+", "", k2)
                m = _ROLE_RE.search(k2)
                if m and m.start() <= 25:
                    role = ROLE_WORDS[m.group(1).rstrip(".")]
                    after = k2[m.end():].strip()
                    org, org_text, title_tail = self._org_suffix(piece_s, after, self._role_index(piece_s))
                    title = None
                    pre_words = k2[:m.start()].strip()
                    if "som" in pre_words.split():
                        pre_words, title_tail = "", False
                    if title_tail or (pre_words and pre_words not in ("vice", "nationell")):
                        title = self._title_text(piece_s, org_text)
                    if role == "ordforande" and "kommunstyrelse" in k2[:m.start()]:
                        role = "kommunstyrelseordforande"
                    posts.append(Post(role, org.id if org else None, span, title=title, acting=acting,
                                      former=former, org_as_written=org_text))
                    progressed = True
                    if org:
                        self._note_org(org, org_text or piece_s, span[0])
                    continue
                org = self.orgs.resolve(piece_s)
                if org is None:
                    # an organisation followed by other words ("Oskarshamns kommun presenterade")
                    words = piece_s.split()
                    for n in range(len(words) - 1, 0, -1):
                        head = " ".join(words[:n])
                        org = self.orgs.resolve(head)
                        if org and len(head) > 3:
                            piece_s = head
                            break
                        org = None
                if org:
                    tail_key = kw(piece[piece.find(piece_s) + len(piece_s):], self.lx)
                    som = re.match(r"^\s*som\s+(\w+(?:\s+\w+)?)", tail_key)
                    som_role = None
                    if som:
                        som_role = ROLE_WORDS.get(som.group(1)) or ROLE_WORDS.get(som.group(1).split()[0])
                    if posts and posts[-1].org is None and posts[-1].title:
                        joined = self.orgs.resolve(f"{self._tail_after_role(posts[-1].title)} {piece_s}")
                        if joined and joined.id != org.id:
                            org, piece_s = joined, f"{self._tail_after_role(posts[-1].title)}, {piece_s}"
                    self._note_org(org, piece_s, span[0])
                    if som_role:
                        posts.append(Post(som_role, org.id, span, org_as_written=piece_s))
                    elif posts and posts[-1].org is None:
                        posts[-1].org = org.id
                        posts[-1].org_as_written = piece_s
                    elif not posts:
                        affs.append((org.id, span, piece_s))
                    progressed = True
                    continue
                break
            if not progressed:
                break
            pos = off + len(chunk)
        del pos
        return posts, affs

    def _split_roles(self, chunk: str) -> list[tuple[int, str]]:
        """Split 'ordförande för X och planeringsdirektör i Y' before each later role word."""
        words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", chunk)]
        keys = [kw(w, self.lx).strip(" .") for _, w in words]
        cuts = [0]
        has_role = False
        for i, k in enumerate(keys):
            two = f"{k} {keys[i + 1]}" if i + 1 < len(keys) else ""
            is_role = (k in ROLE_WORDS or (k in ("vice", "nationell") and two in ROLE_WORDS)) and \
                not (i and keys[i - 1] in ("vice", "nationell"))
            if is_role and i and (keys[i - 1] == "och" or has_role):
                cut_at = i - 1 if keys[i - 1] in ("och", "tidigare") else i
                cuts.append(words[cut_at][0])
            has_role = has_role or is_role
        cuts = sorted(set(cuts))
        return [(c, chunk[c:(cuts[j + 1] if j + 1 < len(cuts) else len(chunk))]) for j, c in enumerate(cuts)]

    def _role_index(self, piece: str) -> int:
        """Index of the (first word of the) title word in a piece's words."""
        words = piece.split()
        for i, w in enumerate(words):
            k = kw(w, self.lx).strip(" .")
            if k in ROLE_WORDS:
                return i - 1 if i and kw(words[i - 1], self.lx).strip(" .") in ("vice", "nationell") else i
        return 0

    def _org_suffix(self, piece: str, after_key: str, role_idx: int = 0) \
            -> tuple[OrgMatch | None, str | None, bool]:
        """The organisation named in a title phrase: the longest run of words after the title that
        resolves ("psykiatridirektör i Region Kalmar län hälsade ..." -> Region Kalmar län); not one
        after "från" (the seat's origin)."""
        words = piece.split()
        for i in range(role_idx + 1, len(words)):
            if fold(words[i]) in ("i", "pa", "vid", "for", "fer", "inom", "hos", "och", "fran", "som"):
                continue
            if i and fold(words[i - 1]) == "fran":
                continue
            for j in range(min(len(words), i + 8), i, -1):
                cand = " ".join(words[i:j])
                m = self.orgs.resolve(cand)
                if m:
                    head = kw(" ".join(words[:i]), self.lx).split()
                    title_tail = len([w for w in head if w not in ("i", "pa", "vid", "for", "inom", "hos", "och",
                                                                   "tidigare", "tf")]) > 1
                    return m, cand, title_tail
        # "sammankallande för gruppen": the group whose meeting this is
        if re.match(r"(?:for|i)\s+gruppen\b", after_key) and self.ex is not None:
            body = self._meeting_body(self.ex)
            if body and self.orgs.types.get(body) in GROUP_TYPES:
                return OrgMatch(body, "gruppen", 1.0, body in self.orgs.defined), None, False
        return None, None, bool(after_key)

    def _tail_after_role(self, title: str) -> str:
        words = title.split()
        i = self._role_index(title)
        return " ".join(words[i + 1:])

    def _title_text(self, piece: str, org_text: str | None) -> str:
        t = piece.strip()
        if org_text and org_text in t:
            t = t[: t.index(org_text)].strip()
        t = re.sub(r"\s+(?:i|på|pa|vid|för|for|fér|inom|hos)$", "", t)
        t = re.sub(r"^(?:och\s+)?(?:tidigare\s+)?", "", t)
        return repair_text(t, self.lx).strip(" ,.")

    def _note_org(self, org: OrgMatch, as_written: str, line: int) -> None:
        assert self.ex is not None
        self.ex.org_mentions.append((org.id, self.orgs.trim(as_written, org.id), line))

    def _summary(self, a: int, b: int) -> str | None:
        for _lines, text, _ in self._paragraphs(a, b):
            if len(text.split()) >= 8:
                t = repair_text(text, self.lx)
                if len(t) > 320:
                    cut = t.rfind(". ", 0, 320)
                    t = t[: cut + 1] if cut > 80 else t[:320].rsplit(" ", 1)[0] + " […]"
                return re.sub(r"\s+", " ", t).strip()
        return None

    # ------------------------------------------------------------------ decisions
    def _decisions(self, it: Item, own_end: int, item_no: int | None, tops: dict[int, Item]) -> None:
        assert self.ex is not None
        for lines, text, offsets in self._paragraphs(it.lines[0] + 1, own_end):
            rep = repair_text(text, self.lx)
            para_money = bool(amount_spans(text))     # a decision on the money its paragraph states
            label = self._prev_nonblank(lines[0])
            if not para_money and label is not None and label > it.lines[0] and self._label_line(label):
                # "Beslut" over the decision: the money the item's paragraphs above it state
                para_money = any(amount_spans(self.L(m).text) for m in range(it.lines[0] + 1, label))
            for s, e in _sentences(text):
                sentence = text[s:e].strip()
                key = kw(sentence, self.lx)
                s += len(text[s:e]) - len(text[s:e].lstrip())    # from its first word, not the space before
                span = self._span_lines(lines, offsets, s, e - 1)
                d = self._decision_of(sentence, key, span, it, item_no, para_money)
                if d is None:
                    continue
                # a decision under a sub-heading (Beslutspunkter) starts at that heading
                prev = self._prev_nonblank(lines[0])
                if it.decisions_only and prev and prev > it.lines[0] and self._is_heading(prev) \
                        and span[0] == lines[0]:
                    d.lines = (prev, d.lines[1])
                if re.search(r"\b(?:beslutar|beslutade|beslot|besluts?)\s*[:.]?\s*$", key):
                    self._att_clauses(d, own_end)
                self.ex.decisions.append(d)
            del rep

    def _att_clauses(self, d: Decision, end: int) -> None:
        """'Ledningen beslutar' over its clauses on lines of their own ("att anta planen, samt" / "att uppdra åt
        ..."), blank lines between: the decision runs to its last clause and says them."""
        m = d.lines[1]
        while (nxt := self._next_nonblank(m, end)) is not None and \
                re.match(r"^[-–•*]?\s*att\b", self.L(nxt).text):
            m = nxt
            while m + 1 <= end and not self.L(m + 1).blank and not re.match(r"^[-–•*]?\s*att\b", self.L(m + 1).text):
                m += 1          # the clause wrapped over the next lines
        if m > d.lines[1]:
            more = " ".join(self.L(i).text.lstrip("-–•* ") for i in range(d.lines[1] + 1, m + 1)
                            if not self.L(i).blank)
            d.text = f"{d.text.rstrip(' :.')} {repair_text(more, self.lx)}"
            d.lines = (d.lines[0], m)
            if d.kind == "other" and (amount_spans(more) or re.search(_MONEY_WORDS, kw(more, self.lx))):
                d.kind = "funding"      # "att fördela 500 000 kronor ...": money decided

    def _decision_of(self, sentence: str, key: str, span: tuple[int, int], it: Item, item_no: int | None,
                     para_money: bool = False) -> Decision | None:
        """The decision a sentence states, if any: "Beslut: ...", "... beslutar/beslutade/beslöt att ...",
        "beslutades att ...", "... varav detta fastslås", a body deciding ("Länsgemensam ledning godkänner
        ..."), a protocol approved ("Protokollet godkändes"), a replacement ("X ersätter Y i GROUP", "X
        utses till ledamot i GROUP efter Y", with both names and the group), an appointment ("X utses
        till ..."); a decision naming money (or funding words) is funding."""
        text_rep = repair_text(re.sub(r"\s+", " ", sentence), self.lx)
        money = bool(amount_spans(sentence)) or bool(re.search(_MONEY_WORDS, key))
        labelled = bool(re.match(_DECISION_LABEL, text_rep, re.I))
        if labelled:
            text_rep = re.sub(_DECISION_LABEL, "", text_rep, count=1, flags=re.I)
        if re.match(r"^\s*(?:(?:förslag till beslut|beslutsförslag)\b|förslag\s*:)", sentence.strip(), re.I):
            return None             # "Förslag till beslut: ..." (or its label line over it): a proposal
        # "beslutar att", "Beslutades i enlighet med förslaget", "Det beslöts enligt förslaget"
        decides = labelled or bool(re.search(r"\bbesl\w*\s+att\b", key)) \
            or bool(re.match(r"^\s*(?:det\s+)?(?:beslutades|beslots)\b", key))
        appointed = re.search(r"\b(utses|utsags|utsetts|valjs|valdes)\b", key)
        # "X ersätter Y" (or passive), "... beslutar att X ska ersätta Y"; "föreslås ersätta" is a proposal
        replaces = re.search(r"\bersatter\b|\bersatt(?:es|s)\b|\beftertrad(?:er|de|s)\b|\btar over efter\b"
                             r"|\bblir ny\b.*\befter\b", key) or (decides and re.search(r"\bersatt", key))
        if replaces or (appointed and re.search(r"\b(efter|stallet for)\b", key)):
            d = self._replacement(sentence, key, span, item_no, text_rep)
            if (d.new and d.replaced and d.group) or (decides and not labelled):
                return d
        if decides and "indikator" in key:
            return self._indicator(text_rep, span, item_no)
        if re.search(_MINUTES, key) and not appointed and (
                labelled or (re.search(_APPROVED, key) and len(key.split()) <= 25)):
            return Decision("approve-protocol", span, text_rep, item_no)
        # a decision on the money its paragraph states; not one giving a task ("ge X i uppdrag att ...")
        # "beslutade att ta fram en plan", "... att bjuda in ...": an act that is no money's
        other_act = bool(re.search(r"\batt\s+(?:ta fram|bjuda in|aterkomma|skicka|redovisa|arrangera|genomfora"
                                   r"|kalla|informera|sprida|undersoka|utreda|bordlagga|remittera|lyfta|diskutera"
                                   r"|tillsatta|bilda|starta|anordna|bjuda)\b", key))
        money = money or (para_money and not re.search(_TASK, key) and not other_act)
        kind = "funding" if money else "other"
        verb = _DECISION_VERB.search(key)
        agent = re.match(r"\s+av\s+(?!(?:lansgemensam(?:ma)? ledning|ledningen|gruppen|motet|presidiet"
                         r"|presidiekonferensen|konferensen|styrgruppen)\b)\w", key[verb.end():]) if verb else None
        proposed = re.search(r"\bforesl\w*\s+att\b", key[:verb.start()]) if verb else None   # a proposal
        if verb and not agent and not proposed and not re.search(r"\b(som|ska|skall|kommer att|har|hade|kan|bor)\s+("
                                                                 + _DECISION_VERB.pattern + ")", key):
            return Decision(kind, span, text_rep, item_no, about=self._about(it))   # not "godkänns av fullmäktige"
        if decides or re.match(_BODY_DECIDES, key) or re.search(_NOTED, key):
            return Decision(kind, span, text_rep, item_no, about=self._about(it))
        if re.search(r"\bfastsla(s|gs|gits)\b|\bfastslogs\b", key):
            kind = "funding" if money or "kostnad" in key else "other"
            return Decision(kind, span, text_rep, item_no, about=self._about(it))
        # "... valdes till ordförande", "Till justerare valdes X": the role before or after the verb
        if appointed and re.search(r"\b(utses|utsags|utsetts|valjs|valdes)\s+(till|att|som)\b|\batt\b.*\butses\b"
                                   r"|^\s*(till|som)\s+(\w+\s+){1,3}(utses|utsags|valjs|valdes)\b",
                                   key) and find_names(sentence, self._accept_name, self._role_follows):
            return Decision(kind, span, text_rep, item_no, about=self._about(it))
        return None

    def _about(self, it: Item) -> list[str]:
        k = fold(it.title)
        found = []
        for wid, titles in self.works.items():
            if any(t and (t == k or (len(t) > 3 and re.search(rf"\b{re.escape(t)}\b", k))) for t in titles):
                found.append(wid)
        return found[:3]

    def _replacement(self, sentence: str, key: str, span: tuple[int, int], item_no: int | None,
                     text_rep: str) -> Decision:
        spans = find_names(sentence, self._accept_name, self._role_follows)
        words = list(re.finditer(r"\S+", sentence))
        folded = [(w.start(), fold(repair_text(w.group(0), self.lx))) for w in words]
        pos = next((at for at, f in folded if f.startswith(("ersatt", "eftertrad"))), None)
        if pos is None:  # "X utses till ledamot ... efter Y", "X tar över efter Y", "... utses X i stället för Y"
            pos = next((at for at, f in folded if f in ("efter", "stallet", "istallet")), None)
        new = next((s.name for s in spans if pos is not None and s.start < pos), None)
        old = next((s.name for s in spans if pos is not None and s.start > pos), None)
        if re.search(r"\bersatts av\b|\bersattes av\b", key):
            new, old = old, new         # "Y ersätts av X": the passive names the one replaced first
        k = key.replace("/", " ")
        seats: list[tuple[int, str, str]] = []      # (position, id, type) of group names not after "från"
        origin = None
        for alias, oid in self.orgs.aliases.items():
            t = self.orgs.types.get(oid, "")
            for m in re.finditer(rf"\b{re.escape(alias)}\b", k):
                after_fran = "fran" in k[max(0, m.start() - 8):m.start()]
                if after_fran and t in ("area-group", "coordinating-group", "kommun", "region"):
                    origin = oid
                elif not after_fran and t in ("coordinating-group", "area-group", "process-group", "steering-group",
                                              "working-group", "preparatory-group", "forum", "network",
                                              "collaboration-body", "presidium"):
                    seats.append((m.start(), oid, t))
        seats.sort(key=lambda x: (x[2] != "coordinating-group", x[2] == "collaboration-body", x[0]))
        group = seats[0][1] if seats else None
        if group is None and self.ex is not None:   # "X ersätter Y.": a seat in the body whose meeting this is
            body = self._meeting_body(self.ex)
            new_types = {g[0]: g[2] for g in self.ex.new_groups}
            if body and self.orgs.types.get(body, new_types.get(body, "")) in GROUP_TYPES | {"collaboration-body"}:
                group = body
        if origin == group:
            origin = None
        rm = re.search(r"\bsom\s+(vice ordforande|ordforande|representant|ledamot|ersattare|sammankallande)\b", k)
        rm = rm or re.search(r"\btill\s+(?:ny\s+)?(vice ordforande|ordforande|representant|ledamot|ersattare|"
                             r"sammankallande)\b", k)
        role = {"vice ordforande": "vice-ordforande", "ordforande": "ordforande", "ersattare": "ledamot"}.get(
            rm.group(1), rm.group(1)) if rm else "ledamot"
        return Decision("replacement", span, text_rep, item_no, group=group, role=role, new=new, replaced=old,
                        seat_origin=origin)

    def _indicator(self, text_rep: str, span: tuple[int, int], item_no: int | None) -> Decision:
        m = re.search(r"indikatorn?\s+(?:för\s+)?(?P<label>.+?)\s+(?:för\s+)?år\s+(?P<year>\d{4})\s+till\s+"
                      r"(?P<value>\d+(?:[.,]\d+)?)", text_rep)
        ind = None
        if m:
            label = m.group("label").strip()
            ind = {"label": label[:1].upper() + label[1:], "value": _number(m.group("value")),
                   "year": int(m.group("year"))}
        return Decision("indicator", span, text_rep, item_no, indicator=ind)

    # ------------------------------------------------------------------ money
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
        for m in range(it.lines[0] + 1, own_end + 1):
            ln = self.L(m)
            row = self._row_amounts(ln) if self._money_row(ln) else []
            if not (row or amount_spans(ln.text)):
                continue
            cur = sums[-1]
            cur.first_line = cur.first_line or m
            if self._money_row(ln):
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
        ams = [(a + s, v) for a, _b, v in amount_spans(text[s:e])]
        if not ams:
            return
        sent = repair_text(strip_markup(re.sub(r"\s+", " ", text[s:e])), self.lx)
        sk = fold(sent)

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
        rest = ams
        if cur.total is None and heads and (cue or len(ams) == 1 or re.search(_TOTAL_CUES, sk)):
            at, value = heads[-1] if cue else heads[0]
            cur.total = Amount(value, line_of(at), sent.strip(), "total")
            lm = re.search(r"erhållit\s+(.+?)\s+(?:till en summa|om|på)\b", sent)
            cur.label = lm.group(1).strip() if lm else None
            ym = re.search(r"\b(?:för|under)\s+((?:19|20)\d\d)\b", sent, re.I)
            cur.year = int(ym.group(1)) if ym else None
            cur.agreement = self._agreement(sent) or (self._agreement(before) if before.strip() else None)
            rest = [am for am in ams if am[0] != at]
        for i, (offset, value) in enumerate(rest):
            # its own words: from the amount's end to the next amount or a clause's end
            stop = rest[i + 1][0] if i + 1 < len(rest) else e
            end_of = next(b for _a, b, _v in amount_spans(text[offset:stop]))
            after = re.split(r"(?<!\d)[,;.]|[,;.](?!\d)", text[offset + end_of:stop], maxsplit=1)[0]
            after = re.sub(r"\s+(?:och|samt)\s*$", "", after.strip())
            after = re.sub(r"^(?:avser|går till|till|för)\s+", "", after, flags=re.I)
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
        head = ln.n
        while head > 1 and len(self.L(head - 1).cells) > 1:
            head -= 1
        head_key = self.L(head).key if head < ln.n else ""
        unit = re.search(r"\b(tkr|tsek|mnkr|mkr|msek|kr|sek|kronor)\b", head_key) or re.search(r"\b(belopp)\b",
                                                                                              head_key)
        last = ln.cells[-1]
        if unit is None or not re.fullmatch(r"\d{1,3}(?:[ \u00a0.]\d{3})*(?:,\d+)?|\d+(?:,\d+)?", last):
            return []
        factor = {"tkr": 1000, "tsek": 1000, "mnkr": 10**6, "mkr": 10**6, "msek": 10**6}.get(unit.group(1), 1)
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

    # ------------------------------------------------------------------ meetings referred to
    def _meeting_refs(self, ex: Extraction) -> list[MeetingRef]:
        """Meetings the text refers to or announces: a date ("den 3 oktober 2025", "2026-03-12",
        "12/3 2026") after words naming a meeting ("Länsgemensam ledning", "mötet", "protokollet från
        mötet", "presidiekonferens"); announced when the sentence looks ahead or the date is later."""
        refs: list[MeetingRef] = []
        own = dt.date.fromisoformat(ex.date) if ex.date else None
        a = (ex.meeting_lines[1] + 1) if ex.meeting_lines else 1
        end = ex.items[-1].lines[1] if ex.items else len(self.lines)
        for lines, text, offsets in self._paragraphs(a, end):
            rep = repair_text(text, self.lx)
            # an item headed "Nästa möte" / "Kommande möten": the dates under it are meetings to come
            item = next((it for it in ex.items if it.lines[0] <= lines[0] <= it.lines[1] and not it.parent), None)
            ahead = bool(item and re.search(r"\b(?:nasta|kommande)\s+(?:mote|moten|motet|sammantrade|traff)|motestider"
                                            r"|motesplan|motesdatum", fold(item.title)))
            for s, e in _sentences(rep):
                sent = rep[s:e]
                k = fold(sent)
                for start, day, month, year, written in _date_mentions(sent):
                    ctx = fold(sent[max(0, start - 70): start])
                    minutes = re.search(r"\b(?:protokollet|(?:minnes|motes)?anteckningarna)\s+fran(?:\s+den)?\s*$",
                                        ctx) \
                        or re.search(r"\b(?:foregaende|forra|senaste)\s+(?:motes|minnes)?(?:protokoll|anteckningar)\w*"
                                     r"\s*\(?(?:\s*fran)?(?:\s*den)?\s*$", ctx)   # "Föregående protokoll (2028-08-24)"
                    if ahead and not minutes:
                        ctx = f"nasta mote {ctx}"
                        k = f"nasta mote {k}"
                    if not minutes and not re.search(r"lansgemensam(ma)? ledning|\bmote\b|\bmotet\b|\bmotets\b"
                                                     r"|sammantrade|presidiekonferens|presidiemote|\bkonferensen\b",
                                                     ctx):
                        continue
                    body_only = not minutes and not re.search(r"\bmote|sammantrade|konferens|protokoll|traff", ctx)
                    if body_only and re.search(r"\b(galler|trader i kraft|tradde i kraft|infors|inforas|startar"
                                               r"|borjar|loper|ska vara klar|klart|senast|giltig)", k):
                        continue    # "Avtalet för Länsgemensam ledning gäller den 1 januari 2028": no meeting
                    if not minutes and re.search(r"\b(fran(?: och med)?|fr o m|from|senast|till och med|t o m|tom"
                                                 r"|per|efter|innan|fore|sedan|giltig[at]?|under|inom)(?:\s+den)?\s*$",
                                                 ctx):
                        continue    # "från den 1 maj 2027", "senast den 30 juni": a date of validity, no meeting
                    if year is None and own is None:
                        continue
                    try:
                        date = dt.date(year or (own.year if own else 0), month, day)
                    except ValueError:
                        continue
                    announced = bool(re.search(r"kommande|nasta|planera|kommer att|ska hallas", k))
                    if year is None and own and announced and date < own:
                        date = dt.date(date.year + 1, month, day)
                    if date == own:
                        continue
                    status = "announced" if announced or (own is not None and date > own) else "referred"
                    kind, of = ("presidiekonferens", "presidiekonferensen") if "presidiekonferens" in ctx else \
                        ("presidiemote", "presidiemoten") if "presidiemote" in ctx else \
                        ("lgl-meeting", "lansgemensam-ledning") if re.search(r"lansgemensam(ma)? ledning", ctx) \
                        else ("lgl-meeting", ex.meeting_of or "lansgemensam-ledning")
                    span = self._span_lines(lines, offsets, min(s, len(text) - 1), min(e, len(text)) - 1)
                    note = None if year else (f'"{written}": the text gives no year; {date.year} from the '
                                              "protocol's date.")
                    if not any(r.date == date.isoformat() for r in refs):
                        refs.append(MeetingRef(date.isoformat(), status, kind, of, span, sent.strip(), note))
        return refs


# ----------------------------------------------------------------------------- helpers


_SUB_RE = re.compile(r"^\s*(?:§\s*)?(\d{1,3})\.(\d{1,2})\.?\s+(\S.*?)\s*$")     # "5.1 Title"
_OCR_DIGITS = str.maketrans({"l": "1", "I": "1", "|": "1", "O": "0"})
_OCR_LETTERS = str.maketrans({"1": "l", "0": "o"})     # a name OCR wrote with digits ("He1ene", "Ragnarss0n")


def item_number(text: str) -> tuple[int, str | None, str] | None:
    """(number, title or None, form) of an item line in one of the usual Swedish numberings."""
    text = text.strip().strip("*").strip()
    # OCR: "$ 1" / "S 1" for "§ 1", "l" / "I" / "|" for 1 and "O" for 0 in a paragraph number
    text = re.sub(r"^(?:\$|S(?=\s*[\dlI|O]{1,3}\b))\s*", "§ ", text)
    if text.startswith("§"):
        text = re.sub(r"^§\s*([\dlI|O]{1,3})\b", lambda m: "§ " + m.group(1).translate(_OCR_DIGITS), text)
    m = _ITEM_RE.match(text)
    if not m:
        return None
    form = next(f for f in ("para", "parab", "punkt", "nio", "dot", "paren", "colon", "bare") if m.group(f))
    title = (m.group("title") or "").strip(" *:") or None
    return int(m.group(form)), title, "§" if form in ("para", "parab") else form


def _cell_starts(raw: str) -> list[int]:
    """Where each cell of a line begins (tabs expanded), cells parted by a tab or three spaces."""
    raw = raw.expandtabs(8)
    return [m.start() for m in re.finditer(r"\S+(?: {1,2}\S+)*", raw)]


def _tab_side(raw: str, side: str) -> str | None:
    """One side of a row of two TAB-separated columns ("Name, Org<TAB>Name, Org", "<TAB>Name, Org" for a
    row of the right column only, "Name<TAB>Org<TAB>Name<TAB>Org"); None when TABs do not say it."""
    if "\t" not in raw:
        return None
    lead = not raw.split("\t", 1)[0].strip()
    parts = [p for p in re.split(r"\t+", raw) if p.strip()]
    if lead:
        left, right = [], parts
    elif len(parts) <= 2:
        left, right = parts[:1], parts[1:]
    elif len(parts) % 2 == 0:
        left, right = parts[: len(parts) // 2], parts[len(parts) // 2:]
    else:
        return None
    return "\t".join(left if side == "L" else right)


def _column_cut(raw: str, c: int) -> int:
    """Where the right column begins in a line whose columns part at about offset c."""
    gaps = [m for m in re.finditer(r" {2,}", raw)]
    near = [m for m in gaps if abs(m.end() - c) <= 8 and m.start() > 0]
    if near:
        return min(near, key=lambda m: abs(m.end() - c)).end()
    # the left cell runs up to the column with one space ("..., ordf. Jimmy Lord, Vimmerby kommun"): a name
    # ("Förnamn Efternamn," or alone) beginning exactly at the column's offset
    if 0 < c < len(raw) and raw[c - 1] == " " and raw[:c].strip() and \
            re.match(r"[A-ZÅÄÖÉ][\w'’-]+(?: [A-ZÅÄÖÉ][\w'’-]+){1,2}(?:,|\s*$)", raw[c:]):
        return c
    first = len(raw) - len(raw.lstrip())
    return first if first >= c - 8 and raw.strip() else len(raw)


def _prose_before_name(text: str) -> bool:
    """'Förhinder hade Anna Holm': a word in lower case before capitalised ones, a sentence, not a name
    (particles aside: 'af', 'von', 'de', 'van'; an OCR-damaged last name 'Emelie lngvarsson' is no sentence)."""
    words = text.split()
    return any(w[:1].islower() and w not in ("af", "von", "de", "van", "der", "la")
               and any(v[:1].isupper() for v in words[i + 1:]) for i, w in enumerate(words))


def _sentence_parts(lines: list[tuple[int, str]]) -> list[tuple[int, list[str]]]:
    """A list written as a sentence over lines, cut at ';', ',' and 'och' outside brackets: per line, its
    pieces and the separators between them, as re.split gives them. A piece whose bracket runs over the
    line's end ("Per Ek" / "(Nybro kommun)") is taken whole on the next line."""
    out: list[tuple[int, list[str]]] = []
    carry = ""
    for k, (i, text) in enumerate(lines):
        text = carry + text.strip(" .")
        carry, depth, start = "", 0, 0
        parts: list[str] = []
        for sep in re.finditer(r"\s*;\s*|,\s*|\s+och\s+|[()]", text):
            if sep.group(0) in "()":
                depth = depth + 1 if sep.group(0) == "(" else max(0, depth - 1)
            elif depth == 0:
                parts += [text[start:sep.start()], sep.group(0)]
                start = sep.end()
        if depth and k + 1 < len(lines):
            carry = text[start:] + " "
            out.append((i, parts[:-1]))
        else:
            out.append((i, parts + [text[start:]]))
    return out


def _name_like(text: str) -> bool:
    """A person's name alone on a line: a plausible name with every word capitalised."""
    return plausible_name(text) and all(w[:1].isupper() or w in ("af", "von", "de", "van") for w in text.split())


def _is_prose(text: str) -> bool:
    """A line of words (most of its signs letters), not a run of signs OCR made of a stain."""
    signs = text.replace(" ", "")
    return bool(re.search(r"[^\W\d_]{3}", text)) and sum(ch.isalpha() for ch in signs) >= 0.6 * len(signs)


def _ranges(lines: list[int]) -> str:
    """'3, 7-9' for the lines 3, 7, 8, 9."""
    out: list[str] = []
    for n in sorted(lines):
        if out and out[-1].split("-")[-1] == str(n - 1):
            out[-1] = f"{out[-1].split('-')[0]}-{n}"
        else:
            out.append(str(n))
    return ", ".join(out)


def _flat(text: str) -> str:
    """The text lower-cased and without accents, character for character (positions kept, unlike fold)."""
    return "".join((unicodedata.normalize("NFKD", ch)[:1] or ch).lower() for ch in text)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding position pos begins."""
    ends = list(re.finditer(r"[.;!?](?=\s+[A-ZÅÄÖ\"”“])", text[:pos + 1]))   # (the capital at pos seen)
    return ends[-1].end() if ends else 0


# a finite verb by its form (past tense: -ade, -dde, a consonant and -te/-de; passive; or one of the
# common irregular ones); "-nde" words are titles ("ordförande") and "arbete", "möte" nouns, not verbs
_FINITE_VERB = re.compile(r"\b(?:(?![a-z]*nde\b)(?!(?:inte|bade|omrade)\b)[a-z]{2,}"
                          r"(?:ades?|dde|[bcdfghjklmnpqrstvwxz](?:te|de)s?)|har|hade|ar|var|blev|blir|gav|drog"
                          r"|holl|tog|gick|fick|kom|ska|skall|kommer|kan|deltog|beskrev|foredrog|redogjorde|sa|sade"
                          r"|sag|utses|finns|fanns|far|gar|ser|tar|gor|ges|bor|maste|vill|behover|anser|menar|onskar"
                          r"|foreslar|foreslas|lamnar|deltar|saknas|fick)\b")
# present passives and other finite forms the pattern above leaves out ("Nästa möte hålls digitalt.")
_PASSIVE_VERB = re.compile(r"\b(?:halls|godkanns|noteras|laggs|tas|skickas|behandlas|bordlaggs|justeras|avslutas"
                           r"|oppnas|redovisas|diskuteras|beslutas|antas|faststalls|genomfors|planeras|aterkommer"
                           r"|fortsatter|utgar|star|blir)\b")
# verbs of presenting, welcoming, opening, closing, reporting (stems, any tense)
_PRESENTING_VERB = re.compile(r"\b(?:present|redovis|inform|foredr|berat|beskr|visa|inled|oppna|h[ae]lsa|valkomna"
                              r"|avslut|tack|summer|belys|redogj|rapport|gav\b|ger\b|drog\b|drar\b|ledde\b"
                              r"|leder\b|forelas|gick igenom|gar igenom|tog vid|gastade|moderer|lyfte|svarade"
                              r"|demonstr|introduc|orienter|uppdater"
                              r"|holl (?:en |ett |i )?(?:dragning|presentation|foredrag|genomgang|inledning))")
# a passive of presenting with its agent before the name ("Mötet avslutades av ordföranden X", "Ärendet
# föredrogs av X")
_PRESENTED_BY = re.compile(r"\b(?:present|redovis|inform|foredr|oppna|avslut|inled)[a-z]*(?:ades|des|tes|s)\s+av"
                           r"(?:\s+(?:ordforanden|ordforande|sekreteraren|samordnaren))?\s*$")
# a label or noun naming the presenter before the name ("Föredragande:", "Presentation av")
_PRESENTER_LABEL = re.compile(r"(?:foredragande|presentator|foredragshallare|presentation|dragning|redovisning"
                              r"|foredragning|information|genomgang|inledning)\s*(?:av|fran|:)?\s*[:,]?\s*$")


def _presents(before: str, after: str) -> bool:
    """Whether a name is a presenter, from the words of its sentence before and after it (keyword
    form): named by a label ("Föredragande: X"); or the first verb after it is one of presenting
    ("X, title, och Y presenterade", "X tog vid och berättade"); or, with no verb before it, one of
    presenting follows later ("X deltog digitalt och berättade"); or no verb stands after it nor
    before it (a line of its own with the titles). A name after a verb with none of its own ("Synpunkter
    lämnades av X", "Gruppen tackade X") or whose own verb is another ("X hade skickat underlag") is not."""
    if _PRESENTER_LABEL.search(before) or _PRESENTED_BY.search(before):
        return True
    # the verb before its subject after an opening adverbial ("Under punkten informerade X om ...",
    # "Därefter redovisade X ...")
    v2 = re.search(r"^(?:under|darefter|sedan|harefter|inledningsvis|slutligen|vidare|avslutningsvis|dessutom"
                   r"|forst|i|pa|vid|efter|som)\b.*\b([a-z]+)\s*$", before)
    if v2 and _presenting_word(v2.group(1), 0):
        return True
    first = None
    words = list(re.finditer(r"\b[a-z][a-z-]*", after))
    for i, m in enumerate(words):
        if _presenting_word(after, m.start()):
            return True
        if _FINITE_VERB.match(after, m.start()) or _PASSIVE_VERB.match(after, m.start()) \
                or (i == 0 and not after[:m.start()].strip()
                    and re.fullmatch(r"(?!(?:under|efter|over|eller|samt)$)(?:[a-z]{4,}(?:as|s)|[a-z]{3,}(?:ar|er))",
                                     m.group(0))):   # "X kontaktas", "X skickar", "X yrkar bifall"
            first = m.start()
            break
    if _FINITE_VERB.search(before):
        return False
    # the subject with another verb first: presenting further on ("X deltog digitalt och berättade")
    return first is None or any(_presenting_word(after, m.start()) for m in words if m.start() > first)


def _presenting_word(text: str, pos: int) -> bool:
    """Whether the word at `pos` is a verb of presenting: not a noun of the same stem ("information",
    "redovisningen", "rapporten"), not thanks for what others gave ("tackade för informationen")."""
    if not _PRESENTING_VERB.match(text, pos):
        return False
    word = re.match(r"[a-z-]+", text[pos:])
    w = word.group(0) if word else ""
    if re.search(r"(?:tion|tionen|tioner|ning|ningen|ningar|ningarna)$", w) or re.fullmatch(r"rapport(?:en|er)?", w):
        return False
    return not (w.startswith("tack") and re.match(
        r"[a-z]+\s+(?:for|till)\s+(?:informationen|presentationen|redovisningen|dragningen|genomgangen|fragan"
        r"|synpunkterna|rapporten|inspelet|bidraget|arbetet)", text[pos:]))


def _sentence_end(text: str, start: int) -> int:
    m = re.compile(r"[.;!?](?=\s+[A-ZÅÄÖ\"”“]|\s*$)").search(text, start)
    return m.end() if m else len(text)


def _sentences(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for m in re.finditer(r"[.!?](?=\s+[A-ZÅÄÖ\"”“*]|\s*$)", text):
        out.append((pos, m.end()))
        pos = m.end()
    if pos < len(text) and text[pos:].strip():
        out.append((pos, len(text)))
    return out


_TITLE_STOP = {"om", "for", "och", "av", "till", "med", "den", "det", "de", "en", "ett", "pa", "vid", "fran",
               "inom", "sedan", "kring", "samt", "mot", "som", "att"}


def _stem(word: str) -> str:
    """A crude stem for matching a title's words in running text ("överenskommelsen" ~ "överenskommelse")."""
    return word[:6]


def _number(text: str) -> float | int:
    v = float(text.replace(",", "."))
    return int(v) if v.is_integer() else v


def _amount(m: re.Match[str]) -> int:
    """The amount in kronor an _AMOUNT_RE (or _AMOUNT_BEFORE_RE) match stands for."""
    whole = int(re.sub(r"[ \u00a0\u202f.]", "", m.group("whole")))
    frac = float("0." + m.group("frac")) if m.group("frac") else 0.0
    unit = re.sub(r"\s+", " ", m.group("unit").lower())
    if unit.startswith("miljard"):
        factor = 1_000_000_000
    elif unit.startswith(("milj", "mn", "mkr", "msek")):
        factor = 1_000_000
    elif unit.startswith(("tkr", "tsek", "tusen")):
        factor = 1000
    else:
        factor = 1
    return int(round((whole + frac) * factor))


def amount_spans(text: str) -> list[tuple[int, int, int]]:
    """Every amount of money a text names, once, in order: (start, end, kronor)."""
    found = [(m.start(), m.end(), _amount(m)) for m in _AMOUNT_RE.finditer(text)]
    for m in _AMOUNT_BEFORE_RE.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end(), _amount(m)))
    found.sort()
    # "1 200 000 kr (1,2 mnkr)": the same amount again in brackets is said once
    return [f for i, f in enumerate(found) if not (i and f[2] == found[i - 1][2]
                                                   and re.fullmatch(r"\s*\(\s*", text[found[i - 1][1]:f[0]]))]


def amounts_in(text: str) -> list[int]:
    """The amounts (in kronor) a text names, in the usual Swedish forms: 2 500 000 kr, 2.500.000 kronor,
    2,5 miljoner kronor, 2 500 000 SEK, 2 500 tkr, 2,5 mnkr, 3,5 Mkr, 500 000:-."""
    return [v for _, _, v in amount_spans(text)]


# a protocol approved ("godkändes", "justerades", "lades till handlingarna"), keyword keys
_APPROVED = (r"\b(godkand(es|s)?|godkanns|godkant|justera(des|s|t)|(lades|lags|laggs) till handlingarna)\b")
# the record of a meeting that a meeting approves ("Protokollet", "Anteckningarna", "Minnesanteckningarna")
_MINUTES = r"\bprotokoll|\b(minnes|motes)?anteckningar"
# a decision by its verb form, passive or finite (keyword keys): godkänns/godkändes, läggs/lades till
# handlingarna, fastställs, antas/antogs, uppdras/uppdrar, tillstyrks/tillstyrker, bifalls, avslås, utses
# ("beviljas" also describes money granted elsewhere: only with "beslutar att" or a body deciding)
# (not the supine "har godkänts": a report of an earlier decision)
_DECISION_VERB = re.compile(
    r"\b(?:godkann(?:s|er)|godkandes?|(?:lades|lags|laggs|lagges) till handlingarna"
    r"|faststall(?:s|er|des|de)|antas|antogs|antar|antog|uppdras|uppdrogs|uppdrar|uppdrog"
    r"|tillstyrk(?:s|er|te|tes)|bifall(?:s|er|des)|bifoll|avslas|avslogs"
    r"|utses|utsags)\b")
# a body deciding, the verb right after it ("Länsgemensam ledning godkänner ...", "Ledningen fastställde ...",
# "Konferensen ställde sig bakom ...", "Arbetsgruppen beslutar ..."): the body as a definite noun of any compound
_BODY_DECIDES = (r"^\s*(lansgemensam(ma)? ledning|(?:samordnande\s+)?[a-z]*(?:ledningen|presidiet|konferensen|motet"
                 r"|gruppen|beredningen|natverket|radet|styrelsen|utskottet|namnden))"
                 r"\s+(beslutar|beslutade|beslot|godkanner|godkande|faststaller|faststallde|antar|antog|"
                 r"tillstyrker|tillstyrkte|beviljar|beviljade|avsatter|avsatte|staller sig bakom|stallde sig bakom|"
                 r"uppdrar at|gav i uppdrag|fordelar|fordelade|tilldelar|tilldelade|utser|utsag|valjer|valde"
                 r"|enades om|enas om|kom overens om|ar overens om|var enigt om|var enig om)\b")
# money named by a word: funding, "medel"/"medlen" alone or in a compound ("stimulansmedlen", "projektmedel";
# not "läkemedel", "hjälpmedel", "livsmedel"), statsbidrag, budget (keyword keys)
_MONEY_WORDS = (r"finansier|(?<!lake)(?<!hjalp)(?<!livs)(?:medel|medlen)\b|statsbidrag|budget")
# a decision giving a task: "ge X i uppdrag att", "uppdrar åt X att", "X uppdras att" (keyword keys)
_TASK = r"\bi uppdrag\b|\buppdra(?:r|s|g|gs|ges)?\b|\buppdrog(?:s)?\b"
# the protocol's formula taking note of information: "Informationen noteras", "Rapporten antecknas",
# "Redovisningen läggs till handlingarna" (keyword keys)
_NOTED = (r"\b(?:informationen|rapporten|redovisningen|lagesbilden|lagesrapporten|presentationen"
          r"|uppfoljningen|dragningen)\s+(?:noteras|noterades|antecknas|antecknades|tas till protokollet"
          r"|togs till protokollet)\b")
# a protocol's title word: "Protokoll", "Sammanträdesprotokoll", "Minnesanteckningar" (keyword keys)
_TITLE_WORD = re.compile(r"\w*protokoll|(?:minnes|motes)?anteckningar")
# words that make an amount a sum's total (keyword keys)
_TOTAL_CUES = r"summa|totalt|sammanlagt|erhall|erholl|beviljat|avsatt|tilldela|budget|uppgar till"
# "Beslut: ...", "Beslut – ...", "Beslutet: ..."
_DECISION_LABEL = r"^\s*beslut(?:et)?\s*(?::|\s[-–—])\s*"
# a line that says when a meeting is held: it opens with a weekday, or a time of day follows the date
_WHEN_SHAPED = re.compile(r"^(?:(?:man|tis|ons|tors|fre|lor|son)dag(?:en)?)\b"
                          r"|\d{4}\W{0,2}\s*(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d\d)?\b")
# a verb of presence opening a sentence of names ("Närvarande var ...", "Från X deltog ...", "medverkade")
_PRESENCE_VERB = re.compile(r"\b(?:närvarande\s+(?:var|voro|är)|närvarade|deltog|medverkade)\b\s*(?::\s*)?", re.I)
# words of absence opening a sentence of names ("Förhinder hade ...", "Frånvarande var ...", "Anmält förhinder:")
_ABSENCE_WORDS = re.compile(r"\b(?:(?:anmält\s+)?förhinder\s+(?:hade|har|anmälde|anmäldes\s+av)"
                            r"|frånvarande\s+(?:var|voro)|ej\s+närvarande\s+(?:var|voro)"
                            r"|anmält\s+förhinder\s*:)\s*(?::\s*)?", re.I)
_NUMERIC_DATE_RE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})(?:[/.]|\s+)((?:19|20)\d\d)\b")


def _date_mentions(text: str) -> list[tuple[int, int, int, int | None, str]]:
    """Every date a sentence gives: (position, day, month, year or None, as written), in order."""
    found: list[tuple[int, int, int, int | None, str]] = []
    text = _DAY_RANGE.sub(r"\1", text)     # "5–6 juni 2026": the first day
    for m in _DATE_RE.finditer(text):
        month = MONTHS.get(m.group(2).lower())
        if month:
            found.append((m.start(), int(m.group(1)), month, int(m.group(3)) if m.group(3) else None, m.group(0)))
    for m in _ISO_RE.finditer(text):
        found.append((m.start(), int(m.group(3)), int(m.group(2)), int(m.group(1)), m.group(0)))
    for m in _ISO_OTHER_RE.finditer(text):
        found.append((m.start(), int(m.group(4)), int(m.group(3)), int(m.group(1)), m.group(0)))
    for m in _NUMERIC_DATE_RE.finditer(text):
        found.append((m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(0)))
    return sorted(found)


def _place(text: str) -> str | None:
    """Where a meeting sentence or line says the meeting was held."""
    m = re.search(r"^\s*(?:plats|lokal|mötesplats)\s*:\s*(.+?)\s*(?:[.;]\s|$|\s+(?:deltagare|antal)\b)", text, re.I)
    if m:
        return re.sub(r"\s*\([^)]*\)$", "", m.group(1).strip(" ,.")) or None
    m = re.search(r"(?:genomfördes|hölls|ägde rum)\s+(?P<place>(?:digitalt|på distans|via)\b.*?)"
                  r"(?:\s+med\b|[.](?:\s|$)|$)", text)
    if m:
        return m.group("place").strip(" ,")
    m = re.search(r"(?:genomfördes|hölls|ägde rum)[^.]*?\b(?:på|i)\s+(?P<place>[A-ZÅÄÖ].+?)(?:\s+med\b|[.](?:\s|$)|$)",
                  text)
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


def _parse_date(text: str, default_year: int | None) -> str | None:
    """The first valid date a text gives: ISO (2026-06-05, also "2026-06-05 kl. 09.00"), "5 juni 2026"
    (the year from `default_year` when the text has none), or numeric in Swedish day/month order
    (05/06/2026, 05.06.2026, 5/6 2026)."""
    for _at, day, month, year, _written in _date_mentions(text):
        try:
            return dt.date(year or default_year or 0, month, day).isoformat()
        except ValueError:
            continue
    return None


def meeting_id(date: str, kind: str, of: str | None = None) -> str:
    """The id of a meeting: its date and kind, or its date and body for a group's meeting."""
    if kind == "lgl-meeting" and of and of != "lansgemensam-ledning":
        return f"{date}-{of}"
    suffix = {"lgl-meeting": "lansgemensam-ledning", "presidiekonferens": "presidiekonferens",
              "presidiemote": "presidiemote"}[kind]
    return f"{date}-{suffix}"


__all__ = ["Extraction", "Extractor", "meeting_id", "slug", "is_name_word"]
