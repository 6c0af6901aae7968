"""Train the learned decision model (graph/ingest/learned_decisions.py) on the answer keys of the test corpus.

    python tests/ingest_corpus/train_decisions.py [--jobs 2] [--out graph/ingest/decision_model.json] [--check]

Every part of the corpus but those no tuner has opened (`corpus_goal.NEVER_OPENED`), and the generated protocols
the rules were tuned on (`corpus_goal.GENERATED_TRAINING`, written by tests/ingest_gen), is read by the rules alone
(no learned model, no learned template), and each sentence of a document's text (`learned_decisions.sentences`) is
labelled with the kind of the key's decision on its lines, or none; `learned_decisions.fit` fits the models to them.
Run it again after a round opens or adds parts, or changes what the rules read (items, lists, the header): the
committed model must be the one this makes (`--check` says whether it is; tests/test_ingest_learned_decisions.py
checks the parts it names). The file is written whole or not at all.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from corpus_goal import GENERATED_TRAINING, NEVER_OPENED, PARTS  # noqa: E402
from ingest_gen.write import parse_seeds, write_part  # noqa: E402

from graph.ingest.extract import Extractor  # noqa: E402
from graph.ingest.learned_decisions import MODEL_FILE, fit, sentences  # noqa: E402
from graph.ingest.pipeline import make_context  # noqa: E402
from graph.ingest.quality import CORPUS_DIR, load_part  # noqa: E402
from graph.ingest.reading import IngestError, read_document  # noqa: E402
from graph.model import parse_lines  # noqa: E402


def part_rows(name: str) -> list[tuple[frozenset[str], str | None]]:
    """The labelled sentences of one part's documents, read by the rules alone; a part "gen:SEEDS@VERSION" is
    generated first (tests/ingest_gen), into a folder of its own."""
    if name.startswith("gen:"):
        seeds, _, version = name[4:].partition("@")
        with tempfile.TemporaryDirectory() as tmp:
            write_part(parse_seeds(seeds), Path(tmp), version=int(version))
            return _rows(Path(tmp))
    return _rows(CORPUS_DIR / name)


def _rows(folder: Path) -> list[tuple[frozenset[str], str | None]]:
    part = load_part(folder)
    ctx = make_context(part.known)
    keys = {r.document.id: r.data for r in part.corpus.records}
    rows: list[tuple[frozenset[str], str | None]] = []
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
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", type=Path, default=MODEL_FILE)
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 if the committed model differs")
    args = ap.parse_args(argv)
    parts = [p for p in PARTS if p not in NEVER_OPENED] + GENERATED_TRAINING
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        rows = [r for got in pool.map(part_rows, parts) for r in got]
    text = fit(rows, parts).to_json()
    print(f"{len(rows)} sentences of {len(parts)} parts, {sum(1 for _, k in rows if k)} on a key's decision")
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'the model these parts make' if same else 'NOT the model these parts make: retrain'}")
        return 0 if same else 1
    fd, tmp = tempfile.mkstemp(dir=args.out.parent, prefix=".decision_model.", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, 0o644)
    os.replace(tmp, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
