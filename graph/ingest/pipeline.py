"""Ingest end to end: read, extract, draft, review; write only when everything has worked."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import RecordFile
from ..names import fold
from ..people import People, reconcile_people
from ..records import Corpus, load_corpus
from ..yamlload import RecordError
from .draft import build_record, doc_id_for, dump_record, source_file_name, write_new
from .extract import Extraction, Extractor
from .learned import NO_LESSONS, Examples, Lessons
from .learned_attendance import shipped_model as shipped_attendance_model
from .learned_decisions import DecisionModel, shipped_model
from .learned_lines import LineModel
from .learned_mentions import MentionModel
from .learned_mentions import shipped_model as shipped_mention_model
from .ocr_repair import Lexicon
from .orgs import OrgResolver
from .reading import MAX_TEXT_BYTES, IngestError, SourceText, read_document
from .reconcile import PersonMatcher
from .templates import TemplateMatch, nearest_template

# keys whose values are curated (OCR-repaired) Swedish prose or names of bodies and works
_VOCABULARY = {"title", "alt_titles", "alt_names", "summary", "text", "focus", "activities", "status", "label",
               "statements", "goals", "organisations", "name", "works", "meetings", "agenda", "decisions", "funding",
               "parts", "allocations", "indicator"}


@dataclass
class Context:
    """What ingest knows of the graph: the corpus (if it loads), the people, organisations, works."""

    corpus: Corpus | None
    lexicon: Lexicon
    orgs: OrgResolver
    matcher: PersonMatcher
    people: People | None
    works: dict[str, list[str]]
    warnings: list[str] = field(default_factory=list)
    # the accepted protocols a new one laid out alike learns its template's forms from (learned.py)
    examples: Examples | None = None
    # the decisions no rule reads, learned from answer keys (learned_decisions.py); None: the rules read alone
    decision_model: DecisionModel | None = field(default_factory=shipped_model)
    # the attendance lines no rule reads, learned from answer keys (learned_attendance.py); None: the rules alone
    attendance_model: LineModel | None = field(default_factory=shipped_attendance_model)
    # the present among the names sentences mention, learned from answer keys (learned_mentions.py); None: no such
    mention_model: MentionModel | None = field(default_factory=shipped_mention_model)


def corpus_texts(corpus: Corpus) -> Iterable[str]:
    """The curated text of the records (titles, names of bodies, summaries), not people's names."""

    def walk(node: Any, key: str = "") -> Iterable[str]:
        if isinstance(node, dict):
            for k, v in node.items():
                if k in _VOCABULARY and not (k == "name" and key != "organisations"):
                    yield from walk(v, k)
        elif isinstance(node, list):
            for v in node:
                yield from walk(v, key)
        elif isinstance(node, str):
            yield node

    for rec in corpus.records:
        yield from walk(rec.data)


def without_source(corpus: Corpus, source: str) -> Corpus:
    """The corpus less one document's record (what the graph knew before that document came in)."""
    records = [r for r in corpus.records if r.document.id != source]
    keep = {r.path for r in records}
    return dataclasses.replace(
        corpus, records=records,
        organisations={k: v for k, v in corpus.organisations.items() if v[0].path in keep},
        works={k: v for k, v in corpus.works.items() if v[0].path in keep},
        meetings={k: v for k, v in corpus.meetings.items() if v[0].path in keep})


def make_context(corpus: Corpus | None, warnings: list[str] | None = None) -> Context:
    lexicon = Lexicon.from_texts(corpus_texts(corpus)) if corpus else Lexicon()
    orgs = OrgResolver.build(corpus, lexicon)
    people = reconcile_people(corpus) if corpus else None
    works: dict[str, list[str]] = {}
    if corpus:
        for wid, (_rec, node) in corpus.works.items():
            works[wid] = [fold(str(t)) for t in [node.get("title"), *(node.get("alt_titles") or [])] if t]
    return Context(corpus, lexicon, orgs, PersonMatcher(people), people, works, list(warnings or []),
                   Examples(accepted_protocols(corpus), lexicon) if corpus else None)


