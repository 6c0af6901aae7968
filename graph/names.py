"""One person, one IRI: reconcile the spellings of people's names across documents.

The rule (documented in the README, tested in tests/test_names.py):

1. *Fold* a name: Unicode-decompose, drop accents and diacritics (å->a, ö->o, é->e, í->i),
   lower-case, keep only letters, digits, spaces and hyphens.
2. Two spellings name the same person when their folded words are equal as a set
   (word order does not matter: "Anna Trofast Hasselbom" = "Anna Hasselbom Trofast"), or
3. when they have the same number of words, the same folded given name (first word), and the
   other words differ by at most one edit in total (insert, delete, substitute or swap one
   letter) in a word of at least five letters — the size of the OCR damage seen in the sources
   ("Rosenqyvist", "Foéghner", "Winsth"). Given names must match exactly after folding, so
   Mathias, Mikael and Katrin Karlsson stay three people.
4. The canonical spelling is chosen among the spellings seen in clean documents where there are
   any (else among all): most å/ä/ö first, then the most frequent, then the first seen (by document
   date, then line). A word written all in lower case gets its capital back. Every other spelling
   is kept: as skos:altLabel when it comes from a clean document and differs in more than case,
   else as skos:hiddenLabel (OCR damage, case).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

_SWEDISH = set("åäöÅÄÖ")


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


def _edits(a: str, b: str) -> int:
    """Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps)."""
    if a == b:
        return 0
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def same_person(a: str, b: str) -> bool:
    """Whether two spellings name the same person, by the rule in this module's docstring."""
    wa, wb = fold(a).split(), fold(b).split()
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
        total += _edits(x, y)
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


def reconcile(mentions: Iterable[Mention]) -> list[Person]:
    """Group mentions into people (union of pairwise same_person) and name each canonically."""
    all_mentions = list(mentions)
    spellings = sorted({m.spelling for m in all_mentions})
    parent = {s: s for s in spellings}

    def find(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    for i, a in enumerate(spellings):
        for b in spellings[i + 1:]:
            if same_person(a, b):
                parent[find(b)] = find(a)
    groups: dict[str, list[Mention]] = {}
    for m in all_mentions:
        groups.setdefault(find(m.spelling), []).append(m)
    people = [Person(name=_canonical(ms), mentions=sorted(ms)) for ms in groups.values()]
    return sorted(people, key=lambda p: slug(p.name))
