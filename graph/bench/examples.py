"""`samverkan bench --only examples --store oxigraph:PATH`: the whole-country example queries in their
first forms (tests/fixtures/queries/example_*_slow.rq) beside their current forms (queries/example_*.rq,
reading the precomputed summaries of graph/summaries.py), in process on an on-disk store opened read-only
with the union default graph as the server's workers open it: p50 of a few runs, the rows, and whether
the answers are the same (as the parity tests in tests/test_queries.py compare them)."""

from __future__ import annotations

import os
import statistics
import time
from collections import Counter
from pathlib import Path

from .. import config
from ..iris import Iris
from ..sparql import iri, render
from .measure import Report, machine

#: the examples with a first form kept as a fixture; those compared as sets (the first form repeats rows
#: once per combination of documents stating their facts: the bag union's copies)
FIXTURES = config.QUERIES_DIR.parent / "tests" / "fixtures" / "queries"
AS_SETS = {"replacements"}


def _examples() -> list[str]:
    return [p.stem.removeprefix("example_").removesuffix("_slow") for p in sorted(FIXTURES.glob("example_*_slow.rq"))]


def _answer(rows: list[dict[str, str]], as_set: bool) -> Counter:
    """Rows as a multiset (a set when `as_set`), a GROUP_CONCAT list (" | ") as its sorted parts."""
    norm = Counter(tuple(sorted((k, " | ".join(sorted(v.split(" | ")))) for k, v in r.items())) for r in rows)
    return Counter(set(norm)) if as_set else norm


def _time(store: object, text: str, runs: int) -> tuple[float, float]:
    """p50 seconds of `runs` runs, wall clock and this process's CPU (on a shared machine the CPU time
    is nearer what the query costs on an idle one), each answer written as SPARQL JSON by the engine, as
    the server's workers hand it over."""
    import io

    walls, cpus = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        store.query(text).native("json", io.BytesIO())  # type: ignore[attr-defined]
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def _rows(store: object, text: str) -> list[dict[str, str]]:
    return [{n: str(term) for n, term in row.items()} for row in store.select(text)]  # type: ignore[attr-defined]


def _compare(store: object, name: str, runs: int, first_runs: int) -> list[str]:
    """One example's row: its first form and its current form timed, their rows and answers compared."""
    first = (FIXTURES / f"example_{name}_slow.rq").read_text(encoding="utf-8")
    new = (config.QUERIES_DIR / f"example_{name}.rq").read_text(encoding="utf-8")
    t_new, c_new = _time(store, new, runs)
    t_first, c_first = _time(store, first, first_runs)
    r_new, r_first = _rows(store, new), _rows(store, first)
    same = _answer(r_new, name in AS_SETS) == _answer(r_first, name in AS_SETS)
    return [f"`example_{name}`", f"{t_first * 1000:,.1f} / {c_first * 1000:,.1f} ({first_runs})",
            f"{t_new * 1000:,.1f} / {c_new * 1000:,.1f} ({runs})", f"{len(r_first):,} / {len(r_new):,}",
            ("yes" if same else "NO") + (" (as sets)" if name in AS_SETS else " (multiset)"),
            f"{'yes' if t_new < 0.1 else 'no'} / {'yes' if c_new < 0.1 else 'no'}"]


def run_examples(store_spec: str, runs: int = 5, first_runs: int = 3, out: Path | None = None) -> Report:
    """Time every example with a kept first form on the store (an on-disk Oxigraph store; its summaries
    are computed first, and timed, if it has none: the store is then written once)."""
    from ..stores import StoreSpec, open_store
    from ..summaries import SUMMARIES, recompute

    spec = StoreSpec.parse(store_spec)
    if spec.backend != "oxigraph" or spec.path is None:
        raise SystemExit("--only examples needs an on-disk Oxigraph store (oxigraph:PATH)")
    report = Report()
    report.table("Machine", ["", ""], machine())
    base = config.base_iri(None)
    graph = str(Iris(base).summaries_graph(SUMMARIES[0].kind))
    with open_store(store_spec, read_only=True) as s:
        has = s.ask(render("summary_present.rq", graph=iri(graph)))
    if not has:
        with open_store(store_spec) as s:
            started = time.perf_counter()
            recompute(s, base)
            report.notes.append(f"the summaries computed and written first: {time.perf_counter() - started:.1f} s "
                                "(what the server's background rewrite after an update costs at this scale)")
    load = os.getloadavg()[0]
    with open_store(store_spec, read_only=True) as store:  # the union default graph, as the workers see it
        rows_out = [_compare(store, name, runs, first_runs) for name in _examples()]
    report.table(f"Whole-country examples, first form and current form ({spec.path}, in process, read-only, "
                 "union default graph, the answer written as SPARQL JSON; ms wall / CPU, p50 of the runs given)",
                 ["query", "first form", "current form", "rows first / current", "same answer?",
                  "p50 < 100 ms? (wall / CPU)"], rows_out)
    report.notes.append(f"load average (1 min) {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end")
    if out is not None:
        with out.open("a", encoding="utf-8") as fh:
            fh.write(report.markdown())
    return report
