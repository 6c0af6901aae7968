"""Node positions computed on the server, so the browser draws a settled picture with physics off.

`positions(g, community)` starts every node on a sunflower disc per community (seed_positions)
and runs a bounded number of Fruchterman–Reingold steps with numpy (all pairs, in float32, with
fewer steps the larger the graph). The result is scaled to vis-network's pixel coordinates: about
NODE_GAP_PX from each node to its nearest neighbour. Deterministic: the same graph gives the same picture.
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:  # numpy (~20 MB) is imported when a layout is computed, not by a server serving kept ones
    import numpy as np

#: Above this many nodes, only the seeded positions (an all-pairs step would need too much memory).
FORCE_NODES_MAX = 3000
#: Node-steps spent on the force layout: n nodes get about STEP_BUDGET / n steps (within bounds).
STEP_BUDGET = 12_000
MIN_STEPS, MAX_STEPS = 12, 120
EDGE_PX = 90.0
NODE_GAP_PX = 55.0


def seed_positions(g: nx.Graph, community: dict[Any, int], spacing: float = 16.0) -> dict[Any, tuple[float, float]]:
    """Start positions for large graphs: each community a sunflower disc, the discs on a sunflower spiral.

    A disc's area grows with its members and the spiral's with all nodes placed before, so the whole
    picture is about as wide as a sunflower of all nodes (networkx's own layouts need numpy).
    Physics then needs few iterations to settle.
    """
    groups: dict[int, list] = {}
    for n in g:
        groups.setdefault(community.get(n, -1), []).append(n)
    golden = math.pi * (3 - math.sqrt(5))
    pos: dict[Any, tuple[float, float]] = {}
    placed = 0
    for i, (_, members) in enumerate(sorted(groups.items(), key=lambda kv: (-len(kv[1]), str(kv[1][0])))):
        r = 1.6 * spacing * math.sqrt(placed + len(members) / 2) if i else 0.0
        cx, cy = r * math.cos(i * golden), r * math.sin(i * golden)
        placed += len(members)
        for j, node in enumerate(sorted(members, key=str)):
            rr = spacing * math.sqrt(j + 0.5)
            pos[node] = (cx + rr * math.cos(j * golden), cy + rr * math.sin(j * golden))
    return pos


def positions(g: nx.Graph, community: dict[Any, int] | None = None) -> dict[Hashable, tuple[float, float]]:
    """x, y per node in pixels (the picture centred on 0, 0)."""
    import numpy as np

    nodes = list(g)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    seed = seed_positions(g, community or {})
    pos = np.array([seed[v] for v in nodes], dtype=np.float32)
    if n <= FORCE_NODES_MAX:
        pos = _force(g, nodes, pos)
    # scale so that a node's nearest neighbour sits about NODE_GAP_PX away (dense groups stay readable),
    # or, for very large pictures, neighbours about EDGE_PX apart
    pos = pos - pos.mean(axis=0)
    if n <= FORCE_NODES_MAX:
        d2 = ((pos[:, None, :] - pos[None, :, :]) ** 2).sum(axis=-1)
        np.fill_diagonal(d2, np.inf)
        typical = float(np.median(np.sqrt(d2.min(axis=1))))
        gap = NODE_GAP_PX * (1.6 if n < 30 else 1.0)
    else:
        index = {v: i for i, v in enumerate(nodes)}
        lengths = [float(np.linalg.norm(pos[index[u]] - pos[index[v]])) for u, v in g.edges() if u != v]
        typical = float(np.median(lengths)) if lengths else float(np.std(pos)) or 1.0
        gap = EDGE_PX
    pos = pos * (gap / max(typical, 1e-6))
    return {v: (round(float(pos[i, 0]), 1), round(float(pos[i, 1]), 1)) for i, v in enumerate(nodes)}


def _force(g: nx.Graph, nodes: list, pos: np.ndarray) -> np.ndarray:
    """Fruchterman–Reingold steps from the given start, all pairs, weights ignored (log-damped)."""
    import numpy as np

    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in g.edges() if u != v], dtype=np.int64).reshape(-1, 2)
    weights = np.array([1.0 + math.log(max(float(a.get("weight", 1) or 1), 1.0)) for u, v, a in g.edges(data=True)
                        if u != v], dtype=np.float32)
    # work in a unit box
    span = float(np.ptp(pos, axis=0).max()) or 1.0
    pos = (pos - pos.mean(axis=0)) / span
    k = 1.0 / math.sqrt(n)
    steps = max(MIN_STEPS, min(MAX_STEPS, STEP_BUDGET // n))
    temperature = 0.1
    cooling = temperature / (steps + 1)
    for _ in range(steps):
        delta = pos[:, None, :] - pos[None, :, :]  # n x n x 2
        dist2 = (delta ** 2).sum(axis=-1)
        np.maximum(dist2, 1e-6, out=dist2)
        disp = (delta * (k * k / dist2)[:, :, None]).sum(axis=1)  # repulsion
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            length = np.sqrt((d ** 2).sum(axis=1)) + 1e-6
            pull = d * (length / k * weights)[:, None]
            np.add.at(disp, edges[:, 0], -pull)
            np.add.at(disp, edges[:, 1], pull)
        disp -= pos * 0.05 * n * k  # gravity keeps components together
        size = np.sqrt((disp ** 2).sum(axis=1)) + 1e-9
        pos += disp * (np.minimum(size, temperature) / size)[:, None]
        temperature -= cooling
    return pos
