"""The generator of synthetic protocols (tests/ingest_gen): deterministic, every key clean under the key check,
every dimension value drawn, and the rendered facts on the lines their key cites. Generation only (no ingest)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from graph.ingest.quality import key_problems, load_part
from graph.names import fold
from tests.ingest_gen.dims import DIMENSIONS, DIMENSIONS_V2, DIMENSIONS_V3, EXTRA, EXTRA3, NEW, NEW3
from tests.ingest_gen.generate import generate
from tests.ingest_gen.people import KNOWN, KNOWN_CAPACITY, known_slug
from tests.ingest_gen.write import parse_seeds, write_part


@pytest.fixture(scope="module")
def part(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seeds 1-40 with the default version (3, round 18)."""
    out = tmp_path_factory.mktemp("gen") / "part"
    write_part(parse_seeds("1-40"), out)
    return out


@pytest.fixture(scope="module")
def part2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seeds 1-40 with version 2 (round 17)."""
    out = tmp_path_factory.mktemp("gen2") / "part"
    write_part(parse_seeds("1-40"), out, version=2)
    return out


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_runs_write_the_same_bytes(part: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    write_part(parse_seeds("1-40"), again)
    assert _files(part) == _files(again)
    assert len(list((part / "sources").glob("*.txt"))) == 40


def test_another_process_with_another_hash_seed_writes_the_same_bytes(part: Path, tmp_path: Path) -> None:
    """No hash order: a fresh interpreter with another PYTHONHASHSEED writes the same part."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-m", "tests.ingest_gen", "--seeds", "1-40", "--out", str(tmp_path / "p")],
                   cwd=root, env=env, check=True, capture_output=True)
    assert _files(part) == _files(tmp_path / "p")


def test_seeds_parse() -> None:
    assert parse_seeds("1-3,7,10-11") == [1, 2, 3, 7, 10, 11]


def test_every_key_of_seeds_1_to_40_is_clean(part: Path) -> None:
    loaded = load_part(part)
    assert len(loaded.documents) == 40
    assert key_problems(loaded) == []
    for d in loaded.documents:
        rec = next(r for r in loaded.corpus.records if r.document.id == d.id)
        assert "syntetiskt testdokument" in rec.document.lines[0].lower()
    wants = [set(d.people.values()) for d in loaded.documents]
    assert all(w - {"new"} for w in wants) and sum("new" in w for w in wants) > 30


def test_known_people_are_known_to_the_graph() -> None:
    from graph.names import slug
    from graph.people import reconcile_people
    from graph.records import load_corpus

    known = {slug(p.name) for p in reconcile_people(load_corpus()).people}
    assert {known_slug(n) for n, _ in KNOWN + KNOWN_CAPACITY} <= known


def _undrawn(dimensions: dict[str, list[str]], seeds: range, version: int) -> dict[str, list[str]]:
    """The values of each dimension no seed of `seeds` draws (a lookalike draw may join several with "+")."""
    seen: dict[str, set[str]] = {k: set() for k in dimensions}
    for seed in seeds:
        dims = generate(seed, version=version).dims
        for k in dimensions:
            seen[k] |= set(dims[k].split("+")) if k == "lookalike" else {dims[k]}
    return {k: sorted(set(v) - seen[k]) for k, v in dimensions.items() if set(v) - seen[k]}


def test_every_dimension_value_is_drawn_over_seeds_1_to_200() -> None:
    assert _undrawn(DIMENSIONS, range(1, 201), version=1) == {}


@pytest.mark.parametrize(("seed", "version"), [(1, 1), (3, 1), (7, 1), (12, 1), (25, 1), (1001, 1),
                                               (1, 2), (5, 2), (9, 2), (17, 2), (44, 2), (401, 2), (3001, 2),
                                               (2, 3), (13, 3), (21, 3), (38, 3), (119, 3), (601, 3), (1001, 3)])
def test_rendered_facts_stand_on_the_cited_lines(seed: int, version: int) -> None:
    """Independent of the key check: names, titles, decisions and amounts are on the lines the key cites."""
    g = generate(seed, version)
    lines = g.text.split("\n")

    def at(v: object) -> str:
        a, _, b = str(v).partition("-")
        return fold(" ".join(lines[int(a) - 1:int(b or a)]))

    held = g.key["meetings"][0]
    assert held["status"] == "held"
    for lst in held.get("attendance", []):
        for e in lst["entries"]:
            assert all(w in at(e["line"]) for w in fold(e["name"]).replace("-", " ").split()), (e, at(e["line"]))
    for it in held["agenda"]:
        assert fold(it["title"]) in at(str(it["lines"]).split("-")[0])
        for p in it.get("presenters", []):
            assert fold(p["name"]) in at(p["lines"])
    for d in g.key.get("decisions", []):
        assert fold(d["text"]) in at(d["lines"])
    for f in g.key.get("funding", []):
        assert any(c.isdigit() for c in at(f["lines"]))
    text = yaml.safe_dump(g.key, allow_unicode=True)
    assert g.id in text


