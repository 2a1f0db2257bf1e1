"""Text reader, round 20b: error classes of holdout39-40 in agreements, events and agreement
counts, each checked on a text written for it in other wording, with other countries and names.
"""

from __future__ import annotations

from medcoop.loaders.text import extract

from .test_text_round16b import party_names


def test_the_ministry_that_signs_is_the_one_a_minister_s_title_names() -> None:
    text = (
        "Windhoek, 4 May 2023\n\n"
        "The health fair was opened by the Minister of Health and Social Services of Namibia, "
        "Peter Nandjila. On 3 May a seminar on dentistry was held at the Katutura Dental "
        "Clinic.\n\n"
        "On the second day, the ministry concluded a contract with the Swedish company Nordvik "
        "Imaging AB for the delivery of X-ray units."
    )
    assert party_names(extract(text)) == [
        ["Ministry of Health and Social Services of Namibia", "Nordvik Imaging AB"]
    ]


def test_a_centre_of_another_field_is_not_a_short_form_of_a_longer_centre() -> None:
    text = (
        "Riga, 2 March 2023\n\n"
        "The meeting was hosted by the National Centre for Adult Cardiology, Nephrology and "
        "Dialysis. A contract was concluded between Riga Stradins University and the National "
        "Centre of Nephrology."
    )
    assert party_names(extract(text)) == [
        ["National Centre of Nephrology", "Riga Stradins University"]
    ]


def test_a_given_name_after_a_title_s_field_opens_the_name_not_the_ministry() -> None:
    text = (
        "Santiago, 8 June 2023\n\n"
        "The Ministry of Health of Chile received a delegation of the Ministry of Healthcare of "
        "the Republic of Peru on 6-7 June. The Peruvian delegation was led by Vice Minister of "
        "Healthcare Rosa M. Quispe."
    )
    facts = extract(text)
    assert [p.name for p in facts.people] == ["Rosa M. Quispe"]
    assert [i.name for i in facts.institutions] == [
        "Ministry of Health of Chile",
        "Ministry of Healthcare of the Republic of Peru",
    ]


def test_n_other_documents_are_a_count() -> None:
    text = (
        "Doha, 12 May 2023\n\n"
        "A memorandum between the Ministry of Public Health of Qatar and the Ministry of Health "
        "of Ghana was signed at the Qatar-Ghana Investment Forum in Doha. Besides the health "
        "memorandum, seven other documents were signed at the forum on energy and trade."
    )
    assert [(c.count, c.event is not None) for c in extract(text).agreement_counts] == [(7, True)]


def test_of_a_city_after_a_company_s_legal_form_is_its_address() -> None:
    text = (
        "Kampala, 2 April 2024\n\n"
        "Mbarara Regional Referral Hospital in Uganda has signed a contract with Baraka Renal "
        "Services Ltd of Thika, Kenya, to run a dialysis unit."
    )
    facts = extract(text)
    assert party_names(facts) == [
        ["Baraka Renal Services Ltd", "Mbarara Regional Referral Hospital"]]
    assert {i.name: i.country for i in facts.institutions}["Baraka Renal Services Ltd"] == "KE"


def test_an_earlier_agreement_pointed_at_again_is_still_the_two_hospitals_agreement() -> None:
    text = (
        "Hanoi delegation visits Vientiane\n\n"
        "A delegation of Bach Mai Hospital from Hanoi, Vietnam, visited Mahosot Hospital in "
        "Vientiane on 3 May 2024.\n\n"
        "The visit continues a partnership agreement that the two hospitals signed in Hanoi in "
        "2020. Under this agreement, nine Lao nurses have trained in Vietnam."
    )
    assert party_names(extract(text)) == [["Bach Mai Hospital", "Mahosot Hospital"]]


def test_a_city_inside_a_quoted_event_title_stays_in_its_name() -> None:
    text = (
        "Accra, 9 March 2024\n\n"
        "The Ghana-Togo Health Forum was held in Accra on 8 March. Alongside the forum, the "
        'exhibition "TogoPharm in Accra" showed the products of Togolese drug makers.'
    )
    assert [e.name for e in extract(text).events] == [
        "Ghana-Togo Health Forum",
        "TogoPharm in Accra",
    ]


def test_a_bare_signed_by_sentence_signs_the_item_told_just_before() -> None:
    text = (
        "Lima, 5 May 2023\n\n"
        "The following documents were signed on 4 May:\n\n"
        "1. A memorandum between Cayetano Heredia University and Hospital Clinic of Barcelona "
        "on residency training. Signed by Rector Luis Quispe and by Dr. Marta Puig, Director "
        "of Hospital Clinic of Barcelona."
    )
    facts = extract(text)
    names = {p.id: p.name for p in facts.people}
    assert [sorted(names[x] for x in a.signatories) for a in facts.agreements] == [
        ["Luis Quispe", "Marta Puig"]
    ]


def test_the_day_an_intro_ends_with_dates_its_items() -> None:
    text = (
        "Lima, 8 May 2023\n\n"
        "Cayetano Heredia University has signed two documents during its Research Week, which "
        "ran from 2 to 6 May.\n\n"
        "The following documents were signed on 5 May:\n\n"
        "1. A memorandum between Cayetano Heredia University and Hospital Clinic of Barcelona "
        "on residency training.\n\n"
        "2. An agreement between Cayetano Heredia University and Universidad de Chile on "
        "student exchange."
    )
    assert [a.date for a in extract(text).agreements] == ["2023-05-05", "2023-05-05"]
