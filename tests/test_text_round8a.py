"""Text reader, round 8: agreements, each found once with its own set of parties, and never a
negated one. Every rule is checked on texts written for it, in other wording, with other
countries and names than the corpus it came from.

Classes: partners each introduced by "with" ("signed with A, with B and with C": one document
each); "deal(s) with" as a verb; a second clause with its own subject and verb ("…, and C
concluded a contract with D"); a renewed or prolonged document (signed again); "the two
sides signed" after a sentence naming the other side; a passive "was signed with B" in a
release about a delegation (the delegation's institution, not the last sentence's subject);
a negated document ("no agreement was concluded"); a German name with "für" in a list of
three parties.
"""

from __future__ import annotations

import pytest

from medcoop.facts import Facts
from medcoop.loaders.text import extract


def agreements(facts: Facts) -> list[tuple[str, set[str]]]:
    """(kind, party names) of each agreement, in the order found."""
    by_id = {i.id: i.name for i in facts.institutions}
    return [(a.kind, {by_id[p] for p in a.parties}) for a in facts.agreements]


# --- one document per partner introduced by "with" -------------------------------------------


def test_each_partner_after_a_repeated_with_has_its_own_document() -> None:
    f = extract(
        "A delegation of the Almaty Oncology Centre visited the Baltic states in May. During "
        "the trip, memoranda were signed with the Vilnius University Hospital, with the Tartu "
        "University Clinic and with the Riga Oncology Centre."
    )
    assert agreements(f) == [
        ("memorandum", {"Almaty Oncology Centre", "Vilnius University Hospital"}),
        ("memorandum", {"Almaty Oncology Centre", "Tartu University Clinic"}),
        ("memorandum", {"Almaty Oncology Centre", "Riga Oncology Centre"}),
    ]


def test_a_passive_signing_with_a_partner_is_the_delegations_not_the_last_subjects() -> None:
    f = extract(
        "A delegation of the Kazan State Medical University visited India on 2-6 May. On 3 May "
        "the Apollo Hospital signed an agreement with the Kazan State Medical University on "
        "residency training. On 5 May, in Chennai, a memorandum was signed with the Madras "
        "Medical College."
    )
    assert agreements(f) == [
        ("agreement", {"Apollo Hospital", "Kazan State Medical University"}),
        ("memorandum", {"Kazan State Medical University", "Madras Medical College"}),
    ]


# --- "deals with" --------------------------------------------------------------------------


def test_deals_with_as_a_verb_is_no_document() -> None:
    f = extract(
        "The Tbilisi Heart Centre signed memoranda with the Ankara City Hospital and with the "
        "Izmir Children's Hospital. The memorandum with the Ankara City Hospital covers surgery, "
        "while the document signed with the Izmir Children's Hospital deals with nursing."
    )
    assert agreements(f) == [
        ("memorandum", {"Tbilisi Heart Centre", "Ankara City Hospital"}),
        ("memorandum", {"Tbilisi Heart Centre", "Izmir Children's Hospital"}),
    ]


def test_a_deal_after_signed_is_still_a_document() -> None:
    f = extract("The Osh Regional Hospital signed a deal with the Busan Cancer Center.")
    assert agreements(f) == [("agreement", {"Osh Regional Hospital", "Busan Cancer Center"})]


# --- two signings in one sentence ------------------------------------------------------------


def test_a_second_clause_with_its_own_subject_and_with_is_its_own_agreement() -> None:
    f = extract(
        "The Vilnius University Hospital and the Tartu University Clinic signed a memorandum on "
        "oncology, and the Riga Oncology Centre concluded a contract with the Kaunas Clinics on "
        "radiotherapy."
    )
    assert agreements(f) == [
        ("memorandum", {"Vilnius University Hospital", "Tartu University Clinic"}),
        ("contract", {"Riga Oncology Centre", "Kaunas Clinics"}),
    ]


# --- renewed documents -----------------------------------------------------------------------


def test_a_renewed_agreement_is_signed_again() -> None:
    f = extract(
        "The Tashkent Pediatric Institute and the Ankara University Hospital have renewed their "
        "exchange agreement for three more years."
    )
    assert agreements(f) == [
        ("agreement", {"Tashkent Pediatric Institute", "Ankara University Hospital"})
    ]


