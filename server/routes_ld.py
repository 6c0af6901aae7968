"""Linked data: every IRI under <base>id/ dereferences — HTML for browsers (labels, types, links
both ways, memberships over time, attendance, decisions, cited passages), Turtle / JSON-LD /
N-Triples / RDF-XML for RDF clients — plus the start page."""

from __future__ import annotations

from html import escape

from fastapi import APIRouter, Query, Request
from fastapi.responses import PlainTextResponse, Response
from rdflib import RDF, URIRef
from rdflib.namespace import FOAF, ORG
from rdflib.term import Node

from graph.config import LGL
from graph.sparql import iri, render
from graph.stores.base import QuerySyntaxError, StoreError
from graph.stores.terms import from_rdflib

from . import results
from .context import ServerContext, get_context
from .executor import QueryTimeout
from .html import page, table
from .labels import Labeller
from .negotiation import choose, media_type
from .page_params import PageParams, page_params
from .seat_tables import seat_section

router = APIRouter(tags=["Linked data"])
RDF_FORMATS = ["turtle", "jsonld", "ntriples", "rdfxml", "html"]


def _describe(ctx: ServerContext, this: str) -> tuple[list[dict[str, Node]], list[dict[str, Node]]]:
    term = iri(this)
    return (ctx.select(render("ld_outgoing.rq", this=term)), ctx.select(render("ld_incoming.rq", this=term)))


def _rdf(fmt: str, this: str, out: list[dict], inc: list[dict]) -> Response:
    me = URIRef(this)
    triples = {(from_rdflib(me), from_rdflib(r["p"]), from_rdflib(r["o"])) for r in out}
    triples |= {(from_rdflib(r["s"]), from_rdflib(r["p"]), from_rdflib(me)) for r in inc}
    prefixes = {"lgl": str(LGL), "org": str(ORG), "foaf": str(FOAF)}
    return Response(results.write_graph(fmt, sorted(triples), prefixes), media_type=media_type(fmt),
                    headers={"Vary": "Accept"})


def _value_cell(lab: Labeller, values: list[Node]) -> str:
    return "<br>".join(lab.link(v) for v in values)


def _passages(ctx: ServerContext, lab: Labeller, this: str) -> str:
    rows = ctx.select(render("ld_passages.rq", this=iri(this)))
    if not rows:
        return ""
    parts = ["<h2>Källor <span class='muted'>/ sources</span></h2>"]
    for r in rows:
        title = str(r.get("title") or lab.label(r["doc"]))
        lines = f"rad {r['start']}" + (f"–{r['end']}" if str(r["end"]) != str(r["start"]) else "")
        parts.append(f'<p><a href="{escape(lab.href(str(r["doc"])))}">{escape(title)}</a>, {lines}</p>'
                     f'<blockquote class="passage">{escape(str(r["text"]))}</blockquote>')
    return "\n".join(parts)


def _person_section(ctx: ServerContext, lab: Labeller, this: str) -> str:
    rows = ctx.select(render("person_memberships.rq", person=iri(this)))
    lab.fetch([r[k] for r in rows for k in ("org", "startedBy", "endedBy", "representing") if k in r])
    body = ["<h2>Uppdrag och roller över tid <span class='muted'>/ posts and roles over time</span></h2>"]
    trs = []
    for r in rows:
        period = []
        if "begin" in r:
            period.append(f"från {r['begin']}")
        if "end" in r:
            period.append(f"till {r['end']}")
        if "before" in r:
            period.append(f"tidigare (före {r['before']})")
        if r.get("observed") and str(r["observed"]):
            period.append(f"noterad {r['observed']}")
        how = []
        if "startedBy" in r:
            how.append("påbörjad genom " + lab.link(r["startedBy"]))
        if "endedBy" in r:
            how.append("avslutad genom " + lab.link(r["endedBy"]))
        role = escape(str(r.get("roleLabel") or lab.label(r["role"])))
        if "acting" in r:
            role += " (tf.)"
        if "title" in r:
            role += f'<br><span class="muted">{escape(str(r["title"]))}</span>'
        org = lab.link(r["org"]) + (f"<br><span class='muted'>för {lab.link(r['representing'])}</span>"
                                    if "representing" in r else "")
        trs.append([role, org, escape(", ".join(period)), "<br>".join(how), lab.link(r["membership"])])
    body.append(table(["Roll", "Organisation", "Tid", "Beslut", "Uppdrag"], trs) if trs else "<p>Inga.</p>")
    att = ctx.select(render("person_attendance.rq", person=iri(this)))
    if att:
        body.append("<h2>Närvaro vid möten <span class='muted'>/ meetings attended</span></h2>")
        body.append(table(["Datum", "Möte", "Lista", "För"], [
            [escape(str(r["date"])), lab.link(r["meeting"]), escape(str(r.get("listHeading") or r["listKind"])),
             escape(str(r.get("repLabel", ""))) + (" (tf.)" if "acting" in r else "")] for r in att]))
    return "\n".join(body)


