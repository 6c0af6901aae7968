"""A remote SPARQL 1.1 endpoint as a store (Oxigraph server, Apache Jena Fuseki, GraphDB, Virtuoso...).

Spec: an endpoint URL (``http://host:7878/query``), or
``remote:query=URL,update=URL,store=URL,user=NAME,password=SECRET,token=TOKEN,timeout=SECONDS``.
Only SPARQL 1.1 Protocol is needed (query, update); where a Graph Store Protocol URL is known
(``store=``; Oxigraph's /store is derived from /query) files are loaded with one POST, otherwise
through INSERT DATA batches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox

from .base import Boolean, Graphs, QueryResult, QuerySyntaxError, Solutions, Store, StoreError, Triples
from .spec import Backend, StoreSpec, register
from .syntax import rdf_format
from .terms import from_oxigraph

BATCH = 5000
RDF_MEDIA = {ox.RdfFormat.N_QUADS: "application/n-quads", ox.RdfFormat.TRIG: "application/trig",
             ox.RdfFormat.TURTLE: "text/turtle", ox.RdfFormat.N_TRIPLES: "application/n-triples"}


@dataclass
class RemoteStore(Store):
    query_url: str
    update_url: str
    store_url: str | None = None
    auth: httpx.Auth | tuple[str, str] | None = None
    token: str | None = None
    timeout: float = 60.0
    kind: str = "remote"

    @classmethod
    def from_spec(cls, spec: StoreSpec) -> RemoteStore:
        """The store a remote spec names: an endpoint URL, or (``remote:...``) its options."""
        if not spec.location.startswith(("http://", "https://")):
            opts = dict(part.split("=", 1) for part in spec.location.split(",") if "=" in part)
            if "query" not in opts:
                raise ValueError("remote store spec needs query=URL")
            auth = (opts["user"], opts.get("password", "")) if "user" in opts else None
            return cls(opts["query"], opts.get("update", opts["query"]), opts.get("store"), auth, opts.get("token"),
                       float(opts.get("timeout", 60)))
        url = spec.location
        if url.endswith("/query"):
            root = url[: -len("/query")]
            return cls(url, root + "/update", root + "/store")
        return cls(url, url)

    # http -----------------------------------------------------------------------
    def _headers(self, extra: dict[str, str]) -> dict[str, str]:
        headers = dict(extra)
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    def _post(self, url: str, **kwargs: object) -> httpx.Response:
        try:
            r = httpx.post(url, auth=self.auth, timeout=self.timeout, **kwargs)
        except httpx.TimeoutException as exc:
            raise StoreError(f"remote store {url} did not answer within {self.timeout:g} s") from exc
        except httpx.HTTPError as exc:
            raise StoreError(f"remote store {url} is not reachable: {exc}") from exc
        if r.status_code == 400:
            raise QuerySyntaxError(r.text.strip()[:2000])
        if r.status_code >= 300:
            raise StoreError(f"remote store {url} answered {r.status_code}: {r.text.strip()[:500]}")
        return r

    # Store ------------------------------------------------------------------------
    def query(self, sparql: str, graphs: Graphs | None = None, base_iri: str | None = None) -> QueryResult:
        data: dict[str, str | list[str]] = {"query": sparql}
        if graphs and graphs.default:
            data["default-graph-uri"] = list(graphs.default)
        if graphs and graphs.named:
            data["named-graph-uri"] = list(graphs.named)
        r = self._post(self.query_url, data=data, headers=self._headers({
            "Accept": "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"}))
        ctype = r.headers.get("content-type", "").split(";")[0].strip()
        if ctype in ("application/sparql-results+json", "application/json"):
            parsed = ox.parse_query_results(r.content, format=ox.QueryResultsFormat.JSON)
            if isinstance(parsed, ox.QueryBoolean):
                return Boolean(bool(parsed))
            variables = [v.value for v in parsed.variables]
            rows = ({name: from_oxigraph(sol[name]) for name in variables if sol[name] is not None} for sol in parsed)
            return Solutions(variables, rows)
        fmt = ox.RdfFormat.from_media_type(ctype)
        if fmt is None:
            raise StoreError(f"remote store answered with an unexpected content type {ctype!r}")
        triples = ox.parse(r.content, format=fmt)
        return Triples((from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object))
                       for t in triples)

    def update(self, sparql: str, base_iri: str | None = None, merge_default: bool = True) -> None:
        """Run an update; then, as the embedded store does, add what it wrote into named graphs to
        the default graph, which stays the merge of all graphs."""
        self._post(self.update_url, content=sparql.encode("utf-8"),
                   headers=self._headers({"Content-Type": "application/sparql-update"}))
        if merge_default:
            self._post(self.update_url, content=b"INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
                       headers=self._headers({"Content-Type": "application/sparql-update"}))

    def load(self, path: Path, replace: bool = False) -> int:
        """Load a file; for datasets, every triple also goes to the default graph (each once), as the
        embedded store does, so queries without GRAPH behave the same on every backend."""
        fmt = rdf_format(path)
        if replace:
            self.update("DROP ALL", merge_default=False)
        before = self.quad_count()
        if self.store_url and fmt in RDF_MEDIA:
            data = path.read_bytes()
            self._post(self.store_url, content=data,
                       headers=self._headers({"Content-Type": RDF_MEDIA[fmt]}),
                       params=None if fmt.supports_datasets else {"default": ""})
            if fmt.supports_datasets:
                self.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", merge_default=False)
        else:
            self._insert_batches(ox.parse(path=str(path), format=fmt), fmt.supports_datasets)
        return self.quad_count() - before

    def _insert_batches(self, quads: object, also_default: bool) -> None:
        batch: list[str] = []

        def flush() -> None:
            if batch:
                self.update("INSERT DATA {\n" + "\n".join(batch) + "\n}", merge_default=False)
                batch.clear()

        for q in quads:
            triple = f"{q.subject} {q.predicate} {q.object} ."
            if isinstance(q.graph_name, ox.DefaultGraph):
                batch.append(triple)
            else:
                batch.append(f"GRAPH {q.graph_name} {{ {triple} }}")
                if also_default:
                    batch.append(triple)
            if len(batch) >= BATCH:
                flush()
        flush()

    def quad_count(self) -> int:
        result = self.query("SELECT (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }")
        assert isinstance(result, Solutions)
        row = next(iter(result.rows), {})
        value = row.get("n", ("literal", "0", "", ""))[1]
        return int(re.sub(r"\D", "", value) or 0)


register(Backend("remote", lambda spec, read_only: RemoteStore.from_spec(spec), location="endpoint",
                 usage=("an http(s) endpoint URL",), prefixes=("http://", "https://"), library="httpx"))
