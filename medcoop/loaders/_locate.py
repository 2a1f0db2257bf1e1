"""Find the line of a value inside a JSON or YAML text, from its path in the parsed data.

Loaders validate parsed data, and a rule broken at ``agreements[2].parties`` must be reported
at a line of the file. ``json_lines`` and ``yaml_lines`` map every path to the line (1-based)
where its value starts.
"""

from __future__ import annotations

import json
import re

import yaml

_scanstring = json.decoder.scanstring  # type: ignore[attr-defined]  # a stable, documented helper

PathKey = tuple[str | int, ...]

_WS = re.compile(r"[ \t\n\r]*")
_SCALAR = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?|true|false|null")


def json_lines(text: str) -> dict[PathKey, int]:
    """Path → line for every value of a JSON document that ``json.loads`` accepts."""
    lines: dict[PathKey, int] = {}
    newlines = [m.start() for m in re.finditer("\n", text)]

    def line_of(pos: int) -> int:
        lo, hi = 0, len(newlines)
        while lo < hi:
            mid = (lo + hi) // 2
            if newlines[mid] < pos:
                lo = mid + 1
            else:
                hi = mid
        return lo + 1

    def skip(pos: int) -> int:
        return _WS.match(text, pos).end()  # type: ignore[union-attr]

    def value(pos: int, path: PathKey) -> int:
        pos = skip(pos)
        lines[path] = line_of(pos)
        char = text[pos]
        if char == "{":
            pos = skip(pos + 1)
            if text[pos] == "}":
                return pos + 1
            while True:
                key, pos = _scanstring(text, skip(pos) + 1)
                pos = skip(pos) + 1  # the colon
                pos = skip(value(pos, (*path, key)))
                if text[pos] == "}":
                    return pos + 1
                pos += 1  # the comma
        if char == "[":
            pos = skip(pos + 1)
            if text[pos] == "]":
                return pos + 1
            index = 0
            while True:
                pos = skip(value(pos, (*path, index)))
                index += 1
                if text[pos] == "]":
                    return pos + 1
                pos += 1
        if char == '"':
            return _scanstring(text, pos + 1)[1]
        match = _SCALAR.match(text, pos)
        return match.end() if match else pos + 1

    value(0, ())
    return lines


def yaml_lines(text: str) -> dict[PathKey, int]:
    """Path → line for every value of a YAML document (first document only)."""
    lines: dict[PathKey, int] = {}

    def walk(node: yaml.Node, path: PathKey) -> None:
        lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            for key, child in node.value:
                walk(child, (*path, key.value))
                lines[(*path, key.value)] = key.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode):
            for index, child in enumerate(node.value):
                walk(child, (*path, index))

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if root is not None:
        walk(root, ())
    return lines


def nearest_line(lines: dict[PathKey, int], path: PathKey) -> int | None:
    """The line of ``path``, or of its closest ancestor that has one."""
    for end in range(len(path), -1, -1):
        line = lines.get(path[:end])
        if line is not None:
            return line
    return None

