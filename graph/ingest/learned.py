"""Forms learned from a body's accepted protocols, for reading the body's next protocol in the same template.

The rules read structure by shape, and the words they know for a list's heading, a presenter's label or verb and a
decision's opening are those of the templates they were tuned on. A body whose template they were not tuned on
uses its own words ("Med på mötet", "Ansvarig: X" for the one presenting, "Gruppen enades om att ..."). Once a
person has reviewed one of its protocols and accepted it (`samverkan ingest --accept`), the record and its source
say which line headed which list, who presented on which line and which sentence was a decision. `lessons_of`
reads those forms back from the accepted record and its text; the Extractor of a new protocol laid out like it
(`Examples.lessons_for`: the cosine of the layout skeletons, templates.py, at least `LEARN_FROM`) uses them
beside its own word lists:

- the lists: a heading's words and the kind of list they head (the absent's too), its column heads, the sign
  marking one absent ("* Johan Hansson"), "§ 5" after a name (a paragraph taken part in, no item);
- the items: their numbering (a run that starts at any number), a sign before the number ("LGL 9"), headings in
  capitals, a bracket after the title no part of it, headings inside the items ("Sammanfattning");
- a label right before a presenter's name ("Ansvarig:") and the verb right after it ("X visade ...");
- the opening words of a decision sentence ("gruppen enades om att", "atgard:"), and those approving the minutes;
- the title line, also where a letterhead repeats it on every page (taken for a running header).

pipeline.template_check reads the accepted protocol again with the forms and compares it with what was accepted: the
review says per kind how much of it the forms read back, the most to expect of the next protocol.

A form is learned only where the accepted protocol uses it consistently: a label or verb that also stands by a
name that presents nothing there, an opening that also begins a sentence that decides nothing there, a heading
over two kinds of list, is not learned. Nothing is learned of people, organisations or amounts: those stay the
rules' and the graph's.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..model import parse_lines
from ..names import fold
from .extract_agenda_numbering import item_number, line_form
from .extract_list_headings import _heading_text, _heading_words
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
    """What accepted protocols of a template taught (words folded: accents and case dropped)."""

    list_headings: Mapping[str, str] = field(default_factory=dict)   # heading words -> list kind ("-": absent)
    presenter_labels: frozenset[str] = frozenset()    # "ansvarig": "Ansvarig: X" presents
    presenter_verbs: frozenset[str] = frozenset()     # "visade": "X visade ..." presents
    decision_openings: frozenset[str] = frozenset()   # "gruppen enades om att", "atgard:"
    item_forms: frozenset[str] = frozenset()          # numberings of the items ("punkt": "Ärende 8: Title")
    item_prefixes: frozenset[str] = frozenset()       # a sign before an item's number the rules do not know ("LGL")
    caps_items: bool = False                          # unnumbered items headed by a line in capitals
    title_brackets: bool = False                      # a bracket after an item's title, no part of it ("(Se underlag)")
    sub_headings: frozenset[str] = frozenset()        # headings inside an item, no item's ("sammanfattning")
    marks_after: bool = False                         # "Name    § 5" in a list: a paragraph taken part in, no item
    table_heads: frozenset[str] = frozenset()         # a list's column heads ("namn kommun organisation")
    title_lines: frozenset[str] = frozenset()         # the protocol's title line ("lansgemensam ... protokoll")
    absent_marks: frozenset[str] = frozenset()        # a sign before ("*…") or after ("…*") the line of one absent
    # the openings every decision they began approved the minutes with ("godkandes och lades": a table's "Beslut"
    # column beside "Föregående minnesanteckningar")
    approving: frozenset[str] = frozenset()
    learned_from: tuple[str, ...] = ()                # the accepted documents

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "learned_from")

    def heading_kind(self, words: str) -> str | None:
        """The kind of list a heading of these words (`_heading_words` form) headed in the accepted protocols (or
        words one or two letters from them, OCR-damaged: "dessutorn narvarande")."""
        if not self.list_headings or not words:
            return None
        if words in self.list_headings:
            return self.list_headings[words]
        near = difflib.get_close_matches(words, list(self.list_headings), n=1, cutoff=0.86) if len(words) >= 7 \
            else []
        return self.list_headings[near[0]] if near else None

    def marks_absent(self, raw: str) -> bool:
        """A list's line bears the sign the accepted protocols marked those absent with."""
        return bool(self.absent_marks) and bool(_marks_of(raw) & self.absent_marks)

    def item_heading(self, text: str) -> tuple[int, str] | None:
        """(number, title) of a line headed as the accepted protocols headed their items after a sign of their own
        ("LGL 9     Information. Aktuellt från ordföranden" -> (9, "Information. Aktuellt från ordföranden"))."""
        for prefix in self.item_prefixes:
            m = re.match(rf"^\s*{_prefix_pattern(prefix)}\s*(\d{{1,3}})(?:/\d{{2,4}})?(?![\d/-])[\s.:)–—-]*(\S.*)$",
                         text)
            if m and re.search(r"[^\W\d_]{2}", m.group(2)):
                return int(m.group(1)), re.sub(r"\s{2,}", " ", m.group(2)).strip()
        return None

    def is_title(self, text: str) -> bool:
        """The line is the protocol's title as the accepted protocols wrote theirs (OCR damage aside)."""
        return _near_line(text, self.title_lines)

    def is_table_head(self, text: str) -> bool:
        """The line is a list's column heads as the accepted protocols wrote them (OCR damage aside)."""
        return _near_line(text, self.table_heads)

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
        joined: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            joined[f.name] = mine or theirs if isinstance(mine, bool) else mine + theirs if isinstance(mine, tuple) \
                else mine | theirs if isinstance(mine, frozenset) else mine
        joined["list_headings"] = {h: k for h, k in headings.items() if h not in clash}
        return Lessons(**joined)

    def describe(self) -> list[str]:
        """The forms, as the review lists them."""
        out = []
        if self.list_headings:
            out.append("list headings " + ", ".join(f"'{h}' ({k if k != '-' else 'absent'})"
                                                    for h, k in sorted(self.list_headings.items())))
        for name, said, shown in _DESCRIBED:
            value = getattr(self, name)
            if value is True:
                out.append(said)
            elif value:
                out.append(said + " " + ", ".join(shown(v) for v in sorted(value)))
        return out


