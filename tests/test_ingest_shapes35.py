"""Ingest rules of the thirty-fifth round (issue 13), first half: shapes found on fresh50/ and fresh51/ (the held-out
parts of round 34, opened in this round): numbered titles with the item's text run on after them on the line (" 1.
Konferensens öppnande Ordförande X hälsade ..."), a title and its text parted by a semicolon ("1. Mötet öppnas; X
hälsar välkommen", "4. Sekreterare; Linda Holm": the one elected, no presenter), a running list of names wrapped at
its "och" with the last name and a stop on the next line, a list's label with a semicolon for its colon
("Adjungerade; X och Y."), and items' numbers alone on their lines, with a stop or without, over their titles.

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

from graph.ingest.pipeline import Context

from .test_ingest_shapes import lines
from .test_ingest_shapes27 import presenters
from .test_ingest_structure import extract


def test_numbered_titles_with_their_text_run_on(ctx: Context) -> None:
    """Three numbered titles or more with a sentence run on after them: the title alone, the sentence's subject its
    presenter (before: the whole line the title); "Under punkten Val av justerare valdes ..." is no title "Under
    punkten", and a numbered sentence ("Jabil Seven ersätter ...", "Nästa möte hålls 2033-12-07") keeps its line."""
    ex = extract(ctx, lines(
        "Protokoll fört vid gemensam presidiekonferens 26 september 2031",
        "Närvarande: Emmy Ahlstedt, Andreas Erlandsson och Maud Lindqvist.",
        " 1. Konferensens öppnande Ordförande Emmy Ahlstedt hälsade välkomna och öppnade konferensen",
        " 2. Val av justerare Maud Lindqvist valdes",
        " 3. Fråga om konferensens utlysande Konferensen fann att den utlysts korrekt",
        " 4. Ofrivillig ensamhet Andreas Erlandsson redogjorde för den länsgemensamma satsningen.",
        " 5. Konferensens avslutande Emmy Ahlstedt tackade och avslutade konferensen"))
    assert [it.title for it in ex.items] == ["Konferensens öppnande", "Val av justerare",
                                             "Fråga om konferensens utlysande", "Ofrivillig ensamhet",
                                             "Konferensens avslutande"]
    assert ("Ofrivillig ensamhet", ["Andreas Erlandsson"]) in presenters(ex)
    sentences = extract(ctx, lines(
        "Protokoll fört vid möte med samordnande grupp Barn och unga 2033-10-12",
        "Närvarande: Cecilia Holm, Petra Hornstra och Jabil Seven.",
        " 1. Under punkten Val av justerare valdes Petra Hornstra.",
        " 2. Under punkten Föregående protokoll lades protokollet till handlingarna.",
        " 3. Under punkten Ny ledamot Jabil Seven ersätter Eva Berggren i gruppen.",
        " 4. Nästa möte hålls 2033-12-07 i Kalmar.",
        " 5. Jabil Seven ersätter Eva Berggren som Vimmerby kommuns representant i gruppen."))
    # ("Under punkten X ...": the title X, `under_point_title`, never "Under punkten")
    assert [it.title for it in sentences.items][0] == "Val av justerare"
    assert all(it.title != "Under punkten" for it in sentences.items)
    assert all(len(it.title.split()) > 3 for it in sentences.items[3:])


