"""Network projections, analyses and exports, checked against the records (issue #5)."""

from __future__ import annotations

import io
import json
from collections import Counter
from itertools import combinations
from pathlib import Path

import networkx as nx
import pytest
import yaml

from graph import config
from graph.cli import main
from graph.dates import InvalidDate
from graph.iris import DEFAULT_BASE, Iris
from graph.network import data as netdata
from graph.network.aggregate import aggregate_by_org, should_aggregate
from graph.network.analysis import analyse, communities, metrics, participation
from graph.network.data import NetworkData, load_data
from graph.network.export import export_bytes
from graph.network.projections import (
    KINDS,
    Filters,
    ego,
    ego_node,
    organisations,
    people,
    people_bodies,
    project,
    structure,
)
from graph.network.synthetic import synthetic
from graph.people import reconcile_people
from graph.records import load_corpus
from graph.stores import open_store

from .paths import RECORDS, SOURCES

ID = Iris(DEFAULT_BASE).id
LGL_MEETINGS = ("2025-12-12-lansgemensam-ledning", "2026-03-12-lansgemensam-ledning")


def person(s: str) -> str:
    return f"{ID}person/{s}"


def org(s: str) -> str:
    return f"{ID}org/{s}"


@pytest.fixture(scope="module")
def store(built_graph: Path):
    s = open_store("memory")
    s.load(built_graph)
    yield s
    s.close()


@pytest.fixture(scope="module")
def data(store) -> NetworkData:
    return load_data(store.select)


@pytest.fixture(scope="module")
def attendance_from_records() -> dict[str, dict[str, str | None]]:
    """Per meeting id: person slug -> organisation id given in the list (from the YAML records)."""
    corpus = load_corpus(RECORDS, SOURCES)
    people = reconcile_people(corpus)
    out: dict[str, dict[str, str | None]] = {}
    for path in sorted(RECORDS.glob("*.yaml")):
        rec = yaml.safe_load(path.read_text(encoding="utf-8"))
        for meeting in rec.get("meetings", []) or []:
            for lst in meeting.get("attendance", []) or []:
                for e in lst["entries"]:
                    out.setdefault(meeting["id"], {})[people.slug(str(e["name"]))] = e.get("org")
    return out


# queries --------------------------------------------------------------------------------------------
#: Network queries with no rows on the real data, and why (each is checked elsewhere).
EMPTY_ON_REAL_DATA = {
    "network_complete_member_lists.rq": "the records mark no complete member list (graph/asof.py clause 3); "
                                        "tests/test_asof.py checks the networks' reading of one on a marked copy",
}


def test_every_network_query_is_used_and_answers(store) -> None:
    seen: list[str] = []

    def recording(query: str):
        seen.append(query)
        return store.select(query)

    load_data(recording)
    files = sorted(config.QUERIES_DIR.glob("network_*.rq"))
    assert files
    for f in files:
        text = f.read_text(encoding="utf-8")
        runs = [q for q in seen if q.startswith(text)]
        assert runs, f"{f.name} is not used by load_data"
        if f.name in EMPTY_ON_REAL_DATA:
            continue
        assert store.select(text), f"{f.name} returns no rows on the real data"


def test_rows_come_in_a_stable_order(store) -> None:
    query = (config.QUERIES_DIR / "network_attendance.rq").read_text(encoding="utf-8")
    shuffled = list(reversed(store.select(query)))
    assert netdata.rows(lambda _: shuffled, query) == netdata.rows(store.select, query)


# people <-> people ----------------------------------------------------------------------------------
def test_people_weights_equal_meetings_together_in_the_records(data, attendance_from_records) -> None:
    g = people(data)
    expected: Counter = Counter()
    attendees = set()
    for persons in attendance_from_records.values():
        attendees |= set(persons)
        for a, b in combinations(sorted(persons), 2):
            expected[(a, b)] += 1
    assert {n.removeprefix(f"{ID}person/") for n in g} == attendees
    got = {tuple(sorted((u.removeprefix(f"{ID}person/"), v.removeprefix(f"{ID}person/")))): d["weight"]
           for u, v, d in g.edges(data=True)}
    assert got == dict(expected)
    assert g.number_of_edges() == len(expected)


