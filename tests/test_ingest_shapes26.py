"""Ingest rules of the twenty-sixth round (issue 13): shapes found on fresh32/ and fresh33/ (templates of real public
minutes of school and education bodies, elderly care and municipal health care, held out in the twenty-fifth round,
opened for tuning once fresh34/ and fresh35/ were written to be held out instead): a letterhead row with the title
word between the body and the page number, a table's diary-number cell between an item's number and its title, a
party's letters between a name and its seat, a seat where an organisation stands, the deciding body's genitive
before "beslut", a motion that is no decision, a kommun's notice box naming the body and the date, a decision's
heading in a federation's or an assembly's genitive, seats of insight and the staff's representatives, notes of the
part attended in words, names run together by single spaces, an organ's paragraph marks of one capital, a letterhead
date under its label's column, a body deciding alone on its line, a meeting portal's page; and the shapes of
learn12/ and learn13/ (development parts written beside them: primary care and Nära vård; children's and families'
social services), tuned on after them: a list's words labelling a sentence, labelled paragraphs beside headings
alone on their lines, lettered items, a member supporting a proposal, a meeting page's section after its items, a
case's official who does not present, a weekday before a day and month in digits, a date stamp of six digits, a
title capitalised where an organisation stands, bullets of those present under a sentence of presence.

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

import pytest

from graph.ingest.pipeline import Context
from graph.ingest.reading import IngestError

from .test_ingest_people18 import att
from .test_ingest_shapes import lines
from .test_ingest_shapes24 import kinds, titles
from .test_ingest_structure import extract

# the items after a list, in this round's years (`att`, tests/test_ingest_people18.py's, reads the lists alone)
ITEMS = ("§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", "", "§ 2 Nästa möte", "Nästa möte hålls 2071-05-06.")


def entries(ex, kind: str) -> list:  # type: ignore[no-untyped-def]
    return [e for lst in ex.attendance if lst.kind == kind for e in lst.entries]


def protocol(*rows: str):  # type: ignore[no-untyped-def]
    """A nämnd's protocol around the given rows: a title with its date, one member, the rows, a last item."""
    return ("Protokoll Skolnämnden 2071-09-14", "", "Närvarande", "Maja Sandell, Lindby kommun", "", *rows, "",
            "§ 2 Nästa möte", "Nästa möte 2071-10-12.")


# --------------------------------------------------------------------------- header, title and date


def test_a_letterhead_row_with_the_title_word_between_the_body_and_the_page_number(ctx: Context) -> None:
    """"LINDHAGA UTBILDNINGSFÖRBUND      SAMMANTRÄDESPROTOKOLL      1": the title (the page number last made it look
    like a table of contents' line, and no protocol was read)."""
    ex = extract(ctx, lines("LINDHAGA UTBILDNINGSFÖRBUND           SAMMANTRÄDESPROTOKOLL           1", "",
                            "Sammanträdesdatum 2072-03-09", "", "Beslutande     Maja Sandell (S), ordförande",
                            "               Tore Lindgren (M)", "", "§ 4 Information", "Informationen noteras.", "",
                            "§ 5 Läsårstider", "Direktionen fastställer läsårstiderna."))
    assert (ex.doc_kind, ex.title_line, ex.date) == ("protocol", 1, "2072-03-09")
    assert titles(ex) == ["Information", "Läsårstider"]


