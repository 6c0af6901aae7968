"""The SPARQL 1.1 Protocol endpoint at /sparql: query (GET, POST form, POST direct), update (POST,
token-guarded), service description, content negotiation, and clear errors."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from html import escape
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, RedirectResponse, Response, StreamingResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from graph.stores.base import Boolean, QuerySyntaxError, Solutions, StoreError

from . import after_update, results, sparql_guard
from .context import get_context
from .executor import Busy, NotAcceptable, QueryTimeout, Serialised, TooManyForClient
from .html import link, page, table
from .negotiation import choose, media_type
from .sparql_text import DatasetConflict, add_using

router = APIRouter(tags=["SPARQL"])

SELECT_FORMATS = ["json", "xml", "csv", "tsv", "html"]
GRAPH_FORMATS = ["turtle", "ntriples", "jsonld", "rdfxml", "html"]
SD_FORMATS = ["turtle", "ntriples", "jsonld", "rdfxml", "html"]
SELECT_NOT_ACCEPTABLE = ("not acceptable: results can be application/sparql-results+json, "
                         "application/sparql-results+xml, text/csv or text/tab-separated-values")
GRAPH_NOT_ACCEPTABLE = ("not acceptable: graphs can be text/turtle, application/n-triples, "
                        "application/ld+json or application/rdf+xml")


class ProtocolError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> PlainTextResponse:
    return PlainTextResponse(message + "\n", status_code=status, headers=headers)


def _charset_ok(content_type: str) -> bool:
    for param in content_type.split(";")[1:]:
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value.strip().strip('"').lower() not in ("utf-8", "utf8"):
            return False
    return True


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(400, f"the request body is not UTF-8: {exc}") from exc


def _params(request: Request) -> dict[str, list[str]]:
    return parse_qs(request.url.query, keep_blank_values=True)


async def _read_operation(request: Request) -> tuple[str, str, dict[str, list[str]]]:
    """('query'|'update', text, parameters) from a POST, per the protocol's three ways."""
    params = _params(request)
    ctype = request.headers.get("content-type", "")
    media = ctype.split(";")[0].strip().lower()
    body = await request.body()
    if not media:
        raise ProtocolError(400, "missing Content-Type: use application/x-www-form-urlencoded, "
                                 "application/sparql-query or application/sparql-update")
    if media == "application/x-www-form-urlencoded":
        if not _charset_ok(ctype):
            raise ProtocolError(415, "form data must be UTF-8")
        form = parse_qs(_decode(body), keep_blank_values=True)
        for key, values in form.items():
            params.setdefault(key, []).extend(values)
        queries, updates = params.get("query", []), params.get("update", [])
        if queries and updates:
            raise ProtocolError(400, "give either 'query' or 'update', not both")
        if len(queries) > 1 or len(updates) > 1:
            raise ProtocolError(400, "more than one 'query' or 'update' parameter")
        if queries:
            return "query", queries[0], params
        if updates:
            return "update", updates[0], params
        raise ProtocolError(400, "the form has no 'query' or 'update' parameter")
    if media in ("application/sparql-query", "application/sparql-update"):
        if not _charset_ok(ctype):
            raise ProtocolError(415, f"{media} must be UTF-8 (charset={ctype.split('charset=')[-1]} given)")
        op = "query" if media.endswith("query") else "update"
        if params.get("query") or params.get("update"):
            raise ProtocolError(400, "the operation is in the body; do not also give it as a URL parameter")
        return op, _decode(body), params
    raise ProtocolError(415, f"unsupported Content-Type {media!r}: use application/x-www-form-urlencoded, "
                             "application/sparql-query or application/sparql-update")


