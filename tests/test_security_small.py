"""The small items of the server audit: the nearest RDF format for SPARQLWrapper's defaults, no Host
header reflected, no javascript:/data: links, a Content-Security-Policy on every page, HEAD /sparql,
well-formed XML results (or a clear refusal)."""

from __future__ import annotations

import xml.dom.minidom
from collections.abc import Iterator

import httpx
import pytest
from rdflib import Graph
from SPARQLWrapper import JSON, N3, TURTLE, XML, SPARQLWrapper

from graph.iris import DEFAULT_BASE
from server.html import safe_href

from .servers import Server, run_server

BASE = DEFAULT_BASE
TOKEN = "small-items-token"
NAMES = "CONSTRUCT { ?p <http://xmlns.com/foaf/0.1/name> ?n } WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }"


@pytest.mark.parametrize("fmt", [None, XML, N3, TURTLE, JSON])
def test_sparqlwrapper_construct_and_describe_with_its_defaults(live_server: Server, fmt: str | None) -> None:
    client = SPARQLWrapper(live_server.url + "/sparql")
    if fmt:
        client.setReturnFormat(fmt)
    client.setQuery(NAMES)
    result = client.query()
    assert result.response.status == 200
    data = result.response.read()
    ctype = result.response.headers["Content-Type"].split(";")[0]
    syntax = {"application/rdf+xml": "xml", "text/turtle": "turtle", "application/ld+json": "json-ld",
              "application/n-triples": "nt"}[ctype]
    assert len(Graph().parse(data=data, format=syntax)) == 136
    client.setQuery(f"DESCRIBE <{BASE}id/person/petra-hornstra>")
    assert client.query().response.status == 200


@pytest.mark.parametrize(("value", "expected"), [("xml", "application/rdf+xml"), ("rdf+xml", "application/rdf+xml"),
                                                 ("n3", "text/turtle"), ("json", "application/ld+json"),
                                                 ("no-such-format", "application/n-triples")])
def test_format_maps_to_the_nearest_or_falls_back_to_accept(live_server: Server, value: str, expected: str) -> None:
    r = httpx.get(live_server.url + "/sparql", params={"query": NAMES, "format": value},
                  headers={"Accept": "application/n-triples"})
    assert r.status_code == 200 and r.headers["content-type"].startswith(expected)


def test_host_header_is_never_reflected(live_server: Server) -> None:
    evil = {"Host": "evil.example"}
    r = httpx.get(live_server.url + "/search/", headers=evil)
    assert r.status_code in (301, 302, 303, 307, 308) and "evil" not in r.headers["location"]
    assert r.headers["location"].startswith("/")
    sd = httpx.get(live_server.url + "/sparql", headers={**evil, "Accept": "text/turtle"})
    assert "evil" not in sd.text and f"<{BASE}sparql>" in sd.text
    q = httpx.get(live_server.url + "/sparql", params={"query": "SELECT (STR(<x>) AS ?b) WHERE {}"},
                  headers={**evil, "Accept": "application/sparql-results+json"})
    assert q.json()["results"]["bindings"][0]["b"]["value"] == BASE + "x"


@pytest.mark.parametrize("iri", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                                 "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>",
                                 "vbscript:msgbox(1)"])
def test_unsafe_schemes_are_never_links(iri: str) -> None:
    assert safe_href(iri) is None


@pytest.mark.parametrize("iri", ["http://example.org/a", "https://e.org/#x", "/id/person/x", "urn:isbn:1",
                                 "mailto:a@b.se", "#L1", "relative/path"])
def test_ordinary_iris_are_links(iri: str) -> None:
    assert safe_href(iri) == iri


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("small")
    with run_server(tmp, None, "memory", env={"SAMVERKAN_UPDATE_TOKEN": TOKEN}) as server:
        yield server


def test_javascript_iris_in_data_and_results_are_not_clickable(writable: Server) -> None:
    person = f"{BASE}id/person/mallory"
    update = (f'INSERT DATA {{ GRAPH <{BASE}id/graph/people> {{ <{person}> a <http://xmlns.com/foaf/0.1/Person> ; '
              f'<http://xmlns.com/foaf/0.1/name> "Mallory" ; <http://xmlns.com/foaf/0.1/homepage> '
              f'<javascript:alert(1)> , <data:text/html,x> }} }}')
    r = httpx.post(writable.url + "/sparql", content=update, headers={
        "Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 204, r.text
    res = httpx.get(writable.url + "/sparql", params={
        "query": f"SELECT ?o WHERE {{ <{person}> <http://xmlns.com/foaf/0.1/homepage> ?o }}", "format": "html"})
    assert "javascript:alert(1)" in res.text and 'href="javascript' not in res.text and 'href="data:' not in res.text
    page = httpx.get(writable.url + "/id/person/mallory", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "Mallory" in page.text
    assert 'href="javascript' not in page.text.lower() and 'href="data:' not in page.text.lower()


@pytest.mark.parametrize("path", ["/", "/query", "/search?q=Edberg", "/docs", "/ontology",
                                  "/id/person/petra-hornstra"])
def test_every_page_has_a_content_security_policy(live_server: Server, path: str) -> None:
    r = httpx.get(live_server.url + path, timeout=60, headers={"Accept": "text/html"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp and "object-src 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("params", [{}, {"query": "ASK {}"}, {"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"}])
def test_head_sparql_answers_like_get_without_a_body(live_server: Server, params: dict) -> None:
    got = httpx.get(live_server.url + "/sparql", params=params)
    head = httpx.head(live_server.url + "/sparql", params=params)
    assert head.status_code == got.status_code == 200
    assert head.headers["content-type"] == got.headers["content-type"] and head.content == b""


def test_xml_results_are_well_formed_or_refused(live_server: Server) -> None:
    ok = httpx.get(live_server.url + "/sparql", params={"query": 'SELECT * WHERE { BIND("a < b & c" AS ?x) }',
                                                        "format": "xml"})
    assert xml.dom.minidom.parseString(ok.content).getElementsByTagName("literal")[0].firstChild.data == "a < b & c"
    bad = httpx.get(live_server.url + "/sparql", params={"query": 'SELECT * WHERE { BIND("a\\u0001b" AS ?x) }',
                                                         "format": "xml"})
    assert bad.status_code == 406 and "U+0001" in bad.text and "JSON" in bad.text
    as_json = httpx.get(live_server.url + "/sparql", params={"query": 'SELECT * WHERE { BIND("a\\u0001b" AS ?x) }',
                                                             "format": "json"})
    assert as_json.json()["results"]["bindings"][0]["x"]["value"] == "a\x01b"


def test_the_policy_breaks_no_page_in_a_browser(live_server: Server) -> None:
    """Headless chromium reports every blocked script or style as a console error: there are none."""
    from .browser import browser_page

    with browser_page() as (page, watch):
        for path in ["/", "/query", "/viz/people", "/viz/ego?node=Simon%20Edberg", "/docs", "/search?q=psyk",
                     "/id/person/petra-hornstra", "/validation"]:
            page.goto(live_server.url + path)
            page.wait_for_load_state("networkidle")
            assert [e for e in watch.console_errors if "Content Security Policy" in e] == [], path
    assert watch.page_errors == []
