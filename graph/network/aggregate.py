"""Networks too large to draw node by node: people rolled up into the organisation they stand for.

Every person becomes their principal (the `principal` node attribute); people without one are
grouped by kind (user representatives, unknown) within the structure they take part in (`home`),
so representatives of different counties do not become one node. Bodies, seats and organisations
stay as they are.
Edge weights add up; ties inside one organisation become the node's `internal` weight.
"""

from __future__ import annotations

from collections import Counter

import networkx as nx

from .data import KIND_LABELS

#: Draw people one by one up to this many nodes (and edges); above, aggregate unless told otherwise.
AGGREGATE_ABOVE = 1500
AGGREGATE_EDGES_ABOVE = 20_000
GROUP_PREFIX = "urn:samverkan:group:"


def group_of(g: nx.Graph, n: object) -> str:
    a = g.nodes[n]
    if a.get("type") == "person":
        home = a.get("home") or ""
        return a.get("principal") or GROUP_PREFIX + str(a.get("kind", "okand")) + (f"/{home}" if home else "")
    return str(n)


def should_aggregate(g: nx.Graph, mode: str = "auto", threshold: int = AGGREGATE_ABOVE) -> bool:
    """mode: 'auto' (over `threshold` nodes or AGGREGATE_EDGES_ABOVE edges, if there are people to roll
    up), 'on' or 'off'."""
    if mode in ("on", "1", "yes", "true"):
        return True
    if mode in ("off", "0", "no", "false"):
        return False
    if mode != "auto":
        raise ValueError(f"aggregate: expected auto, on or off, got {mode!r}")
    too_big = g.number_of_nodes() > threshold or g.number_of_edges() > AGGREGATE_EDGES_ABOVE
    return too_big and any(a.get("type") == "person" for _, a in g.nodes(data=True))


def aggregate_by_org(g: nx.Graph) -> nx.Graph:
    """The graph with people merged into their organisations (node attribute `members`: how many)."""
    h = nx.DiGraph() if g.is_directed() else nx.Graph()
    h.graph.update(g.graph, aggregated=True, original_nodes=g.number_of_nodes(), original_edges=g.number_of_edges())
    members: dict[str, list] = {}
    for n in g:
        members.setdefault(group_of(g, n), []).append(n)
    for grp, nodes in members.items():
        first = g.nodes[nodes[0]]
        people = [n for n in nodes if g.nodes[n].get("type") == "person"]
        if not people:
            h.add_node(grp, **first)
            continue
        if grp.startswith(GROUP_PREFIX):
            kind = grp[len(GROUP_PREFIX):].split("/", 1)[0]
            label = KIND_LABELS.get(kind, kind) + (f" – {first['home_label']}" if first.get("home_label") else "")
        else:
            kind = Counter(g.nodes[n].get("kind") for n in people).most_common(1)[0][0]
            label = first.get("principal_label") or str(grp)
        names = sorted((g.nodes[n].get("label", str(n)) for n in people), key=str.casefold)
        tooltip = [label, f"{len(people)} personer"] + [f"  {x}" for x in names[:15]] + (
            ["  …"] if len(names) > 15 else [])
        h.add_node(grp, label=f"{label} ({len(people)})", kind=kind, type="organisation",
                   principal="" if grp.startswith(GROUP_PREFIX) else grp,
                   principal_label="" if grp.startswith(GROUP_PREFIX) else label,
                   members=len(people), internal=0, tooltip="\n".join(tooltip))
    for u, v, a in g.edges(data=True):
        gu, gv = group_of(g, u), group_of(g, v)
        w = a.get("weight", 1)
        if gu == gv:
            h.nodes[gu]["internal"] = h.nodes[gu].get("internal", 0) + w
            continue
        if h.has_edge(gu, gv):
            h.edges[gu, gv]["weight"] += w
            h.edges[gu, gv]["ties"] += 1
        else:
            h.add_edge(gu, gv, weight=w, ties=1)
    return h


def bodies_only(g: nx.Graph) -> nx.Graph:
    """The structure drawn as its bodies alone (for a whole country): seats and holders become counts
    in each body's tooltip (`seats`, `holders` attributes), body -> sub-body edges stay."""
    h = g.__class__()
    h.graph.update(g.graph, aggregated=True, original_nodes=g.number_of_nodes(), original_edges=g.number_of_edges())
    for n, a in g.nodes(data=True):
        if a.get("type") != "body":
            continue
        seats = [s for s in g.successors(n) if g.nodes[s].get("type") == "seat"] if g.is_directed() else []
        holders = {p for s in seats for p in g.successors(s)} | {
            p for p in (g.successors(n) if g.is_directed() else ()) if g.nodes[p].get("type") == "person"}
        counts = f"\nPlatser: {len(seats)}, innehavare i grafen: {len(holders)}"
        h.add_node(n, **{**a, "seats": len(seats), "holders": len(holders), "tooltip": a.get("tooltip", "") + counts})
    for u, v, a in g.edges(data=True):
        if u in h and v in h:
            h.add_edge(u, v, **a)
    return h
