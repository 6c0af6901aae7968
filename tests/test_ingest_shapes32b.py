"""Ingest rules of the thirty-second round, its second half (issue 13): shapes found on learn24/ and learn25/ (templates
of real public minutes of patients', pensioners' and parents' associations, kommunalförbund, municipal companies and
EU projects' boards; written beside fresh46/ and fresh47/ for development): paragraph signs a scan read as "$",
"fi" or "5" with a bracket after the number, names run together on a scan's line, a page's number run on before an
item, a speech opening a conference, a paragraph's sentence wrapped under it, double given names in a list, seats
named in the genitive of an abbreviation, a title that is the decision, a group and the group it belongs to after a
comma, an agenda announced in other words than its items' headings, the organ's paragraph numbers under unnumbered
headings, "Övriga ledamöterna" the other members.

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

from graph.ingest.pipeline import Context

from .test_ingest_people18 import att
from .test_ingest_shapes import lines
from .test_ingest_shapes24 import kinds
from .test_ingest_shapes27 import presenters
from .test_ingest_structure import extract


def test_paragraph_signs_a_scan_misread_with_a_bracket_after_the_number(ctx: Context) -> None:
    """"$ 9) Mötet öppnas", "fi10) Val av justerare", "5 12) Föregående protokoll": paragraphs 9, 10 and 12 (before:
    no items); names run together on a line ("Maja Sandell Tore Lindgren Greta Ödman") the members, a plain
    "Närvarande:" after "Beslutande" the others present (before: no members, the others as members)."""
    text = lines("LÄNSGEMENSAM LEDNING 2095-02-11", "PROTOKOLL", "Närvarande:", "Beslutande",
                 "Maja Sandell Tore Lindgren Greta Ödman", "Nils Berglöf Eva Strand", "Närvarande:",
                 "Karin Holm, § 13", "$ 9) Mötet öppnas", "Maja Sandell hälsade välkommen och förklarade mötet öppnat.",
                 "fi10) Val av justerare", "Länsgemensam ledning beslutade", "att utse Tore Lindgren att justera "
                 "protokollet.", "fi 11) Förslag till dagordning", "Länsgemensam ledning beslutade",
                 "att godkänna dagordningen.", "5 12) Föregående protokoll",
                 "Protokollet från sammanträdet 2094-12-09 lades till handlingarna.")
    ex = extract(ctx, text)
    assert [it.n for it in ex.items] == [9, 10, 11, 12]
    assert kinds(ex) == [("other", 10), ("other", 11), ("approve-protocol", 12)]
    assert {lst.kind: [e.name for e in lst.entries] for lst in ex.attendance} == {
        "ledamoter": ["Maja Sandell", "Tore Lindgren", "Greta Ödman", "Nils Berglöf", "Eva Strand"],
        "ovriga": ["Karin Holm"]}
    # (capitalised words with no given name opening each are no names run together)
    assert not att(ctx, "Närvarande:", "Region Kalmar Län Protokoll Sammanträde")


def test_a_conference_front_page_with_its_signers_and_a_page_number_before_an_item(ctx: Context) -> None:
    """A conference's minutes: "Sekreterare Margit Holm" / "Justeringspersoner Per Ek" over the signatures no items
    (before: items with presenters), "(2)" / "2 1. Konferensen öppnas": item 1 (before: none), "X betonade i sitt
    öppningstal att ..." its presenter (before: none)."""
    text = lines("Protokoll från gemensam presidiekonferens 19–20 maj 2095", "", "Plats: Regionhuset, Kalmar", "",
                 "Sekreterare Margit Holm", "", "Konferensordförande Maja Sandell", "", "Tore Lindgren", "",
                 "Justeringspersoner Greta Ödman", "", "Nils Berglöf", "", "(2)", "",
                 "2 1. Konferensen öppnas", "",
                 "Regionråd Maja Sandell, Region Kalmar län, betonade i sitt öppningstal att munhälsan är viktig.", "",
                 "2. Val av justeringspersoner", "", "Beslut", "", "Till justeringspersoner valdes Greta Ödman och "
                 "Nils Berglöf.", "", "3. Fastställande av dagordning", "", "Beslut", "", "Dagordningen fastställdes.")
    ex = extract(ctx, text)
    assert presenters(ex) == [("Konferensen öppnas", ["Maja Sandell"]), ("Val av justeringspersoner", []),
                              ("Fastställande av dagordning", [])]
    assert [it.n for it in ex.items] == [1, 2, 3]


