"""The one pySHACL call every validation makes (`run_shacl`), with SHACL's prefixes and its query errors.

`samverkan validate`, the scoped and benchmark validations and the W3C conformance tests all go through
`run_shacl`. For its duration pySHACL builds its SPARQL query helpers from `PrefixedQueryHelper`, which
1. collects the prefixes of `sh:prefixes` as SHACL defines them (https://www.w3.org/TR/shacl/#sparql-prefixes):
   the `sh:declare` of each value of `sh:prefixes`, and of every ontology it reaches through
   `owl:imports` (pySHACL alone does not follow owl:imports, and rdflib then quietly fills the gap with
   the data graph's own namespace bindings, which a real data graph does not have);
2. notes which shape and constraint each final query text comes from, so that a query neither Oxigraph
   nor rdflib can run is reported by name (`QueryError`) instead of failing the whole run or being
   skipped; the data graph (graph.validation.datagraph.DataGraph) records those errors and `run_shacl` then says the
   run is incomplete (`Shacl.complete` is False, `conforms` is False);
3. checks each query text against SHACL's rules for SPARQL constraints (no MINUS, VALUES, SERVICE...)
   once, not on every pre-bound call as pySHACL does (its regular expressions took a second per county).
For the same duration pySHACL evaluates a property shape once for all the value nodes of its parent
and an sh:or member once per distinct value (`evaluation_shortcuts`), where it would make a
Shape.validate call per value node: the same results (tests/test_validate_scope.py
compares them on a synthetic county, with faults put in), in a fifth of the time on a county.
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from rdflib import OWL, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

SH = Namespace("http://www.w3.org/ns/shacl#")

#: final query text -> (shape, constraint) while a run_shacl call is under way
_ORIGINS: contextvars.ContextVar[dict[str, tuple[Node | None, Node | None]] | None] = contextvars.ContextVar(
    "shacl_query_origins", default=None)


@dataclass(frozen=True)
class QueryError:
    """A SHACL query that neither engine could run: which shape and constraint, and why."""

    shape: str
    constraint: str
    message: str
    query: str

    def __str__(self) -> str:
        return f"shape {self.shape}, constraint {self.constraint}: {self.message}"


@dataclass
class Shacl:
    """What run_shacl returns: pySHACL's answer and the queries that could not run."""

    conforms: bool
    results: Any  # the report graph (or pySHACL's ValidationFailure)
    text: str
    errors: list[QueryError] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.errors


#: (query text, a value node pre-bound, the other pre-bound variables) that pySHACL's check has passed
_VALID_TEXTS: set[tuple[str, bool, frozenset[str]]] = set()


def origin_of(text: str) -> tuple[str, str]:
    """The shape and constraint a query text came from in the current run ("?" when not known)."""
    found = (_ORIGINS.get() or {}).get(text)
    if found is None:
        return ("?", "?")
    shape, constraint = found
    return (str(shape) if shape is not None else "?", str(constraint) if constraint is not None else "?")


def imported_declarations(sg: Graph, start: Node) -> Iterator[tuple[str, URIRef]]:
    """(prefix, namespace) of the sh:declare of `start` and of every ontology it imports, transitively."""
    seen: set[Node] = set()
    todo = [start]
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for declaration in sg.objects(node, SH.declare):
            prefix, namespace = sg.value(declaration, SH.prefix), sg.value(declaration, SH.namespace)
            if isinstance(prefix, Literal) and isinstance(namespace, Literal):
                yield str(prefix), URIRef(str(namespace))
        todo.extend(sg.objects(node, OWL.imports))


