"""Map benchmark: a store of 5,000 institutions and 20,000 agreements drawn as a map.

Builds a seeded synthetic store with the real facts model, mapping and store (institutions in
30 countries, agreements between a long-tailed choice of partners, a few counts-only figures),
then times, as medians over ``--repeat`` runs:

* read: the ``map_*.rq`` queries over the union of graphs, folded into MapData;
* graph: the institution graph and its metrics (degree, betweenness, Louvain communities);
* layout: the clustered layout;
* page: writing the self-contained HTML page;
* total: read + graph + layout + page;
* command: ``medcoop map -o map.html`` in a new process, start-up and imports included;
* peak memory: the largest resident set of ``medcoop map`` in a new process, and of a new
  process that turns every quad of the store into a NetworkX graph (the baseline below);
* picture: writing the PNG;
* first render: in headless Chromium (Debian's /usr/bin/chromium, offline), from navigation
  start to vis-network's first ``afterDrawing`` event, as the page records it.

Baselines in the same run: turning every quad of the store into a NetworkX graph (what the map
avoids by asking SPARQL only for what it draws), and the same page with the positions removed
and vis-network's physics left to stabilise it in the browser (what the precomputed layout
avoids; stopped after ``--browser-timeout`` seconds).

Run:  python benchmarks/bench_maps.py --institutions 5000 --agreements 20000 --repeat 3
Prints a Markdown table of medians for the README.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from medcoop.facts import Agreement, AgreementCount, Document, Event, Facts, Institution
from medcoop.graph.layout import clustered_layout
from medcoop.graph.mapdata import read_map_data
from medcoop.graph.mapping import ReportMeta
from medcoop.graph.maps import write_html, write_image
from medcoop.graph.network import graph_from_data
from medcoop.graph.store import Store

sys.path.insert(0, str(Path(__file__).parents[1]))
from tests import chromium  # the repository root holds tests/

COUNTRIES = ["KZ", "TJ", "UZ", "KG", "TM", "RU", "TR", "KR", "DE", "IN", "IR", "CN", "BY",
             "AZ", "AM", "GE", "MN", "AE", "SA", "EG", "GH", "KE", "IT", "FR", "GB", "US",
             "JP", "VN", "IL", "PK"]
KINDS = ["hospital", "university", "research-center", "ministry", "company", "agency",
         "association", "college", "other"]
AGREEMENT_KINDS = ["memorandum", "agreement", "contract", "roadmap", "plan"]
PER_REPORT = 10


def synthetic_store(store: Store, institutions: int, agreements: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    pool = [(f"Institution {k} of {COUNTRIES[k % len(COUNTRIES)]}", COUNTRIES[k % len(COUNTRIES)],
             KINDS[k % len(KINDS)]) for k in range(institutions)]
    order = list(range(institutions))
    rng.shuffle(order)
    for r in range(agreements // PER_REPORT):
        chosen: list[tuple[int, int]] = []
        for j in range(PER_REPORT):
            # Every institution is used once; then a long tail: a few appear very often.
            n = r * PER_REPORT + j
            a = order[n % institutions] if n < institutions else \
                min(int(rng.paretovariate(0.9)) - 1, institutions - 1)
            b = rng.randrange(institutions)
            while b == a:
                b = rng.randrange(institutions)
            chosen.append((a, b))
        used = sorted({k for pair in chosen for k in pair})
        insts = [Institution(id=f"i{k}", name=pool[k][0], country=pool[k][1], kind=pool[k][2])
                 for k in used]
        event = Event(id="e", name=f"Forum {r % 50}", year=2015 + r % 10)
        agrs = [Agreement(kind=AGREEMENT_KINDS[(r + j) % 5], parties=[f"i{a}", f"i{b}"],
                          title=f"memorandum {r}-{j}", event="e" if j == 0 else None,
                          date=None if j == 1 else f"{2015 + (r + j) % 10}-0{1 + j % 9}-15")
                for j, (a, b) in enumerate(chosen)]
        counts = ([AgreementCount(count=5 + r % 20, event="e",
                                  countries=sorted({pool[a][1] for a, _ in chosen[:2]}))]
                  if r % 25 == 0 else [])
        facts = Facts(Document(title=f"Report {r}", published="2024-01-01"), insts, [],
                      [event], agrs, counts)
        store.put_report(facts, ReportMeta(iri=store.minter.report(f"r{r}.json"),
                                           source_file=f"r{r}.json", loader="facts-json"))


def timed(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn(*args, **kwargs)
    return time.perf_counter() - start, value


def all_quads_graph(store: Store) -> nx.MultiDiGraph:
    """The baseline the issue warns against: every quad becomes an edge."""
    g = nx.MultiDiGraph()
    for q in store.quads():
        g.add_edge(str(q.subject), str(q.object), key=str(q.predicate))
    return g


# Runs a command as its child and prints the child's peak resident set in KiB (Linux ru_maxrss):
# a fresh parent, so no earlier, bigger child can stand in its place.
_PEAK = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
         "capture_output=True); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def peak_mb(command: list[str]) -> float:
    """Peak resident memory of ``command``, in MB."""
    done = subprocess.run([sys.executable, "-c", _PEAK, *command], check=True,
                          capture_output=True, text=True)
    return int(done.stdout) / 1024


def unpositioned(page: Path, out: Path) -> Path:
    """The same page with no positions and vis-network's physics on (the baseline)."""
    text = page.read_text(encoding="utf-8")
    match = re.search(r'(<script type="application/json" id="map-data">)(.*?)(</script>)', text,
                      flags=re.S)
    assert match is not None
    data = json.loads(match.group(2))
    for node in data["nodes"]:
        node.pop("x", None)
        node.pop("y", None)
    data["options"]["physics"] = {"enabled": True, "stabilization": {"enabled": True}}
    body = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    out.write_text(text[:match.start(2)] + body + text[match.end(2):], encoding="utf-8")
    return out


