"""The floor of the stack, for `samverkan bench --only front --floor`: the least any server built on the
design card's stack (Python, uvicorn, FastAPI, pyoxigraph) can do on an on-disk store, measured beside
ours and `oxigraph serve` in the same run, so that a goal stated as a ratio to `oxigraph serve` can be
told apart from what the stack itself allows.

Two forms, both with none of what a real server needs (no safety check of the query, no timeout, no
worker to kill, no caps, no content negotiation, no pages, no admission): a SPARQL POST or GET answered
from pyoxigraph in this one process, SELECT and ASK as SPARQL JSON and graphs as N-Triples, written by the
engine itself.
- `asgi`: a bare ASGI callable under uvicorn (uvloop, httptools), the query run on the event loop: the
  fewest Python steps between the socket and the engine.
- `fastapi`: one FastAPI route that reads the form body and runs the query in FastAPI's thread pool (so the
  engine, which releases the GIL, can use the second core): the usual shape of a FastAPI endpoint.

Run: `python -m graph.bench.floor_server asgi|fastapi STORE_DIR PORT`. (No `from __future__ import
annotations` here: FastAPI reads the route's annotations when it is defined, and `Request` is imported
only in `fastapi_app`, so that the bare form does not load FastAPI.)
"""


import sys
from typing import Any
from urllib.parse import parse_qs

import pyoxigraph as ox

JSON = "application/sparql-results+json"
NTRIPLES = "application/n-triples"


def answer(store: ox.Store, query: str) -> tuple[int, str, bytes]:
    """Status, media type and body of `query` on `store` (the default graph the union of all graphs, as
    `oxigraph serve --union-default-graph` and our server read it)."""
    try:
        result = store.query(query, use_default_graph_as_union=True)
    except (SyntaxError, ValueError, OSError) as exc:
        return 400, "text/plain; charset=utf-8", str(exc).encode()
    if isinstance(result, ox.QueryTriples):
        return 200, NTRIPLES, result.serialize(format=ox.RdfFormat.N_TRIPLES)
    return 200, JSON, result.serialize(format=ox.QueryResultsFormat.JSON)


def query_of(method: str, query_string: bytes, body: bytes) -> str | None:
    """The `query` parameter of a GET's query string or a form-encoded POST's body."""
    raw = body if method == "POST" else query_string
    values = parse_qs(raw.decode("utf-8", "replace")).get("query")
    return values[0] if values else None


def asgi_app(store: ox.Store) -> Any:
    """The bare ASGI form (see the module's docstring)."""

    async def app(scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        query = query_of(scope["method"], scope.get("query_string", b""), body)
        status, media, payload = (400, "text/plain", b"no query") if query is None else answer(store, query)
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", media.encode()), (b"content-length", str(len(payload)).encode())]})
        await send({"type": "http.response.body", "body": payload})

    return app


def fastapi_app(store: ox.Store) -> Any:
    """The FastAPI form (see the module's docstring)."""
    from fastapi import FastAPI, Request, Response
    from fastapi.concurrency import run_in_threadpool

    app = FastAPI()

    @app.api_route("/sparql", methods=["GET", "POST"])
    async def sparql(request: Request) -> Response:
        query = query_of(request.method, request.scope.get("query_string", b""), await request.body())
        if query is None:
            return Response(b"no query", status_code=400, media_type="text/plain")
        status, media, payload = await run_in_threadpool(answer, store, query)
        return Response(payload, status_code=status, media_type=media)

    return app


def main(argv: list[str]) -> None:
    import uvicorn

    form, location, port = argv
    store = ox.Store.read_only(location)
    app = asgi_app(store) if form == "asgi" else fastapi_app(store)
    uvicorn.run(app, host="127.0.0.1", port=int(port), loop="uvloop", http="httptools", log_level="warning",
                access_log=False)


if __name__ == "__main__":
    main(sys.argv[1:])
