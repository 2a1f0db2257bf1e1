"""Press-release text through the whole path: file → loader → graph, and its bad inputs."""

from __future__ import annotations

import json

from medcoop.evaluation import score_directory
from medcoop.loaders import load_paths
from medcoop.loaders.preview import evaluate_directory, preview

from .conftest import DEV

KAZ_TXT = DEV / "kazakh-medicine-days-dushanbe.txt"
REPORT = ("ALMATY, 3 March 2024. Asfendiyarov Kazakh National Medical University (KazNMU) "
          "signed a memorandum of cooperation with Avicenna Tajik State Medical University. "
          "The document was signed by the Rector of KazNMU Marat Shoranov.\n")


def test_text_report_is_stored_with_evidence_spans(store) -> None:
    summary = load_paths(store, [KAZ_TXT])
    assert summary.failed == []
    iri = summary.loaded[0].reports[0]
    facts = store.facts(iri, evidence=True)
    text = KAZ_TXT.read_text(encoding="utf-8")
    spans = [e for i in facts.institutions for e in i.evidence]
    assert spans, "every institution carries the span it was read from"
    for e in spans:
        assert e.sentence is not None and text[e.start:e.end] in e.sentence
        assert 0 < e.confidence <= 1
    rows = store.query("SELECT ?loader WHERE { ?r mc:loader ?loader }")
    assert [r["loader"].value for r in rows] == ["text"]


def test_extract_cli_prints_what_the_graph_holds_and_stores_nothing(run, store_dir) -> None:
    out = run("extract", KAZ_TXT)
    assert out.exit_code == 0
    assert json.loads(out.stdout) == preview(KAZ_TXT).facts.to_dict()
    assert not store_dir.exists()


def test_eval_through_the_graph_equals_scoring_the_extractor_directly() -> None:
    via_graph, direct = evaluate_directory(DEV), score_directory(DEV)
    for category, prf in via_graph.prf.items():
        assert (prf.tp, prf.fp, prf.fn) == (direct.prf[category].tp, direct.prf[category].fp,
                                            direct.prf[category].fn), category
    assert len(via_graph.reports) == 13


def test_eval_cli_json(run) -> None:
    out = run("eval", DEV, "--json")
    assert out.exit_code == 0
    data = json.loads(out.stdout)
    assert data["reports"] == 13 and data["planned_reported_as_signed"] == 0
    assert set(data["categories"]) == {"institutions", "people", "positions", "events",
                                       "agreements", "agreement_counts"}


def test_windows_1251_is_detected_decoded_and_said(run, tmp_path) -> None:
    path = tmp_path / "cyr.txt"
    path.write_bytes(("АЛМАТЫ. " + REPORT).encode("cp1251"))
    out = run("load", path)
    assert out.exit_code == 0
    assert out.stderr == f"{path}: decoded as cp1251, not UTF-8\n"


def test_binary_empty_and_huge_files_fail_alone(run, tmp_path) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    empty = tmp_path / "empty.txt"
    empty.write_text("\n \n")
    huge = tmp_path / "huge.txt"
    huge.write_bytes(REPORT.encode() * (50 * 2**20 // len(REPORT)))
    good = tmp_path / "good.txt"
    good.write_text(REPORT)
    out = run("load", binary, empty, huge, good)
    assert out.exit_code == 2
    lines = out.stderr.splitlines()
    assert lines[0] == "Failed 3:"
    assert lines[1].startswith(f"  {binary}: looks like a binary file")
    assert lines[2] == f"  {empty}: the file is empty"
    assert lines[3] == (f"  {huge}: 50 MB is too large for one report (limit 20 MB); "
                        "split it into reports")
    assert json.loads(run("stats", "--json").stdout)["reports"] == 1


def test_html_script_inside_a_name_never_reaches_the_graph(store, tmp_path) -> None:
    page = tmp_path / "news.html"
    page.write_text(
        "<html><head><title>News</title><script>track()</script></head><body><nav>Home</nav>"
        "<p>Asfendiyarov Kazakh National Medical University<script>alert(1)</script> signed a "
        "memorandum of cooperation with Avicenna Tajik State Medical University.</p>"
        "<footer>Contacts</footer></body></html>", encoding="utf-8")
    summary = load_paths(store, [page])
    assert summary.failed == []
    dump = "".join(str(q) for q in store.quads())
    assert "alert" not in dump and "track()" not in dump and "<script" not in dump
    names = sorted(i.name for i in store.facts(summary.loaded[0].reports[0]).institutions)
    assert names == ["Asfendiyarov Kazakh National Medical University",
                     "Avicenna Tajik State Medical University"]


def test_text_without_institutions_is_a_safe_empty_report(run, tmp_path) -> None:
    path = tmp_path / "weather.txt"
    path.write_text("It rained in the morning and the sun came out later.\n")
    out = run("load", path)
    assert out.exit_code == 0
    assert out.stderr == f"{path}: no institutions, people or events found in the text\n"
    stats = json.loads(run("stats", "--json").stdout)
    assert (stats["reports"], stats["institutions"]) == (1, 0)
