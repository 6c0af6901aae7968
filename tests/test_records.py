"""The record model (graph/model.py): records round-trip through its one writer, and docs/records.md matches it."""

from __future__ import annotations

import re
import shutil
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
import yaml

from graph import model
from graph.records import Corpus, load_corpus
from graph.yamlload import RecordError

DOCS = Path(__file__).resolve().parent.parent / "docs" / "records.md"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    """The checked real records."""
    return load_corpus()


def test_every_record_round_trips_through_the_writer(corpus: Corpus, tmp_path: Path) -> None:
    """load(write(x)) == x for every record in records/, through the checker itself."""
    for rec in corpus.records:
        (tmp_path / rec.path.name).write_text(model.dump_yaml(rec.facts, "written by the model"), encoding="utf-8")
    again = load_corpus(tmp_path)
    assert [r.path.name for r in again.records] == [r.path.name for r in corpus.records]
    for before, after in zip(corpus.records, again.records, strict=True):
        assert after.facts == before.facts, before.path.name


def test_the_model_holds_every_key_of_the_records(corpus: Corpus) -> None:
    """Nothing a record says is lost on the way into the model: the written mapping has the record's keys
    at every depth (less explicit defaults: false, empty lists) and as many entries in every list."""

    def shape(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: shape(v) for k, v in value.items() if v not in (None, False, [], {})}
        if isinstance(value, list):
            return [shape(v) if isinstance(v, dict) else 0 for v in value]
        return [0]  # a scalar is a list of one (`post: socialchef` is written `post: [socialchef]`)

    for rec in corpus.records:
        written = yaml.safe_load(model.dump_yaml(rec.facts))
        assert shape(written) == shape(rec.data), rec.path.name


def test_a_record_written_elsewhere_is_checked_like_a_curated_one(tmp_path: Path) -> None:
    broken = model.RecordFile(source="2025-12-12-lansgemensam-ledning",
                              mentions=(model.OrgMention(id="hogsby-kommun", as_written="Hogsby", lines=(9999, 9999)),))
    (tmp_path / "2025-12-12-lansgemensam-ledning.yaml").write_text(model.dump_yaml(broken), encoding="utf-8")
    with pytest.raises(RecordError, match=r"mention 1: lines 9999-9999 is outside"):
        load_corpus(tmp_path)


def test_unknown_key_lists_the_keys_the_model_allows(corpus: Corpus, tmp_path: Path) -> None:
    rec = next(r for r in corpus.records if r.facts.meetings)
    text = rec.path.read_text(encoding="utf-8").replace("\n    status: held\n", "\n    status: held\n    venue: x\n", 1)
    (tmp_path / rec.path.name).write_text(text, encoding="utf-8")
    required, optional = model.keys(model.Meeting)
    with pytest.raises(RecordError) as err:
        load_corpus(tmp_path)
    assert f"unknown key 'venue' (allowed: {', '.join(sorted(required | optional))})" in str(err.value)
    assert err.value.line and err.value.path.endswith(rec.path.name)


def test_the_field_reference_in_docs_is_generated_from_the_model() -> None:
    text = DOCS.read_text(encoding="utf-8")
    assert model.documented(text) == text, "run: python -m graph.model --docs docs/records.md"
    for cls in model.CLASSES:
        assert f"### {cls.__name__} (" in text
        for f in fields(cls):
            if "conv" in f.metadata:
                assert f.metadata["doc"], f"{cls.__name__}.{f.name} has no documentation"


def test_every_class_is_reachable_from_a_record_file() -> None:
    seen: set[type] = set()

    def walk(cls: type) -> None:
        if cls in seen:
            return
        seen.add(cls)
        for f in fields(cls):
            if f.metadata.get("sub"):
                walk(f.metadata["sub"])

    walk(model.RecordFile)
    assert seen == set(model.CLASSES)


def _owner(key: str) -> type:
    """The class one of whose nested sections is called key (for an example that starts inside a mapping)."""
    owners = [f.metadata["sub"] for cls in model.CLASSES for f in fields(cls)
              if "conv" in f.metadata and model.yaml_key(f) == key and f.metadata["sub"]]
    assert owners, f"docs/records.md: example section {key!r} is not in the model"
    return owners[0]


