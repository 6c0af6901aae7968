"""Ingest rules of the thirty-sixth round (issue 13): shapes found on learn32/ and learn33/ (development parts) and on
fresh52/ and fresh53/ (the held-out parts of round 35, opened in this round): a web page's title "Body: protokoll DATE",
a first list headed "Medverkande" alone, columns of names with their parties and titles after a label, items as
dashed labels with their text after the colon, names under the secretary's label line, a long sentence of presence
over the names, "Sammanträde Body DATE" titles, two-digit numbers in a table of items, chair labels under the body's
name, a roll call with no head row, meetings told as held in a sentence, a day and month wrapped from their year,
"Övriga förtroendevalda" at a presidiekonferens, and names that present nothing (thanked, signing).

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

import pytest

from graph.ingest.pipeline import Context
from graph.ingest.reading import IngestError

from .test_ingest_shapes import lines
from .test_ingest_shapes27 import presenters
from .test_ingest_structure import extract


def kinds(ex) -> list[tuple[str, list[str]]]:  # type: ignore[no-untyped-def]
    return [(lst.kind, [e.name for e in lst.entries]) for lst in ex.attendance]


def test_a_web_pages_title_with_the_body_before_its_colon(ctx: Context) -> None:
    """"Nätverket för skolkuratorer i Kalmar län: protokoll 20 januari 2039" is the title (before: no title, the
    page read as a document with no items); a label with no title word after it is none."""
    ex = extract(ctx, lines(
        "NYHETER", "",
        "Nätverket för skolkuratorer i Kalmar län: protokoll 20 januari 2039", "",
        "Medverkande: Ida Holm, Kalmar kommun, Per Ek, Vimmerby kommun och Eva Lund, Nybro kommun.", "",
        "§ 1 Mötet öppnades av Ida Holm.", "",
        "§ 2 Dagordningen fastställdes.", "",
        "§ 3 Nästa möte den 17 mars 2039."))
    assert ex.doc_kind == "protocol" and ex.date == "2039-01-20"
    assert [it.n for it in ex.items] == [1, 2, 3]
    # (the first list headed "Medverkande" alone, no list of members: those taking part as members)
    assert kinds(ex) == [("ledamoter", ["Ida Holm", "Per Ek", "Eva Lund"])]


def test_medverkande_beside_members_and_beside_adjungerade(ctx: Context) -> None:
    """A first list "Medverkande" over "Adjungerade" is the members (before: both lists others present); after a
    list of members it stays those present beside them."""
    title = "Protokoll fört vid möte med nätverket för skolkuratorer 2039-02-03"
    items = ["", "1. Mötet öppnas", "Ida Holm öppnade mötet.", "", "2. Dagordning", "Fastställdes.", "",
             "3. Avslutning", "Mötet avslutades."]
    ex = extract(ctx, lines(title, "", "Medverkande: Ida Holm, Kalmar kommun, Per Ek, Vimmerby kommun.", "",
                            "Adjungerade: Eva Lund, Region Kalmar län.", *items))
    assert kinds(ex) == [("ledamoter", ["Ida Holm", "Per Ek"]), ("ovriga", ["Eva Lund"])]
    beside = extract(ctx, lines(title, "", "Ledamöter: Ida Holm, Kalmar kommun, Per Ek, Vimmerby kommun.", "",
                                "Medverkande: Eva Lund, Region Kalmar län.", *items))
    assert kinds(beside) == [("ledamoter", ["Ida Holm", "Per Ek"]), ("ovriga", ["Eva Lund"])]


def test_columns_of_names_with_party_and_title_after_a_label(ctx: Context) -> None:
    """"Närvarande:  Anna Holm (S) ordförande      Per Ek (C)      Eva Lund (M)": three entries (before: the row
    lost, or two names read as one); the row under it too."""
    ex = extract(ctx, lines(
        "Protokoll fört vid sammanträde med socialnämndens arbetsutskott, Nybro kommun, 2039-02-09", "",
        "Närvarande:  Stig Berglund (C)       Birgitta Holm (S) ordförande       Amira Saleh (M)",
        "             Jonny Lind (S) tjg ers för Lars Ek (S)", "",
        "1. Val av justerare", "Stig Berglund valdes.", "", "2. Budget", "Informationen noterades.", "",
        "3. Avslutning", "Mötet avslutades."))
    assert [e.name for e in ex.attendance[0].entries] == ["Stig Berglund", "Birgitta Holm", "Amira Saleh",
                                                          "Jonny Lind"]


def test_dashed_labels_are_items_and_their_text_the_decisions(ctx: Context) -> None:
    """"- Val av justerare: Stig Berglund valdes ..." with no blank line between: each label an unnumbered item
    (before: none read); a replacement under its label names its group, not the label's words."""
    ex = extract(ctx, lines(
        "Protokoll fört vid sammanträde med barn- och utbildningsnämndens arbetsutskott, Nybro kommun, 2039-02-09",
        "", "Närvarande: Stig Berglund, Nybro kommun, Birgitta Holm, Nybro kommun.", "",
        "- Sammanträdets öppnande: ordföranden Birgitta Holm hälsade de närvarande välkomna.",
        "- Val av justerare: Stig Berglund valdes att jämte ordföranden justera protokollet.",
        "- Dagordningen: dagordningen godkändes med ett tillägg.",
        "- Representant i styrgruppen för elevhälsa: beslutades att Karin Lund ersätter Petter Ek",
        "som Nybro kommuns representant i samordnande grupp Barn och unga.",
        "- Övriga frågor: det fanns inga övriga frågor."))
    assert [it.title for it in ex.items] == ["Sammanträdets öppnande", "Val av justerare", "Dagordningen",
                                             "Representant i styrgruppen för elevhälsa", "Övriga frågor"]
    assert all(it.n is None for it in ex.items)
    swap = next(d for d in ex.decisions if d.kind == "replacement")
    assert swap.group == "samordnande-grupp-barn-och-unga" and swap.seat_origin == "nybro-kommun"