def _render_html(variables: list[str], rows: list[dict], truncated: bool) -> Response:
    def cell(term: tuple) -> str:
        kind, value, dt, lang = term
        if kind == "uri":
            return link(value, escape(value))
        suffix = f' <span class="muted">@{escape(lang)}</span>' if lang else ""
        return escape(value) + suffix

    body = table(variables, [[cell(r[v]) if v in r else "" for v in variables] for r in rows])
    note = '<p class="warn">Resultatet kortades av vid gränsen.</p>' if truncated else ""
    return page("Frågeresultat", f"<p>{len(rows)} rader.</p>{note}{body}")


def _cap_headers(ctx: object, headers: dict[str, str], by_rows: bool, by_bytes: bool) -> None:
    """The row cap and the byte cap say the same way that they cut the answer."""
    if by_rows:
        headers["X-SPARQL-MaxRows"] = str(ctx.settings.max_rows)
    if by_bytes:
        headers["X-SPARQL-MaxBytes"] = str(ctx.settings.max_bytes)
    if by_rows or by_bytes:
        headers["X-Samverkan-Truncated"] = "true"


def _respond(request: Request, mat: object, fmt_param: str | None) -> Response:
    ctx = get_context(request)
    accept = request.headers.get("accept")
    result = mat.result
    headers = {"Vary": "Accept"}
    cap = ctx.settings.max_bytes
    if isinstance(result, Solutions | Boolean):
        fmt = choose(accept, fmt_param, SELECT_FORMATS, "json")
        if fmt is None:
            return _error(406, SELECT_NOT_ACCEPTABLE)
        if isinstance(result, Boolean):
            if fmt == "html":
                return page("Frågeresultat", f"<p>Svar: <strong>{'ja' if result.value else 'nej'}</strong></p>")
            data = results.write_ask(fmt, result.value)
            mt = media_type(fmt) if fmt in ("json", "xml") else "text/plain"
            return Response(data, media_type=mt, headers=headers)
        rows = list(result.rows)
        if fmt == "html":
            return _render_html(result.variables, rows, mat.truncated)
        try:
            chunks, cut = results.select_chunks(fmt, result.variables, rows, cap)
        except results.NotRepresentable as exc:
            return _error(406, str(exc))
        _cap_headers(ctx, headers, mat.truncated and not mat.cut_by_bytes, cut or mat.cut_by_bytes)
        total = sum(map(len, chunks))
        if total <= 1 << 20:
            return Response(b"".join(chunks), media_type=media_type(fmt), headers=headers)
        return StreamingResponse(results.blocks(chunks), media_type=media_type(fmt),  # no second copy of it all
                                 headers={**headers, "Content-Length": str(total)})
    fmt = choose(accept, fmt_param, GRAPH_FORMATS, "turtle")
    if fmt is None:
        return _error(406, GRAPH_NOT_ACCEPTABLE)
    triples = list(result.triples)
    if fmt == "html":
        rows = [{"s": s, "p": p, "o": o} for s, p, o in triples]
        return _render_html(["s", "p", "o"], rows, mat.truncated)
    data, cut = results.graph_capped(fmt, triples, cap)
    _cap_headers(ctx, headers, mat.truncated and not mat.cut_by_bytes, cut or mat.cut_by_bytes)
    return Response(data, media_type=media_type(fmt), headers=headers)


def _client(request: Request) -> str | None:
    return request.client.host if request.client else None


def _base(request: Request) -> str:
    """The base IRI of queries and the endpoint's own IRI: from the configured base, never the Host header."""
    return _endpoint(get_context(request))


@dataclass
class Answer:
    """A response of the query path, independent of the web framework (the lean /sparql handler and
    the FastAPI route send the same)."""

    status: int
    body: bytes
    headers: dict[str, str]

    def response(self) -> Response:
        return Response(self.body, status_code=self.status, headers=self.headers)


def _text_type(media: str) -> str:
    return media + "; charset=utf-8" if media.startswith("text/") else media


def error_answer(status: int, message: str, headers: dict[str, str] | None = None) -> Answer:
    """The error format of every /sparql answer: plain text, one line (as _error)."""
    return Answer(status, (message + "\n").encode("utf-8"),
                  {"content-type": "text/plain; charset=utf-8", **(headers or {})})


