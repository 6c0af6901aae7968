"""Timing the pictures for `samverkan bench`: measures + HTML for networks of a given size."""

from __future__ import annotations

import time

from ..network.aggregate import aggregate_by_org, should_aggregate
from ..network.analysis import metrics
from ..network.render import network_html, standalone_html
from ..network.synthetic import synthetic


def benchmark_render(sizes: list[int]) -> list[list[str]]:
    """Rows [nodes, edges, seconds, aggregated to, note]: the time to compute the measures and write
    the page for a synthetic people network of each size, as the server does (aggregated by
    organisation above the threshold, as the page offers; the full network is timed too)."""
    rows = []
    for n in sizes:
        g = synthetic(n_people=n, n_orgs=max(10, n // 20))
        started = time.perf_counter()
        per_node, _ = metrics(g, with_betweenness=n <= 1000)
        html = standalone_html(f"{n} noder", network_html(g, "degree", per_node, f"{n} noder"))
        full_s = time.perf_counter() - started
        note = f"full network, {len(html) / 1e6:.1f} MB page"
        rows.append([f"{n:,}", f"{g.number_of_edges():,}", f"{full_s:.2f}", "–", note])
        if should_aggregate(g):
            started = time.perf_counter()
            h = aggregate_by_org(g)
            per_node, _ = metrics(h)
            network_html(h, "degree", per_node, f"{n} noder per organisation")
            rows.append([f"{n:,}", f"{g.number_of_edges():,}", f"{time.perf_counter() - started:.2f}",
                         f"{h.number_of_nodes():,} organisations", "aggregated view (the default above the threshold)"])
    return rows
