"""Validation reports kept with an on-disk store's state: one JSON file per (structure, date) in the
state's cache directory (graph/network/cache.py, beside the network pictures), written by the build
for the default structure and date (`precompute_default`) and by the server after each run, read
back by the server (server/validation_runs.py) so that a group page's seat table and /validation
are there from the first request after a start (issue 19 point 4).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any

from ..iris import Iris
from ..sparql import load_query
from ..stores.base import Store


def _code_version() -> str:
    """A hash of the validation's code and shapes: a report made by other code is not read."""
    digest = hashlib.sha256()
    root = Path(__file__).parent
    for file in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".ttl")):
        digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


CODE_VERSION = _code_version()


def report_file(store_path: Path, structure: str, at: dt.date) -> Path | None:
    """Where the report of `structure` as of `at` is kept for the store's current state (None if the
    store cannot be read)."""
    from ..network.cache import cache_dir, fingerprint

    found = fingerprint(store_path)
    if found is None:
        return None
    name = hashlib.sha256(repr((CODE_VERSION, structure, at.isoformat())).encode()).hexdigest()[:24]
    return cache_dir() / found / f"validation-{name}.json"


def read_report(path: Path | None) -> dict[str, Any] | None:
    """A kept report, or None (missing, or unreadable: computed again)."""
    if path is None:
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_report(path: Path | None, report: dict[str, Any]) -> None:
    """Keep a report (atomically; a place that cannot be written is skipped: the report is only a cache)."""
    if path is None:
        return
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def compute_report(store: Store, structure: str, at: dt.date) -> dict[str, Any]:
    """Validate `structure` as of `at` (validate_scope) and give the report as the pages read it."""
    from . import Report, validate_scope

    start = time.perf_counter()
    report = Report.from_run(validate_scope(store, structure, at)).to_json()
    report["scope"] = structure
    report["seconds"]["server"] = round(time.perf_counter() - start, 3)
    return report


def default_structure_iri(rows: list[dict[str, Any]], base: str) -> str | None:
    """The structure /validation shows when none is chosen (rows of validation_structures.rq, in its
    order): the county's own when the store has it, else the first by name."""
    found = [str(r["structure"]) for r in rows if r.get("structure") is not None]
    home = str(Iris(base).home_structure())
    return home if home in found else (found[0] if found else None)


def precompute_default(store_spec: str, base: str) -> str:
    """The build's step: the default structure validated as of the latest document's date, kept with
    the store's state. What was done, for the command's output."""
    from ..asof import latest_document_date
    from ..stores import StoreSpec

    spec = StoreSpec.parse(store_spec)
    if not spec.persistent or spec.path is None:
        return "validation: nothing kept for a store that is not on disk (the server validates on request)"
    store = spec.open(read_only=True)
    try:
        structure = default_structure_iri(store.select(load_query("validation_structures.rq")), base)
        at = latest_document_date(store.select)
        if structure is None or at is None:
            return "validation: no structure with seat rules, or no dated document: nothing to keep"
        started = time.monotonic()
        report = compute_report(store, structure, at)
    finally:
        store.close()
    path = report_file(spec.path, structure, at)
    write_report(path, report)
    return f"validation of {structure} as of {at}: kept in {path} ({time.monotonic() - started:.1f} s)"
