"""Ingest rules of the thirty-seventh round (issue 13): general fallbacks for whole classes of text the rules before
read as nothing, found on fresh54/ and fresh55/ (the held-out parts of round 36, measured once and opened in this
round): a header whose only date stands in a sentence no rule of its own reads, an ISO date a stray space parts, a
line of presence ending a sentence over rows of organisations and names, a list's heading known by its shape alone,
and paragraphs numbered without titles, each a sentence.

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

from graph.ingest.extract_dates import _parse_date
from graph.ingest.pipeline import Context

from .test_ingest_shapes import lines
from .test_ingest_structure import extract


def kinds(ex) -> list[tuple[str, list[str]]]:  # type: ignore[no-untyped-def]
    return [(lst.kind, [e.name for e in lst.entries]) for lst in ex.attendance]


ITEMS = ["", "1. Mötet öppnades.", "Ida Holm öppnade mötet.", "", "2. Dagordning", "Dagordningen fastställdes.", "",
         "3. Nästa möte", "Nästa möte hålls den 13 maj 2041.", "", "4. Mötet avslutades."]


def test_the_headers_only_date_in_a_sentence_no_rule_reads(ctx: Context) -> None:
    """"Konstituerande möte för nätverket X, mandatperioden 2041-2042, den 11 mars 2041." under a title with no date:
    the header's only full date is the meeting's (before: no date, the draft held no meeting, items or decisions);
    a header whose only date is another meeting's, or which names two dates, gives none."""
    ex = extract(ctx, lines(
        "Mötesprotokoll", "", "Upprättat i två exemplar.", "",
        "Konstituerande möte för nätverket för boendestöd i Kalmar län, mandatperioden 2041-2042, den 11 mars 2041.",
        "", "Närvarande: Ida Holm (Kalmar kommun), Per Ek (Nybro kommun) och Eva Lund (Region Kalmar län).", *ITEMS))
    assert ex.doc_kind == "protocol" and ex.date == "2041-03-11"
    assert [it.n for it in ex.items] == [1, 2, 3, 4]
    other = extract(ctx, lines(
        "Mötesprotokoll", "", "Protokollet från förra mötet, den 11 februari 2041, lades till handlingarna.", "",
        "Närvarande: Ida Holm (Kalmar kommun), Per Ek (Nybro kommun) och Eva Lund (Region Kalmar län).", *ITEMS))
    assert other.date is None
    two = extract(ctx, lines(
        "Mötesprotokoll", "",
        "Nätverket bildades av Länsgemensam ledning den 2 mars 2041 och möttes för första gången den 11 mars 2041.",
        "",
        "Närvarande: Ida Holm (Kalmar kommun), Per Ek (Nybro kommun) och Eva Lund (Region Kalmar län).", *ITEMS))
    assert two.date is None


def test_an_iso_date_a_stray_space_parts() -> None:
    """"2041-02 -24", "2041 -02-24", "2041-02- 24" (a template's or a scan's stray space): the date (before: none);
    an amount or a range of years is no date."""
    assert _parse_date("Nätverket för boendestöd, Regionhuset Kalmar  2041-02 -24", None) == "2041-02-24"
    assert _parse_date("Sammanträde 2041 -02-24 kl. 13", None) == "2041-02-24"
    assert _parse_date("Möte 2041-02- 24", None) == "2041-02-24"
    assert _parse_date("Mandatperioden 2041 - 2042", None) is None
    assert _parse_date("Telefon 0480-12 -24 15", None) is None
    assert _parse_date("Kostnad 2041 - 12 - 40 kr", None) is None


def test_a_dated_header_with_a_stray_space_is_the_meetings(ctx: Context) -> None:
    """The title line "PROTOKOLL   Sammanträde" over "Nätverket för boendestöd, Regionhuset Kalmar  2041-02 -24": the
    meeting's date (before: none, nothing of the meeting read)."""
    ex = extract(ctx, lines(
        "PROTOKOLL         Sammanträde", "Nätverket för boendestöd, Regionhuset Kalmar  2041-02 -24", "",
        "Närvarande: Ida Holm (Kalmar kommun), Per Ek (Nybro kommun) och Eva Lund (Region Kalmar län).", *ITEMS))
    assert ex.date == "2041-02-24"
    assert [it.n for it in ex.items] == [1, 2, 3, 4]


