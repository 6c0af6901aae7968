"""The coordinator's journey on the real graph: a group page answers "who sits in Barn och unga on a
date, which seats are missing?" (seat table as of the date typed into the date control), the same as
JSON, /validation for any date computed on demand and then served from its cache, and clear errors
for impossible dates (web: 400; CLI: exit 2). Expectations come from the records."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
import yaml

from graph.iris import DEFAULT_BASE, Iris

from .browser import browser_page
from .paths import ROOT
from .servers import Server

ARTIFACTS = ROOT / "test-artifacts"
BASE = Iris(DEFAULT_BASE).id
GROUP_ID = "samordnande-grupp-barn-och-unga"
GROUP = BASE + "org/" + GROUP_ID


def _record(name: str) -> dict:
    return yaml.safe_load((ROOT / "records" / f"{name}.yaml").read_text(encoding="utf-8"))


def _replacements() -> list[dict]:
    """The replacement decisions in Barn och unga (records/2025-12-12-lansgemensam-ledning.yaml)."""
    return [d for d in _record("2025-12-12-lansgemensam-ledning")["decisions"]
            if d["kind"] == "replacement" and d["group"] == GROUP_ID]


def _chair_on_2026_03_12() -> str:
    """The person the record of 2026-03-12 gives the post ordförande of the group."""
    people = _record("2026-03-12-lansgemensam-ledning")["people"]
    return next(p["name"] for p in people for post in p.get("posts", [])
                if post["role"] == "ordforande" and post["org"] == GROUP_ID)


def _required_seats() -> dict[str, int]:
    """Seat role -> required count summed over the group's composition rule (records/2025-introduktion)."""
    org = next(o for o in _record("2025-introduktion")["organisations"] if o["id"] == GROUP_ID)
    out: dict[str, int] = {}
    for seat in org["composition"]:
        out[seat["seat"]] = out.get(seat["seat"], 0) + int(seat.get("count", 1))
    return out


def _get(server: Server, path: str, accept: str = "application/json", timeout: float = 60.0) -> httpx.Response:
    """GET, repeating while the server says the validation is still computing (202)."""
    deadline = time.monotonic() + timeout
    while True:
        r = httpx.get(server.url + path, headers={"Accept": accept}, timeout=60)
        if r.status_code != 202 or time.monotonic() > deadline:
            return r
        time.sleep(1)


def _seat_table_text(page: object) -> str:
    """The seat table's text; while the page says it is computing, it reloads itself until the table is there."""
    page.wait_for_selector("table.seats", timeout=120_000)  # type: ignore[attr-defined]
    return page.inner_text("table.seats")  # type: ignore[attr-defined]


def test_coordinator_sees_the_seat_table_as_of_a_typed_date(live_server: Server) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    chair = _chair_on_2026_03_12()
    replacements = _replacements()
    assert replacements, "the records have replacements in Barn och unga"
    new = {d["new"] for d in replacements}
    old = {d["replaced"] for d in replacements}
    with browser_page() as (page, watch):
        page.set_extra_http_headers({"Accept-Language": "sv-SE,sv;q=0.9"})  # a Swedish coordinator's browser
        url = live_server.url + "/id/org/" + GROUP_ID
        page.goto(url)
        text = _seat_table_text(page)
        main = page.inner_text("main")
        assert "Sammansättning den 2026-03-12" in main
        assert "datum för det senaste dokumentet" in main  # the default date says what it is
        chair_row = next(row.inner_text() for row in page.locator("table.seats tr.seat-first").all()
                         if row.locator("td").first.inner_text().startswith("ordförande"))
        assert chair in chair_row and "2026-03-12" in chair_row  # held, last confirmed on the document's date
        # missing seats: the rule's 3 representatives from Region Kalmar län, of whom the documents show fewer
        missing = [cell.inner_text() for cell in page.locator("table.seats td.missing").all()]
        assert any(m.strip().isdigit() and int(m) > 0 for m in missing), missing
        assert sum(int(m) for m in missing if m.strip().isdigit()) > 0
        assert "för många" in text  # more holders than seats where the documents show more (e.g. vice ordf.)
        for name in new:
            assert name in text
        for name in old:
            assert name not in text
        # the holder links to the person, the source to the document at the cited lines
        link = page.locator("table.seats a.holder", has_text=chair).first
        assert link.get_attribute("href").startswith("/id/person/")
        assert page.locator("table.seats a.source").first.get_attribute("href").split("#")[1].startswith("L")
        page.screenshot(path=str(ARTIFACTS / "seats-barn-och-unga-2026-03-12.png"), full_page=True)

        # the coordinator types the day before the replacements into the date control and submits
        day_before = (dt.date.fromisoformat(replacements[0]["meeting"][:10]) - dt.timedelta(days=1)).isoformat()
        page.fill("#asof-at", day_before)
        with page.expect_navigation():
            page.click("form.asof button[type=submit]")
        assert f"at={day_before}" in page.url
        text = _seat_table_text(page)
        assert f"Sammansättning den {day_before}" in page.inner_text("main")
        for name in old:
            assert name in text
        for name in new:
            assert name not in text
        # the date is kept when following the holder's link
        href = page.locator("table.seats a.holder").first.get_attribute("href")
        assert f"at={day_before}" in href
        page.screenshot(path=str(ARTIFACTS / f"seats-barn-och-unga-{day_before}.png"), full_page=True)
    assert watch.outside == []
    assert watch.console_errors == [] and watch.page_errors == []


