"""Ingest rules of the thirty-first round, its third part (issue 13): shapes found on learn21/'s 2088-09-20 and
2088-10-18, kept from tuning while fresh43/ (which shares their templates) was held out and tunable since fresh43/ was
opened in this round: a presence column whose absent rows are left empty, "Ytterligare representation" as the others
present, lists in an item of the roll call, an annual meeting's heading right under its place and lines with no
stops, names in letters of Latin Extended-A; and three left over on fresh42/ (tuned on in the round's first half): a
group named before the body it serves with the county after it, a task in the definite, an unnumbered heading among
bulleted numbered items.

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

from graph.ingest.pipeline import Context

from .test_ingest_people18 import att
from .test_ingest_shapes import lines
from .test_ingest_shapes24 import kinds, titles
from .test_ingest_shapes27 import presenters
from .test_ingest_shapes30 import HEAD
from .test_ingest_structure import extract


def test_a_presence_column_with_the_absent_rows_left_empty(ctx: Context) -> None:
    """"Närvarande" over "A, Org      x" rows, two rows with no mark: those two absent (before: present); a list
    where fewer than three rows are marked keeps every row; "Ytterligare representation under mötet: X, title samt
    Y, title, Org." the others present (before: the second a member, the first lost)."""
    pad = " " * 30
    rows = ["Närvarande", "Maja Sandell, Nybro kommun" + pad + "x", "Tore Lindgren, Kalmar kommun" + pad + "x",
            "Greta Ödman, Region Kalmar län", "Nils Berglöf, Borgholms kommun" + pad + "x",
            "Eva Strand, Torsås kommun" + pad + "x", "Karin Holm, Vimmerby kommun",
            "Ytterligare representation under mötet: Lena Ek, enhetschef familjecentralen i Nybro samt",
            "Per Ek, sektionschef öppenvården, Kalmar kommun."]
    got = att(ctx, *rows)
    assert got["ledamoter"] == [("Maja Sandell", "nybro-kommun"), ("Tore Lindgren", "kalmar-kommun"),
                                ("Nils Berglöf", "borgholms-kommun"), ("Eva Strand", "torsas-kommun")]
    assert got["ovriga"] == [("Lena Ek", None), ("Per Ek", "kalmar-kommun")]
    few = att(ctx, "Närvarande", "Maja Sandell, Nybro kommun" + pad + "x", "Tore Lindgren, Kalmar kommun" + pad + "x",
              "Greta Ödman, Region Kalmar län")
    assert [n for n, _o in few["ledamoter"]] == ["Maja Sandell", "Tore Lindgren", "Greta Ödman"]


