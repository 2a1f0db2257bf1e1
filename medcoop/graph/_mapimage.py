"""The static picture of a map (PNG or SVG) with matplotlib, for slides and printed briefs.

It draws what the page draws, with the same positions, colours, shapes and widths, and puts the
page's title and caption on the picture. It uses matplotlib's object API (``Figure``), not
pyplot, so it keeps no global state and needs no display.
"""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

import networkx as nx
from matplotlib import rc_context
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from medcoop.graph import _mapstyle as style
from medcoop.graph.layout import Positions

LABELS = 30  # institutions named on the picture: the ones with most partners
_PT_PER_PX = 0.55


def _text(value: str) -> str:
    """Text matplotlib shows as written: ``$`` would start mathematics."""
    return value.replace("$", r"\$")


def draw(g: nx.Graph, positions: Positions, out: Path, fmt: str, title: str,
         caption: list[str]) -> None:
    colours, legend = style.country_colours(g)
    level = g.graph.get("level", "institution")
    n = max(g.number_of_nodes(), 1)
    shrink = min(1.0, math.sqrt(300 / n))  # crowded maps get smaller marks
    with rc_context({"svg.hashsalt": "medcoop", "svg.fonttype": "none",
                     "font.family": "sans-serif"}):
        fig = Figure(figsize=(14, 10))
        ax = fig.add_axes((0.01, 0.13, 0.78, 0.80))
        ax.set_axis_off()
        ax.set_aspect("equal")
        ax.invert_yaxis()  # the page's y axis points down
        _edges(ax, g, positions, shrink)
        _nodes(ax, g, positions, colours, level, shrink)
        _labels(ax, g, positions, level)
        _legend(fig, g, legend)
        fig.suptitle(_text(title), x=0.01, ha="left", fontsize=15)
        wrapped = [w for line in caption for w in textwrap.wrap(_text(line), 170)]
        fig.text(0.01, 0.01, "\n".join(wrapped), fontsize=7.5, va="bottom", color="#333333")
        fig.savefig(out, format=fmt, dpi=150, metadata=(
            {"Date": None} if fmt == "svg" else {"Software": None}))


def _edges(ax: object, g: nx.Graph, positions: Positions, shrink: float) -> None:
    for dashed in (False, True):
        chosen = [(a, b, w) for a, b, w in g.edges(data="weight", default=1)
                  if bool(g.edges[a, b].get("counts_only")) == dashed]
        if not chosen:
            continue
        lines = LineCollection(
            [(positions[a], positions[b]) for a, b, _ in chosen],
            linewidths=[style.edge_width(w) * _PT_PER_PX * max(shrink, 0.4) for *_, w in chosen],
            colors=style.EDGE, alpha=0.55, linestyles="--" if dashed else "-", zorder=1)
        ax.add_collection(lines)  # type: ignore[attr-defined]


def _nodes(ax: object, g: nx.Graph, positions: Positions, colours: dict[str | None, str],
           level: str, shrink: float) -> None:
    groups: dict[str, list[object]] = {}
    for node, attrs in g.nodes(data=True):
        groups.setdefault(attrs.get("kind", "other"), []).append(node)
    for kind, nodes in sorted(groups.items()):
        ks = style.KINDS.get(kind, style.KINDS["other"])
        fill = [colours.get(g.nodes[v].get("country"), style.UNKNOWN) for v in nodes]
        sizes = [(style.node_size(g.nodes[v].get("partners", g.degree(v)), level)
                  * 2 * _PT_PER_PX * shrink) ** 2 for v in nodes]
        ax.scatter([positions[v][0] for v in nodes],  # type: ignore[attr-defined]
                   [positions[v][1] for v in nodes], s=sizes, marker=ks.marker,
                   c="white" if ks.hollow else fill, edgecolors=fill if ks.hollow else "white",
                   linewidths=1.2 if ks.hollow else 0.4, zorder=2)


def _labels(ax: object, g: nx.Graph, positions: Positions, level: str) -> None:
    ranked = sorted(g.nodes, key=lambda v: (-g.nodes[v].get("partners", g.degree(v)),
                                            g.nodes[v]["label"]))
    for v in ranked[: (len(ranked) if level == "country" else LABELS)]:
        x, y = positions[v]
        ax.annotate(_text(textwrap.shorten(g.nodes[v]["label"], 48)),  # type: ignore[attr-defined]
                    (x, y), xytext=(0, 7), textcoords="offset points", ha="center",
                    fontsize=7, color="#222222", zorder=3)


def _legend(fig: Figure, g: nx.Graph, legend: list[style.LegendEntry]) -> None:
    handles = [Line2D([], [], linestyle="", marker="o", markersize=7, markerfacecolor=e.colour,
                      markeredgecolor=e.colour, label=_text(f"{e.label}: {e.count}"))
               for e in legend]
    kinds = sorted({a.get("kind", "other") for _, a in g.nodes(data=True)} - {"country"})
    for kind in kinds:
        ks = style.KINDS.get(kind, style.KINDS["other"])
        handles.append(Line2D([], [], linestyle="", marker=ks.marker, markersize=7,
                              markerfacecolor="white" if ks.hollow else "#666666",
                              markeredgecolor="#666666", label=style.kind_label(kind)))
    handles.append(Line2D([], [], color=style.EDGE, linewidth=2.5,
                          label="line width: agreements"))
    if g.graph.get("level") == "country":
        handles.append(Line2D([], [], color=style.EDGE, linestyle="--",
                              label="dashed: counts-only figures"))
    fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.80, 0.93), fontsize=7.5,
               frameon=False, title="colour: country, shape: kind", title_fontsize=8)
