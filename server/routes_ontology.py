"""The ontology at /ontology: Turtle (and other RDF) by content negotiation; for browsers one
document inside the site's layout — a table of contents, then one section per class and property
(its label and comment in the page's language with the other language beside it, its IRI, its
place in the hierarchy, domain and range, each with an anchor) — and the controlled vocabularies
(the SKOS concept schemes: roles, meeting statuses, kinds of attendance list, decision kinds) as
their own pages at /ontology/<scheme> (e.g. /ontology/roles)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from html import escape

from fastapi import APIRouter, Query, Request
from fastapi.responses import PlainTextResponse, Response
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef

from graph import config

from .context import get_context
from .html import page, table
from .negotiation import choose, media_type
from .page_params import PageParams, page_params

router = APIRouter(tags=["Ontology"])
FORMATS = ["turtle", "jsonld", "ntriples", "rdfxml", "html"]
RDFLIB_FORMATS = {"turtle": "turtle", "jsonld": "json-ld", "ntriples": "nt", "rdfxml": "xml"}
LGL = str(config.LGL)
SECTIONS = (
    ("classes", OWL.Class, "Klasser", "Classes"),
    ("object-properties", OWL.ObjectProperty, "Objektegenskaper", "Object properties"),
    ("datatype-properties", OWL.DatatypeProperty, "Dataegenskaper", "Datatype properties"),
)


@functools.cache
def ontology_graph() -> Graph:
    g = Graph()
    for path in sorted(config.ONTOLOGY_DIR.glob("*.ttl")):
        g.parse(path, format="turtle")
    for prefix, ns in config.PREFIXES.items():
        g.bind(prefix, ns)
    return g


@functools.cache
def _serialised(fmt: str) -> bytes:
    return ontology_graph().serialize(format=RDFLIB_FORMATS[fmt]).encode("utf-8")


def text_in(g: Graph, node: URIRef, prop: URIRef, lang: str) -> str:
    """The value of prop in the language (else untagged, else any), '' when there is none."""
    values = [o for o in g.objects(node, prop) if isinstance(o, Literal)]
    for want in (lang, None):
        for v in values:
            if v.language == want:
                return str(v)
    return str(values[0]) if values else ""


def slug(scheme: URIRef) -> str:
    """The page name of a concept scheme: lgl:Roles -> roles, lgl:MeetingStatuses -> meeting-statuses."""
    local = str(scheme).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    return re.sub(r"(?<!^)(?=[A-Z])", "-", local).lower()


def short(iri: str) -> str:
    """A prefixed name (org:Membership) for an IRI in a known namespace, else the IRI."""
    for prefix, ns in config.PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


@dataclass
class Term:
    iri: URIRef
    kind: str  # classes / object-properties / datatype-properties
    supers: list[URIRef] = field(default_factory=list)
    subs: list[URIRef] = field(default_factory=list)
    domain: list[URIRef] = field(default_factory=list)
    range: list[URIRef] = field(default_factory=list)
    inverse: list[URIRef] = field(default_factory=list)
    characteristics: list[str] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return str(self.iri)[len(LGL):]


@functools.cache
def terms() -> dict[URIRef, Term]:
    """The ontology's own classes and properties (the lgl: namespace), with their relations."""
    g = ontology_graph()
    out: dict[URIRef, Term] = {}
    for kind, cls, _, _ in SECTIONS:
        for s in g.subjects(RDF.type, cls):
            if isinstance(s, URIRef) and str(s).startswith(LGL) and s not in out:
                out[s] = Term(s, kind)
    for t in out.values():
        sup = RDFS.subClassOf if t.kind == "classes" else RDFS.subPropertyOf
        t.supers = sorted(o for o in g.objects(t.iri, sup) if isinstance(o, URIRef))
        t.subs = sorted(s for s in g.subjects(sup, t.iri) if isinstance(s, URIRef))
        t.domain = sorted(o for o in g.objects(t.iri, RDFS.domain) if isinstance(o, URIRef))
        t.range = sorted(o for o in g.objects(t.iri, RDFS.range) if isinstance(o, URIRef))
        t.inverse = sorted({o for o in g.objects(t.iri, OWL.inverseOf) if isinstance(o, URIRef)}
                           | {s for s in g.subjects(OWL.inverseOf, t.iri) if isinstance(s, URIRef)})
        for c, name in ((OWL.FunctionalProperty, "functional"), (OWL.TransitiveProperty, "transitive"),
                        (OWL.SymmetricProperty, "symmetric"), (OWL.InverseFunctionalProperty, "inverse functional")):
            if (t.iri, RDF.type, c) in g:
                t.characteristics.append(name)
    return out


def schemes() -> list[URIRef]:
    g = ontology_graph()
    return sorted(s for s in g.subjects(RDF.type, SKOS.ConceptScheme) if isinstance(s, URIRef))


def _label(p: PageParams, node: URIRef) -> str:
    g = ontology_graph()
    return text_in(g, node, RDFS.label, p.lang) or text_in(g, node, SKOS.prefLabel, p.lang)


