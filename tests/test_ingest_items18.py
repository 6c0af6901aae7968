"""Ingest rules of the eighteenth round (issue 13) on agenda items, tuned on the generator's version 3: a kommun's
running paragraph numbers written without the sign ("62. Mötets öppnande", "62 Mötets öppnande") and the
paragraph's number after its title ("Val av justerare § 41").

Each test writes its own input text (titles invented here, forms the generator does not write among them) and
checks what the extraction makes of it, with look-alikes that must not be read.
"""

from __future__ import annotations

import pytest

from graph.ingest.extract_agenda_numbering import item_number
from graph.ingest.pipeline import Context
from graph.names import fold

from .test_ingest_shapes import lines
from .test_ingest_structure import extract

HEADS = ["Sammanträdets öppnande", "Val av justerare", "Budget för nästa år", "Rapport om hemtjänsten",
         "Övriga frågor"]
BODIES = ["Ordföranden öppnade sammanträdet.", "Per Ek utsågs att justera protokollet.",
          "Nämnden beslutar att anta budgeten.", "Greta Sund informerade om läget i hemtjänsten.",
          "Inga övriga frågor anmäldes."]


def minutes(mark: str, first: int) -> list[str]:
    rows: list[str] = []
    for i, (h, b) in enumerate(zip(HEADS, BODIES, strict=True)):
        rows += [mark.format(n=first + i, t=h), b, ""]
    return rows


def items(ctx: Context, rows: list[str]) -> list[tuple[int | None, str]]:
    text = lines("Protokoll Socialnämnden 2031-03-04", "", *rows)
    return [(it.n, it.title) for it in extract(ctx, text).items if it.parent is None]


# --------------------------------------------------------------------------- running numbers without the sign


@pytest.mark.parametrize(("mark", "first"), [
    ("{n}. {t}", 62), ("{n} {t}", 62), ("{n}. {t}", 118), ("{n} {t}", 231), ("{n}.  {t}", 7),
    ("{n} – {t}", 45),
])
def test_running_numbers_without_the_sign_are_the_agenda(ctx: Context, mark: str, first: int) -> None:
    assert items(ctx, minutes(mark, first)) == [(first + i, h) for i, h in enumerate(HEADS)]


def test_running_numbers_with_one_missing_are_the_agenda(ctx: Context) -> None:
    rows = minutes("{n}. {t}", 40)
    del rows[3:6]           # no paragraph 41
    assert [n for n, _ in items(ctx, rows)] == [40, 42, 43, 44]


def test_two_running_numbers_alone_are_no_agenda(ctx: Context) -> None:
    """Negative: two lines numbered from 62 up are too few to be a run that starts at any number."""
    rows = ["Bakgrund", "Nämnden har tidigare behandlat frågan.", "", "62. Uppdrag till förvaltningen",
            "Förvaltningen redovisar.", "", "63. Uppdrag till styrelsen", "Styrelsen redovisar.", ""]
    assert all(n is None for n, _ in items(ctx, rows))


def test_numbers_that_do_not_go_up_by_one_are_no_running_agenda(ctx: Context) -> None:
    """Negative: figures at the heads of lines that jump (a table of counts) are no paragraphs."""
    rows = ["Statistik", "", "120 Hemtjänst", "Antal brukare i juni.", "", "245 Särskilt boende",
            "Antal platser.", "", "310 Korttidsvård", "Antal dygn.", ""]
    assert all(n is None for n, _ in items(ctx, rows))


def test_a_run_from_one_stays_the_agenda_beside_a_running_list(ctx: Context) -> None:
    """The agenda numbered from 1 is kept where a numbered list further down starts at another number."""
    rows = minutes("{n}. {t}", 1) + ["Bilagor", "12. Ekonomisk rapport", "13. Verksamhetsplan", "14. Remissvar"]
    assert [n for n, _ in items(ctx, rows)] == [1, 2, 3, 4, 5]


# --------------------------------------------------------------------------- the paragraph after its title


@pytest.mark.parametrize(("line", "num", "title"), [
    ("Val av justerare § 41", 41, "Val av justerare"),
    ("Budget 2031 §41", 41, "Budget 2031"),
    ("Öppnande, dagordning (kl. 09.30) § 7", 7, "Öppnande, dagordning (kl. 09.30)"),
    ("**Föregående protokoll § 12**", 12, "Föregående protokoll"),
])
def test_a_paragraph_number_after_its_title(line: str, num: int, title: str) -> None:
    assert item_number(line) == (num, title, "§")


