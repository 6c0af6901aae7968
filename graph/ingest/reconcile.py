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
top make a match uncertain too. A spelling that differs from the known person's by more than
reading damage (a letter of its own, `is_variant`) is a match only with evidence beside the
spelling of what the document says of the person (organisation or role, below); without, it is at most "uncertain":
having attended with the known person's fellow members raises the score but is no such evidence, since a one-letter
neighbour sits with the same people (issue 13 point 3; the twenty-third round, after three merges on it in two
held-out parts).

Besides the spelling, what the document says of the person is evidence, weighed against what the
records tie the known person to (graph/people.py `Ties`): the employer (kommun, region, ... a unit
counts as the body it is part of) the same (+0.05) or another (-0.25: a spelling that differs AND an
employer that differs is never a match, at most "uncertain"; an identical name in another employer
-0.05, people change jobs; identical as written, a diacritic of the known spelling's lacking in a spelling that
has others another spelling: "Marie Löof" at one kommun is no "Marie Lööf" of another, the thirty-fifth round), a
role the known person holds (+0.03), attending (in one of the meeting's lists) with at least two of the people the
known person attended with before (+0.05). Every decision carries its evidence (`NameMatch.evidence`: reasons with
weights), and `reconcile_record` decides each person of a draft with the evidence the draft gives.

One meeting's attendance is evidence too: two entries of it whose spellings the project's rule
would take for one person ("Karin Albertz, Borgholms kommun" beside "Karin Albert, Kalmar kommun")
are two people when they stand in one list or the organisations differ (`apart_at_meeting`; the
draft keeps them apart with `not_same_as`), and a spelling whose best candidate is present at the same meeting
under a spelling that fits the candidate better is that candidate's neighbour: new, never a merge.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..names import EditCosts, edit_cost, fold, same_person, within_edits
from ..people import People, name_mentions
from .ocr_repair import DIACRITIC_SHAPES, STRAY

MATCH = 0.9
CANDIDATE = 0.7


@functools.cache
def _folded_letter(letter: str) -> str:
    return fold(letter)


def _same_letter(x: str, y: str) -> float:
    fx = _folded_letter(x)
    return 0.0 if fx == _folded_letter(y) and fx != "" else 1.0


#: In a name, besides the diacritic letters' shapes: an "i" read as one of OCR's strokes ("Chr1stina"); an "o" read
#: as a zero ("J0hanna") and an "l" as a one or a bar ("Ekho1m"): a digit in a name is reading damage, no letter of a
#: name of its own
_STROKES = {"i": ("1", "|", "l"), "o": ("0",), "l": ("1", "|")}


@functools.cache
def _name_shapes(letter: str) -> tuple[tuple[str, float], ...]:
    return tuple((shape.lower(), 0.125) for shape in DIACRITIC_SHAPES.get(letter, _STROKES.get(letter, ())))


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
    return [w for w in name.lower().replace(",", " ").replace("-", " ").split() if any(ch.isalpha() for ch in w)]


def _name_words(name: str) -> list[str]:
    """The folded words of a name, a double name's parts apart ("Ann-Katrin" = "Ann Katrin")."""
    return fold(name).replace("-", " ").split()


@functools.lru_cache(maxsize=1 << 17)  # a pure function of the two spellings; every document scores the same known ones
def name_score(known: str, seen: str) -> float:
    """How sure we are that `seen` is a spelling of the person spelled `known` (0..1); the words of
    `seen` may come in any order ("Wahlström Cecilia")."""
    fk, fs = _name_words(known), _name_words(seen)
    if not fk or not fs:
        return 0.0
    if sorted(fk) == sorted(fs):
        return 1.0
    if same_person(known, seen):
        return 0.95
    return _damage_score(known, seen)


def _damage_score(known: str, seen: str) -> float:
    """The score of `seen` as OCR damage of `known`, words in any order (no shortcut by the rule)."""
    wk, ws = _words(known), _words(seen)
    if not wk or not ws or len(ws) > 5:
        return 0.0
    best = _ordered_score(wk, ws)
    for i in range(1, len(ws)):  # another word of `seen` as the given name
        best = max(best, _ordered_score(wk, [ws[i], *ws[:i], *ws[i + 1:]]))
    return best


def _as_written(name: str) -> str:
    """A name as written, its case and a hyphen or space between double names no difference."""
    return re.sub(r"[\s-]+", " ", name.casefold()).strip()


def _diacritics(name: str) -> int:
    return sum(not ch.isascii() for ch in name)


def _identical_as_written(spelling: str, c: Candidate) -> bool:
    """A spelling scoring 1.0 against the candidate is the same name as written: with no diacritics at all (as a scan
    or a plain export writes every name, "Lena Sjostrand"), with as many as the known spelling or more ("Jabil Sevén"
    for "Jabil Seven"), or the known spelling or name itself; not one with its diacritics that lacks one of the known
    person's ("Marie Löof" for "Marie Lööf": at another employer a neighbour as likely as a slip)."""
    return spelling.isascii() or _diacritics(spelling) >= _diacritics(c.spelling) \
        or _as_written(spelling) in (_as_written(c.spelling), _as_written(c.name))


def is_variant(known: str, seen: str) -> bool:
    """Whether `seen` differs from the known spelling by more than reading damage (a diacritic letter
    read as another shape, a stray mark): a letter of its own, as a one-letter neighbour has."""
    if sorted(_name_words(known)) == sorted(_name_words(seen)):
        return False
    return _damage_score(known, seen) < MATCH


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


#: The weights of the evidence beside the spelling (see the module docstring).
SAME_EMPLOYER, OTHER_EMPLOYER, OTHER_EMPLOYER_SAME_NAME = 0.05, -0.25, -0.05
SAME_ROLE, CO_ATTENDANCE = 0.03, 0.05
PRESENT_AS_ANOTHER = -1.0


def apart_key(a: str, b: str) -> frozenset[str]:
    """The key of a pair of spellings kept apart (folded, order-free)."""
    return frozenset((fold(a), fold(b)))


def same_unless_apart(a: str, b: str, apart: Collection[frozenset[str]] = ()) -> bool:
    """The project's rule (`same_person`), except for a pair of spellings kept apart."""
    return same_person(a, b) and apart_key(a, b) not in apart


def _scan_key(name: str) -> str:
    """A name as a scan may write it, its misreadings made one: "rn" for "m", "0" for "o", "1" / "|" for "l"
    ("Marie Stjernstrorn" and "Marie Stjernstrom" one key)."""
    return fold(name).replace("0", "o").replace("1", "l").replace("|", "l").replace("rn", "m")


def same_in_document(a: str, b: str, apart: Collection[frozenset[str]] = ()) -> bool:
    """Two spellings of one document for one person: the project's rule (`same_person`), or the same name but for
    what a scan misreads ("Stjernstrorn" / "Stjernstrom", "R0sander" / "Rosander"); not a pair kept apart."""
    return (same_person(a, b) or _scan_key(a) == _scan_key(b)) and apart_key(a, b) not in apart


def apart_at_meeting(entries: Collection[tuple[str, str | None, int]]) -> set[frozenset[str]]:
    """Pairs of spellings of one meeting's attendance (name, organisation or capacity, list number)
    that the project's rule would take for one person but that are two: spelled differently, and in
    the same list (a list names a person once) or listed for different organisations (a one-letter
    neighbour beside the known person)."""
    out: set[frozenset[str]] = set()
    listed = list(dict.fromkeys(entries))
    for i, (a, org_a, list_a) in enumerate(listed):
        for b, org_b, list_b in listed[i + 1:]:
            if fold(a) == fold(b) or not same_person(a, b):
                continue
            if list_a == list_b or (org_a and org_b and org_a != org_b):
                out.add(apart_key(a, b))
    return out


def _differ_by_a_letter(a: str, b: str) -> bool:
    """Whether two spellings differ by more than reading damage either way (a letter of their own)."""
    return is_variant(a, b) and is_variant(b, a)


def apart_by_organisation(said: Mapping[str, Collection[str]], matcher: PersonMatcher | None = None,
                          ) -> set[frozenset[str]]:
    """Pairs of one document's spellings that the project's rule would take for one person but that its
    evidence keeps apart (`said`: per spelling, the organisations the document gives it, none included).
    Both spelled with a letter of their own (reading damage, "Göransson" as "Géransson", keeps them one)
    and either given different employers by the document, or one spelled exactly as a known person and
    the other given an employer the known person is not tied to: spelling AND organisation differ, so
    the exact spelling's known person is no evidence for the other (a unit counts as its body)."""
    def employers(orgs: Collection[str]) -> set[str]:
        return {e for o in orgs if (e := matcher.employer.get(o, o) if matcher else o)}

    out: set[frozenset[str]] = set()
    names = list(dict.fromkeys(said))
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if fold(a) == fold(b) or not same_person(a, b) or not _differ_by_a_letter(a, b):
                continue
            ea, eb = employers(said[a]), employers(said[b])
            if ea and eb and not ea & eb:
                out.add(apart_key(a, b))
                continue
            if matcher is None:
                continue
            for exact, other_orgs in ((a, eb), (b, ea)):
                m = matcher.match(exact)
                known = matcher.orgs_of.get(m.person or "", set()) if m.status == "known" and m.score >= 1.0 else set()
                if other_orgs and known and not other_orgs & known and not (ea & eb):
                    out.add(apart_key(a, b))
                # one spelled exactly as a known person, the other with a letter of its own (not reading
                # damage) and no employer shared with it or with the known person: a document that spells the
                # known person right does not misspell them by a letter of its own elsewhere, so the other is
                # a neighbour ("Lisa Holmkvarn" and "Lisa Hollmkvarn" signing side by side)
                if known and fold(exact) in {fold(s) for s in matcher.spellings_of(m.person or "")} \
                        and not (ea & eb) and not (other_orgs & known):
                    out.add(apart_key(a, b))
    return out


@dataclass(frozen=True)
class Evidence:
    """One reason for or against a match, with its weight (the spelling's: its score)."""

    reason: str
    weight: float

    def __str__(self) -> str:
        sign = "+" if self.weight >= 0 else "−"
        return f"{self.reason} ({sign}{abs(self.weight):.2f})"


@dataclass(frozen=True)
class Candidate:
    name: str          # the known person's canonical name
    score: float       # the spelling's score and the other evidence
    spelling: str      # the known spelling that scored best
    evidence: tuple[Evidence, ...] = ()


@dataclass
class NameMatch:
    spelling: str
    status: str                     # known | uncertain | new
    person: str | None = None       # canonical name when known
    score: float = 0.0
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def evidence(self) -> list[Evidence]:
        """The reasons for the decision: those weighed for the best candidate."""
        return list(self.candidates[0].evidence) if self.candidates else []

    @property
    def confidence(self) -> float:
        """Confidence in the status: the match score for known, 1 - best score for new."""
        if self.status == "new":
            return round(1.0 - (self.candidates[0].score if self.candidates else 0.0), 2)
        return round(self.score, 2)


class PersonMatcher:
    """Match spellings against the people already in the graph, with the evidence a document gives."""

    def __init__(self, people: People | None) -> None:
        self.known: list[tuple[str, list[str]]] = []
        if people is not None:
            self.known = [(p.name, p.spellings) for p in people.people]
        self.given_names = {fold(s).split()[0] for _, spellings in self.known for s in spellings if fold(s).split()}
        ties = people.ties if people is not None else None
        self.orgs_of: Mapping[str, set[str]] = ties.orgs if ties else {}
        self.roles_of: Mapping[str, set[str]] = ties.roles if ties else {}
        self.peers_of: Mapping[str, set[str]] = ties.peers if ties else {}
        self.employer: Mapping[str, str | None] = ties.employer if ties else {}
        self._cache: dict[tuple[str, frozenset[str], frozenset[str], frozenset[str]], NameMatch] = {}
        self._by_spelling: dict[str, list[Candidate]] = {}

    def _spelling_candidates(self, spelling: str) -> list[Candidate]:
        """The known people whose spellings score 0.5 or more against this one (by spelling alone)."""
        if spelling not in self._by_spelling:
            self._by_spelling[spelling] = self._score_spelling(spelling)
        return self._by_spelling[spelling]

    def _score_spelling(self, spelling: str) -> list[Candidate]:
        scored: list[Candidate] = []
        words = _name_words(spelling) or [""]
        for name, spellings in self.known:
            best = Candidate(name, 0.0, name)
            for sp in spellings:
                # cheap filter: the known given name must be close to some word of the spelling
                kfirst = _name_words(sp)[:1]
                if kfirst and not any(within_edits(kfirst[0], w, 3) for w in words):
                    continue
                s = name_score(sp, spelling)
                if s > best.score:
                    best = Candidate(name, round(s, 3), sp)
            if best.score >= 0.5:
                scored.append(best)
        return scored

    def _weigh(self, c: Candidate, spelling: str, orgs: frozenset[str], roles: frozenset[str],
               with_people: frozenset[str]) -> tuple[Candidate, bool]:
        """The candidate with its evidence and score; True when the employers speak against it."""
        exact = c.score >= 1.0 and _identical_as_written(spelling, c)
        evidence = [Evidence(f"spelling: '{spelling}' as '{c.spelling}'", c.score)]
        against = False
        employers = {e for o in orgs if (e := self.employer.get(o, o))}
        known = self.orgs_of.get(c.name, set())
        shared = employers & known
        if employers and known:
            if shared:
                evidence.append(Evidence(f"organisation: {', '.join(sorted(shared))} as known", SAME_EMPLOYER))
            else:
                weight = OTHER_EMPLOYER_SAME_NAME if exact else OTHER_EMPLOYER
                evidence.append(Evidence(f"organisation: {', '.join(sorted(employers))}, known in "
                                         f"{', '.join(sorted(known))}", weight))
                against = not exact
        shared_roles = roles & self.roles_of.get(c.name, set())
        if shared_roles:
            evidence.append(Evidence(f"role: {', '.join(sorted(shared_roles))} as known", SAME_ROLE))
        peers = with_people & self.peers_of.get(c.name, set())
        if len(peers) >= 2:
            evidence.append(Evidence(f"attended before with {len(peers)} of the people here", CO_ATTENDANCE))
        score = c.score + sum(e.weight for e in evidence[1:])
        score = min(score, 1.0 if exact else 0.99)
        # another spelling needs evidence beside it to be a match: what the document says of the person (the
        # organisation, a role the known person holds); having attended with the same people is no such evidence for a
        # spelling of its own ("Tomas Sander" among those "Tomas Zander" sat with: a neighbour as likely as a slip of
        # the pen)
        # (a member's seat is no such role: nearly everyone known holds one, "X, som ersätter Y" at any group)
        if against or is_variant(c.spelling, spelling) and not (shared or shared_roles - {"ledamot"}):
            score = min(score, MATCH - 0.01)
        return Candidate(c.name, round(max(score, 0.0), 3), c.spelling, tuple(evidence)), against

    def match(self, spelling: str, orgs: Collection[str] = (), roles: Collection[str] = (),
              with_people: Collection[str] = ()) -> NameMatch:
        """The decision on one spelling: the known person it names (status known), the candidates
        when unsure (uncertain), or none (new); `orgs`, `roles` and `with_people` (canonical names of
        known people at the same meeting) are what the document says of the person."""
        key = (spelling, frozenset(orgs), frozenset(roles), frozenset(with_people))
        if key in self._cache:
            return self._cache[key]
        weighed = [self._weigh(c, spelling, *key[1:]) for c in self._spelling_candidates(spelling)]
        scored = sorted((c for c, _ in weighed), key=lambda c: (-c.score, c.name))
        top = scored[:3]
        if top and top[0].score >= MATCH and not (len(top) > 1 and top[1].score >= top[0].score - 0.05
                                                     and top[1].score >= MATCH):
            result = NameMatch(spelling, "known", top[0].name, top[0].score, top)
        elif top and top[0].score >= CANDIDATE:
            result = NameMatch(spelling, "uncertain", None, top[0].score, top)
        elif any(against and c.score >= CANDIDATE - 0.25 for c, against in weighed if c in top[:1]):
            # a spelling match that the employer speaks against: the person decides
            result = NameMatch(spelling, "uncertain", None, top[0].score, top)
        else:
            result = NameMatch(spelling, "new", None, top[0].score if top else 0.0, top)
        self._cache[key] = result
        return result

    def spellings_of(self, name: str) -> list[str]:
        """Every spelling of the known person with this canonical name."""
        return next((spellings for known, spellings in self.known if known == name), [])

    def is_known(self, spelling: str) -> bool:
        return self.match(spelling).status == "known"


@dataclass
class Reconciliation:
    """The decision on one person a draft names: the spelling, its first line, the match and what
    the draft says of the person (the evidence weighed)."""

    spelling: str
    line: int
    match: NameMatch
    orgs: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    spellings: tuple[str, ...] = ()
    apart: tuple[str, ...] = ()     # known spellings the build's rule would merge with, unless kept apart

    @property
    def worth_a_look(self) -> bool:
        """Whether a person should confirm the decision: unsure, known under another spelling, or
        new beside a near name."""
        m = self.match
        if m.status == "known":
            return m.candidates[0].score < 1.0 if m.candidates else False
        return m.status == "uncertain" or bool(m.candidates)

    def note(self) -> str:
        """The decision as the draft records it on the person, for the coordinator to keep or change."""
        m = self.match
        cands = "; ".join(f"{c.name} {c.score:.2f} [{', '.join(str(e) for e in c.evidence)}]"
                          for c in m.candidates) or "none"
        head = f"reconcile: {m.status}" + (f" = {m.person}" if m.status == "known" and m.person else "")
        if self.apart:
            how = (f"Kept apart from {', '.join(self.apart)} by not_same_as; if it is the same person, delete "
                   "not_same_as (and write the name as the graph person's).")
        elif m.status == "known":
            how = "If this is another person, add not_same_as with the graph person's spellings."
        else:
            how = "If this is one of the candidates, write the name as that person's."
        return f"{head}. Candidates: {cands}. {how}"


def _what_the_draft_says(record: Mapping[str, Any]) -> tuple[dict[str, set[str]], dict[str, set[str]], list[str]]:
    """Per spelling: the organisations and roles the draft gives it; the spellings at the held meeting."""
    orgs: dict[str, set[str]] = {}
    roles: dict[str, set[str]] = {}
    present: list[str] = []
    for p in record.get("people", []) or []:
        for post in p.get("posts", []) or []:
            orgs.setdefault(str(p["name"]), set()).add(str(post["org"]))
            roles.setdefault(str(p["name"]), set()).add(str(post["role"]))
        for aff in p.get("affiliations", []) or []:
            orgs.setdefault(str(p["name"]), set()).add(str(aff["org"]))
    for m in record.get("meetings", []) or []:
        if m.get("status") != "held":
            continue
        for lst in m.get("attendance", []) or []:
            for e in lst["entries"]:
                name = str(e["name"])
                present.append(name)
                if e.get("org"):
                    orgs.setdefault(name, set()).add(str(e["org"]))
                if e.get("role"):
                    roles.setdefault(name, set()).add(str(e["role"]))
                # (a meeting app's report names no seat: its list is taken as the members' for want of another,
                # which says nothing of who holds a seat)
                if lst.get("list") == "ledamoter" and lst.get("note") != REPORT_NOTE:
                    roles.setdefault(name, set()).add("ledamot")
    return orgs, roles, present


def _members_of_an_employers_body(record: Mapping[str, Any], employer: Mapping[str, str | None]) -> dict[str, str]:
    """The members' list's names with no organisation of their own at the held meeting of a body that belongs to
    one employer (a kommun's nämnd, the draft's body part of a kommun): name -> that employer."""
    parent = {str(o["id"]): str(o["part_of"]) for o in record.get("organisations", []) or []
              if isinstance(o, dict) and o.get("id") and o.get("part_of")}
    out: dict[str, str] = {}
    for m in record.get("meetings", []) or []:
        if m.get("status") != "held" or not m.get("of"):
            continue
        body = str(m["of"])
        if not re.search(r"namnd|utskott|kommunstyrelse|fullmaktige", body):
            continue        # (a råd or a forum of the kommun seats others too: the police in its trygghetsråd)
        owner = employer.get(parent.get(body, body))
        if not owner or owner == body and body not in parent:
            continue        # (a group of the collaboration, no one's employer; or an employer's own meeting)
        for lst in m.get("attendance", []) or []:
            if lst.get("list") != "ledamoter" or lst.get("note") == REPORT_NOTE:
                continue
            out.update({str(e["name"]): owner for e in lst["entries"] if not e.get("org") and not e.get("role")})
    return out


def _present_as_another(m: NameMatch, spellings: list[str], taken: Mapping[str, float]) -> NameMatch:
    """The decision, made "new" when its best candidate attends the same meeting under a spelling
    that fits the candidate better than these (`taken`: known person -> the best score of a spelling
    present at the meeting and matched to that person)."""
    if not m.candidates:
        return m
    top = m.candidates[0]
    own = max(name_score(sp, s) for sp in [top.spelling, top.name] for s in spellings)
    if taken.get(top.name, 0.0) <= own:
        return m
    why = Evidence(f"{top.name} attends the same meeting under a spelling that fits better", PRESENT_AS_ANOTHER)
    marked = Candidate(top.name, round(max(top.score + PRESENT_AS_ANOTHER, 0.0), 3), top.spelling,
                       (*top.evidence, why))
    return NameMatch(m.spelling, "new", None, marked.score, [marked, *m.candidates[1:]])


#: The note of an attendance list read from a meeting app's report (names with the times they joined and left)
REPORT_NOTE = "A meeting app's attendance report: names with the times they joined and left, no organisations."


def record_apart(record: Mapping[str, Any]) -> set[frozenset[str]]:
    """The pairs of spellings a record keeps apart (`not_same_as` on its people)."""
    return {apart_key(str(p["name"]), str(o)) for p in record.get("people", []) or []
            for o in p.get("not_same_as", []) or []}


def reconcile_record(record: Mapping[str, Any], matcher: PersonMatcher) -> list[Reconciliation]:
    """Each person a draft record names (spellings of one person by the project's rule taken
    together, except those the draft keeps apart), decided against the graph with the evidence the
    draft gives: employer, roles, the known people attending the same meeting, and whether the best
    candidate attends it under a spelling of its own."""
    orgs, roles, present = _what_the_draft_says(record)
    # a member listed with no organisation at a meeting of a kommun's (or the region's) body of its elected, a nämnd or
    # its utskott ("Madeleine Anderson (C)" at Nybro's barn- och utbildningsnämnd): that kommun's, as evidence
    for name, employer in _members_of_an_employers_body(record, matcher.employer).items():
        if not orgs.get(name):
            orgs.setdefault(name, set()).add(employer)
    apart = record_apart(record)
    groups: list[tuple[list[str], int]] = []
    for spelling, line in name_mentions(record):
        for spellings, _line in groups:
            if any(same_in_document(spelling, s, apart) for s in spellings):
                if spelling not in spellings:
                    spellings.append(spelling)
                break
        else:
            groups.append(([spelling], line))
    at_meeting = {s: m.person for s in present if (m := matcher.match(s)).status == "known" and m.person}
    taken: dict[str, float] = {}
    for s, person in at_meeting.items():
        best = max(name_score(sp, s) for sp in matcher.spellings_of(person) or [person])
        taken[person] = max(taken.get(person, 0.0), best)
    out: list[Reconciliation] = []
    for spellings, line in groups:
        g_orgs = sorted({o for s in spellings for o in orgs.get(s, ())})
        g_roles = sorted({r for s in spellings for r in roles.get(s, ())})
        # co-attendance is evidence only for someone who attends: a name said in prose (a replacement, a
        # presenter, a signature) is not "attending with" the meeting's people
        attends = any(s in present for s in spellings)
        others = {p for s, p in at_meeting.items() if s not in spellings} if attends else set()
        m = matcher.match(spellings[0], g_orgs, g_roles, others)
        m = _present_as_another(m, spellings, taken)
        m.spelling = spellings[0]
        apart: list[str] = []
        if m.status != "known":
            for c in m.candidates:
                apart += [sp for sp in matcher.spellings_of(c.name) if any(same_person(s, sp) for s in spellings)]
        out.append(Reconciliation(spellings[0], line, m, tuple(g_orgs), tuple(g_roles), tuple(spellings),
                                  tuple(sorted(set(apart)))))
    return out
