"""The record model: one typed class for every kind of fact a record (records/*.yaml) holds.

These frozen dataclasses are the schema of the records. graph/records.py checks a record file and
reads it into them (`from_data`), graph/emit.py writes the graph from them by attribute, and the
ingest builds them and writes them out as YAML (`dump_yaml`, the one writer). Each field names its
YAML key, how its value is read and written, and what it means; the field reference in
docs/records.md is generated from them (`reference_markdown`; `python -m graph.model --docs docs/records.md`).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable
from dataclasses import MISSING, Field, dataclass, field, fields
from pathlib import Path
from typing import Any, ClassVar, TypeVar

import yaml

Lines = tuple[int, int]

# --------------------------------------------------------------------------- allowed values

ORG_TYPES = {
    "region", "kommun", "kommunforbund", "gymnasieforbund", "unit", "external", "county",
    "collaboration-body", "coordinating-group", "area-group", "presidium", "conference",
    "meeting-series", "forum", "network", "process-group", "steering-group", "working-group",
    "preparatory-group",
}
WORK_TYPES = {
    "strategy", "plan", "agreement", "law", "project", "service", "model", "persona",
    "workshop-question", "initiative", "programme", "platform", "report",
}
MEETING_KINDS = {"lgl-meeting", "presidiekonferens", "presidiemote"}
MEETING_STATUSES = {"held", "referred", "announced"}
LIST_KINDS = {"ledamoter", "ovriga", "deltagare", "ovriga-deltagare"}
DECISION_KINDS = {"approve-protocol", "indicator", "replacement", "funding", "other"}
GOAL_LEVELS = {"vision", "goal", "sub-goal"}
SEAT_KINDS = {"kommun", "region", "kommunforbund", "gymnasieforbund"}  # composition from_kind / per
REFERENCE_KIND = "referens"  # the manifest kind of a reference source (SourceDocument.reference)
# official codes an organisation carries (skos:notation with the scheme's datatype, ontology/lgl.ttl): the pattern
# of each (the SHACL shapes of shapes/structure.ttl hold the same)
IDENTIFIER_SCHEMES = {"kommunkod": re.compile(r"^[0-9]{4}$"), "lanskod": re.compile(r"^[0-9]{2}$")}
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


# --------------------------------------------------------------------------- value parsers


def parse_lines(value: Any) -> Lines | None:
    """'12' or 12 -> (12, 12); '12-14' -> (12, 14); None when malformed."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return (value, value)
    if isinstance(value, str):
        m = re.fullmatch(r"\s*(\d+)\s*(?:-\s*(\d+))?\s*", value)
        if m:
            a = int(m.group(1))
            return (a, int(m.group(2) or a))
    return None


