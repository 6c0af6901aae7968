"""Decisions read by a model learned from answer keys, where no rule read one.

The rules read a decision by its words ("beslutar att", "godkändes", "Beslut:") and by where it stands. A writer
whose words no rule knows ("Gruppen överlåter åt presidiet att besluta om ...") is read by none of them: on text
the rules had not been tuned on, a third of the decisions were missed (tests/ingest_corpus/ROUNDS.md, 40th round).
This module holds a logistic regression over a sentence's words, its first and last words, the label over it,
money in it and in its item, where it stands (`features`), trained on the answer keys of the test corpus: every
sentence of an item's text, and of the lines outside the items that no rule took for a list, the header or layout,
labelled by whether the key has a decision on its lines; and a second model per kind of decision (`KINDS`).

After the rules, `learned_decisions` gives the sentences the model takes for a decision with probability at least
`THRESHOLD` and no rule's decision on their lines, consecutive ones of an item as one decision; a sentence the kinds'
model takes for a replacement is left to the rules (its seat and names are theirs to read). Each such decision
carries its probability (`Decision.learned`): the draft notes it and the review lists it, to be checked.

The model is data (`decision_model.json`, made by `tests/ingest_corpus/train_decisions.py` from the parts of the
corpus a tuner has opened and the generated protocols the rules were tuned on; the parts never opened stay out of it,
so their figures stay a measure of unseen text).
Nothing here is fitted at run time; `fit` is deterministic (a seeded order, no library).
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .extract_model import Decision, Item
from .learned_fit import common, kept, probability, sgd

MODEL_FILE = Path(__file__).with_name("decision_model.json")
#: the least probability at which a sentence no rule read is taken for a decision (chosen on the corpus parts the
#: rules had not been tuned on when they were measured and on generated protocols: at 0.9 the model took
#: "Dagordningen gicks igenom." for a decision, 0.92; ROUNDS.md, 40th round)
THRESHOLD = 0.95
KINDS = ("other", "funding", "approve-protocol", "replacement")
#: the words of a sentence the model reads as words (its length and its 'att', money and date count whole)
FIRST_WORDS = 8
#: a feature counts where at least this many training sentences have it
LEAST_ROWS = 5
#: lines outside the items whose use by the rules rules them out (lists, the header, headings, layout, blank)
NOT_TEXT = frozenset({"attendance", "absent", "meeting", "layout", "heading", "item", "header", "list-heading",
                      "table", "blank"})

_WORD = re.compile(r"[a-zåäöéü]+|\d+")
_SENTENCE_END = re.compile(r'(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9"„»(])')
_STARTS_ANEW = re.compile(r"^\s*(?:[-–•*·▪]\s|\(?\d{1,2}[.):]\s|[a-h][.)]\s|§)")
_MONEY = re.compile(r"\d[\d \u00a0.,]{0,12}\s*(?:kr\b|kronor|sek\b|tkr|mnkr|miljon|miljoner)")


def _fold(text: str) -> str:
    """Lower case without accents, punctuation kept (graph.names.fold drops it: a colon and a date count here)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def _is_label(text: str) -> bool:
    """A short line ending in a colon ("Beslut:", "Förslag till beslut:"): a label over the text under it."""
    return text.strip().endswith(":") and len(text.split()) <= 4


@dataclass(frozen=True)
class Sentence:
    """One sentence of a protocol's text: the item it stands in (its index in the items, -1 outside them), its
    lines, its text and its features."""

    item: int
    lines: tuple[int, int]
    text: str
    features: frozenset[str]


