"""The SPARQL endpoint (`medcoop serve`), remote queries and publishing, over real servers.

Every server here is Oxigraph's own (the venv's ``oxigraph`` program) on a free loopback
port, started by the test and stopped at teardown.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from medcoop.queries.server import oxigraph_binary

from .conftest import DEV, EXAMPLES

MEDCOOP = Path(sys.executable).with_name("medcoop")
KAZ = DEV / "kazakh-medicine-days-dushanbe.gold.json"
SAMSMU = DEV / "samarkand-west-kazakhstan-rectors-visit.gold.json"
BUKHARA = DEV / "bukhara-uzbekistan-russia-healthcare-forum.gold.json"
SAMARKAND = "https://w3id.org/medcoop/id/institution/samarkand-state-medical-university-uz"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(url: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url + "query?query=ASK%7B%7D", timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def http(url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
         method: str | None = None) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def select(url: str, query: str) -> list[dict[str, str]]:
    status, _, body = http(url + "query?" + urllib.parse.urlencode({"query": query}),
                           headers={"Accept": "application/sparql-results+json"})
    assert status == 200, body
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(body)["results"]["bindings"]]


@pytest.fixture
def oxigraph() -> Iterator[str]:
    """A bare in-memory ``oxigraph serve`` (union default graph); yields its base URL."""
    port = free_port()
    process = subprocess.Popen([oxigraph_binary(), "serve", "--bind", f"127.0.0.1:{port}",
                                "--union-default-graph"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_for(url)
        yield url
    finally:
        process.kill()
        process.wait()


@pytest.fixture
def guarded(oxigraph: str) -> Iterator[str]:
    """The ``oxigraph`` server behind a proxy that wants HTTP Basic ana:s3cret; yields its URL."""
    expected = "Basic " + base64.b64encode(b"ana:s3cret").decode()

    class Guard(BaseHTTPRequestHandler):
        def forward(self) -> None:
            if self.headers.get("Authorization") != expected:
                self.send_response(401, "Unauthorized")
                self.send_header("WWW-Authenticate", 'Basic realm="medcoop-test"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            headers = {k: v for k, v in self.headers.items()
                       if k.lower() in ("content-type", "accept")}
            status, content_type, data = http(oxigraph + self.path.lstrip("/"),
                                              body if body else None, headers, self.command)
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = forward

        def log_message(self, format: str, *args: object) -> None:  # keep pytest output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Guard)
    thread = Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def served(run, store_dir: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """`medcoop serve` on a store of three reports; yields its URL and the process."""
    assert run("load", KAZ, SAMSMU, BUKHARA).exit_code == 0
    port = free_port()
    process = subprocess.Popen([str(MEDCOOP), "--store", str(store_dir), "serve", "--port",
                                str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first == f"Serving {store_dir} (read-only) at http://127.0.0.1:{port}/\n", (
            first + (process.stderr.read() if process.stderr else ""))
        yield f"http://127.0.0.1:{port}/", process
    finally:
        stop(process)


def stop(process: subprocess.Popen[str]) -> None:
    """SIGTERM (medcoop then stops its server), SIGKILL only if that fails."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def total_quads(url: str) -> int:
    rows = select(url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(rows[0]["n"])


# -- medcoop serve ---------------------------------------------------------------------------

def test_sparqlwrapper_gets_json_results_from_medcoop_serve(served) -> None:
    url, _ = served
    client = SPARQLWrapper(url + "query")
    client.setReturnFormat(JSON)
    # No GRAPH in the query: the union of the report graphs is the default graph.
    client.setQuery("PREFIX mc: <https://w3id.org/medcoop/ontology#> "
                    "SELECT DISTINCT ?iso WHERE { ?c a mc:Country ; mc:isoCode ?iso } "
                    "ORDER BY ?iso")
    result = client.queryAndConvert()
    assert result["head"]["vars"] == ["iso"]  # type: ignore[index]
    assert [b["iso"]["value"] for b in result["results"]["bindings"]] == [  # type: ignore[index]
        "KZ", "RU", "TJ", "UZ"]


def test_serve_negotiates_formats_and_has_a_query_page(served) -> None:
    url, _ = served
    ask = urllib.parse.urlencode({"query": "SELECT ?n WHERE { VALUES ?n { 1 } }"})
    for accept, body in [("text/csv", b"n\r\n1\r\n"), ("text/tab-separated-values", b"?n\n1\n")]:
        status, content_type, got = http(f"{url}query?{ask}", headers={"Accept": accept})
        assert (status, content_type.split(";")[0], got) == (200, accept, body)
    status, content_type, got = http(f"{url}query?{ask}",
                                     headers={"Accept": "application/sparql-results+xml"})
    assert (status, content_type) == (200, "application/sparql-results+xml")
    assert b"<literal datatype=\"http://www.w3.org/2001/XMLSchema#integer\">1</literal>" in got
    construct = urllib.parse.urlencode({"query": (
        "PREFIX mc: <https://w3id.org/medcoop/ontology#> "
        "CONSTRUCT WHERE { ?c mc:isoCode \"KZ\" }")})
    status, content_type, got = http(f"{url}query?{construct}",
                                     headers={"Accept": "application/n-triples"})
    assert (status, content_type, got) == (
        200, "application/n-triples",
        b'<https://w3id.org/medcoop/id/country/KZ> '
        b'<https://w3id.org/medcoop/ontology#isoCode> "KZ" .\n')
    status, content_type, got = http(url, headers={"Accept": "text/html"})
    assert status == 200 and content_type.startswith("text/html") and b"<html" in got.lower()


def test_serve_is_read_only_and_holds_the_store(served, run) -> None:
    url, _ = served
    status, _, _ = http(url + "update", data=b"DROP ALL", method="POST",
                        headers={"Content-Type": "application/sparql-update"})
    assert status == 403
    other = run("stats")
    assert other.exit_code == 2
    assert "in use by process" in other.stderr and f"medcoop serve on {url}" in other.stderr


def test_serve_stops_cleanly_on_sigterm(served, run) -> None:
    url, process = served
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=20) == 0
    with pytest.raises(OSError):
        urllib.request.urlopen(url, timeout=2)
    assert run("stats").exit_code == 0  # the store is free again


