"""Measured ingest quality, asserted: each source ingested against the graph without its own record."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.ingest.quality import (
    CHECK_FLAG,
    CORPUS_DIR,
    GOAL_KINDS,
    GOAL_PRECISION,
    GOAL_RECALL,
    KINDS,
    SILENT_KINDS,
    QualityReport,
    Score,
    compare,
    count_silent,
    key_problems,
    load_part,
    measure,
    measure_part,
)

OCR_DAMAGED = "2025-12-12-lansgemensam-ledning"


@pytest.fixture(scope="module")
def report() -> QualityReport:
    return measure()


def _ok(value: float | None, floor: float) -> bool:
    return value is None or value >= floor


def _explain(kind: str, s: Score) -> str:
    return f"{kind}: precision {s.precision}, recall {s.recall}; missed {s.missed[:8]}; extra {s.extra[:8]}"


def test_all_five_sources_are_measured(report: QualityReport) -> None:
    assert len(report.per_document) == 5


@pytest.mark.parametrize(("kind", "recall"), [("people", 0.95), ("attendance", 0.95), ("decisions", 0.9)])
def test_overall_recall_and_precision(report: QualityReport, kind: str, recall: float) -> None:
    s = report.total[kind]
    assert s.curated > 0
    assert _ok(s.recall, recall), _explain(kind, s)
    assert _ok(s.precision, 0.9), _explain(kind, s)


@pytest.mark.parametrize(("kind", "recall"), [("people", 0.95), ("attendance", 0.95), ("decisions", 0.9)])
def test_each_document_meets_the_goal(report: QualityReport, kind: str, recall: float) -> None:
    for doc, scores in report.per_document.items():
        s = scores[kind]
        assert _ok(s.recall, recall), f"{doc}: " + _explain(kind, s)
        assert _ok(s.precision, 0.9), f"{doc}: " + _explain(kind, s)


def test_ocr_damaged_protocol_is_included_and_meets_the_goal(report: QualityReport) -> None:
    scores = report.per_document[OCR_DAMAGED]
    assert scores["attendance"].curated >= 29 and scores["decisions"].curated >= 6
    assert scores["people"].recall >= 0.95 and scores["attendance"].recall >= 0.95
    assert scores["decisions"].recall >= 0.9
    for kind in ("people", "attendance", "decisions"):
        assert scores[kind].precision >= 0.9, _explain(kind, scores[kind])


@pytest.mark.parametrize("kind", ["agenda items", "amounts", "presenters", "meetings", "reconciliation"])
def test_other_kinds_of_fact(report: QualityReport, kind: str) -> None:
    s = report.total[kind]
    assert _ok(s.recall, 0.9), _explain(kind, s)
    assert _ok(s.precision, 0.9), _explain(kind, s)


def test_table_prints_every_kind(report: QualityReport) -> None:
    table = report.table()
    for kind in ("people", "attendance", "decisions", "agenda items", "amounts"):
        assert kind in table
    assert "precision" in table and "recall" in table and "silent" in table


def test_a_missed_fact_is_silent_only_where_every_line_it_cites_was_taken_as_prose_or_layout() -> None:
    """Issue 13, point 2: a missed fact the review lists (a line no rule took) or shows misread (its line read as
    another fact) is not lost; one whose lines were all taken as prose, layout or headings is, and is counted."""
    key = {"meetings": [{"id": "m", "date": "2030-01-01", "status": "held", "lines": "1", "attendance": [
        {"list": "ledamoter", "entries": [{"name": "Anna Berg", "org": "kalmar-kommun", "line": n}
                                          for n in (3, 4, 5)]}],
        "agenda": [{"n": 1, "title": "Inledning", "lines": "7-9"}, {"n": 2, "title": "Budget", "lines": "10-12"}]}],
        "decisions": [{"kind": "other", "lines": "8-9"}, {"kind": "other", "lines": "11"}],
        "funding": [{"total": 500000, "lines": "11-12"}]}
    scores = compare(key, {}, key=True)  # an empty draft: every fact missed
    used = {3: "prose", 5: "person", 7: "prose", 8: "prose", 9: "layout", 10: "item", 11: "prose", 12: "heading"}
    count_silent(scores, used)  # line 4: no rule took it, so the review lists it under "Not understood"
    assert scores["attendance"].missed_at == [(3, 3), (4, 4), (5, 5)]
    assert scores["attendance"].silent == 1        # line 3 (prose); 4 listed; 5 read as a person
    assert scores["agenda items"].silent == 1      # the item at 7 (its heading taken as prose); 10 misread
    assert scores["decisions"].silent == 2 and scores["amounts"].silent == 1
    count_silent(scores, used, listed=[11])        # line 11 in "Prose holding a fact": the review points there
    assert scores["decisions"].silent == 1 and scores["amounts"].silent == 0
    count_silent(scores, None)                     # a refused document: said aloud, nothing silent
    assert all(s.silent == 0 for s in scores.values())
    total = Score()
    total.add(scores["attendance"])
    assert total.missed_at == [(3, 3), (4, 4), (5, 5)]


# --------------------------------------------------------------------------- the test corpus (issue 13)

PARTS = ["tune", "unseen", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
         "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17",
         "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26",
         "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34", "fresh35", "fresh36",
         "fresh37", "fresh38", "fresh39", "fresh40", "fresh41", "fresh42", "fresh43", "fresh44", "fresh45", "fresh46",
         "fresh47", "learn", "learn2", "learn3", "learn4", "learn5", "learn6", "learn7", "learn8", "learn9", "learn10",
         "learn11", "learn12", "learn13", "learn14", "learn15", "learn16", "learn17", "learn18", "learn19", "learn20",
         "learn21", "learn22", "learn23", "learn24", "learn25"]


@pytest.mark.parametrize("part", PARTS)
def test_corpus_part_keys_are_valid_records_citing_the_right_lines(part: str) -> None:
    """Every answer key loads with the record loader (with the project's records) and cites lines
    that hold what it says; every person has an expected reconciliation."""
    loaded = load_part(CORPUS_DIR / part)
    assert len(loaded.documents) >= 4
    assert key_problems(loaded) == []
    for d in loaded.documents:
        rec = next(r for r in loaded.corpus.records if r.document.id == d.id)
        assert "syntetiskt testdokument" in rec.document.lines[0].lower(), f"{d.id}: not marked synthetic"
        want = set(d.people.values())
        assert "new" in want and want - {"new"}, f"{d.id}: needs both new and known people"


def test_key_problems_catch_a_wrong_line(tmp_path) -> None:
    """The key check is not vacuous: an amount or title moved off its line is reported."""
    import shutil

    copy = tmp_path / "part"
    shutil.copytree(CORPUS_DIR / "tune", copy)
    key = sorted((copy / "records").glob("*.yaml"))[0]
    text = key.read_text(encoding="utf-8")
    first_title = next(line for line in text.splitlines() if line.lstrip(" -").startswith('title: "'))
    key.write_text(text.replace(first_title, first_title.rstrip('"') + ' (ändrad)"', 1), encoding="utf-8")
    problems = key_problems(load_part(copy))
    assert any("agenda title" in p for p in problems), problems


def test_a_key_may_say_how_the_text_writes_a_form_the_check_cannot_read(tmp_path) -> None:
    """corpus.yaml's `written` decouples the key check from the ingest's readers: a writer may write an amount or
    a name in a form no reader knows, and say so; the form must then stand on the cited lines."""
    import shutil

    import yaml

    copy = tmp_path / "part"
    shutil.copytree(CORPUS_DIR / "tune", copy)
    text = copy / "sources" / "2026-09-11-protokoll-lansgemensam-ledning.txt"
    lines = text.read_text(encoding="utf-8").split("\n")
    assert lines[11] == "Patrik Glasberg, Kalmar kommun" and "2 500 000 kr" in lines[47]
    lines[11] = "Patrik E. Glasberg, Kalmar kommun"  # a middle initial: no longer the name as the key writes it
    lines[47] = lines[47].replace("2 500 000 kr", "två komma fem miljoner kronor")
    text.write_text("\n".join(lines), encoding="utf-8")
    problems = key_problems(load_part(copy))
    assert any("attendance entry 'Patrik Glasberg' is not in lines 12" in p for p in problems), problems
    assert any("amount 2500000 is not in lines 48" in p for p in problems), problems

    corpus = copy / "corpus.yaml"
    data = yaml.safe_load(corpus.read_text(encoding="utf-8"))
    doc = next(d for d in data["documents"] if d["id"] == "2026-09-11-lansgemensam-ledning")
    doc["written"] = {"Patrik Glasberg": "Patrik E. Glasberg", 2500000: "två komma fem miljoner kronor"}
    corpus.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert [p for p in key_problems(load_part(copy)) if "Glasberg" in p or "2500000" in p] == []

    doc["written"] = {"Patrik Glasberg": "Patrik E Glasberg"}  # not as written (the initial's dot): no excuse
    corpus.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    problems = key_problems(load_part(copy))
    assert any("written form 'Patrik E Glasberg' (for 'Patrik Glasberg') is not in the text" in p for p in problems)
    assert any("attendance entry 'Patrik Glasberg' is not in lines 12" in p for p in problems), problems


@pytest.fixture(scope="module")
def corpus_reports() -> dict[str, QualityReport]:
    reports = {part: measure_part(load_part(CORPUS_DIR / part)) for part in PARTS}
    for r in reports.values():  # the figures, shown with `pytest -s` (and in a failing goal's message)
        print(r.summary())
    return reports


@pytest.mark.parametrize("part", PARTS)
def test_each_corpus_part_is_measured_document_by_document(corpus_reports: dict[str, QualityReport],
                                                            part: str) -> None:
    """Every document of the part is measured (a refused document counts with every fact missed),
    and each goal kind has facts in the answer keys to be measured on."""
    loaded = load_part(CORPUS_DIR / part)
    report = corpus_reports[part]
    assert set(report.per_document) == {d.id for d in loaded.documents}
    for kind in GOAL_KINDS:
        assert report.total[kind].curated > 0, kind
    assert set(report.total) == set(KINDS)


# The goal on the held-out parts (issue 13, point 5): recall >= 0.95 and precision >= 0.98 for the goal
# kinds, and no wrong merge. Which parts were held out and tuned on in each round, and every round's figures
# before and after, are in tests/ingest_corpus/ROUNDS.md.
# Each is a strict xfail, so meeting a goal turns the test into an XPASS failure: then remove it from
# NOT_MET_YET and the goal is asserted from there on.
# unseen, fresh, fresh2: tuned on since the third round, fresh3 since the fourth, fresh4 since the fifth,
# fresh5 since the sixth, fresh6 and fresh7 since the seventh, fresh8 and fresh9 since the eighth, fresh10 and
# fresh11 since the ninth, fresh12 and fresh13 since the tenth, fresh14 and fresh15 since the eleventh, fresh16 and
# fresh17 since the twelfth, fresh18 and fresh19 since the nineteenth, fresh20 and fresh21 since the twenty-second,
# fresh26 and fresh27 since the twenty-third, fresh28 and fresh29 since the twenty-fourth, fresh30 and fresh31 since
# the twenty-fifth, fresh32 and fresh33 since the twenty-sixth, fresh34 and fresh35 since the twenty-seventh, fresh36
# and fresh37 since the twenty-eighth, fresh38 and fresh39 since the twenty-ninth, fresh40 and fresh41 since the
# thirtieth, fresh42 and fresh43 since the thirty-first, fresh44 and fresh45 since the thirty-second: all measured
# here as guards; the held-out parts of record after the thirty-second round are fresh46 and fresh47, written by
# others while it ran (in the templates of real public minutes not used before, of other kinds of bodies than any
# earlier part's: maternal and child health care; medicines, infection control and vaccination), never opened by a
# tuner;
# fresh22/fresh23 and fresh24/fresh25 (the next protocols of fresh18's/fresh19's and fresh20's/fresh21's bodies,
# never opened) stay held out as the measure of a body's next protocols in a template the rules were tuned on
HELD_OUT = ["unseen", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
            "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17",
            "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26",
            "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34", "fresh35",
            "fresh36", "fresh37", "fresh38", "fresh39", "fresh40", "fresh41", "fresh42", "fresh43", "fresh44",
            "fresh45", "fresh46", "fresh47"]
NOT_MET_YET: dict[str, set[str]] = {
    "unseen": set(), "fresh": set(), "fresh2": set(), "fresh3": set(), "fresh4": set(), "fresh5": set(),
    "fresh6": set(), "fresh7": set(), "fresh8": set(), "fresh9": set(),
    "fresh10": set(), "fresh11": set(), "fresh12": set(), "fresh13": set(),
    "fresh14": set(), "fresh15": set(),
    "fresh16": set(),
    "fresh17": set(),
    # (every goal kind of both met in the nineteenth round, tuned on them)
    "fresh18": set(),
    "fresh19": set(),
    # (tuned on in the twenty-second round: fresh21 meets every goal kind, fresh20 all but attendance)
    "fresh20": {"attendance"},
    "fresh21": set(),
    # (the next protocols of fresh18's and fresh19's bodies in their templates, other content: every goal kind met
    # as written, on the rules of the nineteenth round, tuned on those templates; never tuned on themselves)
    "fresh22": set(),
    "fresh23": set(),
    # (the next protocols of fresh20's and fresh21's bodies in their templates, never tuned on: read by the rules
    # alone; read with the forms learned from fresh20 and fresh21 accepted, below)
    "fresh24": set(GOAL_KINDS),
    # (fresh25's agenda items and presenters met since the twenty-sixth round, never opened: its header read, a
    # letterhead's title word in the middle cell)
    "fresh25": {"attendance", "decisions"},
    # (held out in the twenty-second round, tuned on in the twenty-third: templates of real public minutes of kommuner's
    # nämnder and råd, and of kommunalförbund, regional bodies and föreningar; fresh27's presenters .963 (.963), one
    # read from a lettered point its key makes a sub-item)
    "fresh26": set(),
    "fresh27": {"presenters"},
    # (held out in the twenty-third round, tuned on in the twenty-fourth: networks and joint bodies below the
    # politicians; school, education and owned bodies)
    "fresh28": {"attendance", "presenters", "decisions"},
    "fresh29": {"attendance"},
    # (held out in the twenty-fourth round, tuned on in the twenty-fifth: social services bodies; health care and
    # närvård bodies)
    "fresh30": set(),
    "fresh31": set(),
    # (held out in the twenty-fifth round, tuned on in the twenty-sixth: school and education bodies; elderly care and
    # municipal health care)
    "fresh32": {"attendance"},
    "fresh33": {"attendance"},
    # (held out in the twenty-sixth round, tuned on in the twenty-seventh: disability support and LSS; public health
    # and prevention)
    "fresh34": set(),
    "fresh35": set(),
    # (held out in the twenty-seventh round, tuned on in the twenty-eighth: elderly care, dementia and relatives'
    # support; school, student health and social services; fresh37's decisions .902 (.979))
    "fresh36": set(),
    "fresh37": {"decisions"},
    # (held out in the twenty-eighth round, tuned on in the twenty-ninth: disability care and LSS; substance abuse and
    # dependency care)
    "fresh38": set(),
    "fresh39": set(),
    # (held out in the twenty-ninth round, tuned on in the thirtieth: violence in close relationships; children's and
    # young people's mental health; fresh41's attendance .978 (.978), a youth council's adults under "Vuxna:" read
    # as members)
    "fresh40": set(),
    "fresh41": {"attendance"},
    # (held out in the thirtieth round, tuned on in the thirty-first: elderly care and dementia; crisis preparedness
    # and civil defence; fresh42's amounts .958 (.958), one sum counted at another line)
    "fresh42": {"amounts"},
    "fresh43": {"attendance", "agenda items", "decisions"},
    # (held out in the thirty-first round, tuned on in the thirty-second: mental health and suicide prevention;
    # habilitation and assistive aids; fresh44's agenda items .971 (.971), presenters .975 (.951), decisions .957
    # (.978); fresh45's a network's report of three meetings, its year never written, unread)
    "fresh44": {"agenda items", "presenters", "decisions"},
    "fresh45": {"attendance", "agenda items", "presenters", "decisions", "amounts"},
    # (held out from the thirty-second round: maternal and child health care; medicines, infection control and
    # vaccination)
    "fresh46": set(GOAL_KINDS),
    "fresh47": set(GOAL_KINDS),
}
# parts where new people one letter from known ones are still merged (fresh25's one merge no longer made after the
# twenty-second round; fresh28's one and fresh29's two, made on co-attendance alone, no longer since the twenty-third,
# when co-attendance stopped confirming a spelling of its own: see reconcile.py)
WRONG_MERGES_YET: set[str] = set()


@pytest.mark.parametrize(("part", "kind"), [
    pytest.param(p, k, marks=pytest.mark.xfail(strict=True, reason="issue 13 goal not met yet"))
    if k in NOT_MET_YET[p] else (p, k) for p in HELD_OUT for k in GOAL_KINDS])
def test_held_out_part_meets_the_goal(corpus_reports: dict[str, QualityReport], part: str, kind: str) -> None:
    s = corpus_reports[part].total[kind]
    assert s.recall is not None and s.recall >= GOAL_RECALL, _explain(kind, s)
    assert s.precision is not None and s.precision >= GOAL_PRECISION, _explain(kind, s)


@pytest.mark.parametrize("part", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="issue 13 goal not met yet: new people one "
                                                                "letter from known ones are merged"))
    if p in WRONG_MERGES_YET else p for p in HELD_OUT])
def test_held_out_part_has_no_wrong_merge(corpus_reports: dict[str, QualityReport], part: str) -> None:
    assert corpus_reports[part].wrong_merges == []


# parts where a missed fact is lost without a trace in the review
# (fresh18 and fresh19 lose none since the nineteenth round: their silent decisions, items and amounts read)
# (fresh20, fresh21, fresh22 and fresh24 lose none since the twenty-second round, fresh23 and fresh26 since the
# twenty-third)
# (fresh30 and fresh31 lose none since the twenty-fifth round)
# (fresh35 loses none since the twenty-seventh round; fresh25 and fresh32 since the twenty-eighth, a person's name
# on a line no fact took listed for the review; fresh38 and fresh39 since the twenty-ninth, tuned on, and fresh34, its
# last silent miss read)
# (fresh41 loses none since the thirtieth round, tuned on; fresh42 and fresh43 since the thirty-first; fresh44 and
# fresh45 since the thirty-second)
SILENT_YET: set[str] = {"fresh27", "fresh28", "fresh33", "fresh36", "fresh37", "fresh40", "fresh46", "fresh47"}


@pytest.mark.parametrize("part", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="issue 13 point 2 not met yet: missed facts on "
                                                                "lines taken as prose or layout"))
    if p in SILENT_YET else p for p in HELD_OUT])
def test_held_out_part_loses_no_fact_in_silence(corpus_reports: dict[str, QualityReport], part: str) -> None:
    """What the ingest misses, the review must point at: listed as not understood, or misread as another fact;
    never taken as prose (issue 13, point 2)."""
    silent = {k: corpus_reports[part].total[k].silent for k in SILENT_KINDS}
    assert not any(silent.values()), silent


def test_known_documents_have_no_wrong_merge(report: QualityReport) -> None:
    assert report.wrong_merges == []


def test_cli_measures_one_corpus_part(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    """`samverkan ingest-quality --corpus PART` prints that part's block only, with its wrong merges,
    and writes the same numbers as JSON."""
    import json

    from graph.cli import main

    out = tmp_path / "q.json"
    assert main(["ingest-quality", "--corpus", str(CORPUS_DIR / "tune"), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "corpus part 'tune'" in printed and "known documents" not in printed
    assert "wrong merges" in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    assert list(data) == ["tune"]
    assert set(data["tune"]["documents"]) == {d.id for d in load_part(CORPUS_DIR / "tune").documents}


def test_cli_pools_parts_by_their_facts(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--pool` adds a block of the parts' documents together: per kind the counts are the parts' sums
    (a kind weighed by its facts, not by its part), so its recall is neither part's nor their mean."""
    import json

    from graph.cli import main

    out = tmp_path / "q.json"
    parts = [str(CORPUS_DIR / "tune"), str(CORPUS_DIR / "unseen")]
    assert main(["ingest-quality", "--corpus", parts[0], "--corpus", parts[1], "--pool", "--json", str(out)]) == 0
    assert "the parts 'tune', 'unseen' pooled, " in capsys.readouterr().out
    data = json.loads(out.read_text(encoding="utf-8"))
    assert list(data) == ["tune", "unseen", "pooled"]
    for kind, pooled in data["pooled"]["total"].items():
        for count in ("curated", "draft", "matched"):
            assert pooled[count] == data["tune"]["total"][kind][count] + data["unseen"]["total"][kind][count]
        if pooled["curated"]:
            assert pooled["recall"] == pooled["matched"] / pooled["curated"]
    assert len(data["pooled"]["documents"]) == len(data["tune"]["documents"]) + len(data["unseen"]["documents"])
    assert main(["ingest-quality", "--corpus", parts[0], "--pool"]) == 2
    assert "--pool needs two or more --corpus parts" in capsys.readouterr().err


def test_the_default_blocks_measure_every_part_in_the_order_written(tmp_path: Path) -> None:
    """`samverkan ingest-quality` without --corpus finds the parts in the folder (no list to forget a new
    part in): the parts this test measures, tune and unseen first, then fresh, fresh2, ... by number."""
    from graph.ingest.quality import corpus_parts

    assert [p.name for p in corpus_parts()] == PARTS
    for name in ("fresh10", "fresh2", "zeta", "fresh", "unseen", "tune", "notes"):
        (tmp_path / name).mkdir()
        if name != "notes":  # no corpus.yaml: no part
            (tmp_path / name / "corpus.yaml").write_text("documents: []\n", encoding="utf-8")
    assert [p.name for p in corpus_parts(tmp_path)] == ["tune", "unseen", "fresh", "fresh2", "fresh10", "zeta"]
    assert corpus_parts(tmp_path / "absent") == []


def test_cli_refuses_a_folder_that_is_not_a_corpus_part(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    from graph.cli import main

    assert main(["ingest-quality", "--corpus", str(tmp_path)]) == 2
    assert f"{tmp_path}: not a corpus part" in capsys.readouterr().err


def test_another_project_is_measured_without_this_corpus(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    """In a project whose records the corpus keys do not refer to, the default blocks skip the corpus
    with a note instead of failing; asked for by --corpus, it is an error naming the key's file:line."""
    from graph.cli import main

    folder = tmp_path / "tom"
    assert main(["init", str(folder)]) == 0
    capsys.readouterr()
    assert main(["--project", str(folder), "ingest-quality"]) == 0
    assert "does not load with these records" in capsys.readouterr().err
    assert main(["--project", str(folder), "ingest-quality", "--corpus", str(CORPUS_DIR / "unseen")]) == 2
    assert "unseen/records/" in capsys.readouterr().err


def test_an_answer_key_keeps_people_one_letter_apart_apart() -> None:
    """Two people of a key one letter apart (a known one and a new one) are two people to find; a draft
    that makes them one misses one."""
    from graph.ingest.quality import compare

    def rec(*names: str) -> dict:
        return {"people": [{"name": n, "lines": i + 1} for i, n in enumerate(names)]}

    key = rec("Julia Edman", "Julia Edmann", "Anna Ek")
    assert compare(key, rec("Julia Edman", "Julia Edmann", "Anna Ek"), key=True)["people"].recall == 1.0
    assert compare(key, rec("Julia Edman", "Anna Ek"), key=True)["people"].recall == pytest.approx(2 / 3)
    merged = {"people": [{"name": "Julia Edman", "variants": ["Julia Edmann"], "lines": 1},
                         {"name": "Anna Ek", "lines": 3}]}
    assert compare(key, merged, key=True)["people"].recall == pytest.approx(2 / 3)
    assert compare(key, rec("Julia Edman", "Anna Ek"))["people"].curated == 2  # the project's rule: one person


@pytest.mark.parametrize(("key_lines", "draft_lines", "matched"), [
    ("25-26", 26, True), ("26", 26, True), ("25-26", 25, True), ("25", 26, False), ("26-27", 25, False)])
def test_an_amount_matches_on_lines_that_meet(key_lines: str, draft_lines: int, matched: bool) -> None:
    """A key citing the whole sentence stating a sum ("För 2030 avsätts" / "6 miljoner kronor ...") and a
    draft citing the amount's own line agree; the same sum on another line does not."""
    from graph.ingest.quality import compare

    def rec(lines: str | int, total: int = 6000000) -> dict:
        return {"funding": [{"id": "f", "label": "Medel", "total": total, "lines": lines, "parts": []}]}

    s = compare(rec(key_lines), rec(draft_lines), key=True)["amounts"]
    assert (s.recall, s.precision) == ((1.0, 1.0) if matched else (0.0, 0.0))
    assert compare(rec(key_lines), rec(draft_lines, 600000), key=True)["amounts"].recall == 0.0


def test_an_attendance_entry_matches_an_organisation_each_record_defines_by_its_name() -> None:
    """An organisation no project record defines, which the key and the draft each define themselves under ids
    of their own, is the same where its name is (as for decisions); another name, or an id neither defines, is
    not."""
    from graph.ingest.quality import compare

    def rec(org_id: str, org_name: str, entry_org: str) -> dict:
        return {"organisations": [{"id": org_id, "name": org_name, "type": "external"}],
                "meetings": [{"id": "m", "date": "2050-01-01", "status": "held", "attendance": [
                    {"list": "ovriga", "entries": [{"name": "Hanna Lövgren", "org": entry_org, "line": 9}]}]}]}

    key = rec("svenska-kyrkan-gen7", "Svenska kyrkan i Kalmar", "svenska-kyrkan-gen7")
    assert compare(key, rec("svenska-kyrkan-i-kalmar", "Svenska kyrkan i Kalmar", "svenska-kyrkan-i-kalmar"),
                   key=True)["attendance"].recall == 1.0
    assert compare(key, rec("svenska-kyrkan-i-vaxjo", "Svenska kyrkan i Växjö", "svenska-kyrkan-i-vaxjo"),
                   key=True)["attendance"].recall == 0.0
    assert compare(key, rec("x", "Svenska kyrkan i Kalmar", "region-kalmar-lan"), key=True)["attendance"].recall == 0.0


@pytest.mark.parametrize(("matched", "draft", "met"), [(95, 96, True), (95, 97, False), (94, 94, False),
                                                         (98, 100, True), (96, 98, False), (96, 97, True)])
def test_a_score_meets_the_goal_at_both_bounds(matched: int, draft: int, met: bool) -> None:
    """Recall matched/100 and precision matched/draft against GOAL_RECALL and GOAL_PRECISION; no facts, no goal."""
    s = Score(curated=100, draft=draft, matched_curated=matched, matched_draft=matched)
    assert s.meets_goal() is met
    assert Score().meets_goal() is False


# ---------------------------------------------------------- reading with the forms of accepted protocols (learned.py)
# part -> (the parts whose documents count as accepted protocols, "within": each of its documents read with its
# other documents accepted; the goal kinds not met yet)
LEARNED: dict[str, tuple[list[str], set[str]]] = {
    # the development parts the learning was built on (five bodies, two protocols each): tuned figures
    "learn": (["within"], {"presenters", "decisions"}),
    "learn2": (["within"], {"attendance", "presenters", "decisions"}),
    "learn3": (["within"], set()),
    # held out: the next protocols of the bodies of fresh18/fresh19 (already at the goal by the rules tuned on
    # those templates) and of fresh20/fresh21 (tuned on in the twenty-second round), read once those are accepted
    "fresh22": (["fresh18"], set()),
    "fresh23": (["fresh19"], set()),
    "fresh24": (["fresh20"], set(GOAL_KINDS) - {"amounts"}),
    "fresh25": (["fresh21"], {"attendance", "decisions"}),      # (agenda items and presenters met: twenty-sixth round)
}


@pytest.fixture(scope="module")
def learned_reports() -> dict[str, QualityReport]:
    reports = {}
    for part, (teachers, _) in LEARNED.items():
        reports[part] = measure_part(load_part(CORPUS_DIR / part),
                                     [load_part(CORPUS_DIR / t) for t in teachers if t != "within"],
                                     within="within" in teachers)
        print("with learned forms:", reports[part].summary())
    return reports


@pytest.mark.parametrize(("part", "kind"), [
    pytest.param(p, k, marks=pytest.mark.xfail(strict=True, reason="issue 13 goal not met yet with learned forms"))
    if k in LEARNED[p][1] else (p, k) for p in LEARNED for k in GOAL_KINDS])
def test_a_part_read_with_its_bodies_accepted_protocols_forms_meets_the_goal(
        learned_reports: dict[str, QualityReport], part: str, kind: str) -> None:
    s = learned_reports[part].total[kind]
    assert s.recall is not None and s.recall >= GOAL_RECALL, _explain(kind, s)
    assert s.precision is not None and s.precision >= GOAL_PRECISION, _explain(kind, s)


# (on fresh25, read with fresh21's forms, 2 agenda items, 1 decision and 1 presenter the rules alone read were lost,
# for 8 more attendance entries, until the twenty-second round)
LEARNING_LOSES_YET: set[str] = set()


@pytest.mark.parametrize("part", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="learned forms lose a few facts the rules read"))
    if p in LEARNING_LOSES_YET else p for p in LEARNED])
def test_learned_forms_lose_no_fact_the_rules_read_and_merge_no_one(
        learned_reports: dict[str, QualityReport], corpus_reports: dict[str, QualityReport], part: str) -> None:
    """Reading with an accepted protocol's forms keeps every fact the rules alone read (per goal kind, at least as
    many matched), and adds no wrong merge."""
    for kind in GOAL_KINDS:
        alone, taught = corpus_reports[part].total[kind], learned_reports[part].total[kind]
        assert taught.matched_curated >= alone.matched_curated, (kind, alone, taught)
    assert len(learned_reports[part].wrong_merges) <= len(corpus_reports[part].wrong_merges)


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
