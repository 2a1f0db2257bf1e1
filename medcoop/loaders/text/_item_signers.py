"""Signatories named item by item under a signing intro: "… signed with the following
partners:" then "1. Kazan State Medical University – signed by the Vice-Rector A. B."."""

from __future__ import annotations

from ._doc import Doc
from ._hits import AgreementHit
from ._listitems import ITEM, intro_sent
from ._persons import PersonEntity
from ._signers import signers_of


def item_head(doc: Doc, s: int) -> int | None:
    """The institution that opens the list item sentence ``s`` is the first sentence of."""
    line = doc.sents[s].line
    if not ITEM.match(doc.lines[line]) or doc.continues_paragraph(s):
        return None
    return next(
        (m.entity for m in doc.inst_mentions if m.sent == s and m.start <= 2 and m.entity),
        None,
    )


def item_hit(doc: Doc, s: int, hits: list[AgreementHit]) -> AgreementHit | None:
    """The document of the list item ``s`` opens: the one its intro reported with the item's
    institution as a party."""
    head, intro = item_head(doc, s), intro_sent(doc, s)
    if head is None or intro is None:
        return None
    return next((h for h in hits if h.sent == intro and head in h.parties), None)


def sign_items(doc: Doc, hits: list[AgreementHit], people: list[PersonEntity]) -> None:
    """Each item's "signed by X": X signed the document with that item's institution."""
    for s in range(len(doc.sents)):
        hit = item_hit(doc, s, hits)
        if hit is None:
            continue
        for p in signers_of(doc, s, people):
            if p not in hit.signatories:
                hit.signatories.append(p)
