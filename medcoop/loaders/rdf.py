"""Existing RDF: Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML.

Triples in the file's default graph go into a named graph for the file itself, described as a
report; named graphs in the file (e.g. a medcoop TriG export) keep their names and replace the
graphs of the same name in the store. Nothing is fetched from the network: a JSON-LD
``@context`` given as a URL is an error, and RDF/XML with entity declarations is refused.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox

from medcoop.errors import InputError

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
    report = ox.NamedNode(report_iri)
    graphs: dict[str, list[ox.Quad]] = {}
    try:
        for quad in ox.parse(data, fmt, base_iri=report_iri, rename_blank_nodes=True):
            graph = quad.graph_name
            if isinstance(graph, ox.DefaultGraph):
                quad = ox.Quad(quad.subject, quad.predicate, quad.object, report)
                graph = report
            graphs.setdefault(str(graph.value), []).append(quad)
    except SyntaxError as exc:
        message = str(exc.msg if hasattr(exc, "msg") else exc)
        if "LoadDocumentCallback" in message:
            message = ("the JSON-LD @context is a URL, and medcoop never fetches one; "
                       "inline the context in the file")
        raise InputError(f"RDF syntax error: {message}", source, exc.lineno) from exc
    except ValueError as exc:
        raise InputError(f"cannot read RDF: {exc}", source) from exc
    if not graphs:
        raise InputError("the file holds no triples", source)
    return graphs
