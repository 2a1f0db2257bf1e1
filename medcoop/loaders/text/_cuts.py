"""Where a name chunk ends: a unit after its parent, a parent after its unit, a city or a
country after the name ("… of Malatya, Türkiye", "Hacettepe University of Turkey")."""

from __future__ import annotations

import re

from ._counts import SIGN_VERBS
from ._doc import Doc, is_country_word, is_place
from ._heads import distinct, head_of
from ._sentences import Token


def unit_after_parent(doc: Doc, toks: list[Token], i: int, j: int, head: str | None) -> int | None:
    """Where a sub-unit ("Faculty of Medicine") follows its parent's full name in one chunk,
    the end of the parent's name; else None."""
    if head is None or head not in doc.rules.subunit_heads:
        return None
    for p in range(i + 1, j - 1):
        if toks[p].text.casefold() == head and toks[p].is_cap and toks[p + 1].text == "of":
            if all(
                _ORDINAL.match(t.text) or t.text.casefold() in doc.rules.heads for t in toks[i:p]
            ):
                return None  # "First University Clinic of TSMU": one name, no parent in it
            parent = head_of(doc, toks, i, p)
            if parent is not None and parent not in doc.rules.subunit_heads:
                return p
            return None
    return None


_ORDINAL = re.compile(r"(?i)^(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))$")


def outer_of_subunit(doc: Doc, toks: list[Token], i: int, j: int, head: str | None) -> int | None:
    """Start of the parent institution in "<sub-unit> of <parent>": a department, faculty or
    chair of anything, an institute of a university or a service of a hospital ("Medical
    Oncology Service of the Hospital Clínico …") is a part of its parent."""
    if head is None or head not in doc.rules.subunit_heads | {"institute", "service"}:
        return None
    if head == "clinic" and toks[i].text.casefold() != head:
        return None  # "University Clinic of X", "Educational-Surgical Clinic of X": a hospital
    for k in range(i + 1, j - 1):
        if toks[k].text not in ("of", "at"):
            continue
        a = k + 1
        while a < j and toks[a].text.casefold() == "the":
            a += 1
        outer = head_of(doc, toks, a, j)
        if outer is None or not toks[a].is_cap:
            continue
        if head == "institute" and doc.rules.heads.get(outer) != "university":
            continue
        if head == "service" and doc.rules.heads.get(outer) != "hospital":
            continue
        if outer in doc.rules.not_institution_heads or outer in doc.rules.subunit_heads:
            continue
        if _field_phrase(doc, toks, a, j, outer):
            continue  # "Department of Hospital Surgery": a field that a head noun opens
        return a
    return None


_PAPER = frozenset(["agreement", "memorandum", "contract", "signed", "concluded"])




def _signs_after(toks: list[Token], j: int) -> bool:
    """A signing verb right after the name ending at j, past a bracket and "have"/"has"."""
    k = j
    if k < len(toks) and toks[k].text == "(":
        k = next((x + 1 for x in range(k, min(len(toks), k + 6)) if toks[x].text == ")"), k)
    while k < len(toks) and toks[k].text.casefold() in ("have", "has", "also", "today"):
        k += 1
    return k < len(toks) and toks[k].text.casefold() in SIGN_VERBS


def party_slot(toks: list[Token], i: int, j: int | None = None) -> bool:
    """The name at i stands where an agreement names its parties: right after "between", after
    "and" in a "between" clause, or after "with" that a signing word comes before ("between
    the Faculty of Medicine of X and Y": the faculty signs itself, its parent in its name)."""
    k = i - 1
    if k >= 0 and toks[k].text.casefold() == "the":
        k -= 1
    if k < 0:  # "The Faculty of Medicine of X has signed …": the subject that signs
        return j is not None and _signs_after(toks, j)
    word = toks[k].text.casefold()
    clause = []
    for t in reversed(toks[max(0, k - 25) : k]):
        if t.text in (";", "."):
            break
        clause.append(t.text.casefold())
    if word == "between":
        return True
    if word == ",":  # "between A, the Faculty of Medicine of X and B": an item of the list
        if "between" not in clause:
            return False
        return not any(w in SIGN_VERBS for w in clause[: clause.index("between")])
    if word == "and":  # "A and the Faculty of Medicine of X (Y) signed": a signer itself
        if "between" in clause or (j is not None and _signs_after(toks, j)):
            return True
        # "concluded by A and the Faculty of Medicine of X": the second of two parties
        return len(clause) > 1 and any(
            clause[x] == "by" and clause[x + 1] in SIGN_VERBS for x in range(len(clause) - 1)
        )
    return word == "with" and any(w in _PAPER for w in clause[:8])


def _field_phrase(doc: Doc, toks: list[Token], a: int, j: int, head: str) -> bool:
    """toks[a:j] is a field of study, not a name: its head noun does not end it, and every
    word after the head is a common word of fields ("Hospital Surgery", "Faculty Therapy")."""
    size = len(head.split())
    k = next(
        (k for k in range(a, j) if " ".join(t.text.casefold() for t in toks[k : k + size]) == head),
        None,
    )
    if k is None or k + size >= j or distinct(doc, toks, a, j):
        return False
    return all(t.text.casefold() in doc.rules.org_words for t in toks[k + size : j])


def city_address(doc: Doc, toks: list[Token], i: int, j: int) -> int | None:
    """Where "of <City>" ends a name that a country follows after a comma, the city is the
    address, not part of the name: the new end, else None. After a company's legal form
    ("… Pvt Ltd of Pune, India") any one capitalised word is taken for the city."""
    if j - i < 4 or toks[j - 2].text != "of" or j + 1 >= len(toks) or toks[j].text != ",":
        return None
    city, after = toks[j - 1].text, toks[j + 1].text
    legal = doc.rules.heads.get(toks[j - 3].text.casefold()) == "company" and city[:1].isupper()
    if is_country_word(city) or not (legal or is_place(city)) or not is_country_word(after):
        return None
    if j + 2 < len(toks) and toks[j + 2].text in ("'s", "’s"):
        return None  # "… Department of Almaty, Kazakhstan's largest city": a description
    if not distinct(doc, toks, i, j - 2):
        return None  # "Public Health Department of Almaty, Kazakhstan": the city names it
    return j - 2


def without_country(doc: Doc, s: int, i: int, j: int) -> str | None:
    """ "Hacettepe University of Turkey": the name without the country it is of, when what
    is left is a name of its own (a proper word and a head noun)."""
    toks = doc.toks[s]
    for k in range(j - 2, i + 1, -1):
        if toks[k].text != "of":
            continue
        rest = " ".join(t.text for t in toks[k + 1 : j] if t.text.casefold() != "the")
        if not is_country_word(rest) or head_of(doc, toks, i, k) is None:
            return None
        if toks[k - 1].text == ")":  # "X, Vellore (CMC Vellore) of India": the acronym too
            k = next((p for p in range(k - 2, i, -1) if toks[p].text == "("), k)
        return doc.span_text(s, i, k) if distinct(doc, toks, i, k) else None
    return None


def drop_country_after_named(toks: list[Token], i: int, j: int) -> int:
    """ "Institute named after S. Avdalbekyan of Armenia": the name ends with the person's
    name; the trailing "of <country>" only says where the institute is."""
    words = [t.text for t in toks[i:j]]
    if "named" not in words:
        return j
    for k in range(j - 1, i, -1):
        if toks[k].text == "of":
            rest = " ".join(t.text for t in toks[k + 1 : j])
            if rest and is_country_word(rest) and k > i + words.index("named") + 2:
                return k
            break
    return j
