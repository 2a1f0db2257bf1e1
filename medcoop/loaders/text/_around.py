"""What lies around a title: the institution mention at a token, an apposed title after
"Name,", and the owner named before a title ("the hospital's", "its", "Hyundai Hospital's")."""

from __future__ import annotations

import re

from ._chunks import title_start
from ._doc import Doc, InstMention, is_place, norm, words
from ._generic import (
    demonym_generic,
    described,
    generic,
    kind_generic,
    named_earlier_here,
    not_named_here,
    recent,
    spelled_head,
)


def inst_at(doc: Doc, s: int, k: int) -> InstMention | None:
    return next(
        (m for m in doc.inst_mentions if m.sent == s and m.start == k and m.entity is not None),
        None,
    )


def inst_ending(doc: Doc, s: int, k: int) -> InstMention | None:
    return next(
        (m for m in doc.inst_mentions if m.sent == s and m.end == k and m.entity is not None),
        None,
    )


def apposed_title(doc: Doc, toks: list, k: int) -> bool:
    """A title after "Name,": "Rector", or one or two capitalised words before a title word
    ("Country Director", "Medical Director") that name no institution or place."""
    if title_start(doc, toks, k):
        return True
    if occupation(doc, toks, k):
        return True
    for size in (1, 2):
        j = k + size
        if j >= len(toks) or not title_start(doc, toks, j) or not toks[j].is_cap:
            continue
        words = toks[k:j]
        if all(
            t.is_cap
            and t.text[:1].isalpha()
            and t.text.casefold() not in doc.rules.heads
            and not t.is_acronym
            and not is_place(t.text)
            for t in words
        ):
            return True
    return False


def occupation(doc: Doc, toks: list, k: int) -> bool:
    """ "Name, the plastic surgeon who …": one or two lower-case words and a title word,
    after an article."""
    if k == 0 or toks[k - 1].text.casefold() not in ("the", "a", "an"):
        return False
    for size in (1, 2):
        j = k + size
        if (
            j < len(toks)
            and all(t.text.isalpha() and t.text.islower() for t in toks[k:j])
            and toks[j].text.casefold() in doc.rules.title_core
        ):
            return True
    return False


def skip_det(toks: list, k: int) -> int:
    while k < len(toks) and toks[k].text.casefold() in ("the", "a", "an"):
        k += 1
    return min(k, len(toks) - 1)


POSSESSIVE = ("its", "their", "whose", "'s", "’s")


def modifiers_before(toks: list, k: int) -> int:
    """ "the clinic's medical director", "whose programme coordinator": one or two lower-case
    words between a possessive and a title word belong to the title."""
    for j in (k - 1, k - 2):
        if j < 1 or not (toks[j].text.isalpha() and toks[j].text.islower()):
            return k
        if toks[j - 1].text.casefold() in POSSESSIVE:
            return j
    return k


def cap_words_before(doc: Doc, toks: list, k: int) -> int:
    """ "our Medical Director", "its Country Manager": one or two capitalised words between a
    possessive determiner and a title word belong to the title."""
    j = k
    while (
        j > 0
        and k - j < 2
        and toks[j - 1].is_cap
        and toks[j - 1].text.isalpha()
        and toks[j - 1].text.casefold() not in doc.rules.heads
        and not is_place(toks[j - 1].text)
    ):
        j -= 1
    return j if j < k and j > 0 and toks[j - 1].text.casefold() in ("our", "its", "their") else k


# "the academy was represented by its …", "(and) the cardiology centre by its …"
_BY_THE = re.compile(
    r"\b[Tt]he\s+(?:(?P<mod>[a-z][\w-]*)\s+)?(?P<head>(?!(?:was|were|is|are)\b)[a-z]+)"
    r"(?:\s+(?:was|were|is|are))?"
    r"(?:\s+represented)?\s+by\s+$"
)


