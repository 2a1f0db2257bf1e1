"""Text reader, round 19b: error classes of holdout37-38 in agreements and positions, each
checked on a text written for it in other wording, with other countries and names.
"""

from __future__ import annotations

from medcoop.loaders.text import extract

from .test_text_round16b import party_names


def test_a_city_after_a_comma_gives_the_name_a_second_form() -> None:
    text = (
        "Lusaka, 9 June 2022\n\n"
        "The University Teaching Hospital has concluded a memorandum with Kamuzu Central "
        "Hospital, Lilongwe, on the training of nurses."
    )
    forms = {i.name: i.aliases for i in extract(text).institutions}
    assert forms["Kamuzu Central Hospital"] == ["Kamuzu Central Hospital, Lilongwe"]


def test_the_head_noun_before_signed_is_the_report_s_own_institution() -> None:
    text = (
        "Lima, 3 June 2022\n\n"
        "The Peruvian Forum on Surgery was held at Cayetano Heredia University. Its Rector, "
        "Prof. Luis Quispe, is also chief adviser of the Ministry of Health of the Lima Region.\n\n"
        "On 2 June the university signed an agreement on the exchange of residents and lecturers "
        "with Universidad de Chile."
    )
    assert party_names(extract(text)) == [["Cayetano Heredia University", "Universidad de Chile"]]


def test_a_faculty_that_signs_beside_another_party_is_the_party() -> None:
    text = (
        "Kampala, 4 March 2021\n\n"
        "On 3 March Mulago National Referral Hospital and the Faculty of Nursing of Makerere "
        "University (Uganda) signed a memorandum on clinical placements."
    )
    assert party_names(extract(text)) == [
        ["Faculty of Nursing of Makerere University", "Mulago National Referral Hospital"]
    ]


def test_a_health_cluster_is_an_institution_that_signs() -> None:
    text = (
        "Manama, 5 May 2023\n\n"
        "An agreement on nurse training was concluded between King Hamad University Hospital "
        "and the Eastern Health Cluster."
    )
    facts = extract(text)
    assert party_names(facts) == [["Eastern Health Cluster", "King Hamad University Hospital"]]
    assert {i.name: i.kind for i in facts.institutions}["Eastern Health Cluster"] == "agency"


def test_co_of_a_company_s_legal_form_is_no_initial_of_a_person() -> None:
    text = (
        "Quito, 8 April 2022\n\n"
        "A contract for the delivery of three ventilators to Eugenio Espejo Hospital was "
        "concluded with Andes Surgical Equipment Co., Ltd. and signed by the company's director, "
        "Pablo Morales."
    )
    facts = extract(text)
    assert [p.name for p in facts.people] == ["Pablo Morales"]
    assert party_names(facts) == [["Andes Surgical Equipment Co., Ltd.", "Eugenio Espejo Hospital"]]
