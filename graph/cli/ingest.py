"""`samverkan ingest FILE` (a protocol to a draft record) and `samverkan ingest-quality` (its measured quality)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _ingest(args: argparse.Namespace) -> int:
    from ..ingest.pipeline import ingest, load_context, write_outputs
    from ..ingest.reading import IngestError
    from ..ingest.review import make_review, render_markdown, render_terminal

    records, sources = Path(args.records), Path(args.sources)
    try:
        ctx = load_context(records, sources)
        result = ingest(Path(args.file), ctx, args.id)
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
    for part in args.corpus or []:
        argv += ["--corpus", part]
    return quality_main(argv)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="read a protocol (text or PDF) into a draft record with a review summary")
    p.add_argument("file", help="the protocol: .txt/.md text, or .pdf (text layer, or OCR with tesseract)")
    p.add_argument("--out", help="draft file (default records/drafts/<id>.yaml); refused if it exists")
    p.add_argument("--id", help="the document id (default: date and kind of the meeting)")
    p.add_argument("--records", help="folder of the curated records (known people; default: the project's)")
    p.add_argument("--sources", help="folder of the sources and manifest.yaml (default: the project's)")
    p.add_argument("--sources-out", help="where the source text copy goes (default: --sources)")
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
    q.set_defaults(func=_quality)
