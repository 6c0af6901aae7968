"""`samverkan viz KIND --out FILE`: a picture (offline HTML), the analysis (JSON), or GEXF/GraphML for Gephi."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ._source import add_graph_options, store_from_args
from .analyse import add_filter_options, filters_from_args

FORMATS = ("html", "gexf", "graphml", "json")


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    suffix = Path(args.out).suffix.lower().lstrip(".")
    return {"htm": "html", "xml": "graphml"}.get(suffix, suffix) if suffix in FORMATS + ("htm", "xml") else "html"


def _viz(args: argparse.Namespace) -> int:
    from ..network.data import load_data
    from ..network.export import export_bytes
    from ..network.render import standalone_html
    from ..network.views import ViewRequest, build_view, description_html

    fmt = _format(args)
    request = ViewRequest(args.kind, filters_from_args(args), args.size_by, args.aggregate, args.threshold, args.top,
                          min_weight=args.min_weight)
    with store_from_args(args) as store:
        data = load_data(store.select)
    view = build_view(data, request)
    out = Path(args.out)
    if fmt in ("gexf", "graphml"):
        graph = view.export_graph
        out.write_bytes(export_bytes(graph, fmt))
        print(f"wrote {out} ({fmt}, {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)")
        return 0
    if fmt == "json":
        out.write_text(json.dumps(view.analysis, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {out} (analysis of {view.shown.number_of_nodes()} nodes)")
        return 0
    notice = view.notice("Rita alla noder med: samverkan viz ... --aggregate off.")
    body = description_html(args.kind)
    filters = {k: v for k, v in view.analysis["filters"].items() if v}
    if filters:
        body += "<p>Urval: " + ", ".join(f"{k} = {v}" for k, v in filters.items()) + "</p>"
    if notice:
        body += f'<p class="viz-notice">{notice}</p>'
    body += view.picture_html() + view.tables_html()
    out.write_text(standalone_html(f"{view.title} – Samverkan Kalmar län", body), encoding="utf-8")
    print(f"wrote {out} ({view.shown.number_of_nodes()} nodes, {view.shown.number_of_edges()} edges"
          + (", aggregated by organisation" if view.aggregated else "") + ")")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("viz", help="draw a network (offline HTML) or export it (GEXF, GraphML, JSON analysis)")
    p.add_argument("kind", metavar="KIND", help="people-bodies, people, organisations or structure")
    p.add_argument("--out", required=True, help="output file")
    p.add_argument("--format", choices=FORMATS, help="default: from the --out suffix, else html")
    add_filter_options(p)
    p.add_argument("--size-by", default="degree", choices=("degree", "weighted_degree", "betweenness"),
                   help="what node size shows (default degree)")
    p.add_argument("--aggregate", default="auto", choices=("auto", "on", "off"),
                   help="people rolled up into organisations: auto (above --threshold nodes), on, off")
    p.add_argument("--threshold", type=int, default=1500, help="nodes above which auto aggregates (default 1500)")
    p.add_argument("--top", type=int, default=15, help="rows per table in the page (default 15)")
    p.add_argument("--min-weight", type=int, default=None, metavar="N",
                   help="people: draw only ties of at least N meetings together (default: the lightest ties are "
                   "left out of the picture until at most 600 edges remain; exports keep every edge)")
    add_graph_options(p)
    p.set_defaults(func=_viz)
