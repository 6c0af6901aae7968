"""Local server processes on loopback (our server, an Oxigraph server): a free port, waiting until
one answers over HTTP, stopping it. Used by `samverkan bench` and by the tests."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str | None:
    """The `oxigraph` server of the PyPI package oxigraph (on PATH or next to this Python), if installed."""
    path = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    return path if Path(path).exists() else None


def wait_http(url: str, proc: subprocess.Popen | None = None, timeout: float = 120,
              ok: int = 500, log: Path | None = None) -> None:
    """Wait until GET url answers with a status below `ok`; fail early when `proc` has exited
    (with its log, when given) and after `timeout` seconds."""
    tail = (lambda: ":\n" + log.read_text(encoding="utf-8", errors="replace")) if log else (lambda: "")
    deadline = time.monotonic() + timeout
    while True:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"{proc.args[0]} exited with {proc.returncode}{tail()}")
        try:
            if httpx.get(url, timeout=2).status_code < ok:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{url} did not come up in {timeout} s{tail()}")
        time.sleep(0.2)


def stop(proc: subprocess.Popen) -> None:
    """Terminate a process, killing it when it has not ended within 10 s."""
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
