"""The SPARQL 1.1 Graph Store HTTP Protocol at /rdf-graph-store: read a named graph, the default graph or
the whole dataset by GET/HEAD, write named graphs by PUT/POST/DELETE behind the update token.

- Indirect identification: ``/rdf-graph-store?graph=IRI`` (one named graph), ``/rdf-graph-store?default``
  (the default graph), ``/rdf-graph-store`` (GET: the whole dataset as TriG or N-Quads; POST: a new graph,
  201 with its IRI in Location). Direct identification: ``/rdf-graph-store/PATH`` names the graph
  ``<base>rdf-graph-store/PATH`` (the configured base, never the request's Host).
- Each source document is a named graph (its IRI is the document's, ``<base>id/doc/<id>``), so "the
  graph of this protocol" is ``GET /rdf-graph-store?graph=<document IRI>``; each document page links it.
- Formats: Turtle (default), N-Triples, JSON-LD, RDF/XML, and TriG / N-Quads (a graph as a dataset of
  one graph, or the whole dataset), by Accept or ``format=``; every answer names a file
  (Content-Disposition) after the graph.
- The default graph is a view (the one dataset rule): the union of the named graphs, provided by the
  engine, so it is read (each triple once) but never written: PUT/POST/DELETE ``?default`` answer 405
  with the reason; write to a named graph instead.
- Writes need the bearer token of SPARQL Update (401/403 as /sparql answers) and go through the
  executor as one SPARQL update each (PUT: DROP SILENT GRAPH + INSERT DATA in one transaction), so
  they are atomic, clear the server's caches and re-index search like any update. Request bodies are
  parsed by Oxigraph's parsers, which fetch nothing (no remote JSON-LD contexts).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from email import policy
from email.parser import BytesParser
from html import escape
from urllib.parse import parse_qs, quote

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response
from starlette.concurrency import run_in_threadpool

from graph.iris import Iris
from graph.sparql import iri as sparql_iri
from graph.sparql import render
from graph.stores.base import Boolean, QuerySyntaxError, Solutions, StoreError, Triples
from graph.stores.syntax import parse_triples, write_quads, write_triples
from graph.stores.terms import Term

from .context import ServerContext, get_context
from .executor import Busy, QueryTimeout
from .negotiation import ALIASES, parse_accept
from .page_params import PageParams

router = APIRouter(tags=["Graph Store"])

#: Where the Graph Store answers (indirect identification) and under which its direct graphs live.
PATH = "/rdf-graph-store"

_TYPES = {"turtle": "text/turtle", "ntriples": "application/n-triples", "jsonld": "application/ld+json",
          "rdfxml": "application/rdf+xml", "trig": "application/trig", "nquads": "application/n-quads"}
_EXT = {"turtle": "ttl", "ntriples": "nt", "jsonld": "jsonld", "rdfxml": "rdf", "trig": "trig", "nquads": "nq"}
_ALIASES = {**ALIASES, "trig": "trig", "application/trig": "trig", "nquads": "nquads", "nq": "nquads",
            "application/n-quads": "nquads"}
TRIPLE_FORMATS = ["turtle", "ntriples", "jsonld", "rdfxml"]
GRAPH_FORMATS = [*TRIPLE_FORMATS, "trig", "nquads"]
DATASET_FORMATS = ["trig", "nquads"]
_DEFAULT_IS_A_VIEW = ("the default graph is the union of the named graphs (a view the store computes), so it "
                      "cannot be written; write to a named graph with ?graph=IRI")


class GspError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> PlainTextResponse:
    return PlainTextResponse(message + "\n", status_code=status, headers=headers)


# which graph -------------------------------------------------------------------------------------
def _target(request: Request, direct: str | None) -> tuple[str, str | None]:
    """("graph", IRI), ("default", None) or ("dataset", None) from the request."""
    ctx = get_context(request)
    params = parse_qs(request.url.query, keep_blank_values=True)
    if direct is not None:
        if "graph" in params or "default" in params:
            raise GspError(400, "a graph named by its URL (direct identification) takes no ?graph= or ?default")
        raw = request.scope.get("raw_path", b"").decode("latin-1") or request.url.path
        return "graph", _checked(ctx.settings.base.rstrip("/") + raw)
    graphs = params.get("graph", [])
    if graphs and "default" in params:
        raise GspError(400, "give either ?graph=IRI or ?default, not both")
    if len(graphs) > 1:
        raise GspError(400, "more than one ?graph= parameter")
    if graphs:
        return "graph", _checked(graphs[0])
    if "default" in params:
        return "default", None
    return "dataset", None


def _checked(graph: str) -> str:
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", graph):
        raise GspError(400, f"the graph must be named by an absolute IRI, not {graph!r}")
    try:
        sparql_iri(graph)
    except ValueError:
        raise GspError(400, f"not a usable graph IRI: {graph!r}") from None
    return graph


def _choose(request: Request, allowed: list[str]) -> str:
    explicit = request.query_params.get("format")
    if explicit:
        fmt = _ALIASES.get(explicit.strip().lower())
        if fmt in allowed:
            return fmt
    for media, _q in parse_accept(request.headers.get("accept")):
        if media in ("*/*", "application/*", "text/*"):
            return allowed[0]
        fmt = _ALIASES.get(media)
        if fmt in allowed:
            return fmt
    raise GspError(406, "not acceptable: this graph is available as " + ", ".join(_TYPES[f] for f in allowed))


def _filename(target: str, graph: str | None, fmt: str) -> str:
    """The file name an answer suggests: the graph's last path segment, samverkan-default or samverkan."""
    if graph is None:
        return f"samverkan{'-default' if target == 'default' else ''}.{_EXT[fmt]}"
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", graph.rstrip("/").rsplit("/", 1)[-1])
    name = re.sub(r"\.(ttl|nt|rdf|jsonld|trig|nq)$", "", name.strip(".-")) or "graph"
    return f"{name}.{_EXT[fmt]}"


