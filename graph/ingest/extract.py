"""Rules that read a protocol's text into facts: meeting, agenda, attendance, decisions, money, people.

The rules follow the forms protocols of Länsgemensam ledning take, not any one document. Each kind of
rule has a module named by what it reads, and the Extractor here runs them in order:

- extract_header.py: the meeting (kind, place, participants, a meeting told in a sentence or a report); beside it
  extract_header_title.py (the title line), extract_header_body.py (the body whose meeting it is) and
  extract_header_date.py (the date, from the header alone);
- extract_lists.py: attendance lists, where each starts and ends, absences; beside it extract_list_headings.py (a
  list heading's words and shape), extract_list_columns.py (lists in columns or beside a label),
  extract_list_tables.py (tables' grids) and extract_list_prose.py (presence told in sentences and roll calls);
- extract_entries.py: the entries of a list, line by line (a line, a table row, a cell); beside it
  extract_entry_sentences.py (a list written as a sentence), extract_entry_orgs.py (an entry's organisation,
  capacity and role), extract_entry_presence.py (presence), extract_entry_damaged.py (names OCR damaged) and
  extract_entry_shapes.py (the shapes of an entry's pieces);
- extract_agenda.py: the agenda's items, each item's lines and its sub-items, from the rules beside it:
  extract_agenda_numbering.py (an item's number, a line's form), extract_agenda_tables.py (an agenda written
  as a table), extract_agenda_runs.py (which numbered lines are the items), extract_agenda_titles.py (titles,
  presenters, the agenda announced before the items), extract_agenda_headings.py (headings by their shape);
- extract_people.py: people named in an item's prose, presenters, titles and posts;
- extract_decisions.py: which sentences decide what; beside it extract_decision_words.py (the words a decision is
  read by), extract_decision_layout.py (where it stands on the page), extract_replacements.py (replacements and
  elections) and extract_meeting_refs.py (meetings referred to or announced);
- extract_money.py: amounts and funding;
- extract_unread.py: the lines that look like holding a fact no rule read, listed in the review;
- extract_dates.py, extract_text.py, extract_model.py: dates, shared words and patterns, the facts held.

Names are kept as written. Everything else is read through the OCR repair (ocr_repair.py). Every line of
the text is accounted for (_account): used as a fact, layout or prose, or listed as not understood.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from ..names import fold, same_person, slug
from .extract_agenda import AgendaRules
from .extract_agenda_headings import AgendaHeadingRules
from .extract_agenda_numbering import item_number, ocr_rules, read_line
from .extract_agenda_runs import AgendaRunRules
from .extract_agenda_tables import SUB_NUMBER, item_table_rows
from .extract_agenda_titles import AgendaTitleRules
from .extract_dates import _parse_date, common_year, years_near
from .extract_decision_layout import decision_column, item_text_column, margin_item_heads, two_column_heads
from .extract_decision_words import _ADJUSTING_TITLE, _ONLY_NAMES
from .extract_decisions import DecisionRules
from .extract_entries import EntryRules
from .extract_entry_damaged import DamagedEntryRules
from .extract_entry_orgs import EntryOrgRules, _new_org_name
from .extract_entry_presence import PresenceRules
from .extract_entry_sentences import SentenceListRules
from .extract_header import HeaderRules
from .extract_list_prose import GUESTS_NOTE
from .extract_lists import ListRules
from .extract_model import AttendanceList, Decision, Entry, Extraction, Item, Line, PersonMention, Post
from .extract_money import MoneyRules, amounts_in
from .extract_people import PeopleRules
from .extract_prose_orgs import prose_org
from .extract_replacements import word_of_body
from .extract_text import _FINITE_VERB, _PROCEDURAL, _SIGNATURE, CHAIR_ROLES, JUNK_LINE, ROLE_WORDS
from .extract_unread import UnreadRules
from .layout import clean_layout
from .learned import NO_LESSONS, Lessons
from .learned_attendance import taken_lines
from .learned_decisions import DecisionModel, Sentence, learned_decisions, sentences
from .learned_lines import LineModel
from .learned_mentions import MEMBER_LISTS, OTHER_LISTS, Mention, MentionModel, mentions, present, prose_line
from .names_found import NameSpan, find_names, is_name_word, plausible_name
from .ocr_repair import Lexicon, kw, repair_text, strip_markup
from .orgs import OrgResolver
from .reading import IngestError
from .reconcile import PersonMatcher

_HEADER_FIELD = re.compile(r"^(?:datum|tid|tidpunkt|plats|lokal|motesplats|sammantradesdatum|motesdatum|dnr|diarienr"
                           r"|diarienummer|protokoll nr|protokollnummer)\b\.?\s*:?\s*\S")


# a chair's or secretary's label over one name on a front page ("Ordförande: X.", "Sekreterare: Y."; folded)
_CHAIR_LABEL = re.compile(r"(?:ordforande|ordf|vice ordforande|sekreterare|sekr|justerare|protokollforare)")

# a date's label with digits after it ("Datum: 2030-3-4", "Sammanträdesdatum 4-3-30") (folded)
_DATE_FIELD = re.compile(r"^(?:datum|sammantradesdatum|motesdatum|motesdag|datum och tid)\b.*\d")


# a check box before a list line: ticked ("[x]", "[X]", "[✓]", "☒", "☑", "✅", "(x)") or empty ("[ ]", "[]", "☐", "□",
# "( )"), a bullet before it allowed
_CHECKBOX = re.compile(r"^\s*(?:[-–•*]\s*)?(?P<box>(?P<on>\[\s*[xX✓✔vV]\s*\]|\(\s*[xX✓✔]\s*\)|[☒☑✅✓✔])"
                       r"|(?P<off>\[\s*\]|\(\s+\)|[☐□]))\s*(?=[^\W\d_])")


# the heading of the decisions listed after the items, each by its item's number (folded)
_DECISIONS_HEAD = re.compile(r"(?:motets\s+|fattade\s+|sammanfattning\s+av\s+|forteckning\s+over\s+)?"
                             r"(?:beslut|besluten|beslutsforteckning|beslutslista|beslutsprotokoll|beslutspunkter)")


_DATE_THEN_LABEL = re.compile(r"(?<=\d)(?=[A-ZÅÄÖ][a-zåäö]{3,}(?: [a-zåäö]+)?\s*:)")
# a decision told as another meeting's: "... beslutade vid ordinarie sammanträde den 20 april 2033 att ..."
_DECIDED_AT = re.compile(r"\bvid\s+(?:\w+\s+){0,2}(?:sammantrade|sammantradet|mote|motet|traffen|traff)\s+den\s+\d")
# a rule of underscores, dashes or dots across the page with a number at its end ("_______________ 3")
_RULED_NUMBER = re.compile(r"[_\-–—=.]{10,}\s*(\d{1,3})")


def _is_prose(text: str) -> bool:
    """A line of words (most of its signs letters), not a run of signs OCR made of a stain."""
    signs = text.replace(" ", "")
    return bool(re.search(r"[^\W\d_]{3}", text)) and sum(ch.isalpha() for ch in signs) >= 0.6 * len(signs)


def _one_of_a_repeated_line(decisions: list[Decision], first: int) -> None:
    """The same decision's line written twice, one under the other (a proposal's column, then the decision's: "att
    välja X till mötessekreterare." / "att välja X till mötessekreterare."): one decision, at the second line; among
    an item's decisions from index `first` on."""
    k = first
    while k + 1 < len(decisions):
        a, b = decisions[k], decisions[k + 1]
        if a.lines[0] == a.lines[1] and b.lines == (a.lines[1] + 1, a.lines[1] + 1) \
                and a.text.strip(" .") == b.text.strip(" .") and a.kind == b.kind:
            del decisions[k]
            continue
        k += 1


def meeting_id(date: str, kind: str, of: str | None = None) -> str:
    """The id of a meeting: its date and kind, or its date and body for a group's meeting."""
    if kind == "lgl-meeting" and of and of != "lansgemensam-ledning":
        return f"{date}-{of}"
    suffix = {"lgl-meeting": "lansgemensam-ledning", "presidiekonferens": "presidiekonferens",
              "presidiemote": "presidiemote"}[kind]
    return f"{date}-{suffix}"


