"""New report graphs on disk go through Oxigraph's bulk loader, which is not atomic: the journal
graph must make a write killed at any step look as if it never began.

A child process loads 10 reports cleanly, then 10 more through a store whose Oxigraph handle
kills the process (SIGKILL) at one step of the bulk write: halfway through the named quads,
before the default graph's triples, or before the journal is cleared; reports mapped ahead by
worker processes (written as bytes: see Store.add_new_serialized) halfway through the N-Quads,
halfway through the N-Triples, or before the journal is cleared. The next open must hold
exactly the first 10 reports, with the default graph their union, and a re-run must finish.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from medcoop import loaders
from medcoop.graph import store as store_module
from medcoop.graph.store import JOURNAL, Store
from medcoop.loaders import load_paths
from medcoop.loaders import rdf as rdf_module
from medcoop.synth import generate

CHILD = """
import os, signal, sys
from pathlib import Path
import pyoxigraph as ox
from medcoop.graph.store import Store
from medcoop.loaders import _pipeline, load_paths

store_dir, mode, step, *files = sys.argv[1:]
if mode == "bytes":  # worker processes, which map reports ahead, even for 10 files
    _pipeline.POOL_MIN_SECONDS = 0.0
    os.environ["MEDCOOP_JOBS"] = "2"

def die():
    os.kill(os.getpid(), signal.SIGKILL)

