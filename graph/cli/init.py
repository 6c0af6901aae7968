"""`samverkan init DIR`: make an empty project folder for another collaboration structure."""

from __future__ import annotations

import argparse
from pathlib import Path


def _init(args: argparse.Namespace) -> int:
    from ..project import MARKER, init

    made = init(Path(args.dir), args.name)
    print(f"made the project folder {made.root} ({MARKER}, records/, sources/manifest.yaml, README.md)")
    print("next: add a document to sources/ and sources/manifest.yaml, then `samverkan ingest sources/FILE`")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="make an empty project folder (samverkan.toml, records/, sources/manifest.yaml)")
    p.add_argument("dir", help="the folder to make (may exist, with no records or sources in it)")
    p.add_argument("--name", help="the project's name (default: the folder's name)")
    p.set_defaults(func=_init)
