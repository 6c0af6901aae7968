"""Linked data: every IRI under <base>id/ dereferences — HTML for browsers (names in the page's
language, types, links both ways, memberships as of the page's date and over time, attendance,
decisions, cited passages, a document's whole text with the cited lines marked), Turtle / JSON-LD /
N-Triples / RDF-XML for RDF clients (the start page is server/routes_home.py)."""

from __future__ import annotations

import datetime as dt
import json
import re
from html import escape

from fastapi import APIRouter, Query, Request
from fastapi.responses import PlainTextResponse, Response
from rdflib import RDF, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, SKOS
from rdflib.term import Node

from graph.asof import held_rows
from graph.config import LGL
from graph.iris import ID_ROUTE, Iris, lines_anchor
from graph.jsonld import CONTEXT_PATH, compact
from graph.memberships import memberships
from graph.sparql import iri, render
from graph.stores.base import QuerySyntaxError, StoreError
from graph.stores.terms import from_rdflib

from . import results, routes_download
from .context import ServerContext, get_context
from .executor import QueryTimeout
from .html import page, table
from .labels import Labeller
from .negotiation import alternates, choose, document_path, media_type, split_suffix
from .page_params import PageParams, page_params
from .routes_gsp import download_link
from .seat_tables import seat_section

router = APIRouter(tags=["Linked data"])
RDF_FORMATS = ["turtle", "jsonld", "ntriples", "rdfxml", "html"]
PAGE_SIZE = 50
# not in the properties table: the document's text is shown as text; the identifier is the IRI's slug
# (the IRI itself is shown once, at the foot of the page); hidden labels are spellings for search
HIDDEN = {LGL.fullText, DCTERMS.identifier, SKOS.hiddenLabel}
# links to a resource that its page already shows in a section of its own (memberships of a person
# or an organisation, attendance, agenda and decisions of a meeting): not repeated under "links here"
SHOWN_IN_SECTIONS = {FOAF.Person: {ORG.member, LGL.attendee}, ORG.Organization: {ORG.organization},
                     LGL.Meeting: {LGL.atMeeting, LGL.itemOf, LGL.decidedAt}}
# literal values that are codes: shown in words
CODES = {"clean": ("ren text", "clean text"), "ocr-damaged": ("skadad av OCR", "damaged by OCR"),
         "introduktion": ("introduktion", "introduction"),
         "protokoll-lansgemensam-ledning": ("protokoll, Länsgemensam ledning", "minutes, Länsgemensam ledning"),
         "protokoll-presidiekonferens": ("protokoll, presidiekonferens", "minutes, presidium conference"),
         "referens": ("referenskälla (officiella koder)", "reference source (official codes)")}


def _describe(ctx: ServerContext, this: str) -> tuple[list[dict[str, Node]], list[dict[str, Node]]]:
    term = iri(this)
    return (ctx.select(render("ld_outgoing.rq", this=term)), ctx.select(render("ld_incoming.rq", this=term)))


def _rdf(fmt: str, this: str, out: list[dict], inc: list[dict]) -> Response:
    """The resource's triples (outgoing and incoming) in an RDF syntax; JSON-LD compacted with the
    published context (graph/jsonld.py, served at /context.jsonld)."""
    me = URIRef(this)
    triples = {(me, r["p"], r["o"]) for r in out} | {(r["s"], r["p"], me) for r in inc}
    if fmt == "jsonld":
        body = json.dumps(compact(triples, me), ensure_ascii=False, indent=1).encode("utf-8")
    else:
        prefixes = {"lgl": str(LGL), "org": str(ORG), "foaf": str(FOAF)}
        body = results.write_graph(fmt, sorted((from_rdflib(s), from_rdflib(p), from_rdflib(o)) for s, p, o in triples),
                                   prefixes)
    return Response(body, media_type=media_type(fmt))


# ----------------------------------------------------------------------------- as of a date

