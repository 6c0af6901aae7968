"""Ingest rules of the thirty-third round, its second half (issue 13): shapes found on learn26/ and learn27/ (templates
of real public minutes of youth organisations, study associations and folk high schools; hunting, fishing and rural
associations; written beside fresh48/ and fresh49/ for development), and two on fresh46/: a meeting dated only in the
sentence opening it, its year in the title; paragraphs numbered after the meeting's number with a colon ("2:1
Öppnande") and the annexes far right; the formal clauses "att anse ... behörigen utlyst" and "att föreslå X att ...";
a clause written twice, the proposal's and the decision's; noting the previous minutes; a heading over a book of
protocols above the protocol's own title; a paragraph's long first sentence as its title; a rate per unit no sum;
guests welcomed by name in the first item; numbered sentences after a bullet and a colon.

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

from graph.ingest.extract_dates import _date_mentions
from graph.ingest.pipeline import Context

from .test_ingest_shapes import lines
from .test_ingest_shapes24 import kinds
from .test_ingest_structure import extract


def test_a_meeting_dated_in_the_sentence_opening_it_the_year_in_the_title(ctx: Context) -> None:
    """"Protokoll för gemensam presidiekonferens 2099" / ... / "1 Presidiekonferensens öppnande" / "X förklarade den
    gemensamma presidiekonferensen 2099 öppnad den 24 april 09.30 i Kalmarsalen": 2099-04-24, item 1 kept (before:
    no date, nothing drafted). A day and month in a sentence that opens nothing give no date."""
    def doc(opening: str) -> str:
        return lines("Länsgemensam ledning i samverkan - Gemensam presidiekonferens",
                     "Protokoll för gemensam presidiekonferens 2099", "", "1 Presidiekonferensens öppnande", opening,
                     "2 Val av mötesordförande", "att välja Anna Holm till mötesordförande.",
                     "3 Fastställande av föredragningslista", "att fastställa föredragningslistan.")
    ex = extract(ctx, doc("Emmy Holm hälsade alla välkomna och förklarade den gemensamma presidiekonferensen 2099 "
                          "öppnad den 24 april 09.30 i Kalmarsalen."))
    assert ex.date == "2099-04-24" and [it.n for it in ex.items] == [1, 2, 3]
    assert extract(ctx, doc("Emmy Holm hälsade alla välkomna. Kallelsen gick ut den 20 februari.")).date is None


def test_paragraphs_numbered_after_the_meetings_number_with_a_colon_and_annexes_far_right(ctx: Context) -> None:
    """"2:1 Öppnande", "2:2 Fastställande av föredragningslista      Bilaga 2:1", ... in protocol nr 2: items with
    no number of their own, the annex no part of the title (before: three items of ten, numbered 1, 3 and 5);
    "beslutade att notera föregående protokoll" approves the minutes (before: another decision)."""
    annex = " " * 30
    ex = extract(ctx, lines("LGL Protokoll nr 2", "Protokoll fört vid sammanträde med Länsgemensam ledning i Kalmar "
                            "län 2099-02-27.", "", "Närvarande ledamöter:", "Sofia Hartz", "Anna Hasselbom Trofast", "",
                            "2:1 Öppnande", "Sofia Hartz förklarade mötet öppnat.",
                            f"2:2 Fastställande av föredragningslista{annex}Bilaga 2:1",
                            "Länsgemensam ledning beslutade att fastställa föredragningslistan.",
                            f"2:3 Föregående protokoll{annex}Bilaga 2:2",
                            "Länsgemensam ledning beslutade att notera föregående protokoll.",
                            f"2:4 Rapportärenden{annex}Bilagor 2:3-2:9", "Rapporterna ansågs föredragna.",
                            "2:5 Avslutning", "Sofia Hartz förklarade mötet avslutat."))
    assert [(it.n, it.title) for it in ex.items] == [(None, "Öppnande"), (None, "Fastställande av föredragningslista"),
                                                     (None, "Föregående protokoll"), (None, "Rapportärenden"),
                                                     (None, "Avslutning")]
    assert ("approve-protocol", 13) in [(d.kind, d.lines[0]) for d in ex.decisions]


def test_formal_clauses_of_a_conference_and_a_clause_written_twice(ctx: Context) -> None:
    """"att anse presidiekonferensen behörigen utlyst." and "att föreslå Länsgemensam ledning att fastställa
    fördelningen." decide (before: neither a decision); "att välja X till mötessekreterare." written twice, the
    proposal's line and the decision's, is one decision at the second line (before: two)."""
    ex = extract(ctx, lines("Protokoll för gemensam presidiekonferens 2099-04-24", "", "Närvarande:",
                            "Emmy Holm, Region Kalmar län", "Anders Ek, Kalmar kommun", "",
                            "1 Val av mötessekreterare", "att välja Sanna Lund till mötessekreterare.",
                            "att välja Sanna Lund till mötessekreterare.",
                            "2 Beslut om presidiekonferensens behöriga utlysande",
                            "Kallelsen gick ut den 20 februari 2099.", "att anse presidiekonferensen behörigen utlyst.",
                            "3 Finansiering av ungdomsmottagningen 2100",
                            "Kostnaden för 2100 beräknas till 4,2 miljoner kronor.",
                            "att föreslå Länsgemensam ledning att fastställa fördelningen.",
                            "4 Övrigt", "Förvaltningen har i uppdrag att anse frågan utredd senare."))
    assert [(k, n) for k, n in kinds(ex)] == [("other", 1), ("other", 2), ("funding", 3)]
    assert [d.lines for d in ex.decisions][:2] == [(9, 9), (12, 12)]


def test_a_book_of_protocols_heading_over_the_protocols_own_dated_title(ctx: Context) -> None:
    """"Protokoll från Boendegruppens möten i Mörbylånga kommun sedan 2097." / "2099." / "Protokoll fört vid möte med
    Boendegruppen ... den 21 oktober 2099.": the meeting of 2099-10-21 (before: no date, nothing drafted); long first
    sentences after "§N." are the items' titles (before: the run broken at a sentence of over thirty words); "180 000
    kronor, motsvarande 30 000 kronor per lägenhet": one sum, the rate none (before: 210 000 in all)."""
    long = ("§6. Beslutades anslå 180 000 kronor, motsvarande 30 000 kronor per lägenhet, till möblering av sex "
            "träningslägenheter för personer som skrivs ut från den psykiatriska slutenvården, ur medlen inom "
            "överenskommelsen om utskrivning från sluten hälso- och sjukvård.")
    ex = extract(ctx, lines("Protokoll från Boendegruppens möten i Mörbylånga kommun sedan 2097.", "", "2099.", "",
                            "Protokoll fört vid möte med Boendegruppen i Mörbylånga kommun den 21 oktober 2099.", "",
                            "Närvarande ledamöter: Ann Stahl, Emma Halme och Liv Stjärnlöf.", "",
                            "§1. Mötet öppnades av gruppens ordförande Ann Stahl.", "",
                            "§2. Till sekreterare för mötet valdes Emma Halme.", "",
                            "§3. Protokollet från mötet den 16 september 2099 lades till handlingarna.", "",
                            "§4. Beslutades godkänna redogörelsen.", "", "§5. Gruppens redogörelse upplästes.", "",
                            long, "", "§7. Mötet avslutades av ordföranden."))
    assert ex.date == "2099-10-21"
    assert [it.n for it in ex.items] == [1, 2, 3, 4, 5, 6, 7]
    assert [(f.total, [p.amount for p in f.parts]) for f in ex.funding] == [(180000, [])]


