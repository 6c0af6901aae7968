"""Stable IRIs on a real base: the dataset records the base it was built with, the server serves it
under /id/ on whatever host and port, reads the base from the store, refuses a different --base in one
line, links locally and never writes the request's Host (or localhost:8000) into pages, links or data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, VOID

from graph import config
from graph.dataset_base import BaseMismatch, settle_base, stored_base
from graph.iris import DEFAULT_BASE, Iris
from graph.stores import open_store

from .browser import browser_page
from .conftest import OTHER_BASE
from .paths import ROOT
from .servers import Server, run_server

OTHER = Iris(OTHER_BASE)
SPOOF = "evil.example"


def test_the_build_records_its_base(dataset: object) -> None:
    """The default build states <base>id/dataset a void:Dataset ; void:uriSpace "<base>id/" in its own graph."""
    iris = Iris(DEFAULT_BASE)
    g = dataset.graph(iris.dataset_graph())  # type: ignore[attr-defined]
    assert set(g) == {(iris.dataset(), RDF.type, VOID.Dataset), (iris.dataset(), VOID.uriSpace, Literal(iris.id))}


def test_stored_base_reads_it_back_and_settle_base_decides(built_graph: Path, tmp_path: Path) -> None:
    store = open_store("memory")
    store.load(built_graph)
    assert stored_base(store) == DEFAULT_BASE
    assert settle_base(DEFAULT_BASE, None, "https://ignored.example/") == (DEFAULT_BASE, None)
    assert settle_base(DEFAULT_BASE, DEFAULT_BASE, DEFAULT_BASE) == (DEFAULT_BASE, None)
    with pytest.raises(BaseMismatch, match="https://other.example/.*" + DEFAULT_BASE):
        settle_base(DEFAULT_BASE, "https://other.example/", DEFAULT_BASE)
    # a store built before datasets recorded their base: the configured base, with a warning
    old = tmp_path / "old.nq"
    dataset_graph = str(Iris(DEFAULT_BASE).dataset_graph())
    old.write_text("".join(line for line in built_graph.read_text(encoding="utf-8").splitlines(keepends=True)
                           if f"<{dataset_graph}> ." not in line), encoding="utf-8")
    old_store = open_store("memory")
    old_store.load(old)
    assert stored_base(old_store) is None
    base, warning = settle_base(None, None, DEFAULT_BASE)
    assert base == DEFAULT_BASE and warning and "records no base" in warning
    base, warning = settle_base(None, None, DEFAULT_BASE, empty=True)  # nothing built into it yet
    assert base == DEFAULT_BASE and warning and "holds no data yet" in warning and "records no base" not in warning


def test_the_base_comes_from_the_project_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--base, else $SAMVERKAN_BASE, else samverkan.toml's [project] base, else DEFAULT_BASE."""
    from graph import project

    (tmp_path / "samverkan.toml").write_text('[project]\nname = "t"\nbase = "https://toml.example/x"\n')
    monkeypatch.delenv("SAMVERKAN_BASE", raising=False)
    with project.using(tmp_path):
        assert config.base_iri() == "https://toml.example/x/"
        monkeypatch.setenv("SAMVERKAN_BASE", "https://env.example/")
        assert config.base_iri() == "https://env.example/"
        assert config.base_iri("https://arg.example/") == "https://arg.example/"
    monkeypatch.delenv("SAMVERKAN_BASE")
    with project.using(ROOT):
        assert config.configured_base() is None and config.base_iri() == DEFAULT_BASE


def _serve(store: str, *extra: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graph.cli", "serve", "--store", store, "--port", "9", *extra],
                          cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "SAMVERKAN_BASE": "", **(env or {})})


