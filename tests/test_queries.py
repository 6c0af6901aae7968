"""Every SPARQL file in queries/ is used by the code and parses; the example queries answer with
the facts the documents state."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from graph import config
from graph.iris import DEFAULT_BASE, Iris
from graph.stores import open_store
from graph.stores.base import Store

from .paths import ROOT

CODE = [p for d in ("graph", "server") for p in (ROOT / d).rglob("*.py")]
GLOBS = {"example_": "example_*.rq", "network_": "network_*.rq"}
QUERIES = sorted(config.QUERIES_DIR.glob("*.rq"))


def _used(name: str, sources: str) -> bool:
    if name in sources:
        return True
    return any(name.startswith(prefix) and pattern in sources for prefix, pattern in GLOBS.items())


@pytest.mark.parametrize("path", QUERIES, ids=[p.name for p in QUERIES])
def test_query_file_is_used_and_parses(path: Path) -> None:
    sources = "\n".join(p.read_text(encoding="utf-8") for p in CODE)
    assert _used(path.name, sources), f"{path.name} is not used by graph/ or server/"
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"\$[A-Za-z_][A-Za-z0-9_]*", "<urn:x:param>", text)  # parameters the code fills in
    store = ox.Store()
    try:
        store.query(text)
    except SyntaxError:
        store.update(text)  # an update file


@pytest.fixture(scope="module")
def store(built_graph: Path) -> Store:
    s = open_store("memory")
    s.load(built_graph)
    return s


def _rows(store: Store, name: str) -> list[dict[str, str]]:
    text = (config.QUERIES_DIR / name).read_text(encoding="utf-8")
    return [{k: str(v) for k, v in row.items()} for row in store.select(text)]


def test_example_group_members_on_date(store: Store) -> None:
    rows = _rows(store, "example_group_members_on_date.rq")
    names = {r["name"] for r in rows}
    assert {"Cecilia Wahlström", "Mats Petersson", "Pernilla Gustafsson", "Petra Hornstra", "Rebecka Nilsson",
            "Denise Göransson", "Sanna Hallgren"} <= names
    assert "Charlotte Ohlsén" not in names and "Chris Landergren" not in names
    cecilia = next(r for r in rows if r["name"] == "Cecilia Wahlström")
    assert cecilia["role"] == "ordförande" and cecilia["lastConfirmed"] == "2026-03-12"


@pytest.mark.parametrize("day", ["2025-11-06", "2025-11-07", "2025-12-11", "2025-12-12", "2026-03-12"])
def test_example_group_members_on_date_is_the_as_of_rule(store: Store, day: str) -> None:
    """The example query and graph/asof.py (the web, `validate --at`) give the same members on any day."""
    import datetime as dt

    from graph.asof import held_on

    text = (config.QUERIES_DIR / "example_group_members_on_date.rq").read_text(encoding="utf-8")
    text = text.replace('VALUES ?at { "2026-03-12" }', f'VALUES ?at {{ "{day}" }}')
    names = {str(r["name"]) for r in store.select(text)}
    group = str(Iris(DEFAULT_BASE).org("samordnande-grupp-barn-och-unga"))
    held = held_on(store.select, dt.date.fromisoformat(day), [URIRef(group)])
    rows = store.select("PREFIX org: <http://www.w3.org/ns/org#> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                        "SELECT ?m ?name WHERE { ?m org:member/foaf:name ?name }")
    assert names == {str(r["name"]) for r in rows if r["m"] in held}


def test_example_funding(store: Store) -> None:
    rows = _rows(store, "example_funding_2025.rq")
    total = sum(int(float(r["amount"])) for r in rows if r["kind"] == "del")
    assert total == 15865911
    assert [int(float(r["amount"])) for r in rows if r["kind"] == "fördelning"] == [2669116, 2669116]


def test_example_people_at_both_meetings(store: Store) -> None:
    names = {r["name"] for r in _rows(store, "example_people_at_both_lgl_meetings.rq")}
    assert {"Anna Hasselbom Trofast", "Mats Petersson", "Johan Rosenqvist", "Rune Jansson"} <= names
    assert "Petra Hornstra" not in names


def test_example_decisions(store: Store) -> None:
    rows = _rows(store, "example_decisions_with_effects.rq")
    assert len({r["decision"] for r in rows}) == 6
    assert any(r.get("value") == "0.8" for r in rows)