def test_a_sentence_ending_in_presence_over_rows_of_organisations_and_names(ctx: Context) -> None:
    """"... Upprop förrättades. Följande var närvarande:" ending an item's paragraph, over rows "Kalmar kommun   Ida
    Holm, Per Ek": those present at the meeting, each with the row's organisation (before: no list, the names read as
    the item's presenters); a sentence naming the present in no list's shape is no heading."""
    head = ["Protokoll fört vid gemensam presidiekonferens fredagen den 15 oktober 2041 i Folkets hus, Nybro.", ""]
    ex = extract(ctx, lines(
        *head, "1.      Upprop av presidier.",
        "Konferensen öppnades av Kommunförbundets ordförande Sara Nyberg som hälsade de närvarande",
        "välkomna. Upprop av presidier förrättades. Följande var närvarande:", "",
        "Region Kalmar län Ida Holmström, Per Eklund",
        "Borgholms kommun      Eva Lundin",
        "Hultsfreds kommun Omar Berg,  Lisa Sandahl",
        "Kommunförbundet i Kalmar län   Sara Nyberg", "",
        "2.      Val av ordförande och sekreterare",
        "Till ordförande valdes Ida Holmström.", "", "3. Konferensen avslutades."))
    present = [(e.name, e.org) for lst in ex.attendance for e in lst.entries]
    assert present == [("Ida Holmström", "region-kalmar-lan"), ("Per Eklund", "region-kalmar-lan"),
                        ("Eva Lundin", "borgholms-kommun"), ("Omar Berg", "hultsfreds-kommun"),
                        ("Lisa Sandahl", "hultsfreds-kommun"), ("Sara Nyberg", "kommunforbundet-i-kalmar-lan")]
    item1 = next(it for it in ex.items if it.n == 1)
    assert [p for p, _l in item1.presenters] in ([], ["Sara Nyberg"])
    # (a sentence about the present, no rows of names under it: no list)
    prose = extract(ctx, lines(
        *head, "1.      Upprop av presidier.", "Följande var närvarande:", "",
        "Samtliga presidier var företrädda utom Torsås kommun.", "",
        "2.      Val av ordförande", "Till ordförande valdes Ida Holmström.", "", "3. Konferensen avslutades."))
    assert [e.name for lst in prose.attendance for e in lst.entries] == []


def test_a_word_of_taking_part_before_the_members_word(ctx: Context) -> None:
    """"Medverkande ledamöter: ..." over "Övriga: ...": the members (before: others present, "medverkande" read
    first); "Medverkande" alone after a list of members stays others present."""
    ex = extract(ctx, lines(
        "Protokoll nätverket för boendestöd 2041-02-24", "",
        "Medverkande ledamöter: Ida Holm (Kalmar kommun), Per Ek (Nybro kommun)", "",
        "Övriga: Eva Lund (Region Kalmar län)", "", *ITEMS))
    assert kinds(ex) == [("ledamoter", ["Ida Holm", "Per Ek"]), ("ovriga", ["Eva Lund"])]


def test_people_an_organisation_named_in_brackets_present_nothing(ctx: Context) -> None:
    """"Västerviks kommun (Maud Berg), Region Kalmar län (Chris Lund, Sanna Ek)" in an item on the group's members:
    no presenters (before: each read as presenting the item); a person with the organisation in the bracket after the
    name, who reports, still presents."""
    ex = extract(ctx, lines(
        "Protokoll nätverket för boendestöd 2041-02-24", "",
        "Närvarande: Ida Holm (Kalmar kommun), Per Ek (Nybro kommun)", "",
        "1. Mötet öppnades.", "",
        "2. Ledamöter i nätverket.", "Följande har utsett ledamöter för perioden 2041-2042.",
        "Västerviks kommun (Maud Berg), Region Kalmar län (Chris Lund, Sanna Ek), Torsås kommun",
        "(Elin Frost).", "",
        "3. Boendestöd", "Kristin Irebring (Region Kalmar län) redogjorde för läget.", "",
        "4. Mötet avslutades."))
    by_item = {it.n: [p for p, _l in it.presenters] for it in ex.items}
    assert by_item[2] == [] and by_item[3] == ["Kristin Irebring"]