def test_an_annual_meetings_heading_lists_and_sentences_with_no_stops(ctx: Context) -> None:
    """An annual meeting's protocol: "Årsmötet ägde rum i Stora salen, Folkets hus" / "Invigning" / sentences of
    welcome, one a line, no stops: "Invigning" its first item with each welcomer its presenter, "Amira Hadžić"
    whole (before: the heading the header's, the welcomers one sentence's run); "3 Justering av röstlängd och
    närvaro" holding "Närvarande från styrelsen: ..." and "Inbjudna: ...": the lists (before: none), "Röstlängden
    justerades till 34 ombud." a decision; "Till justerare utsågs" / "Omar Holm." one sentence."""
    ex = extract(ctx, lines("Kalmar 18 oktober 2088", "Årsmötesprotokoll", "",
                            "Årsmötesprotokoll Föreningsrådet i Torsås 18 oktober 2088",
                            "Årsmötet ägde rum i Stora salen, Folkets hus i Torsås", "Invigning",
                            "Föreningsrådets vice ordförande Maja Sandell hälsade välkommen till årsmötet",
                            "Tore Lindgren, kommunstyrelsens ordförande i Torsås kommun, hälsade välkommen till Torsås",
                            "Amira Hadžić, sammankallande i nätverket, hälsade välkommen från nätverket", "",
                            "1 Årsmötets öppnande", "Ordförande Greta Ödman förklarade årsmötet öppnat. Till justerare "
                            "utsågs", "Omar Holm.", "", "2 Justering av röstlängd och närvaro",
                            "Röstlängden justerades till 34 ombud från 15 medlemsföreningar.",
                            "Närvarande från styrelsen: Greta Ödman, Maja Sandell och Omar Holm.",
                            "Inbjudna: Tore Lindgren, Torsås kommun, Amira Hadžić, Region Kalmar län.", "",
                            "3 Årsmötets avslutande", "Greta Ödman förklarade årsmötet avslutat."))
    assert titles(ex)[:2] == ["Invigning", "Årsmötets öppnande"]
    assert dict(presenters(ex))["Invigning"] == ["Maja Sandell", "Tore Lindgren", "Amira Hadžić"]
    assert [(lst.kind, [e.name for e in lst.entries]) for lst in ex.attendance] == [
        ("ledamoter", ["Greta Ödman", "Maja Sandell", "Omar Holm"]), ("ovriga", ["Tore Lindgren", "Amira Hadžić"])]
    assert ("other", 2) in kinds(ex) and ("other", 1) in kinds(ex)
    # (a heading's word under a sentence naming a place that ends with a stop, "... i Torsås." / "Information", and a
    # field under the header, "Förvaringsplats: Kommunförbundet", are no such heading)
    plain = extract(ctx, lines(*HEAD, "Förvaringsplats: Kommunförbundet i Kalmar län", "1. Mötets öppnande",
                               "Mötet öppnades.", "2. Nästa möte", "I maj."))
    assert titles(plain) == ["Mötets öppnande", "Nästa möte"]


def test_a_group_before_its_body_a_task_in_the_definite_and_an_unnumbered_bullet(ctx: Context) -> None:
    """"Samordnande grupp Äldre, Länsgemensam ledning i samverkan Kalmar län" over "MÖTESPROTOKOLL": the group's
    meeting (before: Länsgemensam ledning's); "X får uppdraget att sammanställa ..." under a paragraph of money: a
    decision, no funding (before: none); "  • Övriga frågor" among "  • 5 Title" ... "  • 7 Title" items: an item of
    its own with no number (before: lines of item 6)."""
    ex = extract(ctx, lines("Samordnande grupp Äldre, Länsgemensam ledning i samverkan Kalmar län", "MÖTESPROTOKOLL",
                            "Datum: Tisdagen den 23 januari 2085 Tid: 09:00", "",
                            "Närvarande: Maja Sandell, Nybro kommun; Tore Lindgren, Kalmar kommun", "",
                            "  • 1 Mötets öppnande", "Maja Sandell öppnar mötet.", "",
                            "  • 2 Trygg hemgång", "Enligt överenskommelsen finns 1 860 000 kronor för 2085.",
                            "Tore Lindgren får uppdraget att sammanställa kommunernas väntetider till nästa möte.", "",
                            "  • Övriga frågor", "– Maja Sandell tar upp rutinerna för läkemedelsgenomgång.", "",
                            "  • 3 Nästa möte", "Nästa möte hålls den 20 mars 2085."))
    assert ex.meeting_of == "samordnande-grupp-aldre"
    assert [(it.n, it.title) for it in ex.items] == [(1, "Mötets öppnande"), (2, "Trygg hemgång"),
                                                       (None, "Övriga frågor"), (3, "Nästa möte")]
    assert kinds(ex) == [("other", 2)]
    # (a bullet of the text under an item, a sentence or a line with a stop, is no item)
    plain = extract(ctx, lines(*HEAD, "  • 1 Mötets öppnande", "Mötet öppnades.", "  • 2 Rapporter",
                               "  • Maja Sandell rapporterade om läget.", "  • 3 Nästa möte", "I maj."))
    assert titles(plain) == ["Mötets öppnande", "Rapporter", "Nästa möte"]
