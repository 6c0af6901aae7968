"""The review summary: what a draft would add to or change in the graph, for the coordinator to check."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import yaml

from ..records import parse_lines
from .draft import UNDATED
from .extract import Extraction
from .pipeline import CHECK_FLAG, Context, IngestResult, known_ids
from .reconcile import NameMatch, Reconciliation, reconcile_record
from .templates import TemplateMatch


@dataclass
class Review:
    people: list[tuple[str, int, NameMatch]] = field(default_factory=list)   # spelling, first line, match
    reconciliations: list[Reconciliation] = field(default_factory=list)
    new_memberships: list[str] = field(default_factory=list)
    ended_memberships: list[str] = field(default_factory=list)
    started_memberships: list[str] = field(default_factory=list)
    unresolved_orgs: list[str] = field(default_factory=list)
    known_meetings: list[str] = field(default_factory=list)  # meetings of the draft the records name already
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    manifest_entry: str = ""

    @property
    def new_people(self) -> list[tuple[str, int, NameMatch]]:
        return [p for p in self.people if p[2].status == "new"]

    @property
    def uncertain(self) -> list[tuple[str, int, NameMatch]]:
        return [p for p in self.people if p[2].status == "uncertain"]


def _graph_memberships(ctx: Context) -> set[tuple[str, str, str]]:
    out: set[tuple[str, str, str]] = set()
    if not ctx.corpus or not ctx.people:
        return out
    by = ctx.people.by_spelling
    for rec in ctx.corpus.records:
        for p in rec.data.get("people", []) or []:
            person = by.get(str(p["name"]))
            for post in p.get("posts", []) or []:
                if person and not post.get("former"):
                    out.add((person.name, str(post["role"]), str(post["org"])))
        for m in rec.data.get("meetings", []) or []:
            for lst in m.get("attendance", []) or []:
                if lst["list"] == "ledamoter":
                    for e in lst["entries"]:
                        person = by.get(str(e["name"]))
                        if person:
                            out.add((person.name, "ledamot", str(m["of"])))
        for d in rec.data.get("decisions", []) or []:
            if d.get("kind") == "replacement":
                person = by.get(str(d["new"]))
                if person:
                    out.add((person.name, str(d["role"]), str(d["group"])))
    return out


def make_review(result: IngestResult, ctx: Context) -> Review:
    rv = Review()
    rec = result.record
    rv.reconciliations = reconcile_record(rec, ctx.matcher)
    rv.people = [(r.spelling, r.line, r.match) for r in rv.reconciliations]
    decided = {s: r.match for r in rv.reconciliations for s in r.spellings}
    graph = _graph_memberships(ctx)

    def who(spelling: str) -> str:
        m = decided.get(spelling) or ctx.matcher.match(spelling)
        return m.person if m.status == "known" and m.person else spelling

    def is_new(spelling: str, role: str, org: str) -> bool:
        return (who(spelling), role, org) not in graph

    ending = {(who(str(d["replaced"])), str(d["role"]), str(d["group"])) for d in rec.get("decisions", [])
              if d["kind"] == "replacement"}
    for p in rec.get("people", []):
        for post in p.get("posts", []):
            if (who(p["name"]), post["role"], post["org"]) in ending:
                continue  # the seat a decision ends: listed under "ended by decisions"
            if not post.get("former") and is_new(p["name"], post["role"], post["org"]):
                rv.new_memberships.append(f"{p['name']}: {post['role']} – {post['org']} (line {post['lines']})")
    for m in rec.get("meetings", []):
        for lst in m.get("attendance", []):
            if lst["list"] != "ledamoter":
                continue
            for e in lst["entries"]:
                if is_new(e["name"], "ledamot", m["of"]):
                    rep = f", representing {e['org']}" if e.get("org") else ""
                    rv.new_memberships.append(f"{e['name']}: ledamot – {m['of']}{rep} (line {e['line']})")
    day = result.extraction.date or "the meeting's day (no date read)"
    for d in rec.get("decisions", []):
        if d["kind"] == "replacement":
            rv.started_memberships.append(f"{d['new']}: {d['role']} – {d['group']} from {day} "
                                          f"(decision {d['id']}, lines {d['lines']})")
            rv.ended_memberships.append(f"{d['replaced']}: {d['role']} – {d['group']} ends {day}, "
                                        f"replaced by {d['new']} (decision {d['id']})")
    for lst in result.extraction.attendance:
        for e in lst.entries:
            if e.org_as_written and not e.org:
                rv.unresolved_orgs.append(f"'{e.org_as_written}' (line {e.line}, {e.name})")
    ids = known_ids(ctx)
    ids.update(list(ctx.corpus.meetings) if ctx.corpus else [])
    for m in rec.get("meetings", []):
        if m["id"] not in ids or not ctx.corpus:
            continue
        rec_, node = ctx.corpus.meetings[m["id"]]
        if m["status"] == "held" and node.get("status") == "held":
            rv.warnings.append(f"meeting {m['id']} is already in the graph as held ({rec_.path.name}): this "
                               "document may be curated already")
        elif m["status"] == "held":
            rv.known_meetings.append(f"{m['id']} is {node.get('status')} in {rec_.path.name}: this protocol is that "
                                     "meeting; accepted, it becomes the meeting's record, and what "
                                     f"{rec_.path.name} says of it stays as a cited statement")
        else:
            rv.known_meetings.append(f"{m['id']} ({m['status']} here, lines {_line_of(m['lines'])}) is "
                                     f"{node.get('status')} in {rec_.path.name}: what this protocol says of it is "
                                     "added to that meeting as a cited statement")
    for d in rec.get("decisions", []):
        if d["id"] in ids:
            rv.warnings.append(f"decision id {d['id']} is already used in the records: rename it")
    for org in rec.get("organisations", []):
        rv.warnings.append(f"the draft defines the reserved organisation {org['id']} ({org['name']}); no record "
                           "defines it yet")
    rv.warnings.extend(result.warnings)
    meeting = next((m for m in rec.get("meetings", []) if m["status"] == "held"), None)
    rv.counts = {
        "people named": len(rv.people),
        "agenda items": len(meeting.get("agenda", [])) if meeting else 0,
        "attendance entries": sum(len(lst["entries"]) for lst in meeting.get("attendance", [])) if meeting else 0,
        "decisions": len(rec.get("decisions", [])),
        "amounts": sum(1 + len(f.get("parts", [])) + len(f.get("allocations", [])) for f in rec.get("funding", [])),
        "meetings referred to": len([m for m in rec.get("meetings", []) if m["status"] != "held"]),
    }
    ex = result.extraction
    entry = {
        "id": result.doc_id,
        "file": result.source_name,
        "original": result.source.path.name,
        "title": _title(ex.title, ex.date),
        "kind": _document_kind(ex),
        "date": ex.date or str(dt.date.today().year),
        "publisher": "Länsgemensam ledning i samverkan (Kalmar län)",
        "language": "sv",
        "text_quality": "ocr-damaged" if _looks_damaged(result) else "clean",
    }
    rv.manifest_entry = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=110)
    return rv


def _document_kind(ex: Extraction) -> str:
    """The manifest's kind of document: the protocol's kind, a group's own protocol, else a document."""
    if ex.meeting_kind == "lgl-meeting" and ex.meeting_of and ex.meeting_of != "lansgemensam-ledning":
        return "protokoll-samordnande-grupp" if ex.meeting_of.startswith("samordnande-grupp") else "protokoll-grupp"
    return {"presidiekonferens": "protokoll-presidiekonferens", "lgl-meeting": "protokoll-lansgemensam-ledning",
            "presidiemote": "protokoll-presidiemote"}.get(ex.meeting_kind or "", "dokument")


