"""The network pages: /viz (the kinds), /viz/KIND (picture, filters, analysis tables),
/viz/KIND.json (the analysis), /viz/KIND.gexf and /viz/KIND.graphml (for Gephi), and
/viz/static/NAME (vis-network from the installed pyvis package, and the pages' own script and styles).

Query parameters: from, to (YYYY, YYYY-MM or YYYY-MM-DD), body, org (ids, labels or IRIs), size
(degree, weighted_degree, betweenness), aggregate (auto, on, off), top (rows per table).
Everything is served from this server: the pages work with no network access.

The graph is read with the fixed network_*.rq queries through the server's query executor (its
worker processes and timeout), with a row cap of their own (VIZ_MAX_ROWS: these are the server's
queries, not a client's, and a cut result would be a wrong network) and at least VIZ_TIMEOUT
seconds. What they return does not depend on the filters, so it is kept for CACHE_SECONDS and every
filter, picture and download within that time reuses it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from html import escape
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from graph.network.aggregate import AGGREGATE_ABOVE
from graph.network.analysis import SIZE_MEASURES
from graph.network.data import NetworkData, load_data
from graph.network.export import FORMATS as EXPORT_FORMATS
from graph.network.export import export_bytes
from graph.network.projections import KINDS, Filters
from graph.network.render import ASSETS, asset, page_head
from graph.network.views import ViewRequest, build_view, description_html
from graph.stores.base import Solutions, StoreError
from graph.stores.terms import to_rdflib

from .context import get_context
from .html import page

router = APIRouter(tags=["Network"])
SUFFIXES = ("json", *EXPORT_FORMATS)
AGGREGATE_LABELS = {"auto": f"automatiskt (över {AGGREGATE_ABOVE} noder)", "on": "per organisation",
                    "off": "alla noder"}


VIZ_MAX_ROWS = 2_000_000
VIZ_TIMEOUT = 60.0
CACHE_SECONDS = 60.0
_cache: dict[int, tuple[float, NetworkData]] = {}
_cache_lock = threading.Lock()


def _select(request: Request) -> Callable[[str], list[dict]]:
    ctx = get_context(request)
    timeout = max(ctx.settings.query_timeout, VIZ_TIMEOUT)

    def select(sparql: str) -> list[dict]:
        mat = ctx.executor.run(sparql, timeout=timeout, max_rows=VIZ_MAX_ROWS)
        if not isinstance(mat.result, Solutions):
            raise StoreError("the network queries are SELECT queries")
        if mat.truncated:
            raise StoreError(f"the graph is too large for the network views (over {VIZ_MAX_ROWS} rows)")
        return [{k: to_rdflib(v) for k, v in row.items()} for row in mat.result.rows]

    return select


def _data(request: Request) -> NetworkData:
    """The network data of the server's store, read at most once every CACHE_SECONDS."""
    key = id(get_context(request).executor)
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None and time.monotonic() - hit[0] < CACHE_SECONDS:
            return hit[1]
        data = load_data(_select(request))
        _cache.clear()
        _cache[key] = (time.monotonic(), data)
        return data


def _params(date_from: str | None, date_to: str | None, body: str | None, org: str | None, size: str,
            aggregate: str, top: int) -> dict[str, str]:
    values = {"from": date_from, "to": date_to, "body": body, "org": org, "size": size, "aggregate": aggregate,
              "top": str(top)}
    defaults = {"size": "degree", "aggregate": "auto", "top": "15"}
    return {k: v for k, v in values.items() if v and defaults.get(k) != v}


def _link(path: str, params: dict[str, str]) -> str:
    return path + (f"?{urlencode(params)}" if params else "")


def _error(status: int, message: str) -> Response:
    return page("Nätverk", f'<p class="error">{escape(message)}</p><p><a href="/viz">Alla nätverk</a></p>',
                status_code=status)


@router.get("/viz/static/{name}", summary="vis-network and the network pages' script and styles",
            include_in_schema=False)
def viz_static(name: str) -> Response:
    if name not in ASSETS:
        return Response("not found\n", status_code=404, media_type="text/plain")
    content, media_type = asset(name)
    return Response(content, media_type=media_type, headers={"Cache-Control": "public, max-age=3600"})


@router.get("/viz", summary="The network views", include_in_schema=False)
def viz_index() -> Response:
    items = []
    for kind, (title, text) in KINDS.items():
        downloads = " · ".join(f'<a href="/viz/{kind}.{fmt}">{fmt.upper()}</a>' for fmt in SUFFIXES)
        items.append(f'<li><a href="/viz/{kind}"><strong>{escape(title)}</strong></a><br>{escape(text)}'
                     f'<br><span class="muted">Hämta: {downloads}</span></li>')
    body = ("<p>Vem arbetar med vem över huvudmannagränserna? Nätverken nedan är projektioner av kunskapsgrafen: "
            "de kan avgränsas i tid, till ett organ eller en grupp och till en organisation, och visar "
            "centralitet, brobyggare mellan huvudmän, grupper (Louvain) och deltagande per kommun och möte. "
            "Bilderna och analyserna kan laddas ner som JSON, GEXF och GraphML (för Gephi).</p>"
            f'<ul class="viz-kinds">{"".join(items)}</ul>')
    return page("Nätverk", body)


