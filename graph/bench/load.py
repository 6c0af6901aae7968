"""The mixed load test of the server's fairness: a few clients loop a slow query while many others ask
small ones; what the small ones wait (p50/p95/p99) and every answer that was not a 200.

The load comes from separate processes (several client threads each, blocking httpx), so the load
client does not cap the server on a small machine; its own CPU time is reported beside. Each client
connects from its own loopback address (127.0.1.x for the slow clients, 127.0.2.x for the others),
as distinct users would: the server's per-client limit counts by address.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import resource
import selectors
import socket
import statistics
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

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


def _process(url: str, jobs: list[tuple[list[str], str, bool]], seconds: float, results: Any) -> None:
    out: list = []
    until = time.time() + seconds  # from this process's start: a slow start on a busy machine is not lost time
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
    results = _CTX.Queue()
    procs = [_CTX.Process(target=_process, args=(url, jobs[k::processes], seconds, results), daemon=True)
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


# ---------------------------------------------------------------------------------- raw-socket client
@dataclass
class RawRun:
    """What a raw-socket load run saw: per request its tag, status and latency; the clients' own CPU."""

    seconds: float
    clients: int
    samples: list[tuple[str, int, float]] = field(default_factory=list)  # (tag, status, ms)
    client_cpu_s: float = 0.0
    load_average: tuple[float, float] = (0.0, 0.0)  # 1-minute load average before and after

    def latencies(self, tag: str | None = None) -> list[float]:
        return [ms for t, status, ms in self.samples if status == 200 and (tag is None or t == tag)]

    @property
    def errors(self) -> int:
        return sum(1 for _, status, _ in self.samples if status != 200)

    @property
    def per_second(self) -> float:
        return sum(1 for _, status, _ in self.samples if status == 200) / self.seconds if self.seconds else 0.0


def request_bytes(url: str, query: str, accept: str = "application/sparql-results+json") -> bytes:
    """One HTTP/1.1 keep-alive POST of `query` (form-encoded, as the SPARQL protocol's clients send it)."""
    parts = urlsplit(url)
    body = urlencode({"query": query}).encode()
    head = (f"POST {parts.path or '/'} HTTP/1.1\r\nHost: {parts.netloc}\r\nAccept: {accept}\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n")
    return head.encode("latin-1") + body


def _parse_response(buf: bytes) -> tuple[int, int] | None:
    """(status, bytes used) of the first whole HTTP/1.1 response in `buf`, or None while incomplete."""
    end = buf.find(b"\r\n\r\n")
    if end < 0:
        return None
    head = buf[:end].decode("latin-1").split("\r\n")
    status = int(head[0].split(" ", 2)[1])
    headers = {}
    for line in head[1:]:
        key, _, value = line.partition(":")
        headers[key.strip().lower()] = value.strip()
    start = end + 4
    if "content-length" in headers:
        stop = start + int(headers["content-length"])
        return (status, stop) if len(buf) >= stop else None
    if headers.get("transfer-encoding", "").lower() == "chunked":
        pos = start
        while True:
            line_end = buf.find(b"\r\n", pos)
            if line_end < 0:
                return None
            size = int(buf[pos:line_end].split(b";")[0], 16)
            pos = line_end + 2 + size + 2
            if len(buf) < pos:
                return None
            if size == 0:
                return status, pos
    return status, start  # no body (204, or a HEAD answer)


class _Conn:
    def __init__(self, host: str, port: int, address: str, requests: list[tuple[str, bytes]]) -> None:
        self.target, self.address, self.requests = (host, port), address, requests
        self.i, self.buf, self.started, self.resume = 0, b"", 0.0, 0.0
        self.sock: socket.socket | None = None

    def open(self) -> socket.socket:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((self.address, 0))
        sock.connect(self.target)
        self.sock, self.buf = sock, b""
        return sock

    def send(self) -> None:
        self.tag, data = self.requests[self.i % len(self.requests)]
        self.i += 1
        self.started = time.perf_counter()
        self.sock.sendall(data)


def _reconnect(sel: selectors.BaseSelector, c: _Conn, samples: list) -> None:
    """A new connection for client `c` after its server closed or kept silent; a refused one is an error
    and the client stops (a server that is gone must not end the load run)."""
    sel.unregister(c.sock)
    c.sock.close()
    try:
        sel.register(c.open(), selectors.EVENT_READ, c)
        c.send()
    except OSError:
        samples.append(("connect", 0, 0.0))
        with contextlib.suppress(KeyError, ValueError):
            sel.unregister(c.sock)


