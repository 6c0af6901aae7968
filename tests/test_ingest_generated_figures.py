"""The rules measured on generated protocols (tests/ingest_gen): the fifteenth round tuned on seeds 1-200 (of
which 1-60 are measured here) and never opened seeds 1001-1060. Each part's figures may not fall below what they
were at that round's merge (a floor per goal kind, recall and precision, rounded down), and the goal of issue 13
(recall >= 0.95, precision >= 0.98, no wrong merge) is asserted with the kinds not met yet as strict xfails, like
the hand-written parts in test_ingest_quality.py."""

from __future__ import annotations

import pytest

from graph.ingest.quality import QualityReport, load_part, measure_part
from tests.ingest_gen.write import parse_seeds, write_part

GOAL_KINDS = ["attendance", "agenda items", "presenters", "decisions", "amounts"]
PARTS = {"gen-tune": "1-60", "gen-held": "1001-1060"}
# the figures at the merge of ing-rules15, recall and precision rounded down to two decimals
FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    "gen-tune": {"attendance": (0.95, 0.97), "agenda items": (0.97, 1.00), "presenters": (0.89, 0.97),
                 "decisions": (0.94, 0.97), "amounts": (1.00, 1.00)},
    "gen-held": {"attendance": (0.96, 0.96), "agenda items": (0.98, 0.99), "presenters": (0.95, 0.96),
                 "decisions": (0.94, 0.96), "amounts": (0.97, 1.00)},
}
# (round 17: attendance met on both parts, presenters on the held-out one, decisions on the tuned one (0.959
# recall and 0.994 precision, against 0.945 and 0.976 before), no wrong merge left on either; presenters on the
# tuned one too (0.959 recall, 0.987 precision) once an agenda's presenters are read by title and the opening
# item's text is no list's)
NOT_MET_YET: dict[str, set[str]] = {"gen-tune": set(),
                                     "gen-held": {"decisions"}}
WRONG_MERGES_YET: set[str] = set()


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, QualityReport]:
    out = {}
    for name, seeds in PARTS.items():
        folder = tmp_path_factory.mktemp(name) / name
        write_part(parse_seeds(seeds), folder, version=1)
        out[name] = measure_part(load_part(folder))
        print(out[name].summary())
    return out


@pytest.mark.parametrize(("part", "kind"), [(p, k) for p in PARTS for k in GOAL_KINDS])
def test_generated_part_keeps_its_figures(reports: dict[str, QualityReport], part: str, kind: str) -> None:
    s = reports[part].total[kind]
    recall_floor, precision_floor = FLOORS[part][kind]
    assert s.recall is not None and s.recall >= recall_floor, f"{part} {kind}: recall {s.recall} < {recall_floor}"
    assert s.precision is not None and s.precision >= precision_floor, (
        f"{part} {kind}: precision {s.precision} < {precision_floor}")


@pytest.mark.parametrize(("part", "kind"), [
    pytest.param(p, k, marks=pytest.mark.xfail(strict=True, reason="issue 13 goal not met yet"))
    if k in NOT_MET_YET[p] else (p, k) for p in PARTS for k in GOAL_KINDS])
def test_generated_part_meets_the_goal(reports: dict[str, QualityReport], part: str, kind: str) -> None:
    s = reports[part].total[kind]
    assert s.recall is not None and s.recall >= 0.95 and s.precision is not None and s.precision >= 0.98


@pytest.mark.parametrize("part", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="issue 13 goal not met yet: a new person one "
                                                                "letter from a known one is merged"))
    if p in WRONG_MERGES_YET else p for p in PARTS])
def test_generated_part_has_no_wrong_merge(reports: dict[str, QualityReport], part: str) -> None:
    assert reports[part].wrong_merges == []
