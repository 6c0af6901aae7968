"""Ingest rules of the thirty-second round, its first half (issue 13): shapes found on fresh44/ and fresh45/ (templates
of real public minutes of kommuner's and regions' own bodies, sports clubs, church bodies and housing associations;
held out in the thirty-first round, opened for tuning once fresh46/ and fresh47/ were written to be held out
instead): a kommun's list of its paragraphs with their diary numbers over the paragraphs, a table of contents with
pages, a presence table of marks and a serving deputy's column, a date run together, a presidiekonferens' deputies
with their parties, a deputy serving for a member named before the organisation, decisions in bare infinitives
under each heading, a table's right rule kept at the end of each line, a council's labels in a margin, a report of
a meeting as bullets of sentences, names written surname first with the seat after them, and others.

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

from graph.ingest.pipeline import Context

from .test_ingest_people18 import att
from .test_ingest_shapes import lines
from .test_ingest_shapes24 import kinds, titles
from .test_ingest_shapes27 import presenters
from .test_ingest_structure import extract


def test_a_kommuns_list_of_paragraphs_with_diary_numbers_over_the_paragraphs(ctx: Context) -> None:
    """"Förteckning över ärenden" / "§ 1   Dnr SN 2093/2    Val av justerare" / ... then the paragraphs again with
    their text: the paragraphs are the items, at their own lines (before: the list's lines, the diary number taken
    for the title, the last one running over every paragraph); a table of contents with its pages, "§ 10  Budget
    ....  4" over "§ 10 Budget": the same."""
    head = ["Protokoll Socialnämnden, Nybro kommun 2093-01-22", "", "Förteckning över ärenden"]
    listed = ["§ 1   Dnr SN 2093/2    Val av justerare", "§ 2   Dnr SN 2093/3    Fastställande av dagordning",
              "§ 3   Dnr SN 2092/19   Budget för utbildning", ""]
    body = ["§ 1   Dnr SN 2093/2    Val av justerare", "Socialnämnden utser Maja Sandell att justera protokollet.", "",
            "§ 2   Dnr SN 2093/3    Fastställande av dagordning", "Dagordningen fastställs.", "",
            "§ 3   Dnr SN 2092/19   Budget för utbildning", "Tore Lindgren redogör för ärendet.",
            "Socialnämnden beslutar att anta budgeten."]
    ex = extract(ctx, lines(*head, *listed, *body))
    assert [(it.n, it.title, it.lines[0]) for it in ex.items] == [
        (1, "Val av justerare", 8), (2, "Fastställande av dagordning", 11), (3, "Budget för utbildning", 14)]
    assert presenters(ex)[2] == ("Budget för utbildning", ["Tore Lindgren"])
    toc = ["Protokoll Länsgemensam ledning 2093-03-10", "", "Innehållsförteckning                         Sid",
           "§ 9   Mötets öppnande                            4", "§ 10  Val av justerare                           4",
           "§ 11  Budget för utbildning                      5", "",
           "§ 9 Mötets öppnande", "Ordförande Greta Ödman öppnade mötet.", "§ 10 Val av justerare",
           "Till justerare valdes Nils Berglöf.", "§ 11 Budget för utbildning", "Tore Lindgren föredrog ärendet."]
    ex = extract(ctx, lines(*toc))
    assert [(it.n, it.lines[0]) for it in ex.items] == [(9, 8), (10, 10), (11, 12)]


def test_a_presence_table_of_marks_with_a_column_of_serving_deputies(ctx: Context) -> None:
    """"Ledamöter   Närv.  Frånv.  Tjänstgörande ersättare  Paragraf": a member marked present a member, one marked
    absent with a deputy beside the deputy (the member absent), "Ersättare   Närv.  Frånv." under it the deputies
    present the others; "X, brukarrepresentant" the capacity (before: no list at all)."""
    rows = ["Ledamöter                                Närv.  Frånv.  Tjänstgörande ersättare            Paragraf",
            "Maja Sandell, Region Kalmar län, ordf     x",
            "Tore Lindgren, Västerviks kommun                 x     Omar Holm, Oskarshamns kommun",
            "Greta Ödman, Högsby kommun                x                                           1-5",
            "Nils Berglöf, brukarrepresentant          x",
            "Ersättare                                Närv.  Frånv.",
            "Eva Strand, Emmaboda kommun               x",
            "Karin Holm, Torsås kommun                        x"]
    got = att(ctx, *rows)
    assert got == {"ledamoter": [("Maja Sandell", "region-kalmar-lan"), ("Omar Holm", "oskarshamns-kommun"),
                                 ("Greta Ödman", "hogsby-kommun"), ("Nils Berglöf", "brukarrepresentant")],
                   "ovriga": [("Eva Strand", "emmaboda-kommun")]}


