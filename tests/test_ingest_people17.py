"""Ingest rules of the seventeenth round (issue 13) on attendance and the people of a protocol, tuned on the
generator's version 2: party letters in lower case beside a name ("Anna Holm (s)", "Anna Holm, (s) (Org)"), a
list headed "Deltagande" after the members' list: the others present.

Each test writes its own input text (names and organisations invented here or common ones, forms the generator
does not write among them) and checks what the extraction makes of it, with look-alikes that must not be read.
"""

from __future__ import annotations

import pytest

from graph.ingest.extract_model import Extraction
from graph.ingest.pipeline import Context

from .test_ingest_shapes import entries, lines
from .test_ingest_structure import extract

ITEMS = ("", "§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", "", "§ 2 Nästa möte",
         "Nästa möte hålls 2031-05-06.")


def kinds(ex: Extraction) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for lst in ex.attendance:
        out.setdefault(lst.kind, []).extend(e.name for e in lst.entries)
    return out


# --------------------------------------------------------------------------- party letters in lower case


@pytest.mark.parametrize("rows", [
    ["Närvarande ledamöter: Lena Strand (s) (Nybro kommun), Olof Berg (mp) (Kalmar kommun),",
     "Greta Sund (kd) (Region Kalmar län)"],
    ["Närvarande ledamöter: Lena Strand, (s) (Nybro kommun), Olof Berg, (mp) (Kalmar kommun),",
     "Greta Sund, (kd) (Region Kalmar län)"],
    ["Beslutande: Lena Strand, (S) (Nybro kommun), Olof Berg (MP) (Kalmar kommun) och",
     "Greta Sund (kd) (Region Kalmar län)"],
    ["Ledamöter", "Lena Strand (s), Nybro kommun", "Olof Berg (mp), Kalmar kommun",
     "Greta Sund (kd), Region Kalmar län"],
    ["Ledamöter", "Lena Strand (sd) (Nybro kommun)", "Olof Berg (v) (Kalmar kommun)",
     "Greta Sund (c) (Region Kalmar län)"],
])
def test_party_letters_in_lower_case_beside_a_name_are_no_part_of_it(ctx: Context, rows: list[str]) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", *rows, *ITEMS))
    [(_, got)] = entries(ex).items()
    assert got == [("Lena Strand", "nybro-kommun"), ("Olof Berg", "kalmar-kommun"),
                   ("Greta Sund", "region-kalmar-lan")]


def test_a_lower_case_word_in_brackets_that_is_no_party_stays_out_of_the_name(ctx: Context) -> None:
    """Negative: a note in brackets that is no party's letters ("(ej §3)") is not taken for one: the organisation
    stays the entry's, and the name keeps no bracket."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Ledamöter",
                            "Lena Strand (s), Nybro kommun", "Olof Berg (t.o.m. § 2), Kalmar kommun", *ITEMS))
    [(_, got)] = entries(ex).items()
    assert ("Lena Strand", "nybro-kommun") in got
    assert all("(" not in name for name, _ in got)


# --------------------------------------------------------------------------- participation after the members


@pytest.mark.parametrize("others", ["Deltagande:", "Deltagande", "DELTAGANDE"])
def test_a_participants_list_after_the_members_list_holds_the_others_present(ctx: Context, others: str) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Beslutande ledamöter",
                            "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", "", others,
                            "Karin Ahl, Region Kalmar län", "Nils Åberg, Torsås kommun", *ITEMS))
    assert kinds(ex) == {"ledamoter": ["Lena Strand", "Olof Berg"], "ovriga": ["Karin Ahl", "Nils Åberg"]}


def test_a_participants_list_alone_holds_the_members(ctx: Context) -> None:
    """Negative: "Deltagare" with no members' list beside it are the members (the corpus convention)."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Deltagande:",
                            "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", *ITEMS))
    assert kinds(ex) == {"ledamoter": ["Lena Strand", "Olof Berg"]}


@pytest.mark.parametrize("others", ["Deltagare", "Mötesdeltagare"])
def test_a_list_named_as_participants_after_the_members_keeps_its_kind(ctx: Context, others: str) -> None:
    """Negative: only "Deltagande" names the others present there (tests/test_ingest_generality.py keeps
    "Deltagare" beside a members' list as participants, a form the conventions do not settle)."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Beslutande ledamöter",
                            "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", "", others,
                            "Karin Ahl, Region Kalmar län", "Nils Åberg, Torsås kommun", *ITEMS))
    assert kinds(ex) == {"ledamoter": ["Lena Strand", "Olof Berg"], "deltagare": ["Karin Ahl", "Nils Åberg"]}


def test_participants_before_the_others_stay_the_members(ctx: Context) -> None:
    """Negative: "Deltagare" first, "Övriga deltagare" after: the first are the members."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Deltagare",
                            "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", "", "Övriga deltagare",
                            "Karin Ahl, Region Kalmar län", *ITEMS))
    assert kinds(ex) == {"ledamoter": ["Lena Strand", "Olof Berg"], "ovriga": ["Karin Ahl"]}


# --------------------------------------------------------------------------- a date in six digits (yymmdd)


