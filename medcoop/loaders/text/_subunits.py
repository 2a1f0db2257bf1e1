"""Sub-units that are parts of an institution, not institutions: "the International
Cooperation Department at RSU", "Dean of the College of Medicine", "the university's College of
Medicine", "the TUM School of Medicine"."""

from __future__ import annotations

from ._chunks import CONNECT
from ._doc import Doc, InstMention
from ._names import is_honorific, is_name_word
from ._sentences import Token


def _acronym_unit(toks: list[Token], m: InstMention) -> bool:
    """ "the TMA multidisciplinary clinic": an acronym and lower-case words, a part of the
    institution the acronym stands for."""
    rest = toks[m.start + 1 : m.end]
    return toks[m.start].is_acronym and bool(rest) and all(t.text.islower() for t in rest)


def _service(doc: Doc, toks: list[Token], m: InstMention) -> bool:
    """A centre whose name says what service it gives ("International Healthcare Center")."""
    return any(t.text.casefold() in doc.rules.unit_functions for t in toks[m.start : m.end])


def _title_ends_at(doc: Doc, toks: list[Token], k: int) -> bool:
    """A title phrase ends at token k: its core word there or a few words before, with only
    words between ("Vice Dean for International Affairs")."""
    for q in range(k, max(-1, k - 5), -1):
        word = toks[q].text.casefold()
        if word in doc.rules.title_core or word.split("-")[-1] in doc.rules.title_core:
            return True
        if not toks[q].text.isalpha():
            return False
    return False


def _two_name_words(doc: Doc, toks: list[Token], e: int) -> bool:
    return e + 1 < len(toks) and is_name_word(doc, toks[e]) and is_name_word(doc, toks[e + 1])


# units that are part of a title when a title names them: "head of the General Directorate
# of Foreign Relations of the ministry", "Dean of the College of Medicine" (of a university)
_TITLE_UNITS = frozenset(["directorate", "college"])


def subunit_at(doc: Doc, m: InstMention, raw: list[InstMention]) -> bool:
    """ "the International Cooperation Department at RSU": a part of the next institution."""
    if m.head is None:
        return False
    toks = doc.toks[m.sent]
    if m.head in doc.rules.unit_heads and _service(doc, toks, m) and _titled_unit(doc, toks, m):
        return True  # "Director of the International Healthcare Center, Professor X"
    if m.head.split()[-1] in doc.rules.subunit_heads and _titled_unit(doc, toks, m):
        return True  # "the Dean of the Medical School B" (head "medical school")
    if _unit_field(doc, toks, m):
        return True
    if m.head not in doc.rules.subunit_heads | _TITLE_UNITS:
        return False
    if _titled_unit(doc, toks, m) or _acronym_unit(toks, m):
        return True
    if m.head in _TITLE_UNITS:
        return False
    k = m.end
    if k >= len(toks) or toks[k].text not in ("at", "of"):
        return False
    k += 1
    the = k < len(toks) and toks[k].text.casefold() == "the"
    while k < len(toks) and toks[k].text.casefold() == "the":
        k += 1
    if the and k < len(toks) and toks[k].text.islower() and toks[k].text in doc.rules.heads:
        return True  # "the Educational-Surgical Clinic of the university": a part of it
    return any(o.sent == m.sent and o.start == k for o in raw)


def owned_at(doc: Doc, m: InstMention, raw: list[InstMention]) -> bool:
    """A sub-unit named with its owner ("TUM School of Medicine": head "school of medicine");
    an institute or centre a head noun's possessive owns ("the university's Center for
    International Admissions")."""
    if m.head is None:
        return False
    toks = doc.toks[m.sent]
    if m.head.split()[0] in doc.rules.subunit_heads | _TITLE_UNITS:
        return _owned_unit(doc, toks, m, raw)
    if m.head not in doc.rules.unit_heads:
        return False
    possessed = m.start > 1 and toks[m.start - 1].text in ("'s", "’s")
    return possessed and _owned_unit(doc, toks, m, raw)


def _owned_unit(doc: Doc, toks: list[Token], m: InstMention, raw: list[InstMention]) -> bool:
    """ "the university's College of Medicine", "the TUM School of Medicine": a sub-unit
    named with its owner, a head noun's possessive or an institution's acronym."""
    k = m.start
    if k > 1 and toks[k - 1].text in ("'s", "’s") and toks[k - 2].text in doc.rules.heads:
        return doc.rules.heads[toks[k - 2].text] != "other"
    first = toks[k]
    return (
        first.is_acronym
        and m.end - k > 1
        and toks[k + 1].text.casefold() in doc.rules.subunit_heads
        and any(o.acronym == first.text and o is not m for o in raw)
    )


def _unit_field(doc: Doc, toks: list[Token], m: InstMention) -> bool:
    """ "Deputy Director of the Department of Medical Care Organization of the ministry": the
    words after a titled unit's "of" name what the unit does (in common words, or with the
    unit's owner named by a common noun after them), not an institution."""
    k = m.start
    return (
        k >= 5
        and toks[k - 1].text == "of"
        and toks[k - 2].is_cap
        and toks[k - 2].text.casefold() in doc.rules.subunit_heads | _TITLE_UNITS
        and toks[k - 3].text.casefold() == "the"
        and toks[k - 4].text == "of"
        and _title_ends_at(doc, toks, k - 5)
        and (
            all(_common(doc, t.text.casefold()) for t in toks[m.start : m.end])
            or _owner_named_after(doc, toks, m.end)  # "… Health Services Research of the hospital"
        )
    )


def _owner_named_after(doc: Doc, toks: list[Token], e: int) -> bool:
    """ "… of the ministry", "… of its clinic": the unit's owner named by a common noun."""
    return (
        e + 2 < len(toks)
        and toks[e].text == "of"
        and toks[e + 1].text.casefold() in ("the", "its")
        and toks[e + 2].text in doc.rules.heads
        and toks[e + 2].text.islower()
    )


def _common(doc: Doc, word: str) -> bool:
    """A word of what any institution or unit is called, none of one's own name."""
    r = doc.rules
    return word in r.org_words or word in r.unit_functions or word in CONNECT or word in r.heads


def _titled_unit(doc: Doc, toks: list[Token], m: InstMention) -> bool:
    """ "deputy head of the International Cooperation Office;", "head of the Directorate of
    X of the ministry": a unit named by a title, of no institution named there, is part of
    the title (its owner is found as for any title)."""
    k = m.start - 1
    if k >= 0 and toks[k].text.casefold() == "the":
        k -= 1
    if k < 1 or toks[k].text != "of" or not _title_ends_at(doc, toks, k - 1):
        return False
    first = 1 if toks[m.start].is_acronym and m.end - m.start > 1 else 0  # "the TMA clinic"
    named = [t.text.casefold() for t in toks[m.start + first : m.end] if t.text[:1].isalpha()]
    common = doc.rules.org_words | doc.rules.unit_functions | CONNECT
    if any(w not in common and w not in doc.rules.heads for w in named):
        return False  # "Head of the WHO Country Office in Kazakhstan": a named office
    e = m.end
    if e >= len(toks) or toks[e].text in (";", ",", ".", "and", ")"):
        return True
    if is_honorific(doc, toks[e]) or _two_name_words(doc, toks, e):
        return True  # "Dean of the Medical Faculty Dr. X", "… Faculty Gulzat Mamytova said"
    return (
        e + 2 < len(toks)
        and toks[e].text == "of"
        and toks[e + 1].text.casefold() in ("the", "its")
        and toks[e + 2].text.casefold() in doc.rules.heads
        and not toks[e + 2].is_cap
    )