def test_people_at_both_lgl_meetings_weigh_two_within_lgl(data, attendance_from_records) -> None:
    both = set(attendance_from_records[LGL_MEETINGS[0]]) & set(attendance_from_records[LGL_MEETINGS[1]])
    assert {"anna-hasselbom-trofast", "mats-petersson"} <= both
    g = people(data, Filters(body="lansgemensam-ledning"))
    for a, b in combinations(sorted(both), 2):
        assert g.edges[person(a), person(b)]["weight"] == 2, (a, b)
        assert g.edges[person(a), person(b)]["meetings"] == "2025-12-12; 2026-03-12"
    only_one = set(attendance_from_records[LGL_MEETINGS[0]]) ^ set(attendance_from_records[LGL_MEETINGS[1]])
    some = sorted(only_one)[0]
    for other in both:
        if g.has_edge(person(some), person(other)):
            assert g.edges[person(some), person(other)]["weight"] == 1
    # by date range, the same two meetings
    assert people(data, Filters(date_from="2025-12-01")).edges[
        person("anna-hasselbom-trofast"), person("mats-petersson")]["weight"] == 2
    # over all meetings, the 2024 presidiekonferens too
    assert people(data).edges[person("anna-hasselbom-trofast"), person("mats-petersson")]["weight"] == 3


def test_people_organisation_filter_keeps_its_people_and_whom_they_met(data) -> None:
    g = people(data, Filters(org="kalmar-kommun", date_from="2025-12-01"))
    scope_people = {n for n in g if g.nodes[n]["principal"] == org("kalmar-kommun")}
    assert person("anna-hasselbom-trofast") in scope_people
    assert all(u in scope_people or v in scope_people for u, v in g.edges)
    assert g.number_of_nodes() < people(data).number_of_nodes()


# organisations --------------------------------------------------------------------------------------
def test_region_and_kalmar_kommun_meet(data, attendance_from_records) -> None:
    g = organisations(data)
    e = g.edges[org("region-kalmar-lan"), org("kalmar-kommun")]
    both = [m for m, persons in attendance_from_records.items()
            if "kalmar-kommun" in persons.values() and "region-kalmar-lan" in persons.values()]
    assert len(both) >= 3
    assert e["meetings"] >= len(both)
    assert e["weight"] == e["meetings"] + e["bodies"]
    assert e["bodies"] >= 1  # both have ledamöter in Länsgemensam ledning
    assert g.nodes[org("region-kalmar-lan")]["kind"] == "region"
    assert g.nodes[org("kalmar-kommun")]["kind"] == "kommun"
    assert g.nodes[org("kommunforbundet-i-kalmar-lan")]["kind"] == "kommunforbund"
    # every kommun is a node, present or not
    assert {org(k) for k in ("borgholms-kommun", "vasterviks-kommun", "torsas-kommun")} <= set(g)


def test_units_roll_up_to_their_principal(data) -> None:
    g = organisations(data)
    assert org("halso-och-sjukvardsforvaltningen") not in g
    assert data.principal(org("barn-och-ungdomskliniken-kalmar")) == org("region-kalmar-lan")


def test_organisation_filter_is_an_ego_network(data) -> None:
    g = organisations(data, Filters(org="kalmar-kommun"))
    assert org("kalmar-kommun") in g
    assert set(g) == {org("kalmar-kommun")} | set(organisations(data).neighbors(org("kalmar-kommun")))


# people <-> bodies ------------------------------------------------------------------------------------
def test_people_bodies_is_bipartite_with_roles_and_periods(data) -> None:
    g = people_bodies(data)
    tops = {n for n, d in g.nodes(data=True) if d["bipartite"] == 0}
    assert nx.is_bipartite(g)
    assert all(g.nodes[n]["type"] == "person" for n in tops)
    assert all(g.nodes[n]["kind"] == "body" for n in set(g) - tops)
    e = g.edges[person("anna-hasselbom-trofast"), org("lansgemensam-ledning")]
    assert "ledamot" in e["role"] and "deltagare" in e["role"]
    assert e["meetings"] == 2
    assert e["start"] <= "2025-12-12" and e["end"] >= "2026-03-12"
    lgl_only = people_bodies(data, Filters(body="lansgemensam-ledning"))
    assert {n for n in lgl_only if lgl_only.nodes[n]["kind"] == "body"} == {org("lansgemensam-ledning")}


