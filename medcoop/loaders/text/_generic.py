"""Institutions named by a head noun alone: "the hospital", "the Uzbek university", "the
academy's" among two academies."""

from __future__ import annotations

import re

from . import _geo
from ._doc import Doc, InstMention


def _same_kind(doc: Doc, kind: str) -> list[tuple[int, InstMention]]:
    """Each mention of an institution whose head noun is of ``kind``, with its entity."""
    return [
        (m.entity, m)
        for m in doc.inst_mentions
        if m.entity is not None and m.head is not None and doc.rules.heads.get(m.head) == kind
    ]


def demonym_generic(doc: Doc, s: int, j: int) -> int | None:
    """ "the Belarusian center", "the Uzbek university": the one institution with that head
    noun whose country the demonym names."""
    toks = doc.toks[s]
    if j + 1 >= len(toks):
        return None
    head = toks[j + 1].text
    if not head.islower() or head not in doc.rules.heads:
        return None
    if not _geo.is_demonym(toks[j].text):
        return city_generic(doc, s, toks[j].text, head)
    code = _geo.country_of(toks[j].text)
    same = _same_kind(doc, doc.rules.heads[head])
    ents = {e for e, _ in same if doc.entity_country.get(e) == code}
    near = {e for e, m in same if s - 1 <= m.sent <= s}
    unplaced = {e for e in near if doc.entity_country.get(e) is None}
    if not ents & near and len(unplaced) == 1:
        # "X (Minsk, Belarus) and Y signed …, by the director of the Kyrgyz centre": Y, named
        # just before and not yet placed, not a Kyrgyz centre the text names further on
        ents = unplaced
    if len(ents) > 1:  # of two placed alike, the one the demonym names: "the Belarusian
        # university" of "Belarusian State Medical University"
        ents = {e for e, m in same if e in ents and toks[j].text in m.text.split()} or ents
    if len(ents) > 1:  # "the memorandum between A and B … the Dean of the Indian institute":
        # of two placed alike, the one this sentence names
        here = {m.entity for m in doc.inst_mentions if m.sent == s}
        ents = (ents & here) or ents
    if len(ents) > 1 and len(ents & near) == 1:
        # "… signed between the Syzganov centre and Charité. … on behalf of the Kazakh centre":
        # of several placed alike, the one the sentence before names
        ents &= near
    if not ents:  # "the Kazakh university" of NJSC "Semey Medical University": a city of it
        ents = {
            e
            for e, m in same
            if doc.entity_country.get(e) is None
            and any(_geo.city_country(w) == code for w in re.findall(r"[A-Z][\w'’-]+", m.text))
        }
    return ents.pop() if len(ents) == 1 else None


def kind_generic(doc: Doc, word: str) -> int | None:
    """ "the group's director" of "Apollo Hospitals Enterprise Limited": the one institution of
    the kind the lower-case head noun names (a company, a hospital …)."""
    kind = doc.rules.heads.get(word) if word.islower() else None
    ents = {e for e, _ in _same_kind(doc, kind)} if kind and kind != "other" else set()
    return ents.pop() if len(ents) == 1 else None


def demonym_ministry(doc: Doc, word: str) -> int | None:
    """ "Hungarian State Secretary for Health X": the one ministry of that country."""
    if not _geo.is_demonym(word):
        return None
    code = _geo.country_of(word)
    ents = {e for e, _ in _same_kind(doc, "ministry") if doc.entity_country.get(e) == code}
    return ents.pop() if len(ents) == 1 else None


def demonym_field_generic(doc: Doc, s: int, j: int) -> tuple[int, int] | None:
    """ "the Turkmen cardiology centre": (the one institution of that country with that head
    and a name holding the field word, the token after the head)."""
    toks = doc.toks[s]
    if j + 2 >= len(toks) or not _geo.is_demonym(toks[j].text):
        return None
    h = j + 1  # the head noun after one or two lower-case field words
    while h < len(toks) and h - j <= 3 and toks[h].text.isalpha() and toks[h].text.islower():
        if toks[h].text in doc.rules.heads and h > j + 1:
            break
        h += 1
    if h >= len(toks) or h == j + 1 or toks[h].text not in doc.rules.heads:
        return None
    head, fields = toks[h].text, [t.text for t in toks[j + 1 : h]]
    code = _geo.country_of(toks[j].text)
    ents = {
        e
        for e, m in _same_kind(doc, doc.rules.heads[head])
        if doc.entity_country.get(e) == code
        and all(any(w.casefold().startswith(f[:5]) for w in m.text.split()) for f in fields)
    }
    return (ents.pop(), h + 1) if len(ents) == 1 else None


def city_generic(doc: Doc, s: int, city: str, head: str) -> int | None:
    """ "the director of the Chisinau institute": the one institution with that head noun
    whose name holds the city; else the one of the city's country named in this sentence or
    the one before ("Fomin signed for the Moscow centre")."""
    code = _geo.city_country(city) if city[:1].isupper() and not _geo.country_of(city) else None
    if code is None:
        return None
    same = _same_kind(doc, doc.rules.heads[head])
    named = {e for e, m in same if city in m.text.split()}
    named = named or {e for e, m in same if _in_city(doc, m, city)}  # else placed in it
    if named:
        return named.pop() if len(named) == 1 else None
    near = {e for e, m in same if s - 1 <= m.sent <= s and doc.entity_country.get(e) == code}
    if not near:  # "Fomin signed for the Moscow centre and the director of the Tashkent
        # centre": else the one of no country the text gives (nor a city of its name other
        # than this one: "a surgeon of the Brno clinic … at Vilnius University Hospital")
        near = {
            e
            for e, m in same
            if s - 1 <= m.sent <= s
            and doc.entity_country.get(e) is None
            and not _other_city(m.text, city)
        }
    if not near:  # "the Tashkent centre" paragraphs after the Uzbek centre was named: the
        near = {e for e, _ in same if doc.entity_country.get(e) == code}  # text's only one
    return near.pop() if len(near) == 1 else None


