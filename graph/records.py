"""Load and check the curated records (records/*.yaml) against the source documents.

A record is checked for shape (known keys, types), for its locators (line ranges inside the
source file, names found in the lines they cite) and, across all records, for references
(organisation, work, meeting and role ids). Every problem is a RecordError naming file and line.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Graph
from rdflib.namespace import SKOS

from . import config, model
from .model import ID_RE, Lines, SourceDocument, date_text, parse_lines
from .names import fold
from .yamlload import LDict, LList, RecordError, load_yaml

__all__ = [  # what importers use from here (the value parsers and SourceDocument now live in graph/model.py)
    "ID_RE", "Lines", "SourceDocument", "date_text", "parse_lines", "Corpus", "Record", "RecordError",
    "load_corpus", "load_manifest", "known_roles",
]


@dataclass(frozen=True)
class Record:
    """One checked record file: its facts in the model, the raw mapping and the document it is about.

    `facts` is what new code reads; `data` (the mapping with line numbers) is kept for the ingest's
    comparisons and name index, which still walk the mapping.
    """

    path: Path
    document: SourceDocument
    data: LDict
    facts: model.RecordFile


@dataclass
class Corpus:
    """Everything the build needs: documents, records and the id tables across records."""

    documents: dict[str, SourceDocument]
    records: list[Record]
    organisations: dict[str, tuple[Record, LDict]]
    works: dict[str, tuple[Record, LDict]]
    meetings: dict[str, tuple[Record, LDict]]
    roles: set[str]

    @functools.cached_property
    def orgs(self) -> dict[str, model.Organisation]:
        """Every organisation the records define, by id, in the model."""
        return {o.id: o for rec in self.records for o in rec.facts.organisations}


# --------------------------------------------------------------------------- small checkers


def _err(node: Any, message: str, key: str | None = None, path: Path | str = "") -> RecordError:
    line = None
    if isinstance(node, LDict):
        line = node.line_of(key) if key else node.line
    elif isinstance(node, LList):
        line = node.line
    return RecordError(getattr(node, "path", "") or path, line, message)


def _keys(node: Any, where: str, required: set[str], optional: set[str]) -> LDict:
    if not isinstance(node, LDict):
        raise _err(node, f"{where}: expected a mapping, got {type(node).__name__}")
    missing = required - node.keys()
    if missing:
        raise _err(node, f"{where}: missing {', '.join(sorted(missing))}")
    unknown = node.keys() - required - optional
    if unknown:
        k = sorted(unknown)[0]
        raise _err(node, f"{where}: unknown key {k!r} (allowed: {', '.join(sorted(required | optional))})", k)
    return node


def _list(node: LDict, key: str, where: str) -> LList:
    value = node.get(key, LList())
    if not isinstance(value, list):
        raise _err(node, f"{where}: {key!r} must be a list", key)
    return value if isinstance(value, LList) else LList(value)


def _str(node: LDict, key: str, where: str, required: bool = True) -> str | None:
    value = node.get(key)
    if value is None:
        if required:
            raise _err(node, f"{where}: {key!r} is required", key)
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _err(node, f"{where}: {key!r} must be text", key)
    text = str(value).strip()
    if required and not text:
        raise _err(node, f"{where}: {key!r} is empty", key)
    return text


def _id(node: LDict, key: str, where: str) -> str:
    value = _str(node, key, where)
    assert value is not None
    if not ID_RE.match(value):
        raise _err(node, f"{where}: {key!r} must be a lowercase slug (a-z, 0-9, '-'), got {value!r}", key)
    return value


def _enum(node: LDict, key: str, where: str, allowed: set[str], required: bool = True) -> str | None:
    value = _str(node, key, where, required)
    if value is not None and value not in allowed:
        raise _err(node, f"{where}: {key!r} is {value!r}, expected one of {', '.join(sorted(allowed))}", key)
    return value


class _Checker:
    """Checks one record's sections; collects ids it defines and references it makes."""

    def __init__(self, document: SourceDocument) -> None:
        self.doc = document
        self.refs: list[tuple[LDict, str, str, str]] = []  # (node, key, kind, id)

    # locators -----------------------------------------------------------------
    def lines(self, node: LDict, where: str, key: str = "lines", names: tuple[str, ...] = ()) -> Lines:
        if key not in node:
            raise _err(node, f"{where}: {key!r} (the locator) is required", key)
        span = parse_lines(node[key])
        if span is None:
            raise _err(node, f"{where}: {key!r} must be a line number or a range 'A-B', got {node[key]!r}", key)
        first, last = span
        n = len(self.doc.lines)
        if not (1 <= first <= last <= n):
            raise _err(node, f"{where}: {key} {first}-{last} is outside {self.doc.file.name} (1-{n})", key)
        text = fold(self.doc.passage(span))
        for name in names:
            missing = [w for w in fold(name).split() if w not in text]
            if missing:
                raise _err(node, f"{where}: {name!r} not found in {self.doc.file.name} lines "
                                 f"{first}-{last} (missing {' '.join(missing)!r})", key)
        return span

    def ref(self, node: LDict, key: str, kind: str, where: str) -> None:
        if node.get(key) is None:
            return
        values = node[key] if isinstance(node[key], list) else [node[key]]
        for v in values:
            if not isinstance(v, str) or not ID_RE.match(v):
                raise _err(node, f"{where}: {key!r} must name {kind} ids, got {v!r}", key)
            self.refs.append((node, key, kind, v))

    def statements(self, node: LDict, where: str) -> None:
        for i, st in enumerate(_list(node, "statements", where), 1):
            w = f"{where} statement {i}"
            _keys(st, w, *model.keys(model.Statement))
            _str(st, "text", w)
            self.lines(st, w)

    # sections -----------------------------------------------------------------
    def organisation(self, o: Any, i: int) -> str:
        where = f"organisation {i}"
        _keys(o, where, *model.keys(model.Organisation))
        oid = _id(o, "id", where)
        where = f"organisation {oid!r}"
        _str(o, "name", where)
        _enum(o, "type", where, model.ORG_TYPES)
        self.lines(o, where)
        self.ref(o, "part_of", "organisation", where)
        if "founded" in o and date_text(o["founded"]) is None:
            raise _err(o, f"{where}: 'founded' must be a year or a date", "founded")
        for key in ("alt_names", "activities"):
            for v in _list(o, key, where):
                if not isinstance(v, str):
                    raise _err(o, f"{where}: {key!r} entries must be text", key)
        self.statements(o, where)
        for j, seat in enumerate(_list(o, "composition", where), 1):
            w = f"{where} composition {j}"
            _keys(seat, w, *model.keys(model.SeatRule))
            self.ref(seat, "seat", "role", w)
            self.ref(seat, "post", "role", w)
            if "count" in seat and (not isinstance(seat["count"], int) or isinstance(seat["count"], bool)
                                    or seat["count"] < 1):
                raise _err(seat, f"{w}: 'count' must be a positive integer (omit it where the document gives none)",
                           "count")
            self.ref(seat, "from", "organisation", w)
            self.ref(seat, "appointed_by", "organisation", w)
            _enum(seat, "from_kind", w, model.SEAT_KINDS, required=False)
            _enum(seat, "per", w, model.SEAT_KINDS, required=False)
            if len([k for k in ("from", "from_kind", "per") if k in seat]) > 1:
                raise _err(seat, f"{w}: give at most one of 'from', 'from_kind' and 'per'")
            self.lines(seat, w)
        return oid

    def mention(self, m: Any, i: int) -> None:
        where = f"mention {i}"
        _keys(m, where, *model.keys(model.OrgMention))
        self.ref(m, "id", "organisation", where)
        self.lines(m, where)

    def post(self, p: Any, where: str) -> None:
        _keys(p, where, *model.keys(model.Post))
        self.ref(p, "role", "role", where)
        self.ref(p, "org", "organisation", where)
        self.ref(p, "for_group", "organisation", where)
        self.lines(p, where)
        for key in ("start", "end"):
            if key in p and date_text(p[key]) is None:
                raise _err(p, f"{where}: {key!r} must be a date", key)
        for key in ("acting", "former"):
            if key in p and not isinstance(p[key], bool):
                raise _err(p, f"{where}: {key!r} must be true or false", key)

    def person(self, p: Any, i: int) -> None:
        where = f"person {i}"
        _keys(p, where, *model.keys(model.Person))
        name = _str(p, "name", where)
        assert name is not None
        where = f"person {name!r}"
        self.lines(p, where, names=(name,))
        for v in _list(p, "variants", where):
            if not isinstance(v, str):
                raise _err(p, f"{where}: variants must be text", "variants")
        for j, post in enumerate(_list(p, "posts", where), 1):
            self.post(post, f"{where} post {j}")
        for j, aff in enumerate(_list(p, "affiliations", where), 1):
            w = f"{where} affiliation {j}"
            _keys(aff, w, *model.keys(model.Affiliation))
            self.ref(aff, "org", "organisation", w)
            self.lines(aff, w)

    def meeting(self, m: Any, i: int) -> str:
        where = f"meeting {i}"
        _keys(m, where, *model.keys(model.Meeting))
        mid = _id(m, "id", where)
        where = f"meeting {mid!r}"
        _enum(m, "kind", where, model.MEETING_KINDS)
        _enum(m, "status", where, model.MEETING_STATUSES)
        self.ref(m, "of", "organisation", where)
        if date_text(m["date"]) is None or len(date_text(m["date"]) or "") != 10:
            raise _err(m, f"{where}: 'date' must be a date YYYY-MM-DD", "date")
        if "participants_approx" in m and not isinstance(m["participants_approx"], int):
            raise _err(m, f"{where}: 'participants_approx' must be an integer", "participants_approx")
        self.lines(m, where)
        numbers: set[int] = set()
        for j, item in enumerate(_list(m, "agenda", where), 1):
            w = f"{where} agenda item {j}"
            _keys(item, w, *model.keys(model.AgendaItem))
            _str(item, "title", w)
            self.lines(item, w)
            if "n" in item:
                if not isinstance(item["n"], int) or item["n"] < 1:
                    raise _err(item, f"{w}: 'n' must be a positive integer", "n")
                if item["n"] in numbers:
                    raise _err(item, f"{w}: item number {item['n']} appears twice", "n")
                numbers.add(item["n"])
            self.ref(item, "about", "work", w)
            for k, pr in enumerate(_list(item, "presenters", w), 1):
                pw = f"{w} presenter {k}"
                _keys(pr, pw, *model.keys(model.Presenter))
                self.lines(pr, pw, names=(_str(pr, "name", pw) or "",))
            for k, th in enumerate(_list(item, "themes", w), 1):
                tw = f"{w} theme {k}"
                _keys(th, tw, *model.keys(model.Theme))
                self.ref(th, "question", "work", tw)
                _str(th, "heading", tw)
                self.lines(th, tw)
        for j, item in enumerate(_list(m, "agenda", where), 1):
            if "parent" in item and item["parent"] not in numbers:
                raise _err(item, f"{where} agenda item {j}: parent {item['parent']!r} is not an item number", "parent")
        for j, lst in enumerate(_list(m, "attendance", where), 1):
            w = f"{where} attendance list {j}"
            _keys(lst, w, *model.keys(model.AttendanceList))
            _enum(lst, "list", w, model.LIST_KINDS)
            if "complete_member_list" in lst and not isinstance(lst["complete_member_list"], bool):
                raise _err(lst, f"{w}: 'complete_member_list' must be true or false", "complete_member_list")
            span = self.lines(lst, w)
            entries = _list(lst, "entries", w)
            if not entries:
                raise _err(lst, f"{w}: 'entries' is empty", "entries")
            for k, e in enumerate(entries, 1):
                ew = f"{w} entry {k}"
                _keys(e, ew, *model.keys(model.AttendanceEntry))
                name = _str(e, "name", ew) or ""
                entry_span = self.lines(e, f"{ew} ({name})", key="line", names=(name,))
                if not (span[0] <= entry_span[0] <= span[1]):
                    raise _err(e, f"{ew}: line {entry_span[0]} is outside the list's lines {span[0]}-{span[1]}", "line")
                if "org" in e and "role" in e:
                    raise _err(e, f"{ew}: give 'org' or 'role', not both")
                self.ref(e, "org", "organisation", ew)
                self.ref(e, "role", "role", ew)
                if "acting" in e and not isinstance(e["acting"], bool):
                    raise _err(e, f"{ew}: 'acting' must be true or false", "acting")
        return mid

    def decision(self, d: Any, i: int) -> None:
        where = f"decision {i}"
        _keys(d, where, *model.keys(model.Decision))
        did = _id(d, "id", where)
        where = f"decision {did!r}"
        kind = _enum(d, "kind", where, model.DECISION_KINDS)
        self.ref(d, "meeting", "meeting", where)
        self.ref(d, "about", "work", where)
        span = self.lines(d, where)
        if kind == "indicator":
            ind = d.get("indicator")
            _keys(ind, f"{where} indicator", *model.keys(model.Indicator))
            if not isinstance(ind["value"], int | float) or isinstance(ind["value"], bool):
                raise _err(ind, f"{where}: indicator value must be a number", "value")
            if date_text(ind["year"]) is None:
                raise _err(ind, f"{where}: indicator year must be a year", "year")
        if kind == "replacement":
            for key in ("group", "role", "new", "replaced"):
                if key not in d:
                    raise _err(d, f"{where}: a replacement needs {key!r}")
            self.ref(d, "group", "organisation", where)
            self.ref(d, "role", "role", where)
            self.ref(d, "seat_origin", "organisation", where)
            text = fold(self.doc.passage(span))
            for key in ("new", "replaced"):
                missing = [w for w in fold(str(d[key])).split() if w not in text]
                if missing:
                    raise _err(d, f"{where}: {key} {d[key]!r} not found in lines {span[0]}-{span[1]}", key)

    def work(self, w_: Any, i: int) -> str:
        where = f"work {i}"
        _keys(w_, where, *model.keys(model.Work))
        wid = _id(w_, "id", where)
        where = f"work {wid!r}"
        _enum(w_, "type", where, model.WORK_TYPES)
        _str(w_, "title", where)
        self.lines(w_, where)
        self.ref(w_, "by", "organisation", where)
        self.ref(w_, "groups", "organisation", where)
        self.ref(w_, "part_of", "work", where)
        self.ref(w_, "relates_to", "work", where)
        if "period" in w_:
            per = _keys(w_["period"], f"{where} period", *model.keys(model.Period))
            for key in ("start", "end"):
                if key in per and date_text(per[key]) is None:
                    raise _err(per, f"{where}: period {key} must be a year or date", key)
        self.statements(w_, where)
        for j, goal in enumerate(_list(w_, "goals", where), 1):
            gw = f"{where} goal {j}"
            _keys(goal, gw, *model.keys(model.Goal))
            _enum(goal, "level", gw, model.GOAL_LEVELS)
            _str(goal, "text", gw)
            self.lines(goal, gw)
        return wid

    def funding(self, f: Any, i: int) -> None:
        where = f"funding {i}"
        _keys(f, where, *model.keys(model.Funding))
        fid = _id(f, "id", where)
        where = f"funding {fid!r}"
        if not isinstance(f["total"], int):
            raise _err(f, f"{where}: 'total' must be an integer amount in SEK", "total")
        self.lines(f, where)
        self.ref(f, "recipient", "organisation", where)
        self.ref(f, "agreement", "work", where)
        self.statements(f, where)
        for key in ("parts", "allocations"):
            for j, part in enumerate(_list(f, key, where), 1):
                pw = f"{where} {key[:-1]} {j}"
                _keys(part, pw, *model.keys(model.FundingPart))
                if not isinstance(part["amount"], int):
                    raise _err(part, f"{pw}: 'amount' must be an integer amount in SEK", "amount")
                self.ref(part, "to", "organisation", pw)
                self.lines(part, pw)


