"""Ingest rules of the twenty-seventh round (issue 13): shapes found on fresh34/ and fresh35/ (templates of real public
minutes on disability support and public health, held out in the twenty-sixth round, opened for tuning once fresh36/
and fresh37/ were written to be held out instead): a letterhead naming a nämnd's utskott and the date in columns, a
date in a column before the title, a summary telling the meeting in its first sentence, the deciding body and a
diary number as a paragraph's heading, a date with spaces for dashes, a title named inside the item's first sentence
("Under punkten X ..."), numbered sentences opening the minutes, an item table laid out with spaces, margins of
keywords beside the items' text, a list's label after a sentence on a header line or beside a margin's keyword, a
title or capacity before a name in a running list, entries parted by semicolons, the hours attended in a column, a
stray comma inside a name, a case's running number ("31/"), the own body proposing to another, a meeting declared
duly called, a yearless or two-digit year after a meeting's word; and the shapes of learn14/ and learn15/
(development parts written beside them: digital welfare and e-health; crisis preparedness), tuned on after them: an
agenda page before the protocol, a presence column first on the row, titles in the definite form before names,
headings over a line of presenters, information given before the items, one item a line, numbered attachments, a
letterhead's date label over the date alone, a replacement's seat in a group no record defines.

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

from graph.ingest.extract_dates import _date_mentions, _parse_date
from graph.ingest.pipeline import Context

from .test_ingest_people18 import att
from .test_ingest_shapes import lines
from .test_ingest_shapes24 import kinds, titles
from .test_ingest_structure import extract

# the items after a list, in this round's years
ITEMS = ("§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", "", "§ 2 Nästa möte", "Nästa möte hålls 2073-05-06.")


def entries(ex, kind: str) -> list:  # type: ignore[no-untyped-def]
    return [e for lst in ex.attendance if lst.kind == kind for e in lst.entries]


def people(ex, kind: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(e.name, e.org or e.role) for e in entries(ex, kind)]


def presenters(ex) -> list[tuple[str, list[str]]]:  # type: ignore[no-untyped-def]
    return [(it.title, [p for p, _ in it.presenters]) for it in ex.items]


# --------------------------------------------------------------------------- header, title and date


def test_a_letterhead_naming_a_bodys_utskott_and_the_date_in_columns(ctx: Context) -> None:
    """"Tekniska nämndens arbetsutskott   2073-02-11   1 (5)" on every page, no title word: the title and its date;
    a letterhead row naming no body ("Borgholms kommun   2073-02-11   1 (5)") is none."""
    body = ("", "Ledamöter            Maja Sandell (s), ordförande", "                     Tore Lindgren (c)", "",
            "§ 12 Val av justerare", "Arbetsutskottet utser Tore Lindgren att justera protokollet.", "",
            "§ 13 Budget", "Arbetsutskottet beslutar att godkänna budgeten.")
    page = "Tekniska nämndens arbetsutskott   2073-02-11   {} (2)"
    ex = extract(ctx, lines("BORGHOLMS KOMMUN", page.format(1), *body[:5], page.format(2), *body[5:]))
    assert (ex.doc_kind, ex.title_line, ex.date) == ("protocol", 2, "2073-02-11")


def test_a_date_in_a_column_before_the_title_is_no_items_number(ctx: Context) -> None:
    """"9 april 2073        Protokoll Beredningen": the title with its date (the day read as an item's number left
    the document without a title)."""
    ex = extract(ctx, lines("9 april 2073                                Protokoll Beredningen", "",
                            "Närvarande: Maja Sandell för Borgholms kommun, Tore Lindgren för Borgholms kommun.", "",
                            "1 Mötets öppnande", "Ordföranden öppnade mötet.", "2 Nästa möte", "Nästa möte i maj."))
    assert (ex.doc_kind, ex.title_line, ex.date) == ("protocol", 1, "2073-04-09")
    assert titles(ex) == ["Mötets öppnande", "Nästa möte"]


def test_a_summary_telling_the_meeting_in_its_first_sentence(ctx: Context) -> None:
    """"Sammanfattning från länsnätverket för hörsel" over "Länsnätverket för hörsel i Kalmar län träffades 22 januari
    2073 i Regionhuset, Kalmar.": a protocol of that date, its body the network named in full (the heading's
    "Föregående minnesanteckningar" below is an item, not the title); "Nätverket träffades senast 2073-01-22." is
    no meeting's line."""
    ex = extract(ctx, lines("Sammanfattning från länsnätverket för hörsel", "",
                            "Länsnätverket för hörsel i Kalmar län träffades 22 januari 2073 i Regionhuset, Kalmar.",
                            "", "Föregående minnesanteckningar", "Minnesanteckningarna gicks igenom och godkändes.", "",
                            "Val av justerare", "Till justerare utsågs Tore Lindgren.", "", "Nästa möte",
                            "Nästa möte hålls 16/4 i Lindby."))
    assert (ex.doc_kind, ex.title_line, ex.date) == ("protocol", 1, "2073-01-22")
    assert [g[1] for g in ex.new_groups] == ["Länsnätverket för hörsel i Kalmar län"]
    assert titles(ex) == ["Föregående minnesanteckningar", "Val av justerare", "Nästa möte"]
    assert [(r.date, r.status) for r in ex.refs] == [("2073-04-16", "announced")]


