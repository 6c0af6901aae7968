"""Work that follows updates in the background, one run at a time: a request while a run is under way
asks for one more run after it, which then sees everything asked for meanwhile (the search index, the
precomputed summaries)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class Rerunner:
    """Runs `work` in a daemon thread named `name`: `request()` starts a run, or, during one, asks for
    one more after it. `on_start` runs (in the requesting thread) before a new thread is started,
    `on_idle` when the last run has ended; a failing run is logged and the next one still runs."""

    def __init__(self, work: Callable[[], None], name: str, on_start: Callable[[], None] | None = None,
                 on_idle: Callable[[], None] | None = None) -> None:
        self._work, self._name, self._on_start, self._on_idle = work, name, on_start, on_idle
        self._lock = threading.Lock()
        self._running = False
        self._again = False
        self._idle = threading.Event()
        self._idle.set()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until no run is under way or asked for (True), or `timeout` seconds have passed (False)."""
        return self._idle.wait(timeout)

    def request(self) -> None:
        """A run from the state as it is now: started at once, or after the one under way."""
        with self._lock:
            if self._running:
                self._again = True
                return
            self._running = True
            self._idle.clear()
        if self._on_start is not None:
            self._on_start()
        threading.Thread(target=self._loop, name=self._name, daemon=True).start()

    def _loop(self) -> None:
        while True:
            try:
                self._work()
            except Exception:  # what follows an update must not stop following the next ones
                log.exception("%s failed", self._name)
            with self._lock:
                if not self._again:
                    self._running = False
                    break
                self._again = False
        if self._on_idle is not None:
            self._on_idle()
        with self._lock:
            if not self._running:
                self._idle.set()


__all__ = ["Rerunner"]
