"""What the network projections read from the graph: one pass over the network_*.rq queries.

Everything is fetched through a `select` function: a Store's `.select`, or the server's (which runs
through its query executor). The queries hold no filters: filtering is done here, in Python, so the
rows can be fetched once and reused for every filter. They have no ORDER BY either (sorting large
results in the store is slow); the rows are sorted here, so a projection is the same every time.

The union of the named graphs repeats a triple once per document that states it, so every query is
SELECT DISTINCT and everything is keyed by IRI here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property, partial

from rdflib.term import Node

from ..asof import Interval, clause_dates, documents_by_body, held_interval, interval_meets, member_lists_by_body
from ..seats import Seat, local_name, read_seats
from ..sparql import load_query

Select = Callable[[str], list[dict[str, Node]]]
Row = dict[str, str]

#: Kinds of principal, in legend order: (key, Swedish label, colour).
PRINCIPAL_KINDS: list[tuple[str, str, str]] = [
    ("kommun", "Kommun", "#1f77b4"),
    ("region", "Region", "#d62728"),
    ("kommunforbund", "Kommunförbundet", "#2ca02c"),
    ("gymnasieforbund", "Gymnasieförbund", "#ff7f0e"),
    ("brukare", "Brukar-/invånarrepresentant", "#9467bd"),
    ("extern", "Annan / extern aktör", "#8c564b"),
    ("okand", "Okänd huvudman", "#9e9e9e"),
]
#: Node kinds that are not people or principals.
OTHER_KINDS: list[tuple[str, str, str]] = [
    ("body", "Samverkansorgan / grupp", "#17becf"),
    ("seat", "Plats enligt sammansättning", "#bcbd22"),
]
KIND_LABELS = {k: label for k, label, _ in PRINCIPAL_KINDS + OTHER_KINDS}
KIND_LABELS_EN = {"kommun": "Municipality", "region": "Region", "kommunforbund": "Association of municipalities",
                  "gymnasieforbund": "Upper-secondary school federation", "brukare": "User or citizen representative",
                  "extern": "Other / external actor", "okand": "Principal unknown",
                  "body": "Collaboration body / group", "seat": "Seat of the composition rule"}
KIND_COLOURS = {k: colour for k, _, colour in PRINCIPAL_KINDS + OTHER_KINDS}
PRINCIPAL_ORG_KINDS = ("kommun", "region", "kommunforbund", "gymnasieforbund")
REPRESENTATIVE_ROLES = ("brukarrepresentant", "invanarrepresentant")


def _text(term: Node | None) -> str:
    return "" if term is None else str(term)


def rows(select: Select, query: str) -> list[Row]:
    """All rows of a SELECT as plain strings (unbound variables left out), in a stable order."""
    # interned: an IRI, a name or a date held once however many rows name it (pickle keeps the sharing), so
    # the whole country's network data held by the server is about half the size
    out = [{k: sys.intern(_text(v)) for k, v in r.items() if v is not None} for r in select(query)]
    out.sort(key=lambda r: sorted(r.items()))
    return out


def query_rows(select: Select, name: str) -> list[Row]:
    """The rows of the query file `name` (queries/), as `rows` gives them."""
    return rows(select, load_query(name))


def in_range(date: str, lo: str | None, hi: str | None) -> bool:
    """Whether an ISO date (or year) lies in [lo, hi]; either bound may be None (open)."""
    if len(date) == 10:  # a day: the common case, compared as it is
        return (lo is None or date >= lo) and (hi is None or date <= hi)
    return (lo is None or end_of(date) >= lo) and (hi is None or start_of(date) <= hi)


def start_of(date: str) -> str:
    """The first day a date, year-month or year stands for, as YYYY-MM-DD."""
    return date + {4: "-01-01", 7: "-01"}.get(len(date), "")


def end_of(date: str) -> str:
    """The last day (or a day no earlier than it) a date, year-month or year stands for."""
    return date + {4: "-12-31", 7: "-31"}.get(len(date), "")


_UNSET = ...  # not worked out yet (Ellipsis: a singleton that pickles as itself)


@dataclass(slots=True)
class Organisation:
    iri: str
    label: str
    kind: str  # kommun, region, kommunforbund, gymnasieforbund, body, unit, extern, county, other
    parents: list[str] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Membership:
    """A post or role, with what the graph says about its period: what the as-of rule
    (graph/asof.py, `held_interval`) needs to tell the days it holds. Its own IRI is not kept (no
    view names it; 47,000 distinct strings nationally, with the attendances' 32,000 a sixth of the
    data held by the server): two records are two memberships (equal only to themselves)."""

    person: str
    org: str
    role: str | None
    role_label: str
    representing: str | None = None
    seat_origin: str | None = None
    observed: set[str] | tuple[str, ...] = field(default_factory=set)  # time:inside dates (a sorted tuple once read)
    begin: str | None = None  # the earliest time:hasBeginning
    end: str | None = None  # the earliest time:hasEnd
    before: str | None = None  # the earliest time:before ("former as of")
    previous_document: str | None = None  # clause 2: the latest document about the body before the end
    left_out: str | None = None  # clause 3: the earliest complete member list that leaves the holder out
    affiliation: bool = False  # lgl:affiliatedWith: a tie with no period, not a membership of the rule
    # what `last_seen` and `interval` worked out, kept (slots: no instance dict for cached_property)
    _last_seen: object = field(default=_UNSET, init=False, repr=False, compare=False)
    _interval: object = field(default=_UNSET, init=False, repr=False, compare=False)

    @property
    def start(self) -> str | None:
        """The first day the membership holds (see `interval`)."""
        return self.interval[0] if self.interval else None

    @property
    def finish(self) -> str | None:
        """The last day it holds, or None while it is open (see `interval`)."""
        return self.interval[1] if self.interval else None

    @property
    def last_seen(self) -> str | None:
        """The latest day it is known to hold: its end, else its last sighting, else the day before X."""
        if self._last_seen is _UNSET:
            if self.end:
                self._last_seen = end_of(self.end)
            elif self.observed:
                self._last_seen = end_of(max(self.observed))
            else:
                self._last_seen = start_of(self.before) if self.before else None
        return self._last_seen  # type: ignore[return-value]

    @property
    def interval(self) -> Interval | None:
        """The days it holds by the as-of rule (graph/asof.py `held_interval`): (first day, last day),
        either None when open; None when the rule holds it on no day. An affiliation has no period:
        (None, None). Kept: the data does not change once read."""
        if self._interval is _UNSET:
            self._interval = (None, None) if self.affiliation else held_interval(
                self.begin, self.observed, self.end, self.before, self.previous_document, self.left_out)
        return self._interval  # type: ignore[return-value]

    def overlaps(self, lo: str | None, hi: str | None) -> bool:
        """Whether it is held on some day of [lo, hi] by the as-of rule (graph/asof.py
        `interval_meets`); with no dates at all (no filter) every membership counts."""
        if lo is None and hi is None:
            return True
        return interval_meets(self.interval, lo, hi)

    def period_text(self) -> str:
        start, finish = self.start, self.finish
        if self.begin or self.end:
            return f"{self.begin or '?'}–{self.end or ''}"
        if self.observed:
            days = sorted(self.observed)
            return days[0] if len(days) == 1 else f"{days[0]}…{days[-1]}"
        if self.before:
            return f"före {self.before}"
        return "" if start is None and finish is None else f"{start or '?'}–{finish or ''}"


@dataclass(slots=True, eq=False)
class Attendance:
    """One person's attendance at one meeting (its own IRI not kept, as a Membership's)."""

    person: str
    meeting: str
    date: str
    body: str | None
    representing: str | None
    capacity_role: str | None


@dataclass(slots=True)
class Meeting:
    iri: str
    date: str
    body: str | None
    label: str
    status: str


@dataclass
class NetworkData:
    """Everything the projections and analyses need, keyed by IRI."""

    people: dict[str, str]  # person IRI -> name
    orgs: dict[str, Organisation]
    memberships: list[Membership]
    attendances: list[Attendance]
    meetings: dict[str, Meeting]
    seats: list[Seat]
    sources: dict[str, tuple[str, ...]]  # node IRI -> titles of source documents

    def share_repeats(self) -> None:
        """Hold each repeated tuple once (pickle keeps the sharing): the sources' titles (44,000 nodes
        nationally, 9,500 distinct lists), the memberships' sightings (3,300 distinct) and the
        intervals worked out so far (15,000 distinct of 47,000): the national data unpickled in a
        fresh process 76 → 66 MB."""
        seen: dict[tuple, tuple] = {}

        def once(value: tuple) -> tuple:
            return seen.setdefault(value, value)

        self.sources = {node: once(tuple(titles)) for node, titles in self.sources.items()}
        for m in self.memberships:
            m.observed = once(tuple(m.observed))
            if isinstance(m._interval, tuple):
                m._interval = once(m._interval)

    # organisations ------------------------------------------------------------------------------
    def label(self, iri: str) -> str:
        if iri in self.people:
            return self.people[iri]
        if iri in self.orgs:
            return self.body_labels.get(iri) or self.orgs[iri].label
        if iri in self.meetings:
            return self.meetings[iri].label
        return local_name(iri)

    def kind(self, org: str) -> str:
        return self.orgs[org].kind if org in self.orgs else "other"

    def ancestors(self, org: str) -> list[str]:
        """The organisation and everything above it (org:subOrganizationOf, transitively)."""
        cached = self._ancestors.get(org)
        if cached is not None:
            return cached
        seen: list[str] = []
        todo = [org]
        while todo:
            o = todo.pop(0)
            if o in seen:
                continue
            seen.append(o)
            todo.extend(self.orgs[o].parents if o in self.orgs else [])
        self._ancestors[org] = seen
        return seen

    @cached_property
    def _ancestors(self) -> dict[str, list[str]]:
        return {}

    @cached_property
    def body_labels(self) -> dict[str, str]:
        """Bodies named with their parent where the name alone does not tell them apart: a group
        under a group ('Processgrupp (Samordnande grupp Barn och unga)') and a name that several
        bodies share (then with the parent, else the top body, that differs)."""
        bodies = [o for o in self.orgs if self.is_body(o)]
        count: dict[str, int] = {}
        for o in bodies:
            count[self.orgs[o].label] = count.get(self.orgs[o].label, 0) + 1
        out: dict[str, str] = {}
        for o in bodies:
            own = self.orgs[o].label
            parent = next((p for p in self.orgs[o].parents if p in self.orgs), None)
            if parent is None:
                continue
            parent_is_body = self.is_body(parent)
            nested = parent_is_body and any(self.is_body(p) for p in self.orgs[parent].parents if p in self.orgs)
            if nested or count[own] > 1:
                out[o] = f"{own} ({self.orgs[parent].label})"
        for o, text in list(out.items()):  # still ambiguous: name the top body too
            if sum(1 for t in out.values() if t == text) > 1:
                root = self.root_body(o)
                if root and root != o:
                    out[o] = f"{text[:-1]}, {self.orgs[root].label})"
        return out

    @cached_property
    def _principals(self) -> dict[str, str]:
        return {}

    @cached_property
    def memberships_of(self) -> dict[str, list[Membership]]:
        """Memberships by person IRI."""
        out: dict[str, list[Membership]] = {}
        for m in self.memberships:
            out.setdefault(m.person, []).append(m)
        return out

    @cached_property
    def attendances_of(self) -> dict[str, list[Attendance]]:
        """Attendances by person IRI."""
        out: dict[str, list[Attendance]] = {}
        for a in self.attendances:
            out.setdefault(a.person, []).append(a)
        return out

    def within(self, org: str, ancestor: str) -> bool:
        return ancestor in self.ancestors(org)

    def principal(self, org: str) -> str:
        """The organisation a unit (or a presidium of one) belongs to: the first principal above it.

        Organisations that are not principals (external actors, counties) stand for themselves.
        """
        found = self._principals.get(org)
        if found is None:
            found = next((o for o in self.ancestors(org) if self.kind(o) in PRINCIPAL_ORG_KINDS), None) or next(
                (o for o in self.ancestors(org) if self.kind(o) not in ("unit", "body")), org)
            self._principals[org] = found
        return found

    def principal_kind(self, org: str | None) -> str:
        if org is None:
            return "okand"
        kind = self.kind(self.principal(org))
        if kind in PRINCIPAL_ORG_KINDS:
            return kind
        return "extern" if kind in ("extern", "county", "other", "unit") else "okand"

    def is_body(self, org: str) -> bool:
        return self.kind(org) == "body"

    def bodies_under(self, body: str) -> set[str]:
        """A body and every body below it."""
        return {o for o in self.orgs if self.is_body(o) and self.within(o, body)}

    def root_body(self, body: str | None) -> str | None:
        """The top of a body's chain of bodies (e.g. LGL for Länsgemensam ledning)."""
        if body is None:
            return None
        bodies = [o for o in self.ancestors(body) if self.is_body(o)]
        return bodies[-1] if bodies else body

    def home_structure(self, person: str) -> str | None:
        """For people who stand for no principal: the structure (top body) they take part in most."""
        counts: dict[str, int] = {}
        for a in self.attendances_of.get(person, []):
            root = self.root_body(a.body)
            if root:
                counts[root] = counts.get(root, 0) + 1
        for m in self.memberships_of.get(person, []):
            if self.is_body(m.org):
                root = self.root_body(m.org) or m.org
                counts[root] = counts.get(root, 0) + 1
        return max(sorted(counts), key=lambda r: counts[r]) if counts else None

    def municipalities(self) -> list[str]:
        return sorted((o for o in self.orgs if self.kind(o) == "kommun"), key=lambda o: self.label(o))

    # people -------------------------------------------------------------------------------------
    def evidence(self, lo: str | None = None, hi: str | None = None) -> dict[str, list[tuple[str, str]]]:
        """Per person, the principals they are seen working for in [lo, hi], as (date, principal).

        From attendance lists (the organisation the list gives), from posts in organisations and
        from seats held for an organisation (lgl:representing). Undated posts count with date "".
        """
        out: dict[str, list[tuple[str, str]]] = {}
        for a in self.attendances:
            if a.representing and in_range(a.date, lo, hi):
                out.setdefault(a.person, []).append((a.date, self.principal(a.representing)))
        for m in self.memberships:
            if not m.overlaps(lo, hi):
                continue
            principal = self.principal(m.representing or m.org)
            if self.is_body(principal):  # a seat in a body says nothing of whom one works for
                continue
            out.setdefault(m.person, []).append((m.last_seen or "", principal))
        return out

    @cached_property
    def _principals_in(self) -> dict[tuple[str | None, str | None], Principals]:
        return {}

    def person_principals(self, lo: str | None = None, hi: str | None = None) -> Principals:
        """Each person's principal in [lo, hi]: the latest one seen, ties broken by how often (kept
        per range: the data does not change)."""
        cached = self._principals_in.get((lo, hi))
        if cached is None:
            if len(self._principals_in) > 64:
                self._principals_in.clear()
            cached = self._principals_in[(lo, hi)] = self._person_principals(lo, hi)
        return cached

    def _person_principals(self, lo: str | None, hi: str | None) -> Principals:
        return Principals(self, lo, hi)

    def person_evidence(self, person: str, lo: str | None = None, hi: str | None = None) -> list[tuple[str, str]]:
        """One person's part of evidence(lo, hi)."""
        out = [(a.date, self.principal(a.representing)) for a in self.attendances_of.get(person, [])
               if a.representing and in_range(a.date, lo, hi)]
        for m in self.memberships_of.get(person, []):
            if m.overlaps(lo, hi):
                principal = self.principal(m.representing or m.org)
                if not self.is_body(principal):
                    out.append((m.last_seen or "", principal))
        return out

    @cached_property
    def representatives(self) -> set[str]:
        """People who attend as user or citizen representatives (capacity role)."""
        return {a.person for a in self.attendances
                if a.capacity_role and local_name(a.capacity_role) in REPRESENTATIVE_ROLES}

    def person_kind(self, person: str, principals: Mapping[str, str]) -> str:
        if person in principals:
            return self.principal_kind(principals[person])
        return "brukare" if person in self.representatives else "okand"

    def posts(self, person: str) -> list[str]:
        """Readable posts and roles of a person: 'role, organisation (period)'."""
        lines = []
        for m in self.memberships_of.get(person, []):
            org = self.label(m.org)
            rep = f" för {self.label(m.representing)}" if m.representing else ""
            period = m.period_text()
            lines.append(f"{m.role_label or 'knuten till'}, {org}{rep}" + (f" ({period})" if period else ""))
        return sorted(set(lines))