def last_inst_before(doc: Doc, s: int, k: int) -> int | None:
    """The owner "its" (just before token k) stands for."""
    toks = doc.toks[s]
    by = _BY_THE.search(doc.text[doc.sents[s].start : toks[k - 1].start]) if k > 0 else None
    if by and (hit := described(doc, s, by.group("mod"), by.group("head"))) is not None:
        return hit
    before = [m for m in doc.inst_mentions if m.sent == s and m.end <= k and m.entity is not None]
    if before:
        return before[-1].entity
    # "the Armenian centre was represented by its director": the demonym names the owner
    dems = [e for j in range(k - 1) if (e := demonym_generic(doc, s, j)) is not None]
    if dems:
        return dems[-1]
    # "At the hospital they were met by its chief physician": the hospital named before
    # "in the Clinic's conference hall by its general director": the clinic's, too
    heads = [
        j
        for j in range(1, k)
        if toks[j - 1].text.casefold() == "the"
        and (_bare(doc, toks, j) or _possessive_head(doc, toks, j))
    ]
    if not heads:
        return None
    word = toks[heads[-1]].text
    named = generic(doc, word)
    return named if named is not None else recent(doc, s, word.casefold())


def _possessive_head(doc: Doc, toks: list, j: int) -> bool:
    """A head noun with a possessive at j ("the Clinic's", "the university's")."""
    return (
        toks[j].text.casefold() in doc.rules.heads
        and j + 1 < len(toks)
        and toks[j + 1].text in ("'s", "’s")
    )


def _bare(doc: Doc, toks: list, j: int) -> bool:
    """A lower-case head noun alone at j ("the hospital", not "the hospital's director")."""
    return (
        toks[j].text.islower()
        and toks[j].text in doc.rules.heads
        and (j + 1 >= len(toks) or not toks[j + 1].text[:1].isalpha() or toks[j + 1].text.islower())
    )


def owner_before(doc: Doc, s: int, k: int) -> int | None:
    """ "Hyundai Hospital's General Director", "Taipei VGH Superintendent", "the institute's"."""
    toks = doc.toks[s]
    j = k
    while j > 0 and toks[j - 1].text.casefold() in ("the",):
        j -= 1
    if j > 0 and toks[j - 1].text in ("'s", "’s"):
        m = inst_ending(doc, s, j - 1)
        if m is not None:
            return m.entity
        if j < 2:
            return None
        word = toks[j - 2].text  # "The hospital's chief physician": the hospital last named
        named = _named_before(doc, s, j - 2, word)  # "visited X, where … the centre's director"
        if named is None:
            named = named_earlier_here(doc, s, j - 2, word.casefold())
        if named is None:
            named = generic(doc, word)  # entity 0 is an owner too
        if named is None:
            named = recent(doc, s, word.casefold())
        if named is None:
            named = not_named_here(doc, s, word.casefold())
        return named if named is not None else kind_generic(doc, word)
    m = inst_ending(doc, s, j)
    if m is not None:
        return m.entity
    named = named_before(doc, s, j)
    return named if named is not None else acronym_opening(doc, s, j)


def named_before(doc: Doc, s: int, k: int) -> int | None:
    """ "Taipei VGH Superintendent Prof. X": capitalised words just before the title that the
    text names an institution by elsewhere (there a subject, here no mention of its own)."""
    toks = doc.toks[s]
    for n in range(min(4, k), 0, -1):
        if not all(t.text[:1].isupper() for t in toks[k - n : k]):
            continue
        span = norm(doc.span_text(s, k - n, k))
        ents = {
            m.entity for m in doc.inst_mentions if m.entity is not None and norm(m.text) == span
        }
        if len(ents) == 1:
            return ents.pop()
    return None


def acronym_opening(doc: Doc, s: int, k: int) -> int | None:
    """ "the WHO Representative in Mongolia" of a text that names the "WHO Country Office in
    Mongolia": the one institution whose name opens with the acronym before the title."""
    toks = doc.toks[s]
    if k < 1 or not toks[k - 1].is_acronym:
        return None
    acr = toks[k - 1].text
    ents = {
        m.entity
        for m in doc.inst_mentions
        if m.entity is not None and m.text.split()[0] == acr and len(m.text.split()) > 1
    }
    return ents.pop() if len(ents) == 1 else None


def _named_before(doc: Doc, s: int, k: int, word: str) -> int | None:
    """The institution with that head noun named last in sentence s before token k ("X and
    Y Hospital agreed, which the hospital's director said …": Y, the nearer)."""
    head = spelled_head(word)
    last = max(
        (
            (m.end, m.entity)
            for m in doc.inst_mentions
            if m.sent == s and m.end <= k and m.entity is not None and m.head
            and spelled_head(m.head).endswith(head)
        ),
        default=None,
    )
    return last[1] if last is not None else None