def test_serve_refuses_a_missing_store(run, tmp_path: Path) -> None:
    result = run("serve", "--port", str(free_port()), store=tmp_path / "none")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: there is no store at {tmp_path / 'none'}")


def test_writable_serve_accepts_updates(run, store_dir: Path) -> None:
    assert run("load", KAZ).exit_code == 0
    port = free_port()
    process = subprocess.Popen([str(MEDCOOP), "--store", str(store_dir), "serve", "--writable",
                                "--port", str(port)], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        assert "(read-write)" in process.stdout.readline()
        url = f"http://127.0.0.1:{port}/"
        status, _, _ = http(url + "update", method="POST", data=(
            b"INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"),
            headers={"Content-Type": "application/sparql-update"})
        assert status == 204
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
    finally:
        stop(process)
    result = run("query", "--sparql", "SELECT ?o WHERE { <urn:a> <urn:b> ?o }", "-f", "csv")
    assert result.stdout == "o\nurn:c\n"  # CliRunner shows CRLF as LF


# -- remote queries and publishing -------------------------------------------------------------

@pytest.mark.parametrize("protocol", ["gsp", "update"])
def test_publish_twice_changes_nothing(run, oxigraph: str, protocol: str) -> None:
    assert run("load", EXAMPLES, KAZ).exit_code == 0
    local = json.loads(run("stats", "--json").stdout)
    target = oxigraph + ("store" if protocol == "gsp" else "update")
    first = run("publish", "--to", target, "--protocol", protocol)
    assert first.exit_code == 0
    assert first.stdout == (f"Published {local['reports']} report graphs ({local['triples']} "
                            f"triples) to {target} by {protocol}.\n")
    assert total_quads(oxigraph) == local["triples"]
    assert run("publish", "--to", target, "--protocol", protocol).exit_code == 0
    assert total_quads(oxigraph) == local["triples"]


def test_named_query_through_an_endpoint_matches_the_local_store(run, oxigraph: str) -> None:
    assert run("load", EXAMPLES, SAMSMU, BUKHARA).exit_code == 0
    assert run("publish", "--to", oxigraph + "store").exit_code == 0
    for args in (["partners", "-p", "institution=SamSMU"], ["most-connected-in", "-p",
                                                            "country=RU"],
                 ["people-at", "-p", f"institution={SAMARKAND}"], ["agreements-per-year"]):
        local = run("query", *args, "-f", "csv")
        remote = run("query", *args, "-f", "csv", "--endpoint", oxigraph + "query")
        assert local.exit_code == remote.exit_code == 0
        assert remote.stdout == local.stdout and local.stdout.count("\n") > 1, args


def test_remote_errors_are_one_line(run, oxigraph: str) -> None:
    bad = run("query", "--sparql", "SELECT ?x WHERE {", "--endpoint", oxigraph + "query")
    assert bad.exit_code == 1
    assert bad.stderr.startswith(f"Error: {oxigraph}query refused the query: ")
    port = free_port()
    down = run("query", "most-connected", "--endpoint", f"http://127.0.0.1:{port}/query")
    assert down.exit_code == 2
    assert down.stderr.startswith(f"Error: cannot reach http://127.0.0.1:{port}/query: ")


def test_publish_and_query_log_in_to_a_guarded_store(run, oxigraph: str, guarded: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("load", EXAMPLES, SAMSMU).exit_code == 0
    triples = json.loads(run("stats", "--json").stdout)["triples"]
    hint = "give --user NAME with the password in $MEDCOOP_PASSWORD\n"

    anonymous = run("publish", "--to", guarded + "store")
    assert (anonymous.exit_code, anonymous.stderr) == (2, (
        f"Error: {guarded}store answered HTTP 401 Unauthorized: the server asks for a user "
        f"name and password; {hint}"))
    no_password = run("publish", "--to", guarded + "store", "--user", "ana")
    assert (no_password.exit_code, no_password.stderr) == (
        2, "Error: --user ana: no password; set $MEDCOOP_PASSWORD\n")
    monkeypatch.setenv("MEDCOOP_PASSWORD", "wrong")
    refused = run("publish", "--to", guarded + "store", "--user", "ana")
    assert (refused.exit_code, refused.stderr) == (2, (
        f"Error: {guarded}store answered HTTP 401 Unauthorized: the server refused these "
        f"credentials; {hint}"))
    assert total_quads(oxigraph) == 0

    monkeypatch.setenv("MEDCOOP_PASSWORD", "s3cret")
    assert run("publish", "--to", guarded + "store", "--user", "ana").exit_code == 0
    assert total_quads(oxigraph) == triples
    local = run("query", "partners", "-p", "institution=SamSMU", "-f", "csv")
    remote = run("query", "partners", "-p", "institution=SamSMU", "-f", "csv",
                 "--endpoint", guarded + "query", "--user", "ana")
    assert remote.exit_code == 0 and remote.stdout == local.stdout


def test_ad_hoc_queries_get_medcoop_prefixes_on_an_endpoint(run, oxigraph: str) -> None:
    assert run("load", EXAMPLES).exit_code == 0
    assert run("publish", "--to", oxigraph + "store").exit_code == 0
    count = ("# PREFIX in a comment declares nothing\n"
             "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a mc:Memorandum ; "
             "mc:party/mc:country ?c }")
    declared = "PREFIX mc: <https://w3id.org/medcoop/ontology#>\n" + count
    answers = [run("query", "--sparql", text, "-f", "csv", *where)
               for text in (count, declared)
               for where in ([], ["--endpoint", oxigraph + "query"])]
    assert {(a.exit_code, a.stdout) for a in answers} == {(0, "n\n7\n")}


def test_the_oxigraph_program_matches_pyoxigraph() -> None:
    import pyoxigraph

    out = subprocess.run([oxigraph_binary(), "--version"], capture_output=True, text=True,
                         check=True, env=dict(os.environ)).stdout
    assert out.split()[-1].split(".")[:2] == pyoxigraph.__version__.split(".")[:2]
