"""Content negotiation: pick a result format from Accept (and an explicit `format` parameter); the
documents of a linked-data resource by suffix (/id/person/x.ttl) and the Link header naming them."""

from __future__ import annotations

from .results import GRAPH_TYPES, SELECT_TYPES

ALIASES = {
    # select/ask
    "json": "json", "application/sparql-results+json": "json", "application/json": "json",
    "xml": "xml", "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "csv": "csv", "text/csv": "csv",
    "tsv": "tsv", "text/tab-separated-values": "tsv",
    # graphs
    "turtle": "turtle", "ttl": "turtle", "text/turtle": "turtle", "application/x-turtle": "turtle",
    "ntriples": "ntriples", "nt": "ntriples", "application/n-triples": "ntriples", "text/plain": "ntriples",
    "jsonld": "jsonld", "json-ld": "jsonld", "application/ld+json": "jsonld",
    "rdfxml": "rdfxml", "rdf": "rdfxml", "application/rdf+xml": "rdfxml", "rdf+xml": "rdfxml", "rdf/xml": "rdfxml",
    "n3": "turtle", "text/n3": "turtle", "text/rdf+n3": "turtle", "application/n-quads": "ntriples",
    "html": "html", "text/html": "html", "application/xhtml+xml": "html",
}
# a `format` value that names the other kind of result means the nearest format of this kind
# (SPARQLWrapper asks CONSTRUCT with format=xml, or json; results with rdfxml mean XML)
NEAREST = {"xml": "rdfxml", "json": "jsonld", "rdfxml": "xml", "jsonld": "json"}
TABULAR = set(SELECT_TYPES)
GRAPH = set(GRAPH_TYPES)


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges with their q-values, best first (stable for equal q)."""
    if not header:
        return [("*/*", 1.0)]
    out = []
    for i, part in enumerate(header.split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        if not media:
            continue
        q = 1.0
        for param in pieces[1:]:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        out.append((media, q, i))
    out.sort(key=lambda x: (-x[1], x[2]))
    return [(m, q) for m, q, _ in out if q > 0]


def choose(accept: str | None, explicit: str | None, allowed: list[str], default: str) -> str | None:
    """The best format in `allowed` (ordered by our preference); None when nothing acceptable."""
    if explicit:  # an unknown or inapplicable value falls back to Accept, as other endpoints do
        fmt = ALIASES.get(explicit.strip().lower().split(";")[0].strip())
        if fmt in allowed:
            return fmt
        if NEAREST.get(fmt or "") in allowed:
            return NEAREST[fmt or ""]
    for media, _q in parse_accept(accept):
        if media in ("*/*", "application/*", "text/*"):
            if media == "text/*":
                for fmt in allowed:
                    if (SELECT_TYPES | GRAPH_TYPES).get(fmt, "").startswith("text/"):
                        return fmt
            return default
        fmt = ALIASES.get(media)
        if fmt in allowed:
            return fmt
        if fmt in ("xml", "json") and NEAREST[fmt] in allowed:  # application/json or xml for a graph
            return NEAREST[fmt]
    return None


def media_type(fmt: str) -> str:
    return {**SELECT_TYPES, **GRAPH_TYPES, "html": "text/html"}[fmt]


#: The documents of a resource under /id/: the suffix names the format (/id/person/x.ttl is Turtle).
SUFFIXES = {"html": "html", "ttl": "turtle", "jsonld": "jsonld", "nt": "ntriples", "rdf": "rdfxml"}
SUFFIX_OF = {fmt: suffix for suffix, fmt in SUFFIXES.items()}


def split_suffix(path: str) -> tuple[str, str | None]:
    """(the resource's path, the format its suffix names) for 'person/x.ttl'; (path, None) without one."""
    stem, dot, suffix = path.rpartition(".")
    if dot and stem and "/" not in suffix and suffix in SUFFIXES:
        return stem, SUFFIXES[suffix]
    return path, None


def document_path(resource_path: str, fmt: str) -> str:
    """The path of a resource's document in `fmt` (/id/person/x -> /id/person/x.ttl)."""
    return f"{resource_path}.{SUFFIX_OF[fmt]}"


def alternates(resource_path: str, formats: list[str]) -> str:
    """A Link header value naming the document of the resource in every format, as paths (never a host)."""
    return ", ".join(f'<{document_path(resource_path, f)}>; rel="alternate"; type="{media_type(f)}"' for f in formats)
