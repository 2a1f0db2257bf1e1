"""Each loader: what it reads, and the one-line error (file and line) for each bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medcoop.errors import InputError, UnsupportedFormatError
from medcoop.graph.ids import Minter
from medcoop.loaders import discover, parse_file

from .conftest import DEV, EXAMPLES

MINTER = Minter()


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def error_of(path: Path) -> InputError:
    with pytest.raises(InputError) as err:
        parse_file(path, MINTER)
    return err.value


# -- facts JSON ------------------------------------------------------------------------------

def test_json_report_reads_the_gold_facts() -> None:
    path = DEV / "kazakh-medicine-days-dushanbe.gold.json"
    parsed = parse_file(path, MINTER)
    assert parsed.facts is not None
    assert parsed.facts.to_dict() == json.loads(path.read_text(encoding="utf-8"))
    assert list(parsed.graphs) == [
        "https://w3id.org/medcoop/id/report/kazakh-medicine-days-dushanbe-gold-json"]


def test_json_syntax_error_names_file_and_line(tmp_path) -> None:
    path = write(tmp_path, "bad.json", '{\n  "institutions": [\n    {"id": "a",}\n  ]\n}\n')
    err = error_of(path)
    assert (err.source, err.line) == (str(path), 3)
    assert str(err).startswith(f"{path}:3: not valid JSON")


def test_json_agreement_with_one_party_points_at_its_line(tmp_path) -> None:
    data = json.loads((DEV / "kazakh-medicine-days-dushanbe.gold.json").read_text("utf-8"))
    data["agreements"][0]["parties"] = ["scpcs"]
    text = json.dumps(data, indent=2)
    path = write(tmp_path, "one-party.json", text)
    err = error_of(path)
    lines = text.splitlines()
    assert '"parties": [' in lines[err.line - 1]
    assert "agreements[0].parties: an agreement needs at least two different parties" in str(err)


def test_json_unknown_country_points_at_its_line(tmp_path) -> None:
    text = ('{"institutions": [\n {"id": "a", "name": "A", "country": "KZ"},\n'
            ' {"id": "b", "name": "B",\n  "country": "QQ"}\n]}')
    err = error_of(write(tmp_path, "c.json", text))
    assert err.line == 4
    assert "unknown country code 'QQ'" in str(err)


# -- YAML ------------------------------------------------------------------------------------

YAML = """\
document:
  title: A visit
  published: 2024-03-01
institutions:
  nmc:
    name: National Medical Center
    country: NO
    kind: hospital
  uni:
    name: Some University
    kind: university
people:
  doe:
    name: Jane Doe
    positions:
      - title: Rector
        institution: uni
agreements:
  - kind: memorandum
    parties: [nmc, uni]
    signatories: [doe]
    date: 2024-03-01
