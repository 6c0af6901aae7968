"""Projections of the RDF graph into networkx graphs.

Four kinds (KINDS): who sits in which body (bipartite), who meets whom, which organisations meet
which, and the structure (LGL -> bodies -> groups -> seats -> holders). Nodes are keyed by their
IRI (so a click in a picture can open the node's linked-data page) and carry `label`, `kind`
(the colour class: kommun, region, kommunforbund, gymnasieforbund, brukare, extern, okand, body,
seat), `principal` (IRI of the principal they stand for, if known) and `tooltip` lines.

Every projection takes Filters: a date range (meetings on those days, memberships the as-of rule of
graph/asof.py holds on some day of it: `Membership.overlaps`), a body (that body and the bodies
under it) and an organisation (people who work for it or a unit of it, and what they connect to).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx

from ..dates import check_period
from ..iris import HOME_ORG
from .data import (
    KIND_CLASSES,
    KIND_LABELS,
    Attendance,
    Membership,
    NetworkData,
    Seat,
    end_of,
    in_range,
    local_name,
    seat_label,
    seat_required,
    start_of,
)

#: Projection kinds: (Swedish title, description).
KINDS: dict[str, tuple[str, str]] = {
    "people-bodies": ("Personer och organ",
                      "Bipartit nätverk: personer och de organ och grupper de sitter i eller möter i "
                      "(kanterna bär roll och period)."),
    "people": ("Personer som möts",
               "Personer förbundna när de deltagit i samma möten; vikten är antalet gemensamma möten."),
    "organisations": ("Organisationer som möts",
                      "Huvudmän och andra organisationer förbundna när deras personer sitter i samma grupp "
                      "eller möte; vikten är antalet gemensamma möten och grupper."),
    "structure": ("Strukturen",
                  "LGL → organ → grupper → platser enligt sammansättningen → innehavare."),
}
#: The same in English: (title, description).
KINDS_EN: dict[str, tuple[str, str]] = {
    "people-bodies": ("People and bodies",
                      "Bipartite network: people and the bodies and groups they sit in or meet in "
                      "(edges carry role and period)."),
    "people": ("People who meet",
               "People joined when they attended the same meetings; the weight is the number of meetings together."),
    "organisations": ("Organisations that meet",
                      "Principals and other organisations joined when their people sit in the same group or "
                      "meeting; the weight is the number of shared meetings and groups."),
    "structure": ("The structure", "LGL → bodies → groups → seats of the composition rules → holders."),
}
#: Organisations that meet: the meetings and groups named on an edge (the rest counted).
CONTEXTS_NAMED = 5
#: The structure the pages show when no body is chosen (its id), if the graph has it.
DEFAULT_STRUCTURE = HOME_ORG


@dataclass
class Filters:
    """What to keep: dates as YYYY, YYYY-MM or YYYY-MM-DD; body and org as IRIs (or ids, see resolve)."""

    date_from: str | None = None
    date_to: str | None = None
    body: str | None = None
    org: str | None = None

    def __post_init__(self) -> None:
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value in ("", None):
                setattr(self, name, None)
            else:
                check_period(value.strip(), name.removeprefix("date_"))
                setattr(self, name, value.strip())
        if self.date_from and self.date_to and start_of(self.date_from) > end_of(self.date_to):
            raise ValueError(f"from={self.date_from} is after to={self.date_to}")
        self.body = self.body or None
        self.org = self.org or None

    @property
    def lo(self) -> str | None:
        return start_of(self.date_from) if self.date_from else None

    @property
    def hi(self) -> str | None:
        return end_of(self.date_to) if self.date_to else None

    def resolve(self, data: NetworkData) -> Filters:
        """The same filters with body and org given as ids or labels turned into IRIs (ValueError if unknown)."""
        return Filters(self.date_from, self.date_to, _resolve_org(data, self.body, body=True),
                       _resolve_org(data, self.org, body=False))

    def as_dict(self) -> dict[str, str | None]:
        return {"from": self.date_from, "to": self.date_to, "body": self.body, "org": self.org}


def _resolve_org(data: NetworkData, value: str | None, body: bool) -> str | None:
    if not value:
        return None
    what = "body" if body else "organisation"
    candidates = [o for o in data.orgs if o == value or local_name(o) == value
                  or data.orgs[o].label.casefold() == value.casefold() or data.label(o).casefold() == value.casefold()]
    if not candidates:
        raise ValueError(f"unknown {what} {value!r}")
    iri = candidates[0]
    if body and not data.is_body(iri):
        raise ValueError(f"{value!r} is not a collaboration body or group")
    return iri


@dataclass
class Scope:
    """The filters applied to the data: which meetings, memberships and people are in."""

    data: NetworkData
    filters: Filters
    bodies: set[str] | None = None  # None = all
    principals: Mapping[str, str] = field(default_factory=dict)
    org_people: set[str] | None = None  # None = no organisation filter
    _attendances: list[Attendance] | None = None

    @classmethod
    def of(cls, data: NetworkData, filters: Filters) -> Scope:
        f = filters.resolve(data)
        scope = cls(data, f)
        if f.body:
            scope.bodies = data.bodies_under(f.body)
        scope.principals = data.person_principals(f.lo, f.hi)
        if f.org:
            people = set()
            for person, items in data.evidence(f.lo, f.hi).items():
                if any(data.within(org, f.org) for _, org in items):
                    people.add(person)
            for a in scope.attendances():
                if a.representing and data.within(a.representing, f.org):
                    people.add(a.person)
            for m in scope.memberships():
                if data.within(m.org, f.org) or (m.representing and data.within(m.representing, f.org)):
                    people.add(m.person)
            scope.org_people = people
        return scope

    def attendances(self) -> list[Attendance]:
        """The attendances in scope (meetings in the date range, of the body and those under it)."""
        if self._attendances is None:
            self._attendances = [a for a in self.data.attendances if self.attendance_in(a)]
        return self._attendances

    def attendance_in(self, a: Attendance) -> bool:
        return in_range(a.date, self.filters.lo, self.filters.hi) and (self.bodies is None or a.body in self.bodies)

    def memberships(self, bodies_only: bool = False) -> list[Membership]:
        out = []
        for m in self.data.memberships:
            if not m.overlaps(self.filters.lo, self.filters.hi):
                continue
            is_body = self.data.is_body(m.org)
            if (bodies_only or self.bodies is not None) and not is_body:
                continue
            if self.bodies is not None and m.org not in self.bodies:
                continue
            out.append(m)
        return out

    def of_org(self, person: str) -> bool:
        return self.org_people is None or person in self.org_people

    # nodes ----------------------------------------------------------------------------------------
    def add_person(self, g: nx.Graph, person: str) -> None:
        if person not in g:
            g.add_node(person, **self.person_attrs(person))

    def add_org(self, g: nx.Graph, org: str, kind: str | None = None) -> None:
        if org not in g:
            g.add_node(org, **self.org_attrs(org, kind))

    def person_attrs(self, person: str) -> dict:
        d = self.data
        principal = self.principals.get(person)
        kind = d.person_kind(person, self.principals)
        tooltip = [d.label(person), KIND_LABELS[kind] + (f": {d.label(principal)}" if principal else "")]
        posts = d.posts(person)
        tooltip += ["Uppdrag:"] + [f"  {p}" for p in posts[:8]] + (["  …"] if len(posts) > 8 else []) if posts else []
        sources = d.sources.get(person, [])
        tooltip += ["Källor:"] + [f"  {s}" for s in sources[:6]] if sources else []
        home = "" if principal else (d.home_structure(person) or "")
        return dict(label=d.label(person), kind=kind, type="person", principal=principal or "",
                    principal_label=d.label(principal) if principal else "", home=home,
                    home_label=d.label(home) if home else "", tooltip="\n".join(tooltip))

    def org_attrs(self, org: str, kind: str | None = None) -> dict:
        d = self.data
        node_kind = kind or ("body" if d.is_body(org) else d.principal_kind(org))
        tooltip = [d.label(org), KIND_LABELS[node_kind]]
        parents = [d.label(p) for p in d.orgs[org].parents] if org in d.orgs else []
        if parents:
            tooltip.append("Del av: " + ", ".join(parents))
        sources = d.sources.get(org, [])
        tooltip += ["Källor:"] + [f"  {s}" for s in sources[:6]] if sources else []
        principal = "" if node_kind == "body" else d.principal(org)
        return dict(label=d.label(org), kind=node_kind, type="body" if node_kind == "body" else "organisation",
                    principal=principal, principal_label=d.label(principal) if principal else "",
                    tooltip="\n".join(tooltip))


def _join(items: Iterable[str]) -> str:
    return "; ".join(sorted(set(items)))


def people_bodies(data: NetworkData, filters: Filters | None = None) -> nx.Graph:
    """Bipartite: people and the bodies they hold a role in or attend meetings of.

    Edge attributes: role (roles joined by '; ', 'deltagare' for attending), start, end (the known
    period), meetings (meetings of the body attended), weight (memberships + meetings attended).
    """
    scope = Scope.of(data, filters or Filters())
    g = nx.Graph(kind="people-bodies", filters=scope.filters.as_dict())
    edges: dict[tuple[str, str], dict] = {}

    def edge(person: str, body: str) -> dict:
        return edges.setdefault((person, body), {"roles": set(), "dates": [], "meetings": set(), "memberships": 0})

    for m in scope.memberships(bodies_only=True):
        if not scope.of_org(m.person):
            continue
        e = edge(m.person, m.org)
        e["roles"].add(m.role_label or "knuten till")
        e["memberships"] += 1
        e["dates"] += [x for x in (m.start, m.finish) if x]
    for a in scope.attendances():
        if a.body is None or not scope.of_org(a.person):
            continue
        e = edge(a.person, a.body)
        e["roles"].add("deltagare")
        e["meetings"].add(a.meeting)
        e["dates"].append(a.date)
    for (person, body), e in sorted(edges.items()):
        scope.add_person(g, person)
        scope.add_org(g, body, "body")
        g.nodes[person]["bipartite"] = 0
        g.nodes[body]["bipartite"] = 1
        dates = sorted(e["dates"])
        g.add_edge(person, body, role=_join(e["roles"]), start=dates[0] if dates else "",
                   end=dates[-1] if dates else "", meetings=len(e["meetings"]),
                   weight=e["memberships"] + len(e["meetings"]))
    return g


def people(data: NetworkData, filters: Filters | None = None) -> nx.Graph:
    """People joined when they attended the same meeting; weight = number of meetings together.

    With an organisation filter: that organisation's people and everyone they met.
    """
    scope = Scope.of(data, filters or Filters())
    g = nx.Graph(kind="people", filters=scope.filters.as_dict())
    by_meeting: dict[str, set[str]] = {}
    for a in scope.attendances():
        by_meeting.setdefault(a.meeting, set()).add(a.person)
    pairs: dict[tuple[str, str], list[str]] = {}
    nodes: set[str] = set()
    for meeting in sorted(by_meeting, key=lambda m: (data.meetings[m].date if m in data.meetings else "", m)):
        attendees = sorted(by_meeting[meeting])
        nodes.update(p for p in attendees if scope.of_org(p))
        date = data.meetings[meeting].date if meeting in data.meetings else ""
        for pair in combinations(attendees, 2):
            if scope.org_people is None or scope.of_org(pair[0]) or scope.of_org(pair[1]):
                pairs.setdefault(pair, []).append(date)
                nodes.update(pair)
    for person in sorted(nodes):
        scope.add_person(g, person)
    g.add_edges_from((a, b, {"weight": len(dates), "meetings": "; ".join(dates)}) for (a, b), dates in pairs.items())
    return g


def _contexts(scope: Scope) -> list[tuple[str, str, dict[str, set[str]]]]:
    """Meetings and bodies in scope, each with the principals present and who stood for them.

    Returns (context IRI, 'meeting' or 'body', {principal: {people}}).
    """
    d = scope.data
    out: dict[str, tuple[str, dict[str, set[str]]]] = {}
    for a in scope.attendances():
        org = d.principal(a.representing) if a.representing else scope.principals.get(a.person)
        if org:
            out.setdefault(a.meeting, ("meeting", {}))[1].setdefault(org, set()).add(a.person)
    for m in scope.memberships(bodies_only=True):
        org = d.principal(m.representing) if m.representing else scope.principals.get(m.person)
        if org:
            out.setdefault(m.org, ("body", {}))[1].setdefault(org, set()).add(m.person)
    return [(c, kind, orgs) for c, (kind, orgs) in sorted(out.items())]


def _structure_kommuner(scope: Scope) -> list[str]:
    """The kommuner that ever take part (attend or hold a seat) in the structure of the chosen body."""
    d = scope.data
    root = d.root_body(scope.filters.body)
    bodies = d.bodies_under(root) if root else set(scope.bodies or ())
    everyone = d.person_principals()
    found: set[str] = set()
    for a in d.attendances:
        if a.body in bodies:
            found.add(d.principal(a.representing) if a.representing else everyone.get(a.person, ""))
    for m in d.memberships:
        if m.org in bodies:
            found.add(d.principal(m.representing) if m.representing else everyone.get(m.person, ""))
    return sorted((o for o in found if d.kind(o) == "kommun"), key=d.label)


def organisations(data: NetworkData, filters: Filters | None = None) -> nx.Graph:
    """Organisations joined when their people sit together in a meeting or a body.

    Edge attributes: weight (meetings + bodies shared), meetings, bodies, person_pairs (pairs of
    people, one from each side, who sat together, summed over contexts). Node attributes: people
    (distinct people seen for it), contexts. Without an organisation filter every kommun is a node (with a body
    filter: every kommun of that structure), so the ones absent stand alone; with one, the
    organisation and its neighbours.
    """
    scope = Scope.of(data, filters or Filters())
    f = scope.filters
    g = nx.Graph(kind="organisations", filters=f.as_dict())
    people_of: dict[str, set[str]] = {}
    contexts_of: dict[str, int] = {}
    for context, kind, orgs in _contexts(scope):
        for org, persons in orgs.items():
            people_of.setdefault(org, set()).update(persons)
            contexts_of[org] = contexts_of.get(org, 0) + 1
        for a, b in combinations(sorted(orgs), 2):
            if not g.has_edge(a, b):
                g.add_edge(a, b, weight=0, meetings=0, bodies=0, person_pairs=0, contexts="")
            e = g.edges[a, b]
            e["weight"] += 1
            e["meetings" if kind == "meeting" else "bodies"] += 1
            e["person_pairs"] += len(orgs[a]) * len(orgs[b])
            if e["weight"] <= CONTEXTS_NAMED:
                e["contexts"] = (e["contexts"] + "; " if e["contexts"] else "") + data.label(context)
            elif e["weight"] == CONTEXTS_NAMED + 1:
                e["contexts"] += "; …"
    for org in people_of:
        g.add_node(org)
    if f.org is None:  # the kommuner that stay away are there too: every one, or those of the chosen structure
        for kommun in (data.municipalities() if scope.bodies is None else _structure_kommuner(scope)):
            g.add_node(kommun)
    else:
        keep = {o for o in g if data.within(o, f.org)}
        keep |= {n for o in keep for n in g.neighbors(o)}
        g.remove_nodes_from([n for n in list(g) if n not in keep])
    for org in list(g):
        g.nodes[org].update(scope.org_attrs(org))
        g.nodes[org]["people"] = len(people_of.get(org, ()))
        g.nodes[org]["contexts"] = contexts_of.get(org, 0)
        g.nodes[org]["tooltip"] += f"\nPersoner: {g.nodes[org]['people']}\nMöten och grupper: {contexts_of.get(org, 0)}"
    return g


def _person_orgs(scope: Scope, person: str) -> set[str]:
    """The organisations (as given, not rolled up) a person is seen working for, in scope."""
    d = scope.data
    orgs = {a.representing for a in d.attendances_of.get(person, []) if a.representing and scope.attendance_in(a)}
    for m in d.memberships_of.get(person, []):
        if m.overlaps(scope.filters.lo, scope.filters.hi):
            if m.representing:
                orgs.add(m.representing)
            if not d.is_body(m.org):
                orgs.add(m.org)
    return orgs


def _person_posts(scope: Scope, person: str) -> set[str]:
    """Role IRIs a person holds anywhere (posts) or attends in (capacity roles)."""
    posts = {m.role for m in scope.data.memberships_of.get(person, []) if m.role}
    posts |= {a.capacity_role for a in scope.data.attendances_of.get(person, []) if a.capacity_role}
    return posts


def _seat_for(scope: Scope, m: Membership, seats: list[Seat]) -> Seat | None:
    """The seat of a body's composition a membership fills, when the graph tells it apart.

    Among the seats for the membership's role, the one that best matches where the seat's holder
    comes from (seat origin, organisation or kind of organisation) and the post asked for; None when
    no single seat matches best.
    """
    d = scope.data
    candidates = [s for s in seats if s.role == m.role]
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    orgs = _person_orgs(scope, m.person) | ({m.representing} if m.representing else set())
    classes = {KIND_CLASSES.get(d.kind(d.principal(o)), "") for o in orgs}
    posts = _person_posts(scope, m.person)
    scored = []
    for s in candidates:
        score = 0
        if m.seat_origin and (s.appointed_by == m.seat_origin or (s.area and local_name(m.seat_origin).endswith(
                s.area))):
            score += 2
        if s.from_org and any(d.within(o, s.from_org) for o in orgs):
            score += 1
        if s.kind_class and local_name(s.kind_class) in classes:
            score += 1
        if s.posts and posts & set(s.posts):
            score += 1
        scored.append((score, s))
    best = max(score for score, _ in scored)
    winners = [s for score, s in scored if score == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def structure(data: NetworkData, filters: Filters | None = None) -> nx.DiGraph:
    """The structure as a tree: body -> sub-body, body -> seat (composition rule), seat -> holder.

    Holders whose seat cannot be told from the graph hang from the body itself. Edges carry
    `relation` (part, seat, holder) and, for holders, role and period. Seats carry `required` (how
    many the rule asks for, -1 if it gives no number) and `holders` (how many the graph names).
    """
    scope = Scope.of(data, filters or Filters())
    f = scope.filters
    g = nx.DiGraph(kind="structure", filters=f.as_dict())
    bodies = scope.bodies if scope.bodies is not None else {o for o in data.orgs if data.is_body(o)}
    for body in sorted(bodies):
        scope.add_org(g, body, "body")
        for parent in data.orgs[body].parents:
            if parent in bodies:
                scope.add_org(g, parent, "body")
                g.add_edge(parent, body, relation="part", weight=1)
    seats_of: dict[str, list[Seat]] = {}
    for s in data.seats:
        if s.body in bodies:
            seats_of.setdefault(s.body, []).append(s)
            required = seat_required(data, s)
            g.add_node(s.iri, label=seat_label(data, s), kind="seat", type="seat", principal=s.from_org or "",
                       principal_label=data.label(s.from_org) if s.from_org else "",
                       required=-1 if required is None else required, holders=0)
            g.add_edge(s.body, s.iri, relation="seat", weight=1)
    held_by: dict[str, list[str]] = {}
    for m in scope.memberships(bodies_only=True):
        if m.org not in bodies or not scope.of_org(m.person):
            continue
        scope.add_person(g, m.person)
        seat = _seat_for(scope, m, seats_of.get(m.org, []))
        parent = seat.iri if seat is not None else m.org
        if seat is not None and not g.has_edge(parent, m.person):
            g.nodes[seat.iri]["holders"] += 1
            held_by.setdefault(seat.iri, []).append(m.person)
        g.add_edge(parent, m.person, relation="holder", role=m.role_label or "knuten till",
                   period=m.period_text(), weight=1)
    for s in data.seats:
        if s.iri not in g:
            continue
        n = g.nodes[s.iri]
        lines = [f"Plats: {n['label']}", f"i {data.label(s.body)}",
                 f"Innehavare i grafen: {n['holders']}" + (f" av {n['required']}" if n["required"] >= 0 else "")]
        if s.per_kind:
            cls = local_name(s.per_kind)
            have = {scope.principals.get(p) for p in held_by.get(s.iri, [])}
            missing = [data.label(o) for o in data.orgs if KIND_CLASSES.get(data.kind(o)) == cls and o not in have]
            if missing:
                lines.append("Utan innehavare i grafen: " + ", ".join(sorted(missing)))
        if data.sources.get(s.iri):
            lines += ["Källor:"] + [f"  {x}" for x in data.sources[s.iri][:6]]
        n["tooltip"] = "\n".join(lines)
    if f.org is not None:  # keep the organisation's holders and the bodies and seats above them
        keep = {n for n in g if g.nodes[n].get("type") == "person"}
        for n in list(keep):
            keep |= nx.ancestors(g, n)
        g.remove_nodes_from([n for n in list(g) if n not in keep])
    for root in [n for n in g if g.in_degree(n) == 0]:
        for n, depth in nx.single_source_shortest_path_length(g, root).items():
            g.nodes[n]["level"] = min(depth, g.nodes[n].get("level", depth))
    return g


def default_structure(data: NetworkData) -> str | None:
    """The body the pages show by default: DEFAULT_STRUCTURE if the graph has it, else the top body
    with the most bodies under it (None if there are no bodies)."""
    for o in data.orgs:
        if local_name(o) == DEFAULT_STRUCTURE and data.is_body(o):
            return o
    roots = [o for o in data.orgs if data.is_body(o) and data.root_body(o) == o]
    return max(sorted(roots), key=lambda r: len(data.bodies_under(r)), default=None)


def keep_weight(g: nx.Graph, min_weight: int) -> nx.Graph:
    """The graph without edges lighter than min_weight, nor the people left with no edge."""
    if min_weight <= 1:
        return g
    h = g.copy()
    h.remove_edges_from([(u, v) for u, v, w in g.edges(data="weight", default=1) if w < min_weight])
    h.remove_nodes_from([n for n in list(h) if h.degree(n) == 0 and g.degree(n) > 0])
    h.graph["min_weight"] = min_weight
    return h


def weight_for(g: nx.Graph, max_edges: int) -> int:
    """The smallest edge weight threshold that leaves at most max_edges edges (1 if all fit)."""
    weights = sorted((w for _, _, w in g.edges(data="weight", default=1)), reverse=True)
    if len(weights) <= max_edges:
        return 1
    return int(weights[max_edges]) + 1


def ego(data: NetworkData, person: str, filters: Filters | None = None) -> nx.Graph:
    """Whom a person meets, through which groups: the person, the bodies they sit in or attended
    meetings of (within the filters), and the people they met there (fellow members of the body,
    or at the same meetings). Edges person–body and body–person carry role and meetings; every
    other person's `through` attribute lists the bodies (labels) they were met through.
    """
    scope = Scope.of(data, filters or Filters())
    f = scope.filters
    g = nx.Graph(kind="ego", ego=person, filters=f.as_dict())
    if person not in data.people:
        return g
    scope.add_person(g, person)
    g.nodes[person]["ego"] = True
    my_meetings: dict[str, set[str]] = {}
    roles: dict[str, set[str]] = {}
    for m in data.memberships_of.get(person, []):
        if data.is_body(m.org) and m.overlaps(f.lo, f.hi) and (scope.bodies is None or m.org in scope.bodies):
            roles.setdefault(m.org, set()).add(m.role_label or "knuten till")
    for a in data.attendances_of.get(person, []):
        if a.body and scope.attendance_in(a):
            my_meetings.setdefault(a.body, set()).add(a.meeting)
            roles.setdefault(a.body, set()).add("deltagare")
    met: dict[tuple[str, str], dict] = {}
    for body in roles:
        for m in scope.memberships(bodies_only=True):
            if m.org == body and m.person != person:
                e = met.setdefault((body, m.person), {"roles": set(), "meetings": set()})
                e["roles"].add(m.role_label or "knuten till")
    for body, meetings in my_meetings.items():
        for a in scope.attendances():
            if a.meeting in meetings and a.person != person:
                e = met.setdefault((body, a.person), {"roles": set(), "meetings": set()})
                e["meetings"].add(a.meeting)
    for body in sorted(roles):
        scope.add_org(g, body, "body")
        g.add_edge(person, body, role=_join(roles[body]), meetings=len(my_meetings.get(body, ())),
                   weight=1 + len(my_meetings.get(body, ())))
    for (body, other), e in sorted(met.items()):
        scope.add_person(g, other)
        g.nodes[other].setdefault("through_iris", []).append(body)
        g.add_edge(body, other, role=_join(e["roles"] or {"deltagare"}), meetings=len(e["meetings"]),
                   weight=1 + len(e["meetings"]))
    for n in g:
        if "through_iris" in g.nodes[n]:
            g.nodes[n]["through"] = "; ".join(sorted(data.label(b) for b in g.nodes[n].pop("through_iris")))
    return g


def fold(text: str) -> str:
    """Text without accents or case, for matching names ('Goransson' finds 'Göransson')."""
    from unicodedata import combining, normalize

    return "".join(c for c in normalize("NFKD", text) if not combining(c)).casefold().strip()


def ego_node(data: NetworkData, value: str) -> str:
    """A person for the ego view, from an IRI, an id or a name (accents and case ignored)."""
    value = value.strip()
    if value in data.people:
        return value
    index = data.__dict__.get("_names_folded")
    if index is None:
        index = {}
        for p, name in data.people.items():
            index.setdefault(fold(name), []).append(p)
            index.setdefault(local_name(p), []).append(p)
        data.__dict__["_names_folded"] = index
    hits = index.get(value) or index.get(fold(value))
    if not hits:
        raise ValueError(f"node={value!r}: no person with that IRI, id or name")
    return sorted(hits)[0]


PROJECTIONS = {"people-bodies": people_bodies, "people": people, "organisations": organisations,
               "structure": structure}


def project(kind: str, data: NetworkData, filters: Filters | None = None) -> nx.Graph:
    """The projection of one kind (see KINDS)."""
    try:
        fn = PROJECTIONS[kind]
    except KeyError:
        raise ValueError(f"unknown network kind {kind!r}: one of {', '.join(KINDS)}") from None
    return fn(data, filters)
