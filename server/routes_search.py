"""Search over everything at /search: people, organisations, groups, meetings (by date too),
decisions, agenda items, strategies/plans/agreements, documents and the full text of the cited
passages, from the full-text index (graph/search_index.py), grouped by kind with counts; HTML for
people, JSON with ?format=json or Accept: application/json.

The index is built beside an on-disk store by `samverkan build --store` and `samverkan serve`; for
other stores (in memory, remote) the server builds it on the first search; after a SPARQL update
it is rebuilt in the background and swapped in when ready (`reindex`, run after each update by
server/after_update.py)."""

from __future__ import annotations

import functools
import logging
import re
import shutil
import tempfile
import threading
from html import escape
from pathlib import Path

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import JSONResponse, Response

from graph import search_index as si

from . import after_update
from .context import ServerContext, get_context
from .html import page
from .labels import local_href
from .page_params import PageParams, page_params
from .rerun import Rerunner

router = APIRouter(tags=["Search"])
log = logging.getLogger("samverkan.search")
PER_KIND = 10
PAGE_SIZE = 50
PLACEHOLDER = ("Namn, grupp, möte, datum, strategi, ord i texten …",
               "Name, group, meeting, date, strategy, words in the text …")
HINT = ("Kontrollera stavningen, pröva färre eller kortare ord (ett ord hittar också ord som börjar så: "
        "”psyk” hittar ”psykisk”), ett efternamn, eller ett datum skrivet ÅÅÅÅ-MM-DD.",
        "Check the spelling, try fewer or shorter words (a word also finds words that begin with it: "
        "“psyk” finds “psykisk”), a surname, or a date written YYYY-MM-DD.")
PARTIAL = ("Inga hela ord matchade; visar namn som innehåller texten.",
           "No whole words matched; showing names that contain the text.")


