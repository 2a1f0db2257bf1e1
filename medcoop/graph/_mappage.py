"""The self-contained HTML page of an interactive map.

Everything the page needs is inside it: vis-network's script and stylesheet are read from the
files the pyvis package ships (``pyvis/lib/vis-9.1.2``) and written inline, the map's data is
a JSON block, and the page's own script is below. A Content-Security-Policy forbids every
request (``default-src 'none'``) and lets only these two scripts run, by their SHA-256 hashes,
so text from reports can never become markup or code: the JSON has ``<``, ``>`` and ``&``
escaped, the title and caption go through Jinja's autoescape, and the script writes names into
the page with ``textContent`` only.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import cache
from importlib.resources import files
from typing import Any

from jinja2 import Environment

VIS_VERSION = "vis-9.1.2"
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)

# The page's own behaviour: country filter, name search, legend. Plain DOM, no libraries.
APP_JS = r"""
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("map-data").textContent);
  var nodes = new vis.DataSet(D.nodes);
  var edges = new vis.DataSet(D.edges);
  var shown = null, focus = null;
  var nodeView = new vis.DataView(nodes, {filter: function (n) {
    return shown === null || shown.has(n.id);
  }});
  var edgeView = new vis.DataView(edges, {filter: function (e) {
    return shown === null || (shown.has(e.from) && shown.has(e.to) &&
                              (focus.has(e.from) || focus.has(e.to)));
  }});
  var container = document.getElementById("map");
  var network = new vis.Network(container, {nodes: nodeView, edges: edgeView}, D.options);
  var status = document.getElementById("status");
  var select = document.getElementById("country");
  var find = document.getElementById("find");
  var state = {network: network, nodes: nodes, edges: edges, nodeView: nodeView,
               edgeView: edgeView, firstDraw: null};
  window.medcoopMap = state;
  network.once("afterDrawing", function () {
    state.firstDraw = performance.now();
    document.body.setAttribute("data-drawn", "yes");
  });

  function neighbours(ids) {
    var out = new Set(ids);
    edges.forEach(function (e) {
      if (ids.has(e.from)) { out.add(e.to); }
      if (ids.has(e.to)) { out.add(e.from); }
    });
    return out;
  }
  function restrict(ids) {
    if (ids === null) { shown = null; focus = null; }
    else { focus = ids; shown = neighbours(ids); }
    nodeView.refresh();
    edgeView.refresh();
    network.fit({animation: false});
    status.textContent = shown === null ? "" :
      focus.size + " selected, " + shown.size + " with their partners";
  }
  function byCountry(code) {
    if (!code) { restrict(null); return; }
    var ids = new Set(nodes.getIds({filter: function (n) {
      return code === "*" ? n.other === true : n.country === code;
    }}));
    restrict(ids);
  }
  function matches() {
    var q = find.value.trim().toLowerCase();
    if (q.length < 2) { return []; }
    return nodes.getIds({filter: function (n) {
      return n.label.toLowerCase().indexOf(q) >= 0 && (shown === null || shown.has(n.id));
    }});
  }
  state.byCountry = byCountry;
  state.matches = matches;

  D.legend.countries.forEach(function (c) {
    var opt = document.createElement("option");
    opt.value = c.key;
    opt.textContent = c.count === null ? c.label : c.label + " \u2014 " + c.count;
    select.appendChild(opt);
    var item = document.createElement("li");
    var swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = c.colour;
    item.appendChild(swatch);
    item.appendChild(document.createTextNode(
      c.count === null ? c.label : c.label + " (" + c.count + ")"));
    item.title = "Show only this country and its partners";
    item.addEventListener("click", function () { select.value = c.key; byCountry(c.key); });
    document.getElementById("legend-countries").appendChild(item);
  });
  D.legend.kinds.forEach(function (k) {
    var item = document.createElement("li");
    item.textContent = k.glyph + " " + k.label;
    document.getElementById("legend-kinds").appendChild(item);
  });
  var names = document.getElementById("names");
  nodes.forEach(function (n) {
    var opt = document.createElement("option");
    opt.value = n.label;
    names.appendChild(opt);
  });

  select.addEventListener("change", function () { byCountry(select.value); });
  var timer = null;
  find.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var ids = matches();
      network.selectNodes(ids);
      if (ids.length > 0 && ids.length <= 50) { network.fit({nodes: ids, animation: false}); }
      status.textContent = find.value.trim().length < 2 ? "" : ids.length + " found";
    }, 150);
  });
  document.getElementById("only").addEventListener("click", function () {
    var ids = matches();
    if (ids.length) { restrict(new Set(ids)); }
  });
  document.getElementById("reset").addEventListener("click", function () {
    select.value = "";
    find.value = "";
    network.unselectAll();
    restrict(null);
  });
})();
"""

_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{ csp }}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="medcoop">
<title>{{ title }}</title>
<style>{{ vis_css }}</style>
<style>
  html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, sans-serif; color: #222; }
  body { display: flex; flex-direction: column; }
  header { padding: 8px 14px; border-bottom: 1px solid #ddd; }
  h1 { font-size: 18px; margin: 0 0 6px; }
  .controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
  .controls input { width: 22em; }
  #status { color: #555; }
  main { flex: 1; display: flex; min-height: 0; }
  #map { flex: 1; min-width: 0; background: #fff; }
  aside { width: 230px; overflow: auto; padding: 8px 12px; border-left: 1px solid #ddd;
          font-size: 13px; }
  aside h2 { font-size: 13px; margin: 8px 0 4px; }
  aside ul { list-style: none; margin: 0; padding: 0; }
  #legend-countries li { cursor: pointer; padding: 1px 0; }
  #legend-countries li:hover { text-decoration: underline; }
  .swatch { display: inline-block; width: 11px; height: 11px; margin-right: 6px;
            border-radius: 2px; vertical-align: -1px; }
  footer { padding: 6px 14px; border-top: 1px solid #ddd; font-size: 12px; color: #444; }
  footer p { margin: 2px 0; }
  div.vis-tooltip { white-space: pre-wrap; max-width: 560px; font: 12px/1.35 system-ui,
                    sans-serif; }
</style>
</head>
<body>
<header>
  <h1>{{ title }}</h1>
  <div class="controls">
    <label>Country <select id="country"><option value="">all countries</option></select>
    </label>
    <label>Name <input id="find" type="search" list="names"
      placeholder="type part of an institution's name"></label>
    <datalist id="names"></datalist>
    <button id="only" type="button">Show only matches and partners</button>
    <button id="reset" type="button">Reset</button>
    <span id="status" aria-live="polite"></span>
  </div>
</header>
<main>
  <div id="map" role="img" aria-label="{{ title }}"></div>
  <aside>
    <h2>Colour: country</h2><ul id="legend-countries"></ul>
    {% if show_kinds %}<h2>Shape: kind</h2>{% endif %}<ul id="legend-kinds"></ul>
    <h2>Lines</h2>
    <ul>{% for line in edge_legend %}<li>{{ line }}</li>{% endfor %}</ul>
  </aside>
</main>
<footer>{% for line in caption %}<p>{{ line }}</p>{% endfor %}</footer>
<script type="application/json" id="map-data">{{ data }}</script>
<script>{{ vis_js }}</script>
<script>{{ app_js }}</script>
</body>
</html>
"""


