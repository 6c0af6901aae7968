"""The build: records -> checked corpus -> RDF dataset -> file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset

from . import config, project
from .emit import build_dataset
from .guards import require_inputs
from .records import load_corpus
from .serialize import format_for, serialise, write_atomically


@dataclass
class BuildResult:
    dataset: Dataset
    quads: int
    path: Path | None


def build(records_dir: Path | None = None, sources_dir: Path | None = None,
          base: str | None = None) -> Dataset:
    """Load, check and convert every record (default: the project folder's); raise RecordError on the
    first bad one, and Refused when a folder is missing or holds no record."""
    records_dir = records_dir or project.current().records
    sources_dir = sources_dir or project.current().sources
    require_inputs(records_dir, sources_dir)
    corpus = load_corpus(records_dir, sources_dir)
    return build_dataset(corpus, config.base_iri(base))


def build_to_file(out: Path, records_dir: Path | None = None, sources_dir: Path | None = None,
                  base: str | None = None) -> BuildResult:
    """Build and write TriG or N-Quads (by extension), atomically: all or nothing."""
    fmt = format_for(out)  # fail before doing any work
    base_iri = config.base_iri(base)
    ds = build(records_dir, sources_dir, base_iri)
    text = serialise(ds, fmt, base_iri)
    write_atomically(out, text)
    return BuildResult(dataset=ds, quads=sum(len(g) for g in ds.graphs()), path=out)