def test_a_notice_box_naming_the_body_and_the_date_is_the_title(ctx: Context) -> None:
    """A kommun's protocol with no title word, its first page the signatures and the notice of its adjustment:
    "Organ och sammanträdesdatum   Direktionen, Lindhaga skolförbund 2071-02-17" is the title and gives the date; so
    do "Organ   Gemensam presidiekonferens" over "Sammanträdesdatum  2072-05-26" on lines of their own."""
    tail = ("", "Beslutande     Maja Sandell (S), ordförande", "               Tore Lindgren (M)", "",
            "§ 4 Information", "Informationen noteras.", "", "§ 5 Budget", "Budgeten godkänns.")
    ex = extract(ctx, lines("                                         1 (4)", "Justerandes sign", "", "ANSLAG/BEVIS",
                            "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
                            "Organ och sammanträdesdatum   Direktionen, Lindhaga skolförbund 2071-02-17",
                            "Datum då anslaget sätts upp   2071-02-20", *tail))
    assert (ex.doc_kind, ex.title_line, ex.date) == ("protocol", 6, "2071-02-17")
    ex = extract(ctx, lines("                                         1 (4)", "Justerandes sign", "", "ANSLAG/BEVIS",
                            "Organ              Gemensam presidiekonferens", "Sammanträdesdatum  2072-05-26",
                            "Datum för anslag   2072-05-30", *tail))
    assert (ex.doc_kind, ex.title_line, ex.date) == ("protocol", 5, "2072-05-26")


def test_a_letterhead_date_in_the_column_of_its_label(ctx: Context) -> None:
    """"PROTOKOLL      Sammanträdesdatum      Sida" over "Styrgrupp Elevhälsa      9 juni 2071      1 (3)", repeated
    on each page: the date under the label's column is the meeting's; a place in that column gives none."""
    label = "PROTOKOLL                  Sammanträdesdatum            Sida"
    row = "Styrgrupp Elevhälsa         {}                  {} (3)"
    ex = extract(ctx, lines(label, row.format("9 juni 2071", 1), "", "Närvarande", "Maja Sandell, Lindby kommun", "",
                            "§ 1 Information", "Informationen noteras.", "", label, row.format("9 juni 2071", 2), "",
                            "§ 2 Nästa möte", "Nästa möte hålls 2071-09-22."))
    assert (ex.title_line, ex.date) == (1, "2071-06-09")
    ex = extract(ctx, lines(label, row.format("Lindby skola", 1), "", "Närvarande", "Maja Sandell, Lindby kommun", "",
                            "§ 1 Information", "Informationen noteras.", "", "§ 2 Nästa möte",
                            "Nästa möte hålls 2071-09-22."))
    assert ex.date is None


def test_a_meeting_portals_page_headed_by_the_meeting_and_its_date(ctx: Context) -> None:
    """A kommun's meeting page, breadcrumbs above "Sammanträde 2071-02-17" or "Möte 2071-04-24": a protocol of that
    date; "Möte med elevrådet om skolmaten 2071" is no such heading (no title at all)."""
    for heading, date in (("Sammanträde 2071-02-17", "2071-02-17"), ("Möte 2071-04-24", "2071-04-24")):
        ex = extract(ctx, lines("Hem", "Lindby kommun", "Äldrenämnden", heading, "", "Ärenden", "1. Val av justerare",
                                "Tore Lindgren utses att justera.", "", "2. Budget", "Budgeten godkänns."))
        assert (ex.doc_kind, ex.title_line, ex.date) == ("protocol", 4, date)
        assert titles(ex) == ["Val av justerare", "Budget"]
    with pytest.raises(IngestError):
        extract(ctx, lines("Hem", "Lindby kommun", "Möte med elevrådet om skolmaten 2071", "", "1. Val av justerare",
                           "Tore Lindgren utses att justera.", "", "2. Budget", "Budgeten godkänns."))


def test_a_weekday_before_a_day_and_month_in_digits_in_the_title(ctx: Context) -> None:
    """"Protokoll fört vid möte nr 2/2071 tisdagen den 14/4 kl. 13 i Lindby skola": 2071-04-14 (the weekday right
    before the day and month; the meeting's number "2/2071" no date)."""
    ex = extract(ctx, lines("Protokoll fört vid möte nr 2/2071 tisdagen den 14/4 kl. 13 i Lindby skola", "",
                            "Närvarande", "Maja Sandell, Lindby kommun", "", *ITEMS))
    assert (ex.title_line, ex.date) == (1, "2071-04-14")


