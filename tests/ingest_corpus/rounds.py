"""The figures of a round of rule changes (ROUNDS.md), part by part: measure every part of the test corpus and
the known documents into a folder of JSON files, then compare two such folders or pool parts.

    python tests/ingest_corpus/rounds.py measure OUT [--root CHECKOUT] [--jobs 2] [--parts fresh36 fresh37]
    python tests/ingest_corpus/rounds.py compare BEFORE AFTER [--facts]
    python tests/ingest_corpus/rounds.py pool DIR fresh36 fresh37
    python tests/ingest_corpus/rounds.py missed DIR part [--kinds attendance decisions]

`measure` runs `samverkan ingest-quality --corpus PART --json OUT/PART.json` of CHECKOUT (default: this one;
another checkout, e.g. a worktree at the round's first commit, measures its own rules on its own corpus) for
every part, and the known documents into OUT/known.json, `--jobs` at a time (each a process of its own). It is
a tool for whoever tunes the rules, not a test: it prints figures, it asserts nothing. A held-out part is
measured with the others: read only its figures (`compare` and `pool` print no facts of a part unless asked
with `--facts`, never those of a part no tuner has opened, `corpus_goal.NEVER_OPENED`, nor of one named in `--held`;
`missed` refuses such a part). The forty-fourth round printed facts of eight such parts by a `compare --facts` over
every part, the `--held` list forgotten: since then the tool keeps them back itself."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_goal import NEVER_OPENED  # noqa: E402  (tests/corpus_goal.py: the parts no tuner has opened)

GOAL_KINDS = ["attendance", "agenda items", "presenters", "decisions", "amounts"]
KNOWN = "known"
_KNOWN_SCRIPT = ("import json, sys; from graph.ingest.quality import measure; "
                 "data = json.dumps({'known': measure().as_json()}, ensure_ascii=False); "
                 "open(sys.argv[1], 'w', encoding='utf-8').write(data)")


def _parts(root: Path) -> list[str]:
    sys.path.insert(0, str(root))
    from graph.ingest.quality import corpus_parts  # the checkout's own order of parts
    return [p.name for p in corpus_parts(root / "tests" / "ingest_corpus")]


def measure(out: Path, root: Path, jobs: int, only: list[str] | None) -> int:
    """Measure each part (and the known documents) of the checkout `root` into out/<part>.json."""
    out.mkdir(parents=True, exist_ok=True)
    python = root / ".venv" / "bin" / "python"
    if not python.exists():
        python = Path(sys.executable)
    names = only or [KNOWN, *_parts(root)]

    def one(name: str) -> tuple[str, int, str]:
        target = out / f"{name}.json"
        target.unlink(missing_ok=True)      # (a failed measure leaves no figures of an earlier run behind)
        if name == KNOWN:
            cmd = [str(python), "-c", _KNOWN_SCRIPT, str(target)]
        else:
            cmd = [str(python), "-m", "graph.cli", "ingest-quality", "--corpus",
                   str(root / "tests" / "ingest_corpus" / name), "--json", str(target)]
        done = subprocess.run(cmd, cwd=root, capture_output=True, text=True)
        return name, done.returncode, done.stderr.strip().splitlines()[-1] if done.returncode else ""

    failed = 0
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for name, code, err in pool.map(one, names):
            print(f"{name:<10} {'ok' if code == 0 else f'FAILED ({code}): {err}'}", flush=True)
            failed += code != 0
    return 1 if failed else 0


def _load(folder: Path) -> dict[str, dict[str, Any]]:
    """part -> its report (total, documents, wrong_merges, refused)."""
    reports = {}
    for f in sorted(folder.glob("*.json")):
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            print(f"note: {f} holds no figures (its measure failed): left out", file=sys.stderr)
            continue
        reports[f.stem] = data[f.stem] if f.stem in data else next(iter(data.values()))
    return reports


def _figure(k: dict[str, Any]) -> str:
    r = "  -  " if k["recall"] is None else f"{k['recall']:.3f}"
    p = "  -  " if k["precision"] is None else f"{k['precision']:.3f}"
    return f"{r} ({p})"


def _missed(report: dict[str, Any]) -> int:
    return sum(len(report["total"][k]["missed"]) for k in GOAL_KINDS)


def _silent(report: dict[str, Any]) -> int:
    return sum(report["total"][k].get("silent", 0) for k in GOAL_KINDS)


def compare(before: Path, after: Path, facts: bool, held: list[str] = ()) -> int:  # type: ignore[assignment]
    """The parts whose figures changed, kind by kind; with `facts`, the facts gained and lost (never those of a
    part in `held`: a held-out part is read by its figures alone)."""
    a, b = _load(before), _load(after)
    print(f"{'part':<10} {'missed':>13} {'silent':>9} {'merges':>7}  changed kinds (recall (precision) before, after)")
    for name in [n for n in b if n in a] + [n for n in b if n not in a]:
        new = b[name]
        old = a.get(name)
        kinds = ["people", *GOAL_KINDS, "posts", "meetings", "reconciliation"]
        if old is None:
            print(f"{name:<10} {'(new) ' + str(_missed(new)):>13} {_silent(new):>9} {len(new['wrong_merges']):>7}")
            continue
        changed = [f"{k} {_figure(old['total'][k])} -> {_figure(new['total'][k])}" for k in kinds
                   if (old["total"][k]["recall"], old["total"][k]["precision"])
                   != (new["total"][k]["recall"], new["total"][k]["precision"])]
        if not changed and _missed(old) == _missed(new) and _silent(old) == _silent(new) \
                and old["wrong_merges"] == new["wrong_merges"]:
            continue
        mark = "  WORSE" if _missed(new) > _missed(old) or len(new["wrong_merges"]) > len(old["wrong_merges"]) \
            or any(_worse(old["total"][k], new["total"][k]) for k in kinds) else ""
        print(f"{name:<10} {_missed(old):>6}->{_missed(new):<6} {_silent(old):>3}->{_silent(new):<4} "
              f"{len(old['wrong_merges'])}->{len(new['wrong_merges'])}{mark}")
        for c in changed:
            print(f"           {c}")
        if facts and name not in held and name not in NEVER_OPENED:
            for k in kinds:
                for doc in sorted(set(old["documents"]) | set(new["documents"])):
                    o = old["documents"].get(doc, {}).get(k, {"missed": [], "extra": []})
                    n = new["documents"].get(doc, {}).get(k, {"missed": [], "extra": []})
                    for what in ("missed", "extra"):
                        for f in sorted(set(n[what]) - set(o[what])):
                            print(f"           + {what} {k} {doc}: {f}")
                        for f in sorted(set(o[what]) - set(n[what])):
                            print(f"           - {what} {k} {doc}: {f}")
    return 0


def _worse(old: dict[str, Any], new: dict[str, Any]) -> bool:
    return any(o is not None and (n is None or n < o - 1e-9)
               for o, n in ((old["recall"], new["recall"]), (old["precision"], new["precision"])))


def pool(folder: Path, names: list[str]) -> int:
    reports = _load(folder)
    print(f"pooled {', '.join(names)}: recall (precision)")
    missed = silent = merges = 0
    for k in GOAL_KINDS:
        c = d = mc = md = 0
        for n in names:
            t = reports[n]["total"][k]
            c, d, mc = c + t["curated"], d + t["draft"], mc + t["matched"]
            # matched on the draft's side: precision x draft (the report keeps the ratio)
            md += round((t["precision"] or 0) * t["draft"])
        print(f"  {k:<13} {mc / c if c else float('nan'):.3f} ({md / d if d else float('nan'):.3f})  "
              f"curated {c}, matched {mc}")
    for n in names:
        missed += _missed(reports[n])
        silent += _silent(reports[n])
        merges += len(reports[n]["wrong_merges"])
    print(f"  missed goal facts {missed}, silent {silent}, wrong merges {merges}")
    return 0


def missed(folder: Path, name: str, kinds: list[str]) -> int:
    if name in NEVER_OPENED:
        print(f"{name} is a part no tuner has opened (corpus_goal.NEVER_OPENED): its figures only, with `pool`",
              file=sys.stderr)
        return 2
    report = _load(folder)[name]
    for doc, scores in report["documents"].items():
        for k in kinds:
            for f in scores[k]["missed"]:
                print(f"{doc}  missed {k}: {f}")
            for f in scores[k]["extra"]:
                print(f"{doc}  extra  {k}: {f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("measure")
    m.add_argument("out", type=Path)
    m.add_argument("--root", type=Path, default=HERE.parents[1])
    m.add_argument("--jobs", type=int, default=2)
    m.add_argument("--parts", nargs="+")
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--facts", action="store_true", help="the facts gained and lost, per part and document")
    c.add_argument("--held", nargs="+", default=[], metavar="PART",
                   help="held-out parts: their figures only, never their facts")
    p = sub.add_parser("pool")
    p.add_argument("folder", type=Path)
    p.add_argument("parts", nargs="+")
    s = sub.add_parser("missed")
    s.add_argument("folder", type=Path)
    s.add_argument("part")
    s.add_argument("--kinds", nargs="+", default=GOAL_KINDS)
    args = ap.parse_args(argv)
    if args.cmd == "measure":
        return measure(args.out, args.root.resolve(), args.jobs, args.parts)
    if args.cmd == "compare":
        return compare(args.before, args.after, args.facts, args.held)
    if args.cmd == "pool":
        return pool(args.folder, args.parts)
    return missed(args.folder, args.part, args.kinds)


if __name__ == "__main__":
    sys.exit(main())
