"""How far two key writers agree: a second answer key, written by another writer for a part's documents without
seeing the part's own keys, scored against those keys by the comparison the ingest's drafts are scored by
(`graph.ingest.quality.compare`). Per goal kind, the second key's recall (precision) against the first, for the
reports of meetings and the minutes apart (by the manifest's `kind`) and together: the most any reader of the
documents can score against one writer's keys, where the two writers read the conventions alike.

The second keys live in `tests/ingest_corpus/agreement/PART/` (`corpus.yaml` and `records/`, the part's own texts
read from the part); see `tests/ingest_corpus/ROUNDS.md`, "Agreement between key writers".

Usage: python tests/ingest_corpus/agreement.py [PART ...]   (default: every part with second keys)
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from graph.ingest.quality import GOAL_KINDS, KINDS, CorpusPart, Score, compare, key_problems, load_part  # noqa: E402
from graph.yamlload import load_yaml  # noqa: E402

CORPUS = ROOT / "tests" / "ingest_corpus"
SECOND = CORPUS / "agreement"
CLASSES = ("reports", "minutes")


def parts_with_second_keys() -> list[str]:
    return sorted(p.name for p in SECOND.iterdir() if (p / "corpus.yaml").is_file()) if SECOND.is_dir() else []


def second_keys(part: str) -> CorpusPart:
    """The part's documents with the second writer's keys, loaded and checked as a part's own (RecordError names
    the file)."""
    src, sec = CORPUS / part, SECOND / part
    with tempfile.TemporaryDirectory(prefix="samverkan-agreement-") as tmp:
        folder = Path(tmp) / part
        folder.mkdir()
        for sub in ("sources", "originals"):
            if (src / sub).is_dir():
                (folder / sub).symlink_to(src / sub)
        shutil.copytree(sec / "records", folder / "records")
        shutil.copy(sec / "corpus.yaml", folder / "corpus.yaml")
        return load_part(folder)


def document_class(part: str) -> dict[str, str]:
    """Each document's class by its manifest's kind: a report of a meeting ("rapport-...") or minutes."""
    docs = load_yaml(CORPUS / part / "sources" / "manifest.yaml")["documents"]
    return {str(d["id"]): "reports" if str(d.get("kind", "")).startswith("rapport") else "minutes" for d in docs}


@dataclass
class Agreement:
    """The second keys scored against the first, per class of document and kind; the second keys' own problems."""
    scores: dict[str, dict[str, Score]] = field(default_factory=lambda: {c: {k: Score() for k in KINDS}
                                                                          for c in (*CLASSES, "all")})
    documents: dict[str, str] = field(default_factory=dict)     # document -> class
    problems: list[str] = field(default_factory=list)


def agreement(parts: list[str]) -> Agreement:
    out = Agreement()
    for part in parts:
        first, second = load_part(CORPUS / part), second_keys(part)
        out.problems += [f"{part}: {p}" for p in key_problems(second)]
        ids = {d.id for d in first.documents}
        keys = {r.document.id: r.data for r in first.corpus.records if r.document.id in ids}
        others = {r.document.id: r.data for r in second.corpus.records if r.document.id in keys}
        classes = document_class(part)
        for doc in sorted(keys):
            if doc not in others:
                continue
            scores = compare(keys[doc], others[doc], key=True)
            out.documents[f"{part}/{doc}"] = classes[doc]
            for k in scores:
                out.scores[classes[doc]][k].add(scores[k])
                out.scores["all"][k].add(scores[k])
    return out


def _figure(s: Score) -> str:
    if s.recall is None:
        return "-"
    return f"{s.recall:.3f} ({s.precision:.3f})" if s.precision is not None else f"{s.recall:.3f}"


def report(a: Agreement) -> str:
    counts = {c: sum(1 for v in a.documents.values() if v == c) for c in CLASSES}
    lines = [f"the second keys against the first, recall (precision), {len(a.documents)} documents "
             f"({counts['reports']} reports of meetings, {counts['minutes']} minutes):",
             f"{'kind':14}" + "".join(f"{c:>28}" for c in (*CLASSES, "all"))]
    for k in GOAL_KINDS:
        lines.append(f"{k:14}" + "".join(f"{_figure(a.scores[c][k]):>28}" for c in (*CLASSES, "all")))
    lines.append(f"{'(facts)':14}" + "".join(
        f"{sum(a.scores[c][k].curated for k in GOAL_KINDS):>14} / {sum(a.scores[c][k].draft for k in GOAL_KINDS):<11}"
        for c in (*CLASSES, "all")))
    if a.problems:
        lines += ["the second keys' problems:", *(f"  {p}" for p in a.problems)]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parts = argv or parts_with_second_keys()
    a = agreement(parts)
    print(report(a))
    return 1 if a.problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
