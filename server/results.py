"""Writers for SPARQL results: SELECT/ASK as JSON, XML, CSV, TSV; graphs as Turtle, N-Triples,
JSON-LD, RDF/XML (graphs by graph.stores.syntax)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from xml.sax.saxutils import escape, quoteattr

from graph.stores.syntax import write_triples
from graph.stores.terms import Term

SELECT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_TYPES = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}


def _json_term(t: Term) -> dict:
    kind, value, dt, lang = t
    if kind == "uri":
        return {"type": "uri", "value": value}
    if kind == "bnode":
        return {"type": "bnode", "value": value}
    out = {"type": "literal", "value": value}
    if lang:
        out["xml:lang"] = lang
    elif dt:
        out["datatype"] = dt
    return out


def select_json(variables: list[str], rows: Iterable[dict[str, Term]]) -> bytes:
    body = {"head": {"vars": variables},
            "results": {"bindings": [{k: _json_term(v) for k, v in row.items()} for row in rows]}}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def ask_json(value: bool) -> bytes:
    return json.dumps({"head": {}, "boolean": value}).encode("utf-8")


# XML 1.0 cannot carry these at all, not even as character references (&#1; is not well-formed)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


class NotRepresentable(ValueError):
    """The result holds characters the asked format cannot carry (XML 1.0's forbidden characters)."""


def _xml_text(value: str) -> str:
    bad = _NOT_XML.search(value)
    if bad:
        raise NotRepresentable(f"the result holds the character U+{ord(bad.group(0)):04X}, which XML 1.0 cannot "
                               "carry: ask for JSON, CSV or TSV instead")
    return escape(value)


def _xml_term(t: Term) -> str:
    kind, value, dt, lang = t
    value_xml = _xml_text(value)
    if kind == "uri":
        return f"<uri>{value_xml}</uri>"
    if kind == "bnode":
        return f"<bnode>{value_xml}</bnode>"
    attrs = f" xml:lang={quoteattr(lang)}" if lang else (f" datatype={quoteattr(dt)}" if dt else "")
    return f"<literal{attrs}>{value_xml}</literal>"


_XML_HEAD = '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'


def select_xml(variables: list[str], rows: Iterable[dict[str, Term]]) -> bytes:
    out = [_XML_HEAD, "<head>", *(f"<variable name={quoteattr(v)}/>" for v in variables), "</head>\n<results>\n"]
    for row in rows:
        out.append("<result>")
        out.extend(f"<binding name={quoteattr(k)}>{_xml_term(v)}</binding>" for k, v in row.items())
        out.append("</result>\n")
    out.append("</results>\n</sparql>\n")
    return "".join(out).encode("utf-8")


def ask_xml(value: bool) -> bytes:
    return f"{_XML_HEAD}<head/>\n<boolean>{'true' if value else 'false'}</boolean>\n</sparql>\n".encode()


def select_csv(variables: list[str], rows: Iterable[dict[str, Term]]) -> bytes:
    """SPARQL 1.1 CSV: plain values (IRIs and literals as their text, blank nodes as _:id)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(variables)
    for row in rows:
        w.writerow([("_:" + row[v][1]) if v in row and row[v][0] == "bnode" else (row[v][1] if v in row else "")
                    for v in variables])
    return buf.getvalue().encode("utf-8")


def _tsv_term(t: Term) -> str:
    kind, value, dt, lang = t
    if kind == "uri":
        return f"<{value}>"
    if kind == "bnode":
        return f"_:{value}"
    text = '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace(
        "\r", "\\r").replace("\t", "\\t") + '"'
    if lang:
        return f"{text}@{lang}"
    if dt:
        return f"{text}^^<{dt}>"
    return text


def select_tsv(variables: list[str], rows: Iterable[dict[str, Term]]) -> bytes:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines.extend("\t".join(_tsv_term(row[v]) if v in row else "" for v in variables) for row in rows)
    return ("\n".join(lines) + "\n").encode("utf-8")


def ask_text(value: bool) -> bytes:
    return b"true\n" if value else b"false\n"


def write_select(fmt: str, variables: list[str], rows: Iterable[dict[str, Term]]) -> bytes:
    return {"json": select_json, "xml": select_xml, "csv": select_csv, "tsv": select_tsv}[fmt](variables, rows)


def write_ask(fmt: str, value: bool) -> bytes:
    return {"json": ask_json, "xml": ask_xml}.get(fmt, lambda v: ask_text(v))(value)


def write_graph(fmt: str, triples: Iterable[tuple[Term, Term, Term]], prefixes: dict[str, str] | None = None) -> bytes:
    """A CONSTRUCT / DESCRIBE result (or a page's triples) in the negotiated syntax."""
    return write_triples(fmt, triples, prefixes)


def _select_parts(fmt: str, variables: list[str]) -> tuple[bytes, object, bytes, bytes]:
    """(head, row -> bytes, separator, tail) of a SELECT result in `fmt`, so rows are written one at a time."""
    if fmt == "json":
        head = ('{"head":{"vars":' + json.dumps(variables, ensure_ascii=False) + '},"results":{"bindings":[')
        return (head.encode("utf-8"),
                lambda row: json.dumps({k: _json_term(v) for k, v in row.items()}, ensure_ascii=False,
                                       separators=(",", ":")).encode("utf-8"),
                b",", b"]}}")
    if fmt == "xml":
        head = "".join([_XML_HEAD, "<head>", *(f"<variable name={quoteattr(v)}/>" for v in variables),
                        "</head>\n<results>\n"])
        return (head.encode("utf-8"),
                lambda row: ("<result>" + "".join(f"<binding name={quoteattr(k)}>{_xml_term(v)}</binding>"
                                                  for k, v in row.items()) + "</result>\n").encode("utf-8"),
                b"", b"</results>\n</sparql>\n")
    if fmt == "csv":
        def csv_row(row: dict[str, Term]) -> bytes:
            buf = io.StringIO()
            csv.writer(buf, lineterminator="\r\n").writerow(
                [("_:" + row[v][1]) if v in row and row[v][0] == "bnode" else (row[v][1] if v in row else "")
                 for v in variables])
            return buf.getvalue().encode("utf-8")

        buf = io.StringIO()
        csv.writer(buf, lineterminator="\r\n").writerow(variables)
        return buf.getvalue().encode("utf-8"), csv_row, b"", b""
    if fmt == "tsv":
        return (("\t".join(f"?{v}" for v in variables) + "\n").encode("utf-8"),
                lambda row: ("\t".join(_tsv_term(row[v]) if v in row else "" for v in variables) + "\n").encode(
                    "utf-8"), b"", b"")
    raise ValueError(f"unknown result format {fmt!r}")


def select_chunks(fmt: str, variables: list[str], rows: Iterable[dict[str, Term]],
                  max_bytes: int | None = None) -> tuple[list[bytes], bool]:
    """A SELECT result in `fmt` as chunks totalling at most `max_bytes` (the document stays whole:
    rows that would pass the cap are left out), and whether rows were left out."""
    head, write_row, sep, tail = _select_parts(fmt, variables)
    chunks, size, first = [head], len(head) + len(tail), True
    cap = float("inf") if max_bytes is None else max_bytes
    for row in rows:
        data = write_row(row)
        extra = len(data) + (0 if first else len(sep))
        if size + extra > cap:
            chunks.append(tail)
            return chunks, True
        if not first and sep:
            chunks.append(sep)
        chunks.append(data)
        size += extra
        first = False
    chunks.append(tail)
    return chunks, False


def graph_capped(fmt: str, triples: list[tuple[Term, Term, Term]], max_bytes: int | None = None) -> tuple[bytes, bool]:
    """A graph result in `fmt` of at most `max_bytes` (fewer triples, the document whole), and whether
    triples were left out."""
    data = write_graph(fmt, triples)
    if max_bytes is None or len(data) <= max_bytes:
        return data, False
    keep = len(triples)
    while keep and len(data) > max_bytes:
        keep = int(keep * max_bytes / len(data) * 0.95)
        data = write_graph(fmt, triples[:keep])
    return data, True


def blocks(chunks: list[bytes], size: int = 1 << 20) -> Iterator[bytes]:
    """The chunks joined into blocks of about `size` bytes (one write per block, not per row)."""
    block: list[bytes] = []
    held = 0
    for chunk in chunks:
        block.append(chunk)
        held += len(chunk)
        if held >= size:
            yield b"".join(block)
            block, held = [], 0
    if block:
        yield b"".join(block)


class _Capped:
    """The rows (or triples) of a result up to `limit`, noting whether there were more."""

    def __init__(self, items: Iterable, limit: int) -> None:
        self._items = iter(items)
        self._limit = limit
        self.count = 0
        self.more = False

    def __iter__(self) -> Iterator:
        for item in self._items:
            if self.count >= self._limit:
                self.more = True
                return
            self.count += 1
            yield item


#: The fewest bytes a row takes in each format (an empty solution: `{},` `<result></result>` `\r\n` `\n`): an
#: answer written in at most max_rows times this many bytes has at most max_rows rows.
MIN_ROW_BYTES = {"json": 3, "xml": 17, "csv": 2, "tsv": 1}


class _Budget(Exception):
    pass


class _Writer:
    """A file-like sink for the engine's own writer that stops it once `budget` bytes are passed."""

    def __init__(self, budget: float) -> None:
        self.parts: list[bytes] = []
        self.size = 0
        self.budget = budget

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.budget:
            raise _Budget()
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def native_select(native: object, fmt: str, max_rows: int, max_bytes: int | None) -> bytes | None:
    """A SELECT result written by the engine itself (`native`, from Solutions.native: pyoxigraph's
    QuerySolutions.serialize, no Python object per term), or None when it cannot be the same answer as
    serialise()'s: when it would pass the size within which neither the row cap nor the byte cap can
    apply (MIN_ROW_BYTES), or when XML
    would carry characters XML 1.0 cannot (serialise() says so with a 406). Then the caller runs the
    query again on the exact path."""
    budget = MIN_ROW_BYTES[fmt] * max_rows
    if max_bytes is not None:
        budget = min(budget, max_bytes)
    sink = _Writer(budget)
    try:
        native(fmt, sink)
    except _Budget:
        return None
    data = b"".join(sink.parts)
    if fmt == "xml" and _NOT_XML.search(data.decode("utf-8", "surrogatepass")):
        return None
    return data


def serialise(result: object, select_fmt: str, graph_fmt: str, max_rows: int, max_bytes: int | None,
              triple_factor: int = 10, native: bool = True) -> tuple[str, bytes, bool, bool] | None:
    """A query result written in the negotiated format where it is produced (the query worker):
    (format, document, cut_by_rows, cut_by_bytes). The row cap (x `triple_factor` for triples) and the
    byte cap are applied while the engine produces the answer, so a huge one is never held whole; the
    document stays well formed when cut. Raises NotRepresentable for characters XML cannot carry. A
    result the engine can write itself is written so when the answer is small (native_select); None
    when it was not, and the result is used up: then run the query again and pass `native=False`."""
    from graph.stores.base import Boolean, Solutions

    if isinstance(result, Boolean):
        return select_fmt, write_ask(select_fmt, result.value), False, False
    if isinstance(result, Solutions):
        if native and result.native is not None and select_fmt in MIN_ROW_BYTES:
            data = native_select(result.native, select_fmt, max_rows, max_bytes)
            return None if data is None else (select_fmt, data, False, False)
        rows = _Capped(result.rows, max_rows)
        chunks, cut = select_chunks(select_fmt, result.variables, rows, max_bytes)
        return select_fmt, b"".join(chunks), rows.more and not cut, cut
    triples = _Capped(result.triples, max_rows * triple_factor)
    budget = float("inf") if max_bytes is None else max_bytes
    held, size = [], 0
    for triple in triples:  # terms counted while produced: the writer then gets at most about the cap
        size += 16 + sum(len(t[1]) + len(t[2]) + len(t[3]) + 16 for t in triple)
        if size > budget:
            break
        held.append(triple)
    data, cut = graph_capped(graph_fmt, held, max_bytes)
    return graph_fmt, data, triples.more and not cut and size <= budget, cut or size > budget