def _formats(params: dict[str, list[str]], accept: str | None) -> tuple[str | None, str | None]:
    """The negotiated formats of a SELECT/ASK answer and of a graph answer (None: not acceptable)."""
    fmt_param = (params.get("format") or [None])[0]
    return choose(accept, fmt_param, SELECT_FORMATS, "json"), choose(accept, fmt_param, GRAPH_FORMATS, "turtle")


def _answer(ctx: object, done: Serialised | None, exc: Exception | None) -> Answer:
    """The answer to a query the worker wrote (`done`), or to its error `exc` (the protocol's errors)."""
    if isinstance(exc, NotAcceptable):
        text = str(exc)
        return error_answer(406, {"select": SELECT_NOT_ACCEPTABLE, "graph": GRAPH_NOT_ACCEPTABLE}.get(text, text))
    if exc is not None:
        status, message, headers = error_of(exc)
        return error_answer(status, message, headers)
    headers = {"content-type": _text_type(media_type(done.fmt)), "vary": "Accept"}
    _cap_headers(ctx, headers, done.cut_by_rows, done.cut_by_bytes)
    return Answer(200, done.data, headers)


def _request(ctx: object, query: str, params: dict[str, list[str]], accept: str | None,
             client: str | None) -> dict | Answer | None:
    """What to ask the executor for a user's query (the keyword arguments of run_serialised), or the
    answer without asking (an empty query), or None when the client wants HTML."""
    select_fmt, graph_fmt = _formats(params, accept)
    if "html" in (select_fmt, graph_fmt):
        return None
    if not query.strip():
        return error_answer(400, "the query is empty")
    return {"sparql": query, "select_fmt": select_fmt, "graph_fmt": graph_fmt, "client": client,
            "default_graphs": params.get("default-graph-uri", []), "named_graphs": params.get("named-graph-uri", []),
            "base_iri": _endpoint(ctx), "max_bytes": ctx.settings.max_bytes}


def answer_query(ctx: object, query: str, params: dict[str, list[str]], accept: str | None,
                 client: str | None) -> Answer | None:
    """A user's query answered in the negotiated format, written by the query worker (bytes, no terms
    rebuilt here); None when the client wants HTML (then the route renders a page). Errors become the
    protocol's plain-text answers."""
    asked = _request(ctx, query, params, accept, client)
    if not isinstance(asked, dict):
        return asked
    try:
        return _answer(ctx, ctx.executor.run_serialised(**asked), None)
    except Exception as exc:  # noqa: BLE001 - mapped as every /sparql error is, or raised again
        return _answer(ctx, None, exc)


async def answer_query_async(ctx: object, query: str, params: dict[str, list[str]], accept: str | None,
                             client: str | None) -> Answer | None:
    """answer_query from the event loop (executor.run_serialised_async: no thread in the common case)."""
    asked = _request(ctx, query, params, accept, client)
    if not isinstance(asked, dict):
        return asked
    try:
        return _answer(ctx, await ctx.executor.run_serialised_async(**asked), None)
    except Exception as exc:  # noqa: BLE001 - mapped as every /sparql error is, or raised again
        return _answer(ctx, None, exc)


def _endpoint(ctx: object) -> str:
    return ctx.settings.base.rstrip("/") + "/sparql"


def _run_query(request: Request, query: str, params: dict[str, list[str]]) -> Response:
    ctx = get_context(request)
    done = answer_query(ctx, query, params, request.headers.get("accept"), _client(request))
    if done is not None:
        return done.response()
    if not query.strip():
        raise ProtocolError(400, "the query is empty")
    # HTML: the rows rendered as a page here. Parsed in the worker (sparql_guard.check): refused when
    # unparsable or fetching
    mat = ctx.executor.run(query, params.get("default-graph-uri", []), params.get("named-graph-uri", []),
                           base_iri=_base(request), client=_client(request), checked=True,
                           max_bytes=ctx.settings.max_bytes)
    return _respond(request, mat, (params.get("format") or [None])[0])


