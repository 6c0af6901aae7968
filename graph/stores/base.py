"""The store interface the build, validation, server and visualisations use."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .terms import Term, to_rdflib

if TYPE_CHECKING:  # rdflib is imported where a Graph is built: a query worker never loads it
    from rdflib import Graph
    from rdflib.term import Node


class StoreError(Exception):
    """The store failed (I/O, remote endpoint down, ...)."""


class QuerySyntaxError(StoreError):
    """The query or update does not parse; message says what and where."""


@dataclass
class Solutions:
    """SELECT results: variable names and rows (variable -> term; unbound variables absent)."""

    variables: list[str]
    rows: Iterator[dict[str, Term]]
    native: object = None  # native(fmt, sink): the engine writes the answer itself (json/xml/csv/tsv; results.py)


@dataclass
class Boolean:
    """ASK result."""

    value: bool


@dataclass
class Triples:
    """CONSTRUCT / DESCRIBE results."""

    triples: Iterator[tuple[Term, Term, Term]]


QueryResult = Solutions | Boolean | Triples


@dataclass
class Graphs:
    """The RDF dataset a query runs over (SPARQL protocol default-graph-uri / named-graph-uri).

    With neither given, the default graph is the union of all graphs, provided by the engine (the one
    dataset rule: our data live in named graphs, one per source document, plus the people and the
    ontology graphs; the union is a bag on Oxigraph and Virtuoso, a set on rdflib, so every query the
    project runs gives the same answer under both), and every named graph is available to GRAPH.
    """

    default: Sequence[str] = field(default_factory=list)
    named: Sequence[str] = field(default_factory=list)


class Store(ABC):
    """A SPARQL 1.1 store. Implementations: embedded Oxigraph, rdflib in memory, remote endpoint."""

    kind: str = "store"

    @abstractmethod
    def query(self, sparql: str, graphs: Graphs | None = None, base_iri: str | None = None) -> QueryResult:
        """Run a SPARQL query; without `graphs` its default graph is the union of the named graphs.
        Raise QuerySyntaxError when it does not parse."""

    @abstractmethod
    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """Run a SPARQL 1.1 Update as it is, in one transaction where the engine has them (nothing is
        added to keep a default graph: the engine's union is the default graph); raise
        QuerySyntaxError when it does not parse."""

    @abstractmethod
    def load(self, path: Path, replace: bool = False) -> int:
        """Load a TriG / N-Quads / Turtle file, its graphs kept as they are (a plain bulk load: no copy
        into the default graph); with replace, clear first. Returns quads."""

    @abstractmethod
    def quad_count(self) -> int:
        """How many quads the store holds."""

    def close(self) -> None:  # noqa: B027 - optional for backends that hold resources
        """Release resources (files, connections)."""

    def dump(self, out: BinaryIO, syntax: str, prefixes: dict[str, str] | None = None) -> bool:
        """Write every named graph (the data; not the store's own default graph) to `out` in `syntax`
        ("nquads" or "trig", `prefixes` used by TriG) with the engine's own writer, from one snapshot.
        False when this store cannot (nothing written): the caller reads the graphs through SPARQL."""
        return False

    def upgrade(self) -> str | None:
        """Bring a store written by an older version to the one dataset rule (e.g. drop the merged
        copy of the named graphs it kept in its default graph); what was done, or None."""
        return None

    # conveniences for Python code ----------------------------------------------
    def select(self, sparql: str) -> list[dict[str, Node]]:
        """SELECT rows as {variable: rdflib term}, over the union of all graphs."""
        result = self.query(sparql)
        if not isinstance(result, Solutions):
            raise StoreError("select() needs a SELECT query")
        return [{k: to_rdflib(v) for k, v in row.items()} for row in result.rows]

    def ask(self, sparql: str) -> bool:
        result = self.query(sparql)
        if not isinstance(result, Boolean):
            raise StoreError("ask() needs an ASK query")
        return result.value

    def construct(self, sparql: str) -> Graph:
        result = self.query(sparql)
        if not isinstance(result, Triples):
            raise StoreError("construct() needs a CONSTRUCT or DESCRIBE query")
        from rdflib import Graph

        g = Graph()
        for s, p, o in result.triples:
            g.add((to_rdflib(s), to_rdflib(p), to_rdflib(o)))
        return g

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()



def dump_to_file(store: Store, path: str, syntax: str, prefixes: dict[str, str] | None = None,
                 compress: bool = False) -> bool:
    """`store.dump` into the file at `path` (created by the caller, who may read it while it grows),
    gzip-compressed (level 6, no timestamp: the same data gives the same bytes) if `compress`. False,
    with nothing written, when the store cannot dump (Store.dump)."""
    import gzip

    with open(path, "r+b") as raw:
        if not compress:
            return store.dump(raw, syntax, prefixes)
        with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0) as packed:
            if store.dump(packed, syntax, prefixes):
                return True
        raw.truncate(0)  # the empty gzip member written on close
        return False
