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

from graph.ingest.pipeline import Context
from graph.ingest.quality import compare

from .test_ingest_shapes import lines
from .test_ingest_shapes53 import _lists
from .test_ingest_structure import extract


def _body(ctx: Context, *text: str) -> tuple[str | None, str | None]:
    ex = extract(ctx, lines(*text))
    name = next((g[1] for g in ex.new_groups if g[0] == ex.meeting_of), None)
    return ex.meeting_of, name


def test_a_body_named_on_a_line_of_its_own_over_a_report_of_its_meeting(ctx: Context) -> None:
    assert _body(ctx, "Startsida | Kalender | Kontakt", "Nätverket för tandhälsa i Kalmar län", "",
                 "Nätverket för tandhälsa i Kalmar län träffades den 3 mars 2089 i Kalmar för vårens första träff.",
                 "Fjorton personer från länets kommuner deltog.", "",
                 "Anna Holm, Kalmar kommun, berättade om det nya vårdprogrammet.") \
        == ("natverket-for-tandhalsa-i-kalmar-lan", "Nätverket för tandhälsa i Kalmar län")


def test_a_known_group_alone_in_capitals_under_a_meeting_word(ctx: Context) -> None:
    assert _body(ctx, "MÖTE MED", "SAMORDNANDE GRUPP ÄLDRE", "Plats:", "Regionhuset, Kalmar", "Datum:", "",
                 "14 april 2089", "", "Närvarande:", "Anna Holm, Kalmar kommun", "Per Ek, Nybro kommun", "",
                 "1. Mötets öppnande")[0] == "samordnande-grupp-aldre"


def test_a_reports_sentence_with_the_verb_second_names_the_body_that_met(ctx: Context) -> None:
    assert _body(ctx, "Vårens första möte avklarat", "2089-03-20", "",
                 "I måndags höll samordnande grupp Barn och unga sitt första möte för året i Vimmerby.", "",
                 "Anteckningar:", "", "§1 Mötet öppnades av ordföranden Anna Holm", "",
                 "§2 Dagordningen godkändes")[0] == "samordnande-grupp-barn-och-unga"
    assert _body(ctx, "Ämne: Gruppens möte", "Från: Per Ek", "Skickat: den 14 maj 2089", "",
                 "Hej alla!", "",
                 "Den 12 maj 2089 hade Beredningsgruppen för hälsosamma levnadsvanor ett välbesökt möte i Kalmar.",
                 "Tolv deltagare från Kalmar kommun, Nybro kommun, Emmaboda kommun och Region Kalmar län var",
                 "anslutna, och samverkan med kommunernas elevhälsa var mötets tema.") \
        == ("beredningsgruppen-for-halsosamma-levnadsvanor", "Beredningsgruppen för hälsosamma levnadsvanor")


def test_a_newsletters_short_news_from_a_kommuns_committee(ctx: Context) -> None:
    assert _body(ctx, "NYHETSBREV FRÅN OMSORGSFÖRVALTNINGEN | Nr 2 2089", "", "Kort från omsorgsnämndens arbetsutskott",
                 "", "Arbetsutskottet sammanträdde den 3 februari 2089 i kommunhuset.",
                 "- Närvarande var Anna Holm och Per Ek.")[1] == "Omsorgsnämndens arbetsutskott"


def test_a_meetings_compound_word_after_the_bodys_genitive(ctx: Context) -> None:
    assert _body(ctx, "Samverkansgruppen Emmaboda", "", "Samverkansgruppen Emmabodas teammöte 2089-10-02", "",
                 "Närvarande: Anna Holm, Emmaboda kommun, Per Ek, Region Kalmar län", "",
                 "1. Välkommen") == ("samverkansgruppen-emmaboda", "Samverkansgruppen Emmaboda")


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


def test_a_kommuns_committee_is_part_of_the_kommun_the_head_names(ctx: Context) -> None:
    """Twelve kommuner have a socialnämnd's arbetsutskott each: the body the head names is part of its kommun."""
    ex = extract(ctx, lines("SOCIALNÄMNDENS ARBETSUTSKOTT", "HULTSFREDS KOMMUN", "Protokoll 2089-05-06", "",
                            "Närvarande: Anna Holm (S), Per Ek (M)", "", "§ 1 Val av justerare"))
    assert [(g[0], g[3]) for g in ex.new_groups if g[0] == ex.meeting_of] \
        == [("socialnamndens-arbetsutskott", "hultsfreds-kommun")]


def test_a_known_group_opening_the_bodys_name_is_that_group(ctx: Context) -> None:
    assert _body(ctx, "Samordnande grupp Äldre med brukar- och pensionärsorganisationerna",
                 "Minnesanteckningar 2089-06-01", "", "Närvarande: Anna Holm, Kalmar kommun, Per Ek, Nybro kommun", "",
                 "1. Mötets öppnande") == ("samordnande-grupp-aldre", None)


