"""The build: records -> checked corpus -> RDF dataset -> file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset

from . import config, project
from .changes import Change, read_previous, record
from .describe import Description, build_date, describe
from .emit import build_dataset
from .guards import require_inputs
from .records import load_corpus
from .serialize import format_for, serialise, write_atomically
from .summaries import add_to_dataset as add_summaries


@dataclass
class BuildResult:
    dataset: Dataset
    quads: int
    path: Path | None
    description: Description | None = None
    changes: list[Change] | None = None  # None: no previous build to compare with


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
                  base: str | None = None, previous: Path | None = None, date: str | None = None,
                  summaries: bool = True) -> BuildResult:
    """Build and write TriG or N-Quads (by extension), atomically: all or nothing. The dataset gets its
    change log since the previous build (`previous`, default: the file at `out` as it stands;
    graph/changes.py) and its description (graph/describe.py), both dated `date` (default: today), and the
    summaries of the whole-country examples (graph/summaries.py; `summaries=False` leaves them to whoever
    adds more data to the file: `append_to_file` there)."""
    fmt = format_for(out)  # fail before doing any work
    base_iri = config.base_iri(base)
    date = date or build_date()
    ds = build(records_dir, sources_dir, base_iri)
    before = read_previous(previous if previous is not None else out)
    changes = record(ds, base_iri, date, before)
    if summaries:  # derived answers for the whole-country examples (graph/summaries.py)
        add_summaries(ds, base_iri)
    description = describe(ds, base_iri, date)
    text = serialise(ds, fmt, base_iri)
    write_atomically(out, text)
    return BuildResult(dataset=ds, quads=sum(len(g) for g in ds.graphs()), path=out, description=description,
                       changes=changes if before is not None else None)
