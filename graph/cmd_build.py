"""`samverkan build` and `samverkan check`."""

from __future__ import annotations

import argparse
from pathlib import Path

from . import config
from .cli import add_source_options


def _build(args: argparse.Namespace) -> int:
    from .build import build_to_file
    from .stats import counts

    result = build_to_file(Path(args.out), Path(args.records), Path(args.sources), args.base)
    print(f"wrote {result.path} ({result.quads} quads)")
    for key, value in counts(result.dataset).items():
        print(f"  {key}: {value}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from .emit import build_dataset
    from .records import load_corpus

    corpus = load_corpus(Path(args.records), Path(args.sources))
    ds = build_dataset(corpus, config.base_iri(args.base))
    print(f"records OK: {len(corpus.records)} files, {len(ds)} quads")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("build", help="build the dataset from the records (TriG or N-Quads by extension)")
    b.add_argument("--out", required=True, help="output file: .trig, .nq or .nquads")
    add_source_options(b)
    b.set_defaults(func=_build)

    c = sub.add_parser("check", help="check the records without writing anything")
    add_source_options(c)
    c.set_defaults(func=_check)