def test_a_heading_worded_as_an_earlier_lists_over_names_with_initials(ctx: Context) -> None:
    """"Kommunens representanter" over "Jonny Berg (JB), Kommunstyrelsens ordförande" lines, after
    "Pensionärsorganisationernas representanter" and an absent list: a list of the same kind as the first, the
    initials in brackets no organisation (before: the three names lost, the last read with the organisation "MS")."""
    ex = extract(ctx, lines(
        "Minnesanteckningar för Kommunala pensionärsrådet, Hultsfreds kommun", "Onsdag 3 februari 2041", "",
        "Pensionärsorganisationernas representanter", "Bengt Lind (BL), PRO Hultsfred (ordf.)",
        "Alvar Kling (AK), SPF Seniorerna Hultsfred", "Frånvarande", "Rut Holm (RH), PRO Mörlunda", "",
        "Kommunens representanter", "Jonny Berg (JB), Kommunstyrelsens ordförande",
        "Conny Dahl (CD), Ordförande socialnämnden", "Marie Stjern (MS), Socialchef", "",
        "1. Mötet öppnas", "Mötet öppnades.", "", "2. Dagordning", "Godkändes.", "", "3. Avslutning",
        "Mötet avslutades."))
    assert kinds(ex) == [("ledamoter", ["Bengt Lind", "Alvar Kling"]),
                         ("ledamoter", ["Jonny Berg", "Conny Dahl", "Marie Stjern"])]
    assert all(e.org_as_written != "MS" for lst in ex.attendance for e in lst.entries)
    assert [e.name for e in ex.absent] == ["Rut Holm"]


def _body(ctx: Context, *head: str) -> tuple[str | None, list[str]]:
    ex = extract(ctx, lines(*head, "", "Närvarande: Ida Holm (Kalmar kommun), Per Ek (Nybro kommun), Eva Lund (Region",
                            "Kalmar län), Omar Berg (Hultsfreds kommun) och Lisa Sand (Kommunförbundet i Kalmar län).",
                            *ITEMS))
    return ex.meeting_of, [g[1] if g[3] is None else f"{g[1]} ({g[3]})" for g in ex.new_groups]


def test_a_new_bodys_name_without_the_meetings_words_around_it(ctx: Context) -> None:
    """The body a header names, without the words of the meeting around its name (before: in the body's name and
    id): a meeting's compound word before it ("Protokoll nätverksmöte Boendestödsnätverket i Kalmar län"), a title word
    joined to it by a hyphen ("PROTOKOLL-Möte Brukarrådet för X"), "för" before it ("Minnesanteckningar för
    Kommunala pensionärsrådet, Hultsfreds kommun"), a weekday a scan damaged after it ("... i Kalmar län 0nsdagen
    17 mars 2041"), "den" and the sentence's stop after it; a known group with its venue after a comma is the known
    group ("Samordnande grupp Äldre, Regionhuset Kalmar  2041-02 -24"); the kommun of the letterhead the body's owner
    ("HULTSFREDS KOMMUN" / ... / "Protokoll fört vid sammanträde med Socialnämndens arbetsutskott i Hultsfred den 14
    april 2041.")."""
    assert _body(ctx, "Protokoll nätverksmöte Boendestödsnätverket i Kalmar län", "Kalmar 2041.05.20")[1] \
        == ["Boendestödsnätverket i Kalmar län"]
    assert _body(ctx, "PROTOKOLL-Möte Brukarrådet för psykisk hälsa i Kalmar län 16 september 2041")[1] \
        == ["Brukarrådet för psykisk hälsa i Kalmar län"]
    assert _body(ctx, "Minnesanteckningar för Kommunala pensionärsrådet, Hultsfreds kommun",
                 "Onsdag 3 februari 2041")[1] == ["Kommunala pensionärsrådet, Hultsfreds kommun (hultsfreds-kommun)"]
    assert _body(ctx, "Protokoll", "Nätverket för demenssjuksköterskor i Kalmar län 0nsdagen 17 mars 2041")[1] \
        == ["Nätverket för demenssjuksköterskor i Kalmar län"]
    assert _body(ctx, "PROTOKOLL         Sammanträde", "Samordnande grupp Äldre, Regionhuset Kalmar  2041-02 -24") \
        == ("samordnande-grupp-aldre", [])
    assert _body(ctx, "HULTSFREDS KOMMUN", "Socialnämndens arbetsutskott", "",
                 "Protokoll fört vid sammanträde med Socialnämndens arbetsutskott i Hultsfred den 14 april 2041.")[1] \
        == ["Socialnämndens arbetsutskott i Hultsfred (hultsfreds-kommun)"]


