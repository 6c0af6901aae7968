"""Deterministic TriG / N-Quads output, and the one way files are written atomically.

rdflib's serialisers do not promise a stable order, so the build writes quads itself: graphs,
subjects, predicates (rdf:type first) and objects sorted; the same input gives the same bytes.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from rdflib import RDF, Dataset, Literal, URIRef
from rdflib.plugins.serializers.nt import _quoteLiteral
from rdflib.term import Node

from .config import PREFIXES
from .iris import Iris

# the process's umask, read once at import (reading it means setting it: not while threads write files)
_UMASK = os.umask(0)
os.umask(_UMASK)
_LOCAL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?$")


class UnsupportedFormat(ValueError):
    pass


def format_for(path: Path) -> str:
    """'trig' or 'nquads' from the file extension."""
    suffix = path.suffix.lower()
    if suffix == ".trig":
        return "trig"
    if suffix in (".nq", ".nquads"):
        return "nquads"
    raise UnsupportedFormat(f"{path}: unknown output format {suffix!r}; use .trig, .nq or .nquads")


def _quads(ds: Dataset) -> list[tuple[Node, Node, Node, URIRef]]:
    out = []
    for s, p, o, g in ds.quads((None, None, None, None)):
        gname = g.identifier if hasattr(g, "identifier") else g
        out.append((s, p, o, gname))
    return out


def _nt(term: Node) -> str:
    """N-Triples form of a term (literals escaped on one line)."""
    return _quoteLiteral(term) if isinstance(term, Literal) else term.n3()


def to_nquads(ds: Dataset) -> str:
    lines = sorted({f"{_nt(s)} {_nt(p)} {_nt(o)} {_nt(g)} .\n" for s, p, o, g in _quads(ds)})
    return "".join(lines)


class _Names:
    def __init__(self, prefixes: dict[str, str]) -> None:
        self.prefixes = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))

    def __call__(self, term: Node) -> str:
        if isinstance(term, URIRef):
            if term == RDF.type:
                return "a"
            iri = str(term)
            for prefix, ns in self.prefixes:
                if iri.startswith(ns):
                    local = iri[len(ns):]
                    if local == "" or _LOCAL.match(local):
                        return f"{prefix}:{local}"
            return term.n3()
        if isinstance(term, Literal) and term.datatype is not None:
            return Literal(str(term)).n3() + "^^" + self(term.datatype)
        return term.n3()


def to_trig(ds: Dataset, base: str) -> str:
    prefixes = {**PREFIXES, **Iris(base).prefixes()}
    names = _Names(prefixes)
    graphs: dict[str, dict[Node, dict[Node, set[Node]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
    for s, p, o, g in _quads(ds):
        graphs[str(g)][s][p].add(o)
    out = [f"@prefix {k}: <{v}> .\n" for k, v in sorted(prefixes.items())]
    for gname in sorted(graphs):
        out.append(f"\n{names(URIRef(gname))} {{\n")
        for s in sorted(graphs[gname], key=str):
            preds = graphs[gname][s]
            order = sorted(preds, key=lambda p: (p != RDF.type, str(p)))
            parts = []
            for p in order:
                objs = sorted(names(o) for o in preds[p])
                parts.append(f"    {names(p)} " + " ,\n        ".join(objs))
            out.append(f"  {names(s)}\n" + " ;\n".join(parts) + " .\n")
        out.append("}\n")
    return "".join(out)


def serialise(ds: Dataset, fmt: str, base: str) -> str:
    if fmt == "trig":
        return to_trig(ds, base)
    if fmt == "nquads":
        return to_nquads(ds)
    raise UnsupportedFormat(fmt)


@contextmanager
def atomic_text(path: Path) -> Iterator[TextIO]:
    """A text stream to a temporary file beside the target (with a normal file's mode), fsynced and
    renamed over the target when the block ends without an error, removed when it fails; so readers
    see the old file or the new one, never half of it."""
    path = path.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            os.fchmod(fh.fileno(), 0o666 & ~_UMASK)  # mkstemp makes the file private; make it a normal file
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomically(path: Path, text: str) -> None:
    """Write a whole text atomically (see atomic_text)."""
    with atomic_text(path) as fh:
        fh.write(text)
