"""The institution a member of a visiting group belongs to: "The KSMA delegation included …",
"The Lithuanian guests – Vice-Rector X and Y – were received …", "a delegation of X … The
delegation included …"."""

from __future__ import annotations

import re

from . import _geo
from ._doc import Doc, PersonMention
from ._entities import InstEntity
from ._generic import demonym_generic, generic

_GROUP = r"(?:delegation|guests?|visitors|team|group|side|colleagues)"
# the group that opens the sentence: "The KSMA delegation", "The Lithuanian guests",
# "The guests", "Members of the delegation"
_OPENING = re.compile(
    rf"^\s*(?:(?:[Mm]embers|[Pp]art)\s+of\s+)?(?:[Tt]he|[Tt]his|[Oo]ur|[Tt]heir)\s+"
    rf"(?P<x>[^,;:()]{{0,60}}?\s+)?{_GROUP}\b"
)
# the group's members come before the hosts' verbs ("… – were received by the Rector …")
_HOST_VERB = re.compile(r"(?i)\b(?:receiv|met\b|meet|welcom|shown|host|greet)")
# "a delegation of X", "a team of surgeons from X", "a delegation of Italian doctors from X",
# "a group of doctors from X"
_DELEGATION_OF = re.compile(
    r"\b(?:delegation|team|group)\s+"
    r"(?:of\s+(?!the\b)(?-i:[A-Z][a-z]+\s+)?(?-i:[a-z]+\s+){1,2}(?=from\b))?"
    r"(?:of|from)\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)


def group_owner(doc: Doc, m: PersonMention, insts: list[InstEntity]) -> int | None:
    """The institution of the group a person is listed in, when the sentence opens with the
    group and names the person before any host's verb."""
    sent = doc.sents[m.sent]
    head = doc.text[sent.start : m.char_start]
    gm = _OPENING.match(head)
    if gm is None or _HOST_VERB.search(head[gm.end() :]):
        return None
    x = (gm.group("x") or "").strip()
    if x:
        at = sent.start + gm.start("x")
        named = [
            im.entity
            for im in doc.inst_mentions
            if im.sent == m.sent
            and im.entity is not None
            and im.entity not in doc.units  # "led by A, Director of the X Institute at Y": Y
            and at <= im.char_start < m.char_start
        ]
        if named:
            return named[0]  # "The KSMA delegation"
        own = re.match(r"(\w+)['’]s\b", x)
        if own and (owner := generic(doc, own.group(1))) is not None:
            return owner  # "The institute's own team": the one institute the text names
        code = _geo.country_of(x.split()[-1])
        cands = [e.idx for e in insts if code and e.country == code]
        if code and not cands:  # "The Ukrainian delegation" of "… University of Kyiv", not
            cands = _placed_by_city(insts, code)  # yet placed: its city says where it is
        if len(cands) == 1:
            return cands[0]  # "The Lithuanian guests"
        # two placed there: the one the text's only "delegation of X" came from
        sent_by = {x for t in range(m.sent + 1) if (x := _sent_by(doc, t)) is not None}
        if len(sent_by) == 1 and (one := sent_by.pop()) in cands:
            return one
        if code and not cands:  # "The Bulgarian guests" of a "delegation from X" not placed
            return delegation_of(doc, m.sent, any_group=True)
        return None
    return delegation_of(doc, m.sent, any_group=True)


def _placed_by_city(insts: list[InstEntity], code: str) -> list[int]:
    """Institutions of no country yet whose name holds a city of that country."""
    return [
        e.idx
        for e in insts
        if e.country is None and any(_geo.city_in_name(n, {code}) == code for n in e.names)
    ]


def delegation_of(doc: Doc, s: int, any_group: bool = False) -> int | None:
    """ "a delegation of KSMU headed by the Rector …", and later "The delegation included
    …": members of a delegation belong to the institution that sent it."""
    text = doc.sents[s].text
    if not any_group and "delegation" not in text.casefold() and not _LED.search(text):
        return None  # "It was headed by …" after "A delegation of X visited …" is X's too
    for t in range(s, max(-1, s - 4), -1):
        sent_by = _sent_by(doc, t)
        if sent_by is not None:
            return sent_by
        if t != s and doc.sents[t].line != doc.sents[s].line and t < s - 1:
            break
    # "It was headed by Dr. X" a paragraph after "a team of surgeons from Y worked at …": the
    # text's only group sent by a named institution
    sent = {x for t in range(s + 1) if (x := _sent_by(doc, t)) is not None}
    return sent.pop() if len(sent) == 1 and _LED.search(text) else None


_ORG_NOUN = re.compile(r"(?:[a-z]+\s+){0,2}?([a-z]+)\s+(?=[A-Z])")


def _sent_by(doc: Doc, t: int) -> int | None:
    """The institution sentence t says a delegation came from."""
    sent = doc.sents[t]
    for dm in _DELEGATION_OF.finditer(sent.text):
        at = sent.start + dm.end()
        starts = {at}
        dem = re.match(r"([A-Z]\w+)\s+", sent.text[dm.end() :])
        if dem and _geo.is_demonym(dem.group(1)):
            starts.add(at + dem.end())  # "a delegation of the Japanese Nagasaki University"
        k = next((k for k, tok in enumerate(doc.toks[t]) if tok.start == at), None)
        placed = demonym_generic(doc, t, k) if k is not None else None
        if placed is not None:
            return placed  # "The delegation of the Tashkent centre"
        noun = _ORG_NOUN.match(sent.text[dm.end() :])
        if noun and noun.group(1) in doc.rules.apposition_nouns:
            starts.add(at + noun.end())  # "a team from the charitable organisation X"
        for im in doc.inst_mentions:
            if im.sent == t and im.char_start in starts and im.entity is not None:
                return im.entity
    return None


_DEMONYM_GROUP = re.compile(r"\b([A-Z]\w+)\s+(?:delegation|guests?|professors|side|team)\b")
# how many sentences back "the delegation" may refer (quotes and thanks come between)
_GROUP_REACH = 9
_THE_GROUP = re.compile(r"\b[Tt]he\s+(?:delegation|guests|group|team)\b")


def demonym_group(doc: Doc, m: PersonMention, insts: list[InstEntity]) -> int | None:
    """ "The German delegation included …": the one institution of that country; "The
    delegation also included …" after "The Kazakh delegation stayed …": the group named
    with its demonym a few sentences before."""
    code = _group_country(doc.sents[m.sent].text)
    if code is None and _THE_GROUP.search(doc.sents[m.sent].text):
        for t in range(m.sent - 1, max(-1, m.sent - _GROUP_REACH), -1):
            if code := _group_country(doc.sents[t].text):
                break
    cands = [e.idx for e in insts if code and e.country == code]
    return cands[0] if len(cands) == 1 else None


def _group_country(text: str) -> str | None:
    for dm in _DEMONYM_GROUP.finditer(text):
        if code := _geo.country_of(dm.group(1)):
            return code
    return None


_GOES_ON = re.compile(
    r"^\s*(?:It|They|The\s+(?:delegation|group|team))\s+(?:also\s+)?"
    r"(?:included|includes|comprised|comprises|consisted\s+of|consists\s+of)\b"
    # "The guests were led by A, head of X. He was accompanied by B, …": B came with A
    r"|^\s*(?:He|She|They)\s+(?:was|were)\s+(?:also\s+)?accompanied\s+by\b"
)
# a group's leader named: "The delegation was headed by A", "It is led by A", "A, who is
# visiting Kazakhstan at the head of a Polish university delegation"
_LED = re.compile(
    r"(?:\b(?:delegation|group|team|guests|visitors)\b.*|^\s*(?:It|They)\s+(?:was|were|is|are)\s+)"
    r"(?:headed|led)\s+by\b"
    r"|\bat\s+the\s+head\s+of\b[^.;]*\b(?:delegation|group|team)\b",
    re.IGNORECASE,
)


def led_group_owner(doc: Doc, m: PersonMention, last: dict[int, int]) -> int | None:
    """ "The delegation was headed by A, President of X. It also included B, Vice President
    for Research; C, head of …": members of a group belong to its leader's institution."""
    sent = doc.sents[m.sent]
    if m.sent == 0 or not _GOES_ON.match(doc.text[sent.start : m.char_start]):
        return None
    if not _LED.search(doc.sents[m.sent - 1].text):
        return None
    if m.sent - 1 in last:
        return last[m.sent - 1]
    # "A delegation from the Ministry of X … The delegation was headed by a deputy minister.
    # It included … the head of the international department of the ministry, Name"
    return delegation_of(doc, m.sent - 1)
