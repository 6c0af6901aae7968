"""Ingest rules of the thirty-fourth round (issue 13), second half: shapes found on learn28/ and learn29/ (development
parts written in the round: templates of economic and village associations' and of nature and garden associations'
minutes): a date with a comma before its year ("19/1, 2033"), the place and "den" before the date under the title
with another sentence after it, a presence table headed by its columns alone ("Namn  Organisation  Närvarande
(J/N)"), an agenda written out inside its item with lettered sub-points, "Förslag till dagordning fastställs" no
approval of minutes, numbered sentences wrapped after a comma, and a run-on title not cut inside a name a scan damaged
or inside a body's name.

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

from graph.ingest.extract_dates import _parse_date
from graph.ingest.pipeline import Context

from .test_ingest_people18 import att
from .test_ingest_shapes import lines
from .test_ingest_shapes27 import presenters
from .test_ingest_structure import extract


def test_a_date_with_a_comma_before_its_year(ctx: Context) -> None:
    """"Protokoll fört vid sammanträde med Folkhälsorådet i Nybro kommun 19/1, 2033": 19 January 2033 (before: no date,
    nothing drafted); "15/3" alone stays a day without its year."""
    assert _parse_date("Folkhälsorådet i Nybro kommun 19/1, 2033", None) == "2033-01-19"
    assert _parse_date("Nästa möte är tisdag 15/3 kl 13.30", None) is None
    ex = extract(ctx, lines("Nybro kommun   Folkhälsorådet   Protokoll", "",
                            "Protokoll fört vid sammanträde med Folkhälsorådet i Nybro kommun 19/1, 2033", "",
                            "Närvarande: Adam Palm, Lisa Holmkvarn, Gudrun Johnsson.", "",
                            "§1.  Mötet öppnas av ordförande Adam Palm som hälsar alla välkomna.", "",
                            "§2.  Det förelagda förslaget till dagordning godkänns.", "",
                            "§3.  Nästa möte är tisdag 15/3 kl 13.30 i Stadshuset, Nybro."))
    assert ex.date == "2033-01-19" and len(ex.items) == 3


def test_the_place_and_den_before_the_date_under_the_title(ctx: Context) -> None:
    """"Kommunförbundets lokaler, Kalmar den 23 november 2033. 9 personer deltog." under the title: the meeting's date
    (before: none, nothing drafted)."""
    def doc(under: str) -> str:
        return lines("Protokoll fört vid möte med Arbetsgruppen för avhopparverksamhet i Kalmar län.", under, "",
                     "Närvarande:", "Anna Holm, Nybro kommun", "Per Ek, Kalmar kommun", "",
                     "§ 1 Mötet öppnades av Anna Holm.", "", "§ 2 Till justerare valdes Per Ek.", "",
                     "§ 3 Nästa möte hålls den 25 januari 2034 i Västervik.")
    assert extract(ctx, doc("Kommunförbundets lokaler, Kalmar den 23 november 2033. 9 personer deltog.")).date \
        == "2033-11-23"


def test_a_presence_table_headed_by_its_columns_alone(ctx: Context) -> None:
    """"Namn   Organisation   Närvarande (J/N)" over rows marked J or N, before the items: those marked J are the
    meeting's participants (before: none read); under a list's heading the same head row keeps that heading's kind."""
    rows = ["Namn                      Organisation                     Närvarande (J/N)",
            "Maria Svensson            Region Kalmar län                J",
            "Emma Rydh                 Region Kalmar län                J",
            "Charlotte Holm            Oskarshamns kommun               N",
            "Eva Berglund              Vimmerby kommun                  J"]
    ex = extract(ctx, lines("PROTOKOLL", "", "Arbetsgruppen för hälsosamtal i Kalmar län", "arbetsmöte 2033-05-24", "",
                            "", *rows, "Adjungerad", "Daniel Ek                 Kommunförbundet i Kalmar län     J",
                            "", "§  1.  Till justerare valdes Emma Rydh", "", "§  2.  Dagordningen godkändes.", "",
                            "§  3.  Nästa arbetsmöte 2033-09-13 kl 13.00 i Vimmerby."))
    got: dict[str, list[tuple[str, str | None]]] = {}
    for lst in ex.attendance:
        got.setdefault(lst.kind, []).extend((e.name, e.org) for e in lst.entries)
    assert got == {"ledamoter": [("Maria Svensson", "region-kalmar-lan"), ("Emma Rydh", "region-kalmar-lan"),
                                 ("Eva Berglund", "vimmerby-kommun")],
                   "ovriga": [("Daniel Ek", "kommunforbundet-i-kalmar-lan")]}
    got = att(ctx, "Närvarande:", "Per Ek, Kalmar kommun", "", "Övriga deltagare", *rows)
    assert ("Maria Svensson", "region-kalmar-lan") in got["ovriga"]


