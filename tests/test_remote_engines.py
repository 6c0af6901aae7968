"""The same answers on every engine: the embedded store, `oxigraph serve --union-default-graph` and
OpenLink Virtuoso (both started on loopback by the tests), for every example query, the queries
the pages, validation and networks run, `validate --at` on two dates, `validate --scope`, a network
analysis and three pages; and what the remote store does with an engine's limits and errors."""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import URIRef

from graph.asof import asof_pairs_query, held_rows
from graph.engines import oxigraph_server
from graph.iris import DEFAULT_BASE, Iris
from graph.processes import free_port
from graph.stores import QuerySyntaxError, Store, StoreError, open_store
from graph.stores.remote import ResultCut, ResultTimedOut, StoreRefused, detect_engine
from graph.stores.virtuoso import VirtuosoStore

from .servers import ROOT, run_server, settled
from .virtuoso import RESULT_SET_MAX_ROWS, engine_endpoint, missing, virtuoso_endpoint  # noqa: F401 - a fixture

BASE = DEFAULT_BASE  # the base the real graph is built on in the tests (tests/conftest.py)
QUERIES = ROOT / "queries"
EXAMPLES = sorted(p.name for p in QUERIES.glob("example_*.rq"))
#: Queries the code runs that take no parameters (those with parameters are run through the
#: pages, validation and networks below).
PLAIN = sorted(p.name for p in QUERIES.glob("*.rq") if not re.search(r"\$[A-Za-z]", p.read_text(encoding="utf-8"))
               and not p.name.startswith("example_")
               # an update (summary_write.rq) is run by the summaries' tests, not asked of three engines
               and not re.search(r"^\s*(INSERT|DELETE|DROP|CLEAR)\b", p.read_text(encoding="utf-8"), re.M | re.I))


