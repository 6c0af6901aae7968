"""The second wall against outgoing requests: a process that reads the embedded store gives up its
network (a new, empty Linux network namespace: no interface but a loopback that is down), so even a
SERVICE or LOAD that got past the parse-based check (server/sparql_guard.py) cannot connect anywhere.

Root needs only the network namespace; another user first enters a user namespace of its own
(where the kernel allows unprivileged user namespaces). Where neither works the process keeps its
network and `isolate_network` says so (the first wall still holds); the server logs it.
"""

from __future__ import annotations

import ctypes
import os

CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000


def _write(path: str, text: str) -> None:
    with open(path, "w") as fh:
        fh.write(text)


def isolate_network() -> str | None:
    """Move this process into a network namespace of its own. None when done, else why not."""
    if not hasattr(os, "getuid"):
        return "not on Linux"
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        unshare = libc.unshare
    except (OSError, AttributeError) as exc:
        return f"no unshare(): {exc}"
    uid, gid = os.getuid(), os.getgid()
    if uid == 0 and unshare(CLONE_NEWNET) == 0:
        return None
    if unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0:
        return f"unshare failed: {os.strerror(ctypes.get_errno())}"
    try:  # keep our own ids inside the new user namespace (files stay ours)
        _write("/proc/self/setgroups", "deny")
        _write("/proc/self/uid_map", f"{uid} {uid} 1")
        _write("/proc/self/gid_map", f"{gid} {gid} 1")
    except OSError:
        pass
    return None
