"""`samverkan serve`: load the graph into the store (when it changed) and serve it over HTTP."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..stores import StoreSpec

from .. import project


def prepare_store(store_spec: str | StoreSpec, graph: Path | None, replace_anyway: bool = False,
                  say: Callable[[str], None] | None = None) -> str:
    """Load the built graph into an on-disk store when the graph changed since the last load, so
    SPARQL updates made through the server survive restarts until the sources change.

    Crash-safe (graph/stores/ondisk.py): the leftovers of a load or swap that was killed are repaired
    first; the load builds a new store beside the old one and swaps it in with the marker of the
    loaded graph inside it, so the decision "unchanged" is only ever made over a store that holds
    that graph whole. A store whose lock another process holds (an update process left by a server
    that was killed, another build) is waited for (SAMVERKAN_LOCK_WAIT seconds, default 30), then
    refused with the process id and what to do (StoreLocked). A graph with no records, or less than half
    the store's quads, is refused (guards.Refused) unless replace_anyway."""
    from ..guards import replace_on_disk
    from ..stores import StoreSpec
    from ..stores.ondisk import check_unlocked, file_digest, loaded_digest, recover

    spec = StoreSpec.parse(store_spec)
    if not spec.persistent or spec.path is None:
        return "kept"
    path = spec.path
    notes = recover(path)
    for note in notes:
        (say or print)(note)
    check_unlocked(path, wait=float(os.environ.get("SAMVERKAN_LOCK_WAIT", "30")), say=say or print)
    if graph is None:
        if not (path / "CURRENT").exists():  # create an empty store the read-only workers can open
            spec.open().close()
            return "created empty"
        return "kept"
    digest = file_digest(graph)
    if loaded_digest(path) == digest and (path / "CURRENT").exists():
        return "unchanged"
    n = replace_on_disk(spec, graph, replace_anyway, digest)
    return f"loaded {n} quads from {graph}"


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from server.app import create_app
    from server.settings import Settings

    settings = Settings()
    if not args.store and not os.environ.get("SAMVERKAN_STORE"):  # the project's var/store (none: exit 2, where looked)
        settings.store = project.current().store
    with contextlib.suppress(project.ProjectNotFound):  # the query workers (other processes) find it too
        os.environ[project.ENV] = str(project.current().root)
    if args.base:
        from .. import config

        settings.base = settings.requested_base = config.base_iri(args.base)
    if args.public_url:
        settings.public_url = args.public_url
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
    status = prepare_store(spec, Path(settings.graph_file) if settings.graph_file else None, args.replace_anyway)
    print(f"store {settings.store}: {status}")
    if spec.persistent:  # a --base the store was not built with stops here, in one line (others: at start-up)
        from ..dataset_base import BaseMismatch, settle_base, stored_base

        store = spec.open(read_only=True)
        try:
            stored = stored_base(store)
            settings.base, warning = settle_base(stored, settings.requested_base, settings.base,
                                                 empty=stored is None and store.quad_count() == 0)
        except BaseMismatch as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        finally:
            store.close()
        if warning:
            print(warning)
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
    s.add_argument("--store", help="store: oxigraph:PATH (default the project's var/store), memory, rdflib, or a "
                                   "remote SPARQL endpoint URL")
    s.add_argument("--host", default=os.environ.get("SAMVERKAN_HOST", "127.0.0.1"))
    s.add_argument("--port", type=int, default=int(os.environ.get("SAMVERKAN_PORT", "8000")))
    s.add_argument("--public-url", help="where the server is reached from outside (https://host/), for absolute "
                                        "links in /.well-known/void (default: $SAMVERKAN_PUBLIC_URL; unset: relative)")
    s.add_argument("--base", help="base IRI of the data: must be the base the store's data was built "
                   "with (default: the store's own, which it records)")
    s.add_argument("--timeout", type=float, help="query timeout in seconds (default 10)")
    s.add_argument("--max-rows", type=int, help="cap on result rows (default 10000)")
    s.add_argument("--max-bytes", type=int, help="cap on the size of a /sparql answer in bytes (default 50 MB; "
                                                 "the answer is cut and says so in X-SPARQL-MaxBytes)")
    s.add_argument("--per-client", type=int, help="queries one client address may have waiting or running "
                                                  "(default 4; more are answered 429)")
    s.add_argument("--workers", type=int, help="query worker processes (default: one per core, 2 to 8)")
    s.add_argument("--allow-service", action="store_true", help="allow SERVICE / LOAD (outgoing requests)")
    s.add_argument("--cors", help="comma-separated origins allowed by CORS")
    s.add_argument("--update-token-file", help="file holding the bearer token that enables SPARQL Update "
                                              "(or set SAMVERKAN_UPDATE_TOKEN)")
    s.add_argument("--search-index", help="the full-text search index file (default: beside an on-disk store, "
                                         "e.g. var/store-search.sqlite; or set SAMVERKAN_SEARCH_INDEX)")
    s.add_argument("--replace-anyway", action="store_true", help="load --graph into the store even when it has "
                   "no records or less than half of the store's quads")
    s.add_argument("--log-level", default="info")
    s.set_defaults(func=_serve)
