"""Scoped validation (`samverkan validate --scope`): one collaboration structure taken from a store.

The real LGL body scoped gives the same seat tables as the whole real graph; a small synthetic county
next to the real data validates scoped with every seat of its samordnande grupper filled (the area
seats too: their samverkansområdesgrupp is found in the county's own structure) and no violations;
with faults put in, it gets the same results whether pySHACL evaluates shapes at once (our runs) or per
value node (as it does alone).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rdflib import RDF, XSD, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from graph.build import build_to_file
from graph.cli import main
from graph.stores import open_store
from graph.stores.base import Store
from graph.synth import generate
from graph.validation import (
    SH,
    VAL,
    DataGraph,
    GroupTable,
    Report,
    graph_from_dataset,
    load_shapes,
    run_validation,
    scope_body,
    scoped_graph,
    validate_graph,
    validate_scope,
)

AT = dt.date(2026, 3, 12)
SYNTH_AT = dt.date(2025, 12, 31)  # the synthetic years end in 2025
REAL = "lansgemensam-ledning-i-samverkan"
SYNTH = "synth-kalmar-lansgemensam-ledning-i-samverkan"


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("scope")
    real, synth = tmp / "real.nq", tmp / "synth.nq"
    build_to_file(real)
    generate(synth, scale="county", seed=1, years=2, ontology=False)
    return real, synth


@pytest.fixture(scope="module")
def store(files: tuple[Path, Path]) -> Store:
    s = open_store("memory")
    for f in files:
        s.load(f)
    return s


def tables(report: Report) -> dict[str, list[tuple]]:
    return {t.name: [(r.seat, r.for_org, r.required, r.filled, r.missing, r.surplus,
                      sorted(h.membership for h in r.holders)) for r in t.rows] for t in report.groups}


def test_real_scope_gives_the_same_seat_tables(store: Store, dataset: Dataset) -> None:
    scoped = Report.from_run(validate_scope(store, REAL, AT))
    whole = Report.from_run(run_validation(graph_from_dataset(dataset), AT))
    assert scoped.conforms and whole.conforms
    assert tables(scoped) == tables(whole)
    assert scoped.counts == whole.counts


def seat_rows(t: GroupTable) -> dict[str, tuple[int | None, int, int]]:
    return {r.label["en"]: (r.required, r.filled, r.missing) for r in t.rows}


def test_synthetic_county_scoped_fills_every_group_seat(store: Store) -> None:
    run = validate_scope(store, SYNTH, SYNTH_AT)
    orgs = {str(s) for s in run.graph.subjects() if isinstance(s, URIRef) and "/id/org/" in str(s)}
    assert orgs and all("/id/org/synth-kalmar-" in o for o in orgs)  # nothing of the real data
    report = Report.from_run(run)
    assert report.conforms, [p.message["en"] for p in report.problems if p.severity == "Violation"]
    groups = [t for t in report.groups if "samordnande-grupp" in t.group]
    assert len(groups) == 3
    for t in groups:
        assert all(r.missing == 0 for r in t.rows), (t.name, seat_rows(t))
        areas = {r.label["en"] for r in t.rows if r.filled and "Samverkansområdesgrupp" in r.label["en"]}
        assert any("Folkhälsa" in a for a in areas) and any("Hab/Rehab" in a for a in areas), areas
    print(f"\nsynthetic county scoped: {len(run.graph):,} triples, {run.seconds}")


def test_area_seats_find_their_group_in_their_own_structure(store: Store) -> None:
    """Real and synthetic area groups share the area slug; each seat gets its own county's group."""
    run = validate_scope(store, SYNTH, SYNTH_AT)
    pairs = {(str(s), str(o)) for s, o in run.graph.subject_objects(VAL.areaGroup)}
    assert pairs and all("/synth-kalmar-" in s and "/synth-kalmar-samverkansomradesgrupp-" in o for s, o in pairs)
    assert any(o.endswith("samverkansomradesgrupp-hab-rehab") for _, o in pairs)
    assert any(o.endswith("samverkansomradesgrupp-folkhalsa") for _, o in pairs)
    real = validate_scope(store, REAL, AT)
    real_pairs = {(str(s), str(o)) for s, o in real.graph.subject_objects(VAL.areaGroup)}
    assert real_pairs and not any("synth-" in o for _, o in real_pairs)