def test_a_date_with_spaces_for_its_dashes(ctx: Context) -> None:
    """"Dag: 2073 05 13": the year, month and day of two digits each; amounts in groups of three ("2 073 05 13") and
    a longer run of digits are none."""
    assert _parse_date("Dag: 2073 05 13", None) == "2073-05-13"
    assert _parse_date("kostar 2 073 05 13", None) is None
    assert _parse_date("Nr 2073 05 131", None) is None


def test_a_day_and_month_with_the_years_two_digits_after_a_dash(ctx: Context) -> None:
    """"11/6-69" and "12/11-69": dates of 2069 (a protocol's own date puts a meeting's two digits in its century,
    below); a paragraph's range, "§§ 3/4-12", none."""
    assert [(d, m, y) for _p, d, m, y, _w in _date_mentions("mötet den 11/6-69.")] == [(11, 6, 2069)]
    assert [(d, m, y) for _p, d, m, y, _w in _date_mentions("Torsdagen den 12/11-69 kl. 13.00")] == [(12, 11, 2069)]
    assert _date_mentions("§§ 3/4-12") == []


def test_an_agenda_page_before_the_protocol_and_its_range_of_paragraphs(ctx: Context) -> None:
    """"AGENDA" / "Agenda för möte med hörselrådet i Kalmar län." / "Tid: Torsdag 10 april 2073" / the items / "Kalmar
    3.4.2073" over "§§ 14-15      Kl 13:30      PROTOKOLL": the protocol's title, its date the notice's time of the
    meeting (not its day of sending), its body the council the notice names."""
    ex = extract(ctx, lines("AGENDA", "Agenda för möte med hörselrådet i Kalmar län.", "Tid: Torsdag 10 april 2073",
                            "14  Protokolljustering", "15  Ny ledamot i rådet", "Kalmar 3.4.2073", "", "",
                            "§§ 14-15                     Kl 13:30-15:45                     PROTOKOLL",
                            "Närvarande", "Maja Sandell, Borgholms kommun", "", "§ 14 Protokolljustering",
                            "Till justerare utses Maja Sandell.", "", "§ 15 Ny ledamot i rådet",
                            "Beslut", "Tore Lindgren ersätter Sixten Holm som ledamot i hörselrådet."))
    assert (ex.doc_kind, ex.title_line, ex.date) == ("protocol", 9, "2073-04-10")
    assert [g[1] for g in ex.new_groups] == ["Hörselrådet i Kalmar län"]
    assert [(d.kind, d.group) for d in ex.decisions if d.kind == "replacement"] == [
        ("replacement", "horselradet-i-kalmar-lan")]


def test_a_dated_line_naming_the_body_over_a_links_words(ctx: Context) -> None:
    """"Beslut i korthet - presidiemöte Länsgemensam ledning i samverkan 19 september 2073" over "Handlingar och
    protokoll - Presidiemöten" (a link's words with the title word in them): the first is the title."""
    ex = extract(ctx, lines("Beslut i korthet - presidiemöte Länsgemensam ledning i samverkan 19 september 2073", "",
                            "Presidiet beslutade bland annat om en ny plan.", "",
                            "Handlingar och protokoll - Presidiemöten", "", "Ny plan",
                            "Presidiet beslutade att anta planen för hörselvården.", "", "Kommande möten",
                            "Nästa presidiemöte hålls den 28 november 2073."))
    assert (ex.title_line, ex.date, ex.meeting_kind) == (1, "2073-09-19", "presidiemote")


def test_a_letterhead_date_label_over_the_date_alone(ctx: Context) -> None:
    """"BORGHOLMS KOMMUN   SAMMANTRÄDESPROTOKOLL   1 (2)" / "Krisnämnden   Sammanträdesdatum" / "2073-01-22", on each
    page: the meeting's date, the body "Krisnämnden" part of the kommun on the row above."""
    head = ("BORGHOLMS KOMMUN                                   SAMMANTRÄDESPROTOKOLL       {} (2)",
            "Krisnämnden                                     Sammanträdesdatum",
            "                                                2073-01-22")
    ex = extract(ctx, lines(head[0].format(1), *head[1:], "", "Beslutande:  Maja Sandell (C) ordf", "",
                            "§ 1 Val av justerare", "Krisnämnden beslutar att utse Tore Lindgren att justera.", "",
                            head[0].format(2), *head[1:], "", "§ 2 Nästa sammanträde",
                            "Nästa sammanträde hålls den 5 februari 2073."))
    assert (ex.title_line, ex.date) == (1, "2073-01-22")
    assert [(g[1], g[3]) for g in ex.new_groups] == [("Krisnämnden", "borgholms-kommun")]


# --------------------------------------------------------------------------- agenda items


