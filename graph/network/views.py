"""One network view, as the CLI and the pages show it: projection, aggregation, analysis, picture."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from typing import Any

import networkx as nx

from .aggregate import AGGREGATE_ABOVE, AGGREGATE_EDGES_ABOVE, aggregate_by_org, bodies_only, should_aggregate
from .analysis import SIZE_MEASURES, analyse, metrics, report_tables
from .data import NetworkData
from .layout import positions as layout_positions
from .projections import KINDS, Filters, ego, keep_weight, project, weight_for
from .render import LARGE, network_html, tables_html

BETWEENNESS_NODES_MAX = 3000  # above this, betweenness only when asked for (size by it)
#: People who meet: without a chosen threshold, the lightest ties are left out until at most this many edges remain.
PEOPLE_EDGES_DEFAULT = 600


@dataclass
class ViewRequest:
    kind: str
    filters: Filters = field(default_factory=Filters)
    size_by: str = "degree"
    aggregate: str = "auto"  # auto | on | off
    threshold: int = AGGREGATE_ABOVE
    top: int = 15
    min_weight: int | None = None  # people: least meetings together for an edge; None: automatic
    ego: str | None = None  # kind "ego": the person at the centre (IRI)

    def __post_init__(self) -> None:
        if self.kind not in KINDS and self.kind != "ego":
            raise ValueError(f"unknown network kind {self.kind!r}: one of {', '.join(KINDS)}")
        if self.size_by not in SIZE_MEASURES:
            raise ValueError(f"size: expected one of {', '.join(SIZE_MEASURES)}, got {self.size_by!r}")


@dataclass
class View:
    request: ViewRequest
    full: nx.Graph  # the projection
    shown: nx.Graph  # what is drawn: the projection, or it aggregated by organisation
    analysis: dict[str, Any]
    per_node: dict[Any, dict[str, Any]]
    projection: nx.Graph | None = None  # the projection before the edge-weight threshold (for exports)

    @property
    def export_graph(self) -> nx.Graph:
        """What GEXF/GraphML get: the whole projection (every edge), or the aggregate if that was asked for."""
        if self.request.aggregate == "on":
            return self.shown
        return self.projection if self.projection is not None else self.full

    @property
    def aggregated(self) -> bool:
        return self.shown is not self.full

    @property
    def title(self) -> str:
        return KINDS[self.request.kind][0] if self.request.kind in KINDS else "Ego"

    @property
    def min_weight(self) -> int:
        """The edge weight threshold applied (1: every edge)."""
        return int(self.shown.graph.get("min_weight", self.full.graph.get("min_weight", 1)))

    def notice(self, override_hint: str = "", lang: str = "sv") -> str | None:
        """Why the picture is aggregated, or None."""
        if not self.aggregated:
            return None
        n, m = self.full.number_of_nodes(), self.full.number_of_edges()
        auto = self.request.aggregate == "auto"
        structure = self.request.kind == "structure"
        if lang == "en":
            how = "as its bodies (seats and holders counted in each)" if structure else "by organisation"
            why = (f"The network has {n} nodes and {m} edges, more than are drawn one by one ({self.request.threshold} "
                   f"nodes, {AGGREGATE_EDGES_ABOVE} edges), so it is shown {how}"
                   if auto else f"The network ({n} nodes, {m} edges) is shown {how}")
            return f"{why} ({self.shown.number_of_nodes()} nodes).{(' ' + override_hint) if override_hint else ''}"
        how = "som sina organ (platser och innehavare räknade i vart)" if structure else "per organisation"
        why = (f"Nätverket har {n} noder och {m} kanter, fler än vad som ritas en och en ({self.request.threshold} "
               f"noder, {AGGREGATE_EDGES_ABOVE} kanter), och visas därför {how}"
               if auto else f"Nätverket ({n} noder, {m} kanter) visas {how}")
        return f"{why} ({self.shown.number_of_nodes()} noder).{(' ' + override_hint) if override_hint else ''}"

    def picture_html(self, toolbar_extra: str = "", lang: str = "sv", href: Callable[[str], str] | None = None) -> str:
        return network_html(self.shown, self.request.size_by, self.per_node, self.title, toolbar_extra, lang, href)

    def tables_html(self, lang: str = "sv") -> str:
        return tables_html(report_tables(self.analysis, self.request.top, lang))


def build_view(data: NetworkData, request: ViewRequest) -> View:
    if request.kind == "ego":
        full = ego(data, request.ego or "", request.filters)
    else:
        full = project(request.kind, data, request.filters)
    projection = full
    if request.kind == "people":
        weight = request.min_weight if request.min_weight is not None else weight_for(full, PEOPLE_EDGES_DEFAULT)
        full.graph["edges_before_threshold"] = full.number_of_edges()
        full = keep_weight(full, weight)
    if not should_aggregate(full, request.aggregate, request.threshold):
        shown = full
    elif request.kind == "structure":  # a whole country: the bodies, with their seats and holders counted
        shown = bodies_only(full)
    else:
        shown = aggregate_by_org(full)
    with_btw = shown.number_of_nodes() <= BETWEENNESS_NODES_MAX or request.size_by == "betweenness"
    measured = metrics(shown, with_betweenness=with_btw)
    result = analyse(request.kind, shown, data, request.filters.resolve(data), measured=measured)
    shown.graph["positions"] = layout_positions(shown, {n: m["community"] for n, m in measured[0].items()})
    result["shown_nodes"] = shown.number_of_nodes()
    result["projection_nodes"] = full.number_of_nodes()
    result["projection_edges"] = full.number_of_edges()
    return View(request, full, shown, result, measured[0], projection)


def description_html(kind: str) -> str:
    return f"<p>{escape(KINDS[kind][1])}</p>"


__all__ = ["LARGE", "View", "ViewRequest", "build_view", "description_html"]
