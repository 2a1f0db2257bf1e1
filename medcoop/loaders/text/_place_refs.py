"""Places a text refers to without naming them: "the sultanate's Royal Hospital", "X, the
country's main public university", "went to Khujand, where … at the X"."""

from __future__ import annotations

import functools
import re
from collections.abc import Set as AbstractSet

from . import _geo
from ._dateline_home import dateline_country
from ._doc import Doc, InstMention

# ", the country's main public university": the country the report is datelined in
_THE_COUNTRYS = re.compile(r"^\s*,\s*(?:one\s+of\s+)?the\s+country(?:'s|’s)\s")
# "Visit of the doctors to Khujand, where a conference was held at the X"
_WHERE_AT = re.compile(
    r"\b(?:in|to)\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?),\s+where\s+[^.;]*?"
    r"\b(?:at|in)\s+(?:the\s+)?$"
)


@functools.cache
def _state_re(after: bool) -> re.Pattern[str]:
    """ "the sultanate's " before a name (``after`` false), or ", the kingdom's …" after it."""
    forms = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in _geo.state_forms())
    own = r"\b[Tt]he\s+(?P<form>" + forms + r")(?:'s|’s)\s+"
    if after:
        return re.compile(r"^\s*,\s*" + own)
    return re.compile(own + r"(?:[a-z][\w-]*\s+){0,2}(?:the\s+)?$")


def state_reference(doc: Doc, before: str, after: str, text_codes: AbstractSet[str]) -> str | None:
    """The country "the sultanate's" (before a name) or ", the kingdom's …" / ", the country's
    …" (after it) refers to: the one country of that form the text names; for "the country",
    the dateline's, when the text names it."""
    state = _state_re(False).search(before) or _state_re(True).match(after)
    if state and (code := _geo.state_country(state.group("form"), text_codes)):
        return code
    if _THE_COUNTRYS.match(after) and (code := dateline_country(doc)) in text_codes:
        return code
    return None


def country_named_on(doc: Doc, m: InstMention) -> str | None:
    """ "X, the country's largest referral hospital, serves every region of Peru": the one
    country the rest of the sentence names (no dateline said which country is meant)."""
    sent = doc.sents[m.sent]
    rest = doc.text[m.char_end : sent.end]
    if not _THE_COUNTRYS.match(rest):
        return None
    rx = _geo.country_regex()
    names = [x.group(1) for x in rx.finditer(rest)] if rx else []
    codes = {c for x in names if not _geo.is_demonym(x) and (c := _geo.country_of(x))}
    return codes.pop() if len(codes) == 1 else None


def where_at(doc: Doc, m: InstMention) -> re.Match[str] | None:
    """The city of "to Khujand, where … at the X" before mention m, in its sentence."""
    return _WHERE_AT.search(doc.text[doc.sents[m.sent].start : m.char_start])
