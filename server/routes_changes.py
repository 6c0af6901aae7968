"""What changed from build to build: the change log the build carries in <base>id/graph/changes
(graph/changes.py) as a page at /changes (newest first, paginated, filtered by ?kind=, each change
linked to its resource and its source document, named, not by slug) and as an Atom feed at
/changes.atom (RFC 4287; the start page links it with <link rel="alternate">), so a coordinator can
subscribe to new decisions and replacements (/changes.atom?kind=replacement)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html import escape
from xml.etree import ElementTree as ET

from fastapi import APIRouter, Request
from fastapi.responses import Response
from rdflib import URIRef
from starlette.concurrency import run_in_threadpool

from graph.changes import KINDS
from graph.iris import Iris
from graph.sparql import render
from graph.stores.base import StoreError

from .context import ServerContext, get_context
from .html import page, table
from .labels import Labeller, local_href
from .page_params import PageParams, page_params
from .routes_ld import _paged

router = APIRouter(tags=["Changes"])

ATOM = "http://www.w3.org/2005/Atom"
#: Entries in the feed (the newest).
FEED_SIZE = 100


@dataclass
class Entry:
    iri: str
    kind: str
    resource: str
    published: str
    summary: dict[str, str]
    source: str | None
    origin: str | None
    decision: str | None

    def text(self, lang: str) -> str:
        return self.summary.get(lang) or next(iter(self.summary.values()), self.resource)


def entries(ctx: ServerContext) -> list[Entry]:
    """Every change entry, newest first (then by kind), once per store generation."""

    def compute() -> list[Entry]:
        out: dict[str, Entry] = {}
        for r in ctx.select(render("changes_list.rq")):
            key = str(r["entry"])
            e = out.get(key) or Entry(key, str(r["kind"]), str(r["object"]), str(r["published"]), {},
                                      str(r["source"]) if r.get("source") else None,
                                      str(r["origin"]) if r.get("origin") else None,
                                      str(r["decision"]) if r.get("decision") else None)
            e.summary[getattr(r["summary"], "language", None) or "sv"] = str(r["summary"])
            out[key] = e
        return sorted(out.values(), key=lambda e: (_neg(e.published), e.kind, e.iri))

    return ctx.derived("changes", compute)


def _neg(date: str) -> tuple[int, ...]:
    return tuple(-int(x) for x in date.split("-") if x.isdigit())


def _kind_name(p: PageParams, kind: str) -> str:
    sv, en = KINDS.get(kind, (kind, kind))
    return p.t(sv, en)


@router.get("/changes", summary="What changed from build to build (HTML; ?kind= filters, ?page= pages)")
async def changes_page(request: Request) -> Response:
    ctx = get_context(request)
    p = page_params(request, ctx)
    return await run_in_threadpool(_page, ctx, p, request.query_params.get("kind") or None)


def _page(ctx: ServerContext, p: PageParams, kind: str | None) -> Response:
    title = p.t("Vad som ändrats", "What changed")
    try:
        every = entries(ctx)
    except StoreError as exc:
        return page(title, f"<p class='bad'>{escape(p.t('Lagret svarar inte', 'The store does not answer'))}: "
                    f"{escape(str(exc))}</p>", 503, params=p)
    if kind is not None and kind not in KINDS:
        unknown = p.t("Okänt slag av ändring", "Unknown kind of change")
        return page(title, f"<p class='bad' role='alert'>{escape(unknown)}: {escape(kind)}</p>", 400, params=p)
    counts = Counter(e.kind for e in every)
    shown = [e for e in every if kind is None or e.kind == kind]
    lab = Labeller(ctx, p.lang, href=p.href)
    chunk, nav = _paged(p, shown, "page")
    lab.fetch([URIRef(x) for e in chunk for x in (e.source, e.decision) if x])
    feed = "/changes.atom" + (f"?kind={kind}" if kind else "")
    intro = p.t("Varje bygge av grafen jämförs med det förra: personer, uppdrag, möten och beslut som tillkommit, "
                "avslutats eller tagits bort, och ersättare. Ändringarna följer med datan (grafen "
                "<code>…/id/graph/changes</code>).",
                "Every build of the graph is compared with the one before: people, memberships, meetings and "
                "decisions added, ended or removed, and replacements. The changes travel with the data (the graph "
                "<code>…/id/graph/changes</code>).")
    filters = [f'<a href="{escape(p.href("/changes"))}"'
               + (' aria-current="page"' if kind is None else "") + f'>{escape(p.t("alla", "all"))} ({len(every)})</a>']
    filters += [f'<a href="{escape(p.href("/changes", kind=k))}"' + (' aria-current="page"' if k == kind else "")
                + f">{escape(_kind_name(p, k))} ({counts[k]})</a>" for k in KINDS if counts[k]]
    body = [f"<p>{intro}</p>",
            f'<p>{escape(p.t("Slag", "Kind"))}: ' + " · ".join(filters) + "</p>",
            f'<p><a href="{escape(feed)}" type="application/atom+xml">'
            f'{escape(p.t("Prenumerera (Atom)", "Subscribe (Atom)"))}</a></p>']
    if not shown:
        body.append(f"<p class='muted'>{escape(p.t('Inga ändringar registrerade ännu: loggen börjar när grafen byggs om.', 'No changes recorded yet: the log starts when the graph is built again.'))}</p>")  # noqa: E501
    else:
        rows = [[escape(e.published), escape(_kind_name(p, e.kind)),
                 f'<a href="{escape(lab.href(e.resource))}">{escape(e.text(p.lang))}</a>',
                 lab.link(URIRef(e.decision)) if e.decision else "",
                 lab.link(URIRef(e.source)) if e.source else ""] for e in chunk]
        body.append(table([p.t("Bygge", "Build"), p.t("Slag", "Kind"), p.t("Ändring", "Change"),
                           p.t("Beslut", "Decision"), p.t("Källdokument", "Source document")], rows))
        body.append(nav)
    return page(title, "\n".join(body), params=p, head=f'<link rel="alternate" type="application/atom+xml" '
                f'href="{escape(feed)}">')


@router.get("/changes.atom", summary="What changed, as an Atom feed (?kind= filters, ?lang=en)")
async def changes_feed(request: Request) -> Response:
    ctx = get_context(request)
    kind = request.query_params.get("kind") or None
    lang = "en" if request.query_params.get("lang") == "en" else "sv"
    if kind is not None and kind not in KINDS:
        return Response(f"unknown kind of change: {kind} (one of {', '.join(KINDS)})\n", status_code=400,
                        media_type="text/plain")
    try:
        every = await run_in_threadpool(entries, ctx)
    except StoreError as exc:
        return Response(f"the store does not answer: {exc}\n", status_code=503, media_type="text/plain")
    return Response(feed(ctx, every, kind, lang), media_type="application/atom+xml")


def _stamp(date: str) -> str:
    return f"{date}T00:00:00Z"


def feed(ctx: ServerContext, every: list[Entry], kind: str | None, lang: str) -> bytes:
    """The Atom document of the newest FEED_SIZE entries (of one kind)."""
    base, public = ctx.settings.base, (ctx.settings.public_url or "").rstrip("/")
    here = lambda path: public + path  # noqa: E731 - relative when no public URL is configured
    shown = [e for e in every if kind is None or e.kind == kind][:FEED_SIZE]
    p = PageParams(lang=lang)
    lab = Labeller(ctx, lang)
    lab.fetch([URIRef(e.source) for e in shown if e.source])
    ET.register_namespace("", ATOM)
    root = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": lang})
    sub = lambda parent, tag, text=None, **attrs: _sub(parent, tag, text, attrs)  # noqa: E731
    sub(root, "id", str(Iris(base).changes_graph()) + (f"?kind={kind}" if kind else ""))
    sub(root, "title", p.t("Samverkan Kalmar län: vad som ändrats", "Samverkan Kalmar län: what changed")
        + (f" ({_kind_name(p, kind)})" if kind else ""))
    sub(root, "updated", _stamp(shown[0].published) if shown else _stamp(every[0].published) if every
        else "1970-01-01T00:00:00Z")
    author = sub(root, "author")
    sub(author, "name", "Samverkan Kalmar län")
    query = "?" + "&".join(x for x in (f"kind={kind}" if kind else "", "lang=en" if lang == "en" else "") if x)
    sub(root, "link", rel="self", type="application/atom+xml", href=here("/changes.atom" + query.rstrip("?")))
    sub(root, "link", rel="alternate", type="text/html", href=here("/changes" + query.rstrip("?")))
    for e in shown:
        entry = sub(root, "entry")
        sub(entry, "id", e.iri)
        sub(entry, "title", e.text(lang))
        sub(entry, "updated", _stamp(e.published))
        sub(entry, "published", _stamp(e.published))
        sub(entry, "link", rel="alternate", type="text/html", href=here(local_href(base, e.resource)))
        sub(entry, "category", term=e.kind, label=_kind_name(p, e.kind))
        sub(entry, "summary", e.text(lang) + (f" ({p.t('källa', 'source')}: {lab.label(URIRef(e.source))})"
                                               if e.source else ""))
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _sub(parent: ET.Element, tag: str, text: str | None, attrs: dict[str, str]) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        el.text = text
    return el