@cache
def _environment() -> Environment:
    return Environment(autoescape=True, keep_trailing_newline=True)


@cache
def vis_assets() -> tuple[str, str]:
    """vis-network's script and stylesheet, from the files the pyvis package ships."""
    lib = files("pyvis") / "lib" / VIS_VERSION
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    # A source-map comment makes developer tools fetch a file that is not there.
    js = _SOURCE_MAP.sub("", js).replace("</script", "<\\/script")
    return js, css.replace("</style", "<\\/style")


def script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` left."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_page(*, title: str, caption: list[str], edge_legend: list[str],
                data: dict[str, Any]) -> str:
    """The whole page as text. ``data`` holds ``nodes``, ``edges``, ``options``, ``legend``."""
    from markupsafe import Markup

    vis_js, vis_css = vis_assets()
    csp = ("default-src 'none'; "
           f"script-src {_hash(vis_js)} {_hash(APP_JS)}; "
           "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; "
           "base-uri 'none'; form-action 'none'")
    return _environment().from_string(_TEMPLATE).render(
        title=title, caption=caption, edge_legend=edge_legend, csp=csp,
        show_kinds=bool(data["legend"]["kinds"]),
        vis_css=Markup(vis_css), vis_js=Markup(vis_js), app_js=Markup(APP_JS),
        data=Markup(script_json(data)))