@pytest.mark.parametrize(("line", "date"), [
    ("Sammanträdesdatum: 310304 kl. 13.00–15.00", "2031-03-04"),
    ("Datum: 310304", "2031-03-04"),
    ("Tid: 310304, Stadshuset, Nybro", "2031-03-04"),
    ("Tid och plats: Stadshuset, Nybro, 310304 kl. 9–12", "2031-03-04"),
    ("310304, kl. 09.00–12.00", "2031-03-04"),
    ("310304 13:00-15:30", "2031-03-04"),
])
def test_a_date_in_six_digits_under_a_label_or_before_a_time_dates_the_meeting(ctx: Context, line: str,
                                                                                date: str) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen", line, "", "Ledamöter", "Lena Strand, Nybro kommun",
                            "Olof Berg, Kalmar kommun", *ITEMS))
    assert ex.date == date


@pytest.mark.parametrize("line", ["Dnr 310304, Nybro", "Telefon: 310304", "310304", "Datum: 311304 kl. 13"])
def test_six_digits_with_no_date_label_or_time_or_no_valid_day_date_nothing(ctx: Context, line: str) -> None:
    """Negative: a diary number, a phone number, six digits alone and a thirteenth month give no date."""
    ex = extract(ctx, lines("Protokoll Beredningen", line, "", "Ledamöter", "Lena Strand, Nybro kommun",
                            "Olof Berg, Kalmar kommun", *ITEMS))
    assert ex.date is None


# --------------------------------------------------------------------------- a note of the part attended; a deputy


@pytest.mark.parametrize("note", [" (t.o.m. punkt 5)", " (fr.o.m. § 3)", ", § 4", ", §§ 2–4", ", ej § 7",
                                  ", kl. 09.00–10.30", " (från kl. 10.30)", ", fr.o.m. punkt 3", ", t.o.m. pkt 6"])
@pytest.mark.parametrize("row", ["{name} ({org}){note}", "{name}, {org}{note}", "{name} – {org}{note}"])
def test_a_note_of_the_part_of_the_meeting_attended_is_no_part_of_the_entry(ctx: Context, note: str,
                                                                             row: str) -> None:
    people = [("Lena Strand", "Nybro kommun", "nybro-kommun"), ("Olof Berg", "Kalmar kommun", "kalmar-kommun"),
              ("Greta Sund", "Region Kalmar län", "region-kalmar-lan")]
    rows = [row.format(name=n, org=o, note=note if i == 1 else "") for i, (n, o, _) in enumerate(people)]
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Närvarande", *rows, *ITEMS))
    [(_, got)] = entries(ex).items()
    assert got == [(n, s) for n, _, s in people]


@pytest.mark.parametrize("row", ["Karin Ahl (Torsås kommun) ersätter Nils Åberg",
                                 "Karin Ahl (Torsås kommun) i stället för Nils Åberg",
                                 "Karin Ahl (Torsås kommun) tjg ers för Nils Åberg"])
def test_a_deputy_serving_written_with_the_member_after_the_bracket(ctx: Context, row: str) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Beslutande",
                            "Lena Strand (Nybro kommun)", "Olof Berg (Kalmar kommun)",
                            "Tjänstgörande ersättare", row, *ITEMS))
    got = [(e.name, e.org, e.in_place_of) for lst in ex.attendance for e in lst.entries]
    assert got[-1] == ("Karin Ahl", "torsas-kommun", "Nils Åberg")
    assert {lst.kind for lst in ex.attendance} == {"ledamoter"}


@pytest.mark.parametrize("line", ["Karin Ahl (Torsås kommun) ersätter tidigare rutiner med nya",
                                  "Lena Strand (Nybro kommun) informerade om läget.",
                                  "Karin Ahl (Torsås kommun), § 4 gäller"])
def test_a_sentence_after_a_bracketed_organisation_is_no_list_line(ctx: Context, line: str) -> None:
    """Negative: a sentence after "Name (Org)" (no member's name after "ersätter", a verb, a paragraph in prose)
    is read as no entry with a member served for."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Beslutande",
                            "Lena Strand (Nybro kommun)", "Olof Berg (Kalmar kommun)", "", *ITEMS[1:3], line,
                            *ITEMS[3:]))
    assert all(e.in_place_of is None for lst in ex.attendance for e in lst.entries)
    assert [e.name for lst in ex.attendance for e in lst.entries] == ["Lena Strand", "Olof Berg"]


# --------------------------------------------------------------------------- a meeting app's report; headings


def test_a_meeting_apps_report_under_an_unread_heading_is_noted_as_a_report(ctx: Context) -> None:
    """A report whose heading and column heads are not read (OCR damage, "Deltagare (5)"), its rows names with
    the times they joined and left: noted as a report, so its list kind gives nobody a seat."""
    from graph.ingest.reconcile import REPORT_NOTE, _what_the_draft_says
    text = lines("Protokoll Beredningen 2031-03-04", "", *ITEMS, "", "Närvarorapport", "Deltagare (5)",
                 "Namn\tFörsta ans1utn1ng\tSenaste uttrade\tVaraktighet",
                 "Lena Strand\t2031-03-04 09:02\t2031-03-04 11:50\t2 h 48 min",
                 "Olof Berg\t2031-03-04 09:05\t2031-03-04 11:52\t2 h 47 min",
                 "Greta Sund\t2031-03-04 09:01\t2031-03-04 11:51\t2 h 50 min",
                 "Karin Ahl\t2031-03-04 09:03\t2031-03-04 11:40\t2 h 37 min",
                 "Nils Åberg\t2031-03-04 09:00\t2031-03-04 11:51\t2 h 51 min")
    ex = extract(ctx, text)
    [lst] = ex.attendance
    assert [e.name for e in lst.entries] == ["Lena Strand", "Olof Berg", "Greta Sund", "Karin Ahl", "Nils Åberg"]
    assert lst.note == REPORT_NOTE
    record = {"meetings": [{"status": "held", "attendance": [
        {"list": "ledamoter", "note": REPORT_NOTE, "entries": [{"name": "Lena Strand"}]},
        {"list": "ledamoter", "entries": [{"name": "Olof Berg"}]}]}]}
    _orgs, roles, _present = _what_the_draft_says(record)
    assert "Lena Strand" not in roles and roles["Olof Berg"] == {"ledamot"}


@pytest.mark.parametrize("heading", ["Att göra", "Om mötet", "Till protokollet", "Med anledning av"])
def test_a_heading_opening_with_a_function_word_is_no_name(ctx: Context, heading: str) -> None:
    """Negative: a capitalised heading of two words under a list ("Att göra") is not one more name of it."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Ledamöter", "Lena Strand",
                            "Olof Berg", heading, "- Boka lokal (Olof Berg, senast 2031-04-01)", *ITEMS))
    assert heading not in [e.name for lst in ex.attendance for e in lst.entries]