class Dies:
    '''The store's Oxigraph handle, killed at one step of a bulk write. Reports mapped ahead
    go as bytes (N-Quads, then the union's N-Triples), the others as quads.'''
    def __init__(self, inner):
        self.inner = inner
    def __getattr__(self, name):
        return getattr(self.inner, name)
    def bulk_extend(self, quads):
        if mode == "bytes":
            sys.exit("bulk_extend: the reports were written as quads, not as bytes")
        quads = list(quads)
        if step == "named":
            self.inner.bulk_extend(quads[: len(quads) // 2])
            die()
        self.inner.bulk_extend(quads)
    def bulk_load(self, data, fmt, **kwargs):
        if mode == "quads" and step == "union":
            die()
        if mode == "bytes" and step == ("named" if fmt == ox.RdfFormat.N_QUADS else "union"):
            lines = data.splitlines(keepends=True)
            self.inner.bulk_load(b"".join(lines[: len(lines) // 2]), fmt, **kwargs)
            die()
        self.inner.bulk_load(data, fmt, **kwargs)
    def remove_graph(self, graph):
        if step == "journal":
            die()
        self.inner.remove_graph(graph)

with Store(store_dir) as store:
    assert not load_paths(store, [Path(f) for f in files[:10]]).failed
    store._ox = Dies(store._ox)
    load_paths(store, [Path(f) for f in files[10:]])
"""


@pytest.fixture(scope="module")
def gold_files(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("gold")
    for stem, _, gold in generate(20, seed=7):
        (folder / f"{stem}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return sorted(folder.iterdir())


def quads_of(store: Store) -> set[str]:
    return {str(q) for q in store.quads()}


def union_is_kept(store: Store) -> bool:
    graph = ox.DefaultGraph()
    default = {q.triple for q in store.oxigraph.quads_for_pattern(None, None, None, graph)}
    named = {q.triple for q in store.quads() if q.graph_name != graph}
    return default == named


@pytest.mark.parametrize("mode", ["quads", "bytes"])
@pytest.mark.parametrize("step", ["named", "union", "journal"])
def test_a_bulk_write_killed_at_any_step_is_undone_on_open(tmp_path, gold_files, step,
                                                           mode) -> None:
    with Store(tmp_path / "first10") as store:
        load_paths(store, gold_files[:10])
        first10 = quads_of(store)
    with Store(tmp_path / "all") as store:
        load_paths(store, gold_files)
        everything = quads_of(store)

    store_dir = tmp_path / "store"
    child = subprocess.run([sys.executable, "-c", CHILD, str(store_dir), mode, step,
                            *map(str, gold_files)], capture_output=True, text=True)
    assert child.returncode == -signal.SIGKILL, child.stderr

    raw = ox.Store(str(store_dir))  # as the kill left it: the journal names the group
    pending = {q.object.value for q in raw.quads_for_pattern(None, None, None, JOURNAL)}
    del raw
    assert len(pending) == 10

    with Store(store_dir) as store:
        assert not store.oxigraph.contains_named_graph(JOURNAL)
        assert len(store.report_iris()) == 10
        assert pending.isdisjoint(store.report_iris())
        assert quads_of(store) == first10
        assert union_is_kept(store)
        assert load_paths(store, gold_files).failed == []
        assert quads_of(store) == everything
        assert union_is_kept(store)


@pytest.fixture
def streamed(monkeypatch) -> None:
    """Every RDF file streamed, in slices of 50 quads or pieces of 20 KB (~80 quads): a file
    spans many bulk writes."""
    monkeypatch.setattr(loaders, "STREAM_BYTES", 0)
    monkeypatch.setattr(store_module, "_SLICE", 50)
    monkeypatch.setattr(rdf_module, "PIECE_BYTES", 20_000)


@pytest.fixture(scope="module")
def export(gold_files, tmp_path_factory) -> Path:
    """The 20 reports as one N-Quads file (1,110 quads)."""
    out = tmp_path_factory.mktemp("export") / "all.nq"
    with Store(out.parent / "store") as store:
        load_paths(store, gold_files)
        store.export(str(out), "nquads")
    return out


def loaded(store_dir: Path, *files: Path) -> tuple[list[loaders.FileResult], set[str]]:
    with Store(store_dir) as store:
        results = load_paths(store, files).results
        assert union_is_kept(store)
        return results, quads_of(store)


def test_a_streamed_file_stores_what_a_file_read_whole_does(tmp_path, export, streamed) -> None:
    nt = tmp_path / "own.nt"
    nt.write_text('<http://e/s> <http://e/p> "x" .\n<http://e/s> <http://e/q> <http://e/o> .\n',
                  encoding="utf-8")
    results, quads = loaded(tmp_path / "streamed", export, nt)
    assert [(len(r.reports), r.quads, r.error) for r in results] == [(20, 1110, None),
                                                                     (1, 6, None)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(loaders, "STREAM_BYTES", 1 << 40)
        assert loaded(tmp_path / "whole", export, nt)[1] == quads


def test_a_syntax_error_late_in_a_streamed_file_leaves_nothing(tmp_path, export,
                                                               streamed) -> None:
    bad = tmp_path / "bad.nq"
    bad.write_bytes(export.read_bytes() + b"<http://e/s> <http://e/p> .\n")
    with Store(tmp_path / "store") as store:
        [result] = load_paths(store, [bad]).results
        assert result.error == f"{bad}:1111: RDF syntax error: " + result.error.split(
            "RDF syntax error: ", 1)[1]
        assert len(store) == 0
        assert list(store.quads()) == []
        assert not store.oxigraph.contains_named_graph(JOURNAL)


def test_a_streamed_file_loaded_again_replaces_its_graphs(tmp_path, export, streamed) -> None:
    first, quads = loaded(tmp_path / "store", export)
    again, quads_again = loaded(tmp_path / "store", export)
    assert [(r.replaced, r.quads, r.error) for r in first] == [(False, 1110, None)]
    assert [(r.replaced, r.quads, r.error) for r in again] == [(True, 1110, None)]
    assert quads_again == quads


def test_a_graph_the_store_holds_named_late_in_a_streamed_file_is_replaced(tmp_path, export,
                                                                          streamed) -> None:
    """The pieces before it were written already: they are undone, and the file goes to the
    transaction that replaces graphs."""
    last = export.read_bytes().splitlines()[-1]  # a quad of the file's last graph
    held = tmp_path / "held.nq"
    held.write_bytes(last + b"\n")
    results, quads = loaded(tmp_path / "store", held, export)
    assert [(r.replaced, r.quads, r.error) for r in results] == [(False, 1, None),
                                                                 (True, 1110, None)]
    assert quads == loaded(tmp_path / "clean", export)[1]


FILE_CHILD = """
import os, signal, sys
from pathlib import Path
from medcoop import loaders
from medcoop.graph import store as store_module
from medcoop.loaders import rdf as rdf_module
from medcoop.graph.store import Store
from medcoop.loaders import load_paths
from medcoop.loaders import rdf as rdf_module

store_dir, step, first, big = sys.argv[1:]
loaders.STREAM_BYTES = 0
rdf_module.PIECE_BYTES = 20_000  # the 1,110-quad file comes in ~10 pieces
calls = 0

class Dies:
    '''The store's Oxigraph handle, killed at one step of loading a whole file.'''
    def __init__(self, inner):
        self.inner = inner
    def __getattr__(self, name):
        return getattr(self.inner, name)
    def bulk_load(self, piece, fmt, **kwargs):
        global calls
        calls += 1
        union = fmt == store_module.ox.RdfFormat.N_TRIPLES
        if (step == "file" and calls == 3) or (step == "union" and union):
            os.kill(os.getpid(), signal.SIGKILL)
        self.inner.bulk_load(piece, fmt, **kwargs)
    def remove_graph(self, graph):
        if step == "journal":
            os.kill(os.getpid(), signal.SIGKILL)
        self.inner.remove_graph(graph)

with Store(store_dir) as store:
    assert not load_paths(store, [Path(first)]).failed
    store._ox = Dies(store._ox)
    load_paths(store, [Path(big)])
"""


@pytest.mark.parametrize("step", ["file", "union", "journal"])
def test_a_whole_file_load_killed_at_any_step_is_undone_on_open(tmp_path, export,
                                                                step) -> None:
    first = tmp_path / "first.nt"
    first.write_text('<http://e/s> <http://e/p> "x" .\n', encoding="utf-8")
    store_dir = tmp_path / "store"
    child = subprocess.run([sys.executable, "-c", FILE_CHILD, str(store_dir), step,
                            str(first), str(export)], capture_output=True, text=True)
    assert child.returncode == -signal.SIGKILL, child.stderr
    with Store(tmp_path / "clean") as store:
        load_paths(store, [first])
        before = quads_of(store)
        load_paths(store, [export])
        after = quads_of(store)

    with Store(store_dir) as store:
        assert not store.oxigraph.contains_named_graph(JOURNAL)
        assert quads_of(store) == before
        assert union_is_kept(store)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(loaders, "STREAM_BYTES", 0)
        assert loaded(store_dir, export)[1] == after


def test_blank_nodes_in_large_files_stay_apart_and_in_the_union(tmp_path, streamed) -> None:
    """Oxigraph's loader names blank nodes anew at each load, so a file that has them is
    streamed quad by quad: two files using one label keep two nodes, and the default graph
    holds the same nodes as the report graphs."""
    for name in ("a.nt", "b.nt"):
        (tmp_path / name).write_text(f'_:x <http://e/p> "{name}" .\n', encoding="utf-8")
    with Store(tmp_path / "store") as store:
        load_paths(store, [tmp_path / "a.nt", tmp_path / "b.nt"])
        subjects = {q.subject for q in store.quads()
                    if q.predicate == ox.NamedNode("http://e/p")}
        assert union_is_kept(store)
    assert len(subjects) == 2
    assert all(isinstance(s, ox.BlankNode) for s in subjects)


def test_a_blank_node_in_a_late_piece_undoes_the_pieces_and_streams_the_file(
        tmp_path, export, streamed) -> None:
    """The pieces before it were bulk-written already: they are undone, then the whole file is
    streamed quad by quad, so the blank node is one node in its graph and in the union."""
    graph = export.read_bytes().splitlines()[-1].rsplit(b" ", 2)[-2]  # the last quad's graph
    mixed = tmp_path / "mixed.nq"
    mixed.write_bytes(export.read_bytes() + b'_:b <http://e/p> "late" ' + graph + b" .\n")
    results, quads = loaded(tmp_path / "store", mixed)
    assert [(len(r.reports), r.quads, r.error) for r in results] == [(20, 1111, None)]
    with Store(tmp_path / "store") as store:
        late = [q for q in store.oxigraph if q.object == ox.Literal("late")]
        assert [type(q.subject) for q in late] == [ox.BlankNode, ox.BlankNode]
        assert len({q.subject for q in late}) == 1
        assert not store.oxigraph.contains_named_graph(JOURNAL)
    assert {q for q in quads if '"late"' not in q} == loaded(tmp_path / "clean", export)[1]


def test_a_load_of_rdf_files_never_reads_the_stores_institutions(tmp_path, gold_files,
                                                               monkeypatch) -> None:
    """Entity resolution reads every institution in the store (over a second at a million
    triples) and is built only when a report needs it."""
    with Store(tmp_path / "store") as store:
        load_paths(store, gold_files[:2])

        def refuse(*_: object) -> None:
            raise AssertionError("entity resolution built for RDF files")

        monkeypatch.setattr(loaders, "Resolver", refuse)
        nt = tmp_path / "own.nt"
        nt.write_text('<http://e/s> <http://e/p> "x" .\n', encoding="utf-8")
        [result] = load_paths(store, [nt]).results
        assert (result.error, result.quads) == (None, 5)
        [result] = load_paths(store, gold_files[2:3]).results
        assert result.error is not None and "entity resolution built" in result.error
