"""Ingest rules of the eighteenth round (issue 13) on attendance, presenters and the people of a protocol, tuned on
the generator's version 3. A protocol whose header the rules could not read lost every fact (its attendance among
them): a title with the meeting's number in its year after the title word ("SG Äldre Protokoll 7/2061"), a title
word a scan split ("Protokol lsutdrag"), the date on a row of values under a row of labels ("Datum:   Tid:" over
"5 jun 2064   09:00"), a date run together in six or eight digits after a label or in the title, and the date opening
the line under the title after a weekday a scan damaged.

Each test writes its own input text (names and organisations invented here or common ones, forms the generator
does not write among them) and checks what the extraction makes of it, with look-alikes that must not be read.
"""

from __future__ import annotations

import pytest

from graph.ingest.extract_model import Extraction
from graph.ingest.pipeline import Context

from .test_ingest_shapes import lines
from .test_ingest_structure import extract

MEMBERS = ("", "Närvarande", "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", "")
ITEMS = ("§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", "", "§ 2 Nästa möte", "Nästa möte hålls 2031-05-06.")


def head(ctx: Context, *rows: str) -> Extraction:
    return extract(ctx, lines(*rows, *MEMBERS, *ITEMS))


# --------------------------------------------------------------------------- the header: title and date


@pytest.mark.parametrize("title", [
    "Styrgruppen Protokoll 3/2031", "# Nätverket för anhörigstöd Minnesanteckningar 12/2031",
    "Beredningen Beslutsprotokoll nr 3", "Arbetsgruppen Mötesanteckningar 3 / 2031",
])
def test_a_title_word_before_the_meetings_number_in_its_year_is_the_title(ctx: Context, title: str) -> None:
    ex = head(ctx, title, "Datum: 2031-03-04")
    assert ex.doc_kind == "protocol" and ex.title == title.lstrip("# ") and ex.date == "2031-03-04"


@pytest.mark.parametrize("title", ["Protokol lsutdrag Beredningen", "Gruppen Minnesantec kningar 4/2031",
                                   "Anteckni ngar fört vid sammanträde med Gruppen"])
def test_a_title_word_a_scan_split_in_two_is_the_title(ctx: Context, title: str) -> None:
    ex = head(ctx, title, "Datum: 2031-03-04")
    assert ex.doc_kind == "protocol" and ex.title == title and ex.date == "2031-03-04"


def test_a_number_or_a_toc_line_after_a_title_word_is_no_title(ctx: Context) -> None:
    """Negative: a line of a table of contents ("Föregående protokoll ........ 3") or a sentence ending on a
    number is no title: the title is the line above the contents."""
    ex = head(ctx, "Protokoll Beredningen 2031-03-04", "", "Föregående protokoll ........ 3",
              "Gruppen godkände protokoll 3/2031.")
    assert ex.title == "Protokoll Beredningen 2031-03-04"


@pytest.mark.parametrize("rows,date", [
    (["Datum:            Tid:             Plats:",
      "4 mar 2031        09:00-11:30      Regionhuset, sal 3 och via Teams"],
     "2031-03-04"),
    (["Sammanträdesdatum:    Plats:", "310304                Stadshuset i Nybro, stora salen"], "2031-03-04"),
    (["Dag:       Tid:       Lokal:", "20310304   kl. 13     Kommunhuset, Borgholm, rum Ölandssalen"], "2031-03-04"),
])
def test_the_date_on_a_row_of_values_under_a_row_of_labels(ctx: Context, rows: list[str], date: str) -> None:
    ex = head(ctx, "Protokoll Beredningen", *rows)
    assert ex.date == date


def test_a_row_under_labels_of_no_date_gives_no_date(ctx: Context) -> None:
    """Negative: a row under labels that name no date ("Plats:  Ordförande:") holds none, even a number of six
    digits; the meeting's date is the labelled one below."""
    ex = head(ctx, "Protokoll Beredningen", "Plats:            Ordförande:", "Rum 310304        Lena Strand",
              "Datum: 2031-05-06")
    assert ex.date == "2031-05-06"


