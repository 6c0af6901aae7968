"""tests/ingest_corpus/rounds.py, the tool a round of rule changes takes its figures with (ROUNDS.md): `compare` names
the parts whose figures changed and marks those that got worse, prints the facts gained and lost only when asked and
never those of a held-out part, `pool` sums the parts' counts per kind; a measure that failed leaves no figures."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

ROUNDS = Path(__file__).resolve().parent / "ingest_corpus" / "rounds.py"
KINDS = ["people", "attendance", "agenda items", "presenters", "decisions", "amounts", "posts", "meetings",
         "reconciliation"]


def _tool() -> Any:
    spec = importlib.util.spec_from_file_location("rounds", ROUNDS)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _report(matched: dict[str, int], missed: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """A part's report as `samverkan ingest-quality --json` writes it: 10 curated facts a kind, `matched` of them."""
    missed = missed or {}
    total = {}
    for k in KINDS:
        m = matched.get(k, 10)
        total[k] = {"curated": 10, "draft": 10, "matched": m, "precision": m / 10, "recall": m / 10,
                    "missed": missed.get(k, [f"fact {i}" for i in range(10 - m)]), "extra": [], "silent": 0}
    return {"total": total, "documents": {"doc-1": total}, "wrong_merges": [], "refused": {}}


def _write(folder: Path, reports: dict[str, dict[str, Any]]) -> Path:
    folder.mkdir()
    for name, report in reports.items():
        (folder / f"{name}.json").write_text(json.dumps({name: report}), encoding="utf-8")
    return folder


def test_compare_names_changes_marks_the_worse_and_keeps_a_held_out_parts_facts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tool = _tool()
    before = _write(tmp_path / "a", {"tuned": _report({"attendance": 5}), "guard": _report({}),
                                     "held": _report({"decisions": 6})})
    after = _write(tmp_path / "b", {"tuned": _report({"attendance": 9}), "guard": _report({"decisions": 8}),
                                    "held": _report({"decisions": 7}, {"decisions": ["Secret decision", "x", "y"]})})
    assert tool.main(["compare", str(before), str(after), "--facts", "--held", "held"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line for line in out.splitlines() if line and not line.startswith(" ")}
    assert "WORSE" not in rows["tuned"] and "5->1" in rows["tuned"].replace(" ", "")
    assert "WORSE" in rows["guard"]
    assert "attendance 0.500 (0.500) -> 0.900 (0.900)" in out
    assert "Secret decision" not in out          # a held-out part: figures only
    assert "+ missed decisions doc-1: fact 0" in out   # a part that may be opened: its facts


def test_a_never_opened_part_keeps_its_facts_without_being_named_held(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A part no tuner has opened (corpus_goal.NEVER_OPENED) shows its figures only, `--held` forgotten or not, and
    `missed` refuses it: the forty-fourth round printed such parts' facts by a `compare --facts` without `--held`."""
    tool = _tool()
    never = tool.NEVER_OPENED[-1]
    before = _write(tmp_path / "a", {never: _report({"decisions": 6})})
    after = _write(tmp_path / "b", {never: _report({"decisions": 7}, {"decisions": ["Secret decision", "x", "y"]})})
    assert tool.main(["compare", str(before), str(after), "--facts"]) == 0
    out = capsys.readouterr().out
    assert "decisions 0.600 (0.600) -> 0.700 (0.700)" in out and "Secret decision" not in out
    assert tool.main(["missed", str(after), never]) == 2
    captured = capsys.readouterr()
    assert "Secret decision" not in captured.out and "no tuner has opened" in captured.err


def test_pool_sums_counts_per_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tool = _tool()
    folder = _write(tmp_path / "a", {"p": _report({"attendance": 4}), "q": _report({"attendance": 10})})
    assert tool.main(["pool", str(folder), "p", "q"]) == 0
    out = capsys.readouterr().out
    assert "attendance    0.700 (0.700)  curated 20, matched 14" in out
    assert "missed goal facts 6, silent 0, wrong merges 0" in out


def test_a_failed_measure_leaves_no_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A part whose measure fails is reported FAILED, its file of an earlier run removed, and the folder's other
    figures still compare (the empty file is named and left out)."""
    tool = _tool()
    out_dir = tmp_path / "run"
    out_dir.mkdir()
    (out_dir / "nosuchpart.json").write_text(json.dumps({"nosuchpart": _report({})}), encoding="utf-8")
    assert tool.main(["measure", str(out_dir), "--parts", "nosuchpart", "--jobs", "1"]) == 1
    assert "nosuchpart FAILED" in " ".join(capsys.readouterr().out.split())
    assert not (out_dir / "nosuchpart.json").exists()
    (out_dir / "empty.json").write_text("", encoding="utf-8")
    _write(tmp_path / "b", {"p": _report({})})
    assert tool.main(["compare", str(tmp_path / "b"), str(out_dir)]) == 0
    assert "holds no figures" in capsys.readouterr().err
