"""Positions for a map, computed once in Python so that the browser has no physics to run.

:func:`clustered_layout` puts each country's institutions in a disc of their own and the discs
where the country graph's spring layout wants them, pushed apart until they do not overlap. It
reads well (cross-border links run between discs) and it is fast: the spring layouts are small,
one per country, and a country with very many institutions gets a sunflower spiral instead,
its best-connected institutions in the middle.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable

import networkx as nx
import numpy as np

SEED = 7
SPACING = 55.0  # pixels between neighbouring nodes, roughly
SPRING_MAX_NODES = 400  # above this a group is laid out as a spiral (networkx's dense FR is n²)
_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))

Positions = dict[Hashable, tuple[float, float]]


def clustered_layout(g: nx.Graph, *, group: str = "country", seed: int = SEED,
                     spacing: float = SPACING) -> Positions:
    """Positions in pixels: one disc per value of the node attribute ``group``."""
    members: dict[str, list[Hashable]] = defaultdict(list)
    for node, value in g.nodes(data=group):
        members[str(value) if value is not None else "\0unknown"].append(node)
    keys = sorted(members)
    if not keys:
        return {}
    radius = np.array([spacing * (0.6 + 0.75 * math.sqrt(len(members[k]) - 1)) for k in keys])
    centres = _group_centres(g, members, keys, radius, group, seed)
    out: Positions = {}
    for i, key in enumerate(keys):
        out.update(_disc(g, members[key], centres[i], radius[i], seed))
    return out


def _group_centres(g: nx.Graph, members: dict[str, list[Hashable]], keys: list[str],
                   radius: np.ndarray, group: str, seed: int) -> np.ndarray:
    if len(keys) == 1:
        return np.zeros((1, 2))
    index = {k: i for i, k in enumerate(keys)}
    key_of = {node: k for k, nodes in members.items() for node in nodes}
    h = nx.Graph()
    h.add_nodes_from(range(len(keys)))
    for a, b in g.edges():
        ia, ib = index[key_of[a]], index[key_of[b]]
        if ia != ib:
            w = h.edges[ia, ib]["weight"] + 1 if h.has_edge(ia, ib) else 1
            h.add_edge(ia, ib, weight=w)
    pos = nx.spring_layout(h, seed=seed, iterations=100)
    centres = np.array([pos[i] for i in range(len(keys))], dtype=float)
    # Start about as spread as the discs need when packed, then push apart what overlaps.
    centres *= math.sqrt(float((radius ** 2).sum())) * 1.2 + 1.0
    return _separate(centres, radius + radius.mean() * 0.25, seed)


def _separate(centres: np.ndarray, radius: np.ndarray, seed: int,
              rounds: int = 200) -> np.ndarray:
    """Push overlapping discs apart, half the overlap each way, until none overlap."""
    rng = np.random.default_rng(seed)
    c = centres.copy()
    reach = radius[:, None] + radius[None, :]
    np.fill_diagonal(reach, 0.0)
    for _ in range(rounds):
        delta = c[:, None, :] - c[None, :, :]
        dist = np.sqrt((delta ** 2).sum(-1))
        overlap = reach - dist
        np.fill_diagonal(overlap, 0.0)
        if overlap.max() <= 1e-6:
            break
        same = dist < 1e-9  # coincident centres: nudge in a random direction
        if same.any():
            delta[same] = rng.normal(size=(int(same.sum()), 2))
            dist[same] = np.sqrt((delta[same] ** 2).sum(-1))
        push = np.clip(overlap, 0.0, None) / np.maximum(dist, 1e-9) / 2
        c += (delta * push[:, :, None]).sum(axis=1)
    return c


def _disc(g: nx.Graph, nodes: list[Hashable], centre: np.ndarray, radius: float,
          seed: int) -> Positions:
    cx, cy = float(centre[0]), float(centre[1])
    if len(nodes) == 1:
        return {nodes[0]: (round(cx, 1), round(cy, 1))}
    if len(nodes) <= SPRING_MAX_NODES:
        pos = nx.spring_layout(g.subgraph(nodes), seed=seed, iterations=30, scale=radius,
                               center=(cx, cy))
        return {n: (round(float(p[0]), 1), round(float(p[1]), 1)) for n, p in pos.items()}
    ordered = sorted(nodes, key=lambda n: (-g.degree(n), str(n)))
    out: Positions = {}
    for i, node in enumerate(ordered):
        r = radius * math.sqrt((i + 0.5) / len(ordered))
        a = i * _GOLDEN_ANGLE
        out[node] = (round(cx + r * math.cos(a), 1), round(cy + r * math.sin(a), 1))
    return out
