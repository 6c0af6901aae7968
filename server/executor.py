"""Runs queries in worker processes with a real timeout, a row cap and safe updates.

- A pool of worker processes (server/worker.py) answers queries; when one runs past the timeout
  the worker is killed (the work really stops) and a fresh one takes its place.
- Updates: the user's update alone, one transaction (the default graph is the engine's union of the
  named graphs: nothing to copy). On-disk Oxigraph is opened for writing by an update process
  started ahead as a standby (it opens the store only when the update arrives: RocksDB has one
  writer, and a build must find the store unlocked between updates) while the readers keep
  answering from their read-only handles (each a snapshot of the store as it was when opened); once
  the update is committed every idle reader reopens its handle in place (milliseconds) and a busy
  one does so when released, and the update answers after that (so its client reads what it wrote). In-memory
  stores apply the update in every worker and keep it in a replay log so a restarted worker
  catches up; a remote endpoint gets it over HTTP.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import os
import queue
import sys
import threading
import time
import types
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import connection as mp_connection
from pathlib import Path
from typing import Any

from graph.stores import Store, StoreSpec
from graph.stores.base import Boolean, Graphs, QueryResult, QuerySyntaxError, Solutions, StoreError, Triples

from . import worker
from .fairness import Admission, Busy, SlowLane, TooManyForClient  # noqa: F401  (Busy, TooManyForClient: the routes' errors)
from .sparql_guard import Refused

_CTX = mp.get_context("spawn")
log = logging.getLogger("samverkan.executor")


#: Seconds an update may run beyond the query timeout before it is stopped (SAMVERKAN_UPDATE_GRACE).
UPDATE_GRACE = float(os.environ.get("SAMVERKAN_UPDATE_GRACE", "30"))
#: Seconds the update process may take to open the store (and upgrade one written by an older version).
UPDATE_START = 600.0


_MAIN_LOCK = threading.Lock()


def start_bare(proc: Any) -> None:
    """Start a spawned process without it importing the parent's main module. multiprocessing's spawn
    runs the parent's `__main__` (the `samverkan` command: graph.cli, graph.config, rdflib, ≈ 20 MB)
    in every child before its target; the workers need only their own module (server/worker.py), so
    the main module is hidden from the spawn's preparation while the process starts."""
    with _MAIN_LOCK:
        main = sys.modules.get("__main__")
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            proc.start()
        finally:
            if main is not None:
                sys.modules["__main__"] = main


def _wait_ended(proc: Any, timeout: float) -> None:
    """Wait for `proc` to end without reaping it (the standby thread joins it)."""
    with contextlib.suppress(Exception):
        mp_connection.wait([proc.sentinel], timeout)


class QueryTimeout(StoreError):
    """The query ran past the configured timeout and was stopped."""


@dataclass
class Materialised:
    """A query result held in memory, with whether the row cap cut it."""

    result: Solutions | Boolean | Triples
    truncated: bool = False
    rows: int = 0
    cut_by_bytes: bool = False  # the byte cap (max_bytes) cut it, not the row cap


class NotAcceptable(StoreError):
    """The client accepts no format of the result's kind ("select" or "graph"), or the result holds
    characters the negotiated format cannot carry (then the message says so)."""


@dataclass
class Serialised:
    """A query result as the document sent to the client (written by the worker)."""

    fmt: str
    data: bytes
    cut_by_rows: bool = False
    cut_by_bytes: bool = False


class _RWLock:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False

    def try_acquire_read(self) -> bool:
        """acquire_read without waiting: False while a writer holds or waits for the lock."""
        with self._cond:
            if self._writer:
                return False
            self._readers += 1
            return True

    def acquire_read(self) -> None:
        with self._cond:
            while self._writer:
                self._cond.wait()
            self._readers += 1

    def release_read(self) -> None:
        with self._cond:
            self._readers -= 1
            self._cond.notify_all()

    def acquire_write(self) -> None:
        with self._cond:
            while self._writer:
                self._cond.wait()
            self._writer = True
            while self._readers:
                self._cond.wait()

    def release_write(self) -> None:
        with self._cond:
            self._writer = False
            self._cond.notify_all()


