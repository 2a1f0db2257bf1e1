"""One signed agreement as the rules find it, before it is resolved into facts."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class AgreementHit:
    kind: str
    title: str
    parties: list[int]
    sent: int
    signatories: list[int] = field(default_factory=list)
    date: str | None = None
    start: int = 0
    end: int = 0
    anaphoric: bool = False  # "The document was signed by …": refers to an earlier one
    context: list[int] = field(default_factory=list)  # other sentences about this signing
    weak_date: bool = False  # a dateline's date: a later sentence may name the signing day