def _meeting_section(ctx: ServerContext, lab: Labeller, this: str) -> str:
    body = []
    agenda = ctx.select(render("meeting_agenda.rq", meeting=iri(this)))
    if agenda:
        body.append("<h2>Dagordning <span class='muted'>/ agenda</span></h2>")
        body.append(table(["Nr", "Punkt", "Föredragande"], [
            [escape(str(r.get("number", ""))), ("&nbsp;&nbsp;↳ " if "parent" in r else "") +
             f'<a href="{escape(lab.href(str(r["item"])))}">{escape(str(r["title"]))}</a>',
             escape(str(r.get("presenters", "")))] for r in agenda]))
    decisions = ctx.select(render("meeting_decisions.rq", meeting=iri(this)))
    if decisions:
        lab.fetch([r[k] for r in decisions for k in ("ends", "starts") if k in r])
        body.append("<h2>Beslut <span class='muted'>/ decisions</span></h2>")
        body.append(table(["Beslut", "Slag", "Effekt"], [
            [lab.link(r["decision"]) + f'<br><span class="muted">{escape(str(r["text"]))}</span>',
             escape(str(r["kind"])),
             " ".join(x for x in (("avslutar " + lab.link(r["ends"])) if "ends" in r else "",
                                  ("påbörjar " + lab.link(r["starts"])) if "starts" in r else "",
                                  f"värde {escape(str(r['value']))}" if "value" in r else "") if x)]
            for r in decisions]))
    att = ctx.select(render("meeting_attendance.rq", meeting=iri(this)))
    if att:
        body.append("<h2>Närvaro <span class='muted'>/ attendance</span></h2>")
        lists: dict[str, list[dict]] = {}
        for r in att:
            lists.setdefault(str(r["list"]), []).append(r)
        for rows in lists.values():
            first = rows[0]
            heading = str(first.get("heading") or first["kind"])
            body.append(f"<h3>{escape(heading)} <span class='muted'>({first['count']} personer)</span></h3>")
            body.append(table(["Namn", "För / i egenskap av"], [
                [lab.link(r["person"]), escape(str(r.get("repLabel") or r.get("roleLabel") or "")) +
                 (" (tf.)" if "acting" in r else "")] for r in rows]))
    return "\n".join(body)


def _org_section(ctx: ServerContext, lab: Labeller, this: str) -> str:
    rows = ctx.select(render("org_members.rq", org=iri(this)))
    if not rows:
        return ""
    trs = []
    for r in rows:
        when = ", ".join(x for x in (f"från {r['begin']}" if "begin" in r else "",
                                     f"till {r['end']}" if "end" in r else "",
                                     f"tidigare (före {r['former']})" if "former" in r else "",
                                     f"noterad {r['observed']}" if str(r.get("observed", "")) else "") if x)
        trs.append([lab.link(r["person"]), escape(str(r["roleLabel"])), escape(when)])
    return ("<h2>Ledamöter och befattningshavare <span class='muted'>/ members and post holders</span></h2>"
            + table(["Person", "Roll", "Tid"], trs))


def _html(ctx: ServerContext, this: str, out: list[dict], inc: list[dict],
          params: PageParams | None = None) -> Response:
    lab = Labeller(ctx)
    me = URIRef(this)
    lab.fetch([me] + [r["p"] for r in out] + [r["o"] for r in out] + [r["s"] for r in inc] + [r["p"] for r in inc]
              + [r["g"] for r in out])
    types = sorted({r["o"] for r in out if r["p"] == RDF.type}, key=str)
    props: dict[Node, list[Node]] = {}
    for r in out:
        if r["p"] != RDF.type:
            props.setdefault(r["p"], [])
            if r["o"] not in props[r["p"]]:
                props[r["p"]].append(r["o"])
    title = lab.label(me)
    parts = [f'<p class="muted">{escape(this)}</p>',
             "<p>" + " ".join(f'<span class="badge">{lab.link(t)}</span>' for t in types) + "</p>"]
    if FOAF.Person in types:
        parts.append(_person_section(ctx, lab, this))
    if LGL.Meeting in types:
        parts.append(_meeting_section(ctx, lab, this))
    if ORG.Organization in types:
        parts.append(seat_section(ctx, this, params or PageParams()))  # the seat table as of the date (h2)
        parts.append(_org_section(ctx, lab, this))
    parts.append("<h2>Egenskaper <span class='muted'>/ properties</span></h2>")
    parts.append(table(["Egenskap", "Värde"], [[lab.link(p), _value_cell(lab, vs)] for p, vs in sorted(
        props.items(), key=lambda kv: lab.label(kv[0]).lower())]))
    if inc:
        parts.append("<h2>Länkar hit <span class='muted'>/ links to this</span></h2>")
        seen: set[tuple] = set()
        rows = []
        for r in inc:
            key = (r["s"], r["p"])
            if key not in seen:
                seen.add(key)
                rows.append([lab.link(r["s"]), lab.link(r["p"])])
        parts.append(table(["Resurs", "Egenskap"], rows))
    graphs = sorted({r["g"] for r in out}, key=str)
    parts.append("<p class='muted'>Uppgifterna kommer från: " + ", ".join(lab.link(g) for g in graphs) + "</p>")
    parts.append(_passages(ctx, lab, this))
    parts.append('<p class="muted">RDF: <a href="?format=turtle">Turtle</a> · <a href="?format=jsonld">JSON-LD</a>'
                 ' · <a href="?format=ntriples">N-Triples</a></p>')
    return page(title, "\n".join(parts), params=params)


