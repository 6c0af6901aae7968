"""Ingest rules of the thirty-ninth round (issue 13): general shapes found on fresh58/ and fresh59/ (the held-out
parts of rounds 37 and 38, measured in both and opened in this round) and on learn34/ (a development part of reports
of meetings, the class this round aims at): paragraphs numbered after a body's letters ("BG 14", "• A 43 1"),
minutes of one sentence a paragraph, and reports of meetings (web news, newsletters, mailed summaries): the meeting
told in a sentence, a by-line's date, those present named in the prose by their titles and parties or "På plats
fanns", a sentence wrapped after "och" and a sentence of presence going on past a page break.

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

from graph.ingest.pipeline import Context

from .test_ingest_shapes import lines
from .test_ingest_shapes38 import entries
from .test_ingest_structure import extract

HEAD = ["PROTOKOLL", "Beredningsgruppen för ensamarbete", "Datum: 2047-10-08", "",
        "Närvarande: Sofia Hartz, Region Kalmar län, Anna Holm, Kalmar kommun", ""]


def titles(ex) -> list[tuple[int | None, str]]:  # type: ignore[no-untyped-def]
    return [(it.n, it.title) for it in ex.items]


def test_paragraphs_numbered_after_a_groups_letters(ctx: Context) -> None:
    """"BG 14   DNR: LGL 2047/51   Föregående protokoll" and on (three or more of the same letters running on): the
    paragraphs 14 to 16 with their titles, the diary number apart (before: no item, the numbers read as nothing)."""
    ex = extract(ctx, lines(
        *HEAD, "BG 14   DNR: LGL 2047/51   Föregående protokoll", "Protokollet lades till handlingarna.", "",
        "BG 15   DNR: LGL 2047/52   Riktlinje för ensamarbete", "Anna Holm föredrog ärendet.", "",
        "BG 16   DNR: LGL 2047/53   Nästa sammanträde", "Nästa sammanträde hålls den 12 november 2047."))
    assert titles(ex) == [(14, "Föregående protokoll"), (15, "Riktlinje för ensamarbete"),
                          (16, "Nästa sammanträde")]


def test_paragraphs_numbered_after_letters_and_the_years_digits(ctx: Context) -> None:
    """" • A 47 1  Sammankallande Anna Holm hälsar alla välkomna." and on: the paragraphs numbered 1 to 3, each
    sentence its title (before: no item)."""
    ex = extract(ctx, lines(
        *HEAD, " • A 47 1  Sammankallande Anna Holm hälsar alla välkomna och öppnar mötet.", "",
        " • A 47 2  Dagordningen godkändes av arbetsgruppen.", "",
        " • A 47 3  Sammankallande Anna Holm tackade och avslutade mötet."))
    assert [n for n, _t in titles(ex)] == [1, 2, 3]
    assert titles(ex)[1] == (2, "Dagordningen godkändes av arbetsgruppen")


def test_two_lines_of_letters_and_numbers_are_no_paragraphs(ctx: Context) -> None:
    """Two lines "BG 3 Budget ..." (a paper's mark) and letters whose numbers do not run on are no paragraphs."""
    ex = extract(ctx, lines(
        *HEAD, "1. Mötets öppnande", "Ordförande öppnade mötet.", "", "2. Handlingar",
        "BG 3 Budget för 2048 bifogas.", "BG 4 Plan för 2048 bifogas.", "", "3. Mötets avslutande",
        "KS 12 Ordförande avslutade mötet.", "KS 40 Protokollet justeras.", "KS 77 Nästa möte i december."))
    assert [n for n, _t in titles(ex)] == [1, 2, 3]


SENTENCES = [*HEAD, "§ 1  Sammankallande Anna Holm hälsar alla välkomna och öppnar mötet.", "",
             "§ 2  Minnesanteckningarna från mötet 2047-09-24 godkändes och lades till handlingarna.", "",
             "§ 3  Familjekoordinatorn Emma Rydh redovisade uppföljningen av de första 40 familjerna. Uppföljningen "
             "godkändes av arbetsgruppen               och lades till handlingarna.", "",
             "§ 4  Nästa möte hålls 2048-01-21 i Regionhuset, Kalmar.", "",
             "§ 5  Sammankallande Anna Holm tackade och avslutade mötet."]


def test_paragraphs_of_one_sentence_each_keep_their_dates_and_roles(ctx: Context) -> None:
    """Minutes of one sentence a paragraph: a date before or after the sentence's verb stays in its title
    ("Minnesanteckningarna från mötet 2047-09-24 godkändes ...", before: cut before the date; "Nästa möte hålls
    2048-01-21 ...", before: "Nästa möte hålls"); a role in its definite form before a name opens the sentence
    ("Familjekoordinatorn Emma Rydh redovisade ...", before: the title "Familjekoordinatorn"), Emma Rydh presents it;
    and a wide gap inside the sentence, its words after it in lower case, keeps the line one sentence (before: the
    paragraph not read, a table's row)."""
    ex = extract(ctx, lines(*SENTENCES))
    assert titles(ex) == [
        (1, "Sammankallande Anna Holm hälsar alla välkomna och öppnar mötet"),
        (2, "Minnesanteckningarna från mötet 2047-09-24 godkändes och lades till handlingarna"),
        (3, "Familjekoordinatorn Emma Rydh redovisade uppföljningen av de första 40 familjerna"),
        (4, "Nästa möte hålls 2048-01-21 i Regionhuset, Kalmar"),
        (5, "Sammankallande Anna Holm tackade och avslutade mötet")]
    assert [p[0] for p in ex.items[2].presenters] == ["Emma Rydh"]


def test_titles_run_on_into_their_text_are_still_cut(ctx: Context) -> None:
    """The look-alikes: a title run on into its text ("§ 2 Nästa möte 2048-01-21 kl 13.00 i Kalmar.", "§ 1 Mötets
    öppnande Ordföranden Anna Holm öppnade mötet.", "§ 3 Information Anna Holm berättade om budgeten.") is cut as
    before; a table's row with a lower-case cell after an item's number and title ends in no sentence."""
    ex = extract(ctx, lines(
        *HEAD, "§ 1 Mötets öppnande Ordföranden Anna Holm öppnade mötet.", "",
        "§ 2 Nästa möte 2048-01-21 kl 13.00 i Kalmar.", "", "§ 3 Information Anna Holm berättade om budgeten.", "",
        "§ 4 Avslutning"))
    assert titles(ex) == [(1, "Mötets öppnande"), (2, "Nästa möte"), (3, "Information"), (4, "Avslutning")]


def test_a_report_of_a_meeting_told_in_its_sentences(ctx: Context) -> None:
    """A web page's report: a by-line date, "Idag har Beredningen ... haft möte i Regionhuset" (before: read as a
    document of no meeting, nothing drafted); the meeting that day; those present named with titles or parties, no
    organisation ("I mötet deltog ordförande A (C), vice ordförande B (S) och ledamoten C (M)."); the review warned
    that the meeting was read from a report's sentence."""
    ex = extract(ctx, lines(
        "12 februari, 2048", "", "Beredningen har haft möte…", "",
        "Idag har Beredningen, som bereder ärenden till Länsgemensam ledning, haft möte i Regionhuset i",
        "Kalmar. Vi har bland annat samtalat om länets suicidpreventiva arbete.", "",
        "I mötet deltog ordförande Ann-Katrin Holm (C), vice ordförande Göran Lind (S) och",
        "ledamoten Eva Berg (M). Från förvaltningen deltog socialchef Liv Stjärna och nämndsekreterare Hanna Brodd.",
        "", "Beredningen beslutade att föreslå Länsgemensam ledning att fördela 400 000 kronor."))
    assert (ex.doc_kind, ex.date) == ("protocol", "2048-02-12")
    assert [w[:76] for w in ex.warnings] == [
        "no minutes' title: read as a report of a meeting, the meeting told on line 5"]
    assert entries(ex) == [("ledamoter", "Ann-Katrin Holm", 8), ("ledamoter", "Göran Lind", 8),
                           ("ledamoter", "Eva Berg", 9), ("ovriga", "Liv Stjärna", 9), ("ovriga", "Hanna Brodd", 9)]


def test_reports_dated_in_their_sentences(ctx: Context) -> None:
    """The day in the sentence of the meeting, its year where it writes none the document's: "Onsdagen den 21 mars
    hölls uppstartsmöte i Arbetsgruppen för ..." under "Arbetsgruppens uppstartsmöte 2048"; "Vi träffades i Västervik
    den 18.9 för höstens första möte i samordnande grupp Psykisk hälsa." in a mail sent 20 september 2048; a by-line's
    day of publishing ("25 juni, 2048 av mariaholm") is no meeting's, the report's heading's is (before: none of the
    three read as a meeting, the last dated by its by-line)."""
    ex = extract(ctx, lines(
        "Arbetsgruppens uppstartsmöte 2048", "",
        "Onsdagen den 21 mars hölls uppstartsmöte i Arbetsgruppen för första hjälpen till psykisk hälsa i",
        "Kalmar län, på Kommunförbundet i Kalmar.", "",
        "Mötet fastställde budgeten för 2048 till 640 tkr ur stimulansmedlen."))
    assert (ex.doc_kind, ex.date) == ("protocol", "2048-03-21")
    ex = extract(ctx, lines(
        "Från: Sofia Lund", "Skickat: den 20 september 2048", "Till: Samordnande grupp Psykisk hälsa",
        "Ämne: Gruppens möteshälsning 5/2048", "", "Hälsningar från gruppens möte 5/2048!",
        "Vi träffades i Västervik den 18.9 för höstens första möte i samordnande grupp Psykisk hälsa.", "",
        "Under ekonomiärenden fastställde vi fördelningen av gruppens medel för 2048."))
    assert (ex.doc_kind, ex.date) == ("protocol", "2048-09-18")
    ex = extract(ctx, lines(
        "Rapport från styrgruppen", "", "25 juni, 2048 av mariaholm", "", "Rapport från styrgruppsmötet 2048-06-12",
        "", "Styrgruppen för suicidprevention i Kalmar län träffades i Regionhuset, Kalmar.", "",
        "Styrgruppen beslutade att fördela medlen enligt förslaget."))
    assert ex.date == "2048-06-12"


def test_a_report_of_another_meeting_is_none(ctx: Context) -> None:
    """A news text on the next meeting ("Nästa möte hålls den 9 oktober 2048 i Nybro.") or a sentence with no
    meeting's verb is no report of a meeting: no meeting read."""
    ex = extract(ctx, lines(
        "Nyheter från Länsgemensam ledning i samverkan", "",
        "Samordnande grupp Psykisk hälsa träffas nästa gång den 9 oktober 2048 i Nybro.", "",
        "Region Kalmar län och kommunerna samverkar om suicidprevention. Kommunerna i länet",
        "arbetar med lokala handlingsplaner."))
    assert ex.date is None


def test_those_on_the_spot_named_over_a_page_break(ctx: Context) -> None:
    """"På plats fanns bland andra A, Org, B, Org, C," / the page's footer and blank lines / "Org, D, Org." in a report
    under a sentence wrapped after "och" (before: that line read as a heading, the sentence cut there, no list): one
    list of those present, past the break."""
    footer = "Länsgemensam ledning i samverkan, nyheter 2048-11-13 - sida 1"
    ex = extract(ctx, lines(
        "Gemensam presidiekonferens 2048-11-13", "",
        "Den gemensamma presidiekonferensen för Region Kalmar län, länets kommuner och",
        "Kommunförbundet i Kalmar län sammanträdde i Regionhuset i Kalmar.", "",
        *["Inom Länsgemensam ledning i samverkan är det brukligt att inleda konferensen med en lägesbild",
          "av arbetet i länet, och så skedde även denna gång, med en kort genomgång av läget i kommunerna."] * 4, "",
        "Konferensens ordförande Emmy Holm öppnade mötet och hälsade presidierna välkomna.",
        "På plats fanns bland andra Magnus Ek, Region Kalmar län, Annika Lund, Nybro",
        "kommun, Jabil Berg, Vimmerby kommun, Madeleine Ahl,", "", "", footer, "", "",
        "Borgholms kommun, och Emma Stål, Torsås kommun.", "",
        "Presidiekonferensen beslutade att godkänna protokollet."))
    assert entries(ex) == [("deltagare", "Magnus Ek", 16), ("deltagare", "Annika Lund", 16),
                           ("deltagare", "Jabil Berg", 17), ("deltagare", "Madeleine Ahl", 17),
                           ("deltagare", "Emma Stål", 23)]


def test_a_reports_matters_as_it_tells_them(ctx: Context) -> None:
    """A report of a meeting: each person's presenting sentence a matter, its title what was presented as far as
    the line goes, the person its presenter; a paragraph opening with a label and a sentence ("Ekonomi: ...") a
    matter of that title (before: no items at all). A sentence on how something is done ("redogjorde för hur ...")
    is no matter."""
    ex = extract(ctx, lines(
        "12 februari, 2048", "", "Beredningen har haft möte…", "",
        "Idag har Beredningen haft möte i Regionhuset i Kalmar.", "",
        "Kristin Holm gick igenom uppföljningen av länets handlingsplan för suicidprevention.",
        "Marie Lund visade de senaste siffrorna från länets analysgrupp.", "",
        "Ekonomi: Beredningen har för 2048 fått 400 000 kronor ur stimulansmedlen. Beredningen beslutade",
        "att godkänna fördelningen.", "", "Liv Ek redogjorde för hur strategin ska brytas ned i kommunerna."))
    assert [(it.lines[0], it.title, [p[0] for p in it.presenters]) for it in ex.items] == [
        (7, "uppföljningen av länets handlingsplan för suicidprevention", ["Kristin Holm"]),
        (8, "de senaste siffrorna från länets analysgrupp", ["Marie Lund"]), (10, "Ekonomi", [])]


def test_a_reports_bulleted_headings_over_their_text(ctx: Context) -> None:
    """" • Ekonomi" over the indented text under it, two such or more, under a bullet over those present: the
    report's matters, unnumbered (before: none); in minutes read as such (no meeting told in a sentence) a
    presenting sentence stays the text it is."""
    ex = extract(ctx, lines(
        "Rapport från styrgruppsmötet 2048-06-12", "",
        "Styrgruppen för suicidprevention i Kalmar län träffades i Regionhuset, Kalmar. Här är några av punkterna:",
        "", " • Närvaro", "     LEDAMÖTER        Mats Ek, Region Kalmar län",
        "                      Eva Berg, Torsås kommun",
        " • Ekonomi", "     Styrgruppen har 1,2 mnkr för 2048 ur stimulansmedlen. Styrgruppen beslutade att",
        "     fördela medlen enligt förslaget.", " • Handlingsplan för suicidprevention",
        "     Sanna Holm redovisade hur kommunernas lokala handlingsplaner följer strategin.", " • Nästa möte",
        "     Styrgruppen träffas nästa gång den 11 september 2048 i Nybro."))
    assert [(it.lines, it.title) for it in ex.items][-3:] == [
        ((8, 10), "Ekonomi"), ((11, 12), "Handlingsplan för suicidprevention"), ((13, 14), "Nästa möte")]
    assert [p[0] for p in ex.items[-2].presenters] == ["Sanna Holm"]    # (who presents it in the text under it)
    ex = extract(ctx, lines(
        "Minnesanteckningar", "Arbetsgruppen för validering", "Datum: 2048-06-10", "",
        "Närvarande: Anna Holm, Kalmar kommun, Per Ek, Nybro kommun", "",
        "Anna Holm redovisade gymnasieförbundets möjlighet att ta emot fler elever.", "",
        "Gruppen beslutade att ses igen i september."))
    assert ex.items == []


def bodies(ex) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(g[1], g[3]) for g in ex.new_groups]