def test_names_under_the_secretarys_label_are_the_members(ctx: Context) -> None:
    """"Sekreterare: Sanna Holm, Org" over a running line of names: those are the members present (before: all of them
    others present, as more secretaries); a list going on after its comma stays one list."""
    head = ["Protokoll fört vid samordnande grupp Barn och ungas möte den 16 mars 2039.", "",
            "§ 1 Närvarande", "Ordförande: Pernilla Lund, Torsås kommun",
            "Sekreterare: Sanna Holm, Kommunförbundet i Kalmar län"]
    tail = ["", "§ 2 Dagordning", "Godkändes.", "", "§ 3 Avslutning", "Mötet avslutades."]
    ex = extract(ctx, lines(*head, "Rebecka Ek, Region Kalmar län, Malin Lund, Nybro kommun,",
                            "Tove Berg, Vimmerby kommun.", *tail))
    assert ("ovriga", ["Sanna Holm"]) in kinds(ex)
    assert ("ledamoter", ["Rebecka Ek", "Malin Lund", "Tove Berg"]) in kinds(ex)
    one = extract(ctx, lines(*head[:-1], "Sekreterare: Sanna Holm, Kommunförbundet i Kalmar län, och", "Eva Ek.",
                             *tail))
    assert ("ovriga", ["Sanna Holm", "Eva Ek"]) in kinds(one)


def test_decisions_said_as_taken_and_the_gymnasieforbund_as_a_seats_origin(ctx: Context) -> None:
    """"Beslut tas om att ..." is a decision (before: none); "som gymnasieförbundets representant" is the seat's
    origin, the county's one gymnasieförbund."""
    ex = extract(ctx, lines(
        "Protokoll fört vid samordnande grupp Barn och ungas möte den 16 mars 2039.", "",
        "Närvarande: Pernilla Lund, Torsås kommun, Sanna Holm, Region Kalmar län.", "",
        "§ 1 Vårdkedjan", "Rebecka Ek redovisade förslaget.",
        "Beslut tas om att gruppen ställer sig bakom förslaget till gemensam vårdkedja.", "",
        "§ 2 Ny ledamot",
        "Therese Lund ersätter Henrik Berg som gymnasieförbundets representant i samordnande grupp Barn och unga.",
        "", "§ 3 Avslutning", "Mötet avslutades."))
    assert any(d.kind == "other" and d.lines[0] == 7 for d in ex.decisions)
    swap = next(d for d in ex.decisions if d.kind == "replacement")
    assert swap.seat_origin == "kalmarsunds-gymnasieforbund"