def _day(value: str | None, last: bool = False) -> dt.date | None:
    """A date from an xsd:date or xsd:gYear string (a year is its first day, or its last with `last`)."""
    if not value:
        return None
    try:
        if len(value) == 4:
            return dt.date(int(value), 12, 31) if last else dt.date(int(value), 1, 1)
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def held_on(ctx: ServerContext, groups: set[str], at: dt.date | None) -> set[str]:
    """The memberships of `groups` held on `at` by the one as-of rule (graph/asof.py: its SPARQL,
    the same as validation, the seat tables and the networks), asked in a few simple steps per page."""
    if at is None or not groups:
        return set()
    rows = held_rows(ctx.select, [(URIRef(g), at) for g in sorted(groups)])
    return {str(r["membership"]) for r in rows}


def membership_state(row: dict[str, Node], at: dt.date | None, held: set[str]) -> str:
    """Whether a membership holds on `at` ('current': the rule holds it, `held` from held_on), else
    'future' when its beginning or first sighting lies after `at`, else 'ended'."""
    if at is None or str(row["membership"]) in held:
        return "current"
    seen = sorted(d for d in (_day(x) for x in str(row.get("observed") or "").split()) if d)
    start = _day(str(row.get("begin") or "")) or (seen[0] if seen else None)
    return "future" if start is not None and start > at else "ended"


def _period(p: PageParams, r: dict[str, Node]) -> str:
    """The dates of a membership in words: from, until, former as of, seen in documents on."""
    t = p.t
    parts = []
    if r.get("begin"):
        parts.append(t("från ", "from ") + str(r["begin"]))
    if r.get("end"):
        parts.append(t("till ", "until ") + str(r["end"]))
    if r.get("before"):
        parts.append(t(f"tidigare (före {r['before']})", f"former (before {r['before']})"))
    seen = sorted(set(str(r.get("observed") or "").split()), key=lambda d: (d + "-00-00")[:10])
    if len(seen) > 3:  # the last confirmation matters most; a long list of sightings says little more
        parts.append(t(f"noterad {len(seen)} gånger, första {seen[0]}, senast {seen[-1]}",
                       f"seen {len(seen)} times, first {seen[0]}, last {seen[-1]}"))
    elif seen:
        parts.append(t("noterad ", "seen ") + ", ".join(seen))
    return escape(", ".join(parts))


def _state_text(p: PageParams, state: str) -> str:
    return {"current": p.t("gäller", "current"), "ended": p.t("avslutad", "ended"),
            "future": p.t("ej påbörjad", "not begun")}[state]


# ----------------------------------------------------------------------------- paging