# reading -----------------------------------------------------------------------------------------
def _triples(ctx: ServerContext, query: str) -> list[tuple[Term, Term, Term]]:
    done = ctx.executor.run(query, max_rows=ctx.settings.max_rows)
    if done.truncated:
        raise GspError(507, f"the graph has more triples than this server sends in one answer ({done.rows:,}); "
                            "read it in parts with SPARQL (CONSTRUCT ... LIMIT/OFFSET at /sparql)")
    result = done.result
    if not isinstance(result, Triples):
        raise StoreError("a CONSTRUCT gave no triples")
    return list(dict.fromkeys(result.triples))  # each triple once (the default graph is a bag union)


def _read(request: Request, target: str, graph: str | None) -> Response:
    ctx = get_context(request)
    headers = {"Vary": "Accept"}
    if target == "dataset":
        fmt = _choose(request, DATASET_FORMATS)
        names = ctx.executor.run(render("gsp_graphs.rq")).result
        assert isinstance(names, Solutions)
        quads = []
        for row in names.rows:
            g = row["g"]
            quads += [(s, p, o, g) for s, p, o in _triples(ctx, render("gsp_graph.rq", graph=sparql_iri(g[1])))]
        data = write_quads(fmt, quads, Iris(ctx.settings.base).prefixes())
    else:
        fmt = _choose(request, GRAPH_FORMATS if graph else TRIPLE_FORMATS)
        query = render("gsp_graph.rq", graph=sparql_iri(graph)) if graph else render("gsp_default.rq")
        triples = _triples(ctx, query)
        if not triples and target == "graph":
            raise GspError(404, f"no such graph: {graph}")
        if fmt in DATASET_FORMATS and graph:  # a dataset of this one named graph
            g: Term = ("uri", graph, "", "")
            data = write_quads(fmt, [(*t, g) for t in triples], Iris(ctx.settings.base).prefixes())
        else:
            data = write_triples(fmt, triples, Iris(ctx.settings.base).prefixes())
    headers["Content-Disposition"] = f'attachment; filename="{_filename(target, graph, fmt)}"'
    return Response(data, media_type=_TYPES[fmt], headers=headers)


# writing -----------------------------------------------------------------------------------------
def _body_triples(content_type: str, body: bytes, base_iri: str | None) -> list[tuple[Term, Term, Term]]:
    media = content_type.split(";")[0].strip().lower()
    if not media:
        raise GspError(400, "missing Content-Type: say which RDF syntax the body is in (e.g. text/turtle)")
    try:
        if media == "multipart/form-data":  # several documents, merged (GSP 5.5)
            msg = BytesParser(policy=policy.HTTP).parsebytes(
                b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body)
            if not msg.is_multipart():
                raise GspError(400, "the multipart/form-data body has no parts (is the boundary right?)")
            out = []
            for part in msg.iter_parts():
                out += parse_triples(part.get_payload(decode=True) or b"", part.get_content_type(), base_iri)
            return out
        return parse_triples(body, content_type, base_iri)
    except StoreError as exc:
        status = 415 if str(exc).startswith("not an RDF graph syntax") else 400
        raise GspError(status, str(exc)) from exc


def _insert_data(graph: str, triples: list[tuple[Term, Term, Term]]) -> str:
    """INSERT DATA of the triples into the graph: N-Triples lines are SPARQL triples as they stand."""
    return f"INSERT DATA {{ GRAPH {sparql_iri(graph)} {{\n{write_triples('ntriples', triples).decode('utf-8')}}} }}"


