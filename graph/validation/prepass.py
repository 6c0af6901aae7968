"""The validation's pre-pass: what "as of D" means, added to the data graph as triples in the validation namespace.

Before pySHACL runs, `prepare` adds (val:):
- `?m val:validOn D` for every membership held on D, and on every meeting's date for the memberships
  of the meeting's body, by the as-of rule (graph/asof.py, queries/asof_memberships.rq: started, not
  ended, not left out of a later complete member list);
- `?m val:comesFrom ?o`: where the holder of a membership valid on D comes from
  (queries/validation_origins.rq);
- `?seat val:areaGroup ?g`: the samverkansområdesgrupp an area seat is filled from, found in the
  seat's own collaboration structure (queries/validation_area_groups.rq);
- `?m val:fillsSeat ?seat` (and `val:seatFor ?org` for a seat per organisation): the seat a valid
  membership fills, read generically from the lgl:SeatRequirement data (the one seat model,
  graph/seats.py; queries/validation_seat_candidates.rq); each membership fills at most one seat,
  the most specific first, and memberships left over are counted on their seat as surplus;
- `?seat val:label "..."@sv/@en`: the seat in words (`seat_labels`).
The shapes (shapes/*.ttl) and the report (graph/validation/report.py) read these triples.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, SKOS
from rdflib.term import Node

from ..asof import held_rows
from ..config import LGL, ORG
from ..seats import Seat, read_seats
from ..sparql import render

VAL = Namespace("https://w3id.org/samverkan-kalmar/validation#")
#: The node that says which date a validation run is "as of" (`val:run val:asOf D`).
RUN = VAL.run
LANGS = ("sv", "en")


def select(g: Graph, name: str, values: Mapping[str, Sequence[Node]] | None = None) -> list[dict[str, Node]]:
    """Run queries/<name> on an rdflib graph (a DataGraph: on its Oxigraph copy); `values` fills the
    query's `VALUES ?var { ... }` blocks (graph.sparql.render)."""
    return [{str(k): v for k, v in row.asdict().items()} for row in g.query(render(name, values=values))]


def seats_of(g: Graph) -> dict[URIRef, Seat]:
    """The seat requirements of every body in the data graph (graph/seats.py), by IRI."""
    return read_seats(select(g, "validation_seats.rq"))  # type: ignore[return-value]


def _iso(value: Node | None) -> str:
    return str(value) if value is not None else ""


def membership_recency(g: Graph) -> dict[Node, str]:
    """The latest date each membership is known from (beginning or observation), as ISO text."""
    latest: dict[Node, str] = {}
    for row in select(g, "validation_membership_dates.rq"):
        m = row["membership"]
        for key in ("observed", "begin"):
            d = _iso(row.get(key))
            if d > latest.get(m, ""):
                latest[m] = d
    return latest


@dataclass
class Prepass:
    """What the pre-pass added: the seats, and who fills which (seat, for-organisation) slot."""

    at: dt.date
    seats: dict[URIRef, Seat]
    fills: dict[tuple[URIRef, URIRef | None], list[URIRef]]  # (seat, for) -> memberships
    slots: list[tuple[URIRef, URIRef | None]]