def test_a_prolonged_memorandum_is_signed_again() -> None:
    f = extract(
        "The memorandum between the Yerevan State Medical University and the Vienna General "
        "Hospital was prolonged until 2030."
    )
    assert agreements(f) == [
        ("memorandum", {"Yerevan State Medical University", "Vienna General Hospital"})
    ]


def test_extended_support_or_a_future_extension_is_no_agreement() -> None:
    assert (
        extract(
            "The Yerevan State Medical University said the Vienna General Hospital will extend "
            "support for the agreement."
        ).agreements
        == []
    )
    assert (
        extract(
            "The Osh Regional Hospital said its agreement with the Busan Cancer Center will be "
            "extended automatically."
        ).agreements
        == []
    )


# --- "the two sides" -------------------------------------------------------------------------


def test_the_two_sides_are_the_delegations_institution_and_the_one_it_met() -> None:
    f = extract(
        "A delegation of the Ministry of Health of Armenia visited Austria on 3-5 May. On 4 May "
        "the delegation met the leadership of the Vienna General Hospital. Following the "
        "meeting, the two sides signed a memorandum on residency training."
    )
    assert agreements(f) == [
        ("memorandum", {"Ministry of Health of Armenia", "Vienna General Hospital"})
    ]


def test_both_sides_that_only_said_something_signed_nothing() -> None:
    f = extract(
        "Doctors of the Seoul National University Hospital visited the Bishkek Children's "
        "Hospital in June. Both sides said they would exchange interns, and a memorandum is "
        "being prepared."
    )
    assert f.agreements == []


# --- negation --------------------------------------------------------------------------------


def test_a_negated_document_is_no_agreement_whatever_follows() -> None:
    f = extract(
        "Doctors of the Seoul National University Hospital visited the Bishkek Children's "
        "Hospital in June. No formal agreement was concluded during the visit, and both "
        "hospitals exchanged contact lists."
    )
    assert f.agreements == []


# --- a German name in a list of three ------------------------------------------------------


def test_a_name_with_fur_closes_a_three_party_list() -> None:
    f = extract(
        "A tripartite agreement between the Almaty Children's Hospital, the Riga Stradins "
        "University and the Deutsche Stiftung für Kinderheilkunde (DSK) was signed on 2 May."
    )
    assert agreements(f) == [
        (
            "agreement",
            {
                "Almaty Children's Hospital",
                "Riga Stradins University",
                "Deutsche Stiftung für Kinderheilkunde",
            },
        )
    ]


def test_a_renewed_agreement_keeps_a_name_ending_with_a_known_surname() -> None:
    f = extract(
        "The Republican Center of Pediatrics named after Academician K. Sultanov and the Kazan "
        "Children's Hospital have prolonged their cooperation agreement. Dr Aibek Sultanov "
        "welcomed the guests."
    )
    assert agreements(f) == [
        (
            "agreement",
            {
                "Republican Center of Pediatrics named after Academician K. Sultanov",
                "Kazan Children's Hospital",
            },
        )
    ]


# --- who signed and when ---------------------------------------------------------------------


def signings(facts: Facts) -> list[tuple[set[str], list[str], str | None]]:
    """(party names, signatory names, date) of each agreement."""
    by_id = {i.id: i.name for i in facts.institutions}
    people = {p.id: p.name for p in facts.people}
    return [
        ({by_id[p] for p in a.parties}, [people[s] for s in a.signatories], a.date)
        for a in facts.agreements
    ]


def test_all_the_documents_signed_by_one_person_each_have_that_signatory() -> None:
    f = extract(
        "A delegation of the Almaty Oncology Centre visited the Baltic states in May. During "
        "the trip, memoranda were signed with the Vilnius University Hospital and with the "
        "Tartu University Clinic. Both documents were signed on behalf of the centre by its "
        "director, Dr Marat Seitkali."
    )
    assert signings(f) == [
        ({"Almaty Oncology Centre", "Vilnius University Hospital"}, ["Marat Seitkali"], None),
        ({"Almaty Oncology Centre", "Tartu University Clinic"}, ["Marat Seitkali"], None),
    ]