def _ref(p: PageParams, node: URIRef) -> str:
    """A link to a term: its section on this page when it is ours, else its IRI under its prefixed name."""
    all_terms = terms()
    if node in all_terms:
        label = _label(p, node)
        return (f'<a href="#{escape(all_terms[node].anchor)}">{escape(label)}</a> '
                f'<code class="muted">{escape(short(str(node)))}</code>')
    if (node, RDF.type, SKOS.ConceptScheme) in ontology_graph():
        return f'<a href="{escape(p.href("/ontology/" + slug(node)))}">{escape(_label(p, node))}</a>'
    return f'<a href="{escape(str(node))}"><code>{escape(short(str(node)))}</code></a>'


def _section(p: PageParams, t: Term) -> str:
    g = ontology_graph()
    other = "en" if p.lang == "sv" else "sv"
    label, other_label = text_in(g, t.iri, RDFS.label, p.lang), text_in(g, t.iri, RDFS.label, other)
    comment = text_in(g, t.iri, RDFS.comment, p.lang)
    rows: list[tuple[str, str]] = [("IRI", f"<code>{escape(str(t.iri))}</code>")]
    other_comment = text_in(g, t.iri, RDFS.comment, other)
    rows.append((p.t("På engelska", "In Swedish"),
                 f'<span lang="{other}"><strong>{escape(other_label)}</strong> – {escape(other_comment)}</span>'))
    names = {"supers": p.t("Underklass till", "Subclass of") if t.kind == "classes" else
             p.t("Underegenskap till", "Subproperty of"),
             "subs": (p.t("Underklasser", "Subclasses") if t.kind == "classes"
                      else p.t("Underegenskaper", "Subproperties")),
             "domain": p.t("Domän (gäller för)", "Domain"), "range": p.t("Värdemängd", "Range"),
             "inverse": p.t("Omvänd till", "Inverse of")}
    for key, name in names.items():
        values = getattr(t, key)
        if values:
            rows.append((name, ", ".join(_ref(p, v) for v in values)))
    if t.kind == "classes":
        used = sorted(x.iri for x in terms().values() if t.iri in x.domain)
        if used:
            rows.append((p.t("Egenskaper med denna domän", "Properties with this domain"),
                         ", ".join(_ref(p, v) for v in used)))
    if t.characteristics:
        rows.append((p.t("Egenskaper", "Characteristics"), escape(", ".join(
            {"functional": p.t("funktionell (högst ett värde)", "functional (at most one value)"),
             "transitive": p.t("transitiv", "transitive"), "symmetric": p.t("symmetrisk", "symmetric"),
             "inverse functional": p.t("omvänt funktionell", "inverse functional")}[c] for c in t.characteristics))))
    dl = "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in rows)
    heading = label[:1].upper() + label[1:]
    return (f'<section class="term" id="{escape(t.anchor)}"><h3>{escape(heading)} '
            f'<a class="anchor muted" href="#{escape(t.anchor)}" '
            f'aria-label="{escape(p.t("Länk hit", "Link here"))}">#</a>'
            f'</h3><p>{escape(comment)}</p><dl class="term">{dl}</dl></section>')


def ontology_page(p: PageParams) -> Response:
    g = ontology_graph()
    onto = URIRef(config.ONTOLOGY_IRI)
    title = p.t("Ontologi", "Ontology")
    by_kind: dict[str, list[Term]] = {}
    for t in terms().values():
        by_kind.setdefault(t.kind, []).append(t)
    for items in by_kind.values():
        items.sort(key=lambda t: _label(p, t.iri).lower())
    toc = ["<nav class='toc' aria-label='" + escape(p.t("Innehåll", "Contents")) + "'><h2>"
           + escape(p.t("Innehåll", "Contents")) + "</h2><ol>"]
    for kind, _, sv, en in SECTIONS:
        items = by_kind.get(kind, [])
        links = "".join(f'<li><a href="#{escape(t.anchor)}">{escape(_label(p, t.iri))}</a></li>' for t in items)
        toc.append(f'<li><a href="#{kind}">{escape(p.t(sv, en))}</a> <span class="muted">({len(items)})</span>'
                   f'<ol class="columns">{links}</ol></li>')
    toc.append(f'<li><a href="#vocabularies">{escape(p.t("Vokabulärer", "Vocabularies"))}</a></li></ol></nav>')
    downloads = " · ".join(f'<a href="/ontology?format={f}">{n}</a>' for f, n in (
        ("turtle", "Turtle"), ("jsonld", "JSON-LD"), ("ntriples", "N-Triples"), ("rdfxml", "RDF/XML")))
    head = [f'<p class="lead">{escape(text_in(g, onto, RDFS.comment, p.lang))}</p>',
            "<dl class='term'>"
            f"<dt>{escape(p.t('Namn', 'Name'))}</dt><dd>{escape(text_in(g, onto, RDFS.label, p.lang))}</dd>"
            f"<dt>IRI</dt><dd><code>{escape(config.ONTOLOGY_IRI)}</code></dd>"
            f"<dt>{escape(p.t('Namnrymd', 'Namespace'))}</dt><dd><code>lgl:</code> <code>{escape(LGL)}</code></dd>"
            f"<dt>{escape(p.t('Version', 'Version'))}</dt><dd>{escape(text_in(g, onto, OWL.versionInfo, p.lang))}</dd>"
            f"<dt>{escape(p.t('Bygger på', 'Imports'))}</dt><dd>"
            + ", ".join(f"<code>{escape(str(o))}</code>" for o in sorted(g.objects(onto, OWL.imports))) + "</dd>"
            f"<dt>{escape(p.t('Ladda ner', 'Download'))}</dt><dd>{downloads}</dd></dl>"]
    body = head + toc
    for kind, _, sv, en in SECTIONS:
        body.append(f'<h2 id="{kind}">{escape(p.t(sv, en))}</h2>')
        body.extend(_section(p, t) for t in by_kind.get(kind, []))
    body.append(f'<h2 id="vocabularies">{escape(p.t("Vokabulärer", "Vocabularies"))}</h2><ul>')
    for s in schemes():
        n = len(set(g.subjects(SKOS.inScheme, s)))
        body.append(f'<li><a href="{escape(p.href("/ontology/" + slug(s)))}">{escape(_label(p, s))}</a> '
                    f'<span class="muted">({n} {escape(p.t("begrepp", "concepts"))}) – '
                    f'{escape(text_in(g, s, RDFS.comment, p.lang))}</span></li>')
    body.append("</ul>")
    return page(title, "\n".join(body), params=p)


