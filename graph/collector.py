"""Python's cyclic garbage collector paused while the process builds many objects that are not garbage.

A validation fills and walks graphs of hundreds of thousands of rdflib terms and pySHACL objects, and
the server reads back the country's network data (hundreds of thousands of records); the full
collections these set off each scan every object of the process, for nothing: 0.3-1.3 s of a county's
3-5 s validation, 1.1-1.5 s of the national network data's 0.4 s read (BENCHMARKS.md, branches
valspeed and memory2). Reference counting still frees what is not in a cycle. Pauses nest and may
overlap across threads: the collector runs again when the last of them ends, if it ran before the first.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_LOCK = threading.Lock()
_pauses = 0  # pauses under way
_was_enabled = True  # whether the collector ran before the first of them


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The collector paused for the block (see the module's docstring); a collector someone else had
    disabled stays disabled."""
    global _pauses, _was_enabled
    with _LOCK:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _LOCK:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