def test_a_new_body_named_beside_the_collaboration_or_over_its_group(ctx: Context) -> None:
    """"Styrgruppen för friskare arbetsplatser, Länsgemensam ledning i samverkan" (the collaboration after a comma)
    and "Arbetsgruppen för rehabilitering" over "Samordnande grupp Psykisk hälsa, Länsgemensam ledning i samverkan"
    (its group alone on the next line): the new body, part of the one named with it (before: the meeting of
    Länsgemensam ledning, or of the samordnande grupp), and "X ersätter Y som ledamot i styrgruppen" a seat in it."""
    members = ["", "Närvarande: Anna Holm, Kalmar kommun, Per Ek, Nybro kommun", "",
               "1. Mötets öppnande", "Anna Holm öppnade mötet.", "", "2. Ny ledamot",
               "Styrgruppen beslutar att Lars Berg, Region Kalmar län, ersätter Per Ek som ledamot i styrgruppen."]
    ex = extract(ctx, lines("Sammanträdesprotokoll", "Styrgruppen för friskare arbetsplatser, Länsgemensam ledning i "
                            "samverkan", "", "Tid och plats      Onsdagen den 14 maj 2048 i Regionhuset, Kalmar",
                            *members))
    assert bodies(ex) == [("Styrgruppen för friskare arbetsplatser", "lansgemensam-ledning-i-samverkan")]
    assert [(d.kind, d.group) for d in ex.decisions if d.kind == "replacement"] == [
        ("replacement", "styrgruppen-for-friskare-arbetsplatser")]
    ex = extract(ctx, lines("Protokoll 6", "Arbetsgruppen för rehabilitering av medarbetare",
                            "Samordnande grupp Psykisk hälsa, Länsgemensam ledning i samverkan", "",
                            "Sammanträdesdatum   2048-11-19", *members))
    assert bodies(ex) == [("Arbetsgruppen för rehabilitering av medarbetare", "samordnande-grupp-psykisk-halsa")]


