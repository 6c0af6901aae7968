"""Turn an extraction into a draft record (the record model, graph/model.py) and write it, never over an existing
file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

from ..model import (
    Affiliation,
    AgendaItem,
    AttendanceEntry,
    AttendanceList,
    Decision,
    Funding,
    FundingPart,
    Indicator,
    Meeting,
    Organisation,
    OrgMention,
    Person,
    Post,
    Presenter,
    RecordFile,
    dump_yaml,
)
from ..names import fold, slug
from .extract import Extraction, PersonMention, meeting_id
from .extract_model import Entry
from .orgs import OrgResolver
from .reconcile import (
    PersonMatcher,
    apart_at_meeting,
    apart_by_organisation,
    reconcile_record,
    same_unless_apart,
)

#: the date part of the ids of a meeting whose header gives no day, and of its decisions, until a person gives it
UNDATED = "utan-datum"
UNDATED_NOTE = ("The header gives no meeting date. Fill in 'date' (YYYY-MM-DD) from the protocol or its sender, and "
                f"put the date in place of '{UNDATED}' in this meeting's id and its decisions' ids and meeting, before "
                "accepting: `samverkan check` refuses a meeting without a date.")


def undated_note(source_name: str) -> str:
    """The note of a meeting whose header gives no date; a day the file's name holds is told, never taken (it may be
    the day the file was made or sent)."""
    named = re.search(r"(?<!\d)(\d{4}-\d\d-\d\d)(?!\d)", source_name)
    return UNDATED_NOTE + (f" The file's name reads {named.group(1)}: check that it is the meeting's day, not the "
                           "day the file was made or sent." if named else "")


def doc_id_for(ex: Extraction, fallback: str) -> str:
    """The document id a draft is filed under: date and kind of the meeting, else the file's name."""
    if ex.doc_kind == "protocol" and ex.date and ex.meeting_kind:
        return meeting_id(ex.date, ex.meeting_kind, ex.meeting_of)
    s = slug(fallback)
    return s or "document"


def source_file_name(ex: Extraction, doc_id: str) -> str:
    """The name the source text is kept under in sources/ (the manifest's naming)."""
    if ex.doc_kind == "protocol" and ex.date and ex.meeting_kind:
        kind = {"lgl-meeting": "lansgemensam-ledning", "presidiekonferens": "presidiekonferens",
                "presidiemote": "presidiemote"}[ex.meeting_kind]
        if ex.meeting_kind == "lgl-meeting" and ex.meeting_of and ex.meeting_of != "lansgemensam-ledning":
            kind = ex.meeting_of                # a group's own protocol
        return f"{ex.date}-protokoll-{kind}.txt"
    return f"{doc_id}.txt"


def _clusters(mentions: list[PersonMention], apart: set[frozenset[str]]) -> list[list[PersonMention]]:
    groups: list[list[PersonMention]] = []
    for m in mentions:
        for g in groups:
            if any(same_unless_apart(m.name, o.name, apart) for o in g):
                g.append(m)
                break
        else:
            groups.append([m])
    return groups


def _organisations_said(ex: Extraction) -> dict[str, set[str]]:
    """Per spelling of the document, the organisations it gives that spelling (in a list or beside a name)."""
    said: dict[str, set[str]] = {}
    for m in ex.mentions:
        said.setdefault(m.name, set()).update(oid for oid, _lines, _written in m.affiliations)
    for e in [e for lst in ex.attendance for e in lst.entries] + list(ex.absent):
        said.setdefault(e.name, set()).update([e.org] if e.org else [])
    return said


def _entry_note(e: Entry) -> str | None:
    """An attendance entry's note: the line's own, whose place it serves in, and whether the learned model read it."""
    notes = [e.note or (f"serving in {e.in_place_of}'s place" if e.in_place_of else "")]
    if e.learned is not None:
        model = "attendance model" if e.learned_from == "line" else "model of the names sentences mention"
        notes.append(f"Read by the learned {model} (probability {e.learned:.2f}), by no rule: check the "
                     "name, the organisation and the list against the line")
    return "; ".join(n for n in notes if n) or None


