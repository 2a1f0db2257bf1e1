"""A second clause that reports a signing of its own: "…, while C and D signed an agreement"."""

from __future__ import annotations

from ._agreement_words import hedged, kind_of, trigger_words
from ._doc import Doc
from ._hits import AgreementHit
from ._listitems import sentence_insts
from ._lists import list_after
from ._signers import verb_pos

_CLAUSE = frozenset(["while", "whereas", "and"])


def clause_cut(doc: Doc, s: int) -> int | None:
    """The token that opens a second clause reporting a signing of its own, after the first
    clause's verb: "A and B signed a memorandum, while C and D signed an agreement", "A signed
    an agreement with B, and C concluded a contract with D" (its own subject before its own
    verb)."""
    toks = doc.toks[s]
    first = verb_pos(doc, s)
    for k in range(first + 1, len(toks) - 1):
        if toks[k].text not in _CLAUSE or toks[k - 1].text != ",":
            continue
        verb = next(
            (j for j in range(k, len(toks)) if toks[j].text.casefold() in doc.rules.signing_verbs),
            None,
        )
        if verb is None:
            return None
        if any(k < a < verb for a, _, _ in sentence_insts(doc, s)):
            return k
    return None


def second_clause(
    doc: Doc, s: int, cut: int, date: str | None, context: list[int]
) -> list[AgreementHit]:
    """The agreement the clause from token ``cut`` reports: between the institutions named
    before its verb, or between the first of them and those listed after its "with"."""
    toks = doc.toks[s]
    rest = doc.text[toks[cut].start : doc.sents[s].end]
    verb = next(
        (k for k in range(cut, len(toks)) if toks[k].text.casefold() in doc.rules.signing_verbs),
        None,
    )
    trig = next(iter(trigger_words(doc, rest)), None)
    if verb is None or trig is None or hedged(doc, rest):
        return []
    insts = sentence_insts(doc, s)
    group = [e for a, _, e in insts if cut < a < verb]
    with_k = next((k for k in range(verb, len(toks)) if toks[k].text == "with"), None)
    if len(set(group)) < 2 and group and with_k is not None:
        group = [group[0], *list_after(doc, s, with_k + 1, insts)]
    if len(set(group)) < 2:
        return []
    kind = kind_of(doc, trig.group(1))
    start = toks[cut].start
    return [
        AgreementHit(
            kind,
            trig.group(1),
            list(dict.fromkeys(group)),
            s,
            [],
            date,
            start,
            toks[-1].end,
            False,
            context,
        )
    ]