def test_a_known_group_over_the_collaboration_names_no_new_body(ctx: Context) -> None:
    """"Samordnande grupp Äldre" over "Länsgemensam ledning i samverkan": the known group's meeting, no new body."""
    ex = extract(ctx, lines("Protokoll", "Samordnande grupp Äldre", "Länsgemensam ledning i samverkan", "",
                            "Datum: 2048-11-19", "", "Närvarande: Anna Holm, Kalmar kommun, Per Ek, Nybro kommun", "",
                            "1. Mötets öppnande", "Anna Holm öppnade mötet."))
    assert (bodies(ex), ex.meeting_of) == ([], "samordnande-grupp-aldre")


def test_those_present_in_a_capacity(ctx: Context) -> None:
    """"Som tjänstgörande ersättare deltog Kerstin Ek (KD)." (one name with her party: a member present) and "Som
    adjungerade finns utvecklingsledare A, Region Kalmar län, och analytiker B, Region Kalmar län." (others present)
    in a report (before: neither read); one name with no party or organisation is none."""
    ex = extract(ctx, lines(
        "12 februari, 2048", "", "Idag har Beredningen haft möte i Regionhuset i Kalmar.", "",
        "Som tjänstgörande ersättare deltog Kerstin Ek (KD). Som adjungerade finns utvecklingsledare",
        "Kristin Holm, Region Kalmar län, och analytiker Marie Lund, Region Kalmar län.", "",
        "Som gäst deltog Pia Berg.", "", "Beredningen beslutade att godkänna fördelningen."))
    assert entries(ex) == [("ledamoter", "Kerstin Ek", 5), ("ovriga", "Kristin Holm", 6), ("ovriga", "Marie Lund", 6)]


