"""When a document was signed, beyond the date in its own sentence: not a dateline's date (the
release's), and the day a paragraph opens with ("On 2 December the delegation visited X. …
X and Y concluded a contract")."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from typing import Protocol

from ._counts import count_match, signed
from ._dates import find_date, find_range
from ._doc import Doc
from ._listitems import intro_sent


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
        alone = sum(o.sent == h.sent for o in hits) == 1
        if h.date is None and not _RELATIVE_DAY.search(text) and not years_before(doc, text):
            h.date = (
                _all_signed_on(doc, h.sent, year)
                # "The agreement was signed on 14 June" after one document, not after a list
                or (_told_after(doc, h.sent, year) if alone else None)
                or _paragraph_day(doc, h.sent, year)
                or _intro_day(doc, h.sent, year)
                or _day_of_the_visit(doc, h.sent, year)
                or _nth_day(doc, h.sent, year)
                or _nth_day_after(doc, h.sent, year)
                or _counted_day(doc, h.sent, year)
            )


def years_before(doc: Doc, text: str) -> bool:
    """ "Ties go back to 2016, when A and B concluded their first agreement": a sentence of
    earlier years only tells of another signing than the report's (whose day is not its)."""
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]
    return doc.year is not None and bool(years) and max(years) < doc.year


