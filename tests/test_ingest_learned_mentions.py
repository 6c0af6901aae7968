"""The learned model of the names sentences mention (graph/ingest/learned_mentions.py): what it is trained on, the
features of a mention, that it reads people a report tells as present whom no rule listed, with the organisation the
sentence gives them, and notes them for review; the kind of list they go in. The inputs are written here (names and
bodies invented), but one: a report of a network's meeting in a tuned-on corpus part."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from graph.ingest.extract import Extractor
from graph.ingest.learned_lines import LineModel, fit
from graph.ingest.learned_mentions import (
    THRESHOLD,
    MentionModel,
    mentions,
    paragraphs,
    present,
    prose_line,
    shipped_model,
)
from graph.ingest.pipeline import Context, ingest
from graph.ingest.review import make_review, render_markdown

from .corpus_goal import GENERATED_TRAINING, NEVER_OPENED, PARTS

ROOT = Path(__file__).resolve().parents[1]
# a network's report told as a newsletter's item: "Bland deltagarna märktes, förutom nätverksrådets A och B, C från
# Vimmerby kornmun, ..." over three lines, read by no rule (learn34, tuned on and trained on)
REPORT = ROOT / "tests" / "ingest_corpus" / "learn34" / "sources" / \
    "2046-04-24-minnesanteckningar-natverket-suicidprevention.txt"
#: models that take every name, as a member or as one of the others (the rules around them tested, not the weights)
MEMBERS = MentionModel(LineModel({"bias": 10.0}, threshold=THRESHOLD), LineModel({"bias": 10.0}, threshold=0.5))
OTHERS = MentionModel(LineModel({"bias": 10.0}, threshold=THRESHOLD), LineModel({"bias": -10.0}, threshold=0.5))
MEETING = ("Minnesanteckningar från nätverksträffen\nNätverket för elevhälsa i Kalmar län\nDatum: 2047-05-14\n\n"
           "1. Välkomna\n")


def _read(ctx: Context, text: str, model: MentionModel | None):  # type: ignore[no-untyped-def]
    reader = Extractor(text, ctx.lexicon, ctx.orgs, ctx.matcher, ctx.works, mention_model=model)
    return reader, reader.run()


def _learned(ex) -> dict[str, tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {e.name: (lst.kind, e.org, e.role) for lst in ex.attendance for e in lst.entries
            if e.learned_from == "sentence"}


def test_the_shipped_model_is_trained_on_every_opened_part_and_no_unopened_one() -> None:
    """As the other learned models: a round that opens or adds a part and forgets to train again fails here."""
    model = shipped_model()
    assert model is not None
    for one in (model.present, model.member):
        assert list(one.trained_on) == [p for p in PARTS if p not in NEVER_OPENED] + GENERATED_TRAINING
        assert 0 < one.positives < one.rows
    assert model.present.threshold == THRESHOLD and model.member.threshold == 0.5
    assert model.member.rows == model.present.positives       # the kind is learned from the present alone
    assert MentionModel.from_json(model.to_json()) == model


def test_a_mention_is_read_with_the_words_around_it() -> None:
    lines = ["Nätverket träffades i Kalmar den 14 maj och bland deltagarna fanns Karin",
             "Berglund, Vimmerby kommun, Lars Ekdahl, Region Kalmar län, och Omar Haddad som ledde",
             "mötet med den äran.",
             "",
             "Karin Berglund, Vimmerby kommun",                     # a list's line alone: no prose
             "",
             "Ledamöter        Karin Berglund, ordförande, Vimmerby kommun och Lars Ekdahl"]    # a margin's label
    names = ("Karin Berglund", "Lars Ekdahl", "Omar Haddad")
    found = mentions(lines, lambda text: [(n, text.find(n)) for n in names if n in text])
    # (the paragraph's lines joined: a name wrapped over two lines found on the line it starts on)
    assert [(m.line, m.name) for m in found] == [(1, "Karin Berglund"), (2, "Lars Ekdahl"), (2, "Omar Haddad")]
    karin, lars, omar = found
    assert {"p1=fanns", "b=deltagarna", "orgnext", "commanext", "names=m", "n1=vimmerby"} <= karin.features
    assert {"listprev", "orgnext", "b=karin"} <= lars.features
    assert {"listprev", "a=ledde", "a=motet"} <= omar.features and "orgnext" not in omar.features
    assert karin.text[karin.start:karin.following] == "Karin Berglund, Vimmerby kommun, "
    assert paragraphs(lines) == [[1, 2, 3]]
    assert not prose_line(lines[4]) and not prose_line(lines[6]) and prose_line(lines[1])


def test_a_name_runs_over_a_lines_end_only_from_its_first_word_and_a_tables_row_is_no_prose() -> None:
    lines = ["Mötet leddes av ordföranden Sanna",
             "Hallgren, och som sekreterare fungerade som vanligt Magnus Persson",
             "Uppföljning sker i kommunerna under hösten och vintern.",
             "",
             "| Erik Kullberg | Västervik | - | och några ord till i tabellen här |"]
    spans = ("Sanna Hallgren", "Magnus Persson Uppföljning", "Erik Kullberg")   # as a finder reads the joined text
    found = mentions(lines, lambda text: [(n, text.find(n)) for n in spans if n in text])
    assert [(m.line, m.name) for m in found] == [(1, "Sanna Hallgren"), (2, "Magnus Persson")]
    assert paragraphs(lines) == [[1, 2, 3]] and not prose_line(lines[4])


def test_fitting_is_the_same_each_time_and_present_takes_the_threshold() -> None:
    rows = [(frozenset({"bias", "p1=deltog", "orgnext"}), True), (frozenset({"bias", "p1=tackade"}), False)] * 6
    one = MentionModel(fit(rows, THRESHOLD, ["a"]), fit(rows, 0.5, ["a"]))
    assert one.to_json() == MentionModel(fit(rows, THRESHOLD, ["a"]), fit(rows, 0.5, ["a"])).to_json()
    lines = ["Vid mötet deltog Karin Berglund, Vimmerby kommun, och efteråt tackade vi Lars Ekdahl för allt."]
    found = mentions(lines, lambda text: [(n, text.find(n)) for n in ("Karin Berglund", "Lars Ekdahl")])
    assert [(m.name, member) for m, _p, member in present(one, found)] == [("Karin Berglund", True)]


def test_people_a_report_tells_as_present_are_read_by_the_model_and_noted(ctx: Context, tmp_path: Path) -> None:
    text = REPORT.read_text(encoding="utf-8")
    _, rules = _read(ctx, text, None)
    _, both = _read(ctx, text, shipped_model())
    by_rules = {e.name for lst in rules.attendance for e in lst.entries}
    learned = _learned(both)
    assert not set(learned) & by_rules
    # (the organisation each is given in the sentence, "från Vimmerby kornmun" read through its OCR damage; a user
    # representative's capacity as the role)
    assert {"Marianne Hennel": ("ledamoter", "vasterviks-kommun", None),
            "Susann Winsth": ("ledamoter", "hogsby-kommun", None),
            "Anette Nilsson": ("ledamoter", "vimmerby-kommun", None),
            "Rune Jansson": ("ledamoter", None, "brukarrepresentant")}.items() <= learned.items()
    assert all(e.learned is not None and e.learned >= THRESHOLD for lst in both.attendance for e in lst.entries
               if e.learned_from == "sentence")
    # the draft notes each, and the review counts them apart from the model of lines
    src = tmp_path / REPORT.name
    src.write_text(text, encoding="utf-8")
    result = ingest(src, dataclasses.replace(ctx, mention_model=shipped_model()))
    notes = [e.get("note", "") for m in result.record["meetings"] for lst in m.get("attendance", [])
             for e in lst["entries"] if e["name"] == "Susann Winsth"]
    assert notes and "learned model of the names sentences mention" in notes[0]
    review = render_markdown(result, make_review(result, ctx), "drafts/protokoll.yaml")
    assert "read by the learned model of the names sentences mention, by no rule" in review


def test_without_the_model_nothing_is_added(ctx: Context) -> None:
    _, ex = _read(ctx, REPORT.read_text(encoding="utf-8"), None)
    assert not _learned(ex)


def test_the_organisation_after_the_name_on_the_next_line_or_before_it_and_a_wrapped_name(ctx: Context) -> None:
    text = MEETING + ("Till träffen hade Karin Berglund, Vimmerby kommun, och Lars Ekdahl,\n"
                      "Region Kalmar län, tagit sig, liksom från skolorna Kalmar kommun (Omar Haddad) och några till.\n"
                      "Ordförande för dagen var Eva\nSundin som ledde samtalet väl och tackade alla som kom.\n")
    _, ex = _read(ctx, text, MEMBERS)
    assert _learned(ex) == {"Karin Berglund": ("ledamoter", "vimmerby-kommun", None),
                            "Lars Ekdahl": ("ledamoter", "region-kalmar-lan", None),
                            "Omar Haddad": ("ledamoter", "kalmar-kommun", None),
                            "Eva Sundin": ("ledamoter", None, None)}


def test_a_person_listed_is_not_listed_again_and_the_kinds_of_a_presidiekonferens(ctx: Context) -> None:
    listed = MEETING + "Närvarande: Karin Berglund, Vimmerby kommun\n\nKarin Berglund och Lars Ekdahl hälsade alla " \
                       "välkomna till dagens möte i Kalmar.\n"
    _, ex = _read(ctx, listed, OTHERS)
    assert _learned(ex) == {"Lars Ekdahl": ("ovriga", None, None)}
    conference = ("Protokoll Gemensam presidiekonferens\nDatum: 2047-05-14\n\n§ 1 Öppnande\nKonferensens ordförande "
                  "Karin Berglund, Vimmerby kommun, öppnade mötet och hälsade alla välkomna.\n")
    for model, kind in ((MEMBERS, "deltagare"), (OTHERS, "ovriga-deltagare")):
        _, ex = _read(ctx, conference, model)
        assert ex.meeting_kind == "presidiekonferens"
        assert _learned(ex) == {"Karin Berglund": (kind, "vimmerby-kommun", None)}
