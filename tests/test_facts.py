"""The facts model: the corpus JSON form in and out, and the rules it enforces."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from medcoop.errors import FactsError
from medcoop.facts import Facts, sorted_sets

from .conftest import DEV, gold_files

KAZ = json.loads((DEV / "kazakh-medicine-days-dushanbe.gold.json").read_text(encoding="utf-8"))


def test_every_corpus_is_present() -> None:
    sizes = {d: len(list(d.glob("*.gold.json"))) for d in DEV.parent.iterdir() if d.is_dir()}
    assert {d.name: n for d, n in sizes.items()} == {
        "dev": 13, "own": 21, "holdout": 23, "holdout2": 23, "holdout3": 25, "holdout4": 20,
        "holdout5": 20, "holdout6": 18, "holdout7": 10, "holdout8": 12, "holdout9": 16,
        "holdout10": 14, "holdout11": 14, "holdout12": 14, "holdout13": 12, "holdout14": 12,
        "holdout15": 14, "holdout16": 14, "holdout17": 14, "holdout18": 12,
        "holdout19": 12, "holdout20": 12, "holdout21": 12, "holdout22": 12, "holdout23": 12,
        "holdout24": 6, "holdout25": 12, "holdout26": 12, "holdout27": 12,
        "holdout28": 12, "holdout29": 10, "holdout30": 10, "holdout31": 10, "holdout32": 10,
        "holdout33": 10, "holdout34": 10, "holdout35": 10,
        "holdout36": 10, "holdout37": 10, "holdout38": 10,
        "holdout39": 10, "holdout40": 10, "holdout41": 10,
        "holdout42": 10, "holdout43": 10, "holdout44": 10,
        "holdout45": 10, "holdout46": 10, "holdout47": 10, "holdout48": 10,
        "holdout49": 10, "holdout50": 10, "holdout51": 10, "holdout52": 10,
        "holdout53": 10, "holdout54": 10, "holdout55": 10, "holdout56": 10,
        "holdout57": 10, "holdout58": 10, "holdout59": 10, "holdout60": 10,
        "holdout61": 10, "holdout62": 10, "holdout63": 10, "holdout64": 10,
        "holdout65": 10, "holdout66": 10, "holdout67": 10, "holdout68": 10,
        "holdout69": 10, "holdout70": 10, "holdout71": 10, "holdout72": 10,
        "holdout73": 10, "holdout74": 10, "holdout75": 10, "holdout76": 10,
        "holdout77": 10, "holdout78": 10, "holdout79": 10, "holdout80": 10,
        "holdout81": 10, "holdout82": 11, "holdout83": 10, "holdout84": 10,
        "holdout85": 10, "holdout86": 11, "holdout87": 10, "holdout88": 10,
        "holdout89": 10, "holdout90": 10, "holdout91": 10, "holdout92": 10,
        "holdout93": 10, "holdout94": 10}
    assert len(gold_files()) == sum(sizes.values())


@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.name)
def test_gold_json_parses_and_dumps_unchanged(path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert Facts.from_dict(data).to_dict() == data


def broken(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(KAZ)
    for dotted, value in changes.items():
        target = data
        *head, last = dotted.split("__")
        for key in head:
            target = target[int(key) if key.isdigit() else key]
        target[int(last) if last.isdigit() else last] = value
    return data


@pytest.mark.parametrize(("data", "path", "message"), [
    (broken(agreements__0__parties=["scpcs"]), ("agreements", 0, "parties"),
     "at least two different parties"),
    (broken(agreements__0__parties=["scpcs", "scpcs"]), ("agreements", 0, "parties"),
     "at least two different parties"),
    (broken(institutions__1__country="XX"), ("institutions", 1, "country"),
     "unknown country code 'XX'"),
    (broken(institutions__0__kind="clinic"), ("institutions", 0, "kind"),
     "unknown institution kind 'clinic'"),
    (broken(agreements__0__parties=["scpcs", "nobody"]), ("agreements", 0, "parties", 1),
     "refers to institution 'nobody'"),
    (broken(agreements__0__event="nothing"), ("agreements", 0, "event"),
     "refers to event 'nothing'"),
    (broken(agreements__0__kind="treaty"), ("agreements", 0, "kind"),
     "unknown agreement kind 'treaty'"),
    (broken(agreements__0__date="19.12.2019"), ("agreements", 0, "date"),
     "is not YYYY-MM-DD"),
    (broken(events__0__start="12/19"), ("events", 0, "start"), "or MM-DD without a year"),
    (broken(institutions__2__id="scpcs"), ("institutions", 2, "id"), "used twice"),
    (broken(people__0__positions=[{"title": None, "institution": None}]),
     ("people", 0, "positions", 0), "needs a title, an institution or both"),
    (broken(agreement_counts__0__count=0), ("agreement_counts", 0, "count"), "at least 1"),
    (broken(agreement_counts__0__count="many"), ("agreement_counts", 0, "count"),
     "whole number"),
    (broken(institutions__0__colour="red"), ("institutions", 0), "unknown field 'colour'"),
    (broken(people__1__name=""), ("people", 1, "name"), "must not be empty"),
])
def test_rule_breaks_name_the_path(data, path, message) -> None:
    with pytest.raises(FactsError) as err:
        Facts.from_dict(data)
    assert err.value.path == path
    assert message in err.value.message


def test_unknown_section_is_refused() -> None:
    with pytest.raises(FactsError, match="unknown section 'agreemnets'"):
        Facts.from_dict({"agreemnets": []})


def test_lower_case_country_codes_are_normalised() -> None:
    assert Facts.from_dict(broken(institutions__0__country="kz")).institutions[0].country == "KZ"


def test_sorted_sets_sorts_only_set_valued_lists() -> None:
    data = {"institutions": [{"id": "b", "aliases": ["Z", "A"]}, {"id": "a", "aliases": []}],
            "agreements": [{"parties": ["y", "x"], "signatories": ["q", "p"]}]}
    assert sorted_sets(data) == {
        "institutions": [{"id": "b", "aliases": ["A", "Z"]}, {"id": "a", "aliases": []}],
        "agreements": [{"parties": ["x", "y"], "signatories": ["p", "q"]}]}
