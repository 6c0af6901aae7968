"""The core build: completeness of what the records say, people once, decisions, determinism."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from rdflib import RDF, Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, SKOS

from graph import config
from graph.build import build, build_to_file
from graph.config import LGL, ORG, TIME
from graph.iris import DEFAULT_BASE, Iris
from graph.names import fold

from .paths import RECORDS, ROOT

ID = Iris(DEFAULT_BASE).id

# Counted by hand in the source documents (sources/*.txt), independently of the records.
EXPECTED_LISTS = {
    ("2024-03-01-presidiekonferens", "deltagare"): 82,
    ("2024-03-01-presidiekonferens", "ovriga-deltagare"): 15,
    ("2025-11-07-presidiekonferens", "deltagare"): 44,  # three unheaded blocks: 33 + 3 + 8
    ("2025-12-12-lansgemensam-ledning", "ledamoter"): 18,
    ("2025-12-12-lansgemensam-ledning", "ovriga"): 11,
    ("2026-03-12-lansgemensam-ledning", "ledamoter"): 22,
    ("2026-03-12-lansgemensam-ledning", "ovriga"): 9,
}


def p(slug: str) -> URIRef:
    return URIRef(f"{ID}person/{slug}")


def test_one_graph_per_document_plus_ontology_and_people(dataset: Dataset) -> None:
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    docs = {f"{ID}doc/{d}" for d in (
        "2024-03-01-presidiekonferens", "2025-introduktion", "2025-11-07-presidiekonferens",
        "2025-12-12-lansgemensam-ledning", "2026-03-12-lansgemensam-ledning")}
    assert docs <= names
    assert config.ONTOLOGY_IRI in names
    assert f"{ID}graph/people" in names
    for d in docs:
        g = dataset.graph(URIRef(d))
        assert (URIRef(d), RDF.type, LGL.SourceDocument) in g
        assert g.value(URIRef(d), DCTERMS.title) is not None


def test_every_person_has_exactly_one_name_and_appears_once(union: Dataset) -> None:
    people = set(union.subjects(RDF.type, FOAF.Person))
    assert 125 <= len(people) <= 145, len(people)  # the issue says about 136
    folded = Counter()
    for person in people:
        names = set(union.objects(person, FOAF.name))
        assert len(names) == 1, (person, names)
        folded[fold(str(names.pop()))] += 1
    assert [n for n, c in folded.items() if c > 1] == []


@pytest.mark.parametrize(("slug", "variants"), [
    ("johan-rosenqvist", {"Johan Rosenqyvist", "Johan Rosenquvist"}),
    ("niklas-foghner", {"Niklas Foéghner", "Niklas Foghner"}),
    ("anna-hasselbom-trofast", {"Anna Trofast Hasselbom"}),
    ("susann-winst", {"Susann Winsth"}),
    ("katrin-karlsson", {"Katrín Karlsson"}),
])
def test_spelling_variants_are_one_person(union: Dataset, slug: str, variants: set[str]) -> None:
    labels = {str(x) for x in union.objects(p(slug), SKOS.altLabel)} | {
        str(x) for x in union.objects(p(slug), SKOS.hiddenLabel)}
    assert variants <= labels


def test_different_karlssons_stay_apart(union: Dataset) -> None:
    for slug in ("mathias-karlsson", "mikael-karlsson", "katrin-karlsson", "ola-karlsson"):
        assert (p(slug), RDF.type, FOAF.Person) in union


def test_canonical_names_keep_swedish_letters(union: Dataset) -> None:
    assert str(union.value(p("cecilia-wahlstrom"), FOAF.name)) == "Cecilia Wahlström"
    assert str(union.value(p("denise-goransson"), FOAF.name)) == "Denise Göransson"
    assert str(union.value(p("lena-sjostrand"), FOAF.name)) == "Lena Sjöstrand"


def test_attendance_lists_are_complete(dataset: Dataset, union: Dataset) -> None:
    seen: Counter = Counter()
    for lst in union.subjects(RDF.type, LGL.AttendanceList):
        meeting = union.value(lst, LGL.atMeeting)
        kind = str(union.value(lst, LGL.listKind)).rsplit("list-", 1)[-1]
        entries = set(union.subjects(LGL.attendanceList, lst)) - {meeting}
        declared = int(union.value(lst, LGL.entryCount))
        assert len(entries) == declared, lst
        seen[(str(meeting).rsplit("/", 1)[-1], kind)] += declared
    assert dict(seen) == EXPECTED_LISTS


def test_attendance_records_the_capacity(union: Dataset) -> None:
    a = URIRef(f"{ID}meeting/2026-03-12-lansgemensam-ledning/attendance/marie-johansen")
    assert union.value(a, LGL.representing) == URIRef(f"{ID}org/hogsby-kommun")
    assert union.value(a, LGL.acting) == Literal(True)
    cap = union.value(a, LGL.inCapacity)
    assert union.value(cap, ORG.organization) == URIRef(f"{ID}org/lansgemensam-ledning")
    assert union.value(cap, LGL.acting) == Literal(True)


REPLACEMENTS = [
    ("petra-hornstra", "charlotte-ohlsen", "samordnande-grupp-barn-och-unga"),
    ("simon-edberg", "chris-landergren", "samordnande-grupp-psykisk-halsa"),
    ("rebecka-nilsson", "chris-landergren", "samordnande-grupp-barn-och-unga"),
]


@pytest.mark.parametrize(("new", "old", "group"), REPLACEMENTS)
def test_replacements_end_and_start_memberships(union: Dataset, new: str, old: str, group: str) -> None:
    day = URIRef(f"{ID}date/2025-12-12")
    started = URIRef(f"{ID}membership/{new}/representant/{group}")
    ended = URIRef(f"{ID}membership/{old}/representant/{group}")
    decision = union.value(started, LGL.startedBy)
    assert decision is not None
    assert union.value(ended, LGL.endedBy) == decision
    assert (decision, LGL.startsMembership, started) in union
    assert (decision, LGL.endsMembership, ended) in union
    assert union.value(started, LGL.replaces) == ended
    assert union.value(ended, LGL.replacedBy) == started
    assert union.value(union.value(started, ORG.memberDuring), TIME.hasBeginning) == day
    assert union.value(union.value(ended, ORG.memberDuring), TIME.hasEnd) == day
    assert union.value(decision, LGL.decidedAt) == URIRef(f"{ID}meeting/2025-12-12-lansgemensam-ledning")


def test_seat_origin_is_recorded(union: Dataset) -> None:
    started = URIRef(f"{ID}membership/rebecka-nilsson/representant/samordnande-grupp-barn-och-unga")
    assert union.value(started, LGL.seatOrigin) == URIRef(f"{ID}org/samverkansomradesgrupp-hab-rehab")


def test_indicator_decision(union: Dataset) -> None:
    values = [union.value(v, RDF.value) for v in union.subjects(RDF.type, LGL.IndicatorValue)]
    assert [Decimal(str(v)) for v in values] == [Decimal("0.8")]


def test_funding_parts_sum_to_total(union: Dataset) -> None:
    funding = URIRef(f"{ID}funding/stimulansmedel-2025")
    total = Decimal(str(union.value(funding, LGL.amount)))
    parts = [Decimal(str(union.value(part, LGL.amount))) for part in union.objects(funding, DCTERMS.hasPart)]
    assert total == Decimal(15865911)
    assert len(parts) == 3
    assert sum(parts) == total


def test_referred_and_announced_meetings(union: Dataset) -> None:
    for mid, status in (("2025-10-03-lansgemensam-ledning", "referred"),
                        ("2026-06-05-lansgemensam-ledning", "announced")):
        meeting = URIRef(f"{ID}meeting/{mid}")
        assert union.value(meeting, LGL.meetingStatus) == LGL[f"status-{status}"]


def test_every_fact_subject_cites_a_passage(dataset: Dataset) -> None:
    for g in dataset.graphs():
        if not str(g.identifier).startswith(f"{ID}doc/"):
            continue
        for s in set(g.subjects(RDF.type, None)):
            kinds = set(g.objects(s, RDF.type))
            if kinds & {LGL.SourceDocument, LGL.Passage, TIME.Instant, TIME.Interval, LGL.Protocol}:
                continue
            assert (s, DCTERMS.source, None) in g, (g.identifier, s)


def _build_bytes(records: Path, out: Path) -> bytes:
    build_to_file(out, records_dir=records, base=DEFAULT_BASE)
    return out.read_bytes()


def test_output_is_deterministic_and_independent_of_record_order(tmp_path: Path) -> None:
    first = _build_bytes(RECORDS, tmp_path / "a.trig")
    assert first == _build_bytes(RECORDS, tmp_path / "b.trig")
    shuffled = tmp_path / "records"
    shuffled.mkdir()
    rng = random.Random(7)
    for path in RECORDS.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for value in data.values():
            if isinstance(value, list):
                rng.shuffle(value)
        for meeting in data.get("meetings", []):
            for lst in meeting.get("attendance", []):
                rng.shuffle(lst["entries"])
            rng.shuffle(meeting.get("agenda", []))
        (shuffled / path.name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    # line numbers in error messages differ, the dataset must not
    assert _build_bytes(shuffled, tmp_path / "c.trig") == first


def test_nquads_and_trig_hold_the_same_quads(tmp_path: Path) -> None:
    build_to_file(tmp_path / "g.trig", base=DEFAULT_BASE)
    build_to_file(tmp_path / "g.nq", base=DEFAULT_BASE)
    a, b = Dataset(), Dataset()
    a.parse(tmp_path / "g.trig", format="trig")
    b.parse(tmp_path / "g.nq", format="nquads")
    assert len(a) == len(b) > 9000
    assert set(a.quads()) == set(b.quads())


def test_base_iri_is_configurable() -> None:
    ds = build(base="https://example.org/lgl/")
    assert (URIRef("https://example.org/lgl/id/person/johan-rosenqvist"), RDF.type, FOAF.Person) in Dataset(
        store=ds.store, default_union=True)


def _broken(tmp_path: Path, name: str, old: str, new: str) -> Path:
    records = tmp_path / "records"
    shutil.copytree(RECORDS, records)
    path = records / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return records


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "graph.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, check=False)


def test_unknown_id_gives_file_line_and_what(tmp_path: Path) -> None:
    records = _broken(tmp_path, "2025-12-12-lansgemensam-ledning.yaml",
                      "group: samordnande-grupp-psykisk-halsa", "group: samordnande-grupp-psykisk-hals")
    out = tmp_path / "g.trig"
    out.write_text("previous build\n", encoding="utf-8")
    result = _cli("build", "--records", str(records), "--out", str(out))
    assert result.returncode == 2
    line = next(i for i, t in enumerate((records / "2025-12-12-lansgemensam-ledning.yaml").read_text(
        encoding="utf-8").splitlines(), 1) if "samordnande-grupp-psykisk-hals\n" in t + "\n")
    assert f"2025-12-12-lansgemensam-ledning.yaml:{line}:" in result.stderr
    assert "unknown organisation id 'samordnande-grupp-psykisk-hals'" in result.stderr
    assert out.read_text(encoding="utf-8") == "previous build\n"  # nothing half-written
    assert list(tmp_path.glob(".g.trig.*")) == []


def test_locator_outside_the_document_is_refused(tmp_path: Path) -> None:
    records = _broken(tmp_path, "2026-03-12-lansgemensam-ledning.yaml", "line: 74", "line: 740")
    result = _cli("check", "--records", str(records))
    assert result.returncode == 2
    assert "2026-03-12-lansgemensam-ledning.yaml:" in result.stderr
    assert "outside 2026-03-12-protokoll-lansgemensam-ledning.txt" in result.stderr


def test_name_not_in_cited_line_is_refused(tmp_path: Path) -> None:
    records = _broken(tmp_path, "2026-03-12-lansgemensam-ledning.yaml", "line: 74", "line: 75")
    result = _cli("check", "--records", str(records))
    assert result.returncode == 2
    assert "not found in 2026-03-12-protokoll-lansgemensam-ledning.txt lines 75-75" in result.stderr


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    records = tmp_path / "records"
    shutil.copytree(RECORDS, records)
    path = records / "2025-introduktion.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(3, "  - id: [unclosed")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _cli("check", "--records", str(records))
    assert result.returncode == 2
    assert "2025-introduktion.yaml:" in result.stderr and "YAML syntax error" in result.stderr


def test_unknown_output_extension_is_refused(tmp_path: Path) -> None:
    result = _cli("build", "--out", str(tmp_path / "g.ttl"))
    assert result.returncode == 2
    assert "unknown output format '.ttl'" in result.stderr
    assert not (tmp_path / "g.ttl").exists()
