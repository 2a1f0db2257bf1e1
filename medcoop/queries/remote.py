"""Remote stores: query a SPARQL endpoint, publish report graphs to one (stdlib urllib only).

The SPARQL 1.1 Protocol has no way to send bindings beside a query, so a remote query's
parameters travel as a ``VALUES`` block of RDF terms serialised by pyoxigraph (N-Triples
escaping, so a value can never close a string or an IRI), placed at the start of the outer
``WHERE`` group where it restricts the query as a substitution does.

Publishing replaces each report's named graph on the remote store, by either protocol:

* ``gsp``: SPARQL 1.1 Graph Store HTTP Protocol, ``PUT URL?graph=G`` with the graph as
  N-Triples (Oxigraph ``/store``, Fuseki ``/DATASET/data``, GraphDB
  ``/repositories/ID/rdf-graphs/service``, Virtuoso ``/sparql-graph-crud``);
* ``update``: SPARQL 1.1 Update, ``DROP SILENT GRAPH <G> ; INSERT DATA { GRAPH <G> {...} }``
  posted to the update endpoint (Oxigraph ``/update``, Fuseki ``/DATASET/update``, ...).

Both replace the graph, so publishing twice leaves the remote store as publishing once.

Stores that ask for a login get HTTP Basic credentials (``auth``) on every request; use HTTPS
for anything but a loopback address, as Basic sends the password unencrypted.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox

from medcoop.errors import EndpointError, QueryError
from medcoop.graph.ids import DEFAULT_BASE
from medcoop.graph.store import Store
from medcoop.graph.terms import PREFIXES
from medcoop.queries.runner import QueryResult, Term

log = logging.getLogger(__name__)

PROTOCOLS = ("gsp", "update")
_ACCEPT = ("application/sparql-results+json, text/turtle;q=0.9, "
           "application/n-triples;q=0.8")
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_COMMENT = re.compile(r"(?m)^\s*#.*$")
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)

Auth = tuple[str, str]
"""A user name and password for HTTP Basic authentication."""


@dataclass(frozen=True)
class Published:
    graphs: int
    triples: int


class RemoteEngine:
    """A SPARQL endpoint reached over HTTP; its default graph is whatever the server makes it."""

    def __init__(self, url: str, base: str = DEFAULT_BASE, timeout: float = 60.0,
                 auth: Auth | None = None):
        self.url = url
        self.base = base
        self.timeout = timeout
        self.auth = auth

    def run(self, sparql: str, bindings: Mapping[str, Term]) -> QueryResult:
        text = with_prefixes(with_values(sparql, bindings))
        body = urllib.parse.urlencode({"query": text}).encode()
        request = urllib.request.Request(self.url, data=body, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": _ACCEPT})
        status, content_type, data = _send(request, self.timeout, query=True, auth=self.auth)
        if "json" in content_type:
            return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        if "xml" in content_type and "rdf" not in content_type:
            return ox.parse_query_results(data, format=ox.QueryResultsFormat.XML)
        rdf_format = ox.RdfFormat.from_media_type(content_type)
        if rdf_format is None:
            raise EndpointError(f"{self.url} answered {status} with {content_type or 'no type'}, "
                                "neither SPARQL results nor RDF; is it a SPARQL query endpoint?")
        return [q.triple for q in ox.parse(data, format=rdf_format)]


def with_values(sparql: str, bindings: Mapping[str, Term]) -> str:
    """The query with a VALUES block of ``bindings`` opening its outer WHERE group."""
    if not bindings:
        return sparql
    names = list(bindings)
    block = (f"VALUES ({' '.join('?' + n for n in names)}) "
             f"{{ ({' '.join(str(bindings[n]) for n in names)}) }}")
    # Comments are blanked (same length) so a WHERE in the header is not taken for the query's.
    searchable = _COMMENT.sub(lambda m: " " * len(m.group()), sparql)
    match = _WHERE.search(searchable)
    if match is None:  # no WHERE keyword: bind after the query, as a trailing VALUES clause
        return f"{sparql.rstrip()}\n{block}\n"
    return f"{sparql[:match.end()]}\n  {block}\n{sparql[match.end():]}"


def with_prefixes(sparql: str) -> str:
    """The query with medcoop's prefixes (``mc:``, ``org:``, ...) declared where it lacks them.

    The local store is given them beside the query; a remote endpoint only reads the text, so
    an ad-hoc query that works locally would otherwise fail there. Unused prefixes are harmless.
    """
    declared = {m.group(1) or "" for m in _DECLARED.finditer(_COMMENT.sub("", sparql))}
    missing = [f"PREFIX {name}: <{iri}>" for name, iri in PREFIXES.items()
               if name not in declared]
    return "\n".join([*missing, sparql]) if missing else sparql


def publish(store: Store, url: str, protocol: str = "gsp", timeout: float = 120.0,
            on_graph: Callable[[str], None] | None = None,
            auth: Auth | None = None) -> Published:
    """Replace every named graph of ``store`` on the remote store at ``url``."""
    if protocol not in PROTOCOLS:
        raise ValueError(f"protocol must be one of {PROTOCOLS}, not {protocol!r}")
    graphs = triples = 0
    # Only the medcoop Store is bound in this frame, never its pyoxigraph store: a traceback
    # kept after a failed request must not keep the database (and its lock) open.
    for graph in sorted(store.oxigraph.named_graphs(), key=lambda g: g.value):
        quads = [q.triple for q in store.oxigraph.quads_for_pattern(None, None, None, graph)]
        data = ox.serialize(quads, format=ox.RdfFormat.N_TRIPLES) or b""
        if protocol == "gsp":
            target = f"{url}{'&' if '?' in url else '?'}" + urllib.parse.urlencode(
                {"graph": graph.value})
            request = urllib.request.Request(target, data=data, method="PUT", headers={
                "Content-Type": "application/n-triples"})
        else:
            update = (f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n"
                      f"{data.decode('utf-8')}}} }}")
            request = urllib.request.Request(url, data=update.encode("utf-8"), method="POST",
                                             headers={"Content-Type": "application/sparql-update"})
        _send(request, timeout, query=False, auth=auth)
        log.debug("published %s (%d triples)", graph.value, len(quads))
        graphs, triples = graphs + 1, triples + len(quads)
        if on_graph is not None:
            on_graph(graph.value)
    return Published(graphs, triples)


def _send(request: urllib.request.Request, timeout: float, query: bool,
          auth: Auth | None = None) -> tuple[int, str, bytes]:
    url = request.full_url.split("?")[0]
    if auth is not None:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode("ascii")
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content_type = response.headers.get("Content-Type", "").split(";")[0].strip()
            return response.status, content_type, response.read()
    except urllib.error.HTTPError as exc:
        detail = " ".join(exc.read().decode("utf-8", "replace").split())[:500]
        if query and exc.code == 400:  # the server's parser or evaluator refused the query
            raise QueryError(f"{url} refused the query: {detail}") from exc
        if exc.code in (401, 403):
            what = "refused these credentials" if auth else "asks for a user name and password"
            raise EndpointError(f"{url} answered HTTP {exc.code} {exc.reason}: the server "
                                f"{what}; give --user NAME with the password in "
                                "$MEDCOOP_PASSWORD") from exc
        raise EndpointError(f"{url} answered HTTP {exc.code} {exc.reason}: {detail}") from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise EndpointError(f"cannot reach {url}: {reason}; check the URL and that the server "
                            "is running") from exc


def endpoint_json(url: str, sparql: str, timeout: float = 10.0) -> dict[str, object]:
    """A SELECT query's SPARQL JSON results as a dict (used to check a server answers)."""
    query = urllib.parse.urlencode({"query": sparql})
    request = urllib.request.Request(f"{url}?{query}", headers={
        "Accept": "application/sparql-results+json"})
    result: dict[str, object] = json.loads(_send(request, timeout, query=True)[2])
    return result
