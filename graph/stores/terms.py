"""A small, backend-neutral RDF term: cheap to build from pyoxigraph or rdflib terms.

Term = (kind, value, datatype, language) with kind one of "uri", "bnode", "literal";
datatype and language are "" when absent. Result writers and the server work on these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

if TYPE_CHECKING:  # rdflib is imported by the functions that need it: a query worker never loads it
    from rdflib.term import Node

Term = tuple[str, str, str, str]
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def from_oxigraph(term: Any) -> Term:
    if isinstance(term, ox.NamedNode):
        return ("uri", term.value, "", "")
    if isinstance(term, ox.BlankNode):
        return ("bnode", term.value, "", "")
    if isinstance(term, ox.Literal):
        lang = term.language or ""
        dt = "" if lang else term.datatype.value
        return ("literal", term.value, "" if dt == XSD_STRING else dt, lang)
    if isinstance(term, ox.Triple):  # RDF-star: not produced by our data; shown as text
        return ("literal", str(term), "", "")
    raise TypeError(f"unexpected term {term!r}")


_RDFLIB: tuple[Any, Any, Any] | None = None


def _rdflib() -> tuple[Any, Any, Any]:
    """rdflib's BNode, Literal and URIRef, imported on first use (kept: an import per term costs as much
    as making the term)."""
    global _RDFLIB
    if _RDFLIB is None:
        from rdflib import BNode, Literal, URIRef

        _RDFLIB = (BNode, Literal, URIRef)
    return _RDFLIB


def from_rdflib(term: Node) -> Term:
    BNode, Literal, URIRef = _RDFLIB or _rdflib()  # noqa: N806 - rdflib's class names

    if isinstance(term, URIRef):
        return ("uri", str(term), "", "")
    if isinstance(term, BNode):
        return ("bnode", str(term), "", "")
    if isinstance(term, Literal):
        lang = term.language or ""
        dt = "" if lang or term.datatype is None else str(term.datatype)
        return ("literal", str(term), "" if dt == XSD_STRING else dt, lang)
    raise TypeError(f"unexpected term {term!r}")


def to_rdflib(term: Term) -> Node:
    BNode, Literal, URIRef = _RDFLIB or _rdflib()  # noqa: N806 - rdflib's class names

    kind, value, dt, lang = term
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if lang:
        return Literal(value, lang=lang)
    return Literal(value, datatype=URIRef(dt) if dt else None)


def to_oxigraph(term: Term) -> Any:
    kind, value, dt, lang = term
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if lang:
        return ox.Literal(value, language=lang)
    return ox.Literal(value, datatype=ox.NamedNode(dt)) if dt else ox.Literal(value)


def rdflib_to_oxigraph(node: Node) -> Any:
    """An rdflib term as a pyoxigraph term."""
    return to_oxigraph(from_rdflib(node))


def oxigraph_to_rdflib(term: Any) -> Node:
    """A pyoxigraph term as an rdflib term (xsd:string literals plain, as rdflib parses them)."""
    return to_rdflib(from_oxigraph(term))
