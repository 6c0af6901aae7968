"""The agreement between key writers (tests/ingest_corpus/agreement.py): second answer keys written for a part's
documents by another writer, never seeing the part's keys, scored against them by the drafts' own comparison."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "ingest_corpus"))

import agreement  # noqa: E402


def test_a_parts_own_keys_as_second_keys_agree_in_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    part = agreement.CORPUS / "learn47"
    (tmp_path / "learn47").mkdir()
    shutil.copytree(part / "records", tmp_path / "learn47" / "records")
    shutil.copy(part / "corpus.yaml", tmp_path / "learn47" / "corpus.yaml")
    monkeypatch.setattr(agreement, "SECOND", tmp_path)
    a = agreement.agreement(["learn47"])
    assert not a.problems and len(a.documents) == 8
    for k in agreement.GOAL_KINDS:
        s = a.scores["all"][k]
        assert s.curated > 0 and s.recall == s.precision == 1.0, k


@pytest.mark.parametrize("part", agreement.parts_with_second_keys())
def test_the_second_keys_are_checked_keys_of_every_document(part: str) -> None:
    a = agreement.agreement([part])
    assert a.problems == []
    assert {d.split("/", 1)[1] for d in a.documents} == {d.id for d in agreement.load_part(agreement.CORPUS / part)
                                                          .documents}
    assert set(a.documents.values()) == set(agreement.CLASSES)      # (reports of meetings and minutes both)
    assert "agenda items" in agreement.report(a)


def test_second_keys_exist() -> None:
    assert agreement.parts_with_second_keys() == ["learn47", "learn48"]
