"""The SPARQL endpoint: Oxigraph's own server (the ``oxigraph`` package) on the store folder.

``oxigraph serve`` speaks the SPARQL 1.1 Protocol (GET and POST; JSON, XML, CSV and TSV
results; Turtle, N-Triples and more for graphs, by content negotiation), the Graph Store
Protocol at ``/store``, and has a query page at ``/``. Its default graph is medcoop's: the
de-duplicated union of every report's graph (see :mod:`medcoop.graph.store`), so a query
without ``GRAPH`` sees every report, as ``medcoop query`` does. Writes through a writable
server go to named graphs as they come; when it stops, medcoop rebuilds the union.

Read-only (the default) runs ``oxigraph serve-read-only``, which does not take the store's
lock; this process takes it instead, so that no ``medcoop load`` can write underneath the
server (Oxigraph calls reading while another process writes undefined behaviour). Writable
runs ``oxigraph serve``, which holds the lock itself. Either way ``holder.json`` names the
server, so other medcoop commands say who holds the store.
"""

from __future__ import annotations

import ctypes
import fcntl
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from medcoop.errors import EndpointError, StoreError
from medcoop.graph.store import Store, rebuild_union
from medcoop.queries.remote import endpoint_json

log = logging.getLogger(__name__)

_HOLDER = "holder.json"


def oxigraph_binary(explicit: str | None = None) -> str:
    """The ``oxigraph`` program: explicit, then $MEDCOOP_OXIGRAPH, the venv's, then $PATH.

    Its version must match pyoxigraph's (same minor release) to open the same store files.
    """
    beside = Path(sys.executable).with_name("oxigraph")
    candidates = [explicit, os.environ.get("MEDCOOP_OXIGRAPH"),
                  str(beside) if beside.exists() else None, shutil.which("oxigraph")]
    binary = next((c for c in candidates if c), None)
    if binary is None:
        raise EndpointError("the oxigraph server is not installed; install it with "
                            f"`pip install 'oxigraph=={ox.__version__}'`")
    try:
        out = subprocess.run([binary, "--version"], capture_output=True, text=True,
                             timeout=30, check=True).stdout.split()
    except (OSError, subprocess.SubprocessError) as exc:
        raise EndpointError(f"cannot run {binary}: {exc}") from exc
    version = out[-1] if out else "?"
    if version.split(".")[:2] != ox.__version__.split(".")[:2]:
        raise EndpointError(f"{binary} is Oxigraph {version} but pyoxigraph is {ox.__version__}: "
                            "their store files may differ; install "
                            f"`pip install 'oxigraph=={ox.__version__}'`")
    return binary


@dataclass
class Server:
    """A running ``oxigraph`` server process on a store folder."""

    process: subprocess.Popen[bytes]
    url: str
    path: Path
    writable: bool
    _log: IO[bytes] = field(repr=False)
    _lock: int | None = field(default=None, repr=False)

    @property
    def query_url(self) -> str:
        return self.url + "query"

    def wait(self) -> int:
        """Block until the server exits (it does only if it fails); its exit code."""
        return self.process.wait()

    def output(self) -> str:
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace").strip()

    def stop(self, timeout: float = 10.0) -> int:
        """Stop the server (SIGTERM, then SIGKILL after ``timeout``) and release the store."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        (self.path / _HOLDER).unlink(missing_ok=True)
        if self._lock is not None:
            os.close(self._lock)  # closing the descriptor drops the lock
            self._lock = None
        self._log.close()
        if self.writable:  # clients may have written named graphs: refresh their union
            with Store(self.path, command="medcoop serve (stopping)") as store:
                rebuild_union(store.oxigraph)
        return self.process.returncode


def start_server(path: Path, host: str = "127.0.0.1", port: int = 7878, writable: bool = False,
                 binary: str | None = None, timeout: float = 30.0) -> Server:
    """Start Oxigraph's server on the store at ``path``; returns once it answers queries."""
    program = oxigraph_binary(binary)
    if not writable and not (path / "CURRENT").exists():
        raise StoreError(f"there is no store at {path}; load reports first (medcoop load), "
                         "or pass --writable to serve an empty store")
    # Opening the store once checks that nobody holds it, with the usual message if someone
    # does, and leaves it flushed for the server.
    Store(path, command="medcoop serve").close()
    lock = None if writable else _take_lock(path)
    mode = "serve" if writable else "serve-read-only"
    log_file = tempfile.TemporaryFile(prefix="medcoop-serve-")  # noqa: SIM115 - closed by stop()
    command = [program, mode, "--location", str(path), "--bind", f"{host}:{port}"]
    log.debug("starting %s", " ".join(command))
    # Its own session, so Ctrl-C reaches only medcoop, which stops it cleanly; and on Linux
    # it dies with medcoop, so a killed medcoop leaves no server holding the store.
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log_file,
                               stderr=subprocess.STDOUT, start_new_session=True,
                               preexec_fn=_die_with_parent if sys.platform == "linux" else None)
    shown = f"[{host}]" if ":" in host else host
    server = Server(process, f"http://{shown}:{port}/", path, writable, log_file, lock)
    _write_holder(path, os.getpid() if lock is not None else process.pid,
                  f"medcoop serve on {server.url}")
    try:
        _wait_until_up(server, timeout)
    except BaseException:
        server.stop()
        raise
    return server


def _die_with_parent() -> None:
    # Runs in the child between fork and exec: PR_SET_PDEATHSIG (1) sends SIGTERM to it when
    # the parent exits.
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGTERM)


def _take_lock(path: Path) -> int:
    # The same POSIX lock RocksDB takes on its LOCK file: while we hold it, no other process
    # can open the store for writing.
    fd = os.open(path / "LOCK", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        raise StoreError(f"the store at {path} is in use by another process; "
                         "wait until it finishes") from exc
    return fd


def _write_holder(path: Path, pid: int, command: str) -> None:
    (path / _HOLDER).write_text(json.dumps(
        {"pid": pid, "command": command, "since": time.strftime("%Y-%m-%dT%H:%M:%S")}),
        encoding="utf-8")


def _wait_until_up(server: Server, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if server.process.poll() is not None:
            raise EndpointError(f"the oxigraph server stopped at once (exit "
                                f"{server.process.returncode}): {server.output() or 'no output'}")
        try:
            endpoint_json(server.query_url, "ASK {}", timeout=2.0)
            return
        except EndpointError:
            if time.monotonic() > deadline:
                raise EndpointError(f"the oxigraph server did not answer at {server.url} "
                                    f"within {timeout:.0f} s: {server.output()}") from None
            time.sleep(0.1)
