"""`samverkan serve`: load the graph into the store (when it changed) and serve it over HTTP."""

from __future__ import annotations

import argparse
import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..stores import StoreSpec


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def prepare_store(store_spec: str | StoreSpec, graph: Path | None) -> str:
    """Load the built graph into an on-disk store when the graph changed since the last load, so
    SPARQL updates made through the server survive restarts until the sources change."""
    from ..stores import StoreSpec

    spec = StoreSpec.parse(store_spec)
    if not spec.persistent or spec.path is None:
        return "kept"
    path = spec.path
    if graph is None:
        if not (path / "CURRENT").exists():  # create an empty store the read-only workers can open
            spec.open().close()
            return "created empty"
        return "kept"
    marker = path / ".loaded-graph.sha256"
    digest = _sha256(graph)
    if marker.exists() and marker.read_text().strip() == digest:
        return "unchanged"
    store = spec.open()
    try:
        n = store.load(graph, replace=True)
    finally:
        store.close()
    marker.write_text(digest + "\n")
    return f"loaded {n} quads from {graph}"


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from server.app import create_app
    from server.settings import Settings

    settings = Settings()
    if args.base:
        from .. import config

        settings.base = config.base_iri(args.base)
    if args.store:
        settings.store = args.store
    if args.graph:
        settings.graph_file = str(Path(args.graph).resolve())
    if args.timeout is not None:
        settings.query_timeout = args.timeout
    if args.max_rows is not None:
        settings.max_rows = args.max_rows
    if args.workers is not None:
        settings.workers = args.workers
    if args.max_bytes is not None:
        settings.max_bytes = args.max_bytes
    if args.per_client is not None:
        settings.per_client = args.per_client
    if args.allow_service:
        settings.allow_service = True
    if args.cors:
        settings.cors_origins = args.cors.split(",")
    if args.update_token_file:
        settings.update_token = Path(args.update_token_file).read_text().strip() or None
    if args.search_index:
        settings.search_index = str(Path(args.search_index).resolve())
    from ..stores import StoreSpec

    spec = StoreSpec.parse(settings.store)  # a wrong spec stops here, before the server starts
    status = prepare_store(spec, Path(settings.graph_file) if settings.graph_file else None)
    print(f"store {settings.store}: {status}")
    from ..search_index import build_for_store

    if spec.persistent:  # others: built on start-up
        print(build_for_store(spec, Path(settings.search_index) if settings.search_index else None)[1])
    print(f"serving on http://{args.host}:{args.port}/  (SPARQL at /sparql, updates "
          f"{'on (bearer token)' if settings.update_token else 'off'})", flush=True)
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level=args.log_level)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("serve", help="serve the graph: SPARQL endpoint, linked-data pages, visualisations")
    s.add_argument("--graph", help="built dataset to load into the store when it changed (.trig/.nq)")
    s.add_argument("--store", help="store: oxigraph:PATH (default oxigraph:var/store), memory, rdflib, or a "
                                   "remote SPARQL endpoint URL")
    s.add_argument("--host", default=os.environ.get("SAMVERKAN_HOST", "127.0.0.1"))
    s.add_argument("--port", type=int, default=int(os.environ.get("SAMVERKAN_PORT", "8000")))
    s.add_argument("--base", help="base IRI of the data (default http://localhost:8000/)")
    s.add_argument("--timeout", type=float, help="query timeout in seconds (default 10)")
    s.add_argument("--max-rows", type=int, help="cap on result rows (default 10000)")
    s.add_argument("--max-bytes", type=int, help="cap on the size of a /sparql answer in bytes (default 50 MB; "
                                                 "the answer is cut and says so in X-SPARQL-MaxBytes)")
    s.add_argument("--per-client", type=int, help="queries one client address may have waiting or running "
                                                  "(default 4; more are answered 429)")
    s.add_argument("--workers", type=int, help="query worker processes (default 2)")
    s.add_argument("--allow-service", action="store_true", help="allow SERVICE / LOAD (outgoing requests)")
    s.add_argument("--cors", help="comma-separated origins allowed by CORS")
    s.add_argument("--update-token-file", help="file holding the bearer token that enables SPARQL Update "
                                              "(or set SAMVERKAN_UPDATE_TOKEN)")
    s.add_argument("--search-index", help="the full-text search index file (default: beside an on-disk store, "
                                         "e.g. var/store-search.sqlite; or set SAMVERKAN_SEARCH_INDEX)")
    s.add_argument("--log-level", default="info")
    s.set_defaults(func=_serve)