@pytest.mark.parametrize("row,date", [
    ("Datum: 20310304 klockan 13:00, Kommunförbundets lokaler, Kalmar", "2031-03-04"),
    ("Plats och tid: Regionhuset, Kalmar, 20310304 kl. 09:00-15:20", "2031-03-04"),
    ("Tid och plats: 310304, kl. 9-12, Stadshuset", "2031-03-04"),
])
def test_a_run_together_date_after_a_label_with_more_after_it(ctx: Context, row: str, date: str) -> None:
    ex = head(ctx, "Protokoll Beredningen", row)
    assert ex.date == date


def test_a_run_together_date_in_the_title(ctx: Context) -> None:
    ex = head(ctx, "Mötesanteckningar Samordnande grupp Äldre 310304", "Plats: Stadshuset, Nybro")
    assert ex.date == "2031-03-04"


def test_a_diary_number_or_an_invalid_run_is_no_date(ctx: Context) -> None:
    """Negative: a diary number ("LGL 2031/00255"), a paragraph ("§ 63/50") and six digits that are no valid date
    ("319955") give no date."""
    ex = head(ctx, "Protokoll Beredningen 319955", "Tid och plats: Regionhuset, dnr LGL 2031/00255, § 63/50")
    assert ex.date is None


@pytest.mark.parametrize("row", ["torsdagcn den 6 mars 2031, 09:00-11:30, Folkets hus, Vimmerby",
                                 "Tisdagcn 4 mars 2031, 09.00 till 12.00 i Regionhusets stora sal, Kalmar"])
def test_the_date_opening_the_line_under_the_title_after_a_damaged_weekday(ctx: Context, row: str) -> None:
    ex = head(ctx, "Protokoll Beredningen", row)
    assert ex.date in {"2031-03-06", "2031-03-04"}
    assert ex.date == ("2031-03-06" if "6 mars" in row else "2031-03-04")


def test_a_later_line_opening_with_another_events_date_is_no_meeting_date(ctx: Context) -> None:
    """Negative: a date opening a line further down the header, after words of another event ("Justeras den ...")
    is not the meeting's."""
    ex = head(ctx, "Protokoll Beredningen", "Organ: Beredningen", "Plats: Regionhuset", "Tid: kl 9-12",
              "Justeras den 10 mars 2031 på kansliet, Kalmar, av ordföranden och justeraren")
    assert ex.date is None


# --------------------------------------------------------------------------- attendance through a scan's damage


def att(ctx: Context, *rows: str) -> dict[str, list[tuple[str, str | None]]]:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", *rows, "", *ITEMS))
    out: dict[str, list[tuple[str, str | None]]] = {}
    for lst in ex.attendance:
        out.setdefault(lst.kind, []).extend((e.name, e.org or e.role) for e in lst.entries)
    return out


def test_a_heading_word_a_scan_split_in_two_names_its_list(ctx: Context) -> None:
    got = att(ctx, "Nämndens leda möter", "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", "",
              "Tjänst gorande ersättare", "Greta Sund, Torsås kommun", "", "Övriga när varande",
              "Karin Ek, Region Kalmar län")
    assert got == {"ledamoter": [("Lena Strand", "nybro-kommun"), ("Olof Berg", "kalmar-kommun"),
                                 ("Greta Sund", "torsas-kommun")],
                   "ovriga": [("Karin Ek", "region-kalmar-lan")]}


