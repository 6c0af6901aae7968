"""The body whose meeting a document records, where no title names it (issue 13, points 1 and 4): found on opened
parts of the test corpus in the 55th round, when the measure first compared the body of each meeting held (before
it, a meeting of a network read as Länsgemensam ledning's counted as right). A body named on a line of its own in the
head ("Nätverket för boendestöd i Kalmar län" over a report of its meeting; a group the records know in capitals under
"MÖTE MED"); a report's sentence with the verb second after a time ("I tisdags höll samordnande grupp Psykisk hälsa
sitt första möte", "Den 10 september hade Beredningsgruppen för X ett möte"); a newsletter's "Kort från socialnämndens
arbetsutskott"; a meeting's compound word after the body's genitive ("Samverkansteamet Nybros teammöte"). Each was
Länsgemensam ledning's meeting in the draft before.

Every protocol here is invented for the test (no corpus text); the forms were named from what the rules missed on
development parts, never from a held-out part."""

from __future__ import annotations

from graph.ingest.quality import compare


def test_a_meeting_held_is_measured_with_its_body() -> None:
    """A draft's meeting of another body than the key's is missed and extra, however right its date."""
    key = {"organisations": [{"id": "natverket-x", "name": "Nätverket X"}],
           "meetings": [{"id": "m", "of": "natverket-x", "date": "2089-03-03", "status": "held", "lines": "1"}]}
    right = {"organisations": [{"id": "natverket-x-i-kalmar-lan", "name": "Nätverket X"}],
             "meetings": [{"id": "m", "of": "natverket-x-i-kalmar-lan", "date": "2089-03-03", "status": "held"}]}
    wrong = {"meetings": [{"id": "m", "of": "lansgemensam-ledning", "date": "2089-03-03", "status": "held"}]}
    assert compare(key, right, key=True)["meetings"].matched_curated == 1
    got = compare(key, wrong, key=True)["meetings"]
    assert got.matched_curated == 0 and got.missed == ["2089-03-03 held of natverket-x"]


def test_a_kommuns_body_is_the_same_with_or_without_its_kommun_in_the_name() -> None:
    """"Socialnämndens arbetsutskott, Västerviks kommun" is the key's "socialnamndens-arbetsutskott-vastervik" named
    "Socialnämndens arbetsutskott"; another kommun's is not."""
    key = {"organisations": [{"id": "socialnamndens-arbetsutskott-vastervik", "name": "Socialnämndens arbetsutskott"}],
           "meetings": [{"id": "m", "of": "socialnamndens-arbetsutskott-vastervik", "date": "2089-03-03",
                         "status": "held", "lines": "1"}]}

    def draft(name: str) -> dict[str, object]:
        oid = name.lower().replace(",", "").replace(" ", "-").replace("ä", "a")
        return {"organisations": [{"id": oid, "name": name}],
                "meetings": [{"id": "m", "of": oid, "date": "2089-03-03", "status": "held"}]}

    assert compare(key, draft("Socialnämndens arbetsutskott, Västerviks kommun"), key=True)["meetings"] \
        .matched_curated == 1
    assert compare(key, draft("Socialnämndens arbetsutskott"), key=True)["meetings"].matched_curated == 1
    assert compare(key, draft("Socialnämndens arbetsutskott, Nybro kommun"), key=True)["meetings"] \
        .matched_curated == 0
