"""A person's posts and memberships, or a body's members, over time: one record per membership (role,
organisation, person and name, dates, the titles the documents give it, how it began or ended), as the
person, organisation and membership pages show them.

Asked in small queries (queries/membership_facts.rq, membership_dates.rq, membership_names.rq), each a
few DISTINCT steps with no OPTIONAL, and combined here: the one-query form (tests/fixtures/queries/
person_memberships_slow.rq and org_members_slow.rq, and a DISTINCT-first form of them) joined a dozen
optional subqueries, which Virtuoso 7.2 once answered wrongly (one membership's end date given as
"before"). Where the documents give a membership more than one value of a property meant to have one,
the record takes the least (the former SAMPLE took any: engines differed)."""

from __future__ import annotations

import typing
from collections import defaultdict
from collections.abc import Callable

from rdflib import Literal, URIRef
from rdflib.namespace import ORG, TIME
from rdflib.term import Node

from .config import LGL
from .sparql import iri, render

Select = Callable[[str], list[dict[str, Node]]]
#: whose memberships: a person's, or an organisation's or body's members
Side = typing.Literal["person", "org"]

#: record keys of the facts that have one value (the least when the documents give several)
ONE = {ORG.organization: "org", ORG.role: "role", ORG.member: "person", LGL.acting: "acting",
       LGL.representing: "representing", LGL.startedBy: "startedBy", LGL.endedBy: "endedBy"}
#: record keys of the dates: the earliest beginning, the latest end, the earliest "ended before"
DATES = {TIME.hasBeginning: ("begin", min), TIME.hasEnd: ("end", max), TIME.before: ("before", min)}
#: what every record must have (the others may be absent)
REQUIRED = {"person": ("person", "org", "role"), "org": ("org", "role", "person", "name")}


def _order(node: Node) -> tuple[str, str]:
    return (type(node).__name__, str(node))


def memberships(select: Select, this: str, side: Side) -> list[dict[str, Node]]:
    """The memberships of the person `this` (side "person") or of the organisation or body `this`
    (side "org"): one dict per membership with the keys membership, org, role, person (and name on
    the org side), and where known acting, representing, startedBy, endedBy, begin, end, before,
    observed (the dates it was seen on, space-separated) and titles ("|"-separated); dates and lists
    as plain literals. Sorted by membership."""
    params = {"this": iri(this)}  # the queries take both sides; the records of the other are left out below
    facts: dict[str, dict[str, list[Node]]] = defaultdict(lambda: defaultdict(list))
    for r in select(render("membership_facts.rq", **params)):
        key = ONE.get(r["key"]) or ("titles" if r["key"] == LGL.title else None)  # type: ignore[call-overload]
        if key:
            facts[str(r["membership"])][key].append(r["value"])
    dates: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for r in select(render("membership_dates.rq", **params)):
        dates[str(r["membership"])][str(r["kind"])].append(str(r["date"]))
    names: dict[str, str] = {}
    if side == "org":
        for r in select(render("membership_names.rq", **params)):
            person = str(r["person"])
            names[person] = min(names.get(person, str(r["name"])), str(r["name"]))
    records = []
    for membership in sorted(facts):
        found = facts[membership]
        record: dict[str, Node] = {"membership": URIRef(membership)}
        for key, values in found.items():
            if key != "titles":
                record[key] = min(values, key=_order)
        if found.get("titles"):
            record["titles"] = Literal("|".join(sorted({str(t) for t in found["titles"]})))
        if side == "org" and str(record.get("person")) in names:
            record["name"] = Literal(names[str(record["person"])])
        when = dates.get(membership, {})
        for kind, (key, pick) in DATES.items():
            if when.get(str(kind)):
                record[key] = Literal(pick(when[str(kind)]))
        if when.get(str(TIME.inside)):
            record["observed"] = Literal(" ".join(sorted(set(when[str(TIME.inside)]))))
        if all(k in record for k in REQUIRED[side]) and str(record[side]) == this:
            records.append(record)
    return records