def _page_number(p: PageParams, key: str) -> int:
    raw = dict(p.other_query).get(key, "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def _paged(p: PageParams, rows: list, key: str, size: int = PAGE_SIZE) -> tuple[list, str]:
    """One page of `rows` (stable order as given) and the navigation between pages (?<key>=n)."""
    if len(rows) <= size:
        return rows, ""
    pages = (len(rows) + size - 1) // size
    n = min(_page_number(p, key), pages)
    chunk = rows[(n - 1) * size: n * size]
    nav = [p.t(f"Rad {(n - 1) * size + 1}–{(n - 1) * size + len(chunk)} av {len(rows)}.",
               f"Rows {(n - 1) * size + 1}–{(n - 1) * size + len(chunk)} of {len(rows)}.")]
    if n > 1:
        nav.append(f'<a href="{escape(p.here(**{key: str(n - 1)}))}" rel="prev">{p.t("Föregående", "Previous")}</a>')
    if n < pages:
        nav.append(f'<a href="{escape(p.here(**{key: str(n + 1)}))}" rel="next">{p.t("Nästa", "Next")}</a>')
    return chunk, f'<p class="pager muted">{" ".join(nav)}</p>'


# ----------------------------------------------------------------------------- sections

def _natural(text: str) -> list:
    """A sort key that orders the numbers inside a text by value (lines/3 before lines/100)."""
    return [(0, int(x), "") if x.isdigit() else (1, 0, x) for x in re.split(r"(\d+)", text) if x]


def _h2(text: str, anchor: str = "") -> str:
    return f'<h2{f" id={chr(34)}{anchor}{chr(34)}" if anchor else ""}>{escape(text)}</h2>'


def _value_cell(lab: Labeller, p: PageParams, values: list[Node]) -> str:
    literals = [v for v in values if isinstance(v, Literal)]
    in_lang = [v for v in literals if v.language == p.lang]
    if in_lang and len(in_lang) < len(literals) and all(v.language for v in literals):
        values = [v for v in values if not isinstance(v, Literal) or v.language == p.lang]
    cells = []
    for v in values:
        if isinstance(v, Literal) and str(v) in CODES:
            cells.append(escape(p.t(*CODES[str(v)])))
        else:
            cells.append(lab.link(v))
    return "<br>".join(cells)


def _passages(ctx: ServerContext, lab: Labeller, p: PageParams, this: str) -> str:
    rows = ctx.select(render("ld_passages.rq", this=iri(this)))
    if not rows:
        return ""
    parts = [_h2(p.t("Källor", "Sources"), "sources")]
    for r in rows:
        title = str(r.get("title") or lab.label(r["doc"]))
        lines = p.t("rad ", "line ") + str(r["start"]) + (f"–{r['end']}" if str(r["end"]) != str(r["start"]) else "")
        href = lab.href(str(r["doc"])) + lines_anchor(r["start"], r["end"])
        parts.append(f'<p><a href="{escape(href)}">{escape(title)}, {escape(lines)}</a></p>'
                     f'<blockquote class="passage">{escape(str(r["text"]))}</blockquote>')
    return "\n".join(parts)


def _membership_rows(lab: Labeller, p: PageParams, rows: list[dict], person_side: bool) -> list[list[str]]:
    trs = []
    for r in rows:
        role = escape(lab.label(r["role"]))
        if r.get("acting"):
            role += " (tf.)"
        titles = sorted({x for x in str(r.get("titles") or "").split("|") if x})
        if titles:
            role += "<br>" + "<br>".join(f'<span class="muted">{escape(x)}</span>' for x in titles)
        rep = (f"<br><span class='muted'>{escape(p.t('för', 'for'))} {lab.link(r['representing'])}</span>"
               if r.get("representing") else "")
        who = lab.link(r["org"]) if person_side else lab.link(r["person"], str(r["name"]))
        how = []
        if r.get("startedBy"):
            how.append(p.t("påbörjad genom ", "begun by ") + lab.link(r["startedBy"]))
        if r.get("endedBy"):
            how.append(p.t("avslutad genom ", "ended by ") + lab.link(r["endedBy"]))
        cells = [who + rep, role, _period(p, r)]
        if person_side:
            cells.append("<br>".join(how))
        cells.append(lab.link(r["membership"], p.t("uppdraget", "the membership")))
        trs.append(cells)
    return trs


def _memberships(lab: Labeller, p: PageParams, rows: list[dict], person_side: bool, key: str,
                 held: set[str]) -> str:
    """Memberships as of the page's date (current ones: `held`), then the whole history, paginated."""
    at = p.at
    when = at.isoformat() if at else ""
    first = p.t("Organisation", "Organisation") if person_side else p.t("Person", "Person")
    heads = [first, p.t("Roll", "Role"), p.t("Tid", "Period")] + ([p.t("Beslut", "Decision")] if person_side
                                                                 else []) + [p.t("Uppdrag", "Membership")]
    current = [r for r in rows if membership_state(r, at, held) == "current"]
    body = [f'<h3 id="{key}-current">{escape(p.t(f"Gäller den {when}", f"Current on {when}"))} '
            f'<span class="muted">({len(current)})</span></h3>']
    chunk, nav = _paged(p, current, key + "-now")
    body.append(table(heads, _membership_rows(lab, p, chunk, person_side)) + nav if current
                else "<p>" + escape(p.t("Inga uppdrag som gäller detta datum.", "No memberships current on this date."))
                + "</p>")
    history = [r for r in rows if membership_state(r, at, held) != "current"]
    if history:
        body.append(f'<h3 id="{key}-history">{escape(p.t("Avslutade eller ej påbörjade", "Ended or not yet begun"))}'
                    f' <span class="muted">({len(history)})</span></h3>')
        chunk, nav = _paged(p, history, key + "-past")
        hrows = _membership_rows(lab, p, chunk, person_side)
        for cells, r in zip(hrows, chunk, strict=True):
            cells[2] += f'<br><span class="muted">{escape(_state_text(p, membership_state(r, at, held)))}</span>'
        body.append(table(heads, hrows) + nav)
    return "\n".join(body)


def _sort_memberships(lab: Labeller, rows: list[dict], person_side: bool) -> list[dict]:
    if person_side:
        return sorted(rows, key=lambda r: (lab.label(r["org"]).lower(), lab.label(r["role"]), str(r["membership"])))
    # by name, then membership (the store's order is the engine's)
    return sorted(rows, key=lambda r: (str(r["name"]), str(r["membership"])))


def _person_section(ctx: ServerContext, lab: Labeller, p: PageParams, this: str) -> str:
    rows = memberships(ctx.select, this, "person")
    att = ctx.select(render("person_attendance.rq", person=iri(this)))
    att_page, att_nav = _paged(p, att, "meetings")
    lab.fetch([r[k] for r in rows for k in ("org", "role", "startedBy", "endedBy", "representing", "membership")
               if r.get(k) is not None]
              + [r[k] for r in att_page for k in ("meeting", "listKind", "representing", "capacityRole") if k in r])
    body = [_h2(p.t("Uppdrag och roller", "Posts and roles"), "memberships")]
    body.append(_memberships(lab, p, _sort_memberships(lab, rows, True), True, "m",
                             held_on(ctx, {str(r["org"]) for r in rows}, p.at)) if rows
                else f"<p>{escape(p.t('Inga.', 'None.'))}</p>")
    if att:
        body.append(_h2(p.t("Närvaro vid möten", "Meetings attended"), "meetings")
                    + f'<p class="muted">{escape(p.t(f"{len(att)} möten", f"{len(att)} meetings"))}</p>')
        body.append(table([p.t("Datum", "Date"), p.t("Möte", "Meeting"), p.t("Lista", "List"), p.t("För", "For")], [
            [escape(str(r["date"])), lab.link(r["meeting"]),
             escape(str(r["listHeading"]) if r.get("listHeading") and p.lang == "sv" else lab.label(r["listKind"])),
             (lab.link(r["representing"]) if r.get("representing") else
              escape(lab.label(r["capacityRole"])) if r.get("capacityRole") else "")
             + (" (tf.)" if r.get("acting") else "")] for r in att_page]) + att_nav)
    return "\n".join(body)


def _meeting_section(ctx: ServerContext, lab: Labeller, p: PageParams, this: str) -> str:
    body = []
    agenda = ctx.select(render("meeting_agenda.rq", meeting=iri(this)))
    if agenda:
        presenters = {str(r["item"]): [URIRef(x) for x in str(r.get("presenters") or "").split()] for r in agenda}
        lab.fetch([x for xs in presenters.values() for x in xs])
        body.append(_h2(p.t("Dagordning", "Agenda"), "agenda"))
        body.append(table([p.t("Nr", "No."), p.t("Punkt", "Item"), p.t("Föredragande", "Presenters")], [
            [escape(str(r.get("number", ""))), ("&nbsp;&nbsp;↳ " if "parent" in r else "") +
             lab.link(r["item"], str(r["title"])),
             "; ".join(lab.link(x) for x in sorted(presenters[str(r["item"])], key=lab.label))] for r in agenda]))
    decisions = ctx.select(render("meeting_decisions.rq", meeting=iri(this)))
    if decisions:
        lab.fetch([r[k] for r in decisions for k in ("decision", "kind", "ends", "starts") if k in r])
        body.append(_h2(p.t("Beslut", "Decisions"), "decisions"))
        body.append(table([p.t("Beslut", "Decision"), p.t("Slag", "Kind"), p.t("Effekt", "Effect")], [
            [lab.link(r["decision"]) + f'<br><span class="muted">{escape(str(r["text"]))}</span>',
             escape(lab.label(r["kind"])),
             " ".join(x for x in ((p.t("avslutar ", "ends ") + lab.link(r["ends"])) if "ends" in r else "",
                                  (p.t("påbörjar ", "begins ") + lab.link(r["starts"])) if "starts" in r else "",
                                  p.t("värde ", "value ") + escape(str(r["value"])) if "value" in r else "") if x)]
            for r in decisions]))
    att = ctx.select(render("meeting_attendance.rq", meeting=iri(this)))
    if att:
        lab.fetch([r[k] for r in att for k in ("kind", "representing", "capacityRole") if k in r])
        body.append(_h2(p.t("Närvaro", "Attendance"), "attendance"))
        lists: dict[str, list[dict]] = {}
        for r in att:
            lists.setdefault(str(r["list"]), []).append(r)
        for i, rows in enumerate(lists.values()):
            first = rows[0]
            heading = str(first["heading"]) if first.get("heading") and p.lang == "sv" else lab.label(first["kind"])
            count = int(str(first["count"]))
            people = p.t(f"{count} person" if count == 1 else f"{count} personer",
                         f"{count} person" if count == 1 else f"{count} people")
            chunk, nav = _paged(p, rows, f"list{i + 1}")
            body.append(f"<h3>{escape(heading)} <span class='muted'>({escape(people)})</span></h3>")
            body.append(table([p.t("Namn", "Name"), p.t("För / i egenskap av", "For / as")], [
                [lab.link(r["person"], str(r["name"])),
                 (lab.link(r["representing"]) if r.get("representing") else
                  escape(lab.label(r["capacityRole"])) if r.get("capacityRole") else "")
                 + (" (tf.)" if r.get("acting") else "")] for r in chunk]) + nav)
    mentions = ctx.select(render("meeting_mentions.rq", meeting=iri(this)))
    if mentions:
        lab.fetch([r["passage"] for r in mentions])
        body.append(_h2(p.t("Omnämnt i andra protokoll", "Named in other protocols"), "mentions"))
        body.append(table([p.t("Källa", "Source"), p.t("Vad där står", "What it says")], [
            [lab.link(r["passage"]), escape(str(r["text"]))] for r in mentions]))
    return "\n".join(body)


def _org_section(ctx: ServerContext, lab: Labeller, p: PageParams, this: str) -> str:
    rows = memberships(ctx.select, this, "org")
    if not rows:
        return ""
    lab.fetch([r[k] for r in rows for k in ("role", "representing") if r.get(k) is not None])
    return (_h2(p.t("Ledamöter och befattningshavare", "Members and post holders"), "members")
            + _memberships(lab, p, _sort_memberships(lab, rows, False), False, "o", held_on(ctx, {this}, p.at)))


# official codes (skos:notation typed by their code list, ontology/lgl.ttl): shown by name on an organisation's page
CODE_NAMES = {LGL.kommunkod: ("Kommunkod", "Municipality code"), LGL.lanskod: ("Länskod", "County code")}


def _codes(p: PageParams, out: list[dict]) -> str:
    """An organisation's official codes, one line each ("Kommunkod 0880")."""
    codes = sorted({(p.t(*CODE_NAMES[r["o"].datatype]), str(r["o"])) for r in out if r["p"] == SKOS.notation
                    and isinstance(r["o"], Literal) and r["o"].datatype in CODE_NAMES})
    return "".join(f'<p class="code"><strong>{escape(name)}</strong> <span class="notation">{escape(code)}</span></p>'
                   for name, code in codes)


def _network_links(p: PageParams, this: str) -> str:
    """Links from an organisation or body to its networks (/viz takes the body by its id)."""
    body = this.rstrip("/").rsplit("/", 1)[-1]
    links = " · ".join(f'<a href="{escape(p.href(f"/viz/{kind}", body=body))}">{escape(p.t(sv, en))}</a>'
                       for kind, sv, en in (("people-bodies", "personer och organ", "people and bodies"),
                                            ("people", "personer som möts", "people who meet"),
                                            ("structure", "strukturen", "the structure")))
    return f"<p>{escape(p.t('Nätverk', 'Networks'))}: {links}</p>"


def _membership_summary(ctx: ServerContext, lab: Labeller, p: PageParams, this: str, out: list[dict]) -> str:
    """A membership's period and whether it holds on the page's date, in words."""
    person = next((r["o"] for r in out if r["p"] == ORG.member), None)
    if person is None:
        return ""
    row = next((r for r in memberships(ctx.select, str(person), "person")
                if str(r["membership"]) == this), None)
    if row is None:
        return ""
    when = p.at.isoformat() if p.at else ""
    state = _state_text(p, membership_state(row, p.at, held_on(ctx, {str(row["org"])}, p.at)))
    return (f"<p><strong>{escape(p.t('Tid', 'Period'))}:</strong> {_period(p, row) or '–'}<br>"
            f"<strong>{escape(p.t(f'Den {when}', f'On {when}'))}:</strong> {escape(state)}</p>")


def _document_section(ctx: ServerContext, lab: Labeller, p: PageParams, this: str, text: str) -> str:
    """The whole text, one anchored line each (#L<n>), the cited lines marked and listed."""
    passages = ctx.select(render("ld_doc_passages.rq", doc=iri(this)))
    cited: set[int] = set()
    for r in passages:
        cited.update(range(int(str(r["start"])), int(str(r["end"])) + 1))
    lines = text.split("\n")
    rendered = "".join(
        f'<div class="line{" cited" if n in cited else ""}" id="L{n}"><a class="ln" href="{lines_anchor(n)}" '
        f'aria-label="{escape(p.t(f"rad {n}", f"line {n}"))}">{n}</a><span class="lt">{escape(line) or "&nbsp;"}'
        f"</span></div>" for n, line in enumerate(lines, 1))
    listing = ", ".join(
        f'<a href="{lines_anchor(r["start"], r["end"])}">{r["start"]}'
        + (f"–{r['end']}" if str(r["end"]) != str(r["start"]) else "") + "</a>" for r in passages)
    return (_h2(p.t("Dokumentets text", "The document's text"), "text")
            + "<p class='muted'>" + escape(p.t(f"{len(lines)} rader; {len(passages)} citerade textställen markerade.",
                                                f"{len(lines)} lines; {len(passages)} cited passages marked."))
            + "</p>"
            + (f'<details><summary>{escape(p.t("Citerade rader", "Cited lines"))}</summary><p>{listing}</p></details>'
               if passages else "")
            + f'<div class="doc-text" lang="sv">{rendered}</div>')


def _html(ctx: ServerContext, p: PageParams, this: str, out: list[dict], inc: list[dict]) -> Response:
    lab = Labeller(ctx, p.lang, href=p.href)
    me = URIRef(this)
    types = sorted({r["o"] for r in out if r["p"] == RDF.type}, key=str)
    shown = {p_ for t, ps in SHOWN_IN_SECTIONS.items() if t in types for p_ in ps}
    links = sorted((r for r in inc if r["p"] not in shown), key=lambda r: (str(r["p"]), _natural(str(r["s"]))))
    inc_page, inc_nav = _paged(p, links, "links")
    lab.fetch([me] + [r["p"] for r in out] + [r["o"] for r in out if r["p"] not in HIDDEN]
              + [r["s"] for r in inc_page] + [r["p"] for r in inc_page] + [r["g"] for r in out])
    props: dict[Node, list[Node]] = {}
    for r in out:
        if r["p"] != RDF.type and r["p"] not in HIDDEN and not (r["p"] == LGL.agendaItem and LGL.Meeting in types):
            props.setdefault(r["p"], [])
            if r["o"] not in props[r["p"]]:
                props[r["p"]].append(r["o"])
    title = lab.label(me)
    parts = ["<p>" + " ".join(f'<span class="badge">{lab.link(t)}</span>' for t in types) + "</p>"]
    head = ""
    if FOAF.Person in types:
        parts.append(_person_section(ctx, lab, p, this))
    if LGL.Meeting in types:
        parts.append(_meeting_section(ctx, lab, p, this))
    if ORG.Organization in types:
        parts.append(_codes(p, out))
        parts.append(_network_links(p, this))
        parts.append(seat_section(ctx, this, p))  # the seat table as of the date
        parts.append(_org_section(ctx, lab, p, this))
    if ORG.Membership in types:
        parts.append(_membership_summary(ctx, lab, p, this, out))
    if LGL.Passage in types:
        doc = next((r["o"] for r in out if r["p"] == DCTERMS.isPartOf), None)
        start = next((r["o"] for r in out if r["p"] == LGL.startLine), None)
        end = next((r["o"] for r in out if r["p"] == LGL.endLine), start)
        if doc is not None and start is not None:
            parts.append(f'<p><a href="{escape(lab.href(str(doc)) + lines_anchor(start, end))}">'
                         f'{escape(p.t("Läs textstället i dokumentet", "Read the passage in the document"))}</a></p>')
    full = next((str(r["o"]) for r in out if r["p"] == LGL.fullText), None)
    if LGL.SourceDocument in types and full is not None:
        parts.append(_document_section(ctx, lab, p, this, full))
        parts.append(download_link(p, this))  # its named graph from the Graph Store (server/routes_gsp.py)
        parts.append(routes_download.document_links(p, this, ctx.settings.base))  # dated files (routes_download.py)
        head = '<link rel="stylesheet" href="/static/doc.css"><script src="/static/doc.js" defer></script>'
    parts.append(_h2(p.t("Egenskaper", "Properties"), "properties"))
    parts.append(table([p.t("Egenskap", "Property"), p.t("Värde", "Value")],
                       [[lab.link(k), _value_cell(lab, p, vs)] for k, vs in sorted(
                           props.items(), key=lambda kv: lab.label(kv[0]).lower())]))
    if links:
        parts.append(_h2(p.t("Länkar hit", "Links to this"), "links"))
        if len(inc) >= 2000:
            parts.append(f"<p class='muted'>{escape(p.t('De första 2000.', 'The first 2000.'))}</p>")
        rows = [[lab.link(r["s"]), escape(lab.label(r["p"]))] for r in inc_page]
        parts.append(table([p.t("Resurs", "Resource"), p.t("Egenskap", "Property")], rows) + inc_nav)
    graphs = sorted({r["g"] for r in out}, key=str)
    parts.append(f"<p class='muted'>{escape(p.t('Uppgifterna kommer från: ', 'The facts come from: '))}"
                 + ", ".join(lab.link(g) for g in graphs) + "</p>")
    parts.append(_passages(ctx, lab, p, this))
    ident = escape(p.t("Identifierare (IRI)", "Identifier (IRI)"))
    here = ID_ROUTE + this[len(Iris(ctx.settings.base).id):]  # this page's path: its documents beside it
    docs = " · ".join(f'<a href="{escape(document_path(here, f))}" type="{media_type(f)}">{name}</a>' for f, name in (
        ("turtle", "Turtle"), ("jsonld", "JSON-LD"), ("ntriples", "N-Triples"), ("rdfxml", "RDF/XML")))
    parts.append(f'<p class="muted">{ident}: <code>{escape(this)}</code> · RDF: {docs}'
                 f' (<a href="{CONTEXT_PATH}">{escape(p.t("JSON-LD-kontext", "JSON-LD context"))}</a>)</p>')
    head += "".join(f'<link rel="alternate" type="{media_type(f)}" href="{escape(document_path(here, f))}">'
                    for f in RDF_FORMATS if f != "html")  # for crawlers and RDF tools: the documents of this page
    return page(title, "\n".join(parts), head=head, params=p)


@router.api_route(ID_ROUTE + "{path:path}", methods=["GET", "HEAD"],
                  summary="Dereference a resource of the graph: HTML, Turtle, JSON-LD, N-Triples or RDF/XML, by "
                          "Accept (an RDF syntax: 303 to its document) or by suffix (.ttl ...: 200)")
def resource(request: Request, path: str, format: str | None = Query(None)) -> Response:
    """Content negotiation as README "Content negotiation" documents it: /id/X with an HTML Accept is
    the page (200); with an RDF syntax (or */*, or none) a 303 to the document /id/X.ttl, .jsonld,
    .nt or .rdf; a suffix, or ?format=, answers that document (200). Every answer names every document
    in a Link header (paths, never the request's host) and varies by Accept."""
    ctx = get_context(request)
    stem, by_suffix = split_suffix(path)
    this = Iris(ctx.settings.base).under(stem)
    try:
        iri(this)
    except ValueError:
        return PlainTextResponse(f"not a resource IRI: {this}\n", status_code=404)
    here = ID_ROUTE + stem
    headers = {"Vary": "Accept", "Link": alternates(here, RDF_FORMATS)}
    fmt = by_suffix or choose(request.headers.get("accept") or "text/turtle", format, RDF_FORMATS, "turtle")
    if fmt is None:
        return PlainTextResponse("not acceptable: HTML, Turtle, JSON-LD, N-Triples or RDF/XML\n", status_code=406,
                                 headers=headers)
    try:
        if by_suffix is None and fmt != "html" and not format:  # the IRI names a thing: see its document
            if ctx.ask(render("ld_exists.rq", this=iri(this))):
                return Response(status_code=303, headers={**headers, "Location": document_path(here, fmt)})
            return PlainTextResponse(f"no such resource: {this}\n", status_code=404)
        if fmt == "html":
            out = ctx.select(render("ld_outgoing.rq", this=iri(this)))
            inc = ctx.select(render("ld_links_here.rq", this=iri(this)))
        else:
            out, inc = _describe(ctx, this)
        if not out and not inc:
            if fmt == "html":
                p = page_params(request, ctx)
                return page(p.t("Hittades inte", "Not found"),
                            f"<p>{escape(p.t('Grafen säger inget om', 'The graph says nothing about'))} "
                            f"<code>{escape(this)}</code>.</p>", status_code=404, params=p)
            return PlainTextResponse(f"no such resource: {this}\n", status_code=404)
        answer = _html(ctx, page_params(request, ctx), this, out, inc) if fmt == "html" else _rdf(fmt, this, out, inc)
    except QuerySyntaxError:
        return PlainTextResponse(f"not a resource IRI: {this!r}\n", status_code=404)
    except QueryTimeout as exc:
        return PlainTextResponse(f"timeout: {exc}\n", status_code=503)
    except StoreError as exc:
        return PlainTextResponse(f"store error: {exc}\n", status_code=503)
    answer.headers.update({**headers, "Content-Location": document_path(here, fmt)})
    return answer