# SHA-256 of write_part(1-40)'s files (relative path, NUL, bytes, NUL, in sorted order) as version 1 wrote them
# before version 2 was added (round 17): version 1 must keep writing exactly these bytes.
V1_DIGEST_1_40 = "96a8708ddfc3156bc07ab14b3b8fc37c67ab1ddd5df4b2d2c586db8a63343b1b"


def _digest(folder: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(folder)).encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def test_version_1_writes_the_same_bytes_as_before(tmp_path: Path) -> None:
    write_part(parse_seeds("1-40"), tmp_path / "v1", version=1)
    assert _digest(tmp_path / "v1") == V1_DIGEST_1_40


# The same digest of write_part(1-40, version=2) as version 2 wrote it before version 3 was added (round 18):
# version 2 must keep writing exactly these bytes.
V2_DIGEST_1_40 = "8ca0ad18bd993b8a6eb069124c7fa93fc28f8c1ecda566621634d0d9d4fe1231"


def test_version_2_writes_the_same_bytes_as_before(tmp_path: Path) -> None:
    write_part(parse_seeds("1-40"), tmp_path / "v2", version=2)
    assert _digest(tmp_path / "v2") == V2_DIGEST_1_40


# --- version 2 (round 17): the forms of real public minutes ----------------------------------------------------

def test_version_2_keeps_version_1_and_adds_breadth() -> None:
    assert all(DIMENSIONS_V2[k][:len(v)] == v for k, v in DIMENSIONS.items())
    assert not set(NEW) & set(DIMENSIONS)
    extra = sum(len(v) for v in EXTRA.values())
    new = sum(len(v) - 1 for v in NEW.values())  # each new dimension's "none" is version 1's way
    assert extra + new >= 60
    assert all(not set(v) & set(DIMENSIONS[k]) for k, v in EXTRA.items())


def test_version_2_is_deterministic(tmp_path: Path) -> None:
    write_part(parse_seeds("1-20"), tmp_path / "a", version=2)
    write_part(parse_seeds("1-20"), tmp_path / "b", version=2)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert _digest(tmp_path / "a") != V1_DIGEST_1_40


def test_the_command_writes_version_3_by_default(tmp_path: Path) -> None:
    """Version 2 was the command's default in round 17; version 3 is since round 18."""
    from tests.ingest_gen.__main__ import main

    assert main(["--seeds", "3-4", "--out", str(tmp_path / "d")]) == 0
    assert main(["--seeds", "3-4", "--out", str(tmp_path / "v3"), "--version", "3"]) == 0
    assert main(["--seeds", "3-4", "--out", str(tmp_path / "v2"), "--version", "2"]) == 0
    assert main(["--seeds", "3-4", "--out", str(tmp_path / "v1"), "--version", "1"]) == 0
    assert _files(tmp_path / "d") == _files(tmp_path / "v3") != _files(tmp_path / "v2") != _files(tmp_path / "v1")


def test_every_version_2_key_of_seeds_1_to_40_is_clean(part2: Path) -> None:
    part = part2
    loaded = load_part(part)
    assert key_problems(loaded) == []
    readme = (part / "README.md").read_text(encoding="utf-8")
    assert all(f" {k} |" in readme for k in NEW) and "--version 2" in readme


def test_every_version_2_dimension_value_is_drawn_over_seeds_1_to_400() -> None:
    assert _undrawn(DIMENSIONS_V2, range(1, 401), version=2) == {}


def _find(version: int, dim: str, value: str, seeds: range = range(1, 401)) -> tuple[int, list[str]]:
    """The first seed drawing `value` for `dim` (in a document without OCR damage) and its lines."""
    for seed in seeds:
        g = generate(seed, version)
        if g.dims[dim] == value and g.dims["ocr"] == "none":
            return seed, g.text.split("\n")
    raise AssertionError(f"{dim}={value} not drawn")


def test_a_table_of_contents_and_an_agenda_list_are_no_items() -> None:
    """The titles a table of contents or an announced agenda repeats are keyed on the minutes' headings only."""
    for dim, value in [("toc", "innehall-paragraphs"), ("toc", "grouped-toc"), ("agenda_list", "program-times"),
                       ("agenda_list", "utsand-foredragningslista")]:
        seed, lines = _find(2, dim, value)
        g = generate(seed, 2)
        for it in [i for i in g.key["meetings"][0]["agenda"] if "parent" not in i]:
            head = int(str(it["lines"]).split("-")[0])
            title = fold(it["title"])
            earlier = [i for i, s in enumerate(lines[:head - 1], 1) if title in fold(s)]
            assert earlier, (seed, dim, it["title"])  # the title stands above too, in the look-alike list
            assert all(i < head for i in earlier)