def descriptor_length(doc: Doc, toks: list, j: int) -> int:
    """The length of a lower-case description at j that a noun of institutions ends, before a
    capitalised name ("drug company" in "the drug company Farmaklon"); 0 when there is none."""
    k = j
    while k < len(toks) and k - j < 3 and toks[k].text.isalpha() and toks[k].text.islower():
        if toks[k].text in doc.rules.descriptors:
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            return k + 1 - j if nxt is not None and nxt.is_cap and nxt.text[:1].isalpha() else 0
        k += 1
    return 0


def _same_one(doc: Doc, s: int, k: int, unit: InstMention) -> int | None:
    """ "the same hospital" at k: the institution with that head noun named last before."""
    toks = doc.toks[s]
    if k + 1 >= len(toks) or toks[k].text != "same" or toks[k + 1].text not in doc.rules.heads:
        return None
    head = spelled_head(toks[k + 1].text)
    before = [
        m
        for m in doc.inst_mentions
        if (m.sent, m.start) < (s, unit.start)
        and m.entity not in (None, unit.entity)
        and m.head
        and spelled_head(m.head).endswith(head)
    ]
    return max(before, key=lambda m: (m.sent, m.start)).entity if before else None


def unit_parent(doc: Doc, s: int, m: InstMention) -> tuple[int, int] | None:
    """(parent entity, end of the unit's name) when a title names a unit of another
    institution: "Director of the Neuroscience Institute at HMC", "Head of the International
    Office of MedUni Vienna" (the parent named elsewhere by the words after "of")."""
    if m.head is None or m.head not in doc.rules.unit_heads:
        return None
    toks = doc.toks[s]
    k = m.end
    if k + 1 < len(toks) and toks[k].text in ("at", "of"):
        p = inst_at(doc, s, skip_det(toks, k + 1))
        if p is not None and p.entity != m.entity:
            return p.entity, m.end  # type: ignore[return-value]
        same = _same_one(doc, s, skip_det(toks, k + 1), m)
        if same is not None:  # "head of the Emergency Department of the same hospital"
            return same, m.end
    for q in range(m.start + 1, m.end - 1):
        if toks[q].text not in ("at", "of"):
            continue
        tail = norm(doc.span_text(s, skip_det(toks, q + 1), m.end))
        if tail.startswith("ministry"):
            # "National Center of Oncology and Hematology of the Ministry of Health of the
            # Kyrgyz Republic": a state institution named with the ministry it is under, not
            # a unit of the ministry
            break
        owner = next(
            (
                o.entity
                for o in doc.inst_mentions
                if o.entity is not None
                and o.entity != m.entity
                and tail in (norm(o.text), norm(o.acronym or ""))
            ),
            None,
        )
        if owner is not None:
            return owner, q
    if m.head in doc.rules.subunit_heads:  # "Cerrahpaşa Faculty of Medicine" of "Istanbul
        return _namesake(doc, s, m)  # University-Cerrahpaşa": a faculty called by its parent
    return None


# "Health Department of Almaty Region": the words of an area are a place's, not a name's own
_AREA_WORDS = frozenset(
    ["region", "oblast", "province", "district", "county", "governorate", "prefecture"]
)


def _namesake(doc: Doc, s: int, m: InstMention) -> tuple[int, int] | None:
    """The one other institution whose name shares the unit's own proper word."""
    common = doc.rules.org_words | set(doc.rules.heads) | {"of", "the", "and", "for"}
    name = re.split(r"\s+in\s+", m.text)[0]  # "WHO Country Office in Kazakhstan": where it is
    own = {w for w in words(name) if w not in common}
    if not own or all(is_place(w) or w in _AREA_WORDS for w in own):
        # "Public Health Department of Almaty": a city's own body; that "City Clinical Hospital
        # No. 7 of Almaty" names the city too says where both are, not that one owns the other
        return None
    owners = {
        o.entity
        for o in doc.inst_mentions
        if o.entity is not None and o.entity != m.entity and own & set(words(o.text))
    }
    return (owners.pop(), m.end) if len(owners) == 1 else None