class Principals(Mapping[str, str]):
    """Each person's principal in [lo, hi]: the latest one seen in the range, ties broken by how often;
    for people seen only outside the range, the same over all dates. Worked out per person when
    first asked for (a national graph has 40,000 people; a picture needs a few hundred)."""

    def __init__(self, data: NetworkData, lo: str | None, hi: str | None) -> None:
        self.data, self.lo, self.hi = data, lo, hi
        self.found: dict[str, str | None] = {}

    def _find(self, person: str) -> str | None:
        if person in self.found:
            return self.found[person]
        items = self.data.person_evidence(person, self.lo, self.hi)
        if not items and (self.lo is not None or self.hi is not None):
            items = self.data.person_evidence(person)
        chosen = None
        if items:
            counts: dict[str, int] = {}
            latest: dict[str, str] = {}
            for date, org in items:
                counts[org] = counts.get(org, 0) + 1
                latest[org] = max(latest.get(org, ""), date)
            chosen = max(counts, key=lambda o: (latest[o], counts[o], o))
        self.found[person] = chosen
        return chosen

    def __getitem__(self, person: str) -> str:
        found = self._find(person)
        if found is None:
            raise KeyError(person)
        return found

    def __contains__(self, person: object) -> bool:
        return isinstance(person, str) and self._find(person) is not None

    def __iter__(self) -> Iterator[str]:
        return (p for p in self.data.people if self._find(p) is not None)

    def __len__(self) -> int:
        return sum(1 for _ in self)


