"""The country of a release's own institution read from its dateline: "Minsk, 4 June 2025"
over a release that closes with "Press service of RSPC "Cardiology"" places RSPC in Belarus."""

from __future__ import annotations

import re

from . import _geo
from ._dates import dateline
from ._doc import Doc, pattern
from ._entities import InstEntity

# "Minsk, 4 June 2025", "PETAH TIKVA, Israel — 3 September 2024": the place before the date
_PLACE = re.compile(r"^\s*(?P<place>[A-Za-z][\w .'’-]{1,40}?)\s*(?:,|[–—])")


def dateline_country(doc: Doc) -> str | None:
    """The country of the place a dateline among the first lines names."""
    for line in [ln for ln in doc.lines if ln.strip()][:3]:
        head = re.split(r"\s+[–—]\s+", line)[0] if len(line) > 60 else line
        if dateline(line) is None and dateline(head) is None:
            continue
        m = _PLACE.match(line)
        if m is None:
            return None
        parts = [p.strip() for p in re.split(r"[,–—]", line) if p.strip()]
        found = [c for p in parts[:2] if (c := _geo.country_of(p))]
        if found:
            return found[0]
        # a city alone places as a city in a name does: when the text names its country
        code = _geo.city_country(m.group("place").strip().title())
        return code if code in _geo.countries_in(doc.text) else None
    return None


def dateline_city(doc: Doc) -> str | None:
    """The city a dateline among the first lines names ("Baku, 3 May 2024": Baku)."""
    for line in [ln for ln in doc.lines if ln.strip()][:3]:
        head = re.split(r"\s+[–—]\s+", line)[0] if len(line) > 60 else line
        # "Ashgabat, 19 September 2023 (TDH). On 17 September …": a dateline run into the text
        lead = re.split(r"(?<=[.)])\s+(?=[A-Z])", line)[0]
        if dateline(line) is None and dateline(head) is None and dateline(lead) is None:
            continue
        m = _PLACE.match(line)
        place = m.group("place").strip().title() if m else ""
        return place if m and _geo.city_country(place) else None
    return None


def publisher_country(doc: Doc, entities: list[InstEntity]) -> None:
    """The institution the closing press-service line names is where its dateline is."""
    if not doc.publisher:
        return
    code = dateline_country(doc)
    if code is None:
        return
    own = [
        e
        for e in entities
        if not e.synthetic
        and any(
            pattern(rf"(?<!\w){re.escape(n)}(?!\w)").search(doc.publisher)
            for n in [*e.names, *e.acronyms]
            if len(n) > 2
        )
    ]
    if len(own) == 1 and own[0].country is None:
        own[0].country = code
