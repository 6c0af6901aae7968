"""The same query/update contract for every store backend, the remote one against a real
`oxigraph serve` (from the PyPI package oxigraph) on loopback."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from graph.processes import free_port, oxigraph_binary, stop, wait_http
from graph.stores import QuerySyntaxError, Store, open_store
from graph.stores.base import Graphs

from .servers import ROOT, run_server

PERSONS = "SELECT ?p WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> }"
DOC = "http://localhost:8000/id/doc/2026-03-12-lansgemensam-ledning"


@pytest.fixture(scope="module")
def remote_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Oxigraph SPARQL server on a free loopback port, persistent in a temp folder."""
    binary = oxigraph_binary()
    if binary is None:
        pytest.fail("the oxigraph server (PyPI package 'oxigraph') is not installed")
    tmp = tmp_path_factory.mktemp("oxigraph-server")
    port = free_port()
    log = tmp / "oxigraph.log"
    with log.open("w") as fh:
        proc = subprocess.Popen([binary, "serve", "--location", str(tmp / "db"), "--bind", f"127.0.0.1:{port}"],
                                stdout=fh, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(url + "/query?query=ASK%7B%7D", proc, timeout=10, ok=201, log=log)
        yield url + "/query"
    finally:
        stop(proc)


@pytest.fixture(params=["oxigraph-disk", "oxigraph-memory", "rdflib", "remote"])
def store(request: pytest.FixtureRequest, tmp_path: Path, built_graph: Path) -> Iterator[Store]:
    spec = {"oxigraph-disk": f"oxigraph:{tmp_path / 'store'}", "oxigraph-memory": "memory", "rdflib": "rdflib",
            "remote": None}[request.param]
    if spec is None:
        spec = request.getfixturevalue("remote_endpoint")
    s = open_store(spec)
    s.load(built_graph, replace=True)
    yield s
    s.close()


def test_select_sees_each_triple_once(store: Store) -> None:
    assert len(store.select(PERSONS)) == 136


def test_ask_and_construct(store: Store) -> None:
    assert store.ask("ASK { <http://localhost:8000/id/person/petra-hornstra> ?p ?o }")
    g = store.construct("CONSTRUCT { ?p <urn:name> ?n } WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }")
    assert len(g) == 136


def test_protocol_dataset(store: Store) -> None:
    result = store.query(PERSONS, Graphs(default=[DOC]))
    people = list(result.rows)
    assert 20 < len(people) < 136
    named = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", Graphs(default=[DOC], named=[DOC]))
    assert [r["g"][1] for r in named.rows] == [DOC]


def test_syntax_error(store: Store) -> None:
    with pytest.raises(QuerySyntaxError):
        store.query("SELECT ?x WHERE { ?x ")
    with pytest.raises(QuerySyntaxError):
        store.update("INSERT DATA { <urn:a> ")


def test_update_insert_and_delete(store: Store) -> None:
    store.update('INSERT DATA { GRAPH <urn:test> { <urn:s> <urn:p> "v" } }')
    assert store.ask('ASK { GRAPH <urn:test> { <urn:s> <urn:p> "v" } }')
    assert store.ask('ASK { <urn:s> <urn:p> "v" }')  # the default graph includes it
    store.update('DELETE DATA { GRAPH <urn:test> { <urn:s> <urn:p> "v" } }')
    assert not store.ask('ASK { GRAPH <urn:test> { <urn:s> <urn:p> "v" } }')


def test_quad_count(store: Store) -> None:
    assert store.quad_count() > 10000


def test_build_loads_a_remote_store_and_our_server_serves_it(remote_endpoint: str, tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "graph.cli", "build", "--store", remote_endpoint],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "loaded into" in result.stdout
    with run_server(tmp_path, None, remote_endpoint) as server:
        r = httpx.get(server.url + "/sparql", params={"query": PERSONS}, headers={"Accept": "application/json"})
        assert len(r.json()["results"]["bindings"]) == 136
        page = httpx.get(server.url + "/id/person/petra-hornstra", headers={"Accept": "text/html"})
        assert page.status_code == 200 and "Petra Hornstra" in page.text