def _title(title: str, date: str | None) -> str:
    t = " ".join(title.replace("#", "").split())
    return t if not date or date in t else f"{t}, {date}"


def _looks_damaged(result: IngestResult) -> bool:
    """OCR damage shows as letters OCR makes of å/ä/ö (é, 6 inside words) or many unknown words."""
    text = result.source.text
    return result.source.via == "pdf-ocr" or sum(text.count(c) for c in "éÉ") > 10 or "|an" in text


def accounting_summary(ex: Extraction) -> list[str]:
    """The review's first lines: how many lines no rule read, and which sections look cut short."""
    missing = ex.not_understood
    n = len(missing)
    text = [f"- **{n} line{'' if n == 1 else 's'} not understood** of {ex.n_lines}"
            + (" (listed under \"Not understood\": check them against the source)" if n else "")]
    if ex.incomplete:
        text.append(f"- **Sections that look incomplete ({len(ex.incomplete)})**: " + "; ".join(ex.incomplete))
    else:
        text.append("- Sections that look incomplete: none")
    if ex.prose_facts:
        k = len(ex.prose_facts)
        text.append(f"- **{k} line{'' if k == 1 else 's'} of prose look{'s' if k == 1 else ''} like holding a fact "
                    "the draft does not have** (listed under \"Prose holding a fact\", with why: check them)")
    for source, what in (("line", "the learned model of attendance lines"),
                         ("sentence", "the learned model of the names sentences mention")):
        if taken := [e for lst in ex.attendance for e in lst.entries if e.learned is not None
                     and e.learned_from == source]:
            k = len(taken)
            text.append(f"- **{k} attendance entr{'y' if k == 1 else 'ies'} read by {what}, by no rule** (noted on "
                        "the entry with the model's probability: check the name, the organisation and the list)")
    if learned := [d for d in ex.decisions if d.learned is not None]:
        k = len(learned)
        text.append(f"- **{k} decision{'' if k == 1 else 's'} read by the learned model, by no rule** (noted under "
                    "\"Decisions\" with the model's probability: check that the lines decide, and the kind)")
    return text


