"""Ingest rules of the nineteenth round (issue 13) on attendance, presenters and the people of a protocol, tuned on
the hand-written parts fresh18 and fresh19. A protocol whose header date the rules could not read lost every list
(a draft holds no meeting, so no attendance): the date written day-month-year with hyphens ("20-04-2044") and a
day and month after a short weekday with the year elsewhere ("tisd. 16/5").

Each test writes its own input text (names and organisations invented here or common ones, forms neither part
writes among them) and checks what the extraction makes of it, with look-alikes that must not be read.
"""

from __future__ import annotations

import pytest

from graph.ingest.extract import Extractor
from graph.ingest.extract_dates import _parse_date
from graph.ingest.extract_model import Extraction
from graph.ingest.pipeline import Context

from .test_ingest_people18 import ITEMS, MEMBERS, att, head  # the same small protocol around each test's rows
from .test_ingest_shapes import lines
from .test_ingest_structure import extract

# --------------------------------------------------------------------------- the header date


@pytest.mark.parametrize("row,date", [
    ("03-11-2031, kl. 13.00–15.00", "2031-11-03"),
    ("Datum: 7-3-2031", "2031-03-07"),
    ("Sammanträdesdatum 28-02-2031 kl 9", "2031-02-28"),
    ("Tid: måndag 14-04-2031, 09:00-12:00", "2031-04-14"),
])
def test_a_date_written_day_month_year_with_hyphens(ctx: Context, row: str, date: str) -> None:
    ex = head(ctx, "Protokoll Arbetsgruppen", row, "Lokal: Stadshuset")
    assert ex.date == date


@pytest.mark.parametrize("text", ["Dnr 12-3-2031-7", "tel. 0480-12-2031", "§ 3-4-2031", "31-02-2031"])
def test_numbers_and_dashes_that_are_no_date(text: str) -> None:
    """Negative: a dossier number running on after the year, a longer run of numbers, a paragraph sign before it, a
    day the month has not: no date."""
    assert _parse_date(text, None) is None


@pytest.mark.parametrize("row,date", [
    ("tisd. 14/5, kl. 10.00–12.00", "2030-05-14"),
    ("Fre 9/5 kl 13-15, Regionhuset", "2031-05-09"),
    ("onsdag 14/5, 09:00–11:00", "2031-05-14"),
    ("tors. den 15/5, kl. 8.30", "2031-05-15"),
])
def test_a_day_and_month_after_a_short_weekday_the_year_from_the_document(ctx: Context, row: str, date: str) -> None:
    """The year written only in the title and other dates ("den 3 mars 2031"); the weekday chooses among the years
    next to them (2031-05-14 is a Wednesday: "tisd. 14/5" is the Tuesday of 2030)."""
    ex = head(ctx, "Anteckningar Arbetsgruppen 2031", row, "Plats: Regionhuset", "",
              "Föregående möte hölls den 3 mars 2031.")
    assert ex.date == date


def test_a_fraction_or_an_item_number_without_a_weekday_is_no_yearless_date(ctx: Context) -> None:
    """Negative: "1/2" in a header line without a weekday or a time is no date; nor a weekday with a share "3/4 av"
    after it in a sentence further down (no time of day)."""
    ex = head(ctx, "Anteckningar Arbetsgruppen", "Upplaga 1/2", "Plats: Regionhuset")
    assert ex.date is None


# --------------------------------------------------------------------------- presenters labelled at a title's end


def items(ctx: Context, *rows: str) -> Extraction:
    return extract(ctx, lines("Protokoll Arbetsgruppen", "Datum: 2031-03-04", *MEMBERS, *rows))


def presenters(ex: Extraction) -> dict[int | None, list[str]]:
    return {it.n: [name for name, _ in it.presenters] for it in ex.items}


