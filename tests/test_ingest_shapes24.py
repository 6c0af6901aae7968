"""Ingest rules of the twenty-fourth round (issue 13): shapes found on fresh28/ and fresh29/ (templates of real public
minutes of networks, joint bodies, school and owned bodies, held out in the twenty-third round, opened for tuning once
fresh30/ and fresh31/ were written to be held out instead): a list's label flush with its first entry, a label two
spaces from a value column of two entries a line, a role after the bracket with no comma, a function after a name,
a notice of the meeting before its protocol, minutes as paragraphs opened by a label and a colon, matter and decision
columns, clauses "att ..." after a sentence, counted points under a paragraph, and the other shapes below; and the
shapes of learn8/ and learn9/ (development parts written beside them: a samordningsförbund's bodies; public health and
safety councils), tuned on after them.

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

from graph.ingest.extract import Extractor
from graph.ingest.pipeline import Context

from .test_ingest_people18 import ITEMS, att
from .test_ingest_shapes import lines
from .test_ingest_structure import extract


def kinds(ex) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    return [(d.kind, d.item) for d in ex.decisions]


def titles(ex) -> list[str]:  # type: ignore[no-untyped-def]
    return [it.title for it in ex.items]


# --------------------------------------------------------------------------- attendance


def test_a_lists_label_flush_with_its_first_entry(ctx: Context) -> None:
    """A text layer that ran a label column into its values ("Beslutande Greta Lund (Nybro kommun) ordförande" /
    "Olof Berg (Kalmar kommun)" / "Övriga deltagare Per Ek, samordnare, Region Kalmar län"): two lists, the labels
    no part of the names; a role before a name ("Ordf. Greta Lund, ...") is no list's label."""
    got = att(ctx, "Beslutande Greta Lund (Nybro kommun) ordförande", "Olof Berg (Kalmar kommun) 1:e v ordförande",
              "Stina Ek (Torsås kommun)", "Övriga deltagare Per Ek, samordnare, Region Kalmar län",
              "Lisa Holm, sekreterare")
    assert got["ledamoter"] == [("Greta Lund", "nybro-kommun"), ("Olof Berg", "kalmar-kommun"),
                                ("Stina Ek", "torsas-kommun")]
    assert [n for n, _ in got["ovriga"]] == ["Per Ek", "Lisa Holm"]
    got = att(ctx, "Närvarande:", "Ordf. Greta Lund, Nybro kommun", "Olof Berg, Kalmar kommun",
              "Stina Ek, Torsås kommun")
    assert [n for n, _ in got["ledamoter"]] == ["Greta Lund", "Olof Berg", "Stina Ek"]


def test_a_label_two_spaces_from_a_value_column_of_two_entries_a_line(ctx: Context) -> None:
    """"Närvarande  Greta Lund, Region Kalmar län        Olof Berg, Kalmar" / "            Stina Ek, Högsby    ...":
    the label is no part of the first name, every entry of both columns read, towns as their kommuner, a
    Kommunförbund's office ("Kommunförbundets kansli") as the Kommunförbund."""
    got = att(ctx, "Närvarande  Greta Lund, Region Kalmar län              Olof Berg, Kalmar",
              "            Stina Ek, Högsby                          Per Holm, Torsås",
              "            Lisa Berg, Vimmerby                       Eva Lund, Kommunförbundets kansli")
    assert sorted(got["ledamoter"]) == sorted([
        ("Greta Lund", "region-kalmar-lan"), ("Olof Berg", "kalmar-kommun"), ("Stina Ek", "hogsby-kommun"),
        ("Per Holm", "torsas-kommun"), ("Lisa Berg", "vimmerby-kommun"),
        ("Eva Lund", "kommunforbundet-i-kalmar-lan")])


def test_a_function_after_a_name_with_no_comma(ctx: Context) -> None:
    """"Övriga" / "Lisa Holm sekreterare" / "Per Ek sakkunnig": names, not headings ("sekreterare" names a list of
    the others present only as a heading's word); a word of no function after a name is no function."""
    got = att(ctx, "Närvarande", "Greta Lund (Nybro kommun)", "Olof Berg (Kalmar kommun)", "", "Övriga",
              "Lisa Holm sekreterare", "Per Ek sakkunnig", "Eva Lund processledare")
    assert [n for n, _ in got["ovriga"]] == ["Lisa Holm", "Per Ek", "Eva Lund"]
    assert ("Greta Lund", "nybro-kommun") in got["ledamoter"]


