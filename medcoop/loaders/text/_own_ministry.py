"""Ministries read from titles: one a title alone names, and the one a host minister
serves ("Minister of Health X received a delegation of Chinese doctors" in a release whose
byline is the Kyrgyz ministry's is the Kyrgyz minister, whatever countries the guests come
from)."""

from __future__ import annotations

import re

from ._dates import find_date
from ._doc import Doc, InstMention, PersonMention, norm, words
from ._entities import InstEntity, bare_ministry
from ._persons import behalf_before

# a byline line is short: "14.06.2025 | Ministry of Health of X", "Press service of X"
_BYLINE_WORDS = 16


def hosts(doc: Doc, m: PersonMention, countries_at: list[int]) -> bool:
    """The person is the subject of a host's verb ("received", "met") that comes before every
    country the sentence names: those countries are the guests'."""
    toks = doc.toks[m.sent]
    verb = next((k for k in range(m.end, len(toks)) if toks[k].text in doc.rules.host_verbs), None)
    if verb is None or any(t.text in (";", ".") for t in toks[m.end : verb]):
        return False
    return all(at > toks[verb].start for at in countries_at)


# the rest of a clause "On behalf of the Ministry …" up to the person: the bare "the Ministry"
_THE_MINISTRY = re.compile(r"[Mm]inistry\b(?!\s+of\b)[^,;]*$")


def for_the_ministry(doc: Doc, m: PersonMention) -> bool:
    """ "On behalf of the Ministry the memorandum was signed by the Deputy Minister of Health
    A, on behalf of the Chinese hospital – by …": the person signs for "the Ministry" the text
    has named, and the countries the rest of the sentence names are the other side's."""
    opening = behalf_before(doc, m)
    if opening is None or opening.group().split()[-1] != "the":
        return False
    rest = doc.text[doc.sents[m.sent].start + opening.end() : m.char_start]
    return _THE_MINISTRY.match(rest) is not None


def byline_ministry(doc: Doc, insts: list[InstEntity], field: str) -> InstEntity | None:
    """The one ministry of the field that the release's byline names (a dated line at its
    head, or the short closing line)."""
    lines = _byline_lines(doc)
    found = {
        m.entity
        for m in doc.inst_mentions
        if m.entity is not None
        and doc.sents[m.sent].line in lines
        and insts[m.entity].kind == "ministry"
        and any(norm(field) in norm(n) for n in insts[m.entity].names)
    }
    return insts[found.pop()] if len(found) == 1 else None


def byline_ministry_in_text(doc: Doc, insts: list[InstEntity], field: str) -> InstEntity | None:
    """The byline's ministry of the field (see ``byline_ministry``) when the report's body
    names it too, as one that takes part."""
    own = byline_ministry(doc, insts, field)
    if own is None:
        return None
    lines = _byline_lines(doc)
    body = any(
        m.entity == own.idx and doc.sents[m.sent].line not in lines for m in doc.inst_mentions
    )
    return own if body else None


def _byline_lines(doc: Doc) -> set[int]:
    nonempty = [k for k, ln in enumerate(doc.lines) if ln.strip() and k != doc.title_line]
    head = {
        k
        for k in nonempty[:2]
        if len(doc.lines[k].split()) <= _BYLINE_WORDS and find_date(doc.lines[k]) is not None
    }
    last = nonempty[-1:] if nonempty else []
    tail = {
        k
        for k in last
        if len(doc.lines[k].split()) <= _BYLINE_WORDS and not doc.lines[k].rstrip().endswith(".")
    }
    return head | tail


def new_ministry(
    doc: Doc, insts: list[InstEntity], name: str, code: str | None, i: int, j: int, s: int
) -> InstEntity:
    """A ministry known only from a title, read where the title is."""
    inst = InstEntity(
        len(insts), names=[name], kind="ministry", head="ministry", country=code, synthetic=True
    )
    inst.mentions.append(_title_mention(doc, s, i, j, inst.idx))
    insts.append(inst)
    return inst


def _title_mention(doc: Doc, s: int, i: int, j: int, entity: int) -> InstMention:
    """Where a ministry known only from a title ("Vice Minister of Health of X") is read."""
    toks = doc.toks[s]
    j = max(j, i + 1)
    return InstMention(
        s,
        i,
        j,
        doc.span_text(s, i, j),
        toks[i].start,
        toks[j - 1].end,
        "ministry",
        "ministry",
        entity=entity,
    )


def unique_ministry(doc: Doc, insts: list[InstEntity], field: str) -> InstEntity | None:
    """The one ministry of ``field`` ("of Health") the text names, if there is one."""
    ministries = [e for e in insts if e.kind == "ministry"]
    cands = [e for e in ministries if any(norm(field) in norm(n) for n in e.names)]
    if not cands:  # "vice minister of Health" of the "Ministry of Public Health and …"
        need = set(words(field)) - {"of", "for", "and"}
        cands = [e for e in ministries if any(need <= set(words(n)) for n in e.names)]
    if len(cands) > 1:  # "Iraqi Ministry of Health" in the headline only: the body's one
        cands = [e for e in cands if any(not in_title(doc, m) for m in e.mentions)]
    return cands[0] if len(cands) == 1 else None


def in_title(doc: Doc, m: InstMention) -> bool:
    return doc.title_line is not None and doc.sents[m.sent].line == doc.title_line


def find_ministry(
    doc: Doc, insts: list[InstEntity], name: str, field: str, code: str
) -> InstEntity | None:
    """The ministry a minister of ``field`` in country ``code`` serves: one named ``name``, one
    of that field and country, else the bare ministry the text names (or None)."""
    named = [e for e in insts if norm(name) in {norm(n) for n in e.names}]
    if not named and " of " in field[3:]:  # "Minister of Health of the Republic of Tatarstan"
        whole = norm(f"Ministry {field}")  # in a text about Russia: the one the field names
        named = [e for e in insts if whole in {norm(n) for n in e.names}]
    in_body = [e for e in named if any(not in_title(doc, m) for m in e.mentions)]
    if in_body:
        return in_body[0]
    cands = [
        e
        for e in insts
        if e.kind == "ministry"
        and e.country == code
        and any(norm(field) in norm(n) for n in e.names)
    ]
    if not cands:  # "Minister of Health of Georgia" of the "Ministry of …, Labour, Health and
        need = set(words(field)) - {"of", "for", "and"}  # Social Affairs of Georgia"
        cands = [
            e
            for e in insts
            if e.kind == "ministry"
            and e.country == code
            and need
            and any(need <= set(words(n)) for n in e.names)
        ]
        cands = cands if len(cands) == 1 else []
    if not cands and code:  # "Peru's Vice Minister of Public Health" of the one "Ministry of
        share = [  # Health of Peru" the text names: a portfolio inside the ministry
            e
            for e in insts
            if e.kind == "ministry"
            and e.country == code
            and any(need & set(words(n)) for n in e.names)
        ]
        cands = share if len(share) == 1 else []
    # "… with Latvian Ministry of Health" in the headline, "the Ministry of Health of the
    # Republic of Latvia" in the body: the body's name
    body = [e for e in cands if any(not in_title(doc, m) for m in e.mentions)]
    best = body or named or cands
    return best[0] if best else bare_ministry(insts, name, field, code)
