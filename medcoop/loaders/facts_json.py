"""Facts JSON: the corpus format of FORMAT.md, one report per file."""

from __future__ import annotations

import json

from medcoop.errors import FactsError, InputError
from medcoop.facts import Facts
from medcoop.loaders._locate import json_lines, nearest_line

NAME = "facts-json"


def parse(text: str, source: str) -> Facts:
    """Parse and check one facts JSON document; errors name ``source`` and the line."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg} (column {exc.colno}); fix the syntax",
                         source, exc.lineno) from exc
    try:
        return Facts.from_dict(data)
    except FactsError as exc:
        line = nearest_line(json_lines(text), exc.path)
        raise InputError(str(exc), source, line) from exc