def test_a_long_sentence_of_presence_over_the_names(ctx: Context) -> None:
    """"Från Beredningsgruppen för samverkan skola och BUP under samordnande grupp Barn och unga deltog:" under
    "Närvarande" heads the names under it (before: no list at all)."""
    ex = extract(ctx, lines(
        "Protokoll - Beredningsgruppens möte den 30 mars 2039", "Lokal: Länssjukhuset i Kalmar", "Närvarande",
        "Från Beredningsgruppen för samverkan skola och BUP under samordnande grupp Barn och unga deltog:",
        "Simon Ek (Region Kalmar län), Frida Lund (Region Kalmar län), Mattias Berg (Kalmar kommun)",
        "Dessutom deltog Jessica Holm, Kommunförbundet i Kalmar län, under § 4.",
        "§ 1", "Mötesledare", "Simon Ek utsågs att leda mötet.",
        "§ 2", "Remisser", "Frida Lund redovisade remissflödet.", "§ 3 Nästa möte", "Nästa möte hålls 28/4."))
    assert kinds(ex)[0] == ("ledamoter", ["Simon Ek", "Frida Lund", "Mattias Berg"])
    assert ("ovriga", ["Jessica Holm"]) in kinds(ex)


def test_a_meetings_word_first_then_the_body_and_the_date(ctx: Context) -> None:
    """"Sammantrade Vard- och omsorgsnamnden, Emmaboda kommun 2039-09-07 kl. 13.30" (a scan's lost diacritics) is the
    title (before: none, no items read); a line of the meeting's word with no body is none."""
    body = ["Beslutande: Pernilla Holm (S), ordforande, Lennart Ek (C)", "",
            "1. Sammantradets öppnande", "Ordföranden öppnar sammanträdet.",
            "2. Val av justerare", "Lennart Ek utsågs att justera.", "3. Avslutning", "Ordföranden avslutar."]
    ex = extract(ctx, lines("Sammantrade Vard- och omsorgsnamnden, Emmaboda kommun 2039-09-07 kl. 13.30-16.45",
                            *body))
    assert ex.doc_kind == "protocol" and ex.date == "2039-09-07" and [it.n for it in ex.items] == [1, 2, 3]


def test_two_digit_numbers_in_a_table_of_items_and_chairs_under_the_bodys_name(ctx: Context) -> None:
    """"10  Övrigt      Diskussion" after "9   Nästa möte      Beslut" (the title in the same column, two spaces after
    two digits) is item 10 (before: 10 and 11 lost into 9); "Ordförande   Name, Org" under "Närvarande" / the
    body's name is a member in the chair (before: read as a form's field, no list)."""
    rows = [f"{n}{' ' * (4 - len(str(n)))}{t}{' ' * (60 - len(t))}{a}" for n, t, a in [
        (1, "Mötet öppnas", "Beslut"), (2, "Dagordningen", "Beslut"), (3, "Föregående protokoll", "Beslut"),
        (4, "Uppföljning", "Information"), (5, "Budget", "Beslut"), (6, "Rapporter", "Information"),
        (7, "Remisser", "Beslut"), (8, "Utbildning", "Information"), (9, "Nästa möte", "Beslut"),
        (10, "Övrigt", "Diskussion"), (11, "Mötet avslutas", "Beslut")]]
    body = [line for row in rows for line in (row, "    Ordföranden redovisade punkten.")]
    ex = extract(ctx, lines(
        "Protokoll Beredningsmöte", "Beredningen, Länsgemensam ledning i samverkan", "",
        "Tid: Onsdag 7 december 2039, klockan 09.00–11.30", "",
        "Närvarande", "Beredningen",
        "Ordförande                 Per-Olof Lund, Kommunförbundet i Kalmar län",
        "Vice ordförande            Maria Berg, Region Kalmar län",
        "Ledamot                    Denise Holm, Region Kalmar län", "",
        "Ärende" + " " * 58 + "Åtgärd", *body))
    assert [it.n for it in ex.items] == list(range(1, 12))
    assert [it.title for it in ex.items][9:] == ["Övrigt", "Mötet avslutas"]
    members = [e.name for lst in ex.attendance if lst.kind == "ledamoter" for e in lst.entries]
    assert members[:2] == ["Per-Olof Lund", "Maria Berg"]