def build_record(ex: Extraction, doc_id: str, orgs: OrgResolver, source_name: str,
                 matcher: PersonMatcher | None = None) -> RecordFile:
    """The draft record in the model (graph/model.py), in the curated records' order of sections; with
    a matcher, each person whose reconciliation a person should confirm carries the decision in its
    note (with_reconciliation)."""
    today = dt.date.today().isoformat()
    note = (f"DRAFT made by `samverkan ingest` from {source_name} on {today}; not curated. Check every fact "
            f"against the source, complete what the rules cannot read (works, statements, summaries), then "
            f"move this file to records/{doc_id}.yaml and add the document to sources/manifest.yaml "
            f"(see the review summary beside this file).")
    used: dict[str, int] = {}

    def use(oid: str | None, line: int) -> str | None:
        if oid:
            used.setdefault(oid, line)
        return oid

    # ---- meetings
    meetings: list[Meeting] = []
    decisions: list[Decision] = []
    mid = None
    # two attendees the project's rule would take for one, listed for different organisations: two people
    # (those listed absent too: "Lennart Werner, Emmaboda" absent beside a present "Lennart Verner, Kalmar")
    apart = apart_at_meeting([(e.name, e.org or e.role or None, i) for i, lst in enumerate(ex.attendance)
                              for e in lst.entries]
                             + [(e.name, e.org or e.role or None, len(ex.attendance)) for e in ex.absent])
    # likewise two spellings one letter apart of which the document gives one another employer than the other's,
    # or than the known person spelled exactly as the other ("X, Mönsterås kommun" beside a known X's neighbour)
    apart |= apart_by_organisation(_organisations_said(ex), matcher)
    if ex.doc_kind == "protocol" and ex.meeting_kind and ex.meeting_of:
        # a protocol whose header gives no day keeps what was read of its meeting, undated (never a day
        # guessed): the meeting's note and the warnings ask for it, and `samverkan check` refuses a meeting without one
        day = ex.date or UNDATED
        mid = meeting_id(day, ex.meeting_kind, ex.meeting_of)
        of = use(ex.meeting_of, ex.title_line) or ex.meeting_of
        agenda = tuple(
            AgendaItem(n=it.n, parent=it.parent, title=it.title, lines=it.lines,
                       presenters=tuple(Presenter(name=n, lines=s) for n, s in it.presenters),
                       summary=it.summary or None)
            for it in ex.items)
        att = []
        seen: list[str] = []
        # a person listed twice ("Ordförande: X" in the header, then X in the members' table): the entry that
        # names the organisation or capacity is kept, a bare name before it gives way
        every = [e for lst in ex.attendance for e in lst.entries]
        bare = {id(e) for k, e in enumerate(every) if not (e.org or e.role) and any(
            (f.org or f.role) and same_unless_apart(e.name, f.name, apart) for f in every[k + 1:])}
        for lst in ex.attendance:
            entries = []
            for e in lst.entries:
                if id(e) in bare or any(same_unless_apart(e.name, s, apart) for s in seen):
                    continue  # the build refuses a person listed twice at one meeting
                seen.append(e.name)
                entries.append(AttendanceEntry(name=e.name, line=(e.line, e.line), org=use(e.org, e.line) or None,
                                               role=None if e.org else e.role or None, acting=bool(e.acting),
                                               note=_entry_note(e)))
            if entries:
                att.append(AttendanceList(kind=lst.kind, heading=lst.heading or None, lines=lst.lines,
                                          note=lst.note or None, entries=tuple(entries)))
        meetings.append(Meeting(id=mid, kind=ex.meeting_kind, of=of, date=ex.date, status="held",
                                place=ex.place or None, participants_approx=ex.participants or None,
                                note=None if ex.date else undated_note(source_name),
                                lines=ex.meeting_lines or (ex.title_line, ex.title_line), agenda=agenda,
                                attendance=tuple(att)))
        for r in ex.refs:
            ref = Meeting(id=meeting_id(r.date, r.kind, r.of), kind=r.kind, of=use(r.of, r.lines[0]) or r.of,
                          date=r.date, status=r.status, note=r.note or None, lines=r.lines,
                          agenda=(AgendaItem(title=_ref_title(r.text), lines=r.lines, summary=r.text),))
            if ref.id != mid and all(x.id != ref.id for x in meetings):
                meetings.append(ref)
        ids: set[str] = set()
        for d in ex.decisions:
            kind = d.kind
            dnote = None
            if kind == "replacement" and not (d.group and d.new and d.replaced):
                kind, dnote = "other", "Read as a replacement, but the group or a name could not be read: check."
            if kind == "indicator" and not d.indicator:
                kind, dnote = "other", "Read as an indicator decision, but label, year or value could not be read."
            if d.learned is not None:
                dnote = (f"Read by the learned decision model (probability {d.learned:.2f}), by no rule: check that "
                         "these lines decide, and the kind.")
            base = {"approve-protocol": "protokoll", "indicator": "indikator", "replacement": "byte",
                    "funding": "finansiering", "other": "beslut"}[kind]
            effects: dict[str, Any] = {}
            if kind == "indicator" and d.indicator:
                base = f"indikator-{slug(d.indicator['label'])}"[:50].rstrip("-")
                effects["indicator"] = Indicator(**d.indicator)
            if kind == "replacement":
                group_short = (d.group or "").replace("samordnande-grupp-", "").replace("samverkansomradesgrupp-", "")
                base = f"byte-{group_short}-{slug((d.new or '').split()[-1])}"
                effects.update(group=use(d.group, d.lines[0]), role=d.role or "ledamot", new=d.new,
                               replaced=d.replaced, seat_origin=use(d.seat_origin, d.lines[0]) or None)
            if kind in ("funding", "other") and d.about:
                base = f"{slug(d.about[0])}-{base}"
            did = f"{day}-{base}"
            n = 2
            while did in ids:
                did = f"{day}-{base}-{n}"
                n += 1
            ids.add(did)
            decisions.append(Decision(id=did, meeting=mid, item=d.item, kind=kind, about=tuple(d.about or ()),
                                      text=d.text, note=dnote, lines=d.lines, **effects))

    # ---- people with posts
    people = []
    for group in _clusters([m for m in ex.mentions if m.where != "attendance"], apart):
        posts: list[Post] = []
        affs: list[Affiliation] = []
        seen_posts: set[tuple[str, str, bool]] = set()
        for m in group:
            for p in m.posts:
                key = (p.role, p.org or "", p.former)
                if key in seen_posts or not p.org:
                    continue
                seen_posts.add(key)
                title = p.title if p.title and fold(p.title) != fold(p.role.replace("-", " ")) else None
                posts.append(Post(role=p.role, org=use(p.org, p.lines[0]) or "", acting=bool(p.acting),
                                  former=bool(p.former), title=title, lines=p.lines))
            for oid, lines, _written in m.affiliations:
                if all(a.org != oid for a in affs) and not any(p.org == oid for p in posts):
                    affs.append(Affiliation(org=use(oid, lines[0]) or "", lines=lines))
        absent = next((m for m in group if m.where == "absent"), None)
        if not posts and not affs and ex.doc_kind == "protocol" and absent is None:
            continue
        first = group[0]
        people.append(Person(name=first.name, lines=first.lines,
                             variants=tuple(sorted({m.name for m in group} - {first.name})),
                             posts=tuple(posts), affiliations=tuple(affs),
                             note=f"absent (line {absent.lines[0]}): not in the attendance" if absent else None))

    # ---- people kept apart from a near spelling at the same meeting (not_same_as, both ways)
    listed = [e for lst in ex.attendance for e in lst.entries] + list(ex.absent)
    spelled = {fold(m.name): (m.name, m.lines[0]) for m in reversed(ex.mentions)}
    spelled |= {fold(e.name): (e.name, e.line) for e in reversed(listed)}
    for pair in sorted(apart, key=sorted):
        names = [spelled[f][0] for f in sorted(pair) if f in spelled]
        for name in names:
            others = tuple(o for o in names if o != name)
            i = next((i for i, p in enumerate(people) if fold(p.name) == fold(name)), None)
            if i is None:
                line = spelled[fold(name)][1]
                people.append(Person(name=name, lines=(line, line), not_same_as=others,
                                     note=f"Named in this document beside {', '.join(others)} (in the same list or "
                                          "another organisation): two people, kept apart by not_same_as."))
            else:
                people[i] = dataclasses.replace(people[i], not_same_as=tuple(
                    dict.fromkeys((*people[i].not_same_as, *others))))

    # ---- funding
    funding = []
    fids: set[str] = set()
    for f in ex.funding:
        fid = slug(f.label) or "medel"
        while fid in fids:
            fid += "-2"
        fids.add(fid)
        funding.append(Funding(
            id=fid, year=f.year, label=f.label, total=f.total, agreement=f.agreement or None, note=f.note or None,
            lines=f.lines,
            parts=tuple(FundingPart(label=p.label or "del", amount=p.amount, lines=(p.line, p.line))
                        for p in f.parts),
            allocations=tuple(FundingPart(label=a.label, amount=a.amount, to=use(a.to, a.line) or None,
                                          lines=(a.line, a.line)) for a in f.allocations)))

    # ---- organisations this draft must define (reserved ids no record defines yet), and mentions
    for oid, _written, line in ex.org_mentions:
        use(oid, line)
    defs = []
    for oid, name, otype, part, line in ex.new_groups:     # a group no record defines, named in the header
        if oid in used:
            use(part, line)
            defs.append(Organisation(
                id=oid, name=name, type=otype, part_of=part, lines=(line, line),
                note="Defined by this draft: a group no record defines, named in the document's header " + (
                    "with the group it belongs to" if part else "(no body it belongs to named there)")
                + "; check its id, name and type."))
    for oid, name, otype, part, line in ex.seat_groups:    # a group no record defines, a replacement's seat
        if oid in used and oid not in orgs.defined and all(d.id != oid for d in defs):
            use(part, line)
            defs.append(Organisation(
                id=oid, name=name, type=otype, part_of=part, lines=(line, line),
                note="Defined by this draft: a group no record defines, named as the seat of a replacement; check "
                     "its id, name, type and the body it belongs to."))
    for oid, name, line in ex.new_orgs:     # an organisation no record knows, named beside a person in a list
        if oid in used and oid not in orgs.defined and all(d.id != oid for d in defs):
            defs.append(Organisation(
                id=oid, name=name, type="external", part_of=None, lines=(line, line),
                note="Defined by this draft: an organisation no record defines, named beside a person in a list; "
                     "check its id, name and type."))
    new_ids = {d.id for d in defs}
    pending = [oid for oid in used if oid not in orgs.defined and oid not in new_ids]
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
        if part and part not in orgs.defined:
            pending.append(part)
            used.setdefault(part, used[oid])
        defs.append(Organisation(
            id=oid, name=name, type=otype, part_of=part or None, lines=(used[oid], used[oid]),
            note="Defined by this draft: a reserved id (docs/records.md) that no record defines yet."))
    mentions = []
    seen_m: set[tuple[str, str]] = set()
    for oid, written, line in ex.org_mentions:
        if (oid, written) not in seen_m:
            seen_m.add((oid, written))
            mentions.append(OrgMention(id=oid, as_written=written, lines=(line, line)))
    for lst in ex.attendance:
        for e in lst.entries:
            if e.org and e.org_as_written and (e.org, e.org_as_written) not in seen_m:
                seen_m.add((e.org, e.org_as_written))
                mentions.append(OrgMention(id=e.org, as_written=e.org_as_written, lines=(e.line, e.line)))

    rec = RecordFile(source=doc_id, note=note, organisations=tuple(defs), mentions=tuple(mentions),
                     people=tuple(people), meetings=tuple(meetings), decisions=tuple(decisions),
                     funding=tuple(funding))
    return with_reconciliation(rec, matcher) if matcher is not None else rec


