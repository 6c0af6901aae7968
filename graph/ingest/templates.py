"""How like a protocol the rules were tuned on a new protocol is laid out, for the review's first lines.

The rules read a body's later protocols in a template they were tuned on to the goal (held-out parts fresh22 and
fresh23: recall 0.95-1.00 per goal kind), and protocols in a template they were never tuned on far less well
(fresh20 and fresh21 before the twenty-second round: 0.52-0.84; fresh26 and fresh27 after it: 0.58-0.85; fresh28
and fresh29 after the twenty-third: 0.64-0.92; fresh30 and fresh31 after the twenty-fourth: 0.44-0.78; fresh32 and
fresh33 after the twenty-fifth: 0.49-0.60):
tests/ingest_corpus/ROUNDS.md. So the review says which case a draft is.

A protocol's layout is taken from its structural lines (a heading, a label, a list's line, a numbered line: six
words or fewer, or a colon among the first four tokens, or a number first), each read through the OCR repair and
without markup, as a skeleton of its first four tokens: a word that opens lines in three or more of the indexed
documents stays (its folded form: "beslut", "narvarande", "foredragande"), any other word is "a", a number "9",
punctuation itself. Documents are compared by the cosine of their skeletons' tf-idf weights. The index holds the
skeletons of every document the rules were tuned on (the project's known documents, the corpus parts and the
generated protocols tuned on), in `tuned_templates.json` beside this module, written by
`python -m graph.ingest.templates --build`.

Found thresholds: on the held-out parts, a next protocol in a tuned template scored 0.34-0.70 against its own
template's document (every one nearest to it); protocols in templates never tuned on scored 0.07-0.17; two
documents of different tuned parts score 0.14 at the median (some writers shared the LGL forms: up to 0.43), and
the project's two real LGL protocols (one OCR-read, one clean) 0.37 against each other.
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .layout import clean_layout
from .ocr_repair import Lexicon, kw, unspaced

INDEX_FILE = Path(__file__).with_name("tuned_templates.json")
#: at or above: laid out like a protocol the rules were tuned on
FAMILIAR = 0.30
#: below: laid out like none of them
UNFAMILIAR = 0.20
#: a word stays in a skeleton when it opens lines in this many indexed documents
VOCABULARY_DOCUMENTS = 3

_TOKEN = re.compile(r"\d+|[^\W\d_]+|[^\w\s]")


@dataclass(frozen=True)
class TemplateMatch:
    """The indexed document a protocol is laid out most like, and how like (cosine, 0-1)."""

    document: str
    similarity: float

    @property
    def familiar(self) -> bool:
        return self.similarity >= FAMILIAR

    @property
    def unfamiliar(self) -> bool:
        return self.similarity < UNFAMILIAR


def structure_keys(text: str, lexicon: Lexicon) -> list[str]:
    """The document's structural lines, OCR-repaired, folded, without markup or page furniture (the first line,
    the corpus's mark of a synthetic document, left out)."""
    lines = clean_layout(text.split("\n")[1:]).lines
    out = []
    for line in lines:
        key = kw(unspaced(line), lexicon)
        tokens = _TOKEN.findall(key)
        if tokens and (len(tokens) <= 6 or ":" in tokens[:4] or tokens[0].isdigit()):
            out.append(key)
    return out


def skeletons(keys: list[str], vocabulary: set[str]) -> Counter[str]:
    """Each structural line as the skeleton of its first four tokens."""
    def one(tok: str) -> str:
        if tok.isdigit():
            return "9"
        if tok[0].isalpha():
            # (a letter alone is a sign of the layout, a scan's "l" for a table's bar: kept whatever the vocabulary)
            return tok if tok in vocabulary or len(tok) == 1 else "a"
        return tok
    return Counter(" ".join(one(t) for t in _TOKEN.findall(k)[:4]) for k in keys)


def _opening_words(keys: list[str]) -> set[str]:
    return {t for k in keys for t in _TOKEN.findall(k)[:2] if t[0].isalpha()}