def test_a_date_stamp_of_six_digits_opening_the_title(ctx: Context) -> None:
    """"710608 Arbetsgruppsmöte Protokoll" in a document whose other years are 2071: 2071-06-08, the century
    nearest them."""
    ex = extract(ctx, lines("710608 Arbetsgruppsmöte Protokoll", "", "Närvarande", "Maja Sandell, Lindby kommun", "",
                            "1. Budget", "Budgeten för 2071 redovisades den 3 maj 2071.", "", "2. Nästa möte",
                            "Nästa möte hålls den 12 augusti 2071."))
    assert (ex.title_line, ex.date) == (1, "2071-06-08")


# --------------------------------------------------------------------------- attendance


def test_a_partys_letters_between_the_name_and_the_seat(ctx: Context) -> None:
    """"Roland Holm (c) ordförande", "Eva Ek (s) 1:e vice ordförande" (no comma): each person with the seat as the
    post, no organisation; the list goes on past them."""
    got = entries(extract(ctx, lines("Protokoll Beredningen 2071-03-04", "", "Beslutande", "Roland Holm (c) ordförande",
                                     "Eva Ek (s) 1:e vice ordförande", "Tore Lindgren (m)", "", *ITEMS)), "ledamoter")
    assert [(e.name, e.post, e.org, e.org_as_written) for e in got] == [
        ("Roland Holm", "ordforande", None, None), ("Eva Ek", "vice-ordforande", None, None),
        ("Tore Lindgren", None, None, None)]


def test_a_seat_where_the_organisation_stands(ctx: Context) -> None:
    """"Anna Holm, ordförande": the chair's post, no organisation "as written"; "Per Ek, ledamot": neither (the
    member's word says no more than the list); "Tore Lindgren, Lindby kommun" keeps its kommun."""
    got = entries(extract(ctx, lines("Protokoll Beredningen 2071-03-04", "", "Närvarande", "Anna Holm, ordförande",
                                     "Per Ek, ledamot", "Tore Lindgren, Lindby kommun", "", *ITEMS)), "ledamoter")
    assert [(e.name, e.post, e.org, e.org_as_written, e.note) for e in got] == [
        ("Anna Holm", "ordforande", None, None, None), ("Per Ek", None, None, None, None),
        ("Tore Lindgren", None, "lindby-kommun", "Lindby kommun", None)]


def test_a_title_capitalised_where_the_organisation_stands(ctx: Context) -> None:
    """"Jabil Berg, Nämndsekreterare" (a column's title capitalised): no organisation defined by it."""
    ex = extract(ctx, lines("Protokoll Beredningen 2071-03-04", "", "Närvarande", "Maja Sandell, Lindby kommun",
                            "Jabil Berg, Nämndsekreterare", "", *ITEMS))
    got = {e.name: e.org for e in entries(ex, "ledamoter")}
    assert got == {"Maja Sandell": "lindby-kommun", "Jabil Berg": None}
    assert not any("sekreterare" in slug for slug, *_ in ex.new_orgs)


def test_seats_of_insight_and_staff_representatives_are_others_present(ctx: Context) -> None:
    """"Insynsplats", "Personalföreträdare" and "Övriga deltagande" head lists of others present, not members."""
    got = att(ctx, "Beslutande", "Maja Sandell, Lindby kommun", "", "Insynsplats", "Tore Lindgren (SD)", "",
              "Personalföreträdare", "Hanna Vik, Lärarförbundet", "", "Övriga deltagande", "Sixten Holm, Lindby kommun")
    assert got == {"ledamoter": [("Maja Sandell", "lindby-kommun")],
                   "ovriga": [("Tore Lindgren", None), ("Hanna Vik", "lararforbundet"),
                              ("Sixten Holm", "lindby-kommun")]}


