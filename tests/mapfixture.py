"""A small store with known answers for the map tests: two reports, five institutions."""

from __future__ import annotations

from typing import Any

from medcoop.facts import Facts
from medcoop.graph.mapping import ReportMeta
from medcoop.graph.store import Store

BASE = "https://w3id.org/medcoop/id/"
KZ1 = BASE + "institution/almaty-city-hospital"
KZ2 = BASE + "institution/astana-medical-university"
TJ1 = BASE + "institution/dushanbe-research-center"  # "Centre" is spelt "center" in IRIs
KR1 = BASE + "institution/seoul-clinic"
XX = BASE + "institution/mystery-foundation"

XSS = '<img src=x onerror="window.__xss=1">'
XSS_SCRIPT = '</script><script>window.__xss=2</script>'

_INSTITUTIONS = {
    "kz1": {"id": "kz1", "name": "Almaty City Hospital", "country": "KZ", "kind": "hospital"},
    "kz2": {"id": "kz2", "name": "Astana Medical University", "country": "KZ",
            "kind": "university"},
    "tj1": {"id": "tj1", "name": "Dushanbe Research Centre", "country": "TJ",
            "kind": "research-center"},
    "kr1": {"id": "kr1", "name": "Seoul Clinic", "country": "KR", "kind": "hospital"},
    "xx": {"id": "xx", "name": "Mystery Foundation", "kind": "other"},
}
_DAYS = {"id": "days", "name": "Kazakh Medicine Days", "city": "Dushanbe", "country": "TJ",
         "start": "2023-05-10", "end": "2023-05-12", "year": 2023}


def _facts(title: str, institutions: list[str], agreements: list[dict[str, Any]],
           counts: list[dict[str, Any]]) -> Facts:
    return Facts.from_dict({
        "document": {"title": title, "published": "2024-01-05", "publisher": "Press office"},
        "institutions": [_INSTITUTIONS[i] for i in institutions],
        "people": [],
        "events": [_DAYS],
        "agreements": [{"signatories": [], "city": None, "event": None, "date": None, **a}
                       for a in agreements],
        "agreement_counts": counts,
    })


REPORT_A = _facts("Report A", ["kz1", "kz2", "tj1", "kr1", "xx"], [
    {"kind": "memorandum", "title": "training memorandum", "parties": ["kz1", "tj1"],
     "date": "2023-05-11", "event": "days"},
    {"kind": "agreement", "title": "research agreement", "parties": ["kz2", "tj1", "kr1"],
     "date": "2022-03"},
    {"kind": "contract", "title": "supply contract", "parties": ["kz1", "kr1"]},
    {"kind": "memorandum", "title": "local memorandum", "parties": ["kz1", "kz2"],
     "date": "2021"},
    {"kind": "plan", "title": "mystery plan", "parties": ["xx", "kr1"], "date": "2024-01-02"},
], [
    {"event": "days", "count": 31, "countries": ["KZ", "TJ"]},
    {"event": "days", "count": 14, "countries": ["KZ", "TJ", "KR"]},
])

REPORT_B = _facts("Report B", ["kz1", "tj1"], [
    {"kind": "memorandum", "title": "training memorandum", "parties": ["kz1", "tj1"],
     "date": "2023-05-11", "event": "days"},
    {"kind": "memorandum", "title": "second memorandum", "parties": ["kz1", "tj1"],
     "event": "days"},
], [])


def load_fixture(store: Store) -> None:
    for name, facts in (("a.json", REPORT_A), ("b.json", REPORT_B)):
        store.put_report(facts, ReportMeta(iri=store.minter.report(name), source_file=name,
                                           loader="facts-json"))


def load_xss(store: Store) -> None:
    """Two institutions whose names would run script if a page pasted them as HTML."""
    facts = Facts.from_dict({
        "document": {"title": XSS_SCRIPT, "published": None, "publisher": None},
        "institutions": [
            {"id": "a", "name": XSS, "country": "KZ", "kind": "hospital"},
            {"id": "b", "name": XSS_SCRIPT, "country": "TJ", "kind": "university"},
        ],
        "people": [], "events": [],
        "agreements": [{"kind": "memorandum", "title": XSS, "parties": ["a", "b"],
                        "signatories": [], "event": None, "date": "2024-02-02", "city": None}],
        "agreement_counts": [],
    })
    store.put_report(facts, ReportMeta(iri=store.minter.report("xss.json"),
                                       source_file="xss.json"))