def test_guests_welcomed_in_the_first_item_beside_the_members_the_second_names(ctx: Context) -> None:
    """"§ 1. X hälsade de närvarande välkomna, särskilt gästerna A, Org, och B, Org." before "§ 2. Närvaron
    antecknades. Från medlemsorganisationerna deltog ...": item 1 read, and the guests present beside the members
    (before: no item 1; with it read and no rule for its guests, the guests were lost)."""
    ex = extract(ctx, lines("HR-chefsnätverket i Kalmar län", "", "Protokoll fört vid HR-chefsnätverkets höstmöte "
                            "14.11.2084 kl. 13.00 i Kalmarsalen.", "",
                            "§ 1. Sammankallande Ingrid Borg hälsade de närvarande välkomna, särskilt gästerna Sanna "
                            "Hallgren, Kommunförbundet i Kalmar län, och Mikael Sund, Arbetsförmedlingen.", "",
                            "§ 2. Närvaron antecknades. Från medlemsorganisationerna deltog Tove Ahlin (Kalmar "
                            "kommun), Peter Ek (Region Kalmar län) och Agneta Runes (Västerviks kommun).", "",
                            "§ 3. Ingrid Borg avslutade mötet."))
    assert [it.n for it in ex.items] == [1, 2, 3]      # (before: no item 1, its sentence read before the items)
    got = {lst.kind: [e.name for e in lst.entries] for lst in ex.attendance}
    assert got["ovriga"] == ["Sanna Hallgren", "Mikael Sund"]
    assert got["ledamoter"] == ["Tove Ahlin", "Peter Ek", "Agneta Runes"]
    assert [p for p, _ in ex.items[0].presenters] == ["Ingrid Borg"]     # (the one welcoming; the guests attend)


