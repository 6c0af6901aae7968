"""Content negotiation for every /id/ resource (README "Content negotiation"): each RDF syntax, by
suffix (200) and by Accept on the IRI itself (303 to the document), parses back to the resource's
triples in the store; HTML by Accept is the page (200); Link headers name every document; the
JSON-LD is compacted with /context.jsonld and expands back to the same triples."""

from __future__ import annotations

import json

import httpx
import pytest
from rdflib import Graph
from rdflib.compare import to_isomorphic

from graph.iris import Iris
from graph.jsonld import compact, context

from .conftest import OTHER_BASE
from .servers import Server

OTHER = Iris(OTHER_BASE)
# the media type and rdflib parser of each suffix
FORMATS = {"ttl": ("text/turtle", "turtle"), "nt": ("application/n-triples", "nt"),
           "rdf": ("application/rdf+xml", "xml"), "jsonld": ("application/ld+json", "json-ld")}
RESOURCES = ["person/chris-landergren", "meeting/2025-12-12-lansgemensam-ledning",
             "doc/2025-12-12-lansgemensam-ledning/lines/110-114", "org/samordnande-grupp-barn-och-unga"]


def _store_triples(server: Server, this: str) -> Graph:
    """The resource's triples as the store holds them (outgoing and incoming), through /sparql."""
    q = f"CONSTRUCT {{ <{this}> ?p ?o . ?s ?q <{this}> }} WHERE {{ {{ <{this}> ?p ?o }} UNION {{ ?s ?q <{this}> }} }}"
    r = httpx.post(server.url + "/sparql", data={"query": q}, headers={"Accept": "application/n-triples"}, timeout=30)
    assert r.status_code == 200
    return Graph().parse(data=r.text, format="nt")


def _parse(server: Server, r: httpx.Response, parser: str) -> Graph:
    if parser == "json-ld":  # the published context, inlined: nothing fetched while parsing
        doc = {**r.json(), "@context": httpx.get(server.url + "/context.jsonld").json()["@context"]}
        return Graph().parse(data=json.dumps(doc), format="json-ld")
    return Graph().parse(data=r.content, format=parser)


@pytest.mark.parametrize("path", RESOURCES)
@pytest.mark.parametrize("suffix", sorted(FORMATS))
def test_each_format_round_trips(other_base_server: Server, path: str, suffix: str) -> None:
    media, parser = FORMATS[suffix]
    expected = _store_triples(other_base_server, OTHER.under(path))
    assert len(expected) > 0
    by_suffix = httpx.get(f"{other_base_server.url}/id/{path}.{suffix}", timeout=30)
    assert by_suffix.status_code == 200 and by_suffix.headers["content-type"].startswith(media)
    assert to_isomorphic(_parse(other_base_server, by_suffix, parser)) == to_isomorphic(expected)
    # by Accept on the IRI itself: 303 to the same document, which answers the same
    see = httpx.get(f"{other_base_server.url}/id/{path}", headers={"Accept": media}, timeout=30)
    assert see.status_code == 303 and see.headers["location"] == f"/id/{path}.{suffix}"
    assert see.headers["vary"] == "Accept"
    followed = httpx.get(f"{other_base_server.url}/id/{path}", headers={"Accept": media}, follow_redirects=True)
    assert followed.content == by_suffix.content


def test_html_by_accept_and_suffix_and_the_link_header(other_base_server: Server) -> None:
    url = f"{other_base_server.url}/id/person/chris-landergren"
    page = httpx.get(url, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert page.headers["content-location"] == "/id/person/chris-landergren.html"
    as_html = httpx.get(url + ".html", headers={"Accept": "text/turtle"})  # the suffix wins over Accept
    assert as_html.status_code == 200 and as_html.headers["content-type"].startswith("text/html")
    assert as_html.text.split("</title>")[0] == page.text.split("</title>")[0]
    for r in (page, httpx.get(url + ".ttl"), httpx.get(url)):
        link = r.headers["link"]
        for suffix, (media, _) in [*FORMATS.items(), ("html", ("text/html", ""))]:
            assert f'</id/person/chris-landergren.{suffix}>; rel="alternate"; type="{media}"' in link
        assert r.headers["vary"] == "Accept"
    # the page links each document by suffix; ?lang and ?at keep working on HTML
    for suffix, (media, _) in FORMATS.items():
        assert f'href="/id/person/chris-landergren.{suffix}"' in page.text
        assert f'<link rel="alternate" type="{media}" href="/id/person/chris-landergren.{suffix}">' in page.text
    english = httpx.get(url + ".html", params={"lang": "en", "at": "2025-12-11"})
    assert english.status_code == 200 and '<html lang="en"' in english.text


def test_no_such_resource_and_nothing_acceptable(other_base_server: Server) -> None:
    url = f"{other_base_server.url}/id/person/nobody-at-all"
    assert httpx.get(url, headers={"Accept": "text/turtle"}).status_code == 404  # not a 303 to nothing
    assert httpx.get(url + ".ttl").status_code == 404
    r = httpx.get(f"{other_base_server.url}/id/person/chris-landergren", headers={"Accept": "image/png"})
    assert r.status_code == 406 and "Turtle" in r.text
    # ?format= answers the document itself, as the suffix does
    f = httpx.get(f"{other_base_server.url}/id/person/chris-landergren", params={"format": "ntriples"})
    assert f.status_code == 200 and f.headers["content-type"].startswith("application/n-triples")


def test_jsonld_reads_as_plain_json(other_base_server: Server) -> None:
    """Short names a web developer can use: id, type, name, and IRIs as plain strings."""
    doc = httpx.get(f"{other_base_server.url}/id/person/chris-landergren.jsonld").json()
    assert doc["@context"] == "/context.jsonld"
    me = doc["graph"][0]
    assert me["id"] == str(OTHER.person("chris-landergren")) and me["type"] == "Person"
    assert me["name"] == "Chris Landergren"
    assert all(isinstance(s, str) and s.startswith(OTHER.id) for s in me["source"])
    memberships = [n for n in doc["graph"][1:] if n.get("member") == me["id"]]
    assert memberships


def test_the_context_expands_every_kind_of_value_back(dataset: object) -> None:
    """Every graph of the real dataset (people, documents, the ontology with its blank nodes) survives
    compaction with the context and expansion by rdflib (language tags, datatypes, coerced IRIs)."""
    for g in dataset.graphs():  # type: ignore[attr-defined]
        if len(g) == 0:
            continue
        doc = compact(set(g))
        doc["@context"] = context()["@context"]
        back = Graph().parse(data=json.dumps(doc), format="json-ld")
        assert to_isomorphic(back) == to_isomorphic(Graph() + g), g.identifier


def test_head_answers_as_get_without_a_body(other_base_server: Server) -> None:
    """Linked-data clients and crawlers ask HEAD first: the same status, headers and redirects as GET."""
    url = f"{other_base_server.url}/id/person/chris-landergren"
    for accept, suffix in [("text/turtle", ""), ("text/html", ""), ("*/*", ".jsonld")]:
        got = httpx.get(url + suffix, headers={"Accept": accept})
        head = httpx.head(url + suffix, headers={"Accept": accept})
        assert head.status_code == got.status_code and head.content == b""
        for name in ("location", "link", "vary", "content-type"):
            assert head.headers.get(name) == got.headers.get(name), name
    assert httpx.head(f"{other_base_server.url}/id/person/no-such-person").status_code == 404
