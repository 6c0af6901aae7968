"""Ingest rules of the seventeenth round (issue 13) on attendance and the people of a protocol, tuned on the
generator's version 2: party letters in lower case beside a name ("Anna Holm (s)", "Anna Holm, (s) (Org)"), a
list headed by participation only ("Deltagande:", "Deltagare") after the members' list: the others present.

Each test writes its own input text (names and organisations invented here or common ones, forms the generator
does not write among them) and checks what the extraction makes of it, with look-alikes that must not be read.
"""

from __future__ import annotations

import pytest

from graph.ingest.pipeline import Context, load_context

from .test_ingest_shapes import entries, lines
from .test_ingest_structure import extract


@pytest.fixture(scope="module")
def ctx() -> Context:
    return load_context()


ITEMS = ("", "§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", "", "§ 2 Nästa möte",
         "Nästa möte hålls 2031-05-06.")


def kinds(ex) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    out: dict[str, list[str]] = {}
    for lst in ex.attendance:
        out.setdefault(lst.kind, []).extend(e.name for e in lst.entries)
    return out


# --------------------------------------------------------------------------- party letters in lower case


@pytest.mark.parametrize("rows", [
    ["Närvarande ledamöter: Lena Strand (s) (Nybro kommun), Olof Berg (mp) (Kalmar kommun),",
     "Greta Sund (kd) (Region Kalmar län)"],
    ["Närvarande ledamöter: Lena Strand, (s) (Nybro kommun), Olof Berg, (mp) (Kalmar kommun),",
     "Greta Sund, (kd) (Region Kalmar län)"],
    ["Beslutande: Lena Strand, (S) (Nybro kommun), Olof Berg (MP) (Kalmar kommun) och",
     "Greta Sund (kd) (Region Kalmar län)"],
    ["Ledamöter", "Lena Strand (s), Nybro kommun", "Olof Berg (mp), Kalmar kommun",
     "Greta Sund (kd), Region Kalmar län"],
    ["Ledamöter", "Lena Strand (sd) (Nybro kommun)", "Olof Berg (v) (Kalmar kommun)",
     "Greta Sund (c) (Region Kalmar län)"],
])
def test_party_letters_in_lower_case_beside_a_name_are_no_part_of_it(ctx: Context, rows: list[str]) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", *rows, *ITEMS))
    [(_, got)] = entries(ex).items()
    assert got == [("Lena Strand", "nybro-kommun"), ("Olof Berg", "kalmar-kommun"),
                   ("Greta Sund", "region-kalmar-lan")]


def test_a_lower_case_word_in_brackets_that_is_no_party_stays_out_of_the_name(ctx: Context) -> None:
    """Negative: a note in brackets that is no party's letters ("(ej §3)") is not taken for one: the organisation
    stays the entry's, and the name keeps no bracket."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Ledamöter",
                            "Lena Strand (s), Nybro kommun", "Olof Berg (t.o.m. § 2), Kalmar kommun", *ITEMS))
    [(_, got)] = entries(ex).items()
    assert ("Lena Strand", "nybro-kommun") in got
    assert all("(" not in name for name, _ in got)


# --------------------------------------------------------------------------- participation after the members


@pytest.mark.parametrize("others", ["Deltagande:", "Deltagare", "Deltagare:"])
def test_a_participants_list_after_the_members_list_holds_the_others_present(ctx: Context, others: str) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Beslutande ledamöter",
                            "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", "", others,
                            "Karin Ahl, Region Kalmar län", "Nils Åberg, Torsås kommun", *ITEMS))
    assert kinds(ex) == {"ledamoter": ["Lena Strand", "Olof Berg"], "ovriga": ["Karin Ahl", "Nils Åberg"]}


def test_a_participants_list_alone_holds_the_members(ctx: Context) -> None:
    """Negative: "Deltagare" with no members' list beside it are the members (the corpus convention)."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Deltagande:",
                            "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", *ITEMS))
    assert kinds(ex) == {"ledamoter": ["Lena Strand", "Olof Berg"]}


