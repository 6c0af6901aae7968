"""The dataset's description (VoID + DCAT), computed at build time into the named graph
<base>id/graph/dataset: title and description (sv, en), licence, publisher, the source documents with
their dates and named graphs, triples and entities (per class), the SPARQL endpoint, downloads, example
resources, vocabularies used, build date and version.

Every figure is computed from the built dataset (queries/void_*.rq, the same queries a test runs on
the served store); nothing is stated that the build did not derive, and the description says so
(rdfs:comment). Places on the server (endpoint, downloads) are stored as paths, literals typed
xsd:anyURI ("/sparql"), because the data does not know where it will be served: the server's
/.well-known/void makes them absolute from its configured public URL (server/routes_download.py).
"""

from __future__ import annotations

import hashlib
import os
import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime

from rdflib import OWL, RDF, RDFS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, PROV, XSD

from . import project
from .config import LGL
from .iris import HOME_ORG, ID_PATH, Iris
from .serialize import to_nquads
from .sparql import render

VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
DCAT_VERSION = URIRef(str(DCAT) + "version")  # DCAT 3, not in rdflib's closed namespace
CC0 = URIRef("http://creativecommons.org/publicdomain/zero/1.0/")
#: Where the server answers (paths; the description stores them as xsd:anyURI literals).
ENDPOINT_PATH = "/sparql"
VOID_PATH = "/.well-known/void"
DOWNLOAD_PATH = "/download"
CHANGES_PATH = "/changes"
#: The downloads' file stem: samverkan-kalmar.trig, samverkan-kalmar-<doc id>.ttl.
FILE_STEM = "samverkan-kalmar"
#: Whole-dataset downloads: file suffix -> media type (gzip: the type of what is inside, gzip-encoded).
DATASET_DOWNLOADS = {"trig": "application/trig", "nq": "application/n-quads",
                     "trig.gz": "application/trig", "nq.gz": "application/n-quads"}
#: One document's graph: file suffix -> media type.
DOCUMENT_DOWNLOADS = {"ttl": "text/turtle", "trig": "application/trig", "nq": "application/n-quads"}

TITLE = {"sv": "Länsgemensam ledning i samverkan, Kalmar län – kunskapsgraf",
         "en": "Länsgemensam ledning i samverkan, Kalmar county – knowledge graph"}
DESCRIPTION = {
    "sv": "Organisationer, personer och deras uppdrag över tid, samverkansorgan och deras sammansättning, möten, "
          "beslut, strategier och planer i Länsgemensam ledning i samverkan (Kalmar län), hämtade ur organisationernas "
          "dokument. En namngiven graf per källdokument; varje uppgift hänvisar till sitt textställe.",
    "en": "Organisations, people and their posts over time, collaboration bodies and their composition, meetings, "
          "decisions, strategies and plans of Länsgemensam ledning i samverkan (Kalmar county), taken from the "
          "organisations' documents. One named graph per source document; every fact cites its passage."}
RIGHTS = {
    "sv": "Grafen är fri att använda (CC0 1.0). Källdokumenten är allmänna handlingar från organisationerna i "
          "Länsgemensam ledning i samverkan; de återges här som underlag för uppgifterna.",
    "en": "The graph is free to use (CC0 1.0). The source documents are public documents of the organisations of "
          "Länsgemensam ledning i samverkan; they are reproduced here as the evidence for the facts."}
PROVENANCE = {
    "sv": "Beskrivningen är beräknad av bygget (graph/describe.py) ur den byggda datamängden: antal, klasser, "
          "vokabulär och källdokument är räknade i datan, datum och version är byggets.",
    "en": "This description is computed by the build (graph/describe.py) from the built dataset: counts, classes, "
          "vocabularies and source documents are counted in the data; the date and version are the build's."}


