"""The network data and pictures kept per store state: in memory, and for an on-disk store also as
pickles under cache_dir()/FINGERPRINT/, written by the build (`precompute`, after `samverkan build
--store`) and by the server, so that the first network page after a start reads them back instead
of computing them (issue 19 point 3).

FINGERPRINT changes when an on-disk store's content does and nothing else (its table files, its
non-empty write-ahead logs, the graph file it was loaded from, and this code's version); a new store
state removes the old state's files. The default pictures (every network kind, of the current
structure and of every body, over the default range of the latest document's date) are what
`warm` computes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import pickle
import shutil
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import project
from ..collector import collector_paused
from .data import NetworkData, Select, load_data, local_name
from .projections import KINDS, Filters, default_structure
from .views import ViewRequest, build_view

log = logging.getLogger(__name__)
VIEW_CACHE_SIZE = 16  # in memory; an on-disk store keeps every view on disk too (read back in milliseconds)


def _code_version() -> str:
    """A hash of the code that computes the network data and pictures: a cache made by other code is not read."""
    digest = hashlib.sha256()
    for file in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


CODE_VERSION = _code_version()


def fingerprint(path: Path) -> str | None:
    """What changes when the on-disk store at `path` changes its content, and nothing else: its table
    files (names and sizes: RocksDB never rewrites one), its non-empty write-ahead logs and the hash
    of the graph file it was loaded from. None if the store cannot be read."""
    try:
        entries = sorted((e.name, e.stat().st_size) for e in os.scandir(path) if e.is_file()
                         and (e.name.endswith(".sst") or (e.name.endswith(".log") and e.stat().st_size > 0)))
        marker = path / ".loaded-graph.sha256"
        loaded = marker.read_text() if marker.exists() else ""
    except OSError:
        return None
    return hashlib.sha256(repr((CODE_VERSION, str(path.resolve()), entries, loaded)).encode()).hexdigest()[:24]


def cache_dir() -> Path:
    """Where the network data and pictures of on-disk stores are kept across restarts."""
    return Path(os.environ.get("SAMVERKAN_NETWORK_CACHE") or project.var_dir() / "network-cache")


def read_pickle(path: Path) -> Any:
    try:
        with path.open("rb") as f, collector_paused():  # graph/collector.py: the read in a third of the time
            return pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - a damaged or outdated cache file is computed again
        log.warning("ignoring the network cache file %s", path)
        return None


def write_pickle(path: Path, value: Any) -> None:
    tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except (OSError, RuntimeError, pickle.PicklingError) as exc:  # a read-only place, or changed meanwhile
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        log.warning("cannot keep the network cache in %s: %s", path.parent, exc)


class NetworkCache:
    """The network data of one store state (a key: ("disk", FINGERPRINT) for an on-disk store, kept
    on disk too; anything else in memory only) and the views computed from it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.key: tuple | None = None
        self.data: NetworkData | None = None
        self.views: OrderedDict[tuple, Any] = OrderedDict()
        self.views_lock = threading.Lock()
        self.computed = False  # whether a view was computed here (not read back)

    def _dir(self, key: tuple) -> Path | None:
        return cache_dir() / key[1] if key and key[0] == "disk" else None

    def get(self, key: tuple, select: Select) -> tuple[tuple, NetworkData]:
        """The data of the store state `key`: kept, read back from disk, or read with `select`."""
        with self.lock:
            if self.data is None or self.key != key:
                started = time.monotonic()
                folder = self._dir(key)
                data = read_pickle(folder / "data.pickle") if folder else None
                if data is None:
                    data = load_data(select)
                    if folder:
                        write_pickle(folder / "data.pickle", data)
                        for old in folder.parent.iterdir() if folder.parent.exists() else ():
                            if old.is_dir() and old != folder:
                                shutil.rmtree(old, ignore_errors=True)
                self.data, self.key = data, key
                with self.views_lock:
                    self.views.clear()
                log.info("network data ready in %.1f s", time.monotonic() - started)
            return self.key, self.data

    def save_data(self) -> None:
        """Keep the data as it is now (with what views have worked out and kept in it); without the
        lock, so requests go on meanwhile."""
        key, data = self.key, self.data
        folder = self._dir(key) if key else None
        if folder and data is not None:
            data.share_repeats()  # the intervals the views worked out, each distinct one held once
            write_pickle(folder / "data.pickle", data)

    def view(self, key: tuple, make: Callable[[], Any]) -> Any:
        with self.views_lock:
            if key in self.views:
                self.views.move_to_end(key)
                return self.views[key]
        folder = self._dir(key[0])
        file = folder / f"view-{hashlib.sha256(repr(key[1:]).encode()).hexdigest()[:24]}.pickle" if folder else None
        value = read_pickle(file) if file else None
        if value is None:
            value = make()
            self.computed = True
            if file:
                write_pickle(file, value)
        with self.views_lock:
            self.views[key] = value
            while len(self.views) > VIEW_CACHE_SIZE:
                self.views.popitem(last=False)
        return value