def _raw_process(host: str, port: int, jobs: list[tuple[str, list[tuple[str, bytes]]]], seconds: float,
                 timeout: float, results: Any) -> None:
    """One load process: its connections (one per client, each from its own loopback address, one
    request at a time on a keep-alive connection) driven by one selector; sends back the samples and
    its own CPU time."""
    until = time.time() + seconds  # from this process's start
    sel = selectors.DefaultSelector()
    samples: list[tuple[str, int, float]] = []
    conns = [_Conn(host, port, address, requests) for address, requests in jobs]
    waiting: list[_Conn] = []
    for c in list(conns):
        try:
            sel.register(c.open(), selectors.EVENT_READ, c)
            c.send()
        except OSError:  # the server refuses or is gone: an error, and this client stops
            samples.append(("connect", 0, 0.0))
            conns.remove(c)
    while time.time() < until and (sel.get_map() or waiting):
        now = time.perf_counter()
        for c in [c for c in waiting if c.resume <= now]:
            waiting.remove(c)
            c.send()
        for key, _ in sel.select(0.05):
            c = key.data
            try:
                data = c.sock.recv(1 << 16)
            except OSError:
                data = b""
            if not data:  # closed by the server: counted as an error, then a new connection
                samples.append((c.tag, 0, (time.perf_counter() - c.started) * 1000))
                _reconnect(sel, c, samples)
                continue
            c.buf += data
            done = _parse_response(c.buf)
            if done is None:
                continue
            status, used = done
            samples.append((c.tag, status, (time.perf_counter() - c.started) * 1000))
            c.buf = c.buf[used:]
            if status in (429, 503):  # refused: wait a second as a polite client does
                c.resume = time.perf_counter() + 1.0
                waiting.append(c)
            else:
                c.send()
        now = time.perf_counter()
        for key in list(sel.get_map().values()):
            c = key.data
            if c not in waiting and now - c.started > timeout:  # no answer within the timeout: an error
                samples.append((c.tag, 0, (now - c.started) * 1000))
                _reconnect(sel, c, samples)
    for c in conns:
        with contextlib.suppress(OSError, AttributeError):
            c.sock.close()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    results.put((samples, usage.ru_utime + usage.ru_stime))


def raw_load(url: str, queries: dict[str, str], clients: int = 50, seconds: float = 20.0, processes: int = 2,
             timeout: float = 60.0, subnet: str = "127.0.3") -> RawRun:
    """`clients` closed-loop clients, each on its own keep-alive connection from its own loopback
    address (`subnet`.1, .2, ...: the server's per-client limit counts by address), asking `queries`
    in turn (client i starts at query i) for `seconds`; raw sockets in `processes` processes, so the
    load generator costs little and its CPU is reported. A request unanswered within `timeout`
    counts as an error (status 0)."""
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    prepared = [(name, request_bytes(url, text)) for name, text in queries.items()]
    jobs = [(f"{subnet}.{i + 1}", prepared[i % len(prepared):] + prepared[:i % len(prepared)])
            for i in range(clients)]
    results = _CTX.Queue()
    load_before = os.getloadavg()[0]
    procs = [_CTX.Process(target=_raw_process, args=(host, port, jobs[k::processes], seconds, timeout, results),
                          daemon=True) for k in range(min(processes, clients))]
    for p in procs:
        p.start()
    out = RawRun(seconds, clients)
    started = time.time()
    for _ in procs:
        samples, cpu = results.get(timeout=seconds + timeout + 120)
        out.samples += samples
        out.client_cpu_s += cpu
    for p in procs:
        p.join(30)
    out.seconds = min(seconds, time.time() - started)
    out.load_average = (load_before, os.getloadavg()[0])
    return out


def raw_alone(url: str, queries: dict[str, str], repeat: int = 20, subnet: str = "127.0.4",
              timeout: float = 300.0, failures: dict[str, int] | None = None) -> dict[str, list[float]]:
    """Each query alone, `repeat` times in turn on one keep-alive raw connection: latencies in ms by
    name (the first round, which includes the server's first parse of a text, left out). An answer
    other than 200 is counted in `failures` by name when given (else it raises ConnectionError)."""
    parts = urlsplit(url)
    conn = _Conn(parts.hostname or "127.0.0.1", parts.port or 80, f"{subnet}.1",
                 [(name, request_bytes(url, text)) for name, text in queries.items()])
    conn.open().settimeout(timeout)
    times: dict[str, list[float]] = {name: [] for name in queries}
    try:
        for round_ in range(repeat + 1):
            for _ in queries:
                conn.send()
                while (done := _parse_response(conn.buf)) is None:
                    data = conn.sock.recv(1 << 16)
                    if not data:
                        raise ConnectionError(f"{url} closed the connection")
                    conn.buf += data
                elapsed = (time.perf_counter() - conn.started) * 1000
                conn.buf = conn.buf[done[1]:]
                if done[0] != 200:
                    if failures is None:
                        raise ConnectionError(f"{url} answered {done[0]} to {conn.tag}")
                    failures[conn.tag] = failures.get(conn.tag, 0) + 1
                elif round_:
                    times[conn.tag].append(elapsed)
    finally:
        conn.sock.close()
    return times