def test_seats_written_after_a_capacity_and_deputies_named_before_the_organisation(ctx: Context) -> None:
    """"X, brukarrepresentant, tj ledamot" and "Y, brukarrepresentant, adjungerad ersättare 15": the capacity
    (before: "brukarrepresentant, tj ledamot" taken for an organisation); "Z (L) ersätter W (S), Västerviks kommun":
    Z, of Västerviks kommun, serving for W (before: no entry)."""
    got = att(ctx, "Beslutande", "Maja Sandell, Region Kalmar län, ordförande", "Nils Berglöf, brukarrepresentant, "
              "tj ledamot", "Tore Lindgren (L) ersätter Greta Ödman (S), Västerviks kommun", "Övriga deltagare",
              "Eva Strand, brukarrepresentant, adjungerad ersättare 15")
    assert got == {"ledamoter": [("Maja Sandell", "region-kalmar-lan"), ("Nils Berglöf", "brukarrepresentant"),
                                 ("Tore Lindgren", "vasterviks-kommun")],
                   "ovriga": [("Eva Strand", "brukarrepresentant")]}


def test_a_presidiekonferens_deputies_with_their_parties_take_part(ctx: Context) -> None:
    """At a gemensam presidiekonferens, "Ersättare" / "X (V), Kalmar kommun": elected, participants as the members
    are (before: the officials' list); deputies without parties stay the others'."""
    head = ["Gemensam presidiekonferens", "SAMMANTRÄDESPROTOKOLL 2093-06-09", "Beslutande",
            "Maja Sandell (M), ordförande, Region Kalmar län", "Tore Lindgren (S), Högsby kommun", "Ersättare",
            "Greta Ödman (V), Kalmar kommun", "Nils Berglöf (M), Borgholms kommun", "", "Övriga närvarande",
            "Eva Strand, utvecklingsledare, Region Kalmar län", "", "12 Protokollsjustering", "Beslut",
            "Tore Lindgren (S) utses att justera dagens protokoll."]
    ex = extract(ctx, lines(*head))
    assert [(lst.kind, [e.name for e in lst.entries]) for lst in ex.attendance] == [
        ("deltagare", ["Maja Sandell", "Tore Lindgren"]), ("deltagare", ["Greta Ödman", "Nils Berglöf"]),
        ("ovriga-deltagare", ["Eva Strand"])]
    plain = extract(ctx, lines(*head[:5], "Ersättare", "Greta Ödman, Kalmar kommun", *head[8:]))
    assert [lst.kind for lst in plain.attendance] == ["deltagare", "ovriga-deltagare", "ovriga-deltagare"]


def test_a_date_run_together_in_the_header_and_in_the_text(ctx: Context) -> None:
    """"Samordnande grupp Äldre 20930525 kl 09:00 Regionhuset": the meeting's date (before: none, the protocol not
    read); diary and telephone numbers of the same shape are no dates."""
    text = lines("Protokoll samordnande grupp Äldre 2093/3", "Samordnande grupp Äldre 20930525 kl 09:00 Regionhuset",
                 "Närvarande: Maja Sandell, Tore Lindgren, Greta Ödman.", "1 Mötets öppnande",
                 "Maja Sandell förklarade mötet öppnat", "2 Föregående mötesprotokoll",
                 "Protokollet från 20930316 godkändes och lades till handlingarna.", "3 Nästa möte",
                 "Nästa möte hålls 20930914 kl 09:00 i Västervik.")
    ex = extract(ctx, text)
    assert ex.date == "2093-05-25"
    assert kinds(ex) == [("approve-protocol", 2)]
    assert extract(ctx, lines("Protokoll Socialnämnden", "Dnr: 20930304", "1. Öppnande", "Mötet öppnades.",
                              "2. Avslutning", "Mötet avslutades.")).date is None


