"""Turn an extraction into a draft record (docs/records.md) and write it, never over an existing file."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import yaml

from ..names import fold, same_person, slug
from .extract import Extraction, PersonMention, meeting_id
from .orgs import OrgResolver


class Flow(dict):
    """A mapping written in YAML flow style ({a: 1, b: 2})."""


class _Dumper(yaml.SafeDumper):
    pass


def _flow(dumper: yaml.SafeDumper, data: Flow) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data, flow_style=True)


def _str(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    style = ">" if len(data) > 100 and "\n" not in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(Flow, _flow)
_Dumper.add_representer(str, _str)


def span(lines: tuple[int, int]) -> int | str:
    return lines[0] if lines[0] == lines[1] else f"{lines[0]}-{lines[1]}"


def doc_id_for(ex: Extraction, fallback: str) -> str:
    """The document id a draft is filed under: date and kind of the meeting, else the file's name."""
    if ex.doc_kind == "protocol" and ex.date and ex.meeting_kind:
        return meeting_id(ex.date, ex.meeting_kind)
    s = slug(fallback)
    return s or "document"


def source_file_name(ex: Extraction, doc_id: str) -> str:
    """The name the source text is kept under in sources/ (the manifest's naming)."""
    if ex.doc_kind == "protocol" and ex.date and ex.meeting_kind:
        kind = {"lgl-meeting": "lansgemensam-ledning", "presidiekonferens": "presidiekonferens",
                "presidiemote": "presidiemote"}[ex.meeting_kind]
        return f"{ex.date}-protokoll-{kind}.txt"
    return f"{doc_id}.txt"


def _clusters(mentions: list[PersonMention]) -> list[list[PersonMention]]:
    groups: list[list[PersonMention]] = []
    for m in mentions:
        for g in groups:
            if any(same_person(m.name, o.name) for o in g):
                g.append(m)
                break
        else:
            groups.append([m])
    return groups


