"""The full-text search index: one SQLite FTS5 table (Python's standard library, no server, no new
dependency) holding every person, organisation, group, meeting, decision, agenda item, work
(strategy, plan, agreement ...), source document and cited passage of the store.

- Built from the store's contents by the queries queries/search_*.rq, through any `select`
  function (a store's own query method at build/serve time, the server's query executor after a
  SPARQL update); written to a temporary file and swapped in atomically, so searches never see a
  half-built index.
- Tolerant of diacritics and case (the tokenizer folds "Göransson" and "Goransson" alike), of the
  OCR spellings (every spelling the graph keeps — skos:altLabel, skos:hiddenLabel, the names as
  written — is indexed with the person) and of partial words (every word is a prefix query; a
  trigram table over the names finds a word inside a longer one when the words alone find nothing).
- Ranked by bm25 with names weighted above other spellings and texts; results come grouped by
  kind, names before passages.
"""

from __future__ import annotations

import bisect
import contextlib
import os
import re
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .iris import lines_anchor
from .names import fold
from .sparql import iri, render
from .stores import StoreSpec
from .stores.ondisk import loaded_digest

#: The kinds of thing searched, in the order results are shown (passages last).
KINDS: tuple[str, ...] = ("person", "group", "organisation", "work", "meeting", "decision", "agenda_item",
                          "document", "passage")
KIND_LABELS: dict[str, tuple[str, str, str, str]] = {  # sv one, sv many, en one, en many
    "person": ("person", "personer", "person", "people"),
    "group": ("grupp eller samverkansorgan", "grupper och samverkansorgan", "group or collaboration body",
              "groups and collaboration bodies"),
    "organisation": ("organisation", "organisationer", "organisation", "organisations"),
    "work": ("strategi, plan eller överenskommelse", "strategier, planer och överenskommelser",
             "strategy, plan or agreement", "strategies, plans and agreements"),
    "meeting": ("möte", "möten", "meeting", "meetings"),
    "decision": ("beslut", "beslut", "decision", "decisions"),
    "agenda_item": ("punkt på en dagordning", "punkter på dagordningar", "agenda item", "agenda items"),
    "document": ("dokument", "dokument", "document", "documents"),
    "passage": ("textställe", "textställen", "passage", "passages"),
}
QUERIES: tuple[tuple[str, str], ...] = (
    ("search_people.rq", "person"), ("search_people_context.rq", "person"), ("search_organisations.rq", "organisation"),
    ("search_works.rq", "work"), ("search_meetings.rq", "meeting"), ("search_decisions.rq", "decision"),
    ("search_agenda_items.rq", "agenda_item"), ("search_documents.rq", "document"),
    ("search_passages.rq", "passage"),
)
SCHEMA_VERSION = "2"
_WEIGHTS = "10.0, 4.0, 1.0, 2.0"  # bm25 weights of the columns name, alt, body, context
_DATED = ("meeting", "decision", "agenda_item", "document")  # found by their date too
Select = Callable[[str], Iterable[Mapping[str, Any]]]


@dataclass
class Entry:
    """One searchable thing: what it is, what it is called, and the text it is found by."""

    iri: str
    kind: str
    name: str = ""
    alt: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    context: str = ""
    date: str = ""
    anchor: str = ""

    def add(self, values: list[str], value: object) -> None:
        text = str(value).strip() if value is not None else ""
        if text and text not in values and text != self.name:
            values.append(text)


def _s(row: Mapping[str, Any], key: str) -> str:
    """A row's value as plain text: rows hold graph.stores.terms.Term tuples or rdflib terms."""
    value = row.get(key)
    if value is None:
        return ""
    return value[1] if isinstance(value, tuple) else str(value)


def _only(text: str, iris: Iterable[str] | None) -> str:
    """A search query restricted to the resources `iris` (None: all): a VALUES ?x block at the top of
    its outer WHERE (each query's ?x is the resource an entry is about)."""
    if iris is None:
        return text
    head, where, rest = text.partition("WHERE {")
    if not where:
        raise ValueError("a search query without 'WHERE {'")
    return f"{head}WHERE {{\n  VALUES ?x {{ {' '.join(iri(i) for i in sorted(set(iris)))} }}{rest}"


