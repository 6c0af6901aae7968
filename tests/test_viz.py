"""Network pages and pictures: the /viz routes on a real server, offline HTML, and headless Chromium
drawing every page with the network cut off (issue #5)."""

from __future__ import annotations

import io
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import httpx
import networkx as nx
import pytest

from graph.bench.chromium import CHROMIUM, CHROMIUM_ARGS, LOCAL_HOSTS
from graph.bench.pages import wait_until
from graph.cli import main
from graph.iris import DEFAULT_BASE, Iris
from graph.network.aggregate import aggregate_by_org
from graph.network.analysis import metrics
from graph.network.data import load_data
from graph.network.projections import KINDS, KINDS_EN, Filters, project
from graph.network.render import LABELS_SHOWN, network_html, standalone_html
from graph.network.synthetic import synthetic
from graph.network.views import View, ViewRequest, build_view
from graph.stores import open_store

URL_RE = re.compile(r"https?://[^\s\"'<>)\\]+")
# URLs inside the inlined vis-network bundle that are never fetched: its licence header, the SVG
# namespace and an error message's link. They appear only in the stand-alone file (the server links the bundle instead).
VENDOR_TEXT_URLS = {"https://visjs.github.io/vis-network/", "https://github.com/visjs",
                    "http://www.apache.org/licenses/LICENSE-2.0", "http://opensource.org/licenses/MIT",
                    "http://www.w3.org/2000/svg", "https://github.com/zloirock/core-js",
                    "https://github.com/zloirock/core-js/blob/v3.21.1/LICENSE", "https://github.com/uuidjs/uuid",
                    "https://github.com/uuidjs/uuid#getrandomvalues-not-supported",
                    "http://almende.com"}
PIXELS_JS = """() => {
  const c = document.querySelector('#viz-network canvas');
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; }
  return n;
}"""


def external_urls(text: str) -> set[str]:
    """URLs in the text outside loopback, except the data's own IRIs (the nodes' names, never fetched)."""
    return {u for u in URL_RE.findall(text)
            if urlparse(u).hostname not in LOCAL_HOSTS and not u.startswith(Iris(DEFAULT_BASE).id)}


def resource_urls(html: str) -> list[str]:
    """URLs the page would load: src/href attributes, CSS url(...) and @import."""
    found = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", html)
    found += re.findall(r"""url\(\s*["']?([^"')]+)""", html)
    found += re.findall(r"""@import\s+["']([^"']+)""", html)
    return found


@pytest.fixture(scope="module")
def real_data(built_graph: Path):
    store = open_store("memory")
    store.load(built_graph)
    data = load_data(store.select)
    store.close()
    return data


# the routes -------------------------------------------------------------------------------------------
def test_index_lists_every_kind(live_server) -> None:
    r = httpx.get(live_server.url + "/viz")
    assert r.status_code == 200
    for kind, (title, _) in KINDS.items():
        assert f'href="/viz/{kind}"' in r.text and title in r.text
        for fmt in ("json", "gexf", "graphml"):
            assert f'href="/viz/{kind}.{fmt}"' in r.text


#: Every body, every date, every tie: the page's defaults (current structure, the year up to the
#: page's date, the lightest ties left out) switched off.
EVERYTHING = {"body": "", "from": "1900", "to": "2100", "min_weight": "1"}


@pytest.mark.parametrize("kind", list(KINDS))
def test_json_and_downloads_match_the_projection(live_server, real_data, kind) -> None:
    g = project(kind, real_data, Filters("1900", "2100"))
    r = httpx.get(f"{live_server.url}/viz/{kind}.json", params=EVERYTHING, timeout=60)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    result = r.json()
    assert (result["nodes"], result["edges"]) == (g.number_of_nodes(), g.number_of_edges())
    assert {m["id"] for m in result["metrics"]} == set(g)
    assert len(result["participation"]["municipalities"]) == 12
    for fmt, read in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        r = httpx.get(f"{live_server.url}/viz/{kind}.{fmt}", params=EVERYTHING, timeout=60)
        assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
        h = read(io.BytesIO(r.content))
        assert (h.number_of_nodes(), h.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())


