"""The start page (/): what the graph holds in brief (counts, the collaboration structures, the latest
meetings, the bodies outside every structure) and a search box."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from html import escape

from fastapi import APIRouter, Request
from fastapi.responses import Response
from rdflib.term import Node

from graph.sparql import render
from graph.stores.base import StoreError

from . import routes_download
from .context import ServerContext, get_context
from .html import page, table
from .labels import Labeller
from .page_params import PageParams, latest_document_date, page_params
from .routes_ld import _h2

router = APIRouter(tags=["Linked data"])
log = logging.getLogger(__name__)
LANGS = ("sv", "en")
HOME_BODIES = 30  # home_bodies.rq asks for one more, to know there are more


def _counts_text(p: PageParams, counts: dict[str, Node]) -> str:
    """The dataset's counts in the page's language, with singular and plural."""
    words = {"people": ("person", "personer", "person", "people"),
             "organisations": ("organisation", "organisationer", "organisation", "organisations"),
             "memberships": ("uppdrag", "uppdrag", "membership", "memberships"),
             "meetings": ("möte", "möten", "meeting", "meetings"),
             "decisions": ("beslut", "beslut", "decision", "decisions"),
             "attendances": ("närvaronotering", "närvaronoteringar", "attendance", "attendances"),
             "works": ("strategi, plan eller överenskommelse", "strategier, planer och överenskommelser",
                       "strategy, plan or agreement", "strategies, plans and agreements")}
    out = []
    for key, value in counts.items():
        n = int(str(value))
        sv1, sv2, en1, en2 = words.get(key, (key,) * 4)
        out.append(f"{n} " + p.t(sv1 if n == 1 else sv2, en1 if n == 1 else en2))
    return " · ".join(out)


def _empty_note(p: PageParams) -> str:
    """What a reader of an empty store is told: nothing has been built into it, and how to."""
    return ("<p class='warn' role='status'>" + p.t(
        "Grafen är tom: inget har byggts in i lagret ännu. Bygg den från källorna med <code>samverkan build</code> "
        "och servera den med <code>samverkan serve --graph var/graph.trig</code> (<code>scripts/main.sh</code> gör "
        "båda), eller bygg in den i lagret med <code>samverkan build --store oxigraph:var/store</code>.",
        "The graph is empty: nothing has been built into this store yet. Build it from the sources with "
        "<code>samverkan build</code> and serve it with <code>samverkan serve --graph var/graph.trig</code> "
        "(<code>scripts/main.sh</code> does both), or build it into the store with <code>samverkan build "
        "--store oxigraph:var/store</code>.") + "</p>")


@dataclass(frozen=True)
class HomeData:
    """What the start page shows, from the store: the counts (counts.rq), the structures
    (home_structures.rq), the latest meetings (home_meetings.rq), the bodies outside every structure
    (home_bodies.rq) and the labels of every IRI among them in one language."""

    counts: dict[str, Node]
    structures: list[dict[str, Node]]
    meetings: list[dict[str, Node]]
    bodies: list[dict[str, Node]]
    labels: dict[str, str]


def _rows(ctx: ServerContext) -> tuple[dict[str, Node], list, list, list]:
    return (ctx.select(render("counts.rq"))[0], ctx.select(render("home_structures.rq")),
            ctx.select(render("home_meetings.rq")), ctx.select(render("home_bodies.rq")))


def home_data(ctx: ServerContext, lang: str) -> HomeData:
    """The start page's data in `lang`, kept per store generation (ServerContext.derived): none of it
    depends on the page's date, and at national scale the four queries and the labels cost 0.5-1 s
    on a loaded machine. warm() computes it at the server's start."""
    def compute() -> HomeData:
        counts, structures, meetings, bodies = ctx.derived("home-rows", lambda: _rows(ctx))
        lab = Labeller(ctx, lang)
        lab.fetch([r["structure"] for r in structures]
                  + [r[k] for r in meetings for k in ("meeting", "status", "of") if k in r]
                  + [r[k] for r in bodies[:HOME_BODIES] for k in ("body", "kind") if k in r])
        return HomeData(counts, structures, meetings, bodies, dict(lab.labels))

    return ctx.derived(f"home-{lang}", compute)