def test_the_kind_of_organisation_in_brackets_before_the_town(ctx: Context) -> None:
    """"Greta Lund, (kommun), Nybro, ordförande" / "Olof Berg, (region), Kalmar": the kommun of the town, or the
    region, where a kommun's template has the party."""
    got = att(ctx, "Beslutande     Greta Lund, (kommun), Nybro, ordförande",
              "               Olof Berg, (region), Kalmar", "               Stina Ek, (kommun), Torsås")
    assert got["ledamoter"] == [("Greta Lund", "nybro-kommun"), ("Olof Berg", "region-kalmar-lan"),
                                ("Stina Ek", "torsas-kommun")]


def test_a_digit_a_scan_read_in_a_name_before_its_bracket(ctx: Context) -> None:
    """"Greta Lun1 (Nybro kommun), vice ordforande" in a list: an entry (the name as written), not a heading that ends
    the list above it, and the review warned that the name looks damaged."""
    got = att(ctx, "Beslutande           Ledamöter:", "                     Stina Ek (Torsås kommun), ordforande",
              "                     Greta Lun1 (Nybro kommun), vice ordforande",
              "                     Olof Berg (Kalmar kommun)")
    assert [n for n, _ in got["ledamoter"]] == ["Stina Ek", "Greta Lun1", "Olof Berg"]
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Beslutande",
                            "Greta Lun1, Nybro kommun, ordförande", "Olof Berg, Kalmar kommun", "", *ITEMS))
    assert any("Lun1" in w and "looks damaged" in w for w in ex.warnings)


# --------------------------------------------------------------------------- the header


def test_a_notice_of_the_meeting_before_its_protocol(ctx: Context) -> None:
    """"Kallelse till sammanträde" with its numbered agenda (an attachment's line "Bilaga: Föregående protokoll"
    among them), then "SAMMANTRÄDESPROTOKOLL" with the date: the protocol's header and paragraphs are read, the
    notice's agenda is none of the items."""
    text = lines("Kallelse till sammanträde", "", "Kallelse till sammanträde för Beredningen",
                 "Tid: Torsdagen den 20 november 2031 klockan 09.30", "Plats: Kommunhuset, Nybro", "",
                 "Dagordning", "1. Val av justerare", "2. Föregående protokoll", "   Bilaga: Föregående protokoll",
                 "3. Budget", "", "Enligt uppdrag", "Per Ek", "", "SAMMANTRÄDESPROTOKOLL                 Sida",
                 "Sammanträdesdatum                     1/2", "2031-11-20", "Beredningen",
                 "Beslutande     Greta Lund, Nybro kommun, ordförande", "               Olof Berg, Kalmar kommun", "",
                 "§ 41 Val av justerare", "Beredningens beslut", "att utse Olof Berg att jämte ordföranden justera.",
                 "", "§ 42 Föregående protokoll", "Protokollet från sammanträdet 2031-09-25 läggs till handlingarna.",
                 "", "§ 43 Budget", "Per Ek föredrar budgeten.", "Beredningens beslut", "att notera informationen.")
    ex = extract(ctx, text)
    assert ex.date == "2031-11-20"
    assert [(it.n, it.title) for it in ex.items] == [(41, "Val av justerare"), (42, "Föregående protokoll"),
                                                      (43, "Budget")]
    assert ("approve-protocol", 42) in kinds(ex)
    # (a notice alone, no protocol after it: no title found further down)
    alone = extract(ctx, lines("Kallelse till sammanträde", "", "Kallelse till sammanträde för Beredningen",
                               "Tid: Torsdagen den 20 november 2031", "", "Dagordning", "1. Val av justerare",
                               "2. Föregående protokoll", "   Bilaga: Föregående protokoll", "3. Budget"))
    assert alone.date is None or not alone.decisions


# --------------------------------------------------------------------------- items


