"""Entity resolution across reports, suspects, and undoable merges."""

from __future__ import annotations

import json

import pytest

from medcoop.errors import MedcoopError
from medcoop.facts import Facts
from medcoop.graph.curation import CurationError, merge, merges, unmerge
from medcoop.graph.mapping import ReportMeta
from medcoop.graph.resolve import Resolver, keys, stripped, suspects
from medcoop.loaders import load_paths

BASE = "https://w3id.org/medcoop/id/institution/"


def report(tmp_path, name: str, *institutions: dict, agreements=()) -> object:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps({"institutions": list(institutions),
                                "agreements": list(agreements)}), encoding="utf-8")
    return path


def inst(id_, name, country=None, aliases=(), kind="research-center") -> dict:
    return {"id": id_, "name": name, "country": country, "aliases": list(aliases), "kind": kind}


def nodes(store) -> list[str]:
    rows = store.query("SELECT DISTINCT ?x WHERE { ?x a mc:Institution } ORDER BY ?x")
    return [r["x"].value for r in rows]


def test_stripped_drops_generic_lead_and_country_tail() -> None:
    assert stripped("Republican Scientific Oncological Center of the Republic of Tajikistan") \
        == "scientific-oncological-center"
    assert stripped("National Medical Research Center of Cardiology") == \
        "medical-research-center-of-cardiology"
    assert keys(["SCPCS"], "KZ") == {"a:SCPCS@KZ"}
    assert keys(["SCPCS"], None) == set()
    assert keys(["Republican Oncology Center"], "TJ") == {
        "n:republican-oncology-center", "s:oncology-center@TJ"}


def test_reports_naming_one_institution_differently_meet_in_one_node(store, tmp_path) -> None:
    load_paths(store, [
        report(tmp_path, "a", inst("s", "Scientific Center of Pediatrics and Children's Surgery",
                                   "KZ", ["SCPCS"]),
               inst("r", "Republican Scientific Oncological Center of the Republic of Tajikistan",
                    "TJ")),
        report(tmp_path, "b", inst("x", "SCPCS", "KZ"),
               inst("y", "Scientific Oncological Center", "TJ")),
        report(tmp_path, "c", inst("z", "The Scientific Centre of Pediatrics and Children's "
                                        "Surgery")),
    ])
    assert nodes(store) == [
        BASE + "republican-scientific-oncological-center-of-the-republic-of-tajikistan-tj",
        BASE + "scientific-center-of-pediatrics-and-children-s-surgery-kz"]
    # Each report keeps the name it used, in its own graph: the evidence of the join.
    assert store.facts(store.minter.report("b.json")).institutions[0].name == "SCPCS"


def test_same_name_in_two_countries_stays_two_nodes(store, tmp_path) -> None:
    load_paths(store, [report(tmp_path, "a", inst("m", "Ministry of Health", "KZ")),
                       report(tmp_path, "b", inst("m", "Ministry of Health", "TJ"))])
    assert nodes(store) == [BASE + "ministry-of-health-kz", BASE + "ministry-of-health-tj"]


def test_an_ambiguous_name_joins_neither_candidate(store, tmp_path) -> None:
    load_paths(store, [report(tmp_path, "a", inst("m", "Ministry of Health", "KZ")),
                       report(tmp_path, "b", inst("m", "Ministry of Health", "TJ")),
                       report(tmp_path, "c", inst("m", "Ministry of Health"))])
    assert nodes(store) == [BASE + "ministry-of-health", BASE + "ministry-of-health-kz",
                            BASE + "ministry-of-health-tj"]


def test_an_acronym_without_a_country_is_not_joined(store, tmp_path) -> None:
    load_paths(store, [report(tmp_path, "a", inst("n", "Nursing and Midwifery Council of Ghana",
                                                  "GH", ["NMC"])),
                       report(tmp_path, "b", inst("n", "NMC"))])
    assert nodes(store) == [BASE + "nmc", BASE + "nursing-and-midwifery-council-of-ghana-gh"]


def test_resolver_prefers_the_minted_node_when_it_exists(store) -> None:
    facts = Facts.from_dict({"institutions": [inst("a", "Hyundai Hospital", "KR")]})
    store.put_report(facts, ReportMeta(iri=store.minter.report("x")))
    assert Resolver(store.oxigraph, store.minter).resolve(facts) == \
        {"a": BASE + "hyundai-hospital-kr"}


def test_suspects_list_doubtful_pairs(store, tmp_path) -> None:
    load_paths(store, [
        report(tmp_path, "a", inst("k", "Kyrgyz State Medical Academy named after I.K. Akhunbaev",
                                   "KG", ["KSMA"], "university"),
               inst("t", "Ankara University", "TR", kind="university")),
        report(tmp_path, "b", inst("k", "I.K. Akhunbaev Kyrgyz State Medical Academy", "KG",
                                   kind="university"),
               inst("h", "Ankara University Ibni Sina Hospital", "TR", kind="hospital"),
               inst("u", "Ankara University", "KZ", kind="university")),
    ])
    found = [(s.label_a, s.label_b, s.reason, s.score) for s in suspects(store.oxigraph)]
    assert found == [
        ("I.K. Akhunbaev Kyrgyz State Medical Academy",
         "Kyrgyz State Medical Academy named after I.K. Akhunbaev",
         "one name's words are all in the other", 0.85),
        ("Ankara University Ibni Sina Hospital", "Ankara University",
         "one name's words are all in the other", 0.7),
    ]


