"""Downloads (server/routes_download.py): the whole dataset and each document's graph parse back to the
store's quads in every format (the whole dataset written by the engine's own serialiser, each document
read in many small pages); dated file names; ETag / Last-Modified answer
304 and change with an update; HEAD; the description's paths made absolute from the public URL."""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef

from graph.describe import DATASET_DOWNLOADS, DOCUMENT_DOWNLOADS, FILE_STEM, VOID

from .servers import Server, run_server

TOKEN = "download-test-token"
PUBLIC = "https://data.example.org/lgl/"
PAGE = 700  # far fewer than a document's triples: every graph is read in several pages
SYNTAX = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS, "ttl": ox.RdfFormat.TURTLE}


@pytest.fixture(scope="module")
def tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def server(built_graph: Path, tmp: Path) -> Iterator[Server]:
    with run_server(tmp, built_graph, f"oxigraph:{tmp / 'store'}", "--public-url", PUBLIC,
                    env={"SAMVERKAN_UPDATE_TOKEN": TOKEN, "SAMVERKAN_DOWNLOAD_PAGE": str(PAGE)}) as s:
        yield s


@pytest.fixture(scope="module")
def store_quads(built_graph: Path) -> set[ox.Quad]:
    """What the server's store holds: the built file loaded into Oxigraph (which normalises literals)."""
    store = ox.Store()
    store.bulk_load(path=str(built_graph), format=ox.RdfFormat.N_QUADS)
    return set(store)


def _parse(body: bytes, suffix: str, graph: str | None = None) -> set[ox.Quad]:
    if suffix.endswith(".gz"):
        body, suffix = gzip.decompress(body), suffix[:-3]
    if suffix == "ttl":
        return {ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(graph))
                for t in ox.parse(body, format=SYNTAX[suffix])}
    return set(ox.parse(body, format=SYNTAX[suffix]))


def _build_date(server: Server) -> str:
    g = Graph().parse(data=httpx.get(server.url + "/.well-known/void").text, format="turtle")
    return str(next(g.objects(None, URIRef("http://purl.org/dc/terms/modified"))))


@pytest.mark.parametrize("suffix", list(DATASET_DOWNLOADS))
def test_the_whole_dataset_parses_back_to_the_store(server: Server, store_quads: set, suffix: str) -> None:
    r = httpx.get(f"{server.url}/download/{FILE_STEM}.{suffix}", timeout=120)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/gzip" if suffix.endswith(".gz")
                                                else DATASET_DOWNLOADS[suffix])
    assert r.headers["content-disposition"] == \
        f'attachment; filename="{FILE_STEM}-{_build_date(server)}.{suffix}"'
    assert _parse(r.content, suffix) == store_quads


def test_the_whole_dataset_is_the_engines_own_dump(server: Server, tmp: Path) -> None:
    """From the embedded store the whole dataset is written by the engine (Store.dump in a worker, gzip
    there too), not read in pages of SPARQL: its bytes are the store's own N-Quads dump."""
    dumped = ox.Store.read_only(str(tmp / "store")).dump(format=ox.RdfFormat.N_QUADS)
    assert httpx.get(f"{server.url}/download/{FILE_STEM}.nq", timeout=120).content == dumped
    assert gzip.decompress(httpx.get(f"{server.url}/download/{FILE_STEM}.nq.gz", timeout=120).content) == dumped


def test_each_document_graph_parses_back_to_the_store(server: Server, store_quads: set) -> None:
    docs = sorted({q.graph_name.value for q in store_quads if "/id/doc/" in q.graph_name.value})
    assert len(docs) >= 5
    for doc in docs:
        doc_id = doc.rsplit("/", 1)[-1]
        expected = {q for q in store_quads if q.graph_name.value == doc}
        for suffix in DOCUMENT_DOWNLOADS:
            r = httpx.get(f"{server.url}/download/doc/{doc_id}.{suffix}", timeout=60)
            assert r.status_code == 200, (doc_id, suffix)
            assert re.search(rf'filename="{FILE_STEM}-{re.escape(doc_id)}-\d{{4}}-\d\d-\d\d\.{suffix}"',
                             r.headers["content-disposition"])
            assert _parse(r.content, suffix, doc) == expected, (doc_id, suffix)
    assert httpx.get(f"{server.url}/download/doc/no-such-document.ttl").status_code == 404
    assert httpx.get(f"{server.url}/download/{FILE_STEM}.xml").status_code == 404


def test_document_pages_link_their_downloads(server: Server) -> None:
    html = httpx.get(server.url + "/id/doc/2025-12-12-lansgemensam-ledning", headers={"Accept": "text/html"}).text
    for suffix in DOCUMENT_DOWNLOADS:
        assert f'href="/download/doc/2025-12-12-lansgemensam-ledning.{suffix}"' in html


def test_validators_answer_304_head_works_and_an_update_changes_them(server: Server) -> None:
    url = f"{server.url}/download/{FILE_STEM}.nq.gz"
    first = httpx.get(url, timeout=60)  # a dump on a busy machine may take longer than httpx's 5 s
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert re.fullmatch(r'"[0-9a-f]{32}"', etag)  # strong
    head = httpx.head(url)
    assert head.status_code == 200 and head.content == b"" and head.headers["etag"] == etag
    assert head.headers["content-disposition"] == first.headers["content-disposition"]
    again = httpx.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    assert httpx.get(url, headers={"If-Modified-Since": modified}).status_code == 304
    assert httpx.get(url, headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"}).status_code == 200
    assert httpx.get(url, headers={"If-None-Match": '"other"', "If-Modified-Since": modified}).status_code == 200
    assert httpx.head(f"{server.url}/download/{FILE_STEM}.trig").headers["etag"] != etag  # another file
    r = httpx.post(server.url + "/sparql", data={"update": "INSERT DATA { GRAPH <urn:x:extra> { <urn:x:a> "
                                                           "<urn:x:b> 'c' } }"},
                   headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code in (200, 204), r.text
    after = httpx.get(url, headers={"If-None-Match": etag}, timeout=60)
    assert after.status_code == 200 and after.headers["etag"] != etag
    quads = _parse(after.content, "nq.gz")
    assert ox.Quad(ox.NamedNode("urn:x:a"), ox.NamedNode("urn:x:b"), ox.Literal("c"),
                   ox.NamedNode("urn:x:extra")) in quads


def test_void_paths_are_absolute_from_the_public_url(server: Server) -> None:
    g = Graph().parse(data=httpx.get(server.url + "/.well-known/void").text, format="turtle")
    endpoints = list(g.objects(None, VOID.sparqlEndpoint))
    assert endpoints == [URIRef(PUBLIC + "sparql")]
    dumps = [str(d) for d in g.objects(None, VOID.dataDump)]
    assert dumps and all(d.startswith(PUBLIC + "download/") for d in dumps)
    sd = httpx.get(server.url + "/sparql", headers={"Accept": "text/turtle"}).text
    assert f"<{PUBLIC}.well-known/void>" in sd