@pytest.mark.parametrize("heading", ["Närvarande, ej tjänstgörande ersättare", "Ersättare, ej tjänstgörande",
                                     "Ersättare, icke tjänstgörande"])
def test_deputies_not_serving_after_a_comma_in_the_heading_are_others_present(ctx: Context, heading: str) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Ledamöter", "Lena Strand, Nybro kommun",
                            "Olof Berg, Kalmar kommun", "", heading, "Karin Ahl, Torsås kommun", *ITEMS))
    assert kinds(ex) == {"ledamoter": ["Lena Strand", "Olof Berg"], "ovriga": ["Karin Ahl"]}


def test_a_list_line_noting_a_deputy_not_serving_stays_a_list_line(ctx: Context) -> None:
    """Negative: a name line with the note after a comma is an entry, not a heading of a list of its own (the deputy
    not serving present as another, as under a heading saying so)."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Ledamöter", "Lena Strand, Nybro kommun",
                            "Karin Ahl, ej tjänstgörande ersättare", "Olof Berg, Kalmar kommun", *ITEMS))
    assert kinds(ex) == {"ledamoter": ["Lena Strand", "Olof Berg"], "ovriga": ["Karin Ahl"]}


@pytest.mark.parametrize("row", ["Lena Strand, (s)", "Lena Strand, (S)", "Lena Strand, (mp)"])
def test_a_partys_bracket_after_a_comma_under_an_organisation_label(ctx: Context, row: str) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Ledamöter", "Nybro kommun:", f"   {row}",
                            "Kalmar kommun:", "   Olof Berg, (c)", *ITEMS))
    assert [(e.name, e.org) for lst in ex.attendance for e in lst.entries] == [
        ("Lena Strand", "nybro-kommun"), ("Olof Berg", "kalmar-kommun")]


# --------------------------------------------------------------------------- organisations the graph does not know


@pytest.mark.parametrize(("rows", "org"), [
    (["Övriga deltagare", "Karin Ahl          Pensionärsföreningen Solrosen"], "Pensionärsföreningen Solrosen"),
    (["Övriga deltagare", "Karin Ahl (Trygghetsrådet i Kalmar län)"], "Trygghetsrådet i Kalmar län"),
    (["Övriga deltagare", "Arbetsförmedlingen: Karin Ahl"], "Arbetsförmedlingen"),
    (["Övriga deltagare: Nils Åberg (Kalmar kommun)", "och Karin Ahl (RFSL Kalmar län)."], "RFSL Kalmar län"),
    (["Övriga deltagare", "Karin Ahl (Hela Människan)"], "Hela Människan"),
    (["Övriga deltagare", "Karin Ahl          Attendo"], "Attendo"),
    (["Övriga deltagare", "Karin Ahl, Röda Korset"], "Röda Korset"),
])
def test_an_organisation_the_graph_does_not_know_in_its_slot_beside_a_name(ctx: Context, rows: list[str],
                                                                          org: str) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Ledamöter", "Lena Strand, Nybro kommun",
                            "Olof Berg, Kalmar kommun", "", *rows, *ITEMS))
    got = {e.name: e.org_as_written for lst in ex.attendance for e in lst.entries}
    assert got["Karin Ahl"] == org
    assert any(name == org for _oid, name, _line in ex.new_orgs)


@pytest.mark.parametrize("cell", ["Greta Sund", "Utvecklingsledare", "Per telefon", "Teams", "Region", "Digitalt",
                                  "Ledamot", "Jabil Sund"])
def test_a_column_beside_a_name_that_names_no_organisation_defines_none(ctx: Context, cell: str) -> None:
    """Negative: a second name, a role, a mode of taking part beside a name is no organisation."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Ledamöter", "Lena Strand, Nybro kommun",
                            "Olof Berg, Kalmar kommun", "", "Övriga deltagare", f"Karin Ahl          {cell}", *ITEMS))
    assert not ex.new_orgs


