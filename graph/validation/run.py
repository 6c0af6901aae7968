"""Running a validation: load the shapes and ontology, the pre-pass, then pySHACL; the `Run` it gives.

1. The data graph is the union of the dataset's graphs (queries/validation_data.rq), a DataGraph
   (graph/validation/datagraph.py) whose SPARQL runs on an in-memory Oxigraph copy.
2. The pre-pass (graph/validation/prepass.py) adds what "as of D" means, as val: triples: which
   memberships hold on D, where their holders come from, which seat each fills.
3. pySHACL runs the shapes over it (graph/validation/shacl.py, `run_shacl`): structure and time
   (sh:Violation), composition (unfilled or over-filled seats: sh:Warning, the documents may be
   incomplete), consistency; a query no engine runs makes the run incomplete, never "conforms".
The report (graph/validation/report.py) reads the SHACL results and the pre-pass triples; one
structure alone is validated through graph/validation/scope.py.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph

from .. import config
from ..collector import collector_paused
from ..sparql import load_query
from ..stores.base import Store
from .datagraph import DataGraph
from .prepass import Prepass, prepare
from .shacl import QueryError, run_shacl


def load_shapes(shapes_dir: Path = config.SHAPES_DIR) -> Graph:
    """All shapes (shapes/*.ttl) in one graph."""
    g = Graph()
    for path in sorted(shapes_dir.glob("*.ttl")):
        g.parse(path, format="turtle")
    return g


def load_ontology(ontology_dir: Path = config.ONTOLOGY_DIR) -> Graph:
    g = Graph()
    for path in sorted(ontology_dir.glob("*.ttl")):
        g.parse(path, format="turtle")
    return g


def data_graph(store: Store) -> DataGraph:
    """The union of the store's graphs, as one rdflib graph."""
    g = DataGraph()
    for t in store.construct(load_query("validation_data.rq")):
        g.add(t)
    return g



@dataclass
class Run:
    """One validation: the data graph with the pre-pass, pySHACL's answer, and how long each step took."""

    at: dt.date
    graph: Graph
    prepass: Prepass
    conforms: bool
    results: Graph
    seconds: dict[str, float] = field(default_factory=dict)  # load, prepass, shacl, total
    shapes: Graph | None = None
    scope: str | None = None  # the body --scope named, if the run validated one structure
    errors: list[QueryError] = field(default_factory=list)  # SHACL queries that could not run
    rdflib_calls: int = 0  # SHACL queries answered by rdflib instead of Oxigraph (see DataGraph)

    @property
    def complete(self) -> bool:
        """Whether every SHACL query ran (else `conforms` is False and the run says it is incomplete)."""
        return not self.errors


def validate_graph(g: Graph, at: dt.date, shapes: Graph | None = None, ontology: Graph | None = None,
                   oxigraph: bool = True, per_value_node: bool = False) -> Run:
    """Validate a data graph (modified in place: the pre-pass triples are added) as of a date.

    Use a DataGraph: its SPARQL (pre-pass, SPARQL targets and constraints) runs on an Oxigraph copy
    (`oxigraph=False`: on rdflib, each text parsed once, many times slower; a plain Graph works too).
    `per_value_node`: pySHACL evaluates each shape per value node, as it does alone (see `run_shacl`).
    """
    with collector_paused():
        return _validate_graph(g, at, shapes, ontology, oxigraph, per_value_node)


def _validate_graph(g: Graph, at: dt.date, shapes: Graph | None, ontology: Graph | None, oxigraph: bool,
                    per_value_node: bool) -> Run:
    start = time.perf_counter()
    # the ontology and the role vocabulary belong to the data (class axioms for sh:class, roles and
    # their labels): a dataset built by `samverkan build` has them already; add them in case not
    ontology = ontology if ontology is not None else load_ontology()
    if isinstance(g, DataGraph):
        g.add_triples(ontology)
    else:
        for t in ontology:
            g.add(t)
    if isinstance(g, DataGraph) and oxigraph:
        g.use_oxigraph()
    pre = prepare(g, at)
    middle = time.perf_counter()
    shapes = shapes if shapes is not None else load_shapes()
    shacl = run_shacl(g, shapes, per_value_node=per_value_node)
    end = time.perf_counter()
    return Run(at=at, graph=g, prepass=pre, conforms=shacl.conforms, results=shacl.results, shapes=shapes,
               seconds={"prepass": middle - start, "shacl": end - middle, "total": end - start},
               errors=shacl.errors, rdflib_calls=getattr(g, "rdflib_calls", 0))


def graph_from_file(path: Path) -> DataGraph:
    """The union of the graphs in a dataset file (TriG, N-Quads, Turtle...), read as written.

    (Read with rdflib, not through Oxigraph, which keeps derived integer types as xsd:integer.)
    """
    from rdflib import Dataset

    from ..stores.rdflib_store import FORMATS

    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"{path}: unknown RDF format {path.suffix!r}")
    ds = Dataset()
    ds.parse(path, format=fmt)
    return graph_from_dataset(ds)


def graph_from_dataset(ds: Any) -> DataGraph:
    """The union of the graphs of an rdflib Dataset (e.g. what `build()` returns), as one DataGraph."""
    g = DataGraph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def run_validation(g: Graph, at: dt.date, load_seconds: float = 0.0) -> Run:
    """validate_graph, with the seconds it took to load the data counted in the run's times."""
    run = validate_graph(g, at)
    run.seconds = {"load": load_seconds, **run.seconds, "total": load_seconds + run.seconds["total"]}
    return run



def validate_store(store: Store, at: dt.date) -> Run:
    """Validate everything a store holds, as of a date."""
    with collector_paused():
        start = time.perf_counter()
        g = data_graph(store)
        return run_validation(g, at, time.perf_counter() - start)

