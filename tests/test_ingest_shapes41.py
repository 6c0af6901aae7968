"""Ingest rules of the forty-first round (issue 13): presence told in sentences, as tuned-on parts showed it missed
(fresh51, fresh52, learn28): a sentence of presence in the paragraph that gives the meeting's place (the header took
the whole paragraph, its names with it), the verbs and words of presence and absence written without å, ä and ö
(a scan's or a keyboard's "narvarade", "Anmalt forhinder:"), "Därtill" opening a sentence of those present beside the
members, and a list's heading word without its colon before the first entry on its line ("Deltagare elevhälsochefen
X (Org), ...").

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

from graph.ingest.pipeline import Context

from .test_ingest_shapes import lines
from .test_ingest_shapes38 import entries
from .test_ingest_structure import extract

ITEMS = ["", "Inledning", "Sofia Hartz hälsade alla välkomna.", "", "Nästa träff", "Nästa träff hålls i oktober."]


def test_a_sentence_of_presence_after_the_meetings_place_in_one_paragraph(ctx: Context) -> None:
    """"Den 8 oktober 2047 hölls träffen. Mötet hölls hos X i Nybro." and, in the same paragraph, "Närvarande var A,
    Org, B, Org, och C, Org." and a sentence after it: the three as members, a place read, the meeting's lines ending
    before the names (before: the header took the paragraph to its last sentence of presence, "... deltog som stöd.",
    and no one was read)."""
    ex = extract(ctx, lines(
        "MINNESANTECKNINGAR", "Nätverket för anhörigstöd i Kalmar län", "Höstens träff",
        "Den 8 oktober 2047 hölls höstens träff i nätverket. Mötet hölls hos Anhörigcentrum",
        "i Nybro i deras stora konferensrum.",
        "Närvarande var Sofia Hartz, Region Kalmar län, Anna Holm, Kalmar kommun,",
        "och Per Ek, Nybro kommun.",
        "Vår samordnare Eva Lund, Kommunförbundet i Kalmar län, deltog som stöd till nätverket.",
        *ITEMS))
    got = entries(ex)
    assert [(k, n) for k, n, _ in got if k == "ledamoter"] == [
        ("ledamoter", "Sofia Hartz"), ("ledamoter", "Anna Holm"), ("ledamoter", "Per Ek")]
    assert ex.place
    assert ex.meeting_lines is not None and ex.meeting_lines[1] < 6


def test_verbs_of_presence_and_absence_without_dots(ctx: Context) -> None:
    """"Vid sammantradet narvarade A (S), B (M) och tjanstgorande ersattare C (C). Dessutom narvarade D, enhetschef."
    and "Anmalt forhinder: E, Org": A, B and C the members, D beside them, E absent (before: none of them read, the
    verbs known only with their dots)."""
    ex = extract(ctx, lines(
        "Sammantradesprotokoll: Socialnamndens utskott, Nybro kommun", "Tisdagen den 8 oktober 2047 i Sessionssalen",
        "", "Vid sammantradet narvarade Sofia Hartz (S), Anna Holm (M) och tjanstgorande ersattare",
        "Per Ek (C). Dessutom narvarade Eva Lund, enhetschef öppenvården.", "",
        "Anmalt forhinder: Karl Berg, Nybro kommun", "",
        "§ 1 Val av justerare", "Till justerare utsågs Anna Holm.", "§ 2 Avslutning", "Ordföranden avslutade."))
    got = [(k, n) for k, n, _ in entries(ex)]
    assert got[:4] == [("ledamoter", "Sofia Hartz"), ("ledamoter", "Anna Holm"), ("ledamoter", "Per Ek"),
                       ("ovriga", "Eva Lund")]
    assert [e.name for e in ex.absent] == ["Karl Berg"]


def test_dartill_opens_those_present_beside_the_members(ctx: Context) -> None:
    """"Därtill närvarade tjänstepersonerna A, Org, och B, Org." after the members' list: others present, not
    members (nor the participants of a presidiekonferens)."""
    ex = extract(ctx, lines(
        "PROTOKOLL", "Samordnande grupp Äldre", "Datum: 2047-10-08", "",
        "Därtill närvarade tjänstepersonerna Sofia Hartz, Region Kalmar län, och Anna Holm, Kalmar kommun.",
        *ITEMS))
    assert [(k, n) for k, n, _ in entries(ex)] == [("ovriga", "Sofia Hartz"), ("ovriga", "Anna Holm")]


def test_a_lists_heading_word_before_the_first_entry_is_no_part_of_its_name(ctx: Context) -> None:
    """"Deltagare elevhälsochefen A (Org), skolläkaren B (Org), ...": A's name without "Deltagare" and the title
    (before: "Deltagare elevhälsochefen A" one person); a surname alone after a capitalised word is left as it is."""
    ex = extract(ctx, lines(
        "Nätverket för elevhälsochefer i Kalmar län", "", "Nätverksträff 8 oktober 2047", "",
        "Nätverksträffen 2047-10-08 hölls på Stagneliusskolan i Kalmar.",
        "Deltagare elevhälsochefen Sofia Hartz (Borgholms kommun), elevhälsochefen Eva Lund,",
        "(Hultsfreds kommun), elevhälsochefen Anna Holm (Kalmarsunds gymnasieförbund),",
        "skolläkaren Per Ek (Region Kalmar län), enhetschef Karl Berg, (Mönsterås kommun),",
        "elevhälsochefen Lena Ström (Kalmar kommun) och utvecklingsledaren Nils Åberg",
        "(Kommunförbundet i Kalmar län). Anmält förhinder hade Maja Lind (Vimmerby kommun).",
        *ITEMS))
    names = [n for _k, n, _ in entries(ex)]
    assert "Sofia Hartz" in names and not any("Deltagare" in n or "elevhälsochefen" in n for n in names)
