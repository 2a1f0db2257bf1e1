"""Load and export benchmark: medcoop (Oxigraph on disk) against rdflib's in-memory store.

Writes a synthetic corpus (``medcoop synth``, seeded), then times, each in a fresh process (so
that the peak memory, ru_maxrss, is the work's own) and ``--repeat`` times:

* text load: every NAME.txt through ``load_paths`` (extract, resolve, store) into a new store;
  rdflib: the same files read and extracted one by one, the same quads added to a ``Dataset``;
* structured load: every NAME.gold.json (facts JSON), the same way;
* RDF load: the structured store exported as one N-Quads file, loaded into a new store;
  rdflib: ``Dataset.parse`` of that file;
* export: the structured store written as N-Quads; rdflib: ``Dataset.serialize``.

Run (from the repository root; MEDCOOP_JOBS sets the worker processes, default one per CPU):

    .venv/bin/python benchmarks/bench_load.py --reports 1000 --repeat 3

Prints a Markdown table of medians: seconds, reports/s, triples/s and peak MB per engine.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


# -- the work, each run in its own process ---------------------------------------------------

def _medcoop_load(files: list[Path], store: Path) -> int:
    from medcoop.graph.store import Store
    from medcoop.loaders import load_paths

    with Store(store) as s:
        summary = load_paths(s, files)
        assert not summary.failed, summary.failed[0].error
        return len(s)


def _rdflib_load(files: list[Path]) -> int:
    import rdflib

    from medcoop.graph.ids import Minter
    from medcoop.loaders import parse_file

    ds = rdflib.Dataset()
    minter = Minter()
    for path in files:
        for graph, quads in parse_file(path, minter).graphs.items():
            g = rdflib.URIRef(graph)
            ds.addN((_term(q.subject), _term(q.predicate), _term(q.object), g) for q in quads)
    return len(ds)


def _term(term: object) -> object:
    import pyoxigraph as ox
    import rdflib

    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    assert isinstance(term, ox.Literal)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def _medcoop_export(store: Path, out: Path) -> int:
    from medcoop.graph.store import Store

    with Store(store) as s, out.open("wb") as f:
        s.export(f, "nquads")
        return len(s)


def _rdflib_parse(nq: Path, out: Path | None) -> int:
    import rdflib

    ds = rdflib.Dataset()
    ds.parse(str(nq), format="nquads")
    if out is None:
        return len(ds)
    start = time.perf_counter()  # the export alone: parse time is not the work measured
    ds.serialize(str(out), format="nquads")
    return -int((time.perf_counter() - start) * 1e6)


def worker(task: str, args: list[str]) -> None:
    start = time.perf_counter()
    files = sorted(Path(args[0]).glob(args[1])) if task in ("medcoop-load", "rdflib-load") else []
    if task == "medcoop-load":
        count = _medcoop_load(files, Path(args[2]))
    elif task == "rdflib-load":
        count = _rdflib_load(files)
    elif task == "medcoop-export":
        count = _medcoop_export(Path(args[0]), Path(args[1]))
    elif task == "rdflib-parse":
        count = _rdflib_parse(Path(args[0]), None)
    else:  # rdflib-export
        count = _rdflib_parse(Path(args[0]), Path(args[1]))
    seconds = time.perf_counter() - start
    if count < 0:  # the timed part was measured inside
        seconds, count = -count / 1e6, 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "count": count, "peak_mb": peak}))


def measure(task: str, *args: object) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--worker", task, *map(str, args)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.splitlines()[-1])


# -- the driver ------------------------------------------------------------------------------

def median_of(repeat: int, task: str, *args: object, fresh: Path | None = None
              ) -> dict[str, float]:
    """Median of ``repeat`` runs; with ``fresh``, each run loads into a new store under it."""
    runs = []
    for _ in range(repeat):
        extra = [Path(tempfile.mkdtemp(dir=fresh)) / "store"] if fresh else []
        runs.append(measure(task, *args, *extra))
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], args.worker[1:])
        return

    from medcoop.synth import write_corpus

    tmp = Path(tempfile.mkdtemp(prefix="medcoop-bench-load-"))
    corpus = tmp / "corpus"
    write_corpus(corpus, args.reports, args.seed)
    rows = []
    for label, pattern in (("text reports", "*.txt"), ("structured reports", "*.gold.json")):
        ours = median_of(args.repeat, "medcoop-load", corpus, pattern, fresh=tmp)
        theirs = median_of(max(1, args.repeat // 2), "rdflib-load", corpus, pattern)
        rows.append((f"load {label}", args.reports, ours, theirs))
    store = tmp / "structured"
    measure("medcoop-load", corpus, "*.gold.json", store)
    nq = tmp / "all.nq"
    measure("medcoop-export", store, nq)
    ours = median_of(args.repeat, "medcoop-load", tmp, "all.nq", fresh=tmp)
    theirs = median_of(max(1, args.repeat // 2), "rdflib-parse", nq)
    rows.append(("load one N-Quads file", 0, ours, theirs))
    ours = median_of(args.repeat, "medcoop-export", store, tmp / "again.nq")
    theirs = median_of(max(1, args.repeat // 2), "rdflib-export", nq, tmp / "rdflib.nq")
    theirs["count"] = ours["count"]
    rows.append(("export N-Quads", 0, ours, theirs))

    print(f"{args.reports} synthetic reports (seed {args.seed}); medians of {args.repeat} runs "
          f"(rdflib: {max(1, args.repeat // 2)}), each in a fresh process\n")
    print("| work | triples | medcoop s | reports/s | triples/s | peak MB "
          "| rdflib s | triples/s | peak MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, reports, ours, theirs in rows:
        per_s = f"{reports / ours['seconds']:,.0f}" if reports else "–"
        print(f"| {name} | {ours['count']:,.0f} | {ours['seconds']:.2f} | {per_s} "
              f"| {ours['count'] / ours['seconds']:,.0f} | {ours['peak_mb']:,.0f} "
              f"| {theirs['seconds']:.2f} | {ours['count'] / theirs['seconds']:,.0f} "
              f"| {theirs['peak_mb']:,.0f} |")


if __name__ == "__main__":
    main()
