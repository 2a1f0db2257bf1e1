"""The ``medcoop`` command: a thin click layer over the library, one module per area."""

from __future__ import annotations

from medcoop.cli import _spine  # noqa: F401 - registers the commands on the group
from medcoop.cli._base import cli

__all__ = ["cli", "main"]


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="medcoop")