_FORM_NAMES = {"§": "§ N", "punkt": "word N", "dot": "N.", "paren": "N)", "colon": "N:", "bare": "N Title",
               "nio": "N:o N"}

# how the review names each kind of form (`Lessons.describe`): field, words, how one form is shown
_DESCRIBED: list[tuple[str, str, Callable[[str], str]]] = [
    ("presenter_labels", "presenter labels", lambda w: f"'{w}:'"),
    ("presenter_verbs", "presenter verbs", lambda w: f"'{w}'"),
    ("decision_openings", "decision openings", lambda w: f"'{w}'"),
    ("approving", "openings approving the minutes", lambda w: f"'{w}'"),
    ("item_forms", "items numbered from any number in the form", lambda f: f"'{_FORM_NAMES.get(f, f)}'"),
    ("item_prefixes", "items numbered after", lambda p: f"'{p}'"),
    ("caps_items", "items headed in capitals", str),
    ("title_brackets", "a bracket after an item's title no part of it", str),
    ("marks_after", "a paragraph after a name in a list no item", str),
    ("sub_headings", "headings inside items", lambda h: f"'{h}'"),
    ("title_lines", "title lines", lambda h: f"'{h}'"),
    ("table_heads", "list column heads", lambda h: f"'{h}'"),
    ("absent_marks", "the absent marked",
     lambda m: f"'{m[1:]}' before the name" if m[0] == "^" else f"'{m[:-1]}' at the line's end"),
]


_SIGN = r"[*†#✗✘¤°]+"


def _marks_of(raw: str) -> set[str]:
    """The signs a list's line opens or ends with ("^*": before the name, "*$": at its end)."""
    out = set()
    if (m := re.match(rf"^\s*[-–•]?\s*({_SIGN})", raw)):
        out.add("^" + m.group(1))
    if (m := re.search(rf"({_SIGN})\s*$", raw)):
        out.add(m.group(1) + "$")
    return out


def _table_key(text: str) -> str:
    return " ".join(_WORD.findall(fold(text)))