def test_numbered_sentences_after_a_bullet_and_a_colon(ctx: Context) -> None:
    """" • 1: Karin Holm valdes till ordförande för mötet." and on: items 1, 2, 3, their titles the sentences (before:
    no items, the "Dagordning" heading over them an item of its own)."""
    ex = extract(ctx, lines("Årsmötesprotokoll", "", "Protokoll Föräldraföreningens årsmöte 19 september 2093", "",
                            "Närvarande från styrelsen: Karin Holm, Tobias Lind, Amira Hadd.", "", "Dagordning", "",
                            " • 1: Karin Holm valdes till ordförande för mötet.",
                            " • 2: Tobias Lind valdes till sekreterare för mötet.",
                            " • 3: Amira Hadd och Johan Bäck valdes till justerare.",
                            " • 4: Ordföranden förklarade mötet avslutat."))
    assert [(it.n, it.title) for it in ex.items] == [(1, "Karin Holm valdes till ordförande för mötet"),
                                                     (2, "Tobias Lind valdes till sekreterare för mötet"),
                                                     (3, "Amira Hadd och Johan Bäck valdes till justerare"),
                                                     (4, "Ordföranden förklarade mötet avslutat")]


def test_items_numbered_and_titled_in_the_left_margin_their_text_right(ctx: Context) -> None:
    """"1 Konferensens öppnande   Emmy Holm hälsade ..." / "                          och inbjudna välkomna ..." with
    no head over the two columns: each item's title left, its text right (before: no items); "X delade ut
    utmärkelsen" presents (before: no presenter). A table of contents, its page numbers far right, is no such table."""
    pad = " " * 26

    def row(left: str, text: str) -> str:
        return left.ljust(26) + text

    ex = extract(ctx, lines("LÄNSGEMENSAM LEDNING I SAMVERKAN", row("", "Gemensam presidiekonferens"), "",
                            row("Tid", "2099-11-13"), row("Plats", "Kalmarsalen, Regionhuset, Kalmar"), "",
                            row("Förtroendevalda", "Emmy Holm, Region Kalmar län"),
                            pad + "Anders Ek, Kalmar kommun", "",
                            row("1 Konferensens öppnande", "Emmy Holm hälsade förtroendevalda, tjänstepersoner"),
                            pad + "och inbjudna välkomna och förklarade konferensen öppnad.", "",
                            row("2 Val av justerare", "Till att justera protokollet valdes Anders Ek."), "",
                            row("3 Årets insats", "Anders Ek delade ut utmärkelsen Årets insats 2099 till"),
                            pad + "Bostad först-teamet i Nybro kommun.", "",
                            row("4 Avslutning", "Emmy Holm tackade för dagen och förklarade konferensen"),
                            pad + "avslutad."))
    assert [(it.n, it.title, [p for p, _ in it.presenters]) for it in ex.items] == [
        (1, "Konferensens öppnande", ["Emmy Holm"]), (2, "Val av justerare", []), (3, "Årets insats", ["Anders Ek"]),
        (4, "Avslutning", ["Emmy Holm"])]
    toc = extract(ctx, lines("Protokoll Länsgemensam ledning 2089-03-10", "", "Närvarande: Anna Holm, Per Ek", "",
                             "Innehållsförteckning" + " " * 50 + "Sid", "§ 9  Mötets öppnande".ljust(70) + "4",
                             "§ 10  Val av justerare".ljust(70) + "4", "§ 11  Föregående protokoll".ljust(70) + "4", "",
                             "§ 9  Mötets öppnande", "Anna Holm öppnade mötet.", "", "§ 10  Val av justerare",
                             "Per Ek valdes.", "", "§ 11  Föregående protokoll", "Protokollet godkändes."))
    assert [(it.n, it.lines[0]) for it in toc.items] == [(9, 10), (10, 13), (11, 16)]