KIND_CLASS_LABELS = {"Municipality": "kommunerna", "Region": "regionen", "MunicipalFederation": "Kommunförbundet",
                     "SchoolFederation": "gymnasieförbundet"}
KIND_CLASSES = {"kommun": "Municipality", "region": "Region", "kommunforbund": "MunicipalFederation",
                "gymnasieforbund": "SchoolFederation"}


def seat_label(data: NetworkData, seat: Seat) -> str:
    """E.g. 'ledamot: socialchef, en per kommun', 'representant från Region Kalmar län (3)'."""
    text = seat.role_label
    if seat.posts:
        text += ": " + " eller ".join(sorted(seat.post_labels.values()))
    if seat.from_org:
        text += f" från {data.label(seat.from_org)}"
    elif seat.from_kind:
        cls = local_name(seat.from_kind)
        text += f" från {KIND_CLASS_LABELS.get(cls, cls)}"
    if seat.per_kind:
        cls = local_name(seat.per_kind)
        text += f", en per {dict((v, k) for k, v in KIND_CLASSES.items()).get(cls, cls)}"
    if seat.appointed_by:
        text += f" utsedd av {data.label(seat.appointed_by)}"
    elif seat.area and not seat.from_org:
        text += f" för {seat.area}"
    elif seat.area:
        text += f" ({seat.area})"
    return text + (f" ({seat.count})" if seat.count is not None else "")


