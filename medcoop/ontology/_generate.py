"""Write ``namespace.py``, the closed Python namespace of medcoop's own terms, from the Turtle.

Run ``python -m medcoop.ontology._generate`` after editing ``medcoop.ttl``; a test fails when
the two disagree.
"""

from __future__ import annotations

import sys
from importlib.resources import files

from rdflib import RDF, RDFS, Graph, URIRef

NS = "https://w3id.org/medcoop/ontology#"

HEADER = '''"""medcoop's own RDF terms: generated from medcoop.ttl by ``_generate.py``, do not edit.

A closed namespace: ``MC.party`` is a term, ``MC.partie`` raises ``AttributeError``.
"""

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class MC(DefinedNamespace):
    _NS = Namespace("{ns}")
    _fail = True

'''


def terms(graph: Graph) -> list[tuple[str, str]]:
    """Every ``mc:`` term the Turtle defines, with its label, sorted by name."""
    out = []
    for subject in set(graph.subjects(RDF.type, None)):
        if isinstance(subject, URIRef) and str(subject).startswith(NS):
            label = graph.value(subject, RDFS.label)
            out.append((str(subject)[len(NS):], str(label or "")))
    return sorted(out)


def render(graph: Graph) -> str:
    lines = [HEADER.format(ns=NS)]
    for name, label in terms(graph):
        lines.append(f"    {name}: URIRef  # {label}\n")
    return "".join(lines)


def main() -> None:
    graph = Graph().parse(str(files("medcoop.ontology") / "medcoop.ttl"), format="turtle")
    target = files("medcoop.ontology") / "namespace.py"
    text = render(graph)
    with open(str(target), "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {len(terms(graph))} terms to {target}", file=sys.stderr)


if __name__ == "__main__":
    main()
