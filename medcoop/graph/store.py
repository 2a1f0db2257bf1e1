"""The embedded store: an Oxigraph dataset on disk, one named graph per report.

Why Oxigraph: it persists to disk with no server, answers SPARQL 1.1 fast, and writes a whole
update in one transaction, which is how a report's graph is replaced atomically (all of its
quads or none). The README compares it with rdflib's in-memory store.

Only one process may hold a store on disk at a time (RocksDB's lock). A second one gets a
:class:`StoreError` that names the holder, read from ``holder.json`` beside the data.

The default graph is kept as the de-duplicated union of the report graphs: every write adds
its triples there too, and removes from it the triples no other graph states any more, in the
same transaction. Queries run over it instead of Oxigraph's union view, which repeats a triple
once per graph that states it (a country named by 3,000 reports joined 3,000 times) and made
the analysts' queries hundreds of times slower.

New report graphs on disk are written by Oxigraph's bulk loader, which is 2-3 times faster than
a transaction but not atomic (a large RDF file goes to it in pieces, see
:meth:`Store.add_new_pieces`; reports mapped ahead go as bytes, see
:meth:`Store.add_new_serialized`).
A *journal* graph makes it safe: the names of the graphs about to be written go into it in one
transaction first, and leave it in another once every quad is on disk. A process killed in
between leaves names in the journal, and the next ``Store(path)`` removes those graphs and
their triples from the default graph, in one transaction, before anything reads the store.
Replacing a graph that exists stays one SPARQL update (its old quads must survive a failure).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from medcoop.errors import StoreError
from medcoop.facts import Facts
from medcoop.graph.ids import Minter, base_from_env
from medcoop.graph.mapping import ReportMeta, facts_to_quads
from medcoop.graph.reader import read_facts
from medcoop.graph.terms import PREFIXES, mc

DEFAULT_STORE = "medcoop-store"
_HOLDER = "holder.json"
# Not a report graph: lists the graphs a bulk write has begun and not finished.
JOURNAL = ox.NamedNode("urn:medcoop:load-journal")
_PENDING = ox.NamedNode("urn:medcoop:pending")
_SLICE = 500_000  # quads per bulk write: ~150 MB as Python objects, ~130 MB as N-Triples
_LOADERS = 3  # bulk loads at once (see _side_by_side)

EXPORT_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}
EXTENSIONS = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "ntriples",
              ".jsonld": "jsonld", ".rdf": "xml", ".xml": "xml", ".owl": "xml"}


def select(store: ox.Store, sparql: str, **options: Any) -> ox.QuerySolutions:
    """Run a SELECT query; the type checker knows the result is a table of solutions."""
    result = store.query(sparql, **options)
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError("expected a SELECT query")
    return result


def value(term: object) -> str:
    """The IRI or text of a term from a query row or quad."""
    return str(getattr(term, "value", term))


def store_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Where the store lives: explicit path, then ``MEDCOOP_STORE``, then ./medcoop-store."""
    return Path(explicit or os.environ.get("MEDCOOP_STORE") or DEFAULT_STORE)


@dataclass(frozen=True)
class RdfPiece:
    """Part of an RDF file already read through once (valid, no blank nodes: Oxigraph's loader
    names them anew at each load, so its graphs and the union would not share them), which
    that loader can take as it is: see :meth:`Store.add_new_pieces`."""

    data: bytes | Path
    format: ox.RdfFormat
    graphs: frozenset[str]
    quads: int
    union: bytes | Path  # its triples as N-Triples: what the default graph gains


class _Held(Exception):
    """A piece names a graph the store already holds."""


@dataclass(frozen=True)
class Stats:
    institutions: int
    people: int
    agreements: int
    events: int
    countries: int
    reports: int
    triples: int

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


