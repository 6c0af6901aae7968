"""Accessibility (issue 21, WCAG 2.1 AA) on every page kind of the real graph, in headless chromium:
axe-core finds no violation (WCAG 2.0/2.1 A and AA rules) in Swedish and English; the page declares
its language and has one h1 and a descriptive title; every input has a visible label; at 320 px the
page does not scroll sideways; keyboard-only journeys (skip link, navigation, date control, search to
a person, query to a download, network to a node's page: through its sortable nodes table, the find
field and its live panel, and N/P/Enter on the picture itself); axe also on /query after a run;
/docs renders offline. Screenshots at 1280
and 320 px are kept in test-artifacts/accessibility/."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from graph.bench.pages import wait_until
from graph.iris import DEFAULT_BASE, Iris

from .axe import describe, run_axe
from .browser import browser_page
from .servers import Server

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "accessibility"
SITE = "Samverkan Kalmar län"
ID = Iris(DEFAULT_BASE).id


@dataclass(frozen=True)
class Kind:
    """A page kind: its path on the real graph, the status it answers with, and who owns its body."""

    name: str
    path: str
    status: int = 200
    owner: str = ""
    wait_for: str = ""


KINDS = [
    Kind("start", "/", owner="h5"),
    Kind("search", "/search?q=Goransson", owner="h4"),
    Kind("query", "/query", owner="h4"),
    Kind("person", "/id/person/denise-goransson", owner="h5"),
    Kind("organisation", "/id/org/region-kalmar-lan", owner="h5"),
    Kind("group", "/id/org/samordnande-grupp-barn-och-unga", owner="h5"),
    Kind("meeting", "/id/meeting/2025-12-12-lansgemensam-ledning", owner="h5"),
    Kind("document", "/id/doc/2026-03-12-lansgemensam-ledning", owner="h5"),
    Kind("passage", "/id/doc/2026-03-12-lansgemensam-ledning/lines/104", owner="h5"),
    Kind("validation", "/validation", owner="h2"),
    Kind("viz", "/viz", owner="h3"),
    Kind("viz-structure", "/viz/structure", owner="h3"),
    Kind("viz-people", "/viz/people", owner="h3"),
    Kind("viz-organisations", "/viz/organisations", owner="h3"),
    Kind("viz-people-bodies", "/viz/people-bodies", owner="h3"),
    Kind("viz-ego", f"/viz/ego?node={ID}person/simon-edberg", owner="h9"),
    Kind("ontology", "/ontology", owner="h4"),
    Kind("ontology-roles", "/ontology/roles", owner="h9"),
    Kind("ontology-meeting-statuses", "/ontology/meeting-statuses", owner="h9"),
    Kind("ontology-list-kinds", "/ontology/list-kinds", owner="h9"),
    Kind("ontology-decision-kinds", "/ontology/decision-kinds", owner="h9"),
    Kind("docs", "/docs", owner="h6", wait_for=".opblock"),
    Kind("not-found", "/id/person/nobody-at-all", status=404, owner="h5"),
    Kind("invalid-date", "/validation?at=2026-02-30", status=400, owner="h2"),
]

def params(check: str, langs: tuple[str, ...] = ("sv", "en")) -> list[object]:
    """Every page kind in each language (`check` names the check, for the ids' readers)."""
    return [pytest.param(k, lang, id=f"{k.name}-{lang}") for k in KINDS for lang in langs]


def with_lang(path: str, lang: str) -> str:
    """The page asked for in `lang` explicitly (chromium's Accept-Language is English, which pages follow)."""
    return path + ("&" if "?" in path else "?") + f"lang={lang}"


@pytest.fixture(scope="module")
def browser() -> Iterator[tuple[object, object]]:
    """One headless chromium page for the module (every request leaving loopback is blocked)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with browser_page(1280, 900) as (page, watch):
        yield page, watch


def open_page(browser: tuple[object, object], server: Server, kind: Kind, lang: str, width: int = 1280) -> object:
    """Load the page at the given width, check its status and that nothing outside loopback was asked for."""
    page, watch = browser
    page.set_viewport_size({"width": width, "height": 900})
    watch.outside.clear()
    response = page.goto(server.url + with_lang(kind.path, lang), wait_until="load", timeout=60_000)
    assert response is not None and response.status == kind.status, (
        f"{kind.path}: HTTP {response.status if response else None}, expected {kind.status}")
    if kind.wait_for:
        page.wait_for_selector(kind.wait_for, timeout=30_000)
    page.wait_for_timeout(300)
    assert not watch.outside, f"{kind.path} asked for resources outside this machine: {watch.outside[:3]}"
    return page


def shot(page: object, kind: Kind, lang: str, width: int) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{kind.name}-{lang}-{width}.png"), full_page=False)


@pytest.mark.parametrize(("kind", "lang"), params("axe"))
def test_axe_finds_no_violation(live_server: Server, browser: tuple[object, object], kind: Kind, lang: str) -> None:
    page = open_page(browser, live_server, kind, lang)
    shot(page, kind, lang, 1280)
    violations = run_axe(page)
    assert not violations, f"{kind.path} ({lang}):\n{describe(violations)}"


@pytest.mark.parametrize(("kind", "lang"), params("reflow"))
def test_no_sideways_scrolling_at_320px(live_server: Server, browser: tuple[object, object], kind: Kind,
                                       lang: str) -> None:
    page = open_page(browser, live_server, kind, lang, width=320)
    shot(page, kind, lang, 320)
    width = page.evaluate("document.documentElement.scrollWidth")
    wide = page.evaluate("""() => [...document.querySelectorAll('body *')]
        .filter(e => e.getBoundingClientRect().right > 322 && !e.closest('.table-wrap, [role=region]'))
        .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                          (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : ''))""")
    assert width <= 322, f"{kind.path} ({lang}) is {width} px wide at 320 px; widest: {wide}"
    # a table too wide for the screen scrolls in its region instead of squeezing its words apart ("me/mbe/r")
    broken = page.evaluate("""() => [...document.querySelectorAll('table.data th, table.data td')]
        .flatMap(cell => [...cell.querySelectorAll('*'), cell].flatMap(e => [...e.childNodes]))
        .filter(n => n.nodeType === Node.TEXT_NODE && n.parentElement.getBoundingClientRect().width > 1)  // shown
        .flatMap(n => [...n.textContent.matchAll(/[\\p{L}]{2,}/gu)].map(m => {
            const r = document.createRange();
            r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
            return [m[0], r.getClientRects().length];
        }))
        .filter(([word, rects]) => rects > 1).slice(0, 5).map(([word]) => word)""")
    assert broken == [], f"{kind.path} ({lang}) at 320 px breaks words inside table cells: {broken}"


@pytest.mark.parametrize(("kind", "lang"), params("language"))
def test_language_title_and_heading(live_server: Server, browser: tuple[object, object], kind: Kind,
                                    lang: str) -> None:
    """<html lang> follows the page's language (the API docs are English), one readable h1, and a
    title that names the page once, followed by the site's name."""
    page = open_page(browser, live_server, kind, lang)
    expected = "en" if kind.name == "docs" else lang
    assert page.evaluate("document.documentElement.lang") == expected
    h1s = page.evaluate("[...document.querySelectorAll('h1')].map(h => h.innerText.trim())")
    assert len(h1s) == 1 and h1s[0], f"{kind.path}: h1 elements {h1s}"
    title = page.title()
    assert title.count(SITE) <= 1, f"title names the site twice: {title!r}"
    if kind.name != "docs":
        assert title in (h1s[0], f"{h1s[0]} – {SITE}"), f"title {title!r} does not name the page's h1 {h1s[0]!r}"


