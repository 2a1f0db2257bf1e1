"""Two people after a plural title ("signed by the rectors A and B", "the two chief
physicians, A and B"): each holds the title at one of the two institutions just named, in
the same order."""

from __future__ import annotations

from ._doc import Doc, PersonMention
from ._positions import TitleHit


def pair_titles(doc: Doc, p: PersonMention) -> list[TitleHit]:
    toks = doc.toks[p.sent]
    first = p
    if p.cue == "title-pair":
        before = [q for q in doc.person_mentions if q.sent == p.sent and q.end + 1 == p.start]
        if not before:
            return []
        first = before[0]
    elif not _and_person_after(doc, p):
        return []
    k = first.start - 1
    if k >= 0 and toks[k].text == ",":
        k -= 1
    word = toks[k].text.casefold() if k >= 0 else ""
    if not (word.endswith("s") and word[:-1] in doc.rules.title_core):
        return []
    title = word[:-1]
    if k > 0 and toks[k - 1].text.casefold() in doc.rules.title_modifiers:
        title = f"{toks[k - 1].text.casefold()} {title}"  # "chief physicians"
    for s in (p.sent, p.sent - 1):
        ents = [m.entity for m in doc.inst_mentions if m.sent == s and m.entity is not None]
        ents = list(dict.fromkeys(ents))
        if ents:
            break
    if len(ents) != 2:
        return []
    return [TitleHit(title, ents[1 if first is not p else 0])]


def _and_person_after(doc: Doc, p: PersonMention) -> bool:
    toks = doc.toks[p.sent]
    return (
        p.end < len(toks)
        and toks[p.end].text == "and"
        and any(q.sent == p.sent and q.start == p.end + 1 for q in doc.person_mentions)
    )