# a paragraph's number after a body's letters, with or without the year's digits and a bullet before them ("PM 31  ",
# "BG 14   ", "• A 43 1  "): read as "§ N" where three or more lines of the same letters run on
# (`Extractor._prefixed_paragraphs`)
_PREFIXED_NUMBER = re.compile(r"\s*(?:[•·*\-–]\s*)?(P[Mm]|[A-ZÅÄÖ]{1,4})(?:\s+(\d{2}|\d{4}))?\s+(\d{1,3})"
                              r"(?=\s+[A-ZÅÄÖ])")

# (not the front page's field, nor a proposal: `Extractor._elections`)
_NO_ELECTION = re.compile(r"utses\s+att\s+justera|justeringens\s+plats|förslag|föreslås|föreslog|föreslår", re.I)
# a verb of electing and a word for the meeting's own officers (`Extractor._elections`)
_ELECTING = re.compile(r"\b(?:valdes|väljs|väljes|valjs|valjes|utsågs|utsags|utses|att\s+välja)\b", re.I)
_MEETING_OFFICE = re.compile(r"\b(?:mötes(?:ordförande|sekreterare)|motes(?:ordforande|sekreterare)"
                             r"|(?:protokoll)?justerare|justeringsperson(?:er)?|justeringsm[aä]n|rösträknare"
                             r"|sekr\.|sekreterare|(?:mötets|konferensens|dagens)\s+ordförande"
                             r"|ordförande\s+(?:för|vid)\s+(?:mötet|dagen|sammanträdet|konferensen))", re.I)
# leave to attend or speak given to a guest, or a guest adjoined (folded): "ge X närvaro- och yttranderätt",
# "adjungeras", "adjungerades till mötet" (not a list's label, "Adjungerade: X, Y")
_GUEST_LEAVE = re.compile(r"yttranderatt|narvaroratt|\badjunger(?:as|ades|ats)\b")
# the sentence giving it, the guests named between its verb and the right ("ge A, Org, och B närvaro- och yttrande-
# rätt", "A och B gavs närvarorätt" not: the names before the verb are read by the model)
_LEAVE_GIVEN = re.compile(r"\b(?:ge|ges|gavs|får|fick|beviljas|beviljades|medges|medgavs|tilldelas)\s+[^.]*?"
                          r"(?:närvaro-?\s*(?:och\s+yttrande-?\s*)?rätt|yttrande-?\s*(?:och\s+närvaro-?\s*)?rätt)",
                          re.I)
GUESTS_GIVEN_LEAVE = "guests given leave to attend or speak in a sentence"
# an organisation named after "från" right after a name, its capitalised words ("från Spelinspektionen", "från
# Länsstyrelsen i Kalmar län"), up to a word in lower case or a stop
_FROM_ORG = re.compile(r"\s+(?:från|fran)\s+([A-ZÅÄÖ][\wåäöé-]+(?:\s+(?:i\s+|för\s+)?[A-ZÅÄÖ][\wåäöé-]+){0,3}"
                       r"(?:\s+län)?)(?=[\s,.;:)]|$)")