def test_a_roll_call_with_no_head_row(ctx: Context) -> None:
    """"2 UPPROP" / a sentence / organisations' lines over "Name, Org" lines / "Även X, samordnare Region Kalmar län,
    och Y, Org, noterades som närvarande.": the members, then the others (before: none of them read); a list under
    the roll call's item that goes on with lines of two names each is left to the other rules."""
    ex = extract(ctx, lines(
        "PROTOKOLL FÖRT VID LÄNSGEMENSAM LEDNINGS SAMMANTRÄDE I KALMAR, FREDAGEN DEN 10 MARS 2034",
        "1 SAMMANTRÄDETS ÖPPNANDE", "Ordförande Sofia Lund välkomnade deltagarna.",
        "2 UPPROP", "Margit Holm förrättade upprop. 5 ledamöter noterades som närvarande.",
        "Region Kalmar län", "Sofia Lund, Region Kalmar län", "Mats Ek, Region Kalmar län",
        "Kommunerna", "Anna Berg, Kalmar kommun", "Jimmy Holm, Nybro kommun",
        "Brukarrepresentant", "Rune Lind, brukarrepresentant",
        "Även Helene Ek, samordnare Region Kalmar län, och Lena Strand,",
        "Kommunförbundet i Kalmar län, noterades som närvarande.",
        "3 FÖREGÅENDE PROTOKOLL", "Sammanträdet beslutade att lägga protokollet till handlingarna."))
    assert kinds(ex) == [("ledamoter", ["Sofia Lund", "Mats Ek", "Anna Berg", "Jimmy Holm", "Rune Lind"]),
                         ("ovriga", ["Helene Ek", "Lena Strand"])]
    assert [e.org for e in ex.attendance[1].entries] == ["region-kalmar-lan", "kommunforbundet-i-kalmar-lan"]


def test_a_meeting_told_as_held_in_a_sentence(ctx: Context) -> None:
    """"Den 17 oktober hölls temamöte i samordnande grupp Psykisk hälsa." under a heading and its date, and "<Body>
    höll sitt höstmöte på X den 28 november 2034.": protocols with their items (before: refused as no protocol);
    a sentence of a meeting held by no body is none."""
    told = extract(ctx, lines(
        "Temamöte om samsjuklighet", "17:e oktober 2034",
        "Den 17 oktober hölls temamöte i samordnande grupp Psykisk hälsa. Arbetet fortsätter.",
        "Närvarande från gruppen: Kristin Holm (ordf), Lena Ek och Patrik Lund.", "",
        "Inledning", "Kristin Holm hälsade välkommen.", "", "Integrerad behandling",
        "Lena Ek presenterade resultaten.", "", "Nästa möte", "Nästa möte hålls den 12 december 2034."))
    assert told.doc_kind == "protocol" and told.date == "2034-10-17" and told.title == "Temamöte om samsjuklighet"
    assert [it.title for it in told.items] == ["Inledning", "Integrerad behandling", "Nästa möte"]
    held = extract(ctx, lines(
        "Arbetsgruppen för LARO i Kalmar län höll möte i Vimmerby",
        "Arbetsgruppen för LARO i Kalmar län höll sitt höstmöte på Vimmerby stadshotell den 28 november 2034.",
        "Närvarande: Emelie Holm, Region Kalmar län, Ola Berg, Vimmerby kommun.", "",
        "Inledning", "Emelie Holm inledde med en återblick.", "", "Medel 2035",
        "Arbetsgruppen beslutade att fördela 320 000 SEK för 2035.", "", "Val",
        "Till ordförande valdes Ola Berg.", "",
        "Vi riktar ett stort tack till avgående sammankallande Emelie Holm.", "", "Ola Berg"))
    assert held.doc_kind == "protocol" and held.date == "2034-11-28"
    # (a name thanked after a title, and the signature alone on the last line: no presenters of "Val")
    assert ("Val", []) in presenters(held)


