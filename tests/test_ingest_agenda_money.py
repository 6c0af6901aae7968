"""Ingest rules of the fifteenth round (issue 13), tuner B: agenda items, decisions and amounts, taught by the
generated protocols of `tests/ingest_gen` (seeds 1–200) and tested here on invented variants the generator does
not write, with look-alikes that must not be read.

Each test writes its own input text (names and titles invented here) and checks what the extraction makes of it.
"""

from __future__ import annotations

import pytest

from graph.ingest.pipeline import Context

from .test_ingest_shapes import lines
from .test_ingest_structure import extract

# --------------------------------------------------------------------------- attendance between two items


@pytest.mark.parametrize("head", ["§ {n} {t}", "{n}. {t}", "Punkt {n}: {t}", "{n}) {t}"])
@pytest.mark.parametrize("heading", ["Närvarande", "Närvarande ledamöter:", "Deltagare", "Beslutande"])
def test_attendance_written_after_the_first_item_does_not_end_the_agenda(ctx: Context, head: str,
                                                                         heading: str) -> None:
    """Attendance recorded inside the opening item ("§ 1 Mötets öppnande" / its text / "Närvarande" / names /
    "§ 2 ..."): the agenda goes on after the list, and the list's names are no presenters of the first item."""
    text = lines("Protokoll samordnande grupp Äldre 2030-03-04", "",
                 head.format(n=1, t="Mötets öppnande"), "Ordföranden öppnade mötet.", "",
                 heading, "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", "Greta Sund, Region Kalmar län", "",
                 head.format(n=2, t="Uppföljning av handlingsplanen"), "Olof Berg redovisade uppföljningen.",
                 "Gruppen beslutar att godkänna uppföljningen.", "",
                 head.format(n=3, t="Nästa möte"), "Nästa möte hålls 2030-05-06.")
    ex = extract(ctx, text)
    assert [it.title for it in ex.items] == ["Mötets öppnande", "Uppföljning av handlingsplanen", "Nästa möte"]
    assert ex.items[0].presenters == []
    assert ex.items[0].lines == (3, 4)
    assert [len(lst.entries) for lst in ex.attendance] == [3]
    assert [d.lines for d in ex.decisions] == [(13, 13)]


@pytest.mark.parametrize("heading", ["Närvarande", "Deltagare:"])
def test_attendance_after_the_last_item_still_ends_it(ctx: Context, heading: str) -> None:
    """Negative: a list after the last item (attendance at the bottom) is no part of that item: its names are
    no presenters, its lines not the item's."""
    text = lines("Protokoll samordnande grupp Äldre 2030-03-04", "",
                 "1. Mötets öppnande", "Ordföranden öppnade mötet.", "",
                 "2. Uppföljning av handlingsplanen", "Olof Berg redovisade uppföljningen.", "",
                 heading, "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun")
    ex = extract(ctx, text)
    assert [it.title for it in ex.items] == ["Mötets öppnande", "Uppföljning av handlingsplanen"]
    assert ex.items[1].lines == (6, 7)
    assert [p for p, _ in ex.items[1].presenters] == ["Olof Berg"]


# --------------------------------------------------------------------------- a protocol quoted in a mail


@pytest.mark.parametrize("mark", ["> ", ">", "> > ", ">> "])
def test_a_protocol_quoted_in_a_mail_is_read_as_its_lines(ctx: Context, mark: str) -> None:
    """A protocol forwarded in a mail, each line quoted: read as if unquoted (line numbers as in the mail)."""
    body = ["Protokoll samordnande grupp Äldre 2030-03-04", "",
            "Närvarande", "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", "",
            "§ 1 Mötets öppnande", "Lena Strand öppnade mötet.", "",
            "§ 2 Budget 2031", "Gruppen beslutar att fördela 300 000 kr till Nybro kommun.", "",
            "§ 3 Nästa möte", "Nästa möte hålls 2030-05-06."]
    text = lines("Hej,", "vidarebefordrar protokollet.", "", "-----Ursprungligt meddelande-----",
                 *[(mark + ln).rstrip() if ln else mark.strip() for ln in body])
    ex = extract(ctx, text)
    assert [it.title for it in ex.items] == ["Mötets öppnande", "Budget 2031", "Nästa möte"]
    assert [len(lst.entries) for lst in ex.attendance] == [2]
    assert [d.lines for d in ex.decisions] == [(15, 15)]


