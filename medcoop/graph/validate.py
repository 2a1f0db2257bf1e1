"""SHACL validation of the store with pyshacl, and a report a person can read."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from medcoop.graph.store import Store, select, value
from medcoop.ontology import shapes_path

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Finding:
    severity: str  # "Violation" or "Warning"
    focus: str
    label: str | None
    path: str | None
    message: str
    reports: tuple[str, ...]

    def line(self) -> str:
        who = f"{self.label} <{self.focus}>" if self.label else f"<{self.focus}>"
        where = f" [{self.path}]" if self.path else ""
        src = f" (from {', '.join(self.reports)})" if self.reports else ""
        return f"{self.severity}: {who}{where}: {self.message}{src}"


@dataclass
class ValidationResult:
    conforms: bool
    triples: int
    findings: list[Finding] = field(default_factory=list)

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity != "Violation"]


def union_graph(store: Store) -> Graph:
    """All report graphs merged into one rdflib graph (what the shapes are checked on)."""
    # The report graphs themselves, not the default graph kept from them: validation checks
    # what is stored, whatever may have been written around medcoop.
    rows = select(store.oxigraph, "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    data = ox.serialize((ox.Triple(r["s"], r["p"], r["o"]) for r in rows),
                        format=ox.RdfFormat.N_TRIPLES)
    graph = Graph()
    if data:
        graph.parse(data=data.decode("utf-8"), format="nt")
    return graph


def validate_store(store: Store) -> ValidationResult:
    """Check the union of all report graphs against medcoop's SHACL shapes."""
    data = union_graph(store)
    shapes = Graph().parse(shapes_path(), format="turtle")
    conforms, report, _ = shacl_validate(data, shacl_graph=shapes, allow_warnings=True,
                                         advanced=True)
    assert isinstance(report, Graph)
    findings = [_finding(report, data, store, r) for r in report.subjects(RDF.type,
                                                                          SH.ValidationResult)]
    findings.sort(key=lambda f: (f.severity != "Violation", f.focus, f.path or "", f.message))
    return ValidationResult(bool(conforms), len(data), findings)


def _short(term: object) -> str | None:
    if term is None:
        return None
    text = str(term)
    for prefix, ns in (("mc:", "https://w3id.org/medcoop/ontology#"),
                       ("rdfs:", str(RDFS)), ("prov:", "http://www.w3.org/ns/prov#"),
                       ("schema:", "https://schema.org/"), ("org:", "http://www.w3.org/ns/org#"),
                       ("skos:", "http://www.w3.org/2004/02/skos/core#"),
                       ("dcterms:", "http://purl.org/dc/terms/")):
        if text.startswith(ns):
            return prefix + text[len(ns):]
    return text


def _finding(report: Graph, data: Graph, store: Store, result: Node) -> Finding:
    focus = report.value(result, SH.focusNode)
    severity = str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
    message = report.value(result, SH.resultMessage)
    label = data.value(focus, RDFS.label) if isinstance(focus, URIRef) else None
    reports: tuple[str, ...] = ()
    if isinstance(focus, URIRef):
        rows = select(store.oxigraph,
                      "SELECT DISTINCT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g",
                      substitutions={ox.Variable("s"): ox.NamedNode(str(focus))})
        reports = tuple(value(row["g"]) for row in rows)
    return Finding(
        severity=severity,
        focus=str(focus),
        label=str(label) if label is not None else None,
        path=_short(report.value(result, SH.resultPath)),
        message=str(message) if message is not None else "does not conform",
        reports=reports,
    )