def test_the_deciding_body_and_its_diary_number_as_a_paragraphs_heading(ctx: Context) -> None:
    """"§ 12   Arbetsutskottet (Dnr 2073/4)" over "Val av justerare": the title is the line under it; "§ 3 Ledamot i
    Beredningen (Dnr 2073/03)" is a title of its own."""
    ex = extract(ctx, lines("Protokoll Arbetsutskottet 2073-02-11", "", "Närvarande", "Maja Sandell, Borgholms kommun",
                            "",
                            "§ 12   Arbetsutskottet (Dnr 2073/4)", "Val av justerare",
                            "Arbetsutskottet beslutar att utse Tore Lindgren att justera.", "",
                            "§ 13   Arbetsutskottet (Dnr 2073/5)", "Föregående protokoll",
                            "Arbetsutskottet beslutar att godkänna protokollet.", "",
                            "§ 14 Ledamot i Beredningen (Dnr 2073/03)",
                            "Tore Lindgren ersätter Sixten Holm som ledamot i Beredningen."))
    assert titles(ex) == ["Val av justerare", "Föregående protokoll", "Ledamot i Beredningen"]


def test_numbered_sentences_opening_the_minutes_before_titled_items(ctx: Context) -> None:
    """"1. Ordförande Maja Sandell hälsade välkommen och förklarade sammanträdet öppnat." / "2. Rådet beslutade att
    fastställa dagordningen." / "3. Val av justerare": items, the sentences their titles; numbered sentences with no
    titled item after them are a decision's points, no items."""
    ex = extract(ctx, lines("Protokoll Trygghetsrådet 2073-01-22", "", "Närvarande", "Maja Sandell, Borgholms kommun",
                            "",
                            "1. Ordförande Maja Sandell hälsade välkommen och förklarade sammanträdet öppnat.",
                            "2. Rådet beslutade att fastställa föreliggande dagordning med ett tillägg.",
                            "3. Val av justerare", "Till justerare valdes Tore Lindgren.",
                            "4. Nästa sammanträde", "Nästa sammanträde hålls den 16 april 2073."))
    assert titles(ex)[:3] == ["Ordförande Maja Sandell hälsade välkommen och förklarade sammanträdet öppnat",
                              "Rådet beslutade att fastställa föreliggande dagordning med ett tillägg",
                              "Val av justerare"]
    assert presenters(ex)[0][1] == ["Maja Sandell"]
    ex = extract(ctx, lines("Protokoll Trygghetsrådet 2073-01-22", "", "§ 1 Budget", "Rådet beslutar:",
                            "1. Budgeten fastställs enligt förslaget.", "2. Planen följs upp i maj.", "",
                            "§ 2 Nästa möte", "Nästa möte hålls 2073-05-06."))
    assert titles(ex) == ["Budget", "Nästa möte"]


def test_a_title_named_inside_the_items_first_sentence(ctx: Context) -> None:
    """"2.     Under punkten Val av justerare utsågs Tore Lindgren att jämte ordföranden justera protokollet.": the
    item "Val av justerare", its sentence the election; "Under rubriken Planering av möten talade vi om hösten."
    likewise."""
    ex = extract(ctx, lines("PROTOKOLL FRÅN MÖTET I HÖRSELRÅDET PÅ REGIONHUSET, KALMAR, DEN 17 sept, 2073", "",
                            "Närvarande: Maja Sandell, ordförande, Tore Lindgren och Sixten Holm, sekreterare.", "",
                            "1.     Ordförande, Maja Sandell, öppnar mötet och hälsar alla välkomna.", "",
                            "2.     Under punkten Val av justerare utsågs Tore Lindgren att jämte ordföranden justera",
                            "protokollet.", "",
                            "3.     Under rubriken Planering av möten talade vi om hösten och nästa möte."))
    assert titles(ex)[1:] == ["Val av justerare", "Planering av möten"]
    assert ("other", 2) in kinds(ex)


def test_a_longer_title_with_its_stop_where_it_goes_on_the_numbering(ctx: Context) -> None:
    """"3. Fråga om konferensens behöriga utlysande, godkännande av dagordning samt upprättande av närvarolista."
    after 1 and 2: a title of fourteen words; "Konferensen förklarades vara behörigt utlyst." its decision."""
    ex = extract(ctx, lines("Protokoll från gemensam presidiekonferens 2073-10-16", "",
                            "1. Val av ordförande för konferensen.", "Maja Sandell valdes till ordförande.", "",
                            "2. Val av sekreterare för konferensen.", "Tore Lindgren valdes till sekreterare.", "",
                            "3. Fråga om konferensens behöriga utlysande, godkännande av dagordning samt upprättande "
                            "av närvarolista.",
                            "Konferensen förklarades vara behörigt utlyst. Dagordningen godkändes.", "",
                            "4. Nästa konferens.", "Nästa konferens hålls 2074-03-20."))
    assert titles(ex)[2].startswith("Fråga om konferensens behöriga utlysande")
    assert [d.text for d in ex.decisions if d.item == 3] == ["Konferensen förklarades vara behörigt utlyst.",
                                                            "Dagordningen godkändes."]


