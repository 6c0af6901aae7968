"""Ingest rules of the thirty-fourth round (issue 13): shapes found on fresh48/ and fresh49/ (held out in the thirty-
third round, tuned on in this one: templates of the Riksdag's committees, agencies' boards and Finland-Swedish
municipal minutes): a protocol's number through the year under its title and the letterhead said again on every page
after a rule across it, seats written "medlem" and "suppleant", the presence mark two spaces before a name, a body's
decision label of two words ("Länsgemensam lednings beslut:"), a proposal named with its proposer and taken "Enligt
förslag", the adjusting of this protocol announced under "Beslut:", an organ's paragraph with a space before its colon
("FG 1 : Title"), paragraph marks under their titles, a list's parts headed inside it, titles run on in a table's rows.

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

from graph.ingest.layout import clean_layout
from graph.ingest.ocr_repair import repair_text
from graph.ingest.pipeline import Context

from .test_ingest_people18 import att
from .test_ingest_shapes import lines
from .test_ingest_shapes27 import presenters
from .test_ingest_structure import extract

RULE = "_" * 60


def _kinds(ex) -> list[tuple[str, tuple[int, int]]]:  # type: ignore[no-untyped-def]
    return [(d.kind, d.lines) for d in ex.decisions]


def test_a_protocols_number_under_its_title_and_the_letterhead_again_after_a_rule_on_every_page(ctx: Context) -> None:
    """"OSKARSHAMNS KOMMUN   PROTOKOLL" over "2/2098   Vård- och omsorgsnämnden" and "TID  10.02.2098 KL. 16:30":
    the meeting of 10 February 2098 (before: "2/2098" taken for the first paragraph, the header cut above the date,
    nothing drafted); the letterhead said again under each rule across the page is page furniture, and "Beslut:
    Enligt förslag." said in two paragraphs right above a rule stays a decision."""
    head = ["VÅRDKOMMUNEN", "2/2098                    Vård- och omsorgsnämnden"]
    text = lines("VÅRDKOMMUNEN                                PROTOKOLL", head[1], "TID        10.02.2098 KL. 16:30",
                 "PLATS      Servicehuset, Oskarshamn", "", "NÄRVARANDE LEDAMÖTER", "Holm Anna      ordförande",
                 "Berg Per       medlem", RULE, "VÅRDKOMMUNEN                                PROTOKOLL", head[1], "",
                 "9 Konstatera sammanträdets laglighet", "Beslut: Sammanträdet konstaterades lagligen sammankallat.",
                 "", "10 Digital nattillsyn", "Förslag: Nämnden antecknar informationen.", "Beslut: Enligt förslag.",
                 RULE, "VÅRDKOMMUNEN                                PROTOKOLL", head[1], "",
                 "11 Journalåtkomst", "Förslag: Nämnden antecknar informationen.", "Beslut: Enligt förslag.", RULE,
                 "VÅRDKOMMUNEN                                PROTOKOLL", head[1], "", "12 Aktuella frågor",
                 "Inga frågor.")
    ex = extract(ctx, text)
    assert ex.date == "2098-02-10"
    assert [(it.n, it.title) for it in ex.items] == [(9, "Konstatera sammanträdets laglighet"),
                                                     (10, "Digital nattillsyn"), (11, "Journalåtkomst"),
                                                     (12, "Aktuella frågor")]
    assert [d.item for d in ex.decisions] == [9, 10, 11]
    lay = clean_layout(text.splitlines())
    assert {10, 11, 20, 21, 27, 28} <= lay.layout and not {18, 25} & lay.layout
    # (a rule with no letterhead after it is no page break: a line under a signature)
    plain = clean_layout(lines("Protokoll Beredningen 2098-02-10", "Anna Holm", RULE, "Justerare").splitlines())
    assert 3 not in plain.layout


