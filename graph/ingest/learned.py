"""Forms learned from a body's accepted protocols, for reading the body's next protocol in the same template.

The rules read structure by shape, and the words they know for a list's heading, a presenter's label or verb and a
decision's opening are those of the templates they were tuned on. A body whose template they were not tuned on
uses its own words ("Med på mötet", "Ansvarig: X" for the one presenting, "Gruppen enades om att ..."). Once a
person has reviewed one of its protocols and accepted it (`samverkan ingest --accept`), the record and its source
say which line headed which list, who presented on which line and which sentence was a decision. `lessons_of`
reads those forms back from the accepted record and its text; the Extractor of a new protocol laid out like it
(`Examples.lessons_for`: the cosine of the layout skeletons, templates.py, at least `LEARN_FROM`) uses them
beside its own word lists:

- a list heading's words and the kind of list they head;
- a label right before a presenter's name ("Ansvarig:") and the verb right after it ("X visade ...");
- the opening words of a decision sentence ("gruppen enades om att", "atgard:").

A form is learned only where the accepted protocol uses it consistently: a label or verb that also stands by a
name that presents nothing there, an opening that also begins a sentence that decides nothing there, a heading
over two kinds of list, is not learned. Nothing is learned of people, organisations or amounts: those stay the
rules' and the graph's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..model import parse_lines
from ..names import fold
from .extract_lists import _heading_text, _heading_words
from .ocr_repair import Lexicon, kw
from .templates import TemplateMatch, load_index, skeletons, structure_keys

#: the layout similarity (templates.py cosine) from which an accepted protocol's forms are used for a new one
#: (the band the review calls "laid out like"; a body's next protocol in its template scores 0.31-0.70 against it)
LEARN_FROM = 0.30
#: at most this many accepted protocols lend their forms to one new protocol (the most alike first)
MOST_EXAMPLES = 3

_WORD = re.compile(r"[^\W\d_]+")
_LABEL_BEFORE = re.compile(r"(?:^|[\s(\-–—|•*])(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*(?P<mark>[:(–—-])\s*$")
_APPOSITION = re.compile(r"^\s*(?:\([^()]{0,80}\)|,[^,.;:()]{1,80},)")


@dataclass(frozen=True)
class Lessons:
    """What accepted protocols of a template taught, as keys in the rules' keyword form (ocr_repair.kw)."""

    list_headings: Mapping[str, str] = field(default_factory=dict)   # heading words -> list kind ("-": absent)
    presenter_labels: frozenset[str] = frozenset()    # "ansvarig": "Ansvarig: X" presents
    presenter_verbs: frozenset[str] = frozenset()     # "visade": "X visade ..." presents
    decision_openings: frozenset[str] = frozenset()   # "gruppen enades om att", "atgard:"
    learned_from: tuple[str, ...] = ()                # the accepted documents

    def __bool__(self) -> bool:
        return bool(self.list_headings or self.presenter_labels or self.presenter_verbs or self.decision_openings)

    def heading_kind(self, words: str) -> str | None:
        """The kind of list a heading of these words (`_heading_words` form) headed in the accepted protocols."""
        return self.list_headings.get(words)

    def presents(self, before: str, after: str) -> bool:
        """A name with these words before and after it (as written, its sentence's) presents: a learned label
        right before it, or a learned verb first after it (an apposition between them passed over)."""
        label, verb = _around(before, after)
        return (label is not None and label in self.presenter_labels) or \
            (verb is not None and verb in self.presenter_verbs)

    def decision_opening(self, sentence: str) -> str | None:
        """The learned opening a sentence (as written or OCR-repaired) begins with, if any."""
        words = _opening_key(sentence)
        return next((o for o in sorted(self.decision_openings, key=len, reverse=True)
                     if words == o or words.startswith(o + " ")), None)

    def merged(self, other: Lessons) -> Lessons:
        """These lessons and another's; a heading the two teach different kinds for is dropped."""
        headings = dict(self.list_headings)
        clash = {h for h, k in other.list_headings.items() if h in headings and headings[h] != k}
        headings.update(other.list_headings)
        return Lessons({h: k for h, k in headings.items() if h not in clash},
                       self.presenter_labels | other.presenter_labels, self.presenter_verbs | other.presenter_verbs,
                       self.decision_openings | other.decision_openings, self.learned_from + other.learned_from)

    def describe(self) -> list[str]:
        """The forms, as the review lists them."""
        out = []
        if self.list_headings:
            out.append("list headings " + ", ".join(f"'{h}' ({k if k != '-' else 'absent'})"
                                                    for h, k in sorted(self.list_headings.items())))
        if self.presenter_labels:
            out.append("presenter labels " + ", ".join(f"'{w}:'" for w in sorted(self.presenter_labels)))
        if self.presenter_verbs:
            out.append("presenter verbs " + ", ".join(f"'{w}'" for w in sorted(self.presenter_verbs)))
        if self.decision_openings:
            out.append("decision openings " + ", ".join(f"'{w}'" for w in sorted(self.decision_openings)))
        return out


