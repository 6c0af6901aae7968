"""The one minting module (graph/iris.py): the build's IRIs and the synthetic data's N-Triples terms
come from the same patterns, and the server's paths map back to them."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from graph.iris import (
    DEFAULT_BASE,
    HOME_ORG,
    ID_PATH,
    ID_ROUTE,
    PASSAGE_PATH,
    Iris,
    Terms,
    base_from_space,
    lines_anchor,
)

BASE = DEFAULT_BASE


def test_patterns_pinned() -> None:
    """Every pattern's IRI, as the published data has it (changing one breaks every link to the data)."""
    i = Iris(BASE)
    ID = BASE + "id/"
    assert i.doc("2025-introduktion") == URIRef(ID + "doc/2025-introduktion")
    assert i.passage("d", (3, 3)) == URIRef(ID + "doc/d/lines/3")
    assert i.passage("d", (3, 5)) == URIRef(ID + "doc/d/lines/3-5")
    assert i.people_graph() == URIRef(ID + "graph/people")
    assert i.people_graph("synth-kalmar-") == URIRef(ID + "graph/synth-kalmar-people")
    assert i.org("region-kalmar-lan") == URIRef(ID + "org/region-kalmar-lan")
    assert i.home_structure() == URIRef(ID + "org/" + HOME_ORG)
    assert i.seat("g", ["Ledamot", "", "Region Kalmar län"]) == URIRef(ID + "org/g/seat/ledamot-region-kalmar-lan")
    assert i.person("petra-hornstra") == URIRef(ID + "person/petra-hornstra")
    assert i.membership("p", "ledamot", "g") == URIRef(ID + "membership/p/ledamot/g")
    assert i.membership("p", "ledamot", "g", "g") == URIRef(ID + "membership/p/ledamot/g")
    assert i.membership("p", "ledamot", "g", "k") == URIRef(ID + "membership/p/ledamot/g/for/k")
    assert i.date("2025-12-12") == URIRef(ID + "date/2025-12-12")
    assert i.meeting("m") == URIRef(ID + "meeting/m")
    assert i.item("m", 4, 120) == URIRef(ID + "meeting/m/item/4")
    assert i.item("m", None, 120) == URIRef(ID + "meeting/m/item/l120")
    assert i.attendance_list("m", "ledamoter", 30, True) == URIRef(ID + "meeting/m/list/ledamoter")
    assert i.attendance_list("m", "ledamoter", 30, False) == URIRef(ID + "meeting/m/list/ledamoter-l30")
    assert i.attendance("m", "p") == URIRef(ID + "meeting/m/attendance/p")
    assert i.previous_protocol("m") == URIRef(ID + "meeting/m/previous-protocol")
    assert i.decision("d") == URIRef(ID + "decision/d")
    assert i.work("w") == URIRef(ID + "work/w")
    assert i.goal("w", "delmal", 2) == URIRef(ID + "work/w/goal/delmal-2")
    assert i.goal("w", "vision", None) == URIRef(ID + "work/w/goal/vision")
    assert i.funding("f") == URIRef(ID + "funding/f")
    m = i.membership("p", "ledamot", "g")
    assert Iris.period(m) == URIRef(str(m) + "/period")
    assert Iris.indicator(i.decision("d")) == URIRef(ID + "decision/d/indicator")
    assert Iris.child(m, "a", "b") == URIRef(str(m) + "/a/b")
    assert Iris.theme(i.item("2024-03-01-presidiekonferens", None, 111), 115) == URIRef(
        ID + "meeting/2024-03-01-presidiekonferens/item/l111/theme/l115")
    f = i.funding("stimulansmedel-2025")
    assert Iris.funding_share(f, "part", "Starkt suicidpreventivt arbete") == URIRef(
        ID + "funding/stimulansmedel-2025/part/starkt-suicidpreventivt-arbete")
    assert Iris.funding_share(f, "allocation", "Kvarvarande medel fördelas jämnt, regionens del",
                              "region-kalmar-lan") == URIRef(ID + "funding/stimulansmedel-2025/allocation/"
                                                             "kvarvarande-medel-fordelas-jamnt-regionens-del-region-kalmar-lan")
    assert Iris.statement(i.person("p"), "d", (3, 4), "text") == URIRef(ID + "person/p/statement/d-3-372ea08c")