@pytest.mark.parametrize("tail,who", [
    ("– föredr. Olof Berg", ["Olof Berg"]),
    ("- Föredr: Olof Berg", ["Olof Berg"]),
    ("(föredr. Olof Berg och Lena Strand)", ["Olof Berg", "Lena Strand"]),
    ("(Föredragande: Lena Strand)", ["Lena Strand"]),
    ("– Informatör: Olof Berg", ["Olof Berg"]),
    ("(Inledare: Lena Strand)", ["Lena Strand"]),
    ("– föredras av Olof Berg", ["Olof Berg"]),
    ("– föredragande: ekonomichef Olof Berg", ["Olof Berg"]),
    ("; föredr. Olof Berg", ["Olof Berg"]),
    ("– föredr. Olof Berg (Kalmar kommun)", ["Olof Berg"]),
    ("– föredr. Lena Strand och Olof Berg (Kalmar kommun)", ["Lena Strand", "Olof Berg"]),
])
def test_a_presenters_label_at_a_titles_end_gives_the_presenter(ctx: Context, tail: str, who: list[str]) -> None:
    """The title is what stands before the label; the heading's line is no text of the item (its name does not run
    on into the name opening the next line)."""
    ex = items(ctx, "§ 1 Mötets öppnande", "Mötet öppnades.", "", f"§ 2 Budget för 2032 {tail}",
               f"{who[0]} gick igenom budgeten. Mötet beslöt att godkänna den.", "", "§ 3 Avslutning",
               "Mötet avslutades.")
    it = next(it for it in ex.items if it.n == 2)
    assert it.title == "Budget för 2032"
    assert sorted(presenters(ex)[2]) == sorted(who)


@pytest.mark.parametrize("title,head,who", [
    ("Lägesrapport, Dnr KS 2031/12 (Föredragande: Olof Berg)", "Lägesrapport, Dnr KS 2031/12", ["Olof Berg"]),
    ("Budget 2032, bilaga 3 – föredr. Lena Strand och Olof Berg", "Budget 2032, bilaga 3",
     ["Lena Strand", "Olof Berg"]),
])
def test_a_presenters_label_parts_the_title_from_the_names_whatever_commas(ctx: Context, title: str, head: str,
                                                                           who: list[str]) -> None:
    x = Extractor(lines("Protokoll", "Datum: 2031-03-04", *MEMBERS), ctx.lexicon, ctx.orgs, ctx.matcher, ctx.works)
    x.run()
    assert x._title_presenters(title) == (head, who)


def test_a_label_before_no_name_gives_no_presenter(ctx: Context) -> None:
    """Negative: "– föredr. ordföranden" names no one; "Plan, Dnr 2031/4 – Ansvarig: Olof Berg" answers, presents
    nothing."""
    x = Extractor(lines("Protokoll", "Datum: 2031-03-04", *MEMBERS), ctx.lexicon, ctx.orgs, ctx.matcher, ctx.works)
    x.run()
    assert x._title_presenters("Budget – föredr. ordföranden")[1] == []
    assert x._title_presenters("Inledare och talare")[1] == []
    assert x._title_presenters("Budget – inledare för dagen")[1] == []
    assert x._title_presenters("Plan – Ansvarig: samordnare Olof Berg") == ("Plan", [])
    assert x._title_presenters("Plan, Dnr 2031/4 – Ansvarig: Olof Berg") == ("Plan, Dnr 2031/4", [])


@pytest.mark.parametrize("label", ["– Ansvarig: Olof Berg", "- Handläggare: Olof Berg", ", ansvarig: Olof Berg"])
def test_one_answering_for_an_item_at_its_titles_end_presents_only_where_the_text_says_so(ctx: Context,
                                                                                          label: str) -> None:
    """"Ansvarig: X" names who answers for the item (the corpus conventions): no presenter by itself; X presents where
    the text says X presented. Negative: the item where the text names X only as asking presents nobody."""
    ex = items(ctx, "§ 1 Mötets öppnande", "Mötet öppnades.", "", f"§ 2 Plan för hösten {label}",
               "Olof Berg presenterade planen. Gruppen noterade informationen.", "",
               f"§ 3 Rutiner för uppföljning {label}", "Lena Strand frågade om tidplanen. Informationen noterades.", "",
               "§ 4 Avslutning", "Mötet avslutades.")
    titles = {it.n: it.title for it in ex.items}
    assert titles[2] == "Plan för hösten" and titles[3] == "Rutiner för uppföljning"
    assert presenters(ex)[2] == ["Olof Berg"] and presenters(ex)[3] == []


