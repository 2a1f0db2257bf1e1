"""Reports mapped ahead by worker processes and written as bytes (see loaders.map_ahead) must
store exactly what mapping them in the main process stores: the same quads, named graphs and
default graph alike, whether institutions resolve to the IRIs they were minted with or not."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from medcoop import loaders
from medcoop.graph.ids import Minter
from medcoop.graph.store import Store
from medcoop.loaders import _pipeline, load_paths
from medcoop.synth import generate

DEV = Path(__file__).parent / "corpus" / "dev"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    """40 synthetic reports, each as facts JSON and as text, then the 26 dev files."""
    folder = tmp_path_factory.mktemp("synth")
    for stem, text, gold in generate(40, seed=11):
        (folder / f"{stem}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    return sorted(folder.iterdir()) + sorted(DEV.iterdir())


class Counts:
    """How the reports were written: ahead as bytes, or mapped in the main process."""

    def __init__(self) -> None:
        self.ahead = 0
        self.mapped = 0
        self.bytes_written = 0  # graphs written by Store.add_new_serialized


@pytest.fixture
def pooled(monkeypatch) -> None:
    """Worker processes for any load, however small."""
    monkeypatch.setattr(_pipeline, "POOL_MIN_SECONDS", 0.0)
    monkeypatch.setenv("MEDCOOP_JOBS", "2")


def load(store: Store, files: list[Path], ahead: bool, counts: Counts,
         monkeypatch: pytest.MonkeyPatch) -> None:
    finish = loaders.finish

    def counted(read: loaders.Read, minter: Minter,
                resolve: loaders.Resolve | None = None) -> loaders.Parsed:
        parsed = finish(read, minter, resolve)
        if parsed.facts is not None:
            if parsed.serialized is not None:
                counts.ahead += 1
            else:
                counts.mapped += 1
        return parsed

    write = store.add_new_serialized

    def written(graphs: list[str], nquads: bytes, ntriples: bytes) -> bool:
        done = write(graphs, nquads, ntriples)
        counts.bytes_written += len(graphs) if done else 0
        return done

    with monkeypatch.context() as patch:
        patch.setattr(loaders, "finish", counted)
        patch.setattr(store, "add_new_serialized", written)
        if not ahead:
            patch.setattr(_pipeline, "map_ahead", lambda read, minter: read)
        summary = load_paths(store, files)
    assert summary.failed == []


def quads_of(store: Store) -> set[ox.Quad]:
    return set(store.quads())


@pytest.mark.parametrize("on_disk", [True, False])
def test_bytes_written_ahead_store_the_same_quads(tmp_path, corpus, pooled, monkeypatch,
                                                 on_disk) -> None:
    stores = {}
    counts = {True: Counts(), False: Counts()}
    for ahead in (True, False):
        with Store(tmp_path / f"ahead-{ahead}" if on_disk else None) as store:
            load(store, corpus, ahead, counts[ahead], monkeypatch)
            once = quads_of(store)
            load(store, corpus, ahead, counts[ahead], monkeypatch)  # each graph replaced
            stores[ahead] = (once, quads_of(store))
    assert stores[True] == stores[False]
    once, twice = stores[True]
    assert twice == once
    # Exact sizes, but not of the texts' graphs: each round of the text reader changes those.
    structured = [q for q in once if isinstance(q.graph_name, ox.NamedNode)
                  and q.graph_name.value.endswith("-gold-json")]
    assert len(structured) == 3_693
    assert len({q.graph_name for q in once}) == 107  # 106 reports and the default graph
    assert not any(isinstance(t, ox.BlankNode) for q in once for t in q)
    # Kept as bytes: a structured report (53 of 106; workers map no texts ahead) whose
    # institutions all resolve to the IRIs the worker's mapping gave (41 at each load). The
    # others are mapped in the main process, and serialized by the writer thread so that
    # their group still goes as bytes. Only new graphs on disk are written as bytes: a graph
    # loaded again is replaced by a SPARQL update of its quads.
    assert (counts[False].ahead, counts[False].mapped, counts[False].bytes_written) == (
        0, 212, 0)
    assert (counts[True].ahead, counts[True].mapped, counts[True].bytes_written) == (
        82, 130, 106 if on_disk else 0)


def test_a_report_mapped_with_a_blank_node_is_not_written_as_bytes(tmp_path) -> None:
    """Oxigraph's parser names blank nodes anew; "_:" even in a literal keeps the quads."""
    path = tmp_path / "r.json"
    path.write_text(json.dumps({"institutions": [
        {"id": "i1", "name": "Clinic _:x of Somewhere", "kind": "hospital", "country": "DE"}]}),
        encoding="utf-8")
    minter = Minter()
    assert loaders.map_ahead(loaders.read_file(path, minter), minter).serialized is None
    plain = tmp_path / "plain.json"
    plain.write_text(path.read_text(encoding="utf-8").replace("_:x ", ""), encoding="utf-8")
    read = loaders.map_ahead(loaders.read_file(plain, minter), minter)
    assert read.serialized is not None
    parsed = loaders.finish(read, minter)
    assert parsed.serialized is read.serialized
    assert parsed.names == [read.meta.iri]
    assert parsed.quads == read.serialized.quads
    assert parsed.graphs == {read.meta.iri: loaders.facts_to_quads(read.facts, read.meta,
                                                                   minter)}


def test_a_group_of_bytes_that_fails_is_written_one_by_one_as_quads(tmp_path, corpus, pooled,
                                                                    monkeypatch) -> None:
    """A failed group is written file by file; reports held as bytes are parsed back."""
    structured = [p for p in corpus if p.suffix == ".json"]
    with Store(tmp_path / "quads") as store:
        load(store, structured, False, Counts(), monkeypatch)
        expected = quads_of(store)
    with Store(tmp_path / "bytes") as store:
        def fail(graphs: list[str], nquads: bytes, ntriples: bytes) -> bool:
            raise OSError("disk full")

        monkeypatch.setattr(store, "add_new_serialized", fail)
        counts = Counts()
        load(store, structured, True, counts, monkeypatch)
        assert (counts.ahead, counts.mapped, counts.bytes_written) == (41, 12, 0)
        assert quads_of(store) == expected


def test_a_load_collects_garbage_less_often_and_restores_the_callers_setting(
        tmp_path: Path) -> None:
    import gc

    (tmp_path / "a.json").write_text((DEV / "kazakh-medicine-days-dushanbe.gold.json")
                                     .read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.json").write_text("{not json", encoding="utf-8")
    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []
    try:
        gc.set_threshold(700, 10, 10)
        with Store(None) as store:
            summary = load_paths(store, [tmp_path], on_file=lambda r: seen.append(
                gc.get_threshold()))
        after = gc.get_threshold()
    finally:
        gc.set_threshold(*before)
    assert [r.error is None for r in summary.results] == [True, False]
    assert seen == [(loaders._LOAD_GC_THRESHOLD, 10, 10)] * 2
    assert after == (700, 10, 10)
    assert gc.get_freeze_count() == 0  # what a pooled read froze is handed back


def test_a_pooled_read_freezes_the_startup_objects_and_hands_them_back(monkeypatch) -> None:
    import gc

    monkeypatch.setattr(_pipeline, "POOL_MIN_SECONDS", 0.0)
    files = sorted(DEV.glob("*.txt"))
    frozen = [gc.get_freeze_count() for _ in _pipeline.read_all(files, Minter(), jobs=2)]
    assert len(frozen) == len(files)
    assert min(frozen) > 0
    assert gc.get_freeze_count() == 0
