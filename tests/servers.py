"""Start the real server (uvicorn, in a subprocess) on a free loopback port for tests."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

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
    args = [sys.executable, "-m", "graph.cli", "serve", "--store", store, "--host", "127.0.0.1",
            "--port", str(port), "--log-level", "warning", *extra]
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
