"""The parties of "the two sides signed …" when the sentence names none: the institutions of
the sentences just before it, in the same paragraph."""

from __future__ import annotations

import re

from ._counts import verb_re
from ._doc import Doc
from ._home import acting_institution

_TWO = re.compile(
    r"(?i)\b(?:the\s+two|both)\s+(?:ministries|sides|parties|institutions|universities|"
    r"hospitals|centres|centers|organi[sz]ations)\b"
    r"|\bthe\s+(?:sides|parties)\b"  # "The parties signed an agreement": the two just named
)


_WHICH = re.compile(r"^\s*,\s*(?:which|that)\b")


def two_sides(doc: Doc, s: int) -> list[int]:
    """ "The delegation met a team of Ministry X. … the two ministries approved a programme":
    the two institutions named in the nearest earlier sentence of the paragraph that names
    any, or the one named there and the institution whose delegation the release follows."""
    text = doc.sents[s].text
    two = _TWO.search(text)
    verb = verb_re(doc.rules.signing_verbs).search(text, two.end()) if two else None
    # "… between the two institutions, which was signed earlier": the relative clause's verb
    gap = _WHICH.sub("", text[two.end() : verb.start()]) if two and verb else ""
    if two is None or verb is None or len(gap.split()) > 2:
        return []  # "both sides said they would keep in touch": not who signed
    if any(m.sent == s and m.entity is not None for m in doc.inst_mentions):
        return []  # the sentence names its own parties: read elsewhere
    line = doc.sents[s].line
    for t in range(s - 1, max(-1, s - 3), -1):
        if doc.sents[t].line != line:
            break
        named = list(
            dict.fromkeys(
                m.entity for m in doc.inst_mentions if m.sent == t and m.entity is not None
            )
        )
        if len(named) == 2:
            return named
        if len(named) == 1:
            acting = acting_institution(doc)
            return [acting, named[0]] if acting is not None and acting != named[0] else []
        if named:
            return []
    return []
