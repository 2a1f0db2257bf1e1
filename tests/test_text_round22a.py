"""Text reader, round 22a: institutions, people and positions on holdout45-48, each class
checked on a text written for it in other wording, with other countries and names.

Classes: a faculty that is itself a party (an item of a "between" list, the second party
after "concluded by … and"), named again after that or numbered among its university's
faculties; a press-service byline is no institution; a military rank is no part of a name.
"""

from __future__ import annotations

from medcoop.loaders.text import extract


def positions(text: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """Each person with their (title, institution name) pairs."""
    facts = extract(text)
    names = {i.id: i.name for i in facts.institutions}
    return sorted(
        (p.name, [(q.title, names.get(q.institution or "")) for q in p.positions])
        for p in facts.people
    )


def institutions(text: str) -> list[str]:
    return sorted(i.name for i in extract(text).institutions)


def test_a_faculty_in_the_middle_of_a_between_list_is_a_party_itself() -> None:
    text = (
        "In Zagreb on 4 May a memorandum was signed between Karaganda Medical University, "
        "the Faculty of Dental Medicine of the University of Zagreb and the Sestre "
        "Milosrdnice University Hospital."
    )
    assert institutions(text) == [
        "Faculty of Dental Medicine of the University of Zagreb",
        "Karaganda Medical University",
        "Sestre Milosrdnice University Hospital",
    ]


def test_a_faculty_after_concluded_by_and_is_a_party_and_employs_its_dean() -> None:
    text = (
        "A memorandum was concluded by the Bukhara State Medical Institute and the Faculty "
        "of Medicine of Comenius University. On behalf of the second party it was signed by "
        "the Dean of the Faculty of Medicine of Comenius University, Professor Juraj Kovac."
    )
    assert institutions(text) == [
        "Bukhara State Medical Institute",
        "Faculty of Medicine of Comenius University",
    ]
    assert positions(text) == [
        ("Juraj Kovac", [("Dean", "Faculty of Medicine of Comenius University")])
    ]


def test_a_numbered_faculty_is_a_body_of_its_own() -> None:
    text = (
        "Doctors from Samarkand visited Prague, where they were received by the Dean of the "
        "Second Faculty of Medicine of Charles University, Professor Marek Havel."
    )
    assert positions(text) == [
        ("Marek Havel", [("Dean", "Second Faculty of Medicine of Charles University")])
    ]


def test_a_press_service_byline_is_no_institution() -> None:
    text = (
        "Grodno and Riga universities sign agreement\n"
        "\n"
        "A delegation of Riga Stradins University visited the Grodno State Order of Friendship "
        "Medical University on 2 April. The agreement was signed by the Rector of GrSMU, "
        "Professor Ivan Zhukov.\n"
        "\n"
        "GrSMU Press Service"
    )
    assert institutions(text) == [
        "Grodno State Order of Friendship Medical University",
        "Riga Stradins University",
    ]


def test_a_military_rank_is_no_part_of_a_name() -> None:
    text = (
        "The session was chaired by the director of the Military Medical Academy, Colonel "
        "Andrei Viktorovich Lebedev."
    )
    assert [p.name for p in extract(text).people] == ["Andrei Viktorovich Lebedev"]


def people(text: str) -> list[str]:
    return sorted(p.name for p in extract(text).people)


def test_particles_do_not_count_towards_a_four_word_name() -> None:
    text = (
        "The plan was approved by the Minister of Health of Oman, Hilal bin Ali Al Sabti, "
        "in Muscat."
    )
    assert people(text) == ["Hilal bin Ali Al Sabti"]


def test_a_vietnamese_name_may_end_in_co() -> None:
    text = "The head of the cardiology centre, Pham Van Co, showed the guests the wards."
    assert people(text) == ["Pham Van Co"]


def test_a_company_legal_form_is_still_no_name() -> None:
    text = "The supplier, Hebei Jinhua Co Ltd, delivered the scanners."
    assert people(text) == []


def test_the_apostrophe_of_dato_belongs_to_the_honorific() -> None:
    text = "The talks were led by Professor Dato' Lim Chee Keong of Universiti Malaya."
    assert people(text) == ["Lim Chee Keong"]


def test_a_czech_degree_before_a_name_ends_no_sentence() -> None:
    text = "The memorandum was signed on behalf of the hospital by MUDr. Tereza Dvorakova."
    assert people(text) == ["Tereza Dvorakova"]


def test_a_group_someone_speaks_for_does_not_place_the_institution_before() -> None:
    text = (
        "Kazan, 5 June. Kazan State Medical University signed a memorandum with Ain Shams "
        "University. Youssef Adel, a resident of the Department of Surgery of Kazan State "
        "Medical University, spoke on behalf of the Egyptian residents."
    )
    assert countries(text) == {"Kazan State Medical University": None, "Ain Shams University": None}


def countries(text: str) -> dict[str, str | None]:
    return {i.name: i.country for i in extract(text).institutions}


def test_a_name_ends_before_on_and_the_subject_of_a_document() -> None:
    text = (
        "In Vilnius the ministers signed an Agreement between the Government of the Republic "
        "of Lithuania and the Government of the Republic of Uzbekistan on Collaboration in "
        "Medical Science."
    )
    assert institutions(text) == [
        "Government of the Republic of Lithuania",
        "Government of the Republic of Uzbekistan",
    ]


def test_a_name_without_its_country_leaves_its_acronym_out_too() -> None:
    text = (
        "The Aga Khan University Hospital has signed a partnership with Madras Medical "
        "College, Chennai (MMC Chennai) of India on nurse training."
    )
    college = next(i for i in extract(text).institutions if i.name.startswith("Madras"))
    assert "Madras Medical College, Chennai" in college.aliases
    assert college.country == "IN"


def test_a_cabinet_secretary_for_health_is_a_minister_of_the_ministry_of_health() -> None:
    text = (
        "In Kampala the Cabinet Secretary for Health of the Republic of Kenya, Dr. Grace "
        "Wanjiru, signed a plan between the Ministry of Health of the Republic of Kenya and "
        "the Ministry of Health of Uganda. Cabinet Secretary Wanjiru invited them to Nairobi."
    )
    assert positions(text) == [
        ("Grace Wanjiru", [
            ("Cabinet Secretary for Health", "Ministry of Health of the Republic of Kenya")
        ])
    ]


def test_fields_listed_after_a_head_noun_and_a_comma_stay_in_the_name() -> None:
    text = (
        "A memorandum was signed between Makerere University Teaching, Training and Research "
        "Hospital and the Rabin Medical Center."
    )
    assert institutions(text) == [
        "Makerere University Teaching, Training and Research Hospital",
        "Rabin Medical Center",
    ]


def test_a_list_of_two_institutions_after_a_comma_is_no_name() -> None:
    text = (
        "Doctors from Ankara University, Ege University and Hacettepe University signed a "
        "memorandum with the Tashkent Medical Academy."
    )
    assert institutions(text) == [
        "Ankara University",
        "Ege University",
        "Hacettepe University",
        "Tashkent Medical Academy",
    ]