def test_minutes_as_paragraphs_opened_by_a_label_and_a_colon(ctx: Context) -> None:
    """"Representation: ...", "Ekonomi: ...", "Nästa möte: ..." opening paragraphs: items titled by their labels,
    the text after the colon theirs ("Vi bestämmer att ..." a decision), "Representation" no presentation, a
    presenter's verb after the label read; the lists' and fields' labels ("Närvarande:", "Tid:") no items."""
    text = lines("Styrgrupp för samverkansmodellen för barn och unga",
                 "Minnesanteckningar från möte 17 mars 2031, Kommunhuset, Nybro", "",
                 "Närvarande: Greta Lund, Olof Berg, Stina Ek, Per Holm.", "Tid: 13.00-15.00", "",
                 "Representation: Per Holm, ny representant från Torsås kommun, hälsades välkommen.", "",
                 "Ekonomi: Stina Ek redovisar budgeten för 2031, totalt 1,2 miljoner kronor. Vi bestämmer att "
                 "budgeten gäller för hela året.", "",
                 "Lägesrapport: Olof Berg lämnar en lägesrapport om kartläggningen i kommunerna.", "",
                 "Nästa möte: 12 maj kl 9-12 i Nybro.")
    ex = extract(ctx, text)
    assert titles(ex) == ["Representation", "Ekonomi", "Lägesrapport", "Nästa möte"]
    pres = {it.title: [n for n, _ in it.presenters] for it in ex.items}
    assert pres["Representation"] == [] and pres["Ekonomi"] == ["Stina Ek"] and pres["Lägesrapport"] == ["Olof Berg"]
    assert any(d.text.startswith("Vi bestämmer att budgeten") for d in ex.decisions)
    # (two such paragraphs: no items by that alone)
    two = extract(ctx, lines("Minnesanteckningar från möte 17 mars 2031", "", "Närvarande: Greta Lund, Olof Berg.", "",
                             "Ekonomi: Stina Ek redovisar budgeten för 2031.", "",
                             "Nästa möte: 12 maj kl 9-12 i Nybro."))
    assert titles(two) != ["Ekonomi", "Nästa möte"]


def test_points_counted_under_a_paragraph_are_its_sub_items(ctx: Context) -> None:
    """"§ 7 Informations- och frågestund" / "1. Trygg hemgång" / text / "2. Anhörigstöd" / text: two sub-items with
    their presenters; counted points with no text under each are the paragraph's text."""
    text = lines("Protokoll Samordnande grupp Äldre 2031-03-26", "", "§ 6 Val av justerare",
                 "Till justerare valdes Olof Berg.", "", "§ 7 Informations- och frågestund", "1. Trygg hemgång",
                 "Greta Lund, Nybro kommun, berättade om uppföljningen.", "2. Anhörigstöd",
                 "Stina Ek, Torsås kommun, redogjorde för kartläggningen.", "", "§ 8 Nästa möte",
                 "Nästa sammanträde hålls 2031-05-06.")
    ex = extract(ctx, text)
    subs = [(it.title, [n for n, _ in it.presenters]) for it in ex.items if it.parent == 7]
    assert subs == [("Trygg hemgång", ["Greta Lund"]), ("Anhörigstöd", ["Stina Ek"])]
    points = extract(ctx, text.replace("Greta Lund, Nybro kommun, berättade om uppföljningen.\n", "")
                     .replace("Stina Ek, Torsås kommun, redogjorde för kartläggningen.\n", "")
                     .replace("2. Anhörigstöd", "2. Anhörigstöd\n3. Budget"))
    assert not [it for it in points.items if it.parent == 7]


def test_a_presidiums_paragraphs_as_pm_in_any_case(ctx: Context) -> None:
    """"Pm 14   Val av justerare" ... three or more running on: paragraphs, as "PM 14"; "Dnr" after the number no part
    of the title; "godkännes", the older passive, approves."""
    text = lines("PRESIDIET                   SAMMANTRÄDESPROTOKOLL", "Sammanträdesdatum 2031-03-05", "",
                 "Pm 14   Val av justerare", "Greta Lund utses att jämte ordföranden justera protokollet.",
                 "Dagordningen godkännes.", "", "Pm 15   Föregående protokoll",
                 "Protokollet från presidiemötet den 15 januari 2031 godkännes.", "",
                 "Pm 16   Dnr 2031/3   Budget", "Presidiet noterar informationen.")
    ex = extract(ctx, text)
    assert [(it.n, it.title) for it in ex.items] == [(14, "Val av justerare"), (15, "Föregående protokoll"),
                                                      (16, "Budget")]
    assert ("approve-protocol", 15) in kinds(ex) and ("other", 14) in kinds(ex)


