"""The store: identifiers, replacement, atomicity, persistence and the lock."""

from __future__ import annotations

import subprocess
import sys

import pyoxigraph as ox
import pytest

from medcoop.errors import StoreError
from medcoop.graph import store as store_module
from medcoop.graph.ids import Minter, base_from_env, slug
from medcoop.graph.store import Store, store_path
from medcoop.loaders import load_paths, parse_file

from .conftest import DEV

KAZ = DEV / "kazakh-medicine-days-dushanbe.gold.json"


def test_slug_normalises_case_quotes_article_and_spelling() -> None:
    assert slug("The Scientific Centre of Pediatrics and Children’s Surgery") == \
        slug("scientific center of pediatrics and children's surgery") == \
        "scientific-center-of-pediatrics-and-children-s-surgery"
    assert slug("Hanoi Orthopedics & Rehabilitation Hospital") == \
        "hanoi-orthopedics-and-rehabilitation-hospital"


def test_long_names_get_a_bounded_slug_with_a_hash() -> None:
    key = slug("Federal State Budgetary Institution " * 5)
    assert len(key) == 72 and key.startswith("federal-state-budgetary-institution-federal")


def test_base_iri_comes_from_option_then_environment(monkeypatch) -> None:
    monkeypatch.setenv("MEDCOOP_BASE", "http://example.org/kg")
    assert base_from_env() == "http://example.org/kg/"
    assert base_from_env("urn:x:") == "urn:x:/"
    with pytest.raises(ValueError, match="not an absolute IRI"):
        base_from_env("no scheme")
    assert Minter("http://example.org/kg/").institution("A B") == \
        "http://example.org/kg/institution/a-b"


