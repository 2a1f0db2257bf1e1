"""Dates in running text and datelines."""

from __future__ import annotations

import re

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
_M = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December"
    # the news agencies' short forms, always with their dot: "Nov. 17, 2023", "Sept. 4"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
)


# a day is one or two digits of its own: "September 2023" holds no 20 September
_MDY = re.compile(
    _M
    + r"\s+(?P<d1>\d{1,2})(?!\d)(?:\s*[-–]\s*(?P<d2>\d{1,2})(?!\d))?(?:st|nd|rd|th)?"
    r"(?:,?\s+(?P<year>\d{4}))?"
)
# "3 March", "3-5 March 2025", and the ordinals "3rd March", "the 3rd of March"
_DMY = re.compile(
    r"(?<!\d)(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?"
    r"\s+(?:of\s+)?" + _M + r"(?:,?\s+(?P<year>\d{4}))?"
)
# "from 1 to 3 October 2025", "from April 2 to April 5, 2024": a span written out
_FROM_DMY = re.compile(
    r"\b[Ff]rom\s+(?P<d1>\d{1,2})\s+to\s+(?P<d2>\d{1,2})\s+" + _M + r"(?:,?\s+(?P<year>\d{4}))?"
)
_FROM_MDY = re.compile(
    r"\b[Ff]rom\s+"
    + _M
    + r"\s+(?P<d1>\d{1,2})\s+to\s+(?:(?P=month)\s+)?(?P<d2>\d{1,2})(?:,?\s+(?P<year>\d{4}))?"
)
# "2024-12-10", and the "2025.04.02" / "2025/04/02" of East Asian press offices
_ISO = re.compile(r"\b(?P<year>\d{4})(?P<sep>[-./])(?P<month>\d{2})(?P=sep)(?P<d1>\d{2})\b")
_DOTTED = re.compile(r"\b(?P<d1>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\b")


def _month_number(word: str) -> int:
    """The month a name or its short form ("Nov.", "Sept.") names."""
    low = word.casefold().rstrip(".")
    return next(i for m, i in MONTHS.items() if m.startswith(low[:3]))


def _parts(text: str) -> tuple[int, int, int | None, int | None] | None:
    """(month, day, end_day, year) of the first date in text."""
    best = None
    for rx in (_FROM_DMY, _FROM_MDY, _MDY, _DMY, _ISO, _DOTTED):
        m = rx.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    if best is None:
        return None
    g = best.groupdict()
    month = g["month"]
    mi = int(month) if month.isdigit() else _month_number(month)
    d1 = int(g["d1"])
    d2 = int(g["d2"]) if g.get("d2") else None
    year = int(g["year"]) if g.get("year") else None
    if not (1 <= mi <= 12 and 1 <= d1 <= 31) or (d2 is not None and not 1 <= d2 <= 31):
        return None
    return mi, d1, d2, year


# "…, the enterprise said on 28 August 2023": the day of the statement, not of what it tells
_STATED_ON = re.compile(
    r"\b(?:said|announced|reported|stated)\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})"
    r"(?:,?\s+\d{4})?"
)


def unstated(text: str) -> str:
    """The text without the dates of its statements ("X said on 28 August")."""
    return _STATED_ON.sub("", text) if " on " in text else text


def find_date(text: str, year: int | None = None) -> str | None:
    """ISO date of the first date in text; a day and month without a year take ``year`` (the
    report's), else None."""
    p = _parts(text)
    if p is None or (p[3] is None and year is None):
        return None
    return f"{p[3] or year:04d}-{p[0]:02d}-{p[1]:02d}"


def year_named(text: str) -> int | None:
    """The year of the first date in text written with one ("from April 2 to April 5, 2024")."""
    for rx in (_MDY, _DMY, _ISO, _DOTTED):
        for m in rx.finditer(text):
            if m.group("year"):
                return int(m.group("year"))
    return None


def find_range(text: str) -> tuple[str, str | None, int | None] | None:
    """(start, end, year): ISO dates with a year, else MM-DD."""
    p = _parts(text)
    if p is None:
        return None
    mi, d1, d2, year = p
    if year is not None:
        start = f"{year:04d}-{mi:02d}-{d1:02d}"
        end = f"{year:04d}-{mi:02d}-{d2:02d}" if d2 else start
    else:
        start = f"{mi:02d}-{d1:02d}"
        end = f"{mi:02d}-{d2:02d}" if d2 else start
    return start, end, year


def dateline(line: str) -> str | None:
    """The ISO date of a dateline ("May 11, 2015", "Tabriz, 21 August 2024", "28.05.2019")."""
    if len(line) > 60:
        return None
    return find_date(line)
