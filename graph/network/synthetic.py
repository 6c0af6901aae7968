"""A large people network in the projections' shape (nodes keyed by IRI, with principals and
weights), for tests and benchmarks of the pictures at thousands of nodes."""

from __future__ import annotations

import random

import networkx as nx

from ..iris import DEFAULT_BASE, Iris

IRIS = Iris(DEFAULT_BASE)
KINDS = ["kommun", "region", "kommunforbund", "gymnasieforbund", "extern"]


def synthetic(n_people: int = 3000, n_orgs: int = 120, seed: int = 5) -> nx.Graph:
    """People in organisations, tied to two colleagues and one earlier person, deterministic by seed."""
    rnd = random.Random(seed)
    orgs = [str(IRIS.org(f"synth-{i}")) for i in range(n_orgs)]
    g = nx.Graph(kind="people")
    for i in range(n_people):
        k = i % n_orgs
        org = orgs[k]
        g.add_node(str(IRIS.person(f"synth-{i}")), label=f"Person {i}", type="person", kind=KINDS[k % 5],
                   principal=org, principal_label=f"Organisation {org[-3:]}", tooltip=f"Person {i}")
    nodes = list(g)
    for i, n in enumerate(nodes):
        same = [m for m in nodes[i % n_orgs::n_orgs] if m != n]
        for m in rnd.sample(same, min(2, len(same))):
            g.add_edge(n, m, weight=rnd.randint(1, 3))
        g.add_edge(n, rnd.choice(nodes[:i] or nodes[1:]), weight=1)
    g.remove_edges_from(nx.selfloop_edges(g))
    return g