@pytest.mark.parametrize("line", [
    "Beslut fattas enligt § 12", "Se även § 4", "Yttrandet lämnas i enlighet med 5 kap. 3 §",
    "Ärendet återremitteras. § 12", "Justerandes signatur § 12", "Sida 3 § 12",
    "Frågan behandlades i § 8", "Beslutet expedieras till nämnden. Se § 9", "Nybro: Emma Holm, § 6",
    "Kalmar: Per Ek, Greta Sund; § 4-6",
])
def test_a_reference_to_a_paragraph_is_no_paragraph_after_its_title(line: str) -> None:
    hit = item_number(line)
    assert hit is None or hit[2] != "§"


@pytest.mark.parametrize("first", [1, 37])
def test_paragraphs_after_their_titles_are_the_agenda(ctx: Context, first: int) -> None:
    rows = minutes("{t} § {n}", first)
    assert items(ctx, rows) == [(first + i, h) for i, h in enumerate(HEADS)]


# --------------------------------------------------------------------------- the meeting the items belong to

ITEM_ROWS = ["", "§ 1 Mötets öppnande", "Ordföranden Lena Strand öppnade mötet.", "", "§ 2 Budget",
             "Nämnden beslutar att anta budgeten."]


def meeting(ctx: Context, *head: str) -> tuple[str | None, str | None, list[int | None]]:
    ex = extract(ctx, lines(*head, *ITEM_ROWS))
    return ex.title if ex.doc_kind == "protocol" else None, ex.date, [it.n for it in ex.items]


@pytest.mark.parametrize("title", [
    "Socialnämnden Protokoll 7/2031", "Beredningen för hälsa Sammanträdesprotokoll 11/2031",
    "Nätverket för digital välfärd Minnesanteckningar nr 4", "Kommunstyrelsens arbetsutskott Protokollsutdrag 3/31",
    "Styrgruppen Minnesantec kningar 2/2031",         # a word OCR split in two
    "Protokollsutd rag Nätverket för barnrättsfrågor", "Anteckni ngar fört vid Styrgruppens möte",
])
def test_a_title_word_before_the_serial_number_or_split_by_ocr(ctx: Context, title: str) -> None:
    got, date, items = meeting(ctx, title, "Datum: 2031-03-04", "Plats: Stadshuset")
    assert (got, date, items) == (title, "2031-03-04", [1, 2])


def test_a_table_of_contents_line_is_no_title(ctx: Context) -> None:
    """Negative: a table of contents' line naming the previous protocol is no title, however early it stands."""
    ex = extract(ctx, lines("Innehåll", "Föregående protokoll ........ 3", "Budget ........ 4", "",
                            "Socialnämnden Protokoll 7/2031", "Datum: 2031-03-04", *ITEM_ROWS))
    assert ex.title == "Socialnämnden Protokoll 7/2031"


@pytest.mark.parametrize(("head", "date"), [
    (["Datum:            Tid:             Plats:", "4 mars 2031       09:00-11:30      Stadshuset"], "2031-03-04"),
    (["Sammanträdesdatum:    Tid:", "310304               kl. 09.00"], "2031-03-04"),
    (["Dag:\tTid:\tLokal:", "20310304\t13.00\tKansliet"], "2031-03-04"),
    (["Tid:                 Datum:", "13.00                2031-03-04"], "2031-03-04"),
])
def test_the_date_under_a_row_of_labels(ctx: Context, head: list[str], date: str) -> None:
    assert meeting(ctx, "Protokoll Socialnämnden", *head)[1:] == (date, [1, 2])


@pytest.mark.parametrize("head", [
    ["Justeringsdatum:     Plats:", "2031-03-11           Kansliet", "Tid: 4 mars 2031 kl. 13.00"],
    ["Justeringsdatum:     Datum:", "2031-03-11           2031-03-04"],
])
def test_a_date_under_another_events_label_is_not_the_meetings(ctx: Context, head: list[str]) -> None:
    """Negative: under "Justeringsdatum:" the date is the adjusting's, not the meeting's (given elsewhere)."""
    assert meeting(ctx, "Protokoll Socialnämnden", *head)[1] == "2031-03-04"


