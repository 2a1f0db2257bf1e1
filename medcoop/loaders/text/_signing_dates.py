"""When a document was signed, beyond the date in its own sentence: not a dateline's date (the
release's), and the day a paragraph opens with ("On 2 December the delegation visited X. …
X and Y concluded a contract")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from ._dates import find_date
from ._doc import Doc


class _Dated(Protocol):
    sent: int
    date: str | None
    weak_date: bool


# "YEREVAN, 15 March 2024 – …": the place and day the release was issued
_DATELINE = re.compile(r"^\s*[A-Z][\w .'’/-]{1,40},\s+[^–—\n]{4,30}?\d{4}\s*[–—-]+\s+")
# "On 2 December the delegation …", "On March 3, …": a paragraph told day by day
_DAY_OPENS = re.compile(r"^(?:On|By)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d)")


def date_signings(doc: Doc, hits: Sequence[_Dated], year: int | None) -> None:
    """Mark a date taken from a dateline as weak (a later sentence about the same signing
    may name the day), and give an undated signing the day its paragraph opened with."""
    for h in hits:
        text = doc.sents[h.sent].text
        line = _DATELINE.match(text)
        if h.date is not None and line is not None and find_date(line.group(), year) == h.date:
            rest = find_date(text[line.end() :], year) or _told_after(doc, h.sent, year)
            h.date, h.weak_date = (rest, False) if rest else (h.date, True)
        if h.date is None:
            h.date = _paragraph_day(doc, h.sent, year)


# "The memorandum was signed in Tbilisi on 6 October": the sentence after says when
_SAME_SIGNING = re.compile(
    r"(?i)^(?:the|this|it)\b(?:\s+[\w-]+){0,3}?\s+(?:was|were)\s+(?:\w+\s+)?signed\b"
)


def _told_after(doc: Doc, s: int, year: int | None) -> str | None:
    for t in range(s + 1, min(len(doc.sents), s + 3)):
        text = doc.sents[t].text
        if _SAME_SIGNING.match(text):
            return find_date(text, year)
    return None


def _paragraph_day(doc: Doc, s: int, year: int | None) -> str | None:
    """The day of the nearest earlier sentence of the paragraph that names one, when that
    sentence opens with it (at most three sentences back)."""
    line = doc.sents[s].line
    for t in range(s - 1, max(-1, s - 4), -1):
        if doc.sents[t].line != line:
            return None
        day = find_date(doc.sents[t].text, year)
        if day is not None:
            return day if _DAY_OPENS.match(doc.sents[t].text) else None
    return None