def _check_keys(cls: type, node: dict[str, Any], where: str) -> None:
    by_key = {model.yaml_key(f): f for f in fields(cls) if "conv" in f.metadata}
    for key, value in node.items():
        assert key in by_key, f"docs/records.md documents {where}.{key}, which {cls.__name__} does not have"
        sub = by_key[key].metadata["sub"]
        if sub is None:
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                _check_keys(sub, item, f"{where}.{key}")


def test_no_documented_key_is_missing_from_the_model() -> None:
    blocks = re.findall(r"```yaml\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    assert len(blocks) >= 8
    for block in blocks:
        data = yaml.safe_load(block)
        if set(data) <= set().union(*model.keys(model.RecordFile)):
            _check_keys(model.RecordFile, data, "record")
        else:
            for key, items in data.items():
                for item in items:
                    _check_keys(_owner(key), item, key)


# every message the model-driven checks give, as the hand-written checks before them gave it
MESSAGES = [
    ('2024-03-01-presidiekonferens.yaml',
     'participants_approx: 100',
     'participants_approx: many',
     "2024-03-01-presidiekonferens.yaml:142: meeting '2024-03-01-presidiekonferens':"
     " 'participants_approx' must be an integer"),
    ('2025-11-07-presidiekonferens.yaml',
     'period: {start: 2025, end: 2034}',
     'period: {start: 2025, end: soon}',
     '2025-11-07-presidiekonferens.yaml:338: work'
     " 'nationell-strategi-psykisk-halsa-suicidprevention': period end must be a year or date"),
    ('2025-11-07-presidiekonferens.yaml',
     '{level: goal, n: 1,',
     '{level: aim, n: 1,',
     '2025-11-07-presidiekonferens.yaml:357: work'
     " 'nationell-strategi-psykisk-halsa-suicidprevention' goal 2: 'level' is 'aim', expected"
     ' one of goal, sub-goal, vision'),
    ('2025-12-12-lansgemensam-ledning.yaml',
     'line: 153, role: brukarrepresentant}',
     'line: 153, role: brukarrepresentant, org: kalmar-kommun}',
     "2025-12-12-lansgemensam-ledning.yaml:272: meeting '2025-12-12-lansgemensam-ledning'"
     " attendance list 1 entry 1: give 'org' or 'role', not both"),
    ('2025-12-12-lansgemensam-ledning.yaml',
     'value: 0.8, year: 2026}',
     "value: '0.8', year: 2026}",
     '2025-12-12-lansgemensam-ledning.yaml:335: decision'
     " '2025-12-12-indikator-utskrivningsklara-dagar': indicator value must be a number"),
    ('2025-introduktion.yaml',
     'founded: 2013',
     'founded: long ago',
     "2025-introduktion.yaml:18: organisation 'lansgemensam-ledning-i-samverkan': 'founded'"
     ' must be a year or a date'),
    ('2025-introduktion.yaml',
     'from_kind: kommun, count: 4, lines: 50}',
     'from_kind: kommun, count: 0, lines: 50}',
     "2025-introduktion.yaml:123: organisation 'presidiemoten' composition 1: 'count' must be a"
     ' positive integer (omit it where the document gives none)'),
    ('2025-introduktion.yaml',
     '{seat: representant, from_kind: kommun, count: 3, lines: 124}',
     '{seat: representant, from_kind: kommun, from: region-kalmar-lan, count: 3, lines: 124}',
     "2025-introduktion.yaml:203: organisation 'samordnande-grupp-barn-och-unga' composition 5:"
     " give at most one of 'from', 'from_kind' and 'per'"),
    ('2025-introduktion.yaml',
     '{seat: representant, from_kind: kommun, count: 3, lines: 124}',
     '{seat: representant, from_kind: stad, count: 3, lines: 124}',
     "2025-introduktion.yaml:203: organisation 'samordnande-grupp-barn-och-unga' composition 5:"
     " 'from_kind' is 'stad', expected one of gymnasieforbund, kommun, kommunforbund, region"),
    ('2025-12-12-lansgemensam-ledning.yaml',
     'line: 154, role: brukarrepresentant}',
     'line: 154, role: brukar}',
     "2025-12-12-lansgemensam-ledning.yaml:273: unknown role id 'brukar' (in 'role')"),
    ('2025-12-12-lansgemensam-ledning.yaml',
     'line: 154, role: brukarrepresentant}',
     'line: 154, role: brukarrepresentant, acting: ja}',
     "2025-12-12-lansgemensam-ledning.yaml:273: meeting '2025-12-12-lansgemensam-ledning'"
     " attendance list 1 entry 2: 'acting' must be true or false"),
    ('2025-12-12-lansgemensam-ledning.yaml',
     'kind: indicator\n',
     'kind: replacement\n',
     '2025-12-12-lansgemensam-ledning.yaml:331: decision'
     " '2025-12-12-indikator-utskrivningsklara-dagar': a replacement needs 'group'"),
]


@pytest.mark.parametrize(("file", "old", "new", "message"), MESSAGES)
def test_check_messages_name_file_line_and_what(corpus: Corpus, tmp_path: Path, file: str, old: str, new: str,
                                                message: str) -> None:
    shutil.copytree(corpus.records[0].path.parent, tmp_path, dirs_exist_ok=True)
    path = tmp_path / file
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RecordError) as err:
        load_corpus(tmp_path)
    assert f"{Path(err.value.path).name}:{err.value.line}: {err.value.message}" == message


