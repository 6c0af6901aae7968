"""Where things are, and the namespaces every module agrees on."""

from __future__ import annotations

import os
from pathlib import Path

from rdflib import Namespace

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sources"
RECORDS = ROOT / "records"
ONTOLOGY_DIR = ROOT / "ontology"
SHAPES_DIR = ROOT / "shapes"
QUERIES_DIR = ROOT / "queries"

DEFAULT_BASE = "http://localhost:8000/"

#: The vocabulary's namespace is fixed, whatever base the data is published under.
ONTOLOGY_IRI = "https://w3id.org/samverkan-kalmar/ontology"
LGL = Namespace(ONTOLOGY_IRI + "#")
ROLE = Namespace("https://w3id.org/samverkan-kalmar/role/")

ORG = Namespace("http://www.w3.org/ns/org#")
TIME = Namespace("http://www.w3.org/2006/time#")

PREFIXES: dict[str, str] = {
    "lgl": str(LGL),
    "role": str(ROLE),
    "org": str(ORG),
    "time": str(TIME),
    "foaf": "http://xmlns.com/foaf/0.1/",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "sh": "http://www.w3.org/ns/shacl#",
}


def base_iri(explicit: str | None = None) -> str:
    """The base IRI data is minted under: the argument, else $SAMVERKAN_BASE, else localhost."""
    base = explicit or os.environ.get("SAMVERKAN_BASE") or DEFAULT_BASE
    if not base.endswith("/"):
        base += "/"
    if not (base.startswith("http://") or base.startswith("https://")):
        raise ValueError(f"base IRI must be an http(s) IRI ending in '/': {base!r}")
    return base