def _helper_class() -> type:
    from pyshacl.helper.sparql_query_helper import SPARQLQueryHelper

    class PrefixedQueryHelper(SPARQLQueryHelper):  # type: ignore[misc, valid-type]
        """pySHACL's query helper, with owl:imports followed for prefixes and each text's origin noted."""

        def collect_prefixes(self) -> None:
            super().collect_prefixes()
            sg = self.shape.sg.graph
            for value in sg.objects(self.node, SH.prefixes):
                for prefix, namespace in imported_declarations(sg, value):
                    self.prefixes.setdefault(prefix, namespace)

        def check_invalid_sparql(self, sparql_text: str, valuenode: Any = None, extravars: Any = None) -> bool:
            # pySHACL checks a text with its regular expressions on every pre-bound call (per focus node:
            # ~1 ms a call, seconds on a county); the check depends on the text and which variables may be
            # pre-bound only, so a text that passed once passes again (a failing one raises every time)
            key = (sparql_text, valuenode is not None, frozenset(extravars or ()))
            if key not in _VALID_TEXTS:
                super().check_invalid_sparql(sparql_text, valuenode=valuenode, extravars=extravars)
                if len(_VALID_TEXTS) > 4096:  # texts are few; guard against unbounded growth
                    _VALID_TEXTS.clear()
                _VALID_TEXTS.add(key)
            return True

        def apply_prefixes(self, sparql: str) -> str:
            text = super().apply_prefixes(sparql)
            origins = _ORIGINS.get()
            if origins is not None:
                shape = self.shape.node if self.shape is not None else None
                origins[text] = (shape, self.node)
            return text

    return PrefixedQueryHelper


@contextlib.contextmanager
def faithful_helpers() -> Iterator[None]:
    """pySHACL builds its SPARQL helpers from PrefixedQueryHelper inside this block (restored after)."""
    import pyshacl.helper as helper

    previous = getattr(helper, "SPARQLQueryHelperCls", None)
    helper.SPARQLQueryHelperCls = _helper_class()
    token = _ORIGINS.set({})
    try:
        yield
    finally:
        helper.SPARQLQueryHelperCls = previous
        _ORIGINS.reset(token)


def _value_node_rounds(focus_value_nodes: dict[Any, Any]) -> dict[None, list[tuple[Any, ...]]]:
    """The value nodes of every focus node as rounds (tuples), each holding a node at most once: a node that
    is the value of several focus nodes is validated (and reported) once per focus node, as pySHACL does."""
    rounds: list[list[Any]] = []
    seen: dict[Any, int] = {}
    for value_nodes in focus_value_nodes.values():
        for v in value_nodes:
            i = seen[v] = seen.get(v, -1) + 1
            if i == len(rounds):
                rounds.append([])
            rounds[i].append(v)
    return {None: [tuple(r) for r in rounds]}


#: whether pySHACL's evaluation takes the shortcuts below in the current run (`evaluation_shortcuts`)
_SHORTCUTS: contextvars.ContextVar[bool] = contextvars.ContextVar("shacl_shortcuts", default=False)
#: while pySHACL evaluates one sh:or for its value nodes: (shape, value node) -> what validating the node
#: against that member shape gave (None outside, and inside the member's own validation)
_OR_MEMBERS: contextvars.ContextVar[dict[tuple[Any, Node], Any] | None] = contextvars.ContextVar(
    "shacl_or_members", default=None)
_INSTALL = threading.Lock()
_installed = False


