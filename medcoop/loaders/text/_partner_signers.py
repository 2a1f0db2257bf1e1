"""Signatories of several documents one institution signed with several partners at once:
its own signer signed each, each partner's signer only the one with that partner."""

from __future__ import annotations

import re

from ._agreement_words import WITH_ITEM
from ._doc import Doc
from ._hits import AgreementHit
from ._listitems import intro_sent
from ._persons import PersonEntity
from ._signing_dates import ALL_SIGNED

# "… signed on the Indian side", "The Kazan side was represented by …", "on behalf of X"
_SIGNS = re.compile(r"\bsigned\b|\brepresented\s+by\b|\bon\s+behalf\s+of\b", re.IGNORECASE)
_ITEM = re.compile(r"^\s*[–—•*-]\s")


def partner_signers(doc: Doc, hits: list[AgreementHit], people: list[PersonEntity]) -> None:
    """ "A concluded memorandums with: – B; – C. All were signed by A's director. Dr X,
    Chairman of B, and Dr Y, Director of C, signed on the other side": X signed the one
    with B, Y the one with C."""
    for key in sorted({_story_sent(doc, h.sent) for h in hits}):
        group = [h for h in hits if _story_sent(doc, h.sent) == key]
        s = max(h.sent for h in group)  # the signers are told after the last item
        common = set.intersection(*(set(h.parties) for h in group))
        if len(group) < 2 or len(common) != 1 or any(len(h.parties) != 2 for h in group):
            continue
        partner = {p: h for h in group for p in h.parties if p not in common}
        if len(partner) != len(group):
            continue
        after = _told_after(doc, s)
        if _respectively(doc, group, after):
            continue
        named = [p for h in group for p in h.signatories] + [p for p, _ in after]
        # "All three documents were signed by …": each of them
        each = set.intersection(*(set(h.signatories) for h in group))
        each |= {p for p, t in after if ALL_SIGNED.search(doc.sents[t].text)}
        for pid in dict.fromkeys(named):
            if pid in each:
                for h in group:
                    if pid not in h.signatories:
                        h.signatories.append(pid)
                continue
            at = {i for _, i, _ in people[pid].positions if i in partner}
            if len(at) != 1:
                continue
            for h in group:  # that partner's document only
                if h.parties != partner[next(iter(at))].parties and pid in h.signatories:
                    h.signatories.remove(pid)
            own = partner[next(iter(at))]
            if pid not in own.signatories:
                own.signatories.append(pid)


def _story_sent(doc: Doc, s: int) -> int:
    """A list item's intro ("Three memoranda were signed:" then "- with A"), else s itself:
    the items under one intro are one group of documents, as one sentence's are."""
    if WITH_ITEM.match(doc.sents[s].text) is None:
        return s
    intro = intro_sent(doc, s)
    return s if intro is None else intro


def _told_after(doc: Doc, s: int) -> list[tuple[int, int]]:
    """(person, sentence) of the next two sentences past a list that tell who signed."""
    after = [t for t in range(s + 1, len(doc.sents)) if not _ITEM.match(doc.sents[t].text)][:2]
    return [
        (m.entity, m.sent)
        for m in doc.person_mentions
        if m.sent in after and m.entity is not None and _SIGNS.search(doc.sents[m.sent].text)
    ]


def _respectively(doc: Doc, group: list[AgreementHit], after: list[tuple[int, int]]) -> bool:
    """ "The documents were signed by X and by the heads of the partners, A, B and C
    respectively": X signed each, A the first item's document, B the second's …; True when
    such a sentence gave the signers."""
    told = next((t for _, t in after if _RESPECTIVELY.search(doc.sents[t].text)), None)
    if told is None:
        return False
    signers = list(dict.fromkeys(p for p, t in after if t == told))
    each = signers[:1] if len(signers) == len(group) + 1 else []
    one = signers[len(each) :]
    if len(one) != len(group):
        return False
    for h, p in zip(sorted(group, key=lambda h: h.sent), one, strict=True):
        h.signatories = [*each, p, *(x for x in h.signatories if x not in signers)]
    return True


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
