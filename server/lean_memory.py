"""Giving the front process's freed memory back to the system: glibc's `malloc_trim` once the start-up
warm-ups have ended and then every minute (a search index built, a validation run or a network picture
drawn in the front leaves hundreds of MB freed but still resident at national scale).
SAMVERKAN_MALLOC_TRIM=0 turns it off (to measure what it gives)."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import threading
from collections.abc import Callable, Iterable

log = logging.getLogger("samverkan.memory")
TRIM_EVERY = 60.0  # seconds between trims after the first; each takes milliseconds
_libc: ctypes.CDLL | None = None
_looked_up = False


def _malloc_trim() -> Callable[[int], int] | None:
    global _libc, _looked_up
    if not _looked_up:
        _looked_up = True
        name = ctypes.util.find_library("c")
        try:
            _libc = ctypes.CDLL(name) if name else None
        except OSError:
            _libc = None
    return getattr(_libc, "malloc_trim", None) if _libc is not None else None


def trim() -> bool:
    """Return the allocator's free pages to the system (glibc); False where there is no malloc_trim."""
    fn = _malloc_trim()
    if fn is None:
        return False
    fn(0)
    return True


def keep_trimmed(after: Iterable[threading.Thread], stop: threading.Event,
                 every: float = TRIM_EVERY) -> threading.Thread:
    """A daemon thread that trims once the threads `after` (the warm-ups) have ended, then every
    `every` seconds until `stop` is set."""
    waiting = list(after)

    def work() -> None:
        if os.environ.get("SAMVERKAN_MALLOC_TRIM", "1") == "0":
            return
        for thread in waiting:
            while thread.is_alive() and not stop.is_set():
                thread.join(1.0)
        while not stop.is_set():
            if not trim():
                return
            stop.wait(every)

    thread = threading.Thread(target=work, name="samverkan-malloc-trim", daemon=True)
    thread.start()
    return thread
