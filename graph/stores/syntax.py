"""Writing backend-neutral triples (graph.stores.terms.Term) in an RDF syntax with Oxigraph's
serialisers: the server's results and pages use this instead of importing pyoxigraph."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from .terms import Term, to_oxigraph

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
