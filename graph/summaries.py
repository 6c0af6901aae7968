"""Precomputed summaries for the whole-country example questions: the named graphs
<base>id/graph/summaries/<kind>, derived from the other graphs by queries/summary_*.rq, written by the build
and rewritten after every update.

Why: the default graph is the engine's union of the named graphs, a bag (a fact stated by n documents is
there n times; docs/architecture.md, "One dataset rule"), so a whole-country question that joins several
patterns multiplies rows, and even its best shape takes seconds at national scale (BENCHMARKS.md,
"Whole-country examples"). A summary holds each answer row once as an entry (lgl:SummaryEntry) with the
ontology's own terms (ontology/lgl.ttl), its place in the question's order (lgl:rank: an integer, which
the engine sorts cheaply, where sorting thousands of names takes it hundreds of milliseconds) and where
it comes from (prov:wasDerivedFrom its lgl:Summary, which names the query recomputing it and the dataset).

The rewrite is one SPARQL update (queries/summary_write.rq): the graphs emptied and every summary
inserted again in one transaction, so a reader sees the old summaries or the new ones, never half.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, Dataset, Literal, URIRef
from rdflib.namespace import PROV
from rdflib.term import Node

from .config import LGL
from .iris import Iris
from .sparql import load_query, render
from .stores.base import Store

#: what runs a SELECT and gives its rows (a Store's select; the server's executor)
Select = Callable[[str], list[dict[str, Node]]]


@dataclass(frozen=True)
class Summary:
    """One summary: its kind (the last part of its IRI), the query computing its rows (in the example's
    order), its name in Swedish and English, the property each column is kept under, the columns naming
    an entry (its IRI is a digest of them), the columns holding a list joined by GROUP_CONCAT (kept with
    the parts sorted: the engine's order varies) and those holding a space-separated list of IRIs (each
    kept as its own triple)."""

    kind: str
    query: str
    label_sv: str
    label_en: str
    columns: dict[str, URIRef]
    key: tuple[str, ...]
    sorted_lists: dict[str, str] = field(default_factory=dict)
    iri_lists: dict[str, URIRef] = field(default_factory=dict)


SUMMARIES = (
    Summary("kommun-participation", "summary_kommun_participation.rq",
            "Deltagande per kommun och möte", "Participation per municipality and meeting",
            {"kommun": LGL.municipalityName, "meeting": LGL.meetingName, "people": LGL.peopleCount},
            ("kommun", "meeting")),
    Summary("people-in-several-organisations", "summary_people_in_several_organisations.rq",
            "Personer i flera organisationer", "People in several organisations",
            {"p": LGL.person, "organisations": LGL.organisationCount, "where": LGL.organisationNames},
            ("p",), {"where": " | "}, {"orgs": LGL.inOrganisation}),
    Summary("replacements", "summary_replacements.rq",
            "Ersättare: vem ersatte vem, var och när", "Replacements: who replaced whom, where and when",
            {"new": LGL.replacement, "date": LGL.decisionDate, "group": LGL.groupName,
             "newMember": LGL.newMemberName, "replaced": LGL.replacedName, "seatOrigin": LGL.seatOriginName},
            ("new", "date", "group", "newMember", "replaced", "seatOrigin")),
)


def _entries(summary: Summary, node: URIRef, rows: list[dict[str, Node]]) -> Iterator[tuple[Node, Node, Node]]:
    for rank, row in enumerate(rows):
        key = "\n".join(f"{k}={row[k].n3()}" for k in summary.key if row.get(k) is not None)
        entry = URIRef(f"{node}/{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}")
        yield entry, RDF.type, LGL.SummaryEntry
        yield entry, PROV.wasDerivedFrom, node
        yield entry, LGL.rank, Literal(rank)
        for column, prop in summary.columns.items():
            value = row.get(column)
            if value is not None and column in summary.sorted_lists:
                sep = summary.sorted_lists[column]
                value = Literal(sep.join(sorted(str(value).split(sep))), lang=value.language, datatype=value.datatype)
            if value is not None:
                yield entry, prop, value
        for column, prop in summary.iri_lists.items():
            for value in str(row.get(column) or "").split():
                yield entry, prop, URIRef(value)


def quads(select: Select, base: str) -> list[tuple[Node, Node, Node, URIRef]]:
    """Every summary of the dataset built under `base` that `select` reads, each in its own graph:
    described (what it is, the query recomputing it, the dataset it is derived from) and its entries."""
    iris = Iris(base)
    out: list[tuple[Node, Node, Node, URIRef]] = []
    for s in SUMMARIES:
        node, graph = iris.summary(s.kind), iris.summaries_graph(s.kind)
        found = [(node, RDF.type, LGL.Summary), (node, RDFS.label, Literal(s.label_sv, lang="sv")),
                 (node, RDFS.label, Literal(s.label_en, lang="en")),
                 (node, LGL.recomputedBy, Literal("queries/" + s.query)),
                 (node, PROV.wasDerivedFrom, iris.dataset()),
                 *_entries(s, node, select(load_query(s.query)))]
        out += [(*t, graph) for t in found]
    return out


def graphs(base: str) -> list[URIRef]:
    """The summaries' graphs of a dataset built under `base`."""
    return [Iris(base).summaries_graph(s.kind) for s in SUMMARIES]


def update_text(select: Select, base: str) -> str:
    """The SPARQL update rewriting the summaries' graphs from what `select` reads now."""
    rows = [(g, s, p, o) for s, p, o, g in quads(select, base)]
    return render("summary_write.rq", values={"g": graphs(base), ("g", "s", "p", "o"): rows})


def recompute(store: Store, base: str) -> None:
    """Rewrite the summaries' graphs of `store` (a dataset built under `base`) from its other graphs."""
    store.update(update_text(store.select, base))


def add_to_dataset(ds: Dataset, base: str) -> int:
    """Compute the summaries of an rdflib dataset (the build's, before it is written) in an in-memory
    store and add their graphs to it, so every store loaded from the build's file has them; returns the
    number of triples added."""
    import tempfile

    from .stores.oxigraph_store import OxigraphStore

    store = OxigraphStore(None)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dataset.nq"
        ds.serialize(destination=str(path), format="nquads", encoding="utf-8")
        store.load(path)
    found = quads(store.select, base)
    store.close()
    for s, p, o, g in found:
        ds.graph(g).add((s, p, o))
    return len(found)


def append_to_file(path: Path, base: str) -> int:
    """Compute the summaries of an N-Quads file holding no summaries yet (e.g. the real graph built with
    `summaries=False` followed by synthetic data) in an in-memory store, and append their quads to the
    file; returns how many were appended."""
    from .stores.oxigraph_store import OxigraphStore

    store = OxigraphStore(None)
    store.load(path)
    found = quads(store.select, base)
    store.close()
    ds = Dataset()
    for s, p, o, g in found:
        ds.graph(g).add((s, p, o))
    with path.open("a", encoding="utf-8") as fh:
        fh.write(ds.serialize(format="nquads"))  # N-Quads escapes (a Literal's n3() may use triple quotes)
    return len(found)
