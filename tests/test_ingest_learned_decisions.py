"""The learned decision model (graph/ingest/learned_decisions.py): what it is trained on, how a text is cut into
sentences, that it reads a decision no rule reads and notes it for review, and that it leaves alone what the rules
read and what decides nothing. Each test writes its own input text (names and bodies invented here)."""

from __future__ import annotations

import dataclasses
import importlib.util
import re
from pathlib import Path

from graph.ingest.extract import Extractor
from graph.ingest.extract_model import Item
from graph.ingest.learned_decisions import (
    KINDS,
    THRESHOLD,
    DecisionModel,
    fit,
    learned_decisions,
    sentences,
    shipped_model,
)
from graph.ingest.pipeline import Context, ingest
from graph.ingest.review import make_review, render_markdown

from .corpus_goal import GENERATED_TRAINING, NEVER_OPENED, PARTS

HEAD = ["Protokoll Samordnande grupp Äldre", "Datum: 2047-10-08", "",
        "Närvarande:", "Sofia Hartz, Region Kalmar län", "Anna Holm, Kalmar kommun", ""]
# (no rule reads "överlåter åt ... att besluta": the model does, at 0.96)
# (the 43rd round's retraining, on learn35/learn36 and learn35's items in a margin, put "... om fördelningen." at 0.945:
# the sentence now names what is distributed)
UNRULED = "Gruppen överlåter åt presidiet att besluta om fördelningen av medlen."
BODY = ["1. Enkätsvaren", "Sofia Hartz föredrog ärendet.", UNRULED, "",
        "2. Läget i länet", "Anna Holm informerade om läget.", "Gruppen tackade för informationen.", "",
        "3. Rutin vid suicidrisk", "Beslut: Gruppen beslutar att anta rutinen.", ""]


def _read(ctx: Context, model: DecisionModel | None, body: list[str] = BODY):  # type: ignore[no-untyped-def]
    return Extractor("\n".join(HEAD + body) + "\n", ctx.lexicon, ctx.orgs, ctx.matcher, ctx.works,
                     decision_model=model).run()


def test_the_shipped_model_is_trained_on_every_opened_part_and_no_unopened_one() -> None:
    """The parts the committed model names are the corpus's parts a tuner opened, all of them, in order: a round
    that opens or adds a part and forgets to train again fails here (tests/ingest_corpus/train_decisions.py)."""
    model = shipped_model()
    assert model is not None
    assert list(model.trained_on) == [p for p in PARTS if p not in NEVER_OPENED] + GENERATED_TRAINING
    assert not set(model.trained_on) & set(NEVER_OPENED)
    assert model.threshold == THRESHOLD and set(model.kinds) == set(KINDS)
    assert 0 < model.positives < model.rows


def test_training_can_leave_parts_out() -> None:
    """`train_decisions.py --leave-out P ...` trains on the opened parts but those (to measure the models on parts
    they never saw, ROUNDS.md's 46th round); without it, on every opened part, as the shipped model is."""
    spec = importlib.util.spec_from_file_location(
        "train_decisions", Path(__file__).parent / "ingest_corpus" / "train_decisions.py")
    assert spec is not None and spec.loader is not None
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    every = [p for p in PARTS if p not in NEVER_OPENED] + GENERATED_TRAINING
    assert train.training_parts() == every
    assert train.training_parts(["learn43", "fresh40"]) == [p for p in every if p not in ("learn43", "fresh40")]


def test_fitting_is_the_same_each_time_and_learns_the_words() -> None:
    rows = [(frozenset({"bias", "w=beslutar", "att"}), "other"), (frozenset({"bias", "w=informerade"}), None)] * 6 \
        + [(frozenset({"bias", "w=beslutar", "money", "att"}), "funding")] * 6
    one, two = fit(rows, ["a"]), fit(rows, ["a"])
    assert one.to_json() == two.to_json()
    assert DecisionModel.from_json(one.to_json()) == one
    assert one.probability({"bias", "w=beslutar", "att"}) > 0.9 > 0.2 > one.probability({"bias", "w=informerade"})
    assert one.kind({"bias", "w=beslutar", "money", "att"}) == "funding"
    # (a feature fewer sentences than LEAST_ROWS have counts for nothing)
    assert "w=sallsynt" not in fit([*rows, (frozenset({"bias", "w=sallsynt"}), None)]).weights


def test_sentences_of_the_items_and_of_the_text_outside_them() -> None:
    lines = ["Protokoll", "", "1. Rutin", "Gruppen diskuterade. Beslut:", "Rutinen antas.", "- en punkt",
             "som fortsätter.", "", "Ordföranden tackade alla."]
    items = [Item("Rutin", (3, 7), n=1)]
    got = [(s.item, s.lines, s.text) for s in sentences(lines, items, {1: "header", 3: "item"})]
    assert got == [(0, (4, 4), "Gruppen diskuterade."), (0, (4, 4), "Beslut:"), (0, (5, 5), "Rutinen antas."),
                   (0, (6, 7), "- en punkt som fortsätter."), (-1, (9, 9), "Ordföranden tackade alla.")]
    by_text = {s.text: s.features for s in sentences(lines, items, {1: "header", 3: "item"})}
    assert "lab=beslut" in by_text["Rutinen antas."] and "outside" in by_text["Ordföranden tackade alla."]


