"""Admission to the query workers, fair under load: a bounded queue, a limit per client, and a lane
for slow queries so that they cannot hold every worker.

- A query waits for a worker at most `max_wait` seconds and only while fewer than `max_queue`
  queries wait; otherwise it is refused at once with Busy (503 with Retry-After).
- A client (the peer address of the connection) has at most `per_client` queries waiting or running
  at a time; one more is refused with TooManyForClient (429 with Retry-After).
- A query whose text (whitespace folded) ran longer than `slow_after` seconds in each of its last
  runs (up to RUNS_KEPT: the best of them, so a small query slowed once by a busy machine is not
  sent to the slow lane) is slow: slow queries may occupy at most `workers - 1` workers together
  (one when there is only one), so at least one worker is always left for the others. A new query
  counts as fast until it has run once; one stopped by the timeout counts as slow. The server's own
  background work (search index, network data, validation warm-up: queries allowed to run longer than
  the users' timeout) always takes the slow lane.
- The slow lane serves its waiters in order, the users' queries before the server's own work (a plain
  semaphore let a background loop take a freed place back before a waiting query woke, so a user's
  query waited for the whole sequence of the server's work after an update: minutes under load).
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass

from graph.stores.base import StoreError

RUNS_KEPT = 5
#: seconds a user's query may wait for the slow lane before the wait is logged (a sign of too few workers)
LONG_WAIT = 10.0

log = logging.getLogger(__name__)


class Busy(StoreError):
    """No worker became free in time, or the queue is full (answered 503 with Retry-After)."""

    retry_after = 2


class SlowLane(Exception):
    """enter(..., wait_lane=False) met a slow query: it must wait for the slow lane in a thread."""


class TooManyForClient(Busy):
    """The client already has its share of queries waiting or running (answered 429 with Retry-After)."""

    retry_after = 1


class Lane:
    """`places` places taken one at a time, given out in order of arrival, a user's query before the
    server's own work (`background`); a waiter that gives up leaves the line."""

    def __init__(self, places: int) -> None:
        self.places = places
        self._free = places
        self._cond = threading.Condition()
        self._line: list[tuple[bool, int]] = []  # (background, arrival): sorted, the next one first
        self._arrivals = itertools.count()

    def acquire(self, timeout: float | None = None, background: bool = False) -> bool:
        """Take a place, waiting at most `timeout` seconds (None: as long as it takes); False if none came."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            me = (background, next(self._arrivals))
            self._line.append(me)
            self._line.sort()
            try:
                while self._free == 0 or self._line[0] != me:
                    left = None if deadline is None else deadline - time.monotonic()
                    if left is not None and left <= 0:
                        return False
                    self._cond.wait(left)
                self._free -= 1
                return True
            finally:
                self._line.remove(me)
                self._cond.notify_all()  # the next in line may go (a place left, or the head gave up)

    def release(self) -> None:
        with self._cond:
            if self._free >= self.places:
                raise ValueError("the lane was released more often than it was taken")
            self._free += 1
            self._cond.notify_all()


@dataclass
class Ticket:
    client: str | None
    key: str
    slow: bool
    started: float
    max_wait: float
    waiting: bool = True


class Admission:
    """The executor's door: enter() before taking a worker, started() once one is taken, leave() after."""

    def __init__(self, workers: int, per_client: int = 4, max_queue: int = 64, slow_after: float = 0.5,
                 max_wait: float = 10.0, remembered: int = 4096) -> None:
        self.per_client = per_client
        self.max_queue = max_queue
        self.slow_after = slow_after
        self.max_wait = max_wait
        self.slow_lane = Lane(max(1, workers - 1))
        self._lock = threading.Lock()
        self._clients: dict[str, int] = {}
        self._waiting = 0
        self._durations: OrderedDict[str, deque[float]] = OrderedDict()
        self._remembered = remembered

    @staticmethod
    def fingerprint(sparql: str) -> str:
        return hashlib.blake2b(" ".join(sparql.split()).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()

    def _slow(self, key: str) -> bool:
        runs = self._durations.get(key)
        return bool(runs) and min(runs) >= self.slow_after

    def is_slow(self, key: str) -> bool:
        with self._lock:
            return self._slow(key)

    def enter(self, sparql: str, client: str | None = None, background: bool = False,
              max_wait: float | None = None, wait_lane: bool = True) -> Ticket:
        """Admit a query (raises TooManyForClient or Busy); it may wait `max_wait` seconds (default:
        the admission's) for the slow lane and a worker together. With `wait_lane` False (a caller
        that must not block: the event loop) a slow query raises SlowLane before anything is counted."""
        key = self.fingerprint(sparql)
        with self._lock:
            if not wait_lane and (background or self._slow(key)):
                raise SlowLane()
            if client is not None and self._clients.get(client, 0) >= self.per_client:
                raise TooManyForClient(f"too many queries at once from {client}: at most {self.per_client} "
                                       "may wait or run together; try again in a moment")
            if self._waiting >= self.max_queue:
                raise Busy(f"the server is busy ({self._waiting} queries waiting); try again in a moment")
            self._waiting += 1
            if client is not None:
                self._clients[client] = self._clients.get(client, 0) + 1
            slow = background or self._slow(key)
        ticket = Ticket(client, key, slow, time.monotonic(), self.max_wait if max_wait is None else max_wait)
        if slow and not self.slow_lane.acquire(ticket.max_wait, background):
            self._release(ticket, lane=False)
            raise Busy("the slow-query lane is full: queries that ran long before wait for each other; "
                       "try again later")
        waited = time.monotonic() - ticket.started
        if slow and not background and waited > LONG_WAIT:
            log.warning("a query known to be slow waited %.1f s for the slow lane (%d places)", waited,
                        self.slow_lane.places)
        return ticket

    def remaining_wait(self, ticket: Ticket) -> float:
        return max(0.0, ticket.max_wait - (time.monotonic() - ticket.started))

    def started(self, ticket: Ticket) -> None:
        """The query took a worker: it no longer counts as waiting."""
        with self._lock:
            if ticket.waiting:
                ticket.waiting = False
                self._waiting -= 1
        ticket.started = time.monotonic()

    def leave(self, ticket: Ticket, ran: bool = True, timed_out: bool = False) -> None:
        """The query is done (or gave up waiting when not `ran`); its duration is remembered."""
        if ran:
            duration = float("inf") if timed_out else time.monotonic() - ticket.started
            with self._lock:
                self._durations.setdefault(ticket.key, deque(maxlen=RUNS_KEPT)).append(duration)
                self._durations.move_to_end(ticket.key)
                while len(self._durations) > self._remembered:
                    self._durations.popitem(last=False)
        self._release(ticket, lane=ticket.slow)

    def _release(self, ticket: Ticket, lane: bool) -> None:
        with self._lock:
            if ticket.waiting:
                ticket.waiting = False
                self._waiting -= 1
            if ticket.client is not None:
                left = self._clients.get(ticket.client, 1) - 1
                if left > 0:
                    self._clients[ticket.client] = left
                else:
                    self._clients.pop(ticket.client, None)
        if lane:
            self.slow_lane.release()

    def state(self) -> dict[str, int]:
        with self._lock:
            return {"waiting": self._waiting, "clients": len(self._clients)}