@dataclass
class _Worker:
    process: Any
    conn: Any
    quads: int = 0

    def call(self, msg: tuple, timeout: float | None) -> tuple:
        try:
            self.conn.send(msg)
            if not self.conn.poll(timeout):
                raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped")
            return self.conn.recv()
        except (EOFError, BrokenPipeError, ConnectionResetError, OSError) as exc:
            raise StoreError(f"query worker failed: {exc}") from exc

    def kill(self) -> None:
        try:
            self.process.kill()
            self.process.join(5)
        finally:
            self.conn.close()


def _update_process(spec: StoreSpec, conn: Any, parent_pid: int | None = None) -> None:
    """The update process: started ahead as a standby (imports done, store NOT open: RocksDB allows one
    writer, and a build or a second server must find the store unlocked while no update runs); it
    opens the store only when ("update", sparql, base_iri) arrives, runs that one update in one
    transaction and ends."""
    if parent_pid is not None:  # ends with the server: kill -9 of the server leaves no writer behind
        from graph.stores.ondisk import UPDATE_PROCESS_NAME

        from .lifecycle import die_with_parent

        die_with_parent(parent_pid, UPDATE_PROCESS_NAME)
    try:
        msg = conn.recv()
    except (EOFError, OSError):
        return
    if not msg or msg[0] != "update":
        return
    _, sparql, base_iri = msg
    try:
        store = spec.open()
        store.upgrade()  # a store written by an older version: its merged default copy goes first, once
        conn.send(("started",))  # the update's time counts from here, not from the process's start
        store.update(sparql, base_iri)
        store.close()
        conn.send(("ok", None))
    except QuerySyntaxError as exc:
        conn.send(("error", "syntax", str(exc)))
    except Exception as exc:
        conn.send(("error", "store", f"{type(exc).__name__}: {exc}"))


