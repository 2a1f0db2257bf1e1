"""The institution a title names by a short form: "General Director of OKHMATDYT",
"Director of the Belarusian centre", "Deputy Director of China's National Health Commission"."""

from __future__ import annotations

import re

from . import _geo
from ._acronyms import abbreviates
from ._doc import Doc, is_place, norm, words
from ._entities import InstEntity
from ._generic import generic
from ._sentences import is_abbreviation

_OF_ANY = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?")
_QUOTES = re.compile(r"[«»\"“”„]")
_OWNER = re.compile(r"^(?P<place>[A-Z][\w-]*)(?:'s|’s)\s+")


def owner_in_title(
    doc: Doc, title: str, insts: list[InstEntity], sent: int
) -> tuple[str, int | None]:
    """(title, institution) with the institution cut from the title when the words after
    "of" name exactly one institution of the text; else the title as it is and None."""
    for m in _OF_ANY.finditer(title):  # "Director of Social Responsibility of the Einstein"
        # "head of the Department of Family Medicine": the words after a sub-unit's "of" are
        # its field, a short form of no institution (only a full name is its owner)
        unit = " of " in m.group() and (
            title[: m.start()].rsplit(None, 1)[-1].casefold() in doc.rules.subunit_heads
        )
        found = _owner(doc, title[m.end() :], insts, sent, short=not unit)
        if found is not None:
            return title[: m.start()], found
        found = _acronym_unit(doc, title[m.end() :], insts)
        if found is not None:  # "chief physician of the TMA multidisciplinary clinic"
            return title, found
        found = _opens_one_name(_QUOTES.sub("", title[m.end() :]).strip(), insts)
        if found is not None:  # "Dean of the Faculty of Medicine" (of Ain Shams University)
            return title, found
    return title, None


def _acronym_unit(doc: Doc, owner: str, insts: list[InstEntity]) -> int | None:
    """ "TMA multidisciplinary clinic", "TUM School of Medicine": an institution's acronym
    before lower-case words that end with a head noun, or before a sub-unit's head noun, names
    a unit of that institution."""
    parts = owner.split()
    if len(parts) < 2:
        return None
    # "TUM School of Medicine": the acronym and a sub-unit's head noun
    capital_unit = parts[1].casefold() in doc.rules.subunit_heads or (
        parts[-1].casefold() in ("college", "school") and all(w[:1].isupper() for w in parts)
    )  # "AKU Medical College"
    lower_unit = all(w.islower() for w in parts[1:]) and parts[-1] in doc.rules.heads
    if not capital_unit and not lower_unit:
        return None
    owners = [
        e.idx
        for e in insts
        if parts[0] in e.acronyms or any(abbreviates(parts[0], n) for n in e.names)
    ]
    return owners[0] if len(owners) == 1 else None


def _owner(
    doc: Doc, owner: str, insts: list[InstEntity], sent: int, short: bool = True
) -> int | None:
    """The one institution of the text that the words after "of" name (by a short form too
    if ``short``), or None."""
    owner = _QUOTES.sub("", owner).strip()
    pm = _OWNER.match(owner)
    if pm and _geo.country_of(pm.group("place")):
        owner = owner[pm.end() :]  # "China's National Health Commission"
    key = norm(owner)
    named = [e for e in insts if key in {norm(_QUOTES.sub("", n)) for n in e.names}]
    if not named:  # "Director of «Shifobakhsh»": the quoted part of a longer name
        quoted = norm(f'"{owner}"')
        named = [e for e in insts if any(quoted in norm(n) for n in e.names)]
    found = named[0].idx if len(named) == 1 else None
    if not short:
        return found
    if found is None and not named:
        found = _described(doc, owner, insts, sent)
    if found is None and not named:
        found = _inside_name(doc, owner, insts)
    if found is None and not named:
        found = _word_and_acronym(owner, insts)
    return found


def _opens_one_name(owner: str, insts: list[InstEntity]) -> int | None:
    """ "Dean of the Faculty of Medicine" ~ "Faculty of Medicine of Ain Shams University": the
    words open exactly one name of the text, which goes on with "of" (not a unit's "… of
    OshSU", which the text folds into the university it stands for)."""
    key = norm(owner)
    if len(key.split()) < 2:
        return None
    cands = {e.idx for e in insts for n in e.names
             if norm(n).startswith(key + " of ") and not is_abbreviation(n.split()[-1])}
    return cands.pop() if len(cands) == 1 else None


def _word_and_acronym(owner: str, insts: list[InstEntity]) -> int | None:
    """ "Avicenna TSMU" ~ "Avicenna Tajik State Medical University": a name's first word and
    the acronym of the rest."""
    parts = owner.split()
    if len(parts) != 2 or not parts[1].isupper():
        return None
    cands = {
        e.idx
        for e in insts
        for n in e.names
        if n.split()[:1] == parts[:1] and abbreviates(parts[1], n.split(" ", 1)[-1])
    }
    return cands.pop() if len(cands) == 1 else None


_CENTRE = {"centre": "center", "center": "centre"}  # the other spelling of a head noun

# country abbreviations used as adjectives ("the US hospital", "a UK university"); upper case
# only, so the pronoun "us" is never read as a country
_SHORT_COUNTRIES = {"US": "US", "USA": "US", "UK": "GB", "UAE": "AE"}