def first_render(driver: Any, page: Path, timeout: float) -> float | None:
    """Seconds from navigation start to the first drawing; None if not within ``timeout``."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get("about:blank")
    driver.set_page_load_timeout(timeout + 30)
    driver.get(page.as_uri())
    try:
        WebDriverWait(driver, timeout, poll_frequency=0.05).until(
            lambda d: d.execute_script("return !!(window.medcoopMap && medcoopMap.firstDraw)"))
    except TimeoutException:
        return None
    return float(driver.execute_script("return medcoopMap.firstDraw")) / 1000


def median(values: list[float | None]) -> str:
    if not values or any(v is None for v in values):
        return "did not render"
    return f"{statistics.median(v for v in values if v is not None):.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--institutions", type=int, default=5000)
    parser.add_argument("--agreements", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--browser-timeout", type=float, default=60.0)
    parser.add_argument("--quads-graph", type=Path, help=argparse.SUPPRESS)  # baseline child
    args = parser.parse_args()
    if args.quads_graph:
        with Store(args.quads_graph) as store:
            all_quads_graph(store)
        return

    with tempfile.TemporaryDirectory(prefix="bench-maps-") as tmp:
        run(args, Path(tmp))


def run(args: argparse.Namespace, work: Path) -> None:
    times: dict[str, list[float | None]] = {}

    def add(name: str, value: float | None) -> None:
        times.setdefault(name, []).append(value)

    with Store(work / "store") as store:
        t, _ = timed(synthetic_store, store, args.institutions, args.agreements)
        print(f"setup: {t:.1f} s to load {len(store)} quads", file=sys.stderr)
        for _ in range(args.repeat):
            t_read, data = timed(read_map_data, store)
            t_graph, g = timed(graph_from_data, data)
            t_layout, pos = timed(clustered_layout, g)
            t_page, page = timed(write_html, g, work / "map.html", pos)
            t_png, _ = timed(write_image, g, work / "map.png", "png", pos)
            t_quads, _ = timed(all_quads_graph, store)
            for name, value in (("read", t_read), ("graph", t_graph), ("layout", t_layout),
                                ("page", t_page), ("picture", t_png), ("quads", t_quads)):
                add(name, value)
            add("total", t_read + t_graph + t_layout + t_page)
        size = page.stat().st_size / 1e6
        nodes, edges = g.number_of_nodes(), g.number_of_edges()
        baseline_page = unpositioned(page, work / "physics.html")

    command = [sys.executable, "-c", "from medcoop.cli import main; main()",
               "--store", str(work / "store"), "map", "-o", str(work / "cli.html")]
    for _ in range(args.repeat):
        add("command", timed(subprocess.run, command, check=True, capture_output=True)[0])
    memory = peak_mb(command)
    memory_baseline = peak_mb([sys.executable, __file__, "--quads-graph", str(work / "store")])

    if chromium.CHROMIUM.exists() and chromium.DRIVER.exists():
        driver = chromium.start(work / "chromium-profile")
        try:
            for _ in range(args.repeat):
                add("render", first_render(driver, page, args.browser_timeout))
            add("render-physics", first_render(driver, baseline_page, args.browser_timeout))
        finally:
            driver.quit()
    else:
        print("no /usr/bin/chromium: browser times skipped", file=sys.stderr)

    print(f"\n{nodes} institutions, {edges} partner pairs, {len(data.agreements)} agreements; "
          f"page {size:.1f} MB; medians of {args.repeat} runs, seconds.\n")
    print("| step | medcoop map | baseline | baseline is |")
    print("| --- | ---: | ---: | --- |")
    print(f"| read the store (SPARQL) | {median(times['read'])} | {median(times['quads'])} | "
          "every quad into a NetworkX MultiDiGraph |")
    print(f"| build graph + metrics | {median(times['graph'])} | | |")
    print(f"| layout | {median(times['layout'])} | | |")
    print(f"| write the HTML page | {median(times['page'])} | | |")
    print(f"| **store to page, total** | **{median(times['total'])}** | | budget 10 s |")
    print(f"| `medcoop map -o map.html`, a new process | {median(times['command'])} | | |")
    print(f"| peak memory, MB (one run each) | {memory:.0f} | {memory_baseline:.0f} | "
          "every quad into a NetworkX MultiDiGraph, a new process |")
    print(f"| write the PNG | {median(times['picture'])} | | |")
    if "render" in times:
        print(f"| first render in Chromium | {median(times['render'])} | "
              f"{median(times['render-physics'])} | no positions, vis physics stabilises "
              f"(1 run, stopped at {args.browser_timeout:.0f} s) |")


if __name__ == "__main__":
    main()
