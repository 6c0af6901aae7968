"""The data graph pySHACL validates: an rdflib graph whose SPARQL runs on an in-memory Oxigraph copy.

pySHACL evaluates the core constraints on the rdflib graph and every SPARQL query (the pre-pass,
SPARQL targets, SHACL-SPARQL constraints) through `DataGraph.query()`, which answers it on the copy
(graph.stores.oxigraph_store.OxigraphStore in memory) with SHACL's pre-binding
(graph/validation/prebinding.py), else on rdflib.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from rdflib import Graph, Variable
from rdflib.query import Result
from rdflib.term import Node

from ..stores.base import Boolean, Solutions, StoreError
from ..stores.oxigraph_store import OxigraphStore
from ..stores.terms import Term, from_rdflib, to_rdflib
from . import prebinding
from .shacl import QueryError, origin_of


def _terms(triple: Any) -> tuple[Term, Term, Term]:
    """An rdflib triple as store terms."""
    s, p, o = triple
    return from_rdflib(s), from_rdflib(p), from_rdflib(o)


def _result(variables: list[Variable], rows: list[dict[Variable, Node]]) -> Result:
    result = Result("SELECT")
    result.vars = variables
    result.bindings = rows
    return result


def _ask(answer: bool) -> Result:
    result = Result("ASK")
    result.askAnswer = answer
    return result


def _is_ask(text: str) -> bool:
    """Whether a query text is an ASK query (its first keyword after the prologue)."""
    for tok in prebinding.tokens(text):
        if tok.kind == "name" and tok.text.upper() not in ("PREFIX", "BASE") and ":" not in tok.text:
            return tok.text.upper() == "ASK"
    return False


#: pre-bound calls of a query text answered one per node before deciding (on its algebra) whether one
#: query may answer all focus nodes: parsing costs rdflib ~30 ms, one Oxigraph query per node ~1 ms
PER_NODE_FIRST = 16


class DataGraph(Graph):
    """An rdflib graph whose SPARQL runs on an Oxigraph copy of it, else parsed once per text.

    pySHACL evaluates the core constraints (counts, datatypes, classes) on the rdflib graph, and every
    SPARQL query (the pre-pass, SPARQL targets, SHACL-SPARQL constraints) through `query()`. After
    `use_oxigraph()` the graph keeps an in-memory Oxigraph store in step with it (every `add`) and
    answers SELECT and ASK queries there, with SHACL's pre-binding (graph/validation/prebinding.py): a
    query whose algebra shows that one run for all focus nodes gives each node exactly its substituted
    answer is run once and its rows split by ?this; any other call gets its own query, with the
    pre-bound variables substituted as constants. Deciding parses the query with rdflib (tens of ms),
    so a text's first PER_NODE_FIRST calls are answered one per node (exact either way) unless it was
    decided before (decisions are kept on disk between runs); only then is it decided, and the texts
    still undecided at the end of a SHACL run are decided for the next runs. Calls Oxigraph
    cannot answer (a blank node to pre-bind, a query it does not parse) go to rdflib with initBindings
    (pySHACL's own way); `rdflib_calls` counts them.

    During a SHACL run (`begin_shacl` ... `end_shacl`, see graph/validation/shacl.py) a query neither engine
    runs is recorded as a QueryError naming its shape and constraint, and answered empty, so that the
    run finishes and says it is incomplete.

    On rdflib, each text is parsed and translated once (rdflib would do it on every call, minutes
    instead of seconds); prepared queries do not depend on the graph, so that cache (by text, prefixes
    and base) is shared by all DataGraphs of the process.
    """

    _prepared: dict[tuple[str, tuple[tuple[str, str], ...], str | None], Any] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._oxigraph: OxigraphStore | None = None
        self._batches: dict[tuple[str, tuple[tuple[str, Node], ...]],
                            tuple[list[Variable], dict[Node | None, list[dict[Variable, Node]]]]] = {}
        self._calls: dict[str, int] = {}  # pre-bound calls per query text
        self._errors: list[QueryError] | None = None  # a list while a SHACL run collects them
        #: calls answered by rdflib instead of Oxigraph (blank nodes to pre-bind, texts Oxigraph refuses)
        self.rdflib_calls = 0

    # ------------------------------------------------------------- the Oxigraph copy

    def use_oxigraph(self, copy: OxigraphStore | None = None) -> DataGraph:
        """Answer SPARQL from an Oxigraph copy of the graph (`copy`: an in-memory OxigraphStore holding
        exactly these triples in its default graph, else one is made); kept in step by `add`."""
        if copy is None:
            if self._oxigraph is not None and self._oxigraph.quad_count() == len(self):
                return self
            copy = oxigraph_copy(self)
        self._oxigraph = copy
        self._batches.clear()
        return self

    def add(self, triple: Any) -> DataGraph:
        super().add(triple)
        if self._oxigraph is not None:
            self._oxigraph.add_triples([_terms(triple)])
            if self._batches:
                self._batches.clear()
        return self

    def add_triples(self, triples: Iterable[Any]) -> DataGraph:
        """Add rdflib triples (the Oxigraph copy in one call, not one per triple as `add` does)."""
        triples = list(triples)
        for triple in triples:
            super().add(triple)
        if self._oxigraph is not None:
            self._oxigraph.add_triples(_terms(t) for t in triples)
            self._batches.clear()
        return self

    def remove(self, triple: Any) -> DataGraph:
        super().remove(triple)
        self._oxigraph = None  # out of step: rdflib answers until use_oxigraph() again
        self._batches.clear()
        return self

    # ------------------------------------------------------------- a SHACL run

    def begin_shacl(self) -> None:
        """Collect the queries neither engine can run (instead of raising) until end_shacl()."""
        self._errors = []

    def end_shacl(self) -> list[QueryError]:
        """The errors collected; and the texts answered one per node this time get decided now, for the
        next runs (a one-time cost: the decisions are kept on disk)."""
        errors, self._errors = self._errors or [], None
        for text, calls in self._calls.items():
            if calls and prebinding.known(text) is None:
                prebinding.batchable(text)
        return errors

    # ------------------------------------------------------------- Oxigraph

    def _run(self, text: str) -> tuple[list[Variable], list[dict[Variable, Node]]] | bool | None:
        """Rows (or the ASK answer) of a query on the Oxigraph copy; None if Oxigraph does not take it."""
        assert self._oxigraph is not None
        try:
            solutions = self._oxigraph.query(text)
        except StoreError:  # incl. QuerySyntaxError: Oxigraph does not take it
            return None
        if isinstance(solutions, Boolean):
            return solutions.value
        if not isinstance(solutions, Solutions):
            return None
        names = [v for v in solutions.variables if not v.startswith(prebinding.FILLER)]
        variables = [Variable(n) for n in names]
        rows = []
        for solution in solutions.rows:
            row = {}
            for name, var in zip(names, variables, strict=True):
                term = solution.get(name)
                if term is not None:
                    row[var] = to_rdflib(term)
            rows.append(row)
        return variables, rows

    def _answer(self, text: str, bindings: dict[str, Node]) -> Result | None:
        """The pre-bound answer (graph/validation/prebinding.py) from Oxigraph, or None for rdflib."""
        if not bindings:
            ran = self._run(text)
            return None if ran is None else _ask(ran) if isinstance(ran, bool) else _result(*ran)
        this = bindings.get("this")
        others = {k: v for k, v in bindings.items() if k != "this"}
        calls = self._calls[text] = self._calls.get(text, 0) + (this is not None)
        # deciding needs rdflib's parser (tens of ms a text): worth it once a text has had a few focus nodes,
        # or at once if it was decided before (decisions are kept between runs)
        decided = prebinding.known(text) if this is not None else False
        if decided is None and calls > PER_NODE_FIRST:
            decided = prebinding.batchable(text)
        if decided:
            key = (text, tuple(sorted(others.items())))
            batch = self._batches.get(key)
            if batch is None:
                query = prebinding.substitute(text, others) if others else text
                ran = None if query is None else self._run(query)
                if ran is None or isinstance(ran, bool):
                    return None
                variables, rows = ran
                by_this: dict[Node | None, list[dict[Variable, Node]]] = defaultdict(list)
                for row in rows:
                    by_this[row.get(Variable("this"))].append(row)
                batch = self._batches[key] = (variables, by_this)
            return _result(batch[0], batch[1].get(this, []))
        query = prebinding.substitute(text, bindings)
        ran = None if query is None else self._run(query)
        if ran is None:
            return None
        if isinstance(ran, bool):
            return _ask(ran)
        variables, rows = ran
        if prebinding.selects_all(text):  # SELECT *: the solutions carry the pre-bound values too
            for name, term in bindings.items():
                var = Variable(name)
                if var not in variables and var in prebinding.projected(text):
                    variables.append(var)
                    for row in rows:
                        row[var] = term
        return _result(variables, rows)

    # ------------------------------------------------------------- queries

    def query(self, query_object: Any, processor: Any = "sparql", result: Any = "sparql",
              initNs: Any = None, initBindings: Any = None, use_store_provided: bool = True,  # noqa: N803
              **kwargs: Any) -> Any:
        if (self._oxigraph is not None and isinstance(query_object, str) and processor == "sparql"
                and not initNs and not kwargs.get("base")):
            bindings = {str(k): v for k, v in (initBindings or {}).items()}
            answer = self._answer(query_object, bindings)
            if answer is not None:
                return answer
            self.rdflib_calls += 1
        if not (isinstance(query_object, str) and processor == "sparql"):
            return super().query(query_object, processor, result, initNs, initBindings, use_store_provided, **kwargs)
        text = query_object
        try:
            from rdflib.plugins.sparql import prepareQuery

            namespaces = tuple(sorted((str(k), str(v)) for k, v in (initNs or {}).items()))
            key = (text, namespaces, kwargs.get("base"))
            prepared = self._prepared.get(key)
            if prepared is None:
                if len(self._prepared) > 512:  # texts are few; guard against unbounded growth
                    self._prepared.clear()
                prepared = self._prepared[key] = prepareQuery(text, initNs=dict(namespaces) or None,
                                                               base=kwargs.get("base"))
            return super().query(prepared, processor, result, initNs, initBindings, use_store_provided, **kwargs)
        except Exception as exc:  # noqa: BLE001 - rdflib raises plain Exception for unknown prefixes
            if self._errors is None:
                raise
            shape, constraint = origin_of(text)
            error = QueryError(shape=shape, constraint=constraint, query=text,
                               message=f"neither Oxigraph nor rdflib runs the query: {type(exc).__name__}: {exc}")
            if error not in self._errors:
                self._errors.append(error)
            return _ask(True) if _is_ask(text) else _result([], [])


def oxigraph_copy(triples: Iterable[Any]) -> OxigraphStore:
    """An in-memory Oxigraph store holding these rdflib triples in its default graph."""
    copy = OxigraphStore(None)
    copy.add_triples(_terms(t) for t in triples)
    return copy
