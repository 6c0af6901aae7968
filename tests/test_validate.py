"""SHACL validation on small fixture graphs: a fully staffed graph conforms; each fixture breaks
exactly one rule (tests/fixtures/shapes/*.ru, a SPARQL Update on base.ttl) and gets exactly one
result, with its focus node, path, severity and message in Swedish and English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rdflib import OWL, RDF, Graph, Literal, Namespace, URIRef

from graph import config
from graph.config import LGL, ORG, TIME
from graph.validation import DataGraph, Report, graph_from_file, load_ontology, load_shapes, select, validate_graph

FIXTURES = Path(__file__).parent / "fixtures" / "shapes"
EX = Namespace("http://example.org/id/")
SH = Namespace("http://www.w3.org/ns/shacl#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
AT = dt.date(2026, 3, 12)

# fixture -> (severity, focus, path, value or None, words of the Swedish message, words of the English one)
EXPECTED: dict[str, tuple[str, URIRef, URIRef, URIRef | Literal | None, str, str]] = {
    "structure_membership_without_member": (
        "Violation", EX["m/s"], ORG.member, None, "exakt en person", "exactly one person"),
    "structure_membership_without_organisation": (
        "Violation", EX["m/s"], ORG.organization, None, "exakt en organisation", "exactly one organisation"),
    "structure_membership_organisation_not_an_organisation": (
        "Violation", EX["m/s"], ORG.organization, EX["person/p02"],
        "exakt en organisation", "exactly one organisation"),
    "structure_decision_without_meeting": (
        "Violation", EX["decision/byte"], LGL.decidedAt, None, "exakt ett möte", "exactly one meeting"),
    "structure_person_two_names": (
        "Violation", EX["person/p02"], FOAF.name, None, "exakt ett namn", "exactly one name"),
    "structure_item_number_not_integer": (
        "Violation", EX["meeting/m1/item/1"], LGL.itemNumber, Literal("ett"), "positivt heltal", "positive integer"),
    "structure_date_out_of_bounds": (
        "Violation", EX["date/2150-01-01"], TIME.inXSDDate, None, "mellan 1900 och 2100", "between 1900 and 2100"),
    "structure_passage_lines_reversed": (
        "Violation", EX["doc/d1/lines/1-2"], LGL.startLine, None, "efter sin sista rad", "after its last line"),
    "structure_seat_count_not_integer": (
        "Violation", EX["org/g/seat/representant-kommun"], LGL.requiredCount, None,
        "ett heltal från 1", "an integer from 1"),
    "structure_seat_from_and_per": (
        "Violation", EX["org/l/seat/ledamot-socialchef-per-kommun"], LGL.perOrganisationOfKind, LGL.Municipality,
        "mer än ett av", "more than one of"),
    "time_end_before_beginning": (
        "Violation", EX["m/s/period"], TIME.hasEnd, EX["date/2024-06-01"],
        "slutar 2024-06-01, före sin början 2025-01-01", "ends on 2024-06-01, before it begins on 2025-01-01"),
    "time_observed_after_end": (
        "Violation", EX["m/s/period"], TIME.inside, EX["date/2026-03-12"],
        "observerad 2026-03-12, efter periodens slut 2025-06-01", "observed on 2026-03-12, after the period ended"),
    "time_began_after_former": (
        "Violation", EX["m/s/period"], TIME.before, EX["date/2024-06-01"],
        "början 2025-01-01 ligger inte före 2024-06-01", "beginning 2025-01-01 is not before 2024-06-01"),
    "time_former_observed_later": (
        "Warning", EX["m/s/period"], TIME.inside, EX["date/2026-03-12"],
        "fast posten var tidigare redan 2025-06-01", "although the post was already former on 2025-06-01"),
    "composition_seat_unfilled": (
        "Warning", EX["org/g/seat/representant-hab-rehab"], LGL.requiredCount, None,
        "0 av 1 tillsatta den 2026-03-12, 1 saknas. Dokumenten kan vara ofullständiga",
        "0 of 1 filled on 2026-03-12, 1 missing. The documents may be incomplete"),
    "composition_seat_overfilled": (
        "Warning", EX["org/g/seat/ordforande"], LGL.requiredCount, None,
        "2 innehavare den 2026-03-12, regeln anger 1 (1 för många)", "2 holders on 2026-03-12, the rule says 1"),
    "composition_rule_changed": (
        "Warning", EX["org/g/seat/representant-kommun"], LGL.requiredCount, None,
        "3 av 4 tillsatta", "3 of 4 filled on 2026-03-12, 1 missing"),
    "composition_per_kommun_missing": (
        "Warning", EX["org/l/seat/ledamot-socialchef-per-kommun"], LGL.perOrganisationOfKind, EX["org/kommun-b"],
        "B kommun: 0 av minst 1 tillsatta", "B kommun: 0 of at least 1 filled"),
    "consistency_two_seats_observed": (
        "Warning", EX["m/p05"], ORG.member, EX["person/p05"],
        "Eva Kommuna har två platser i Gruppen den 2026-03-12", "Eva Kommuna holds two seats in Gruppen on 2026-03-12"),
    "consistency_two_seats_dated": (
        "Violation", EX["m/p05"], ORG.member, EX["person/p05"],
        "Eva Kommuna har två platser i Gruppen", "representative (since 2025-01-01) and representative"),
    "consistency_replacement_other_seat": (
        "Violation", EX["decision/byte"], LGL.endsMembership, EX["m/p15"],
        "inte är samma plats", "not the same seat"),
    "consistency_replacement_began_after": (
        "Violation", EX["decision/byte"], LGL.endsMembership, EX["m/p15"],
        "Olle Forre, vars uppdrag började först 2026-03-12", "they did not hold the seat before the decision"),
    "consistency_replacement_no_evidence": (
        "Warning", EX["decision/byte"], LGL.endsMembership, EX["m/p15"],
        "inget dokument visar att hen hade platsen", "no document shows them holding the seat"),
    "consistency_ledamot_not_member": (
        "Info", EX["meeting/m1/attendance/p02"], LGL.attendee, EX["person/p02"],
        "Bo Vice står bland närvarande ledamöter i Ledningen den 2026-03-12", "a gap in the data"),
}


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def base() -> DataGraph:
    return graph_from_file(FIXTURES / "base.ttl")


def validate_fixture(base: DataGraph, shapes: Graph, ontology: Graph, update: str | None = None) -> Report:
    plain = Graph()
    for t in base:
        plain.add(t)
    if update:
        plain.update(update)
    # the terms as a built file's arrive: rdflib leaves a literal made by an update unchecked (ill_typed
    # None), so an ill-typed value would pass sh:datatype here and nowhere else
    g = DataGraph()
    g.parse(data=plain.serialize(format="nt"), format="nt")
    return Report.from_run(validate_graph(g, AT, shapes, ontology))


def test_every_fixture_is_listed() -> None:
    assert {p.stem for p in FIXTURES.glob("*.ru")} == set(EXPECTED)


def test_every_ontology_class_has_a_shape(shapes: Graph) -> None:
    onto = Graph().parse(config.ONTOLOGY_DIR / "lgl.ttl")
    classes = {c for c in onto.subjects(RDF.type, OWL.Class) if str(c).startswith(str(LGL))}
    targeted = set(shapes.objects(None, SH.targetClass))
    assert len(classes) > 50
    assert classes - targeted == set()
    # and the W3C classes the data leans on
    assert {FOAF.Person, ORG.Membership, ORG.Organization, ORG.Role, TIME.Interval, TIME.Instant} <= targeted


def test_fully_staffed_fixture_group_conforms(base: DataGraph, shapes: Graph, ontology: Graph) -> None:
    report = validate_fixture(base, shapes, ontology)
    assert report.conforms
    assert report.problems == []  # not even a warning
    group = next(t for t in report.groups if t.name == "Gruppen")
    assert [(r.required, r.filled, r.missing) for r in group.rows if r.required == 3] == [(3, 3, 0), (3, 3, 0)]
    assert sum(r.filled for r in group.rows) == 14
    region = next(r for r in group.rows if r.label["en"] == "representative from Regionen")
    # one of them comes from the region through a post at a unit of it
    assert {h.name for h in region.holders} == {"Hans Regiona", "Ida Regionb", "Jan Regionc"}
    kommun = next(r for r in group.rows if r.label["en"] == "representative from a municipality")
    assert "Olle Forre" not in {h.name for h in kommun.holders}  # replaced on the validation day
    ledning = next(t for t in report.groups if t.name == "Ledningen")
    assert [(r.for_label, [h.name for h in r.holders]) for r in ledning.rows] == [
        ("A kommun", ["Siv Socialchefa"]), ("B kommun", ["Stig Socialchefb"]), ("C kommun", ["Sune Socialchefc"])]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_breaks_exactly_one_rule(name: str, base: DataGraph, shapes: Graph, ontology: Graph) -> None:
    severity, focus, path, value, sv, en = EXPECTED[name]
    report = validate_fixture(base, shapes, ontology, (FIXTURES / f"{name}.ru").read_text(encoding="utf-8"))
    assert len(report.problems) == 1, [(p.severity, p.focus, p.path, p.message["en"]) for p in report.problems]
    problem = report.problems[0]
    assert problem.severity == severity
    assert problem.focus == str(focus)
    assert problem.path == str(path)
    if value is not None:
        assert problem.value == str(value)
    assert sv in problem.message["sv"], problem.message
    assert en in problem.message["en"], problem.message
    assert report.conforms == (severity != "Violation")
    text = report.text("en")
    if problem.shape and problem.shape.rsplit("#", 1)[-1] in ("SeatFilled", "SeatNotOverfilled"):
        assert "No problems in the data." in text  # shown in the seat table, not as a problem
    else:
        assert en in " ".join(text.split())


RULE_CASES = """
    @prefix org: <http://www.w3.org/ns/org#> . @prefix time: <http://www.w3.org/2006/time#> .
    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix dcterms: <http://purl.org/dc/terms/> .
    @prefix lgl: <https://w3id.org/samverkan-kalmar/ontology#> . @base <http://example.org/> .
    <d1> time:inXSDDate "2026-03-12"^^xsd:date . <d0> time:inXSDDate "2026-03-11"^^xsd:date .
    <d2> time:inXSDDate "2026-03-13"^^xsd:date . <y25> time:inXSDgYear "2025"^^xsd:gYear .
    <y26> time:inXSDgYear "2026"^^xsd:gYear . <d9> time:inXSDDate "2026-01-10"^^xsd:date .
    <g> dcterms:source <g-p1>, <g-p2> . <g-p1> dcterms:isPartOf <doc1> . <doc1> dcterms:date "2026-01-10"^^xsd:date .
    <g-p2> dcterms:isPartOf <doc2> . <doc2> dcterms:date "2026-03-12"^^xsd:date .
    <seen-before> a org:Membership ; org:organization <g> ; org:memberDuring [ time:inside <d0> ] .
    <seen-later> a org:Membership ; org:organization <g> ; org:memberDuring [ time:inside <d2> ] .
    <no-dates> a org:Membership ; org:organization <g> ; org:memberDuring [ a time:Interval ] .
    <begins-today> a org:Membership ; org:organization <g> ; org:memberDuring [ time:hasBeginning <d1> ] .
    <begins-tomorrow> a org:Membership ; org:organization <g> ;
        org:memberDuring [ time:hasBeginning <d2> ; time:inside <d0> ] .
    <ends-today> a org:Membership ; org:organization <g> ; org:memberDuring [ time:hasEnd <d1> ; time:inside <d0> ] .
    <ends-tomorrow-seen-then> a org:Membership ; org:organization <g> ;
        org:memberDuring [ time:hasEnd <d2> ; time:inside <d2> ] .
    <former-today> a org:Membership ; org:organization <g> ; org:memberDuring [ time:before <d1> ; time:inside <d0> ] .
    <former-tomorrow> a org:Membership ; org:organization <g> ; org:memberDuring [ time:before <d2> ] .
    <former-2025> a org:Membership ; org:organization <g> ; org:memberDuring [ time:before <y25> ; time:inside <y25> ] .
    <begins-2026> a org:Membership ; org:organization <g> ; org:memberDuring [ time:hasBeginning <y26> ] .
    <ends-2026> a org:Membership ; org:organization <g> ; org:memberDuring [ time:hasEnd <y26> ; time:inside <d0> ] .
    <ends-later-no-doc-between> a org:Membership ; org:organization <g> ;
        org:memberDuring [ time:hasEnd <d2> ] .