def test_a_meetings_word_and_year_before_the_bodys_name(ctx: Context) -> None:
    assert _body(ctx, "Styrgruppsmötet 2089 Styrgruppen för tandvårdsstöd", "Minnesanteckningar 2089-06-01", "",
                 "Närvarande: Anna Holm, Kalmar kommun, Per Ek, Nybro kommun", "", "1. Mötets öppnande") \
        == ("styrgruppen-for-tandvardsstod", "Styrgruppen för tandvårdsstöd")


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


def test_one_amount_a_group_decides_to_set_aside_is_the_sum_not_a_total_of_one_part(ctx: Context) -> None:
    """"Gruppen beslutade att avsätta 185 000 kronor ur stimulansmedlen ... till X" under an unnumbered heading: one
    funding of 185 000 kr, not a total of 185 000 kr summed from one part of 185 000 kr (the amount twice)."""
    ex = extract(ctx, lines(
        "Minnesanteckningar", "Arbetsgruppen för tandvårdsstöd i Kalmar län, 2089-03-04", "",
        "Närvarande:", "  • Anna Holm, Kalmar kommun", "  • Per Ek, Region Kalmar län", "",
        "Fortbildning för tandhygienister",
        "Anna Holm redovisade behovet av fortbildning i länet.",
        "  • Gruppen beslutade att avsätta 185 000 kronor ur stimulansmedlen enligt överenskommelsen om",
        "    psykisk hälsa till en utbildningsdag under 2089.", "",
        "Nästa möte", "Nästa möte hålls 2089-05-06."))
    [f] = ex.funding
    assert (f.total, f.parts, f.note) == (185_000, [], None)


def test_minutes_in_bullets_with_a_short_sentence_among_them(ctx: Context) -> None:
    """Each bullet an item where one of them is a short sentence of three words ("Mötet godkände dagordningen."), its
    title up to a colon, and the year first in the head's date ("2089, 4 mars Folkets hus Nybro")."""
    ex = extract(ctx, lines(
        "Nätverket för tandhälsa i Kalmar län", "Protokoll nätverksträffar", "",
        "2089, 4 mars Folkets hus Nybro", "",
        "Närvarande: Anna Holm (Nybro kommun), Per Ek (Kalmar kommun), Liv Berg (Region Kalmar län).", "",
        " • Mötet öppnades av nätverkets samordnare Anna Holm som hälsade alla välkomna.",
        " • Mötet godkände dagordningen.",
        " • Per Ek valdes till mötessekreterare.",
        " • Nätverket gläds åt två nya tandhygienister i länet: en i Nybro och en",
        "   i Emmaboda.",
        " • Liv Berg redogjorde för tandvårdsstödet i länet och de nya",
        "   riktlinjerna för uppsökande verksamhet.",
        " • Nästa träff hålls den 10 juni 2089 i Vimmerby."))
    assert ex.date == "2089-03-04"
    assert [it.title for it in ex.items] == [
        "Mötet öppnades av nätverkets samordnare Anna Holm som hälsade alla välkomna", "Mötet godkände dagordningen",
        "Per Ek valdes till mötessekreterare", "Nätverket gläds åt två nya tandhygienister i länet",
        "Liv Berg redogjorde för tandvårdsstödet i länet och de nya",
        "Nästa träff hålls den 10 juni 2089 i Vimmerby"]


def test_a_tables_role_column_after_the_organisation_names_those_co_opted(ctx: Context) -> None:
    """"Namn   Organisation   Roll   Närvaro" under "Deltagande:": the rows whose role is "adjungerad" or
    "sekreterare" are others present, a row marked "-" is absent."""
    got = _lists(ctx, lines(
        "Protokoll fört vid möte med Styrgruppen för tandhälsa 2089", "Datum: 25 mars 2089", "",
        "Deltagande:",
        "Namn                 Organisation                   Roll             Närvaro",
        "Anna Holm            Nybro kommun                   ordförande       X",
        "Per Ek               Kalmar kommun                  ledamot          X",
        "Liv Berg             Region Kalmar län              ledamot          -",
        "Sanna Hallgren       Kommunförbundet i Kalmar län   sekreterare      X",
        "Viktor Eng           Polismyndigheten               adjungerad       X", "",
        "§ 1. Mötets öppnande", "Anna Holm hälsade alla välkomna."))
    assert [n for n, _o in got["ledamoter"]] == ["Anna Holm", "Per Ek"]
    assert [n for n, _o in got["ovriga"]] == ["Sanna Hallgren", "Viktor Eng"]