def _check_token(request: Request) -> None:
    token = get_context(request).settings.update_token
    if not token:
        raise ProtocolError(403, "SPARQL Update is disabled on this server (start it with an update token "
                                 "in SAMVERKAN_UPDATE_TOKEN to enable it)")
    auth = request.headers.get("authorization", "")
    scheme, _, given = auth.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ProtocolError(401, "SPARQL Update needs the server's bearer token (Authorization: Bearer ...)",
                            {"WWW-Authenticate": 'Bearer realm="sparql-update"'})


def _run_update(request: Request, update: str, params: dict[str, list[str]]) -> Response:
    ctx = get_context(request)
    _check_token(request)
    if not update.strip():
        raise ProtocolError(400, "the update is empty")
    using, named = params.get("using-graph-uri", []), params.get("using-named-graph-uri", [])
    if (using or named) and sparql_guard.check(update, update=True, allow_service=True).has_dataset_clause:
        raise ProtocolError(400, "using-graph-uri/using-named-graph-uri given, but the update has USING or WITH")
    try:
        update = add_using(update, using, named)
    except DatasetConflict as exc:
        raise ProtocolError(400, str(exc)) from exc
    sparql_guard.check(update, update=True, allow_service=ctx.settings.allow_service)  # what the engine runs
    ctx.executor.run_update(update, base_iri=_base(request))
    after_update.run(request, update)  # the search index, start page and networks follow (server/app.py)
    return Response(status_code=204)


def error_of(exc: Exception) -> tuple[int, str, dict[str, str]]:
    """(status, message, headers) of an error on the /sparql path; anything else is raised again."""
    if isinstance(exc, ProtocolError):
        return exc.status, exc.message, exc.headers
    if isinstance(exc, sparql_guard.Refused):
        return exc.status, exc.message, {}
    if isinstance(exc, QuerySyntaxError):
        return 400, f"SPARQL syntax error: {exc}", {}
    if isinstance(exc, QueryTimeout):
        return 503, f"query timeout: {exc}", {"Retry-After": "5"}
    if isinstance(exc, TooManyForClient):
        return 429, str(exc), {"Retry-After": str(exc.retry_after)}
    if isinstance(exc, Busy):
        return 503, str(exc), {"Retry-After": str(exc.retry_after)}
    if isinstance(exc, StoreError):
        text = str(exc)
        if text.startswith("query worker"):
            return 503, text, {"Retry-After": "2"}
        return 400, f"the query could not be evaluated: {text}", {}
    raise exc


def _handle(request: Request, action: object) -> Response:
    try:
        return action()
    except Exception as exc:  # noqa: BLE001 - error_of raises again what is not the protocol's
        status, message, headers = error_of(exc)
        return _error(status, message, headers)


_GET_PARAMS = {"parameters": [
    {"name": "query", "in": "query", "required": False, "schema": {"type": "string"},
     "description": "the SPARQL query; without it the service description is returned"},
    {"name": "default-graph-uri", "in": "query", "required": False,
     "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": True},
    {"name": "named-graph-uri", "in": "query", "required": False,
     "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": True},
    {"name": "format", "in": "query", "required": False,
     "schema": {"type": "string", "enum": ["json", "xml", "csv", "tsv", "turtle", "ntriples", "jsonld", "rdfxml",
                                           "html"]}},
]}


@router.head("/sparql", include_in_schema=False)
def sparql_head(request: Request) -> Response:
    """HEAD answers as GET would, without the body."""
    got = sparql_get(request)
    if isinstance(got, StreamingResponse):
        return Response(status_code=got.status_code, headers=dict(got.headers))
    return Response(status_code=got.status_code, headers=dict(got.headers))


@router.get("/sparql", summary="SPARQL query by GET, or the service description without a query",
            openapi_extra=_GET_PARAMS)