def date_text(value: Any) -> str | None:
    """A date or a year as ISO text ('2025-12-12', '2025'); None when not one."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool) and 1900 <= value <= 2100:
        return str(value)
    if isinstance(value, str) and re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", value.strip()):
        if len(value.strip()) == 10:
            try:
                dt.date.fromisoformat(value.strip())
            except ValueError:
                return None
        return value.strip()
    return None


def _is_int(value: Any) -> bool:
    return isinstance(value, int)


def _is_date_or_year(value: Any) -> bool:
    return date_text(value) is not None


def span(lines: Lines) -> int | str:
    """A locator as a record writes it: 12 or '12-14'."""
    return lines[0] if lines[0] == lines[1] else f"{lines[0]}-{lines[1]}"


# --------------------------------------------------------------------------- field declarations

# how a field's YAML value is read and written (and named in the documentation)
TEXT, ID, IDS, TEXTS, LINES, DATE, INT, NUMBER, YEAR, BOOL, ITEMS, ONE = (
    "text", "id", "ids", "texts", "lines", "date", "int", "number", "year", "bool", "items", "one")
_TYPE_WORDS = {
    TEXT: "text", ID: "id", IDS: "id or list of ids", TEXTS: "list of text", LINES: "line or range `A-B`",
    DATE: "date or year", INT: "integer", NUMBER: "number", YEAR: "year", BOOL: "`true`/`false`",
}


def _field(conv: str, doc: str, *, key: str | None = None, required: bool = False, sub: type | None = None,
           choices: set[str] | None = None, default: Any = None, ref: str | None = None,
           valid: Callable[[Any], bool] | None = None, invalid: str = "", label: str = "", names: str = "",
           check: bool = True) -> Any:
    """A field of the model. How graph/records.py checks its value follows from it: `ref` (an id of that kind
    of thing, which must exist), `choices`, `valid` (else the message `invalid`, formatted with where, outer
    and key), `names` (for a locator: the field whose text must stand in the cited lines), `label` (for a
    list or mapping: how an entry is named in messages); `check=False` leaves the value to a rule in
    records.py (or unchecked, as it always was)."""
    metadata = {"conv": conv, "doc": doc, "key": key, "sub": sub, "choices": choices, "ref": ref, "valid": valid,
                "invalid": invalid, "label": label, "names": names, "check": check}
    if required:
        return field(metadata=metadata)
    if conv in (IDS, TEXTS, ITEMS):
        return field(default=(), metadata=metadata)
    if conv == BOOL:
        return field(default=False, metadata=metadata)
    return field(default=default, metadata=metadata)


def _line() -> Any:
    """The line of the YAML file the object starts on (for error messages; not part of its value)."""
    return field(default=0, compare=False, repr=False)


def _lines(doc: str = "the locator: the lines of the source document that state it", names: str = "") -> Any:
    return _field(LINES, doc, required=True, names=names)


def _note() -> Any:
    return _field(TEXT, "an editorial note: what the document leaves vague, what was read how")


_FROZEN = {"frozen": True, "slots": True, "kw_only": True}


class Fact:
    """Base of every record class: FLOW says whether the writer puts it on one line ({a: 1})."""

    __slots__ = ()
    FLOW: ClassVar[bool] = False
    SECTION: ClassVar[str] = ""  # where it stands in a record (for the documentation)
    NAMED_BY: ClassVar[str] = ""  # the field that names an entry in messages once read ("meeting 'x'")
    DEFINES: ClassVar[str] = ""  # the kind of thing whose ids its `id` defines (unique across records)

    def to_data(self) -> dict[str, Any]:
        """The mapping a record file holds for this object (see `to_data`)."""
        return to_data(self)


# --------------------------------------------------------------------------- the classes


@dataclass(**_FROZEN)
class Statement(Fact):
    """A further fact about its subject, verbatim or close to it."""

    FLOW = True
    SECTION = "statements"
    text: str = _field(TEXT, "the statement", required=True)
    lines: Lines = _lines()
    note: str | None = _note()
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class SeatRule(Fact):
    """One rule of a body's composition: who must hold a seat in it (checked by `samverkan validate`)."""

    FLOW = True
    SECTION = "organisations / composition"
    seat: str = _field(ID, "the role held in the body (a role id)", required=True, ref="role")
    count: int | None = _field(
        INT, "how many (omit where the document gives no number: then at least one)",
        valid=lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 1,
        invalid="{where}: 'count' must be a positive integer (omit it where the document gives none)")
    from_org: str | None = _field(ID, "the organisation the holder comes from (its units included)", key="from",
                                  ref="organisation")
    from_kind: str | None = _field(TEXT, "the kind of organisation the holder comes from", choices=SEAT_KINDS)
    per: str | None = _field(TEXT, "one such set of seats for every organisation of this kind, each filled from it",
                             choices=SEAT_KINDS)
    area: str | None = _field(TEXT, "the area the seat is for, filled from that area's samverkansområdesgrupp")
    area_name: str | None = _field(TEXT, "the area as the document writes it (shown in the seat tables)")
    post: tuple[str, ...] = _field(IDS, "the post (role id, or a list) the holder must have where they come from",
                                   ref="role")
    appointed_by: str | None = _field(ID, "the organisation that appoints the holder", ref="organisation")
    note: str | None = _note()
    lines: Lines = _lines()
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class Organisation(Fact):
    """An organisation, unit or body, defined once, in the record of the document that best states it."""

    SECTION = "organisations"
    NAMED_BY = "id"
    DEFINES = "organisation"
    id: str = _field(ID, "the organisation's id (a reserved id where the table lists one)", required=True)
    name: str = _field(TEXT, "canonical name, as the document writes it", required=True)
    type: str = _field(TEXT, "the kind of organisation", required=True, choices=ORG_TYPES)
    part_of: str | None = _field(ID, "the organisation it belongs to", ref="organisation")
    alt_names: tuple[str, ...] = _field(TEXTS, "other spellings in this document",
                                        invalid="{where}: 'alt_names' entries must be text")
    founded: str | None = _field(DATE, "when it was founded, if the document says so", valid=_is_date_or_year,
                                 invalid="{where}: 'founded' must be a year or a date")
    focus: str | None = _field(TEXT, "its focus statement, verbatim")
    activities: tuple[str, ...] = _field(TEXTS, "example activities, verbatim",
                                         invalid="{where}: 'activities' entries must be text")
    note: str | None = _note()
    lines: Lines = _lines()
    statements: tuple[Statement, ...] = _field(ITEMS, "other facts about it", sub=Statement, label="statement")
    composition: tuple[SeatRule, ...] = _field(ITEMS, "its composition rule, seat by seat", sub=SeatRule,
                                               label="composition")
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class OrgMention(Fact):
    """An organisation defined elsewhere, as this document names it."""

    FLOW = True
    SECTION = "mentions"
    id: str = _field(ID, "the organisation's id", required=True, ref="organisation")
    as_written: str = _field(TEXT, "its name as this document writes it", required=True, check=False)
    lines: Lines = _lines()
    note: str | None = _note()
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class Post(Fact):
    """A post or role the document gives a person in an organisation (a membership in the graph)."""

    FLOW = True
    SECTION = "people / posts"
    role: str = _field(ID, "a role id from ontology/roles.ttl", required=True, ref="role")
    org: str = _field(ID, "the organisation the post is in", required=True, ref="organisation")
    acting: bool = _field(BOOL, "an acting holder (\"tf.\")")
    former: bool = _field(BOOL, "a former holder (\"tidigare ...\"): the post no longer holds on the document's date")
    title: str | None = _field(TEXT, "the free-text title, where it says more than the role")
    start: str | None = _field(DATE, "when the post began, only where the document gives it",
                               valid=_is_date_or_year, invalid="{where}: 'start' must be a date")
    end: str | None = _field(DATE, "when the post ended, only where the document gives it",
                             valid=_is_date_or_year, invalid="{where}: 'end' must be a date")
    for_group: str | None = _field(ID, "the group the post serves (also a membership of that group)",
                                   ref="organisation")
    lines: Lines = _lines()
    note: str | None = _note()
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class Affiliation(Fact):
    """A person's tie to an organisation that the document gives without a post."""

    FLOW = True
    SECTION = "people / affiliations"
    org: str = _field(ID, "the organisation", required=True, ref="organisation")
    lines: Lines = _lines()
    note: str | None = _field(TEXT, "what the document says of the tie (else the cited lines are quoted)")
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class Person(Fact):
    """A person the document names, once per document, with the posts it gives them."""

    SECTION = "people"
    NAMED_BY = "name"
    name: str = _field(TEXT, "the spelling as written (first occurrence)", required=True)
    lines: Lines = _lines(names="name")
    variants: tuple[str, ...] = _field(TEXTS, "other spellings inside the same document",
                                       invalid="{where}: variants must be text")
    posts: tuple[Post, ...] = _field(ITEMS, "the posts the document gives the person", sub=Post, label="post")
    affiliations: tuple[Affiliation, ...] = _field(ITEMS, "ties to organisations without a post", sub=Affiliation,
                                                   label="affiliation")
    not_same_as: tuple[str, ...] = _field(TEXTS, "spellings of other people this person is not, though the "
                                                 "spellings are near (a reconciliation decision: kept apart)",
                                          invalid="{where}: not_same_as must be text")
    note: str | None = _note()
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class Presenter(Fact):
    """A person who presented an agenda item."""

    FLOW = True
    SECTION = "meetings / agenda / presenters"
    name: str = _field(TEXT, "the name as written", required=True)
    lines: Lines = _lines(names="name")
    note: str | None = _note()
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class Theme(Fact):
    """A theme a workshop item gathered under one of its questions."""

    FLOW = True
    SECTION = "meetings / agenda / themes"
    question: str = _field(ID, "the workshop question (a work id) it answers", required=True, ref="work")
    heading: str = _field(TEXT, "the theme's heading", required=True)
    lines: Lines = _lines()
    note: str | None = _note()
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class AgendaItem(Fact):
    """An item on a meeting's agenda."""

    SECTION = "meetings / agenda"
    n: int | None = _field(INT, "the item's number in the document; omit where unnumbered",
                           valid=lambda v: isinstance(v, int) and v >= 1,
                           invalid="{where}: 'n' must be a positive integer")
    parent: int | None = _field(INT, "the number of the item this one is a sub-item of (checked by a rule)")
    title: str = _field(TEXT, "the item's title", required=True)
    lines: Lines = _lines()
    presenters: tuple[Presenter, ...] = _field(ITEMS, "who presented it", sub=Presenter, label="presenter")
    summary: str | None = _field(TEXT, "a short verbatim extract")
    about: tuple[str, ...] = _field(IDS, "the works (ids) the item is about", ref="work")
    themes: tuple[Theme, ...] = _field(ITEMS, "workshop themes", sub=Theme, label="theme")
    note: str | None = _note()
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class AttendanceEntry(Fact):
    """One person in an attendance list."""

    FLOW = True
    SECTION = "meetings / attendance / entries"
    name: str = _field(TEXT, "the name as written", required=True)
    line: Lines = _field(LINES, "the line the person stands on", required=True, names="name", label="({name})")
    org: str | None = _field(ID, "the organisation they attended for (not with `role`)", ref="organisation")
    role: str | None = _field(ID, "the capacity they attended in, a role id (not with `org`)", ref="role")
    acting: bool = _field(BOOL, "attended as acting holder (\"tf.\")")
    note: str | None = _note()
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class AttendanceList(Fact):
    """An attendance list of a meeting, as the protocol splits it."""

    SECTION = "meetings / attendance"
    kind: str = _field(TEXT, "which list", key="list", required=True, choices=LIST_KINDS)
    heading: str | None = _field(TEXT, "the list's heading as written; omit where the document has none")
    lines: Lines = _lines()
    note: str | None = _note()
    entries: tuple[AttendanceEntry, ...] = _field(ITEMS, "every person in the list", required=True,
                                                  sub=AttendanceEntry, label="entry")
    complete_member_list: bool = _field(BOOL, "the document says the list names every member of the body that day")
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class Meeting(Fact):
    """A meeting held, referred to or announced."""

    SECTION = "meetings"
    NAMED_BY = "id"
    DEFINES = "meeting"
    id: str = _field(ID, "the meeting's id (date and kind)", required=True)
    kind: str = _field(TEXT, "the kind of meeting", required=True, choices=MEETING_KINDS)
    of: str = _field(ID, "the body that meets", required=True, ref="organisation")
    date: str = _field(DATE, "the day, YYYY-MM-DD", required=True, valid=lambda v: len(date_text(v) or "") == 10,
                       invalid="{where}: 'date' must be a date YYYY-MM-DD")
    status: str = _field(TEXT, "held, referred (only mentioned) or announced (planned)", required=True,
                         choices=MEETING_STATUSES)
    place: str | None = _field(TEXT, "where it is held")
    participants_approx: int | None = _field(INT, "about how many took part (\"ca 100 deltagare\")", valid=_is_int,
                                             invalid="{where}: 'participants_approx' must be an integer")
    note: str | None = _note()
    lines: Lines = _lines()
    agenda: tuple[AgendaItem, ...] = _field(ITEMS, "its agenda items", sub=AgendaItem, label="agenda item")
    attendance: tuple[AttendanceList, ...] = _field(ITEMS, "its attendance lists", sub=AttendanceList,
                                                    label="attendance list")
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class Indicator(Fact):
    """The value an indicator decision fixes."""

    FLOW = True
    SECTION = "decisions / indicator"
    label: str = _field(TEXT, "what is measured", required=True, check=False)
    value: int | float = _field(NUMBER, "the value fixed", required=True,
                                valid=lambda v: isinstance(v, int | float) and not isinstance(v, bool),
                                invalid="{outer}: indicator value must be a number")
    year: int | str = _field(YEAR, "the year it is fixed for", required=True, valid=_is_date_or_year,
                             invalid="{outer}: indicator year must be a year")
    note: str | None = _note()
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class Decision(Fact):
    """A decision taken at a meeting of this document, with its effects."""

    SECTION = "decisions"
    NAMED_BY = "id"
    DEFINES = "decision"
    id: str = _field(ID, "the decision's id (unique slug)", required=True)
    meeting: str = _field(ID, "the meeting (of this record) that took it", required=True, ref="meeting")
    item: int | None = _field(INT, "the agenda item number it was taken under")
    kind: str = _field(TEXT, "the kind of decision", required=True, choices=DECISION_KINDS)
    indicator: Indicator | None = _field(ONE, "kind indicator: the value it fixes", sub=Indicator, label="indicator",
                                         check=False)
    group: str | None = _field(ID, "kind replacement: the group whose member is replaced", ref="organisation",
                               check=False)
    role: str | None = _field(ID, "kind replacement: the role (a role id) of the seat", ref="role", check=False)
    new: str | None = _field(TEXT, "kind replacement: the new member's name as written", check=False)
    replaced: str | None = _field(TEXT, "kind replacement: the replaced member's name as written", check=False)
    seat_origin: str | None = _field(ID, "kind replacement: where the seat comes from, where the text names it",
                                     ref="organisation", check=False)
    about: tuple[str, ...] = _field(IDS, "the works (ids) it concerns", ref="work")
    text: str | None = _field(TEXT, "the decision verbatim (OCR repaired allowed); else the cited lines are quoted")
    note: str | None = _note()
    lines: Lines = _lines()
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class Period(Fact):
    """The years or dates a work is valid for."""

    FLOW = True
    SECTION = "works / period"
    start: str | None = _field(DATE, "its first year or day", valid=_is_date_or_year,
                               invalid="{outer}: period start must be a year or date")
    end: str | None = _field(DATE, "its last year or day", valid=_is_date_or_year,
                             invalid="{outer}: period end must be a year or date")
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class Goal(Fact):
    """A strategy's vision, goal or sub-goal."""

    FLOW = True
    SECTION = "works / goals"
    level: str = _field(TEXT, "vision, goal or sub-goal", required=True, choices=GOAL_LEVELS)
    n: int | None = _field(INT, "its number")
    text: str = _field(TEXT, "the goal as written", required=True)
    lines: Lines = _lines()
    note: str | None = _note()
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class Work(Fact):
    """A strategy, plan, agreement, law, project, service, persona, ..."""

    SECTION = "works"
    NAMED_BY = "id"
    DEFINES = "work"
    id: str = _field(ID, "the work's id", required=True)
    type: str = _field(TEXT, "the kind of work", required=True, choices=WORK_TYPES)
    title: str = _field(TEXT, "its title", required=True)
    alt_titles: tuple[str, ...] = _field(TEXTS, "other titles")
    period: Period | None = _field(ONE, "the years it is valid for", sub=Period, label="period")
    by: tuple[str, ...] = _field(IDS, "organisations responsible for it or issuing it", ref="organisation")
    part_of: str | None = _field(ID, "the work it is part of", ref="work")
    relates_to: tuple[str, ...] = _field(IDS, "works it relates to", ref="work")
    groups: tuple[str, ...] = _field(IDS, "bodies working on it", ref="organisation")
    status: str | None = _field(TEXT, "what the document says of its status")
    statements: tuple[Statement, ...] = _field(ITEMS, "further facts", sub=Statement, label="statement")
    goals: tuple[Goal, ...] = _field(ITEMS, "strategies: vision, goals, sub-goals", sub=Goal, label="goal")
    note: str | None = _note()
    lines: Lines = _lines()
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class WorkMention(Fact):
    """A work defined elsewhere that this document names (with what it says of its status)."""

    FLOW = True
    SECTION = "mentions_works"
    id: str = _field(ID, "the work's id", required=True, ref="work")
    status: str | None = _field(TEXT, "what this document says of its status")
    lines: Lines = _lines()
    note: str | None = _note()
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class Identifier(Fact):
    """An official code of an organisation (SCB's kommunkod or länskod), as a reference source lists it."""

    FLOW = True
    SECTION = "identifiers"
    id: str = _field(ID, "the organisation's id", required=True, ref="organisation")
    scheme: str = _field(TEXT, "the code list: `kommunkod` (four digits) or `lanskod` (two digits)", required=True,
                         choices=set(IDENTIFIER_SCHEMES))
    code: str = _field(TEXT, "the code, as the source writes it (quote it: '0880')", required=True, check=False)
    as_written: str = _field(TEXT, "the organisation's name as the source writes it beside the code", required=True,
                             check=False)
    lines: Lines = _lines("the lines of the source that give the name and the code", names="code")
    note: str | None = _note()
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class FundingPart(Fact):
    """A part of a funding amount, or an allocation of it to an organisation."""

    FLOW = True
    SECTION = "funding / parts, allocations"
    label: str = _field(TEXT, "what the part is for", required=True, check=False)
    amount: int = _field(INT, "SEK, an integer", required=True, valid=_is_int,
                         invalid="{where}: 'amount' must be an integer amount in SEK")
    to: str | None = _field(ID, "the organisation it goes to", ref="organisation")
    lines: Lines = _lines()
    note: str | None = _note()
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class Funding(Fact):
    """An amount of money and its breakdown."""

    SECTION = "funding"
    NAMED_BY = "id"
    id: str = _field(ID, "the funding's id", required=True)
    year: int | str = _field(YEAR, "the year it is for", required=True)
    label: str | None = _field(TEXT, "its name (else the id)")
    total: int = _field(INT, "SEK, an integer", required=True, valid=_is_int,
                        invalid="{where}: 'total' must be an integer amount in SEK")
    recipient: str | None = _field(ID, "the organisation that receives it", ref="organisation")
    agreement: str | None = _field(ID, "the agreement (a work id) it is paid under", ref="work")
    note: str | None = _note()
    lines: Lines = _lines()
    parts: tuple[FundingPart, ...] = _field(ITEMS, "what it is made of", sub=FundingPart, label="part")
    allocations: tuple[FundingPart, ...] = _field(ITEMS, "how a remainder is divided", sub=FundingPart,
                                                  label="allocation")
    statements: tuple[Statement, ...] = _field(ITEMS, "further facts", sub=Statement, label="statement")
    yaml_line: int = _line()


