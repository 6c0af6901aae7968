"""Ingest rules of the eighteenth round (issue 13) on decisions and amounts, tuned on the generator's version 3: an
outcome or a forecast of money reported inside an item ("Prognosen för helåret visar ett överskott på 1,3 mnkr") is
no funding, and the formula taking note after it is no funding decision.

Each test writes its own input text (names, sums and titles invented here, forms the generator does not write among
them) and checks what the extraction makes of it, with look-alikes that must not be read.
"""

from __future__ import annotations

import pytest

from graph.ingest.extract_model import Extraction
from graph.ingest.pipeline import Context

from .test_ingest_shapes import lines
from .test_ingest_structure import extract


def item(ctx: Context, *body: str) -> Extraction:
    return extract(ctx, lines("Protokoll Socialnämnden 2031-03-04", "", "§ 1 Mötets öppnande",
                              "Ordföranden öppnade mötet.", "", "§ 2 Ekonomisk uppföljning", *body, "",
                              "§ 3 Nästa möte", "Nästa möte hålls 2031-05-06."))


def funded(ex: Extraction) -> list[int]:
    return sorted([f.total for f in ex.funding] + [p.amount for f in ex.funding for p in f.parts])


# --------------------------------------------------------------------------- money reported, not set aside


@pytest.mark.parametrize("said", [
    "Prognosen för helåret visar ett överskott på cirka 1,3 mnkr.",
    "Prognosen pekar mot ett underskott om 450 000 kronor.",
    "Utfallet per april är 2,1 miljoner kronor.",
    "Hittills har 380 000 kr förbrukats av anslaget.",
    "Budgetavvikelsen uppgår till -120 tkr.",
    "Resultatet visar 640 000 kr efter tre kvartal.",
])
def test_an_outcome_or_forecast_reported_is_no_funding(ctx: Context, said: str) -> None:
    ex = item(ctx, "Ekonomen redogjorde för läget.", said, "Informationen noteras.")
    assert ex.funding == []
    assert [d.kind for d in ex.decisions] == ["other"]


@pytest.mark.parametrize(("said", "amounts"), [
    ("Överskottet på 300 000 kr förs över till nästa år.", [300000]),
    ("Av prognosens överskott avsätts 200 000 kronor till utbildning.", [200000]),
    ("Gruppen beslutar att fördela 500 000 kr enligt prognosen.", [500000]),
])
def test_money_set_aside_beside_a_word_of_outcome_stays_funding(ctx: Context, said: str, amounts: list[int]) -> None:
    """Negative: a sentence that moves, sets aside or decides money stays funding, whatever outcome it names."""
    assert funded(item(ctx, said)) == amounts


def test_a_forecast_beside_money_set_aside_leaves_that_money(ctx: Context) -> None:
    ex = item(ctx, "Projektet tilldelas 750 000 kronor för 2031.", "",
              "Prognosen för helåret visar ett överskott på cirka 2,4 mnkr.", "Informationen antecknas.")
    assert funded(ex) == [750000]
    assert [d.kind for d in ex.decisions] == ["other"]


def test_an_outcome_gone_through_with_a_proposed_distribution_keeps_the_distribution(ctx: Context) -> None:
    """Negative: a sentence naming the outcome and the distribution proposed of the money keeps its amounts."""
    ex = item(ctx, "Kansliet gick igenom utfallet och förslaget till fördelning av medlen om 3 mnkr: 2 mnkr till",
              "hemtjänsten och 1 mnkr till skolan.")
    assert funded(ex) == [1000000, 2000000, 3000000]


# --------------------------------------------------------------------------- elections and appointments


def decisions_of(ctx: Context, *body: str) -> list[tuple[str, tuple[int, int]]]:
    return [(d.kind, d.lines) for d in item(ctx, *body).decisions]


@pytest.mark.parametrize("said", [
    "Till att justera dagens protokoll valdes Greta Sund.",
    "Till sammankallande för Samordnande grupp Äldre väljs Greta Sund på ett år.",
    "Till vice ordförande för nätverket under 2032 valdes Greta Sund.",
    "Gruppen valde Greta Sund till vice ordförande.",
    "Nämnden utser Greta Sund till sammankallande för arbetsgruppen.",
    "Styrgruppen utsåg Greta Sund till ordförande.",
])
def test_an_election_with_the_role_first_or_the_body_electing_is_a_decision(ctx: Context, said: str) -> None:
    assert decisions_of(ctx, said) == [("other", (7, 7))]


@pytest.mark.parametrize("said", [
    "Till att justera dagens protokoll valdes ingen.",
    "Kommunerna valde själva vilka som skulle bjudas in till hösten.",
    "Greta Sund berättade om hur gruppen valde ut kommuner till piloten.",
])
def test_a_choice_that_elects_nobody_is_no_appointment(ctx: Context, said: str) -> None:
    """Negative: no person elected (nobody named, a choice of no person, a choice told of) is no appointment."""
    assert decisions_of(ctx, said) == []
