"""Load and export benchmark: medcoop (Oxigraph on disk) against rdflib's in-memory store.

Writes a synthetic corpus (``medcoop synth``, seeded), then times, each in a fresh process (so
that the peak memory, ru_maxrss, is the work's own) and ``--repeat`` times:

* text load: every NAME.txt through ``load_paths`` (extract, resolve, store) into a new store;
  rdflib: the same files read and extracted one by one, the same quads added to a ``Dataset``;
* structured load: every NAME.gold.json (facts JSON), the same way;
* RDF load: the structured store exported as one N-Quads file, loaded into a new store;
  rdflib: ``Dataset.parse`` of that file;
* export: the structured store written as N-Quads; rdflib: ``Dataset.serialize``;
* the ceiling: the same N-Quads file given to Oxigraph's bulk loader in a bare pyoxigraph
  store (named graphs only: no check, no union default graph, no journal).

``--scale 1000000 5000000`` adds, for each size, a corpus of about that many triples of facts
JSON (~64 per report) loaded, exported and reloaded as one N-Quads file, once per engine.

Run (from the repository root; MEDCOOP_JOBS sets the worker processes, default one per CPU):

    .venv/bin/python benchmarks/bench_load.py --reports 1000 --repeat 3
    .venv/bin/python benchmarks/bench_load.py --reports 1000 --repeat 1 --scale 1000000 5000000

Prints a Markdown table of medians: seconds, reports/s, triples/s, CPU seconds (the process
and its worker processes: on a shared machine, wall time depends on what else runs) and peak
MB (ru_maxrss of the process doing the work, not counting its worker processes).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TRIPLES_PER_REPORT = 64  # a synthetic facts JSON report, as quads in its graph
LOAD_AVERAGE = os.getloadavg()[0]


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


def _oxigraph_bulk(nq: Path, store: Path) -> int:
    """The ceiling: Oxigraph's own loader alone, on the file's named graphs only (no check,
    no union in the default graph, no journal)."""
    import pyoxigraph as ox

    s = ox.Store(str(store))
    s.bulk_load(path=nq, format=ox.RdfFormat.N_QUADS)
    s.flush()
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
    elif task == "oxigraph-bulk":
        count = _oxigraph_bulk(Path(args[0]), Path(args[1]))
    elif task == "rdflib-parse":
        count = _rdflib_parse(Path(args[0]), None)
    else:  # rdflib-export
        count = _rdflib_parse(Path(args[0]), Path(args[1]))
    seconds = time.perf_counter() - start
    if count < 0:  # the timed part was measured inside
        seconds, count = -count / 1e6, 0
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime
    print(json.dumps({"seconds": seconds, "count": count, "peak_mb": own.ru_maxrss / 1024,
                      "cpu": cpu}))


# The timed processes keep compiled bytecode, as an installed medcoop does (pip writes its .pyc
# files at install time): where PYTHONDONTWRITEBYTECODE is set, as on this project's machines,
# every run compiled medcoop's modules from source again (~0.1 s of each process's start). The
# cache sits in a folder of its own, so the run leaves no __pycache__ in the source tree.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
_ENV["PYTHONPYCACHEPREFIX"] = os.path.join(tempfile.gettempdir(), "medcoop-bench-pycache")


def measure(task: str, *args: object) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--worker", task, *map(str, args)],
                         check=True, capture_output=True, text=True, env=_ENV).stdout
    return json.loads(out.splitlines()[-1])


# -- the driver ------------------------------------------------------------------------------

def median_of(repeat: int, task: str, *args: object, fresh: Path | None = None
              ) -> dict[str, float]:
    """Median of ``repeat`` runs; with ``fresh``, each run loads into a new store under it
    (removed after the run: at millions of triples the stores fill the disk)."""
    runs = []  # repeat 0: not measured, an empty result
    for _ in range(repeat):
        folder = Path(tempfile.mkdtemp(dir=fresh)) if fresh else None
        runs.append(measure(task, *args, *([folder / "store"] if folder else [])))
        if folder:
            shutil.rmtree(folder)
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]} if runs else {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scale", type=int, nargs="*", default=[], metavar="TRIPLES",
                        help="also load, export and reload a corpus of about this many triples")
    parser.add_argument("--rdflib-max", type=int, default=10**12, metavar="TRIPLES",
                        help="no rdflib runs at a scale above this (they take many minutes)")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], args.worker[1:])
        return

    from medcoop.synth import write_corpus

    tmp = Path(tempfile.mkdtemp(prefix="medcoop-bench-load-"))
    corpus = tmp / "corpus"
    write_corpus(corpus, args.reports, args.seed)
    rdflib_repeat = max(1, args.repeat // 2)
    print(f"{args.reports} synthetic reports (seed {args.seed}); medians of {args.repeat} runs "
          f"(rdflib: {rdflib_repeat}; rows at a scale: 1 run), each in a fresh process; "
          f"load average at the start {LOAD_AVERAGE:.2f}, {os.cpu_count()} CPUs\n")
    print("| work | triples | medcoop s | reports/s | triples/s | CPU s | peak MB "
          "| rdflib s | triples/s | CPU s | peak MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|", flush=True)
    for label, pattern in (("text reports", "*.txt"), ("structured reports", "*.gold.json")):
        ours = median_of(args.repeat, "medcoop-load", corpus, pattern, fresh=tmp)
        theirs = median_of(rdflib_repeat, "rdflib-load", corpus, pattern)
        print_row(f"load {label}", args.reports, ours, theirs)
    measure("medcoop-load", corpus, "*.gold.json", tmp / "structured")
    rdf_rows(tmp, tmp / "structured", "", args.repeat, rdflib_repeat)
    for target in args.scale:
        reports = max(1, target // TRIPLES_PER_REPORT)
        big = tmp / f"corpus-{target}"
        write_corpus(big, reports, args.seed)
        store = tmp / "structured"
        rdflib = 1 if target <= args.rdflib_max else 0
        ours = measure("medcoop-load", big, "*.gold.json", store)
        theirs = median_of(rdflib, "rdflib-load", big, "*.gold.json")
        print_row(f"load structured reports, ~{target:,} triples", reports, ours, theirs)
        shutil.rmtree(big)
        rdf_rows(tmp, store, f", ~{target:,} triples", 1, rdflib)
    print(f"\nload average at the end {os.getloadavg()[0]:.2f}")
    shutil.rmtree(tmp)


def print_row(name: str, reports: int, ours: dict[str, float], theirs: dict[str, float]
              ) -> None:
    """One row of the table, printed at once: a long run shows what it has measured."""
    per_s = f"{reports / ours['seconds']:,.0f}" if reports else "–"
    rdflib = (f"{theirs['seconds']:.2f} | {ours['count'] / theirs['seconds']:,.0f} "
              f"| {theirs['cpu']:.1f} | {theirs['peak_mb']:,.0f}" if theirs else "– | – | – | –")
    print(f"| {name} | {ours['count']:,.0f} | {ours['seconds']:.2f} | {per_s} "
          f"| {ours['count'] / ours['seconds']:,.0f} | {ours['cpu']:.1f} "
          f"| {ours['peak_mb']:,.0f} | {rdflib} |", flush=True)


def rdf_rows(tmp: Path, store: Path, label: str, repeat: int, rdflib_repeat: int) -> None:
    """Export ``store`` as N-Quads, and load that file into a new store (removes ``store``)."""
    nq = tmp / "all.nq"
    ours = median_of(repeat, "medcoop-export", store, nq)
    theirs = median_of(rdflib_repeat, "rdflib-export", nq, tmp / "rdflib.nq")
    shutil.rmtree(store)
    (tmp / "rdflib.nq").unlink(missing_ok=True)
    print_row(f"export N-Quads{label}", 0, ours, theirs)
    ours = median_of(repeat, "medcoop-load", tmp, "all.nq", fresh=tmp)
    theirs = median_of(rdflib_repeat, "rdflib-parse", nq)
    print_row(f"load one N-Quads file{label}", 0, ours, theirs)
    ceiling = median_of(repeat, "oxigraph-bulk", nq, fresh=tmp)
    print_row(f"(ceiling: Oxigraph's loader alone, no union{label})", 0, ceiling, {})

if __name__ == "__main__":
    main()
