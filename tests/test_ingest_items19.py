"""Ingest rules of the nineteenth round (issue 13) on agenda items and the meeting header they hang on, tuned on the
hand-written parts fresh18 and fresh19: the meeting's date written day-month-year with dashes ("20-04-2044") or in
digits without its year ("tisd. 16/5, kl. 10.00", the year elsewhere in the text).

Each test writes its own input text (bodies, dates and titles invented here, forms the two parts do not write among
them) and checks what the extraction makes of it, with look-alikes that must not be read.
"""

from __future__ import annotations

import pytest

from graph.ingest.extract_agenda_numbering import item_number
from graph.ingest.extract_dates import _parse_date
from graph.ingest.pipeline import Context

from .test_ingest_shapes import lines
from .test_ingest_structure import extract

HEADS = ["Sammanträdets öppnande", "Val av justerare", "Budget för nästa år", "Rapport om hemtjänsten",
         "Övriga frågor"]
BODIES = ["Ordföranden öppnade sammanträdet.", "Per Ek utsågs att justera protokollet.",
          "Nämnden beslutar att anta budgeten.", "Greta Sund informerade om läget i hemtjänsten.",
          "Inga övriga frågor anmäldes."]


def items(ctx: Context, rows: list[str]) -> list[tuple[int | None, str]]:
    text = lines("Protokoll Socialnämnden 2031-03-04", "", *rows)
    return [(it.n, it.title) for it in extract(ctx, text).items if it.parent is None]


def header(ctx: Context, *head: str, tail: str = "Nästa möte hålls den 4 december 2050.") -> str | None:
    text = lines(*head, "", "§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", "",
                 "§ 2 Nästa möte", tail)
    return extract(ctx, text).date


# --------------------------------------------------------------------------- day-month-year with dashes


@pytest.mark.parametrize(("head", "date"), [
    (("Protokoll Socialnämnden", "Datum: 07-11-2050"), "2050-11-07"),
    (("Protokoll Beredningen", "3-2-2051, kl. 13.00–15.00"), "2051-02-03"),
    (("Samordnande grupp Äldre", "Protokoll", "Sammanträdesdag 15-09-2050", "Plats: Stadshuset"), "2050-09-15"),
    (("Protokoll Styrgruppen 28-02-2052",), "2052-02-28"),
])
def test_a_dashed_day_month_year_dates_the_meeting(ctx: Context, head: tuple[str, ...], date: str) -> None:
    assert header(ctx, *head) == date


@pytest.mark.parametrize(("text", "date"), [
    ("Nästa sammanträde äger rum 25-05-2051.", "2051-05-25"),
    ("den 1-10-2049 i Kalmar", "2049-10-01"),
    ("Tel 0480-12-2044 till kansliet", None),          # a phone number's digits
    ("Ärende 12-31-2050", None),                        # no month 31
    ("ärendena 4-7-2050-3", None),                      # a number running on
    ("§ 12-14-2050", None),                             # paragraphs
])
def test_dashed_dates_in_prose_and_numbers_that_are_none(text: str, date: str | None) -> None:
    assert _parse_date(text, None) == date


def test_iso_dates_still_read_as_before() -> None:
    """Negative: a year-first date is not read day-first inside it."""
    assert _parse_date("Datum: 2050-11-07", None) == "2050-11-07"
    assert _parse_date("2050-11-07-12", None) is None or _parse_date("2050-11-07-12", None) == "2050-11-07"


# --------------------------------------------------------------------------- a day and month in digits, no year


@pytest.mark.parametrize(("when", "date"), [
    ("ons. 8/3, kl. 13.00–15.00", "2051-03-08"),
    ("tisd. 7/3 kl 9–12", "2051-03-07"),
    ("Datum: 8/3", "2051-03-08"),
    ("Onsdag 8/3, 13.00–15.00", "2051-03-08"),
])
def test_a_yearless_day_and_month_in_digits_date_the_meeting(ctx: Context, when: str, date: str) -> None:
    """The year the other full dates of the text stand in (here the next meeting's)."""
    assert header(ctx, "Anteckningar presidiemöte Socialnämnden", when, "Stadshuset, rum 3",
                  tail="Nästa möte hålls den 4 maj 2051.") == date