def collect(select: Select, iris: Iterable[str] | None = None) -> list[Entry]:
    """Every searchable entry of the store, one per resource (rows of one resource merged); with
    `iris`, the entries of those resources only (an update's, `update`)."""
    entries: dict[tuple[str, str], Entry] = {}
    only = None if iris is None else list(iris)
    for name, kind in QUERIES:
        for row in select(_only(render(name), only)):
            x = _s(row, "x")
            this_kind = kind
            if kind == "organisation" and row.get("group") is not None:
                this_kind = "group"
            key = (x, "passage" if kind == "passage" else "thing")
            e = entries.get(key)
            if e is None:
                e = entries[key] = Entry(iri=x, kind=this_kind)
            elif this_kind == "group":
                e.kind = "group"
            if kind == "passage":
                doc, start, end = _s(row, "doc"), _s(row, "start"), _s(row, "end")
                e.name = f"{_s(row, 'context') or doc}, " + (f"rad {start}" if start == end else f"rad {start}–{end}")
                e.anchor = doc + lines_anchor(start, end)
                e.add(e.body, _s(row, "text"))
                e.date = e.date or _s(row, "date")[:10]
                continue
            name = _s(row, "name")
            if name and name == f"Beslut {_s(row, 'id')}":  # a decision labelled by its identifier
                name = ""
            if not e.name and name:
                e.name = name
            e.add(e.alt, _s(row, "alt"))
            e.add(e.body, _s(row, "text"))
            context = _s(row, "context")
            if context and (not e.context or context < e.context):  # the first by name: the same every build
                e.context = context
            if row.get("date") is not None and not e.date:
                e.date = _s(row, "date")[:10]
    # passages of one document that begin on the same line (106, 106-107, 106-108) are found as one:
    # the widest, so a search does not list the same lines three times
    widest: dict[tuple[str, int], tuple[int, tuple[str, str]]] = {}
    for key, e in entries.items():
        if e.kind == "passage":
            doc, _, lines = e.anchor.partition("#L")
            start, _, end = lines.partition("-L")
            span = (int(start), int(end or start))
            best = widest.get((doc, span[0]))
            if best is None or span[1] > best[0]:
                widest[(doc, span[0])] = (span[1], key)
    keep = {key for _, key in widest.values()}
    out = []
    for key, e in entries.items():
        if e.kind == "passage" and key not in keep:
            continue
        if e.kind == "person" and not e.name:  # a member that is no person (only its memberships were seen)
            continue
        if not e.name:  # a decision without a label is named by its text
            text = e.body[0] if e.body else e.iri.rsplit("/", 1)[-1]
            e.name = text if len(text) <= 120 else text[:117].rsplit(" ", 1)[0] + " …"
        out.append(e)
    return out


def build(select: Select, path: Path, source: str = "") -> dict[str, int]:
    """Build the index at `path` from the store behind `select` (atomically: a temporary file is
    written, then renamed over the old one). Returns how many entries of each kind."""
    started = time.monotonic()
    entries = collect(select)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.chmod(tmp, 0o644)  # mkstemp makes it private; the index is as readable as the store
    counts: dict[str, int] = {}
    try:
        db = sqlite3.connect(tmp)
        try:
            db.executescript("""
                PRAGMA journal_mode = OFF;
                PRAGMA synchronous = OFF;
                CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
                CREATE TABLE entry(id INTEGER PRIMARY KEY, iri TEXT, kind TEXT, name TEXT, context TEXT,
                                   date TEXT, anchor TEXT, rank INTEGER);
                CREATE VIRTUAL TABLE fts USING fts5(name, alt, body, context,
                    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
                CREATE VIRTUAL TABLE tri USING fts5(names, content='', tokenize = 'trigram');
            """)
            order = {k: i for i, k in enumerate(KINDS)}
            rows = []
            for i, e in enumerate(sorted(entries, key=lambda e: (order[e.kind], e.name.lower(), e.iri)), 1):
                counts[e.kind] = counts.get(e.kind, 0) + 1
                rows.append((i, e))
            _insert(db, rows)
            db.executemany("INSERT INTO meta VALUES (?, ?)", [
                ("schema", SCHEMA_VERSION), ("source", source), ("built_at", time.strftime("%Y-%m-%dT%H:%M:%S")),
                ("build_seconds", f"{time.monotonic() - started:.2f}"), ("entries", str(len(rows)))]
                + [(f"count:{k}", str(v)) for k, v in counts.items()]
                + [(f"range:{k}", f"{min(i for i, e in rows if e.kind == k)}-{max(i for i, e in rows if e.kind == k)}")
                   for k in counts])
            db.execute("INSERT INTO fts(fts) VALUES ('optimize')")
            db.commit()
        finally:
            db.close()
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return counts


