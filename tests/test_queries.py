"""Every SPARQL file in queries/ is used by the code and parses; the example queries answer with
the facts the documents state."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from graph import config
from graph.iris import DEFAULT_BASE, Iris
from graph.memberships import memberships
from graph.stores import open_store
from graph.stores.base import Store
from graph.summaries import recompute as recompute_summaries

from .paths import ROOT

CODE = [p for d in ("graph", "server") for p in (ROOT / d).rglob("*.py")]
GLOBS = {"example_": "example_*.rq", "network_": "network_*.rq"}
QUERIES = sorted(config.QUERIES_DIR.glob("*.rq"))
FIXTURES = ROOT / "tests" / "fixtures" / "queries"


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


# faster forms: the same answers as the first forms (kept in tests/fixtures/queries/) -----------------
FASTER = [("example_people_in_several_organisations.rq", "example_people_in_several_organisations_slow.rq"),
          ("example_kommun_participation.rq", "example_kommun_participation_slow.rq"),
          ("example_replacements.rq", "example_replacements_slow.rq"),
          ("network_memberships.rq", "network_memberships_slow.rq"),
          ("network_membership_periods.rq", "network_membership_periods_slow.rq"),
          ("network_previous_documents.rq", "network_previous_documents_slow.rq")]


def _answer(store: Store, text: str) -> Counter:
    """The rows as a multiset; a GROUP_CONCAT list (" | ") as a sorted list (its order is the engine's)."""
    return Counter(tuple(sorted((k, " | ".join(sorted(str(v).split(" | ")))) for k, v in row.items()))
                   for row in store.select(text))


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Store:
    from graph.synth import generate

    path = tmp_path_factory.mktemp("county") / "county.nq"
    generate(path, scale="county", seed=1, years=10)
    s = open_store("memory")
    s.load(path)
    recompute_summaries(s, DEFAULT_BASE)  # as the build leaves a store (graph/summaries.py)
    return s


#: Compared as sets: the first form repeats each row once per combination of documents stating its facts
#: (the bag union; 8,557 rows for 1,341 replacements nationally), copies that tell nothing; the new
#: form gives each row once (its comment says so).
AS_SETS = {"example_replacements.rq"}


@pytest.mark.parametrize(("fast", "slow", "which"), [(f, s, w) for f, s in FASTER for w in ("real", "county")
                                                     if w == "real" or f.startswith("example_")],
                         ids=lambda v: v if v in ("real", "county") else "")
def test_faster_form_answers_as_the_first_form(which: str, fast: str, slow: str,
                                               request: pytest.FixtureRequest) -> None:
    """The examples on the real graph and a synthetic county; the network queries on the real graph
    (their first forms take minutes or more on a county: what made them worth replacing)."""
    store = request.getfixturevalue("store" if which == "real" else "county")
    new = _answer(store, (config.QUERIES_DIR / fast).read_text(encoding="utf-8"))
    old = _answer(store, (FIXTURES / slow).read_text(encoding="utf-8"))
    if fast in AS_SETS:
        assert all(n == 1 for n in new.values()), "the new form repeats a row"
        new, old = Counter(set(new)), Counter(set(old))
    assert new == old
    assert sum(new.values()) > 1, "(almost) no rows: the comparison says nothing"


# faster forms of the pages' queries (one resource each): the same answers for every resource -------
BODIES = ("PREFIX org: <http://www.w3.org/ns/org#> "
          "SELECT DISTINCT ?org WHERE { ?m org:organization ?org } ORDER BY ?org")


def _fill(name: str, folder: Path, **params: str) -> str:
    """A query file (queries/ or the fixtures) with its $params filled in as graph.sparql.render does."""
    from graph.sparql import _PARAM

    text = (folder / name).read_text(encoding="utf-8")
    return _PARAM.sub(lambda m: params[m.group(1)], text)


def _row_key(row: dict, leave_out: set[str] | frozenset[str] = frozenset()) -> tuple:
    """A membership row as the page shows it, comparable: its lists (sightings, titles) as sets (server/routes_ld.py
    sorts both; the order of GROUP_CONCAT is the engine's), the keys in `leave_out` left out."""
    def value(k: str, v: object) -> str:
        return " ".join(sorted(set(str(v).split(" " if k == "observed" else "|")))) if k in ("observed", "titles") \
            else str(v)
    return tuple(sorted((k, value(k, v)) for k, v in row.items() if k not in leave_out))


def _members(store: Store, text: str) -> Counter:
    """org_members.rq's rows as a multiset (`_row_key`)."""
    return Counter(_row_key(row) for row in store.select(text))


def _agree(values: list[str], new: Callable[[str], object], old: Callable[[str], object]) -> None:
    """The new and the first form give the same answer for every value, and the answers are not (almost) empty."""
    rows = 0
    for value in values:
        got = new(value)
        assert got == old(value), value
        rows += len(got) if isinstance(got, list) else sum(got.values())  # type: ignore[attr-defined]
    assert rows > len(values), "(almost) no rows: the comparison says nothing"


def _same_as_first_form(store: Store, name: str, param: str, values: list[str],
                        read: Callable[[Store, str], object] = _members) -> None:
    """queries/<name>.rq and its first form (tests/fixtures/queries/<name>_slow.rq) give the same answer
    (`read` of each) for every value of the $param, and the answers are not (almost) empty."""
    from graph.sparql import iri

    _agree(values, lambda v: read(store, _fill(f"{name}.rq", config.QUERIES_DIR, **{param: iri(v)})),
           lambda v: read(store, _fill(f"{name}_slow.rq", FIXTURES, **{param: iri(v)})))


#: what graph.memberships gives that the first forms did not select (the one asked about; on the org
#: side how a membership began or ended, which the organisation page does not show)
NOT_IN_FIRST_FORM = {"person": {"person"}, "org": {"org", "startedBy", "endedBy"}}


def _same_as_first_query(store: Store, side: str, first: str, values: list[str]) -> None:
    """graph.memberships' records (read as `_members` reads a query's rows) and the one query the pages first sent
    (tests/fixtures/queries/<first>) agree for every value, and the answers are not (almost) empty."""
    from graph.sparql import iri

    _agree(values,
           lambda v: Counter(_row_key(row, NOT_IN_FIRST_FORM[side])
                             for row in memberships(store.select, v, side)),  # type: ignore[arg-type]
           lambda v: _members(store, _fill(first, FIXTURES, **{"org" if side == "org" else "person": iri(v)})))


def test_org_members_answer_as_the_first_form(store: Store) -> None:
    """graph.memberships for an organisation (three small queries, combined in Python) and the one
    query it replaces answer the same for every organisation with members of the real graph, lists
    included. Not on a synthetic county: there the first form multiplies the bag's copies per document
    (minutes per body)."""
    orgs = [str(r["org"]) for r in store.select(BODIES)]
    assert len(orgs) > 3
    _same_as_first_query(store, "org", "org_members_slow.rq", orgs)


@pytest.mark.parametrize("which", ["real", "county"])
def test_labels_fallback_faster_form_answers_as_the_first_form(which: str, request: pytest.FixtureRequest) -> None:
    """queries/ld_labels_fallback.rq (the VALUES block in each branch) and its first form give the same
    labels for the resources that have no name, label or title (those the server asks it about)."""
    store = request.getfixturevalue("store" if which == "real" else "county")
    unnamed = ("PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
               "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
               "SELECT DISTINCT ?x WHERE { ?x a ?c FILTER NOT EXISTS { ?x foaf:name|skos:prefLabel|dcterms:title"
               "|rdfs:label ?l } } ORDER BY ?x LIMIT 400")
    resources = " ".join(f"<{r['x']}>" for r in store.select(unnamed))
    new = _answer(store, _fill("ld_labels_fallback.rq", config.QUERIES_DIR, resources=resources))
    old = _answer(store, _fill("ld_labels_fallback_slow.rq", FIXTURES, resources=resources))
    assert new == old
    # the real graph labels many kinds this way; a synthetic county few (its time instants)
    assert len({row[0] for row in new}) > (10 if which == "real" else 1), "(almost) nothing labelled: says nothing"


def test_links_here_faster_form_answers_as_the_first_form(store: Store) -> None:
    """queries/ld_links_here.rq (the pairs DISTINCT first) answers as its first form, row for row in
    its order, for every resource something points to in the real graph."""
    targets = [str(r["o"]) for r in store.select(
        "SELECT DISTINCT ?o WHERE { ?s ?p ?o FILTER isIRI(?o) } ORDER BY ?o")]
    assert len(targets) > 100
    _same_as_first_form(store, "ld_links_here", "this", targets,
                        read=lambda st, text: [(str(r["s"]), str(r["p"])) for r in st.select(text)])


def test_person_memberships_answer_as_the_first_form(store: Store) -> None:
    """graph.memberships for a person answers as the one query it replaces for every person with a
    membership in the real graph, lists included."""
    people = [str(r["p"]) for r in store.select(
        "PREFIX org: <http://www.w3.org/ns/org#> SELECT DISTINCT ?p WHERE { ?m org:member ?p } ORDER BY ?p")]
    assert len(people) > 20
    _same_as_first_query(store, "person", "person_memberships_slow.rq", people)


def test_group_members_on_date_faster_form_answers_as_the_first_form(store: Store) -> None:
    """queries/example_group_members_on_date.rq (each EXISTS one pattern, the next step nested) and its
    first form give the same members for every group of the real graph on each day around its meetings.
    Not on a synthetic county: the example names a real group (a county's answer would be empty)."""
    groups = [str(r["org"]) for r in store.select(BODIES)]
    days = ["2025-01-01", "2025-11-06", "2025-11-07", "2025-12-11", "2025-12-12", "2026-03-12", "2027-01-01"]
    old_group = 'VALUES ?group { <https://w3id.org/samverkan-kalmar/id/org/samordnande-grupp-barn-och-unga> }'
    texts = {which: (folder / name).read_text(encoding="utf-8") for which, folder, name in (
        ("new", config.QUERIES_DIR, "example_group_members_on_date.rq"),
        ("old", FIXTURES, "example_group_members_on_date_slow.rq"))}
    assert all(old_group in t and 'VALUES ?at { "2026-03-12" }' in t for t in texts.values())
    rows = 0
    for group in groups:
        for day in days:
            new, old = (_answer(store, t.replace(old_group, f"VALUES ?group {{ <{group}> }}")
                                .replace('VALUES ?at { "2026-03-12" }', f'VALUES ?at {{ "{day}" }}'))
                        for t in (texts["new"], texts["old"]))
            assert new == old, (group, day)
            rows += sum(new.values())
    assert rows > len(groups), "(almost) no rows: the comparison says nothing"