def _near_line(text: str, lines: frozenset[str]) -> bool:
    """The line's words are one of these lines' (`_table_key` form), or differ from one as OCR damage does."""
    key = _table_key(text)
    return bool(key) and any(key == h or difflib.SequenceMatcher(None, key, h).ratio() >= 0.85 for h in lines)


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
    if (m := re.match(r"^\s*[-–•*]?\s*([^\W\d_][\w/]{1,24}(?:\s+[^\W\d_]+)?)\s*:\s", text + " ")):
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
    opened = [(o, d.get("kind")) for d in record.get("decisions", []) or [] if (o := _opening(str(d.get("text", ""))))]
    openings = {o for o, _kind in opened}
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
    forms, caps = _item_forms(items, line)
    approving = {o for o in openings if all(k == "approve-protocol" for o2, k in opened if o2 == o)}
    return Lessons(list_headings=headings, presenter_labels=frozenset(labels), presenter_verbs=frozenset(verbs),
                   decision_openings=frozenset(openings), item_forms=forms, item_prefixes=_item_prefixes(items, line),
                   caps_items=caps, title_brackets=_title_brackets(items, line),
                   sub_headings=_sub_headings(items, line), marks_after=_marks_after(record, line),
                   table_heads=_table_heads(record, line),
                   title_lines=_title_lines(record, line), absent_marks=_absent_marks(record, line),
                   approving=frozenset(approving), learned_from=(doc_id,))


def _absent_marks(record: Mapping[str, Any], line: Callable[[int], str]) -> frozenset[str]:
    """The sign every line of one absent inside a list opens or ends with, and no line of one present does (a
    person the record names on a line of the list's span that is no entry of it)."""
    present: set[int] = set()
    spans = []
    for m in record.get("meetings", []) or []:
        for lst in m.get("attendance", []) or [] if m.get("status") == "held" else []:
            if (span := parse_lines(lst.get("lines"))):
                spans.append(span)
            present |= {n for e in lst.get("entries", []) or [] if (n := (parse_lines(e.get("line")) or (0,))[0])}
    away = {span[0] for p in record.get("people", []) or [] if (span := parse_lines(p.get("lines")))
            and span[0] not in present and any(a < span[0] <= b for a, b in spans)}
    if not away:
        return frozenset()
    marks = set.intersection(*(_marks_of(line(n)) for n in away))
    return frozenset(m for m in marks if not any(m in _marks_of(line(n)) for n in present))


def _item_forms(items: list[tuple[tuple[int, int], dict[str, Any]]], line: Callable[[int], str]) \
        -> tuple[frozenset[str], bool]:
    """The numberings of the record's numbered items, as the rules name them (item_number: their number read from
    their heading line); and whether its unnumbered items (two or more) are all headed in capitals."""
    forms = set()
    plain = []
    for span, it in items:
        if it.get("parent") is not None:
            continue
        if it.get("n") is None:
            plain.append(line(span[0]).strip())
        elif (hit := item_number(re.sub(r"\s+", " ", line_form(line(span[0]))))) and hit[0] == it["n"] \
                and hit[2] != "§":      # (paragraphs the rules read from any number already)
            forms.add(hit[2])
    caps = len(plain) >= 2 and all(t.isupper() and re.search(r"[A-ZÅÄÖÉ]{4}", t) for t in plain)
    return frozenset(forms), caps


def _prefix_pattern(prefix: str) -> str:
    return r"\s*".join(re.escape(w) for w in prefix.split())


def _item_prefixes(items: list[tuple[tuple[int, int], dict[str, Any]]], line: Callable[[int], str]) -> frozenset[str]:
    """The sign before the number on the record's numbered item headings where the rules read no numbering of their
    own ("LGL 9     Information"): the same on every such heading."""
    found = []
    for span, it in items:
        text = line(span[0])
        if it.get("n") is None or it.get("parent") is not None:
            continue
        if _rules_number(text) == it["n"]:
            continue
        m = re.match(rf"^\s*([^\d\s][^\d]{{0,19}}?)\s*{it['n']}(?:/\d{{2,4}})?(?![\d/-])[\s.:)–—-]*(\S.*)$", text)
        if m and fold(str(it.get("title", ""))).startswith(fold(m.group(2))[:8]) and re.search(r"\w", m.group(1)):
            found.append(" ".join(m.group(1).split()))
    if not found or len(set(found)) > 1:
        return frozenset()
    return frozenset(found)