def test_seats_written_medlem_and_suppleant_and_the_hours_and_a_bodys_representative_in_columns(ctx: Context) -> None:
    """"Hultgren Anita      medlem", "Sternell Lotta      suppleant      kl. 16:30-18:00" and "Ekman Jonas      kst:s
    representant": entries of their lists (before: the list cut at the first "medlem")."""
    got = att(ctx, "NÄRVARANDE LEDAMÖTER", "Pettersson Stefan              ordförande",
              "Hultgren Anita                 medlem", "Lindström Rolf                 medlem",
              "Sternell Lotta                 suppleant               kl. 16:30-18:00", "", "ÖVRIGA NÄRVARANDE",
              "Ekman Jonas                    kst:s representant", "Borg Hanna                     protokollförare")
    assert [n for n, _ in got["ledamoter"]] == ["Pettersson Stefan", "Hultgren Anita", "Lindström Rolf",
                                                 "Sternell Lotta"]
    assert [n for n, _ in got["ovriga"]] == ["Ekman Jonas", "Borg Hanna"]


def test_a_presence_mark_two_spaces_before_the_name(ctx: Context) -> None:
    """"x  Loord, Jimmy, ordförande, Region Kalmar län" (present) and "-  Snickars Martin, Hultsfreds kommun"
    (absent): the marked present in the list, the others not (before: only the absent read, as present)."""
    got = att(ctx, "Beslutande", "x  Loord, Jimmy, ordförande, Region Kalmar län",
              "-  Snickars Martin, Hultsfreds kommun", "x  Olsen, Patrik, Kalmar kommun",
              "x  Wiberg, Anders, Emmaboda kommun")
    assert got["ledamoter"] == [("Jimmy Loord", "region-kalmar-lan"), ("Patrik Olsen", "kalmar-kommun"),
                                ("Anders Wiberg", "emmaboda-kommun")]


def test_a_surname_a_scan_wrote_with_a_digit_after_its_capital_presents(ctx: Context) -> None:
    """"Jimmy L0ord redovisade ..." presents the item (before: no presenter); the word is mended in the text."""
    assert repair_text("L0ord", ctx.lexicon) == "Loord"
    ex = extract(ctx, lines("Protokoll Nätverket för informationssäkerhet 2098-09-17", "", "Närvarande:",
                            "Jimmy Loord, Region Kalmar län", "Patrik Olsen, Kalmar kommun", "",
                            "1. Incidentrapportering", "Jimmy L0ord redovisade incidenterna under halvåret.", "",
                            "2. Övrigt", "Inga övriga frågor."))
    assert presenters(ex)[0][0] == "Incidentrapportering" and [p.replace("0", "o") for p in presenters(ex)[0][1]] \
        == ["Jimmy Loord"]


def test_a_bodys_decision_label_of_two_words_and_its_sentence_wrapped(ctx: Context) -> None:
    """"Länsgemensam lednings beslut: Sammanträdet är lagligt sammankallat." is a decision (before: none), and
    "Länsgemensam lednings beslut: Marie Lööf, Högsby kommun, ersätter Diana Bergeskans som" / "ledamot i samordnande
    grupp Äldre ..." one replacement over both lines (before: cut at the line's end, the group lost)."""
    ex = extract(ctx, lines("Protokoll Länsgemensam ledning 2098-03-13", "", "Närvarande:",
                            "Sofia Hartz, Region Kalmar län", "", "9. LAGLIGHET OCH BESLUTFÖRHET",
                            "Länsgemensam lednings beslut: Sammanträdet är lagligt sammankallat och beslutfört.", "",
                            "10. VAL AV PROTOKOLLJUSTERARE",
                            "Länsgemensam lednings beslut: Till protokolljusterare valdes Patrik Glasberg och",
                            "Johanna Fors.", "", "11. SAMORDNANDE GRUPPER",
                            "Länsgemensam lednings beslut: Marie Lööf, Högsby kommun, ersätter Diana Bergeskans som",
                            "ledamot i samordnande grupp Äldre från och med 1.4.2098.", "", "12. DELGIVNINGSÄRENDEN",
                            "Inga delgivningsärenden."))
    assert [(d.item, d.kind, d.lines) for d in ex.decisions] == [(9, "other", (7, 7)), (10, "other", (10, 11)),
                                                                 (11, "replacement", (14, 15))]
    assert ex.decisions[2].group == "samordnande-grupp-aldre" and ex.decisions[2].replaced == "Diana Bergeskans"


