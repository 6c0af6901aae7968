"""Search over everything, as a journalist uses it: typed into the search box in headless chromium
on the real graph, with the expectations taken from the records (records/*.yaml) and the graph;
plus the index itself (kinds, ranking, accents and OCR spellings, dates) and its life after a
SPARQL update."""

from __future__ import annotations

import re
import time
from pathlib import Path

import httpx
import pytest
import yaml
from rdflib import RDFS, Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF

from graph import search_index
from graph.config import LGL
from graph.stores import Store, open_store
from server.routes_search import plural

from .browser import browser_page
from .conftest import BASE
from .paths import RECORDS, ROOT
from .servers import Server, run_server

ARTIFACTS = ROOT / "test-artifacts"


def _records() -> list[dict]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(RECORDS.glob("*.yaml"))]


def _works(kind: str, word: str) -> list[str]:
    """Titles of the works of a kind (strategy, plan ...) whose title holds the word, from the records."""
    return [w["title"] for r in _records() for w in r.get("works", []) or []
            if w.get("type") == kind and word.lower() in w["title"].lower()]


def _meeting_label(union: Dataset, date: str) -> str:
    for m in union.subjects(RDF.type, LGL.Meeting):
        if str(union.value(m, DCTERMS.date)) == date:
            return str(union.value(m, RDFS.label))
    raise AssertionError(f"no meeting on {date}")


@pytest.fixture(scope="module")
def index(built_graph: Path, tmp_path_factory: pytest.TempPathFactory) -> search_index.SearchIndex:
    store = open_store("memory")
    store.load(built_graph)
    path = tmp_path_factory.mktemp("search") / "index.sqlite"
    search_index.build(lambda q: store.query(q).rows, path, "test")  # type: ignore[union-attr]
    return search_index.SearchIndex(path)


def test_index_covers_every_kind(index: search_index.SearchIndex) -> None:
    meta = search_index.read_meta(index.path)
    assert {f"count:{k}" for k in search_index.KINDS} <= meta.keys()
    assert all(int(meta[f"count:{k}"]) > 0 for k in search_index.KINDS)


@pytest.mark.parametrize(("typed", "kind", "expected"), [
    ("Goransson", "person", "Denise Göransson"),        # accents left out
    ("göransson", "person", "Denise Göransson"),
    ("Hasselbom Trofast", "person", "Anna Hasselbom Trofast"),
    ("Landergren", "person", "Chris Landergren"),
    ("Barn och unga", "group", "Samordnande grupp Barn och unga"),
    ("Region Kalmar", "organisation", "Region Kalmar län"),
])
def test_names_are_found_tolerant_of_accents(index: search_index.SearchIndex, typed: str, kind: str,
                                             expected: str) -> None:
    result = index.search(typed)
    assert expected in [h.name for h in result.groups.get(kind, [])], result.groups


def test_ocr_spellings_find_the_person(index: search_index.SearchIndex, union: Dataset) -> None:
    """Every hidden label (an OCR spelling kept by the reconciliation) finds its person."""
    from rdflib.namespace import SKOS

    checked = 0
    for person, spelling in union.subject_objects(SKOS.hiddenLabel):
        if (person, RDF.type, FOAF.Person) not in union:
            continue
        hits = index.search(str(spelling)).groups.get("person", [])
        assert str(person) in [h.iri for h in hits], (spelling, person)
        checked += 1
    assert checked > 0


def test_date_finds_the_meeting_and_its_decisions(index: search_index.SearchIndex, union: Dataset) -> None:
    result = index.search("2025-12-12")
    assert [h.name for h in result.groups["meeting"]] == [_meeting_label(union, "2025-12-12")]
    decisions = {str(d) for d in union.subjects(RDF.type, LGL.Decision)
                 if str(union.value(d, DCTERMS.date)) == "2025-12-12"}
    assert result.counts["decision"] == len(decisions)


