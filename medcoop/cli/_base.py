"""The ``medcoop`` group, its shared options and error handling.

Exit codes: 0 fine; 1 the data is wrong (e.g. the graph does not conform); 2 a usage, input or
store error. Errors are one line; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import click

from medcoop.errors import MedcoopError
from medcoop.graph.store import Store, store_path

EXIT_DATA, EXIT_INPUT = 1, 2
PROGRESS_MIN_FILES = 10


class Context:
    def __init__(self, store: str | None, base: str | None, debug: bool):
        self.store_arg = store
        self.base = base
        self.debug = debug

    def open(self) -> Store:
        return Store(store_path(self.store_arg), base=self.base,
                     command=" ".join(["medcoop", *sys.argv[1:]]))


pass_ctx = click.make_pass_decorator(Context)


class Failure(click.ClickException):
    """A one-line error with exit code 2 (input, usage or store error)."""

    exit_code = EXIT_INPUT


class MedcoopGroup(click.Group):
    """Turns medcoop's exceptions into one line and exit code 2; ``--debug`` re-raises."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except MedcoopError as exc:
            if _debug(ctx):
                raise
            raise Failure(str(exc)) from exc
        except Exception as exc:  # an unforeseen failure: one line unless --debug
            if _debug(ctx):
                raise
            raise Failure(f"{type(exc).__name__}: {exc} (run with --debug for details)") from exc


def _debug(ctx: click.Context) -> bool:
    return isinstance(ctx.obj, Context) and ctx.obj.debug


@click.group(cls=MedcoopGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", metavar="PATH", envvar="MEDCOOP_STORE",
              help="Store folder (default ./medcoop-store, or $MEDCOOP_STORE).")
@click.option("--base", metavar="IRI", envvar="MEDCOOP_BASE",
              help="Base IRI of minted nodes (default https://w3id.org/medcoop/id/).")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logging.")
@click.version_option(package_name="medcoop")
@click.pass_context
def cli(ctx: click.Context, store: str | None, base: str | None, debug: bool) -> None:
    """medcoop: a knowledge graph of cross-border cooperation between medical institutions.

    \b
    Example:
      medcoop load examples/
      medcoop stats
      medcoop export -o medcoop.trig
    """
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING,
                        format="medcoop: %(levelname)s: %(message)s")
    ctx.obj = Context(store, base, debug)
