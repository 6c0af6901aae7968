"""A query worker: a separate process holding a store handle, so a query that runs too long can
be stopped for real (the process is killed) without harming the server."""

from __future__ import annotations

import itertools
import traceback
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from graph.stores import Store, StoreSpec
from graph.stores.base import Boolean, Graphs, QuerySyntaxError, Solutions, StoreError, Triples

TRIPLE_CAP_FACTOR = 10


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


def materialise(result: Any, max_rows: int) -> tuple:
    if isinstance(result, Boolean):
        return ("ask", result.value)
    if isinstance(result, Solutions):
        rows = list(itertools.islice(result.rows, max_rows + 1))
        return ("select", result.variables, rows[:max_rows], len(rows) > max_rows)
    assert isinstance(result, Triples)
    cap = max_rows * TRIPLE_CAP_FACTOR
    triples = list(itertools.islice(result.triples, cap + 1))
    return ("graph", triples[:cap], len(triples) > cap)


def main(conn: Connection, spec: StoreSpec, graph_file: str | None, replay: list[str]) -> None:
    from .lifecycle import watch_parent

    watch_parent()  # a worker busy with a query when the server is killed ends too
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
            if op == "query":
                _, sparql, default, named, base_iri, max_rows = msg
                result = store.query(sparql, Graphs(default, named), base_iri)
                conn.send(("ok", materialise(result, max_rows)))
            elif op == "update":
                _, sparql, base_iri = msg
                store.update(sparql, base_iri)
                conn.send(("ok", None))
            elif op == "count":
                conn.send(("ok", store.quad_count()))
            else:
                conn.send(("error", "store", f"unknown operation {op!r}"))
        except QuerySyntaxError as exc:
            conn.send(("error", "syntax", str(exc)))
        except StoreError as exc:
            conn.send(("error", "store", str(exc)))
        except Exception as exc:  # the worker must answer, whatever happened
            conn.send(("error", "store", f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=3)}"))