def test_a_word_like_a_heading_word_but_of_another_length_names_no_list(ctx: Context) -> None:
    """Negative: "Mobil närvård" over a line of prose is a topic, not a heading "Närvarande" a scan damaged (a word
    three letters shorter is another word): no list of its own."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Närvarande", "Lena Strand, Nybro kommun", "",
                            "§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", "", "§ 2 Information", "",
                            "2.1 Mobil närvård", "Olof Berg, invånarrepresentant, inledde med en presentation av "
                            "piloten.", "", "§ 3 Nästa möte", "Nästa möte hålls 2031-05-06."))
    assert [(lst.kind, [e.name for e in lst.entries]) for lst in ex.attendance] == [("ledamoter", ["Lena Strand"])]


@pytest.mark.parametrize("org,slug", [("Osk arshamn", "oskarshamns-kommun"), ("Mönster ås kommun", "monsteras-kommun"),
                                      ("Region Kal mar län", "region-kalmar-lan")])
def test_an_organisation_a_scan_split_is_read(ctx: Context, org: str, slug: str) -> None:
    got = att(ctx, "Närvarande", "Lena Strand, Nybro kommun", f"Olof Berg, {org}")
    assert got == {"ledamoter": [("Lena Strand", "nybro-kommun"), ("Olof Berg", slug)]}


def test_two_words_of_an_organisation_are_not_joined_into_another(ctx: Context) -> None:
    """Negative: the words of a name with no split in it stay apart ("Kalmar kommun" is no "kalmarkommun" of its
    own), and two words that join into no organisation name none."""
    assert ctx.orgs.resolve("Kalmar kommun").id == "kalmar-kommun"
    assert ctx.orgs.resolve("Berg holm") is None


@pytest.mark.parametrize("note", ["(punkt 3 t.o.m. 9)", "4-9", ", deltog vid § 5", "(kom under punkt 4)", ", ej § 6",
                                  "(via Teams)", "(§§ 3–5)", "(2–7)", "(gick efter punkt 6)", ", närvarande §§ 1-4"])
def test_the_part_of_the_meeting_after_an_entry_is_no_part_of_it(ctx: Context, note: str) -> None:
    sep = "" if note.startswith(",") else " "
    got = att(ctx, "Närvarande", "Lena Strand (Nybro)", f"Olof Berg (Kalmar){sep}{note}",
              f"Greta Sund, Torsås{sep}{note}", "Karin Ek (Regionen)")
    assert got == {"ledamoter": [("Lena Strand", "nybro-kommun"), ("Olof Berg", "kalmar-kommun"),
                                 ("Greta Sund", "torsas-kommun"), ("Karin Ek", "region-kalmar-lan")]}


def test_a_damaged_name_keeps_its_organisation_before_a_note_of_the_part(ctx: Context) -> None:
    got = att(ctx, "Närvarande", "Lena Strand (Nybro)", "Jesper Gustavss0n (Kalmar) (punkt 8 t.o.m. 9)",
              "Olof Berg (Torsås)")
    assert got["ledamoter"][1] == ("Jesper Gustavss0n", "kalmar-kommun")


@pytest.mark.parametrize("heading", ["Deltagare från kansliet", "Deltagare fran kansliet", "Kansliet",
                                     "Närvarande från kansliet"])
def test_the_secretariat_under_the_members_are_the_others_present(ctx: Context, heading: str) -> None:
    got = att(ctx, "Beslutande ledamöter", "Lena Strand, Nybro kommun", "", heading, "Karin Ek, Region Kalmar län")
    assert got == {"ledamoter": [("Lena Strand", "nybro-kommun")], "ovriga": [("Karin Ek", "region-kalmar-lan")]}


def test_an_item_heading_with_the_bodys_abbreviation_is_no_damaged_entry(ctx: Context) -> None:
    """Negative: "Ber 4 **Barnahus Kalmar län**" (an item numbered after the body's abbreviation) is no name a scan
    damaged before an organisation: a word of digits is no name word. The meeting app's report above it, the only
    list, stays the members'."""
    got = att(ctx, "Deltagare (2)", "Namn\tFörsta anslutning\tSenaste utträde\tVaraktighet",
              "Lena Strand\t2031-03-04 09:06\t2031-03-04 11:56\t2 h 50 min",
              "Olof Berg\t2031-03-04 09:00\t2031-03-04 11:50\t2 h 50 min", "",
              "Ber 4 **Barnahus Kalmar län**", "Lena Strand rapporterade om verksamheten.")
    assert got == {"ledamoter": [("Lena Strand", None), ("Olof Berg", None)]}


def test_two_words_that_join_only_by_a_closer_reading_name_no_list(ctx: Context) -> None:
    """Negative: "Läget i den nära vården" over prose: "nära" and "vården" joined are no heading word as written
    (only a closer reading makes them "närvarande"): the heading of an item's text, no list."""
    ex = extract(ctx, lines("Minnesanteckningar presidiekonferens 2031-03-04", "", "Närvarande",
                            "Lena Strand, Nybro kommun", "", "Läget i den nära vården", "-----------------------",
                            "Olof Berg, Region Kalmar län, redogjorde för hur omställningen till nära vård har gått.",
                            "Informationen noterades."))
    assert [[e.name for e in lst.entries] for lst in ex.attendance] == [["Lena Strand"]]


# --------------------------------------------------------------------------- presenters


def presenters(ex: Extraction) -> dict[str, list[str]]:
    return {it.title: [name for name, _ in it.presenters] for it in ex.items}


@pytest.mark.parametrize("verb", ["deltar", "medverkar", "informerar", "deltar digitalt", "föredrar"])
def test_an_announced_agenda_names_who_takes_part_after_the_title(ctx: Context, verb: str) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Närvarande", "Lena Strand, Nybro kommun", "",
                            "Föredragningslista:", "1. Inledning", f"2. Budget 2032 – Olof Berg {verb}",
                            f"3. Mobil närvård – Greta Sund och Karin Ek {verb}", "4. Avslutning", "",
                            "## 1. INLEDNING", "Lena Strand öppnar mötet.", "## 2. BUDGET 2032",
                            "Diskussion: Arbetet går enligt plan.", "## 3. MOBIL NÄRVÅRD",
                            "Diskussion: Piloten fortsätter.", "## 4. AVSLUTNING", "Lena Strand avslutar mötet."))
    got = presenters(ex)
    assert got["BUDGET 2032"] == ["Olof Berg"] and got["MOBIL NÄRVÅRD"] == ["Greta Sund", "Karin Ek"]


