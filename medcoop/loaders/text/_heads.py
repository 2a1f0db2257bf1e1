"""The head noun of a name chunk ("… Medical University" -> university) and whether a
chunk has a word of its own beside head nouns and common words."""

from __future__ import annotations

import functools

from ._chunks import CONNECT
from ._doc import Doc
from ._rules import Rules
from ._sentences import OPEN_QUOTES, Token, closing_quote
from ._sentences import is_word as _is_word

_SEGMENT_END = frozenset(["of", "for", "named", "on", "in", "under", "(", "“", "«", '"'])
# … and the "of" of the Romance languages, in a name that opens with its head noun
# ("Instituto Universitario del Hospital Italiano"; not "Sant Joan de Déu Children's Hospital")
_ROMANCE_OF = frozenset(["de", "del", "della", "di", "du", "des", "da", "do", "dos", "das"])


def head_of(doc: Doc, toks: list[Token], i: int, j: int) -> str | None:
    """The head noun phrase of the first segment of toks[i:j] (the last one found)."""
    seg_end = i
    if toks[i].text in OPEN_QUOTES:  # "\"Grigore T. Popa\" University": the quote opens it
        close = closing_quote(toks, i)
        seg_end = close if close is not None and close < j else i
    start = seg_end
    ends = _SEGMENT_END | _ROMANCE_OF if toks[start].text.casefold() in doc.rules.heads else (
        _SEGMENT_END)
    while seg_end < j and (seg_end == start or toks[seg_end].text.casefold() not in ends):
        seg_end += 1
    if start == i and i < seg_end < j and toks[seg_end].text in OPEN_QUOTES:
        inner = head_of(doc, toks, seg_end, j)  # "State Institution "National Medical Center
        if inner is not None:  # …"": the quoted name's head, not the legal form's
            return inner
    low = [t.text.casefold() for t in toks[i:j]]
    best = None
    a = 0
    while a < seg_end - i:
        step = 1
        for size in range(doc.rules.head_max_words, 0, -1):
            phrase = " ".join(low[a : a + size])
            if size == 1 and phrase not in doc.rules.heads and _hyphen_head(doc, phrase):
                phrase = phrase.partition("-")[0]  # "University-Cerrahpaşa"
            if a + size <= j - i and phrase in doc.rules.heads:
                if a + size <= seg_end - i or size > 1:
                    best = phrase
                    step = size  # "National Health Commission": not "commission" alone
                break
        a += step
    return best


def _hyphen_head(doc: Doc, word: str) -> bool:
    """ "University-Cerrahpaşa": a head noun joined by a hyphen to the rest of the name."""
    first, dash, rest = word.partition("-")
    return bool(dash) and first in doc.rules.heads and rest[:1].isalpha()


@functools.cache
def _common_words(rules: Rules) -> frozenset[str]:
    return frozenset(rules.heads) | rules.org_words | CONNECT


def distinct(doc: Doc, toks: list[Token], i: int, j: int) -> bool:
    """Some word of toks[i:j] is neither a head noun nor a common word of names, so the
    phrase can name an institution on its own ("Mahidol University", not "Research Centre")."""
    common = _common_words(doc.rules)
    return any(
        _is_word(t) and toks[k - 1].text != "(" and t.text.casefold() not in common
        for k, t in enumerate(toks[i:j], start=i)
    )
