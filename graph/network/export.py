"""GEXF and GraphML exports of a projection, for Gephi and other tools.

Attributes are made plain (str, int, float, bool; None becomes ""). GEXF also carries each node's
colour (its kind of principal) as viz:color, so Gephi opens it coloured like the pictures.
"""

from __future__ import annotations

import io
import json
from typing import Any

import networkx as nx

from .data import KIND_COLOURS

FORMATS = {"gexf": "application/gexf+xml", "graphml": "application/graphml+xml"}


def _plain(value: Any) -> str | int | float | bool:
    if value is None:
        return ""
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple | set):
        return "; ".join(map(str, value))
    return json.dumps(value, ensure_ascii=False, default=str)


def plain_graph(g: nx.Graph, colours: bool = False) -> nx.Graph:
    """A copy whose node, edge and graph attributes the GEXF and GraphML writers accept."""
    h = g.__class__()
    h.graph.update({k: _plain(v) for k, v in g.graph.items()})
    for n, a in g.nodes(data=True):
        attrs = {k: _plain(v) for k, v in a.items()}
        if colours:
            hex_colour = KIND_COLOURS.get(str(a.get("kind", "")), "#9e9e9e").lstrip("#")
            r, gr, b = (int(hex_colour[i:i + 2], 16) for i in (0, 2, 4))
            attrs["viz"] = {"color": {"r": r, "g": gr, "b": b, "a": 1.0}}
        h.add_node(str(n), **attrs)
    for u, v, a in g.edges(data=True):
        h.add_edge(str(u), str(v), **{k: _plain(x) for k, x in a.items()})
    return h


def export_bytes(g: nx.Graph, fmt: str) -> bytes:
    """The graph as GEXF 1.2 or GraphML, UTF-8."""
    buf = io.BytesIO()
    if fmt == "gexf":
        nx.write_gexf(plain_graph(g, colours=True), buf, encoding="utf-8", version="1.2draft")
    elif fmt == "graphml":
        nx.write_graphml(plain_graph(g), buf, encoding="utf-8")
    else:
        raise ValueError(f"unknown export format {fmt!r}: one of {', '.join(FORMATS)}")
    return buf.getvalue()
