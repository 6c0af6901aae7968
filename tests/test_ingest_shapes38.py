"""Ingest rules of the thirty-eighth round (issue 13): general shapes found on fresh56/ and fresh57/ (the held-out
parts of round 37, measured before and after it and opened in this round): a two-day date written run together
("20410911-20410912"), the paragraphs one took part in after an entry's bracket in a label's running column ("...
(Borgholms kommun) deltog under §§ 12-16,"), a name opening a wrapped line cited on that line, and a new body's name
of up to twelve words.

Each test writes its own input text (names, bodies and titles invented here) and checks what the extraction makes
of it, with look-alikes that must not be read.
"""

from __future__ import annotations

from graph.ingest.extract_dates import _parse_date, years_near
from graph.ingest.pipeline import Context

from .test_ingest_shapes import lines
from .test_ingest_structure import extract


def entries(ex) -> list[tuple[str, str, int]]:  # type: ignore[no-untyped-def]
    return [(lst.kind, e.name, e.line) for lst in ex.attendance for e in lst.entries]


ITEMS = ["", "1. Mötets öppnande", "Ordförande öppnade mötet.", "", "2. Ekonomi", "Budgeten godkändes.", "",
         "3. Mötets avslutande", "Ordförande avslutade mötet."]


def test_a_two_day_meeting_dated_run_together() -> None:
    """"Datum: 20450911-20450912": the first day (before: no date, the two run together read as no number of a date);
    a date stamp running on into other digits is none."""
    with years_near(2045):
        assert _parse_date("Datum: 20450911-20450912 Plats: Oskarshamn", None) == "2045-09-11"
        assert _parse_date("Telefon 20450911-2", None) is None
        assert _parse_date("Datum 20450911-204509", None) is None


def test_a_network_meeting_dated_run_together_under_its_long_name(ctx: Context) -> None:
    """"Protokoll från nätverksmöte" / "Nätverket för enhetschefer i kommunal hälso- och sjukvård i Kalmar län" /
    "Datum: 20450911-20450912 Plats: Oskarshamn": the meeting of that day (before: none, the draft holding no
    meeting), of the network so named, eleven words (before: the body unnamed)."""
    ex = extract(ctx, lines(
        "Protokoll från nätverksmöte", "Nätverket för enhetschefer i kommunal hälso- och sjukvård i Kalmar län",
        "Datum: 20450911-20450912 Plats: Oskarshamn",
        "Närvarande: Charlotte Holm ordförande, Liv Berg mötessekreterare, Emma Lund och Janita Ek.", *ITEMS))
    assert ex.date == "2045-09-11"
    assert [g[1] for g in ex.new_groups] == ["Nätverket för enhetschefer i kommunal hälso- och sjukvård i Kalmar län"]


def test_paragraphs_attended_after_a_bracket_in_a_running_column(ctx: Context) -> None:
    """A label's running column of "Name (initials, Org)" entries, one of them "Roland Holm (RH, Borgholms kommun)
    deltog under §§ 12-16,": every entry read, each cited on the line its name opens (before: the list lost at that
    entry; a name opening a wrapped line cited on the line above)."""
    ex = extract(ctx, lines(
        "PROTOKOLL", "fört vid sammanträde i Länsgemensam ledning den 13 februari 2045 kl.",
        "09.00-12.00, Regionhuset, Kalmar.", "", "Närvarande",
        "Ledamöter            Sofia Hartz (SH, ordf), Anna Holm (AH, vice ordf, socialchef",
        "                     Kalmar kommun), Cecilia Wahl (CW, socialchef Oskarshamns kommun),",
        "                     Roland Holm (RH, Borgholms kommun) deltog under §§ 12-16,",
        "                     Jimmy Rudelius (JR, Nybro kommun).",
        "Tjänstemän           Helene Wendell (HW, samordnare, Region Kalmar län)", "",
        "§ 12                 Val av protokolljusterare",
        "                     Beslutades att utse Anna Holm att justera.", "",
        "§ 13                 Mötet avslutas", "                     Mötet avslutades."))
    assert entries(ex) == [("ledamoter", "Sofia Hartz", 6), ("ledamoter", "Anna Holm", 6),
                           ("ledamoter", "Cecilia Wahl", 7), ("ledamoter", "Roland Holm", 8),
                           ("ledamoter", "Jimmy Rudelius", 9), ("ovriga", "Helene Wendell", 10)]


