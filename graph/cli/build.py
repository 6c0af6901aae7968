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
        previous = Path(args.previous) if args.previous else None
        result = build_to_file(out, Path(args.records), Path(args.sources), args.base, previous)
        if args.out:
            print(f"wrote {result.path} ({result.quads} quads)")
        if result.changes is not None:
            print(f"  changes since the previous build: {len(result.changes)}")
        for key, value in counts(result.dataset).items():
            print(f"  {key}: {value}")
        if args.store:
            from ..guards import check_replace, replace_on_disk
            from ..stores import StoreError, StoreSpec, open_store

            spec = StoreSpec.parse(args.store)
            try:
                if spec.persistent and spec.path is not None and spec.backend == "oxigraph":
                    # built beside the old store and swapped in whole, with the marker of the file loaded
                    # (graph/stores/ondisk.py): a kill at any moment leaves the old store or the new one
                    n = replace_on_disk(spec, out, args.replace_anyway, trusted=True)  # written just now, by us
                    print(f"loaded into {args.store}: the store now holds {n} quads in named graphs; "
                          "queries see their union")
                else:
                    from ..iris import Iris
                    from ..stores.remote import RemoteStore

                    with open_store(args.store) as store:
                        check_replace(store, args.store, out, args.replace_anyway)
                        if isinstance(store, RemoteStore):  # drops the project's graphs the build no longer has
                            store.load(out, replace=True, drop_under=Iris(config.base_iri(args.base)).graph_folders())
                        else:
                            store.load(out, replace=True)
                        print(f"loaded into {args.store}: the store now holds {store.quad_count()} quads "
                              "in named graphs; queries see their union")
            except StoreError as exc:  # one readable line, no traceback (a remote load leaves the old data)
                print(f"error: loading into {args.store} failed: {exc}".splitlines()[0], file=sys.stderr)
                return 2
            from ..search_index import build_for_store

            print(build_for_store(args.store, force=True)[1])
            from ..network.cache import precompute_for_store

            print(precompute_for_store(args.store))  # so the server's first network page reads it back
            from ..config import base_iri
            from ..validation.stored import precompute_default

            print(precompute_default(args.store, base_iri(args.base)))  # the seat tables of the group pages
    return 0


def _check(args: argparse.Namespace) -> int:
    from ..emit import build_dataset
    from ..guards import require_inputs
    from ..records import load_corpus

    require_inputs(Path(args.records), Path(args.sources))
    corpus = load_corpus(Path(args.records), Path(args.sources))
    ds = build_dataset(corpus, config.base_iri(args.base))
    print(f"records OK: {len(corpus.records)} files, {len(ds)} quads")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("build", help="build the dataset from the records (TriG or N-Quads by extension)")
    b.add_argument("--out", help="output file: .trig, .nq or .nquads")
    b.add_argument("--store", help="also load the dataset into a store, replacing its contents: oxigraph:PATH, "
                                   "or a SPARQL endpoint URL (e.g. http://127.0.0.1:7878/query)")
    b.add_argument("--replace-anyway", action="store_true",
                   help="replace a store's data even with a dataset that has no records or less than half its quads")
    b.add_argument("--previous", help="the build to record changes against (default: the --out file as it stands)")
    add_source_options(b)
    b.set_defaults(func=_build)

    c = sub.add_parser("check", help="check the records without writing anything")
    add_source_options(c)
    c.set_defaults(func=_check)
