"""Named events: "Days of Kazakh Medicine in Tajikistan", "… Healthcare Forum", meetings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import _geo
from ._dates import find_range
from ._doc import Doc, norm, words

_CAP = r"[A-Z][\w’'-]*"
_EVENT = re.compile(
    r"(?:(?:the|a|an)\s+)?(?P<name>"
    r"(?:" + _CAP + r"\s+(?:[–-]\s+)?){1,6}(?P<h1>Forum|Days|Day|Conference|Congress|Summit|"
    r"Exhibition|Expo|Festival|Week|Symposium|Olympiad|Fair)"
    r"(?:\s+[\"“«][^\"”»\n]{2,60}[\"”»])?"  # Conference "Semey Readings – 2022"
    r"(?:\s+(?:of|in|on)\s+(?:the\s+)?" + _CAP + r"(?:\s+(?:" + _CAP + r"|of|and))*){0,2}"
    r"|(?P<h2>Days|Day|Week)\s+of\s+"
    + _CAP
    + r"(?:\s+[\w’'-]+){0,2}?\s+(?:in|on)\s+(?:the\s+)?"
    + _CAP
    + r"(?:\s+"
    + _CAP
    + r")?"
    + r"|"
    + _CAP
    + r"\s+(?:"
    + _CAP
    + r"\s+)?(?:medicine|health(?:care)?)\s+(?:days|week|forum)"
    r"(?:\s+in\s+" + _CAP + r")?"
    r"|[a-z]+\s+(?:meeting|session|conference)\s+of\s+the\s+"
    + _CAP
    + r"(?:\s+(?:"
    + _CAP
    + r"|for|of))*"
    + r")"
)
_STOPWORDS = frozenset(["the", "a", "an", "on", "in", "at", "during", "within", "of"])


@dataclass
class EventEntity:
    idx: int
    names: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, int]] = field(default_factory=list)  # (sent, start, end)
    city: str | None = None
    country: str | None = None
    start: str | None = None
    end: str | None = None
    year: int | None = None


def _clean(name: str) -> str:
    name = re.split(
        r"\s+(?:on|in)\s+(?=(?:January|February|March|April|May|June|July|August|"
        r"September|October|November|December)\b)",
        name,
    )[0]
    parts = name.split()
    while parts and parts[0].casefold() in _STOPWORDS | {"international"} and len(parts) > 2:
        if parts[0].casefold() == "international":
            break
        parts.pop(0)
    while parts and parts[-1].casefold() in _STOPWORDS | {"and", "for"}:
        parts.pop()
    return " ".join(parts)


def _same(a: str, b: str) -> bool:
    wa, wb = set(words(a)), set(words(b))
    short, long_ = sorted((wa, wb), key=len)
    return len(short) >= 2 and short <= long_


def find_events(doc: Doc, year: int | None) -> list[EventEntity]:
    events: list[EventEntity] = []
    for s, sent in enumerate(doc.sents):
        if doc.title_line is not None and sent.line == doc.title_line:
            continue
        for m in _EVENT.finditer(sent.text):
            name = _clean(m.group("name"))
            if len(words(name)) < 2 or doc.rules.trigger_re.fullmatch(name):
                continue
            first = name.split()[0]
            if first.casefold() in ("press",):
                continue
            target = next((e for e in events if any(_same(name, n) for n in e.names)), None)
            if target is None:
                target = EventEntity(len(events))
                events.append(target)
            if norm(name) not in {norm(n) for n in target.names}:
                target.names.append(name)
            target.spans.append((s, sent.start + m.start("name"), sent.start + m.end("name")))
    for e in events:
        e.names.sort(key=lambda n: -len(words(n)))
        _details(doc, e, year)
    return events


def _details(doc: Doc, e: EventEntity, year: int | None) -> None:
    for s, _, _ in e.spans:
        text = doc.sents[s].text
        rng = find_range(text)
        if rng and e.start is None:
            e.start, e.end, y = rng
            e.year = y or year
        if e.city is None:
            for cm in re.finditer(r"\b(?:in|at)\s+([A-Z][\w-]+)|^([A-Z][\w-]+)\s+hosted", text):
                city = cm.group(1) or cm.group(2)
                if _geo.city_country(city):
                    e.city = city
                    break
    in_country = re.search(r"\bin\s+(?:the\s+)?([A-Z]\w+(?:\s+[A-Z]\w+)?)$", e.names[0])
    if in_country:
        e.country = _geo.country_of(in_country.group(1))
    if e.year is None and e.start is None:
        e.year = None
