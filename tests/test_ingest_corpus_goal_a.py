"""The issue-13 goal on the first share of the test corpus's parts (tests/corpus_goal.py: which part, and the shared
tests), and the parts read with the forms of their bodies' accepted protocols (graph/ingest/learned.py), which
measures them and the parts they learn from (all in this share) again with the forms learned."""

from __future__ import annotations

import pytest

from graph.ingest.quality import CHECK_FLAG, GOAL_KINDS, GOAL_PRECISION, GOAL_RECALL, QualityReport, measure_part

from .corpus_goal import (  # noqa: F401 (the shared tests and their parametrising hook, run on this file's share)
    LEARNED,
    LEARNING_LOSES_YET,
    explain,
    loaded,
    part_report,
    pytest_generate_tests,
    test_each_corpus_part_is_measured_document_by_document,
    test_held_out_part_has_no_wrong_merge,
    test_held_out_part_loses_no_fact_in_silence,
    test_held_out_part_meets_the_goal,
)

SHARE = 0


@pytest.fixture(scope="module")
def learned_reports() -> dict[str, QualityReport]:
    reports = {}
    for part, (teachers, _) in LEARNED.items():
        reports[part] = measure_part(loaded(part), [loaded(t) for t in teachers if t != "within"],
                                     within="within" in teachers)
        print("with learned forms:", reports[part].summary())
    return reports


@pytest.mark.parametrize(("part", "kind"), [
    pytest.param(p, k, marks=pytest.mark.xfail(strict=True, reason="issue 13 goal not met yet with learned forms"))
    if k in LEARNED[p][1] else (p, k) for p in LEARNED for k in GOAL_KINDS])
def test_a_part_read_with_its_bodies_accepted_protocols_forms_meets_the_goal(
        learned_reports: dict[str, QualityReport], part: str, kind: str) -> None:
    s = learned_reports[part].total[kind]
    assert s.recall is not None and s.recall >= GOAL_RECALL, explain(kind, s)
    assert s.precision is not None and s.precision >= GOAL_PRECISION, explain(kind, s)


@pytest.mark.parametrize("part", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="learned forms lose a few facts the rules read"))
    if p in LEARNING_LOSES_YET else p for p in LEARNED])
def test_learned_forms_lose_no_fact_the_rules_read_and_merge_no_one(
        learned_reports: dict[str, QualityReport], part: str) -> None:
    """Reading with an accepted protocol's forms keeps every fact the rules alone read (per goal kind, at least as
    many matched), and adds no wrong merge."""
    for kind in GOAL_KINDS:
        alone, taught = part_report(part).total[kind], learned_reports[part].total[kind]
        assert taught.matched_curated >= alone.matched_curated, (kind, alone, taught)
    assert len(learned_reports[part].wrong_merges) <= len(part_report(part).wrong_merges)


@pytest.mark.parametrize("part", ["learn", "learn2", "learn3", "fresh22", "fresh23"])
def test_the_template_check_foretells_the_kinds_to_check(learned_reports: dict[str, QualityReport],
                                                         part: str) -> None:
    """The review's figures from the accepted protocol read again with its forms (a kind under 0.95 of what was
    accepted flagged) foretell how the next protocol reads: per document and goal kind the recall differs from them by
    0.10 at most on average, and at most one in ten document-kinds reads under 0.95 unflagged. Measured: learn
    0.042, learn2 0.029, learn3 0.020, fresh22 0.010, fresh23 0.009 (the bounds set after measuring); not on fresh25,
    whose next protocols read far worse than the accepted ones (0.473), nor since the twenty-second round on fresh24
    (0.097 before it, 0.119 after): that round tuned the rules on fresh20, the accepted protocols, which now read near
    1.0, while their bodies' next protocols, never tuned on, read at about 0.7."""
    report = learned_reports[part]
    assert report.learned == len(report.per_document)
    assert sum(abs(p - a) for p, a in report.checked) / len(report.checked) <= 0.10
    assert sum(1 for p, a in report.checked if p >= CHECK_FLAG and a < CHECK_FLAG) <= 0.1 * len(report.checked)
