"""What changed from build to build (graph/changes.py, server/routes_changes.py): a build from a copy of
the project without the protocol of 2025-12-12, then one with it, records that protocol's replacements,
carries the log forward, and serves it at /changes and as a valid Atom feed at /changes.atom."""

from __future__ import annotations

import functools
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

import httpx
import pytest
import yaml
from rdflib import Dataset

from graph.build import build, build_to_file
from graph.changes import AS, KINDS
from graph.config import DEFAULT_BASE
from graph.iris import Iris
from graph.sparql import render

from .browser import browser_page
from .paths import RECORDS, SOURCES
from .servers import Server, run_server

BASE = DEFAULT_BASE
DOC = "2025-12-12-lansgemensam-ledning"
ATOM = "{http://www.w3.org/2005/Atom}"
#: the protocol's facts left out of the earlier build; its organisations and works stay, because the
#: other records name them
LEFT_OUT = ("people", "meetings", "decisions", "mentions")


@functools.cache
def _replacements() -> list[tuple[str, str, str]]:
    """(new member, replaced member, group) of every replacement the full data holds, by name."""
    union = Dataset(store=build(RECORDS, SOURCES, BASE).store, default_union=True)
    rows = union.query(render("summary_replacements.rq"))  # the example reads the summaries; this, the facts
    return sorted((str(r["newMember"]), str(r["replaced"]), str(r["group"])) for r in rows)


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list]:
    """The build without the protocol (a copy of the records), then the real build recording against it."""
    tmp = tmp_path_factory.mktemp("changes")
    records = tmp / "records"
    shutil.copytree(RECORDS, records)
    record = records / f"{DOC}.yaml"
    data = yaml.safe_load(record.read_text(encoding="utf-8"))
    record.write_text(yaml.safe_dump({k: v for k, v in data.items() if k not in LEFT_OUT}, allow_unicode=True,
                                     sort_keys=False), encoding="utf-8")
    before = tmp / "before.trig"
    first = build_to_file(before, records, SOURCES, BASE, date="2026-01-10")
    assert first.changes is None  # nothing to compare the first build with
    after = tmp / "after.trig"
    result = build_to_file(after, RECORDS, SOURCES, BASE, previous=before, date="2026-02-20")
    return before, after, result.changes or []


def test_the_replacements_are_recorded_with_their_document(builds: tuple[Path, Path, list]) -> None:
    _before, _after, changes = builds
    found = sorted(c.summary_sv for c in changes if c.kind == "replacement")
    expected = sorted(f"{new} ersätter {old} i {group}" for new, old, group in _replacements())
    assert expected and found == expected
    doc = Iris(BASE).doc(DOC)
    assert {c.source for c in changes if c.kind == "replacement"} == {doc}
    assert all(c.decision is not None for c in changes if c.kind == "replacement")
    ended = {c.resource for c in changes if c.kind == "membership-ended"}
    assert {c.replaced for c in changes if c.kind == "replacement"} <= ended


def test_an_unchanged_rebuild_adds_nothing_and_keeps_the_log(builds: tuple[Path, Path, list], tmp_path: Path) -> None:
    _before, after, changes = builds
    again = tmp_path / "again.trig"
    shutil.copy(after, again)
    result = build_to_file(again, RECORDS, SOURCES, BASE, date="2026-03-01")  # previous: the file itself
    assert result.changes == []
    ds = Dataset()
    ds.parse(again, format="trig")
    log = ds.graph(Iris(BASE).changes_graph())
    assert len(set(log.subjects(predicate=AS.object))) == len(changes) > 0


@pytest.fixture(scope="module")
def server(builds: tuple[Path, Path, list], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("changes-server")
    with run_server(tmp, builds[1], "memory", env={"SAMVERKAN_UPDATE_TOKEN": ""}) as s:
        yield s


def test_atom_feed_is_valid_and_lists_the_replacements(server: Server, builds: tuple[Path, Path, list]) -> None:
    r = httpx.get(server.url + "/changes.atom", params={"kind": "replacement"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(r.content)  # well-formed XML
    assert feed.tag == ATOM + "feed"
    for required in ("id", "title", "updated", "author/" + ATOM + "name"):
        assert (feed.findtext(ATOM + required) or "").strip(), required
    assert feed.find(ATOM + "link[@rel='self']") is not None
    entries = feed.findall(ATOM + "entry")
    titles = sorted(e.findtext(ATOM + "title") for e in entries)
    assert titles == sorted(f"{n} ersätter {o} i {g}" for n, o, g in _replacements())
    for e in entries:
        for required in ("id", "title", "updated"):
            assert (e.findtext(ATOM + required) or "").strip(), required
        assert e.findtext(ATOM + "updated") == "2026-02-20T00:00:00Z"
        assert e.find(ATOM + "link").get("href").startswith("/id/membership/")
        assert e.find(ATOM + "category").get("term") == "replacement"
    everything = ET.fromstring(httpx.get(server.url + "/changes.atom").content).findall(ATOM + "entry")
    assert len(everything) == min(len(builds[2]), 100)
    assert httpx.get(server.url + "/changes.atom", params={"kind": "nonsense"}).status_code == 400


def test_changes_page_filters_by_kind_and_names_things(server: Server) -> None:
    r = httpx.get(server.url + "/changes", params={"kind": "replacement", "lang": "en"})
    assert r.status_code == 200
    for new, old, group in _replacements():
        assert f"{new} replaces {old} in {group}" in r.text
    shown = re.sub(r"<[^>]+>", "", r.text)  # the text a reader sees (a date sits in its own span)
    assert "Protokoll Länsgemensam ledning 2025-12-12" in shown  # the source document, named
    assert 'href="/id/membership/' in r.text
    assert "Charlotte Ohlsén" in r.text and "charlotte-ohlsen</a>" not in r.text
    assert "New person" not in r.text.split("<table")[1]  # filtered
    assert httpx.get(server.url + "/changes", params={"kind": "nonsense"}).status_code == 400


def test_start_page_links_downloads_and_changes_in_a_browser(server: Server) -> None:
    with browser_page() as (page, watch):
        page.goto(server.url + "/")
        feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]').get_attribute("href")
        assert feed == "/changes.atom"
        page.click('main a[href^="/changes"]:not([href*=".atom"])')  # "vad som ändrats" / "what changed"
        page.wait_for_selector("main table")
        text = page.inner_text("main")
        assert "Petra Hornstra" in text and "Charlotte Ohlsén" in text and "petra-hornstra" not in text
        page.click('main a[href*="kind=replacement"]')
        page.wait_for_selector("main table")
        assert page.locator("main table tbody tr").count() == len(_replacements())
        page.click('main td a[href^="/id/membership/petra-hornstra"]')
        page.wait_for_load_state()
        assert "/id/membership/petra-hornstra" in page.url and "Petra Hornstra" in page.inner_text("main")
        page.goto(server.url + "/")
        hrefs = page.eval_on_selector_all("main a[download]", "els => els.map(e => e.getAttribute('href'))")
        assert len(hrefs) == 4
        with page.expect_download() as info:
            page.click("text=N-Quads (gzip)")
        assert info.value.suggested_filename.startswith("samverkan-kalmar-") and \
            info.value.suggested_filename.endswith(".nq.gz")
    assert watch.outside == [] and watch.console_errors == [] and watch.page_errors == []


def test_every_kind_has_names_in_both_languages() -> None:
    assert all(sv and en and sv != en for sv, en in KINDS.values())