def test_a_heading_after_a_label_of_no_list(ctx: Context) -> None:
    """"Inledning: Presentation av projektet i länet" over text: an unnumbered item's heading (its word
    "Presentation" names no list of presenters), as is a heading over a sentence whose verb presents."""
    text = lines("Protokoll Samordnande grupp Barn och unga 2031-02-12", "", "Föredragningslistan",
                 "Föredragningslistan godkänns.", "", "Inledning: Presentation av projektet i länet",
                 "Greta Lund och Olof Berg presenterar erfarenheterna från det första året.", "",
                 "Månadsvis information om processgruppens arbete",
                 "Stina Ek informerar om processgruppens arbete med modellen.", "", "Nästa sammanträde",
                 "Nästa sammanträde hålls 2031-04-01.")
    ex = extract(ctx, text)
    assert "Inledning: Presentation av projektet i länet" in titles(ex)
    assert "Månadsvis information om processgruppens arbete" in titles(ex)


# --------------------------------------------------------------------------- decisions


def test_matter_and_decision_columns(ctx: Context) -> None:
    """"Ärende/Notering          Beslut" over items whose decisions stand in the right column beside their lines,
    wrapped over two: one decision a run, a new one at each "Att ..."; the items' titles without the column's text;
    a replacement "i gruppen" a seat in the body meeting."""
    pad = 60
    rows = [("Ärende/Notering", "Beslut"), ("", ""), ("1 Formalia", ""),
            ("1.1 Val av protokolljusterare", "Att utse Olof Berg att jämte"),
            ("", "ordföranden justera protokollet."), ("1.2 Föregående protokoll", ""),
            ("  Protokollet från mötet den 16 juni 2031 föredrogs.", "Att lägga protokollet till"),
            ("", "handlingarna."), ("", ""), ("2 Ledamot för Nybro kommun", ""),
            ("  Nybro kommun har utsett Stina Ek.", "Att Stina Ek ersätter Per Holm"),
            ("", "som ledamot i gruppen."), ("", ""), ("3 Nästa möte", ""), ("  Den 24 november 2031 i Kalmar.", "")]
    body = [(left.ljust(pad) + right).rstrip() for left, right in rows]
    ex = extract(ctx, lines("Protokoll Samordnande grupp Äldre 2031-09-22", "", *body))
    assert "Val av protokolljusterare" in titles(ex) and "Föregående protokoll" in titles(ex)
    texts = {d.kind: d.text for d in ex.decisions}
    assert texts["approve-protocol"] == "Att lägga protokollet till handlingarna."
    repl = next(d for d in ex.decisions if d.kind == "replacement")
    assert (repl.new, repl.replaced, repl.group) == ("Stina Ek", "Per Holm", "samordnande-grupp-aldre")
    assert any(d.text == "Att utse Olof Berg att jämte ordföranden justera protokollet." for d in ex.decisions)
    # (a head of other columns, "Ärende   Ansvarig": no decision column)
    other = extract(ctx, lines("Protokoll Samordnande grupp Äldre 2031-09-22", "",
                               *[b.replace("Beslut", "Ansvarig") if i == 0 else b for i, b in enumerate(body)]))
    assert not any(d.text == "Att lägga protokollet till handlingarna." for d in other.decisions)


def test_a_clause_att_after_the_sentence_before_it(ctx: Context) -> None:
    """"Genomgång av föregående protokoll. att godkänna föregående protokoll." (the clause on the sentence's line) and
    "... 700 tkr." / "att fördela medlen enligt förslaget." (on a line of its own): decisions; "Gruppen beslutar:" /
    "att avsätta ..." stays one decision with its clause."""
    text = lines("Protokoll Samordnande grupp Äldre 2031-02-10", "", "Sfh 1 Föregående protokoll",
                 "Genomgång av föregående protokoll daterat 2030-11-25. att godkänna föregående protokoll.", "",
                 "Sfh 2 Stimulansmedel", "Ramen för 2031 är 1 800 000 kronor, varav utbildning 1 100 000 kronor och "
                 "lokala insatser 700 tkr.", "att fördela medlen enligt förslaget.", "", "Sfh 3 Budget",
                 "Gruppen beslutar:", "att avsätta 500 000 kronor ur gruppens medel.", "", "Sfh 4 Nästa möte",
                 "Nästa möte hålls 2031-05-05.")
    ex = extract(ctx, text)
    assert ("approve-protocol", 1) in kinds(ex) and ("funding", 2) in kinds(ex)
    third = [d for d in ex.decisions if d.item == 3]
    assert len(third) == 1 and "avsätta" in third[0].text


