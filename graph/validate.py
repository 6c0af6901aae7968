"""Validate the graph with SHACL (shapes/*.ttl), as of a date.

1. The data graph is the union of the dataset's graphs (queries/validation_data.rq).
2. A pre-pass adds what "as of D" means, as triples in the validation namespace (val:):
   - `?m val:validOn D` for every membership held on D, and on every meeting's date for the
     memberships of the meeting's body, by the as-of
     rule (graph/asof.py, queries/asof_memberships.rq: started, not ended, not left out of a
     later complete member list);
   - `?m val:comesFrom ?o`: where the holder of a membership valid on D comes from
     (queries/validation_origins.rq);
   - `?seat val:areaGroup ?g`: the samverkansområdesgrupp an area seat is filled from, found in the
     seat's own collaboration structure (queries/validation_area_groups.rq);
   - `?m val:fillsSeat ?seat` (and `val:seatFor ?org` for a seat per organisation): the seat a
     valid membership fills, read generically from the lgl:SeatRequirement data
     (queries/validation_seat_candidates.rq); each membership fills at most one seat, the most
     specific first, and memberships left over are counted on their seat as surplus.
3. pySHACL runs the shapes over it: structure and time (sh:Violation), composition (unfilled or
   over-filled seats: sh:Warning, the documents may be incomplete), consistency. It runs through
   graph/validate_shacl.run_shacl (sh:prefixes with owl:imports; a query no engine runs makes the run
   incomplete, never "conforms"), and its SPARQL on an Oxigraph copy of the data (DataGraph) with
   SHACL's pre-binding: one query for all focus nodes only where the parsed algebra shows it is the same
   as substituting $this, else one query per focus node with the constants substituted (the rule is in
   graph/validate_prebinding.py).
The report (graph/validation_report.py) reads the SHACL results and the pre-pass triples.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef, Variable
from rdflib.namespace import FOAF, SKOS
from rdflib.query import Result
from rdflib.term import Node

from . import config
from . import validate_prebinding as prebinding
from .asof import asof_pairs_query
from .config import LGL, ORG
from .sparql import load_query
from .stores.base import Store, Triples
from .stores.terms import oxigraph_to_rdflib, rdflib_to_oxigraph, to_oxigraph, to_rdflib
from .validate_shacl import QueryError, Shacl, origin_of, run_shacl

VAL = Namespace("https://w3id.org/samverkan-kalmar/validation#")
SH = Namespace("http://www.w3.org/ns/shacl#")
#: The node that says which date a validation run is "as of" (`val:run val:asOf D`).
RUN = VAL.run
LANGS = ("sv", "en")


# --------------------------------------------------------------------------- inputs


def _default_quad(triple: Any) -> Any:
    """An rdflib triple as a pyoxigraph quad in the default graph."""
    return ox.Quad(*(rdflib_to_oxigraph(t) for t in triple), ox.DefaultGraph())


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
    answers SELECT and ASK queries there, with SHACL's pre-binding (graph/validate_prebinding.py): a
    query whose algebra shows that one run for all focus nodes gives each node exactly its substituted
    answer is run once and its rows split by ?this; any other call gets its own query, with the
    pre-bound variables substituted as constants. Deciding parses the query with rdflib (tens of ms),
    so a text's first PER_NODE_FIRST calls are answered one per node (exact either way) unless it was
    decided before (decisions are kept on disk between runs); only then is it decided, and the texts
    still undecided at the end of a SHACL run are decided for the next runs. Calls Oxigraph
    cannot answer (a blank node to pre-bind, a query it does not parse) go to rdflib with initBindings
    (pySHACL's own way); `rdflib_calls` counts them.

    During a SHACL run (`begin_shacl` ... `end_shacl`, see graph/validate_shacl.py) a query neither engine
    runs is recorded as a QueryError naming its shape and constraint, and answered empty, so that the
    run finishes and says it is incomplete.

    On rdflib, each text is parsed and translated once (rdflib would do it on every call, minutes
    instead of seconds); prepared queries do not depend on the graph, so that cache (by text, prefixes
    and base) is shared by all DataGraphs of the process.
    """

    _prepared: dict[tuple[str, tuple[tuple[str, str], ...], str | None], Any] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._oxigraph: Any = None
        self._batches: dict[tuple[str, tuple[tuple[str, Node], ...]],
                            tuple[list[Variable], dict[Node | None, list[dict[Variable, Node]]]]] = {}
        self._calls: dict[str, int] = {}  # pre-bound calls per query text
        self._errors: list[QueryError] | None = None  # a list while a SHACL run collects them
        #: calls answered by rdflib instead of Oxigraph (blank nodes to pre-bind, texts Oxigraph refuses)
        self.rdflib_calls = 0

    # ------------------------------------------------------------- the Oxigraph copy

    def use_oxigraph(self, copy: Any = None) -> DataGraph:
        """Answer SPARQL from an Oxigraph copy of the graph (`copy`: a pyoxigraph Store holding exactly
        these triples in its default graph, else one is made); kept in step by `add`."""
        if copy is None:
            if self._oxigraph is not None and len(self._oxigraph) == len(self):
                return self
            copy = ox.Store()
            copy.bulk_extend(_default_quad(t) for t in self)
        self._oxigraph = copy
        self._batches.clear()
        return self

    def add(self, triple: Any) -> DataGraph:
        super().add(triple)
        if self._oxigraph is not None:
            self._oxigraph.add(_default_quad(triple))
            if self._batches:
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
        try:
            solutions = self._oxigraph.query(text)
        except (SyntaxError, ValueError, OSError, RuntimeError):
            return None
        if isinstance(solutions, ox.QueryBoolean):
            return bool(solutions)
        if not isinstance(solutions, ox.QuerySolutions):
            return None
        names = [v.value for v in solutions.variables if not v.value.startswith(prebinding.FILLER)]
        variables = [Variable(n) for n in names]
        rows = []
        for solution in solutions:
            row = {}
            for name, var in zip(names, variables, strict=True):
                term = solution[name]
                if term is not None:
                    row[var] = oxigraph_to_rdflib(term)
            rows.append(row)
        return variables, rows

    def _answer(self, text: str, bindings: dict[str, Node]) -> Result | None:
        """The pre-bound answer (graph/validate_prebinding.py) from Oxigraph, or None for rdflib."""
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