def template_summary(result: IngestResult) -> list[str]:
    """The review's line on how like a protocol the rules were tuned on the document is laid out (templates.py):
    a body's later protocols in a tuned template read to the goal; a template never tuned on, far less well."""
    return _tuned_line(result.template) + learned_lines(result)


def _tuned_line(m: TemplateMatch | None) -> list[str]:
    if m is None:
        return []
    near = f"`{m.document}` (similarity {m.similarity:.2f})"
    if m.familiar:
        return [f"- Laid out like a protocol the rules were tuned on: {near}. Held-out protocols laid out like one "
                "(tests/ingest_corpus/fresh22, fresh23) read at recall 0.92-1.00 each"]
    if m.unfamiliar:
        return [f"- **Laid out like no protocol the rules were tuned on** (nearest: {near}). Held-out protocols like "
                "that (tests/ingest_corpus/fresh60 to fresh89) read at recall 0.00-1.00 each, 0.70-0.90 per kind: "
                "check every fact against the source"]
    return [f"- Laid out partly like a protocol the rules were tuned on: {near}: check the facts with care"]


def learned_lines(result: IngestResult) -> list[str]:
    """The review's line on the accepted protocols laid out alike whose forms the draft was read with (learned.py),
    and the forms."""
    if not result.learned_from:
        return []
    alike = ", ".join(f"`{m.document}` ({m.similarity:.2f})" for m in result.learned_from)
    forms = "; ".join(result.lessons.describe()) or "none the rules did not know"
    out = [f"- Read with the forms of accepted protocols laid out alike: {alike}. Forms learned: {forms}"]
    if (check := result.template_check):
        counts = ", ".join(f"{kind} {got} of {of}" for kind, (got, of) in check.items() if of)
        weak = [kind for kind, (got, of) in check.items() if of and got < CHECK_FLAG * of]
        out.append(f"- `{result.learned_from[0].document}` itself, read again with these forms, gives {counts} of "
                   "what was accepted" + (f": **check the {', '.join(weak)} fact by fact**, the rules read less of "
                                          "them in this template" if weak else ""))
    return out


