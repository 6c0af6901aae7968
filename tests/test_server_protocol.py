"""The SPARQL endpoint against a real uvicorn server on loopback, with standard clients."""

from __future__ import annotations

import concurrent.futures
import csv
import io
import json
import time
from pathlib import Path

import httpx
import pytest
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from rdflib.query import Result
from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper

from graph import config
from graph.iris import DEFAULT_BASE, Iris

from .conformance_runner import load_manifest, run_test
from .servers import Server, run_server

IRIS = Iris(DEFAULT_BASE)

# DISTINCT: the default graph is the union of the named graphs, a bag (a person is typed by each document)
PERSONS = ("SELECT DISTINCT ?p ?name WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> ; "
           "<http://xmlns.com/foaf/0.1/name> ?name }")
COUNT_PERSONS = ("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> }")
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
TOKEN = "test-token-4711"


def sparql(server: Server) -> str:
    return server.url + "/sparql"


# ---------------------------------------------------------------------------- standard clients

def test_sparqlwrapper_select_in_every_result_format(live_server: Server) -> None:
    client = SPARQLWrapper(sparql(live_server))
    client.setQuery(PERSONS)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert len(rows) == 136
    client.setReturnFormat(XML)
    xml = client.query().convert().toxml()
    assert xml.count("<result>") == 136
    client.setReturnFormat(CSV)
    parsed = list(csv.reader(io.StringIO(client.query().convert().decode("utf-8"))))
    assert parsed[0] == ["p", "name"] and len(parsed) == 137
    client.setReturnFormat(TSV)
    lines = client.query().convert().decode("utf-8").strip().split("\n")
    assert lines[0] == "?p\t?name" and len(lines) == 137


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_select_results_parse_back_with_rdflib(live_server: Server, fmt: str) -> None:
    mime = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
            "csv": "text/csv", "tsv": "text/tab-separated-values"}[fmt]
    r = httpx.get(sparql(live_server), params={"query": PERSONS}, headers={"Accept": mime})
    assert r.status_code == 200 and r.headers["content-type"].startswith(mime)
    result = Result.parse(io.BytesIO(r.content), format=fmt)
    names = {str(row[1]) for row in result}
    assert "Cecilia Wahlström" in names and len(names) == 136


