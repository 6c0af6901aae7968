"""Embedded Oxigraph (pyoxigraph): on disk (persistent) or in memory.

The one dataset rule (README, "The default graph"): the data are named graphs, and a query without a
dataset sees their union as its default graph, the engine's own (``use_default_graph_as_union``: a bag,
a triple held by two graphs is seen twice). Nothing is copied into the store's default graph: load()
is a bulk load of the file, update() runs the user's update alone, in one transaction.
"""

from __future__ import annotations

import contextlib
import itertools
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from .base import Boolean, Graphs, QueryResult, QuerySyntaxError, Solutions, Store, StoreError, Triples
from .spec import Backend, StoreSpec, register
from .syntax import rdf_format
from .terms import Term, from_oxigraph, to_oxigraph

#: How many quads of each side the check for an old store's merged copy compares.
_OLD_COPY_SAMPLE = 64
#: Drops from the default graph the triples a named graph also holds: the copy older versions kept.
DROP_OLD_COPY = "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER EXISTS { GRAPH ?g { ?s ?p ?o } } }"


_RESULTS_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                    "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}

#: The dataset syntaxes dump() writes, by the short names the server uses.
_DUMP_FORMATS = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}


def _graph(iri: str) -> ox.NamedNode | ox.DefaultGraph:
    return ox.DefaultGraph() if iri in ("", "urn:x-arq:DefaultGraph") else ox.NamedNode(iri)