class Store:
    """medcoop's dataset. ``Store(None)`` is in memory; ``Store(path)`` persists on disk."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, base: str | None = None,
                 command: str | None = None):
        self.path = Path(path) if path is not None else None
        self.minter = Minter(base_from_env(base))
        self._ox = _open(self.path, command)
        recover(self._ox)
        if self._ox.query("ASK { GRAPH ?g { ?s ?p ?o } }") and not self._ox.query(
                "ASK { ?s ?p ?o }"):
            rebuild_union(self._ox)  # a store written before the union was kept

    # -- context manager -------------------------------------------------------------------
    def close(self) -> None:
        if self.path is not None and self._ox is not None:
            self._ox.flush()
            (self.path / _HOLDER).unlink(missing_ok=True)
        self._ox = None  # type: ignore[assignment]

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for queries this class does not wrap."""
        return self._ox

    def __len__(self) -> int:
        """The number of quads in the report graphs (the default graph only repeats them)."""
        rows = select(self._ox, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(value(next(iter(rows))["n"]))

    # -- writing ---------------------------------------------------------------------------
    def put_report(self, facts: Facts, meta: ReportMeta) -> int:
        """Store (or replace) one report's graph; returns its number of quads."""
        facts.validate()
        quads = facts_to_quads(facts, meta, self.minter)
        self.replace_graphs({meta.iri: quads})
        return len(quads)

    def replace_graphs(self, graphs: dict[str, list[ox.Quad]]) -> None:
        """Replace each named graph by the given quads, all or nothing (one transaction, or
        the bulk loader under the journal when every graph is new)."""
        if not graphs:
            return
        if self._holds_any(graphs):
            with self._writing():
                self._ox.update(_replace_update(graphs))
        else:
            self.add_new_graphs(q for quads in graphs.values() for q in quads)

    @contextmanager
    def _writing(self) -> Iterator[None]:
        try:
            yield
        except OSError as exc:
            raise StoreError(f"could not write to the store at {self.path}: {exc}; "
                             "check free disk space and permissions") from exc

    def add_new_graphs(self, quads: Iterable[ox.Quad]) -> tuple[set[str], int] | None:
        """Write a stream of quads of named graphs that the store does not hold, all or
        nothing, in bounded memory. Returns the graphs and the number of quads; None, with
        nothing written, if a quad names a graph the store already holds (replacing one is
        :meth:`replace_graphs`' transaction)."""
        with self._writing():
            if self.path is not None:
                return self._add_new(quads)
            quads = list(quads)  # in memory a transaction is fast, and nothing survives
            names = {value(q.graph_name) for q in quads}
            if self._holds_any(names):
                return None
            self._ox.extend(with_union(quads))
            return names, len(quads)

    def _add_new(self, quads: Iterable[ox.Quad]) -> tuple[set[str], int] | None:
        """The bulk loader under the journal (see the module docstring), a slice at a time."""
        graphs: set[str] = set()
        count = 0
        stream = iter(quads)
        try:
            while batch := list(islice(stream, _SLICE)):
                new = {value(q.graph_name) for q in batch} - graphs
                if self._holds_any(new):
                    recover(self._ox)
                    return None
                # Named first, then the default graph: a triple written there is always
                # stated by a graph that recovery finds in the journal.
                self._pending(new)
                graphs |= new
                count += len(batch)
                self._ox.bulk_extend(batch)
                # As N-Triples rather than new Quad objects: pyoxigraph builds a Quad of a
                # literal or of the default graph ~10 times slower than it writes and parses
                # the line. But its parser gives blank nodes new names, so a batch that may
                # hold one ("_:", if only in a literal) goes as quads.
                union = ox.serialize((q.triple for q in batch), None,
                                     ox.RdfFormat.N_TRIPLES) or b""
                if b"_:" in union:
                    self._ox.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                                         for q in batch)
                else:
                    self._ox.bulk_load(union, ox.RdfFormat.N_TRIPLES)
        except BaseException:
            recover(self._ox)  # undo what was written, as a transaction would
            raise
        if graphs:
            self._ox.remove_graph(JOURNAL)
        return graphs, count

    def add_new_serialized(self, graphs: list[str], nquads: bytes, ntriples: bytes) -> bool:
        """Write new graphs given as N-Quads, with their triples as N-Triples for the default
        graph, under the journal; False, with nothing written, on a store in memory or one
        that holds one of the graphs. Oxigraph parses the bytes without holding the GIL.

        The bytes must hold no blank node: the parser would give it a new name."""
        if self.path is None or self._holds_any(graphs):
            return False
        with self._journaled(graphs):
            # lenient: our own serializer wrote them from terms already checked
            self._ox.bulk_load(nquads, ox.RdfFormat.N_QUADS, lenient=True)
            self._ox.bulk_load(ntriples, ox.RdfFormat.N_TRIPLES, lenient=True)
        return True

    def add_new_pieces(self, report: str, pieces: Iterable[RdfPiece], own: list[ox.Quad]
                       ) -> tuple[set[str], int] | None:
        """Write an RDF file, checked piece by piece as ``pieces`` reads it, with Oxigraph's
        own loader (native code, twice as fast as handing it quads), all or nothing; ``own``
        (the report's description) too if the file has triples outside a named graph (they go
        to ``report``'s). Returns the graphs and the number of quads; None, with nothing
        written, if the file names a graph the store holds. An exception from ``pieces``
        undoes what was written, then goes on."""
        graphs: set[str] = set()
        count = 0

        def loads() -> Iterator[Callable[[], None]]:
            nonlocal count
            for piece in pieces:  # read and checked here while the loader threads write
                new = piece.graphs - graphs
                if self._holds_any(new):
                    raise _Held
                self._pending(new)
                graphs.update(new)
                count += piece.quads
                yield partial(_load_piece, self._ox, piece, report)

        try:
            with self._journaled(()):
                _side_by_side(loads())
                if report in graphs:
                    self._ox.extend(with_union(own))
                    count += len(own)
        except _Held:
            return None
        return graphs, count

    def _holds_any(self, graphs: Iterable[str]) -> bool:
        return any(self._ox.contains_named_graph(ox.NamedNode(g)) for g in graphs)

    def _pending(self, graphs: Iterable[str]) -> None:
        """Name graphs in the journal, in one transaction, before any of their quads is
        bulk-written."""
        self._ox.extend(ox.Quad(JOURNAL, _PENDING, ox.NamedNode(g), JOURNAL) for g in graphs)

    @contextmanager
    def _journaled(self, graphs: Iterable[str]) -> Iterator[None]:
        """One bulk write of new graphs: their names into the journal first, the journal
        dropped once the body has written everything; on any failure, recovery undoes every
        graph the journal names, as a transaction would."""
        with self._writing():
            try:
                self._pending(graphs)
                yield
            except BaseException:
                recover(self._ox)
                raise
            self._ox.remove_graph(JOURNAL)

    def remove_report(self, iri: str) -> bool:
        if not self._ox.contains_named_graph(ox.NamedNode(iri)):
            return False
        self._ox.update(_replace_update({iri: []}))
        return True

    # -- reading ---------------------------------------------------------------------------
    def report_iris(self) -> list[str]:
        rows = select(
            self._ox, "SELECT DISTINCT ?g ?report WHERE { GRAPH ?g { ?g a ?report } } ORDER BY ?g",
            substitutions={ox.Variable("report"): mc("Report")})
        return [value(row["g"]) for row in rows]

    def has_report(self, iri: str) -> bool:
        return self._ox.contains_named_graph(ox.NamedNode(iri))

    def facts(self, iri: str, evidence: bool = False) -> Facts:
        return read_facts(self._ox, iri, evidence=evidence)

    def stats(self) -> Stats:
        def distinct(cls: str) -> int:
            rows = select(self._ox, "SELECT ?cls (COUNT(DISTINCT ?x) AS ?n) "
                          "WHERE { GRAPH ?g { ?x a ?cls } } GROUP BY ?cls",
                          substitutions={ox.Variable("cls"): ox.NamedNode(cls)})
            first = next(iter(rows), None)
            return int(value(first["n"])) if first is not None else 0  # GROUP BY of no rows

        return Stats(
            institutions=distinct(mc("Institution").value),
            people=distinct("https://schema.org/Person"),
            agreements=distinct(mc("Agreement").value),
            events=distinct("https://schema.org/Event"),
            countries=distinct(mc("Country").value),
            reports=distinct(mc("Report").value),
            triples=len(self),
        )

    def query(self, sparql: str, *, substitutions: dict[str, Any] | None = None) -> Any:
        """A SPARQL query; its default graph is the union of the report graphs."""
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
        return self._ox.query(sparql, substitutions=subs, prefixes=PREFIXES)

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._ox)

    # -- export ----------------------------------------------------------------------------
    def export(self, output: IO[bytes] | str | os.PathLike[str], fmt: str) -> None:
        """Write the store as ``fmt`` (see EXPORT_FORMATS). Triple formats get the union."""
        rdf_format = EXPORT_FORMATS[fmt]
        prefixes = dict(PREFIXES, **{kind: f"{self.minter.base}{kind}/" for kind in (
            "report", "institution", "person", "position", "event", "agreement", "count",
            "place", "country")})
        if rdf_format.supports_datasets:  # the report graphs, not their union again
            # Graph by graph: scanning every quad and dropping the default graph's in Python
            # took twice as long.
            named = chain.from_iterable(self._ox.quads_for_pattern(None, None, None, g)
                                        for g in self._ox.named_graphs())
            ox.serialize(named, output, rdf_format, prefixes=prefixes)
        else:
            ox.serialize(self._union_triples(), output, rdf_format, prefixes=prefixes)

    def _union_triples(self) -> Iterator[ox.Triple]:
        for q in self._ox.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            yield ox.Triple(q.subject, q.predicate, q.object)


