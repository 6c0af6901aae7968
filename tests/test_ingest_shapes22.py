"""Ingest rules of the twenty-second round (issue 13): shapes found on fresh20/ and fresh21/ (templates of real
public minutes, held out until this round, opened for tuning once fresh26/ and fresh27/ were written to be held
out instead): the meeting's date on a title further down the header or in the bevis block under the signatures,
paragraphs under a long front page, an annex mark after a paragraph's number, decisions whose "beslutar att" a
margin lost, a kind of organisation over a list's people, an organisation's abbreviation after a name, a kommun's
presence and voting list, the signers under "Underskrifter", and the other list, decision and heading shapes below.

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

import pytest

from graph.ingest.extract_agenda_numbering import item_number
from graph.ingest.pipeline import Context

from .test_ingest_people18 import ITEMS, att
from .test_ingest_shapes import lines
from .test_ingest_structure import extract

MEMBERS = ("Ledamöter", "Greta Lund, Nybro kommun", "Olof Berg, Kalmar kommun", "")

# --------------------------------------------------------------------------- the header


def test_a_title_further_down_the_header_gives_the_meetings_date(ctx: Context) -> None:
    """"Protokoll från <group> med ... den 17 april 2031" under a shorter title line: the meeting's date, as the
    title's; "14–15 februari 2031" (a range of days) its first day."""
    ex = extract(ctx, lines("Protokoll samordnande grupp Äldre", "1 (4)", "Protokoll",
                            "Protokoll från samordnande grupp Äldre med brukar- och pensionärsorganisationerna den "
                            "17 april 2031", "Tid: 13.00–15.30", *MEMBERS, *ITEMS))
    assert ex.date == "2031-04-17"
    ex = extract(ctx, lines("Minnesanteckningar gemensam presidiekonferens 2031", "",
                            "MINNESANTECKNINGAR från gemensam presidiekonferens i Kalmar 14–15 februari 2031", "",
                            *MEMBERS, *ITEMS))
    assert ex.date == "2031-02-14"


def test_a_sentence_in_the_header_naming_a_meeting_gives_no_date(ctx: Context) -> None:
    """Negative: the minutes of an earlier meeting laid to the files, a sentence, give the meeting no date."""
    ex = extract(ctx, lines("Protokoll samordnande grupp Äldre", "Protokoll",
                            "Protokollet från sammanträdet den 6 februari 2031 läggs till handlingarna.",
                            *MEMBERS, *ITEMS))
    assert ex.date is None


def test_the_meeting_date_labelled_in_the_bevis_block_under_the_signatures(ctx: Context) -> None:
    """A front page of fields whose only date of the meeting stands in the "ANSLAG / BEVIS" block, further down than
    the header reaches: "Sammanträdesdatum: 2031-09-04"; the other dates of the block are no meeting's."""
    front = ["Protokoll presidiemöte", "Presidiemöte Länsgemensam ledning i samverkan        1 (4)",
             "Plats och tid: Regionhuset, kl 13:00-16:00",
             "Beslutande: Greta Lund (Nybro kommun), ordförande", "Olof Berg (Kalmar kommun)",
             "Karin Ek (Torsås kommun)", "Per Holm (Borgholms kommun)", "Stella Wik (Emmaboda kommun)",
             "Övriga deltagande: Anna Sund (Region Kalmar län), Eva Strand (Region Kalmar län)",
             "Utses att justera: Olof Berg", "Justeringens plats och tid: Regionhuset",
             "Sekreterare: Anna Sund                         Paragrafer 1-2", "Ordföranden: Greta Lund",
             "Justerande: Olof Berg", "ANSLAG / BEVIS", "Justeringen har tillkännagivits genom anslag",
             "Organ: Presidiemöte Länsgemensam ledning i samverkan", "Datum för anslags uppsättande: 2031-09-11",
             "Sammanträdesdatum: 2031-09-04", "Underskrift: Anna Sund", ""]
    ex = extract(ctx, lines(*front, *ITEMS))
    assert ex.date == "2031-09-04" and [it.n for it in ex.items] == [1, 2]


# --------------------------------------------------------------------------- items


def test_paragraphs_under_a_long_front_page_are_the_items(ctx: Context) -> None:
    """"§ 31 Val av justerare" ... under a front page and a presence table of a page (numbered on through the year):
    a run of paragraphs from any line; a lone "§ 5" further down starts no run."""
    front = [f"Person{k} Lund                     X" for k in range(45)]
    text = lines("Protokoll presidiemöte 2031-06-18", "", "Närvarolista", *front, "",
                 "§ 31 Val av justerare", "Olof Berg utses att justera protokollet.", "",
                 "§ 32 Fastställande av dagordning", "Dagordningen fastställs.", "",
                 "§ 33 Övrigt", "Inga övriga frågor.")
    ex = extract(ctx, text)
    assert [(it.n, it.title) for it in ex.items] == [(31, "Val av justerare"), (32, "Fastställande av dagordning"),
                                                      (33, "Övrigt")]


