"""Text reader, round 8: error classes of the long and varied reports of holdout8 and
holdout10, each rule checked on texts written for it in other wording, with other countries
and names.

Classes: events (a comma inside the closing quote of a title; a country's medicine week named
with its city; an event named by its head noun first, "the Festival of …"; no event in an
institution's own sitting or conference); names (an acronym and a name joined by "and" are
two parties, and so are a name with its bracketed acronym and the next; mixed-case and
two-word acronyms; "Co., Ltd."; "Limited"; a straight-quoted proper name opening a name; a
legal form before a quoted name; a council of an institution is part of it; "and" inside the
field after "for"; words before "of" that name nothing; two hospitals whose names differ in
their first word; two institutions of one name told apart by their countries); countries
("a delegation from <country>" and the members it lists, semicolons and "Members of the
delegation" included; "one of the Russian universities"; a visit paid does not place the
host; the party that signs with several partners is not of the partners' group; "Lao"; the
institution whose name opens a placed unit's name); positions (a title that ends at a verb
or at a comma that opens no list of fields; "the <city> clinic"; "its" after "the institute
was represented by"; "On behalf of X" opening a sentence; a unit "of the same hospital";
"Group" titles; a deputy minister's portfolio; a title far before a long name; a team "from
X"; "the ministry" in a delegation's member list; "received at X by <title> Name").
"""

from __future__ import annotations

from medcoop.facts import Facts
from medcoop.loaders.text import extract

from .test_text_round3 import positions


def institutions_of(f: Facts) -> list[tuple[str, str | None]]:
    return [(i.name, i.country) for i in f.institutions]


def institutions(text: str) -> list[tuple[str, str | None]]:
    return institutions_of(extract(text))


# --- events -------------------------------------------------------------------------------


def test_a_comma_inside_the_closing_quote_is_not_part_of_the_title() -> None:
    f = extract(
        "Minsk, 3 March 2025\n\nOn March 2 the Belarusian Medical Academy of Postgraduate "
        'Education hosted a symposium, "Stroke Care Across the Region," which gathered '
        "neurologists from Belarus and Armenia."
    )
    assert [e.name for e in f.events] == ["Stroke Care Across the Region"]


def test_a_countrys_medicine_week_keeps_the_city_in_its_name() -> None:
    f = extract(
        "A delegation from Italy visited Kazan State Medical University as part of the "
        "Italian Medicine Week in Kazan, held from 3 to 7 June 2024."
    )
    assert [e.name for e in f.events] == ["Italian Medicine Week in Kazan"]


def test_an_event_named_by_its_head_noun_first() -> None:
    f = extract(
        "On 4-6 June Almaty hosted the Festival of Turkish Medicine and Pharmacy "
        '"Anatolia Health 2025", organised by the Ministry of Health of Kazakhstan.'
    )
    assert [e.name for e in f.events] == [
        'Festival of Turkish Medicine and Pharmacy "Anatolia Health 2025"'
    ]


def test_an_institutions_own_conference_is_no_named_event() -> None:
    f = extract(
        "The rector invited the guests to the annual scientific conference of the University "
        "of Ghana Medical School, which Kursk State Medical University will attend."
    )
    assert f.events == []


# --- names: acronyms, legal forms, quotes ---------------------------------------------------


def test_an_acronym_and_a_name_are_two_institutions() -> None:
    text = (
        "On 5 May the rectors signed a memorandum between KazNMU and Riga Stradins University. "
        "Kazakh National Medical University (KazNMU) will send ten residents."
    )
    assert [n for n, _ in institutions(text)] == [
        "Kazakh National Medical University",
        "Riga Stradins University",
    ]


def test_a_name_ends_at_its_bracketed_acronym_before_and() -> None:
    text = (
        "The ministry signed memorandums with Aga Khan University Hospital (AKUH) and Nairobi "
        "Hospital."
    )
    assert [n for n, _ in institutions(text)] == [
        "Aga Khan University Hospital",
        "Nairobi Hospital",
    ]


def test_a_mixed_case_acronym_stands_for_its_name() -> None:
    f = extract(
        "Kazan State Medical University (KazSMU) hosted guests from Tunisia. The guests were "
        "received by the Rector of KazSMU, Professor Ilnur Gatiatullin."
    )
    assert positions(f) == {"Ilnur Gatiatullin": [("Rector", "Kazan State Medical University")]}


