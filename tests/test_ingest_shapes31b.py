"""Ingest rules of the thirty-first round, its second half (issue 13): shapes found on learn22/ and learn23/ (templates
of real public minutes of student unions, school and university bodies, cooperatives and associations, on discharge
from hospital, SIP and home health care and on children's social services), the round's development parts: items
numbered after the meeting's number, points counted under an item in another numbering, a sub-item's number alone
over its title, tables of the items and their text, label tables with a seat's field, headings side by side, names
with their initials or a scan's digits, a nämnd's members with their parties beside officials, decisions in a
relative clause, in bare "att" lines, by initials and given names, and money carried out in the proposal's words.

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

from graph.ingest.pipeline import Context

from .test_ingest_people18 import att
from .test_ingest_shapes import lines
from .test_ingest_shapes24 import kinds, titles
from .test_ingest_shapes27 import presenters
from .test_ingest_shapes30 import HEAD, replacements
from .test_ingest_structure import extract


def subs(ex) -> list[tuple[int | None, str]]:  # type: ignore[no-untyped-def]
    return [(it.parent, it.title) for it in ex.items if it.parent is not None]


# --------------------------------------------------------------------------- agenda items


def test_items_numbered_after_the_meetings_number(ctx: Context) -> None:
    """"Protokoll möte IV" / "4.1      Mötets öppnande" / "4.2      Formalia" / "a.   Val av justerare" / ...: items
    with no number of their own (the "4" is the meeting's), the lettered points their lines, the election under a
    point "Valdes X." a decision (before: no item at all); a protocol with an item "4 Rapporter" over "4.1", "4.2"
    keeps them sub-items."""
    ex = extract(ctx, lines("SAMVERKANSGRUPP ÖLAND", "Protokoll möte IV 2091-06-11", "",
                            "Närvarande: Maja Sandell, Borgholms kommun, Tore Lindgren, Region Kalmar län,",
                            "Greta Ödman, Mörbylånga kommun.",
                            "4.1      Mötets öppnande", "4.2      Formalia", "a.       Val av justerare",
                            "         Valdes Greta Ödman.", "b.       Fastställande av dagordning",
                            "         Dagordningen fastställdes.", "4.3      Rapporter",
                            "         Tore Lindgren berättade om läget i hemsjukvården.", "4.4      Mötets avslutande",
                            "         Maja Sandell avslutade mötet."))
    assert [(it.n, it.title) for it in ex.items] == [(None, "Mötets öppnande"), (None, "Formalia"),
                                                       (None, "Rapporter"), (None, "Mötets avslutande")]
    assert [d.lines for d in ex.decisions] == [(9, 9), (11, 11)]
    sections = extract(ctx, lines(*HEAD, "1 Mötets öppnande", "Mötet öppnades.", "2 Föregående protokoll",
                                  "Godkändes.", "3 Rapporter", "3.1 Hemsjukvården", "Maja Sandell berättade om läget.",
                                  "3.2 Vårdcentralen", "Tore Lindgren berättade om hembesöken.",
                                  "3.3 Kommunen", "Greta Ödman berättade om kommunen.", "4 Nästa möte", "I maj."))
    assert subs(sections) == [(3, "Hemsjukvården"), (3, "Vårdcentralen"), (3, "Kommunen")]


def test_points_counted_under_item_two_in_another_numbering(ctx: Context) -> None:
    """"2 Formalia" / "1. Val av mötesordförande" / ... / "3. Val av justerare" under items numbered "1 Title": the
    points sub-items of 2 (before: lines of item 2); two points only are no sub-items."""
    rows = [*HEAD, "1 Mötets öppnande", "Maja Sandell öppnade mötet.", "2 Formalia", "1. Val av mötesordförande",
            "Maja Sandell valdes till mötesordförande.", "2. Val av sekreterare",
            "Tore Lindgren valdes till sekreterare.", "3. Val av justerare",
            "Greta Ödman valdes till justerare.                          GÖ   MS", "3 Rapporter",
            "Tore Lindgren rapporterade om hemsjukvården.", "4 Mötets avslutande", "Mötet avslutades."]
    ex = extract(ctx, lines(*rows))
    assert subs(ex) == [(2, "Val av mötesordförande"), (2, "Val av sekreterare"), (2, "Val av justerare")]
    # (the signers' initials at the line's right no part of it: the election read)
    assert sum(1 for d in ex.decisions if d.kind == "other") == 3
    two = extract(ctx, lines(*rows[:9], *rows[11:]))
    assert subs(two) == []


def test_a_sub_items_number_alone_over_its_title(ctx: Context) -> None:
    """"§8a Till ledamot i presidiet efter X valdes Y, Org" / "" / "§8b" / "Konferensen beslutade att Z är ersättare
    för Y i presidiet": two sub-items, the second from its title's line, a decision of its own that is no
    replacement (a deputy named), the first a replacement."""
    ex = extract(ctx, lines("Protokoll fört vid gemensam presidiekonferens den 28 maj 2091", "",
                            "§1 Konferensen öppnas", "", "Ordförande Maja Sandell hälsade alla välkomna och öppnade "
                            "konferensen", "",
                            "§2 Val till presidiet", "",
                            "§2a Till ledamot i presidiet efter Nils Berglöf valdes Tore Lindgren, Nybro kommun", "",
                            "§2b",
                            "Konferensen beslutade att Greta Ödman är ersättare för Tore Lindgren i presidiet", "",
                            "§3 Konferensen avslutas", "", "Ordförande Maja Sandell avslutade konferensen"))
    assert subs(ex) == [(2, "Till ledamot i presidiet efter Nils Berglöf valdes Tore Lindgren, Nybro kommun"),
                        (2, "Konferensen beslutade att Greta Ödman är ersättare för Tore Lindgren i presidiet")]
    assert sorted((d.lines, d.kind) for d in ex.decisions if d.lines[0] >= 9) == [((9, 9), "replacement"),
                                                                                ((12, 12), "other")]
    # (a sentence of a person's doing with no stop is no heading: the opener presents the first item)
    assert dict(presenters(ex))["Konferensen öppnas"] == ["Maja Sandell"]


def test_lettered_points_with_no_mark_or_a_stroke(ctx: Context) -> None:
    """"6. Från arbetsgrupperna" / "a Hemgångsteamet:" / text / "b Ekonomi:" / text, and "5. Rekrytering" / "a/
    Kampanjen. X redovisade ..." / "b/ Ekonomi. Y redogjorde ...": sub-items, the presenters theirs (before: lines of
    the item, the presenters its)."""
    ex = extract(ctx, lines(*HEAD, "1. Mötet öppnades", "", "2. Från arbetsgrupperna", "", "a Hemgångsteamet:",
                            "Maja Sandell berättade att teamet har följt 20 personer hem.", "", "b Ekonomi:",
                            "Tore Lindgren redogjorde för projektets ekonomi.", "", "3. Rekrytering",
                            "a/ Kampanjen. Greta Ödman, Nybro kommun, redovisade utfallet av kampanjen.",
                            "b/ Ekonomi. Nils Berglöf redogjorde för medlen: 400 tkr kvar.", "4. Nästa möte",
                            "I maj."))
    assert subs(ex) == [(2, "Hemgångsteamet"), (2, "Ekonomi"), (3, "Kampanjen"), (3, "Ekonomi")]
    assert [p for _t, p in presenters(ex) if p] == [["Maja Sandell"], ["Tore Lindgren"], ["Greta Ödman"],
                                                     ["Nils Berglöf"]]


def test_a_table_of_the_items_headings_and_their_text(ctx: Context) -> None:
    """"Ärende      Beslut / åtgärd" over "§1 Mötets öppnande      X förklarade" / "      mötet öppnat." ...: the
    right column each item's text, decisions only where its words decide (before: every cell a decision, or no item
    at all); "a) Title" on the heading's line opens its sub-items; the names under "Anmälda förhinder" present
    nothing; "X valdes." under an election is one."""
    pad = " " * 34
    ex = extract(ctx, lines("PROTOKOLL", "", "Fört vid Arbetsgruppen för placerade barns tandvård den 13 februari 2092",
                            "", "Närvarande:", "", "Maja Sandell, Region Kalmar län", "Tore Lindgren, Nybro kommun",
                            "Greta Ödman", "", "Ärende                            Beslut / åtgärd", "",
                            "§1 Mötets öppnande                Maja Sandell förklarade", pad + "mötet öppnat.", "",
                            "§2 Val av protokollförare         Greta Ödman valdes.", "",
                            "§3 Anmälda förhinder              Nils Berglöf, Emmaboda kommun.", "",
                            "§4 Rapporter                      a) Tandvård i norr",
                            pad + "Tore Lindgren redovisade projektet.", pad + "b) Tandvård i söder",
                            pad + "Maja Sandell rapporterade från söder.", "",
                            "§5 Nästa möte                     Den 9 april 2092."))
    assert ex.date == "2092-02-13" and ex.meeting_of == "arbetsgruppen-for-placerade-barns-tandvard"
    assert titles(ex) == ["Mötets öppnande", "Val av protokollförare", "Anmälda förhinder", "Rapporter",
                          "Tandvård i norr", "Tandvård i söder", "Nästa möte"]
    assert [(d.kind, d.lines) for d in ex.decisions] == [("other", (16, 16))]
    assert ("Anmälda förhinder", []) in presenters(ex)


def test_a_protocols_number_and_date_before_its_title_word(ctx: Context) -> None:
    """"Nätverket X 2092-01-23  Protokoll från styrelsemöte" (the title word after the date, two spaces before it) and
    "Nätverksmöte för Nätverket för Y i Kalmar län den 22:a oktober 2092" (no title word): protocols with their dates
    (before: refused as no protocol, or a document with no meeting)."""
    one = extract(ctx, lines("Anhörigföreningen i Kalmar län 2092-01-23  Protokoll från styrelsemöte", "S1-2092",
                             "Närvarande: Maja Sandell, Tore Lindgren, Greta Ödman", "§ 1", "Föregående protokoll",
                             " Protokollet lades till handlingarna.", "§ 2", "Nästa möte", " Den 26 februari."))
    assert one.date == "2092-01-23" and titles(one) == ["Föregående protokoll", "Nästa möte"]
    two = extract(ctx, lines("Nätverksmöte för Nätverket för fältsekreterare i Kalmar län den 22:a oktober 2092", "",
                             "Den 22:a oktober hölls nätverksmötet i Kalmar.", "",
                             "Närvarande:", " • Maja Sandell, Nybro kommun", " • Tore Lindgren, Kalmar kommun", "",
                             "Minnesanteckningar från förra mötet", "Lades till handlingarna.", "", "Nästa möte",
                             "I december."))
    assert two.date == "2092-10-22" and two.meeting_of == "natverket-for-faltsekreterare-i-kalmar-lan"


def test_a_group_in_the_genitive_before_its_meeting_and_after_its_date(ctx: Context) -> None:
    """"Protokoll fört vid Förvaltningsgruppen för vård och omsorgs möte 15 oktober 2091" (the genitive's "s" no part
    of the name) and "2091 11 18 Protokoll projektgruppen" over "Protokoll från projektgruppen Trygg hemgång, Mönsterås
    kommun, tis 18 november 2091" (the whole name, the weekday no part of it); a list's value beside its label names no
    body ("Närvarande:   Justerad närvarolista bilagd (bilaga 1).")."""
    one = extract(ctx, lines("Protokoll fört vid Förvaltningsgruppen för vård och omsorgs möte 15 oktober 2091", "",
                             "Närvarande ledamöter: Maja Sandell (Nybro kommun), Tore Lindgren (Kalmar kommun)", "",
                             "1 Mötets öppnande", "Maja Sandell öppnade mötet.", "2 Nästa möte", "I december."))
    assert one.meeting_of == "forvaltningsgruppen-for-vard-och-omsorg"
    two = extract(ctx, lines("2091 11 18 Protokoll projektgruppen", "",
                             "Protokoll från projektgruppen Trygg hemgång, Mönsterås kommun, tis 18 november 2091",
                             "13.00-15.00 på Träffpunkten", "", "Närvarande: Maja Sandell, Tore Lindgren", "", "",
                             "1.     Mötet öppnades", "", "2.     Nästa möte", "I december."))
    assert two.meeting_of == "projektgruppen-trygg-hemgang-monsteras-kommun"
    three = extract(ctx, lines("Protokoll fört vid Länsgemensam lednings ordinarie sammanträde, 7 maj 2092 i Kalmar",
                               "Närvarande:          Justerad närvarolista bilagd (bilaga 1).",
                               "Ordföranden:         Maja Sandell, Region Kalmar län.", "", "1. Sammanträdets öppnande",
                               "Maja Sandell öppnade sammanträdet.", "2. Nästa möte", "I juni."))
    assert three.meeting_of == "lansgemensam-ledning" and not three.new_groups


# --------------------------------------------------------------------------- attendance


def test_a_label_tables_seats_with_a_field_and_the_absent_members(ctx: Context) -> None:
    """"Sekreterare   X, Org" / "Adjungerad, hemsjukvård   Y, Org" / "Adjungerad, SIP   Z, Org" over "1 Mötets
    öppnande":
    the secretary and the co-opted others present, the last one read too (before: the co-opted lost); "Frånvarande:"
    / "Ledamöter:" / "X (KD)": absent (before: a member present); "Avdelningschef äldreomsorg, Kalmar kommun" in a
    column beside a name: the title and the organisation, no second person."""
    pad = " " * 10
    got = att(ctx, "Närvarande", "Ordförande" + " " * 26 + "Maja Sandell, Emmaboda kommun",
              "Sekreterare" + " " * 25 + "Tore Lindgren, Kommunförbundet i Kalmar län",
              "Ledamot" + " " * 29 + "Eva Strand, Kalmar kommun",
              "Adjungerad, hemsjukvård" + " " * 13 + "Greta Ödman, Region Kalmar län",
              "Adjungerad, SIP" + " " * 21 + "Nils Berglöf, Hultsfreds kommun")
    assert got == {"ledamoter": [("Maja Sandell", "emmaboda-kommun"), ("Eva Strand", "kalmar-kommun")],
                   "ovriga": [("Tore Lindgren", "kommunforbundet-i-kalmar-lan"), ("Greta Ödman", "region-kalmar-lan"),
                              ("Nils Berglöf", "hultsfreds-kommun")]}
    absent = att(ctx, "Närvarande:", "Ordförande:", "Maja Sandell (S)", "Ledamöter:", "Tore Lindgren (M)",
                 "Frånvarande:", "Ledamöter:", "Eva Strand (KD)")
    assert absent == {"ledamoter": [("Maja Sandell", None), ("Tore Lindgren", None)]}
    titled = att(ctx, "Närvarande", "Maja Sandell" + pad + "Avdelningschef äldreomsorg, Kalmar kommun",
                 "Tore Lindgren" + pad[:-1] + "Socialchef, Nybro kommun")
    assert titled == {"ledamoter": [("Maja Sandell", "kalmar-kommun"), ("Tore Lindgren", "nybro-kommun")]}


def test_initials_headings_side_by_side_and_one_present_beside_the_list(ctx: Context) -> None:
    """"Närvarande:      Ej närvarande:" over "Maja Sandell MS      Nils Berglöf NB": the initials no organisation, the
    right column absent (before: every name's organisation its initials, the absent present); "Även X, title i Org."
    after the list's stop: present beside the members; "X, sekreterare (Org)": the organisation in brackets after the
    role."""
    gap = " " * 22
    got = att(ctx, "Närvarande:" + gap + "   Ej närvarande:", "Maja Sandell MS" + gap + "Nils Berglöf NB",
              "Tore Lindgren TL" + gap + "Eva Strand ES", "Greta Ödman GÖ")
    assert got == {"ledamoter": [("Maja Sandell", None), ("Tore Lindgren", None), ("Greta Ödman", None)]}
    also = att(ctx, "Närvarande: Maja Sandell (Nybro kommun), Tore Lindgren (Kalmar kommun).",
               "Även Greta Ödman, utvecklingsledare i Region Kalmar län.",
               "Övriga närvarande: Eva Strand, sekreterare (Kommunförbundet i Kalmar län)")
    assert also == {"ledamoter": [("Maja Sandell", "nybro-kommun"), ("Tore Lindgren", "kalmar-kommun")],
                    "ovriga": [("Greta Ödman", "region-kalmar-lan"), ("Eva Strand", "kommunforbundet-i-kalmar-lan")]}


def test_a_namnds_members_with_parties_beside_officials(ctx: Context) -> None:
    """"Ordförande X (S)" / "Ledamot Y (M)" (a scan's digit in the name) / "Socialchef Z, Org" (a digit for its first
    letter) / "Familjehemssekreterare W": the members with their parties, the officials the others present (before:
    the officials members, the titles and the damaged names read as names); a bare name with a lost party bracket,
    "V ()", stays a member."""
    got = att(ctx, "Närvarande", "Ordförande Maja Sandell (S)", "Vice ordförande Tore Lindgren (C)",
              "Ledamot Eva Stra1nd (M)", "Ledamot Greta Ödman ()", "Sekreterare Nils Berglöf, nämndsekreterare",
              "Socialchef 0la Karlsson, Vimmerby kommun", "Familjehemssekreterare Karin Holm")
    assert got["ledamoter"] == [("Maja Sandell", None), ("Tore Lindgren", None), ("Eva Stra1nd", None),
                                ("Greta Ödman", None)]
    assert got["ovriga"] == [("Nils Berglöf", None), ("0la Karlsson", "vimmerby-kommun"), ("Karin Holm", None)]


# --------------------------------------------------------------------------- decisions and presenters


def test_decisions_in_a_relative_clause_a_deputy_and_a_note(ctx: Context) -> None:
    """"X redogjorde för verksamhetsberättelsen, som godkändes av konferensen" (a decision), "Anmälan noteras." (one),
    "X gavs närvaro- och yttranderätt" (one), "Y berättade att Länsgemensam ledning den 8 februari fastställde
    budgeten" (told of, none)."""
    ex = extract(ctx, lines(*HEAD, "1. Verksamhetsberättelse", "Maja Sandell redogjorde för verksamhetsberättelsen, "
                            "som godkändes av gruppen och lades till handlingarna.", "2. Delegationsbeslut",
                            "Förteckningen över delegationsbeslut anmäldes. Anmälan noteras.", "3. Adjungering",
                            "Greta Ödman gavs närvaro- och yttranderätt under punkt 4.", "4. Rapporter",
                            "Tore Lindgren berättade att Länsgemensam ledning den 8 februari fastställde budgeten "
                            "för trygg hemgång."))
    assert kinds(ex) == [("other", 1), ("other", 2), ("other", 3)]


def test_money_decided_in_the_proposals_words_or_a_later_clause(ctx: Context) -> None:
    """An arbetsutskott proposing to "vård- och omsorgsnämnden" what the item costs in the same words ("... förslag
    om att inrätta ett permanent team för trygg hemgång ... 1,2 mnkr ..." / "... besluta att inrätta ett permanent team
    för trygg hemgång"), "genomföra två utbildningsdagar" the amount above is for, and "uppdra åt X att ... och att
    kostnaden fördelas enligt förslaget": funding (before: other)."""
    ex = extract(ctx, lines("Protokoll fört vid sammanträde med Vård- och omsorgsnämndens arbetsutskott, Nybro kommun",
                            "Tid: 2091-04-11", "", "§ 26 Team för trygg hemgång",
                            "Förvaltningen har tagit fram ett förslag om att inrätta ett permanent team för trygg "
                            "hemgång. Kostnaden beräknas till 1,2 mnkr för 2092.",
                            "Arbetsutskottet föreslår vård- och omsorgsnämnden besluta att inrätta ett permanent team "
                            "för trygg hemgång från den 1 juni.", "", "§ 27 Utbildning",
                            "Nätverket har 180 000 kr, varav 120 000 kr till utbildningsdagar för nya samordnare.",
                            "Utskottet beslutade att genomföra två utbildningsdagar under hösten.", "",
                            "§ 28 Upphandling", "Kostnaden för upphandlingen beräknas till 450 tkr för 2093.",
                            "Utskottet beslutade att uppdra åt Kommunförbundet i Kalmar län att förbereda "
                            "upphandlingen och att kostnaden fördelas enligt förslaget."))
    assert kinds(ex) == [("funding", 26), ("funding", 27), ("funding", 28)]


def test_bare_att_lines_each_a_decision(ctx: Context) -> None:
    """"Mötet beslutade" / "att föreslå Länsgemensam ledning att fastställa fördelningen enligt förslaget" / "att X får
    i uppdrag att ta fram en plan": two decisions, the first the money the item costs (before: one decision, other);
    lines joined by "samt" stay one."""
    ex = extract(ctx, lines(*HEAD, "1. Fördelning av utvecklingsmedel",
                            "Enligt överenskommelsen finns 4,2 Mkr för 2092. Förslaget är att 2,7 Mkr fördelas till "
                            "kommunerna.", "Mötet beslutade",
                            "att föreslå Länsgemensam ledning att fastställa fördelningen enligt förslaget",
                            "att Maja Sandell får i uppdrag att ta fram en uppföljningsplan", "2. Nästa möte",
                            "I maj."))
    assert [(d.kind, d.lines) for d in ex.decisions] == [("funding", (8, 8)), ("other", (9, 9))]
    joined = extract(ctx, lines(*HEAD, "1. Uppföljning", "Mötet beslutade", "att anta planen samt",
                                "att Maja Sandell får i uppdrag att följa upp den"))
    assert len(joined.decisions) == 1


def test_elections_by_given_names_initials_and_names_alone(ctx: Context) -> None:
    """"Till mötessekreterare valdes Maja, och till justerare valdes Tore." (given names), "Till ordförande valdes MS,
    till sekreterare TL och justerare GÖ." (the list's initials), "Valdes X att leda dagens förhandlingar" / "Valdes Y
    att föra dagens protokoll" (no stops: two), and "2. Val av sekreterare." / "Greta Ödman" (the name alone, no
    presenter)."""
    given = extract(ctx, lines(*HEAD, "1. Val av sekreterare och justerare",
                               "Till mötessekreterare valdes Maja, och till justerare valdes Tore.", "2. Nästa möte",
                               "I maj."))
    assert kinds(given) == [("other", 1)]
    gap = " " * 20
    initials = extract(ctx, lines("Protokoll", "Fört vid Anhörignätverkets möte den 12 mars 2092", "",
                                  "Närvarande:", "Maja Sandell MS", "Tore Lindgren TL", "Greta Ödman GÖ", "",
                                  "1. Val av mötesfunktionärer", "Till ordförande valdes MS, till sekreterare TL och "
                                  "justerare GÖ.", "2. Nästa möte" + gap, "I juni."))
    assert kinds(initials) == [("other", 1)]
    unstopped = extract(ctx, lines(*HEAD, " • 1 Val av mötesfunktionärer",
                                   "   Valdes Maja Sandell att leda dagens förhandlingar",
                                   "   Valdes Tore Lindgren att föra dagens protokoll", " • 2 Nästa möte",
                                   "   I juni."))
    assert kinds(unstopped) == [("other", 1), ("other", 1)]
    alone = extract(ctx, lines(*HEAD, " 1. Mötet öppnas.", " 2. Val av sekreterare.", "", "  Greta Ödman", "",
                               " 3. Nästa möte.", "", "  I juni."))
    assert kinds(alone) == [("other", 2)] and [p for _t, p in presenters(alone)] == [[], [], []]


def test_seats_in_a_named_network_and_a_replaced_name_a_scan_damaged(ctx: Context) -> None:
    """"X ersätter Y som föreningens representant i Regionalt anhörignätverk i Kalmar län." (a group no record
    defines, its name capitalised and indefinite: defined by the draft, also where a scan wrote "1än") and "A ersätter
    Camil1a B som sammankallande i nätverket" (the replaced one's given name damaged)."""
    ex = extract(ctx, lines(*HEAD, "1. Representation", "Tore Lindgren ersätter Maja Sandell som föreningens "
                            "representant i Regionalt anhörignätverk i Kalmar 1än.", "2. Ny sammankallande",
                            "Greta Ödman ersätter Eva Stra1nd som sammankallande i Regionalt anhörignätverk i Kalmar "
                            "län.", "3. Nästa möte", "I juni."))
    assert replacements(ex) == [("regionalt-anhorignatverk-i-kalmar-lan", "Tore Lindgren", "Maja Sandell"),
                                ("regionalt-anhorignatverk-i-kalmar-lan", "Greta Ödman", "Eva Stra1nd")]
    damaged = extract(ctx, lines(*HEAD, "1. Ny sammankallande",
                                 "Greta Ödman ersätter Camil1a Holm som sammankallande i Regionalt anhörignätverk.",
                                 "2. Nästa möte", "I juni."))
    assert replacements(damaged) == [("regionalt-anhorignatverk", "Greta Ödman", "Camil1a Holm")]


def test_presenters_after_a_time_and_a_passives_agent_with_a_title(ctx: Context) -> None:
    """"Klockan 9.00 hälsade ordföranden X alla välkomna" (the opener) and "Lägesrapporten föredrogs av processledare
    Y och godkändes." (the presenter after the passive's agent and a title); "Frågan bereds av Z" presents nothing."""
    ex = extract(ctx, lines(*HEAD, "1. Sammanträdets öppnande", "Klockan 9.00 hälsade ordföranden Maja Sandell alla "
                            "närvarande välkomna.", "2. Samverkansmodellen",
                            "Lägesrapporten föredrogs av processledare Tore Lindgren och godkändes.", "3. Remiss",
                            "Frågan bereds av Greta Ödman till nästa möte."))
    assert presenters(ex) == [("Sammanträdets öppnande", ["Maja Sandell"]), ("Samverkansmodellen", ["Tore Lindgren"]),
                              ("Remiss", [])]


def test_a_date_labelled_in_the_title_line_with_a_compact_time(ctx: Context) -> None:
    """"Gemensam presidiekonferens 2092 Tid: onsdagen den 17 sept. 2092 kl. 0930" above "Protokoll": the meeting's
    date (before: none)."""
    ex = extract(ctx, lines("Länsgemensam ledning i samverkan", "",
                            "Gemensam presidiekonferens 2092 Tid: onsdagen den 17 sept. 2092 kl. 0930",
                            "Plats Kalmar, Kalmarsalen", "", "Protokoll", "", " • 1 Konferensens öppnande",
                            "   Maja Sandell öppnade konferensen.", " • 2 Nästa konferens", "   I mars."))
    assert ex.date == "2092-09-17"