def test_bare_infinitives_under_each_heading_are_the_decisions(ctx: Context) -> None:
    """A board's minutes writing each decision as its bare infinitive right under the heading ("2 Val av sekreterare"
    / "välja X att föra protokoll"): each a decision, the one elected no presenter (before: none read, X a
    presenter); "lägga den ekonomiska rapporten till handlingarna" under a report of money decides none of it."""
    text = lines("Protokoll styrelsemöte", "Styrelsemöte Föreningen Livslust Kalmar län 20 augusti 2093 i Kalmar.",
                 "Närvarande", "Maja Sandell", "Tore Lindgren", "Greta Ödman", "1 Mötets öppnande",
                 "Maja Sandell hälsade välkommen och förklarade mötet öppnat", "2 Val av sekreterare",
                 "välja Tore Lindgren att föra protokoll under mötet", "3 Godkännande av dagordning",
                 "godkänna dagordningen", "4 Ekonomi", "Kassören Greta Ödman redovisade det ekonomiska läget. "
                 "Föreningen har fått", "185 000 kronor i verksamhetsbidrag för 2093.",
                 "lägga den ekonomiska rapporten till handlingarna", "5 Nästa möte",
                 "nästa styrelsemöte hålls 24 september 2093 kl 18.00")
    ex = extract(ctx, text)
    assert kinds(ex) == [("other", 2), ("other", 3), ("other", 4)]
    assert presenters(ex)[1] == ("Val av sekreterare", [])
    assert presenters(ex)[3] == ("Ekonomi", ["Greta Ödman"])


def test_a_tables_right_rule_at_the_end_of_each_line(ctx: Context) -> None:
    """A network's minutes exported from a table of one column: "§ 1. |" / "Mötets öppnande |" / "X öppnade mötet.
    |" / "|": the rules taken off, the header "Nätverket för X i Kalmar län nätverksmöte 2093-09-18" the meeting (the
    body without its meeting's word), the items read (before: no protocol at all)."""
    rows = ["Nätverket för folkhälsostrateger i Kalmar län nätverksmöte 2093-09-18",
            "Närvarande: Maja Sandell (Kalmar kommun), Tore Lindgren (Borgholms kommun), Greta Ödman (Nybro kommun).",
            "§ 1. |", "Mötets öppnande |", "Sammankallande Maja Sandell öppnade mötet. |", "|", "|",
            "§ 2. |", "Föregående mötes protokoll |", "Protokollet gicks igenom och lades till handlingarna. |", "|",
            "|", "§ 3. |", "Ny sammankallande |", "Tore Lindgren ersätter Maja Sandell som sammankallande i "
            "nätverket. |", "|", "|", "§ 4. |", "Nästa möte |", "Nästa möte hålls 2093-11-13 i Kalmar. |"]
    ex = extract(ctx, lines(*rows))
    assert ex.date == "2093-09-18"
    assert titles(ex) == ["Mötets öppnande", "Föregående mötes protokoll", "Ny sammankallande", "Nästa möte"]
    assert [d.kind for d in ex.decisions] == ["approve-protocol", "replacement"]
    assert [g[1] for g in ex.new_groups] == ["Nätverket för folkhälsostrateger i Kalmar län"]