def test_a_day_and_month_wrapped_from_their_year(ctx: Context) -> None:
    """"Fört vid sammanträde torsdagen den 14/6" / "2035 Kommunhuset, Emmaboda.": the meeting's date (before: none, no
    meeting in the draft); the kommun before its nämnd in the letterhead, "Emmaboda kommun Omsorgsnämnden PROTOKOLL
    5/35", is the body's owner, the protocol's number no part of its name (before: "Emmaboda kommun Omsorgsnämnden
    5/35", owned by none: its members no evidence against a near name of another kommun); a page's number over the
    date, "1/4" / "2059-11-20", is no day and month."""
    ex = extract(ctx, lines(
        "Emmaboda kommun Omsorgsnämnden PROTOKOLL 5/35", "Fört vid sammanträde torsdagen den 14/6",
        "2035 Kommunhuset, Emmaboda.", "Närvarande", "Beslutande", "", "Lennart Holm (C), ordförande",
        "Pernilla Ek (S), vice ordförande", "", "§ 41 Mötets öppnande", "Ordföranden öppnade mötet.", "",
        "§ 42 Val av justerare", "Pernilla Ek valdes."))
    assert ex.date == "2035-06-14"
    assert ex.new_groups == [("omsorgsnamnden-emmaboda-kommun", "Omsorgsnämnden, Emmaboda kommun", "unit",
                              "emmaboda-kommun", 1)]
    paged = extract(ctx, lines(
        "Protokoll fört vid Beredningens sammanträde", "Sammanträdesdatum                                 1/4",
        "2059-11-20", "", "Närvarande: Anna Holm, Kalmar kommun, Per Ek, Nybro kommun.", "",
        "1. Val av justerare", "Anna Holm valdes.", "", "2. Avslutning", "Mötet avslutades."))
    assert paged.date == "2059-11-20"


def test_the_elected_beside_the_presidium_at_a_presidiekonferens(ctx: Context) -> None:
    """"Övriga förtroendevalda" at a presidiekonferens are participants (before: officials); a running list of the
    presidium's members wrapped at its "och", the first with its seat in brackets, keeps its last name; the
    supervisory authority by its name is an organisation the graph knows."""
    ex = extract(ctx, lines(
        "Gemensam presidiekonferens 2035, Länsgemensam ledning i samverkan", "Protokoll", "Datum:     2035-04-20", "",
        "Ledamöter i presidiet",
        "Emmy Holm (ordförande), Andreas Ek (vice ordförande), Maud Lund och", "Jonny Berg.",
        "Övriga förtroendevalda",
        "Stefan Lind (Oskarshamn), Helene Strand (Högsby) och Tove Alm (Kalmar).",
        "Tjänstepersoner och inbjudna",
        "Sofia Ek                        Region Kalmar län",
        "Kent Berg                       Inspektionen för vård och omsorg (em)", "",
        "§ 1 Konferensens öppnande", "Emmy Holm förklarade konferensen öppnad.", "",
        "§ 2 Val av justerare", "Till justerare valdes Helene Strand."))
    assert kinds(ex)[:2] == [("deltagare", ["Emmy Holm", "Andreas Ek", "Maud Lund", "Jonny Berg"]),
                             ("deltagare", ["Stefan Lind", "Helene Strand", "Tove Alm"])]
    officials = ex.attendance[2]
    assert officials.kind == "ovriga-deltagare"
    assert [(e.name, e.org) for e in officials.entries] == [("Sofia Ek", "region-kalmar-lan"),
                                                             ("Kent Berg", "inspektionen-for-vard-och-omsorg")]