def load_shapes(shapes_dir: Path = config.SHAPES_DIR) -> Graph:
    """All shapes (shapes/*.ttl) in one graph."""
    g = Graph()
    for path in sorted(shapes_dir.glob("*.ttl")):
        g.parse(path, format="turtle")
    return g


def load_ontology(ontology_dir: Path = config.ONTOLOGY_DIR) -> Graph:
    g = Graph()
    for path in sorted(ontology_dir.glob("*.ttl")):
        g.parse(path, format="turtle")
    return g


def data_graph(store: Store) -> DataGraph:
    """The union of the store's graphs, as one rdflib graph."""
    g = DataGraph()
    for t in store.construct(load_query("validation_data.rq")):
        g.add(t)
    return g


def select(g: Graph, name: str, values: dict[str, list[Node]] | None = None) -> list[dict[str, Node]]:
    """Run queries/<name> on an rdflib graph; `values` replaces the query's `VALUES ?var { ... }` (each)."""
    text = load_query(name)
    for var, terms in (values or {}).items():
        block = " ".join(t.n3() for t in terms) or "UNDEF"
        text, n = re.subn(r"VALUES\s+\?" + var + r"\s*\{[^}]*\}", f"VALUES ?{var} {{ {block} }}", text)
        if n < 1:
            raise ValueError(f"{name}: no 'VALUES ?{var} {{ ... }}' to substitute")
    return [{str(k): v for k, v in row.asdict().items()} for row in g.query(text)]


# --------------------------------------------------------------------------- pre-pass


@dataclass
class Seat:
    """One seat requirement as the data states it."""

    iri: URIRef
    group: URIRef
    role: URIRef
    count: int | None = None
    from_org: URIRef | None = None
    kind: URIRef | None = None
    per: URIRef | None = None
    area: str | None = None
    area_name: str | None = None  # the area as the document writes it (lgl:areaName)
    appointed_by: URIRef | None = None
    posts: list[URIRef] = field(default_factory=list)

    @property
    def specificity(self) -> int:
        """How narrowly the seat says where its holder comes from (most specific seats fill first)."""
        score = 4 if (self.area or self.appointed_by) else 0
        score += 2 if (self.from_org or self.per) else 0
        score += 1 if self.kind else 0
        return score + (1 if self.posts else 0)