def test_a_list_opening_with_two_names_a_scan_damaged(ctx: Context) -> None:
    """"Närvarande:" over "Karin A1bertz" / "Maud Ar1ebrant" / "Lotta Lindgren," / "ordförande" / ... / "Karin
    Berggren" / "Förhindrade:": the list, the damaged names as written (before: no list at all, its first line read as
    nothing and the list ended there), its last name too (before: taken for a heading over prose, "Förhindrade" read
    as a verb)."""
    ex = extract(ctx, lines(
        "PR0T0K0LL", "2045-03-20", "Protokoll från möte med samordnande grupp Äldre den", "20 mars 2045", "Tid:",
        "0nsdagen den 20 mars 2045 kl 09.30-15.00", "Närvarande:", "Karin A1bertz", "Maud Ar1ebrant",
        "Lotta Lindgren,", "ordförande", "Pernilla Mosen", "Karin Berggren", "Förhindrade:", "Diana Bergeskans",
        "1. Mötets öppnande", "0rdförande öppnar mötet.", "2. Val av justerare", "Karin Berggren väljs till justerare.",
        "3. Mötets avslutande", "Mötet avslutades."))
    assert [(k, n) for k, n, _l in entries(ex)] == [
        ("ledamoter", "Karin A1bertz"), ("ledamoter", "Maud Ar1ebrant"), ("ledamoter", "Lotta Lindgren"),
        ("ledamoter", "Pernilla Mosen"), ("ledamoter", "Karin Berggren")]


def test_numbered_sentence_paragraphs_after_a_list_item(ctx: Context) -> None:
    """Numbered paragraphs each a sentence, the second item a list of "Org:  Name" lines over twelve lines, one
    paragraph's sentence of 33 words: every paragraph an item, its first sentence its title (before: the run ended at
    the list, the list's lines counted as text between the numbers, the long sentence no title)."""
    orgs = ["Borgholms", "Emmaboda", "Hultsfreds", "Högsby", "Kalmar", "Mönsterås", "Mörbylånga", "Nybro",
            "Oskarshamns", "Torsås", "Vimmerby", "Västerviks"]
    names = ["Anna Berg", "Linda Ek", "Per Holm", "Diana Lund", "Erik Sand", "Lena Sjö", "Karin Berg", "Lisa Holm",
             "Petra Ek", "Maria Hult", "Janita Lund", "Sara Wik"]
    roll = [x for org, name in zip(orgs, names, strict=True) for x in (f"{org} kommun:  {name}", "")]
    ex = extract(ctx, lines(
        "Nätverksträff 1/2044", "",
        "Nätverksträff i Nätverket för enhetschefer inom ekonomiskt bistånd i Kalmar län i Nybro den 8 februari 2044",
        "", "1. Mötet öppnades och dagordningen godkändes.", "", "2. Närvarande enhetschefer:", "", *roll,
        "3. Till mötesordförande valdes Anna Berg och till sekreterare valdes Karin Berg.", "",
        "4. Nätverket beslutade att föreslå Länsgemensam ledning att inom Gemensam plan för samverkan avsätta 480.000:-"
        " till kompetensutveckling för handläggare, varav 300.000:- till en länsgemensam utbildning i skuldrådgivning"
        " och 180.000:- till extern handledning.", "",
        "5. Mötet avslutades."))
    assert [it.n for it in ex.items] == [1, 2, 3, 4, 5]
    assert ex.items[2].title == "Till mötesordförande valdes Anna Berg och till sekreterare valdes Karin Berg"
    assert ex.items[3].title.startswith("Nätverket beslutade att föreslå") and ex.items[3].title.endswith("handledning")