# --------------------------------------------------------------------------- loading


def load_manifest(sources_dir: Path = config.SOURCES) -> dict[str, SourceDocument]:
    """Read sources/manifest.yaml and the text of every document it lists."""
    path = sources_dir / "manifest.yaml"
    data = load_yaml(path)
    docs: dict[str, SourceDocument] = {}
    for i, d in enumerate(_list(_keys(data, "manifest", {"documents"}, set()), "documents", "manifest"), 1):
        where = f"document {i}"
        _keys(d, where, {"id", "file", "original", "title", "kind", "date", "publisher", "language",
                         "text_quality"}, set())
        did = _id(d, "id", where)
        date = date_text(d["date"])
        if date is None:
            raise _err(d, f"document {did!r}: 'date' must be a date or a year", "date")
        file = sources_dir / str(d["file"])
        if not file.is_file():
            raise _err(d, f"document {did!r}: file {file} does not exist", "file")
        if did in docs:
            raise _err(d, f"document id {did!r} appears twice", "id")
        docs[did] = SourceDocument(
            id=did, file=file, original=str(d["original"]), title=str(d["title"]), kind=str(d["kind"]),
            date=date, publisher=str(d["publisher"]), language=str(d["language"]),
            text_quality=str(d["text_quality"]),
            lines=tuple(file.read_text(encoding="utf-8").split("\n")),
        )
    return docs