def test_an_item_table_laid_out_with_spaces(ctx: Context) -> None:
    """"Agenda      Idag      Ansvar" over rows "1. Dagordning    Dagordningen godkändes.    MP": items of the
    first column, their text the second's, the third (initials) no part of either."""
    ex = extract(ctx, lines("Minnesanteckningar Samverkansgruppen Hörsel", "Tid:  12 februari 2073, kl. 09.00", "",
                            "Agenda                      Idag                                           Ansvar",
                            "1. Dagordning               Dagordningen godkändes.                        MP",
                            "2. Ny ledamot               Tore Lindgren ersätter Sixten Holm som         MP",
                            "                            ledamot i gruppen.",
                            "3. Nästa möte               Nästa möte 23 april 2073 kl. 09.00.            MP"))
    assert titles(ex) == ["Dagordning", "Ny ledamot", "Nästa möte"]
    assert ("replacement", 2) in kinds(ex)


def test_one_item_a_line_a_short_title_and_its_sentence(ctx: Context) -> None:
    """"1 Föredragningslistan fastställs." / "2 Val av justerare. Till justerare utses Tore Lindgren." / "3 Föregående
    protokoll. Protokollet godkänns.": three items, the titles before the stops (the whole sentence where it is one)."""
    ex = extract(ctx, lines("Protokoll Beredskapsgruppen 2073-04-08", "", "Närvarande",
                            "Maja Sandell, Borgholms kommun", "",
                            "1 Föredragningslistan fastställs med tillägg av ett informationsärende.",
                            "2 Val av justerare. Till justerare jämte ordföranden utses Tore Lindgren.",
                            "3 Föregående protokoll. Protokoll nr 1/73 godkänns och läggs till handlingarna.",
                            "4 Nästa sammanträde äger rum den 10 juni 2073 i Regionhuset.",
                            "5 Information. Maja Sandell informerar om övningen."))
    assert titles(ex) == ["Föredragningslistan fastställs med tillägg av ett informationsärende",
                          "Val av justerare", "Föregående protokoll",
                          "Nästa sammanträde äger rum den 10 juni 2073 i Regionhuset", "Information"]
    assert ("approve-protocol", 3) in kinds(ex)


def test_a_table_of_contents_with_three_dots_and_numbered_attachments(ctx: Context) -> None:
    """"§ 1 Val av justerare ... 3" (three dots and a page) and "Bilagor" / "1 Närvarolista" / "2 Presentation" are
    no items; the paragraphs further down are."""
    ex = extract(ctx, lines("Protokoll Krisnämnden 2073-01-22", "", "Bilagor", "1 Närvarolista", "2 Presentation",
                            "", "Innehållsförteckning", "§ 1 Val av justerare ... 3", "§ 2 Föregående protokoll ... 3",
                            "", "§ 1 Val av justerare", "Krisnämnden beslutar att utse Tore Lindgren att justera.", "",
                            "§ 2 Föregående protokoll",
                            "Krisnämnden beslutar att lägga protokollet till handlingarna."))
    assert [(it.n, it.title, it.lines[0]) for it in ex.items] == [(1, "Val av justerare", 11),
                                                                (2, "Föregående protokoll", 14)]


def test_headings_over_a_line_of_presenters_and_an_agendas_word(ctx: Context) -> None:
    """"Agenda" over headings, each over a line naming only its presenters ("Maja Sandell, Borgholms kommun och Tore
    Lindgren, Region Kalmar län") and a blank line: items, presented by those named; "Agenda" is none, nor is a
    signature's label over a name ("Justerande" / "Tore Lindgren")."""
    ex = extract(ctx, lines("Länsgemensam ledning 14 mars 2073", "", "Agenda", "", "Inledning",
                            "Ordföranden inleder och hälsar välkommen till dagens möte.", "",
                            "Digital vård i hemmet - var står länet nu?",
                            "Maja Sandell, Borgholms kommun och Tore Lindgren, Region Kalmar län", "",
                            "Länsgemensam ledning beslutade att fastställa fördelningen enligt förslaget.", "",
                            "Gemensam journal, lägesrapport", "Sixten Holm, Kommunförbundet i Kalmar län", "",
                            "Vid dagens möte ges en uppföljande lägesrapport om införandet.", "", "Justerande",
                            "Tore Lindgren", "", "Protokollet justeras i Kalmar den 20 mars 2073."))
    assert presenters(ex)[:3] == [("Inledning", []),
                                  ("Digital vård i hemmet – var står länet nu?", ["Maja Sandell", "Tore Lindgren"]),
                                  ("Gemensam journal, lägesrapport", ["Sixten Holm"])]
    assert "Justerande" not in titles(ex)


