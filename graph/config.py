"""Where the data that ships with the code is, and the namespaces every module agrees on.

The ontology, shapes and queries are package data (samverkan.ontology, samverkan.shapes,
samverkan.queries), read with importlib.resources, so they are found in an editable checkout and in
an installed wheel alike; the records, sources and var/ are the project folder's (graph/project.py).
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from rdflib import Namespace

from .iris import DEFAULT_BASE  # owned by graph/iris.py with the path patterns; re-exported here


def package_dir(package: str) -> Path:
    """A package-data folder as a path on disk (the code globs and parses files in it)."""
    folder = resources.files(package)
    if not isinstance(folder, Path) or not folder.is_dir():
        raise RuntimeError(f"package data {package} is not a folder on disk ({folder!r}): install samverkan "
                           "unzipped (pip install)")
    return folder


ONTOLOGY_DIR = package_dir("samverkan.ontology")
SHAPES_DIR = package_dir("samverkan.shapes")
QUERIES_DIR = package_dir("samverkan.queries")

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


def _project_base() -> str | None:
    """The `base` key of the project's samverkan.toml ([project] base = "..."), if it has one."""
    from . import project

    try:
        return project.current().base
    except project.ProjectNotFound:
        return None


def configured_base(explicit: str | None = None) -> str | None:
    """The base someone asked for: the argument (--base), else $SAMVERKAN_BASE, else the project's
    samverkan.toml `base`; None when nobody did (then DEFAULT_BASE, or for a server the store's own)."""
    base = explicit or os.environ.get("SAMVERKAN_BASE") or _project_base()
    return _checked_base(base) if base else None


def base_iri(explicit: str | None = None) -> str:
    """The base IRI data is minted under: configured_base(explicit), else DEFAULT_BASE (graph/iris.py)."""
    return configured_base(explicit) or DEFAULT_BASE


def _checked_base(base: str) -> str:
    if not base.endswith("/"):
        base += "/"
    if not (base.startswith("http://") or base.startswith("https://")):
        raise ValueError(f"base IRI must be an http(s) IRI ending in '/': {base!r}")
    return base
