"""Countries and cities through :mod:`medcoop.countries` (owned by another module)."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Set as AbstractSet
from typing import Any

log = logging.getLogger(__name__)


@functools.cache
def _module() -> Any:
    try:
        from medcoop import countries
    except ImportError:  # pragma: no cover - only while the module is being written
        log.warning("medcoop.countries is not available: no country or city look-ups")
        return None
    return countries


@functools.cache
def country_names() -> dict[str, str]:
    """casefolded country name / long name / demonym -> ISO code."""
    mod = _module()
    if mod is None:
        return {}
    try:
        table = dict(mod.country_lookup())
    except Exception:
        log.exception("country_lookup() failed")
        return {}
    return {k.casefold(): v for k, v in table.items() if k}


@functools.cache
def country_regex() -> re.Pattern[str] | None:
    names = sorted(country_names(), key=len, reverse=True)
    if not names:
        return None
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names if len(n) > 1)
    return re.compile(r"(?<![\w-])(?:the\s+)?(" + alt + r")(?:'s|’s)?(?![\w])", re.IGNORECASE)


_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


@functools.cache
def _place_names() -> dict[str, str]:
    """Country names and demonyms, and the regions of the gazetteer ("Tatarstan" -> RU): a
    text that names a country's region names the country for the rules that place a city."""
    from ._rules import rules

    return {**rules().regions, **country_names()}


@functools.cache
def _max_words() -> int:
    return max((len(k.split()) for k in _place_names()), default=1)


@functools.cache
def _first_words() -> frozenset[str]:
    """The first word of every place name (words hold no spaces, so an n-gram that is a name
    starts with one of these)."""
    return frozenset(k.split(" ")[0] for k in _place_names())


@functools.lru_cache(maxsize=4)
def countries_in(text: str) -> frozenset[str]:
    """Codes of the countries a text names: a dictionary look-up of word n-grams, much
    faster on a whole report than the alternation of :func:`country_regex`. Cached: the
    country rules ask it of the same report several times."""
    names = _place_names()
    if not country_names():
        return frozenset()
    raw = [m.group().rstrip(".") for m in _WORD.finditer(text)]
    ws = [w.casefold() for w in raw]
    ws = [w[:-2] if w.endswith(("'s", "’s")) else w for w in ws]
    top = _max_words()
    firsts = _first_words()
    out = set()
    for i in range(len(ws)):
        if not raw[i][:1].isupper():  # names and demonyms start with a capital
            continue
        if ws[i] not in firsts:  # most capitalised words start no name: skip the n-grams
            continue
        for n in range(1, top + 1):
            code = names.get(" ".join(ws[i : i + n]))
            if code:
                out.add(code)
    return frozenset(out)


_SPACES = re.compile(r"\s+")
_THE = re.compile(r"^the ")
_POSSESSIVE = re.compile(r"(?:'s|’s)$")


@functools.lru_cache(maxsize=8192)
def country_of(name: str) -> str | None:
    """ISO code of a country name or demonym, or None (cached: the rules ask it of the same
    few words many times a report)."""
    key = _SPACES.sub(" ", name.strip()).casefold()
    key = _THE.sub("", key)
    key = _POSSESSIVE.sub("", key)
    return country_names().get(key)


def place_country(name: str) -> str | None:
    """ISO code of a country name, demonym or gazetteer region ("Tatarstan" -> RU), or None."""
    return country_of(name) or _place_names().get(re.sub(r"\s+", " ", name.strip()).casefold())


def city_country(name: str) -> str | None:
    mod = _module()
    if mod is None or not name:
        return None
    try:
        code = mod.city_country(name)
    except Exception:
        return None
    return code if isinstance(code, str) else None


# parts of the world, no country of their own: "Latin America's largest trade fair"
_WORLD_REGION = re.compile(
    r"(?:(?:North|South|East|West|Central|Southeast|Northeast|Southern|Northern|Eastern|"
    r"Western|Sub-Saharan|Latin)\s+(?:America|Asia|Africa|Europe)|Middle\s+East|"
    r"Caucasus|Balkans|Scandinavia|Caribbean)"
)


