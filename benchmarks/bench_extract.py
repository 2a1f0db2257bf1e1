"""Benchmark of the text extractor.

Run from the repository root::

    .venv/bin/python benchmarks/bench_extract.py [--runs 50] [--corpus tests/corpus/dev]

Times ``extract()`` on every report of the corpus and on a ~3 KB report (the largest dev report,
padded to 3 KB), ``--runs`` times each after a warm-up, and prints median / p90 in ms per report
and reports per second. The baseline is the sentence splitter and tokenizer alone (the floor
that any rule set on top of them pays).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from medcoop.loaders.text import extract  # noqa: E402
from medcoop.loaders.text._sentences import sentences, tokens  # noqa: E402


def _baseline(text: str) -> object:
    return [tokens(s) for s in sentences(text)]


def _time(fn: Callable[[str], object], text: str, runs: int) -> list[float]:
    fn(text)  # warm-up (rules are loaded once)
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn(text)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _row(label: str, times: list[float]) -> str:
    times = sorted(times)
    med = statistics.median(times)
    p90 = times[min(len(times) - 1, int(0.9 * len(times)))]
    return f"{label:<52}{med:9.2f}{p90:9.2f}{1000 / med:10.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus" / "dev")
    args = parser.parse_args()
    reports = {p.stem: p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))}
    if not reports:
        print(f"no *.txt reports in {args.corpus}")
        return 1
    biggest = max(reports.values(), key=len)
    three_kb = biggest
    while len(three_kb.encode()) < 3000:
        three_kb += "\n" + biggest
    three_kb = three_kb.encode()[:3072].decode("utf-8", errors="ignore")
    print(f"{'report':<52}{'median':>9}{'p90':>9}{'rep/s':>10}   (ms per report)")
    all_times: list[float] = []
    for name, text in reports.items():
        times = _time(extract, text, args.runs)
        all_times += times
        print(_row(f"{name[:40]} ({len(text)} B)", times))
    print(_row("ALL dev reports", all_times))
    print(_row(f"~3 KB report ({len(three_kb.encode())} B)", _time(extract, three_kb, args.runs)))
    print(_row("baseline: split+tokenize, ~3 KB", _time(_baseline, three_kb, args.runs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