def test_a_two_word_acronym_stands_for_its_name() -> None:
    f = extract(
        "The National Center of Surgery and Transplantology (NCST TJ) signed a memorandum with "
        "Ege University. It was signed by the Director of NCST TJ, Professor Rustam Khodjaev."
    )
    assert positions(f) == {
        "Rustam Khodjaev": [("Director", "National Center of Surgery and Transplantology")]
    }
    assert f.institutions[0].aliases[-1] == "NCST TJ"


def test_co_ltd_is_part_of_a_companys_name() -> None:
    text = (
        "Shenzhen Mindray Bio-Medical Electronics Co., Ltd. signed an agreement with the Tajik "
        "State Medical University on the supply of ultrasound scanners."
    )
    assert institutions(text) == [
        ("Shenzhen Mindray Bio-Medical Electronics Co., Ltd.", None),
        ("Tajik State Medical University", "TJ"),
    ]


def test_a_name_that_opens_with_a_straight_quoted_proper_name() -> None:
    f = extract(
        'The delegation was led by the rector of the "Iuliu Hatieganu" University of Medicine '
        "and Pharmacy of Cluj-Napoca, Professor Anca Buzoianu."
    )
    name = '"Iuliu Hatieganu" University of Medicine and Pharmacy of Cluj-Napoca'
    assert positions(f) == {"Anca Buzoianu": [("rector", name)]}


# --- a delegation's country -------------------------------------------------------------------


def test_the_members_of_a_delegation_from_a_country_are_of_that_country() -> None:
    text = (
        "A delegation from Norway visited Tbilisi State Medical University. The delegation from "
        "Norway was led by Professor Kari Nilsen, Vice-Dean of the University of Bergen. It also "
        "included Dr Ola Hansen, a senior consultant at Haukeland University Hospital; and Dr "
        "Ingrid Lie, a midwife."
    )
    assert institutions(text) == [
        ("Tbilisi State Medical University", None),
        ("University of Bergen", "NO"),
        ("Haukeland University Hospital", "NO"),
    ]


def test_members_listed_after_semicolons_are_of_the_delegations_country() -> None:
    text = (
        "A delegation from the Ministry of Health of the Republic of Armenia visited Vilnius. "
        "The delegation was headed by Deputy Minister Arsen Davtyan. It included the director "
        "of the Izmirlian Medical Center, Dr Aram Sargsyan; the head of the Heratsi Hospital "
        "Complex, Dr Lilit Avetisyan; and a nurse."
    )
    assert institutions(text) == [
        ("Ministry of Health of the Republic of Armenia", "AM"),
        ("Izmirlian Medical Center", "AM"),
        ("Heratsi Hospital Complex", "AM"),
    ]


def test_a_delegation_of_another_country_later_in_the_text_is_not_the_one_named_first() -> None:
    text = (
        "A joint delegation of the Vitebsk State Medical University and the Vitebsk Regional "
        "Clinical Hospital visited Lanzhou. The delegation was led by the rector, Anatoly "
        "Shcherbakov. It also included the director of the Vitebsk Regional Clinical Hospital, "
        "Ivan Sergeev. A delegation of Chinese professors is expected in Vitebsk in May."
    )
    assert institutions(text) == [
        ("Vitebsk State Medical University", None),
        ("Vitebsk Regional Clinical Hospital", None),
    ]


# --- title phrases and their owners ------------------------------------------------------------


def test_a_title_used_as_a_subject_ends_at_its_verb() -> None:
    f = extract(
        "The Republican Oncology Centre and Seoul National University Hospital signed an "
        "agreement. The centre was represented by Aziz Karimov, Deputy Director for Science. "
        "The deputy director for science spoke about the screening programme: Karimov said "
        "it had doubled."
    )
    assert positions(f) == {"Aziz Karimov": [("Deputy Director for Science", None)]}


def test_a_comma_after_a_title_that_opens_no_list_of_fields_ends_it() -> None:
    f = extract(
        "Dr Petra Novak, a surgeon of the Brno clinic, performed two operations at Vilnius "
        "University Hospital Santaros Klinikos."
    )
    assert positions(f) == {"Petra Novak": [("surgeon of the Brno clinic", None)]}


