"""Named queries: read the ``.rq`` files of this folder, bind their parameters, run them.

Each file is one question. Its header is a block of ``#`` comment lines::

    # title: Partners of an institution
    # description: Every institution that shares an agreement with the given one ...
    #   (indented lines continue a field)
    # param: institution (institution) The institution: an IRI or a name.
    # param: country (country, optional) Only this country.
    # example: medcoop query partners --param institution="Samarkand State Medical University"

Files whose name starts with ``_`` are internal and are not named queries. Parameter values
are bound as RDF terms by the engine (pyoxigraph substitutions), never pasted into the text;
that is why every parameter must be a variable of the SELECT projection (pyoxigraph refuses
to substitute a variable the projection lacks).
"""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any, Protocol

import pyoxigraph as ox

from medcoop.countries import country_lookup, is_country_code
from medcoop.errors import QueryError, QueryUsageError
from medcoop.graph.ids import DEFAULT_BASE, Minter, normalise
from medcoop.graph.mapping import date_literal
from medcoop.graph.store import Store
from medcoop.graph.terms import PREFIXES, SCHEMA, XSD, mc
from medcoop.queries.ordering import SortedSolutions, split_order

Term = ox.NamedNode | ox.Literal | ox.BlankNode
QueryResult = Any  # ox.QuerySolutions | ox.QueryBoolean | an iterable of ox.Triple

PARAM_TYPES = ("iri", "institution", "person", "event", "country", "date", "integer", "string")
_ENTITY_CLASSES = {"institution": mc("Institution"), "person": SCHEMA["Person"],
                   "event": SCHEMA["Event"]}
_MINTED_KINDS = ("report", "institution", "person", "position", "event", "agreement", "count",
                 "place", "country")
_FIELD = re.compile(r"^#\s*(title|description|param|example):\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s+\((\w+)(,\s*optional)?\)\s*(.*)$")
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
_PNAME = re.compile(r"^([A-Za-z][\w-]*):(\S*)$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_MAX_MESSAGE = 200


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    optional: bool
    description: str

    def usage(self) -> str:
        return f"{self.name} ({self.type}{', optional' if self.optional else ''})"


@dataclass(frozen=True)
class NamedQuery:
    """A query and what its header says of it; ``name`` is the file name without ``.rq``."""

    name: str
    text: str
    title: str = ""
    description: str = ""
    params: tuple[Param, ...] = ()
    example: str = ""

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def parse_query(text: str, name: str = "query") -> NamedQuery:
    """Read a query's header; a query with no header has no parameters."""
    fields: dict[str, list[str]] = {"title": [], "description": [], "example": []}
    params: list[Param] = []
    last: str | None = None
    for n, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break  # the header ends at the first line of SPARQL
            continue
        match = _FIELD.match(stripped)
        if match:
            last, value = match.group(1), match.group(2).strip()
            if last == "param":
                params.append(_parse_param(value, name, n))
            else:
                fields[last].append(value)
        elif last in fields and stripped[1:].startswith((" ", "\t")) and stripped[1:].strip():
            fields[last].append(stripped[1:].strip())  # an indented continuation line
        else:
            last = None
    return NamedQuery(name=name, text=text, title=" ".join(fields["title"]),
                      description=" ".join(fields["description"]), params=tuple(params),
                      example=" ".join(fields["example"]))


def _parse_param(value: str, name: str, line: int) -> Param:
    match = _PARAM.match(value)
    if not match or match.group(2) not in PARAM_TYPES:
        raise QueryError(f"{name}.rq:{line}: a parameter line reads "
                         f"'# param: NAME (TYPE[, optional]) description' with TYPE one of "
                         f"{', '.join(PARAM_TYPES)}; got {value!r}")
    return Param(match.group(1), match.group(2), bool(match.group(3)), match.group(4))


@cache
def named_queries() -> dict[str, NamedQuery]:
    """Every named query of the package folder, by name, in name order."""
    folder = files("medcoop.queries")
    found = sorted((f.name[:-3], f) for f in folder.iterdir()
                   if f.name.endswith(".rq") and not f.name.startswith("_"))
    return {name: parse_query(f.read_text(encoding="utf-8"), name) for name, f in found}


def named_query(name: str) -> NamedQuery:
    """The named query ``name``; an unknown name lists the known ones."""
    queries = named_queries()
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, queries, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    raise QueryUsageError(f"no query named {name!r}; {hint}known queries: {', '.join(queries)} "
                          "(see `medcoop queries`)")


@cache
def _internal(name: str) -> str:
    return (files("medcoop.queries") / f"_{name}.rq").read_text(encoding="utf-8")


# ------------------------------------------------------------------------------------------
# Engines: where a query runs. Both take bindings as RDF terms.


class Engine(Protocol):
    base: str

    def run(self, sparql: str, bindings: Mapping[str, Term]) -> QueryResult: ...


class LocalEngine:
    """An Oxigraph store; the default graph is the union of every report's graph."""

    def __init__(self, store: Store | ox.Store, base: str | None = None):
        # The medcoop Store is kept, not its pyoxigraph store: once the Store is closed an
        # engine left in a traceback must not keep the database (and its lock) open.
        self.store = store
        self.base = base or (store.minter.base if isinstance(store, Store) else DEFAULT_BASE)

    def run(self, sparql: str, bindings: Mapping[str, Term]) -> QueryResult:
        subs: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
            ox.Variable(k): v for k, v in bindings.items()}
        # A closing ORDER BY is carried out in Python: the disk store reads every compared IRI
        # and long string back from RocksDB (medcoop/queries/ordering.py).
        split = split_order(sparql)
        result = self._query(split[0] if split else sparql, subs)
        if split is not None and isinstance(result, ox.QuerySolutions):
            names = {v.value for v in result.variables}
            if all(name in names for name, _ in split[1]):
                return SortedSolutions(result, split[1])
            result = self._query(sparql, subs)  # a key the SELECT does not project
        return result

    def _query(self, sparql: str,
               subs: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple],
               ) -> QueryResult:
        try:
            return self._oxigraph().query(sparql,
                                    substitutions=subs, prefixes=PREFIXES)
        except SyntaxError as exc:
            # One line: the parser lists every token it expected over several lines.
            message = " ".join(exc.msg.split())
            if len(message) > _MAX_MESSAGE:
                message = message[:_MAX_MESSAGE - 1] + "…"
            raise QueryError(f"invalid SPARQL: {message}") from exc
        except RuntimeError as exc:  # pyoxigraph's refusal to substitute, evaluation errors
            text = str(exc)
            if "SELECT projection" in text:
                text += "; a parameter must be a variable of the SELECT clause"
            raise QueryError(f"the query cannot be run: {text}") from exc

    def _oxigraph(self) -> ox.Store:
        # Never a local variable of run(): a traceback keeps its frame's locals alive.
        return self.store.oxigraph if isinstance(self.store, Store) else self.store