def prose_facts_section(result: IngestResult) -> list[str]:
    """The lines read as prose that look like holding a fact no rule took (money, a decision, a person with an
    organisation): a fact the rules may have missed is listed, never swallowed as prose in silence."""
    ex = result.extraction
    if not ex.prose_facts:
        return []
    lines = result.source.text.split("\n")
    out = ["## Prose holding a fact", "", "Lines read as prose, a heading or a table's row that hold the shape of a "
           "fact the draft does not have on them, or stand where an item's usual fact (its heading, decision or "
           "presenter) was not read:", ""]
    for n, shape in sorted(ex.prose_facts.items()):
        text = (lines[n - 1].strip() if n <= len(lines) else "").replace("`", "'")
        out.append(f"- line {n} ({shape}): `{text}`")
    out.append("")
    return out


def not_understood_section(result: IngestResult) -> list[str]:
    """Every line the rules did not read, with its number and text, so nothing is lost in silence."""
    ex = result.extraction
    lines = result.source.text.split("\n")
    out = ["## Not understood", ""]
    out.append("Lines that are neither a fact of the draft, nor layout (page headers, footers, separators), "
               "nor prose of an agenda item:")
    out.append("")
    missing = ex.not_understood
    for n in missing:
        text = (lines[n - 1].strip() if n <= len(lines) else "").replace("`", "'")
        out.append(f"- line {n}: `{text}`")
    if not missing:
        out.append("- none")
    out.append("")
    return out


def _line_of(value: Any) -> str:
    span = parse_lines(value)
    return str(value) if span is None else (str(span[0]) if span[0] == span[1] else f"{span[0]}-{span[1]}")


def render_markdown(result: IngestResult, rv: Review, draft_path: str) -> str:
    ex = result.extraction
    out = [f"# Review: draft record {result.doc_id}", ""]
    out.extend(accounting_summary(ex))
    out.extend(template_summary(result))
    out.append(f"- Source: `{result.source.path.name}` (read as {result.source.via}), copied to "
               f"`sources/{result.source_name}`")
    out.append(f"- Draft: `{draft_path}` — **not curated**: check every fact against the source")
    if ex.doc_kind == "protocol":
        out.append(f"- Meeting: {ex.meeting_kind} of `{ex.meeting_of}` on {ex.date or 'no date (see the warnings)'}"
                   + (f", {ex.place}" if ex.place else "") + (f", ca {ex.participants} deltagare"
                                                             if ex.participants else ""))
    out.append("")
    out.append("| extracted | count |")
    out.append("|---|---|")
    out.extend(f"| {k} | {v} |" for k, v in rv.counts.items())
    out.append("")
    if rv.warnings:
        out.append("## Warnings")
        out.extend(f"- {w}" for w in rv.warnings)
        out.append("")
    out.extend(render_reconciliation(rv))
    for title, items in (("New memberships", rv.new_memberships),
                         ("Memberships started by decisions", rv.started_memberships),
                         ("Memberships ended by decisions", rv.ended_memberships),
                         ("Organisations not recognised", rv.unresolved_orgs),
                         ("Meetings the graph has already", rv.known_meetings)):
        out.append(f"## {title}")
        out.extend(f"- {i}" for i in items) if items else out.append("- none")
        out.append("")
    out.extend(not_understood_section(result))
    out.extend(prose_facts_section(result))
    out.append("## Decisions")
    for d in result.record.get("decisions", []):
        out.append(f"- `{d['id']}` ({d['kind']}, lines {_line_of(d['lines'])}): {d.get('text', '')[:160]}"
                   + (f" — {d['note']}" if d.get("note") else ""))
    if not result.record.get("decisions"):
        out.append("- none")
    out.append("")
    out.append("## To do before the draft joins the records")
    out.append(f"1. Check the draft against `sources/{result.source_name}`; fix names of bodies, posts and lists.")
    if any(m.get("status") == "held" and "date" not in m for m in result.record.get("meetings", [])):
        out.append(f"   The meeting has no date (its header gives none): add `date:` and put the day in place of "
                   f"`{UNDATED}` in its id and its decisions' (accept refuses it until then).")
    out.append("2. Add works, statements and summaries the rules do not read; give `about:` where it helps.")
    out.append(f"3. Move the draft to `records/{result.doc_id}.yaml` and add this entry to "
               "`sources/manifest.yaml` (ingest never edits it):")
    out.append("")
    out.append("```yaml")
    out.append(rv.manifest_entry.rstrip())
    out.append("```")
    out.append("4. Run `samverkan check`, then `samverkan build`.")
    return "\n".join(out) + "\n"


