"""A scored name matcher around the project's reconciliation rule (graph/names.py).

`same_person()` is the rule the build applies; ingest needs more: a confidence, the candidates
when it is unsure, and tolerance of the OCR damage a scan does to names (a diacritic letter read as
its plain letter or as another shape, "Göransson" as "Géransson"; a stray mark). The score:

- 1.0: the folded words are equal as a set (accents, case, word order);
- 0.95: `same_person()` holds (one edit in a long surname);
- otherwise words are aligned order-free and priced: an OCR-type edit of a diacritic letter
  0.125, a stray mark 0.3, any other edit 1.0 (a cost of 1 takes 0.4 off the score). The given name
  may only carry OCR-type damage: another given name caps the score at 0.5, so Mathias, Mikael and
  Katrin Karlsson stay three people. A missing middle name ("Maria Karlsson" for "Maria Minich
  Karlsson") scores 0.75: a candidate to review, not a match.

A spelling matches a known person at 0.9 and above; between 0.7 and 0.9 it is "uncertain" and the
candidates are listed; below, the person is new. Two known people within 0.05 of each other at the
top make a match uncertain too.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass, field

from ..names import EditCosts, edit_cost, edits, fold, same_person
from ..people import People
from .ocr_repair import DIACRITIC_SHAPES, STRAY

MATCH = 0.9
CANDIDATE = 0.7


@functools.cache
def _folded_letter(letter: str) -> str:
    return fold(letter)


def _same_letter(x: str, y: str) -> float:
    fx = _folded_letter(x)
    return 0.0 if fx == _folded_letter(y) and fx != "" else 1.0


@functools.cache
def _name_shapes(letter: str) -> tuple[tuple[str, float], ...]:
    return tuple((shape.lower(), 0.125) for shape in DIACRITIC_SHAPES.get(letter, ()))


#: Reading a name: a letter with the same folded form is free, an OCR shape of a diacritic letter
#: 0.125, a stray mark 0.3, any other edit (swap included) 1.
NAME_EDITS = EditCosts(substitute=_same_letter, delete=lambda _x: 1.0,
                       insert=lambda y: 0.3 if y in STRAY else 1.0, swap=1.0, shapes=_name_shapes)


def _word_cost(known: str, seen: str) -> float:
    """Price of reading the known word as the seen one (lower case, accents kept)."""
    if fold(known) == fold(seen):
        return 0.0
    return edit_cost(known, seen, NAME_EDITS)


def _words(name: str) -> list[str]:
    return [w for w in name.lower().replace(",", " ").split() if any(ch.isalpha() for ch in w)]


def name_score(known: str, seen: str) -> float:
    """How sure we are that `seen` is a spelling of the person spelled `known` (0..1); the words of
    `seen` may come in any order ("Wahlström Cecilia")."""
    fk, fs = fold(known).split(), fold(seen).split()
    if not fk or not fs:
        return 0.0
    if sorted(fk) == sorted(fs):
        return 1.0
    if same_person(known, seen):
        return 0.95
    wk, ws = _words(known), _words(seen)
    if not wk or not ws or len(ws) > 5:
        return 0.0
    best = _ordered_score(wk, ws)
    for i in range(1, len(ws)):  # another word of `seen` as the given name
        best = max(best, _ordered_score(wk, [ws[i], *ws[:i], *ws[i + 1:]]))
    return best


def _ordered_score(wk: list[str], ws: list[str]) -> float:
    given = _word_cost(wk[0], ws[0])
    rest_k, rest_s = wk[1:], ws[1:]
    missing = 0
    if len(rest_k) != len(rest_s):
        missing = abs(len(rest_k) - len(rest_s))
        if missing > 1 or not rest_k or not rest_s:
            return 0.0
    best = float("inf")
    short, long_ = (rest_s, rest_k) if len(rest_s) <= len(rest_k) else (rest_k, rest_s)
    for perm in itertools.permutations(long_, len(short)):
        total = sum(_word_cost(a, b) if short is rest_s else _word_cost(b, a) for a, b in zip(perm, short, strict=True))
        best = min(best, total)
    # hard edits in short words are another name, not damage ("Berg"/"Borg")
    score = 1.0 - 0.4 * (best + given) - 0.25 * missing
    if given > 0.5:
        score = min(score, 0.5)
    if missing and best > 0:
        score = min(score, 0.6)
    return max(0.0, min(score, 0.94))


@dataclass(frozen=True)
class Candidate:
    name: str          # the known person's canonical name
    score: float
    spelling: str      # the known spelling that scored best


@dataclass
class NameMatch:
    spelling: str
    status: str                     # known | uncertain | new
    person: str | None = None       # canonical name when known
    score: float = 0.0
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def confidence(self) -> float:
        """Confidence in the status: the match score for known, 1 - best score for new."""
        if self.status == "new":
            return round(1.0 - (self.candidates[0].score if self.candidates else 0.0), 2)
        return round(self.score, 2)


class PersonMatcher:
    """Match spellings against the people already in the graph."""

    def __init__(self, people: People | None) -> None:
        self.known: list[tuple[str, list[str]]] = []
        if people is not None:
            self.known = [(p.name, p.spellings) for p in people.people]
        self.given_names = {fold(s).split()[0] for _, spellings in self.known for s in spellings if fold(s).split()}
        self._cache: dict[str, NameMatch] = {}

    def match(self, spelling: str) -> NameMatch:
        if spelling in self._cache:
            return self._cache[spelling]
        scored: list[Candidate] = []
        words = fold(spelling).split() or [""]
        for name, spellings in self.known:
            best = Candidate(name, 0.0, name)
            for sp in spellings:
                # cheap filter: the known given name must be close to some word of the spelling
                kfirst = fold(sp).split()[:1]
                if kfirst and all(edits(kfirst[0], w) > 3 for w in words):
                    continue
                s = name_score(sp, spelling)
                if s > best.score:
                    best = Candidate(name, round(s, 3), sp)
            if best.score >= 0.5:
                scored.append(best)
        scored.sort(key=lambda c: (-c.score, c.name))
        top = scored[:3]
        if top and top[0].score >= MATCH and not (len(top) > 1 and top[1].score >= top[0].score - 0.05
                                                     and top[1].score >= MATCH):
            result = NameMatch(spelling, "known", top[0].name, top[0].score, top)
        elif top and top[0].score >= CANDIDATE:
            result = NameMatch(spelling, "uncertain", None, top[0].score, top)
        else:
            result = NameMatch(spelling, "new", None, top[0].score if top else 0.0, top)
        self._cache[spelling] = result
        return result

    def is_known(self, spelling: str) -> bool:
        return self.match(spelling).status == "known"
