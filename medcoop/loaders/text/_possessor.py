"""Owners named away from a title: a possessive that opens the sentence ("Its Head of
Cooperation, Name", "The ministry's Deputy Minister Name"), the institution a list item opens
("- X, represented by Name"), the institution an "On behalf of X" opening names."""

from __future__ import annotations

import re

from ._doc import Doc, PersonMention
from ._generic import described, spelled_head

# the sentence opens with the possessive and runs on through the title to the name: no
# verb, quote or bracket between ("Its director, Name, said"; not "Its staff met Name")
_OPENING = re.compile(
    r"^(?:(?P<its>Its)|The\s+(?P<head>[a-z]+)(?:'s|’s))\s+[A-Z][^.;:()\"“”]{0,80}$"
)
_BACK = 3  # sentences back that a possessive may point to


def opening_owner(doc: Doc, m: PersonMention) -> int | None:
    """The institution the opening of the person's sentence names: "At the cardiology centre
    … by chief surgeon Name", or one that "Its"/"The <head>'s" refers to."""
    sent = doc.sents[m.sent]
    first = doc.text[sent.start : sent.start + 3]
    if first == "At ":
        at = _AT_THE.match(doc.text[sent.start : m.char_start])
        return described(doc, m.sent, at.group(1), at.group(2)) if at else None
    return _possessor_owner(doc, m) if first in ("Its", "The") else None


# "At the cardiology centre the guests watched an operation by …": the place of the scene
_AT_THE = re.compile(r"^At\s+the\s+([a-z]+)\s+([a-z]+)\b[^.;]*$")


def _possessor_owner(doc: Doc, m: PersonMention) -> int | None:
    """The institution "Its"/"The <head>'s" opening the person's sentence refers to: the
    one named last in the sentences just before (for "The <head>'s", the last one with that
    head noun)."""
    sent = doc.sents[m.sent]
    opening = _OPENING.match(doc.text[sent.start : m.char_start])
    if opening is None:
        return None
    head = opening.group("head")
    if head is not None and head not in doc.rules.heads:
        return None  # "The country's Minister": no institution
    before = [
        im
        for im in doc.inst_mentions
        if m.sent - _BACK <= im.sent < m.sent
        and im.entity is not None
        and (head is None or (im.head and spelled_head(im.head).endswith(spelled_head(head))))
    ]
    if head is None:  # "Its": the last institution of the nearest sentence naming one
        before = [im for im in before if im.sent == before[-1].sent] if before else []
    return before[-1].entity if before else None


_BEHALF_OPENS = re.compile(
    r"(?:^\W*|[,;]\s+(?:and\s+)?)[Oo]n\s+behalf\s+of\s+(?:(?=[A-Z])|the\s+(?=[A-Za-z]))"
)


def behalf_opening(doc: Doc, s: int, at: int) -> re.Match[str] | None:
    """The last "On behalf of X" that opens sentence s or a clause of it before the character
    offset ``at`` (its end is where X starts, relative to the sentence)."""
    sent = doc.sents[s]
    found = list(_BEHALF_OPENS.finditer(doc.text[sent.start : at]))
    return found[-1] if found else None


def mention_at(doc: Doc, s: int, at: int) -> int | None:
    for im in doc.inst_mentions:
        if im.sent == s and im.char_start == at and im.entity is not None:
            return im.entity
    return None


_ITEM = re.compile(r"^\s*(?:[–—•*-]|\d+[.)])\s+(?:the\s+)?")


def item_owner(doc: Doc, m: PersonMention) -> int | None:
    """ "- Apollo Hospitals, India, represented by Dr. Arvind Menon, Group COO;": the item's
    institution, when no other one is named in the item before the person."""
    sent = doc.sents[m.sent]
    line_start = sent.start - (sent.start - doc.text.rfind("\n", 0, sent.start) - 1)
    line = doc.lines[sent.line]
    im = _ITEM.match(line)
    if im is None:
        return None
    head = mention_at(doc, m.sent, line_start + im.end())
    others = {
        x.entity
        for x in doc.inst_mentions
        if doc.sents[x.sent].line == sent.line and x.char_start < m.char_start
    }
    again = any(  # "- X: … signed by Rector A and Rector of X B": X is B's, not A's
        x.entity == head and doc.sents[x.sent].line == sent.line and x.char_start > m.char_end
        for x in doc.inst_mentions
    )
    return head if head is not None and others == {head} and not again else None
