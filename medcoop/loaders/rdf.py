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
from medcoop.graph.store import RdfPiece

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


LINE_FORMATS = (ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES)
PIECE_BYTES = 64 * 1024 * 1024  # ~250k quads of N-Quads


class BlankNodes(Exception):
    """The file holds a blank node, which Oxigraph's loader would name anew (see RdfPiece)."""


def checked_pieces(path: Path, fmt: ox.RdfFormat, report_iri: str, tmp: Path
                   ) -> Iterator[RdfPiece]:
    """A file read through once, strictly, each piece with its triples as N-Triples for the
    default graph, for :meth:`Store.add_new_pieces`. Line-based formats come in pieces of
    whole lines, read as they are wanted (the loader holds all it is given in memory until the
    end: 1.8 GB for 5M quads); others whole, their triples written to a file in ``tmp``.
    Raises SyntaxError (its line counted from the start of the file) and BlankNodes."""
    if fmt not in LINE_FORMATS:
        union = tmp / "union.nt"
        read = _Checked(report_iri)
        ox.serialize(read.triples(ox.parse(path=path, format=fmt, base_iri=report_iri)), union,
                     ox.RdfFormat.N_TRIPLES)
        yield RdfPiece(path, fmt, frozenset(read.graphs), read.quads, union)
        return
    line = 0
    for data in _whole_lines(path):
        read = _Checked(report_iri, blank=b"_:" in data)  # a blank node's label starts so
        try:
            nt = ox.serialize(read.triples(ox.parse(data, fmt, base_iri=report_iri)), None,
                              ox.RdfFormat.N_TRIPLES) or b""
        except SyntaxError as exc:
            exc.lineno = (exc.lineno or 1) + line
            raise
        line += data.count(b"\n")
        yield RdfPiece(data, fmt, frozenset(read.graphs), read.quads, nt)


class _Checked:
    """What reading a file's quads has found: their graphs (its default graph is the report's)
    and number."""

    def __init__(self, report_iri: str, blank: bool = True) -> None:
        self.report_iri = report_iri
        self.blank = blank  # whether a blank node may occur (checking each quad costs 15%)
        self.graphs: set[str] = set()
        self.quads = 0

    def triples(self, quads: Iterator[ox.Quad]) -> Iterator[ox.Triple]:
        last: object = None
        for quad in quads:
            graph = quad.graph_name
            if graph != last:  # quads come in runs of one graph: one set lookup per run
                last = graph
                if isinstance(graph, ox.BlankNode):
                    raise BlankNodes
                self.graphs.add(self.report_iri if isinstance(graph, ox.DefaultGraph)
                                else graph.value)
            if self.blank and (isinstance(quad.subject, ox.BlankNode)
                               or isinstance(quad.object, ox.BlankNode)):
                raise BlankNodes
            self.quads += 1
            yield quad.triple


def _whole_lines(path: Path) -> Iterator[bytes]:
    with path.open("rb") as f:
        rest = b""
        while block := f.read(PIECE_BYTES):
            cut = block.rfind(b"\n") + 1
            if cut == 0:
                rest += block
                continue
            yield rest + block[:cut]
            rest = block[cut:]
        if rest:
            yield rest


def syntax_error(exc: SyntaxError, source: str) -> InputError:
    """The parser's complaint as one line naming the file and line."""
    message = str(exc.msg if hasattr(exc, "msg") else exc)
    if "LoadDocumentCallback" in message:
        message = ("the JSON-LD @context is a URL, and medcoop never fetches one; "
                   "inline the context in the file")
    return InputError(f"RDF syntax error: {message}", source, exc.lineno)
