"""OpenLink Virtuoso (7.2, Debian's virtuoso-opensource-7-bin) as a remote store: what the engine
needs beyond plain SPARQL 1.1 Protocol.

- Its endpoint is ``http://host:8890/sparql`` (queries and updates; writes need
  ``GRANT SPARQL_UPDATE TO "SPARQL"``, or ``/sparql-auth`` with Digest auth) and its Graph Store
  endpoint ``/sparql-graph-crud`` (``/sparql-graph-crud-auth``), which the load uses: one PUT per
  named graph, counted afterwards.
- ``INSERT DATA`` is compiled to SQL, about 7 lines per triple, and Virtuoso refuses more than
  10,000 lines of generated SQL: 1,413 triples was the largest batch it took (measured, for IRIs,
  typed and language-tagged literals alike), so batches are 1,000 triples. It refuses blank nodes in
  ``INSERT DATA`` (against the standard), so blank nodes go through the Graph Store PUT only.
- It cuts every answer at ``ResultSetMaxRows`` (10,000 by default, ``[SPARQL]`` in virtuoso.ini):
  a SELECT that was cut says so in ``X-SPARQL-MaxRows`` and is fetched again in pages
  (LIMIT/OFFSET, which Virtuoso allows beyond the cap when there is no ORDER BY); a CONSTRUCT does
  not say so, and its pages are not stable (LIMIT/OFFSET pages of a CONSTRUCT overlap: measured),
  so a big one is checked against the cap and refused when it was cut (raise ResultSetMaxRows).
- Its default graph (a query without FROM) is every graph it holds, its own system graphs
  (``virtrdf#``: 2,496 triples describing its quad maps) included, each triple once per graph
  holding it: a bag union like Oxigraph's, and ``GRAPH ?g`` ranges over its system graphs too. The
  store leaves them out (`prepare_query`): a query with a variable predicate and no GRAPH pattern
  gets ``DEFINE input:default-graph-exclude`` for the system graphs, so ``CONSTRUCT { ?s ?p ?o }
  WHERE { ?s ?p ?o }`` (validation's data) is the project's data only, and a query whose GRAPH
  patterns all have a variable graph gets ``DEFINE input:named-graph-exclude`` for each of them
  (`own_graphs`), so the project's queries carry no list of Virtuoso's graphs (queries/void_*.rq).
  Not every query: under either pragma 7.2 miscounts ``GRAPH <iri>`` patterns (COUNT 1 for a graph
  of 2,469 triples) and its cost model overflows on the as-of query (measured); the other queries
  name the project's predicates, classes or graphs, and counts leave the system graphs out.
- It writes xsd:boolean as "1"/"0" and keeps derived integer types (normalised by RemoteStore as
  Oxigraph writes them), turns a boolean constant in a query into the integer 1 (the project's
  queries write STRDT("true", xsd:boolean)), answers an ASK in JSON as a table with one
  ``__ASK_RETVAL`` cell (read as a boolean by RemoteStore) and an aggregate over nothing as ""
  (read as unbound, as Oxigraph leaves it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

from .base import Graphs, QueryResult, Solutions
from .remote import ENGINES, RemoteStore, ResultCut, _count, query_form
from .terms import Term

EMPTY: Term = ("literal", "", "", "")
#: The idiom that lists the named graphs (the service description's), spaced as one line.
#: The graph-listing idiom (`SELECT [DISTINCT] ?g WHERE { GRAPH ?g { } } [ORDER BY ?g]`), comments removed.
LIST_GRAPHS = re.compile(r"SELECT (?:DISTINCT )?\?(\w+) WHERE \{ GRAPH \?\1 \{ \} \}( ORDER BY \?\1)?", re.I)
_COMMENT = re.compile(r"^\s*#[^\n]*$", re.M)
#: INSERT DATA batch size for Virtuoso (its generated-SQL limit takes at most 1,413 triples).
BATCH = 1000
#: MOVE operations per update request: each compiles to SQL of its own, under the same 10,000-line
#: limit as INSERT DATA.
MOVE_BATCH = 100
#: Virtuoso's ResultSetMaxRows as shipped (override with max-rows=N in the spec when raised).
DEFAULT_MAX_ROWS = 10000
#: Graphs Virtuoso makes for itself (a fresh 7.2 database): left out of the default graph.
SYSTEM_GRAPHS = ("http://www.openlinksw.com/schemas/virtrdf#", "http://www.w3.org/ns/ldp#",
                 "http://localuriqaserver/sparql")
#: Graphs Virtuoso makes for itself, by prefix: left out of the counts.
SYSTEM_GRAPH_PREFIXES = ("http://www.openlinksw.com/", "http://www.w3.org/ns/ldp#", "http://localuriqaserver/",
                         "urn:dav:", "urn:activitystreams-owl:")


@dataclass
class VirtuosoStore(RemoteStore):
    engine: str = "virtuoso"
    batch: int = BATCH
    move_batch: int | None = MOVE_BATCH
    _cap_above: int = 0  # a row count known to be below Virtuoso's cap
    _own_graphs: tuple[str, ...] | None = field(default=None, repr=False)  # own_graphs(), once asked

    @classmethod
    def for_url(cls, url: str) -> VirtuosoStore:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        crud = "/sparql-graph-crud-auth" if parts.path.endswith("-auth") else "/sparql-graph-crud"
        return cls(url, url, root + crud, max_rows=DEFAULT_MAX_ROWS, engine="virtuoso")

    def quad_count(self) -> int:
        """How many quads the named graphs hold, Virtuoso's own graphs left out."""
        keep = " && ".join(f'!STRSTARTS(STR(?g), "{p}")' for p in SYSTEM_GRAPH_PREFIXES)
        return _count(self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER({keep}) }}"))

    def own_graphs(self) -> tuple[str, ...]:
        """The graphs Virtuoso made for itself (SYSTEM_GRAPHS, and those holding triples under
        SYSTEM_GRAPH_PREFIXES), asked once per store."""
        if self._own_graphs is None:
            self._own_graphs = SYSTEM_GRAPHS  # the question below is prepared with the known ones
            own = " || ".join(f'STRSTARTS(STR(?g), "{p}")' for p in SYSTEM_GRAPH_PREFIXES)
            found = self.run(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER({own}) }}", "SELECT")
            assert isinstance(found, Solutions)
            self._own_graphs = tuple(sorted(set(SYSTEM_GRAPHS) | {row["g"][1] for row in found.rows if "g" in row}))
        return self._own_graphs

    def prepare_query(self, sparql: str, graphs: Graphs | None) -> str:
        """Virtuoso's own graphs are left out of what a query without a dataset sees, by its pragmas:

        - a query whose GRAPH patterns all name their graph by a variable (`GRAPH ?g`) gets
          ``input:named-graph-exclude`` for each of its own graphs, so ?g never takes one (the
          project's queries need no filter of their own: queries/void_*.rq);
        - a query that could read any predicate from the default graph (no GRAPH pattern) gets
          ``input:default-graph-exclude`` for them.

        Only those: under either pragma 7.2 miscounts a ``GRAPH <iri>`` pattern (COUNT 1 for a graph of
        2,469 triples, measured) and its cost model overflows on the bigger queries; the others name
        the project's predicates and classes or graphs."""
        if graphs and (graphs.default or graphs.named):
            return sparql
        variable_graph, named_graph, any_predicate = _shape(sparql)
        if variable_graph and not named_graph:
            return "".join(f"DEFINE input:named-graph-exclude <{g}>\n" for g in self.own_graphs()) + sparql
        if any_predicate and not variable_graph and not named_graph:
            return "".join(f"DEFINE input:default-graph-exclude <{g}>\n" for g in SYSTEM_GRAPHS) + sparql
        return sparql

    def query(self, sparql: str, graphs: Graphs | None = None, base_iri: str | None = None) -> QueryResult:
        form = query_form(sparql)
        listing = LIST_GRAPHS.fullmatch(" ".join(_COMMENT.sub("", sparql).split()))
        if listing and not (graphs and (graphs.default or graphs.named)):
            # Virtuoso answers the empty GRAPH ?g {} with one row and ?g unbound: list the graphs
            # that hold triples instead (what the idiom means), its own graphs left out
            var, order = listing.group(1), listing.group(2) or ""
            keep = " && ".join(f'!STRSTARTS(STR(?{var}), "{p}")' for p in SYSTEM_GRAPH_PREFIXES)
            sparql = f"SELECT DISTINCT ?{var} WHERE {{ GRAPH ?{var} {{ ?s ?p ?o }} FILTER({keep}) }}{order}"
        try:
            return self.run(sparql, form, graphs)
        except ResultCut:
            if form != "SELECT" or any(key in _body(sparql) for key in ("limitoffset", "orderby", "valuesClause")):
                raise
        return self._paged(sparql, graphs, (self.max_rows or DEFAULT_MAX_ROWS) - 1)

    def _paged(self, sparql: str, graphs: Graphs | None, size: int) -> Solutions:
        """A SELECT's whole answer in pages of `size` rows (LIMIT/OFFSET added at its end) until a
        page comes back short: Virtuoso keeps the order of an unsorted SELECT from page to page
        (the same plan; checked against the whole answer in the tests), and a page of exactly its
        cap would be flagged as cut, so pages are one row shorter."""
        rows: list = []
        variables: list[str] = []
        offset = 0
        while True:
            page = self.run(f"{sparql}\nLIMIT {size} OFFSET {offset}", "SELECT", graphs)
            assert isinstance(page, Solutions)
            variables, got = page.variables, list(page.rows)
            rows.extend(got)
            if len(got) < size:
                return Solutions(variables, iter(rows))
            offset += size

    def _check_cap(self, n: int, form: str) -> None:
        """A CONSTRUCT/DESCRIBE answer carries no sign that Virtuoso cut it: one of `n` >= 1,000
        triples is checked by asking whether the cap lies at or below `n` (a SELECT of n + 1 tiny
        rows from a cross product, whose cut Virtuoso does flag); a cut answer is never used."""
        if form == "SELECT" or n < 1000 or n < self._cap_above:  # a cut SELECT says so (X-SPARQL-MaxRows)
            return
        probe = f"SELECT ?x WHERE {{ ?a ?b ?c . ?d ?e ?f BIND(1 AS ?x) }} LIMIT {n + 1}"
        try:
            self.run(probe, "SELECT", None, check_cap=True)
        except ResultCut:
            raise ResultCut(f"the store cut the answer at its row cap ({n} triples): the result is incomplete and "
                            "is not used; raise ResultSetMaxRows in virtuoso.ini ([SPARQL])") from None
        self._cap_above = n + 1

    def clean_row(self, row: dict[str, Term]) -> dict[str, Term]:
        """Virtuoso answers an aggregate over nothing (GROUP_CONCAT of unbound values) with "" where
        Oxigraph leaves the variable unbound: an empty plain literal is read as unbound (the
        project's data has no empty strings: the records refuse them)."""
        return {name: term for name, term in row.items() if term != EMPTY}

    def graph_param(self) -> str:
        return "graph-uri"


