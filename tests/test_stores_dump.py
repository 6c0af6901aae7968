"""Store.dump and dump_to_file (graph/stores/): the whole dataset written by the engine's own serialiser,
read back to exactly the store's quads in every syntax, gzip-compressed or not, on disk and in memory;
stores that cannot dump (an older store's merged default graph, rdflib) say so and write nothing."""

from __future__ import annotations

import gzip
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.stores import open_store
from graph.stores.base import dump_to_file
from graph.stores.oxigraph_store import OxigraphStore

SYNTAX = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}


@pytest.fixture(scope="module")
def expected(built_graph: Path) -> set[ox.Quad]:
    store = ox.Store()
    store.bulk_load(path=str(built_graph), format=ox.RdfFormat.N_QUADS)
    return set(store)


@pytest.fixture(scope="module", params=["memory", "disk"])
def store(request: pytest.FixtureRequest, built_graph: Path, tmp_path_factory: pytest.TempPathFactory):
    path = None if request.param == "memory" else tmp_path_factory.mktemp("dump") / "store"
    s = OxigraphStore(path)
    s.load(built_graph)
    yield s
    s.close()


@pytest.mark.parametrize("compress", [False, True])
@pytest.mark.parametrize("syntax", list(SYNTAX))
def test_the_dump_reads_back_to_the_stores_quads(store: OxigraphStore, expected: set, tmp_path: Path,
                                                 syntax: str, compress: bool) -> None:
    out = tmp_path / "out"
    out.touch()
    assert dump_to_file(store, str(out), syntax, {"lgl": "https://w3id.org/samverkan-kalmar/id/"}, compress)
    body = out.read_bytes()
    if compress:
        assert body[:2] == b"\x1f\x8b"
        body = gzip.decompress(body)
    assert set(ox.parse(body, format=SYNTAX[syntax])) == expected
    if syntax == "trig":
        assert b"@prefix lgl: <https://w3id.org/samverkan-kalmar/id/>" in body


def test_a_default_graph_triple_stops_the_dump(tmp_path: Path) -> None:
    """The download leaves the store's own default graph out: a store with anything there (an older
    version's merged copy) is not dumped by the engine, and nothing is written, compressed or not."""
    s = OxigraphStore(None)
    s.store.add(ox.Quad(ox.NamedNode("urn:x:a"), ox.NamedNode("urn:x:b"), ox.Literal("c"), ox.NamedNode("urn:x:g")))
    out = tmp_path / "out"
    out.touch()
    assert dump_to_file(s, str(out), "nquads")
    assert out.read_bytes() == b'<urn:x:a> <urn:x:b> "c" <urn:x:g> .\n'
    s.store.add(ox.Quad(ox.NamedNode("urn:x:a"), ox.NamedNode("urn:x:b"), ox.Literal("d"), ox.DefaultGraph()))
    for compress in (False, True):
        out.write_bytes(b"")
        assert not dump_to_file(s, str(out), "nquads", compress=compress)
        assert out.read_bytes() == b""


def test_rdflib_cannot_dump(built_graph: Path, tmp_path: Path) -> None:
    with open_store("rdflib") as s:
        s.load(built_graph)
        out = tmp_path / "out"
        out.touch()
        assert not dump_to_file(s, str(out), "nquads", compress=True)
        assert out.read_bytes() == b""