# --------------------------------------------------------------------------- a task's owner presents nothing


def _presenters(ctx: Context, body: list[str]) -> list[str]:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Ledamöter", "Lena Strand, Nybro kommun",
                            "Olof Berg, Kalmar kommun", "Karin Ahl, Torsås kommun", "",
                            "§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", "",
                            "§ 2 Uppföljning", *body, "", "§ 3 Nästa möte", "Nästa möte hålls 2031-05-06."))
    [item] = [it for it in ex.items if it.n == 2]
    return [name for name, _ in item.presenters]


@pytest.mark.parametrize("task", ["- Boka lokal till nästa möte (Karin Ahl, senast 2031-04-01)",
                                  "- Ta fram ett underlag (Karin Ahl, klart till v. 14)",
                                  "• Sammanställa svaren (Karin Ahl, 2031-04-15)",
                                  "- Skicka ut kallelsen (Karin Ahl, senast den 3 april)",
                                  "Revidera rutinen – Karin Ahl, senast 15/4"])
def test_a_tasks_owner_with_a_deadline_presents_nothing(ctx: Context, task: str) -> None:
    assert _presenters(ctx, ["Olof Berg redovisade uppföljningen.", "Att göra", task]) == ["Olof Berg"]


@pytest.mark.parametrize("line", ["Uppföljningen (Karin Ahl)", "Karin Ahl, Torsås kommun, redovisade uppföljningen.",
                                  "Karin Ahl redovisade uppföljningen senast i mars."])
def test_a_presenter_without_a_deadline_beside_the_name_still_presents(ctx: Context, line: str) -> None:
    """Negative: a name in brackets or with its organisation, no deadline beside it, is read as before."""
    assert "Karin Ahl" in _presenters(ctx, [line])


@pytest.mark.parametrize("task", ["- [ ] Karin Ahl: skicka ut materialet till gruppen",
                                  "[x] Karin Ahl – boka lokal till nästa möte",
                                  "☐ Karin Ahl (Torsås kommun): sammanställa svaren"])
def test_a_check_boxs_task_opening_with_its_owner_presents_nothing(ctx: Context, task: str) -> None:
    assert _presenters(ctx, ["Olof Berg redovisade uppföljningen.", task]) == ["Olof Berg"]


def test_a_name_after_a_check_box_that_presents_still_presents(ctx: Context) -> None:
    """Negative: a check box's line whose name is the subject of a verb of presenting ("[x] Karin Ahl redovisade
    läget") is read as before."""
    assert "Karin Ahl" in _presenters(ctx, ["- [x] Karin Ahl redovisade läget i projektet."])


# --------------------------------------------------------------------------- a title is no name


@pytest.mark.parametrize("title", ["Nästa möte", "Kommande möten", "Trygg hemgång", "Runda bland kommunerna",
                                   "Utsänd föredragningslista"])
def test_a_title_with_a_word_in_lower_case_is_no_name_of_a_list(ctx: Context, title: str) -> None:
    """Negative: a heading standing under a list's names ("Nästa möte") is not one more name."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "§ 1 Mötets öppnande",
                            "Ordföranden öppnade mötet.", "", "§ 2 Uppföljning", "Ärendet redovisades.", "",
                            "Närvarande", "Lena Strand", "Olof Berg", "Karin Ahl", title, "Mötet hålls 2031-05-06."))
    assert [e.name for lst in ex.attendance for e in lst.entries] == ["Lena Strand", "Olof Berg", "Karin Ahl"]


@pytest.mark.parametrize("name", ["Lena sjöstrand", "Greta af Sund"])
def test_a_name_with_a_word_in_lower_case_after_a_given_name_stays_a_name(ctx: Context, name: str) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Närvarande", "Olof Berg", name, "Karin Ahl",
                            *ITEMS))
    assert [e.name for lst in ex.attendance for e in lst.entries] == ["Olof Berg", name, "Karin Ahl"]


@pytest.mark.parametrize("rows", [
    ["Kalmar: Lena Strand (M)", "Nybro kn: Olof Berg", "Torsås: Karin Ahl (S) (t.o.m. punkt 4)"],
    ["Kalmar – Lena Strand", "Nybro kn – Olof Berg", "Torsås – Karin Ahl"],
])
def test_an_organisation_label_by_a_kommuns_bare_or_short_name(ctx: Context, rows: list[str]) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Ledamöter", *rows, *ITEMS))
    assert [(e.name, e.org) for lst in ex.attendance for e in lst.entries] == [
        ("Lena Strand", "kalmar-kommun"), ("Olof Berg", "nybro-kommun"), ("Karin Ahl", "torsas-kommun")]


@pytest.mark.parametrize("rows", [
    ["Adjungerade: Lena Strand (Nybro kommun), Olof Berg (Kalmar kommun) och", "Karin Ahl (Torsås kommun)."],
    ["Adjungerade: Lena Strand (Nybro kommun), Olof Berg (Kalmar kommun)", "och Karin Ahl (Torsås kommun)."],
    ["Adjungerade: Lena Strand, Nybro kommun, Olof Berg, Kalmar kommun, samt", "Karin Ahl, Torsås kommun."],
])
def test_a_sentence_list_with_och_at_a_line_end_or_start(ctx: Context, rows: list[str]) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", *rows, *ITEMS))
    assert [(e.name, e.org) for lst in ex.attendance for e in lst.entries] == [
        ("Lena Strand", "nybro-kommun"), ("Olof Berg", "kalmar-kommun"), ("Karin Ahl", "torsas-kommun")]


@pytest.mark.parametrize("name", ["Lars-Göran Hägg", "Ann-Sofie Lind", "Karl-Erik Dahl"])
def test_a_double_given_name_of_two_given_names_presents(ctx: Context, name: str) -> None:
    assert _presenters(ctx, [f"{name} visade bilder om statistiken."]) == [name]


def test_a_hyphenated_word_of_no_given_names_is_no_presenter(ctx: Context) -> None:
    """Negative: a capitalised hyphenated word whose parts are no given names ("Covid-Gruppen") names nobody."""
    assert _presenters(ctx, ["Covid-Gruppen Norr visade bilder om statistiken."]) == []


@pytest.mark.parametrize("rows", [
    ["Nybro kommun:", "   Lena Strand", "Anhörigas Riksförbund:", "   Karin Ahl"],
    ["Nybro kommun: Lena Strand", "Anhörigas Riksförbund: Karin Ahl, per telefon"],
    ["Nybro kommun: Lena Strand", "Pensionärsrådet i Kalmar län: Karin Ahl"],
])
def test_an_organisation_label_the_graph_does_not_know_over_its_people(ctx: Context, rows: list[str]) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Övriga deltagare", *rows, *ITEMS))
    got = {e.name: (e.org, e.org_as_written) for lst in ex.attendance for e in lst.entries}
    assert got["Lena Strand"][0] == "nybro-kommun"
    assert got["Karin Ahl"][1] in ("Anhörigas Riksförbund", "Pensionärsrådet i Kalmar län")


@pytest.mark.parametrize("label", ["Beslutande:", "Bakgrund:", "Förslag till beslut:"])
def test_a_label_that_names_no_organisation_is_no_organisation_label(ctx: Context, label: str) -> None:
    """Negative: a list's or an item's label over a name line is no organisation of the name."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Ledamöter", "Lena Strand, Nybro kommun",
                            "Olof Berg, Kalmar kommun", label, "   Karin Ahl", *ITEMS))
    assert not ex.new_orgs


