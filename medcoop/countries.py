"""Country and city gazetteer shipped with medcoop.

Two CSV files in :mod:`medcoop.data` back this module:

``countries.csv``
    ``code,name,wikidata,names,demonyms`` with one row per ISO 3166-1 alpha-2 code.
    ``wikidata`` is the QID of the country entity, or empty where it could not be
    confirmed. ``names`` and ``demonyms`` are ``|``-separated lists.
``cities.csv``
    ``name,country,aliases`` where ``country`` is an alpha-2 code from
    ``countries.csv`` and ``aliases`` is a ``|``-separated list.

Lookup keys are normalised with :func:`normalize_key` (whitespace collapsed, then
case-folded). The loaders validate every row and refuse a file in which one key would
point at two different countries, raising :class:`GazetteerError` naming the file and
line. Nothing is read at import time; each table is loaded once on first use and
cached. The returned dictionaries are shared by all callers and must not be mutated.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TypeAlias

__all__ = [
    "City",
    "Country",
    "GazetteerError",
    "UnknownCountryError",
    "cities",
    "city_country",
    "countries",
    "country",
    "country_lookup",
    "is_country_code",
    "normalize_key",
]

DATA_PACKAGE = "medcoop.data"
COUNTRIES_FILE = "countries.csv"
CITIES_FILE = "cities.csv"
COUNTRY_COLUMNS = ("code", "name", "wikidata", "names", "demonyms")
CITY_COLUMNS = ("name", "country", "aliases")

_CODE_RE = re.compile(r"^[A-Z]{2}$")
_QID_RE = re.compile(r"^Q[1-9][0-9]*$")

_Source: TypeAlias = "str | os.PathLike[str] | Traversable"


class UnknownCountryError(ValueError):
    """Raised for a string that is not an ISO 3166-1 alpha-2 code known to medcoop."""


class GazetteerError(ValueError):
    """Raised when a gazetteer CSV file is malformed or internally inconsistent."""

    def __init__(self, source: str, line: int, message: str) -> None:
        super().__init__(f"{source}:{line}: {message}")
        self.source = source
        self.line = line


@dataclass(frozen=True, slots=True)
class Country:
    """One ISO 3166-1 country or territory."""

    code: str
    name: str
    wikidata: str | None
    names: tuple[str, ...]
    demonyms: tuple[str, ...]

    @property
    def wikidata_iri(self) -> str | None:
        """The Wikidata entity IRI, or ``None`` if the QID is unknown."""
        return None if self.wikidata is None else f"http://www.wikidata.org/entity/{self.wikidata}"

    def labels(self) -> tuple[str, ...]:
        """Every name and demonym by which the country may be mentioned."""
        return (self.name, *self.names, *self.demonyms)


@dataclass(frozen=True, slots=True)
class City:
    """A city and the alpha-2 code of the country it lies in."""

    name: str
    country: str
    aliases: tuple[str, ...]

    def labels(self) -> tuple[str, ...]:
        """The city's name followed by its aliases."""
        return (self.name, *self.aliases)


def normalize_key(text: str) -> str:
    """Return the lookup key for ``text``: whitespace collapsed, then case-folded."""
    return " ".join(text.split()).casefold()


# --------------------------------------------------------------------------- public API


@cache
def countries() -> dict[str, Country]:
    """All countries of ``countries.csv``, keyed by alpha-2 code."""
    return _parse_countries(files(DATA_PACKAGE).joinpath(COUNTRIES_FILE))


@cache
def country_lookup() -> dict[str, str]:
    """Map each normalised country name, long name and demonym to its alpha-2 code."""
    return _country_keys(countries().values(), f"{DATA_PACKAGE}/{COUNTRIES_FILE}")


@cache
def cities() -> dict[str, City]:
    """All cities of ``cities.csv``, keyed by the normalised name and by each alias."""
    return _parse_cities(files(DATA_PACKAGE).joinpath(CITIES_FILE), countries())


def country(code: str) -> Country:
    """Return the country with alpha-2 ``code`` or raise :class:`UnknownCountryError`."""
    found = countries().get(code) if isinstance(code, str) else None
    if found is not None:
        return found
    hint = ""
    if isinstance(code, str) and code.strip().upper() in countries():
        hint = f" (codes are upper-case: did you mean {code.strip().upper()!r}?)"
    raise UnknownCountryError(
        f"unknown country code {code!r}: use an ISO 3166-1 alpha-2 code such as KZ{hint}"
    )


def is_country_code(code: object) -> bool:
    """True if ``code`` is exactly an (upper-case) ISO 3166-1 alpha-2 code in the table."""
    return isinstance(code, str) and code in countries()


def city_country(name: str) -> str | None:
    """Alpha-2 code of the country of the city called ``name`` (any alias), else ``None``."""
    found = cities().get(normalize_key(name))
    return None if found is None else found.country