def test_notes_of_the_part_attended_in_words_and_a_scans_dollar_sign(ctx: Context) -> None:
    """"(på plats från och med §5)", "(lämnar efter § 5)" (words and a paragraph in brackets) and ", $ 43" (a scan's
    "$" for "§") after an entry: notes of the part attended, no organisation."""
    got = entries(extract(ctx, lines("Protokoll Beredningen 2071-03-04", "", "Beslutande",
                                     "Maja Sandell (S) (på plats från och med §5)",
                                     "Tore Lindgren (M) (lämnar efter § 5)", "Hanna Vik (C), $ 43", "", *ITEMS)),
                  "ledamoter")
    assert [(e.name, e.org, e.org_as_written) for e in got] == [
        ("Maja Sandell", None, None), ("Tore Lindgren", None, None), ("Hanna Vik", None, None)]


def test_names_run_together_by_single_spaces(ctx: Context) -> None:
    """"Annika Holm Gudrun Ek Isabell Lund" (a list's columns whose gaps a text layer lost): three people, each a
    given name and a surname; "Karin Lena Holm Ek" (a second given name, no pairs) is one person."""
    got = att(ctx, "Närvarande", "Annika Holm Gudrun Ek Isabell Lund", "Karin Lena Holm Ek")
    assert [n for n, _ in got.get("ledamoter", [])] == ["Annika Holm", "Gudrun Ek", "Isabell Lund",
                                                        "Karin Lena Holm Ek"]


def test_a_name_with_a_party_and_a_seat_is_no_lists_heading(ctx: Context) -> None:
    """"Per Ek (M) ledamot": an entry of the list above it, not the heading of a list of members."""
    ex = extract(ctx, lines("Protokoll Beredningen 2071-03-04", "", "Beslutande", "Per Ek (M) ledamot",
                            "Maja Sandell (S) ledamot", "Tore Lindgren (M) ledamot", "", *ITEMS))
    assert [(lst.heading, [e.name for e in lst.entries]) for lst in ex.attendance] == [
        ("Beslutande", ["Per Ek", "Maja Sandell", "Tore Lindgren"])]


def test_a_name_then_a_title_of_one_or_several_words(ctx: Context) -> None:
    """"Sara Lund kvalitetsutvecklare" (a title by its ending "-utvecklare"): Sara Lund; "Eva Berg förvaltningschef
    barn och utbildning": Eva Berg with her post (the "och" before a word in lower case joins no names)."""
    got = entries(extract(ctx, lines("Protokoll Beredningen 2071-03-04", "", "Övriga närvarande",
                                     "Eva Berg förvaltningschef barn och utbildning", "Sara Lund kvalitetsutvecklare",
                                     "", *ITEMS)), "ovriga")
    assert [(e.name, e.post) for e in got] == [("Eva Berg", "forvaltningschef"), ("Sara Lund", None)]


def test_a_deputy_serving_as_deputy_for_a_member_with_the_party(ctx: Context) -> None:
    """"Bo Lund (s) tjänstgör som ersättare för Sten Berg (s)" under "Tjänstgörande ersättare": Bo Lund serving
    for Sten Berg (the line no item with Sten Berg presenting)."""
    ex = extract(ctx, lines("Protokoll Beredningen 2071-03-04", "", "Beslutande", "Maja Sandell (s)", "",
                            "Tjänstgörande ersättare", "Bo Lund (s) tjänstgör som ersättare för Sten Berg (s)", "",
                            *ITEMS))
    assert [(e.name, e.in_place_of) for e in entries(ex, "ledamoter")] == [("Maja Sandell", None),
                                                                           ("Bo Lund", "Sten Berg")]
    assert titles(ex) == ["Mötets öppnande", "Nästa möte"]


def test_bullets_of_those_present_under_a_sentence_of_presence(ctx: Context) -> None:
    """Item "2. Närvarande": "Närvarolista gick runt, närvarande var:" over "- Anna Holm och Per Ek," / "Emmaboda" /
    "- Eva Lund, Torsås": members with the kommuner of their towns (the bullet wrapped onto the next line)."""
    ex = extract(ctx, lines("Minnesanteckningar Närvårdsgruppen 2071-03-04", "", "1. Välkommen",
                            "Anna Holm hälsade välkommen.", "", "2. Närvarande",
                            "Närvarolista gick runt, närvarande var:", "- Anna Holm och Per Ek,", "Emmaboda",
                            "- Eva Lund, Torsås", "", "3. Nästa möte",
                            "Nästa möte hålls 2071-05-06."))
    assert [(e.name, e.org) for e in entries(ex, "ledamoter")] == [
        ("Anna Holm", "emmaboda-kommun"), ("Per Ek", "emmaboda-kommun"), ("Eva Lund", "torsas-kommun")]


