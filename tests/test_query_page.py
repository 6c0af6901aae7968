"""The query page as a person uses it in headless chromium: the usual prefixes are declared in the
editor, a query with a missing PREFIX answers with one readable line naming the PREFIX line to add,
and result IRIs link to their pages under their labels; plus the error explanations themselves."""

from __future__ import annotations

from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from graph import config
from graph.bench.pages import wait_until
from server.routes_query import DEFAULT_QUERY, explain, undeclared_prefixes

from .browser import browser_page
from .paths import ROOT
from .servers import Server

ARTIFACTS = ROOT / "test-artifacts"


def _error(query: str) -> str:
    try:
        ox.Store().query(query)
    except SyntaxError as exc:
        return f"SPARQL syntax error: {exc}"
    raise AssertionError(f"the query parses: {query}")


def test_default_query_declares_every_usual_prefix_and_parses() -> None:
    for prefix, ns in config.PREFIXES.items():
        assert f"PREFIX {prefix}: <{ns}>" in DEFAULT_QUERY
    ox.Store().query(DEFAULT_QUERY)


@pytest.mark.parametrize(("query", "expected_sv", "expected_en"), [
    ("SELECT ?n WHERE { ?p a foaf:Person ; foaf:name ?n }",
     "PREFIX foaf: <http://xmlns.com/foaf/0.1/>", "PREFIX foaf: <http://xmlns.com/foaf/0.1/>"),
    ("SELEC ?n WHERE { ?s ?p ?n }", "Menade du SELECT?", "Did you mean SELECT?"),
    ("SELECT ?n WHERE { ?s ?p ?n . FILTR(?n) }", "Menade du FILTER?", "Did you mean FILTER?"),
    ("SELECT ?n WHERE { ?s ?p ?n ", "1 ”{” men 0 ”}”", "1 “{” but 0 “}”"),
    ("SELECT ?n WHERE { ?s ?p ?n } }", "1 ”{” men 2 ”}”", "1 “{” but 2 “}”"),
    ('SELECT ?n WHERE { ?s ?p "abc }', "sträng är inte avslutad", "string is not closed"),
])
def test_errors_are_one_line_with_position_and_hint(query: str, expected_sv: str, expected_en: str) -> None:
    error = _error(query)
    sv, en = explain(query, error, "sv"), explain(query, error, "en")
    assert expected_sv in sv["message"] and expected_en in en["message"]
    for info in (sv, en):
        message = str(info["message"])
        assert "\n" not in message and "\\u{" not in message and len(message) < 200
        assert f"{info['line']}" in message and int(info["line"]) >= 1
    assert sv["message"].startswith("Fel på rad 1, kolumn ")
    assert en["message"].startswith("Error at line 1, column ")


def test_prefixes_in_strings_iris_and_declarations_are_not_counted() -> None:
    query = ('PREFIX ex: <http://example.org/>\n'
             'SELECT ?x WHERE { ?x ex:p "foaf:name" ; <http://a/b:c> ?y . ?x skos:prefLabel ?l }')
    assert undeclared_prefixes(query) == ["skos"]


def test_explain_endpoint(live_server: Server) -> None:
    query = "SELECT ?n WHERE { ?p a foaf:Person }"
    r = httpx.post(live_server.url + "/sparql", data={"query": query})
    assert r.status_code == 400
    info = httpx.post(live_server.url + "/query/explain", json={"query": query, "error": r.text, "lang": "en"}).json()
    assert info["prefix_lines"] == ["PREFIX foaf: <http://xmlns.com/foaf/0.1/>"]
    assert info["message"].startswith("Error at line 1, column ")


def test_query_page_journey(live_server: Server, tmp_path: Path) -> None:
    """Run the predeclared query, see names linking to pages; break the PREFIX, see the one-line
    hint, take the offered line and get results again; open a result's page."""
    ARTIFACTS.mkdir(exist_ok=True)
    shots = []
    with browser_page() as (page, watch):
        page.goto(live_server.url + "/query?lang=sv")
        label = page.locator("label[for=sparql]")
        assert label.is_visible() and label.inner_text() == "SPARQL-fråga"
        editor_text = page.input_value("#sparql")
        assert "PREFIX foaf: <http://xmlns.com/foaf/0.1/>" in editor_text and "PREFIX lgl:" in editor_text
        page.click("#run")
        page.wait_for_selector("#results table tbody tr")
        # the labels replace the IRIs once they arrive: the person column shows names
        wait_until(page, "document.querySelector('#results tbody tr td a').textContent.indexOf('person/') < 0")
        first = page.locator("#results tbody tr").first
        link = first.locator("td").nth(0).locator("a")
        name = first.locator("td").nth(1).inner_text()
        assert link.inner_text() == name  # the IRI's link shows the person's label
        href = link.get_attribute("href")
        assert href and href.startswith("/id/person/")
        shots.append(tmp_path / "query-results.png")
        page.screenshot(path=str(shots[-1]), full_page=True)

        page.fill("#sparql", "SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name } LIMIT 5")
        page.click("#run")
        page.wait_for_selector("#error:not([hidden]) #error-line")
        line = page.inner_text("#error-line")
        assert line.startswith("Fel på rad 1, kolumn ")
        assert "PREFIX foaf: <http://xmlns.com/foaf/0.1/>" in line and "\n" not in line
        assert "\\u{" not in page.inner_text("main")
        shots.append(tmp_path / "query-missing-prefix.png")
        page.screenshot(path=str(shots[-1]), full_page=True)
        page.click("#add-prefix")
        page.wait_for_selector("#results table tbody tr")
        assert page.input_value("#sparql").startswith("PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n")
        assert page.locator("#results tbody tr").count() == 5

        page.goto(live_server.url + href)
        assert name in page.inner_text("h1")
    for shot in shots:
        (ARTIFACTS / shot.name).write_bytes(shot.read_bytes())
    assert watch.outside == []
    # the one expected console line: chromium logs the 400 the broken query got from /sparql
    assert [e for e in watch.console_errors if "status of 400" not in e] == [] and watch.page_errors == []
