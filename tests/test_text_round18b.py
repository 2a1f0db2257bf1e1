"""Text reader, round 18b: error classes of holdout35-36 in agreements, positions and people,
each checked on a text written for it in other wording, with other countries and names.
"""

from __future__ import annotations

from medcoop.loaders.text import extract

from .test_text_round13a import positions
from .test_text_round16b import party_names


def test_title_name_of_the_demonym_head_is_that_institution() -> None:
    text = (
        "Riga, 4 May 2023\n\n"
        "A memorandum was signed between Riga Stradins University and Tartu Medical University. "
        "It was signed by Rector Janis Berzins of the Latvian university and Rector Mart Kask "
        "of the Estonian university."
    )
    assert positions(extract(text)) == {
        "Janis Berzins": [("Rector", "Riga Stradins University")],
        "Mart Kask": [("Rector", "Tartu Medical University")],
    }


def test_a_saint_a_hospital_is_named_for_is_no_person() -> None:
    text = (
        "Kumasi, 3 May 2024\n\n"
        "The Komfo Anokye Teaching Hospital has signed an agreement on cardiac care with "
        "St. Olav's University Hospital, Oslo.\n\n"
        "Under the deal, St. Olav's will train Ghanaian heart surgeons."
    )
    facts = extract(text)
    assert [p.name for p in facts.people] == []
    assert party_names(facts) == [
        ["Komfo Anokye Teaching Hospital", "St. Olav's University Hospital"]]


def test_a_short_month_of_the_dateline_gives_the_year_of_a_signing() -> None:
    text = (
        "Kumasi, Mar. 8, 2024\n\n"
        "The Komfo Anokye Teaching Hospital has signed an agreement on cardiac care with "
        "Oslo University Hospital.\n\n"
        "The agreement was signed on Thursday, March 7, at the hospital."
    )
    assert [a.date for a in extract(text).agreements] == ["2024-03-07"]


def test_a_habilitated_doctor_is_a_person_with_a_title() -> None:
    text = (
        "Krakow, 3 May 2024\n\n"
        "A memorandum was signed between Jagiellonian University and Vilnius University by the "
        "Rector of Vilnius University, Prof. Rimas Jonaitis, and the Vice-Rector for Research of "
        "Jagiellonian University, Dr hab. Ewa Kowalczyk."
    )
    assert positions(extract(text)) == {
        "Rimas Jonaitis": [("Rector", "Vilnius University")],
        "Ewa Kowalczyk": [("Vice-Rector for Research", "Jagiellonian University")],
    }


def test_a_second_honorific_in_brackets_opens_a_name() -> None:
    text = (
        "Accra, 3 May 2024\n\n"
        "The talks were attended by the Director of Research at the Ministry of Health, "
        "Dr. (Mrs.) Adaeze Okafor."
    )
    assert positions(extract(text)) == {
        "Adaeze Okafor": [("Director of Research", "Ministry of Health")]
    }


def test_a_state_minister_is_one_title_at_the_ministry() -> None:
    text = (
        "Oslo, 3 May 2024\n\n"
        "Oslo Heart Centre and Korle Bu Teaching Hospital signed a memorandum in the presence of "
        "the State Minister of Health of Ghana, Kofi Boateng."
    )
    facts = extract(text)
    assert positions(facts) == {
        "Kofi Boateng": [("State Minister of Health", "Ministry of Health of Ghana")]
    }


def test_one_of_the_counted_documents_told_with_itsparty_names() -> None:
    text = (
        "Riga, 4 May 2023\n\n"
        "The Baltic Surgery Congress was held in Riga on 3-4 May. During the congress 4 "
        "memorandums of cooperation were signed between Latvian clinics and partners from "
        "Finland and Sweden, including a memorandum between Pauls Stradins Clinical University "
        "Hospital and Helsinki University Hospital on the exchange of residents."
    )
    facts = extract(text)
    assert party_names(facts) == [
        ["Helsinki University Hospital", "Pauls Stradins Clinical University Hospital"]
    ]
    assert [c.count for c in facts.agreement_counts] == [4]


def test_a_demonym_reference_and_a_partner_in_the_list_ofparty_names() -> None:
    text = (
        "Riga, 4 May 2023\n\n"
        "An agreement on research was signed between Riga Stradins University (Latvia) and "
        "Vilnius University (Lithuania). Besides, a three-party agreement on student mobility "
        "was concluded between Riga Stradins University, the Lithuanian university and the "
        "Estonian partner – Tartu Medical University."
    )
    assert party_names(extract(text)) == [
        ["Riga Stradins University", "Tartu Medical University", "Vilnius University"],
        ["Riga Stradins University", "Vilnius University"],
    ]


def test_of_two_alike_the_demonym_reference_is_the_one_it_names() -> None:
    text = (
        "Riga, 4 May 2023\n\n"
        "Delegations of the Latvian Oncology Centre (Latvia) and Riga Heart Centre (Latvia) "
        "visited Vilnius University. The talks were led by the director of the Latvian centre, "
        "Ilze Ozola."
    )
    assert positions(extract(text))["Ilze Ozola"] == [("director", "Latvian Oncology Centre")]


def test_a_signed_programme_of_academic_exchange_is_a_plan() -> None:
    text = (
        "Riga, 4 May 2023\n\n"
        "Rector of Riga Stradins University Professor Janis Berzins received a delegation of "
        "Tartu Medical University. At the end of the talks the rectors signed a programme of "
        "academic exchange for 2023–2025 between the two universities."
    )
    facts = extract(text)
    assert [a.kind for a in facts.agreements] == ["plan"]
    assert party_names(facts) == [["Riga Stradins University", "Tartu Medical University"]]


