"""The as-of rule (graph/asof.py) on the real graph: the replacement decisions of 2025-12-12 and the
seat table of Samordnande grupp Barn och unga, with expectations read from the records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from rdflib import URIRef

from graph.asof import (
    asof_pairs_query,
    asof_query,
    held_interval,
    held_on,
    held_rows,
    interval_meets,
    latest_document_date,
)
from graph.iris import DEFAULT_BASE, Iris
from graph.stores import open_store
from graph.stores.base import Store

from .paths import ROOT

RECORD = ROOT / "records" / "2025-12-12-lansgemensam-ledning.yaml"
BASE = Iris(DEFAULT_BASE).id


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


@pytest.fixture(scope="module")
def marked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, dict]:
    """A copy of the records with the ledamöter list of Länsgemensam ledning of 2026-03-12 marked as a
    complete member list, built and loaded; with that meeting's record."""
    import shutil

    from graph.build import build_to_file

    tmp_path = tmp_path_factory.mktemp("marked")
    records = tmp_path / "records"
    shutil.copytree(ROOT / "records", records)
    path = records / "2026-03-12-lansgemensam-ledning.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    meeting = next(m for m in data["meetings"] if m.get("attendance"))
    listed = next(lst for lst in meeting["attendance"] if lst["list"] == "ledamoter")
    listed["complete_member_list"] = True
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    out = tmp_path / "graph.nq"
    build_to_file(out, records_dir=records, base=DEFAULT_BASE)
    store = open_store("memory")
    store.load(out)
    return store, {"meeting": meeting, "listed": listed}


def test_a_record_marking_a_complete_member_list_ends_the_members_it_leaves_out(store: Store, marked) -> None:
    """Clause 3 end to end: mark the ledamöter list of 2026-03-12 complete in a copy of the records; the
    members of Länsgemensam ledning last seen before it and not on it no longer hold on that day."""
    marked_store, record = marked
    meeting, listed = record["meeting"], record["listed"]
    body = URIRef(BASE + "org/" + meeting["of"])
    day = dt.date.fromisoformat(str(meeting["date"]))
    on_list = {e["name"] for e in listed["entries"]}
    before = _members(marked_store, held_on(marked_store.select, day - dt.timedelta(days=1), [body]))
    after = _members(marked_store, held_on(marked_store.select, day, [body]))
    left_out = {n for n, _ in before} - {n for n, _ in after}
    assert left_out, "someone seen earlier is not on the complete list"
    from graph.names import fold

    assert not {fold(n) for n in left_out} & {fold(n) for n in on_list}
    unmarked = {n for n, _ in _members(store, held_on(store.select, day, [body]))}
    assert left_out <= unmarked  # without the mark they still hold: the list is what ends them


# the interval form (held_interval, used by the networks) -------------------------------------------
def test_held_interval_by_the_clauses() -> None:
    assert held_interval("2025-12-12", ["2026-03-12"], None, None, None) == ("2025-12-12", None)
    assert held_interval(None, ["2025-03-01", "2024"], None, None, None) == ("2024-01-01", None)
    # clause 2: back to the previous document about the body, else forever; the end day no longer counts
    assert held_interval(None, ["2025-12-12"], "2025-12-12", None, "2025-11-07") == ("2025-11-07", "2025-12-11")
    assert held_interval(None, [], None, "2025-12-12", None) == (None, "2025-12-11")
    assert held_interval(None, [], "2025", None, None) == (None, "2025-12-30")  # a year ends on its last day
    # a beginning rules out clause 2; an end on or before it: never held
    assert held_interval("2025-12-12", [], "2025-12-12", None, "2025-11-07") is None
    assert held_interval(None, [], None, None, None) is None
    # clause 3: a complete member list that leaves the holder out
    assert held_interval(None, ["2025-01-10"], None, None, None, "2026-03-12") == ("2025-01-10", "2026-03-11")
    assert interval_meets(("2025-11-07", "2025-12-11"), "2025-12-11", "2025-12-11")
    assert not interval_meets(("2025-11-07", "2025-12-11"), "2025-12-12", None)
    assert not interval_meets(None, None, None)


