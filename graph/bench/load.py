"""The mixed load test of the server's fairness: a few clients loop a slow query while many others ask
small ones; what the small ones wait (p50/p95/p99) and every answer that was not a 200.

The load comes from separate processes (several client threads each, blocking httpx), so the load
client does not cap the server on a small machine; its own CPU time is reported beside. Each client
connects from its own loopback address (127.0.1.x for the slow clients, 127.0.2.x for the others),
as distinct users would: the server's per-client limit counts by address.
"""

from __future__ import annotations

import multiprocessing as mp
import resource
import statistics
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_CTX = mp.get_context("spawn")


@dataclass
class LoadResult:
    seconds: float
    slow_clients: int
    normal_clients: int
    normal_latencies_ms: list[float] = field(default_factory=list)
    normal_status: dict[int, int] = field(default_factory=dict)
    slow_status: dict[int, int] = field(default_factory=dict)
    slow_latencies_ms: list[float] = field(default_factory=list)
    client_cpu_s: float = 0.0

    def percentile(self, p: float) -> float:
        data = sorted(self.normal_latencies_ms)
        if not data:
            return float("nan")
        return data[min(len(data) - 1, int(round(p / 100 * (len(data) - 1))))]

    @property
    def normal_errors(self) -> int:
        return sum(n for status, n in self.normal_status.items() if status != 200)

    def summary(self) -> dict[str, Any]:
        return {"seconds": self.seconds, "slow clients": self.slow_clients, "normal clients": self.normal_clients,
                "normal requests": len(self.normal_latencies_ms), "normal p50 ms": round(self.percentile(50), 1),
                "normal p95 ms": round(self.percentile(95), 1), "normal p99 ms": round(self.percentile(99), 1),
                "normal max ms": round(max(self.normal_latencies_ms, default=float("nan")), 1),
                "normal errors": self.normal_errors, "normal status": dict(sorted(self.normal_status.items())),
                "slow status": dict(sorted(self.slow_status.items())),
                "slow median ms": round(statistics.median(self.slow_latencies_ms), 1) if self.slow_latencies_ms
                else None,
                "load client CPU s": round(self.client_cpu_s, 1)}


def _client(url: str, queries: list[str], address: str, until: float, slow: bool, out: list) -> None:
    import httpx

    transport = httpx.HTTPTransport(local_address=address)
    with httpx.Client(transport=transport, timeout=120) as client:
        i = 0
        while time.time() < until:
            query = queries[i % len(queries)]
            i += 1
            started = time.perf_counter()
            try:
                r = client.post(url, data={"query": query}, headers={"Accept": "application/sparql-results+json"})
                status = r.status_code
            except httpx.HTTPError:
                status = 0
            out.append((slow, status, (time.perf_counter() - started) * 1000))
            if status in (429, 503):  # refused: wait as asked (at most a second), as a polite client does
                time.sleep(min(1.0, float(r.headers.get("retry-after", "1") or 1)))