class ServerSearch:
    """The server's index: where it is, building it when missing or stale, rebuilding it after updates."""

    def __init__(self, ctx: ServerContext) -> None:
        self.ctx = ctx
        settings = ctx.settings
        self._tmpdir: str | None = None
        path = Path(settings.search_index) if settings.search_index else si.default_path(settings.store)
        if path is None:  # a store in memory or remote: the index lives in a temporary file
            self._tmpdir = tempfile.mkdtemp(prefix="samverkan-search-")
            path = Path(self._tmpdir) / "search.sqlite"
        self.index = si.SearchIndex(path)
        self._lock = threading.Lock()
        self._checked = False
        self._pending: list[str] | None = []  # the updates to follow in part; None: rebuild whole
        self._rebuilds = Rerunner(self._rebuild, "samverkan-reindex", on_start=lambda: si.mark_stale(self.index.path),
                                  on_idle=self._rebuilt)

    def _select(self, sparql: str) -> object:
        timeout = max(self.ctx.settings.query_timeout, 600.0)
        return self.ctx.executor.run_query(sparql, timeout=timeout, max_rows=10**9).rows

    def _source(self) -> str:
        return si.store_source(self.ctx.settings.store, self.ctx.executor.quad_count)

    def ready(self) -> si.SearchIndex:
        """The index, built first if it is missing or was built from other data."""
        if self._checked and self.index.exists():
            return self.index
        with self._lock:
            if not (self._checked and self.index.exists()):
                # beside an on-disk store `samverkan serve` has checked the index before starting
                # (the quad count of a national store costs a second); others are checked here
                trusted = si.default_path(self.ctx.settings.store) is not None and self.index.exists() \
                    and si.read_meta(self.index.path).get("schema") == si.SCHEMA_VERSION
                source = "" if trusted else self._source()
                if not trusted and not si.is_current(self.index.path, source):
                    counts = si.build(self._select, self.index.path, source)
                    log.info("search index %s built: %s", self.index.path, counts)
                self._checked = True
        return self.index

    def reindex(self, update: str | None = None) -> None:
        """Follow an update in a background thread (one at a time; a request during one queues one
        more): re-index in place the resources the SPARQL Update text `update` names in its data
        (si.touched_resources, read in that thread: a large Graph Store POST takes a while to parse),
        or, when it names none that way, is not known (None) or there is no index yet, rebuild the
        whole index."""
        with self._lock:
            if update is None or self._pending is None or not self.index.exists():
                self._pending = None
            else:
                self._pending.append(update)
        self._rebuilds.request()

    def _rebuild(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, []
        try:
            touched = [si.touched_resources(text) for text in pending] if pending is not None else [None]
            if any(t is None for t in touched):
                si.build(self._select, self.index.path, self._source())
            else:
                resources = set().union(*touched)
                counts = si.update(self._select, self.index.path, resources, self._source())
                log.info("search index %s: %d resources re-indexed, %s", self.index.path, len(resources), counts)
        except Exception:  # logged; the old index keeps answering, and the next update rebuilds it whole
            log.exception("re-indexing the search index failed")
            with self._lock:
                self._pending = None

    def _rebuilt(self) -> None:
        with self._lock:
            self._checked = True

    def close(self) -> None:
        if self._tmpdir:
            shutil.rmtree(self._tmpdir, ignore_errors=True)


_SEARCH_LOCK = threading.Lock()


def _search_of(app: FastAPI) -> ServerSearch:
    state = app.state
    found = getattr(state, "search", None)
    if found is None or found.ctx is not state.context:
        with _SEARCH_LOCK:
            found = getattr(state, "search", None)
            if found is None or found.ctx is not state.context:
                found = state.search = ServerSearch(state.context)
    return found


def server_search(request: Request) -> ServerSearch:
    """The application's search index (one per application)."""
    return _search_of(request.app)


def warm(app: FastAPI) -> threading.Thread:
    """At the server's start, in the background: the index found (or built, for a store in memory or
    remote) and its file read once, so the first search is as fast as the next."""

    def work() -> None:
        try:
            search = _search_of(app)
            seconds = search.ready().warm()
            log.info("search index %s warm in %.1f s", search.index.path, seconds)
        except Exception:  # noqa: BLE001 - warming is an optimisation; a search does the same on request
            log.warning("search warm-up failed", exc_info=True)

    thread = threading.Thread(target=work, name="samverkan-search-warm-up", daemon=True)
    thread.start()
    return thread


def reindex(request: Request) -> None:
    """After a successful update (a hook of server/after_update.py): the index follows the store in
    the background: the resources the update names in its data re-indexed in place when it is only
    INSERT DATA / DELETE DATA, else the whole index rebuilt and swapped in when ready."""
    server_search(request).reindex(after_update.update_text(request))


def plural(n: int, lang: str) -> str:
    """'1 träff' / '2 träffar', '1 result' / '2 results'."""
    if lang == "en":
        return f"{n} result" if n == 1 else f"{n} results"
    return f"{n} träff" if n == 1 else f"{n} träffar"


def kind_name(kind: str, n: int, lang: str) -> str:
    sv1, svn, en1, enn = si.KIND_LABELS[kind]
    if lang == "en":
        return en1 if n == 1 else enn
    return sv1 if n == 1 else svn


@functools.cache
def _class_labels_en() -> dict[str, str]:
    """Swedish class labels -> English ones (a work's kind is indexed by its Swedish class label)."""
    from rdflib import RDFS

    from .routes_ontology import ontology_graph

    g = ontology_graph()
    out: dict[str, str] = {}
    for s in set(g.subjects(RDFS.label, None)):
        labels = {getattr(o, "language", None): str(o) for o in g.objects(s, RDFS.label)}
        if "sv" in labels and "en" in labels:
            out.setdefault(labels["sv"], labels["en"])
    return out


def _context(p: PageParams, hit: si.Hit) -> str:
    if p.lang == "en" and hit.kind == "work":
        return _class_labels_en().get(hit.context, hit.context)
    return hit.context


_LINES = re.compile(r", rad (\d+)(?:–(\d+))?$")


def _name(p: PageParams, hit: si.Hit) -> str:
    """The hit's name; a passage's lines ("rad 104–108") in English on English pages."""
    if p.lang == "en" and hit.kind == "passage":
        return _LINES.sub(lambda m: f", lines {m.group(1)}–{m.group(2)}" if m.group(2) else f", line {m.group(1)}",
                          hit.name)
    return hit.name


def _snippet(text: str) -> str:
    return escape(" ".join(text.split())).replace("\x02", "<mark>").replace("\x03", "</mark>")


def _href(ctx: ServerContext, p: PageParams, hit: si.Hit) -> str:
    target = hit.anchor or hit.iri
    path, _, fragment = target.partition("#")
    local = local_href(ctx.settings.base, path)
    if local.startswith("/"):
        local = p.href(local)
    return local + (f"#{fragment}" if fragment else "")


def _hit_json(ctx: ServerContext, hit: si.Hit) -> dict[str, object]:
    out: dict[str, object] = {"iri": hit.iri, "kind": hit.kind, "name": hit.name}
    for key in ("context", "date", "anchor"):
        if getattr(hit, key):
            out[key] = getattr(hit, key)
    if hit.snippet:
        out["snippet"] = " ".join(hit.snippet.replace("\x02", "").replace("\x03", "").split())
    out["href"] = _href(ctx, PageParams(), hit)
    return out


def _form(p: PageParams, q: str) -> str:
    kinds = ", ".join(kind_name(k, 2, p.lang) for k in si.KINDS)
    # the language always (a Swedish page stays Swedish for a browser that prefers English), the date if chosen
    hidden = "".join(f'<input type="hidden" name="{k}" value="{escape(v)}">'
                     for k, v in {**p.kept(), "lang": p.lang}.items())
    return (f'<form class="search" action="/search" role="search">{hidden}'
            f'<label for="q">{escape(p.t("Sök", "Search"))}</label> '
            f'<input type="search" id="q" name="q" value="{escape(q)}" autofocus '
            f'placeholder="{escape(p.t(*PLACEHOLDER))}"> '
            f'<button>{escape(p.t("Sök", "Search"))}</button></form>'
            f'<p class="muted">{escape(p.t("Söker bland", "Searches"))} {escape(kinds)}.</p>')


@router.get("/search", summary="Search everything: people, organisations, groups, meetings, decisions, works, "
                               "documents and passages (accent- and OCR-tolerant, grouped by kind)")
def search(request: Request, q: str = Query("", max_length=200), kind: str | None = Query(None),
           page_no: int = Query(1, alias="page", ge=1, le=10000), format: str | None = Query(None)) -> Response:
    ctx = get_context(request)
    p = page_params(request, ctx)
    accept = request.headers.get("accept", "")
    wants_json = format == "json" or (format is None and "application/json" in accept and "text/html" not in accept)
    if kind is not None and kind not in si.KINDS:
        message = p.t(f"Okänt slag {kind!r}: välj bland {', '.join(si.KINDS)}.",
                      f"Unknown kind {kind!r}: choose one of {', '.join(si.KINDS)}.")
        if wants_json:
            return JSONResponse({"error": message}, status_code=400)
        return page(p.t("Sök", "Search"), _form(p, q) + f'<p class="bad" role="alert">{escape(message)}</p>',
                    status_code=400, params=p)
    result = None
    if q.strip():
        size = PAGE_SIZE if kind else PER_KIND
        result = server_search(request).ready().search(q, kind=kind, per_kind=size, offset=(page_no - 1) * size)
    if wants_json:
        if result is None:
            return JSONResponse({"query": q, "total": 0, "counts": {}, "groups": {}, "results": []})
        groups = {k: [_hit_json(ctx, h) for h in hits] for k, hits in result.groups.items()}
        return JSONResponse({"query": q, "total": result.total, "counts": result.counts, "partial_words": result.fuzzy,
                             "groups": groups, "results": [h for hits in groups.values() for h in hits]})
    title = p.t("Sök", "Search")
    if result is None:
        return page(title, _form(p, q), params=p)
    body = [_form(p, q)]
    if not result.total:
        body.append(f'<p role="status" id="count">{escape(p.t("Inga träffar för", "No results for"))} '
                    f'<strong>{escape(q)}</strong>.</p><p class="hint">{escape(p.t(*HINT))}</p>')
        return page(title, "\n".join(body), params=p)
    summary = ", ".join(f"{result.counts[k]} {kind_name(k, result.counts[k], p.lang)}"
                        for k in si.KINDS if k in result.counts)
    body.append(f'<p role="status" id="count">{escape(plural(result.total, p.lang))} '
                f'{escape(p.t("för", "for"))} <strong>{escape(q)}</strong>: {escape(summary)}.</p>')
    if result.fuzzy:
        body.append(f'<p class="muted">{escape(p.t(*PARTIAL))}</p>')
    if kind:
        body.append(f'<p><a href="{escape(p.href("/search", q=q))}">{escape(p.t("Alla slag", "All kinds"))}</a></p>')
    for k, hits in result.groups.items():
        n = result.counts[k]
        items = []
        for h in hits:
            meta = " · ".join(x for x in (_context(p, h), h.date if h.date not in h.name else "") if x)
            snippet = f'<br><span class="snippet">{_snippet(h.snippet)}</span>' if "\x02" in h.snippet else ""
            items.append(f'<li><a href="{escape(_href(ctx, p, h))}">{escape(_name(p, h))}</a>'
                         + (f' <span class="muted">{escape(meta)}</span>' if meta else "") + snippet + "</li>")
        more = ""
        shown_to = (page_no - 1) * PAGE_SIZE + len(hits) if kind else len(hits)
        if not kind and n > len(hits):
            more = (f'<p><a href="{escape(p.href("/search", q=q, kind=k))}">'
                    f'{escape(p.t(f"Visa alla {n}", f"Show all {n}"))}</a></p>')
        elif kind:
            links = []
            if page_no > 1:
                links.append(f'<a rel="prev" href="{escape(p.href("/search", q=q, kind=k, page=str(page_no - 1)))}">'
                             f'{escape(p.t("Föregående", "Previous"))}</a>')
            if n > shown_to:
                links.append(f'<a rel="next" href="{escape(p.href("/search", q=q, kind=k, page=str(page_no + 1)))}">'
                             f'{escape(p.t("Nästa", "Next"))}</a>')
            first = (page_no - 1) * PAGE_SIZE + 1
            shown = p.t(f"Visar {first}–{shown_to} av {n}", f"Showing {first}–{shown_to} of {n}")
            more = f'<p class="muted">{escape(shown)}' + (" · " + " · ".join(links) if links else "") + "</p>"
        body.append(f'<section class="hits" data-kind="{k}"><h2>{escape(kind_name(k, n, p.lang).capitalize())} '
                    f'<span class="muted">({n})</span></h2><ol>{"".join(items)}</ol>{more}</section>')
    return page(title, "\n".join(body), params=p)
