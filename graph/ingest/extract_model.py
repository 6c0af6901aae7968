"""The facts an extraction holds (lines, items, lists, decisions, amounts, meetings) and the state the rules share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .ocr_repair import Lexicon, kw
from .orgs import OrgResolver
from .reconcile import PersonMatcher

if TYPE_CHECKING:
    from .learned import Lessons

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
    in_place_of: str | None = None   # the member this one serves for ("Anna Holm, Nybro kommun, för Per Ek")
    post_org: str | None = None      # the body the role is held in, named after it ("ordförande i konferensen")
    other: bool = False              # marked as one of the others present before the name ("Sekr.", "Adj.")
    more_posts: list[str] = field(default_factory=list)   # a second role in the same words ("socialchef, ordförande")
    learned: float | None = None     # read by a learned model, not a rule: its probability
    learned_from: str = "line"       # which: the model of lines (learned_attendance.py) or of names in sentences


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
    learned: float | None = None    # read by the learned model (learned_decisions.py), not a rule: its probability


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
    each: list[Amount] = field(default_factory=list)    # "A och B tilldelas N vardera" read as the total: its parts


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
    notice_end: int = 0               # a notice of the meeting (kallelse) before the protocol: its last line
    reported: bool = False            # a report of the meeting, no minutes: the meeting told in its sentences
    guessed: bool = False             # no minutes' title nor a sentence telling the meeting: a guess (a report's)
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
    # an organisation no record knows, named beside a person in a list ("Frida Holm, Anhörigas Riksförbund"):
    # (id, name as written, line)
    new_orgs: list[tuple[str, str, int]] = field(default_factory=list)
    # a group no record defines, named as the seat of a replacement ("... ersätter Y som ledamot i
    # beredskapsgruppen för vård och omsorg"): (id, name, type, part of, line)
    seat_groups: list[tuple[str, str, str, str | None, int]] = field(default_factory=list)
    n_lines: int = 0
    # lines read as prose that hold the shape of a fact the draft does not have (an amount of money, a verb of
    # deciding, a person's name beside an organisation): line -> what shape, for the review to list
    prose_facts: dict[int, str] = field(default_factory=dict)

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


class RulesBase:
    """The state every kind of rule reads and writes, set by the Extractor (extract.py) that runs them."""

    lx: Lexicon
    orgs: OrgResolver
    people: PersonMatcher
    works: dict[str, list[str]]
    learned: Lessons                            # forms learned from accepted protocols laid out alike
    lines: list[Line]
    furniture: dict[int, str]                   # page furniture lines as written (their Line is blank)
    check_marks: dict[int, bool]                # a box ticked (True) or left empty (False) before a list line
    skipped: dict[int, str]                     # list lines not read, and why
    absent_lines: set[int]                      # sentences naming those absent
    list_zones: list[tuple[int, int, int]]      # (heading, last entry, stop) of each list read
    report_lines: set[int]                      # list lines of a meeting app's report (when each joined and left)
    table_heads: set[int]
    gap_lines: set[int]                         # lines after a list, before the next heading, not read
    list_headings: set[int]
    learned_heads: set[int]                     # item headings read by an accepted protocol's numbering sign
    inline_heads: set[int]                      # an item heading with the item's text after it on its line
    cell_heads: dict[int, str]                  # an item's number and title in a table's first cell, its text after
    label_heads: set[int]                       # a label beside its first entry ("Beslutande    Name, Org")
    column_decisions: dict[int, str]            # a decision column's text per line ("Ärende/Notering   Beslut")
    flush_labels: dict[int, int]                # a label flush with its first entry: where the entry starts
    running_columns: dict[int, list[Entry]]     # a label's value column holding a running list, its entries
    super_heads: set[int]                       # a heading over list headings ("Närvarande" / "Ledamöter:")
    sub_heads: set[int]                         # a list's parts' headings ("Närvarande:" / "Sammankallande")
    announced_agenda: set[int]                  # an agenda's numbered titles announced before its items
    announced_presenters: dict[int, list[tuple[str, int]]]
    _entry_cache: dict[tuple[int, str, bool], list[Entry]]
    doc_given: set[str]
    damaged_names: list[str]
    ex: Extraction | None

    def L(self, n: int) -> Line:  # noqa: N802 - a line by its number
        return self.lines[n - 1]

    def text_line(self, n: int, text: str) -> Line:
        """A piece of text read as a line of its own, numbered n: one cell, its keyword key (a cell, a label, a
        list's piece, two lines joined)."""
        return Line(n, text, text, kw(text, self.lx), [text])
