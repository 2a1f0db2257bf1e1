"""Who signs: the subject of a sentence reporting a signing."""

from __future__ import annotations

from . import _geo
from ._doc import Doc
from ._persons import PersonEntity
from ._signers import signer_insts, verb_pos


def agreement_subject(
    doc: Doc, s: int, insts: list[tuple[int, int, int]], limit: int, people: list[PersonEntity]
) -> int | None:
    """The institution that signs in sentence s: the first named before token ``limit``, or
    the one a comma sets right before the verb, else a signer's, else "the <demonym> <head>"."""
    before = [e for a, _, e in insts if a < limit]
    if before:
        after = _after_comma(doc, s, insts, limit)
        return before[0] if after is None else after
    for m in doc.person_mentions:
        if m.sent == s and m.start < limit and m.entity is not None:
            owners = signer_insts([m.entity], people)
            if owners:
                return owners[0]
    return _generic_subject(doc, s, limit)


def _after_comma(doc: Doc, s: int, insts: list[tuple[int, int, int]], limit: int) -> int | None:
    """ "At the conference held at X, Y signed a memorandum with Z": the name after the comma,
    right before the verb, is who signed; the one before it only says where."""
    toks, verb = doc.toks[s], verb_pos(doc, s)
    near = [(a, e) for a, b, e in insts if a < limit and b <= verb and verb - b <= 1]
    if len({e for a, _, e in insts if a < limit}) < 2 or not near:
        return None
    a, e = near[-1]
    # "… are not limited to X: in 2019 the Academy concluded …": a clause of its own
    prev = max((b for a2, b, e2 in insts if b <= a and e2 != e), default=0)
    if any(toks[k].text in (":", ";") for k in range(prev, a)):
        return e
    a -= a > 0 and toks[a - 1].text.casefold() == "the"
    return e if a > 0 and toks[a - 1].text == "," else None


def _generic_subject(doc: Doc, s: int, limit: int) -> int | None:
    """ "The Turkmen ministry also signed …": the ministry of that country."""
    toks = doc.toks[s][:limit]
    for k, t in enumerate(toks[:-1]):
        code = _geo.country_of(t.text)
        head = toks[k + 1].text.casefold()
        if code and head in doc.rules.heads:
            ents = {
                m.entity
                for m in doc.inst_mentions
                if m.head == head
                and m.entity is not None
                and doc.entity_country.get(m.entity) == code
            }
            if len(ents) == 1:
                return ents.pop()
    return None
