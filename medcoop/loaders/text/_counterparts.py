"""The country of an agreement's unplaced party read from its placed counterpart: in a text
that names two countries only, as a pair too ("the Armenian–Czech forum"), and places
institutions of both, the counterpart's country leaves the other one."""

from __future__ import annotations

import itertools
import re
from collections.abc import Set as AbstractSet

from . import _geo
from ._doc import Doc
from ._entities import InstEntity


def counterpart_countries(doc: Doc, entities: list[InstEntity], parties: list[list[int]]) -> None:
    """ "Armenian–Czech forum … A and B (Prague) signed a memorandum": A is Armenian."""
    named = _geo.countries_in(doc.text)
    placed = {e.country for e in entities if e.country and not e.synthetic}
    sides = _signing_sides(doc.text) or _envoy_sides(doc.text)
    if len(named) != 2 and sides is not None and sides & placed:
        named = sides  # "signed between Czech and Uzbek organisations", a third country aside
    elif (
        len(named) != 2
        or placed != named
        or not (_names_pair(doc.text, named) or _TWO_COUNTRIES.search(doc.text))
    ):
        return
    a_code, b_code = sorted(named)
    other = {a_code: b_code, b_code: a_code}
    for group in [*parties, *_talks(doc), *_between(doc)]:
        if len(group) != 2:
            continue
        a, b = (entities[p] for p in group)
        for known, unknown in ((a, b), (b, a)):
            if unknown.country is None and not unknown.synthetic and known.country in other:
                unknown.country = other[known.country]


# "… between the clinics of the two countries": the text's two countries are the pair
_TWO_COUNTRIES = re.compile(r"\b(?:the\s+two|both)\s+countries\b")
_PAIR = re.compile(
    r"\b([A-Z][\w'’]+)(?:\s*[–—-]\s*|\s+and\s+|\s+(?:Medicine|Healthcare|Health)\s+in\s+)"
    r"([A-Z][\w'’]+)\b"
)


# "cooperation between the Russian republic of Tatarstan and the Sultanate of Oman"
_BETWEEN = re.compile(
    r"\bbetween\s+(?:the\s+)?([^.;,]{2,50}?)\s+and\s+(?:the\s+)?([^.;,]{2,50}?)"
    r"(?=\s+(?:were|was|have|has|signed|for|on)\b|[.;,])"
)


# "documents were signed between Czech and Uzbek medical organisations": the sides of what
# was signed, whatever other countries the text names
_SIDES = re.compile(
    r"\bsigned\s+between\s+(?:the\s+)?([A-Z][a-z]+)\s+and\s+(?:the\s+)?([A-Z][a-z]+)\s+"
    r"(?:[a-z-]+\s+){0,2}(?:organi[sz]ations|institutions|clinics|universities|hospitals|"
    r"centres|centers|partners|companies)\b"
)


# "… attended by the Canadian Ambassador to Ethiopia": an envoy names the two sides
_ENVOY = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:Ambassador|Consul(?:\s+General)?|Envoy)\s+to\s+(?:the\s+)?"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


def _envoy_sides(text: str) -> frozenset[str] | None:
    found = {
        frozenset((a, b))
        for m in _ENVOY.finditer(text)
        if _geo.is_demonym(m.group(1))
        and (a := _geo.country_of(m.group(1)))
        and (b := _geo.place_country(m.group(2)))
        and a != b
    }
    return found.pop() if len(found) == 1 else None


def _signing_sides(text: str) -> frozenset[str] | None:
    found = {
        frozenset((a, b))
        for m in _SIDES.finditer(text)
        if _geo.is_demonym(m.group(1))
        and _geo.is_demonym(m.group(2))
        and (a := _geo.country_of(m.group(1)))
        and (b := _geo.country_of(m.group(2)))
        and a != b
    }
    return found.pop() if len(found) == 1 else None


def _names_pair(text: str, codes: AbstractSet[str]) -> bool:
    """The text names its two countries as a pair: "Armenian–Czech", "Uzbek and Hungarian",
    "Days of Latvian Medicine in Georgia", "between <a place of one> and <one of the other>"."""
    if any(
        {_geo.place_country(m.group(1)), _geo.place_country(m.group(2))} == codes
        for m in _PAIR.finditer(text)
    ):
        return True
    for m in _BETWEEN.finditer(text):
        a, b = _geo.countries_in(m.group(1)), _geo.countries_in(m.group(2))
        if len(a) == len(b) == 1 and a | b == codes:
            return True
    return False


def _talks(doc: Doc) -> list[list[int]]:
    """ "A held talks with B", "A met with B": the two institutions of a sentence that joins
    them by "with" (whatever was or was not signed)."""
    out: list[list[int]] = []
    for s in range(len(doc.sents)):
        found = sorted(
            (m.char_start, m.char_end, m.entity)
            for m in doc.inst_mentions
            if m.sent == s and m.entity is not None
        )
        if len({e for _, _, e in found}) != 2 or len(found) != 2:
            continue
        (_, a_end, a), (b_start, _, b) = found
        if _WITH.search(doc.text[a_end:b_start]) and a is not None and b is not None:
            out.append([a, b])
    return out


_WITH = re.compile(r"^\s+(?:[a-z]+\s+){0,3}with\s+(?:the\s+)?$")


_BETWEEN_END = re.compile(r"\bbetween\s+(?:the\s+)?$")
_AND_THE = re.compile(r"^\s+and\s+(?:the\s+)?$")


def _between(doc: Doc) -> list[list[int]]:
    """ "an agreement between A and B is being prepared": the two sides of a document, signed
    or not."""
    out: list[list[int]] = []
    found = sorted(
        (m.char_start, m.char_end, m.entity) for m in doc.inst_mentions if m.entity is not None
    )
    for (a_start, a_end, a), (b_start, _, b) in itertools.pairwise(found):
        if a == b or a is None or b is None or not _AND_THE.match(doc.text[a_end:b_start]):
            continue
        if _BETWEEN_END.search(doc.text, max(0, a_start - 20), a_start):
            out.append([a, b])
    return out
