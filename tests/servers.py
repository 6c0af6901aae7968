"""Start the real server (uvicorn, in a subprocess) on a free loopback port for tests."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

from graph.processes import free_port, stop, wait_http

from .paths import ROOT


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path

    def logs(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@contextlib.contextmanager
def run_server(tmp: Path, graph: Path | None, store: str, *extra: str, env: dict[str, str] | None = None,
               ready_timeout: float = 60) -> Iterator[Server]:
    port = free_port()
    log = tmp / f"server-{port}.log"
    # (SAMVERKAN_TEST_SERVER_LOG=info: every request in the server's log, tmp/server-PORT.log)
    args = [sys.executable, "-m", "graph.cli", "serve", "--store", store, "--host", "127.0.0.1",
            "--port", str(port), "--log-level", os.environ.get("SAMVERKAN_TEST_SERVER_LOG", "warning"), *extra]
    if graph is not None:
        args += ["--graph", str(graph)]
    # the server's caches of an on-disk store's state go with the test, not to the project's var/
    full_env = {**os.environ, "SAMVERKAN_NETWORK_CACHE": str(tmp / "network-cache"), **(env or {})}
    with log.open("w") as fh:
        proc = subprocess.Popen(args, cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT, env=full_env)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(url + "/sparql", proc, timeout=ready_timeout, ok=201, log=log)
        yield Server(url, proc, log)
    finally:
        stop(proc)


def settled(url: str, patience: float = 120.0) -> httpx.Response:
    """The page once the server has finished computing it: a report still being computed answers 202, a
    page whose seat table is still computing reloads itself (meta refresh); both say when the answer
    came, not what it says. Still computing after `patience` seconds fails the test."""
    deadline = time.monotonic() + patience
    while True:
        r = httpx.get(url, headers={"Accept": "text/html"}, timeout=60)
        if r.status_code != 202 and 'http-equiv="refresh"' not in r.text:
            return r
        if time.monotonic() > deadline:
            raise AssertionError(f"{url} still computing after {patience:.0f} s")
        time.sleep(0.5)
