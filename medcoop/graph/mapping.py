"""The one mapping from the facts model to RDF: a report becomes the quads of one named graph.

``facts_to_quads`` is pure: it builds pyoxigraph quads and touches no store. The graph's name is
the report's IRI, and the graph also holds the report's own description (title, publisher,
published date, source file, SHA-256), so a single exported graph stands on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, Quad

from medcoop.countries import country as country_info
from medcoop.facts import Evidence, Facts
from medcoop.graph.ids import Minter
from medcoop.graph.terms import (
    DCT,
    ORG,
    PROV,
    RDF_TYPE,
    RDFS_LABEL,
    SCHEMA,
    SKOS,
    WD,
    XSD,
    mc,
)
from medcoop.ontology import agreement_kinds, institution_kinds


@dataclass(frozen=True)
class ReportMeta:
    """What is known of a report besides its facts: where it came from and how it was read."""

    iri: str
    source_file: str | None = None
    sha256: str | None = None
    loader: str | None = None


def date_literal(value: str) -> Literal:
    """An ISO date, year-month, year or ``MM-DD`` as the matching XSD literal."""
    if len(value) == 5 and value[2] == "-":  # MM-DD: a day in a year the report does not give
        return Literal(f"--{value}", datatype=XSD["gMonthDay"])
    datatype = {10: "date", 7: "gYearMonth", 4: "gYear"}[len(value)]
    return Literal(value, datatype=XSD[datatype])


def _int(value: int) -> Literal:
    return Literal(str(value), datatype=XSD["integer"])


class _Builder:
    def __init__(self, graph: NamedNode, report: NamedNode):
        self.graph = graph
        self.report = report
        self.quads: list[Quad] = []

    def add(self, s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        self.quads.append(Quad(s, p, o, self.graph))

    def text(self, s: NamedNode, p: NamedNode, value: str | None) -> None:
        if value is not None:
            self.add(s, p, Literal(value))

    def names(self, node: NamedNode, name: str, aliases: list[str]) -> None:
        self.text(node, RDFS_LABEL, name)
        for alias in aliases:
            self.text(node, SKOS["altLabel"], alias)

    def derived(self, node: NamedNode, ordinal: int, local_id: str | None = None) -> None:
        self.add(node, PROV["wasDerivedFrom"], self.report)
        self.add(node, mc("ordinal"), _int(ordinal))
        if local_id is not None:
            self.add(node, mc("localId"), Literal(local_id))

    def evidence(self, minter: Minter, node: NamedNode, spans: list[Evidence]) -> None:
        for span in spans:
            ev = NamedNode(minter.evidence(self.report.value, node.value, span.start, span.end))
            self.add(node, mc("evidence"), ev)
            self.add(ev, RDF_TYPE, mc("Evidence"))
            self.add(ev, PROV["wasDerivedFrom"], self.report)
            self.add(ev, mc("charStart"), _int(span.start))
            self.add(ev, mc("charEnd"), _int(span.end))
            self.text(ev, mc("sentence"), span.sentence)
            if span.confidence is not None:
                self.add(ev, mc("confidence"),
                         Literal(f"{span.confidence:.4f}", datatype=XSD["decimal"]))


def facts_to_quads(facts: Facts, meta: ReportMeta, minter: Minter,
                   institution_iris: Mapping[str, str] | None = None) -> list[Quad]:
    """All quads of one report's named graph. ``facts`` must already be valid.

    ``institution_iris`` maps local ids to the IRIs entity resolution chose; institutions not in
    it get the IRI minted from their name.
    """
    chosen = institution_iris or {}
    report = NamedNode(meta.iri)
    b = _Builder(report, report)
    _report(b, facts, meta)
    countries: set[str] = set()
    cities: set[str] = set()

    inst_iri = _unique_iris([(i.id, chosen.get(i.id) or minter.institution(i.name, i.country))
                             for i in facts.institutions])
    person_iri = _unique_iris([(p.id, minter.person(p.name)) for p in facts.people])
    event_iri = _unique_iris([(e.id, minter.event(e.name, e.year)) for e in facts.events])
    kinds = institution_kinds()

    for n, inst in enumerate(facts.institutions):
        node = inst_iri[inst.id]
        b.add(node, RDF_TYPE, mc("Institution"))
        b.add(node, RDF_TYPE, NamedNode(kinds[inst.kind]))
        b.names(node, inst.name, inst.aliases)
        if inst.country:
            b.add(node, mc("country"), NamedNode(minter.country(inst.country)))
            countries.add(inst.country)
        b.derived(node, n, inst.id)
        b.evidence(minter, node, inst.evidence)

    for n, person in enumerate(facts.people):
        node = person_iri[person.id]
        b.add(node, RDF_TYPE, SCHEMA["Person"])
        b.names(node, person.name, person.aliases)
        b.derived(node, n, person.id)
        b.evidence(minter, node, person.evidence)
        for m, pos in enumerate(person.positions):
            org = inst_iri[pos.institution].value if pos.institution else None
            pnode = NamedNode(minter.position(node.value, org, pos.title))
            b.add(pnode, RDF_TYPE, mc("Position"))
            b.add(pnode, ORG["member"], node)
            if org:
                b.add(pnode, ORG["organization"], NamedNode(org))
            b.text(pnode, mc("title"), pos.title)
            if pos.start:
                b.add(pnode, SCHEMA["startDate"], date_literal(pos.start))
            if pos.end:
                b.add(pnode, SCHEMA["endDate"], date_literal(pos.end))
            b.derived(pnode, m)
            b.evidence(minter, pnode, pos.evidence)

    for n, event in enumerate(facts.events):
        node = event_iri[event.id]
        b.add(node, RDF_TYPE, SCHEMA["Event"])
        b.names(node, event.name, event.aliases)
        if event.city:
            b.add(node, mc("city"), NamedNode(minter.city(event.city)))
            cities.add(event.city)
        if event.country:
            b.add(node, mc("country"), NamedNode(minter.country(event.country)))
            countries.add(event.country)
        if event.start:
            b.add(node, SCHEMA["startDate"], date_literal(event.start))
        if event.end:
            b.add(node, SCHEMA["endDate"], date_literal(event.end))
        if event.year is not None:
            b.add(node, mc("year"), Literal(f"{event.year:04d}", datatype=XSD["gYear"]))
        if event.part_of:
            b.add(node, SCHEMA["superEvent"], event_iri[event.part_of])
        b.derived(node, n, event.id)
        b.evidence(minter, node, event.evidence)

    agreement_classes = agreement_kinds()
    seen: set[str] = set()
    for n, agr in enumerate(facts.agreements):
        parties = sorted(inst_iri[p].value for p in agr.parties)
        signed_at = event_iri[agr.event].value if agr.event else None
        # An agreement with a date or an event is the same node in every report that names
        # it; an undated one is known only through its report.
        scope = "" if (agr.date or signed_at) else meta.iri
        iri = minter.agreement(agr.kind, *parties, agr.date, signed_at, scope)
        if iri in seen:  # two undistinguishable agreements in one report: keep both
            iri = minter.agreement(iri, n)
        seen.add(iri)
        node = NamedNode(iri)
        b.add(node, RDF_TYPE, mc("Agreement"))
        b.add(node, RDF_TYPE, NamedNode(agreement_classes[agr.kind]))
        b.text(node, DCT["title"], agr.title)
        for party in agr.parties:
            b.add(node, mc("party"), inst_iri[party])
        for who in agr.signatories:
            b.add(node, mc("signatory"), person_iri[who])
        if signed_at:
            b.add(node, mc("signedAt"), NamedNode(signed_at))
        if agr.date:
            b.add(node, mc("signedOn"), date_literal(agr.date))
        if agr.city:
            b.add(node, mc("city"), NamedNode(minter.city(agr.city)))
            cities.add(agr.city)
        b.text(node, DCT["source"], agr.source)
        b.derived(node, n)
        b.evidence(minter, node, agr.evidence)

    for n, cnt in enumerate(facts.agreement_counts):
        at = event_iri[cnt.event].value if cnt.event else None
        key = (at, cnt.count, *sorted(cnt.countries)) if at else (meta.iri, n)
        node = NamedNode(minter.count(*key))
        b.add(node, RDF_TYPE, mc("AgreementCount"))
        b.add(node, mc("count"), _int(cnt.count))
        if at:
            b.add(node, mc("atEvent"), NamedNode(at))
        for code in cnt.countries:
            b.add(node, mc("country"), NamedNode(minter.country(code)))
            countries.add(code)
        b.derived(node, n)
        b.evidence(minter, node, cnt.evidence)

    for code in sorted(countries):
        _country(b, minter, code)
    for name in sorted(cities):
        node = NamedNode(minter.city(name))
        b.add(node, RDF_TYPE, mc("City"))
        b.text(node, RDFS_LABEL, name)
    return b.quads


def _report(b: _Builder, facts: Facts, meta: ReportMeta) -> None:
    r = b.report
    b.add(r, RDF_TYPE, mc("Report"))
    doc = facts.document
    b.text(r, DCT["title"], doc.title)
    b.text(r, DCT["publisher"], doc.publisher)
    if doc.published:
        b.add(r, DCT["issued"], date_literal(doc.published))
    b.text(r, mc("sourceFile"), meta.source_file)
    b.text(r, mc("sha256"), meta.sha256)
    b.text(r, mc("loader"), meta.loader)


def _country(b: _Builder, minter: Minter, code: str) -> None:
    info = country_info(code)
    node = NamedNode(minter.country(code))
    b.add(node, RDF_TYPE, mc("Country"))
    b.add(node, mc("isoCode"), Literal(code))
    b.add(node, RDFS_LABEL, Literal(info.name, language="en"))
    if info.wikidata:
        b.add(node, SKOS["exactMatch"], WD[info.wikidata])


def _unique_iris(pairs: list[tuple[str, str]]) -> dict[str, NamedNode]:
    """Map local ids to IRIs; two entities of one report that share a name stay two nodes."""
    out: dict[str, NamedNode] = {}
    used: set[str] = set()
    for local_id, iri in pairs:
        candidate, n = iri, 2
        while candidate in used:
            candidate, n = f"{iri}-{n}", n + 1
        used.add(candidate)
        out[local_id] = NamedNode(candidate)
    return out

