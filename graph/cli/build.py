"""`samverkan build` and `samverkan check`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import config
from . import add_source_options


def _build(args: argparse.Namespace) -> int:
    import tempfile

    from ..build import build_to_file
    from ..stats import counts

    if not args.out and not args.store:
        raise ValueError("give --out FILE, --store SPEC, or both")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.out) if args.out else Path(tmp) / "graph.nq"
        result = build_to_file(out, Path(args.records), Path(args.sources), args.base)
        if args.out:
            print(f"wrote {result.path} ({result.quads} quads)")
        for key, value in counts(result.dataset).items():
            print(f"  {key}: {value}")
        if args.store:
            from ..stores import StoreError, open_store

            try:
                with open_store(args.store) as store:
                    store.load(out, replace=True)
                    print(f"loaded into {args.store}: the store now holds {store.quad_count()} quads "
                          "(named graphs + their merge as the default graph)")
            except StoreError as exc:  # one readable line, no traceback (a remote load leaves the old data)
                print(f"error: loading into {args.store} failed: {exc}".splitlines()[0], file=sys.stderr)
                return 2
            from ..search_index import build_for_store

            print(build_for_store(args.store, force=True)[1])
    return 0


def _check(args: argparse.Namespace) -> int:
    from ..emit import build_dataset
    from ..records import load_corpus

    corpus = load_corpus(Path(args.records), Path(args.sources))
    ds = build_dataset(corpus, config.base_iri(args.base))
    print(f"records OK: {len(corpus.records)} files, {len(ds)} quads")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("build", help="build the dataset from the records (TriG or N-Quads by extension)")
    b.add_argument("--out", help="output file: .trig, .nq or .nquads")
    b.add_argument("--store", help="also load the dataset into a store, replacing its contents: oxigraph:PATH, "
                                   "or a SPARQL endpoint URL (e.g. http://127.0.0.1:7878/query)")
    add_source_options(b)
    b.set_defaults(func=_build)

    c = sub.add_parser("check", help="check the records without writing anything")
    add_source_options(c)
    c.set_defaults(func=_check)