def run_query(engine: Engine, query: NamedQuery, values: Mapping[str, str]) -> QueryResult:
    """Check and bind ``values`` (text, as typed by a user) to the query's parameters; run it."""
    return engine.run(query.text, bind(engine, query, values))


def bind(engine: Engine, query: NamedQuery, values: Mapping[str, str]) -> dict[str, Term]:
    """The RDF term of each given parameter; names of entities are looked up in the store."""
    for key in values:
        if query.param(key) is None:
            declared = ", ".join(p.usage() for p in query.params) or "none"
            raise QueryUsageError(f"{query.name} has no parameter {key!r}; its parameters: "
                                  f"{declared}")
    missing = [p.name for p in query.params if not p.optional and p.name not in values]
    if missing:
        raise QueryUsageError(f"{query.name} needs --param {'=... --param '.join(missing)}=...; "
                              f"e.g. {query.example}")
    out: dict[str, Term] = {}
    for key, value in values.items():
        param = query.param(key)
        assert param is not None
        out[key] = to_term(engine, param, value)
    return out


def to_term(engine: Engine, param: Param, value: str) -> Term:
    """One parameter value as an RDF term of the parameter's type."""
    kind = param.type
    try:
        if kind == "string":
            return ox.Literal(value)
        if kind == "integer":
            return ox.Literal(str(int(value.strip())), datatype=XSD["integer"])
        if kind == "date":
            return _date(value.strip())
        if kind == "country":
            return _country(engine, value)
        if kind == "iri" or _looks_like_iri(value):
            return ox.NamedNode(expand(value, engine.base))
        return resolve(engine, kind, value)
    except ValueError as exc:
        example = {"integer": "42", "date": "2023-10-05 (or 2023-10, 2023)",
                   "iri": "https://w3id.org/medcoop/id/agreement/cdc29174e118"}.get(kind, "")
        raise QueryUsageError(f"parameter {param.name}: {value!r} is not a valid {kind}"
                              + (f", e.g. {example}" if example else f" ({exc})")) from exc


