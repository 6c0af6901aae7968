"""SHACL validation of the graph as of a date: the pySHACL integration, the pre-pass, scope extraction, the report.

Rooms (enter the one the change is about):
- run.py: `validate_graph` / `validate_store` / `run_validation` and the `Run` they give (load the
  shapes and ontology, the pre-pass, then pySHACL, with the garbage collector paused: graph/collector.py);
- datagraph.py: `DataGraph`, the data graph whose SPARQL runs on an in-memory Oxigraph copy
  (graph.stores), with SHACL's pre-binding (prebinding.py: when one query may answer all focus nodes);
- shacl.py: `run_shacl`, the one pySHACL call (sh:prefixes with owl:imports, `QueryError`s, fewer shape
  evaluations with the same results: `evaluation_shortcuts`);
- prepass.py: the val: triples that say what "as of D" means and which seat each membership fills
  (the seat model is graph/seats.py, shared with the networks);
- scope.py: one collaboration structure's subgraph, validated alone (`validate --scope`, /validation);
- report.py: the seat tables and problems, in Swedish or English, as text, JSON or Turtle.
The benchmark is graph/bench/validation.py. Query parameters are filled by graph.sparql.render
(`values=` for VALUES blocks).
"""

from __future__ import annotations

from .datagraph import DataGraph
from .prepass import LANGS, RUN, VAL, Prepass, label, prepare, seat_labels, select
from .report import COMPOSITION_SHAPES, WORDS, GroupTable, Holder, Report, SeatRow
from .run import (
    Run,
    data_graph,
    graph_from_dataset,
    graph_from_file,
    load_ontology,
    load_shapes,
    run_validation,
    validate_graph,
    validate_store,
)
from .scope import scope_body, scoped_graph, validate_scope
from .shacl import SH, QueryError, Shacl, run_shacl

__all__ = ["COMPOSITION_SHAPES", "LANGS", "RUN", "SH", "VAL", "WORDS", "DataGraph", "GroupTable", "Holder",
           "Prepass", "QueryError", "Report", "Run", "SeatRow", "Shacl", "data_graph", "graph_from_dataset",
           "graph_from_file", "label", "load_ontology", "load_shapes", "prepare", "run_shacl", "run_validation",
           "scope_body", "scoped_graph", "seat_labels", "select", "validate_graph", "validate_scope",
           "validate_store"]
