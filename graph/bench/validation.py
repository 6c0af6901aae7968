"""Timing the SHACL validation for `samverkan bench`: one structure validated scoped inside a big graph,
against pySHACL with rdflib answering its SPARQL on the same triples (the baseline, in a child process:
`python -m graph.bench.validation FILE DATE`)."""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from rdflib import Graph

from ..iris import HOME_ORG
from ..stores import open_store
from ..validation import graph_from_file, scope_body, scoped_graph, validate_graph, validate_scope

BENCH_AT = dt.date(2025, 12, 31)  # inside the synthetic years (they end in 2025) and the real data's


def _baseline_seconds(g: Graph, at: dt.date, timeout: float) -> float | None:
    """pySHACL with rdflib answering its SPARQL (as before the Oxigraph copy) on a graph, in a child
    process stopped after `timeout` seconds (None then)."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "scope.nt"
        g.serialize(path, format="nt", encoding="utf-8")
        try:
            done = subprocess.run([sys.executable, "-m", __name__, str(path), at.isoformat()],
                                  capture_output=True, text=True, timeout=timeout, check=True)
        except subprocess.TimeoutExpired:
            return None
    return float(done.stdout.strip().splitlines()[-1])


def benchmark_validation(data: Path, scale: str, timeout: float = 300.0) -> list[list[str]]:
    """Rows [what, seconds, baseline seconds, ratio] for `samverkan bench`: one synthetic county (the
    first in sorted order) and the real structure, each validated scoped inside the whole data file
    loaded once into an in-memory Oxigraph store (the time covers extraction, pre-pass and SHACL, not
    the store load), against pySHACL with rdflib SPARQL, unscoped, on that same structure's triples
    (the old way; a child process stopped after `timeout` s)."""
    store = open_store("memory")
    store.load(data)
    rows = store.select('PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?id WHERE { ?o dcterms:identifier ?id '
                        'FILTER (STRSTARTS(STR(?id), "synth-") && STRENDS(STR(?id), '
                        f'"-{HOME_ORG}")) }}')
    scopes = sorted(str(r["id"]) for r in rows)[:1]
    scopes.append(HOME_ORG)
    out = []
    for scope in scopes:
        try:
            body = scope_body(store, scope)
        except ValueError:
            continue
        start = time.perf_counter()
        run = validate_scope(store, scope, BENCH_AT)
        seconds = time.perf_counter() - start
        base = _baseline_seconds(scoped_graph(store, body), BENCH_AT, timeout)
        kind = "synthetic county" if scope.startswith("synth-") else "real data"
        what = f"{kind} {scope} ({len(run.graph):,} triples), scoped, inside the {scale} graph"
        label = "the same triples, unscoped pySHACL with rdflib SPARQL"
        if base is None:
            out.append([what, f"{seconds:.1f}", f"> {timeout:.0f} ({label}; stopped)", f"> {timeout / seconds:.0f}×"])
        else:
            out.append([what, f"{seconds:.1f}", f"{base:.1f} ({label})", f"{base / seconds:.1f}×"])
    store.close()
    return out


def baseline(path: Path, at: dt.date) -> float:
    """Seconds pySHACL takes on a graph file with rdflib answering its SPARQL (no Oxigraph copy) and
    evaluating each shape per value node (as it does alone)."""
    g = graph_from_file(path)
    start = time.perf_counter()
    validate_graph(g, at, oxigraph=False, per_value_node=True)
    return time.perf_counter() - start


if __name__ == "__main__":  # the baseline's child process (_baseline_seconds)
    print(baseline(Path(sys.argv[1]), dt.date.fromisoformat(sys.argv[2])))
