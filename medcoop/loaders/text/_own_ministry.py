"""Ministries read from titles: one a title alone names, and the one a host minister
serves ("Minister of Health X received a delegation of Chinese doctors" in a release whose
byline is the Kyrgyz ministry's is the Kyrgyz minister, whatever countries the guests come
from)."""

from __future__ import annotations

from ._dates import find_date
from ._doc import Doc, InstMention, PersonMention, norm
from ._entities import InstEntity

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