def build_record(ex: Extraction, doc_id: str, orgs: OrgResolver, source_name: str) -> dict[str, Any]:
    """The draft record as a mapping, in the curated records' order of sections."""
    rec: dict[str, Any] = {"source": doc_id}
    today = dt.date.today().isoformat()
    rec["note"] = (f"DRAFT made by `samverkan ingest` from {source_name} on {today}; not curated. Check every fact "
                   f"against the source, complete what the rules cannot read (works, statements, summaries), then "
                   f"move this file to records/{doc_id}.yaml and add the document to sources/manifest.yaml "
                   f"(see the review summary beside this file).")
    used: dict[str, int] = {}

    def use(oid: str | None, line: int) -> str | None:
        if oid:
            used.setdefault(oid, line)
        return oid

    # ---- meetings
    meetings: list[dict[str, Any]] = []
    decisions: list[dict[str, Any]] = []
    mid = None
    if ex.doc_kind == "protocol" and ex.date and ex.meeting_kind and ex.meeting_of:
        mid = meeting_id(ex.date, ex.meeting_kind)
        m: dict[str, Any] = {"id": mid, "kind": ex.meeting_kind, "of": use(ex.meeting_of, ex.title_line),
                             "date": ex.date, "status": "held"}
        if ex.place:
            m["place"] = ex.place
        if ex.participants:
            m["participants_approx"] = ex.participants
        m["lines"] = span(ex.meeting_lines or (ex.title_line, ex.title_line))
        agenda = []
        for it in ex.items:
            a: dict[str, Any] = {}
            if it.n is not None:
                a["n"] = it.n
            if it.parent is not None:
                a["parent"] = it.parent
            a["title"] = it.title
            a["lines"] = span(it.lines)
            if it.presenters:
                a["presenters"] = [Flow(name=n, lines=span(s)) for n, s in it.presenters]
            if it.summary:
                a["summary"] = it.summary
            agenda.append(a)
        if agenda:
            m["agenda"] = agenda
        att = []
        seen: list[str] = []
        for lst in ex.attendance:
            entries = []
            for e in lst.entries:
                if any(same_person(e.name, s) for s in seen):
                    continue  # the build refuses a person listed twice at one meeting
                seen.append(e.name)
                entry = Flow(name=e.name, line=e.line)
                if e.org:
                    entry["org"] = use(e.org, e.line)
                elif e.role:
                    entry["role"] = e.role
                if e.acting:
                    entry["acting"] = True
                if e.note:
                    entry["note"] = e.note
                entries.append(entry)
            if not entries:
                continue
            lst_d: dict[str, Any] = {"list": lst.kind}
            if lst.heading:
                lst_d["heading"] = lst.heading
            lst_d["lines"] = span(lst.lines)
            if lst.note:
                lst_d["note"] = lst.note
            lst_d["entries"] = entries
            att.append(lst_d)
        if att:
            m["attendance"] = att
        meetings.append(m)
        for r in ex.refs:
            rm = {"id": meeting_id(r.date, r.kind), "kind": r.kind, "of": use(r.of, r.lines[0]), "date": r.date,
                  "status": r.status}
            if r.note:
                rm["note"] = r.note
            rm["lines"] = span(r.lines)
            rm["agenda"] = [{"title": _ref_title(r.text), "lines": span(r.lines), "summary": r.text}]
            if rm["id"] != mid and all(x["id"] != rm["id"] for x in meetings):
                meetings.append(rm)
        ids: set[str] = set()
        for d in ex.decisions:
            dd: dict[str, Any] = {"id": "", "meeting": mid}
            if d.item is not None:
                dd["item"] = d.item
            kind = d.kind
            note = None
            if kind == "replacement" and not (d.group and d.new and d.replaced):
                kind, note = "other", "Read as a replacement, but the group or a name could not be read: check."
            if kind == "indicator" and not d.indicator:
                kind, note = "other", "Read as an indicator decision, but label, year or value could not be read."
            dd["kind"] = kind
            base = {"approve-protocol": "protokoll", "indicator": "indikator", "replacement": "byte",
                    "funding": "finansiering", "other": "beslut"}[kind]
            if kind == "indicator" and d.indicator:
                base = f"indikator-{slug(d.indicator['label'])}"[:50].rstrip("-")
                dd["indicator"] = Flow(d.indicator)
            if kind == "replacement":
                group_short = (d.group or "").replace("samordnande-grupp-", "").replace("samverkansomradesgrupp-", "")
                base = f"byte-{group_short}-{slug((d.new or '').split()[-1])}"
                dd["group"] = use(d.group, d.lines[0])
                dd["role"] = d.role or "ledamot"
                dd["new"] = d.new
                dd["replaced"] = d.replaced
                if d.seat_origin:
                    dd["seat_origin"] = use(d.seat_origin, d.lines[0])
            if kind in ("funding", "other") and d.about:
                base = f"{slug(d.about[0])}-{base}"
            if d.about:
                dd["about"] = list(d.about)
            did = f"{ex.date}-{base}"
            n = 2
            while did in ids:
                did = f"{ex.date}-{base}-{n}"
                n += 1
            ids.add(did)
            dd["id"] = did
            dd["text"] = d.text
            if note:
                dd["note"] = note
            dd["lines"] = span(d.lines)
            decisions.append(dd)

    # ---- people with posts
    people = []
    for group in _clusters([m for m in ex.mentions if m.where != "attendance"]):
        posts, affs = [], []
        seen_posts: set[tuple[str, str, bool]] = set()
        for m in group:
            for p in m.posts:
                key = (p.role, p.org or "", p.former)
                if key in seen_posts or not p.org:
                    continue
                seen_posts.add(key)
                post = Flow(role=p.role, org=use(p.org, p.lines[0]))
                if p.acting:
                    post["acting"] = True
                if p.former:
                    post["former"] = True
                if p.title and fold(p.title) != fold(p.role.replace("-", " ")):
                    post["title"] = p.title
                post["lines"] = span(p.lines)
                posts.append(post)
            for oid, lines, _written in m.affiliations:
                if all(a["org"] != oid for a in affs) and not any(p["org"] == oid for p in posts):
                    affs.append(Flow(org=use(oid, lines[0]), lines=span(lines)))
        if not posts and not affs and ex.doc_kind == "protocol":
            continue
        first = group[0]
        person: dict[str, Any] = {"name": first.name, "lines": span(first.lines)}
        variants = sorted({m.name for m in group} - {first.name})
        if variants:
            person["variants"] = variants
        if posts:
            person["posts"] = posts
        if affs:
            person["affiliations"] = affs
        people.append(person)

    # ---- funding
    funding = []
    fids: set[str] = set()
    for f in ex.funding:
        fid = slug(f.label) or "medel"
        while fid in fids:
            fid += "-2"
        fids.add(fid)
        fd: dict[str, Any] = {"id": fid}
        if f.year:
            fd["year"] = f.year
        fd["label"] = f.label
        fd["total"] = f.total
        if f.agreement:
            fd["agreement"] = f.agreement
        if f.note:
            fd["note"] = f.note
        fd["lines"] = span(f.lines)
        if f.parts:
            fd["parts"] = [Flow(label=p.label or "del", amount=p.amount, lines=p.line) for p in f.parts]
        if f.allocations:
            allocs = []
            for a in f.allocations:
                al = Flow(label=a.label, amount=a.amount)
                if a.to:
                    al["to"] = use(a.to, a.line)
                al["lines"] = a.line
                allocs.append(al)
            fd["allocations"] = allocs
        funding.append(fd)

    # ---- organisations this draft must define (reserved ids no record defines yet), and mentions
    for oid, _written, line in ex.org_mentions:
        use(oid, line)
    defs = []
    pending = [oid for oid in used if oid not in orgs.defined]
    done: set[str] = set()
    while pending:
        oid = pending.pop(0)
        if oid in done or oid in orgs.defined:
            continue
        done.add(oid)
        definition = orgs.definition(oid)
        if definition is None:
            continue
        name, otype, part = definition
        o: dict[str, Any] = {"id": oid, "name": name, "type": otype}
        if part:
            o["part_of"] = part
            if part not in orgs.defined:
                pending.append(part)
                used.setdefault(part, used[oid])
        o["note"] = "Defined by this draft: a reserved id (docs/records.md) that no record defines yet."
        o["lines"] = used[oid]
        defs.append(o)
    mentions = []
    seen_m: set[tuple[str, str]] = set()
    for oid, written, line in ex.org_mentions:
        if (oid, written) not in seen_m:
            seen_m.add((oid, written))
            mentions.append(Flow(id=oid, as_written=written, lines=line))
    for lst in ex.attendance:
        for e in lst.entries:
            if e.org and e.org_as_written and (e.org, e.org_as_written) not in seen_m:
                seen_m.add((e.org, e.org_as_written))
                mentions.append(Flow(id=e.org, as_written=e.org_as_written, lines=e.line))

    if defs:
        rec["organisations"] = defs
    if mentions:
        rec["mentions"] = mentions
    if people:
        rec["people"] = people
    if meetings:
        rec["meetings"] = meetings
    if decisions:
        rec["decisions"] = decisions
    if funding:
        rec["funding"] = funding
    return rec


def _ref_title(text: str) -> str:
    t = " ".join(text.split())
    return t if len(t) <= 90 else t[:87].rsplit(" ", 1)[0] + " …"


def dump_record(rec: dict[str, Any], header: str = "") -> str:
    body = yaml.dump(rec, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=110, default_flow_style=False)
    head = "".join(f"# {line}\n" if line else "#\n" for line in header.splitlines())
    return head + body


def write_new(path: Path, text: str) -> None:
    """Write a file that must not exist yet (exclusive create)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
