"""Loaders: every input kind becomes the quads of one or more report graphs.

``parse_file`` reads one file and returns what it would store (no store involved);
``load_paths`` walks files and folders and writes each file's graphs to the store in one
transaction, so a file that fails leaves nothing behind and the others still load.

=====================================  ===========================================
extension                              loader
=====================================  ===========================================
``.json``                              facts JSON (FORMAT.md), ``facts_json``
``.yaml`` ``.yml``                     YAML event report, ``yaml_report``
``.csv``                               CSV memorandum register, ``csv_register``
``.ttl .trig .nt .nq .jsonld .rdf``    existing RDF, ``rdf``
``.txt .md .html .htm``                press-release text, ``text``
=====================================  ===========================================
"""

from __future__ import annotations

import gc
import hashlib
import logging
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from medcoop.errors import InputError, MedcoopError, UnsupportedFormatError
from medcoop.facts import Facts
from medcoop.graph.ids import Minter
from medcoop.graph.mapping import ReportMeta, facts_to_quads
from medcoop.graph.resolve import Resolver
from medcoop.graph.store import Store, value
from medcoop.graph.terms import RDF_TYPE, mc
from medcoop.loaders import csv_register, facts_json, rdf, yaml_report
from medcoop.loaders import text as text_loader

log = logging.getLogger(__name__)

STRUCTURED = {".json": facts_json, ".yaml": yaml_report, ".yml": yaml_report,
              ".csv": csv_register}
TEXT = (".txt", ".md", ".html", ".htm")
SUPPORTED = (*STRUCTURED, *rdf.FORMATS, *TEXT)
MAX_TEXT_BYTES = 20 * 1024 * 1024  # far above any press release; keeps a stray dump out
# Line- and statement-based RDF above this size is never held in memory (~1.5 KB a quad
# there): read through once, then given to Oxigraph's loader whole (see _stream_rdf), 10-25%
# faster already at 16 MB; a file is still all or nothing.
STREAM_BYTES = 4 * 1024 * 1024
STREAMED = (".nq", ".nt", ".trig", ".ttl")


@dataclass
class Serialized:
    """A report's graph as Oxigraph's bulk loader takes it, mapped in a worker process with
    the IRIs minted from names: its quads as N-Quads, their triples as N-Triples (for the
    default graph's union)."""

    graph: str
    nquads: bytes
    ntriples: bytes
    quads: int
    institutions: dict[str, str]  # local id → IRI, as institution_iris reads them


class Parsed:
    """What one file would add to the store.

    A report mapped ahead by a worker (``serialized``) is kept as bytes for the bulk loader;
    its quads are parsed back only for a path that needs them (see :attr:`graphs`)."""

    def __init__(self, source: Path, graphs: dict[str, list[ox.Quad]] | None = None,
                 facts: Facts | None = None, notes: list[str] | None = None,
                 serialized: Serialized | None = None):
        self.source = source
        # None: parsed back from ``serialized`` when first asked for
        self._graphs = {} if graphs is None and serialized is None else graphs
        self.facts = facts  # None for RDF files
        self.notes = notes if notes is not None else []  # e.g. "decoded as windows-1251"
        self.serialized = serialized

    @property
    def graphs(self) -> dict[str, list[ox.Quad]]:
        """graph name → quads."""
        if self._graphs is None:
            assert self.serialized is not None
            self._graphs = {self.serialized.graph: list(ox.parse(
                self.serialized.nquads, ox.RdfFormat.N_QUADS))}
        return self._graphs

    @property
    def names(self) -> list[str]:
        """The graphs' names, without parsing serialized quads back."""
        if self._graphs is None and self.serialized is not None:
            return [self.serialized.graph]
        return list(self.graphs)

    @property
    def quads(self) -> int:
        if self._graphs is None and self.serialized is not None:
            return self.serialized.quads
        return sum(len(q) for q in self.graphs.values())


@dataclass
class FileResult:
    source: Path
    reports: list[str] = field(default_factory=list)
    quads: int = 0
    replaced: bool = False
    error: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class LoadSummary:
    results: list[FileResult] = field(default_factory=list)

    @property
    def loaded(self) -> list[FileResult]:
        return [r for r in self.results if r.error is None]

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.error is not None]


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Files to load: the given files, and every supported file under the given folders."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUPPORTED
                and not p.name.lower().startswith("readme")
                and not any(part.startswith(".") for part in p.relative_to(path).parts)))
        else:
            out.append(path)
    return out