def test_works_and_passages_are_found_names_first(index: search_index.SearchIndex) -> None:
    result = index.search("Nära vård")
    found = [h.name for h in result.groups["work"]]
    for title in _works("strategy", "Nära vård"):
        assert title in found
    kinds = list(result.groups)
    assert kinds.index("work") < kinds.index("passage")
    passage = result.groups["passage"][0]
    assert "\x02" in passage.snippet and passage.anchor.startswith(BASE + "id/doc/") and "#L" in passage.anchor


def test_odd_input_never_breaks_the_query(index: search_index.SearchIndex) -> None:
    for typed in ['"', "AND OR NOT", "*", "NEAR(", "a:b", "''", "---", "ö"]:
        index.search(typed)  # no exception: every input is reduced to words
    assert index.search("   ").total == 0


def test_plurals() -> None:
    assert [plural(n, "sv") for n in (0, 1, 2)] == ["0 träffar", "1 träff", "2 träffar"]
    assert [plural(n, "en") for n in (0, 1, 2)] == ["0 results", "1 result", "2 results"]


def test_search_json(live_server: Server) -> None:
    r = httpx.get(live_server.url + "/search", params={"q": "suicid"}, headers={"Accept": "application/json"})
    data = r.json()
    assert data["total"] == sum(data["counts"].values()) > 0
    titles = [h["name"] for h in data["groups"]["work"]]
    for title in _works("strategy", "suicid"):
        assert title in titles
    bad = httpx.get(live_server.url + "/search", params={"q": "x", "kind": "nope", "format": "json"})
    assert bad.status_code == 400 and "nope" in bad.json()["error"]


def test_a_kind_pages_through_all_its_hits(live_server: Server) -> None:
    first = httpx.get(live_server.url + "/search", params={"q": "vård", "format": "json"}).json()
    n = first["counts"]["passage"]
    assert n > 50  # more than one page of passages
    seen = []
    for page_no in (1, 2):
        data = httpx.get(live_server.url + "/search", params={"q": "vård", "kind": "passage", "page": page_no,
                                                              "format": "json"}).json()
        seen += [h["iri"] for h in data["groups"]["passage"]]
    assert len(seen) == len(set(seen)) == min(n, 100)


def _search(page: object, text: str) -> None:
    page.fill("input#q", text)
    page.press("input#q", "Enter")
    page.wait_for_selector("#count")


def test_journalist_journey(live_server: Server, union: Dataset, tmp_path: Path) -> None:
    """Search the strategies and a person the way a journalist would, in Swedish, then in English."""
    ARTIFACTS.mkdir(exist_ok=True)
    shots = []
    with browser_page() as (page, watch):
        page.goto(live_server.url + "/search?lang=sv")
        assert page.locator("label[for=q]").inner_text() == "Sök"

        _search(page, "Nära vård")
        works = page.locator('section[data-kind="work"]')
        for title in _works("strategy", "Nära vård"):
            assert title in works.inner_text()
        total = httpx.get(live_server.url + "/search", params={"q": "Nära vård", "format": "json"}).json()["total"]
        assert page.inner_text("#count").startswith(plural(total, "sv") + " för Nära vård")
        shots.append("search-nara-vard.png")
        page.screenshot(path=str(tmp_path / shots[-1]), full_page=True)

        _search(page, "suicid")
        titles = _works("strategy", "suicid")
        assert titles and any("nationell strategi" in t for t in titles)
        for title in titles:
            assert title in page.locator('section[data-kind="work"]').inner_text()
        shots.append("search-suicid.png")
        page.screenshot(path=str(tmp_path / shots[-1]), full_page=True)

        _search(page, "2025-12-12")
        assert _meeting_label(union, "2025-12-12") in page.locator('section[data-kind="meeting"]').inner_text()

        _search(page, "Goransson")
        people = page.locator('section[data-kind="person"]')
        assert people.locator("h2").inner_text().startswith("Person (1)")
        shots.append("search-goransson.png")
        page.screenshot(path=str(tmp_path / shots[-1]), full_page=True)
        people.get_by_role("link", name="Denise Göransson").click()
        page.wait_for_load_state()
        assert page.url.split("?")[0].endswith("/id/person/denise-goransson")
        assert page.locator("h1").inner_text() == "Denise Göransson"

        page.goto(live_server.url + "/search?lang=sv")
        _search(page, "xqzvw")
        assert page.inner_text("#count") == "Inga träffar för xqzvw."
        assert "stavningen" in page.inner_text("p.hint")

        page.goto(live_server.url + "/search?lang=en")
        _search(page, "Goransson")
        count = page.inner_text("#count")
        total = httpx.get(live_server.url + "/search", params={"q": "Goransson", "format": "json"}).json()["total"]
        assert count.startswith(plural(total, "en") + " for Goransson: 1 person")
        assert page.locator("html").get_attribute("lang") == "en"
        passages = page.locator('section[data-kind="passage"]')
        assert passages.locator("h2").inner_text().startswith("Passages (")
        links = passages.locator("li > a").all_inner_texts()
        assert links and all(", line" in t and ", rad " not in t for t in links)
        shots.append("search-en.png")
        page.screenshot(path=str(tmp_path / shots[-1]), full_page=True)
    for shot in shots:
        (ARTIFACTS / shot).write_bytes((tmp_path / shot).read_bytes())
    assert watch.outside == [] and watch.console_errors == [] and watch.page_errors == []


