"""The ``medcoop`` command: a thin click layer over the library, one module per area."""

from __future__ import annotations

import signal

from medcoop.cli import _maps, _spine  # noqa: F401 - register their commands on the group
from medcoop.cli._base import cli
from medcoop.cli.entities import entities, merge, unmerge
from medcoop.cli.text import eval_cmd, extract

for _command in (extract, eval_cmd, entities, merge, unmerge):
    cli.add_command(_command)

__all__ = ["cli", "main"]


def main() -> None:
    """Console-script entry point."""
    # Piping into `head` closes stdout early: end quietly, as Unix tools do.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    cli(prog_name="medcoop")
