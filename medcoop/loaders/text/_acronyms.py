"""Acronyms: which name an acronym abbreviates, and stand-alone acronym mentions."""

from __future__ import annotations

import re

from ._doc import Doc, InstMention, is_country_word, is_place, norm
from ._names import is_honorific
from ._sentences import is_abbreviation


def acronym_mentions(doc: Doc, raw: list[InstMention], defined: dict[str, str]) -> None:
    """Stand-alone acronyms: defined ones, and ones that abbreviate a found name."""
    names = [m for m in raw if m.head]
    covered = {(m.sent, k) for m in raw for k in range(m.start, m.end)}
    acronyms = {t.text for toks in doc.toks for t in toks if t.is_acronym}
    for s, toks in enumerate(doc.toks):
        for i, t in enumerate(toks):
            if (s, i) in covered or i in doc.blocked[s]:
                continue
            if not (t.is_acronym or is_abbreviation(t.text) or t.text in defined):
                continue  # "VolgSMU"; "KSrelief", defined in brackets
            if is_honorific(doc, t) or is_place(t.text.title()):
                continue  # "NAIROBI, Kenya, Jan 12 –": a dateline city in capitals
            if i > 0 and toks[i - 1].text == "(":
                continue
            j = i + 1
            two = f"{t.text} {toks[j].text}" if j < len(toks) else ""
            if two in defined and toks[j].start == t.end + 1:
                j += 1  # "the director of FRC FTM": an acronym of two words
            acr = two if j > i + 1 else t.text
            pair = f"{toks[i - 1].text} {t.text}" if i > 0 else ""
            opened = i > 1 and toks[i - 2].text == "("  # "(China CDC)": the definition itself
            if j == i + 1 and pair in defined and (s, i - 1) not in covered and not opened:
                i -= 1  # "China CDC Deputy Director": a defined acronym a word opens
                acr = pair
            if (defined.get(acr) or _expands(t.text, names, acronyms)) is None and not (
                university_acronym(acr) or _international_named(doc, toks, i, j)
            ):
                continue
            if j < len(toks) and is_country_word(toks[j].text):
                j += 1  # "the N&MC Ghana"
            possessive = j < len(toks) and toks[j].text in ("'s", "’s")
            raw.append(
                InstMention(
                    sent=s,
                    start=i,
                    end=j,
                    text=doc.span_text(s, i, j),
                    char_start=toks[i].start,
                    char_end=toks[j - 1].end,
                    head=None,
                    kind="other",
                    acronym=acr,
                    possessive=possessive,
                )
            )


# "an agreement with LSMU": a "… Medical University" named by its acronym only, never spelt out
_UNIVERSITY_ACRONYM = re.compile(r"^[A-Z]{1,4}MU$")


def international_acronym(doc: Doc, acr: str) -> bool:
    """ "the WHO Representative", "UNICEF supports …": a body of many countries that texts
    name by its acronym alone."""
    return acr.isupper() and acr.casefold() in doc.rules.international_bodies


def _international_named(doc: Doc, toks: list, i: int, j: int) -> bool:
    """An international body's acronym naming it, not describing a thing of it ("a WHO
    collaborating centre", "the WHO guidelines")."""
    if not international_acronym(doc, toks[i].text) or j != i + 1:
        return False
    described = j < len(toks) and toks[j].text.islower() and toks[j].text.isalpha()
    return not (described and i > 0 and toks[i - 1].text.casefold() in ("a", "an", "the"))


def university_acronym(acr: str) -> bool:
    """True for the acronym of a "… Medical University" ("LSMU", "KSMU")."""
    return _UNIVERSITY_ACRONYM.match(acr) is not None


def _expands(acr: str, names: list[InstMention], acronyms: frozenset[str] | set[str]) -> str | None:
    found = {m.text for m in names if abbreviates(acr, m.text) or abbreviates(acr, _quoted(m.text))}
    if len(found) > 1:  # "KSMU" and "KhSMU" in one text: the longer acronym claims its name
        found = {
            n
            for n in found
            if not any(len(a) > len(acr) and abbreviates(a, n) for a in acronyms if a != acr)
        }
    if len(found) > 1:  # "Kyrgyz State Medical Academy" and "… Academy named after …": one name
        found = {n for n in found if not any(m.startswith(n + " ") for m in found)}
    return next(iter(found)) if len(found) == 1 else None


_QUOTED_END = re.compile(r"[\"“«]([^\"”»]{3,})[\"”»]$")


def _quoted(name: str) -> str:
    """ "Astana Medical University" of 'NJSC "Astana Medical University"': a name a legal
    form opens, in quotes; else ''."""
    m = _QUOTED_END.search(name)
    return m.group(1) if m and m.start() > 0 else ""


_NAMED_AFTER = re.compile(r"\s+(?:named\s+)?after\s+\S.*$")
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})$")
_OF_MINISTRY = re.compile(r"\s+(?:of|under)\s+the\s+Ministry\b.*$")


def abbreviates(acr: str, name: str) -> bool:
    """True when acr abbreviates name: each used word gives a prefix, one leading word skippable.

    "SCPCS" ~ "Scientific Center of Pediatrics and Children's Surgery", "KazNU" ~ "Al-Farabi Kazakh
    National University", "SamSMU" ~ "Samarkand State Medical University".
    """
    # "NCCT" ~ "National Center of Cardiology and Therapy named after Academician M.
    # Mirrakhimov": the person is left out of the acronym
    if _NAMED_AFTER.search(name) and abbreviates(acr, _NAMED_AFTER.sub("", name)):
        return True
    # "NSMC" ~ "National Scientific Medical Center of the Republic of Kazakhstan": the country
    # the name ends with is left out of the acronym
    country = _OF_PLACE.search(name)
    if country and is_country_word(country.group(1)) and abbreviates(acr, name[: country.start()]):
        return True
    # "BSMU" ~ "Bashkir State Medical University of the Ministry of Health of the Russian
    # Federation": the ministry the institution is under is left out too
    owner = _OF_MINISTRY.search(name)
    if owner and owner.start() > 0 and abbreviates(acr, name[: owner.start()]):
        return True
    letters = [c for c in norm(acr) if c.isalpha()]
    ws = [w for w in norm(name).replace("-", " ").split() if w not in ("of", "and", "the", "&")]
    ws = [w for w in ws if w[:1].isalpha()]
    while ws and _INITIALS_WORD.fullmatch(ws[0]):
        ws = ws[1:]  # "I.K. Akhunbaev Kyrgyz State Medical Academy" ~ "KSMA": the patron's
    if len(letters) < 2 or len(ws) < 2:  # initials go, and his name is the skippable word
        return False
    # "NCMCH" ~ "National Center for Maternal and Child Health": "for" is left out of most
    # acronyms, kept in some ("CFR")
    variants = [ws] + ([[w for w in ws if w != "for"]] if "for" in ws else [])
    return any(_consume(letters, v[skip:]) for v in variants for skip in (0, 1))


_INITIALS_WORD = re.compile(r"(?:[^\W\d_]\.)+")


def _consume(letters: list[str], ws: list[str]) -> bool:
    if not letters:
        return not ws
    if not ws:
        return False
    w = ws[0]
    for size in range(min(len(w), len(letters)), 0, -1):
        if "".join(letters[:size]) == w[:size] and _consume(letters[size:], ws[1:]):
            return True
    return False
