"""Ingest rules of the twenty-eighth round (issue 13): shapes found on fresh36/ and fresh37/ (templates of real public
minutes on elderly care and on school and student health, held out in the twenty-seventh round, opened for tuning
once fresh38/ and fresh39/ were written to be held out instead): minutes written as numbered paragraphs of sentences,
a date of two-digit groups ("73 06 08") in the century of the document's own years, the signing's place and date
closing the last item, a body's name in the genitive before "möte", a date run together with a list's label, names
written surname first with a title in a column, sentences with the verb first ("Redogjorde X för ...", "Beslöts att
...", "Lades protokollet ... till handlingarna"), an association's letters naming an organisation, "samt" between
names, a margin's label wrapped over three lines, "tjg. för", "11.4. 2074", a lettered point's decision, a sentence's
stop inside a running list, a direktion as a body, an empty bracket after a name, unnumbered headings over sentences
without their stops, a lead-in's numbered points no agenda; and the shapes of learn16/ and learn17/ (development
parts written beside them: Nära vård and primary care; rehabilitation and work), tuned on after them: capitals as a
title before the item's sentence, item numbers at the right margin, organisations counted before their names, "följande
närvarande:" in the roll call, organisation, name and title parted by slashes, a paragraph number in the running head,
a title in a column before the name, a table of contents naming another meeting, a notice page before the protocol, a
seat in a group named with its county, a capitalised "Ersätter X" column, an organ's paragraph numbers after an entry,
abbreviations inside a title's sentence; a person's name no fact took listed for the review; a given name alone
elected, "Bisittare:".

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

from graph.ingest.extract_dates import _date_mentions, common_year, years_near
from graph.ingest.pipeline import Context

from .test_ingest_people18 import att
from .test_ingest_shapes import lines
from .test_ingest_shapes24 import kinds, titles
from .test_ingest_shapes27 import people, presenters
from .test_ingest_structure import extract

# a protocol's head and list before the items, in this round's years
HEAD = ("Protokoll Beredningen 2077-03-04", "", "Närvarande: Maja Sandell, Borgholms kommun, Tore Lindgren, "
        "Nybro kommun.", "")


def meetings(ex) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(r.date, r.status) for r in ex.refs]


# --------------------------------------------------------------------------- dates and the header


def test_a_date_of_two_digit_groups_in_the_century_of_the_documents_own_years() -> None:
    """"73 06 08" and "73-06-08" are dates (year, month, day), read in the century of the text's four-digit years
    (2073 beside "för 2073"; 1973 beside 1973); with none, the usual pivot; a telephone number ("0480-45 06 08"), a
    run of numbers ("12 05 10 15") and an impossible month ("73 13 08") are none."""
    def first(text: str) -> tuple[int, int, int | None] | None:
        found = _date_mentions(text)
        return (found[0][1], found[0][2], found[0][3]) if found else None

    with years_near(common_year("Medel för 2073 och 2074, 2073.")):
        assert first("Protokoll fört vid Teamsmöte 73 06 08 kl. 13") == (8, 6, 2073)
        assert first("Nästa möte 73-09-01.") == (1, 9, 2073)
        assert first("11/6-69") == (11, 6, 2069)
    with years_near(common_year("Budget 1973.")):
        assert first("Möte 73 06 08") == (8, 6, 1973)
    assert first("Tel. 0480-45 06 08") is None
    assert first("Poäng 12 05 10 15") is None
    assert first("Möte 73 13 08") is None


def test_a_protocol_dated_in_two_digit_groups_meets_with_its_references(ctx: Context) -> None:
    """"Anhörignätverket" / "73 06 08" / "Protokoll fört vid Teamsmöte 73 06 08": the meeting of 2073-06-08 (none
    was read before), the minutes it approves ("73 04 06") a meeting of 2073 referred to."""
    ex = extract(ctx, lines("Anhörignätverket i Kalmar län", "", "73 06 08", "",
                            "Protokoll fört vid Teamsmöte 73 06 08 kl. 13-14.30", "", "Närvarande", "",
                            "Maja Sandell, Tore Lindgren, Greta Ödman", "",
                            "§ 14. Till justerare utsågs Tore Lindgren.", "",
                            "§ 15. Protokollet från mötet 73 04 06 godkändes och lades till handlingarna.", "",
                            "§ 16. Nätverket disponerar 0,6 mnkr för 2073.", ""))
    assert ex.date == "2073-06-08"
    assert ("2073-04-06", "referred") in meetings(ex)


def test_a_date_run_together_with_a_lists_label(ctx: Context) -> None:
    """"Minnesanteckningar från mötet 2077-10-19Närvarande: A, B och C." (a web page's lines copied together): the
    meeting's date and its list; a label not run on a date ("Tema:Budget") is read as before."""
    ex = extract(ctx, lines("Samverkansgruppen för trygg utskrivning, norra länsdelen",
                            "Minnesanteckningar från mötet 2077-10-19Närvarande: Maja Sandell, Tore Lindgren,",
                            "Greta Ödman och Nils Berglöf.", "", "1. Mötets öppnande", "Maja Sandell öppnade mötet.",
                            "", "2. Nästa möte", "Nästa möte hålls i november."))
    assert ex.date == "2077-10-19"
    assert [n for n, _ in people(ex, "ledamoter")] == ["Maja Sandell", "Tore Lindgren", "Greta Ödman", "Nils Berglöf"]


def test_a_day_and_month_with_their_stops_and_a_space_before_the_year(ctx: Context) -> None:
    """"NÄTVERKSMÖTE 11.4. 2077 på ..." (day and month with their stops, a space before the year): the meeting's date;
    "11.4." alone gives no year."""
    assert _date_mentions("NÄTVERKSMÖTE 11.4. 2077 på Kommunförbundet")[0][1:4] == (11, 4, 2077)
    assert all(y is None for _p, _d, _m, y, _w in _date_mentions("Rapport 11.4. om läget"))
    ex = extract(ctx, lines("PROTOKOLL", "SKOLCHEFSNÄTVERKET I KALMAR LÄN", "",
                            "NÄTVERKSMÖTE 11.4. 2077 på Kommunförbundet i Kalmar län, Kalmar", "",
                            "Närvarande: Maja Sandell (Oskarshamn), Tore Lindgren (Nybro).", "",
                            "1 § Mötet öppnas", "Ordföranden öppnade mötet.", "", "2 § Nästa möte",
                            "Nästa möte hålls 13.6. 2077 i Vimmerby."))
    assert ex.date == "2077-04-11"


def test_a_bodys_name_in_the_genitive_before_its_meeting(ctx: Context) -> None:
    """"PROTOKOLL FRÅN HÖRSELNÄTVERKET I KALMAR LÄNS MÖTE 2077-03-09": the body "... I KALMAR LÄN" (the county's
    genitive "s" no part of its name); "Hörselnätverkets möte" keeps its own word."""
    ex = extract(ctx, lines("PROTOKOLL FRÅN HÖRSELNÄTVERKET I KALMAR LÄNS MÖTE 2077-03-09", "",
                            "Deltagare: Maja Sandell (Oskarshamns kommun), Tore Lindgren (Nybro kommun).", "",
                            "1. Föregående protokoll godkändes av deltagarna.", "",
                            "2. Nästa möte blir den 11 maj kl. 13.00 i Vimmerby.", ""))
    assert [g[1] for g in ex.new_groups] == ["HÖRSELNÄTVERKET I KALMAR LÄN"]


def test_a_direktion_is_a_bodys_word(ctx: Context) -> None:
    """"Direktionen för Kalmarsunds gymnasieförbund   2077-01-22   1" in the letterhead: the direktion's meeting, not
    Länsgemensam ledning's."""
    ex = extract(ctx, lines("Kalmarsunds gymnasieförbund                         Sammanträdesprotokoll",
                            "Direktionen för Kalmarsunds gymnasieförbund    2077-01-22    1", "",
                            "Beslutande        Maja Sandell (S) ordförande", "                  Tore Lindgren (C)", "",
                            "§ 1  Direktionens öppnande", "Ordföranden öppnar sammanträdet.", "",
                            "§ 2  Ny ledamot i direktionen",
                            "Greta Ödman (M) ersätter Nils Berglöf (S) som ledamot i direktionen."))
    assert ex.meeting_of != "lansgemensam-ledning"
    assert [d.group for d in ex.decisions if d.kind == "replacement"] == [ex.meeting_of]


def test_a_table_of_contents_naming_another_meeting_sets_no_kind(ctx: Context) -> None:
    """A table of contents listing "Gemensam presidiekonferens hösten 2077 ...... 6" over a Länsgemensam ledning
    protocol ("LGL, 2077-04-17 09:00, Protokoll"): a meeting of Länsgemensam ledning, not a presidiekonferens."""
    ex = extract(ctx, lines("INNEHÅLLSFÖRTECKNING", "LGL, 2077-04-17 09:00, Protokoll",
                            "14    Sammanträdets laglighet ......................................... 3",
                            "15    Gemensam presidiekonferens hösten 2077 .......................... 6", "",
                            "NÄRVARANDE: Maja Sandell, Tore Lindgren", "", "§ 14 Sammanträdets laglighet",
                            "Sammanträdet konstaterades lagligt sammankallat."))
    assert ex.meeting_kind == "lgl-meeting"


def test_a_notice_page_under_the_letterhead_before_the_protocol(ctx: Context) -> None:
    """"REGION KALMAR LÄN" / "Hälso- och sjukvårdsnämnden nr 1/2077" / "Nämndsekretariatet" / "Kallelse till
    sammanträde den 25 januari" / its agenda of ten matters and the chair's name / ... / "Hälso- och
    sjukvårdsnämnden   SAMMANTRÄDESPROTOKOLL   Nr 1": the protocol below is read (the notice was taken for the
    document and it was refused)."""
    ex = extract(ctx, lines("REGION KALMAR LÄN", "Hälso- och sjukvårdsnämnden nr 1/2077", "Nämndsekretariatet",
                            "Kallelse till sammanträde den 25 januari kl. 13.00", "", "Paragraf  Ärende",
                            "1         Justering av protokoll.", "2         Delgivningar.",
                            *(f"{k}         Ärende {k}." for k in range(3, 11)), "",
                            "OBS. Meddela sekretariatet om du inte kan delta.", "Maja Sandell", "Ordförande", "",
                            "Hälso- och sjukvårdsnämnden              SAMMANTRÄDESPROTOKOLL                 Nr 1",
                            "Datum              onsdagen den 25 januari 2077",
                            "Beslutande         Maja Sandell                 ordförande",
                            "                   Tore Lindgren                ledamot", "",
                            "JUSTERING AV PROTOKOLL                                                     § 1",
                            "BESLUT: Till protokolljusterare valdes Tore Lindgren.", "",
                            "DELGIVNINGAR                                                               § 2",
                            "BESLUT: Delgivningarna läggs till handlingarna."))
    assert (ex.doc_kind, ex.date) == ("protocol", "2077-01-25")
    assert titles(ex) == ["JUSTERING AV PROTOKOLL", "DELGIVNINGAR"]


# --------------------------------------------------------------------------- items


SENTENCES = ("1. Föregående protokoll från mötet 2076-11-17 godkändes av deltagarna.", "",
             "2. Dagordningen godkändes av mötesdeltagarna.", "",
             "3. Greta Ödman informerade om väntetiderna. Väntetiden är i snitt sju veckor.", "",
             "4. Nästa möte blir den 11 maj kl. 13.00 i Vimmerby.", "")


def test_minutes_written_as_numbered_paragraphs_of_sentences(ctx: Context) -> None:
    """Numbered paragraphs each opening with a sentence, no titled item among them: each an item, its first sentence
    the title (an abbreviation's stop, "kl. 13.00", inside it), its presenter and its decisions read ("godkändes av
    mötesdeltagarna": the meeting's own approval)."""
    ex = extract(ctx, lines(*HEAD, *SENTENCES))
    assert titles(ex) == ["Föregående protokoll från mötet 2076-11-17 godkändes av deltagarna",
                          "Dagordningen godkändes av mötesdeltagarna",
                          "Greta Ödman informerade om väntetiderna", "Nästa möte blir den 11 maj kl. 13.00 i Vimmerby"]
    assert presenters(ex)[2] == ("Greta Ödman informerade om väntetiderna", ["Greta Ödman"])
    assert ("approve-protocol", 1) in kinds(ex) and ("other", 2) in kinds(ex)


def test_a_decisions_points_under_a_lead_in_are_no_agenda(ctx: Context) -> None:
    """Numbered sentences under a line ending in a colon ("Förslag om gemensamma rutiner:" / "1. Arbetsgruppen
    föreslår ... Gruppen beslöt ...") are its points inside an item with an unnumbered heading, not the agenda."""
    ex = extract(ctx, lines(*HEAD, "Val av justerare", "", "Till justerare valdes Tore Lindgren", "",
                            "Behandling av förslag från arbetsgruppen", "", "Förslag om gemensamma rutiner:", "",
                            "  1. Arbetsgruppen föreslår en gemensam blankett för samtycke. Gruppen beslöt att anta",
                            "     blanketten att gälla från 1 januari 2078.",
                            "  2. Arbetsgruppen föreslår att skolsköterskorna får konsultera varandra per",
                            "     telefon. Gruppen beslöt att pröva detta under våren 2078.", "",
                            "Nästa möte", "", "Nästa möte hålls 2077-11-20 i Västervik."))
    assert titles(ex) == ["Val av justerare", "Behandling av förslag från arbetsgruppen", "Nästa möte"]


def test_unnumbered_headings_over_sentences_without_their_stops(ctx: Context) -> None:
    """Headings over one-sentence paragraphs that lack their stops ("Fastställande av dagordningen" / "" /
    "Dagordningen fastställdes"): the sentence is text, not a heading under a heading; a list's word as a heading
    ("Val av ledamöter", "Föregående protokoll") heads the sentence after a blank line; a noun phrase with its stop
    ("Föredragning av lägesrapporten.") over prose is a heading; a field's label ("Plats:") is none."""
    ex = extract(ctx, lines("Protokoll möte Samverkansgruppen för skolhälsa i Kalmar län", "", "Datum 2077-09-18", "",
                            "Plats:", "", "Mottagningen, Länssjukhuset i Kalmar", "", "Närvarande:", "",
                            "Maja Sandell, Region Kalmar län", "", "Tore Lindgren, Hultsfreds kommun", "",
                            "Fastställande av dagordningen", "", "Dagordningen fastställdes", "",
                            "Föregående protokoll", "", "Protokollet från mötet 2077-05-29 godkändes", "",
                            "Föredragning av lägesrapport om konsultationerna.", "",
                            "Maja Sandell föredrog lägesrapporten. Sedan starten har 64 elever fått konsultation.", "",
                            "Val av ledamöter", "",
                            "Greta Ödman ersätter Nils Berglöf som ledamot i samverkansgruppen från 1 november 2077.",
                            ""))
    assert titles(ex) == ["Fastställande av dagordningen", "Föregående protokoll",
                          "Föredragning av lägesrapport om konsultationerna", "Val av ledamöter"]
    assert presenters(ex)[2][1] == ["Maja Sandell"]


def test_capitals_as_a_title_before_the_items_sentence(ctx: Context) -> None:
    """"5 SKRIVELSER En skrivelse hade kommit in ...": the one word in capitals the title (two or more words were read
    before); a word of few capitals ("KS Budget ...") stays the line's."""
    ex = extract(ctx, lines(*HEAD, "1 KONFERENSENS ÖPPNANDE Maja Sandell öppnade konferensen.", "",
                            "2 SKRIVELSER En skrivelse hade kommit in från pensionärsråden om telefontiderna.", "",
                            "3 ÖVRIGT Nästa konferens hålls den 17 mars 2078 i Kalmar.", ""))
    assert titles(ex) == ["KONFERENSENS ÖPPNANDE", "SKRIVELSER", "ÖVRIGT"]


def test_item_numbers_at_the_right_margin(ctx: Context) -> None:
    """"Konferensens öppnande" and its number alone far right ("...       1"): the items; a short line with a number
    after two spaces ("Budget  2") stays text."""
    pad = " " * 60
    ex = extract(ctx, lines("Protokoll fört vid gemensam presidiekonferens 2077",
                            "Tid och plats        Onsdagen den 16 oktober 2077 på museet, Kalmar.", "",
                            f"{'Konferensens öppnande':<80}1", "Maja Sandell hälsar alla välkomna.", "",
                            f"{'Val av två justerare':<80}2", "Till justerare väljs Tore Lindgren.", "",
                            f"{'Konferensens avslutande':<80}3", "Maja Sandell förklarar konferensen avslutad.", "",
                            f"Vid protokollet{pad}", "Tore Lindgren"))
    assert [(it.n, it.title) for it in ex.items] == [(1, "Konferensens öppnande"), (2, "Val av två justerare"),
                                                    (3, "Konferensens avslutande")]


def test_a_paragraph_number_in_the_pages_running_head(ctx: Context) -> None:
    """A kommun's paragraph per page, its number in the running head above its title ("14, HSN, 2077-04-17 09:00
    Sida 3" / "Sammanträdets laglighet"): the items numbered so; the front page's headings above them no items."""
    def page(num: int, title: str, text: str, sida: int) -> tuple[str, ...]:
        return (f"{num}, HSN, 2077-04-17 09:00{' ' * 50}Sida {sida}", title, text, "")

    ex = extract(ctx, lines("HSN, 2077-04-17 09:00, Protokoll", "", "NÄRVARANDE MEDLEMMAR:",
                            "Ordförande           Maja Sandell", "Viceordf.            Tore Lindgren",
                            "Medlemmar            Greta Ödman", "                     Per Dahl", "",
                            "ÖVRIGA NÄRVARANDE:",
                            "Utvecklingsledare    Nils Berglöf", "",
                            *page(14, "Sammanträdets laglighet", "Beslut: Sammanträdet konstaterades lagligt.", 3),
                            *page(15, "Protokollets justering", "Beslut: Till justerare valdes Greta Ödman.", 3),
                            *page(16, "Nästa sammanträde", "Nästa sammanträde hålls 2077-06-12.", 4)))
    assert [(it.n, it.title) for it in ex.items] == [(14, "Sammanträdets laglighet"), (15, "Protokollets justering"),
                                                    (16, "Nästa sammanträde")]
    assert [n for n, _ in people(ex, "ledamoter")] == ["Maja Sandell", "Tore Lindgren", "Greta Ödman", "Per Dahl"]


def test_the_signings_place_and_date_closes_the_last_item(ctx: Context) -> None:
    """"Kalmar 77 06 08" (or "Nybro den 9 juni 2077") over a name alone after the last item: the signing, no text of
    the item, its name no presenter."""
    for signed in ("Kalmar 77 06 08", "Nybro den 9 juni 2077"):
        ex = extract(ctx, lines(*HEAD, "§ 1 Mötets öppnande", "Maja Sandell öppnade mötet.", "",
                                "§ 2 Inget mer att diskutera avslutar ordf. mötet och tackar deltagarna", "", "",
                                signed, "", "Greta Ödman"))
        assert presenters(ex)[-1][1] == [], signed
        assert ex.items[-1].lines == (8, 8), signed


# --------------------------------------------------------------------------- attendance


def test_names_surname_first_with_a_title_in_a_column_and_a_scans_digit(ctx: Context) -> None:
    """"Narvarande   A1bertz, Karin  ordforande" / "Lindgren, Lotta   Mosen, Pernilla" / "Hallgren, Sanna
    utvecklingsledare" (a title after two spaces, a digit a scan read for a letter): every name, turned round."""
    got = att(ctx, "Närvarande                    A1bertz, Maja  ordförande",
              "                              Lindgren, Tore               Ödman, Greta",
              "                              Sandell, Nils  utvecklingsledare")
    assert [n for n, _ in got["ledamoter"]] == ["Maja A1bertz", "Tore Lindgren", "Greta Ödman", "Nils Sandell"]


def test_samt_between_the_last_names_of_a_running_list(ctx: Context) -> None:
    """"Närvarande: A (ordf.), B, C samt D.": D a name of its own (no "C samt D")."""
    got = att(ctx, "Närvarande: Maja Sandell (ordf.), Tore Lindgren, Greta Ödman samt Nils Berglöf.")
    assert [n for n, _ in got["ledamoter"]] == ["Maja Sandell", "Tore Lindgren", "Greta Ödman", "Nils Berglöf"]


def test_a_margins_label_wrapped_over_three_lines_and_tjg_for(ctx: Context) -> None:
    """"Beslutande och" / "tjänstgörande" / "ersättare" in the margin, the members beside it, one "tjg. för" a member:
    one list of the deciding, the deputy serving for the member."""
    got = att(ctx, "Beslutande och         Maja Sandell (C), ordförande", "tjänstgörande          Tore Lindgren (S)",
              "ersättare              Greta Ödman (M) tjg. för Nils Berglöf (M)",
              "                       Eva Lundh (S)")
    assert [n for n, _ in got["ledamoter"]] == ["Maja Sandell", "Tore Lindgren", "Greta Ödman", "Eva Lundh"]


def test_an_associations_letters_name_an_organisation(ctx: Context) -> None:
    """"X, SPF Seniorerna Mörbylånga", "Y, SKPF avd Öland": organisations the draft defines (before: "SPF Seniorerna"
    a person of Mörbylånga kommun); a title's letters ("Z, MAS") are no organisation."""
    ex = extract(ctx, lines("Protokoll Pensionärsrådet 2077-01-26", "",
                            "Beslutande ledamöter:         Maja Sandell, SPF Seniorerna Mörbylånga",
                            "                              Tore Lindgren, SKPF avd Öland",
                            "                              Greta Ödman, PRO Mörbylånga", "", "§ 1 Mötets öppnande",
                            "Ordföranden öppnade mötet.", "", "§ 2 Nästa möte", "Nästa möte hålls 2077-05-06."))
    assert people(ex, "ledamoter") == [("Maja Sandell", "spf-seniorerna-morbylanga"),
                                       ("Tore Lindgren", "skpf-avd-oland"), ("Greta Ödman", "pro-morbylanga")]


def test_a_sentences_stop_inside_a_running_list_and_a_paragraph_after_the_sign(ctx: Context) -> None:
    """"... och X (Org, sekreterare). Y (Org) deltog under 5 §.": X with the organisation from the bracket broken over
    the line, Y present for one point (another present), not a name run on from X."""
    ex = extract(ctx, lines("PROTOKOLL", "SKOLCHEFSNÄTVERKET I KALMAR LÄN", "",
                            "NÄTVERKSMÖTE 2077-04-11 på Kommunförbundet i Kalmar län, Kalmar", "",
                            "Närvarande: Maja Sandell (Oskarshamn, ordförande), Tore Lindgren (Nybro) och Greta Ödman "
                            "(Kommunförbundet i Kalmar län,",
                            "sekreterare). Nils Berglöf (Kommunförbundet i Kalmar län) deltog under 5 §.", "",
                            "1 § Mötet öppnas", "Ordföranden öppnade mötet.", "", "2 § Nästa möte",
                            "Nästa möte hålls i juni."))
    got = {e.name: (e.org, e.other) for lst in ex.attendance for e in lst.entries}
    assert got["Greta Ödman"][0] == "kommunforbundet-i-kalmar-lan"
    assert got["Nils Berglöf"] == ("kommunforbundet-i-kalmar-lan", True)


def test_a_party_and_a_title_after_a_damaged_name_and_an_empty_bracket(ctx: Context) -> None:
    """"Patrik G1asberg (S) ordforande" (a scan's digit), "Eva Lundh ()" (the party lost), "Siv Ek (L) ersattare":
    each an entry of the list."""
    got = att(ctx, "Beslutande        Maja Sande11 (S) ordförande", "                  Tore Lindgren (C)",
              "                  Eva Lundh ()", "", "Övriga deltagande", "                  Siv Ek (L) ersättare",
              "                  Nils Berglöf, ekonom")
    assert [n for n, _ in got["ledamoter"]] == ["Maja Sande11", "Tore Lindgren", "Eva Lundh"]
    assert [n for n, _ in got["ovriga"]] == ["Siv Ek", "Nils Berglöf"]


def test_organisations_counted_before_their_names(ctx: Context) -> None:
    """"Region Kalmar län 3 A, B, C" / "Nybro kommun 1 D" under a sentence ending in a colon: each name of that
    organisation, the count its names'; a count that is not ("Nybro kommun 2 D") reads nothing so."""
    ex = extract(ctx, lines("Protokoll fört vid gemensam presidiekonferens 2077-10-16", "",
                            "Deltagarförteckningen omfattar 4 förtroendevalda enligt följande:",
                            "Region Kalmar län 3 Maja Sandell, Tore Lindgren, Greta Ödman",
                            "Nybro kommun 1 Nils Berglöf", "", "1. Konferensens öppnande",
                            "Maja Sandell öppnade konferensen.", "", "2. Nästa konferens", "Nästa konferens i maj."))
    got = [(e.name, e.org) for lst in ex.attendance for e in lst.entries]
    assert got == [("Maja Sandell", "region-kalmar-lan"), ("Tore Lindgren", "region-kalmar-lan"),
                   ("Greta Ödman", "region-kalmar-lan"), ("Nils Berglöf", "nybro-kommun")]


def test_the_present_named_in_the_roll_calls_sentence(ctx: Context) -> None:
    """"2 Godkännande av dagordning, avprickning, val av justerare" / "Vid avprickningen noterades följande
    närvarande: A (Org), B (Org) och C (Org).": the list, read inside the roll call's item."""
    ex = extract(ctx, lines("UVAS-nätverket i Kalmar län", "Protokoll öppet nätverksmöte",
                            "Tid: 21 maj 2077, kl 13.00-16.00", "", "1 Mötets öppnande", "Maja Sandell öppnade mötet.",
                            "", "2 Godkännande av dagordning, avprickning, val av justerare",
                            "Dagordningen godkändes.",
                            "Vid avprickningen noterades följande närvarande: Maja Sandell (Kalmar kommun),",
                            "Tore Lindgren (Nybro kommun) och Greta Ödman (Region Kalmar län).",
                            "Till justerare valdes Tore Lindgren.", "", "3 Nästa möte", "Nästa möte i september."))
    assert people(ex, "ledamoter") == [("Maja Sandell", "kalmar-kommun"), ("Tore Lindgren", "nybro-kommun"),
                                       ("Greta Ödman", "region-kalmar-lan")]


def test_organisation_name_and_title_parted_by_slashes(ctx: Context) -> None:
    """"Kalmar kommun/Maja Sandell, Verksamhetschef", "Nybro kommun/Tore Lindgren/ Enhetschef": each name of its
    organisation; a date with slashes ("Möte 4/5 kl. 13") is no entry."""
    got = att(ctx, "Deltagare:", "Kalmar kommun/Maja Sandell, Verksamhetschef Arbetsmarknadsenheten",
              "Nybro kommun/Tore Lindgren/ Enhetschef försörjningsstöd",
              "Region Kalmar län/Greta Ödman/Utvecklingsledare")
    assert got["ledamoter"] == [("Maja Sandell", "kalmar-kommun"), ("Tore Lindgren", "nybro-kommun"),
                                ("Greta Ödman", "region-kalmar-lan")]


def test_a_title_in_a_column_before_the_name(ctx: Context) -> None:
    """"Ordförande   Maja Sandell" / "Viceordf.   Tore Lindgren" / "Ersättare   Greta Ödman (för Nils Berglöf)" under
    "NÄRVARANDE MEDLEMMAR:", "Utvecklingsledare   Eva Lundh" / "Ekonom   Per Dahl (§ 18)" under "ÖVRIGA NÄRVARANDE:":
    the names, their seats and titles after them."""
    got = att(ctx, "NÄRVARANDE MEDLEMMAR:", "Ordförande           Maja Sandell", "Viceordf.            Tore Lindgren",
              "Ersättare            Greta Ödman (för Nils Berglöf)", "", "ÖVRIGA NÄRVARANDE:",
              "Utvecklingsledare    Eva Lundh", "Ekonom               Per Dahl (§ 18)")
    assert [n for n, _ in got["ledamoter"]] == ["Maja Sandell", "Tore Lindgren", "Greta Ödman"]
    assert [n for n, _ in got["ovriga"]] == ["Eva Lundh", "Per Dahl"]


def test_a_title_with_its_unit_an_organs_paragraphs_and_ersatter_in_columns(ctx: Context) -> None:
    """"X   verksamhetschef, närvårdsavdelningen", "Y (Org)   Ersätter Z", "W   Samordnare, Region Kalmar län   LGL 12":
    entries (the title's unit in lower case, the member served for in a capitalised column, the organ's paragraph no
    cell of the entry)."""
    got = att(ctx, "Beslutande      Maja Sandell (Oskarshamns kommun)          Ordförande",
              "                Tore Lindgren (Region Kalmar län)          Ersätter Greta Ödman", "",
              "Övriga deltagare",
              "                Nils Berglöf                 verksamhetschef, närvårdsavdelningen",
              "                Eva Lundh                    Samordnare Nära vård, Region Kalmar län      LGL 12")
    assert [n for n, _ in got["ledamoter"]] == ["Maja Sandell", "Tore Lindgren"]
    assert got["ovriga"] == [("Nils Berglöf", None), ("Eva Lundh", "region-kalmar-lan")]


# --------------------------------------------------------------------------- presenters and decisions


def test_sentences_with_the_verb_first(ctx: Context) -> None:
    """Formal minutes' verb-first sentences: "Redogjorde X för ...", "Meddelade Y att ...", "Förklarade ordföranden Z
    mötet öppnat" present; "Uppdrogs åt W att ..." (a task), "Hälsades V välkommen" do not; "Lades protokollet ...
    till handlingarna" approves the minutes, "Beslöt konferensen att ..." and "Beslöts att A ersätter B som ledamot i
    presidiet" (at a presidiekonferens: the presidium) decide."""
    ex = extract(ctx, lines("Gemensam presidiekonferens 2077 Kalmar, Protokoll fört vid gemensam presidiekonferens",
                            "Tid: 2077-09-21, klockan 09.30–12.00", "",
                            "1 Konferensens öppnande",
                            "Förklarade ordföranden Maja Sandell konferensen öppnad. Hälsades Eva Lundh välkommen.", "",
                            "2 Föregående protokoll", "Lades protokollet från konferensen den 17 mars 2077 till "
                            "handlingarna.", "", "3 Äldres vård", "Redogjorde Tore Lindgren för läget i hemtjänsten. "
                            "Meddelade Greta Ödman att mottagningen öppnar.", "",
                            "4 Uppdrag", "Uppdrogs åt Nils Berglöf att sammanställa rutinerna.", "",
                            "5 Medel", "Beslöt presidiekonferensen att rekommendera huvudmännen att avsätta medlen.",
                            "",
                            "6 Presidiet", "Beslöts att Per Dahl ersätter Eva Lundh som ledamot i presidiet."))
    assert [p for _t, p in presenters(ex)][:4] == [["Maja Sandell"], [], ["Tore Lindgren", "Greta Ödman"], []]
    assert ("approve-protocol", 2) in kinds(ex)
    assert [k for k, item in kinds(ex) if item == 5] in (["other"], ["funding"])
    assert [d.group for d in ex.decisions if d.kind == "replacement"] == ["presidiet-lgl"]


def test_a_lettered_points_decisions(ctx: Context) -> None:
    """"4 § Val" / "a) Till justerare valdes X." / "b) Till vice ordförande i nätverket valdes Y.": two decisions of
    item 4."""
    ex = extract(ctx, lines(*HEAD, "1 § Mötet öppnas", "Ordföranden öppnade mötet.", "", "2 § Val",
                            "a) Till justerare valdes Tore Lindgren.",
                            "b) Till vice ordförande i nätverket valdes Maja Sandell.", "", "3 § Nästa möte",
                            "Nästa möte hålls i juni."))
    assert kinds(ex).count(("other", 2)) == 2


def test_a_title_sentence_with_an_abbreviations_stop(ctx: Context) -> None:
    """"§ 1 Mötet öppnades 13.15 av ordf. Maja Sandell" (no stop at its end): the whole line the title, Maja Sandell
    presenting (opening the meeting); "1. Mötet öppnades av ordf. Tore Lindgren. Alla hälsades välkomna." its first
    sentence."""
    ex = extract(ctx, lines(*HEAD, "§ 1 Mötet öppnades 13.15 av ordf. Maja Sandell", "§ 2 Val av justerare",
                            "Tore Lindgren valdes att justera protokollet.", "§ 3 Nästa möte", "Nästa möte i maj."))
    assert presenters(ex)[0] == ("Mötet öppnades 13.15 av ordf. Maja Sandell", ["Maja Sandell"])


def test_a_seat_in_a_group_named_with_its_county(ctx: Context) -> None:
    """"... ersätter Y som ledamot i Primärvårdsrådet i Kalmar län från den 1 februari": a replacement in that group
    (the draft defines it), not a decision of another kind."""
    ex = extract(ctx, lines(*HEAD, "§ 1 Val av ledamot i Primärvårdsrådet",
                            "BESLUT: Nämnden beslöt att Maja Sandell ersätter Tore Lindgren som ledamot i "
                            "Primärvårdsrådet", "i Kalmar län från den 1 februari 2078.", "", "§ 2 Nästa möte",
                            "Nästa möte hålls i maj."))
    assert [(d.kind, d.group) for d in ex.decisions] == [("replacement", "primarvardsradet-i-kalmar-lan")]


# --------------------------------------------------------------------------- the review: no line lost in silence


def test_a_persons_name_no_fact_took_is_listed_but_not_a_signatures(ctx: Context) -> None:
    """Rows of a table in an item whose names no fact took ("Mobila team       1. Maja Sande11 informerade om ...",
    a scan's digits in the name) are listed for the review, as a person's name no fact took (before: taken as a
    table's layout, lost in silence); the adjusting's field ("Justerare         Greta Ödman") and the name under "Vid
    protokollet" are not."""
    ex = extract(ctx, lines("Protokoll Beredningen 2077-03-04", "",
                            "Närvarande: Nils Berglöf, Borgholms kommun, Eva Lundh, Nybro kommun.", "",
                            "Justerare         Greta Ödman", "", "§ 1 Rapporter",
                            "Mobila team       1. Maja Sande11 informerade om de mobila teamen i länet.",
                            "Rapport LGL       2. Tore Lindgren rapporterade från ledningen.", "", "§ 2 Nästa möte",
                            "Nästa möte hålls 2077-05-06.", "", "Vid protokollet", "Eva Lundh"))
    assert (ex.prose_facts.get(8), ex.prose_facts.get(9)) == ("a person's name no fact took",) * 2
    assert 5 not in ex.prose_facts and 15 not in ex.prose_facts


def test_a_given_name_alone_elected_and_a_bisittare_list(ctx: Context) -> None:
    """"Sofia valdes till mötesordförande." / "Anita valdes till mötessekreterare." (the given names of the list's
    people): decisions of the item; "Bisittare: X (Org)." a list of others present; a word that is no given name
    ("Gruppen valdes till ...") elects no one."""
    ex = extract(ctx, lines("Protokoll för arbetsgruppsmöte 2077-10-09", "",
                            "Närvarande ur arbetsgruppen: Ludvigsson, Sofia (Kommunförbundet i Kalmar län); Hultgren, "
                            "Anita (Oskarshamns kommun).", "", "Bisittare: Abrahamsson, Daniel (Kommunförbundet i "
                            "Kalmar län).", "", "§1. Val av mötesordförande och mötessekreterare", "",
                            "Sofia valdes till mötesordförande.", "", "Anita valdes till mötessekreterare.", "",
                            "§2. Nästa möte", "", "Nästa möte hålls 2077-11-20."))
    assert kinds(ex).count(("other", 1)) == 2
    assert people(ex, "ovriga") == [("Daniel Abrahamsson", "kommunforbundet-i-kalmar-lan")]
