"""The `samverkan` command.

Each subcommand is one module of this package (graph/cli/<command>.py) that defines
`register(subparsers: argparse._SubParsersAction) -> None` and sets `func` on its parser.
They are found automatically, so adding a command touches no shared file. The command modules
import the core (and the web server) only inside their handlers, so `samverkan --help` stays light.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

from .. import config
from ..serialize import UnsupportedFormat
from ..yamlload import RecordError


def add_source_options(p: argparse.ArgumentParser) -> None:
    """--records, --sources and --base, shared by the commands that build."""
    p.add_argument("--records", default=str(config.RECORDS), help="folder of record YAML files")
    p.add_argument("--sources", default=str(config.SOURCES), help="folder with manifest.yaml and sources")
    p.add_argument("--base", default=None, help=f"base IRI (default $SAMVERKAN_BASE or {config.DEFAULT_BASE})")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="samverkan", description="The knowledge graph of Länsgemensam "
                                     "ledning i samverkan (Kalmar län).")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    package = Path(__file__).parent
    for info in sorted(pkgutil.iter_modules([str(package)]), key=lambda m: m.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}").register(sub)
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
    except KeyboardInterrupt:
        return 130