def build_date() -> str:
    """The build's date (ISO): $SOURCE_DATE_EPOCH's day when set (reproducible builds), else today (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.date().isoformat()


def served(path: str) -> Literal:
    """A place on the server as the description stores it: a path, typed xsd:anyURI."""
    return Literal(path, datatype=XSD.anyURI)


def dataset_file(suffix: str, date: str) -> str:
    """The file name a whole-dataset download suggests (samverkan-kalmar-2026-12-02.trig)."""
    return f"{FILE_STEM}-{date}.{suffix}"


def document_file(doc_id: str, suffix: str, date: str) -> str:
    """The file name a document graph's download suggests (samverkan-kalmar-<doc id>-<date>.ttl)."""
    return f"{FILE_STEM}-{doc_id}-{date}.{suffix}"


@dataclass(frozen=True)
class Description:
    """What the build computed: the figures the description states."""

    triples: int
    entities: int
    classes: dict[str, int]
    version: str
    date: str


def _namespace(iri: str) -> str:
    return iri.rsplit("#", 1)[0] + "#" if "#" in iri else iri.rsplit("/", 1)[0] + "/"


def _publisher() -> str | None:
    """The publisher named in the project's samverkan.toml ([dataset] publisher), if any."""
    try:
        root = project.current().root
    except project.ProjectNotFound:
        return None
    data = tomllib.loads((root / project.MARKER).read_text(encoding="utf-8"))
    name = data.get("dataset", {}).get("publisher")
    return str(name) if name else None


def describe(ds: Dataset, base: str, date: str | None = None) -> Description:
    """Compute the description of ds (built under `base`) and add it to ds's graph <base>id/graph/dataset."""
    date = date or build_date()
    iris = Iris(base)
    union = Dataset(store=ds.store, default_union=True)
    dataset_graph = iris.dataset_graph()
    data_quads = Dataset()
    for s, p, o, g in ds.quads((None, None, None, None)):
        name = g.identifier if hasattr(g, "identifier") else g
        if name != dataset_graph:
            data_quads.graph(name).add((s, p, o))
    version = f"{date}.{hashlib.sha256(to_nquads(data_quads).encode('utf-8')).hexdigest()[:12]}"

    triples = int(next(iter(union.query(render("void_triples.rq"))))[0])
    entities = int(next(iter(union.query(render("void_entities.rq"))))[0])
    classes = {str(r[0]): int(r[1]) for r in union.query(render("void_classes.rq"))}
    vocabularies = sorted({_namespace(str(p)) for p in data_quads.predicates() if isinstance(p, URIRef)}
                          | {_namespace(c) for c in classes})

    g = ds.graph(dataset_graph)
    me = iris.dataset()
    add = lambda s, p, o: g.add((s, p, o))  # noqa: E731
    for cls in (VOID.Dataset, DCAT.Dataset, PROV.Entity):
        add(me, RDF.type, cls)
    for lang in ("sv", "en"):
        add(me, DCTERMS.title, Literal(TITLE[lang], lang=lang))
        add(me, DCTERMS.description, Literal(DESCRIPTION[lang], lang=lang))
        add(me, DCTERMS.rights, Literal(RIGHTS[lang], lang=lang))
        add(me, RDFS.comment, Literal(PROVENANCE[lang], lang=lang))
    add(me, DCTERMS.license, CC0)
    add(me, VOID.uriSpace, Literal(base + ID_PATH))
    add(me, VOID.triples, Literal(triples, datatype=XSD.integer))
    add(me, VOID.entities, Literal(entities, datatype=XSD.integer))
    add(me, DCTERMS.modified, Literal(date, datatype=XSD.date))
    add(me, OWL.versionInfo, Literal(version))
    add(me, DCAT_VERSION, Literal(version))
    add(me, VOID.sparqlEndpoint, served(ENDPOINT_PATH))
    add(me, VOID.dataDump, served(f"{DOWNLOAD_PATH}/{FILE_STEM}.nq.gz"))
    publisher = _publisher()
    if publisher:
        agent = iris.dataset_part("publisher", "1")
        add(me, DCTERMS.publisher, agent)
        add(agent, RDF.type, FOAF.Agent)
        add(agent, RDFS.label, Literal(publisher))  # (not foaf:name: the data's foaf:names are its people's)
    for vocabulary in vocabularies:
        add(me, VOID.vocabulary, URIRef(vocabulary))
    for cls, n in classes.items():
        part = iris.dataset_part("class", hashlib.sha1(cls.encode("utf-8")).hexdigest()[:12])
        add(me, VOID.classPartition, part)
        add(part, VOID["class"], URIRef(cls))
        add(part, VOID.entities, Literal(n, datatype=XSD.integer))
    for suffix, media in DATASET_DOWNLOADS.items():
        dist = iris.dataset_part("distribution", suffix.replace(".", "-"))
        add(me, DCAT.distribution, dist)
        add(dist, RDF.type, DCAT.Distribution)
        add(dist, DCAT.downloadURL, served(f"{DOWNLOAD_PATH}/{FILE_STEM}.{suffix}"))
        add(dist, DCAT.mediaType, URIRef(f"https://www.iana.org/assignments/media-types/{media}"))
        if suffix.endswith(".gz"):
            add(dist, DCAT.compressFormat, URIRef("https://www.iana.org/assignments/media-types/application/gzip"))
        add(dist, DCTERMS.license, CC0)
    _sources(ds, g, iris, me)
    for example in _examples(union, iris):
        add(me, VOID.exampleResource, example)
    return Description(triples, entities, classes, version, date)


