"""What changed since the previous build: change entries (people, memberships, meetings and decisions
added or removed, memberships ended, member replacements), carried from build to build in the named
graph <base>id/graph/changes, so the log travels with the data to any engine.

The build (graph/build.py) reads the previous build's output file, compares the two datasets
(`snapshot` of each, `diff`) and writes the previous log plus the new entries (`record`). Each entry is
an ActivityStreams 2.0 activity (`as:Activity`) with

- `dct:type` its kind (a code of KINDS: "membership-ended", "replacement", ...),
- `as:object` the resource (for a replacement: the new membership; `as:origin` the one it replaces,
  `as:instrument` the decision),
- `as:published` the build's date (xsd:date), `dct:source` the source document that brought it,
- `as:summary` a readable line in Swedish and English, written from the names in the data at the time
  (so a removed resource is still named).

The first build (no previous dataset) records no entries: there is nothing to compare with. Facts of
an entry are derived from the two datasets alone.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, SKOS, XSD

from .config import LGL, ORG, TIME
from .iris import ID_PATH, Iris, base_from_space

AS = Namespace("https://www.w3.org/ns/activitystreams#")

#: The kinds of resource followed, by the class that makes one.
TRACKED: dict[str, URIRef] = {"person": FOAF.Person, "membership": ORG.Membership, "meeting": LGL.Meeting,
                              "decision": LGL.Decision}
#: Every kind of change entry: code -> (Swedish, English) name.
KINDS: dict[str, tuple[str, str]] = {
    "person-added": ("Ny person", "New person"),
    "person-removed": ("Person borttagen", "Person removed"),
    "membership-added": ("Nytt uppdrag", "New membership"),
    "membership-ended": ("Uppdrag avslutat", "Membership ended"),
    "membership-removed": ("Uppdrag borttaget", "Membership removed"),
    "meeting-added": ("Nytt möte", "New meeting"),
    "meeting-removed": ("Möte borttaget", "Meeting removed"),
    "decision-added": ("Nytt beslut", "New decision"),
    "decision-removed": ("Beslut borttaget", "Decision removed"),
    "replacement": ("Ersättare", "Replacement"),
}


@dataclass
class Snapshot:
    """The followed facts of one dataset: resources per kind, ended memberships, replacements (new, old)
    with their decisions, and which document graphs state each resource."""

    base: str
    resources: dict[str, set[URIRef]] = field(default_factory=lambda: defaultdict(set))
    ended: dict[URIRef, URIRef] = field(default_factory=dict)  # membership -> graph stating its end
    replacements: dict[tuple[URIRef, URIRef], URIRef] = field(default_factory=dict)  # (new, old) -> graph
    started_by: dict[URIRef, URIRef] = field(default_factory=dict)  # membership -> decision starting it
    sources: dict[URIRef, set[URIRef]] = field(default_factory=lambda: defaultdict(set))  # resource -> docs
    documents: set[URIRef] = field(default_factory=set)
    labels: dict[tuple[URIRef, str], str] = field(default_factory=dict)  # (resource, lang) -> best label
    links: dict[tuple[URIRef, URIRef], URIRef] = field(default_factory=dict)  # (resource, predicate) -> object


_LABELS = (FOAF.name, SKOS.prefLabel, DCTERMS.title, RDFS.label)
_LINKS = (ORG.member, ORG.organization)


def snapshot(ds: Dataset, base: str) -> Snapshot:
    """The followed facts of a dataset built under `base` (one pass over its quads)."""
    snap = Snapshot(base)
    space, docs = base + ID_PATH, base + ID_PATH + "doc/"
    rank: dict[tuple[URIRef, str], int] = {}
    for s, p, o, g in ds.quads((None, None, None, None)):
        graph = g.identifier if hasattr(g, "identifier") else g
        in_doc = str(graph).startswith(docs)
        if in_doc:
            snap.documents.add(graph)
            snap.sources[s].add(graph)
            if isinstance(o, URIRef):
                snap.sources[o].add(graph)
        if p == RDF.type and str(s).startswith(space):
            for kind, cls in TRACKED.items():
                if o == cls:
                    snap.resources[kind].add(s)
        elif p == TIME.hasEnd and str(s).endswith("/period"):
            snap.ended.setdefault(URIRef(str(s)[: -len("/period")]), graph)
        elif p == LGL.replaces:
            snap.replacements.setdefault((s, o), graph)
        elif p == LGL.startsMembership:
            snap.started_by[o] = s
        elif p in _LINKS:
            snap.links[(s, p)] = o
        elif p in _LABELS and isinstance(o, Literal):
            for lang in ("sv", "en"):
                r = _LABELS.index(p) * 3 + (0 if o.language == lang else 1 if not o.language else 2)
                key = (s, lang)
                if key not in rank or (r, str(o)) < (rank[key], snap.labels[key]):
                    rank[key], snap.labels[key] = r, str(o)
    snap.ended = {m: g for m, g in snap.ended.items() if m in snap.resources["membership"]}
    return snap


@dataclass(frozen=True)
class Change:
    """One entry: its kind, the resource, the document that brought it, and for a replacement the
    membership replaced and the decision; summaries in Swedish and English."""

    kind: str
    resource: URIRef
    source: URIRef | None
    summary_sv: str
    summary_en: str
    replaced: URIRef | None = None
    decision: URIRef | None = None


def _name(snap: Snapshot, x: URIRef, lang: str) -> str:
    return snap.labels.get((x, lang)) or str(x).rsplit("/", 1)[-1]


def _source(snap: Snapshot, x: URIRef, before: Snapshot | None) -> URIRef | None:
    """The document that brought x: one new since the previous build if any, else the first that states it."""
    docs = sorted(snap.sources.get(x, ()), key=str)
    fresh = [d for d in docs if before is None or d not in before.documents]
    return (fresh or docs or [None])[0]


def diff(before: Snapshot | None, after: Snapshot) -> list[Change]:
    """The changes from `before` (None: the first build, nothing to compare) to `after`, sorted by kind
    and resource."""
    if before is None:
        return []
    out: list[Change] = []
    for kind in TRACKED:
        sv_label, en_label = KINDS[f"{kind}-added"]
        for x in after.resources[kind] - before.resources[kind]:
            out.append(Change(f"{kind}-added", x, _source(after, x, before), f"{sv_label}: {_name(after, x, 'sv')}",
                              f"{en_label}: {_name(after, x, 'en')}"))
        sv_label, en_label = KINDS[f"{kind}-removed"]
        for x in before.resources[kind] - after.resources[kind]:
            out.append(Change(f"{kind}-removed", x, _source(before, x, None),
                              f"{sv_label}: {_name(before, x, 'sv')}", f"{en_label}: {_name(before, x, 'en')}"))
    sv_label, en_label = KINDS["membership-ended"]
    for m, graph in after.ended.items():
        if m not in before.ended:
            src = graph if str(graph).startswith(after.base + ID_PATH + "doc/") else _source(after, m, before)
            out.append(Change("membership-ended", m, src, f"{sv_label}: {_name(after, m, 'sv')}",
                              f"{en_label}: {_name(after, m, 'en')}"))
    for (new, old), graph in after.replacements.items():
        if (new, old) in before.replacements:
            continue
        who_new = after.links.get((new, ORG.member), new)
        who_old = after.links.get((old, ORG.member), old)
        org = after.links.get((new, ORG.organization)) or after.links.get((old, ORG.organization))
        in_sv = f" i {_name(after, org, 'sv')}" if org is not None else ""
        in_en = f" in {_name(after, org, 'en')}" if org is not None else ""
        out.append(Change("replacement", new, graph,
                          f"{_name(after, who_new, 'sv')} ersätter {_name(after, who_old, 'sv')}{in_sv}",
                          f"{_name(after, who_new, 'en')} replaces {_name(after, who_old, 'en')}{in_en}",
                          replaced=old, decision=after.started_by.get(new)))
    return sorted(out, key=lambda c: (c.kind, str(c.resource), str(c.replaced or "")))


def record(ds: Dataset, base: str, build_date: str, previous: Dataset | None,
           previous_base: str | None = None) -> list[Change]:
    """Write the change log into ds's graph <base>id/graph/changes: the previous dataset's log as it
    stands, plus the changes from it to ds dated `build_date` (ISO). Returns the new entries."""
    iris = Iris(base)
    after = snapshot(ds, base)
    if previous is not None and previous_base is None:
        previous_base = base_of(previous)
    before = snapshot(previous, previous_base or base) if previous is not None else None
    changes = diff(before, after)
    log = ds.graph(iris.changes_graph())
    if previous is not None:
        for s, p, o in previous.graph(Iris(previous_base or base).changes_graph()):
            log.add((s, p, o))
    created = next(iter(log.objects(iris.changes_graph(), DCTERMS.created)), None)
    if created is None:
        log.add((iris.changes_graph(), DCTERMS.created, Literal(build_date, datatype=XSD.date)))
    for c in changes:
        e = iris.change(build_date, c.kind, f"{c.resource} {c.replaced or ''}")
        log.add((e, RDF.type, AS.Activity))
        log.add((e, DCTERMS.type, Literal(c.kind)))
        log.add((e, AS.object, c.resource))
        log.add((e, AS.published, Literal(build_date, datatype=XSD.date)))
        log.add((e, AS.summary, Literal(c.summary_sv, lang="sv")))
        log.add((e, AS.summary, Literal(c.summary_en, lang="en")))
        if c.source is not None:
            log.add((e, DCTERMS.source, c.source))
        if c.replaced is not None:
            log.add((e, AS.origin, c.replaced))
        if c.decision is not None:
            log.add((e, AS.instrument, c.decision))
    return changes


def base_of(ds: Dataset) -> str | None:
    """The base a dataset was built under, from its description's void:uriSpace (<base>id/), if it has one."""
    for space in ds.objects(None, URIRef("http://rdfs.org/ns/void#uriSpace")):
        with contextlib.suppress(ValueError):
            return base_from_space(str(space))
    return None


def read_previous(path: Path) -> Dataset | None:
    """The dataset a previous build wrote to `path` (TriG or N-Quads), or None when there is none."""
    if not path.is_file():
        return None
    ds = Dataset()
    ds.parse(path, format="trig" if path.suffix.lower() == ".trig" else "nquads")
    return ds