def test_a_different_base_is_refused_in_one_line(other_base_server: Server) -> None:
    """The store's data was built under OTHER_BASE: serve --base (or $SAMVERKAN_BASE) with another base
    stops before serving, exit 2, one line naming both bases and how to rebuild (read-only open of the
    running server's store)."""
    store = next(a for a in other_base_server.process.args if str(a).startswith("oxigraph:"))
    for extra, env in ((("--base", "https://other.example/"), None), ((), {"SAMVERKAN_BASE": "https://other.example/"})):
        done = _serve(store, *extra, env=env)
        assert done.returncode == 2, done.stdout + done.stderr
        errors = [line for line in done.stderr.splitlines() if line.strip()]
        assert len(errors) == 1, done.stderr
        assert "https://other.example/" in errors[0] and OTHER_BASE in errors[0]
        assert "samverkan build --base https://other.example/" in errors[0]
        assert "serving on" not in done.stdout


def test_pages_show_the_canonical_iri_and_link_locally(other_base_server: Server) -> None:
    r = httpx.get(other_base_server.url + "/id/person/petra-hornstra", headers={"Accept": "text/html"})
    assert r.status_code == 200
    assert f"<code>{OTHER.person('petra-hornstra')}</code>" in r.text  # the identifier, on any host
    assert "localhost:8000" not in r.text and DEFAULT_BASE + "id/" not in r.text
    assert f'href="{OTHER_BASE}' not in r.text  # data IRIs are linked as /id/ paths
    assert 'href="/id/org/' in r.text


def _links(page: object) -> list[str]:
    return page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")  # type: ignore


def test_browser_walks_the_pages_and_every_link_resolves(other_base_server: Server) -> None:
    """The start page and a person, a group, a meeting and a document page in chromium: no link names
    localhost:8000, the server's own host or the base's host; every /id/ link it holds answers 200."""
    url = other_base_server.url
    host = urlsplit(url).netloc
    start = ["/", "/id/person/chris-landergren", "/id/org/samordnande-grupp-barn-och-unga",
             "/id/meeting/2025-12-12-lansgemensam-ledning", "/id/doc/2025-12-12-lansgemensam-ledning"]
    linked: set[str] = set()
    with browser_page() as (page, watch):
        for path in start:
            response = page.goto(url + path)
            assert response is not None and response.status == 200, path
            hrefs = _links(page)
            assert hrefs, path
            hosts = (host, urlsplit(OTHER_BASE).netloc)
            bad = [h for h in hrefs if "localhost:8000" in h or urlsplit(h).netloc in hosts]
            assert bad == [], (path, bad)
            linked |= {urljoin(path, h).split("#")[0] for h in hrefs if urljoin(path, h).startswith("/id/")}
        assert watch.outside == []
    assert len(linked) > 50
    with httpx.Client(base_url=url, headers={"Accept": "text/html"}, timeout=30) as client:
        missing = [h for h in sorted(linked) if client.get(h).status_code != 200]
    assert missing == []


def test_the_host_header_appears_nowhere(other_base_server: Server) -> None:
    """A spoofed Host reaches no page, link, redirect, document, context or service description."""
    headers = {"Host": SPOOF}
    with httpx.Client(base_url=other_base_server.url, headers=headers, timeout=30) as client:
        answers = [client.get("/", headers={"Accept": "text/html"}),
                   client.get("/id/person/petra-hornstra", headers={"Accept": "text/html"}),
                   client.get("/id/person/petra-hornstra", headers={"Accept": "text/turtle"}),
                   client.get("/id/person/petra-hornstra.jsonld"),
                   client.get("/id/person/petra-hornstra.ttl"),
                   client.get("/context.jsonld"),
                   client.get("/sparql", headers={"Accept": "text/turtle"})]
    for r in answers:
        assert r.status_code in (200, 303), r.request.url
        assert SPOOF not in r.text and SPOOF not in json.dumps(dict(r.headers)), r.request.url
    redirect = answers[2]
    assert redirect.status_code == 303 and redirect.headers["location"] == "/id/person/petra-hornstra.ttl"
    sd = Graph().parse(data=answers[-1].text, format="turtle")
    endpoints = {str(o) for o in sd.objects(None, URIRef("http://www.w3.org/ns/sparql-service-description#endpoint"))}
    assert endpoints == {OTHER_BASE + "sparql"}  # from the store's base, never the request's Host


