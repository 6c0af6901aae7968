"""Get a store holding the graph, for the commands that read it (validate, analyse, viz): the
--graph / --store options, and building the graph from the records into a store when neither is given."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..stores import Store


def add_graph_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--graph", help="a built dataset (.trig/.nq) to read; default: build from the records")
    p.add_argument("--store", help="read from a store instead: oxigraph:PATH, rdflib or an endpoint URL")


def store_from_args(args: argparse.Namespace) -> Store:
    """The store named by --store, else --graph loaded into memory, else a fresh build in memory."""
    from ..stores import open_store

    if getattr(args, "store", None):
        return open_store(args.store)
    store = open_store("memory")
    if getattr(args, "graph", None):
        store.load(Path(args.graph))
        return store
    return built_store(store)


def built_store(store: Store, base: str | None = None) -> Store:
    """Build the dataset from the records and load it into the given store."""
    from ..build import build_to_file

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "graph.nq"
        build_to_file(out, base=base)  # the current project's records and sources
        store.load(out)
    return store
