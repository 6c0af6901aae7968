"""`samverkan bench`: benchmarks with their baselines side by side (see graph/bench.py)."""

from __future__ import annotations

import argparse
from pathlib import Path


def _bench(args: argparse.Namespace) -> int:
    from .bench import run

    run(args.scale, args.repeat, args.clients, args.duration, args.seed, args.rdflib_limit,
        Path(args.out) if args.out else None)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bench", help="benchmarks: load, queries (server vs store vs rdflib), validation, "
                                     "pictures, server under load")
    p.add_argument("--scale", choices=("real", "county", "national"), default="county",
                   help="the data: the real graph alone, or with a synthetic county or the whole country")
    p.add_argument("--repeat", type=int, default=9, help="runs per query (medians and p95 over them)")
    p.add_argument("--clients", type=int, default=50, help="concurrent clients in the load test")
    p.add_argument("--duration", type=float, default=60, help="seconds of the load test")
    p.add_argument("--seed", type=int, default=1, help="seed of the synthetic data")
    p.add_argument("--rdflib-limit", type=int, default=400_000,
                   help="load the rdflib baseline only up to this many quads")
    p.add_argument("--out", help="append the results as Markdown to this file (e.g. BENCHMARKS.md)")
    p.set_defaults(func=_bench)