def test_an_inline_heading_with_a_colon_still_splits_its_text(ctx: Context) -> None:
    """Negative for the label: a title with its text after a colon ("§ 2 Övrigt: Inga frågor.") is split as before;
    a word that only looks like a label ("Ansvarsfördelning: ...") is no label."""
    ex = items(ctx, "§ 1 Mötets öppnande", "Mötet öppnades.", "", "§ 2 Ansvarsfördelning: Lena Strand leder arbetet.",
               "", "§ 3 Övrigt: Inga övriga frågor.")
    titles = {it.n: it.title for it in ex.items}
    assert titles[2] == "Ansvarsfördelning" and titles[3] == "Övrigt"


# --------------------------------------------------------------------------- two names run together across lines


@pytest.mark.parametrize("text,names", [
    ("Redovisning – Olof Berg\nOlof Berg redovisade läget.", ["Olof Berg", "Olof Berg"]),
    ("Rapport av Lena Maria Strand\nLena Maria Strand visade siffrorna.", ["Lena Maria Strand", "Lena Maria Strand"]),
    ("Ordet hade Olof Berg\nLena Strand tog sedan vid.", ["Olof Berg", "Lena Strand"]),
    ("Information från Eva Lund Holm\nEva kommenterade.", ["Eva Lund Holm"]),
])
def test_a_name_at_a_lines_end_does_not_run_on_into_the_next(ctx: Context, text: str, names: list[str]) -> None:
    from graph.ingest.names_found import find_names
    joined = text.replace("\n", " ")
    found = [sp.name for sp in find_names(joined, lambda n: n.split()[0] in {"Olof", "Lena", "Eva"},
                                          lambda rest: False)]
    assert found == names


@pytest.mark.parametrize("name", ["Anna Maria Lund Berg", "Eva Lena Holm Ek", "Karin Sjö Anders"])
def test_a_name_of_four_words_or_a_surname_like_a_given_name_stays_whole(name: str) -> None:
    """Negative: given names before surnames ("Anna Maria Lund Berg") and a surname that is also a given name
    ("Karin Sjö Anders", three words) are one name."""
    from graph.ingest.names_found import find_names
    found = [sp.name for sp in find_names(f"{name} öppnade mötet.", lambda n: True, lambda rest: False)]
    assert found == [name]


# --------------------------------------------------------------------------- list headings and names in a scan




@pytest.mark.parametrize("head,other", [
    ("L E D A M Ö T E R", "Ö V R I G A   D E L T A G A R E"),
    ("N Ä R V A R A N D E   L E D A M Ö T E R :", "T J Ä N S T E P E R S O N E R"),
    ("B e s l u t a n d e", "Ö v r i g a   n ä r v a r a n d e"),
])
def test_a_list_heading_in_spaced_letters_names_its_list(ctx: Context, head: str, other: str) -> None:
    got = att(ctx, head, "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", "", other,
              "Karin Ek, Region Kalmar län")
    assert got == {"ledamoter": [("Lena Strand", "nybro-kommun"), ("Olof Berg", "kalmar-kommun")],
                   "ovriga": [("Karin Ek", "region-kalmar-lan")]}


@pytest.mark.parametrize("text,same", [
    ("A B   C D", True), ("1 2 3 4", True), ("J   N   J", True), ("Per Ek, A B C D", True),
    ("P R O T O K O L L", False), ("F Ö R H I N D E R:", False),
])
def test_spaced_letters_only_where_a_word_of_four_letters_is_spelt(text: str, same: bool) -> None:
    """Negative: columns of single letters ("J   N   J"), digits, a short run ("A B   C D"), spaced letters inside a
    line of other words: as written."""
    from graph.ingest.ocr_repair import unspaced
    assert (unspaced(text) == text) is same
    if not same:
        assert " " not in unspaced(text).strip()


