"""The organisation a sentence of running text names for a person it mentions, in the forms a report or a prose
protocol writes it where no list's "Name, Organisation" stands:

- after the name: "Sanna Julin från SKR visade ...", "Lena Holm var med från Kommunförbundet", "Margit Ek
  (Kommunförbundet i Kalmar län) om ...", "Karin Berg (hemsjukvården Hultsfreds kommun)", "Tobias Ek, enhetschef på
  Jobbtorg Kalmar, ..." (a title of a few words, then "på", "vid", "hos", "i", "inom" or "från");
- shared by a pair joined by "och" or "samt": "Jimmy Holm och Julia Ek från Nybro kommun", "Lena Holm och Niklas
  Ek, Kommunförbundet i Kalmar län.";
- before the run of names it opens: "och från regionen Julia Ek och Jimmy Lund.", "Från Anhörigföreningen i Kalmar
  län: Gun Lind och Arne Holm.", "Från regionen deltog Mats Ek och Malin Berg", a clause or a title of one of them
  between ("från regionen Sofia Holm, som ledde mötet, Mats Ek och Jan Lund");
- in the genitive before a title: "Region Kalmar läns barnrättssamordnare Kristin Holm".

Only an organisation the resolver knows by the words as written (not a group, a presidium or a series of meetings:
a body one is a member of, not one's employer), never a guess; the entry reader's own reading of the words after the
name comes first (this is asked only where it found no organisation and no capacity).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .orgs import OrgMatch

#: the kinds of organisation a person in a sentence is "from" (an employer, an association, an authority)
ORG_TYPES = frozenset({"kommun", "unit", "external", "region", "kommunforbund", "gymnasieforbund"})
#: the least score of the resolver's match: the words as written, or a scan's damage to them
LEAST_SCORE = 0.95

Resolve = Callable[[str], "OrgMatch | None"]
Types = Callable[[str], "str | None"]

_WORD = r"[\wåäöÅÄÖéÉü-]+"
_FROM = re.compile(r"\s+(?:(?:var|fanns|deltog)\s+(?:med\s+)?|medverkade\s+|närvarade\s+)?fr[åa]n\s+(?=\S)")
_TITLE_THEN_PREP = re.compile(rf"\s*,\s*((?:{_WORD}\s+){{0,3}}{_WORD})\s+(?:på|pa|vid|hos|i|inom|från|fran)\s+(?=\S)")
_BRACKET = re.compile(r"\s*\(([^()]{2,80})\)")
_JOIN = re.compile(r"\s+(?:och|samt)\s+")
_BEFORE_RUN = re.compile(rf"(?:^|[\s,(])(?:[Ff]r[åa]n)\s+((?:{_WORD}\s+){{0,5}}{_WORD})"
                         r"(?:\s*:|\s+(?:deltog|medverkade|närvarade|var|fanns|kom))?\s*$")
_GENITIVE_TITLE = re.compile(rf"((?:{_WORD}\s+){{0,4}}{_WORD})s\s+[a-zåäö][\wåäö-]+\s+$")
# (a title's words are no verb of a clause: "Anna Holm, som bor i Kalmar", "Per Ek, vars mor bor i")
_NO_TITLE = re.compile(r"\b(?:som|vars|vilken|vilket|där|bor|bodde|arbetar|jobbar|har|hade|är|var)\b", re.I)


def _known(text: str, resolve: Resolve, types: Types) -> OrgMatch | None:
    m = resolve(text)
    return m if m is not None and m.score >= LEAST_SCORE and types(m.id) in ORG_TYPES else None


def org_words(text: str, resolve: Resolve, types: Types) -> tuple[OrgMatch, str] | None:
    """The organisation the words at the start of `text` name, up to a stop: the longest run of up to seven words the
    resolver knows as written (and the words so read)."""
    head = re.split(r"[,.;:()!?–—]|\s-\s", text.lstrip(), maxsplit=1)[0]
    words = head.split()[:7]
    for n in range(len(words), 0, -1):
        said = " ".join(words[:n])
        if (m := _known(said, resolve, types)) is not None:
            return m, said
    return None


def _bracketed(inside: str, resolve: Resolve, types: Types) -> tuple[OrgMatch, str] | None:
    """An organisation in brackets after a name, with the unit before it or not ("hemsjukvården Hultsfreds kommun")."""
    words = inside.split()
    for i in range(0, min(3, len(words))):
        said = " ".join(words[i:])
        if (m := _known(said, resolve, types)) is not None:
            return m, said
    return None


def _after(rest: str, resolve: Resolve, types: Types, comma: bool) -> tuple[OrgMatch, str] | None:
    """The organisation the words right after a name give it (`comma`: also "Name, Organisation", the entry reader's
    own form, asked of the second of a pair)."""
    if (b := _BRACKET.match(rest)) is not None:
        return _bracketed(b.group(1), resolve, types)
    if (f := _FROM.match(rest)) is not None:
        return org_words(rest[f.end():], resolve, types)
    if (t := _TITLE_THEN_PREP.match(rest)) is not None and not _NO_TITLE.search(t.group(1)) \
            and (titled := org_words(rest[t.end():], resolve, types)) is not None:
        return titled
    if comma and (c := re.match(r"\s*,\s*(?=\S)", rest)) is not None:
        return org_words(rest[c.end():], resolve, types)
    return None


def prose_org(text: str, spans: Sequence[tuple[int, int]], i: int, resolve: Resolve, types: Types) \
        -> tuple[OrgMatch, str] | None:
    """The organisation a sentence names for the i-th of the names found in `text` (`spans`: where each starts and
    ends, in order), in the forms of running text (the module's doc), with the words naming it; None where it names
    none."""
    start, end = spans[i]
    nxt = spans[i + 1][0] if i + 1 < len(spans) else len(text)
    if (own := _after(text[end:nxt], resolve, types, comma=False)) is not None:
        return own
    # (the second of a pair, its organisation after it: "A och B från Nybro kommun", "A och B, Region Kalmar län.")
    if i + 1 < len(spans) and _JOIN.fullmatch(text[end:nxt]):
        after_next = spans[i + 2][0] if i + 2 < len(spans) else len(text)
        if (shared := _after(text[spans[i + 1][1]:after_next], resolve, types, comma=True)) is not None:
            return shared
    # (the run of names this one closes, its organisation before its first name: "från regionen A och B")
    first = i
    # (a clause or a title of the one before between them: "från regionen A, som ledde mötet, B och C", "A,
    # ordförande, B och C"; not an organisation of its own, in capitals: "A, Kalmar kommun, B")
    while first > 0 and re.fullmatch(r"\s*,\s*(?:[a-zåäö][^,()]{0,40}?\s*,\s*)?|\s+(?:och|samt)\s+",
                                     text[spans[first - 1][1]:spans[first][0]]):
        first -= 1
    before = text[spans[first - 1][1] if first > 0 else 0:spans[first][0]]
    if (f := _BEFORE_RUN.search(before)) is not None and (m := _known(f.group(1), resolve, types)) is not None:
        return m, f.group(1)
    if first == i and (g := _GENITIVE_TITLE.search(before)) is not None:
        words = g.group(1).split()
        for k in range(len(words)):
            said = " ".join(words[k:])
            if said[:1].isupper() and (m := _known(said, resolve, types)) is not None:
                return m, said
    return None