def test_a_paragraphs_sentence_wrapped_and_a_list_of_double_given_names(ctx: Context) -> None:
    """"§3 Protokollet från ... godkändes och lades till" / "     handlingarna.": the minutes approved (before: no
    decision); "Närvarande:" / "Maja Sandell, Bengt-Åke Svärd, Karin Holm, Ann-Sofie Lund." each a member (before:
    one entry, the others its organisation)."""
    text = lines("Protokoll fört vid sammanträde med Äldreutskottet, Mörbylånga kommun, den 13 oktober 2095.", "",
                 "Närvarande:", "Maja Sandell, Bengt-Åke Svärd, Karin Holm, Ann-Sofie Lund.", "",
                 "§1 Sammanträdet öppnades av ordf. Maja Sandell.", "",
                 "§2 Dagordningen som varit utsänd godkändes.", "",
                 "§3 Protokollet från sammanträdet den 8 september 2095 godkändes och lades till",
                 "     handlingarna.", "", "§4 Sammanträdet avslutades av ordf. Maja Sandell.")
    ex = extract(ctx, text)
    assert [(d.kind, d.lines) for d in ex.decisions] == [("other", (8, 8)), ("approve-protocol", (10, 11))]
    assert [e.name for lst in ex.attendance for e in lst.entries] == ["Maja Sandell", "Bengt-Åke Svärd",
                                                                      "Karin Holm", "Ann-Sofie Lund"]


def test_seats_elected_by_their_genitive_and_the_verb_after_the_group(ctx: Context) -> None:
    """"X ersätter Y som PRO:s representant i samordnande grupp Äldre": the role (before: "ledamot"); "a. Till
    gruppens representant i arbetsgruppen för fallprevention valdes X i stället för Y." / "b. Sammankallande Z
    omvaldes för en tid av ett år.": the replacement in "arbetsgruppen för fallprevention" (before: the group's name
    running past the verb, the point b joined to it), the re-election a decision (before: none)."""
    text = lines("Protokoll samordnande grupp Äldre 2095-04-07", "", "Närvarande: Maja Sandell, Kalmar kommun, Tore "
                 "Lindgren, Nybro kommun.", "", "1. Val av:",
                 "a. Till gruppens representant i arbetsgruppen för fallprevention valdes Greta Ödman",
                 "i stället för Nils Berglöf.", "b. Sammankallande Maja Sandell omvaldes för en tid av ett år.",
                 "2. Styrelsens arbete",
                 "Vi beslöt att Eva Strand ersätter Karin Holm som PRO:s representant i samordnande grupp Äldre.")
    ex = extract(ctx, text)
    got = [(d.kind, d.group, d.role, d.lines) for d in ex.decisions]
    assert got == [("replacement", "arbetsgruppen-for-fallprevention", "representant", (6, 7)),
                   ("other", None, None, (8, 8)),
                   ("replacement", "samordnande-grupp-aldre", "representant", (10, 10))]


def test_accepting_a_grant_and_a_capacity_with_its_group(ctx: Context) -> None:
    """"X meddelade att distriktet får 60 000 kr ... Vi beslöt att tacka ja till bidraget.": money decided (before:
    other); "Y, brukarrepresentant i samordnande grupp Äldre" the capacity (before: the group as organisation);
    "Z, Brukarrådet i Kalmar län" stays an organisation's."""
    text = lines("Protokoll fört vid styrelsemöte den 17 november 2095", "", "Närvarande: Maja Sandell",
                 "Tore Lindgren", "", "Särskilt inbjudna:", "Greta Ödman, brukarrepresentant i samordnande grupp Äldre",
                 "", "1. Ekonomi", "Kassör Tore Lindgren meddelade att föreningen får 60 000 kr för 2096 till "
                 "studiecirklar. Vi beslöt att tacka ja till bidraget.", "",
                 "2. Övrigt", "Vi beslöt att tacka Tore Lindgren för arbetet.")
    ex = extract(ctx, text)
    assert kinds(ex) == [("funding", 1), ("other", 2)]
    assert [(e.name, e.role, e.org) for lst in ex.attendance for e in lst.entries if e.name == "Greta Ödman"] == [
        ("Greta Ödman", "brukarrepresentant", None)]