def test_a_tables_row_spanning_it_with_a_heading_starts_the_next_list(ctx: Context) -> None:
    got = att(ctx, "Närvaro", "| Namn | Organisation | Roll |", "|---|---|---|",
              "| Lena Strand | Nybro kommun | ordförande |", "| Olof Berg | Kalmar kommun | |",
              "| Tjänstepersoner |", "| Karin Ek | Region Kalmar län | samordnare |")
    assert got == {"ledamoter": [("Lena Strand", "nybro-kommun"), ("Olof Berg", "kalmar-kommun")],
                   "ovriga": [("Karin Ek", "region-kalmar-lan")]}


def test_a_tables_row_spanning_it_with_other_words_is_no_heading(ctx: Context) -> None:
    """Negative: a row spanning the table with a note ("| Mötet hölls digitalt |") or an organisation ("| Kalmar
    kommun |") starts no list of others."""
    got = att(ctx, "Närvaro", "| Namn | Organisation |", "|---|---|", "| Lena Strand | Nybro kommun |",
              "| Mötet hölls digitalt |", "| Olof Berg | Kalmar kommun |")
    assert set(got) == {"ledamoter"}


def test_a_damaged_name_alone_under_its_organisations_line(ctx: Context) -> None:
    got = att(ctx, "Ledamöter", "Nybro kommun:", "Lena Strand", "Kalmar kornmun:", "O1of Berg", "Torsås kommun:",
              "Greta Sund", "", "Övriga", "Region Kalmar län:", "Karin E1iasson")
    assert got == {"ledamoter": [("Lena Strand", "nybro-kommun"), ("O1of Berg", "kalmar-kommun"),
                                 ("Greta Sund", "torsas-kommun")],
                   "ovriga": [("Karin E1iasson", "region-kalmar-lan")]}


def test_a_line_of_digits_under_an_organisations_line_is_no_name(ctx: Context) -> None:
    """Negative: a telephone number or a count under an organisation's line is no damaged name."""
    got = att(ctx, "Ledamöter", "Nybro kommun:", "Lena Strand", "Kalmar kommun:", "0480 45 00", "",
              "Övriga", "Karin Ek, Region Kalmar län")
    assert ("0480 45 00", "kalmar-kommun") not in got.get("ledamoter", [])


# --------------------------------------------------------------------------- unnumbered headings with presenters


def test_an_unnumbered_heading_with_two_presenters_labelled_at_its_end(ctx: Context) -> None:
    """The presenters labelled at a heading's end are no part of its length: "Samverkan kring barn och unga i
    länet – föredr. Lena Strand och Olof Berg" heads its text as "Avslutning – föredr. Lena Strand" does."""
    ex = extract(ctx, lines(
        "Minnesanteckningar Arbetsgruppen", "Datum: 2031-03-04", *MEMBERS,
        "Inledning – föredr. Lena Strand", "Lena Strand hälsade alla välkomna och gick igenom dagens program.", "",
        "Samverkan kring barn och unga i länet – föredr. Lena Strand och Olof Berg",
        "Lena Strand beskrev läget i kommunerna och Olof Berg visade uppföljningen för året.", "",
        "Avslutning – föredr. Olof Berg", "Olof Berg tackade alla och avslutade mötet."))
    got = {it.title: sorted(name for name, _ in it.presenters) for it in ex.items}
    assert got == {"Inledning": ["Lena Strand"], "Samverkan kring barn och unga i länet": ["Lena Strand", "Olof Berg"],
                   "Avslutning": ["Olof Berg"]}


def test_a_long_line_ending_on_a_label_is_still_no_heading(ctx: Context) -> None:
    """Negative: a sentence of many words with a label at its end ("... enligt bilaga, ansvarig: X") over prose is
    prose, and a line of eleven words before the label stays too long for a heading."""
    ex = extract(ctx, lines(
        "Minnesanteckningar Arbetsgruppen", "Datum: 2031-03-04", *MEMBERS,
        "Inledning", "Lena Strand hälsade alla välkomna och gick igenom dagens program.", "",
        "Gruppen går igenom planen för hösten och de nya rutinerna för uppföljning – ansvarig: Olof Berg",
        "Olof Berg beskrev läget i kommunerna och visade uppföljningen för året i detalj.", "",
        "Avslutning", "Olof Berg tackade alla och avslutade mötet."))
    assert [it.title for it in ex.items] == ["Inledning", "Avslutning"]