def test_titles_parted_from_their_text_by_a_semicolon(ctx: Context) -> None:
    """"1. Mötet öppnas; Sanna Holm hälsar välkommen": the title before the semicolon (before: the whole line); "3. Val
    av ordförande; Sanna Holm", "4. Sekreterare; Linda Johanson": the one elected, a decision, no presenter."""
    ex = extract(ctx, lines(
        "Nätverket för anhörigkonsulenter i Kalmar län", "Nätverksträff 28 januari 2031", "",
        "Närvarande; Sanna Holm (Kommunförbundet i Kalmar län), Linda Johanson (Högsby kommun), "
        "Eva Berggren (Vimmerby kommun)", "",
        " 1. Mötet öppnas; Sanna Holm hälsar välkommen och öppnar mötet",
        " 2. Val av ordförande; Sanna Holm",
        " 3. Sekreterare; Linda Johanson",
        " 4. Protokolljusterare; Eva Berggren",
        " 5. Uppsökande verksamhet; Eva Berggren berättar om hembesöken hos personer över 80 år.",
        " 6. Nästa möte; 25 mars 2031 kl 9-12 i Nybro"))
    assert [it.title for it in ex.items] == ["Mötet öppnas", "Val av ordförande", "Sekreterare", "Protokolljusterare",
                                             "Uppsökande verksamhet", "Nästa möte"]
    assert dict(presenters(ex)) == {"Mötet öppnas": ["Sanna Holm"], "Val av ordförande": [], "Sekreterare": [],
                                    "Protokolljusterare": [], "Uppsökande verksamhet": ["Eva Berggren"],
                                    "Nästa möte": []}
    assert sorted(d.lines[0] for d in ex.decisions if d.kind == "other") == [7, 8, 9]
    # (one semicolon in a protocol is no form of its titles: the line stays whole)
    one = extract(ctx, lines(
        "Nätverket för anhörigkonsulenter i Kalmar län", "Nätverksträff 28 januari 2031", "",
        " 1. Mötet öppnas", " 2. Budget; fördelningen av medlen diskuterades", " 3. Nästa möte"))
    assert [it.title for it in one.items][1].startswith("Budget; fördelningen")


def test_a_running_list_wrapped_at_its_och_and_a_label_with_a_semicolon(ctx: Context) -> None:
    """"Närvarande;" over "A, B, C och" / "D." and "Adjungerade; E och F.": the members A-D and the others E and F
    (before: no list read, the members lost)."""
    ex = extract(ctx, lines(
        "SAMORDNANDE GRUPP ÄLDRE", "Protokoll fört vid GRUPPMÖTE 2031-03-11 Teams kl. 13.00 -15.30",
        "Närvarande;", "Lotta Lindgren, Pernilla Mosen, Eva Berggren, Karin Albertz och", "Madeleine Rosenkvist.",
        "Förhinder;", "Per Adolfsson och Eva Berglund.", "Adjungerade; Sanna Hallgren och Marie Ragnarsson.",
        "1. Öppnande", "Lotta Lindgren öppnar mötet och hälsar välkomna.",
        "2. Representation", "Madeleine Rosenkvist ersätter Eva Berglund som Vimmerby kommuns ledamot i gruppen."))
    lists = {lst.kind: [e.name for e in lst.entries] for lst in ex.attendance}
    assert lists["ledamoter"] == ["Lotta Lindgren", "Pernilla Mosen", "Eva Berggren", "Karin Albertz",
                                  "Madeleine Rosenkvist"]
    assert lists["ovriga"] == ["Sanna Hallgren", "Marie Ragnarsson"]
    # (a sentence wrapped at its "och" is no list line: "Gruppen beslutade att X och" / "Y tar fram underlaget.")
    prose = extract(ctx, lines(
        "SAMORDNANDE GRUPP ÄLDRE", "Protokoll fört vid GRUPPMÖTE 2031-03-11", "Närvarande: Lotta Lindgren.",
        "1. Öppnande", "Gruppen beslutade att Lotta Lindgren, Pernilla Mosen och", "Eva Berggren tar fram underlaget.",
        "2. Avslutning", "Lotta Lindgren avslutar mötet."))
    assert [e.name for lst in prose.attendance for e in lst.entries] == ["Lotta Lindgren"]


def test_numbers_alone_over_their_titles_with_a_stop_or_without(ctx: Context) -> None:
    """"1." / "Öppnande" / text / "2" / "GEMENSAM VERKSAMHET" / text / "3" / "Representation" / ...: one numbering
    (before: "1." alone an item, the numbers without a stop page numbers, nothing else read); numbers alone all with
    their stops stay as they were, a long title under one of them too."""
    ex = extract(ctx, lines(
        "SAMORDNANDE GRUPP ÄLDRE", "Protokoll fört vid GRUPPMÖTE 2031-03-11",
        "Närvarande: Lotta Lindgren, Sanna Hallgren.",
        "1.", "Öppnande", "Lotta Lindgren öppnar mötet och hälsar välkomna.",
        "2", "GEMENSAM VERKSAMHET", "Sanna Hallgren rapporterar om utfallet 2030.",
        "3", "Representation", "Madeleine Rosenkvist ersätter Eva Berglund som Vimmerby kommuns ledamot i gruppen.",
        "4", "Nästa möte", "Den 13 maj 2031 kl. 13.00, Teams."))
    assert [(it.n, it.title) for it in ex.items] == [(1, "Öppnande"), (2, "GEMENSAM VERKSAMHET"), (3, "Representation"),
                                                     (4, "Nästa möte")]
    dots = extract(ctx, lines(
        "Protokoll fört vid gemensam presidiekonferens 2077-04-16", "Närvarande: Andreas Erlandsson, Lena Holm.",
        "1.", "Konferensens öppnande", "Andreas Erlandsson öppnade konferensen.",
        "2.", "Val av ordförande för konferensen", "Föreslogs och valdes Andreas Erlandsson.",
        "3.", "Val av två justerare för att tillsammans med ordföranden justera protokollet",
        "Föreslogs och valdes Lena Holm.", "4.", "Konferensens avslutande", "Andreas Erlandsson avslutade."))
    assert [it.n for it in dots.items] == [1, 2, 3, 4]