NO_LESSONS = Lessons()


def _label_key(label: str) -> str:
    return " ".join(_WORD.findall(fold(label)))


def _opening_key(text: str) -> str:
    """A sentence's words, folded, from its start (bullets, dashes and numbering dropped), a label's colon kept:
    "– Åtgärd: Boka lokal" -> "atgard: boka lokal"."""
    text = re.sub(r"^[\s\-–—•*>|]+", "", text)
    text = re.sub(r"^\d+(?:\.\d+)*[.)]?\s+", "", text)
    words = re.findall(r"[^\W\d_]+\s*:?", text)
    return " ".join(fold(w.rstrip(": ")) + (":" if w.rstrip().endswith(":") else "") for w in words)


def _opening(text: str) -> str | None:
    """The opening a decision's text begins with: its label ("Åtgärd:" -> "atgard:"), or its words up to and with
    "att" within the first five, else its first three words; None when those name someone or something (a
    capitalised word after the first: "Henrik Sjöberg ersätter ...", "Region Kalmar län beslutar ...")."""
    words = text.split()
    if (m := re.match(r"^\s*[-–•*]?\s*([^\W\d_][^\W\d_ ]{1,24}(?:\s+[^\W\d_]+)?)\s*:\s", text + " ")):
        return _label_key(m.group(1)) + ":"
    key = _opening_key(text).split()
    if len(key) < 2:
        return None
    n = key.index("att") + 1 if "att" in key[:5] else 3
    if any(w[:1].isupper() for w in words[1:n]) or words[:1] and words[0][:1].isupper() and \
            len(words) > 1 and words[1][:1].isupper():
        return None
    return " ".join(key[:n]) if n >= 2 else None


def _name_at(text: str, name: str) -> tuple[int, int] | None:
    """Where a person's name stands in a line (folded, first name then surname, the surname alone else)."""
    low = text.lower()
    words = name.split()
    for probe in (name, words[-1] if words else ""):
        if probe and (i := low.find(probe.lower())) >= 0:
            start = i
            if probe != name:       # the surname alone: the first name's word before it, if capitalised
                m = re.search(r"([A-ZÅÄÖ][\w.-]*\s+)$", text[:i])
                start = m.start() if m else i
            return start, i + len(probe)
    folded = fold(text)
    if fold(name) in folded and len(folded) == len(text):
        i = folded.index(fold(name))
        return i, i + len(fold(name))
    return None


def _items(record: Mapping[str, Any]) -> list[tuple[tuple[int, int], dict[str, Any]]]:
    out = []
    for m in record.get("meetings", []) or []:
        if m.get("status") != "held":
            continue
        for it in m.get("agenda", []) or []:
            if (span := parse_lines(it.get("lines"))):
                out.append((span, it))
    return out


