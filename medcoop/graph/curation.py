"""An analyst's merges: join two nodes into one, recorded in the graph, and undo them.

A merge moves every statement about the merged node (in every report graph) to the kept node,
in one transaction, and records in the curation graph (``<base>graph/curation``) a
``mc:Merge`` with the exact quads it removed and added. Undoing it puts them back, also in one
transaction; it refuses when the graphs changed in between (a report reloaded, a later merge),
so that it never restores stale statements.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from medcoop.errors import MedcoopError
from medcoop.graph.store import Store, select, unstate_update, value
from medcoop.graph.terms import DCT, RDF_TYPE, mc


class CurationError(MedcoopError):
    """A merge or undo that cannot be done; the message says why and what to do."""


@dataclass(frozen=True)
class MergeResult:
    record: str
    moved: int


def curation_graph(store: Store) -> ox.NamedNode:
    return ox.NamedNode(f"{store.minter.base}graph/curation")


def _nquads(quads: list[ox.Quad]) -> str:
    return (ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"").decode("utf-8")


def _data_block(quads: list[ox.Quad]) -> str:
    return "\n".join(f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}"
                     for q in quads)


def _change(remove: list[ox.Quad], add: list[ox.Quad], note: list[ox.Quad],
            unnote: list[ox.Quad] | None = None) -> str:
    """One update: report quads out and in, the curation notes, and the default graph kept the
    union of the report graphs (a removed triple leaves it unless another graph states it)."""
    triples = " ".join(f"({q.subject} {q.predicate} {q.object})" for q in remove)
    union = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in add)
    steps = [f"DELETE DATA {{ {_data_block(remove + (unnote or []))} }}",
             f"INSERT DATA {{ {_data_block(add + note)}\n{union} }}"]
    if remove:
        steps.append(unstate_update(f"VALUES (?s ?p ?o) {{ {triples} }}"))
    return " ;\n".join(steps)


def _types(store: Store, node: ox.NamedNode) -> set[str]:
    return {value(q.object) for q in store.oxigraph.quads_for_pattern(node, RDF_TYPE, None)}


def merge(store: Store, keep: str, drop: str) -> MergeResult:
    """Move every statement about ``drop`` to ``keep`` and record the merge."""
    if keep == drop:
        raise CurationError("cannot merge a node with itself; give two different IRIs")
    keep_node, drop_node = ox.NamedNode(keep), ox.NamedNode(drop)
    curation = curation_graph(store)
    for node in (keep_node, drop_node):
        if not _types(store, node):
            raise CurationError(f"no node <{node.value}> in the store; list candidates with "
                                "`medcoop entities`")
    kinds = {mc("Institution").value, "https://schema.org/Person", "https://schema.org/Event"}
    if _types(store, keep_node) & kinds != _types(store, drop_node) & kinds:
        raise CurationError("the two nodes are of different kinds (institution, person, "
                            "event); only nodes of one kind can be merged")
    ox_store = store.oxigraph
    # The report graphs' quads; the default graph (their union) follows in _change.
    reports = [q for q in ox_store.quads_for_pattern(drop_node, None, None)
               if q.graph_name != curation and not isinstance(q.graph_name, ox.DefaultGraph)]
    removed = reports + [
        q for q in ox_store.quads_for_pattern(None, None, drop_node)
        if q.graph_name != curation and not isinstance(q.graph_name, ox.DefaultGraph)
        and q.subject != drop_node]

    def swap(term: Any) -> Any:
        return keep_node if term == drop_node else term

    added = []
    for q in removed:
        new = ox.Quad(swap(q.subject), q.predicate, swap(q.object), q.graph_name)
        if new not in ox_store and new not in added:
            added.append(new)
    record = ox.NamedNode(f"{store.minter.base}merge/{int(time.time() * 1000)}")
    undo = json.dumps({"removed": _nquads(removed), "added": _nquads(added)})
    note = [
        ox.Quad(record, RDF_TYPE, mc("Merge"), curation),
        ox.Quad(record, mc("kept"), keep_node, curation),
        ox.Quad(record, mc("merged"), drop_node, curation),
        ox.Quad(record, mc("undoData"), ox.Literal(undo), curation),
        ox.Quad(record, DCT["created"], ox.Literal(
            time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime")), curation),
        ox.Quad(drop_node, mc("sameAs"), keep_node, curation),
    ]
    store.oxigraph.update(_change(removed, added, note))
    return MergeResult(record.value, len(removed))


def merges(store: Store) -> list[tuple[str, str, str, str]]:
    """Recorded merges: (record, kept, merged, created), oldest first."""
    rows = select(store.oxigraph,
        "PREFIX mc: <https://w3id.org/medcoop/ontology#> "
        "PREFIX dcterms: <http://purl.org/dc/terms/> "
        "SELECT ?g ?r ?keep ?drop ?when WHERE { GRAPH ?g { ?r a mc:Merge ; mc:kept ?keep ; "
        "mc:merged ?drop ; dcterms:created ?when } } ORDER BY ?when ?r",
        substitutions={ox.Variable("g"): curation_graph(store)})
    return [(value(r["r"]), value(r["keep"]), value(r["drop"]), value(r["when"])) for r in rows]


def unmerge(store: Store, node: str) -> str:
    """Undo the latest merge that involved ``node`` (kept or merged); returns its record."""
    found = [m for m in merges(store) if node in (m[0], m[1], m[2])]
    if not found:
        raise CurationError(f"no recorded merge involves <{node}>; see `medcoop merge --list`")
    record_iri, keep, drop, _ = found[-1]
    later = [m for m in merges(store) if m[3] > found[-1][3] and {m[1], m[2]} & {keep, drop}]
    if later:
        raise CurationError(f"undo the later merge {later[-1][0]} first")
    record = ox.NamedNode(record_iri)
    curation = curation_graph(store)
    data = store.oxigraph.quads_for_pattern(record, mc("undoData"), None, curation)
    undo = json.loads(value(next(iter(data)).object))
    removed = list(ox.parse(undo["removed"].encode(), ox.RdfFormat.N_QUADS))
    added = list(ox.parse(undo["added"].encode(), ox.RdfFormat.N_QUADS))
    if any(q not in store.oxigraph for q in added):
        raise CurationError("the graphs changed since this merge (a report was reloaded or "
                            "removed); reload the reports instead of undoing the merge")
    notes = list(store.oxigraph.quads_for_pattern(record, None, None, curation))
    notes += list(store.oxigraph.quads_for_pattern(ox.NamedNode(drop), mc("sameAs"),
                                                   ox.NamedNode(keep), curation))
    store.oxigraph.update(_change(added, removed, [], unnote=notes))
    return record_iri