def test_headings_in_capitals_with_no_blank_lines(ctx: Context) -> None:
    """A PDF's text layer, no blank lines: "SAMMANTRÄDETS ÖPPNANDE", "PROTOKOLLFÖRARE", "DAGORDNING", "STIMULANSMEDEL
    BOSTAD FÖRST 2100" over their sentences are items (before: none of them); a list's heading in capitals over names
    ("LEDAMÖTER" / "Sofia Holm") is no item."""
    ex = extract(ctx, lines("Protokoll (nr 5/2099) fört vid sammanträde med Länsgemensam ledning i Kalmar län.",
                            "Dag och tid: Onsdagen den 14 oktober 2099, kl. 09:00", "LEDAMÖTER", "Sofia Holm, ordf",
                            "Anna Ek", "PROTOKOLLFÖRARE",
                            "Ledningen beslutade att utse Margit Lund till protokollförare.",
                            "DAGORDNING", "Ledningen beslutade att godkänna föreslagen dagordning.",
                            "INFORMATION FRÅN PRESIDIET", "Sofia Holm informerade från presidiemötet.",
                            "STIMULANSMEDEL BOSTAD FÖRST 2100", "Helene Wendel redovisade förslaget.",
                            "Ledningen beslutade att fördela medlen enligt förslaget.", "NÄSTA SAMMANTRÄDE",
                            "Nästa sammanträde genomförs den 9 december 2099."))
    assert [it.title for it in ex.items] == ["PROTOKOLLFÖRARE", "DAGORDNING", "INFORMATION FRÅN PRESIDIET",
                                             "STIMULANSMEDEL BOSTAD FÖRST 2100", "NÄSTA SAMMANTRÄDE"]
    assert [e.name for lst in ex.attendance for e in lst.entries] == ["Sofia Holm", "Anna Ek"]


def test_a_short_report_of_a_meeting_its_number_before_the_date_and_those_meeting_before_the_verb(
        ctx: Context) -> None:
    """"Kortfattat från nätverksträff 1 20990211" / "A, Mönsterås kommun, B, Torsås kommun, ... och G, Kommunförbundet i
    Kalmar län, träffades i Kalmarsunds gymnasieförbunds lokaler i Kalmar.": the meeting of 2099-02-11 and its seven
    present with their organisations (before: read as no protocol). A telephone number before a date-like number is
    still no date."""
    ex = extract(ctx, lines("Nätverket för skolsköterskor och kuratorer i Kalmar län", "",
                            "Kortfattat från nätverksträff 1 20990211", "",
                            "Ingrid Sahl, Mönsterås kommun, Lisa Holm, Torsås kommun,",
                            "Amir Haddad, Kalmar kommun, och", "Sofia Lund, Kommunförbundet i Kalmar län, träffades i "
                            "Kalmarsunds gymnasieförbunds", "lokaler i Kalmar.",
                            "Anteckningarna från förra nätverksträffen den 3 december 2098 lades till handlingarna."))
    assert ex.date == "2099-02-11"
    assert [(e.name, e.org) for lst in ex.attendance for e in lst.entries] == [
        ("Ingrid Sahl", "monsteras-kommun"), ("Lisa Holm", "torsas-kommun"), ("Amir Haddad", "kalmar-kommun"),
        ("Sofia Lund", "kommunforbundet-i-kalmar-lan")]
    assert _date_mentions("Telefon 0480 20990211") == []