def test_a_title_ending_on_a_verb_without_a_name_before_it_names_no_presenter(ctx: Context) -> None:
    """Negative: "Gruppen deltar" or a lower-case phrase before the verb is no name: no presenter."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Närvarande", "Lena Strand, Nybro kommun", "",
                            "§ 1 Inledning", "Lena Strand öppnar mötet.", "",
                            "§ 2 Studiebesök – hela gruppen deltar", "Gruppen besökte Barnahus.", ""))
    assert presenters(ex).get("Studiebesök – hela gruppen deltar", []) == []


@pytest.mark.parametrize("label", ["Föredragande: Olof Berg", "Föredragande: samordnare Olof Berg",
                                   "Föredras av: förbundsdirektör Olof Berg, Kommunförbundet i Kalmar län"])
def test_a_presenters_label_under_an_unnumbered_title_presents_it(ctx: Context, label: str) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Närvarande", "Lena Strand, Nybro kommun",
                            "Greta Sund, Region Kalmar län", "", "Mötets öppnande", "Lena Strand öppnar mötet.", "",
                            "Ungdomsmottagningar", label, "Frågan om finansiering behöver lyftas.", "",
                            "Fördelning av medel 2032", "Föredragande: samordnare Greta Sund",
                            "Utbildningsinsatser: 2,05 milj. kr", "Beslut: Medlen fördelas enligt förslaget."))
    got = presenters(ex)
    assert got["Ungdomsmottagningar"] == ["Olof Berg"] and got["Fördelning av medel 2032"] == ["Greta Sund"]
    assert [e.name for lst in ex.attendance for e in lst.entries] == ["Lena Strand", "Greta Sund"]


def test_a_presenters_label_in_the_header_block_stays_as_it_was_read(ctx: Context) -> None:
    """Negative: a label right under the title, in the header ("Protokoll ..." / "Föredragande: X, Org"), stands
    under no item's title: the rule for an unnumbered title does not read it."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "Föredragande: Olof Berg, Kalmar kommun", "",
                            "Närvarande", "Lena Strand, Nybro kommun", "", "§ 1 Inledning", "Lena Strand öppnar mötet.",
                            "", "§ 2 Nästa möte", "Nästa möte hålls 2031-05-06."))
    assert presenters(ex)["Inledning"] == ["Lena Strand"]
    assert all(name != "Olof Berg" for ps in presenters(ex).values() for name in ps)


@pytest.mark.parametrize("line", ["Presentationen skickas ut av Olof Berg efter mötet.",
                                  "Redovisningen sammanställs av Olof Berg till nästa möte."])
