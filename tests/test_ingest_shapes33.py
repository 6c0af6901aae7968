"""Ingest rules of the thirty-third round (issue 13): shapes found on fresh46/ and fresh47/ (held out in the thirty-
second round, tuned on in this one: templates of real public minutes of road and water associations, service clubs
and trade associations): a date in six digits with the year in two ("930421"), a day and month with a dash and
spaces before the year ("10/6 – 2094"), a month's name a scan wrote with a digit ("8 apri1 2094"), a meeting's line
with a day and month and no year as the only title, a kind of organisation as the label of a running list's names
("För kommunerna: ..."), a list's sentence going on after a page break, a list's names as a sentence with sentences of
the others present after it ("Som studerande deltog ..."), "meddelade att" presenting, "Ledamöter i övrigt" the
members.

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

import pytest

from graph.ingest.extract_dates import _date_mentions, years_near
from graph.ingest.pipeline import Context
from graph.ingest.reading import IngestError

from .test_ingest_people18 import att
from .test_ingest_shapes import lines
from .test_ingest_shapes27 import presenters
from .test_ingest_structure import extract

ITEMS = ["1. Mötets öppnande", "Ordföranden öppnade mötet.", "", "2. Föregående protokoll",
         "Protokollet godkändes och lades till handlingarna."]


def test_six_digits_with_a_two_digit_year_date_the_meeting_near_the_documents_years(ctx: Context) -> None:
    """"Plats, Familjecentralen Kalmar 930421 kl 13.00" in a document of 2093: 2093-04-21 (before: no date, no
    meeting); "Nästa möte 930915": the next meeting. Six digits far from the document's years, after a diary or
    telephone label or before "kr", are no date."""
    text = lines("Protokoll Styrgruppen för familjecentralerna", "", "Plats, Familjecentralen Kalmar 930421 kl 13.00",
                 "", "Närvarande: Karin Albertz, Emelie Ingvarsson, Ida Wennberg", "", *ITEMS, "",
                 "3. Ekonomi", "Styrgruppens medel för 2093 är 260 tkr.", "", "4. Nästa möte",
                 "Nästa möte 930915 kl 13.00 i Nybro.")
    ex = extract(ctx, text)
    assert ex.date == "2093-04-21"
    with years_near(2093):
        assert [(d, m, y) for _p, d, m, y, _w in _date_mentions("Nästa möte 930915 kl 13.00")] == [(15, 9, 2093)]
        for other in ("Dnr 930415", "Tel 930415", "summan 930415 kr", "år 2093 kostade det 120415 i porto"):
            assert _date_mentions(other) == [], other
    with years_near(2040):
        assert _date_mentions("Kalmar 930421") == []


def test_a_dash_with_spaces_before_the_year_and_a_month_a_scan_wrote_with_a_digit(ctx: Context) -> None:
    """"10/6 – 2094" is 10 June 2094 and "8 apri1 2094" (a "1" for the "l") 8 April 2094 (before: neither a date;
    the meetings got none)."""
    assert [(d, m, y) for _p, d, m, y, _w in _date_mentions("Mötesanteckningar 3/94 10/6 – 2094.")] == [(10, 6, 2094)]
    assert [(d, m, y) for _p, d, m, y, _w in _date_mentions("sammanträde torsdagen 8 apri1 2094 i Stadshuset")] == [
        (8, 4, 2094)]
    assert [(d, m, y) for _p, d, m, y, _w in _date_mentions("Mötet den 3 ju1i 2094")] == [(3, 7, 2094)]
    # (a range of numbers before a year is none: "sidorna 10/6 – 2094" has no day of a month 6 ... only as a date)
    assert _date_mentions("10 – 2094") == []
    ex = extract(ctx, lines("MAS-nätverket i Kalmar län, Kommunförbundet i Kalmar län", "Mötesanteckningar 3/94",
                            "10/6 – 2094.", "Plats: Kommunförbundet, Kalmar",
                            "Närvarande: Ann Wedin, Kalmar kommun; Lisa Holm, Nybro kommun; Eva Berg, Vimmerby kommun",
                            "", *ITEMS))
    assert ex.date == "2094-06-10"


def test_a_meetings_line_with_a_day_and_month_and_no_year_as_the_title(ctx: Context) -> None:
    """"Gemensam presidiekonferens 20 maj, Kalmarsalen, Kalmar." under the body's name, no title word and no year in
    the head: the title, dated in the year the document's other dates are in (before: read as no protocol, nothing
    drafted). With no year anywhere in the text there is no date to take."""
    body = ["Föregående protokoll", "Protokollet från konferensen den 26 november 2093 läggs till handlingarna.",
            "", "Budget", "För 2094 föreslås 2 400 000 SEK, att redovisa senast 1 oktober 2094.", "",
            "Nästa konferens", "Nästa konferens hålls den 18 november 2094."]
    ex = extract(ctx, lines("", "Länsgemensam ledning i samverkan", "Gemensam presidiekonferens 20 maj, Kalmarsalen, "
                            "Kalmar.", "", "Närvarande:", "För Region Kalmar län: Emmy Holm, Magnus Ek", "", *body))
    assert ex.doc_kind == "protocol" and ex.meeting_kind == "presidiekonferens" and ex.date == "2094-05-20"
    with pytest.raises(IngestError, match="does not look like a protocol"):   # said aloud, not dated by a guess
        extract(ctx, lines("", "Länsgemensam ledning i samverkan", "Gemensam presidiekonferens 20 maj, Kalmarsalen, "
                           "Kalmar.", "", "Närvarande:", "För Region Kalmar län: Emmy Holm, Magnus Ek", "",
                           "Föregående protokoll", "Protokollet läggs till handlingarna."))


def test_a_kind_of_organisation_as_the_label_of_a_running_lists_names(ctx: Context) -> None:
    """"För kommunerna: Stefan Holm, Maud Ek, Jonny Lund," under "Närvarande:": those three present, no organisation
    (before: the line lost, the list going on with the next line's names); "För Region Kalmar län:" gives its people
    the region."""
    got = att(ctx, "Närvarande:", "För Region Kalmar län: Emmy Holm, Magnus Ek",
              "För kommunerna: Stefan Holm, Maud Ek, Jonny Lund,", "Pernilla Sand, Roland Hed")
    assert got == {"ledamoter": [("Emmy Holm", "region-kalmar-lan"), ("Magnus Ek", "region-kalmar-lan"),
                                 ("Stefan Holm", None), ("Maud Ek", None), ("Jonny Lund", None),
                                 ("Pernilla Sand", None), ("Roland Hed", None)]}
    # (a label of another kind is none: "För protokollet: ..." names no list of people from a kind of organisation)
    assert "ledamoter" not in att(ctx, "För protokollet: Stefan Holm, Maud Ek, Jonny Lund")


def test_a_lists_sentence_going_on_after_a_page_break(ctx: Context) -> None:
    """"Tjänstepersoner: A, B, C," at a page's foot, the page's footer and blank lines, "D, E, F" on the next page:
    all six (before: the last three lost); a list ending without the comma does not go on."""
    footer = "Länsgemensam ledning i samverkan, gemensam presidiekonferens - protokoll - sida {}"

    def doc(last: str) -> str:
        return lines("Protokoll Gemensam presidiekonferens 2094-05-20", "", "Närvarande: Emmy Holm, Magnus Ek",
                     f"Tjänstepersoner: Sofia Hartz, Anna Hasselbom Trofast, Lena Vilander Hamnert{last}",
                     "", "", "", footer.format(1), "Marie Ragnarsson, Margit Lindholm Johansson, Lars Wiklander", "",
                     "Till ordförande väljs Emmy Holm", "", "Föregående protokoll",
                     "Protokollet läggs till handlingarna.", "", "", "", footer.format(2), "Budget",
                     "Förslaget godkändes.")

    def others(ex) -> list[str]:  # type: ignore[no-untyped-def]
        return [e.name for lst in ex.attendance if (lst.heading or "").startswith("Tjänstepersoner")
                for e in lst.entries]

    assert others(extract(ctx, doc(","))) == ["Sofia Hartz", "Anna Hasselbom Trofast", "Lena Vilander Hamnert",
                                              "Marie Ragnarsson", "Margit Lindholm Johansson", "Lars Wiklander"]
    assert others(extract(ctx, doc(""))) == ["Sofia Hartz", "Anna Hasselbom Trofast", "Lena Vilander Hamnert"]


def test_a_lists_names_as_a_sentence_and_the_others_in_sentences_after_it(ctx: Context) -> None:
    """"Sanna Holm, Tove Ek, Johanna Fors och Anneli Lund. Som föräldrarepresentanter deltog Maria o Jonas Berg. Som
    studerande deltog Alva Nyström från Linnéuniversitetet.": the four members, Maria Berg and Jonas Berg (one
    surname) and Alva Nyström (Linnéuniversitetet) present beside them (before: one entry, "Sanna Holm" of
    Linnéuniversitetet)."""
    got = att(ctx, "Närvarande:", "", "Sanna Holm, Tove Ek, Johanna Fors och Anneli Lund. Som föräldrarepresentanter "
              "deltog Maria o Jonas Berg. Som studerande deltog Alva Nyström från Linnéuniversitetet.")
    assert got == {"ledamoter": [("Sanna Holm", None), ("Tove Ek", None), ("Johanna Fors", None),
                                 ("Anneli Lund", None)],
                   "ovriga": [("Maria Berg", None), ("Jonas Berg", None), ("Alva Nyström", "linneuniversitetet")]}
    # (a sentence after the names that is no sentence of presence: not this form)
    got = att(ctx, "Närvarande:", "", "Sanna Holm, Tove Ek, Johanna Fors och Anneli Lund. Mötet började sent.")
    assert ("Alva Nyström", "linneuniversitetet") not in got.get("ovriga", [])


def test_meddelade_att_presents_and_meddelade_forhinder_does_not(ctx: Context) -> None:
    """"Sanna Holm meddelade att budgeten för 2093 är 310 000 kronor." presents the item (before: no presenter);
    "Per Ek meddelade förhinder." does not."""
    ex = extract(ctx, lines("Protokoll Arbetsgruppen för amningsstöd 2093-11-19", "", "Närvarande:",
                            "Sanna Holm, Kalmar kommun", "Per Ek, Nybro kommun", "", "1. Ekonomi", "",
                            "Sanna Holm meddelade att budgeten för 2093 är 310 000 kronor.", "", "2. Nätverket", "",
                            "Per Ek meddelade förhinder.", "Nätverket har inte träffats."))
    assert presenters(ex) == [("Ekonomi", ["Sanna Holm"]), ("Nätverket", [])]


def test_ledamoter_i_ovrigt_are_members(ctx: Context) -> None:
    """"Ledamöter i övrigt: Susann Winsth Högsby kommun, Lena Sjöstrand Mönsterås kommun" after the officers: members
    (before: the others present; the keyword key reads "övrigt" as "övriga")."""
    got = att(ctx, "Ledamöter i övrigt: Susann Winsth Högsby kommun, Lena Sjöstrand Mönsterås kommun.")
    assert list(got) == ["ledamoter"] and [n for n, _ in got["ledamoter"]] == ["Susann Winsth", "Lena Sjöstrand"]
    assert list(att(ctx, "Övriga: Susann Winsth Högsby kommun, Lena Sjöstrand Mönsterås kommun.")) == ["ovriga"]


def test_a_paragraph_mark_alone_over_its_text_takes_the_first_sentence_as_its_title(ctx: Context) -> None:
    """"§ 1" / "Nätverkets samordnare Janita Holm hälsade välkommen och öppnade träffen klockan 13.15." and so on:
    each mark an item, its title the first sentence (before: no items at all); a label's line under the mark,
    "Beslut: Föredragningslistan godkändes.", is no title."""
    ex = extract(ctx, lines("Protokoll fört vid nätverksträff för Nätverket för BVC-sjuksköterskor i Kalmar län", "",
                            "Tid: tisdagen den 13 oktober 2093 kl. 13.00", "", "§ 1",
                            "Nätverkets samordnare Janita Holm hälsade välkommen och öppnade träffen klockan 13.15.",
                            "",
                            "§ 2", "Janita Holm utsågs till ordförande för träffen. Alla valdes enhälligt.", "",
                            "§ 3", "Till justerare av protokollet utsågs Elin Berg och Jenny Åberg.", "",
                            "§ 4", "Ordföranden tackade deltagarna och avslutade träffen klockan 16.00."))
    assert [(it.n, it.title) for it in ex.items] == [
        (1, "Nätverkets samordnare Janita Holm hälsade välkommen och öppnade träffen klockan 13.15"),
        (2, "Janita Holm utsågs till ordförande för träffen"),
        (3, "Till justerare av protokollet utsågs Elin Berg och Jenny Åberg"),
        (4, "Ordföranden tackade deltagarna och avslutade träffen klockan 16.00")]
    ex = extract(ctx, lines("Protokoll Vård- och omsorgsnämnden 2079-04-12", "", "Närvarande: Anna Holm, Per Ek", "",
                            "VAL AV JUSTERARE", "VON § 13", "Till justerare föreslås Per Ek.",
                            "Beslut: Enligt förslag.", "", "GODKÄNNANDE AV FÖREDRAGNINGSLISTAN", "VON § 14",
                            "Beslut: Föredragningslistan godkändes.", "", "BUDGET", "VON § 15",
                            "Beslut: Budgeten godkändes."))
    assert not any(it.title.startswith("Beslut") for it in ex.items)


def test_one_numbered_item_its_lettered_sub_items_the_whole_of_the_minutes(ctx: Context) -> None:
    """"1. Föredragningslista enligt överenskommelsen" / "a) Konferensen öppnades" / text / "b) ..." / ..., the list
    of those present in an annex after them: item 1 and its sub-items (before: no items, the agenda taken to begin
    after the annex's list)."""
    ex = extract(ctx, lines("Protokoll från presidiekonferens", "Länsgemensam ledning i samverkan",
                            "PROTOKOLL FÖRT VID GEMENSAM PRESIDIEKONFERENS 2093-05-15",
                            "1. Föredragningslista enligt överenskommelsen", "a) Konferensen öppnades",
                            "Emmy Holm hälsade alla välkomna och förklarade mötet öppnat.",
                            "b) Val av justerare", "Till justerare valdes Jonny Berg och Helene Dahl.",
                            "c) Föredragning av verksamhetsberättelsen", "Sofia Hartz redogjorde för "
                            "verksamhetsberättelsen. Konferensen beslutade att lägga den till handlingarna.",
                            "d) Val till presidiet", "Maud Lind ersätter Marianne Hen som ledamot i presidiet.",
                            "", "", "Bilaga 1 Närvarande", "Förtroendevalda", "Emmy Holm (S), Region Kalmar län",
                            "Jonny Berg (S), Hultsfreds kommun", "Helene Dahl (C), Högsby kommun"))
    assert [(it.n, it.parent, it.title) for it in ex.items] == [
        (1, None, "Föredragningslista enligt överenskommelsen"), (None, 1, "Konferensen öppnades"),
        (None, 1, "Val av justerare"), (None, 1, "Föredragning av verksamhetsberättelsen"),
        (None, 1, "Val till presidiet")]
    assert [p for it in ex.items for p, _ in it.presenters] == ["Emmy Holm", "Sofia Hartz"]


def test_the_officers_in_one_line_each_seat_before_the_name(ctx: Context) -> None:
    """"Ordförande Karin Holm, Sekreterare Emelie Ek, Samordnare Maria Berg." over the other members: all members,
    the chair and the coordinator with their seats (before: the line taken as prose, three people lost in silence); a
    sentence naming the chair ("Ordförande Karin Holm hälsade alla välkomna, sekreterare var Emelie Ek.") is none."""
    got = att(ctx, "Ordförande Karin Holm, Sekreterare Emelie Ek, Samordnare Maria Berg.", "",
              "Ledamöter i övrigt: Susann Winsth Högsby kommun, Lena Sjöstrand Mönsterås kommun.")
    assert [n for n, _ in got["ledamoter"]] == ["Karin Holm", "Emelie Ek", "Maria Berg", "Susann Winsth",
                                                "Lena Sjöstrand"]
    got = att(ctx, "Ordförande Karin Holm hälsade alla välkomna, sekreterare var Emelie Ek.", "",
              "Ledamöter i övrigt: Susann Winsth Högsby kommun, Lena Sjöstrand Mönsterås kommun.")
    assert [n for n, _ in got["ledamoter"]] == ["Susann Winsth", "Lena Sjöstrand"]
