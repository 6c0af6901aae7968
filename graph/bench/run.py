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

import itertools
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from .. import config, project
from ..processes import free_port, oxigraph_binary, wait_http
from .measure import (
    Report,
    Servers,
    count_lines,
    example_queries,
    machine,
    ms,
    pct,
    process_tree,
    timed,
    wait_idle,
)


def build_data(tmp: Path, scale: str, seed: int) -> tuple[Path, str]:
    """The benchmark's data file in tmp: the real graph, with a synthetic county or country at those
    scales; and a sentence saying what it is."""
    from ..build import build_to_file

    real = tmp / "real.nq"
    build_to_file(real, base=config.base_iri(), summaries=scale not in ("county", "national"))
    data = tmp / "data.nq"
    if scale not in ("county", "national"):
        shutil.copy(real, data)
        return data, "the real graph only"
    from ..synth import generate

    synth = tmp / "synth.nq"
    t = timed(lambda: generate(synth, scale=scale, seed=seed, base=config.base_iri(), ontology=False))
    with data.open("wb") as fh:
        for part in (real, synth):
            with part.open("rb") as src:
                shutil.copyfileobj(src, fh)
    from ..summaries import append_to_file

    append_to_file(data, config.base_iri())  # the examples' summaries of the whole data (graph/summaries.py)
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
        # raw sockets from separate processes (graph/bench/load.py): the load client does not cap the server
        from .load import raw_load

        load = raw_load(url + "/sparql", example_queries(), clients, duration)
        latencies = [ms / 1000 for ms in load.latencies()]
        report.table(f"Server under load ({clients} concurrent clients, {duration:g} s, example queries in turn)",
                     ["requests", "requests/s", "p50 ms", "p95 ms", "errors"],
                     [[str(len(load.samples)), f"{load.per_second:.1f}", ms(pct(latencies, .5)),
                       ms(pct(latencies, .95)), str(load.errors)]])
        report.notes.append(f"Server under load: raw-socket keep-alive clients in 2 processes (their CPU "
                            f"{load.client_cpu_s:.1f} s), load average {load.load_average[0]:.1f} before and "
                            f"{load.load_average[1]:.1f} after; `samverkan bench --only front` puts it beside "
                            "Oxigraph's own server.")
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
