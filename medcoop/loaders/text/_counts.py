"""Agreements reported only as a number: "31 memorandums were signed", "signed nine memoranda"."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ._doc import Doc

_NUMBERS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
# "thirty-one", "forty two": a tens word and a unit, before the single words (not "one" alone)
_COMPOUND = (r"(?:" + "|".join(_TENS) + r")(?:[-\s](?:one|two|three|four|five|six|seven|eight|"
             r"nine))?")
# a new noun here goes into _COUNT_NOUNS too (its pre-check)
_COUNT = re.compile(
    r"(?<![\w-])(\d{1,4}|" + _COMPOUND + "|" + "|".join(_NUMBERS)
    + r")\s+(?:new\s+|more\s+|other\s+|further\s+|bilateral\s+|"
    r"international\s+|cooperation\s+)?(memorand\w*|agreements|contracts|documents|mous)\b",
    re.IGNORECASE,
)
_COUNT_NOUNS = ("memorand", "agreements", "contracts", "documents", "mous")  # _COUNT's nouns
# the documents named one by one after a colon: the count is no count of its own
_LISTED = re.compile(
    r":\s*(?:an?|the|one|first)\s+(?:[\w-]+\s+){0,3}?(?:agreement|memorand|contract|roadmap|plan)"
    r"|:\s*(?:one\s+)?[Bb]etween\b",  # "Two memoranda were signed: between A and B, and between …"
    re.IGNORECASE,
)
# a tally over the years, not the documents of one occasion
_SINCE = re.compile(
    r"\b(?:since|over\s+the\s+(?:past|last)\s+\w+\s+years|in\s+recent\s+years)\b", re.IGNORECASE
)
_ANAPHORIC_COUNT = re.compile(r"\b(?:all|the|these|those|both)\s*$", re.IGNORECASE)


def number_value(word: str) -> int:
    """ "nine" 9, "twenty" 20, "thirty-one" 31, "forty two" 42."""
    parts = re.split(r"[-\s]+", word.casefold())
    if parts[0] in _TENS:
        return _TENS[parts[0]] + (_NUMBERS[parts[1]] if len(parts) > 1 else 0)
    return _NUMBERS[parts[0]]


def count_match(text: str) -> re.Match[str] | None:
    """The first "N memorandums" in text whose N is not a year ("April 2022 memorandums")."""
    return next(count_matches(text), None)


def count_matches(text: str) -> Iterator[re.Match[str]]:
    """Each "N memorandums" of text whose N is not a year."""
    low = text.casefold()  # casefold, as IGNORECASE does: "ſ" is an "s" to both
    if not any(w in low for w in _COUNT_NOUNS):
        return  # asked of every sentence; the substring test is much cheaper than _COUNT
    for m in _COUNT.finditer(text):
        raw = m.group(1)
        if not (raw.isdigit() and len(raw) == 4):
            yield m


def find_counts(doc: Doc) -> list[tuple[int, int]]:
    """(count, sentence) for "31 memorandums were signed" / "signed nine memoranda"."""
    out = []
    for s, sent in enumerate(doc.sents):
        m = count_match(sent.text)
        if not m or doc.rules.hedge_re.search(sent.text) or not signed(doc, sent.text):
            continue
        # "Besides these three documents, six more memorandums were signed": the documents
        # told before, then a count of others
        told = sent.text
        fresh = (c for c in count_matches(told) if not _ANAPHORIC_COUNT.search(told[: c.start()]))
        m = next(fresh, None)
        if m is None:
            continue  # "all three memorandums"
        if _SINCE.search(sent.text[: m.start()]):
            continue  # "since then the universities have signed more than 20 documents"
        if _quoted(sent.text[: m.start()]):
            continue  # '"The signing of two documents in one day …," the rector noted'
        if _LISTED.search(sent.text, m.end()):
            continue  # "two documents were signed: an Agreement on … and a Memorandum …"
        raw = m.group(1).casefold()
        n = int(raw) if raw.isdigit() else number_value(raw)
        if n <= _items_below(doc, s):
            continue  # "Two documents were signed:" then "1. …" and "2. …": told one by one
        if 1 <= n < 1000:
            out.append((n, s))
    return out


_ITEM_LINE = re.compile(r"^\s*(?:[–—•*-]|\d+[.)])\s+")


def _items_below(doc: Doc, s: int) -> int:
    """The list lines right below sentence s when it ends its line with a colon, else 0."""
    sent = doc.sents[s]
    if not sent.text.rstrip().endswith(":"):
        return 0
    n = 0
    for line in doc.lines[sent.line + 1 :]:
        if not line.strip():
            continue
        if _ITEM_LINE.match(line) is None:
            break
        n += 1
    return n


def documents_listed(text: str) -> bool:
    """ "Two memoranda were signed: a memorandum between A and B, and …": the counted documents
    told one by one in the same sentence, each with its parties."""
    m = count_match(text)
    if m is None or "between" not in text:
        return False
    return _LISTED.search(text, m.end()) is not None or _ONE_OF.search(text, m.end()) is not None


# "5 memorandums were signed …, including a memorandum between A and B": one of those counted
# told with its parties
_ONE_OF = re.compile(
    r",\s*(?:including|among\s+them|among\s+which)\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agreement|memorand|contract|roadmap|plan)\w*\s+between\b",
    re.IGNORECASE,
)


def _quoted(before: str) -> bool:
    """The text after ``before`` is inside a quotation a speaker comments in."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def signed(doc: Doc, text: str) -> bool:
    """The text reports a document as signed ("signed", "inked", "concluded" …), or as
    renewed: a renewed or prolonged document is signed again."""
    return (
        verb_re(doc.rules.signing_verbs).search(text) is not None
        or renewal_re(doc.rules.trigger_re.pattern).search(text) is not None
    )


RENEWAL_VERBS = frozenset(["renewed", "extended", "prolonged"])
# the past tense that reports a signing: "A signed …", "signed by …"
SIGN_VERBS = frozenset(["signed", "concluded", "inked"])


@functools.cache
def renewal_re(triggers: str) -> re.Pattern[str]:
    """ "A and B renewed their cooperation agreement", "the memorandum was prolonged": the
    verb with the document as its object (not "extended support", "will be extended")."""
    verbs = "|".join(sorted(RENEWAL_VERBS))
    return re.compile(
        rf"\b(?:{verbs})\s+(?:their|its|the|a|an|our|this|that)\s+(?:[\w-]+\s+){{0,3}}?{triggers}"
        rf"|{triggers}\s+(?:was|were|has\s+been|have\s+been)\s+(?:{verbs})\b",
        re.IGNORECASE,
    )


@functools.cache
def verb_re(verbs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(v) for v in verbs) + r")\b", re.IGNORECASE)
