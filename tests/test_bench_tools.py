"""The parts of the query benchmark that decide what it measures: how busy the annotated
corpus's hubs are (benchmarks/corpus_concentration.py) and the Zipf draw that the synthetic
graph's "corpus" shape is set with."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from bench_queries import _Zipf, synthetic_reports  # noqa: E402
from corpus_concentration import concentration  # noqa: E402


def _gold(path: Path, institutions: list[str], agreements: list[tuple[list[str], list[str]]],
          events: list[str]) -> None:
    ids = {name: f"i{k}" for k, name in enumerate(institutions)}
    people = sorted({p for _, signers in agreements for p in signers})
    pids = {name: f"p{k}" for k, name in enumerate(people)}
    path.write_text(json.dumps({
        "document": {"title": "t", "published": None, "publisher": None},
        "institutions": [{"id": ids[n], "name": n, "aliases": [], "country": None,
                          "kind": "university"} for n in institutions],
        "people": [{"id": pids[n], "name": n, "aliases": [], "positions": []} for n in people],
        "events": [{"id": f"e{k}", "name": n} for k, n in enumerate(events)],
        "agreements": [{"kind": "memorandum", "parties": [ids[p] for p in parties],
                        "signatories": [pids[s] for s in signers]}
                       for parties, signers in agreements],
        "agreement_counts": []}), encoding="utf-8")


def test_the_busiest_of_each_kind_and_its_share(tmp_path: Path) -> None:
    _gold(tmp_path / "a.gold.json", ["Alpha University", "Beta Hospital"],
          [(["Alpha University", "Beta Hospital"], ["Cy Park"])], ["Health Forum"])
    _gold(tmp_path / "b.gold.json", ["Alpha  University", "Gamma Centre"],
          [(["Alpha  University", "Gamma Centre"], ["Ann Lee", "Bo Kim"]),
           (["Gamma Centre", "Alpha  University"], ["Bo Kim"])], ["Health Forum"])
    _gold(tmp_path / "c.gold.json", ["Gamma Centre"], [], [])
    assert concentration(tmp_path) == {
        # "Alpha  University" is folded to the same name: named in 2 of 3 reports
        "institution named in reports": ("alpha university", 2, 3),
        "institution party to agreements": ("alpha university", 3, 3),
        "signatory of agreements": ("bo kim", 2, 3),
        "event reported in reports": ("health forum", 2, 3),
    }


def test_zipf_weights_and_draws() -> None:
    zipf = _Zipf(4, 1.0)
    assert zipf.cum == pytest.approx([1.0, 1.5, 1.5 + 1 / 3, 1.5 + 1 / 3 + 0.25])

    class Fixed(random.Random):
        def __init__(self, value: float) -> None:
            super().__init__(0)
            self.value = value

        def random(self) -> float:
            return self.value

    total = zipf.cum[-1]
    # index k is drawn for a uniform value in (cum[k-1], cum[k]] / total
    assert [zipf(Fixed(v / total)) for v in (0.5, 1.0, 1.2, 1.7, 2.0)] == [0, 0, 1, 2, 3]


def test_the_corpus_shape_is_less_concentrated_than_the_extreme_one() -> None:
    def hub_share(shape: str) -> float:
        reports = synthetic_reports(400, shape=shape)
        with_hub = sum(any(i.name == "Institution 0" for i in facts.institutions)
                       for facts, _ in reports)
        return with_hub / len(reports)

    # seeded, so the same reports every run; at 6,500 reports the shares are 0.79 and 0.25
    # (fewer institutions to draw from make the corpus shape's hub busier here)
    extreme, corpus = hub_share("extreme"), hub_share("corpus")
    assert extreme > 0.7
    assert corpus < 0.6 * extreme
