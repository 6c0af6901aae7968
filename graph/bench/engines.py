"""`samverkan bench --only engines`: the same data in the embedded store, `oxigraph serve
--union-default-graph` and Virtuoso (both started on loopback, graph.engines), its load time into
each, and the example queries' p50 on the three side by side."""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from ..engines import EngineMissing, oxigraph_server, virtuoso_server
from ..stores import StoreError, open_store
from .run import Report, _write_markdown, build_data, count_lines, example_queries, machine, ms

ENGINES = ("embedded", "oxigraph serve", "virtuoso")


def _drain(result: object) -> int:
    for attr in ("rows", "triples"):
        if hasattr(result, attr):
            return sum(1 for _ in getattr(result, attr))
    return 1


def run_engines_only(scale: str, seed: int, repeat: int, out: Path | None, max_rows: int = 1_000_000) -> Report:
    """Build the data at `scale`, load it into the three stores (timed) and time every example query
    `repeat` times on each (p50, and the answer's size, which must agree). Virtuoso runs with
    ResultSetMaxRows `max_rows`."""
    report = Report()
    report.table("Machine", ["what", "value"], machine())
    tmp = Path(tempfile.mkdtemp(prefix="samverkan-engines-"))
    loads: dict[str, str] = {}
    times: dict[str, dict[str, str]] = {}
    try:
        data, what = build_data(tmp, scale, seed)
        report.table("Data", ["dataset", "quads in file"], [[what, f"{count_lines(data):,}"]])
        with oxigraph_server(tmp / "oxigraph") as ox_url, virtuoso_server(tmp, max_rows) as vi_url:
            specs = {"embedded": "memory", "oxigraph serve": ox_url, "virtuoso": vi_url}
            for name, spec in specs.items():
                store = open_store(spec)
                started = time.perf_counter()
                store.load(data, replace=True)
                loads[name] = f"{time.perf_counter() - started:.1f} s ({store.quad_count():,} quads)"
                times[name] = {}
                for query, text in example_queries().items():
                    samples, size = [], 0
                    for _ in range(repeat):
                        started = time.perf_counter()
                        try:
                            size = _drain(store.query(text))
                        except StoreError as exc:
                            times[name][query] = f"error: {str(exc)[:80]}"
                            break
                        samples.append(time.perf_counter() - started)
                    else:
                        times[name][query] = f"{ms(statistics.median(samples))} ({size} rows)"
                store.close()
    except EngineMissing as exc:
        report.notes.append(f"engines part skipped: {exc}")
        return report
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    report.table("Load into each engine (samverkan's loader: embedded bulk load; remote: Graph Store PUT per "
                 "named graph, staged and moved into place)", ["engine", "load"], [[n, loads[n]] for n in ENGINES])
    report.table(f"Example queries on three engines: p50 in ms of {repeat} runs (client-side, over loopback for the "
                 "remote ones; the local parse of the remote store included)", ["query", *ENGINES],
                 [[q, *(times[n][q] for n in ENGINES)] for q in example_queries()])
    if out is not None:
        _write_markdown(out, report, f"samverkan bench --only engines --scale {scale} --seed {seed} --repeat {repeat}")
    return report
