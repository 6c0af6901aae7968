"""rdflib's in-memory Dataset: small runs, and the baseline the benchmarks compare against.

Queries without a dataset see the union of the graphs (Dataset(default_union=True): a set, where
Oxigraph's union is a bag; the project's queries give the same answers under both)."""

from __future__ import annotations

from pathlib import Path

from pyparsing import ParseException
from rdflib import Dataset, URIRef
from rdflib.plugins.sparql.sparql import SPARQLError

from .base import Boolean, Graphs, QueryResult, QuerySyntaxError, Solutions, Store, StoreError, Triples
from .spec import Backend, StoreSpec, register
from .terms import from_rdflib

FORMATS = {".trig": "trig", ".nq": "nquads", ".nquads": "nquads", ".ttl": "turtle", ".nt": "nt",
           ".rdf": "xml", ".jsonld": "json-ld"}


class RdflibStore(Store):
    kind = "rdflib"

    def __init__(self, dataset: Dataset | None = None) -> None:
        self.dataset = dataset if dataset is not None else Dataset()

    def _view(self, graphs: Graphs | None) -> Dataset:
        if graphs and graphs.default:
            view = Dataset()
            for iri in graphs.default:
                for t in self.dataset.graph(URIRef(iri)):
                    view.default_graph.add(t)
            for iri in graphs.named:
                target = view.graph(URIRef(iri))
                for t in self.dataset.graph(URIRef(iri)):
                    target.add(t)
            return view
        return Dataset(store=self.dataset.store, default_union=True)

    def query(self, sparql: str, graphs: Graphs | None = None, base_iri: str | None = None) -> QueryResult:
        try:
            result = self._view(graphs).query(sparql, base=base_iri)
        except ParseException as exc:
            raise QuerySyntaxError(f"{exc.msg} at line {exc.lineno}, column {exc.col}") from exc
        except (SPARQLError, ValueError, TypeError) as exc:
            raise StoreError(str(exc)) from exc
        if result.type == "ASK":
            return Boolean(bool(result.askAnswer))
        if result.type == "SELECT":
            variables = [str(v) for v in result.vars]
            rows = ({str(k): from_rdflib(v) for k, v in row.asdict().items()} for row in result)
            return Solutions(variables, rows)
        return Triples((from_rdflib(s), from_rdflib(p), from_rdflib(o)) for s, p, o in result.graph)

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        try:
            self.dataset.update(f"BASE <{base_iri}>\n{sparql}" if base_iri else sparql)
        except ParseException as exc:
            raise QuerySyntaxError(f"{exc.msg} at line {exc.lineno}, column {exc.col}") from exc
        except (SPARQLError, ValueError, TypeError) as exc:
            raise StoreError(str(exc)) from exc

    def load(self, path: Path, replace: bool = False) -> int:
        fmt = FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise StoreError(f"{path}: unknown RDF format {path.suffix!r}")
        if replace:
            self.dataset = Dataset()
        before = self.quad_count()
        # as OxigraphStore.load: triples outside a named graph go into the graph named by the file
        file_graph = URIRef(path.resolve().as_uri())
        if fmt in ("trig", "nquads"):
            self.dataset.parse(path, format=fmt)
            default = self.dataset.default_graph
            if len(default):
                target = self.dataset.graph(file_graph)
                for t in list(default):
                    target.add(t)
                default.remove((None, None, None))
        else:
            self.dataset.graph(file_graph).parse(path, format=fmt)
        return self.quad_count() - before

    def quad_count(self) -> int:
        return sum(len(g) for g in self.dataset.graphs())


def _open(spec: StoreSpec, read_only: bool) -> RdflibStore:
    store = RdflibStore()
    if spec.path is not None:
        store.load(spec.path)
    return store


register(Backend("rdflib", _open, location="file", usage=("rdflib[:FILE]",), library="rdflib"))
