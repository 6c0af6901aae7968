"""N-Quads as strings: terms in N-Triples form, literal escaping, and a buffered quad sink.

The generator writes millions of quads, so it never builds rdflib terms: every term is already the
string that goes into the line (``<iri>``, ``"text"@sv``, ``"3"^^<...#positiveInteger>``).
"""

from __future__ import annotations

from typing import TextIO

from rdflib import namespace as _ns

from .. import config as _config

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def iri_term(value: object) -> str:
    """An IRI as an N-Triples term: '<value>'."""
    return f"<{value}>"


def lit(text: str) -> str:
    """A plain string literal, escaped as N-Triples requires (backslash, quote, CR, LF)."""
    return '"' + text.translate(_ESCAPES) + '"'


def lit_sv(text: str) -> str:
    return lit(text) + "@sv"


def lit_en(text: str) -> str:
    return lit(text) + "@en"


class Namespace:
    """`NS.local` or `NS["local-with-dash"]` -> '<namespace + local>' (cached), for a namespace of
    rdflib's or graph.config's (the vocabularies are named in one place)."""

    def __init__(self, base: object) -> None:
        self._base = str(base)
        self._cache: dict[str, str] = {}

    def __getitem__(self, local: str) -> str:
        term = self._cache.get(local)
        if term is None:
            term = self._cache[local] = iri_term(self._base + local)
        return term

    def __getattr__(self, local: str) -> str:
        if local.startswith("_"):
            raise AttributeError(local)
        term = self[local]
        setattr(self, local, term)  # found directly from now on
        return term


RDF = Namespace(_ns.RDF)
RDFS = Namespace(_ns.RDFS)
XSD = Namespace(_ns.XSD)
SKOS = Namespace(_ns.SKOS)
DCT = Namespace(_ns.DCTERMS)
PROV = Namespace(_ns.PROV)
FOAF = Namespace(_ns.FOAF)
LGL = Namespace(_config.LGL)
ORG = Namespace(_config.ORG)
ROLE = Namespace(_config.ROLE)
TIME = Namespace(_config.TIME)
A = RDF.type


def typed(value: object, datatype: str) -> str:
    """A typed literal; `datatype` is a term such as XSD.date."""
    return f'"{value}"^^{datatype}'


def date_lit(iso: str) -> str:
    return typed(iso, XSD.date if len(iso) == 10 else XSD.gYear)


def pos_int(n: int) -> str:
    return typed(n, XSD.positiveInteger)


def nonneg_int(n: int) -> str:
    return typed(n, XSD.nonNegativeInteger)


TRUE = typed("true", XSD.boolean)


class QuadSink:
    """Collects N-Quads lines and writes them to a text stream in large chunks."""

    def __init__(self, out: TextIO, chunk: int = 20000) -> None:
        self.out = out
        self.chunk = chunk
        self.buffer: list[str] = []
        self.written = 0

    @property
    def count(self) -> int:
        """Lines written or waiting to be."""
        return self.written + len(self.buffer)

    def line(self, line: str) -> None:
        buffer = self.buffer
        buffer.append(line)
        if len(buffer) >= self.chunk:
            self.flush()

    def quad(self, s: str, p: str, o: str, g: str) -> None:
        self.line(f"{s} {p} {o} {g} .\n")

    def flush(self) -> None:
        if self.buffer:
            self.out.write("".join(self.buffer))
            self.written += len(self.buffer)
            self.buffer.clear()
