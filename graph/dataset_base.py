"""Which base IRI a store's data is served under: the base its dataset records (void:uriSpace, written
by graph/emit.py's emit_dataset_base, read with queries/dataset_base.rq), checked against the base
the user asked for (--base, $SAMVERKAN_BASE, samverkan.toml)."""

from __future__ import annotations

from typing import Protocol

from rdflib.term import Node

from .iris import base_from_space
from .sparql import render


class Selects(Protocol):
    def select(self, sparql: str) -> list[dict[str, Node]]: ...


class BaseMismatch(ValueError):
    """The base asked for is not the base the store's dataset was built with."""


def stored_base(store: Selects) -> str | None:
    """The base the store's dataset was built with; None for a store without one (built before the
    dataset recorded its base, or by other tools). Several different bases are refused."""
    bases = sorted({base_from_space(str(r["space"])) for r in store.select(render("dataset_base.rq"))})
    if len(bases) > 1:
        raise BaseMismatch(f"the store holds datasets built with {len(bases)} bases ({', '.join(bases)}): "
                           "rebuild it from one build (samverkan build --store ...)")
    return bases[0] if bases else None


def settle_base(stored: str | None, requested: str | None, default: str, empty: bool = False
                ) -> tuple[str, str | None]:
    """The base to serve under, and a warning to print (or None): the store's own base; a requested
    base that differs from it is refused (BaseMismatch, one line saying both and how to rebuild); a
    store recording no base is served under the requested base, else the default, with a warning (an
    `empty` store: that it holds no data yet, and how to put the graph in)."""
    if stored is None:
        base = requested or default
        if empty:
            return base, (f"note: the store holds no data yet: serving an empty graph under {base}; build the "
                          "graph into it (samverkan build --store ...) or serve a built file (samverkan serve "
                          "--graph var/graph.trig); scripts/main.sh does both")
        return base, (f"warning: the store records no base (built before datasets recorded theirs): serving it "
                      f"under {base}; rebuild it (samverkan build, or serve --graph) to record its base")
    if requested is not None and requested != stored:
        raise BaseMismatch(f"the base asked for, {requested}, is not the base the store's data was built with, "
                           f"{stored}: serve without --base / $SAMVERKAN_BASE, or rebuild with that base "
                           f"(samverkan build --base {requested} --out var/graph.trig, then serve --graph "
                           "var/graph.trig)")
    return stored, None