def test_participants_before_the_others_stay_the_members(ctx: Context) -> None:
    """Negative: "Deltagare" first, "Övriga deltagare" after: the first are the members."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Deltagare",
                            "Lena Strand, Nybro kommun", "Olof Berg, Kalmar kommun", "", "Övriga deltagare",
                            "Karin Ahl, Region Kalmar län", *ITEMS))
    assert kinds(ex) == {"ledamoter": ["Lena Strand", "Olof Berg"], "ovriga": ["Karin Ahl"]}


# --------------------------------------------------------------------------- a date in six digits (yymmdd)


@pytest.mark.parametrize(("line", "date"), [
    ("Sammanträdesdatum: 310304 kl. 13.00–15.00", "2031-03-04"),
    ("Datum: 310304", "2031-03-04"),
    ("Tid: 310304, Stadshuset, Nybro", "2031-03-04"),
    ("Tid och plats: Stadshuset, Nybro, 310304 kl. 9–12", "2031-03-04"),
    ("310304, kl. 09.00–12.00", "2031-03-04"),
    ("310304 13:00-15:30", "2031-03-04"),
])
def test_a_date_in_six_digits_under_a_label_or_before_a_time_dates_the_meeting(ctx: Context, line: str,
                                                                                date: str) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen", line, "", "Ledamöter", "Lena Strand, Nybro kommun",
                            "Olof Berg, Kalmar kommun", *ITEMS))
    assert ex.date == date


@pytest.mark.parametrize("line", ["Dnr 310304, Nybro", "Telefon: 310304", "310304", "Datum: 311304 kl. 13"])
def test_six_digits_with_no_date_label_or_time_or_no_valid_day_date_nothing(ctx: Context, line: str) -> None:
    """Negative: a diary number, a phone number, six digits alone and a thirteenth month give no date."""
    ex = extract(ctx, lines("Protokoll Beredningen", line, "", "Ledamöter", "Lena Strand, Nybro kommun",
                            "Olof Berg, Kalmar kommun", *ITEMS))
    assert ex.date is None


# --------------------------------------------------------------------------- a note of the part attended; a deputy


@pytest.mark.parametrize("note", [" (t.o.m. punkt 5)", " (fr.o.m. § 3)", ", § 4", ", §§ 2–4", ", ej § 7",
                                  ", kl. 09.00–10.30", " (från kl. 10.30)", ", fr.o.m. punkt 3", ", t.o.m. pkt 6"])
@pytest.mark.parametrize("row", ["{name} ({org}){note}", "{name}, {org}{note}", "{name} – {org}{note}"])
def test_a_note_of_the_part_of_the_meeting_attended_is_no_part_of_the_entry(ctx: Context, note: str,
                                                                             row: str) -> None:
    people = [("Lena Strand", "Nybro kommun", "nybro-kommun"), ("Olof Berg", "Kalmar kommun", "kalmar-kommun"),
              ("Greta Sund", "Region Kalmar län", "region-kalmar-lan")]
    rows = [row.format(name=n, org=o, note=note if i == 1 else "") for i, (n, o, _) in enumerate(people)]
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Närvarande", *rows, *ITEMS))
    [(_, got)] = entries(ex).items()
    assert got == [(n, s) for n, _, s in people]


@pytest.mark.parametrize("row", ["Karin Ahl (Torsås kommun) ersätter Nils Åberg",
                                 "Karin Ahl (Torsås kommun) i stället för Nils Åberg",
                                 "Karin Ahl (Torsås kommun) tjg ers för Nils Åberg"])
def test_a_deputy_serving_written_with_the_member_after_the_bracket(ctx: Context, row: str) -> None:
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Beslutande",
                            "Lena Strand (Nybro kommun)", "Olof Berg (Kalmar kommun)",
                            "Tjänstgörande ersättare", row, *ITEMS))
    got = [(e.name, e.org, e.in_place_of) for lst in ex.attendance for e in lst.entries]
    assert got[-1] == ("Karin Ahl", "torsas-kommun", "Nils Åberg")
    assert {lst.kind for lst in ex.attendance} == {"ledamoter"}


@pytest.mark.parametrize("line", ["Karin Ahl (Torsås kommun) ersätter tidigare rutiner med nya",
                                  "Lena Strand (Nybro kommun) informerade om läget.",
                                  "Karin Ahl (Torsås kommun), § 4 gäller"])
def test_a_sentence_after_a_bracketed_organisation_is_no_list_line(ctx: Context, line: str) -> None:
    """Negative: a sentence after "Name (Org)" (no member's name after "ersätter", a verb, a paragraph in prose)
    is read as no entry with a member served for."""
    ex = extract(ctx, lines("Protokoll Beredningen 2031-03-04", "", "Beslutande",
                            "Lena Strand (Nybro kommun)", "Olof Berg (Kalmar kommun)", "", *ITEMS[1:3], line,
                            *ITEMS[3:]))
    assert all(e.in_place_of is None for lst in ex.attendance for e in lst.entries)
    assert [e.name for lst in ex.attendance for e in lst.entries] == ["Lena Strand", "Olof Berg"]