def test_paragraph_titles_run_on_into_their_text_or_after_a_label(ctx: Context) -> None:
    """"§3 Val av sekreterare Gruppen valde X att föra protokollet." (before: the whole sentence the title, "Gruppen
    valde" taken at a stretch for "Gruppen Äldre"); "§5b Korttidsvistelse Sofia Hartz rapporterar att ..." (a
    sub-paragraph's title run on into a person's doing; before: all of it); "§6   Föräldrastöd: det finns en önskan
    ..." and "§7   Nästa möte: digitalt 12/6 2048 kl 13.00. ..." (a label and its text in lower case; before: the
    whole line, or its first sentence); "§ 8 Remiss: Riktlinjer för ledsagarservice" stays one title."""
    ex = extract(ctx, lines(
        *HEAD, " §1 Mötets öppnande Ordf. Anna Holm förklarade mötet öppnat. 9 ledamöter deltog.", "",
        " §2 Val av mötesordförande Gruppen utsåg Anna Holm till mötesordförande.", "",
        " §3 Val av sekreterare Gruppen valde Sofia Hartz att föra protokollet.", "",
        " §4 Fastställande av dagordning Dagordningen godkändes i förelagt skick.", "",
        " §5 Rapporter §5a Väntetiderna har minskat. Anna Holm rapporterade att 41 barn väntar på nybesök.", "",
        "§5b Korttidsvistelse Sofia Hartz rapporterar att Hultsfreds kommun öppnar ett nytt korttidshem i oktober.",
        "", "§6                  Föräldrastöd: det finns en önskan från medlemmar om mer kunskap om",
        "                    habiliteringens stöd till föräldrar.", "",
        "§7                  Nästa möte: digitalt 12/6 2048 kl 13.00. Sofia Hartz för anteckningar.", "",
        "§ 8 Remiss: Riktlinjer för ledsagarservice och kontaktperson enligt LSS", "Rådet tillstyrker remissen."))
    got = [(it.n, it.parent, it.title) for it in ex.items]
    assert got[2] == (3, None, "Val av sekreterare")
    assert (None, 5, "Korttidsvistelse") in got
    assert got[-3:] == [(6, None, "Föräldrastöd"), (7, None, "Nästa möte"),
                        (8, None, "Remiss: Riktlinjer för ledsagarservice och kontaktperson enligt LSS")]
    assert [p[0] for it in ex.items if it.title == "Korttidsvistelse" for p in it.presenters] == ["Sofia Hartz"]


