"""The shape of a line, and a model learned over it from the answer keys (learned_attendance.py).

A line's features (`line_features`) are its shape and its neighbours' (a name's shape first and a known given name,
commas, an organisation's word, a party in brackets, lower-case words, how it ends, columns, a number or a "§" first,
its place in the document by fifths); none of the rules' readings. A `LineModel` is a logistic regression over them
(fitted by learned_fit.py), stored as JSON with the parts it was trained on and the least probability at which a
line is taken. Nothing is fitted at run time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..names import fold
from .learned_fit import common, kept, probability, sgd
from .names_found import GIVEN_NAMES

#: a feature counts where at least this many training lines have it
LEAST_ROWS = 5

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
class LineModel:
    """A learned model of lines: whether a line is of one kind (an attendance entry's line)."""

    weights: dict[str, float]
    trained_on: tuple[str, ...] = ()
    rows: int = 0
    positives: int = 0
    threshold: float = 0.95

    def probability(self, feats: Iterable[str]) -> float:
        """How likely a line of these features is of the model's kind."""
        return probability(self.weights, feats)

    def to_json(self) -> str:
        return json.dumps({"trained_on": list(self.trained_on), "rows": self.rows, "positives": self.positives,
                           "threshold": self.threshold, "weights": self.weights},
                          ensure_ascii=False, indent=0, sort_keys=True, separators=(",", ":")) + "\n"

    @classmethod
    def from_json(cls, text: str) -> LineModel:
        data = json.loads(text)
        return cls(data["weights"], tuple(data["trained_on"]), data["rows"], data["positives"], data["threshold"])


def fit(rows: Sequence[tuple[frozenset[str], bool]], threshold: float, trained_on: Sequence[str] = (),
        least: int = LEAST_ROWS) -> LineModel:
    """The model fitted to lines labelled by whether they are of its kind (the key has a fact of it on them)."""
    feats = common([r for r, _ in rows], least)
    weights = sgd(feats, [1 if on else 0 for _, on in rows])
    return LineModel(kept(weights), tuple(trained_on), len(rows), sum(1 for _, on in rows if on), threshold)
