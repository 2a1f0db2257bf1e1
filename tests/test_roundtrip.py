"""facts → RDF → facts is lossless, through the store and through an exported file."""

from __future__ import annotations

import io
import json

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medcoop.facts import (
    AGREEMENT_KINDS,
    INSTITUTION_KINDS,
    Agreement,
    AgreementCount,
    Document,
    Event,
    Facts,
    Institution,
    Person,
    Position,
    sorted_sets,
)
from medcoop.graph.ids import slug
from medcoop.graph.mapping import ReportMeta
from medcoop.graph.store import Store
from medcoop.graph.validate import validate_store
from medcoop.loaders import load_paths

from .conftest import DEV, gold_files

GOLD = gold_files()


def test_every_gold_file_survives_store_export_and_an_independent_parser(tmp_path) -> None:
    with Store(None) as store:
        summary = load_paths(store, GOLD)
        assert [r.error for r in summary.failed] == []
        buf = io.BytesIO()
        store.export(buf, "trig")
        reports = {str(r.source): r.reports[0] for r in summary.loaded}

    # Parse the TriG with pyoxigraph's own parser into a fresh store (no medcoop code),
    # then validate it and read every report back.
    fresh = ox.Store()
    fresh.extend(ox.parse(buf.getvalue(), ox.RdfFormat.TRIG))
    reread = Store(None)
    reread._ox = fresh
    result = validate_store(reread)
    assert result.violations == []
    assert result.conforms is True
    assert len(reports) == len(GOLD)
    for path in GOLD:
        want = sorted_sets(json.loads(path.read_text(encoding="utf-8")))
        assert reread.facts(reports[str(path)]).to_dict() == want, path.name


def test_kazakh_days_export_holds_the_memorandum_and_the_count(tmp_path) -> None:
    with Store(None) as store:
        load_paths(store, [DEV / "kazakh-medicine-days-dushanbe.gold.json"])
        buf = io.BytesIO()
        store.export(buf, "trig")
    parsed = ox.Store()
    parsed.extend(ox.parse(buf.getvalue(), ox.RdfFormat.TRIG))
    rows = list(parsed.query("""
        PREFIX mc: <https://w3id.org/medcoop/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?a ?c1 ?c2 ?event ?city WHERE { GRAPH ?g {
          ?a a mc:Memorandum ; mc:party ?p1, ?p2 ; mc:signedAt ?e .
          ?p1 rdfs:label "Scientific Center of Pediatrics and Children's Surgery" ;
              mc:country/mc:isoCode ?c1 .
          ?p2 rdfs:label "Republican Scientific Oncological Center of the Republic of Tajikistan" ;
              mc:country/mc:isoCode ?c2 .
          ?e rdfs:label ?event ; mc:city/rdfs:label ?city .
        } }"""))
    assert [(r["c1"].value, r["c2"].value, r["event"].value, r["city"].value) for r in rows] \
        == [("KZ", "TJ", "Days of Kazakh Medicine in Tajikistan", "Dushanbe")]
    counts = list(parsed.query("""
        PREFIX mc: <https://w3id.org/medcoop/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?n ?event WHERE { GRAPH ?g { ?c mc:count ?n ; mc:atEvent/rdfs:label ?event } }"""))
    assert [(int(r["n"].value), r["event"].value) for r in counts] \
        == [(31, "Days of Kazakh Medicine in Tajikistan")]


# -- property: any valid facts round-trip --------------------------------------------------

names = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")),
                min_size=1, max_size=30).map(str.strip).filter(bool)
dates = st.dates().map(lambda d: d.isoformat())
month_days = st.dates().map(lambda d: d.strftime("%m-%d"))
codes = st.sampled_from(["KZ", "TJ", "UZ", "KG", "RU", "DE", "KR", "TR", None])


