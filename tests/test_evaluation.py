"""The scorer on small hand-made prediction/gold pairs with exactly known scores."""

from __future__ import annotations

from typing import Any

import pytest

from medcoop.evaluation import (
    max_matching,
    normalize,
    person_key,
    score_corpus,
    score_report,
)


def inst(
    id_: str,
    name: str,
    aliases: list[str] | None = None,
    country: str | None = None,
    kind: str = "other",
) -> dict[str, Any]:
    return {"id": id_, "name": name, "aliases": aliases or [], "country": country, "kind": kind}


def person(
    id_: str,
    name: str,
    aliases: list[str] | None = None,
    positions: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    return {"id": id_, "name": name, "aliases": aliases or [], "positions": positions or []}


def report(**parts: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "document": {},
        "institutions": [],
        "people": [],
        "events": [],
        "agreements": [],
        "agreement_counts": [],
    }
    base.update(parts)
    return base


def test_normalize() -> None:
    assert normalize("  Children’s   Surgery ") == "children's surgery"
    assert normalize("«Kulakov»") == '"kulakov"'
    assert normalize("ＳＣＰＣＳ") == "scpcs"


def test_person_key_forms() -> None:
    assert person_key("O. Abishev") == ("abishev", "o")
    assert person_key("Abishev O.") == ("abishev", "o")
    assert person_key("Olzhas Abishev") == ("abishev", "o")
    assert person_key("Boranbaeva R.Z.") == ("boranbaeva", "rz")
    assert person_key("Abishev") is None


def test_max_matching_beats_greedy() -> None:
    # pred 0 fits gold 0 and 1, pred 1 only gold 0: greedy would match 1 pair, maximum is 2.
    edges = {(0, 0), (0, 1), (1, 0)}
    m = max_matching(2, 2, lambda p, g: (p, g) in edges)
    assert len(m) == 2
    assert m == {0: 1, 1: 0}


def test_institutions_prf_and_accuracy() -> None:
    gold = report(
        institutions=[
            inst("a", "Alpha University", ["AU"], "KZ", "university"),
            inst("b", "Beta Hospital", [], "TJ", "hospital"),
        ]
    )
    pred = report(
        institutions=[
            inst("x", "AU", [], "KZ", "university"),
            inst("y", "Gamma Center", [], None, "research-center"),
        ]
    )
    s = score_report(pred, gold)
    prf = s.prf["institutions"]
    assert (prf.tp, prf.fp, prf.fn) == (1, 1, 1)
    assert prf.precision == 0.5 and prf.recall == 0.5 and prf.f1 == 0.5
    assert s.accuracy["institution_country"].value == 1.0
    assert s.accuracy["institution_kind"].value == 1.0
    assert s.misses == ["institutions: 'Beta Hospital'"]
    assert s.spurious == ["institutions: 'Gamma Center'"]


def test_people_match_on_surname_and_initials() -> None:
    gold = report(people=[person("p", "Olzhas Abishev")])
    pred = report(people=[person("q", "Abishev O.")])
    assert score_report(pred, gold).prf["people"].tp == 1
    pred2 = report(people=[person("q", "B. Abishev")])
    assert score_report(pred2, gold).prf["people"].tp == 0


def test_positions_pairs_and_title_accuracy() -> None:
    gold = report(
        institutions=[inst("a", "Alpha University")],
        people=[
            person(
                "p",
                "Ann Lee",
                positions=[
                    {"title": "Rector", "institution": "a"},
                    {"title": "Dean", "institution": "a"},
                ],
            )
        ],
    )
    pred = report(
        institutions=[inst("i1", "Alpha University")],
        people=[
            person(
                "x",
                "Ann Lee",
                positions=[
                    {"title": "rector", "institution": "i1"},
                    {"title": "Professor", "institution": None},
                ],
            )
        ],
    )
    s = score_report(pred, gold)
    prf = s.prf["positions"]
    assert (prf.tp, prf.fp, prf.fn) == (1, 1, 1)
    assert s.accuracy["position_title"].value == 1.0


def test_agreements_by_party_sets() -> None:
    insts = [inst("a", "Alpha University"), inst("b", "Beta Hospital"), inst("c", "Gamma Center")]
    gold = report(
        institutions=insts,
        people=[person("p", "Ann Lee")],
        agreements=[
            {
                "kind": "memorandum",
                "parties": ["a", "b"],
                "signatories": ["p"],
                "event": None,
                "date": "2020-01-02",
            },
            {"kind": "memorandum", "parties": ["a", "b", "c"], "signatories": []},
        ],
    )
    pred = report(
        institutions=[inst("x", "Alpha University"), inst("y", "Beta Hospital")],
        people=[person("q", "A. Lee")],
        agreements=[
            {"kind": "agreement", "parties": ["y", "x"], "signatories": ["q"], "date": None},
            {"kind": "memorandum", "parties": ["x", "z"], "signatories": []},
        ],
    )
    s = score_report(pred, gold)
    prf = s.prf["agreements"]
    assert (prf.tp, prf.fp, prf.fn) == (1, 1, 1)
    assert s.accuracy["agreement_signatories"].value == 1.0
    assert s.accuracy["agreement_date"].value == 0.0
    assert s.accuracy["agreement_event"].value == 1.0


def test_agreement_counts_need_same_event() -> None:
    gold = report(
        events=[{"id": "e", "name": "Health Forum"}],
        agreement_counts=[{"event": "e", "count": 31, "countries": ["KZ"]}],
    )
    pred = report(
        events=[{"id": "f", "name": "health  forum"}],
        agreement_counts=[{"event": "f", "count": 31}, {"event": None, "count": 31}],
    )
    s = score_report(pred, gold)
    prf = s.prf["agreement_counts"]
    assert (prf.tp, prf.fp, prf.fn) == (1, 1, 0)
    assert s.prf["events"].f1 == 1.0


def test_hedged_spurious_counted_with_text() -> None:
    gold = report(institutions=[inst("a", "Alpha University"), inst("b", "Beta Hospital")])
    pred = report(
        institutions=[inst("a", "Alpha University"), inst("b", "Beta Hospital")],
        agreements=[{"kind": "memorandum", "parties": ["a", "b"]}],
    )
    text = "Alpha University and Beta Hospital plan to sign a memorandum."
    assert score_report(pred, gold, text=text, hedges=["plan to sign"]).hedged_spurious == 1
    assert score_report(pred, gold).hedged_spurious == 0


def test_corpus_micro_average() -> None:
    g = report(institutions=[inst("a", "Alpha University")])
    empty = report()
    total = score_corpus([(g, g), (empty, g)])
    prf = total.prf["institutions"]
    assert (prf.tp, prf.fp, prf.fn) == (1, 0, 1)
    assert prf.f1 == pytest.approx(2 / 3)
    assert len(total.reports) == 2
