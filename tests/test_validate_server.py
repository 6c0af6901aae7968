"""/validation shows the latest JSON report: HTML for browsers, JSON by Accept or ?format=json, 404 without one."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from graph.validate import graph_from_file, run_validation
from graph.validation_report import Report
from server.context import ServerContext
from server.routes_validation import router
from server.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures" / "shapes"


def client(report_path: str | None) -> TestClient:
    app = FastAPI()
    app.include_router(router)
    app.state.context = ServerContext(settings=Settings(base="http://example.org/", validation_report=report_path),
                                      executor=None)
    return TestClient(app)


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    g = graph_from_file(FIXTURES / "base.ttl")
    g.update((FIXTURES / "composition_seat_unfilled.ru").read_text(encoding="utf-8"))
    g.update((FIXTURES / "structure_person_two_names.ru").read_text(encoding="utf-8"))
    path = tmp_path_factory.mktemp("report") / "validation.json"
    path.write_text(Report.from_run(run_validation(g, dt.date(2026, 3, 12))).json_text(), encoding="utf-8")
    return path


def test_html_report(report_file: Path) -> None:
    r = client(str(report_file)).get("/validation", headers={"Accept": "text/html"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert "Validering per 2026-03-12" in html and "Gruppen" in html and "Ledningen" in html
    assert '<a href="/id/person/p01">Anna Ordf</a>' in html  # holders link to their pages
    assert "sedd 2026-03-12" in html
    assert "representant för Hab/Rehab" in html  # the unfilled seat ...
    assert "En person ska ha exakt ett namn (foaf:name)." in html  # ... and the problem
    en = client(str(report_file)).get("/validation?lang=en").text
    assert "Validation as of 2026-03-12" in en and "A person must have exactly one name (foaf:name)." in en


def test_json_report(report_file: Path) -> None:
    c = client(str(report_file))
    by_accept = c.get("/validation", headers={"Accept": "application/json"})
    by_param = c.get("/validation?format=json")
    assert by_accept.status_code == by_param.status_code == 200
    assert by_accept.json() == by_param.json() == json.loads(report_file.read_text(encoding="utf-8"))
    assert by_accept.json()["counts"] == {"Violation": 1, "Warning": 1, "Info": 0}


def test_no_report(tmp_path: Path) -> None:
    for path in (None, str(tmp_path / "missing.json")):
        c = client(path)
        r = c.get("/validation")
        assert r.status_code == 404 and "Ingen valideringsrapport" in r.text
        assert c.get("/validation?format=json").status_code == 404
    assert client(None).get("/validation", headers={"Accept": "image/png"}).status_code == 406
