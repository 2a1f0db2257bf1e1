"""Countries and cities through :mod:`medcoop.countries` (owned by another module)."""

from __future__ import annotations

import functools
import logging
import re
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


def country_of(name: str) -> str | None:
    """ISO code of a country name or demonym, or None."""
    key = re.sub(r"\s+", " ", name.strip()).casefold()
    key = re.sub(r"^the ", "", key)
    key = re.sub(r"(?:'s|’s)$", "", key)
    return country_names().get(key)


def city_country(name: str) -> str | None:
    mod = _module()
    if mod is None or not name:
        return None
    try:
        code = mod.city_country(name)
    except Exception:
        return None
    return code if isinstance(code, str) else None


def is_city(name: str) -> bool:
    return city_country(name) is not None