@pytest.mark.parametrize(("line", "expected"), [
    ("§ 42./. Bilaga. Samordnad individuell plan för barn", (42, "Samordnad individuell plan för barn", "§")),
    ("§ 43 ./. Medel för tidiga insatser 2032", (43, "Medel för tidiga insatser 2032", "§")),
    ("§ 44 Ny ledamot i styrgruppen", (44, "Ny ledamot i styrgruppen", "§")),
])
def test_an_annex_mark_after_a_paragraphs_number_is_no_part_of_its_title(line: str, expected: tuple) -> None:
    assert item_number(line) == expected


def test_the_heads_of_a_table_flattened_into_lines_are_no_items(ctx: Context) -> None:
    """"Ärende" / "1. Title" / "Kort beskrivning" / "Anteckningar" in every item, no blank lines (a table of three
    columns flattened): the heads, said three times or more, are no items of their own."""
    rows = []
    for n, title in enumerate(["Nära vård i länet", "Återkoppling", "Handlingsplan"], 1):
        rows += ["Ärende", f"{n}. {title}", "Kort beskrivning", f"Underlag om {title.lower()} finns.",
                 "Anteckningar", f"Deltagarna diskuterar {title.lower()}."]
    ex = extract(ctx, lines("Anteckningar gemensam presidiekonferens 2031-03-13", "", *MEMBERS, *rows))
    assert [(it.n, it.title) for it in ex.items] == [(1, "Nära vård i länet"), (2, "Återkoppling"),
                                                      (3, "Handlingsplan")]


# --------------------------------------------------------------------------- decisions


def test_decisions_as_bare_infinitives_whose_margin_was_lost(ctx: Context) -> None:
    """"lägga delgivningarna till handlingarna.", "notera informationen.", "fördela medlen enligt förslaget, samt" /
    "uppdra åt X att ..." (the margin's "Gruppen beslutar att" lost): each a decision as written, the money decided
    where the item states it."""
    text = lines("Protokoll samordnande grupp Barn och unga 2031-10-15", "", *MEMBERS,
                 "§ 41 Delgivningar", "a Protokoll från styrgruppen 2031-09-24", "b Förteckning över skrivelser.",
                 "lägga delgivningarna till handlingarna.", "",
                 "§ 42 Medel för tidiga insatser",
                 "Föreligger förslag till fördelning av 2 400 tkr till familjecentraler.",
                 "fördela medlen enligt förslaget, samt", "uppdra åt Greta Lund att återrapportera i mars 2032.", "",
                 "§ 43 Rapporter", "Olof Berg rapporterar om väntetiderna.", "notera informationen.")
    ex = extract(ctx, text)
    got = [(d.kind, d.lines, d.text) for d in ex.decisions]
    assert got == [("other", (10, 10), "lägga delgivningarna till handlingarna."),
                   ("funding", (14, 15), "fördela medlen enligt förslaget, samt uppdra åt Greta Lund att "
                                         "återrapportera i mars 2032."),
                   ("other", (19, 19), "notera informationen.")]


def test_a_lower_case_line_going_on_with_a_sentence_is_no_decision(ctx: Context) -> None:
    """Negative: "notera" opening a line that goes on with the sentence above (no stop before it) decides nothing."""
    text = lines("Protokoll samordnande grupp Barn och unga 2031-10-15", "", *MEMBERS,
                 "§ 1 Rapporter", "Olof Berg ber gruppen att", "notera att väntetiderna har ökat under våren.")
    assert extract(ctx, text).decisions == []


def test_a_note_taken_to_the_minutes_approves_no_minutes(ctx: Context) -> None:
    """"Informationen antecknas till protokollet" under "Beslut": taking note (other), no approval of the minutes;
    "Protokollet ... läggs till handlingarna" approves them."""
    text = lines("Protokoll samordnande grupp Äldre 2031-04-17", "", *MEMBERS,
                 "§ 1 Föregående protokoll", "Beslut",
                 "1. Protokollet från den 6 februari 2031 läggs till handlingarna.",
                 "", "§ 2 Information", "Olof Berg informerar om arbetet.", "Beslut",
                 "1. Informationen antecknas till protokollet.")
    ex = extract(ctx, text)
    assert [(d.kind, d.lines) for d in ex.decisions] == [("approve-protocol", (9, 9)), ("other", (14, 14))]


