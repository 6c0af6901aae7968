"""Scope extraction: the subgraph of one collaboration structure (a body and all under it), validated alone.

`validate --scope` and the server's /validation validate one structure: `scope_body` finds the body
(--scope: an identifier or an IRI), `scoped_graph` collects its subgraph from the store
(queries/validation_scope_*.rq, following outgoing links round by round) into a DataGraph with its
Oxigraph copy, and `validate_scope` validates it as of a date.
"""

from __future__ import annotations

import datetime as dt
import re
import time

from rdflib import RDF, Literal, URIRef
from rdflib.term import Node

from ..collector import collector_paused
from ..sparql import render
from ..stores.base import Store, Triples
from ..stores.oxigraph_store import OxigraphStore
from ..stores.terms import Term, to_rdflib
from .datagraph import DataGraph
from .run import Run, run_validation


def scope_body(store: Store, scope: str) -> URIRef:
    """The organisation --scope names: an identifier (dcterms:identifier) or an IRI."""
    key: Node = URIRef(scope) if re.match(r"^[a-z][a-z0-9+.-]*://", scope) else Literal(scope)
    rows = store.select(render("validation_scope_body.rq", values={"key": [key]}))
    bodies = sorted({r["body"] for r in rows if isinstance(r.get("body"), URIRef)})
    if len(bodies) != 1:
        raise ValueError(f"--scope {scope!r}: {'no' if not bodies else len(bodies)} organisation(s) with that "
                         f"identifier or IRI")
    return bodies[0]


def scoped_graph(store: Store, body: URIRef, chunk: int = 2000) -> DataGraph:
    """The subgraph of one collaboration structure (see queries/validation_scope_seeds.rq), with its
    Oxigraph copy: the bodies under `body`, the seeds, then every outgoing link followed round by round."""
    bodies = [r["body"] for r in store.select(render("validation_scope_bodies.rq", values={"scope": [body]}))]
    frontier = {r["seed"] for r in store.select(render("validation_scope_seeds.rq", values={"body": bodies}))
                if isinstance(r.get("seed"), URIRef)}
    seen: set[Node] = set()
    g = DataGraph()
    triples: list[tuple[Term, Term, Term]] = []
    nodes_of: dict[Term, Node] = {}  # each term made an rdflib node once (most recur: predicates, classes, IRIs)
    while frontier:
        seen |= frontier
        nodes = sorted(frontier)
        frontier = set()
        for i in range(0, len(nodes), chunk):
            result = store.query(render("validation_scope_triples.rq", values={"node": nodes[i:i + chunk]}))
            if not isinstance(result, Triples):
                raise ValueError("validation_scope_triples.rq must be a CONSTRUCT query")
            for s_term, p_term, o_term in result.triples:
                s_node, p_node, o_node = (nodes_of.get(t) or nodes_of.setdefault(t, to_rdflib(t))
                                          for t in (s_term, p_term, o_term))
                g.add((s_node, p_node, o_node))
                triples.append((s_term, p_term, o_term))
                if o_term[0] == "uri" and p_node != RDF.type and o_node not in seen:
                    frontier.add(o_node)
    copy = OxigraphStore(None)
    copy.add_triples(triples)
    return g.use_oxigraph(copy)


def validate_scope(store: Store, scope: str, at: dt.date) -> Run:
    """Validate one collaboration structure (the body --scope names and all under it) as of a date."""
    with collector_paused():
        start = time.perf_counter()
        g = scoped_graph(store, scope_body(store, scope))
        run = run_validation(g, at, time.perf_counter() - start)
    run.scope = scope
    return run