@pytest.mark.parametrize(("kind", "lang"), params("labels", ("sv",)))
def test_every_input_has_a_visible_label(live_server: Server, browser: tuple[object, object], kind: Kind,
                                         lang: str) -> None:
    """A placeholder is not a label: every visible field has a <label> (wrapping it or for= its id)
    with text on the screen."""
    page = open_page(browser, live_server, kind, lang)
    unlabelled = page.evaluate("""() => [...document.querySelectorAll('input, select, textarea')]
        .filter(e => !['hidden', 'submit', 'button', 'reset'].includes(e.type) && e.offsetParent !== null)
        .filter(e => ![...(e.labels || [])].some(l => l.innerText.trim() && l.offsetParent !== null))
        .map(e => e.outerHTML.slice(0, 120))""")
    assert not unlabelled, f"{kind.path}: fields without a visible label: {unlabelled}"


# ---------------------------------------------------------------- keyboard


def focused(page: object) -> dict:
    """What has the keyboard focus: tag, id, text, href, and whether a focus ring is drawn."""
    return page.evaluate("""() => { const e = document.activeElement; const s = getComputedStyle(e);
        const r = e.getBoundingClientRect();
        return {tag: e.tagName.toLowerCase(), id: e.id, cls: e.className || '', name: e.name || '',
                text: (e.innerText || e.value || '').trim(), href: e.getAttribute('href') || '',
                ring: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none',
                onscreen: r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 1,
                inMain: !!e.closest('main')}; }""")


