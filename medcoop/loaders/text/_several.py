"""Several documents told in one sentence, each with its own parties: "a memorandum between A
and B, signed by the rectors X and Y, and an agreement between C and D"."""

from __future__ import annotations

from ._agreement_words import kind_of, trigger_words
from ._doc import Doc
from ._listitems import sentence_insts

Documents = list[tuple[str, str]]  # (kind, trigger word)


def per_group(
    doc: Doc, s: int, groups: list[list[int]], documents: Documents, signers: list[int]
) -> list[tuple[Documents, list[int]]]:
    """For each party group, its document(s) and signers: when each group follows a document
    word of its own, that word's kind and the signers named between it and the next group's
    word (or before the first word: those signed all); else every document and signer."""
    same = [(documents, signers) for _ in groups]
    if len(groups) < 2:
        return same
    sent, toks = doc.sents[s], doc.toks[s]
    words = trigger_words(doc, sent.text)
    at = [_token_at(doc, s, sent.start + m.start()) for m in words]
    # the document word just before each group, in the order of the groups
    own: list[int] = []
    # "A signed a memorandum with B and a roadmap with C": A is every group's, B and C tell
    common = set(groups[0]).intersection(*groups[1:])
    for first in (_first_token(doc, s, [e for e in g if e not in common] or g) for g in groups):
        before = [j for j, k in enumerate(at) if k < first]
        if not before or (own and before[-1] <= own[-1]):
            return same  # a word shared by two groups, or a group before any word
        own.append(before[-1])
    marks = [at[j] for j in own] + [len(toks)]
    where = {m.entity: m.start for m in doc.person_mentions if m.sent == s and m.entity is not None}
    out = []
    for i, j in enumerate(own):
        mine = [
            p
            for p in signers
            if p not in where or where[p] < marks[0] or marks[i] <= where[p] < marks[i + 1]
        ]
        out.append(([(kind_of(doc, words[j].group(1)), words[j].group(1))], mine))
    return out


def _token_at(doc: Doc, s: int, char: int) -> int:
    return next((k for k, t in enumerate(doc.toks[s]) if t.start >= char), len(doc.toks[s]))


def _first_token(doc: Doc, s: int, group: list[int]) -> int:
    """The token where the sentence first names a party of the group."""
    return min((a for a, _, e in sentence_insts(doc, s) if e in group), default=len(doc.toks[s]))