"""


@pytest.mark.parametrize("at, held", [
    # 2026-03-12: started (beginning, else a sighting, else an end after D with no document about the
    # body between D and the end), not ended (the end day no longer counts), not former
    ("2026-03-12", {"seen-before", "begins-today", "ends-tomorrow-seen-then", "former-tomorrow",
                    "begins-2026", "ends-2026", "ends-later-no-doc-between"}),
    # 2026-03-11: the body's document of 2026-03-12 lies between D and the end of 2026-03-13, so a
    # membership known only from that end does not reach back to D; one seen on D does
    ("2026-03-11", {"seen-before", "ends-today", "former-today", "begins-2026", "ends-2026"}),
])
def test_the_as_of_rule(at: str, held: set[str]) -> None:
    """queries/asof_memberships.rq (graph/asof.py) on rdflib and on Oxigraph: the same answer."""
    import pyoxigraph as ox

    from graph.asof import asof_query

    g = Graph().parse(data=RULE_CASES, format="turtle")
    text = asof_query([at])
    on_rdflib = {str(r["membership"]).rsplit("/", 1)[-1] for r in g.query(text)}
    store = ox.Store()
    store.load(RULE_CASES.encode(), format=ox.RdfFormat.TURTLE)
    on_oxigraph = {s["membership"].value.rsplit("/", 1)[-1] for s in store.query(text)}
    assert on_rdflib == held
    assert on_oxigraph == held


def test_a_complete_member_list_ends_those_it_leaves_out() -> None:
    """Clause 3: a complete member list of the body, dated after a membership's latest sighting, ends
    the memberships whose holder it leaves out (the real records mark no such list)."""
    from graph.asof import asof_query

    g = Graph().parse(data="""
        @prefix org: <http://www.w3.org/ns/org#> . @prefix time: <http://www.w3.org/2006/time#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix dcterms: <http://purl.org/dc/terms/> .
        @prefix lgl: <https://w3id.org/samverkan-kalmar/ontology#> . @base <http://example.org/> .
        <d0> time:inXSDDate "2025-01-01"^^xsd:date . <d1> time:inXSDDate "2026-01-01"^^xsd:date .
        <left-out> a org:Membership ; org:organization <g> ; org:member <p1> ; org:memberDuring [ time:inside <d0> ] .
        <listed> a org:Membership ; org:organization <g> ; org:member <p2> ; org:memberDuring [ time:inside <d0> ] .
        <seen-on-the-list-day> a org:Membership ; org:organization <g> ; org:member <p3> ;
            org:memberDuring [ time:inside <d1> ] .
        <list> a lgl:AttendanceList ; lgl:completeMemberListOf <g> ; lgl:atMeeting <meeting> .
        <meeting> dcterms:date "2026-01-01"^^xsd:date .
        [] lgl:attendanceList <list> ; lgl:attendee <p2> .
    """, format="turtle")
    held = {d: {str(r["membership"]).rsplit("/", 1)[-1] for r in g.query(asof_query([d]))}
            for d in ("2025-12-31", "2026-01-01")}
    assert held["2025-12-31"] == {"left-out", "listed"}
    assert held["2026-01-01"] == {"listed", "seen-on-the-list-day"}


def test_last_confirmed_is_the_latest_evidence_on_or_before_the_date() -> None:
    from graph.asof import last_confirmed

    assert last_confirmed(["2025-11-07", "2026-03-12"], None, "2026-01-01") == "2025-11-07"
    assert last_confirmed(["2025-11-07", "2026-03-12"], None, "2026-03-12") == "2026-03-12"
    assert last_confirmed(["2025-12-12"], None, "2025-12-11") is None
    assert last_confirmed(["2025"], "2024-05-01", "2025-06-01") == "2025"


def test_values_substitution_needs_the_values_block() -> None:
    with pytest.raises(ValueError, match="VALUES"):
        select(Graph(), "validation_dates.rq", {"at": [Literal("2026-03-12")]})


def test_the_collector_is_paused_during_a_validation_and_runs_again_after() -> None:
    """graph/collector.py collector_paused, as graph/validation/run.py takes it: nested runs keep it
    paused until the outer one ends; a collector someone else had disabled stays disabled."""
    import gc

    from graph.validation.run import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("a failed validation")
    assert gc.isenabled()


def test_the_shortcuts_are_taken_only_by_the_run_that_asks(base: DataGraph, shapes: Graph, ontology: Graph,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """graph/validation/shacl.py evaluation_shortcuts: fewer pySHACL shape evaluations (counted as
    Shape.value_nodes calls) in our runs than per value node, with the same report; a plain pySHACL run
    in another thread while ours is under way evaluates per value node, as pySHACL does alone."""
    import threading

    import pyshacl
    from pyshacl.shape import Shape

    from graph.validation.shacl import evaluation_shortcuts

    calls = {"n": 0}
    original = Shape.value_nodes

    def counted(self: Shape, *args: object, **kwargs: object) -> object:
        calls["n"] += 1
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Shape, "value_nodes", counted)

    def evaluations(per_value_node: bool) -> tuple[int, dict[str, int]]:
        g = DataGraph()
        g.add_triples(base)
        calls["n"] = 0
        run = validate_graph(g, AT, shapes, ontology, per_value_node=per_value_node)
        return calls["n"], Report.from_run(run).counts

    at_once, per_node = evaluations(False), evaluations(True)
    assert at_once[1] == per_node[1]
    assert at_once[0] < per_node[0] / 2, (at_once[0], per_node[0])
    plain = DataGraph()
    plain.add_triples(base)
    validate_graph(plain, AT, shapes, ontology, per_value_node=True)  # the pre-pass's triples, then plain pySHACL
    counts = []

    def plain_run() -> None:
        calls["n"] = 0
        pyshacl.validate(plain, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True)
        counts.append(calls["n"])

    with evaluation_shortcuts():
        thread = threading.Thread(target=plain_run)
        thread.start()
        thread.join()
    assert counts == [per_node[0]], (counts, per_node[0])
