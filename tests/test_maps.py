"""Partnership maps: the NetworkX view against a fixture with known answers, then the page,
the pyvis Network, the picture and the command. The browser tests are in test_maps_browser.py."""

from __future__ import annotations

import html
import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from medcoop.countries import UnknownCountryError
from medcoop.graph.layout import clustered_layout
from medcoop.graph.mapdata import MapFilter, date_span, read_map_data
from medcoop.graph.maps import caption, map_html, to_pyvis, write_image, write_map
from medcoop.graph.network import build_graph, graph_from_data
from medcoop.graph.store import Store

from .mapfixture import XSS, XSS_SCRIPT, load_fixture, load_xss

KZ1, KZ2 = "Almaty City Hospital", "Astana Medical University"
TJ1, KR1, XX = "Dushanbe Research Centre", "Seoul Clinic", "Mystery Foundation"


@pytest.fixture
def fixture_store(store: Store) -> Store:
    load_fixture(store)
    return store


def by_label(g: nx.Graph) -> dict[str, dict[str, Any]]:
    return {attrs["label"]: attrs for _, attrs in g.nodes(data=True)}


def edges_by_label(g: nx.Graph) -> dict[frozenset[str], dict[str, Any]]:
    return {frozenset((g.nodes[a]["label"], g.nodes[b]["label"])): attrs
            for a, b, attrs in g.edges(data=True)}


# -- the institution graph ---------------------------------------------------------------------

def test_institution_graph_nodes_and_attributes(fixture_store: Store) -> None:
    g = build_graph(fixture_store)
    nodes = {label: {k: a[k] for k in ("country", "kind", "agreements", "partners",
                                         "weighted_degree", "betweenness", "abroad_share")}
             for label, a in by_label(g).items()}
    assert nodes == {
        KZ1: {"country": "KZ", "kind": "hospital", "agreements": 4, "partners": 3,
              "weighted_degree": 4, "betweenness": 0.0, "abroad_share": 0.6667},
        KZ2: {"country": "KZ", "kind": "university", "agreements": 2, "partners": 3,
              "weighted_degree": 3, "betweenness": 0.0, "abroad_share": 0.6667},
        TJ1: {"country": "TJ", "kind": "research-center", "agreements": 3, "partners": 3,
              "weighted_degree": 4, "betweenness": 0.0, "abroad_share": 1.0},
        KR1: {"country": "KR", "kind": "hospital", "agreements": 3, "partners": 4,
              "weighted_degree": 4, "betweenness": 0.5, "abroad_share": 1.0},
        XX: {"country": None, "kind": "other", "agreements": 1, "partners": 1,
             "weighted_degree": 1, "betweenness": 0.0, "abroad_share": None},
    }
    communities = {label: a["community"] for label, a in by_label(g).items()}
    assert communities == {KZ1: 0, KZ2: 0, TJ1: 0, KR1: 1, XX: 1}
    assert g.graph["communities"] == 2 and g.graph["betweenness"] == "exact"


def test_institution_graph_edges_carry_their_agreements(fixture_store: Store) -> None:
    g = build_graph(fixture_store)
    edges = {pair: (a["weight"], [r["title"] for r in a["agreements"]], a["first"], a["last"])
             for pair, a in edges_by_label(g).items()}
    assert edges == {
        frozenset((KZ1, TJ1)): (2, ["second memorandum", "training memorandum"],
                                "2023-05-10", "2023-05-11"),
        frozenset((KZ1, KZ2)): (1, ["local memorandum"], "2021", "2021"),
        frozenset((KZ1, KR1)): (1, ["supply contract"], None, None),
        frozenset((KZ2, TJ1)): (1, ["research agreement"], "2022-03", "2022-03"),
        frozenset((KZ2, KR1)): (1, ["research agreement"], "2022-03", "2022-03"),
        frozenset((TJ1, KR1)): (1, ["research agreement"], "2022-03", "2022-03"),
        frozenset((XX, KR1)): (1, ["mystery plan"], "2024-01-02", "2024-01-02"),
    }
    training, second = (edges_by_label(g)[frozenset((KZ1, TJ1))]["agreements"][i]
                        for i in (1, 0))
    # The same agreement in two reports is one agreement with two sources.
    assert {k: training[k] for k in ("kind", "date", "when", "event", "sources")} == {
        "kind": "memorandum", "date": "2023-05-11", "when": "2023-05-11",
        "event": "Kazakh Medicine Days", "sources": ["Report A", "Report B"]}
    # Undated, but signed at an event: filtered and sorted by the event's date.
    assert {k: second[k] for k in ("date", "when", "sources")} == {
        "date": None, "when": "2023-05-10", "sources": ["Report B"]}
    assert g.graph["agreements"] == 6 and g.graph["sources"] == 2
    assert g.graph["undated"] == 1
    assert [(c["number"], c["countries"], c["shared"]) for c in g.graph["counts"]] == [
        (31, ["KZ", "TJ"], False), (14, ["KR", "KZ", "TJ"], True)]