# --------------------------------------------------------------------------- items


def test_a_table_row_of_a_number_a_diary_number_and_a_title(ctx: Context) -> None:
    """"4    Dnr 2071/08    Läsårstider 2072" (a bare number, the diary number's cell, the title): item 4 titled by
    the last cell, not by nothing."""
    ex = extract(ctx, lines("Protokoll Skolnämnden 2071-09-14", "", "Närvarande", "Maja Sandell, Lindby kommun", "",
                            "3    Dnr 2071/07    Val av justerare", "     Tore Lindgren utses att justera.", "",
                            "4    Dnr 2071/08    Läsårstider 2072", "     Nämnden fastställer läsårstiderna.", "",
                            "5    Dnr 2071/09    Skolskjuts", "     Informationen noteras."))
    assert [(it.n, it.title) for it in ex.items] == [(3, "Val av justerare"), (4, "Läsårstider 2072"),
                                                     (5, "Skolskjuts")]


def test_an_organs_paragraph_marks_of_one_capital_repeated(ctx: Context) -> None:
    """"Bunau 27      Dnr BUN 2071/4", "Bunau 28 ...", "Bunau 29 ..." (an organ's abbreviation with one capital on
    three rows or more): items 27, 28, 29; one such row inside an item is no item."""
    ex = extract(ctx, lines("Protokoll Barn- och utbildningsnämndens arbetsutskott 2071-03-02", "", "Närvarande",
                            "Maja Sandell, Lindby kommun", "",
                            "Bunau 27        Dnr BUN 2071/4", "Val av justerare", "Tore Lindgren utses att justera.",
                            "",
                            "Bunau 28        Dnr BUN 2071/5", "Läsårstider", "Informationen noteras.", "",
                            "Bunau 29        Dnr BUN 2071/6", "Skolskjuts", "Informationen noteras."))
    assert [(it.n, it.title) for it in ex.items] == [(27, "Val av justerare"), (28, "Läsårstider"),
                                                     (29, "Skolskjuts")]
    ex = extract(ctx, lines(*protocol("§ 1 Skolskjuts", "Linjerna redovisas:", "Bunau 27        Dnr BUN 2071/4",
                                      "Informationen noteras.")))
    assert [it.n for it in ex.items] == [1, 2]


def test_a_lists_words_labelling_a_sentence_are_an_items_label(ctx: Context) -> None:
    """"Övriga frågor: Inga övriga frågor finns." and "Ny ledamot: Maja Sandell ersätter Per Ek som ledamot i
    styrgruppen." (a list's words before a sentence) label items beside "Justering: ..." and "Nästa möte: ...";
    "Närvarande: Anna Holm, Per Ek" stays a list."""
    ex = extract(ctx, lines("Minnesanteckningar Styrgruppen för elevhälsa 2071-03-04", "",
                            "Närvarande: Anna Holm, Per Ek", "", "Justering: Per Ek utsågs att justera anteckningarna.",
                            "", "Ny ledamot: Maja Sandell ersätter Per Ek som ledamot i styrgruppen.", "",
                            "Övriga frågor: Inga övriga frågor finns.", "", "Nästa möte: Nästa möte hålls 2071-05-06."))
    assert titles(ex) == ["Justering", "Ny ledamot", "Övriga frågor", "Nästa möte"]
    assert [e.name for e in entries(ex, "ledamoter")] == ["Anna Holm", "Per Ek"]