def prepare(g: Graph, at: dt.date) -> Prepass:
    """Add the "as of D" triples (val:) to the data graph, in place."""
    g.add((RUN, RDF.type, VAL.Run))
    g.add((RUN, VAL.asOf, Literal(at.isoformat())))
    pairs: list[tuple[URIRef | None, str]] = [(None, at.isoformat())]
    pairs += sorted({(r["body"], str(r["date"])) for r in select(g, "validation_dates.rq")
                     if len(str(r["date"])) == 10})
    for row in held_rows(lambda text: [r.asdict() for r in g.query(text)], pairs):  # type: ignore[union-attr]
        g.add((row["membership"], VAL.validOn, Literal(str(row["at"]))))
    for row in select(g, "validation_origins.rq"):
        g.add((row["membership"], VAL.comesFrom, row["origin"]))
    for row in select(g, "validation_area_groups.rq"):
        g.add((row["seat"], VAL.areaGroup, row["areaGroup"]))

    seats = seats_of(g)
    slots: list[tuple[URIRef, URIRef | None]] = []
    for seat in seats.values():
        if seat.per_kind is not None:
            slots.extend((seat.iri, o) for o in sorted(g.subjects(RDF.type, seat.per_kind)))  # type: ignore[arg-type]
        else:
            slots.append((seat.iri, None))
    origins: dict[Node, set[Node]] = defaultdict(set)
    for m, origin in g.subject_objects(VAL.comesFrom):
        origins[m].add(origin)
    posts_where: set[tuple[Node, Node, Node]] = set()  # (person, post, where)
    capacity: set[tuple[Node, Node]] = set()  # (membership, post)
    for row in select(g, "validation_post_holders.rq"):
        if row.get("capacityOf") is not None:
            capacity.add((row["capacityOf"], row["post"]))
        else:
            posts_where.add((row["person"], row["post"], row["where"]))

    def holds_post(seat: Seat, m: Node, person: Node, for_org: Node | None) -> bool:
        where = [for_org] if for_org is not None else origins.get(m, ())
        return any((m, post) in capacity or any((person, post, w) in posts_where for w in where)
                   for post in seat.posts)

    candidates: dict[tuple[URIRef, URIRef | None], list[URIRef]] = defaultdict(list)
    for row in select(g, "validation_seat_candidates.rq"):
        seat = seats.get(row["seat"])
        if seat is None or (seat.posts and not holds_post(seat, row["membership"], row["person"], row.get("for"))):
            continue
        candidates[(row["seat"], row.get("for"))].append(row["membership"])
    recency = membership_recency(g)

    def order(m: URIRef) -> tuple[str, str]:
        return (later_first(recency.get(m, "")), str(m))

    by_specificity = sorted(slots, key=lambda s: (-seats[s[0]].specificity, str(s[0]), str(s[1] or "")))
    fills: dict[tuple[URIRef, URIRef | None], list[URIRef]] = {s: [] for s in slots}
    taken: set[URIRef] = set()
    for slot in by_specificity:  # first pass: up to the required count, most specific seats first
        capacity = seats[slot[0]].count
        for m in sorted(set(candidates.get(slot, [])), key=order):
            if m in taken or (capacity is not None and len(fills[slot]) >= capacity):
                continue
            fills[slot].append(m)
            taken.add(m)
    for slot in by_specificity:  # second pass: the rest count on their most specific seat (surplus)
        for m in sorted(set(candidates.get(slot, [])), key=order):
            if m not in taken:
                fills[slot].append(m)
                taken.add(m)
    for (seat_iri, for_org), members in fills.items():
        for m in members:
            g.add((m, VAL.fillsSeat, seat_iri))
            if for_org is not None:
                g.add((m, VAL.seatFor, for_org))
    for seat in seats.values():
        for lang, text in seat_labels(g, seat).items():
            g.add((seat.iri, VAL.label, Literal(text, lang=lang)))
    return Prepass(at=at, seats=seats, fills=fills, slots=slots)


def later_first(iso: str) -> str:
    """A sort key that puts later ISO dates first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in iso) if iso else "\U0010ffff"


# --------------------------------------------------------------------------- labels


def label(g: Graph, node: Node | None, lang: str = "sv") -> str:
    """A readable name for a node: foaf:name, skos:prefLabel or rdfs:label in the language, else the IRI."""
    if node is None:
        return ""
    if isinstance(node, Literal):
        return str(node)
    for prop in (FOAF.name, SKOS.prefLabel, RDFS.label):
        values = list(g.objects(node, prop))
        for v in values:
            if isinstance(v, Literal) and v.language == lang:
                return str(v)
        for v in values:
            if isinstance(v, Literal) and v.language in (None, "sv"):
                return str(v)
    owner = next(iter(g.subjects(ORG.memberDuring, node)), None) or next(iter(g.subjects(LGL.validDuring, node)), None)
    if owner is not None:  # a period: name it by what it is the period of
        return label(g, owner, lang) + " – period"
    text = str(node)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] if "#" in text or "/" in text else text


def area_label(g: Graph, seat: Seat) -> str:
    """The area group the seat is filled from (val:areaGroup, set by the pre-pass), else the area as the
    document writes it (lgl:areaName), else the area's identifier."""
    groups = sorted(set(g.objects(seat.iri, VAL.areaGroup)), key=lambda x: (x == seat.appointed_by, str(x)))
    return label(g, groups[0]) if groups else (seat.area_name or seat.area or "")


def seat_labels(g: Graph, seat: Seat) -> dict[str, str]:
    """The seat as words, in Swedish and English (e.g. "representant från en kommun")."""
    out = {}
    for lang in LANGS:
        words = [label(g, seat.role, lang)]
        if seat.posts:
            joiner = " eller " if lang == "sv" else " or "
            words.append("(" + joiner.join(label(g, p, lang) for p in seat.posts) + ")")
        if seat.from_org is not None:
            words.append(("från " if lang == "sv" else "from ") + label(g, seat.from_org, lang))
        if seat.from_kind is not None:
            words.append(("från en " if lang == "sv" else "from a ") + label(g, seat.from_kind, lang))
        if seat.per_kind is not None:
            words.append(("från varje " if lang == "sv" else "from every ") + label(g, seat.per_kind, lang))
        if seat.area:
            words.append(("för " if lang == "sv" else "for ") + area_label(g, seat))
        if seat.appointed_by is not None:
            words.append(("(utses av " if lang == "sv" else "(appointed by ") + label(g, seat.appointed_by, lang) + ")")
        out[lang] = " ".join(words)
    return out

