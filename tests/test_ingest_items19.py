"""Ingest rules of the nineteenth round (issue 13) on agenda items and the meeting header they hang on, tuned on the
hand-written parts fresh18 and fresh19: the meeting's date written day-month-year with dashes ("20-04-2044") or in
digits without its year ("tisd. 16/5, kl. 10.00", the year elsewhere in the text).

Each test writes its own input text (bodies, dates and titles invented here, forms the two parts do not write among
them) and checks what the extraction makes of it, with look-alikes that must not be read.
"""

from __future__ import annotations

import pytest

from graph.ingest.extract_dates import _parse_date
from graph.ingest.pipeline import Context

from .test_ingest_shapes import lines
from .test_ingest_structure import extract


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
