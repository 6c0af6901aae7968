"""Downloads of the data and the dataset's description: the whole dataset as TriG / N-Quads (also
gzip-compressed) at /download/samverkan-kalmar.{trig,nq,trig.gz,nq.gz}, each source document's named
graph at /download/doc/<id>.{ttl,trig,nq}, and the VoID + DCAT description at /.well-known/void.

- Read from the store (what the server serves, updates included). The whole dataset from an embedded
  store: a query worker writes it with the engine's own serialiser (Store.dump, Rust; gzip in the
  worker) from one snapshot into a file that is sent while it grows (`_dumped`), never held whole in
  any process; the file is kept while the store stays as it is (an open handle: its name is removed
  once written, so nothing is left behind when the server stops), and the next download of the same
  data is sent from it at file speed. Otherwise (a
  remote engine, rdflib, and each document's graph) a graph at a time in pages of PAGE triples
  (queries/gsp_graph.rq in a fixed order, LIMIT/OFFSET), written and sent as they come; the memory
  held is one page, and an update arriving mid-download ends the stream early (the client sees a
  broken transfer, never a mixed file). The /sparql byte cap does not apply.
- Each answer names a dated file (Content-Disposition: samverkan-kalmar-2026-12-02.trig), carries a
  strong ETag (from the build's version, the store's quad count, the updates since start and the
  file's format) and Last-Modified (the build's date; the time an update was first seen after one),
  answers 304 to a matching If-None-Match (or, without one, an If-Modified-Since not older), and HEAD
  gives the headers alone.
- The description is computed by the build (graph/describe.py) and stored in <base>id/graph/dataset;
  /.well-known/void serves it as Turtle, JSON-LD or TriG, the stored paths (endpoint, downloads) made
  absolute from the configured public URL (`--public-url`, never the request's Host), else kept as
  they are (relative, typed xsd:anyURI).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from html import escape
from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse
from rdflib.namespace import DCAT
from starlette.concurrency import run_in_threadpool

from graph.config import PREFIXES
from graph.describe import (
    DATASET_DOWNLOADS,
    DOCUMENT_DOWNLOADS,
    DOWNLOAD_PATH,
    FILE_STEM,
    VOID,
    VOID_PATH,
    dataset_file,
    document_file,
)
from graph.iris import Iris
from graph.sparql import iri as sparql_iri
from graph.sparql import render
from graph.stores.base import Solutions, StoreError, Triples
from graph.stores.syntax import write_quads, write_triples
from graph.stores.terms import Term

from .context import ServerContext, get_context
from .page_params import PageParams
from .routes_gsp import _TYPES, GspError, _choose, _error, _exists, _handle

router = APIRouter(tags=["Downloads"])

#: Triples per query while a graph is read for a download (one page is what this process holds).
PAGE = int(os.environ.get("SAMVERKAN_DOWNLOAD_PAGE", "10000"))
#: Bytes sent at a time from the file a worker dumps the whole dataset into.
READ = 1 << 20
#: Seconds a whole-dataset dump may take (national scale, gzip: about 30 s on a quiet 2-core machine).
DUMP_TIMEOUT = float(os.environ.get("SAMVERKAN_DOWNLOAD_TIMEOUT", "1800"))
_XSD_ANYURI = "http://www.w3.org/2001/XMLSchema#anyURI"
_SYNTAX = {"ttl": "turtle", "trig": "trig", "nq": "nquads"}
#: The start page's <head> link to the changes feed (server/routes_changes.py).
FEED_LINK = ('<link rel="alternate" type="application/atom+xml" href="/changes.atom" '
             'title="Samverkan Kalmar län: ändringar">')
_NONCE = os.urandom(6).hex()  # this server process: an ETag after an update here is never one of another's


@dataclass(frozen=True)
class State:
    """What the downloads' validators are made of: the build's date and version, the store's size and
    updates, and when the data was last modified."""

    date: str
    version: str
    tag: str
    modified: datetime


def state(ctx: ServerContext) -> State:
    """The current State, computed once per store generation (an update through this server changes it)."""

    def compute() -> State:
        rows = ctx.select(render("download_version.rq"))
        date = str(rows[0]["date"]) if rows else "undated"
        version = str(rows[0]["version"]) if rows else "unversioned"
        quads = ctx.executor.quad_count()
        gen = ctx.generation
        tag = hashlib.sha256(f"{version} {quads} {gen} {_NONCE if gen else ''}".encode()).hexdigest()[:32]
        try:
            modified = datetime.fromisoformat(date).replace(tzinfo=UTC) if not gen else datetime.now(UTC)
        except ValueError:
            modified = datetime.now(UTC)
        return State(date, version, tag, modified.replace(microsecond=0))

    return ctx.derived("download-state", compute, ttl=float("inf"))


def _validators(st: State, what: str) -> dict[str, str]:
    etag = '"' + hashlib.sha256(f"{st.tag} {what}".encode()).hexdigest()[:32] + '"'
    return {"ETag": etag, "Last-Modified": format_datetime(st.modified, usegmt=True)}


def _not_modified(request: Request, headers: dict[str, str], st: State) -> bool:
    """RFC 9110 13.1: If-None-Match decides when present; else If-Modified-Since."""
    inm = request.headers.get("if-none-match")
    if inm is not None:
        tags = [t.strip() for t in inm.split(",")]
        return "*" in tags or headers["ETag"] in tags
    ims = request.headers.get("if-modified-since")
    if ims:
        try:
            since = parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
        return since.tzinfo is not None and st.modified <= since
    return False


# reading a graph in pages -------------------------------------------------------------------------
def graph_pages(ctx: ServerContext, graph: str) -> Iterator[list[tuple[Term, Term, Term]]]:
    """The triples of one named graph, PAGE at a time, in a fixed order (so the pages do not overlap): the
    embedded store's own index order (one snapshot's scan is the same every time; a write through this
    server ends the download, see _chunks), an explicit ORDER BY on a remote engine, which promises no
    order otherwise (on Oxigraph sorting costs 12 times the scan: 165 s instead of 13.5 s for 53,641
    triples read in pages of 10,000)."""
    query = render("gsp_graph.rq", graph=sparql_iri(graph)) + ("\nORDER BY ?s ?p ?o" if ctx.executor.remote else "")
    offset = 0
    while True:
        done = ctx.executor.run(f"{query} LIMIT {PAGE} OFFSET {offset}", max_rows=PAGE + 1)
        result = done.result
        if not isinstance(result, Triples):
            raise StoreError("a CONSTRUCT gave no triples")
        page = list(result.triples)
        if page:
            yield page
        if len(page) < PAGE:
            return
        offset += PAGE


def _graphs(ctx: ServerContext) -> list[str]:
    names = ctx.executor.run(render("gsp_graphs.rq")).result
    assert isinstance(names, Solutions)
    return [row["g"][1] for row in names.rows]


def _chunks(ctx: ServerContext, graphs: list[str], syntax: str, generation: int) -> Iterator[bytes]:
    """The graphs written in `syntax`, page by page; stops when the store is updated meanwhile."""
    prefixes = Iris(ctx.settings.base).prefixes()
    for graph in graphs:
        g: Term = ("uri", graph, "", "")
        for page in graph_pages(ctx, graph):
            if ctx.generation != generation:
                raise StoreError("the store was updated during the download; download again")
            if syntax in ("trig", "nquads"):
                yield write_quads(syntax, [(*t, g) for t in page], prefixes)
            else:
                yield write_triples(syntax, page, prefixes)


def _gzip(chunks: Iterator[bytes]) -> Iterator[bytes]:
    z = zlib.compressobj(6, zlib.DEFLATED, 31)  # 31: a gzip member
    for chunk in chunks:
        out = z.compress(chunk)
        if out:
            yield out
    yield z.flush()


@dataclass
class _Dump:
    """The whole dataset in one syntax as a worker writes it into `path`; `fd` is this process's handle
    on the file, which stays readable (and is kept while the store is as it was) after the name is
    removed at the end of the writing; `done` then, `outcome` True, False (this store cannot dump) or
    the error."""

    path: str
    fd: int
    generation: int
    done: threading.Event = field(default_factory=threading.Event)
    outcome: object = None


_DUMPS: dict[tuple[str, str, bool], _Dump] = {}
_DUMPS_LOCK = threading.Lock()
_DUMP_PREFIX = "samverkan-downloads-"


def _dump_dir() -> str:
    """This process's directory for dumps being written, made once; those of server processes that are
    gone (killed mid-dump) are removed then."""
    mine = Path(tempfile.gettempdir()) / f"{_DUMP_PREFIX}{os.getpid()}"
    if not mine.is_dir():
        for other in Path(tempfile.gettempdir()).glob(_DUMP_PREFIX + "*"):
            pid = other.name[len(_DUMP_PREFIX):]
            if pid.isdigit() and not Path(f"/proc/{pid}").exists():
                shutil.rmtree(other, ignore_errors=True)
        mine.mkdir(mode=0o700, exist_ok=True)
    return str(mine)


def _dump(ctx: ServerContext, tag: str, syntax: str, compress: bool) -> tuple[_Dump, int]:
    """The dump of the store in state `tag` in this syntax and a handle of the caller's own on it: the
    one kept or being written (so a second download of the same data is sent from the file at file
    speed), else a new one begun in a worker. Dumps of other states are let go (a reader still
    sending one keeps its handle, and the file lives until it closes it)."""
    key = (tag, syntax, compress)
    with _DUMPS_LOCK:
        entry = _DUMPS.get(key)
        if entry is not None:
            return entry, os.dup(entry.fd)
        for other in [k for k in _DUMPS if k[0] != tag]:
            os.close(_DUMPS.pop(other).fd)
        fd, path = tempfile.mkstemp(dir=_dump_dir(), suffix="." + syntax + (".gz" if compress else ""))
        entry = _DUMPS[key] = _Dump(path, fd, ctx.generation)
        mine = os.dup(fd)

    def write() -> None:
        try:
            entry.outcome = ctx.executor.run_dump(path, syntax, Iris(ctx.settings.base).prefixes(), compress,
                                                  DUMP_TIMEOUT)
        except Exception as exc:  # told to the readers, which end the transfer early
            entry.outcome = exc
        with contextlib.suppress(OSError):
            os.unlink(path)  # written (or given up): the open handles keep what was written
        if entry.outcome is not True or ctx.generation != entry.generation:  # not kept: failed or outdated
            with _DUMPS_LOCK:
                if _DUMPS.get(key) is entry:
                    os.close(_DUMPS.pop(key).fd)
        entry.done.set()

    threading.Thread(target=write, name="samverkan-download-dump", daemon=True).start()
    return entry, mine


def _dumped(ctx: ServerContext, tag: str, syntax: str, compress: bool) -> Iterator[bytes]:
    """The whole dataset as a worker writes it with the engine's own serialiser (Store.dump: Rust, one
    snapshot, gzip in the worker too) into a file (`_dump`), sent while it grows, READ bytes at a
    time: this process holds one chunk, never the dataset. A store that cannot dump (rdflib in
    memory) is read in pages instead."""
    entry, fd = _dump(ctx, tag, syntax, compress)
    sent = 0
    try:
        while True:
            finished = entry.done.is_set()  # read before the chunk: a chunk read after the end is the last
            chunk = os.pread(fd, READ, sent)
            if chunk:
                sent += len(chunk)
                yield chunk
            elif finished:
                break
            else:
                entry.done.wait(0.05)
    finally:
        os.close(fd)
    if isinstance(entry.outcome, Exception):
        raise entry.outcome
    if entry.outcome is False and not sent:  # this store cannot dump: its graphs through SPARQL, in pages
        chunks = _chunks(ctx, _graphs(ctx), syntax, ctx.generation)
        yield from (_gzip(chunks) if compress else chunks)


def _answer(request: Request, ctx: ServerContext, what: str, graphs: list[str] | None, syntax: str, media: str,
            filename: str, compress: bool) -> Response:
    st = state(ctx)
    headers = _validators(st, what)
    headers["Cache-Control"] = "no-cache"  # always revalidate: the ETag is cheap to check
    if _not_modified(request, headers, st):
        return Response(status_code=304, headers=headers)
    headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    if request.method == "HEAD":  # the headers alone (no Content-Length: the body is streamed when asked for)
        return StreamingResponse(iter(()), media_type=media, headers=headers)
    if graphs is None:  # the whole dataset
        if not ctx.executor.remote:
            return StreamingResponse(_dumped(ctx, st.tag, syntax, compress), media_type=media, headers=headers)
        graphs = _graphs(ctx)
    chunks = _chunks(ctx, graphs, syntax, ctx.generation)
    return StreamingResponse(_gzip(chunks) if compress else chunks, media_type=media, headers=headers)


@router.api_route(DOWNLOAD_PATH + "/" + FILE_STEM + ".{suffix:path}", methods=["GET", "HEAD"],
                  summary="The whole dataset: .trig, .nq, .trig.gz or .nq.gz")
async def download_dataset(request: Request, suffix: str) -> Response:
    if suffix not in DATASET_DOWNLOADS:
        return _error(404, f"no such download: {FILE_STEM}.{suffix} (there are "
                      + ", ".join(f"{FILE_STEM}.{s}" for s in DATASET_DOWNLOADS) + ")")
    ctx = get_context(request)
    compress = suffix.endswith(".gz")
    syntax = _SYNTAX[suffix.removesuffix(".gz")]

    def answer() -> Response:
        date = state(ctx).date
        media = "application/gzip" if compress else DATASET_DOWNLOADS[suffix]
        return _answer(request, ctx, f"dataset {suffix}", None, syntax, media, dataset_file(suffix, date), compress)

    return await run_in_threadpool(_handle, answer)


@router.api_route(DOWNLOAD_PATH + "/doc/{name}", methods=["GET", "HEAD"],
                  summary="One source document's named graph: <id>.ttl, <id>.trig or <id>.nq")
async def download_document(request: Request, name: str) -> Response:
    m = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*?)\.(ttl|trig|nq)", name)
    if not m:
        return _error(404, f"no such download: {name} (give <document id>.ttl, .trig or .nq)")
    ctx = get_context(request)
    doc_id, suffix = m.groups()
    graph = Iris(ctx.settings.base).under(f"doc/{doc_id}")

    def answer() -> Response:
        if not _exists(ctx, graph):
            raise GspError(404, f"no such document: {doc_id}")
        return _answer(request, ctx, f"doc {doc_id} {suffix}", [graph], _SYNTAX[suffix], DOCUMENT_DOWNLOADS[suffix],
                       document_file(doc_id, suffix, state(ctx).date), False)

    return await run_in_threadpool(_handle, answer)


# the description -----------------------------------------------------------------------------------
def _absolute(term: Term, public: str | None) -> Term:
    """A stored place on the server ("/sparql"^^xsd:anyURI) as an IRI under the public URL, if one is set."""
    if public and term[0] == "literal" and term[2] == _XSD_ANYURI and term[1].startswith("/"):
        return ("uri", public.rstrip("/") + term[1], "", "")
    return term


def description(ctx: ServerContext) -> list[tuple[Term, Term, Term]]:
    """The description's triples as served: its stored paths absolute from the public URL, if any."""
    result = ctx.executor.run(render("void_description.rq")).result
    if not isinstance(result, Triples):
        raise StoreError("a CONSTRUCT gave no triples")
    public = ctx.settings.public_url
    return [(s, p, _absolute(o, public)) for s, p, o in dict.fromkeys(result.triples)]