def test_a_heading_of_members_matters_is_no_list(ctx: Context) -> None:
    """"Ledamotsärenden" over an item's text ("Helene Wendel skolchef Kalmar kommun ..."): an item's matters, no list
    of members; the meeting's "Deltagare:" stay its members (before: Helene Wendel a member, the participants not)."""
    ex = extract(ctx, lines(
        "Sammanträde Länsgemensam ledning 17 mars 2032", "Plats: Regionhuset, Kalmar",
        "Deltagare: Sofia Hartz (SH), Anna Hasselbom Trofast (AHT), Mats Petersson (MP)",
        "Frånvarande: Patrik Glasberg", "", "", "Dagordningens godkännande", "Dagordningen godkändes.", "", "",
        "Ledamotsärenden", "Ny ledamot i samordnande grupp Barn och unga",
        "Helene Wendel skolchef Kalmar kommun (tidigare rektor Lindsdalsskolan)",
        "Beslut: Helene Wendel ersätter Patrik Olsen som ledamot i samordnande grupp Barn och unga."))
    lists = {lst.kind: [e.name for e in lst.entries] for lst in ex.attendance}
    assert lists.get("ledamoter") == ["Sofia Hartz", "Anna Hasselbom Trofast", "Mats Petersson"]


# --------------------------------------------------------------------------- second half: learn30/, learn31/


def test_a_date_with_the_ordinals_stop(ctx: Context) -> None:
    """"Protokoll FÖR LÄNSGEMENSAM LEDNINGS MÖTE I KALMAR ONSDAG DEN 21. JANUARI 2036": 21 January 2036 (before: no
    date, nothing drafted); "§ 3. Mars" is a paragraph, no date."""
    from graph.ingest.extract_dates import _parse_date
    assert _parse_date("ONSDAG DEN 21. JANUARI 2036 KL 09.00-12.00", None) == "2036-01-21"
    assert _parse_date("från L-MÖTE 6/35 den 10. december 2035 i Kalmar", None) == "2035-12-10"
    assert _parse_date("§ 3. Mars 2036", None) is None


def test_items_numbered_through_the_year_after_a_bodys_letters(ctx: Context) -> None:
    """"L-ÄRENDE 1/36 Godkännande av dagordning": item 1 titled "Godkännande av dagordning" (before: no item); "Johanna
    Fors blev vald till protokolljusterare.": an election."""
    ex = extract(ctx, lines(
        "Protokoll FÖR LÄNSGEMENSAM LEDNINGS MÖTE I KALMAR ONSDAG DEN 21. JANUARI 2036 KL 09.00-12.00",
        "Plats: Regionhuset, sal Öland, Kalmar", "Deltagare: Sofia Hartz, Johanna Fors, Helene Wendell", "",
        "L-ÄRENDE 1/36 Godkännande av dagordning och val av protokolljusterare", "Dagordningen godkänd.",
        "Johanna Fors blev vald till protokolljusterare.", "",
        "L-ÄRENDE 2/36 Medel för kompetensinsatser 2036", "Helene Wendell redogör för förslaget.", "",
        "L-ÄRENDE 3/36 Mötesplan", "Nästa möte hålls den 18. mars 2036."))
    assert ex.date == "2036-01-21"
    assert [(it.n, it.title) for it in ex.items] == [(1, "Godkännande av dagordning och val av protokolljusterare"),
                                                     (2, "Medel för kompetensinsatser 2036"), (3, "Mötesplan")]
    assert [d.lines for d in ex.decisions if d.kind == "other"] == [(7, 7)]