def test_store_path_order(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("MEDCOOP_STORE", raising=False)
    assert str(store_path()) == "medcoop-store"
    monkeypatch.setenv("MEDCOOP_STORE", str(tmp_path / "env"))
    assert store_path() == tmp_path / "env"
    assert store_path(tmp_path / "opt") == tmp_path / "opt"


def test_same_institution_in_two_reports_is_one_node(store) -> None:
    load_paths(store, [KAZ, DEV / "samarkand-west-kazakhstan-rectors-visit.gold.json"])
    rows = list(store.query("SELECT ?x ?t (COUNT(DISTINCT ?g) AS ?n) "
                            "WHERE { GRAPH ?g { ?x a ?t } } GROUP BY ?x ?t",
                            substitutions={"x": ox.NamedNode(
                                store.minter.country("KZ")), "t": ox.NamedNode(
                                "https://w3id.org/medcoop/ontology#Country")}))
    assert int(rows[0]["n"].value) == 2  # KZ described in both report graphs, one node


def test_loading_twice_replaces_the_report_graph(store) -> None:
    load_paths(store, [KAZ])
    first = len(store)
    summary = load_paths(store, [KAZ])
    assert summary.results[0].replaced is True
    assert len(store) == first == 101


def test_failure_halfway_through_a_new_report_leaves_the_store_as_it_was(store) -> None:
    load_paths(store, [DEV / "tabriz-avicenna-planned-mou.gold.json"])
    before = set(store.quads())
    parsed = parse_file(KAZ, store.minter)
    quads = parsed.graphs[next(iter(parsed.graphs))]

    class Breaks(list):
        def __iter__(self):
            for n, q in enumerate(list.__iter__(self)):
                if n == len(self) // 2:
                    raise OSError("disk full")
                yield q

    with pytest.raises(StoreError, match="disk full"):
        store.replace_graphs({next(iter(parsed.graphs)): Breaks(quads)})
    assert set(store.quads()) == before


def test_failure_while_replacing_a_report_keeps_the_old_graph(store, monkeypatch) -> None:
    load_paths(store, [KAZ])
    before = set(store.quads())
    parsed = parse_file(KAZ, store.minter)
    real = store_module._replace_update
    # The update drops the graph and writes half of it, then fails (nothing listens on
    # port 9): Oxigraph must roll the whole update back.
    monkeypatch.setattr(store_module, "_replace_update", lambda graphs: real(
        {g: q[: len(q) // 2] for g, q in graphs.items()}) + " ;\nLOAD <http://127.0.0.1:9/x>")
    with pytest.raises(StoreError, match="could not write to the store"):
        store.replace_graphs(parsed.graphs)
    assert set(store.quads()) == before


def test_store_persists_on_disk(tmp_path) -> None:
    path = tmp_path / "s"
    with Store(path) as store:
        load_paths(store, [KAZ])
        n = len(store)
    with Store(path) as store:
        assert len(store) == n == 101
        assert store.report_iris() == [
            "https://w3id.org/medcoop/id/report/kazakh-medicine-days-dushanbe-gold-json"]


def test_a_second_process_is_told_who_holds_the_store(tmp_path) -> None:
    path = tmp_path / "s"
    with Store(path, command="medcoop load big/"):
        code = ("import sys\nfrom medcoop.graph.store import Store\n"
                "try:\n    Store(sys.argv[1])\nexcept Exception as e:\n    print(e)\n")
        out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                             text=True, check=True).stdout
    assert f"the store at {path} is in use by process" in out
    assert "(medcoop load big/, since" in out
    assert "wait until it finishes, or use another store with --store" in out


def test_a_file_is_not_a_store(tmp_path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(StoreError, match="is a file, not a store folder"):
        Store(tmp_path / "f")


def test_stats_count_distinct_nodes(store) -> None:
    load_paths(store, sorted(DEV.glob("*.gold.json")))
    assert store.stats().as_dict() == {
        "institutions": 45, "people": 36, "agreements": 19, "events": 4, "countries": 17,
        "reports": 13, "triples": 1161}


def test_stats_of_an_empty_store_are_zero(store) -> None:
    assert store.stats().as_dict() == {
        "institutions": 0, "people": 0, "agreements": 0, "events": 0, "countries": 0,
        "reports": 0, "triples": 0}


def union_matches_report_graphs(store) -> bool:
    ox_store = store.oxigraph
    named = {(q.subject, q.predicate, q.object) for q in ox_store
             if not isinstance(q.graph_name, ox.DefaultGraph)
             and q.graph_name.value != f"{store.minter.base}graph/curation"}
    default = {(q.subject, q.predicate, q.object)
               for q in ox_store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    return named == default and len(default) > 0


def test_default_graph_stays_the_union_of_the_report_graphs(store, tmp_path) -> None:
    from medcoop.graph.curation import merge, unmerge

    both = [KAZ, DEV / "samarkand-west-kazakhstan-rectors-visit.gold.json"]
    load_paths(store, both)
    assert union_matches_report_graphs(store)
    load_paths(store, both[:1])  # reload: its triples stay, the other report's stay too
    assert union_matches_report_graphs(store)
    base = "https://w3id.org/medcoop/id/institution/"
    merge(store, base + "ministry-of-health-of-the-republic-of-kazakhstan-kz",
          base + "scientific-center-of-pediatrics-and-children-s-surgery-kz")
    assert union_matches_report_graphs(store)
    unmerge(store, base + "scientific-center-of-pediatrics-and-children-s-surgery-kz")
    assert union_matches_report_graphs(store)
    store.remove_report(store.minter.report(KAZ.name))
    assert union_matches_report_graphs(store)
    kz = ox.NamedNode(store.minter.country("KZ"))
    assert list(store.oxigraph.quads_for_pattern(kz, None, None, ox.DefaultGraph()))  # Samarkand


def test_a_store_from_before_the_union_gets_it_on_open(tmp_path) -> None:
    path = tmp_path / "old"
    with Store(path) as store:
        load_paths(store, [KAZ])
        store.oxigraph.remove_graph(ox.DefaultGraph())  # what an older medcoop wrote
    with Store(path) as store:
        assert union_matches_report_graphs(store)