class _Standby:
    """Keeps one update process started ahead, so an update does not wait for a Python start. A
    thread of its own starts each one and waits for it to end (PR_SET_PDEATHSIG fires when the
    starting thread ends: server/lifecycle.py), then starts the next."""

    def __init__(self, spec: StoreSpec) -> None:
        self.spec = spec
        self._ready: queue.Queue = queue.Queue(maxsize=1)
        self._lock = threading.Lock()
        self._stopping = False
        self._current: Any = None
        self._thread = threading.Thread(target=self._loop, name="samverkan-update-standby", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _loop(self) -> None:
        while True:
            parent, child = _CTX.Pipe()
            with self._lock:
                if self._stopping:
                    return
                proc = _CTX.Process(target=_update_process, args=(self.spec, child, os.getpid()),
                                    daemon=True, name="samverkan-update")
                try:
                    start_bare(proc)
                except Exception:
                    child.close()
                    parent.close()
                    self._ready.put(None)  # the taker starts one itself and says why it failed
                    return
                self._current = proc
            child.close()
            self._ready.put((proc, parent))
            proc.join()  # this thread stays alive while the process runs (its death signal is tied to it)
            with self._lock:
                self._current = None

    def take(self, timeout: float) -> tuple[Any, Any] | None:
        """The standby process and its pipe (the next one is started as soon as it ends), or None."""
        try:
            return self._ready.get(timeout=timeout)
        except queue.Empty:
            return None

    def stop(self) -> None:
        with self._lock:
            self._stopping = True
            proc = self._current
        if proc is not None:
            with contextlib.suppress(Exception):
                proc.kill()


@dataclass
class QueryExecutor:
    spec: StoreSpec  # given as text or a StoreSpec; parsed once, here
    graph_file: str | None = None
    workers: int = 2
    timeout: float = 10.0
    max_rows: int = 10000
    max_bytes: int | None = None  # cap on a result's size (server/fairness.py, the /sparql byte cap)
    allow_service: bool = False  # workers of an embedded store give up their network unless True
    admission: Admission | None = None  # the queue, lanes and per-client limits (default: Admission(workers))
    updates: bool = True  # False: no update is expected (no token), so no standby update process is held
    _idle: queue.Queue = field(default_factory=queue.Queue, init=False)
    _all: list[_Worker] = field(default_factory=list, init=False)
    _replay: list[str] = field(default_factory=list, init=False)
    _lock: _RWLock = field(default_factory=_RWLock, init=False)
    _spawn_lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    _update_lock: threading.Lock = field(default_factory=threading.Lock, init=False)  # one update at a time
    _stale: set[int] = field(default_factory=set, init=False)  # readers opened before the last update (ids)
    generation: int = field(default=0, init=False)  # updates so far: caches of derived results key on it
    _standby: _Standby | None = field(default=None, init=False)  # the next update process, started ahead

    def __post_init__(self) -> None:
        self.spec = StoreSpec.parse(self.spec)
        if self.admission is None:
            self.admission = Admission(self.workers, max_wait=self.timeout + 5)

    @property
    def on_disk(self) -> bool:
        return self.spec.persistent

    @property
    def remote(self) -> bool:
        return self.spec.is_remote

    # lifecycle -------------------------------------------------------------------
    def _spawn(self) -> _Worker:
        parent, child = _CTX.Pipe()
        isolate = not self.allow_service and not self.spec.is_remote
        proc = _CTX.Process(target=worker.main, args=(child, self.spec, self.graph_file, list(self._replay), isolate),
                            daemon=True, name="samverkan-query-worker")
        start_bare(proc)
        child.close()
        try:
            if not parent.poll(120):
                proc.kill()
                raise StoreError("query worker did not start within 120 s")
            reply = parent.recv()
        except (EOFError, OSError) as exc:
            proc.join(5)
            raise StoreError(f"query worker failed to start (exit code {proc.exitcode})") from exc
        if reply[0] != "ready":
            proc.join(5)
            raise StoreError(reply[2])
        w = _Worker(proc, parent, reply[1])
        with self._spawn_lock:
            self._all.append(w)
        return w

    def start(self) -> None:
        if self.on_disk and self.updates and self._standby is None:  # starts while the workers open the store
            self._standby = _Standby(self.spec)
            self._standby.start()
        for _ in range(max(1, self.workers)):
            self._idle.put(self._spawn())

    def stop(self) -> None:
        if self._standby is not None:
            self._standby.stop()
        with self._spawn_lock:
            workers, self._all = list(self._all), []
        for w in workers:
            with contextlib.suppress(StoreError):
                w.call(("close",), 5)
            w.kill()
        while not self._idle.empty():
            self._idle.get_nowait()

    def _replace(self) -> None:
        """Start a worker in place of a retired one, in a thread of its own (retried while it fails)."""
        def start() -> None:
            for attempt in range(5):
                try:
                    self._idle.put(self._spawn())
                    return
                except StoreError as exc:
                    log.warning("query worker could not be replaced (attempt %d): %s", attempt + 1, exc)
                    time.sleep(1 + attempt)

        threading.Thread(target=start, name="samverkan-worker-replace", daemon=True).start()

    def _retire(self, w: _Worker) -> None:
        with self._spawn_lock:
            if w in self._all:
                self._all.remove(w)
            self._stale.discard(id(w))
        w.kill()

    # queries -------------------------------------------------------------------
    def run_query(self, sparql: str, default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
                  base_iri: str | None = None, timeout: float | None = None,
                  max_rows: int | None = None) -> Solutions | Boolean | Triples:
        return self.run(sparql, default_graphs, named_graphs, base_iri, timeout, max_rows).result

    def run(self, sparql: str, default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
            base_iri: str | None = None, timeout: float | None = None, max_rows: int | None = None,
            client: str | None = None, checked: bool = False, max_bytes: int | None = None) -> Materialised:
        """Run a query on a worker. A user's query (`checked`) is parsed and refused there when the
        server cannot parse it or when it would fetch from the network (server/sparql_guard.py);
        `client` counts it against that client's limit (server/fairness.py); `max_bytes` caps the
        result's size (default: the executor's)."""
        timeout = self.timeout if timeout is None else timeout
        max_rows = self.max_rows if max_rows is None else max_rows
        max_bytes = self.max_bytes if max_bytes is None else max_bytes
        msg = ("query", sparql, default_graphs or [], named_graphs or [], base_iri, max_rows, max_bytes,
               self.allow_service if checked else None)
        reply = self._ask_worker(msg, sparql, client, timeout)
        form = reply[1]
        if form[0] == "ask":
            return Materialised(Boolean(form[1]))
        if form[0] == "select":
            return Materialised(Solutions(form[1], iter(form[2])), truncated=form[3] or form[4], rows=len(form[2]),
                                cut_by_bytes=form[4])
        return Materialised(Triples(iter(form[1])), truncated=form[2] or form[3], rows=len(form[1]),
                            cut_by_bytes=form[3])

    def run_serialised(self, sparql: str, select_fmt: str | None, graph_fmt: str | None,
                       default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
                       base_iri: str | None = None, client: str | None = None,
                       max_bytes: int | None = None) -> Serialised:
        """A user's query (checked as in run()) answered as the document the client gets: the worker
        writes the result in `select_fmt` (SELECT/ASK) or `graph_fmt` (CONSTRUCT/DESCRIBE) under the
        row and byte caps and hands over bytes, so the front process never rebuilds the terms. A
        format given as None is not acceptable to the client: NotAcceptable once the kind is known."""
        max_bytes = self.max_bytes if max_bytes is None else max_bytes
        msg = ("serialise", sparql, default_graphs or [], named_graphs or [], base_iri, self.max_rows, max_bytes,
               self.allow_service, select_fmt, graph_fmt)
        reply = self._ask_worker(msg, sparql, client, self.timeout)
        fmt, data, by_rows, by_bytes = reply[1]
        return Serialised(fmt, data, by_rows, by_bytes)

    async def run_serialised_async(self, sparql: str, select_fmt: str | None, graph_fmt: str | None,
                                   default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
                                   base_iri: str | None = None, client: str | None = None,
                                   max_bytes: int | None = None) -> Serialised:
        """run_serialised from the event loop. The common case (a query not known to be slow, a worker
        idle now, no in-memory update under way) takes no thread: the same admission (per-client
        limit, queue), the request written to the worker's pipe and its answer awaited on the pipe
        (the timeout as in run(): the worker is killed and replaced). Otherwise it waits in a thread
        as run_serialised does."""
        import asyncio

        import anyio

        def in_thread() -> Serialised:
            return self.run_serialised(sparql, select_fmt, graph_fmt, default_graphs, named_graphs, base_iri,
                                       client, max_bytes)

        if not self._lock.try_acquire_read():
            return await anyio.to_thread.run_sync(in_thread)
        try:
            w = self._idle.get_nowait()
        except queue.Empty:
            self._lock.release_read()
            return await anyio.to_thread.run_sync(in_thread)
        try:
            ticket = self.admission.enter(sparql, client, wait_lane=False)
        except SlowLane:
            self._idle.put(w)
            self._lock.release_read()
            return await anyio.to_thread.run_sync(in_thread)
        except BaseException:
            self._idle.put(w)
            self._lock.release_read()
            raise
        max_bytes = self.max_bytes if max_bytes is None else max_bytes
        msg = ("serialise", sparql, default_graphs or [], named_graphs or [], base_iri, self.max_rows, max_bytes,
               self.allow_service, select_fmt, graph_fmt)
        timed_out = False
        loop = asyncio.get_running_loop()
        try:
            self.admission.started(ticket)
            readable = loop.create_future()
            fd = w.conn.fileno()
            try:
                w.conn.send(msg)
                loop.add_reader(fd, lambda: readable.done() or readable.set_result(None))
                try:
                    await asyncio.wait_for(readable, self.timeout)
                finally:
                    loop.remove_reader(fd)
                    os.set_blocking(fd, True)  # uvloop made it non-blocking; the rest of a large answer is read whole
                reply = w.conn.recv()
            except (TimeoutError, EOFError, BrokenPipeError, ConnectionResetError, OSError) as exc:
                timed_out = isinstance(exc, asyncio.TimeoutError)
                self._retire(w)
                self._replace()
                if timed_out:
                    raise QueryTimeout(f"the query ran longer than {self.timeout:g} s and was stopped") from None
                raise StoreError(f"query worker failed: {exc}") from exc
            except BaseException:  # cancelled (the client went away) while the worker works: not reusable
                self._retire(w)
                self._replace()
                raise
            if self._is_stale(w):  # reopened after an update: milliseconds, in a thread
                await anyio.to_thread.run_sync(self._release, w)
            else:
                self._idle.put(w)
        finally:
            self._lock.release_read()
            self.admission.leave(ticket, True, timed_out)
        fmt, data, by_rows, by_bytes = self._checked(reply)[1]
        return Serialised(fmt, data, by_rows, by_bytes)

    def _ask_worker(self, msg: tuple, sparql: str, client: str | None, timeout: float) -> tuple:
        """Send `msg` to a free worker through the admission (fairness.py) and return its reply; a
        worker past the timeout (or failed) is replaced; errors are raised as the routes expect them."""
        # work allowed to run longer than the users' timeout is the server's own background work: it
        # takes the slow lane and may wait as long as it may run
        background = timeout > self.timeout
        ticket = self.admission.enter(sparql, client, background, max_wait=timeout if background else None)
        ran = timed_out = False
        try:
            self._lock.acquire_read()
            try:
                try:
                    w = self._idle.get(timeout=max(0.1, self.admission.remaining_wait(ticket)))
                except queue.Empty:
                    raise Busy("all query workers are busy; try again") from None
                self.admission.started(ticket)
                ran = True
                try:
                    reply = w.call(msg, timeout)
                except StoreError as exc:
                    timed_out = isinstance(exc, QueryTimeout)
                    self._retire(w)
                    self._replace()  # the client hears of the timeout now, not after a Python start
                    raise
                self._release(w)
            finally:
                self._lock.release_read()
        finally:
            self.admission.leave(ticket, ran, timed_out)
        return self._checked(reply)

    def run_dump(self, path: str, syntax: str, prefixes: dict[str, str] | None, compress: bool,
                 timeout: float) -> bool:
        """Have a worker write the whole dataset into the file at `path` with the engine's own writer
        (graph.stores.base.dump_to_file; the server's background work: the slow lane). False when its
        store cannot (a remote or rdflib store): nothing written."""
        reply = self._ask_worker(("dump", path, syntax, prefixes, compress), f"# dump {syntax}", None, timeout)
        return bool(reply[1])

    @staticmethod
    def _checked(reply: tuple) -> tuple:
        """A worker's reply, or its error raised as the routes expect it."""
        if reply[0] == "error":
            if reply[1] == "refused":
                raise Refused(reply[2], reply[3])
            if reply[1] == "unacceptable":
                raise NotAcceptable(reply[2])
            raise (QuerySyntaxError if reply[1] == "syntax" else StoreError)(reply[2])
        return reply

    # updates -------------------------------------------------------------------
    def run_update(self, sparql: str, base_iri: str | None = None, timeout: float | None = None) -> None:
        timeout = self.timeout if timeout is None else timeout
        if self.remote:
            store = self.spec.open()
            try:
                store.update(sparql, base_iri)
            finally:
                store.close()
                self.generation += 1
            return
        if self.on_disk:  # readers keep answering from their snapshots meanwhile
            with self._update_lock:
                try:
                    self._update_on_disk(sparql, base_iri, timeout)
                finally:
                    self.generation += 1
            return
        self._lock.acquire_write()
        try:
            self._update_in_memory(sparql, base_iri, timeout)
        finally:
            self.generation += 1
            self._lock.release_write()

    def _update_on_disk(self, sparql: str, base_iri: str | None, timeout: float) -> None:
        limit = timeout + UPDATE_GRACE
        if self._standby is None:
            self._standby = _Standby(self.spec)
            self._standby.start()
        taken = self._standby.take(UPDATE_START)
        if taken is None:
            raise StoreError("the update process could not be started; nothing of the update was written")
        proc, parent = taken
        try:
            parent.send(("update", sparql, base_iri))
            if parent.poll(UPDATE_START):
                reply = parent.recv()
            else:
                proc.kill()
                _wait_ended(proc, 5)
                reply = ("error", "store", f"the update process did not open the store within {UPDATE_START:g} s")
            if reply[0] == "started":
                if not parent.poll(limit):
                    # killed before its one transaction committed: nothing of the update is in the store
                    proc.kill()
                    _wait_ended(proc, 5)
                    raise QueryTimeout(f"the update ran longer than {limit:g} s and was stopped; nothing of it "
                                       "was written")
                reply = parent.recv()
        except (EOFError, OSError) as exc:
            _wait_ended(proc, 5)
            raise StoreError(f"the update process failed (exit code {proc.exitcode}); nothing of it was "
                             "written") from exc
        finally:
            parent.close()
        # the process closed the store before answering; its end (and RocksDB's lock going) is near
        _wait_ended(proc, 30)
        if reply[0] == "error":
            raise (QuerySyntaxError if reply[1] == "syntax" else StoreError)(reply[2])
        self._refresh_readers()

    def _refresh_readers(self) -> None:
        """Make every query worker see the store as it is now: the idle ones reopen their read-only
        handle in place at once (milliseconds, side by side); a busy one finishes its query (on the
        old snapshot, begun before this update answered) and reopens when it is released."""
        with self._spawn_lock:
            self._stale.update(id(w) for w in self._all)
        idle = []
        while True:
            try:
                idle.append(self._idle.get_nowait())
            except queue.Empty:
                break
        if not idle:
            return
        with ThreadPoolExecutor(len(idle)) as pool:
            fresh = list(pool.map(self._reopen, idle))
        for w in fresh:
            self._idle.put(w)

    def _reopen(self, w: _Worker) -> _Worker:
        """The worker `w` with its store reopened (or a fresh worker in its place if that fails)."""
        with self._spawn_lock:
            self._stale.discard(id(w))
        try:
            reply = w.call(("reopen",), UPDATE_START)
            if reply[0] == "ok":
                return w
        except StoreError:
            pass
        self._retire(w)
        return self._spawn()

    def _is_stale(self, w: _Worker) -> bool:
        with self._spawn_lock:
            return id(w) in self._stale

    def _release(self, w: _Worker) -> None:
        """Give a worker back after a query: to the idle ones, reopened first if an update made it stale."""
        if self._is_stale(w):
            w = self._reopen(w)
        self._idle.put(w)

    def _update_in_memory(self, sparql: str, base_iri: str | None, timeout: float) -> None:
        workers = [self._idle.get() for _ in range(len(self._all))]
        try:
            first, *rest = workers
            reply = first.call(("update", sparql, base_iri), timeout + 30)
            if reply[0] == "error":
                raise (QuerySyntaxError if reply[1] == "syntax" else StoreError)(reply[2])
            for w in rest:
                w.call(("update", sparql, base_iri), timeout + 30)
            self._replay.append(sparql)
        except QueryTimeout:
            for w in workers:
                self._retire(w)
            workers = [self._spawn() for _ in workers]
            raise
        finally:
            for w in workers:
                self._idle.put(w)

    def quad_count(self) -> int:
        reply = self.run_count()
        return int(reply)

    def run_count(self) -> int:
        self._lock.acquire_read()
        try:
            w = self._idle.get(timeout=self.timeout + 5)
            try:
                reply = w.call(("count",), self.timeout)
            finally:
                self._release(w)
        finally:
            self._lock.release_read()
        return int(reply[1])


class ExecutorStore(Store):
    """The executor's query workers as a read-only Store, so code written for a Store (its select,
    ask and construct; validation's scope extraction) runs with the server's timeout and row cap.

    `timeout` and `max_rows` default to the executor's; with `strict`, a result the row cap cut is
    an error instead of a shorter answer. `reader` names the user in the errors.
    """

    kind = "server"

    def __init__(self, executor: Any, timeout: float | None = None, max_rows: int | None = None,
                 strict: bool = False, reader: str = "the server") -> None:
        self.executor = executor
        self.timeout = timeout
        self.max_rows = max_rows
        self.strict = strict
        self.reader = reader

    def query(self, sparql: str, graphs: Graphs | None = None, base_iri: str | None = None) -> QueryResult:
        done = self.executor.run(sparql, list(graphs.default) if graphs else None,
                                 list(graphs.named) if graphs else None, base_iri, self.timeout, self.max_rows)
        if self.strict and done.truncated:
            cap = self.executor.max_rows if self.max_rows is None else self.max_rows
            raise StoreError(f"{self.reader}: a query returned more than {cap:,} rows")
        return done.result

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        raise StoreError(f"{self.reader} reads the store; it does not update it")

    def load(self, path: Path, replace: bool = False) -> int:
        raise StoreError(f"{self.reader} reads the store; it does not load files")

    def quad_count(self) -> int:
        return int(self.executor.quad_count())