def tab_until(page: object, predicate, limit: int = 60) -> dict:
    """Press Tab until the focused element satisfies `predicate`; fail after `limit` presses."""
    seen = []
    # chromium applies `autofocus` in a rendering update after the load: let two frames pass first
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    f = focused(page)
    if f["tag"] != "body" and predicate(f):  # already there (autofocus)
        return f
    for _ in range(limit):
        page.keyboard.press("Tab")
        f = focused(page)
        if f["tag"] == "body":
            pytest.fail(f"the focus left the page without reaching it; it went through {seen}")
        assert f["ring"], f"no visible focus ring on {f}"
        if predicate(f):
            return f
        seen.append(f["text"][:30] or f["tag"])
    pytest.fail(f"not reached by {limit} Tab presses; focus went through {seen}")


def test_keyboard_skip_link_first_then_navigation(live_server: Server, browser: tuple[object, object]) -> None:
    page = open_page(browser, live_server, KINDS[0], "sv")
    page.keyboard.press("Tab")
    skip = focused(page)
    assert skip["cls"] == "skip" and skip["href"] == "#main" and skip["text"] == "Hoppa till innehållet", skip
    assert skip["onscreen"] and skip["ring"], f"the skip link is not visible when focused: {skip}"
    page.screenshot(path=str(ARTIFACTS / "keyboard-skip-link.png"))
    page.keyboard.press("Tab")
    assert focused(page)["text"] == SITE
    names = [page.keyboard.press("Tab") or focused(page)["text"] for _ in range(7)]
    assert names == ["Start", "Sök", "Frågor", "Nätverk", "Validering", "Ontologi", "API"]
    # the skip link moves the focus to the main content
    for _ in range(8):
        page.keyboard.press("Shift+Tab")
    assert focused(page)["cls"] == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert focused(page)["inMain"], "after the skip link the next Tab stop is not in the main content"


def test_keyboard_date_control_after_navigation(live_server: Server, browser: tuple[object, object]) -> None:
    """Skip link, site name, the menu, the language switch, then the as-of date and its button,
    before the main content; a date typed and Enter shows the page as of that date."""
    page = open_page(browser, live_server, KINDS[0], "sv")
    order = []
    for _ in range(14):
        page.keyboard.press("Tab")
        f = focused(page)
        order.append(f["id"] or f["text"])
        if f["inMain"]:
            break
    assert order[:10] == ["Hoppa till innehållet", SITE, "Start", "Sök", "Frågor", "Nätverk", "Validering",
                          "Ontologi", "API", "English"], order
    assert "asof-at" in order and order.index("asof-at") < len(order) - 1, order
    page.focus("#asof-at")
    page.keyboard.type("12112025")  # chromium's date field takes the digits in the locale's order
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "at=2025-12-11" in page.url or "at=2025-11-12" in page.url, page.url


