"""`samverkan validate`: SHACL validation of the graph as of a date, with a readable report.

Prints, per body with a composition rule, the seat table (seat, required, filled, by whom, missing)
and the problems found (structure, time, consistency), in Swedish or English; or the SHACL report
as Turtle, or the JSON report. Exit status 1 when the data has violations (malformed data), else 0:
missing seats and gaps are warnings and infos, they do not fail the run; 2 when it cannot run, or
when a SHACL query could not run (the report then says the validation is incomplete, never "conforms").
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any

from ..dates import InvalidDate, parse_day
from ._source import add_graph_options, store_from_args


def _date(text: str) -> dt.date:
    """A calendar date written YYYY-MM-DD; argparse turns the error into exit status 2 with the message."""
    try:
        return parse_day(text, "--at")
    except InvalidDate as exc:
        raise argparse.ArgumentTypeError(f"{text!r}: {exc.reason} (write YYYY-MM-DD, e.g. 2026-03-12)") from None


def _rows(g: Any) -> Any:
    """A SELECT runner over an rdflib graph, rows as {variable: term}."""
    return lambda q: [{str(k): v for k, v in row.asdict().items()} for row in g.query(q)]


def _default_at(select: Any) -> dt.date:
    """The as-of date when --at is not given: the latest source document's date (graph/asof.py)."""
    from ..asof import latest_document_date

    return latest_document_date(select) or dt.date.today()


def _validate(args: argparse.Namespace) -> int:
    """Exit 0: no violations; 1: violations; 2: the validation could not run, or not all of it (1 means
    violations only)."""
    from ..yamlload import RecordError

    try:
        return _run(args)
    except (RecordError, ValueError, FileNotFoundError):
        raise  # the command line reports these (exit 2)
    except Exception as exc:  # noqa: BLE001 - a crash must not read as "violations found"
        print(f"error: validation failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    from ..serialize import write_atomically
    from ..validation import Report, graph_from_dataset, graph_from_file, run_validation, validate_scope, validate_store

    start = time.perf_counter()
    if args.scope:  # one structure, extracted from the store (--store, else --graph or a build loaded once)
        store = store_from_args(args)
        loaded = time.perf_counter() - start
        run = validate_scope(store, args.scope, args.at or _default_at(store.select))
        print(f"scope {args.scope}: {len(run.graph):,} triples; store ready in {loaded:.1f} s", file=sys.stderr)
    elif args.store:
        store = store_from_args(args)
        run = validate_store(store, args.at or _default_at(store.select))
    else:
        if args.graph:
            g = graph_from_file(Path(args.graph))
        else:  # build from the records, in memory (no store: the graph as emitted)
            from ..build import build

            g = graph_from_dataset(build())
        run = run_validation(g, args.at or _default_at(_rows(g)), time.perf_counter() - start)
    report = Report.from_run(run)
    if args.format == "text":
        sys.stdout.write(report.text(args.lang))
    elif args.format == "json":
        sys.stdout.write(report.json_text())
    else:
        sys.stdout.write(report.turtle())
    if args.out:
        write_atomically(Path(args.out), report.json_text())
    if args.format != "text":
        s = report.seconds
        print(f"validated as of {report.as_of} in {s.get('total', 0):.1f} s (load {s.get('load', 0):.1f} s, "
              f"pre-pass {s.get('prepass', 0):.1f} s, SHACL {s.get('shacl', 0):.1f} s): "
              f"{report.counts['Violation']} violations, {report.counts['Warning']} warnings, "
              f"{report.counts['Info']} infos", file=sys.stderr)
    if run.rdflib_calls:
        print(f"note: {run.rdflib_calls} SHACL queries were answered by rdflib, not Oxigraph (a blank node to "
              f"pre-bind, or a query Oxigraph does not take)", file=sys.stderr)
    if run.errors:
        print(f"error: validation incomplete: {len(run.errors)} SHACL queries could not run", file=sys.stderr)
        for error in run.errors:
            print(f"  {error}", file=sys.stderr)
        return 2
    return 1 if report.counts["Violation"] else 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("validate", help="check the graph with the SHACL shapes: structure, time, and the "
                       "composition of every group as of a date (seat tables)")
    add_graph_options(p)
    p.add_argument("--at", type=_date, default=None,
                   help="the day to check the composition on, YYYY-MM-DD (default: the latest source document's "
                   "date; the as-of rule is in graph/asof.py)")
    p.add_argument("--lang", choices=["sv", "en"], default="sv", help="language of the report (default sv)")
    p.add_argument("--format", choices=["text", "turtle", "json"], default="text",
                   help="text: seat tables and problems; turtle: the SHACL report; json: the report as JSON")
    p.add_argument("--scope", help="validate one collaboration structure only: the body with this identifier or "
                   "IRI (e.g. lansgemensam-ledning-i-samverkan) and all under it, taken from the store")
    p.add_argument("--out", help="also write the JSON report to this file (the server shows it at /validation)")
    p.set_defaults(func=_validate)
