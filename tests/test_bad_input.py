"""Every kind of bad input, through ``medcoop load``: one clear line or a safe result, never a
traceback, and nothing stored from a failed file.

This file is the index of the kinds: those tested elsewhere are listed in ELSEWHERE, and a test
checks that those tests still exist.
"""

from __future__ import annotations

import errno
import importlib
import json
import os
import socket
import subprocess
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest

from medcoop.graph import store as store_module

from .conftest import DEV

GOOD = DEV / "kazakh-medicine-days-dushanbe.gold.json"
GOOD_TRIPLES = 101

# kind -> the test that covers it, through the CLI, elsewhere
ELSEWHERE = {
    "binary text": "test_text_loading::test_binary_empty_and_huge_files_fail_alone",
    "empty text": "test_text_loading::test_binary_empty_and_huge_files_fail_alone",
    "50 MB text": "test_text_loading::test_binary_empty_and_huge_files_fail_alone",
    "text in windows-1251": "test_text_loading::test_windows_1251_is_detected_decoded_and_said",
    "HTML with <script> in a name": "test_text_loading::"
                                    "test_html_script_inside_a_name_never_reaches_the_graph",
    "facts JSON breaking a rule": "test_cli::test_bad_files_fail_alone_with_one_line_each",
    "store path is a file": "test_cli::test_store_error_is_one_line_and_debug_shows_the_traceback",
    "store held by another process": "test_load_safety::"
                                     "test_a_query_while_a_load_runs_is_told_who_holds_the_store",
}

HEADER = "date,party,party_country,partner,partner_country,kind,title,event,city,source\n"
ROW = "2020-01-01,A,KZ,B,TJ,memorandum,t,,,\n"
BOMB = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(f'<!ENTITY {chr(98 + n)} "{("&" + chr(97 + n) + ";") * 10}">'.encode()
                   for n in range(9))
        + b']><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
          b'xmlns:e="http://e/"><rdf:Description rdf:about="http://e/a"><e:p>&j;</e:p>'
          b"</rdf:Description></rdf:RDF>")

# kind -> (file name, content, the error line after "<path>")
CASES: dict[str, tuple[str, bytes, str]] = {
    "empty structured file": ("e.json", b" \n", ": the file is empty"),
    "binary in a JSON file": ("b.json", b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe",
                              ":1: not UTF-8 text (byte 0x89); save the file as UTF-8"),
    "YAML in windows-1251": ("w.yaml", b"document:\n  title: " + "Алматы".encode("cp1251"),
                             ":2: not UTF-8 text (byte 0xc0); save the file as UTF-8"),
    "truncated YAML": ("t.yaml", b"institutions:\n  a:\n    name: [A, B\n",
                       ":4: not valid YAML"),
    "CSV with a missing column": ("m.csv", (HEADER.replace(",source", "") + ROW).encode(),
                                  ":1: missing column source;"),
    "CSV with an extra column": ("x.csv", (HEADER.replace("\n", ",notes\n") + ROW).encode(),
                                 ":1: unknown column 'notes'"),
    "CSV row with too many cells": ("r.csv", (HEADER + ROW.replace("\n", ",x\n")).encode(),
                                    ":2: row has 11 cells"),
    "Turtle syntax error": ("s.ttl", b"<http://e/a> <http://e/p> 'v' .\n<http://e/b> .\n",
                            ":2: RDF syntax error"),
    "N-Quads syntax error": ("s.nq", b"<http://e/a> <http://e/p> .\n", ":1: RDF syntax error"),
    "RDF/XML entity-expansion bomb": ("bomb.rdf", BOMB, ": RDF/XML with <!ENTITY> "
                                      "declarations is refused (entity expansion can exhaust "
                                      "memory); expand or remove the entities"),
    "unknown extension": ("r.docx", b"PK\x03\x04", ": no loader for '.docx'"),
}


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def stats(run) -> dict[str, int]:
    return json.loads(run("stats", "--json").stdout)


def assert_fails_alone(run, bad: Path, expected: str) -> None:
    """``bad`` loaded beside a good file: exit 2, one line for it, only the good file stored."""
    out = run("load", GOOD, bad)
    assert out.exit_code == 2
    assert out.stdout.startswith("Loaded 1 of 2 files: 1 report graphs")
    lines = out.stderr.splitlines()
    assert lines[0] == "Failed 1:" and len(lines) == 2, out.stderr
    assert lines[1].startswith(f"  {bad}{expected}"), lines[1]
    assert "Traceback" not in out.stderr
    assert (stats(run)["reports"], stats(run)["triples"]) == (1, GOOD_TRIPLES)


@pytest.mark.parametrize("kind", sorted(CASES))
def test_each_bad_file_fails_alone_with_one_line(run, tmp_path, kind) -> None:
    name, data, expected = CASES[kind]
    assert_fails_alone(run, write(tmp_path, name, data), expected)


def test_every_kind_is_listed_once_and_the_tests_elsewhere_exist() -> None:
    assert not set(CASES) & set(ELSEWHERE)
    for where in ELSEWHERE.values():
        module, test = where.split("::")
        assert callable(getattr(importlib.import_module(f"tests.{module}"), test)), where
    assert len(CASES) + len(ELSEWHERE) + len(SEPARATE) == 25


# -- kinds that need more than a file --------------------------------------------------------

SEPARATE = ["JSON-LD with a remote @context", "names with HTML and JavaScript",
            "query parameter built to inject SPARQL", "store under a regular file",
            "disk full (simulated)", "disk really full (tmpfs, root only)"]


class Listener:
    """A local TCP port that counts the connections made to it."""

    def __init__(self) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen()
        self.server.settimeout(0.1)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.server.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        self.server.close()