def test_keyboard_search_to_person(live_server: Server, browser: tuple[object, object]) -> None:
    """Keyboard only: the menu's Search, type a name without its accents, Enter, Tab to the person,
    Enter: the person's page, named as in the graph."""
    name = sparql_value(live_server, f"SELECT ?n WHERE {{ <{ID}person/denise-goransson> "
                                     "<http://xmlns.com/foaf/0.1/name> ?n }")
    page = open_page(browser, live_server, KINDS[0], "sv")
    tab_until(page, lambda f: f["text"] == "Sök" and f["href"].startswith("/search"))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search"))
    tab_until(page, lambda f: f["name"] == "q")
    page.keyboard.type("Goransson")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=Goransson"))
    f = tab_until(page, lambda f: f["text"] == name and f["inMain"])
    page.screenshot(path=str(ARTIFACTS / "keyboard-search.png"))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/id/person/"))
    assert page.inner_text("h1").strip() == name, f
    page.screenshot(path=str(ARTIFACTS / "keyboard-person.png"))


def test_keyboard_query_run_download(live_server: Server, browser: tuple[object, object]) -> None:
    """Keyboard only: the query box, the run button (Enter), the result table, then the CSV download."""
    page = open_page(browser, live_server, Kind("query", "/query"), "sv")
    tab_until(page, lambda f: f["tag"] == "textarea")
    query = page.evaluate("document.activeElement.value")
    assert "SELECT" in query
    tab_until(page, lambda f: f["tag"] == "button" and f["inMain"])
    page.keyboard.press("Enter")
    page.wait_for_selector("#results table", timeout=20_000)
    rows = page.locator("#results table tbody tr").count()
    assert rows > 0
    page.screenshot(path=str(ARTIFACTS / "keyboard-query.png"))
    tab_until(page, lambda f: f["tag"] == "a" and "csv" in (f["id"] + f["text"]).lower())
    with page.expect_download(timeout=10_000) as download:
        page.keyboard.press("Enter")
    text = Path(download.value.path()).read_text(encoding="utf-8")
    assert len(text.strip().splitlines()) == rows + 1, "the CSV has the header and every row of the table"