# -- the country graph -------------------------------------------------------------------------

def test_country_graph_weights_include_counts_only_figures(fixture_store: Store) -> None:
    g = build_graph(fixture_store, "country")
    nodes = {code: {k: a[k] for k in ("label", "institutions", "agreements", "domestic",
                                        "partners", "weighted_degree")}
             for code, a in g.nodes(data=True)}
    assert nodes == {
        "KR": {"label": "South Korea", "institutions": 1, "agreements": 3, "domestic": 0,
               "partners": 2, "weighted_degree": 3},
        "KZ": {"label": "Kazakhstan", "institutions": 2, "agreements": 5, "domestic": 1,
               "partners": 2, "weighted_degree": 36},
        "TJ": {"label": "Tajikistan", "institutions": 1, "agreements": 3, "domestic": 0,
               "partners": 2, "weighted_degree": 35},
    }
    edges = {frozenset((a, b)): (e["weight"], e["named"], e["counted"], e["counts_only"],
                                 sorted(r["title"] for r in e["agreements"]),
                                 [(c["number"], c["shared"]) for c in e["counts"]])
             for a, b, e in g.edges(data=True)}
    assert edges == {
        frozenset(("KZ", "TJ")): (34, 3, 31, False,
                                  ["research agreement", "second memorandum",
                                   "training memorandum"], [(31, False), (14, True)]),
        frozenset(("KR", "KZ")): (2, 2, 0, False, ["research agreement", "supply contract"],
                                  [(14, True)]),
        frozenset(("KR", "TJ")): (1, 1, 0, False, ["research agreement"], [(14, True)]),
    }
    # The mystery plan has one party of unknown country: no pair of countries to join.
    assert g.graph["unplaced"] == 1


def test_a_count_alone_makes_a_dashed_counts_only_edge(store: Store) -> None:
    from medcoop.facts import Facts
    from medcoop.graph.mapping import ReportMeta

    facts = Facts.from_dict({
        "document": {"title": "Forum"}, "institutions": [], "people": [],
        "events": [{"id": "f", "name": "Health Forum", "year": 2022}], "agreements": [],
        "agreement_counts": [{"event": "f", "count": 9, "countries": ["UZ", "RU"]}]})
    store.put_report(facts, ReportMeta(iri=store.minter.report("forum")))
    g = build_graph(store, "country")
    assert [(a, b, e["weight"], e["counted"], e["counts_only"])
            for a, b, e in g.edges(data=True)] == [("RU", "UZ", 9, 9, True)]
    page = map_html(g)
    assert _page_data(page)["edges"][0]["dashes"] is True


# -- filters -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("flt", "titles", "counts", "left_out"), [
    (MapFilter(countries=("tj",)),
     ["research agreement", "second memorandum", "training memorandum"], [31, 14],
     {"agreements outside the countries": 3}),
    (MapFilter(since="2023"),
     ["mystery plan", "second memorandum", "training memorandum"], [31, 14],
     {"agreements outside the dates": 2, "undated agreements": 1}),
    (MapFilter(until="2022-03-15"), ["local memorandum", "research agreement"], [],
     {"agreements outside the dates": 3, "undated agreements": 1,
      "counts at other events or dates": 2}),
    (MapFilter(event="medicine DAYS"), ["second memorandum", "training memorandum"],
     [31, 14], {"agreements at other events": 4}),
    (MapFilter(countries=("KR",), since="2022-03-31", until="2023-12"),
     ["research agreement"], [14],
     {"agreements outside the countries": 3, "agreements outside the dates": 1,
      "undated agreements": 1, "counts outside the countries": 1}),
])
def test_filters(fixture_store: Store, flt: MapFilter, titles: list[str], counts: list[int],
                 left_out: dict[str, int]) -> None:
    data = read_map_data(fixture_store, flt)
    assert sorted(a.title or "" for a in data.agreements) == titles
    assert [c.number for c in data.counts] == counts
    assert data.left_out == left_out