def _exists(ctx: ServerContext, graph: str) -> bool:
    result = ctx.executor.run(render("gsp_graph_exists.rq", graph=sparql_iri(graph))).result
    return isinstance(result, Boolean) and result.value


def _write(request: Request, target: str, graph: str | None, body: bytes) -> Response:
    from . import after_update
    from .routes_sparql import ProtocolError, _check_token

    ctx = get_context(request)
    method = request.method
    if target == "default":
        raise GspError(405, _DEFAULT_IS_A_VIEW, {"Allow": "GET, HEAD"})
    if target == "dataset" and method != "POST":
        raise GspError(405, f"{method} needs a graph: ?graph=IRI (the whole store is read by GET and added to "
                            "by POST, which makes a new graph)", {"Allow": "GET, HEAD, POST"})
    try:
        _check_token(request)
    except ProtocolError as exc:
        raise GspError(exc.status, exc.message.replace("SPARQL Update", "Writing through the Graph Store"),
                       exc.headers) from exc
    headers: dict[str, str] = {}
    if target == "dataset":  # POST to the store: a new graph, named by the server
        graph = Iris(ctx.settings.base).under(f"graph/{uuid.uuid4().hex}")
        headers["Location"] = graph
    assert graph is not None
    existed = target != "dataset" and _exists(ctx, graph)
    if method == "DELETE":
        if not existed:
            raise GspError(404, f"no such graph: {graph}")
        update = render("gsp_drop.rq", graph=sparql_iri(graph))
    else:
        triples = _body_triples(request.headers.get("content-type", ""), body, graph)
        insert = _insert_data(graph, triples)
        update = render("gsp_drop.rq", graph=sparql_iri(graph)) + " ;\n" + insert if method == "PUT" else insert
    ctx.executor.run_update(update)
    after_update.run(request, update)  # the search index, start page and networks follow (server/app.py)
    if method == "PUT" and not existed or method == "POST" and (target == "dataset" or not existed):
        headers.setdefault("Location", graph)
        return Response(status_code=201, headers=headers)
    return Response(status_code=204, headers=headers)


def _handle(action: Callable[[], Response]) -> Response:
    try:
        return action()
    except GspError as exc:
        return _error(exc.status, exc.message, exc.headers)
    except (QueryTimeout, Busy) as exc:
        return _error(503, str(exc), {"Retry-After": "5"})
    except QuerySyntaxError as exc:
        return _error(400, f"the store refused the request: {exc}")
    except StoreError as exc:
        return _error(503, f"the store failed: {exc}", {"Retry-After": "5"})


async def _serve(request: Request, direct: str | None) -> Response:
    try:
        target, graph = _target(request, direct)
    except GspError as exc:
        return _error(exc.status, exc.message, exc.headers)
    if request.method in ("GET", "HEAD"):
        return await run_in_threadpool(_handle, lambda: _read(request, target, graph))
    body = await request.body()
    return await run_in_threadpool(_handle, lambda: _write(request, target, graph, body))


_METHODS = ["GET", "HEAD", "PUT", "POST", "DELETE"]
_PARAMS = {"parameters": [
    {"name": "graph", "in": "query", "required": False, "schema": {"type": "string"},
     "description": "the IRI of a named graph (e.g. a source document's IRI)"},
    {"name": "default", "in": "query", "required": False, "allowEmptyValue": True, "schema": {"type": "string"},
     "description": "the default graph: the union of the named graphs (read only)"},
    {"name": "format", "in": "query", "required": False,
     "schema": {"type": "string", "enum": ["turtle", "ntriples", "jsonld", "rdfxml", "trig", "nquads"]},
     "description": "the syntax of the answer, instead of Accept"},
]}


@router.api_route(PATH, methods=_METHODS, summary="Graph Store HTTP Protocol: ?graph=IRI, ?default, or the "
                  "whole dataset (GET: TriG/N-Quads; POST: a new graph)", openapi_extra=_PARAMS)
async def graph_store(request: Request) -> Response:
    return await _serve(request, None)


@router.api_route(PATH + "/{path:path}", methods=_METHODS, summary="Graph Store HTTP Protocol, direct "
                  "identification: the graph <base>rdf-graph-store/PATH")
async def graph_store_direct(request: Request, path: str) -> Response:
    return await _serve(request, path)


def download_link(p: PageParams, graph: str) -> str:
    """A paragraph linking the Graph Store download of a named graph (a document page's own graph)."""
    href = f"{PATH}?graph={quote(graph, safe='')}"
    text = p.t("Dokumentets graf att ladda ner", "Download the document's graph")
    return (f'<p class="muted">{escape(text)}: <a href="{escape(href)}&amp;format=turtle">Turtle</a> · '
            f'<a href="{escape(href)}&amp;format=trig">TriG</a> · '
            f'<a href="{escape(href)}&amp;format=ntriples">N-Triples</a></p>')