# --------------------------------------------------------------------------- the body's name read through OCR damage


@pytest.mark.parametrize(("title", "kind"), [
    (["MÖTESANTECKNINGAR", "Möte med Prcsidiekonferens"], "presidiekonferens"),
    (["Protokoll Presidiekonfcrens 2031-03-04"], "presidiekonferens"),
    (["Anteckningar från Presidiernöte LGL 2031-03-04"], "presidiemote"),
    (["PRESIDIEM0TE", "Protokoll 2031-03-04"], "presidiemote"),
])
def test_the_bodys_name_with_a_letter_or_two_ocr_misread_gives_the_meeting_kind(ctx: Context, title: list[str],
                                                                                kind: str) -> None:
    ex = extract(ctx, lines(*title, "Datum: 2031-03-04", "", "Närvarande", "Lena Strand, Nybro kommun",
                            "Olof Berg, Kalmar kommun", *ITEMS))
    assert ex.meeting_kind == kind


@pytest.mark.parametrize("title", ["Protokoll Presidiekonsulten 2031-03-04", "Protokoll Beredningen 2031-03-04"])
def test_another_long_word_gives_no_presidium_kind(ctx: Context, title: str) -> None:
    """Negative: a word sharing the start but more than two letters apart is no presidium's name."""
    ex = extract(ctx, lines(title, "", "Närvarande", "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun",
                            *ITEMS))
    assert ex.meeting_kind == "lgl-meeting"


# --------------------------------------------------------------------------- digits in a name: reading damage


def test_a_name_ocr_damaged_with_its_organisation_in_brackets_in_a_sentence_list(ctx: Context) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "",
                            "Närvarande: Lena Strand (Nybro kommun), O1of Berg (Kalmar kommun) och",
                            "Karin Ah1 (Torsås kommun).", *ITEMS))
    assert [(e.name, e.org) for lst in ex.attendance for e in lst.entries] == [
        ("Lena Strand", "nybro-kommun"), ("O1of Berg", "kalmar-kommun"), ("Karin Ah1", "torsas-kommun")]


@pytest.mark.parametrize(("known", "seen"), [("Johanna Fors", "J0hanna Fors"), ("Stina Ekholm", "Stina Ekho1m"),
                                             ("Patrik Glasberg", "Patrik G|asberg")])
def test_a_digit_or_bar_for_a_letter_in_a_name_is_reading_damage(known: str, seen: str) -> None:
    from graph.ingest.reconcile import MATCH, is_variant, name_score
    assert name_score(known, seen) >= MATCH and not is_variant(known, seen)


@pytest.mark.parametrize(("known", "seen"), [("Johanna Fors", "Johanna Fars"), ("Stina Ekholm", "Stina Ekhalm"),
                                             ("Patrik Glasberg", "Patrik G2asberg")])
def test_another_letter_or_digit_in_a_name_is_a_letter_of_its_own(known: str, seen: str) -> None:
    """Negative: a letter for a letter (a one-letter neighbour) or a digit no letter looks like stays a variant (a
    letter of its own, a match only with evidence beside the spelling)."""
    from graph.ingest.reconcile import is_variant
    assert is_variant(known, seen)