def test_numbered_titles_in_a_margin_beside_their_text(ctx: Context) -> None:
    """"1. Mötets öppnande        Ordf. Isabell Holm öppnade mötet ..." (the number and title in the left column, the
    text in the right one): the item titled "Mötets öppnande" (before: no item read); a row naming a presenter beside
    the title ("1. Budget        Per Ek") is no text."""
    pad = " " * 8
    ex = extract(ctx, lines(
        "HR-CHEFSNÄTVERKET I KALMAR LÄN", "", f"Nätverksmöte{' ' * 40}Protokoll  2 / 36", "",
        "torsdagen den 16 april 2036, i Kommunförbundets lokaler, Kalmar, kl. 13.00.", "",
        "Närvarande:  Isabell Holm, Nybro kommun", "             Daniel Abrahamsson, Kommunförbundet i Kalmar län", "",
        f"1. Mötets öppnande{pad}Ordf. Isabell Holm öppnade mötet kl. 13.05 och häl-",
        f"{' ' * 26}sade deltagarna välkomna.", "",
        f"2. Föredragningslistan{pad}Föredragningslistan godkändes med ett tillägg.", "",
        f"3. Kompetensförsörjning{pad}Daniel Abrahamsson redogjorde för läget i länet.", "",
        f"4. Mötets avslutande{pad}Ordföranden tackade och avslutade mötet."))
    assert [(it.n, it.title) for it in ex.items] == [(1, "Mötets öppnande"), (2, "Föredragningslistan"),
                                                     (3, "Kompetensförsörjning"), (4, "Mötets avslutande")]


def test_an_announced_agenda_with_a_sub_item_and_its_items_labelled_with_colons(ctx: Context) -> None:
    """"Dagordning:" / "1. Mötets öppnande" / ... / "3. Övriga frågor" / "3.1 Julfika" / "4. Mötets avslutande", then
    "1. Mötets öppnande: Mötet förklarades öppnat." ...: the agenda announced (before: a sub-item's line between two of
    its titles made it the items themselves), each item titled as announced, its short text after the colon, and the
    sub-item "3.1 Julfika: Emma Holm ordnar julfika." titled "Julfika"."""
    ex = extract(ctx, lines(
        "Mötesprotokoll Referensgruppen för skyddat boende i Kalmar län", "Datum: 2036-12-09", "",
        "Dagordning:", "1. Mötets öppnande", "2. Mötets behörighet", "3. Övriga frågor", "3.1 Julfika",
        "4. Mötets avslutande", "",
        "1. Mötets öppnande: Mötet förklarades öppnat av Liv Holm.",
        "2. Mötets behörighet: Mötet förklarades behörigt.",
        "3. Övriga frågor:", "3.1 Julfika: Emma Holm ordnar julfika till nästa möte.",
        "4. Mötets avslutande: Mötet förklarades avslutat.", "", "Närvarande:", "Liv Holm, Region Kalmar län",
        "Emma Holm, Mönsterås kommun"))
    assert [(it.n, it.title, it.lines[0]) for it in ex.items if it.parent is None] == [
        (1, "Mötets öppnande", 11), (2, "Mötets behörighet", 12), (3, "Övriga frågor", 13),
        (4, "Mötets avslutande", 15)]
    assert [it.title for it in ex.items if it.parent is not None] == ["Julfika"]


def test_a_bodys_line_over_a_date_field_and_a_two_column_list_after_its_label(ctx: Context) -> None:
    """"Nätverket för kvinnofridssamordnare i Kalmar län" / "Datum: 2036-09-24": the title and the meeting's date
    (before: no title, nothing drafted); "Närvarande: A, Org, ordf      B, Org, sekr." over "   C, Org      D, Org":
    four entries, each with its organisation (before: C's organisation ran on into D)."""
    pad = " " * 8
    ex = extract(ctx, lines(
        "Nätverket för kvinnofridssamordnare i Kalmar län", "Datum: 2036-09-24",
        f"Närvarande: Linda Johanson, Vimmerby kommun, ordf{pad}Sanna Hallgren, Kommunförbundet i Kalmar län, sekr.",
        f"            Jeanette Sandstrom, Borgholms kommun{pad}Karin Berggren, Mörbylånga kommun",
        "§1. Linda Johanson hälsade alla välkomna och förklarade mötet öppnat.",
        "§2. Protokollet från mötet 2036-06-04 gicks igenom och godkändes.",
        "§3. Mötet avslutades."))
    assert ex.date == "2036-09-24" and len(ex.items) == 3
    entries = [(e.name, e.org) for lst in ex.attendance for e in lst.entries]
    assert ("Jeanette Sandstrom", "borgholms-kommun") in entries and ("Karin Berggren", "morbylanga-kommun") in entries