def seat_required(data: NetworkData, seat: Seat) -> int | None:
    """How many holders a seat asks for: its count, or one per organisation of its class."""
    if seat.count is not None:
        return seat.count
    if seat.per_kind:
        cls = local_name(seat.per_kind)
        kinds = [k for k, v in KIND_CLASSES.items() if v == cls]
        return sum(1 for o in data.orgs if data.kind(o) in kinds)
    return None


def _meeting_status(iri: str) -> str:
    name = local_name(iri)
    return name.removeprefix("status-") if name else ""


def read_memberships(select: Select) -> dict[str, Membership]:
    """The memberships as the networks read them (network_memberships.rq with their periods and the as-of
    rule's clauses 2 and 3), by IRI: the records do not keep it, and the as-of rule's tests join on it."""
    q = partial(query_rows, select)
    roles = {r["role"]: r["label"] for r in q("network_roles.rq")}
    memberships: dict[str, Membership] = {}
    for r in q("network_memberships.rq"):
        if r["membership"] not in memberships:
            role = r.get("role")
            memberships[r["membership"]] = Membership(
                r["person"], r["org"], role, roles.get(role, local_name(role)) if role else "",
                r.get("representing"), r.get("seatOrigin"), affiliation=bool(r.get("affiliation")))
    for r in q("network_membership_periods.rq"):
        m = memberships.get(r["membership"])
        date, relation = r.get("date"), r.get("relation")
        if m is None or not date:
            continue
        if relation == "inside":
            m.observed.add(date)
        elif relation == "begin":
            m.begin = min(filter(None, (m.begin, date)))
        elif relation == "end":
            m.end = min(filter(None, (m.end, date)))
        elif relation == "before":
            m.before = min(filter(None, (m.before, date)))
    _as_of_clauses(memberships, q("network_previous_documents.rq"), q("network_complete_member_lists.rq"))
    for m in memberships.values():  # held as a tuple: a set costs 216 bytes even empty, times 47,000 nationally
        m.observed = tuple(sorted(m.observed))
    return memberships


