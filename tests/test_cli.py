"""The command line: each command end to end, exit codes and one-line errors."""

from __future__ import annotations

import json
import re

import pyoxigraph as ox
import pytest

from medcoop.cli import cli

from .conftest import DEV, EXAMPLES

KAZ = DEV / "kazakh-medicine-days-dushanbe.gold.json"
GOLD_DEV = sorted(DEV.glob("*.gold.json"))


def test_every_command_has_help_with_an_example(run) -> None:
    for name in cli.commands:
        result = run(name, "--help")
        assert result.exit_code == 0
        assert "Example:" in result.stdout and f"medcoop {name}" in result.stdout, name


def test_every_example_loads(run) -> None:
    result = run("load", EXAMPLES)
    assert result.exit_code == 0
    assert result.stdout.startswith("Loaded 7 of 7 files: 7 report graphs")
    assert run("validate", "--no-warnings").exit_code == 0


def test_load_structured_examples_then_stats(run) -> None:
    files = sorted(p for p in EXAMPLES.iterdir() if p.suffix != ".txt")
    result = run("load", *files)
    assert result.exit_code == 0
    assert result.stdout.startswith("Loaded 5 of 5 files: 5 report graphs, 490 triples")
    stats = run("stats", "--json")
    assert json.loads(stats.stdout) == {
        "institutions": 23, "people": 4, "agreements": 11, "events": 5, "countries": 10,
        "reports": 5, "triples": 490}


def test_loading_the_same_file_twice_keeps_the_triple_count(run) -> None:
    run("load", KAZ)
    first = json.loads(run("stats", "--json").stdout)["triples"]
    again = run("load", KAZ)
    assert "(1 replaced an earlier load)" in again.stdout
    assert json.loads(run("stats", "--json").stdout)["triples"] == first


def test_bad_files_fail_alone_with_one_line_each(run, tmp_path) -> None:
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('{"institutions": [\n  {"id": "a", "name": "A", "country": "ZZ"}\n]}')
    bad_csv = tmp_path / "bad.csv"
    bad_csv.write_text("date,party\n")
    result = run("load", KAZ, bad_json, bad_csv)
    assert result.exit_code == 2
    assert result.stdout.startswith("Loaded 1 of 3 files")
    assert result.stderr.splitlines() == [
        "Failed 2:",
        f"  {bad_json}:2: institutions[0].country: unknown country code 'ZZ': use an "
        "ISO 3166-1 alpha-2 code such as KZ or TJ",
        f"  {bad_csv}:1: missing columns party_country, partner, partner_country, kind, "
        "title, event, city, source; a register needs the columns date, party, "
        "party_country, partner, partner_country, kind, title, event, city, source",
    ]
    assert "Traceback" not in result.stderr
    stats = json.loads(run("stats", "--json").stdout)
    assert stats["reports"] == 1 and stats["institutions"] == 3


def test_nothing_loadable(run, tmp_path) -> None:
    result = run("load", tmp_path)
    assert result.exit_code == 2
    assert result.stderr == f"Error: no loadable files found in {tmp_path}\n"


@pytest.mark.parametrize(("name", "fmt", "graphs"), [
    ("out.trig", ox.RdfFormat.TRIG, 13), ("out.nq", ox.RdfFormat.N_QUADS, 13),
    ("out.jsonld", ox.RdfFormat.JSON_LD, 13), ("out.ttl", ox.RdfFormat.TURTLE, 0),
    ("out.nt", ox.RdfFormat.N_TRIPLES, 0), ("out.rdf", ox.RdfFormat.RDF_XML, 0)])
def test_export_formats_parse_back(run, tmp_path, name, fmt, graphs) -> None:
    run("load", *GOLD_DEV)
    result = run("export", "-o", tmp_path / name)
    assert result.exit_code == 0
    quads = list(ox.parse(path=tmp_path / name, format=fmt))
    named = {q.graph_name for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert len(named) == graphs
    distinct = {(q.subject, q.predicate, q.object) for q in quads}
    assert len(distinct) == 1133  # the union of the 13 gold reports
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_to_stdout_and_format_errors(run) -> None:
    run("load", KAZ)
    out = run("export", "-o", "-", "--format", "nquads")
    assert out.exit_code == 0 and len(out.stdout.splitlines()) == 101
    bad = run("export", "-o", "x.unknown")
    assert bad.exit_code == 2
    assert "cannot tell the format of 'x.unknown'" in bad.stderr


def test_validate_exit_codes(run, store_dir) -> None:
    run("load", *GOLD_DEV)
    ok = run("validate")
    assert ok.exit_code == 0
    assert ok.stdout.splitlines()[-1] == \
        "The graph (1133 triples) conforms: 0 violations, 5 warnings."
    from medcoop.graph.store import Store

    with Store(store_dir) as store:  # break one agreement: leave it a single party
        store.oxigraph.update(
            "DELETE WHERE { GRAPH ?g { ?a <https://w3id.org/medcoop/ontology#party> "
            "<https://w3id.org/medcoop/id/institution/hyundai-hospital-kr> } }")
    bad = run("validate", "--no-warnings")
    assert bad.exit_code == 1
    lines = bad.stdout.splitlines()
    assert re.fullmatch(
        r"Violation: <https://w3id\.org/medcoop/id/agreement/\w+> \[mc:party\]: an agreement "
        r"has at least two parties, each an institution \(from https://w3id\.org/medcoop/id/"
        r"report/kaznu-hyundai-hospital-memorandum-gold-json\)", lines[0])
    assert lines[-1] == "The graph (1132 triples) does NOT conform: 1 violations, 5 warnings."


def test_store_error_is_one_line_and_debug_shows_the_traceback(run, tmp_path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x")
    result = run("stats", store=afile)
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {afile} is a file, not a store folder; pass --store "
                             "with a folder path\n")
    from click.testing import CliRunner

    from medcoop.errors import StoreError

    with pytest.raises(StoreError):
        CliRunner().invoke(cli, ["--debug", "--store", str(afile), "stats"],
                           catch_exceptions=False)


def test_optimize_compacts_the_store_and_changes_nothing_in_it(run) -> None:
    run("load", EXAMPLES)
    before = run("export", "--format", "nquads", "-o", "-").stdout
    assert len(before.splitlines()) == 757
    result = run("optimize")
    assert result.exit_code == 0
    assert re.fullmatch(r"Optimized the store \(757 triples\) in \d+\.\d s\.\n", result.stdout)
    assert run("export", "--format", "nquads", "-o", "-").stdout == before
