"""Attendance read from the names a sentence mentions, by a model learned from answer keys, where no rule listed them.

A report of a meeting, or minutes written as running text, tells who took part in sentences ("Bland deltagarna
märktes, förutom nätverksrådets A och B, C, Vimmerby kommun, ...", "Som ordförande för mötet valdes D, Emmaboda
kommun"), in words no list heading and no rule of presence knows. The rules' name finder finds the names; this
module's model says which of them the sentence tells as present, from the words around each name (the words before
it in its sentence, the next words, an organisation after it, a run of names, its place in the document); none of the
rules' readings is among its features. A second model says whether a present person is one of the members or one of
the others present (a guest, an officer, a speaker), from the same words.

The models are data (`mention_model.json`, made by `tests/ingest_corpus/train_decisions.py` beside the other learned
models from the same parts: every name the rules found on a line of prose, labelled by whether the key has an
attendance entry for that person on that line, and of which list). Nothing is fitted at run time. The extractor asks
them after the rules and the model of attendance lines (learned_attendance.py), of the names no list holds; an entry
read so carries its probability and is noted in the draft and counted in the review, to be checked.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..names import fold
from .learned_lines import LineModel

MODEL_FILE = Path(__file__).with_name("mention_model.json")
#: the least probability at which a name a sentence mentions is read as present (the 43rd round's check on the 13
#: parts the rules of their time had not been tuned on, the model trained without them, asked of the names those
#: rules listed nowhere: at 0.5, 139 names taken, 132 of them present in the key, 115 with the key's list and
#: organisation; at 0.9, 108 taken, 105 present, 93 with both)
THRESHOLD = 0.5
#: a feature counts where at least this many training mentions have it
LEAST_ROWS = 4

_WORD = re.compile(r"[a-zåäöéü]+|\d+")
_ORG_WORD = re.compile(r"kommun|region|län|förbund|forbund|förening|gymnasie|kansli|förvaltning|nämnd", re.I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def prose_line(text: str) -> bool:
    """A line of running text: six words or more, three of them in lower case, no wide gap between two of them (a
    list's line, a heading, a table's row or a label in a margin is none)."""
    words = text.split()
    return len(words) >= 6 and sum(1 for w in words if w[:1].islower()) >= 3 and not re.search(r"\S\s{3,}\S", text)


@dataclass(frozen=True)
class Mention:
    """A name found on a line of prose, where it stands, and the features of its context."""

    line: int                   # 1-based
    name: str
    start: int                  # where in the line the name starts
    features: frozenset[str]


def mentions(lines: Sequence[str], find: Callable[[str], list[tuple[str, int]]]) -> list[Mention]:
    """The names `find` finds (the rules' name finder: each name and where it starts) on each line of prose, once per
    line and person, each with its features: the words before it in its sentence (the last two apart), the words
    after it to the sentence's end (the next apart), an organisation right after it (", Vimmerby kommun" or "(Region
    Kalmar län)"), a comma or "och" before it (a run of names), how many names the line has, and where in the
    document the line stands. A sentence may run over the line before and the one after."""
    n_lines = len(lines)
    out: list[Mention] = []
    for n, text in enumerate(lines, start=1):
        if not prose_line(text):
            continue
        found: dict[str, tuple[str, int]] = {}
        for name, start in find(text):
            found.setdefault(fold(name), (name, start))
        prev = lines[n - 2] if n > 1 else ""
        nxt = lines[n] if n < n_lines else ""
        k = len(found)
        for name, start in found.values():
            before = f"{prev} {text[:start]}"
            after = f"{text[start + len(name):]} {nxt}"
            said_before = _WORD.findall(fold(re.split(r"[.!?]\s", before)[-1]))
            said_after = _WORD.findall(fold(_SENTENCE_END.split(after)[0]))
            feats = {"bias"} | {f"b={w}" for w in said_before[-8:]} | {f"a={w}" for w in said_after[:8]}
            feats |= {f"s={w}" for w in set(said_before) | set(said_after)}
            if said_before:
                feats.add(f"p1={said_before[-1]}")
            if len(said_before) > 1:
                feats.add(f"p2={said_before[-2]}_{said_before[-1]}")
            if said_after:
                feats.add(f"n1={said_after[0]}")
            if re.match(r"\s*[,(]\s*[A-ZÅÄÖ]", after) and _ORG_WORD.search(after[:60]):
                feats.add("orgnext")
            if re.match(r"\s*,", after):
                feats.add("commanext")
            if re.search(r",\s*$|\boch\s*$", before):
                feats.add("listprev")
            feats.add("names=" + ("1" if k <= 1 else "2" if k == 2 else "m"))
            feats.add(f"at={min(4, int(5 * (n - 1) / max(n_lines, 1)))}")
            feats.add("early" if n <= 25 else "late")
            out.append(Mention(n, name, start, frozenset(feats)))
    return out


@dataclass(frozen=True)
class MentionModel:
    """Two learned models of a mention: whether the sentence tells the person as present, and, if so, whether as one
    of the members (else one of the others present)."""

    present: LineModel
    member: LineModel

    def to_json(self) -> str:
        return json.dumps({"present": json.loads(self.present.to_json()), "member": json.loads(self.member.to_json())},
                          ensure_ascii=False, indent=0, sort_keys=True, separators=(",", ":")) + "\n"

    @classmethod
    def from_json(cls, text: str) -> MentionModel:
        data = json.loads(text)
        return cls(LineModel.from_json(json.dumps(data["present"])), LineModel.from_json(json.dumps(data["member"])))


@functools.cache
def shipped_model() -> MentionModel | None:
    """The model shipped with the package; None where it is missing (then the rules read alone)."""
    return MentionModel.from_json(MODEL_FILE.read_text(encoding="utf-8")) if MODEL_FILE.exists() else None


def present(model: MentionModel, found: Sequence[Mention]) -> list[tuple[Mention, float, bool]]:
    """The mentions the model takes for a person present at `model.present.threshold` or above: each with its
    probability and whether the person is one of the members."""
    out = []
    for m in found:
        if (p := model.present.probability(m.features)) >= model.present.threshold:
            out.append((m, round(p, 2), model.member.probability(m.features) >= 0.5))
    return out
