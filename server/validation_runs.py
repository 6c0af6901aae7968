"""Validation on demand for the web: one collaboration structure as of one date, computed once and
cached per (structure, date, store generation), for /validation and the seat tables of group pages.

A run extracts the structure's subgraph through the query workers (graph.validation.validate_scope,
the same as `samverkan validate --scope`), so it works on the national store as on the county one.
Runs go one at a time on a background thread; a request waits for its run up to a budget and is
otherwise told that the run is still computing (the page refreshes itself). Results are kept
(least recently used out beyond `MAX_ENTRIES`) until the store changes (an update raises the
executor's generation).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import URIRef

from graph.sparql import iri, load_query, render
from graph.stores import StoreSpec
from graph.validation.stored import compute_report, default_structure_iri, read_report, report_file, write_report

from .context import ServerContext
from .executor import ExecutorStore

log = logging.getLogger("samverkan.server")
MAX_ENTRIES = 32  # a report is 0.1-0.2 MB of JSON at county scale
#: How long a request waits for a run before it answers "still computing".
WAIT_SECONDS = 5.0
#: Rows one extraction query may return through a worker (the scope's triples come in chunks).
EXTRACTION_ROWS = 5_000_000
EXTRACTION_TIMEOUT = 120.0


@dataclass(frozen=True)
class Structure:
    """A collaboration structure that can be validated: its IRI, name and how many bodies with seat rules."""

    iri: str
    label: str
    identifier: str | None
    bodies: int


@dataclass
class Outcome:
    """What a request for a report gets: the report (None while computing), whether it came from the
    cache, and the error message if the run failed."""

    report: dict[str, Any] | None
    cached: bool
    error: str | None = None


class ValidationRuns:
    """The cache and the runner of one server (one per query executor)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: OrderedDict[tuple[str, str, int], Future] = OrderedDict()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="samverkan-validation")
        self._structures: tuple[int, list[Structure]] | None = None
        self.hits = 0
        self.runs = 0

    def structures(self, ctx: ServerContext) -> list[Structure]:
        """Every structure with seat rules (cached until the store changes)."""
        gen = ctx.generation
        if self._structures is not None and self._structures[0] == gen:
            return self._structures[1]
        rows = ctx.select(load_query("validation_structures.rq"))
        found = [Structure(iri=str(r["structure"]), label=str(r.get("label") or r.get("identifier") or r["structure"]),
                           identifier=str(r["identifier"]) if r.get("identifier") is not None else None,
                           bodies=int(r["bodies"])) for r in rows if isinstance(r.get("structure"), URIRef)]
        self._structures = (gen, found)
        return found

    def structure_of(self, ctx: ServerContext, body: str) -> tuple[str | None, bool]:
        """The structure a body belongs to, and whether the body has seat rules."""
        rows = ctx.select(render("validation_structure_of.rq", body=iri(body)))
        has_rules = any(str(r.get("hasRules")).lower() in ("true", "1") for r in rows)
        tops = sorted(str(r["structure"]) for r in rows if isinstance(r.get("structure"), URIRef))
        return (tops[0] if tops else None), has_rules

    def report(self, ctx: ServerContext, structure: str, at: dt.date, wait: float | None = None) -> Outcome:
        """The validation report of `structure` as of `at`: from the cache, else computed (waiting up to
        `wait` seconds; then `report` is None and the run goes on)."""
        key = (structure, at.isoformat(), ctx.generation)
        with self._lock:
            future = self._entries.get(key)
            cached = future is not None and future.done() and future.exception() is None
            if future is None:
                kept = read_report(_kept_file(ctx, structure, at))  # by the build, or before a restart
                if kept is not None:
                    future, cached = Future(), True
                    future.set_result(kept)
                    self.hits += 1
                else:
                    future = self._pool.submit(_run, ctx, structure, at)
                    self.runs += 1
                self._entries[key] = future
                while len(self._entries) > MAX_ENTRIES:
                    self._entries.popitem(last=False)
            else:
                self._entries.move_to_end(key)
                if cached:
                    self.hits += 1
        try:
            report = future.result(timeout=WAIT_SECONDS if wait is None else wait)
        except FutureTimeout:
            return Outcome(report=None, cached=False)
        except Exception as exc:  # noqa: BLE001 - the page says what failed; the next request retries
            with self._lock:
                if self._entries.get(key) is future:
                    del self._entries[key]
            return Outcome(report=None, cached=False, error=f"{type(exc).__name__}: {exc}")
        return Outcome(report=report, cached=cached)


def default_structure(ctx: ServerContext, structures: list[Structure]) -> Structure | None:
    """The structure /validation shows when none is chosen: the county's own when the store has it,
    else the first by name."""
    chosen = default_structure_iri([{"structure": s.iri} for s in structures], ctx.settings.base)
    return next((s for s in structures if s.iri == chosen), None)


def warm(ctx: ServerContext) -> threading.Thread:
    """Start validating the default structure as of the default date in the background (called once at
    start-up), so the first visitor of /validation or a group page gets it from the cache."""

    def work() -> None:
        from .page_params import latest_document_date

        try:
            runs = runs_for(ctx)
            chosen = default_structure(ctx, runs.structures(ctx))
            at = latest_document_date(ctx)
            if chosen is not None and at is not None:
                runs.report(ctx, chosen.iri, at, wait=0)
        except Exception:  # noqa: BLE001 - warming is an optimisation; a request computes it anyway
            log.warning("validation warm-up failed", exc_info=True)

    thread = threading.Thread(target=work, name="samverkan-validation-warm-up", daemon=True)
    thread.start()
    return thread


def _kept_file(ctx: ServerContext, structure: str, at: dt.date) -> Path | None:
    """Where a report is kept with an on-disk store's state (graph/validation/stored.py); None else."""
    spec = StoreSpec.parse(ctx.settings.store)
    if not spec.persistent or spec.path is None:
        return None
    return report_file(spec.path, structure, at)


def _run(ctx: ServerContext, structure: str, at: dt.date) -> dict[str, Any]:
    report = compute_report(ExecutorStore(ctx.executor, EXTRACTION_TIMEOUT, EXTRACTION_ROWS, strict=True,
                                          reader="validation"), structure, at)
    write_report(_kept_file(ctx, structure, at), report)
    return report


_RUNS: dict[int, tuple[Any, ValidationRuns]] = {}
_RUNS_LOCK = threading.Lock()


def runs_for(ctx: ServerContext) -> ValidationRuns:
    """The ValidationRuns of this server (one per query executor)."""
    with _RUNS_LOCK:
        entry = _RUNS.get(id(ctx.executor))
        if entry is None or entry[0] is not ctx.executor:
            entry = _RUNS[id(ctx.executor)] = (ctx.executor, ValidationRuns())
        return entry[1]


__all__ = ["ExecutorStore", "Outcome", "Structure", "ValidationRuns", "default_structure",
           "runs_for", "warm"]