@dataclass(**_FROZEN)
class RecordFile(Fact):
    """One record file: every fact one source document states (all sections optional)."""

    SECTION = "top level"
    source: str = _field(ID, "the document's id in sources/manifest.yaml (and the file's name)", required=True,
                         check=False)
    note: str | None = _note()
    organisations: tuple[Organisation, ...] = _field(ITEMS, "organisations this document DEFINES", sub=Organisation,
                                                     label="organisation")
    mentions: tuple[OrgMention, ...] = _field(ITEMS, "organisations defined elsewhere, as this document names them",
                                              sub=OrgMention, label="mention")
    people: tuple[Person, ...] = _field(ITEMS, "people and the posts this document gives them", sub=Person,
                                        label="person")
    meetings: tuple[Meeting, ...] = _field(ITEMS, "meetings held, referred to or announced", sub=Meeting,
                                           label="meeting")
    decisions: tuple[Decision, ...] = _field(ITEMS, "decisions taken at a meeting in this document", sub=Decision,
                                             label="decision")
    works: tuple[Work, ...] = _field(ITEMS, "strategies, plans, agreements, laws, projects, ...", sub=Work,
                                     label="work")
    funding: tuple[Funding, ...] = _field(ITEMS, "amounts of money and their breakdown", sub=Funding,
                                          label="funding")
    mentions_works: tuple[WorkMention, ...] = _field(ITEMS, "works defined elsewhere that this document names",
                                                     sub=WorkMention, label="work mention")
    identifiers: tuple[Identifier, ...] = _field(ITEMS, "official codes of organisations this document lists",
                                                 sub=Identifier, label="identifier")
    yaml_line: int = _line()