def test_a_point_under_the_decision_heading_carrying_out_the_costed_proposal(ctx: Context) -> None:
    """"Beslut" / "1. Gruppen fastställer fördelningen enligt förslaget." after an item text stating the money:
    funding; "1. Informationen antecknas." under the same money: no funding."""
    text = lines("Protokoll samordnande grupp Äldre 2031-04-17", "", *MEMBERS,
                 "§ 1 Utvecklingsmedel 2031", "Olof Berg redogör för förslaget. Totalt finns 900 000 kronor: 600 000",
                 "kronor till anhörigkonsulenter och 300 000 kronor till en anhörigdag.", "Beslut",
                 "1. Samordnande grupp Äldre fastställer fördelningen enligt förslaget.", "",
                 "§ 2 Uppföljning", "Greta Lund redogör för utfallet: 400 000 kronor användes.", "Beslut",
                 "1. Informationen antecknas.")
    ex = extract(ctx, text)
    assert [(d.kind, d.lines) for d in ex.decisions] == [("funding", (11, 11)), ("other", (16, 16))]


def test_a_decision_heading_over_its_points_after_a_page_break(ctx: Context) -> None:
    """"Beredningens beslut", the page's footer and blank lines, then "1. ..." / "2. ...": each point a decision."""
    text = lines("Protokoll Beredningen 2031-04-16", "", *MEMBERS, "§ 1 Mötets öppnande", "Mötet öppnades.", "",
                 "§ 2 Fördelning",
                 "Olof Berg föredrar ärendet. För 2031 finns 1 800 000 kr till hemtagningsteam.", "Beredningens beslut",
                 "", "", "Beredningen, protokoll 2031-04-16 - sida 1", "\f", "",
                 "1. Fördelningen godkänns enligt förslaget.",
                 "2. Ärendet överlämnas till Länsgemensam ledning för kännedom.", "",
                 "§ 3 Nästa möte", "Nästa möte hålls 2031-06-05.", "", "Beredningen, protokoll 2031-04-16 - sida 2")
    ex = extract(ctx, text)
    assert [(d.kind, d.text) for d in ex.decisions] == [
        ("funding", "Fördelningen godkänns enligt förslaget."),
        ("other", "Ärendet överlämnas till Länsgemensam ledning för kännedom.")]


# --------------------------------------------------------------------------- attendance


@pytest.mark.parametrize("sub", ["Kommun", "Kommunerna", "Representanter från kommunerna", "Länets kommuner"])
def test_a_kind_of_organisation_over_a_lists_people_is_no_list_of_its_own(ctx: Context, sub: str) -> None:
    """"Närvarande" / "Region Kalmar län" / names / "Kommun" / names: one list of members; the kind of organisation
    gives its people no organisation (each names its own kommun)."""
    got = att(ctx, "Närvarande", "Region Kalmar län", "Karin Ek, psykiatridirektör", sub,
              "Greta Lund, Socialchef, Nybro", "Olof Berg, Skolchef, Torsås")
    assert got == {"ledamoter": [("Karin Ek", "region-kalmar-lan"), ("Greta Lund", "nybro-kommun"),
                                 ("Olof Berg", "torsas-kommun")]}


def test_an_office_of_an_organisation_gives_it_to_the_people_under_it(ctx: Context) -> None:
    got = att(ctx, "Närvarande", "Greta Lund, Socialchef, Nybro", "Kansli Kommunförbundet i Kalmar län",
              "Anna Sund, utvecklingsledare Barn och unga")
    assert got == {"ledamoter": [("Greta Lund", "nybro-kommun"), ("Anna Sund", "kommunforbundet-i-kalmar-lan")]}


def test_an_organisations_abbreviation_after_a_name(ctx: Context) -> None:
    """"Anita Holm PRO", "Gun Ek SPF ersätter Bertil Sund": the organisation in capitals (defined by the draft, as
    written), the member served for; a party's abbreviation ("KD") is no organisation."""
    ex = extract(ctx, lines("Protokoll samordnande grupp Äldre 2031-04-17", "", "Ledamöter:", "Anita Holm PRO",
                            "Eva Berg SPF", "Gun Ek SPF ersätter Bertil Sund", "", *ITEMS))
    got = [(e.name, e.org, e.org_as_written, e.in_place_of) for lst in ex.attendance for e in lst.entries]
    assert got == [("Anita Holm", "pro", "PRO", None), ("Eva Berg", "spf", "SPF", None),
                   ("Gun Ek", "spf", "SPF", "Bertil Sund")]
    assert ("pro", "PRO") in [(o[0], o[1]) for o in ex.new_orgs]
    got = att(ctx, "Ledamöter", "Anita Holm KD", "Eva Berg KD")
    assert all(org is None for _n, org in got.get("ledamoter", []))