def test_a_sub_paragraph_opening_with_a_sentence_keeps_it(ctx: Context) -> None:
    """"§ 2a Då Ulla Berg ej är närvarande, valdes Tove Holm till sekreterare." and "§ 2b Medfinansiering av
    projektet Tidiga insatser i Mönsterås" are no titles run on into their text."""
    ex = extract(ctx, lines(
        *HEAD, "§ 1 Mötets öppnande", "Anna Holm öppnade mötet.", "", "§ 2 Formalia", "",
        "§ 2a Då Ulla Berg ej är närvarande, valdes Tove Holm till sekreterare för mötet i dag.", "",
        "§ 2b Medfinansiering av projektet Tidiga insatser i Mönsterås under hösten 2048", "Rådet tillstyrker.", "",
        "§ 3 Mötets avslutande", "Anna Holm avslutade mötet."))
    assert [it.title for it in ex.items if it.parent == 2] == [
        "Då Ulla Berg ej är närvarande, valdes Tove Holm till sekreterare för mötet i dag.",
        "Medfinansiering av projektet Tidiga insatser i Mönsterås under hösten 2048"]


def test_those_present_under_their_organisations_labels(ctx: Context) -> None:
    """"Närvarande för Region Kalmar län: A (ordförande), B och C" / "för kommunerna: D, Kalmar kommun, E, Nybro
    kommun" / "för Kommunförbundet i Kalmar län: F" / "samt G, Kommunförbundet i Kalmar län (adjungerad)": one list,
    each name with the organisation its label names where it names none itself, G present but no member (before: the
    first line only, its names with no organisation); "Ledningen är ense om att fördela medlen enligt förslaget." a
    decision on money (before: none)."""
    ex = extract(ctx, lines(
        "SAMMANTRÄDESPROTOKOLL", "Länsgemensam ledning", "",
        "Tid och plats: Torsdagen den 23 januari 2048 kl. 09.00-12.00, Regionhuset, Kalmar",
        "Närvarande för Region Kalmar län: Sofia Hartz (ordförande), Mats Ek och Malin Berg",
        "för kommunerna: Anna Holm, Kalmar kommun (vice ordförande), Lars Lund, Nybro kommun",
        "för Kommunförbundet i Kalmar län: Lena Stål", "samt Niklas Ahl, Kommunförbundet i Kalmar län (adjungerad)",
        "", "1 Sammanträdets öppnande", "Ordföranden Sofia Hartz öppnar sammanträdet.", "",
        "2 Medel för bemanning 2048", "Inom överenskommelsen om utskrivning avsätts 3,6 mnkr till bemanning.",
        "Länsgemensam ledning är ense om att fördela medlen enligt förslaget."))
    people = [(lst.kind, e.name, e.org) for lst in ex.attendance for e in lst.entries]
    assert people == [
        ("ledamoter", "Sofia Hartz", "region-kalmar-lan"), ("ledamoter", "Mats Ek", "region-kalmar-lan"),
        ("ledamoter", "Malin Berg", "region-kalmar-lan"), ("ledamoter", "Anna Holm", "kalmar-kommun"),
        ("ledamoter", "Lars Lund", "nybro-kommun"), ("ledamoter", "Lena Stål", "kommunforbundet-i-kalmar-lan"),
        ("ovriga", "Niklas Ahl", "kommunforbundet-i-kalmar-lan")]
    assert [(d.kind, d.lines) for d in ex.decisions if d.lines[0] == 15] == [("funding", (15, 15))]