def is_world_region(name: str) -> bool:
    return _WORLD_REGION.fullmatch(name.strip()) is not None


def is_city(name: str) -> bool:
    return city_country(name) is not None


@functools.cache
def _demonyms() -> frozenset[str]:
    mod = _module()
    if mod is None:
        return frozenset()
    try:
        return frozenset(d.casefold() for c in mod.countries().values() for d in c.demonyms)
    except Exception:
        log.exception("countries() failed")
        return frozenset()


# a compass word before a place: "South Kazakhstan", "Northern Ireland", "Southeast Asia"
COMPASS = re.compile(
    r"^(?:(?:North|South)(?:east|west)?|East|West|Central|Northern|Southern|"
    r"Eastern|Western)\s+"
)


def is_demonym(word: str) -> bool:
    """ "Iranian", "Kazakh": a country's adjective (not its name)."""
    return word.casefold() in _demonyms()


def place_code(place: str, text_codes: AbstractSet[str]) -> str | None:
    """Country of a place phrase: a country name, or a city whose country the text names."""
    words = place.split()
    for size in range(len(words), 0, -1):
        cand = " ".join(words[:size])
        code = place_country(cand)  # a country, its demonym, or a region ("Western Australia")
        if code:
            return code
    for size in range(len(words), 0, -1):
        code = city_country(" ".join(words[:size]))
        if code and code in text_codes:
            return code
    return None


# "St. Petersburg" is no saint's name, but "First Moscow …" has no "St" before Moscow
_SAINT_BEFORE = re.compile(r"\b(?:st\.?|saint|queen|king)\s+$")
_GIVEN_NAMES = {"mary", "sofia", "victoria", "florence", "jena"}
_CITY_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞİŁŞ][\w'’-]*")


def city_in_name(name: str, codes: AbstractSet[str]) -> str | None:
    """ "Tashkent Medical Academy", "Heinrich Heine University Düsseldorf": a city in the name
    places the institution, as the annotated reports do (not a saint's or queen's name)."""
    name = re.split(r"\bnamed after\b", name)[0]
    found = [(m.start(), m.group()) for m in _CITY_WORD.finditer(name)]
    for i, (at, word) in enumerate(found):
        before = name[max(0, at - 7) : at].casefold()
        if word.casefold() in _GIVEN_NAMES or _SAINT_BEFORE.search(before):
            continue
        for size in (3, 2, 1):
            if i + size > len(found):
                continue
            cand = name[at : found[i + size - 1][0] + len(found[i + size - 1][1])]
            code = city_country(cand)
            if code and code in codes:
                return code
    return None


@functools.cache
def _state_forms() -> dict[str, frozenset[str]]:
    from medcoop.errors import InputError

    from ._rules import DATA, _load

    value = _load("states.yaml").get("state_forms")
    if not isinstance(value, dict) or not all(
        isinstance(k, str)
        and isinstance(v, list)
        and all(isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c) for c in v)
        for k, v in value.items()
    ):
        raise InputError(
            "section 'state_forms' must map a form of state to a list of two-letter country codes",
            str(DATA / "states.yaml"),
        )
    return {k.casefold(): frozenset(v) for k, v in value.items()}


def state_forms() -> tuple[str, ...]:
    """The forms of state of the gazetteer ("sultanate", "kingdom"), longest first."""
    return tuple(sorted(_state_forms(), key=len, reverse=True))


def state_country(form: str, text_codes: AbstractSet[str]) -> str | None:
    """ "the sultanate's": the one country of that form among those the text names."""
    found = _state_forms().get(re.sub(r"\s+", " ", form.casefold()), frozenset()) & text_codes
    return next(iter(found)) if len(found) == 1 else None
