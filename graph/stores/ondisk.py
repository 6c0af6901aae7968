"""Crash safety of the embedded on-disk store: a load that replaces the whole store is built in a
sibling directory and swapped in atomically, with the marker of the loaded graph inside it; leftovers
of a killed load are cleaned at the next start; and who holds a store's lock is found out, so a
locked store is explained (which process, what to do) instead of failing with RocksDB's words.

A store directory S is replaced like this (`replace_store`):

1. the new data is bulk-loaded into ``S/../.S.loading-<pid>`` (S is not touched: a kill here leaves
   the old data and a leftover directory that the next start removes);
2. the marker of the loaded graph (``.loaded-graph.sha256``, the digest of the file loaded) is
   written inside the new directory, so data and marker can never disagree;
3. the new directory and S are exchanged in one step (Linux ``renameat2(RENAME_EXCHANGE)``); where
   the kernel or file system lacks it, S is renamed to ``.S.old-<pid>`` and the new one to S, and a
   kill between the two renames is repaired at the next start by renaming the old one back;
4. the old data is removed.

`recover(S)` (called before a store is opened by `samverkan serve` and `build`) undoes step 3's
half-done state and removes the leftovers of processes that are gone.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import hashlib
import os
import shutil
import signal
import time
from collections.abc import Callable
from pathlib import Path

from .base import Store, StoreError

#: The file inside an on-disk store naming the graph file last loaded into it (its SHA-256).
MARKER = ".loaded-graph.sha256"
_RENAME_EXCHANGE = 2
#: The name (/proc/PID/comm) the server's update process gives itself, so a lock it holds is explained.
UPDATE_PROCESS_NAME = "samverkan-upd"
_AT_FDCWD = -100


class StoreLocked(StoreError, ValueError):
    """Another process holds the store's lock. (Also a ValueError, so the command line reports it as
    one line and exit status 2.)"""


def file_digest(path: Path) -> str:
    """The SHA-256 of a file, read in 1 MB chunks."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def loaded_digest(store_dir: Path) -> str | None:
    """The digest of the graph file the store was last loaded from, or None (never loaded by
    `replace_store`, or no store)."""
    try:
        return (store_dir / MARKER).read_text().strip() or None
    except OSError:
        return None


def _fault(stage: str) -> None:
    """Fault injection for the crash tests (tests/test_crash_safety.py): SAMVERKAN_FAULT_AT=<stage>
    kills this process with SIGKILL at that stage of a replacement."""
    if os.environ.get("SAMVERKAN_FAULT_AT") == stage:
        os.kill(os.getpid(), signal.SIGKILL)


# leftovers and the swap ----------------------------------------------------------------------------
def _sibling(store_dir: Path, kind: str, pid: int) -> Path:
    return store_dir.parent / f".{store_dir.name}.{kind}-{pid}"


def _leftovers(store_dir: Path, kind: str) -> list[tuple[Path, int]]:
    out = []
    prefix = f".{store_dir.name}.{kind}-"
    with contextlib.suppress(OSError):
        for p in store_dir.parent.iterdir():
            if p.name.startswith(prefix) and p.name[len(prefix):].isdigit():
                out.append((p, int(p.name[len(prefix):])))
    return out


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(store_dir: Path) -> list[str]:
    """Repair what a killed `replace_store` left beside `store_dir`; what was done, one line each.

    A store directory missing while an old one waits beside it (killed between the two renames of
    the fallback swap) gets the old one back; directories of loads and swaps whose process is gone
    are removed. A load still running in a live process is left alone."""
    done = []
    olds = [(p, pid) for p, pid in _leftovers(store_dir, "old") if not _alive(pid) or pid == os.getpid()]
    if not store_dir.exists() and olds:
        old = max(olds, key=lambda x: x[0].stat().st_mtime)[0]
        old.rename(store_dir)
        done.append(f"restored the previous store {store_dir} from {old.name} (a load was stopped mid-swap)")
        olds = [(p, pid) for p, pid in olds if p != old]
    for kind, found in (("old", olds), ("loading", _leftovers(store_dir, "loading"))):
        for p, pid in found:
            if kind == "loading" and _alive(pid) and pid != os.getpid():
                continue
            shutil.rmtree(p, ignore_errors=True)
            done.append(f"removed {p.name} (left by a {'load' if kind == 'loading' else 'swap'} that was stopped)")
    return done


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories in one step (Linux renameat2 RENAME_EXCHANGE); False when unsupported."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    fn = getattr(libc, "renameat2", None)
    if fn is None:
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, f"cannot exchange {a} and {b}: {os.strerror(err)}")