def test_version_2_forms_stand_on_their_lines() -> None:
    """A few rendered version 2 facts: the serving deputy "X (Org) ersätter Y" is a member, Y a person of the
    record; "1. att ..." clauses are decisions each; the signature block's secretary is a person of the record;
    a reservation names a member without a decision or a presenter of its own."""
    seed, lines = _find(2, "deputies", "ersatter-paren")
    g = generate(seed, 2)
    entries = [e for lst in g.key["meetings"][0]["attendance"] if lst["heading"] == "Tjänstgörande ersättare"
               for e in lst["entries"]]
    assert entries and all("ersätter" in lines[e["line"] - 1] and e["name"] in lines[e["line"] - 1]
                           for e in entries)
    seed, lines = _find(2, "decision_style", "numbered-att")
    g = generate(seed, 2)
    numbered = [d for d in g.key["decisions"] if d["text"].startswith("att ")]
    assert numbered and all(fold(d["text"]) in fold(" ".join(lines[int(str(d["lines"]).split("-")[0]) - 1:
                                                                    int(str(d["lines"]).split("-")[-1])]))
                            for d in numbered)
    seed, lines = _find(2, "secretary", "signature-block")
    g = generate(seed, 2)
    assert "Underskrifter" in lines
    names = {p["name"]: p["lines"] for p in g.key.get("people", [])}
    assert any(lines[int(ln) - 2].startswith("Sekreterare") for n, ln in names.items() if str(ln).isdigit())
    seed, lines = _find(2, "protocol_remarks", "reservation")
    g = generate(seed, 2)
    at = lines.index("Reservation") + 2
    cited = {int(x) for d in g.key["decisions"] for x in str(d["lines"]).split("-")}
    assert at not in cited
    assert all(str(p["lines"]) != str(at) for it in g.key["meetings"][0]["agenda"] for p in it.get("presenters", []))


def test_every_version_2_key_of_round_17s_tune_seeds_is_clean(tmp_path: Path) -> None:
    """Seeds 401-460 (the first of round 17's tune range) too: a wider net for forms that only some draws combine."""
    write_part(parse_seeds("401-460"), tmp_path / "tune", version=2)
    assert key_problems(load_part(tmp_path / "tune")) == []


# --- version 3 (round 18): the forms of more real public minutes ------------------------------------------------

def test_version_3_keeps_version_2_and_adds_breadth() -> None:
    assert all(DIMENSIONS_V3[k][:len(v)] == v for k, v in DIMENSIONS_V2.items())
    assert list(DIMENSIONS_V3)[:len(DIMENSIONS_V2)] == list(DIMENSIONS_V2)
    assert not set(NEW3) & set(DIMENSIONS_V2) and set(EXTRA3) <= set(DIMENSIONS_V2)
    assert all(NEW3[k][0] == "none" for k in NEW3)
    extra = sum(len(v) for v in EXTRA3.values())
    new = sum(len(v) - 1 for v in NEW3.values())
    assert extra + new >= 50
    assert all(len(set(v)) == len(v) and not set(v) & set(DIMENSIONS_V2[k]) for k, v in EXTRA3.items())


def test_version_3_is_deterministic(tmp_path: Path) -> None:
    write_part(parse_seeds("1-20"), tmp_path / "a", version=3)
    write_part(parse_seeds("1-20"), tmp_path / "b", version=3)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert _digest(tmp_path / "a") not in (V1_DIGEST_1_40, V2_DIGEST_1_40)


def test_every_version_3_key_of_seeds_1_to_40_is_clean(part: Path) -> None:
    """The `part` fixture writes with the default version, 3."""
    loaded = load_part(part)
    assert key_problems(loaded) == []
    readme = (part / "README.md").read_text(encoding="utf-8")
    assert all(f" {k} |" in readme for k in [*NEW, *NEW3]) and "--version 3" in readme


def test_every_version_3_dimension_value_is_drawn_over_seeds_1_to_200() -> None:
    assert _undrawn(DIMENSIONS_V3, range(1, 201), version=3) == {}


def _held(g: object) -> dict:
    return g.key["meetings"][0]  # type: ignore[attr-defined]


