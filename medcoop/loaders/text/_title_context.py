"""What the words around a title phrase tell: an apposition to a name, an item of a list of
members, a participle that ends the phrase, a complement that is a proper name."""

from __future__ import annotations

import re

from ._doc import Doc
from ._generic import recent
from ._sentences import Token
from ._title_stops import apposed_title_before, core_word, person_at


def apposed_before(doc: Doc, s: int, k: int) -> bool:
    """The title at k follows "Name," (another person's name and a comma)."""
    return k > 1 and doc.toks[s][k - 1].text == "," and person_at(doc, s, k - 2)


_INCLUDED = frozenset(["included", "includes", "including", "comprised", "comprising"])


def list_member(toks: list, k: int) -> bool:
    """The title at k opens an item of a list of members ("The delegation included the
    director of X, A; the deputy director for research, B; and …")."""
    j = k - 1
    while j >= 0 and toks[j].text.casefold() in ("the", "its", "their"):
        j -= 1
    if j < 0:
        return False
    word = toks[j].text.casefold()
    listed = any(t.text.casefold() in _INCLUDED for t in toks[:j])  # "… included A, B and C"
    return (
        word in _INCLUDED
        or toks[j].text == ";"
        # "by the rector of X, Professor A, and the vice-rector for research, B"
        or (word == "and" and j > 1 and toks[j - 1].text == "," and apposed_title_before(toks, j))
        or (word == "and" and any(t.text == ";" for t in toks[:j]))
        or (word in (",", "and") and listed)
    )


def bare_title(doc: Doc, s: int, title: str) -> bool:
    """A hospital's title with no complement, a hospital just named: "by the chief physician,
    Name" is an apposition, unlike "Thanking the rector for the reception, Name"."""
    return title.casefold() in doc.rules.hospital_titles and recent(doc, s, "hospital") is not None


def participle_after_core(doc: Doc, toks: list[Token], k: int, start: int) -> bool:
    """A lower-case "-ing" word right after a title's core word opens a participle clause."""
    t = toks[k]
    after_core = k > start and core_word(doc, toks[k - 1].text)
    return after_core and t.text.endswith("ing") and t.text.islower()


# "of" and a proper name to the end: "of Shifobakhsh", "of Uzbekistan to India"; not "of the
# Kyrgyz center" nor "of Turkestan region" (a lower-case head is a described institution)
_PROPER_OF = re.compile(
    r"\b(?:of|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|and|for|to|the)\s+)*[A-Z][\w'’.-]*)*$"
)


def proper_complement(title: str) -> bool:
    """ "by the director of Shifobakhsh, Name": a title whose complement is a proper name
    (an institution's short form, resolved later) stands in apposition to the name."""
    return _PROPER_OF.search(title) is not None
