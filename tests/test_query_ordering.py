"""The closing ORDER BY that medcoop carries out in Python (medcoop/queries/ordering.py): which
queries it takes, the order it gives, and that the results read as the store's own do."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from medcoop.queries.ordering import SortedSolutions, split_order, term_key
from medcoop.queries.results import is_graph, render
from medcoop.queries.runner import LocalEngine

EX = "http://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.mark.parametrize(("query", "keys"), [
    ("SELECT ?a WHERE { ?a ?p ?o } ORDER BY ?a", [("a", False)]),
    ("# t\nPREFIX x: <http://x/>\nSELECT ?a ?b WHERE { ?a ?p ?b }\nORDER BY DESC(?b) ?a\n",
     [("b", True), ("a", False)]),
    ("SELECT ?a WHERE { ?a ?p ?o } order by asc(?a) $b", [("a", False), ("b", False)]),
])
def test_a_closing_order_by_of_variables_is_taken_off(query: str,
                                                     keys: list[tuple[str, bool]]) -> None:
    split = split_order(query)
    assert split is not None
    head, got = split
    assert got == keys
    assert "ORDER" not in head.upper().split("}")[-1]


@pytest.mark.parametrize("query", [
    "SELECT ?a WHERE { ?a ?p ?o } ORDER BY ?a LIMIT 10",  # the store must sort to cut
    "SELECT ?a WHERE { { SELECT ?a WHERE { ?a ?p ?o } ORDER BY ?a } }",  # a subquery's
    "SELECT ?a WHERE { ?a ?p ?o } ORDER BY STR(?a)",  # an expression
    "SELECT ?a WHERE { ?a ?p ?o } # ORDER BY ?a",  # a comment
    "CONSTRUCT { ?a ?p ?o } WHERE { ?a ?p ?o } ORDER BY ?a",  # a graph has no order
    "SELECT ?a WHERE { ?a ?p \"}\" } ORDER BY ?a",  # a brace in a string: the store sorts
])
def test_other_orders_are_left_to_the_store(query: str) -> None:
    assert split_order(query) is None


def test_the_order_of_kinds_and_values() -> None:
    values = [
        ox.Literal("b"), ox.Literal("10", datatype=ox.NamedNode(XSD + "integer")),
        ox.NamedNode(EX + "b"), None, ox.Literal("a"), ox.BlankNode("x"),
        ox.Literal("2", datatype=ox.NamedNode(XSD + "integer")), ox.NamedNode(EX + "a"),
        ox.Literal("2023-05-01", datatype=ox.NamedNode(XSD + "date")),
        ox.Literal("2023", datatype=ox.NamedNode(XSD + "gYear")),
        ox.Literal("2023-05", datatype=ox.NamedNode(XSD + "gYearMonth")),
        ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean")),
        ox.Literal("false", datatype=ox.NamedNode(XSD + "boolean")),
    ]
    ordered = sorted(values, key=term_key)
    assert [None if t is None else t.value for t in ordered] == [
        None, "x", EX + "a", EX + "b", "2", "10", "false", "true", "a", "b",
        "2023", "2023-05", "2023-05-01"]


@pytest.fixture
def engine() -> LocalEngine:
    store = ox.Store()
    rows = [("a", "Alpha", 3), ("b", "beta", 10), ("c", "Gamma", 3), ("d", "Delta", None)]
    for key, label, n in rows:
        node = ox.NamedNode(EX + key)
        store.add(ox.Quad(node, ox.NamedNode(EX + "label"), ox.Literal(label)))
        if n is not None:
            store.add(ox.Quad(node, ox.NamedNode(EX + "n"),
                              ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer"))))
    return LocalEngine(store)


QUERY = (f"SELECT ?x ?label ?n WHERE {{ ?x <{EX}label> ?label . OPTIONAL {{ ?x <{EX}n> ?n }} }}"
         "\nORDER BY DESC(?n) ?label ?x")


def test_rows_come_in_the_order_the_store_gives(engine: LocalEngine) -> None:
    result = engine.run(QUERY, {})
    assert isinstance(result, SortedSolutions)
    assert not is_graph(result)
    assert [(r["label"].value, r["n"].value if r["n"] else None) for r in result] == [
        ("beta", "10"), ("Alpha", "3"), ("Gamma", "3"), ("Delta", None)]
    store_order = engine._query(QUERY, {})  # the same query, sorted by Oxigraph
    assert [tuple(map(str, r)) for r in result] == [tuple(map(str, r)) for r in store_order]


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv", "xml", "table"])
def test_sorted_rows_are_written_as_the_stores_are(engine: LocalEngine, fmt: str) -> None:
    ours = render(engine.run(QUERY, {}), fmt)
    theirs = render(engine._query(QUERY, {}), fmt)
    assert ours == theirs


def test_a_key_the_select_does_not_project_is_sorted_by_the_store(engine: LocalEngine) -> None:
    query = f"SELECT ?label WHERE {{ ?x <{EX}label> ?label }} ORDER BY DESC(?x)"
    result = engine.run(query, {})
    assert not isinstance(result, SortedSolutions)
    assert [r["label"].value for r in result] == ["Delta", "Gamma", "beta", "Alpha"]