def _alt_column(e: Entry) -> str:
    """The fts table's alt column of an entry: its other names, and its date when found by it."""
    return " | ".join(e.alt + ([e.date] if e.date and e.kind in _DATED else []))


def _names(name: str, alt: list[str]) -> str:
    """The trigram table's text of an entry (every kind but passages): its names, folded."""
    return fold(" | ".join([name] + alt))


def _insert(db: sqlite3.Connection, rows: list[tuple[int, Entry]]) -> None:
    """Write numbered entries into the entry, fts and trigram tables."""
    order = {k: i for i, k in enumerate(KINDS)}
    db.executemany("INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   [(i, e.iri, e.kind, e.name, e.context, e.date, e.anchor, order[e.kind]) for i, e in rows])
    db.executemany("INSERT INTO fts(rowid, name, alt, body, context) VALUES (?, ?, ?, ?, ?)",
                   [(i, e.name, _alt_column(e), " ".join(e.body), e.context) for i, e in rows])
    db.executemany("INSERT INTO tri(rowid, names) VALUES (?, ?)",
                   [(i, _names(e.name, e.alt)) for i, e in rows if e.kind != "passage"])


def update(select: Select, path: Path, iris: Iterable[str], source: str = "") -> dict[str, int]:
    """Re-index the resources `iris` in place (after an update that named them): their entries are
    deleted and collected again from the store, the new ones numbered after every other (a search
    tells their kind from the entry table), in one transaction. Returns how many entries of each kind
    were written."""
    wanted = sorted(set(iris))
    entries = collect(select, wanted) if wanted else []
    counts: dict[str, int] = {}
    with contextlib.closing(sqlite3.connect(path)) as db:
        marks = ",".join("?" * len(wanted))
        old = db.execute(f"SELECT e.id, e.kind, e.name, e.date, f.alt FROM entry e JOIN fts f ON f.rowid = e.id "
                         f"WHERE e.iri IN ({marks})", wanted).fetchall() if wanted else []
        for i, kind, name, date, alt in old:
            parts = alt.split(" | ") if alt else []
            if date and kind in _DATED:
                parts = parts[:-1]  # the date _alt_column added
            if kind != "passage":  # a contentless table forgets its text: a delete repeats it
                db.execute("INSERT INTO tri(tri, rowid, names) VALUES ('delete', ?, ?)", (i, _names(name, parts)))
        ids = [i for i, *_ in old]
        id_marks = ",".join("?" * len(ids))
        if ids:
            db.execute(f"DELETE FROM fts WHERE rowid IN ({id_marks})", ids)
            db.execute(f"DELETE FROM entry WHERE id IN ({id_marks})", ids)
        start = (db.execute("SELECT MAX(id) FROM entry").fetchone()[0] or 0) + 1
        rows = list(enumerate(entries, start))
        _insert(db, rows)
        for _, e in rows:
            counts[e.kind] = counts.get(e.kind, 0) + 1
        total = db.execute("SELECT COUNT(*) FROM entry").fetchone()[0]
        kinds = dict(db.execute("SELECT kind, COUNT(*) FROM entry GROUP BY kind").fetchall())
        db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [
            ("source", source), ("updated_at", time.strftime("%Y-%m-%dT%H:%M:%S")), ("entries", str(total))]
            + [(f"count:{k}", str(v)) for k, v in kinds.items()])
        db.commit()
    return counts


#: updates longer than this are not read for their resources (rdflib's parser would take longer than
#: a rebuild of the index): the index is rebuilt whole
_PARSE_AT_MOST = 1_000_000