def test_keyboard_network_to_node_page(live_server: Server, browser: tuple[object, object]) -> None:
    """Keyboard only on a network: Tab reaches a node of the current view (in the picture or in its
    table of nodes), Enter opens the node's page, which names it."""
    page = open_page(browser, live_server, Kind("viz-people", "/viz/people"), "sv")
    f = tab_until(page, lambda f: f["inMain"] and f["href"].startswith("/id/"), limit=80)
    page.screenshot(path=str(ARTIFACTS / "keyboard-network.png"))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/id/"))
    assert page.inner_text("h1").strip() == f["text"]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_axe_on_query_after_a_run(live_server: Server, browser: tuple[object, object], lang: str) -> None:
    """/query with its results table on the screen (the state after a run), at 1280 and 320 px."""
    page = open_page(browser, live_server, Kind("query", "/query"), lang)
    page.click("#run")
    page.wait_for_selector("#results table", timeout=20_000)
    page.screenshot(path=str(ARTIFACTS / f"query-run-{lang}-1280.png"))
    violations = run_axe(page)
    assert not violations, f"/query after a run ({lang}):\n{describe(violations)}"
    page.set_viewport_size({"width": 320, "height": 900})
    page.wait_for_timeout(400)
    page.screenshot(path=str(ARTIFACTS / f"query-run-{lang}-320.png"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 322
    violations = run_axe(page)
    assert not violations, f"/query after a run ({lang}, 320 px):\n{describe(violations)}"


def network_ready(page: object) -> None:
    wait_until(page, "window.samverkanViz && window.samverkanViz.ready", timeout=60_000)


def column(page: object, table: str, index: int) -> list[str]:
    """The texts of one column of a table's body, in the order on the screen."""
    return page.evaluate("""([t, i]) => [...document.querySelectorAll(`#${t} tbody tr`)]
        .map(r => r.cells[i].innerText.trim())""", [table, index])


def test_keyboard_network_nodes_table_sort_and_open(live_server: Server, browser: tuple[object, object]) -> None:
    """Keyboard only on /viz/people-bodies: Tab reaches the table of the picture's nodes (by centrality
    first), Enter on the Namn column's button sorts it by name (aria-sort ascending, the names in
    order), Space reverses it; Tab to the first node's link and Enter opens its page."""
    page = open_page(browser, live_server, Kind("viz-people-bodies", "/viz/people-bodies"), "sv")
    network_ready(page)
    first = column(page, "viz-nodes", 0)
    assert len(first) == page.evaluate("window.samverkanViz.nodeCount"), "the table lists every node drawn"
    degrees = [int(d) for d in column(page, "viz-nodes", 2)]
    assert degrees == sorted(degrees, reverse=True), "by default the most central first"
    assert page.get_attribute("#viz-nodes th:nth-child(3)", "aria-sort") == "descending"
    tab_until(page, lambda f: f["tag"] == "button" and f["text"] == "Namn", limit=150)
    page.keyboard.press("Enter")
    assert page.get_attribute("#viz-nodes th:nth-child(1)", "aria-sort") == "ascending"
    assert page.get_attribute("#viz-nodes th:nth-child(3)", "aria-sort") is None
    names = column(page, "viz-nodes", 0)
    assert sorted(names) == sorted(first) and names != first
    assert page.evaluate("(n) => n.every((a, i) => i === 0 || n[i - 1].toLocaleLowerCase()"
                         ".localeCompare(a.toLocaleLowerCase()) <= 0)", names), names[:10]
    assert page.inner_text("#viz-nodes caption").endswith(", sorterade efter namn (stigande)")
    page.screenshot(path=str(ARTIFACTS / "keyboard-network-table-sorted-1280.png"))
    page.keyboard.press("Space")
    assert page.get_attribute("#viz-nodes th:nth-child(1)", "aria-sort") == "descending"
    assert column(page, "viz-nodes", 0) == names[::-1] or column(page, "viz-nodes", 0)[0] == names[-1]
    page.keyboard.press("Space")
    target = column(page, "viz-nodes", 0)[0]
    f = tab_until(page, lambda f: f["tag"] == "a" and f["href"].startswith("/id/"), limit=10)
    assert f["text"] == target, f"the first link after the headers is the first row's node: {f}"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/id/"))
    assert page.inner_text("h1").strip() == target


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_keyboard_network_find_field_announces_the_node(live_server: Server, browser: tuple[object, object],
                                                        lang: str) -> None:
    """Keyboard only: the find field selects Simon Edberg; the live panel next to the picture reads his
    name, kind and a link to his page, which Tab reaches and Enter opens."""
    page = open_page(browser, live_server, Kind("viz-people-bodies", "/viz/people-bodies"), lang)
    network_ready(page)
    panel = page.locator("#viz-selected")
    assert panel.get_attribute("role") == "status" and panel.get_attribute("aria-live") == "polite"
    tab_until(page, lambda f: f["id"] == "viz-search", limit=80)
    page.keyboard.type("Simon Edb")
    page.keyboard.press("Enter")
    wait_until(page, "document.querySelector('#viz-selected strong')", timeout=10_000)
    assert page.inner_text("#viz-selected .viz-selected-name") == "Simon Edberg"
    assert page.evaluate("window.samverkanViz.network.getSelectedNodes()") == [f"{ID}person/simon-edberg"]
    text = panel.inner_text()
    assert "Region" in text and "Region Kalmar län" in text, text
    opener = "Öppna sidan för Simon Edberg" if lang == "sv" else "Open the page of Simon Edberg"
    page.screenshot(path=str(ARTIFACTS / f"keyboard-network-find-{lang}-1280.png"))
    violations = run_axe(page)
    assert not violations, describe(violations)
    tab_until(page, lambda f: f["text"] == opener, limit=10)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/id/person/simon-edberg"))
    assert page.inner_text("h1").strip() == "Simon Edberg"


def test_keyboard_network_picture_steps_through_nodes(live_server: Server, browser: tuple[object, object]) -> None:
    """Keyboard only: Tab to the picture (an application named by its title, with keyboard help), N
    selects the most central node and the live panel names it, N and P step on and back, Enter opens
    the selected node's page. At 320 px the panel and the tables reflow."""
    page = open_page(browser, live_server, Kind("viz-people-bodies", "/viz/people-bodies"), "sv")
    network_ready(page)
    f = tab_until(page, lambda f: "vis-network" in f["cls"], limit=80)
    frame = page.locator("#viz-network .vis-network")
    assert frame.get_attribute("role") == "application" and frame.get_attribute("aria-label")
    assert "N och P" in page.inner_text("#" + frame.get_attribute("aria-describedby"))
    top = column(page, "viz-nodes", 0)
    page.keyboard.press("n")
    assert page.inner_text("#viz-selected .viz-selected-name") == top[0]
    page.keyboard.press("n")
    second = page.inner_text("#viz-selected .viz-selected-name")
    assert second != top[0] and second in top
    page.keyboard.press("p")
    assert page.inner_text("#viz-selected .viz-selected-name") == top[0]
    assert "Öppna sidan för " + top[0] in page.inner_text("#viz-selected")
    page.screenshot(path=str(ARTIFACTS / "keyboard-network-picture-1280.png"))
    page.set_viewport_size({"width": 320, "height": 800})
    page.wait_for_timeout(400)
    assert page.evaluate("document.documentElement.scrollWidth") <= 322
    page.screenshot(path=str(ARTIFACTS / "keyboard-network-picture-320.png"))
    page.locator("#viz-nodes").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "network-nodes-table-320.png"))
    violations = run_axe(page)
    assert not violations, "at 320 px: " + describe(violations)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.focus("#viz-network .vis-network")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/id/"))
    assert page.inner_text("h1").strip() == top[0], f


