"""What a partnership map is drawn from: institutions, agreements and counts-only figures.

:func:`read_map_data` is the only part that touches the store: it runs the ``map_*.rq`` queries
in every report graph (see the queries for why not over their union) and hands their rows to
:meth:`MapData.from_rows`, which is pure, as is :func:`filter_map_data`. The NetworkX graphs are
built from a :class:`MapData` in :mod:`medcoop.graph.network`.

Dates are kept as ISO text of varying precision ("2023-10-05", "2023-10", "2023"). An
agreement's *when* is its signing date, or else the date or year of the event it was signed at;
date filters compare the whole span a partial date covers, so "2023" passes ``since=2023-06``.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

from medcoop.countries import country as country_info
from medcoop.ontology import agreement_kinds, institution_kinds

if TYPE_CHECKING:
    from medcoop.graph.store import Store

Row = Mapping[str, str | None]

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def short_name(iri: str) -> str:
    """The last segment of an IRI: a readable stand-in for a node without a label."""
    return re.split(r"[/#]", iri.rstrip("/#"))[-1] or iri


@dataclass(frozen=True, order=True)
class Source:
    """A report a fact comes from."""

    iri: str
    title: str | None = None
    file: str | None = None

    @property
    def label(self) -> str:
        return self.title or self.file or short_name(self.iri)


@dataclass(frozen=True)
class InstitutionInfo:
    iri: str
    label: str
    country: str | None
    kind: str


@dataclass(frozen=True)
class AgreementInfo:
    """One agreement: ``date`` is its own signing date, ``when`` the date used to filter it."""

    iri: str
    kind: str
    title: str | None
    date: str | None
    when: str | None
    event: str | None
    parties: tuple[str, ...]
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class CountInfo:
    """A number of agreements a report gives only as a figure, between ``countries``."""

    iri: str
    number: int
    countries: tuple[str, ...]
    event: str | None
    when: str | None
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class MapFilter:
    """Which agreements a map shows. Empty fields select everything.

    ``countries``: agreements with at least one party (counts: one country) in these countries.
    ``since`` / ``until``: ISO dates, year-months or years, inclusive. ``event``: a piece of the
    event's name, any case.
    """

    countries: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    event: str | None = None

    def __post_init__(self) -> None:
        codes = tuple(sorted({c.strip().upper() for c in self.countries}))
        for code in codes:
            country_info(code)  # raises UnknownCountryError, a ValueError naming the code
        object.__setattr__(self, "countries", codes)
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and date_span(value) is None:
                raise ValueError(f"{name} {value!r} is not a date: write YYYY, YYYY-MM or "
                                 "YYYY-MM-DD")

    @property
    def active(self) -> bool:
        return bool(self.countries or self.since or self.until or self.event)

    def describe(self) -> str:
        """The filters in words, for a caption; "" when none."""
        parts = []
        if self.countries:
            parts.append("countries " + ", ".join(self.countries))
        if self.since:
            parts.append(f"since {self.since}")
        if self.until:
            parts.append(f"until {self.until}")
        if self.event:
            parts.append(f"event name contains \u201c{self.event}\u201d")
        return "; ".join(parts)


@dataclass(frozen=True)
class MapData:
    """Everything a map shows, with the filter that selected it and what it left out."""

    institutions: Mapping[str, InstitutionInfo]
    agreements: tuple[AgreementInfo, ...]
    counts: tuple[CountInfo, ...]
    filter: MapFilter = field(default_factory=MapFilter)
    left_out: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def from_rows(cls, rows: Mapping[str, Iterable[Row]]) -> MapData:
        """Fold the rows of the ``map_*.rq`` queries, keyed by query name without ``map_``.

        Each row maps a variable name to its value as text, or None when unbound.
        """
        events = _events(rows["events"])
        reports = _reports(rows["reports"])
        return cls(_institutions(rows["institutions"]),
                   _agreements(rows["agreements"], rows["parties"], events, reports),
                   _counts(rows["counts"], events, reports))

    @property
    def sources(self) -> tuple[Source, ...]:
        found = {s for a in self.agreements for s in a.sources}
        found.update(s for c in self.counts for s in c.sources)
        return tuple(sorted(found))


# -- reading -----------------------------------------------------------------------------------

@cache
def _query(name: str) -> str:
    return (files("medcoop.graph") / "sparql" / f"{name}.rq").read_text(encoding="utf-8")


def _rows(store: Store, name: str) -> list[dict[str, str | None]]:
    result = store.query(_query(name))
    names = [v.value for v in result.variables]
    return [dict(zip(names, [None if t is None else t.value for t in row], strict=True))
            for row in result]


QUERIES = ("institutions", "agreements", "parties", "counts", "events", "reports")


def read_map_data(store: Store, flt: MapFilter | None = None) -> MapData:
    """Read the map's data from the store's report graphs, then filter it."""
    data = MapData.from_rows({name: _rows(store, f"map_{name}") for name in QUERIES})
    return filter_map_data(data, flt) if flt is not None else data


def _first(values: Iterable[str | None]) -> str | None:
    """One value of several, the same on every run: the smallest."""
    present = sorted(v for v in values if v)
    return present[0] if present else None


def _fold(rows: Iterable[Row], node: str, keys: tuple[str, ...]) -> dict[str, dict[str, set[str]]]:
    """Per node, the set of values each key takes over all rows (reports may disagree)."""
    seen: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in rows:
        values = seen[row[node] or ""]
        for key in keys:
            if row.get(key):
                values[key].add(row[key] or "")
    return seen


def _institutions(rows: Iterable[Row]) -> dict[str, InstitutionInfo]:
    kind_of = {str(v): k for k, v in institution_kinds().items()}
    seen = _fold(rows, "institution", ("label", "country", "class"))
    out = {}
    for iri, node in sorted(seen.items()):
        kinds = sorted(kind_of[c] for c in node["class"] if c in kind_of)
        specific = [k for k in kinds if k != "other"]
        out[iri] = InstitutionInfo(iri=iri, label=_first(node["label"]) or short_name(iri),
                                   country=_first(node["country"]),
                                   kind=(specific or kinds or ["other"])[0])
    return out


@dataclass(frozen=True)
class _Event:
    label: str | None
    when: str | None  # its start date with a year, or its year


def _events(rows: Iterable[Row]) -> dict[str, _Event]:
    fields = _fold(rows, "event", ("label", "year", "start"))
    out = {}
    for iri, node in fields.items():
        year, start = _first(node["year"]), _first(node["start"])
        if start and start.startswith("--"):  # month and day: the year may be known apart
            start = f"{year}{start[1:]}" if year else None
        out[iri] = _Event(_first(node["label"]), start or year)
    return out


def _reports(rows: Iterable[Row]) -> dict[str, Source]:
    fields: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in rows:
        node = fields[row["report"] or ""]
        for key in ("title", "file"):
            if row.get(key):
                node[key].add(row[key] or "")
    return {iri: Source(iri, _first(node["title"]), _first(node["file"]))
            for iri, node in fields.items()}


def _own_date(value: str | None, event: _Event | None) -> str | None:
    if value and value.startswith("--"):  # month and day: the event may tell the year
        year = event.when[:4] if event and event.when else None
        return f"{year}{value[1:]}" if year else None
    return value or None


def _agreements(rows: Iterable[Row], party_rows: Iterable[Row], events: dict[str, _Event],
                reports: dict[str, Source]) -> tuple[AgreementInfo, ...]:
    kind_of = {str(v): k for k, v in agreement_kinds().items()}
    fields: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in rows:
        node = fields[row["agreement"] or ""]
        if row.get("class") in kind_of:
            node["kind"].add(kind_of[row["class"] or ""])
        for key in ("title", "date", "event", "report"):
            if row.get(key):
                node[key].add(row[key] or "")
    parties: dict[str, set[str]] = defaultdict(set)
    for row in party_rows:
        parties[row["agreement"] or ""].add(row["party"] or "")
    out = []
    for iri, node in sorted(fields.items()):
        event = events.get(_first(node["event"]) or "")
        own = _first(_own_date(d, event) for d in node["date"])
        out.append(AgreementInfo(
            iri=iri, kind=_first(node["kind"]) or "agreement", title=_first(node["title"]),
            date=own, when=own or (event.when if event else None),
            event=event.label if event else None, parties=tuple(sorted(parties.get(iri, ()))),
            sources=_sources(node["report"], reports)))
    return tuple(out)


def _sources(iris: Iterable[str], reports: dict[str, Source]) -> tuple[Source, ...]:
    return tuple(sorted(reports.get(iri) or Source(iri) for iri in iris))


def _counts(rows: Iterable[Row], events: dict[str, _Event],
            reports: dict[str, Source]) -> tuple[CountInfo, ...]:
    fields: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in rows:
        node = fields[row["node"] or ""]
        for key in ("number", "country", "event", "report"):
            if row.get(key):
                node[key].add(row[key] or "")
    out = []
    for iri, node in sorted(fields.items()):
        event = events.get(_first(node["event"]) or "")
        out.append(CountInfo(
            iri=iri, number=max((int(n) for n in node["number"]), default=0),
            countries=tuple(sorted(node["country"])), event=event.label if event else None,
            when=event.when if event else None, sources=_sources(node["report"], reports)))
    return tuple(out)


# -- filtering ---------------------------------------------------------------------------------

def date_span(value: str) -> tuple[date, date] | None:
    """The first and last day an ISO date, year-month or year covers; None if not a date."""
    match = _DATE.match(value)
    if match is None:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, day), date(year, month, day)
    except ValueError:
        return None


def _in_range(when: str | None, flt: MapFilter) -> bool:
    if not (flt.since or flt.until):
        return True
    span = date_span(when) if when else None
    if span is None:
        return False
    if flt.since and span[1] < date_span(flt.since)[0]:  # type: ignore[index]
        return False
    return not (flt.until and span[0] > date_span(flt.until)[1])  # type: ignore[index]


def _event_matches(event: str | None, flt: MapFilter) -> bool:
    return not flt.event or (event is not None and flt.event.casefold() in event.casefold())


def filter_map_data(data: MapData, flt: MapFilter) -> MapData:
    """The agreements and counts ``flt`` selects; ``left_out`` says why others went."""
    left: dict[str, int] = defaultdict(int)
    wanted = set(flt.countries)

    def country_of(iri: str) -> str | None:
        info = data.institutions.get(iri)
        return info.country if info else None

    agreements = []
    for agr in data.agreements:
        if wanted and not wanted & {country_of(p) for p in agr.parties}:
            left["agreements outside the countries"] += 1
        elif not _event_matches(agr.event, flt):
            left["agreements at other events"] += 1
        elif not _in_range(agr.when, flt):
            left["undated agreements" if agr.when is None else
                 "agreements outside the dates"] += 1
        else:
            agreements.append(agr)
    counts = []
    for cnt in data.counts:
        if wanted and not wanted & set(cnt.countries):
            left["counts outside the countries"] += 1
        elif not _event_matches(cnt.event, flt) or not _in_range(cnt.when, flt):
            left["counts at other events or dates"] += 1
        else:
            counts.append(cnt)
    return replace(data, agreements=tuple(agreements), counts=tuple(counts), filter=flt,
                   left_out=dict(left))