def test_merge_moves_statements_and_undo_restores_them_exactly(store, tmp_path) -> None:
    a = report(tmp_path, "a", inst("k", "KSMA Kyrgyz Academy", "KG"), inst("t", "Tabriz U", "IR"),
               agreements=[{"kind": "memorandum", "parties": ["k", "t"]}])
    b = report(tmp_path, "b", inst("k", "Kyrgyz State Medical Academy", "KG"),
               inst("t", "Tabriz U", "IR"))
    load_paths(store, [a, b])
    before = set(store.quads())
    keep, drop = BASE + "kyrgyz-state-medical-academy-kg", BASE + "ksma-kyrgyz-academy-kg"
    result = merge(store, keep, drop)
    assert result.moved == 8  # 7 statements about the node, 1 naming it as a party
    assert drop not in nodes(store) and keep in nodes(store)
    party = store.query("SELECT ?p WHERE { ?a mc:party ?p } ORDER BY ?p")
    assert [r["p"].value for r in party] == [keep, BASE + "tabriz-u-ir"]
    assert [(m[1], m[2]) for m in merges(store)] == [(keep, drop)]
    # The report that used the merged name still reads back under its own name.
    assert [i.name for i in store.facts(store.minter.report("a.json")).institutions] == [
        "KSMA Kyrgyz Academy", "Tabriz U"]
    assert unmerge(store, drop) == result.record
    assert set(store.quads()) == before
    assert merges(store) == []


def test_merge_refusals(store, tmp_path) -> None:
    load_paths(store, [report(tmp_path, "a", inst("k", "Kyrgyz Academy", "KG"),
                              inst("t", "Tabriz U", "IR"))])
    keep = BASE + "kyrgyz-academy-kg"
    with pytest.raises(CurationError, match="with itself"):
        merge(store, keep, keep)
    with pytest.raises(CurationError, match=r"no node <https://example\.org/x> in the store"):
        merge(store, keep, "https://example.org/x")
    country = "https://w3id.org/medcoop/id/country/KG"
    with pytest.raises(CurationError, match="different kinds"):
        merge(store, keep, country)
    with pytest.raises(CurationError, match="no recorded merge involves"):
        unmerge(store, keep)
    assert issubclass(CurationError, MedcoopError)


def test_undo_is_refused_after_the_report_is_reloaded(store, tmp_path) -> None:
    a = report(tmp_path, "a", inst("k", "Kyrgyz Academy", "KG"), inst("t", "Tabriz U", "IR"))
    b = report(tmp_path, "b", inst("k", "Kyrgyz State Academy", "KG"))
    load_paths(store, [a, b])
    merge(store, BASE + "kyrgyz-academy-kg", BASE + "kyrgyz-state-academy-kg")
    # The new version of the report lists another institution first.
    b.write_text(json.dumps({"institutions": [inst("q", "Qazaq U", "KZ"),
                                              inst("k", "Kyrgyz State Academy", "KG")]}),
                 encoding="utf-8")
    load_paths(store, [b])  # the reloaded report joins the kept node by its merged name
    assert BASE + "kyrgyz-state-academy-kg" not in nodes(store)
    with pytest.raises(CurationError, match="graphs changed since this merge"):
        unmerge(store, BASE + "kyrgyz-state-academy-kg")


def test_cli_entities_merge_unmerge(run, tmp_path) -> None:
    run("load", report(tmp_path, "a", inst("k", "Kyrgyz Academy", "KG")),
        report(tmp_path, "b", inst("k", "Kyrgyz State Academy", "KG")))
    listed = [json.loads(line) for line in run("entities", "--json").stdout.splitlines()]
    assert listed == [
        {"iri": BASE + "kyrgyz-academy-kg", "label": "Kyrgyz Academy", "country": "KG",
         "reports": 1},
        {"iri": BASE + "kyrgyz-state-academy-kg", "label": "Kyrgyz State Academy",
         "country": "KG", "reports": 1}]
    merged = run("merge", BASE + "kyrgyz-academy-kg", BASE + "kyrgyz-state-academy-kg")
    assert merged.exit_code == 0 and merged.stdout.startswith(
        f"Merged <{BASE}kyrgyz-state-academy-kg> into <{BASE}kyrgyz-academy-kg>: 7 statements")
    assert len(run("entities", "--json").stdout.splitlines()) == 1
    assert run("unmerge", BASE + "kyrgyz-state-academy-kg").exit_code == 0
    assert len(run("entities", "--json").stdout.splitlines()) == 2
    bad = run("unmerge", BASE + "nothing")
    assert bad.exit_code == 2 and bad.stderr.startswith("Error: no recorded merge involves")