def load_data(select: Select) -> NetworkData:
    """Run the network_*.rq queries and gather their rows."""
    q = partial(query_rows, select)
    people = {r["person"]: r.get("name") or local_name(r["person"]) for r in q("network_people.rq")}
    orgs: dict[str, Organisation] = {}
    for r in q("network_organisations.rq"):
        o = orgs.setdefault(r["org"], Organisation(r["org"], r.get("label") or local_name(r["org"]), r["kind"]))
        if r.get("parent") and r["parent"] not in o.parents:
            o.parents.append(r["parent"])
    memberships = read_memberships(select)
    attendances = [Attendance(r["person"], r["meeting"], r["date"], r.get("body"), r.get("representing"),
                              r.get("capacityRole")) for r in q("network_attendance.rq")]  # a row per attendance IRI
    meetings = {r["meeting"]: Meeting(r["meeting"], r["date"], r.get("body"), r.get("label") or local_name(
        r["meeting"]), _meeting_status(r.get("status", ""))) for r in q("network_meetings.rq")}
    seats = read_seats(q("network_seats.rq"))
    titles = {r["doc"]: r.get("title") or local_name(r["doc"]) for r in q("network_documents.rq")}
    sources: dict[str, list[str]] = {}
    for r in q("network_sources.rq"):
        title = titles.get(r["doc"], local_name(r["doc"]))
        if title not in sources.setdefault(r["node"], []):
            sources[r["node"]].append(title)
    meetings_sorted = dict(sorted(meetings.items(), key=lambda kv: (kv[1].date, kv[0])))
    data = NetworkData(people, orgs, list(memberships.values()), attendances, meetings_sorted,
                       list(seats.values()), {node: tuple(titles) for node, titles in sources.items()})
    data.share_repeats()
    return data


def _as_of_clauses(memberships: Mapping[str, Membership], previous: list[Row], lists: list[Row]) -> None:
    """What the as-of rule's clauses 2 and 3 need beyond a membership's own dates (graph/asof.py
    `clause_dates`): the date of the previous document about its body before its earliest end
    (`previous`: the documents about each body), and the earliest complete member list of its body dated
    after its latest sighting or beginning that leaves its holder out (`lists`)."""
    documents = documents_by_body(previous)
    lists_of = member_lists_by_body(lists)
    for m in memberships.values():
        if not m.affiliation:
            m.previous_document, m.left_out = clause_dates(
                m.begin, m.observed, m.end, m.before, documents.get(m.org, []), lists_of.get(m.org, ()), {m.person})


def unique(items: Iterable[str]) -> list[str]:
    """Items in first-seen order, without repeats."""
    return list(dict.fromkeys(items))
