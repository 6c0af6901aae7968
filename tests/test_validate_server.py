"""/validation validates on demand, per structure and date, through the server's query workers: HTML
for browsers (Swedish or English), JSON by Accept or ?format=json, the cache used for a second request
(header X-Validation-Cache), a structure chooser, clear errors; no precomputed report is needed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from graph.iris import DEFAULT_BASE
from graph.validation import Report, graph_from_file, run_validation
from server.app import create_app
from server.executor import QueryExecutor
from server.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures" / "shapes"
BASE = "http://example.org/"
STRUCTURE = BASE + "id/org/s"  # Styrgruppen, above Gruppen (the other structure: Ledningen)


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    g = graph_from_file(FIXTURES / "base.ttl")
    g.update((FIXTURES / "composition_seat_unfilled.ru").read_text(encoding="utf-8"))
    g.update((FIXTURES / "structure_person_two_names.ru").read_text(encoding="utf-8"))
    path = tmp_path_factory.mktemp("graph") / "graph.nt"
    g.serialize(path, format="nt", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def client(graph_file: Path) -> Iterator[TestClient]:
    executor = QueryExecutor("memory", str(graph_file), workers=1, timeout=30, max_rows=1000)
    executor.start()
    try:
        yield TestClient(create_app(Settings(base=BASE, store="memory", graph_file=str(graph_file)), executor))
    finally:
        executor.stop()


def test_html_report_on_demand_then_from_the_cache(client: TestClient) -> None:
    r = client.get(f"/validation?structure={STRUCTURE}&at=2026-03-12", headers={"Accept": "text/html"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert r.headers["X-Validation-Cache"] == "miss"
    html = r.text
    assert "Validering per 2026-03-12" in html and "Gruppen" in html
    assert '<a class="holder" href="/id/person/p01?at=2026-03-12">Anna Ordf</a>' in html  # date kept in links
    assert "representant för Hab/Rehab" in html  # the unfilled seat ...
    assert "En person ska ha exakt ett namn (foaf:name)." in html  # ... and the problem
    assert '<select id="structure" name="structure">' in html and "Ledningen" in html  # the chooser
    again = client.get(f"/validation?structure={STRUCTURE}&at=2026-03-12", headers={"Accept": "text/html"})
    assert again.headers["X-Validation-Cache"] == "hit" and "ur cache" in again.text
    en = client.get(f"/validation?structure={STRUCTURE}&at=2026-03-12&lang=en").text
    assert "Validation as of 2026-03-12" in en and "A person must have exactly one name (foaf:name)." in en
    assert '<html lang="en">' in en and "Held by" in en


def test_json_report_is_the_validation(client: TestClient, graph_file: Path) -> None:
    by_accept = client.get(f"/validation?structure={STRUCTURE}&at=2026-03-13", headers={"Accept": "application/json"})
    by_param = client.get(f"/validation?structure={STRUCTURE}&at=2026-03-13&format=json")
    assert by_accept.status_code == by_param.status_code == 200
    assert by_accept.json()["cached"] is False and by_param.json()["cached"] is True
    data = by_param.json()
    assert data["as_of"] == "2026-03-13" and data["scope"] == STRUCTURE
    assert data["counts"]["Violation"] >= 1  # the person with two names
    whole = Report.from_run(run_validation(graph_from_file(graph_file), dt.date(2026, 3, 13))).to_json()
    gruppen = next(g for g in whole["groups"] if g["name"] == "Gruppen")
    assert next(g for g in data["groups"] if g["name"] == "Gruppen")["rows"] == gruppen["rows"]


def test_seats_json(client: TestClient) -> None:
    r = client.get(f"/validation/seats?group={BASE}id/org/g&at=2026-03-12")
    assert r.status_code == 200
    rows = {row["seat"].rsplit("/", 1)[-1]: row for row in r.json()["rows"]}
    assert [h["name"] for h in rows["ordforande"]["holders"]] == ["Anna Ordf"]
    assert rows["representant-hab-rehab"]["missing"] == 1
    no_rules = client.get(f"/validation/seats?group={BASE}id/org/region")
    assert no_rules.status_code == 404 and "no seat rules" in no_rules.json()["error"]


def test_clear_errors(client: TestClient) -> None:
    r = client.get("/validation?structure=http://example.org/id/org/nothing", headers={"Accept": "text/html"})
    assert r.status_code == 404 and "Ingen struktur" in r.text
    bad = client.get("/validation?at=2026-02-30", headers={"Accept": "text/html"})
    assert bad.status_code == 400 and "2026-02-30" in bad.text
    assert client.get("/validation", headers={"Accept": "image/png"}).status_code == 406


def test_a_long_run_answers_computing_then_the_report(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """A request that would wait past the budget gets a page saying the run is computing, which reloads
    itself (202, Retry-After); the run goes on and a later request gets the report."""
    from server import validation_runs

    monkeypatch.setattr(validation_runs, "WAIT_SECONDS", 0.0)
    r = client.get(f"/validation?structure={STRUCTURE}&at=2026-01-01", headers={"Accept": "text/html"})
    assert r.status_code == 202 and r.headers["Retry-After"] == "2"
    assert "beräknas" in r.text and '<meta http-equiv="refresh" content="2">' in r.text
    as_json = client.get(f"/validation?structure={STRUCTURE}&at=2026-01-02&format=json")
    assert as_json.status_code == 202 and as_json.json()["status"] == "computing"
    monkeypatch.setattr(validation_runs, "WAIT_SECONDS", 60.0)
    done = client.get(f"/validation?structure={STRUCTURE}&at=2026-01-01", headers={"Accept": "text/html"})
    assert done.status_code == 200 and "Validering per 2026-01-01" in done.text
    assert client.get(f"/validation?structure={STRUCTURE}&at=2026-01-01").headers["X-Validation-Cache"] == "hit"


def test_an_update_makes_the_next_request_validate_again(client: TestClient) -> None:
    """Cached reports belong to one store generation: after an update the same date is validated anew."""
    url = f"/validation?structure={STRUCTURE}&at=2026-03-12&format=json"
    client.get(url)
    assert client.get(url).json()["cached"] is True
    executor = client.app.state.context.executor
    executor.run_update('INSERT DATA { <http://example.org/id/x> <http://example.org/id/y> "z" }')
    again = client.get(url)
    assert again.json()["cached"] is False and again.headers["X-Validation-Cache"] == "miss"


def test_an_incomplete_run_is_said_so_on_the_page_not_conforms() -> None:
    """Issue 20: a SHACL query that could not run makes the report incomplete; the page says so and
    names the query, instead of showing 'the data is well-formed'."""
    from server.page_params import PageParams
    from server.routes_validation import report_html

    data = {"as_of": "2026-03-12", "conforms": False, "counts": {}, "groups": [], "problems": [],
            "errors": ["shape <urn:s> constraint <urn:c>: Oxigraph and rdflib refused the query"]}
    for lang, words in (("sv", "ofullständig"), ("en", "incomplete")):
        html = report_html(data, PageParams(lang=lang), DEFAULT_BASE, cached=False)
        assert words in html and "urn:c" in html
        assert "välformat" not in html and "well-formed" not in html


def test_derived_results_are_kept_until_an_update_or_their_time() -> None:
    """ServerContext.derived (start-page summaries, the default date): computed once, again after an
    update through the server (a new generation) or when `ttl` has passed."""
    from types import SimpleNamespace

    from server.context import ServerContext
    from server.settings import Settings

    executor = SimpleNamespace(generation=0)
    ctx = ServerContext(settings=Settings(), executor=executor)
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert ctx.derived("x", compute) == 1 and ctx.derived("x", compute) == 1
    executor.generation = 1
    assert ctx.derived("x", compute) == 2
    assert ctx.derived("x", compute, ttl=0.0) == 3
    assert ctx.derived("y", compute) == 4 and ctx.derived("x", compute) == 3