def test_the_adjuster_and_the_minutes_approved_in_a_paragraph_before_the_items(ctx: Context) -> None:
    """"Till att justera anteckningarna valdes X. Anteckningarna från mötet den 3 februari gicks igenom, godkändes
    och lades till handlingarna." before the first item: the election and the approval; "Protokollet är
    justerat." (a notice of signing) and "Utses att justera: X" (a field) none."""
    text = lines("Minnesanteckningar från möte 17 mars 2031, Nybro", "",
                 "Närvarande: Greta Lund, Olof Berg, Stina Ek.", "",
                 "Till att justera anteckningarna valdes Olof Berg. Anteckningarna från mötet den 3 februari gicks "
                 "igenom, godkändes och lades till handlingarna.", "", *ITEMS)
    ex = extract(ctx, text)
    assert sorted(d.kind for d in ex.decisions if d.item is None) == ["approve-protocol", "other"]
    signed = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Protokollet är justerat.",
                                "Utses att justera: Olof Berg", "", *ITEMS))
    assert not [d for d in signed.decisions if d.item is None]


# --------------------------------------------------------------------------- shapes of learn8/ and learn9/ (read and
# tuned on in the same round: a samordningsförbund's bodies; public health and safety councils)


def test_a_meeting_word_before_a_six_digit_date(ctx: Context) -> None:
    """"Ledningsgruppsmöte 310125" (the year in two digits, month and day) as a title: the meeting's date; a number
    of six digits after other words none."""
    ex = extract(ctx, lines("Ledningsgruppsmöte 310125", "",
                            "Minnesanteckningar förda vid ledningsgruppsmöte med samordnande grupp Äldre, Region "
                            "Kalmar län och länets kommuner torsdagen den 25 janauri kl 09.00", "",
                            "Närvarande: Greta Lund, Kalmar kommun, Olof Berg, Nybro kommun.", "", *ITEMS))
    assert ex.date == "2031-01-25"
    other = extract(ctx, lines("Protokoll Ledningsgruppen 2031-01-26", "Ledningsgruppen, dnr 310125", "",
                               "Närvarande: Greta Lund, Olof Berg.", "", *ITEMS))
    assert other.date == "2031-01-26"


def test_pairs_of_names_and_organisations_in_two_sentences_with_the_way_they_took_part(ctx: Context) -> None:
    """"A, Kalmar kommun, B, Nybro kommun och C, Region Kalmar län (deltog på plats). D, Borgholms kommun och E,
    Torsås kommun (deltog via Teams)." under a heading: every pair read; "X, förbundschef, och Y, processledare,
    Samordningsförbundet i Kalmar län": both of that organisation, one the graph does not know."""
    got = att(ctx, "Närvarande ledamöter:", "Greta Lund, Kalmar kommun, Olof Berg, Nybro kommun och Stina Ek, Region "
              "Kalmar län (deltog på plats). Per Holm, Borgholms kommun och Eva Lund, Torsås kommun (deltog via "
              "Teams).",
              "", "Därutöver deltog:", "Lisa Berg, förbundschef, och Karl Ek, processledare, Samordningsförbundet i "
              "Kalmar län")
    assert got["ledamoter"] == [("Greta Lund", "kalmar-kommun"), ("Olof Berg", "nybro-kommun"),
                                ("Stina Ek", "region-kalmar-lan"), ("Per Holm", "borgholms-kommun"),
                                ("Eva Lund", "torsas-kommun")]
    assert got["ovriga"] == [("Lisa Berg", "samordningsforbundet-i-kalmar-lan"),
                             ("Karl Ek", "samordningsforbundet-i-kalmar-lan")]


