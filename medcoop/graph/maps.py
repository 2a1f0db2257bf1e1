"""Partnership maps: the one place where a NetworkX graph becomes a picture.

* :func:`to_pyvis` — the pyvis ``Network`` of a graph (positions precomputed, physics off),
  for notebooks (``net.show("map.html")`` uses pyvis's own page, which loads from the web);
* :func:`map_html` / :func:`write_html` — medcoop's own page: one self-contained file that
  works offline and makes no request (see :mod:`medcoop.graph._mappage`);
* :func:`write_image` — the same map as PNG or SVG (matplotlib) for slides and print;
* :func:`write_map` — store in, file out: what ``medcoop map`` calls.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import networkx as nx
from pyvis.network import Network

from medcoop.graph import _mapstyle as style
from medcoop.graph._mappage import render_page
from medcoop.graph.layout import Positions, clustered_layout
from medcoop.graph.mapdata import MapFilter
from medcoop.graph.network import Level, build_graph

if TYPE_CHECKING:
    from medcoop.graph.store import Store

log = logging.getLogger(__name__)

Format = Literal["html", "png", "svg"]
FORMATS: tuple[Format, ...] = ("html", "png", "svg")
LARGE = 2000  # edges above which the page hides edges while dragging or zooming


def default_title(g: nx.Graph) -> str:
    level = "countries" if g.graph.get("level") == "country" else "institutions"
    title = f"Cross-border medical cooperation: {level}"
    return title + (f" ({g.graph['filter']})" if g.graph.get("filter") else "")


def caption(g: nx.Graph, interactive: bool = True) -> list[str]:
    """What is drawn, from which data: counts, dates, filters and what was left out."""
    info = g.graph
    level = info.get("level", "institution")
    countries = {c for _, c in g.nodes(data="country") if c}
    unknown = sum(c is None for _, c in g.nodes(data="country"))
    if level == "country":
        what = (f"{g.number_of_nodes()} countries and {g.number_of_edges()} links between "
                "them")
    else:
        what = (f"{g.number_of_nodes()} institutions from {len(countries)} countries"
                + (f" ({unknown} of unknown country)" if unknown else "")
                + f" and {g.number_of_edges()} partner pairs")
    lines = [f"Drawn: {what}, from {info.get('agreements', 0)} agreements in "
             f"{info.get('sources', 0)} reports."]
    if info.get("first"):
        dates = f"Dates: {info['first']} to {info['last']}"
        lines.append(dates + (f"; {info['undated']} agreements have no date."
                              if info.get("undated") else "."))
    lines.append("Filters: " + (info.get("filter") or "none") + "."
                 + _left_out(info.get("left_out", {})))
    lines += _count_notes(g)
    if info.get("single_party"):
        lines.append(f"{info['single_party']} agreements with a single party are not drawn.")
    if info.get("unplaced"):
        lines.append(f"{info['unplaced']} agreements with fewer than two parties of known "
                     "country are not drawn at this level.")
    lines.append("Colour: country. Shape: kind. Size: number of partners. Line width: number "
                 "of agreements. Betweenness is " + str(info.get("betweenness", "not computed"))
                 + "." + (" Hover over a dot or a line for details." if interactive else ""))
    return lines


def _left_out(left: dict[str, int]) -> str:
    if not left:
        return ""
    return " Left out: " + ", ".join(f"{n} {why}" for why, n in sorted(left.items())) + "."


def _count_notes(g: nx.Graph) -> list[str]:
    counts = g.graph.get("counts", [])
    if not counts:
        return []
    total = sum(c["number"] for c in counts)
    largest = max(c["number"] for c in counts)
    head = (f"Counts-only figures (a report gives only a number, e.g. "
            f"\u201c{largest} memorandums\u201d): {len(counts)}, "
            f"{total} agreements in all")
    if g.graph.get("level") != "country":
        return [head + "; they name no institutions, so only the country map draws them."]
    pairs = [c for c in counts if len(c["countries"]) == 2]
    shared = [c for c in counts if len(c["countries"]) > 2]
    note = head + (f"; {len(pairs)} between two countries are added to that link's width "
                   "(dashed where they are its only agreements)")
    if shared:
        note += (f"; {len(shared)} naming three or more countries are listed on each of "
                 "their links but added to none")
    return [note + "."]


def _edge_legend(g: nx.Graph) -> list[str]:
    lines = ["wider = more agreements between the two", "hover for titles, dates, events and "
             "source reports"]
    if g.graph.get("level") == "country":
        lines.append("dashed = only counts-only figures")
    return lines


def _positions(g: nx.Graph, positions: Positions | None) -> Positions:
    return positions if positions is not None else clustered_layout(g)


def _vis_items(g: nx.Graph, positions: Positions) -> tuple[list[dict[str, Any]],
                                                          list[dict[str, Any]],
                                                          list[style.LegendEntry]]:
    level = g.graph.get("level", "institution")
    colours, legend = style.country_colours(g)
    index = {node: i for i, node in enumerate(g.nodes)}
    nodes = []
    for node, attrs in g.nodes(data=True):
        kind = style.KINDS.get(attrs.get("kind", "other"), style.KINDS["other"])
        colour = colours.get(attrs.get("country"), style.UNKNOWN)
        x, y = positions[node]
        item: dict[str, Any] = {
            "id": index[node], "label": attrs["label"], "x": x, "y": y,
            "title": style.node_title(attrs, level), "shape": kind.shape,
            "size": style.node_size(attrs.get("partners", g.degree(node)), level),
            "country": attrs.get("country") or "",
            "color": ({"background": "#ffffff", "border": colour} if kind.hollow else colour),
        }
        if kind.hollow:
            item["borderWidth"] = 2
        if colour == style.OTHER:
            item["other"] = True
        nodes.append(item)
    edges = []
    for a, b, attrs in g.edges(data=True):
        edge: dict[str, Any] = {"from": index[a], "to": index[b],
                                "width": style.edge_width(attrs.get("weight", 1)),
                                "title": style.edge_title(g, a, b, attrs)}
        if attrs.get("counts_only"):
            edge["dashes"] = True
        edges.append(edge)
    return nodes, edges, legend


def vis_options(g: nx.Graph) -> dict[str, Any]:
    """vis-network options: positions are given, so no physics and no layout work."""
    large = g.number_of_edges() > LARGE
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "multiselect": True},
        # Names show from this size on screen (pixels): small maps show them at once,
        # large ones as you zoom in (drawing 5,000 names at a time is slow and unreadable).
        "nodes": {"borderWidth": 1, "font": {"size": 14, "face": "sans-serif"},
                  "scaling": {"label": {"drawThreshold": 8 if large else 4}}},
        "edges": {"smooth": False, "selectionWidth": 2,
                  "color": {"color": style.EDGE, "highlight": "#222222", "hover": "#222222",
                            "opacity": 0.75}},
    }


def to_pyvis(g: nx.Graph, positions: Positions | None = None) -> Network:
    """The pyvis ``Network`` of ``g``: same nodes, colours, shapes and hover text as the page."""
    nodes, edges, _ = _vis_items(g, _positions(g, positions))
    net = Network(height="800px", width="100%", heading=default_title(g))
    # Filled directly: pyvis's add_edge checks every earlier edge, quadratic on large maps.
    net.nodes = nodes
    net.node_ids = [n["id"] for n in nodes]
    net.node_map = {n["id"]: n for n in nodes}
    net.edges = edges
    net.options = vis_options(g)
    return net


def map_html(g: nx.Graph, positions: Positions | None = None, title: str | None = None) -> str:
    """The self-contained, offline page of ``g`` as text."""
    nodes, edges, legend = _vis_items(g, _positions(g, positions))
    kinds = sorted({a.get("kind", "other") for _, a in g.nodes(data=True)})
    data = {
        "nodes": nodes, "edges": edges, "options": vis_options(g),
        "legend": {
            # A country map has one node per country: counting them says nothing.
            "countries": [dict(e.__dict__, count=None if kinds == ["country"] else e.count)
                          for e in legend],
            "kinds": [] if kinds == ["country"] else [
                {"glyph": style.KINDS.get(k, style.KINDS["other"]).glyph,
                 "label": style.kind_label(k)} for k in kinds],
        },
    }
    return render_page(title=title or default_title(g), caption=caption(g),
                       edge_legend=_edge_legend(g), data=data)


def write_html(g: nx.Graph, path: str | os.PathLike[str], positions: Positions | None = None,
               title: str | None = None) -> Path:
    out = Path(path)
    out.write_text(map_html(g, positions, title), encoding="utf-8")
    return out


def write_image(g: nx.Graph, path: str | os.PathLike[str], fmt: Format | None = None,
                positions: Positions | None = None, title: str | None = None) -> Path:
    """The map as a PNG or SVG picture (format from ``fmt`` or the file's extension)."""
    from medcoop.graph._mapimage import draw

    out = Path(path)
    kind = fmt or guess_format(out)
    if kind not in ("png", "svg"):
        raise ValueError(f"a picture is png or svg, not {kind}")
    draw(g, _positions(g, positions), out, kind, title or default_title(g),
         caption(g, interactive=False))
    return out


def guess_format(path: Path) -> Format:
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in ("png", "svg") else "html"  # type: ignore[return-value]


@dataclass(frozen=True)
class MapResult:
    path: Path
    format: Format
    nodes: int
    edges: int


def write_map(store: Store, path: str | os.PathLike[str], level: Level = "institution",
              flt: MapFilter | None = None, fmt: Format | None = None,
              title: str | None = None) -> MapResult:
    """Read the store, build the graph of ``level`` and write it as a page or a picture."""
    out = Path(path)
    kind = fmt or guess_format(out)
    g = build_graph(store, level, flt)
    positions = clustered_layout(g)
    # Written beside the target and renamed, so a failure never leaves half a file. Not
    # mkstemp: its file is private (0600), and a map is made to be shared.
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        if kind == "html":
            write_html(g, tmp, positions, title)
        else:
            write_image(g, tmp, kind, positions, title)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    log.info("wrote %s: %d nodes, %d edges", out, g.number_of_nodes(), g.number_of_edges())
    return MapResult(out, kind, g.number_of_nodes(), g.number_of_edges())
