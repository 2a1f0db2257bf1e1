"""CSV memorandum registers: one row per agreement; the whole file is one report.

Columns (header row required, any order, names case-insensitive, spaces or dashes allowed for
underscores):

=================  =========  ===================================================================
column             required   meaning
=================  =========  ===================================================================
date               yes*       signing date: ISO (2019-12-19), DD.MM.YYYY, YYYY-MM or YYYY
party              yes        the first party (institution name)
party_country      yes*       its ISO 3166-1 alpha-2 country code
partner            yes        the other party; several partners of one document: ``A; B``
partner_country    yes*       the partner's country code (``KR; KR`` for several partners)
kind               yes        memorandum, agreement, contract, roadmap or plan
title              yes*       the document's title
event              yes*       the event it was signed at
city               yes*       the city it was signed in
source             yes*       where the row comes from (URL or citation)
party_kind         no         institution kind of the party (default: other)
partner_kind       no         institution kind of the partner(s)
=================  =========  ===================================================================

\\* the column must be present; its cells may be empty.
"""

from __future__ import annotations

import csv
import io
import re

from medcoop.countries import is_country_code
from medcoop.errors import FactsError, InputError
from medcoop.facts import Agreement, Event, Facts, Institution
from medcoop.graph.ids import normalise, slug

NAME = "csv"
REQUIRED = ("date", "party", "party_country", "partner", "partner_country", "kind", "title",
            "event", "city", "source")
OPTIONAL = ("party_kind", "partner_kind")
_DMY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def parse(text: str, source: str) -> Facts:
    """Parse and check one register; errors name ``source`` and the line."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise InputError(f"not valid CSV: {exc}", source, 1) from exc
    if not header or not any(h.strip() for h in header):
        raise InputError("empty register: the first line must name the columns "
                         f"({', '.join(REQUIRED)})", source, 1)
    columns = [re.sub(r"[\s-]+", "_", h.strip().lower()) for h in header]
    unknown = [c for c in columns if c not in REQUIRED + OPTIONAL]
    if unknown:
        raise InputError(f"unknown column {unknown[0]!r}; the columns are "
                         f"{', '.join(REQUIRED + OPTIONAL)}", source, 1)
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise InputError(f"missing column{'s' if len(missing) > 1 else ''} "
                         f"{', '.join(missing)}; a register needs the columns "
                         f"{', '.join(REQUIRED)}", source, 1)
    builder = _Register()
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(columns):
                raise InputError(f"row has {len(row)} cells but the header names "
                                 f"{len(columns)} columns; quote cells that contain commas",
                                 source, line)
            try:
                builder.add(dict(zip(columns, (c.strip() for c in row), strict=True)))
            except FactsError as exc:
                raise InputError(_row_message(exc), source, line) from exc
    except csv.Error as exc:
        raise InputError(f"not valid CSV: {exc}", source, reader.line_num) from exc
    if not builder.facts.agreements:
        raise InputError("the register has a header but no rows", source, 1)
    return builder.facts


def _row_message(exc: FactsError) -> str:
    field = exc.path[-1] if exc.path and isinstance(exc.path[-1], str) else None
    return f"{field}: {exc.message}" if field else exc.message


class _Register:
    def __init__(self) -> None:
        self.facts = Facts()
        self.institutions: dict[str, Institution] = {}  # by normalised name
        self.by_id: dict[str, Institution] = {}
        self.events: dict[str, Event] = {}

    def add(self, row: dict[str, str]) -> None:
        partners = [p.strip() for p in row["partner"].split(";") if p.strip()]
        countries = [c.strip() for c in row["partner_country"].split(";")]
        if len(countries) == 1:
            countries *= len(partners)
        if len(countries) != len(partners):
            raise FactsError(f"{len(partners)} partners but {len(countries)} partner countries",
                             ("partner_country",))
        if not row["party"]:
            raise FactsError("every row needs a party", ("party",))
        if not partners:
            raise FactsError("every row needs a partner: an agreement has two or more parties",
                             ("partner",))
        parties = [self._institution(row["party"], row["party_country"],
                                     row.get("party_kind", ""), "party")]
        for name, code in zip(partners, countries, strict=True):
            parties.append(self._institution(name, code, row.get("partner_kind", ""),
                                             "partner"))
        date = _iso_date(row["date"])
        event = self._event(row["event"], row["city"], date) if row["event"] else None
        agreement = Agreement(
            kind=row["kind"].lower(), parties=parties, title=row["title"] or None,
            event=event, date=date, city=row["city"] or None, source=row["source"] or None)
        # Check this row alone (its own institutions and event), so errors keep their line
        # and a long register is checked in linear time.
        Facts(institutions=[self.by_id[p] for p in dict.fromkeys(parties)],
              events=[e for e in self.events.values() if e.id == event],
              agreements=[agreement]).validate()
        self.facts.agreements.append(agreement)

    def _institution(self, name: str, code: str, kind: str, column: str) -> str:
        key = normalise(name)
        inst = self.institutions.get(key)
        if inst is None:
            local_id, n = slug(name), 2
            while local_id in self.by_id:
                local_id, n = f"{slug(name)}-{n}", n + 1
            inst = Institution(id=local_id, name=name, kind=kind.lower() or "other")
            self.institutions[key] = inst
            self.by_id[local_id] = inst
            self.facts.institutions.append(inst)
        code_or_none = code.upper() or None
        if code_or_none and not is_country_code(code_or_none):
            raise FactsError(f"unknown country code {code_or_none!r}: use an ISO 3166-1 alpha-2 "
                             "code such as KZ", (f"{column}_country",))
        if code_or_none and inst.country and code_or_none != inst.country:
            raise FactsError(f"{name!r} was given country {inst.country} on an earlier row",
                             (f"{column}_country",))
        if code_or_none:
            inst.country = code_or_none
        return inst.id

    def _event(self, name: str, city: str, date: str | None) -> str:
        year = int(date[:4]) if date else None
        key = f"{normalise(name)}|{year}"
        event = self.events.get(key)
        if event is None:
            event = Event(id=f"{slug(name)}-{year}" if year else slug(name), name=name,
                          city=city or None, year=year)
            self.events[key] = event
            self.facts.events.append(event)
        return event.id


def _iso_date(value: str) -> str | None:
    if not value:
        return None
    match = _DMY.match(value)
    if match:
        day, month, year = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return value