def _side_by_side(loads: Iterable[Callable[[], None]]) -> None:
    """Run loads a few at a time, each in its own thread, and raise the first failure once none
    is running. Oxigraph's bulk loader parses, sorts and writes in one thread without the GIL:
    for 1M quads and their union, 12.4 s one load after another, 6.8 s three at a time on two
    cores. ``loads`` is read lazily (and its next piece checked meanwhile), so that few pieces
    are in memory at once."""
    with ThreadPoolExecutor(_LOADERS) as pool:
        running: deque[Future[None]] = deque()
        try:
            for load in loads:
                if len(running) == _LOADERS:
                    running.popleft().result()
                running.append(pool.submit(load))
            for future in running:
                future.result()
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)  # recovery must come after them
            raise


def _load_piece(store: ox.Store, piece: RdfPiece, report: str) -> None:
    """Its quads, then its triples into the default graph: never before, so that what a killed
    load left there is stated by a journaled graph, where recovery finds it."""
    _bulk_load(store, piece.data, piece.format, base_iri=report, to_graph=ox.NamedNode(report))
    _bulk_load(store, piece.union, ox.RdfFormat.N_TRIPLES)


def _bulk_load(store: ox.Store, source: bytes | Path, fmt: ox.RdfFormat, **options: Any) -> None:
    # lenient: the piece was parsed strictly once already, skip checking it again
    if isinstance(source, Path):
        store.bulk_load(path=source, format=fmt, lenient=True, **options)
    else:
        store.bulk_load(source, fmt, lenient=True, **options)