def test_a_weekday_shortened_picks_the_year_its_calendar_fits(ctx: Context) -> None:
    """8 March is a Wednesday in 2051, not in 2050 (whose dates the text names as often)."""
    assert header(ctx, "Anteckningar presidiemöte Socialnämnden", "ons. 8/3, kl. 13.00",
                  tail="Förra mötet hölls 12 januari 2050; nästa hålls 4 maj 2051.") == "2051-03-08"


@pytest.mark.parametrize("when", [
    "Andel 3/4 av kommunerna deltog.",      # a fraction in a sentence, no time or date label
    "§ 16/5 Budget",                         # a paragraph
    "Inkom 16/5, kl. 10.00",                 # another event's date
])
def test_digits_with_a_slash_that_date_no_meeting(ctx: Context, when: str) -> None:
    assert header(ctx, "Anteckningar presidiemöte Socialnämnden", when, tail="Nästa möte hålls den 4 maj 2051.") is None


# --------------------------------------------------------------------------- the year before the paragraph's number


@pytest.mark.parametrize(("line", "num", "title"), [
    ("BER § 2044:12 Öppnande och dagordning", 12, "Öppnande och dagordning"),
    ("KS § 2051:7 Budget för nästa år", 7, "Budget för nästa år"),
    ("§ 2050:103 Rapport om hemtjänsten", 103, "Rapport om hemtjänsten"),
    ("SN § 2049/31 Val av justerare", 31, "Val av justerare"),
])
def test_a_paragraph_numbered_after_its_year(line: str, num: int, title: str) -> None:
    hit = item_number(line)
    assert hit is not None and hit[:2] == (num, title)


@pytest.mark.parametrize("line", [
    "Protokoll BER § 2044:12–17",          # the protocol's range of paragraphs in its title
    "BER § 2044:12–17",
    "Dnr 2044:12 Budget",                   # a diary number, no paragraph
    "§ 2044:12:3 Budget",                   # a number running on
])
def test_a_year_and_number_that_are_no_paragraph(line: str) -> None:
    hit = item_number(line)
    assert hit is None or hit[0] not in (12, 2044)


def test_paragraphs_numbered_after_their_year_are_the_agenda(ctx: Context) -> None:
    rows = []
    for i, (h, b) in enumerate(zip(HEADS, BODIES, strict=True)):
        rows += [f"SN § 2051:{40 + i} {h}", b, ""]
    assert items(ctx, rows) == [(40 + i, h) for i, h in enumerate(HEADS)]


# --------------------------------------------------------------------------- an agenda as a table of two columns


def pipe_tables(head: tuple[str, str], marks: list[str], each_own: bool = True) -> list[str]:
    rows: list[str] = []
    for i, (mark, h, b) in enumerate(zip(marks, HEADS, BODIES, strict=True)):
        if each_own or i == 0:
            rows += [f"| {head[0]} | {head[1]} |", "|---|---|"]
        rows += [f"| {mark} {h} | {b} |", f"|  | {FOLLOW[i]} |"]
        if each_own:
            rows.append("")
    return rows


FOLLOW = ["Dagordningen godkändes.", "Protokollet justeras inom en vecka.", "Beslutet skickas till kommunerna.",
          "Frågan följs upp i höst.", "Ordföranden avslutade mötet."]


@pytest.mark.parametrize(("head", "marks"), [
    (("Ärende", "Anteckning och beslut"), [f"§ {n}/2051" for n in range(1, 6)]),
    (("Punkt", "Anteckningar"), [f"{n}." for n in range(1, 6)]),
    (("§", "Diskussion och beslut"), [f"§ {n}" for n in range(14, 19)]),
    (("Rubrik", "Protokollstext"), [f"Punkt {n}" for n in range(1, 6)]),
])
def test_each_item_a_table_of_its_own(ctx: Context, head: tuple[str, str], marks: list[str]) -> None:
    first = item_number(f"{marks[0]} X")
    assert first is not None
    got = items(ctx, pipe_tables(head, marks))
    assert got == [(first[0] + i, h) for i, h in enumerate(HEADS)]


