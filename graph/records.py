"""Load and check the curated records (records/*.yaml) against the source documents.

A record is checked for shape (known keys, types), for its locators (line ranges inside the
source file, names found in the lines they cite) and, across all records, for references
(organisation, work, meeting and role ids). Every problem is a RecordError naming file and line.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph
from rdflib.namespace import SKOS

from . import config, model, project
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
    # a meeting that other records name as well (announced or referred to there, held or announced in its own
    # record above): id -> those records' entries. The build emits them as mentions of the one meeting.
    meeting_mentions: dict[str, list[tuple[Record, LDict]]] = field(default_factory=dict)

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
    """Checks one record against the model: every field as the model declares it, then the rules below.

    The checks follow from the field declarations in graph/model.py (required keys, references,
    choices, validity, locators and the names they must contain); a rule that spans fields or
    entries is a function in RULES. It collects the ids the record defines and the references it makes.
    """

    def __init__(self, document: SourceDocument,
                 define: Callable[[str, str, LDict], None] = lambda kind, ident, node: None) -> None:
        self.doc = document
        self.define = define
        self.refs: list[tuple[LDict, str, str, str]] = []  # (node, key, kind, id)

    # locators and references ----------------------------------------------------
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

    # the model's declarations ----------------------------------------------------
    def check(self, cls: type[model.Fact], node: Any, where: str, outer: str = "") -> None:
        """One mapping as an object of cls: its keys, its fields, its rules."""
        _keys(node, where, *model.keys(cls))
        self.fields(cls, node, where, outer)

    def fields(self, cls: type[model.Fact], node: LDict, where: str, outer: str = "") -> None:
        if cls.NAMED_BY:  # "meeting 3" is "meeting '2025-12-12-...'" once its id is known
            named = _id(node, "id", where) if cls.NAMED_BY == "id" else _str(node, cls.NAMED_BY, where)
            where = f"{where.rsplit(' ', 1)[0]} {named!r}"
        first = RULES_FIRST.get(cls)
        if first:
            first(self, node, where)
        for f in model.data_fields(cls):
            md, key = f.metadata, model.yaml_key(f)
            if f.default is MISSING and node.get(key) is None and (not md["check"] or md["ref"]):
                raise _err(node, f"{where}: {key!r} is required", key)  # the checks below let a null pass
            if not md["check"] or f.name == cls.NAMED_BY:
                continue
            conv = md["conv"]
            if md["ref"]:
                self.ref(node, key, md["ref"], where)
            elif md["choices"]:
                _enum(node, key, where, md["choices"], required=f.default is MISSING)
            elif conv == model.TEXT and f.default is MISSING:
                _str(node, key, where)
            elif conv == model.TEXTS:
                values = _list(node, key, where) if md["invalid"] or node.get(key) is not None else []
                if md["invalid"] and any(not isinstance(v, str) for v in values):
                    raise _err(node, md["invalid"].format(where=where, outer=outer, key=key), key)
            elif conv == model.LINES:
                name = _str(node, md["names"], where) or "" if md["names"] else ""
                self.lines(node, f"{where} {md['label'].format(name=name)}".strip(), key,
                           names=(name,) if md["names"] else ())
            elif conv == model.BOOL:
                if key in node and not isinstance(node[key], bool):
                    raise _err(node, f"{where}: {key!r} must be true or false", key)
            elif conv == model.ITEMS:
                for j, item in enumerate(_list(node, key, where), 1):
                    self.check(md["sub"], item, f"{where} {md['label']} {j}" if cls is not model.RecordFile
                               else f"{md['label']} {j}", where)
                    if md["sub"].DEFINES:
                        self.define(md["sub"].DEFINES, item["id"], item)
            elif conv == model.ONE:
                if key in node:
                    self.check(md["sub"], node[key], f"{where} {md['label']}", where)
            elif md["valid"] and key in node and not md["valid"](node[key]):
                raise _err(node, md["invalid"].format(where=where, outer=outer, key=key), key)
        rule = RULES.get(cls)
        if rule:
            rule(self, node, where)


# --------------------------------------------------------------------------- rules across fields


def _seat_rule(check: _Checker, seat: LDict, where: str) -> None:
    if len([k for k in ("from", "from_kind", "per") if k in seat]) > 1:
        raise _err(seat, f"{where}: give at most one of 'from', 'from_kind' and 'per'")


def _meeting_rule(check: _Checker, m: LDict, where: str) -> None:
    numbers: set[int] = set()
    for j, item in enumerate(m.get("agenda", []), 1):
        if "n" in item:
            if item["n"] in numbers:
                raise _err(item, f"{where} agenda item {j}: item number {item['n']} appears twice", "n")
            numbers.add(item["n"])
    for j, item in enumerate(m.get("agenda", []), 1):
        if "parent" in item and item["parent"] not in numbers:
            raise _err(item, f"{where} agenda item {j}: parent {item['parent']!r} is not an item number", "parent")


def _attendance_list_rule(check: _Checker, lst: LDict, where: str) -> None:
    if not lst["entries"]:
        raise _err(lst, f"{where}: 'entries' is empty", "entries")
    span = parse_lines(lst["lines"])
    assert span is not None
    for k, e in enumerate(lst["entries"], 1):
        first = (parse_lines(e["line"]) or (0, 0))[0]
        if not (span[0] <= first <= span[1]):
            raise _err(e, f"{where} entry {k}: line {first} is outside the list's lines {span[0]}-{span[1]}", "line")


def _entry_rule(check: _Checker, e: LDict, where: str) -> None:
    if "org" in e and "role" in e:
        raise _err(e, f"{where}: give 'org' or 'role', not both")


def _second_meeting(first: LDict, node: LDict) -> None:
    """A meeting another record defines too: the same meeting (kind, body, date), held in at most one of them,
    and only the held one lists who attended (the others announce it or refer to it)."""
    where = f"{first.path}:{first.line}"
    ident = node["id"]
    for key in ("kind", "of", "date"):
        was, now = ((date_text(n[key]) if key == "date" else str(n[key])) for n in (first, node))
        if was != now:
            raise _err(node, f"meeting id {ident!r} is defined at {where} with {key} {was!r}, here {now!r}", key)
    if first["status"] == "held" and node["status"] == "held":
        raise _err(node, f"meeting id {ident!r} is already defined at {where} as held: a meeting has one "
                         "protocol", "id")
    for n in (first, node):
        if n["status"] != "held" and n.get("attendance"):
            raise _err(n, f"meeting {ident!r} is {n['status']} here and defined in another record too "
                          "(at " + (where if n is node else f"{node.path}:{node.line}") + "): only the record "
                          "where it is held lists who attended", "attendance")


def _decision_rule(check: _Checker, d: LDict, where: str) -> None:
    """An indicator decision fixes a value; a replacement names group, role and both people (in its lines)."""
    if d["kind"] == "indicator" or "indicator" in d:
        check.check(model.Indicator, d.get("indicator"), f"{where} indicator", where)
    if d["kind"] == "replacement":
        for key in ("group", "role", "new", "replaced"):
            if key not in d:
                raise _err(d, f"{where}: a replacement needs {key!r}")
        check.ref(d, "group", "organisation", where)
        check.ref(d, "role", "role", where)
        check.ref(d, "seat_origin", "organisation", where)
        span = parse_lines(d["lines"])
        assert span is not None
        text = fold(check.doc.passage(span))
        for key in ("new", "replaced"):
            missing = [w for w in fold(str(d[key])).split() if w not in text]
            if missing:
                raise _err(d, f"{where}: {key} {d[key]!r} not found in lines {span[0]}-{span[1]}", key)


def _identifier_rule(check: _Checker, ident: LDict, where: str) -> None:
    """A code is text of its scheme's pattern ('0880', quoted: YAML reads 06 as a number), and the name
    beside it stands in the lines it cites (the code is checked there by its locator)."""
    code, scheme = ident["code"], ident["scheme"]
    if not isinstance(code, str) or not model.IDENTIFIER_SCHEMES[scheme].match(code):
        raise _err(ident, f"{where}: code {code!r} is not a {scheme} "
                          f"({model.IDENTIFIER_SCHEMES[scheme].pattern}; quote it: '0880')", "code")
    check.lines(ident, f"{where} name", names=(str(ident["as_written"]),))


Rule = Callable[[_Checker, LDict, str], None]
RULES: dict[type[model.Fact], Rule] = {  # after the class's fields are checked
    model.SeatRule: _seat_rule, model.Meeting: _meeting_rule, model.AttendanceList: _attendance_list_rule,
    model.Decision: _decision_rule, model.Identifier: _identifier_rule,
}
RULES_FIRST: dict[type[model.Fact], Rule] = {  # before: the fields cannot be judged while this holds
    model.AttendanceEntry: _entry_rule,
}


# --------------------------------------------------------------------------- loading


def load_manifest(sources_dir: Path | None = None) -> dict[str, SourceDocument]:
    """Read sources/manifest.yaml (default: the project folder's) and the text of every document it lists."""
    sources_dir = sources_dir or project.current().sources
    path = sources_dir / "manifest.yaml"
    data = load_yaml(path)
    docs: dict[str, SourceDocument] = {}
    for i, d in enumerate(_list(_keys(data, "manifest", {"documents"}, set()), "documents", "manifest"), 1):
        where = f"document {i}"
        _keys(d, where, {"id", "file", "original", "title", "kind", "date", "publisher", "language",
                         "text_quality"}, {"url", "retrieved"})
        did = _id(d, "id", where)
        date = date_text(d["date"])
        if date is None:
            raise _err(d, f"document {did!r}: 'date' must be a date or a year", "date")
        file = sources_dir / str(d["file"])
        if not file.is_file():
            raise _err(d, f"document {did!r}: file {file} does not exist", "file")
        if did in docs:
            raise _err(d, f"document id {did!r} appears twice", "id")
        retrieved = date_text(d["retrieved"]) if "retrieved" in d else None
        if "retrieved" in d and (retrieved is None or len(retrieved) != 10):
            raise _err(d, f"document {did!r}: 'retrieved' must be a date YYYY-MM-DD", "retrieved")
        url = _str(d, "url", where, required=False)
        if url is not None and not url.startswith("https://"):
            raise _err(d, f"document {did!r}: 'url' must be an https:// address, got {url!r}", "url")
        docs[did] = SourceDocument(
            id=did, file=file, original=str(d["original"]), title=str(d["title"]), kind=str(d["kind"]),
            date=date, publisher=str(d["publisher"]), language=str(d["language"]),
            text_quality=str(d["text_quality"]),
            lines=tuple(file.read_text(encoding="utf-8").split("\n")), url=url, retrieved=retrieved,
        )
    return docs


def known_roles(vocab: Path = config.ONTOLOGY_DIR / "vocabularies.ttl") -> set[str]:
    g = Graph()
    g.parse(vocab, format="turtle")
    return {str(s).rsplit("/", 1)[-1] for s in g.subjects(SKOS.inScheme, config.LGL.Roles)}


def load_corpus(records_dir: Path | None = None, sources_dir: Path | None = None) -> Corpus:
    """Load and check every record (default: the project folder's); raise the first RecordError found."""
    records_dir = records_dir or project.current().records
    documents = load_manifest(sources_dir)
    roles = known_roles()
    records: list[Record] = []
    refs: list[tuple[LDict, str, str, str]] = []
    # every kind of thing whose ids a record defines (organisation, meeting, work, decision, ...): id -> where
    tables: dict[str, dict[str, tuple[Record, LDict]]] = {c.DEFINES: {} for c in model.CLASSES if c.DEFINES}
    defined: dict[str, dict[str, LDict]] = {kind: {} for kind in tables}
    # a meeting named by several records (announced in one, held in the next): the first definition, then the
    # others; the held one is its record, the others mention it (see _second_meeting)
    mentions: dict[str, list[LDict]] = {}

    for path in sorted(records_dir.glob("*.yaml")):
        data = load_yaml(path)
        _keys(data, "record", *model.keys(model.RecordFile))
        source = str(data["source"])
        if source not in documents:
            raise _err(data, f"source {source!r} is not in sources/manifest.yaml", "source", path)
        if path.stem != source:
            raise _err(data, f"record file should be named {source}.yaml", "source", path)
        mine: list[tuple[str, str, LDict]] = []

        def define(kind: str, ident: str, node: LDict, mine: list[tuple[str, str, LDict]] = mine) -> None:
            if ident in defined[kind]:
                other = defined[kind][ident]
                if kind == "meeting" and Path(other.path) != Path(node.path):
                    for earlier in (other, *mentions.get(ident, [])):
                        _second_meeting(earlier, node)
                    mentions.setdefault(ident, []).append(node)
                    return
                where = other.path if kind == "decision" else f"{other.path}:{other.line}"
                raise _err(node, f"{kind} id {ident!r} is already defined at {where}", "id")
            defined[kind][ident] = node
            mine.append((kind, ident, node))

        check = _Checker(documents[source], define)
        check.fields(model.RecordFile, data, "record")
        refs.extend(check.refs)
        rec = Record(path=path, document=documents[source], data=data, facts=model.from_data(model.RecordFile, data))
        for kind, ident, node in mine:
            tables[kind][ident] = (rec, node)
        records.append(rec)

    by_path = {rec.path: rec for rec in records}
    meeting_mentions: dict[str, list[tuple[Record, LDict]]] = {}
    for ident, later in mentions.items():
        every = [tables["meeting"][ident][1], *later]
        held = next((n for n in every if n["status"] == "held"), every[0])
        tables["meeting"][ident] = (by_path[Path(held.path)], held)
        meeting_mentions[ident] = [(by_path[Path(n.path)], n) for n in every if n is not held]
    for node, key, kind, ident in refs:
        known = roles if kind == "role" else tables[kind]
        if ident not in known:
            raise _err(node, f"unknown {kind} id {ident!r} (in {key!r})", key)
    # a decision must be taken at a meeting of its own document
    for d in defined["decision"].values():
        meeting_recs = [tables["meeting"][d["meeting"]][0]] + [r for r, _ in meeting_mentions.get(d["meeting"], [])]
        if all(Path(d.path) != r.path for r in meeting_recs):
            raise _err(d, f"decision {d['id']!r}: meeting {d['meeting']!r} is not in this record", "meeting")
    return Corpus(documents=documents, records=records, organisations=tables["organisation"], works=tables["work"],
                  meetings=tables["meeting"], roles=roles, meeting_mentions=meeting_mentions)
