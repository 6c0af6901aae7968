"""The learned attendance model (graph/ingest/learned_attendance.py): what it is trained on, the features of a line,
that it reads list lines no rule read and notes them for review, and the kind of list it puts them in. The inputs are
written here (names and bodies invented), but one: an OCR-damaged list of a tuned-on corpus part."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from graph.ingest.extract import Extractor
from graph.ingest.learned_attendance import THRESHOLD, shipped_model, taken_lines
from graph.ingest.learned_lines import LineModel, fit, line_features
from graph.ingest.pipeline import Context, ingest
from graph.ingest.review import make_review, render_markdown

from .corpus_goal import GENERATED_TRAINING, NEVER_OPENED, PARTS

ROOT = Path(__file__).resolve().parents[1]
# a nämnd's OCR-damaged list in a label's column: "vice ordforande" without its dots and "tjg för" are read by no
# rule, so those three lines are lost to the rules (learn13, tuned on and trained on)
DAMAGED = ROOT / "tests" / "ingest_corpus" / "learn13" / "sources" / "2072-03-09-protokoll-socialnamnden-torsas.txt"
#: a model that takes every line (the rules around it tested, not the shipped weights)
EVERY = LineModel({"bias": 10.0})


def _read(ctx: Context, text: str, model: LineModel | None):  # type: ignore[no-untyped-def]
    reader = Extractor(text, ctx.lexicon, ctx.orgs, ctx.matcher, ctx.works, attendance_model=model)
    return reader, reader.run()


def test_the_shipped_model_is_trained_on_every_opened_part_and_no_unopened_one() -> None:
    """As the decision model: a round that opens or adds a part and forgets to train again fails here."""
    model = shipped_model()
    assert model is not None
    assert list(model.trained_on) == [p for p in PARTS if p not in NEVER_OPENED] + GENERATED_TRAINING
    assert not set(model.trained_on) & set(NEVER_OPENED)
    assert model.threshold == THRESHOLD
    assert 0 < model.positives < model.rows


def test_fitting_is_the_same_each_time_and_learns_the_shapes() -> None:
    rows = [(frozenset({"bias", "s_name", "s_org"}), True), (frozenset({"bias", "s_stop", "s_low=m"}), False)] * 6
    one, two = fit(rows, THRESHOLD, ["a"]), fit(rows, THRESHOLD, ["a"])
    assert one.to_json() == two.to_json()
    assert LineModel.from_json(one.to_json()) == one
    assert one.probability({"bias", "s_name", "s_org"}) > 0.9 > 0.1 > one.probability({"bias", "s_stop", "s_low=m"})
    # (a feature fewer lines than LEAST_ROWS have counts for nothing)
    assert "s_rare" not in fit(rows + [(frozenset({"bias", "s_rare"}), True)], THRESHOLD, ["a"]).weights


def test_a_line_is_read_with_its_neighbours() -> None:
    lines = ["Närvarande:", "Anna Holm (S), Kalmar kommun", "", "1. Läget i länet"]
    feats = line_features(lines)
    assert {"s_name", "s_given", "s_party", "s_org", "s_c=1", "p_colon", "p_fw=narvarande", "x_blank",
            "pp_none"} <= feats[1]
    assert "s_blank" in feats[2] and "s_numbered" in feats[3]
    assert {"at=0", "at=3"} <= {f for fs in feats for f in fs if f.startswith("at=")}


def test_list_lines_no_rule_read_are_read_by_the_model_and_noted(ctx: Context, tmp_path: Path) -> None:
    text = DAMAGED.read_text(encoding="utf-8")
    _, rules = _read(ctx, text, None)
    _, both = _read(ctx, text, shipped_model())
    by_rules = {e.name for lst in rules.attendance for e in lst.entries}
    learned = {e.name: (lst.kind, e.learned) for lst in both.attendance for e in lst.entries if e.learned}
    assert {"Marita Bengtzon", "Emelie Ingvarson", "Bo Frisk"} <= set(learned)
    assert not set(learned) & by_rules
    assert all(kind == "ledamoter" and p is not None and p >= THRESHOLD for kind, p in learned.values())
    # the rules' own reading of the list is kept, and their lines are attendance now
    assert by_rules <= {e.name for lst in both.attendance for e in lst.entries}
    assert all(both.used[n] == "attendance" for n in (7, 9, 10))
    # the draft notes each, and the review counts them
    src = tmp_path / DAMAGED.name
    src.write_text(text, encoding="utf-8")
    result = ingest(src, dataclasses.replace(ctx, attendance_model=shipped_model()))
    notes = [e.get("note", "") for m in result.record["meetings"] for lst in m.get("attendance", [])
             for e in lst["entries"] if e["name"] == "Bo Frisk"]
    assert notes and "learned attendance model" in notes[0]
    review = render_markdown(result, make_review(result, ctx), "drafts/protokoll.yaml")
    assert "attendance entries read by the learned model of attendance lines, by no rule" in review


def test_without_the_model_nothing_is_added(ctx: Context) -> None:
    _, ex = _read(ctx, DAMAGED.read_text(encoding="utf-8"), None)
    assert not [e for lst in ex.attendance for e in lst.entries if e.learned is not None]


def test_the_kind_of_the_nearest_list_above(ctx: Context) -> None:
    text = ("Protokoll Samordnande grupp Äldre\nDatum: 2047-10-08\n\nLars Berg, Torsås kommun\n\nNärvarande:\n"
            "Sofia Hartz, Region Kalmar län\nAnna Holm, Kalmar kommun\n\nÖvriga närvarande:\n"
            "Per Ek, Nybro kommun\n\nEva Lund, sekreterare\n")
    reader, ex = _read(ctx, text, None)
    assert [(lst.kind, lst.lines[0]) for lst in ex.attendance] == [("ledamoter", 6), ("ovriga", 10)]
    assert reader._learned_kind(ex, 4) == "ledamoter"       # no list above: members
    assert reader._learned_kind(ex, 9) == "ledamoter"
    assert reader._learned_kind(ex, 13) == "ovriga"


def test_a_person_the_rules_listed_is_not_listed_again(ctx: Context) -> None:
    _, ex = _read(ctx, DAMAGED.read_text(encoding="utf-8"), EVERY)
    by_rules = [e.name for lst in ex.attendance for e in lst.entries if e.learned is None]
    learned = [e.name for lst in ex.attendance for e in lst.entries if e.learned is not None]
    assert learned and len(learned) == len(set(learned))
    assert not set(learned) & set(by_rules)


def test_taken_lines_leave_the_rules_lines_alone() -> None:
    lines = ["Anna Holm, Kalmar kommun", "Per Ek, Nybro kommun", "Eva Lund, Emmaboda kommun", ""]
    assert [n for n, _ in taken_lines(EVERY, lines, {1: "attendance", 2: "prose", 3: "layout"})] == [2]