def _process(url: str, jobs: list[tuple[list[str], str, bool]], until: float, results: Any) -> None:
    out: list = []
    threads = [threading.Thread(target=_client, args=(url, queries, address, until, slow, out))
               for queries, address, slow in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    results.put(out)


def mixed_load(url: str, slow_query: str, normal_queries: list[str], slow_clients: int = 2,
               normal_clients: int = 20, seconds: float = 30.0, processes: int = 4) -> LoadResult:
    """Run the mixed load against the SPARQL endpoint `url` for `seconds`."""
    jobs = [([slow_query], f"127.0.1.{i + 1}", True) for i in range(slow_clients)]
    jobs += [(normal_queries[i % len(normal_queries):] + normal_queries[:i % len(normal_queries)],
              f"127.0.2.{i + 1}", False) for i in range(normal_clients)]
    until = time.time() + seconds + 1.0
    results = _CTX.Queue()
    procs = [_CTX.Process(target=_process, args=(url, jobs[k::processes], until, results), daemon=True)
             for k in range(processes)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    for p in procs:
        p.start()
    rows: list = []
    for _ in procs:
        rows += results.get(timeout=seconds + 300)
    for p in procs:
        p.join(30)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = LoadResult(time.time() - started, slow_clients, normal_clients)
    out.client_cpu_s = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    for slow, status, ms in rows:
        if slow:
            out.slow_status[status] = out.slow_status.get(status, 0) + 1
            if status == 200:
                out.slow_latencies_ms.append(ms)
        else:
            out.normal_status[status] = out.normal_status.get(status, 0) + 1
            out.normal_latencies_ms.append(ms)
    return out


def timings(url: str, queries: dict[str, str]) -> dict[str, float]:
    """Each query's time alone at `url` in ms (the second of two runs: the first one includes the
    server's parse of a text it has not seen)."""
    import httpx

    times = {}
    for name, query in queries.items():
        for _ in range(2):
            started = time.perf_counter()
            httpx.post(url, data={"query": query}, headers={"Accept": "application/sparql-results+json"},
                       timeout=300)
            times[name] = (time.perf_counter() - started) * 1000
    return times


def slowest(url: str, queries: dict[str, str]) -> tuple[str, float]:
    """The name of the query in `queries` that takes longest at `url` and its time in ms."""
    times = timings(url, queries)
    name = max(times, key=times.__getitem__)
    return name, times[name]


def serve_and_load(store: str, out: Path | None = None, seconds: float = 30.0, slow_clients: int = 2,
                   normal_clients: int = 20, search_index: Path | None = None,
                   network_cache: Path | None = None, slow_query: str | None = None,
                   small_ms: float = 250.0) -> LoadResult:
    """`samverkan bench --only load`: serve `store` (an on-disk store is only read) on a free port and
    run the mixed load: `slow_clients` loop the slowest example query (or `slow_query`), the others loop
    the small examples (those answering alone in under `small_ms`; at national scale 3 of the 9 are
    whole-country aggregates of 0.2-2 s, which 20 clients on 2 workers could not get in 1 s anyway);
    the figures go to `out` as Markdown when given."""
    import os
    import shutil
    import subprocess
    import sys
    import tempfile

    from .. import project
    from ..processes import free_port, stop, wait_http
    from .measure import example_queries, process_tree, wait_idle

    work = Path(tempfile.mkdtemp(prefix="samverkan-load-"))
    port = free_port()
    cmd = [sys.executable, "-m", "graph.cli", "serve", "--store", store, "--port", str(port), "--log-level", "warning"]
    if search_index:
        cmd += ["--search-index", str(search_index)]
    env = dict(os.environ, SAMVERKAN_NETWORK_CACHE=str(network_cache or work / "network-cache"),
               SAMVERKAN_UPDATE_TOKEN="")
    log = work / "server.log"
    with log.open("w") as fh:
        proc = subprocess.Popen(cmd, cwd=project.current().root, stdout=fh, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        wait_http(url, proc, timeout=900, log=log)
        wait_idle(process_tree(proc.pid))  # the server's own warm-up (networks, validation) done first
        examples = example_queries()
        times = timings(url, examples)
        name = max(times, key=times.__getitem__)
        slow_ms = times[name]
        if slow_query is None:
            slow_query = examples[name]
        else:
            name, slow_ms = "the given query", float("nan")
        small = sorted(n for n, t in times.items() if t < small_ms and n != name) or sorted(set(times) - {name})
        normal = [examples[n] for n in small]
        result = mixed_load(url, slow_query, normal, slow_clients, normal_clients, seconds)
    finally:
        stop(proc)
        shutil.rmtree(work, ignore_errors=True)
    summary = result.summary()
    print(f"slow query: {name} ({slow_ms:.0f} ms alone); small queries: {', '.join(small)}")
    print("alone (ms): " + ", ".join(f"{n} {t:.0f}" for n, t in sorted(times.items())))
    for key, value in summary.items():
        print(f"  {key}: {value}")
    if out is not None:
        with out.open("a", encoding="utf-8") as fh:
            fh.write(f"\n## Mixed load: {slow_clients} clients looping {name} + {normal_clients} clients looping "
                     f"the small examples, {seconds:g} s, store {store}\n\n| what | value |\n|---|---|\n")
            fh.write(f"| slow query alone | {slow_ms:.0f} ms |\n| small queries | {', '.join(small)} |\n")
            fh.write("| each alone (ms) | " + ", ".join(f"{n} {t:.0f}" for n, t in sorted(times.items())) + " |\n")
            fh.writelines(f"| {k} | {v} |\n" for k, v in summary.items())
    return result