@dataclass(frozen=True)
class SourceDocument:
    """A source document as the manifest describes it, with its text split into lines."""

    id: str
    file: Path
    original: str
    title: str
    kind: str
    date: str  # ISO date or year
    publisher: str
    language: str
    text_quality: str
    lines: tuple[str, ...] = field(repr=False)
    url: str | None = None  # a reference source: the public address its excerpt was taken from
    retrieved: str | None = None  # a reference source: the day the excerpt was taken (ISO date)

    @property
    def clean(self) -> bool:
        return self.text_quality == "clean"

    @property
    def reference(self) -> bool:
        """A reference source (kind `referens`): a public list the records take official codes from, not a
        document of the collaboration (no meetings or people; the ingest does not read it)."""
        return self.kind == REFERENCE_KIND

    @property
    def sort_date(self) -> str:
        return self.date if len(self.date) == 10 else f"{self.date}-12-31"

    def passage(self, span: Lines) -> str:
        return "\n".join(self.lines[span[0] - 1: span[1]])


CLASSES: tuple[type[Fact], ...] = (
    RecordFile, Organisation, SeatRule, Statement, OrgMention, Person, Post, Affiliation, Meeting, AgendaItem,
    Presenter, Theme, AttendanceList, AttendanceEntry, Decision, Indicator, Work, Period, Goal, WorkMention,
    Funding, FundingPart, Identifier,
)