"""


def test_yaml_keyed_form_reads_ids_dates_and_norway(tmp_path) -> None:
    facts = parse_file(write(tmp_path, "visit.yaml", YAML), MINTER).facts
    assert facts is not None
    out = facts.to_dict()
    assert out["document"] == {"title": "A visit", "published": "2024-03-01", "publisher": None}
    assert [(i["id"], i["country"], i["kind"]) for i in out["institutions"]] == [
        ("nmc", "NO", "hospital"), ("uni", None, "university")]
    assert out["people"][0]["positions"] == [{"title": "Rector", "institution": "uni"}]
    assert out["agreements"][0]["date"] == "2024-03-01"


def test_yaml_list_form_is_the_json_form(tmp_path) -> None:
    gold = DEV / "kazakh-medicine-days-dushanbe.gold.json"
    path = write(tmp_path, "kaz.yml", gold.read_text(encoding="utf-8"))
    assert parse_file(path, MINTER).facts.to_dict() == json.loads(gold.read_text("utf-8"))


def test_yaml_truncated_names_line(tmp_path) -> None:
    err = error_of(write(tmp_path, "t.yaml", "institutions:\n  a:\n    name: [A, B\n"))
    assert err.line == 4 and "not valid YAML" in str(err)


def test_yaml_dangling_reference_names_the_key_and_line(tmp_path) -> None:
    err = error_of(write(tmp_path, "d.yaml", YAML.replace("institution: uni",
                                                           "institution: unii")))
    assert err.line == 17
    assert "people.doe.positions[0].institution: refers to institution 'unii'" in str(err)


def test_yaml_unknown_kind_names_the_key(tmp_path) -> None:
    err = error_of(write(tmp_path, "k.yaml", YAML.replace("kind: hospital", "kind: clinic")))
    assert err.line == 8 and "institutions.nmc.kind: unknown institution kind" in str(err)


# -- CSV -------------------------------------------------------------------------------------

HEADER = "date,party,party_country,partner,partner_country,kind,title,event,city,source\n"


def test_csv_register_rows_become_agreements(tmp_path) -> None:
    path = write(tmp_path, "reg.csv", HEADER
                 + "19.12.2019,Scientific Center of Pediatrics,KZ,Republican Oncology Center,TJ,"
                   "memorandum,memorandum of cooperation,Kazakh Medicine Days,Dushanbe,press\n"
                 + "2021-10,Clinical Hospital,KG,Yonsei Health System; Seoul Labs,KR,"
                   "memorandum,tripartite memorandum,,,\n")
    out = parse_file(path, MINTER).facts.to_dict()
    assert [(i["name"], i["country"]) for i in out["institutions"]] == [
        ("Scientific Center of Pediatrics", "KZ"), ("Republican Oncology Center", "TJ"),
        ("Clinical Hospital", "KG"), ("Yonsei Health System", "KR"), ("Seoul Labs", "KR")]
    assert out["events"] == [{"id": "kazakh-medicine-days-2019", "name": "Kazakh Medicine Days",
                              "aliases": [], "city": "Dushanbe", "country": None,
                              "start": None, "end": None, "year": 2019}]
    first, second = out["agreements"]
    assert (first["date"], first["event"], first["source"]) == (
        "2019-12-19", "kazakh-medicine-days-2019", "press")
    assert second["parties"] == ["clinical-hospital", "yonsei-health-system", "seoul-labs"]
    assert second["date"] == "2021-10" and second["city"] is None


@pytest.mark.parametrize(("text", "line", "message"), [
    (HEADER.replace("city,", "town,"), 1, "unknown column 'town'"),
    (HEADER.replace(",source", ""), 1, "missing column source;"),
    (HEADER + "2020-01-01,A,KZ,,TJ,memorandum,t,,,\n", 2, "needs a partner"),
    (HEADER + "2020-01-01,A,KZ,A,KZ,memorandum,t,,,\n", 2, "at least two different parties"),
    (HEADER + "2020-01-01,A,KZ,B,TJ,memorandum,t,,,\n2020-01-01,A,KZ,B,XY,plan,t,,,\n", 3,
     "partner_country: unknown country code 'XY'"),
    (HEADER + "2020-01-01,A,KZ,B,TJ,treaty,t,,,\n", 2, "unknown agreement kind 'treaty'"),
    (HEADER + "2020-01-01,A,KZ,B,TJ,memorandum,t,,\n", 2, "row has 9 cells"),
    (HEADER + "2020-13-01,A,KZ,B,TJ,memorandum,t,,,\n", 2, "is not YYYY-MM-DD"),
    (HEADER, 1, "no rows"),
])
def test_csv_bad_input_names_the_line(tmp_path, text, line, message) -> None:
    err = error_of(write(tmp_path, "reg.csv", text))
    assert err.line == line
    assert message in str(err)


# -- RDF -------------------------------------------------------------------------------------

def test_turtle_goes_into_the_file_graph_with_report_metadata(tmp_path) -> None:
    path = write(tmp_path, "x.ttl", "<http://e/a> <http://e/p> 'v' .\n")
    graphs = parse_file(path, MINTER).graphs
    iri = "https://w3id.org/medcoop/id/report/x-ttl"
    assert list(graphs) == [iri]
    preds = sorted(q.predicate.value.rsplit("#", 1)[-1] for q in graphs[iri])
    assert preds == ["http://e/p", "loader", "sha256", "sourceFile", "type"]


def test_trig_named_graphs_keep_their_names(tmp_path) -> None:
    path = write(tmp_path, "x.trig", "<http://e/g1> { <http://e/a> <http://e/p> 1 . }\n"
                                     "<http://e/g2> { <http://e/b> <http://e/p> 2 . }\n")
    assert sorted(parse_file(path, MINTER).graphs) == ["http://e/g1", "http://e/g2"]


def test_rdf_syntax_error_names_the_line(tmp_path) -> None:
    err = error_of(write(tmp_path, "x.ttl", "<http://e/a> <http://e/p> 'v' .\n<http://e/b> .\n"))
    assert err.line == 2 and "RDF syntax error" in str(err)


def test_jsonld_remote_context_is_never_fetched(tmp_path) -> None:
    path = write(tmp_path, "x.jsonld", json.dumps(
        {"@context": "http://127.0.0.1:9/context.jsonld", "@id": "http://e/a", "name": "A"}))
    assert "never fetches" in str(error_of(path))


def test_jsonld_inline_context_loads(tmp_path) -> None:
    path = write(tmp_path, "x.jsonld", json.dumps(
        {"@context": {"name": "http://schema.org/name"}, "@id": "http://e/a", "name": "A"}))
    quads = parse_file(path, MINTER).graphs["https://w3id.org/medcoop/id/report/x-jsonld"]
    assert ("http://e/a", "http://schema.org/name", "A") in {
        (q.subject.value, q.predicate.value, q.object.value) for q in quads}


def test_rdfxml_entity_declarations_are_refused(tmp_path) -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>')
    assert "ENTITY" in str(error_of(write(tmp_path, "x.rdf", bomb)))


# -- any file --------------------------------------------------------------------------------

def test_empty_file(tmp_path) -> None:
    err = error_of(write(tmp_path, "e.json", "  \n"))
    assert str(err) == f"{tmp_path}/e.json: the file is empty"


def test_not_utf8(tmp_path) -> None:
    err = error_of(write(tmp_path, "w.yaml", b"a: 1\nname: " + "Алматы".encode("cp1251")))
    assert err.line == 2 and "not UTF-8" in str(err)


def test_unknown_extension(tmp_path) -> None:
    with pytest.raises(UnsupportedFormatError, match=r"no loader for '\.docx'"):
        parse_file(write(tmp_path, "r.docx", "x"), MINTER)


def test_missing_file(tmp_path) -> None:
    assert "no such file" in str(error_of(tmp_path / "gone.json"))


def test_discover_walks_folders_and_skips_readme_and_hidden(tmp_path) -> None:
    for name in ("a.json", "sub/b.yaml", "README.md", ".hidden/c.json", "notes.docx"):
        write(tmp_path, name, "x") if "/" not in name else (
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True),
            write(tmp_path, name, "x"))
    assert [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])] == [
        "a.json", "sub/b.yaml"]


def test_examples_each_format_is_present_and_loads() -> None:
    files = discover([EXAMPLES])
    assert {p.suffix for p in files} >= {".yaml", ".json", ".csv", ".ttl"}
    for path in files:
        assert parse_file(path, MINTER).quads > 20, path
