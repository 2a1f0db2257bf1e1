"""The synthetic corpus: seeded to the byte, gold that loads and validates, long tails, variants."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from medcoop.errors import InputError
from medcoop.facts import Facts
from medcoop.synth import build_world, generate, write_corpus

REPORTS = 300


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, str, dict]]:
    return generate(REPORTS, seed=1)


def digest_of(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_two_runs_write_the_same_bytes_even_in_another_process(run, tmp_path) -> None:
    first = run("synth", "--reports", 120, "--out", tmp_path / "a")
    assert first.exit_code == 0
    assert first.stderr.startswith("Wrote 120 reports (")
    # Another interpreter with another string-hash seed: no set order may leak into the files.
    code = "import sys\nfrom medcoop.cli import main\nsys.argv[1:] = sys.argv[1:]\nmain()"
    subprocess.run([sys.executable, "-c", code, "synth", "--reports", "120", "--out",
                    str(tmp_path / "b")], check=True, capture_output=True,
                   env={**os.environ, "PYTHONHASHSEED": "12345"})
    a, b = digest_of(tmp_path / "a"), digest_of(tmp_path / "b")
    assert len(a) == 240
    assert a == b


def test_another_seed_writes_another_corpus(corpus) -> None:
    assert [t for _, t, _ in generate(20, seed=2)] != [t for _, t, _ in corpus[:20]]


def test_every_gold_file_loads_and_the_graph_validates(run, tmp_path) -> None:
    write_corpus(tmp_path / "c", 150, seed=3)
    gold = sorted((tmp_path / "c").glob("*.gold.json"))
    assert len(gold) == 150
    for path in gold:
        Facts.from_dict(json.loads(path.read_text(encoding="utf-8")))
    loaded = run("load", *gold)
    assert loaded.exit_code == 0, loaded.stderr
    assert loaded.stdout.startswith("Loaded 150 of 150 files: 150 report graphs")
    checked = run("validate", "--no-warnings")
    assert checked.exit_code == 0
    assert ": 0 violations" in checked.stdout


def test_gold_says_only_what_the_text_says(corpus) -> None:
    """Every name, alias, title and agreement title of the gold is written in its text."""
    missing = []
    for stem, text, gold in corpus:
        for section in ("institutions", "people", "events"):
            for entity in gold[section]:
                missing += [(stem, n) for n in (entity["name"], *entity["aliases"])
                            if n not in text]
        missing += [(stem, pos["title"]) for person in gold["people"]
                    for pos in person["positions"] if pos["title"] not in text]
        missing += [(stem, a["title"]) for a in gold["agreements"] if a["title"] not in text]
        missing += [(stem, a["city"]) for a in gold["agreements"]
                    if a["city"] and a["city"] not in text]
    assert missing == []


def test_the_distributions_have_long_tails(corpus) -> None:
    partners: Counter[str] = Counter()
    years: Counter[int] = Counter()
    for _, _, gold in corpus:
        names = {i["id"]: i["name"] for i in gold["institutions"]}
        for agreement in gold["agreements"]:
            if agreement["date"]:
                years[int(agreement["date"][:4])] += 1
            for party in agreement["parties"]:
                partners[names[party]] += len(agreement["parties"]) - 1
    counts = sorted(partners.values())
    assert (sum(len(g["agreements"]) for _, _, g in corpus), len(partners)) == (324, 150)
    assert (counts[-1], counts[len(counts) // 2]) == (25, 3)  # a few hubs, many with few
    assert (years[2008], years[2019], years[2020], years[2024]) == (5, 15, 5, 29)
    per_country = Counter(i.country for i in build_world(REPORTS, 1).institutions)
    assert per_country.most_common(3) == [("KZ", 43), ("UZ", 20), ("RU", 13)]
    assert min(per_country.values()) == 3


def test_names_come_in_variants_for_resolution_to_join(corpus) -> None:
    aliases = [a for _, _, g in corpus for i in g["institutions"] for a in i["aliases"]]
    people = [a for _, _, g in corpus for p in g["people"] for a in p["aliases"]]
    assert "NRIT" in aliases  # an acronym
    assert "Ministry of Health" in aliases  # a short form
    assert any(a.endswith(" of the Republic of Kazakhstan") for _, _, g in corpus
               for i in g["institutions"] for a in [i["name"]])  # a long official form
    assert sum(a.count(".") >= 1 and a.split()[0][0].isupper() for a in people) > 20
    scenarios = Counter(stem.split("-")[1] for stem, _, _ in corpus)
    assert scenarios == {"mou": 126, "visit": 60, "days": 50, "ministers": 40, "multi": 24}


def test_the_output_folder_must_be_new_or_empty(tmp_path) -> None:
    (tmp_path / "old.txt").write_text("x")
    with pytest.raises(InputError, match="the output folder is not empty"):
        write_corpus(tmp_path, 3)
