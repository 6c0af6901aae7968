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