# --------------------------------------------------------------------------- reading and writing

F = TypeVar("F", bound=Fact)


def data_fields(cls: type[Fact] | Fact) -> list[Field[Any]]:
    """The fields of a class that a record file holds (in the order they are written)."""
    return [f for f in fields(cls) if "conv" in f.metadata]  # type: ignore[arg-type]


def yaml_key(f: Field[Any]) -> str:
    return f.metadata["key"] or f.name


def keys(cls: type[Fact]) -> tuple[set[str], set[str]]:
    """The YAML keys of a class: (required, optional)."""
    required = {yaml_key(f) for f in data_fields(cls) if f.default is MISSING}
    return required, {yaml_key(f) for f in data_fields(cls)} - required


def _read(f: Field[Any], value: Any) -> Any:
    conv, sub = f.metadata["conv"], f.metadata["sub"]
    if conv in (TEXT, ID):
        return str(value)
    if conv == LINES:
        return parse_lines(value)
    if conv == DATE:
        return date_text(value)
    if conv == BOOL:
        return bool(value)
    if conv == IDS:
        return tuple(str(v) for v in (value if isinstance(value, list) else [value]))
    if conv == TEXTS:
        return tuple(str(v) for v in value)
    if conv == ITEMS:
        return tuple(from_data(sub, v) for v in value)
    if conv == ONE:
        return from_data(sub, value) if value else None
    return value  # INT, NUMBER, YEAR: as YAML read them