@pytest.mark.parametrize("label", ["Närvarande, ej tjänstgörande ersättare", "Ersättare, ej tjänstgörande"])
def test_a_sentence_lists_label_with_a_note_after_a_comma(ctx: Context, label: str) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "",
                            "Beslutande: Lena Strand (Nybro kommun), Olof Berg (Kalmar kommun)",
                            f"{label}: Karin Ahl (Torsås kommun), Nils Åberg (Emmaboda kommun)", *ITEMS))
    assert kinds(ex) == {"ledamoter": ["Lena Strand", "Olof Berg"], "ovriga": ["Karin Ahl", "Nils Åberg"]}


def test_a_sentence_with_a_comma_before_its_colon_is_no_list(ctx: Context) -> None:
    """Negative: prose with a comma and a colon ("Under mötet, som hölls digitalt: ...") names no list."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "",
                            "Beslutande: Lena Strand (Nybro kommun), Olof Berg (Kalmar kommun)", "",
                            "Under mötet, som hölls digitalt: Karin Ahl (Torsås kommun) berättade om läget.",
                            *ITEMS))
    assert kinds(ex) == {"ledamoter": ["Lena Strand", "Olof Berg"]}


@pytest.mark.parametrize("line", ["Karin Ahl, (c) yrkar bifall till förslaget.",
                                  "Karin Ahl (c) yrkar bifall till förslaget.", "Karin Ahl, (S) yrkar avslag."])
def test_one_proposing_after_a_partys_bracket_presents_nothing(ctx: Context, line: str) -> None:
    assert _presenters(ctx, ["Olof Berg redovisade uppföljningen.", line]) == ["Olof Berg"]


def test_one_presenting_after_a_partys_bracket_presents(ctx: Context) -> None:
    """Negative: the verb after the party's bracket is the name's own, and a verb of presenting presents."""
    assert _presenters(ctx, ["Karin Ahl, (c) redovisade uppföljningen."]) == ["Karin Ahl"]


# ------------------------------------------------------------------ presenters named in an agenda set out before
# the items without their numbers, matched by title; giving a picture or an overview presents


def presenters(ex: Extraction) -> dict[str, list[str]]:
    return {it.title: [p for p, _ in it.presenters] for it in ex.items}


ANNOUNCED_ITEMS = ("", "MÖTETS ÖPPNANDE", "Ordföranden öppnade mötet.", "", "09.30–10.00 VÅRDKEDJAN I LÄNET",
                   "Diskussionen fortsatte i grupper.", "", "BUDGET FÖR ÅR 2032", "Underlaget diskuterades.", "",
                   "ÖVRIGA FRÅGOR", "Inga övriga frågor togs upp.")


@pytest.mark.parametrize("agenda", [
    ["Dagordning:", "• Mötets öppnande", "• Vårdkedjan i länet – Sara Lind", "• Budget för år 2032 – Per Ek",
     "• Övriga frågor"],
    ["Dagordning", "- Mötets öppnande", "- Vårdkedjan i länet (Sara Lind)", "- Budget för år 2032 (Per Ek)",
     "- Övriga frågor"],
    ["Föredragningslista", "12) Mötets öppnande", "13) Vårdkedjan i länet – Sara Lind",
     "14) Budget för år 2032 – Per Ek", "15) Övriga frågor"],
    ["Program", "| Tid | Rubrik | Presentatör |", "|---|---|---|", "| 09.00 | Mötets öppnande |  |",
     "| 09.30 | Vårdkedjan i länet | Sara Lind |", "| 10.00 | Budget för år 2032 | Per Ek |",
     "| 10.30 | Övriga frågor |  |"],
])
def test_presenters_named_in_an_agenda_before_the_items_present_the_items_of_that_title(
        ctx: Context, agenda: list[str]) -> None:
    ex = extract(ctx, lines("Minnesanteckningar Beredningen 2031-03-04", "", *agenda, *ANNOUNCED_ITEMS))
    got = presenters(ex)
    assert got["VÅRDKEDJAN I LÄNET"] == ["Sara Lind"]
    assert got["BUDGET FÖR ÅR 2032"] == ["Per Ek"]
    assert not got.get("MÖTETS ÖPPNANDE") and not got.get("ÖVRIGA FRÅGOR")


def test_a_column_of_those_responsible_in_an_agenda_table_names_no_presenter(ctx: Context) -> None:
    """Negative: a table whose column names who is responsible ("Ansvarig"), not who presents, and a line of
    another title with a name after it ("Kontakt – Sara Lind"): no item's presenters."""
    agenda = ["Dagordning", "| Punkt | Ärende | Ansvarig |", "|---|---|---|", "| • | Mötets öppnande |  |",
              "| • | Vårdkedjan i länet | Sara Lind |", "| • | Budget för år 2032 | Per Ek |",
              "| • | Övriga frågor |  |", "", "Kontakt – Sara Lind"]
    ex = extract(ctx, lines("Minnesanteckningar Beredningen 2031-03-04", "", *agenda, *ANNOUNCED_ITEMS))
    assert all(not v for v in presenters(ex).values())