def test_the_title_of_a_delegation_head_is_at_the_delegation_institution() -> None:
    text = (
        "Riga, 4 May 2023\n\n"
        "Rector of Riga Stradins University Professor Janis Berzins received a delegation of "
        "Tartu Medical University headed by Rector Mart Kask."
    )
    assert positions(extract(text)) == {
        "Janis Berzins": [("Rector", "Riga Stradins University")],
        "Mart Kask": [("Rector", "Tartu Medical University")],
    }


def test_a_surname_alone_is_the_person_named_with_a_middle_initial() -> None:
    text = (
        "Accra, 3 May 2024\n\n"
        "The agreement was signed by the Chief Executive of Korle Bu Teaching Hospital, "
        "Prof. Kwame A. Mensah.\n\n"
        "Mensah said more would follow."
    )
    assert [(p.name, p.aliases) for p in extract(text).people] == [
        ("Kwame A. Mensah", ["Mensah"])
    ]


def test_minister_delegate_is_a_title_not_a_given_name() -> None:
    text = (
        "Paris, 4 May 2023\n\n"
        "The memorandum was signed on behalf of the French side by Minister Delegate C. Moreau "
        "and on behalf of the Latvian side by Minister Anna Berzina."
    )
    assert [p.name for p in extract(text).people] == ["C. Moreau", "Anna Berzina"]


def test_a_country_abbreviation_is_no_initial_of_a_person() -> None:
    text = (
        "Riga, 4 May 2023\n\n"
        "Minister Anna Berzina noted that work with the U.S. Centers for Disease Control and "
        "Prevention had been useful."
    )
    assert [p.name for p in extract(text).people] == ["Anna Berzina"]


def test_a_secretary_general_and_an_attache_are_titles() -> None:
    text = (
        "Riga, 4 May 2023\n\n"
        "The memorandum was signed by Dr. Peter Holm, Secretary-General of the Nordic Medical "
        "Association, and Dr. Mart Kask, Director of Tartu Clinic. The Health Attaché of the "
        "Embassy of Finland in Latvia Dr. Mika Virtanen also spoke."
    )
    assert positions(extract(text)) == {
        "Peter Holm": [("Secretary-General", "Nordic Medical Association")],
        "Mart Kask": [("Director", "Tartu Clinic")],
        "Mika Virtanen": [("Health Attaché", "Embassy of Finland in Latvia")],
    }


def test_an_occupation_after_a_demonym_is_the_person_title() -> None:
    text = (
        "Riga, 4 May 2023\n\n"
        "Riga Stradins University hosted the talks. Latvian cardiologist Dr. Anna Berzina was "
        "among the guests."
    )
    assert positions(extract(text)) == {"Anna Berzina": [("cardiologist", None)]}


def test_a_regional_health_department_is_no_unit_of_a_clinic_of_the_region() -> None:
    text = (
        "Riga, 4 May 2023\n\n"
        "Opening the forum, the Head of the Health Department of Riga Region Berzins Janis "
        "Peterovich said that the region needs help. Riga Regional Clinic hosted the forum."
    )
    assert positions(extract(text)) == {
        "Berzins Janis Peterovich": [("Head", "Health Department of Riga Region")]
    }


def test_from_a_side_by_a_title_name_is_a_post_at_that_side() -> None:
    text = (
        "Riga, 4 May 2023\n\n"
        "Memorandum on academic cooperation between Riga Stradins University (RSU) and Helsinki "
        "Medical University. From RSU it was signed by the Vice-Rector for Science Berzins A.J., "
        "from the Finnish university by Vice-President Professor Mika Virtanen."
    )
    assert positions(extract(text)) == {
        "Berzins A.J.": [("Vice-Rector for Science", "Riga Stradins University")],
        "Mika Virtanen": [("Vice-President", "Helsinki Medical University")],
    }


def test_a_demonym_before_an_envoy_title_is_part_of_it() -> None:
    text = (
        "Riga, 4 May 2023\n\n"
        "Riga Stradins University hosted the talks. The signing was witnessed by the Finnish "
        "Ambassador to Latvia, Mr. Mika Virtanen."
    )
    assert positions(extract(text)) == {"Mika Virtanen": [("Finnish Ambassador to Latvia", None)]}


def test_an_envoy_does_not_serve_the_ministry_another_guest_stands_for() -> None:
    text = (
        "Riga, 4 May 2023\n\n"
        "Riga Stradins University and Tartu Clinic signed a memorandum. The signing was attended "
        "by Latvia's State Minister of Health, Dr. Ilze Ozola, on behalf of the Ministry of "
        "Health of Latvia, and by the Finnish Ambassador to Latvia, Mika Virtanen."
    )
    assert positions(extract(text)) == {
        "Ilze Ozola": [("State Minister of Health", "Ministry of Health of Latvia")],
        "Mika Virtanen": [("Finnish Ambassador to Latvia", None)],
    }


def test_a_quoted_judgement_of_a_conference_is_no_title() -> None:
    text = (
        "Riga, 4 May 2023\n\n"
        "The Baltic Oncology Conference closed in Riga. The minister called the conference "
        "\"a sign that the Baltic states work as one\"."
    )
    assert [e.name for e in extract(text).events] == ["Baltic Oncology Conference"]


def test_president_and_ceo_is_one_post() -> None:
    text = (
        "Oslo, 3 May 2024\n\n"
        "Oslo Heart Centre and Korle Bu Teaching Hospital signed a memorandum. Kofi Mensah, "
        "Chairman and Managing Director of Korle Bu Teaching Hospital, spoke."
    )
    assert positions(extract(text)) == {
        "Kofi Mensah": [("Chairman and Managing Director", "Korle Bu Teaching Hospital")]
    }