@dataclass
class TemplateIndex:
    """The skeletons of the documents the rules were tuned on, and what `nearest` compares a new one with."""

    vocabulary: set[str]
    documents: dict[str, Counter[str]]   # document (its path in the project) -> skeleton counts
    parts: list[str]                     # the corpus parts indexed (besides the project's known documents)

    def __post_init__(self) -> None:
        n = len(self.documents)
        seen = Counter(s for counts in self.documents.values() for s in counts)
        self._idf = {s: math.log(n / c) + 1 for s, c in seen.items()}
        self._unseen_idf = math.log(max(n, 1)) + 1
        self._vectors = {d: self._vector(c) for d, c in self.documents.items()}

    def _vector(self, counts: Counter[str]) -> dict[str, float]:
        v = {s: (1 + math.log(c)) * self._idf.get(s, self._unseen_idf) for s, c in counts.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {s: x / norm for s, x in v.items()}

    def vector(self, counts: Counter[str]) -> dict[str, float]:
        """A document's skeleton counts as a unit vector of tf-idf weights (the index's idf; a skeleton it has
        never seen weighs as one seen once)."""
        return self._vector(counts)

    def nearest(self, text: str, lexicon: Lexicon) -> TemplateMatch | None:
        """The indexed document the text is laid out most like (None: the index is empty or the text has no
        structural line)."""
        counts = skeletons(structure_keys(text, lexicon), self.vocabulary)
        if not counts or not self._vectors:
            return None
        v = self._vector(counts)
        best = max(((sum(x * w.get(s, 0.0) for s, x in v.items()), d) for d, w in self._vectors.items()))
        return TemplateMatch(best[1], round(best[0], 3))

    @classmethod
    def build(cls, texts: dict[str, str], lexicon: Lexicon, parts: list[str]) -> TemplateIndex:
        keys = {d: structure_keys(t, lexicon) for d, t in texts.items()}
        opened = Counter(w for k in keys.values() for w in _opening_words(k))
        vocabulary = {w for w, c in opened.items() if c >= VOCABULARY_DOCUMENTS}
        return cls(vocabulary, {d: skeletons(k, vocabulary) for d, k in keys.items()}, parts)

    def to_json(self) -> str:
        """The index as JSON: the skeletons once, each document's counts by a skeleton's number (a line a document)."""
        table = sorted({s for c in self.documents.values() for s in c})
        number = {s: i for i, s in enumerate(table)}
        docs = ",\n".join(f"{json.dumps(d, ensure_ascii=False)}: "
                          f"{json.dumps(sorted([number[s], n] for s, n in c.items()), separators=(',', ':'))}"
                          for d, c in sorted(self.documents.items()))
        return (f'{{"parts": {json.dumps(self.parts, ensure_ascii=False)},\n'
                f'"vocabulary": {json.dumps(sorted(self.vocabulary), ensure_ascii=False)},\n'
                f'"skeletons": {json.dumps(table, ensure_ascii=False)},\n"documents": {{\n{docs}\n}}}}\n')

    @classmethod
    def from_json(cls, text: str) -> TemplateIndex:
        data = json.loads(text)
        table = data["skeletons"]
        return cls(set(data["vocabulary"]), {d: Counter({table[i]: n for i, n in c})
                                             for d, c in data["documents"].items()}, data["parts"])


@lru_cache(maxsize=1)
def load_index(path: Path = INDEX_FILE) -> TemplateIndex | None:
    """The index shipped with the rules (None when the file is missing: the review then says nothing of it)."""
    return TemplateIndex.from_json(path.read_text(encoding="utf-8")) if path.is_file() else None


def nearest_template(text: str, lexicon: Lexicon) -> TemplateMatch | None:
    index = load_index()
    return index.nearest(text, lexicon) if index is not None else None


def build_index(parts: list[str], generated: list[str]) -> TemplateIndex:
    """The index of the project's known documents, the named corpus parts' documents (as the ingest reads them: a
    PDF's text layer) and the generated protocols of the named ranges ("3:601-800": the generator's version 3,
    seeds 601-800, written by `python -m tests.ingest_gen` into a temporary folder), with the lexicon of the
    project's records."""
    import subprocess

    from ..records import load_corpus
    from .pipeline import load_context
    from .quality import CORPUS_DIR, _corpus_documents
    from .reading import read_document

    root = CORPUS_DIR.parents[1]
    texts: dict[str, str] = {}
    for rec in load_corpus().records:
        if not rec.document.reference:
            texts[str(rec.document.file.resolve().relative_to(root))] = read_document(rec.document.file).text
    for part in parts:
        for d in _corpus_documents(CORPUS_DIR / part):
            texts[str(d.input.resolve().relative_to(root))] = read_document(d.input).text
    for spec in generated:
        version, seeds = spec.split(":")
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-m", "tests.ingest_gen", "--version", version, "--seeds", seeds,
                            "--out", tmp], cwd=root, check=True, stdout=subprocess.DEVNULL)
            for f in sorted((Path(tmp) / "sources").glob("*.txt")):
                texts[f"generated/v{version}/{f.name}"] = f.read_text(encoding="utf-8")
    return TemplateIndex.build(texts, load_context().lexicon, [*parts, *(f"generated {g}" for g in generated)])


def write_index(index: TemplateIndex, path: Path = INDEX_FILE) -> None:
    """Write the index atomically (a temporary file renamed over it)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(index.to_json())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


#: the corpus parts the rules were tuned on (tests/ingest_corpus/README.md); the held-out parts are never indexed
# (not the development parts learn, learn2, learn3 of the twentieth round: the index stays that of the nineteenth, so
# that the similarities the learned forms were chosen and measured by stay comparable; ROUNDS.md)
TUNED_PARTS = ["tune", "unseen", "fresh"] + [f"fresh{i}" for i in range(2, 20)]
#: the generated protocols the rules were tuned on (tests/ingest_gen/README.md): version:seeds
TUNED_GENERATED = ["1:1-400", "2:401-600", "3:601-800"]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args != ["--build"]:
        print("usage: python -m graph.ingest.templates --build   (writes graph/ingest/tuned_templates.json from the "
              "project's known documents and the corpus parts tuned on)", file=sys.stderr)
        return 2
    index = build_index(TUNED_PARTS, TUNED_GENERATED)
    write_index(index)
    print(f"{INDEX_FILE}: {len(index.documents)} documents, {len(index.vocabulary)} words kept")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
