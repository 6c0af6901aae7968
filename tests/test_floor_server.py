"""The stack's floor for the benchmarks (graph/bench/floor_server.py): both forms, run as the bench runs
them on a real on-disk store over loopback, answer what the engine answers, in the protocol's shapes."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from graph.processes import free_port, stop, wait_http

from .servers import ROOT

EX = "http://example.org/"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    location = tmp_path_factory.mktemp("floor") / "store"
    store = ox.Store(str(location))
    for i in range(3):
        store.add(ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p"), ox.Literal(f"v{i}"),
                          ox.NamedNode(f"{EX}g{i % 2}")))
    store.flush()
    del store
    return location


@pytest.fixture(scope="module", params=["asgi", "fastapi"])
def floor_url(request: pytest.FixtureRequest, store_dir: Path) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "graph.bench.floor_server", request.param, str(store_dir),
                             str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        wait_http(f"{url}?query=ASK%7B%7D", proc, timeout=60)
        yield url
    finally:
        stop(proc)


def test_select_over_the_union_of_graphs_as_json(floor_url: str) -> None:
    r = httpx.post(floor_url, data={"query": f"SELECT ?o WHERE {{ ?s <{EX}p> ?o }} ORDER BY ?o"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/sparql-results+json"
    assert [b["o"]["value"] for b in json.loads(r.content)["results"]["bindings"]] == ["v0", "v1", "v2"]


def test_ask_by_get_and_construct_as_ntriples(floor_url: str) -> None:
    r = httpx.get(floor_url, params={"query": f"ASK {{ <{EX}s1> ?p 'v1' }}"})
    assert r.status_code == 200 and json.loads(r.content)["boolean"] is True
    r = httpx.post(floor_url, data={"query": f"CONSTRUCT {{ ?s <{EX}q> ?o }} WHERE {{ ?s <{EX}p> ?o }}"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/n-triples"
    assert len(r.text.strip().splitlines()) == 3 and f"<{EX}q>" in r.text


def test_a_bad_query_is_a_400_and_the_server_goes_on(floor_url: str) -> None:
    r = httpx.post(floor_url, data={"query": "SELEC nothing"})
    assert r.status_code == 400 and r.text
    assert httpx.post(floor_url, data={}).status_code == 400
    assert httpx.get(floor_url, params={"query": "ASK {}"}).status_code == 200
