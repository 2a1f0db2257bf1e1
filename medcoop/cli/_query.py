"""Query commands: queries, query, serve, publish."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from types import FrameType

import click

from medcoop.cli._base import EXIT_DATA, Context, Failure, cli, pass_ctx
from medcoop.errors import QueryError, QueryUsageError
from medcoop.graph.ids import base_from_env
from medcoop.graph.store import store_path
from medcoop.queries.remote import PROTOCOLS, Auth
from medcoop.queries.results import RESULT_FORMATS


class QueryFailure(Failure):
    """The query itself is wrong (e.g. does not parse): exit code 1."""

    exit_code = EXIT_DATA


PASSWORD_VARIABLE = "MEDCOOP_PASSWORD"

user_option = click.option(
    "--user", metavar="NAME",
    help=f"Log in to the remote store as NAME (HTTP Basic); the password is read from "
         f"${PASSWORD_VARIABLE}, or asked for at a terminal.")


def credentials(user: str | None) -> Auth | None:
    """The user's name and password, the password never from the command line (shell history)."""
    if user is None:
        return None
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        if not sys.stdin.isatty():
            raise Failure(f"--user {user}: no password; set ${PASSWORD_VARIABLE}")
        password = click.prompt(f"Password for {user}", hide_input=True, err=True)
    return user, password


@cli.command("queries")
def list_queries() -> None:
    """List the named queries with their parameters and an example call.

    Each is a .rq file of medcoop/queries/ whose header comment gives its title,
    description, parameters and example.

    \b
    Example:
      medcoop queries
    """
    from medcoop.queries.runner import named_queries

    for query in named_queries().values():
        click.echo(f"{query.name}: {query.title}")
        for param in query.params:
            click.echo(f"    --param {param.name}=…  {param.type}"
                       f"{', optional' if param.optional else ''}: {param.description}")
        click.echo(f"    e.g. {query.example}")


@cli.command()
@click.argument("name", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A parameter of the query (repeat for several).")
@click.option("--file", "file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Run the SPARQL query in this file (its header may declare parameters).")
@click.option("--sparql", metavar="QUERY", help="Run this SPARQL query text.")
@click.option("-f", "--format", "fmt", type=click.Choice(list(RESULT_FORMATS)), default="table",
              show_default=True, help="Results format; CONSTRUCT and DESCRIBE print Turtle.")
@click.option("--endpoint", metavar="URL",
              help="Ask this SPARQL endpoint instead of the local store.")
@user_option
@pass_ctx
def query(ctx: Context, name: str | None, params: tuple[str, ...], file: Path | None,
          sparql: str | None, fmt: str, endpoint: str | None, user: str | None) -> None:
    """Ask a named query (see `medcoop queries`), a query file or a SPARQL text.

    The default graph is the union of every report's graph. A parameter that stands for an
    institution, person or event takes its IRI or its name (label or alias); a country
    parameter takes an ISO code such as KZ. Values are bound as RDF terms, never pasted
    into the query. Exit code 1 when the query is invalid, 2 for an unknown name or a bad
    parameter.

    \b
    Example:
      medcoop query partners --param institution="Samarkand State Medical University"
      medcoop query timeline -p country_a=KZ -p country_b=TJ --format csv
      medcoop query --sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
      medcoop query most-connected --endpoint http://127.0.0.1:7878/query
      medcoop query most-connected --endpoint https://db.example.org/sparql --user ana
    """
    from medcoop.queries.remote import RemoteEngine
    from medcoop.queries.results import render
    from medcoop.queries.runner import LocalEngine, named_query, parse_query, run_query

    if sum(x is not None for x in (name, file, sparql)) != 1:
        raise click.UsageError("give exactly one of NAME, --file or --sparql")
    values = dict(_key_value(p) for p in params)
    try:
        if file is not None:
            chosen = parse_query(file.read_text(encoding="utf-8"), file.stem)
        elif sparql is not None:
            chosen = parse_query(sparql, "--sparql")
        else:
            chosen = named_query(str(name))
        if endpoint:
            engine = RemoteEngine(endpoint, base_from_env(ctx.base), auth=credentials(user))
            data = render(run_query(engine, chosen, values), fmt, engine.base)
        else:
            with ctx.open() as store:
                local = LocalEngine(store)
                data = render(run_query(local, chosen, values), fmt, local.base)
    except QueryUsageError as exc:
        raise Failure(str(exc)) from exc
    except QueryError as exc:
        where = f"{file}: " if file is not None else ""
        raise QueryFailure(where + str(exc)) from exc
    click.echo(data, nl=False)


def _key_value(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise click.BadParameter(f"{text!r} is not KEY=VALUE", param_hint="--param")
    return key.strip(), value


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 opens the store to the network.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535))
@click.option("--writable", is_flag=True,
              help="Accept SPARQL updates and Graph Store writes (read-only by default).")
@pass_ctx
def serve(ctx: Context, host: str, port: int, writable: bool) -> None:
    """Serve the store as a SPARQL 1.1 endpoint with a query page, until Ctrl-C.

    Runs Oxigraph's server (the `oxigraph` package) on the store folder: queries at
    /query (GET and POST; JSON, XML, CSV, TSV results, Turtle or N-Triples graphs by
    content negotiation), the query page at /, and with --writable updates at /update and
    the Graph Store Protocol at /store. Queries see the union of every report's graph as
    their default graph. While it runs, other medcoop commands cannot open the store:
    query it with `medcoop query --endpoint URL/query`.

    \b
    Example:
      medcoop serve --port 7878
      medcoop query most-connected --endpoint http://127.0.0.1:7878/query
    """
    from medcoop.queries.server import start_server

    def on_term(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    # Before the server starts, so that a SIGTERM at any time stops it cleanly.
    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        server = start_server(store_path(ctx.store_arg), host, port, writable)
    except BaseException:
        signal.signal(signal.SIGTERM, previous)
        raise
    mode = "read-write" if writable else "read-only"
    try:
        click.echo(f"Serving {server.path} ({mode}) at {server.url}\n"
                   f"SPARQL endpoint: {server.query_url}\nPress Ctrl-C to stop.")
        sys.stdout.flush()
        code = server.wait()
        raise Failure(f"the oxigraph server stopped by itself (exit {code}): {server.output()}")
    except KeyboardInterrupt:
        click.echo("Stopping the server.", err=True)
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)


@cli.command()
@click.option("--to", "url", required=True, metavar="URL",
              help="Graph Store endpoint (gsp) or update endpoint (update) of the remote store.")
@click.option("--protocol", type=click.Choice(PROTOCOLS), default="gsp", show_default=True,
              help="gsp: PUT each graph (Graph Store Protocol); update: DROP + INSERT DATA.")
@user_option
@pass_ctx
def publish(ctx: Context, url: str, protocol: str, user: str | None) -> None:
    """Push every report's named graph to a remote SPARQL store, replacing what was there.

    Works with Fuseki, GraphDB, Virtuoso and Oxigraph. Publishing twice changes nothing.

    \b
    Example:
      medcoop publish --to http://127.0.0.1:7878/store
      medcoop publish --to http://localhost:3030/medcoop/update --protocol update
      MEDCOOP_PASSWORD=… medcoop publish --to https://db.example.org/medcoop/data --user ana
    """
    from medcoop.queries.remote import publish as publish_graphs

    auth = credentials(user)
    with ctx.open() as store:
        done = publish_graphs(store, url, protocol, auth=auth)
    click.echo(f"Published {done.graphs} report graphs ({done.triples} triples) to {url} "
               f"by {protocol}.")