def test_paragraphs_numbered_without_titles_through_a_scan(ctx: Context) -> None:
    """Paragraphs numbered "1 Sammanträdet hölls ...", "2 0rdf. Jonny Berg öppnade ..." (a scan's "0" for "O"), each
    a sentence, no titles; the presence in the first one's text ("Närvarande voro 0rdf. X, v. ordf. Y, 1edamoten Z
    samt ersättaren W, tjänstgörande för V." / "Dessutom närvarande voro socialchef ..."): nine items, their first
    sentences their titles (before: none, the run broken at 2), the members and the others present apart (before: the
    others read as the members, the members as the first item's presenters), the member served for no one present."""
    ex = extract(ctx, lines(
        "HULTSFREDS KOMMUN", "Socialnämndens arbetsutskott", "",
        "Protokoll fört vid sammanträde med Socialnämndens arbetsutskott i Hultsfred den 14 april 2041.", "",
        "1 Sammanträdet hölls i kommunhuset, sammanträdesrum Virum, kl. 13.15.",
        "Närvarande voro 0rdf. Jonny Berg, v. ordf. Karin Ljung, 1edamoten Per-Inge Pettersson",
        "samt ersättaren Lars R0sander, tjänstgörande för Anders Walling.",
        "Dessutom närvarande voro socialchef Marie Stjern och enhetschef Martin Snickars.", "",
        "2 0rdf. Jonny Berg öppnade sammanträdet och hälsade de närvarande välkomna.", "",
        "3 Till att justera dagens protokoll utsågs 1edamoten Per-Inge Pettersson.", "",
        "4 Föregående sammanträdes protokoll av den 17 mars 2041 upplästes och godkändes.", "",
        "5 Socialchef Marie Stjern redogjorde för boendestödet i kommunen.", "",
        "6 Sysselsättning för personer med psykisk funktionsnedsättning.",
        "Enhetschef Martin Snickars informerade. Informationen antecknades.", "",
        "7 Nästa sammanträde hålles den 12 maj 2041 kl. 13.15 i kommunhuset.", "",
        "8 Sedan intet vidare förekommit förklarade ordf. sammanträdet avslutat."))
    assert [(it.n, it.title) for it in ex.items][:3] == [
        (1, "Sammanträdet hölls i kommunhuset, sammanträdesrum Virum"),
        (2, "Ordf. Jonny Berg öppnade sammanträdet och hälsade de närvarande välkomna"),
        (3, "Till att justera dagens protokoll utsågs ledamoten Per-Inge Pettersson")]
    assert [it.n for it in ex.items] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert kinds(ex) == [("ledamoter", ["Jonny Berg", "Karin Ljung", "Per-Inge Pettersson", "Lars Rosander"]),
                         ("ovriga", ["Marie Stjern", "Martin Snickars"])]
    assert next(it for it in ex.items if it.n == 1).presenters == []
    assert next(e for e in ex.attendance[0].entries if e.name == "Lars Rosander").in_place_of == "Anders Walling"


def test_one_documents_spellings_a_scan_misread_are_one_person() -> None:
    """"Marie Stjernstrorn" ("rn" for "m") and "Marie Stjernstrom" in one document, "Lars R0sander" and "Lars
    Rosander": one person each (before: the first decided new beside the known second); names that differ otherwise,
    or a pair the draft keeps apart, stay two."""
    from graph.ingest.reconcile import apart_key, same_in_document
    assert same_in_document("Marie Stjernstrorn", "Marie Stjernstrom")
    assert same_in_document("Lars R0sander", "Lars Rosander")
    assert not same_in_document("Marie Stjernström", "Maria Stenström")
    assert not same_in_document("Marie Stjernstrorn", "Marie Stjernstrom",
                                {apart_key("Marie Stjernstrorn", "Marie Stjernstrom")})


def test_an_election_written_as_seats_and_names_and_a_title_that_decides(ctx: Context) -> None:
    """"2. Val av mötesfunktionärer" over "- ordförande: Rune Holm" / "- sekreterare: Sofia Ek": one decision over the
    two lines (before: none); "§4" over "Nätverkets budget för 2041 fastställdes." with the budget's amounts under it:
    a funding decision on the title's line (before: none, the title's sentence never read); a title naming no
    decision ("§3" / "Inga motioner har inkommit.") is none."""
    ex = extract(ctx, lines(
        "Protokoll nätverket för boendestöd 2041-02-24", "",
        "Närvarande: Ida Holm (Kalmar kommun), Per Ek (Nybro kommun)", "",
        "§1 Mötet öppnades av Ida Holm.", "",
        "§2 Val av mötesfunktionärer", "- ordförande: Rune Holm", "- sekreterare: Sofia Ek", "",
        "§3", "Inga motioner har inkommit.", "Frågan diskuterades kort.", "",
        "§4", "Nätverkets budget för 2041 fastställdes.",
        "Budgeten omfattar 380 000 kr, varav 240 000 kr till utbildningsdagar och 140 000 kr till handledning.", "",
        "§5 Mötet avslutades."))
    decided = [(d.kind, d.lines) for d in ex.decisions]
    assert ("other", (8, 9)) in decided
    assert ("funding", (16, 16)) in decided
    assert not any(a <= 12 <= b for _k, (a, b) in decided)


