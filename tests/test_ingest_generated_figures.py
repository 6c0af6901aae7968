"""The rules measured on generated protocols (tests/ingest_gen): version 1 of the generator, on which the fifteenth and
sixteenth rounds tuned (seeds 1-400; 1-40 are measured here), with its never-opened seeds 1001-1040; version 2
(widened from real public minutes), on which the seventeenth round tuned (seeds 401-600; 401-460 measured here),
with its never-opened seeds 3001-3060; version 3 (widened from 73 more real documents), on which the eighteenth
round tuned (seeds 601-800; 601-640 measured here), with its never-opened seeds 3101-3140. Each part's figures may
not fall below what they were at the eighteenth round's merge (a floor per goal kind, recall and precision, rounded
down), and the goal of issue 13 (recall >= 0.95, precision >= 0.98, no wrong merge) is asserted with the kinds not
met yet as strict xfails, like the hand-written parts in test_ingest_quality.py."""

from __future__ import annotations

import pytest

from graph.ingest.quality import GOAL_KINDS, QualityReport, load_part, measure_part
from tests.ingest_gen.write import parse_seeds, write_part

# part -> (seeds, the generator's version)
PARTS: dict[str, tuple[str, int]] = {"gen-tune": ("1-40", 1), "gen-held": ("1001-1040", 1),
                                     "gen2-tune": ("401-460", 2), "gen2-held": ("3001-3060", 2),
                                     "gen3-tune": ("601-640", 3), "gen3-held": ("3101-3140", 3)}
# the figures at the merge of round 18 (ing-rules18a and ing-rules18b), recall and precision rounded down to two
# decimals (version 1 measured on seeds 1-40 and 1001-1040 since round 18, 1-60 and 1001-1060 before; round 17's
# merge on those for comparison, in the order of GOAL_KINDS: gen-tune .99/.99 .97/1.00 .95/.98 .96/.99 1.00/1.00,
# gen-held .99/.99 .99/1.00 .98/.99 .96/.97 1.00/1.00, gen2-tune .99/.99 1.00/1.00 .99/.99 .98/.98 1.00/1.00,
# gen2-held .96/.98 .99/.99 .97/.98 .98/.98 .97/1.00; round 15's: gen-tune .95/.97 .97/1.00 .89/.97 .94/.97
# 1.00/1.00, gen-held .96/.96 .98/.99 .95/.96 .94/.96 .97/1.00)
FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    "gen-tune": {"attendance": (0.99, 1.00), "agenda items": (0.98, 1.00), "presenters": (0.96, 0.98),
                 "decisions": (0.98, 0.99), "amounts": (1.00, 1.00)},
    "gen-held": {"attendance": (0.99, 0.99), "agenda items": (1.00, 1.00), "presenters": (0.99, 1.00),
                 "decisions": (0.96, 0.97), "amounts": (1.00, 1.00)},
    "gen2-tune": {"attendance": (0.99, 0.99), "agenda items": (1.00, 1.00), "presenters": (0.99, 0.99),
                  "decisions": (0.98, 0.98), "amounts": (1.00, 1.00)},
    "gen2-held": {"attendance": (0.98, 0.99), "agenda items": (0.99, 0.99), "presenters": (0.98, 0.99),
                  "decisions": (0.98, 0.98), "amounts": (0.97, 1.00)},
    "gen3-tune": {"attendance": (0.97, 0.99), "agenda items": (0.98, 0.99), "presenters": (0.97, 0.97),
                  "decisions": (0.97, 0.99), "amounts": (0.99, 1.00)},
    "gen3-held": {"attendance": (0.89, 0.99), "agenda items": (0.93, 1.00), "presenters": (0.90, 0.97),
                  "decisions": (0.89, 0.96), "amounts": (0.90, 1.00)},
}
# (round 18: on version 1 every goal kind met but gen-held decisions, precision .975; on version 2 every goal kind
# met; on version 3's tuned seeds 601-640 all but presenters, precision .972 (on the whole range 601-800 the same,
# precision .973); on its never-opened seeds 3101-3140 no goal kind met, recall
# .90-.94 (on the whole held-out range 3101-3200 .93-.96); ROUNDS.md)
# (gen-held's decisions met since the twenty-fifth round: recall .995, precision 1.000)
# (gen3-held's agenda items met since the twenty-seventh round: its one-line items and numbered sentences read)
# (gen3-tune's presenters met since the twenty-eighth round: recall .978, precision .993)
# (gen3-held's presenters and decisions met since the 51st round, a protocol whose head gives no date keeping its
# meeting: presenters .935 -> .968 (.993), decisions .932 -> .958 (.987); attendance .917 -> .945, items .967 -> .998)
NOT_MET_YET: dict[str, set[str]] = {"gen-tune": set(), "gen-held": set(), "gen2-tune": set(),
                                     "gen2-held": set(), "gen3-tune": set(),
                                     "gen3-held": {"attendance", "amounts"}}
WRONG_MERGES_YET: set[str] = set()


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, QualityReport]:
    out = {}
    for name, (seeds, version) in PARTS.items():
        folder = tmp_path_factory.mktemp(name) / name
        write_part(parse_seeds(seeds), folder, version=version)
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
    assert s.meets_goal(), f"{part} {kind}: recall {s.recall}, precision {s.precision}"


@pytest.mark.parametrize("part", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="issue 13 goal not met yet: a new person one "
                                                                "letter from a known one is merged"))
    if p in WRONG_MERGES_YET else p for p in PARTS])
def test_generated_part_has_no_wrong_merge(reports: dict[str, QualityReport], part: str) -> None:
    assert reports[part].wrong_merges == []
