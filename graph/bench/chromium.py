"""Debian's chromium as the bench and the browser tests start it: one executable, one set of switches.

Headless, no sandbox (containers), no GPU, and nothing of its own on the network: no background
networking, component updates, sync or QUIC, so every request a page makes is one the page asked for.
"""

from __future__ import annotations

import shutil

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
#: the hosts a page may reach: this machine
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