def _other_city(name: str, city: str) -> bool:
    return any(w != city and _geo.city_country(w) for w in re.findall(r"[A-Z][\w'’-]+", name))


def _in_city(doc: Doc, m: InstMention, city: str) -> bool:
    """The mention names the city ("Tashkent Medical Academy") or is placed in it ("the
    Federal Neurosurgical Centre in Novosibirsk", "X, Novosibirsk")."""
    if city in m.text.split():
        return True
    after = doc.text[m.char_end : m.char_end + len(city) + 6]
    return re.match(rf"(?:\s+in|,)\s+{re.escape(city)}\b", after) is not None


def city_owner(doc: Doc, city: str) -> int | None:
    """ "On the Novosibirsk side": the one institution named with or placed in that city."""
    if _geo.city_country(city) is None:
        return None
    ms = [m for m in doc.inst_mentions if m.entity is not None]
    ents = {m.entity for m in ms if city in m.text.split()}
    ents = ents or {m.entity for m in ms if _in_city(doc, m, city)}
    return ents.pop() if len(ents) == 1 else None


def described(doc: Doc, s: int, mod: str | None, head: str) -> int | None:
    """ "the academy", "the cardiology centre": the one institution with that head noun
    (whose name holds the word before it), else the one of them named last."""
    if head not in doc.rules.heads:
        return None
    if mod is None or mod in doc.rules.heads:  # "the university hospital": no field word
        return generic(doc, head) or recent(doc, s, head)
    low = spelled_head(head)
    ents = {
        m.entity
        for m in doc.inst_mentions
        if m.entity is not None
        and m.head
        and spelled_head(m.head) == low
        and any(w.casefold().startswith(mod[:5]) for w in m.text.split())
    }
    return ents.pop() if len(ents) == 1 else None


_SPELLING = {"centre": "center", "centres": "centers"}
# a head noun in another tongue, named in English later ("Institut Pasteur … the Director of
# International Affairs of the institute"): asked only when no name has the English head
_FOREIGN = {"centro": "center", "institut": "institute", "instituto": "institute",
            "istituto": "institute", "institutet": "institute", "hôpital": "hospital",
            "ospedale": "hospital", "krankenhaus": "hospital", "ziekenhuis": "hospital",
            "szpital": "hospital", "klinikum": "clinic", "klinika": "clinic",
            "clínica": "clinic", "clinica": "clinic",
            **{w: "university" for w in (
                "universität", "universitat", "universidad", "università", "université",
                "universiti", "universitas", "uniwersytet", "univerzita", "universitet",
                "universiteit", "universidade", "universitatea", "üniversitesi")}}


def spelled_head(head: str) -> str:
    """One spelling of a head noun written both ways ("centre", "center")."""
    parts = head.casefold().split()
    return " ".join(_SPELLING.get(p, p) for p in parts)


def recent(doc: Doc, s: int, head: str) -> int | None:
    """ "… and the Center for X. The contract was signed by the Director of the Center Y":
    the institution with that head named last, in this sentence or the one before."""
    head = spelled_head(head)
    before = [
        m
        for m in doc.inst_mentions
        if s - 1 <= m.sent <= s
        and m.entity is not None
        and m.head
        and spelled_head(m.head).endswith(head)
    ]
    ents = {m.entity for m in before}
    return before[-1].entity if len(ents) == 1 else None


def named_earlier_here(doc: Doc, s: int, k: int, head: str) -> int | None:
    """ "The AMU document was signed by the university's rector": of several institutions
    with that head noun, the one this sentence names (by any name) before token k."""
    if head not in doc.rules.heads:
        return None
    here = {m.entity for m in doc.inst_mentions if m.sent == s and m.end <= k}
    ents = _with_head(doc, head) & here
    return ents.pop() if len(ents) == 1 else None


def not_named_here(doc: Doc, s: int, head: str) -> int | None:
    """ "the academy's rector A, by B for Tashkent Medical Academy": of two academies, the
    one this sentence does not name by its own name."""
    if head not in doc.rules.heads:
        return None
    ents = _with_head(doc, head)
    here = {m.entity for m in doc.inst_mentions if m.sent == s}
    left = ents - here
    return left.pop() if len(ents) > 1 and len(left) == 1 else None


def generic(doc: Doc, word: str) -> int | None:
    """ "the institute", "the university": the one institution whose head is that word."""
    low = word.casefold()
    if low not in doc.rules.heads:
        return None
    ents = _with_head(doc, low) or _with_head(doc, low, foreign=True)
    return ents.pop() if len(ents) == 1 else None


def _with_head(doc: Doc, head: str, foreign: bool = False) -> set[int]:
    """The institutions a mention names by this head noun ("centre" and "center" alike; with
    ``foreign``, "Institut" for "institute" as well)."""
    spelled = spelled_head(head)

    def spell(word: str) -> str:
        low = spelled_head(word)
        return _FOREIGN.get(low, low) if foreign else low

    return {
        m.entity
        for m in doc.inst_mentions
        if m.head
        and m.entity is not None
        # "the institute" of a "Scientific Research Institute": the head's last noun
        and spelled in (spell(m.head), spell(m.head.split()[-1]))
    }