def warm(ctx: ServerContext) -> threading.Thread:
    """Compute the start page's data in both languages in the background (called once at start-up),
    so the first visitor gets it from the cache."""

    def work() -> None:
        try:
            latest_document_date(ctx)  # the default date every page asks for
            for lang in LANGS:
                home_data(ctx, lang)
        except Exception:  # noqa: BLE001 - warming is an optimisation; a request computes it anyway
            log.warning("start page warm-up failed", exc_info=True)

    thread = threading.Thread(target=work, name="samverkan-home-warm-up", daemon=True)
    thread.start()
    return thread


@router.get("/", summary="Start page", include_in_schema=False)
def home(request: Request) -> Response:
    ctx = get_context(request)
    p = page_params(request, ctx)
    lab = Labeller(ctx, p.lang, href=p.href)
    title = "Samverkan Kalmar län"
    try:
        data = home_data(ctx, p.lang)
    except StoreError as exc:
        return page(title, f"<p class='bad'>{escape(p.t('Lagret svarar inte', 'The store does not answer'))}: "
                    f"{escape(str(exc))}</p>", 503, params=p)
    lab.labels.update(data.labels)
    counts, structures, meetings, bodies = data.counts, data.structures, data.meetings, data.bodies
    intro = p.t("Kunskapsgrafen över <strong>Länsgemensam ledning i samverkan</strong> i Kalmar län: organisationer, "
                "personer och deras uppdrag över tid, samverkansorgan och deras sammansättning, möten, beslut, "
                "strategier och planer – varje uppgift med hänvisning till sitt källdokument.",
                "The knowledge graph of <strong>Länsgemensam ledning i samverkan</strong> (the joint leadership "
                "of Kalmar county's organisations): organisations, people and their posts over time, "
                "collaboration bodies and their composition, meetings, decisions, strategies and plans – every "
                "fact citing its source document.")
    body = [
        f"<p>{intro}</p>",
        f'<form action="/search" role="search"><label for="home-q">{escape(p.t("Sök", "Search"))}</label> '
        f'<input id="home-q" type="search" name="q" placeholder="'
        f'{escape(p.t("Person, organisation, grupp, möte …", "Person, organisation, group, meeting …"))}">'
        + (f'<input type="hidden" name="lang" value="{p.lang}">' if p.lang != "sv" else "")
        + f' <button>{escape(p.t("Sök", "Search"))}</button></form>',
        f"<p class='muted'>{escape(_counts_text(p, counts))}</p>",
        *([_empty_note(p)] if all(int(str(v)) == 0 for v in counts.values()) else []),
        _h2(p.t("Samverkansstrukturer", "Collaboration structures"), "structures"),
        table([p.t("Struktur", "Structure"), p.t("Organ under den", "Bodies under it"), p.t("Möten", "Meetings"),
               p.t("Senaste möte", "Latest meeting")],
              [[lab.link(r["structure"]), escape(str(r["bodies"])), escape(str(r["meetings"])),
                escape(str(r.get("latest") or ""))] for r in structures]),
        _h2(p.t("Senaste mötena", "Latest meetings"), "meetings"),
        table([p.t("Datum", "Date"), p.t("Möte", "Meeting"), p.t("Organ", "Body"), p.t("Status", "Status")], [
            [escape(str(r["date"])), lab.link(r["meeting"]), lab.link(r["of"]) if r.get("of") else "",
             escape(lab.label(r["status"]))] for r in meetings]),
    ]
    if bodies:
        shown = bodies[:HOME_BODIES]
        body.append(_h2(p.t("Andra organ och nätverk", "Other bodies and networks"), "bodies"))
        body.append(table([p.t("Organ", "Body"), p.t("Slag", "Kind")],
                          [[lab.link(r["body"]), escape(lab.label(r["kind"]))] for r in shown]))
        if len(bodies) > HOME_BODIES:
            more = p.t("Fler finns: sök efter dem.", "There are more: search for them.")
            body.append(f'<p class="muted">{escape(more)}</p>')
    links = [(p.href("/query"), p.t("frågesidan", "the query page")), (p.href("/viz"), p.t("nätverk", "networks")),
             (p.href("/validation"), p.t("validering", "validation")),
             (p.href("/ontology"), p.t("ontologin", "the ontology"))]
    body.append(f"<p>{p.t('Mer', 'More')}: " + " · ".join(f'<a href="{escape(h)}">{escape(t)}</a>' for h, t in links)
                + " · SPARQL: <code>/sparql</code></p>")
    body.append(routes_download.dataset_links(p))  # downloads, VoID, changes (server/routes_download.py)
    return page(title, "\n".join(body), params=p, head=routes_download.FEED_LINK)
