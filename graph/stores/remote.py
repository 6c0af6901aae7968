"""A remote SPARQL 1.1 endpoint as a store (Oxigraph server, OpenLink Virtuoso, Apache Jena Fuseki, GraphDB...).

Spec: an endpoint URL alone (``http://host:7878/query`` is an Oxigraph server; any other URL is
probed once: a Virtuoso server, ``http://host:8890/sparql``, is recognised by its answer), or
``remote:query=URL,update=URL,store=URL,engine=NAME,user=NAME,auth=basic|digest,password-file=PATH,
timeout=SECONDS,max-rows=N``. The password (or bearer token, ``token-file=PATH``) is read from a file
or from the environment (``SAMVERKAN_STORE_PASSWORD``, ``SAMVERKAN_STORE_TOKEN``), never from the spec
text, which is printed in logs and visible in the process list.

The one dataset rule: the project's data is a set of named graphs and queries without a dataset see
their union, provided by the engine (``oxigraph serve --union-default-graph``; Virtuoso's default
graph). Nothing is ever written into the default graph. A load replaces each named graph of the file
as a unit and leaves every other graph of the engine alone (Graph Store ``PUT ?graph=`` where the
engine has one, checked afterwards by counting; else ``DROP SILENT GRAPH`` + ``INSERT DATA`` batches).

Reads do not trust the engine blindly: a query is parsed here first (rdflib's SPARQL parser), so an
engine's 400 after a good local parse is "the store refused the query: <engine message>", not the
user's syntax error; CONSTRUCT/DESCRIBE ask for an RDF syntax and every answer is read by its
Content-Type; an answer the engine cut at its row cap is an error, never used silently; literals the
engine writes in its own way (xsd:boolean "1") are normalised on the way in.
"""

from __future__ import annotations

import base64
import contextlib
import importlib
import os
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pyoxigraph as ox

from .base import Boolean, Graphs, QueryResult, QuerySyntaxError, Solutions, Store, StoreError, Triples
from .spec import Backend, StoreSpec, register
from .syntax import rdf_format
from .terms import Term, from_oxigraph

#: INSERT DATA batch size for engines without a Graph Store endpoint (triples per request).
BATCH = 5000
#: Seconds a load's own requests may take (moving 2.4 million quads into place is minutes of work).
LOAD_TIMEOUT = 1800.0
#: Graph names a load writes under before it moves the graphs to their names.
STAGING = "urn:x-samverkan:staging:"
RESULTS_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.5"
GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
XSD = "http://www.w3.org/2001/XMLSchema#"
PASSWORD_ENV = "SAMVERKAN_STORE_PASSWORD"
TOKEN_ENV = "SAMVERKAN_STORE_TOKEN"
#: An IRI folder a load may drop graphs under: an absolute IRI with nothing that could leave a string literal.
_IRI_FOLDER = re.compile(r'^[a-zA-Z][a-zA-Z0-9+.\-]*://[^<>"{}|^`\\\x00-\x20]+$')
#: Media types an engine may use for N-Triples besides the registered one.
_NTRIPLES_ALIASES = {"text/plain", "text/ntriples", "text/n-triples"}


class StoreRefused(StoreError):
    """The query parsed here, but the store refused or failed it (the engine's message follows)."""


class ResultCut(StoreError):
    """The engine cut the answer at its row cap: the result is incomplete and is not used."""


class ResultTimedOut(StoreError):
    """The engine stopped the query at its time limit and answered with what it had found (Virtuoso's
    "anytime" answer: 200 OK, ``X-SQL-State: S1TAT``): the result is incomplete and is not used."""


@lru_cache(maxsize=512)
def query_form(sparql: str) -> str:
    """The form of a query, "SELECT", "CONSTRUCT", "DESCRIBE" or "ASK", by a real parse (rdflib's
    SPARQL 1.1 parser); QuerySyntaxError with the parser's message when it does not parse."""
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        parsed = parseQuery(sparql)
    except Exception as exc:  # pyparsing's ParseException and friends
        raise QuerySyntaxError(str(exc).strip()[:2000]) from None
    return parsed[1].name.removesuffix("Query").upper()


