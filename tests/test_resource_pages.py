"""Resource pages and the start page as a person sees them, in headless chromium on the real graph:
names instead of identifiers, one row per membership, the English switch, memberships as of a date,
documents readable around a quote, long lists paginated. Expectations come from the graph."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, RDFS, SKOS

from graph.config import LGL
from graph.iris import DEFAULT_BASE

from .browser import browser_page
from .servers import Server

BASE = DEFAULT_BASE
ID = BASE + "id/"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
DENISE = URIRef(ID + "person/denise-goransson")


def _shot(page: object, name: str, tmp_path: Path) -> None:
    """Save the screenshot under the test's tmp dir and test-artifacts/ (gitignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    for where in (tmp_path / f"{name}.png", ARTIFACTS / f"{name}.png"):
        page.screenshot(path=str(where), full_page=True)


def _iri_of(href: str) -> str | None:
    """The IRI a link on the page stands for (local /id/... links are under the base)."""
    path = href.split("?", 1)[0].split("#", 1)[0]
    if path.startswith("/id/"):
        return BASE + path[1:]
    if path.startswith("http"):
        return path
    return None


def _slugs(hrefs: list[str], union: Dataset) -> set[str]:
    """The identifiers a page could leak: every path segment with a hyphen of its links to resources,
    and the dcterms:identifier of each linked resource."""
    out = set()
    for href in hrefs:
        iri = _iri_of(href)
        if not iri or not iri.startswith(ID):
            continue
        out |= {seg for seg in iri[len(ID):].split("/") if "-" in seg and len(seg) > 3}
        out |= {str(v) for v in union.objects(URIRef(iri), DCTERMS.identifier) if "-" in str(v)}
    return out


def _visible_text_without_identifier(page: object) -> str:
    """The text of the page, except the one labelled place that shows the resource's IRI."""
    return page.evaluate("""() => {
        const main = document.body.cloneNode(true);
        main.querySelectorAll('code').forEach(e => e.remove());
        return main.innerText; }""")


def _label(union: Dataset, node: URIRef, lang: str) -> str | None:
    """The node's skos:prefLabel, else rdfs:label, in `lang`."""
    for prop in (SKOS.prefLabel, RDFS.label):
        for v in union.objects(node, prop):
            if isinstance(v, Literal) and v.language == lang:
                return str(v)
    return None


def _en_label(union: Dataset, node: URIRef) -> str | None:
    return _label(union, node, "en")


def _sv_label(union: Dataset, node: URIRef) -> str | None:
    return _label(union, node, "sv")


def test_person_page_shows_names_and_one_row_per_membership(live_server: Server, union: Dataset,
                                                             tmp_path: Path) -> None:
    memberships = set(union.subjects(ORG.member, DENISE))
    assert len(memberships) >= 2
    with browser_page() as (page, watch):
        page.goto(live_server.url + "/id/person/denise-goransson?lang=sv")
        assert page.inner_text("h1") == "Denise Göransson"
        membership_links = page.locator("main a[href^='/id/membership/']")
        hrefs_in_tables = {membership_links.nth(i).get_attribute("href").split("?")[0]
                           for i in range(membership_links.count())}
        assert {"/" + str(m)[len(BASE):] for m in memberships} <= hrefs_in_tables
        # one row per membership in the tables of memberships (current + history), title variants folded in
        table_rows = page.locator("h3[id^='m-'] + .table-wrap tbody tr")
        assert table_rows.count() == len(memberships)
        titles = {str(t) for m in memberships for t in union.objects(m, LGL.title)}
        text = _visible_text_without_identifier(page)
        for title in titles:
            assert title in text, title
        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
        slugs = _slugs(hrefs, union)
        assert "denise-goransson" in slugs and any(s.startswith("2024-03-01") for s in slugs)
        leaked = sorted(s for s in slugs if s in text)
        assert leaked == [], leaked
        # citations open the document at the cited lines, not a page of their own
        assert page.locator("a[href*='/lines/']").count() == 0
        cited = len(set(union.objects(DENISE, DCTERMS.source)))
        assert page.locator("a[href*='/id/doc/'][href*='#L']").count() >= cited
        # every link shows a name, none the full IRI as a tooltip
        assert page.locator("a[title^='http']").count() == 0
        # the meetings column shows the meeting's label and date, not its identifier
        for meeting in {m for a in union.subjects(LGL.attendee, DENISE) for m in union.objects(a, LGL.atMeeting)}:
            label = str(next(union.objects(meeting, RDFS.label)))
            assert label in text, label
        _shot(page, "journey-b-denise-goransson", tmp_path)
    assert watch.outside == [] and watch.page_errors == []


