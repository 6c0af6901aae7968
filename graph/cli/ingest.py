"""`samverkan ingest FILE` (a protocol to a draft record), `samverkan ingest --accept DRAFT` (a reviewed draft into
the records) and `samverkan ingest-quality` (measured quality)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _accept(args: argparse.Namespace) -> int:
    from ..ingest.accept import accept
    from ..ingest.reading import IngestError

    if args.file or args.id or args.out or args.dry_run:
        print("error: --accept DRAFT takes no protocol file, --id, --out or --dry-run (only --records, --sources "
              "and --sources-out)", file=sys.stderr)
        return 2
    records, sources = Path(args.records), Path(args.sources)
    try:
        done = accept(Path(args.accept), records, sources, Path(args.sources_out) if args.sources_out else None)
    except IngestError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for step in done.moved:
        print(step)
    print(f"records OK with {done.doc_id}: {done.quads} quads. The review stays at {done.review}; "
          "next: `samverkan build`.")
    return 0


def _ingest(args: argparse.Namespace) -> int:
    from ..ingest.pipeline import ingest, load_context, write_outputs
    from ..ingest.reading import IngestError
    from ..ingest.review import make_review, render_markdown, render_terminal

    if args.accept:
        return _accept(args)
    if not args.file:
        print("error: give the protocol to read (FILE), or --accept DRAFT", file=sys.stderr)
        return 2
    if not args.max_mb > 0:
        print(f"error: --max-mb {args.max_mb}: the limit must be more than 0", file=sys.stderr)
        return 2
    records, sources = Path(args.records), Path(args.sources)
    try:
        ctx = load_context(records, sources)
        result = ingest(Path(args.file), ctx, args.id, int(args.max_mb * 1024 * 1024))
        out = Path(args.out) if args.out else records / "drafts" / f"{result.doc_id}.yaml"
        if out.exists():
            raise IngestError(f"{out} exists: ingest never overwrites a record (give another --out)")
        rv = make_review(result, ctx)
        md = render_markdown(result, rv, str(out))
        if args.dry_run:
            print(render_terminal(result, rv))
            print("(dry run: nothing written)")
            return 0
        written = write_outputs(result, out, Path(args.sources_out) if args.sources_out else sources, md)
    except IngestError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(render_terminal(result, rv))
    for p in written:
        print(f"wrote {p}")
    return 0


def _quality(args: argparse.Namespace) -> int:
    from ..ingest.quality import main as quality_main

    argv = ["--records", args.records, "--sources", args.sources]
    if args.json:
        argv += ["--json", args.json]
    if args.per_document:
        argv.append("--per-document")
    if args.pool:
        argv.append("--pool")
    for part in args.corpus or []:
        argv += ["--corpus", part]
    for part in args.learn_from or []:
        argv += ["--learn-from", part]
    if args.learn_within:
        argv.append("--learn-within")
    return quality_main(argv)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="read a protocol (text or PDF) into a draft record with a review summary; "
                                      "--accept a reviewed draft into the records")
    p.add_argument("file", nargs="?",
                   help="the protocol: .txt/.md text (UTF-8, UTF-16 or Windows-1252), or .pdf (text layer, or OCR "
                        "with tesseract)")
    p.add_argument("--accept", metavar="DRAFT",
                   help="after review: move DRAFT to records/<id>.yaml and its source text into sources/ with the "
                        "manifest entry of DRAFT.review.md, then check the records; undone if they do not check")
    p.add_argument("--max-mb", type=float, default=5.0,
                   help="refuse a text larger than this many MB (a PDF: ten times that), before reading it "
                        "(default 5)")
    p.add_argument("--out", help="draft file (default records/drafts/<id>.yaml); refused if it exists")
    p.add_argument("--id", help="the document id (default: date and kind of the meeting); the source copy is "
                                "then named <id>.txt")
    p.add_argument("--records", help="folder of the curated records (known people; default: the project's)")
    p.add_argument("--sources", help="folder of the sources and manifest.yaml (default: the project's)")
    p.add_argument("--sources-out", help="where the source text copy goes (default: --sources); with --accept: "
                                         "where ingest put it")
    p.add_argument("--dry-run", action="store_true", help="extract and review, write nothing")
    p.set_defaults(func=_ingest)

    q = sub.add_parser("ingest-quality", help="ingest each source (and the test corpus) and compare with the "
                                              "curated records (answer keys)")
    q.add_argument("--records", help="default: the project folder's records/")
    q.add_argument("--sources", help="default: the project folder's sources/")
    q.add_argument("--corpus", action="append",
                   help="measure this test-corpus part (e.g. tests/ingest_corpus/unseen) instead of the default "
                        "blocks: the known documents, then each part of tests/ingest_corpus; repeatable")
    q.add_argument("--json", help="also write the numbers as JSON to this file")
    q.add_argument("--per-document", action="store_true", help="print a table per document too")
    q.add_argument("--pool", action="store_true",
                   help="with two or more --corpus parts: one more block pooling their documents (counts summed "
                        "per kind), e.g. every held-out part together")
    q.add_argument("--learn-from", action="append", metavar="PART",
                   help="count this test-corpus part's documents as accepted protocols (their answer keys as the "
                        "records a person accepted): a document laid out like one of them reads with the forms it "
                        "teaches (list headings, presenter labels and verbs, decision openings); repeatable")
    q.add_argument("--learn-within", action="store_true",
                   help="count each measured part's other documents as accepted protocols likewise")
    q.set_defaults(func=_quality)