def test_one_hit_says_one_hit(live_server: Server, index: search_index.SearchIndex, union: Dataset) -> None:
    """A search with exactly one hit says "1 träff" / "1 result": the first word of a meeting's or
    document's title that the index finds only once."""
    titles = [str(t) for t in union.objects(None, DCTERMS.title)]
    words = sorted({w for t in titles for w in t.split() if len(w) >= 7 and w.isalpha()})
    word = next((w for w in words if index.search(w).total == 1), None)
    assert word, "no title word gives exactly one hit"
    for lang, sentence in (("sv", "1 träff för"), ("en", "1 result for")):
        html = httpx.get(live_server.url + "/search", params={"q": word, "lang": lang}).text
        assert f'<p role="status" id="count">{sentence} <strong>{word}</strong>' in html


def test_index_and_start_page_follow_sparql_updates(built_graph: Path, tmp_path: Path) -> None:
    """A person added by SPARQL Update is found once the background re-index has run; the index
    lives beside the store and is current again at the next start. The start page's counts (kept per
    store generation) count the person at once."""
    token = "search-test-token"
    store = f"oxigraph:{tmp_path / 'store'}"
    person = URIRef(BASE + "id/person/zebulon-quist")
    update = (f'INSERT DATA {{ GRAPH <{BASE}id/doc/test> {{ <{person}> a <{FOAF.Person}> ; '
              f'<{FOAF.name}> {Literal("Zebulon Qvist-Åberg").n3()} }} }}')
    with run_server(tmp_path, built_graph, store, env={"SAMVERKAN_UPDATE_TOKEN": token}) as server:
        def hits() -> list[str]:
            data = httpx.get(server.url + "/search", params={"q": "qvist aberg", "format": "json"}).json()
            return [h["name"] for h in data["groups"].get("person", [])]

        def people() -> int:
            found = re.search(r"(\d+) personer", httpx.get(server.url + "/?lang=sv").text)
            assert found, "the start page counts no people"
            return int(found.group(1))

        assert hits() == []
        before = people()
        assert people() == before  # from the cache
        path = search_index.default_path(store)
        assert path is not None and path.exists()
        inode, entries = path.stat().st_ino, int(search_index.read_meta(path)["entries"])
        r = httpx.post(server.url + "/sparql", data={"update": update}, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 204, r.text
        assert people() == before + 1
        deadline = time.monotonic() + 30
        while hits() != ["Zebulon Qvist-Åberg"]:
            assert time.monotonic() < deadline, "the index did not follow the update"
            time.sleep(0.3)
        # INSERT DATA names its resources: they were re-indexed in place, not the whole index rebuilt
        # (a rebuild writes a new file and swaps it in)
        meta = search_index.read_meta(path)
        assert path.stat().st_ino == inode and "updated_at" in meta
        assert int(meta["entries"]) == entries + 1
        # and DELETE DATA takes the name away again
        # (the server may still be following the first update: its networks and start page)
        r = httpx.post(server.url + "/sparql", data={"update": update.replace("INSERT DATA", "DELETE DATA")},
                       headers={"Authorization": f"Bearer {token}"}, timeout=120)
        assert r.status_code == 204, r.text
        deadline = time.monotonic() + 30
        while hits():
            assert time.monotonic() < deadline, "the index did not follow the deletion"
            time.sleep(0.3)
        assert path.stat().st_ino == inode and int(search_index.read_meta(path)["entries"]) == entries
    assert search_index.read_meta(path)["source"].startswith("graph:")


def test_an_update_names_the_resources_to_re_index() -> None:
    """What an update touched, from its text: the IRIs of INSERT DATA / DELETE DATA (with or without
    GRAPH); None (the whole index rebuilt) for anything else."""
    person, doc = BASE + "id/person/x", BASE + "id/doc/y"
    assert search_index.touched_resources(
        f'INSERT DATA {{ GRAPH <{doc}> {{ <{person}> <{FOAF.name}> "X" ; <{FOAF.knows}> <{doc}> }} }} ;'
        f' DELETE DATA {{ <{person}> <{FOAF.name}> "Y" }}') == {person, doc}
    for other in (f"DROP GRAPH <{doc}>", f"DELETE WHERE {{ <{person}> ?p ?o }}", "CLEAR ALL",
                  f'INSERT DATA {{ <{person}> <{FOAF.name}> "X" }} ; DROP GRAPH <{doc}>', "not sparql", None):
        assert search_index.touched_resources(other) is None, other
    many = " ".join(f'<{person}{i}> <{FOAF.name}> "{"x" * 40}" .' for i in range(20000))
    assert len(many) > 1_000_000 and search_index.touched_resources(f"INSERT DATA {{ {many} }}") is None


def _people_and_meetings(store: Store) -> tuple[list[str], list[str]]:
    """Every person of the store and its first three meetings (by IRI): what the re-indexing tests re-index."""
    people = [str(r["p"]) for r in store.select(
        "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT DISTINCT ?p WHERE { ?p a foaf:Person } ORDER BY ?p")]
    meetings = [str(r["m"]) for r in store.select(
        "PREFIX lgl: <https://w3id.org/samverkan-kalmar/ontology#> SELECT DISTINCT ?m WHERE { ?m a lgl:Meeting } "
        "ORDER BY ?m LIMIT 3")]
    return people, meetings


def test_re_indexing_resources_in_place_answers_as_a_new_build(built_graph: Path, tmp_path: Path) -> None:
    """search_index.update on some resources of an index gives the same hits as an index built anew."""
    store = open_store("memory")
    store.load(built_graph)
    whole, part = tmp_path / "whole.sqlite", tmp_path / "part.sqlite"
    search_index.build(store.select, whole)
    search_index.build(store.select, part)
    people, meetings = _people_and_meetings(store)
    assert len(people) > 10 and meetings
    counts = search_index.update(store.select, part, people[::3] + meetings)
    assert counts.get("person", 0) >= len(people[::3]) - 1 and counts.get("meeting") == len(meetings)
    a, b = search_index.SearchIndex(whole), search_index.SearchIndex(part)

    def found(index: search_index.SearchIndex, q: str) -> dict[str, set[str]]:
        return {k: {h.iri for h in hits} for k, hits in index.search(q, per_kind=1000).groups.items()}

    for q in ("Anna", "Kalmar", "Nilsson", "ledning", "2025-12-12", "vård", "psyk"):
        assert found(a, q) == found(b, q), q
    assert search_index.read_meta(part)["entries"] == search_index.read_meta(whole)["entries"]


def test_a_store_in_memory_gets_its_index_on_the_first_search(built_graph: Path, tmp_path: Path) -> None:
    """No index file beside a store in memory: the server builds one (in a temporary directory)."""
    with run_server(tmp_path, built_graph, "memory") as server:
        data = httpx.get(server.url + "/search", params={"q": "Goransson", "format": "json"}, timeout=60).json()
        assert [h["name"] for h in data["groups"]["person"]] == ["Denise Göransson"]


def test_one_connection_serves_every_thread_and_warming_changes_no_answer(index: search_index.SearchIndex) -> None:
    """The server's threads share the index's connection and its recent results: searches from many
    threads at once answer as one thread alone does, before and after the file is read once (warm)."""
    from concurrent.futures import ThreadPoolExecutor

    fresh = search_index.SearchIndex(index.path)
    words = ["Goransson", "Kalmar", "psyk", "2025-12-12", "Nära vård", "Hasselbom"]
    alone = {w: (fresh.search(w).counts, [[h.iri for h in hs] for hs in fresh.search(w).groups.values()])
             for w in words}
    assert any(counts for counts, _ in alone.values())
    fresh = search_index.SearchIndex(index.path)
    assert fresh.warm() >= 0
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda w: (w, fresh.search(w)), words * 4))
    for w, r in results:
        assert (r.counts, [[h.iri for h in hs] for hs in r.groups.values()]) == alone[w]