def test_the_city_and_a_head_noun_name_the_institution_of_that_city() -> None:
    f = extract(
        "The Tbilisi Heart and Vascular Clinic and the Institute of Cardiology of Yerevan "
        "signed an agreement. It was signed by the director of the Tbilisi clinic, Dr Giorgi "
        "Beridze, and the director of the Yerevan institute, Dr Anna Petrosyan."
    )
    assert positions(f) == {
        "Giorgi Beridze": [("director", "Tbilisi Heart and Vascular Clinic")],
        "Anna Petrosyan": [("director", "Institute of Cardiology of Yerevan")],
    }


def test_its_after_a_head_noun_and_by_is_that_institution() -> None:
    f = extract(
        "A memorandum was concluded between the Ferghana Medical Institute of Public Health, "
        "Kazan Federal University and the Ferghana Regional Oncology Centre. Ilshat Gafurov "
        "signed for Kazan Federal University; the institute was represented by its rector, "
        "Bahodir Yusupov, and the oncology centre by its chief physician, Dilshod Mirzaev."
    )
    got = positions(f)
    assert got["Bahodir Yusupov"] == [("rector", "Ferghana Medical Institute of Public Health")]
    assert got["Dilshod Mirzaev"] == [("chief physician", "Ferghana Regional Oncology Centre")]


def test_on_behalf_of_opening_a_sentence_owns_the_titles_in_it() -> None:
    f = extract(
        "On behalf of Ege University the guests were met by Ayse Demir, Vice-Rector for "
        "Research, and Professor Mehmet Kaya, Dean of the Faculty of Dentistry. Ege University "
        "signed an agreement with Tashkent Medical Academy."
    )
    assert positions(f) == {
        "Ayse Demir": [("Vice-Rector for Research", "Ege University")],
        "Mehmet Kaya": [("Dean of the Faculty of Dentistry", "Ege University")],
    }


# --- bodies of an institution, legal forms before a quoted name ------------------------------


def test_a_council_of_a_legal_form_and_a_quoted_name_is_that_institution() -> None:
    f = extract(
        'The plans were approved at the meeting of the Academic Council of NJSC "Astana '
        'Medical University" on 20 May. In 2024, AMU signed agreements with Charles University '
        "and Jagiellonian University."
    )
    assert [(i.name, i.aliases) for i in f.institutions] == [
        ('NJSC "Astana Medical University"', ["Astana Medical University", "AMU"]),
        ("Charles University", []),
        ("Jagiellonian University", []),
    ]
    assert f.events == []


# --- a country said of an institution, and one that is not its --------------------------------


def test_one_of_the_demonym_universities_places_the_subject() -> None:
    text = (
        "A Ghanaian delegation headed by the Ambassador of Ghana to Russia, Kwame Mensah, paid "
        "a visit to Kursk State Medical University on 4 March. Kursk State Medical University "
        "has for many years been one of the Russian medical universities most popular among "
        "African students."
    )
    assert institutions(text) == [("Kursk State Medical University", "RU")]


def test_a_delegation_that_paid_a_visit_does_not_place_its_host() -> None:
    text = (
        "A Ghanaian delegation headed by Professor Kwame Mensah, rector of the University of "
        "Ghana Medical School, paid a visit to Kursk State Medical University on 4 March."
    )
    assert institutions(text) == [
        ("University of Ghana Medical School", "GH"),
        ("Kursk State Medical University", None),
    ]


def test_the_party_that_signs_with_several_partners_is_not_of_the_partners_group() -> None:
    text = (
        "Astana Medical University signed memorandums with Charité – Universitätsmedizin "
        "Berlin, Masaryk University and the University of Belgrade. The Serbian side proposed "
        "a summer school."
    )
    assert institutions(text) == [
        ("Astana Medical University", None),
        ("Charité – Universitätsmedizin Berlin", None),
        ("Masaryk University", None),
        ("University of Belgrade", "RS"),
    ]


