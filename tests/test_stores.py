"""The same query/update contract for every store backend, the remote one against a real
`oxigraph serve` (from the PyPI package oxigraph) on loopback."""

from __future__ import annotations

import ast
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from graph.iris import DEFAULT_BASE, Iris
from graph.processes import free_port, oxigraph_binary, stop, wait_http
from graph.stores import Backend, QuerySyntaxError, Store, StoreSpec, library_versions, open_store, register, unregister
from graph.stores.base import Graphs

from .servers import ROOT, run_server
from .virtuoso import virtuoso_endpoint  # noqa: F401 - a fixture

PERSONS = "SELECT DISTINCT ?p WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> }"  # the union is a bag
PERSON_ROWS = "SELECT ?p WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> }"  # one row per graph typing a person
DOC = str(Iris(DEFAULT_BASE).doc("2026-03-12-lansgemensam-ledning"))


@pytest.fixture(scope="module")
def remote_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Oxigraph SPARQL server on a free loopback port, persistent in a temp folder."""
    binary = oxigraph_binary()
    if binary is None:
        pytest.fail("the oxigraph server (PyPI package 'oxigraph') is not installed")
    tmp = tmp_path_factory.mktemp("oxigraph-server")
    port = free_port()
    log = tmp / "oxigraph.log"
    with log.open("w") as fh:
        proc = subprocess.Popen([binary, "serve", "--location", str(tmp / "db"), "--bind", f"127.0.0.1:{port}",
                                 "--union-default-graph"], stdout=fh, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(url + "/query?query=ASK%7B%7D", proc, timeout=10, ok=201, log=log)
        yield url + "/query"
    finally:
        stop(proc)


@pytest.fixture(params=["oxigraph-disk", "oxigraph-memory", "rdflib", "remote", "virtuoso"])
def store(request: pytest.FixtureRequest, tmp_path: Path, built_graph: Path) -> Iterator[Store]:
    spec = {"oxigraph-disk": f"oxigraph:{tmp_path / 'store'}", "oxigraph-memory": "memory", "rdflib": "rdflib",
            "remote": None, "virtuoso": None}[request.param]
    if spec is None:
        spec = request.getfixturevalue("remote_endpoint" if request.param == "remote" else "virtuoso_endpoint")
    s = open_store(spec)
    s.load(built_graph, replace=True)
    yield s
    s.close()


def test_select_sees_the_union_of_the_graphs(store: Store) -> None:
    """The one dataset rule: without a dataset a query sees the union of the named graphs, the
    engine's own: a bag on Oxigraph (a person typed by three documents is seen three times), a set
    on rdflib; DISTINCT gives each person once on every engine."""
    assert len(store.select(PERSONS)) == 136
    per_graph = store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?p a <http://xmlns.com/foaf/0.1/Person> } }")
    bag = int(per_graph[0]["n"])
    assert bag > 136
    seen = len(store.select(PERSON_ROWS))
    if store.kind == "oxigraph":
        assert seen == bag
    elif store.kind == "rdflib":
        assert seen == 136
    else:  # a remote engine: its own union, a bag or a set
        assert seen in (136, bag)


def test_ask_and_construct(store: Store) -> None:
    assert store.ask(f"ASK {{ <{Iris(DEFAULT_BASE).person('petra-hornstra')}> ?p ?o }}")
    g = store.construct("CONSTRUCT { ?p <urn:name> ?n } WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }")
    assert len(g) == 136


def test_protocol_dataset(store: Store) -> None:
    result = store.query(PERSONS, Graphs(default=[DOC]))
    people = list(result.rows)
    assert 20 < len(people) < 136
    named = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", Graphs(default=[DOC], named=[DOC]))
    assert [r["g"][1] for r in named.rows] == [DOC]


def test_syntax_error(store: Store) -> None:
    with pytest.raises(QuerySyntaxError):
        store.query("SELECT ?x WHERE { ?x ")
    with pytest.raises(QuerySyntaxError):
        store.update("INSERT DATA { <urn:a> ")


def test_update_insert_and_delete(store: Store) -> None:
    store.update('INSERT DATA { GRAPH <urn:test> { <urn:s> <urn:p> "v" } }')
    assert store.ask('ASK { GRAPH <urn:test> { <urn:s> <urn:p> "v" } }')
    assert store.ask('ASK { <urn:s> <urn:p> "v" }')  # the default graph includes it
    store.update('DELETE DATA { GRAPH <urn:test> { <urn:s> <urn:p> "v" } }')
    assert not store.ask('ASK { GRAPH <urn:test> { <urn:s> <urn:p> "v" } }')


def test_quad_count(store: Store) -> None:
    assert store.quad_count() > 10000


def test_build_loads_a_remote_store_and_our_server_serves_it(remote_endpoint: str, tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "graph.cli", "build", "--store", remote_endpoint],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "loaded into" in result.stdout
    with run_server(tmp_path, None, remote_endpoint) as server:
        r = httpx.get(server.url + "/sparql", params={"query": PERSONS}, headers={"Accept": "application/json"})
        assert len(r.json()["results"]["bindings"]) == 136
        page = httpx.get(server.url + "/id/person/petra-hornstra", headers={"Accept": "text/html"})
        assert page.status_code == 200 and "Petra Hornstra" in page.text


# the store spec and the registry of backends ---------------------------------------------------------
@pytest.mark.parametrize(("text", "backend", "persistent", "remote", "path"), [
    ("memory", "oxigraph", False, False, None),
    ("oxigraph", "oxigraph", False, False, None),
    ("oxigraph:", "oxigraph", False, False, None),
    ("oxigraph:var/store", "oxigraph", True, False, Path("var/store")),
    ("rdflib", "rdflib", False, False, None),
    ("rdflib:graph.nq", "rdflib", False, False, Path("graph.nq")),
    ("http://127.0.0.1:7878/query", "remote", False, True, None),
    ("https://example.org/sparql", "remote", False, True, None),
    ("remote:query=http://h/q,update=http://h/u", "remote", False, True, None),
])
def test_spec_is_parsed_once_and_answers(text: str, backend: str, persistent: bool, remote: bool,
                                         path: Path | None) -> None:
    spec = StoreSpec.parse(text)
    assert (spec.backend, spec.persistent, spec.is_remote, spec.path) == (backend, persistent, remote, path)
    assert spec.in_memory == (not persistent and not remote)
    assert str(spec) == text and StoreSpec.parse(spec) is spec
    assert pickle.loads(pickle.dumps(spec)) == spec  # it goes to the query workers as it is


def test_a_wrong_spec_says_which_forms_there_are() -> None:
    for text in ("oxigraf:var/store", "memory:", "", "ftp://host/sparql"):
        with pytest.raises(ValueError, match=r"unknown store .*: use oxigraph:PATH, memory, rdflib\[:FILE\] or an "
                                             r"http\(s\) endpoint URL"):
            StoreSpec.parse(text)
    with pytest.raises(ValueError, match="remote store spec needs query=URL"):
        open_store("remote:update=http://h/u")


def test_spec_opens_its_backend(tmp_path: Path) -> None:
    disk = StoreSpec.parse(f"oxigraph:{tmp_path / 'store'}")
    with disk.open() as store:
        store.update('INSERT DATA { <urn:s> <urn:p> "v" }')
    with disk.open(read_only=True) as store:
        assert store.ask('ASK { <urn:s> <urn:p> "v" }')
    (tmp_path / "pw").write_text("p\n")
    remote = StoreSpec.parse(f"remote:query=http://h/q,engine=sparql,user=u,password-file={tmp_path / 'pw'},"
                             "timeout=5").open()
    assert (remote.query_url, remote.update_url, remote.timeout) == ("http://h/q", "http://h/q", 5.0)
    assert (remote.auth.user, remote.auth.password) == ("u", "p")
    derived = StoreSpec.parse("http://h:7878/query").open()
    assert (derived.update_url, derived.store_url) == ("http://h:7878/update", "http://h:7878/store")


def test_a_new_backend_registers_its_name(tmp_path: Path) -> None:
    opened: list[tuple[StoreSpec, bool]] = []

    def open_probe(spec: StoreSpec, read_only: bool) -> Store:
        opened.append((spec, read_only))
        return open_store("memory")

    register(Backend("probe", open_probe, location="directory", usage=("probe:PATH",)))
    try:
        spec = StoreSpec.parse(f"probe:{tmp_path}")
        assert spec.persistent and spec.path == tmp_path
        spec.open(read_only=True).close()
        assert opened == [(spec, True)]
        with pytest.raises(ValueError, match=r"rdflib\[:FILE\], an http\(s\) endpoint URL or probe:PATH"):
            StoreSpec.parse("nothing")
    finally:
        unregister("probe")


def test_library_versions_name_the_backends_libraries() -> None:
    assert {"pyoxigraph", "rdflib", "httpx"} <= set(library_versions())


# the one module outside the stores that uses the engine bare, on purpose: the benches' floor of the stack
# (what any server on pyoxigraph does at the least, without the project's store layer in between)
BARE_ENGINE = {"graph/bench/floor_server.py"}


def test_only_the_stores_read_spec_text_or_import_pyoxigraph() -> None:
    """The spec is parsed in graph/stores/ only; pyoxigraph is imported there only; the stores
    import nothing of the rest of graph/ (imports read from the parsed modules, not the text)."""
    offenders = []
    for file in sorted([*(ROOT / "graph").rglob("*.py"), *(ROOT / "server").rglob("*.py")]):
        rel = file.relative_to(ROOT).as_posix()
        text = file.read_text(encoding="utf-8")
        tree = ast.parse(text, filename=rel)
        imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                    for alias in node.names}
        imported |= {node.module.split(".")[0] for node in ast.walk(tree)
                     if isinstance(node, ast.ImportFrom) and node.module and node.level == 0}
        if rel.startswith("graph/stores/"):
            above = any(isinstance(node, ast.ImportFrom) and node.level > 1 for node in ast.walk(tree))
            if above or "graph" in imported:
                offenders.append(f"{rel}: imports from above the stores (they sit below the build)")
            continue
        if 'startswith("oxigraph:' in text or 'len("oxigraph:")' in text or '"remote:"' in text:
            offenders.append(f"{rel}: parses a store spec")
        if "pyoxigraph" in imported and rel not in BARE_ENGINE:
            offenders.append(f"{rel}: imports pyoxigraph")
    assert offenders == []


def test_a_process_imports_only_the_backend_it_opens(tmp_path: Path) -> None:
    # the registry names the built-in backends lazily: parsing any spec and opening an embedded store
    # imports neither httpx (remote) nor rdflib (its store, the term helpers); a remote spec brings its
    # backend and the engines that register with it
    code = ("import sys\n"
            "from graph.stores import StoreSpec\n"
            "specs = [StoreSpec.parse(t) for t in ('memory', 'rdflib', 'http://127.0.0.1:9/sparql', 'oxigraph:')]\n"
            "store = specs[0].open()\n"
            "assert store.ask('ASK {}')\n"
            "print(sorted(m for m in ('httpx', 'rdflib', 'graph.stores.remote', 'graph.stores.rdflib_store') "
            "if m in sys.modules))\n"
            "assert specs[2].is_remote\n"
            "from graph.stores.remote import engines\n"
            "print(sorted(engines()))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    lazy, engines = out.splitlines()
    assert lazy == "[]"
    assert "virtuoso" in engines
