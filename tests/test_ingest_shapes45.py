"""Shapes the development parts of the 44th and 45th rounds (learn38, learn39, learn42) showed read wrongly, mended in
the 45th: a blog's comment links, an image's file name and a letter's greeting are no headings of a report's items; an
entry's organisation ends at a wide gap before a second column; an item's number at the end of a rule over its title,
or before a page's end with its title on the next page; a talk's heading in quotes after "under rubriken"; a summary
mailed to the members read as a report, its presenting sentences its matters, each with the rest of its paragraph;
and no decision of the learned model that says another meeting took it (on a tuned-on part, fresh7). The other inputs
are written here (names, bodies and years invented). Disclosed: written after the rules
(tests/ingest_corpus/ROUNDS.md, 45th round)."""

from __future__ import annotations

from graph.ingest.extract import Extractor
from graph.ingest.pipeline import Context


def _read(ctx: Context, text: str):  # type: ignore[no-untyped-def]
    return Extractor(text, ctx.lexicon, ctx.orgs, ctx.matcher, ctx.works).run()


BLOG = """Länsgemensam ledning i samverkan - Nyheter

Arbetsgruppen för gruppbostäder har haft möte

Den 26 november 2073 sammanträdde Arbetsgruppen för gruppbostäder i Kalmar.

IMG 4412s

Läget i gruppbostäderna
Anna Lindqvist, Kalmar kommun, berättade om läget i kommunens gruppbostäder och om
väntetiderna under hösten.

Inga kommentarer

Skicka en kommentar
"""


def test_a_blogs_comment_links_and_an_images_file_name_are_no_items(ctx: Context) -> None:
    """"Inga kommentarer", "Skicka en kommentar" (a blog's links under its post) and "IMG 4412s" (an image's file
    name over its caption) are no headings (before: items of their own, "IMG 4412s" holding the whole report)."""
    ex = _read(ctx, BLOG)
    assert [it.title for it in ex.items] == ["Läget i gruppbostäderna"]


COLUMNS = """Nyhetsblad nr 3, juni 2073 - Nätverket för LSS-handläggare i Kalmar län

NÄTVERKSTRÄFFEN I NYBRO                         Sedan det senaste nyhetsbladet har sommaren
Nätverket för LSS-handläggare i Kalmar län      kommit till länet, och många av våra
träffades den 5 juni 2073 i Nybro. Deltog gjorde:          brukare är ute på läger.
• Eva Sandberg, Nybro kommun                    • Planera vikarier i god tid
• Maria Arlebrant, Västerviks kommun            • Se över beslut som löper ut
• Johan Berglund, Kalmar kommun                 NÄSTA TRÄFF
                                                Nätverket träffas nästa gång
Anteckningarna från 13 mars godkändes.          den 11 september 2073 i Kalmar.
"""


def test_an_entrys_organisation_ends_at_a_second_column(ctx: Context) -> None:
    """"Johan Berglund, Kalmar kommun                 NÄSTA TRÄFF": the organisation is Kalmar kommun, the
    column beside it no part of it (before: an organisation "Kalmar kommun NÄSTA TRÄFF" of the draft's own)."""
    ex = _read(ctx, COLUMNS)
    orgs = {e.name: e.org for lst in ex.attendance for e in lst.entries}
    assert (orgs["Eva Sandberg"], orgs["Johan Berglund"]) == ("nybro-kommun", "kalmar-kommun")


RULED = """Arbetsgruppen för uppsökande tandvård - minnesanteckningar
17 september 2073 - Hultsfreds kommunhus

Närvarande: Maria Holm, Torsås kommun; Lars Ek, Hultsfreds kommun

_____________________________________________________________ 1
Mötets öppnande
Maria Holm hälsade alla välkomna till mötet.

_____________________________________________________________ 2
Avtalet om uppsökande tandvård
Lars Ek berättade om avtalet.

_____________________________________________________________ 3
Nästa möte
Nästa möte hålls den 15 oktober 2073.
"""


def test_an_items_number_at_the_end_of_a_rule_over_its_title(ctx: Context) -> None:
    """"_____ 1" / "Mötets öppnande": the number alone over its title, as "§ 1" / "Mötets öppnande" is read (before:
    no items)."""
    ex = _read(ctx, RULED)
    assert [(it.n, it.title) for it in ex.items] == [(1, "Mötets öppnande"), (2, "Avtalet om uppsökande tandvård"),
                                                     (3, "Nästa möte")]


