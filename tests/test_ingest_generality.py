"""Ingest rules of the fourth round (issue 13): general mechanisms rather than more listed forms: a
numbered list of people is attendance, not an agenda; a meeting date recognised by its shape in the
header (a weekday or a time of day beside it); ...

Each test writes its own input text (names and titles invented here, not taken from the corpus) and
checks what the extraction makes of it, with negative cases that must not be read.
"""

from __future__ import annotations

import pytest

from graph.ingest.pipeline import Context, load_context

from .test_ingest_shapes import entries, lines
from .test_ingest_structure import extract


@pytest.fixture(scope="module")
def ctx() -> Context:
    return load_context()


# --------------------------------------------------------------------------- numbered people are a list


@pytest.mark.parametrize(("heading", "row"), [
    ("Närvarande ledamöter", "{n}. {name}, {org}"),
    ("Ledamöter", "{n}) {name} ({org})"),
    ("Deltagare", "{n}. {name} – {org}"),
    ("Närvarande", "{n}. {name}, {org} (ordförande)"),
])
def test_a_numbered_list_of_people_is_attendance_not_the_agenda(ctx: Context, heading: str, row: str) -> None:
    people = [("Lena Strand", "Nybro kommun", "nybro-kommun"), ("Olof Berg", "Kalmar kommun", "kalmar-kommun"),
              ("Greta Sund", "Region Kalmar län", "region-kalmar-lan"),
              ("Nils Åberg", "Torsås kommun", "torsas-kommun")]
    text = lines("Protokoll samordnande grupp Äldre 2030-03-04", "", heading,
                 *[row.format(n=i, name=name, org=org) for i, (name, org, _) in enumerate(people, 1)], "",
                 "Punkt 1 – Inledning", "Lena Strand hälsade välkomna.", "",
                 "Punkt 2 – Uppföljning av handlingsplanen", "Olof Berg redovisade uppföljningen.", "",
                 "Punkt 3 – Nästa möte", "Nästa möte hålls 2030-05-06.")
    ex = extract(ctx, text)
    assert [it.title for it in ex.items] == ["Inledning", "Uppföljning av handlingsplanen", "Nästa möte"]
    [(_, got)] = entries(ex).items()
    assert got == [(name, slug) for name, _, slug in people]


@pytest.mark.parametrize("row", ["{n}. Budget och uppföljning", "{n}. Rapport från Kalmar kommun",
                                 "{n}. Information, Region Kalmar län"])
def test_numbered_titles_naming_an_organisation_stay_items(ctx: Context, row: str) -> None:
    """Negative: an item title with an organisation but no person in front of it is an agenda item."""
    text = lines("Protokoll Länsgemensam ledning 2030-03-04", "",
                 "1. Mötets öppnande", "Mötet öppnades.", "",
                 row.format(n=2), "Ärendet redovisades.", "",
                 "3. Nästa möte", "Nästa möte hålls 2030-05-06.")
    ex = extract(ctx, text)
    assert [it.title for it in ex.items] == ["Mötets öppnande", row.format(n=2)[3:], "Nästa möte"]