def test_a_unit_named_before_the_town_it_sits_in(ctx: Context) -> None:
    """"basenhetschef Habiliteringen norr, Västervik": the unit (a record's), not the town's kommun; a title and a
    town alone give the kommun."""
    got = att(ctx, "Närvarande", "Karin Ek, basenhetschef Habiliteringen norr, Västervik.",
              "Greta Lund, socialchef, Västervik")
    assert got == {"ledamoter": [("Karin Ek", "habiliteringen-norr"), ("Greta Lund", "vasterviks-kommun")]}


def test_label_column_shapes_of_a_scanned_nämnd(ctx: Context) -> None:
    """"Diana Holm, ordf (Högsby)" (the seat before the kommun in brackets); "Tjg ersattare" (a scan lost the
    diacritic) a members' label with its deputy "Maud Ek (Västervik) för Per Sund"; a label's one entry over the next
    label ("Ovriga ersättare   Lotta Berg (Oskarshamn)" / "Tjänstemän   ...")."""
    got = att(ctx, "Ledamoter          Diana Holm, ordf (Högsby)", "                   Conny Ek, v ordf (Hultsfred)",
              "Tjg ersattare      Maud Ek (Västervik) för Per Sund",
              "Ovriga ersättare   Lotta Berg (Oskarshamn)",
              "Tjänstemän         Julia Ström, utvecklingsledare, Region Kalmar län")
    assert got == {"ledamoter": [("Diana Holm", "hogsby-kommun"), ("Conny Ek", "hultsfreds-kommun"),
                                 ("Maud Ek", "vasterviks-kommun")],
                   "ovriga": [("Lotta Berg", "oskarshamns-kommun"), ("Julia Ström", "region-kalmar-lan")]}


def test_a_capacity_with_its_seat_and_an_organisations_name_with_a_genitive(ctx: Context) -> None:
    """Surname first in two columns: "Klasson Tove   Invånarrepresentant, vice ordförande" (a capacity and the seat),
    "Sandell Simon   Hjärt- och lungsjukas förening" (an organisation no record defines, a genitive in lower case)."""
    got = att(ctx, "Närvarande:", "Andersson Catrin            Invånarrepresentant",
              "Klasson Tove                Invånarrepresentant, vice ordförande",
              "Sandell Simon               Hjärt- och lungsjukas förening",
              "Ludvigsson Sofia            Kommunförbundet i Kalmar län, sekreterare")
    assert got == {"ledamoter": [("Andersson Catrin", "invanarrepresentant"), ("Klasson Tove", "invanarrepresentant"),
                                 ("Sandell Simon", "hjart-och-lungsjukas-forening"),
                                 ("Ludvigsson Sofia", "kommunforbundet-i-kalmar-lan")]}


def test_a_role_and_organisation_in_the_cell_after_a_name(ctx: Context) -> None:
    got = att(ctx, "Tjänstemän       Lena Sund                  utvecklingsledare, Kommunförbundet i Kalmar län",
              "                 Karin Ek                   utvecklingsledare, Region Kalmar län, § 4")
    assert got == {"ovriga": [("Lena Sund", "kommunforbundet-i-kalmar-lan"), ("Karin Ek", "region-kalmar-lan")]}


def test_a_running_lists_deputies_and_notes(ctx: Context) -> None:
    """A running comma list: "X (Org) ersätter Y (Org)" (the member's organisation after the member), "X (Org) 1:e
    ersättare" (a role after the bracket), "Org t.o.m. § 44" (the part attended, no comma)."""
    ex = extract(ctx, lines("Protokoll Länsgemensam ledning 2031-11-20", "Närvarande:",
                            "Beslutande: Greta Lund (Nybro kommun), ordförande, Olof Berg (Kalmar kommun),",
                            "Anton Ek (Oskarshamns kommun) ersätter Cecilia Sund (Oskarshamns kommun)",
                            "Ersättare: Ulrika Holm (Torsås kommun) 1:e ersättare, Per Wik (Kalmar kommun)",
                            "Övriga: Lena Berg, utvecklingsledare, Region Kalmar län t.o.m. § 44, Anna Strand,",
                            "sekreterare", "", *ITEMS))
    got: dict[str, list[tuple[str, str | None, str | None]]] = {}
    for lst in ex.attendance:
        got.setdefault(lst.kind, []).extend((e.name, e.org, e.in_place_of) for e in lst.entries)
    assert got == {"ledamoter": [("Greta Lund", "nybro-kommun", None), ("Olof Berg", "kalmar-kommun", None),
                                 ("Anton Ek", "oskarshamns-kommun", "Cecilia Sund")],
                   "ovriga": [("Ulrika Holm", "torsas-kommun", None), ("Per Wik", "kalmar-kommun", None),
                              ("Lena Berg", "region-kalmar-lan", None), ("Anna Strand", None, None)]}
    assert "Cecilia Sund" in [e.name for e in ex.absent]


