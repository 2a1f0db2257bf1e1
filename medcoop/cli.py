"""The ``medcoop`` command: a thin click layer over the library.

Exit codes: 0 fine; 1 the data is wrong (e.g. the graph does not conform); 2 a usage, input or
store error. Errors are one line; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import click

from medcoop.errors import MedcoopError
from medcoop.graph.store import EXPORT_FORMATS, EXTENSIONS, Store, store_path

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


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@pass_ctx
def load(ctx: Context, paths: tuple[Path, ...]) -> None:
    """Load report files and folders into the store.

    The format comes from each file's extension: .json (facts JSON), .yaml/.yml (event
    report), .csv (memorandum register), .ttl/.trig/.nt/.nq/.jsonld/.rdf (RDF),
    .txt/.md/.html (press-release text). Each file loads atomically; a file already loaded
    is replaced, not duplicated. Files that fail are listed and nothing of them is stored.

    \b
    Example:
      medcoop load examples/ reports/2024-kazakh-days.txt
    """
    from medcoop.loaders import discover, load_paths

    files = discover(paths)
    if not files:
        raise Failure("no loadable files found in " + ", ".join(map(str, paths)))
    with ctx.open() as store:
        if len(files) >= PROGRESS_MIN_FILES and sys.stderr.isatty():
            with click.progressbar(length=len(files), label="Loading", file=sys.stderr) as bar:
                summary = load_paths(store, files, on_file=lambda _: bar.update(1))
        else:
            summary = load_paths(store, files)
        total = len(store)
    loaded, failed = summary.loaded, summary.failed
    replaced = sum(r.replaced for r in loaded)
    click.echo(f"Loaded {len(loaded)} of {len(files)} files: "
               f"{sum(len(r.reports) for r in loaded)} report graphs, "
               f"{sum(r.quads for r in loaded)} triples"
               + (f" ({replaced} replaced an earlier load)" if replaced else "")
               + f"; the store holds {total} triples.")
    if failed:
        click.echo(f"Failed {len(failed)}:", err=True)
        for r in failed:
            click.echo(f"  {r.error}", err=True)
        raise click.exceptions.Exit(EXIT_INPUT)


@cli.command()
@click.option("-o", "--output", required=True, metavar="FILE",
              help="File to write, or - for standard output.")
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORT_FORMATS)),
              help="RDF format; guessed from the extension (default trig for -).")
@pass_ctx
def export(ctx: Context, output: str, fmt: str | None) -> None:
    """Export the whole store as RDF.

    TriG, N-Quads and JSON-LD keep one named graph per report; Turtle, N-Triples and RDF/XML
    hold the union of all graphs.

    \b
    Example:
      medcoop export -o medcoop.trig
      medcoop export -o - --format turtle | less
    """
    if fmt is None:
        fmt = "trig" if output == "-" else EXTENSIONS.get(Path(output).suffix.lower())
        if fmt is None:
            raise click.UsageError(f"cannot tell the format of {output!r} from its "
                                   f"extension; pass --format ({', '.join(EXPORT_FORMATS)})")
    with ctx.open() as store:
        if output == "-":
            store.export(sys.stdout.buffer, fmt)
            sys.stdout.buffer.flush()
            return
        target = Path(output)
        # Write beside the target and rename, so a failed export leaves no half file.
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
        try:
            with os.fdopen(fd, "wb") as f:
                store.export(f, fmt)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        triples = len(store)
    click.echo(f"Wrote {triples} triples as {fmt} to {target}.", err=True)


@cli.command()
@click.option("--warnings/--no-warnings", default=True, help="Also list warnings.")
@pass_ctx
def validate(ctx: Context, warnings: bool) -> None:
    """Check the store against medcoop's SHACL shapes (pyshacl).

    Exit code 0 when the graph conforms, 1 when it does not. Warnings (e.g. a position
    without a title) are listed but do not fail.

    \b
    Example:
      medcoop validate --no-warnings
    """
    from medcoop.graph.validate import validate_store

    with ctx.open() as store:
        result = validate_store(store)
    shown = result.findings if warnings else result.violations
    for finding in shown:
        click.echo(finding.line())
    verdict = "conforms" if result.conforms else "does NOT conform"
    click.echo(f"The graph ({result.triples} triples) {verdict}: "
               f"{len(result.violations)} violations, {len(result.warnings)} warnings.")
    if not result.conforms:
        raise click.exceptions.Exit(EXIT_DATA)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@pass_ctx
def stats(ctx: Context, as_json: bool) -> None:
    """Count institutions, people, agreements, events, countries, reports and triples.

    \b
    Example:
      medcoop stats --json
    """
    with ctx.open() as store:
        figures = store.stats().as_dict()
    if as_json:
        click.echo(json.dumps(figures))
        return
    width = max(map(len, figures))
    for name, value in figures.items():
        click.echo(f"{name:<{width}}  {value:>9,}")


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="medcoop")


if __name__ == "__main__":
    main()
