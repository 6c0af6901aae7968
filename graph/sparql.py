"""Run the project's SPARQL queries (queries/*.rq) against an rdflib Dataset."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset
from rdflib.term import Node

from . import config


def load_query(name: str, queries_dir: Path = config.QUERIES_DIR) -> str:
    return (queries_dir / name).read_text(encoding="utf-8")


def run_select(ds: Dataset, name: str, bindings: dict[str, Node] | None = None) -> list[dict[str, Node]]:
    """SELECT over the union of all named graphs; rows as {variable: term}."""
    union = Dataset(store=ds.store, default_union=True)
    result = union.query(load_query(name), initBindings=bindings or {})
    return [{str(k): v for k, v in row.asdict().items()} for row in result]