@pytest.mark.parametrize(("line", "date"), [
    ("Plats och tid: Stadshuset, Nybro, 20310304 kl. 09:00-15:20", "2031-03-04"),
    ("Datum: 20310304 klockan 13:00, Kansliet", "2031-03-04"),
    ("Tid och plats: Kansliet, 20310304, 13.00-15.00", "2031-03-04"),
    ("torsdagen den 4 mars 2031, 09:00-11:30, Folkets hus, Nybro, och via länk", "2031-03-04"),
])
def test_a_date_on_a_labelled_header_line_with_the_place_or_the_time(ctx: Context, line: str, date: str) -> None:
    assert meeting(ctx, "Protokoll Socialnämnden", line)[1:] == (date, [1, 2])


@pytest.mark.parametrize("title", ["Protokoll Socialnämnden 310304", "Minnesanteckningar Styrgruppen 20310304"])
def test_a_date_stamp_ending_the_title(ctx: Context, title: str) -> None:
    assert meeting(ctx, title, "Plats: Stadshuset")[1] == "2031-03-04"


@pytest.mark.parametrize("line", ["Plats och tid: Stadshuset, rum 20310399 kl. 09:00", "Dnr: 20310304",
                                  "Telefon: 0480 20310304, kl. 09.00"])
def test_eight_digits_that_are_no_date_stamp_date_nothing(ctx: Context, line: str) -> None:
    assert meeting(ctx, "Protokoll Socialnämnden", line)[1] is None


# --------------------------------------------------------------------------- paragraph forms and announced agendas


@pytest.mark.parametrize(("line", "num", "title"), [
    ("Val av justerare: § 41", 41, "Val av justerare"),
    ("Ber 4 **Budget för nästa år**", 4, "Budget för nästa år"),
    ("Sbn 12 Uppföljning", 12, "Uppföljning"),
])
def test_more_paragraph_forms(line: str, num: int, title: str) -> None:
    assert item_number(line) == (num, title, "§")


@pytest.mark.parametrize("line", ["Bil 3 Budget", "Kap 3 Uppföljning", "Sid 3 Bilagor", "Rum 12 Stora salen",
                                  "Box 84 Kalmar"])
def test_an_annex_page_or_chapter_number_is_no_paragraph(line: str) -> None:
    hit = item_number(line)
    assert hit is None or hit[2] != "§"


def test_an_agenda_naming_who_takes_part_is_announced_not_the_items(ctx: Context) -> None:
    listing = ["Dagordning", "1. Sammanträdets öppnande", "2. Val av justerare",
               "3. Budget för nästa år – Per Ek deltar", "4. Rapport om hemtjänsten – Greta Sund och Eva Ek medverkar",
               "5. Övriga frågor", ""]
    rows = minutes("{n}. {t}:", 1)
    text = lines("Protokoll Socialnämnden 2031-03-04", "", *listing, *rows)
    got = [(it.n, it.title, it.lines[0]) for it in extract(ctx, text).items if it.parent is None]
    assert [(n, t) for n, t, _ in got] == [(1 + i, h) for i, h in enumerate(HEADS)]
    assert all(line > len(listing) + 2 for _, _, line in got)


HEADS2 = ["Sammanträdets öppnande", "Val av justerare", "Budget för nästa år", "Rapport om hemtjänsten", "Avslutning"]
BODIES2 = [*BODIES[:4], "Ordföranden avslutade sammanträdet."]


@pytest.mark.parametrize("listing", [
    ["Dagordning:", *[f"• {h}" for h in HEADS2]],
    ["Dagordning", *[f"- {h}" + (" – Per Ek" if i % 2 else "") for i, h in enumerate(HEADS2)]],
    ["Agenda", "| Punkt | Ärende | Föredragande |", "|---|---|---|", *[f"| • | {h} |  |" for h in HEADS2]],
    ["Innehåll", *[r for i, h in enumerate(HEADS2)
                   for r in (f"Dnr KS 2031/{40 + i}      {3 + i}", f"{h} ...... {3 + i}")]],
])
def test_an_announced_agenda_over_unnumbered_headings_without_blank_lines(ctx: Context, listing: list[str]) -> None:
    rows = [r for h, b in zip(HEADS2, BODIES2, strict=True) for r in (h.upper(), b)]
    text = lines("Protokoll Socialnämnden 2031-03-04", "",
                 "Närvarande: Per Ek (Nybro kommun), Greta Sund (Kalmar kommun)", "", *listing, *rows)
    got = [(it.title, it.lines[0]) for it in extract(ctx, text).items if it.parent is None]
    assert [fold(t) for t, _ in got] == [fold(h) for h in HEADS2]
    assert all(line > len(listing) + 4 for _, line in got)


