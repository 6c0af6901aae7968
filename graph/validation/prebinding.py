"""SHACL pre-binding on Oxigraph: when one query may answer all focus nodes, and the per-node substitution.

SHACL defines pre-binding (https://www.w3.org/TR/shacl/#pre-binding) as substitution: every occurrence of
a pre-bound variable ($this, $value, $currentShape, a constraint component's parameters) is replaced by
its value, and the solutions carry the binding. pySHACL asks for it through `query(text, initBindings=...)`,
once per focus node (and value node). `DataGraph` (graph/validation/datagraph.py) answers those calls on Oxigraph in
one of two ways, chosen per query text on the PARSED query (rdflib's algebra), never on the text:

1. One query for all focus nodes (`batchable`): the query is run once with `$this` free, its rows are
   split by `?this`, and each call gets the rows of its node. That equals substitution exactly when
   eval(Q[this := n]) = { mu | mu in eval(Q), mu(this) = n } for every n, which holds when:
   - it is a SELECT that projects ?this, without LIMIT/OFFSET; an aggregate query only if it groups by
     ?this (then every group has one ?this, and HAVING and the aggregates see the same rows);
   - the WHERE pattern "determines" ?this: ?this is bound in every solution, by a triple pattern, and
     fixing it commutes with every operator on the way up. Per algebra operator:
       BGP: some triple has ?this as predicate, or as subject/object of an IRI, a variable or a path
         that cannot match zero steps (`p*`, `p?` match any node, even one not in the data);
       Join: at least one side determines ?this, and every side that mentions ?this does;
       LeftJoin (OPTIONAL): the left side determines ?this; the optional side does not mention it or
         determines it itself; the OPTIONAL's filter may use it (it is bound there);
       Filter, Extend (BIND): the pattern they apply to determines ?this; their expressions may use it,
         an EXISTS / NOT EXISTS pattern only if it determines ?this itself; BIND may not rebind ?this;
       Union: both branches determine ?this; Minus: the left side does, the right side does not mention it;
       anything else that mentions ?this (a subquery, VALUES, GRAPH, SERVICE, a group holding only a
       FILTER, a BIND before any triple pattern, ?this only in one UNION branch or only in OPTIONAL,
       EXISTS or a FILTER) makes the query per node.
   The other pre-bound variables are substituted as constants in that one query (they are the same for
   all focus nodes of the call), so the batch is per (text, other bindings).
2. Otherwise, one query per call with every pre-bound variable substituted as a constant (`substitute`):
   the text is tokenised (strings, IRIs, comments and prefixed names are kept as they are) and each
   variable token is replaced by the term; a projected variable becomes `(term AS ?var)` at the top
   level and is dropped from a subquery's projection (its constant is in the subquery's pattern), a
   GROUP BY / ORDER BY variable becomes `(term)`, `BOUND(?var)` becomes `true`. A blank node cannot be
   written into a query that refers to the data's own blank nodes; such calls are answered by rdflib
   with initBindings.
Both give the same answers (the property tests check it); rule 1 is only faster. rdflib's parser takes
tens of ms a query, so decisions are kept on disk between runs (`decisions_path`, keyed by this rule's
version, rdflib's version and the text with its PREFIX lines sorted), and DataGraph answers a text's
first calls one per node before deciding it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import BNode, Literal, URIRef, Variable
from rdflib.paths import AlternativePath, InvPath, MulPath, NegatedPath, SequencePath
from rdflib.paths import Path as PropertyPath
from rdflib.plugins.sparql.algebra import translateGroupGraphPattern
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Node

from ..serialize import write_atomically

#: A variable the rewrite adds to keep a subquery's projection non-empty; removed from result rows.
FILLER = "__prebound"

# --------------------------------------------------------------------------- the algebra


def _mentions(node: Any, var: Variable) -> bool:
    """Whether `var` occurs anywhere in an algebra (sub)tree (patterns, expressions, projections)."""
    if isinstance(node, Variable):
        return node == var
    if isinstance(node, CompValue):
        return any(_mentions(v, var) for k, v in node.items() if not k.startswith("_"))
    if isinstance(node, list | tuple | set):
        return any(_mentions(v, var) for v in node)
    if isinstance(node, dict):
        return any(_mentions(v, var) for v in node.values())
    return False


def _zero_length(path: Any) -> bool:
    """Whether a property path can match zero steps (then it matches a node that is not in the data)."""
    if isinstance(path, MulPath):
        return path.zero
    if isinstance(path, SequencePath):
        return all(_zero_length(p) for p in path.args)
    if isinstance(path, AlternativePath):
        return any(_zero_length(p) for p in path.args)
    if isinstance(path, InvPath):
        return _zero_length(path.arg)
    if isinstance(path, NegatedPath):
        return False
    return False


def _binds(triple: tuple[Any, Any, Any], var: Variable) -> bool:
    s, p, o = triple
    if p == var:
        return True
    if var not in (s, o):
        return False
    return not (isinstance(p, PropertyPath) and _zero_length(p))


def _expressions_ok(expr: Any, var: Variable) -> bool:
    """An expression evaluated where `var` is bound: fine, unless an EXISTS pattern in it uses `var`
    without determining it."""
    if isinstance(expr, CompValue):
        if expr.name in ("Builtin_EXISTS", "Builtin_NOTEXISTS"):
            graph = expr.graph
            if isinstance(graph, CompValue) and graph.name in ("GroupGraphPatternSub", "TriplesBlock"):
                graph = translateGroupGraphPattern(graph)
            if _mentions(graph, var) and not determines(graph, var):
                return False
        return all(_expressions_ok(v, var) for k, v in expr.items() if not k.startswith("_"))
    if isinstance(expr, list | tuple):
        return all(_expressions_ok(v, var) for v in expr)
    return True


def determines(pattern: Any, var: Variable) -> bool:
    """Whether the graph pattern binds `var` in every solution such that fixing `var` to a term n gives
    exactly its solutions with var = n (see the module docstring for the rule per operator)."""
    if not isinstance(pattern, CompValue):
        return False
    name = pattern.name
    if name == "BGP":
        return any(_binds(t, var) for t in pattern.triples)
    if name == "Join":
        sides = [p for p in (pattern.p1, pattern.p2) if _mentions(p, var)]
        return bool(sides) and all(determines(p, var) for p in sides)
    if name == "LeftJoin":
        return (determines(pattern.p1, var)
                and (not _mentions(pattern.p2, var) or determines(pattern.p2, var))
                and _expressions_ok(pattern.get("expr"), var))
    if name == "Filter":
        return determines(pattern.p, var) and _expressions_ok(pattern.expr, var)
    if name == "Extend":
        return pattern.var != var and determines(pattern.p, var) and _expressions_ok(pattern.expr, var)
    if name == "Union":
        return determines(pattern.p1, var) and determines(pattern.p2, var)
    if name == "Minus":
        return determines(pattern.p1, var) and not _mentions(pattern.p2, var)
    return False


def _aggregate_sample_of(node: CompValue, var: Variable) -> set[Variable]:
    """The internal variables rdflib binds to SAMPLE(var) (how it projects a GROUP BY variable)."""
    return {a.res for a in node.A if a.name == "Aggregate_Sample" and a.vars == var}


THIS = Variable("this")


def batchable_algebra(query: Any, var: Variable = THIS) -> bool:
    """Whether a translated query (rdflib `Query.algebra`) may be run once with `var` free and its rows
    split by `var`, with the same answer per node as substituting `var` (module docstring, rule 1)."""
    if not isinstance(query, CompValue) or query.name != "SelectQuery" or var not in (query.PV or []):
        return False
    node = query.p
    while isinstance(node, CompValue) and node.name in ("Project", "Distinct", "Reduced", "OrderBy"):
        if node.name == "Project" and var not in node.PV:
            return False
        if node.name == "OrderBy" and not _expressions_ok(node.expr, var):
            return False
        node = node.p
    # a chain of Extend / Filter: the pattern's own, or (above an AggregateJoin) SELECT expressions and HAVING
    chain = []
    inner = node
    while isinstance(inner, CompValue) and inner.name in ("Extend", "Filter"):
        chain.append(inner)
        inner = inner.p
    if not (isinstance(inner, CompValue) and inner.name == "AggregateJoin"):
        return determines(node, var)
    samples = _aggregate_sample_of(inner, var)
    for step in chain:
        if step.name == "Extend" and step.var == var and step.expr not in samples:
            return False
        if not _expressions_ok(step.expr, var):
            return False
    group = inner.p
    if not (isinstance(group, CompValue) and group.name == "Group") or var not in (group.expr or []):
        return False
    return determines(group.p, var)


@lru_cache(maxsize=1024)
def parsed(text: str) -> Any:
    """The rdflib prepared query of a text (None if rdflib cannot parse it); cached per text."""
    from rdflib.plugins.sparql import prepareQuery

    try:
        return prepareQuery(text)
    except Exception:  # noqa: BLE001 - rdflib raises many kinds (ParseException, Exception('Unknown ...'))
        return None


#: bump when the rule changes: decisions stored on disk under another version are not used
RULE_VERSION = "1"
_decisions: dict[str, bool] | None = None  # the on-disk decisions, loaded once per process


def decisions_path() -> Path:
    """Where decisions are kept between runs ($SAMVERKAN_PREBINDING_CACHE, else var/cache/prebinding.json)."""
    from .. import project

    env = os.environ.get("SAMVERKAN_PREBINDING_CACHE")
    return Path(env) if env else project.var_dir() / "cache" / "prebinding.json"


def _prologue_sorted(text: str) -> str:
    """The text with its leading PREFIX declarations in sorted order: the same query (pySHACL writes them
    in an order that changes from run to run), so that its decision is found again."""
    toks = tokens(text)
    declarations: list[str] = []
    i = 0
    while True:
        words = list(_significant(toks, i))[:3]
        if (len(words) == 3 and toks[words[0]].text.upper() == "PREFIX" and toks[words[1]].kind == "name"
                and toks[words[2]].kind == "iri"):
            declarations.append(" ".join(toks[j].text for j in words))
            i = words[2] + 1
        else:
            break
    if len(set(declarations)) != len(declarations) or len({d.split()[1] for d in declarations}) != len(declarations):
        return text  # a prefix declared twice: order matters, keep it
    return "\n".join(sorted(declarations)) + "".join(t.text for t in toks[i:])


@lru_cache(maxsize=1024)
def _key(text: str, var: str) -> str:
    import rdflib

    normal = _prologue_sorted(text)
    return hashlib.sha256(f"{RULE_VERSION}\0{rdflib.__version__}\0{var}\0{normal}".encode()).hexdigest()


def _stored() -> dict[str, bool]:
    global _decisions
    if _decisions is None:
        try:
            loaded = json.loads(decisions_path().read_text(encoding="utf-8"))
            _decisions = {k: v for k, v in loaded.items() if isinstance(v, bool)} if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            _decisions = {}
    return _decisions


def _store(key: str, decision: bool) -> None:
    stored = _stored()
    stored[key] = decision
    path = decisions_path()
    with contextlib.suppress(OSError):  # a cache: written whole and atomically; losing it only costs parsing again
        write_atomically(path, json.dumps(stored, sort_keys=True))


def known(text: str, var: str = "this") -> bool | None:
    """The decision for a text if it was made before (in this process or stored on disk), else None."""
    return _stored().get(_key(text, var))


def batchable(text: str, var: str = "this") -> bool:
    """Whether the query text may be answered for all focus nodes at once, decided on its algebra (rdflib's
    parser takes tens of ms a query, so decisions are kept on disk, by rule version, rdflib version and
    text; `decisions_path`)."""
    key = _key(text, var)
    decision = _stored().get(key)
    if decision is None:
        query = parsed(text)
        decision = query is not None and batchable_algebra(query.algebra, Variable(var))
        _store(key, decision)
    return decision


@lru_cache(maxsize=1024)
def projected(text: str) -> tuple[Variable, ...]:
    """The variables the query's top level projects (empty if it is not a parsable SELECT)."""
    query = parsed(text)
    if query is None or query.algebra.name != "SelectQuery":
        return ()
    return tuple(query.algebra.PV or [])