def test_a_decision_according_to_the_proposal_above_it(ctx: Context) -> None:
    """"Förslag:" / "Protokollet läggs till handlingarna." / "Beslut:" / "Enligt förslag.": the proposal's decision
    (its kind, its text) from the proposal's label to the decision; "Enligt förslag." with no proposal above stays
    as it is."""
    text = lines("Protokoll Beredningen 2031-02-09", "", "§ 3 Föregående protokoll",
                 "Protokollet från sammanträdet 2030-12-01 har justerats.", "", "Förslag:",
                 "Protokollet läggs till handlingarna.", "Beslut:", "Enligt förslag.", "", "§ 4 Medel 2031",
                 "Medlen för 2031 uppgår till 2 100 000 kronor.", "", "Förslag:",
                 "Förbundsstyrelsen fastställer fördelningen enligt förslaget.", "Beslut:", "Enligt förslag.", "",
                 "§ 5 Nästa möte", "Nästa sammanträde hålls 2031-06-12.")
    ex = extract(ctx, text)
    assert ("approve-protocol", 3) in kinds(ex) and ("funding", 4) in kinds(ex)
    assert next(d for d in ex.decisions if d.item == 3).text == "Protokollet läggs till handlingarna."


def test_a_sentence_of_presence_in_one_of_the_first_items(ctx: Context) -> None:
    """A front page naming only the chair and the secretary ("Ordförande: X." / "Sekreterare: Y."), then "2 §
    Konstituering" / "Närvarande var ordinarie ledamöter A, B och C, ersättaren D för E, ordförande X och
    sekreterare Y.": the members present (D serving for E), the secretary among the others."""
    text = lines("Protokoll fört vid sammanträde med förbundsstyrelsen den 9 februari 2031.", "Ordförande: Greta Lund.",
                 "Sekreterare: Lisa Berg.", "", "1 §", "SAMMANTRÄDETS ÖPPNANDE", "",
                 "Sammanträdet öppnades av ordföranden.", "", "2 §", "KONSTITUERING", "",
                 "Närvarande var ordinarie ledamöter Olof Berg, Stina Ek och Per Holm, ersättaren Eva Lund för Karl "
                 "Nilsson, ordförande Greta Lund och sekreterare Lisa Berg.",
                 "Till protokolljusterare utsågs Olof Berg.", "", "3 §", "NÄSTA MÖTE", "",
                 "Nästa sammanträde hålls 2031-06-12.")
    ex = extract(ctx, text)
    members = [e.name for lst in ex.attendance if lst.kind == "ledamoter" for e in lst.entries]
    assert members == ["Olof Berg", "Stina Ek", "Per Holm", "Eva Lund", "Greta Lund"]
    assert [e.name for lst in ex.attendance if lst.kind == "ovriga" for e in lst.entries] == ["Lisa Berg"]
    assert next(e for lst in ex.attendance for e in lst.entries if e.name == "Eva Lund").in_place_of == "Karl Nilsson"
    assert ("other", 2) in kinds(ex)      # (the item's text read round the sentence: the adjuster elected)
    x = Extractor(text, ctx.lexicon, ctx.orgs, ctx.matcher, ctx.works)
    x.run()
    assert not x.absent_lines             # (a sentence of presence names no one absent)


def test_numbered_titles_with_their_text_after_a_colon(ctx: Context) -> None:
    """"1. Formalia: Greta Lund öppnade mötet. ..." / "2. Uppföljning 2031: genomgång av ..., diskussioner": items
    titled before the colon, their presenter read; a numbered title with a short remark after a colon keeps it."""
    text = lines("Anteckningar från beredningsgruppens möte 15 maj 2031", "Närvarande: Greta Lund, Olof Berg.", "",
                 "1. Formalia: Greta Lund öppnade mötet. Anteckningarna från mötet 2031-03-06 godkändes.",
                 "2. Uppföljning av insatserna 2031: genomgång av de två insatserna och diskussioner i grupper",
                 "3. Budget 2032: Olof Berg redovisade förslaget till ramar för 2032.", "4. Nästa möte: 2031-09-04.")
    ex = extract(ctx, text)
    assert titles(ex)[:3] == ["Formalia", "Uppföljning av insatserna 2031", "Budget 2032"]
    assert [n for it in ex.items if it.title == "Budget 2032" for n, _ in it.presenters] == ["Olof Berg"]


