"""Shapes the opened parts showed read wrongly, mended in the 49th round (tests/ingest_corpus/ROUNDS.md, 49th round): a
report's body read with a web page's or a mail's words around it ("Nyheter - X", "Till: X ledamöter och ersättare"),
the draft defining a body by that name (three of the 96 documents of learn35-learn46); and a report's day read
from its page's or its mail's stamp where a sentence tells the meeting held some days before (eight of the opened
parts' documents). The inputs are written here (names, bodies and years invented). Disclosed: written after the
rules."""

from __future__ import annotations

import pytest

from graph.ingest.extract import Extractor
from graph.ingest.extract_header import _body_name
from graph.ingest.pipeline import Context


@pytest.mark.parametrize(("written", "name"), [
    ("Nyheter - Arbetsgruppen för vårdskadeanalyser i Kalmar län", "Arbetsgruppen för vårdskadeanalyser i Kalmar län"),
    ("Till: Styrgruppen för barnahus Kalmar län ledamöter och ersättare", "Styrgruppen för barnahus Kalmar län"),
    ("Till Nätverket för munvårdsombud i Kalmar län", "Nätverket för munvårdsombud i Kalmar län"),
    ("TOP5 från Beredningsgruppen för tobaksprevention", "Beredningsgruppen för tobaksprevention"),
    # (no body's name in one word after them: as written; and a body's own first word kept)
    ("Rapport från styrgruppen", "Rapport från styrgruppen"),
    ("Tillsynsgruppen för tobak i Kalmar län", "Tillsynsgruppen för tobak i Kalmar län"),
    ("Nätverket för kontaktpersoner", "Nätverket för kontaktpersoner"),
])
def test_a_bodys_name_without_a_pages_or_a_mails_words(written: str, name: str) -> None:
    assert _body_name(written) == name


MAILED = """Från: Kansliet för Länsgemensam ledning i samverkan
Till: Styrgruppen för barnahus Kalmar län ledamöter och ersättare
Skickat: den 22 maj 2074
Ämne: Från styrgruppens möte 20 maj 2074

Hej alla!

Den 20 maj 2074 samlades styrgruppen i Kalmar. Vid mötet deltog Richard Diechmann, Region Kalmar län, som ledde
mötet, och Lisa Holmkvarn, Nybro kommun.
"""


def test_a_mailed_reports_body_without_its_addressees(ctx: Context) -> None:
    ex = Extractor(MAILED, ctx.lexicon, ctx.orgs, ctx.matcher, ctx.works).run()
    assert [name for _id, name, *_rest in ex.new_groups] == ["Styrgruppen för barnahus Kalmar län"]


STAMPED = """Länsgemensam ledning i samverkan - Nyheter 2074-05-21

Gemensam presidiekonferens i Kalmar

Den 18 maj 2074 höll Länsgemensam ledning i samverkan sin gemensamma presidiekonferens på Kalmarsalen.
Konferensen leddes av Emmy Ahlstedt, Region Kalmar län, och Andreas Erlandsson, Kommunförbundet i Kalmar län.

Protokollet från presidiekonferensen den 10 november 2073 lades till handlingarna.
Nästa gemensamma presidiekonferens hålls den 16 november 2074 i Västervik.
"""

FAR = STAMPED.replace("Den 18 maj 2074 höll", "Den 18 mars 2074 höll")


def test_a_reports_day_is_the_meetings_told_not_its_pages_stamp(ctx: Context) -> None:
    assert Extractor(STAMPED, ctx.lexicon, ctx.orgs, ctx.matcher, ctx.works).run().date == "2074-05-18"
    # (the guard: a day more than two weeks before the stamp is another meeting's, the stamp's day kept)
    assert Extractor(FAR, ctx.lexicon, ctx.orgs, ctx.matcher, ctx.works).run().date == "2074-05-21"