def test_seat_table_as_json(live_server: Server) -> None:
    chair = _chair_on_2026_03_12()
    r = _get(live_server, f"/validation/seats?group={quote(GROUP, safe='')}&at=2026-03-12")
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["at"] == "2026-03-12" and data["group"] == GROUP
    rows = {row["seat"].rsplit("/", 1)[-1]: row for row in data["rows"]}
    assert [h["name"] for h in rows["ordforande"]["holders"]] == [chair]
    assert rows["ordforande"]["holders"][0]["confirmed"] == "2026-03-12"
    assert rows["ordforande"]["rule_sources"][0]["doc"].endswith("/doc/2025-introduktion")
    required = _required_seats()
    for role, count in required.items():
        seats = [row for row in data["rows"] if row["seat"].rsplit("/", 1)[-1].startswith(role)]
        assert sum(row["required"] for row in seats) == count
        assert sum(row["missing"] for row in seats) == sum(max(row["required"] - row["filled"], 0) for row in seats)
    assert sum(row["missing"] for row in data["rows"]) > 0
    # the day before the replacements: the replaced members, held until the decision's date
    decision = _replacements()[0]
    day_before = (dt.date.fromisoformat(decision["meeting"][:10]) - dt.timedelta(days=1)).isoformat()
    before = _get(live_server, f"/validation/seats?group={quote(GROUP, safe='')}&at={day_before}").json()
    holders = {h["name"]: h for row in before["rows"] for h in row["holders"]}
    for d in _replacements():
        assert d["replaced"] in holders and d["new"] not in holders
        assert holders[d["replaced"]]["end"] == decision["meeting"][:10]


def test_validation_for_any_date_is_cached(live_server: Server) -> None:
    first = _get(live_server, "/validation?at=2025-06-30", accept="text/html")
    assert first.status_code == 200 and first.headers["X-Validation-Cache"] == "miss"
    assert "Validering per 2025-06-30" in first.text
    second = httpx.get(live_server.url + "/validation?at=2025-06-30", headers={"Accept": "text/html"})
    assert second.status_code == 200 and second.headers["X-Validation-Cache"] == "hit"
    assert "ur cache" in second.text
    as_json = httpx.get(live_server.url + "/validation?at=2025-06-30&format=json").json()
    assert as_json["cached"] is True and as_json["as_of"] == "2025-06-30"
    en = _get(live_server, "/validation?at=2025-06-30&lang=en", accept="text/html").text
    assert "Validation as of 2025-06-30" in en and "Held by" in en and "Last confirmed" in en
    assert "Innehas av" not in en and "Saknas" not in en


def test_default_date_is_the_latest_document(live_server: Server) -> None:
    r = _get(live_server, "/validation", accept="text/html")
    assert r.status_code == 200
    assert "Validering per 2026-03-12" in r.text and "datum för det senaste dokumentet" in r.text


@pytest.mark.parametrize("path", ["/validation?at=2026-02-30", "/validation?at=2026-13-45",
                                  f"/validation/seats?group={quote(GROUP, safe='')}&at=2026-02-30",
                                  "/id/org/" + GROUP_ID + "?at=2026-02-30"])
def test_an_impossible_date_is_a_clear_400(live_server: Server, path: str) -> None:
    html = httpx.get(live_server.url + path, headers={"Accept": "text/html"})
    assert html.status_code == 400
    assert "ÅÅÅÅ-MM-DD" in html.text and ("2026-02-30" in html.text or "2026-13-45" in html.text)
    if path.startswith("/validation"):  # (the /id/ pages answer RDF, not JSON)
        as_json = httpx.get(live_server.url + path, headers={"Accept": "application/json"})
        assert as_json.status_code == 400 and as_json.json()["parameter"] == "at"


def test_validate_command_refuses_an_impossible_date(built_graph: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "graph.cli", "validate", "--graph", str(built_graph),
                           "--at", "2026-02-30"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "no such day in the calendar" in done.stderr and "2026-02-30" in done.stderr


def test_a_date_after_the_latest_document_says_so(live_server: Server) -> None:
    deadline = time.monotonic() + 120
    while True:  # a group page says it is computing (and reloads itself) until its table is ready
        r = _get(live_server, f"/id/org/{GROUP_ID}?at=2027-01-01", accept="text/html")
        if 'class="data seats"' in r.text or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert r.status_code == 200 and 'class="data seats"' in r.text
    assert "Datumet ligger efter det senaste dokumentet (2026-03-12)" in r.text
