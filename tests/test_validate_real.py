"""Validation of the real graph: the seat table of Samordnande grupp Barn och unga as of 2026-03-12
(and before the 2025-12-12 replacements), the report's outputs, and the `samverkan validate` command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from rdflib import RDF, Dataset, Graph, Namespace

from graph.build import build_to_file
from graph.cli import main
from graph.validation import GroupTable, Report, SeatRow, graph_from_dataset, run_validation

SH = Namespace("http://www.w3.org/ns/shacl#")
BARN_OCH_UNGA = "Samordnande grupp Barn och unga"


def validate_real(dataset: Dataset, day: dt.date) -> Report:
    report = Report.from_run(run_validation(graph_from_dataset(dataset), day))
    s = report.seconds
    print(f"\nvalidating the real graph as of {day}: {s['total']:.1f} s "
          f"(pre-pass {s['prepass']:.1f} s, SHACL {s['shacl']:.1f} s)")
    return report


@pytest.fixture(scope="module")
def report(dataset: Dataset) -> Report:
    return validate_real(dataset, dt.date(2026, 3, 12))


def group(report: Report, name: str) -> GroupTable:
    return next(t for t in report.groups if t.name == name)


def row(table: GroupTable, label_en: str) -> SeatRow:
    return next(r for r in table.rows if r.label["en"] == label_en)


def names(r: SeatRow) -> list[str]:
    return [h.name for h in r.holders]


def test_real_data_is_well_formed(report: Report) -> None:
    assert report.conforms, [p.message["en"] for p in report.problems if p.severity == "Violation"]
    assert report.seconds["total"] < 300


def test_barn_och_unga_as_of_2026_03_12(report: Report) -> None:
    t = group(report, BARN_OCH_UNGA)
    assert names(row(t, "chair")) == ["Cecilia Wahlström"]
    vice = row(t, "vice chair")
    assert set(names(vice)) == {"Mats Petersson", "Pernilla Gustafsson"} and vice.surplus == 1
    assert names(row(t, "development lead from Region Kalmar län")) == ["Denise Göransson"]
    kfkl = row(t, "development lead from Kommunförbundet i Kalmar län")
    # the 2026-03-12 holder first; the 2025-11-07 one is shown too, with the date she was last seen
    assert names(kfkl) == ["Sanna Hallgren", "Margit Lindholm Johansson"]
    assert kfkl.holders[0].observed == ["2026-03-12"] and kfkl.holders[1].observed == ["2025-11-07"]
    region = row(t, "representative from Region Kalmar län")
    assert names(region) == ["Petra Hornstra"] and region.holders[0].begin == "2025-12-12" and region.missing == 2
    hab = row(t, "representative for Samverkansområdesgrupp Hab/Rehab")
    assert names(hab) == ["Rebecka Nilsson"] and hab.missing == 0
    # the seats the documents do not show filled
    missing = {r.label["en"]: r.missing for r in t.rows if r.missing}
    assert missing == {
        "representative from a municipality": 3,
        "representative from Region Kalmar län": 2,
        "representative for Samverkansområdesgrupp Folkhälsa": 1,
        "representative for Samverkansområdesgrupp Brukarmedverkan "
        "(appointed by Samverkansområdesgrupp Brukarmedverkan)": 2,
    }
    everyone = {h.name for r in t.rows for h in r.holders}
    assert "Charlotte Ohlsén" not in everyone and "Chris Landergren" not in everyone  # replaced 2025-12-12


def test_barn_och_unga_before_the_replacements(dataset: Dataset) -> None:
    t = group(validate_real(dataset, dt.date(2025, 12, 1)), BARN_OCH_UNGA)
    everyone = {h.name for r in t.rows for h in r.holders}
    assert {"Charlotte Ohlsén", "Chris Landergren"} <= everyone
    assert not {"Petra Hornstra", "Rebecka Nilsson"} & everyone  # they begin on 2025-12-12


def test_the_other_bodies_have_seat_tables(report: Report) -> None:
    assert {t.name for t in report.groups} >= {BARN_OCH_UNGA, "Samordnande grupp Psykisk hälsa",
                                              "Samordnande grupp Äldre", "Länsgemensam ledning", "Presidiemöten"}
    lgl = group(report, "Länsgemensam ledning")
    socialchef = {r.for_label: names(r) for r in lgl.rows if "head of social services" in r.label["en"]}
    assert len(socialchef) == 12  # one seat per kommun
    assert "Cecilia Wahlström" in next(v for k, v in socialchef.items() if k and k.startswith("Oskarshamn"))
    citizens = next(r for r in lgl.rows if "citizen representative" in r.label["en"])
    assert set(names(citizens)) == {"Rune Jansson", "Annelie Hawlitzky"} and citizens.required is None
    psykisk = group(report, "Samordnande grupp Psykisk hälsa")
    assert names(row(psykisk, "representative from Region Kalmar län")) == ["Simon Edberg"]


def test_text_report_in_both_languages(report: Report) -> None:
    sv, en = report.text("sv"), report.text("en")
    assert "Validering per 2026-03-12" in sv and "Validation as of 2026-03-12" in en
    assert "Plats" in sv and "Saknas" in sv and "Seat" in en and "Missing" in en
    assert "Sanna Hallgren (Kommunförbundet i Kalmar län; sedd 2026-03-12)" in " ".join(sv.split())
    assert "Petra Hornstra (since 2025-12-12; observed 2025-12-12)" in " ".join(en.split())
    assert "Validation took" in en


def test_json_report_round_trips(report: Report) -> None:
    data = json.loads(report.json_text())
    assert data["as_of"] == "2026-03-12" and data["conforms"] is True
    assert data["counts"]["Warning"] == sum(1 for p in data["problems"] if p["severity"] == "Warning")
    bou = next(g for g in data["groups"] if g["name"] == BARN_OCH_UNGA)
    assert bou["rows"][0]["holders"][0]["name"] == "Cecilia Wahlström"
    assert all({"sv", "en"} <= set(p["message"]) for p in data["problems"])


def test_command_writes_turtle_and_the_json_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    graph = tmp_path / "graph.trig"
    build_to_file(graph)
    out = tmp_path / "var" / "validation.json"
    code = main(["validate", "--graph", str(graph), "--at", "2026-03-12", "--format", "turtle", "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0
    results = Graph().parse(data=captured.out, format="turtle")
    assert len(list(results.subjects(RDF.type, SH.ValidationReport))) == 1
    assert "validated as of 2026-03-12 in" in captured.err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert any(g["name"] == BARN_OCH_UNGA for g in data["groups"])


def test_command_exit_status_tells_violations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fixtures = Path(__file__).parent / "fixtures" / "shapes"
    g = Graph().parse(fixtures / "base.ttl")
    ok = tmp_path / "ok.ttl"
    g.serialize(ok, format="turtle")
    assert main(["validate", "--graph", str(ok), "--at", "2026-03-12", "--lang", "en"]) == 0
    assert "The data is well-formed" in capsys.readouterr().out
    g.update((fixtures / "structure_person_two_names.ru").read_text(encoding="utf-8"))
    bad = tmp_path / "bad.ttl"
    g.serialize(bad, format="turtle")
    assert main(["validate", "--graph", str(bad), "--at", "2026-03-12", "--lang", "en"]) == 1
    text = capsys.readouterr().out
    assert "(foaf:name): A person must have exactly one name (foaf:name)." in text and "[Violation] Bo " in text
