"""The FastAPI application: SPARQL endpoint, linked-data pages, ontology, query page, and every
feature's routes (modules server/routes_*.py that define `router`, included automatically)."""

from __future__ import annotations

import base64
import hashlib
import importlib
import logging
import pkgutil
import re
import sys
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from graph import config
from graph.dataset_base import BaseMismatch, settle_base, stored_base
from graph.dates import InvalidDate

from . import after_update, summary_refresh, validation_runs
from . import routes_home as _home
from . import routes_search as _search
from . import routes_viz as _viz
from .context import ServerContext, get_context
from .docs import install_docs
from .executor import QueryExecutor
from .fairness import Admission, Busy, TooManyForClient
from .html import page
from .lean_memory import keep_trimmed
from .page_params import PageParams, page_params, request_lang
from .routes_sparql import LeanSparql
from .settings import Settings

log = logging.getLogger("samverkan.server")
STATIC = config.package_dir("server") / "static"  # package data (importlib.resources)


class BodyLimit:
    """Refuse request bodies over the limit (413) before they are read into memory."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        too_big = False
        if length is not None:
            try:
                too_big = int(length) > self.limit
            except ValueError:
                too_big = True
        if len(scope.get("query_string", b"")) > self.limit:
            too_big = True
        if too_big:
            await PlainTextResponse(f"request too large (limit {self.limit} bytes)\n", status_code=413)(
                scope, receive, send)
            return
        received = 0

        async def limited() -> dict:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise _TooLarge()
            return message

        try:
            await self.app(scope, limited, send)
        except _TooLarge:
            await PlainTextResponse(f"request too large (limit {self.limit} bytes)\n", status_code=413)(
                scope, receive, send)


class _TooLarge(Exception):
    pass


CSP = ("default-src 'self'; script-src 'self'{scripts}; style-src 'self'{styles}; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'self'")
_INLINE = re.compile(rb"<(script|style)((?:\s[^>]*)?)>(.*?)</\1\s*>", re.S | re.I)
_SRC_OR_DATA = re.compile(rb"\ssrc\s*=|\stype\s*=\s*[\"']?application/(?:ld\+)?json", re.I)


def content_security_policy(html: bytes, inline_styles: bool = False) -> str:
    """The page's policy: only its own files, plus the exact inline scripts and styles the page holds
    (by their sha256; the pages' own scripts are files under /static, Swagger UI's start-up is inline).
    `inline_styles` allows style attributes (vis-network sets them on the network pages; scripts stay
    strict there too)."""
    scripts, styles = [], []
    for m in _INLINE.finditer(html):
        tag, attrs, text = m.group(1).lower(), m.group(2), m.group(3)
        if tag == b"script" and _SRC_OR_DATA.search(attrs or b""):
            continue
        digest = "'sha256-" + base64.b64encode(hashlib.sha256(text).digest()).decode() + "'"
        (scripts if tag == b"script" else styles).append(digest)
    if inline_styles:  # (a hash beside 'unsafe-inline' would switch it off)
        styles = ["'unsafe-inline'"]
    return CSP.format(scripts="".join(" " + d for d in scripts), styles="".join(" " + d for d in styles))


class SecurityHeaders:
    """Every response: no Host header reflected in a redirect (a Location on the request's own host
    becomes a path), `X-Content-Type-Options: nosniff`, Retry-After on every 503, and on HTML a
    Content-Security-Policy."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        held: dict | None = None
        body: list[bytes] = []
        host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1").lower()

        async def wrapped(message: dict) -> None:
            nonlocal held
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"location"]
                for k, v in message.get("headers", []):
                    if k.lower() == b"location":
                        headers.append((k, _relative_location(v, host)))
                headers.append((b"x-content-type-options", b"nosniff"))
                if message.get("status") == 503 and not any(k.lower() == b"retry-after" for k, _ in headers):
                    headers.append((b"retry-after", b"2"))  # every 503 says when to try again
                message = {**message, "headers": headers}
                ctype = dict((k.lower(), v) for k, v in headers).get(b"content-type", b"")
                if ctype.startswith(b"text/html"):
                    held = message  # the policy needs the page's inline scripts: hold the start
                    return
                await send(message)
                return
            if held is not None and message["type"] == "http.response.body":
                body.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                page_bytes = b"".join(body)
                policy = content_security_policy(page_bytes, inline_styles=scope.get("path", "").startswith("/viz"))
                headers = list(held["headers"]) + [(b"content-security-policy", policy.encode())]
                await send({**held, "headers": headers})
                await send({"type": "http.response.body", "body": page_bytes})
                return
            await send(message)

        await self.app(scope, receive, wrapped)


def _relative_location(value: bytes, host: str) -> bytes:
    """A redirect never names a host taken from the request: a location on the request's Host becomes a path."""
    parts = urlsplit(value.decode("latin-1"))
    if parts.scheme in ("http", "https") and parts.netloc and parts.netloc.lower() == host:
        path = parts.path or "/"
        if path.startswith("//"):
            path = "/" + path.lstrip("/")
        return (path + (f"?{parts.query}" if parts.query else "")).encode("latin-1")
    return value


def _include_routes(app: FastAPI) -> None:
    package = Path(__file__).parent
    for info in sorted(pkgutil.iter_modules([str(package)]), key=lambda m: m.name):
        if info.name.startswith("routes_"):
            module = importlib.import_module(f"server.{info.name}")
            app.include_router(module.router)


