"""Lists in a report of signings: "… signed memoranda with:" then one partner a line, "The
partners are A, B and C", list items under an intro that reports the signing."""

from __future__ import annotations

import re

from ._counts import signed
from ._doc import Doc
from ._home import home_institution
from ._lists import list_after


def sentence_insts(doc: Doc, s: int) -> list[tuple[int, int, int]]:
    """(token start, token end, entity) of the institution mentions of sentence s; not an
    owner in the possessive before another name ("Hiroshima University's Research Institute
    for …" names the institute alone)."""
    here = [(m.start, m.end, m.entity) for m in doc.inst_mentions
            if m.sent == s and m.entity is not None]
    starts = {a for a, _, _ in here}
    toks = doc.toks[s]
    out = [
        (a, b, e)
        for a, b, e in here
        if not (b + 1 in starts and b < len(toks) and toks[b].text in ("'s", "’s"))
    ]
    return sorted(out)


_PARTNERS_ARE = re.compile(
    r"^(?:the|its|their)\s+(?:\w+\s+)?partners\s+(?:are|were|include|included)\b"
    r"|^they\s+(?:are|were|include)\b",
    re.IGNORECASE,
)


ITEM = re.compile(r"^\s*(?:[–—•*-]|\d+[.)])\s+")
# "… memorandums were signed between:" then "A and B;" a line: pairs listed without marks
_BETWEEN_INTRO = re.compile(r"\bbetween:\s*$")


def between_item(doc: Doc, line: int) -> bool:
    """An unmarked line of pairs under an intro ending "between:", each line before it up
    to the intro ending with ";"."""
    for li in range(line - 1, max(-1, line - 12), -1):
        prev = doc.lines[li].rstrip()
        if _BETWEEN_INTRO.search(prev):
            return bool(doc.lines[line].strip())
        if not prev.endswith(";"):
            return False
    return False


def _item(doc: Doc, line: int) -> bool:
    return ITEM.match(doc.lines[line]) is not None or between_item(doc, line)


def following_list(doc: Doc, s: int) -> list[int]:
    """A sentence ending with ':' followed by list lines, or followed by "The partners are A,
    B and C": the institutions listed."""
    sent = doc.sents[s]
    if s + 1 < len(doc.sents) and _PARTNERS_ARE.match(doc.sents[s + 1].text):
        insts = sentence_insts(doc, s + 1)
        return list_after(doc, s + 1, 0, insts)
    if not sent.text.rstrip().endswith(":"):
        return []
    out: list[int] = []
    seen: set[int] = set()
    for t in range(s + 1, len(doc.sents)):
        if doc.sents[t].line in seen:
            continue  # an item's later sentences ("The memorandum provides for …") name no partner
        seen.add(doc.sents[t].line)
        line = doc.lines[doc.sents[t].line]
        if not ITEM.match(line):  # "- A" or "1. A": one partner an item
            break
        if re.match(r"^\s*(?:[–—•*-]|\d+[.)])\s*[Bb]etween\b", line):
            return []  # "- between A and B": each item names both parties itself
        ents = [m.entity for m in doc.inst_mentions if m.sent == t and m.entity is not None]
        if ents:
            out.append(ents[0])
    return out


def item_parties(doc: Doc, s: int) -> list[int]:
    """In a list item headed by an institution ("- Acibadem Hospital (Istanbul). … signed a
    contract with the hospital"), the item's institution and the release's own one."""
    line = doc.sents[s].line
    if not ITEM.match(doc.lines[line]):
        return []
    first = next(t for t in range(len(doc.sents)) if doc.sents[t].line == line)
    heads = [
        m.entity
        for m in doc.inst_mentions
        if m.sent == first and m.start <= 2 and m.entity is not None
    ]
    home = home_institution(doc)
    if not heads or home is None or heads[0] == home:
        return []
    if first == s and not _HEADED_DOCUMENT.match(doc.sents[s].text, _head_end(doc, s)):
        return []  # "- A;": a partner of the intro's documents, not a document of its own
    return [home, heads[0]]


# "– A (Vietnam): memorandum of understanding on …, signed on 2 October": the item's partner,
# then the document it signed
_HEADED_DOCUMENT = re.compile(
    r"\s*(?:\([^()]{2,60}\)\s*)?[:–—]\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:agreement|memorand\w*|contract|road\s*map|plan)\b",
    re.IGNORECASE,
)


def _head_end(doc: Doc, s: int) -> int:
    """The character (within sentence s) right after the item's first institution."""
    m = min((m for m in doc.inst_mentions if m.sent == s), key=lambda m: m.start)
    return m.char_end - doc.sents[s].start


def intro_sent(doc: Doc, s: int) -> int | None:
    """The sentence that introduces the list item s is in ("… the following documents were
    signed:")."""
    line = doc.sents[s].line
    if not _item(doc, line):
        return None
    for li in range(line - 1, -1, -1):
        if not doc.lines[li].strip() or _item(doc, li):
            continue
        return max((t for t, x in enumerate(doc.sents) if x.line == li), default=None)
    return None


def listed(doc: Doc, s: int) -> bool:
    """A list item under an intro that reports signing ("… the following documents were
    signed:" then "1. Plan of joint activities of A and B …")."""
    line = doc.sents[s].line
    if not _item(doc, line):
        return False
    for li in range(line - 1, -1, -1):
        prev = doc.lines[li].strip()
        if not prev or _item(doc, li):
            continue
        return prev.endswith(":") and signed(doc, prev) and not doc.rules.hedge_re.search(prev)
    return False