def test_a_councils_labels_in_a_margin(ctx: Context) -> None:
    """An old council's minutes: "Protokollet.   Protokollet från ... godkändes." / "Föredrag.      Därefter höll X
    det utlovade föredraget om ..." / its lines going on at the column: each label an item with its text (before:
    none, the signatures' name taken for one); "efter Y, som avsagt sig uppdraget" no presenter."""
    rows = ["BRUKARRÅDET FÖR HJÄLPMEDEL", "Region Kalmar län                           Protokoll 2093", "",
            "Protokoll över sammanträdet måndagen d. 12 juni 2093.",
            "Närvarande:    Maja Sandell, ordförande, brukarrepresentant",
            "               Tore Lindgren, brukarrepresentant", "               Greta Ödman, brukarrepresentant", "",
            "Protokollet.   Protokollet från sammanträdet d. 13 mars upplästes och godkändes.",
            "Justering.     Till justerare valdes Tore Lindgren.",
            "Föredrag.      Därefter höll Eva Strand det utlovade föredraget om den",
            "               nya hjälpmedelsplanen.",
            "Val.           Ordföranden framkom med förslag till val av ny representant efter Greta Ödman,",
            "               som avsagt sig uppdraget, och valdes Tore Lindgren att ersätta Greta Ödman",
            "               som representant i samverkansområdesgrupp Brukarmedverkan.",
            "Nästa möte.    Nästa sammanträde hålls måndagen d. 11 sept. 2093.", "",
            "                                   Vid protokollet", "                                   Nils Berglöf"]
    ex = extract(ctx, lines(*rows))
    assert presenters(ex) == [("Protokollet", []), ("Justering", []), ("Föredrag", ["Eva Strand"]), ("Val", []),
                              ("Nästa möte", [])]
    assert [d.kind for d in ex.decisions] == ["approve-protocol", "other", "replacement"]


def test_a_report_of_a_meeting_as_bullets_of_sentences(ctx: Context) -> None:
    """"  • Beslut om att fördela 450 000 kr ..." / "    i förskolan: ..." / "  • Gruppen har beslutat att anlita X
    som ..." / "  • Y redovisade ...": each bullet an item titled by its first line, "Beslut om att fördela" money
    decided, the group's own "har beslutat att" a decision here (before: no items, neither decision); another body's
    "har beslutat att" stays a report."""
    rows = ["Rapport från möte i samordnande grupp Barn och unga 2093-04-04", "",
            "Närvarande: Maja Sandell, Torsås kommun, Tore Lindgren, Region Kalmar län, Greta Ödman, Nybro kommun.", "",
            "  • Sedvanlig information om uppföljning av handlingsplanen och aktuella ärenden.",
            "  • Beslut om att fördela 450 000 kr inom samverkansmodellen till hjälpmedel",
            "    i förskolan: 300 000 kr till förskolorna och 150 000 kr till habiliteringen.",
            "  • Gruppen har beslutat att anlita Tore Lindgren som samordnare för gruppens arbete med",
            "    hjälpmedel i skolan.",
            "  • Greta Ödman redovisade habiliteringens väntetider.",
            "    Regionen har beslutat att utöka mottagningen."]
    ex = extract(ctx, lines(*rows))
    assert titles(ex) == ["Sedvanlig information om uppföljning av handlingsplanen och aktuella ärenden",
                          "Beslut om att fördela 450 000 kr inom samverkansmodellen till hjälpmedel",
                          "Gruppen har beslutat att anlita Tore Lindgren som samordnare för gruppens arbete med",
                          "Greta Ödman redovisade habiliteringens väntetider"]
    assert [d.kind for d in ex.decisions] == ["funding", "other"]
    assert presenters(ex)[3][1] == ["Greta Ödman"]