def with_reconciliation(rec: RecordFile, matcher: PersonMatcher) -> RecordFile:
    """The record with each reconciliation decision worth a look written on its person (`note`), and
    a person the matcher did not take for a known one kept apart from the near spellings the build's
    rule would merge it with (`not_same_as`): the coordinator edits both. A person only named in an
    attendance list or a decision gets a people entry for it."""
    people = list(rec.people)
    for r in reconcile_record(rec.to_data(), matcher):
        if not r.worth_a_look:
            continue
        i = next((i for i, p in enumerate(people) if p.name in r.spellings), None)
        if i is None:
            people.append(Person(name=r.spelling, lines=(r.line, r.line), not_same_as=r.apart, note=r.note()))
        else:
            old = people[i].note
            people[i] = dataclasses.replace(people[i], note=f"{old} {r.note()}" if old else r.note(),
                                            not_same_as=tuple(dict.fromkeys((*people[i].not_same_as, *r.apart))))
    return dataclasses.replace(rec, people=tuple(people))


def _ref_title(text: str) -> str:
    t = " ".join(text.split())
    return t if len(t) <= 90 else t[:87].rsplit(" ", 1)[0] + " …"


def dump_record(rec: RecordFile, header: str = "") -> str:
    """The draft's text: the model's one writer (graph/model.py dump_yaml)."""
    return dump_yaml(rec, header)


def write_new(path: Path, text: str) -> None:
    """Write a file that must not exist yet (exclusive create)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
