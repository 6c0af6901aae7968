"""Ingest rules of the twenty-first round (issue 13): structure read by its shape where a template's words differ,
found on the development parts learn/ and learn2/ (templates of real kommun minutes, rules alone): a table's head
row whatever its words, a letterhead title the template repeats on every page, the date label over its date, a
damaged name among bare names in a label column, the headings of an item's parts that every item repeats, a
table of contents' heading, "Name § 2" in a list, the organ's abbreviation in mixed case before a paragraph
numbered through the year ("BoU § 1/2053"), a label's word wrapped under it in lower case.

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

import pytest

from graph.ingest.extract_agenda_numbering import item_number
from graph.ingest.pipeline import Context

from .test_ingest_people18 import ITEMS, att
from .test_ingest_shapes import lines
from .test_ingest_structure import extract

# --------------------------------------------------------------------------- attendance


@pytest.mark.parametrize("head", ["Narnn                    Kornmun/organisation",
                                  "Person                   Hemvist",
                                  "Namn                     Kommun/förbund"])
def test_a_head_row_is_known_by_its_shape_whatever_its_words(ctx: Context, head: str) -> None:
    """A row of short plain cells over name lines, its cells where theirs begin: the table's head (a scan's
    "Narnn  Kornmun/organisation", words no list of head words holds); the list under it is read."""
    got = att(ctx, "Mötesdeltagare", head,
              "Strand, Lena              Nybro kommun",
              "Berg, Olof                Kalmar kommun",
              "Sund, Greta               Torsås kommun")
    assert got == {"ledamoter": [("Lena Strand", "nybro-kommun"), ("Olof Berg", "kalmar-kommun"),
                                 ("Greta Sund", "torsas-kommun")]}


def test_a_row_whose_cells_do_not_stand_over_the_names_is_no_head_row(ctx: Context) -> None:
    """Negative: a list line itself ("Greta Sund (S)      Kalmar") and a row of two words far from the columns
    under it are no head row."""
    rules = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Mötesdeltagare",
                               "Lena Strand              Nybro kommun", "", *ITEMS))
    from graph.ingest.extract_text import _name_like  # noqa: F401  (the module the rules read names with)
    assert [e.name for lst in rules.attendance for e in lst.entries] == ["Lena Strand"]
    got = att(ctx, "Ledamöter", "Greta Sund (S)          Kalmar", "Olof Berg (M)           Nybro")
    assert got == {"ledamoter": [("Greta Sund", "kalmar-kommun"), ("Olof Berg", "nybro-kommun")]}


def test_a_damaged_heading_word_of_those_present_besides_the_members(ctx: Context) -> None:
    """"Dessutorn närvarande" (a scan's "rn" for "m"): those present besides the members, as "Dessutom närvarande"."""
    got = att(ctx, "Ledamöter", "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", "",
              "Dessutorn närvarande", "Karin Ek, Region Kalmar län")
    assert got == {"ledamoter": [("Lena Strand", "nybro-kommun"), ("Olof Berg", "kalmar-kommun")],
                   "ovriga": [("Karin Ek", "region-kalmar-lan")]}


LABEL_COLUMN = ["Beslutande          Greta Lund                    ordförande",
                "                    Per H0lmgren                  vice ordförande",
                "                    Olof Berg",
                "                    Ste1la Ek",
                "                    Lena Strand                   tjänstgörande ersättare",
                "Övriga deltagare    Karin Ek                      sekreterare",
                "                    Anna Wik"]


def test_a_damaged_name_among_bare_names_in_a_label_column(ctx: Context) -> None:
    """Names with no organisation in a label column, two of them damaged by a scan ("Per H0lmgren", "Ste1la Ek"):
    read as written, the list not cut at them and no heading made of them."""
    got = att(ctx, *LABEL_COLUMN)
    assert [n for n, _ in got["ledamoter"]] == ["Greta Lund", "Per H0lmgren", "Olof Berg", "Ste1la Ek", "Lena Strand"]
    assert [n for n, _ in got["ovriga"]] == ["Karin Ek", "Anna Wik"]


def test_the_same_names_undamaged_read_the_same(ctx: Context) -> None:
    clean = [r.replace("H0lmgren", "Holmgren").replace("Ste1la", "Stella") for r in LABEL_COLUMN]
    assert [n for n, _ in att(ctx, *clean)["ledamoter"]] == ["Greta Lund", "Per Holmgren", "Olof Berg", "Stella Ek",
                                                              "Lena Strand"]


def test_a_damaged_name_alone_among_names_with_organisations_is_not_taken_without_one(ctx: Context) -> None:
    """Negative: a damaged name with no organisation where the list's names have theirs is left for the review."""
    got = att(ctx, "Ledamöter", "Lena Strand, Nybro kommun", "Per H0lmgren", "Olof Berg, Kalmar kommun")
    assert [n for n, _ in got["ledamoter"]] == ["Lena Strand", "Olof Berg"]


def test_a_label_wrapped_in_lower_case_under_it_and_paragraphs_after_a_name(ctx: Context) -> None:
    """"Övriga" / "närvarande" (the label's word wrapped into the next row, beside a name) is one label; "Name § 2"
    is the person, present for paragraph 2, and no item "2. Name"."""
    text = lines("Protokoll Beredningen", "Sammanträdesdatum 2031-03-04", "",
                 "Beslutande      Greta Lund (Nybro kommun), ordförande",
                 "                Olof Berg (Kalmar kommun)", "",
                 "Övriga          Karin Ek",
                 "närvarande      Stella Holm § 2",
                 "                Per Holmgren §§ 1-2", "", "",
                 "§ 1             Mötets öppnande", "", "Ordföranden öppnade mötet.", "", "",
                 "§ 2             Budget", "", "Stella Holm redovisade budgeten.")
    ex = extract(ctx, text)
    kinds = {lst.kind: [e.name for e in lst.entries] for lst in ex.attendance}
    assert kinds == {"ledamoter": ["Greta Lund", "Olof Berg"], "ovriga": ["Karin Ek", "Stella Holm", "Per Holmgren"]}
    assert [(it.n, it.title) for it in ex.items] == [(1, "Mötets öppnande"), (2, "Budget")]


def test_a_part_note_of_its_own_keeps_its_words(ctx: Context) -> None:
    """Negative: "på plats från § 20" after the organisation is the note it was ("från" no name's end)."""
    got = att(ctx, "Ledamöter", "Greta Lund, Nybro kommun - på plats från § 20", "Olof Berg, Kalmar kommun")
    assert got == {"ledamoter": [("Greta Lund", "nybro-kommun"), ("Olof Berg", "kalmar-kommun")]}


# --------------------------------------------------------------------------- the header


def test_a_letterhead_title_repeated_on_every_page_is_the_first_pages_title(ctx: Context) -> None:
    """"STYRGRUPPEN FÖR ÄLDREVÅRD      PROTOKOLL" at the top of each page (taken for a running header): the first
    page's is the protocol's title, and the meeting is read."""
    page = ["STYRGRUPPEN FÖR ÄLDREVÅRD                      PROTOKOLL",
            "                                               2031-03-04"]
    text = lines(*page, "", "Beslutande          Greta Lund, Nybro kommun",
                 "                    Olof Berg, Kalmar kommun",
                 "", "§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", "", "\f",
                 "STYRGRUPPEN FÖR ÄLDREVÅRD                      PROTOKOLL", "", "§ 2 Nästa möte",
                 "Nästa möte hålls 2031-05-06.", "", "\f",
                 "STYRGRUPPEN FÖR ÄLDREVÅRD                      PROTOKOLL", "", "§ 3 Avslutning", "Mötet avslutades.")
    ex = extract(ctx, text)
    assert ex.doc_kind == "protocol" and ex.date == "2031-03-04"
    assert [it.n for it in ex.items] == [1, 2, 3]


def test_the_date_label_over_its_date_and_the_body_under_them(ctx: Context) -> None:
    """No title word: "Sammanträdesdatum" / "2031-03-04" / the group's name: the group's meeting on that date."""
    text = lines("Sammanträdesdatum", "2031-03-04", "Samordnande grupp Äldre", "",
                 "Närvarande", "Greta Lund, Nybro kommun", "Olof Berg, Kalmar kommun", "", *ITEMS)
    ex = extract(ctx, text)
    assert ex.date == "2031-03-04" and ex.meeting_of == "samordnande-grupp-aldre"


# --------------------------------------------------------------------------- items


def _items(ctx: Context, *rows: str) -> list[tuple[int | None, str, int | None]]:
    text = lines("Protokoll Socialnämnden 2031-03-04", "", *rows)
    return [(it.n, it.title, it.parent) for it in extract(ctx, text).items]


def test_the_headings_every_item_repeats_are_no_items(ctx: Context) -> None:
    """"Nämndens beslut" and "Sammanfattning" under each numbered item: the parts of an item, no items of their own;
    a table of contents' heading over dot leaders no item either."""
    rows = ["Innehållsförteckning", "Budget ....................... 1/31", "Hemtjänsten .................. 2/31", "",
            "\f"]
    for n, (title, who) in enumerate([("Budget", "Greta Lund"), ("Hemtjänsten", "Olof Berg"),
                                      ("Nästa möte", "Karin Ek")], 1):
        rows += [f"§ {n}/31   Dnr SN2031-000{n}   {title}", "", "Nämndens beslut", "Informationen noteras.", "",
                 "Sammanfattning", f"{who} redogjorde för ärendet och svarade på frågor.", "", ""]
    assert _items(ctx, *rows) == [(1, "Budget", None), (2, "Hemtjänsten", None), (3, "Nästa möte", None)]


def test_a_heading_said_once_under_an_item_stays_its_part(ctx: Context) -> None:
    """Negative: an unnumbered protocol's headings, each said once, stay its items."""
    got = _items(ctx, "Mötets öppnande", "", "Ordföranden öppnade mötet.", "", "Budget för nästa år", "",
                 "Greta Lund redogjorde för budgeten.", "", "Nästa möte", "", "Nästa möte hålls i maj.")
    assert [t for _, t, _ in got] == ["Mötets öppnande", "Budget för nästa år", "Nästa möte"]


@pytest.mark.parametrize("line,expected", [
    ("BoU § 1/2053   Fastställande av dagordning", (1, "Fastställande av dagordning", "§")),
    ("KS § 12/2031 Budget", (12, "Budget", "§")),
    ("BoU § 4 Budget", (4, "Budget", "§")),
    ("KSAU § 7/31 Budget", (7, "Budget", "§")),
])
def test_an_organs_abbreviation_before_a_paragraph_numbered_through_the_year(line: str, expected: tuple) -> None:
    assert item_number(line) == expected


@pytest.mark.parametrize("line", ["Se § 12/2031", "Enligt § 4 i lagen", "Kristin Holm § 2",
                                  "Greta Lund, utvecklingsledare § 6"])
def test_a_reference_or_a_persons_paragraph_is_no_item(line: str) -> None:
    assert item_number(line) is None


def test_the_notice_of_posting_is_no_item(ctx: Context) -> None:
    """Negative: "Anslag/Bevis" over the posting's lines, before the numbered items, is no item."""
    got = _items(ctx, "Anslag/Bevis", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", "",
                 "§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", "", "§ 2 Nästa möte", "Nästa möte i maj.")
    assert [t for _, t, _ in got] == ["Mötets öppnande", "Nästa möte"]


def test_an_organs_paragraph_in_a_row_of_two_cells_and_a_title_of_two_parts(ctx: Context) -> None:
    """"LGL 9<spaces>Information. Aktuellt från ordföranden": the organ's paragraph in its cell, the title whole (no
    sentence after its stop); the register listing the paragraphs before them is the announced agenda."""
    rows = ["Register", "KS 9     Information. Aktuellt från ordföranden", "KS 10    Remiss. Regional riktlinje",
            "KS 11    Nästa möte", ""]
    for n, title in [(9, "Information. Aktuellt från ordföranden"), (10, "Remiss. Regional riktlinje"),
                     (11, "Nästa möte")]:
        rows += [f"KS {n}    {title}", "Greta Lund informerar om ärendet.", ""]
    assert [(n, t) for n, t, _ in _items(ctx, *rows)] == [
        (9, "Information. Aktuellt från ordföranden"), (10, "Remiss. Regional riktlinje"), (11, "Nästa möte")]


def test_a_title_and_its_first_sentence_on_one_line_stay_apart(ctx: Context) -> None:
    """Negative: "§ 4 Övrigt. Inga övriga frågor anmäldes." is the title "Övrigt" and its text."""
    got = _items(ctx, "§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", "",
                 "§ 2 Övrigt. Inga övriga frågor anmäldes.")
    assert [t for _, t, _ in got] == ["Mötets öppnande", "Övrigt"]


def test_a_reference_to_the_papers_after_a_title_is_no_part_of_it(ctx: Context) -> None:
    got = _items(ctx, "§ 1 Ekonomi 2031 (Se underlag Budget 2031)", "Greta Lund redogjorde för budgeten.", "",
                 "§ 2 Lägesrapport (se bifogad rapport)", "Olof Berg informerade.", "",
                 "§ 3 Budget (Kalmar kommun)", "Budgeten noterades.", "", "§ 4 Plan (bilaga 3)", "Planen noterades.")
    assert [t for _, t, _ in got] == ["Ekonomi 2031", "Lägesrapport", "Budget (Kalmar kommun)", "Plan (bilaga 3)"]


# --------------------------------------------------------------------------- decisions


def _decisions(ctx: Context, *body: str) -> list[tuple[str, str]]:
    text = lines("Protokoll Socialnämnden 2031-03-04", "", *body)
    return [(d.kind, d.text) for d in extract(ctx, text).decisions]


def test_the_points_under_a_bodys_decision_heading_are_its_decisions(ctx: Context) -> None:
    """"Länsgemensam lednings beslut" / "Samordnande gruppens beslut" (a body's name of two words before it) over
    bulleted or numbered points, no blank line between: each point a decision."""
    got = _decisions(ctx, "§ 1 Stimulansmedel 2031", "Samordnande gruppens beslut",
                     "1. Att fördela stimulansmedlen för 2031 enligt förslaget.",
                     "2. Att utvecklingsledarna återrapporterar fördelningen i maj.", "",
                     "§ 2 Remiss", "Länsgemensam lednings beslut",
                     "•  Synpunkterna skickas till Region Kalmar län senast den 15 april 2031.",
                     "•  Planen följs upp vid sammanträdet den 12 juni 2031.")
    assert [k for k, _ in got] == ["funding", "other", "other", "other"]


def test_the_labels_of_a_decision_with_its_action_and_of_a_position(ctx: Context) -> None:
    got = _decisions(ctx, "§ 1 Uppföljning", "Ställningstagande: Presidiet ställer sig bakom uppföljningen.", "",
                     "§ 2 Enkäten", "Beslut/åtgärd: Greta Lund sammanställer synpunkterna till nästa möte.")
    assert [t for _, t in got] == ["Presidiet ställer sig bakom uppföljningen.",
                                   "Greta Lund sammanställer synpunkterna till nästa möte."]


def test_taking_note_in_the_active_and_agreeing(ctx: Context) -> None:
    got = _decisions(ctx, "§ 1 Aktuellt", "Greta Lund informerar.", "Presidiet tar informationen till protokollet.",
                     "", "§ 2 Rapport", "Olof Berg redogör för rapporten.", "Gruppen instämmer i rapportens förslag.")
    assert [k for k, _ in got] == ["other", "other"]


def test_the_minutes_laid_to_the_files_in_the_active_and_their_approval_alone(ctx: Context) -> None:
    """"Presidiet lägger protokollet till handlingarna": approving the minutes; "Godkändes." alone in the item on
    the previous minutes too. Electing the one to check them ("Att ... justera dagens protokoll utse X") is no
    approval."""
    got = _decisions(ctx, "§ 1 Val av justerare", "Samordnande gruppens beslut",
                     "Att jämte ordföranden justera dagens protokoll utse Greta Lund.", "",
                     "§ 2 Föregående protokoll", "Protokollet från mötet den 3 februari 2031 redovisas.",
                     "Presidiet lägger protokollet till handlingarna.", "",
                     "§ 3 Föregående minnesanteckningar", "Godkändes.")
    assert [k for k, _ in got] == ["other", "approve-protocol", "approve-protocol"]


def test_an_approval_alone_in_another_item_is_no_approval_of_the_minutes(ctx: Context) -> None:
    got = _decisions(ctx, "§ 1 Budget 2031", "Godkändes.", "", "§ 2 Nästa möte", "Nästa möte hålls i maj.")
    assert "approve-protocol" not in [k for k, _ in got]


# --------------------------------------------------------------------------- attendance, second part


def test_a_lists_word_and_its_kind_after_a_comma_and_marks_under_abbreviated_presence_heads(ctx: Context) -> None:
    """"NÄRVAROLISTA, LEDAMÖTER" / "NÄRVAROLISTA, ÖVRIGA" head two lists; an "x" under "Frånv." (a head abbreviated
    with its stop) marks the absent, under "Närv." the present."""
    head = "Namn               Organisation         Funktion       Närv.  Frånv."
    got = att(ctx, "NÄRVAROLISTA, LEDAMÖTER", head,
              "Greta Lund         Nybro kommun         ordförande     x",
              "Olof Berg          Kalmar kommun                            x",
              "Lena Strand        Torsås kommun                    x", "",
              "NÄRVAROLISTA, ÖVRIGA", head,
              "Karin Ek           Region Kalmar län    sekreterare    x")
    assert got == {"ledamoter": [("Greta Lund", "nybro-kommun"), ("Lena Strand", "torsas-kommun")],
                   "ovriga": [("Karin Ek", "region-kalmar-lan")]}


def test_a_comma_in_a_heading_of_no_lists_words_is_no_heading(ctx: Context) -> None:
    """Negative: "Kalmar, Nybro" (two places) heads no list."""
    got = att(ctx, "Ledamöter", "Greta Lund, Nybro kommun", "", "Kalmar, Nybro", "Olof Berg, Kalmar kommun")
    assert "ovriga" not in got


def test_a_deputy_not_serving_among_those_deciding_is_present_as_another(ctx: Context) -> None:
    got = att(ctx, "Beslutande:          Greta Lund                  ordförande",
              "                     Olof Berg",
              "                     Lena Strand                 tjänstgörande ersättare",
              "                     Karin Ek                    ej tjänstgörande ersättare")
    assert [n for n, _ in got["ledamoter"]] == ["Greta Lund", "Olof Berg", "Lena Strand"]
    assert [n for n, _ in got["ovriga"]] == ["Karin Ek"]


def test_a_label_column_further_down_ends_a_two_column_list(ctx: Context) -> None:
    """"Beslutande      Ersättare" over two columns, then "Övriga   Name, ..." in a label column: the members' column
    ends where the label column begins, the organ's paragraph after an entry (", LGL 10") a note of the part."""
    got = att(ctx, "Beslutande                                   Ersättare",
              "Greta Lund (Nybro kommun)                    Per Holm (Kalmar kommun)",
              "Olof Berg (Kalmar kommun)", "",
              "Övriga         Karin Ek, sekreterare",
              "               Anna Wik, samordnare Region Kalmar län, LGL 10",
              "               Stella Holm, utvecklingsledare Region Kalmar län, LGL 11-12")
    assert [n for n, _ in got["ledamoter"]] == ["Greta Lund", "Olof Berg"]
    assert got["ovriga"][-3:] == [("Karin Ek", None), ("Anna Wik", "region-kalmar-lan"),
                                  ("Stella Holm", "region-kalmar-lan")]


def test_a_place_and_a_number_after_a_comma_stay_the_entrys(ctx: Context) -> None:
    """Negative: ", Nybro 12" is no organ's paragraph (the capitals of an abbreviation only)."""
    from graph.ingest.extract_entry_shapes import _without_part_note
    assert _without_part_note("Greta Lund, Nybro 12") == "Greta Lund, Nybro 12"
    assert _without_part_note("Greta Lund, Nybro kommun, LGL 11-12") == "Greta Lund, Nybro kommun"


def test_items_numbered_on_through_the_year_with_a_word_for_item(ctx: Context) -> None:
    """"Ärende 8:" ... "Ärende 10:" (a body numbering its items on through its year): a run from 8; a lone "Punkt 5" in
    the text is none."""
    got = _items(ctx, "Ärende 8: Mötets öppnande", "Ordföranden öppnade mötet.", "",
                 "Ärende 9: Föregående protokoll", "Protokollet lades till handlingarna.", "",
                 "Ärende 10: Budget", "Greta Lund redogjorde för budgeten.")
    assert [(n, t) for n, t, _ in got] == [(8, "Mötets öppnande"), (9, "Föregående protokoll"), (10, "Budget")]
    got = _items(ctx, "Mötets öppnande", "", "Ordföranden öppnade mötet.", "", "Budget", "",
                 "Punkt 5: se bilagan.", "", "Nästa möte", "", "Nästa möte hålls i maj.")
    assert all(n is None for n, _, _ in got)
