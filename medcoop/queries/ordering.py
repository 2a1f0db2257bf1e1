"""A SELECT's closing ``ORDER BY``, carried out in Python rather than by the disk store.

Oxigraph's disk store reads two IRIs, or two strings longer than 15 bytes, back from RocksDB
for every comparison of a sort. At the benchmark's hub (medcoop/queries/README.md) the
`ORDER BY` took 0.16 s of `signatories`' 0.39 s, 0.10 s of `partners`' 0.46 s and 13 ms of
`event`'s 35 ms. Python sorts the same rows in a few milliseconds, since each value it compares
was read once.

:func:`split_order` takes the ``ORDER BY`` off the end of a query when it is the outermost
query's last clause (no LIMIT or OFFSET after it: a query with them is sorted by the store,
which must sort to cut) and every key is a variable, alone or in ``ASC()``/``DESC()``.
:class:`SortedSolutions` sorts the rows in SPARQL's order: unbound first, then blank nodes,
IRIs and literals; numbers by value, strings by code point, booleans false first. Dates, years
and year-months sort by their text, so "2023" comes before "2023-05" and "2023-05-01". That is
chronological where the store leaves values of those different types unordered, since SPARQL
does not compare them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

import pyoxigraph as ox

_KEY = r"(?:(?:ASC|DESC)\s*\(\s*[?$]\w+\s*\)|[?$]\w+)"
_ORDER_TAIL = re.compile(rf"(?i)\bORDER\s+BY((?:\s+{_KEY})+)\s*$")
_ONE_KEY = re.compile(r"(?i)(ASC|DESC)?\s*\(?\s*[?$](\w+)")

_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = frozenset(_XSD + t for t in (
    "integer", "decimal", "double", "float", "int", "long", "short", "byte",
    "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger",
    "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte"))
_TEXT = frozenset([_XSD + "string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"])
_TIME = frozenset(_XSD + t for t in ("date", "dateTime", "gYear", "gYearMonth"))
_BOOLEAN = _XSD + "boolean"


def split_order(sparql: str) -> tuple[str, list[tuple[str, bool]]] | None:
    """The query without its closing ``ORDER BY`` and the keys as (variable, descending);
    None when the query does not end in one that can be carried out in Python."""
    m = _ORDER_TAIL.search(sparql)
    if m is None:
        return None
    head = sparql[: m.start()]
    line = head[head.rfind("\n") + 1 :]
    if "#" in line or '"' in line or "'" in line:
        return None  # the words may be in a comment or a string, not the query's own clause
    if head.count("{") == 0 or head.count("{") != head.count("}"):
        return None  # a subquery's clause (or braces inside strings: the store sorts then)
    if not re.match(r"(?is)\s*(?:(?:PREFIX|BASE)\b[^\n]*\n\s*|#[^\n]*\n\s*)*SELECT\b",
                    _without_comments(head)):
        return None  # only a SELECT's rows are sorted; a graph has no order
    keys = [(name, (way or "").upper() == "DESC") for way, name in _ONE_KEY.findall(m.group(1))]
    return head, keys


def _without_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def term_key(term: Any) -> tuple[Any, ...]:
    """A sort key for one value, in SPARQL's order of kinds."""
    if term is None:
        return (0,)
    if isinstance(term, ox.NamedNode):
        return (2, term.value)
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if datatype in _TEXT:
            return (3, 2, term.value)
        if datatype in _NUMERIC:
            try:
                return (3, 0, Decimal(term.value))
            except InvalidOperation:  # "NaN" or "INF" of a double
                return (3, 0, Decimal("Infinity"))
        if datatype in _TIME:
            return (3, 3, term.value)
        if datatype == _BOOLEAN:
            return (3, 1, term.value in ("true", "1"))
        return (3, 4, datatype, term.value)
    if isinstance(term, ox.BlankNode):
        return (1, term.value)
    return (4, str(term))  # a quoted triple


def _keys_of(columns: list[int]) -> Callable[[ox.QuerySolution], tuple[Any, ...]]:
    def key(row: ox.QuerySolution) -> tuple[Any, ...]:
        return tuple(term_key(row[k]) for k in columns)
    return key


class SortedSolutions:
    """The solutions of a SELECT, read out and sorted; used as ox.QuerySolutions is."""

    def __init__(self, solutions: ox.QuerySolutions, keys: list[tuple[str, bool]]):
        self.variables = solutions.variables
        rows = list(solutions)
        index = {v.value: k for k, v in enumerate(self.variables)}
        columns = [(index[name], descending) for name, descending in keys]
        if not any(descending for _, descending in columns):
            rows.sort(key=_keys_of([k for k, _ in columns]))  # one pass for all keys
        else:
            # one stable sort per key, the last key first; a descending sort keeps ties in order
            for k, descending in reversed(columns):
                rows.sort(key=_keys_of([k]), reverse=descending)
        self._rows = rows

    def __iter__(self) -> Iterator[ox.QuerySolution]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def serialize(self, output: Any = None,
                  format: ox.QueryResultsFormat = ox.QueryResultsFormat.XML) -> bytes | None:
        """As ox.QuerySolutions.serialize: pyoxigraph writes the sorted rows."""
        names = [v.value for v in self.variables]
        doc = {"head": {"vars": names},
               "results": {"bindings": [
                   {n: _json_term(row[n]) for n in names if row[n] is not None}
                   for row in self._rows]}}
        parsed = ox.parse_query_results(json.dumps(doc).encode("utf-8"),
                                        format=ox.QueryResultsFormat.JSON)
        return parsed.serialize(output, format)


def _json_term(term: Any) -> dict[str, Any]:
    """One value in the SPARQL 1.1 Query Results JSON format."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        if term.language:
            return {"type": "literal", "value": term.value, "xml:lang": term.language}
        return {"type": "literal", "value": term.value, "datatype": term.datatype.value}
    return {"type": "triple", "value": {
        "subject": _json_term(term.subject), "predicate": _json_term(term.predicate),
        "object": _json_term(term.object)}}
