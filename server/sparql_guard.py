"""Safety decisions on a real parse of a SPARQL query or update: whether it makes the engine fetch
anything from the network (SERVICE in a query or in an update's WHERE, LOAD), and whether the server
can parse it at all.

The text is parsed with rdflib's SPARQL 1.1 grammar (rdflib.plugins.sparql.parser, which applies the
grammar's escape processing first, as the recommendation says) and the whole parse tree is walked
for the operators that fetch: `ServiceGraphPattern` and `Load`. FROM / FROM NAMED do not fetch
(Oxigraph reads them as a choice among the store's own graphs: tests/test_security.py checks it with
a listener). What the parser cannot parse is refused, never passed on to the engine; a query nested
deeper than the parser's recursion allows is refused as too deeply nested (the engine itself would
crash on a stack overflow at a few thousand levels).

The embedded store's worker processes are a second wall (server/sandbox.py): they run without a
network, so a query that got past this check still could not connect anywhere.

A query worker first asks `plainly_safe`: a text that, its codepoint escapes undone, holds neither
"service" nor "load" in any case (but right after a colon, in a prefixed name or an IRI) and few
brackets cannot parse to a fetching operator nor nest too deeply, so the engine's own parser decides
on it (its syntax errors are the 400) and the worker never loads rdflib (≈ 25 MB per worker); every
other text gets the full parse here. rdflib and pyparsing are imported on the first full parse.
"""

from __future__ import annotations

import hashlib
import re
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyparsing import ParseBaseException

FETCHING = {"ServiceGraphPattern": "SERVICE", "Load": "LOAD"}
RECURSION_LIMIT = 20000  # the parser handles ~500 nested groups with it; deeper is refused (RecursionError)
_CACHE_SIZE = 4096
_FETCH_WORD = re.compile(r"service|load", re.I)
# the words as the engine could read them as operators: right after a colon they are part of a prefixed
# name or an IRI (lgl:Service, <urn:LOAD>), which the engine reads whole, never as a keyword
_FETCH_KEYWORD = re.compile(r"(?<!:)(?:service|load)", re.I)
_CODEPOINT_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_OPENING = re.compile(r"[{(\[]")
#: Opening brackets below which a text needs no parse for its depth (rdflib's parser takes ~500 nested
#: groups, the engine's a few thousand: a text with fewer brackets in all cannot nest deeper).
PLAIN_BRACKETS = 200


def plainly_safe(text: str) -> bool:
    """Whether no parse of `text` can find an operator that fetches (SERVICE, LOAD) or nesting too
    deep: the text with its codepoint escapes (\\uXXXX, \\UXXXXXXXX) undone, as the grammar applies
    them before parsing, holds neither word in any case (but right after a colon: lgl:Service), nor
    PLAIN_BRACKETS opening brackets."""
    try:
        plain = _CODEPOINT_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
    except (ValueError, OverflowError):  # an escape past U+10FFFF: let the parser say what it is
        return False
    return _FETCH_KEYWORD.search(plain) is None and len(_OPENING.findall(plain)) < PLAIN_BRACKETS


class Refused(ValueError):
    """The server will not run this text: `status` 400 (cannot parse it) or 403 (not allowed here)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Inspection:
    """What the parse found: the operators that would make the engine fetch (SERVICE, LOAD) and
    the forms of the operations (SelectQuery, ..., Modify, Load, ...)."""

    fetching: frozenset[str]
    forms: tuple[str, ...]
    has_dataset_clause: bool  # an update's USING / USING NAMED / WITH


def _walk(tree: object) -> list:
    """Every CompValue in a parse tree (iteratively: trees can be deep)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    found, stack, seen = [], [tree], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, CompValue):
            found.append(node)
            stack.extend(dict.values(node))
        elif isinstance(node, ParseResults):
            stack.extend(list(node))
            stack.extend(v for _, v in node.items())
        elif isinstance(node, list | tuple):
            stack.extend(node)
    return found


def _message(exc: ParseBaseException) -> str:
    found = str(exc).split("  (at char")[0]
    return (f"SPARQL syntax error at {exc.lineno}:{exc.col}: {found} (the server reads every query with "
            "rdflib's SPARQL 1.1 parser before running it, and refuses what that parser cannot read)")


def _parse(text: str, update: bool) -> object:
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    old = sys.getrecursionlimit()
    raised = threading.current_thread() is threading.main_thread() and old < RECURSION_LIMIT
    if raised:
        sys.setrecursionlimit(RECURSION_LIMIT)
    try:
        return parseUpdate(text) if update else parseQuery(text)
    except ParseBaseException as exc:
        message = _message(exc)
        if _FETCH_WORD.search(text):
            message += "; note that SERVICE and LOAD are refused anyway unless the server allows them"
        raise Refused(400, message) from None
    except RecursionError:
        raise Refused(400, "the query is nested too deeply for this server (at most a few hundred levels of "
                           "groups or brackets)") from None
    except Exception as exc:  # the parser's own errors (a bad escape, an undefined prefix, ...)
        raise Refused(400, f"SPARQL syntax error: {exc}") from None
    finally:
        if raised:
            sys.setrecursionlimit(old)


def inspect(text: str, update: bool = False) -> Inspection:
    """Parse and walk the text; raises Refused(400) when the server's parser cannot parse it."""
    from rdflib.plugins.sparql.parserutils import CompValue

    tree = _parse(text, update)
    nodes = _walk(tree)
    fetching = frozenset(FETCHING[n.name] for n in nodes if n.name in FETCHING)
    if update:
        request = dict.get(tree, "request", []) if isinstance(tree, CompValue) else []
        forms = tuple(op.name for op in request if isinstance(op, CompValue))
        # (dict.get: CompValue.get answers a missing key with the key's own name)
        dataset = any(n.name == "Modify" and (dict.get(n, "using") or dict.get(n, "withClause")) for n in nodes)
    else:
        forms = tuple(n.name for n in nodes if n.name.endswith("Query"))
        dataset = False
    return Inspection(fetching, forms, bool(dataset))


_cache: OrderedDict[tuple[str, bool], Inspection | Refused] = OrderedDict()
_cache_lock = threading.Lock()


def inspect_cached(text: str, update: bool = False) -> Inspection:
    """inspect() with a bounded cache keyed by the text's digest (the same query text asked again
    costs nothing: parsing a long query costs up to ~0.8 s)."""
    key = (hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), update)
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
    if hit is None:
        try:
            hit = inspect(text, update)
        except Refused as exc:
            hit = exc
        with _cache_lock:
            _cache[key] = hit
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    if isinstance(hit, Refused):
        raise hit
    return hit


def check(text: str, update: bool = False, allow_service: bool = False) -> Inspection:
    """Refuse (Refused 400) what the parser cannot parse and (Refused 403) what would make the engine
    fetch from the network, unless the server was started with --allow-service."""
    found = inspect_cached(text, update)
    if found.fetching and not allow_service:
        what = " and ".join(sorted(found.fetching))
        raise Refused(403, f"{what} is disabled on this server: it makes no outgoing requests (a server "
                           "started with --allow-service allows federated queries and LOAD)")
    if not update and not found.forms:
        raise Refused(400, "not a SPARQL query")
    return found