def seats_of(g: Graph) -> dict[URIRef, Seat]:
    seats: dict[URIRef, Seat] = {}
    for row in select(g, "validation_seats.rq"):
        iri = row["seat"]
        seat = seats.get(iri)
        if seat is None:
            count = row.get("count")
            seat = seats[iri] = Seat(
                iri=iri, group=row["group"], role=row["role"],
                count=int(count) if count is not None else None,
                from_org=row.get("from"), kind=row.get("kind"), per=row.get("per"),
                area=str(row["area"]) if row.get("area") is not None else None,
                area_name=str(row["areaName"]) if row.get("areaName") is not None else None,
                appointed_by=row.get("appointedBy"))
        post = row.get("post")
        if post is not None and post not in seat.posts:
            seat.posts.append(post)
    return seats


def _iso(value: Node | None) -> str:
    return str(value) if value is not None else ""


def membership_recency(g: Graph) -> dict[Node, str]:
    """The latest date each membership is known from (beginning or observation), as ISO text."""
    latest: dict[Node, str] = {}
    for row in select(g, "validation_membership_dates.rq"):
        m = row["membership"]
        for key in ("observed", "begin"):
            d = _iso(row.get(key))
            if d > latest.get(m, ""):
                latest[m] = d
    return latest


@dataclass
class Prepass:
    """What the pre-pass added: the seats, and who fills which (seat, for-organisation) slot."""

    at: dt.date
    seats: dict[URIRef, Seat]
    fills: dict[tuple[URIRef, URIRef | None], list[URIRef]]  # (seat, for) -> memberships
    slots: list[tuple[URIRef, URIRef | None]]


def prepare(g: Graph, at: dt.date) -> Prepass:
    """Add the "as of D" triples (val:) to the data graph, in place."""
    g.add((RUN, RDF.type, VAL.Run))
    g.add((RUN, VAL.asOf, Literal(at.isoformat())))
    pairs: list[tuple[URIRef | None, str]] = [(None, at.isoformat())]
    pairs += sorted({(r["body"], str(r["date"])) for r in select(g, "validation_dates.rq")
                     if len(str(r["date"])) == 10})
    for row in g.query(asof_pairs_query(pairs)):
        g.add((row["membership"], VAL.validOn, Literal(str(row["at"]))))  # type: ignore[index]
    for row in select(g, "validation_origins.rq"):
        g.add((row["membership"], VAL.comesFrom, row["origin"]))
    for row in select(g, "validation_area_groups.rq"):
        g.add((row["seat"], VAL.areaGroup, row["areaGroup"]))

    seats = seats_of(g)
    slots: list[tuple[URIRef, URIRef | None]] = []
    for seat in seats.values():
        if seat.per is not None:
            slots.extend((seat.iri, o) for o in sorted(g.subjects(RDF.type, seat.per)))  # type: ignore[arg-type]
        else:
            slots.append((seat.iri, None))
    origins: dict[Node, set[Node]] = defaultdict(set)
    for m, origin in g.subject_objects(VAL.comesFrom):
        origins[m].add(origin)
    posts_where: set[tuple[Node, Node, Node]] = set()  # (person, post, where)
    capacity: set[tuple[Node, Node]] = set()  # (membership, post)
    for row in select(g, "validation_post_holders.rq"):
        if row.get("capacityOf") is not None:
            capacity.add((row["capacityOf"], row["post"]))
        else:
            posts_where.add((row["person"], row["post"], row["where"]))

    def holds_post(seat: Seat, m: Node, person: Node, for_org: Node | None) -> bool:
        where = [for_org] if for_org is not None else origins.get(m, ())
        return any((m, post) in capacity or any((person, post, w) in posts_where for w in where)
                   for post in seat.posts)

    candidates: dict[tuple[URIRef, URIRef | None], list[URIRef]] = defaultdict(list)
    for row in select(g, "validation_seat_candidates.rq"):
        seat = seats.get(row["seat"])
        if seat is None or (seat.posts and not holds_post(seat, row["membership"], row["person"], row.get("for"))):
            continue
        candidates[(row["seat"], row.get("for"))].append(row["membership"])
    recency = membership_recency(g)

    def order(m: URIRef) -> tuple[str, str]:
        return (_invert(recency.get(m, "")), str(m))

    by_specificity = sorted(slots, key=lambda s: (-seats[s[0]].specificity, str(s[0]), str(s[1] or "")))
    fills: dict[tuple[URIRef, URIRef | None], list[URIRef]] = {s: [] for s in slots}
    taken: set[URIRef] = set()
    for slot in by_specificity:  # first pass: up to the required count, most specific seats first
        capacity = seats[slot[0]].count
        for m in sorted(set(candidates.get(slot, [])), key=order):
            if m in taken or (capacity is not None and len(fills[slot]) >= capacity):
                continue
            fills[slot].append(m)
            taken.add(m)
    for slot in by_specificity:  # second pass: the rest count on their most specific seat (surplus)
        for m in sorted(set(candidates.get(slot, [])), key=order):
            if m not in taken:
                fills[slot].append(m)
                taken.add(m)
    for (seat_iri, for_org), members in fills.items():
        for m in members:
            g.add((m, VAL.fillsSeat, seat_iri))
            if for_org is not None:
                g.add((m, VAL.seatFor, for_org))
    for seat in seats.values():
        for lang, text in seat_labels(g, seat).items():
            g.add((seat.iri, VAL.label, Literal(text, lang=lang)))
    return Prepass(at=at, seats=seats, fills=fills, slots=slots)


