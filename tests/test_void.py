"""The dataset description (graph/describe.py, /.well-known/void): its counts, computed once at build
time, equal SPARQL counts on the served store; it names the licence, the sources with their dates and
graphs, the vocabularies, examples, date and version; Turtle / JSON-LD / TriG by Accept; relative
server paths without a public URL; linked from the service description and the start page."""

from __future__ import annotations

import tomllib

import httpx
import pytest
from rdflib import OWL, RDF, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDFS, XSD

from graph import config
from graph.config import DEFAULT_BASE
from graph.describe import CC0, DCAT_VERSION, SD, VOID
from graph.iris import Iris

from .paths import PROJECT
from .servers import Server

BASE = DEFAULT_BASE


def _sparql(server: Server, name: str) -> list[dict]:
    query = (config.QUERIES_DIR / name).read_text(encoding="utf-8")
    r = httpx.post(server.url + "/sparql", data={"query": query}, headers={"Accept": "application/json"}, timeout=60)
    assert r.status_code == 200, r.text
    return r.json()["results"]["bindings"]


@pytest.fixture(scope="module")
def void(live_server: Server) -> Graph:
    r = httpx.get(live_server.url + "/.well-known/void")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    return Graph().parse(data=r.text, format="turtle")


def test_counts_equal_sparql_counts_on_the_served_store(live_server: Server, void: Graph) -> None:
    me = Iris(BASE).dataset()
    assert int(void.value(me, VOID.triples)) == int(_sparql(live_server, "void_triples.rq")[0]["triples"]["value"])
    assert int(void.value(me, VOID.entities)) == int(_sparql(live_server, "void_entities.rq")[0]["entities"]["value"])
    served = {row["class"]["value"]: int(row["entities"]["value"]) for row in _sparql(live_server, "void_classes.rq")}
    described = {str(void.value(part, VOID["class"])): int(void.value(part, VOID.entities))
                 for part in void.objects(me, VOID.classPartition)}
    assert described == served
    people = int(_sparql(live_server, "counts.rq")[0]["people"]["value"])
    assert described["http://xmlns.com/foaf/0.1/Person"] == people


def test_triples_are_the_store_minus_the_description(live_server: Server, void: Graph, built_graph: object) -> None:
    ds = Dataset()
    ds.parse(str(built_graph), format="nquads")
    own = Iris(BASE).dataset_graph()
    triples = {(s, p, o) for s, p, o, g in ds.quads((None, None, None, None)) if g != own}
    assert int(void.value(Iris(BASE).dataset(), VOID.triples)) == len(triples)


def test_description_names_licence_sources_vocabularies_and_version(live_server: Server, void: Graph) -> None:
    me = Iris(BASE).dataset()
    assert (me, RDF.type, VOID.Dataset) in void and (me, RDF.type, DCAT.Dataset) in void
    assert void.value(me, DCTERMS.license) == CC0
    assert {t.language for t in void.objects(me, DCTERMS.title)} == {"sv", "en"}
    assert {t.language for t in void.objects(me, DCTERMS.description)} == {"sv", "en"}
    assert any("build" in str(c) for c in void.objects(me, URIRef("http://www.w3.org/2000/01/rdf-schema#comment")))
    docs = {r["x"]["value"] for r in httpx.post(live_server.url + "/sparql", data={
        "query": "PREFIX lgl: <https://w3id.org/samverkan-kalmar/ontology#> SELECT DISTINCT ?x WHERE { ?x a "
                 "lgl:SourceDocument }"}, headers={"Accept": "application/json"}).json()["results"]["bindings"]}
    assert {str(d) for d in void.objects(me, DCTERMS.source)} == docs
    subsets = list(void.objects(me, VOID.subset))
    assert {str(void.value(s, SD.name)) for s in subsets} == docs  # each document's named graph
    for subset in subsets:
        assert void.value(subset, DCTERMS.date) is not None and void.value(subset, DCTERMS.title) is not None
        assert len(list(void.objects(subset, DCAT.distribution))) == 3
    vocabularies = {str(v) for v in void.objects(me, VOID.vocabulary)}
    assert {"http://www.w3.org/ns/org#", "http://xmlns.com/foaf/0.1/", str(config.LGL)} <= vocabularies
    publisher = tomllib.loads((PROJECT.root / "samverkan.toml").read_text(encoding="utf-8"))["dataset"]["publisher"]
    assert void.value(void.value(me, DCTERMS.publisher), RDFS.label) == Literal(publisher)
    assert void.value(me, VOID.uriSpace) == Literal(BASE + "id/")
    modified = void.value(me, DCTERMS.modified)
    assert modified.datatype == XSD.date
    version = str(void.value(me, OWL.versionInfo))
    assert version.startswith(str(modified)) and void.value(me, DCAT_VERSION) == Literal(version)
    examples = list(void.objects(me, VOID.exampleResource))
    assert URIRef(BASE + "id/org/lansgemensam-ledning-i-samverkan") in examples
    for example in examples:  # each example is a resource the server shows
        path = Iris(BASE).local_path(str(example))
        assert path is not None
        assert httpx.get(live_server.url + path, headers={"Accept": "text/html"}).status_code == 200


def test_without_a_public_url_the_server_paths_stay_relative(void: Graph) -> None:
    me = Iris(BASE).dataset()
    assert void.value(me, VOID.sparqlEndpoint) == Literal("/sparql", datatype=XSD.anyURI)
    downloads = [void.value(d, DCAT.downloadURL) for d in void.objects(me, DCAT.distribution)]
    assert len(downloads) == 4 and all(str(d).startswith("/download/") for d in downloads)


@pytest.mark.parametrize(("accept", "fmt"), [("application/ld+json", "json-ld"), ("application/trig", "trig")])
def test_other_formats_by_accept(live_server: Server, void: Graph, accept: str, fmt: str) -> None:
    r = httpx.get(live_server.url + "/.well-known/void", headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
    ds = Dataset()
    ds.parse(data=r.text, format=fmt)
    triples = {(s, p, o) for s, p, o, _g in ds.quads((None, None, None, None))}
    assert len(triples) == len(void)
    if fmt == "trig":
        assert {g.identifier for g in ds.graphs() if len(g)} == {Iris(BASE).dataset_graph()}


def test_linked_from_the_service_description_and_the_start_page(live_server: Server) -> None:
    sd = httpx.get(live_server.url + "/sparql", headers={"Accept": "text/turtle"}).text
    assert "/.well-known/void>" in sd
    home = httpx.get(live_server.url + "/").text
    assert 'href="/.well-known/void"' in home and 'href="/download/samverkan-kalmar.trig"' in home
    assert '<link rel="alternate" type="application/atom+xml" href="/changes.atom"' in home
