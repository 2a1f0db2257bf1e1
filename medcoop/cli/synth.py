"""The synth command: write a large, realistic, seeded corpus for tests and benchmarks."""

from __future__ import annotations

from pathlib import Path

import click

from medcoop.cli._base import cli


@cli.command()
@click.option("--reports", "-n", type=click.IntRange(1, 1_000_000), required=True,
              help="How many reports to write.")
@click.option("--out", "out", required=True, type=click.Path(path_type=Path),
              help="Folder to create (must be new or empty).")
@click.option("--seed", type=int, default=1, show_default=True,
              help="The same seed always writes the same bytes.")
def synth(reports: int, out: Path, seed: int) -> None:
    """Write a synthetic corpus: NAME.txt press releases and their NAME.gold.json facts.

    The reports follow the style of the dev corpus, with long-tailed numbers of institutions
    per country, partners per institution and agreements per year, and with naming variants
    (acronyms, short forms, surnames with initials) for entity resolution to join. Load the
    texts, the gold facts, or score the text reader on them.

    \b
    Example:
      medcoop synth --reports 1000 --out corpus-1k
      medcoop load corpus-1k/*.gold.json
      medcoop eval corpus-1k
    """
    from medcoop.synth import write_corpus

    summary = write_corpus(out, reports, seed)
    click.echo(f"Wrote {summary.reports} reports ({summary.agreements} agreements among "
               f"{summary.institutions} institutions) to {summary.out}.", err=True)