def from_data(cls: type[F], node: dict[str, Any]) -> F:
    """A checked mapping (graph/records.py checks it first) as an object of the model."""
    values: dict[str, Any] = {}
    for f in data_fields(cls):
        value = node.get(yaml_key(f))
        if value is not None:
            values[f.name] = _read(f, value)
    return cls(**values, yaml_line=getattr(node, "line", 0))


class Flow(dict):  # type: ignore[type-arg]
    """A mapping written in YAML flow style ({a: 1, b: 2})."""


def _write(f: Field[Any], value: Any) -> Any:
    conv = f.metadata["conv"]
    if conv == LINES:
        return span(value)
    if conv in (IDS, TEXTS):
        return list(value)
    if conv == ITEMS:
        return [to_data(v) for v in value]
    if conv == ONE:
        return to_data(value)
    return value


def to_data(obj: Fact) -> dict[str, Any]:
    """An object of the model as the mapping a record file holds (defaults left out)."""
    out: dict[str, Any] = Flow() if obj.FLOW else {}
    for f in data_fields(obj):
        value = getattr(obj, f.name)
        if value is None or value is False or value == ():
            continue
        out[yaml_key(f)] = _write(f, value)
    return out


class _Dumper(yaml.SafeDumper):
    pass


def _flow(dumper: yaml.SafeDumper, data: Flow) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data, flow_style=True)


