"""The parties of "the two sides signed …" when the sentence names none: the institutions of
the sentences just before it, in the same paragraph."""

from __future__ import annotations

import re

from . import _geo
from ._agreement_words import kind_of, trigger, trigger_words
from ._counts import signed, verb_re
from ._doc import Doc
from ._home import acting_institution

_TWO = re.compile(
    r"(?i)\b(?:the\s+(?:heads\s+of\s+the\s+)?two|both)\s+(?:ministries|sides|parties|"
    r"institutions|universities|hospitals|centres|centers|organi[sz]ations|delegations)\b"
    # "The parties signed an agreement", "In 2008 the partners signed": the two just named
    r"|\bthe\s+(?:sides|parties|partners)\b"
)


_WHEN_HEADS = re.compile(
    r",\s+when\s+(?:they|(?:the|their)\s+(?:two\s+)?(?:rectors|heads|directors|ministers|"
    r"leaders|presidents|deans|chairm[ae]n|chairpersons))\s+\Z"
)
_WHICH = re.compile(r"^\s*,\s*(?:which|that)\b")


def two_sides(doc: Doc, s: int) -> list[int]:
    """ "The delegation met a team of Ministry X. … the two ministries approved a programme":
    the two institutions named in the nearest earlier sentence of the paragraph that names
    any, or the one named there (or in the sentence itself) and the institution whose
    delegation the release follows, else the two of the lead."""
    text = doc.sents[s].text
    if not _refers_to_two(doc, text):
        return []  # "both sides said they would keep in touch": not who signed
    own = _named(doc, s, _doc_word(doc, s))
    if len(own) >= 2:
        return []  # the sentence names its own parties: read elsewhere
    if len(own) == 1:  # "our academy welcomed guests from X, and the two sides signed …"
        return _with_before(doc, s, own[0]) or _with_acting(doc, own[0])
    line = doc.sents[s].line
    for t in range(s - 1, max(-1, s - 3), -1):
        if doc.sents[t].line != line:
            break
        named = _named(doc, t)
        if len(named) == 2:
            return named
        if len(named) == 1:
            return _with_acting(doc, named[0])
        if named:
            return []
    return _lead_pair(doc, s)


def _refers_to_two(doc: Doc, text: str) -> bool:
    """ "the two ministries approved", "the two universities, which was signed", "signed a
    memorandum between the two hospitals": the pair is who signed."""
    two = _TWO.search(text)
    if two is None:
        return False
    verb = verb_re(doc.rules.signing_verbs).search(text, two.end())
    # "… between the two institutions, which was signed earlier": the relative clause's verb
    if verb is not None and len(_WHICH.sub("", text[two.end() : verb.start()]).split()) <= 2:
        return True
    # "The two hospitals have worked together since 2019, when their directors signed …"
    if verb is not None and _WHEN_HEADS.search(text, two.end(), verb.start()):
        return True
    return bool(re.search(r"\bbetween\s+$", text[: two.start()])) and signed(doc, text)


def _named(doc: Doc, s: int, before: int | None = None) -> list[int]:
    """The institutions sentence s names (those before char offset ``before`` when given)."""
    return list(
        dict.fromkeys(
            m.entity
            for m in doc.inst_mentions
            if m.sent == s and m.entity is not None and (before is None or m.char_start < before)
        )
    )


def _doc_word(doc: Doc, s: int) -> int | None:
    """ "The two universities also approved a plan …, which includes a course for TSMU
    residents": a name after the document's word tells what it is about, not who signed."""
    trig = trigger(doc, s)
    return None if trig is None else doc.sents[s].start + trig.start()


def _with_before(doc: Doc, s: int, named: int) -> list[int]:
    """The one other institution the sentence before names, in the same paragraph."""
    if not doc.continues_paragraph(s):
        return []
    other = [e for e in _named(doc, s - 1) if e != named]
    return [other[0], named] if len(other) == 1 else []


def _with_acting(doc: Doc, named: int) -> list[int]:
    acting = acting_institution(doc)
    return [acting, named] if acting is not None and acting != named else []


def _lead_pair(doc: Doc, s: int) -> list[int]:
    """ "A delegation of X visited Y. … Following the talks, the heads of the two institutions
    signed a roadmap": the two the body's first sentence that names any names, when two."""
    year = re.search(r"\b(?:in|since)\s+((?:19|20)\d\d)\b", doc.sents[s].text)
    if year and doc.year is not None and int(year.group(1)) < doc.year and _kind_told(doc, s):
        return []  # "The agreement between the two universities was concluded in 2018": the
        # document the report goes on to renew, not one of the visit's; "The previous
        # memorandum … was signed in 2019" in a report of a roadmap is a document of its own
    first = next(
        (t for t, x in enumerate(doc.sents) if x.line != doc.title_line and _named(doc, t)), None
    )
    if first is None or first >= s:
        return []
    named = _named(doc, first)
    return named if len(named) == 2 else []


def _kind_told(doc: Doc, s: int) -> bool:
    """The kind of sentence s's document is named by another sentence of the report too."""
    trig = trigger(doc, s)
    if trig is None:
        return True
    kind = kind_of(doc, trig.group(1))
    return any(
        kind_of(doc, m.group(1)) == kind and not _POINTED.search(doc.sents[t].text[: m.start(1)])
        for t in range(len(doc.sents))
        if t != s
        for m in trigger_words(doc, doc.sents[t].text)
    )


# "Under that agreement, …": the same document pointed at again, not another one of its kind
_POINTED = re.compile(r"\b(?:that|this|said)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


_REFERENCE = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+)\s+([a-z]+)\b")


def demonym_pair(doc: Doc, s: int) -> list[int]:
    """ "The Kazakh centre and the Korean hospital signed a contract": the one institution of
    each country with that head noun."""
    out: list[int] = []
    for m in _REFERENCE.finditer(doc.sents[s].text):
        code, head = _geo.country_of(m.group(1)), _spelling(m.group(2))
        if code is None or not _geo.is_demonym(m.group(1)) or head not in doc.rules.heads:
            continue
        found = {
            x.entity
            for x in doc.inst_mentions
            if x.entity is not None
            and _spelling(x.head or "") == head
            and doc.entity_country.get(x.entity) == code
        }
        if len(found) == 1:
            out.append(found.pop())
    return list(dict.fromkeys(out)) if len(set(out)) == 2 else []


def _spelling(head: str) -> str:
    """ "the Kazakh centre" of the "National Scientific Medical Center"."""
    return "center" if head == "centre" else head