def test_information_given_before_the_items(ctx: Context) -> None:
    """"Inför styrgruppens sammanträde lämnades följande information: Digital tillsyn; Tore Lindgren, enhetschef;
    Gemensam journal; Sixten Holm, utvecklingsledare." before "§ 9 Val av justerare": an item of its words, those
    named its presenters."""
    ex = extract(ctx, lines("PROTOKOLL Styrgruppen för tillsyn 2073-05-07", "", "Närvarande",
                            "Maja Sandell, Borgholms kommun", "",
                            "Inför styrgruppens sammanträde lämnades följande information: Digital tillsyn; Tore",
                            "Lindgren, enhetschef; Gemensam journal; Sixten Holm, utvecklingsledare.", "",
                            "§ 9 Val av justerare", "Styrgruppen utsåg Maja Sandell att justera protokollet.", "",
                            "§ 10 Nästa möte", "Nästa möte hålls 2073-06-11."))
    assert presenters(ex)[0] == ("Inför styrgruppens sammanträde lämnades följande information",
                                 ["Tore Lindgren", "Sixten Holm"])


# --------------------------------------------------------------------------- attendance


def test_a_title_or_capacity_before_a_name_in_a_running_list(ctx: Context) -> None:
    """"Närvarande: Maja Sandell för Borgholms kommun och brukarrepresentant Rune Holm." and "Närvarande
    tjänstepersoner: utvecklingsledare Tore Lindgren för Kommunförbundet i Kalmar" / "län, samordnare Sixten Holm för
    Region Kalmar län": the capacity or title before each name, the organisation cut at the line end joined again."""
    got = att(ctx, "Närvarande: Maja Sandell för Borgholms kommun och brukarrepresentant Rune Holm.",
              "Närvarande tjänstepersoner: utvecklingsledare Tore Lindgren för Kommunförbundet i Kalmar",
              "län, samordnare Sixten Holm för Region Kalmar län.")
    assert got == {"ledamoter": [("Maja Sandell", "borgholms-kommun"), ("Rune Holm", "brukarrepresentant")],
                   "ovriga": [("Tore Lindgren", "kommunforbundet-i-kalmar-lan"), ("Sixten Holm", "region-kalmar-lan")]}


def test_a_lists_label_after_a_sentence_on_a_header_line(ctx: Context) -> None:
    """"Plats: Lindby skola. Deltagande: Maja Sandell, Tore Lindgren, Sixten Holm. Frånvarande: Eva Berg.": the three
    present, Eva Berg absent; within a list's sentence begun above, "... Övriga: X" is that list's own label."""
    ex = extract(ctx, lines("Protokoll 2073-05-14", "", "Protokoll fört vid sammanträde för Hörselgruppen.",
                            "Plats: Lindby skola. Deltagande: Maja Sandell, Tore Lindgren, Sixten Holm.",
                            "Frånvarande: Eva Berg.", "", "§1. Mötets öppnande. Maja Sandell öppnar mötet.", "",
                            "§2. Nästa möte. Nästa möte hålls 2073-09-01."))
    assert [n for n, _ in people(ex, "ledamoter")] == ["Maja Sandell", "Tore Lindgren", "Sixten Holm"]
    assert [e.name for e in ex.absent] == ["Eva Berg"]


def test_a_margins_keyword_beside_the_roll_calls_list_and_the_items_text(ctx: Context) -> None:
    """A scan with keywords in the margin beside each item's text ("Upprop    Narvarande ledamoter: A, B och C.
    Ovriga narvarande: D (sekreterare).", "Dagordning    Forslaget till dagordning godkandes."): the roll call's
    lists, the items' decisions and presenters read from the text column."""
    ex = extract(ctx, lines("Horselradet i Borgholms kommun                                   1",
                            "Protokoll fort vid sammantrade onsdagen den 11/3 2073 kl. 13 i Stadshuset, Lindby", "",
                            "1 Motets oppnande",
                            "Oppnande        Radets ordforande Maja Sandell forklarade sammantradet oppnat.",
                            "2 Upprop",
                            "Upprop          Narvarande ledamoter: Maja Sandell, Tore Lindgren, Sixten",
                            "                Holm och Eva Berg. Ovriga narvarande: Lisa Ho1mkvist",
                            "                (sekreterare).",
                            "3 Godkannande av dagordning",
                            "Dagordning      Forslaget till dagordning godkandes med ett tillagg.",
                            "4 Nasta sammantrade",
                            "Nasta mote      Nasta sammantrade hålls onsdagen den 6/5 2073 kl. 13."))
    assert [n for n, _ in people(ex, "ledamoter")] == ["Maja Sandell", "Tore Lindgren", "Sixten Holm", "Eva Berg"]
    assert [n for n, _ in people(ex, "ovriga")] == ["Lisa Ho1mkvist"]
    assert presenters(ex)[0][1] == ["Maja Sandell"] and ("other", 3) in kinds(ex)


def test_entries_parted_by_semicolons_each_with_its_role(ctx: Context) -> None:
    """"Maja Sandell, ordförande; Tore Lindgren, ledamot; Eva Berg, ersättare; Sixten Holm, utvecklingsledare
    (sekreterare)": four entries, the deputy and the secretary others present; prose parted by semicolons ("Maja
    Sandell informerade; Tore Lindgren tackade.") is none."""
    got = att(ctx, "Närvarande", "Maja Sandell, ordförande; Tore Lindgren, ledamot;",
              "Eva Berg, ersättare; Sixten Holm, utvecklingsledare (sekreterare)")
    assert [n for n, _ in got["ledamoter"]] == ["Maja Sandell", "Tore Lindgren"]
    assert [n for n, _ in got["ovriga"]] == ["Eva Berg", "Sixten Holm"]
    ex = extract(ctx, lines("Protokoll 2073-06-05", "", "1. Välkomna",
                            "Maja Sandell informerade; Tore Lindgren tackade."))
    assert ex.attendance == []


