"""Ingest rules of the twenty-fifth round (issue 13): shapes found on fresh30/ and fresh31/ (templates of real public
minutes of social services, health care and närvård bodies, held out in the twenty-fourth round, opened for tuning
once fresh32/ and fresh33/ were written to be held out instead): a notice of the meeting before a protocol whose title
is in its letterhead, a roll call's table in its item, a notes column saying who did not attend, a label over two
columns of names, a legend's letters over a presence table, a list grouped by organisation, a letterhead naming a body
no record knows, a front page with no title word, paragraphs of sentences under § marks; and the shapes of learn10/
and learn11/ (development parts written beside them: regional politics; psychiatry and addiction care), tuned on after
them: bullets whose marks a text layer lost, a document form's date block, sub-labels inside a list's sentence, a
running list of titles before names, minutes with no items, a body defined from the header with no parent named.

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

from graph.ingest.pipeline import Context

from .test_ingest_people18 import ITEMS, att
from .test_ingest_shapes import lines
from .test_ingest_shapes24 import kinds, titles
from .test_ingest_structure import extract


def lists(ex) -> dict[str, list[tuple[str, str | None]]]:  # type: ignore[no-untyped-def]
    out: dict[str, list[tuple[str, str | None]]] = {}
    for lst in ex.attendance:
        out.setdefault(lst.kind, []).extend((e.name, e.org or e.role) for e in lst.entries)
    return out


# --------------------------------------------------------------------------- header and title


def test_a_notice_before_a_protocol_titled_in_its_letterhead(ctx: Context) -> None:
    """"KALLELSE" with its agenda and the chair's signature, then the protocol whose every page is headed "Nybro
    kommun   Omsorgsnämndens utskott   SAMMANTRÄDESPROTOKOLL": a protocol of the meeting's date, the notice's
    signature no list; a notice with no protocol after it stays one."""
    notice = ["KALLELSE                                 Datum 2071-03-01", "Tid       Onsdagen den 8 mars 2071, kl 9",
              "Ärende", "1   Information", "2   Budget", "Övrigt", "", "Greta Lund", "Ordförande", ""]
    letterhead = "Nybro kommun        Omsorgsnämndens utskott        SAMMANTRÄDESPROTOKOLL"
    ex = extract(ctx, lines(*notice, letterhead, "                         Sammanträdesdatum 2071-03-08   Blad 2",
                            "Beslutande     Greta Lund (S), ordförande", "               Olof Berg (M)", "",
                            letterhead, "                         Sammanträdesdatum 2071-03-08   Blad 3",
                            "§ 4 Information", "Informationen noteras.", "", "§ 5 Budget",
                            "Utskottet godkänner budgeten."))
    assert (ex.doc_kind, ex.date) == ("protocol", "2071-03-08")
    assert lists(ex) == {"ledamoter": [("Greta Lund", None), ("Olof Berg", None)]}
    assert titles(ex) == ["Information", "Budget"]


def test_a_letterhead_naming_a_body_no_record_knows_over_a_date_on_the_next_value_line(ctx: Context) -> None:
    """"VÅRDRÅDET TORSÅS      8 mars      1 (3)" repeated on every page, no title word, "Plats och tid" with the date
    on the value column's next line: a protocol of that date, of the body the letterhead names."""
    head = "VÅRDRÅDET TORSÅS                                  8 mars               {} (3)"
    ex = extract(ctx, lines(head.format(1), "", "Plats och tid     Kommunhuset, Torsås",
                            "                  Onsdag, 8 mars, 2071 kl. 13.00-15.00",
                            "Beslutande        Greta Lund, Torsås kommun", "", head.format(2),
                            "VR 4 Information", "Informationen noteras.", "", "VR 5 Nästa möte",
                            "Nästa möte hålls 2071-05-10.", "", head.format(3)))
    assert (ex.doc_kind, ex.date) == ("protocol", "2071-03-08")
    assert [g[1] for g in ex.new_groups] == ["VÅRDRÅDET TORSÅS"] and ex.meeting_of == ex.new_groups[0][0]


def test_a_front_page_of_labels_with_no_title_word(ctx: Context) -> None:
    """A scan's front page with no "Protokoll" on it: "Plats och tid   ..., den 20 maj 2071 kl 09.00" over
    "Beslutande   ...": a protocol of that date; a labelled date with no list's label under it is none."""
    ex = extract(ctx, lines("                                   1 (3)",
                            "Plats och tid      Sjukhuset, sal Ljungen, den 20 maj 2071 kl 09.00-12.00", "",
                            "Beslutande         Greta Lund, Nybro kommun, ordförande",
                            "                   Olof Berg, Kalmar kommun", "", "41 Information",
                            "Informationen noteras.", "", "42 Föregående protokoll", "Protokollet godkändes.", "",
                            "43 Nästa sammanträde", "Nästa sammanträde hålls 2071-09-16."))
    assert (ex.doc_kind, ex.date) == ("protocol", "2071-05-20")
    assert [it.n for it in ex.items] == [41, 42, 43]