def test_minutes_written_as_numbered_sentences_under_section_headings(ctx: Context) -> None:
    """Every item a numbered sentence a line long, sections headed in capitals between them ("1. X öppnade mötet." /
    "FORMALIA" / "2. Närvarande vid mötet var ..."): sixteen items, however long their sentences (before: a run of
    the short ones only); the members in the second sentence with their titles' letters before their organisations
    ("(MAS Mörbylånga kommun)", "(Mönsterås kommun, via Teams)"), the others present in the third with their titles
    in lower case before theirs ("utvecklingsledare Kommunförbundet i Kalmar län": that organisation, not the
    county its name ends with)."""
    ex = extract(ctx, lines(
        "Nätverket för MAS och MAR i Kalmar län", "", "Mötesprotokoll 3/2039", "",
        "När? 30 augusti 2039, klockan 13.00.", "", "",
        "1. Nätverkets sammankallande Karin Berg öppnade mötet.",
        "FORMALIA",
        "2. Närvarande vid mötet var Karin Berg (MAS Mörbylånga kommun), Anna Lund (MAS Kalmar kommun), Tobias Ek "
        "(MAR Västerviks kommun) samt Lena Strand (Mönsterås kommun, via Teams).",
        "3. Dessutom deltog Denise Holm, utvecklingsledare Region Kalmar län, och Sofia Lind, utvecklingsledare "
        "Kommunförbundet i Kalmar län.",
        "4. Mötet valde Karin Berg till mötesordförande.",
        "5. Mötet valde Anna Lund till justerare.",
        "6. Protokollet från mötet den 14 juni 2039 gicks igenom och lades till handlingarna.",
        "MEDDELANDEN",
        "7. Denise Holm redovisade läget för fast vårdkontakt i den kommunala hälso- och sjukvården. Samtliga "
        "kommuner har nu utsett fast vårdkontakt.",
        "8. Nätverket disponerar 180 000 kronor för 2040 ur den gemensamma planen för samverkan, varav 120 000 kronor "
        "avser en länsgemensam utbildningsdag om delegering och egenvård i hemsjukvården.",
        "BESLUT",
        "9. Mötet beslutade att Anna Lund ersätter Maria Berg som nätverkets representant i samordnande grupp Äldre.",
        "ÖVRIGT",
        "10. Nästa möte hålls tisdagen den 22 november 2039 klockan 13.00 via Teams.",
        "11. Mötesordföranden Karin Berg tackade för visat intresse och avslutade mötet."))
    assert [it.n for it in ex.items] == list(range(1, 12))
    assert ex.items[1].title.startswith("Närvarande vid mötet var Karin Berg") and ex.items[6].title.endswith(
        "hälso- och sjukvården")
    assert [(lst.kind, [(e.name, e.org) for e in lst.entries]) for lst in ex.attendance] == [
        ("ledamoter", [("Karin Berg", "morbylanga-kommun"), ("Anna Lund", "kalmar-kommun"),
                       ("Tobias Ek", "vasterviks-kommun"), ("Lena Strand", "monsteras-kommun")]),
        ("ovriga", [("Denise Holm", "region-kalmar-lan"), ("Sofia Lind", "kommunforbundet-i-kalmar-lan")])]


def test_a_text_shaped_as_minutes_with_no_title_the_rules_know(ctx: Context) -> None:
    """No title word, no body's word, no meeting's word in the head ("Vårens träff" / "2039-03-02"), but a list's
    heading over names and items numbered in order below: minutes, dated by their head (before: refused as no
    protocol, every fact lost); a plan's dated head over its numbered contents and no people is none."""
    ex = extract(ctx, lines(
        "Vårens träff", "2039-03-02", "", "Närvarande", "Ida Holm, Kalmar kommun", "Per Ek, Nybro kommun",
        "Eva Lund, Vimmerby kommun", "", "1. Mötets öppnande", "Ida Holm öppnade mötet.", "2. Dagordning",
        "Godkändes.", "3. Avslutning", "Mötet avslutades."))
    assert ex.doc_kind == "protocol" and ex.date == "2039-03-02" and [it.n for it in ex.items] == [1, 2, 3]
    assert [e.name for e in ex.attendance[0].entries] == ["Ida Holm", "Per Ek", "Eva Lund"]
    with pytest.raises(IngestError):
        extract(ctx, lines("Vårens plan", "2039-03-02", "", "Planen beskriver hur kommunerna arbetar.", "",
                           "1. Bakgrund", "2. Syfte", "3. Mål"))


def test_a_members_seat_alone_confirms_no_other_spelling(ctx: Context) -> None:
    """A spelling one letter from a known person's, nothing else said of the person but a member's seat ("Marie
    Johanson, som ersätter Y" in a group): unsure, the person decides (before: merged into the known Marie Johansen at
    0.98, `learn32/`'s wrong merge); a seat the known person holds beside it, a chair, still confirms the spelling,
    and the known spelling itself needs nothing."""
    assert ctx.matcher.match("Marie Johanson", roles=["ledamot"]).status == "uncertain"
    assert ctx.matcher.match("Marie Johansen", roles=["ledamot"]).status == "known"
    assert ctx.matcher.match("Anna Haselbom Trofast", roles=["ordforande"]).status == "known"
