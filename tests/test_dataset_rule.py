"""The one dataset rule (README, "The default graph"): the data are named graphs and a query without a
dataset sees the engine's union of them, a bag (a triple held by two graphs is seen twice), with no
copy in the store's default graph.

- Parity: every query the code runs (queries/*.rq, with sample bindings from the graph, and the exact
  texts the search index, the networks, the as-of rule and the validation send) answers the same
  under the bag union as under the old set merge (the default graph holding each triple once), as
  multisets of rows; CONSTRUCT results as graphs (sets).
- Stores: load() writes nothing to the default graph; a store written by the old code is detected,
  upgraded when opened for writing and read as it is when opened read-only.
- Updates through the server: DROP GRAPH removes its triples from the union (and the pages) unless
  another graph holds them; an update stopped by the timeout leaves nothing of it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import URIRef

from graph import config
from graph.asof import asof_query, held_rows, latest_document_date
from graph.iris import DEFAULT_BASE
from graph.network.data import load_data
from graph.search_index import collect
from graph.sparql import iri, render
from graph.stores import Store, open_store
from graph.stores.base import Boolean, Graphs, QueryResult, Solutions, Triples
from graph.stores.oxigraph_store import OxigraphStore
from graph.validation import validate_scope, validate_store

from .servers import run_server, settled

BASE = DEFAULT_BASE
PEOPLE_GRAPH = BASE + "id/graph/people"
LGL = BASE + "id/org/lansgemensam-ledning"
MERGE = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"  # what the old code kept in the default graph
P = "PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX org: <http://www.w3.org/ns/org#> " \
    "PREFIX lgl: <https://w3id.org/samverkan-kalmar/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "


# the two stores ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def bag(built_graph: Path) -> OxigraphStore:
    """The new rule: the named graphs only, queried through the engine's union."""
    s = OxigraphStore(None)
    s.load(built_graph)
    return s


@pytest.fixture(scope="module")
def merged(built_graph: Path) -> OxigraphStore:
    """The old rule: the default graph holds the merge of the named graphs (a set) and is queried as it is."""
    s = OxigraphStore(None)
    s.load(built_graph)
    s.update(MERGE)
    s.union_default = False
    return s


class Recording(Store):
    """A store that passes every query to another and keeps its text (to replay it on the old rule)."""

    kind = "recording"

    def __init__(self, inner: Store) -> None:
        self.inner = inner
        self.texts: list[str] = []

    def query(self, sparql: str, graphs: Graphs | None = None, base_iri: str | None = None) -> QueryResult:
        self.texts.append(sparql)
        return self.inner.query(sparql, graphs, base_iri)

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        raise AssertionError("the readers do not update")

    def load(self, path: Path, replace: bool = False) -> int:
        raise AssertionError("the readers do not load")

    def quad_count(self) -> int:
        return self.inner.quad_count()


def _normal(term: tuple) -> tuple:
    return ("bnode", "", "", "") if term[0] == "bnode" else term


_CONCAT = re.compile(r'GROUP_CONCAT\((?:[^()]|\([^()]*\))*?SEPARATOR\s*=\s*"([^"]*)"\s*\)\s*AS\s*\?(\w+)',
                     re.IGNORECASE | re.DOTALL)


def concatenations(sparql: str) -> dict[str, str]:
    """The variables a GROUP_CONCAT binds, with their separators: SPARQL leaves the order of the
    parts to the engine (and it follows the order the engine meets the graphs in), so they are
    compared as sorted parts."""
    return {var: sep for sep, var in _CONCAT.findall(sparql)}


def _row(row: dict, concat: dict[str, str]) -> frozenset:
    out = []
    for k, v in row.items():
        if k in concat and v[0] == "literal":
            v = (*v[:1], concat[k].join(sorted(v[1].split(concat[k]))), *v[2:])
        out.append((k, _normal(v)))
    return frozenset(out)


def answer(store: Store, sparql: str) -> object:
    """A comparable answer: rows as a multiset, triples as a set (an RDF graph), or the boolean."""
    result = store.query(sparql)
    if isinstance(result, Boolean):
        return result.value
    if isinstance(result, Solutions):
        concat = concatenations(sparql)
        return Counter(_row(row, concat) for row in result.rows)
    assert isinstance(result, Triples)
    return {tuple(_normal(t) for t in triple) for triple in result.triples}


