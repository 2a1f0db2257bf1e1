"""The load pipeline behind :func:`medcoop.loaders.load_paths`: read in parallel, write in groups.

Why: extracting a press release costs ~4 ms of CPU, mapping and resolving it ~1 ms, and
writing its quads (twice: its graph and the default graph's union) about as much again, so
the three run side by side. Files are read (texts extracted) by worker processes, in order, a
bounded number ahead; the main process resolves entities report by report (each one sees the
reports before it, as in a one-by-one load) and maps them; a writer thread writes many reports
per group (see GroupWriter) while the next group is resolved.

Workers also map each structured report ahead with the IRIs minted from names and hand it back
as N-Quads/N-Triples bytes (see loaders.map_ahead): when resolution picks those IRIs (~60% of
the synthetic corpus), the main process skips mapping it, and the group goes to Oxigraph's bulk
loader as bytes, which it parses without holding the GIL (Store.add_new_serialized). This
moves ~40% of the main thread's CPU to the workers, for ~5-10% more CPU in all (the other
reports are mapped twice).
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from medcoop.graph.ids import Minter
from medcoop.graph.resolve import Resolver
from medcoop.graph.store import Store
from medcoop.loaders import (
    TEXT,
    FileResult,
    Parsed,
    Read,
    Serialized,
    error_message,
    institution_iris,
    map_ahead,
    read_file,
    to_bytes,
)
from medcoop.loaders import rdf as rdf_loader
from medcoop.loaders import text as text_loader

log = logging.getLogger(__name__)

# A worker pool pays ~1 s to start; below this much estimated reading work it is not worth it.
POOL_MIN_SECONDS = 1.0
COST_SECONDS = {"text": 0.010, "other": 0.0007}
CHUNK = 8  # files per task: amortises the hand-over between processes
# Quads per group. New graphs go to Oxigraph's bulk loader, whose every call costs tens of ms
# (it writes and ingests a set of files): groups start small, so that a small load commits
# early and often, and grow by half each time up to a size where that cost is a few per cent.
# A killed load loses at most the group in flight.
GROUP_QUADS = 5_000
GROUP_QUADS_MAX = 200_000
GROUP_GROWTH = 1.5
GROUP_FILES = 5_000


def jobs_from_env(explicit: int | None = None) -> int:
    """Worker processes: explicit value, then ``MEDCOOP_JOBS``, then one per CPU."""
    if explicit is not None:
        return max(1, explicit)
    raw = os.environ.get("MEDCOOP_JOBS", "")
    if raw.strip():
        try:
            return max(1, int(raw))
        except ValueError:
            log.warning("MEDCOOP_JOBS=%r is not a number; using one per CPU", raw)
    return max(1, os.cpu_count() or 1)


def read_one(path: Path, minter: Minter) -> Read | str:
    """The file read, or the one-line error of a file that cannot be."""
    try:
        return read_file(path, minter)
    except Exception as exc:  # reported per file, as load_paths always did
        return error_message(path, exc)


def _read_chunk(paths: list[Path], minter: Minter) -> list[Read | str]:
    return [read_one(p, minter) for p in paths]


def _read_ahead(paths: list[Path], minter: Minter) -> list[Read | str]:
    """A worker's task: the files read, and structured reports mapped ahead (see map_ahead).

    Not texts: extracting one costs the worker ~10 times what mapping it costs the main
    process, which waits for the workers anyway; mapping them ahead made text loads slower."""
    return [r if isinstance(r, str) or r.source.suffix.lower() in TEXT else map_ahead(r, minter)
            for r in _read_chunk(paths, minter)]


def read_all(files: list[Path], minter: Minter,
             jobs: int | None = None) -> Iterator[tuple[Path, Read | str]]:
    """Every file read, in the given order; RDF files in this process (their parser is native
    and their quads are large to hand over), the others by worker processes when it pays."""
    workers = jobs_from_env(jobs)
    pooled = [p for p in files if p.suffix.lower() not in rdf_loader.FORMATS]
    cost = sum(COST_SECONDS["text" if p.suffix.lower() in TEXT else "other"] for p in pooled)
    if workers < 2 or cost < POOL_MIN_SECONDS:
        for path in files:
            yield path, read_one(path, minter)
        return
    if any(p.suffix.lower() in TEXT for p in pooled):
        text_loader.warm()  # forked workers inherit what it loads: ~0.15 s saved in each
    # fork: "spawn" and "forkserver" re-import the caller's __main__, which breaks any script
    # that calls load_paths without an ``if __name__ == "__main__"`` guard. The forked
    # workers only parse text; they never touch the store or its threads.
    context = multiprocessing.get_context("fork")
    # What exists now (modules, the rules, compiled patterns) lives as long as the process:
    # frozen, the collector of every process stops walking it (a 1,000-report load: 0.13-0.27 s
    # of ~5 s less in three alternating pairs).
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            yield from _ordered(pool, files, minter, ahead=workers * 4)
    finally:
        gc.unfreeze()


def _ordered(pool: ProcessPoolExecutor, files: list[Path], minter: Minter,
             ahead: int) -> Iterator[tuple[Path, Read | str]]:
    pending: deque[tuple[list[Path], Future[list[Read | str]] | None]] = deque()
    chunks = _chunks(files)

    def top_up() -> None:
        while len(pending) < ahead:
            chunk = next(chunks, None)
            if chunk is None:
                return
            is_rdf = chunk[0].suffix.lower() in rdf_loader.FORMATS
            pending.append((chunk, None if is_rdf else pool.submit(_read_ahead, chunk, minter)))

    top_up()
    while pending:
        chunk, future = pending.popleft()
        top_up()
        yield from zip(chunk, _result(future, chunk, minter), strict=True)


def _result(future: Future[list[Read | str]] | None, chunk: list[Path],
            minter: Minter) -> list[Read | str]:
    if future is not None:
        try:
            return future.result()
        except BrokenProcessPool:  # a worker died (e.g. killed by the OOM killer): read here
            log.warning("a worker process died; reading %s in the main process", chunk[0])
    return _read_chunk(chunk, minter)


def _chunks(files: list[Path]) -> Iterator[list[Path]]:
    """Runs of up to CHUNK files; an RDF file is a chunk of its own (read in this process)."""
    chunk: list[Path] = []
    for path in files:
        if path.suffix.lower() in rdf_loader.FORMATS:
            if chunk:
                yield chunk
                chunk = []
            yield [path]
            continue
        chunk.append(path)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class GroupWriter:
    """Writes parsed files to the store many per write, each file still all or nothing.

    Files whose graphs are all new go in one group (one bulk write), files that replace a
    graph in another (one SPARQL update): the fast path is not slowed down by the other. A
    group is written by a background thread while the next one is resolved and mapped
    (Oxigraph releases the GIL while it writes); one write at a time, in file order.
    """

    def __init__(self, store: Store, make_resolver: Callable[[], Resolver],
                 on_file: Callable[[FileResult], None] | None = None,
                 group_quads: int = GROUP_QUADS, group_files: int = GROUP_FILES):
        self.store = store
        self.make_resolver = make_resolver
        self._resolver: Resolver | None = None
        self.on_file = on_file
        self.group_quads = group_quads
        self.group_files = group_files
        self.groups: dict[bool, list[tuple[FileResult, Parsed]]] = {False: [], True: []}
        self.sizes = {False: 0, True: 0}  # quads waiting in each group
        self.graphs: set[str] = set()  # graphs waiting or being written
        self._thread: ThreadPoolExecutor | None = None
        self._in_flight: tuple[Future[None], list[tuple[FileResult, Parsed]]] | None = None

    @property
    def resolver(self) -> Resolver:
        """Built when the first report needs it: it reads every institution in the store (over
        a second at a million triples), which a load of RDF files never needs."""
        if self._resolver is None:
            self._resolver = self.make_resolver()
        return self._resolver

    def add(self, result: FileResult, parsed: Parsed) -> None:
        names = parsed.names
        if any(g in self.graphs for g in names):
            self.flush()  # a graph written twice: the later file must win, as one by one
        replaces = any(self.store.has_report(g) for g in names)
        result.replaced = replaces
        group = self.groups[replaces]
        group.append((result, parsed))
        self.sizes[replaces] += parsed.quads
        self.graphs.update(names)
        if parsed.facts is not None:
            # The next report resolves against this one, even before the group is written.
            self.resolver.remember(parsed.facts, institution_iris(parsed))
        if self.sizes[replaces] >= self.group_quads or len(group) >= self.group_files:
            self._write(replaces)
            self.group_quads = min(GROUP_QUADS_MAX, max(
                self.group_quads, int(self.group_quads * GROUP_GROWTH)))

    def flush(self) -> None:
        """Write every waiting group and wait until it is on disk."""
        for replaces in (False, True):
            self._write(replaces)
        self._finish()
        if self._thread is not None:
            self._thread.shutdown()
            self._thread = None
        self.graphs.clear()

    def _write(self, replaces: bool) -> None:
        group = self.groups[replaces]
        if not group:
            return
        self.groups[replaces], self.sizes[replaces] = [], 0
        self._finish()
        if self._thread is None:
            self._thread = ThreadPoolExecutor(1, thread_name_prefix="medcoop-writer")
        self._in_flight = (self._thread.submit(_write_group, self.store, group, replaces), group)

    def _finish(self) -> None:
        """Wait for the write in flight, then report its files."""
        if self._in_flight is None:
            return
        future, group = self._in_flight
        self._in_flight = None
        # exception(), not result(): a raised exception's traceback would hold this frame,
        # hence the future and the exception again, a cycle that keeps the store open.
        error = future.exception()
        del future
        if error is not None:
            log.debug("a group of %d files failed (%s); writing them one by one", len(group),
                      error)
            del error
            self._one_by_one(group)
        log.debug("committed %d files (%s … %s)", len(group), group[0][0].source,
                  group[-1][0].source)
        for result, parsed in group:
            self.graphs.difference_update(parsed.names)
            if result.error is None:
                result.reports = parsed.names
                result.quads = parsed.quads
                result.notes = parsed.notes
            if self.on_file:
                self.on_file(result)

    def _one_by_one(self, group: list[tuple[FileResult, Parsed]]) -> None:
        failed = False
        for result, parsed in group:
            try:
                self.store.replace_graphs(parsed.graphs)
            except Exception as exc:
                result.error = error_message(result.source, exc)
                failed = True
        if failed:  # forget what the failed files taught the resolver: read the store again
            self._resolver = None


def _write_group(store: Store, group: list[tuple[FileResult, Parsed]], replaces: bool) -> None:
    """One write of a group. New graphs on disk go as bytes to the bulk loader (see
    Store.add_new_serialized) when worker processes mapped some of them ahead; the others are
    serialized here, by the writer thread. Otherwise, or if one may hold a blank node, as
    quads."""
    if not replaces and store.path is not None and any(p.serialized for _, p in group):
        parts = [p.serialized or _as_bytes(p) for _, p in group]
        if all(parts) and store.add_new_serialized(
                [s.graph for s in parts if s],
                b"".join(s.nquads for s in parts if s),
                b"".join(s.ntriples for s in parts if s)):
            return
    store.replace_graphs({g: q for _, p in group for g, q in p.graphs.items()})


def _as_bytes(parsed: Parsed) -> Serialized | None:
    if len(parsed.graphs) != 1:  # an RDF file, which may describe several graphs: as quads
        return None
    [(graph, quads)] = parsed.graphs.items()
    return to_bytes(graph, quads)