def _invert(iso: str) -> str:
    """A sort key that puts later ISO dates first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in iso) if iso else "\U0010ffff"


# --------------------------------------------------------------------------- labels


def label(g: Graph, node: Node | None, lang: str = "sv") -> str:
    """A readable name for a node: foaf:name, skos:prefLabel or rdfs:label in the language, else the IRI."""
    if node is None:
        return ""
    if isinstance(node, Literal):
        return str(node)
    for prop in (FOAF.name, SKOS.prefLabel, RDFS.label):
        values = list(g.objects(node, prop))
        for v in values:
            if isinstance(v, Literal) and v.language == lang:
                return str(v)
        for v in values:
            if isinstance(v, Literal) and v.language in (None, "sv"):
                return str(v)
    owner = next(iter(g.subjects(ORG.memberDuring, node)), None) or next(iter(g.subjects(LGL.validDuring, node)), None)
    if owner is not None:  # a period: name it by what it is the period of
        return label(g, owner, lang) + " – period"
    text = str(node)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] if "#" in text or "/" in text else text


def area_label(g: Graph, seat: Seat) -> str:
    """The area group the seat is filled from (val:areaGroup, set by the pre-pass), else the area as the
    document writes it (lgl:areaName), else the area's identifier."""
    groups = sorted(set(g.objects(seat.iri, VAL.areaGroup)), key=lambda x: (x == seat.appointed_by, str(x)))
    return label(g, groups[0]) if groups else (seat.area_name or seat.area or "")


def seat_labels(g: Graph, seat: Seat) -> dict[str, str]:
    """The seat as words, in Swedish and English (e.g. "representant från en kommun")."""
    out = {}
    for lang in LANGS:
        words = [label(g, seat.role, lang)]
        if seat.posts:
            joiner = " eller " if lang == "sv" else " or "
            words.append("(" + joiner.join(label(g, p, lang) for p in seat.posts) + ")")
        if seat.from_org is not None:
            words.append(("från " if lang == "sv" else "from ") + label(g, seat.from_org, lang))
        if seat.kind is not None:
            words.append(("från en " if lang == "sv" else "from a ") + label(g, seat.kind, lang))
        if seat.per is not None:
            words.append(("från varje " if lang == "sv" else "from every ") + label(g, seat.per, lang))
        if seat.area:
            words.append(("för " if lang == "sv" else "for ") + area_label(g, seat))
        if seat.appointed_by is not None:
            words.append(("(utses av " if lang == "sv" else "(appointed by ") + label(g, seat.appointed_by, lang) + ")")
        out[lang] = " ".join(words)
    return out


# --------------------------------------------------------------------------- running


@dataclass
class Run:
    """One validation: the data graph with the pre-pass, pySHACL's answer, and how long each step took."""

    at: dt.date
    graph: Graph
    prepass: Prepass
    conforms: bool
    results: Graph
    seconds: dict[str, float] = field(default_factory=dict)  # load, prepass, shacl, total
    shapes: Graph | None = None
    scope: str | None = None  # the body --scope named, if the run validated one structure
    errors: list[QueryError] = field(default_factory=list)  # SHACL queries that could not run
    rdflib_calls: int = 0  # SHACL queries answered by rdflib instead of Oxigraph (see DataGraph)

    @property
    def complete(self) -> bool:
        """Whether every SHACL query ran (else `conforms` is False and the run says it is incomplete)."""
        return not self.errors