def sparql_get(request: Request) -> Response:
    params = _params(request)
    if "update" in params:
        return _error(400, "SPARQL Update must be sent by POST")
    queries = params.get("query", [])
    if len(queries) > 1:
        return _error(400, "more than one 'query' parameter")
    if not queries:
        return service_description(request)
    return _handle(request, lambda: _run_query(request, queries[0], params))


@router.post("/sparql", summary="SPARQL query or update by POST (form-encoded or direct)",
             openapi_extra={"requestBody": {"content": {
                 "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
                     "query": {"type": "string"}, "update": {"type": "string"}}}},
                 "application/sparql-query": {"schema": {"type": "string"}},
                 "application/sparql-update": {"schema": {"type": "string"}}}}})
async def sparql_post(request: Request) -> Response:
    try:
        op, text, params = await _read_operation(request)
    except ProtocolError as exc:
        return _error(exc.status, exc.message, exc.headers)
    from starlette.concurrency import run_in_threadpool

    if op == "query":
        return await run_in_threadpool(_handle, request, lambda: _run_query(request, text, params))
    return await run_in_threadpool(_handle, request, lambda: _run_update(request, text, params))


@router.api_route("/sparql", methods=["PUT", "DELETE", "PATCH"], include_in_schema=False)
def sparql_other(request: Request) -> Response:
    return _error(405, "use GET, HEAD or POST for SPARQL", {"Allow": "GET, HEAD, POST"})


#: What the service description says of the default graph (README, "The default graph").
UNION_DESCRIPTION = ("The union of the named graphs of this dataset, as the engine provides it: a triple held "
                     "by several graphs is seen once per graph (a bag); the store holds no separate copy.")


def service_description(request: Request) -> Response:
    ctx = get_context(request)
    fmt = choose(request.headers.get("accept"), (_params(request).get("format") or [None])[0], SD_FORMATS,
                 "turtle")
    if fmt == "html":
        return RedirectResponse("/query", status_code=303)
    if fmt is None:
        return _error(406, "the service description is available as Turtle, N-Triples, JSON-LD or RDF/XML")
    endpoint = _base(request)
    u = lambda iri: ("uri", iri, "", "")  # noqa: E731
    sd = "http://www.w3.org/ns/sparql-service-description#"
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    me = ("uri", endpoint, "", "")
    triples = [(me, u(rdf_type), u(sd + "Service")), (me, u(sd + "endpoint"), me),
               (me, u(sd + "supportedLanguage"), u(sd + "SPARQL11Query")),
               (me, u(sd + "feature"), u(sd + "UnionDefaultGraph")),
               (me, u(sd + "feature"), u(sd + "BasicFederatedQuery")) if ctx.settings.allow_service else None,
               (me, u(sd + "supportedLanguage"), u(sd + "SPARQL11Update")) if ctx.settings.update_token else None]
    for fmt_iri in ("http://www.w3.org/ns/formats/SPARQL_Results_JSON",
                    "http://www.w3.org/ns/formats/SPARQL_Results_XML",
                    "http://www.w3.org/ns/formats/SPARQL_Results_CSV",
                    "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
                    "http://www.w3.org/ns/formats/Turtle", "http://www.w3.org/ns/formats/N-Triples",
                    "http://www.w3.org/ns/formats/JSON-LD", "http://www.w3.org/ns/formats/RDF_XML"):
        triples.append((me, u(sd + "resultFormat"), u(fmt_iri)))
    dataset = ("bnode", "dataset", "", "")
    triples.append((me, u(sd + "defaultDataset"), dataset))
    triples.append((dataset, u(rdf_type), u(sd + "Dataset")))
    triples.append((dataset, u("http://rdfs.org/ns/void#dataDump"), u(ctx.settings.base + "rdf-graph-store")))  # GSP
    # the dataset's VoID + DCAT description (server/routes_download.py): at the public URL when one is set
    triples.append((dataset, u("http://www.w3.org/2000/01/rdf-schema#seeAlso"),
                    u((ctx.settings.public_url or ctx.settings.base).rstrip("/") + "/.well-known/void")))
    # the one dataset rule: the default graph is the engine's union of the named graphs listed below
    union = ("bnode", "union", "", "")
    triples += [(dataset, u(sd + "defaultGraph"), union), (union, u(rdf_type), u(sd + "Graph")),
                (union, u("http://purl.org/dc/terms/description"), ("literal", UNION_DESCRIPTION, "", "en"))]
    try:
        graphs = ctx.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
    except StoreError:
        graphs = []
    for i, row in enumerate(sorted(str(r["g"]) for r in graphs)):
        ng = ("bnode", f"g{i}", "", "")
        triples += [(dataset, u(sd + "namedGraph"), ng), (ng, u(sd + "name"), u(row))]
    data = results.write_graph(fmt, [t for t in triples if t])
    return Response(data, media_type=media_type(fmt), headers={"Vary": "Accept"})