Resolve = Callable[[Facts], dict[str, str]]


@dataclass
class Read:
    """A file read and parsed, before entity resolution (what a worker process hands back)."""

    source: Path
    meta: ReportMeta
    facts: Facts | None = None
    graphs: dict[str, list[ox.Quad]] | None = None  # RDF files: the quads as they will be
    notes: list[str] = field(default_factory=list)
    stream: bool = False  # a large RDF file, not read yet: see _stream_rdf
    serialized: Serialized | None = None  # mapped ahead with minted IRIs: see map_ahead


def read_file(path: Path, minter: Minter, stream: bool = True) -> Read:
    """Read ``path`` with the loader its extension names; store-free, so any process can do
    it. A large RDF file is left to :func:`_stream_rdf` unless ``stream`` is false. Raises
    :class:`InputError`."""
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise UnsupportedFormatError(
            f"no loader for {suffix or 'files without an extension'!r}; "
            f"supported: {' '.join(SUPPORTED)}", source)
    if stream and suffix in STREAMED and _size(path) > STREAM_BYTES:
        with path.open("rb") as f:
            sha256 = hashlib.file_digest(f, "sha256").hexdigest()
        return Read(path, ReportMeta(iri=minter.report(path.name), source_file=path.name,
                                     sha256=sha256, loader=rdf.NAME), stream=True)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError("no such file; check the path", source) from exc
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", source) from exc
    if not data.strip():
        raise InputError("the file is empty", source)
    report_iri = minter.report(path.name)
    meta = ReportMeta(iri=report_iri, source_file=path.name,
                      sha256=hashlib.sha256(data).hexdigest())
    if suffix in rdf.FORMATS:
        graphs = rdf.parse(data, source, report_iri)
        if report_iri in graphs:
            graphs[report_iri].extend(_report_quads(meta, rdf.NAME))
        return Read(path, meta, graphs=graphs)
    notes: list[str] = []
    if suffix in TEXT:
        facts, loader = _read_text(data, source, suffix, notes), "text"
    else:
        module = STRUCTURED[suffix]
        facts, loader = module.parse(_utf8(data, source), source), module.NAME
    meta = ReportMeta(iri=report_iri, source_file=meta.source_file, sha256=meta.sha256,
                      loader=loader)
    return Read(path, meta, facts=facts, notes=notes)


def map_ahead(read: Read, minter: Minter) -> Read:
    """``read`` with its report mapped ahead, as bytes (see :class:`Serialized`), with the
    institution IRIs minted from names, which entity resolution picks for most reports.

    A worker process's job: it takes the mapping and serializing off the main process, and
    the bulk loader parses bytes without holding the GIL. Not done for a mapping with a blank
    node (``_:``, if only in a literal), which Oxigraph's parser would give a new name."""
    if read.facts is None or read.graphs is not None:
        return read
    try:
        quads = facts_to_quads(read.facts, read.meta, minter)
    except Exception:  # the main process maps it again, and reports the error there
        log.debug("could not map %s ahead", read.source, exc_info=True)
        return read
    read.serialized = to_bytes(read.meta.iri, quads)
    return read


def to_bytes(graph: str, quads: list[ox.Quad]) -> Serialized | None:
    """The quads of ``graph`` as bytes; None if they may hold a blank node."""
    nquads = ox.serialize(quads, None, ox.RdfFormat.N_QUADS) or b""
    if b"_:" in nquads:
        return None
    ntriples = ox.serialize((q.triple for q in quads), None, ox.RdfFormat.N_TRIPLES) or b""
    return Serialized(graph, nquads, ntriples, len(quads), _institution_iris(quads))


def finish(read: Read, minter: Minter, resolve: Resolve | None = None) -> Parsed:
    """The quads of a file read by :func:`read_file`, with the institution IRIs ``resolve``
    picks (without it, IRIs are minted from names)."""
    if read.graphs is not None or read.facts is None:
        return Parsed(read.source, read.graphs or {})
    iris = resolve(read.facts) if resolve else None
    # Resolution that picks the IRIs the worker's mapping gave (the minted ones, unless two
    # institutions of the report share one) maps to the same quads.
    if read.serialized is not None and (iris is None or iris == read.serialized.institutions):
        return Parsed(read.source, None, read.facts, read.notes, read.serialized)
    quads = facts_to_quads(read.facts, read.meta, minter, iris)
    return Parsed(read.source, {read.meta.iri: quads}, read.facts, read.notes)