def check_update(sparql: str) -> None:
    """Parse an update here (rdflib's parser); QuerySyntaxError when it does not parse."""
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(sparql)
    except Exception as exc:
        raise QuerySyntaxError(str(exc).strip()[:2000]) from None


def normalise(term: Term) -> Term:
    """A term as the embedded store and Oxigraph write it: xsd:boolean "1"/"0" (Virtuoso) ->
    "true"/"false"; a literal of a derived xsd integer type (positiveInteger, int, ...) as
    xsd:integer in canonical form (Oxigraph answers so; Virtuoso keeps the subtype)."""
    kind, value, dt, lang = term
    if kind != "literal" or not dt.startswith(XSD):
        return term
    local = dt[len(XSD):]
    if local == "boolean" and value in ("1", "0"):
        return (kind, "true" if value == "1" else "false", dt, lang)
    if local in _INTEGER_TYPES and value.strip().lstrip("+-").isdigit():
        number = value.strip()
        sign = "-" if number.startswith("-") else ""
        digits = number.lstrip("+-").lstrip("0") or "0"
        return (kind, (sign if digits != "0" else "") + digits, XSD + "integer", lang)
    return term


_INTEGER_TYPES = {"integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                  "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
                  "unsignedByte"}


def read_secret(opts: dict[str, str], name: str, env: str) -> str | None:
    """A secret from ``NAME-file=PATH`` in the spec, else the environment variable; never from the
    spec text itself (ValueError for ``NAME=``)."""
    if name in opts:
        raise ValueError(f"do not put the {name} in the store spec (it is printed and visible to other "
                         f"users): use {name}-file=PATH or the environment variable {env}")
    if f"{name}-file" in opts:
        path = Path(opts[f"{name}-file"]).expanduser()
        try:
            return path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ValueError(f"cannot read the store {name} file {path}: {exc.strerror}") from None
    return os.environ.get(env)


class _AutoAuth(httpx.Auth):
    """HTTP Basic, or Digest when the server asks for Digest (Virtuoso's /sparql-auth does), or
    Digest from the start (``auth=digest``)."""

    def __init__(self, user: str, password: str, scheme: str = "auto") -> None:
        self.user, self.password, self.scheme = user, password, scheme
        self._digest = httpx.DigestAuth(user, password)
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self._basic = f"Basic {token}"

    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
        if self.scheme == "digest":
            yield from self._digest.auth_flow(request)
            return
        if self.scheme == "basic":
            request.headers["Authorization"] = self._basic
            yield request
            return
        response = yield request  # auto: the first request asks which scheme the server wants
        if response.status_code != 401:
            return
        if response.headers.get("www-authenticate", "").lower().startswith("digest"):
            self.scheme = "digest"
            yield from self._digest.auth_flow(request)
        else:
            self.scheme = "basic"
            request.headers["Authorization"] = self._basic
            yield request


#: Engine name -> RemoteStore subclass; graph.stores.virtuoso registers "virtuoso".
ENGINES: dict[str, type[RemoteStore]] = {}
#: modules of the engines with quirks of their own, imported when an engine is first looked up (each
#: registers its store class in ENGINES; named here, not imported, so they may import this module)
ENGINE_MODULES = ("graph.stores.virtuoso",)


def engines() -> dict[str, type[RemoteStore]]:
    """Every engine this backend knows, by name (the generic "sparql" one and those with quirks)."""
    for module in ENGINE_MODULES:
        importlib.import_module(module)
    return ENGINES