def lessons_of(doc_id: str, lines: list[str], record: Mapping[str, Any], lexicon: Lexicon) -> Lessons:
    """The forms an accepted record and its source's lines (1-based as the record cites them) teach."""
    def line(n: int) -> str:
        return lines[n - 1] if 0 < n <= len(lines) else ""

    # list headings: the words of each list's heading, the list's kind
    headings: dict[str, str] = {}
    clash: set[str] = set()
    for m in record.get("meetings", []) or []:
        for lst in m.get("attendance", []) or [] if m.get("status") == "held" else []:
            span = parse_lines(lst.get("lines"))
            heading = lst.get("heading") or (line(span[0]) if span else "")
            words = _heading_key(str(heading), lexicon)
            if not words or len(words.split()) > 7:
                continue
            if headings.get(words, lst["list"]) != lst["list"]:
                clash.add(words)
            headings[words] = str(lst["list"])
    for words in _absent_headings(record, line, lexicon):
        if headings.get(words, "-") != "-":
            clash.add(words)
        headings[words] = "-"
    headings = {h: k for h, k in headings.items() if h not in clash}

    # presenters: the label before and the verb after each presenter's name on its line
    items = _items(record)
    presenting = {(span, fold(str(p["name"]))) for span, it in items for p in it.get("presenters", []) or []}
    labels: set[str] = set()
    verbs: set[str] = set()
    for _span, it in items:
        for p in it.get("presenters", []) or []:
            where = parse_lines(p.get("lines"))
            text = line(where[0]) if where else ""
            if not (at := _name_at(text, str(p["name"]))):
                continue
            label, verb = _around(text[:at[0]], text[at[1]:])
            labels |= {label} if label else set()
            verbs |= {verb} if verb else set()
    # ... not learned where the same label or verb stands by a name of the record that presents nothing there
    names = {str(p["name"]) for p in record.get("people", []) or []}
    for span, _it in items:
        for n in range(span[0], span[1] + 1):
            for name in names:
                if (span, fold(name)) in presenting or not (at := _name_at(line(n), name)):
                    continue
                label, verb = _around(line(n)[:at[0]], line(n)[at[1]:])
                labels.discard(label or "")
                verbs.discard(verb or "")

    # decisions: each one's opening words, unless a sentence the record holds no decision on opens with them too
    openings = {o for d in record.get("decisions", []) or [] if (o := _opening(str(d.get("text", ""))))}
    decided = set()
    for d in record.get("decisions", []) or []:
        if (span := parse_lines(d.get("lines"))):
            decided |= set(range(span[0], span[1] + 1))
    for span, _it in items:
        for n in range(span[0], span[1] + 1):
            if n in decided:
                continue
            for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", line(n)):
                key = _opening_key(sentence)
                openings = {o for o in openings if not (key == o or key.startswith(o + " "))}
    return Lessons(headings, frozenset(labels), frozenset(verbs), frozenset(openings), (doc_id,))


def _heading_key(text: str, lexicon: Lexicon) -> str:
    return _heading_words(kw(_heading_text(text), lexicon).rstrip(":").strip())


def _absent_headings(record: Mapping[str, Any], line: Callable[[int], str], lexicon: Lexicon) -> set[str]:
    """The headings of the lists of those absent: over a person the record names before the agenda on a line of
    no attendance list's (the lines between the heading and the person's all names: a list), or before the colon
    of the person's own line ("Frånvarande: X, Org")."""
    starts = [span[0] for span, _it in _items(record)]
    listed: set[int] = set()
    for m in record.get("meetings", []) or []:
        for lst in m.get("attendance", []) or [] if m.get("status") == "held" else []:
            if (span := parse_lines(lst.get("lines"))):
                listed |= set(range(span[0], span[1] + 1))
    out: set[str] = set()
    for p in record.get("people", []) or []:
        span = parse_lines(p.get("lines"))
        if not span or not starts or span[0] >= min(starts) or span[0] in listed:
            continue
        n = span[0]
        if (m := re.match(r"^\s*([^\W\d_][^:]{2,40}):\s*\S", line(n))):
            out.add(_heading_key(m.group(1), lexicon))
            continue
        while n > 1 and line(n - 1).strip() and len(line(n - 1).split()) > 0:
            n -= 1
            if len(line(n).split()) <= 6 and "," not in line(n) and not any(
                    fold(str(q["name"])).split()[-1:] and fold(str(q["name"])).split()[-1] in fold(line(n)).split()
                    for q in record.get("people", []) or []):
                out.add(_heading_key(line(n), lexicon))
                break
    return {h for h in out if h and len(h.split()) <= 7}