def accepted_protocols(corpus: Corpus) -> dict[str, tuple[list[str], Mapping[str, Any]]]:
    """The records of the corpus that read a held meeting from their source (its agenda, lists or decisions), with
    the source's lines: the protocols a person accepted, to learn a template's forms from."""
    out: dict[str, tuple[list[str], Mapping[str, Any]]] = {}
    for rec in corpus.records:
        held = [m for m in rec.data.get("meetings", []) or [] if m.get("status") == "held"]
        if any(m.get("agenda") or m.get("attendance") for m in held) or rec.data.get("decisions"):
            out[rec.document.id] = (list(rec.document.lines), rec.data)
    return out


def load_context(records_dir: Path | None = None, sources_dir: Path | None = None) -> Context:
    """The context from the records; a corpus that does not load leaves ingest without known people."""
    try:
        corpus = load_corpus(records_dir, sources_dir)
    except (RecordError, FileNotFoundError, OSError) as exc:
        return make_context(None, [f"the records do not load ({exc}); names are not reconciled with the graph"])
    return make_context(corpus)


@dataclass
class IngestResult:
    """What the ingest read from one protocol. The draft's YAML text and the tuned-on protocol it is laid out most
    like are made when first asked for (the command and the review ask; measuring a corpus part asks for neither,
    a fifth of its time before)."""
    source: SourceText
    extraction: Extraction
    doc_id: str
    source_name: str
    record: dict[str, Any]
    warnings: list[str]
    lessons: Lessons = NO_LESSONS           # the forms learned from accepted protocols laid out alike (learned.py)
    learned_from: list[TemplateMatch] = field(default_factory=list)   # those protocols, how alike
    # the most alike of them read again with the same forms, against what was accepted: per goal kind (matched, in the
    # record): how well the rules read this template at best (`template_check`)
    template_check: dict[str, tuple[int, int]] = field(default_factory=dict)
    draft: RecordFile | None = field(default=None, repr=False)  # the record `record` is the data of
    draft_header: str = ""                                       # the comment lines over the draft's YAML
    lexicon: Lexicon | None = field(default=None, repr=False)

    @functools.cached_property
    def draft_text(self) -> str:
        """The draft record as YAML, its header's comment lines over it."""
        assert self.draft is not None
        return dump_record(self.draft, self.draft_header)

    @functools.cached_property
    def template(self) -> TemplateMatch | None:
        """The tuned-on protocol it is laid out most like (templates.py)."""
        return nearest_template(self.source.text, self.lexicon) if self.lexicon is not None else None


def ingest(path: Path, ctx: Context, doc_id: str | None = None, max_bytes: int = MAX_TEXT_BYTES) -> IngestResult:
    """Read and extract a protocol; build the draft. Writes nothing. With a `doc_id` other than the
    meeting's own, the source copy is named after it (sources/<doc_id>.txt), else after the meeting's
    date and kind."""
    if doc_id is not None and not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", doc_id):
        raise IngestError(f"--id {doc_id!r} is not a document id: lowercase a-z, 0-9 and single '-' only, "
                          "e.g. 2026-06-05-lansgemensam-ledning-2")
    src = read_document(path, max_bytes)
    lessons, learned_from = ctx.examples.lessons_for(src.text, [doc_id] if doc_id else []) if ctx.examples \
        else (NO_LESSONS, [])
    checked = template_check(ctx, learned_from[0].document, lessons) if learned_from else {}
    try:
        ex = Extractor(src.text, ctx.lexicon, ctx.orgs, ctx.matcher, ctx.works, lessons, ctx.decision_model,
                       ctx.attendance_model, ctx.mention_model).run()
    except IngestError as exc:  # say which file
        raise (exc if str(exc).startswith(str(path)) else IngestError(f"{path}: {exc}")) from None
    if ex.doc_kind == "protocol" and not (ex.items or ex.attendance or ex.decisions):
        raise IngestError(f"{path}: a protocol title was found, but no agenda items, attendance lists or "
                          "decisions: nothing to draft")
    if ex.doc_kind != "protocol" and not ex.mentions:
        raise IngestError(f"{path}: not a protocol (no 'Protokoll ...' title, no meeting date) and no people "
                          "named: nothing to draft")
    did = doc_id or doc_id_for(ex, path.stem)
    # an id other than the meeting's own names the copy too (what --id is for after a name clash)
    source_name = f"{did}.txt" if doc_id and doc_id != doc_id_for(ex, path.stem) else source_file_name(ex, did)
    record = build_record(ex, did, ctx.orgs, path.name, ctx.matcher)
    warnings = list(ctx.warnings) + list(src.notes) + ex.warnings
    if ex.doc_kind != "protocol":
        warnings.append("no protocol title or meeting date found: the draft holds people and organisations only")
    header = (f"Draft record of {path.name} ({src.via}), made by `samverkan ingest`.\n"
              f"Line numbers refer to sources/{source_name}.\n"
              "People's names are as written (OCR damage included); other text is OCR-repaired.")
    return IngestResult(src, ex, did, source_name, record.to_data(), warnings, lessons, learned_from, checked,
                        draft=record, draft_header=header, lexicon=ctx.lexicon)