def swap_in(new_dir: Path, store_dir: Path) -> None:
    """Put `new_dir` in the place of `store_dir` (which may not exist) so that every moment sees
    either the old or the new directory there (or, in the fallback, a state `recover` repairs)."""
    if not store_dir.exists():
        new_dir.rename(store_dir)
        return
    if not os.environ.get("SAMVERKAN_NO_RENAME_EXCHANGE") and _exchange(new_dir, store_dir):
        _fault("swapped")
        shutil.rmtree(new_dir, ignore_errors=True)  # new_dir now holds the old data
        return
    old = _sibling(store_dir, "old", os.getpid())
    store_dir.rename(old)
    _fault("half-swapped")
    new_dir.rename(store_dir)
    shutil.rmtree(old, ignore_errors=True)


def replace_store(store_dir: Path, graph: Path, digest: str | None = None,
                  accept: Callable[[Store], None] | None = None, trusted: bool = False) -> int:
    """Replace the on-disk Oxigraph store at `store_dir` by the contents of `graph` (TriG, N-Quads,
    ...), atomically: a kill at any moment leaves the old store or the new one, each with its own
    marker (`loaded_digest`). Returns the quads loaded. Refuses (StoreLocked) while another process
    holds the store's lock, as an update process of a running server does. `accept`, if given, sees
    the new store once loaded and may refuse it by raising: the old store then stays as it was.
    `trusted`: `graph` is this program's own output (OxigraphStore.load)."""
    from .oxigraph_store import OxigraphStore

    store_dir = Path(store_dir)
    if store_dir.is_symlink():  # swap the directory it points to, not the link
        store_dir = store_dir.resolve()
    store_dir.parent.mkdir(parents=True, exist_ok=True)
    recover(store_dir)
    check_unlocked(store_dir)
    digest = digest or file_digest(graph)
    tmp = _sibling(store_dir, "loading", os.getpid())
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        store = OxigraphStore(tmp)
        try:
            _fault("loading")
            n = store.load(graph, trusted=trusted)
            if accept is not None:
                accept(store)
        finally:
            store.close()
        (tmp / MARKER).write_text(digest + "\n")
        _fsync_dir(tmp)
        _fault("loaded")
        check_unlocked(store_dir)
        swap_in(tmp, store_dir)
        _fsync_dir(store_dir.parent)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return n


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# the lock ----------------------------------------------------------------------------------------
def lock_holder(store_dir: Path) -> int | None:
    """The id of the process holding the RocksDB lock of the store (read from /proc/locks on
    Linux), or None when nobody holds it (or it cannot be told)."""
    try:
        st = (Path(store_dir) / "LOCK").stat()
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return None
    dev = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    for line in lines:
        parts = line.split()
        if "->" in parts:  # a waiter, not the holder
            continue
        if len(parts) >= 6 and parts[5] == dev:
            with contextlib.suppress(ValueError):
                return int(parts[4])
    return None


def describe_process(pid: int) -> str:
    """The command line of a process (for messages), or '?' when it cannot be read."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "?"
    return " ".join(" ".join(a.decode(errors="replace").split()) for a in raw.split(b"\0") if a) or "?"


def _parent_of(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    with contextlib.suppress(ValueError, IndexError):
        return int(stat.rsplit(")", 1)[1].split()[1])
    return None


def _comm(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return "?"


def lock_message(store_dir: Path, pid: int) -> str:
    """What to tell the user when process `pid` holds the store's lock: who it is and what to do."""
    cmd = describe_process(pid)
    parent = _parent_of(pid)
    head = f"the store {store_dir} is locked by process {pid} ({_comm(pid)}: {cmd[:160]})"
    if _comm(pid).startswith(UPDATE_PROCESS_NAME):
        server = parent is not None and parent != 1 and "serve" in describe_process(parent).split()
        owner = f"of the running server {parent}" if server else "left by a server that was stopped"
        return (head + f": an update process {owner}; it ends when its update is done (the store then holds "
                       f"it, or nothing of it); to stop it now: `kill {pid}`; then start again")
    return (head + f": another program is writing to it; wait until it has finished or stop it (`kill {pid}`), "
                   "then start again")


def check_unlocked(store_dir: Path, wait: float = 0.0, say: Callable[[str], None] | None = None) -> None:
    """Raise StoreLocked, saying which process and what to do, when another process holds the lock
    (after waiting up to `wait` seconds for it to let go; `say` hears once that we wait)."""
    deadline = time.monotonic() + wait
    told = False
    while True:
        pid = lock_holder(store_dir)
        if pid is None or pid == os.getpid():
            return
        if time.monotonic() >= deadline:
            raise StoreLocked(lock_message(store_dir, pid))
        if say and not told:
            say(f"waiting up to {wait:g} s for process {pid} to release the store {store_dir}")
            told = True
        time.sleep(0.2)
