"""The institution a release is about: the one that acts when the text names only partners
("memorandums were concluded with A; B; and C")."""

from __future__ import annotations

import re

from ._doc import Doc
from ._entities import InstEntity
from ._groups import delegation_of


def home_institution(doc: Doc) -> int | None:
    """The institution a release is about: the one in its title line, else the one named
    clearly more often than any other."""
    if doc.title_line is not None:
        in_title = {
            m.entity
            for m in doc.inst_mentions
            if m.entity is not None and doc.sents[m.sent].line == doc.title_line
        }
        if len(in_title) == 1:
            return in_title.pop()
    counts: dict[int, int] = {}
    for m in doc.inst_mentions:
        if m.entity is not None:
            counts[m.entity] = counts.get(m.entity, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] > 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def home_university(doc: Doc, insts: list[InstEntity]) -> int | None:
    """The release's own university ('Institution "X University"' too), or the one its own
    body belongs to ("Academic Council of NSMU")."""
    home = home_institution(doc)
    if home is None:
        return None
    names = insts[home].names
    if any("universit" in n.casefold() for n in names):
        return home
    owners = {
        e.idx
        for e in insts
        if e.idx != home
        and any(n.endswith(f" of {o}") for n in names for o in e.names + e.acronyms)
        and any("universit" in n.casefold() for n in e.names)
    }
    return owners.pop() if len(owners) == 1 else None


def acting_institution(doc: Doc) -> int | None:
    """The release's own institution, else the one whose delegation the lead reports
    ("A delegation of X paid a working visit to …"), else the lead's subject ("X hosted …")."""
    home = home_institution(doc)
    if home is not None:
        return home
    lead = next(
        (
            s
            for s, sent in enumerate(doc.sents)
            if sent.line != doc.title_line and doc.inst_mentions and _names_inst(doc, s)
        ),
        None,
    )
    if lead is None:
        return None
    sent_of = delegation_of(doc, lead)
    if sent_of is not None:
        return sent_of
    first = min(
        (m for m in doc.inst_mentions if m.sent == lead and m.entity is not None),
        key=lambda m: m.start,
    )
    return first.entity if first.start <= 2 else None


def _names_inst(doc: Doc, s: int) -> bool:
    return any(m.sent == s and m.entity is not None for m in doc.inst_mentions)


_BYLINE = re.compile(r"^\s*(?:Posted|Published|Written|Issued)\s+by\b", re.IGNORECASE)


def own_institution(doc: Doc) -> int | None:
    """Who "our" is: the institution of a "Posted by …, X" byline, else the acting one."""
    for m in doc.inst_mentions:
        if (
            m.entity is not None
            # "Posted by Communications Office, X": the office is X's; a clinic is one's own
            and (m.head not in doc.rules.subunit_heads or doc.rules.heads[m.head] == "hospital")
            and _BYLINE.match(doc.lines[doc.sents[m.sent].line])
        ):
            return m.entity
    return acting_institution(doc)
