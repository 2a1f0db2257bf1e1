"""Entity commands: list entities and suspects, merge two nodes, undo a merge."""

from __future__ import annotations

import json

import click
import pyoxigraph as ox

from medcoop.cli._base import Context, cli, pass_ctx
from medcoop.graph.store import select, value

KINDS = {"institution": "https://w3id.org/medcoop/ontology#Institution",
         "person": "https://schema.org/Person"}


@cli.command()
@click.option("--suspects", is_flag=True,
              help="List pairs that may be one entity but were kept apart.")
@click.option("--kind", type=click.Choice(sorted(KINDS)), default="institution",
              show_default=True, help="Which entities to list (without --suspects).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@pass_ctx
def entities(ctx: Context, suspects: bool, kind: str, as_json: bool) -> None:
    """List institutions or people, or the doubtful pairs an analyst should look at.

    Entity resolution joins names it is sure of when a report loads (spelling variants, a
    missing "Republican"/"National", an acronym with the same country). Pairs it was not sure
    of are suspects; join them with `medcoop merge KEEP DROP`.

    \b
    Example:
      medcoop entities --suspects
      medcoop entities --kind person --json
    """
    from medcoop.graph.resolve import suspects as find_suspects

    with ctx.open() as store:
        if suspects:
            for s in find_suspects(store.oxigraph):
                if as_json:
                    click.echo(json.dumps(s.__dict__, ensure_ascii=False))
                else:
                    click.echo(f"{s.score:.2f}  {s.label_a} <{s.a}>\n      ~ {s.label_b} "
                               f"<{s.b}>\n      {s.reason}")
            return
        rows = select(store.oxigraph, _list_query(),
                      substitutions={ox.Variable("type"): ox.NamedNode(KINDS[kind])})
        for row in rows:
            item = {"iri": value(row["node"]), "label": value(row["label"]),
                    "country": value(row["country"]) if row["country"] else None,
                    "reports": int(value(row["reports"]))}
            if as_json:
                click.echo(json.dumps(item, ensure_ascii=False))
            else:
                click.echo(f"{item['label']} ({item['country'] or '–'}, "
                           f"{item['reports']} reports) <{item['iri']}>")


def _list_query() -> str:
    from importlib.resources import files

    return (files("medcoop.graph") / "sparql" / "list_entities.rq").read_text(encoding="utf-8")


@cli.command()
@click.argument("keep", required=False)
@click.argument("drop", required=False)
@click.option("--list", "list_", is_flag=True, help="List the recorded merges.")
@pass_ctx
def merge(ctx: Context, keep: str | None, drop: str | None, list_: bool) -> None:
    """Join DROP into KEEP: every statement about DROP moves to KEEP, in every report graph.

    The merge is recorded in the curation graph with what it changed; undo it with
    `medcoop unmerge`.

    \b
    Example:
      medcoop merge https://w3id.org/medcoop/id/institution/scpcs-kz \\
                    https://w3id.org/medcoop/id/institution/scientific-center-of-pediatrics
      medcoop merge --list
    """
    from medcoop.graph.curation import merge as do_merge
    from medcoop.graph.curation import merges

    with ctx.open() as store:
        if list_:
            for record, kept, merged, when in merges(store):
                click.echo(f"{when}  <{merged}> into <{kept}>  ({record})")
            return
        if not keep or not drop:
            raise click.UsageError("give the IRI to keep and the IRI to merge into it")
        result = do_merge(store, keep, drop)
    click.echo(f"Merged <{drop}> into <{keep}>: {result.moved} statements moved "
               f"(record {result.record}).")


@cli.command()
@click.argument("node")
@pass_ctx
def unmerge(ctx: Context, node: str) -> None:
    """Undo the latest merge that involved NODE (the kept or the merged IRI, or the record).

    \b
    Example:
      medcoop unmerge https://w3id.org/medcoop/id/institution/scientific-center-of-pediatrics
    """
    from medcoop.graph.curation import unmerge as do_unmerge

    with ctx.open() as store:
        record = do_unmerge(store, node)
    click.echo(f"Undid merge {record}.")