def _described(doc: Doc, owner: str, insts: list[InstEntity], sent: int) -> int | None:
    """ "Belarusian centre", "Malatya institute", "Blokhin centre": a lower-case head noun after
    one word that is the institution's country or a word of its name."""
    parts = owner.split()
    if len(parts) != 2 or not parts[1].islower() or parts[1] not in doc.rules.heads:
        return None
    word, head = parts[0], parts[1]
    code = _geo.country_of(word) or _SHORT_COUNTRIES.get(word)
    same_head = [e for e in insts if head in words(" ".join(e.names))]
    if code:
        cands = [e for e in same_head if e.country == code]
    else:
        cands = [e for e in same_head if norm(word) in _words_of(e)]
    if not cands and not code and _geo.city_country(word):
        # "Director of the Baku institute": the text's one institute, of no country and with
        # no city in its name
        other = _CENTRE.get(head, head)
        alike = same_head or [e for e in insts if other in words(" ".join(e.names))]
        cands = [e for e in alike if e.country is None and not any(
            _geo.city_country(w) for w in re.findall(r"[A-Z][\w'’-]+", " ".join(e.names)))]
        cands = cands if len(alike) == 1 else []
    if len(cands) > 1:  # the one named in this sentence or the one before
        cands = [e for e in cands if any(sent - 1 <= m.sent <= sent for m in e.mentions)]
    return cands[0].idx if len(cands) == 1 else None


def _words_of(e: InstEntity) -> set[str]:
    """Words of the names of an institution and of the city cut from them as its address."""
    return set(words(" ".join(e.names + [m.address for m in e.mentions if m.address])))


def _inside_name(doc: Doc, owner: str, insts: list[InstEntity]) -> int | None:
    """ "CEO of Korle Bu" ~ "Korle Bu Teaching Hospital", "Director of the Einstein" ~
    "Hospital Israelita Albert Einstein": capitalised proper words that open or close exactly
    one institution's name."""
    ws = words(owner)
    common = doc.rules.heads.keys() | doc.rules.org_words
    if (
        not ws
        or len(ws) > 3
        or all(w in common for w in ws)
        or is_place(owner)  # "… to the Republic of Uzbekistan": a country, not a short form
        or not all(w[:1].isupper() for w in owner.split())
    ):
        return None
    cands = {
        e.idx
        for e in insts
        for n in e.names
        if e.head is not None and "and" not in words(n) and _ends_with(ws, words(n))
    }
    return cands.pop() if len(cands) == 1 else None


def _ends_with(short: list[str], long_: list[str]) -> bool:
    """The short form opens or closes the longer name."""
    k = len(short)
    return len(long_) > k and (long_[:k] == short or long_[-k:] == short)


_UNIT_AT_END = re.compile(
    r"\b(?:of|at)\s+(?:the\s+)?(?P<unit>[A-Z][\w'’-]*(?:\s+(?:of|for|and|[A-Z][\w'’-]*))*)$"
)


def names_unit(doc: Doc, title: str) -> bool:
    """The title ends with a named unit of an institution ("Dean of the International Medical
    Faculty", "Director of the International Health Services Center")."""
    um = _UNIT_AT_END.search(title)
    if um is None:
        return False
    first = re.split(r"\s+(?:of|for|and)\s+", um.group("unit"))[0]  # "Faculty of Dentistry"
    return first.split()[-1].casefold() in doc.rules.unit_heads


def unit_generic(doc: Doc, title: str) -> int | None:
    """ "head of the University Department of Cardiac Surgery": a unit whose name opens with
    an institution's head noun is a unit of the one institution with that head."""
    um = _UNIT_AT_END.search(title)
    if um is None or not names_unit(doc, title):
        return None
    first = um.group("unit").split()[0].casefold()
    if first not in doc.rules.heads or first in doc.rules.unit_heads:
        return None  # "Dean of the School of Medicine": a school is no owner of itself
    return generic(doc, first)


def unit_owner(doc: Doc, title: str) -> int | None:
    """The institution the text names as the owner of the title's unit elsewhere: "the
    International Medical Faculty of Osh State University", "SNUH's International Center"."""
    um = _UNIT_AT_END.search(title)
    if um is None or not names_unit(doc, title):
        return None
    unit = re.escape(um.group("unit"))
    owners = set()
    for m in doc.inst_mentions:
        if m.entity is None:
            continue
        before = doc.text[max(0, m.char_start - 120) : m.char_start]
        after = doc.text[m.char_end : m.char_end + 120]
        if re.search(rf"\b{unit}\s+(?:of|at)\s+(?:the\s+)?$", before) or re.match(
            rf"(?:'s|’s)\s+{unit}\b", after
        ):
            owners.add(m.entity)
        elif m.text.casefold() in doc.party_units and re.match(rf"{unit}\s+(?:of|at)\s", m.text):
            # a faculty that signs or is visited in its own name ("The Faculty of Dentistry
            # of X signed …"): the unit is that institution itself
            owners.add(m.entity)
    for gm in re.finditer(rf"\b([a-z]+)(?:'s|’s)\s+{unit}\b", doc.text):
        owner = generic(doc, gm.group(1))  # "at the university's College of Medicine"
        if owner is not None:
            owners.add(owner)
    return owners.pop() if len(owners) == 1 else None
