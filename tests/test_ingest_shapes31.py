"""Ingest rules of the thirty-first round (issue 13): shapes found on fresh42/ and fresh43/ (templates of real public
minutes on elderly care and dementia and on crisis preparedness, held out in the thirtieth round, opened for tuning
once fresh44/ and fresh45/ were written to be held out instead): a heading over the meeting's own sentences and the
presence among them, paragraphs whose title and text run on one line, "§ 1/ Title", a text with a blank line after
every line, an association's board meeting, a title and its presenter after a stroke or a dash, running lists of
names under organisations after bullets and dashes, a label table's groups, a body named above the title with its
parent after "inom", seats for an authority or "för X kommun".

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

from graph.ingest.pipeline import Context

from .test_ingest_people18 import att
from .test_ingest_shapes import lines
from .test_ingest_shapes24 import kinds, titles
from .test_ingest_shapes27 import presenters
from .test_ingest_shapes30 import HEAD, replacements
from .test_ingest_structure import extract


def test_a_heading_over_the_meetings_own_sentences_and_its_presence(ctx: Context) -> None:
    """"Information" / "Vårträffen genomfördes 22 april på X, Kalmar, 16 deltagare deltog." / "Från kommunerna deltog
    A (Org), B (Org), från Regionen C och D (Region Kalmar län) och från Kommunförbundet E (Org)." / ...: the heading
    the first item, its text going on round the list, every name a member with its organisation, the place without
    the count (before: no first item, those named the others present, the region's and the förbund's lost)."""
    ex = extract(ctx, lines("Hörselnätverket i Kalmar län", "", "Minnesanteckningar från 22 april 2089", "",
                            "Information", "",
                            "Vårträffen genomfördes 22 april på Kommunförbundet i Kalmar län, Kalmar, 16 deltagare "
                            "deltog.",
                            "Från kommunerna deltog Maja Sandell (Nybro kommun), Tore Lindgren (Kalmar kommun),",
                            "från Regionen Greta Ödman och Nils Berglöf (Region Kalmar län) och från Kommunförbundet "
                            "Eva",
                            "Strand (Kommunförbundet i Kalmar län).",
                            "Protokollet från höstträffen godkändes utan ändringar.", "",
                            "Maja Sandell hälsade alla välkomna och informerade om krisstödet.", "",
                            "Höstträffen", "", "Höstträffen blir i Vimmerby 14 oktober.", "", "Om nätverket"))
    assert ex.place == "Kommunförbundet i Kalmar län, Kalmar"
    assert [(e.name, e.org) for lst in ex.attendance for e in lst.entries] == [
        ("Maja Sandell", "nybro-kommun"), ("Tore Lindgren", "kalmar-kommun"), ("Greta Ödman", "region-kalmar-lan"),
        ("Nils Berglöf", "region-kalmar-lan"), ("Eva Strand", "kommunforbundet-i-kalmar-lan")]
    assert {lst.kind for lst in ex.attendance} == {"ledamoter"}
    assert titles(ex) == ["Information", "Höstträffen"]
    assert ("approve-protocol", None) in kinds(ex)
    assert dict(presenters(ex))["Information"] == ["Maja Sandell"]


def test_paragraphs_whose_title_and_text_run_on_one_line(ctx: Context) -> None:
    """"§ 1 Mötets öppnande Ordförande X hälsade välkommen." / "§ 3 Val av sekreterare Åsa skriver protokollet." /
    "§ 7 Medlemsregistret 212 st medlemmar" ...: each title before its text, where the protocol's paragraphs so run
    (before: the whole line the title); a title with a name or a date in it stays whole ("Rapport från Region Kalmar
    län", "§ 8 Nästa styrelsemöte tisdagen den 21 oktober")."""
    ex = extract(ctx, lines("Anhörigföreningen i Nybro Protokoll Styrelsemöte 85-09-18", "",
                            "Närvarande: Maja Sandell, Tore Lindgren, Greta Ödman.", "",
                            "§ 1 Mötets öppnande Ordförande Maja Sandell hälsade välkommen och förklarade mötet "
                            "öppnat.",
                            "", "§ 2 Val av sekreterare Greta skriver protokollet.", "",
                            "§ 3 Val av justerare Tore Lindgren valdes till justerare.", "",
                            "§ 4 Medlemsregistret 212 st medlemmar i föreningen", "",
                            "§ 5 Rapport från Region Kalmar län", "Regionen har anställt en ny samordnare.", "",
                            "§ 6 Nästa styrelsemöte tisdagen den 21 oktober kl. 18.30."))
    assert titles(ex) == ["Mötets öppnande", "Val av sekreterare", "Val av justerare", "Medlemsregistret",
                          "Rapport från Region Kalmar län", "Nästa styrelsemöte tisdagen den 21 oktober kl. 18.30"]


def test_an_associations_board_meeting_double_spaced(ctx: Context) -> None:
    """"Civilförsvarsföreningen Kalmarsund" / "" / "Protokoll 2086-09-09" over "§ 1/ Mötet öppnas." ... a text with a
    blank line after every line: the association's meeting, "§ N/" its paragraphs, a replacement's sentence read over
    the blank line, its seat "i styrelsen" the association's, signing the agreement its money (before: Länsgemensam
    ledning's meeting, no items)."""
    rows = ["Civilförsvarsföreningen Kalmarsund", "", "Protokoll 2086-09-09", "",
            "Protokoll fört vid styrelsemöte 9 september 2086 i Föreningsgården, Kalmar.", "",
            "Närvarande: Maja Sandell, Tore Lindgren, Greta Ödman och Nils Berglöf.", "",
            "§ 1/ Mötet öppnas. Ordf. Maja Sandell hälsade välkommen.", "", "§ 2/ Avtal med Kalmar kommun.", "",
            "Kalmar kommun har beviljat föreningen 185 000:- för utbildning 2087.", "",
            "Styrelsen beslöt att teckna avtalet.", "",
            "§ 3/ Greta Ödman har avsagt sig sitt uppdrag. Eva Strand ersätter Greta Ödman som", "",
            "ledamot i styrelsen resten av mandatperioden.", "", "§ 4/ Avslutades styrelsemötet.", "",
            "Vid protokollet", "", "Tore Lindgren"]
    ex = extract(ctx, lines(*rows))
    assert ex.meeting_of == "civilforsvarsforeningen-kalmarsund"
    assert [it.n for it in ex.items] == [1, 2, 3, 4]
    assert ("funding", 2) in kinds(ex)
    assert replacements(ex) == [("civilforsvarsforeningen-kalmarsund", "Eva Strand", "Greta Ödman")]
    assert [d.lines for d in ex.decisions if d.kind == "replacement"] == [(17, 19)]


def test_a_title_and_its_presenter_after_a_stroke_or_a_dash(ctx: Context) -> None:
    """"4 Ordförandens rapport/Maja Sandell" and "5. Lägesrapport – Tore Lindgren redovisade utfallet i Nybro: ...":
    the title before the stroke or the dash, the person presenting (before: the whole line the title); a title with a
    stroke between two words ("Budget/Prognos") stays whole."""
    ex = extract(ctx, lines(*HEAD, "1 Ordförandens rapport/Maja Sandell", "Ordföranden redogjorde för läget.", "",
                            "2 Budget/Prognos", "Prognosen visar balans.", "",
                            "3 Lägesrapport – Tore Lindgren redovisade utfallet i Nybro: 41 hemgångar med",
                            "  trygg hemgång sedan oktober.", "", "4 Nästa möte", "I maj."))
    assert titles(ex) == ["Ordförandens rapport", "Budget/Prognos", "Lägesrapport", "Nästa möte"]
    got = dict(presenters(ex))
    assert got["Ordförandens rapport"] == ["Maja Sandell"] and got["Lägesrapport"] == ["Tore Lindgren"]


def test_names_under_organisations_after_bullets_and_dashes(ctx: Context) -> None:
    """" • Region Kalmar län – Maja Sandell (ordf.), Tore Lindgren" / " • Emmaboda kommun – Greta Ödman (del av dag)":
    every name with the organisation, the chair's seat noted (before: the first name only, none where an aside
    followed); "Tjänstepersoner: A utvecklingsledare, Org, B Sekr. Org": the secretary's organisation read."""
    got = att(ctx, "Deltagare", "", " • Region Kalmar län – Maja Sandell (ordf.), Tore Lindgren",
              " • Emmaboda kommun – Greta Ödman (del av dag)")
    assert got == {"ledamoter": [("Maja Sandell", "region-kalmar-lan"), ("Tore Lindgren", "region-kalmar-lan"),
                                 ("Greta Ödman", "emmaboda-kommun")]}
    officials = att(ctx, "Närvarande: Eva Strand, Nybro kommun.", "Tjänstepersoner: Nils Berglöf utvecklingsledare, "
                    "Kommunförbundet i Kalmar län, Karin Holm Sekr. Kommunförbundet i Kalmar län.")
    assert ("Karin Holm", "kommunforbundet-i-kalmar-lan") in officials["ovriga"]


def test_a_label_tables_groups_seats_and_titles(ctx: Context) -> None:
    """"Beslutande   X (S)   Ordförande" / "Y (M)   1:e vice ordförande" / "" / "Tjänstgörande   Z (S)   Ersättare för
    W (S)" / "ersättare   V (M) ..." / "" / "Tjänstemän   U   Områdeschef hemtjänst, § 44": every group read (before:
    the members' list cut at its second line, the deputies and the official with a unit lost)."""
    ex = extract(ctx, lines("VÄSTERVIKS KOMMUN                    SAMMANTRÄDESPROTOKOLL      1 (12)",
                            "Vård- och omsorgsnämnden             Sammanträdesdatum",
                            "                                     2085-05-22", "",
                            "Beslutande             Maja Sandell (S)                     Ordförande",
                            "                       Tore Lindgren (M)                    1:e vice ordförande",
                            "                       Greta Ödman (C)", "",
                            "Tjänstgörande          Nils Berglöf (S)                     Ersättare för Bo Sand (S)",
                            "ersättare              Eva Strand (M)                       Ersättare för Pia Walt (KD)",
                            "",
                            "Tjänstemän             Karin Holm                           Förvaltningschef",
                            "                       Susanne Wiik                         Områdeschef hemtjänst, § 44",
                            "",
                            "§ 41 Föredragningslistan", "Föredragningslistan fastställs.", "", "§ 42 Nästa möte",
                            "Nästa möte i juni."))
    got: dict[str, list[str]] = {}
    for lst in ex.attendance:
        got.setdefault(lst.kind, []).extend(e.name for e in lst.entries)
    assert got["ledamoter"] == ["Maja Sandell", "Tore Lindgren", "Greta Ödman", "Nils Berglöf", "Eva Strand"]
    assert got["ovriga"] == ["Karin Holm", "Susanne Wiik"]


def test_a_body_named_above_the_title_with_its_parent_after_inom(ctx: Context) -> None:
    """"Projektgrupp Trygg hemgång inom samordnande grupp Äldre, Kalmar län" / prose / "Protokoll ... MÖTE 12 MARS
    2085": the project group's meeting, part of samordnande grupp Äldre; its "i projektgruppen" the group's seat
    (before: Länsgemensam ledning's)."""
    ex = extract(ctx, lines("Projektgrupp Trygg hemgång inom samordnande grupp Äldre, Kalmar län",
                            "Här samlar vi protokoll från projektgruppens möten.", "",
                            "Protokoll DIGITALT PROJEKTGRUPPSMÖTE 12 MARS 2085 KL 13.00",
                            "Närvarande: Maja Sandell, Region Kalmar län, Tore Lindgren, Nybro kommun.", "",
                            " 1. Mötet öppnas. Maja Sandell hälsade välkommen.",
                            " 2. Medlemsärenden: Greta Ödman ersätter Nils Berglöf i projektgruppen.",
                            " 3. Nästa möte i april."))
    assert [(g[0], g[3]) for g in ex.new_groups] == [("projektgrupp-trygg-hemgang", "samordnande-grupp-aldre")]
    assert replacements(ex) == [("projektgrupp-trygg-hemgang", "Greta Ödman", "Nils Berglöf")]


def test_a_seats_origin_for_an_authority_or_for_a_kommun(ctx: Context) -> None:
    """"... som Polismyndighetens ledamot i rådet." and "... som ordinarie ledamot i Länsgemensam ledning för
    Västerviks kommun.": the seat's origin, the authority and the kommun (before: none)."""
    ex = extract(ctx, lines("Protokoll Länsgemensam ledning 2086-02-13", "",
                            "Närvarande: Maja Sandell, Borgholms kommun, Tore Lindgren, Nybro kommun.", "",
                            "§ 1 Ledamöter", "Beslut: Greta Ödman ersätter Nils Berglöf som ordinarie ledamot i "
                            "Länsgemensam ledning för Västerviks kommun.", "", "§ 2 Rådet",
                            "Eva Strand, Polismyndigheten, ersätter Karin Holm som Polismyndighetens ledamot i "
                            "Länsgemensam ledning.", "", "§ 3 Nästa möte", "I maj."))
    assert [d.seat_origin for d in ex.decisions if d.kind == "replacement"] == ["vasterviks-kommun", "polismyndigheten"]


def test_a_name_cut_at_the_line_end_before_its_organisation_in_brackets(ctx: Context) -> None:
    """"Närvarande: ..., Andreas" / "Erlandsson (Kommunförbundet i Kalmar län), ...": one name with its organisation
    (before: lost)."""
    got = att(ctx, "Närvarande: Maja Sandell (Region Kalmar län), Nils", "Berglöf (Kommunförbundet i Kalmar län), "
              "Greta Ödman (Nybro kommun).")
    assert ("Nils Berglöf", "kommunforbundet-i-kalmar-lan") in got["ledamoter"]