def test_one_title_before_the_items_is_no_agenda(ctx: Context) -> None:
    """Negative: a single line "Title – Name" before the items, no list of the items' titles around it, names
    no presenter (two titles or more of a list must be the items')."""
    ex = extract(ctx, lines("Minnesanteckningar Beredningen 2031-03-04", "", "Tema: Vårdkedjan i länet – Sara Lind",
                            *ANNOUNCED_ITEMS))
    assert all(not v for v in presenters(ex).values())


@pytest.mark.parametrize("verb", ["lämnar en sammanfattande bild av", "lämnade en bild av",
                                  "gav en kort översikt över", "tecknade en bild av"])
def test_giving_a_picture_or_an_overview_presents(ctx: Context, verb: str) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "§ 1 Mötets öppnande",
                            "Ordföranden öppnade mötet.", "", "§ 2 Aktuellt",
                            f"Lena Strand, Nybro kommun, {verb} den digitala vården.", "", "§ 3 Nästa möte",
                            "Nästa möte hålls 2031-05-06."))
    assert presenters(ex)["Aktuellt"] == ["Lena Strand"]


@pytest.mark.parametrize("verb", ["har en annan bild av", "delar inte bilden av", "lämnar en begäran om"])
def test_having_a_view_presents_nothing(ctx: Context, verb: str) -> None:
    """Negative: a view held ("har en annan bild av") or another thing given ("lämnar en begäran"): no presenter."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "§ 1 Mötets öppnande",
                            "Ordföranden öppnade mötet.", "", "§ 2 Aktuellt",
                            f"Lena Strand, Nybro kommun, {verb} den digitala vården.", "", "§ 3 Nästa möte",
                            "Nästa möte hålls 2031-05-06."))
    assert presenters(ex)["Aktuellt"] == []


@pytest.mark.parametrize("name", ["Örjan Lind", "Östen Berg", "Ylva Sund", "Maj-Britt Ek", "Sverker Holm"])
def test_a_common_given_name_makes_a_presenter_in_prose(ctx: Context, name: str) -> None:
    """Common Swedish given names the list lacked ("Örjan", "Östen", "Ylva", "Maj-Britt"): the person who
    reports in prose presents, as with any given name the list knows."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "§ 1 Mötets öppnande",
                            "Ordföranden öppnade mötet.", "", "§ 2 Aktuellt",
                            f"{name} redovisade läget i den digitala vården.", "", "§ 3 Nästa möte",
                            "Nästa möte hålls 2031-05-06."))
    assert presenters(ex)["Aktuellt"] == [name]


def test_a_place_word_before_a_verb_is_no_given_name(ctx: Context) -> None:
    """Negative: a capitalised place and a word ("Öland Runt redovisades") is no person presenting."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "§ 1 Mötets öppnande",
                            "Ordföranden öppnade mötet.", "", "§ 2 Aktuellt",
                            "Projektet Öland Runt redovisades kort.", "", "§ 3 Nästa möte",
                            "Nästa möte hålls 2031-05-06."))
    assert presenters(ex)["Aktuellt"] == []


# --------------------------------------------------------------------------- a presenter's label right under an item's
# heading presents the item, where the items' numbers were not found before the lists; a label a scan split


MEMBERS = ("Ledamöter", "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", "Greta Sund, Region Kalmar län", "")


@pytest.mark.parametrize(("heading", "label"), [
    ("Ärende 3: Vårdkedjan i länet", "Föredragande: Sara Lind"),
    ("NB 3 VÅRDKEDJAN I LÄNET", "Presentatör: Sara Lind"),
    ("3.2 Vårdkedjan i länet", "Föredras av: Sara Lind"),
    ("10.20–10.40 Vårdkedjan i länet", "Informatör: Sara Lind"),
    ("VÅRDKEDJAN I LÄNET", "Föredragande: Sara Lind"),
])
def test_a_presenter_label_under_an_item_heading_presents_and_lists_nobody(
        ctx: Context, heading: str, label: str) -> None:
    ex = extract(ctx, lines("Minnesanteckningar Beredningen 2031-03-04", "", *MEMBERS, "MÖTETS ÖPPNANDE",
                            "Ordföranden öppnade mötet.", "", heading, label, "Dnr 2031/44",
                            "Underlaget diskuterades i grupper.", "", "ÖVRIGA FRÅGOR", "Inga övriga frågor."))
    assert "Sara Lind" not in [n for names in kinds(ex).values() for n in names]
    assert any(p == "Sara Lind" for it in ex.items for p, _ in it.presenters)


def test_a_presenter_label_under_the_members_list_is_a_list(ctx: Context) -> None:
    """Negative: "Föredragande: X" under the list of those present, no item heading over it: the people who
    present that day, a list of the record's (as before)."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Ledamöter", "Lena Strand, Nybro kommun",
                            "Olof Berg, Kalmar kommun", "Greta Sund, Region Kalmar län", "",
                            "Föredragande: Sara Lind, Kalmar kommun", *ITEMS))
    assert "Sara Lind" in [n for names in kinds(ex).values() for n in names]


