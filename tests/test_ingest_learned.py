"""A body's next protocol is read with the forms its accepted protocols taught (graph/ingest/learned.py).

Invented protocols of one body in a template of its own: a presenter under "Ansvarig:" (the rules take that label
for one responsible, not one presenting) and decisions opening "Gruppen landade i att" (no verb of deciding the
rules know). Once the first protocol is accepted with its record, the next one laid out alike reads them; a form
the accepted protocol also uses where it marks nothing is not learned.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from graph.ingest.extract import Extractor
from graph.ingest.learned import LEARN_FROM, Examples, Lessons, _opening, lessons_of
from graph.ingest.pipeline import Context, ingest
from graph.ingest.review import learned_lines

HEAD = ["Protokoll samordnande grupp Äldre (syntetiskt)", "Datum: {date}", "Plats: Regionhuset, Kalmar", "",
        "Med vid bordet", "Agnes Holm, Nybro kommun", "{second}", "Cecilia Vik, Region Kalmar län", "",
        "Kunde inte komma", "Gustav Berg, Kalmar kommun", ""]


def protocol(date: str, second: str, items: list[tuple[str, list[str]]]) -> str:
    lines = [h.format(date=date, second=second) for h in HEAD]
    for k, (title, body) in enumerate(items, 1):
        lines += [f"§ {k} {title}", *body, ""]
    return "\n".join(lines)


FIRST = protocol("2030-03-04", "Bertil Ek, Kalmar kommun", [
    ("Mötets öppnande", ["Agnes Holm öppnade mötet."]),
    ("Rapport om hemtjänsten", ["Ansvarig: Bertil Ek", "Gruppen gick igenom rapporten om hemtjänsten.",
                                "Gruppen landade i att rapporten skickas till Länsgemensam ledning."]),
    ("Nästa möte", ["Nästa möte hålls i maj."])])
# the record a person accepted for it: the lines it cites are FIRST's
RECORD = {
    "people": [{"name": n, "lines": k} for n, k in (("Agnes Holm", 6), ("Bertil Ek", 7), ("Cecilia Vik", 8),
                                                     ("Gustav Berg", 11))],
    "meetings": [{"status": "held", "date": "2030-03-04",
                  "attendance": [{"list": "ledamoter", "heading": "Med vid bordet", "lines": "5-8",
                                                    "entries": []}],
                  "agenda": [{"n": 1, "title": "Mötets öppnande", "lines": "13-14",
                              "presenters": [{"name": "Agnes Holm", "lines": 14}]},
                             {"n": 2, "title": "Rapport om hemtjänsten", "lines": "16-19",
                              "presenters": [{"name": "Bertil Ek", "lines": 17}]},
                             {"n": 3, "title": "Nästa möte", "lines": "21-22"}]}],
    "decisions": [{"kind": "other", "lines": 19,
                   "text": "Gruppen landade i att rapporten skickas till Länsgemensam ledning."}],
}
NEXT = protocol("2030-05-06", "Doris Lund, Torsås kommun", [
    ("Mötets öppnande", ["Agnes Holm öppnade mötet."]),
    ("Uppföljning av korttidsplatser", ["Ansvarig: Doris Lund", "Gruppen gick igenom uppföljningen.",
                                        "Gruppen landade i att uppföljningen görs igen i höst."]),
    ("Nästa möte", ["Nästa möte hålls i september."])])


def read(ctx: Context, text: str, lessons: Lessons | None = None):
    return Extractor(text, ctx.lexicon, ctx.orgs, ctx.matcher, ctx.works, *([lessons] if lessons else [])).run()


def test_the_record_cites_the_first_protocols_lines() -> None:
    lines = FIRST.split("\n")
    assert lines[16] == "Ansvarig: Bertil Ek" and lines[18].startswith("Gruppen landade i att")
    assert lines[4] == "Med vid bordet" and lines[9] == "Kunde inte komma"


def test_an_accepted_protocol_teaches_its_headings_presenter_label_and_decision_opening(ctx: Context) -> None:
    les = lessons_of("first", FIRST.split("\n"), RECORD, ctx.lexicon)
    assert les.list_headings == {"med vid bordet": "ledamoter", "kunde inte komma": "-"}
    assert "ansvarig" in les.presenter_labels
    assert "oppnade" in les.presenter_verbs
    assert les.decision_openings == {"gruppen landade i att"}
    assert les.learned_from == ("first",)


def test_the_next_protocol_reads_what_the_rules_alone_miss(ctx: Context) -> None:
    alone = read(ctx, NEXT)
    item = next(i for i in alone.items if i.n == 2)
    assert item.presenters == [] and alone.decisions == []          # what the rules alone read
    taught = read(ctx, NEXT, lessons_of("first", FIRST.split("\n"), RECORD, ctx.lexicon))
    item = next(i for i in taught.items if i.n == 2)
    assert [p[0] for p in item.presenters] == ["Doris Lund"]
    assert [(d.kind, d.item, d.text) for d in taught.decisions] == [
        ("other", 2, "Gruppen landade i att uppföljningen görs igen i höst.")]
    assert [e.name for lst in taught.attendance for e in lst.entries] == ["Agnes Holm", "Doris Lund", "Cecilia Vik"]
    assert [e.name for e in taught.absent] == ["Gustav Berg"]


def test_a_form_the_accepted_protocol_also_uses_where_it_marks_nothing_is_not_learned(ctx: Context) -> None:
    text = FIRST.replace("Nästa möte hålls i maj.", "Ansvarig: Cecilia Vik. Gruppen landade i att tiden räcker.")
    les = lessons_of("first", text.split("\n"), RECORD, ctx.lexicon)
    # Cecilia Vik under "Ansvarig:" in item 3 presents nothing there, and its "Gruppen landade i att ..." is no
    # decision of the record: neither form is the template's mark
    assert "ansvarig" not in les.presenter_labels
    assert les.decision_openings == frozenset()


def test_a_heading_over_two_kinds_of_list_is_not_learned(ctx: Context) -> None:
    record = {**RECORD, "meetings": [{**RECORD["meetings"][0], "attendance": [
        *RECORD["meetings"][0]["attendance"],
        {"list": "ovriga", "heading": "Med vid bordet", "lines": "10-11", "entries": []}]}]}
    les = lessons_of("first", FIRST.split("\n"), record, ctx.lexicon)
    assert "med vid bordet" not in les.list_headings


def test_a_protocol_laid_out_alike_learns_one_laid_out_otherwise_does_not(ctx: Context) -> None:
    examples = Examples({"2030-03-04-aldre": (FIRST.split("\n"), RECORD)}, ctx.lexicon)
    les, alike = examples.lessons_for(NEXT)
    assert [m.document for m in alike] == ["2030-03-04-aldre"] and alike[0].similarity >= LEARN_FROM
    assert "ansvarig" in les.presenter_labels
    other = "\n".join(["PROTOKOLL", "Länsgemensam ledning", "Tid: 2030-05-06 09:00", "",
                       "Närvarande ledamöter:", "Anna Ek, Region Kalmar län", "", "1. Inledning",
                       "Ordföranden hälsade välkommen.", "2. Ekonomi", "Beslut: Budgeten godkändes."])
    assert examples.lessons_for(other) == (Lessons(), [])
    # its own text (re-reading an accepted protocol) and a document left out teach nothing
    assert examples.lessons_for(FIRST)[1] == []
    assert examples.lessons_for(NEXT, exclude=["2030-03-04-aldre"])[1] == []


def test_ingest_reads_with_the_accepted_protocols_forms_and_the_review_says_so(ctx: Context, tmp_path: Path) -> None:
    taught = dataclasses.replace(ctx, examples=Examples({"2030-03-04-aldre": (FIRST.split("\n"), RECORD)},
                                                        ctx.lexicon))
    src = tmp_path / "2030-05-06-aldre.txt"
    src.write_text(NEXT, encoding="utf-8")
    result = ingest(src, taught, "2030-05-06-aldre")
    assert [m.document for m in result.learned_from] == ["2030-03-04-aldre"]
    assert [d["text"] for d in result.record["decisions"]] == ["Gruppen landade i att uppföljningen görs igen i höst."]
    line, check = learned_lines(result)
    assert "`2030-03-04-aldre`" in line and "presenter labels 'ansvarig:'" in line \
        and "decision openings 'gruppen landade i att'" in line
    # the accepted protocol read again with the forms: all of what was accepted (its record lists no entries), so no
    # kind flagged
    assert check == ("- `2030-03-04-aldre` itself, read again with these forms, gives agenda items 3 of 3, "
                     "presenters 2 of 2, decisions 1 of 1 of what was accepted")
    plain = ingest(src, dataclasses.replace(ctx, examples=None), "2030-05-06-aldre")
    assert plain.learned_from == [] and learned_lines(plain) == [] and not plain.record.get("decisions")


# --------------------------------------------------------------------------- a body's list and numbering forms

def _minutes(date: str, first_no: int, members: list[str], items: list[tuple[str, list[str]]]) -> str:
    lines = ["Minnesanteckningar (syntetiskt)", "Samordnande grupp Äldre", f"Datum: {date}", "",
             "Gruppens ledamöter (* = förhinder)", "Namn                Kommun/organisation", *members, ""]
    for k, (title, body) in enumerate(items, first_no):
        lines += [f"Ärende {k}: {title}", *body, ""]
    return "\n".join(lines)


# a body numbering its items on through the year, its members in a table written surname first, the absent marked
# with "*" as the heading's legend says
MINUTES_1 = _minutes("2030-03-04", 1, ["Holm, Agnes         Nybro kommun", "Ek, Bertil          Kalmar kommun",
                                       "* Vik, Cecilia      Region Kalmar län"],
                     [("Mötets öppnande", ["Agnes Holm öppnade mötet."]),
                      ("Rapport om hemtjänsten", ["Bertil Ek gick igenom rapporten."]),
                      ("Nästa möte", ["Nästa möte hålls i maj."])])
MINUTES_1_RECORD = {
    "people": [{"name": n, "lines": k} for n, k in (("Agnes Holm", 7), ("Bertil Ek", 8), ("Cecilia Vik", 9))],
    "meetings": [{"status": "held", "date": "2030-03-04",
                  "attendance": [{"list": "ledamoter", "heading": "Gruppens ledamöter", "lines": "5-9",
                                  "entries": [{"name": "Agnes Holm", "line": 7}, {"name": "Bertil Ek", "line": 8}]}],
                  "agenda": [{"n": 1, "title": "Mötets öppnande", "lines": "11-12",
                              "presenters": [{"name": "Agnes Holm", "lines": 12}]},
                             {"n": 2, "title": "Rapport om hemtjänsten", "lines": "14-15",
                              "presenters": [{"name": "Bertil Ek", "lines": 15}]},
                             {"n": 3, "title": "Nästa möte", "lines": "17-18"}]}],
}
MINUTES_2 = _minutes("2030-05-06", 4, ["Holm, Agnes         Nybro kommun", "* Ek, Bertil        Kalmar kommun",
                                       "Vik, Cecilia        Region Kalmar län"],
                     [("Mötets öppnande", ["Agnes Holm öppnade mötet."]),
                      ("Uppföljning av korttidsplatser", ["Cecilia Vik gick igenom uppföljningen."]),
                      ("Nästa möte", ["Nästa möte hålls i september."])])


def test_a_body_numbering_on_and_marking_its_absent_is_read_after_one_accepted_protocol(ctx: Context) -> None:
    les = lessons_of("first", MINUTES_1.split("\n"), MINUTES_1_RECORD, ctx.lexicon)
    assert les.item_forms == {"punkt"} and les.table_heads == {"namn kommun organisation"}
    assert les.absent_marks == {"^*"}
    alone = read(ctx, MINUTES_2)
    # the rules alone (since the twenty-first round): the list under its head row (known by its shape) and the items
    # numbered on from 4 (a run of three "Ärende N:"), but the one marked absent ("* Ek, Bertil", the mark explained
    # only in the heading's bracket) taken as present: what the accepted protocol adds is the mark
    assert [e.name for lst in alone.attendance for e in lst.entries] == ["Agnes Holm", "Bertil Ek", "Cecilia Vik"]
    assert [i.n for i in alone.items] == [4, 5, 6]
    taught = read(ctx, MINUTES_2, les)
    assert [(i.n, i.title) for i in taught.items] == [(4, "Mötets öppnande"), (5, "Uppföljning av korttidsplatser"),
                                                      (6, "Nästa möte")]
    assert [e.name for lst in taught.attendance for e in lst.entries] == ["Agnes Holm", "Cecilia Vik"]
    assert [e.name for e in taught.absent] == ["Bertil Ek"]


CAPS = "\n".join(["Minnesanteckningar (syntetiskt)", "Samverkansområdesgrupp Folkhälsa", "Datum: {date}", "",
                  "Deltog: Agnes Holm, Nybro kommun; Bertil Ek, Kalmar kommun.", "",
                  "INLEDNING", "Agnes Holm hälsade välkommen.", "",
                  "{title}", "Ansvarig: Bertil Ek", "Bertil Ek presenterade läget.", "",
                  "NÄSTA MÖTE", "Nästa möte hålls i {month}.", ""])
CAPS_RECORD = {"people": [{"name": "Agnes Holm", "lines": 5}, {"name": "Bertil Ek", "lines": 5}],
               "meetings": [{"status": "held", "date": "2030-02-21", "agenda": [
                   {"title": "Inledning", "lines": "7-8", "presenters": [{"name": "Agnes Holm", "lines": 8}]},
                   {"title": "Enkät om levnadsvanor", "lines": "10-12",
                    "presenters": [{"name": "Bertil Ek", "lines": 12}]},
                   {"title": "Nästa möte", "lines": "14-15"}]}]}


def test_items_headed_in_capitals_over_a_label_are_read_after_one_accepted_protocol(ctx: Context) -> None:
    first = CAPS.format(date="2030-02-21", title="ENKÄT OM LEVNADSVANOR", month="maj")
    les = lessons_of("first", first.split("\n"), CAPS_RECORD, ctx.lexicon)
    assert les.caps_items
    # "Ansvarig: Bertil Ek" over the text of the one who presents: the label marks no presenter of its own
    assert "ansvarig" not in les.presenter_labels
    nxt = CAPS.format(date="2030-05-15", title="ANHÖRIGSTÖD I LÄNET – LÄGET 2030", month="september")
    alone = [i.title for i in read(ctx, nxt).items]
    assert "ANHÖRIGSTÖD I LÄNET – LÄGET 2030" not in alone
    taught = read(ctx, nxt, les)
    assert [i.title for i in taught.items] == ["INLEDNING", "ANHÖRIGSTÖD I LÄNET – LÄGET 2030", "NÄSTA MÖTE"]
    assert [p[0] for p in taught.items[1].presenters] == ["Bertil Ek"]


@pytest.mark.parametrize(("text", "opening"), [
    ("Beslut/åtgärd: Punkten tas upp vid nästa möte.", "beslut atgard:"),
    ("Ställningstagande: Presidiet godkänner budgeten.", "stallningstagande:"),
    ("Gruppen enades om att uppföljningen redovisas i april.", "gruppen enades om att"),
    ("Informationen antecknades.", "informationen antecknades"),
    ("Godkändes och lades till handlingarna.", "godkandes och lades"),
    ("Henrik Sjöberg ersätter Simon Edberg i gruppen.", None),      # names someone: no template's form
    ("Region Kalmar län beslutar att avsätta medel.", None),
])
def test_a_decisions_opening(text: str, opening: str | None) -> None:
    assert _opening(text) == opening


def test_an_opening_every_decision_of_which_approved_the_minutes_approves_them(ctx: Context) -> None:
    record = {**RECORD, "decisions": [
        *RECORD["decisions"],
        {"kind": "approve-protocol", "lines": 22, "text": "Godkändes och lades till handlingarna."}]}
    text = FIRST.replace("Nästa möte hålls i maj.", "Godkändes och lades till handlingarna.")
    les = lessons_of("first", text.split("\n"), record, ctx.lexicon)
    assert les.approving == {"godkandes och lades"}
    nxt = NEXT.replace("Nästa möte hålls i september.", "Godkändes och lades till handlingarna.")
    assert [(d.kind, d.item) for d in read(ctx, nxt, les).decisions] == [("other", 2), ("approve-protocol", 3)]


# --------------------------------------------------------------------------- the whole journey, from the command line

def test_after_a_person_corrects_and_accepts_a_bodys_first_protocol_its_next_one_reads_right(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ingest the first protocol -> the person adds, in the draft, the presenter and the decision the rules missed ->
    accept -> ingest the next protocol: the review names the accepted protocol and its forms, and the draft has the
    presenter and the decision without any correction."""
    import json

    import yaml

    from graph.cli import main
    from graph.yamlload import load_yaml

    from .test_ingest import _project_copy

    root = _project_copy(tmp_path)
    proj = ["--project", str(root)]
    inbox = tmp_path / "inkommet"
    inbox.mkdir()
    (inbox / "aldre-mars.txt").write_text(FIRST, encoding="utf-8")
    (inbox / "aldre-maj.txt").write_text(NEXT, encoding="utf-8")
    assert main([*proj, "ingest", str(inbox / "aldre-mars.txt"), "--id", "2030-03-04-aldre"]) == 0
    draft = root / "records" / "drafts" / "2030-03-04-aldre.yaml"
    data = json.loads(json.dumps(load_yaml(draft)))     # (plain dicts and lists, to write back)
    meeting = data["meetings"][0]
    item = next(it for it in meeting["agenda"] if it["n"] == 2)
    assert not item.get("presenters") and not data.get("decisions")       # what the rules alone read
    # the person's corrections, in the draft's own terms (lines of the source copy)
    item["presenters"] = [{"name": "Bertil Ek", "lines": 17}]
    data["decisions"] = [{"id": "2030-03-04-aldre-rapport", "meeting": meeting["id"], "item": 2, "kind": "other",
                          "text": "Gruppen landade i att rapporten skickas till Länsgemensam ledning.", "lines": 19}]
    draft.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert main([*proj, "ingest", "--accept", str(draft)]) == 0, capsys.readouterr().err
    capsys.readouterr()

    assert main([*proj, "ingest", str(inbox / "aldre-maj.txt"), "--id", "2030-05-06-aldre"]) == 0
    nxt = root / "records" / "drafts" / "2030-05-06-aldre.yaml"
    review = nxt.with_name(nxt.stem + ".review.md").read_text(encoding="utf-8")
    head = review.split("\n## ", 1)[0]
    assert "Read with the forms of accepted protocols laid out alike: `2030-03-04-aldre`" in head, head
    assert "presenter labels 'ansvarig:'" in head and "decision openings 'gruppen landade i att'" in head
    data = load_yaml(nxt)
    item = next(it for it in data["meetings"][0]["agenda"] if it["n"] == 2)
    assert [p["name"] for p in item["presenters"]] == ["Doris Lund"]
    assert [(d["item"], d["text"]) for d in data["decisions"]] == [
        (2, "Gruppen landade i att uppföljningen görs igen i höst.")]


