"""Start the real server (uvicorn, in a subprocess) on a free loopback port for tests."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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
    full_env = {**os.environ, **(env or {})}
    with log.open("w") as fh:
        proc = subprocess.Popen(args, cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT, env=full_env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + ready_timeout
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited with {proc.returncode}:\n{log.read_text()}")
            try:
                if httpx.get(url + "/sparql", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"server did not start in {ready_timeout} s:\n{log.read_text()}")
            time.sleep(0.2)
        yield Server(url, proc, log)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
