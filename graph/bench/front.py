"""`samverkan bench --only front`: our server's query path beside Oxigraph's own server on the same
store in the same run, interleaved: the small example queries alone (p50), 50 clients on the small
queries and on all examples (throughput, latency, errors, server CPU per request), the slow examples
alone, and each server's memory (RSS and PSS of its process tree), with the load average and the
load client's own CPU beside every figure.

Oxigraph's server is `oxigraph serve-read-only --union-default-graph` on the very store our server
reads (RocksDB allows several readers), so both answer from the same files. With `--baseline DIR`
(a checkout of another commit, e.g. `git worktree add /tmp/base main`) that commit's server runs in
the same rounds as a third column. With `--floor`, two more columns: the least the stack itself can do on
the store (graph/bench/floor_server.py: uvicorn, and FastAPI, with pyoxigraph in process and nothing
else), so that a ratio to `oxigraph serve` can be read against what Python's stack allows. Without a
store (`samverkan bench --only front --scale real`) the data of that scale is built and loaded into a
temporary on-disk store first (`run_front_at_scale`).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import project
from ..processes import free_port, oxigraph_binary, stop, wait_http
from .load import RawRun, raw_alone, raw_load
from .measure import Report, cpu_seconds, example_queries, machine, pct, process_tree, wait_idle


@dataclass
class Served:
    """A server under test: its name, query URL and process."""

    name: str
    url: str
    proc: subprocess.Popen
    log: Path | None = None
    rows: dict[str, list[str]] = field(default_factory=dict)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def death(self) -> str:
        """What a server that stopped said last (the last lines of its log that are not a backtrace note)."""
        lines = [ln.strip() for ln in (self.log.read_text(errors="replace").splitlines() if self.log else [])
                 if ln.strip() and not ln.startswith(("note:", "stack backtrace"))]
        return f"the server died (exit {self.proc.poll()}): " + " / ".join(lines[-2:])[:300]

    def measure(self, labels: tuple[str, ...], how: Callable[[], tuple[str, ...]]) -> None:
        """This round's cells of the tables `labels`: `how()`'s texts, or, once the server has died (before
        or during the run), what it said last."""
        if self.alive():
            try:
                cells = how()
            except OSError:  # refused or reset: it died under the run
                time.sleep(0.5)
                cells = (self.death() if not self.alive() else "the connection failed (the server still runs)",)
        else:
            cells = (self.death(),)
        for i, label in enumerate(labels):
            self.rows.setdefault(label, []).append(cells[min(i, len(cells) - 1)])

    def pids(self) -> list[int]:
        return process_tree(self.proc.pid) if self.proc.poll() is None else []

    def cpu(self) -> float:
        total = 0.0
        for pid in self.pids():
            try:
                total += cpu_seconds(pid)
            except OSError:
                continue
        return total


def _ours(name: str, root: Path, store: str, timeout: float, work: Path) -> Served:
    """Our server (the code at `root`) on `store`, started as after `samverkan build --store`: the network
    pictures and the default validation kept beforehand by that code (graph/bench/pages.py
    `prepare_as_built`), so the server reads them back instead of computing them in its own process."""
    port = free_port()
    log = work / f"{name.split()[0]}.log"
    cache = work / f"{name.split()[0]}-network"
    env = dict(os.environ, SAMVERKAN_NETWORK_CACHE=str(cache), SAMVERKAN_UPDATE_TOKEN="")
    subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; from graph.bench.pages import "
                    "prepare_as_built; print(prepare_as_built(sys.argv[1], Path(sys.argv[2])))", store, str(cache)],
                   cwd=root, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with log.open("w") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", "--store", store, "--port", str(port),
                                 "--log-level", "warning", "--timeout", f"{timeout:g}"], cwd=root, env=env,
                                stdout=fh, stderr=subprocess.STDOUT)
    wait_http(f"http://127.0.0.1:{port}/sparql", proc, timeout=900, log=log)
    return Served(name, f"http://127.0.0.1:{port}/sparql", proc, log)


def _oxigraph(location: Path, work: Path) -> Served:
    """`oxigraph serve-read-only` on the store, without `--timeout-s`: Oxigraph 0.5.13 starts a thread per
    query for its timeout that lives until the timeout has passed, answered or not (2,000 `ASK {}` in 0.7 s
    left 2,000 threads alive 5 s later), so at ~3,000 req/s with 30 s it held ~90,000 threads and died
    ("failed to allocate an alternative stack", 2026-12-02). None of the examples comes near the timeout."""
    binary = oxigraph_binary()
    if binary is None:
        raise RuntimeError("the oxigraph server (PyPI package 'oxigraph') is not installed")
    port = free_port()
    log = work / "oxigraph.log"
    with log.open("w") as fh:
        proc = subprocess.Popen([binary, "serve-read-only", "--location", str(location), "--bind",
                                 f"127.0.0.1:{port}", "--union-default-graph"],
                                stdout=fh, stderr=subprocess.STDOUT)
    wait_http(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", proc, timeout=120, log=log)
    return Served("oxigraph serve", f"http://127.0.0.1:{port}/query", proc, log)


def _floor(form: str, location: Path, work: Path) -> Served:
    """The stack's floor in the form `form` (graph/bench/floor_server.py) on the store."""
    port = free_port()
    log = work / f"floor-{form}.log"
    with log.open("w") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "graph.bench.floor_server", form, str(location), str(port)],
                                cwd=project.current().root, stdout=fh, stderr=subprocess.STDOUT)
    try:
        wait_http(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D", proc, timeout=120, log=log)
    except BaseException:
        stop(proc)  # not yet among the servers the run stops
        raise
    return Served(f"floor: {form} + pyoxigraph", f"http://127.0.0.1:{port}/sparql", proc, log)


def _engine_times(store: str, queries: dict[str, str], repeat: int = 5) -> dict[str, float]:
    """Each query's p50 in ms in the store itself (pyoxigraph in this process, read-only, answers drained)."""
    import time

    from ..stores import open_store

    opened = open_store(store, read_only=True)
    out = {}
    try:
        for name, text in queries.items():
            samples = []
            for _ in range(repeat):
                started = time.perf_counter()
                result = opened.query(text)
                for attr in ("rows", "triples"):
                    for _ in getattr(result, attr, ()):
                        pass
                samples.append((time.perf_counter() - started) * 1000)
            out[name] = statistics.median(samples)
    finally:
        opened.close()
    return out


def _loadavg() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def _load_row(server: Served, run: RawRun, cpu: float) -> str:
    lat = run.latencies()
    answered = len(lat)
    per_request = cpu / max(1, len(run.samples)) * 1000
    return (f"{run.per_second:,.0f} req/s; p50 {pct(lat, .5):.1f} / p99 {pct(lat, .99):.1f} ms; "
            f"{run.errors} errors of {answered + run.errors}; server CPU {per_request:.2f} ms/req; "
            f"client CPU {run.client_cpu_s:.1f} s; load {run.load_average[0]:.1f}→{run.load_average[1]:.1f}")


def run_front(store: str, clients: int = 50, seconds: float = 15.0, rounds: int = 2, repeat: int = 20,
              timeout: float = 30.0, small: int = 5, baseline: Path | None = None, floor: bool = False,
              out: Path | None = None, command: str | None = None) -> Report:
    """The side-by-side run on `store` (an on-disk store, only read): see the module's docstring.
    Small queries are the `small` examples the store answers fastest (in process, no HTTP)."""
    from ..stores import StoreSpec
    from .pages import rss_kib
    from .run import _write_markdown

    spec = StoreSpec.parse(store)
    location = Path(spec.location)
    if spec.backend != "oxigraph" or not spec.persistent or not location.is_dir():
        raise SystemExit(f"--only front needs an existing on-disk Oxigraph store (oxigraph:DIR), not {store!r}")
    report = Report()
    report.table("Machine", ["what", "value"], machine())
    work = Path(tempfile.mkdtemp(prefix="samverkan-front-"))
    servers: list[Served] = []
    try:
        servers.append(_ours("ours", project.current().root, store, timeout, work))
        servers.append(_oxigraph(location, work))
        if baseline is not None:
            servers.append(_ours(f"baseline ({baseline})", baseline, store, timeout, work))
        if floor:
            for form in ("asgi", "fastapi"):  # one at a time: a form that fails to start leaves the other stopped
                servers.append(_floor(form, location, work))
        wait_idle([pid for s in servers for pid in s.pids()])  # the servers' own warm-up done first
        examples = example_queries()
        engine = _engine_times(store, examples)
        fastest = sorted(examples, key=engine.__getitem__)[:small]
        small_set = {n: examples[n] for n in fastest}
        slow = {n: q for n, q in examples.items() if n not in small_set}
        report.notes.append(f"small queries (the {small} fastest examples in the store itself, in process, p50 ms): "
                            + ", ".join(f"{n} {engine[n]:.2f}" for n in fastest) + "; the others ('slow'): "
                            + (", ".join(f"{n} {engine[n]:.1f}" for n in slow) or "none")
                            + f". Timeout {timeout:g} s on our servers (--timeout) and in the client; Oxigraph's "
                            "server runs without --timeout-s (its timeout keeps a thread per query alive for the "
                            "whole timeout: at these rates it ran out of threads and died); the servers were idle "
                            "before the first round.")
        for r in range(rounds):
            order = servers if r % 2 == 0 else servers[::-1]  # interleaved: each sees the same machine
            for s in order:
                def alone(s: Served = s) -> tuple[str, str]:
                    failed: dict[str, int] = {}
                    times = raw_alone(s.url, small_set, repeat, timeout=timeout + 10, failures=failed)
                    p50s = [statistics.median(v) for v in times.values() if v] or [float("nan")]
                    return (f"{statistics.median(p50s):.2f} (load {_loadavg()})",
                            ", ".join(f"{statistics.median(v):.2f}" if v else "–" for v in times.values())
                            + (f"; not 200: {failed}" if failed else ""))
                s.measure(("small queries alone: median of the p50s (ms)", "small queries alone: each p50 (ms)"), alone)
            for label, queries in ((f"{clients} clients, small queries, {seconds:g} s", small_set),
                                   (f"{clients} clients, all examples (mixed), {seconds:g} s", examples)):
                for s in order:
                    def load(s: Served = s, queries: dict[str, str] = queries) -> tuple[str]:
                        before = s.cpu()
                        run = raw_load(s.url, queries, clients, seconds, timeout=timeout)
                        return (_load_row(s, run, s.cpu() - before),)
                    s.measure((label,), load)
            if slow:
                for s in order:
                    def slow_alone(s: Served = s) -> tuple[str]:
                        failed: dict[str, int] = {}
                        times = raw_alone(s.url, slow, 2, timeout=timeout + 10, failures=failed)
                        return (", ".join(f"{n} {statistics.median(v):.0f}" if v else f"{n} –"
                                          for n, v in times.items())
                                + (f"; not 200: {failed}" if failed else "") + f" (load {_loadavg()})",)
                    s.measure(("slow queries alone: p50 each (ms)",), slow_alone)
        for s in servers:
            if not s.alive():
                s.rows["memory after the runs: RSS / PSS of the process tree (MB)"] = [s.death()]
                continue
            pids = s.pids()
            rss, pss = rss_kib(pids)
            each = " + ".join(f"{rss_kib([pid])[0] / 1024:.0f}" for pid in pids)
            s.rows["memory after the runs: RSS / PSS of the process tree (MB)"] = [
                f"{rss / 1024:.0f} / {pss / 1024:.0f} ({len(pids)} processes, RSS {each})"]
    finally:
        for s in servers:
            stop(s.proc)
        shutil.rmtree(work, ignore_errors=True)
    figures = list(servers[0].rows)
    for figure in figures:
        report.table(figure, ["round", *(s.name for s in servers)],
                     [[str(i + 1), *(s.rows[figure][i] for s in servers)]
                      for i in range(len(servers[0].rows[figure]))])
    if out is not None:
        command = ((command or f"samverkan bench --only front --store {store}")
                   + f" --clients {clients} --duration {seconds:g} --rounds {rounds}"
                   + (f" --baseline {baseline}" if baseline else "") + (" --floor" if floor else ""))
        _write_markdown(out, report, command)
    return report


def run_front_at_scale(scale: str, seed: int, clients: int = 50, seconds: float = 15.0, rounds: int = 2,
                       timeout: float = 30.0, baseline: Path | None = None, floor: bool = False,
                       out: Path | None = None) -> Report:
    """run_front on a temporary on-disk store loaded with the data of `scale` (the real graph, a synthetic
    county or the whole country, as the other benchmarks build it), removed afterwards."""
    from ..stores import open_store
    from .run import build_data

    tmp = Path(tempfile.mkdtemp(prefix="samverkan-front-data-"))
    try:
        data, _ = build_data(tmp, scale, seed)
        store = open_store(f"oxigraph:{tmp / 'store'}")
        try:
            store.load(data)
        finally:
            store.close()
        return run_front(f"oxigraph:{tmp / 'store'}", clients, seconds, rounds, timeout=timeout, baseline=baseline,
                         floor=floor, out=out, command=f"samverkan bench --only front --scale {scale} --seed {seed}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