def touched_resources(update_text: str | None) -> set[str] | None:
    """The resources a SPARQL update names in its data, when it is only INSERT DATA / DELETE DATA
    operations (the Graph Store's POST is one): every IRI in a subject or object position, whose
    search entries `update` then renews. None when the update does anything else (a pattern, DROP,
    CLEAR, LOAD, ...) or is longer than a megabyte: what it touched is not in its text (or would take
    longer to read than the index to rebuild), and the index is rebuilt whole."""
    if not update_text or len(update_text) > _PARSE_AT_MOST:
        return None
    from rdflib import URIRef
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        operations = translateUpdate(parseUpdate(update_text)).algebra
    except Exception:  # noqa: BLE001 - what the engine accepted but rdflib does not: rebuild whole
        return None
    found: set[str] = set()
    for op in operations:
        if op.name not in ("InsertData", "DeleteData"):
            return None
        triples = list(op.get("triples") or [])
        for quads in (op.get("quads") or {}).values():
            triples.extend(quads)
        for s_, _, o in triples:
            found.update(str(t) for t in (s_, o) if isinstance(t, URIRef))
    return found


def read_meta(path: Path) -> dict[str, str]:
    """The index's metadata (schema, source, counts), or {} when there is no usable index."""
    if not path.exists():
        return {}
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            return dict(db.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error:
        return {}


def is_current(path: Path, source: str) -> bool:
    """Whether the index at `path` exists, has this code's schema and was built from `source`."""
    meta = read_meta(path)
    return meta.get("schema") == SCHEMA_VERSION and meta.get("source") == source and bool(source)


def store_source(store_spec: str | StoreSpec, quad_count: Callable[[], int] | None = None) -> str:
    """What the index was built from, to tell when it is out of date: the digest of the graph last
    loaded into an on-disk store (and how many updates were made since), else the quad count."""
    spec = StoreSpec.parse(store_spec)
    if spec.persistent and spec.path is not None:
        digest = loaded_digest(spec.path)
        if digest:
            return "graph:" + digest
    return f"quads:{quad_count()}" if quad_count else ""


def default_path(store_spec: str | StoreSpec) -> Path | None:
    """Where the index of an on-disk store lives by default: beside it (var/store -> var/store-search.sqlite)."""
    spec = StoreSpec.parse(store_spec)
    if spec.persistent and spec.path is not None:
        return spec.path.parent / (spec.path.name + "-search.sqlite")
    return None


def build_for_store(store_spec: str | StoreSpec, path: Path | None = None,
                    force: bool = False) -> tuple[Path | None, str]:
    """Build (or keep) the index of a store opened here, by its own query method (no row cap).
    Returns the index path and what was done, for the command's output."""
    spec = StoreSpec.parse(store_spec)
    path = path or default_path(spec)
    if path is None:
        return None, "no index file for a store that is not on disk (built by the server when it starts)"
    store = spec.open(read_only=True)
    try:
        source = store_source(spec, store.quad_count)
        if not force and is_current(path, source):
            return path, f"search index {path}: up to date"
        started = time.monotonic()
        # over the store's data: the union of its named graphs, which queries see as their default graph
        counts = build(store.select, path, source)
    finally:
        store.close()
    total = sum(counts.values())
    return path, (f"search index {path}: {total} entries in {time.monotonic() - started:.1f} s, "
                  f"{path.stat().st_size / 1e6:.1f} MB")


# queries ----------------------------------------------------------------------------------------
_WORD = re.compile(r"[a-z0-9]+")


@dataclass
class Hit:
    """One search result."""

    iri: str
    kind: str
    name: str
    context: str
    date: str
    anchor: str
    snippet: str
    score: float


@dataclass
class Result:
    """The hits of one search, grouped by kind, with the number of hits of each kind."""

    query: str
    groups: dict[str, list[Hit]]
    counts: dict[str, int]
    fuzzy: bool = False
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def match_expression(text: str) -> str:
    """The FTS5 query for what a person typed: every word must be there, each as a prefix
    ("goran" finds Göransson); dates and numbers like 2025-12-12 as a phrase. Never raises on
    FTS5 syntax: all input is reduced to words."""
    words = _WORD.findall(fold(text))
    return " AND ".join(f'"{w}"*' for w in words)


class SearchIndex:
    """Searches an index file through one read-only connection shared by the server's threads (one
    search at a time: each takes milliseconds), kept open so SQLite's page cache stays warm for every
    thread, and reopened when a rebuild has swapped the file. Recent results are kept, for every
    thread, until the file changes. The file is read, not memory-mapped: a map counts every page a
    search touched in the server's resident memory (27 MB of the national index after the bench's
    searches) and made no search faster than reads from the operating system's page cache
    (BENCHMARKS.md, branch memory2)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._key: tuple | None = None
        self._cache: dict = {}

    def exists(self) -> bool:
        return self.path.exists()

    def _connection(self) -> sqlite3.Connection:
        """The open connection (call with the lock held), reopened when the file was swapped."""
        st = os.stat(self.path)
        key = (st.st_ino, st.st_mtime_ns, st.st_size)
        if self._key != key:
            if self._db is not None:
                self._db.close()
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            db.execute("PRAGMA mmap_size = 0")
            db.execute("PRAGMA cache_size = -16000")
            self._db, self._key, self._cache = db, key, {}
        assert self._db is not None
        return self._db

    def warm(self) -> float:
        """Read the whole file once (into the operating system's page cache, which SQLite's reads
        then find) and open the connection: the first search after a start is then as fast as the
        next. Returns the seconds it took."""
        started = time.monotonic()
        with self.path.open("rb") as f:
            while f.read(1 << 20):
                pass
        self.search("samverkan")  # opens the connection, reads the meta table and the index's structure
        return time.monotonic() - started

    def search(self, text: str, kind: str | None = None, per_kind: int = 10, offset: int = 0) -> Result:
        """The hits for what a person typed: every matching entry scored in one pass (bm25), grouped
        by kind (entries are numbered kind by kind, so a row number tells its kind), the best
        `per_kind` of each kind (from `offset` when one kind is asked for) with a snippet of the
        text around the first matching word. Recent results are kept until the index changes."""
        with self._lock:
            return self._search(text, kind, per_kind, offset)

    def _search(self, text: str, kind: str | None, per_kind: int, offset: int) -> Result:
        started = time.monotonic()
        expr = match_expression(text)
        if not expr:
            return Result(text, {}, {})
        db = self._connection()
        cache = self._cache
        ckey = (expr, kind, per_kind, offset)
        if ckey in cache:
            hit = cache[ckey]
            return Result(text, hit.groups, hit.counts, hit.fuzzy, time.monotonic() - started)
        fuzzy = False
        words = _WORD.findall(fold(text))
        ranges = sorted((int(v.split("-")[0]), int(v.split("-")[1]), k[len("range:"):]) for k, v in
                        db.execute("SELECT key, value FROM meta WHERE key LIKE 'range:%'"))
        starts = [r[0] for r in ranges]
        total = db.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (expr,)).fetchone()[0]
        if total > RANK_ALL_UP_TO:
            result = self._search_common(db, text, expr, words, ranges, kind, per_kind, offset, started)
            if len(cache) > 256:
                cache.clear()
            cache[ckey] = result
            return result
        scored = db.execute(f"SELECT rowid, bm25(fts, {_WEIGHTS}) FROM fts WHERE fts MATCH ?", (expr,)).fetchall()
        tri = _trigram_expression(words)
        if not scored and tri:
            # a word inside a longer one ("vård" in "primärvård"): the trigram table of names
            scored = db.execute("SELECT rowid, bm25(tri) FROM tri WHERE tri MATCH ?", (tri,)).fetchall()
            fuzzy = bool(scored)
        by_kind = _by_kind(db, scored, ranges, starts)
        counts = {k: len(v) for k, v in by_kind.items()}
        chosen: dict[str, list[tuple[float, int]]] = {}
        for k in KINDS:
            if k in by_kind and (kind is None or k == kind):
                skip = offset if kind else 0
                chosen[k] = sorted(by_kind[k])[skip:skip + per_kind]
        groups = _hits(db, chosen, words, fuzzy)
        result = Result(text, groups, counts, fuzzy, time.monotonic() - started)
        if len(cache) > 256:
            cache.clear()
        cache[ckey] = result
        return result

    def _search_common(self, db: sqlite3.Connection, text: str, expr: str, words: list[str],
                       ranges: list[tuple[int, int, str]], kind: str | None, per_kind: int, offset: int,
                       started: float) -> Result:
        """A search matching more than RANK_ALL_UP_TO entries ("kommun": 100,000 at national scale, most
        of them people whose organisation is a kommun): scoring every match with bm25 took 0.15-0.3 s.
        The counts per kind are counted (in SQLite, no scores); the entries whose names hold the words
        (the trigram table of names, words of 3 letters or more) come first, ranked by it; the rest of a
        kind follows in the index's order, by name. The same order on every page of a kind."""
        starts = [r[0] for r in ranges]
        later = _later_kinds(db, expr, ranges)
        counts = _counts(db, expr, ranges, later)
        named: list[tuple[int, float]] = []
        tri = _trigram_expression(words)
        if tri:  # names holding every word (the trigram table)
            in_names = dict(db.execute("SELECT rowid, bm25(tri) FROM tri WHERE tri MATCH ?", (tri,)))
            if in_names:  # a word of the name begins with each word typed, as the search matches words
                marks = ",".join("?" * len(in_names))
                for rowid, name in db.execute(f"SELECT id, name FROM entry WHERE id IN ({marks})", list(in_names)):
                    tokens = _WORD.findall(fold(name or ""))
                    if all(any(t.startswith(w) for t in tokens) for w in words):
                        named.append((rowid, in_names[rowid]))
        ranked = _by_kind(db, named, ranges, starts)
        chosen: dict[str, list[tuple[float, int]]] = {}
        for k in KINDS:
            if not counts.get(k) or (kind is not None and k != kind):
                continue
            skip = offset if kind else 0
            first = sorted(ranked.get(k, []))
            hits = first[skip:skip + per_kind]
            wanted = per_kind - len(hits)
            if wanted > 0:
                seen = {rowid for _, rowid in first}
                hits += [(0.0, rowid) for rowid in _rest_of_kind(db, expr, ranges, later, k, seen,
                                                                 max(0, skip - len(first)), wanted)]
            chosen[k] = hits
        return Result(text, _hits(db, chosen, words, False), counts, False, time.monotonic() - started)


#: matches up to which every match is scored with bm25 (SQLite scores ~400,000 a second here)
RANK_ALL_UP_TO = 5000


def _by_kind(db: sqlite3.Connection, scored: list[tuple[int, float]], ranges: list[tuple[int, int, str]],
             starts: list[int]) -> dict[str, list[tuple[float, int]]]:
    """(score, rowid) per kind: entries are numbered kind by kind (`ranges`); those re-indexed after an
    update are numbered after every range and looked up in the entry table."""
    by_kind: dict[str, list[tuple[float, int]]] = {}
    later: list[tuple[float, int]] = []
    for rowid, score in scored:
        i = bisect.bisect_right(starts, rowid) - 1
        if i >= 0 and rowid <= ranges[i][1]:
            by_kind.setdefault(ranges[i][2], []).append((score, rowid))
        elif not ranges or rowid > ranges[-1][1]:
            later.append((score, rowid))
    if later:
        kinds = dict(db.execute(f"SELECT id, kind FROM entry WHERE id IN ({','.join('?' * len(later))})",
                                [rowid for _, rowid in later]))
        for score, rowid in later:
            if rowid in kinds:
                by_kind.setdefault(kinds[rowid], []).append((score, rowid))
    return by_kind


def _later_kinds(db: sqlite3.Connection, expr: str, ranges: list[tuple[int, int, str]]) -> dict[int, str]:
    """The matching entries re-indexed after an update (numbered after every kind's range), in the
    index's order, with their kinds from the entry table; asked of the full-text table (a pass over the
    words' matches) only when the entry table holds any."""
    last = ranges[-1][1] if ranges else -1
    if (db.execute("SELECT max(id) FROM entry").fetchone()[0] or 0) <= last:
        return {}
    ids = [r for (r,) in db.execute("SELECT rowid FROM fts WHERE fts MATCH ? AND rowid > ? ORDER BY rowid",
                                    (expr, last))]
    if not ids:
        return {}
    kinds = dict(db.execute(f"SELECT id, kind FROM entry WHERE id IN ({','.join('?' * len(ids))})", ids))
    return {r: kinds[r] for r in ids if r in kinds}


def _counts(db: sqlite3.Connection, expr: str, ranges: list[tuple[int, int, str]],
            later: dict[int, str]) -> dict[str, int]:
    """How many entries of each kind match, counted in SQLite without scoring them (`later`: those
    re-indexed after an update, from _later_kinds)."""
    last = ranges[-1][1] if ranges else -1
    cases = " ".join(f"WHEN rowid BETWEEN {lo:d} AND {hi:d} THEN {i:d}" for i, (lo, hi, _) in enumerate(ranges))
    counts: dict[str, int] = {}
    group = f"CASE {cases} ELSE -1 END" if cases else "-1"
    for i, n in db.execute(f"SELECT {group} AS k, count(*) FROM fts WHERE fts MATCH ? AND rowid <= ? GROUP BY k",
                           (expr, last)):
        if i >= 0:
            counts[ranges[i][2]] = counts.get(ranges[i][2], 0) + n
    for k in later.values():
        counts[k] = counts.get(k, 0) + 1
    return {k: counts[k] for k in KINDS if counts.get(k)}


def _rest_of_kind(db: sqlite3.Connection, expr: str, ranges: list[tuple[int, int, str]], later: dict[int, str],
                  kind: str, skip_ids: set[int], skip: int, limit: int) -> list[int]:
    """Matching entries of `kind` not in `skip_ids`, in the index's order (its range, then those
    re-indexed after an update: `later`, from _later_kinds), from the `skip`-th, at most `limit`."""
    out: list[int] = []
    cursors: list[Iterable[tuple[int]]] = [
        db.execute("SELECT rowid FROM fts WHERE fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid", (expr, lo, hi))
        for lo, hi, k in ranges if k == kind]
    cursors.append([(r,) for r, k in later.items() if k == kind])
    for cursor in cursors:
        for (rowid,) in cursor:
            if rowid in skip_ids:
                continue
            if skip > 0:
                skip -= 1
                continue
            out.append(rowid)
            if len(out) == limit:
                return out
    return out


def _trigram_expression(words: list[str]) -> str | None:
    """The trigram table's query for names holding every word, or None when there is no word or one is
    shorter than a trigram (3 letters)."""
    if not words or any(len(w) < 3 for w in words):
        return None
    return " AND ".join(f'"{w}"' for w in words)


def _hits(db: sqlite3.Connection, chosen: dict[str, list[tuple[float, int]]], words: list[str],
          fuzzy: bool) -> dict[str, list[Hit]]:
    """The chosen (score, rowid) of each kind as hits with their entry's fields and a snippet."""
    ids = [rowid for hits in chosen.values() for _, rowid in hits]
    marks = ",".join("?" * len(ids))
    rows = {r[0]: r[1:] for r in db.execute(
        f"SELECT id, iri, kind, name, context, date, anchor FROM entry WHERE id IN ({marks})", ids)}
    bodies = {} if fuzzy else dict(db.execute(f"SELECT rowid, body FROM fts WHERE rowid IN ({marks})", ids))
    return {k: [Hit(*rows[rowid], snippet=snippet(bodies.get(rowid) or "", words), score=score)
                for score, rowid in hits] for k, hits in chosen.items()}


_TOKEN = re.compile(r"\w+", re.UNICODE)


def snippet(body: str, words: list[str], width: int = 16) -> str:
    """About `width` words of the text around the first word that a query word begins, every such
    word marked with \x02 ... \x03 ('' when no word of the text matches)."""
    if not body or not words:
        return ""
    tokens = list(_TOKEN.finditer(body))
    matched = [i for i, m in enumerate(tokens) if any(fold(m.group(0)).startswith(w) for w in words)]
    if not matched:
        return ""
    first = max(0, matched[0] - width // 3)
    last = min(len(tokens), first + width)
    marked = set(matched)
    out, pos = [], tokens[first].start()
    for i in range(first, last):
        m = tokens[i]
        out.append(body[pos:m.start()])
        out.append(f"\x02{m.group(0)}\x03" if i in marked else m.group(0))
        pos = m.end()
    text = "".join(out)
    return ("… " if first > 0 else "") + text + (" …" if last < len(tokens) else "")


def mark_stale(path: Path) -> None:
    """Record that the store changed after the index was built (a SPARQL update), so a server
    started before the rebuild finishes builds it again."""
    if not path.exists():
        return
    try:
        with contextlib.closing(sqlite3.connect(path)) as db:
            db.execute("UPDATE meta SET value = 'stale' WHERE key = 'source'")
            db.commit()
    except sqlite3.Error:
        with contextlib.suppress(OSError):
            path.unlink()