@pytest.fixture(scope="module")
def oxigraph_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`oxigraph serve --union-default-graph` (the one dataset rule's flag) on a free loopback port."""
    yield from engine_endpoint(oxigraph_server, tmp_path_factory.mktemp("oxigraph-serve"))


@pytest.fixture(scope="module")
def engines(built_graph: Path, oxigraph_endpoint: str, virtuoso_endpoint: str) -> Iterator[dict[str, str]]:  # noqa: F811
    """The real graph built into each engine by `samverkan build --store` (the way a user does it):
    store spec by engine name."""
    for url in (oxigraph_endpoint, virtuoso_endpoint):
        result = subprocess.run([sys.executable, "-m", "graph.cli", "build", "--store", url], cwd=ROOT,
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
    yield {"embedded": "memory", "oxigraph": oxigraph_endpoint, "virtuoso": virtuoso_endpoint}


@pytest.fixture(scope="module")
def stores(engines: dict[str, str], built_graph: Path) -> Iterator[dict[str, Store]]:
    opened = {name: open_store(spec) for name, spec in engines.items()}
    opened["embedded"].load(built_graph)
    yield opened
    for s in opened.values():
        s.close()


_CONCAT = re.compile(r'GROUP_CONCAT\s*\((?:[^;()]|\([^()]*\))*;\s*SEPARATOR\s*=\s*"([^"]*)"\s*\)\s*AS\s+\?(\w+)', re.I)


def answer(store: Store, text: str, bag: bool = True) -> Counter | bool:
    """A query's answer, comparable across engines: rows as a multiset (a set with bag=False). The
    parts of a GROUP_CONCAT come in the engine's order (SPARQL leaves it open): sorted here."""
    result = store.query(text)
    if hasattr(result, "value"):
        return result.value
    if hasattr(result, "triples"):
        return Counter(set(result.triples))
    concat = {var: sep for sep, var in _CONCAT.findall(text)}

    def cell(name: str, term: tuple) -> tuple:
        if name in concat and concat[name]:
            return (term[0], concat[name].join(sorted(term[1].split(concat[name]))), *term[2:])
        return term

    rows = [tuple(sorted((name, cell(name, term)) for name, term in row.items())) for row in result.rows]
    return Counter(rows if bag else set(rows))


@pytest.mark.parametrize("name", EXAMPLES + PLAIN)
def test_every_engine_gives_the_same_answer(stores: dict[str, Store], name: str) -> None:
    text = (QUERIES / name).read_text(encoding="utf-8")
    remote = answer(stores["oxigraph"], text)
    assert answer(stores["virtuoso"], text) == remote, name
    # the embedded store of this branch still answers from a merged default graph (a set):
    # compare as sets; the two engines above share the engine's bag union and compare as bags
    embedded = answer(stores["embedded"], text, bag=False)
    as_set = Counter(set(remote)) if isinstance(remote, Counter) else remote
    assert embedded == as_set, name


def test_the_engine_is_recognised_by_its_url(engines: dict[str, str]) -> None:
    assert detect_engine(engines["oxigraph"]) == "oxigraph"
    assert detect_engine(engines["virtuoso"]) == "virtuoso"
    assert isinstance(open_store(engines["virtuoso"]), VirtuosoStore)


def test_counts_leave_the_engines_own_graphs_out(stores: dict[str, Store]) -> None:
    quads = stores["oxigraph"].quad_count()
    assert stores["virtuoso"].quad_count() == quads  # not Virtuoso's 2,496 triples of virtrdf#


def test_graph_patterns_never_take_the_engines_own_graphs(stores: dict[str, Store]) -> None:
    """GRAPH ?g ranges over the project's graphs only, on every engine: Virtuoso's system graphs are
    left out by its store (graph/stores/virtuoso.py), not by a filter in each query."""
    text = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    graphs = {name: answer(s, text, bag=False) for name, s in stores.items()}
    assert graphs["virtuoso"] == graphs["oxigraph"] == graphs["embedded"]
    assert len(graphs["embedded"]) >= 5


def test_nothing_is_written_to_the_default_graph(engines: dict[str, str], built_graph: Path) -> None:
    """The build wrote named graphs only: the engines' union of them is the default graph."""
    store = open_store(engines["oxigraph"])
    union = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    named = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert next(union.rows) == next(named.rows)  # a default-graph copy would add every triple once more
    staging = store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                           "FILTER(STRSTARTS(STR(?g), 'urn:x-samverkan')) }")
    assert staging == []


def test_a_failed_build_leaves_the_previous_data(engines: dict[str, str], tmp_path: Path) -> None:
    """A file the engine refuses half-way (a graph in the default graph) changes nothing and exits 2
    with one readable line."""
    bad = tmp_path / "bad.nq"
    doc = str(Iris(DEFAULT_BASE).doc("2025-introduktion"))
    bad.write_text(f'<urn:s> <urn:p> "new" <{doc}> .\n<urn:s> <urn:p> "in the default graph" .\n', encoding="utf-8")
    for url in (engines["oxigraph"], engines["virtuoso"]):
        store = open_store(url)
        before = store.quad_count()
        result = subprocess.run([sys.executable, "-c", f"""
import sys
import time
from pathlib import Path
from graph.stores import StoreError, open_store
try:
    open_store({url!r}).load(Path({str(bad)!r}), replace=True)
except StoreError as exc:
    print("error:", exc, file=sys.stderr); sys.exit(2)
"""], cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "default graph" in result.stderr
        assert store.quad_count() == before
        assert not store.ask('ASK { <urn:s> <urn:p> "new" }')


def test_a_build_drops_the_graphs_the_dataset_no_longer_has(engines: dict[str, str], built_graph: Path,
                                                             tmp_path: Path) -> None:
    """A dataset with a document (and a graph) more, then the real build (`samverkan build --store`): the
    project's graphs (under Iris.graph_folders()) the build no longer has are dropped with its load, the
    build's own are as before, and graphs that are not the project's (other data, the engine's own) are
    untouched; a load without `replace` drops nothing."""
    removed = Iris(BASE).doc("ett-borttaget-dokument")
    old_graph = Iris(BASE).people_graph("old-")
    foreign = "http://example.org/other-data/id/doc/not-ours"
    system = "http://www.openlinksw.com/schemas/virtrdf#"
    more = tmp_path / "more.nq"
    more.write_text(built_graph.read_text(encoding="utf-8") + f'<urn:s> <urn:p> "borttaget" <{removed}> .\n'
                    f'<urn:s> <urn:p> "gammal" <{old_graph}> .\n', encoding="utf-8")
    for url in (engines["oxigraph"], engines["virtuoso"]):
        store = open_store(url)
        before, own = store.quad_count(), store.graph_size(system)
        store.update(f'INSERT DATA {{ GRAPH <{foreign}> {{ <urn:s> <urn:p> "not ours" }} }}')
        store.load(more, replace=True, drop_under=Iris(BASE).graph_folders())
        assert (store.graph_size(removed), store.graph_size(old_graph)) == (1, 1)
        store.load(built_graph, drop_under=Iris(BASE).graph_folders())  # not a whole dataset: nothing is dropped
        assert (store.graph_size(removed), store.graph_size(old_graph)) == (1, 1)
        _cli("build", "--store", url, "--base", BASE)
        assert (store.graph_size(removed), store.graph_size(old_graph)) == (0, 0), url
        assert store.graph_size(foreign) == 1 and store.graph_size(system) == own
        store.update(f"DROP SILENT GRAPH <{foreign}>")  # Virtuoso refuses DROP GRAPH of a graph never CREATEd
        assert store.quad_count() == before
        assert not store.ask('ASK { <urn:s> <urn:p> ?o }')


def test_an_engine_refusal_is_not_the_users_syntax_error(stores: dict[str, Store]) -> None:
    store = stores["virtuoso"]
    with pytest.raises(QuerySyntaxError):
        store.query("SELECT ?x WHERE { ?x ")
    with pytest.raises(StoreRefused, match="the store refused the update: 400 .*default graph"):
        store.update('INSERT DATA { <urn:a> <urn:b> "no graph: Virtuoso has no plain default graph" }')


def test_construct_asks_for_rdf_and_booleans_are_normalised(stores: dict[str, Store]) -> None:
    g = stores["virtuoso"].construct("CONSTRUCT { ?p <urn:name> ?n } WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }")
    assert len(g) == len(stores["oxigraph"].construct(
        "CONSTRUCT { ?p <urn:name> ?n } WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }"))
    flags = 'SELECT ?b WHERE { BIND(STRDT("true", <http://www.w3.org/2001/XMLSchema#boolean>) AS ?b) }'
    assert answer(stores["virtuoso"], flags) == answer(stores["oxigraph"], flags)
    assert stores["virtuoso"].ask("ASK { ?s a <http://xmlns.com/foaf/0.1/Person> }") is True
    assert stores["virtuoso"].ask("ASK { ?s a <urn:nothing> }") is False


def test_an_answer_cut_at_the_row_cap_is_paged_or_refused(stores: dict[str, Store]) -> None:
    """The test engine cuts answers at RESULT_SET_MAX_ROWS rows: a SELECT past it is read in pages
    (the same rows as oxigraph's whole answer); a CONSTRUCT past it, or a sorted SELECT, is refused."""
    big = ("SELECT ?a ?b WHERE { ?a a <http://xmlns.com/foaf/0.1/Person> . "
           "?b a <http://www.w3.org/ns/org#Membership> }")
    reference = answer(stores["oxigraph"], big)
    assert sum(reference.values()) > RESULT_SET_MAX_ROWS
    assert answer(stores["virtuoso"], big) == reference
    with pytest.raises(ResultCut, match="row cap"):
        stores["virtuoso"].query(big + " ORDER BY ?a ?b")
    with pytest.raises(ResultCut, match="ResultSetMaxRows"):
        # two triples per (person, membership) pair: past the cap (their distinct pairs alone are fewer)
        stores["virtuoso"].query("CONSTRUCT { ?a <urn:x> ?b . ?b <urn:y> ?a } WHERE { "
                                 "?a a <http://xmlns.com/foaf/0.1/Person> . "
                                 "?b a <http://www.w3.org/ns/org#Membership> }")


def _cli(*args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "graph.cli", *args], cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode in (0, 1), result.stderr
    return result.stdout


def test_an_answer_stopped_at_the_time_limit_is_refused(stores: dict[str, Store]) -> None:
    """Virtuoso stops a query at its time limit and answers 200 with what it found so far (its
    "anytime" answer, X-SQL-State S1TAT): the store refuses it as incomplete, never shows it. Asked
    here with Virtuoso's own `timeout` parameter (milliseconds); MaxQueryExecutionTime in virtuoso.ini
    does the same for every query."""
    store = stores["virtuoso"]
    assert isinstance(store, VirtuosoStore)
    slow = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d a ?f FILTER(STR(?c) < STR(?f)) }")
    r = httpx.post(store.query_url, data={"query": slow, "timeout": "300"},
                   headers={"Accept": "application/sparql-results+json"}, timeout=120)
    assert r.status_code == 200 and r.headers.get("x-sql-state") == "S1TAT", r.headers
    with pytest.raises(ResultTimedOut, match="time limit"):
        store.read_result(r, "SELECT")


@pytest.mark.parametrize("args", [("validate", "--at", "2025-12-11", "--format", "json"),
                                  ("validate", "--at", "2026-03-12", "--format", "json"),
                                  ("validate", "--scope", "lansgemensam-ledning-i-samverkan", "--format", "json"),
                                  ("analyse", "--json")])
def test_validation_and_networks_agree(engines: dict[str, str], built_graph: Path, args: tuple[str, ...]) -> None:
    outputs = {name: _cli(*args, *(("--store", spec) if name != "embedded" else ("--graph", str(built_graph))))
               for name, spec in engines.items()}
    parsed = {name: _stable(json.loads(out)) for name, out in outputs.items()}
    assert parsed["oxigraph"] == parsed["embedded"]
    assert parsed["virtuoso"] == parsed["embedded"]


def _stable(report: object) -> object:
    """A report without its timings and time of day; its problems sorted (the report lists them in
    the order SHACL met them, which follows the order the store gave the data in)."""
    if isinstance(report, dict):
        out = {k: _stable(v) for k, v in report.items() if k not in ("seconds", "generated")}
        if isinstance(out.get("problems"), list):
            out["problems"] = sorted(out["problems"], key=lambda p: json.dumps(p, sort_keys=True))
        return out
    if isinstance(report, list):
        return [_stable(v) for v in report]
    return report


PAGES = ["/id/person/chris-landergren", "/id/meeting/2025-12-12-lansgemensam-ledning",
         "/id/org/samordnande-grupp-barn-och-unga"]


def _pair_sets(store: Store) -> list[list[tuple[URIRef | None, str]]]:
    """(body, date) pairs as the pages, seat tables and validation send them: one body on one date, every
    body on one date, every body on several dates, each body with several dates (the bodies and dates from
    the graph: those with memberships, the documents' dates and the days before them)."""
    bodies = sorted({URIRef(str(r["o"])) for r in store.select(
        "PREFIX org: <http://www.w3.org/ns/org#> SELECT DISTINCT ?o WHERE { ?m org:organization ?o }")}, key=str)
    days = sorted({str(r["d"])[:10] for r in store.select(
        "PREFIX lgl: <https://w3id.org/samverkan-kalmar/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
        "SELECT ?d WHERE { ?doc a lgl:SourceDocument ; dcterms:date ?d }") if len(str(r["d"])) == 10})
    days += [(dt.date.fromisoformat(d) - dt.timedelta(days=1)).isoformat() for d in days]
    group = URIRef(Iris(BASE).org("samordnande-grupp-barn-och-unga"))
    return [[(group, "2026-03-12")], [(None, "2026-03-12")], [(None, d) for d in sorted(days)],
            [(b, d) for b in bodies for d in sorted(days)[:3]], [(b, "2025-12-12") for b in bodies]]


def test_the_as_of_rule_agrees_on_every_engine(stores: dict[str, Store]) -> None:
    """The as-of rule as the pages and validation ask it (graph/asof.held_rows: six small queries,
    combined in Python): the same memberships, bodies and dates on the embedded store, oxigraph serve and
    Virtuoso, for every kind of pair set; and the rule written out in one query (queries/asof_memberships.rq
    as asof_pairs_query fills it; Virtuoso miscompiled its former VALUES pairs) on the pair sets of a few
    pairs (with dozens of pairs Virtuoso takes minutes over that one query on a busy machine; held_rows is
    what the code sends)."""
    def rows(found: list) -> set[tuple[str, str, str]]:
        return {(str(r["membership"]), str(r["group"]), str(r["at"])) for r in found}

    for pairs in _pair_sets(stores["embedded"]):
        answers = {name: rows(held_rows(store.select, pairs)) for name, store in stores.items()}
        assert answers["embedded"], pairs[:3]
        assert answers["oxigraph"] == answers["embedded"], pairs[:3]
        assert answers["virtuoso"] == answers["embedded"], pairs[:3]
        if len(pairs) <= 3:
            text = asof_pairs_query(pairs)
            one_query = {name: rows(store.select(text)) for name, store in stores.items()}
            assert one_query == {name: answers["embedded"] for name in stores}, pairs[:3]


@pytest.fixture(scope="module")
def page_servers(engines: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Our server on the oxigraph and on the Virtuoso store: base URL by engine name."""
    with contextlib.ExitStack() as stack:
        urls = {}
        for name in ("oxigraph", "virtuoso"):
            server = stack.enter_context(run_server(tmp_path_factory.mktemp(name), None, engines[name]))
            urls[name] = server.url
        yield urls


@pytest.mark.parametrize("page", PAGES)
def test_pages_agree(page_servers: dict[str, str], page: str) -> None:
    """Three pages, the same HTML from our server on either engine."""
    a, b = (settled(page_servers[name] + page).text for name in ("oxigraph", "virtuoso"))
    diff = list(difflib.unified_diff(a.splitlines(), b.splitlines(), "oxigraph", "virtuoso", n=0, lineterm=""))
    assert not diff, page + "\n" + "\n".join(diff[:20])
    assert "<h1" in b


def test_credentials_come_from_a_file_or_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="password-file=PATH"):
        open_store("remote:query=http://127.0.0.1:9/sparql,engine=sparql,user=u,password=secret")
    monkeypatch.setenv("SAMVERKAN_STORE_PASSWORD", "from-env")
    store = open_store("remote:query=http://127.0.0.1:9/sparql,engine=sparql,user=u,auth=digest")
    assert (store.auth.user, store.auth.password, store.auth.scheme) == ("u", "from-env", "digest")
    with pytest.raises(StoreError, match="not reachable"):
        store.ask("ASK {}")


def test_digest_auth_against_virtuoso(virtuoso_endpoint: str, tmp_path: Path) -> None:  # noqa: F811
    """Virtuoso's /sparql-auth wants Digest: the store answers its challenge (user dba)."""
    (tmp_path / "pw").write_text("dba\n")
    auth_url = virtuoso_endpoint + "-auth"
    store = open_store(f"remote:query={auth_url},user=dba,password-file={tmp_path / 'pw'}")
    assert isinstance(store, VirtuosoStore) and store.store_url.endswith("/sparql-graph-crud-auth")
    assert store.ask("ASK {}") in (True, False)
    (tmp_path / "pw").write_text("wrong\n")
    wrong = open_store(f"remote:query={auth_url},user=dba,password-file={tmp_path / 'pw'}")
    with pytest.raises(StoreError, match="refused the credentials"):
        wrong.ask("ASK {}")



def test_construct_through_our_endpoint_on_virtuoso(page_servers: dict[str, str]) -> None:
    """A CONSTRUCT through our /sparql on a Virtuoso store answers RDF (it was a 406), the same
    triples as on the Oxigraph store."""
    query = "CONSTRUCT { ?p <urn:name> ?n } WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }"
    answers = {}
    for name, url in page_servers.items():
        r = httpx.get(url + "/sparql", params={"query": query}, headers={"Accept": "application/n-triples"},
                      timeout=60)
        assert r.status_code == 200, r.text
        answers[name] = sorted(line for line in r.text.splitlines() if line.strip())
    assert answers["virtuoso"] == answers["oxigraph"] and len(answers["virtuoso"]) >= 136


def test_build_into_an_engine_that_is_not_there_says_so_in_one_line() -> None:
    dead = f"remote:query=http://127.0.0.1:{free_port()}/sparql,engine=virtuoso"
    result = subprocess.run([sys.executable, "-m", "graph.cli", "build", "--store", dead], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [line for line in result.stderr.strip().splitlines()
                                                   if "not reachable" in line]