@lru_cache(maxsize=512)
def _shape(sparql: str) -> tuple[bool, bool, bool]:
    """What the query (by its algebra, not its text) has: a GRAPH pattern with a variable graph, a
    GRAPH pattern with a given graph, a triple pattern with a variable predicate (with no GRAPH
    pattern at all, the queries that could read Virtuoso's own triples from its default graph:
    validation's ``?s ?p ?o``)."""
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.term import Variable

    found = {"graph": False, "named": False, "variable": False}

    def walk(node: object) -> None:
        name = getattr(node, "name", None)
        if name == "Graph":
            found["graph" if isinstance(node["term"], Variable) else "named"] = True  # type: ignore[index]
        if name == "BGP":
            found["variable"] |= any(isinstance(t[1], Variable) for t in node["triples"])  # type: ignore[index]
        if isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, (list, tuple)):
            for v in node:
                walk(v)

    walk(translateQuery(_body_all(sparql)).algebra)
    return found["graph"], found["named"], found["variable"]


def _body_all(sparql: str) -> object:
    from rdflib.plugins.sparql.parser import parseQuery

    return parseQuery(sparql)


def _body(sparql: str) -> object:
    from rdflib.plugins.sparql.parser import parseQuery

    return parseQuery(sparql)[1]

ENGINES["virtuoso"] = VirtuosoStore