def test_filtering_keeps_the_partners_abroad(fixture_store: Store) -> None:
    g = build_graph(fixture_store, flt=MapFilter(countries=("TJ",)))
    assert sorted(by_label(g)) == sorted([KZ1, KZ2, TJ1, KR1])
    assert g.graph["filter"] == "countries TJ"


def test_bad_filters_say_what_is_wrong() -> None:
    with pytest.raises(UnknownCountryError):
        MapFilter(countries=("QQ",))
    with pytest.raises(ValueError, match="since '2023-13' is not a date"):
        MapFilter(since="2023-13")
    assert date_span("2024-02") == (date_span("2024-02-01")[0],  # type: ignore[index]
                                    date_span("2024-02-29")[1])  # type: ignore[index]


def test_unknown_level_is_refused(fixture_store: Store) -> None:
    with pytest.raises(ValueError, match="level 'city' is not one of institution, country"):
        graph_from_data(read_map_data(fixture_store), "city")  # type: ignore[arg-type]


# -- layout ------------------------------------------------------------------------------------

def test_layout_is_deterministic_and_gives_every_node_a_place(fixture_store: Store) -> None:
    g = build_graph(fixture_store)
    first, second = clustered_layout(g), clustered_layout(g)
    assert first == second and set(first) == set(g.nodes)
    assert len(set(first.values())) == g.number_of_nodes()


# -- the page ----------------------------------------------------------------------------------

def _page_data(page: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="map-data">(.*?)</script>', page,
                      flags=re.S)
    assert match is not None
    return json.loads(match.group(1))


REMOTE = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


def test_page_is_self_contained_and_its_data_is_exact(fixture_store: Store) -> None:
    g = build_graph(fixture_store)
    page = map_html(g)
    assert REMOTE.findall(page) == []
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert csp is not None and html.unescape(csp.group(1)).startswith(
        "default-src 'none'; script-src 'sha256-")
    assert "sourceMappingURL" not in page
    data = _page_data(page)
    assert sorted(n["label"] for n in data["nodes"]) == sorted([KZ1, KZ2, TJ1, KR1, XX])
    assert len(data["edges"]) == 7
    kz1 = next(n for n in data["nodes"] if n["label"] == KZ1)
    assert (kz1["shape"], kz1["country"], kz1["size"]) == ("dot", "KZ", 14.9)
    assert kz1["title"] == ("Almaty City Hospital\nhospital, Kazakhstan\nAgreements: 4\n"
                            "Partners: 3 (67% abroad)\nBetweenness: 0.0000; community 0")
    index = {n["id"]: n["label"] for n in data["nodes"]}
    pair = next(e for e in data["edges"] if {index[e["from"]], index[e["to"]]} == {KZ1, TJ1})
    assert pair["width"] == 2.5
    assert pair["title"].splitlines() == [
        "Almaty City Hospital \u2014 Dushanbe Research Centre",
        "2 agreements, 2023-05-10 \u2026 2023-05-11",
        "\u2022 memorandum: second memorandum \u2014 2023-05-10 (event date) \u2014 at Kazakh "
        "Medicine Days \u2014 report: Report B",
        "\u2022 memorandum: training memorandum \u2014 2023-05-11 \u2014 at Kazakh Medicine "
        "Days \u2014 report: Report A; Report B",
    ]
    assert [c["label"] for c in data["legend"]["countries"]] == [
        "Kazakhstan (KZ)", "South Korea (KR)", "Tajikistan (TJ)", "unknown country"]
    assert data["options"]["physics"] == {"enabled": False}


def test_caption_says_what_is_drawn_from_which_data(fixture_store: Store) -> None:
    g = build_graph(fixture_store, flt=MapFilter(since="2023"))
    assert caption(g)[:4] == [
        "Drawn: 4 institutions from 3 countries (1 of unknown country) and 2 partner pairs, "
        "from 3 agreements in 2 reports.",
        "Dates: 2023-05-10 to 2024-01-02.",
        "Filters: since 2023. Left out: 2 agreements outside the dates, 1 undated "
        "agreements.",
        "Counts-only figures (a report gives only a number, e.g. \u201c31 memorandums\u201d): "
        "2, 45 agreements in all; they name no institutions, so only the country map draws "
        "them.",
    ]