# --------------------------------------------------------------------------- substitution

_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
        |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F\u2040]+)
  | (?P<name>(?:[A-Za-z_\u00C0-\uFFFF][\w\-.\u00B7\u00C0-\uFFFF]*)?:(?:[\w\-.:%\u00B7\u00C0-\uFFFF]|\\.)*
        |[A-Za-z_][\w]*)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str


@lru_cache(maxsize=1024)
def tokens(text: str) -> tuple[Token, ...]:
    """The query text as SPARQL tokens (whitespace and comments kept), so that it can be put back exactly."""
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        out.append(Token(kind, m.group()))
    if "".join(t.text for t in out) != text:  # pragma: no cover - the pattern matches every character
        raise ValueError("query text not tokenised exactly")
    return tuple(out)


@lru_cache(maxsize=1024)
def selects_all(text: str) -> bool:
    """Whether the top-level SELECT is `SELECT *` (then a substituted query's rows lack the pre-bound
    variables, which the caller adds back)."""
    words = [t for t in tokens(text) if t.kind not in ("ws", "comment")]
    for i, tok in enumerate(words):
        if tok.kind == "name" and tok.text.upper() == "SELECT":
            rest = [t for t in words[i + 1:i + 3] if t.text.upper() not in ("DISTINCT", "REDUCED")]
            return bool(rest) and rest[0].text == "*"
    return False


