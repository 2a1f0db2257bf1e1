"""pyoxigraph terms of the vocabularies medcoop uses, built from the closed namespace."""

from __future__ import annotations

from functools import cache

from pyoxigraph import NamedNode

from medcoop.ontology.namespace import MC


class _Vocab:
    """``V["term"]`` → NamedNode of ``prefix + term``."""

    def __init__(self, prefix: str):
        self.prefix = prefix

    @cache  # noqa: B019 - a handful of vocabularies live for the whole process
    def __getitem__(self, term: str) -> NamedNode:
        return NamedNode(self.prefix + term)


@cache
def mc(term: str) -> NamedNode:
    """A medcoop ontology term; raises AttributeError for a term the ontology lacks."""
    return NamedNode(str(getattr(MC, term)))


RDF = _Vocab("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = _Vocab("http://www.w3.org/2000/01/rdf-schema#")
XSD = _Vocab("http://www.w3.org/2001/XMLSchema#")
SKOS = _Vocab("http://www.w3.org/2004/02/skos/core#")
ORG = _Vocab("http://www.w3.org/ns/org#")
SCHEMA = _Vocab("https://schema.org/")
PROV = _Vocab("http://www.w3.org/ns/prov#")
DCT = _Vocab("http://purl.org/dc/terms/")
WD = _Vocab("http://www.wikidata.org/entity/")

RDF_TYPE = RDF["type"]
RDFS_LABEL = RDFS["label"]

PREFIXES = {
    "mc": str(MC._NS),
    "rdf": RDF.prefix,
    "rdfs": RDFS.prefix,
    "xsd": XSD.prefix,
    "skos": SKOS.prefix,
    "org": ORG.prefix,
    "schema": SCHEMA.prefix,
    "prov": PROV.prefix,
    "dcterms": DCT.prefix,
    "wd": WD.prefix,
}