def test_labelled_paragraphs_mixed_with_headings_alone_on_their_lines(ctx: Context) -> None:
    """Minutes of "Justering: X utsågs ...", "Utskrivningsklara dagar" / "X redovisade ...", "Hemsjukvård" / "Y
    informerade ...", "Övriga frågor: ...", "Nästa möte: ...": both forms items, in their order."""
    ex = extract(ctx, lines("Minnesanteckningar Styrgruppen för äldreomsorg 2071-03-04", "",
                            "Närvarande: Anna Holm, Per Ek", "", "Justering: Per Ek utsågs att justera anteckningarna.",
                            "", "Utskrivningsklara dagar", "Anna Holm redovisade statistiken för perioden.", "",
                            "Hemsjukvård", "Per Ek informerade om läget.", "",
                            "Övriga frågor: Inga övriga frågor fanns.", "", "Nästa möte: Nästa möte hålls 2071-05-06."))
    assert titles(ex) == ["Justering", "Utskrivningsklara dagar", "Hemsjukvård", "Övriga frågor", "Nästa möte"]
    assert [[p for p, _ in it.presenters] for it in ex.items][1:3] == [["Anna Holm"], ["Per Ek"]]


def test_items_lettered_with_a_slash(ctx: Context) -> None:
    """"• A/ Val av justerare", "• B/ Föregående protokoll", ... (a meeting portal's list of a nämnd's items): items
    without numbers, titled without their letters; "• B/ Föregående protokoll" above the title is never the title."""
    ex = extract(ctx, lines("Protokoll Skolrådet 2071-03-04", "", "Närvarande", "Maja Sandell, Lindby kommun", "",
                            "• A/ Val av justerare", "• B/ Föregående protokoll", "• C/ Skolmaten", "• D/ Nästa möte",
                            "", "Tore Lindgren utses att justera."))
    assert [(it.n, it.title) for it in ex.items] == [(None, "Val av justerare"), (None, "Föregående protokoll"),
                                                     (None, "Skolmaten"), (None, "Nästa möte")]
    ex = extract(ctx, lines("Skolrådet i Lindby", "• A/ Val av justerare", "• B/ Föregående protokoll",
                            "• C/ Skolmaten", "", "Protokoll 2071-03-04", "", "Närvarande",
                            "Maja Sandell, Lindby kommun", "", "• A/ Val av justerare",
                            "Tore Lindgren utses att justera.", "",
                            "• B/ Föregående protokoll", "Protokollet godkändes.", "", "• C/ Skolmaten",
                            "Informationen noteras."))
    assert (ex.title_line, ex.date) == (6, "2071-03-04")


def test_a_meeting_pages_section_after_the_last_item(ctx: Context) -> None:
    """"Mötesinformation" / "Justerat den ..." / "Ordförande Maja Sandell (s)" / "Sekreterare Hanna Vik" after the
    last item: no part of it (no presenters of it, no sub-items)."""
    ex = extract(ctx, lines("Protokoll Socialnämnden 2071-02-17", "", "Närvarande", "Maja Sandell, Lindby kommun", "",
                            "1. Val av justerare", "Tore Lindgren utses att justera.", "", "2. Budget",
                            "Budgeten godkänns.", "", "Mötesinformation", "Justerat den 2071-02-20",
                            "Ordförande Maja Sandell (s)", "Sekreterare Hanna Vik"))
    assert [(it.n, it.title, it.parent) for it in ex.items] == [(1, "Val av justerare", None), (2, "Budget", None)]
    assert ex.items[-1].presenters == [] and ex.items[-1].lines[1] < 12


# --------------------------------------------------------------------------- decisions, presenters and money


def test_the_deciding_bodys_genitive_before_a_decisions_label(ctx: Context) -> None:
    """"Arbetsutskottets beslut: Ärendelistan kompletteras.": a decision."""
    ex = extract(ctx, lines(*protocol("§ 1 Ärendelista", "Arbetsutskottets beslut: Ärendelistan kompletteras.")))
    assert kinds(ex) == [("other", 1)]