def test_version_3_attendance_forms_stand_on_their_lines() -> None:
    """Serving deputies inside the members' list are members, the member they serve for a person of the record
    on the same line; the absent written inside the list are people of the record and no entries; a presence
    column's "anmält förhinder" is no entry either."""
    for value in ("for-bare", "ers-punkt-for", "tjanstgorande-for", "ers-paren-for"):
        seed, lines = _find(3, "deputies", value, range(1, 601))
        g = generate(seed, 3)
        people = {p["name"]: str(p["lines"]) for p in g.key.get("people", [])}
        members = [e for lst in _held(g)["attendance"] if lst["list"] in ("ledamoter", "deltagare")
                   for e in lst["entries"]]
        hits = [e for e in members if any(f"{w} " in lines[e["line"] - 1] for w in ("för", "ers."))]
        assert hits, (seed, value)
        for e in hits:
            named = [n for n, ln in people.items() if ln == str(e["line"]) and n in lines[e["line"] - 1]]
            assert named and all(n != e["name"] for n in named), (seed, value, e)
    seed, lines = _find(3, "absent_style", "in-list", range(1, 601))
    g = generate(seed, 3)
    first = _held(g)["attendance"][0]
    a, b = (int(x) for x in str(first["lines"]).split("-"))
    listed = {e["name"] for e in first["entries"]}
    absent = [p for p in g.key["people"] if a <= int(str(p["lines"]).split("-")[0]) <= b and p["name"] not in listed
              and "förhinder" in lines[int(str(p["lines"]).split("-")[0]) - 1]]
    assert absent, seed
    seed, lines = _find(3, "att_layout", "presence-words", range(1, 601))
    g = generate(seed, 3)
    entries = {e["line"] for lst in _held(g)["attendance"] for e in lst["entries"]}
    assert all("anmält förhinder" not in lines[n - 1] for n in entries)
    assert any("anmält förhinder" in s for s in lines)


def test_version_3_headers_items_and_decisions_stand_on_their_lines() -> None:
    """The header's values under their labels are in the held meeting's lines; "Title § 41" is item 41 on its
    heading line; "Beslut" over "att ..." is a decision on the att line; a programme table's row names the
    presenter the key cites; the protocol's own date above the title stands outside the meeting's lines."""
    seed, lines = _find(3, "header_layout", "labels-above", range(1, 601))
    g = generate(seed, 3)
    a, b = (int(x) for x in str(_held(g)["lines"]).split("-"))
    assert any(lines[i - 1].startswith("Datum:") for i in range(a, b + 1)), seed
    seed, lines = _find(3, "numbering", "title-para", range(1, 601))
    g = generate(seed, 3)
    for it in [i for i in _held(g)["agenda"] if "n" in i]:
        head = lines[int(str(it["lines"]).split("-")[0]) - 1]
        assert head.rstrip().endswith(f"§ {it['n']}") and fold(it["title"]) in fold(head), (seed, head)
    seed, lines = _find(3, "decision_style", "beslut-heading-att", range(1, 601))
    g = generate(seed, 3)
    atts = [d for d in g.key["decisions"] if d["text"].startswith("att ")]
    assert atts and all(lines[int(str(d["lines"]).split("-")[0]) - 2].startswith("Beslut") for d in atts)
    seed, lines = _find(3, "presenter_style", "program-table", range(1, 601))
    g = generate(seed, 3)
    cited = [(it, p) for it in _held(g)["agenda"] for p in it.get("presenters", [])
             if int(str(p["lines"])) < int(str(it["lines"]).split("-")[0])]
    assert cited and all(lines[int(p["lines"]) - 1].startswith("| ") and p["name"] in lines[int(p["lines"]) - 1]
                         and it["title"] in lines[int(p["lines"]) - 1] for it, p in cited)
    seed, lines = _find(3, "header_block", "document-date", range(1, 601))
    g = generate(seed, 3)
    a = int(str(_held(g)["lines"]).split("-")[0])
    assert g.key["meetings"][0]["date"] not in lines[a - 2]


def test_version_3_finds_a_whole_name_on_its_line() -> None:
    """Seed 119 lists a trap whose name is a known name with one letter more ahead of that known person:
    version 3 cites each on its own line."""
    g = generate(119, 3)
    lines = g.text.split("\n")
    for lst in _held(g)["attendance"]:
        for e in lst["entries"]:
            line = lines[e["line"] - 1]
            assert any(f"{e['name']}{c}" in line for c in (" ", ",", ")", "(")) or line.endswith(e["name"]), e


def test_every_version_3_key_of_round_18s_tune_seeds_is_clean(tmp_path: Path) -> None:
    """Seeds 601-650 (the first of round 18's tune range) too; the whole range 601-800 and the held-out seeds were
    checked when round 18 measured them (a key problem stops `ingest-quality`)."""
    write_part(parse_seeds("601-650"), tmp_path / "tune", version=3)
    assert key_problems(load_part(tmp_path / "tune")) == []
