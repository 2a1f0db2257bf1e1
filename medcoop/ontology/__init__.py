"""The medcoop ontology (Turtle), its SHACL shapes, and the closed namespace of its terms."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from rdflib import Graph, URIRef

from medcoop.ontology.namespace import MC

__all__ = ["MC", "agreement_kinds", "institution_kinds", "ontology_graph", "ontology_path",
           "shapes_path"]


def ontology_path() -> Path:
    return Path(str(files("medcoop.ontology") / "medcoop.ttl"))


def shapes_path() -> Path:
    return Path(str(files("medcoop.ontology") / "shapes.ttl"))


@cache
def ontology_graph() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


def _kinds(base: URIRef) -> dict[str, URIRef]:
    from rdflib import RDFS

    graph = ontology_graph()
    out = {}
    for cls in graph.subjects(RDFS.subClassOf, base):
        code = graph.value(cls, MC.code)
        if code is not None and isinstance(cls, URIRef):
            out[str(code)] = cls
    return out


@cache
def institution_kinds() -> dict[str, URIRef]:
    """Facts-JSON kind ("research-center") → its class (mc:ResearchCenter), read from the Turtle."""
    return _kinds(MC.Institution)


@cache
def agreement_kinds() -> dict[str, URIRef]:
    """Facts-JSON agreement kind ("memorandum") → its class (mc:Memorandum)."""
    return _kinds(MC.Agreement)