def test_a_motion_is_no_decision_unless_found_adopted(ctx: Context) -> None:
    """"Ordföranden yrkar att ärendelistan kompletteras ...": a motion, no decision; "... yrkar att ..., och finner
    yrkandet antaget": a decision."""
    ex = extract(ctx, lines(*protocol("§ 1 Ärendelista",
                                      "Ordföranden yrkar att ärendelistan kompletteras med ett ärende om skolskjuts.")))
    assert kinds(ex) == []
    ex = extract(ctx, lines(*protocol("§ 1 Ärendelista", "Ordföranden yrkar att ärendelistan kompletteras med ett "
                                      "ärende om skolskjuts, och finner yrkandet antaget.")))
    assert kinds(ex) == [("other", 1)]


@pytest.mark.parametrize("heading", ["Direktionens beslut", "Förbundets beslut", "Fullmäktiges beslut"])
def test_a_federations_or_assemblys_decision_heading_over_numbered_points(ctx: Context, heading: str) -> None:
    """"Direktionens beslut" (or "Förbundets", "Fullmäktiges") alone over "1. Direktionen fördelar medlen enligt
    förslaget." / "2. Anmälan noteras.": each point a decision."""
    ex = extract(ctx, lines(*protocol("§ 1 Medel", "Förslaget redovisas.", "", heading,
                                      "1. Direktionen fördelar medlen enligt förslaget.", "2. Anmälan noteras.")))
    assert sorted(kinds(ex)) == [("funding", 1), ("other", 1)]


def test_a_verb_in_lower_case_under_the_bodys_decision_heading(ctx: Context) -> None:
    """"Arbetsutskottets beslut" / "överlämnar ärendet till nämnden utan eget förslag till beslut." (the heading the
    verb's subject): a decision; under "Arbetsutskottets förslag" none."""
    ex = extract(ctx, lines(*protocol("§ 1 Hemtjänst", "Förvaltningen redovisar ärendet.", "",
                                      "Arbetsutskottets beslut",
                                      "överlämnar ärendet till nämnden utan eget förslag till beslut.")))
    assert kinds(ex) == [("other", 1)]
    ex = extract(ctx, lines(*protocol("§ 1 Hemtjänst", "Förvaltningen redovisar ärendet.", "",
                                      "Arbetsutskottets förslag",
                                      "överlämnar ärendet till nämnden utan eget förslag till beslut.")))
    assert kinds(ex) == []


def test_a_body_deciding_alone_on_its_line_over_the_clause(ctx: Context) -> None:
    """"Barn- och utbildningsnämnden beslutar" alone, a blank line, "att lägga protokollen till handlingarna.": a
    decision; the body's name alone over the clause (no "beslutar") none."""
    ex = extract(ctx, lines(*protocol("§ 1 Protokoll", "Protokollen från skolråden redovisas.", "",
                                      "Barn- och utbildningsnämnden beslutar", "",
                                      "att lägga protokollen till handlingarna.")))
    assert [d.item for d in ex.decisions] == [1]
    ex = extract(ctx, lines(*protocol("§ 1 Protokoll", "Protokollen från skolråden redovisas.", "",
                                      "Barn- och utbildningsnämnden", "", "att lägga protokollen till handlingarna.")))
    assert kinds(ex) == []


def test_a_member_supporting_the_proposal_is_no_decision(ctx: Context) -> None:
    """"Henrik Ek (V) bifaller förslaget.": no decision of the body; "Nämnden bifaller förslaget." one."""
    ex = extract(ctx, lines(*protocol("§ 1 Placering", "Förvaltningen föreslår en ny placering.",
                                      "Henrik Ek (V) bifaller förslaget.")))
    assert kinds(ex) == []
    ex = extract(ctx, lines(*protocol("§ 1 Placering", "Förvaltningen föreslår en ny placering.",
                                      "Henrik Ek (V) bifaller förslaget.", "Nämnden bifaller förslaget.")))
    assert kinds(ex) == [("other", 1)]