def validate_graph(g: Graph, at: dt.date, shapes: Graph | None = None, ontology: Graph | None = None,
                   oxigraph: bool = True) -> Run:
    """Validate a data graph (modified in place: the pre-pass triples are added) as of a date.

    Use a DataGraph: its SPARQL (pre-pass, SPARQL targets and constraints) runs on an Oxigraph copy
    (`oxigraph=False`: on rdflib, each text parsed once, many times slower; a plain Graph works too).
    """
    start = time.perf_counter()
    # the ontology and the role vocabulary belong to the data (class axioms for sh:class, roles and
    # their labels): a dataset built by `samverkan build` has them already; add them in case not
    for t in ontology if ontology is not None else load_ontology():
        g.add(t)
    if isinstance(g, DataGraph) and oxigraph:
        g.use_oxigraph()
    pre = prepare(g, at)
    middle = time.perf_counter()
    shapes = shapes if shapes is not None else load_shapes()
    shacl = run_shacl(g, shapes)
    end = time.perf_counter()
    return Run(at=at, graph=g, prepass=pre, conforms=shacl.conforms, results=shacl.results, shapes=shapes,
               seconds={"prepass": middle - start, "shacl": end - middle, "total": end - start},
               errors=shacl.errors, rdflib_calls=getattr(g, "rdflib_calls", 0))


def graph_from_file(path: Path) -> DataGraph:
    """The union of the graphs in a dataset file (TriG, N-Quads, Turtle...), read as written.

    (Read with rdflib, not through Oxigraph, which keeps derived integer types as xsd:integer.)
    """
    from rdflib import Dataset

    from .stores.rdflib_store import FORMATS

    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"{path}: unknown RDF format {path.suffix!r}")
    ds = Dataset()
    ds.parse(path, format=fmt)
    g = DataGraph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def graph_from_dataset(ds: Any) -> DataGraph:
    g = DataGraph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def run_validation(g: Graph, at: dt.date, load_seconds: float = 0.0) -> Run:
    run = validate_graph(g, at)
    run.seconds = {"load": load_seconds, **run.seconds, "total": load_seconds + run.seconds["total"]}
    return run


# --------------------------------------------------------------------------- scope


def _with_values(name: str, var: str, terms: list[Node]) -> str:
    text = load_query(name)
    block = " ".join(t.n3() for t in terms) or "UNDEF"
    text, n = re.subn(r"VALUES\s+\?" + var + r"\s*\{[^}]*\}", f"VALUES ?{var} {{ {block} }}", text)
    if n < 1:
        raise ValueError(f"{name}: no 'VALUES ?{var} {{ ... }}' to substitute")
    return text


def scope_body(store: Store, scope: str) -> URIRef:
    """The organisation --scope names: an identifier (dcterms:identifier) or an IRI."""
    key: Node = URIRef(scope) if re.match(r"^[a-z][a-z0-9+.-]*://", scope) else Literal(scope)
    rows = store.select(_with_values("validation_scope_body.rq", "key", [key]))
    bodies = sorted({r["body"] for r in rows if isinstance(r.get("body"), URIRef)})
    if len(bodies) != 1:
        raise ValueError(f"--scope {scope!r}: {'no' if not bodies else len(bodies)} organisation(s) with that "
                         f"identifier or IRI")
    return bodies[0]


def scoped_graph(store: Store, body: URIRef, chunk: int = 2000) -> DataGraph:
    """The subgraph of one collaboration structure (see queries/validation_scope_seeds.rq), with its
    Oxigraph copy: the bodies under `body`, the seeds, then every outgoing link followed round by round."""
    bodies = [r["body"] for r in store.select(_with_values("validation_scope_bodies.rq", "scope", [body]))]
    frontier = {r["seed"] for r in store.select(_with_values("validation_scope_seeds.rq", "body", bodies))
                if isinstance(r.get("seed"), URIRef)}
    seen: set[Node] = set()
    g = DataGraph()
    copy = ox.Store()
    quads = []
    default = ox.DefaultGraph()
    while frontier:
        seen |= frontier
        nodes = sorted(frontier)
        frontier = set()
        for i in range(0, len(nodes), chunk):
            result = store.query(_with_values("validation_scope_triples.rq", "node", nodes[i:i + chunk]))
            if not isinstance(result, Triples):
                raise ValueError("validation_scope_triples.rq must be a CONSTRUCT query")
            for s_term, p_term, o_term in result.triples:
                s_node, p_node, o_node = to_rdflib(s_term), to_rdflib(p_term), to_rdflib(o_term)
                g.add((s_node, p_node, o_node))
                quads.append(ox.Quad(to_oxigraph(s_term), to_oxigraph(p_term), to_oxigraph(o_term), default))
                if o_term[0] == "uri" and p_node != RDF.type and o_node not in seen:
                    frontier.add(o_node)
    copy.bulk_extend(quads)
    return g.use_oxigraph(copy)


