"""Tests that an update through the server is answered without starting Python processes: the update
process is started ahead (not holding the store) and the query workers reopen their store in place,
and that no reader answers from the old snapshot once the update has answered."""

from __future__ import annotations

import contextlib
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from graph.stores.ondisk import lock_holder

from .servers import run_server

TOKEN = "update-latency-test-token"
WORKERS = 3


@pytest.fixture(scope="module")
def server(built_graph: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    tmp = tmp_path_factory.mktemp("latency-server")
    with run_server(tmp, built_graph, f"oxigraph:{tmp / 'store'}", "--workers", str(WORKERS),
                    env={"SAMVERKAN_UPDATE_TOKEN": TOKEN}) as srv:
        srv.store = tmp / "store"
        yield srv


def _update(server: object, text: str) -> httpx.Response:
    return httpx.post(server.url + "/sparql", data={"update": text}, timeout=120,
                      headers={"Authorization": f"Bearer {TOKEN}"})


def _values(server: object, subject: str) -> set[str]:
    r = httpx.post(server.url + "/sparql", data={"query": f"SELECT ?o WHERE {{ <{subject}> <urn:p> ?o }}"},
                   headers={"Accept": "application/json"}, timeout=60)
    assert r.status_code == 200, r.text
    return {b["o"]["value"] for b in r.json()["results"]["bindings"]}


def _children(pid: int) -> set[int]:
    out = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):
            out |= {int(c) for c in (task / "children").read_text().split()}
    return out


def _comm(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


def _standby_ready(server: object) -> None:
    deadline = time.monotonic() + 60
    while not any(_comm(c) == "samverkan-upd" for c in _children(server.process.pid)):
        assert time.monotonic() < deadline, "no standby update process was started"
        time.sleep(0.1)


def _workers(server: object) -> set[int]:
    """The server's children other than the (standby) update process, once the standby has named itself."""
    _standby_ready(server)
    return {c for c in _children(server.process.pid) if _comm(c) != "samverkan-upd"}


def test_an_update_is_seen_by_every_worker_at_once(server: object) -> None:
    """After each update's answer, queries on all the workers (more than one at a time, so every
    worker answers some) see it; the workers are the same processes (reopened in place)."""
    subject = f"urn:latency:{uuid.uuid4()}"
    workers_before = _workers(server)
    for i in range(4):
        r = _update(server, f"INSERT DATA {{ GRAPH <urn:latency> {{ <{subject}> <urn:p> \"{i}\" }} }}")
        assert r.status_code in (200, 204), r.text
        seen: list[set[str] | Exception] = []

        def ask(seen: list = seen) -> None:
            try:
                seen.append(_values(server, subject))
            except Exception as exc:  # noqa: BLE001 - reported by the assertion below
                seen.append(exc)

        for _ in range(2):  # WORKERS at once (within the per-client limit), twice
            threads = [threading.Thread(target=ask) for _ in range(WORKERS)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        assert seen == [{str(j) for j in range(i + 1)}] * (WORKERS * 2)
    workers_after = _workers(server)
    assert workers_before == workers_after  # reopened in place, none replaced


def test_the_standby_update_process_does_not_hold_the_store(server: object) -> None:
    """Between updates a standby update process waits, without the store's lock (a build or a second
    server must find the store unlocked), and a failed update leaves it ready for the next."""
    assert _update(server, "INSERT DATA { GRAPH <urn:latency> { <urn:a> <urn:p> \"x\" } }").status_code in (200, 204)
    _standby_ready(server)
    _lock_let_go(server)
    bad = _update(server, "INSERT DATA { GRAPH <urn:latency> { <urn:a> <urn:p> ")
    assert bad.status_code == 400
    good = _update(server, "INSERT DATA { GRAPH <urn:latency> { <urn:b> <urn:p> \"y\" } }")
    assert good.status_code in (200, 204), good.text
    assert _values(server, "urn:b") == {"y"}
    _lock_let_go(server)


def _lock_let_go(server: object, patience: float = 60.0) -> None:
    """The store's lock is free once the update and what follows it are done (the server rewrites the
    precomputed summaries in the background after each update: server/summary_refresh.py, itself an
    update): a standby process that kept the lock fails here after `patience` seconds."""
    deadline = time.monotonic() + patience
    free_since = None
    while free_since is None or time.monotonic() - free_since < 1.0:  # free for a whole second
        assert time.monotonic() < deadline, f"the store's lock still held {patience} s after the last update"
        free_since = (free_since or time.monotonic()) if lock_holder(server.store) is None else None
        time.sleep(0.1)
