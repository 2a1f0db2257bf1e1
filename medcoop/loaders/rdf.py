"""Existing RDF: Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML.

Triples in the file's default graph go into a named graph for the file itself, described as a
report; named graphs in the file (e.g. a medcoop TriG export) keep their names and replace the
graphs of the same name in the store. Nothing is fetched from the network: a JSON-LD
``@context`` given as a URL is an error, and RDF/XML with entity declarations is refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from medcoop.errors import InputError
from medcoop.graph.store import RdfFile

NAME = "rdf"
FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


def parse(data: bytes, source: str, report_iri: str) -> dict[str, list[ox.Quad]]:
    """The quads of an RDF file, grouped by the named graph they go to."""
    fmt = FORMATS[Path(source).suffix.lower()]
    if fmt == ox.RdfFormat.RDF_XML and _ENTITY.search(data):
        raise InputError("RDF/XML with <!ENTITY> declarations is refused (entity expansion "
                         "can exhaust memory); expand or remove the entities", source)
    graphs: dict[str, list[ox.Quad]] = {}
    try:
        for quad in quads(report_iri, fmt, data=data):
            graph = quad.graph_name
            assert not isinstance(graph, ox.DefaultGraph)  # quads() moved those to the report
            graphs.setdefault(graph.value, []).append(quad)
    except SyntaxError as exc:
        raise syntax_error(exc, source) from exc
    except ValueError as exc:
        raise InputError(f"cannot read RDF: {exc}", source) from exc
    if not graphs:
        raise InputError("the file holds no triples", source)
    return graphs


def quads(report_iri: str, fmt: ox.RdfFormat, data: bytes | None = None,
          path: Path | None = None) -> Iterator[ox.Quad]:
    """An RDF document's quads (from ``data`` or read from ``path`` as it is parsed), those of
    its default graph moved into the report's own graph."""
    report = ox.NamedNode(report_iri)
    for quad in ox.parse(data, fmt, path=path, base_iri=report_iri, rename_blank_nodes=True):
        if isinstance(quad.graph_name, ox.DefaultGraph):
            quad = ox.Quad(quad.subject, quad.predicate, quad.object, report)
        yield quad


class _BlankNode(Exception):
    pass


def check(path: Path, fmt: ox.RdfFormat, report_iri: str, union: Path) -> RdfFile | None:
    """Read a file through once, strictly, writing its triples to ``union`` as N-Triples, so
    that Oxigraph's loader can then take the file itself (:meth:`Store.add_new_file`). None if
    it holds blank nodes (see RdfFile): the quad-by-quad path takes those.
    Raises SyntaxError."""
    graphs: set[str] = set()
    count = 0

    def triples() -> Iterator[ox.Triple]:
        nonlocal count
        last: object = None
        for quad in ox.parse(path=path, format=fmt, base_iri=report_iri):
            graph = quad.graph_name
            if graph != last:  # quads come in runs of one graph: one set lookup per run
                last = graph
                if isinstance(graph, ox.BlankNode):
                    raise _BlankNode
                graphs.add(report_iri if isinstance(graph, ox.DefaultGraph) else graph.value)
            if isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode):
                raise _BlankNode
            count += 1
            yield quad.triple

    try:
        ox.serialize(triples(), union, ox.RdfFormat.N_TRIPLES)
    except _BlankNode:
        return None
    return RdfFile(path, fmt, report_iri, frozenset(graphs), count, union)


def syntax_error(exc: SyntaxError, source: str) -> InputError:
    """The parser's complaint as one line naming the file and line."""
    message = str(exc.msg if hasattr(exc, "msg") else exc)
    if "LoadDocumentCallback" in message:
        message = ("the JSON-LD @context is a URL, and medcoop never fetches one; "
                   "inline the context in the file")
    return InputError(f"RDF syntax error: {message}", source, exc.lineno)
