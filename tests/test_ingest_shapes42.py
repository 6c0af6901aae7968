"""Texts no rule read as minutes or as a report of a meeting (42nd round): the last guess reads them as a report of
a meeting, dated by the first line naming a meeting with a day, else by a by-line, and says in its warning that it is
a guess; another meeting's day is never the meeting's, and a text naming no meeting stays a text. Each input is
written here (names, bodies and years invented). Disclosed: written after the rule (tests/ingest_corpus/ROUNDS.md)."""

from __future__ import annotations

from graph.ingest.extract import Extractor
from graph.ingest.pipeline import Context

LETTER = """SIP-TRÄFF I SAMVERKANSOMRÅDESGRUPP INFORMATIONSÖVERFÖRING

Hej alla i gruppen!

Närvarande: Johanna Fors (Kalmar kommun), Sara Nyqvist (Emmaboda kommun) och Simon Edberg (Region Kalmar län).

På mötet den 2/3 började vi med anteckningarna från förra träffen den 2 februari, som godkändes.
Johanna Fors berättade om hur SIP används i kommunerna i Kalmar län. Region Kalmar län och kommunerna
ska följa upp rutinen till hösten 2071.

Pengar
Vi kom fram till att lägga 200 000 kr på en SIP-utbildningsdag.
"""

BYLINE = """Nyhetsbrev från nätverket för hemsjukvård
2071-09-16

Träffen samlade kommunerna i Kalmar län och Region Kalmar län kring hemsjukvården.
Närvarande: Eva Lund (Nybro kommun), Per Ek (Torsås kommun) och Anna Holm (Region Kalmar län).
Anna Holm berättade om läget i kommunerna. Nästa möte blir den 4 november 2071.
"""

NO_MEETING = """Handlingsplan för hemsjukvård i Kalmar län

Kommunerna i Kalmar län och Region Kalmar län har tillsammans tagit fram planen den 2 maj 2071.
Planen gäller kommunerna och Region Kalmar län till och med 2073. Samverkan sker i länets kommuner.
"""


def _read(ctx: Context, text: str):  # type: ignore[no-untyped-def]
    return Extractor(text, ctx.lexicon, ctx.orgs, ctx.matcher, ctx.works).run()


def test_a_letter_telling_of_the_meeting_is_a_guessed_report_of_it(ctx: Context) -> None:
    ex = _read(ctx, LETTER)
    assert ex.doc_kind == "protocol" and ex.reported and ex.guessed
    # "den 2/3" before "förra träffen den 2 februari": the meeting's day, its year the one the text names
    assert ex.date == "2071-03-02"
    assert any("GUESSED" in w and "line 7" in w for w in ex.warnings)
    assert {e.name for lst in ex.attendance for e in lst.entries} >= {"Johanna Fors", "Sara Nyqvist"}
    assert [f.total for f in ex.funding] == [200000]


def test_a_by_line_dates_a_report_whose_sentences_give_no_day(ctx: Context) -> None:
    ex = _read(ctx, BYLINE)
    assert ex.guessed and ex.date == "2071-09-16"       # the by-line, not "Nästa möte blir den 4 november"
    assert "Anna Holm" in {m.name for m in ex.mentions}


def test_another_meetings_day_alone_dates_nothing(ctx: Context) -> None:
    text = BYLINE.replace("2071-09-16\n", "")
    ex = _read(ctx, text)
    assert ex.date != "2071-11-04"


def test_a_text_naming_no_meeting_stays_a_text(ctx: Context) -> None:
    ex = _read(ctx, NO_MEETING)
    assert ex.doc_kind == "document" and not ex.guessed