def test_a_lone_quoted_line_is_text(ctx: Context) -> None:
    """Negative: one line opening with ">" ("> 50 procent ...") is no quoted protocol; the line stays as written."""
    from graph.ingest.layout import clean_layout
    src = ["Protokoll", "> 50 procent av platserna", "Text"]
    assert clean_layout(src).lines == src


# --------------------------------------------------------------------------- an announced title by a page break


@pytest.mark.parametrize(("announced", "heading"), [("8. Nästa möte", "8) Nästa möte"),
                                                    ("3. Budget 2031", "§ 3 Budget 2031"),
                                                    ("2 Rapporter", "2. Rapporter"),
                                                    ("4. Budget", "**4. BUDGET**"), ("5. Övrigt", "## 5. Övrigt")])
def test_a_numbered_title_announced_then_headed_by_a_page_break_is_text(announced: str, heading: str) -> None:
    """The agenda announced at the top ends by a page break and its title stands again as the item's heading (or
    the item's heading stands by a page break): both lines stay text, not a running header."""
    from graph.ingest.layout import clean_layout
    src = ["Protokoll", "", "Dagordning", "1. Öppnande", "2. Dagordningen", announced, "", "- 1 -", "",
           "1) Öppnande", "Text.", "", "Mer text.", "", "Ännu mer.", "", heading, "Text om det."]
    lay = clean_layout(src)
    assert lay.lines[5] == announced and lay.lines[16] == heading
    assert lay.layout == {8}


def test_a_numbered_running_header_by_every_page_mark_is_furniture() -> None:
    """Negative: a numbered line by every page mark ("1 Kommunförbundet" over each page number) is furniture."""
    from graph.ingest.layout import clean_layout
    src = ["Protokoll", "", "Text ett.", "", "Text tre.", "", "Text fyra.", "", "Text fem.", "",
           "1 Kommunförbundet i Kalmar län", "- 1 -", "", "Text två.", "", "Mer.",
           "", "Ännu mer.", "", "1 Kommunförbundet i Kalmar län", "- 2 -", "", "Slut."]
    lay = clean_layout(src)
    assert {11, 12, 20, 21} <= lay.layout


# --------------------------------------------------------------------------- a run-in list right over the items


@pytest.mark.parametrize("label", ["Förhinder: Mats Ek (Nybro kommun)", "Frånvarande: Mats Ek, Nybro kommun",
                                   "Anmält förhinder: Mats Ek – Nybro kommun"])
@pytest.mark.parametrize("head", ["{n} {t}:", "{n}. {t}", "§ {n} {t}"])
def test_a_run_in_list_right_over_the_first_item_leaves_the_agenda_whole(ctx: Context, label: str,
                                                                          head: str) -> None:
    """A plain export without blank lines: a list written on its label's line ("Förhinder: X (Org)") right over
    the first item; the agenda begins at that item, however the list's paragraph runs on."""
    text = lines("Protokoll Beredningen 2030-03-04", "Närvarande", "Lena Strand, Nybro kommun",
                 "Olof Berg, Kalmar kommun", label,
                 head.format(n=1, t="Välkommen"), "Lena Strand hälsade alla välkomna.",
                 head.format(n=2, t="Val av justerande"), "Till justerare valdes Olof Berg.",
                 head.format(n=3, t="Trygg hemgång"), "Information lämnades av Olof Berg, Kalmar kommun, om modellen.",
                 "Mötet beslutade att godkänna modellen.",
                 head.format(n=4, t="Avslutning"), "Lena Strand avslutade mötet.")
    ex = extract(ctx, text)
    assert [it.title for it in ex.items] == ["Välkommen", "Val av justerande", "Trygg hemgång", "Avslutning"]
    assert [d.lines for d in ex.decisions] == [(9, 9), (12, 12)]     # the adjuster's election, the decision


# --------------------------------------------------------------------------- the note formula with where it is taken


def _one_item(formula: str) -> str:
    return lines("Protokoll samordnande grupp Äldre 2030-03-04", "",
                 "Närvarande", "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                 "§ 1 Mötets öppnande", "Lena Strand öppnade mötet.", "",
                 "§ 2 Lägesrapport hemsjukvård", "Olof Berg redovisade läget i hemsjukvården.", formula, "",
                 "§ 3 Mötets avslutande", "Lena Strand avslutade mötet.")


@pytest.mark.parametrize("formula", ["Antecknas till protokollet.", "Noterades i protokollet.",
                                     "Antecknades till minnesanteckningarna.", "Noteras till dagens protokoll.",
                                     "Sammanfattningen antecknas till protokollet.",
                                     "Lägesbeskrivningen noterades i anteckningarna."])