def test_scope_by_iri_and_unknown_scope(store: Store) -> None:
    body = scope_body(store, SYNTH)
    assert scope_body(store, str(body)) == body
    with pytest.raises(ValueError, match="no organisation"):
        scope_body(store, "no-such-body")


def test_command_scope_with_an_oxigraph_store(files: tuple[Path, Path], tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "store"
    s = open_store(f"oxigraph:{path}")
    for f in files:
        s.load(f)
    s.close()
    code = main(["validate", "--store", f"oxigraph:{path}", "--scope", SYNTH, "--at", "2025-12-31", "--lang", "en"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "Validation as of 2025-12-31" in out.out and "scope synth-kalmar-" in out.err


def faulty(triples: list[tuple[Node, Node, Node]]) -> list[tuple[Node, Node, Node]]:
    """The triples with faults put in, the same every time: every 9th dropped (missing values, classes,
    members), every 7th integer made negative (sh:or, sh:lessThanOrEquals),
    every 11th non-type triple given a second value, a string (sh:maxCount, sh:datatype)."""
    out: list[tuple[Node, Node, Node]] = []
    integers = 0
    for i, (s, p, o) in enumerate(sorted(triples)):
        if i % 9 == 4:
            continue
        integer = isinstance(o, Literal) and o.datatype in (XSD.integer, XSD.positiveInteger, XSD.nonNegativeInteger)
        if integer:
            integers += 1
            if integers % 7 == 3:
                o = Literal(-int(o) - 1, datatype=o.datatype)
        out.append((s, p, o))
        if i % 11 == 6 and p != RDF.type and not integer:  # (the pre-pass reads seat counts as numbers)
            out.append((s, p, Literal(f"second value {i}")))
    return out


def results(run_graph: Graph, report: Graph) -> list[tuple[str, ...]]:
    """Every result (a list: duplicates count) as focus node, path, value, severity, component, shape,
    constraint and messages."""
    rows = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        rows.append(tuple(" ".join(sorted(o.n3() for o in report.objects(r, p)))
                          for p in (SH.focusNode, SH.resultPath, SH.value, SH.resultSeverity,
                                    SH.sourceConstraintComponent, SH.sourceShape, SH.sourceConstraint,
                                    SH.resultMessage)))
    return sorted(rows)


def test_synthetic_county_with_faults_same_results_at_once_and_per_value_node(store: Store) -> None:
    """What run_shacl changes in pySHACL's evaluation (graph/validation/shacl.py: property shapes once for
    all value nodes, sh:or members once per value) against pySHACL's own evaluation, per value node, on
    the same triples: the synthetic county's structure with faults put in."""
    triples = faulty(list(scoped_graph(store, scope_body(store, SYNTH))))
    shapes = load_shapes()
    runs = []
    for per_value_node in (False, True):
        g = DataGraph()
        g.add_triples(triples)
        runs.append(validate_graph(g.use_oxigraph(), SYNTH_AT, shapes, per_value_node=per_value_node))
    at_once, per_node = runs
    assert at_once.complete and per_node.complete
    assert at_once.conforms == per_node.conforms is False
    assert results(at_once.graph, at_once.results) == results(per_node.graph, per_node.results)
    components = {str(o).rsplit("#", 1)[-1] for o in at_once.results.objects(None, SH.sourceConstraintComponent)}
    # the faults reach what the shortcuts touch: property shapes, sh:or, SPARQL constraints, counts
    assert {"OrConstraintComponent", "MinCountConstraintComponent", "MaxCountConstraintComponent",
            "SPARQLConstraintComponent", "ClassConstraintComponent", "DatatypeConstraintComponent"} <= components
    print(f"\nfaulty synthetic county: {len(triples):,} triples, {len(results(at_once.graph, at_once.results))} "
          f"results; SHACL {at_once.seconds['shacl']:.1f} s at once, {per_node.seconds['shacl']:.1f} s per value node")
