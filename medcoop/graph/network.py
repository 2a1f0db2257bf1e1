"""The NetworkX view of the store: who works with whom, institution by institution or by country.

Both builders are pure functions of a :class:`~medcoop.graph.mapdata.MapData`:

* :func:`institution_graph` — nodes are institutions that are party to a drawn agreement
  (``label``, ``country``, ``country_name``, ``kind``, ``agreements``); one edge per pair of
  partners, carrying ``agreements`` (a list of dicts: ``title``, ``kind``, ``date``, ``when``,
  ``event``, ``sources``, ``iri``), ``weight`` (their number), ``first`` and ``last`` (dates).
* :func:`country_graph` — nodes are countries; an edge's ``weight`` is the number of agreements
  between institutions of the two countries plus the counts-only figures ("31 memorandums")
  that name exactly those two countries. Figures naming three or more countries cannot be split
  between pairs: they are listed on every pair's edge (``counts``, with ``shared=True``) but
  add nothing to its weight.

:func:`add_metrics` adds networkx's measures to the nodes; :func:`build_graph` is the one call
that reads the store and does all of it, for notebooks and the ``medcoop map`` command.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from itertools import combinations
from typing import TYPE_CHECKING, Any, Literal

import networkx as nx

from medcoop.countries import countries as country_table
from medcoop.graph.mapdata import (
    AgreementInfo,
    CountInfo,
    InstitutionInfo,
    MapData,
    MapFilter,
    read_map_data,
    short_name,
)

if TYPE_CHECKING:
    from medcoop.graph.store import Store

log = logging.getLogger(__name__)

Level = Literal["institution", "country"]
LEVELS: tuple[Level, ...] = ("institution", "country")
# Edge visits allowed for betweenness (one breadth-first search per source node visits every
# edge): past it, sources are sampled. 300,000 is about half a second of networkx.
BETWEENNESS_BUDGET = 300_000
SEED = 7


def country_name(code: str | None) -> str:
    if code is None:
        return "unknown country"
    info = country_table().get(code)
    return info.name if info else code


def _agreement_record(agr: AgreementInfo) -> dict[str, Any]:
    return {"title": agr.title, "kind": agr.kind, "date": agr.date, "when": agr.when,
            "event": agr.event, "sources": [s.label for s in agr.sources], "iri": agr.iri}


def _count_record(cnt: CountInfo, shared: bool) -> dict[str, Any]:
    return {"number": cnt.number, "countries": list(cnt.countries), "event": cnt.event,
            "when": cnt.when, "sources": [s.label for s in cnt.sources], "iri": cnt.iri,
            "shared": shared}


def _sort_key(record: dict[str, Any]) -> tuple[str, str, str]:
    return (record.get("when") or "9999", record.get("title") or "", record["iri"])


def _graph_summary(data: MapData, level: Level) -> dict[str, Any]:
    whens = sorted(a.when for a in data.agreements if a.when)
    return {
        "level": level,
        "filter": data.filter.describe(),
        "left_out": dict(data.left_out),
        "sources": len(data.sources),
        "agreements": len(data.agreements),
        "undated": sum(a.when is None for a in data.agreements),
        "first": whens[0] if whens else None,
        "last": whens[-1] if whens else None,
        "counts": [_count_record(c, len(c.countries) > 2) for c in data.counts],
    }


def _finish_edges(g: nx.Graph, key: str = "agreements") -> None:
    for _, _, attrs in g.edges(data=True):
        attrs[key].sort(key=_sort_key)
        whens = sorted(r["when"] for r in attrs[key] if r["when"])
        attrs["first"] = whens[0] if whens else None
        attrs["last"] = whens[-1] if whens else None


def institution_graph(data: MapData) -> nx.Graph:
    """Institutions joined by the agreements between them (see the module docstring)."""
    g = nx.Graph(**_graph_summary(data, "institution"))
    # Nodes first, in sorted order, so that every run lists (and lays out) them alike.
    g.add_nodes_from(sorted({p for a in data.agreements if len(a.parties) > 1
                             for p in a.parties}))
    per_party: Counter[str] = Counter()
    lone = 0
    for agr in data.agreements:
        if len(agr.parties) < 2:  # e.g. both parties merged into one node by an analyst
            lone += 1
            continue
        per_party.update(agr.parties)
        record = _agreement_record(agr)
        for a, b in combinations(agr.parties, 2):
            if not g.has_edge(a, b):
                g.add_edge(a, b, agreements=[])
            g.edges[a, b]["agreements"].append(record)
    g.graph["single_party"] = lone
    for iri in sorted(g.nodes):
        info = data.institutions.get(iri) or InstitutionInfo(iri, short_name(iri), None, "other")
        g.nodes[iri].update(label=info.label, country=info.country,
                            country_name=country_name(info.country), kind=info.kind,
                            agreements=per_party[iri])
    for _, _, attrs in g.edges(data=True):
        attrs["weight"] = len(attrs["agreements"])
    _finish_edges(g)
    return g


def country_graph(data: MapData) -> nx.Graph:
    """Countries joined by the agreements and counts-only figures between them."""
    g = nx.Graph(**_graph_summary(data, "country"))
    institutions: dict[str, set[str]] = defaultdict(set)
    involved: Counter[str] = Counter()
    domestic: Counter[str] = Counter()
    unplaced = 0

    def edge(a: str, b: str) -> dict[str, Any]:
        if not g.has_edge(a, b):
            g.add_edge(a, b, agreements=[], counts=[], named=0, counted=0)
        return g.edges[a, b]

    for agr in data.agreements:
        placed = {}
        for party in agr.parties:
            info = data.institutions.get(party)
            if info is not None and info.country:
                placed[party] = info.country
        known = sorted(set(placed.values()))
        for party, code in placed.items():
            institutions[code].add(party)
        involved.update(known)
        if len(known) == 1 and len(placed) == len(agr.parties):
            domestic[known[0]] += 1
        elif len(known) < 2:
            unplaced += 1
        record = _agreement_record(agr)
        for a, b in combinations(known, 2):
            attrs = edge(a, b)
            attrs["agreements"].append(record)
            attrs["named"] += 1
    lone_counts = []
    for cnt in data.counts:
        shared = len(cnt.countries) > 2
        if len(cnt.countries) < 2:
            lone_counts.append(_count_record(cnt, False))
        for a, b in combinations(cnt.countries, 2):
            attrs = edge(a, b)
            attrs["counts"].append(_count_record(cnt, shared))
            if not shared:
                attrs["counted"] += cnt.number
        for code in cnt.countries:
            g.add_node(code)
    for code in institutions:
        g.add_node(code)
    for code in sorted(g.nodes):
        g.nodes[code].update(label=country_name(code), country=code,
                             country_name=country_name(code), kind="country",
                             institutions=len(institutions[code]), agreements=involved[code],
                             domestic=domestic[code],
                             counts=[c for c in lone_counts if code in c["countries"]])
    for _, _, attrs in g.edges(data=True):
        attrs["weight"] = attrs["named"] + attrs["counted"]
        attrs["counts_only"] = attrs["named"] == 0
        attrs["counts"].sort(key=lambda r: (r["when"] or "9999", r["iri"]))
    _finish_edges(g)
    g.graph["unplaced"] = unplaced
    return _sorted_copy(g)


def _sorted_copy(g: nx.Graph) -> nx.Graph:
    """The same graph with nodes and edges in sorted order, so every run draws alike."""
    out = nx.Graph(**g.graph)
    out.add_nodes_from(sorted(g.nodes(data=True), key=lambda t: t[0]))
    out.add_edges_from(sorted(g.edges(data=True), key=lambda t: (min(t[:2]), max(t[:2]))))
    return out


def add_metrics(g: nx.Graph, *, budget: int | None = BETWEENNESS_BUDGET,
                seed: int = SEED) -> nx.Graph:
    """Add networkx's measures to every node, in place; returns ``g``.

    ``partners`` (degree), ``weighted_degree`` (sum of edge weights), ``betweenness``
    (normalised, over hops; on a graph where nodes × edges exceeds ``budget`` it is estimated
    from ``budget // edges`` sampled sources, at least 10; ``budget=None`` is always exact),
    ``community`` (Louvain, numbered from 0 by size) and, on the institution level,
    ``abroad_share``: the share of partners with a known country that are in another country
    (None when the institution's own country is unknown or no partner's is known).
    """
    n, m = g.number_of_nodes(), g.number_of_edges()
    k = None if budget is None or n * m <= budget else min(n, max(10, budget // max(m, 1)))
    between = nx.betweenness_centrality(g, k=k, seed=seed) if n else {}
    g.graph["betweenness"] = "exact" if k is None else f"estimated from {k} of {n} nodes"
    parts = nx.community.louvain_communities(g, weight="weight", seed=seed) if n else []
    parts = sorted(parts, key=lambda c: (-len(c), min(c)))
    community = {node: i for i, part in enumerate(parts) for node in part}
    g.graph["communities"] = len(parts)
    for node, attrs in g.nodes(data=True):
        attrs["partners"] = g.degree(node)
        attrs["weighted_degree"] = g.degree(node, weight="weight")
        attrs["betweenness"] = round(between.get(node, 0.0), 6)
        attrs["community"] = community.get(node, 0)
        if g.graph.get("level") == "institution":
            attrs["abroad_share"] = _abroad_share(g, node)
    return g


def _abroad_share(g: nx.Graph, node: str) -> float | None:
    own = g.nodes[node].get("country")
    if own is None:
        return None
    known = [g.nodes[p].get("country") for p in g.neighbors(node)]
    known = [c for c in known if c is not None]
    if not known:
        return None
    return round(sum(c != own for c in known) / len(known), 4)


def graph_from_data(data: MapData, level: Level = "institution", metrics: bool = True) -> nx.Graph:
    """The graph of ``level`` built from ``data``, with metrics unless ``metrics=False``."""
    if level not in LEVELS:
        raise ValueError(f"level {level!r} is not one of {', '.join(LEVELS)}")
    g = institution_graph(data) if level == "institution" else country_graph(data)
    return add_metrics(g) if metrics else g


def build_graph(store: Store, level: Level = "institution", flt: MapFilter | None = None,
                metrics: bool = True) -> nx.Graph:
    """Read the store and return the NetworkX graph of ``level`` — the notebook entry point.

    Example::

        from medcoop.graph.store import Store
        from medcoop.graph.network import build_graph
        from medcoop.graph.mapdata import MapFilter
        with Store("medcoop-store") as store:
            g = build_graph(store, "country", MapFilter(countries=("KZ",), since="2023"))
    """
    data = read_map_data(store, flt)
    log.debug("map data: %d institutions, %d agreements, %d counts", len(data.institutions),
              len(data.agreements), len(data.counts))
    return graph_from_data(data, level, metrics)