def scheme_page(p: PageParams, scheme: URIRef) -> Response:
    g = ontology_graph()
    other = "en" if p.lang == "sv" else "sv"
    concepts = sorted(set(g.subjects(SKOS.inScheme, scheme)),
                      key=lambda c: text_in(g, c, SKOS.prefLabel, p.lang).lower())
    rows = []
    for c in concepts:
        anchor = str(c).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        rows.append([f'<span id="{escape(anchor)}">{escape(text_in(g, c, SKOS.prefLabel, p.lang))}</span>',
                     f'<span lang="{other}">{escape(text_in(g, c, SKOS.prefLabel, other))}</span>',
                     escape(text_in(g, c, RDFS.comment, p.lang)), f"<code>{escape(short(str(c)))}</code>"])
    headers = [p.t("Begrepp", "Concept"), p.t("På engelska", "In Swedish"), p.t("Beskrivning", "Description"), "IRI"]
    others = " · ".join(f'<a href="{escape(p.href("/ontology/" + slug(s)))}">{escape(_label(p, s))}</a>'
                        for s in schemes() if s != scheme)
    body = (f'<p>{escape(text_in(g, scheme, RDFS.comment, p.lang))} '
            f'<span class="muted">{escape(p.t("Begreppsschema", "Concept scheme"))} '
            f'<code>{escape(short(str(scheme)))}</code>, '
            f'{len(concepts)} {escape(p.t("begrepp", "concepts"))}.</span></p>'
            + table(headers, rows)
            + f'<p><a href="{escape(p.href("/ontology"))}">{escape(p.t("Ontologin", "The ontology"))}</a>'
            + (f' · {escape(p.t("Andra vokabulärer", "Other vocabularies"))}: {others}' if others else "") + "</p>")
    return page(_label(p, scheme).capitalize(), body, params=p)


@router.get("/ontology", summary="The ontology: Turtle, JSON-LD, N-Triples, RDF/XML or HTML documentation")
def ontology(request: Request, format: str | None = Query(None)) -> Response:
    fmt = choose(request.headers.get("accept") or "text/turtle", format, FORMATS, "turtle")
    if fmt is None:
        return PlainTextResponse("not acceptable: Turtle, JSON-LD, N-Triples, RDF/XML or HTML\n", status_code=406)
    if fmt == "html":
        return ontology_page(page_params(request, get_context(request)))
    return Response(_serialised(fmt), media_type=media_type(fmt), headers={"Vary": "Accept"})


@router.get("/ontology/{name}", summary="A controlled vocabulary (SKOS concept scheme) of the ontology, as a page")
def vocabulary(request: Request, name: str) -> Response:
    p = page_params(request, get_context(request))
    found = {slug(s): s for s in schemes()}
    if name not in found:
        listing = ", ".join(f'<a href="{escape(p.href("/ontology/" + k))}">{escape(k)}</a>' for k in sorted(found))
        missing = p.t(f"Ingen vokabulär heter {name!r}.", f"No vocabulary is named {name!r}.")
        return page(p.t("Hittades inte", "Not found"),
                    f'<p class="bad">{escape(missing)} {escape(p.t("Det finns", "There are"))}: {listing}.</p>',
                    status_code=404, params=p)
    return scheme_page(p, found[name])

