"""The ontology, its closed namespace and the SHACL shapes."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from medcoop.facts import AGREEMENT_KINDS, INSTITUTION_KINDS
from medcoop.ontology import (
    MC,
    _generate,
    agreement_kinds,
    institution_kinds,
    namespace,
    ontology_graph,
    ontology_path,
    shapes_path,
)

NS = str(MC._NS)


def own_terms() -> set[URIRef]:
    g = ontology_graph()
    return {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(NS)}


def test_namespace_module_is_generated_from_the_turtle() -> None:
    generated = _generate.render(Graph().parse(ontology_path()))
    with open(namespace.__file__, encoding="utf-8") as f:
        assert f.read() == generated


def test_namespace_is_closed() -> None:
    assert str(MC.party) == NS + "party"
    with pytest.raises(AttributeError):
        MC.partie  # noqa: B018 - the attribute access itself is what is tested


def test_namespace_lists_exactly_the_ontology_terms() -> None:
    names = {str(t)[len(NS):] for t in own_terms()}
    assert names == set(MC.__annotations__)
    assert len(names) == 49


@pytest.mark.parametrize("term", sorted(own_terms()), ids=lambda t: t.rsplit("#", 1)[-1])
def test_every_term_has_english_label_and_comment(term: URIRef) -> None:
    g = ontology_graph()
    labels = [o for o in g.objects(term, RDFS.label) if o.language == "en"]
    comments = [o for o in g.objects(term, RDFS.comment) if o.language == "en"]
    assert len(labels) == 1 and len(comments) == 1


@pytest.mark.parametrize(
    "term",
    sorted(t for t in own_terms()
           if (t, RDF.type, OWL.AnnotationProperty) not in ontology_graph()),
    ids=lambda t: t.rsplit("#", 1)[-1])
def test_every_own_term_maps_to_an_established_vocabulary(term: URIRef) -> None:
    """Each class or property reaches a non-medcoop term through subclass/subproperty/match."""
    g = ontology_graph()
    seen, todo = set(), [term]
    while todo:
        t = todo.pop()
        if t in seen:
            continue
        seen.add(t)
        for p in (RDFS.subClassOf, RDFS.subPropertyOf, SKOS.closeMatch, SKOS.exactMatch):
            todo.extend(o for o in g.objects(t, p) if isinstance(o, URIRef))
    assert any(not str(t).startswith(NS) for t in seen)


def test_kind_tables_come_from_the_ontology_and_match_the_facts_model() -> None:
    assert sorted(institution_kinds()) == sorted(INSTITUTION_KINDS)
    assert sorted(agreement_kinds()) == sorted(AGREEMENT_KINDS)
    assert institution_kinds()["research-center"] == MC.ResearchCenter
    assert agreement_kinds()["agreement"] == MC.CooperationAgreement


def test_shapes_parse_and_use_only_defined_terms() -> None:
    shapes = Graph().parse(shapes_path())
    used = {t for triple in shapes for t in triple if isinstance(t, URIRef)
            and str(t).startswith(NS)}
    assert used and used <= own_terms()
