"""The inventory of forms (tests/ingest_forms/FORMS.md, thirteenth round of issue 13), read as a table of tests.

Each row of the inventory is placed into a small synthetic protocol (a title, a date line, a list of those present
and three items) and the draft's reading is asserted: a form (`+`) gives the fact it writes, with its value; a
look-alike (`-`) gives none of its kind. A form the rules do not read is marked in the inventory with its reason
(` !! ...`) and is a strict xfail here, so the inventory stays honest; such a form must still not be silent: the
review points at one of its lines ("Not understood" or "Prose holding a fact").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from graph.ingest.extract_model import Extraction
from graph.ingest.pipeline import Context
from graph.ingest.quality import silent_line

from .test_ingest_structure import extract

FORMS = Path(__file__).parent / "ingest_forms" / "FORMS.md"
KINDS = ("attendance", "items", "presenters", "decisions", "amounts", "dates")

TITLE = "Protokoll samordnande grupp Äldre"
DATE = "Datum: 2030-03-04"
PRESENT = ["Närvarande", "Agnes Holm, Nybro kommun", "Bertil Ek, Kalmar kommun", "Cecilia Vik, Region Kalmar län",
           "Dan Lind, Kommunförbundet i Kalmar län"]
BASE_NAMES = ["Agnes Holm", "Bertil Ek", "Cecilia Vik", "Dan Lind"]
TITLES = ["Mötets öppnande", "Uppföljning av handlingsplanen", "Nästa möte"]
BODIES = ["Ordföranden hälsade alla välkomna.", "Gruppen diskuterade läget i arbetet.", "Nästa möte hålls i maj."]


@dataclass(frozen=True)
class Form:
    kind: str
    positive: bool
    text: str
    expected: str
    xfail: str | None
    line: int            # the row's line in FORMS.md

    @property
    def rows(self) -> list[str]:
        return self.text.split(" ⏎ ")


def read_inventory(path: Path = FORMS) -> list[Form]:
    forms: list[Form] = []
    kind: str | None = None
    for i, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if raw.startswith("## "):
            kind = raw[3:].strip()
            assert kind in KINDS, f"FORMS.md:{i}: unknown kind {kind!r}"
            continue
        if kind is None or not (raw.startswith("+ ") or raw.startswith("- ")):
            continue
        body, _, reason = raw[2:].partition(" !! ")
        text, _, expected = body.partition(" → ")
        positive = raw[0] == "+"
        assert positive == bool(expected), f"FORMS.md:{i}: a form needs ' → EXPECTED', a look-alike none"
        forms.append(Form(kind, positive, text.strip(), expected.strip(), reason.strip() or None, i))
    return forms


INVENTORY = read_inventory()


def protocol(form: Form) -> tuple[str, tuple[int, int]]:
    """The synthetic protocol holding the form, and the lines (1-based, inclusive) the form's rows are on."""
    out: list[str] = [TITLE]
    span: list[int] = []

    def put(rows: list[str]) -> None:
        span.append(len(out) + 1)
        out.extend(rows)
        span.append(len(out))

    if form.kind == "dates":
        put(form.rows)
        if not form.positive:
            out.append(DATE)    # a look-alike above the meeting's own date line must not displace it
    else:
        out.append(DATE)
    out.append("")
    if form.kind == "attendance" and form.positive:
        put(form.rows)
    else:
        out.extend(PRESENT)
    for i, (title, body) in enumerate(zip(TITLES, BODIES, strict=True), 1):
        out.append("")
        if form.kind == "items" and form.positive:
            heads = form.text.format(n=i, t=title).split(" ⏎ ")
            if i == 2:
                put(heads)
            else:
                out.extend(heads)
            out.append(body)
            continue
        if i == 2 and form.kind == "presenters" and form.text.startswith("HEAD: "):
            put([form.text[len("HEAD: "):]])
            out.append(body)
            continue
        out.append(f"§ {i} {title}")
        if i == 2 and form.kind not in ("dates", "attendance") or (i == 2 and not form.positive
                                                                   and form.kind == "attendance"):
            put(form.rows)
        else:
            out.append(body)
    return "\n".join(out) + "\n", (span[0], span[1])


def _within(lines: tuple[int, int], span: tuple[int, int]) -> bool:
    return lines[0] <= span[1] and lines[1] >= span[0]


