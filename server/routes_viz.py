"""The network pages: /viz (the kinds), /viz/KIND (picture, filters, analysis tables),
/viz/KIND.json (the analysis), /viz/KIND.gexf and /viz/KIND.graphml (for Gephi), /viz/ego?node=
(whom one person meets, through which groups) and /viz/static/NAME (vis-network from the installed
pyvis package, and the pages' own script and styles).

Query parameters: from, to (YYYY-MM-DD, YYYY-MM or YYYY; an attendance counts when its date lies in
[from, to], a membership when the as-of rule of graph/asof.py holds it on some day of it; an impossible
date is a 400), body, org (ids, labels or IRIs), size
(degree, weighted_degree, betweenness), aggregate (auto, on, off), top (rows per table), min_weight
(people who meet: least meetings together for a tie), nodes_page and edges_page (which 500 rows of
the picture's node and edge tables, its text alternative). Without from/to the page's as-of date
(`?at=`, default the latest document's) ends the range: the structure shows that day, the other
networks the year up to it. Without body the current structure (LGL and the bodies under it).

The graph is read once per store state with the fixed network_*.rq queries through the server's
query executor (a row cap of their own, VIZ_MAX_ROWS, and at least VIZ_TIMEOUT seconds), at start-up
in the background (start_warmup), and read again only when the store changes (store_key); for an
on-disk store what was read and drawn is kept under var/network-cache/ across restarts, and
`samverkan build --store` writes the data and the default pictures there as its last step
(graph/network/cache.py), so the first request after a start is as fast as the next. Each other
picture (projection, layout positions, analysis) is computed once and kept (VIEW_CACHE_SIZE).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from html import escape

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from graph.dates import InvalidDate, check_period
from graph.network.aggregate import AGGREGATE_ABOVE
from graph.network.analysis import SIZE_MEASURES
from graph.network.cache import NetworkCache, default_range, fingerprint, view_key, warm
from graph.network.data import NetworkData, local_name
from graph.network.export import FORMATS as EXPORT_FORMATS
from graph.network.export import export_bytes
from graph.network.projections import (
    KINDS,
    KINDS_EN,
    Filters,
    default_structure,
    ego_node,
)
from graph.network.render import ASSETS, asset, page_head, view_tables_html
from graph.network.views import View, ViewRequest, build_view
from graph.stores import StoreSpec
from graph.stores.base import Solutions, StoreError
from graph.stores.terms import to_rdflib

from .context import ServerContext, get_context
from .html import page, scrolling
from .labels import local_href
from .page_params import PageParams, page_params

log = logging.getLogger(__name__)
router = APIRouter(tags=["Network"])
SUFFIXES = ("json", *EXPORT_FORMATS)
SIZE_LABELS_EN = {"degree": "degree", "weighted_degree": "weighted degree", "betweenness": "betweenness"}

VIZ_MAX_ROWS = 5_000_000
VIZ_TIMEOUT = 300.0
REMOTE_RECHECK_SECONDS = 300.0


# the data, once per store state -----------------------------------------------------------------------
def _spec(ctx: ServerContext) -> StoreSpec | None:
    """The spec of the store the server's executor queries (None for an executor without one)."""
    spec = getattr(ctx.executor, "spec", None)
    return StoreSpec.parse(spec) if spec else None


def store_fingerprint(ctx: ServerContext) -> str | None:
    """The fingerprint of the server's on-disk store (graph/network/cache.py); None for other stores."""
    spec = _spec(ctx)
    if spec is None or not spec.persistent or spec.path is None:
        return None
    return fingerprint(spec.path)