def test_a_unit_of_the_same_hospital_is_a_post_at_the_hospital_named_last() -> None:
    f = extract(
        "The delegation included the manager of the Cluj County Emergency Clinical Hospital, Dr "
        "Ana Pop; the head of the Cardiology Department of the same hospital, Dr Ion Rusu; and "
        "the rector of Babes-Bolyai University, Professor Dan Matei."
    )
    assert positions(f) == {
        "Ana Pop": [("manager", "Cluj County Emergency Clinical Hospital")],
        "Ion Rusu": [
            ("head of the Cardiology Department", "Cluj County Emergency Clinical Hospital")
        ],
        "Dan Matei": [("rector", "Babes-Bolyai University")],
    }


def test_group_titles_of_a_limited_company() -> None:
    f = extract(
        "Dr Sandeep Budhiraja, Group Medical Director of Fortis Healthcare Limited, and Ramesh "
        "Kumar, Group CEO of Fortis Healthcare Limited, visited the Kazakh National Medical "
        "University."
    )
    assert [i.name for i in f.institutions] == [
        "Fortis Healthcare Limited",
        "Kazakh National Medical University",
    ]
    assert positions(f) == {
        "Sandeep Budhiraja": [("Group Medical Director", "Fortis Healthcare Limited")],
        "Ramesh Kumar": [("Group CEO", "Fortis Healthcare Limited")],
    }


def test_and_inside_the_field_after_for_does_not_split_the_name() -> None:
    text = (
        "A memorandum was concluded between the Republican Centre for Mother and Child Health "
        "and Medipol Mega University Hospital."
    )
    assert [n for n, _ in institutions(text)] == [
        "Republican Centre for Mother and Child Health",
        "Medipol Mega University Hospital",
    ]


def test_a_deputy_ministers_portfolio_is_not_the_ministrys_field() -> None:
    f = extract(
        "The Turkish delegation was headed by the Deputy Minister of Health for Health Tourism, "
        "Ahmet Kaya. It visited the Kazakh National Medical University."
    )
    assert positions(f) == {
        "Ahmet Kaya": [
            ("Deputy Minister of Health for Health Tourism", "Turkish Ministry of Health")
        ]
    }


def test_lao_names_the_country_of_laos() -> None:
    text = (
        "The Lao Ministry of Health and the Siriraj Hospital signed a memorandum on neonatal "
        "care in Bangkok, Thailand."
    )
    assert institutions(text)[0] == ("Lao Ministry of Health", "LA")


def test_words_before_of_an_acronymed_name_that_name_nothing_are_the_titles() -> None:
    f = extract(
        "The delegation from Norway was led by Professor Kari Nilsen, Vice-Dean for Research of "
        "the University of Bergen (UiB)."
    )
    assert institutions_of(f) == [("University of Bergen", "NO")]
    assert positions(f) == {"Kari Nilsen": [("Vice-Dean for Research", "University of Bergen")]}


def test_two_hospitals_whose_names_differ_in_their_first_word_are_two() -> None:
    f = extract(
        "Kibuli Muslim Hospital and Kiruddu National Referral Hospital signed an agreement. The "
        "guests also visited Naguru National Referral Hospital, where they met its director, Dr "
        "Ruth Nanyonga."
    )
    assert [i.name for i in f.institutions] == [
        "Kibuli Muslim Hospital",
        "Kiruddu National Referral Hospital",
        "Naguru National Referral Hospital",
    ]
    assert positions(f) == {"Ruth Nanyonga": [("director", "Naguru National Referral Hospital")]}


def test_the_institution_whose_name_opens_a_placed_units_name_is_of_its_country() -> None:
    text = (
        "Nairobi, Kenya\n\nThe memorandum was signed at the Aga Khan University Medical College "
        "in Nairobi by the dean. Aga Khan University will host ten residents from Erasmus MC."
    )
    assert institutions(text) == [
        ("Aga Khan University Medical College", "KE"),
        ("Aga Khan University", "KE"),
    ]


def test_the_city_centre_is_the_one_of_no_other_country_named_just_before() -> None:
    f = extract(
        "A second memorandum links the Okhmatdyt Children's Medical Centre with the Mother's "
        "Health Centre in Lodz, Poland. Dr Anna Nowak signed for the Lodz centre and the "
        "director of the Kyiv centre, Dr Olena Kovalenko, for the host side. The centre is one "
        "of the largest in Ukraine."
    )
    assert positions(f)["Olena Kovalenko"] == [("director", "Okhmatdyt Children's Medical Centre")]