def test_taking_note_with_where_it_is_taken_is_a_decision(ctx: Context, formula: str) -> None:
    ex = extract(ctx, _one_item(formula))
    assert [d.lines for d in ex.decisions] == [(12, 12)]


@pytest.mark.parametrize("formula", ["Frånvaron noterades i närvarolistan.",
                                     "Det antecknades till protokollet att frågan återkommer.",
                                     "Protokollet antecknas av sekreteraren."])
def test_a_sentence_about_the_protocol_is_no_note_decision(ctx: Context, formula: str) -> None:
    """Negative: a sentence naming the protocol or a list that takes no note of what was given."""
    ex = extract(ctx, _one_item(formula))
    assert [d.lines for d in ex.decisions] == []


# ---------------------------------------------------------------- a short sentence said again by a page break


@pytest.mark.parametrize("sentence", ["Noteras.", "Informationen antecknas.", "Godkänns!"])
def test_a_short_sentence_said_again_by_a_page_break_is_text(sentence: str) -> None:
    """A formula of one or two words said in several items, once right before a page break: text each time."""
    from graph.ingest.layout import clean_layout
    src = ["Protokoll", "", "§ 1 Rapport", "Text om rapporten.", sentence, "", "- 1 -", "", "§ 2 Budget",
           "Text om budgeten.", "Mer text.", "", "Ännu mer text.", sentence, "", "§ 3 Avslut"]
    lay = clean_layout(src)
    assert lay.lines[4] == sentence and lay.lines[13] == sentence
    assert lay.layout == {7}


def test_a_short_footer_by_every_page_mark_is_furniture() -> None:
    """Negative: a short line ending in a full stop by every page mark ("Konfidentiellt.") is furniture."""
    from graph.ingest.layout import clean_layout
    src = ["Protokoll", "", "Text ett.", "", "Text tre.", "", "Text fyra.", "", "Text fem.", "",
           "Konfidentiellt.", "- 1 -", "", "Text två.", "", "Mer.", "", "Ännu mer.", "", "Konfidentiellt.", "- 2 -",
           "", "Slut."]
    lay = clean_layout(src)
    assert {11, 12, 20, 21} <= lay.layout


# --------------------------------------------------------------------------- a "Beslut" heading over its sentence


def _headed(heading: str, sentence: str) -> str:
    return lines("Protokoll samordnande grupp Äldre 2030-03-04", "",
                 "Närvarande", "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                 "§ 1 Mötets öppnande", "Lena Strand öppnade mötet.", "",
                 "§ 2 Handlingsplan 2031", "Olof Berg redovisade förslaget till handlingsplan.", heading, sentence, "",
                 "§ 3 Mötets avslutande", "Lena Strand avslutade mötet.")


@pytest.mark.parametrize("heading", ["Beslut", "BESLUT", "Beslut:", "Gruppens beslut"])
@pytest.mark.parametrize("sentence", ["Planen fastställs enligt förslaget.", "Handlingsplanen skickas på remiss.",
                                      "Uppdraget förlängs till årets slut."])
def test_a_decision_heading_makes_the_sentence_under_it_the_decision(ctx: Context, heading: str,
                                                                     sentence: str) -> None:
    ex = extract(ctx, _headed(heading, sentence))
    # (a label with its colon over the sentence is read with it, as before: "Beslut:" / "...")
    assert [(d.kind, d.lines) for d in ex.decisions] == [("other", (12 if heading.endswith(":") else 13, 13))]


@pytest.mark.parametrize("sentence", ["Förslag till beslut: planen fastställs.", "Beslutsförslag: planen fastställs.",
                                      "Arbetsutskottets förslag: planen fastställs."])
def test_a_proposal_under_a_decision_heading_is_none(ctx: Context, sentence: str) -> None:
    """Negative: a proposal under the heading stays a proposal."""
    ex = extract(ctx, _headed("Beslut", sentence))
    assert ex.decisions == []


@pytest.mark.parametrize("sentence", ["Informationen antecknas till protokollet.",
                                      "Gruppen beslutar att utse Olof Berg att jämte ordföranden justera protokollet."])
def test_a_sentence_deciding_by_its_own_words_keeps_its_kind_under_the_heading(ctx: Context, sentence: str) -> None:
    """Negative: a sentence naming the protocol that decides by its own words is no approval of the protocol for
    the heading over it."""
    ex = extract(ctx, _headed("Beslut", sentence))
    assert [(d.kind, d.lines) for d in ex.decisions] == [("other", (13, 13))]