def test_filters_in_the_query_string(live_server, real_data) -> None:
    url = f"{live_server.url}/viz/people.json"
    result = httpx.get(url, params={**EVERYTHING, "body": "lansgemensam-ledning"}, timeout=60).json()
    expected = project("people", real_data, Filters("1900", "2100", body="lansgemensam-ledning"))
    assert result["nodes"] == expected.number_of_nodes() > 0
    assert result["filters"]["body"].endswith("/org/lansgemensam-ledning")
    result = httpx.get(url, params={"from": "2026-01-01", "org": "kalmar-kommun", "body": "lansgemensam-ledning"},
                       timeout=60).json()
    assert 0 < result["nodes"] < expected.number_of_nodes()
    page = httpx.get(f"{live_server.url}/viz/people-bodies", params={"size": "betweenness", "to": "2025"}, timeout=60)
    assert page.status_code == 200 and 'value="betweenness" selected' in page.text


def test_bad_requests(live_server) -> None:
    base = live_server.url
    assert httpx.get(base + "/viz/nonsense").status_code == 404
    assert httpx.get(base + "/viz/people.pdf").status_code == 404
    assert httpx.get(base + "/viz/people", params={"from": "12/12/2025"}).status_code == 400
    for name, bad in (("from", "2026-13-45"), ("to", "2026-02-30"), ("from", "abc")):
        r = httpx.get(base + "/viz/people-bodies", params={name: bad}, headers={"Accept": "text/html"})
        assert r.status_code == 400 and f"{name}=&#x27;{bad}&#x27;" in r.text and "ÅÅÅÅ-MM-DD" in r.text
    r = httpx.get(base + "/viz/people", params={"from": "2026-05-01", "to": "2026-01-01"})
    assert r.status_code == 400 and "after" in r.text
    r = httpx.get(base + "/viz/people.json", params={"org": "no-such-org"})
    assert r.status_code == 400 and "no-such-org" in r.json()["error"]
    assert httpx.get(base + "/viz/people", params={"size": "height"}).status_code == 400
    assert httpx.get(base + "/viz/people", params={"aggregate": "maybe"}).status_code == 400
    assert httpx.get(base + "/viz/static/../../pyproject.toml").status_code == 404
    assert httpx.get(base + "/viz/static/secret.txt").status_code == 404