def _dates(store: Store) -> list[str]:
    """Every document and meeting date, the days before and after each, and 2025-12-11 (ISO text)."""
    rows = store.select("PREFIX dcterms: <http://purl.org/dc/terms/> SELECT DISTINCT ?d WHERE { "
                        "?x dcterms:date ?d }")
    days: set[dt.date] = {dt.date(2025, 12, 11)}
    for r in rows:
        text = str(r["d"])
        day = dt.date.fromisoformat(f"{text}-01-01" if len(text) == 4 else text[:10])
        days |= {day - dt.timedelta(days=1), day, day + dt.timedelta(days=1)}
    return sorted(d.isoformat() for d in days)


def _triples(rows: list) -> set[tuple[str, str, str]]:
    return {(str(r["membership"]), str(r["group"]), str(r["at"])) for r in rows}


@pytest.mark.parametrize("copy", ["real", "marked"])
def test_the_steps_and_the_one_query_rule_agree(store: Store, marked, copy: str) -> None:
    """held_rows (the rule in simple steps, what the pages and the validation use) answers exactly as
    the one-query rule asof_pairs_query (queries/asof_memberships.rq): every body on every date that
    matters, and each body by name on the same dates, on the real graph and on the copy with a
    complete member list (clause 3)."""
    s = store if copy == "real" else marked[0]
    dates = _dates(s)
    every = [(None, d) for d in dates]
    assert _triples(held_rows(s.select, every)) == _triples(s.select(asof_pairs_query(every)))
    bodies = sorted({r["group"] for r in s.select(asof_query(dates[-3:]))} | {
        r["o"] for r in s.select("PREFIX org: <http://www.w3.org/ns/org#> SELECT DISTINCT ?o WHERE { "
                                 "?m org:organization ?o }")})
    named = [(b, d) for b in bodies for d in dates[::7]]
    by_steps = _triples(held_rows(s.select, named))
    assert by_steps == _triples(s.select(asof_pairs_query(named)))
    assert len(by_steps) > 100
    assert held_rows(s.select, [(URIRef(BASE + "org/no-such-body"), dates[-1])]) == []


def _agreement(store: Store) -> tuple[set[tuple[str, str]], set[tuple[str, str]], int]:
    """(membership, date) held per asof_query and per held_interval of the network data, for every
    document and meeting date, the days before and after each, and 2025-12-11; and how many memberships."""
    from graph.network.data import read_memberships

    dates = _dates(store)
    by_sparql = {(str(r["membership"]), str(r["at"])) for r in store.select(asof_query(dates))}
    memberships = {iri: m for iri, m in read_memberships(store.select).items() if not m.affiliation}
    by_interval = {(iri, d) for iri, m in memberships.items() for d in dates if interval_meets(m.interval, d, d)}
    assert {m for m, _ in by_sparql} <= set(memberships)
    return by_sparql, by_interval, len(memberships)


def test_the_interval_form_and_the_sparql_rule_agree_on_the_real_graph(store: Store) -> None:
    """For every membership of the real graph and every date that matters: held on D per asof_query
    exactly when D lies in its held_interval (as the networks read it, graph/network/data.py)."""
    by_sparql, by_interval, count = _agreement(store)
    assert count > 50 and len(by_sparql) > 500
    assert by_sparql - by_interval == set() and by_interval - by_sparql == set()
    ohlsen = next(iri for iri, _ in by_sparql if "charlotte-ohlsen/representant" in iri)
    assert {d for iri, d in by_sparql if iri == ohlsen} >= {"2025-11-07", "2025-12-11"}
    assert (ohlsen, "2025-12-12") not in by_sparql and (ohlsen, "2025-11-06") not in by_sparql


def test_the_interval_form_and_the_sparql_rule_agree_with_a_complete_member_list(marked) -> None:
    """The same on the copy with a complete member list: clause 3 in the interval form too."""
    marked_store, record = marked
    by_sparql, by_interval, _ = _agreement(marked_store)
    assert by_sparql - by_interval == set() and by_interval - by_sparql == set()
    day = str(record["meeting"]["date"])
    before = {iri for iri, d in by_sparql if d == (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()}
    on = {iri for iri, d in by_sparql if d == day}
    assert before - on  # the list ends someone, in both forms