def store_key(ctx: ServerContext) -> tuple:
    """The state of the server's store: its on-disk fingerprint, else the updates replayed in memory,
    else (remote stores) a time bucket."""
    ex = ctx.executor
    spec = _spec(ctx)
    replayed = len(getattr(ex, "_replay", []) or [])
    fingerprint = store_fingerprint(ctx)
    if fingerprint is not None:
        return ("disk", fingerprint)
    if spec is not None and spec.is_remote:
        return (id(ex), str(spec), int(time.time() // REMOTE_RECHECK_SECONDS))
    return (id(ex), str(spec or ""), replayed)


CACHE = NetworkCache()


def _select(ctx: ServerContext) -> Callable[[str], list[dict]]:
    timeout = max(ctx.settings.query_timeout, VIZ_TIMEOUT)

    def select(sparql: str) -> list[dict]:
        mat = ctx.executor.run(sparql, timeout=timeout, max_rows=VIZ_MAX_ROWS)
        if not isinstance(mat.result, Solutions):
            raise StoreError("the network queries are SELECT queries")
        if mat.truncated:
            raise StoreError(f"the graph is too large for the network views (over {VIZ_MAX_ROWS} rows)")
        return [{k: to_rdflib(v) for k, v in row.items()} for row in mat.result.rows]

    return select


def network(ctx: ServerContext) -> tuple[tuple, NetworkData]:
    """The network data of the server's store as it is now (CACHE, read again when the store changed)."""
    return CACHE.get(store_key(ctx), _select(ctx))


def start_warmup(ctx: ServerContext) -> threading.Thread:
    """Read the network data and compute the default pictures in the background (at start-up and after
    an update): from the files the build wrote (graph/network/cache.py precompute) when it is there."""

    def work() -> None:
        try:
            warm(CACHE, store_key(ctx), _select(ctx), _default_at(ctx))
        except Exception:  # noqa: BLE001 - the pages read the data again on request and say what failed
            log.exception("network warm-up failed")

    thread = threading.Thread(target=work, name="samverkan-network-warmup", daemon=True)
    thread.start()
    return thread


def _default_at(ctx: ServerContext) -> str | None:
    from .page_params import latest_document_date

    try:
        latest = latest_document_date(ctx)
    except Exception:  # noqa: BLE001
        return None
    return latest.isoformat() if latest else None


# what a request asks for ----------------------------------------------------------------------------
def _date(value: str | None, name: str) -> str | None:
    """A from=/to= value (day, month or year), None when empty; InvalidDate (a 400 page) otherwise."""
    if value is None or not value.strip():
        return None
    return check_period(value.strip(), name)


# pieces of the pages -----------------------------------------------------------------------------
def _title(kind: str, p: PageParams) -> str:
    if kind == "ego":
        return p.t("Vem möter vem", "Who meets whom")
    return (KINDS_EN if p.lang == "en" else KINDS)[kind][0]


def _description(kind: str, p: PageParams) -> str:
    return (KINDS_EN if p.lang == "en" else KINDS)[kind][1]


def _error(p: PageParams, status: int, message: str) -> Response:
    return page(p.t("Nätverk", "Networks"),
                f'<p class="error bad" role="alert">{escape(message)}</p>'
                f'<p><a href="{escape(p.href("/viz"))}">{escape(p.t("Alla nätverk", "All networks"))}</a></p>',
                status_code=status, params=p)


def _opt(value: str, label: str, selected: str | None) -> str:
    sel = " selected" if value == selected else ""
    return f'<option value="{escape(value)}"{sel}>{escape(label)}</option>'


def _hidden(p: PageParams) -> str:
    kept = p.kept()
    return "".join(f'<input type="hidden" name="{escape(k)}" value="{escape(v)}">' for k, v in kept.items())


def _date_input(name: str, value: str | None, p: PageParams) -> str:
    return (f'<input type="text" name="{name}" value="{escape(value or "")}" size="10" '
            f'placeholder="{p.t("ÅÅÅÅ-MM-DD", "YYYY-MM-DD")}" '
            f'title="{escape(p.t("ÅÅÅÅ-MM-DD (eller ÅÅÅÅ-MM, ÅÅÅÅ)", "YYYY-MM-DD (or YYYY-MM, YYYY)"))}">')


def _form(kind: str, data: NetworkData, req: ViewRequest, p: PageParams, explicit_dates: bool) -> str:
    f = req.filters
    bodies = sorted(((local_name(o), data.label(o)) for o in data.orgs if data.is_body(o)), key=lambda x: x[1])
    orgs = sorted(((local_name(o), data.label(o)) for o in data.orgs if not data.is_body(o)), key=lambda x: x[1])
    body_id = local_name(f.body) if f.body else ""
    org_id = local_name(f.org) if f.org else ""
    sizes = "".join(_opt(k, v if p.lang == "sv" else SIZE_LABELS_EN[k], req.size_by) for k, v in SIZE_MEASURES.items())
    aggregate = "".join(_opt(k, v, req.aggregate) for k, v in (
        ("auto", p.t(f"automatiskt (över {AGGREGATE_ABOVE} noder)", f"automatic (above {AGGREGATE_ABOVE} nodes)")),
        ("on", p.t("per organisation", "by organisation")), ("off", p.t("alla noder", "every node"))))
    weight = ""
    if kind == "people":
        weight = (f'<label>{escape(p.t("Minst antal gemensamma möten", "Least meetings together"))} '
                  f'<input type="number" name="min_weight" min="1" max="1000" size="4" '
                  f'value="{req.min_weight or ""}" placeholder="{p.t("auto", "auto")}"></label>')
    return (f'<form class="viz-filters" method="get" action="/viz/{kind}">{_hidden(p)}'
            f'<label>{p.t("Från", "From")} {_date_input("from", f.date_from if explicit_dates else "", p)}</label>'
            f'<label>{p.t("Till", "To")} {_date_input("to", f.date_to if explicit_dates else "", p)}</label>'
            f'<label>{p.t("Organ / grupp", "Body / group")} <select name="body">'
            f'{_opt("", p.t("alla", "all"), body_id)}{"".join(_opt(v, lab, body_id) for v, lab in bodies)}'
            f'</select></label>'
            f'<label>{p.t("Organisation", "Organisation")} <select name="org">'
            f'{_opt("", p.t("alla", "all"), org_id)}{"".join(_opt(v, lab, org_id) for v, lab in orgs)}</select></label>'
            f'<label>{p.t("Storlek efter", "Size by")} <select name="size">{sizes}</select></label>'
            f'<label>{p.t("Visning", "Show")} <select name="aggregate">{aggregate}</select></label>{weight}'
            f'<button type="submit">{p.t("Visa", "Show")}</button> '
            f'<a href="{escape(p.href(f"/viz/{kind}"))}">{p.t("Rensa", "Reset")}</a></form>')


def _scope_text(data: NetworkData, req: ViewRequest, p: PageParams, explicit_dates: bool) -> str:
    """What the picture covers, in words."""
    f = req.filters
    lo, hi = f.date_from, f.date_to
    if lo and hi and lo == hi:
        when = p.t(f"den {lo}", f"on {lo}")
    elif lo or hi:
        when = f"{lo or '…'}–{hi or '…'}"
    else:
        when = p.t("hela tiden", "all dates")
    where = data.label(f.body) if f.body else p.t("alla organ", "every body")
    text = p.t(f"Visar {where}, {when}: medlemskap och deltagande vars period möter intervallet.",
               f"Showing {where}, {when}: memberships and attendance whose period meets the range.")
    if not explicit_dates and hi:
        text += " " + p.t(f"Utan egna datum slutar urvalet vid sidans datum ({hi}, ändras under ”Läget den”).",
                          f"Without dates of its own the range ends at the page's date ({hi}, set under “As of”).")
    return f'<p class="viz-scope">{escape(text)}</p>'


def _empty_text(data: NetworkData, req: ViewRequest, p: PageParams) -> str:
    f = req.filters
    where = data.label(f.body) if f.body else p.t("något organ", "any body")
    lo, hi = f.lo or "…", f.hi or "…"
    who = f" ({data.label(f.org)})" if f.org else ""
    if req.kind == "ego":
        name = data.label(req.ego or "")
        return p.t(f"{name} har inget medlemskap i eller deltagande på möten i något organ som överlappar {lo}–{hi}.",
                   f"{name} has no membership in, nor attendance at meetings of, any body overlapping {lo}–{hi}.")
    if req.kind == "people":
        return p.t(f"Inga två personer{who} deltog i samma möte i {where} under {lo}–{hi}.",
                   f"No two people{who} attended the same meeting of {where} in {lo}–{hi}.")
    return p.t(f"Inget medlemskap eller deltagande{who} i {where} överlappar {lo}–{hi}.",
               f"No membership or attendance{who} of {where} overlaps {lo}–{hi}.")


def _drill_down(data: NetworkData, view: View, p: PageParams) -> str:
    """For a picture of many structures: a link to each one (the top bodies in it, largest first)."""
    roots: dict[str, int] = {}
    for n, a in view.full.nodes(data=True):
        if a.get("type") == "body":
            root = data.root_body(str(n)) or str(n)
            roots[root] = roots.get(root, 0) + 1
    if len(roots) < 2:
        return ""
    kind = view.request.kind
    links = " · ".join(f'<a href="{escape(p.here(body=local_name(r), aggregate=None))}">{escape(data.label(r))}</a>'
                       for r in sorted(roots, key=lambda r: (-roots[r], data.label(r)))[:40])
    return (f'<p class="viz-drill">{escape(p.t("Visa en struktur:", "Show one structure:"))} {links}</p>'
            if kind != "ego" else "")


def _is_empty(view: View) -> bool:
    g = view.full
    if view.request.kind in ("people", "organisations"):
        return g.number_of_edges() == 0
    return not any(a.get("type") == "person" for _, a in g.nodes(data=True))


def _weight_note(view: View, p: PageParams) -> str:
    if view.request.kind != "people":
        return ""
    w = view.min_weight
    before = view.full.graph.get("edges_before_threshold", view.full.number_of_edges())
    if w <= 1:
        return ""
    return ('<p class="viz-notice">' + escape(p.t(
        f"Visar band med minst {w} gemensamma möten ({view.full.number_of_edges()} av {before} kanter); "
        "ändra under ”Minst antal gemensamma möten”.",
        f"Showing ties of at least {w} meetings together ({view.full.number_of_edges()} of {before} edges); "
        "change it under “Least meetings together”.")) + "</p>")


def _body_html(data: NetworkData, view: View, p: PageParams, extra_toolbar: str, base: str) -> str:
    """The picture (or why there is none) and the analysis tables, in the page's language."""
    if _is_empty(view):
        message = _empty_text(data, view.request, p)
        widen = p.href(f"/viz/{view.request.kind}", body="") if view.request.kind != "ego" else ""
        words = p.t("Visa alla organ, utan egna datum", "Show every body, without dates of its own")
        link = f' <a href="{escape(widen)}">{escape(words)}</a>' if widen else ""
        return f'<p class="viz-empty" role="status">{escape(message)}{link}</p>'
    notice = ""
    if view.aggregated:
        params = {"aggregate": "off"}
        all_nodes = p.here(**params)
        notice = (f'<p class="viz-notice">{escape(view.notice(lang=p.lang) or "")} <a href="{escape(all_nodes)}">'
                  f'{escape(p.t(f"Visa alla {view.full.number_of_nodes()} noder", "Show every node"))}</a></p>')
        notice += _drill_down(data, view, p)
    def link(iri: str) -> str:
        return p.href(local_href(base, iri))

    def page_link(table: str, k: int) -> str:  # page k of a long table, the filters kept
        return p.here(**{f"{table}_page": str(k) if k > 1 else None}) + f"#viz-{table}"

    picture = view.picture_html(extra_toolbar, p.lang, link)
    alternative = view_tables_html(view.shown, view.per_node, view.request.size_by, p.lang, link, page_link,
                                   _page_number(p, "nodes_page"), _page_number(p, "edges_page"))
    return notice + _weight_note(view, p) + picture + alternative + view.tables_html(p.lang)


def _page_number(p: PageParams, name: str) -> int:
    """The page of a long table asked for (?nodes_page=, ?edges_page=; 1 when absent or not a number)."""
    value = dict(p.other_query).get(name, "")
    return int(value) if value.isdigit() and int(value) >= 1 else 1


# routes -----------------------------------------------------------------------------------------
@router.get("/viz/static/{name}", summary="vis-network and the network pages' script and styles",
            include_in_schema=False)
def viz_static(name: str) -> Response:
    if name not in ASSETS:
        return Response("not found\n", status_code=404, media_type="text/plain")
    content, media_type = asset(name)
    return Response(content, media_type=media_type, headers={"Cache-Control": "public, max-age=3600"})


@router.get("/viz", summary="The network views", include_in_schema=False)
def viz_index(request: Request) -> Response:
    p = page_params(request, get_context(request))
    kinds = KINDS_EN if p.lang == "en" else KINDS
    items = []
    for kind, (title, text) in kinds.items():
        downloads = " · ".join(f'<a href="{escape(p.href(f"/viz/{kind}.{fmt}"))}">{fmt.upper()}</a>'
                               for fmt in SUFFIXES)
        items.append(f'<li><a href="{escape(p.href(f"/viz/{kind}"))}"><strong>{escape(title)}</strong></a><br>'
                     f'{escape(text)}<br><span class="muted">{p.t("Hämta", "Download")}: {downloads}</span></li>')
    items.append(f'<li><a href="{escape(p.href("/viz/ego"))}"><strong>{escape(_title("ego", p))}</strong></a><br>'
                 + escape(p.t("En person i mitten: vilka hen möter, och genom vilka grupper.",
                              "One person in the middle: whom they meet, and through which groups.")) + "</li>")
    body = ("<p>" + escape(p.t(
        "Vem arbetar med vem över huvudmannagränserna? Nätverken är projektioner av kunskapsgrafen, som "
        "standard den nuvarande strukturen (LGL och organen under den) fram till sidans datum. De kan avgränsas "
        "i tid (ett medlemskap eller deltagande räknas när dess period möter intervallet), till ett organ och till "
        "en organisation, och kan laddas ner som JSON, GEXF och GraphML (för Gephi).",
        "Who works with whom across principals? The networks are projections of the knowledge graph, by default "
        "the current structure (LGL and the bodies under it) up to the page's date. They can be limited in time "
        "(a membership or attendance counts when its period meets the range), to a body and to an organisation, "
        "and downloaded as JSON, GEXF and GraphML (for Gephi).")) + f'</p><ul class="viz-kinds">{"".join(items)}</ul>')
    return page(p.t("Nätverk", "Networks"), body, params=p)


def _request(kind: str, data: NetworkData, p: PageParams, request: Request, size: str, aggregate: str, top: int,
             min_weight: int | None, ego: str | None = None) -> tuple[ViewRequest, bool]:
    qp = request.query_params
    date_from, date_to = _date(qp.get("from"), "from"), _date(qp.get("to"), "to")
    explicit = bool(date_from or date_to)
    if not explicit:
        date_from, date_to = default_range(kind, p.at.isoformat() if p.at else None)
    if "body" in qp:
        body = qp.get("body") or None
    elif kind == "ego":
        body = None
    else:
        root = default_structure(data)
        body = local_name(root) if root else None
    req = ViewRequest(kind, Filters(date_from, date_to, body, qp.get("org") or None), size, aggregate, top=top,
                      min_weight=min_weight, ego=ego)
    req.filters = req.filters.resolve(data)
    return req, explicit


@router.get("/viz/ego", summary="Whom one person meets, through which groups")
def viz_ego(request: Request, node: str | None = Query(None, description="a person: IRI, id or name"),
            size: str = Query("degree"), top: int = Query(15, ge=1, le=500)) -> Response:
    ctx = get_context(request)
    p = page_params(request, ctx)
    try:
        key, data = network(ctx)
    except StoreError as exc:
        return _error(p, 503, p.t(f"Grafen kunde inte läsas: {exc}", f"The graph could not be read: {exc}"))
    title = _title("ego", p)
    form = (f'<form class="viz-filters" method="get" action="/viz/ego">{_hidden(p)}'
            f'<label>{p.t("Person", "Person")} <input type="text" name="node" list="viz-people" size="30" '
            f'value="{escape(data.label(node) if node and node in data.people else (node or ""))}"></label>'
            f'<label>{p.t("Från", "From")} {_date_input("from", request.query_params.get("from"), p)}</label>'
            f'<label>{p.t("Till", "To")} {_date_input("to", request.query_params.get("to"), p)}</label>'
            f'<button type="submit">{p.t("Visa", "Show")}</button></form>')
    if not node:
        names = "".join(f'<option value="{escape(n)}">' for n in sorted(set(data.people.values()))[:5000])
        intro = escape(p.t("Skriv en persons namn (t.ex. Simon Edberg) för att se vilka hen möter och genom vilka "
                           "grupper.", "Type a person's name (e.g. Simon Edberg) to see whom they meet and through "
                           "which groups."))
        return page(title, f"<p>{intro}</p>{form}<datalist id=\"viz-people\">{names}</datalist>", params=p)
    if node in data.orgs and data.is_body(node):
        return RedirectResponse(p.href("/viz/people-bodies", body=local_name(node)), status_code=303)
    try:
        person = ego_node(data, node)
        req, explicit = _request("ego", data, p, request, size, "off", top, None, ego=person)
    except ValueError as exc:
        return _error(p, 400, str(exc))

    view = CACHE.view(view_key(key, req), lambda: build_view(data, req))
    html = _body_html(data, view, p, "", ctx.settings.base) + _through_table(data, view, p)
    name = data.label(person)
    heading = escape(p.t(f"Vilka {name} möter, genom vilka grupper", f"Whom {name} meets, through which groups"))
    return page(title, f"<h2>{heading}</h2>{form}{_scope_text(data, req, p, explicit)}{html}",
                head=page_head(), params=p)


def _through_table(data: NetworkData, view: View, p: PageParams) -> str:
    """Per group: the ego's role there and the people met through it."""
    g = view.full
    ego = view.request.ego
    if ego not in g:
        return ""
    rows = []
    for body in sorted(g.neighbors(ego), key=lambda b: data.label(b)):
        people = sorted((n for n in g.neighbors(body) if n != ego), key=lambda n: data.label(n).casefold())
        links = ", ".join(f'<a href="{escape(p.href("/viz/ego", node=n))}">{escape(data.label(n))}</a>'
                          for n in people)
        rows.append(f'<tr><td><a href="{escape(p.href(str(body)))}">{escape(data.label(body))}</a></td>'
                    f'<td>{escape(g.edges[ego, body].get("role", ""))}</td><td>{len(people)}</td><td>{links}</td></tr>')
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in (p.t("Grupp", "Group"), p.t("Roll", "Role"),
                                                                 p.t("Personer", "People"), p.t("Möter", "Meets")))
    title = p.t("Genom vilka grupper", "Through which groups")
    return (f'<h2>{escape(title)}</h2>' + scrolling(
        f'<table class="data viz-through"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>', title))


def _whole(value: str | None, name: str) -> int | None:
    """A whole number from 1 (None when empty); ValueError naming the parameter otherwise."""
    if value is None or not value.strip():
        return None
    if not value.strip().isdigit() or int(value) < 1:
        raise ValueError(f"{name}={value!r}: expected a whole number from 1")
    return int(value)


@router.get("/viz/{name}", summary="A network: page, JSON analysis, GEXF or GraphML",
            description="NAME is a kind (people-bodies, people, organisations, structure), optionally with "
                        ".json, .gexf or .graphml.")
def viz_kind(request: Request, name: str,
             date_from: str | None = Query(None, alias="from", description="YYYY-MM-DD (or YYYY-MM, YYYY)"),
             date_to: str | None = Query(None, alias="to", description="YYYY-MM-DD (or YYYY-MM, YYYY)"),
             body: str | None = Query(None, description="a body or group: id, label or IRI (empty: all)"),
             org: str | None = Query(None, description="an organisation: id, label or IRI"),
             size: str = Query("degree", description="degree, weighted_degree or betweenness"),
             aggregate: str = Query("auto", description="auto, on or off"),
             top: int = Query(15, ge=1, le=500, description="rows per table"),
             min_weight: str | None = Query(None, description="people: least meetings together for a tie (a "
                                            "whole number from 1; empty: automatic)")) -> Response:
    ctx = get_context(request)
    p = page_params(request, ctx)
    kind, _, suffix = name.partition(".")
    if kind not in KINDS or (suffix and suffix not in SUFFIXES):
        return _error(p, 404, p.t(f"Okänt nätverk {name!r}. Välj ett av: {', '.join(KINDS)}.",
                                  f"Unknown network {name!r}. Choose one of: {', '.join(KINDS)}."))
    try:
        weight = _whole(min_weight, "min_weight")
        key, data = network(ctx)
        req, explicit = _request(kind, data, p, request, size, aggregate, top, weight)
        view = CACHE.view(view_key(key, req), lambda: build_view(data, req))
        if not suffix:
            downloads = " ".join(f'<a href="{escape(p.here() .replace(f"/viz/{name}", f"/viz/{kind}.{fmt}", 1))}" '
                                 f'download>{fmt.upper()}</a>' for fmt in SUFFIXES)
            toolbar = f"<span>{p.t('Hämta', 'Download')}: {downloads}</span>"
            html = _body_html(data, view, p, toolbar, ctx.settings.base)
    except InvalidDate:
        raise
    except ValueError as exc:
        if suffix:
            return JSONResponse({"error": str(exc)}, status_code=400)
        return _error(p, 400, str(exc))
    except StoreError as exc:
        return _error(p, 503, p.t(f"Grafen kunde inte läsas: {exc}", f"The graph could not be read: {exc}"))
    if suffix == "json":
        return JSONResponse(view.analysis)
    if suffix in EXPORT_FORMATS:
        graph = view.export_graph
        return Response(export_bytes(graph, suffix), media_type=EXPORT_FORMATS[suffix],
                        headers={"Content-Disposition": f'attachment; filename="{kind}.{suffix}"'})
    others = " · ".join(f'<a href="{escape(p.here().replace(f"/viz/{name}", f"/viz/{k}", 1))}">{escape(t)}</a>'
                        if k != kind else f"<strong>{escape(t)}</strong>"
                        for k, (t, _) in (KINDS_EN if p.lang == "en" else KINDS).items())
    others += f' · <a href="{escape(p.href("/viz/ego"))}">{escape(_title("ego", p))}</a>'
    body_html = (f'<p class="viz-kinds-nav">{others}</p><p>{escape(_description(kind, p))}</p>'
                 f"{_form(kind, data, req, p, explicit)}{_scope_text(data, req, p, explicit)}{html}")
    return page(_title(kind, p), body_html, head=page_head(), params=p)