@pytest.mark.parametrize(("mime", "fmt"), [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                           ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")])
def test_construct_and_describe_parse_back(live_server: Server, mime: str, fmt: str) -> None:
    q = ("CONSTRUCT { ?p <http://xmlns.com/foaf/0.1/name> ?n } WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }")
    r = httpx.post(sparql(live_server), data={"query": q}, headers={"Accept": mime})
    assert r.status_code == 200 and r.headers["content-type"].startswith(mime)
    assert len(Graph().parse(data=r.content, format=fmt)) == 136
    d = httpx.post(sparql(live_server), content=f"DESCRIBE <{IRIS.person('petra-hornstra')}>",
                   headers={"Content-Type": "application/sparql-query", "Accept": mime})
    assert d.status_code == 200
    assert len(Graph().parse(data=d.content, format=fmt)) > 3


def test_rdflib_sparqlstore_reads_the_endpoint(live_server: Server) -> None:
    store = SPARQLStore(sparql(live_server), returnFormat="json")
    rows = list(store.query(COUNT_PERSONS))
    assert int(rows[0][0]) == 136
    assert bool(store.query(f"ASK {{ <{IRIS.person('johan-rosenqvist')}> ?p ?o }}").askAnswer)


def test_ask_json_and_xml(live_server: Server) -> None:
    r = httpx.get(sparql(live_server), params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "application/json"})
    assert r.json()["boolean"] is True
    r = httpx.get(sparql(live_server), params={"query": "ASK { <urn:x> <urn:y> <urn:z> }", "format": "xml"})
    assert "<boolean>false</boolean>" in r.text


def test_protocol_dataset_narrows_the_default_graph(live_server: Server) -> None:
    doc = str(IRIS.doc("2024-03-01-presidiekonferens"))
    r = httpx.get(sparql(live_server), params={"query": COUNT_PERSONS, "default-graph-uri": doc},
                  headers={"Accept": "application/json"})
    n = int(r.json()["results"]["bindings"][0]["n"]["value"])
    assert 90 < n < 136  # only the people of the 2024 conference


def test_service_description(live_server: Server) -> None:
    r = httpx.get(sparql(live_server), headers={"Accept": "text/turtle"})
    g = Graph().parse(data=r.text, format="turtle")
    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    me = URIRef(DEFAULT_BASE + "sparql")  # from the configured base, never the request's Host
    assert (me, RDF.type, sd.Service) in g
    assert (me, sd.endpoint, me) in g
    assert (me, sd.supportedLanguage, sd.SPARQL11Query) in g
    assert (me, sd.supportedLanguage, sd.SPARQL11Update) not in g  # no token: no update
    names = {str(o) for o in g.objects(None, sd.name)}
    assert str(IRIS.doc("2026-03-12-lansgemensam-ledning")) in names


# ---------------------------------------------------------------------------- errors and safety

def test_syntax_error_is_400_with_position(live_server: Server) -> None:
    r = httpx.get(sparql(live_server), params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert r.status_code == 400
    assert "syntax error" in r.text and "1:" in r.text


@pytest.mark.parametrize(("headers", "body", "status"), [
    ({"Content-Type": "text/plain"}, "ASK {}", 415),
    ({}, "ASK {}", 400),
    ({"Content-Type": "application/sparql-query; charset=UTF-16"}, "ASK {}", 415),
    ({"Content-Type": "application/x-www-form-urlencoded"}, "nothing=here", 400),
    ({"Content-Type": "application/sparql-query"}, b"\xff\xfe\x00bad", 400),
])
def test_malformed_requests_are_4xx(live_server: Server, headers: dict, body: str | bytes, status: int) -> None:
    r = httpx.post(sparql(live_server), content=body, headers=headers)
    assert r.status_code == status, r.text


def test_not_acceptable(live_server: Server) -> None:
    r = httpx.get(sparql(live_server), params={"query": PERSONS}, headers={"Accept": "image/png"})
    assert r.status_code == 406


def test_service_is_refused_without_any_outgoing_request(live_server: Server) -> None:
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    r = httpx.get(sparql(live_server), params={"query": q})
    assert r.status_code == 403 and "SERVICE" in r.text
    # a prefixed name that merely contains the word is not SERVICE
    ok = httpx.get(sparql(live_server), params={
        "query": "PREFIX lgl: <https://w3id.org/samverkan-kalmar/ontology#> SELECT * { ?s a lgl:Service }"})
    assert ok.status_code == 200


def test_request_size_is_capped(live_server: Server) -> None:
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * (1024 * 1024 + 10)
    r = httpx.post(sparql(live_server), content=big, headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413


def test_timeout_stops_the_query_and_the_server_keeps_answering(live_server: Server) -> None:
    started = time.monotonic()
    r = httpx.get(sparql(live_server), params={"query": HEAVY}, timeout=30)
    elapsed = time.monotonic() - started
    assert r.status_code == 503 and "timeout" in r.text
    assert elapsed < 3 + 3  # the configured timeout is 3 s
    ok = httpx.get(sparql(live_server), params={"query": COUNT_PERSONS}, headers={"Accept": "application/json"})
    assert ok.status_code == 200


def test_row_cap(live_server: Server) -> None:
    r = httpx.get(sparql(live_server), params={"query": "SELECT * WHERE { ?s ?p ?o }"},
                  headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200
    assert len(r.json()["results"]["bindings"]) == 2000
    assert r.headers["X-SPARQL-MaxRows"] == "2000"


def test_update_is_refused_without_a_configured_token(live_server: Server) -> None:
    r = httpx.post(sparql(live_server), content="INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                   headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer anything"})
    assert r.status_code == 403


def test_concurrent_queries_are_safe(live_server: Server) -> None:
    def one(i: int) -> int:
        q = COUNT_PERSONS if i % 2 else "ASK { ?s a <http://xmlns.com/foaf/0.1/Person> }"
        for _ in range(50):  # one client address: over its share (4 at once) it is told to wait (429)
            r = httpx.get(sparql(live_server), params={"query": q}, headers={"Accept": "application/json"},
                          timeout=30)
            if r.status_code != 429:
                break
            time.sleep(0.05 * float(r.headers["Retry-After"]))
        assert r.status_code == 200
        body = r.json()
        return int(body["results"]["bindings"][0]["n"]["value"]) if i % 2 else int(body["boolean"])

    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(one, range(64)))
    assert answers == [136 if i % 2 else 1 for i in range(64)]


def test_example_queries_all_answer(live_server: Server) -> None:
    latencies = {}
    for path in sorted(config.QUERIES_DIR.glob("example_*.rq")):
        started = time.monotonic()
        r = httpx.post(sparql(live_server), data={"query": path.read_text(encoding="utf-8")},
                       headers={"Accept": "application/sparql-results+json"})
        latencies[path.stem] = (time.monotonic() - started) * 1000
        assert r.status_code == 200, (path.name, r.text)
        assert r.json()["results"]["bindings"], f"{path.name} returned no rows"
    print("\nexample query latencies (ms, one run, through the server):")
    for name, ms in latencies.items():
        print(f"  {name}: {ms:.1f}")


# ---------------------------------------------------------------------------- update with a token

@pytest.fixture(scope="module", params=["memory", "oxigraph-disk"])
def update_server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Server:
    tmp = tmp_path_factory.mktemp("update")
    store = "memory" if request.param == "memory" else f"oxigraph:{tmp / 'store'}"
    with run_server(tmp, None, store, "--timeout", "5", env={"SAMVERKAN_UPDATE_TOKEN": TOKEN}) as server:
        server.store = store  # type: ignore[attr-defined]
        server.tmp = tmp  # type: ignore[attr-defined]
        yield server


def test_update_needs_the_bearer_token(update_server: Server) -> None:
    body = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> \"c\" } }"
    h = {"Content-Type": "application/sparql-update"}
    assert httpx.post(sparql(update_server), content=body, headers=h).status_code == 401
    assert httpx.post(sparql(update_server), content=body,
                      headers={**h, "Authorization": "Bearer wrong"}).status_code == 401
    ok = httpx.post(sparql(update_server), content=body, headers={**h, "Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 204
    r = httpx.get(sparql(update_server), params={"query": "ASK { <urn:a> <urn:b> \"c\" }", "format": "json"})
    assert r.json()["boolean"] is True


def test_update_of_the_embedded_store_persists(update_server: Server, tmp_path: Path) -> None:
    if update_server.store == "memory":  # type: ignore[attr-defined]
        pytest.skip("in-memory store does not persist by design")
    body = "INSERT DATA { GRAPH <urn:persist> { <urn:p> <urn:q> \"kept\" } }"
    r = httpx.post(sparql(update_server), content=body,
                   headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 204
    update_server.process.terminate()
    update_server.process.wait(10)
    with run_server(tmp_path, None, update_server.store) as again:  # type: ignore[attr-defined]
        r = httpx.get(sparql(again), params={"query": "ASK { <urn:p> <urn:q> \"kept\" }", "format": "json"})
        assert r.json()["boolean"] is True


CONFORMANCE = [t for t in load_manifest() if t.is_query_or_update]


@pytest.mark.parametrize("test", CONFORMANCE, ids=[t.name for t in CONFORMANCE])
@pytest.mark.parametrize("store", ["memory", "oxigraph-disk"])
def test_w3c_protocol_conformance(conformance_servers: dict[str, Server], store: str, test: object) -> None:
    server = conformance_servers[store]
    with httpx.Client(timeout=30) as client:
        failures = run_test(client, sparql(server), TOKEN, test)
    assert failures == [], "\n".join(failures)


@pytest.fixture(scope="module")
def conformance_servers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Server]:
    tmp = tmp_path_factory.mktemp("conformance")
    with run_server(tmp, None, "memory", env={"SAMVERKAN_UPDATE_TOKEN": TOKEN}) as mem, \
            run_server(tmp, None, f"oxigraph:{tmp / 'store'}", env={"SAMVERKAN_UPDATE_TOKEN": TOKEN}) as disk:
        yield {"memory": mem, "oxigraph-disk": disk}


def test_json_results_are_valid_json(live_server: Server) -> None:
    r = httpx.get(sparql(live_server), params={"query": PERSONS, "format": "json"})
    assert json.loads(r.text)["head"]["vars"] == ["p", "name"]