def test_one_table_for_all_items(ctx: Context) -> None:
    rows = pipe_tables(("Ärende", "Noteringar"), [f"{n}." for n in range(1, 6)], each_own=False)
    assert items(ctx, rows) == [(1 + i, h) for i, h in enumerate(HEADS)]


def test_a_table_exported_with_tabs(ctx: Context) -> None:
    rows = ["Ärende\tAnteckning och beslut"]
    for i, (h, b) in enumerate(zip(HEADS, BODIES, strict=True)):
        rows += [f"{i + 1}. {h}\t{b}", f"\t{FOLLOW[i]}"]
    assert items(ctx, rows) == [(1 + i, h) for i, h in enumerate(HEADS)]


def test_a_table_rows_text_is_read_as_the_items_text(ctx: Context) -> None:
    """The second cell is the item's prose: its decision read, its presenter in the title cell read, the title
    without the diary number and presenter."""
    rows = ["| Ärende | Anteckning och beslut |", "|---|---|",
            "| § 3/2051 Budget för nästa år, Dnr SN 2051/12 (Föredragande: Greta Sund) | Förvaltningen har tagit fram"
            " ett förslag. |",
            "|  | Nämnden beslutar att anta budgeten. |", "",
            "| Ärende | Anteckning och beslut |", "|---|---|",
            "| § 4/2051 Övriga frågor | Inga övriga frågor anmäldes. |"]
    text = lines("Protokoll Socialnämnden 2031-03-04", "", *rows)
    ex = extract(ctx, text)
    it = next(it for it in ex.items if it.n == 3)
    assert it.title == "Budget för nästa år"
    assert [p for p, _ in it.presenters] == ["Greta Sund"]
    assert it.lines == (5, 6)
    assert [(d.item, d.lines) for d in ex.decisions] == [(3, (6, 6))]


def test_tables_that_are_no_agenda(ctx: Context) -> None:
    """Negative: a list of people in two columns, a decision log numbering rows without titles, a table whose
    head names no item column: none is an agenda of table rows."""
    rows = ["| Namn | Organisation |", "|---|---|", "| Greta Sund | Nybro kommun |", "| Per Ek | Kalmar kommun |", "",
            "| Nr | Beslut |", "|---|---|", "| 1 | Budgeten antogs. |", "| 2 | Planen godkändes. |", "",
            "| Område | Kommentar |", "|---|---|", "| 1. Hemtjänst | Läget är stabilt. |",
            "| 2. Boende | Kön har minskat. |"]
    assert items(ctx, rows) == []


# --------------------------------------------------------------------------- who is responsible, after the title


@pytest.mark.parametrize(("line", "title"), [
    ("§ 5 Rapport från arbetsgruppen – Ansvarig: Greta Sund", "Rapport från arbetsgruppen"),
    ("§ 5 Rapport från arbetsgruppen (ansvarig: Per Ek, Nybro kommun)", "Rapport från arbetsgruppen"),
    ("§ 5 Rapport från arbetsgruppen, handläggare Greta Sund", "Rapport från arbetsgruppen"),
    ("§ 5 Rapport från arbetsgruppen – föredr. Per Ek och Greta Sund", "Rapport från arbetsgruppen"),
    ("§ 5 Ansvarsfrågor i hemtjänsten", "Ansvarsfrågor i hemtjänsten"),                # a title of its own
    ("§ 5 Ansvar för lokaler – beslut", "Ansvar för lokaler – beslut"),
])
def test_the_responsible_after_a_title_is_no_part_of_it(ctx: Context, line: str, title: str) -> None:
    rows = ["§ 4 Mötets öppnande", "Ordföranden öppnade mötet.", "", line, "Arbetet går enligt plan.", "",
            "§ 6 Avslutning", "Mötet avslutades."]
    got = dict(items(ctx, rows))
    assert got[5] == title


def test_the_responsible_alone_presents_nothing(ctx: Context) -> None:
    text = lines("Protokoll Socialnämnden 2031-03-04", "", "§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", "",
                 "§ 2 Rapport från arbetsgruppen – Ansvarig: Greta Sund", "Arbetet går enligt plan.", "",
                 "§ 3 Avslutning", "Mötet avslutades.")
    it = next(it for it in extract(ctx, text).items if it.n == 2)
    assert it.presenters == []