def test_an_agenda_written_out_inside_its_item_with_lettered_sub_points(ctx: Context) -> None:
    """"32  Fastställande av dagordning" / "Förslag till dagordning fastställs enligt följande:" / "31  Mötet öppnas"
    ... "35  Rapporter" / "    a) Lägesbild" ... "37  Nästa sammanträde": the listed lines are no items, the items
    the headings after them (before: 33-35 taken from the list); the decision fixes the agenda, no minutes."""
    ex = extract(ctx, lines("BROTTSFÖREBYGGANDE RÅDET      PROTOKOLL", "Nybro kommun", "", "Datum:   2 november 2033",
                            "", "Närvarande:   Anna Holm     ordförande", "              Per Ek        ledamot", "",
                            "31  Mötets öppnande", "Ordföranden Anna Holm öppnar mötet.", "",
                            "32  Fastställande av dagordning", "Förslag till dagordning fastställs enligt följande:",
                            "31  Mötet öppnas", "32  Fastställande av dagordning", "33  Föregående mötesprotokoll",
                            "34  Rapporter och information", "    a) Lägesbild från polisen",
                            "    b) Fältassistenterna",
                            "35  Medborgarlöfte 2034", "36  Ny ledamot i rådet", "37  Nästa sammanträde", "",
                            "33  Föregående mötesprotokoll",
                            "Rådet godkänner protokollet och lägger det till handlingarna.", "",
                            "34  Rapporter och information", "a) Lägesbild från polisen",
                            "Per Ek rapporterar att skadegörelsen har minskat.", "", "35  Medborgarlöfte 2034",
                            "Rådet beslutar att ställa sig bakom förslaget.", "", "36  Ny ledamot i rådet",
                            "Rådet beslutar att Eva Lund ersätter Per Ek som ledamot i rådet.", "",
                            "37  Nästa sammanträde", "Nästa sammanträde hålls den 7 december 2033."))
    assert [(it.n, it.lines[0]) for it in ex.items if it.n] == [(31, 9), (32, 12), (33, 24), (34, 27), (35, 31),
                                                                (36, 34), (37, 37)]
    assert [d.kind for d in ex.decisions if d.item == 32] == ["other"]


def test_numbered_sentences_wrapped_after_a_comma(ctx: Context) -> None:
    """"1 Mötet öppnas av X" / "2 Till mötesordförande väljs X och Y," / "till sekreterare väljs Z." / "3 ..." with no
    blank lines: each number an item titled by its first line (before: no item read, the comma's line refused)."""
    ex = extract(ctx, lines("Protokoll bildande 14 december 2033", "Länsnätverket för föräldrastöd i Kalmar län",
                            "Närvarande se nedan.", "1 Mötet öppnas av Sanna Hallgren",
                            "2 Till mötesordförande och protokolljusterare väljs Sanna Hallgren och Diana Bergeskans,",
                            "till sekreterare väljs Emelie Ingvarsson.",
                            "3 Mötet beslutar att bilda Länsnätverket för föräldrastöd i Kalmar län.",
                            "4 Diana Bergeskans går igenom förslaget till arbetsordning.",
                            "5 Budgeten för 2034 bestäms till 240 000 kronor ur medlen för samverkansmodellen,",
                            "varav 150 000 kronor till utbildning av gruppledare.",
                            "6 Den formella delen av mötet avslutas.", "Mötesdeltagarna:",
                            "Sanna Hallgren, Kommunförbundet i Kalmar län", "Diana Bergeskans, Högsby kommun",
                            "Emelie Ingvarsson, Region Kalmar län"))
    assert [it.n for it in ex.items] == [1, 2, 3, 4, 5, 6]
    assert ex.items[1].title == "Till mötesordförande och protokolljusterare väljs Sanna Hallgren och Diana Bergeskans"


def test_a_run_on_title_is_not_cut_inside_a_damaged_name_or_a_bodys_name(ctx: Context) -> None:
    """Paragraphs whose text runs on after the mark: "$ 8 Per-0lof Fahlstrom föredrog budgeten" is one sentence, its
    title not "Per-0lof"; "$ 9 Till representant i samordnande grupp Barn och unga valdes Linda Johanson" not cut
    before "Barn"; "$ 2 Val av justerare Britt Holm valdes" still cut (before: the first two cut)."""
    ex = extract(ctx, lines("Protokoll fört vid möte med Arbetsgruppen för avhopp i Kalmar län 23 november 2033", "",
                            "Närvarande:", "Per-Olof Fahlström, Kommunförbundet i Kalmar län",
                            "Linda Johanson, Kalmar kommun", "Britt Holm, Nybro kommun", "",
                            "$ 1 Mötets öppnande Britt Holm öppnade mötet.", "",
                            "$ 2 Val av justerare Britt Holm valdes att justera protokollet.", "",
                            "$ 3 Per-0lof Fahlstrom föredrog budgeten för 2034.", "",
                            "$ 4 Till representant i samordnande grupp Barn och unga valdes Linda Johanson.", "",
                            "$ 5 Nästa möte Nästa möte hålls den 25 januari 2034."))
    titles = [it.title for it in ex.items]
    assert titles[:2] == ["Mötets öppnande", "Val av justerare"]
    assert titles[2].startswith("Per-0lof Fahlstrom föredrog") and titles[3].startswith(
        "Till representant i samordnande grupp Barn och unga")
    assert presenters(ex)[0] == ("Mötets öppnande", ["Britt Holm"])
