"""`samverkan analyse`: the collaboration network's measures, brokers, communities and participation."""

from __future__ import annotations

import argparse
import json
import sys

from ._source import add_graph_options, store_from_args


def filter_date(value: str) -> str:
    """An argparse type for --from/--to: a real date, month or year (exit 2 naming the flag otherwise)."""
    from ..dates import InvalidDate, check_period

    try:
        return check_period(value.strip(), "date")
    except InvalidDate as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date: {exc.reason}; write YYYY-MM-DD "
                                         "(or YYYY-MM, YYYY)") from None


def add_filter_options(p: argparse.ArgumentParser) -> None:
    """--from/--to (dates), --body, --org: shared by `analyse` and `viz`."""
    p.add_argument("--from", dest="date_from", metavar="DATE", type=filter_date,
                   help="only memberships and meetings whose interval meets [from, to] (YYYY-MM-DD, YYYY-MM or "
                   "YYYY); a membership counts when the as-of rule (graph/asof.py) holds it on some day of them")
    p.add_argument("--to", dest="date_to", metavar="DATE", type=filter_date, help="... up to this day")
    p.add_argument("--body", help="only this body or group and those below it (id, label or IRI)")
    p.add_argument("--org", help="only people of this organisation (and its units) and whom they meet")


def filters_from_args(args: argparse.Namespace) -> object:
    from ..network.projections import Filters

    return Filters(args.date_from, args.date_to, args.body, args.org)


def _analyse(args: argparse.Namespace) -> int:
    from ..network.analysis import analyse, format_table, network_tables, participation_tables, summary_line
    from ..network.data import load_data
    from ..network.projections import KINDS, project

    kinds = args.kinds or list(KINDS)
    for kind in kinds:
        if kind not in KINDS:
            raise ValueError(f"unknown network kind {kind!r}: one of {', '.join(KINDS)}")
    filters = filters_from_args(args)
    with store_from_args(args) as store:
        data = load_data(store.select)
    filters = filters.resolve(data)
    results = {kind: analyse(kind, project(kind, data, filters), data, filters) for kind in kinds}
    participation = next(iter(results.values())).pop("participation")
    for r in results.values():
        r.pop("participation", None)
    if args.json:
        json.dump({"filters": filters.as_dict(), "participation": participation, "networks": results},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for r in results.values():
        print(summary_line(r))
    tables = [t for r in results.values() for t in network_tables(r, args.top)]
    for title, headers, rows in tables + participation_tables(participation):
        print(f"\n== {title}")
        print(format_table(headers, rows))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyse", help="network measures: degree, betweenness (brokers), communities, "
                       "participation per kommun and per meeting")
    p.add_argument("kinds", nargs="*", metavar="KIND",
                   help="people-bodies, people, organisations, structure (default: all)")
    add_filter_options(p)
    p.add_argument("--top", type=int, default=15, help="rows per table (default 15)")
    p.add_argument("--json", action="store_true", help="print JSON instead of tables")
    add_graph_options(p)
    p.set_defaults(func=_analyse)