def _endpoint(server: Server) -> set[str]:
    r = httpx.get(server.url + "/sparql", headers={"Accept": "text/turtle"}, timeout=30)
    sd = Graph().parse(data=r.text, format="turtle")
    return {str(o) for o in sd.objects(None, URIRef("http://www.w3.org/ns/sparql-service-description#endpoint"))}


def test_after_an_update_the_server_follows_the_base_the_store_records(built_graph: Path, tmp_path: Path) -> None:
    """An update that replaces the dataset's record of its base (a load of another build) moves the
    server to that base at the next request."""
    default, other = Iris(DEFAULT_BASE), OTHER
    change = (f"DROP GRAPH <{default.dataset_graph()}> ; INSERT DATA {{ GRAPH <{other.dataset_graph()}> {{ "
              f"<{other.dataset()}> a <{VOID.Dataset}> ; <{VOID.uriSpace}> \"{other.id}\" }} }}")
    with run_server(tmp_path, built_graph, "memory", env={"SAMVERKAN_UPDATE_TOKEN": "t", "SAMVERKAN_BASE": ""}) as s:
        assert _endpoint(s) == {DEFAULT_BASE + "sparql"}
        r = httpx.post(s.url + "/sparql", data={"update": change}, headers={"Authorization": "Bearer t"}, timeout=60)
        assert r.status_code in (200, 204), r.text
        assert _endpoint(s) == {OTHER_BASE + "sparql"}
        assert "records the base " + OTHER_BASE in s.logs()


def test_the_example_queries_name_the_served_base(other_base_server: Server) -> None:
    """The examples are written under DEFAULT_BASE; the query page offers them under the store's base,
    where they find the data."""
    examples = httpx.get(other_base_server.url + "/query/examples").json()
    naming = [e for e in examples if OTHER.id in e["query"]]
    assert naming and not any(Iris(DEFAULT_BASE).id in e["query"] for e in examples)
    for e in naming:
        r = httpx.post(other_base_server.url + "/sparql", data={"query": e["query"]},
                       headers={"Accept": "application/sparql-results+json"}, timeout=60)
        assert r.status_code == 200 and r.json()["results"]["bindings"], e["id"]
    page = httpx.get(other_base_server.url + "/query").text
    assert f'"local": ["{OTHER.id}", "{OTHER_BASE}rdf-graph-store"]' in page


def test_an_empty_store_is_served_with_a_note_of_how_to_fill_it(tmp_path: Path) -> None:
    """`samverkan serve` before any build: the store is created empty, the log says it holds no data yet
    and how to put the graph in (not that it was built before datasets recorded their base), and the start
    page tells the reader the same in both languages instead of showing a graph of zeros as if it were one."""
    with run_server(tmp_path, None, f"oxigraph:{tmp_path / 'store'}") as server:
        home_sv = httpx.get(server.url + "/", headers={"Accept": "text/html"}, timeout=60)
        home_en = httpx.get(server.url + "/?lang=en", headers={"Accept": "text/html"}, timeout=60)
        logs = server.logs()
    assert "created empty" in logs and "holds no data yet" in logs and "samverkan build --store" in logs, logs
    assert "records no base" not in logs, logs
    assert home_sv.status_code == 200 and "Grafen är tom" in home_sv.text and "samverkan build" in home_sv.text
    assert home_en.status_code == 200 and "The graph is empty" in home_en.text
    assert "scripts/main.sh" in home_en.text


def test_a_built_store_has_no_empty_note(tmp_path: Path, built_graph: Path) -> None:
    with run_server(tmp_path, built_graph, f"oxigraph:{tmp_path / 'store'}") as server:
        home = httpx.get(server.url + "/?lang=en", headers={"Accept": "text/html"}, timeout=60)
        logs = server.logs()
    assert home.status_code == 200 and "The graph is empty" not in home.text and " people" in home.text
    assert "holds no data yet" not in logs and "records no base" not in logs, logs