def test_a_first_heading_worded_as_a_later_lists_under_place_and_time(ctx: Context) -> None:
    """The same two headings with the place and the time between the header and the first ("Hultsfreds kommunhus, sal
    Hagadal" / "Kl. 13:00-16:00"): the first list is found by the second worded alike (before: the first list lost
    once the second was read)."""
    ex = extract(ctx, lines(
        "Minnesanteckningar för Kommunala pensionärsrådet, Hultsfreds kommun", "Onsdag 3 februari 2041",
        "Hultsfreds kommunhus, sal Hagadal", "Kl. 13:00-16:00", "",
        "Pensionärsorganisationernas representanter", "Bengt Lind (BL), PRO Hultsfred (ordf.)",
        "Alvar Kling (AK), SPF Seniorerna Hultsfred", "",
        "Kommunens representanter", "Jonny Berg (JB), Kommunstyrelsens ordförande",
        "Conny Dahl (CD), Ordförande socialnämnden", "", "Agenda",
        "1. Mötet öppnas", "Mötet öppnades.", "", "2. Dagordning", "Godkändes.", "", "3. Avslutning",
        "Mötet avslutades."))
    assert kinds(ex) == [("ledamoter", ["Bengt Lind", "Alvar Kling"]), ("ledamoter", ["Jonny Berg", "Conny Dahl"])]


def test_proxies_are_members_and_no_presenters(ctx: Context) -> None:
    """"Befullmäktigat ombud: Tove Berg (Vimmerby kommun, för Eva Lund)" over "§ 3. Närvarolista och
    fullmaktsgranskning: Enl ovan. Mötet godkände fullmakterna för Tove Berg.": the proxy a member serving for the one
    named (before: no list, the proxy the item's presenter)."""
    ex = extract(ctx, lines(
        "PROTOKOLL         Sammanträde", "Nätverket för boendestöd, Regionhuset Kalmar  2041-02-24", "",
        "Medverkande ledamöter: Ida Holm (Kalmar kommun), Per Ek (Nybro kommun)", "",
        "Befullmäktigat ombud: Tove Berg (Vimmerby kommun, för Eva Lund)", "",
        "§ 1. Mötet öppnas: Ida Holm förklarar mötet öppnat.", "",
        "§ 2. Närvarolista och fullmaktsgranskning: Enl ovan. Mötet godkände fullmakterna för Tove Berg.", "",
        "§ 3. Mötet avslutas."))
    assert kinds(ex) == [("ledamoter", ["Ida Holm", "Per Ek"]), ("ledamoter", ["Tove Berg"])]
    assert ex.attendance[1].entries[0].in_place_of == "Eva Lund"
    assert next(it for it in ex.items if it.n == 2).presenters == []


def test_minutes_told_as_a_story_the_day_first(ctx: Context) -> None:
    """A meeting told as a story, no title word: "Möte för att bilda Rådet för äldres hälsa i Kalmar län" over "Den 1
    juni 2041 kl 13.00 samlades ett 40-tal personer i Kalmarsalen, Regionhuset i Kalmar, för att" / "bilda Rådet
    ...", then "Bland de närvarande fanns A (Org), B (Org) ...": the meeting of the new council on that day, those
    named present its members (before: read as no protocol at all); a story of no meeting's day is none."""
    story = ["Rådets bildande", "", "Möte för att bilda Rådet för äldres hälsa i Kalmar län", "",
             "Den 1 juni 2041 kl 13.00 samlades ett 40-tal personer i Kalmarsalen, Regionhuset i Kalmar, för att",
             "bilda Rådet för äldres hälsa i Kalmar län.", "",
             "Bland de närvarande fanns Ida Holm (Region Kalmar län), Per Ek (Kommunförbundet i Kalmar län) och Eva",
             "Lund (Borgholms kommun) samt företrädare för länets pensionärsorganisationer.", "",
             "Efter några välkomstord öppnades mötet. Arbetsordningen antogs utan ändringar.", "",
             "Övriga            Omar Berg, Kalmar kommun", "ledamöter         Lisa Sand, Nybro kommun"]
    ex = extract(ctx, lines(*story))
    assert ex.doc_kind == "protocol" and ex.date == "2041-06-01"
    assert [g[1] for g in ex.new_groups] == ["Rådet för äldres hälsa i Kalmar län"]
    assert kinds(ex)[0] == ("ledamoter", ["Ida Holm", "Per Ek", "Eva Lund"])
    # (the same story on no day: no meeting read from it)
    undated = extract(ctx, lines(*story[:4],
                                 "I somras samlades ett 40-tal personer i Kalmarsalen, Regionhuset i Kalmar, för att",
                                 *story[5:]))
    assert undated.date is None


