"""Train the learned decision, attendance and mention models (graph/ingest/learned_decisions.py, learned_attendance.py,
learned_mentions.py) on the answer keys of the test corpus.

    python tests/ingest_corpus/train_decisions.py [--jobs 2] [--out graph/ingest/decision_model.json]
        [--attendance-out graph/ingest/attendance_model.json] [--mention-out graph/ingest/mention_model.json] [--check]
        [--leave-out learn37 learn38 ...]

Every part of the corpus but those no tuner has opened (`corpus_goal.NEVER_OPENED`), and the generated protocols
the rules were tuned on (`corpus_goal.GENERATED_TRAINING`, written by tests/ingest_gen), is read by the rules alone
(no learned model, no learned template), and each sentence of a document's text (`learned_decisions.sentences`) is
labelled with the kind of the key's decision on its lines, or none; `learned_decisions.fit` fits the models to them.
Each line of a document (`learned_lines.line_features`) is labelled by whether the key has an attendance entry on it;
`learned_lines.fit` fits the attendance model to them. Each name the rules found on a line of prose
(`learned_mentions.mentions`) is labelled by whether the key has an attendance entry for that person on that line, and
whether in the members' list; `learned_lines.fit` fits the two mention models to them.
Run it again after a round opens or adds parts, or changes what the rules read (items, lists, the header): the
committed model must be the one this makes (`--check` says whether it is; tests/test_ingest_learned_decisions.py
checks the parts it names). Each file is written whole or not at all.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from corpus_goal import GENERATED_TRAINING, NEVER_OPENED, PARTS  # noqa: E402
from ingest_gen.write import parse_seeds, write_part  # noqa: E402

from graph.ingest import learned_attendance, learned_lines, learned_mentions  # noqa: E402
from graph.ingest.extract import Extractor  # noqa: E402
from graph.ingest.learned_decisions import MODEL_FILE, fit, sentences  # noqa: E402
from graph.ingest.pipeline import make_context  # noqa: E402
from graph.ingest.quality import CORPUS_DIR, _entries, load_part  # noqa: E402
from graph.ingest.reading import IngestError, read_document  # noqa: E402
from graph.model import parse_lines  # noqa: E402
from graph.names import same_person  # noqa: E402

Rows = tuple[list[tuple[frozenset[str], str | None]], list[tuple[frozenset[str], bool]],
             list[tuple[frozenset[str], str | None]]]


def part_rows(name: str) -> Rows:
    """The labelled sentences and lines of one part's documents, read by the rules alone; a part "gen:SEEDS@VERSION" is
    generated first (tests/ingest_gen), into a folder of its own."""
    if name.startswith("gen:"):
        seeds, _, version = name[4:].partition("@")
        with tempfile.TemporaryDirectory() as tmp:
            write_part(parse_seeds(seeds), Path(tmp), version=int(version))
            return _rows(Path(tmp))
    return _rows(CORPUS_DIR / name)


def _rows(folder: Path) -> Rows:
    part = load_part(folder)
    ctx = make_context(part.known)
    keys = {r.document.id: r.data for r in part.corpus.records}
    rows: list[tuple[frozenset[str], str | None]] = []
    line_rows: list[tuple[frozenset[str], bool]] = []
    mention_rows: list[tuple[frozenset[str], str | None]] = []
    for d in part.documents:
        try:
            reader = Extractor(read_document(d.input).text, ctx.lexicon, ctx.orgs, ctx.matcher, ctx.works)
            ex = reader.run()
        except IngestError:
            continue
        decided = [(parse_lines(k["lines"]) or (0, 0), str(k["kind"])) for k in keys[d.id].get("decisions", []) or []]
        for s in sentences([ln.raw for ln in reader.lines], ex.items, ex.used):
            a, b = s.lines
            rows.append((s.features, next((kind for (x, y), kind in decided if not (b < x or a > y)), None)))
        entries = [(e, parse_lines(str(e[4]))) for e in _entries(keys[d.id]) if e[4] is not None]
        listed = {n for _, span in entries if span for n in range(span[0], span[1] + 1)}
        raw = [ln.raw for ln in reader.lines]
        line_rows += [(f, i + 1 in listed) for i, f in enumerate(learned_lines.line_features(raw))]
        for m in learned_mentions.mentions(raw, reader.names_on):
            kind = next((e[0] for e, span in entries if span and span[0] <= m.line <= span[1]
                         and same_person(e[1], m.name)), None)
            mention_rows.append((m.features, kind))
    return rows, line_rows, mention_rows


def training_parts(leave_out: Sequence[str] = ()) -> list[str]:
    """The parts the models are trained on: every part of the corpus a tuner has opened, and the generated protocols
    the rules were tuned on, but those left out."""
    return [p for p in PARTS if p not in NEVER_OPENED and p not in leave_out] + GENERATED_TRAINING


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", type=Path, default=MODEL_FILE)
    ap.add_argument("--attendance-out", type=Path, default=learned_attendance.MODEL_FILE)
    ap.add_argument("--mention-out", type=Path, default=learned_mentions.MODEL_FILE)
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 if a committed model differs")
    ap.add_argument("--leave-out", nargs="+", default=[], metavar="PART",
                    help="train without these parts too (to measure the models on parts they never saw; never commit "
                         "models so made: the committed ones are trained on every opened part)")
    args = ap.parse_args(argv)
    parts = training_parts(args.leave_out)
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        got = list(pool.map(part_rows, parts))
    rows = [r for sents, _, _ in got for r in sents]
    line_rows = [r for _, lines, _ in got for r in lines]
    mention_rows = [r for _, _, named in got for r in named]
    print(f"{len(rows)} sentences of {len(parts)} parts, {sum(1 for _, k in rows if k)} on a key's decision")
    print(f"{len(line_rows)} lines, {sum(1 for _, on in line_rows if on)} with a key's attendance entry")
    print(f"{len(mention_rows)} names on lines of prose, {sum(1 for _, k in mention_rows if k)} present in a key")
    mention_model = learned_mentions.MentionModel(
        learned_lines.fit([(f, k is not None) for f, k in mention_rows], learned_mentions.THRESHOLD, parts,
                          learned_mentions.LEAST_ROWS),
        learned_lines.fit([(f, k in learned_mentions.MEMBER_LISTS.values()) for f, k in mention_rows if k], 0.5, parts,
                          learned_mentions.LEAST_ROWS))
    made = {args.out: fit(rows, parts).to_json(),
            args.attendance_out: learned_lines.fit(line_rows, learned_attendance.THRESHOLD, parts).to_json(),
            args.mention_out: mention_model.to_json()}
    if args.check:
        stale = [out for out, text in made.items()
                 if not (out.exists() and out.read_text(encoding="utf-8") == text)]
        for out in made:
            said = "NOT the model these parts make: retrain" if out in stale else "the model these parts make"
            print(f"{out}: {said}")
        return 1 if stale else 0
    for out, text in made.items():
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.stem}.", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
        print(f"wrote {out} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