def test_a_presenting_noun_before_another_verb_and_a_name_is_no_label(ctx: Context, line: str) -> None:
    """Negative: a presenting noun opening a sentence whose verb is another ("Presentationen skickas ut av X") is no
    label with a title between it and the name."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Närvarande", "Lena Strand, Nybro kommun", "",
                            "§ 1 Inledning", "Lena Strand öppnar mötet.", "", "§ 2 Handlingsplanen", line, "",
                            "§ 3 Nästa möte", "Nästa möte hålls 2031-05-06."))
    assert presenters(ex)["Handlingsplanen"] == []


# --------------------------------------------------------------------------- attendance: version 3's list forms


@pytest.mark.parametrize("row,org", [("Olof Berg, C – Region Kalmar län", "region-kalmar-lan"),
                                     ("Olof Berg, MP – Hultsfred", "hultsfreds-kommun"),
                                     ("Olof Berg, KD – Kalmar kommun (t.o.m. punkt 4)", "kalmar-kommun")])
def test_a_party_then_a_dash_then_the_organisation(ctx: Context, row: str, org: str) -> None:
    got = att(ctx, "Närvarande", "Lena Strand, S – Nybro kommun", row)
    assert got == {"ledamoter": [("Lena Strand", "nybro-kommun"), ("Olof Berg", org)]}


def test_a_dash_after_a_name_that_is_no_party_keeps_its_reading(ctx: Context) -> None:
    """Negative: "Region Kalmar län – vice ordförande" (a role after the dash) and a name's own letters are no party."""
    got = att(ctx, "Närvarande", "Lena Strand, Region Kalmar län – vice ordförande", "Olof Berg – Kalmar kommun")
    assert got == {"ledamoter": [("Lena Strand", "region-kalmar-lan"), ("Olof Berg", "kalmar-kommun")]}


def test_the_organisation_first_before_a_name_a_scan_damaged(ctx: Context) -> None:
    got = att(ctx, "Ordinarie ledamöter", "Västerviks kommun: Lena Strand", "Vimmerby kommun: Jabi1 Seven",
              "Mörbylånga kommun: Olof Bcrg 3-9", "Nybro kommun: Greta Sund 8-9")
    assert got == {"ledamoter": [("Lena Strand", "vasterviks-kommun"), ("Jabi1 Seven", "vimmerby-kommun"),
                                 ("Olof Bcrg", "morbylanga-kommun"), ("Greta Sund", "nybro-kommun")]}


def test_a_label_before_a_damaged_looking_word_is_no_organisation_first(ctx: Context) -> None:
    """Negative: "Telefon: 0480 12" or "Rum: B2 a" (a label that names no organisation) is no entry."""
    got = att(ctx, "Närvarande", "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", "", "Rum: Sa1 B2",
              "")
    assert got == {"ledamoter": [("Lena Strand", "nybro-kommun"), ("Olof Berg", "kalmar-kommun")]}


@pytest.mark.parametrize("row", ["Kjell Almgren för Mikael Forsberg", "Kjcll Almgren for Mikael Forsberg",
                                 "Kjell Almgren ersätter Mikael Forsberg"])
def test_a_deputy_for_a_member_without_an_organisation(ctx: Context, row: str) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Närvarande ledamöter", "Lena Strand, Nybro kommun",
                            row, "Olof Berg, Kalmar kommun", "", *ITEMS))
    [lst] = ex.attendance
    assert [(e.name, e.in_place_of) for e in lst.entries] == [
        ("Lena Strand", None), (row.split(" f")[0].split(" ers")[0], "Mikael Forsberg"), ("Olof Berg", None)]


