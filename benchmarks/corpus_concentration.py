"""How busy the busiest institution, signatory and event of the annotated corpora are.

The "corpus" shape of bench_queries.py is set to about twice these shares, so that the hub
its queries are timed at is busier than any the annotated reports show.

Run:  python benchmarks/corpus_concentration.py [tests/corpus]
Names are compared after lowercasing and folding punctuation, so "Centre"/"Center" variants
count apart (which makes the shares a little low, not high).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path


def _key(name: str) -> str:
    return re.sub(r"\W+", " ", name.lower()).strip()


def concentration(root: Path) -> dict[str, tuple[str, int, int]]:
    """Per measure: the busiest name, its count and the total it is a share of."""
    named: Counter[str] = Counter()
    party: Counter[str] = Counter()
    signs: Counter[str] = Counter()
    events: Counter[str] = Counter()
    reports = agreements = 0
    for path in sorted(root.rglob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        reports += 1
        inst = {i["id"]: _key(i["name"]) for i in gold.get("institutions", [])}
        people = {p["id"]: _key(p["name"]) for p in gold.get("people", [])}
        named.update(set(inst.values()))
        events.update({_key(e["name"]) for e in gold.get("events", [])})
        for agreement in gold.get("agreements", []):
            agreements += 1
            party.update({inst[i] for i in agreement.get("parties", []) if i in inst})
            signs.update({people[p] for p in agreement.get("signatories", []) if p in people})
    out = {}
    for label, counter, total in (("institution named in reports", named, reports),
                                  ("institution party to agreements", party, agreements),
                                  ("signatory of agreements", signs, agreements),
                                  ("event reported in reports", events, reports)):
        name, count = counter.most_common(1)[0] if counter else ("", 0)
        out[label] = (name, count, total)
    return out


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/corpus")
    print("| busiest | name | count | of | share |\n|---|---|---:|---:|---:|")
    for label, (name, count, total) in concentration(root).items():
        print(f"| {label} | {name} | {count} | {total} | {count / max(total, 1):.2%} |")


if __name__ == "__main__":
    main()