def test_a_cases_official_does_not_present_it(ctx: Context) -> None:
    """"Handläggare: Hanna Berg telefon 0480-00 00 00" over "Per Ek föredrog ärendet.": Per Ek presents the item,
    Hanna Berg (the official the case file names) does not."""
    ex = extract(ctx, lines(*protocol("§ 1 Familjehem", "Handläggare: Hanna Berg telefon 0480-00 00 00",
                                      "Per Ek föredrog ärendet.", "Nämnden godkänner förslaget.")))
    assert [p for p, _ in ex.items[0].presenters] == ["Per Ek"]


def test_care_deviations_followed_up_are_no_budget_deviation(ctx: Context) -> None:
    """"Nätverket har 640 000 kr för 2071, varav 400 000 kr ... och 240 000 kr för en gemensam
    avvikelseuppföljning.": funding (care's "avvikelse", no deviation from a budget); "Prognosen visar en negativ
    avvikelse mot budget på 300 000 kr." still none."""
    ex = extract(ctx, lines("Protokoll Nätverket för vårdhygien 2071-03-04", "", "Närvarande",
                            "Maja Sandell, Lindby kommun", "", "§ 1 Medel",
                            "Nätverket har 640 000 kr för 2071, varav 400 000 kr för utbildningsdagar och 240 000 kr "
                            "för en gemensam avvikelseuppföljning.", "", "§ 2 Ekonomi",
                            "Prognosen visar en negativ avvikelse mot budget på 300 000 kr.", "", "§ 3 Nästa möte",
                            "Nästa möte 2071-05-06."))
    assert [(f.total, [p.amount for p in f.parts]) for f in ex.funding] == [(640000, [400000, 240000])]


# --------------------------------------------------------------------------- added by the lead


def test_an_organs_mixed_case_abbreviation_before_its_paragraphs_numbers(ctx: Context) -> None:
    """"VoN 1 Val av justerare", "VoN 2 Budget", ... (a nämnd's abbreviation, two capitals with a small letter between,
    no paragraph sign) after an agenda listed with bare numbers: the paragraphs are the items, at their own lines; a
    word and a number in a sentence ("Vid 2 tillfällen ...") is none."""
    ex = extract(ctx, lines("Kalmar kommun      SAMMANTRÄDESPROTOKOLL", "Socialnämnden", "Datum: 2073-03-10", "",
                            "FÖREDRAGNINGSLISTA", "1     Val av justerare", "2     Budget", "",
                            "VoN 1 Val av justerare", "Greta Lund justerar protokollet.", "",
                            "VoN 2 Budget", "Vid 2 tillfällen har budgeten diskuterats.",
                            "Nämnden fastställer budgeten."))
    assert [(it.n, it.title, it.lines[0]) for it in ex.items] == [(1, "Val av justerare", 9), (2, "Budget", 12)]


def test_a_labelled_field_of_the_header_is_its_own_line_not_a_sentence_run_on(ctx: Context) -> None:
    """"Plats: Kommunhuset, Kalmar" over "Omfattning: §§ 4-9" and the lists, no blank line between, one of the lists'
    notes saying "deltog": the header ends at the field, and the lists under it are read."""
    ex = extract(ctx, lines("Styrgrupp för samverkan      PROTOKOLL", "Sammanträdesdag: 2073-05-05",
                            "Plats: Kommunhuset, Kalmar", "Omfattning: §§ 4-9", "Beslutande:",
                            "Greta Lund, ordf, Region Kalmar län", "Olof Berg, ledamot, Nybro kommun",
                            "Övriga närvarande:", "Processgruppen: Eva Strand (deltog under § 5)",
                            "§ 4 Mötet öppnas", "Greta Lund öppnade mötet.", "§ 5 Budget",
                            "Styrgruppen fastställer budgeten."))
    assert ex.meeting_lines == (1, 3)
    assert ("Greta Lund", "region-kalmar-lan") in [(e.name, e.org) for e in entries(ex, "ledamoter")]