_FORM = "application/x-www-form-urlencoded"
_BLOCK = 1 << 20


class LeanSparql:
    """The lean /sparql query path: an ASGI layer inside the security, CORS and body-limit middleware
    (so every answer keeps their headers and limits) that answers GET and POST queries itself, without
    the router, the request objects and the route's thread hop of the full stack, with the same answers
    as the route (answer_query). Everything else (updates, the service description, HEAD, HTML, other
    methods, other paths) goes on to the application unchanged."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != "/sparql" or scope["method"] not in ("GET", "POST"):
            await self.app(scope, receive, send)
            return
        params = parse_qs(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        if scope["method"] == "GET":
            if "update" in params or len(params.get("query", [])) != 1:
                await self.app(scope, receive, send)  # the route's errors and the service description
                return
            query = params["query"][0]
        else:
            body = await _read_body(receive)
            headers = _header_map(scope)
            ctype = headers.get("content-type", "")
            media = ctype.split(";")[0].strip().lower()
            query = None
            if media == _FORM and _charset_ok(ctype):
                try:
                    form = parse_qs(body.decode("utf-8"), keep_blank_values=True)
                except UnicodeDecodeError:
                    form = {}
                if (len(form.get("query", [])) == 1 and "update" not in form and "query" not in params
                        and "update" not in params):
                    query = form["query"][0]
                    for key, values in form.items():
                        params.setdefault(key, []).extend(values)
            elif media == "application/sparql-query" and _charset_ok(ctype) and not (
                    params.get("query") or params.get("update")):
                try:
                    query = body.decode("utf-8")
                except UnicodeDecodeError:
                    query = None
            if query is None:  # an update or a request the route answers with its error: it reads the body again
                await self.app(scope, _replay(body), send)
                return
        ctx = scope["app"].state.context
        headers = _header_map(scope) if scope["method"] == "GET" else headers
        client = scope["client"][0] if scope.get("client") else None
        answer = await answer_query_async(ctx, query, params, headers.get("accept"), client)
        if answer is None:  # HTML: the route renders it
            await self.app(scope, _replay(b"" if scope["method"] == "GET" else body), send)
            return
        await _send(send, answer)


def _header_map(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or []}


async def _read_body(receive: Receive) -> bytes:
    parts = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        parts.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    return b"".join(parts)


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> dict:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive


async def _send(send: Send, answer: Answer) -> None:
    body = answer.body
    raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in answer.headers.items()]
    raw.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": answer.status, "headers": raw})
    if len(body) <= _BLOCK:
        await send({"type": "http.response.body", "body": body})
        return
    view = memoryview(body)
    for start in range(0, len(body), _BLOCK):  # large answers in blocks: no second copy of them whole
        end = min(len(body), start + _BLOCK)
        await send({"type": "http.response.body", "body": bytes(view[start:end]), "more_body": end < len(body)})