def features(text: str, label: str, index: int, count: int, item_money: bool, outside: bool) -> frozenset[str]:
    """A sentence's features: its first words (`FIRST_WORDS`: a decision says so early, "Mötet beslöt att ...",
    "Beredningen ger kansliet uppdraget ..."), its first word and pair, its last pair (a passive's verb: "...
    godkändes", "... gicks igenom", which decides nothing), 'att', money, a date, the words of the label
    over it, its place in the item, its length, a colon at its end, money anywhere in its item, standing outside the
    items. Not its item's title, the pairs of its words or its later words: they name a topic, and a model that
    learned them took sentences of the known protocols' prose on the corpus's topics for decisions ("... kommer att
    ha fokus i utvecklingsområdena Samordning ..."; ROUNDS.md, 40th round)."""
    f = _fold(text)
    words = _WORD.findall(f)[:40]
    out = {"bias"}
    out.update("w=" + w for w in words[:FIRST_WORDS])
    if words:
        out.add("f=" + words[0])
    if len(words) > 1:
        out.add("f2=" + words[0] + "_" + words[1])
        out.add("l2=" + words[-2] + "_" + words[-1])
    if " att " in " " + f + " ":
        out.add("att")
    if re.search(r"\d[\d \u00a0.]{2,}\s*(?:kr|kronor|sek|tkr|mnkr|miljon)", f):
        out.add("money")
    if re.search(r"\d{4}-\d\d-\d\d|\d{1,2} (?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)", f):
        out.add("date")
    out.update("lab=" + w for w in _WORD.findall(_fold(label))[:4])
    out.add("pos=" + ("first" if index == 0 else "mid"))
    if index == count - 1:
        out.add("last")
    n = len(words)
    out.add("len=" + ("s" if n < 6 else "m" if n < 20 else "l"))
    if f.rstrip().endswith(":"):
        out.add("colon")
    if item_money:
        out.add("item_money")
    if outside:
        out.add("outside")
    return frozenset(out)


def _split(lines: Sequence[str], body: Iterable[int]) -> list[tuple[int, int, str]]:
    """The sentences of the lines `body` (1-based): a blank line, a bullet, a number or a label starts anew."""
    out: list[tuple[int, int, str]] = []
    buf: list[tuple[int, str]] = []

    def flush() -> None:
        if not buf:
            return
        text = ""
        starts: list[tuple[int, int]] = []
        for n, t in buf:
            starts.append((len(text), n))
            text += t.strip() + " "
        pos = 0
        for m in [*_SENTENCE_END.finditer(text), None]:
            end = m.start() if m else len(text)
            if seg := text[pos:end].strip():
                first = max(n for s, n in starts if s <= pos)
                last = max(n for s, n in starts if s <= max(pos, end - 1))
                out.append((first, last, seg))
            pos = m.end() if m else len(text)
        buf.clear()

    for n in body:
        if n - 1 >= len(lines):
            break
        t = lines[n - 1]
        if not t.strip():
            flush()
            continue
        if _STARTS_ANEW.match(t) or _is_label(t):
            flush()
        buf.append((n, t))
        if _is_label(t):
            flush()
    flush()
    return out


def sentences(lines: Sequence[str], items: Sequence[Item], used: Mapping[int, str]) -> list[Sentence]:
    """The sentences of the items' text (below each item's title line; a line in a sub-item is the sub-item's alone)
    and of the lines outside the items the rules took for no list, header, heading or layout, each with its
    features."""
    owner: dict[int, int] = {}
    for k, it in sorted(enumerate(items), key=lambda ki: ki[1].lines[1] - ki[1].lines[0], reverse=True):
        for n in range(it.lines[0], it.lines[1] + 1):
            owner[n] = k        # (the narrowest item holding the line: a sub-item within its item)
    groups: list[tuple[int, list[int]]] = []
    for k, it in enumerate(items):
        a, b = it.lines
        first = it.title_line or a
        groups.append((k, [n for n in ([a] if a == b else range(a, b + 1)) if owner[n] == k
                           and (a == b or n not in (first, a))]))
    groups.append((-1, [n for n in range(1, len(lines) + 1) if n not in owner and used.get(n) not in NOT_TEXT]))
    out: list[Sentence] = []
    for k, body in groups:
        found = _split(lines, body)
        money = any(_MONEY.search(_fold(t)) for _, _, t in found)
        for j, (first, last, text) in enumerate(found):
            above = lines[first - 2] if first >= 2 else ""
            out.append(Sentence(k, (first, last), text, features(
                text, above if _is_label(above) else "", j, len(found), money, k < 0)))
    return out