# --------------------------------------------------------------------------- a heading's length without its presenter


def test_an_unnumbered_heading_with_a_long_presenter_tail_is_an_item(ctx: Context) -> None:
    """"Titel – föredr. X och Y": the label and names after the title count not in the heading's length."""
    rows = ["Välkommen – föredr. Greta Sund", "Greta Sund hälsade alla välkomna.", "",
            "Hemtjänsten i länet – föredr. Per-Olof Ekström och Anna-Karin Lindqvist",
            "Per-Olof Ekström beskrev läget och Anna-Karin Lindqvist visade siffrorna för året.",
            "Informationen noterades.", "",
            "Budget för nästa år – Ansvarig: Bertil Holmgren, Nybro kommun",
            "Förslaget gicks igenom utan ändringar.", "",
            "Avslutning", "Greta Sund avslutade mötet."]
    assert [t for _n, t in items(ctx, rows)] == ["Välkommen", "Hemtjänsten i länet", "Budget för nästa år",
                                                 "Avslutning"]


def test_a_long_line_of_words_after_a_dash_is_no_heading(ctx: Context) -> None:
    """Negative: a sentence's fragment with a dash, over its next line, stays text."""
    rows = ["Välkommen", "Greta Sund hälsade alla välkomna.", "",
            "Kommunerna har under året arbetat vidare med planen – föredr. enligt",
            "tidigare beslut i samtliga nämnder och styrelser.", "",
            "Avslutning", "Greta Sund avslutade mötet."]
    assert [t for _n, t in items(ctx, rows)] == ["Välkommen", "Avslutning"]


def test_a_table_of_items_without_a_head(ctx: Context) -> None:
    rows = []
    for i, (h, b) in enumerate(zip(HEADS, BODIES, strict=True)):
        rows += [f"| § {20 + i} {h} | {b} |", f"|  | {FOLLOW[i]} |"]
    assert items(ctx, rows) == [(20 + i, h) for i, h in enumerate(HEADS)]


def test_a_title_wrapped_in_its_cell_is_joined(ctx: Context) -> None:
    rows = ["| Ärende | Anteckning och beslut |", "|---|---|",
            "| § 1 Mötets öppnande | Ordföranden öppnade mötet. |",
            "| § 2 Medel ur överenskommelsen om | Förvaltningen redovisade förslaget. |",
            "| psykisk hälsa | Nämnden beslutar att anta förslaget. |",
            "|  | Beslutet skickas till kommunerna. |",
            "| § 3 Avslutning | Mötet avslutades. |"]
    assert items(ctx, rows) == [(1, "Mötets öppnande"), (2, "Medel ur överenskommelsen om psykisk hälsa"),
                                (3, "Avslutning")]


def test_rows_with_numbered_titles_that_are_no_agenda(ctx: Context) -> None:
    """Negative: an agenda announced as a table of titles and presenters (no sentence in its second cells), one
    titled row alone, numbers that do not go up."""
    announced = ["| 1. Inledning | Greta Sund |", "| 2. Budget | Per Ek |", "| 3. Avslutning | Greta Sund |"]
    one = ["| 4. Budget | Förslaget godkändes. |"]
    down = ["| 5. Budget | Förslaget godkändes. |", "| 2. Lokaler | Frågan bordlades. |"]
    for rows in (announced, one, down):
        text = lines("Protokoll Socialnämnden 2031-03-04", "", *rows)
        ex = extract(ctx, text)
        assert not ex.items or all(it.title not in ("Budget", "Lokaler") for it in ex.items), rows


@pytest.mark.parametrize(("head", "first"), [
    ("| § | Ärende | Anteckning och beslut |", 7), ("| Nr | Rubrik | Protokollstext |", 1),
    ("| Paragraf | Ämne | Beslut |", 31),
])
def test_a_table_of_three_columns_number_title_text(ctx: Context, head: str, first: int) -> None:
    rows = [head, "|---|---|---|"]
    for i, (h, b) in enumerate(zip(HEADS, BODIES, strict=True)):
        rows += [f"| {first + i} | {h} | {b} |", f"|  |  | {FOLLOW[i]} |"]
    assert items(ctx, rows) == [(first + i, h) for i, h in enumerate(HEADS)]