def term_text(term: Node) -> str | None:
    """A term as SPARQL text, or None for a blank node (a query cannot name the data's blank nodes)."""
    if isinstance(term, URIRef | Literal):
        return term.n3()
    if isinstance(term, BNode):
        return None
    raise TypeError(f"cannot pre-bind {term!r}")


def _significant(toks: tuple[Token, ...], i: int) -> Iterator[int]:
    for j in range(i, len(toks)):
        if toks[j].kind not in ("ws", "comment"):
            yield j


def _bound_calls(toks: tuple[Token, ...], values: dict[str, str]) -> dict[int, str]:
    """`BOUND(?v)` of a pre-bound ?v is true (the constant cannot go into BOUND): token index -> new text."""
    out: dict[int, str] = {}
    for i, tok in enumerate(toks):
        if tok.kind != "name" or tok.text.upper() != "BOUND":
            continue
        j = list(zip(range(3), _significant(toks, i + 1), strict=False))
        if (len(j) == 3 and toks[j[0][1]].text == "(" and toks[j[1][1]].kind == "var"
                and toks[j[1][1]].text[1:] in values and toks[j[2][1]].text == ")"):
            out.update({k: "" for k in range(i, j[2][1] + 1)})
            out[i] = "true"
    return out


def substitute(text: str, bindings: dict[str, Node]) -> str | None:
    """The query with each pre-bound variable replaced by its term (module docstring, rule 2), or None
    when a value is a blank node."""
    values: dict[str, str] = {}
    for name, term in bindings.items():
        written = term_text(term)
        if written is None:
            return None
        values[name] = written
    toks = tokens(text)
    out: list[str] = []
    brace = 0  # {} depth
    paren = 0  # () depth
    region = ""  # "project" (SELECT ... WHERE/{), "order" (GROUP BY / ORDER BY ...) or ""
    region_top = False
    region_kept = 0  # variables or expressions left in the current projection
    filler = 0
    prev_word = ""
    replaced = _bound_calls(toks, values)
    for i, tok in enumerate(toks):
        kind, t = tok.kind, tok.text
        if i in replaced:
            if replaced[i]:
                out.append(replaced[i])
            continue
        upper = t.upper() if kind == "name" else ""
        if kind == "name" and upper == "SELECT":
            region, region_top, region_kept = "project", brace == 0, 0
            paren = 0
        elif region == "project" and ((kind == "name" and upper == "WHERE") or (kind == "other" and t == "{")):
            if region_kept == 0:  # every projected variable was pre-bound and dropped: keep the projection valid
                filler += 1
                out.append(f" (1 AS ?{FILLER}{filler}) ")
            region = ""
        elif kind == "name" and upper == "BY" and prev_word in ("GROUP", "ORDER"):
            region = "order"
            paren = 0
        elif region == "order" and ((kind == "name" and upper in ("HAVING", "ORDER", "LIMIT", "OFFSET", "VALUES"))
                                    or (kind == "other" and t == "}")):
            region = ""
        if kind == "other":
            if t == "{":
                brace += 1
            elif t == "}":
                brace -= 1
            elif t == "(":
                paren += 1
                if region == "project" and paren == 1:
                    region_kept += 1
            elif t == ")":
                paren -= 1
        if kind == "other" and t == "*" and region == "project" and paren == 0:
            region_kept += 1
        if kind == "var" and t[1:] in values:
            value = values[t[1:]]
            if region == "project" and paren == 0:
                if region_top:
                    out.append(f"({value} AS ?{t[1:]})")
                    region_kept += 1
                # in a subquery's projection: dropped (the constant is in its pattern)
            elif region == "order" and paren == 0:
                out.append(f"({value})")
            else:
                out.append(value)
        else:
            if kind == "var" and region == "project" and paren == 0:
                region_kept += 1
            out.append(t)
        if kind == "name":
            prev_word = upper
    return "".join(out)