def test_static_assets_come_from_pyvis(live_server) -> None:
    import pyvis

    js = httpx.get(live_server.url + "/viz/static/vis-network.min.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert js.content == (Path(pyvis.__file__).parent / "lib/vis-9.1.2/vis-network.min.js").read_bytes()
    for name in ("vis-network.css", "viz.js", "viz.css"):
        assert httpx.get(f"{live_server.url}/viz/static/{name}").status_code == 200


@pytest.mark.parametrize("kind", list(KINDS))
def test_pages_hold_no_external_url(live_server, kind) -> None:
    r = httpx.get(f"{live_server.url}/viz/{kind}", timeout=60)
    assert r.status_code == 200
    assert external_urls(r.text) == set()
    for url in resource_urls(r.text):
        assert url.startswith(("/", "#", "?")) or urlparse(url).hostname in LOCAL_HOSTS, url
    assert "/viz/static/vis-network.min.js" in r.text


def test_standalone_file_holds_no_external_resource(built_graph: Path, tmp_path: Path) -> None:
    out = tmp_path / "people.html"
    assert main(["viz", "people", "--out", str(out), "--graph", str(built_graph)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "<script src" not in html and "<link" not in html  # everything inlined
    for url in resource_urls(html):
        assert url.startswith(("data:", "#")), url
    assert external_urls(html) <= VENDOR_TEXT_URLS, external_urls(html) - VENDOR_TEXT_URLS
    # nodes are named by their canonical IRIs, never by a local server's address
    assert "localhost" not in html and Iris(DEFAULT_BASE).id + "person/" in html


# in a browser ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (scripts/test.sh installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class OfflinePage:
    """A page where every request not to this machine is aborted and recorded, with console errors."""

    def __init__(self, browser: object) -> None:
        self.page = browser.new_page(viewport={"width": 1400, "height": 1000})
        self.external: list[str] = []
        self.errors: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _route(self, route: object) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:", "blob:")) or urlparse(url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            self.external.append(url)
            route.abort()

    def open(self, url: str, timeout_ms: int = 60_000) -> float:
        """Open and wait until the network is laid out and drawn; seconds taken."""
        start = time.monotonic()
        self.page.goto(url)
        wait_until(self.page, "window.samverkanViz && window.samverkanViz.ready", timeout=timeout_ms)
        return time.monotonic() - start

    def drawn(self) -> dict[str, int]:
        return self.page.evaluate("() => ({nodes: window.samverkanViz.network.body.data.nodes.length,"
                                  " all: window.samverkanViz.nodeCount})") | {"pixels": self.page.evaluate(PIXELS_JS)}

    def close(self) -> None:
        self.page.close()


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_page_draws_offline(browser, live_server, kind, tmp_path: Path) -> None:
    expected = httpx.get(f"{live_server.url}/viz/{kind}.json", timeout=60).json()["shown_nodes"]
    page = OfflinePage(browser)
    try:
        seconds = page.open(f"{live_server.url}/viz/{kind}")
        drawn = page.drawn()
        shot = tmp_path / f"viz-{kind}.png"
        page.page.screenshot(path=str(shot))
        print(f"{kind}: ready in {seconds:.2f} s, {drawn}, screenshot {shot}")
        assert drawn["nodes"] == drawn["all"] == expected > 0
        assert drawn["pixels"] > 2000
        assert page.external == []
        assert page.errors == []
        assert shot.stat().st_size > 10_000
        assert page.page.locator("table.data").count() >= 3
    finally:
        page.close()


def test_click_opens_the_nodes_page_on_this_server(browser, live_server) -> None:
    page = OfflinePage(browser)
    try:
        page.open(f"{live_server.url}/viz/organisations")
        target = page.page.evaluate("""() => {
          const v = window.samverkanViz, net = v.network, box = document.getElementById('viz-network')
            .getBoundingClientRect();
          for (const id of v.nodes.getIds()) {
            const p = net.getPositions([id])[id], dom = net.canvasToDOM(p);
            if (net.getNodeAt(dom) === id && dom.x > 5 && dom.y > 5 && dom.x < box.width - 5 && dom.y < box.height - 5)
              return {id: id, x: box.left + dom.x, y: box.top + dom.y};
          }
          return null;
        }""")
        assert target and target["id"].startswith(Iris(DEFAULT_BASE).id + "org/")
        # a click opens the node's page on this server (as Enter and the tables' links do), not the
        # IRI's host, which need not be this server
        path = Iris(DEFAULT_BASE).local_path(target["id"])  # /id/org/...: the base's host and path are not this server
        with page.page.expect_navigation():
            page.page.mouse.click(target["x"], target["y"])
        assert urlparse(page.page.url).path == path and page.page.url.startswith(live_server.url)
        r = httpx.get(live_server.url + path, headers={"Accept": "text/html"}, follow_redirects=True)
        assert r.status_code == 200
        assert page.external == []
    finally:
        page.close()


def test_legend_hides_a_kind_and_search_selects(browser, live_server) -> None:
    page = OfflinePage(browser)
    try:
        page.open(f"{live_server.url}/viz/people")
        before = page.drawn()["nodes"]
        page.page.uncheck('input[data-viz-kind="kommun"]')
        after = page.drawn()["nodes"]
        assert 0 < after < before
        page.page.check('input[data-viz-kind="kommun"]')
        assert page.drawn()["nodes"] == before
        page.page.fill("#viz-search", "Hasselbom")
        page.page.press("#viz-search", "Enter")
        selected = page.page.evaluate("() => window.samverkanViz.network.getSelectedNodes()")
        assert selected == [str(Iris(DEFAULT_BASE).person("anna-hasselbom-trofast"))]
        assert page.errors == [] and page.external == []
    finally:
        page.close()


def test_filter_form_redraws_with_the_filters(browser, live_server) -> None:
    page = OfflinePage(browser)
    try:
        page.open(f"{live_server.url}/viz/people?min_weight=1")
        everyone = page.drawn()["nodes"]
        assert page.page.input_value('form.viz-filters input[name="min_weight"]') == "1"
        page.page.fill('form.viz-filters input[name="from"]', "2026")
        page.page.select_option('form.viz-filters select[name="body"]', "lansgemensam-ledning")
        with page.page.expect_navigation():
            page.page.click('form.viz-filters button[type="submit"]')
        wait_until(page.page, "window.samverkanViz && window.samverkanViz.ready", timeout=60_000)
        assert "from=2026" in page.page.url and "body=lansgemensam-ledning" in page.page.url
        one_meeting = page.drawn()["nodes"]
        assert 0 < one_meeting < everyone
        assert page.page.input_value('form.viz-filters input[name="from"]') == "2026"
        assert page.errors == [] and page.external == []
    finally:
        page.close()


def test_standalone_file_draws_offline(browser, built_graph: Path, tmp_path: Path) -> None:
    out = tmp_path / "structure.html"
    assert main(["viz", "structure", "--out", str(out), "--graph", str(built_graph)]) == 0
    page = OfflinePage(browser)
    try:
        page.open(out.as_uri())
        drawn = page.drawn()
        assert drawn["nodes"] > 50 and drawn["pixels"] > 2000
        assert page.external == [] and page.errors == []
    finally:
        page.close()


# large networks -------------------------------------------------------------------------------------
def test_large_network_renders_and_opens_within_seconds(browser, tmp_path: Path) -> None:
    g = synthetic(n_people=5000, n_orgs=250)
    start = time.monotonic()
    per_node, _ = metrics(g, with_betweenness=False)
    html = standalone_html("5000 noder", network_html(g, "degree", per_node, "5000 noder"))
    render_s = time.monotonic() - start
    out = tmp_path / "large.html"
    out.write_text(html, encoding="utf-8")
    data = json.loads(re.search(r'id="viz-data">(.*?)</script>', html, re.S).group(1))
    assert data["options"]["physics"] == {"enabled": False}  # positions come from the server
    assert data["options"]["layout"]["improvedLayout"] is False
    assert all("x" in n and "y" in n for n in data["nodes"])
    assert sum(1 for n in data["nodes"] if n["label"].strip()) == LABELS_SHOWN  # the most central only
    page = OfflinePage(browser)
    try:
        open_s = page.open(out.as_uri(), timeout_ms=90_000)
        drawn = page.drawn()
        physics_on = page.page.evaluate("() => window.samverkanViz.network.physics.physicsEnabled")
        shot = tmp_path / "large.png"
        page.page.screenshot(path=str(shot))
        print(f"5000 nodes, {g.number_of_edges()} edges: render {render_s:.2f} s, open {open_s:.2f} s, {drawn}, {shot}")
        assert drawn["nodes"] == 5000 and drawn["pixels"] > 2000
        assert physics_on is False
        assert page.errors == [] and page.external == []
        assert render_s < 20 and open_s < 60  # generous: CI machines are shared; typical is a few seconds
    finally:
        page.close()


def test_large_networks_are_aggregated_with_a_notice_and_an_override() -> None:
    g = synthetic(n_people=3000, n_orgs=120)
    h = aggregate_by_org(g)
    view = View(ViewRequest("people"), full=g, shown=h, analysis={}, per_node={})
    notice = view.notice("Visa alla noder")
    assert notice and "3000 noder" in notice and "per organisation" in notice and "Visa alla" in notice
    assert View(ViewRequest("people", aggregate="off"), full=g, shown=g, analysis={}, per_node={}).notice() is None


def test_server_aggregation_notice_and_override(live_server) -> None:
    r = httpx.get(f"{live_server.url}/viz/people", params={"aggregate": "on"}, timeout=60)
    assert r.status_code == 200
    assert 'class="viz-notice"' in r.text and "aggregate=off" in r.text
    shown = httpx.get(f"{live_server.url}/viz/people.json", params={"aggregate": "on"}, timeout=60).json()
    assert shown["aggregated"] and shown["shown_nodes"] < shown["projection_nodes"]
    r = httpx.get(f"{live_server.url}/viz/people", params=EVERYTHING, timeout=60)
    assert 'class="viz-notice"' not in r.text  # 130 people, every tie: drawn one by one


def test_thousand_nodes_are_placed_on_the_server_and_drawn_settled(browser, tmp_path: Path) -> None:
    """1,000 nodes: every position computed before the page opens, physics off, so the picture the
    reader sees first is the settled one (the time is printed, not asserted)."""
    g = synthetic(n_people=1000, n_orgs=60)
    per_node, _ = metrics(g, with_betweenness=False)
    out = tmp_path / "thousand.html"
    out.write_text(standalone_html("1000 noder", network_html(g, "degree", per_node, "1000 noder")), encoding="utf-8")
    page = OfflinePage(browser)
    try:
        open_s = page.open(out.as_uri(), timeout_ms=90_000)
        state = page.page.evaluate("() => ({ready: window.samverkanViz.ready, physics: window.samverkanViz.physics,"
                                   " enabled: window.samverkanViz.network.physics.physicsEnabled,"
                                   " ms: window.samverkanViz.stabilisedMs})")
        moved = page.page.evaluate("""() => { const net = window.samverkanViz.network;
          const before = net.getPositions(); return new Promise(r => setTimeout(() => {
            const after = net.getPositions(); let n = 0;
            for (const id in before) { if (before[id].x !== after[id].x || before[id].y !== after[id].y) n++; }
            r(n); }, 500)); }""")
        page.page.screenshot(path=str(tmp_path / "thousand.png"))
        print(f"1000 nodes: open {open_s:.2f} s, drawn after {state['ms']} ms")
        assert state["ready"] is True and state["physics"] is False and state["enabled"] is False
        assert moved == 0  # nothing is still settling
        assert page.drawn()["nodes"] == 1000
    finally:
        page.close()


# the leader's journey (issue 11 (c)) ------------------------------------------------------------------
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def _shot(page: object, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"leader-{name}.png"), full_page=False)


def _members_from(data, body_id: str, lo: str) -> set[str]:
    """Who holds a membership of the body whose interval meets [lo, ...), by the one rule."""
    body = next(o for o in data.orgs if o.endswith("/" + body_id))
    return {data.label(m.person) for m in data.memberships if m.org == body and m.overlaps(lo, None)}


def test_leader_finds_simon_edberg_in_psykisk_halsa_from_2026(browser, live_server, real_data) -> None:
    expected = _members_from(real_data, "samordnande-grupp-psykisk-halsa", "2026-01-01")
    assert "Simon Edberg" in expected  # seated 2025-12-12 and never ended
    page = OfflinePage(browser)
    try:
        page.open(f"{live_server.url}/viz/people-bodies")
        page.page.select_option('form.viz-filters select[name="body"]', "samordnande-grupp-psykisk-halsa")
        page.page.fill('form.viz-filters input[name="from"]', "2026-01-01")
        with page.page.expect_navigation():
            page.page.click('form.viz-filters button[type="submit"]')
        wait_until(page.page, "window.samverkanViz && window.samverkanViz.ready", timeout=60_000)
        state = page.page.evaluate("() => ({labels: window.samverkanViz.labels(), physics: window.samverkanViz.physics,"
                                   " enabled: window.samverkanViz.network.physics.physicsEnabled})")
        _shot(page.page, "psykisk-halsa-2026")
        assert expected <= set(state["labels"])  # every member drawn with the name on it
        assert "Samordnande grupp Psykisk hälsa" in state["labels"]
        assert state["physics"] is False and state["enabled"] is False  # settled: drawn from server positions
        assert page.page.locator(".viz-scope").inner_text().count("2026-01-01") == 1
        # an impossible date: a clear message, not an empty picture
        page.page.fill('form.viz-filters input[name="from"]', "2026-02-30")
        with page.page.expect_navigation():
            page.page.click('form.viz-filters button[type="submit"]')
        _shot(page.page, "invalid-date")
        alert = page.page.locator('[role="alert"]').inner_text()
        assert "2026-02-30" in alert and ("kalendern" in alert or "calendar" in alert)
        # nothing overlaps: the page says so
        page.page.goto(f"{live_server.url}/viz/people-bodies?body=samordnande-grupp-psykisk-halsa"
                       "&from=2000-01-01&to=2000-12-31")
        _shot(page.page, "empty")
        text = page.page.locator(".viz-empty").inner_text()
        assert "Samordnande grupp Psykisk hälsa" in text and "2000-01-01" in text and "2000-12-31" in text
        assert page.page.locator("#viz-network").count() == 0
        # the only console error: the browser noting the 400 of the impossible date
        assert [e for e in page.errors if "status of 400" not in e] == [] and page.external == []
    finally:
        page.close()


def test_leader_sees_whom_simon_edberg_meets_and_through_which_groups(browser, live_server, real_data) -> None:
    edberg = next(p for p, name in real_data.people.items() if name == "Simon Edberg")
    # expectations from the graph: his bodies in the year up to the latest document, and who else sits there
    lo, hi = "2025-03-13", "2026-03-12"
    groups = {m.org for m in real_data.memberships_of[edberg] if real_data.is_body(m.org) and m.overlaps(lo, hi)}
    groups |= {a.body for a in real_data.attendances_of.get(edberg, []) if a.body and lo <= a.date <= hi}
    fellows = {real_data.label(m.person) for m in real_data.memberships
               if m.org in groups and m.person != edberg and m.overlaps(lo, hi)}
    assert groups and fellows
    page = OfflinePage(browser)
    try:
        page.page.goto(f"{live_server.url}/viz/ego")
        page.page.fill('form.viz-filters input[name="node"]', "Simon Edberg")
        with page.page.expect_navigation():
            page.page.click('form.viz-filters button[type="submit"]')
        wait_until(page.page, "window.samverkanViz && window.samverkanViz.ready", timeout=60_000)
        _shot(page.page, "ego-simon-edberg")
        table = page.page.locator("table.viz-through").inner_text()
        for body in groups:
            assert real_data.label(body) in table
        for name in fellows:
            assert name in table
        labels = set(page.page.evaluate("() => window.samverkanViz.labels()"))
        assert "Simon Edberg" in labels and fellows <= labels
        assert page.errors == [] and page.external == []
    finally:
        page.close()


@pytest.mark.parametrize("kind", list(KINDS))
def test_english_switch_covers_the_network_page(live_server, kind) -> None:
    """?lang=en: the page's own words, the legend and the tooltips' words are English (names, roles
    and document titles from the graph stay as the graph gives them)."""
    r = httpx.get(f"{live_server.url}/viz/{kind}", params={"lang": "en"}, timeout=60)
    assert r.status_code == 200 and '<html lang="en">' in r.text
    assert KINDS_EN[kind][0] in r.text and "Legend" in r.text and "Download" in r.text
    page = re.sub(r'<script type="application/json" id="viz-data">.*?</script>', "", r.text, flags=re.S)
    for swedish in ("Förklaring", "Hämta", "Storlek efter", "Visning", "Organ / grupp", "Visar ", "noder",
                    "Mest centrala", "Brobyggare", "Deltagande per", ">Namn</th>", ">Huvudman</th>"):
        assert swedish not in page, swedish
    data = json.loads(re.search(r'id="viz-data">(.*?)</script>', r.text, re.S).group(1))
    titles = "\n".join(n.get("title", "") for n in data["nodes"]) + "\n".join(e.get("title", "") for e in data["edges"])
    for swedish in ("Uppdrag:", "Källor:", "Del av:", "Grad ", "viktad grad", "gemensamma möten", "Kommun:",
                    "Plats:", "Innehavare i grafen", "personpar"):
        assert swedish not in titles, swedish
    sv = httpx.get(f"{live_server.url}/viz/{kind}", params={"lang": "sv"}, timeout=60).text
    assert KINDS[kind][0] in sv and "Förklaring" in sv and '<th scope="col">Namn</th>' in sv
    assert '<th scope="col">Name</th>' in r.text


# computed once per store state (issue 19) -------------------------------------------------------------
def test_network_data_is_read_once_per_store_state_and_kept_across_restarts(tmp_path: Path, monkeypatch,
                                                                                real_data) -> None:
    from types import SimpleNamespace

    from graph.network import cache
    from server import routes_viz

    store = tmp_path / "store"
    store.mkdir()
    (store / "000001.sst").write_bytes(b"x" * 10)
    (store / "LOG").write_text("rocksdb chatter")
    monkeypatch.setenv("SAMVERKAN_NETWORK_CACHE", str(tmp_path / "cache"))
    reads: list[int] = []

    def fake_load(select: object) -> object:
        reads.append(1)
        return real_data

    monkeypatch.setattr(cache, "load_data", fake_load)
    ctx = SimpleNamespace(executor=SimpleNamespace(spec=f"oxigraph:{store}", _replay=[]),
                          settings=SimpleNamespace(query_timeout=10))
    monkeypatch.setattr(routes_viz, "CACHE", cache.NetworkCache())
    key, data = routes_viz.network(ctx)
    req = ViewRequest("people", Filters("2025", "2026", "lansgemensam-ledning"))
    view = routes_viz.CACHE.view(cache.view_key(key, req), lambda: build_view(data, req))
    assert routes_viz.network(ctx)[0] == key and len(reads) == 1  # the same state: not read again
    (store / "LOG").write_text("more rocksdb chatter")  # logs do not make a new state
    assert routes_viz.network(ctx)[0] == key and len(reads) == 1
    monkeypatch.setattr(routes_viz, "CACHE", cache.NetworkCache())  # a new process: reads the pickles back
    key2, data2 = routes_viz.network(ctx)
    assert key2 == key and len(reads) == 1 and set(data2.people) == set(real_data.people)
    again = routes_viz.CACHE.view(cache.view_key(key2, req), lambda: pytest.fail("computed again"))
    assert set(again.shown) == set(view.shown) and again.shown.graph["positions"] == view.shown.graph["positions"]
    (store / "000002.sst").write_bytes(b"y" * 5)  # the store changed: read again, old files removed
    key3, _ = routes_viz.network(ctx)
    assert key3 != key and len(reads) == 2
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [key3[1]]


# the picture's text alternative (issue 21) -------------------------------------------------------------
def test_view_tables_list_every_node_and_edge_linked_sorted_and_paged() -> None:
    """Every node and edge of the drawn graph, names linked through `href`, nodes by the size measure,
    edges by weight; above TABLE_PAGE rows a page at a time, with links to the other pages."""
    from graph.network.render import TABLE_PAGE, view_tables_html

    g = synthetic(n_people=300, n_orgs=20)
    per_node, _ = metrics(g, with_betweenness=False)
    assert g.number_of_edges() > TABLE_PAGE
    html = view_tables_html(g, per_node, "degree", "sv", lambda iri: "/page?of=" + iri,
                            lambda table, k: f"/viz/x?{table}_page={k}", 1, 2)
    nodes = re.search(r'<table class="data viz-sortable" id="viz-nodes"[^>]*>(.*?)</table>', html, re.S).group(1)
    edges = re.search(r'<table class="data viz-sortable" id="viz-edges"[^>]*>(.*?)</table>', html, re.S).group(1)
    assert nodes.count("<tr>") - 1 == g.number_of_nodes()  # one header row
    assert edges.count("<tr>") - 1 == min(TABLE_PAGE, g.number_of_edges() - TABLE_PAGE)
    degrees = [int(d) for d in re.findall(r'<td class="num" data-sort="[^"]+">(\d+)</td><td class="num"', nodes)]
    assert degrees == sorted(degrees, reverse=True)
    assert '<th scope="col" data-type="num" aria-sort="descending"><button type="button">Grad' in nodes
    assert 'href="/viz/x?edges_page=1"' in html and 'href="/viz/x?edges_page=2" aria-current="page"' in html
    assert '<a href="/page?of=http' in nodes and '<a href="/page?of=http' in edges
    assert "<caption>" in nodes and 'role="region" tabindex="0" aria-label="Bildens noder"' in html
    offline = view_tables_html(g, per_node)
    assert "href=" not in offline and "<nav" not in offline  # no links without a server
