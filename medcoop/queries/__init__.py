"""Questions analysts ask: named SPARQL queries (the ``.rq`` files here) and their runner.

:mod:`.runner` reads the files and binds parameters, :mod:`.results` renders results,
:mod:`.remote` talks to remote SPARQL endpoints, :mod:`.server` runs the local endpoint.
"""

from __future__ import annotations

from medcoop.queries.runner import (
    PARAM_TYPES,
    LocalEngine,
    NamedQuery,
    Param,
    named_queries,
    named_query,
    parse_query,
    run_query,
)

__all__ = ["PARAM_TYPES", "LocalEngine", "NamedQuery", "Param", "named_queries", "named_query",
           "parse_query", "run_query"]