def differences(bag: Store, merged: Store, texts: dict[str, str]) -> list[str]:
    wrong = []
    for label, text in texts.items():
        new, old = answer(bag, text), answer(merged, text)
        if new != old:
            extra = (new - old) if isinstance(new, Counter) else ""
            wrong.append(f"{label}: {sum(new.values()) if isinstance(new, Counter) else new} vs "
                         f"{sum(old.values()) if isinstance(old, Counter) else old}; extra {str(extra)[:300]}")
    return wrong


def first(store: Store, sparql: str, n: int) -> list[str]:
    return [str(r["x"]) for r in store.select(P + sparql + f" LIMIT {n}")]


def sample_bindings(store: Store) -> dict[str, list[str]]:
    """Resources to fill each $parameter with, from the graph: those stated by the most documents
    first, where the bag union differs most from the merge."""
    many = "SELECT ?x (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?x a {cls} }} }} GROUP BY ?x ORDER BY DESC(?n) ?x"
    people = first(store, many.format(cls="foaf:Person"), 4) + [BASE + "id/person/chris-landergren"]
    orgs = first(store, many.format(cls="org:Organization"), 3) + [BASE + "id/org/samordnande-grupp-barn-och-unga"]
    meetings = first(store, "SELECT DISTINCT ?x WHERE { ?x a lgl:Meeting } ORDER BY ?x", 20)
    docs = first(store, "SELECT DISTINCT ?x WHERE { ?x a lgl:SourceDocument } ORDER BY ?x", 20)
    bodies = first(store, "SELECT DISTINCT ?x WHERE { ?x lgl:seatRequirement ?r } ORDER BY ?x", 20)
    memberships = first(store, many.format(cls="org:Membership"), 2)
    passages = first(store, "SELECT DISTINCT ?x WHERE { ?x a lgl:Passage } ORDER BY ?x", 2)
    things = people[:2] + orgs[:2] + meetings[:2] + docs[:1] + memberships + passages
    return {"person": people, "org": orgs, "meeting": meetings, "doc": docs, "body": bodies, "structure": [LGL],
            "this": things, "resources": [" ".join(f"<{x}>" for x in things + bodies)], "graph": docs[:2]}


#: An update's first operation, after comments and PREFIX/BASE lines.
UPDATE = re.compile(r"(?:\s*(?:#[^\n]*|PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>))*\s*"
                    r"(?:DROP|CLEAR|CREATE|LOAD|ADD|MOVE|COPY|INSERT|DELETE|WITH)\b", re.I)


def query_texts(store: Store) -> dict[str, str]:
    """Every queries/*.rq, each $parameter filled with every sample (VALUES blocks as written)."""
    samples = sample_bindings(store)
    texts = {}
    for path in sorted(config.QUERIES_DIR.glob("*.rq")):
        if UPDATE.match(path.read_text(encoding="utf-8")):
            continue  # an update (the Graph Store's DROP): nothing to answer; its effect is tested in test_gsp.py
        params = sorted(set(re.findall(r"\$([A-Za-z_]\w*)", path.read_text(encoding="utf-8"))))
        if not params:
            texts[path.name] = render(path.name)
            continue
        assert len(params) == 1, f"{path.name}: give the parity test samples for {params}"
        name = params[0]
        for value in samples[name]:
            term = value if name == "resources" else iri(value)
            texts[f"{path.name} {name}={value[:80]}"] = render(path.name, **{name: term})
    return texts


def test_every_query_file_answers_the_same_under_the_bag_union(bag: OxigraphStore, merged: OxigraphStore) -> None:
    texts = query_texts(bag)
    asked = {label.split(" ")[0] for label in texts}
    queries = {p.name for p in config.QUERIES_DIR.glob("*.rq") if not UPDATE.match(p.read_text(encoding="utf-8"))}
    assert asked == queries, queries ^ asked
    assert len(texts) > len(queries), "each parametrised query is asked with several samples"
    assert differences(bag, merged, texts) == []


