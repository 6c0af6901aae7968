"""The ontology page and the vocabulary pages as a person reads them: one document inside the
site's layout, every class and property of ontology/*.ttl with its label and comment in the page's
language, anchors, a table of contents, and each SKOS concept scheme as its own page; expectations
come from the ontology files."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef

from graph import config

from .browser import browser_page
from .paths import ROOT
from .servers import Server

ARTIFACTS = ROOT / "test-artifacts"
LGL = str(config.LGL)


@pytest.fixture(scope="module")
def onto() -> Graph:
    g = Graph()
    for path in sorted(config.ONTOLOGY_DIR.glob("*.ttl")):
        g.parse(path)
    return g


def _terms(g: Graph) -> list[URIRef]:
    out: set[URIRef] = set()
    for cls in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        out |= {s for s in g.subjects(RDF.type, cls) if isinstance(s, URIRef) and str(s).startswith(LGL)}
    return sorted(out)


def _text(g: Graph, node: URIRef, prop: URIRef, lang: str) -> str:
    return next(str(o) for o in g.objects(node, prop) if isinstance(o, Literal) and o.language == lang)


def test_every_term_has_label_and_comment_in_both_languages(onto: Graph) -> None:
    terms = _terms(onto)
    assert len(terms) > 50
    for t in terms:
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in onto.objects(t, prop)}
            assert {"sv", "en"} <= langs, f"{t} lacks {prop} in {({'sv', 'en'} - langs)}"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_ontology_page_documents_every_term(live_server: Server, onto: Graph, lang: str) -> None:
    r = httpx.get(live_server.url + "/ontology", params={"lang": lang}, headers={"Accept": "text/html"})
    assert r.status_code == 200
    html = r.text
    assert f'<html lang="{lang}">' in html
    assert ("<h1>Ontologi</h1>" if lang == "sv" else "<h1>Ontology</h1>") in html
    assert 'href="/search' in html  # the site's navigation is there
    assert "#Roles" not in html and "pyLODE" not in html
    for t in _terms(onto):
        anchor = str(t)[len(LGL):]
        assert f'id="{anchor}"' in html, anchor
        label, comment = _text(onto, t, RDFS.label, lang), _text(onto, t, RDFS.comment, lang)
        assert f'href="#{anchor}">{_esc(label)}</a>' in html, (anchor, label)  # in the table of contents
        assert _esc(comment) in html, (anchor, comment)
    for scheme in onto.subjects(RDF.type, SKOS.ConceptScheme):
        assert _esc(_text(onto, scheme, RDFS.label, lang)) in html


def _esc(text: str) -> str:
    from html import escape

    return escape(text)


def test_vocabulary_pages_list_concepts_in_both_languages(live_server: Server, onto: Graph) -> None:
    pages = {"roles": URIRef(LGL + "Roles"), "meeting-statuses": URIRef(LGL + "MeetingStatuses"),
             "list-kinds": URIRef(LGL + "ListKinds"), "decision-kinds": URIRef(LGL + "DecisionKinds")}
    assert set(pages.values()) == set(onto.subjects(RDF.type, SKOS.ConceptScheme))
    for name, scheme in pages.items():
        html = httpx.get(live_server.url + f"/ontology/{name}", params={"lang": "sv"}).text
        assert f"<h1>{_esc(_text(onto, scheme, RDFS.label, 'sv').capitalize())}</h1>" in html
        concepts = list(onto.subjects(SKOS.inScheme, scheme))
        assert concepts
        for c in concepts:
            assert _esc(_text(onto, c, SKOS.prefLabel, "sv")) in html
            assert _esc(_text(onto, c, SKOS.prefLabel, "en")) in html
    missing = httpx.get(live_server.url + "/ontology/nope", params={"lang": "en"})
    assert missing.status_code == 404 and _esc("No vocabulary is named 'nope'") in missing.text
    assert 'href="/ontology/roles?lang=en"' in missing.text


def test_ontology_still_negotiates_rdf(live_server: Server) -> None:
    t = httpx.get(live_server.url + "/ontology", headers={"Accept": "text/turtle"})
    assert t.status_code == 200 and t.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=t.text, format="turtle")
    assert (URIRef(config.ONTOLOGY_IRI), RDF.type, OWL.Ontology) in g


def test_ontology_journey_in_the_browser(live_server: Server, onto: Graph, tmp_path: Path) -> None:
    """Open the ontology, follow the table of contents to lgl:Meeting, switch to English, open the roles."""
    ARTIFACTS.mkdir(exist_ok=True)
    meeting = URIRef(LGL + "Meeting")
    with browser_page() as (page, watch):
        page.goto(live_server.url + "/ontology?lang=sv")
        page.click('nav.toc a[href="#Meeting"]')
        section = page.locator("section#Meeting")
        assert section.locator("h3").inner_text().startswith(_text(onto, meeting, RDFS.label, "sv").capitalize())
        assert _text(onto, meeting, RDFS.comment, "sv") in section.inner_text()
        page.screenshot(path=str(tmp_path / "ontology-sv.png"))
        page.click("a.lang-switch")
        page.wait_for_selector('html[lang="en"]')
        assert page.locator("h1").inner_text() == "Ontology"
        section = page.locator("section#Meeting")
        assert _text(onto, meeting, RDFS.comment, "en") in section.inner_text()
        page.click('a[href="/ontology/roles?lang=en"]')
        assert page.locator("h1").inner_text() == "Roles and posts"
        chair = URIRef("https://w3id.org/samverkan-kalmar/role/ordforande")
        assert _text(onto, chair, SKOS.prefLabel, "en") in page.inner_text("table")
        page.screenshot(path=str(tmp_path / "ontology-roles-en.png"), full_page=True)
    for shot in ("ontology-sv.png", "ontology-roles-en.png"):
        (ARTIFACTS / shot).write_bytes((tmp_path / shot).read_bytes())
    assert watch.outside == [] and watch.console_errors == [] and watch.page_errors == []
