"""The generator of synthetic protocols (tests/ingest_gen): deterministic, every key clean under the key check,
every dimension value drawn, and the rendered facts on the lines their key cites. Generation only (no ingest)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from graph.ingest.quality import key_problems, load_part
from graph.names import fold
from tests.ingest_gen.dims import DIMENSIONS
from tests.ingest_gen.generate import generate
from tests.ingest_gen.people import KNOWN, KNOWN_CAPACITY, known_slug
from tests.ingest_gen.write import parse_seeds, write_part


@pytest.fixture(scope="module")
def part(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "part"
    write_part(parse_seeds("1-40"), out)
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


def test_every_dimension_value_is_drawn_over_seeds_1_to_200() -> None:
    seen: dict[str, set[str]] = {k: set() for k in DIMENSIONS}
    for seed in range(1, 201):
        dims = generate(seed).dims
        for k in DIMENSIONS:
            seen[k] |= set(dims[k].split("+")) if k == "lookalike" else {dims[k]}
    missing = {k: sorted(set(v) - seen[k]) for k, v in DIMENSIONS.items() if set(v) - seen[k]}
    assert missing == {}


@pytest.mark.parametrize("seed", [1, 3, 7, 12, 25, 1001])
def test_rendered_facts_stand_on_the_cited_lines(seed: int) -> None:
    """Independent of the key check: names, titles, decisions and amounts are on the lines the key cites."""
    g = generate(seed)
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
    write_part(parse_seeds("1-40"), tmp_path / "v1")
    assert _digest(tmp_path / "v1") == V1_DIGEST_1_40