def _check_english(page: object, union: Dataset) -> list[str]:
    """Links whose target has an English label but that show the Swedish one instead."""
    pairs = page.eval_on_selector_all("main a[href]", "els => els.map(e => [e.getAttribute('href'), e.innerText])")
    wrong = []
    for href, text in pairs:
        iri = _iri_of(href)
        if not iri:
            continue
        en, sv = _en_label(union, URIRef(iri)), _sv_label(union, URIRef(iri))
        if en and sv and en != sv and text.strip() == sv:
            wrong.append(f"{href}: {text!r} (en: {en!r})")
    return wrong


@pytest.mark.parametrize("path", ["/id/person/denise-goransson", "/id/org/samordnande-grupp-barn-och-unga",
                                  "/id/meeting/2025-12-12-lansgemensam-ledning", "/id/doc/2025-introduktion", "/"])
def test_english_switch_leaves_no_swedish_label_where_an_english_one_exists(
        live_server: Server, union: Dataset, tmp_path: Path, path: str) -> None:
    with browser_page() as (page, watch):
        page.goto(live_server.url + path + "?lang=sv")
        assert page.get_attribute("html", "lang") == "sv"
        page.click("a.lang-switch")
        assert page.get_attribute("html", "lang") == "en"
        assert "lang=en" in page.url
        assert _check_english(page, union) == []
        text = page.inner_text("main")
        # badges, headings and property names in English
        for sv in ("Egenskaper", "Länkar hit", "Källor", "Uppdrag och roller", "härledd från", "källa"):
            assert sv not in text, sv
        if path.startswith("/id/person"):
            for m in union.subjects(ORG.member, DENISE):
                role = next(union.objects(m, ORG.role))
                assert _en_label(union, role) in text
        # links to pages keep the language (the RDF documents, links with a media type, have none)
        local = page.eval_on_selector_all("main a[href^='/id/']:not([type])",
                                          "els => els.map(e => e.getAttribute('href'))")
        assert local and all("lang=en" in h for h in local)
        _shot(page, "journey-d-english" + path.replace("/", "-").rstrip("-"), tmp_path)
    assert watch.page_errors == []


def test_document_page_shows_the_whole_text_and_highlights_a_cited_passage(
        live_server: Server, union: Dataset, tmp_path: Path) -> None:
    doc = URIRef(ID + "doc/2025-introduktion")
    passages = sorted(((int(next(union.objects(p, LGL.startLine))), int(next(union.objects(p, LGL.endLine))), p)
                       for p in union.subjects(DCTERMS.isPartOf, doc) if (p, LGL.startLine, None) in union),
                      key=lambda x: x[:2])
    start, end, passage = next(x for x in passages if x[1] > x[0] and x[0] > 50)
    quoted = str(next(union.objects(passage, URIRef("http://www.w3.org/ns/prov#value"))))
    lines = (Path(__file__).resolve().parent.parent / "sources" / "2025-introduktion-lgl.txt").read_text(
        encoding="utf-8").split("\n")
    with browser_page() as (page, watch):
        page.goto(live_server.url + f"/id/doc/2025-introduktion?lang=sv#L{start}-L{end}")
        page.wait_for_selector(f"#L{start}.target")
        assert page.locator(".doc-text .line").count() == len(lines) - (lines[-1] == "")
        marked = page.locator(".doc-text .line.target")
        assert marked.count() == end - start + 1
        shown = "\n".join(page.locator(f"#L{n} .lt").inner_text() for n in range(start, end + 1))
        assert shown.split() == quoted.split()
        assert page.evaluate(f"() => {{ const r = document.getElementById('L{start}').getBoundingClientRect();"
                             " return r.top >= 0 && r.bottom <= window.innerHeight; }")
        # every cited line is marked, in document order
        cited = page.eval_on_selector_all(".doc-text .line.cited", "els => els.map(e => +e.id.slice(1))")
        assert cited == sorted(cited) and start in cited
        _shot(page, "document-highlight", tmp_path)
        # a citation on a person's page opens the document at the passage
        page.goto(live_server.url + "/id/person/denise-goransson?lang=sv")
        link = page.locator("#sources ~ p a").first
        href = link.get_attribute("href")
        assert re.search(r"#L\d+(-L\d+)?$", href)
        link.click()
        first = re.search(r"#L(\d+)", href).group(1)
        page.wait_for_selector(f"#L{first}.target")
        _shot(page, "document-from-citation", tmp_path)
    assert watch.outside == [] and watch.page_errors == [] and watch.console_errors == []