def test_a_bulleted_list_inside_an_item_is_no_agenda(ctx: Context) -> None:
    """Negative: a bulleted list of points under an item, found nowhere else as headings, leaves the items be."""
    rows = minutes("§ {n} {t}", 1)
    rows[4:4] = ["• Hemtjänsten ska ses över", "• Budgeten ska följas upp", "• Nästa rapport i maj"]
    got = items(ctx, rows)
    assert got == [(1 + i, h) for i, h in enumerate(HEADS)]


def test_the_first_item_after_a_long_table_of_contents_and_agenda(ctx: Context) -> None:
    """A table of contents with a diary number over each title and an agenda sent out, forty lines and more
    above the items: the items are still read ("1:Budget (kl. 09.30)")."""
    titles = [*HEADS, "Ekonomisk uppföljning", "Kompetensförsörjning", "Aktuellt i länet", "Kommande möten",
              "Mötets avslutande", "Rapporter", "Nästa sammanträde"]
    toc = ["Innehållsförteckning", *[r for i, t in enumerate(titles, 1)
                                     for r in (f"§ {i}  Dnr KS 2031/{100 + i}        {2 + i // 4}",
                                               f"{t} ...... {2 + i // 4}")], ""]
    sent = ["Utsänd föredragningslista", *[f"{i}. {t}" for i, t in enumerate(titles, 1)], ""]
    rows = [r for i, t in enumerate(titles, 1) for r in (f"{i}:{t} (kl. 09.{i:02d})", "Gruppen noterar läget.", "")]
    text = lines("Protokoll Socialnämnden 2031-03-04", "", *toc, *sent, *rows)
    got = [(it.n, it.title) for it in extract(ctx, text).items if it.parent is None]
    assert got == list(enumerate(titles, 1))


@pytest.mark.parametrize(("head", "title"), [
    (["Protokoll 2031-03-09      Socialnämnden", "Protokoll från Socialnämnden den 4 mars 2031"],
     "Protokoll från Socialnämnden den 4 mars 2031"),
    (["Anteckningar 2031-03-09      Styrgruppen", "Styrgruppen Minnesanteckningar 3/2031", "Datum: 2031-03-04"],
     "Styrgruppen Minnesanteckningar 3/2031"),
])
def test_the_protocols_own_date_in_a_letterhead_row_over_the_title(ctx: Context, head: list[str], title: str) -> None:
    got, date, items = meeting(ctx, *head)
    assert (got, date, items) == (title, "2031-03-04", [1, 2])


def test_a_letterhead_row_over_no_title_stays_the_title(ctx: Context) -> None:
    """Negative: the row with its date over a line that is no title ("Tid: ..."): the row is the title, its date
    the meeting's."""
    assert meeting(ctx, "Protokoll 2031-03-04      Socialnämnden", "Plats: Stadshuset")[:2] == (
        "Protokoll 2031-03-04      Socialnämnden", "2031-03-04")


@pytest.mark.parametrize("mark", ["§ {n} {t} – Per Ek (kl. 13.{n}5)", "{n} § {t} (Per Ek) (kl. 13.{n}5)",
                                  "KS {n} {t} – Per Ek, 13.{n}5–13.{n}9", "§ {n}/31 {t} (Per Ek) (13.{n}5)"])
def test_a_heading_with_its_presenter_and_its_time_after_the_title(ctx: Context, mark: str) -> None:
    ex = extract(ctx, lines("Protokoll Socialnämnden 2031-03-04", "", *minutes(mark, 1)))
    got = [(it.n, it.title, [p for p, _ in it.presenters][:1]) for it in ex.items if it.parent is None]
    assert got == [(1 + i, h, ["Per Ek"]) for i, h in enumerate(HEADS)]


def test_a_paragraphs_title_with_its_text_on_its_line_is_still_cut(ctx: Context) -> None:
    """Negative: "§ 4 Övrigt. Inga övriga frågor." (the text run on after the title) keeps its title alone."""
    rows = ["§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", "", "§ 2 Övrigt. Inga övriga frågor anmäldes.", ""]
    assert items(ctx, rows) == [(1, "Mötets öppnande"), (2, "Övrigt")]
