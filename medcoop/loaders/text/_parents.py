"""A member institution named with its parent: "the National Research Center for Maternal and
Child Health of the University Medical Center" in a text that names the "University Medical
Center Corporate Fund" too is the centre, with the parent's words as no part of its short
name."""

from __future__ import annotations

from ._doc import Doc, InstMention, norm


def parent_aliases(doc: Doc, raw: list[InstMention]) -> None:
    """Give a mention "X of the Y" the alias X when Y opens another institution's name."""
    others = {norm(m.text) for m in raw}
    for m in raw:
        if m.alias is not None:
            continue
        toks = doc.toks[m.sent]
        for p in range(m.start + 2, m.end - 2):
            if toks[p].text != "of" or toks[p + 1].text != "the":
                continue
            parent = norm(doc.span_text(m.sent, p + 2, m.end))
            if any(o != norm(m.text) and o.startswith(parent) for o in others):
                m.alias = doc.span_text(m.sent, m.start, p)
                break