def test_a_news_page_on_a_meeting_titled_by_its_body(ctx: Context) -> None:
    """A news page titled by the body and its day ("Gemensam presidiekonferens 2048-11-13" / "Nyhet Publicerad
    2048-11-15"): a report, its matters the presenting sentences, also the one before those present are named
    ("Sofia Hartz, ordförande i Länsgemensam ledning, gav en lägesbild av ..."; before: none)."""
    ex = extract(ctx, lines(
        "Gemensam presidiekonferens 2048-11-13", "", "Nyhet Publicerad 2048-11-15", "",
        "Den gemensamma presidiekonferensen sammanträdde i Kalmarsalen, Regionhuset i Kalmar.", "",
        "Konferensen inleddes med en lägesbild. Sofia Hartz, ordförande i Länsgemensam ledning, gav en lägesbild av",
        "arbetet med den nationella strategin för psykisk hälsa och suicidprevention i länet.", "",
        "På plats fanns bland andra Magnus Ek, Region Kalmar län, och Annika Lund, Nybro kommun.", "",
        "Maria Holm föredrog förslaget om ett länsgemensamt projekt för suicidprevention.",
        "Presidiekonferensen beslutade att rekommendera regionen och kommunerna att avsätta 2,6 miljoner kronor."))
    assert [(it.lines[0], it.title, [p[0] for p in it.presenters]) for it in ex.items] == [
        (7, "lägesbild av", ["Sofia Hartz"]),
        (12, "förslaget om ett länsgemensamt projekt för suicidprevention", ["Maria Holm"])]