@router.api_route(VOID_PATH, methods=["GET", "HEAD"],
                  summary="The dataset's description (VoID + DCAT): Turtle, JSON-LD or TriG by Accept")
async def well_known_void(request: Request) -> Response:
    ctx = get_context(request)

    def answer() -> Response:
        fmt = _choose(request, ["turtle", "jsonld", "trig"])
        triples = description(ctx)
        if not triples:
            raise GspError(404, "this dataset has no description (it was built before graph/describe.py)")
        iris = Iris(ctx.settings.base)
        prefixes = {**PREFIXES, "void": str(VOID), "dcat": str(DCAT), **iris.prefixes()}
        if fmt == "trig":
            g: Term = ("uri", str(iris.dataset_graph()), "", "")
            data = write_quads("trig", [(*t, g) for t in triples], prefixes)
        else:
            data = write_triples(fmt, triples, prefixes)
        st = state(ctx)
        headers = {**_validators(st, f"void {fmt}"), "Vary": "Accept"}
        if _not_modified(request, headers, st):
            return Response(status_code=304, headers=headers)
        return Response(b"" if request.method == "HEAD" else data, media_type=_TYPES[fmt], headers=headers)

    return await run_in_threadpool(_handle, answer)


# links for the pages -------------------------------------------------------------------------------
def dataset_links(p: PageParams) -> str:
    """A paragraph for the start page: the whole dataset's downloads, its description and the changes."""
    names = {"trig": "TriG", "nq": "N-Quads", "trig.gz": "TriG (gzip)", "nq.gz": "N-Quads (gzip)"}
    files = " · ".join(f'<a href="{DOWNLOAD_PATH}/{FILE_STEM}.{s}" download>{names[s]}</a>' for s in DATASET_DOWNLOADS)
    return (f'<p>{escape(p.t("Ladda ner hela datamängden", "Download the whole dataset"))}: {files} · '
            f'<a href="{VOID_PATH}">{escape(p.t("beskrivning (VoID)", "description (VoID)"))}</a> · '
            f'<a href="{escape(p.href("/changes"))}">{escape(p.t("vad som ändrats", "what changed"))}</a> '
            f'(<a href="/changes.atom" type="application/atom+xml">Atom</a>) · '
            f'{escape(p.t("licens", "licence"))}: <a href="http://creativecommons.org/publicdomain/zero/1.0/" '
            f'rel="license">CC0 1.0</a></p>')


def document_links(p: PageParams, doc: str, base: str) -> str:
    """A paragraph for a document page: its named graph's downloads (dated files)."""
    doc_id = doc[len(Iris(base).under("doc/")):]
    files = " · ".join(f'<a href="{DOWNLOAD_PATH}/doc/{quote(doc_id)}.{s}" download>{label}</a>'
                       for s, label in (("ttl", "Turtle"), ("trig", "TriG"), ("nq", "N-Quads")))
    return f'<p class="muted">{escape(p.t("Ladda ner dokumentets graf", "Download the document graph"))}: {files}</p>'
