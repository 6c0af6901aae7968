"""The `samverkan` command.

Each subcommand is one module of this package (graph/cli/<command>.py) that defines
`register(subparsers: argparse._SubParsersAction) -> None` and sets `func` on its parser.
They are found automatically, so adding a command touches no shared file. The command modules
import the core (and the web server) only inside their handlers, so `samverkan --help` stays light.
Every command works on a project folder (graph/project.py): --project DIR (before or after the
command), else $SAMVERKAN_PROJECT, else the nearest samverkan.toml from the working directory up;
--records and --sources default to that folder's.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

from .. import config, project
from ..serialize import UnsupportedFormat
from ..yamlload import RecordError


def add_source_options(p: argparse.ArgumentParser) -> None:
    """--records, --sources and --base, shared by the commands that build."""
    p.add_argument("--records", help="folder of record YAML files (default: the project folder's records/)")
    p.add_argument("--sources", help="folder with manifest.yaml and sources (default: the project folder's sources/)")
    p.add_argument("--base", default=None, help=f"base IRI (default $SAMVERKAN_BASE or {config.DEFAULT_BASE})")


PROJECT_HELP = (f"the project folder (records/, sources/, var/); default ${project.ENV}, else the nearest "
                f"folder holding {project.MARKER} from the working directory up")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="samverkan", description="The knowledge graph of Länsgemensam "
                                     "ledning i samverkan (Kalmar län).")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    package = Path(__file__).parent
    for info in sorted(pkgutil.iter_modules([str(package)]), key=lambda m: m.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}").register(sub)
    parser.add_argument("--project", metavar="DIR", help=PROJECT_HELP)
    for command in sub.choices.values():  # also after the command; SUPPRESS keeps a value given before it
        command.add_argument("--project", metavar="DIR", default=argparse.SUPPRESS, help=PROJECT_HELP)
    return parser


def project_paths(args: argparse.Namespace) -> None:
    """Fill --records and --sources, where a command has them and they were not given, from the project."""
    for name in ("records", "sources"):
        if name in vars(args) and getattr(args, name) is None:
            setattr(args, name, str(getattr(project.current(), name)))


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        with project.using(args.project):
            project_paths(args)
            return int(args.func(args) or 0)
    except RecordError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (UnsupportedFormat, ValueError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