#: the kinds of fact the template check counts (the issue's goal kinds, quality.GOAL_KINDS)
CHECKED_KINDS = ("attendance", "agenda items", "presenters", "decisions", "amounts")
#: the review flags a kind the template check reads less of, to check fact by fact
CHECK_FLAG = 0.95


def template_check(ctx: Context, document: str, lessons: Lessons) -> dict[str, tuple[int, int]]:
    """An accepted protocol read again with the forms learned for a new one, compared with its accepted record: per
    kind of fact, how many of the record's the reading finds, and how many the record holds. What the rules read of
    a template when its own accepted protocol is the text is the most to expect of the next one (cached)."""
    assert ctx.examples is not None
    key = (document, lessons.learned_from)     # (the lessons are those of the protocols they were learned from)
    if key not in ctx.examples.checked:
        from .quality import compare  # (quality measures through this module: imported when first needed)

        lines, accepted = ctx.examples.documents[document]
        try:
            ex = Extractor("\n".join(lines), ctx.lexicon, ctx.orgs, ctx.matcher, ctx.works, lessons,
                           ctx.decision_model, ctx.attendance_model, ctx.mention_model).run()
            draft = build_record(ex, document, ctx.orgs, f"{document}.txt", ctx.matcher).to_data()
        except IngestError:
            draft = {}
        scores = compare(dict(accepted), draft)
        ctx.examples.checked[key] = {k: (scores[k].matched_curated, scores[k].curated) for k in CHECKED_KINDS}
    return ctx.examples.checked[key]


def write_outputs(result: IngestResult, out: Path, sources_dir: Path, review_md: str) -> list[Path]:
    """Write the source copy (unless the file is already there), the draft and its review; refuse
    before writing anything if the draft or review exists, or the source name is taken by other text."""
    review = out.with_name(out.name.removesuffix(".yaml") + ".review.md")
    for p in (out, review):
        if p.exists():
            raise IngestError(f"{p} exists: ingest never overwrites a record or review (use --out)")
    copy = sources_dir / result.source_name
    text = result.source.text
    write_copy = True
    src_path = result.source.path.resolve()
    if src_path.parent == sources_dir.resolve() and result.source.via == "text":
        copy, write_copy = src_path, False
    elif copy.exists():
        if copy.read_text(encoding="utf-8").rstrip("\n").split("\n") != text.rstrip("\n").split("\n"):
            raise IngestError(f"{copy} exists with other text: give this document another id (--id NEW-ID keeps "
                              "its text as sources/NEW-ID.txt) or put the copy elsewhere (--sources-out)")
        write_copy = False
    written: list[Path] = []
    try:
        if write_copy:
            write_new(copy, text)
            written.append(copy)
        write_new(out, result.draft_text)
        written.append(out)
        write_new(review, review_md)
        written.append(review)
    except OSError as exc:
        for p in written:
            p.unlink(missing_ok=True)
        raise IngestError(f"cannot write the draft: {exc}") from exc
    return written


def known_ids(ctx: Context) -> Counter[str]:
    """Ids already defined in the graph (meetings, decisions), for the review's warnings."""
    ids: Counter[str] = Counter()
    if ctx.corpus:
        for rec in ctx.corpus.records:
            for d in rec.data.get("decisions", []) or []:
                ids[str(d.get("id"))] += 1
            for f in rec.data.get("funding", []) or []:
                ids[str(f.get("id"))] += 1
    return ids