def settle_served_base(ctx: ServerContext) -> None:
    """Serve under the base the store's dataset records (graph/dataset_base.py), or refuse a requested
    base that differs (BaseMismatch); a store recording none keeps the configured base, with a warning."""
    try:
        stored = stored_base(ctx.store)
    except Busy as exc:  # a server configured to admit no query at all (max queue 0) cannot ask its store
        ctx.settings.base = ctx.settings.requested_base or ctx.settings.base
        log.warning("warning: the store's base could not be read (%s): serving under %s", exc, ctx.settings.base)
        return
    base, warning = settle_base(stored, ctx.settings.requested_base, ctx.settings.base,
                                empty=stored is None and ctx.store.quad_count() == 0)
    if warning:
        log.warning(warning)
    ctx.settings.base = base


def create_app(settings: Settings | None = None, executor: QueryExecutor | None = None) -> FastAPI:
    """The application; with no executor given, one is started for settings.store at start-up."""
    settings = settings or Settings()
    own_executor = executor is None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        ex = executor or QueryExecutor(settings.store, settings.graph_file, settings.workers,
                                       settings.query_timeout, settings.max_rows,
                                       allow_service=settings.allow_service, updates=bool(settings.update_token),
                                       admission=Admission(settings.workers, settings.per_client, settings.max_queue,
                                                           settings.slow_after, settings.query_timeout + 5))
        if own_executor:
            ex.start()
        app.state.context = ServerContext(settings=settings, executor=ex)
        try:
            settle_served_base(app.state.context)  # the store's own base; a different --base is refused
        except BaseMismatch as exc:
            if own_executor:
                ex.stop()
            print(f"error: {exc}", file=sys.stderr, flush=True)
            raise
        warmups = {"validation": validation_runs.warm(app.state.context),  # the default validation
                   "start page": _home.warm(app.state.context),  # the start page's data
                   "search": _search.warm(app),  # the search index read once
                   "networks": _viz.start_warmup(app.state.context),  # networks before requests
                   "summaries": summary_refresh.warm(app)}  # when the store was loaded from a file without them
        app.state.warmups = {k: t for k, t in warmups.items() if isinstance(t, threading.Thread)}  # /ready
        after_update.register(app, summary_refresh.after_update, _search.reindex, lambda r: _home.warm(get_context(r)),
                              lambda r: _viz.start_warmup(get_context(r)))  # what follows each update
        stop_trimming = threading.Event()
        keep_trimmed(list(app.state.warmups.values()), stop_trimming)
        try:
            yield
        finally:
            stop_trimming.set()
            if own_executor:
                ex.stop()

    app = FastAPI(title="Samverkan Kalmar län", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="SPARQL 1.1 endpoint, linked data and visualisations of the knowledge graph "
                              "of Länsgemensam ledning i samverkan (Kalmar län).")
    if executor is not None:
        app.state.context = ServerContext(settings=settings, executor=executor)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    install_docs(app)  # /docs from the installed Swagger UI files, offline
    _include_routes(app)

    @app.exception_handler(InvalidDate)
    async def invalid_date(request: Request, exc: InvalidDate) -> Response:
        """A bad `?at=` (or any date parameter): 400 with a message saying what and how to write it."""
        lang = request_lang(request)
        accept = request.headers.get("accept", "")
        if "text/html" in accept:
            title = "Ogiltigt datum" if lang == "sv" else "Invalid date"
            return page(title, f'<p class="bad" role="alert">{escape(exc.message(lang))}</p>', status_code=400,
                        params=PageParams(lang=lang, path=request.url.path))
        if "application/json" in accept:
            return JSONResponse({"error": exc.message(lang), "parameter": exc.name, "value": exc.value},
                                status_code=400)
        return PlainTextResponse(exc.message(lang) + "\n", status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def not_found_page(request: Request, exc: StarletteHTTPException) -> Response:
        """A path nothing answers, asked by a browser: the site's page saying so, with the way on (start, search);
        every other client, and every other status, gets FastAPI's answer as before."""
        if exc.status_code != 404 or "text/html" not in request.headers.get("accept", ""):
            return await http_exception_handler(request, exc)
        try:  # the page's date form as on every page (the latest document's date), unless ?at= is itself bad
            p = page_params(request, getattr(request.app.state, "context", None))
        except InvalidDate:
            p = PageParams(lang=request_lang(request), path=request.url.path)
        body = (f"<p>{escape(p.t('Det finns ingen sida på', 'There is no page at'))} "
                f"<code>{escape(request.url.path)}</code>.</p>"
                f'<p><a href="{escape(p.href("/"))}">{escape(p.t("Till startsidan", "To the start page"))}</a> · '
                f'<a href="{escape(p.href("/search"))}">{escape(p.t("Sök i grafen", "Search the graph"))}</a></p>')
        return page(p.t("Hittades inte", "Not found"), body, status_code=404, params=p)

    @app.exception_handler(Busy)
    async def busy(request: Request, exc: Busy) -> Response:
        """No worker free, the queue full (503) or the client over its share (429): try again later."""
        status = 429 if isinstance(exc, TooManyForClient) else 503
        return PlainTextResponse(f"{exc}\n", status_code=status, headers={"Retry-After": str(exc.retry_after)})

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> PlainTextResponse:  # last resort, logged
        log.exception("unexpected error on %s", request.url.path)
        return PlainTextResponse(f"internal error: {type(exc).__name__}\n", status_code=500)

    app.add_middleware(LeanSparql)  # innermost: /sparql queries keep the CORS, body limit and security headers
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["*"], expose_headers=["X-SPARQL-MaxRows"])
    app.add_middleware(BodyLimit, limit=settings.max_request_bytes)
    app.add_middleware(SecurityHeaders)
    return app