def test_a_sentence_with_for_after_a_name_is_no_deputy(ctx: Context) -> None:
    """Negative: a line of prose after a list ("Tack för Mikael Forsberg" is no name before "för")."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Närvarande ledamöter", "Lena Strand, Nybro kommun",
                            "Olof Berg, Kalmar kommun", "", "Tack till alla för Mikael Forsberg", "", *ITEMS))
    assert [e.name for lst in ex.attendance for e in lst.entries] == ["Lena Strand", "Olof Berg"]


@pytest.mark.parametrize("vacant", ["Vakant (M)", "Vakant plats", "Vakant", "Vakans – Kalmar kommun", "- vakant -"])
def test_a_vacant_seat_neither_ends_nor_heads_a_list(ctx: Context, vacant: str) -> None:
    got = att(ctx, "Ledamöter", "Lena Strand, Nybro kommun", vacant, "Olof Berg (ers. Per Ek), Kalmar kommun",
              "Greta Sund, Torsås kommun")
    assert got == {"ledamoter": [("Lena Strand", "nybro-kommun"), ("Olof Berg", "kalmar-kommun"),
                                 ("Greta Sund", "torsas-kommun")]}


def test_a_word_opening_with_vakant_in_a_longer_line_is_no_vacant_seat(ctx: Context) -> None:
    """Negative: a sentence about a vacancy ("Vakansen i gruppen tillsätts efter sommaren.") is prose, not a seat."""
    from graph.ingest.extract_list_headings import VACANT_SEAT
    assert not VACANT_SEAT.match("Vakansen i gruppen tillsätts efter sommaren.")
    assert not VACANT_SEAT.match("Vakant tjänst som samordnare utlyses, se bilaga.")


@pytest.mark.parametrize("heading", ["Deltog ej", "Deltog inte", "Ej deltagit", "Deltar inte:"])
def test_a_heading_denying_taking_part_lists_the_absent(ctx: Context, heading: str) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Närvarande ledamöter", "Lena Strand, Nybro kommun",
                            "", heading, "Olof Berg, Kalmar kommun", "", "Övriga deltagare",
                            "Greta Sund, Region Kalmar län", "", *ITEMS))
    assert {lst.kind: [e.name for e in lst.entries] for lst in ex.attendance} == {
        "ledamoter": ["Lena Strand"], "ovriga": ["Greta Sund"]}
    assert [e.name for e in ex.absent] == ["Olof Berg"]


def test_a_heading_of_those_who_took_part_is_no_absence(ctx: Context) -> None:
    """Negative: "Deltog" and "Deltagande ledamöter" (no denial) are lists of those present."""
    got = att(ctx, "Deltagande ledamöter", "Lena Strand, Nybro kommun", "", "Deltog även", "Olof Berg, Kalmar kommun")
    assert got == {"ledamoter": [("Lena Strand", "nybro-kommun")], "ovriga": [("Olof Berg", "kalmar-kommun")]}


def test_a_presence_column_of_ones_and_dashes_before_an_empty_notes_column(ctx: Context) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Närvarande",
                            "| Namn | Organisation | Närvaro | Anteckningar |", "|---|---|---|---|",
                            "| Lena Strand | Nybro | 1 |  |", "| Olof Berg | Kalmar | - |  |",
                            "| Greta Sund | Regionen | 1 | kom 10.30 |", "| Karin Ek | Torsås | 0 |  |", "", *ITEMS))
    assert [(e.name, e.org) for lst in ex.attendance for e in lst.entries] == [
        ("Lena Strand", "nybro-kommun"), ("Greta Sund", "region-kalmar-lan")]


# --------------------------------------------------------------------------- a known person's surname a scan split


def test_a_known_surname_a_scan_split_in_an_organisations_group_and_as_a_presenter(ctx: Context) -> None:
    """"Vimmerby kommun: Per Ad olfsson" (a known person, Per Adolfsson, his surname split): the entry as written,
    and found so in the prose and under a presenter's label."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Beslutande ledamöter", "Nybro kommun: Lena Strand",
                            "Vimmerby kommun: Per Ad olfsson", "Kalmar kommun: Olof Berg", "",
                            "§ 1 Inledning", "Lena Strand öppnar mötet.", "", "§ 2 Budget",
                            "Föredragande: Per Ad olfsson", "Gruppen diskuterade budgeten.", "",
                            "§ 3 Nästa möte", "Nästa möte hålls 2031-05-06."))
    assert [(e.name, e.org) for lst in ex.attendance for e in lst.entries] == [
        ("Lena Strand", "nybro-kommun"), ("Per Ad olfsson", "vimmerby-kommun"), ("Olof Berg", "kalmar-kommun")]
    assert presenters(ex)["Budget"] == ["Per Ad olfsson"]


def test_a_lower_case_word_after_a_name_that_joins_into_no_known_name_is_no_split(ctx: Context) -> None:
    """Negative: "Vimmerby kommun: Olof Berg ordf" ("Bergordf" is nobody's name) is no name split by a scan."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Beslutande ledamöter", "Nybro kommun: Lena Strand",
                            "Vimmerby kommun: Olof Berg ordf", "", *ITEMS))
    assert all(e.name != "Olof Berg ordf" for lst in ex.attendance for e in lst.entries)


@pytest.mark.parametrize("row", ["Datum: 310304 rum 4", "Datum: 310304 Regionhuset sal 4"])
def test_six_digits_after_a_label_with_no_time_are_no_run_together_date(ctx: Context, row: str) -> None:
    """Negative: six digits after a label with a room after them (or a room's number) are no date: eight digits only
    there; six only closing the title."""
    assert head(ctx, "Protokoll Beredningen", row).date is None
