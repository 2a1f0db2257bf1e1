"""A title whose owner opens the sentence as a possessive: "Its Head of Cooperation, Name",
"The ministry's Deputy Minister Name": the institution the sentences before have named."""

from __future__ import annotations

import re

from ._doc import Doc, PersonMention
from ._generic import spelled_head

# the sentence opens with the possessive and runs on through the title to the name: no
# verb, quote or bracket between ("Its director, Name, said"; not "Its staff met Name")
_OPENING = re.compile(
    r"^(?:(?P<its>Its)|The\s+(?P<head>[a-z]+)(?:'s|’s))\s+[A-Z][^.;:()\"“”]{0,80}$"
)
_BACK = 3  # sentences back that a possessive may point to


def possessor_owner(doc: Doc, m: PersonMention) -> int | None:
    """The institution "Its"/"The <head>'s" opening the person's sentence refers to: the
    one named last in the sentences just before (for "The <head>'s", the last one with that
    head noun)."""
    sent = doc.sents[m.sent]
    if doc.text[sent.start : sent.start + 3] not in ("Its", "The"):
        return None  # the cheap test first: most sentences open otherwise
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