def with_union(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    """Each quad, and its triple in the default graph (the de-duplicated union)."""
    for q in quads:
        yield q
        yield ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())


def _replace_update(graphs: dict[str, list[ox.Quad]]) -> str:
    """One SPARQL update that drops and refills every graph and keeps the default graph the
    union of the named graphs: Oxigraph runs it atomically."""
    names = [f"<{g}>" for g in graphs]
    parts = [unstate_update(f"VALUES ?old {{ {' '.join(names)} }} GRAPH ?old {{ ?s ?p ?o }}",
                            exclude=", ".join(names))]
    parts += [f"DROP SILENT GRAPH <{g}>" for g in graphs]
    body = "\n".join(f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}\n"
                     f"{q.subject} {q.predicate} {q.object} ."
                     for quads in graphs.values() for q in quads)
    return " ;\n".join(parts) + f" ;\nINSERT DATA {{\n{body}\n}}"


def unstate_update(where: str, exclude: str = "") -> str:
    """An update that removes from the default graph the triples matched by ``where`` (binding
    ?s ?p ?o) that no named graph other than ``exclude`` (a comma list of IRIs) states."""
    other = f"FILTER(?other NOT IN ({exclude}))" if exclude else ""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ {where} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} {other} }} }}")


def recover(store: ox.Store) -> None:
    """Remove the graphs of an unfinished bulk write (named in the journal) and their triples
    from the default graph, in one transaction; nothing to do after a clean write."""
    if not store.contains_named_graph(JOURNAL):
        return
    pending = [f"<{value(q.object)}>" for q in store.quads_for_pattern(
        JOURNAL, _PENDING, None, JOURNAL)]
    if pending:
        names = " ".join(pending)
        store.update(" ;\n".join([
            unstate_update(f"VALUES ?old {{ {names} }} GRAPH ?old {{ ?s ?p ?o }}",
                           exclude=", ".join(pending)),
            *(f"DROP SILENT GRAPH {g}" for g in pending),
            f"DROP SILENT GRAPH <{JOURNAL.value}>"]))
    else:
        store.remove_graph(JOURNAL)


def rebuild_union(store: ox.Store) -> None:
    """Make the default graph the union of the named graphs (stores from before it was kept)."""
    store.update("DELETE { ?s ?p ?o } WHERE { ?s ?p ?o } ; "
                 "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")


def _open(path: Path | None, command: str | None) -> ox.Store:
    if path is None:
        return ox.Store()
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a store folder; pass --store with a folder path")
    try:
        path.mkdir(parents=True, exist_ok=True)
        store = ox.Store(str(path))
    except OSError as exc:
        text = str(exc)
        if "lock" in text.lower():
            raise StoreError(
                f"the store at {path} is in use by {_holder(path)}; wait until it finishes, "
                "or use another store with --store") from exc
        raise StoreError(f"cannot open the store at {path}: {text}; check that the folder is "
                         "writable and is a medcoop store") from exc
    # The holder note is a courtesy for error messages, never a reason to fail.
    with suppress(OSError):
        (path / _HOLDER).write_text(json.dumps(
            {"pid": os.getpid(), "command": command or " ".join(sys.argv),
             "since": time.strftime("%Y-%m-%dT%H:%M:%S")}), encoding="utf-8")
    return store


def _holder(path: Path) -> str:
    try:
        info = json.loads((path / _HOLDER).read_text(encoding="utf-8"))
        return f"process {info['pid']} ({info['command']}, since {info['since']})"
    except (OSError, ValueError, KeyError):
        return "another process"


@contextmanager
def open_store(path: str | os.PathLike[str] | None = None, base: str | None = None,
               command: str | None = None) -> Iterator[Store]:
    """Open the store at ``store_path(path)`` for the duration of a ``with`` block."""
    store = Store(store_path(path), base=base, command=command)
    try:
        yield store
    finally:
        store.close()