def test_a_presence_column_first_and_the_hours_attended_last(ctx: Context) -> None:
    """"X   Maja Sandell, Borgholms kommun   Rådets ordförande" / "-   Eva Berg, Borgholms kommun": present and absent
    by the mark before the name; "Tore Lindgren   (09:00-10:15)": the hours attended, no cell of the entry."""
    ex = extract(ctx, lines("Protokoll Hörselrådet 2073-04-10", "", "Närvarande",
                            "X   Maja Sandell, Borgholms kommun          Rådets ordförande",
                            "-   Eva Berg, Borgholms kommun", "X   Sixten Holm, Region Kalmar län", "", "Deltagare:",
                            "Tore Lindgren               (09:00-10:15)", "Hanna Vik                   (10:15-11:30)",
                            "", *ITEMS))
    assert [n for kind in ("ledamoter", "deltagare") for n, _ in people(ex, kind)] == [
        "Maja Sandell", "Sixten Holm", "Tore Lindgren", "Hanna Vik"]
    assert [e.name for e in ex.absent] == ["Eva Berg"]


def test_names_with_their_parties_side_by_side_and_a_deputy_serving(ctx: Context) -> None:
    """"Ersättare   Mona Holm (S) Hans Ek (KD)": two deputies; "Roger Lind (S), tjänstgörande ersättare för Eva Berg
    (M)" and "Hanna Vik (S) ers. Ann Ek (S)": deputies serving in a member's place; ", deltog på distans" after an
    entry no organisation."""
    ex = extract(ctx, lines("Protokoll Omsorgsnämnden 2073-02-18", "", "Beslutande     Gunilla Holm (S) ordförande",
                            "               Åke Lind (C), deltog på distans",
                            "               Roger Lind (S), tjänstgörande ersättare för Eva Berg (M)",
                            "               Hanna Vik (S) ers. Ann Ek (S)", "",
                            "Ersättare      Mona Holm (S) Hans Ek (KD)", "", *ITEMS))
    assert [(e.name, e.org, e.in_place_of) for e in entries(ex, "ledamoter")] == [
        ("Gunilla Holm", None, None), ("Åke Lind", None, None), ("Roger Lind", None, "Eva Berg"),
        ("Hanna Vik", None, "Ann Ek")]
    assert [e.name for e in entries(ex, "ovriga")] == ["Mona Holm", "Hans Ek"]


def test_a_stray_comma_inside_a_name_and_a_surname_that_is_a_given_name(ctx: Context) -> None:
    """"..., Patrik, Olsson, ..." (a given name alone, a surname after a stray comma): one name; "Verner, Lennart"
    between rows written surname first: Lennart Verner."""
    got = att(ctx, "Närvarande: Maja Sandell, Patrik, Olsson, Tore Lindgren.")
    assert [n for n, _ in got["ledamoter"]] == ["Maja Sandell", "Patrik Olsson", "Tore Lindgren"]
    got = att(ctx, "Förtroendevalda", "Sandell, Maja                   Borgholms kommun",
              "Verner, Lennart                 Borgholms kommun", "Holm, Sixten                    Borgholms kommun")
    assert [n for n, _ in got["deltagare" if "deltagare" in got else "ledamoter"]] == [
        "Maja Sandell", "Lennart Verner", "Sixten Holm"]


def test_titles_before_names_in_the_definite_form_and_capitalised(ctx: Context) -> None:
    """"Ordförande: Chefläkaren Ragnhild Holm" / "Ledamöter: Överläkaren Mia Ek" / "Läkemedelsstrategen Kristin Berg"
    and "Övriga: Digitaliseringsstrateg Åsa Lind, 90 Enhetschef Therese Ek, 91": the names, the titles their posts."""
    got = att(ctx, "Ordförande: Chefläkaren Ragnhild Holm", "Ledamöter: Överläkaren Mia Ek",
              "Läkemedelsstrategen Kristin Berg", "Socialchefen Anette Lund, Borgholms kommun", "",
              "Övriga: Digitaliseringsstrateg Åsa Lind, 90 Enhetschef Therese Ek, 91")
    assert [n for kind in ("ledamoter", "ovriga") for n, _ in got.get(kind, [])] == [
        "Ragnhild Holm", "Mia Ek", "Kristin Berg", "Anette Lund", "Åsa Lind", "Therese Ek"]


