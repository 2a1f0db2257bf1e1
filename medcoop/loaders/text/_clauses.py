"""A second clause that reports a signing of its own: "…, while C and D signed an agreement"."""

from __future__ import annotations

from ._agreement_words import hedged, kind_of, trigger_words
from ._doc import Doc
from ._hits import AgreementHit
from ._listitems import sentence_insts
from ._lists import list_after
from ._signers import verb_pos

_CLAUSE = frozenset(["while", "whereas", "and"])


def clause_cuts(doc: Doc, s: int) -> list[int]:
    """Every token that opens a further clause reporting a signing of its own, after the first
    clause's verb, in order: "A and B signed a memorandum, while C and D signed an agreement",
    "A signed an agreement with B, and C concluded a contract with D" (its own subject before
    its own verb), or behind a comma alone when an institution opens the clause ("A signed a
    memorandum with B, C concluded a memorandum with D, and E and F signed …")."""
    toks = doc.toks[s]
    first = verb_pos(doc, s)
    insts = sentence_insts(doc, s)
    starts = {a for a, _, _ in insts}
    cuts: list[int] = []
    k = first + 1
    while k < len(toks) - 1:
        opens = toks[k - 1].text == "," and (
            toks[k].text in _CLAUSE
            or k in starts
            or (toks[k].text == "the" and k + 1 in starts)
        )
        if not opens:
            k += 1
            continue
        verb = next(
            (j for j in range(k, len(toks)) if toks[j].text.casefold() in doc.rules.signing_verbs),
            None,
        )
        if verb is None:
            break
        # the clause's own subject: institutions between its start and its verb, with no
        # comma-clause of another kind between ("…, the X and Y signed", not "…, on X, …")
        if any(k <= a < verb for a, _, _ in insts) and (
            toks[k].text in _CLAUSE or not any(toks[x].text == "," for x in range(k, verb))
        ):
            cuts.append(k)
            k = verb + 1
            continue
        k += 1
    return cuts


def second_clause(
    doc: Doc, s: int, cut: int, date: str | None, context: list[int], end: int | None = None
) -> list[AgreementHit]:
    """The agreement the clause from token ``cut`` (to token ``end``) reports: between the
    institutions named before its verb, or between the first of them and those listed after
    its "with"."""
    toks = doc.toks[s]
    end = len(toks) if end is None else end
    rest = doc.text[toks[cut].start : toks[end - 1].end]
    verb = next(
        (k for k in range(cut, len(toks)) if toks[k].text.casefold() in doc.rules.signing_verbs),
        None,
    )
    trig = next(iter(trigger_words(doc, rest)), None)
    if verb is None or trig is None or hedged(doc, rest):
        return []
    if verb >= end:
        return []
    insts = [x for x in sentence_insts(doc, s) if x[0] < end]
    group = [e for a, _, e in insts if cut <= a < verb]
    with_k = next((k for k in range(verb, end) if toks[k].text == "with"), None)
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
            toks[end - 1].end,
            False,
            context,
        )
    ]