def parse_file(path: Path, minter: Minter, resolve: Resolve | None = None) -> Parsed:
    """Read ``path`` with the loader its extension names. Raises :class:`InputError`.

    ``resolve`` picks the IRIs of the report's institutions (entity resolution against a
    store); without it, IRIs are minted from names.
    """
    return finish(read_file(path, minter), minter, resolve)


def load_paths(store: Store, paths: Iterable[str | Path],
               on_file: Callable[[FileResult], None] | None = None, *,
               jobs: int | None = None) -> LoadSummary:
    """Load every file; each one atomically. Errors are collected, not raised.

    Many files are read (texts extracted) by ``jobs`` worker processes (default
    ``$MEDCOOP_JOBS``, else one per CPU); reports are then resolved in file order and written
    in groups of one transaction each. If a group cannot be written, its files are written
    one at a time, so a file is still all or nothing and fails alone. A load that is killed
    loses only the group in flight: every report in the store is complete.
    """
    with _fewer_collections():
        return _load_paths(store, paths, on_file, jobs)


# The cyclic garbage collector's first threshold during a load. A report makes thousands of
# short-lived objects (tokens, mentions, facts, quads), none of them in a cycle that matters,
# and the default (700 allocations) ran a collection every few sentences: with 50,000, a
# 1,000-report text load took 7% less time (4.80 s against 5.09 s, medians of three pairs).
_LOAD_GC_THRESHOLD = 50_000


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Raise the collector's first threshold while the block runs (the worker processes,
    forked inside it, inherit it); restore the caller's after."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], _LOAD_GC_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _load_paths(store: Store, paths: Iterable[str | Path],
                on_file: Callable[[FileResult], None] | None, jobs: int | None) -> LoadSummary:
    from medcoop.loaders._pipeline import GroupWriter, read_all

    summary = LoadSummary()
    writer = GroupWriter(store, lambda: Resolver(store.oxigraph, store.minter), on_file)
    for path, read in read_all(discover(paths), store.minter, jobs):
        result = FileResult(path)
        summary.results.append(result)
        try:
            if isinstance(read, str):
                result.error = read
            elif read.stream:
                writer.flush()  # files commit in order
                if not _stream_rdf(store, read, result):  # it replaces graphs: in memory
                    writer.add(result, finish(read_file(path, store.minter, stream=False),
                                              store.minter))
                    writer.flush()
                    continue
            else:
                resolve = _stable(store, read, lambda f: writer.resolver.resolve(f))
                writer.add(result, finish(read, store.minter, resolve))
                continue
        except Exception as exc:  # a bug in a loader must not stop the other files
            result.error = error_message(path, exc)
        if on_file:
            on_file(result)
    writer.flush()
    return summary


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # read_bytes says why


def _stream_rdf(store: Store, read: Read, result: FileResult) -> bool:
    """Load a large RDF file without holding it in memory; False, with nothing written, if it
    names a graph the store holds. Triples outside a named graph go to the file's own.

    On disk the file is read through once, a piece at a time (checked, and its triples kept
    for the default graph), each piece given to Oxigraph's loader while the next is read; one
    with blank nodes, or an in-memory store, gets its quads streamed to the bulk loader
    instead."""
    fmt = rdf.FORMATS[read.source.suffix.lower()]
    try:
        if store.path is not None:
            with tempfile.TemporaryDirectory(prefix="medcoop-load-") as tmp:
                pieces = rdf.checked_pieces(read.source, fmt, read.meta.iri, Path(tmp))
                own = list(_report_quads(read.meta, rdf.NAME))
                with suppress(rdf.BlankNodes):  # undone by the store: streamed as quads below
                    return _written(read, result, store.add_new_pieces(read.meta.iri, pieces,
                                                                        own))
        return _written(read, result, store.add_new_graphs(_streamed(read, fmt)))
    except SyntaxError as exc:
        raise rdf.syntax_error(exc, str(read.source)) from exc