def test_money_in_a_table_rows_text_is_the_items_funding(ctx: Context) -> None:
    """The row's text is prose: its sum the total, the sums after "varav" its parts."""
    rows = ["| Ärende | Anteckning och beslut |", "|---|---|",
            "| § 1 Mötets öppnande | Ordföranden öppnade mötet. |", "",
            "| Ärende | Anteckning och beslut |", "|---|---|",
            "| § 2 Medel för 2052 | Av medlen föreslås 900 000 kronor avsättas för 2052, |",
            "|  | varav 600 000 kronor till utbildning och 300 000 kronor till handledning. |",
            "|  | Nämnden beslutar att avsätta medlen enligt förslaget. |"]
    ex = extract(ctx, lines("Protokoll Socialnämnden 2031-03-04", "", *rows))
    assert [(f.total, sorted(p.amount for p in f.parts)) for f in ex.funding] == [(900000, [300000, 600000])]
    assert [(d.kind, d.item) for d in ex.decisions] == [("funding", 2)]


def test_a_three_column_table_of_other_columns_is_no_agenda(ctx: Context) -> None:
    """Negative: a list of people in three columns, a head with a number column but no text column."""
    rows = ["| Namn | Organisation | Roll |", "|---|---|---|", "| Greta Sund | Nybro kommun | ordförande |",
            "| Per Ek | Kalmar kommun | ledamot |"]
    assert items(ctx, rows) == []
    from graph.ingest.extract_agenda_tables import _three_column_head
    assert _three_column_head("| Nr | Åtgärd | Ansvarig |") is None
    assert _three_column_head("| § | Ärende | Föredragande |") is None
    assert _three_column_head("| § | Ärende | Beslut |") == "§"


# --------------------------------------------------------------------------- the year after an item's number


@pytest.mark.parametrize(("line", "num", "title"), [
    ("Punkt 3/2051 Budget för nästa år", 3, "Budget för nästa år"),
    ("Ärende 14/2050: Rapport om hemtjänsten", 14, "Rapport om hemtjänsten"),
    ("Ärende nr 2/51 Val av justerare", 2, "Val av justerare"),
    ("27/2052 Övriga frågor", 27, "Övriga frågor"),
])
def test_an_item_numbered_through_the_year(line: str, num: int, title: str) -> None:
    hit = item_number(line)
    assert hit is not None and hit[:2] == (num, title)


@pytest.mark.parametrize("line", ["Punkt 3/4", "3/12 Budget", "1/2 Budget", "Punkt 3/2051/2 Budget",
                                  "3/2051 var det sista året"])
def test_fractions_and_dates_that_number_no_item(line: str) -> None:
    hit = item_number(line)
    assert hit is None


def test_items_numbered_through_the_year_from_any_number_are_the_agenda(ctx: Context) -> None:
    rows = []
    for i, (h, b) in enumerate(zip(HEADS, BODIES, strict=True)):
        rows += [f"{31 + i}/2051 {h}", b, ""]
    assert items(ctx, rows) == [(31 + i, h) for i, h in enumerate(HEADS)]


# --------------------------------------------------------------------------- more header dates


@pytest.mark.parametrize(("head", "date"), [
    (("Protokoll Socialnämnden", "Den 9 november år 2050"), "2050-11-09"),
    (("Protokoll Socialnämnden", "Mötesdatum: 2050-11-9"), "2050-11-09"),
    (("Protokoll Socialnämnden", "Datum: 2050\u201111\u201109"), "2050-11-09"),
])
def test_more_forms_of_the_meetings_date(ctx: Context, head: tuple[str, ...], date: str) -> None:
    assert header(ctx, *head) == date


@pytest.mark.parametrize(("text", "date"), [
    ("Dnr 2050-12-345", None), ("2050-3-8-2", None), ("Dnr 2050-3-8", None), ("Diarienummer: RS 2050-3-8", None),
    ("2050-13-01", None), ("år 2050 den 9 november", None),
    ("under år 2050", None),
])
def test_numbers_like_loose_dates_that_are_none(text: str, date: str | None) -> None:
    assert _parse_date(text, None) == date
