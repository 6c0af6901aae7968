"""The byte cap on /sparql answers: a query whose answer would be about 2.5 GB is cut at the cap while
the engine produces it, says so in X-SPARQL-MaxBytes, stays a whole document, and the server's
memory (main process and query workers) stays bounded."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import Graph

from .servers import Server, run_server

CAP = 20_000_000  # set by --max-bytes (the default is 50 MB)


def doubling_query(rows_side: int = 100, doublings: int = 14, construct: bool = False) -> str:
    """rows_side² rows, each holding a string of 16 × 2^doublings characters (100² × 256 kB ≈ 2.6 GB)."""
    values = " ".join(str(i) for i in range(rows_side))
    binds = ['BIND("0123456789abcdef" AS ?s0)']
    binds += [f"BIND(CONCAT(?s{i}, ?s{i}) AS ?s{i + 1})" for i in range(doublings)]
    where = f"VALUES ?i {{ {values} }} VALUES ?j {{ {values} }} {' '.join(binds)}"
    if construct:
        return (f"CONSTRUCT {{ ?x <urn:big> ?s{doublings} }} WHERE {{ {where} "
                f"BIND(IRI(CONCAT('urn:row:', STR(?i), ':', STR(?j))) AS ?x) }}")
    return f"SELECT ?i ?j (?s{doublings} AS ?big) WHERE {{ {where} }}"


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        for task in Path(f"/proc/{p}/task").glob("*"):
            children = (task / "children").read_text().split() if (task / "children").exists() else []
            todo.extend(int(c) for c in children)
    return pids


def _kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


@pytest.fixture(scope="module")
def capped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("bytes")
    with run_server(tmp, None, "memory", "--max-rows", "100000", "--timeout", "60", "--max-bytes", str(CAP),
                    env={"SAMVERKAN_UPDATE_TOKEN": ""}) as server:
        yield server


def test_a_2_gb_answer_stops_at_the_cap_with_bounded_memory(capped: Server) -> None:
    pids = _tree(capped.process.pid)
    before = sum(_kb(p, "VmRSS") for p in pids) * 1024
    size = 0
    with httpx.stream("POST", capped.url + "/sparql", data={"query": doubling_query()}, timeout=120,
                      headers={"Accept": "application/sparql-results+json"}) as r:
        assert r.status_code == 200
        body = bytearray()
        for chunk in r.iter_bytes():
            size += len(chunk)
            body += chunk
        headers = r.headers
    peak = sum(_kb(p, "VmHWM") for p in _tree(capped.process.pid)) * 1024
    assert size <= CAP
    assert headers["X-SPARQL-MaxBytes"] == str(CAP) and headers["X-Samverkan-Truncated"] == "true"
    rows = json.loads(bytes(body))["results"]["bindings"]
    assert 0 < len(rows) < 100 * 100
    assert all(len(row["big"]["value"]) == 16 * 2**14 for row in rows)
    print(f"\n{len(rows)} rows, {size / 1e6:.1f} MB; server memory {before / 1e6:.0f} MB before, "
          f"peak {peak / 1e6:.0f} MB (main process and workers)")
    assert peak - before < CAP + 300 * 1024 * 1024


@pytest.mark.parametrize("accept", ["text/csv", "text/tab-separated-values", "application/sparql-results+xml"])
def test_every_result_format_is_capped(capped: Server, accept: str) -> None:
    r = httpx.post(capped.url + "/sparql", data={"query": doubling_query(rows_side=40)}, timeout=120,
                   headers={"Accept": accept})
    assert r.status_code == 200 and len(r.content) <= CAP and r.headers["X-SPARQL-MaxBytes"] == str(CAP)


def test_a_graph_answer_is_capped_and_parses(capped: Server) -> None:
    r = httpx.post(capped.url + "/sparql", data={"query": doubling_query(rows_side=40, construct=True)},
                   timeout=120, headers={"Accept": "application/n-triples"})
    assert r.status_code == 200 and len(r.content) <= CAP and r.headers["X-SPARQL-MaxBytes"] == str(CAP)
    lines = r.content.decode("utf-8").splitlines()  # whole N-Triples statements (rdflib takes a minute here)
    assert lines and all(line.startswith("<urn:row:") and line.endswith('" .') for line in lines)
    small = httpx.post(capped.url + "/sparql", data={"query": doubling_query(rows_side=2, doublings=2, construct=True)},
                       headers={"Accept": "text/turtle"})
    assert len(Graph().parse(data=small.content, format="turtle")) == 4


def test_a_small_answer_is_whole_without_the_header(capped: Server) -> None:
    r = httpx.post(capped.url + "/sparql", data={"query": doubling_query(rows_side=3, doublings=4)},
                   headers={"Accept": "application/sparql-results+json"})
    assert len(r.json()["results"]["bindings"]) == 9 and "X-SPARQL-MaxBytes" not in r.headers