def test_a_title_that_is_the_decision_and_a_group_with_its_group_after_a_comma(ctx: Context) -> None:
    """"2. Agendan godkänns" with no text under it: the decision (before: none), not where text follows it;
    "Arbetsgruppen för X, samordnande grupp Äldre" the group, part of the samordnande grupp (before: the samordnande
    grupp's meeting); "Dagordning" over the announced agenda no item (before: an item)."""
    text = lines("Arbetsgruppen för munvård och nutrition, samordnande grupp Äldre", "", "Arbetsgruppsmöte 2095-03-15",
                 "", "Närvarande:", "", "Maja Sandell", "Tore Lindgren", "", "Dagordning", "",
                 "§41. Mötets öppnande", "§42. Agendan godkänns", "§43. Föregående protokoll godkänns", "",
                 "§41. Mötets öppnande", "", "Maja Sandell öppnar mötet.", "", "§42. Agendan godkänns", "",
                 "§43. Föregående protokoll godkänns", "", "Tore Lindgren påminner om att protokollet ännu inte är "
                 "justerat.")
    ex = extract(ctx, text)
    assert [(it.n, it.title) for it in ex.items] == [(41, "Mötets öppnande"), (42, "Agendan godkänns"),
                                                     (43, "Föregående protokoll godkänns")]
    assert [(d.kind, d.lines) for d in ex.decisions] == [("other", (20, 20))]
    assert [(g[1], g[3]) for g in ex.new_groups] == [("Arbetsgruppen för munvård och nutrition",
                                                      "samordnande-grupp-aldre")]


def test_an_agenda_announced_in_other_words_than_its_items(ctx: Context) -> None:
    """"1. Mötets öppnande" / ... / "4. Nästa möte" then "1. ÖPPNING: Ordförande X hälsade ..." / ... / "2. VAL AV
    JUSTERARE: Till att justera dagens protokoll valdes Y" / "Z.": the later lines the items (before: the announced
    list's), the election one decision across the line (before: none)."""
    text = lines("Samordnande grupp Äldre, Länsgemensam ledning i samverkan                 2096-04-16", "",
                 "Mötesprotokoll nr 2", "Närvarande:", "Maja Sandell", "Tore Lindgren", "Greta Ödman", "",
                 "Dagordning", "1. Mötets öppnande", "2. Val av justerare", "3. Föregående protokoll", "4. Nästa möte",
                 "", "1. ÖPPNING: Ordförande Maja Sandell hälsade alla välkomna och öppnade mötet.", "",
                 "2. VAL AV JUSTERARE FÖR MÖTETS PROTOKOLL: Till att justera dagens protokoll valdes Tore",
                 "Lindgren.", "", "3. FÖREGÅENDE PROTOKOLL NR 1: Protokollet från mötet den 20 februari 2096 gicks "
                 "igenom", "och lades till handlingarna.", "", "4. NÄSTA MÖTE: Nästa möte hålls den 10 september 2096.")
    ex = extract(ctx, text)
    assert [it.lines[0] for it in ex.items] == [15, 17, 20, 23]
    assert [(d.kind, d.lines) for d in ex.decisions] == [("other", (17, 18)), ("approve-protocol", (20, 21))]


def test_the_organs_paragraph_numbers_under_unnumbered_headings(ctx: Context) -> None:
    """A table of contents ("Ärenden" / "Öppnande av mötet... 3") over "Öppnande av mötet" / "Nätverket 14" / text,
    "Val av sekreterare" / "Nätverket 15" / ...: the items numbered 14, 15, 16 (before: no numbers); "Övriga
    ledamöterna" after the chair's label the other members (before: the others present)."""
    text = lines("Nätverket för palliativa ombud i Kalmar län", "Protokoll:   Nätverksmöte 3/2096 den 8 oktober 2096",
                 "", "Ärenden", "Öppnande av mötet... 3", "Val av sekreterare... 3", "Föregående protokoll... 4", "",
                 "Öppnande av mötet", "Nätverket 14", "Sammankallande Maja Sandell öppnar mötet.",
                 "Val av sekreterare", "Nätverket 15", "Till sekreterare valdes Tore Lindgren.",
                 "Föregående protokoll", "Nätverket 16", "Protokollet godkändes och lades till handlingarna.")
    assert [(it.n, it.title) for it in extract(ctx, text).items] == [
        (14, "Öppnande av mötet"), (15, "Val av sekreterare"), (16, "Föregående protokoll")]
    got = att(ctx, "Övriga ledamöterna", "Maja Sandell (Region Kalmar län)", "Tore Lindgren (Kalmar kommun)")
    assert got == {"ledamoter": [("Maja Sandell", "region-kalmar-lan"), ("Tore Lindgren", "kalmar-kommun")]}