def _streamed(read: Read, fmt: ox.RdfFormat) -> Iterator[ox.Quad]:
    report = ox.NamedNode(read.meta.iri)
    own = False
    for quad in rdf.quads(report.value, fmt, path=read.source):
        own = own or quad.graph_name == report
        yield quad
    if own:  # the report's own graph is described, as read_file does
        yield from _report_quads(read.meta, rdf.NAME)


def _written(read: Read, result: FileResult, written: tuple[set[str], int] | None) -> bool:
    if written is None:
        return False
    graphs, result.quads = written
    if not graphs:
        raise InputError("the file holds no triples", str(read.source))
    result.reports = sorted(graphs)
    return True


def _stable(store: Store, read: Read, resolve: Resolve) -> Resolve:
    """Resolution that gives a file loaded again unchanged (same SHA-256) the IRIs it got the
    first time, so reloading, e.g. resuming a killed load, changes nothing, whatever was
    loaded in between."""
    graph = ox.NamedNode(read.meta.iri)
    if read.facts is None or not store.oxigraph.contains_named_graph(graph):
        return resolve
    same = ox.Quad(graph, mc("sha256"), ox.Literal(read.meta.sha256 or ""), graph)
    if same not in store.oxigraph:
        return resolve
    institution = mc("Institution")
    before = {value(q.object): value(q.subject) for q in store.oxigraph.quads_for_pattern(
        None, mc("localId"), None, graph)
        if ox.Quad(q.subject, RDF_TYPE, institution, graph) in store.oxigraph}

    def again(facts: Facts) -> dict[str, str]:
        return {**resolve(facts), **before}

    return again


def error_message(path: Path, exc: Exception) -> str:
    """The one line a failed file gets in the load summary."""
    log.debug("failed to load %s", path, exc_info=exc)
    if isinstance(exc, InputError):
        return str(exc)
    if isinstance(exc, MedcoopError):
        return f"{path}: {exc}"
    return (f"{path}: unexpected {type(exc).__name__}: {exc} (a medcoop bug; "
            "run with --debug for the traceback and please report it)")


def institution_iris(parsed: Parsed) -> dict[str, str]:
    """local id → IRI of the institutions as stored (read off the report's quads)."""
    if parsed.serialized is not None:
        return parsed.serialized.institutions
    return _institution_iris([q for g in parsed.graphs.values() for q in g])


def _institution_iris(quads: list[ox.Quad]) -> dict[str, str]:
    local_id = mc("localId")
    institution = mc("Institution")
    typed = {value(q.subject) for q in quads
             if q.predicate == RDF_TYPE and q.object == institution}
    return {value(q.object): value(q.subject) for q in quads
            if q.predicate == local_id and value(q.subject) in typed}


def _utf8(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as "
                         "UTF-8", source, line) from exc


def report_text(data: bytes, source: str, suffix: str, notes: list[str]) -> str:
    """The plain text of a report file: decoded, and stripped of HTML or Markdown markup.

    Evidence offsets of the text loader count characters of this text.
    """
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(f"{len(data) / 2**20:.0f} MB is too large for one report "
                         f"(limit {MAX_TEXT_BYTES // 2**20} MB); split it into reports", source)
    text, encoding = text_loader.decode(data, source)
    if encoding.replace("-", "").replace("_", "").lower() not in ("utf8", "utf8sig", "ascii"):
        notes.append(f"decoded as {encoding}, not UTF-8")
    if suffix in (".html", ".htm"):
        text = text_loader.html_to_text(text)
    elif suffix == ".md":
        text = text_loader.markdown_to_text(text)
    return text


def _read_text(data: bytes, source: str, suffix: str, notes: list[str]) -> Facts:
    text = report_text(data, source, suffix, notes)
    facts = text_loader.extract(text)
    if not (facts.institutions or facts.people or facts.events):
        notes.append("no institutions, people or events found in the text")
    return facts


def _report_quads(meta: ReportMeta, loader: str) -> Iterator[ox.Quad]:
    report = ox.NamedNode(meta.iri)
    yield ox.Quad(report, RDF_TYPE, mc("Report"), report)
    for prop, text in (("sourceFile", meta.source_file), ("sha256", meta.sha256),
                       ("loader", loader)):
        if text:
            yield ox.Quad(report, mc(prop), ox.Literal(text), report)
