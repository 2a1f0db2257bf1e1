"""The institution a title names by a short form: "General Director of OKHMATDYT",
"Director of the Belarusian centre", "Deputy Director of China's National Health Commission"."""

from __future__ import annotations

import re

from . import _geo
from ._doc import Doc, norm, words
from ._entities import InstEntity

_OF = re.compile(r"^(?P<title>.+?)\s+(?:of|at)\s+(?:the\s+)?(?P<owner>.+)$")
_QUOTES = re.compile(r"[«»\"“”„]")
_OWNER = re.compile(r"^(?P<place>[A-Z][\w-]*)(?:'s|’s)\s+")


def owner_in_title(
    doc: Doc, title: str, insts: list[InstEntity], sent: int
) -> tuple[str, int | None]:
    """(title, institution) with the institution cut from the title when the words after
    "of" name exactly one institution of the text; else the title as it is and None."""
    m = _OF.match(title)
    if m is None:
        return title, None
    owner = _QUOTES.sub("", m.group("owner")).strip()
    pm = _OWNER.match(owner)
    if pm and _geo.country_of(pm.group("place")):
        owner = owner[pm.end() :]  # "China's National Health Commission"
    key = norm(owner)
    named = [e for e in insts if key in {norm(_QUOTES.sub("", n)) for n in e.names}]
    if not named:  # "Director of «Shifobakhsh»": the quoted part of a longer name
        quoted = norm(f'"{owner}"')
        named = [e for e in insts if any(quoted in norm(n) for n in e.names)]
    found = named[0].idx if len(named) == 1 else None
    if found is None and not named:
        found = _described(doc, owner, insts, sent)
    return (m.group("title"), found) if found is not None else (title, None)


def _described(doc: Doc, owner: str, insts: list[InstEntity], sent: int) -> int | None:
    """ "Belarusian centre", "Malatya institute", "Blokhin centre": a lower-case head noun after
    one word that is the institution's country or a word of its name."""
    parts = owner.split()
    if len(parts) != 2 or not parts[1].islower() or parts[1] not in doc.rules.heads:
        return None
    word, head = parts[0], parts[1]
    code = _geo.country_of(word)
    same_head = [e for e in insts if head in words(" ".join(e.names))]
    if code:
        cands = [e for e in same_head if e.country == code]
    else:
        cands = [e for e in same_head if norm(word) in _words_of(e)]
    if len(cands) > 1:  # the one named in this sentence or the one before
        cands = [e for e in cands if any(sent - 1 <= m.sent <= sent for m in e.mentions)]
    return cands[0].idx if len(cands) == 1 else None


def _words_of(e: InstEntity) -> set[str]:
    """Words of the names of an institution and of the city cut from them as its address."""
    return set(words(" ".join(e.names + [m.address for m in e.mentions if m.address])))
