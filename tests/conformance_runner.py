"""A small runner over the W3C SPARQL 1.1 Protocol test manifest (tests/conformance/...).

For each test: reset the endpoint's store (DROP ALL), load the test's ut:graphData into named graphs
(through SPARQL Update), send each ht:Request in order (rewriting the /sparql/ path to the endpoint)
and compare status, result format and boolean with the expectations.

Run it alone against any endpoint: python -m tests.conformance_runner http://127.0.0.1:8000/sparql TOKEN
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

import httpx
from rdflib import RDF, RDFS, Graph, Namespace
from rdflib.collection import Collection

HERE = Path(__file__).parent / "conformance" / "w3c-sparql11-protocol"
MANIFEST = HERE / "protocol_manifest.ttl"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")

TABULAR = ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
           "text/tab-separated-values")
BOOLEAN = ("application/sparql-results+json", "application/sparql-results+xml")
RDF_TYPES = ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json")


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: str | None
    statuses: set[str]
    fmt: str | None
    boolean: bool | None


@dataclass
class ProtocolTest:
    name: str
    label: str
    graph_data: list[tuple[Path, str]] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)

    @property
    def is_query_or_update(self) -> bool:
        return self.name.split("#")[-1].startswith(("query_", "update_", "bad_"))


def load_manifest(path: Path = MANIFEST) -> list[ProtocolTest]:
    g = Graph()
    g.parse(path, format="turtle")
    manifest = next(g.subjects(RDF.type, MF.Manifest))
    tests = []
    for entry in Collection(g, g.value(manifest, MF.entries)):
        t = ProtocolTest(str(entry).split("#")[-1], str(g.value(entry, MF.name)))
        for gd in g.objects(entry, UT.graphData):
            data_file = path.parent / "data" / Path(str(g.value(gd, UT.graph))).name
            t.graph_data.append((data_file, str(g.value(gd, RDFS.label))))
        action = g.value(entry, MF.action)
        for req in Collection(g, g.value(action, HT.requests)):
            headers = {}
            hlist = g.value(req, HT.headers)
            if hlist is not None:
                for h in Collection(g, hlist):
                    headers[str(g.value(h, HT.fieldName))] = str(g.value(h, HT.fieldValue))
            body = g.value(req, HT.body)
            resp = g.value(req, HT.resp)
            statuses = {str(s).split("#")[-1] for s in g.objects(resp, MF.expectedStatus)}
            fmt = g.value(resp, MF.expectedFormat)
            boolean = g.value(resp, MF.expectedBoolean)
            t.requests.append(Request(
                method=str(g.value(req, HT.methodName)), path=str(g.value(req, HT.absolutePath)), headers=headers,
                body=str(g.value(body, CNT.chars)) if body is not None else None, statuses=statuses,
                fmt=str(fmt) if fmt is not None else None,
                boolean=None if boolean is None else boolean.toPython()))
        tests.append(t)
    return tests


def _status_ok(code: int, expected: set[str]) -> bool:
    return f"StatusCode{code // 100}xx" in expected or f"StatusCode{code}" in expected


def _boolean(resp: httpx.Response) -> bool | None:
    ctype = resp.headers.get("content-type", "")
    if "json" in ctype:
        return json.loads(resp.text).get("boolean")
    if "xml" in ctype:
        node = ElementTree.fromstring(resp.content).find("{http://www.w3.org/2005/sparql-results#}boolean")
        return None if node is None else node.text.strip() == "true"
    return None


def reset(client: httpx.Client, endpoint: str, token: str, data: list[tuple[Path, str]]) -> None:
    parts = ["DROP ALL"]
    for file, graph in data:
        triples = file.read_text(encoding="utf-8")
        parts.append(f"INSERT DATA {{ GRAPH <{graph}> {{ {triples} }} }}")
    r = client.post(endpoint, content=" ;\n".join(parts), headers={
        "Content-Type": "application/sparql-update", "Authorization": f"Bearer {token}"})
    r.raise_for_status()


def run_test(client: httpx.Client, endpoint: str, token: str, test: ProtocolTest) -> list[str]:
    """Run one test; the list of failures (empty when it passes)."""
    reset(client, endpoint, token, test.graph_data)
    failures = []
    for i, req in enumerate(test.requests, 1):
        url = endpoint + req.path[len("/sparql/"):] if req.path.startswith("/sparql/") else endpoint
        headers = {**req.headers, "Authorization": f"Bearer {token}"}
        content = req.body.encode("utf-8") if req.body is not None else None
        if content is not None and "UTF-16" in headers.get("content-type", ""):
            content = req.body.encode("utf-16")
        resp = client.request(req.method, url, content=content, headers=headers)
        where = f"request {i} ({req.method} {req.path[:60]})"
        if not _status_ok(resp.status_code, req.statuses):
            failures.append(f"{where}: status {resp.status_code}, expected {sorted(req.statuses)}: {resp.text[:200]}")
            continue
        ctype = resp.headers.get("content-type", "").split(";")[0].strip()
        if req.fmt == "boolean" and ctype not in BOOLEAN:
            failures.append(f"{where}: content type {ctype!r} is not a boolean result format")
        if req.fmt == "tabular" and ctype not in TABULAR:
            failures.append(f"{where}: content type {ctype!r} is not a tabular result format")
        if req.fmt == "RDF" and ctype not in RDF_TYPES:
            failures.append(f"{where}: content type {ctype!r} is not an RDF format")
        if req.boolean is not None and _boolean(resp) != req.boolean:
            failures.append(f"{where}: boolean {_boolean(resp)!r}, expected {req.boolean!r}")
    return failures


def main(argv: list[str]) -> int:
    endpoint, token = argv[1], argv[2]
    passed = failed = 0
    with httpx.Client(timeout=30) as client:
        for test in load_manifest():
            failures = run_test(client, endpoint, token, test)
            print(("PASS " if not failures else "FAIL ") + test.name + "".join(f"\n    {f}" for f in failures))
            passed, failed = passed + (not failures), failed + bool(failures)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