def test_paragraphs_whose_sign_a_scan_lost(ctx: Context) -> None:
    """"18 Fastställande av föredragningslista" / "$ 19 Val av justerare" / "$ 20 ..." / "21 Rapport": the numbers
    the run of paragraphs misses, written without their sign, are paragraphs too; the front page's "Utses att justera
    X" no item; a number the run does not miss ("2031 Budget" in a text) none."""
    text = lines("SAMMANTRÄDESPROTOKOLL", "Förbundsstyrelsen", "",
                 "Plats och tid     Regionhuset, Kalmar den 17 april 2031",
                 "", "Utses att justera Olof Berg", "", "18 Fastställande av föredragningslista", "",
                 "Föredragningslistan fastställs.", "", "$ 19 Val av justerare", "",
                 "Olof Berg utses att jämte ordföranden justera protokollet.", "", "$ 20 Föregående protokoll", "",
                 "Protokollet läggs till handlingarna.", "", "21 Förbundschefens rapport", "",
                 "Förbundschefen rapporterar om läget.", "", "$ 22 Nästa sammanträde", "",
                 "Nästa sammanträde hålls 2031-06-12.")
    ex = extract(ctx, text)
    assert [(it.n, it.title) for it in ex.items] == [
        (18, "Fastställande av föredragningslista"), (19, "Val av justerare"), (20, "Föregående protokoll"),
        (21, "Förbundschefens rapport"), (22, "Nästa sammanträde")]


def test_an_organs_paragraph_alone_and_its_sections(ctx: Context) -> None:
    """"FHR § 1" / "Föregående möte och protokoll." (the title under it, its stop) / text; "Tidigare beslut" and
    "Beslut" inside a paragraph are its sections, no sub-items; "Dagordningen godkändes." on the front page a
    decision."""
    text = lines("Protokoll Folkhälsorådet 2031-01-23", "", "Närvarande:", "Greta Lund, Kalmar kommun",
                 "Olof Berg, Nybro kommun", "", "Dagordningen godkändes.", "", "FHR § 1", "",
                 "Föregående möte och protokoll.", "", "Protokollet från sammanträdet 2030-11-28 godkändes.", "",
                 "FHR § 2", "", "Folkhälsoplan 2031", "", "Greta Lund redogjorde för förslaget.", "", "Tidigare beslut",
                 "", "FHR beslutade den 30 oktober 2030 att uppdra åt presidiet att lägga ett förslag.", "", "Beslut",
                 "", "Folkhälsorådet beslutar", "", "att godkänna folkhälsoplanen", "", "FHR § 3", "", "Nästa möte", "",
                 "Nästa möte hålls 2031-04-01.")
    ex = extract(ctx, text)
    assert titles(ex) == ["Föregående möte och protokoll", "Folkhälsoplan 2031", "Nästa möte"]
    assert any(d.text == "Dagordningen godkändes." and d.item is None for d in ex.decisions)


def test_two_lists_side_by_side_with_the_left_ones_word_and_a_legend_of_organisations(ctx: Context) -> None:
    """"Beslutande          Övriga deltagande" / "Ledamöter" / names in two columns, then "Organisation: A och B
    Nybro kommun, C Kalmar kommun, ...": the left column the members, the right the others, each name the
    organisation the legend gives it."""
    text = lines("Samordnande grupp Barn och unga          SAMMANTRÄDESPROTOKOLL", "Sammanträdesdatum 2031-02-13",
                 "Beslutande                                Övriga deltagande", "Ledamöter",
                 "Greta Lund, ordförande                    Lisa Berg, utvecklingsledare",
                 "Olof Berg                                 Karl Ek, sekreterare", "Stina Ek",
                 "Organisation: Greta Lund och Karl Ek Nybro kommun, Olof Berg Kalmar kommun,",
                 "Stina Ek Torsås kommun, Lisa Berg Kommunförbundet i Kalmar län.", "", *ITEMS)
    ex = extract(ctx, text)
    got = {lst.kind: [(e.name, e.org) for e in lst.entries] for lst in ex.attendance}
    assert got["ledamoter"] == [("Greta Lund", "nybro-kommun"), ("Olof Berg", "kalmar-kommun"),
                                ("Stina Ek", "torsas-kommun")]
    assert got["ovriga"] == [("Lisa Berg", "kommunforbundet-i-kalmar-lan"), ("Karl Ek", "nybro-kommun")]


