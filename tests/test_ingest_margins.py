"""A text whose every line stands indented alike is read as the same text at the margin (graph/ingest/layout.py
`_dedent`; tests/ingest_corpus/ROUNDS.md, 51st round).

Text extracted from a PDF or pasted from a page often keeps the page's left margin on every line. The rules read a
heading, an item's number, a list's label and a column by where a line starts, so a protocol indented four spaces
throughout lost its items on two of the opened parts' 98 minutes of learn30-learn48, and attendance on six (a
perturbation measured in the 51st round: attendance 778 -> 762, agenda items 671 -> 659 of 853 and 727); with the
shared margin taken off, every figure is what the text at the margin gives. A text where only some lines are indented
keeps its indents: they are its layout. Likewise what a copied text holds in its words and spaces (no-break spaces,
soft hyphens, zero-width spaces, ligatures) is read away when the text is read (graph/ingest/reading.py
`normalise_text`), each of which had cost whole lists and decisions (`CLOTHES`)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from graph.ingest.layout import clean_layout
from graph.ingest.pipeline import Context, ingest
from graph.ingest.reading import normalise_text

from .test_ingest import SYNTHETIC

CORPUS = Path(__file__).parent / "ingest_corpus"
# a minute of numbered items whose lists start at the margin ("Närvarande:", its names under it), and the opened part's
# key to score it
MINUTE = CORPUS / "learn43" / "sources" / "2067-04-15-protokoll-lansgemensam-ledning.txt"


def _worn_and_plain(src: Path, tmp_path: Path, ctx: Context, wear: Callable[[str], str]) -> tuple[dict, dict]:
    """The drafts of `src` with `wear` done to each of its lines, and of `src` as written (each under its own name)."""
    text = src.read_text(encoding="utf-8")
    worn = tmp_path / src.name
    worn.write_text("\n".join(wear(ln) for ln in text.split("\n")), encoding="utf-8")
    assert worn.read_text(encoding="utf-8") != text
    plain = tmp_path / "plain" / src.name
    plain.parent.mkdir(exist_ok=True)
    shutil.copy(src, plain)
    return ingest(worn, ctx).record, ingest(plain, ctx).record


def test_the_shared_margin_is_taken_off_and_only_that() -> None:
    assert clean_layout(["    Protokoll", "", "      1. Välkomna", "    Text"]).lines == \
        ["Protokoll", "", "  1. Välkomna", "Text"]
    # (a text at the margin somewhere keeps every indent: a list's names under its label, a column)
    kept = ["Närvarande:", "    Anna Holm, Kalmar kommun", "    Per Ek, Nybro kommun"]
    assert clean_layout(kept).lines == kept


def test_an_indented_protocol_gives_the_draft_of_the_same_protocol_at_the_margin(tmp_path: Path, ctx: Context) -> None:
    for src in (SYNTHETIC, MINUTE):
        got, want = _worn_and_plain(src, tmp_path, ctx, lambda ln: "    " + ln if ln.strip() else ln)
        held = [m for m in got["meetings"] if m["status"] == "held"]
        assert held and held[0].get("agenda") and held[0].get("attendance"), src.name
        assert got == want, src.name



def _soft_hyphens(line: str) -> str:
    return re.sub(r"(?<=[a-zåäö]{4})(?=[a-zåäö]{4})", "\u00ad", line)


def _ligatures(line: str) -> str:
    return line.replace("ffi", "\ufb03").replace("ff", "\ufb00").replace("fi", "\ufb01").replace("fl", "\ufb02")


# what a text copied from a web page or a word processor, or a PDF's text layer, holds: every space a no-break one,
# a soft hyphen at every fourth letter of a long word, a zero-width space after the first spaces of a line, a
# typeface's ligatures; before the 51st round they had cost (the 98 minutes of learn30-learn48) attendance
# 778 -> 773 / 239 / 295 / 768 of 853 and decisions 446 -> 431 / 97 / 267 / 444 of 505
CLOTHES = {"no-break spaces": lambda ln: ln.replace(" ", "\u00a0"), "soft hyphens": _soft_hyphens,
           "zero-width spaces": lambda ln: ln.replace(" ", " \u200b", 3), "ligatures": _ligatures}


def test_invisible_marks_no_break_spaces_and_ligatures_are_read_away() -> None:
    assert normalise_text("§\u00a01 Budget 2\u00a0500\u2007000\u202fkr\u00a0\n") == "§ 1 Budget 2 500 000 kr\n"
    assert normalise_text("När\u00advarande: Anna\u200b Holm, \ufb01nansiering\ufeff\n") == \
        "Närvarande: Anna Holm, finansiering\n"


@pytest.mark.parametrize("clothes", CLOTHES)
def test_a_protocol_in_the_clothes_of_a_copy_reads_as_the_protocol(tmp_path: Path, ctx: Context, clothes: str) -> None:
    for src in (SYNTHETIC, MINUTE):
        got, want = _worn_and_plain(src, tmp_path, ctx, CLOTHES[clothes])
        assert got == want, src.name
