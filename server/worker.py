"""A query worker: a separate process holding a store handle, so a query that runs too long can
be stopped for real (the process is killed) without harming the server."""

from __future__ import annotations

import itertools
import logging
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from graph.stores import Store, StoreSpec
from graph.stores.base import Boolean, Graphs, QuerySyntaxError, Solutions, StoreError, Triples, dump_to_file

from . import results, sparql_guard

TRIPLE_CAP_FACTOR = 10
ROW_OVERHEAD = 16  # bytes counted per row and per term on top of the terms' text (a serialisation's markup)
log = logging.getLogger("samverkan.worker")


def term_bytes(term: tuple) -> int:
    """A term's size as the byte cap counts it: its text (value, datatype, language) and some markup."""
    return len(term[1]) + len(term[2]) + len(term[3]) + ROW_OVERHEAD


def open_worker_store(spec: StoreSpec | str, graph_file: str | None, replay: list[str]) -> Store:
    """Open the store a worker queries: an on-disk store read-only; in-memory stores loaded from
    the graph file with the updates made since replayed; a remote one as it is."""
    spec = StoreSpec.parse(spec)
    if spec.persistent:
        return spec.open(read_only=True)
    store = spec.open()
    if spec.in_memory:
        if graph_file:
            store.load(Path(graph_file))
        for update in replay:
            store.update(update)
    return store


def materialise(result: Any, max_rows: int, max_bytes: int | None = None) -> tuple:
    """The result as plain data, cut at `max_rows` rows (x TRIPLE_CAP_FACTOR for triples) or once its
    terms reach `max_bytes` (counted while the engine produces them, so a huge answer is never held
    whole): ("select", variables, rows, cut_by_rows, cut_by_bytes) or ("graph", triples, cut_by_rows,
    cut_by_bytes) or ("ask", value)."""
    if isinstance(result, Boolean):
        return ("ask", result.value)
    budget = max_bytes if max_bytes is not None else float("inf")
    if isinstance(result, Solutions):
        rows, size = [], 0
        for row in itertools.islice(result.rows, max_rows + 1):
            size += ROW_OVERHEAD + sum(term_bytes(t) for t in row.values())
            if size > budget:
                return ("select", result.variables, rows, False, True)
            rows.append(row)
        return ("select", result.variables, rows[:max_rows], len(rows) > max_rows, False)
    assert isinstance(result, Triples)
    cap = max_rows * TRIPLE_CAP_FACTOR
    triples, size = [], 0
    for triple in itertools.islice(result.triples, cap + 1):
        size += ROW_OVERHEAD + sum(term_bytes(t) for t in triple)
        if size > budget:
            return ("graph", triples, False, True)
        triples.append(triple)
    return ("graph", triples[:cap], len(triples) > cap, False)


def _answer(store: Store, msg: tuple) -> tuple:
    """The reply to a query: ("query", ...) as plain data (materialise), ("serialise", ...) as the
    document in the negotiated format (results.serialise), or ("error", "unacceptable", why). The
    engine's result dies with this call: a live one holds a snapshot that an in-memory store's next
    update would wait for."""
    op, sparql, default, named, base_iri, max_rows, max_bytes, guard, *formats = msg
    if guard is not None and not sparql_guard.plainly_safe(sparql):  # a user's query that could fetch
        sparql_guard.check(sparql, update=False, allow_service=bool(guard))  # decided on rdflib's parse
    result = store.query(sparql, Graphs(default, named), base_iri)
    if op == "query":
        return ("ok", materialise(result, max_rows, max_bytes))
    select_fmt, graph_fmt = formats
    kind = "graph" if isinstance(result, Triples) else "select"
    if (graph_fmt if kind == "graph" else select_fmt) is None:
        return ("error", "unacceptable", kind)
    try:
        done = results.serialise(result, select_fmt, graph_fmt, max_rows, max_bytes, TRIPLE_CAP_FACTOR)
        if done is None:  # too big for the engine's own writer: again, under the caps
            result = store.query(sparql, Graphs(default, named), base_iri)
            done = results.serialise(result, select_fmt, graph_fmt, max_rows, max_bytes, TRIPLE_CAP_FACTOR,
                                     native=False)
    except results.NotRepresentable as exc:
        return ("error", "unacceptable", str(exc))
    return ("ok", done)


def main(conn: Connection, spec: StoreSpec, graph_file: str | None, replay: list[str],
         isolate: bool = False) -> None:
    """Serve the parent's requests over `conn`. With `isolate` (an embedded store and no
    --allow-service) the process first gives up its network (server/sandbox.py). A worker busy with a
    query when the server is killed ends too (server/lifecycle.py)."""
    from .lifecycle import watch_parent

    watch_parent()
    if isolate:
        from .sandbox import isolate_network

        why = isolate_network()
        if why:
            log.warning("query worker keeps its network: %s", why)
    try:
        store = open_worker_store(spec, graph_file, replay)
        conn.send(("ready", 0))  # not its quad count: that is a full scan (a second at national scale) per start
    except Exception as exc:  # report start-up failure to the parent, then exit
        conn.send(("error", "store", f"cannot open store {spec}: {exc}"))
        return
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        op = msg[0]
        try:
            if op == "close":
                store.close()
                conn.send(("ok",))
                return
            if op == "reopen":  # an update was committed: see it (milliseconds, no new process)
                store.close()
                store = open_worker_store(spec, graph_file, replay)
                conn.send(("ok", None))
            elif op in ("query", "serialise"):
                conn.send(_answer(store, msg))
            elif op == "update":
                _, sparql, base_iri = msg
                store.update(sparql, base_iri)
                conn.send(("ok", None))
            elif op == "dump":  # a whole-dataset download (server/routes_download.py): the engine's writer
                conn.send(("ok", dump_to_file(store, *msg[1:])))
            elif op == "count":
                conn.send(("ok", store.quad_count()))
            else:
                conn.send(("error", "store", f"unknown operation {op!r}"))
        except sparql_guard.Refused as exc:
            conn.send(("error", "refused", exc.status, exc.message))
        except QuerySyntaxError as exc:
            conn.send(("error", "syntax", str(exc)))
        except StoreError as exc:
            conn.send(("error", "store", str(exc)))
        except Exception as exc:  # the worker must answer, whatever happened; the trace goes to the log only
            log.exception("query worker: %s failed", op)
            conn.send(("error", "store", f"{type(exc).__name__}: {exc}"))
