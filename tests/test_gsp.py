"""The Graph Store HTTP Protocol at /rdf-graph-store (server/routes_gsp.py): the W3C GSP manifest cases
(direct and indirect identification) against the real server, the real documents' graphs as
downloads, the default graph as a read-only view, and writes behind the update token."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx
import pyoxigraph
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic

from graph.iris import DEFAULT_BASE, Iris

from .servers import Server, run_server

HERE = Path(__file__).parent / "conformance" / "w3c-sparql11-protocol"
MANIFESTS = [HERE / "graph-store-protocol_manifest-direct.ttl", HERE / "graph-store-protocol_manifest-indirect.ttl"]
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
STATUS = {"OK": 200, "Created": 201, "NoContent": 204, "NotFound": 404}
TOKEN = "gsp-t0ken"
GSP = "/rdf-graph-store"

#: Manifest cases the server deliberately fails, with the reason (the one dataset rule).
NOT_OFFERED = {
    "put_get_default": "the default graph is the union of the named graphs (a view the store computes), "
                            "so PUT ?default is refused with 405; write to a named graph instead",
}


@dataclass
class Req:
    method: str
    path: str
    headers: dict[str, str]
    body: str | None
    statuses: set[int]
    resp_headers: dict[str, str]
    resp_body: str | None
    location: bool


@dataclass
class Case:
    name: str
    label: str
    requests: list[Req] = field(default_factory=list)


def _headers(g: Graph, node: object) -> dict[str, str]:
    hlist = g.value(node, HT.headers)
    if hlist is None:
        return {}
    return {str(g.value(h, HT.fieldName)): str(g.value(h, HT.fieldValue)) for h in Collection(g, hlist)}


def load_cases(path: Path) -> list[Case]:
    g = Graph()
    g.parse(path, format="turtle")
    manifest = next(g.subjects(RDF.type, MF.Manifest))
    cases = []
    for entry in Collection(g, g.value(manifest, MF.entries)):
        case = Case(str(entry).split("#")[-1], str(g.value(entry, MF.name)))
        for req in Collection(g, g.value(g.value(entry, MF.action), HT.requests)):
            resp = g.value(req, HT.resp)
            body, rbody = g.value(req, HT.body), g.value(resp, HT.body)
            case.requests.append(Req(
                method=str(g.value(req, HT.methodName)), path=str(g.value(req, HT.absolutePath)),
                headers=_headers(g, req), body=str(g.value(body, CNT.chars)) if body is not None else None,
                statuses={STATUS[str(s).split("#")[-1]] for s in g.objects(resp, MF.expectedStatus)},
                resp_headers=_headers(g, resp), resp_body=str(g.value(rbody, CNT.chars)) if rbody is not None else None,
                location=g.value(resp, MF.expectedLocation) is not None))
        cases.append(case)
    return cases


CASES = [c for m in MANIFESTS for c in load_cases(m)]


def run_case(client: httpx.Client, url: str, case: Case) -> list[str]:
    """Send a case's requests in order; the failures (empty when it passes)."""
    r = client.post(url + "/sparql", content="DROP ALL", headers={
        "Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    r.raise_for_status()
    failures, location = [], ""
    for i, req in enumerate(case.requests, 1):
        path = GSP + req.path[len("/gsp"):].replace("$LOCATION$", location)
        resp = client.request(req.method, url + path, headers={**req.headers, "Authorization": f"Bearer {TOKEN}"},
                              content=req.body.encode("utf-8") if req.body is not None else None)
        where = f"request {i} ({req.method} {req.path[:70]})"
        if resp.status_code not in req.statuses:
            failures.append(f"{where}: status {resp.status_code}, expected {sorted(req.statuses)}: {resp.text[:200]}")
            continue
        if req.location:
            location = resp.headers.get("location", "")
            if not location:
                failures.append(f"{where}: no Location header")
        for name, value in req.resp_headers.items():
            got = resp.headers.get(name, "")
            if name.lower() == "content-type":
                got, value = got.split(";")[0].strip(), value.split(";")[0].strip()
            if got != value:
                failures.append(f"{where}: header {name} is {got!r}, expected {value!r}")
        if req.resp_body is not None:
            expected, actual = Graph(), Graph()
            expected.parse(data=req.resp_body, format="turtle")
            actual.parse(data=resp.text, format="turtle")
            if not isomorphic(expected, actual):
                failures.append(f"{where}: the graph differs from the expected one:\n{resp.text[:400]}")
    return failures


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The server with an update token over an empty in-memory store (the W3C cases reset it)."""
    tmp = tmp_path_factory.mktemp("gsp")
    with run_server(tmp, None, "memory", env={"SAMVERKAN_UPDATE_TOKEN": TOKEN}) as server:
        yield server


def test_w3c_graph_store_protocol_manifests(writable: Server) -> None:
    """Every GSP case of the W3C manifests (direct and indirect identification) passes, except those
    in NOT_OFFERED, which fail as that says; prints N of N."""
    results = {}
    with httpx.Client(timeout=60) as client:
        for case in CASES:
            results[case.name] = run_case(client, writable.url, case)
    passed = [n for n, f in results.items() if not f]
    print(f"\nW3C Graph Store Protocol: {len(passed)} of {len(results)} cases pass; not offered: "
          + "; ".join(f"{n} ({why})" for n, why in NOT_OFFERED.items()))
    unexpected = {n: f for n, f in results.items() if f and n not in NOT_OFFERED}
    assert not unexpected, "\n".join(f"{n}:\n  " + "\n  ".join(f) for n, f in unexpected.items())
    for name in NOT_OFFERED:
        assert results[name] and "405" in results[name][0], f"{name} now passes: take it out of NOT_OFFERED"
    assert len(passed) == len(CASES) - len(NOT_OFFERED)


# the real data -------------------------------------------------------------------------------------
_INTEGERS = {XSD[t] for t in ("nonPositiveInteger", "negativeInteger", "long", "int", "short", "byte",
                               "nonNegativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte",
                               "positiveInteger")}


def _as_stored(g: Graph) -> Graph:
    """The graph as Oxigraph stores it: integer subtypes (lgl:startLine's xsd:positiveInteger) are
    kept as xsd:integer."""
    out = Graph()
    for s, p, o in g:
        if isinstance(o, Literal) and o.datatype in _INTEGERS:
            o = Literal(str(o), datatype=XSD.integer)
        out.add((s, p, o))
    return out


@pytest.fixture(scope="module")
def real(built_graph: Path) -> dict[str, Graph]:
    """The built file's named graphs by IRI (with its description and change log), as the store holds them."""
    dataset = Dataset()
    dataset.parse(built_graph, format="nquads")
    return {str(g.identifier): _as_stored(g) for g in dataset.graphs() if len(g)}


def _docs(real: dict[str, Graph]) -> list[str]:
    return sorted(g for g in real if "/id/doc/" in g)


def test_each_document_graph_is_a_download(live_server: Server, real: dict[str, Graph]) -> None:
    for graph in _docs(real):
        r = httpx.get(f"{live_server.url}{GSP}", params={"graph": graph}, headers={"Accept": "text/turtle"}, timeout=60)
        assert r.status_code == 200, r.text
        assert r.headers["content-type"].startswith("text/turtle")
        name = graph.rsplit("/", 1)[-1]
        assert r.headers["content-disposition"] == f'attachment; filename="{name}.ttl"'
        got = Graph().parse(data=r.text, format="turtle")
        assert isomorphic(got, real[graph]), graph


@pytest.mark.parametrize("accept,syntax", [("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
                                           ("application/rdf+xml", "xml")])
def test_a_graph_in_each_syntax(live_server: Server, real: dict[str, Graph], accept: str, syntax: str) -> None:
    graph = next(g for g in real if g.endswith("/graph/people"))
    r = httpx.get(f"{live_server.url}{GSP}", params={"graph": graph}, headers={"Accept": accept}, timeout=60)
    assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == accept
    assert isomorphic(Graph().parse(data=r.text, format=syntax), real[graph])


def test_head_and_missing_graphs(live_server: Server, real: dict[str, Graph]) -> None:
    graph = _docs(real)[0]
    head = httpx.head(f"{live_server.url}{GSP}", params={"graph": graph}, headers={"Accept": "text/turtle"})
    get = httpx.get(f"{live_server.url}{GSP}", params={"graph": graph}, headers={"Accept": "text/turtle"})
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == get.headers["content-length"]
    missing = graph + "-no-such"
    assert httpx.head(f"{live_server.url}{GSP}", params={"graph": missing}).status_code == 404
    assert httpx.get(f"{live_server.url}{GSP}", params={"graph": missing}).status_code == 404
    assert httpx.get(f"{live_server.url}{GSP}", params={"graph": "not-absolute"}).status_code == 400
    r = httpx.get(f"{live_server.url}{GSP}", params={"graph": graph}, headers={"Accept": "image/png"})
    assert r.status_code == 406 and "text/turtle" in r.text


def test_the_whole_dataset_as_trig_and_nquads(live_server: Server, real: dict[str, Graph]) -> None:
    for accept, syntax in (("application/trig", "trig"), ("application/n-quads", "nquads")):
        r = httpx.get(f"{live_server.url}{GSP}", headers={"Accept": accept}, timeout=120)
        assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == accept
        ext = "trig" if syntax == "trig" else "nq"
        assert r.headers["content-disposition"] == f'attachment; filename="samverkan.{ext}"'
        ds = Dataset()
        ds.parse(data=r.text, format=syntax)
        got = {str(g.identifier): g for g in ds.graphs() if len(g)}
        assert got.keys() == real.keys()
        for name, g in real.items():
            assert isomorphic(got[name], g), name


def test_the_default_graph_is_the_union_read_only(live_server: Server, real: dict[str, Graph]) -> None:
    r = httpx.get(f"{live_server.url}{GSP}?default", headers={"Accept": "application/n-triples"}, timeout=120)
    assert r.status_code == 200
    assert r.headers["content-disposition"] == 'attachment; filename="samverkan-default.nt"'
    lines = [line for line in r.text.splitlines() if line.strip()]
    union = set()
    for g in real.values():
        union |= set(g)
    assert len(lines) == len(set(lines)) == len(union)  # each triple once, all of them
    got = Graph().parse(data=r.text, format="nt")
    expected = Graph()
    for t in union:
        expected.add(t)
    assert isomorphic(got, expected)
    for method in ("PUT", "POST", "DELETE"):
        w = httpx.request(method, f"{live_server.url}{GSP}?default", content=b"<urn:a> <urn:b> <urn:c> .",
                          headers={"Content-Type": "application/n-triples"})
        assert w.status_code == 405 and w.headers["allow"] == "GET, HEAD" and "union" in w.text


def test_document_page_links_its_graph(live_server: Server, real: dict[str, Graph]) -> None:
    doc = _docs(real)[0]
    page = httpx.get(live_server.url + Iris(DEFAULT_BASE).local_path(doc), headers={"Accept": "text/html"})
    assert page.status_code == 200
    href = f'{GSP}?graph={quote(doc, safe="")}&amp;format=turtle'
    assert href in page.text
    r = httpx.get(live_server.url + href.replace("&amp;", "&"))
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")


def test_service_description_links_the_graph_store(live_server: Server) -> None:
    r = httpx.get(live_server.url + "/sparql", headers={"Accept": "text/turtle"})
    sd = Graph().parse(data=r.text, format="turtle")
    dumps = list(sd.objects(None, URIRef("http://rdfs.org/ns/void#dataDump")))
    assert [str(d).rsplit("/", 1)[-1] for d in dumps] == ["rdf-graph-store"]


def test_writes_need_the_token(live_server: Server, writable: Server) -> None:
    body = {"content": b"<urn:a> <urn:b> <urn:c> .", "headers": {"Content-Type": "application/n-triples"}}
    # no token configured: 403, as /sparql updates
    r = httpx.put(f"{live_server.url}{GSP}", params={"graph": "urn:x:g"}, **body)
    assert r.status_code == 403
    # a token configured: none or a wrong one is 401 with the challenge
    for auth in ({}, {"Authorization": "Bearer wrong"}):
        r = httpx.put(f"{writable.url}{GSP}", params={"graph": "urn:x:g"}, content=body["content"],
                      headers={**body["headers"], **auth})
        assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
    ok = httpx.put(f"{writable.url}{GSP}", params={"graph": "urn:x:g"}, content=body["content"],
                   headers={**body["headers"], "Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code in (201, 204)


def test_put_replaces_a_graph_in_one_update_on_disk(built_graph: Path, real: dict[str, Graph],
                                                      tmp_path: Path) -> None:
    """On the on-disk store: PUT replaces a document's graph whole (what /sparql then sees), a body that
    does not parse changes nothing (400), a body in an unknown syntax is 415, DELETE drops it."""
    doc = _docs(real)[0]
    with run_server(tmp_path, built_graph, f"oxigraph:{tmp_path / 'store'}",
                    env={"SAMVERKAN_UPDATE_TOKEN": TOKEN}) as server:
        auth = {"Authorization": f"Bearer {TOKEN}"}

        def count() -> int:
            # (the query right after a write on disk may wait for the write's own work on a loaded machine, as the
            # writes themselves do: the same patience as theirs, not httpx's five seconds)
            r = httpx.get(server.url + "/sparql", params={
                "query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{doc}> {{ ?s ?p ?o }} }}"},
                headers={"Accept": "application/sparql-results+json"}, timeout=120)
            return int(json.loads(r.text)["results"]["bindings"][0]["n"]["value"])

        assert count() == len(real[doc])
        bad = httpx.put(f"{server.url}{GSP}", params={"graph": doc}, content=b"<urn:a> <urn:b> .",
                        headers={"Content-Type": "text/turtle", **auth})
        assert bad.status_code == 400 and "Traceback" not in bad.text
        assert count() == len(real[doc])
        odd = httpx.put(f"{server.url}{GSP}", params={"graph": doc}, content=b"x",
                        headers={"Content-Type": "application/x-nothing", **auth})
        assert odd.status_code == 415
        r = httpx.put(f"{server.url}{GSP}", params={"graph": doc}, headers={"Content-Type": "text/turtle", **auth},
                      content='<urn:x:a> <urn:x:b> "ett", "två"@sv .'.encode(), timeout=120)
        assert r.status_code == 204, r.text
        assert count() == 2
        assert httpx.delete(f"{server.url}{GSP}", params={"graph": doc}, headers=auth, timeout=120).status_code == 204
        assert count() == 0
        assert httpx.delete(f"{server.url}{GSP}", params={"graph": doc}, headers=auth).status_code == 404


# the writes, on a real parse ---------------------------------------------------------------------
def _is_iri(text: str) -> bool:
    """Whether the engine's own parser takes `text` as an IRI (a second '#' is no IRI: "urn:x:##")."""
    try:
        pyoxigraph.NamedNode(text)
    except ValueError:
        return False
    return True


_IRIS = st.builds(lambda s: "urn:x:" + s, st.text(alphabet=st.characters(
    codec="utf-8", categories=("L", "N"), include_characters="-._~:/#?=&"), max_size=12)).filter(_is_iri)
_LITERALS = (st.tuples(st.just("literal"), st.text(max_size=40), st.just(""), st.just(""))
             | st.tuples(st.just("literal"), st.text(max_size=40), st.just(""), st.sampled_from(["sv", "en", "en-GB"]))
             | st.builds(lambda n: ("literal", str(n), "http://www.w3.org/2001/XMLSchema#integer", ""), st.integers())
             | st.builds(lambda d: ("literal", d.isoformat(), "http://www.w3.org/2001/XMLSchema#date", ""), st.dates()))
_TERMS = _IRIS.map(lambda i: ("uri", i, "", ""))
_TRIPLES = st.lists(st.tuples(_TERMS | st.builds(lambda n: ("bnode", f"b{n}", "", ""), st.integers(0, 5)),
                              _TERMS, _TERMS | _LITERALS), max_size=8)


@settings(max_examples=300, deadline=None)
@given(graph=st.text(max_size=40) | _IRIS, triples=_TRIPLES)
def test_a_put_is_exactly_a_drop_and_an_insert_of_its_triples(graph: str, triples: list) -> None:
    """Whatever graph name and triples a request brings, the update a PUT makes parses (rdflib's full
    SPARQL 1.1 parser) into exactly two operations: DROP SILENT GRAPH <graph> and INSERT DATA of those
    triples into that graph; a graph name that is not a usable absolute IRI is refused first."""
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate

    from graph.sparql import iri as sparql_iri
    from graph.sparql import render
    from graph.stores.terms import from_rdflib
    from server.routes_gsp import GspError, _checked, _insert_data

    try:
        graph = _checked(graph)
    except GspError as exc:
        assert exc.status == 400
        return
    update = render("gsp_drop.rq", graph=sparql_iri(graph)) + " ;\n" + _insert_data(graph, triples)
    ops = list(translateUpdate(parseUpdate(update)).algebra)
    assert [op.name for op in ops] == ["Drop", "InsertData"]
    assert str(ops[0]["graphiri"]) == graph
    quads = ops[1]["quads"]
    assert set(map(str, quads)) <= {graph} and not ops[1]["triples"]
    got = [tuple(from_rdflib(t) for t in triple) for triple in quads.get(URIRef(graph), [])]

    def norm(t: tuple) -> tuple:  # blank node labels are the parser's own; language tags are case-blind
        return tuple(("bnode", "", "", "") if term[0] == "bnode" else (*term[:3], term[3].lower()) for term in t)

    assert set(map(norm, got)) == set(map(norm, triples)), update
    assert len(set(got)) == len(set(triples)), update  # one blank node per label, as sent