@pytest.mark.parametrize(("first", "rest"), [("Gruppen beslutar", "att fördela medlen enligt förslaget."),
                                             ("Ledningen beslutade", "att anta planen."),
                                             ("Presidiet noterar", "informationen med tack.")])
def test_a_sentence_begun_on_its_own_line_by_a_page_break_is_text(first: str, rest: str) -> None:
    """The first words of a sentence on a line of their own, the sentence going on in lower case under them, said in
    several items and twice right before a page break: text, not a running footer."""
    from graph.ingest.layout import clean_layout
    src = ["Protokoll", "", "§ 1 Dagordning", first, rest, "", "Text.", "", "§ 2 Rapport", "Text om rapporten.",
           first, rest, "", "- 1 -", "", "§ 3 Budget", "Text om budgeten.", "Mer text.", "", "Ännu mer.", first,
           rest, "", "- 2 -", "", "§ 4 Avslut"]
    lay = clean_layout(src)
    assert lay.lines[10] == first and lay.lines[20] == first
    assert lay.layout == {14, 24}


# --------------------------------------------------------------------------- a sub-item's presenter after its title


@pytest.mark.parametrize("sub", ["{n}.{m} {t} (Anna Holm)", "{n} {l} {t} – Anna Holm", "{n}.{m} {t}, Anna Holm"])
def test_a_sub_item_titled_with_its_presenter(ctx: Context, sub: str) -> None:
    """'7.2 Budget 2031 (Anna Holm)', '7 b Budget 2031 – Anna Holm': the name after the sub-item's title presents
    it; the title is what stands before it."""
    text = lines("Protokoll samordnande grupp Äldre 2030-03-04", "",
                 "Närvarande", "Anna Holm, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                 "1. Mötets öppnande", "Olof Berg öppnade mötet.", "",
                 "2. Aktuellt i länet",
                 sub.format(n=2, m=1, l="a", t="Trygg hemgång"), "Arbetet går enligt plan.", "",
                 sub.format(n=2, m=2, l="b", t="Budget 2031"), "Ett utkast finns framtaget.", "",
                 "3. Avslutning", "Olof Berg avslutade mötet.")
    ex = extract(ctx, text)
    subs = [it for it in ex.items if it.parent == 2]
    assert [(it.title, [p for p, _ in it.presenters]) for it in subs] == [("Trygg hemgång", ["Anna Holm"]),
                                                                         ("Budget 2031", ["Anna Holm"])]


@pytest.mark.parametrize("title", ["Tidiga insatser (TSI)", "Rapport (Region Kalmar län)"])
def test_a_sub_item_title_naming_no_person_stays_whole(ctx: Context, title: str) -> None:
    """Negative: an abbreviation or an organisation in brackets after a sub-item's title is part of the title."""
    text = lines("Protokoll samordnande grupp Äldre 2030-03-04", "",
                 "Närvarande", "Anna Holm, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                 "1. Mötets öppnande", "Olof Berg öppnade mötet.", "",
                 "2. Aktuellt i länet", f"2.1 {title}", "Arbetet går enligt plan.", "",
                 "2.2 Budget 2031", "Ett utkast finns framtaget.", "",
                 "3. Avslutning", "Olof Berg avslutade mötet.")
    ex = extract(ctx, text)
    subs = [it for it in ex.items if it.parent == 2]
    assert [(it.title, it.presenters) for it in subs] == [(title, []), ("Budget 2031", [])]


@pytest.mark.parametrize("head", ["10.15–10.35 {t} – Anna Holm", "{t} (Anna Holm)", "**{t}** (Anna Holm)"])
def test_an_unnumbered_heading_titled_with_its_presenter(ctx: Context, head: str) -> None:
    """Unnumbered headings (a programme's time slots, bold titles) with the presenter after the title."""
    text = lines("Protokoll samordnande grupp Äldre 2030-03-04", "",
                 "Närvarande", "Anna Holm, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                 head.replace("10.15–10.35", "09.00–09.15").format(t="Trygg hemgång"),
                 "Arbetet går enligt plan och rapporteras vidare.", "",
                 head.replace("10.15–10.35", "09.15–09.40").format(t="Budget 2031"),
                 "Ett utkast till budget finns framtaget sedan förra mötet.", "")
    ex = extract(ctx, text)
    assert [(it.title, [p for p, _ in it.presenters]) for it in ex.items] == [("Trygg hemgång", ["Anna Holm"]),
                                                                             ("Budget 2031", ["Anna Holm"])]