PAGED = "\n".join(["Protokoll Länsgemensam ledning 2073-02-14", "", "Närvarande: Sofia Holm, Region Kalmar län", "",
                   "1.", "Mötets öppnande", "Sofia Holm öppnade mötet.", "", "2.", *[""] * 30,
                   "Länsgemensam ledning, protokoll 2073-02-14 - sida 1", "Nästa möte",
                   "Nästa möte är den 10 april 2073.", "", "Länsgemensam ledning, protokoll 2073-02-14 - sida 2", ""])


def test_an_items_number_before_a_pages_end_its_title_on_the_next(ctx: Context) -> None:
    """"2." / the page's blank end / the footer / "Nästa möte": the number's title across the page's furniture
    (before: an item of no number at the title)."""
    ex = _read(ctx, PAGED)
    assert [(it.n, it.title) for it in ex.items] == [(1, "Mötets öppnande"), (2, "Nästa möte")]


QUOTED = """Länsgemensam ledning i samverkan, nyheter

Referat från gemensamma presidiekonferensen den 23 oktober 2073

Publicerad: 30 oktober 2073

Konferensdagen hölls på Kalmarsalen den 23 oktober 2073 med omkring 70 deltagare.

Förmiddagen innehöll ett föredrag av Maria Lindqvist under rubriken "Munhälsa hos äldre i Kalmar län".
Efter det redovisade Anders Holm arbetet med ombud under rubriken "Ombud i varje arbetslag".
"""


def test_a_talks_heading_in_quotes_after_under_rubriken(ctx: Context) -> None:
    """"... föredrag av X under rubriken "Y"": the talk Y, presented by the name before it in its sentence."""
    ex = _read(ctx, QUOTED)
    assert [(it.title, [n for n, _ in it.presenters]) for it in ex.items] == [
        ("Munhälsa hos äldre i Kalmar län", ["Maria Lindqvist"]), ("Ombud i varje arbetslag", ["Anders Holm"])]


MAILED = """Från: Anna Berg
Till: Nätverket för munvårdsombud i Kalmar län
Datum: tisdag 27 maj 2073
Ämne: Ett bra nätverksmöte!

Hej alla munvårdsombud!

För en vecka sedan, den 20 maj 2073, var det nätverksträff för munvårdsombuden i Emmaboda.
Under träffen redovisade Karin Lund, Torsås kommun, nätverkets ekonomi (ännu ett gott år!)
och nätverket har 95 000 kronor för 2073, varav 60 000 kronor till en utbildningsdag.
Träffen beslutade att använda pengarna så.
Tandvårdsstödet presenterades av Oskar Lindahl från Region Kalmar län.
"""


def test_a_summary_mailed_to_the_members_reads_its_presenting_sentences(ctx: Context) -> None:
    """A mail's head ("Från:", "Till:", "Datum:", "Ämne:") over the text: a report of the meeting, its presenting
    sentences its matters (before: a greeting, "Hej alla munvårdsombud!", its one item, holding the whole text); the
    matter presented runs on to the next one presented, the money and the decision after it its text."""
    ex = _read(ctx, MAILED)
    assert [(it.title, it.lines) for it in ex.items] == [("nätverkets ekonomi", (9, 11)), ("Tandvårdsstödet", (12, 12))]


def test_a_decision_another_meeting_took_is_none_of_this_ones() -> None:
    """fresh7's "Gruppen beslutade vid ordinarie sammanträde den 20 april 2033 att ta fram en gemensam ansökan."
    (line 28, a tuned-on part): told of another meeting, on its day; the learned model of decisions, retrained in the
    45th round, took it at 0.95 for this meeting's funding: a decision the model reads that says it was taken at a
    meeting of another day is none."""
    from pathlib import Path

    from graph.ingest.pipeline import ingest, make_context
    from graph.ingest.quality import CORPUS_DIR, load_part

    part = load_part(CORPUS_DIR / "fresh7")
    doc = next(d for d in part.documents if d.id == "2033-06-01-samordnande-grupp-aldre")
    ex = ingest(Path(doc.input), make_context(part.known)).extraction
    assert ex.date == "2033-06-01"
    assert not [d for d in ex.decisions if d.lines[0] <= 28 <= d.lines[1]]
