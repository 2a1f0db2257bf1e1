"""Map command: an interactive or static partnership map of the store."""

from __future__ import annotations

from pathlib import Path

import click

from medcoop.cli._base import Context, Failure, cli, pass_ctx

# Spelt out rather than imported, so that starting the CLI does not import networkx.
LEVELS = ("institution", "country")


@cli.command("map")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path, dir_okay=False),
              help="File to write: .html (interactive page), .png or .svg (picture).")
@click.option("--level", type=click.Choice(LEVELS), default="institution", show_default=True,
              help="Draw institutions, or countries with the number of agreements between them.")
@click.option("--country", "countries", multiple=True, metavar="CODE",
              help="Only agreements with a party in this country (ISO code); repeat or "
                   "separate with commas.")
@click.option("--since", metavar="DATE", help="Only agreements from this date (YYYY[-MM[-DD]]).")
@click.option("--until", metavar="DATE", help="Only agreements up to this date, inclusive.")
@click.option("--event", metavar="NAME", help="Only agreements signed at an event whose name "
                                              "contains NAME (any case).")
@click.option("--format", "fmt", type=click.Choice(["html", "png", "svg"]),
              help="Output format; guessed from the extension (default html).")
@click.option("--title", metavar="TEXT", help="The map's title (default says what is drawn).")
@pass_ctx
def map_cmd(ctx: Context, output: Path, level: str, countries: tuple[str, ...],
            since: str | None, until: str | None, event: str | None, fmt: str | None,
            title: str | None) -> None:
    """Draw who works with whom across borders, as one file to open or attach.

    The HTML page is self-contained and works offline: colour by country, shape by kind, size
    by number of partners, line width by number of agreements; hover for each agreement's
    title, date, event and source report; filter by country and search by name. Counts-only
    figures ("31 memorandums") appear on the country level. PNG and SVG give the same map as
    a picture for slides and print.

    \b
    Example:
      medcoop map -o map.html
      medcoop map -o kz.html --country KZ --since 2023-01 --until 2024
      medcoop map -o countries.svg --level country --event "Medicine Days"
    """
    from medcoop.graph.mapdata import MapFilter
    from medcoop.graph.maps import write_map

    codes = tuple(c for item in countries for c in item.split(",") if c.strip())
    try:
        flt = MapFilter(countries=codes, since=since, until=until, event=event)
    except ValueError as exc:
        raise Failure(str(exc)) from exc
    with ctx.open() as store:
        result = write_map(store, output, level, flt, fmt, title)  # type: ignore[arg-type]
    what = "countries" if level == "country" else "institutions"
    click.echo(f"Wrote a {result.format} map of {result.nodes} {what} and {result.edges} links "
               f"to {result.path}.", err=True)