# --------------------------------------------------------------------------- unnumbered: attendance after the opening


@pytest.mark.parametrize("heading", ["Närvarande", "Deltagare:", "Ledamöter"])
def test_unnumbered_attendance_after_the_opening_heading_does_not_end_the_agenda(ctx: Context, heading: str) -> None:
    text = lines("Protokoll samordnande grupp Äldre 2030-03-04", "",
                 "Mötets öppnande", "Lena Strand hälsade alla välkomna och öppnade mötet.", "",
                 heading, "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                 "Uppföljning av handlingsplanen", "Olof Berg redovisade uppföljningen av handlingsplanen.", "",
                 "Nästa möte", "Nästa möte hålls den 6 maj 2030 i Kalmar.")
    ex = extract(ctx, text)
    assert [it.title for it in ex.items] == ["Mötets öppnande", "Uppföljning av handlingsplanen", "Nästa möte"]
    assert ex.items[0].lines == (3, 4)
    assert [p for p, _ in ex.items[0].presenters] == ["Lena Strand"]     # who opens, not the list's names


def test_unnumbered_attendance_at_the_end_before_the_signatures_ends_the_agenda(ctx: Context) -> None:
    """Negative: the list after the last heading, only signatures after it, is no part of the agenda."""
    text = lines("Protokoll samordnande grupp Äldre 2030-03-04", "",
                 "Mötets öppnande", "Lena Strand hälsade alla välkomna och öppnade mötet.", "",
                 "Nästa möte", "Nästa möte hålls den 6 maj 2030 i Kalmar.", "",
                 "Närvarande", "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                 "Vid protokollet", "Olof Berg", "", "Justeras", "Lena Strand")
    ex = extract(ctx, text)
    assert [(it.title, it.lines) for it in ex.items] == [("Mötets öppnande", (3, 4)), ("Nästa möte", (6, 7))]


# --------------------------------------------------------------------------- amounts: each of two, a dated unit caption


def _money_item(*body: str) -> str:
    return lines("Protokoll samordnande grupp Äldre 2030-03-04", "",
                 "Närvarande", "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                 "§ 1 Mötets öppnande", "Lena Strand öppnade mötet.", "",
                 "§ 2 Medel 2031", *body, "", "§ 3 Mötets avslutande", "Lena Strand avslutade mötet.")


@pytest.mark.parametrize(("each", "total"), [
    ("Regionens del och utbildningsinsatser tilldelas 750 000 kr vardera.", "Totalt avsätts 1 500 000 kr för 2031."),
    ("Nybro kommun och Emmaboda kommun får 0,75 mnkr var.", "Sammanlagt 1,5 mnkr."),
    ("Handledning och uppföljning erhåller 750 tkr vardera.", "Totalt 1 500 tkr."),
])
def test_a_sum_for_each_of_two_is_two_parts_not_the_total(ctx: Context, each: str, total: str) -> None:
    ex = extract(ctx, _money_item(each, total))
    [f] = ex.funding
    assert (f.total, f.lines) == (1_500_000, (12, 12))
    assert [(p.amount, p.line) for p in f.parts] == [(750_000, 11), (750_000, 11)]


def test_a_single_sum_given_to_one_is_still_the_total(ctx: Context) -> None:
    """Negative: one receiving a sum, no "vardera": the sentence's amount is the total."""
    ex = extract(ctx, _money_item("Projektet tilldelas 750 000 kr för 2031."))
    [f] = ex.funding
    assert (f.total, f.parts) == (750_000, [])


@pytest.mark.parametrize(("caption", "factor"), [("Budget 2031, tkr", 1000), ("Kostnader 2031 (kkr)", 1000),
                                                 ("Fördelning 2031, kr", 1)])
def test_a_unit_caption_with_a_year_over_fixed_columns(ctx: Context, caption: str, factor: int) -> None:
    ex = extract(ctx, _money_item(caption, "Projektledning                     1 850",
                                  "Uppföljning och analys             2 250",
                                  "Summa                              4 100"))
    [f] = ex.funding
    assert f.total == 4100 * factor
    assert [p.amount for p in f.parts] == [1850 * factor, 2250 * factor]


def test_a_caption_with_a_year_and_no_unit_gives_no_amounts(ctx: Context) -> None:
    """Negative: plain numbers under a caption naming no unit are no amounts."""
    ex = extract(ctx, _money_item("Insatser 2031", "Projektledning                     1 850",
                                  "Uppföljning och analys             2 250"))
    assert ex.funding == []


def test_a_sum_for_each_of_two_with_no_total_said_keeps_its_reading(ctx: Context) -> None:
    """Negative: no total said after the sentence: its sum stays the amount read (as the line-form inventory has
    it), no parts invented."""
    ex = extract(ctx, _money_item("Nybro kommun och Kalmar kommun tilldelas 100 000 kronor vardera."))
    assert sorted(a.amount for a in ex.amounts) == [100_000]


# --------------------------------------------------------------------------- a decision after a list's points


@pytest.mark.parametrize("decision", ["Beslut: Medlen fördelas enligt förslaget.",
                                      "**Beslut:** Planen fastställs.",
                                      "Gruppen beslutar att fördela medlen enligt förslaget."])
@pytest.mark.parametrize("point", ["- {l}: {a}", "• {l}: {a}", "* {l} {a}"])
def test_a_decision_right_after_a_list_of_points_is_its_own_sentence(ctx: Context, decision: str,
                                                                    point: str) -> None:
    """List points without full stops ("- Regionens del: 2,3 MSEK") right over the decision: the decision is a
    sentence of its own, from its own line."""
    ex = extract(ctx, _money_item("Utvecklingsmedel 2031: 1 200 000 kr",
                                  point.format(l="Utbildning", a="800 000 kr"),
                                  point.format(l="Uppföljning", a="400 000 kr"), decision))
    # (a decision on the money its paragraph states, before the cut: funding)
    assert [(d.kind, d.lines) for d in ex.decisions] == [("funding", (14, 14))]


def test_list_points_with_no_decision_after_them_give_none(ctx: Context) -> None:
    """Negative: text after the points that decides nothing is no decision."""
    ex = extract(ctx, _money_item("Utvecklingsmedel 2031: 1 200 000 kr", "- Utbildning: 800 000 kr",
                                  "- Uppföljning: 400 000 kr", "Fördelningen presenterades av Olof Berg."))
    assert ex.decisions == []


# --------------------------------------------------------------------------- a heading over a mention's sentence


@pytest.mark.parametrize("first", ["@Anna Holm, Nybro kommun, informerade om handlingsplanen.",
                                   "@Anna Holm redovisade läget i länet och svarade på frågor.",
                                   "• @Anna Holm gick igenom underlaget för gruppen."])
def test_an_unnumbered_heading_over_a_sentence_opening_with_a_mention(ctx: Context, first: str) -> None:
    """Teams minutes: a heading whose text opens with an @mention is a heading like any other."""
    text = lines("Protokoll samordnande grupp Äldre 2030-03-04", "",
                 "Närvarande", "Anna Holm, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                 "Mötets öppnande", "Olof Berg hälsade alla välkomna och öppnade mötet.", "",
                 "Handlingsplan för suicidprevention", first, "", "Nästa möte",
                 "Nästa möte hålls den 6 maj 2030 i Kalmar.")
    ex = extract(ctx, text)
    assert [it.title for it in ex.items] == ["Mötets öppnande", "Handlingsplan för suicidprevention", "Nästa möte"]


def test_an_e_mail_address_line_is_no_mention(ctx: Context) -> None:
    """Negative: a short line over a line of an address in lower case is no heading over text."""
    text = lines("Protokoll samordnande grupp Äldre 2030-03-04", "",
                 "Närvarande", "Anna Holm, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                 "Mötets öppnande", "Olof Berg hälsade alla välkomna och öppnade mötet.", "",
                 "Kontakt", "@kansliet.kfkl", "", "Nästa möte", "Nästa möte hålls den 6 maj 2030 i Kalmar.")
    ex = extract(ctx, text)
    assert "Kontakt" not in [it.title for it in ex.items]


@pytest.mark.parametrize("label", ["Informatör: Anna Holm", "Föredras av: Anna Holm, Nybro kommun",
                                   "Inledare: Anna Holm"])
@pytest.mark.parametrize("head", ["10.45–11.05 UNGDOMSMOTTAGNINGAR", "Ungdomsmottagningar"])
def test_an_unnumbered_heading_over_its_presenter_field(ctx: Context, label: str, head: str) -> None:
    text = lines("Protokoll samordnande grupp Äldre 2030-03-04", "",
                 "Närvarande", "Anna Holm, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                 "Mötets öppnande", "Olof Berg hälsade alla välkomna och öppnade mötet.", "",
                 head, label, "Nybro: Arbetet går enligt plan.", "",
                 "Nästa möte", "Nästa möte hålls den 6 maj 2030 i Kalmar.")
    ex = extract(ctx, text)
    assert len(ex.items) == 3 and ex.items[1].lines[0] == 10


def test_a_presenter_field_alone_is_no_heading(ctx: Context) -> None:
    """Negative: the field's own line ("Föredragande: X") over another field heads nothing."""
    text = lines("Protokoll samordnande grupp Äldre 2030-03-04", "",
                 "Närvarande", "Anna Holm, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                 "Mötets öppnande", "Olof Berg hälsade alla välkomna och öppnade mötet.", "",
                 "Föredragande: Olof Berg", "Informatör: Anna Holm", "Arbetet går enligt plan.", "",
                 "Nästa möte", "Nästa möte hålls den 6 maj 2030 i Kalmar.")
    ex = extract(ctx, text)
    assert all(not it.title.startswith("Föredragande") for it in ex.items)


@pytest.mark.parametrize("title", ["Ny socialtjänstlag:", "Läget i kommunerna:", "Uppföljning av planen:"])
def test_a_title_with_its_colon_over_a_table_heads_an_item(ctx: Context, title: str) -> None:
    text = lines("Protokoll samordnande grupp Äldre 2030-03-04", "",
                 "Närvarande", "Anna Holm, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                 "Mötets öppnande", "Olof Berg hälsade alla välkomna och öppnade mötet.", "",
                 title, "| Område | Status |", "|---|---|", "| Planen | Arbetet går enligt plan. |", "",
                 "Nästa möte", "Nästa möte hålls den 6 maj 2030 i Kalmar.")
    ex = extract(ctx, text)
    assert [it.title for it in ex.items] == ["Mötets öppnande", title.rstrip(":"), "Nästa möte"]


@pytest.mark.parametrize("caption", ["Budget 2031 (tkr):", "Belopp i kronor:", "Kostnader, kr:"])
def test_a_table_caption_with_its_unit_heads_no_item(ctx: Context, caption: str) -> None:
    """Negative: a caption giving the table's unit or year, colon and all, is no item's heading."""
    text = lines("Protokoll samordnande grupp Äldre 2030-03-04", "",
                 "Närvarande", "Anna Holm, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                 "Mötets öppnande", "Olof Berg hälsade alla välkomna och öppnade mötet.", "",
                 "Budget", "Olof Berg redovisade budgeten för nästa år.", "",
                 caption, "| Insats | Belopp |", "| Utbildning | 400 |", "",
                 "Nästa möte", "Nästa möte hålls den 6 maj 2030 i Kalmar.")
    ex = extract(ctx, text)
    assert [it.title for it in ex.items] == ["Mötets öppnande", "Budget", "Nästa möte"]


# --------------------------------------------------------------------------- an announced agenda a scan damaged


def test_an_announced_agenda_a_scan_damaged_still_announces(ctx: Context) -> None:
    """The agenda announced at the top with words joined and letters misread ("Mötetöppnas", "Val avjustcrare"),
    the items under their headings after it: the announced lines are no items, the headings are."""
    text = lines("Protokoll samordnande grupp Äldre 2030-03-04", "",
                 "Närvarande", "Anna Holm, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                 "Föredragningslista:", "1. Mötetöppnas", "2. Val avjustcrare", "3. Handlingsp1an för äldre",
                 "4. Nästa rnöte", "",
                 "N:o 1 MÖTET ÖPPNAS", "Olof Berg öppnade mötet.", "",
                 "N:o 2 VAL AV JUSTERARE", "Anna Holm utses att justera protokollet.", "",
                 "N:o 3 HANDLINGSPLAN FÖR ÄLDRE", "Anna Holm redovisade planen.", "",
                 "N:o 4 NÄSTA MÖTE", "Nästa möte hålls den 6 maj 2030.")
    ex = extract(ctx, text)
    assert [(it.n, it.lines[0]) for it in ex.items] == [(1, 13), (2, 16), (3, 19), (4, 22)]


def test_titles_differing_by_their_year_are_not_the_same() -> None:
    """Negative: another year, another title; short titles are compared exactly."""
    from graph.ingest.extract_agenda_titles import _ocr_same
    assert _ocr_same("motetoppnas", "motet oppnas") and _ocr_same("val av justcrare", "val av justerare")
    assert not _ocr_same("budget 2031", "budget 2032")
    assert not _ocr_same("budget", "bidrag") and not _ocr_same("mal", "mol")
    assert not _ocr_same("rapport", "import")


# --------------------------------------------------------------------------- time slots as headings, no blank lines


@pytest.mark.parametrize("span", ["{a}–{b}", "kl. {a}-{b}", "{a} - {b}"])
def test_time_slots_head_the_items_of_minutes_without_blank_lines(ctx: Context, span: str) -> None:
    slots = [("13.00", "13.30"), ("13.30", "14.00"), ("14.00", "14.15")]
    text = lines("Protokoll samordnande grupp Äldre 2030-03-04", "Plats: Kalmar", "",
                 f"{span.format(a=slots[0][0], b=slots[0][1])} Mötets öppnande", "Olof Berg hälsade alla välkomna.",
                 f"{span.format(a=slots[1][0], b=slots[1][1])} Trygg hemgång – Anna Holm",
                 "Arbetet går enligt plan.", "Informationen noteras.",
                 f"{span.format(a=slots[2][0], b=slots[2][1])} Mötet avslutas", "Olof Berg avslutade mötet.",
                 "Närvarande", "Anna Holm, Nybro kommun", "Olof Berg, Kalmar kommun")
    ex = extract(ctx, text)
    assert [(it.title, it.lines[0]) for it in ex.items] == [("Mötets öppnande", 4), ("Trygg hemgång", 6),
                                                            ("Mötet avslutas", 9)]
    assert [d.lines for d in ex.decisions] == [(8, 8)]


def test_times_going_back_or_sentences_are_no_time_slots(ctx: Context) -> None:
    """Negative: times in lines that are sentences, or going backwards, head nothing."""
    text = lines("Protokoll samordnande grupp Äldre 2030-03-04", "Plats: Kalmar", "",
                 "Närvarande", "Anna Holm, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                 "Mötets öppnande", "Olof Berg hälsade alla välkomna och öppnade mötet.",
                 "13.00–13.30 Fika serverades i foajén.", "10.00–10.30 Lunch", "09.00–09.15 Paus",
                 "Olof Berg avslutade mötet.")
    ex = extract(ctx, text)
    assert [it.title for it in ex.items] == ["Mötets öppnande"]


def test_several_lists_after_the_opening_slot_then_time_slots(ctx: Context) -> None:
    """Several lists one after another (members in a table, deputies, others, the secretary) between the opening
    time slot and the next: the agenda goes on after all of them."""
    text = lines("Protokoll Beredningen 2030-03-04", "Plats: Kalmar", "",
                 "10.00–10.10 Inledning", "Ordföranden hälsade alla välkomna och öppnade mötet.", "",
                 "Ledamöter", "| Namn | Organisation |", "|---|---|", "| Lena Strand | Nybro kommun |",
                 "| Olof Berg | Kalmar kommun |", "", "Övriga deltagare", "Greta Sund, Region Kalmar län", "",
                 "Sekreterare: Nils Åberg, Kalmar kommun", "",
                 "10.10–10.25 Godkännande av dagordning", "Dagordningen godkänns.", "",
                 "10.25–10.55 Trygg hemgång", "Greta Sund redovisade modellen.", "",
                 "10.55–11.05 Avslutning", "Ordföranden avslutade mötet.")
    ex = extract(ctx, text)
    assert [it.title for it in ex.items] == ["Inledning", "Godkännande av dagordning", "Trygg hemgång", "Avslutning"]


@pytest.mark.parametrize(("field", "decision", "kind"), [
    ("Diarienummer: RS 2031/599", "Antecknas till protokollet.", "other"),
    ("Handläggare: Olof Berg", "Informationen noteras.", "other"),
    ("Totalt: 1 200 000 kronor", "Beslut", "funding"),
])
def test_a_field_line_is_no_start_of_the_next_sentence(ctx: Context, field: str, decision: str, kind: str) -> None:
    """A field and its value on its line, no full stop ("Diarienummer: RS 2031/599"), or the decision's heading
    alone, right over a sentence: the sentence is its own, and decides as it would alone."""
    body = [field, decision] if decision != "Beslut" else [field, decision, "Medlen fördelas enligt förslaget."]
    ex = extract(ctx, _money_item("Arbetet går enligt plan.", *body))
    assert [(d.kind, d.lines[1]) for d in ex.decisions] == [(kind, 10 + len(body) + 1)]


def test_a_proposal_after_a_field_line_stays_a_proposal(ctx: Context) -> None:
    """Negative: "Tjänsteskrivelse 2031-02-01" over "Beslutsförslag: ..." is no decision."""
    ex = extract(ctx, _money_item("Tjänsteskrivelse 2031-02-01", "Beslutsförslag: Olof Berg får i uppdrag att ta fram "
                                  "ett underlag."))
    assert ex.decisions == []