def _str(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    style = ">" if len(data) > 100 and "\n" not in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(Flow, _flow)
_Dumper.add_representer(str, _str)


def dump_yaml(record: RecordFile, header: str = "") -> str:
    """A record file's text: the one writer of records (comment header, then the YAML)."""
    body = yaml.dump(to_data(record), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=110,
                     default_flow_style=False)
    head = "".join(f"# {line}\n" if line else "#\n" for line in header.splitlines())
    return head + body


# --------------------------------------------------------------------------- documentation

DOCS_BEGIN = "<!-- field reference: generated from graph/model.py by `python -m graph.model --docs FILE` -->"
DOCS_END = "<!-- end of field reference -->"


def _type_words(f: Field[Any]) -> str:
    conv, sub, choices = f.metadata["conv"], f.metadata["sub"], f.metadata["choices"]
    if conv == ITEMS:
        return f"list of {sub.__name__}"
    if conv == ONE:
        return sub.__name__
    if choices:
        return " \\| ".join(f"`{c}`" for c in sorted(choices))
    ref = f.metadata["ref"]
    if ref:
        return f"{ref} id" if conv == ID else f"{ref} id or list of {ref} ids"
    return _TYPE_WORDS[conv]


def reference_markdown() -> str:
    """The field reference of docs/records.md: every class, every key, its type and meaning."""
    out = [DOCS_BEGIN, ""]
    for cls in CLASSES:
        out += [f"### {cls.__name__} ({cls.SECTION})", "", (cls.__doc__ or "").strip(), "",
                "| key | type | required | meaning |", "|---|---|---|---|"]
        for f in data_fields(cls):
            required = "yes" if f.default is MISSING else ""
            out.append(f"| `{yaml_key(f)}` | {_type_words(f)} | {required} | {f.metadata['doc']} |")
        out.append("")
    out.append(DOCS_END)
    return "\n".join(out)


def documented(text: str) -> str:
    """The text of docs/records.md with its field reference replaced by the one generated now."""
    start, end = text.index(DOCS_BEGIN), text.index(DOCS_END) + len(DOCS_END)
    return text[:start] + reference_markdown() + text[end:]


if __name__ == "__main__":  # python -m graph.model --docs docs/records.md: rewrite the field reference there
    if len(sys.argv) == 3 and sys.argv[1] == "--docs":
        target = Path(sys.argv[2])
        try:
            text = target.read_text(encoding="utf-8")
            text.index(DOCS_BEGIN), text.index(DOCS_END)
        except (OSError, ValueError) as exc:
            sys.exit(f"error: {target}: needs the generated section's markers ({DOCS_BEGIN} … {DOCS_END}): {exc}")
        target.write_text(documented(text), encoding="utf-8")
    else:
        print(reference_markdown())