# --------------------------------------------------------------------------- a meeting named by several records

ANNOUNCED = ("  - id: 2026-06-05-lansgemensam-ledning\n    kind: lgl-meeting\n    of: lansgemensam-ledning\n"
             "    date: 2026-06-05\n    status: announced\n")


def _rename_announcement(corpus: Corpus, tmp_path: Path, replacement: str) -> Path:
    """The records, with 2026-03-12's announced meeting turned into another record's meeting."""
    shutil.copytree(corpus.records[0].path.parent, tmp_path, dirs_exist_ok=True)
    path = tmp_path / "2026-03-12-lansgemensam-ledning.yaml"
    text = path.read_text(encoding="utf-8")
    assert ANNOUNCED in text
    path.write_text(text.replace(ANNOUNCED, replacement, 1), encoding="utf-8")
    return path


def test_a_meeting_referred_to_in_two_records_is_one_meeting_with_its_first_record(corpus: Corpus,
                                                                                   tmp_path: Path) -> None:
    _rename_announcement(corpus, tmp_path, ANNOUNCED.replace("2026-06-05", "2025-10-03")
                         .replace("announced", "referred"))
    loaded = load_corpus(tmp_path)
    rec, node = loaded.meetings["2025-10-03-lansgemensam-ledning"]
    assert rec.path.name == "2025-12-12-lansgemensam-ledning.yaml" and node["status"] == "referred"
    assert [r.path.name for r, _ in loaded.meeting_mentions["2025-10-03-lansgemensam-ledning"]] == [
        "2026-03-12-lansgemensam-ledning.yaml"]
    assert "2026-06-05-lansgemensam-ledning" not in loaded.meetings


def test_a_held_meeting_is_its_record_whichever_record_comes_first(corpus: Corpus, tmp_path: Path) -> None:
    """2026-03-12 announces the meeting 2025-12-12 holds (file order puts the held one first): the held
    record is the meeting's, the other a mention; the decisions of the held record stay at its meeting."""
    _rename_announcement(corpus, tmp_path, ANNOUNCED.replace("2026-06-05", "2025-12-12"))
    loaded = load_corpus(tmp_path)
    rec, node = loaded.meetings["2025-12-12-lansgemensam-ledning"]
    assert rec.path.name == "2025-12-12-lansgemensam-ledning.yaml" and node["status"] == "held"
    assert [n["status"] for _, n in loaded.meeting_mentions["2025-12-12-lansgemensam-ledning"]] == ["announced"]


