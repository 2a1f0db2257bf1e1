"""Named-query benchmark: every query of medcoop/queries on ~1M triples, Oxigraph vs rdflib.

Builds synthetic reports with the real facts model and mapping (seeded, so every run makes the
same graph): institutions of 13 countries drawn with a long tail (a few hubs, many with one
partner), people with positions who sign agreements, events with sub-events, agreements at
events and with dates, count-only figures, and text evidence. ``--shape corpus`` (the
default) sets how busy the hubs are from the annotated corpora, at about twice their busiest
(see ZIPF); ``--shape extreme`` is the first generator, whose hub institution is in 79% of
all reports. The quads go into a pyoxigraph
store (on disk by default) and an rdflib ``Dataset(default_union=True)``; each named query
then runs with parameters bound by each engine (pyoxigraph substitutions, rdflib
``initBindings``) and the union of report graphs as default graph, as ``medcoop query`` runs
it.

Parameters: the query's example values where they are countries (KZ, KR, TJ, UZ are among
the synthetic countries); for institutions, people and events the synthetic hub (the one
in most reports), given as an IRI; the name resolution step is timed on its own row.

Run:  python benchmarks/bench_queries.py --reports 6500 --repeat 5
``--cache DIR`` keeps the built quads as an N-Quads file there (named after --reports), so
later runs load it instead of building again (delete it after changing the generator or the
mapping); ``--only NAME`` (repeatable) times only those queries; ``--rdflib-cap 0`` skips
rdflib, to iterate on Oxigraph alone. Oxigraph is on disk (RocksDB in a temporary folder,
written by the bulk loader), as medcoop keeps its store, unless ``--store memory``.
``--entity p10`` or ``--entity median`` names an institution, person and event of ordinary
activity instead of the hub. Prints a Markdown table of medians (seconds). rdflib
runs each query ``--rdflib-repeat`` times (default 1: some take minutes at this size). Each
query first runs once in a forked child, stopped after ``--cap`` (Oxigraph) or
``--rdflib-cap`` seconds (the table says so, and says "error" when an engine raised); a query
that finished there is then timed in this process, as ``medcoop query`` runs it — a forked
child pays for pages shared with its parent (40% more for a 30 ms query here). Both engines
then repeat a query until ``--min-time`` seconds have passed as well (default 1 s): as the
median of three runs, ``provenance`` read 1 to 2 ms from run to run, over a second of runs
0.4 ms. Times are printed with three significant digits, so it does not show as 0.001.
"""

from __future__ import annotations

import argparse
import bisect
import multiprocessing
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from queue import Empty
from typing import Any

import pyoxigraph as ox
import rdflib

sys.path.insert(0, str(Path(__file__).parent))
from _timing import median_time  # benchmarks/ is on sys.path when run as a script
from bench_store import to_rdflib

from medcoop.facts import (
    Agreement,
    AgreementCount,
    Document,
    Event,
    Evidence,
    Facts,
    Institution,
    Person,
    Position,
)
from medcoop.graph.ids import Minter
from medcoop.graph.mapping import ReportMeta, facts_to_quads
from medcoop.graph.store import with_union
from medcoop.queries.runner import (
    LocalEngine,
    _internal,
    named_queries,
    to_term,
)

COUNTRIES = ["KZ", "TJ", "UZ", "KG", "TM", "RU", "TR", "KR", "DE", "IN", "IR", "CN", "BY"]
KINDS = ["hospital", "university", "research-center", "ministry", "company"]
TITLES = ["Rector", "Director", "Minister", "Chief Physician", "Dean"]
ENTITY_SHARES = {"hub": 0.0, "p10": 0.1, "median": 0.5}


def _pick(rng: random.Random, size: int) -> int:
    """A long-tailed index: 0 is the hub, most draws fall far out."""
    return min(int(rng.paretovariate(1.1)) - 1, size - 1) if rng.random() < 0.5 \
        else rng.randrange(size)


