"""Linked-data pages, search, ontology and the query page, over HTTP and in headless chromium."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import FOAF

from graph.iris import DEFAULT_BASE, Iris

from .browser import browser_page
from .servers import Server

ID = Iris(DEFAULT_BASE).id


def test_person_page_html(live_server: Server) -> None:
    r = httpx.get(live_server.url + "/id/person/anna-hasselbom-trofast", headers={"Accept": "text/html"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    for text in ("Anna Hasselbom Trofast", "Uppdrag och roller", "vice ordförande", "Borgholm",
                 "Kalmar kommun", "Närvaro vid möten", "Källor", "Anna Trofast Hasselbom"):
        assert text in html, text
    assert "http://" not in html.split("<main")[0].replace("http://localhost", "")  # no external resources


def test_resource_as_turtle_and_jsonld(live_server: Server) -> None:
    url = live_server.url + "/id/person/petra-hornstra"  # a 303 to its document (tests/test_conneg.py)
    g = Graph().parse(data=httpx.get(url, headers={"Accept": "text/turtle"}, follow_redirects=True).text,
                      format="turtle")
    assert (URIRef(ID + "person/petra-hornstra"), FOAF.name, None) in g
    j = httpx.get(url, headers={"Accept": "application/ld+json"}, follow_redirects=True)
    assert j.headers["content-type"].startswith("application/ld+json")
    doc = {**j.json(), "@context": httpx.get(live_server.url + "/context.jsonld").json()["@context"]}
    assert len(Graph().parse(data=json.dumps(doc), format="json-ld")) == len(g)


def test_meeting_page_shows_agenda_attendance_and_decisions(live_server: Server) -> None:
    r = httpx.get(live_server.url + "/id/meeting/2025-12-12-lansgemensam-ledning", headers={"Accept": "text/html"})
    for text in ("Dagordning", "Utskrivningsklara dagar", "Beslut", "Petra Hornstra ersätter Charlotte Ohlsén",
                 "Närvarande ledamöter", "(18 personer)", "(11 personer)"):
        assert text in r.text, text


def test_a_reader_goes_from_an_agenda_item_to_its_presenter(live_server: Server) -> None:
    """The agenda names each item's presenters as links to their pages, in alphabetical order."""
    with browser_page() as (page, watch):
        page.goto(live_server.url + "/id/meeting/2026-03-12-lansgemensam-ledning?lang=en")
        row = page.locator("tr", has=page.locator("text=Läns gemensam samverkansmodell för barn och unga")).first
        names = row.locator("td").nth(2).locator("a").all_inner_texts()
        assert names == ["Cecilia Wahlström", "Denise Göransson", "Mats Petersson", "Pernilla Gustafsson",
                         "Sanna Hallgren"], names
        welcome = page.locator("tr", has=page.locator("text=Välkomna")).first
        welcome.locator("a", has_text="Anna Hasselbom Trofast").click()
        page.wait_for_url("**/id/person/anna-hasselbom-trofast**")
        assert page.locator("h1").inner_text() == "Anna Hasselbom Trofast"
        assert "lang=en" in page.url  # the page's language is kept
    assert watch.outside == [] and watch.page_errors == []


def test_unknown_resource_is_404(live_server: Server) -> None:
    assert httpx.get(live_server.url + "/id/person/nobody-at-all").status_code == 404
    assert httpx.get(live_server.url + "/id/%C2%94e").status_code == 404


def test_a_mistyped_address_shows_the_site_not_found_page_to_a_browser(live_server: Server) -> None:
    """A person following a wrong link meets the site (heading, the address, the way on) in their language and
    can search from there; a program asking the same address keeps FastAPI's JSON answer."""
    with browser_page() as (page, watch):
        response = page.goto(live_server.url + "/protokoll/2025?lang=en")
        assert response is not None and response.status == 404
        assert page.locator("h1").inner_text() == "Not found"
        assert "There is no page at /protokoll/2025." in page.locator("main").inner_text()
        assert "the date of the latest document" in page.locator("form.asof").inner_text()  # as on every page
        page.click("text=Search the graph")
        page.fill("input[name=q]", "Hornstra")
        page.keyboard.press("Enter")
        page.wait_for_selector("text=Petra Hornstra")
        page.goto(live_server.url + "/protokoll/2025?lang=sv")
        assert page.locator("h1").inner_text() == "Hittades inte"
        assert "Det finns ingen sida på /protokoll/2025." in page.locator("main").inner_text()
    assert watch.outside == [] and watch.page_errors == []
    r = httpx.get(live_server.url + "/protokoll/2025", headers={"Accept": "application/json"})
    assert r.status_code == 404 and r.json() == {"detail": "Not Found"}


@pytest.mark.parametrize(("q", "expected"), [("goransson", "Denise Göransson"), ("HOGSBY", "Högsby kommun"),
                                             ("rosenqyvist", "Johan Rosenqvist"), ("wahlstr", "Cecilia Wahlström")])
def test_search_tolerates_missing_accents(live_server: Server, q: str, expected: str) -> None:
    r = httpx.get(live_server.url + "/search", params={"q": q, "format": "json"})
    assert expected in [h["name"] for h in r.json()["results"]]


def test_ontology_turtle_and_html(live_server: Server) -> None:
    t = httpx.get(live_server.url + "/ontology", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=t.text, format="turtle")
    assert len(g) > 500
    h = httpx.get(live_server.url + "/ontology", headers={"Accept": "text/html"}, timeout=120)
    assert h.status_code == 200 and "Membership" in h.text and "samordnande grupp" in h.text
    assert "<script src=\"http" not in h.text and "<link href=\"http" not in h.text


def test_openapi_docs(live_server: Server) -> None:
    spec = httpx.get(live_server.url + "/openapi.json").json()
    assert "/sparql" in spec["paths"]
    assert httpx.get(live_server.url + "/docs").status_code == 200


def test_schemathesis_finds_no_server_error(live_server: Server, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "schemathesis.cli", "run", live_server.url + "/openapi.json", "-c", "not_a_server_error",
         "-n", "40", "--seed", "7", "--generation-database", "none", "--no-color"],
        capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_query_page_runs_an_example_offline(live_server: Server, tmp_path: Path) -> None:
    with browser_page() as (page, watch):
        page.goto(live_server.url + "/query")
        page.click("text=Members of a group on a date")
        page.wait_for_selector("#results table tbody tr", timeout=15000)
        rows = page.locator("#results table tbody tr").count()
        assert rows >= 5
        assert "Cecilia Wahlström" in page.inner_text("#results")
        page.wait_for_selector("#csv:not([hidden])", timeout=10000)
        page.screenshot(path=str(tmp_path / "query.png"), full_page=True)
        page.goto(live_server.url + "/id/person/anna-hasselbom-trofast?lang=sv")
        assert "Uppdrag och roller" in page.inner_text("main")
        page.screenshot(path=str(tmp_path / "person.png"), full_page=True)
    assert watch.outside == []
    assert watch.console_errors == [] and watch.page_errors == []
    print(f"\nscreenshots: {tmp_path / 'query.png'}, {tmp_path / 'person.png'}")


def test_examples_endpoint(live_server: Server) -> None:
    examples = httpx.get(live_server.url + "/query/examples").json()
    assert len(examples) >= 8 and all(e["query"] for e in examples)
    assert json.dumps(examples)