def test_a_web_pages_menu_word_is_no_title(ctx: Context) -> None:
    """A page's menu ("Start" / "Gruppen" / "Protokoll" / "Kalender") above "Gruppmötesprotokoll" / the body /
    "Gruppmöte 2036-10-15 kl. 13.00 ...": the protocol's title and date below the menu (before: the menu's "Protokoll"
    the title, no date, nothing drafted)."""
    ex = extract(ctx, lines(
        "Samordnande grupp Barn och ungaStart", " ", "Gruppen", " ", "Protokoll", " ", "Kalender", " ", "Kontakt",
        "Gruppmötesprotokoll", "SAMORDNANDE GRUPP BARN OCH UNGA", " ",
        "Gruppmöte 2036-10-15 kl. 13.00 i Kommunförbundets lokal, Storgatan 10, Kalmar.",
        "Närvarande: Pernilla Gustafsson (Torsås kommun), Petra Hornstra (Region Kalmar län).", " ",
        "1. Föregående protokoll från 2036-09-03 genomlästes och godkändes.", " ",
        "2. Skrivelser och rapporter", "Petra Hornstra informerade om Barnahus halvårsrapport.", " ",
        "3. Mötet avslutas kl. 15.40."))
    assert ex.date == "2036-10-15" and ex.title_line == 10
    assert [e.name for lst in ex.attendance for e in lst.entries] == ["Pernilla Gustafsson", "Petra Hornstra"]


def test_a_spelling_that_lacks_a_diacritic_at_another_employer_is_unsure(ctx: Context) -> None:
    """"Marie Löof" of Hultsfreds kommun beside the known Marie Lööf of Högsby kommun: unsure, never merged (before:
    known at 1.00, a wrong merge in learn31); the same spelling at her own kommun, the name with no diacritics at all
    (a scan's or a plain export's) or with all of hers stay known."""
    m = ctx.matcher
    assert m.match("Marie Löof", orgs=["hultsfreds-kommun"]).status == "uncertain"
    assert m.match("Marie Löof", orgs=["hogsby-kommun"]).status == "known"
    assert m.match("Marie Loof", orgs=["hultsfreds-kommun"]).status == "known"
    assert m.match("Marie Lööf", orgs=["hultsfreds-kommun"]).status == "known"


def test_paragraphs_under_a_lists_numbers_and_one_titled_by_a_sentence(ctx: Context) -> None:
    """" 1. § 1" / "Mötet öppnas" / ... / " 4. Sofia Holm (utvecklingsledare, Org) presenterar ..." / " 5. § 5" / ...:
    the paragraphs 1-5, the fourth titled by its sentence and presented by its subject (before: the paragraphs lost
    among the list's numbers); a list point "4." inside a paragraph's text stays its text."""
    ex = extract(ctx, lines(
        "Möte 2036-05-07", "", "Gruppen för kompetensförsörjning i Kalmar län", "Plats: Kommunförbundet i Kalmar län",
        "", "Närvarande ledamöter", "Kerstin Holmér, Kalmar kommun, ordförande", "Maja Lindfors, Västerviks kommun",
        "Närvarande tjänstepersoner", "Sofia Ludvigsson, Kommunförbundet i Kalmar län", "",
        " 1. § 1", "  Mötet öppnas", "  Ordförande hälsar alla välkomna och förklarar mötet öppnat.",
        " 2. § 2", "  Val av protokollsjusterare", "  Maja Lindfors väljs till protokollsjusterare.",
        " 3. § 3", "  Godkännande av dagordningen", "  Dagordningen godkänns.",
        " 4. Sofia Ludvigsson (utvecklingsledare, Kommunförbundet i Kalmar län) presenterar gruppens uppdrag.",
        "  Gruppen ställer sig bakom uppdragsbeskrivningen.",
        " 5. § 5", "  Mötet avslutas", "  Ordförande tackar för mötet."))
    assert [it.n for it in ex.items] == [1, 2, 3, 4, 5]
    assert [it.title for it in ex.items][:3] == ["Mötet öppnas", "Val av protokollsjusterare",
                                                 "Godkännande av dagordningen"]
    assert [p for p, _ in ex.items[3].presenters] == ["Sofia Ludvigsson"]