# --------------------------------------------------------------------------- a scan's "cl" for "d"; signatures


@pytest.mark.parametrize("sentence,who", [
    ("Lena Strand och Olof Berg föreclrog förslaget till plan.", ["Lena Strand", "Olof Berg"]),
    ("Olof Berg reclovisade utfallet för året.", ["Olof Berg"]),
    ("Lena Strand reclogjorde för läget i länet.", ["Lena Strand"]),
])
def test_a_verb_of_presenting_a_scan_wrote_with_cl_for_d(ctx: Context, sentence: str, who: list[str]) -> None:
    ex = items(ctx, "§ 1 Mötets öppnande", "Mötet öppnades.", "", "§ 2 Plan för hösten", sentence, "",
               "§ 3 Avslutning", "Mötet avslutades.")
    assert sorted(presenters(ex)[2]) == sorted(who)


@pytest.mark.parametrize("sentence", ["Olof Berg cleklarerade sina jäv.", "Lena Strand declinerade uppdraget.",
                                      "Olof Berg frågade om cirkulären."])
def test_other_words_with_cl_present_nothing(ctx: Context, sentence: str) -> None:
    """Negative: a word with "cl" that is no verb of presenting with "d" for it stays as read."""
    ex = items(ctx, "§ 1 Mötets öppnande", "Mötet öppnades.", "", "§ 2 Plan för hösten", sentence, "",
               "§ 3 Avslutning", "Mötet avslutades.")
    assert presenters(ex)[2] == []


@pytest.mark.parametrize("label", ["Vid protokollet                   /sign/", "Justeras      sign.      sign.",
                                   "Protokollförare    (signerat)"])
def test_a_signatures_label_with_its_mark_ends_the_last_item(ctx: Context, label: str) -> None:
    """The name under "Vid protokollet   /sign/" signs the protocol: no presenter of the last item."""
    rows = ("§ 1 Mötets öppnande", "Mötet öppnades.", "", "§ 2 Avslutning", "Ordföranden tackade och avslutade mötet.",
            "", label, "Greta Sund")
    ex = items(ctx, *rows)
    signed = 2 + len(MEMBERS) + rows.index(label) + 1      # the label's line (after the title, date and members)
    assert presenters(ex)[2] == [] and ex.items[-1].lines[1] < signed


def test_a_line_opening_with_sign_words_in_a_sentence_is_no_signature(ctx: Context) -> None:
    """Negative: a sentence with the words of signing in it ("Justeras av ordföranden vid nästa möte, sign nästa
    vecka") is prose of the item; the presenter named after it is kept."""
    ex = items(ctx, "§ 1 Mötets öppnande", "Mötet öppnades.", "", "§ 2 Avslutning",
               "Protokollet justeras av ordföranden och Greta Sund vid nästa möte.",
               "Olof Berg tackade alla och avslutade mötet.")
    assert "Olof Berg" in presenters(ex)[2]



# --------------------------------------------------------------------------- an organisation the graph does not know