@pytest.mark.parametrize(("path", "field"), [pytest.param("/search", "q", id="search"),
                                             pytest.param("/query", "", id="query")])
def test_results_announced_in_a_live_region(live_server: Server, browser: tuple[object, object], path: str,
                                             field: str) -> None:
    """The count of results is in a live region (role=status or aria-live), so a screen reader says it."""
    page = open_page(browser, live_server, Kind(path, path), "sv")
    if field:
        page.fill(f"[name={field}]", "Goransson")
        with page.expect_navigation():
            page.keyboard.press("Enter")
    else:
        page.click("#run")
        page.wait_for_selector("#results table", timeout=20_000)
    live = page.evaluate("""() => [...document.querySelectorAll('[aria-live], [role=status], [role=alert]')]
        .map(e => e.innerText.trim()).filter(t => /\\d/.test(t))""")
    assert live, f"{path}: no live region with the number of results"


# ---------------------------------------------------------------- offline API docs


def test_docs_render_the_operations_offline(live_server: Server, browser: tuple[object, object]) -> None:
    """/docs with every request outside loopback refused: Swagger UI comes from local files and shows
    every operation of the OpenAPI description."""
    spec = httpx.get(live_server.url + "/openapi.json").json()
    operations = {(method.upper(), path) for path, item in spec["paths"].items() for method in item
                  if method in ("get", "head", "post", "put", "delete", "patch")}
    page = open_page(browser, live_server, Kind("docs", "/docs", wait_for=".opblock"), "sv")
    rows = page.evaluate("""() => [...document.querySelectorAll('.opblock-summary')].map(s =>
        [s.querySelector('.opblock-summary-method').innerText.trim(),
         s.querySelector('.opblock-summary-path').getAttribute('data-path')])""")
    shown = {(method, path) for method, path in rows}
    assert operations and shown == operations
    assert "Samverkan Kalmar län" in page.inner_text(".info .title")
    assert httpx.get(live_server.url + "/redoc").status_code == 404  # no CDN page left
    html = httpx.get(live_server.url + "/docs").text
    assert "cdn" not in html.lower() and "https://" not in html