class Extractor(HeaderRules, ListRules, EntryRules, SentenceListRules, EntryOrgRules, PresenceRules,
                DamagedEntryRules, AgendaRules, AgendaRunRules, AgendaTitleRules, AgendaHeadingRules, PeopleRules,
                DecisionRules, MoneyRules, UnreadRules):
    def __init__(self, text: str, lexicon: Lexicon, orgs: OrgResolver, people: PersonMatcher,
                 works: dict[str, list[str]] | None = None, lessons: Lessons = NO_LESSONS,
                 decision_model: DecisionModel | None = None, attendance_model: LineModel | None = None,
                 mention_model: MentionModel | None = None) -> None:
        self.lx = lexicon
        self.decision_model = decision_model   # decisions no rule read, learned from answer keys (learned_decisions.py)
        self.attendance_model = attendance_model    # attendance lines no rule read, learned (learned_attendance.py)
        self.mention_model = mention_model      # the present among the names sentences mention (learned_mentions.py)
        self.learned = lessons      # forms learned from accepted protocols laid out alike (learned.py)
        self.orgs = orgs
        self.people = people
        self.works = works or {}
        self._repeated: frozenset[str] | None = None     # headings said again in the items (`_repeated_headings`)
        self._caps_heads: frozenset[int] | None = None   # capitals' headings, no blank lines (`_dense_caps_heads`)
        self._plain_dense: frozenset[int] | None = None  # short headings, no blank lines (`_dense_plain_heads`)
        self._title_forms: dict[str, int] = {}           # how its items' titles are written (`_titles_so_written`)
        self._marks_under_titles: set[int] | None = None  # paragraph marks under their titles (`_titles_over_marks`)
        self._meeting_prefix: int | None | bool = False  # the meeting's number before each item's number
        #                                                   (`_without_meeting_number`)
        self.doc_initials: set[str] = set()             # initials a list writes after names ("Cecilia Holm CH")
        self._spaced: bool | None = None                 # a blank line after every line of text (`_double_spaced`)
        raw_lines = text.split("\n")
        if raw_lines and raw_lines[-1] == "":
            raw_lines.pop()
        lay = clean_layout(raw_lines)
        self.lines: list[Line] = []
        self.check_marks: dict[int, bool] = {}     # a box ticked (True) or left empty (False) before a list line
        for i, raw in enumerate(lay.lines, 1):
            if (box := _CHECKBOX.match(raw)):
                self.check_marks[i] = box.group("off") is None
                raw = " " * (len(box.group(0)) - len(box.group(0).lstrip())) + "• " + raw[box.end():]
            # (a date run together with the label after it, as a web page's lines are copied: "Minnesanteckningar
            # från mötet 2073-10-19Närvarande: Ola Karlsson, ...": a space between them)
            raw = _DATE_THEN_LABEL.sub(" ", raw)
            # (a rule across the page with the item's number at its end, the title on the line under it: "_____ 3" /
            # "Avtalet om uppsökande tandvård": the number alone on its line, as "§ 3" / "Budget" is read)
            if (ruled := _RULED_NUMBER.fullmatch(raw.strip())) and i < len(lay.lines) and lay.lines[i].strip():
                raw = ruled.group(1)
            self.lines.append(read_line(i, raw, lexicon, i in lay.layout))
        # an agenda laid out as a table of two columns: each row's text alone on its line, the item's number and
        # title apart (`item_table_rows`); the table's heads and rules its furniture
        rows, table_furniture = item_table_rows(lay.lines)
        column_heads = two_column_heads(lay.lines) if not rows else []
        if not rows:    # (or a table of each item's heading and its whole text: "Ärende   Beslut / åtgärd")
            rows, table_furniture = item_text_column(lay.lines, column_heads)
        if not rows:    # (or such a table with no head, the items' headings in the left margin)
            rows, _head = item_text_column(lay.lines, margin_item_heads(lay.lines))
        self.cell_heads: dict[int, str] = {i + 1: head for i, (head, _body) in rows.items() if head}
        for i, (head, body) in rows.items():
            # (a sub-item's row, "1.1   Presentation av ny ledamot   Sofia Hartz   ...": read as a sub-item's line,
            # its number and title, as the sub-items under an item are read)
            body = strip_markup(ocr_rules(head if SUB_NUMBER.match(head) else body))
            self.lines[i] = Line(i + 1, body, body, kw(body, lexicon), [body], self.lines[i].layout)
        for i in table_furniture:
            self.lines[i] = Line(i + 1, lay.lines[i], "", "", [], True)
        # a lettered sub-item written after its item's number ("6. Boendeärenden." / "6. a) Sociala kontrakt ..."): the
        # letter alone, as sub-items are read ("a) Sociala kontrakt ..."), where the item's own line stands above it
        heads: set[str] = set()
        for i, ln in enumerate(self.lines):
            if (own := re.match(r"\s*(\d{1,3})\.\s+[A-ZÅÄÖ]", ln.text)):
                heads.add(own.group(1))
            elif (sub := re.match(r"(\s*)(\d{1,3})\.\s*([a-h]\)\s+)(?=[A-ZÅÄÖ])", ln.raw)) and sub.group(2) in heads:
                self.lines[i] = read_line(i + 1, sub.group(1) + sub.group(3) + ln.raw[sub.end():], lexicon, ln.layout)
        # minutes laid out as matter and decision columns ("Ärende/Notering   Beslut"): each line read without its
        # decision column, the column's text kept per line for the item it stands beside (`_column_decisions`)
        head, right = decision_column(lay.lines, column_heads) if not rows else (None, {})
        self.column_decisions: dict[int, str] = {i + 1: t for i, t in right.items()}
        if head is not None:
            self.lines[head] = Line(head + 1, lay.lines[head], "", "", [], True)
            for i in right:
                self.lines[i] = read_line(i + 1, lay.lines[i][:lay.lines[i].rindex(right[i])].rstrip(), lexicon,
                                          self.lines[i].layout)
        # an item's heading after the sign an accepted protocol laid out alike numbered its items after ("LGL 9
        # Information"): read as a paragraph's ("§ 9 Information")
        self.learned_heads: set[int] = set()    # (the whole line after the number its title, as there)
        for i, ln in enumerate(self.lines):
            if self.learned.item_prefixes and not ln.layout and (head := self.learned.item_heading(ln.raw)) \
                    and (item_number(ln.text) is None or len(ln.cells) > 1):
                text = f"§ {head[0]} {strip_markup(ocr_rules(head[1]))}"
                self.lines[i] = Line(i + 1, ln.raw, text, kw(text, lexicon), [text])
                self.learned_heads.add(i + 1)
        self._prefixed_paragraphs(lexicon)
        self._gaps_in_sentences(lexicon)
        self.furniture = {n: strip_markup(raw_lines[n - 1]) for n in lay.layout}   # as written, before removal
        self.skipped: dict[int, str] = {}          # list lines not read, and why
        self.absent_lines: set[int] = set()     # sentences naming those absent
        self.list_zones: list[tuple[int, int, int]] = []   # (heading, last entry, stop) of each list read
        self.report_lines: set[int] = set()         # list lines of a meeting app's report (when each joined and left)
        self.table_heads: set[int] = set()
        self.gap_lines: set[int] = set()           # lines after a list, before the next heading, not read
        self.list_headings: set[int] = set()
        self.inline_heads: set[int] = set()         # an item heading with the item's text after it on its line
        self.label_heads: set[int] = set()          # a label beside its first entry ("Beslutande    Name, Org")
        # a label flush with its first entry, one space between, the list's lines under it at the margin
        # ("Beslutande Anna Holm (Kalmar kommun) ordförande" / "Per Ek (Vimmerby kommun)"): where the entry starts
        self.flush_labels: dict[int, int] = {}
        self.running_columns: dict[int, list[Entry]] = {}     # a label's value column holding a running list
        self.announced_agenda: set[int] = set()     # an agenda's numbered titles announced before its items
        # the presenters an announced agenda names per item number (its "Föredragande" column), with their line
        self.announced_presenters: dict[int, list[tuple[str, int]]] = {}
        self.super_heads: set[int] = set()          # a heading over list headings ("Närvarande" / "Ledamöter:")
        self.sub_heads: set[int] = set()            # a list's parts' headings ("Närvarande:" / "Sammankallande")
        self._entry_cache: dict[tuple[int, str, bool], list[Entry]] = {}
        self.doc_given: set[str] = set()
        self.damaged_names: list[str] = []
        self.ex: Extraction | None = None


    # ------------------------------------------------------------------ entry point
    def run(self) -> Extraction:
        """The extraction of the text: its two-digit years read in the century of its own four-digit ones."""
        with years_near(common_year("\n".join(ln.text for ln in self.lines))):
            return self._run()

    def _run(self) -> Extraction:
        if sum(ch.isalpha() for line in self.lines for ch in line.text) < 40:
            raise IngestError("the text has almost no words: not a protocol")
        ex = self._header()
        self.ex = ex
        ex.n_lines = len(self.lines)
        meeting_end = ex.meeting_lines[1] if ex.meeting_lines else 0
        numbered = self._numbered(meeting_end + 1, len(self.lines)) if ex.doc_kind == "protocol" else []
        numbered = numbered if self._a_run_of_items(numbered, len(self.lines)) else []
        item_lines = {n for n, *_ in numbered}
        first_item = numbered[0][0] if numbered else None
        # "Förhinder hade X, Org, och Y, Org.": people of the record, not attendance; read first, so that no
        # list takes the sentence's lines for its own
        prose_absent = [e for lst in self._prose_lists(meeting_end + 1, (first_item or len(self.lines) + 1) - 1,
                                                       absent=True) for e in lst.entries] if meeting_end else []
        heads = self._list_headings(item_lines)
        lists = self._attendance(heads, item_lines, first_item)
        # a presence and voting list (marks under "När-/varo" and "Tjg./ers."): its lists in place of those read
        # by their headings inside it
        before_items = (first_item or len(self.lines) + 1) - 1
        if ex.doc_kind == "protocol" and (vote := self._vote_table(before_items) or self._seat_table(before_items)
                                          or self._legend_table() or self._marks_table(before_items)):
            vote_lists, vote_absent, (a, b) = vote
            # (and a members' list of names alone elsewhere that the table names again, the front page's
            # "Beslutande   A, B, C": the table's, with their organisations and marks, is the record)
            in_table = [e.name for lst in vote_lists for e in lst.entries] + [e.name for e in vote_absent]
            lists = [lst for lst in lists if not a <= lst.lines[0] <= b and not (
                lst.kind == "ledamoter" and not any(e.org or e.role for e in lst.entries)
                and any(same_person(e.name, t) for e in lst.entries for t in in_table))] + vote_lists
            self.list_zones = [z for z in self.list_zones if not a <= z[0] <= b] + [(a, b, b)]
            ex.absent.extend(vote_absent)
        if ex.doc_kind == "protocol" and (roll := self._roll_call_item(numbered)):
            # a roll call's table in its item ("§ 22 Upprop" / "Förnamn Efternamn Organisation" / rows / "... förutom
            # X och Y. I deras ställe hade kallats in Z."): its list in place of the lists read inside it
            a, b = roll[0][0].lines[0], max(lst.lines[1] for lst in roll[0])
            lists = [lst for lst in lists if not a - 2 <= lst.lines[0] <= b] + roll[0]
            ex.absent.extend(roll[1])
        if ex.doc_kind == "protocol" and ex.meeting_lines:
            before_agenda = (ex.meeting_lines[1] + 1, (first_item or len(self.lines) + 1) - 1)
            if not lists:
                lists = self._prose_lists(*before_agenda)
            elif not any(lst.kind in ("ledamoter", "deltagare") for lst in lists) \
                    and (told := [lst for lst in self._prose_lists(*before_agenda)
                                  if lst.kind in ("ledamoter", "deltagare")
                                  and lst.lines[1] < min(other.lines[0] for other in lists)]):
                # (a sentence of those present above lists of others only: "Bland de närvarande fanns A (Org), B
                # (Org) ..." over "Övriga ledamöter" / names, "Adjungerad" / name)
                lists = told + lists
            elif (told := [lst for lst in self._prose_lists(*before_agenda)
                           if lst.lines[1] < min(other.lines[0] for other in lists)
                           and not any(same_person(e.name, f.name) for e in lst.entries
                                       for other in lists for f in other.entries)]):
                # (or sentences of those present above lists that name none of them: "Närvarande var A, B och C. Från
                # förvaltningen deltog D, socialchef, ..." over the body's composition at the page's foot,
                # "Arbetsutskottet 2076:" / "Isabell Lindalen - Ledamot")
                lists = told + lists
            # a list grouped by organisation, each its line over a running line of people: in place of a list read
            # under the same heading with fewer of them
            if (grouped := self._org_blocks(before_agenda[1] + 1)) and not any(
                    lst.kind in ("ledamoter", "deltagare") and (lst.lines[0] != grouped.lines[0]
                                                                or len(lst.entries) >= len(grouped.entries))
                    for lst in lists):
                lists = [grouped, *[lst for lst in lists if lst.lines[0] != grouped.lines[0]]]
                if grouped.kind == "deltagare" and ex.meeting_kind != "presidiekonferens":
                    grouped.kind = "ledamoter"      # (those present, no other list of members)
            if not lists:
                lists = self._shape_fallback(*before_agenda)
            if not any(lst.kind in ("ledamoter", "deltagare") for lst in lists):
                # (or in the item on those present: "3. Närvarande" / "X, Y och Z är närvarande.")
                in_item, in_item_absent = self._item_presence(numbered)
                lists += in_item
                ex.absent.extend(in_item_absent)
            if numbered and not any(lst.kind in ("ledamoter", "deltagare") and (len(lst.entries) > 1 or not (
                    lst.heading and _CHAIR_LABEL.fullmatch(fold(lst.heading).strip(" :")))) for lst in lists):
                # (or a sentence of presence in one of the first items, the front page naming only the chair and the
                # secretary: "2 § Konstituering" / "Närvarande var ordinarie ledamöter A, B och C, ersättaren D för
                # E, ordförande F och sekreterare G.")
                # (the guests welcomed by name in an item before it, "§ 1. X hälsade de närvarande välkomna, särskilt
                # gästerna A, Org, och B, Org.": the others present, beside the members the later item names)
                welcomed: list[AttendanceList] = []
                for k, (line, _num, _title, title_line) in enumerate(numbered[:3]):
                    stop = numbered[k + 1][0] - 1 if k + 1 < len(numbered) else len(self.lines)
                    # (the item's text on its heading's line too: "§ 2. Närvaron antecknades. Från ... deltog ...")
                    first = line if line in self.inline_heads else (title_line or line) + 1
                    found = self._prose_lists(first, stop, bare=True)
                    if any(lst.kind == "ledamoter" for lst in found) and k + 1 < len(numbered) \
                            and (nxt := numbered[k + 1])[0] in self.inline_heads:
                        # (the others present in the next numbered sentence: "2. Närvarande vid mötet var A (Org),
                        # ..." / "3. Dessutom deltog C, utvecklingsledare Org, och D, Org.")
                        end = numbered[k + 2][0] - 1 if k + 2 < len(numbered) else len(self.lines)
                        found += [lst for lst in self._prose_lists(nxt[0], end, bare=True) if lst.kind == "ovriga"]
                    if any(lst.kind == "ledamoter" for lst in found):
                        chairs = {fold(e.name) for lst in found for e in lst.entries}
                        lists = [lst for lst in lists if not all(fold(e.name) in chairs for e in lst.entries)] \
                            + welcomed + found
                        break
                    welcomed += [lst for lst in found if lst.note == GUESTS_NOTE]
            # "Förhinder hade X, Org, och Y, Org.": people of the record, not attendance
            listed = {e.name for e in ex.absent}
            ex.absent.extend(e for e in prose_absent if e.name not in listed)
        self._signed_chairs(lists)
        self._org_legend(lists, (first_item or len(self.lines) + 1) - 1)
        ex.attendance = lists
        # "Tjänstgörande ersättare   Anna Holm, Nybro kommun, för Per Ek": the member served for is absent
        listed = {fold(e.name) for lst in lists for e in lst.entries} | {fold(e.name) for e in ex.absent}
        for e in [e for lst in lists for e in lst.entries if e.in_place_of]:
            if fold(e.in_place_of or "") not in listed:
                listed.add(fold(e.in_place_of or ""))
                ex.absent.append(Entry(e.in_place_of or "", e.line))
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
        # (a list ends where the next heading or item begins, whatever a paragraph run on after it held: "Förhinder:
        # X (Org)" over "1 Välkommen:" with no blank line between)
        zones = [(a, min(last, stop)) for a, last, stop in self.list_zones]
        agenda_start = max([meeting_end] + [last for a, last in zones if first_item and last < first_item]) + 1
        starts = {a: last for a, last in zones}
        while (m := self._next_nonblank(agenda_start - 1, len(self.lines))) is not None and \
                (self.L(m).layout or m in starts):
            agenda_start = starts.get(m, m) + 1    # lists right after the header come first
        if first_item is None:
            # no numbering: the lists before the first heading over text come first, whatever stands
            # between them (a table's own heading, an unread line); the agenda begins after them
            for a, last in sorted(zones):
                if a >= agenda_start and not any(self._is_heading(n) for n in range(agenda_start, a)) \
                        and not self._timed_heads(agenda_start, a - 1):     # (a programme's time slots: headings)
                    agenda_start = max(agenda_start, last + 1)
        # (after the last numbered item: "Protokollet justeras av X." inside an item is that item's)
        last_item = numbered[-1][0] if numbered else 0
        # a list between two numbered items ("§ 1 Mötets öppnande" / "Närvarande: ..." / "§ 2 ..."): the
        # attendance written after the first item, no end of the agenda
        later = [a for a, _ in zones if a > max(first_item or agenda_start, last_item)]
        if first_item is None:
            # no numbering: a list with headings over text after it (attendance written after the opening
            # heading) stands inside the agenda; the agenda ends at the first list after which none stands
            later = [a for a in later if not self._headed_text_after(a, zones)]
        agenda_end = (min(later) - 1) if later else len(self.lines)
        # (not a caption of that word over a sentence, an unnumbered item's: "Ordförande:" / "Styrgruppen utsåg X till
        # ordförande för 2084.")
        signed = [ln.n for ln in self.lines[(first_item or agenda_start):agenda_end]
                  if _SIGNATURE.match(ln.key) and ln.n > last_item and not self._caption_over_sentence(ln.n)]
        if signed and first_item is None and not any(self._is_heading(m) for m in range(agenda_start, signed[0])) \
                and not self._labelled_heads(agenda_start, signed[0] - 1) \
                and (after := next((m for m in range(signed[0] + 1, agenda_end + 1) if self._is_heading(m)),
                                   None)) is not None:
            # (no numbering: a front page's signatures over headings with their text, "Underskrift   Sekreterare
            # ....." / "Mötets öppnande" / "Ordföranden hälsade ...": the agenda begins at the first heading after them)
            agenda_start = max(agenda_start, after)
            signed = [n for n in signed if n > after]
        if signed:
            agenda_end = signed[0] - 1      # "Vid protokollet" / "Justeras": the signatures end the agenda
        if ex.doc_kind == "protocol":
            ex.items = self._agenda(ex, agenda_end, agenda_start)
            self._listed_presenters(ex)     # (presenters named in an agenda before the items, by title)
            decided = self._decisions_section(ex)
            # (minutes with no numbered items read as one run of text: a report's matters may be read from it, below)
            read_as_text, text_start = False, agenda_start
            self.table_heads.update(n for n in range(agenda_start, first_item or 0) if self._agenda_head(n))
            self._item_content(ex)
            if ex.items and ex.meeting_lines and all(it.n is None for it in ex.items) \
                    and (first := min(it.lines[0] for it in ex.items)) > ex.meeting_lines[1] + 1:
                # (minutes of unnumbered items, decisions stated above the first: read, of no item)
                self._text_without_items(ex.meeting_lines[1] + 1, first - 1, deciding_only=True)
            if not ex.items and agenda_start <= agenda_end:
                # (from the header's end: a story's sentences above its lists too, "Den 1 juni samlades ..." / ... /
                # "Övriga ledamöter" / names / "Bakgrund" / ...; the lists' lines passed over)
                start = min(agenda_start, ex.meeting_lines[1] + 1) if ex.meeting_lines else agenda_start
                self._text_without_items(start, agenda_end)
                read_as_text, text_start = first_item is None, start
            self._section_decisions(ex, decided)
            ex.refs = self._meeting_refs(ex)
            if read_as_text:
                # (a report of the meeting: its matters as it tells them, read after its decisions and the meetings
                # it names)
                ex.items = self._report_items(text_start, agenda_end, sentences=ex.reported)
        if ex.doc_kind != "protocol" or ex.guessed:
            # (a text read as a report only by the last guess: everyone its prose names is the draft's still, as where
            # it was read as no protocol)
            self._prose_people(1, len(self.lines), None)
        body = self._meeting_body(ex)
        for e in ex.absent:
            ex.mentions.append(PersonMention(e.name, (e.line, e.line), "absent", affiliations=[
                (e.org, (e.line, e.line), e.org_as_written or e.org)] if e.org else []))
            # a role the list line of one absent gives in words ("Lars Ek | socialchef | Hultsfreds kommun |
            # Frånvarande"): a post as for those present (a title held in the person's organisation)
            if e.post and e.org and e.post not in CHAIR_ROLES | {"ledamot", "sammankallande"}:
                ex.mentions.append(PersonMention(e.name, (e.line, e.line), "table", posts=[
                    Post(e.post, e.post_org or e.org, (e.line, e.line), title=e.post_title, acting=e.acting)]))
        for lst in lists:
            self._list_mentions(ex, lst, body)
        self._seat_labels(ex, ex.title_line, first_item or len(self.lines) + 1, body)
        self._account(ex)
        if self.attendance_model is not None and ex.doc_kind == "protocol":
            self._attendance_by_model(ex, self.attendance_model, body)
        if ex.doc_kind == "protocol":
            self._attendance_by_mentions(ex, self.mention_model, body)
        # (the sentences no list, header or layout took, found once: the lines a rule below marks as a decision's stay
        # text, so each reads the same sentences)
        told = sentences([ln.raw for ln in self.lines], ex.items, ex.used)
        self._elections(ex, told)
        self._replacements_told(ex, told)
        if self.decision_model is not None:
            self._read_by_model(ex, self.decision_model, told)
        return ex

    def _list_mentions(self, ex: Extraction, lst: AttendanceList, body: str | None) -> None:
        """The mentions of a list's people: each present, and the post a list line gives in words."""
        for e in lst.entries:
            ex.mentions.append(PersonMention(e.name, (e.line, e.line), "attendance"))
            # a seat here; at a meeting of presidia a chair in a list chairs the person's own organisation,
            # unless the list's heading names the presidium as the body its members sit in ("Presidiets
            # ledamöter": its chair and vice chair)
            presidia = ex.meeting_kind in ("presidiemote", "presidiekonferens") and e.post in CHAIR_ROLES \
                and not re.search(r"\bpresidi", fold(lst.heading or ""))
            # (a seat in the body, the presidium for a series of presidiemöten: `OrgResolver.seat_body`)
            org = self.orgs.seat_body(body) if e.post in CHAIR_ROLES | {"ledamot", "sammankallande"} \
                and not presidia else e.org
            org = e.post_org or org     # "ordförande i presidiekonferensen": the body the line names
            if e.post and org:      # a role the list line gives in words: a post, as in a table row
                ex.mentions.append(PersonMention(e.name, (e.line, e.line), "table", posts=[
                    Post(e.post, org, (e.line, e.line), title=e.post_title, acting=e.acting)]))
            for more in e.more_posts:   # the second of two roles in the same words ("socialchef, ordförande")
                where = self.orgs.seat_body(body) if more in CHAIR_ROLES | {"ledamot", "sammankallande"} \
                    and not presidia else e.org
                if where:
                    ex.mentions.append(PersonMention(e.name, (e.line, e.line), "table",
                                                     posts=[Post(more, where, (e.line, e.line))]))

    def _attendance_by_model(self, ex: Extraction, model: LineModel, body: str | None) -> None:
        """The attendance lines the learned model takes where no rule read one (learned_attendance.py), after the
        lines are accounted for: each read by the rules' entry reader, its entries in a list of the kind
        `_learned_kind` finds, consecutive lines one list; a person already listed is not listed again. Their lines
        are attendance now, no longer prose or listed as holding a fact."""
        listed = self._listed_names(ex)
        added: list[AttendanceList] = []
        for n, p in taken_lines(model, [ln.raw for ln in self.lines], ex.used):
            entries = [e for e in self._entry_of(self.L(n)) if not any(same_person(e.name, x) for x in listed)]
            if not entries:
                continue
            for e in entries:
                e.learned = p
                listed.append(e.name)
            self._add_learned(ex, added, self._learned_kind(ex, n), n, entries,
                              "read by the learned attendance model, by no rule: check it")
            ex.used[n] = "attendance"
            ex.prose_facts.pop(n, None)
        for lst in added:
            self._list_mentions(ex, lst, body)

    @staticmethod
    def _listed_names(ex: Extraction) -> list[str]:
        """The names of everyone the lists hold, present or absent (a learned model lists none of them again)."""
        return [e.name for lst in ex.attendance for e in lst.entries] + [e.name for e in ex.absent]

    @staticmethod
    def _add_learned(ex: Extraction, added: list[AttendanceList], kind: str, n: int, entries: list[Entry],
                     note: str) -> None:
        """Entries a learned model read on line n into the list it added last, where that list is of their kind and
        ends on the line before or on n; else into a new list of theirs, noted, among the meeting's lists."""
        if added and added[-1].kind == kind and added[-1].lines[1] >= n - 1:
            added[-1].entries.extend(entries)
            added[-1].lines = (added[-1].lines[0], max(added[-1].lines[1], n))
        else:
            added.append(AttendanceList(kind, (n, n), entries, note=note))
            ex.attendance.append(added[-1])

    def _caption_over_sentence(self, n: int) -> bool:
        """Line n is a signer's word as a caption ("Ordförande:", "Sekreterare:") over a sentence of five words or
        more with a verb, its text, no signature under it."""
        nxt = self._next_nonblank(n, len(self.lines))
        if not self.L(n).text.rstrip().endswith(":") or nxt is None:
            return False
        t = self.L(nxt).text.strip()
        return len(t.split()) >= 5 and t[:1].isupper() and t.endswith(".") \
            and bool(_FINITE_VERB.search(self.L(nxt).key) or re.search(r"\b\w+(?:de|te)s?\b", t))

    def _attendance_by_mentions(self, ex: Extraction, model: MentionModel | None, body: str | None) -> None:
        """The people a sentence tells as present whom no list holds, by the learned model of the names sentences
        mention (learned_mentions.py): each read by the rules' entry reader from the name to the next name or the
        sentence's end (its organisation or title after it), in the members' list or the others' as the model says,
        consecutive lines of one kind one list. The line stays what the rules read it as (a sentence may hold a
        decision or a presentation besides). Guests a sentence gives leave to attend or speak are read by that rule
        (`_LEAVE_GIVEN`), the model or none, as others present."""
        listed = self._listed_names(ex)
        # (each paragraph's names found once: the model's mentions and the organisation a sentence names both ask)
        spans: dict[str, list[NameSpan]] = {}

        def names_in(text: str) -> list[NameSpan]:
            if text not in spans:
                spans[text] = find_names(text, self._accept_name, self._role_follows)
            return spans[text]

        found = mentions([ln.raw for ln in self.lines], lambda text: [(sp.name, sp.start) for sp in names_in(text)])
        added: list[AttendanceList] = []
        conference = ex.meeting_kind == "presidiekonferens"     # (its lists: the elected, the officials)
        def sentence_of(m: Mention) -> tuple[str, int]:
            """The sentence the mention stands in, and where in it the name starts."""
            before = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", m.text[:m.start])[-1]
            return before + m.text[m.start:].split(". ")[0], len(before)

        chosen: list[tuple[Mention, float | None, bool]] = list(present(model, found)) if model else []
        told = {id(m) for m, _p, _member in chosen}
        # (a guest the sentence gives leave to attend or speak, whom the model passed over: "Mötet väljer att ge Sanna
        # Holm, Kommunförbundet, och Per Ek närvaro- och yttranderätt.": read by that rule, one of the others present)
        for m in found:
            if id(m) not in told and (leave := _LEAVE_GIVEN.search((said := sentence_of(m))[0])) \
                    and leave.start() < said[1] < leave.end():
                chosen.append((m, None, False))
        for m, p, member in chosen:
            if any(same_person(m.name, x) for x in listed):
                continue
            # (one given leave to attend or speak, or adjoined, is one of the others present, whatever the model says)
            member = member and not _GUEST_LEAVE.search(fold(sentence_of(m)[0]))
            entry = self._mentioned_entry(m, [(sp.start, sp.end) for sp in names_in(m.text)])
            entry.learned = p
            entry.learned_from = "sentence" if p is not None else None
            listed.append(entry.name)
            self._add_learned(ex, added, MEMBER_LISTS[conference] if member else OTHER_LISTS[conference], m.line,
                              [entry], "read by the learned model of the names sentences mention, by no rule: check it"
                              if p is not None else GUESTS_GIVEN_LEAVE)
        for lst in added:
            self._list_mentions(ex, lst, body)

    def names_on(self, text: str) -> list[tuple[str, int]]:
        """The names the rules' name finder finds in a text, each with where it starts."""
        return [(sp.name, sp.start) for sp in find_names(text, self._accept_name, self._role_follows)]

    def _mentioned_entry(self, m: Mention, spans: list[tuple[int, int]]) -> Entry:
        """The entry of a name a sentence mentions: the rules' entry reader's reading of the words from the name to
        the next name of its paragraph or the sentence's end ("Ola Karlsson, Vimmerby kommun, och"), or of the
        organisation written before the name with the name in brackets ("Kalmar kommun (Anna Holm)"); the name alone
        where it reads none of the same person."""
        piece = m.text[m.start:m.following]
        if stop := re.search(r"[.!?;:](?:\s|$)", piece[len(m.name):]):
            piece = piece[:len(m.name) + stop.start()]
        piece = re.sub(r"(?:[\s,]|\b(?:och|samt)\b)+$", "", piece).strip()
        pieces = [piece]
        if bracketed := re.search(r"([A-ZÅÄÖ][\wåäöÅÄÖ -]{2,60}?)\s*\($", m.text[:m.start]):
            pieces.append(f"{m.name}, {bracketed.group(1)}")    # "Kalmar kommun (Anna Holm)"
        entry = Entry(m.name, m.line)
        for said in pieces:
            found = [e for e in self._entry_of(self.text_line(m.line, said))
                     if same_person(e.name, m.name) and (e.org or e.role or said is pieces[-1])]
            if found:
                entry = found[0]
                break
        # (else the organisation the sentence names for it in the forms of running text, "X från SKR", "från regionen
        # X och Y", "X och Y, Region Kalmar län": extract_prose_orgs.py; `spans`, where each name of the paragraph
        # starts and ends)
        at = next((k for k, (a, _b) in enumerate(spans) if a == m.start), None)
        if entry.org is None and entry.role is None and at is not None \
                and (named := prose_org(m.text, spans, at, self.orgs.resolve, self.orgs.types.get)) is not None:
            entry.org, entry.org_as_written = named[0].id, named[1]
        # (or one the graph does not know, named as organisations are right after "från": "Rasmus Åkerlund från
        # Spelinspektionen berättade ...": one the draft defines)
        if entry.org is None and entry.role is None and self.ex is not None \
                and (frm := _FROM_ORG.match(m.text, m.start + len(m.name))) \
                and (self._named_org(frm.group(1)) or _new_org_name(frm.group(1))):
            self._draft_org(entry, frm.group(1))
        return entry

    def _learned_kind(self, ex: Extraction, n: int) -> str:
        """The kind of list a line the learned model took stands in: the kind of the nearest list the rules read
        above it, members where none is ("deltagare" at a presidiekonferens). (The kind a heading in a cell before
        the entry or on a line of its block names was tried in the 42nd round: better on the tuned-on parts, worse on
        the held-out ones; ROUNDS.md.)"""
        above = [lst for lst in ex.attendance if lst.lines[0] < n and lst.entries and lst.entries[0].learned is None]
        return max(above, key=lambda lst: lst.lines[0]).kind if above \
            else MEMBER_LISTS[ex.meeting_kind == "presidiekonferens"]

    def _take(self, ex: Extraction, d: Decision) -> None:
        """A decision read where no rule of the items read one: the draft's, its lines a decision's now, no longer prose
        or listed as holding a fact."""
        ex.decisions.append(d)
        for n in range(d.lines[0], d.lines[1] + 1):
            if ex.used.get(n) in (None, "prose"):
                ex.used[n] = "decision"
                ex.prose_facts.pop(n, None)

    def _elections(self, ex: Extraction, told: list[Sentence]) -> None:
        """The meeting's officers elected, where no rule read a decision on the sentence: a sentence (or an item's title
        line) with a verb of electing and a word for the meeting's chair, secretary or adjusters ("Till
        mötesordförande valdes X", "Till sekreterare väljs X", "X valdes till sekr.", "Val av justerare X och Y
        valdes", "Som ordförande för mötet valdes X", "att välja X och Y till protokolljusterare"), naming who: a
        decision (`other`), as the keys' conventions have it; never the front page's field ("Utses att justera: X",
        "Justeringens plats"), a proposal ("Förslag: Till protokolljusterare väljs ...", "Föreslås att ...") or a block
        of a form's fields read as one sentence (more than thirty words)."""
        taken = [d.lines for d in ex.decisions]
        heads = [(it.title_line or it.lines[0], it.lines[0], self.L(it.title_line or it.lines[0]).raw, k)
                 for k, it in enumerate(ex.items)]
        said = [(s.lines, s.text, s.item) for s in told] + [((n, n), text, k) for n, _first, text, k in heads]
        for (a, b), text, k in sorted(said):
            if not (_ELECTING.search(text) and _MEETING_OFFICE.search(text)) or len(text.split()) > 30 \
                    or _NO_ELECTION.search(text) or not self.names_on(text) \
                    or any(not (b < x or a > y) for x, y in taken):
                continue
            self._take(ex, Decision("other", (a, b), text.strip(),
                                    item=ex.items[k].n if 0 <= k < len(ex.items) else None))
            taken.append((a, b))

    def _replacements_told(self, ex: Extraction, told: list[Sentence]) -> None:
        """A replacement told in a sentence where no rule read a decision ("X ersätter Y som ledamot i ...", "Y
        ersätts av X ...") in a report's prose outside its matters or in an item whose rules read none: a decision
        where the sentence names both people and the group (or the group is the meeting's own, "i gruppen"); never
        a proposal ("föreslår", "förslag"), one to come ("ska ersätta"), a list's lines or a block of a form's fields
        read as one sentence (more than forty words or four lines)."""
        taken = [d.lines for d in ex.decisions]
        for s in told:
            (a, b), text = s.lines, s.text
            key = kw(text, self.lx)
            if not re.search(r"\bersatter\b|\bersatt(?:es|s)\s+av\b", key) or _NO_ELECTION.search(text) \
                    or len(text.split()) > 40 or any(not (b < x or a > y) for x, y in taken) \
                    or b - a > 3 or any(z <= n <= last for z, last, _stop in self.list_zones for n in (a, b)):
                continue    # (nor a list's lines: "Oskar Ek (invånarrep.), ersätter Tove Holm, fr o m § 39")
            item = ex.items[s.item] if 0 <= s.item < len(ex.items) else None
            d = self._replacement(text.strip(), key, (a, b), item.n if item else None,
                                  repair_text(re.sub(r"\s+", " ", text.strip()), self.lx))
            if not (d.new and d.replaced and d.group):
                continue
            # (a body the sentence names by its word that the group read is not: "i arbetsgruppen" read as the
            # meeting's body where the head named none, the collaboration's by default)
            word = re.search(r"\bi\s+(\w+(?:gruppen|natverket|radet|beredningen|utskottet|namnden|styrelsen))\b", key)
            if word and word.group(1) != "gruppen" and not word_of_body(word.group(1), d.group):
                continue
            self._take(ex, d)
            taken.append((a, b))

    def _read_by_model(self, ex: Extraction, model: DecisionModel, found: list[Sentence]) -> None:
        """The decisions the learned model reads where no rule read one (learned_decisions.py), after the lines are
        accounted for (it reads the text outside the items that no list, header or layout took): their lines are a
        decision's now, no longer prose or listed as holding a fact."""
        for d in learned_decisions(model, found, ex.items, [d.lines for d in ex.decisions]):
            # (not one another meeting took, on its day: "Gruppen beslutade vid ordinarie sammanträde den 20 april 2033
            # att ta fram en gemensam ansökan.")
            if _DECIDED_AT.search(kw(d.text or "", self.lx)) and ex.date \
                    and (when := _parse_date(d.text or "", None)) is not None and when != ex.date:
                continue
            self._take(ex, d)

    def _headed_text_after(self, a: int, zones: list[tuple[int, int]]) -> bool:
        """Whether a heading with text under it (or a programme's time slot) stands after the list at line a, outside
        every list, before the end: the list stands between two of the agenda's items."""
        inside = {n for z, last in zones for n in range(z, last + 1)}
        last, end = dict(zones)[a], len(self.lines)
        return any(n not in inside and not _SIGNATURE.match(self.L(n).key) and self._is_heading(n)
                   and self._next_nonblank(n, end) is not None for n in range(last + 1, end + 1)) \
            or bool(self._timed_heads(last + 1, end))

    def _decisions_section(self, ex: Extraction) -> list[tuple[int, int, int, str]]:
        """The decisions listed after the items under a heading of their own ("Beslut", "Fattade beslut",
        "Beslutsförteckning"), each line opening with the number of its item ("§ 3: ...", "3. ...", "Punkt 3 – ...",
        "Ärende 3: ..."): (first line, last line, item number, text) per decision; the last item ends before the
        heading (a heading taken for an item of its own is none). Nothing when a line does not name an item of the
        agenda."""
        numbered = {it.n for it in ex.items if it.n is not None}
        if not numbered or not ex.items:
            return []
        last_head = max(it.lines[0] for it in ex.items if it.n is not None)
        for h in range(last_head + 1, len(self.lines) + 1):
            if not _DECISIONS_HEAD.fullmatch(fold(self.L(h).text).strip(" :")):
                continue
            rows: list[tuple[int, int, int, str]] = []
            m = self._next_nonblank(h, len(self.lines))
            while m is not None and m <= h + 2 + 2 * len(rows):
                hit = item_number(self.L(m).text)
                if hit is None or hit[0] not in numbered or not hit[1]:
                    break
                text, q = hit[1], m
                while q + 1 <= len(self.lines) and not self.L(q + 1).blank and item_number(self.L(q + 1).text) is None \
                        and not text.rstrip().endswith((".", "!", "?")):
                    q += 1
                    text = f"{text} {self.L(q).text.strip()}"
                rows.append((m, q, hit[0], text))
                m = self._next_nonblank(q, len(self.lines))
            if len(rows) < 2:
                continue
            ex.items = [it for it in ex.items if it.lines[0] < h]
            for it in ex.items:
                if it.lines[1] >= h:
                    it.lines = (it.lines[0], self._last_content(it.lines[0], h - 1))
            self.table_heads.add(h)
            return rows
        return []

    def _section_decisions(self, ex: Extraction, rows: list[tuple[int, int, int, str]]) -> None:
        """Each row of the decisions listed after the items: a decision of the item it names, of the kind its own
        words give (money where that item states money)."""
        items = {it.n: it for it in ex.items if it.n is not None}
        for first, last, num, text in rows:
            it = items[num]
            money = any(amounts_in(self.L(k).text) for k in range(it.lines[0], it.lines[1] + 1))
            sentence = f"Beslut: {text}"
            d = self._decision_of(sentence, kw(sentence, self.lx), (first, last), it, num, money)
            if d is not None:
                ex.decisions.append(d)

    def _shape_fallback(self, start: int, end: int) -> list[AttendanceList]:
        """No list and no sentence of presence read before the agenda: lines there that hold a person's name beside an
        organisation the graph knows, whatever signs stand before them (a mark, a box, a bullet the rules do not
        know, a seat's abbreviation), are the meeting's participants, read by their shape alone (two at least;
        the review says so)."""
        assert self.ex is not None
        entries: list[Entry] = []
        for n in range(start, end + 1):
            ln = self.L(n)
            if ln.blank or ln.layout or n in self.absent_lines or n > 1 and self._over_presenters(n - 1):
                continue        # (an item's presenters under its heading: "Budget" / "Anna Holm, Nybro kommun" / "")
            # (a line of running text is none: "Mats Petersson, Region Kalmar län, var mötesordförande, en syssla ...";
            # whom a sentence tells present the model of mentions reads, `_attendance_by_mentions`)
            if prose_line(ln.raw) and _FINITE_VERB.search(ln.key):
                continue
            text = re.sub(r"^[^\wÅÄÖåäöÉé]+", "", ln.text).strip()
            text = re.sub(r"^(?:[A-ZÅÄÖa-zåäö]{1,5}\.\s*){1,2}(?=[A-ZÅÄÖ][a-zåäöé])", "", text)  # "Ordf. "
            one = self.text_line(n, text)
            got = [e for e in (self._entry_of(one) or [d for d in [self._damaged_entry(one)] if d]) if e.org]
            entries.extend(got)
        if len(entries) < 2:
            return []
        lines = (entries[0].line, entries[-1].line)
        self.list_zones.append((lines[0], lines[1], lines[1]))
        self.ex.incomplete.append(f"lines {lines[0]}-{lines[1]}: no list heading or form the rules know; "
                                  f"{len(entries)} names beside organisations read as the participants (check)")
        # (the participants: at a presidiekonferens "deltagare", elsewhere, no members' list beside, the members)
        kind = "deltagare" if self.ex.meeting_kind == "presidiekonferens" else "ledamoter"
        return [AttendanceList(kind, lines, entries, note=(
            "Names beside organisations before the agenda, in no form the rules know, read as the participants "
            "(ingest fallback)."))]

    def _seat_labels(self, ex: Extraction, start: int, stop: int, body: str | None) -> None:
        """A seat labelled in the header, outside the lists ("Sammankallande: Anna Holm, Region Kalmar län",
        "Mötesordförande: Per Ek", "Ordf.: Eva Lund"), naming one the attendance lists: the seat, in the body whose
        meeting this is (a title the person holds elsewhere is no seat here)."""
        present = {fold(e.name) for lst in ex.attendance for e in lst.entries}
        zones = [(a, stop_) for a, _last, stop_ in self.list_zones]
        for n in range(start + 1, stop):
            if any(a <= n <= z for a, z in zones) or not body:
                continue
            m = re.match(r"^(?P<label>sammankallande|m[öo]tesordf[öo]rande|ordf[öo]rande|ordf\.?|vice ordf[öo]rande"
                         r"|vice ordf\.?)\s*:\s*(?P<name>[^,()]+?)\s*(?:[,(].*)?$", self.L(n).text.strip(), re.I)
            if not m or fold(m.group("name")) not in present:
                continue
            role = ROLE_WORDS.get(re.sub(r"^motes", "", fold(m.group("label"))))
            if role is None or any(same_person(p.name, m.group("name")) and any(q.role == role for q in p.posts)
                                   for p in ex.mentions):
                continue
            org = self.orgs.seat_body(body) if role in CHAIR_ROLES | {"sammankallande"} else body
            ex.mentions.append(PersonMention(m.group("name"), (n, n), "table", posts=[Post(role, org, (n, n))]))


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
        for m in self.announced_agenda:
            mark(m, m, "item")      # the agenda announced before its items: their titles
        if self.announced_agenda and (p := self._prev_nonblank(min(self.announced_agenda))) is not None \
                and len(self.L(p).text.split()) <= 3:
            mark(p, p, "heading")   # its heading ("Dagordning")
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
                if ex.date is None and _DATE_FIELD.match(fold(ln.text)):
                    ex.prose_facts[n] = "a meeting's date no rule reads"    # "Datum: 2030-3-4": pointed at
            elif self._caption(n):
                used[n] = "heading"     # "Budget 2027:" over its lines
            elif (p := self._prev_nonblank(n)) is not None and _SIGNATURE.match(self.L(p).key) \
                    and plausible_name(ln.text.strip(" ,")):
                used[n] = "header"      # the name under "Vid protokollet" / "Justeras": a signature
            elif len(ln.cells) > 1:
                used[n] = "table"
                # a table row no rule read holding a fact's shape (an amount, a name in one cell and an
                # organisation in another): listed in the review, not swallowed as a table's layout
                if (shape := self._fact_shape(ex, n) or self._row_person_shape(ex, ln)) is not None:
                    ex.prose_facts[n] = shape
            elif _is_prose(ln.text) and (any(it.lines[0] <= n <= it.lines[1] for it in ex.items)
                                         or ex.doc_kind != "protocol" or len(ln.text.split()) >= 6):
                used[n] = "prose"       # outside the items only a line of some words, not a stray name line
                if (shape := self._fact_shape(ex, n)) is not None:
                    ex.prose_facts[n] = shape
            elif n > 1 and used.get(n - 1) in ("prose", "amount", "decision", "person") \
                    and not self.L(n - 1).text.rstrip().endswith((".", ":")) \
                    and any(it.lines[0] < n <= it.lines[1] for it in ex.items):
                used[n] = "prose"       # "för 2028.": the end of the sentence on the line above
                if (shape := self._fact_shape(ex, n)) is not None:
                    ex.prose_facts[n] = shape
        self._unread_in_items(ex)
        self._unread_names(ex)

    def _prefixed_paragraphs(self, lexicon: Lexicon) -> None:
        """Paragraphs numbered after a body's letters instead of "§": a presidium's "PM 31   Fastställande av
        ärendelistan", a beredningsgrupp's "BG 14   DNR: LGL 2042/51   Föregående protokoll", a working group's
        "• A 43 1  Sammankallande ... öppnar mötet" (letters, the year's two digits, the number): read as paragraphs
        ("§ 31 ...") where three or more lines of the same letters (and year) run on by one or two. Letters alone
        mark other things too ("PM 3 Budget" in a list of papers), so one or two such lines stay as they are."""
        runs: dict[tuple[str, str], list[tuple[int, int]]] = {}     # (letters, year) -> (line index, number)
        for i, ln in enumerate(self.lines):
            if not ln.layout and (m := _PREFIXED_NUMBER.match(ln.text)):
                runs.setdefault((m.group(1).upper(), m.group(2) or ""), []).append((i, int(m.group(3))))
        for rows in runs.values():
            if len(rows) < 3 or any(b - a not in (1, 2) for (_i, a), (_j, b) in itertools.pairwise(rows)):
                continue
            for i, _number in rows:
                raw = _PREFIXED_NUMBER.sub(lambda m: f"§ {m.group(3)}", self.lines[i].raw, count=1)
                self.lines[i] = read_line(i + 1, raw, lexicon)

    def _gaps_in_sentences(self, lexicon: Lexicon) -> None:
        """A numbered paragraph's line with a wide gap inside its sentence, every cell after the gap going on in
        lower case ("§ 6  X redovisade ... Uppföljningen godkändes av arbetsgruppen               och lades till
        handlingarna.", as a web page's text is copied): one sentence, read with the gap closed, not a table's row."""
        for i, ln in enumerate(self.lines):
            if not ln.layout and len(ln.cells) > 1 and all(c.strip()[:1].islower() for c in ln.cells[1:]) \
                    and not ln.cells[0].rstrip().endswith((".", ",", ":", ";")) \
                    and (hit := item_number(ln.cells[0])) is not None and hit[1] is not None:
                self.lines[i] = read_line(i + 1, re.sub(r"(?<=\S)\s{2,}(?=\S)", " ", ln.raw.rstrip()), lexicon)

    # ------------------------------------------------------------------ item content
    def _text_without_items(self, start: int, end: int, deciding_only: bool = False) -> None:
        """Minutes with no items, their text one run of sentences after the lists ("Protokoll från föregående möte
        ... godkändes. Dagordningen godkändes. Till justerare valdes X." / "Gruppen beslutade att fördela 540 000
        kronor ..."): the people it names, the decisions and the money read from it as from one item's, of no item.
        `deciding_only`: the paragraphs saying "beslutar att" only (the text above the first item of minutes that
        have items: "Arbetsgruppen beslutar att: Ha nästa möte ..." before "Rapport: ...")."""
        # (each run of lines up to a line's full stop a paragraph of its own: the money of one no other's)
        a = start
        lists = self.ex.attendance if self.ex is not None else []
        listed = {e.line for lst in lists for e in lst.entries} | {lst.lines[0] for lst in lists}
        for n in range(start, end + 1):
            if n in listed:
                a = n + 1
                continue
            if n == end or self.L(n).blank or re.search(r"[.!?]\s*$", self.L(n).text):
                if any(not self.L(m).blank for m in range(a, n + 1)) and (
                        not deciding_only or re.search(r"\b(?:beslut(?:ar|ade|as|ades)|beslöt)\s+att\b",
                                                       " ".join(self.L(m).text for m in range(a, n + 1)), re.I)):
                    body = Item("", (a - 1, n))
                    self._prose_people(a, n, None)      # (the people it names, of no item: no presenters)
                    self._decisions(body, n, None, {})
                    self._money(body, n)
                a = n + 1

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
            names = self._prose_people(self._text_start(it), own_end, it, item_no=item_no)
            seen: list[str] = [name for name, _ in it.presenters]
            adjusting = bool(_ADJUSTING_TITLE.fullmatch(kw(it.title, self.lx)))
            for name, span in names:
                # (the adjusters named alone under the item electing them, "2. Val av justeringsperson" / "Eva Lund":
                # no presenters)
                if adjusting and _ONLY_NAMES.fullmatch(self.L(span[0]).text.strip(" .")):
                    continue
                if not any(same_person(name, s) for s in seen):
                    seen.append(name)
                    it.presenters.append((name, span))
            it.summary = self._summary(self._text_start(it), own_end)
            first_new = len(ex.decisions)
            self._decisions(it, own_end, item_no, tops)
            self._elected_by_label(it, own_end, item_no, first_new)
            _one_of_a_repeated_line(ex.decisions, first_new)
            self._column_decisions(it, own_end, item_no)
            self._money(it, own_end)
        self._after_lists_in_items(ex, tops)
        self._decision_log()
        self._points_first()
        self._titles_deciding()
        self._adjusting_before_items()
        self._replaced_seats(ex)

    def _after_lists_in_items(self, ex: Extraction, tops: dict[int, Item]) -> None:
        """An attendance list read inside an item ends the item's text before it (the list is the record's); the
        sentences after the list, up to the next item, are still the item's: its decisions there ("Anmält förhinder:
        X" / "Mötet fastställde närvarolistan och adjungerade Y.")."""
        heads = sorted(it.lines[0] for it in ex.items if it.parent is None)
        for it in [it for it in ex.items if it.parent is None and it.n is not None]:
            nxt = next((h for h in heads if h > it.lines[0]), len(self.lines) + 1)
            inside = [(a, last) for a, last, _stop in self.list_zones if it.lines[1] < a < nxt]
            if not inside or any(last >= nxt - 1 for _a, last in inside):
                continue
            last = max(last for _a, last in inside)
            end = self._last_content(last + 1, nxt - 1)
            if end <= last or any(d.lines[0] > last and d.lines[1] < nxt for d in ex.decisions):
                continue
            self._decisions(dataclasses.replace(it, lines=(last, end), title_line=None, presenters=[]), end, it.n,
                            tops)

    def _replaced_seats(self, ex: Extraction) -> None:
        """A member replaced in a seat the decision names in words ("X ersätter Y som representant i GROUP"): the
        replaced person's post, citing the decision (the corpus README's convention), wherever the decision
        stands (an item's prose, a table of decisions after the items); none where no role word is written."""
        for d in ex.decisions:
            if d.kind != "replacement" or not (d.replaced and d.group and d.role) or not re.search(
                    r"\bersatt\w*\b.*\bsom\s+(?:vice ordforande|ordforande|representant|ledamot|ersattare"
                    r"|sammankallande)\b", fold(d.text)):     # ("X utses till ledamot efter Y": the new one's seat)
                continue
            if any(same_person(m.name, d.replaced) and any(p.role == d.role and p.org == d.group for p in m.posts)
                   for m in ex.mentions):
                continue
            ex.mentions.append(PersonMention(d.replaced, d.lines, "decision",
                                             posts=[Post(d.role, d.group, d.lines)]))


__all__ = ["Extraction", "Extractor", "Line", "PersonMention", "amounts_in", "item_number", "meeting_id", "slug",
           "is_name_word"]