def test_a_decision_in_words_no_rule_knows_is_read_and_noted_for_review(ctx: Context) -> None:
    """The rules alone read only the labelled decision; with the model the sentence of item 1 is a decision too,
    its probability kept, its line a decision's in the accounting; the draft and the review say to check it."""
    alone = _read(ctx, None)
    assert [d.text for d in alone.decisions] == ["Gruppen beslutar att anta rutinen."]
    with_model = _read(ctx, shipped_model())
    learned = [d for d in with_model.decisions if d.learned is not None]
    assert [(d.kind, d.lines, d.item, d.text) for d in learned] == [("other", (10, 10), 1, UNRULED)]
    assert learned[0].learned >= THRESHOLD and with_model.used[10] == "decision"
    # (what decides nothing stays prose; the rules' decision is not read twice)
    assert not any("tackade" in d.text or "informerade" in d.text for d in with_model.decisions)
    assert sum(1 for d in with_model.decisions if "anta rutinen" in d.text) == 1


def test_the_draft_and_the_review_note_a_learned_decision(ctx: Context, tmp_path: Path) -> None:
    src = tmp_path / "protokoll.txt"
    src.write_text("\n".join(HEAD + BODY) + "\n", encoding="utf-8")
    result = ingest(src, dataclasses.replace(ctx, decision_model=shipped_model()))
    noted = [d for d in result.record["decisions"] if d.get("note", "").startswith("Read by the learned")]
    assert [d["text"] for d in noted] == [UNRULED] and re.search(r"probability 0\.9[5-9]\b", noted[0]["note"])
    text = render_markdown(result, make_review(result, ctx), "drafts/protokoll.yaml")
    line = next(ln for ln in text.splitlines() if UNRULED[:30] in ln and ln.startswith("- `"))
    assert "Read by the learned decision model" in line
    assert "**1 decision read by the learned model, by no rule**" in text


def test_without_the_model_nothing_is_added(ctx: Context) -> None:
    assert all(d.learned is None for d in _read(ctx, None).decisions)
    found = sentences(["1. X", UNRULED], [Item("X", (1, 2), n=1)], {})
    model = shipped_model()
    assert model is not None
    # (a rule's decision on the sentence's lines: nothing added)
    assert learned_decisions(model, found, [Item("X", (1, 2), n=1)], [(2, 2)]) == []
    assert [d.lines for d in learned_decisions(model, found, [Item("X", (1, 2), n=1)], [])] == [(2, 2)]


def test_a_sentence_directly_over_a_ruled_decision_is_its_lead_in_or_proposal() -> None:
    """A sentence the model would take, directly over a decision the rules read in the same item, is that decision's
    lead-in ("Nämnden beslutar" over "att ...") or the proposal it decides ("Förslag till beslut" over the same
    words): not a decision of its own. With other text between, or in another item, it is read. (A model that takes
    every sentence, of kind "other": the test is of the rule, not of the shipped weights.)"""
    model = DecisionModel({"bias": 10.0}, {k: {"bias": 10.0 if k == "other" else -10.0} for k in KINDS})
    ruled = "Gruppen beslutar att anta rutinen."
    one = [Item("X", (1, 3), n=1)]
    found = sentences(["1. X", UNRULED, ruled], one, {})
    assert [d.lines for d in learned_decisions(model, found, one, [])] == [(2, 3)]
    assert learned_decisions(model, found, one, [(3, 3)]) == []
    between = [Item("X", (1, 4), n=1)]
    found = sentences(["1. X", UNRULED, "Anna Holm informerade om läget.", ruled], between, {})
    assert [d.lines for d in learned_decisions(model, found, between, [(4, 4)])] == [(2, 2)]
    two = [Item("X", (1, 2), n=1), Item("Y", (3, 4), n=2)]
    found = sentences(["1. X", UNRULED, "2. Y", ruled], two, {})
    assert [d.lines for d in learned_decisions(model, found, two, [(4, 4)])] == [(2, 2)]


def test_a_lead_in_over_the_points_the_rules_read_is_no_decision_of_its_own(ctx: Context) -> None:
    """As a nämnd's protocol writes it (tests/ingest_corpus/fresh32): "Nämnden beslutar" on a line of its own, its
    "att"-clause under it; and a proposal under its heading, the decision repeating it (fresh30). The rules read
    each decision once; the model adds nothing over them."""
    body = ["1. Representant i samordnande grupp", "", "Socialnämnden beslutar", "",
            "att utse Anna Holm till representant i samordnande grupp Äldre.", "",
            "2. Medel för hemgång", "Förslag till beslut",
            "Arbetsutskottet beslutar att fördela medlen enligt förslaget.",
            "Arbetsutskottets beslut", "Arbetsutskottet beslutar att fördela medlen enligt förslaget.", ""]
    got = _read(ctx, shipped_model(), body)
    assert [(d.item, d.learned) for d in got.decisions] == [(1, None), (2, None)]