def test_a_label_one_place_off_the_value_column_ends_the_running_list_above(ctx: Context) -> None:
    """"Övriga deltagande Helene Holm, ..." (the label filling its column, one space to the value) under "Beslutande:
    <spaces> ..." and a deputy's member on the next line ("för Eva Sund (Mörbylånga kommun)"): two lists."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-04-16", "",
                            "Beslutande:      Patrik Ek (Kalmar kommun), ordförande",
                            "                 Tomas Berg (Borgholms kommun)",
                            "                 Karin Wik (Mörbylånga kommun), tjänstgörande ersättare",
                            "                 för Eva Sund (Mörbylånga kommun)",
                            "Övriga deltagande Helene Holm, samordnare, Region Kalmar län, § 24",
                            "                 Mats Lind, Kalmar kommun, § 25", "", *ITEMS))
    got = {lst.kind: [(e.name, e.org, e.in_place_of) for e in lst.entries] for lst in ex.attendance}
    assert got == {"ledamoter": [("Patrik Ek", "kalmar-kommun", None), ("Tomas Berg", "borgholms-kommun", None),
                                 ("Karin Wik", "morbylanga-kommun", "Eva Sund")],
                   "ovriga": [("Helene Holm", "region-kalmar-lan", None), ("Mats Lind", "kalmar-kommun", None)]}


def test_a_name_and_kommun_with_no_comma_and_the_member_served_for(ctx: Context) -> None:
    got = att(ctx, "Ledamöter:", "Conny Ek Hultsfred", "Linda Holm Emmaboda ersätter Per Sund",
              "Anna Berg brukarrepresentant")
    assert got == {"ledamoter": [("Conny Ek", "hultsfreds-kommun"), ("Linda Holm", "emmaboda-kommun"),
                                 ("Anna Berg", "brukarrepresentant")]}


VOTE_TABLE = ["Närvaro- och omröstningslista",
              "                                          När-  Tjg.  RESERVATION  OMRÖSTNING  ANTECKNING",
              "Namn                                      varo  ers.               Ja    Nej",
              "REGION KALMAR LÄN - Ordinarie (3)",
              "Greta Lund, ordförande                    X",
              "Olof Berg                                 X",
              "Karin Ek                                  -",
              "Ersättare",
              "Per Holm                                  X     X",
              "Eva Sund                                  X",
              "KOMMUNFÖRBUNDET I KALMAR LÄN - Ordinarie (2)",
              "Anna Wik, vice ordförande                 X",
              "Lars Strand                               X                                    Jäv § 2",
              "Ersättare",
              "Stina Berg                                -"]


def test_a_presence_and_voting_list(ctx: Context) -> None:
    """The members marked present and the deputies marked serving ("X" under "Tjg. ers.") are the members' list, the
    other deputies present the others', those marked "-" absent; each has the organisation of its rows."""
    ex = extract(ctx, lines("Protokoll presidiemöte 2031-06-18", "", *VOTE_TABLE, "", *ITEMS))
    got = {lst.kind: [(e.name, e.org) for e in lst.entries] for lst in ex.attendance}
    assert got == {"ledamoter": [("Greta Lund", "region-kalmar-lan"), ("Olof Berg", "region-kalmar-lan"),
                                 ("Per Holm", "region-kalmar-lan"), ("Anna Wik", "kommunforbundet-i-kalmar-lan"),
                                 ("Lars Strand", "kommunforbundet-i-kalmar-lan")],
                   "ovriga": [("Eva Sund", "region-kalmar-lan")]}
    assert sorted(e.name for e in ex.absent) == ["Karin Ek", "Stina Berg"]


def test_the_signers_under_underskrifter_make_no_lists(ctx: Context) -> None:
    """"Underskrifter" / "Sekreterare: X" / "Ordförande: Y": signatures, no lists (X and Y are listed above); the
    chair's label gives Y's seat."""
    ex = extract(ctx, lines("Protokoll samordnande grupp Äldre 2031-04-17", "", "Ledamöter",
                            "Greta Lund, Nybro kommun", "Olof Berg, Kalmar kommun", "Övriga",
                            "Anna Sund, Kommunförbundet i Kalmar län, sekreterare", "", "Underskrifter",
                            "Sekreterare: Anna Sund", "Ordförande: Greta Lund", "Justerare:", "Olof Berg", "",
                            *ITEMS))
    assert [(lst.kind, [e.name for e in lst.entries]) for lst in ex.attendance] == [
        ("ledamoter", ["Greta Lund", "Olof Berg"]), ("ovriga", ["Anna Sund"])]
    assert [e.post for e in ex.attendance[0].entries] == ["ordforande", None]