def _item_two(ex: Extraction):
    for it in ex.items:
        if it.title.startswith(TITLES[1]):
            return it
    return None


def reads(ex: Extraction, form: Form, span: tuple[int, int]) -> bool:
    """The draft holds the fact the form writes, with its expected value."""
    exp = form.expected
    if form.kind == "attendance":
        present, _, absent = exp.partition("|")
        listed = {e.name for lst in ex.attendance for e in lst.entries}
        gone = {e.name for e in ex.absent}
        want = [n.strip() for n in present.split(";") if n.strip()]
        out = [n.strip() for n in absent.split(";") if n.strip()]
        # (exactly those: nothing else, a heading's words or an organisation, is taken for a person)
        return listed == set(want) and all(n in gone and n not in listed for n in out)
    if form.kind == "items":
        numbers = [1, 2, 3] if exp == "n" else [None, None, None]
        return [it.title for it in ex.items] == TITLES and [it.n for it in ex.items] == numbers
    if form.kind == "presenters":
        it = _item_two(ex)
        return it is not None and exp in [name for name, _ in it.presenters]
    if form.kind == "decisions":
        got = [d for d in ex.decisions if _within(d.lines, span)]
        return bool(got) and (exp == "any" or any(d.kind == exp for d in got))
    if form.kind == "amounts":
        got = sorted(a.amount for a in ex.amounts if span[0] <= a.line <= span[1])
        return got == sorted(int(x) for x in exp.split(";"))
    if form.kind == "dates":
        return ex.date == exp
    raise AssertionError(form.kind)


def leaves_alone(ex: Extraction, form: Form, span: tuple[int, int]) -> bool:
    """The draft reads no fact of the form's kind from the look-alike."""
    if form.kind == "attendance":
        return [e.name for lst in ex.attendance for e in lst.entries] == BASE_NAMES and not ex.absent
    if form.kind == "items":
        return [it.title for it in ex.items] == TITLES
    if form.kind == "presenters":
        it = _item_two(ex)
        return it is not None and not it.presenters
    if form.kind == "decisions":
        return not any(_within(d.lines, span) for d in ex.decisions)
    if form.kind == "amounts":
        return not any(span[0] <= a.line <= span[1] for a in ex.amounts)
    if form.kind == "dates":
        return ex.date == DATE.split()[-1]
    raise AssertionError(form.kind)


def pointed_at(ex: Extraction, span: tuple[int, int]) -> bool:
    """The review points at one of the form's lines: not understood, prose holding a fact, or a fact of another
    kind the draft holds there (a person's mention the review lists); never silently prose, a heading or layout
    (the rule `ingest-quality` counts silent misses by)."""
    return not all(silent_line(n, ex.used, ex.prose_facts) for n in range(span[0], span[1] + 1))


def _param(form: Form):
    marks = [pytest.mark.xfail(strict=True, reason=form.xfail)] if form.xfail else []
    ident = f"{form.kind}-{'form' if form.positive else 'lookalike'}-L{form.line}"
    return pytest.param(form, marks=marks, id=ident)


@pytest.mark.parametrize("form", [_param(f) for f in INVENTORY])
def test_the_inventory_row_is_read_as_it_says(ctx: Context, form: Form) -> None:
    text, span = protocol(form)
    ex = extract(ctx, text)
    if form.positive:
        assert reads(ex, form, span), text
    else:
        assert leaves_alone(ex, form, span), text


@pytest.mark.parametrize("form", [pytest.param(f, id=f"{f.kind}-L{f.line}") for f in INVENTORY
                                  if f.positive and f.xfail])
def test_a_form_the_rules_do_not_read_is_pointed_at_by_the_review(ctx: Context, form: Form) -> None:
    """Never silently prose: a form left unread has a line the review lists."""
    text, span = protocol(form)
    ex = extract(ctx, text)
    assert pointed_at(ex, span), text


def test_the_inventory_is_broad() -> None:
    per_kind = {k: sum(1 for f in INVENTORY if f.kind == k) for k in KINDS}
    assert sum(per_kind.values()) >= 300
    assert all(n >= 25 for n in per_kind.values()), per_kind
    assert all(any(not f.positive for f in INVENTORY if f.kind == k) for k in KINDS)
    assert not any(re.search(r"\s→\s", f.text) for f in INVENTORY)