def test_a_sentence_of_presence_with_a_given_name_the_rules_do_not_know_and_the_minutes_keeper(ctx: Context) -> None:
    """"Vid mötet deltog A (Org), B (Org), Amira Haddad (Org) och C (Org). Anteckningar fördes av Nils Hägg.": all
    four take part (before: the list stopped at the unknown given name) and the keeper of the minutes is present
    beside them, with no organisation (before: dropped for it)."""
    ex = extract(ctx, lines(
        "Minnesanteckningar", "Sammanträde med arbetsgruppen för validering av undersköterskor i Kalmar län", "",
        "Onsdagen den 10e juni 2036 sammanträdde arbetsgruppen i Västervik.", "",
        "Vid mötet deltog Maria Hultenius (Torsås kommun), Ahmed Warsame (Västerviks kommun),",
        "Amira Haddad (Kalmarsunds gymnasieförbund) och", "Emma Magnusson (Mönsterås kommun). Anteckningar fördes av "
        "Nils Hägg.", "", "Ordförande för mötet förklarade sammanträdet öppnat.",
        "Det beslutades att ett möte ska hållas den 9 september 2036 i Kalmar."))
    lists = {lst.kind: [e.name for e in lst.entries] for lst in ex.attendance}
    assert lists["ledamoter"] == ["Maria Hultenius", "Ahmed Warsame", "Amira Haddad", "Emma Magnusson"]
    assert lists["ovriga"] == ["Nils Hägg"]
    # (a name of an unknown given name and no organisation in brackets stays out: "Zorblax Quint")
    no_org = extract(ctx, lines(
        "Minnesanteckningar", "Sammanträde med arbetsgruppen för validering av undersköterskor i Kalmar län", "",
        "Onsdagen den 10e juni 2036 sammanträdde arbetsgruppen i Västervik.", "",
        "Vid mötet deltog Maria Hultenius (Torsås kommun), Zorblax Quint och Emma Magnusson (Mönsterås kommun).", "",
        "Det beslutades att ett möte ska hållas den 9 september 2036 i Kalmar."))
    assert "Zorblax Quint" not in [e.name for lst in no_org.attendance for e in lst.entries]


def test_others_present_named_after_the_lists_stop_on_its_line(ctx: Context) -> None:
    """"Närvarande: A (Org), B (Org)," / "C (Org). Dessutom deltog D (Region Kalmar län)" / "under förmiddagen.": A-C
    the members, D present beside them (before: "Dessutom deltog D" a member)."""
    ex = extract(ctx, lines(
        "Arbetsgruppen för samverkan skola-socialtjänst-BUP i Kalmar län", "", "Arbetsgruppsmöte den 18 november 2032",
        "", "Närvarande: Chris Landergren (Region Kalmar län), Maria Hultenius (Torsås kommun),",
        "Tomas Zander (Borgholms kommun). Dessutom deltog Niklas Theodorsson (Region Kalmar län)", "under förmiddagen.",
        "", "Väntetider", "", "Chris Landergren talade om väntetiderna till första besök.", "",
        "Nästa möte", "", "Nästa möte hålls den 20 januari 2033 i Kalmar."))
    lists = {lst.kind: [e.name for e in lst.entries] for lst in ex.attendance}
    assert lists["ledamoter"] == ["Chris Landergren", "Maria Hultenius", "Tomas Zander"]
    assert lists["ovriga"] == ["Niklas Theodorsson"]