def _around(before: str, after: str) -> tuple[str | None, str | None]:
    """The label right before a name ("Ansvarig:", "(föredr."), and the first word after it past an apposition
    ("X, samordnare, visade" -> "visade"), folded."""
    label = None
    if (m := _LABEL_BEFORE.search(before)) and len(before.split()) <= 6:
        label = _label_key(m.group("label"))
    rest = _APPOSITION.sub("", after)
    word = re.match(r"\s*([a-zåäöé]+)\b", rest)
    verb = fold(word.group(1)) if word and len(word.group(1)) >= 4 and fold(word.group(1)) not in _NOT_VERBS \
        else None
    return label, verb


# words right after a name that are no verb of the name's (a conjunction, a preposition, a title's word)
_NOT_VERBS = {"och", "samt", "eller", "from", "inte", "till", "fran", "med", "inom", "utan", "under",
              "efter", "kommun", "region", "regionen", "kommunen"}


@dataclass
class Examples:
    """The accepted protocols of the project a new protocol may learn its template's forms from: each document's
    id, text lines and record; their layouts compared with the new protocol's by templates.py's skeletons."""

    documents: dict[str, tuple[list[str], Mapping[str, Any]]]
    lexicon: Lexicon
    _vectors: dict[str, dict[str, float]] = field(default_factory=dict, init=False, repr=False)
    _lessons: dict[str, Lessons] = field(default_factory=dict, init=False, repr=False)

    def _vector(self, text: str) -> dict[str, float] | None:
        index = load_index()
        if index is None:
            return None
        counts = skeletons(structure_keys(text, self.lexicon), index.vocabulary)
        return index.vector(counts) if counts else None

    def alike(self, text: str, exclude: Iterable[str] = ()) -> list[TemplateMatch]:
        """The accepted protocols laid out like the text (similarity at least LEARN_FROM), most alike first; one
        whose text is this very text is left out, as are `exclude`."""
        v = self._vector(text)
        if v is None:
            return []
        skip = set(exclude)
        out = []
        for doc, (lines, _rec) in self.documents.items():
            if doc in skip or "\n".join(lines).strip() == text.strip():
                continue
            if doc not in self._vectors:
                self._vectors[doc] = self._vector("\n".join(lines)) or {}
            w = self._vectors[doc]
            score = round(sum(x * w.get(s, 0.0) for s, x in v.items()), 3)
            if score >= LEARN_FROM:
                out.append(TemplateMatch(doc, score))
        return sorted(out, key=lambda m: (-m.similarity, m.document))[:MOST_EXAMPLES]

    def lessons_for(self, text: str, exclude: Iterable[str] = ()) -> tuple[Lessons, list[TemplateMatch]]:
        """The forms the accepted protocols laid out like the text teach, merged, and those protocols."""
        matches = self.alike(text, exclude)
        lessons = NO_LESSONS
        for m in matches:
            if m.document not in self._lessons:
                lines, rec = self.documents[m.document]
                self._lessons[m.document] = lessons_of(m.document, lines, rec, self.lexicon)
            lessons = lessons.merged(self._lessons[m.document])
        return lessons, matches