def test_a_kind_the_accepted_protocol_itself_does_not_read_back_is_flagged_for_checking(ctx: Context,
                                                                                        tmp_path: Path) -> None:
    """The accepted record holds a presenter no form of the template marks (named in a line of no presenting): read
    again, the accepted protocol gives 2 of 3 presenters, and the review tells to check the presenters fact by fact."""
    record = {**RECORD, "meetings": [{**RECORD["meetings"][0], "agenda": [
        *RECORD["meetings"][0]["agenda"][:2],
        {"n": 3, "title": "Nästa möte", "lines": "21-22", "presenters": [{"name": "Cecilia Vik", "lines": 22}]}]}]}
    text = FIRST.replace("Nästa möte hålls i maj.", "Nästa möte hålls i maj hos Cecilia Vik.")
    taught = dataclasses.replace(ctx, examples=Examples({"2030-03-04-aldre": (text.split("\n"), record)},
                                                        ctx.lexicon))
    src = tmp_path / "2030-05-06-aldre.txt"
    src.write_text(NEXT, encoding="utf-8")
    result = ingest(src, taught, "2030-05-06-aldre")
    assert result.template_check["presenters"] == (2, 3)
    _line, check = learned_lines(result)
    assert "presenters 2 of 3" in check and "**check the presenters fact by fact**" in check
