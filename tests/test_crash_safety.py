"""Crash safety of the embedded on-disk store, with real processes killed by SIGKILL: a load killed at
any moment leaves the old data or the new data, with the marker that says which, and the next start
decides "changed" right; kill -9 of the server leaves no update process behind; a store whose lock
another process holds is explained (which process, what to do) or waited for."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from graph.cli.serve import prepare_store
from graph.processes import free_port, stop, wait_http
from graph.stores import open_store
from graph.stores.ondisk import file_digest, loaded_digest, lock_holder, recover, replace_store

from .servers import ROOT

pytestmark = pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux /proc")

#: The random kill delays of one run, from a fixed seed (override: CRASH_SEED=...), bounded.
SEED = int(os.environ.get("CRASH_SEED", "20261202"))
RANDOM_KILLS = 5


@pytest.fixture(scope="module")
def graphs(built_graph: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two graphs to swap between: the real graph (new) and its first third (old), as N-Quads, each with
    its own summaries as a build writes them (a server computes them at start for a store without, which
    would change the counts these tests compare)."""
    from graph.iris import DEFAULT_BASE
    from graph.summaries import append_to_file
    from graph.summaries import graphs as summary_graphs

    tmp = tmp_path_factory.mktemp("graphs")
    marks = tuple(f"<{g}>" for g in summary_graphs(DEFAULT_BASE))
    lines = [line for line in built_graph.read_text(encoding="utf-8").splitlines(keepends=True)
             if not line.rstrip().endswith(tuple(m + " ." for m in marks))]
    old = tmp / "old.nq"
    old.write_text("".join(lines[: len(lines) // 3]), encoding="utf-8")
    assert append_to_file(old, DEFAULT_BASE) > 0
    return {"old": old, "new": built_graph}


@pytest.fixture(scope="module")
def counts(graphs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    """How many quads a store loaded from each graph holds (whatever load() puts in the store)."""
    tmp = tmp_path_factory.mktemp("counts")
    out = {}
    for name, graph in graphs.items():
        replace_store(tmp / name, graph)
        out[name] = _quads(tmp / name)
    assert out["old"] != out["new"]
    return out


@pytest.fixture(scope="module")
def old_store(graphs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A template store holding the old graph, loaded as `samverkan serve` loads it."""
    store = tmp_path_factory.mktemp("template") / "store"
    assert prepare_store(f"oxigraph:{store}", graphs["old"]).startswith("loaded")
    return store


def _quads(store: Path) -> int:
    with open_store(f"oxigraph:{store}", read_only=True) as s:
        return s.quad_count()


def _copy(template: Path, tmp: Path) -> Path:
    import shutil

    store = tmp / "var" / "store"
    shutil.copytree(template, store)
    return store


LOAD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from graph.cli.serve import prepare_store
    print(prepare_store("oxigraph:" + sys.argv[1], Path(sys.argv[2])), flush=True)
""")


def _start_load(store: Path, graph: Path, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", LOAD, str(store), str(graph)], cwd=ROOT,
                            env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _check_after_crash(store: Path, graphs: dict[str, Path], counts: dict[str, int]) -> str:
    """The store holds the old graph whole or the new graph whole, its marker says which, and the next
    start makes the right decision; returns which it was."""
    recover(store)
    n = _quads(store)
    assert n in (counts["old"], counts["new"]), f"a killed load left {n} quads (old {counts['old']}, new " \
                                                f"{counts['new']})"
    which = "old" if n == counts["old"] else "new"
    assert loaded_digest(store) == file_digest(graphs[which]), "the marker disagrees with the data"
    status = prepare_store(f"oxigraph:{store}", graphs["new"], say=lambda _: None)
    assert status == "unchanged" if which == "new" else status.startswith("loaded"), status
    assert _quads(store) == counts["new"]
    leftovers = [p.name for p in store.parent.iterdir() if p.name.startswith(".store.")]
    assert leftovers == [], f"leftovers beside the store: {leftovers}"
    return which


@pytest.mark.parametrize("stage,exchange", [("loading", True), ("loaded", True), ("swapped", True),
                                            ("half-swapped", False)])
def test_load_killed_at_each_stage(stage: str, exchange: bool, graphs: dict[str, Path], counts: dict[str, int],
                                   old_store: Path, tmp_path: Path) -> None:
    """SIGKILL at each stage of a replacement (fault injection inside replace_store), both with the
    one-step exchange and with the two-rename fallback (a kill between the renames)."""
    store = _copy(old_store, tmp_path)
    env = {"SAMVERKAN_FAULT_AT": stage, **({} if exchange else {"SAMVERKAN_NO_RENAME_EXCHANGE": "1"})}
    proc = _start_load(store, graphs["new"], env)
    proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL, f"the fault at {stage!r} was not reached"
    which = _check_after_crash(store, graphs, counts)
    assert which == ("new" if stage == "swapped" else "old")


def test_load_killed_at_random_moments(graphs: dict[str, Path], counts: dict[str, int], old_store: Path,
                                       tmp_path: Path) -> None:
    """SIGKILL after random delays (bounded: RANDOM_KILLS runs, spread over the time an unkilled load
    takes, start-up included): every run leaves the old or the new data and a right next decision."""
    probe = _copy(old_store, tmp_path / "probe")
    started = time.monotonic()
    proc = _start_load(probe, graphs["new"])
    out, err = proc.communicate(timeout=120)
    whole = time.monotonic() - started
    assert proc.returncode == 0, err.decode()
    rng = random.Random(SEED)
    seen = []
    for i in range(RANDOM_KILLS):
        store = _copy(old_store, tmp_path / f"run{i}")
        delay = rng.uniform(0.3, 1.3) * whole
        proc = _start_load(store, graphs["new"])
        try:
            proc.wait(delay)
        except subprocess.TimeoutExpired:
            proc.kill()
        proc.communicate()
        seen.append((round(delay, 2), proc.returncode, _check_after_crash(store, graphs, counts)))
    print(f"seed {SEED}, unkilled load {whole:.2f} s; (delay, exit, store after): {seen}")


def test_build_killed_keeps_the_loaded_store_and_serve_decides_right(
        graphs: dict[str, Path], counts: dict[str, int], old_store: Path, tmp_path: Path) -> None:
    """The issue's case: `serve --graph G` loaded G; `samverkan build --store oxigraph:S` killed while
    loading must not leave S empty under a marker saying G (then serve said "unchanged")."""
    store = _copy(old_store, tmp_path)
    proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "build", "--store", f"oxigraph:{store}"], cwd=ROOT,
                            env={**os.environ, "SAMVERKAN_FAULT_AT": "loaded"}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    proc.communicate(timeout=300)
    assert proc.returncode == -signal.SIGKILL
    assert _quads(store) == counts["old"] and loaded_digest(store) == file_digest(graphs["old"])
    assert prepare_store(f"oxigraph:{store}", graphs["old"], say=lambda _: None) == "unchanged"
    # a build that finishes replaces it whole, and serve then reloads what it is given
    done = subprocess.run([sys.executable, "-m", "graph.cli", "build", "--store", f"oxigraph:{store}"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert _quads(store) == counts["new"]
    back = prepare_store(f"oxigraph:{store}", graphs["old"], replace_anyway=True, say=lambda _: None)
    assert back.startswith("loaded")
    assert _quads(store) == counts["old"]


# the lock ---------------------------------------------------------------------------------------
HOLD = textwrap.dedent("""
    import os, sys, time
    from graph.stores import open_store
    from server.lifecycle import set_process_name
    if len(sys.argv) > 3:  # an update process whose server is gone: named, and its parent ended
        set_process_name(sys.argv[3])
        if os.fork():
            os._exit(0)
    s = open_store("oxigraph:" + sys.argv[1])
    print("holding", os.getpid(), flush=True)
    deadline = time.monotonic() + float(sys.argv[2])  # or until the test lets go: a file beside the store
    while time.monotonic() < deadline and not os.path.exists(sys.argv[1] + ".let-go"):
        time.sleep(0.05)
    s.close()
    print("released", flush=True)
    time.sleep(60)
""")


def _hold(store: Path, seconds: float, name: str | None = None) -> Holder:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(store), str(seconds), *([name] if name else [])], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    word, pid = proc.stdout.readline().split()
    assert word == "holding"
    return Holder(int(pid), proc)


@dataclass
class Holder:
    """A process holding a store's lock (forked away from its parent when it plays an orphan)."""

    pid: int
    proc: subprocess.Popen

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        self.proc.kill()
        self.proc.wait()


@pytest.mark.parametrize("name", [None, "samverkan-upd"])
def test_restart_over_a_held_lock_says_which_process_and_what_to_do(old_store: Path, tmp_path: Path,
                                                                    name: str | None) -> None:
    """Another program, or an update process left by a killed server (its name samverkan-upd), holds
    the lock: serve waits SAMVERKAN_LOCK_WAIT seconds, then exits 2 with one line naming the process
    and the command that stops it."""
    store = _copy(old_store, tmp_path)
    holder = _hold(store, 120, name)
    try:
        assert lock_holder(store) == holder.pid
        done = subprocess.run([sys.executable, "-m", "graph.cli", "serve", "--store", f"oxigraph:{store}",
                               "--port", str(free_port())], cwd=ROOT, capture_output=True, text=True, timeout=120,
                              env={**os.environ, "SAMVERKAN_LOCK_WAIT": "1"})
    finally:
        holder.kill()
    assert done.returncode == 2, done.stdout + done.stderr
    err = done.stderr.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"locked by process {holder.pid}" in err[0] and f"kill {holder.pid}" in err[0], err[0]
    assert ("an update process left by a server that was stopped" in err[0]) == (name is not None), err[0]


def test_restart_waits_for_a_lock_that_is_let_go(old_store: Path, tmp_path: Path) -> None:
    """The server waits for a lock another process holds and starts once it is let go: the holder lets
    go when the server says it waits (not after a fixed time, which a loaded machine's slow start outran)."""
    store = _copy(old_store, tmp_path)
    holder = _hold(store, 300)
    port = free_port()
    log = tmp_path / "serve.log"
    try:
        with log.open("w") as fh:
            server = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", "--store", f"oxigraph:{store}",
                                       "--port", str(port), "--log-level", "warning"], cwd=ROOT, stdout=fh,
                                      stderr=subprocess.STDOUT, env={**os.environ, "SAMVERKAN_LOCK_WAIT": "60"})
        try:
            deadline = time.monotonic() + 120
            while f"waiting up to 60 s for process {holder.pid}" not in log.read_text():
                assert server.poll() is None and time.monotonic() < deadline, log.read_text()
                time.sleep(0.1)
            Path(f"{store}.let-go").touch()
            wait_http(f"http://127.0.0.1:{port}/sparql", server, timeout=120, ok=201, log=log)
            r = httpx.get(f"http://127.0.0.1:{port}/sparql", params={"query": "ASK { GRAPH ?g { ?s ?p ?o } }"},
                          headers={"Accept": "application/sparql-results+json"})
            assert r.json()["boolean"] is True
        finally:
            stop(server)
    finally:
        holder.kill()
    assert f"waiting up to 60 s for process {holder.pid}" in log.read_text()


# kill -9 of the server --------------------------------------------------------------------------
SLOW_UPDATE = ('INSERT { GRAPH <urn:x-test:slow> { ?a <urn:x-test:p> ?b } } WHERE { GRAPH ?g { ?a ?p ?x } '
               'GRAPH ?h { ?b ?q ?y } FILTER(STRLEN(STR(?x)) + STRLEN(STR(?y)) = -1) }')  # reads the named graphs:
# an update's WHERE outside GRAPH sees only the store's own default graph, which holds nothing (the dataset rule)


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (any of its threads)."""
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if int((d / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(d.name))
            except (OSError, ValueError, IndexError):
                pass
    return out


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state == "Z"


def test_kill_9_of_the_server_leaves_no_update_process(old_store: Path, tmp_path: Path) -> None:
    """A long update runs in the update process; kill -9 of the server: the update process and the
    query workers end too (none holds the store), nothing of the update is committed, and a restart
    serves the store."""
    store = _copy(old_store, tmp_path)
    before = _quads(store)
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as fh:
        server = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", "--store", f"oxigraph:{store}",
                                   "--port", str(port), "--log-level", "warning", "--timeout", "120"], cwd=ROOT,
                                  stdout=fh, stderr=subprocess.STDOUT,
                                  env={**os.environ, "SAMVERKAN_UPDATE_TOKEN": "t0ken"})
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        wait_http(url, server, timeout=120, ok=201, log=log)

        def send() -> None:
            with contextlib.suppress(httpx.HTTPError):  # the server is killed under it
                httpx.post(url, content=SLOW_UPDATE, timeout=200, headers={
                    "Content-Type": "application/sparql-update", "Authorization": "Bearer t0ken"})

        threading.Thread(target=send, daemon=True).start()
        deadline = time.monotonic() + 180  # slow on a loaded machine
        while lock_holder(store) is None:
            assert time.monotonic() < deadline, "the update process never took the store's lock"
            time.sleep(0.1)
        updater = lock_holder(store)
        assert updater in _children(server.pid)
        assert Path(f"/proc/{updater}/comm").read_text().strip() == "samverkan-upd"
        children = _children(server.pid)
        server.kill()
        server.wait()
        killed = time.monotonic()
        while not all(_gone(c) for c in children):
            assert time.monotonic() < killed + 10, f"left running after kill -9 of the server: " \
                                                   f"{[c for c in children if not _gone(c)]}"
            time.sleep(0.01)
        print(f"the update process ended {time.monotonic() - killed:.2f} s after kill -9 of the server")
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    assert lock_holder(store) is None
    assert _quads(store) == before  # the update was one transaction: nothing of it is committed
    # a restart serves the store at once
    port = free_port()
    with log.open("a") as fh:
        again = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", "--store", f"oxigraph:{store}",
                                  "--port", str(port), "--log-level", "warning"], cwd=ROOT, stdout=fh,
                                 stderr=subprocess.STDOUT)
    try:
        wait_http(f"http://127.0.0.1:{port}/sparql", again, timeout=120, ok=201, log=log)
    finally:
        stop(again)


def test_kill_9_of_the_server_ends_a_busy_query_worker(old_store: Path, tmp_path: Path) -> None:
    """A worker in the middle of a long query when the server is killed ends too (its parent watch),
    instead of running the query to its end."""
    store = _copy(old_store, tmp_path)
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as fh:
        server = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", "--store", f"oxigraph:{store}",
                                   "--port", str(port), "--log-level", "warning", "--timeout", "120"], cwd=ROOT,
                                  stdout=fh, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/sparql"
    slow = "SELECT * WHERE { ?a ?p ?x . ?b ?q ?y FILTER(STRLEN(STR(?x)) + STRLEN(STR(?y)) = -1) }"
    try:
        wait_http(url, server, timeout=120, ok=201, log=log)
        workers = _children(server.pid)
        assert workers, "the server started no query workers"

        def send() -> None:
            with contextlib.suppress(httpx.HTTPError):
                httpx.get(url, params={"query": slow}, timeout=200)

        threading.Thread(target=send, daemon=True).start()
        time.sleep(2)  # the query is running in a worker
        server.kill()
        server.wait()
        deadline = time.monotonic() + 10
        while not all(_gone(c) for c in workers):
            assert time.monotonic() < deadline, f"left running after kill -9: {[c for c in workers if not _gone(c)]}"
            time.sleep(0.1)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
