"""A load killed halfway leaves complete reports only; a second process is told who holds the store.

Both run ``medcoop load`` as a real process on 1,000 synthetic gold reports (facts JSON, so the
load takes a few seconds). With ``--debug`` the load logs each committed group of files; the
tests act on those lines, never on timing.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest

from medcoop.facts import Facts, sorted_sets
from medcoop.graph.store import Store
from medcoop.graph.terms import mc
from medcoop.loaders import load_paths
from medcoop.synth import generate

MEDCOOP = [sys.executable, "-c", "from medcoop.cli import main; main()"]
REPORTS = 1000


@pytest.fixture(scope="module")
def gold_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("gold")
    for stem, _, gold in generate(REPORTS, seed=5):
        (folder / f"{stem}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def clean_load(gold_dir, tmp_path_factory) -> set[str]:
    """The quads of an uninterrupted load of every report, as N-Quads lines."""
    with Store(tmp_path_factory.mktemp("clean") / "store") as store:
        summary = load_paths(store, [gold_dir])
        assert summary.failed == []
        return {str(q) for q in store.quads()}


def medcoop(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*MEDCOOP, *map(str, args)], capture_output=True, text=True)


def start_load(store: Path, gold_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([*MEDCOOP, "--debug", "--store", str(store), "load", str(gold_dir)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def wait_for_commits(load: subprocess.Popen[str], n: int) -> None:
    assert load.stderr is not None
    seen = 0
    for line in load.stderr:
        seen += "committed" in line
        if seen == n:
            return
    raise AssertionError(f"the load ended after {seen} commits")


def test_a_killed_load_keeps_only_complete_reports_and_a_rerun_finishes_it(
        tmp_path, gold_dir, clean_load) -> None:
    store_dir = tmp_path / "store"
    load = start_load(store_dir, gold_dir)
    wait_for_commits(load, 4)
    load.send_signal(signal.SIGKILL)
    load.wait()
    assert load.returncode == -signal.SIGKILL

    checked = medcoop("--store", store_dir, "validate", "--no-warnings")
    assert checked.returncode == 0, checked.stdout + checked.stderr

    files = sorted(gold_dir.iterdir())
    with Store(store_dir) as store:
        stored = store.report_iris()
        # Groups commit in file order: what is stored is the first k files, each one whole.
        sources = {iri: next(store.oxigraph.quads_for_pattern(
            ox.NamedNode(iri), mc("sourceFile"), None, ox.NamedNode(iri))).object.value
            for iri in stored}
        assert 0 < len(stored) < REPORTS
        assert sorted(sources.values()) == [p.name for p in files[: len(stored)]]
        for iri, name in sources.items():
            expected = Facts.from_dict(json.loads((gold_dir / name).read_text("utf-8")))
            assert store.facts(iri).to_dict() == sorted_sets(expected.to_dict()), name

    rerun = medcoop("--store", store_dir, "load", gold_dir)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.startswith(f"Loaded {REPORTS} of {REPORTS} files")
    assert f"({len(stored)} replaced an earlier load)" in rerun.stdout
    with Store(store_dir) as store:
        assert len(store.report_iris()) == REPORTS
        assert {str(q) for q in store.quads()} == clean_load  # no duplicates, nothing missing


def test_a_query_while_a_load_runs_is_told_who_holds_the_store(tmp_path, gold_dir) -> None:
    store_dir = tmp_path / "store"
    load = start_load(store_dir, gold_dir)
    wait_for_commits(load, 1)
    # Keep reading the load's log, so that it never blocks on a full pipe.
    drain = threading.Thread(target=lambda: load.stderr.read() if load.stderr else None)
    drain.start()
    holder = (rf"the store at {re.escape(str(store_dir))} is in use by process {load.pid} "
              rf"\(medcoop --debug --store {re.escape(str(store_dir))} load "
              rf"{re.escape(str(gold_dir))}, since \d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\d\); wait "
              r"until it finishes, or use another store with --store")
    for command in (["stats"], ["query", "--sparql", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"]):
        refused = medcoop("--store", store_dir, *command)
        assert refused.returncode == 2, command
        assert re.fullmatch(f"Error: {holder}\n", refused.stderr), refused.stderr
        assert "Traceback" not in refused.stderr
    assert load.wait(timeout=120) == 0
    drain.join()
    answered = medcoop("--store", store_dir, "stats", "--json")
    assert answered.returncode == 0
    assert json.loads(answered.stdout)["reports"] == REPORTS