def test_names_surname_first_with_the_seat_after_them_in_a_label_column(ctx: Context) -> None:
    """"Närvarande          Sandell, Maja ordförande, Region Kalmar län" / "Ödman, Greta suppleant, i stället för
    Per Ek": the names turned, the seats and organisations theirs (before: "Närvarande Sandell" a name, the place's
    line a person); "Beslut: Ledningen beslutar att X, Org, ersätter" / "Y som ledamot i ..." one decision across
    the line (before: cut at the line's end)."""
    rows = ["LÄNSGEMENSAM LEDNING I SAMVERKAN                    PROTOKOLL 1/2093", "Länsgemensam ledning", "",
            "Sammanträdesdatum   tisdagen den 7 februari 2093", "Plats               Regionhuset, Kalmar", "",
            "Närvarande          Sandell, Maja ordförande, Region Kalmar län",
            "                    Lindgren, Tore ledamot, Oskarshamns kommun",
            "                    Ödman, Greta suppleant, i stället för Per Ek", "",
            "Övriga närvarande   Berglöf, Nils basenhetschef, Region Kalmar län", "",
            "012", "VAL AV JUSTERARE", "Till justerare valdes Tore Lindgren.", "", "013",
            "BYTE AV LEDAMOT", "Beslut: Länsgemensam ledning beslutar att Tore Lindgren, Oskarshamns kommun, ersätter",
            "Nils Berglöf som ledamot i samordnande grupp Äldre från den 1 mars 2093."]
    ex = extract(ctx, lines(*rows))
    got = {lst.kind: [(e.name, e.org) for e in lst.entries] for lst in ex.attendance}
    assert got == {"ledamoter": [("Maja Sandell", "region-kalmar-lan"), ("Tore Lindgren", "oskarshamns-kommun"),
                                 ("Greta Ödman", None)],
                   "ovriga": [("Nils Berglöf", "region-kalmar-lan")]}
    assert [(d.kind, d.lines) for d in ex.decisions] == [("other", (15, 15)), ("replacement", (19, 20))]


def test_header_forms_of_a_council_and_a_working_groups_short_minutes(ctx: Context) -> None:
    """"GEMENSAMMA HJÄLPMEDELSNÄMNDEN I KALMAR LÄN      Sammanträde 14.3.2093 kl. 13.00": the title and date
    (before: no protocol read); "Protokollet justerat 20.3.2093" under the signatures no decision; "Kortfattat
    protokoll från arbetsgruppens möte 2093-09-12" over "Arbetsgruppen för förskrivning i Kalmar län": that group
    the body (before: "Kortfattat från arbetsgruppen")."""
    ex = extract(ctx, lines("GEMENSAMMA HJÄLPMEDELSNÄMNDEN I KALMAR LÄN        Sammanträde 14.3.2093 kl. 13.00", "",
                            "Närvarande:", "Maja Sandell, ordförande, Region Kalmar län", "Tore Lindgren, Nybro kommun",
                            "", "Val av protokolljusterare", "Till protokolljusterare valdes Tore Lindgren.", "", "",
                            "Nästa sammanträde", "Nästa sammanträde hålls 23.5.2093 kl. 13.00.", "", "",
                            "Maja Sandell                         Greta Ödman", "", "",
                            "Protokollet justerat 20.3.2093", "Tore Lindgren"))
    assert ex.date == "2093-03-14"
    assert [d.kind for d in ex.decisions] == ["other"]
    short = extract(ctx, lines("Kortfattat protokoll från arbetsgruppens möte 2093-09-12", "",
                               "Arbetsgruppen för förskrivning i Kalmar län", "",
                               "Närvarande: Maja Sandell (Vimmerby kommun), Tore Lindgren (Nybro kommun)", "",
                               "Ny representant", "Greta Ödman ersätter Tore Lindgren som Nybro kommuns representant "
                               "i arbetsgruppen."))
    assert [g[1] for g in short.new_groups] == ["Arbetsgruppen för förskrivning i Kalmar län"]


def test_lists_of_those_the_region_sent_and_a_capacity_before_the_name(ctx: Context) -> None:
    """"Från regionen: X, hjälpmedelschef" the others present (before: lost); "Gäster   Brukarrepresentant Y" the
    capacity (before: a post, no capacity, and the entry dropped); "Från kommunerna: ..." stays a label of an
    organisation's names."""
    got = att(ctx, "Närvarande:    Maja Sandell, ordförande, brukarrepresentant",
              "               Tore Lindgren, brukarrepresentant", "Från regionen: Greta Ödman, hjälpmedelschef",
              "               Nils Berglöf, samordnare")
    assert got["ovriga"] == [("Greta Ödman", None), ("Nils Berglöf", None)]
    guests = att(ctx, "Ledamöter", "Maja Sandell, Nybro kommun", "Tore Lindgren, Kalmar kommun", "",
                 "Gäster", "Brukarrepresentant Greta Ödman")
    assert guests["ovriga"] == [("Greta Ödman", "brukarrepresentant")]
