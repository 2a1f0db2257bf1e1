"""Load test of ``medcoop serve``: N SPARQL queries from a second process, counting errors.

Loads a synthetic corpus (facts JSON) into a new store, starts ``medcoop serve`` on it as a
separate process, and sends ``--queries`` GET requests to its /query endpoint from this
process, ``--clients`` at a time, cycling through a few questions (a count, the ten most
connected institutions, agreements per year, a label search). Prints a Markdown table: errors,
queries/s and latency percentiles.

    .venv/bin/python benchmarks/bench_serve.py --reports 1000 --queries 1000 --clients 4
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MC = "PREFIX mc: <https://w3id.org/medcoop/ontology#>\n"
QUESTIONS = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    MC + "SELECT ?i (COUNT(DISTINCT ?o) AS ?n) WHERE { ?a mc:party ?i , ?o . FILTER(?i != ?o) }"
         " GROUP BY ?i ORDER BY DESC(?n) LIMIT 10",
    MC + "SELECT ?y (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a mc:signedOn ?d "
         "BIND(YEAR(?d) AS ?y) } GROUP BY ?y ORDER BY ?y",
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?x ?l WHERE { ?x rdfs:label"
    " ?l FILTER(CONTAINS(LCASE(?l), \"medical\")) } LIMIT 50",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def ask(url: str, query: str) -> float:
    start = time.perf_counter()
    request = urllib.request.Request(
        f"{url}?{urllib.parse.urlencode({'query': query})}",
        headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        if response.status != 200:
            raise RuntimeError(f"HTTP {response.status}")
        response.read()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()

    from medcoop.graph.store import Store
    from medcoop.loaders import load_paths
    from medcoop.synth import write_corpus

    tmp = Path(tempfile.mkdtemp(prefix="medcoop-bench-serve-"))
    write_corpus(tmp / "corpus", args.reports)
    with Store(tmp / "store") as store:
        load_paths(store, sorted((tmp / "corpus").glob("*.gold.json")))
        triples = len(store)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", "from medcoop.cli import main; main()", "--store",
         str(tmp / "store"), "serve", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert server.stdout is not None
        url = next(line.split(": ", 1)[1].strip() for line in server.stdout
                   if line.startswith("SPARQL endpoint:"))
        errors: list[str] = []
        latencies: list[float] = []

        def one(n: int) -> None:
            try:
                latencies.append(ask(url, QUESTIONS[n % len(QUESTIONS)]))
            except Exception as exc:  # counted, not raised: the figure is the error count
                errors.append(f"{type(exc).__name__}: {exc}")

        start = time.perf_counter()
        with ThreadPoolExecutor(args.clients) as pool:
            list(pool.map(one, range(args.queries)))
        wall = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(timeout=30)
    latencies.sort()
    print(f"`medcoop serve` on {args.reports} reports ({triples:,} triples); {args.queries} "
          f"queries from another process, {args.clients} at a time\n")
    print("| queries | errors | queries/s | median ms | p95 ms | max ms |")
    print("|---:|---:|---:|---:|---:|---:|")
    print(f"| {args.queries} | {len(errors)} | {args.queries / wall:,.0f} "
          f"| {statistics.median(latencies) * 1000:.1f} "
          f"| {latencies[int(len(latencies) * 0.95)] * 1000:.1f} | {latencies[-1] * 1000:.1f} |")
    if errors:
        print("\nfirst error:", errors[0])


if __name__ == "__main__":
    main()
