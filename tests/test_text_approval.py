"""A document sent on for someone's approval or review is not a
signed agreement, even in a headline whose other clause reports a signing."""

from __future__ import annotations

import pytest

from medcoop.loaders.text import extract

from .test_text_round16b import party_names

BODY = (
    "\n\nOn 9 May the Almaty Nursing College signed a contract with Vilnius Clinical "
    "Hospital.\n\nThe delegation also met the board of Tartu Children's Hospital.\n"
)


@pytest.mark.parametrize("hedge", [
    "memorandum with Tartu Children's Hospital sent for approval",
    "memorandum with Tartu Children's Hospital goes to the ministry for their approval",
    "memorandum with Tartu Children's Hospital sent for review",
    "memorandum with Tartu Children's Hospital under review",
    "memorandum with Tartu Children's Hospital passed on for consideration",
])
def test_a_headline_s_second_document_awaiting_approval_is_not_signed(hedge: str) -> None:
    text = ("Nursing college delegation in Lithuania: contract with Vilnius Clinical Hospital "
            f"signed, {hedge}" + BODY)
    assert party_names(extract(text)) == [
        ["Almaty Nursing College", "Vilnius Clinical Hospital"]
    ]


def test_a_signed_document_beside_the_headline_is_still_read() -> None:
    text = ("Nursing college delegation in Lithuania: contract with Vilnius Clinical Hospital "
            "signed" + BODY)
    assert party_names(extract(text)) == [
        ["Almaty Nursing College", "Vilnius Clinical Hospital"]
    ]


PAIR = "Riga Stradins University and Tartu University Hospital"


@pytest.mark.parametrize("sentence", [
    f"A memorandum between {PAIR} was sent for signature.",
    f"A memorandum between {PAIR} is ready for signature.",
    f"The signing of a memorandum between {PAIR} is envisaged.",
    f"A memorandum between {PAIR} is ready; its signing is expected in June.",
    f"{PAIR} look forward to signing a memorandum.",
    f"{PAIR} are considering signing a memorandum.",
    f"{PAIR} may conclude a memorandum.",
    f"A memorandum between {PAIR} is in the works.",
    f"A memorandum between {PAIR} is on the agenda.",
    f"{PAIR} could not sign a memorandum.",
    f"{PAIR} cannot sign a memorandum before the audit.",
    f"{PAIR} have never signed a memorandum.",
    f"A memorandum between {PAIR} was discussed.",
    f"A roadmap between {PAIR} was tabled at the meeting.",
    f"A plan between {PAIR} was presented to the board.",
    f"A memorandum between {PAIR} is being considered.",
    f"A contract between {PAIR} was worked out.",
    f"A roadmap between {PAIR} was developed.",
    f"A memorandum between {PAIR} was initiated.",
    f"{PAIR} expressed interest in signing a memorandum.",
    f"A memorandum between {PAIR} remains unsigned.",
    f"A memorandum between {PAIR} was not concluded.",
])
def test_a_document_foreseen_hoped_for_or_not_signed_is_no_agreement(sentence: str) -> None:
    assert extract(f"Riga, 4 May 2023\n\n{sentence}\n").agreements == []


def test_the_same_pair_signing_is_an_agreement() -> None:
    text = f"Riga, 4 May 2023\n\n{PAIR} signed a memorandum.\n"
    assert party_names(extract(text)) == [sorted(PAIR.split(" and "))]