# structure ------------------------------------------------------------------------------------------
def test_structure_tree_from_lgl_to_holders(data) -> None:
    g = structure(data)
    root = org("lansgemensam-ledning-i-samverkan")
    assert g.in_degree(root) == 0
    groups = {org(f"samordnande-grupp-{name}") for name in ("barn-och-unga", "psykisk-halsa", "aldre")}
    assert groups <= set(g.successors(root))
    assert g.nodes[org("samordnande-grupp-aldre")]["level"] == 1
    seats = [n for n in g.successors(org("samordnande-grupp-barn-och-unga")) if g.nodes[n]["kind"] == "seat"]
    assert len(seats) == len([s for s in data.seats if s.body == org("samordnande-grupp-barn-och-unga")]) >= 8
    required = sum(g.nodes[s]["required"] for s in seats if g.nodes[s]["required"] > 0)
    assert required >= 13  # the composition rule: 1+1+1+1+3+3+1+2+1
    holders = {n for s in seats for n in g.successors(s)}
    assert person("lena-vilander-hamnert") in holders or person("lena-vilander-hamnert") in g
    assert all(g.nodes[n]["type"] == "person" for n in holders)
    assert nx.is_directed_acyclic_graph(g)


# analysis -------------------------------------------------------------------------------------------
def test_analysis_is_deterministic_and_sane(data) -> None:
    g = people(data)
    a, b = analyse("people", g), analyse("people", g)
    assert a == b
    assert a["nodes"] == g.number_of_nodes() and a["edges"] == g.number_of_edges()
    assert all(0.0 <= r["betweenness"] <= 1.0 for r in a["metrics"])
    assert {r["id"] for r in a["metrics"]} == set(g)
    assert sum(c["size"] for c in a["communities"]) == g.number_of_nodes()
    comms = communities(g)
    assert sorted(n for c in comms for n in c) == sorted(g)
    per_node, _ = metrics(g)
    anna = per_node[person("anna-hasselbom-trofast")]
    assert anna["degree"] == g.degree(person("anna-hasselbom-trofast"))
    assert anna["weighted_degree"] == g.degree(person("anna-hasselbom-trofast"), weight="weight")
    json.dumps(a)


def test_participation_per_kommun_and_meeting_matches_the_lists(data, attendance_from_records) -> None:
    part = participation(data, Filters(body="lansgemensam-ledning"))
    assert [m["meeting"].removeprefix(f"{ID}meeting/") for m in part["meetings"]] == list(LGL_MEETINGS)
    kommuner = {o for o in data.orgs if data.kind(o) == "kommun"}
    assert len(part["municipalities"]) == len(kommuner) == 12
    for m in part["meetings"]:
        listed = attendance_from_records[m["meeting"].removeprefix(f"{ID}meeting/")]
        present = {o for o in listed.values() if o and org(o) in kommuner}
        assert m["attendees"] == len(listed)
        assert m["kommuner_present"] == len(present)
        assert sorted(m["kommuner_absent"]) == sorted(data.label(k) for k in kommuner if k.removeprefix(
            f"{ID}org/") not in present)
    by_label = {m["label"]: m for m in part["municipalities"]}
    vastervik = by_label[data.label(org("vasterviks-kommun"))]
    expected = sum(1 for mid in LGL_MEETINGS if "vasterviks-kommun" in attendance_from_records[mid].values())
    assert vastervik["meetings_attended"] == expected


# exports and aggregation ----------------------------------------------------------------------------
@pytest.mark.parametrize("kind", list(KINDS))
def test_exports_round_trip(data, kind) -> None:
    g = project(kind, data)
    gexf = export_bytes(g, "gexf")
    graphml = export_bytes(g, "graphml")
    for read, raw in ((nx.read_gexf, gexf), (nx.read_graphml, graphml)):
        h = read(io.BytesIO(raw))
        assert h.number_of_nodes() == g.number_of_nodes()
        assert h.number_of_edges() == g.number_of_edges()
    assert b"viz:color" in gexf or b"<viz:color" in gexf or b"color r=" in gexf
    with pytest.raises(ValueError):
        export_bytes(g, "dot")