def default_range(kind: str, at: str | None) -> tuple[str | None, str | None]:
    """The range a page shows without from/to: the structure on the as-of date, the other networks
    the year up to it."""
    if at is None:
        return None, None
    if kind == "structure":
        return at, at
    day = dt.date.fromisoformat(at)
    try:
        year_before = day.replace(year=day.year - 1) + dt.timedelta(days=1)
    except ValueError:  # 29 February
        year_before = day.replace(year=day.year - 1, day=28) + dt.timedelta(days=1)
    return year_before.isoformat(), at


def default_request(kind: str, data: NetworkData, at: str | None, whole: bool = False) -> ViewRequest:
    """What /viz/KIND shows with no parameters (whole: with body= empty, every body)."""
    lo, hi = default_range(kind, at)
    root = None if whole else default_structure(data)
    req = ViewRequest(kind, Filters(lo, hi, local_name(root) if root else None, None))
    req.filters = req.filters.resolve(data)
    return req


def view_key(key: tuple, req: ViewRequest) -> tuple:
    f = req.filters
    return (key, req.kind, f.date_from, f.date_to, f.body, f.org, req.size_by, req.aggregate, req.top,
            req.min_weight, req.ego)


def warm(cache: NetworkCache, key: tuple, select: Select, at: str | None) -> None:
    """Read the data of the store state `key` and compute the default pictures (the current structure
    first, then every body), keeping them in `cache` (and on disk for an on-disk store)."""
    key, data = cache.get(key, select)
    for whole in (False, True):
        for kind in KINDS:
            req = default_request(kind, data, at, whole)
            cache.view(view_key(key, req), lambda r=req: build_view(data, r))
    if cache.computed:
        cache.save_data()  # again, with what the views worked out (principals per date range)


def precompute(path: Path, select: Select, at: dt.date | None) -> tuple[str, float]:
    """Compute the network data and default pictures of the on-disk store at `path` (closed for
    writing: its files are its final state) into cache_dir(), as the build's last step, so the server
    reads them back at its first network page. Returns the folder's name and the seconds taken."""
    started = time.monotonic()
    found = fingerprint(path)
    if found is None:
        raise OSError(f"{path}: not an on-disk store that can be read")
    warm(NetworkCache(), ("disk", found), select, at.isoformat() if at else None)
    return found, time.monotonic() - started


def precompute_for_store(store_spec: str) -> str:
    """`precompute` for a store given by its spec (the build's last step, beside the search index):
    what was done, for the command's output."""
    from ..asof import latest_document_date
    from ..stores import StoreSpec

    spec = StoreSpec.parse(store_spec)
    if not spec.persistent or spec.path is None:
        return "network cache: none for a store that is not on disk (the server computes it when it starts)"
    store = spec.open(read_only=True)
    try:
        folder, seconds = precompute(spec.path, store.select, latest_document_date(store.select))
    finally:
        store.close()
    return f"network cache {cache_dir() / folder}: data and default pictures in {seconds:.1f} s"
