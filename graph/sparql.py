"""The project's SPARQL queries (queries/*.rq): load, fill in parameters, run on a Dataset."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
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


#: the data of a VALUES block: terms of one variable, or rows of terms (None: UNDEF) of several
ValuesData = Iterable[Node] | Iterable[Sequence[Node | None]]


def _values_block(variables: tuple[str, ...], data: ValuesData) -> str:
    """The inside of `VALUES ?v { ... }` (one variable) or `VALUES (?a ?b) { (...) ... }` (several)."""
    if len(variables) == 1:
        return " ".join(t.n3() for t in data) or "UNDEF"  # type: ignore[union-attr]
    return " ".join("(" + " ".join("UNDEF" if t is None else t.n3() for t in row) + ")"
                    for row in data)  # type: ignore[union-attr]


def fill_values(text: str, values: Mapping[str | tuple[str, ...], ValuesData], name: str = "query") -> str:
    """Replace the data of every `VALUES ?var { ... }` block (key "var") or `VALUES (?a ?b) { ... }` block
    (key ("a", "b")) of a query text with the given rdflib terms; a key with no such block is an error."""
    for key, data in values.items():
        variables = (key,) if isinstance(key, str) else tuple(key)
        head = (r"VALUES\s+\?" + re.escape(variables[0]) if len(variables) == 1 else
                r"VALUES\s*\(" + r"\s+".join(r"\?" + re.escape(v) for v in variables) + r"\s*\)")
        written = "?" + variables[0] if len(variables) == 1 else "(" + " ".join("?" + v for v in variables) + ")"
        replacement = f"VALUES {written} {{ {_values_block(variables, data)} }}"
        text, n = re.subn(head + r"\s*\{[^}]*\}", lambda _m, r=replacement: r, text)
        if n < 1:
            raise ValueError(f"{name}: no 'VALUES {written} {{ ... }}' to substitute")
    return text


def render(name: str, values: Mapping[str | tuple[str, ...], ValuesData] | None = None, **params: str) -> str:
    """Load queries/NAME and replace each $param with the given, already formatted, SPARQL term
    (use iri() / literal()), and the data of each VALUES block named in `values` with rdflib terms
    (fill_values). Unknown or missing parameters are errors."""
    text = load_query(name)
    used = set(_PARAM.findall(text))
    missing = used - params.keys()
    if missing:
        raise ValueError(f"{name}: missing parameters {sorted(missing)}")
    text = _PARAM.sub(lambda m: params[m.group(1)], text)
    return fill_values(text, values, name) if values else text


def run_select(ds: Dataset, name: str, bindings: dict[str, Node] | None = None) -> list[dict[str, Node]]:
    """SELECT over the union of all named graphs; rows as {variable: term}."""
    union = Dataset(store=ds.store, default_union=True)
    result = union.query(load_query(name), initBindings=bindings or {})
    return [{str(k): v for k, v in row.asdict().items()} for row in result]