# Zipf exponents for the "corpus" shape, chosen so that the busiest institution, signatory and
# event of the synthetic graph are about twice as busy as the busiest of the 755 annotated
# reports in tests/corpus (benchmarks/corpus_concentration.py measures both): there, one
# institution is named in 11.8% of reports, one person signs 0.86% of agreements and one event
# is reported 6 times (0.8% of reports). The "extreme" shape (the generator's first form, kept
# for comparison) puts one institution in about 80% of reports, party to all their agreements,
# and one person on 46% of all signatures.
ZIPF = {"institution": 0.85, "person": 0.5, "event": 0.45}


class _Zipf:
    """Draws an index of ``size`` with probability proportional to 1 / (index + 1) ** s."""

    def __init__(self, size: int, s: float) -> None:
        total, self.cum = 0.0, []
        for k in range(size):
            total += 1.0 / (k + 1) ** s
            self.cum.append(total)

    def __call__(self, rng: random.Random) -> int:
        return bisect.bisect_left(self.cum, rng.random() * self.cum[-1])


def synthetic_reports(n: int, seed: int = 11,
                      shape: str = "extreme") -> list[tuple[Facts, ReportMeta]]:
    """``n`` reports; ``shape`` "extreme" or "corpus" (see ZIPF) sets how busy the hubs are."""
    rng = random.Random(seed)
    n_inst, n_people, n_events = max(50, n), max(50, n // 2), max(10, n // 10)
    sizes = {"institution": n_inst, "person": n_people, "event": n_events}
    pick: dict[str, Callable[[random.Random], int]] = {
        kind: _Zipf(size, ZIPF[kind]) if shape == "corpus"
        else (lambda r, size=size: _pick(r, size)) for kind, size in sizes.items()}
    minter = Minter()
    out = []
    for r in range(n):
        chosen = sorted({pick["institution"](rng) for _ in range(5)})
        insts = [Institution(id=f"i{k}", name=f"Institution {k}",
                             country=COUNTRIES[k % len(COUNTRIES)], kind=KINDS[k % len(KINDS)],
                             aliases=[f"I{k}"]) for k in chosen]
        people_ids = sorted({pick["person"](rng) for _ in range(2)})
        people = [Person(id=f"p{k}", name=f"Person {k}", positions=[
            Position(title=TITLES[k % len(TITLES)], institution=insts[j % len(insts)].id,
                     start=f"{2010 + k % 14}")]) for j, k in enumerate(people_ids)]
        e = pick["event"](rng)
        year = 2010 + e % 15
        events = [Event(id="e", name=f"Forum {e}", country=COUNTRIES[e % len(COUNTRIES)],
                        year=year, start=f"{year}-0{1 + e % 9}-10"),
                  Event(id="s", name=f"Session {e}-{r % 3}", year=year, part_of="e")]
        agreements = [Agreement(
            kind=("memorandum", "agreement", "contract")[j % 3],
            title=f"agreement {r}-{j}", parties=[insts[0].id, insts[j].id],
            signatories=[people[0].id], event=("e", "s", None)[j % 3],
            date=f"{year}-0{1 + j}-1{j}" if j % 2 else None,
            evidence=[Evidence(100 * j, 100 * j + 60, f"Sentence {r}-{j} on the signing.", 0.8)])
            for j in range(1, len(insts))]
        counts = ([AgreementCount(count=5 + r % 20, event="e",
                                  countries=sorted({insts[0].country or "KZ",
                                                    insts[-1].country or "TJ"}))]
                  if r % 5 == 0 else [])
        facts = Facts(Document(title=f"Report {r}", published=f"{year}-12-01",
                               publisher=f"Press {r % 40}"),
                      insts, people, events, agreements, counts)
        out.append((facts, ReportMeta(iri=minter.report(f"r{r}.json"), source_file=f"r{r}.json",
                                      sha256="0" * 64, loader="facts-json")))
    return out


def build_quads(reports: int, cache: Path | None, shape: str = "extreme") -> list[ox.Quad]:
    """The synthetic reports' quads, read from ``cache`` when an earlier run left them there."""
    suffix = "" if shape == "extreme" else f"-{shape}"
    path = cache / f"bench-queries-{reports}{suffix}.nq" if cache is not None else None
    if path is not None and path.exists():
        return list(ox.parse(path=path, format=ox.RdfFormat.N_QUADS))
    minter = Minter()
    quads = [q for facts, meta in synthetic_reports(reports, shape=shape)
             for q in facts_to_quads(facts, meta, minter)]
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        ox.serialize(quads, path, ox.RdfFormat.N_QUADS)
    return quads


def hub(store: ox.Store, cls: str, share: float = 0.0) -> ox.NamedNode:
    """The node of ``cls`` stated by the most reports; with ``share`` > 0, the one ranked at
    that share of all nodes of ``cls`` by the number of reports (0.1: busier than 90%)."""
    rows = list(store.query(
        "SELECT ?cls ?x (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?x a ?cls } } "
        "GROUP BY ?x ?cls ORDER BY DESC(?n) ?x",
        substitutions={ox.Variable("cls"): ox.NamedNode(cls)}))
    return rows[min(int(share * len(rows)), len(rows) - 1)]["x"]  # type: ignore[return-value,index]


def concentration(store: ox.Store) -> str:
    """How busy the graph's hubs are, in the measures of benchmarks/corpus_concentration.py."""
    mc = "https://w3id.org/medcoop/ontology#"

    def one(query: str) -> int:
        return int(next(iter(store.query(query)))[0].value)  # type: ignore[index,union-attr]

    reports = one("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    agreements = one(f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a <{mc}party> ?i }}")
    named = one(f"SELECT (MAX(?n) AS ?m) WHERE {{ SELECT ?x (COUNT(DISTINCT ?g) AS ?n) WHERE "
                f"{{ GRAPH ?g {{ ?x a <{mc}Institution> }} }} GROUP BY ?x }}")
    party = one(f"SELECT (MAX(?n) AS ?m) WHERE {{ SELECT ?x (COUNT(DISTINCT ?a) AS ?n) WHERE "
                f"{{ ?a <{mc}party> ?x }} GROUP BY ?x }}")
    signs = one(f"SELECT (MAX(?n) AS ?m) WHERE {{ SELECT ?x (COUNT(DISTINCT ?a) AS ?n) WHERE "
                f"{{ ?a <{mc}signatory> ?x }} GROUP BY ?x }}")
    event = one("SELECT (MAX(?n) AS ?m) WHERE { SELECT ?x (COUNT(DISTINCT ?g) AS ?n) WHERE "
                "{ GRAPH ?g { ?x a <https://schema.org/Event> } } GROUP BY ?x }")
    return (f"busiest institution: named in {named / reports:.1%} of {reports} reports, party to "
            f"{party / agreements:.1%} of {agreements} agreements; busiest signatory: "
            f"{signs / agreements:.1%} of agreements; busiest event: {event / reports:.1%} of "
            "reports")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--reports", type=int, default=6500)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rdflib-repeat", type=int, default=1)
    parser.add_argument("--min-time", type=float, default=1.0,
                        help="Repeat each timing (either engine) until it has run this many "
                             "seconds in all, as well as --repeat/--rdflib-repeat times.")
    parser.add_argument("--cap", type=float, default=30.0,
                        help="Stop an Oxigraph timing (all its runs) after this many seconds.")
    parser.add_argument("--rdflib-cap", type=float, default=60.0,
                        help="Stop an rdflib timing after this many seconds; 0 skips rdflib "
                             "(and its load), to iterate on Oxigraph alone.")
    parser.add_argument("--rounds", type=int, default=1,
                        help="Time the two engines in turn this many times and give the "
                             "median of the rounds' ratios, with their range (a query that "
                             "rdflib answers within --rdflib-cap).")
    parser.add_argument("--cache", type=Path, default=None,
                        help="Folder to keep the built quads in, to skip the build next time.")
    parser.add_argument("--only", action="append", default=[],
                        help="Time only this named query (repeatable).")
    parser.add_argument("--store", choices=["memory", "disk"], default="disk",
                        help="Oxigraph on disk (RocksDB, in a temporary folder, written by "
                             "the bulk loader) as medcoop keeps its store, or in memory.")
    parser.add_argument("--optimize", action="store_true",
                        help="Compact the disk store after the load, as `medcoop optimize` "
                             "does.")
    parser.add_argument("--entity", choices=sorted(ENTITY_SHARES), default="hub",
                        help="Which institution, person and event the parameters name: the "
                             "hub (stated by the most reports), or one ranked among the "
                             "busiest 10%% (p10) or at the median by number of reports.")
    parser.add_argument("--shape", choices=["corpus", "extreme"], default="corpus",
                        help="How busy the synthetic hubs are: about twice the busiest of the "
                             "annotated corpus (see ZIPF), or the extreme first generator "
                             "(one institution in 80%% of reports).")
    args = parser.parse_args()
    unknown = set(args.only) - set(named_queries())
    if unknown:
        parser.error(f"no query named {', '.join(sorted(unknown))}")

    t0 = time.perf_counter()
    quads = build_quads(args.reports, args.cache, args.shape)
    # the default graph is the union, as Store keeps it
    if args.store == "disk":
        folder = tempfile.TemporaryDirectory(prefix="medcoop-bench-queries-",
                                             ignore_cleanup_errors=True)
        store = ox.Store(folder.name)
        store.bulk_extend(with_union(quads))
        store.flush()
        if args.optimize:
            store.optimize()
    else:
        store = ox.Store()
        store.extend(with_union(quads))
    print(f"built {len(quads):,} quads in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    t0 = time.perf_counter()
    ds = rdflib.Dataset(default_union=True)
    if args.rdflib_cap > 0:
        ds.addN((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object),
                 rdflib.URIRef(q.graph_name.value)) for q in quads)  # type: ignore[union-attr]
        print(f"rdflib loaded in {time.perf_counter() - t0:.0f} s", file=sys.stderr)

    engine = LocalEngine(store)
    mc = "https://w3id.org/medcoop/ontology#"
    share = ENTITY_SHARES[args.entity]
    hubs = {"institution": hub(store, mc + "Institution", share),
            "person": hub(store, "https://schema.org/Person", share),
            "event": hub(store, "https://schema.org/Event", share)}
    agreement = next(iter(store.query(
        "SELECT ?i ?a WHERE { ?a <https://w3id.org/medcoop/ontology#party> ?i } LIMIT 1",
        use_default_graph_as_union=True, substitutions={ox.Variable("i"): hubs["institution"]})))
    rows = []
    for name, query in named_queries().items():
        if args.only and name not in args.only:
            continue
        example = dict(re.findall(r"--param (\w+)=(\"[^\"]*\"|\S+)", query.example))
        bindings: dict[str, Any] = {}
        for param in query.params:
            if param.type in hubs:
                bindings[param.name] = hubs[param.type]
            elif param.type == "iri":
                bindings[param.name] = agreement["a"]  # type: ignore[index]
            elif param.name in example:
                bindings[param.name] = to_term(engine, param, example[param.name].strip('"'))
        rows.append(_time(name, query.text, bindings, engine, ds, args))
    # The name lookup a --param institution="..." costs before the query runs.
    if not args.only:
        rows.append(_time("(name lookup: institution)", _internal("resolve"),
                          {"class": ox.NamedNode(mc + "Institution")}, engine, ds, args))

    print(f"Oxigraph {args.store}{' (optimized)' if args.optimize else ''}, {args.shape} "
          f"shape, parameters: the {args.entity} institution, person and event")
    print(concentration(store))
    print(f"{args.reports} reports, {len(quads):,} quads (triples in report graphs); medians of "
          f"at least {args.repeat} runs for Oxigraph, {args.rdflib_repeat} for rdflib, and of "
          f"at least {args.min_time:g} s of runs for either (s)\n")
    print(f"| query | rows | Oxigraph (pyoxigraph, {args.store}) | rdflib Dataset (memory) "
          "| rdflib / Oxigraph |")
    print("|---|---:|---:|---:|---:|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def _timed(fn: Callable[[], int], cap: float, repeat: int,
           min_time: float) -> tuple[int, float] | str | None:
    """Rows and median seconds of ``fn``; None if its first run (in a child) passed ``cap``, the
    exception's name if it raised."""
    rows = _capped(fn, cap)
    if not isinstance(rows, int):
        return rows
    return rows, median_time(fn, repeat, min_time)


