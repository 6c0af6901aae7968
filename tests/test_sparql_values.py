"""graph.sparql.render(values=...): the one way the code fills a query's VALUES blocks."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from graph.asof import asof_pairs_query
from graph.sparql import fill_values, render


def test_one_variable_every_block_and_undef_when_empty() -> None:
    text = "SELECT * { { VALUES ?x { <urn:a> } } UNION { VALUES ?x {} } VALUES ?y { 1 } }"
    filled = fill_values(text, {"x": [URIRef("urn:b"), Literal("c")]})
    assert filled.count('VALUES ?x { <urn:b> "c" }') == 2 and "VALUES ?y { 1 }" in filled
    assert "VALUES ?x { UNDEF }" in fill_values(text, {"x": []})


def test_several_variables_rows_with_undef() -> None:
    text = "SELECT * { VALUES (?group ?at) { (UNDEF \"2026-03-12\") } }"
    filled = fill_values(text, {("group", "at"): [(None, Literal("2025-01-01")), (URIRef("urn:g"), Literal("x"))]})
    assert 'VALUES (?group ?at) { (UNDEF "2025-01-01") (<urn:g> "x") }' in filled


def test_a_missing_block_is_an_error_naming_the_query() -> None:
    with pytest.raises(ValueError, match="validation_seats.rq: no 'VALUES \\?nosuch"):
        render("validation_seats.rq", values={"nosuch": [URIRef("urn:a")]})


def test_the_as_of_rule_writes_its_pairs_as_bind_blocks() -> None:
    """The as-of rule's (body, date) pairs go in as BIND blocks joined by UNION, not a VALUES block
    (Virtuoso 7.2 miscompiles that one: queries/asof_memberships.rq), and a term that could break out
    of its place is refused."""
    text = asof_pairs_query([(None, "2026-03-12"), (URIRef("urn:g"), "2025-12-11")])
    assert '{ BIND ("2026-03-12" AS ?at) }\n  UNION { BIND (<urn:g> AS ?group) BIND ("2025-12-11" AS ?at) }' in text
    assert "VALUES" not in text.split("SELECT", 1)[1]
    with pytest.raises(ValueError):
        asof_pairs_query([(URIRef("urn:g> } DROP ALL #"), "2026-03-12")])
    with pytest.raises(ValueError):
        asof_pairs_query([(None, '2026-03-12" } DROP ALL #')])
