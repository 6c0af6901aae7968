"""One person, one IRI: reconcile the spellings of people's names across documents.

The rule (documented in the README, tested in tests/test_names.py):

1. *Fold* a name: Unicode-decompose, drop accents and diacritics (å->a, ö->o, é->e, í->i),
   lower-case, keep only letters, digits, spaces and hyphens.
2. Two spellings name the same person when their folded words are equal as a set
   (word order does not matter: "Anna Trofast Hasselbom" = "Anna Hasselbom Trofast"; the parts of a
   double name count as words whether joined by a hyphen or a space: "Ann Katrin Stahl" =
   "Ann-Katrin Ståhl"), or
3. when they have the same number of words, the same folded given name (first word), and the
   other words differ by at most one edit in total (insert, delete, substitute or swap one
   letter) in a word of at least five letters — the size of the OCR damage seen in the sources
   ("Rosenqyvist", "Foéghner", "Winsth"). Given names must match exactly after folding, so
   Mathias, Mikael and Katrin Karlsson stay three people.
   A record may overrule rules 2-3 for a pair of spellings (`not_same_as` on a person, the
   reconciliation decision of a coordinator): those two are never put into one person.
4. The canonical spelling is chosen among the spellings seen in clean documents where there are
   any (else among all): most å/ä/ö first, then the most frequent, then the first seen (by document
   date, then line). A word written all in lower case gets its capital back. Every other spelling
   is kept: as skos:altLabel when it comes from a clean document and differs in more than case,
   else as skos:hiddenLabel (OCR damage, case).

Here too is the project's one edit distance: `edit_cost(a, b, costs)`, a weighted alignment whose
prices (`EditCosts`) each caller sets — unit costs for the rule above (`edits`), OCR-aware prices in
graph/ingest/reconcile.py (scoring names) and graph/ingest/ocr_repair.py (repairing words). The rule
applied to the records (where they name people, the corpus's people) is graph/people.py.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

_SWEDISH = set("åäöÅÄÖ")
INF = float("inf")


@functools.lru_cache(maxsize=1 << 17)  # a pure function of its text; the ingest folds the same lines again and again
def fold(name: str) -> str:
    """Accent-free, lower-case, punctuation-free form of a name (spaces and hyphens kept)."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.lower()
    stripped = re.sub(r"[^a-z0-9\- ]+", " ", stripped)
    return re.sub(r"\s+", " ", stripped).strip()


def slug(text: str) -> str:
    """An IRI-safe, readable slug: 'Anna Hasselbom Trofast' -> 'anna-hasselbom-trofast'."""
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", fold(text))).strip("-")


@dataclass(frozen=True)
class EditCosts:
    """The price of each edit that turns one spelling into another; None: that edit is not allowed.

    `substitute(x, y)` reads letter x as letter y (equal letters included, usually free); `delete(x)`
    loses a letter; `insert(y)` adds one; `swap` exchanges two adjacent letters; `shapes(x)` gives the
    strings a letter may be read as, with their prices (OCR reading "ö" as "oé").
    """

    substitute: Callable[[str, str], float | None]
    delete: Callable[[str], float | None]
    insert: Callable[[str], float | None]
    swap: float | None = None
    shapes: Callable[[str], Iterable[tuple[str, float]]] = lambda _letter: ()


@functools.lru_cache(maxsize=1 << 16)  # a pure function of its arguments (costs by identity); names repeat
def edit_cost(a: str, b: str, costs: EditCosts) -> float:
    """The cheapest price of turning `a` into `b` with the edits `costs` allows (inf if none do).

    One weighted alignment for every edit distance in the project: the spelling rule's (UNIT_EDITS),
    the ingest's name score (graph/ingest/reconcile.py) and its OCR repair (graph/ingest/ocr_repair.py).
    """
    n, m = len(a), len(b)
    substitute, delete, insert, swap, shapes = costs.substitute, costs.delete, costs.insert, costs.swap, costs.shapes
    dp = [[INF] * (m + 1) for _ in range(n + 1)]
    dp[0][0] = 0.0
    for i in range(n + 1):
        row = dp[i]
        x, below = (a[i], dp[i + 1]) if i < n else ("", row)
        x_shapes = tuple(shapes(x)) if x else ()
        x_delete = delete(x) if x else None
        for j in range(m + 1):
            cur = row[j]
            if cur == INF:
                continue
            if x:
                if j < m:
                    c = substitute(x, b[j])
                    if c is not None and cur + c < below[j + 1]:
                        below[j + 1] = cur + c
                    if (swap is not None and i + 1 < n and j + 1 < m and x == b[j + 1] and a[i + 1] == b[j]
                            and cur + swap < dp[i + 2][j + 2]):
                        dp[i + 2][j + 2] = cur + swap
                for shape, c in x_shapes:
                    k = len(shape)
                    if b[j:j + k] == shape and cur + c < below[j + k]:
                        below[j + k] = cur + c
                if x_delete is not None and cur + x_delete < below[j]:
                    below[j] = cur + x_delete
            if j < m:
                c = insert(b[j])
                if c is not None and cur + c < row[j + 1]:
                    row[j + 1] = cur + c
    return dp[n][m]