def test_a_lettered_sub_item_after_its_items_number_and_old_passive_forms(ctx: Context) -> None:
    """"6. Boendeärenden." / "6. a) Sociala kontrakt ..." / "6. b) ...": item 6 and the items after it (before: the
    numbering broken at "6. a)", items 6-10 lost); "Protokollet ... föredras och läggs med godkännande till
    handlingarna." approves the minutes and "Som ny ledamot i X väljes A efter B." replaces B (before: neither)."""
    ex = extract(ctx, lines("PROTOKOLL FÖRT VID SAMMANTRÄDE MED SOCIALNÄMNDENS ARBETSUTSKOTT I VÄSTERVIKS KOMMUN "
                            "ONSDAGEN DEN 8 JULI 2099", "",
                            "Närvarande ledamöter: Gunnel Åker (S) ordf., Henrik Strand (M), Ove Kjell (SD).", "",
                            "1. Sammanträdet öppnas.", "Sammanträdet öppnas av ordf. Gunnel Åker.",
                            "2. Föregående protokoll.", "Protokollet från sammanträdet den 10 juni 2099 föredras och "
                            "läggs med godkännande", "till handlingarna.", "3. Boendeärenden.",
                            "3. a) Sociala kontrakt 2100.", "Enhetschef Maud Arle föredrar förslaget.",
                            "3. b) Bostad först.", "Arbetsutskottet beslutar att förlänga försöksverksamheten.",
                            "4. Val av ledamot i Länsnätverket för boendestöd i Kalmar län.",
                            "Som ny ledamot i Länsnätverket för boendestöd i Kalmar län väljes Petra Sjödin",
                            "efter Janita Kirch.", "5. Sammanträdet avslutas.", "Ordf. tackar de närvarande."))
    assert [it.n for it in ex.items if it.parent is None] == [1, 2, 3, 4, 5]
    assert [(k, n) for k, n in kinds(ex) if k != "other"] == [("approve-protocol", 2), ("replacement", 4)]
    replaced = next(d for d in ex.decisions if d.kind == "replacement")
    assert (replaced.new, replaced.replaced) == ("Petra Sjödin", "Janita Kirch")


def test_a_bullet_and_a_number_alone_over_the_title_and_the_kind_of_item_after_a_title(ctx: Context) -> None:
    """" •   2" / "     Justering" / " • Ola Karl utses att justera protokollet.": items 2, 3 and 4 (before: none);
    "5. Budget för hösten (Beslutspunkt)": the title "Budget för hösten" (before: the bracket kept)."""
    ex = extract(ctx, lines("Barn- och utbildningsnämndens arbetsutskott, Vimmerby kommun", "Möte 2099-03-17",
                            "Plats: Stadshuset", "", " •   Närvarande", "     Eva Berg (S), ordförande",
                            "     Ola Karl (C), vice ordförande", " •   2", "     Justering",
                            " • Ola Karl utses att justera protokollet.", " •   3",
                            "     Fastställande av föredragningslista", " • Arbetsutskottet fastställer "
                            "föredragningslistan.", " •   4", "     Informationer", " • Informationen noteras."))
    assert [(it.n, it.title) for it in ex.items] == [(2, "Justering"), (3, "Fastställande av föredragningslista"),
                                                     (4, "Informationer")]
    ex = extract(ctx, lines("Protokoll Ungdomsrådet 2099-05-20", "", "Närvarande: Elsa Holm, Omar Ek", "",
                            "1. Mötets öppnande (Beslutspunkt)", "Elsa Holm öppnade mötet.", "",
                            "2. Meddelanden (Informationspunkt)", "Inga meddelanden.", "",
                            "3. Budget för hösten (för beslut)", "Rådet beslutade att godkänna budgeten."))
    assert [it.title for it in ex.items] == ["Mötets öppnande", "Meddelanden", "Budget för hösten"]