def render_reconciliation(rv: Review) -> list[str]:
    """The review's one place for the people: each reconciliation decision with its evidence (weights
    for + and against −), and where the draft records it for the coordinator to keep or change."""
    out = ["## People: reconciliation with the graph", "",
           "Each person the draft names, matched against the people of the graph by spelling, organisation "
           "(employer), role and co-attendance. To change a decision, edit the `note: \"reconcile: ...\"` of "
           "that person in the draft (the people section); unsure and near matches carry one.", "",
           "| name as written | line | decision | graph person / candidates | confidence | evidence |",
           "|---|---|---|---|---|---|"]
    for r in rv.reconciliations:
        m = r.match
        if m.status == "known":
            cands = m.person or ""
        else:
            cands = "; ".join(f"{c.name} ({c.score:.2f})" for c in m.candidates) or "—"
        evidence = "; ".join(str(e) for e in m.evidence) or "no known person near this spelling"
        out.append(f"| {r.spelling} | {r.line} | {m.status} | {cands} | {m.confidence:.2f} | {evidence} |")
    out.append("")
    out.append(f"New people: {len(rv.new_people)}. Unsure matches (check them): {len(rv.uncertain)}.")
    out.append("")
    return out


def render_terminal(result: IngestResult, rv: Review) -> str:
    ex = result.extraction
    lines = [f"{result.doc_id}: {ex.meeting_kind or 'document'} {ex.date or ''} (read as {result.source.via})"]
    lines.append("  " + ", ".join(f"{k}: {v}" for k, v in rv.counts.items()))
    lines.extend("  " + line.removeprefix("- ").replace("**", "").replace("`", "")
                 for line in accounting_summary(ex) + template_summary(result))
    lines.append(f"  people: {len(rv.people)} named, {len(rv.new_people)} new, {len(rv.uncertain)} unsure")
    for spelling, line, m in rv.uncertain:
        cands = "; ".join(f"{c.name} ({c.score:.2f})" for c in m.candidates)
        lines.append(f"    unsure: {spelling} (line {line}) -> {cands}; " + "; ".join(str(e) for e in m.evidence))
    for spelling, line, _m in rv.new_people:
        lines.append(f"    new: {spelling} (line {line})")
    lines.append(f"  new memberships: {len(rv.new_memberships)}; started by decisions: "
                 f"{len(rv.started_memberships)}; ended by decisions: {len(rv.ended_memberships)}")
    for e in rv.ended_memberships:
        lines.append(f"    ends: {e}")
    if rv.unresolved_orgs:
        lines.append(f"  organisations not recognised: {', '.join(rv.unresolved_orgs)}")
    for k in rv.known_meetings:
        lines.append(f"  meeting known: {k}")
    for w in rv.warnings:
        lines.append(f"  warning: {w}")
    return "\n".join(lines)
