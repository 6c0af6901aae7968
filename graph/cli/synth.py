"""`samverkan synth`: synthetic county- or national-scale data in the shape of the real graph."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from .. import config


def _synth(args: argparse.Namespace) -> int:
    from ..synth import END_YEAR, generate

    started = time.perf_counter()
    sizes = generate(Path(args.out), scale=args.scale, seed=args.seed, years=args.years,
                     base=config.base_iri(args.base), county=args.county, ontology=not args.no_ontology)
    seconds = time.perf_counter() - started
    where = "21 counties" if args.scale == "national" else args.county
    print(f"wrote {args.out} ({sizes.quads} quads; {where}, {END_YEAR - args.years + 1}-{END_YEAR}, "
          f"seed {args.seed}) in {seconds:.1f} s")
    for key in ("people", "organisations", "meetings", "documents", "memberships", "attendances", "decisions"):
        print(f"  {key}: {getattr(sizes, key)}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    from ..synth import COUNTY_BY_SLUG

    p = sub.add_parser("synth", help="generate synthetic data in the graph's shape (one county or all 21; "
                       "for benchmarks)")
    p.add_argument("--scale", choices=("county", "national"), default="county",
                   help="one county, or all 21 counties with 290 kommuner (default: county)")
    p.add_argument("--county", choices=sorted(COUNTY_BY_SLUG), default="kalmar",
                   help="the county at county scale (default: kalmar)")
    p.add_argument("--seed", type=int, default=1, help="random seed; the same seed gives the same bytes (default 1)")
    p.add_argument("--years", type=int, default=10, help="years of meetings, ending in 2025 (default 10)")
    p.add_argument("--out", required=True, help="output file: .nq/.nquads (streamed) or .trig (county scale)")
    p.add_argument("--base", default=None, help=f"base IRI (default $SAMVERKAN_BASE or {config.DEFAULT_BASE})")
    p.add_argument("--no-ontology", action="store_true",
                   help="leave out the ontology graph (e.g. to load next to the real data, which has it)")
    p.set_defaults(func=_synth)
