"""The as-of rule (graph/asof.py) on the real graph: the replacement decisions of 2025-12-12 and the
seat table of Samordnande grupp Barn och unga, with expectations read from the records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from rdflib import URIRef

from graph import config
from graph.asof import held_on, latest_document_date
from graph.stores import open_store
from graph.stores.base import Store

RECORD = config.ROOT / "records" / "2025-12-12-lansgemensam-ledning.yaml"
BASE = "http://localhost:8000/id/"


@pytest.fixture(scope="module")
def store(built_graph: Path) -> Store:
    s = open_store("memory")
    s.load(built_graph)
    return s


def _replacements() -> list[dict]:
    data = yaml.safe_load(RECORD.read_text(encoding="utf-8"))
    return [d for d in data["decisions"] if d["kind"] == "replacement"]


def _date(meeting_id: str) -> dt.date:
    return dt.date.fromisoformat(meeting_id[:10])


def _members(store: Store, memberships: set[URIRef]) -> set[tuple[str, str]]:
    """(person name, role id) of memberships."""
    rows = store.select("PREFIX org: <http://www.w3.org/ns/org#> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                        "SELECT ?m ?name ?role WHERE { ?m org:member/foaf:name ?name ; org:role ?role }")
    return {(str(r["name"]), str(r["role"]).rsplit("/", 1)[-1].rsplit("#", 1)[-1])
            for r in rows if r["m"] in memberships}


def test_the_records_have_replacements() -> None:
    assert len(_replacements()) >= 3


@pytest.mark.parametrize("decision", _replacements(), ids=lambda d: d["id"])
def test_a_replacement_swaps_the_holders_on_its_day(store: Store, decision: dict) -> None:
    """The day before the decision the replaced member holds the seat (the decision shows it held up to
    then, though no earlier document names it) and the new one does not; from the day on, the reverse."""
    from graph.names import fold

    group = URIRef(BASE + "org/" + decision["group"])
    day = _date(decision["meeting"])
    before = {(fold(n), r) for n, r in _members(store, held_on(store.select, day - dt.timedelta(days=1), [group]))}
    on = {(fold(n), r) for n, r in _members(store, held_on(store.select, day, [group]))}
    new, old = (fold(decision["new"]), decision["role"]), (fold(decision["replaced"]), decision["role"])
    assert old in before and new not in before
    assert new in on and old not in on


def test_barn_och_unga_on_the_latest_document_date(store: Store) -> None:
    at = latest_document_date(store.select)
    assert at == dt.date(2026, 3, 12)
    group = URIRef(BASE + "org/samordnande-grupp-barn-och-unga")
    members = _members(store, held_on(store.select, at, [group]))
    assert ("Cecilia Wahlström", "ordforande") in members
    assert not {n for n, _ in members} & {"Charlotte Ohlsén", "Chris Landergren"}
    # before the first document that names the group's members, nobody is known to hold a seat
    assert held_on(store.select, dt.date(2024, 1, 1), [group]) == set()


def test_a_record_marking_a_complete_member_list_ends_the_members_it_leaves_out(store: Store, tmp_path: Path) -> None:
    """Clause 3 end to end: mark the ledamöter list of 2026-03-12 complete in a copy of the records; the
    members of Länsgemensam ledning last seen before it and not on it no longer hold on that day."""
    import shutil

    from graph.build import build_to_file

    records = tmp_path / "records"
    shutil.copytree(config.ROOT / "records", records)
    path = records / "2026-03-12-lansgemensam-ledning.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    meeting = next(m for m in data["meetings"] if m.get("attendance"))
    listed = next(lst for lst in meeting["attendance"] if lst["list"] == "ledamoter")
    listed["complete_member_list"] = True
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    out = tmp_path / "graph.nq"
    build_to_file(out, records_dir=records, base="http://localhost:8000/")
    marked = open_store("memory")
    marked.load(out)
    body = URIRef(BASE + "org/" + meeting["of"])
    day = dt.date.fromisoformat(str(meeting["date"]))
    on_list = {e["name"] for e in listed["entries"]}
    before = _members(marked, held_on(marked.select, day - dt.timedelta(days=1), [body]))
    after = _members(marked, held_on(marked.select, day, [body]))
    left_out = {n for n, _ in before} - {n for n, _ in after}
    assert left_out, "someone seen earlier is not on the complete list"
    from graph.names import fold

    assert not {fold(n) for n in left_out} & {fold(n) for n in on_list}
    unmarked = {n for n, _ in _members(store, held_on(store.select, day, [body]))}
    assert left_out <= unmarked  # without the mark they still hold: the list is what ends them
