"""medcoop's own RDF terms: generated from medcoop.ttl by ``_generate.py``, do not edit.

A closed namespace: ``MC.party`` is a term, ``MC.partie`` raises ``AttributeError``.
"""

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class MC(DefinedNamespace):
    _NS = Namespace("https://w3id.org/medcoop/ontology#")
    _fail = True

    Agency: URIRef  # agency
    Agreement: URIRef  # agreement
    AgreementCount: URIRef  # agreement count
    Association: URIRef  # association
    City: URIRef  # city
    College: URIRef  # college
    Company: URIRef  # company
    Contract: URIRef  # contract
    CooperationAgreement: URIRef  # cooperation agreement
    Country: URIRef  # country
    Evidence: URIRef  # evidence
    Hospital: URIRef  # hospital
    Institution: URIRef  # institution
    Memorandum: URIRef  # memorandum
    Merge: URIRef  # merge
    Ministry: URIRef  # ministry
    OtherInstitution: URIRef  # other institution
    Plan: URIRef  # plan of cooperation
    Position: URIRef  # position
    Report: URIRef  # report
    ResearchCenter: URIRef  # research centre
    Roadmap: URIRef  # roadmap
    University: URIRef  # university
    atEvent: URIRef  # at event
    charEnd: URIRef  # end offset
    charStart: URIRef  # start offset
    city: URIRef  # city
    code: URIRef  # code
    confidence: URIRef  # confidence
    count: URIRef  # count
    country: URIRef  # country
    evidence: URIRef  # evidence
    isoCode: URIRef  # ISO 3166-1 alpha-2 code
    kept: URIRef  # kept
    loader: URIRef  # loader
    localId: URIRef  # local id
    merged: URIRef  # merged
    ordinal: URIRef  # ordinal
    party: URIRef  # party
    sameAs: URIRef  # same as
    sentence: URIRef  # sentence
    sha256: URIRef  # SHA-256
    signatory: URIRef  # signatory
    signedAt: URIRef  # signed at
    signedOn: URIRef  # signed on
    sourceFile: URIRef  # source file
    title: URIRef  # title
    undoData: URIRef  # undo data
    year: URIRef  # year
