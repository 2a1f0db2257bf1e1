"""The institution whose staff welcome a visiting group: "X hosted a delegation from Y. The
guests were welcomed by Chief Physician A and Head of the Surgery Department B": A and B
work at X, the host, not at Y, whose delegation came."""

from __future__ import annotations

import re

from ._doc import Doc, InstMention, PersonMention

# the hosts' staff named as the agents of a welcome: "The guests were welcomed by",
# "the delegation was received by", "the visitors were greeted by"
_WELCOMED_BY = re.compile(
    r"\b(?:guests|delegation|visitors)\s+(?:was|were)\s+(?:\w+\s+)?"
    r"(?:welcomed|received|met|greeted)\s+by\b[^;]*$",
    re.IGNORECASE,
)
# "X hosted a delegation", "X welcomed the guests": the host is the subject
_HOSTED = re.compile(
    r"\b(?:hosted|received|welcomed|greeted)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:delegation|guests|visitors)\b"
)
# "a delegation … visited the X", "… spent three days at the X": the host follows
_VISITED = re.compile(
    r"\b(?:delegation|guests|visitors)\b[^.;]*?\b(?:visited|toured|(?:spent|stayed)\b[^.;]{0,40}?"
    r"\bat|arrived\s+at)\s+(?:the\s+)?$"
)
# how many sentences back the visit's host may have been named
_REACH = 3


_AT_SCENE = re.compile(r"\s*(?:At|In)\s+(?:the\s+)?")


def welcome_host(doc: Doc, m: PersonMention) -> int | None:
    """The host institution of the visit when the person is named among those who welcomed
    the visitors, else None."""
    sent = doc.sents[m.sent]
    if not _WELCOMED_BY.search(doc.text[sent.start : m.char_start]):
        return None
    for im in doc.inst_mentions:  # "At Charité the guests were received by …": the scene's
        if (
            im.sent == m.sent
            and im.entity is not None
            and im.char_start < m.char_start
            and _AT_SCENE.fullmatch(doc.text, sent.start, im.char_start)
        ):
            return im.entity
    for t in range(m.sent, max(-1, m.sent - _REACH - 1), -1):
        host = _host_in(doc, t)
        if host is not None:
            return host
    return None


def _host_in(doc: Doc, t: int) -> int | None:
    """The institution sentence t says hosted or was visited by a group."""
    sent = doc.sents[t]
    mentions = [im for im in doc.inst_mentions if im.sent == t and im.entity is not None]
    for im in mentions:
        if _VISITED.search(doc.text[sent.start : im.char_start]):
            return im.entity
    verb = _HOSTED.search(sent.text)
    if verb is None:
        return None
    subject = [im for im in mentions if im.char_start - sent.start < verb.end()]
    return _last(subject)


def _last(mentions: list[InstMention]) -> int | None:
    """The entity of the mention named last before the verb ("X of Almaty hosted …")."""
    return max(mentions, key=lambda im: im.char_start).entity if mentions else None
