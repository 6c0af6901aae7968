"""The `samverkan` command."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import config
from .serialize import UnsupportedFormat
from .yamlload import RecordError


def _cmd_build(args: argparse.Namespace) -> int:
    from .build import build_to_file
    from .stats import counts

    result = build_to_file(Path(args.out), Path(args.records), Path(args.sources), args.base)
    print(f"wrote {result.path} ({result.quads} quads)")
    for key, value in counts(result.dataset).items():
        print(f"  {key}: {value}")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from .emit import build_dataset
    from .records import load_corpus

    corpus = load_corpus(Path(args.records), Path(args.sources))
    ds = build_dataset(corpus, config.base_iri(args.base))
    print(f"records OK: {len(corpus.records)} files, {len(ds)} quads")
    return 0


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="samverkan", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--records", default=str(config.RECORDS), help="folder of record YAML files")
        p.add_argument("--sources", default=str(config.SOURCES), help="folder with manifest.yaml and sources")
        p.add_argument("--base", default=None, help=f"base IRI (default $SAMVERKAN_BASE or {config.DEFAULT_BASE})")

    b = sub.add_parser("build", help="build the dataset from the records (TriG or N-Quads by extension)")
    b.add_argument("--out", required=True, help="output file: .trig, .nq or .nquads")
    common(b)
    b.set_defaults(func=_cmd_build)

    c = sub.add_parser("check", help="check the records without writing anything")
    common(c)
    c.set_defaults(func=_cmd_check)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except RecordError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (UnsupportedFormat, ValueError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