def _seconds(value: float) -> str:
    return f"{value:.3g}"


def _capped(fn: Callable[[], int], cap: float) -> int | str | None:
    """Run ``fn`` in a forked child (which shares the built stores); None after ``cap`` s, the
    exception's name if it raised (a crash must not pass for a timing that was stopped)."""
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_report, args=(queue, fn))
    child.start()
    try:
        result: int | str = queue.get(timeout=cap)
        return result
    except Empty:
        return None
    finally:
        child.kill()
        child.join()


def _report(queue: Any, fn: Callable[[], int]) -> None:
    try:
        queue.put(fn())
    except Exception as exc:  # reported in the table, not raised in the child
        queue.put(f"error: {type(exc).__name__}")


def _time(name: str, text: str, bindings: dict[str, Any], engine: LocalEngine,
          ds: rdflib.Dataset, args: argparse.Namespace) -> tuple[str, str, str, str, str]:
    def oxigraph() -> int:
        return len(list(engine.run(text, bindings)))

    init = {rdflib.Variable(k): to_rdflib(v) for k, v in bindings.items()}

    def baseline() -> int:
        return len(list(ds.query(text, initBindings=init)))

    skipped = args.rdflib_cap <= 0
    ox_out: tuple[int, float] | str | None
    rdf_out: tuple[int, float] | str | None
    ratios: list[float] = []
    if args.rounds > 1 and not skipped:
        # Both engines in turn, --rounds times: each round's ratio is taken on the machine as
        # it was during that round, and the table gives the median round.
        ox_first, rdf_first = _capped(oxigraph, args.cap), _capped(baseline, args.rdflib_cap)
        if isinstance(ox_first, int) and isinstance(rdf_first, int):
            ox_rows, rdf_rows = ox_first, rdf_first
            ox_times: list[float] = []
            rdf_times: list[float] = []
            for _ in range(args.rounds):
                ox_times.append(median_time(oxigraph, args.repeat, args.min_time))
                rdf_times.append(median_time(baseline, args.rdflib_repeat, args.min_time))
                ratios.append(rdf_times[-1] / ox_times[-1])
            ox_out = (ox_rows, statistics.median(ox_times))
            rdf_out = (rdf_rows, statistics.median(rdf_times))
        else:
            ox_out = _timed(oxigraph, args.cap, args.repeat, args.min_time) \
                if isinstance(ox_first, int) else ox_first
            rdf_out = _timed(baseline, args.rdflib_cap, args.rdflib_repeat, args.min_time) \
                if isinstance(rdf_first, int) else rdf_first
    else:
        ox_out = _timed(oxigraph, args.cap, args.repeat, args.min_time)
        rdf_out = None if skipped else _timed(baseline, args.rdflib_cap, args.rdflib_repeat,
                                              args.min_time)
    got_ox = ox_out if isinstance(ox_out, tuple) else None
    got_rdf = rdf_out if isinstance(rdf_out, tuple) else None
    ox_cell = _seconds(got_ox[1]) if got_ox else (
        ox_out if isinstance(ox_out, str) else f"> {args.cap:.0f} (stopped)")
    rdf_cell = _seconds(got_rdf[1]) if got_rdf else (
        "skipped" if skipped else rdf_out if isinstance(rdf_out, str)
        else f"> {args.rdflib_cap:.0f} (stopped)")
    if skipped or isinstance(rdf_out, str):
        ratio = "n/a"
    elif got_ox and got_rdf:
        middle = statistics.median(ratios) if ratios else got_rdf[1] / got_ox[1]
        spread = f" ({min(ratios):,.0f}-{max(ratios):,.0f})" if ratios else ""
        ratio = f"{middle:,.0f}x{spread}" + (
            "" if got_ox[0] == got_rdf[0] else f" (rdflib gave {got_rdf[0]} rows)")
    elif got_ox:
        ratio = f"> {args.rdflib_cap / got_ox[1]:,.0f}x"
    else:
        ratio = "n/a"
    rows = str(got_ox[0]) if got_ox else "?"
    print(f"{name}: {rows} rows, oxigraph {ox_cell}, rdflib {rdf_cell}", file=sys.stderr,
          flush=True)
    return name, rows, ox_cell, rdf_cell, ratio


if __name__ == "__main__":
    main()