def test_decided_by_the_group_itself_and_an_items_point_beside_its_title(ctx: Context) -> None:
    """"§ 2  Dagordningen godkändes av arbetsgruppen." and "... Uppföljningen godkändes av arbetsgruppen och lades till
    handlingarna." (the meeting's own group the passive's agent: decisions; before: none, the agent taken for
    another body's); "§ 4  Ekonomi        A.     Budget 2048. ... 1,6 mnkr ..." (a lettered point beside the title:
    the item "Ekonomi", its money read; before: no item there)."""
    ex = extract(ctx, lines(
        *HEAD, "§ 1  Sammankallande Anna Holm hälsar alla välkomna och öppnar mötet.", "",
        "§ 2  Dagordningen godkändes av arbetsgruppen.", "",
        "§ 3  Familjekoordinatorn Emma Rydh redovisade uppföljningen av de första 40 familjerna. Uppföljningen "
        "godkändes av arbetsgruppen och lades till handlingarna.", "",
        "§ 4  Ekonomi                              A.          Budget 2048. Familjekoordinatorerna finansieras 2048 "
        "med 1,6 mnkr inom länsgemensam samverkansmodell för barn och unga.", "",
        "§ 5  Sammankallande Anna Holm tackade och avslutade mötet."))
    assert [(d.lines[0], d.text) for d in ex.decisions if d.lines[0] in (9, 11)] == [
        (9, "Dagordningen godkändes av arbetsgruppen."),
        (11, "Uppföljningen godkändes av arbetsgruppen och lades till handlingarna.")]
    assert (4, "Ekonomi") in [(it.n, it.title) for it in ex.items]
    assert [f.total for f in ex.funding] == [1600000]


def test_a_reports_sentences_holding_a_matter_are_pointed_at(ctx: Context) -> None:
    """In a report of a meeting, a sentence on a matter presented or discussed that no matter of the draft takes
    ("Mötet gick igenom gruppens dokument ...", its subject no person) is listed for the review as prose holding a
    fact (before: taken as plain prose, a missed item lost in silence); in minutes it stays prose."""
    report = ["Aktuellt från Kommunförbundet i Kalmar län", "Arbetsgruppens uppstartsmöte 2048", "",
              "Onsdagen den 21 mars hölls uppstartsmöte i Arbetsgruppen för första hjälpen till psykisk hälsa i",
              "Kalmar län, på Kommunförbundet i Kalmar.", "",
              "Mötet gick igenom gruppens dokument, dvs uppdragsbeskrivning, utbildningsplan och förra årets",
              "ekonomiska redovisning, utan större kommentarer i sak."]
    ex = extract(ctx, lines(*report))
    assert ex.reported and ex.prose_facts.get(7) == "a matter presented or discussed"
    ex = extract(ctx, lines(*HEAD, "1. Dokument", *report[6:], "", "2. Nästa möte", "Nästa möte hålls i maj."))
    assert not ex.reported and 8 not in ex.prose_facts
