"""`python -m tests.ingest_gen --seeds 1-40 --out DIR`: write a generated corpus part."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .write import parse_seeds, write_part


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.ingest_gen", description=__doc__)
    ap.add_argument("--seeds", required=True, help="seeds, e.g. 1-40 or 1-5,9")
    ap.add_argument("--out", required=True, type=Path, help="the corpus part's folder (created)")
    ap.add_argument("--version", type=int, choices=(1, 2, 3), default=3,
                    help="generator version: 1 as before round 17, 2 with the forms of 31 real minutes (round 17), "
                         "3 with the forms of more real minutes (round 18, the default)")
    args = ap.parse_args(argv)
    docs = write_part(parse_seeds(args.seeds), args.out, args.version)
    print(f"wrote {len(docs)} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