def test_reports_under_one_label_and_decisions_above_them(ctx: Context) -> None:
    """Minutes of paragraphs "Arbetsgruppen beslutar att: Ha nästa möte ..." (twice) over "Rapport: SIP-statistik
    ..." / "Rapport: Samordnande grupp Psykisk hälsa." / "Rapport: Ny representant.": the decisions of no item
    (before: each an item titled "Arbetsgruppen beslutar att", no decision), the reports three items titled by the
    words after the label the three share (before: the short third passed over)."""
    ex = extract(ctx, lines(
        "Rapporter från arbetsgruppen för samordnad individuell plan (SIP) i Kalmar län.", "", "",
        "Arbetsgruppsmöte 2041 10 07", "",
        "Närvarande: Kristin Holm, Region Kalmar län, Isabell Lind, Hultsfreds kommun, och Tomas Berg,",
        "Borgholms kommun.", "",
        "Arbetsgruppen beslutar att: Ha nästa möte onsdagen den 2 december klockan 13.00.", "",
        "Arbetsgruppen beslutar att: Kristin Holm och Isabell Lind ansvarar för planeringen av utbildningen.", "",
        "Rapport: SIP-statistik första halvåret 2041.",
        "Kristin Holm berättar att antalet upprättade SIP:ar i länet har ökat med 18 procent.", "",
        "Rapport: Samordnande grupp Psykisk hälsa.", "Tomas Berg rapporterar från gruppens möte.", "",
        "Rapport: Ny representant.", "Isabell Lind hälsas välkommen som Hultsfreds kommuns representant."))
    assert [it.title for it in ex.items] == ["SIP-statistik första halvåret 2041", "Samordnande grupp Psykisk hälsa",
                                            "Ny representant"]
    assert [(d.kind, d.lines) for d in ex.decisions if d.lines[0] < 12] == [("other", (9, 9)), ("other", (11, 11))]


def test_a_decision_taking_the_proposal_said_just_before_it(ctx: Context) -> None:
    """"Nybro kommun föreslår att Isabell Lind ersätter Gabriella Berg som Nybro kommuns representant i arbetsgruppen
    från den 1 november 2041. Mötet beslutar enligt förslaget.": the replacement, over both sentences (before: a
    decision of no kind, the replacement lost); a proposal no decision takes stays none."""
    head = ["Protokoll fört vid möte med Arbetsgruppen för trygg hemgång i Kalmar län 2041-09-22", "",
            "Närvarande: Ida Holm (Kalmar kommun), Per Ek (Nybro kommun)", "", "§ 1 Mötet öppnas.", "Ida Holm öppnade.",
            ""]
    ex = extract(ctx, lines(
        *head, "§ 2 Ny ledamot.",
        "Nybro kommun föreslår att Isabell Lind ersätter Gabriella Berg som Nybro kommuns representant",
        "i arbetsgruppen från den 1 november 2041. Mötet beslutar enligt förslaget.", "", "§ 3 Mötet avslutas."))
    got = [(d.kind, d.lines, d.new, d.replaced) for d in ex.decisions if d.lines[0] >= 9]
    assert got == [("replacement", (9, 10), "Isabell Lind", "Gabriella Berg")]
    pending = extract(ctx, lines(
        *head, "§ 2 Ny ledamot.",
        "Nybro kommun föreslår att Isabell Lind ersätter Gabriella Berg som Nybro kommuns representant",
        "i arbetsgruppen från den 1 november 2041. Frågan tas upp vid nästa möte.", "", "§ 3 Mötet avslutas."))
    assert [d for d in pending.decisions if d.lines[0] >= 9] == []
