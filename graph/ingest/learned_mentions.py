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
from .names_found import GIVEN_NAMES

MODEL_FILE = Path(__file__).with_name("mention_model.json")
#: the least probability at which a name a sentence mentions is read as present (the 43rd round's check on the 13
#: parts the rules of their time had not been tuned on, the model trained without them, asked of the names those
#: rules listed nowhere: at 0.7, 224 names taken, 213 of them present in the key, 187 with the key's list and
#: organisation; at 0.5, 236 taken, 217 present, 189 with both; at 0.9, 205, 197, 180)
THRESHOLD = 0.7
#: a feature counts where at least this many training mentions have it
LEAST_ROWS = 4
#: the list of the members present and of the others present, at a meeting (False) and at a presidiekonferens (True),
#: whose elected and officials the keys' lists name "deltagare" and "övriga deltagare" (tests/ingest_corpus/README.md):
#: the second model's two answers
MEMBER_LISTS = {False: "ledamoter", True: "deltagare"}
OTHER_LISTS = {False: "ovriga", True: "ovriga-deltagare"}

_WORD = re.compile(r"[a-zåäöéü]+|\d+")
_ORG_WORD = re.compile(r"kommun|region|län|förbund|forbund|förening|gymnasie|kansli|förvaltning|nämnd", re.I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# a wide gap, a tab or a table's bar between two words: a row of columns, no prose
_GAP = re.compile(r"\S\s{3,}\S|\t|\|")


def prose_line(text: str) -> bool:
    """A line of running text: six words or more, three of them in lower case, no wide gap, tab or bar between two of
    them (a list's line, a heading or a table's row is none)."""
    words = text.split()
    return len(words) >= 6 and sum(1 for w in words if w[:1].islower()) >= 3 and not _GAP.search(text)


_MARGIN_LABEL = re.compile(r"(\S(?:[^\s]|\s(?!\s)){0,40}?)\s{3,}(?=\S)")


def text_column(lines: Sequence[str]) -> list[str]:
    """Each line's text, a margin's label joined to its text where the text stands in a column beside labels
    ("UPPDRAGET         I stället för dagens gäst talade ..." / "                  nytt uppdrag: ..." read as
    "UPPDRAGET: I stället för ..." / "nytt uppdrag: ..."): a label, a wide gap and the text at a column where a
    neighbouring line (two on either side) goes on indented to it; the lines so indented (to the last label's column
    in their block, or a neighbour's), their text. Other lines as they are."""
    indent = [len(t) - len(t.lstrip()) if t.strip() else -1 for t in lines]
    col = [m.end() if (m := _MARGIN_LABEL.match(t)) and not t[:1].isspace() else -1 for t in lines]
    out = list(lines)
    at = -1         # the column of the label above, in this block of lines
    for i, t in enumerate(lines):
        near = range(max(0, i - 2), min(len(lines), i + 3))
        if col[i] > 0 and any(j != i and indent[j] == col[i] for j in near):
            # (the label kept before its text as a sentence's lead: "Frånvarande: Kirschberg Janita, ...")
            out[i], at = f"{t[:col[i]].strip().rstrip('.:')}: {t[col[i]:]}", col[i]
        elif indent[i] >= 6 and (indent[i] == at or any(col[j] == indent[i] for j in near)):
            out[i] = t.strip()
        elif not t.strip():
            at = -1
    return out


def paragraphs(lines: Sequence[str]) -> list[list[int]]:
    """The paragraphs of running text: runs of consecutive lines (1-based), none blank or with a wide gap, one of them
    at least a line of prose (`prose_line`); a heading over its text ("§ 1 Öppnande") is none of its paragraph."""
    runs: list[list[int]] = [[]]
    for n, text in enumerate(lines, start=1):
        if not text.strip() or _GAP.search(text):
            runs.append([])
            continue
        if len(runs[-1]) == 1 and _heading(lines[n - 2]):
            runs.append([])
        runs[-1].append(n)
    return [run for run in runs if run and any(prose_line(lines[n - 1]) for n in run)]


def _heading(text: str) -> bool:
    """A line heading the text under it: five words or fewer, not going on into the next line (a comma, a colon, a
    word in lower case or a given name at its end: "Närvarande var" / "Ordförande för dagen var Eva")."""
    words = text.split()
    return 0 < len(words) <= 5 and not text.rstrip().endswith((",", ":")) and not words[-1][:1].islower() \
        and fold(words[-1]) not in GIVEN_NAMES


@dataclass(frozen=True)
class Mention:
    """A name found in a paragraph of prose, where it stands, and the features of its context."""

    line: int                   # 1-based: the line the name starts on
    name: str
    text: str                   # the paragraph, its lines joined by a space
    start: int                  # where in it the name starts
    following: int              # where the next name of the paragraph starts (its end where none does)
    features: frozenset[str]


def mentions(lines: Sequence[str], find: Callable[[str], list[tuple[str, int]]]) -> list[Mention]:
    """The names `find` finds (the rules' name finder: each name and where it starts) in each paragraph of prose (its
    lines joined: a name may be wrapped, "ordföranden Sanna" / "Hallgren"; a margin's labels joined to their text,
    `text_column`), once per paragraph and person, each with its features: the words before it in its sentence (the
    last two apart), the words after it to the sentence's end (the next apart), an organisation right after it (",
    Vimmerby kommun" or "(Region Kalmar län)"), a comma or "och" before it (a run of names), how many names its
    sentence has, and where in the document it stands."""
    n_lines = len(lines)
    lines = text_column(lines)
    out: list[Mention] = []
    for run in paragraphs(lines):
        text, starts = "", []
        for n in run:
            starts.append((len(text), n))
            text += lines[n - 1].strip() + " "
        breaks = [off - 1 for off, _n in starts[1:]]      # (the space joining a line to the next)
        found: dict[str, tuple[str, int]] = {}
        for name, at in find(text):
            # (a name runs on over a line's end only from its first word, a given name wrapped: "ordföranden Sanna" /
            # "Hallgren"; "Magnus Persson" / "Deltagare" is the name, then the next line's word)
            cut = next((b for b in breaks if at < b < at + len(name)), None)
            if cut is not None and len(text[at:cut].split()) > 1:
                name = text[at:cut].strip()
            found.setdefault(fold(name), (name, at))
        ats = sorted(at for _, at in found.values())
        ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        for name, at in found.values():
            line = max(n for off, n in starts if off <= at)
            before, after = text[:at], text[at + len(name):]
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
            first = max([e for e in ends if e <= at], default=0)
            last = min([e for e in ends if e > at], default=len(text))
            k = sum(1 for a in ats if first <= a < last)
            feats.add("names=" + ("1" if k <= 1 else "2" if k == 2 else "m"))
            feats.add(f"at={min(4, int(5 * (line - 1) / max(n_lines, 1)))}")
            feats.add("early" if line <= 25 else "late")
            following = min([a for a in ats if a > at], default=len(text))
            out.append(Mention(line, name, text, at, following, frozenset(feats)))
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