def test_group_page_shows_member_names_as_of_a_date(live_server: Server, union: Dataset, tmp_path: Path) -> None:
    group = URIRef(ID + "org/samordnande-grupp-barn-och-unga")
    names = {str(next(union.objects(p, FOAF.name))) for m in union.subjects(ORG.organization, group)
             for p in union.objects(m, ORG.member)}
    with browser_page() as (page, watch):
        page.goto(live_server.url + "/id/org/samordnande-grupp-barn-och-unga?lang=sv")
        text = page.inner_text("main")
        for name in names:
            assert name in text, name
        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
        assert [s for s in _slugs(hrefs, union) if s in _visible_text_without_identifier(page)] == []
        # the replacement of 2025-12-12: before it Charlotte Ohlsén holds the seat, after it Petra Hornstra
        page.fill("#asof-at", "2025-12-11")
        page.click("form.asof button")
        page.wait_for_url("**at=2025-12-11**")
        current = page.inner_text("h3#o-current + .table-wrap table")
        assert "Charlotte Ohlsén" in current and "Petra Hornstra" not in current
        _shot(page, "group-members-2025-12-11", tmp_path)
        page.goto(live_server.url + "/id/org/samordnande-grupp-barn-och-unga?lang=sv&at=2026-03-12")
        current = page.inner_text("h3#o-current + .table-wrap table")
        assert "Petra Hornstra" in current and "Charlotte Ohlsén" not in current
        assert "Charlotte Ohlsén" in page.inner_text("h3#o-history + .table-wrap table")
    assert watch.page_errors == []


def test_meeting_attendance_shows_names_with_diacritics_and_pages_long_lists(
        live_server: Server, union: Dataset, tmp_path: Path) -> None:
    meeting = URIRef(ID + "meeting/2024-03-01-presidiekonferens")
    lists = {}
    for lst in union.objects(meeting, LGL.attendanceList):
        people = {str(next(union.objects(p, FOAF.name))) for a in union.subjects(LGL.attendanceList, lst)
                  for p in union.objects(a, LGL.attendee)}
        lists[int(next(union.objects(lst, LGL.position)))] = people
    assert any(any(ord(c) > 127 for c in n) for people in lists.values() for n in people)
    with browser_page() as (page, watch):
        page.goto(live_server.url + "/id/meeting/2024-03-01-presidiekonferens?lang=sv")
        seen: dict[int, set[str]] = {}
        for position in sorted(lists):
            url = live_server.url + f"/id/meeting/2024-03-01-presidiekonferens?lang=sv&list{position}=1"
            while url:
                page.goto(url)
                table = page.locator("#attendance ~ .table-wrap").nth(position - 1)
                names = table.locator("tbody tr td:first-child").all_inner_texts()
                assert len(names) <= 50
                seen.setdefault(position, set()).update(names)
                nxt = table.locator("xpath=following-sibling::p[1]//a[@rel='next']")
                url = (live_server.url + nxt.get_attribute("href")) if nxt.count() else ""
        assert seen == lists
        page.goto(live_server.url + "/id/meeting/2024-03-01-presidiekonferens?lang=sv")
        _shot(page, "meeting-attendance", tmp_path)
    assert watch.page_errors == []


def test_start_page_summarises(live_server: Server, union: Dataset, tmp_path: Path) -> None:
    people = len(set(union.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), FOAF.Person)))
    sv = httpx.get(live_server.url + "/", headers={"Accept-Language": "sv"})
    assert re.search(r"<title>Samverkan Kalmar län</title>", sv.text)
    assert f"{people} personer" in sv.text
    assert len(sv.content) < 1_500_000
    en = httpx.get(live_server.url + "/?lang=en")
    assert f"{people} people" in en.text and "personer" not in en.text
    with browser_page() as (page, watch):
        page.goto(live_server.url + "/?lang=sv")
        structures = page.inner_text("#structures + .table-wrap table")
        assert "Länsgemensam ledning i samverkan" in structures
        latest = page.locator("#meetings + .table-wrap tbody tr td:first-child").all_inner_texts()
        assert latest == sorted(latest, reverse=True) and len(latest) <= 10
        _shot(page, "start-page", tmp_path)
    assert watch.page_errors == []