#: Optimal string alignment (Damerau-Levenshtein with adjacent swaps): every edit costs one.
UNIT_EDITS = EditCosts(substitute=lambda x, y: 0.0 if x == y else 1.0, delete=lambda _x: 1.0,
                       insert=lambda _y: 1.0, swap=1.0)


def edits(a: str, b: str) -> int:
    """The number of edits (insert, delete, substitute or swap one letter) between two words."""
    return 0 if a == b else int(edit_cost(a, b, UNIT_EDITS))


@functools.lru_cache(maxsize=1 << 16)  # a pure function of its words (the matcher asks of the same given names often)
def within_edits(a: str, b: str, most: int) -> bool:
    """Whether two words are at most `most` edits apart: `edits(a, b) <= most`, the alignment left out where the
    letters alone show more (each edit mends at most one letter the shorter word lacks; a swap mends none)."""
    if abs(len(a) - len(b)) > most:
        return False
    if max(len(a), len(b)) - sum((Counter(a) & Counter(b)).values()) > most:
        return False
    return edits(a, b) <= most


def same_person(a: str, b: str) -> bool:
    """Whether two spellings name the same person, by the rule in this module's docstring."""
    wa, wb = fold(a).replace("-", " ").split(), fold(b).replace("-", " ").split()
    if sorted(wa) == sorted(wb):
        return True
    if len(wa) != len(wb) or len(wa) < 2 or wa[0] != wb[0]:
        return False
    rest_a, rest_b = sorted(wa[1:]), sorted(wb[1:])
    total = 0
    for x, y in zip(rest_a, rest_b, strict=True):
        if x == y:
            continue
        if min(len(x), len(y)) < 5:
            return False
        total += edits(x, y)
        if total > 1:
            return False
    return total == 1


def recapitalise(name: str) -> str:
    """Give an all-lower-case word its capital back ('Lena sjöstrand' -> 'Lena Sjöstrand')."""

    def fix(word: str) -> str:
        return "-".join(p[:1].upper() + p[1:] if p.islower() else p for p in word.split("-"))

    return " ".join(fix(w) for w in name.split())


@dataclass(frozen=True, order=True)
class Mention:
    """A spelling of a person's name at a place in a source document."""

    order: tuple[str, int]  # (document date, line): what "first seen" means
    spelling: str
    document: str
    clean: bool


@dataclass
class Person:
    """A reconciled person: canonical name, every spelling seen, where they were seen."""

    name: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def spellings(self) -> list[str]:
        return sorted({m.spelling for m in self.mentions})

    def label_kind(self, spelling: str) -> str | None:
        """'alt' or 'hidden' for a variant spelling; None for the canonical one."""
        if spelling == self.name:
            return None
        clean = any(m.clean for m in self.mentions if m.spelling == spelling)
        if clean and spelling.lower() != self.name.lower():
            return "alt"
        return "hidden"

    @property
    def documents(self) -> list[str]:
        return sorted({m.document for m in self.mentions})


def _canonical(mentions: list[Mention]) -> str:
    pool = [m for m in mentions if m.clean] or mentions
    counts = Counter(m.spelling for m in pool)
    first = {}
    for m in sorted(pool):
        first.setdefault(m.spelling, m.order)

    def score(spelling: str) -> tuple[int, int, tuple[str, int]]:
        swedish = sum(ch in _SWEDISH for ch in spelling)
        return (-swedish, -counts[spelling], first[spelling])

    return recapitalise(min(counts, key=score))


def reconcile(mentions: Iterable[Mention], apart: Iterable[tuple[str, str]] = ()) -> list[Person]:
    """Group mentions into people (union of pairwise same_person) and name each canonically; two
    spellings of a pair in `apart` never end up in one person."""
    all_mentions = list(mentions)
    spellings = sorted({m.spelling for m in all_mentions})
    parent = {s: s for s in spellings}
    kept_apart = [(a, b) for a, b in apart if a in parent and b in parent]

    def find(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    def may_join(ra: str, rb: str) -> bool:
        return not any({find(x), find(y)} == {ra, rb} for x, y in kept_apart)

    for i, a in enumerate(spellings):
        for b in spellings[i + 1:]:
            if same_person(a, b) and (ra := find(a)) != (rb := find(b)) and (not kept_apart or may_join(ra, rb)):
                parent[rb] = ra
    groups: dict[str, list[Mention]] = {}
    for m in all_mentions:
        groups.setdefault(find(m.spelling), []).append(m)
    people = [Person(name=_canonical(ms), mentions=sorted(ms)) for ms in groups.values()]
    return sorted(people, key=lambda p: slug(p.name))
