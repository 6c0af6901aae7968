"""Synthetic data at county or national scale, in the shape of the real graph (for benchmarks).

`generate()` writes one county (the default: Kalmar län's 12 kommuner, with invented names) or all
21 counties (290 kommuner) as N-Quads, streamed to a temporary file beside the target and renamed
over it when complete. The same seed gives byte-identical output; each county draws from its own
random stream (seeded by seed, county and years), so a county's quads are the same whether it is
generated alone or as part of the national set. See graph/synth/county.py for what is generated.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TextIO

from ..iris import DEFAULT_BASE
from ..serialize import atomic_text, format_for, to_nquads, to_trig, write_atomically
from .county import END_YEAR, CountyGenerator, Sizes
from .nquads import QuadSink
from .tables import COUNTIES, COUNTY_BY_SLUG, County

__all__ = ["COUNTIES", "COUNTY_BY_SLUG", "END_YEAR", "Sizes", "counties_for", "generate", "write"]

SCALES = ("county", "national")


def counties_for(scale: str, county: str = "kalmar") -> tuple[County, ...]:
    if scale == "national":
        return COUNTIES
    if scale == "county":
        if county not in COUNTY_BY_SLUG:
            raise ValueError(f"unknown county {county!r}; one of: {', '.join(sorted(COUNTY_BY_SLUG))}")
        return (COUNTY_BY_SLUG[county],)
    raise ValueError(f"unknown scale {scale!r}; one of: {', '.join(SCALES)}")


def emitted_nquads(base: str) -> str:
    """What the real build writes besides the documents and people, exactly as it writes it
    (graph/emit.py): the ontology graph (so role labels etc. resolve) and the dataset's record of its base."""
    from rdflib import Dataset

    from ..emit import emit_dataset_base, emit_ontology
    from ..iris import Iris

    ds = Dataset()
    emit_ontology(ds)
    emit_dataset_base(ds, Iris(base))
    return to_nquads(ds)


def write(out: TextIO, counties: tuple[County, ...], seed: int, years: int, base: str,
          ontology: bool = True) -> Sizes:
    """Write the synthetic quads of the counties, in order, to a text stream; with `ontology`, also the
    ontology graph and the dataset's own graph (without: to be added to a real build, which holds them)."""
    sink = QuadSink(out)
    total = Sizes()
    if ontology:
        for line in emitted_nquads(base).splitlines(keepends=True):
            sink.line(line)
    for county in counties:
        total.add(CountyGenerator(county, seed, years, base, sink).run())
    sink.flush()
    total.quads = sink.count
    return total


def generate(path: Path, scale: str = "county", seed: int = 1, years: int = 10,
             base: str = DEFAULT_BASE, county: str = "kalmar", ontology: bool = True) -> Sizes:
    """Generate to a file: .nq/.nquads streamed, .trig (county scale only) via graph.serialize."""
    counties = counties_for(scale, county)
    fmt = format_for(path)
    if fmt == "trig":
        if scale != "county":
            raise ValueError("TriG is for county scale only; write national scale as N-Quads (.nq)")
        from rdflib import Dataset

        buffer = io.StringIO()
        sizes = write(buffer, counties, seed, years, base, ontology)
        ds = Dataset()
        ds.parse(data=buffer.getvalue(), format="nquads")
        write_atomically(path, to_trig(ds, base))
        return sizes
    with atomic_text(path) as fh:
        return write(fh, counties, seed, years, base, ontology)