def known_roles(vocab: Path = config.ONTOLOGY_DIR / "vocabularies.ttl") -> set[str]:
    g = Graph()
    g.parse(vocab, format="turtle")
    return {str(s).rsplit("/", 1)[-1] for s in g.subjects(SKOS.inScheme, config.LGL.Roles)}


def load_corpus(records_dir: Path = config.RECORDS, sources_dir: Path = config.SOURCES) -> Corpus:
    """Load and check every record; raise the first RecordError found."""
    documents = load_manifest(sources_dir)
    roles = known_roles()
    records: list[Record] = []
    organisations: dict[str, tuple[Record, LDict]] = {}
    works: dict[str, tuple[Record, LDict]] = {}
    meetings: dict[str, tuple[Record, LDict]] = {}
    decisions: dict[str, LDict] = {}
    refs: list[tuple[LDict, str, str, str]] = []

    tables = {"organisation": organisations, "work": works, "meeting": meetings}
    defined: dict[str, dict[str, LDict]] = {kind: {} for kind in tables}

    def define(kind: str, key: str, node: LDict, mine: list[tuple[str, str, LDict]]) -> None:
        if key in defined[kind]:
            other = defined[kind][key]
            raise _err(node, f"{kind} id {key!r} is already defined at {other.path}:{other.line}", "id")
        defined[kind][key] = node
        mine.append((kind, key, node))

    for path in sorted(records_dir.glob("*.yaml")):
        data = load_yaml(path)
        _keys(data, "record", *model.keys(model.RecordFile))
        source = str(data["source"])
        if source not in documents:
            raise _err(data, f"source {source!r} is not in sources/manifest.yaml", "source", path)
        if path.stem != source:
            raise _err(data, f"record file should be named {source}.yaml", "source", path)
        check = _Checker(documents[source])
        mine: list[tuple[str, str, LDict]] = []
        for i, o in enumerate(_list(data, "organisations", "record"), 1):
            define("organisation", check.organisation(o, i), o, mine)
        for i, m in enumerate(_list(data, "mentions", "record"), 1):
            check.mention(m, i)
        for i, p in enumerate(_list(data, "people", "record"), 1):
            check.person(p, i)
        for i, m in enumerate(_list(data, "meetings", "record"), 1):
            define("meeting", check.meeting(m, i), m, mine)
        for i, w in enumerate(_list(data, "works", "record"), 1):
            define("work", check.work(w, i), w, mine)
        for i, mw in enumerate(_list(data, "mentions_works", "record"), 1):
            _keys(mw, f"work mention {i}", *model.keys(model.WorkMention))
            check.ref(mw, "id", "work", f"work mention {i}")
            check.lines(mw, f"work mention {i}")
        for i, d in enumerate(_list(data, "decisions", "record"), 1):
            check.decision(d, i)
            if d["id"] in decisions:
                raise _err(d, f"decision id {d['id']!r} is already defined at {decisions[d['id']].path}", "id")
            decisions[d["id"]] = d
        for i, f in enumerate(_list(data, "funding", "record"), 1):
            check.funding(f, i)
        refs.extend(check.refs)
        rec = Record(path=path, document=documents[source], data=data, facts=model.from_data(model.RecordFile, data))
        for kind, key, node in mine:
            tables[kind][key] = (rec, node)
        records.append(rec)

    for node, key, kind, ident in refs:
        known = roles if kind == "role" else tables[kind]
        if ident not in known:
            raise _err(node, f"unknown {kind} id {ident!r} (in {key!r})", key)
    # a decision must be taken at a meeting of its own document
    for d in decisions.values():
        meeting_rec = meetings[d["meeting"]][0]
        if Path(d.path) != meeting_rec.path:
            raise _err(d, f"decision {d['id']!r}: meeting {d['meeting']!r} is not in this record", "meeting")
    return Corpus(documents=documents, records=records, organisations=organisations, works=works,
                  meetings=meetings, roles=roles)
