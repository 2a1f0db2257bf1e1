"""YAML event reports: the facts of FORMAT.md in a form a person writes by hand.

The differences from the JSON form, all optional (the JSON form is valid YAML too):

* ``institutions``, ``people`` and ``events`` may be mappings keyed by id instead of lists;
* dates may be written as YAML dates (``2019-12-19``);
* empty sections and empty fields may be left out.

See ``examples/`` and the README for a full example.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

from medcoop.errors import FactsError, InputError
from medcoop.facts import Facts
from medcoop.loaders._locate import PathKey, nearest_line, yaml_lines

NAME = "yaml"
KEYED = ("institutions", "people", "events")


class _Loader(yaml.SafeLoader):
    """YAML 1.1 without its surprises: ``NO`` (Norway) and ``on`` stay text."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"))


def parse(text: str, source: str) -> Facts:
    """Parse and check one YAML report; errors name ``source`` and the line."""
    try:
        docs = list(yaml.load_all(text, Loader=_Loader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"not valid YAML: {problem}; fix the syntax", source,
                         mark.line + 1 if mark else None) from exc
    if len(docs) != 1 or docs[0] is None:
        raise InputError("a YAML report must hold exactly one document (one report per file)",
                         source)
    data = _dates_to_text(docs[0])
    back: dict[PathKey, PathKey] = {}
    try:
        data = _unkey(data, back)
        return Facts.from_dict(data)
    except FactsError as exc:
        yaml_path = _original_path(exc.path, back)
        raise InputError(str(FactsError(exc.message, yaml_path)), source,
                         nearest_line(yaml_lines(text), yaml_path)) from exc


def _dates_to_text(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    if isinstance(value, dict):
        return {k: _dates_to_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_dates_to_text(v) for v in value]
    return value


def _unkey(data: Any, back: dict[PathKey, PathKey]) -> Any:
    """Turn ``{id: {...}}`` sections into lists of ``{"id": id, ...}``, remembering the keys."""
    if not isinstance(data, dict):
        return data
    out = dict(data)
    for section in KEYED:
        items = data.get(section)
        if not isinstance(items, dict):
            continue
        rows = []
        for index, (key, body) in enumerate(items.items()):
            if body is None:
                body = {}
            if not isinstance(body, dict):
                raise FactsError("expected the fields of this entry (name, …)", (section, key))
            if "id" in body and body["id"] != key:
                raise FactsError(f"id {body['id']!r} differs from its key {key!r}",
                                 (section, key, "id"))
            rows.append({"id": str(key), **body})
            back[(section, index)] = (section, key)
        out[section] = rows
    return out


def _original_path(path: PathKey, back: dict[PathKey, PathKey]) -> PathKey:
    head = back.get(path[:2])
    return (*head, *path[2:]) if head else path
