"""Institutions named by a head noun alone: "the hospital", "the Uzbek university", "the
academy's" among two academies."""

from __future__ import annotations

from . import _geo
from ._doc import Doc


def demonym_generic(doc: Doc, s: int, j: int) -> int | None:
    """ "the Belarusian center", "the Uzbek university": the one institution with that head
    noun whose country the demonym names."""
    toks = doc.toks[s]
    if j + 1 >= len(toks) or not _geo.is_demonym(toks[j].text):
        return None
    head = toks[j + 1].text
    if not head.islower() or head not in doc.rules.heads:
        return None
    code = _geo.country_of(toks[j].text)
    ents = {
        m.entity
        for m in doc.inst_mentions
        if m.entity is not None
        and m.head is not None
        and doc.rules.heads.get(m.head) == doc.rules.heads[head]
        and doc.entity_country.get(m.entity) == code
    }
    return ents.pop() if len(ents) == 1 else None


_SPELLING = {"centre": "center", "centres": "centers"}


def spelled_head(head: str) -> str:
    """One spelling of a head noun written both ways ("centre", "center")."""
    parts = head.casefold().split()
    return " ".join(_SPELLING.get(p, p) for p in parts)


def recent(doc: Doc, s: int, head: str) -> int | None:
    """ "… and the Center for X. The contract was signed by the Director of the Center Y":
    the institution with that head named last, in this sentence or the one before."""
    head = spelled_head(head)
    before = [
        m
        for m in doc.inst_mentions
        if s - 1 <= m.sent <= s
        and m.entity is not None
        and m.head
        and spelled_head(m.head).endswith(head)
    ]
    ents = {m.entity for m in before}
    return before[-1].entity if len(ents) == 1 else None


def not_named_here(doc: Doc, s: int, head: str) -> int | None:
    """ "the academy's rector A, by B for Tashkent Medical Academy": of two academies, the
    one this sentence does not name by its own name."""
    if head not in doc.rules.heads:
        return None
    head = spelled_head(head)
    ents = {
        m.entity
        for m in doc.inst_mentions
        if m.head and spelled_head(m.head) == head and m.entity is not None
    }
    here = {m.entity for m in doc.inst_mentions if m.sent == s}
    left = ents - here
    return left.pop() if len(ents) > 1 and len(left) == 1 else None


def generic(doc: Doc, word: str) -> int | None:
    """ "the institute", "the university": the one institution whose head is that word."""
    low = word.casefold()
    if low not in doc.rules.heads:
        return None
    low = spelled_head(low)
    ents = {
        m.entity
        for m in doc.inst_mentions
        if m.head and spelled_head(m.head) == low and m.entity is not None
    }
    return ents.pop() if len(ents) == 1 else None