def test_swedish_chosen_in_an_english_browser_stays_swedish(live_server: Server, tmp_path: Path) -> None:
    with browser_page() as (page, watch):
        page.goto(live_server.url + "/id/person/denise-goransson")
        assert page.evaluate("navigator.language").startswith("en")
        assert page.get_attribute("html", "lang") == "en"  # the browser's language, no ?lang=
        page.click("a.lang-switch")
        assert page.get_attribute("html", "lang") == "sv"
        page.locator("main a[href^='/id/org/']").first.click()
        page.wait_for_load_state()
        assert page.get_attribute("html", "lang") == "sv" and "lang=sv" in page.url
        assert "Egenskaper" in page.inner_text("main")
        # the date control keeps the chosen language too
        page.fill("#asof-at", "2025-12-11")
        page.click("form.asof button")
        page.wait_for_url("**at=2025-12-11**")
        assert page.get_attribute("html", "lang") == "sv" and "Läget den" in page.inner_text("body")
    assert watch.page_errors == []


def test_membership_state_follows_the_replacement_decisions(union: Dataset) -> None:
    """The pages' as-of rule on the replacements of 2025-12-12 (records/2025-12-12-lansgemensam-ledning.yaml):
    the replaced member holds the seat the day before and not on the day; the new member the other way."""
    import datetime as dt

    from graph.asof import asof_pairs_query
    from graph.memberships import memberships
    from server.routes_ld import membership_state

    group = URIRef(ID + "org/samordnande-grupp-barn-och-unga")
    decisions = [d for d in union.subjects(LGL.decidedAt, URIRef(ID + "meeting/2025-12-12-lansgemensam-ledning"))
                 if (d, LGL.endsMembership, None) in union and (d, LGL.startsMembership, None) in union]
    assert decisions

    def select(text: str) -> list[dict]:  # what the pages' store answers, here of the test's graph
        return [{str(k): v for k, v in row.asdict().items()} for row in union.query(text)]

    def held(day: dt.date) -> set[str]:  # what held_on asks the store, here of the test's graph
        return {str(r["membership"]) for r in union.query(asof_pairs_query([(group, day)]))}

    days = {d: held(d) for d in (dt.date(2025, 12, 11), dt.date(2025, 12, 12))}
    checked = 0
    for d in decisions:
        ended, started = next(union.objects(d, LGL.endsMembership)), next(union.objects(d, LGL.startsMembership))
        if (ended, ORG.organization, group) not in union:
            continue
        for membership, before, on in ((ended, "current", "ended"), (started, "future", "current")):
            person = next(union.objects(membership, ORG.member))
            rows = [r for r in memberships(select, str(person), "person") if r["membership"] == membership]
            assert len(rows) == 1
            for day, expected in ((dt.date(2025, 12, 11), before), (dt.date(2025, 12, 12), on)):
                assert membership_state(rows[0], day, days[day]) == expected, (membership, day)
            checked += 1
    assert checked >= 4


def test_group_page_links_to_its_networks(live_server: Server, union: Dataset) -> None:
    """A body's page leads to its networks, which draw that body with its members as of the date
    (the bench's reader had to type the network's address)."""
    group = URIRef(ID + "org/samordnande-grupp-psykisk-halsa")
    name = _sv_label(union, group)
    members = {str(n) for m in union.subjects(ORG.organization, group) for p in union.objects(m, ORG.member)
               for n in union.objects(p, FOAF.name)}
    html = httpx.get(live_server.url + "/id/org/samordnande-grupp-psykisk-halsa?lang=sv&at=2026-03-12",
                     headers={"Accept": "text/html"}, timeout=60).text
    m = re.search(r'<a href="([^"]*/viz/people-bodies[^"]*)">personer och organ</a>', html)
    assert m, "no link to the body's network"
    href = m.group(1).replace("&amp;", "&")
    assert "body=samordnande-grupp-psykisk-halsa" in href and "at=2026-03-12" in href
    viz = httpx.get(live_server.url + href, headers={"Accept": "text/html"}, timeout=120)
    assert viz.status_code == 200 and name and name in viz.text
    assert "Simon Edberg" in members and "Simon Edberg" in viz.text