def test_a_form_heads_date_above_its_title(ctx: Context) -> None:
    """A document form's labels in a block over their values ("Datum" / "Diarie nr" / "2071-02-09" / "LGL 2071/14")
    above "Mötesanteckning Brukarråd" (one note of a meeting, the singular title word): the meeting's date."""
    ex = extract(ctx, lines("Riktlinje för dokumentstyrning", "Datum", "Diarie nr", "2071-02-09", "LGL 2071/14",
                            "Rubrik", "Mötesanteckning Brukarråd", "Samverkansområdesgrupp Brukarmedverkan",
                            "Närvarande", "Greta Lund, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                            "1. Information", "Informationen noteras.", "", "2. Nästa möte", "Nästa möte 2071-04-01."))
    assert (ex.doc_kind, ex.date) == ("protocol", "2071-02-09")


def test_a_sentence_of_minutes_is_no_title(ctx: Context) -> None:
    """"Protokoll från föregående möte den 11 maj 2071 godkändes. ..." opens a sentence, no title: the title is the
    body's line over the date line ("Möte med samverkansområdesgrupp Folkhälsa" / "Hos Greta Lund, 15 juni 2071.")."""
    ex = extract(ctx, lines("Möte med samverkansområdesgrupp Folkhälsa", "Hos Greta Lund, Nybro kommun, 15 juni 2071.",
                            "Närvarande: Greta Lund, Olof Berg (Kalmar kommun), Stina Ek.",
                            "Protokoll från föregående möte den 11 maj 2071 godkändes. Dagordningen godkändes.",
                            "Gruppen beslutade att fördela 300 000 kronor: 200 000 kronor till utbildning och "
                            "100 000 kronor till information.", "Nästa möte hos Olof Berg den 17 augusti kl 13."))
    assert (ex.title_line, ex.date) == (1, "2071-06-15")
    assert [d.kind for d in ex.decisions] == ["approve-protocol", "other", "funding"]
    assert sorted([f.total for f in ex.funding] + [a.amount for f in ex.funding for a in f.parts]) == [
        100000, 200000, 300000]


def test_a_body_named_with_its_county_is_the_known_one(ctx: Context) -> None:
    """"HR-chefsnätverket i Kalmar län" over "Minnesanteckningar från nätverksträff": the known network, no new one."""
    ex = extract(ctx, lines("HR-chefsnätverket i Kalmar län", "Minnesanteckningar från nätverksträff",
                            "Datum: 2071-06-13", "", "Närvarande", "Greta Lund, Nybro kommun",
                            "Olof Berg, Kalmar kommun", "", "1. Välkomna", "Greta Lund hälsade välkommen.", "",
                            "2. Byte", "Stina Ek ersätter Olof Berg i nätverket.", "", "3. Nästa träff", "I höst."))
    assert (ex.meeting_of, ex.new_groups) == ("hr-chefsnatverket", [])
    assert [(d.kind, d.group) for d in ex.decisions] == [("replacement", "hr-chefsnatverket")]


# --------------------------------------------------------------------------- attendance


def test_a_labels_first_entry_with_a_party_and_a_role(ctx: Context) -> None:
    """"Beslutande   Greta Lund (S), ordförande" / "   Olof Berg (M)": the label heads the list, its first entry
    the name with the party and role (no heading of its own beside the label)."""
    got = att(ctx, "Beslutande             Greta Lund (S), ordförande", "                       Olof Berg (M)",
              "Övriga deltagande      Stina Ek, socialchef")
    assert [n for n, _ in got["ledamoter"]] == ["Greta Lund", "Olof Berg"]
    assert [n for n, _ in got["ovriga"]] == ["Stina Ek"]


def test_a_notes_column_saying_who_did_not_attend(ctx: Context) -> None:
    """A "Notering" column ("ordf.", "deltog ej"): its head no name, "deltog ej" absent; a column's heading
    "Förhinder" beside a list line is no note of absence."""
    got = att(ctx, "Beslutande                          Notering", "Greta Lund, Nybro kommun            ordf.",
              "Olof Berg, Nybro kommun", "Ersättare", "Stina Ek, Nybro kommun",
              "Per Holm, Nybro kommun        deltog ej")
    assert got == {"ledamoter": [("Greta Lund", "nybro-kommun"), ("Olof Berg", "nybro-kommun")],
                   "ovriga": [("Stina Ek", "nybro-kommun")]}
    got = att(ctx, "Ledamöter                                 Övriga",
              "Greta Lund, Nybro kommun                  Per Holm, Region Kalmar län",
              "Olof Berg, Kalmar kommun                  Förhinder",
              "                                          Stina Ek, Torsås kommun")
    assert ("Olof Berg", "kalmar-kommun") in got["ledamoter"]


def test_a_label_over_two_columns_of_names(ctx: Context) -> None:
    """"Närvarande:   Ledamöter          Tjänstgörande ersättare" over two columns of names: both members' lists;
    three headings over three columns ("Ledamöter   Ersättare   Övriga") are three lists, no label over two."""
    got = att(ctx, "Närvarande:   Ledamöter                          Tjänstgörande ersättare",
              "              Greta Lund ( Nybro kommun )        Per Holm ( Region Kalmar län )",
              "              Olof Berg ( Kalmar kommun )        Stina Ek ( Torsås kommun )",
              "              Lisa Berg ( Kalmar kommun )")
    assert sorted(n for n, _ in got["ledamoter"]) == ["Greta Lund", "Lisa Berg", "Olof Berg", "Per Holm", "Stina Ek"]


def test_a_roll_call_table_in_its_item(ctx: Context) -> None:
    """"§ 2 Upprop" / "Förnamn Efternamn Organisation" (heads a space apart) / a row a person, over a page break /
    "... närvarande förutom X och Y. I deras ställe hade kallats in Z och W.": the table less X and Y, with Z and W."""
    ex = extract(ctx, lines("PROTOKOLL 1 (4)", "Samordnande grupp Äldre", "Tid: Torsdagen den 19 maj 2071, kl 9",
                            "", "§ 1 Öppnande", "Ordföranden öppnade sammanträdet.", "", "§ 2 Upprop",
                            "Upprop genomfördes av gruppens ledamöter:", "Förnamn Efternamn Organisation",
                            "Greta Lund Nybro kommun", *[""] * 30, "         Samordnande grupp Äldre - sida 1",
                            "Olof Berg Kalmar kommun", "Stina Ek Torsås kommun", "Per Holm Vimmerby kommun",
                            "Vid uppropet var samtliga ordinarie ledamöter närvarande förutom Stina Ek och Per",
                            "Holm. I deras ställe hade kallats in Lisa Berg och Eva Lund.", "", "§ 3 Nästa möte",
                            "Nästa möte hålls 2071-09-08."))
    assert sorted(n for n, _ in lists(ex)["ledamoter"]) == ["Eva Lund", "Greta Lund", "Lisa Berg", "Olof Berg"]
    assert sorted(e.name for e in ex.absent) == ["Per Holm", "Stina Ek"]


def test_a_legends_letters_over_a_presence_table_in_an_appendix(ctx: Context) -> None:
    """"N = närvarande, R = röstande" over "LEDAMÖTER   N R  N R" / "Greta Lund (S), ordf.   X X  X X" / an
    unmarked member (absent) / "SUPPLEANTER" / a deputy marked present only (others) or voting (a member)."""
    ex = extract(ctx, lines("PATIENTNÄMNDEN", "PROTOKOLL", "DATUM 2071-04-07", "NÄRVARANDE Se bilaga 1", "",
                            "§ 1 Information", "Informationen noteras.", "", "§ 2 Nästa sammanträde",
                            "Nästa sammanträde 2071-05-12.", "", "Bilaga 1", "N = närvarande, R = röstande",
                            "LEDAMÖTER                          N   R      N   R",
                            "Greta Lund (S), ordf.              X   X      X   X",
                            "Olof Berg (M)                      X   X      X   X", "Per Holm (C)",
                            "SUPPLEANTER", "Stina Ek (S)                       X          X",
                            "Lisa Berg (M)                      X   X      X   X", "Eva Lund (V)"))
    assert lists(ex) == {"ledamoter": [("Greta Lund", None), ("Olof Berg", None), ("Lisa Berg", None)],
                         "ovriga": [("Stina Ek", None)]}
    assert [e.name for e in ex.absent] == ["Per Holm"]


def test_a_list_grouped_by_organisation_with_titles_after_names(ctx: Context) -> None:
    """"Deltagare" / "Västerviks kommun" / "Greta Lund ordförande, Olof Berg socialchef" / "Region Kalmar län" /
    "Stina Ek och Per Holm distriktsläkare" / "Brukarrådet" / "Lisa Berg och Eva Lund": each with the block's
    organisation (or capacity); a name line with a capitalised word after the name is no such list."""
    ex = extract(ctx, lines("Minnesanteckningar lokal vårdsamverkan Västervik 8 oktober 2071", "", "Deltagare",
                            "Västerviks kommun", "Greta Lund ordförande, Olof Berg socialchef", "",
                            "Region Kalmar län", "Stina Ek och Per Holm distriktsläkare", "", "Brukarrådet",
                            "Lisa Berg och Eva Lund", "", "A. Inledning", "Greta Lund hälsar välkommen.", "",
                            "B. Nästa möte", "Nästa möte 2071-11-12."))
    assert lists(ex)["ledamoter"] == [
        ("Greta Lund", "vasterviks-kommun"), ("Olof Berg", "vasterviks-kommun"), ("Stina Ek", "region-kalmar-lan"),
        ("Per Holm", "region-kalmar-lan"), ("Lisa Berg", "brukarrepresentant"), ("Eva Lund", "brukarrepresentant")]


def test_a_lists_groups_after_blank_lines(ctx: Context) -> None:
    """"NÄRVAROFÖRTECKNING" / "Region Kalmar län" / names / "" / "Kommunerna" / names / "" / "Brukar- och
    anhörigorganisationer" / names: one list, each group's organisation (none for "Kommunerna", the users'
    representatives for the organisations of users)."""
    got = att(ctx, "NÄRVAROFÖRTECKNING", "", "Region Kalmar län", "Greta Lund", "Olof Berg (12-15 §)", "",
              "Kommunerna", "Stina Ek", "Per Holm", "", "Brukar- och anhörigorganisationer", "Lisa Berg", "",
              "Frånvarande", "Eva Lund")
    assert got["deltagare" if "deltagare" in got else "ledamoter"] == [
        ("Greta Lund", "region-kalmar-lan"), ("Olof Berg", "region-kalmar-lan"), ("Stina Ek", None),
        ("Per Holm", None), ("Lisa Berg", "brukarrepresentant")]


def test_an_organisation_no_record_knows_before_a_part_note(ctx: Context) -> None:
    """"Nordin, Frida, NSPH Kalmar län, 15 §": the organisation with its county in lower case, the paragraph
    attended after it no part of it; "Region" alone in brackets is the county's region."""
    got = att(ctx, "Övriga deltagande     Lund, Greta, NSPH Kalmar län, 15 §",
              "                      Berg, Olof, Västerviks kommun, 12-15 §", "", "Ledamöter",
              "Stina Ek (Region)", "Per Holm (Torsås)")
    assert got["ovriga"] == [("Greta Lund", "nsph-kalmar-lan"), ("Olof Berg", "vasterviks-kommun")]
    assert got["ledamoter"] == [("Stina Ek", "region-kalmar-lan"), ("Per Holm", "torsas-kommun")]


def test_a_list_heading_naming_its_body_after_a_comma(ctx: Context) -> None:
    """"Ledamöter, samordnande grupp Psykisk hälsa" / names / "Ledamöter, samverkansområdesgrupp Brukarmedverkan" /
    names: two members' lists; "Tjänstgörande Ersättare" capitalised as a heading is no name."""
    got = att(ctx, "Ledamöter, samordnande grupp Psykisk hälsa", "Greta Lund, ordförande", "Olof Berg, Kalmar kommun",
              "Ledamöter, samverkansområdesgrupp Brukarmedverkan", "Stina Ek, brukarrepresentant", "",
              "Tjänstgörande Ersättare", "Per Holm (Nybro) för Eva", "Lund (Nybro)")
    assert [n for n, _ in got["ledamoter"]] == ["Greta Lund", "Olof Berg", "Stina Ek", "Per Holm"]


def test_from_the_group_and_from_the_associations(ctx: Context) -> None:
    """"Från samordnande gruppen: A (ordförande), B, Kalmar kommun" / "Från föreningarna: C, Attention Kalmar län":
    the group's members, the associations' others present."""
    got = att(ctx, "Från samordnande gruppen: Greta Lund (ordförande), Olof Berg, Kalmar kommun, Stina Ek,",
              "Region Kalmar län", "Från föreningarna: Per Holm, Region Kalmar län, Eva Lund, Nybro kommun")
    assert [n for n, _ in got["ledamoter"]] == ["Greta Lund", "Olof Berg", "Stina Ek"]
    assert [n for n, _ in got["ovriga"]] == ["Per Holm", "Eva Lund"]


def test_sub_labels_inside_a_lists_sentence(ctx: Context) -> None:
    """"Närvarande: Gruppen: A (ordf.), B. Nätverken: C (för X). Övriga: D (invånarrepr.). Ej närvarande: E, F.":
    the group's members, the others present, those absent."""
    ex = extract(ctx, lines("Protokoll från samordnande grupp Äldres sammanträde.", "",
                            "Tid:        Torsdagen den 19 maj 2071 kl. 13.00", "",
                            "Närvarande: Gruppen: Greta Lund (ordf.), Olof Berg (vice ordf.),",
                            "Stina Ek. Nätverken: Per Holm (för demensnätverket). Övriga: Lisa Berg",
                            "(invånarrepr.). Ej närvarande: Eva Lund, Nils Åberg.", "", *ITEMS))
    got = lists(ex)
    assert [n for n, _ in got["ledamoter"]] == ["Greta Lund", "Olof Berg", "Stina Ek"]
    assert got["ovriga"] == [("Per Holm", None), ("Lisa Berg", "invanarrepresentant")]
    assert [e.name for e in ex.absent] == ["Eva Lund", "Nils Åberg"]


def test_a_running_list_of_titles_before_names_in_a_label_column(ctx: Context) -> None:
    """"Övriga deltagare   Utvecklingsledare Greta Lund, Kommunförbundet i Kalmar" / "län, Olof Berg och Stina Ek
    från Region Kalmar län 23," / "26-27, brukarrepresentant Per Holm 25, verksamhetschef Lisa Berg 24-25" / "samt
    sekreterare Eva Lund": each name, its organisation after it (shared back), paragraph numbers no part of it."""
    got = att(ctx, "Beslutande         Nils Åberg (Nybro kommun)", "",
              "Övriga deltagare   Utvecklingsledare Greta Lund, Kommunförbundet i Kalmar",
              "                   län, Olof Berg och Stina Ek från Region Kalmar län 23,",
              "                   26-27, brukarrepresentant Per Holm 25, verksamhetschef Lisa Berg 24-25",
              "                   samt sekreterare Eva Lund")
    assert got["ovriga"] == [("Greta Lund", "kommunforbundet-i-kalmar-lan"), ("Olof Berg", "region-kalmar-lan"),
                             ("Stina Ek", "region-kalmar-lan"), ("Per Holm", "brukarrepresentant"),
                             ("Lisa Berg", None), ("Eva Lund", None)]


def test_chairs_labels_in_a_table_of_those_present(ctx: Context) -> None:
    """"Närvarande" / "Ordförande   A (Org)" / "1:e vice ordförande   B (Org)" / "Ledamöter   C (Org)" / ... /
    "Sekreterare   D kansliet" right under the others: all read; form fields ("Ordförande   Agnes Holm" /
    "Sekreterare   Bertil Ek" before any list) are none (tests/test_ingest_generality.py)."""
    got = att(ctx, "Närvarande", "Ordförande           Greta Lund (Region Kalmar län)",
              "1:e vice ordförande  Olof Berg (Kalmar kommun)", "2:e vice ordförande  -",
              "Ledamöter            Stina Ek (Nybro kommun)", "                     Per Holm (Torsås kommun)",
              "Tjänstemän           Lisa Berg planeringsdirektör", "                     Nils Åberg utvecklingsledare",
              "Sekreterare          Eva Lund kansliet", "Övriga               -")
    assert [n for n, _ in got["ledamoter"]] == ["Greta Lund", "Olof Berg", "Stina Ek", "Per Holm"]
    assert [n for n, _ in got["ovriga"]] == ["Lisa Berg", "Nils Åberg", "Eva Lund"]


def test_others_after_the_members_in_one_sentence(ctx: Context) -> None:
    """"Närvarande: Beredningens ledamöter A (Org), B (Org) samt utvecklingsledarna i Kommunförbundet i Kalmar län
    och Region Kalmar län: C och D.": the members, then the others with the organisations in their order."""
    got = att(ctx, "Närvarande: Beredningens ledamöter Greta Lund (Region Kalmar län), Olof Berg (Kalmar kommun)",
              "samt utvecklingsledarna i Kommunförbundet i Kalmar län och Region Kalmar län: Stina Ek och",
              "Per Holm.")
    assert got["ledamoter"] == [("Greta Lund", "region-kalmar-lan"), ("Olof Berg", "kalmar-kommun")]
    assert got["ovriga"] == [("Stina Ek", "kommunforbundet-i-kalmar-lan"), ("Per Holm", "region-kalmar-lan")]


def test_an_inline_list_ends_at_a_heading_with_no_blank_line(ctx: Context) -> None:
    """"Förhinder: Eva Lund, Hela människan" / "Ordföranden informerar" / " Greta Lund hälsade ...": the list ends
    at its line; a group's line inside a list going on ("Representanter från kommunerna" / names) does not end it."""
    ex = extract(ctx, lines("Mötesanteckning", "Samverkansområdesgrupp Brukarmedverkan 2071-02-09", "Närvarande",
                            "Greta Lund, Nybro kommun", "Olof Berg, Kalmar kommun", "Förhinder: Eva Lund, Nybro kommun",
                            "Ordföranden informerar", " Greta Lund hälsade välkomna. Anteckningarna godkändes.",
                            "Budget", " Olof Berg redovisade budgeten. Gruppen beslutade att fördela 200 tkr.",
                            "Nästa möte", " Nästa möte hålls 2071-04-26."))
    assert [e.name for e in ex.absent] == ["Eva Lund"]
    assert titles(ex) == ["Ordföranden informerar", "Budget", "Nästa möte"]


# --------------------------------------------------------------------------- items


def test_paragraph_marks_over_sentences(ctx: Context) -> None:
    """"§ 1. Greta Lund hälsar ledningen välkommen. ...", "§ 3  Föregående protokoll ... godkändes.", "§ 4 Olof Berg
    (OB) redogör för ... 2071. Totalt ...": each mark an item titled by its first sentence, its presenter and
    decisions read; a title that is its decision ("§ 2 Stina Ek utses att justera protokollet") decided."""
    ex = extract(ctx, lines("Protokoll 3, fört vid", "", "Ledningens möte (Teams) i Region Kalmar län", "",
                            "den 2071-03-15 kl. 16.00", "", "Närvarande: Greta Lund, Olof Berg, Stina Ek", "",
                            "§ 1. Greta Lund (GL) hälsar ledningen välkommen. Det var få på linjen.", "",
                            "§ 2 Stina Ek utses att justera protokollet", "",
                            "§ 3  Föregående protokoll från mötet den 2071-02-15 godkändes.", "",
                            "§ 4 Olof Berg (OB) redogör för medlen för 2071. Totalt 900 000 SEK, varav 600 000 SEK "
                            "till vårdcentralerna och 300 000 SEK till utbildning. Ledningen beslutar att fördela "
                            "medlen enligt förslaget.", "", "§ 5. Nästa möte kl 16.00 den 12 april."))
    assert titles(ex) == ["Greta Lund (GL) hälsar ledningen välkommen", "Stina Ek utses att justera protokollet",
                          "Föregående protokoll från mötet den 2071-02-15 godkändes",
                          "Olof Berg (OB) redogör för medlen för 2071", "Nästa möte kl 16.00 den 12 april"]
    assert sorted((d.item, d.kind) for d in ex.decisions) == [(2, "other"), (3, "approve-protocol"), (4, "funding")]
    assert [p for it in ex.items for p, _ in it.presenters] == ["Greta Lund", "Olof Berg"]


def test_a_bare_numbered_run_with_one_sign_kept(ctx: Context) -> None:
    """A scan lost the "§" of most paragraphs ("41 Information") but kept one ("$ 44 Medel"): all in one run."""
    ex = extract(ctx, lines("Protokoll Beredningen 2071-05-20", "", "Närvarande", "Greta Lund, Nybro kommun", "",
                            "41 Information", "Informationen noteras.", "", "42 Protokoll", "Protokollet godkändes.",
                            "", "43 Rapport", "Rapporten noteras.", "", "$ 44 Medel 2071", "Medlen fördelas.", "",
                            "45 Nästa sammanträde", "Nästa sammanträde 2071-09-16."))
    assert [it.n for it in ex.items] == [41, 42, 43, 44, 45]


def test_a_numbered_title_with_its_text_after_its_stop(ctx: Context) -> None:
    """"1. Sammanträdets öppnande. Greta Lund öppnar sammanträdet och hälsar de" / "närvarande välkomna.": the title
    before the stop; a one-line item "3. Fråga om behörig kallelse. Mötet förklaras behörigt utlyst." too (a
    decision); "Nästa sammanträde" ends no verb's past tense."""
    ex = extract(ctx, lines("Protokoll från samordnande grupp Äldres sammanträde.", "", "Tid: 19 maj 2071 kl. 13",
                            "", "Närvarande: Greta Lund, Olof Berg (Kalmar kommun), Stina Ek.", "",
                            "1. Sammanträdets öppnande. Greta Lund öppnar sammanträdet och hälsar de",
                            "närvarande välkomna.", "", "2. Val av justerare. Olof Berg utses att tillsammans med",
                            "ordföranden justera protokollet.", "",
                            "3. Fråga om behörig kallelse. Mötet förklaras behörigt utlyst.", "",
                            "4. Nästa sammanträde. Nästa sammanträde hålls torsdagen den 8 september 2071",
                            "kl. 13.00 i Regionhuset, Kalmar."))
    assert titles(ex) == ["Sammanträdets öppnande", "Val av justerare", "Fråga om behörig kallelse",
                          "Nästa sammanträde"]
    assert [d.kind for d in ex.decisions] == ["other", "other"]


def test_points_counted_again_under_a_numbered_item(ctx: Context) -> None:
    """"36. Suicidprevention - status" / "1. Regional handlingsplan" / text / "2. Medel" / text: sub-items of 36;
    under item 1 or 2 the same points could be the agenda's own and are not taken so."""
    ex = extract(ctx, lines("Protokoll Presidiemöte 2071-05-25", "", "Beslutande: Greta Lund, Olof Berg.", "",
                            "35. Föregående protokoll", "Protokollet godkändes.",
                            "36. Suicidprevention - status", "1. Regional handlingsplan",
                            "Greta Lund redogjorde för planen.", "2. Medel för suicidprevention",
                            "Beslutades att föreslå Länsgemensam ledning att fördela 1 500 000 kr.",
                            "37. Nästa möte", "Nästa möte 2071-08-24."))
    assert titles(ex) == ["Föregående protokoll", "Suicidprevention – status", "Regional handlingsplan",
                          "Medel för suicidprevention", "Nästa möte"]


def test_bullets_whose_marks_were_lost(ctx: Context) -> None:
    """Two layouts of bullets a text layer lost: titles flush over text one space in (" Greta Lund hälsade ..."),
    and titles one space in over flush text; an agenda announced as bullets (no text of their own) is no items."""
    a = extract(ctx, lines("Mötesanteckning 2071-02-09 samverkansområdesgrupp Brukarmedverkan", "Närvarande",
                           "Greta Lund, Nybro kommun", "Olof Berg, Kalmar kommun", "Ordföranden informerar",
                           " Greta Lund hälsade välkomna.", "Olof Berg informerar om beroendevården",
                           " Det är klart med ny verksamhetschef.", "Skall gruppen delta i SIP-möten?",
                           " Frågan tas vidare.", "Nästa brukarråd", " Nästa brukarråd hålls den 26 april 2071."))
    assert titles(a) == ["Ordföranden informerar", "Olof Berg informerar om beroendevården",
                         "Skall gruppen delta i SIP-möten?", "Nästa brukarråd"]
    assert [p for it in a.items for p, _ in it.presenters][:2] == ["Greta Lund", "Olof Berg"]
    b = extract(ctx, lines("SAMORDNANDE GRUPP ÄLDRE", "MINNESANTECKNINGAR 2071-01-19", "Närvarande:",
                           "Greta Lund, Olof Berg, Stina Ek", "", " Föregående minnesanteckningar",
                           "Minnesanteckningarna godkändes.", " Byte av ledamot",
                           "Per Holm ersätter Stina Ek som ledamot i samordnande grupp Äldre.", " Nästa möte",
                           "Nästa möte hålls den 16 mars 2071."))
    assert titles(b) == ["Föregående minnesanteckningar", "Byte av ledamot", "Nästa möte"]


def test_presenters_under_the_listed_titles(ctx: Context) -> None:
    """"Föredragningar" / "- Budget 2072" / "  Föredras av A och B": the items of those titles presented by them."""
    ex = extract(ctx, lines("Presidiemöte  Sammanträdesprotokoll 2071-02-17", "", "Närvarande",
                            "Ledamöter   Greta Lund (Region Kalmar län)", "            Olof Berg (Nybro kommun)", "",
                            "Föredragningar", "- Handlingsplan för barn och unga", "  Föredras av Stina Ek",
                            "- Budget 2072", "  Föredras av Per Holm och Lisa Berg", "",
                            "5    Handlingsplan för barn och unga", "     Presidiet ställer sig bakom planen.", "",
                            "6    Budget 2072", "     Förslaget diskuteras.", "", "7    Nästa möte",
                            "     Nästa presidiemöte hålls 2071-05-05."))
    assert [[p for p, _ in it.presenters] for it in ex.items] == [["Stina Ek"], ["Per Holm", "Lisa Berg"], []]


# --------------------------------------------------------------------------- decisions, dates and money


def test_decision_forms_of_the_round(ctx: Context) -> None:
    """"Det antecknades att mötet utlysts i laga ordning." (a decision; "Det noterades att ..." none), "Protokollet
    ska justeras senast ..." (no approval), "Protokollet ... är justerat och anmäls. X godkänner protokollet." (one
    approval), "Nämnden justerade protokoll 2071:1 ..." (an approval), "... föreslår socialnämnden att godkänna
    budgetuppföljningen" (no funding), "att fastställa dagordningen" right under its heading (a decision)."""
    ex = extract(ctx, lines("Protokoll Beredningen 2071-03-04", "", "Närvarande", "Greta Lund, Nybro kommun",
                            "Olof Berg, Kalmar kommun", "", "§ 1 Inledning",
                            "Det antecknades att mötet utlysts i laga ordning. Det noterades att fler vill delta.",
                            "", "§ 2 Justering",
                            "Olof Berg utsågs att justera. Protokollet ska justeras senast 8 mars.",
                            "", "§ 3 Protokoll", "Protokollet från den 16 februari 2071 är justerat och anmäls.",
                            "Beredningen godkänner protokollet.", "", "§ 4 Budget",
                            "Beredningen föreslår socialnämnden att godkänna budgetuppföljningen.", "",
                            "§ 5 Dagordning", "att fastställa dagordningen"))
    assert kinds(ex) == [("other", 1), ("other", 2), ("approve-protocol", 3), ("other", 4), ("other", 5)]
    ex = extract(ctx, lines("PATIENTNÄMNDEN", "PROTOKOLL", "DATUM 2071-04-07", "",
                            "§ 1 Justering av protokoll", "Nämnden justerade protokoll 2071:1 från den 3 februari.",
                            "", "§ 2 Nästa", "Nästa sammanträde 2071-05-12."))
    assert kinds(ex) == [("approve-protocol", 1)]


def test_elections_before_the_items_and_a_fronted_replacement(ctx: Context) -> None:
    """"Till mötesordförande valdes A." / "Till Justerare valdes B och C" (no stop) before the items: decisions;
    "Efter diskussion utsågs enhälligt D, Org, till ledamot i samordnande grupp Äldre efter E.": a replacement."""
    ex = extract(ctx, lines("Protokoll fört vid Beredningens möte", "", "Plats: Teams. Tid: 2071-05-04 kl 13.00", "",
                            "Närvarande: Greta Lund (Region Kalmar län), Olof Berg (Kalmar kommun).", "",
                            "Till mötesordförande valdes Greta Lund.", "",
                            "Till Justerare valdes Olof Berg och Greta Lund", "", "Samordnande grupp Äldre:",
                            "Efter diskussion utsågs enhälligt Stina Ek, Nybro kommun, till ledamot i samordnande "
                            "grupp Äldre efter Per Holm.", "", "Nästa möte:", "Nästa möte hålls 2071-06-01.", "",
                            "Övrigt:", "Inga övriga frågor."))
    assert sorted(d.kind for d in ex.decisions) == ["other", "other", "replacement"]
    assert [(d.new, d.replaced, d.group) for d in ex.decisions if d.kind == "replacement"] == [
        ("Stina Ek", "Per Holm", "samordnande-grupp-aldre")]


def test_the_meetings_own_body_proposing_to_another(ctx: Context) -> None:
    """At the Beredning's meeting "Beredningen föreslår att Länsgemensam ledning fastställer planen" is its decision;
    at a presidiekonferens "Presidiet föreslår att konferensen ..." and anywhere "X föreslår att 480 000 kronor
    avsätts" (no one named to decide) are none."""
    def decided(title: str, sentence: str) -> list[str]:
        ex = extract(ctx, lines(title, "", "Närvarande", "Greta Lund, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                                "§ 1 Plan", sentence, "", "§ 2 Nästa möte", "Nästa möte 2071-06-01."))
        return [d.kind for d in ex.decisions if d.item == 1]
    assert decided("Protokoll Beredningen 2071-05-04", "Beredningen föreslår att Länsgemensam ledning fastställer "
                   "handlingsplanen.") == ["other"]
    assert decided("Protokoll gemensam presidiekonferens 2071-05-04", "Presidiet föreslår att konferensen "
                   "rekommenderar huvudmännen att avsätta 1 200 000 kronor.") == []
    assert decided("Protokoll Beredningen 2071-05-04", "Beredningen föreslår att 480 000 kronor avsätts.") == []


def test_minutes_of_a_past_meeting_with_no_year(ctx: Context) -> None:
    """At a meeting of 9 February, "Minnesanteckningar från mötet 8 december" refer to the year before; a date the
    notice was sent ("Kallelsen utsändes den 29 januari 2071") is no meeting."""
    ex = extract(ctx, lines("Minnesanteckningar", "Ledningsgruppen för barn och unga", "Tid: 9 februari 2071 kl. 13",
                            "Närvarande:", "Greta Lund, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                            "1. Kallelse", "Kallelsen till mötet utsändes den 29 januari 2071.", "",
                            "2. Minnesanteckningar från mötet 8 december",
                            "Minnesanteckningarna från mötet 8 december lades till handlingarna."))
    assert [(r.date, r.status) for r in ex.refs] == [("2070-12-08", "referred")]
    assert "the minutes of a past meeting: the year before" in (ex.refs[0].note or "")
    # (a meeting announced into the next year says so not: "Nästa möte 13 januari" at a December meeting)
    ex = extract(ctx, lines("Minnesanteckningar", "Ledningsgruppen för barn och unga", "Tid: 9 december 2071 kl. 13",
                            "Närvarande:", "Greta Lund, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                            "1. Nästa möte", "Nästa möte hålls 13 januari kl. 13."))
    assert [(r.date, r.status) for r in ex.refs] == [("2072-01-13", "announced")]
    assert ex.refs[0].note == '"13 januari": the text gives no year; 2072 from the protocol\'s date.'


def test_two_bearing_one_sum_each(ctx: Context) -> None:
    """"... avsätts 1 800 000 SEK, varav Region Kalmar län och kommunerna svarar för 900 000 SEK vardera.": the
    total and two parts of 900 000; a budget's follow-up approved decides no money."""
    ex = extract(ctx, lines("Protokoll Beredningen 2071-06-09", "", "Närvarande", "Greta Lund, Nybro kommun", "",
                            "§ 1 Medel", "Ur Överenskommelsen om insatser för psykisk hälsa och suicidprevention "
                            "avsätts 1 800 000 SEK till team, varav Region Kalmar län och kommunerna svarar för "
                            "900 000 SEK vardera.", "Beredningen beslutar att godkänna fördelningen.", "",
                            "§ 2 Budgetuppföljning", "Beredningen beslutar att godkänna budgetuppföljningen."))
    [f] = ex.funding
    assert (f.total, [p.amount for p in f.parts]) == (1800000, [900000, 900000])
    assert kinds(ex) == [("funding", 1), ("other", 2)]


def test_decisions_and_money_of_minutes_with_no_items(ctx: Context) -> None:
    """Minutes of one run of lines, no item: the decisions and money each line states, the money of one line no
    other's ("Dagordningen godkändes." stays "other" beside a line of money)."""
    ex = extract(ctx, lines("Möte med samverkansområdesgrupp Folkhälsa",
                            "Hos Greta Lund, Vimmerby kommun, 15 juni 2071.",
                            "Närvarande: Greta Lund, Olof Berg, Stina Ek (Emmaboda kommun).",
                            "Dagordningen godkändes. Till justerare valdes Olof Berg.",
                            "Gruppen beslutade att fördela 540 000 kronor: 340 000 kronor till utbildning och "
                            "200 000 kronor till skolorna.", "Per Holm ersätter Stina Ek som invånarrepresentant i "
                            "samverkansområdesgrupp Folkhälsa.", "Nästa möte den 17 augusti kl 13."))
    assert [d.kind for d in ex.decisions] == ["other", "other", "funding", "replacement"]
