"""`samverkan bench`: benchmarks with their baselines side by side (see graph/bench/run.py); `--only pages`
times the web pages alone (graph/bench/pages.py)."""

from __future__ import annotations

import argparse
from pathlib import Path


def _bench(args: argparse.Namespace) -> int:
    from ..bench.run import run, run_pages_only

    pages = {"search_index": Path(args.search_index) if args.search_index else None,
             "network_cache": Path(args.network_cache) if args.network_cache else None,
             "browser": not args.no_browser}
    out = Path(args.out) if args.out else None
    if args.only == "load":
        from ..bench.load import serve_and_load

        if not args.store:
            raise SystemExit("--only load needs --store (the store to serve, e.g. oxigraph:var/store)")
        serve_and_load(args.store, out, args.duration, normal_clients=args.clients or 20, **{
            k: v for k, v in pages.items() if k != "browser"})
        return 0
    if args.only == "storeload":
        from ..bench.storeload import run_storeload

        if not args.data:
            raise SystemExit("--only storeload needs --data (a dataset file, e.g. var/graph.nq)")
        report = run_storeload(Path(args.data), args.rdflib_limit, out)
    elif args.only == "front":
        from ..bench.front import run_front, run_front_at_scale

        baseline = Path(args.baseline) if args.baseline else None
        if args.store:
            report = run_front(args.store, args.clients or 50, args.duration, args.rounds, timeout=args.timeout,
                               baseline=baseline, floor=args.floor, out=out)
        else:  # the data of --scale in a temporary on-disk store
            report = run_front_at_scale(args.scale, args.seed, args.clients or 50, args.duration, args.rounds,
                                        timeout=args.timeout, baseline=baseline, floor=args.floor, out=out)
    elif args.only == "examples":
        from ..bench.examples import run_examples

        if not args.store:
            raise SystemExit("--only examples needs --store (an on-disk store, e.g. oxigraph:var/store)")
        report = run_examples(args.store, out=out)
    elif args.only == "engines":
        from ..bench.engines import run_engines_only

        report = run_engines_only(args.scale, args.seed, args.repeat, out)
    elif args.only == "pages":
        report = run_pages_only(args.scale, args.seed, args.store, args.page_repeat, out, **pages)
    else:
        if args.store:
            raise SystemExit("--store is for --only pages (the whole bench builds and loads its own store)")
        report = run(args.scale, args.repeat, args.clients or 50, args.duration, args.seed, args.rdflib_limit, out,
            page_repeat=args.page_repeat, **pages)
    if report.notes:
        print("\n### Notes\n\n" + "\n".join(f"- {n}" for n in report.notes), flush=True)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bench", help="benchmarks: load, queries (server vs store vs rdflib), validation, "
                                     "pictures, server under load, web pages and memory")
    p.add_argument("--scale", choices=("real", "county", "national"), default="county",
                   help="the data: the real graph alone, or with a synthetic county or the whole country")
    p.add_argument("--only", choices=("pages", "load", "engines", "front", "storeload", "examples"),
                   help="run one part alone: 'pages' times every page kind on a fresh server, a browser journey "
                        "and the server's memory (minutes, not the whole bench's ~13 at national scale); 'load' "
                        "the mixed load (2 clients looping the slowest example, --clients others; --duration s); "
                        "'engines' loads the data into the embedded store, oxigraph serve and Virtuoso and times "
                        "the example queries on each; 'storeload' the load of --data alone (stages, CPU, memory) "
                        "beside rdflib's; 'examples' the whole-country examples' first forms beside "
                        "their current forms on --store (computing its summaries first if it has none)")
    p.add_argument("--data", help="with --only storeload: the dataset file to load (TriG or N-Quads)")
    p.add_argument("--store", help="with --only pages: an existing on-disk store to serve read-only "
                                   "(oxigraph:PATH) instead of building one at --scale")
    p.add_argument("--search-index", help="with --store: the search index file to use or build (keeps the "
                                          "server from writing beside a shared store)")
    p.add_argument("--network-cache", help="the server's network cache directory (SAMVERKAN_NETWORK_CACHE; "
                                           "default: a fresh temporary one)")
    p.add_argument("--no-browser", action="store_true", help="skip the journey in headless chromium")
    p.add_argument("--page-repeat", type=int, default=3, help="requests per page (the first after the start)")
    p.add_argument("--repeat", type=int, default=9, help="runs per query (medians and p95 over them)")
    p.add_argument("--clients", type=int, help="concurrent clients in the load test (default 50; with --only "
                                               "load the clients beside the 2 slow ones, default 20)")
    p.add_argument("--duration", type=float, default=60, help="seconds of the load test")
    p.add_argument("--rounds", type=int, default=2, help="with --only front: interleaved rounds per server")
    p.add_argument("--timeout", type=float, default=30, help="with --only front: the query timeout of every "
                                                            "server and of the client (seconds)")
    p.add_argument("--baseline", help="with --only front: a checkout of another commit whose server runs in the "
                                      "same rounds (e.g. git worktree add /tmp/base main)")
    p.add_argument("--floor", action="store_true",
                   help="with --only front: two more servers in the same rounds, the least the stack can do on the "
                        "store (uvicorn, and FastAPI, with pyoxigraph in process and nothing else: "
                        "graph/bench/floor_server.py)")
    p.add_argument("--seed", type=int, default=1, help="seed of the synthetic data")
    p.add_argument("--rdflib-limit", type=int, default=400_000,
                   help="load the rdflib baseline only up to this many quads")
    p.add_argument("--out", help="append the results as Markdown to this file (e.g. BENCHMARKS.md)")
    p.set_defaults(func=_bench)