def test_a_proposal_named_with_its_proposer_and_taken_as_proposed_is_one_decision(ctx: Context) -> None:
    """"Förslag (förvaltningschef Lotta Lindgren): Nämnden beslutar att ..." / "Beslut: Enligt förslag.": one
    decision (before: two, the proposal's own and the decision's)."""
    ex = extract(ctx, lines("Protokoll Vård- och omsorgsnämnden 2098-02-10", "", "Närvarande:",
                            "Anna Holm, Kalmar kommun", "", "1. Digital nattillsyn",
                            "Införandet kostar 2,4 miljoner kronor.",
                            "Förslag (förvaltningschef Lotta Lindgren): Nämnden beslutar att digital nattillsyn införs",
                            "i hela kommunen under 2098.", "Beslut: Enligt förslag.", "", "2. Aktuella frågor",
                            "Inga frågor."))
    assert len(ex.decisions) == 1 and ex.decisions[0].lines == (8, 10) and ex.decisions[0].item == 1


def test_the_adjusting_of_this_protocol_announced_under_beslut_approves_no_minutes(ctx: Context) -> None:
    """"Beslut:" / "Till protokolljusterare valdes X och Y. Protokollet justeras den 27.01.2098.": the election, no
    approval of minutes (before: an approve-protocol decision); "Protokollet godkändes." still approves."""
    ex = extract(ctx, lines("Protokoll Förvaltningsgruppen 2098-01-22", "", "Närvarande:", "Anna Holm, Kalmar kommun",
                            "", "1. Protokolljustering", "Beslut:",
                            "Till protokolljusterare valdes Diana Bergeskans och Henrik Lövgren. Protokollet justeras",
                            "den 27.01.2098.", "", "2. Föregående protokoll", "Beslut:", "Protokollet godkändes."))
    assert [d.kind for d in ex.decisions] == ["other", "approve-protocol"]


def test_an_organs_paragraph_with_a_space_before_its_colon(ctx: Context) -> None:
    """"FG 1 : Konstaterande av sammanträdets laglighet": paragraph 1 of that title (before: "FÅ 1 : ..." as an
    unnumbered title)."""
    ex = extract(ctx, lines("Protokoll Förvaltningsgruppen för SIP-stödet 2098-01-22", "", "Närvarande:",
                            "Anna Holm, Kalmar kommun", "", "FG 1 : Konstaterande av sammanträdets laglighet",
                            "Beslut: Sammanträdet konstaterades lagligen sammankallat.", "",
                            "FG 2 : Protokolljustering", "Beslut: Till justerare valdes Anna Holm.", "",
                            "FG 3 : Övriga frågor", "Inga."))
    assert [(it.n, it.title) for it in ex.items] == [(1, "Konstaterande av sammanträdets laglighet"),
                                                     (2, "Protokolljustering"), (3, "Övriga frågor")]


def test_a_subject_in_capitals_over_the_items_title_keeps_both(ctx: Context) -> None:
    """"13. STIMULANSMEDEL Digitala vårdmöten inom psykiatrin 2099": the whole line the title (before: cut to
    "STIMULANSMEDEL"); a sentence run on after a title in capitals is still cut off it."""
    ex = extract(ctx, lines("Protokoll Länsgemensam ledning 2098-03-13", "", "Närvarande:",
                            "Sofia Hartz, Region Kalmar län", "", "1. FÖREGÅENDE PROTOKOLL",
                            "Protokollet godkändes.", "", "2. STIMULANSMEDEL Digitala vårdmöten inom "
                            "psykiatrin 2099", "Medlen fördelas.", "", "3. INFORMATIONSSÄKERHET Anna Holm, Region "
                            "Kalmar län, informerade om läget.", "Informationen antecknades."))
    assert [it.title for it in ex.items] == ["FÖREGÅENDE PROTOKOLL",
                                             "STIMULANSMEDEL Digitala vårdmöten inom psykiatrin 2099",
                                             "INFORMATIONSSÄKERHET"]


