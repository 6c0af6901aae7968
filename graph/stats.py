"""Counts of what a built dataset holds (printed by `samverkan build`, used by tests)."""

from __future__ import annotations

from rdflib import Dataset

from .sparql import run_select

COUNTS_QUERY = "counts.rq"


def counts(ds: Dataset) -> dict[str, int]:
    row = run_select(ds, COUNTS_QUERY)[0]
    return {k: int(v) for k, v in row.items()}