def test_what_the_code_sends_answers_the_same(bag: OxigraphStore, merged: OxigraphStore) -> None:
    """The exact texts the search index, the networks, the as-of rule and the validation (whole and
    scoped, on two dates) send to a store, replayed on the old rule."""
    rec = Recording(bag)
    collect(rec.select)
    load_data(rec.select)
    latest = latest_document_date(rec.select)
    assert latest is not None
    rec.select(asof_query([latest, "2025-12-11"]))
    held_rows(rec.select, [(None, latest), (URIRef(LGL), "2025-12-11")])
    for at in (latest, dt.date(2025, 12, 11)):
        validate_store(rec, at)
    validate_scope(rec, LGL, latest)
    texts = {f"sent #{i}: {t[:60]!r}": t for i, t in enumerate(dict.fromkeys(rec.texts))}
    assert len(texts) > 20
    assert differences(bag, merged, texts) == []


def test_the_bag_is_real(bag: OxigraphStore, merged: OxigraphStore) -> None:
    """The test above can fail: the union repeats a triple held by several graphs, the merge does not."""
    q = P + "SELECT ?m WHERE { ?m a org:Membership }"
    assert sum(answer(bag, q).values()) > sum(answer(merged, q).values())
    distinct = q.replace("SELECT", "SELECT DISTINCT")
    assert answer(bag, distinct) == answer(merged, distinct)


# the stores --------------------------------------------------------------------------------------
def test_load_writes_nothing_to_the_default_graph(bag: OxigraphStore, built_graph: Path) -> None:
    graphs = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    in_graphs = int(bag.select(graphs)[0]["n"])
    assert bag.quad_count() == in_graphs  # every quad is in a named graph
    assert not bag.holds_old_default_copy()
    with built_graph.open() as fh:
        assert sum(1 for line in fh if line.strip()) == in_graphs


@pytest.mark.parametrize("spec", ["memory", "rdflib"])
@pytest.mark.parametrize("suffix", [".ttl", ".nq"])
def test_triples_outside_a_graph_go_into_the_graph_of_the_file(tmp_path: Path, spec: str, suffix: str) -> None:
    """A Turtle file, or the default-graph triples of a dataset file, load into a named graph named by
    the file's URI, on the embedded Oxigraph and on rdflib alike; a dataset's own graphs stay as they are."""
    data = tmp_path / f"extra{suffix}"
    data.write_text("<urn:a> <urn:b> <urn:c> .\n" + ("<urn:d> <urn:e> <urn:f> <urn:g> .\n" if suffix == ".nq" else ""))
    s = open_store(spec)
    s.load(data)
    rows = s.select("SELECT ?g WHERE { GRAPH ?g { <urn:a> <urn:b> <urn:c> } }")
    assert [str(r["g"]) for r in rows] == [data.resolve().as_uri()]
    assert s.ask("ASK { <urn:a> <urn:b> <urn:c> }")
    if suffix == ".nq":
        assert [str(r["g"]) for r in s.select("SELECT ?g WHERE { GRAPH ?g { <urn:d> <urn:e> <urn:f> } }")] == ["urn:g"]
    assert s.quad_count() == (2 if suffix == ".nq" else 1)


def _old_store(path: Path, graph: Path) -> None:
    """A store as the old code left it: the named graphs and their merge in the default graph."""
    s = OxigraphStore(path)
    s.load(graph)
    s.update(MERGE)
    s.close()


