"""How a map looks: colours by country, shapes by kind, sizes, widths and hover text.

Shared by the interactive page and the static picture so that both draw the same map. Hover
text is plain text (vis-network shows a string title with ``innerText``), never HTML.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Any

import networkx as nx

# Twenty colours that stay apart on screen and on paper; countries beyond them share OTHER.
PALETTE = ("#1f6fb4", "#e8601c", "#2e9e44", "#c4312f", "#7b4fa6", "#8c5a3c", "#d6589f",
           "#17a3b8", "#a8a21f", "#3b5ba8", "#f2a93b", "#4a8f7a", "#b5465f", "#82b135",
           "#9c6ade", "#e07b91", "#2f4f4f", "#c98a2b", "#5aa0d8", "#6b6b3a")
OTHER = "#8f8f8f"
UNKNOWN = "#c8c8c8"
EDGE = "#8a96a3"
MAX_LISTED = 25  # agreements listed in one edge's hover text


@dataclass(frozen=True)
class KindStyle:
    shape: str  # vis-network shape
    marker: str  # matplotlib marker
    glyph: str  # legend symbol
    hollow: bool = False


KINDS: dict[str, KindStyle] = {
    "ministry": KindStyle("star", "*", "\u2605"),
    "agency": KindStyle("triangleDown", "v", "\u25bc"),
    "hospital": KindStyle("dot", "o", "\u25cf"),
    "research-center": KindStyle("diamond", "D", "\u25c6"),
    "university": KindStyle("square", "s", "\u25a0"),
    "college": KindStyle("triangle", "^", "\u25b2"),
    "company": KindStyle("hexagon", "h", "\u2b22"),
    "association": KindStyle("dot", "o", "\u25cb", hollow=True),
    "other": KindStyle("square", "s", "\u25a1", hollow=True),
    "country": KindStyle("dot", "o", "\u25cf"),
}


@dataclass(frozen=True)
class LegendEntry:
    key: str  # country code, "" for unknown, "*" for the countries sharing OTHER
    label: str
    colour: str
    count: int


def country_colours(g: nx.Graph) -> tuple[dict[str | None, str], list[LegendEntry]]:
    """A colour per country, the most frequent first, and the legend that explains them.

    Ties (every country counts one node on the country map) go to the better connected, so
    the countries a reader looks for first get colours rather than the grey of the rest.
    """
    counts = Counter(code for _, code in g.nodes(data="country"))
    links: Counter[str | None] = Counter()
    for node, code in g.nodes(data="country"):
        links[code] += g.degree(node, weight="weight")
    ranked = sorted((c for c in counts if c is not None),
                    key=lambda c: (-counts[c], -links[c], c))
    names = {code: name for _, code, name in
             ((n, a.get("country"), a.get("country_name")) for n, a in g.nodes(data=True))}
    colours: dict[str | None, str] = {None: UNKNOWN}
    legend = []
    for i, code in enumerate(ranked):
        colours[code] = PALETTE[i] if i < len(PALETTE) else OTHER
        if i < len(PALETTE):
            legend.append(LegendEntry(code, f"{names.get(code) or code} ({code})", colours[code],
                                      counts[code]))
    rest = sum(counts[c] for c in ranked[len(PALETTE):])
    if rest:
        legend.append(LegendEntry("*", f"{len(ranked) - len(PALETTE)} other countries", OTHER,
                                  rest))
    if counts.get(None):
        legend.append(LegendEntry("", "unknown country", UNKNOWN, counts[None]))
    return colours, legend


def node_size(partners: int, level: str) -> float:
    base, step = (12.0, 6.0) if level == "country" else (8.0, 4.0)
    return round(base + step * math.sqrt(partners), 1)


def edge_width(weight: int) -> float:
    return round(min(1.0 + 1.5 * math.log2(max(weight, 1)), 12.0), 2)


def kind_label(kind: str) -> str:
    return kind.replace("-", " ")


def _when_text(record: dict[str, Any]) -> str:
    if record.get("date"):
        return str(record["date"])
    return f"{record['when']} (event date)" if record.get("when") else "undated"


def agreement_line(rec: dict[str, Any]) -> str:
    parts = [f"{kind_label(rec['kind'])}: {rec['title'] or '(untitled)'}", _when_text(rec)]
    if rec.get("event"):
        parts.append(f"at {rec['event']}")
    parts.append("report: " + ("; ".join(rec["sources"]) or "unknown"))
    return "\u2022 " + " \u2014 ".join(parts)


def count_line(rec: dict[str, Any]) -> str:
    parts = [f"{rec['number']} agreements reported only as a number", _when_text(rec)]
    if rec.get("event"):
        parts.append(f"at {rec['event']}")
    if rec.get("shared"):
        parts.append("among " + ", ".join(rec["countries"]) + " (not in the weight)")
    parts.append("report: " + ("; ".join(rec["sources"]) or "unknown"))
    return "\u2022 " + " \u2014 ".join(parts)


def _span(attrs: dict[str, Any]) -> str:
    first, last = attrs.get("first"), attrs.get("last")
    if not first:
        return ""
    return f", {first}" if first == last else f", {first} \u2026 {last}"


def edge_title(g: nx.Graph, a: Any, b: Any, attrs: dict[str, Any]) -> str:
    """Hover text of an edge: the pair, how many, since when, then each agreement."""
    records = attrs.get("agreements", [])
    counts = attrs.get("counts", [])
    head = f"{g.nodes[a]['label']} \u2014 {g.nodes[b]['label']}"
    n = len(records)
    summary = f"{n} agreement{'s' if n != 1 else ''}{_span(attrs)}"
    if attrs.get("counted"):
        summary += f"; +{attrs['counted']} reported only as a number"
    lines = [head, summary]
    lines += [agreement_line(r) for r in records[:MAX_LISTED]]
    if n > MAX_LISTED:
        lines.append(f"\u2026 and {n - MAX_LISTED} more")
    lines += [count_line(r) for r in counts]
    return "\n".join(lines)


def node_title(attrs: dict[str, Any], level: str) -> str:
    """Hover text of a node: name, kind and country, then its measures."""
    if level == "country":
        lines = [attrs["label"] + (f" ({attrs['country']})" if attrs.get("country") else ""),
                 f"Institutions: {attrs.get('institutions', 0)}",
                 f"Agreements: {attrs.get('agreements', 0)} "
                 f"({attrs.get('domestic', 0)} within the country)",
                 f"Partner countries: {attrs.get('partners', 0)}"]
        lines += [count_line(r) for r in attrs.get("counts", [])]
    else:
        where = attrs.get("country_name") or "unknown country"
        lines = [attrs["label"], f"{kind_label(attrs.get('kind', 'other'))}, {where}",
                 f"Agreements: {attrs.get('agreements', 0)}"]
        partners = f"Partners: {attrs.get('partners', 0)}"
        share = attrs.get("abroad_share")
        if share is not None:
            partners += f" ({round(share * 100)}% abroad)"
        lines.append(partners)
    if "betweenness" in attrs:
        lines.append(f"Betweenness: {attrs['betweenness']:.4f}; community {attrs['community']}")
    return "\n".join(lines)
