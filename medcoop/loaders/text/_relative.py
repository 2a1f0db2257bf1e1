"""Posts told by a relative clause: "Tiina Tamm, who heads the hospital's oncology clinic",
"Name, who chairs the board of X"."""

from __future__ import annotations

from ._around import owner_before, skip_det, unit_parent
from ._chunks import title_start
from ._doc import Doc, InstMention, PersonMention
from ._generic import generic, recent


def who_heads_at(doc: Doc, s: int, k: int) -> str | None:
    """The title that ", who <verb>" at token k gives ("heads" -> "head"), else None."""
    toks = doc.toks[s]
    if k + 2 >= len(toks) or toks[k].text != "," or toks[k + 1].text.casefold() != "who":
        return None
    return doc.rules.head_verbs.get(toks[k + 2].text.casefold())


_SERVES = frozenset(["serves", "served", "works", "worked", "acts", "acted"])


def title_clause_at(doc: Doc, s: int, k: int) -> int | None:
    """Where the title of ", who also serves as Director General of X" (or ", who is the
    rector of X") at token k starts, else None."""
    toks = doc.toks[s]
    if k + 3 >= len(toks) or toks[k].text != "," or toks[k + 1].text.casefold() != "who":
        return None
    j = k + 2
    if toks[j].text == "also":
        j += 1
    if j + 1 < len(toks) and toks[j].text in _SERVES and toks[j + 1].text == "as":
        j += 2
    elif toks[j].text in ("is", "was"):
        j += 2 if j + 1 < len(toks) and toks[j + 1].text == "also" else 1
    else:
        return None
    j = skip_det(toks, j)
    return j if title_start(doc, toks, j) else None


def copula_title_at(doc: Doc, s: int, k: int) -> int | None:
    """Where the title of "Name is Rector of X" (a name the subject of "is"/"was") at token k
    starts, else None."""
    toks = doc.toks[s]
    if k + 2 >= len(toks) or toks[k].text not in ("is", "was"):
        return None
    j = skip_det(toks, k + 1)
    return j if title_start(doc, toks, j) else None


# "visited X, where it was received by the Rector Name": the host's own officer receives
_RECEIVED = frozenset(["received", "welcomed", "greeted", "met"])


def host_before(doc: Doc, s: int, k: int) -> int | None:
    """The institution of "X, where <they> were received by the <title at k>", else None."""
    toks = doc.toks[s]
    j = k
    while j > 0 and toks[j - 1].text.casefold() == "the":
        j -= 1
    if j < 5 or toks[j - 1].text != "by" or toks[j - 2].text not in _RECEIVED:
        return None
    if toks[j - 3].text not in ("was", "were"):
        return None
    w = next((i for i in range(j - 4, max(0, j - 8), -1) if toks[i].text == "where"), None)
    if w is None or w < 2 or toks[w - 1].text != ",":
        return None
    m = next(
        (m for m in doc.inst_mentions if m.sent == s and m.end == w - 1 and m.entity is not None),
        None,
    )
    return m.entity if m is not None else None


def who_heads(doc: Doc, p: PersonMention) -> list[tuple[str, int | None]]:
    """(title, institution) of "Name, who heads …": the institution headed, or a unit of
    one ("the clinic's cardiology department", "the cardiology department of X") with the
    unit in the title."""
    title = who_heads_at(doc, p.sent, p.end)
    if title is None:
        return []
    toks = doc.toks[p.sent]
    k = skip_det(toks, p.end + 3)
    m = _mention_at(doc, p.sent, k)
    if m is not None:
        if not (m.end < len(toks) and toks[m.end].text in ("'s", "’s")):
            unit = unit_parent(doc, p.sent, m)
            if unit is None:
                return [(title, m.entity)]
            doc.units.add(m.entity)  # type: ignore[arg-type]
            return [(f"{title} of the {doc.span_text(p.sent, m.start, unit[1])}", unit[0])]
        k = m.end  # "the Tartu hospital's …": the owner, then the unit
    owner: int | None = None
    if m is None and k + 1 < len(toks) and toks[k + 1].text in ("'s", "’s"):
        k += 1  # "the hospital's oncology clinic"
    if k < len(toks) and toks[k].text in ("'s", "’s"):
        owner = owner_before(doc, p.sent, k + 1)
        k += 1
    end = _unit_end(doc, toks, k)
    if end is None:
        return []
    if owner is None and end == k + 1:  # "Name, who heads the institute": the one named
        word = toks[k].text
        named = generic(doc, word)
        named = named if named is not None else recent(doc, p.sent, word)
        if named is not None:
            return [(title, named)]
    words = doc.span_text(p.sent, k, end)
    if owner is None and end + 1 < len(toks) and toks[end].text in ("of", "at"):
        after = _mention_at(doc, p.sent, skip_det(toks, end + 1))
        owner = after.entity if after is not None else None
    return [(f"{title} of the {words}", owner)]


def _mention_at(doc: Doc, s: int, k: int) -> InstMention | None:
    return next(
        (m for m in doc.inst_mentions if m.sent == s and m.start == k and m.entity is not None),
        None,
    )


def _unit_end(doc: Doc, toks: list, k: int) -> int | None:
    """The end of a lower-case unit's name at k ("oncology clinic", "department of surgery")."""
    j = k
    while j < len(toks) and j - k < 4 and toks[j].text.isalpha() and toks[j].text.islower():
        if toks[j].text in doc.rules.unit_heads:
            return j + 1
        j += 1
    return None
