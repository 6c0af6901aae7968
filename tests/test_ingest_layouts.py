"""The inventory of layouts (tests/ingest_forms/LAYOUTS.md, fourteenth round of issue 13), read as a table of tests.

Each row of the inventory is a whole small synthetic protocol (its lines joined by ` ⏎ `) laid out as one template
or medium lays a protocol out (a table, a mail, a Teams note, a scanned page, a PDF's columns), with the facts it
must give, separated by ` ; `:

- `present: A, B` — exactly these are listed as attending; `absent: C, D` — these are in the draft's absent people;
- `items: 1 Title, 2 Title` — the items read, in order, numbered (`- Title` for an unnumbered one);
- `presenter@K: Name` — the K-th item read (1-based) has this presenter;
- `decision@K` or `decision@K: kind` — a decision stands within the K-th item's lines (of that kind);
- `amount@K: 250000, 100000` — exactly these sums (kronor) stand within the K-th item's lines (and, besides,
  at most the total of them the draft adds when the parts name none).

`⏎` breaks the line (`⏎ ⏎` leaves a blank line), `⇥` is a tab (a column of a Word table or a PDF's text).

A layout the rules do not read is marked with its reason (` !! ...`) and is a strict xfail, so the inventory stays
honest. The row is counted under the kind of its section (the facts of its own dimension); its other facts hold
the layout to a whole reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from graph.ingest.extract_model import Extraction
from graph.ingest.pipeline import Context

from .test_ingest_structure import extract

LAYOUTS = Path(__file__).parent / "ingest_forms" / "LAYOUTS.md"
KINDS = ("attendance", "items", "presenters", "decisions", "amounts")


@dataclass(frozen=True)
class Layout:
    kind: str
    text: str
    facts: tuple[tuple[str, str], ...]
    xfail: str | None
    line: int

    @property
    def protocol(self) -> str:
        return "\n".join(r.strip(" ").replace("⇥", "\t") for r in self.text.split("⏎")) + "\n"


def read_inventory(path: Path = LAYOUTS) -> list[Layout]:
    out: list[Layout] = []
    kind: str | None = None
    for i, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if raw.startswith("## "):
            kind = raw[3:].strip()
            assert kind in KINDS, f"LAYOUTS.md:{i}: unknown kind {kind!r}"
            continue
        if kind is None or not raw.startswith("+ "):
            continue
        body, _, reason = raw[2:].partition(" !! ")
        text, sep, expected = body.partition(" → ")
        assert sep, f"LAYOUTS.md:{i}: a layout needs ' → FACTS'"
        facts = []
        for fact in expected.split(" ; "):
            key, _, value = fact.partition(":")
            facts.append((key.strip(), value.strip()))
        out.append(Layout(kind, text.strip(), tuple(facts), reason.strip() or None, i))
    return out


INVENTORY = read_inventory()


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _item(ex: Extraction, key: str):
    k = int(key.partition("@")[2])
    return ex.items[k - 1] if 0 < k <= len(ex.items) else None


def misses(ex: Extraction, layout: Layout) -> list[str]:
    """The facts of the row the draft does not give (empty: the layout is read)."""
    bad: list[str] = []
    for key, value in layout.facts:
        ok: bool
        if key == "present":
            ok = {e.name for lst in ex.attendance for e in lst.entries} == set(_split(value))
        elif key == "absent":
            gone = {e.name for e in ex.absent}
            ok = all(n in gone for n in _split(value))
        elif key == "items":
            want = []
            for v in _split(value):
                n, _, title = v.partition(" ")
                want.append((None if n == "-" else int(n), title))
            ok = [(it.n, it.title) for it in ex.items] == want
        elif key.startswith("presenter@"):
            it = _item(ex, key)
            ok = it is not None and all(n in [p for p, _ in it.presenters] for n in _split(value))
        elif key.startswith("decision@"):
            it = _item(ex, key)
            got = [] if it is None else [d for d in ex.decisions
                                         if it.lines[0] <= d.lines[0] <= it.lines[1]]
            ok = bool(got) and (not value or any(d.kind == value for d in got))
        elif key.startswith("amount@"):
            it = _item(ex, key)
            got = [] if it is None else [a.amount for a in ex.amounts if it.lines[0] <= a.line <= it.lines[1]]
            want = [int(v.replace(" ", "")) for v in _split(value)]
            # exactly these, but for the total the draft adds of parts that name none (the project's convention)
            ok = set(want) <= set(got) and set(got) - set(want) <= {sum(want)}
        else:
            raise AssertionError(f"LAYOUTS.md:{layout.line}: unknown fact {key!r}")
        if not ok:
            bad.append(key)
    return bad


def _param(layout: Layout):
    marks = [pytest.mark.xfail(strict=True, reason=layout.xfail)] if layout.xfail else []
    return pytest.param(layout, marks=marks, id=f"{layout.kind}-L{layout.line}")


@pytest.mark.parametrize("layout", [_param(la) for la in INVENTORY])
def test_the_layout_is_read_as_it_says(ctx: Context, layout: Layout) -> None:
    ex = extract(ctx, layout.protocol)
    assert not misses(ex, layout), layout.protocol


def test_the_inventory_is_broad() -> None:
    per_kind = {k: sum(1 for la in INVENTORY if la.kind == k) for k in KINDS}
    assert sum(per_kind.values()) >= 40
    assert all(n >= 6 for n in per_kind.values()), per_kind
