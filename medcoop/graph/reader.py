"""Read one report's named graph back into the facts model, through SPARQL.

This is the inverse of :mod:`medcoop.graph.mapping`: ``read_facts(store, iri)`` gives the facts
that went in, with set-valued lists (aliases, parties, signatories, countries) sorted. Graphs
that did not come from medcoop's mapping (e.g. loaded RDF) read as well as they can: nodes
without a ``mc:localId`` get one from their IRI.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Any

import pyoxigraph as ox

from medcoop.facts import (
    Agreement,
    AgreementCount,
    Document,
    Event,
    Evidence,
    Facts,
    Institution,
    Person,
    Position,
)
from medcoop.graph.terms import SCHEMA, mc
from medcoop.ontology import agreement_kinds, institution_kinds


@cache
def _query(name: str) -> str:
    return (files("medcoop.graph") / "sparql" / f"{name}.rq").read_text(encoding="utf-8")


def _value(term: Any) -> str | None:
    return None if term is None else term.value


def _date(term: Any) -> str | None:
    """xsd:date / gYearMonth / gYear as ISO text, xsd:gMonthDay ("--12-19") as "12-19"."""
    value = _value(term)
    return value[2:] if value is not None and value.startswith("--") else value


def _ordinal(term: Any) -> int:
    return int(term.value) if term is not None else 1 << 30


class _Rows:
    def __init__(self, store: ox.Store, report: ox.NamedNode):
        self.store = store
        self.report = report

    def __call__(self, name: str, **bindings: Any) -> Iterable[ox.QuerySolution]:
        subs = {ox.Variable(k): v for k, v in bindings.items()}
        result = self.store.query(_query(name), default_graph=self.report, substitutions=subs)
        assert isinstance(result, ox.QuerySolutions)
        return result


def read_facts(store: ox.Store, report_iri: str, evidence: bool = False) -> Facts:
    """The facts stored in the named graph ``report_iri``."""
    report = ox.NamedNode(report_iri)
    rows = _Rows(store, report)
    facts = Facts(document=_document(rows, report))

    aliases: dict[str, list[str]] = defaultdict(list)
    classes: dict[str, set[str]] = defaultdict(set)
    for row in rows("read_types"):
        if row["alias"] is not None:
            aliases[row["node"].value].append(row["alias"].value)
        else:
            classes[row["node"].value].add(row["class"].value)

    inst_kind = {str(v): k for k, v in institution_kinds().items()}
    agr_kind = {str(v): k for k, v in agreement_kinds().items()}
    local: dict[str, str] = {}  # node IRI -> local id
    order: dict[str, int] = {}
    seen: set[str] = set()
    for row in rows("read_entities"):
        node = row["node"].value
        if node in seen:  # a second label or country: the first one wins
            continue
        seen.add(node)
        local_id = _value(row["id"]) or node.rsplit("/", 1)[-1]
        local[node] = local_id
        order[node] = _ordinal(row["ordinal"])
        name, country = row["name"].value, _value(row["country"])
        kind = row["type"].value
        if kind == mc("Institution").value:
            inst_kinds = [inst_kind[c] for c in classes[node] if c in inst_kind]
            facts.institutions.append(Institution(
                id=local_id, name=name, aliases=sorted(aliases[node]), country=country,
                kind=inst_kinds[0] if inst_kinds else "other"))
        elif kind == SCHEMA["Person"].value:
            facts.people.append(Person(id=local_id, name=name, aliases=sorted(aliases[node])))
        else:
            year = _value(row["year"])
            facts.events.append(Event(
                id=local_id, name=name, aliases=sorted(aliases[node]),
                city=_value(row["city"]), country=country, start=_date(row["start"]),
                end=_date(row["end"]), year=int(year) if year else None,
                part_of=_value(row["superEvent"])))
    by_id = {local[n]: n for n in local}
    for event in facts.events:
        if event.part_of is not None:
            event.part_of = local.get(event.part_of, event.part_of)

    node_of: dict[int, str] = {}  # id(position/agreement/count object) -> its node IRI
    _positions(rows, facts, local, node_of)
    _agreements(rows, facts, local, classes, agr_kind, order, node_of)
    _counts(rows, facts, local, order, node_of)
    facts.institutions.sort(key=lambda e: (order[by_id[e.id]], e.id))
    facts.people.sort(key=lambda e: (order[by_id[e.id]], e.id))
    facts.events.sort(key=lambda e: (order[by_id[e.id]], e.id))
    if evidence:
        _evidence(rows, facts, by_id, node_of)
    return facts


def _document(rows: _Rows, report: ox.NamedNode) -> Document:
    for row in rows("read_document", report=report):
        return Document(title=_value(row["title"]), published=_date(row["published"]),
                        publisher=_value(row["publisher"]))
    return Document()


def _positions(rows: _Rows, facts: Facts, local: dict[str, str],
               node_of: dict[int, str]) -> None:
    people = {p.id: p for p in facts.people}
    found: list[tuple[int, str, Position]] = []
    for row in rows("read_positions"):
        person = local.get(row["person"].value)
        if person is None:
            continue
        org = _value(row["organization"])
        pos = Position(title=_value(row["title"]), institution=local.get(org) if org else None,
                       start=_date(row["start"]), end=_date(row["end"]))
        node_of[id(pos)] = row["position"].value
        found.append((_ordinal(row["ordinal"]), person, pos))
    for _, person, pos in sorted(found, key=lambda t: (t[0], t[2].title or "")):
        people[person].positions.append(pos)


def _agreements(rows: _Rows, facts: Facts, local: dict[str, str],
                classes: dict[str, set[str]], agr_kind: dict[str, str],
                order: dict[str, int], node_of: dict[int, str]) -> None:
    links: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in rows("read_links"):
        target = local.get(row["target"].value, row["target"].value)
        links[(row["node"].value, row["link"].value)].append(target)
    party, signatory = mc("party").value, mc("signatory").value
    found = []
    for row in rows("read_agreements"):
        node = row["agreement"].value
        if node in order:  # a second label of its city (two spellings, one place): first wins
            continue
        kinds = [agr_kind[c] for c in classes[node] if c in agr_kind]
        event = _value(row["event"])
        agr = Agreement(
            kind=kinds[0] if kinds else "agreement",
            parties=sorted(links[(node, party)]),
            title=_value(row["title"]),
            signatories=sorted(links[(node, signatory)]),
            event=local.get(event, event) if event else None,
            date=_date(row["date"]),
            city=_value(row["city"]),
            source=_value(row["source"]),
        )
        order[node] = _ordinal(row["ordinal"])
        node_of[id(agr)] = node
        found.append((order[node], node, agr))
    facts.agreements = [agr for _, _, agr in sorted(found, key=lambda t: t[:2])]


def _counts(rows: _Rows, facts: Facts, local: dict[str, str], order: dict[str, int],
            node_of: dict[int, str]) -> None:
    found: dict[str, AgreementCount] = {}
    for row in rows("read_counts"):
        node = row["node"].value
        cnt = found.get(node)
        if cnt is None:
            event = _value(row["event"])
            cnt = found[node] = AgreementCount(
                count=int(row["count"].value), event=local.get(event, event) if event else None)
            node_of[id(cnt)] = node
            order[node] = _ordinal(row["ordinal"])
        country = _value(row["country"])
        if country is not None and country not in cnt.countries:
            cnt.countries.append(country)
    for cnt in found.values():
        cnt.countries.sort()
    facts.agreement_counts = [found[n] for n in sorted(found, key=lambda n: (order[n], n))]


def _evidence(rows: _Rows, facts: Facts, by_id: dict[str, str],
              node_of: dict[int, str]) -> None:
    spans: dict[str, list[Evidence]] = defaultdict(list)
    for row in rows("read_evidence"):
        conf = _value(row["confidence"])
        spans[row["node"].value].append(Evidence(
            start=int(row["start"].value), end=int(row["end"].value),
            sentence=_value(row["sentence"]), confidence=float(conf) if conf else None))
    for ev in spans.values():
        ev.sort(key=lambda e: (e.start, e.end))
    for inst in facts.institutions:
        inst.evidence = spans.get(by_id[inst.id], [])
    for person in facts.people:
        person.evidence = spans.get(by_id[person.id], [])
    for event in facts.events:
        event.evidence = spans.get(by_id[event.id], [])
    for person in facts.people:
        for pos in person.positions:
            pos.evidence = spans.get(node_of[id(pos)], [])
    for agreement in facts.agreements:
        agreement.evidence = spans.get(node_of[id(agreement)], [])
    for count in facts.agreement_counts:
        count.evidence = spans.get(node_of[id(count)], [])
