"""Round 17 (issue 13), second tuner of agenda items, decisions and amounts: decisions whose words a scan
damaged, and the other forms of this round.

Each test writes its own input text (names and titles invented here, not taken from the generated corpus) and
checks what the extraction makes of it, with negative cases that must not be read.
"""

from __future__ import annotations

import pytest

from graph.ingest.ocr_repair import Lexicon, kw
from graph.ingest.pipeline import Context
from graph.names import fold

from .test_ingest_item_forms import decided
from .test_ingest_shapes import lines
from .test_ingest_structure import extract

# --------------------------------------------------------------------------- decision words a scan damaged


@pytest.mark.parametrize(("written", "key"), [
    ("Bcslut: riktlinjerna antas.", "beslut: riktlinjerna antas."),
    ("BCSLUT", "beslut"),
    ("Nämnden bcslutadc att anta riktlinjerna.", "namnden beslutade att anta riktlinjerna."),
    ("Rapporten noterades till protokollct.", "rapporten noterades till protokollet."),
    ("Protokollct godkändcs.", "protokollet godkandes."),
    ("Nämnden besl utar att anta riktlinjerna.", "namnden beslutar att anta riktlinjerna."),
    ("Nämnden beslut ade att anta riktlinjerna.", "namnden beslutade att anta riktlinjerna."),
    ("Protokollet godkän des.", "protokollet godkandes."),
    ("Protokollet fastställdcs.", "protokollet faststalldes."),
    ("Ärendet återremittcras.", "arendet aterremitteras."),
])
def test_a_decision_word_a_scan_damaged_is_read(written: str, key: str) -> None:
    assert kw(written, Lexicon()) == fold(key)


@pytest.mark.parametrize("written", [
    "Beslut ar fattat sedan tidigare.",       # "Beslut är": two words the lexicon knows stay two
    "Marcus Lucas och Cecilia deltog.",         # a c in names and words that are no decision word
    "Bcsluta inte om detta.",                  # no decision word once mended
    "Protokollc saknas.",
    "Beslut tas senare.",                      # two words the lexicon knows
    "Beslutsunderlag: tjänsteskrivelse.",
])
def test_look_alikes_of_damaged_decision_words_stay_as_written(written: str) -> None:
    assert kw(written, Lexicon()) == fold(written)


@pytest.mark.parametrize("sentence", [
    "Bcslut: Olof Berg får i uppdrag att ta fram ett underlag.",
    "Nämnden besl utar att anta riktlinjerna.",
    "Nämnden bcslutade att anta riktlinjerna.",
])
def test_a_decision_with_its_word_damaged_is_a_decision(ctx: Context, sentence: str) -> None:
    assert decided(ctx, [sentence]) == [("other", (8, 8))]


def test_a_sentence_with_a_damaged_look_alike_is_no_decision(ctx: Context) -> None:
    assert decided(ctx, ["Bcsluta inte om detta ännu."]) == []


# --------------------------------------------------------------------------- a decision log's rows without a number


def logged(ctx: Context, head: str, rows: list[str]) -> list[tuple[str, tuple[int, int]]]:
    text = lines("Protokoll Socialnämnden 2031-03-04", "", "§ 1 Mötets öppnande",
                 "Ordföranden Lena Strand öppnade mötet.", "", "§ 2 Riktlinjer för hemtjänsten",
                 "Greta Sund redovisade förslaget.", "", "Sammanfattning av besluten", head, "|---|---|", *rows, "",
                 "Vid protokollet", "Lena Strand")
    return [(d.kind, d.lines) for d in extract(ctx, text).decisions if d.lines[0] >= 9]


@pytest.mark.parametrize("dash", ["–", "—"])
@pytest.mark.parametrize("head", ["| Punkt | Beslut |", "| Nr | Beslutet |", "| Ärende | Beslut |"])
def test_a_decision_logs_rows_with_a_dash_for_the_number_are_decisions(ctx: Context, dash: str, head: str) -> None:
    assert logged(ctx, head, [f"| {dash} | Greta Sund får i uppdrag att ta fram ett underlag. |",
                              f"| {dash} | Riktlinjerna antas. |"]) == [("other", (12, 12)), ("other", (13, 13))]


@pytest.mark.parametrize(("head", "rows"), [
    ("| Punkt | Kommentar |", ["| – | Greta Sund får i uppdrag att ta fram ett underlag. |"]),  # no decision column
    ("| Punkt | Beslut |", ["| – | Inget beslut |", "| – | Diskussion |"]),                       # no sentences
    ("| Ämne | Beslut |", ["| – | Riktlinjerna antas. |"]),                                       # no number column
])
def test_rows_of_no_decision_log_are_no_decisions(ctx: Context, head: str, rows: list[str]) -> None:
    assert logged(ctx, head, rows) == []


# --------------------------------------------------------------------------- a heading in capitals by a page break


def _paged(head: list[str], listed: list[str], body: list[list[str]]) -> list[str]:
    out = [*head, "", "Dagordning:", *[f"• {t}" for t in listed], ""]
    for k, part in enumerate(body):
        out += [*part, ""]
        if k % 2 == 1:
            out += [f"                    Sida {k // 2 + 2} av 9", ""]
    return out


def test_a_heading_in_capitals_by_a_page_break_repeating_a_listed_title_is_an_item(ctx: Context) -> None:
    listed = ["Mötets öppnande", "Riktlinjer för hemtjänsten", "Budget för äldreomsorgen", "Övriga frågor",
              "Uppföljning av korttidsboende", "Mötets avslutning"]
    body = [[t.upper(), f"Text om {t.lower()} som Greta Sund gick igenom."] for t in listed]
    text = lines(*_paged(["Minnesanteckningar Socialnämnden 2031-03-04"], listed, body))
    got = [t for _n, t in items(ctx, text)]
    assert got == [t.upper() for t in listed]


def test_a_running_header_in_capitals_by_every_page_break_stays_furniture() -> None:
    from graph.ingest.layout import clean_layout
    page = ["SOCIALNÄMNDEN KALMAR", "Text på sidan som Greta Sund skrev.", "", "Sida 1 av 3", ""]
    text = [*page, *page, *page, "Socialnämnden Kalmar sammanträdde."]
    lay = clean_layout(text)
    assert {6, 11} <= lay.layout         # (the first one, atop the document, is its title)


def items(ctx: Context, text: str) -> list[tuple[int | None, str]]:
    return [(it.n, it.title) for it in extract(ctx, text).items if it.parent is None]


# --------------------------------------------------------------------------- a body's decision as a label line


@pytest.mark.parametrize("label", ["Presidiekonferensens beslut", "Arbetsutskottets beslut", "Socialnämndens beslut",
                                   "Samverkansrådets beslut", "Styrgruppens beslut"])
def test_a_label_naming_the_bodys_decision_over_a_sentence_makes_it_a_decision(ctx: Context, label: str) -> None:
    assert decided(ctx, [label, "Medlen fördelas enligt förslaget."]) == [("funding", (9, 9))]


@pytest.mark.parametrize("label", ["Dagens diskussion", "Tidigare beslut", "Regionens synpunkter"])
def test_a_label_naming_no_bodys_decision_makes_no_decision(ctx: Context, label: str) -> None:
    assert decided(ctx, [label, "Medlen fördelas enligt förslaget."]) == []