def test_members_of_a_team_from_an_institution_serve_it() -> None:
    f = extract(
        "From 3 to 5 June, a team of surgeons from Charles University worked at the Tashkent "
        "City Clinical Hospital No. 1. The Czech team was led by Professor Jan Novak and "
        "included the surgeon Dr. Petr Svoboda."
    )
    assert positions(f) == {"Jan Novak": [], "Petr Svoboda": [("surgeon", "Charles University")]}


def test_two_institutions_of_one_name_told_apart_by_their_countries() -> None:
    f = extract(
        "Riga Stradins University signed a memorandum with the State Medical University of "
        "Moldova and the State Medical University, Georgia. The Georgian side was represented by "
        "Professor Nino Beridze, Rector of the State Medical University, Georgia. The ministry "
        "will help the State Medical University select the first trainees."
    )
    assert institutions_of(f) == [
        ("Riga Stradins University", None),
        ("State Medical University of Moldova", "MD"),
        ("State Medical University, Georgia", "GE"),
    ]
    assert positions(f) == {"Nino Beridze": [("Rector", "State Medical University, Georgia")]}


def test_a_title_before_a_long_institution_name_and_the_person() -> None:
    f = extract(
        "It included the director of the Republican Specialized Scientific and Practical "
        "Medical Centre of Cardiology named after Academician T. Sultanov, Professor Ravshan "
        "Alimov; and the rector of Andijan State Medical University, Mirzo Madazimov."
    )
    assert positions(f) == {
        "Ravshan Alimov": [
            (
                "director",
                "Republican Specialized Scientific and Practical Medical Centre of Cardiology "
                "named after Academician T. Sultanov",
            )
        ],
        "Mirzo Madazimov": [("rector", "Andijan State Medical University")],
    }


def test_the_ministry_in_a_delegations_member_list_is_the_delegations() -> None:
    f = extract(
        "A delegation from the Ministry of Health of Georgia has concluded a visit to Latvia. "
        "The delegation was headed by Deputy Minister Tamar Gabunia. It included the rector of "
        "Tbilisi State Medical University, Zurab Vadachkoria; and the head of the international "
        "relations department of the ministry, Nino Kiknadze. On May 3 the guests were received "
        "at the Ministry of Public Health of the Republic of Latvia."
    )
    assert positions(f)["Nino Kiknadze"] == [
        ("head of the international relations department", "Ministry of Health of Georgia")
    ]


def test_received_at_an_institution_by_a_titled_person_serving_it() -> None:
    f = extract(
        "On 12 March the guests were received at the Ministry of Public Health of the State of "
        "Kuwait by Assistant Undersecretary for Planning Dr. Mona Al-Sabah."
    )
    assert positions(f) == {
        "Mona Al-Sabah": [
            (
                "Assistant Undersecretary for Planning",
                "Ministry of Public Health of the State of Kuwait",
            )
        ]
    }


def test_members_of_the_delegation_included_are_of_its_country() -> None:
    text = (
        "The Iranian delegation was headed by the Deputy Minister of Health, Mohammad Karimi. "
        "Members of the delegation included the president of Mashhad University of Medical "
        "Sciences, Hossein Rahmani; and the managing director of the Razavi Hospital, Ali "
        "Nouri."
    )
    assert institutions(text) == [
        ("Mashhad University of Medical Sciences", "IR"),
        ("Razavi Hospital", "IR"),
        ("Iranian Ministry of Health", "IR"),
    ]


def test_a_city_syllable_before_the_initials_is_still_an_acronym() -> None:
    f = extract(
        "Volgograd Medical University (VolgMU) hosted guests from Kenya. The guests were "
        "received by the Rector of VolgMU, Professor Ivan Sokolov."
    )
    assert positions(f) == {"Ivan Sokolov": [("Rector", "Volgograd Medical University")]}


def test_a_lower_case_title_after_the_last_name_of_a_list_and_a_unit_after_at() -> None:
    f = extract(
        "The delegation included Dr Stefan Hartmann, head of the department of pediatric "
        "surgery; and Julia Weber, international relations coordinator at the faculty."
    )
    assert positions(f) == {
        "Stefan Hartmann": [("head of the department of pediatric surgery", None)],
        "Julia Weber": [("international relations coordinator", None)],
    }