def test_text_from_reports_is_escaped_in_the_page(store: Store) -> None:
    load_xss(store)
    page = map_html(build_graph(store), title=XSS)
    assert XSS not in page and XSS_SCRIPT not in page
    assert page.count("</script>") == 3  # the data block, vis-network, the page's script
    assert "<h1>&lt;img src=x onerror=&#34;window.__xss=1&#34;&gt;</h1>" in page
    assert sorted(n["label"] for n in _page_data(page)["nodes"]) == sorted([XSS, XSS_SCRIPT])


# -- notebook API, picture, command ------------------------------------------------------------

def test_to_pyvis_gives_the_same_network(fixture_store: Store) -> None:
    net = to_pyvis(build_graph(fixture_store, "country"))
    assert (net.num_nodes(), net.num_edges()) == (3, 3)
    assert sorted(n["label"] for n in net.nodes) == ["Kazakhstan", "South Korea", "Tajikistan"]
    assert net.options["physics"] == {"enabled": False}
    assert '"label": "Kazakhstan"' in net.generate_html()


def test_svg_picture_has_title_legend_and_escaped_names(store: Store, tmp_path: Path) -> None:
    load_xss(store)
    out = write_image(build_graph(store), tmp_path / "map.svg")
    root = ET.parse(out).getroot()  # well-formed XML: no markup leaked in
    assert not [el for el in root.iter() if el.tag.rsplit("}", 1)[-1] in ("img", "script")]
    text = out.read_text(encoding="utf-8")
    assert "Cross-border medical cooperation: institutions" in text
    assert "&lt;img src=x onerror=" in text and "Kazakhstan (KZ): 1" in text


def test_an_empty_store_gives_an_empty_map(store: Store, tmp_path: Path) -> None:
    result = write_map(store, tmp_path / "empty.html")
    assert (result.nodes, result.edges) == (0, 0)
    page = result.path.read_text(encoding="utf-8")
    assert _page_data(page)["nodes"] == []
    assert ("<p>Drawn: 0 institutions from 0 countries and 0 partner pairs, from 0 agreements in "
            "0 reports.</p>") in page
    assert write_image(build_graph(store, "country"), tmp_path / "empty.svg").exists()


def test_levels_agree_between_the_command_and_the_library() -> None:
    from medcoop.cli._maps import LEVELS as CLI_LEVELS
    from medcoop.graph.network import LEVELS

    assert CLI_LEVELS == LEVELS


def test_write_map_png(fixture_store: Store, tmp_path: Path) -> None:
    result = write_map(fixture_store, tmp_path / "countries.png", "country")
    assert (result.format, result.nodes, result.edges) == ("png", 3, 3)
    assert result.path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert [p.name for p in tmp_path.iterdir()] == ["countries.png"]  # no temporary left
    umask = os.umask(0)
    os.umask(umask)
    # The usual permissions of a new file, not a private temporary's: a map is for sharing.
    assert result.path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_map_command(run, store_dir: Path, tmp_path: Path) -> None:
    with Store(store_dir) as s:
        load_fixture(s)
    out = tmp_path / "kz.html"
    result = run("map", "-o", out, "--country", "KZ,TJ", "--since", "2022")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"Wrote a html map of 4 institutions and 4 links to {out}.\n"
    data = _page_data(out.read_text(encoding="utf-8"))
    assert (len(data["nodes"]), len(data["edges"])) == (4, 4)
    svg = run("map", "-o", tmp_path / "c.svg", "--level", "country", "--event", "days")
    assert svg.stderr == f"Wrote a svg map of 3 countries and 3 links to {tmp_path / 'c.svg'}.\n"


@pytest.mark.parametrize(("args", "message"), [
    (["--country", "QQ"], "Error: unknown country code 'QQ'"),
    (["--since", "May 2023"], "Error: since 'May 2023' is not a date: write YYYY, YYYY-MM or "
                              "YYYY-MM-DD"),
])
def test_map_command_bad_input(run, tmp_path: Path, args: list[str], message: str) -> None:
    result = run("map", "-o", tmp_path / "x.html", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert not (tmp_path / "x.html").exists()


def test_country_colours_go_to_the_better_connected_on_ties() -> None:
    import networkx as nx

    from medcoop.graph._mapstyle import country_colours

    g = nx.Graph()
    for code in ("AA", "BB", "CC"):
        g.add_node(code, country=code, country_name=code)
    g.add_edge("CC", "BB", weight=5)
    g.add_edge("CC", "AA", weight=1)
    _, legend = country_colours(g)
    assert [entry.key for entry in legend] == ["CC", "BB", "AA"]