@st.composite
def facts(draw) -> Facts:
    n_inst = draw(st.integers(2, 5))
    inst_names = draw(st.lists(names, min_size=n_inst, max_size=n_inst,
                               unique_by=slug))
    institutions = [Institution(id=f"i{k}", name=name, aliases=draw(st.lists(names, max_size=2,
                                                                          unique=True)),
                                country=draw(codes), kind=draw(st.sampled_from(INSTITUTION_KINDS)))
                    for k, name in enumerate(inst_names)]
    person_names = draw(st.lists(names, max_size=3, unique_by=slug))
    people = []
    for k, name in enumerate(person_names):
        positions = draw(st.lists(st.builds(
            Position, title=st.one_of(st.none(), names),
            institution=st.sampled_from([i.id for i in institutions])), max_size=2,
            unique_by=lambda p: (p.title, p.institution)))
        people.append(Person(id=f"p{k}", name=name, positions=positions))
    # A place is one node per key (slug): "Almaty" and "ALMATY" are one city, stated with one
    # spelling, so the cities of one report are drawn from names with keys of their own.
    places = st.one_of(st.none(), st.sampled_from(draw(st.lists(names, min_size=1, max_size=3,
                                                                unique_by=slug))))
    events = [Event(id=f"e{k}", name=name, city=draw(places),
                    country=draw(codes), start=draw(st.one_of(st.none(), month_days, dates)),
                    year=draw(st.one_of(st.none(), st.integers(1990, 2030))))
              for k, name in enumerate(draw(st.lists(names, max_size=2,
                                                     unique_by=slug)))]
    agreements = [Agreement(
        kind=draw(st.sampled_from(AGREEMENT_KINDS)),
        parties=draw(st.lists(st.sampled_from([i.id for i in institutions]), min_size=2,
                              max_size=3, unique=True)),
        title=draw(st.one_of(st.none(), names)),
        signatories=draw(st.lists(st.sampled_from([p.id for p in people] or ["x"]),
                                  max_size=2, unique=True)) if people else [],
        event=draw(st.sampled_from([None, *[e.id for e in events]])),
        date=draw(st.one_of(st.none(), dates)), city=draw(places))
        for _ in range(draw(st.integers(0, 3)))]
    counts = [AgreementCount(count=draw(st.integers(1, 500)),
                             event=draw(st.sampled_from([None, *[e.id for e in events]])),
                             countries=sorted(set(draw(st.lists(codes.filter(bool),
                                                                max_size=2)))))
              for _ in range(draw(st.integers(0, 2)))]
    # A count at an event is identified by what it says (event, number, countries), so that
    # reports of the same "31 memorandums at the Days" meet in one node; the same count twice
    # in one report is therefore one fact (test_a_count_stated_twice_is_one_count).
    by_content = {(c.event, c.count, *c.countries) if c.event else n: c
                  for n, c in enumerate(counts)}
    counts = list(by_content.values())
    return Facts(Document(title=draw(st.one_of(st.none(), names)),
                          published=draw(st.one_of(st.none(), dates)),
                          publisher=draw(st.one_of(st.none(), names))),
                 institutions, people, events, agreements, counts)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(facts())
def test_any_valid_facts_round_trip(f: Facts) -> None:
    f.validate()
    with Store(None) as store:
        iri = store.minter.report("property.json")
        store.put_report(f, ReportMeta(iri=iri))
        first = len(store)
        store.put_report(f, ReportMeta(iri=iri))  # loading again replaces, adds nothing
        assert len(store) == first
        assert store.facts(iri).to_dict() == sorted_sets(f.to_dict())


@pytest.mark.parametrize("path", [DEV / "kazakh-medicine-days-dushanbe.gold.json"])
def test_evidence_round_trips(path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    data["institutions"][0]["evidence"] = [
        {"start": 4, "end": 58, "sentence": "The Scientific Center …", "confidence": 0.9}]
    data["agreements"][0]["evidence"] = [{"start": 0, "end": 120}]
    f = Facts.from_dict(data)
    with Store(None) as store:
        iri = store.minter.report(path.name)
        store.put_report(f, ReportMeta(iri=iri))
        back = store.facts(iri, evidence=True).to_dict(evidence=True)
    assert back["institutions"][0]["evidence"] == data["institutions"][0]["evidence"]
    assert back["agreements"][0]["evidence"] == [{"start": 0, "end": 120}]
    assert "evidence" not in back["institutions"][1]


def test_a_count_stated_twice_is_one_count() -> None:
    gold = json.loads((DEV / "kazakh-medicine-days-dushanbe.gold.json").read_text(encoding="utf-8"))
    assert len(gold["agreement_counts"]) == 1
    twice = dict(gold, agreement_counts=gold["agreement_counts"] * 2)
    with Store(None) as store:
        iri = store.minter.report("twice.json")
        store.put_report(Facts.from_dict(twice), ReportMeta(iri=iri))
        assert store.facts(iri).to_dict()["agreement_counts"] == gold["agreement_counts"]


def test_two_spellings_of_one_city_do_not_double_an_agreement() -> None:
    gold = json.loads((DEV / "kazakh-medicine-days-dushanbe.gold.json").read_text(encoding="utf-8"))
    gold["events"][0]["city"] = "Nur-Sultan"
    for agreement in gold["agreements"]:
        agreement["city"] = "Nur Sultan"  # the same place node, a second label
    with Store(None) as store:
        iri = store.minter.report("spellings.json")
        store.put_report(Facts.from_dict(gold), ReportMeta(iri=iri))
        back = store.facts(iri).to_dict()
    assert len(back["agreements"]) == len(gold["agreements"]) == 1
    assert back["agreements"][0]["parties"] == sorted(gold["agreements"][0]["parties"])
