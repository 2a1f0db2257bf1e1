"""Mentions that only say who reports the news (a source), not who takes part in it."""

from __future__ import annotations

import re

from ._doc import Doc, InstMention

_SOURCE = re.compile(
    r"(press service|press office|according to|report(?:ed|s)? by|reports? of)\s+(?:of\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def is_source(doc: Doc, m: InstMention) -> bool:
    sent = doc.sents[m.sent]
    last = max((k for k, ln in enumerate(doc.lines) if ln.strip()), default=-1)
    if sent.line == last and len(doc.lines[last].split()) <= 8 and sent.line != doc.title_line:
        return True  # the closing byline: "Karolinska Institutet, Communications Office"
    if _SOURCE.search(doc.text[sent.start : m.char_start]):
        return True
    # "…, the Ministry of Health of the Kyrgyz Republic said.": only who reports it
    before = doc.text[sent.start : m.char_start]
    return bool(_SAID_AFTER.match(doc.text[m.char_end : sent.end])) and bool(
        re.search(r",\s*(?:the\s+)?$", before)
    )


_SAID_AFTER = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:said|says|reported|reports|announced|informed|informs|told\s+\S+)"
    r"(?:\s+(?:on\s+)?\w+day)?\s*[.!]?\s*$"
)