# --------------------------------------------------------------------------- second part: learn4/ and learn5/


def test_a_letterhead_naming_the_body_and_date_on_every_page_is_the_title(ctx: Context) -> None:
    """"Presidiemöte 22 januari 2031   1 (4)" at the top of every page (taken for a running header), no title word:
    the first page's is the title, its date the meeting's."""
    page = "Presidiemöte 22 januari 2031                                          {} (3)"
    text = lines("Anteckning", "", page.format(1), "", *MEMBERS, "§ 1", "Mötets öppnande", "Mötet öppnades.", "",
                 page.format(2), "", "§ 2", "Nästa möte", "Nästa möte hålls 2031-05-06.", "", page.format(3), "",
                 "§ 3", "Avslutning", "Mötet avslutades.")
    ex = extract(ctx, text)
    assert ex.date == "2031-01-22" and ex.meeting_kind == "presidiemote"
    assert [(it.n, it.title) for it in ex.items] == [(1, "Mötets öppnande"), (2, "Nästa möte"), (3, "Avslutning")]


def test_the_title_word_with_the_protocols_number_far_right_and_a_labelled_time(ctx: Context) -> None:
    """"PROTOKOLL      34" (the number far right: no table of contents' line); the body's name over "Tid
    Tisdagen den 6 mars 2031 kl. 09.00-12.00" (a labelled time line of ten words)."""
    ex = extract(ctx, lines("PROTOKOLL                                                     34",
                            "Organ       Samverkansområdesgrupp Brukarmedverkan",
                            "Tidpunkt    Onsdagen den 19 mars 2031", "", *MEMBERS, *ITEMS))
    assert ex.date == "2031-03-19"
    ex = extract(ctx, lines("Regionala staben               2031-03-06", "", "Samverkansområdesgrupp Folkhälsa", "",
                            "Tid                    Tisdagen den 11 mars 2031 kl. 09.00-12.00", "", *MEMBERS, *ITEMS))
    assert ex.date == "2031-03-11"


def test_a_meeting_date_without_a_year_in_a_text_of_no_full_date(ctx: Context) -> None:
    """"torsdag 13 februari 09.30 till 15.00" and no full date anywhere: the year the text names ("Medel 2031")."""
    ex = extract(ctx, lines("Protokoll", "Samordnande grupp Äldre", "torsdag 13 februari 09.30 till 15.00", "",
                            *MEMBERS, "§1 Justerare", "Olof Berg.", "", "§2 Medel för anhörigstöd 2031",
                            "För 2031 föreslås 640 tkr."))
    assert ex.date == "2031-02-13"


@pytest.mark.parametrize(("line", "expected"), [
    ("PK 14", (14, None, "§")), ("KS 12 Budget", (12, "Budget", "§")),
])
def test_the_organs_paragraph_alone_on_its_line(line: str, expected: tuple) -> None:
    assert item_number(line) == expected


@pytest.mark.parametrize("line", ["SFS 2001", "Blad 1", "Sida 3"])
def test_a_code_or_a_page_is_no_organs_paragraph(line: str) -> None:
    assert item_number(line) is None


def test_paragraphs_with_their_title_on_the_next_line_or_their_number_far_right(ctx: Context) -> None:
    """"PK 14" / "FASTSTÄLLANDE AV DAGORDNING" / text: the title no part of the text (the decision is the text's);
    "Sammanträdet öppnas            § 5": the paragraph's number far right of its title."""
    ex = extract(ctx, lines("Protokoll gemensam presidiekonferens 2031-05-15", "", *MEMBERS,
                            "PK 14", "FASTSTÄLLANDE AV DAGORDNING", "Dagordningen fastställs.", "",
                            "PK 15", "VAL AV JUSTERARE", "Till justerare utses Olof Berg."))
    assert [(it.n, it.title) for it in ex.items] == [(14, "FASTSTÄLLANDE AV DAGORDNING"), (15, "VAL AV JUSTERARE")]
    assert [(d.lines, d.text) for d in ex.decisions] == [((9, 9), "Dagordningen fastställs."),
                                                          ((13, 13), "Till justerare utses Olof Berg.")]
    ex = extract(ctx, lines("Protokoll gemensam presidiekonferens 2031-03-28", "", *MEMBERS,
                            "Sammanträdet öppnas                                       § 5", "Mötet öppnades.", "",
                            "Val av justerare                                          § 6", "Olof Berg utses.", "",
                            "Föregående protokoll                                      § 7", "Godkändes."))
    assert [(it.n, it.title) for it in ex.items] == [(5, "Sammanträdet öppnas"), (6, "Val av justerare"),
                                                      (7, "Föregående protokoll")]


