"""`samverkan ingest --accept DRAFT`: a reviewed draft joins the records, its source joins sources/.

The draft moves to records/<id>.yaml, the source text ingest copied moves into sources/ (if it is not
there yet), and the manifest entry the review proposes (the ```yaml block of DRAFT.review.md, as the
reviewer left it) is appended to sources/manifest.yaml. Then the records are checked as `samverkan
check` does; if they do not check, every step is undone and the error names the draft's file and
line. Everything that can be decided before a move is decided first: a refusal then writes nothing.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..serialize import write_atomically
from ..yamlload import RecordError, load_yaml
from .reading import IngestError

_YAML_BLOCK = re.compile(r"^```yaml\n(.*?)^```", re.MULTILINE | re.DOTALL)
MANIFEST_KEYS = {"id", "file", "original", "title", "kind", "date", "publisher", "language", "text_quality"}


@dataclass
class Accepted:
    """What --accept did: the record, the source text and the manifest entry now in the project."""
    record: Path
    source: Path
    manifest: Path
    doc_id: str
    quads: int
    review: Path
    moved: list[str] = field(default_factory=list)


def review_path(draft: Path) -> Path:
    return draft.with_name(draft.name.removesuffix(".yaml") + ".review.md")


def manifest_entry(review: Path, doc_id: str) -> dict[str, Any]:
    """The manifest entry for `doc_id` in the review's ```yaml blocks (as the reviewer left it)."""
    text = review.read_text(encoding="utf-8")
    for block in _YAML_BLOCK.findall(text):
        try:
            data = yaml.safe_load(block)
        except yaml.YAMLError as exc:
            raise IngestError(f"{review}: the ```yaml block of the manifest entry is not YAML: {exc}") from exc
        entries = data if isinstance(data, list) else [data]
        for e in entries:
            if isinstance(e, dict) and str(e.get("id")) == doc_id:
                missing = MANIFEST_KEYS - set(e)
                extra = set(e) - MANIFEST_KEYS
                if missing or extra:
                    raise IngestError(f"{review}: the manifest entry of {doc_id} "
                                      + (f"lacks {', '.join(sorted(missing))}" if missing else "")
                                      + ("; " if missing and extra else "")
                                      + (f"has unknown keys {', '.join(sorted(extra))}" if extra else ""))
                return {k: e[k] for k in ("id", "file", "original", "title", "kind", "date", "publisher",
                                          "language", "text_quality")}
    raise IngestError(f"{review}: no manifest entry with id {doc_id} (a ```yaml block with '- id: {doc_id}', "
                      "as `samverkan ingest` writes it under 'To do')")


def _append_entry(manifest_text: str, entry: dict[str, Any]) -> str:
    """The manifest with the entry appended to its documents list (comments and order kept)."""
    block = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=110)
    indented = "".join(f"  {line}\n" for line in block.rstrip("\n").split("\n"))
    # an empty manifest (`samverkan init`) says `documents: []`: the list becomes a block list
    empty = re.search(r"^documents:[ \t]*\[\][ \t]*\n?", manifest_text, flags=re.MULTILINE)
    if empty:
        return f"{manifest_text[:empty.start()]}documents:\n{indented}{manifest_text[empty.end():]}"
    return manifest_text.rstrip("\n") + "\n" + indented


def _move(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    if dst.exists():
        raise IngestError(f"{dst} exists: not overwritten")
    shutil.move(str(src), str(dst))


def accept(draft: Path, records_dir: Path, sources_dir: Path, copies_dir: Path | None = None,
           check: Callable[[Path, Path], int] | None = None) -> Accepted:
    """Move a reviewed draft and its source into the project and check the records; undo on failure.

    `copies_dir` is where ingest wrote the source copy (its --sources-out; default: sources_dir).
    `check(records_dir, sources_dir)` raises RecordError when the records do not check and returns the
    number of quads built (default: load_corpus + build_dataset, as `samverkan check`)."""
    if not draft.is_file():
        raise IngestError(f"{draft}: no such draft")
    try:
        data = load_yaml(draft)
    except RecordError as exc:
        raise IngestError(str(exc)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("source"), str):
        raise IngestError(f"{draft}:1: not a draft record (no 'source:' id at the top)")
    doc_id = data["source"]
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", doc_id):
        raise IngestError(f"{draft}:{getattr(data, 'line', 1)}: source {doc_id!r} is not a document id "
                          "(lowercase a-z, 0-9 and single '-')")
    review = review_path(draft)
    if not review.is_file():
        raise IngestError(f"{draft}: accept comes after review, and the review {review.name} is missing "
                          "(run `samverkan ingest` again to make it)")
    entry = manifest_entry(review, doc_id)
    record = records_dir / f"{doc_id}.yaml"
    if record.exists():
        raise IngestError(f"{record} exists: a record of {doc_id} is already in the records (accept never "
                          "replaces one; edit it by hand)")
    manifest = sources_dir / "manifest.yaml"
    if not manifest.is_file():
        raise IngestError(f"{manifest}: no such file (is {sources_dir} the project's sources folder?)")
    old_manifest = manifest.read_text(encoding="utf-8")
    try:
        listed = load_yaml(manifest).get("documents") or []
    except (RecordError, AttributeError) as exc:
        raise IngestError(f"{manifest}: not a manifest ({exc})") from exc
    for d in listed:
        where = f"{manifest}:{getattr(d, 'line', '?')}"
        if str(d.get("id")) == doc_id:
            raise IngestError(f"{where}: the manifest already lists a document {doc_id}")
        if str(d.get("file")) == str(entry["file"]):
            raise IngestError(f"{where}: the manifest already lists the file {entry['file']} (as {d.get('id')})")
    if Path(str(entry["file"])).name != str(entry["file"]):
        raise IngestError(f"{review}: the manifest entry's file {entry['file']!r} must be a plain file name")
    source = sources_dir / str(entry["file"])
    copy = (copies_dir or sources_dir) / str(entry["file"])
    if not source.is_file() and not copy.is_file():
        raise IngestError(f"the source text {entry['file']} is neither in {sources_dir} nor in {copy.parent} "
                          "(give the folder ingest wrote it to with --sources-out)")
    check = check or _check_records

    undo: list[Callable[[], None]] = []
    moved: list[str] = []
    try:
        if not source.is_file():
            _move(copy, source)
            undo.append(lambda: _move(source, copy))
            moved.append(f"{copy} -> {source}")
        write_atomically(manifest, _append_entry(old_manifest, entry))
        undo.append(lambda: write_atomically(manifest, old_manifest))
        moved.append(f"{manifest}: + {doc_id}")
        _move(draft, record)
        undo.append(lambda: _move(record, draft))
        moved.append(f"{draft} -> {record}")
        quads = check(records_dir, sources_dir)
    except (RecordError, IngestError, OSError, ValueError) as exc:
        for step in reversed(undo):
            step()
        message = str(exc).replace(str(record), str(draft))
        raise IngestError(f"the records do not check with this draft, nothing was moved: {message}") from exc
    return Accepted(record, source, manifest, doc_id, quads, review, moved)


def _check_records(records_dir: Path, sources_dir: Path) -> int:
    """`samverkan check`: load and check every record, build the dataset; the number of quads."""
    from .. import config
    from ..emit import build_dataset
    from ..records import load_corpus

    corpus = load_corpus(records_dir, sources_dir)
    return len(build_dataset(corpus, config.base_iri(None)))