def guest(ctx: Context, line: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    ex = extract(ctx, lines("Protokoll Arbetsgruppen", "Datum: 2031-03-04", *MEMBERS, line, "", *ITEMS))
    return [(e.name, e.org) for lst in ex.attendance[1:] for e in lst.entries], [o[1] for o in ex.new_orgs]


@pytest.mark.parametrize("line,org", [
    ("Gäst: Karin Ek, Svenska kyrkan i Nybro (under punkten om frivilliga)", "Svenska kyrkan i Nybro"),
    ("Gäst: Karin Ek, Svenska kyrkan", "Svenska kyrkan"),
    ("Inbjuden: Karin Ek, Anhörigföreningen i Vimmerby (punkt 2)", "Anhörigföreningen i Vimmerby"),
    ("Gäst: Karin Ek, Katolska församlingen", None),
])
def test_an_organisation_named_with_its_noun_in_lower_case_or_a_note_after_it(ctx: Context, line: str,
                                                                              org: str | None) -> None:
    """An organisation the graph does not know, its noun in lower case after a capitalised word ("Svenska kyrkan i
    Nybro"), or a note in brackets after it: the draft defines it. ("Katolska församlingen": "församling" is no noun
    the rules name organisations by; the entry keeps no organisation, as before.)"""
    entries, new = guest(ctx, line)
    assert entries == [("Karin Ek", fold_slug(org))]
    assert new == ([org] if org else [])


@pytest.mark.parametrize("line", ["Gäst: Karin Ek, utvecklingsledare i kommunen", "Gäst: Karin Ek, tidigare kyrkan",
                                  "Gäst: Karin Ek (under punkten om frivilliga)"])
def test_a_role_or_a_note_in_lower_case_is_no_organisation(ctx: Context, line: str) -> None:
    """Negative: a role or a note opening in lower case, or a note alone, names no organisation."""
    _entries, new = guest(ctx, line)
    assert new == []


def fold_slug(org: str | None) -> str | None:
    from graph.names import slug
    return slug(org) if org else None


# --------------------------------------------------------------------------- a deputy's bracket after the name


@pytest.mark.parametrize("line,who", [
    ("Greta Sund (ersättare för Karin Ek), Torsås kommun", "Karin Ek"),
    ("Greta Sund (tjg. ersättare för Karin Ek), Torsås kommun", "Karin Ek"),
    ("Greta Sund (i stället för Karin Ek), Torsås kommun, ledamot", "Karin Ek"),
    ("Greta Sund (ers. för Karin Ek)", "Karin Ek"),
])
def test_a_deputys_bracket_after_the_name_marks_the_member_absent(ctx: Context, line: str, who: str) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Närvarande ledamöter", "Lena Strand, Nybro kommun",
                            "Olof Berg, Kalmar kommun", line, "", *ITEMS))
    entries = [e for lst in ex.attendance for e in lst.entries]
    assert [e.name for e in entries] == ["Lena Strand", "Olof Berg", "Greta Sund"]
    assert entries[-1].in_place_of == who and who in [e.name for e in ex.absent]


@pytest.mark.parametrize("line", ["Greta Sund (S), Torsås kommun", "Greta Sund (punkt 3), Torsås kommun",
                                  "Greta Sund (för Torsås kommun)"])