def test_a_presence_list_of_seats_side_by_side(ctx: Context) -> None:
    """"Ordinarie ledamot  Närv  Ersättare  Närv": members marked present are members, those unmarked absent; a
    deputy marked "X tjg" serves (a member), one marked "X" is another present, one unmarked of the record."""
    table = ["N Ä R V A R O L I S T A",
             "Ordinarie ledamot                        Närv   Ersättare                             Närv",
             "Greta Lund (Region Kalmar län)           X      Eva Sund (Region Kalmar län)",
             "Karin Ek (Högsby kommun)                        Ulla Berg (Högsby kommun)             X tjg",
             "Anna Wik (Mörbylånga kommun)             X      Emma Holm (Mörbylånga kommun)         X",
             "Per Holm (Region Kalmar län), ordförande   X"]
    ex = extract(ctx, lines("Protokoll samverkansområdesgrupp Hab/Rehab 2031-06-10", "", *table, "", *ITEMS))
    got = {lst.kind: [(e.name, e.org) for e in lst.entries] for lst in ex.attendance}
    assert got == {"ledamoter": [("Greta Lund", "region-kalmar-lan"), ("Ulla Berg", "hogsby-kommun"),
                                 ("Anna Wik", "morbylanga-kommun"), ("Per Holm", "region-kalmar-lan")],
                   "ovriga": [("Emma Holm", "morbylanga-kommun")]}
    assert sorted(e.name for e in ex.absent) == ["Eva Sund", "Karin Ek"]


def test_a_roll_call_with_seat_numbers(ctx: Context) -> None:
    """"Platsnr.  Ledamöter" / " 2  Niklas Holm ersätter Johan Ek" / "Kommunerna" / "11  Anita Berg, Nybro kommun
    ersätter Annika Ek": the seat's number no part of the entry, the member served for after the organisation."""
    got = att(ctx, "Upprop", "Platsnr.  Ledamöter", "Region Kalmar län", " 1  Greta Lund",
              " 2  Niklas Holm ersätter Johan Ek", "Kommunerna", " 3  Stefan Berg, Oskarshamns kommun",
              "11  Anita Wik, Nybro kommun ersätter Annika Sund")
    assert got == {"ledamoter": [("Greta Lund", "region-kalmar-lan"), ("Niklas Holm", "region-kalmar-lan"),
                                 ("Stefan Berg", "oskarshamns-kommun"), ("Anita Wik", "nybro-kommun")]}


def test_notes_after_the_bracket_and_names_alone_with_their_paragraphs(ctx: Context) -> None:
    """"X (Org) 1:e vice ordf", "X (Org) deltog inte under § 45", "X (Org) ej närvarande" (absent), "Närvarande ers"
    (the deputies present), names alone with "§ 44" before them and "endast fm" after."""
    ex = extract(ctx, lines("Protokoll samordnande grupp Barn och unga 2031-05-07", "",
                            "Närvarande ledamöter   Cecilia Ek (Oskarshamns kommun), ordf",
                            "                       Pernilla Lund (Torsås kommun) 1:e vice ordf",
                            "                       Karin Berg (Borgholms kommun) deltog inte under § 45",
                            "                       Jonna Wik (Torsås kommun) ej närvarande",
                            "Närvarande ers         Emma Sund (Mönsterås kommun), Isabell Holm (Nybro kommun)",
                            "Övriga närvarande      Sanna Ek, Maria Lund endast fm",
                            "                       § 44 Marianne Berg och Petter Wik", "", *ITEMS))
    got: dict[str, list[str]] = {}
    for lst in ex.attendance:
        got.setdefault(lst.kind, []).extend(e.name for e in lst.entries)
    assert got == {"ledamoter": ["Cecilia Ek", "Pernilla Lund", "Karin Berg"],
                   "ovriga": ["Emma Sund", "Isabell Holm", "Sanna Ek", "Maria Lund", "Marianne Berg", "Petter Wik"]}
    assert [e.name for e in ex.absent] == ["Jonna Wik"]