@pytest.mark.parametrize("label", ["Föredr agande:", "Info rmator:", "Presen tatör:", "Föredrag ande"])
def test_a_presenter_label_a_scan_split_presents(ctx: Context, label: str) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "§ 1 Mötets öppnande",
                            "Ordföranden öppnade mötet.", "", "§ 2 Aktuellt", f"{label} Lena Strand",
                            "Frågan diskuterades.", "", "§ 3 Nästa möte", "Nästa möte hålls 2031-05-06."))
    assert presenters(ex)["Aktuellt"] == ["Lena Strand"]


@pytest.mark.parametrize("label", ["Kontakt person:", "Ansv arig:", "Hand läggare:"])
def test_another_label_a_scan_split_presents_nothing(ctx: Context, label: str) -> None:
    """Negative: a label of another kind split by a scan ("Ansv arig:", "Hand läggare:"): no presenter."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "§ 1 Mötets öppnande",
                            "Ordföranden öppnade mötet.", "", "§ 2 Aktuellt", f"{label} Lena Strand",
                            "Frågan diskuterades.", "", "§ 3 Nästa möte", "Nästa möte hålls 2031-05-06."))
    assert presenters(ex)["Aktuellt"] == []


# --------------------------------------------------------------------------- a list read on past a programme does not
# take the first item's text for its names


@pytest.mark.parametrize("before", [
    ["Återbud: Carl Holm (Kalmar kommun), Eva Sten (Nybro kommun)", "Program:", "Kl. 09.00-09.15 Välkommen",
     "Kl. 09.15-09.45 Vårdkedjan i länet"],
    ["Frånvarande: Carl Holm (Kalmar kommun)", "Dagordning:", "1. Välkommen", "2. Vårdkedjan i länet"],
])
def test_the_opening_item_right_after_a_list_and_a_programme_keeps_its_presenter(
        ctx: Context, before: list[str]) -> None:
    ex = extract(ctx, lines("Minnesanteckningar Beredningen 2031-03-04", "",
                            "Närvarande: Lena Strand (Nybro kommun), Olof Berg (Kalmar kommun),",
                            "Greta Sund (Region Kalmar län)", *before, "1:Välkommen",
                            "Lena Strand hälsade alla välkomna.", "2:Vårdkedjan i länet",
                            "Olof Berg redovisade läget.", "3:Nästa möte", "Nästa möte hålls 2031-05-06."))
    got = presenters(ex)
    assert got.get("Välkommen") == ["Lena Strand"]
    assert "Carl Holm" not in [p for v in got.values() for p in v]


def test_a_list_inside_the_opening_item_still_presents_nothing(ctx: Context) -> None:
    """Negative: the members' list written under the opening item's heading ("1. Öppnande" / "Närvarande" / names)
    attends; its names present nothing (as before)."""
    ex = extract(ctx, lines("Minnesanteckningar Beredningen 2031-03-04", "", "1. Öppnande", "Närvarande",
                            "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", "Greta Sund, Region Kalmar län",
                            "", "2. Vårdkedjan i länet", "Olof Berg redovisade läget.", "", "3. Nästa möte",
                            "Nästa möte hålls 2031-05-06."))
    assert presenters(ex).get("Öppnande") == []


@pytest.mark.parametrize(("heading", "want"), [
    ("§ 2 Vårdkedjan i länet (Anna Holm, Lars-Erik Ek)", ["Anna Holm", "Lars-Erik Ek"]),
    ("§ 2 Vårdkedjan i länet – Eva-Lena Sund, Ann-Sofie Berg", ["Eva-Lena Sund", "Ann-Sofie Berg"]),
    ("§ 2 Vårdkedjan i länet (Anna Holm, Nybro kommun)", ["Anna Holm"]),
])
def test_two_presenters_after_a_title_one_with_a_double_given_name(
        ctx: Context, heading: str, want: list[str]) -> None:
    """Two names after an item's title parted by a comma, the second with a double given name ("Lars-Erik Ek"):
    both present; a name and its organisation after the comma (negative): the one name."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "§ 1 Mötets öppnande",
                            "Ordföranden öppnade mötet.", "", heading, "Underlaget diskuterades.", "",
                            "§ 3 Nästa möte", "Nästa möte hålls 2031-05-06."))
    assert presenters(ex)["Vårdkedjan i länet"] == want


@pytest.mark.parametrize("line", ["Lena Strand, V yrkar bifall till förslaget.", "Lena Strand, KD, yrkar avslag.",
                                  "Lena Strand, MP reserverar sig mot beslutet."])
def test_party_letters_after_a_comma_leave_the_names_own_verb(ctx: Context, line: str) -> None:
    """A party's letters after a comma without a bracket ("X, V yrkar bifall"): the verb after them is the name's,
    and one proposing or reserving presents nothing."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "§ 1 Mötets öppnande",
                            "Ordföranden öppnade mötet.", "", "§ 2 Budget", "Underlaget diskuterades.", line, "",
                            "§ 3 Nästa möte", "Nästa möte hålls 2031-05-06."))
    assert presenters(ex)["Budget"] == []


def test_party_letters_after_a_comma_before_presenting_present(ctx: Context) -> None:
    """Negative of the above: "X, S redovisade ..." presents."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "§ 1 Mötets öppnande",
                            "Ordföranden öppnade mötet.", "", "§ 2 Budget", "Lena Strand, S redovisade underlaget.",
                            "", "§ 3 Nästa möte", "Nästa möte hålls 2031-05-06."))
    assert presenters(ex)["Budget"] == ["Lena Strand"]
