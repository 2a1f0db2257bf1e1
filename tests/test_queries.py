"""Named queries: each on a small graph built for it, with its expected rows written out.

Facts are written here, mapped by the real mapping into an in-memory store, and queried
through the runner. Cells show IRIs without the data base (``institution/alpha-hospital-kz``),
agreements as ``agreement:<title>`` and counts as ``count:<figure>``, since their IRIs are
hashes. Cells joined by GROUP_CONCAT (no set order) are compared with their parts sorted.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from medcoop.errors import QueryError, QueryUsageError
from medcoop.facts import (
    Agreement,
    AgreementCount,
    Document,
    Event,
    Evidence,
    Facts,
    Institution,
    Person,
    Position,
)
from medcoop.graph.ids import DEFAULT_BASE
from medcoop.graph.mapping import ReportMeta
from medcoop.graph.store import Store
from medcoop.queries import LocalEngine, named_queries, named_query, parse_query, run_query
from medcoop.queries.runner import PARAM_TYPES, candidates

QUERIES = Path(__file__).parent.parent / "medcoop" / "queries"
JOINED = {"parties", "signatories", "detail"}  # GROUP_CONCAT columns


def load(store: Store, *reports: Facts) -> None:
    for n, facts in enumerate(reports):
        store.put_report(facts, ReportMeta(iri=f"{DEFAULT_BASE}report/r{n}",
                                           source_file=f"r{n}.json", loader="facts-json"))


def ask(store: Store, name: str, **params: str) -> list[tuple[str | None, ...]]:
    result = run_query(LocalEngine(store.oxigraph), named_query(name), params)
    names = [v.value for v in result.variables]
    labels = _short_names(store)
    return [tuple(_cell(s[n], n, labels) for n in names) for s in result]


def _short_names(store: Store) -> dict[str, str]:
    rows = store.query("SELECT DISTINCT ?x ?name WHERE { { ?x a mc:Agreement ; dcterms:title ?t . "
                       "BIND(CONCAT('agreement:', ?t) AS ?name) } UNION { ?x mc:count ?c . "
                       "BIND(CONCAT('count:', STR(?c)) AS ?name) } }")
    return {r["x"].value: r["name"].value for r in rows}


def _cell(term: ox.NamedNode | ox.Literal | None, column: str, names: dict[str, str]) -> str | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return names.get(term.value, term.value.removeprefix(DEFAULT_BASE))
    if column in JOINED:
        return "|".join(sorted(re.split(r"; |, ", term.value)))
    return term.value


def inst(id_: str, name: str, country: str | None, kind: str = "hospital",
         aliases: tuple[str, ...] = ()) -> Institution:
    return Institution(id=id_, name=name, country=country, kind=kind, aliases=list(aliases))


# A small world used by several tests: one event week in Kazakhstan with a master class,
# two reports, a domestic and a cross-border agreement, a count-only figure, text evidence.
def world() -> tuple[Facts, Facts]:
    r0 = Facts(
        document=Document(title="Health Week", published="2023-10-06", publisher="Press A"),
        institutions=[inst("alpha", "Alpha Hospital", "KZ", aliases=("AH",)),
                      inst("beta", "Beta University", "KR", "university"),
                      inst("gamma", "Gamma Ministry", "KZ", "ministry")],
        people=[Person(id="ann", name="Ann Lee",
                       positions=[Position(title="Rector", institution="beta", start="2020-01")]),
                Person(id="bob", name="Bob Kim",
                       positions=[Position(title="Director", institution="alpha")])],
        events=[Event(id="week", name="Health Week", country="KZ", city="Almaty",
                      start="2023-10-02", end="2023-10-06", year=2023),
                Event(id="class", name="Master Class", country="KZ", start="2023-10-03",
                      year=2023, part_of="week")],
        agreements=[Agreement(kind="memorandum", parties=["alpha", "beta"], title="memo",
                              signatories=["ann", "bob"], event="class", date="2023-10-05"),
                    Agreement(kind="plan", parties=["gamma", "alpha"], title="home plan",
                              date="2022-05")],
        agreement_counts=[AgreementCount(count=12, event="week", countries=["KZ", "KR"])],
    )
    r1 = Facts(
        document=Document(title="Beta signs", published="2024-01-10", publisher="Press B"),
        institutions=[inst("b", "Beta University", "KR", "university"),
                      inst("d", "Delta Clinic", "TJ")],
        people=[Person(id="ann", name="Ann Lee")],
        agreements=[Agreement(kind="contract", parties=["b", "d"], title="supply contract",
                              signatories=["ann"], date="2024",
                              evidence=[Evidence(10, 40, "Beta and Delta signed.", 0.9)])],
    )
    return r0, r1


@pytest.fixture
def w(store: Store) -> Store:
    load(store, *world())
    return store


# -- the folder and its headers ------------------------------------------------------------

def test_named_queries_are_the_rq_files_and_each_is_documented() -> None:
    files = sorted(p.stem for p in QUERIES.glob("*.rq") if not p.name.startswith("_"))
    assert list(named_queries()) == files
    documented = re.findall(r"^\| `([\w-]+)` \|", (QUERIES / "README.md").read_text(),
                            flags=re.MULTILINE)
    assert len(files) == len(documented) == 13
    assert sorted(documented) == files


def test_every_named_query_has_a_complete_header() -> None:
    for query in named_queries().values():
        assert query.title and query.description, query.name
        assert query.example.startswith(f"medcoop query {query.name}"), query.name
        for param in query.params:
            assert param.type in PARAM_TYPES and param.description, (query.name, param)
            # pyoxigraph binds only variables of the projection: check it is there.
            select = query.text[query.text.index("SELECT"):query.text.index("WHERE")]
            assert f"?{param.name}" in select, (query.name, param.name)


def test_every_named_query_runs_with_its_example_on_an_empty_store(store: Store) -> None:
    examples = {name: re.findall(r"--param (\w+)=(\"[^\"]*\"|\S+)", q.example)
                for name, q in named_queries().items()}
    for name, pairs in examples.items():
        params = {k: v.strip('"') for k, v in pairs}
        if named_query(name).params and any(
                p.type in ("institution", "person", "event") for p in named_query(name).params):
            params = {k: f"{DEFAULT_BASE}x/{k}" for k in params}  # IRIs: nothing to resolve
        assert ask(store, name, **params) == [], name


def test_header_parsing() -> None:
    query = parse_query("# title: T\n# description: one\n#   two\n"
                        "# param: a (date, optional) The day.\n# example: medcoop query x\n"
                        "SELECT ?a WHERE {}", "x")
    assert (query.title, query.description, query.example) == ("T", "one two",
                                                              "medcoop query x")
    assert [(p.name, p.type, p.optional, p.description) for p in query.params] == [
        ("a", "date", True, "The day.")]
    with pytest.raises(QueryError, match=r"x\.rq:1: a parameter line reads"):
        parse_query("# param: a (colour) nope\nSELECT * {}", "x")


# -- one test per named query --------------------------------------------------------------

def test_partners(w: Store) -> None:
    assert ask(w, "partners", institution="Alpha Hospital") == [
        ("institution/alpha-hospital-kz", "institution/beta-university-kr", "Beta University", "KR",
         "true", "agreement:memo", "Memorandum", "2023-10-05", "memo"),
        ("institution/alpha-hospital-kz", "institution/gamma-ministry-kz", "Gamma Ministry", "KZ",
         "false", "agreement:home plan", "Plan", "2022-05", "home plan"),
    ]


def test_partners_with_unknown_country_is_neither_home_nor_abroad(store: Store) -> None:
    load(store, Facts(institutions=[inst("a", "A Clinic", "UZ"), inst("b", "B Lab", None)],
                      agreements=[Agreement(kind="agreement", parties=["a", "b"], title="t")]))
    assert ask(store, "partners", institution="a clinic") == [
        ("institution/a-clinic-uz", "institution/b-lab", "B Lab", None, None, "agreement:t",
         "CooperationAgreement", None, "t")]


def test_country_agreements(w: Store) -> None:
    assert ask(w, "country-agreements", country_a="KZ", country_b="kr") == [
        ("country/KZ", "country/KR", "agreement:memo", "Memorandum", "2023-10-05", "memo",
         "event/master-class-2023", "Master Class",
         "Alpha Hospital (KZ)|Beta University (KR)", "Ann Lee|Bob Kim")]
    assert ask(w, "country-agreements", country_a="Kazakhstan", country_b="KZ") == [
        ("country/KZ", "country/KZ", "agreement:home plan", "Plan", "2022-05", "home plan",
         None, None, "Alpha Hospital (KZ)|Gamma Ministry (KZ)", None)]
    assert ask(w, "country-agreements", country_a="KZ", country_b="TJ") == []


def test_signed_by(w: Store) -> None:
    assert ask(w, "signed-by", person="ann lee") == [
        ("person/ann-lee", "agreement:memo", "Memorandum", "2023-10-05", "memo", "Master Class",
         "Alpha Hospital (KZ)|Beta University (KR)"),
        ("person/ann-lee", "agreement:supply contract", "Contract", "2024", "supply contract",
         None, "Beta University (KR)|Delta Clinic (TJ)"),
    ]


def test_signatories(w: Store) -> None:
    assert ask(w, "signatories", institution="Beta University") == [
        ("institution/beta-university-kr", "person/ann-lee", "Ann Lee", "Rector", "agreement:memo",
         "2023-10-05", "memo"),
        ("institution/beta-university-kr", "person/bob-kim", "Bob Kim", None, "agreement:memo",
         "2023-10-05", "memo"),
        ("institution/beta-university-kr", "person/ann-lee", "Ann Lee", "Rector",
         "agreement:supply contract", "2024", "supply contract"),
    ]


def test_most_connected(w: Store) -> None:
    assert ask(w, "most-connected") == [
        ("institution/alpha-hospital-kz", "Alpha Hospital", "KZ", "2", "1", "2"),
        ("institution/beta-university-kr", "Beta University", "KR", "2", "2", "2"),
        ("institution/delta-clinic-tj", "Delta Clinic", "TJ", "1", "1", "1"),
        ("institution/gamma-ministry-kz", "Gamma Ministry", "KZ", "1", "0", "1"),
    ]


def test_most_connected_in(w: Store) -> None:
    assert ask(w, "most-connected-in", country="KZ") == [
        ("country/KZ", "institution/alpha-hospital-kz", "Alpha Hospital", "2", "1", "2"),
        ("country/KZ", "institution/gamma-ministry-kz", "Gamma Ministry", "1", "0", "1"),
    ]


def test_people_at(store: Store) -> None:
    load(store, Facts(
        institutions=[inst("u", "Uni", "UZ", "university")],
        people=[Person(id="z", name="Zed", positions=[
                    Position(title="Rector", institution="u", start="2019", end="2024-06"),
                    Position(title="Professor", institution="u")]),
                Person(id="y", name="Yan", positions=[Position(title="Dean", institution="u")]),
                Person(id="x", name="Xi", positions=[Position(title="Minister",
                                                              institution=None)])]))
    assert ask(store, "people-at", institution="Uni") == [
        ("institution/uni-uz", "person/yan", "Yan", "Dean", None, None),
        ("institution/uni-uz", "person/zed", "Zed", "Professor", None, None),
        ("institution/uni-uz", "person/zed", "Zed", "Rector", "2019", "2024-06"),
    ]


def test_event(w: Store) -> None:
    assert ask(w, "event", event="health week") == [
        ("event/health-week-2023", "agreement", "agreement:memo", "memo", "2023-10-05"),
        ("event/health-week-2023", "agreement count", "count:12", "12", "KR|KZ"),
        ("event/health-week-2023", "participant", "institution/alpha-hospital-kz",
         "Alpha Hospital", "KZ"),
        ("event/health-week-2023", "participant", "institution/beta-university-kr",
         "Beta University", "KR"),
        ("event/health-week-2023", "signatory", "person/ann-lee", "Ann Lee", None),
        ("event/health-week-2023", "signatory", "person/bob-kim", "Bob Kim", None),
        ("event/health-week-2023", "sub-event", "event/master-class-2023", "Master Class",
         "2023-10-03"),
    ]


def test_agreements_per_year_marks_count_only_figures(w: Store) -> None:
    assert ask(w, "agreements-per-year") == [
        ("KR", "KZ", "2023", "1", "12"),
        ("KR", "TJ", "2024", "1", "0"),
    ]


def test_agreements_per_year_takes_the_event_year_and_counts_a_figure_once(
        store: Store) -> None:
    days = Event(id="days", name="Days", year=2021)
    count = AgreementCount(count=5, event="days", countries=["TJ", "KZ"])
    report = Facts(institutions=[inst("a", "A", "KZ"), inst("b", "B", "TJ")], events=[days],
                   agreements=[Agreement(kind="memorandum", parties=["a", "b"], event="days"),
                               Agreement(kind="memorandum", parties=["a", "b"], title="x")],
                   agreement_counts=[count])
    load(store, report, Facts(events=[days], agreement_counts=[count]))  # the count twice
    assert ask(store, "agreements-per-year") == [
        ("KZ", "TJ", None, "1", "0"),
        ("KZ", "TJ", "2021", "1", "5"),
    ]


def test_provenance(w: Store) -> None:
    assert ask(w, "provenance", node="institution:beta-university-kr") == [
        ("institution/beta-university-kr", "report/r0", "Health Week", "Press A", "2023-10-06",
         "r0.json", None, None, None, None),
        ("institution/beta-university-kr", "report/r1", "Beta signs", "Press B", "2024-01-10",
         "r1.json", None, None, None, None),
    ]
    contract = next(iri for iri, name in _short_names(w).items()
                    if name == "agreement:supply contract")
    assert ask(w, "provenance", node=contract) == [
        ("agreement:supply contract", "report/r1", "Beta signs", "Press B", "2024-01-10",
         "r1.json", "Beta and Delta signed.", "10", "40", "0.9")]


def test_no_partner_abroad(w: Store) -> None:
    extra = Facts(institutions=[inst("e", "Epsilon Lab", "KZ"), inst("f", "Phi Fund", None),
                                inst("g", "Gym", "UZ")],
                  agreements=[Agreement(kind="agreement", parties=["e", "f"], title="e-f")])
    load(w, *world(), extra)
    assert ask(w, "no-partner-abroad") == [
        ("country/KZ", "institution/epsilon-lab-kz", "Epsilon Lab", "1"),
        ("country/KZ", "institution/gamma-ministry-kz", "Gamma Ministry", "1"),
        ("country/UZ", "institution/gym-uz", "Gym", "0"),
    ]
    assert ask(w, "no-partner-abroad", country="UZ") == [
        ("country/UZ", "institution/gym-uz", "Gym", "0")]


def test_timeline(w: Store) -> None:
    assert ask(w, "timeline", country_a="KR", country_b="KZ") == [
        ("country/KR", "country/KZ", "2023-10-02", "agreement count", "count:12", None, "12",
         "Health Week"),
        ("country/KR", "country/KZ", "2023-10-05", "agreement", "agreement:memo", "memo", None,
         "Master Class"),
    ]


def test_timeline_item_without_an_event_meets_no_event(store: Store) -> None:
    # Two events exist; an agreement signed at none of them is one row with no event name.
    load(store, Facts(
        institutions=[inst("a", "Alpha Hospital", "KZ"), inst("b", "Beta Clinic", "TJ")],
        events=[Event(id="e1", name="Forum One", year=2020),
                Event(id="e2", name="Forum Two", year=2021)],
        agreements=[Agreement(kind="memorandum", title="memo", parties=["a", "b"],
                              date="2022-05-01")]))
    rows = ask(store, "timeline", country_a="KZ", country_b="TJ")
    assert len(rows) == 1
    assert rows[0][:4] + rows[0][5:] == (
        "country/KZ", "country/TJ", "2022-05-01", "agreement", "memo", None, None)


def test_search(w: Store) -> None:
    assert ask(w, "search", text="BETA") == [
        ("BETA", "institution/beta-university-kr", "institution", "Beta University", "KR")]
    assert ask(w, "search", text="ah") == [
        ("ah", "institution/alpha-hospital-kz", "institution", "Alpha Hospital", "KZ")]


# -- parameters ----------------------------------------------------------------------------

def test_injection_value_is_a_plain_value(w: Store) -> None:
    before = len(w)
    evil = '"> } ; DROP ALL ; #'
    assert ask(w, "search", text=evil) == []
    with pytest.raises(QueryUsageError, match="no institution named"):
        ask(w, "partners", institution=evil)
    with pytest.raises(QueryUsageError, match="is not a valid iri"):
        ask(w, "provenance", node=evil.replace(" ", ""))
    assert len(w) == before


def test_names_resolve_through_aliases_after_normalisation(w: Store) -> None:
    assert [c.iri for c in candidates(LocalEngine(w.oxigraph), "institution", " ah ")] == [
        f"{DEFAULT_BASE}institution/alpha-hospital-kz"]


def test_an_ambiguous_name_lists_the_candidates(store: Store) -> None:
    load(store, Facts(institutions=[inst("a", "Alpha Hospital", "KZ"),
                                    inst("b", "Alpha Clinic", "UZ", aliases=("Alpha Hospital",))]))
    with pytest.raises(QueryUsageError) as info:
        ask(store, "partners", institution="alpha hospital")
    assert str(info.value) == (
        f"2 institutions are named 'alpha hospital': <{DEFAULT_BASE}institution/alpha-clinic-uz> "
        f'"Alpha Clinic" (UZ); <{DEFAULT_BASE}institution/alpha-hospital-kz> "Alpha Hospital" '
        "(KZ); pass the IRI of the one you mean")


@pytest.mark.parametrize(("name", "params", "message"), [
    ("partners", {}, "partners needs --param institution=..."),
    ("partners", {"institution": "x", "colour": "red"}, "partners has no parameter 'colour'"),
    ("most-connected-in", {"country": "XX"}, "parameter country: 'XX' is not a valid country"),
    ("event", {"event": "Nowhere Fair"}, "no event named 'Nowhere Fair' in the store"),
])
def test_bad_parameters(w: Store, name: str, params: dict[str, str], message: str) -> None:
    with pytest.raises(QueryUsageError, match=re.escape(message)):
        ask(w, name, **params)


def test_typed_parameters_become_typed_literals(store: Store) -> None:
    query = parse_query("# param: d (date) D\n# param: n (integer) N\n# param: s (string) S\n"
                        "SELECT ?d ?n ?s WHERE {}")
    row = next(iter(run_query(LocalEngine(store.oxigraph), query,
                              {"d": "2023-10", "n": " 7", "s": "x"})))
    assert (str(row["d"]), str(row["n"]), str(row["s"])) == (
        '"2023-10"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>',
        '"7"^^<http://www.w3.org/2001/XMLSchema#integer>', '"x"')
    with pytest.raises(QueryUsageError, match="'2023-13-45' is not a valid date"):
        run_query(LocalEngine(store.oxigraph), query, {"d": "2023-13-45", "n": "1", "s": ""})