def _sources(ds: Dataset, g: Graph, iris: Iris, me: URIRef) -> None:
    """Each source document's named graph as a subset of the dataset (a node of its own, so that nothing
    is added about the document itself: its own graph alone describes it): a dcat:Dataset with the
    document's title, date and publisher as its graph states them, the graph's name (sd:name, the
    document's IRI), its triples and its downloads."""
    docs = iris.id + "doc/"
    for graph in sorted((c.identifier for c in ds.graphs()), key=str):
        if not str(graph).startswith(docs) or "/" in str(graph)[len(docs):]:
            continue
        own = ds.graph(graph)
        doc_id = str(graph)[len(docs):]
        node = iris.dataset_part("source", doc_id)
        g.add((me, DCTERMS.source, graph))
        g.add((me, PROV.wasDerivedFrom, graph))
        g.add((me, VOID.subset, node))
        for cls in (DCAT.Dataset, VOID.Dataset):
            g.add((node, RDF.type, cls))
        g.add((node, DCTERMS.source, graph))
        g.add((node, SD.name, graph))
        for p in (DCTERMS.title, DCTERMS.date, DCTERMS.publisher):
            for o in own.objects(graph, p):
                g.add((node, p, o))
        g.add((node, VOID.triples, Literal(len(own), datatype=XSD.integer)))
        for suffix, media in DOCUMENT_DOWNLOADS.items():
            dist = iris.dataset_part("distribution", f"doc-{doc_id}-{suffix}")
            g.add((node, DCAT.distribution, dist))
            g.add((dist, RDF.type, DCAT.Distribution))
            g.add((dist, DCAT.downloadURL, served(f"{DOWNLOAD_PATH}/doc/{doc_id}.{suffix}")))
            g.add((dist, DCAT.mediaType, URIRef(f"https://www.iana.org/assignments/media-types/{media}")))


def _examples(union: Dataset, iris: Iris) -> list[URIRef]:
    """Example resources: the county's own structure when present, and the first person, meeting and
    decision (in IRI order) of the data."""
    out: list[URIRef] = []
    home = iris.org(HOME_ORG)
    if (home, None, None) in union:
        out.append(home)
    for cls in (FOAF.Person, LGL.Meeting, LGL.Decision):
        found = sorted((s for s in union.subjects(RDF.type, cls) if str(s).startswith(iris.id)), key=str)
        out += found[:1]
    return out

