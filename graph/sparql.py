"""The project's SPARQL queries (queries/*.rq): load, fill in parameters, run on a Dataset."""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import Dataset
from rdflib.term import Node

from . import config

_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_IRI_OK = re.compile(r'^[a-zA-Z][a-zA-Z0-9+.\-]*:[^<>"{}|^`\\\x00-\x20\x7f-\x9f]*$')


def load_query(name: str, queries_dir: Path = config.QUERIES_DIR) -> str:
    return (queries_dir / name).read_text(encoding="utf-8")


def iri(value: str) -> str:
    """A SPARQL IRI term, refusing characters that could break out of it."""
    if not _IRI_OK.match(value):
        raise ValueError(f"not a usable IRI: {value!r}")
    return f"<{value}>"


def literal(value: str) -> str:
    """A SPARQL string literal with escapes."""
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r"))
    return f'"{escaped}"'


def render(name: str, **params: str) -> str:
    """Load queries/NAME and replace each $param with the given, already formatted, SPARQL term
    (use iri() / literal()). Unknown or missing parameters are errors."""
    text = load_query(name)
    used = set(_PARAM.findall(text))
    missing = used - params.keys()
    if missing:
        raise ValueError(f"{name}: missing parameters {sorted(missing)}")
    return _PARAM.sub(lambda m: params[m.group(1)], text)


def run_select(ds: Dataset, name: str, bindings: dict[str, Node] | None = None) -> list[dict[str, Node]]:
    """SELECT over the union of all named graphs; rows as {variable: term}."""
    union = Dataset(store=ds.store, default_union=True)
    result = union.query(load_query(name), initBindings=bindings or {})
    return [{str(k): v for k, v in row.asdict().items()} for row in result]