def test_not_deciding_is_present_and_a_decision_formula_near_page_breaks_is_text(ctx: Context) -> None:
    """"Ej beslutande" those present not deciding (no absence); "Informationen noteras." ending item after item just
    before a page's running header is the items' decision, not a running footer."""
    head = "LÄNSGEMENSAM LEDNING                                  PROTOKOLL        {} (3)"
    ex = extract(ctx, lines(head.format(1), "Sammanträdesdatum 2031-02-13", "",
                            "Beslutande               Greta Lund, Kalmar kommun", "                         Olof Berg, "
                            "Torsås kommun", "", "Ej beslutande            Malin Sund, Vimmerby kommun", "",
                            "§ 1   Lägesrapport", "Olof Berg redovisar läget.", "Informationen noteras.", "",
                            head.format(2), "", "§ 2   Information", "Greta Lund informerar.", "Informationen noteras.",
                            "", head.format(3), "", "§ 3   Nästa möte", "Nästa möte hålls 2031-05-06."))
    assert {lst.kind: [e.name for e in lst.entries] for lst in ex.attendance} == {
        "ledamoter": ["Greta Lund", "Olof Berg"], "ovriga": ["Malin Sund"]}
    assert [(d.kind, d.lines) for d in ex.decisions] == [("other", (11, 11)), ("other", (17, 17))]


def test_the_seats_origin_in_a_replacement(ctx: Context) -> None:
    """"som representant för Mönsterås kommun i <group>" and "som Region Kalmar läns representant i <group>": the
    seat's origin; "som ledamot i presidiet" at a presidiemöte: the presidium that meets."""
    def one(title: str, sentence: str):
        ex = extract(ctx, lines(title, "", *MEMBERS, "§ 1 Byte av representant", sentence, "",
                                "§ 2 Nästa möte", "Nästa möte hålls 2031-09-05."))
        return [(d.group, d.role, d.new, d.replaced, d.seat_origin) for d in ex.decisions if d.kind == "replacement"]
    assert one("Protokoll samordnande grupp Äldre 2031-03-10", "Emma Lund ersätter Lena Berg som representant för "
               "Mönsterås kommun i samordnande grupp Äldre från den 1 april 2031.") == [
        ("samordnande-grupp-aldre", "representant", "Emma Lund", "Lena Berg", "monsteras-kommun")]
    assert one("Protokoll samordnande grupp Barn och unga 2031-04-23", "Simon Ek ersätter Rebecka Holm som Region "
               "Kalmar läns representant i samordnande grupp Barn och unga från och med den 1 juni 2031.") == [
        ("samordnande-grupp-barn-och-unga", "representant", "Simon Ek", "Rebecka Holm", "region-kalmar-lan")]
    assert one("Protokoll presidiemöte 2031-01-22", "Lena Holm, Mönsterås kommun, ersätter Helene Ek som ledamot i "
               "presidiet från och med den 1 februari 2031.") == [
        ("presidiet-lgl", "ledamot", "Lena Holm", "Helene Ek", None)]


def test_the_adjusters_elected_in_their_item_or_under_a_heading_before_the_items(ctx: Context) -> None:
    """"§1 Justerare" / "Eva Berg och Jabil Ek." (names alone), "Justering" / "Ordföranden X och Y justerar
    protokollet ..." and "Att jämte ordföranden justera dagens protokoll utsågs X.": the election; "Justering" /
    "Utsågs X att jämte ordföranden justera dagens protokoll." before the first item too. The day of the adjusting
    ("Justeringen sker den 9 maj") is no election."""
    ex = extract(ctx, lines("Protokoll samordnande grupp Äldre 2031-02-15", "", *MEMBERS,
                            "§1      Justerare", "        Eva Berg och Jabil Ek.", "",
                            "§2      Justering", "        Ordföranden Greta Lund och Olof Berg justerar protokollet "
                            "tisdagen den 13 mars.", "", "§3      Val av protokolljusterare samt justeringsdatum",
                            "Att jämte ordföranden justera dagens protokoll utsågs Karin Holm.",
                            "Justeringen sker den 9 maj 2031."))
    assert [(d.kind, d.lines) for d in ex.decisions] == [("other", (8, 8)), ("other", (11, 11)), ("other", (14, 14))]
    ex = extract(ctx, lines("Protokoll Länsgemensam ledning 2031-01-23", "", *MEMBERS, "Justering",
                            "Utsågs Jimmy Berg att jämte ordföranden justera dagens protokoll.", "",
                            "§ 1   Föredragningslistan", "Godkändes upprättad föredragningslista.", "",
                            "§ 2   Nästa möte", "Nästa möte hålls 2031-05-06."))
    assert ("other", (8, 8)) in [(d.kind, d.lines) for d in ex.decisions]