@dataclass(frozen=True)
class DecisionModel:
    """The learned models: whether a sentence decides (`weights`), and of which kind (`kinds`, one against the rest)."""

    weights: dict[str, float]
    kinds: dict[str, dict[str, float]]
    trained_on: tuple[str, ...] = ()
    rows: int = 0
    positives: int = 0
    threshold: float = THRESHOLD

    def probability(self, feats: Iterable[str]) -> float:
        """How likely a sentence of these features decides something."""
        return probability(self.weights, feats)

    def kind(self, feats: Iterable[str]) -> str:
        """The kind of decision (`KINDS`) the kinds' models find likeliest for a deciding sentence."""
        fs = list(feats)
        return max(KINDS, key=lambda k: probability(self.kinds[k], fs))

    def to_json(self) -> str:
        return json.dumps({"trained_on": list(self.trained_on), "rows": self.rows, "positives": self.positives,
                           "threshold": self.threshold, "weights": self.weights, "kinds": self.kinds},
                          ensure_ascii=False, indent=0, sort_keys=True, separators=(",", ":")) + "\n"

    @classmethod
    def from_json(cls, text: str) -> DecisionModel:
        data = json.loads(text)
        return cls(data["weights"], data["kinds"], tuple(data["trained_on"]), data["rows"], data["positives"],
                   data["threshold"])


def fit(rows: Sequence[tuple[frozenset[str], str | None]], trained_on: Sequence[str] = (),
        least: int = LEAST_ROWS) -> DecisionModel:
    """The models fitted to sentences labelled with the kind of the key's decision on their lines (None: none)."""
    feats = common([r for r, _ in rows], least)
    weights = sgd(feats, [1 if kind else 0 for _, kind in rows])
    deciding = [kind for _, kind in rows if kind]
    deciding_feats = common([r for r, kind in rows if kind], least)
    kinds = {k: kept(sgd(deciding_feats, [1 if kind == k else 0 for kind in deciding])) for k in KINDS}
    return DecisionModel(kept(weights), kinds, tuple(trained_on), len(rows), len(deciding))


@functools.cache
def shipped_model() -> DecisionModel | None:
    """The model shipped with the package; None where it is missing (then the rules read alone)."""
    return DecisionModel.from_json(MODEL_FILE.read_text(encoding="utf-8")) if MODEL_FILE.exists() else None


def learned_decisions(model: DecisionModel, found: Sequence[Sentence], items: Sequence[Item],
                      read: Sequence[tuple[int, int]]) -> list[Decision]:
    """The decisions the model reads in the sentences `found` where no decision of the rules (`read`, their lines)
    stands: a sentence at `model.threshold` or above, consecutive ones of an item one decision, its kind by the
    kinds' model (a replacement left to the rules). A sentence directly over a decision the rules read, in the same
    item, is that decision's lead-in or the proposal it decides, not one of its own."""
    def ruled(s: Sentence) -> bool:
        return any(not (s.lines[1] < x or s.lines[0] > y) for x, y in read)

    runs: list[tuple[int, int, int, list[str], float, frozenset[str]]] = []
    for j, s in enumerate(found):
        a, b = s.lines
        if ruled(s):
            continue
        if j + 1 < len(found) and found[j + 1].item == s.item and ruled(found[j + 1]):
            continue    # (directly over a decision the rules read: its lead-in, "Nämnden beslutar" over "att ...",
            #            or the proposal it decides, "Förslag till beslut / Utskottet beslutar att ..." over the same)
        p = model.probability(s.features)
        if p < model.threshold:
            continue
        if runs and runs[-1][0] == s.item and runs[-1][2] >= a - 1:
            k, first, _, texts, best, feats = runs[-1]
            runs[-1] = (k, first, b, [*texts, s.text], max(best, p), feats)
            continue
        runs.append((s.item, a, b, [s.text], p, s.features))
    out: list[Decision] = []
    for k, first, last, texts, p, feats in runs:
        kind = model.kind(feats)
        if kind == "replacement":
            continue
        out.append(Decision(kind, (first, last), " ".join(texts), item=items[k].n if k >= 0 else None,
                            learned=round(p, 2)))
    return out