def today(doc: Doc, text: str) -> str | None:
    """ "signed today": the report's own date; "on Monday": the last Monday up to it."""
    if re.search(r"\btoday\b", text, re.IGNORECASE):
        return doc.published
    day = _WEEKDAY.search(text)
    if day is None or doc.published is None or len(doc.published) != 10:
        return None
    try:
        issued = datetime.date.fromisoformat(doc.published)
    except ValueError:
        return None
    back = (issued.weekday() - _WEEKDAYS.index(day.group(1).casefold())) % 7
    return (issued - datetime.timedelta(days=back)).isoformat()


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "on Monday", "last Tuesday" (not "on Monday, 3 June": the date itself is read first)
_WEEKDAY = re.compile(r"\b(?:on|last)\s+(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)


# "Both were signed in Almaty on 4 October", "Two documents … were signed today in Kazan",
# "All three documents were signed in New Delhi on 10 December", "Each document was signed
# separately … on 27 November": one day for the documents the text tells one by one
ALL_SIGNED = re.compile(
    r"(?i)\b(?:(?:both|all|each)(?:\s+of\s+them)?(?:\s+[\w-]+){0,2}?\s+"
    r"(?:documents?|memorand\w*|agreements|contracts|were)"
    r"|(?:two|three|four|five|six|\d{1,2})\s+(?:[\w-]+\s+){0,2}?"
    r"(?:documents|memorand\w*|agreements|contracts))\b[^.;]*?\bsigned\b"
)


# nearest first: the count may open the story ("Both were signed on …", then one paragraph
# a document) or close a list ("– A; – B; – C. All three documents were signed on …")
_NEAR = (-1, 1, -2, 2, -3, 3, -4, -5)


_ITEM = re.compile(r"^\s*[–—•*-]\s")


def _all_signed_on(doc: Doc, s: int, year: int | None) -> str | None:
    """The day a sentence near ``s`` gives all the documents it counts (a list of items
    counts as one sentence)."""
    story = [t for t, x in enumerate(doc.sents) if t == s or not _ITEM.match(x.text)]
    at = story.index(s)
    for k in (at + d for d in _NEAR):
        if not 0 <= k < len(story):
            continue
        text = doc.sents[story[k]].text
        if ALL_SIGNED.search(text) and not doc.rules.hedge_re.search(text):
            day = today(doc, text) or find_date(text, year)
            if day is not None:
                return day
    return None


def _counted_day(doc: Doc, s: int, year: int | None) -> str | None:
    """ "The session concluded today with the signing of five documents. … The following
    documents were signed: 1. …": a list item's day is the one the count of the documents
    is told with, when one sentence outside the list tells it."""
    if intro_sent(doc, s) is None:
        return None
    days = {
        day
        for t, x in enumerate(doc.sents)
        if intro_sent(doc, t) is None
        and count_match(x.text) is not None
        and signed(doc, x.text)
        and not doc.rules.hedge_re.search(x.text)
        and (day := today(doc, x.text) or find_date(x.text, year)) is not None
    }
    return days.pop() if len(days) == 1 else None


_RELATIVE_DAY = re.compile(
    r"(?i)\b(?:following|next|previous)\s+day\b|\ba\s+day\s+(?:later|earlier)\b"
    r"|\bthe\s+day\s+(?:after|before)\b"
)
# "The memorandum was signed in Tbilisi on 6 October": the sentence after says when
_SAME_SIGNING = re.compile(
    r"(?i)^(?:the|this|it)\b(?:\s+[\w-]+){0,3}?\s+(?:was|were)\s+(?:\w+\s+)?signed\b"
    # "The ceremony took place on 9 November at …"
    r"|^the\s+(?:signing\s+)?ceremony\s+(?:took\s+place|was\s+held)\b"
)


def _told_after(doc: Doc, s: int, year: int | None) -> str | None:
    for t in range(s + 1, min(len(doc.sents), s + 3)):
        text = doc.sents[t].text
        if _SAME_SIGNING.match(text):
            return find_date(text, year)
    return None


def _nth_day_after(doc: Doc, s: int, year: int | None) -> str | None:
    """ "… a programme between A and B. The programme was signed on the first day of the
    forum": the day the next sentence counts."""
    if s + 1 >= len(doc.sents) or not _SAME_SIGNING.match(doc.sents[s + 1].text):
        return None
    return _nth_day(doc, s + 1, year)


# "During the visit, a memorandum … was signed": the visit the text has just told of
_DURING = re.compile(r"^(?:During|In\s+the\s+course\s+of)\s+(?:the|this)\s+(?:visit|tour)\b")


def _day_of_the_visit(doc: Doc, s: int, year: int | None) -> str | None:
    """ "On 20 May a delegation … visited X. … During the visit, a memorandum … was signed":
    the day the nearest dated sentence before opens with (within four sentences)."""
    if not _DURING.match(doc.sents[s].text):
        return None
    for t in range(s - 1, max(-1, s - 5), -1):
        day = find_date(doc.sents[t].text, year)
        if day is not None:
            return day if _DAY_OPENS.match(doc.sents[t].text) else None
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


def _intro_day(doc: Doc, s: int, year: int | None) -> str | None:
    """A list item's day: the one its intro ("On 4 June the following documents were
    signed:") or the sentence before the intro in its paragraph ("On 4 June a signing
    ceremony took place. The following documents were signed:") opens with."""
    intro = intro_sent(doc, s)
    if intro is None or intro == s:
        return None
    text = doc.sents[intro].text
    if _DAY_OPENS.match(text) or _SIGNED_ON.search(text):
        return find_date(text, year)
    return _paragraph_day(doc, intro, year)


# "The following documents were signed on 1 November:": the day the intro ends with
_SIGNED_ON = re.compile(r"\bsigned\s+(?:in\s+[A-Z][\w-]+\s+)?on\s+(?:\d|[A-Z][a-z]+\s+\d)")


_ORDINALS = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
# "On the second day of the congress": the day counted from the event's first
_NTH_DAY = re.compile(
    r"(?i)\b(?:on\s+)?the\s+(first|opening|second|third|fourth|fifth|last|final|closing)\s+"
    r"day\s+of\s+the\s+([a-z]+)\b"
)


def _nth_day(doc: Doc, s: int, year: int | None) -> str | None:
    """The day "the second day of the congress" names, from the congress's dates ("On 12–13
    September … hosted the congress") in an earlier sentence."""
    line = doc.sents[s].line
    nth = None
    for t in range(s, max(-1, s - 4), -1):
        if doc.sents[t].line != line:
            break
        nth = _NTH_DAY.search(doc.sents[t].text)
        if nth is not None:
            break
    if nth is None:
        return None
    event = nth.group(2).casefold()
    for t in range(s - 1, -1, -1):
        text = doc.sents[t].text
        span = find_range(text) if event in text.casefold() else None
        if span is None:
            continue
        start, end, y = span
        y = y or year
        begin, close = start[-5:], (end or start)[-5:]  # MM-DD
        if y is None or begin[:2] != close[:2]:
            return None
        which = nth.group(1).casefold()
        first, last = int(begin[3:]), int(close[3:])
        day = last if which in ("last", "final", "closing") else first + _ORDINALS[which] - 1
        return f"{y:04d}-{begin[:2]}-{day:02d}" if first <= day <= last else None
    return None
