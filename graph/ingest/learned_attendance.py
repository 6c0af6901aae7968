"""Attendance lines read by a model learned from answer keys, where no rule read the line as one.

The rules find a list of those present by its heading, its label or its sentence ("Närvarande:", "Deltagare",
"Vid mötet deltog ...") and read each line under it. A list whose heading or layout no rule knows is read by none of
them: on text the rules had not been tuned on, a third of the attendance was missed, most of it on lines no rule
took (tests/ingest_corpus/ROUNDS.md, 41st and 42nd rounds). This module holds a logistic regression over the shape
of a line and of its neighbours (`line_features`: a name's shape first and a known given name, commas, an
organisation's word, a party in brackets, lower-case words, how it ends, columns, a number, its place in the
document; none of the rules' readings), trained on the answer keys of the test corpus: every line of a document,
labelled by whether the key has an attendance entry on it.

After the rules, `taken_lines` gives the lines the model takes for an attendance line with probability at least
`THRESHOLD` that the rules read as no attendance, absence or layout; the extractor reads each with the
rules' own entry reader (its name, organisation, role), in the list of the nearest list above it. Each such entry
carries its probability (`Entry.learned`): the draft notes it and the review counts it, to be checked.

The model is data (`attendance_model.json`, made by `tests/ingest_corpus/train_decisions.py` beside the decision
model, from the same parts: those a tuner opened and the generated protocols the rules were tuned on; the parts
never opened stay out of it, so their figures stay a measure of unseen text). Nothing is fitted at run time.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..names import fold
from .learned_fit import common, kept, probability, sgd
from .names_found import GIVEN_NAMES

MODEL_FILE = Path(__file__).with_name("attendance_model.json")
#: the least probability at which a line no rule read as attendance is read as one (the 41st round's check on the
#: 15 parts the rules of their time had not been tuned on: at 0.95, 54 entries added, 52 with the right name; at
#: 0.8 more entries, of which more were wrong)
THRESHOLD = 0.95
#: a feature counts where at least this many training lines have it
LEAST_ROWS = 5
#: what the rules read a line as that keeps it from the model: a list's or an absence's line, layout (a line read as
#: anything else, prose, a table's row, a person's mention, a heading, may be a list line no rule knew as one)
RULED = frozenset({"attendance", "absent", "layout", "blank"})

_NAME = re.compile(r"^[\s•\-*·]*(?:[a-zåäö]+\s+){0,2}([A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)\s+"
                   r"([A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)")
_ORG_WORD = re.compile(r"kommun|region|län|förbund|forbund|förening|landsting|universitet|kansli|förvaltning", re.I)
_PARTY = re.compile(r"\((?:S|M|C|V|L|KD|MP|SD)\)")


def _shape(text: str) -> set[str]:
    """The shape of one line: what a list line of people has, and what prose, headings and tables have."""
    s = text.strip()
    if not s:
        return {"blank"}
    out: set[str] = set()
    if m := _NAME.match(s):
        out.add("name")
        if fold(m.group(1)) in GIVEN_NAMES:
            out.add("given")
        if m.start(1) > len(s) - len(s.lstrip()) + 2:
            out.add("titled")
    out.add(f"c={min(s.count(','), 4)}")
    if _ORG_WORD.search(s):
        out.add("org")
    if _PARTY.search(s):
        out.add("party")
    if "(" in s:
        out.add("paren")
    words = s.split()
    out.add("n=" + ("1" if len(words) <= 1 else "s" if len(words) <= 4 else "m" if len(words) <= 9 else "l"))
    low = sum(1 for w in words if w[:1].islower())
    out.add("low=" + ("0" if low == 0 else "1" if low <= 2 else "m"))
    if s.endswith(":"):
        out.add("colon")
    if s.endswith("."):
        out.add("stop")
    if s.endswith(","):
        out.add("comma_end")
    if re.search(r"\d", s):
        out.add("digit")
    if re.match(r"^(?:§|\d+[.)]?\s)", s):
        out.add("numbered")
    if re.search(r"\s{3,}", s):
        out.add("cols")
    out.add("fw=" + (fold(words[0])[:12] if words else ""))
    return out


def line_features(lines: Sequence[str]) -> list[frozenset[str]]:
    """Each line's features: its shape, the shapes of the line before, the one after and the one two before (the
    first word of the line before too: a heading's word), and its place in the document by fifths."""
    shapes = [_shape(t) for t in lines]
    n = len(lines)
    out: list[frozenset[str]] = []
    for i in range(n):
        f = {"bias"} | {"s_" + x for x in shapes[i]}
        for d, tag in ((-1, "p"), (1, "x"), (-2, "pp")):
            j = i + d
            if 0 <= j < n:
                f |= {f"{tag}_{x}" for x in shapes[j] if not x.startswith("fw=") or tag == "p"}
            else:
                f.add(f"{tag}_none")
        f.add(f"at={min(4, int(5 * i / max(n, 1)))}")
        out.append(frozenset(f))
    return out


@dataclass(frozen=True)
class AttendanceModel:
    """The learned model: whether a line is a line of an attendance list (`weights`)."""

    weights: dict[str, float]
    trained_on: tuple[str, ...] = ()
    rows: int = 0
    positives: int = 0
    threshold: float = THRESHOLD

    def probability(self, feats: Iterable[str]) -> float:
        """How likely a line of these features names one present."""
        return probability(self.weights, feats)

    def to_json(self) -> str:
        return json.dumps({"trained_on": list(self.trained_on), "rows": self.rows, "positives": self.positives,
                           "threshold": self.threshold, "weights": self.weights},
                          ensure_ascii=False, indent=0, sort_keys=True, separators=(",", ":")) + "\n"

    @classmethod
    def from_json(cls, text: str) -> AttendanceModel:
        data = json.loads(text)
        return cls(data["weights"], tuple(data["trained_on"]), data["rows"], data["positives"], data["threshold"])


def fit(rows: Sequence[tuple[frozenset[str], bool]], trained_on: Sequence[str] = (),
        least: int = LEAST_ROWS) -> AttendanceModel:
    """The model fitted to lines labelled by whether the key has an attendance entry on them."""
    feats = common([r for r, _ in rows], least)
    weights = sgd(feats, [1 if on else 0 for _, on in rows])
    return AttendanceModel(kept(weights), tuple(trained_on), len(rows), sum(1 for _, on in rows if on))


@functools.cache
def shipped_model() -> AttendanceModel | None:
    """The model shipped with the package; None where it is missing (then the rules read alone)."""
    return AttendanceModel.from_json(MODEL_FILE.read_text(encoding="utf-8")) if MODEL_FILE.exists() else None


def taken_lines(model: AttendanceModel, lines: Sequence[str], used: Mapping[int, str]) -> list[tuple[int, float]]:
    """The lines (1-based) the model takes for attendance lines at `model.threshold` or above, but those the rules read
    as attendance, absence or layout (`RULED`), each with its probability."""
    out: list[tuple[int, float]] = []
    for i, feats in enumerate(line_features(lines)):
        if used.get(i + 1) not in RULED and lines[i].strip() and (p := model.probability(feats)) >= model.threshold:
            out.append((i + 1, round(p, 2)))
    return out
