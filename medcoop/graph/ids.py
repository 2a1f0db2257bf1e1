"""Deterministic IRIs: the same name, normalised, always gives the same node.

All data IRIs live under one base (``https://w3id.org/medcoop/id/`` unless ``--base`` or
``MEDCOOP_BASE`` says otherwise). Institutions, people, events and cities are named by a slug of
their normalised name (institutions also by their country, when known), so two reports that
name "the Scientific Centre of Pediatrics" and "Scientific Center of Pediatrics" meet in one
node; agreements, positions and counts by a short hash of what identifies them. Names that
differ more are joined at load time by :mod:`medcoop.graph.resolve`.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass

DEFAULT_BASE = "https://w3id.org/medcoop/id/"

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"',
                         "\u00bb": '"', "\u2013": "-", "\u2014": "-"})
_SPACE = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w]+")
# British and American spellings that name the same thing in institution names.
_SPELLING = [(re.compile(r"\bcentre\b"), "center"), (re.compile(r"\bcentres\b"), "centers"),
             (re.compile(r"\bpaediatric"), "pediatric"), (re.compile(r"\bspeciality\b"),
                                                          "specialty")]
_MAX_SLUG = 80


def normalise(name: str) -> str:
    """The comparison form of a name: NFKC, case-folded, straight quotes, single spaces.

    This is the normalisation of the corpus scoring rules (FORMAT.md); :func:`slug` adds a few
    spelling variants on top of it.
    """
    text = unicodedata.normalize("NFKC", name).translate(_QUOTES).casefold()
    return _SPACE.sub(" ", text).strip()


def slug(name: str) -> str:
    """A readable, IRI-safe key of a name: normalised, article and punctuation dropped."""
    text = normalise(name).strip("\"' ")
    text = re.sub(r"^the\s+", "", text)
    text = text.replace("&", " and ")
    for pattern, repl in _SPELLING:
        text = pattern.sub(repl, text)
    # A name of punctuation alone keeps a key of its own, not one shared "unnamed" node.
    key = _NON_WORD.sub("-", text).strip("-_") or f"unnamed-{digest(name)}"
    if len(key) > _MAX_SLUG:
        key = f"{key[:60].rstrip('-')}-{digest(key)}"
    return key


def digest(*parts: object, length: int = 12) -> str:
    """A short, stable hash of ``parts`` (SHA-256, hex)."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def base_from_env(explicit: str | None = None) -> str:
    """The data base IRI: explicit value, then ``MEDCOOP_BASE``, then the default."""
    base = explicit or os.environ.get("MEDCOOP_BASE") or DEFAULT_BASE
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$", base):
        raise ValueError(f"base IRI {base!r} is not an absolute IRI such as {DEFAULT_BASE}")
    return base if base.endswith(("/", "#")) else base + "/"


@dataclass(frozen=True)
class Minter:
    """Mints every data IRI under one base."""

    base: str = DEFAULT_BASE

    def report(self, name: str) -> str:
        return f"{self.base}report/{slug(name)}"

    def institution(self, name: str, country: str | None = None) -> str:
        # The country keeps "Ministry of Health" of two countries apart.
        return f"{self.base}institution/{slug(name)}" + (f"-{country.lower()}" if country else "")

    def person(self, name: str) -> str:
        return f"{self.base}person/{slug(name)}"

    def event(self, name: str, year: int | None) -> str:
        return f"{self.base}event/{slug(name)}" + (f"-{year}" if year else "")

    def city(self, name: str) -> str:
        return f"{self.base}place/{slug(name)}"

    def country(self, code: str) -> str:
        return f"{self.base}country/{code.upper()}"

    def position(self, person: str, institution: str | None, title: str | None) -> str:
        return f"{self.base}position/{digest(person, institution, title)}"

    def agreement(self, *key: object) -> str:
        return f"{self.base}agreement/{digest(*key)}"

    def count(self, *key: object) -> str:
        return f"{self.base}count/{digest(*key)}"

    def evidence(self, report: str, node: str, start: int, end: int) -> str:
        return f"{report}#evidence-{digest(node, start, end, length=10)}"