def test_paragraph_marks_under_their_titles(ctx: Context) -> None:
    """"Sammanträdet öppnas" / "" / "§ 14" / "" / "X öppnar sammanträdet ...": item 14 "Sammanträdet öppnas"
    (before: the sentence under the mark its title); one mark so laid out alone is not enough to read them so."""
    ex = extract(ctx, lines("Protokoll fört vid sammanträde med Nätverket för rehabkoordinatorer 2097-05-20", "",
                            "Närvarande:", "Denise Göransson, Region Kalmar län", "", "Sammanträdet öppnas", "", "§ 14",
                            "", "Denise Göransson öppnar sammanträdet och hälsar alla välkomna.", "",
                            "Val av justerare", "", "§ 15", "", "Isabell Lindahlen väljs att justera dagens protokoll.",
                            "", "Nästa sammanträde", "", "§ 16", "", "Nästa sammanträde hålls den 16 september 2097."))
    assert [(it.n, it.title) for it in ex.items] == [(14, "Sammanträdet öppnas"), (15, "Val av justerare"),
                                                     (16, "Nästa sammanträde")]
    assert presenters(ex)[0] == ("Sammanträdet öppnas", ["Denise Göransson"])


def test_a_lists_parts_headed_inside_it(ctx: Context) -> None:
    """"Närvarande:" / "Sammankallande" / name / "Företrädare för kommunerna" / names / ...: one list of all the names
    (before: none read, the heading over no name line dropped); a sentence with a name under a heading is no part's
    heading."""
    got = att(ctx, "Närvarande:", "", "Sammankallande", "", "Denise Göransson, utvecklingsledare Region Kalmar län", "",
              "Företrädare för kommunerna", "", "Isabell Lindahlen, rehabkoordinator Mönsterås kommun", "",
              "Sara Lindfors, rehabkoordinator Kalmar kommun", "", "Företrädare för Försäkringskassan", "",
              "Malin Ekholm, samverkansansvarig Försäkringskassan", "", "Övriga", "",
              "Margit Lindholm Johansson, sekreterare")
    assert [n for n, _ in got["ledamoter"]] == ["Denise Göransson", "Isabell Lindahlen", "Sara Lindfors",
                                                 "Malin Ekholm"]
    got = att(ctx, "Övriga närvarande Se nästa sida", "", "Utses att justera Hans Berglöf", "",
              "Justeringens      Stadshuset, Nybro, 2076-05-21")
    assert "ovriga" not in got
    # (nor an office whose people are others present, not members: "Från kansliet")
    got = att(ctx, "Närvarande:", "", "Sammankallande", "", "Denise Göransson, utvecklingsledare Region Kalmar län", "",
              "Från kansliet", "", "Margit Lindholm Johansson, sekreterare")
    assert "Margit Lindholm Johansson" not in [n for n, _ in got.get("ledamoter", [])]


def test_titles_run_on_in_a_tables_rows(ctx: Context) -> None:
    """"§ 1 | Justering av protokoll Gruppen justerade protokoll 2097:3 ... | |" and more rows so: the title the words
    before the sentence (before: the whole row's text the title)."""
    ex = extract(ctx, lines("SAMORDNANDE GRUPP PSYKISK HÄLSA |", "PROTOKOLL | SAMMANTRÄDE 2097:4 |",
                            "DATUM | 2097-06-11 |", "NÄRVARANDE | Anna Holm, Kalmar kommun |",
                            "§ 1 | Justering av protokoll Gruppen justerade protokoll 2097:3 från sammanträdet. | |",
                            "§ 2 | Byte av representant Gruppen beslutade att Camilla Fredeke, Region Kalmar län, "
                            "ersätter Chris Landergren som ledamot i samordnande grupp Psykisk hälsa. | |",
                            "§ 3 | Ajournering Gruppen beslutade att ajournera sammanträdet. | |"))
    assert [(it.n, it.title) for it in ex.items] == [(1, "Justering av protokoll"), (2, "Byte av representant"),
                                                     (3, "Ajournering")]
