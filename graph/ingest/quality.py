"""Measured quality: ingest each source document and compare the draft with the curated record.

Each document is ingested as if it were new: the graph it is reconciled against is the corpus
*without* that document's record (its people, organisations, works and text are not known), so the
curated answer never leaks into the draft. Facts are compared per kind:

- people: the people a record names anywhere (people, presenters, attendance, decisions), grouped by
  the project's rule (same_person); a draft person matches a curated one by that rule;
- attendance: entries (list kind, person, organisation or capacity, acting) of the held meeting;
- decisions: kind and lines overlapping, plus group/new/replaced/seat for replacements and
  value/year for indicators;
- agenda items: number (where numbered), parent, title (similar after folding) and first line (±2);
- presenters: (agenda item, person); posts: (person, role, organisation);
- amounts: (amount in SEK, line) of totals, parts and allocations;
- meetings: (date, status) of meetings held, referred to or announced;
- reconciliation: each person of the draft matched against the graph without the document, judged by
  the project's rule over the whole corpus: "known" must name the same person, "new" must be a person
  no other document names; "uncertain" counts as undecided (it lowers recall, not precision).
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..names import fold, same_person
from ..people import People, name_mentions, reconcile_people
from ..records import Corpus, load_corpus, parse_lines
from .pipeline import ingest, make_context, without_source

KINDS = ["people", "attendance", "decisions", "agenda items", "amounts", "presenters", "posts", "meetings",
         "reconciliation"]


@dataclass
class Score:
    curated: int = 0
    draft: int = 0
    matched_curated: int = 0
    matched_draft: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.matched_draft / self.draft if self.draft else (None if not self.curated else 0.0)

    @property
    def recall(self) -> float | None:
        return self.matched_curated / self.curated if self.curated else None

    def add(self, other: Score) -> None:
        self.curated += other.curated
        self.draft += other.draft
        self.matched_curated += other.matched_curated
        self.matched_draft += other.matched_draft
        self.missed += other.missed
        self.extra += other.extra


def _match(curated: list[Any], draft: list[Any], same: Callable[[Any, Any], bool], show: Callable[[Any], str]) \
        -> Score:
    """One-to-one greedy matching of facts."""
    s = Score(curated=len(curated), draft=len(draft))
    free = list(range(len(draft)))
    for c in curated:
        hit = next((i for i in free if same(c, draft[i])), None)
        if hit is None:
            s.missed.append(show(c))
        else:
            free.remove(hit)
            s.matched_curated += 1
    s.matched_draft = s.matched_curated
    s.extra = [show(draft[i]) for i in free]
    return s


def _span(v: Any) -> tuple[int, int]:
    return parse_lines(v) or (0, 0)


def _overlap(a: Any, b: Any) -> bool:
    x, y = _span(a), _span(b)
    return x[0] <= y[1] and y[0] <= x[1]


def people_of(rec: dict[str, Any]) -> list[list[str]]:
    groups: list[list[str]] = []
    for spelling, _line in name_mentions(rec):
        for g in groups:
            if any(same_person(spelling, o) for o in g):
                if spelling not in g:
                    g.append(spelling)
                break
        else:
            groups.append([spelling])
    return groups


def _held(rec: dict[str, Any]) -> list[dict[str, Any]]:
    return [m for m in rec.get("meetings", []) or [] if m.get("status") == "held"]


def _entries(rec: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    out = []
    for m in _held(rec):
        for lst in m.get("attendance", []) or []:
            for e in lst["entries"]:
                out.append((str(lst["list"]), str(e["name"]), str(e.get("org") or e.get("role") or ""),
                            bool(e.get("acting"))))
    return out


def _items(rec: dict[str, Any]) -> list[dict[str, Any]]:
    return [it for m in _held(rec) for it in m.get("agenda", []) or []]


def _similar(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    return fa == fb or difflib.SequenceMatcher(None, fa, fb).ratio() >= 0.8


def compare(curated: dict[str, Any], draft: dict[str, Any]) -> dict[str, Score]:
    scores: dict[str, Score] = {}
    scores["people"] = _match(people_of(curated), people_of(draft),
                              lambda c, d: any(same_person(x, y) for x in c for y in d), lambda g: g[0])
    scores["attendance"] = _match(
        _entries(curated), _entries(draft),
        lambda c, d: c[0] == d[0] and same_person(c[1], d[1]) and c[2] == d[2] and c[3] == d[3],
        lambda e: f"{e[0]}: {e[1]} ({e[2]}{', tf.' if e[3] else ''})")

    def same_decision(c: dict[str, Any], d: dict[str, Any]) -> bool:
        if c["kind"] != d["kind"] or not _overlap(c["lines"], d["lines"]):
            return False
        if c["kind"] == "replacement":
            return (c.get("group") == d.get("group") and same_person(str(c["new"]), str(d.get("new", "")))
                    and same_person(str(c["replaced"]), str(d.get("replaced", "")))
                    and c.get("seat_origin") == d.get("seat_origin"))
        if c["kind"] == "indicator":
            ci, di = c.get("indicator") or {}, d.get("indicator") or {}
            return float(ci.get("value", -1)) == float(di.get("value", -2)) and \
                str(ci.get("year")) == str(di.get("year"))
        if c["kind"] == "approve-protocol":
            return c.get("item") == d.get("item")
        return True

    scores["decisions"] = _match(list(curated.get("decisions", []) or []), list(draft.get("decisions", []) or []),
                                 same_decision, lambda d: f"{d['kind']} (lines {d['lines']})")

    def same_item(c: dict[str, Any], d: dict[str, Any]) -> bool:
        if c.get("n") != d.get("n") or c.get("parent") != d.get("parent"):
            return False
        return abs(_span(c["lines"])[0] - _span(d["lines"])[0]) <= 2 and _similar(str(c["title"]), str(d["title"]))

    scores["agenda items"] = _match(_items(curated), _items(draft), same_item,
                                    lambda it: f"{it.get('n', '-')}. {it['title']} ({it['lines']})")

    def amounts(rec: dict[str, Any]) -> list[tuple[int, int]]:
        out = []
        for f in rec.get("funding", []) or []:
            out.append((int(f["total"]), _span(f["lines"])[0]))
            for key in ("parts", "allocations"):
                out += [(int(p["amount"]), _span(p["lines"])[0]) for p in f.get(key, []) or []]
        return out

    scores["amounts"] = _match(amounts(curated), amounts(draft), lambda c, d: c == d,
                               lambda a: f"{a[0]} kr (line {a[1]})")

    def presenters(rec: dict[str, Any]) -> list[tuple[int, str]]:
        return [(_span(it["lines"])[0], str(p["name"])) for it in _items(rec) for p in it.get("presenters", []) or []]

    scores["presenters"] = _match(presenters(curated), presenters(draft),
                                  lambda c, d: abs(c[0] - d[0]) <= 2 and same_person(c[1], d[1]),
                                  lambda p: f"{p[1]} (item at line {p[0]})")

    def posts(rec: dict[str, Any]) -> list[tuple[str, str, str]]:
        return [(str(p["name"]), str(post["role"]), str(post["org"])) for p in rec.get("people", []) or []
                for post in p.get("posts", []) or []]

    scores["posts"] = _match(posts(curated), posts(draft), lambda c, d: same_person(c[0], d[0]) and c[1:] == d[1:],
                             lambda p: f"{p[0]}: {p[1]} – {p[2]}")

    def meetings(rec: dict[str, Any]) -> list[tuple[str, str]]:
        return [(str(m["date"]), str(m["status"])) for m in rec.get("meetings", []) or []]

    scores["meetings"] = _match(meetings(curated), meetings(draft), lambda c, d: c == d, lambda m: f"{m[0]} {m[1]}")
    return scores


def _reconciliation(draft: dict[str, Any], matcher: Any, known: People | None, everyone: People, doc: str) -> Score:
    s = Score()
    by_name = {p.name: p for p in known.people} if known else {}
    for group in people_of(draft):
        spelling = group[0]
        gold = everyone.by_spelling.get(spelling)
        if gold is None:
            continue  # a person the curated record does not name: counted under "people"
        s.curated += 1
        elsewhere = any(m.document != doc for m in gold.mentions)
        m = matcher.match(spelling)
        if m.status == "uncertain":
            s.missed.append(f"{spelling}: unsure ({', '.join(c.name for c in m.candidates)})")
            continue
        s.draft += 1
        if m.status == "known":
            ok = elsewhere and m.person in by_name and bool(set(by_name[m.person].spellings) & set(gold.spellings))
        else:
            ok = not elsewhere
        if ok:
            s.matched_curated += 1
            s.matched_draft += 1
        else:
            s.extra.append(f"{spelling}: {m.status} {m.person or ''}".strip())
    return s


@dataclass
class QualityReport:
    per_document: dict[str, dict[str, Score]]
    total: dict[str, Score]

    def table(self, scores: dict[str, Score] | None = None) -> str:
        scores = scores or self.total
        rows = [f"{'kind':<14}{'curated':>9}{'draft':>7}{'matched':>9}{'precision':>11}{'recall':>8}"]
        for k in KINDS:
            s = scores[k]
            p = "-" if s.precision is None else f"{s.precision:.3f}"
            r = "-" if s.recall is None else f"{s.recall:.3f}"
            rows.append(f"{k:<14}{s.curated:>9}{s.draft:>7}{s.matched_curated:>9}{p:>11}{r:>8}")
        return "\n".join(rows)

    def as_json(self) -> dict[str, Any]:
        def one(scores: dict[str, Score]) -> dict[str, Any]:
            return {k: {"curated": s.curated, "draft": s.draft, "matched": s.matched_curated,
                        "precision": s.precision, "recall": s.recall, "missed": s.missed, "extra": s.extra}
                    for k, s in scores.items()}
        return {"total": one(self.total), "documents": {d: one(s) for d, s in self.per_document.items()}}


def measure(records_dir: Path | None = None, sources_dir: Path | None = None,
            documents: Iterable[str] | None = None) -> QualityReport:
    corpus: Corpus = load_corpus(records_dir, sources_dir)
    everyone = reconcile_people(corpus)
    wanted = set(documents) if documents else None
    per: dict[str, dict[str, Score]] = {}
    total = {k: Score() for k in KINDS}
    for rec in corpus.records:
        doc = rec.document
        if (wanted and doc.id not in wanted) or doc.reference:  # a reference source has no protocol to ingest
            continue
        ctx = make_context(without_source(corpus, doc.id))
        result = ingest(doc.file, ctx, doc.id)
        scores = compare(rec.data, result.record)
        scores["reconciliation"] = _reconciliation(result.record, ctx.matcher, ctx.people, everyone, doc.id)
        per[doc.id] = scores
        for k in KINDS:
            total[k].add(scores[k])
    return QualityReport(per, total)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="ingest-quality", description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=Path, help="default: the project folder's")
    ap.add_argument("--sources", type=Path, help="default: the project folder's")
    ap.add_argument("--json", help="write the numbers (and the missed/extra facts) as JSON here")
    ap.add_argument("--per-document", action="store_true")
    args = ap.parse_args(argv)
    report = measure(args.records, args.sources)
    if args.per_document:
        for doc, scores in report.per_document.items():
            print(f"== {doc}")
            print(report.table(scores))
            for k in KINDS:
                for m in scores[k].missed:
                    print(f"   missed {k}: {m}")
                for e in scores[k].extra:
                    print(f"   extra  {k}: {e}")
            print()
    print(f"Ingest quality over {len(report.per_document)} documents (each ingested against the graph without "
          "its own record):")
    print(report.table())
    if args.json:
        Path(args.json).write_text(json.dumps(report.as_json(), indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