def test_a_running_list_in_a_labels_value_column(ctx: Context) -> None:
    """"Beslutande         A (Region Kalmar län) (ordförande), B" / "närvarande         (Kalmar kommun), C (Nybro
    kommun) §§ 31-36, D (brukarrepresentant)": the list wrapped over its lines, brackets broken over them, the
    label's wrapped word, the paragraphs attended no part of an entry."""
    got = att(ctx, "Beslutande         Greta Lund (Region Kalmar län) (ordförande), Olof Berg",
              "närvarande         (Kalmar kommun), Stina Ek (Nybro kommun) §§ 31-36, Per Holm",
              "                   (brukarrepresentant)", "",
              "Övriga närvarande  Lisa Berg (Utvecklingsledare, Kommunförbundet i Kalmar län), Karl Ek",
              "                   (Sekreterare), Eva Lund (Säkerhetschef, Kalmar kommun) § 35")
    assert got["ledamoter"] == [("Greta Lund", "region-kalmar-lan"), ("Olof Berg", "kalmar-kommun"),
                                ("Stina Ek", "nybro-kommun"), ("Per Holm", "brukarrepresentant")]
    assert [n for n, _ in got["ovriga"]] == ["Lisa Berg", "Karl Ek", "Eva Lund"]


def test_a_decision_first_and_the_money_described_below_it(ctx: Context) -> None:
    """"§ 36 Medel 2032" / "Beslut" / "Ledningen beslutar att fastställa fördelningen enligt presidiets förslag." /
    "Ärendebeskrivning" / the money set aside: funding; the same decision with no money in the item stays other."""
    body = ["§ 36 Medel för krisberedskap 2032", "Beslut",
            "Länsgemensam ledning beslutar att fastställa fördelningen enligt presidiets förslag.", "Ärendebeskrivning",
            "Ur överenskommelsen finns 1 200 000 kronor för 2032, varav 700 000 kronor till kommunerna och "
            "500 000 kronor till regionen.", "", "§ 37 Nästa sammanträde", "Nästa sammanträde hålls 2031-09-04."]
    ex = extract(ctx, lines("Protokoll Länsgemensam ledning 2031-06-12", "", *body))
    assert ("funding", 36) in kinds(ex)
    plain = extract(ctx, lines("Protokoll Länsgemensam ledning 2031-06-12", "", *body[:4],
                               "Presidiet har berett frågan.", *body[5:]))
    assert ("other", 36) in kinds(plain)


def test_those_invited_to_present(ctx: Context) -> None:
    """"X och Y var inbjudna till dagens möte för att berätta om ...": both present the item; "X var inbjuden men
    kunde inte komma" does not."""
    text = lines("Protokoll Samordnande grupp Psykisk hälsa 2031-03-19", "", "§ 12 Krisstöd",
                 "Greta Lund och Olof Berg var inbjudna till dagens möte för att berätta om krisstödet i länet.", "",
                 "§ 13 Nästa möte",
                 "Stina Ek var inbjuden till mötet men kunde inte komma. Nästa möte hålls 2031-05-06.")
    ex = extract(ctx, text)
    pres = {it.n: [n for n, _ in it.presenters] for it in ex.items}
    assert pres[12] == ["Greta Lund", "Olof Berg"] and pres[13] == []


def test_paragraphs_and_a_listed_agenda_with_diary_numbers_in_a_column_of_their_own(ctx: Context) -> None:
    """"Innehållsförteckning" / "9   Val av justerare" / "10  Föregående protokoll   2031/12" (a title and its diary
    number a column apart) over "9 § Val av justerare" / ... / "10 § Föregående protokoll   Dnr 2031/12": the list no
    items, every paragraph an item with its title; a row whose other cell is no diary number stays a table's."""
    text = lines("Protokoll", "Samordnande grupp Psykisk hälsa", "Sammanträdesdatum 11 juni 2031", "",
                 "Innehållsförteckning", "9   Val av justerare", "10  Föregående protokoll   2031/12",
                 "11  Stimulansmedel 2032   2031/14", "12  Nästa sammanträde", "",
                 "9 § Val av justerare", "Olof Berg utses att jämte ordföranden justera protokollet.", "",
                 "10 § Föregående protokoll   Dnr 2031/12", "Protokollet från sammanträdet den 9 april 2031 godkänns.",
                 "", "11 § Stimulansmedel 2032   Dnr 2031/14", "Greta Lund föredrar ärendet.", "",
                 "12 § Nästa sammanträde", "Nästa sammanträde hålls 2031-09-10.")
    ex = extract(ctx, text)
    assert [(it.n, it.title, it.lines[0]) for it in ex.items] == [
        (9, "Val av justerare", 11), (10, "Föregående protokoll", 14), (11, "Stimulansmedel 2032", 17),
        (12, "Nästa sammanträde", 20)]
    assert ("approve-protocol", 10) in kinds(ex)