def test_an_old_store_is_read_as_it_is_and_upgraded_at_the_first_write(
        tmp_path: Path, built_graph: Path, merged: OxigraphStore, capfd: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "old"
    _old_store(path, built_graph)
    q = P + "SELECT ?p ?n WHERE { ?p foaf:name ?n }"
    expected = answer(merged, q)
    before = OxigraphStore(path, read_only=True)
    assert before.holds_old_default_copy() and before.union_default is False
    assert answer(before, q) == expected  # the old merge, each triple once
    assert before.upgrade() is None  # read-only: left as it is
    quads = before.quad_count()
    before.close()
    assert "older samverkan" in capfd.readouterr().err
    writer = OxigraphStore(path)
    assert answer(writer, q) == expected  # still read as it is until the first write
    writer.update('INSERT DATA { <urn:mine> <urn:p> "kept" }')  # a user's own triple in the default graph
    assert "dropped the merged copy" in capfd.readouterr().err
    assert not writer.holds_old_default_copy() and writer.union_default
    in_graphs = int(writer.select("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")[0]["n"])
    assert writer.quad_count() == in_graphs + 1 < quads
    writer.close()
    again = OxigraphStore(path, read_only=True)
    assert again.union_default and answer(again, q.replace("SELECT", "SELECT DISTINCT")) == expected
    assert again.ask('ASK { <urn:mine> <urn:p> "kept" }')
    again.close()


def test_replacing_an_old_store_needs_no_upgrade(tmp_path: Path, built_graph: Path) -> None:
    path = tmp_path / "old"
    _old_store(path, built_graph)
    s = OxigraphStore(path)
    s.load(built_graph, replace=True)
    assert s.union_default and not s.holds_old_default_copy()
    assert s.upgrade() is None
    s.close()


# updates through the server ------------------------------------------------------------------------
TOKEN = "dataset-rule-test-token"


@pytest.fixture(scope="module")
def writable_server(built_graph: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    tmp = tmp_path_factory.mktemp("rule-server")
    with run_server(tmp, built_graph, f"oxigraph:{tmp / 'store'}", "--timeout", "1",
                    env={"SAMVERKAN_UPDATE_TOKEN": TOKEN, "SAMVERKAN_UPDATE_GRACE": "1"}) as server:
        yield server


def sparql(server: object, query: str) -> list[dict]:
    r = httpx.post(server.url + "/sparql", data={"query": query}, headers={"Accept": "application/json"},
                   timeout=30)
    assert r.status_code == 200, r.text
    return r.json()["results"]["bindings"]


def update(server: object, text: str, timeout: float = 60) -> httpx.Response:
    return httpx.post(server.url + "/sparql", data={"update": text}, timeout=timeout,
                      headers={"Authorization": f"Bearer {TOKEN}"})


def test_an_update_stopped_by_the_timeout_leaves_nothing(writable_server: object) -> None:
    # every triple of the store times 200 (2 million new triples): far more than 2 s of work, one transaction
    big = ("INSERT { GRAPH <urn:big> { ?s <urn:copy> ?o2 } } WHERE { GRAPH ?g { ?s ?p ?o } "
           "VALUES ?i { " + " ".join(str(i) for i in range(200)) + " } BIND(CONCAT(STR(?o), STR(?i)) AS ?o2) }")
    started = time.monotonic()
    r = update(writable_server, big)
    assert r.status_code == 503 and "stopped" in r.text, r.text
    assert time.monotonic() - started < 30
    assert sparql(writable_server, "SELECT * WHERE { GRAPH <urn:big> { ?s ?p ?o } } LIMIT 1") == []
    small = ("INSERT { GRAPH <urn:small> { ?s <urn:copy> ?o2 } } WHERE { GRAPH ?g { ?s a foaf:Person ; ?p ?o } "
             "VALUES ?i { 0 } BIND(CONCAT(STR(?o), STR(?i)) AS ?o2) }")
    assert update(writable_server, P + small).status_code in (200, 204)  # the same form, small, goes through
    assert sparql(writable_server, "SELECT * WHERE { GRAPH <urn:small> { ?s ?p ?o } } LIMIT 1")


def _term(t: dict) -> str:
    """A SPARQL JSON result term as SPARQL text."""
    if t["type"] == "uri":
        return f"<{t['value']}>"
    suffix = f"^^<{t['datatype']}>" if "datatype" in t else (f"@{t['xml:lang']}" if "xml:lang" in t else "")
    return '"' + t["value"].replace("\\", "\\\\").replace('"', '\\"') + '"' + suffix


def test_drop_graph_removes_its_triples_from_the_union_and_the_pages(writable_server: object) -> None:
    person = BASE + "id/person/petra-hornstra"
    page = writable_server.url + "/id/person/petra-hornstra"
    name = sparql(writable_server, P + f"SELECT ?n WHERE {{ <{person}> foaf:name ?n }}")
    assert name and httpx.get(page, headers={"Accept": "text/html"}).status_code == 200
    before = httpx.get(page, headers={"Accept": "text/html"}).text
    assert name[0]["n"]["value"] in re.search(r"<h1[^>]*>(.*?)</h1>", before, re.DOTALL).group(1)

    r = update(writable_server, f"DROP GRAPH <{PEOPLE_GRAPH}>")
    assert r.status_code in (200, 204), r.text
    assert sparql(writable_server, f"SELECT * WHERE {{ GRAPH <{PEOPLE_GRAPH}> {{ ?s ?p ?o }} }} LIMIT 1") == []
    assert sparql(writable_server, P + f"SELECT ?n WHERE {{ <{person}> foaf:name ?n }}") == []
    assert sparql(writable_server, P + "SELECT ?p WHERE { ?p a foaf:Person ; foaf:name ?n } LIMIT 1") == []
    html = httpx.get(page, headers={"Accept": "text/html"})
    # the page no longer knows the person's name (other documents still name her in their own words)
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", html.text, re.DOTALL)
    assert html.status_code == 404 or (heading and name[0]["n"]["value"] not in heading.group(1))


def test_a_triple_held_by_two_graphs_survives_dropping_one(writable_server: object) -> None:
    shared = sparql(writable_server, "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } GRAPH ?h { ?s ?p ?o } "
                                     "FILTER(STR(?g) < STR(?h)) } LIMIT 1")
    assert shared, "no triple is held by two graphs"
    triple = " ".join(_term(shared[0][k]) for k in ("s", "p", "o"))
    graph = shared[0]["g"]["value"]
    only_here = sparql(writable_server, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} FILTER NOT EXISTS "
                                        f"{{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != <{graph}>) }} }} LIMIT 1")
    assert only_here
    alone = " ".join(_term(only_here[0][k]) for k in ("s", "p", "o"))
    holders = len(sparql(writable_server, f"SELECT ?g WHERE {{ GRAPH ?g {{ {triple} }} }}"))
    assert len(sparql(writable_server, f"SELECT * WHERE {{ {triple} }}")) == holders >= 2  # the bag: once per graph

    r = update(writable_server, f"DROP GRAPH <{graph}>")
    assert r.status_code in (200, 204), r.text
    assert len(sparql(writable_server, f"SELECT * WHERE {{ {triple} }}")) == holders - 1  # still held by the others
    assert sparql(writable_server, f"SELECT * WHERE {{ {alone} }}") == []  # gone with its graph


def test_service_description_states_the_union(live_server: object) -> None:
    r = httpx.get(live_server.url + "/sparql", headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    assert "defaultGraph" in r.text and "bag" in r.text
    assert PEOPLE_GRAPH in r.text  # the named graphs whose union it is


# the pages: the same on the old merge and on the union --------------------------------------------------
PAGES = ["/", "/id/person/chris-landergren", "/id/person/anna-hasselbom-trofast",
         "/id/org/samordnande-grupp-barn-och-unga", "/id/meeting/2025-12-12-lansgemensam-ledning",
         "/id/meeting/2024-03-01-presidiekonferens", "/id/doc/2025-12-12-lansgemensam-ledning",
         "/validation?format=json", "/validation/seats?group=" + BASE + "id/org/samordnande-grupp-barn-och-unga"
         "&at=2025-12-11", "/search?q=Hornstra&format=json", "/search?q=psyk&format=json"]


@pytest.fixture(scope="module")
def old_server(built_graph: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """The server on a store as the old code left it (its default graph the merge), read as it is."""
    tmp = tmp_path_factory.mktemp("old-rule")
    _old_store(tmp / "store", built_graph)
    with run_server(tmp, None, f"oxigraph:{tmp / 'store'}", "--timeout", "3", "--max-rows", "2000",
                    env={"SAMVERKAN_UPDATE_TOKEN": ""}) as server:
        yield server


@pytest.mark.parametrize("page", PAGES)
def test_pages_are_the_same_under_the_union(old_server: object, live_server: object, page: str) -> None:
    old, new = settled(old_server.url + page), settled(live_server.url + page)
    assert old.status_code == new.status_code == 200
    if "format=json" in page:  # when and how fast it was made differ, not what it says
        volatile = ("generated", "seconds", "cached", "took", "elapsed")
        drop = lambda r: {k: v for k, v in r.json().items() if k not in volatile}  # noqa: E731
        old_json, new_json = drop(old), drop(new)
        # the validation report lists its problems in the order the data graph gives them, which
        # follows the store's order: the same problems, compared as a multiset
        order = lambda items: sorted(json.dumps(x, sort_keys=True) for x in items)  # noqa: E731
        assert order(new_json.pop("problems", [])) == order(old_json.pop("problems", []))
        assert new_json == old_json
    else:
        assert new.text.replace(live_server.url, "") == old.text.replace(old_server.url, "")
