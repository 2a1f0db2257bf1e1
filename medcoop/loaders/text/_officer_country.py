"""An institution's country read from its officer's title: "Tajikistan's Deputy Minister of
Health, Malika Khakimova", "the Omani Director General of X": the country the title is given
with is the country of the institution the post is at."""

from __future__ import annotations

import re

from . import _geo
from ._doc import Doc
from ._entities import InstEntity
from ._persons import PersonEntity

# "Tajikistan's " or "the Tajik " right before the title
_OWNER = re.compile(r"(?:\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:'s|’s)|\b[Tt]he\s+([A-Z][a-z]+))\s+$")


def officer_countries(doc: Doc, insts: list[InstEntity], people: list[PersonEntity]) -> None:
    """Give an institution of no country the one country its officers' titles are given
    with."""
    found: dict[int, set[str]] = {}
    for p in people:
        for title, i, m in p.positions:
            if title is None or i is None or insts[i].country is not None:
                continue
            code = _title_country(doc, m.sent, title)
            if code is not None:
                found.setdefault(i, set()).add(code)
    for i, codes in found.items():
        if len(codes) == 1:
            insts[i].country = codes.pop()


def _title_country(doc: Doc, s: int, title: str) -> str | None:
    text = doc.sents[s].text
    for t in re.finditer(re.escape(title), text):
        owner = _OWNER.search(text[: t.start()])
        if owner is None:
            continue
        place = owner.group(1) or owner.group(2)
        if owner.group(2) is not None and not _geo.is_demonym(place):
            continue  # "the Deputy Minister": no country
        return _geo.country_of(place)
    return None
