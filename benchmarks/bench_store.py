"""Store benchmark: Oxigraph (medcoop's store) against rdflib's in-memory store.

Builds N synthetic reports with the real facts model and mapping (seeded, so every run makes
the same graph), then times, for each engine:

* load: every report's named graph written (Oxigraph on disk through ``Store.replace_graphs``,
  one transaction per report, as ``medcoop load`` does; Oxigraph in memory; rdflib ``Dataset``
  in memory with the same quads),
* two queries over the union of graphs: one institution's partners, and the 10 most connected
  institutions.

Run:  python benchmarks/bench_store.py --reports 2000 --repeat 5
Prints a Markdown table of medians (seconds) for the README.
"""

from __future__ import annotations

import argparse
import random
import tempfile

import pyoxigraph as ox
import rdflib
from _timing import median_time  # benchmarks/ is on sys.path when run as a script

from medcoop.facts import Agreement, Document, Facts, Institution, Person, Position
from medcoop.graph.ids import Minter
from medcoop.graph.mapping import ReportMeta, facts_to_quads
from medcoop.graph.store import Store

COUNTRIES = ["KZ", "TJ", "UZ", "KG", "TM", "RU", "TR", "KR", "DE", "IN", "IR", "CN", "BY"]
KINDS = ["hospital", "university", "research-center", "ministry", "company"]
PREFIXES = """PREFIX mc: <https://w3id.org/medcoop/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
# ?inst is bound by the engine (pyoxigraph substitutions, rdflib initBindings); pyoxigraph
# needs a substituted variable in the projection.
# The sub-select finds the partners first; joining labels afterwards keeps Oxigraph from
# pairing every label with every agreement (7 s instead of 0.07 s at 120k quads).
PARTNERS = PREFIXES + """SELECT DISTINCT ?inst ?partner ?label WHERE {
  { SELECT DISTINCT ?inst ?partner WHERE {
      ?a mc:party ?inst , ?partner . FILTER(?partner != ?inst) } }
  ?partner rdfs:label ?label
}"""
TOP10 = PREFIXES + """SELECT ?inst (COUNT(DISTINCT ?other) AS ?n) WHERE {
  ?a mc:party ?inst , ?other . FILTER(?inst != ?other)
} GROUP BY ?inst ORDER BY DESC(?n) LIMIT 10"""


def synthetic_reports(n: int, seed: int = 7) -> list[tuple[Facts, ReportMeta]]:
    rng = random.Random(seed)
    pool = [(f"Institution {k} of {COUNTRIES[k % len(COUNTRIES)]}",
             COUNTRIES[k % len(COUNTRIES)], KINDS[k % len(KINDS)]) for k in range(max(50, n))]
    minter = Minter()
    out = []
    for r in range(n):
        # Long-tailed choice of institutions: a few appear in many reports.
        chosen = {min(int(rng.paretovariate(1.2)) - 1, len(pool) - 1) for _ in range(4)}
        chosen |= {rng.randrange(len(pool)) for _ in range(4 - len(chosen) + 1)}
        insts = [Institution(id=f"i{k}", name=pool[k][0], country=pool[k][1], kind=pool[k][2],
                             aliases=[f"I{k}"]) for k in sorted(chosen)]
        people = [Person(id=f"p{j}", name=f"Person {r}-{j}",
                         positions=[Position(title="Rector", institution=insts[j].id)])
                  for j in range(2)]
        agreements = [Agreement(kind="memorandum", title=f"memorandum {r}-{j}",
                                parties=[insts[0].id, insts[j + 1].id],
                                signatories=[people[0].id], date=f"20{10 + r % 15}-0{1 + j}-15")
                      for j in range(len(insts) - 1)]
        facts = Facts(Document(title=f"Report {r}", published="2020-01-01"), insts, people, [],
                      agreements, [])
        out.append((facts, ReportMeta(iri=minter.report(f"r{r}.json"), source_file=f"r{r}.json",
                                      sha256="0" * 64, loader="facts-json")))
    return out


def to_rdflib(term: ox.NamedNode | ox.Literal | ox.BlankNode) -> rdflib.term.Node:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    reports = synthetic_reports(args.reports)
    minter = Minter()
    graphs = [(meta.iri, facts_to_quads(facts, meta, minter)) for facts, meta in reports]
    n_quads = sum(len(q) for _, q in graphs)
    rdflib_quads = [(to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object),
                     rdflib.URIRef(g)) for g, quads in graphs for q in quads]
    first = reports[0][0].institutions[0]
    inst = minter.institution(first.name, first.country)

    def load_disk() -> Store:
        store = Store(tempfile.mkdtemp(prefix="medcoop-bench-"))
        for iri, quads in graphs:
            store.replace_graphs({iri: quads})
        return store

    def load_memory() -> ox.Store:
        store = ox.Store()
        store.extend(q for _, quads in graphs for q in quads)
        return store

    def load_rdflib() -> rdflib.Dataset:
        ds = rdflib.Dataset(default_union=True)
        ds.addN(rdflib_quads)
        return ds

    rows = []
    t_disk = median_time(load_disk, args.repeat)
    t_mem = median_time(load_memory, args.repeat)
    t_rdf = median_time(load_rdflib, max(1, args.repeat // 2))
    rows.append(("load (all reports)", t_disk, t_mem, t_rdf))

    disk, mem, ds = load_disk(), load_memory(), load_rdflib()
    for name, query, bound in (("partners of one institution", PARTNERS, {"inst": inst}),
                               ("top-10 connected", TOP10, {})):
        subs = {ox.Variable(k): ox.NamedNode(v) for k, v in bound.items()}
        init = {k: rdflib.URIRef(v) for k, v in bound.items()}

        def run_ox(store: ox.Store, q: str = query, s: dict = subs) -> list:
            return list(store.query(q, use_default_graph_as_union=True, substitutions=s))

        def run_rdflib(q: str = query, b: dict = init) -> list:
            return list(ds.query(q, initBindings=b))

        n_rows = len(run_ox(mem))
        assert len(run_ox(disk.oxigraph)) == n_rows > 0, name
        assert len(run_rdflib()) == n_rows, name
        rows.append((
            name,
            median_time(lambda: run_ox(disk.oxigraph), args.repeat),
            median_time(lambda: run_ox(mem), args.repeat),
            median_time(run_rdflib, max(1, args.repeat // 2)),
        ))
    disk.close()

    print(f"{args.reports} reports, {n_quads:,} quads; medians of {args.repeat} runs (s)\n")
    print("| work | Oxigraph on disk | Oxigraph in memory | rdflib in memory "
          "| rdflib / Oxigraph disk |")
    print("|---|---:|---:|---:|---:|")
    for name, a, b, c in rows:
        print(f"| {name} | {a:.3f} | {b:.3f} | {c:.3f} | {c / a:.1f}x |")


if __name__ == "__main__":
    main()
