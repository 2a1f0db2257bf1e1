"""The country of the institutions a delegation visits: the country the visit went to."""

from __future__ import annotations

import re

from . import _geo
from ._dateline_home import dateline_country
from ._doc import Doc, InstMention, PersonMention
from ._entities import InstEntity

# "the delegation visited the X", "the guests became acquainted with the work of the X",
# "the Armenian guests were received at the X", "the guests held talks at the X": X hosts the
# visitors
_VISITED = re.compile(
    r"\b(?:visited|toured|(?:became|got)\s+acquainted\s+with(?:\s+the\s+work\s+of)?|"
    r"(?:held\s+)?(?:talks|negotiations)\s+at|"
    r"(?:was|were)\s+received\s+at|arrived\s+at|"
    # "the delegation went to X"
    r"(?:went|came|travelled|traveled|moved\s+on)\s+to)"
    r"\s+(?:the\s+)?[«“\"]?$"
)
_VISITORS = re.compile(r"\b(?:delegation|guests|visitors)\b")
# "arrived in Baku", "paid a working visit to the United Arab Emirates", "a visit to New Delhi"
_DESTINATION = re.compile(
    r"\b(?:arrived\s+in|visit\s+to|trip\s+to|visited)\s+(?:the\s+)?"
    # "a working visit to the Republic of Singapore": the country after its form of state
    r"(?:(?:Republic|Kingdom|Sultanate|State|Emirate|Principality)\s+of\s+(?:the\s+)?)?"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)
_AND_PLACE = re.compile(r"\s*(?:,|and)\s+(?:the\s+)?[A-Z]")
_VISITOR_DEMONYM = re.compile(r"\b([A-Z][a-z]+)\s+(?:delegation|guests|visitors)\b")


def visit_hosts(doc: Doc, entities: list[InstEntity]) -> None:
    """Hosts of unknown country that the text's delegation visits are in the one country
    its visit went to (the first place it names, else its hosts already placed, else the
    dateline's country when nothing is placed there), never in the visitors' own."""
    hosts = {m.entity for m in doc.inst_mentions if m.entity is not None and _visited(doc, m)}
    if not hosts:
        return
    codes = _geo.countries_in(doc.text)
    # the lead's visit, not a return visit promised further on
    first = None
    for p in _DESTINATION.finditer(doc.text):
        if (c := _geo.place_code(p[1], codes)) is not None:
            # "its visit to the Kingdom of Saudi Arabia and the United Arab Emirates": no one
            first = None if _AND_PLACE.match(doc.text, p.end()) else c
            break
    dest = {first} if first else set()
    by_idx = {e.idx: e for e in entities}
    for h in hosts if first is None else []:
        e = by_idx.get(h)
        if e is None:
            continue
        code = (
            e.country
            or next((c for n in e.names if (c := _geo.city_in_name(n, codes))), None)
            or _where_demonym(doc, h)
        )
        if code:
            dest.add(code)
    home = dateline_country(doc) if not dest else None
    if home and not any(e.country == home for e in entities):
        dest.add(home)  # "Karachi – 19 November …": hosts where the release is, no one placed yet
    visits = " ".join(doc.sents[m.sent].text for m in doc.inst_mentions if m.entity in hosts)
    dest -= {c for d in _VISITOR_DEMONYM.finditer(visits) if (c := _geo.country_of(d.group(1)))}
    if len(dest) != 1:
        return
    code = dest.pop()
    for h in hosts:
        e = by_idx.get(h)
        if e is not None and e.country is None and not e.synthetic:
            e.country = code


def _visited(doc: Doc, m: InstMention) -> bool:
    sent = doc.sents[m.sent]
    before = doc.text[sent.start : m.char_start]
    verb = _VISITED.search(before)
    return verb is not None and _VISITORS.search(before[: verb.start()]) is not None


# "visited the X, where Belarusian oncologists presented …": the host's own people
# (an initial's dot is no stop: "… named after N.N. Alexandrov, where …")
_WHERE_DEMONYM = re.compile(
    r"(?:[^.;]|(?<=\b[A-Z])\.){0,80}?,\s+where\s+(?:the\s+)?([A-Z][a-z]+)\s+[a-z]+s\b"
)


def _where_demonym(doc: Doc, entity: int) -> str | None:
    for m in doc.inst_mentions:
        if m.entity != entity:
            continue
        where = _WHERE_DEMONYM.match(doc.text, m.char_end, doc.sents[m.sent].end)
        if where and _geo.is_demonym(where.group(1)):
            return _geo.country_of(where.group(1))
    return None


# "Dean X and Director Y were also present": the hosts' own people, at the meeting they hold
_ALSO_PRESENT = re.compile(r"[^;]*?\b(?:was|were)\s+also\s+(?:present|in\s+attendance)\b")


def present_host(doc: Doc, m: PersonMention) -> int | None:
    """The institution the text's delegation visited first, for a person its sentence says
    "was also present" of; else None."""
    if not _ALSO_PRESENT.match(doc.text, m.char_end, doc.sents[m.sent].end):
        return None
    visited = (x for x in sorted(doc.inst_mentions, key=lambda x: x.char_start) if _visited(doc, x))
    return next((x.entity for x in visited if x.entity is not None), None)
