"""JSON-LD for web developers: the published context (short names for the ontology's terms and the
other vocabularies' terms the data uses, built from ontology/*.ttl and config.PREFIXES) and the
compaction of a resource's triples with it, so that a page's data reads as plain JSON
({"id": ..., "type": "Person", "name": "...", "memberOf": ...}) and still expands to the same triples.

Compaction here is written for the shape the linked-data route answers (a handful of subjects, no
lists): every property becomes its term when the context defines one (else a prefixed name, else
the whole IRI); a value takes the short form its term's coercion allows (an IRI as a string under
"@type": "@id", a literal of the term's datatype as its lexical form, a plain string as a string),
otherwise the explicit JSON-LD value object, so nothing is lost or changed on expansion.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from rdflib import OWL, RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from . import config

#: Where the server publishes the context (server/routes_context.py); documents refer to it relatively,
#: so it resolves on whatever host serves them.
CONTEXT_PATH = "/context.jsonld"
#: Namespaces whose terms get short names, in the order that wins a clash of local names.
TERM_NAMESPACES = ("lgl", "foaf", "org", "dcterms", "skos", "time", "prov", "rdfs", "rdf", "owl")
RESERVED = {"id", "type", "graph"}
#: Properties of the other vocabularies (ontology/external-labels.ttl) whose values in this data are
#: resources: coerced to IRIs like the ontology's object properties (a literal value stays a value object).
EXTERNAL_OBJECT_PROPERTIES = {
    "dcterms:creator", "dcterms:hasPart", "dcterms:isPartOf", "dcterms:publisher", "dcterms:relation",
    "dcterms:source", "foaf:primaryTopic", "org:hasSubOrganization", "org:subOrganizationOf", "org:hasUnit",
    "org:unitOf", "org:member", "org:memberDuring", "org:organization", "org:role", "prov:wasAssociatedWith",
    "prov:wasDerivedFrom", "skos:inScheme", "time:before", "time:hasBeginning", "time:hasEnd", "time:hasTime",
    "time:inside"}
#: Ranges that need no coercion: a plain or language-tagged string is written as it is.
PLAIN_RANGES = {XSD.string, RDF.langString, RDFS.Literal}


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rstrip("/").rsplit("/", 1)[-1]


@functools.lru_cache(maxsize=1)
def _ontology() -> Graph:
    g = Graph()
    for path in sorted(config.ONTOLOGY_DIR.glob("*.ttl")):
        g.parse(path, format="turtle")
    return g


@functools.lru_cache(maxsize=1)
def context() -> dict[str, Any]:
    """The context document ({"@context": {...}}): the prefixes, `id`/`type`/`graph` for @id/@type/@graph,
    and a term per class and property of the ontology and per term of the other vocabularies that
    ontology/external-labels.ttl names (first namespace of TERM_NAMESPACES wins a clash of names;
    the others stay reachable as prefixed names). Object properties are coerced to IRIs, datatype
    properties with a typed range to that datatype."""
    g = _ontology()
    ctx: dict[str, Any] = {"id": "@id", "type": "@type", "graph": "@graph"}
    ctx.update(sorted(config.PREFIXES.items()))
    taken = set(ctx)
    defined = {s for s in g.subjects(RDFS.label, None) if isinstance(s, URIRef)}
    defined |= {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef)}
    for prefix in TERM_NAMESPACES:
        ns = config.PREFIXES[prefix]
        for term in sorted(t for t in defined if str(t).startswith(ns) and len(str(t)) > len(ns)):
            name = str(term)[len(ns):]
            if name in taken or not name.replace("_", "").replace("-", "").isalnum():
                continue
            taken.add(name)
            kinds = set(g.objects(term, RDF.type))
            ranges = set(g.objects(term, RDFS.range))
            if OWL.ObjectProperty in kinds or f"{prefix}:{name}" in EXTERNAL_OBJECT_PROPERTIES:
                ctx[name] = {"@id": f"{prefix}:{name}", "@type": "@id"}
            elif OWL.DatatypeProperty in kinds and len(ranges) == 1 and next(iter(ranges)) not in PLAIN_RANGES:
                ctx[name] = {"@id": f"{prefix}:{name}", "@type": _curie(str(next(iter(ranges))))}
            else:
                ctx[name] = f"{prefix}:{name}"
    return {"@context": ctx}


def _curie(iri: str) -> str:
    for prefix, ns in config.PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


@functools.lru_cache(maxsize=1)
def _terms() -> dict[str, tuple[str, str | None]]:
    """IRI -> (term, coercion) for every term of the context."""
    ctx = context()["@context"]
    out = {}
    for name, value in ctx.items():
        if name in RESERVED or isinstance(value, str) and value.endswith(("/", "#")):
            continue
        curie, coerce = (value["@id"], value.get("@type")) if isinstance(value, dict) else (value, None)
        prefix, _, local = curie.partition(":")
        out[config.PREFIXES[prefix] + local] = (name, coerce)
    return out


def _expand_curie(curie: str) -> str:
    prefix, _, local = curie.partition(":")
    return config.PREFIXES.get(prefix, prefix + ":") + local if prefix in config.PREFIXES else curie


def _node_ref(node: Node) -> str:
    return f"_:{node}" if isinstance(node, BNode) else str(node)


def _value(node: Node, coerce: str | None) -> Any:
    """A value in the short form the term's coercion allows, else as an explicit value object."""
    if isinstance(node, (URIRef, BNode)):
        return _node_ref(node) if coerce == "@id" else {"id": _node_ref(node)}
    assert isinstance(node, Literal)
    if node.language:
        return {"@value": str(node), "@language": node.language}
    datatype = node.datatype or XSD.string
    if coerce not in (None, "@id") and _expand_curie(coerce) == str(datatype):
        return str(node)
    if datatype == XSD.string:
        return str(node) if coerce is None else {"@value": str(node)}
    return {"@value": str(node), "@type": _curie(str(datatype))}


def _type_name(node: Node) -> str:
    term = _terms().get(str(node))
    return term[0] if term else _curie(str(node)) if isinstance(node, URIRef) else _node_ref(node)


def compact(triples: Iterable[tuple[Node, Node, Node]], first: Node | None = None,
            context_ref: str = CONTEXT_PATH) -> dict[str, Any]:
    """The triples as compacted JSON-LD referring to the context at `context_ref`: one node object per
    subject in "graph" (`first`, the resource itself, at the head; the others by IRI)."""
    nodes: dict[Node, dict[str, list[Any]]] = {}
    for s, p, o in sorted(set(triples), key=lambda t: (str(t[0]), str(t[1]), str(t[2]))):
        props = nodes.setdefault(s, {})
        if p == RDF.type:
            props.setdefault("type", []).append(_type_name(o))
            continue
        term, coerce = _terms().get(str(p), (_curie(str(p)), None))
        props.setdefault(term, []).append(_value(o, coerce))
    order = sorted(nodes, key=lambda n: (n != first, str(n)))
    graph = []
    for n in order:
        obj: dict[str, Any] = {"id": _node_ref(n)}
        for key in sorted(nodes[n], key=lambda k: (k != "type", k)):
            values = nodes[n][key]
            obj[key] = values[0] if len(values) == 1 else values
        graph.append(obj)
    return {"@context": context_ref, "graph": graph}