def expand(value: str, base: str) -> str:
    """A prefixed name (``institution:slug``, ``mc:Memorandum``) as a full IRI."""
    value = value.strip().removeprefix("<").removesuffix(">")
    match = _PNAME.match(value)
    if match:
        prefix, local = match.groups()
        if prefix in PREFIXES:
            return PREFIXES[prefix] + local
        if prefix in _MINTED_KINDS:
            return f"{base}{prefix}/{local}"
    return value


def display_prefixes(base: str) -> dict[str, str]:
    """Prefixes for showing IRIs: the vocabularies and one per kind of minted node."""
    return dict(PREFIXES, **{kind: f"{base}{kind}/" for kind in _MINTED_KINDS})


def _date(text: str) -> ox.Literal:
    if not _DATE.match(text):
        raise ValueError("not an ISO date")
    # The first of the month or year checks the month (and day) are real.
    full = text + "-01" * ((10 - len(text)) // 3)
    datetime.date.fromisoformat(full)
    return date_literal(text)


def _looks_like_iri(value: str) -> bool:
    text = value.strip()
    return (text.startswith("<") and text.endswith(">")) or bool(_IRI.match(text))


def _country(engine: Engine, value: str) -> ox.NamedNode:
    text = value.strip()
    if is_country_code(text.upper()):
        return ox.NamedNode(Minter(engine.base).country(text.upper()))
    code = country_lookup().get(" ".join(text.split()).casefold())
    if code:
        return ox.NamedNode(Minter(engine.base).country(code))
    if _looks_like_iri(text):
        return ox.NamedNode(expand(text, engine.base))
    raise ValueError("use an ISO 3166-1 alpha-2 code such as KZ, or a country's name")


@dataclass(frozen=True)
class Candidate:
    iri: str
    label: str
    country: str

    def line(self) -> str:
        return f'<{self.iri}> "{self.label}"' + (f" ({self.country})" if self.country else "")


def candidates(engine: Engine, kind: str, name: str) -> list[Candidate]:
    """Nodes of ``kind`` one of whose names (label or alias) matches ``name`` once normalised."""
    return _lookup(engine, kind, name)[0]


def _lookup(engine: Engine, kind: str, name: str) -> tuple[list[Candidate], list[str]]:
    wanted = normalise(name)
    found: dict[str, tuple[set[str], set[str]]] = {}
    names: set[str] = set()
    for row in _rows(engine.run(_internal("resolve"), {"class": _ENTITY_CLASSES[kind]})):
        names.add(row["name"] or "")
        if normalise(row["name"] or "") != wanted:
            continue
        labels, countries = found.setdefault(row["node"] or "", (set(), set()))
        if row["label"] is not None:
            labels.add(row["label"])
        if row["country"] is not None:
            countries.add(row["country"])
    matches = [Candidate(iri, min(labels, default=""), "/".join(sorted(countries)))
               for iri, (labels, countries) in sorted(found.items())]
    return matches, sorted(names)


def resolve(engine: Engine, kind: str, name: str) -> ox.NamedNode:
    """The one node of ``kind`` called ``name``; none or several is a :class:`QueryUsageError`."""
    found, names = _lookup(engine, kind, name)
    if len(found) == 1:
        return ox.NamedNode(found[0].iri)
    if not found:
        by_key = {normalise(n): n for n in names}
        close = [by_key[k] for k in difflib.get_close_matches(normalise(name), by_key, n=3)]
        hint = f"; close names: {'; '.join(close)}" if close else ""
        raise QueryUsageError(f"no {kind} named {name!r} in the store{hint}; "
                              "give a name as a report writes it, or the IRI")
    listed = "; ".join(c.line() for c in found)
    raise QueryUsageError(f"{len(found)} {kind}s are named {name!r}: {listed}; "
                          "pass the IRI of the one you mean")


def _rows(result: QueryResult) -> Iterable[dict[str, str | None]]:
    """Each solution as the text values of its variables (None where unbound)."""
    names = [v.value for v in result.variables]
    for solution in result:
        yield {name: None if solution[name] is None else solution[name].value for name in names}