class OxigraphStore(Store):
    kind = "oxigraph"

    def __init__(self, path: Path | None, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        #: queries without a dataset see the union of the graphs (False only for an old store read as it is)
        self.union_default = True
        #: seconds of the last load's stages ("bulk load", "compaction"), for the build's output and the bench
        self.last_load: dict[str, float] = {}
        try:
            if path is None:
                self.store = ox.Store()
            elif read_only:
                self.store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(path))
        except OSError as exc:
            raise StoreError(f"cannot open Oxigraph store at {path}: {exc}") from exc
        if path is not None:
            self._upgrade_old_store()

    # stores written before the one dataset rule ----------------------------------------------------
    def holds_old_default_copy(self) -> bool:
        """Whether the store's own default graph holds the merged copy of the named graphs that
        versions before the one dataset rule wrote (checked on samples of both sides: cheap)."""
        default = ox.DefaultGraph()
        sample = list(itertools.islice(self.store.quads_for_pattern(None, None, None, default), _OLD_COPY_SAMPLE))
        if not sample:
            return False
        for q in sample:
            holders = self.store.quads_for_pattern(q.subject, q.predicate, q.object, None)
            if not any(not isinstance(h.graph_name, ox.DefaultGraph) for h in holders):
                return False
        graph = next(iter(self.store.named_graphs()), None)
        if graph is None:
            return False
        for q in itertools.islice(self.store.quads_for_pattern(None, None, None, graph), _OLD_COPY_SAMPLE):
            if next(self.store.quads_for_pattern(q.subject, q.predicate, q.object, default), None) is None:
                return False
        return True

    def drop_old_default_copy(self) -> int:
        """Remove from the default graph every triple a named graph also holds (one transaction);
        returns how many quads went."""
        before = len(self.store)
        self.store.update(DROP_OLD_COPY)
        self.store.flush()
        with contextlib.suppress(OSError):
            self.store.optimize()
        return before - len(self.store)

    def _upgrade_old_store(self) -> None:
        """An on-disk store written by an older version keeps a merged copy of its named graphs in its
        default graph, which the union would show a second time. Until the copy goes, the store is
        read as it is (its default graph: the old merge, each triple once). Opened for writing, the
        copy goes at the first write: dropped by upgrade() (before an update), or cleared with the
        rest by load(replace=True); opened read-only, the user is told how to upgrade it."""
        if not self.holds_old_default_copy():
            return
        self.union_default = False
        if self.read_only:
            print(f"{self.path}: this store was written by an older samverkan (its default graph holds a copy "
                  "of the named graphs) and is read as it is. Rebuild it (samverkan build --store "
                  f"oxigraph:{self.path}) or make one update through the server to drop the copy.",
                  file=sys.stderr)

    def upgrade(self) -> str | None:
        """Drop the merged copy an older version kept in the default graph, if the store has one (once;
        a store opened for writing). Says what was done, or None when there was nothing to do."""
        if self.union_default or self.read_only:
            return None
        removed = self.drop_old_default_copy()
        self.union_default = True
        message = (f"{self.path}: dropped the merged copy of the named graphs that an older samverkan kept in "
                   f"the default graph ({removed:,} quads); queries see the union of the named graphs")
        print(message, file=sys.stderr)
        return message

    def query(self, sparql: str, graphs: Graphs | None = None, base_iri: str | None = None) -> QueryResult:
        # Without a protocol dataset the default graph is the engine's union of all graphs (a bag).
        kwargs: dict = {"base_iri": base_iri}
        if not (graphs and graphs.default) and self.union_default:
            kwargs["use_default_graph_as_union"] = True
        if graphs and graphs.default:
            kwargs["default_graph"] = [_graph(g) for g in graphs.default]
        if graphs and graphs.named:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in graphs.named]
        elif graphs and graphs.default:
            kwargs["named_graphs"] = []
        try:
            result = self.store.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except (OSError, ValueError, RuntimeError) as exc:
            raise StoreError(str(exc)) from exc
        if isinstance(result, ox.QueryBoolean):
            return Boolean(bool(result))
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]

            def rows() -> object:
                for solution in result:
                    row = {}
                    for name in variables:
                        term = solution[name]
                        if term is not None:
                            row[name] = from_oxigraph(term)
                    yield row

            def write(fmt: str, sink: object) -> None:  # the engine writes the answer itself (SPARQL results)
                result.serialize(sink, _RESULTS_FORMATS[fmt])

            return Solutions(variables, rows(), native=write)  # rows() or write(): one of them
        return Triples((from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object))
                       for t in result)

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """Run the user's update alone: Oxigraph applies it in one transaction (all of it or none).
        Its WHERE patterns outside GRAPH match the store's own default graph (which holds nothing
        but what an update put there): an update that reads the data says GRAPH ?g { ... }.
        (A store written by an older version is upgraded first, in a transaction of its own.)"""
        self.upgrade()
        try:
            self.store.update(sparql, base_iri=base_iri)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except (OSError, ValueError, RuntimeError) as exc:
            raise StoreError(str(exc)) from exc
        if self.path is not None:
            self.store.flush()

    def load(self, path: Path, replace: bool = False, trusted: bool = False, compact: bool = True) -> int:
        """Bulk-load a file as it is: a dataset (TriG, N-Quads) keeps its named graphs; the triples of
        a file without graphs (Turtle, N-Triples, ...) and any default-graph triples of a dataset go
        into a named graph named by the file's URI (file:///...), so the data are named graphs only
        and the store's own default graph stays empty (what every engine's union agrees on).
        `trusted`: the file was written by this program's own serialiser (the build's output), so
        Oxigraph's parser skips re-checking every IRI (lenient: ~20% less CPU at national scale).
        `compact` (on disk): flush and compact at the end (compact()); False leaves it to the caller.
        Returns how many quads the store gained; the seconds of each stage are in `last_load`."""
        fmt = rdf_format(path)
        started = time.perf_counter()
        if replace:
            self.store.clear()
            self.union_default = True  # an old store's copy went with the rest
        else:
            self.upgrade()
        before = len(self.store) if not replace else 0
        file_graph = ox.NamedNode(path.resolve().as_uri())
        try:
            if fmt.supports_datasets:
                self.store.bulk_load(path=str(path), format=fmt, lenient=trusted)
                if next(self.store.quads_for_pattern(None, None, None, ox.DefaultGraph()), None) is not None:
                    self.store.update(f"ADD DEFAULT TO {file_graph} ; DROP DEFAULT")
            else:
                self.store.bulk_load(path=str(path), format=fmt, to_graph=file_graph, lenient=trusted)
        except (SyntaxError, OSError, ValueError) as exc:
            raise StoreError(f"{path}: {exc}") from exc
        self.last_load = {"bulk load": time.perf_counter() - started}
        if compact:
            self.compact()
        return len(self.store) - before

    def compact(self) -> None:
        """Flush and compact an on-disk store (RocksDB's optimize; nothing for a store in memory). The
        bulk loader writes unsorted files that RocksDB only compacts when asked (a store opened
        read-only, as the server's workers open it, never does): without it, queries that scan much
        of a national graph are 2.5-3x slower (measured: `samverkan bench --only storeload`)."""
        if self.path is None:
            return
        started = time.perf_counter()
        try:
            self.store.flush()
            self.store.optimize()
        except OSError as exc:
            raise StoreError(f"{self.path}: {exc}") from exc
        self.last_load["compaction"] = time.perf_counter() - started

    def dump(self, out: BinaryIO, syntax: str, prefixes: dict[str, str] | None = None) -> bool:
        """The whole dataset written by Oxigraph's own serialiser (Rust; no Python per quad), from one
        snapshot. Only when the store's own default graph is empty (the one dataset rule), so the dump
        holds the named graphs and nothing else; a store still holding an older version's merged copy
        there says False (the caller reads its named graphs through SPARQL)."""
        fmt = _DUMP_FORMATS.get(syntax)
        if fmt is None or not self.union_default:
            return False
        if next(self.store.quads_for_pattern(None, None, None, ox.DefaultGraph()), None) is not None:
            return False
        try:
            self.store.dump(out, fmt, prefixes=prefixes if fmt == ox.RdfFormat.TRIG else None)
        except (OSError, ValueError) as exc:
            raise StoreError(f"cannot write the dataset as {syntax}: {exc}") from exc
        return True

    def add_triples(self, triples: Iterable[tuple[Term, Term, Term]]) -> None:
        """Add triples to the store's own default graph (the validation's in-memory copy of its data
        graph: one graph, which the union shows as it is)."""
        default = ox.DefaultGraph()
        self.store.extend(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), default) for s, p, o in triples)

    def quad_count(self) -> int:
        return len(self.store)

    def close(self) -> None:
        if self.path is not None and not self.read_only:
            with contextlib.suppress(OSError):
                self.store.flush()
        del self.store


def _open(spec: StoreSpec, read_only: bool) -> OxigraphStore:
    return OxigraphStore(spec.path, read_only=read_only and spec.path is not None)


register(Backend("oxigraph", _open, location="directory", usage=("oxigraph:PATH", "memory"), aliases=("memory",),
                 library="pyoxigraph"))