def test_other_brackets_after_a_name_mark_no_one_absent(ctx: Context, line: str) -> None:
    """Negative: a party, a note of the items, an organisation after "för" in the bracket mark no member absent."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Närvarande ledamöter", "Lena Strand, Nybro kommun",
                            "Olof Berg, Kalmar kommun", line, "", *ITEMS))
    assert ex.absent == [] and "Greta Sund" in [e.name for lst in ex.attendance for e in lst.entries]


# --------------------------------------------------------------------------- presenters in an item's table


TABLE_ITEMS = {
    "pipes": ["| Ärende | Anteckning och beslut |", "|---|---|",
              "| § 3 Plan för hösten | Olof Berg gick igenom planen för hösten. |",
              "|  | Lena Strand frågade om tidplanen. |", "|  | Mötet beslöt att godkänna planen. |"],
    "tabs": ["Ärende\tAnteckning och beslut", "3. Plan för hösten\tOlof Berg gick igenom planen för hösten.",
             "\tLena Strand frågade om tidplanen.", "\tMötet beslöt att godkänna planen."],
}


@pytest.mark.parametrize("form", sorted(TABLE_ITEMS))
def test_the_text_cell_of_an_items_table_is_read_as_its_prose(ctx: Context, form: str) -> None:
    """An item written as a table's rows (its number and title in the first cell, its text in the second, the rows
    after with an empty first cell): the one presenting in the text cell presents, the one asking does not."""
    from graph.ingest.extract_model import Item
    rows = TABLE_ITEMS[form]
    x = Extractor(lines("Protokoll Arbetsgruppen", "Datum: 2031-03-04", *MEMBERS, *rows), ctx.lexicon, ctx.orgs,
                  ctx.matcher, ctx.works)
    x.run()
    first = 2 + len(MEMBERS) + 1 + (2 if form == "pipes" else 1)    # the item's first row
    it = Item("Plan för hösten", (first, first + 2), n=3)
    got = x._prose_people(first, first + 2, it)
    assert [name for name, _ in got] == ["Olof Berg"]
    assert x._text_start(it) == first       # the item's text begins in its first row, beside its title


def test_a_table_of_three_columns_or_without_an_item_number_is_no_items_text(ctx: Context) -> None:
    """Negative: a row of an agenda table of three columns ("| 3 | Plan | Olof Berg |"), a row of two cells whose
    first names no item ("| Olof Berg | gick igenom planen. |"): no prose of an item."""
    x = Extractor(lines("Protokoll Arbetsgruppen", "Datum: 2031-03-04", *MEMBERS,
                        "| Olof Berg | gick igenom planen. |", "| 3. Plan | Olof Berg | presenterade |"),
                  ctx.lexicon, ctx.orgs, ctx.matcher, ctx.works)
    x.run()
    n = 2 + len(MEMBERS) + 1
    assert n not in x.cell_heads and n + 1 not in x.cell_heads     # no row of an item's table
    assert x.L(n).cells == ["Olof Berg", "gick igenom planen."] and len(x.L(n + 1).cells) == 3  # read as written


# --------------------------------------------------------------------------- an absence marked right after the name


@pytest.mark.parametrize("line", ["Olof Berg (förhinder), Kalmar kommun", "Olof Berg (ej närvarande), Kalmar kommun",
                                  "Olof Berg (anmält förhinder), Kalmar kommun, ledamot",
                                  "- Olof Berg (frånvarande), Kalmar kommun"])
def test_an_absence_in_brackets_after_the_name_before_the_organisation(ctx: Context, line: str) -> None:
    got = att(ctx, "Ledamöter", "Lena Strand, Nybro kommun", line, "Greta Sund, Torsås kommun")
    assert got == {"ledamoter": [("Lena Strand", "nybro-kommun"), ("Greta Sund", "torsas-kommun")]}


@pytest.mark.parametrize("line", ["Olof Berg (S), Kalmar kommun", "Olof Berg (ordf.), Kalmar kommun",
                                  "Olof Berg (punkt 2–3), Kalmar kommun"])
def test_other_brackets_after_the_name_are_no_absence(ctx: Context, line: str) -> None:
    """Negative: a party, a seat, the items one took part in: present."""
    got = att(ctx, "Ledamöter", "Lena Strand, Nybro kommun", line, "Greta Sund, Torsås kommun")
    assert [name for name, _ in got["ledamoter"]] == ["Lena Strand", "Olof Berg", "Greta Sund"]


@pytest.mark.parametrize("row,date", [
    ("Datum: 15/5", "2031-05-15"), ("15/5, kl. 10.00–12.00", "2031-05-15"),
    ("Den 15/5 kl. 13.00, Regionhuset", "2031-05-15"),
])
def test_a_day_and_month_under_a_date_label_or_before_the_time(ctx: Context, row: str, date: str) -> None:
    ex = head(ctx, "Anteckningar Arbetsgruppen 2031", row, "Plats: Regionhuset", "",
              "Föregående möte hölls den 3 mars 2031.")
    assert ex.date == date


@pytest.mark.parametrize("row", ["Dnr 3/12 kl. 10.00", "Upplaga 2/3", "Bilaga 1/2, kl. 10.00", "§ 3/4 kl. 10.00"])
def test_a_dossiers_or_an_attachments_numbers_are_no_day_and_month(ctx: Context, row: str) -> None:
    """Negative: numbers with a slash after a word of another kind, even with a time after them: no date."""
    ex = head(ctx, "Anteckningar Arbetsgruppen 2031", row, "Plats: Regionhuset", "",
              "Föregående möte hölls den 3 mars 2031.")
    assert ex.date is None