@dataclass
class RemoteStore(Store):
    query_url: str
    update_url: str
    store_url: str | None = None
    auth: httpx.Auth | tuple[str, str] | None = None
    token: str | None = None
    timeout: float = 60.0
    max_rows: int | None = None  # the engine's row cap, where known (a full answer has fewer rows)
    kind: str = "remote"
    engine: str = "sparql"
    batch: int = BATCH
    move_batch: int | None = None  # MOVE operations per update request (None: all in one, one transaction)
    _client: httpx.Client | None = field(default=None, init=False, repr=False, compare=False)

    @classmethod
    def from_spec(cls, spec: StoreSpec) -> RemoteStore:
        """The store a remote spec names: an endpoint URL, or (``remote:...``) its options."""
        if spec.location.startswith(("http://", "https://")):
            return cls.for_url(spec.location)
        opts = dict(part.split("=", 1) for part in spec.location.split(",") if "=" in part)
        if "query" not in opts:
            raise ValueError("remote store spec needs query=URL")
        engine = opts.get("engine") or detect_engine(opts["query"])
        if engine not in engines():
            raise ValueError(f"unknown engine {engine!r}: use one of {', '.join(sorted(engines()))}")
        password = read_secret(opts, "password", PASSWORD_ENV)
        token = read_secret(opts, "token", TOKEN_ENV)
        scheme = opts.get("auth", "auto")
        if scheme not in ("auto", "basic", "digest"):
            raise ValueError(f"auth={scheme}: use basic or digest")
        auth = _AutoAuth(opts["user"], password or "", scheme) if "user" in opts else None
        store = engines()[engine].for_url(opts["query"])
        store.update_url = opts.get("update", store.update_url)
        store.store_url = opts.get("store", store.store_url)
        store.auth, store.token = auth, token
        store.timeout = float(opts.get("timeout", 60))
        if "max-rows" in opts:
            store.max_rows = int(opts["max-rows"])
        return store

    @classmethod
    def for_url(cls, url: str) -> RemoteStore:
        """The store of an endpoint URL, with the engine's other URLs derived from it: an Oxigraph
        server's /query gives /update and /store; otherwise the engine is probed (one request)."""
        if cls is RemoteStore:
            engine = engines()[detect_engine(url)]
            if engine is not RemoteStore:
                return engine.for_url(url)
        if url.endswith("/query"):
            root = url[: -len("/query")]
            return cls(url, root + "/update", root + "/store", engine="oxigraph")
        return cls(url, url)

    # http -----------------------------------------------------------------------
    def _headers(self, extra: dict[str, str]) -> dict[str, str]:
        headers = dict(extra)
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    def _http(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(auth=self.auth, timeout=self.timeout)
        return self._client

    def _send(self, method: str, url: str, what: str, **kwargs: Any) -> httpx.Response:
        timeout = kwargs.get("timeout", self.timeout)
        try:
            r = self._http().request(method, url, **kwargs)
        except httpx.TimeoutException as exc:
            raise StoreError(f"remote store {url} did not answer within {timeout:g} s") from exc
        except httpx.HTTPError as exc:
            raise StoreError(f"remote store {url} is not reachable: {exc}") from exc
        if r.status_code in (401, 403):
            raise StoreError(f"remote store {url} refused the credentials ({r.status_code}): give user=NAME "
                             f"and the password in a file (password-file=PATH) or {PASSWORD_ENV}")
        if r.status_code >= 300:
            raise StoreRefused(f"the store refused the {what}: {self._message(r)}")
        return r

    @staticmethod
    def _message(r: httpx.Response) -> str:
        text = r.text.strip()
        if "html" in r.headers.get("content-type", ""):
            text = " ".join(text.replace("<", " <").split())
        return f"{r.status_code} {text[:1000]}"

    def _post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self._send("POST", url, "request", **kwargs)

    # Store ------------------------------------------------------------------------
    def prepare_query(self, sparql: str, graphs: Graphs | None) -> str:
        """The query text as sent to the engine (engines may add their own options)."""
        return sparql

    def query(self, sparql: str, graphs: Graphs | None = None, base_iri: str | None = None) -> QueryResult:
        return self.run(sparql, query_form(sparql), graphs)

    def run(self, sparql: str, form: str, graphs: Graphs | None = None, check_cap: bool = True) -> QueryResult:
        """Send a query (parsed already: `form` is its form) and read the answer."""
        data: dict[str, str | list[str]] = {"query": self.prepare_query(sparql, graphs)}
        if graphs and graphs.default:
            data["default-graph-uri"] = list(graphs.default)
        if graphs and graphs.named:
            data["named-graph-uri"] = list(graphs.named)
        accept = GRAPH_ACCEPT if form in ("CONSTRUCT", "DESCRIBE") else RESULTS_ACCEPT
        r = self._send("POST", self.query_url, "query", data=data, headers=self._headers({"Accept": accept}))
        return self.read_result(r, form, check_cap)

    def read_result(self, r: httpx.Response, form: str, check_cap: bool = True) -> QueryResult:
        """An engine's answer as a result, read by its Content-Type (not by what was asked)."""
        ctype = r.headers.get("content-type", "").split(";")[0].strip().lower()
        if r.headers.get("x-sql-state", "").strip().upper() == "S1TAT":
            raise ResultTimedOut("the store stopped the query at its time limit and answered with part of the result "
                                 "(X-SQL-State S1TAT): the result is incomplete and is not used; raise the engine's "
                                 "limit (Virtuoso: MaxQueryExecutionTime in virtuoso.ini) or narrow the query")
        cap = r.headers.get("x-sparql-maxrows")
        if cap and check_cap:  # Virtuoso says so when it cut the answer at ResultSetMaxRows
            raise ResultCut(f"the store cut the answer at its row cap ({cap} rows): the result is incomplete; "
                            "raise the engine's limit (Virtuoso: ResultSetMaxRows in virtuoso.ini) or narrow the query")
        results_format = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
                          "application/json": ox.QueryResultsFormat.JSON,
                          "application/sparql-results+xml": ox.QueryResultsFormat.XML,
                          "text/csv": None}.get(ctype, False)
        if results_format:
            parsed = ox.parse_query_results(r.content, format=results_format)
            if isinstance(parsed, ox.QueryBoolean):
                return Boolean(bool(parsed))
            variables = [v.value for v in parsed.variables]
            rows = [self.clean_row({name: normalise(from_oxigraph(sol[name])) for name in variables
                                    if sol[name] is not None}) for sol in parsed]
            if form == "ASK" and len(variables) == 1 and len(rows) <= 1:  # Virtuoso: __ASK_RETVAL 1/0
                value = rows[0].get(variables[0], ("literal", "0", "", ""))[1] if rows else "0"
                return Boolean(value in ("1", "true"))
            if form in ("CONSTRUCT", "DESCRIBE"):
                raise StoreRefused(f"the store answered a {form} with a table of results, not RDF")
            if check_cap:
                self._check_cap(len(rows), form)
            return Solutions(variables, iter(rows))
        fmt = ox.RdfFormat.N_TRIPLES if ctype in _NTRIPLES_ALIASES else ox.RdfFormat.from_media_type(ctype)
        if fmt is None:
            raise StoreRefused(f"the store answered with an unexpected content type {ctype!r}")
        if form not in ("CONSTRUCT", "DESCRIBE"):
            raise StoreRefused(f"the store answered a {form} with RDF ({ctype}), not results")
        try:
            triples = [(from_oxigraph(t.subject), from_oxigraph(t.predicate), normalise(from_oxigraph(t.object)))
                       for t in ox.parse(r.content, format=fmt)]
        except (SyntaxError, ValueError) as exc:
            raise StoreRefused(f"the store's {ctype} answer does not parse: {exc}") from None
        if check_cap:
            self._check_cap(len(triples), form)
        return Triples(iter(triples))

    def clean_row(self, row: dict[str, Term]) -> dict[str, Term]:
        """A result row as the embedded store would give it (engines that differ override this)."""
        return row

    def _check_cap(self, n: int, form: str) -> None:
        if self.max_rows is not None and n >= self.max_rows:
            raise ResultCut(f"the answer has {n} rows, the engine's row cap: it may be incomplete and is not used; "
                            "raise the engine's limit (Virtuoso: ResultSetMaxRows in virtuoso.ini) or narrow the query")

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """Run an update as it is (one request; the engine's own transaction): nothing is added to
        it, the default graph is the engine's union of the named graphs."""
        check_update(sparql)
        self._write(sparql)

    def _write(self, sparql: str, timeout: float | None = None) -> None:
        """Send an update as it is (the load's own updates, written here, are not parsed again)."""
        self._send("POST", self.update_url, "update", content=sparql.encode("utf-8"),
                   headers=self._headers({"Content-Type": "application/sparql-update"}),
                   timeout=timeout or self.timeout)

    # loading ------------------------------------------------------------------------
    def load(self, path: Path, replace: bool = False, drop_under: Iterable[str] = ()) -> int:
        """Load a dataset file: each named graph in it replaces the graph of that name (with or
        without `replace`: the project's graphs are whole documents). With `replace` and `drop_under`
        (a build: the IRI folders of the project's graphs, `Iris.graph_folders()` in graph/iris.py) the
        file is the whole dataset: the graphs under those folders that it no longer has (a removed
        document) are dropped, in the same update as the moves below. The
        engine's other graphs are left alone and nothing goes to the default graph (a triple in the
        file's default graph is refused). Every graph is first written under a staging name and
        counted; only when all are in does one update move them to their names (and drop the stale
        ones), so a load that fails on the way (the engine refuses data, the connection drops, the
        process is stopped) leaves the previous data as it was (an engine that takes the moves in
        several requests, `move_batch`, can be stopped between two of them). Returns the number of quads loaded."""
        fmt = rdf_format(path)
        if not fmt.supports_datasets:
            raise StoreError(f"{path}: a remote store is loaded from a dataset (TriG or N-Quads) of named graphs")
        by_graph = read_graphs(path, fmt)
        stale = sorted(self.graphs_under(drop_under) - by_graph.keys()) if replace else []
        run = uuid.uuid4().hex[:12]
        staged: dict[str, str] = {}
        try:
            for i, (graph, lines) in enumerate(by_graph.items()):
                stage = f"{STAGING}{run}/{i}"
                staged[graph] = stage
                self.put_graph(stage, lines)
            moves = [f"MOVE SILENT GRAPH <{stage}> TO GRAPH <{graph}>" for graph, stage in staged.items()]
            moves += [f"DROP SILENT GRAPH <{graph}>" for graph in stale]  # with the moves: all or nothing
            for batch in batches(moves, self.move_batch or len(moves) or 1):
                self._write(" ;\n".join(batch), timeout=max(self.timeout, LOAD_TIMEOUT))
        except BaseException:
            with contextlib.suppress(StoreError, httpx.HTTPError):
                for stage in staged.values():
                    self._write(f"DROP SILENT GRAPH <{stage}>")
            raise
        for graph, lines in by_graph.items():
            self.check_graph(graph, len(set(lines)))
        return sum(len(lines) for lines in by_graph.values())

    def put_graph(self, graph: str, lines: list[str]) -> None:
        """Replace one named graph (an IRI) by these N-Triples lines, checked by counting: a Graph
        Store PUT where the engine has one, else DROP SILENT GRAPH and INSERT DATA batches."""
        if self.store_url:
            self._send("PUT", self.store_url, "graph", params={self.graph_param(): graph},
                       timeout=max(self.timeout, LOAD_TIMEOUT),
                       content=("\n".join(lines) + "\n").encode("utf-8"),
                       headers=self._headers({"Content-Type": "application/n-triples"}))
        else:
            self._write(f"DROP SILENT GRAPH <{graph}>")
            for batch in batches(lines, self.batch):
                self._write(f"INSERT DATA {{ GRAPH <{graph}> {{\n" + "\n".join(batch) + "\n} }")
        self.check_graph(graph, len(set(lines)))

    def check_graph(self, graph: str, expected: int) -> None:
        """StoreError unless the named graph holds `expected` triples."""
        stored = self.graph_size(graph)
        if stored != expected:
            raise StoreError(f"the store holds {stored} triples in <{graph}> after writing {expected}: "
                             "it did not store what it was sent")

    def graph_param(self) -> str:
        """The Graph Store Protocol's graph parameter name."""
        return "graph"

    def graphs_under(self, folders: Iterable[str]) -> set[str]:
        """The named graphs the engine holds under these IRI folders (each ending in "/")."""
        folders = sorted(folders)
        if not folders:
            return set()
        if any(not f.endswith("/") or not _IRI_FOLDER.match(f) for f in folders):
            raise StoreError(f"not IRI folders ending in '/': {folders}")
        keep = " || ".join(f'STRSTARTS(STR(?g), "{f}")' for f in folders)
        rows = self.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER({keep}) }}")
        return {str(r["g"]) for r in rows}

    def graph_size(self, graph: str) -> int:
        """How many triples one named graph holds."""
        return _count(self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"))

    def quad_count(self) -> int:
        """How many quads the named graphs hold (the engine's own graphs, if it has any, left out)."""
        return _count(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_client"] = None
        return state


def _count(result: QueryResult) -> int:
    assert isinstance(result, Solutions)
    row = next(iter(result.rows), {})
    value = row.get("n", ("literal", "0", "", ""))[1]
    return int(value) if value.isdigit() else 0


def read_graphs(path: Path, fmt: ox.RdfFormat) -> dict[str, list[str]]:
    """A dataset file's named graphs as {graph IRI: N-Triples lines}; StoreError for triples in the
    default graph (the project's data lives in named graphs only)."""
    by_graph: dict[str, list[str]] = defaultdict(list)
    try:
        for q in ox.parse(path=str(path), format=fmt):
            if isinstance(q.graph_name, ox.DefaultGraph):
                raise StoreError(f"{path}: a triple in the default graph ({q.subject} {q.predicate} ...): the "
                                 "project's data lives in named graphs; the default graph is their union")
            if not isinstance(q.graph_name, ox.NamedNode):
                raise StoreError(f"{path}: a graph named by a blank node ({q.graph_name}) cannot be loaded remotely")
            by_graph[q.graph_name.value].append(f"{q.subject} {q.predicate} {q.object} .")
    except SyntaxError as exc:
        raise StoreError(f"{path}: {exc}") from None
    return dict(by_graph)


def batches(lines: list[str], size: int) -> Iterable[list[str]]:
    """The lines in consecutive batches of at most `size`."""
    for i in range(0, len(lines), size):
        yield lines[i:i + size]


def detect_engine(url: str, probe: Callable[[str], httpx.Response] | None = None) -> str:
    """Which engine serves an endpoint URL: "oxigraph" for a /query path; else one request (an
    empty ASK) whose Server header names Virtuoso gives "virtuoso"; else "sparql" (any SPARQL 1.1
    endpoint, nothing engine-specific)."""
    if urlsplit(url).path.endswith("/query"):
        return "oxigraph"
    try:
        r = (probe or (lambda u: httpx.get(u, params={"query": "ASK {}"}, timeout=10)))(url)
    except httpx.HTTPError:
        return "sparql"
    server = r.headers.get("server", "").lower()
    return next((name for name in engines() if name != "sparql" and name in server), "sparql")


ENGINES["sparql"] = RemoteStore
ENGINES["oxigraph"] = RemoteStore

register(Backend("remote", lambda spec, read_only: RemoteStore.from_spec(spec), location="endpoint",
                 usage=("an http(s) endpoint URL",), prefixes=("http://", "https://"), library="httpx"))
