"""How the annotated corpora place an institution whose name holds a known city.

For every institution of every ``*.gold.json`` under the given folders (default: each corpus
of ``tests/corpus``) whose name or alias holds a city of ``medcoop/data/cities.csv``, counts
whether the gold gives it no country, that city's country, or another one — the annotators'
convention that decides much of the reader's country accuracy.

Run:  .venv/bin/python benchmarks/country_conventions.py [FOLDER ...]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from medcoop.loaders.text import _geo  # noqa: E402

_CAPS = re.compile(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?")


def city_code(names: list[str]) -> str | None:
    """The country of the first known city in the names (one or two capitalised words)."""
    for name in names:
        for run in _CAPS.findall(name):
            for candidate in (run, run.split()[0]):
                if code := _geo.city_country(candidate):
                    return code
    return None


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:]] or sorted(
        d for d in (ROOT / "tests" / "corpus").iterdir() if d.is_dir())
    total: Counter[str] = Counter()
    print("| corpus | no country | the city's country | another |\n|---|---:|---:|---:|")
    for folder in folders:
        counts: Counter[str] = Counter()
        for gold in sorted(folder.glob("*.gold.json")):
            for inst in json.loads(gold.read_text(encoding="utf-8"))["institutions"]:
                code = city_code([inst["name"], *inst.get("aliases", [])])
                if code is None:
                    continue
                given = inst.get("country")
                counts["none" if given is None else "city" if given == code else "other"] += 1
        total.update(counts)
        print(f"| {folder.name} | {counts['none']} | {counts['city']} | {counts['other']} |")
    print(f"| all | {total['none']} | {total['city']} | {total['other']} |")


if __name__ == "__main__":
    main()
