"""Shared fixtures: corpus paths, stores, and a CLI runner."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from medcoop.cli import cli
from medcoop.graph.store import Store

TESTS = Path(__file__).parent
ROOT = TESTS.parent
DEV = TESTS / "corpus" / "dev"
OWN = TESTS / "corpus" / "own"
EXAMPLES = ROOT / "examples"


def gold_files() -> list[Path]:
    """Every annotated report of every corpus (dev, and the team's own, holdout, holdout2 ...)."""
    return sorted((TESTS / "corpus").glob("*/*.gold.json"))


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def run(store_dir: Path):
    """Run ``medcoop --store <tmp> ARGS...`` in-process; returns exit code, stdout, stderr."""

    def invoke(*args: str, store: Path | None = None) -> Run:
        runner = CliRunner()
        result = runner.invoke(cli, ["--store", str(store or store_dir), *map(str, args)],
                               catch_exceptions=False)
        return Run(result.exit_code, result.stdout, result.stderr)

    return invoke


@pytest.fixture
def store():
    with Store(None) as s:
        yield s
