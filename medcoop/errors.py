"""medcoop's own exceptions: each message says what went wrong and what to do next."""

from __future__ import annotations


class MedcoopError(Exception):
    """Base class of every error medcoop raises on purpose."""


class InputError(MedcoopError):
    """A file given to medcoop cannot be read as what it claims to be.

    ``source`` names the file and ``line`` the line (1-based) where the problem is,
    when there is one; ``str()`` gives the one-line message the CLI prints.
    """

    def __init__(self, message: str, source: str | None = None, line: int | None = None):
        self.message = message
        self.source = source
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.source:
            where = f"{self.source}:{self.line}: " if self.line else f"{self.source}: "
        return f"{where}{self.message}"


class FactsError(MedcoopError):
    """Facts that break the model's rules (a dangling id, one party, a bad date …).

    ``path`` locates the offending value inside the facts, e.g. ``("agreements", 2, "parties")``,
    so that a loader can translate it into a line of the file it read.
    """

    def __init__(self, message: str, path: tuple[str | int, ...] = ()):
        self.message = message
        self.path = path
        super().__init__(str(self))

    def __str__(self) -> str:
        if not self.path:
            return self.message
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in self.path).lstrip(".")
        return f"{where}: {self.message}"


class UnsupportedFormatError(InputError):
    """No loader reads files of this kind (yet)."""


class StoreError(MedcoopError):
    """The store cannot be opened or written (locked, read-only, full, corrupt)."""


class QueryError(MedcoopError):
    """A SPARQL query is invalid or cannot be run."""


class QueryUsageError(QueryError):
    """A query was asked for wrongly: unknown name, missing, unknown or invalid parameter."""


class EndpointError(MedcoopError):
    """A SPARQL endpoint (remote, or the server ``medcoop serve`` starts) failed or is absent."""