# --------------------------------------------------------------------------- parsing


def _source_name(source: _Source) -> str:
    return os.fspath(source) if isinstance(source, (str, os.PathLike)) else str(source)


def _rows(source: _Source, columns: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(line, fields)`` for each data row after checking the header."""
    name = _source_name(source)
    opened = Path(source) if isinstance(source, (str, os.PathLike)) else source
    data = opened.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise GazetteerError(name, line, f"not valid UTF-8: {exc.reason}") from exc
    reader = csv.reader(io.StringIO(text), strict=True)
    try:
        header = next(reader, None)
        if header is None:
            raise GazetteerError(name, 1, "file is empty: expected a header row")
        if tuple(h.strip() for h in header) != columns:
            raise GazetteerError(
                name, reader.line_num, f"header must be {','.join(columns)}, got {header}"
            )
        for fields in reader:
            if not fields:
                continue
            if len(fields) != len(columns):
                raise GazetteerError(
                    name,
                    reader.line_num,
                    f"expected {len(columns)} columns ({','.join(columns)}), got {len(fields)}",
                )
            yield reader.line_num, [f.strip() for f in fields]
    except csv.Error as exc:
        raise GazetteerError(name, reader.line_num, f"CSV syntax error: {exc}") from exc


def _split(field: str, column: str, source: str, line: int) -> tuple[str, ...]:
    if not field:
        return ()
    parts = tuple(p.strip() for p in field.split("|"))
    if any(not p for p in parts):
        raise GazetteerError(source, line, f"empty entry in {column!r} list {field!r}")
    return parts


def _parse_countries(source: _Source) -> dict[str, Country]:
    """Read and validate a countries CSV file; see the module docstring for the format."""
    name = _source_name(source)
    result: dict[str, Country] = {}
    lines: dict[str, int] = {}
    qid_owner: dict[str, str] = {}
    for line, (code, label, qid, names, demonyms) in _rows(source, COUNTRY_COLUMNS):
        if not _CODE_RE.fullmatch(code):
            raise GazetteerError(
                name, line, f"bad country code {code!r}: expected two upper-case letters"
            )
        if code in result:
            raise GazetteerError(
                name, line, f"duplicate country code {code} (first on line {lines[code]})"
            )
        if not label:
            raise GazetteerError(name, line, f"country {code} has an empty name")
        if qid:
            if not _QID_RE.fullmatch(qid):
                raise GazetteerError(
                    name, line, f"bad Wikidata QID {qid!r} for {code}: expected Q<number>"
                )
            if qid in qid_owner:
                raise GazetteerError(
                    name, line, f"Wikidata QID {qid} of {code} is already used by {qid_owner[qid]}"
                )
            qid_owner[qid] = code
        result[code] = Country(
            code=code,
            name=label,
            wikidata=qid or None,
            names=_split(names, "names", name, line),
            demonyms=_split(demonyms, "demonyms", name, line),
        )
        lines[code] = line
    if not result:
        raise GazetteerError(name, 1, "no country rows")
    _country_keys(result.values(), name, lines)
    return result


def _country_keys(
    rows: Iterable[Country], source: str, lines: Mapping[str, int] | None = None
) -> dict[str, str]:
    """Build the key -> code map, raising if one key would name two countries."""
    lines = lines or {}
    keys: dict[str, str] = {}
    for entry in rows:
        for label in entry.labels():
            key = normalize_key(label)
            owner = keys.setdefault(key, entry.code)
            if owner != entry.code:
                raise GazetteerError(
                    source,
                    lines.get(entry.code, 0),
                    f"{label!r} would name both {owner} (line {lines.get(owner, 0)}) "
                    f"and {entry.code}; drop the ambiguous label",
                )
    return keys


def _parse_cities(source: _Source, known: Mapping[str, Country]) -> dict[str, City]:
    """Read and validate a cities CSV file against the ``known`` countries."""
    name = _source_name(source)
    result: dict[str, City] = {}
    lines: dict[str, int] = {}
    for line, (label, code, aliases) in _rows(source, CITY_COLUMNS):
        if not label:
            raise GazetteerError(name, line, "city with an empty name")
        if code not in known:
            raise GazetteerError(name, line, f"city {label!r} has unknown country code {code!r}")
        city = City(name=label, country=code, aliases=_split(aliases, "aliases", name, line))
        for text in city.labels():
            key = normalize_key(text)
            previous = result.get(key)
            if previous is not None and previous is not city:
                where = f"{previous.name}, {previous.country} (line {lines[key]})"
                raise GazetteerError(
                    name, line, f"{text!r} of {label}, {code} clashes with {where}"
                )
            result[key] = city
            lines[key] = line
    return result
