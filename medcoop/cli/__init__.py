"""The ``medcoop`` command: a thin click layer over the library, one module per area."""

from __future__ import annotations

import signal

# Each module registers its commands on the group when imported.
from medcoop.cli import (  # noqa: F401
    _maps,
    _query,
    _spine,
    entities,
    synth,
    text,
)
from medcoop.cli._base import cli

__all__ = ["cli", "main"]


def main() -> None:
    """Console-script entry point."""
    # Piping into `head` closes stdout early: end quietly, as Unix tools do.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    cli(prog_name="medcoop")