def test_jsonld_remote_context_is_refused_without_a_connection(run, tmp_path) -> None:
    listener = Listener()
    try:
        bad = write(tmp_path, "remote.jsonld", json.dumps(
            {"@context": f"http://127.0.0.1:{listener.port}/context.jsonld",
             "@id": "http://e/a", "name": "A"}).encode())
        assert_fails_alone(run, bad, ": RDF syntax error: the JSON-LD @context is a URL, "
                                     "and medcoop never fetches one; inline the context in "
                                     "the file")
    finally:
        listener.close()
    assert listener.connections == 0  # not even a connection was attempted


NASTY = ['<script>alert("x")</script> Clinic', 'Clinic" . <http://e/evil> <http://e/p> "x',
         "Clinic> } ; DROP ALL ; INSERT DATA { <a> <b> <c>", "Line\nbreak & <b>bold</b>"]


def test_names_with_html_and_javascript_are_stored_as_plain_text(run, tmp_path) -> None:
    facts = {"document": {"title": NASTY[0]},
             "institutions": [{"id": f"i{n}", "name": name} for n, name in enumerate(NASTY)],
             "agreements": [{"kind": "memorandum", "parties": ["i0", "i1", "i2", "i3"]}]}
    path = write(tmp_path, "nasty.json", json.dumps(facts).encode())
    assert run("load", path).exit_code == 0
    first = stats(run)
    # The second load replaces the graph through a SPARQL update built from the quads: the
    # names must not break out of their literals there either.
    again = run("load", path)
    assert again.exit_code == 0 and "(1 replaced an earlier load)" in again.stdout
    assert stats(run) == first
    assert run("export", "-o", tmp_path / "out.ttl").exit_code == 0
    labels = {q.object.value for q in ox.parse(path=tmp_path / "out.ttl",
                                                format=ox.RdfFormat.TURTLE)
              if q.predicate.value == "http://www.w3.org/2000/01/rdf-schema#label"}
    assert labels == set(NASTY)
    subjects = {q.subject.value for q in ox.parse(path=tmp_path / "out.ttl",
                                                  format=ox.RdfFormat.TURTLE)}
    assert not {"http://e/evil", "a"} & subjects


@pytest.mark.parametrize("value", [
    "x> } ; DROP ALL ; #", '" } UNION { ?s ?p ?o } #', "?institution", "<http://e/a>"])
def test_query_parameters_cannot_inject_sparql(run, value) -> None:
    run("load", GOOD)
    out = run("query", "partners", "--param", f"institution={value}", "--format", "csv")
    assert "Traceback" not in out.stderr
    assert out.exit_code in (0, 2)
    if out.exit_code == 0:  # bound as a value: it names nothing, so no rows
        assert out.stdout.splitlines()[1:] == []
    else:
        assert out.stderr.startswith("Error: ") and len(out.stderr.splitlines()) == 1
    assert stats(run)["triples"] == GOOD_TRIPLES


def test_a_store_under_a_regular_file_is_a_one_line_error(run, tmp_path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    out = run("load", GOOD, store=blocker / "store")
    assert out.exit_code == 2
    assert out.stderr.startswith(f"Error: cannot open the store at {blocker}/store: ")
    assert out.stderr.endswith("; check that the folder is writable and is a medcoop store\n")
    assert len(out.stderr.splitlines()) == 1 and blocker.read_text() == "x"


class FullDisk:
    """Wraps the real store; every write fails as on a full disk."""

    def __init__(self, real: ox.Store):
        self.real = real

    def __getattr__(self, name: str) -> object:
        return getattr(self.real, name)

    def __len__(self) -> int:
        return len(self.real)

    def extend(self, quads: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    update = extend


def test_a_full_disk_is_one_line_and_nothing_is_half_written(run, store_dir,
                                                             monkeypatch) -> None:
    run("load", DEV / "tabriz-avicenna-planned-mou.gold.json")
    before = stats(run)
    real_open = store_module._open
    with monkeypatch.context() as patch:
        patch.setattr(store_module, "_open", lambda *a: FullDisk(real_open(*a)))
        out = run("load", GOOD)
    assert out.exit_code == 2
    assert out.stderr.splitlines() == [
        "Failed 1:",
        f"  {GOOD}: could not write to the store at {store_dir}: [Errno 28] No space left on "
        "device; check free disk space and permissions"]
    assert stats(run) == before


def can_mount_tmpfs(where: Path) -> bool:
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(where)],
                          capture_output=True)
    return done.returncode == 0


def test_a_really_full_disk_keeps_the_store_consistent(run, tmp_path) -> None:
    """On an 8 MB tmpfs (root only): fill it, and the store still opens with whole reports.
    (8 MB, not 4: the first, small load once ran out of room on 4 MB in a busy full run.)"""
    mount = tmp_path / "tiny"
    if not can_mount_tmpfs(mount):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        store = mount / "store"
        assert run("load", GOOD, store=store).exit_code == 0
        filler = mount / "filler"
        # leave almost no room; unbuffered, so that closing has nothing left to write (a
        # buffered close raised "No space left" itself once, in a busy run)
        with filler.open("wb", buffering=0) as f:
            try:
                while True:
                    f.write(b"\0" * 65536)
            except OSError:
                pass
        big = tmp_path / "big.nt"
        big.write_text("".join(f"<http://e/s{n}> <http://e/p> \"{'x' * 200} {n}\" .\n"
                               for n in range(20_000)))
        out = run("load", big, store=store)
        assert out.exit_code == 2
        assert "Traceback" not in out.stderr
        filler.unlink()
        after = json.loads(run("stats", "--json", store=store).stdout)
        assert (after["reports"], after["triples"]) == (1, GOOD_TRIPLES)
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