def test_sentences_of_presence_and_of_the_minutes_kept(ctx: Context) -> None:
    """"Närvarande var Maja Sandell, ordförande, och Tore Lindgren, Region Kalmar län, ..." (a sentence, no label
    flush with an entry), "Anteckningar fördes av Sixten Holm, Kommunförbundet i Kalmar län." (present, not a
    member) and "Eva Berg, Borgholms kommun, deltog under punkt 5." (present for one point)."""
    ex = extract(ctx, lines("Projektgruppen för hörsel i Kalmar län", "Minnesanteckningar", "",
                            "Den 27 augusti 2073 hölls gruppens möte i Kalmar. Ordföranden hälsade välkommen.",
                            "Närvarande var Maja Sandell, ordförande, och Tore Lindgren, Region Kalmar län, Lisa Berg",
                            "och Hanna Vik, Borgholms kommun. Anteckningar fördes av Sixten Holm, Kommunförbundet i",
                            "Kalmar län.",
                            "", "Utvärdering", "Lisa Berg från Borgholms kommun var inbjuden för att informera om "
                            "utvärderingen av det första året.", "", "Nästa möte", "Nästa möte hålls 2073-10-23."))
    assert [n for n, _ in people(ex, "ledamoter")] == ["Maja Sandell", "Tore Lindgren", "Lisa Berg", "Hanna Vik"]
    assert people(ex, "ovriga") == [("Sixten Holm", "kommunforbundet-i-kalmar-lan")]
    assert presenters(ex)[0] == ("Utvärdering", ["Lisa Berg"])


def test_a_title_and_an_organisation_no_record_knows(ctx: Context) -> None:
    """"Lars Hägg, civilförsvarsdirektör Länsstyrelsen i Lindby län": the agency, not the county after its "i";
    "Sara Holm, samordnare SIP Kommunförbundet i Kalmar län" keeps the known organisation."""
    ex = extract(ctx, lines("Protokoll Beredningen 2073-03-04", "", "Övriga närvarande",
                            "Lars Hägg, civilförsvarsdirektör Länsstyrelsen i Kalmar län",
                            "Sara Holm, samordnare SIP Kommunförbundet i Kalmar län", "", *ITEMS))
    got = {e.name: e.org for e in entries(ex, "ovriga")}
    assert got == {"Lars Hägg": "lansstyrelsen-i-kalmar-lan", "Sara Holm": "kommunforbundet-i-kalmar-lan"}


# --------------------------------------------------------------------------- decisions and presenters


def test_the_own_body_proposing_to_another_and_an_election_by_a_bare_clause(ctx: Context) -> None:
    """At the utskott's meeting "Arbetsutskottet föreslår omsorgsnämnden besluta att fördela medlen." is its decision
    (on money);
    "Kansliet föreslår nämnden besluta att ..." is none; "att välja Tore Lindgren till protokolljusterare." is an
    election (no minutes approved: "protokolljusterare" is a person)."""
    ex = extract(ctx, lines("Protokoll Omsorgsnämndens arbetsutskott 2073-02-11", "", "§ 1 Medel",
                            "Arbetsutskottet föreslår omsorgsnämnden besluta att fördela medlen enligt bilaga 4.", "",
                            "§ 2 Remiss", "Kansliet föreslår nämnden besluta att lämna synpunkter.", "",
                            "§ 3 Val av protokolljusterare", "Tore Lindgren föreslogs till protokolljusterare.",
                            "att välja Tore Lindgren till protokolljusterare."))
    assert kinds(ex) == [("funding", 1), ("other", 3)]


def test_a_cases_running_number_parts_its_text(ctx: Context) -> None:
    """Cases numbered "31/", "32/" inside an item, each with its "Beslut:": money stated in the first case is not the
    second's ("Ansökan beviljas." is no funding), and the name after "32/" presents."""
    ex = extract(ctx, lines("Protokoll Folkhälsoutskottet 2073-09-15", "", "4. Mötets öppnande",
                            "Ordföranden öppnade mötet.", "5. Medel och ansökningar",
                            "31/ Lindby IF ansöker om medel. Inom överenskommelsen finns 900 tkr, varav 600 tkr till",
                            "planen och 300 tkr till föreningar.", "Beslut: Utskottet fastställer fördelningen.",
                            "32/ Eva Berg informerar om Lindby simsällskaps ansökan om medel för en kurs.",
                            "Beslut: Ansökan beviljas.", "6. Nästa möte", "Nästa möte hålls 2073-11-10."))
    assert kinds(ex) == [("funding", 5), ("other", 5)]
    assert presenters(ex)[1][1] == ["Eva Berg"]


