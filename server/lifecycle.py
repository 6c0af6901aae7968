"""Child processes of the server that end when the server does: a process started by the server
(the update process, the query workers) watches its parent, so `kill -9` of the server never leaves
one behind holding the store (an orphaned update process kept RocksDB's lock, and a restart then
failed).

Two walls: on Linux the kernel sends SIGKILL when the parent goes (prctl PR_SET_PDEATHSIG; it fires
when the *thread* that started the child ends, so it is only used for a child whose starting thread
waits for it, as the update process's does), and everywhere a thread polls the parent's id and ends
the process when the parent is gone. A process killed mid-update leaves the store as the last
finished transaction left it (RocksDB's write-ahead log; the update is one transaction).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import threading
import time

_PR_SET_NAME = 15
_PR_SET_PDEATHSIG = 1


def _prctl(option: int, arg: int | bytes) -> bool:
    name = ctypes.util.find_library("c")
    if not name:
        return False
    try:
        libc = ctypes.CDLL(name, use_errno=True)
        return libc.prctl(option, arg, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def set_process_name(name: str) -> None:
    """Name this process in /proc/PID/comm (15 bytes at most; Linux only, else nothing happens), so a
    lock it holds can be explained (graph/stores/ondisk.py lock_message)."""
    with contextlib.suppress(Exception):
        _prctl(_PR_SET_NAME, name.encode()[:15])


def watch_parent(parent_pid: int | None = None, interval: float = 0.5) -> None:
    """End this process (SIGKILL to itself) as soon as its parent `parent_pid` (default: the parent
    now) is gone: a daemon thread compares os.getppid() every `interval` seconds."""
    parent = os.getppid() if parent_pid is None else parent_pid
    if os.getppid() != parent:  # already gone before we looked
        os.kill(os.getpid(), signal.SIGKILL)

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def die_with_parent(parent_pid: int, name: str | None = None) -> None:
    """For a child whose starting thread waits for it (the update process): the kernel kills it
    when the parent goes (Linux), and the parent watch does so anywhere; `name` names the process."""
    if name:
        set_process_name(name)
    _prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL))
    watch_parent(parent_pid)