def _install_shortcuts() -> None:
    """Put the shortcuts' switches into pySHACL's classes, once per process. Each does what pySHACL does
    unless the current run asked for the shortcuts (`_SHORTCUTS`, a context variable: other threads and
    plain pySHACL calls are not affected, and concurrent runs do not undo each other's patches).

    1. A property shape (sh:property) is validated once for all the value nodes of the shape that holds
       it, instead of once per value node (a Shape.validate call each: half a second per thousand focus
       nodes on a county's passages and attendances). Shape.validate takes a list of focus nodes and
       evaluates each constraint per focus node, so the results are the same ones; a node that is the
       value of several focus nodes is still validated once per focus node (`_value_node_rounds`).
    2. A value node is validated against each member shape of an sh:or once per distinct value within one
       sh:or evaluation, not once per value node (a county repeats the same line numbers and positions
       thousands of times; each failed member also builds a result message). pySHACL keeps only whether
       each member conformed (the members' results are not reported), and one sh:or evaluation has one
       evaluation path for all its value nodes, so the answer for a (member, value) is the same every time
       it is asked within it; the answers live for that evaluation only.
    """
    global _installed
    from pyshacl.constraints.core.logical_constraints import OrConstraintComponent
    from pyshacl.constraints.core.shape_based_constraints import PropertyConstraintComponent
    from pyshacl.shape import Shape
    from rdflib.term import IdentifiedNode

    with _INSTALL:
        if _installed:
            return
        original_property = PropertyConstraintComponent.__dict__["_evaluate_property_shape"]
        original_or = OrConstraintComponent.__dict__["_evaluate_or_constraint"]
        original_validate = Shape.__dict__["validate"]

        def property_shape(self: Any, executor: Any, prop_shape: Any, target_graph: Any,
                           focus_value_nodes: dict[Any, Any], *args: Any) -> Any:
            # pySHACL's own method (its checks, then validate(focus=v) per v), given each round as one
            # "value node": validate takes a tuple of focus nodes as it takes one
            if _SHORTCUTS.get():
                focus_value_nodes = _value_node_rounds(focus_value_nodes)
            return original_property(self, executor, prop_shape, target_graph, focus_value_nodes, *args)

        def or_constraint(self: Any, *args: Any, **kwargs: Any) -> Any:
            token = _OR_MEMBERS.set({} if _SHORTCUTS.get() else None)
            try:
                return original_or(self, *args, **kwargs)
            finally:
                _OR_MEMBERS.reset(token)

        def validate(self: Any, executor: Any, target_graph: Any, focus: Any = None,
                     _evaluation_path: list[Any] | None = None) -> Any:
            answers = _OR_MEMBERS.get()
            if answers is None or not isinstance(focus, IdentifiedNode | Literal):
                return original_validate(self, executor, target_graph, focus, _evaluation_path)
            key = (self, focus)
            if key not in answers:
                token = _OR_MEMBERS.set(None)  # the member's own validation is not an sh:or's member call
                try:
                    answers[key] = original_validate(self, executor, target_graph, focus, _evaluation_path)
                finally:
                    _OR_MEMBERS.reset(token)
            return answers[key]

        PropertyConstraintComponent._evaluate_property_shape = property_shape
        OrConstraintComponent._evaluate_or_constraint = or_constraint
        Shape.validate = validate
        _installed = True


@contextlib.contextmanager
def evaluation_shortcuts() -> Iterator[None]:
    """pySHACL takes the shortcuts of `_install_shortcuts` inside this block (in this thread)."""
    _install_shortcuts()
    token = _SHORTCUTS.set(True)
    try:
        yield
    finally:
        _SHORTCUTS.reset(token)


def run_shacl(data: Graph, shapes: Graph, *, allow_warnings: bool = True, per_value_node: bool = False) -> Shacl:
    """pySHACL over a data graph (in place; a graph.validation.datagraph.DataGraph after use_oxigraph() answers the
    SPARQL on Oxigraph) with the shapes: the call `samverkan validate` makes. `allow_warnings`: whether
    warnings and infos alone still conform (True for our reports; the W3C tests say False). Property
    shapes and sh:or members are evaluated at once (`evaluation_shortcuts`); `per_value_node`: pySHACL's
    own call per value node instead, the same results slower (the benchmark's
    baseline and the parity tests)."""
    import pyshacl

    begin, end = getattr(data, "begin_shacl", None), getattr(data, "end_shacl", None)
    with faithful_helpers(), contextlib.nullcontext() if per_value_node else evaluation_shortcuts():
        if begin is not None:
            begin()
        try:
            conforms, results, text = pyshacl.validate(
                data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=allow_warnings,
                inplace=True)
        finally:
            errors: list[QueryError] = end() if end is not None else []
    return Shacl(conforms=bool(conforms) and not errors, results=results, text=text, errors=errors)
