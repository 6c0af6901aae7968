"""RDF syntaxes with Oxigraph's parsers and serialisers: which syntax a file is in (for the backends'
load), and writing backend-neutral triples (graph.stores.terms.Term) in one, which the server's
results and pages use instead of importing pyoxigraph."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from .base import StoreError
from .terms import Term, to_oxigraph

#: File suffixes the stores load, and their syntax.
FORMATS = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS,
           ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".rdf": ox.RdfFormat.RDF_XML,
           ".jsonld": ox.RdfFormat.JSON_LD}


def rdf_format(path: Path) -> ox.RdfFormat:
    """The syntax of an RDF file, by its suffix; StoreError naming the file when it is not one."""
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise StoreError(f"{path}: unknown RDF format {path.suffix!r}") from None

#: The syntaxes write_triples knows, by the short names the server's format negotiation uses.
TRIPLE_SYNTAXES = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
_WITH_PREFIXES = ("turtle", "rdfxml")


def write_triples(syntax: str, triples: Iterable[tuple[Term, Term, Term]],
                  prefixes: dict[str, str] | None = None) -> bytes:
    """The triples in `syntax` (a key of TRIPLE_SYNTAXES); `prefixes` used where the syntax has them."""
    ox_triples = [ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in triples]
    kwargs = {"prefixes": prefixes} if prefixes and syntax in _WITH_PREFIXES else {}
    data = ox.serialize(ox_triples, format=TRIPLE_SYNTAXES[syntax], **kwargs)
    return data if data is not None else b""

#: The dataset syntaxes write_quads knows (whole datasets: the Graph Store's download of everything).
QUAD_SYNTAXES = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}


def write_quads(syntax: str, quads: Iterable[tuple[Term, Term, Term, Term]],
                prefixes: dict[str, str] | None = None) -> bytes:
    """Quads (subject, predicate, object, graph IRI) in `syntax` (a key of QUAD_SYNTAXES)."""
    ox_quads = [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), to_oxigraph(g)) for s, p, o, g in quads]
    kwargs = {"prefixes": prefixes} if prefixes and syntax == "trig" else {}
    data = ox.serialize(ox_quads, format=QUAD_SYNTAXES[syntax], **kwargs)
    return data if data is not None else b""


def parse_triples(data: bytes, media_type: str, base_iri: str | None = None) -> list[tuple[Term, Term, Term]]:
    """The triples of an RDF document sent with `media_type` (Turtle, N-Triples, RDF/XML, JSON-LD):
    StoreError saying why when the media type is not a graph syntax or the document does not parse.
    Nothing is fetched while parsing (no remote JSON-LD contexts, no external XML entities)."""
    from .terms import from_oxigraph

    fmt = ox.RdfFormat.from_media_type(media_type)
    if fmt is None or fmt.supports_datasets:
        raise StoreError(f"not an RDF graph syntax: {media_type!r} (use text/turtle, application/n-triples, "
                         "application/rdf+xml or application/ld+json)")
    try:
        return [(from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object))
                for t in ox.parse(data, format=fmt, base_iri=base_iri)]
    except (SyntaxError, ValueError, OSError) as exc:
        raise StoreError(f"the {fmt.name} document does not parse: {exc}") from exc