def sparql_value(server: Server, query: str) -> str:
    r = httpx.get(server.url + "/sparql", params={"query": query},
                  headers={"Accept": "application/sparql-results+json"})
    bindings = r.json()["results"]["bindings"]
    assert bindings, f"no answer to {query}"
    return next(iter(bindings[0].values()))["value"]


# ---------------------------------------------------------------- the layout as pages will use it


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_layout_with_date_control_and_language_switch(live_server: Server, browser: tuple[object, object],
                                                      lang: str) -> None:
    """The layout as every page will call it (page(..., params=)): with the date control, the
    language switch and a table wider than the screen. axe finds nothing; the Tab order is skip
    link, site name, menu, language switch, date, its button, then the main content; at 320 px only
    the table's own region scrolls."""
    import datetime as dt

    from server.html import page as layout
    from server.html import table
    from server.page_params import PageParams

    params = PageParams(lang=lang, explicit_at=dt.date(2025, 12, 11), default_at=dt.date(2026, 3, 12),
                        path="/id/org/samordnande-grupp-barn-och-unga")
    wide = table(["Plats", "Krävs", "Innehas av", "Källa", "Senast bekräftad", "Saknas"],
                 [["primärvård/specialistvård/tandvård", "1", '<a href="/id/person/cecilia-wahlstrom">Cecilia '
                   'Wahlström</a>', "Protokoll Länsgemensam ledning 2026-03-12, rad 104", "2026-03-12", "–"]] * 3,
                 label="Platser")
    html = layout("Samordnande grupp Barn och unga", f"<p>Text.</p>{wide}", params=params).body.decode()
    page, _ = browser
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/static/style.css")
    page.set_content(html, wait_until="load")  # relative links resolve against the live server
    assert page.evaluate("document.documentElement.lang") == lang
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(251, 252, 253)"  # CSS loaded
    violations = run_axe(page)
    assert not violations, describe(violations)
    order = []
    for _ in range(20):
        page.keyboard.press("Tab")
        f = focused(page)
        assert f["ring"], f"no visible focus ring on {f}"
        stop = f["id"] or f["text"]
        if not order or order[-1] != stop:  # a date field takes one Tab stop per part (day, month, year)
            order.append(stop)
        if f["inMain"]:
            break
    menu = ["Start", "Sök", "Frågor", "Nätverk", "Validering", "Ontologi", "API"] if lang == "sv" else [
        "Home", "Search", "Queries", "Networks", "Validation", "Ontology", "API"]
    skip = "Hoppa till innehållet" if lang == "sv" else "Skip to content"
    brand = page.evaluate("document.querySelector('a.brand').innerText")
    switch = "English" if lang == "sv" else "Svenska"
    assert order[:13] == [skip, brand, *menu, switch, "asof-at", "Visa" if lang == "sv" else "Show",
                          "Senaste" if lang == "sv" else "Latest"], order
    page.screenshot(path=str(ARTIFACTS / f"layout-{lang}-1280.png"))
    assert page.locator(".table-wrap").get_attribute("tabindex") is None, "a table that fits is no extra Tab stop"
    page.set_viewport_size({"width": 320, "height": 800})
    page.wait_for_timeout(400)
    assert page.locator(".table-wrap").get_attribute("tabindex") == "0", "a scrolling table region is a Tab stop"
    violations = run_axe(page)
    assert not violations, "at 320 px: " + describe(violations)
    assert page.evaluate("document.documentElement.scrollWidth") <= 322
    region = page.locator(".table-wrap")
    assert region.get_attribute("aria-label") == "Platser"
    assert page.evaluate("(() => { const r = document.querySelector('.table-wrap'); "
                         "return r.scrollWidth > r.clientWidth; })()"), "the wide table should scroll in its region"
    page.screenshot(path=str(ARTIFACTS / f"layout-{lang}-320.png"), full_page=True)
