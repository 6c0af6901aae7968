"""Attendance lines read by a model learned from answer keys, where no rule read the line as one.

The rules find a list of those present by its heading, its label or its sentence ("Närvarande:", "Deltagare",
"Vid mötet deltog ...") and read each line under it. A list whose heading or layout no rule knows is read by none of
them: on text the rules had not been tuned on, a third of the attendance was missed, most of it on lines no rule
took (tests/ingest_corpus/ROUNDS.md, 41st and 42nd rounds). This module holds a model of lines (learned_lines.py: a
logistic regression over the shape of a line and of its neighbours), trained on the answer keys of the test corpus:
every line of a document, labelled by whether the key has an attendance entry on it.

After the rules, `taken_lines` gives the lines the model takes for an attendance line with probability at least
`THRESHOLD` that the rules read as no attendance, absence or layout; the extractor reads each with the
rules' own entry reader (its name, organisation, role), in the list of the nearest list above it. Each such entry
carries its probability (`Entry.learned`): the draft notes it and the review counts it, to be checked.

The model is data (`attendance_model.json`, made by `tests/ingest_corpus/train_decisions.py` beside the decision
model, from the same parts: those a tuner opened and the generated protocols the rules were tuned on; the parts
never opened stay out of it, so their figures stay a measure of unseen text). Nothing is fitted at run time.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from pathlib import Path

from .learned_lines import LineModel, line_features

MODEL_FILE = Path(__file__).with_name("attendance_model.json")
#: the least probability at which a line no rule read as attendance is read as one (the 41st round's check on the
#: 15 parts the rules of their time had not been tuned on: at 0.95, 54 entries added, 52 with the right name; at
#: 0.8 more entries, of which more were wrong)
THRESHOLD = 0.95
#: what the rules read a line as that keeps it from the model: a list's or an absence's line, layout (a line read as
#: anything else, prose, a table's row, a person's mention, a heading, may be a list line no rule knew as one)
RULED = frozenset({"attendance", "absent", "layout", "blank"})


@functools.cache
def shipped_model() -> LineModel | None:
    """The model shipped with the package; None where it is missing (then the rules read alone)."""
    return LineModel.from_json(MODEL_FILE.read_text(encoding="utf-8")) if MODEL_FILE.exists() else None


def taken_lines(model: LineModel, lines: Sequence[str], used: Mapping[int, str]) -> list[tuple[int, float]]:
    """The lines (1-based) the model takes for attendance lines at `model.threshold` or above, but those the rules read
    as attendance, absence or layout (`RULED`), each with its probability."""
    out: list[tuple[int, float]] = []
    for i, feats in enumerate(line_features(lines)):
        if used.get(i + 1) not in RULED and lines[i].strip() and (p := model.probability(feats)) >= model.threshold:
            out.append((i + 1, round(p, 2)))
    return out
