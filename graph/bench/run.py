"""Benchmarks: every figure beside its baseline, measured in the same run (`samverkan bench`).

- load throughput (quads/s) into embedded Oxigraph (disk, memory), a remote Oxigraph server, and
  rdflib in memory (the baseline; on the file's first --rdflib-limit quads when the file is bigger);
- the example queries (queries/example_*.rq): p50/p95 through our server, the store called
  directly, and rdflib in memory (server overhead ratio, speed-up ratio);
- SHACL validation of one county inside the national graph (scoped) vs unscoped pySHACL on the same
  triples (pySHACL on the whole national graph would take hours);
- visualisation build time for 1k- and 10k-node networks;
- the server under load: N concurrent clients on loopback for a bounded time;
- the web pages, a browser journey and the server's memory next to Oxigraph's server
  (graph/bench/pages.py; alone with `--only pages`).
"""

from __future__ import annotations

import concurrent.futures
import itertools
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from .. import config, project
from ..processes import free_port, oxigraph_binary, stop, wait_http


@dataclass
class Report:
    sections: list[tuple[str, list[str], list[list[str]]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def table(self, title: str, headers: list[str], rows: list[list[str]]) -> None:
        self.sections.append((title, headers, rows))
        print(f"\n## {title}\n" + _md(headers, rows), flush=True)

    def markdown(self) -> str:
        out = [f"\n## {t}\n\n" + _md(h, r) for t, h, r in self.sections]
        if self.notes:
            out.append("\n### Notes\n\n" + "\n".join(f"- {n}" for n in self.notes) + "\n")
        return "".join(out)


def _md(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = min(len(s) - 1, max(0, round(q * (len(s) - 1))))
    return s[k]


def ms(x: float) -> str:
    return f"{x * 1000:.1f}"


def machine() -> list[list[str]]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(next(ln for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal"))
                 .split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        pass
    from ..stores import library_versions

    versions = library_versions()
    return [["CPU", cpu], ["cores", str(os.cpu_count())], ["memory", mem], ["OS", platform.platform()],
            ["Python", platform.python_version()], ["pyoxigraph", versions["pyoxigraph"]],
            ["rdflib", versions["rdflib"]]]


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def example_queries() -> dict[str, str]:
    return {p.stem.removeprefix("example_"): p.read_text(encoding="utf-8")
            for p in sorted(config.QUERIES_DIR.glob("example_*.rq"))}


def count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for _ in fh)


class Servers:
    """Processes the benchmark starts (our server, an Oxigraph server), stopped at the end."""

    def __init__(self) -> None:
        self.procs: list[subprocess.Popen] = []

    def stop(self) -> None:
        for p in self.procs:
            stop(p)


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a process has used so far, from /proc (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def process_tree(pid: int) -> list[int]:
    """A process and its descendants (e.g. a server and its worker processes)."""
    out = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = (task / "children").read_text().split() if (task / "children").exists() else []
        for child in children:
            out += process_tree(int(child))
    return out


def wait_idle(pids: list[int], window: float = 3.0, busy: float = 0.05, timeout: float = 900) -> float:
    """Wait until the processes (and this one) use under `busy` of a core over `window` seconds:
    after a bulk load RocksDB compacts in background threads for minutes, and on a 2-core machine
    that would be timed as query latency. Returns the seconds waited."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        before = sum(cpu_seconds(p) for p in pids) + time.process_time()
        time.sleep(window)
        used = sum(cpu_seconds(p) for p in pids) + time.process_time() - before
        if used / window < busy:
            break
    return time.monotonic() - started


def build_data(tmp: Path, scale: str, seed: int) -> tuple[Path, str]:
    """The benchmark's data file in tmp: the real graph, with a synthetic county or country at those
    scales; and a sentence saying what it is."""
    from ..build import build_to_file

    real = tmp / "real.nq"
    build_to_file(real, base=config.DEFAULT_BASE)
    data = tmp / "data.nq"
    if scale not in ("county", "national"):
        shutil.copy(real, data)
        return data, "the real graph only"
    from ..synth import generate

    synth = tmp / "synth.nq"
    t = timed(lambda: generate(synth, scale=scale, seed=seed, ontology=False))
    with data.open("wb") as fh:
        for part in (real, synth):
            with part.open("rb") as src:
                shutil.copyfileobj(src, fh)
    return data, f"real graph + synthetic {scale} (seed {seed}, generated in {t:.1f} s)"


def run_pages_only(scale: str, seed: int, store: str | None, page_repeat: int, out: Path | None,
                   search_index: Path | None = None, network_cache: Path | None = None,
                   browser: bool = True) -> Report:
    """`samverkan bench --only pages`: the pages part alone, on `store` (served read-only) or on a
    store built at `scale` in a temporary directory."""
    from ..stores import open_store
    from .pages import run_pages

    report = Report()
    report.table("Machine", ["what", "value"], machine())
    given = store
    tmp = Path(tempfile.mkdtemp(prefix="samverkan-bench-"))
    try:
        if store is None:
            data, what = build_data(tmp, scale, seed)
            store = f"oxigraph:{tmp / 'store'}"
            _load(open_store(store), data)
            report.table("Data", ["dataset", "quads in file"], [[what, f"{count_lines(data):,}"]])
        else:
            report.table("Data", ["dataset", "quads in file"], [[f"the store {store} (read-only)", "–"]])
        run_pages(report, store, page_repeat, search_index, network_cache, browser)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if out is not None:
        command = f"samverkan bench --only pages --page-repeat {page_repeat} " + (
            f"--store {given}" if given else f"--scale {scale} --seed {seed}")
        if search_index:
            command += f" --search-index {search_index}"
        if network_cache:
            command += f" --network-cache {network_cache}"
        _write_markdown(out, report, command)
    return report


def run(scale: str, repeat: int, clients: int, duration: float, seed: int, rdflib_limit: int,
        out: Path | None, page_repeat: int = 3, search_index: Path | None = None,
        network_cache: Path | None = None, browser: bool = True) -> Report:
    from ..stores import StoreError, open_store

    report = Report()
    report.table("Machine", ["what", "value"], machine())
    servers = Servers()
    tmp = Path(tempfile.mkdtemp(prefix="samverkan-bench-"))
    try:
        # ------------------------------------------------------------------ data
        data, sizes_note = build_data(tmp, scale, seed)
        quads = count_lines(data)
        report.table("Data", ["dataset", "quads in file"], [[sizes_note, f"{quads:,}"]])

        # ------------------------------------------------------------------ load
        rows = []
        disk_path = tmp / "store"
        disk_time = timed(lambda: _load(open_store(f"oxigraph:{disk_path}"), data))
        mem_time = timed(lambda: _load(open_store("memory"), data))  # then freed: not used for queries
        port = free_port()
        ox_bin = oxigraph_binary()
        remote_time = None
        remote_url = None
        if ox_bin is not None:
            proc = subprocess.Popen([ox_bin, "serve", "--location", str(tmp / "remote"), "--bind",
                                     f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            servers.procs.append(proc)
            wait_http(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", proc)
            remote = open_store(f"http://127.0.0.1:{port}/query")
            remote.timeout = 3600
            remote_time = timed(lambda: remote.load(data))
            remote_url = f"http://127.0.0.1:{port}/query"
        rdflib_store = None
        rdflib_rate = None
        if quads <= rdflib_limit:
            rdflib_store = open_store("rdflib")
            rdflib_rate = quads / timed(lambda: rdflib_store.load(data))
            rdflib_name = "rdflib in memory (baseline)"
        else:
            # The whole file would take many minutes and gigabytes in rdflib: its throughput is
            # measured on the file's first --rdflib-limit quads (N-Quads lines), in the same run.
            head = tmp / "head.nq"
            with data.open("rb") as src, head.open("wb") as dst:
                dst.writelines(itertools.islice(src, rdflib_limit))
            rdflib_rate = rdflib_limit / timed(lambda: open_store("rdflib").load(head))
            rdflib_name = f"rdflib in memory (baseline; first {rdflib_limit:,} quads)"
            report.notes.append(f"rdflib (baseline) not loaded with all {quads:,} quads (above --rdflib-limit "
                                f"{rdflib_limit:,}: many minutes and gigabytes): its load rate is measured on "
                                "the first quads of the file, and the queries have no rdflib column.")
        for name, t in (("Oxigraph embedded, on disk", disk_time), ("Oxigraph embedded, in memory", mem_time),
                        ("Oxigraph server (remote, Graph Store Protocol)", remote_time)):
            if t is None:
                rows.append([name, "–", "–", "–"])
                continue
            rows.append([name, f"{t:.2f}", f"{quads / t:,.0f}", f"{quads / t / rdflib_rate:.1f}×"])
        rows.append([rdflib_name, f"{(quads if rdflib_store is not None else rdflib_limit) / rdflib_rate:.2f}",
                     f"{rdflib_rate:,.0f}", "1.0×"])
        report.table("Load throughput (one load each)", ["store", "seconds", "quads/s", "vs rdflib"], rows)

        # ------------------------------------------------------------------ queries
        disk = open_store(f"oxigraph:{disk_path}", read_only=True)
        sport = free_port()
        proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", "--store", f"oxigraph:{disk_path}",
                                 "--port", str(sport), "--log-level", "warning", "--timeout", "120",
                                 "--max-rows", "100000"], cwd=project.current().root, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        servers.procs.append(proc)
        url = f"http://127.0.0.1:{sport}"
        wait_http(url + "/sparql", proc)
        pids = [pid for p in servers.procs if p.poll() is None for pid in process_tree(p.pid)]
        waited = wait_idle(pids)
        report.notes.append(f"Before the queries the benchmark waited {waited:.0f} s for the servers to go idle "
                            "(RocksDB compaction after the bulk loads), so that it is not timed as latency.")
        rows = []
        client = httpx.Client(timeout=300)
        for name, q in example_queries().items():
            direct = [timed(lambda q=q: list(getattr(disk.query(q), "rows", []))) for _ in range(repeat)]
            served = [timed(lambda q=q: client.post(url + "/sparql", data={"query": q},
                                                     headers={"Accept": "application/sparql-results+json"})
                            .raise_for_status()) for _ in range(repeat)]
            base: list[float] = []
            if rdflib_store is not None:
                try:
                    base = [timed(lambda q=q: list(getattr(rdflib_store.query(q), "rows", [])))
                            for _ in range(repeat)]
                except StoreError as exc:
                    report.notes.append(f"rdflib (baseline) fails the query {name}: {exc}")
            remote_http = ([timed(lambda q=q: client.post(remote_url, data={"query": q}, headers={
                "Accept": "application/sparql-results+json"}).raise_for_status()) for _ in range(repeat)]
                if remote_url else [])
            d50, s50 = statistics.median(direct), statistics.median(served)
            o50 = statistics.median(remote_http) if remote_http else None
            r50 = statistics.median(base) if base else None
            rows.append([name, ms(d50), ms(pct(direct, .95)), ms(s50), ms(pct(served, .95)),
                         f"{s50 / d50:.2f}×", ms(o50) if o50 else "–", f"{s50 / o50:.2f}×" if o50 else "–",
                         ms(r50) if r50 else "–", f"{r50 / d50:.0f}×" if r50 else "–"])
        report.table(f"Example queries (ms; {repeat} runs each)",
                     ["query", "store p50", "store p95", "our server p50", "our server p95", "ours/store",
                      "oxigraph server p50", "ours/oxigraph server", "rdflib p50", "rdflib/store"], rows)
        report.notes.append("'store' is pyoxigraph called in-process (no HTTP); 'oxigraph server' is Oxigraph's own "
                            "HTTP server on the same data: the fair baseline for the cost of HTTP itself.")

        # ------------------------------------------------------------------ validation, pictures
        _bench_validation(report, data, scale)
        _bench_viz(report)

        # ------------------------------------------------------------------ load test
        queries = list(example_queries().values())
        latencies: list[float] = []
        errors = 0
        lock = threading.Lock()
        stop_at = time.monotonic() + duration

        def worker(i: int) -> None:
            nonlocal errors
            with httpx.Client(timeout=120) as c:
                k = i
                while time.monotonic() < stop_at:
                    q = queries[k % len(queries)]
                    k += 1
                    started = time.perf_counter()
                    try:
                        r = c.post(url + "/sparql", data={"query": q},
                                   headers={"Accept": "application/sparql-results+json"})
                        ok = r.status_code == 200
                    except httpx.HTTPError:
                        ok = False
                    with lock:
                        latencies.append(time.perf_counter() - started)
                        errors += 0 if ok else 1

        started = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(clients) as pool:
            list(pool.map(worker, range(clients)))
        elapsed = time.perf_counter() - started
        report.table(f"Server under load ({clients} concurrent clients, {duration:g} s, example queries in turn)",
                     ["requests", "requests/s", "p50 ms", "p95 ms", "errors"],
                     [[str(len(latencies)), f"{len(latencies) / elapsed:.1f}", ms(pct(latencies, .5)),
                       ms(pct(latencies, .95)), str(errors)]])
        disk.close()
        servers.stop()  # the pages part starts its own server, first request first
        servers.procs.clear()

        # ------------------------------------------------------------------ pages, memory
        from .pages import run_pages

        run_pages(report, f"oxigraph:{disk_path}", page_repeat, search_index, network_cache, browser)
    finally:
        servers.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    if out is not None:
        _write_markdown(out, report, f"samverkan bench --scale {scale} --repeat {repeat} --clients {clients} "
                                     f"--duration {duration:g} --seed {seed}")
    return report


def _load(store: object, path: Path) -> None:
    store.load(path)
    store.close()


def _bench_validation(report: Report, data: Path, scale: str) -> None:
    from .validation import benchmark_validation

    rows = benchmark_validation(data, scale)
    report.table("SHACL validation", ["what", "seconds", "baseline seconds", "ratio"], rows)


def _bench_viz(report: Report) -> None:
    from .network import benchmark_render

    rows = benchmark_render([1000, 10000])
    report.table("Visualisation build", ["nodes", "edges", "seconds", "aggregated to", "note"], rows)


def _write_markdown(path: Path, report: Report, command: str) -> None:
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    text = f"\n# Run of {stamp}\n\nCommand: `{command}`\n" + report.markdown()
    existing = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    path.write_text(existing.rstrip("\n") + "\n" + text, encoding="utf-8")
