"""Text reader, round 21a: people, positions and institution country on holdout43-44, each
class checked on a text written for it in other wording, with other countries and names.

Classes: an acronym never spelt out abbreviates a name the text gives both bare and with a
"named after …" tail ("Rector of TSMA" is the rector of that one academy).
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


def countries(text: str) -> dict[str, str | None]:
    return {i.name: i.country for i in extract(text).institutions}


def test_an_acronym_of_a_name_given_bare_and_with_a_named_after_tail() -> None:
    text = (
        "Delegation from Vilnius visits the Tashkent State Medical Academy\n"
        "Doctors from Vilnius University came to the Tashkent State Medical Academy named "
        "after A. Navoi on 3 March. They were met by the Rector of TSMA, Professor Bakhodir "
        "Yusupov."
    )
    assert positions(text) == [
        ("Bakhodir Yusupov", [("Rector", "Tashkent State Medical Academy named after A. Navoi")])
    ]


def test_a_second_field_after_and_is_no_given_name() -> None:
    text = (
        "The visitors were met by Vice-Rector for Research and Publishing B. Kurbanov, who "
        "showed them the laboratories."
    )
    assert positions(text) == [("B. Kurbanov", [("Vice-Rector for Research and Publishing", None)])]


def test_a_second_field_after_and_is_no_given_name_before_a_comma() -> None:
    text = (
        "They were received by the Rector of the Samarkand State Medical University, "
        "J. Rizaev, Vice-Rector for Education and Publishing D. Olimova, and the dean."
    )
    assert positions(text) == [
        ("D. Olimova", [
            ("Vice-Rector for Education and Publishing", "Samarkand State Medical University")
        ]),
        ("J. Rizaev", [("Rector", "Samarkand State Medical University")]),
    ]


def test_two_demonyms_over_dash_items_place_each_pair_in_their_order() -> None:
    text = (
        "At the forum, agreements were concluded between Kazakh and Turkish hospitals:\n"
        "– between the Karaganda Regional Hospital and the Ege University Hospital, on "
        "transplant training;\n"
        "– between the Pavlodar Oncology Dispensary and the Acibadem Hospital, on radiotherapy.\n"
    )
    assert countries(text) == {
        "Karaganda Regional Hospital": "KZ",
        "Ege University Hospital": "TR",
        "Pavlodar Oncology Dispensary": "KZ",
        "Acibadem Hospital": "TR",
    }


def test_a_study_centre_a_title_names_is_part_of_the_title() -> None:
    text = (
        "A delegation of Riga Stradins University (RSU) came to the Kazakh National Medical "
        "University on 4 May. The delegation included Dr. Inese Ozola, head of the Mobility "
        "and Study Centre, and two professors."
    )
    facts = extract(text)
    assert sorted(i.name for i in facts.institutions) == [
        "Kazakh National Medical University",
        "Riga Stradins University",
    ]
    assert positions(text) == [
        (
            "Inese Ozola",
            [("head of the Mobility and Study Centre", "Riga Stradins University")],
        )
    ]


def test_a_titled_department_of_common_words_is_no_institution() -> None:
    text = (
        "The talks were backed by the Ministry of Health of Mongolia. B. Tsetseg, Head of the "
        "Department of Medical Services Organization, said the hospitals would share their data."
    )
    assert [i.name for i in extract(text).institutions] == ["Ministry of Health of Mongolia"]
    assert positions(text) == [
        ("B. Tsetseg", [("Head of the Department of Medical Services Organization", None)])
    ]


def test_a_titled_department_that_its_owner_follows_is_no_institution() -> None:
    text = (
        "The Berlin University Hospital signed a memorandum with the Kyrgyz State Medical "
        "Academy. The Head of the Department of Nursing Practice and Health Services "
        "Organization of the hospital, Professor Jonas Weber, will lead the courses."
    )
    assert positions(text) == [
        (
            "Jonas Weber",
            [
                (
                    "Head of the Department of Nursing Practice and Health Services Organization",
                    "Berlin University Hospital",
                )
            ],
        )
    ]


def test_a_ministers_bare_title_is_at_the_ministry_of_the_byline() -> None:
    text = (
        "Health talks in Bishkek\n"
        "3 March 2025\n\n"
        "The Ministry of Health of the Kyrgyz Republic received a delegation of the Ministry of "
        "Health of Turkey. The meeting was opened by First Deputy Minister of Health Aida "
        "Ismailova and the Ambassador of Turkey to Kyrgyzstan Mehmet Demir.\n\n"
        "Press service of the Ministry of Health of the Kyrgyz Republic\n"
    )
    assert ("Aida Ismailova", [
        ("First Deputy Minister of Health", "Ministry of Health of the Kyrgyz Republic")
    ]) in positions(text)


def test_a_ministers_bare_title_needs_the_bylines_ministry_in_the_body() -> None:
    text = (
        "Health talks in Bishkek\n"
        "3 March 2025\n\n"
        "The Ministry of Health of Uzbekistan met a delegation of the Ministry of Health of "
        "Turkey in Bishkek. The meeting was opened by First Deputy Minister of Health Aida "
        "Ismailova and the Ambassador of Turkey to Uzbekistan Mehmet Demir.\n\n"
        "Ministry of Health – Kyrgyz Republic\n"
    )
    assert ("Aida Ismailova", []) in positions(text)


def test_a_name_with_its_place_moved_behind_the_head_is_one_institution() -> None:
    text = (
        "The Health Department of the Osh Region and the Fergana Regional Hospital signed a "
        "plan of joint work. The plan was signed by the head of the Osh Region Health "
        "Department, Nurlan Toktogulov."
    )
    facts = extract(text)
    assert sorted(i.name for i in facts.institutions) == [
        "Fergana Regional Hospital",
        "Health Department of the Osh Region",
    ]
    assert positions(text) == [
        ("Nurlan Toktogulov", [("head", "Health Department of the Osh Region")])
    ]


def test_hosts_of_a_visit_are_in_the_datelines_country_when_none_is_placed_there() -> None:
    text = (
        "Lahore – 4 March 2025\n\n"
        "A delegation from the Tabriz University of Medical Sciences, Iran, visited the Ravi "
        "Institute of Health Sciences on Tuesday. Pakistan and Iran agreed to widen exchanges."
    )
    assert countries(text) == {
        "Tabriz University of Medical Sciences": "IR",
        "Ravi Institute of Health Sciences": "PK",
    }


def test_the_datelines_country_is_not_the_hosts_when_the_visitors_are_placed_there() -> None:
    text = (
        "Lahore – 4 March 2025\n\n"
        "A delegation from the Ravi Medical University, Pakistan, visited the Zagros Institute "
        "of Health Sciences on Tuesday. Pakistan and Iran agreed to widen exchanges."
    )
    assert countries(text)["Zagros Institute of Health Sciences"] is None


def test_people_also_present_are_the_visited_hosts() -> None:
    text = (
        "A delegation of Vilnius University visited the Aga Khan University on Tuesday. "
        "Rector of Vilnius University Prof. Rimvydas Petrauskas spoke about joint research. "
        "Associate Dean Dr. Zainab Samad and Registrar Mr. Imran Qureshi were also present."
    )
    assert positions(text) == [
        ("Imran Qureshi", [("Registrar", "Aga Khan University")]),
        ("Rimvydas Petrauskas", [("Rector", "Vilnius University")]),
        ("Zainab Samad", [("Associate Dean", "Aga Khan University")]),
    ]


def test_a_demonym_and_head_noun_name_the_one_of_that_country_this_sentence_names() -> None:
    text = (
        "In Almaty, memorandums were signed between Kazakh and Turkish institutions:\n"
        "– between the Almaty Medical Institute and the Ankara Heart Institute, on surgery;\n"
        "– between the Karaganda Nursing Institute and the Izmir Nursing Institute, on "
        "training.\n"
        "The memorandum between the Almaty Medical Institute and the Ankara Heart Institute "
        "was signed by Dr. Murat Aydin, Deputy Director (Research) of the Turkish institute.\n"
    )
    assert positions(text) == [
        ("Murat Aydin", [("Deputy Director (Research)", "Ankara Heart Institute")])
    ]


def test_a_title_after_a_titled_name_and_before_the_next_name_is_the_next_ones() -> None:
    text = (
        "The agreement was signed by the Rector of the Osh State University, Professor Kanybek "
        "Isakov, the Director of the Busan Heart Hospital, Dr. Park Min-jae, and others."
    )
    assert positions(text) == [
        ("Kanybek Isakov", [("Rector", "Osh State University")]),
        ("Park Min-jae", [("Director", "Busan Heart Hospital")]),
    ]


def test_a_defined_two_word_acronym_a_word_opens_names_its_institution() -> None:
    text = (
        "The Kyrgyz Republican Blood Centre (RBC) and the Korean Blood Safety Agency (Korea "
        "BSA) signed a memorandum. It was signed by RBC Director Dr. Aibek Osmonov and Korea "
        "BSA Deputy Head Dr. Lee Jun-ho."
    )
    assert positions(text) == [
        ("Aibek Osmonov", [("Director", "Republican Blood Centre")]),
        ("Lee Jun-ho", [("Deputy Head", "Korean Blood Safety Agency")]),
    ]


def test_the_modified_head_noun_ending_a_title_names_the_one_institution_it_fits() -> None:
    text = (
        "The Fergana Regional Oncology Centre and the National Cancer Centre of Korea signed a "
        "contract. The head of the regional centre, Dilshod Karimov, said training starts in May."
    )
    assert positions(text) == [
        ("Dilshod Karimov", [("head", "Fergana Regional Oncology Centre")])
    ]


def test_an_owners_possessive_is_the_one_of_its_kind_named_earlier_in_the_sentence() -> None:
    text = (
        "Three memorandums were signed:\n"
        "– between the Bishkek Nursing University (BNU) and Kyoto University;\n"
        "– between the Osh State University and Kobe University Hospital.\n"
        "The BNU memorandum was signed by the university's rector, Professor Ainura "
        "Satybaldieva.\n"
    )
    assert positions(text) == [
        ("Ainura Satybaldieva", [("rector", "Bishkek Nursing University")])
    ]


def test_the_field_of_a_department_is_no_short_form_of_an_institution() -> None:
    text = (
        "A delegation of Charles University visited Bishkek. The Czech delegation also "
        "included Dr. Petr Novak, head of the Department of Sports Medicine. The guests then "
        "toured the Sports Medicine Center No. 3 in Bishkek."
    )
    assert positions(text) == [
        ("Petr Novak", [("head of the Department of Sports Medicine", "Charles University")])
    ]


def test_a_centre_a_head_nouns_possessive_owns_is_a_part_not_an_institution() -> None:
    text = (
        "A delegation of Vilnius University came to the Almaty Heart Hospital. The "
        "university's Center for International Admissions will receive the applications."
    )
    assert sorted(i.name for i in extract(text).institutions) == [
        "Almaty Heart Hospital",
        "Vilnius University",
    ]


def test_a_deputy_ministers_portfolio_after_for_is_no_ministry() -> None:
    text = (
        "A delegation of the Ministry of Health of the Republic of Tajikistan visited Amman. "
        "At the Ministry of Health of Jordan, the delegation was received by Deputy Minister "
        "for Primary Care Dr. Rania Haddad."
    )
    facts = extract(text)
    assert sorted(i.name for i in facts.institutions) == [
        "Ministry of Health of Jordan",
        "Ministry of Health of the Republic of Tajikistan",
    ]
    assert positions(text) == [
        ("Rania Haddad", [("Deputy Minister for Primary Care", "Ministry of Health of Jordan")])
    ]