@router.get("/id/{path:path}", summary="Dereference a resource of the graph (HTML or RDF by Accept)")
def resource(request: Request, path: str, format: str | None = Query(None)) -> Response:
    ctx = get_context(request)
    this = ctx.settings.base + "id/" + path
    try:
        iri(this)
    except ValueError:
        return PlainTextResponse(f"not a resource IRI: {this}\n", status_code=404)
    accept = request.headers.get("accept") or "text/turtle"
    fmt = choose(accept, format, RDF_FORMATS, "turtle")
    if fmt is None:
        return PlainTextResponse("not acceptable: HTML, Turtle, JSON-LD, N-Triples or RDF/XML\n", status_code=406)
    try:
        out, inc = _describe(ctx, this)
        if not out and not inc:
            if fmt == "html":
                return page("Hittades inte", f"<p>Grafen säger inget om {escape(this)}.</p>", status_code=404)
            return PlainTextResponse(f"no such resource: {this}\n", status_code=404)
        if fmt == "html":
            return _html(ctx, this, out, inc, page_params(request, ctx))
        return _rdf(fmt, this, out, inc)
    except QuerySyntaxError:
        return PlainTextResponse(f"not a resource IRI: {this!r}\n", status_code=404)
    except QueryTimeout as exc:
        return PlainTextResponse(f"timeout: {exc}\n", status_code=503)
    except StoreError as exc:
        return PlainTextResponse(f"store error: {exc}\n", status_code=503)


@router.get("/", summary="Start page", include_in_schema=False)
def home(request: Request) -> Response:
    ctx = get_context(request)
    lab = Labeller(ctx)
    try:
        counts = ctx.select(render("counts.rq"))[0]
        groups = ctx.select(render("home_bodies.rq"))
        meetings = ctx.select(render("home_meetings.rq"))
    except StoreError as exc:
        return page("Samverkan Kalmar län", f"<p class='bad'>Lagret svarar inte: {escape(str(exc))}</p>", 503)
    stats = " · ".join(f"{escape(str(v))} {escape(k)}" for k, v in counts.items())
    body = [
        "<p>Kunskapsgrafen över <strong>Länsgemensam ledning i samverkan</strong> i Kalmar län: organisationer, "
        "personer och deras uppdrag över tid, samverkansorgan och deras sammansättning, möten, beslut, "
        "strategier och planer – varje uppgift med hänvisning till sitt källdokument.</p>",
        '<form action="/search"><input type="search" name="q" placeholder="Sök person, organisation, grupp"> '
        "<button>Sök</button></form>",
        f"<p class='muted'>{stats}</p>",
        "<h2>Möten</h2>",
        table(["Datum", "Möte", "Status"], [
            [escape(str(r["date"])), f'<a href="{escape(lab.href(str(r["meeting"])))}">{escape(str(r["label"]))}</a>',
             escape(str(r["status"]))] for r in meetings]),
        "<h2>Organ och grupper</h2>",
        table(["Organ", "Slag"], [[f'<a href="{escape(lab.href(str(r["body"])))}">{escape(str(r["label"]))}</a>',
                                   escape(str(r["kind"]))] for r in groups]),
        "<p>Frågor: <a href='/query'>frågesidan</a> · SPARQL-ändpunkt: <code>/sparql</code> · "
        "Nätverk: <a href='/viz'>visualiseringar</a> · <a href='/ontology'>ontologin</a></p>",
    ]
    return page("Samverkan Kalmar län", "\n".join(body))
