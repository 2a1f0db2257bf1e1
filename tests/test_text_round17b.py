"""Text reader, round 17b: error classes of holdout33-34 in agreements, events and counts,
each checked on a text written for it in other wording, with other countries and names.

Classes: an approximate count ("over 12", "more than 8") is a count of the occasion, a tally
"since" some year is none.
"""

from __future__ import annotations

from medcoop.loaders.text import extract

from .test_text_round16b import party_names


def test_an_approximate_count_is_a_count_of_its_event() -> None:
    text = (
        "Riga, 4 May 2023\n\n"
        "The Baltic Oncology Forum opened in Riga on 3 May. All in all, over 12 memoranda and "
        "agreements were concluded during the forum between clinics of Latvia and Finland."
    )
    facts = extract(text)
    assert [(c.count, c.event) for c in facts.agreement_counts] == [(12, facts.events[0].id)]


def test_a_tally_since_a_year_is_no_count() -> None:
    text = (
        "Vilnius, 2 June 2024\n\n"
        "Since 2015 the universities of Lithuania and Poland have signed more than 30 "
        "cooperation documents."
    )
    assert extract(text).agreement_counts == []


def test_a_member_of_a_group_signs_not_the_group() -> None:
    text = (
        "Oslo, 3 May 2024\n\n"
        "Kelvar Health, a member of Rhine Care Group, has signed a cooperation agreement with "
        "Uppsala University Hospital."
    )
    assert party_names(extract(text)) == [["Kelvar Health", "Uppsala University Hospital"]]


def test_the_largest_clinic_of_a_group_signs_with_another() -> None:
    text = (
        "Oslo, 3 May 2024\n\n"
        "Norden Care, the largest private clinic of Fjord Medical Group, and Uppsala University "
        "Hospital signed a memorandum on joint training."
    )
    assert party_names(extract(text)) == [["Norden Care", "Uppsala University Hospital"]]


def test_a_person_a_member_of_an_academy_is_no_institution() -> None:
    text = (
        "Oslo, 3 May 2024\n\n"
        "Ingrid Solberg, a member of the Norwegian Academy of Sciences, signed a memorandum "
        "between Oslo University Hospital and Uppsala University Hospital."
    )
    facts = extract(text)
    assert party_names(facts) == [["Oslo University Hospital", "Uppsala University Hospital"]]
    assert "Ingrid Solberg" not in [i.name for i in facts.institutions]


def test_a_signers_academy_membership_is_no_party() -> None:
    text = (
        "Lund, 2 April 2024\n\n"
        "A delegation of the University of Turku headed by its rector, Prof. Pekka Nieminen, "
        "visited Lund University. The guests were met by the rector of Lund University, "
        "Corresponding Member of the Royal Swedish Academy of Sciences J.K. Lindqvist.\n\n"
        "At the close of the visit J.K. Lindqvist and P. Nieminen signed a memorandum of "
        "understanding between the two universities."
    )
    assert party_names(extract(text)) == [["Lund University", "University of Turku"]]


def test_the_university_capitalised_is_the_releases_own_not_the_last_signer() -> None:
    text = (
        "Riga Stradins University deepens ties with Norwegian partners\n\n"
        "A delegation of Riga Stradins University (RSU) led by Rector A. Berzins has returned "
        "from a working trip to Norway. In Oslo, the delegation was received at Oslo "
        "University Hospital (OUS), where the sides signed a memorandum on nursing education. "
        "On behalf of OUS the memorandum was signed by Director Dr Kari Nordmann.\n\n"
        "In addition, the University concluded a contract with the Norwegian company Laerdal "
        "Simtek AS for the supply of training manikins for the RSU skills centre."
    )
    assert party_names(extract(text)) == [
        ["Laerdal Simtek AS", "Riga Stradins University"],
        ["Oslo University Hospital", "Riga Stradins University"],
    ]


def test_a_named_seminar_is_an_event() -> None:
    text = (
        "Santiago, 9 May 2024\n\n"
        "On 8 May the minister attended the Norway–Chile Medical Technology Seminar organised "
        "by the Chilean Chamber of Commerce, where 20 Norwegian firms presented products."
    )
    assert [e.name for e in extract(text).events] == [
        "Norway–Chile Medical Technology Seminar"]