@pytest.fixture(scope="module")
def index_re_indexed_in_part(built_graph: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the real graph whose every third person and three meetings were re-indexed in place
    (as after an update: numbered after every kind's range)."""
    store = open_store("memory")
    store.load(built_graph)
    path = tmp_path_factory.mktemp("search-part") / "index.sqlite"
    search_index.build(store.select, path)
    people, meetings = _people_and_meetings(store)
    search_index.update(store.select, path, people[::3] + meetings)
    return path


@pytest.mark.parametrize("typed", ["kommun", "vård", "Kalmar kommun", "a", "region"])
@pytest.mark.parametrize("which", ["built", "re-indexed in part"])
def test_a_common_search_counts_and_pages_as_a_ranked_one(index: search_index.SearchIndex, typed: str, which: str,
                                                          index_re_indexed_in_part: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A search matching more entries than are ranked whole (100,000 for "kommun" at national scale) gives
    the same counts per kind, names holding the words first, and every match of a kind exactly once when
    paged through, also with entries re-indexed after an update; here the limit is lowered so that the
    real graph's searches take that path."""
    path = index.path if which == "built" else index_re_indexed_in_part
    ranked = search_index.SearchIndex(path).search(typed)
    monkeypatch.setattr(search_index, "RANK_ALL_UP_TO", 0)
    common = search_index.SearchIndex(path)
    first = common.search(typed)
    assert first.counts == ranked.counts and first.counts, typed
    for kind, n in first.counts.items():
        assert {h.kind for h in first.groups[kind]} == {kind}
        seen: list[str] = []
        while len(seen) < n:
            page = common.search(typed, kind=kind, per_kind=7, offset=len(seen)).groups.get(kind, [])
            assert page, (kind, len(seen), n)
            seen += [h.iri + "#" + (h.anchor or "") for h in page]
        every = {h.iri + "#" + (h.anchor or "") for h in ranked.groups.get(kind, [])}
        assert len(seen) == len(set(seen)) == n, kind
        assert every <= set(seen), kind  # the ranked first page's hits are among them
        named = [h for h in common.search(typed, kind=kind, per_kind=n).groups[kind]
                 if all(any(t.startswith(w) for t in search_index._WORD.findall(search_index.fold(h.name)))
                        for w in search_index._WORD.findall(search_index.fold(typed)))]
        if named and all(len(w) >= 3 for w in search_index._WORD.findall(search_index.fold(typed))):
            head = common.search(typed, kind=kind, per_kind=len(named)).groups[kind]
            assert {h.iri for h in head} == {h.iri for h in named}, kind  # names holding the words first