def test_a_replacements_seat_in_a_group_no_record_defines(ctx: Context) -> None:
    """"Krisnämnden beslutar att Tore Lindgren ersätter Eva Berg som ledamot i beredskapsgruppen för vård och omsorg
    från och med den 1 februari 2073.": a seat in that group, defined by the draft; "i folkhälsoutskottet" at the
    utskott's own meeting is a seat in it; "som ledamot i samverkansgruppen för Borgholms kommun" gives the seat's
    origin."""
    ex = extract(ctx, lines("Protokoll Krisnämnden 2073-01-22", "", "§ 5 Byte av ledamot",
                            "Krisnämnden beslutar att Tore Lindgren ersätter Eva Berg som ledamot i",
                            "beredskapsgruppen för vård och omsorg från och med den 1 februari 2073."))
    assert [(d.kind, d.group) for d in ex.decisions] == [("replacement", "beredskapsgruppen-for-vard-och-omsorg")]
    assert [g[1] for g in ex.seat_groups] == ["Beredskapsgruppen för vård och omsorg"]
    ex = extract(ctx, lines("Protokoll Folkhälsoutskottet                                    Nr 3-2073",
                            "Borgholms kommun, kommunstyrelsens folkhälsoutskott", "", "Datum:  15 september 2073", "",
                            "1. Ny ledamot", "Tore Lindgren ersätter Eva Berg som ledamot i folkhälsoutskottet."))
    assert [(d.kind, d.group) for d in ex.decisions] == [("replacement", "folkhalsoutskottet")]


def test_a_heading_of_the_proposal_and_a_reflexive_presentation(ctx: Context) -> None:
    """"Förslag" over "Till protokolljusterare utses X." is the proposal, "Beslut" / "Förslaget godkändes." the
    decision; "X presenterade sig för gruppen" presents nothing, "Till detta beskriver Y ..." presents."""
    ex = extract(ctx, lines("Protokoll Hörselrådet 2073-04-10", "", "§ 15 Protokolljustering", "Förslag",
                            "Till protokolljusterare utses Tore Lindgren och Eva Berg.", "Beslut",
                            "Förslaget godkändes.", "", "§ 16 Information",
                            "Maja Sandell, Borgholms kommun, presenterade sig för gruppen. Till detta beskriver Sixten "
                            "Holm tillgängliga medel.", "", "§ 17 Nästa möte", "Nästa möte hålls 2073-06-05."))
    assert [(d.kind, d.lines) for d in ex.decisions][:1] == [("other", (7, 7))]
    assert presenters(ex)[1] == ("Information", ["Sixten Holm"])


def test_meetings_named_after_their_date_and_without_a_year(ctx: Context) -> None:
    """"Torsdagen den 12/11-73 kl. 13.00 håller gruppen nästa möte via Teams." and "Nästa möte hålls 16/4 i Lindby."
    announce meetings; "Rapport från Länsgemensam ledning 16 maj 2073 ... remiss senast 30 september 2073" refers to a
    past one (the deadline's word belongs to the other date)."""
    ex = extract(ctx, lines("Protokoll Hörselrådet 2073-09-17", "", "1. Planering",
                            "Torsdagen den 12/11-73 kl. 13.00 håller gruppen nästa möte via Teams.", "",
                            "2. Information", "Maja Sandell informerar om: Rapport från Länsgemensam ledning 16 maj "
                            "2073 (Dnr 2073/12) och planen, remiss senast 30 september 2073.", "",
                            "3. Nästa möte", "Nästa möte hålls 16/4 i Lindby."))
    assert sorted((r.date, r.status) for r in ex.refs) == [("2073-05-16", "referred"), ("2073-11-12", "announced"),
                                                           ("2074-04-16", "announced")]


def test_a_long_item_of_prose_is_read_line_by_line(ctx: Context) -> None:
    """An item of 1 500 lines of prose (no margin's keywords anywhere): read without looking back line by line
    through the whole paragraph (the margin's reading once asked each line's predecessor in turn, as deep as the
    paragraph was long), its decision found at the end."""
    prose = [f"Rad {k} av en lång redogörelse om arbetet i länet under året som gått" for k in range(1500)]
    ex = extract(ctx, lines("Protokoll Beredningen 2073-03-04", "", "§ 1 Redogörelse", *prose,
                            "Beredningen beslutar att lägga redogörelsen till handlingarna.", "", "§ 2 Nästa möte",
                            "Nästa möte hålls 2073-05-06."))
    assert titles(ex) == ["Redogörelse", "Nästa möte"] and ("other", 1) in kinds(ex)


def test_a_decision_after_a_list_read_inside_its_item(ctx: Context) -> None:
    """"1. Mötets öppnande" / "Närvarande:" / names / "Anmält förhinder: X" / "Mötet fastställde närvarolistan och
    adjungerade Eva Berg.": the list is the record's, the sentence after it still the item's decision."""
    ex = extract(ctx, lines("Mötesprotokoll Beredskapsgruppen", "", "15 oktober 2073", "", "1. Mötets öppnande.",
                            "Maja Sandell öppnade mötet.", "", "Närvarande:", "", "Maja Sandell, Borgholms kommun", "",
                            "Tore Lindgren, Region Kalmar län", "", "Anmält förhinder: Sixten Holm", "",
                            "Mötet fastställde närvarolistan till 2 personer med rösträtt och adjungerade Eva Berg.",
                            "", "2. Nästa möte.", "Nästa möte hålls den 12 november 2073."))
    assert [n for n, _ in people(ex, "ledamoter")] == ["Maja Sandell", "Tore Lindgren"]
    assert [(d.kind, d.item, d.lines) for d in ex.decisions] == [("other", 1, (16, 16))]
