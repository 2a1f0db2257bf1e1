"""Query results as text: a table for the terminal, the W3C formats, Turtle for graphs.

JSON, CSV and TSV are written by pyoxigraph's serializers, which follow the SPARQL 1.1 Query
Results JSON and CSV/TSV recommendations; the table is medcoop's own, for reading.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox

from medcoop.queries.ordering import SortedSolutions
from medcoop.queries.runner import QueryResult, display_prefixes

RESULT_FORMATS: dict[str, ox.QueryResultsFormat | None] = {
    "table": None,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
MAX_CELL = 60
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def is_graph(result: QueryResult) -> bool:
    """True for the triples of a CONSTRUCT or DESCRIBE query."""
    return not isinstance(result, (ox.QuerySolutions, ox.QueryBoolean, SortedSolutions))


def render(result: QueryResult, fmt: str = "table", base: str | None = None) -> bytes:
    """The result in ``fmt`` (see RESULT_FORMATS); graphs are always Turtle."""
    prefixes = display_prefixes(base) if base else {}
    if is_graph(result):
        triples = list(result)
        data = ox.serialize(triples, format=ox.RdfFormat.TURTLE,
                            prefixes=_used(prefixes, triples)) or b""
        return data if data.endswith(b"\n") or not data else data + b"\n"
    results_format = RESULT_FORMATS[fmt]
    if results_format is not None:
        return result.serialize(format=results_format) or b""
    if isinstance(result, ox.QueryBoolean):
        return b"true\n" if bool(result) else b"false\n"
    return table(result, prefixes).encode("utf-8")


def _used(prefixes: dict[str, str], triples: list[ox.Triple]) -> dict[str, str]:
    """Only the prefixes the triples use, so the Turtle does not open with all of them."""
    iris = {t.value for triple in triples for t in (triple.subject, triple.predicate,
                                                    triple.object, _datatype(triple.object))
            if isinstance(t, ox.NamedNode)}
    return {p: ns for p, ns in prefixes.items() if any(iri.startswith(ns) for iri in iris)}


def _datatype(term: Any) -> ox.NamedNode | None:
    # Turtle writes plain strings and language-tagged text without a datatype.
    if not isinstance(term, ox.Literal) or term.language or term.datatype.value == _XSD_STRING:
        return None
    return term.datatype


def table(solutions: ox.QuerySolutions | SortedSolutions, prefixes: dict[str, str]) -> str:
    """Aligned columns with IRIs shortened by ``prefixes``, then the row count."""
    names = [v.value for v in solutions.variables]
    namespaces = _longest_first(prefixes)
    rows = [[cell(s[n], namespaces) for n in names] for s in solutions]
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
              for r in rows]
    lines.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")
    return "\n".join(lines) + "\n"


def cell(term: Any, namespaces: tuple[tuple[str, str], ...]) -> str:
    """One value as a short line of text: a prefixed name, a literal's text, or nothing."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        text = _compact(term.value, namespaces)
    elif isinstance(term, ox.BlankNode):
        text = f"_:{term.value}"
    else:
        text = term.value
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[:MAX_CELL - 1] + "…"


def _longest_first(prefixes: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """(namespace, name) pairs, longest namespace first; a namespace named twice keeps its
    first name."""
    first: dict[str, str] = {}
    for name, ns in prefixes.items():
        first.setdefault(ns, name)
    return tuple(sorted(first.items(), key=lambda pair: -len(pair[0])))


def _compact(iri: str, namespaces: tuple[tuple[str, str], ...]) -> str:
    # The longest namespace wins, so institution: beats a base that is its prefix; sorted
    # once per table, the first match is it (a table of 15,000 rows spent half its time here).
    for ns, name in namespaces:
        if iri.startswith(ns):
            return f"{name}:{iri[len(ns):]}"
    return f"<{iri}>"
