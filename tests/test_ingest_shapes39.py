"""Ingest rules of the thirty-ninth round (issue 13): general shapes found on fresh58/ and fresh59/ (the held-out
parts of rounds 37 and 38, measured in both and opened in this round) and on learn34/ (a development part of reports
of meetings, the class this round aims at): paragraphs numbered after a body's letters ("BG 14", "• A 43 1").

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

from graph.ingest.pipeline import Context

from .test_ingest_shapes import lines
from .test_ingest_structure import extract

HEAD = ["PROTOKOLL", "Beredningsgruppen för ensamarbete", "Datum: 2047-10-08", "",
        "Närvarande: Sofia Hartz, Region Kalmar län, Anna Holm, Kalmar kommun", ""]


def titles(ex) -> list[tuple[int | None, str]]:  # type: ignore[no-untyped-def]
    return [(it.n, it.title) for it in ex.items]


def test_paragraphs_numbered_after_a_groups_letters(ctx: Context) -> None:
    """"BG 14   DNR: LGL 2047/51   Föregående protokoll" and on (three or more of the same letters running on): the
    paragraphs 14 to 16 with their titles, the diary number apart (before: no item, the numbers read as nothing)."""
    ex = extract(ctx, lines(
        *HEAD, "BG 14   DNR: LGL 2047/51   Föregående protokoll", "Protokollet lades till handlingarna.", "",
        "BG 15   DNR: LGL 2047/52   Riktlinje för ensamarbete", "Anna Holm föredrog ärendet.", "",
        "BG 16   DNR: LGL 2047/53   Nästa sammanträde", "Nästa sammanträde hålls den 12 november 2047."))
    assert titles(ex) == [(14, "Föregående protokoll"), (15, "Riktlinje för ensamarbete"),
                          (16, "Nästa sammanträde")]


def test_paragraphs_numbered_after_letters_and_the_years_digits(ctx: Context) -> None:
    """" • A 47 1  Sammankallande Anna Holm hälsar alla välkomna." and on: the paragraphs numbered 1 to 3, each
    sentence its title (before: no item)."""
    ex = extract(ctx, lines(
        *HEAD, " • A 47 1  Sammankallande Anna Holm hälsar alla välkomna och öppnar mötet.", "",
        " • A 47 2  Dagordningen godkändes av arbetsgruppen.", "",
        " • A 47 3  Sammankallande Anna Holm tackade och avslutade mötet."))
    assert [n for n, _t in titles(ex)] == [1, 2, 3]
    assert titles(ex)[1] == (2, "Dagordningen godkändes av arbetsgruppen")


def test_two_lines_of_letters_and_numbers_are_no_paragraphs(ctx: Context) -> None:
    """Two lines "BG 3 Budget ..." (a paper's mark) and letters whose numbers do not run on are no paragraphs."""
    ex = extract(ctx, lines(
        *HEAD, "1. Mötets öppnande", "Ordförande öppnade mötet.", "", "2. Handlingar",
        "BG 3 Budget för 2048 bifogas.", "BG 4 Plan för 2048 bifogas.", "", "3. Mötets avslutande",
        "KS 12 Ordförande avslutade mötet.", "KS 40 Protokollet justeras.", "KS 77 Nästa möte i december."))
    assert [n for n, _t in titles(ex)] == [1, 2, 3]


SENTENCES = [*HEAD, "§ 1  Sammankallande Anna Holm hälsar alla välkomna och öppnar mötet.", "",
             "§ 2  Minnesanteckningarna från mötet 2047-09-24 godkändes och lades till handlingarna.", "",
             "§ 3  Familjekoordinatorn Emma Rydh redovisade uppföljningen av de första 40 familjerna. Uppföljningen "
             "godkändes av arbetsgruppen               och lades till handlingarna.", "",
             "§ 4  Nästa möte hålls 2048-01-21 i Regionhuset, Kalmar.", "",
             "§ 5  Sammankallande Anna Holm tackade och avslutade mötet."]


def test_paragraphs_of_one_sentence_each_keep_their_dates_and_roles(ctx: Context) -> None:
    """Minutes of one sentence a paragraph: a date before or after the sentence's verb stays in its title
    ("Minnesanteckningarna från mötet 2047-09-24 godkändes ...", before: cut before the date; "Nästa möte hålls
    2048-01-21 ...", before: "Nästa möte hålls"); a role in its definite form before a name opens the sentence
    ("Familjekoordinatorn Emma Rydh redovisade ...", before: the title "Familjekoordinatorn"), Emma Rydh presents it;
    and a wide gap inside the sentence, its words after it in lower case, keeps the line one sentence (before: the
    paragraph not read, a table's row)."""
    ex = extract(ctx, lines(*SENTENCES))
    assert titles(ex) == [
        (1, "Sammankallande Anna Holm hälsar alla välkomna och öppnar mötet"),
        (2, "Minnesanteckningarna från mötet 2047-09-24 godkändes och lades till handlingarna"),
        (3, "Familjekoordinatorn Emma Rydh redovisade uppföljningen av de första 40 familjerna"),
        (4, "Nästa möte hålls 2048-01-21 i Regionhuset, Kalmar"),
        (5, "Sammankallande Anna Holm tackade och avslutade mötet")]
    assert [p[0] for p in ex.items[2].presenters] == ["Emma Rydh"]


def test_titles_run_on_into_their_text_are_still_cut(ctx: Context) -> None:
    """The look-alikes: a title run on into its text ("§ 2 Nästa möte 2048-01-21 kl 13.00 i Kalmar.", "§ 1 Mötets
    öppnande Ordföranden Anna Holm öppnade mötet.", "§ 3 Information Anna Holm berättade om budgeten.") is cut as
    before; a table's row with a lower-case cell after an item's number and title ends in no sentence."""
    ex = extract(ctx, lines(
        *HEAD, "§ 1 Mötets öppnande Ordföranden Anna Holm öppnade mötet.", "",
        "§ 2 Nästa möte 2048-01-21 kl 13.00 i Kalmar.", "", "§ 3 Information Anna Holm berättade om budgeten.", "",
        "§ 4 Avslutning"))
    assert titles(ex) == [(1, "Mötets öppnande"), (2, "Nästa möte"), (3, "Information"), (4, "Avslutning")]