def _form(kind: str, data: NetworkData, params: dict[str, str]) -> str:
    def options(pairs: list[tuple[str, str]], selected: str | None, empty: str) -> str:
        out = [f'<option value="">{escape(empty)}</option>']
        for value, label in pairs:
            sel = " selected" if selected == value else ""
            out.append(f'<option value="{escape(value)}"{sel}>{escape(label)}</option>')
        return "".join(out)

    def org_id(iri: str) -> str:
        return iri.rstrip("/").rsplit("/", 1)[-1]

    bodies = sorted(((org_id(o), data.label(o)) for o in data.orgs if data.is_body(o)), key=lambda p: p[1])
    orgs = sorted(((org_id(o), data.label(o)) for o in data.orgs if not data.is_body(o)), key=lambda p: p[1])
    sizes = list(SIZE_MEASURES.items())
    aggregate = list(AGGREGATE_LABELS.items())
    return (f'<form class="viz-filters" method="get" action="/viz/{kind}">'
            f'<label>Från {_date_input("from", params)}</label><label>Till {_date_input("to", params)}</label>'
            f'<label>Organ / grupp <select name="body">{options(bodies, params.get("body"), "alla")}</select></label>'
            f'<label>Organisation <select name="org">{options(orgs, params.get("org"), "alla")}</select></label>'
            f'<label>Storlek efter <select name="size">'
            f'{"".join(_opt(k, v, params.get("size", "degree")) for k, v in sizes)}'
            f"</select></label>"
            f'<label>Visning <select name="aggregate">'
            f'{"".join(_opt(k, v, params.get("aggregate", "auto")) for k, v in aggregate)}</select></label>'
            f'<button type="submit">Visa</button> <a href="/viz/{kind}">Rensa</a></form>')


def _date_input(name: str, params: dict[str, str]) -> str:
    return (f'<input type="text" name="{name}" value="{escape(params.get(name, ""))}" size="10" '
            r'placeholder="ÅÅÅÅ-MM-DD" pattern="\d{4}(-\d{2}(-\d{2})?)?" title="ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD">')


def _opt(value: str, label: str, selected: str) -> str:
    sel = " selected" if value == selected else ""
    return f'<option value="{escape(value)}"{sel}>{escape(label)}</option>'


@router.get("/viz/{name}", summary="A network: page, JSON analysis, GEXF or GraphML",
            description="NAME is a kind (people-bodies, people, organisations, structure), optionally with "
                        ".json, .gexf or .graphml.")
def viz_kind(request: Request, name: str,
             date_from: str | None = Query(None, alias="from", description="YYYY, YYYY-MM or YYYY-MM-DD"),
             date_to: str | None = Query(None, alias="to", description="YYYY, YYYY-MM or YYYY-MM-DD"),
             body: str | None = Query(None, description="a body or group: id, label or IRI"),
             org: str | None = Query(None, description="an organisation: id, label or IRI"),
             size: str = Query("degree", description="degree, weighted_degree or betweenness"),
             aggregate: str = Query("auto", description="auto, on or off"),
             top: int = Query(15, ge=1, le=500, description="rows per table")) -> Response:
    kind, _, suffix = name.partition(".")
    if kind not in KINDS or (suffix and suffix not in SUFFIXES):
        return _error(404, f"Okänt nätverk {name!r}. Välj ett av: {', '.join(KINDS)}.")
    try:
        req = ViewRequest(kind, Filters(date_from, date_to, body, org), size, aggregate, top=top)
        data = _data(request)
        view = build_view(data, req)
    except ValueError as exc:
        if suffix:
            return JSONResponse({"error": str(exc)}, status_code=400)
        return _error(400, str(exc))
    except StoreError as exc:
        return _error(503, f"Grafen kunde inte läsas: {exc}")
    if suffix == "json":
        return JSONResponse(view.analysis)
    if suffix in EXPORT_FORMATS:
        graph = view.shown if aggregate == "on" else view.full
        return Response(export_bytes(graph, suffix), media_type=EXPORT_FORMATS[suffix],
                        headers={"Content-Disposition": f'attachment; filename="{kind}.{suffix}"'})
    params = _params(date_from, date_to, body, org, size, aggregate, top)
    others = " · ".join(f'<a href="{escape(_link(f"/viz/{k}", params))}">{escape(t)}</a>' if k != kind
                        else f"<strong>{escape(t)}</strong>" for k, (t, _) in KINDS.items())
    downloads = " ".join(f'<a href="{escape(_link(f"/viz/{kind}.{fmt}", params))}" download>{fmt.upper()}</a>'
                         for fmt in SUFFIXES)
    notice = ""
    if view.aggregated:
        all_nodes = _link(f"/viz/{kind}", {**params, "aggregate": "off"})
        hint = (f'<a href="{escape(all_nodes)}">Visa alla {view.full.number_of_nodes()} noder</a> '
                "(kan ta tid att rita).")
        notice = f'<p class="viz-notice">{escape(view.notice() or "")} {hint}</p>'
    html = (f'<p class="viz-kinds-nav">{others}</p>{description_html(kind)}{_form(kind, data, params)}{notice}'
            f'{view.picture_html(f"<span>Hämta: {downloads}</span>")}{view.tables_html()}')
    return page(KINDS[kind][0], html, head=page_head())