def test_aggregation_by_organisation() -> None:
    g = synthetic()
    assert should_aggregate(g) and not should_aggregate(g, "off") and should_aggregate(nx.Graph(), "on")
    h = aggregate_by_org(g)
    assert h.number_of_nodes() == 120
    assert sum(d["members"] for _, d in h.nodes(data=True)) == g.number_of_nodes()
    total = sum(d["weight"] for *_, d in g.edges(data=True))
    assert sum(d["weight"] for *_, d in h.edges(data=True)) + sum(d["internal"] for _, d in h.nodes(data=True)) == total
    with pytest.raises(ValueError):
        should_aggregate(g, "sometimes")


# filters and CLI ------------------------------------------------------------------------------------
def test_filters_refuse_what_they_cannot_use(data) -> None:
    with pytest.raises(ValueError):
        Filters(date_from="12/12/2025")
    with pytest.raises(ValueError):
        people(data, Filters(org="no-such-org"))
    with pytest.raises(ValueError):
        people(data, Filters(body="kalmar-kommun"))  # not a body
    assert Filters(body="Länsgemensam ledning").resolve(data).body == org("lansgemensam-ledning")


def test_cli_analyse_prints_tables_and_json(built_graph: Path, capsys) -> None:
    assert main(["analyse", "--graph", str(built_graph), "--top", "5"]) == 0
    out = capsys.readouterr().out
    for text in ("Personer som möts:", "Brobyggare", "Deltagande per kommun", "Deltagande per möte", "Västervik"):
        assert text in out
    assert main(["analyse", "people", "organisations", "--graph", str(built_graph), "--json",
                 "--body", "lansgemensam-ledning"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result["networks"]) == {"people", "organisations"}
    assert len(result["participation"]["meetings"]) == 2
    assert main(["analyse", "nonsense", "--graph", str(built_graph)]) == 2


def test_cli_viz_writes_html_gexf_graphml_json(built_graph: Path, tmp_path: Path, attendance_from_records) -> None:
    for kind in KINDS:
        out = tmp_path / f"{kind}.html"
        assert main(["viz", kind, "--out", str(out), "--graph", str(built_graph)]) == 0
        html = out.read_text(encoding="utf-8")
        assert 'id="viz-data"' in html and "vis.Network" in html
    assert main(["viz", "organisations", "--format", "gexf", "--out", str(tmp_path / "o.gexf"),
                 "--graph", str(built_graph)]) == 0
    assert nx.read_gexf(tmp_path / "o.gexf").number_of_nodes() > 12
    assert main(["viz", "people", "--out", str(tmp_path / "p.graphml"), "--graph", str(built_graph),
                 "--from", "2025-12-01"]) == 0
    lgl_attendees = set(attendance_from_records[LGL_MEETINGS[0]]) | set(attendance_from_records[LGL_MEETINGS[1]])
    assert nx.read_graphml(tmp_path / "p.graphml").number_of_nodes() == len(lgl_attendees)
    assert main(["viz", "people", "--out", str(tmp_path / "p.json"), "--graph", str(built_graph),
                 "--aggregate", "on"]) == 0
    analysis = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert analysis["aggregated"] and analysis["nodes"] < analysis["projection_nodes"]


# the date filter means overlap with the days the as-of rule holds a membership (graph/asof.py) -----
def test_a_membership_holds_from_its_beginning_until_it_is_ended(data) -> None:
    begun = [m for m in data.memberships if m.begin == "2025-12-12" and m.end is None and data.is_body(m.org)]
    # the three seated on 2025-12-12 (README's worked example) hold on, so they count from 2026 on
    assert {data.label(m.person) for m in begun} >= {"Petra Hornstra", "Rebecka Nilsson", "Simon Edberg"}
    for m in begun:
        assert m.interval == ("2025-12-12", None)
        g = people_bodies(data, Filters("2026-01-01", None, m.org))
        assert g.has_edge(m.person, m.org), data.label(m.person)
        assert structure(data, Filters("2026-03-12", "2026-03-12", m.org)).has_node(m.person)
    # ended by the decision of 2025-12-12: the end day no longer counts, and the end shows they held
    # back to the previous document about the body (2025-11-07), as the as-of rule says (graph/asof.py)
    ended = [m for m in data.memberships if m.end == "2025-12-12"]
    assert {data.label(m.person) for m in ended} >= {"Chris Landergren", "Charlotte Ohlsén"}
    for m in ended:
        assert m.overlaps("2025-12-11", "2025-12-11") and not m.overlaps("2025-12-12", None)
    ohlsen = next(m for m in ended if data.label(m.person) == "Charlotte Ohlsén")
    assert ohlsen.interval == ("2025-11-07", "2025-12-11")
    g = people_bodies(data, Filters(None, "2025-12-11", ohlsen.org))
    assert g.has_edge(ohlsen.person, ohlsen.org)
    assert not people_bodies(data, Filters("2025-12-12", None, ohlsen.org)).has_edge(ohlsen.person, ohlsen.org)


def test_psykisk_halsa_from_2026_draws_simon_edberg(data) -> None:
    g = people_bodies(data, Filters("2026-01-01", None, "samordnande-grupp-psykisk-halsa"))
    assert person("simon-edberg") in g and g.nodes[person("simon-edberg")]["label"] == "Simon Edberg"


@pytest.mark.parametrize("bad", ["2026-13-45", "2026-02-30", "abc", "2026-1-5"])
def test_impossible_dates_are_refused_naming_the_parameter(bad: str) -> None:
    with pytest.raises(InvalidDate) as caught:
        Filters(date_from=bad)
    assert caught.value.name == "from" and bad in str(caught.value)
    with pytest.raises(ValueError, match="after"):
        Filters("2026-05-01", "2026-01-01")


@pytest.mark.parametrize("command", ["analyse", "viz"])
def test_cli_exits_2_naming_the_flag(command: str, built_graph: Path, tmp_path: Path, capsys) -> None:
    args = [command, "--graph", str(built_graph), "--to", "2026-02-30"]
    if command == "viz":
        args[1:1] = ["people", "--out", str(tmp_path / "x.html")]
    with pytest.raises(SystemExit) as caught:
        main(args)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "--to" in err and "2026-02-30" in err and "no such day" in err
    assert not (tmp_path / "x.html").exists()


def test_bodies_are_named_with_their_parent(data) -> None:
    process = org("processgrupp-barn-och-unga")
    assert data.orgs[process].label == "Processgrupp"
    assert data.label(process) == "Processgrupp (Samordnande grupp Barn och unga)"
    assert data.label(org("samordnande-grupp-psykisk-halsa")) == "Samordnande grupp Psykisk hälsa"


def test_ego_view_lists_the_groups_and_whom_one_meets_there(data) -> None:
    edberg = ego_node(data, "simon edberg")
    assert edberg == person("simon-edberg") and ego_node(data, "simon-edberg") == edberg
    with pytest.raises(ValueError, match="no person"):
        ego_node(data, "Nobody Atall")
    lo, hi = "2025-01-01", "2026-12-31"
    g = ego(data, edberg, Filters(lo, hi))
    groups = {m.org for m in data.memberships_of[edberg] if data.is_body(m.org) and m.overlaps(lo, hi)}
    assert set(g.neighbors(edberg)) >= groups
    for body in groups:
        fellows = {m.person for m in data.memberships if m.org == body and m.person != edberg and m.overlaps(lo, hi)}
        assert fellows <= set(g.neighbors(body))
        for other in fellows:
            assert data.label(body) in g.nodes[other]["through"]


def test_organisations_of_one_structure_show_its_kommuner_only(data) -> None:
    g = organisations(data, Filters(body="lansgemensam-ledning-i-samverkan"))
    kommuner = {n for n in g if data.kind(n) == "kommun"}
    # in the real graph every kommun is Kalmar län's and takes part in LGL
    assert kommuner == set(data.municipalities()) and len(kommuner) == 12
    lonely = organisations(data, Filters(body="processgrupp-barn-och-unga"))
    assert {n for n in lonely if data.kind(n) == "kommun"} <= kommuner