def test_terms_are_the_same_iris_as_ntriples() -> None:
    """Terms (the synthetic data's) mint exactly Iris's IRIs, written as N-Triples terms."""
    i, t = Iris("https://example.org/x/"), Terms("https://example.org/x/")
    calls = [("doc", ("d",)), ("passage", ("d", (1, 2))), ("people_graph", ("synth-x-",)), ("org", ("o",)),
             ("home_structure", ()), ("seat", ("g", ["ordförande"])), ("person", ("p",)),
             ("membership", ("p", "ledamot", "g", "k")), ("date", ("2025",)), ("meeting", ("m",)),
             ("item", ("m", 2, 9)), ("attendance_list", ("m", "ovriga", 9, True)), ("attendance", ("m", "p")),
             ("previous_protocol", ("m",)), ("decision", ("d",)), ("work", ("w",)), ("goal", ("w", "mal", 1)),
             ("funding", ("f",))]
    for name, args in calls:
        made, term = getattr(i, name)(*args), getattr(t, name)(*args)
        assert isinstance(made, URIRef) and type(term) is str
        assert term == f"<{made}>", name
    m, mt = i.membership("p", "r", "o"), t.membership("p", "r", "o")
    assert Terms.period(mt) == f"<{Iris.period(m)}>"
    assert Terms.indicator(t.decision("d")) == f"<{Iris.indicator(i.decision('d'))}>"
    assert Terms.statement(mt, "d", (1, 1), "x") == f"<{Iris.statement(m, 'd', (1, 1), 'x')}>"


def test_server_paths_map_back() -> None:
    """The server's /id/{path} route gives back the IRI; a passage's path links to its document's lines."""
    i = Iris(BASE)
    iri = i.passage("2025-introduktion", (120, 124))
    path = str(iri)[len(BASE) - 1:]
    assert path.startswith("/" + ID_PATH)
    assert i.under(path[len("/" + ID_PATH):]) == str(iri)
    m = PASSAGE_PATH.match(path)
    assert m and m.groups() == ("/id/doc/2025-introduktion", "120", "124")
    assert lines_anchor(*m.groups()[1:]) == "#L120-L124"
    assert lines_anchor(7) == lines_anchor(7, 7) == lines_anchor("7", None) == "#L7"
    assert i.prefixes()["person"] == BASE + "id/person/"


def test_the_dataset_and_local_paths_of_a_base() -> None:
    """The dataset records its base at <base>id/dataset in <base>id/graph/dataset; the server answers an
    IRI of the id space (and the Graph Store's own graphs) at its path, on any host; nothing else."""
    iris = Iris("https://example.org/k/")
    assert str(iris.dataset()) == "https://example.org/k/id/dataset"
    assert str(iris.dataset_graph()) == "https://example.org/k/id/graph/dataset"
    assert base_from_space(iris.id) == "https://example.org/k/"
    with pytest.raises(ValueError):
        base_from_space("https://example.org/k/data/")
    assert iris.local_path(str(iris.person("anna"))) == ID_ROUTE + "person/anna"
    assert iris.local_path("https://example.org/k/rdf-graph-store/mine") == "/rdf-graph-store/mine"
    assert iris.local_path("https://example.org/k/ontology#Meeting") is None
    assert iris.local_path("https://example.org/other/id/person/anna") is None
    assert DEFAULT_BASE.startswith("https://w3id.org/") and Iris(DEFAULT_BASE).id == DEFAULT_BASE + ID_PATH