def validate_scope(store: Store, scope: str, at: dt.date) -> Run:
    """Validate one collaboration structure (the body --scope names and all under it) as of a date."""
    start = time.perf_counter()
    g = scoped_graph(store, scope_body(store, scope))
    run = run_validation(g, at, time.perf_counter() - start)
    run.scope = scope
    return run


# --------------------------------------------------------------------------- benchmark

BENCH_AT = dt.date(2025, 12, 31)  # inside the synthetic years (they end in 2025) and the real data's
_BASELINE = """
import datetime as dt, sys, time
from pathlib import Path
from graph.validate import graph_from_file, validate_graph
g = graph_from_file(Path(sys.argv[1]))
start = time.perf_counter()
validate_graph(g, dt.date.fromisoformat(sys.argv[2]), oxigraph=False)
print(time.perf_counter() - start)
"""


def _baseline_seconds(g: Graph, at: dt.date, timeout: float) -> float | None:
    """pySHACL with rdflib answering its SPARQL (as before the Oxigraph copy) on a graph, in a child
    process stopped after `timeout` seconds (None then)."""
    import subprocess
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "scope.nt"
        g.serialize(path, format="nt", encoding="utf-8")
        try:
            done = subprocess.run([sys.executable, "-c", _BASELINE, str(path), at.isoformat()],
                                  capture_output=True, text=True, timeout=timeout, check=True)
        except subprocess.TimeoutExpired:
            return None
    return float(done.stdout.strip().splitlines()[-1])


def benchmark_validation(data: Path, scale: str, timeout: float = 300.0) -> list[list[str]]:
    """Rows [what, seconds, baseline seconds, ratio] for `samverkan bench`: one synthetic county (the
    first in sorted order) and the real structure, each validated scoped inside the whole data file
    loaded once into an in-memory Oxigraph store (the time covers extraction, pre-pass and SHACL, not
    the store load), against pySHACL with rdflib SPARQL, unscoped, on that same structure's triples
    (the old way; a child process stopped after `timeout` s)."""
    from .stores import open_store

    store = open_store("memory")
    store.load(data)
    rows = store.select('PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?id WHERE { ?o dcterms:identifier ?id '
                        'FILTER (STRSTARTS(STR(?id), "synth-") && STRENDS(STR(?id), '
                        '"-lansgemensam-ledning-i-samverkan")) }')
    scopes = sorted(str(r["id"]) for r in rows)[:1]
    scopes.append("lansgemensam-ledning-i-samverkan")
    out = []
    for scope in scopes:
        try:
            body = scope_body(store, scope)
        except ValueError:
            continue
        start = time.perf_counter()
        run = validate_scope(store, scope, BENCH_AT)
        seconds = time.perf_counter() - start
        base = _baseline_seconds(scoped_graph(store, body), BENCH_AT, timeout)
        kind = "synthetic county" if scope.startswith("synth-") else "real data"
        what = f"{kind} {scope} ({len(run.graph):,} triples), scoped, inside the {scale} graph"
        label = "the same triples, unscoped pySHACL with rdflib SPARQL"
        if base is None:
            out.append([what, f"{seconds:.1f}", f"> {timeout:.0f} ({label}; stopped)", f"> {timeout / seconds:.0f}×"])
        else:
            out.append([what, f"{seconds:.1f}", f"{base:.1f} ({label})", f"{base / seconds:.1f}×"])
    store.close()
    return out


def validate_store(store: Store, at: dt.date) -> Run:
    """Validate everything a store holds, as of a date."""
    start = time.perf_counter()
    g = data_graph(store)
    return run_validation(g, at, time.perf_counter() - start)


__all__ = ["BENCH_AT", "LANGS", "RUN", "SH", "VAL", "XSD", "DataGraph", "Prepass", "QueryError", "Run", "Seat",
           "Shacl", "benchmark_validation", "data_graph", "graph_from_dataset", "graph_from_file", "label",
           "load_ontology", "load_shapes", "prepare", "run_shacl", "run_validation", "scope_body", "scoped_graph",
           "select", "validate_graph", "validate_scope", "validate_store"]
