"""Where a title phrase stops: a clause, a bare head noun that names an institution ("the
hospital"), a unit of one ("at the faculty"), a comma that opens no list of fields, a name."""

from __future__ import annotations

from ._doc import Doc
from ._generic import generic, recent
from ._names import is_honorific
from ._sentences import Token

# words that end a title phrase: a relative clause, a verb, or "and by" (another agent)
CLAUSE_WORDS = frozenset(
    [
        "who",
        "which",
        "where",
        "that",
        "with",
        "representing",
        "was",
        "is",
        "were",
        "are",
        "has",
        "have",
        "had",
        "will",
        "by",
    ]
)


def bare_unit(doc: Doc, toks: list, j: int) -> bool:
    """A lower-case sub-unit head alone at j ("the faculty", "the department")."""
    nxt = toks[j + 1].text if j + 1 < len(toks) else ""
    return toks[j].text in doc.rules.subunit_heads and not nxt[:1].isalpha()


def field_list(toks: list, comma: int, stop: int) -> bool:
    """ "head of obstetrics, gynaecology and neonatology": a comma in a list of fields, closed
    by "and" a few words on (not "a physician of the clinic, took part in …")."""
    ahead = [t.text for t in toks[comma + 1 : min(stop, comma + 5)]]
    return any(w in ("and", "&") for w in ahead[: ahead.index(",") if "," in ahead else None])


def core_word(doc: Doc, word: str) -> bool:
    low = word.casefold()
    return low in doc.rules.title_core or low.split("-")[-1] in doc.rules.title_core


DETERMINERS = frozenset(["the", "our", "its", "this", "that"])


def is_generic(doc: Doc, s: int, j: int, stop: int) -> bool:
    """Token j is a bare head noun ("the centre", "the Center" before a name)."""
    toks = doc.toks[s]
    if j >= stop:
        return False
    low = toks[j].text.casefold()
    if low not in doc.rules.heads or low in doc.rules.subunit_heads:
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if _field_named(doc, toks, j):
        return False  # "Dean of the College of Medicine": a unit its field names
    return (
        nxt is None
        or not nxt.text[:1].isalpha()
        or name_at(doc, s, j + 1)
        or (nxt.text.islower() and nxt.text.casefold() not in doc.rules.heads)
    )


def _field_named(doc: Doc, toks: list, j: int) -> bool:
    """ "College of Medicine": a capitalised head, "of", then a capitalised field word and
    nothing more of a name."""
    k = j + 2
    return (
        toks[j].is_cap
        and k < len(toks)
        and toks[j + 1].text == "of"
        and toks[k].is_cap
        and toks[k].text.casefold() in doc.rules.org_words
        and (k + 1 == len(toks) or not toks[k + 1].is_cap)
    )


def generic_at(doc: Doc, s: int, j: int, stop: int) -> int | None:
    """ "the hospital" at token j (after "the"): the one such institution in the sentence,
    else in the text."""
    toks = doc.toks[s]
    if j >= stop:
        return None
    if j + 1 < len(toks) and toks[j + 1].text[:1].isalpha() and not name_at(doc, s, j + 1):
        nxt = toks[j + 1].text
        if nxt[:1].isupper() or nxt.casefold() in doc.rules.heads:
            return None  # "the university clinic": the head is further on
    low = toks[j].text.casefold()
    if low not in doc.rules.heads or low in doc.rules.subunit_heads:
        return None
    if doc.rules.heads[low] == "ministry":
        return None  # "of the ministry": whose, the sides and delegations tell (a ministry
        # "of Health" has another head word than "the ministry")
    here = {
        m.entity
        for m in doc.inst_mentions
        if m.sent == s and m.entity is not None and m.head is not None and m.head.endswith(low)
    }
    if len(here) == 1:
        return here.pop()
    named = generic(doc, toks[j].text)
    return named if named is not None else recent(doc, s, low)


def name_at(doc: Doc, s: int, k: int) -> bool:
    """A person's name (or the honorific before one) starts at token k."""
    return person_at(doc, s, k) or is_honorific(doc, doc.toks[s][k])


def person_at(doc: Doc, s: int, k: int) -> bool:
    return any(p.sent == s and p.start <= k < p.end for p in doc.person_mentions)


def unbalanced(toks: list[Token]) -> bool:
    """A bracket opened or closed but not both: "A (Head of X) and the surgeon Name" gives
    Name no title from inside A's brackets; "Rector of X (ATSMU), Name" keeps its own."""
    depth = 0
    for t in toks:
        depth += (t.text == "(") - (t.text == ")")
        if depth < 0:
            return True
    return depth != 0

def apposed_title_before(toks: list, j: int) -> bool:
    """ "the rector of X, Professor A, and …": the "and" at j follows a lower-case title and
    a name between commas, so what follows is the next item of that list."""
    commas = [k for k in range(j - 1, max(-1, j - 12), -1) if toks[k].text == ","]
    return (
        len(commas) >= 2
        and toks[commas[1] - 1].text.islower()
        and all(t.text[:1].isupper() or t.text == "." for t in toks[commas[1] + 1 : commas[0]])
    )