def _title_brackets(items: list[tuple[tuple[int, int], dict[str, Any]]], line: Callable[[int], str]) -> bool:
    """The record's item titles leave out a bracket their heading lines end with ("5. Ekonomi 2054 (Se underlag
    Budget 2054)" titled "Ekonomi 2054"), and no title of it ends with one."""
    cut = 0
    for span, it in items:
        title = str(it.get("title", ""))
        if title.rstrip().endswith(")"):
            return False
        head = line(span[0])
        at = fold(head).find(fold(title)) if title else -1
        if at >= 0 and re.fullmatch(r"\s*\([^()]*\)\s*", fold(head)[at + len(fold(title)):].replace(" ", " ")) \
                and len(fold(head)) == len(head) or title and re.search(re.escape(title) + r"\s*\([^()]*\)\s*$", head):
            cut += 1
    return cut > 0


def _title_lines(record: Mapping[str, Any], line: Callable[[int], str]) -> frozenset[str]:
    """The title line of the record's held meeting: the first line of the header it cites."""
    out = set()
    for m in record.get("meetings", []) or []:
        if m.get("status") == "held" and (span := parse_lines(m.get("lines"))):
            key = _table_key(line(span[0]))
            if 1 <= len(key.split()) <= 12:
                out.add(key)
    return frozenset(out)


def _sub_headings(items: list[tuple[tuple[int, int], dict[str, Any]]], line: Callable[[int], str]) -> frozenset[str]:
    """The short lines standing alone inside two or more of the record's items, over their text ("Samordnande gruppens
    beslut", "Sammanfattning", "Beslutsunderlag"): headings of an item's parts, no item's own."""
    heads = {fold(str(it.get("title", ""))) for _span, it in items}
    seen: Counter[str] = Counter()
    for (a, b), _it in items:
        seen.update({fold(t) for n in range(a + 1, b + 1) if (t := line(n).strip()) and not line(n - 1).strip()
                     and line(n + 1).strip() and len(t.split()) <= 5 and not re.search(r"[.,;]$|\d", t)
                     and t[:1].isupper() and fold(t) not in heads})
    # (in two items or more: a part every item has, not a one-off line a next protocol may title an item with)
    return frozenset(h for h, k in seen.items() if k >= 2)


def _marks_after(record: Mapping[str, Any], line: Callable[[int], str]) -> bool:
    """A line of the record's lists ends with the paragraphs its person took part in ("Kristin Irebring   § 5",
    "Per Ek, ekonom   §§ 11-12")."""
    for m in record.get("meetings", []) or []:
        for lst in m.get("attendance", []) or [] if m.get("status") == "held" else []:
            for e in lst.get("entries", []) or []:
                n = (parse_lines(e.get("line")) or (0,))[0]
                if re.search(r"\S.*\s§§?\s*\d+(?:\s*[-–]\s*\d+)?\s*$", line(n)):
                    return True
    return False


def _rules_number(text: str) -> int | None:
    """The item number the rules read on a heading line: the line's own, or on a row of columns its first cell's
    ("LGL 9     Information" is a row whose first cell, "LGL 9", holds no item number of the rules')."""
    cells = [c for c in re.split(r"\t| {3,}|\s\|\s", line_form(text).strip()) if c.strip(" |")]
    if len(cells) > 1:
        bare = re.fullmatch(r"(?:§)?\s*(\d{1,3})[.):]?", cells[0].strip())
        hit = item_number(cells[0])
        return int(bare.group(1)) if bare else (hit[0] if hit and hit[1] else None)
    hit = item_number(re.sub(r"\s+", " ", line_form(text)))
    return hit[0] if hit else None


def _table_heads(record: Mapping[str, Any], line: Callable[[int], str]) -> frozenset[str]:
    """The column heads of the record's lists: a line of two columns or more under a list's heading, before its
    first entry ("Namn      Kommun/organisation"; not an organisation's name over its members)."""
    out = set()
    for m in record.get("meetings", []) or []:
        for lst in m.get("attendance", []) or [] if m.get("status") == "held" else []:
            span = parse_lines(lst.get("lines"))
            entries = sorted(n for e in lst.get("entries", []) or [] if (n := (parse_lines(e.get("line")) or (0,))[0]))
            if not span or not entries:
                continue
            for n in range(span[0] + 1, entries[0]):
                key = _table_key(line(n))
                if len(re.split(r"\t|\s*\|\s*| {3,}", line(n).strip(" |"))) >= 2 and len(key.split()) >= 2:
                    out.add(key)
    return frozenset(out)


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
    # (document, the documents the lessons came from) -> per kind (matched, in the record): template_check's cache
    checked: dict[tuple[str, tuple[str, ...]], dict[str, tuple[int, int]]] = field(default_factory=dict, init=False,
                                                                                   repr=False)

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
