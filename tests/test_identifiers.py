"""Official identifiers (issue 14, point 4): SCB's kommunkod and länskod as typed skos:notation, sourced.

The codes come from a reference source (sources/scb-lan-och-kommuner-2018.txt, kind `referens` in the manifest) and its
record; the tests take the kommuner from the records and the codes from the graph, and check each code
against the line it cites, the SHACL shapes of the code lists, the record checker and the organisation page.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import httpx
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS

from graph.config import LGL
from graph.iris import DEFAULT_BASE as BASE  # the base of the real graph in the tests (tests/conftest.py)
from graph.iris import Iris
from graph.model import IDENTIFIER_SCHEMES
from graph.records import Corpus, load_corpus
from graph.validation import DataGraph, Report, graph_from_file, load_ontology, load_shapes, validate_graph
from graph.yamlload import RecordError

from .servers import Server

FIXTURES = Path(__file__).parent / "fixtures" / "shapes"
KOMMUN_B = URIRef("http://example.org/id/org/kommun-b")


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus()


def _reference(corpus: Corpus) -> str:
    """The id of the one reference source (kind `referens`) the codes come from."""
    refs = [d.id for d in corpus.documents.values() if d.kind == "referens"]
    assert len(refs) == 1, refs
    return refs[0]


def _codes(union: Dataset, datatype: URIRef) -> dict[URIRef, list[Literal]]:
    out: dict[URIRef, list[Literal]] = {}
    for s, o in union.subject_objects(SKOS.notation):
        if isinstance(o, Literal) and o.datatype == datatype and isinstance(s, URIRef):
            out.setdefault(s, []).append(o)
    return out


def test_every_kommun_has_one_valid_unique_kommunkod_of_the_county(corpus: Corpus, union: Dataset) -> None:
    """The kommuner the records define (the county's twelve) each carry exactly one kommunkod: four
    digits, unique, beginning with the länskod of the county they belong to (Kalmar län)."""
    kommuner = {URIRef(Iris(BASE).org(o.id)) for o in corpus.orgs.values() if o.type == "kommun"}
    assert kommuner, "the records define no kommun"
    codes = _codes(union, LGL.kommunkod)
    assert set(codes) == kommuner
    assert all(len(set(v)) == 1 for v in codes.values()), codes
    values = [str(v[0]) for v in codes.values()]
    assert len(set(values)) == len(values), "two kommuner share a code"
    assert all(IDENTIFIER_SCHEMES["kommunkod"].match(v) for v in values)
    county = URIRef(Iris(BASE).org("kalmar-lan"))
    lan = _codes(union, LGL.lanskod)[county]
    assert [str(x) for x in lan] == ["08"]
    assert {v[:2] for v in values} == {"08"}
    assert set(union.subjects(SKOS.notation, Literal("0880", datatype=LGL.kommunkod))) == {
        URIRef(Iris(BASE).org("kalmar-kommun"))}


def test_each_code_cites_the_reference_line_that_gives_it(corpus: Corpus, dataset: Dataset) -> None:
    """Every notation stands in the reference source's named graph, and its organisation cites a passage
    of that source whose quoted text holds the code; the source names where and when it was taken."""
    ref = _reference(corpus)
    doc = URIRef(Iris(BASE).doc(ref))
    g = dataset.graph(doc)
    notations = list(g.subject_objects(SKOS.notation))
    identifiers = [i for rec in corpus.records for i in rec.facts.identifiers]
    assert len(notations) == len(identifiers) >= 12
    lines = corpus.documents[ref].lines
    for org, code in notations:
        passages = [p for p in g.objects(org, DCTERMS.source) if (p, DCTERMS.isPartOf, doc) in g]
        quoted = [str(g.value(p, PROV.value)) for p in passages]
        assert any(f"code: '{code}'" in q for q in quoted), (org, code, quoted)
        # the quote is the file's lines, as cited
        for p in passages:
            first, last = int(g.value(p, LGL.startLine)), int(g.value(p, LGL.endLine))
            assert str(g.value(p, PROV.value)) == "\n".join(lines[first - 1:last])
    assert str(g.value(doc, PROV.hadPrimarySource)).startswith("https://")
    assert g.value(doc, LGL.retrieved) == Literal(corpus.documents[ref].retrieved, datatype=URIRef(
        "http://www.w3.org/2001/XMLSchema#date"))
    # nothing else in the graph claims a code: the five LGL documents hold none
    for other in corpus.documents:
        if other != ref:
            assert not list(dataset.graph(URIRef(Iris(BASE).doc(other))).triples(
                (None, SKOS.notation, None)))


@pytest.mark.parametrize(("old", "new", "words"), [
    ("code: '0880'", "code: '880'", "is not a kommunkod"),
    ("code: '06'", "code: 06", "is not a lanskod"),
    ("code: '0880'", "code: '0881'", "'0881' not found"),
    ('as_written: "Kalmar kommun"', 'as_written: "Kalmar stad"', "'Kalmar stad' not found"),
    ("scheme: kommunkod, code: '0880'", "scheme: postnummer, code: '0880'", "expected one of kommunkod, lanskod"),
])
def test_the_checker_refuses_a_code_the_source_does_not_give(corpus: Corpus, tmp_path: Path, old: str, new: str,
                                                            words: str) -> None:
    """A wrong pattern, an unquoted code, a code or a name not in the cited lines, an unknown code list:
    each a RecordError naming the file and line."""
    shutil.copytree(corpus.records[0].path.parent, tmp_path, dirs_exist_ok=True)
    path = tmp_path / f"{_reference(corpus)}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RecordError) as err:
        load_corpus(tmp_path)
    assert Path(err.value.path).name == path.name and err.value.line
    assert words in err.value.message, err.value.message


@pytest.fixture(scope="module")
def schema() -> tuple[Graph, Graph]:
    """The shapes and the ontology, loaded once."""
    return load_shapes(), load_ontology()


def _validate(schema: tuple[Graph, Graph], *notations: Literal) -> Report:
    g = DataGraph()
    for t in graph_from_file(FIXTURES / "base.ttl"):
        g.add(t)
    for n in notations:
        g.add((KOMMUN_B, SKOS.notation, n))
    return Report.from_run(validate_graph(g, dt.date(2026, 3, 12), *schema))


@pytest.mark.parametrize("notations", [
    (Literal("880", datatype=LGL.kommunkod),),      # three digits
    (Literal("0880"),),                              # a plain string, not the code list's datatype
    (Literal("08", datatype=LGL.lanskod),),          # a county's code on a kommun
    (Literal("0880", datatype=LGL.kommunkod), Literal("0881", datatype=LGL.kommunkod)),  # two codes
])
def test_the_shape_of_a_kommunkod(schema: tuple[Graph, Graph], notations: tuple[Literal, ...]) -> None:
    """A kommun's skos:notation must be one lgl:kommunkod of four digits: each break is a violation on
    the notation and nothing else, with the shape's message; the right code conforms."""
    assert _validate(schema, Literal("0880", datatype=LGL.kommunkod)).problems == []
    report = _validate(schema, *notations)
    assert report.problems
    assert {(p.severity, p.focus, p.path) for p in report.problems} == {
        ("Violation", str(KOMMUN_B), str(SKOS.notation))}
    assert "kommunkod" in report.problems[0].message["sv"]
    assert not report.conforms


def test_the_datatypes_are_in_the_ontology_with_labels(schema: tuple[Graph, Graph]) -> None:
    ontology = schema[1]
    for dt_ in (LGL.kommunkod, LGL.lanskod):
        assert (dt_, RDF.type, URIRef("http://www.w3.org/2000/01/rdf-schema#Datatype")) in ontology
        labels = {o.language for o in ontology.objects(dt_, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
        assert labels == {"sv", "en"}


def test_the_organisation_page_shows_its_code(live_server: Server, union: Dataset) -> None:
    """The kommun's page says "Kommunkod 0880" (the code from the graph), the county's "Länskod 08";
    in English the names of the code lists are English."""
    for org, name in (("kalmar-kommun", "Kommunkod"), ("kalmar-lan", "Länskod"), ("borgholms-kommun", "Kommunkod")):
        code = str(next(union.objects(URIRef(Iris(BASE).org(org)), SKOS.notation)))
        html = httpx.get(f"{live_server.url}/id/org/{org}", headers={"Accept": "text/html"}).text
        shown = re.sub(r"<[^>]+>", "", re.search(r'<p class="code">.*?</p>', html).group(0))
        assert shown == f"{name} {code}"
    html = httpx.get(f"{live_server.url}/id/org/kalmar-kommun?lang=en", headers={"Accept": "text/html"}).text
    assert "Municipality code</strong>" in html
    # an organisation without a code shows no code line
    html = httpx.get(f"{live_server.url}/id/org/region-kalmar-lan", headers={"Accept": "text/html"}).text
    assert 'class="code"' not in html


def test_the_reference_source_page_says_what_it_is_and_where_it_is_from(live_server: Server, corpus: Corpus) -> None:
    """The reference source's page names its kind in words and links the public address it was taken from."""
    ref = corpus.documents[_reference(corpus)]
    html = httpx.get(f"{live_server.url}/id/doc/{ref.id}", headers={"Accept": "text/html"}).text
    assert "referenskälla" in html
    assert f'href="{ref.url}"' in html

