"""Text commands: extract (what a file would store) and eval (score the text loader)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from medcoop.cli._base import EXIT_DATA, Context, cli, pass_ctx
from medcoop.graph.ids import Minter, base_from_env


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["facts", "turtle"]), default="facts",
              show_default=True, help="facts: the FORMAT.md JSON; turtle: the report's triples.")
@click.option("--evidence/--no-evidence", default=False,
              help="With --format facts, add each fact's text span and confidence.")
@pass_ctx
def extract(ctx: Context, path: Path, fmt: str, evidence: bool) -> None:
    """Print what loading PATH would store, without storing it.

    The file goes through its loader into a throw-away graph, and the facts are read back from
    that graph, so this is exactly what `medcoop load` would add.

    \b
    Example:
      medcoop extract tests/corpus/dev/kazakh-medicine-days-dushanbe.txt
      medcoop extract report.html --format turtle
    """
    from medcoop.loaders.preview import preview

    result = preview(path, Minter(base_from_env(ctx.base)), evidence=evidence)
    for note in result.parsed.notes:
        click.echo(f"{path}: {note}", err=True)
    if fmt == "turtle" or result.facts is None:
        click.echo(result.turtle(), nl=False)
    else:
        click.echo(json.dumps(result.facts.to_dict(evidence=evidence), ensure_ascii=False,
                              indent=2))


@cli.command(name="eval")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-v", "--verbose", is_flag=True, help="List every miss and spurious fact.")
@click.option("--json", "as_json", is_flag=True, help="Print the corpus figures as JSON.")
def eval_cmd(directory: Path, verbose: bool, as_json: bool) -> None:
    """Score the text loader on every NAME.txt / NAME.gold.json pair in DIRECTORY.

    Scoring follows FORMAT.md: precision, recall and F1 per category, country and kind
    accuracy, and a per-report table. Facts are read back from the graph. Exit code 1 when a
    planned agreement was reported as signed.

    \b
    Example:
      medcoop eval tests/corpus/dev --verbose
    """
    from medcoop.evaluation import format_score
    from medcoop.loaders.preview import evaluate_directory

    score = evaluate_directory(directory)
    if as_json:
        click.echo(json.dumps({
            "reports": len(score.reports),
            "categories": {c: {"precision": s.precision, "recall": s.recall, "f1": s.f1,
                               "tp": s.tp, "fp": s.fp, "fn": s.fn}
                           for c, s in score.prf.items()},
            "accuracy": {a: acc.value for a, acc in score.accuracy.items()},
            "planned_reported_as_signed": score.hedged_spurious,
        }, indent=2))
    else:
        click.echo(format_score(score, verbose))
    if score.hedged_spurious:
        raise click.exceptions.Exit(EXIT_DATA)
