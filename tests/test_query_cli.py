"""`medcoop queries` and `medcoop query`: formats, files, errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from medcoop.queries import named_queries

from .conftest import DEV

KAZ = DEV / "kazakh-medicine-days-dushanbe.gold.json"
SAMSMU = DEV / "samarkand-west-kazakhstan-rectors-visit.gold.json"
ID = "https://w3id.org/medcoop/id/"


@pytest.fixture
def loaded(run):
    assert run("load", KAZ, SAMSMU).exit_code == 0
    return run


def test_queries_lists_every_named_query_with_its_parameters(run) -> None:
    result = run("queries")
    assert result.exit_code == 0
    names = [line.split(":")[0] for line in result.stdout.splitlines()
             if not line.startswith(" ")]
    assert names == list(named_queries()) and len(names) == 13
    assert ("partners: Partners of an institution\n"
            "    --param institution=…  institution: The institution whose partners to list: "
            "an IRI or a name.\n"
            '    e.g. medcoop query partners --param institution="Samarkand State Medical '
            'University"\n') in result.stdout
    assert "    --param country=…  country, optional: Only this country" in result.stdout


def test_query_table(loaded) -> None:
    result = loaded("query", "people-at", "--param", "institution=SamSMU")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "institution                                     person                name         "
        "  title                                      start  end",
        "----------------------------------------------  --------------------  -------------"
        "  -----------------------------------------  -----  ---",
        "institution:samarkand-state-medical-university  person:zafar-aminov   Zafar Aminov "
        "  Vice-Rector for International Cooperation",
        "institution:samarkand-state-medical-university  person:zhasur-rizaev  Zhasur Rizaev"
        "  Rector",
        "(2 rows)",
    ]


def test_query_csv_tsv_json(loaded) -> None:
    args = ("query", "people-at", "-p", "institution=Samarkand State Medical University")
    inst = f"{ID}institution/samarkand-state-medical-university"
    csv = loaded(*args, "--format", "csv")
    assert csv.stdout == (
        "institution,person,name,title,start,end\n"
        f"{inst},{ID}person/zafar-aminov,Zafar Aminov,Vice-Rector for International "
        "Cooperation,,\n"
        f"{inst},{ID}person/zhasur-rizaev,Zhasur Rizaev,Rector,,\n")
    tsv = loaded(*args, "--format", "tsv")
    assert tsv.stdout.splitlines()[:2] == [
        "?institution\t?person\t?name\t?title\t?start\t?end",
        f'<{inst}>\t<{ID}person/zafar-aminov>\t"Zafar Aminov"\t'
        '"Vice-Rector for International Cooperation"\t\t']
    data = json.loads(loaded(*args, "--format", "json").stdout)
    assert data["head"] == {"vars": ["institution", "person", "name", "title", "start", "end"]}
    assert data["results"]["bindings"][1] == {
        "institution": {"type": "uri", "value": inst},
        "person": {"type": "uri", "value": f"{ID}person/zhasur-rizaev"},
        "name": {"type": "literal", "value": "Zhasur Rizaev"},
        "title": {"type": "literal", "value": "Rector"}}


def test_csv_lines_end_with_crlf(loaded, store_dir: Path) -> None:
    medcoop = Path(sys.executable).with_name("medcoop")
    out = subprocess.run([str(medcoop), "--store", str(store_dir), "query", "--sparql",
                          "SELECT ?n WHERE { VALUES ?n { 1 2 } }", "-f", "csv"],
                         capture_output=True, check=True).stdout
    assert out == b"n\r\n1\r\n2\r\n"


def test_construct_prints_turtle_and_ask_a_boolean(loaded) -> None:
    construct = loaded("query", "--sparql", 'CONSTRUCT WHERE { ?c mc:isoCode "TJ" }')
    assert sorted(construct.stdout.splitlines()) == [
        "@prefix country: <https://w3id.org/medcoop/id/country/> .",
        "@prefix mc: <https://w3id.org/medcoop/ontology#> .",
        'country:TJ mc:isoCode "TJ" .']
    ask = loaded("query", "--sparql", 'ASK { ?c mc:isoCode "KZ" }')
    assert (ask.exit_code, ask.stdout) == (0, "true\n")


def test_query_file_with_a_declared_parameter(loaded, tmp_path: Path) -> None:
    query = tmp_path / "q.rq"
    query.write_text("# param: code (string) An ISO code.\n"
                     "SELECT ?code ?c WHERE { ?c mc:isoCode ?code }\n")
    result = loaded("query", "--file", query, "-p", "code=TJ", "-f", "csv")
    assert (result.exit_code, result.stdout) == (0, f"code,c\nTJ,{ID}country/TJ\n")


def test_invalid_query_gives_the_parser_message_with_line_and_column(loaded,
                                                                      tmp_path: Path) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE {\n  ?x a mc:Country .\n  ?x ?? ?y\n}\n")
    result = loaded("query", "--file", bad)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {bad}: invalid SPARQL: error at 3:11: expected OPTIONAL\n"
    assert len(result.stderr.splitlines()) == 1
    inline = loaded("query", "--sparql", "SELECT ?x WHERE { ?x a }")
    assert inline.exit_code == 1
    assert inline.stderr == ("Error: invalid SPARQL: error at 1:25: expected one of FILTER, "
                             "SELECT, VALUES, [_]\n")


def test_unknown_query_lists_the_known_ones(loaded) -> None:
    result = loaded("query", "partner")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: no query named 'partner'; did you mean 'partners'? known queries: "
        + ", ".join(named_queries()) + " (see `medcoop queries`)\n")


def test_injection_value_is_a_plain_value(loaded) -> None:
    before = json.loads(loaded("stats", "--json").stdout)
    evil = '"> } ; DROP ALL ; #'
    result = loaded("query", "search", "-p", f"text={evil}")
    assert (result.exit_code, result.stdout.splitlines()[-1]) == (0, "(0 rows)")
    as_name = loaded("query", "partners", "-p", f"institution={evil}")
    assert as_name.exit_code == 2
    assert as_name.stderr.startswith(f"Error: no institution named {evil!r} in the store")
    assert json.loads(loaded("stats", "--json").stdout) == before


def test_ambiguous_name_lists_candidates(loaded, tmp_path: Path) -> None:
    # Same name, another country: entity resolution keeps two nodes.
    other = tmp_path / "uz.json"
    other.write_text(json.dumps({"institutions": [{
        "id": "a", "name": "Scientific Center of Pediatrics and Children's Surgery",
        "country": "UZ"}]}))
    assert loaded("load", other).exit_code == 0
    result = loaded("query", "partners", "-p",
                    "institution=scientific center of pediatrics and children’s surgery")
    assert result.exit_code == 2
    node = f"{ID}institution/scientific-center-of-pediatrics-and-children-s-surgery"
    label = '"Scientific Center of Pediatrics and Children\'s Surgery"'
    assert result.stderr == (
        "Error: 2 institutions are named 'scientific center of pediatrics and children’s "
        f"surgery': <{node}-kz> {label} (KZ); <{node}-uz> {label} (UZ); pass the IRI of the "
        "one you mean\n")


@pytest.mark.parametrize(("args", "message"), [
    ((), "give exactly one of NAME, --file or --sparql"),
    (("partners", "--sparql", "ASK {}"), "give exactly one of NAME, --file or --sparql"),
    (("partners", "-p", "institution"), "'institution' is not KEY=VALUE"),
    (("partners",), "partners needs --param institution=...; e.g. medcoop query partners"),
])
def test_usage_errors_exit_2(loaded, args: tuple[str, ...], message: str) -> None:
    result = loaded("query", *args)
    assert result.exit_code == 2
    assert message in result.stderr