def test_paragraphs_with_their_text_after_a_dash(ctx: Context) -> None:
    """"§4. Val av sekreterare för konferensen – Niklas Holm", "§7. Protokollet från ... – Föredrogs av sekreteraren
    och godkändes.", "§10. Val av ordförande 2037 – Beslöts Emmy Ahlstedt, Region Kalmar län, 1 år, omval.": the
    titles before the dash (before: the whole line, or "Budget" cut from "Budget 2037 för ..."), the elected no
    presenters and their elections decisions; "§1. Ordföranden Emmy Ahlstedt hälsade alla välkomna." keeps its
    line (a role before its holder's name, no title "Ordföranden")."""
    ex = extract(ctx, lines(
        "PROTOKOLL FRÅN GEMENSAM PRESIDIEKONFERENS 2036", "", "Tid: Klockan 09:30 Torsdagen den 20.11.2036",
        "Närvarande: Emmy Ahlstedt (Region Kalmar län), Andreas Erlandsson (Oskarshamns kommun).",
        "Tjänstepersoner: Sofia Hartz, Niklas Teodorsson.", "",
        "§1. Ordföranden Emmy Ahlstedt hälsade alla välkomna.", "",
        "§2. Dagordningen fastställdes för konferensen – Godkändes", "",
        "§3. Val av sekreterare för konferensen – Niklas Teodorsson", "",
        "§4. Protokollet från presidiekonferensen den 24 april 2036 – Föredrogs av sekreteraren och godkändes.", "",
        "§5. Budget 2037 för det länsgemensamma kvinnofridsarbetet – Sofia Hartz föredrog budgeten.", "",
        "§6. Val av ordförande för presidiet 2037 – Beslöts Emmy Ahlstedt, Region Kalmar län, 1 år, omval.", "",
        "§7. Övriga frågor – Inga övriga frågor hade anmälts."))
    assert [it.title for it in ex.items] == [
        "Ordföranden Emmy Ahlstedt hälsade alla välkomna", "Dagordningen fastställdes för konferensen",
        "Val av sekreterare för konferensen", "Protokollet från presidiekonferensen den 24 april 2036",
        "Budget 2037 för det länsgemensamma kvinnofridsarbetet", "Val av ordförande för presidiet 2037",
        "Övriga frågor"]
    assert dict(presenters(ex))["Val av sekreterare för konferensen"] == []
    assert dict(presenters(ex))["Budget 2037 för det länsgemensamma kvinnofridsarbetet"] == ["Sofia Hartz"]
    decided = {d.lines[0]: d.kind for d in ex.decisions}
    assert decided.get(11) == "other" and decided.get(13) == "approve-protocol" and decided.get(17) == "other"


def test_short_headings_in_minutes_with_no_blank_line(ctx: Context) -> None:
    """Minutes written with no blank line at all ("Anmäld frånvaro:" / "Pernilla Holm" / "Föregående protokoll" /
    "Lotta Holm läser igenom ..." / "Samordnande grupp Äldre" / ... / "Ekonomi" / ...): each short line over its text an
    item (before: none, the text lost); "Torsås - Jonna Ljung" under one of them is its text, no heading."""
    rows = ["Mötesprotokoll 12 juni 2031", "Arbetsgruppen för uppsökande verksamhet bland äldre",
            "Lotta Lindgren öppnar mötet.", "Närvarande:", "Lotta Lindgren", "Sanna Hallgren",
            "Charlotte Sternel, Region Kalmar län", "Jonna Ljung", "Anmäld frånvaro:", "Pernilla Mosén",
            "Föregående protokoll", "Lotta Lindgren läser igenom föregående protokoll från mötet den 15 april 2031.",
            "Samordnande grupp Äldre", "Sanna Hallgren rapporterar från gruppens möte i maj.",
            "Uppsökande hembesök", "Charlotte Sternel redovisar hur vårdcentralerna kan tipsa kommunerna.",
            "Ekonomi", "Gruppen har 95 000 kr kvar av 2031 års medel.", "Ansvarsområden", "Torsås - Jonna Ljung",
            "Region - Charlotte Sternel", "Övrigt", "Inga övriga frågor togs upp.", "Nästa möte", "21 augusti 2031",
            "Lotta Lindgren avslutar mötet."]
    ex = extract(ctx, lines(*rows))
    assert [it.title for it in ex.items] == ["Föregående protokoll", "Samordnande grupp Äldre", "Uppsökande hembesök",
                                             "Ekonomi", "Ansvarsområden", "Övrigt", "Nästa möte"]
    # (four such lines are too few to take them for the minutes' headings: "Övrigt" / "Inga övriga frågor togs upp."
    # among sentences stays their text)
    few = extract(ctx, lines(*rows[:12], *rows[14:18], *rows[21:23], "Lotta Lindgren avslutar mötet."))
    assert "Övrigt" not in [it.title for it in few.items]