@pytest.mark.parametrize(("replacement", "message"), [
    (ANNOUNCED.replace("2026-06-05-lansgemensam-ledning", "2025-12-12-lansgemensam-ledning"),
     "2026-03-12-lansgemensam-ledning.yaml:{line}: meeting id '2025-12-12-lansgemensam-ledning' is defined at "
     "{held}:{held_line} with date '2025-12-12', here '2026-06-05'"),
    (ANNOUNCED.replace("2026-06-05", "2025-12-12").replace("announced", "held"),
     "2026-03-12-lansgemensam-ledning.yaml:{line}: meeting id '2025-12-12-lansgemensam-ledning' is already "
     "defined at {held}:{held_line} as held: a meeting has one protocol"),
])
def test_a_meeting_named_by_two_records_must_be_the_same_meeting_held_once(
        corpus: Corpus, tmp_path: Path, replacement: str, message: str) -> None:
    path = _rename_announcement(corpus, tmp_path, replacement)
    line = path.read_text(encoding="utf-8").splitlines().index(replacement.splitlines()[0]) + 1
    held = tmp_path / "2025-12-12-lansgemensam-ledning.yaml"
    held_line = held.read_text(encoding="utf-8").splitlines().index(
        "  - id: 2025-12-12-lansgemensam-ledning") + 1
    with pytest.raises(RecordError) as err:
        load_corpus(tmp_path)
    got = f"{Path(err.value.path).name}:{err.value.line}: {err.value.message}"
    assert got == message.format(line=line if "date" not in message else line + 3, held=held, held_line=held_line)


def test_only_the_record_holding_a_meeting_lists_attendance(corpus: Corpus, tmp_path: Path) -> None:
    attendance = ("    attendance:\n      - list: ledamoter\n        lines: 9\n        entries:\n"
                  "          - {name: Anna Hasselbom Trofast, line: 9}\n")
    _rename_announcement(corpus, tmp_path, ANNOUNCED.replace("2026-06-05", "2025-12-12") + attendance)
    with pytest.raises(RecordError) as err:
        load_corpus(tmp_path)
    assert "only the record where it is held lists who attended" in err.value.message, err.value


def test_a_mention_is_built_as_what_its_document_says_of_the_meeting(corpus: Corpus, tmp_path: Path) -> None:
    """2026-03-12 announcing the meeting 2025-12-12 holds, with a place: the meeting keeps its own status, place
    and agenda; the announcement's passage, place and note become a statement citing 2026-03-12's lines, and the
    meeting 2026-03-12 holds refers to it."""
    from rdflib import RDF, RDFS, URIRef
    from rdflib.namespace import DCTERMS

    from graph.config import DEFAULT_BASE, LGL
    from graph.emit import build_dataset

    _rename_announcement(corpus, tmp_path, ANNOUNCED.replace("2026-06-05", "2025-12-12") + "    place: Regionhuset\n")
    ds = build_dataset(load_corpus(tmp_path), DEFAULT_BASE)
    meeting = URIRef(DEFAULT_BASE + "id/meeting/2025-12-12-lansgemensam-ledning")

    def objects(s: URIRef, p: URIRef) -> set:
        return {o for _, _, o, _ in ds.quads((s, p, None, None))}

    assert objects(meeting, LGL.meetingStatus) == {LGL["status-held"]}
    assert objects(meeting, LGL.venue) == set()  # the held record gives none; the announcement's is its statement
    statements = objects(meeting, LGL.statement)
    assert len(statements) == 1
    (st,) = statements
    assert {str(v) for v in objects(st, RDFS.comment)} == {
        "aviserat i Protokoll Länsgemensam ledning 2026-03-12; plats: Regionhuset; \"Vid kommande möte inom "
        "Länsgemensam ledning den 5 juni\": the text gives no year; 2026 from the protocol's date."}
    assert "5 juni" in next(iter(objects(st, RDF.value)))
    (passage,) = objects(st, DCTERMS.source)
    assert str(passage).startswith(DEFAULT_BASE + "id/doc/2026-03-12-lansgemensam-ledning/")
    assert (URIRef(DEFAULT_BASE + "id/meeting/2026-03-12-lansgemensam-ledning"), LGL.refersToMeeting, meeting) in {
        (s, p, o) for s, p, o, _ in ds.quads((None, LGL.refersToMeeting, None, None))}