def test_a_datelines_day_gives_way_to_the_signing_day_named_after_it() -> None:
    f = extract(
        "RIGA, 9 October 2023 – The Riga Stradins University has signed a memorandum with the "
        "Tbilisi State Medical University. The memorandum was signed in Tbilisi on 6 October."
    )
    assert signings(f) == [
        ({"Riga Stradins University", "Tbilisi State Medical University"}, [], "2023-10-06")
    ]


def test_an_undated_signing_takes_the_day_its_paragraph_opens_with() -> None:
    f = extract(
        "Bishkek, 20 May 2024\n\n"
        "On 14 May the delegation visited the Ankara City Hospital. Its director showed the "
        "guests the new wards. The Bishkek Children's Hospital and the Ankara City Hospital "
        "signed a memorandum on paediatric surgery."
    )
    assert signings(f) == [
        ({"Bishkek Children's Hospital", "Ankara City Hospital"}, [], "2024-05-14")
    ]


# --- planned, prepared or agreed on, not signed -----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tashkent Medical Academy and the Ankara City Hospital agreed to conclude a "
        "memorandum on cooperation.",
        "A memorandum between the Tashkent Medical Academy and the Ankara City Hospital is under "
        "preparation.",
        "The sides agreed to work out a memorandum between the Tashkent Medical Academy and the "
        "Ankara City Hospital.",
        "The Tashkent Medical Academy and the Ankara City Hospital will soon sign a memorandum.",
        "The Tashkent Medical Academy and the Ankara City Hospital are going to sign a memorandum.",
        "The Tashkent Medical Academy and the Ankara City Hospital prepared a memorandum on "
        "cooperation for signing.",
    ],
)
def test_a_document_agreed_on_prepared_or_to_come_is_not_signed(sentence: str) -> None:
    assert extract(sentence).agreements == []


def test_institutions_listed_after_signed_by_are_the_parties_of_one_document() -> None:
    f = extract(
        "A trilateral agreement was signed by the Almaty Heart Centre, the Riga Stradins "
        "University and the Vilnius University Hospital."
    )
    assert agreements(f) == [
        (
            "agreement",
            {"Almaty Heart Centre", "Riga Stradins University", "Vilnius University Hospital"},
        )
    ]


def test_each_between_opens_a_document_of_its_own() -> None:
    f = extract(
        "Memoranda were signed between the Tashkent Medical Academy and the Vilnius University "
        "Hospital and between the Samarkand Medical University and the Riga Stradins University."
    )
    assert agreements(f) == [
        ("memorandum", {"Tashkent Medical Academy", "Vilnius University Hospital"}),
        ("memorandum", {"Samarkand Medical University", "Riga Stradins University"}),
    ]


def test_the_signers_before_the_verb_may_carry_a_title_set_off_by_commas() -> None:
    f = extract(
        "Rector Janis Ozols of the Riga Stradins University arrived in Vilnius on 1 May. On 2 "
        "May 2025, Janis Ozols and Dr Maria Kalnina, Director of the Vilnius University Hospital, "
        "signed an agreement between the Riga Stradins University and the Vilnius University "
        "Hospital."
    )
    assert signings(f) == [
        (
            {"Riga Stradins University", "Vilnius University Hospital"},
            ["Janis Ozols", "Maria Kalnina"],
            "2025-05-02",
        )
    ]


def test_the_second_day_of_an_event_is_counted_from_its_first() -> None:
    f = extract(
        "Riga, 30 April 2025\n\n"
        "On 24–26 April the Riga Stradins University hosted the Baltic Forum on Oncology.\n\n"
        "On the second day of the forum, the Riga Stradins University and the Vilnius "
        "University Hospital signed a memorandum on clinical trials."
    )
    assert signings(f) == [
        ({"Riga Stradins University", "Vilnius University Hospital"}, [], "2025-04-25")
    ]


def test_preparation_for_an_event_does_not_hedge_a_signing() -> None:
    f = extract(
        "In preparation for the forum, the Tashkent Medical Academy and the Ankara City "
        "Hospital signed a roadmap to draw up joint curricula."
    )
    assert agreements(f) == [("roadmap", {"Tashkent Medical Academy", "Ankara City Hospital"})]
