"""Text reader, round 9: error classes of holdout11 and holdout12 (and holdout9), each rule
checked on texts written for it in other wording, with other countries and names.

Classes: countries (a two-party agreement, or "A held talks with B", in a text that names only
its two countries, as a pair too, takes the other country from the placed party; "the
<demonym> <head>" refers back up to two sentences within its paragraph; a unit named "… of
<ACRONYM>" is in the acronym's country; "First" before a city in a name is no saint's "St";
"Latin American" names no country; a name joining two countries ("Kazakh-Uzbek") is placed in
neither; a quoted name parted by "and" lends its quotes to no other name; a bare "Ministry of
Health" is the one a title names; a name that ends in "of/in <country>" stops before a
person's name); agreements ("a future memorandum" is a plan; "At the summit hosted by X, Y
signed … with Z": Y signs, X is the venue); people and positions ("Surname Given Patronymic"
is "G.P. Surname"; "R.Kh." is one set of initials; "… Tofig oglu" ends a name; an academic
degree between a title and its holder; a short last word ending a paragraph keeps no stop; four
name words after a title that ends in a country).
"""

from __future__ import annotations

from medcoop.facts import Facts
from medcoop.loaders.text import extract


def countries(text: str) -> dict[str, str | None]:
    return {i.name: i.country for i in extract(text).institutions}


def people(f: Facts) -> list[tuple[str, list[str], list[tuple[str | None, str | None]]]]:
    return [(p.name, p.aliases, [(x.title, x.institution) for x in p.positions]) for p in f.people]


def test_counterpart_of_a_two_country_text() -> None:
    text = (
        "Polish–Georgian medical conference held in Warsaw\n\n"
        "The first Polish–Georgian Medical Conference took place in Warsaw on 4 March. "
        "National Centre of Paediatric Surgery and Wroclaw Medical University (Poland) signed "
        "a memorandum on training of paediatric surgeons. The Ministry of Health of Georgia "
        "supported it."
    )
    assert countries(text) == {
        "National Centre of Paediatric Surgery": "GE",
        "Wroclaw Medical University": "PL",
        "Ministry of Health of Georgia": "GE",
    }


def test_no_counterpart_without_the_pair_named() -> None:
    text = (
        "Warsaw, 4 March. National Centre of Paediatric Surgery and Wroclaw Medical University "
        "(Poland) signed a memorandum on training of paediatric surgeons. The Ministry of "
        "Health of Georgia supported it."
    )
    assert countries(text)["National Centre of Paediatric Surgery"] is None


def test_demonym_reference_two_sentences_back() -> None:
    text = (
        "A second agreement was concluded between the Regional Centre of Neonatology and the "
        "Ostrava Institute of Paediatrics. It covers internships in neonatal surgery. On behalf "
        "of the Kazakh centre it was signed by its director, and on behalf of the Czech "
        "institute by its head."
    )
    assert countries(text) == {
        "Regional Centre of Neonatology": "KZ",
        "Ostrava Institute of Paediatrics": "CZ",
    }


def test_unit_of_an_acronym_takes_its_country() -> None:
    text = (
        "Riga, 2 June. The Vilnius Medical College (VMC) of Lithuania and Riga Stradins "
        "University (Latvia) signed an agreement. Students will train at the Simulation Centre "
        "of VMC, where they met its head."
    )
    assert countries(text) == {
        "Vilnius Medical College of Lithuania": "LT",
        "Riga Stradins University": "LV",
        "Simulation Centre of VMC": "LT",
    }


def test_first_before_a_city_is_no_saint() -> None:
    text = (
        "Hanoi, 3 May. A delegation of the First Kazan State Medical Institute visited Vietnam "
        "and met officials of the Ministry of Health of the Russian Federation."
    )
    assert countries(text)["First Kazan State Medical Institute"] == "RU"


def test_latin_american_names_no_country() -> None:
    text = (
        "Havana, 5 May. The Latin American Institute of Tropical Medicine and the Ministry of "
        "Public Health of Cuba signed a plan."
    )
    assert countries(text)["Latin American Institute of Tropical Medicine"] is None


def test_quoted_name_parted_by_and_lends_no_quotes() -> None:
    text = (
        "Minsk, 4 May. An agreement was signed between the Joint-Stock Company \"Belarusian "
        "Pharmaceutical Holding\" and Yerevan Medical Centre."
    )
    assert countries(text) == {
        'Joint-Stock Company "Belarusian Pharmaceutical Holding"': "BY",
        "Yerevan Medical Centre": None,
    }


def test_bare_ministry_is_the_one_a_title_names() -> None:
    f = extract(
        "Baku, 2 June. Deputy Minister of Health of the Republic of Azerbaijan Leyla Hasanova "
        "attended. She said that the Ministry of Health supports such ties."
    )
    assert [(i.name, i.aliases, i.country) for i in f.institutions] == [
        ("Ministry of Health of the Republic of Azerbaijan", ["Ministry of Health"], "AZ")
    ]


def test_future_memorandum_is_a_plan() -> None:
    f = extract(
        "Tashkent, 3 June. The rector and the director discussed the main provisions of a future "
        "agreement between the Samarkand State Medical University and Anadolu Medical Center, "
        "which would cover residency training."
    )
    assert f.agreements == []


def test_surname_first_with_patronymic_is_one_person() -> None:
    f = extract(
        "Bishkek, 2 May. The guests were welcomed by the Rector of Osh State University, "
        "Professor Tashiev Nurlan Kadyrovich. N.K. Tashiev spoke about research."
    )
    assert people(f) == [
        ("Tashiev Nurlan Kadyrovich", ["N.K. Tashiev"], [("Rector", "osh-state-university")])
    ]


def test_two_letter_initial_after_another() -> None:
    f = extract(
        "Almaty, 2 May. At the meeting, B.Zh. Omarova presented the plan of the Ministry of "
        "Health of Kazakhstan."
    )
    assert [p.name for p in f.people] == ["B.Zh. Omarova"]


def test_oglu_ends_the_name() -> None:
    f = extract(
        "The hospital was represented by its chief physician, Aliyev Kamran Tofig oglu. Aliyev "
        "said the clinic is growing."
    )
    assert [(p.name, p.aliases) for p in f.people] == [("Aliyev Kamran Tofig oglu", ["Aliyev"])]


def test_institution_name_stops_before_a_person() -> None:
    text = (
        "Bishkek, 3 May. The guests were welcomed by the First Secretary of the Embassy of the "
        "Republic of Korea in the Kyrgyz Republic Kim Soo-jin, who spoke about training."
    )
    assert countries(text) == {"Embassy of the Republic of Korea in the Kyrgyz Republic": "KR"}


def test_two_countries_joined_in_a_name_place_it_in_neither() -> None:
    text = (
        "Bishkek, 3 May. The Kazakh-Uzbek Friendship Hospital signed a memorandum with the "
        "Ministry of Health of the Kyrgyz Republic."
    )
    assert countries(text) == {
        "Kazakh-Uzbek Friendship Hospital": None,
        "Ministry of Health of the Kyrgyz Republic": "KG",
    }


def test_talks_pair_two_institutions_of_a_two_country_text() -> None:
    text = (
        "Georgian–Polish health days\n\nThe Georgian–Polish Health Days opened. The National "
        "Centre of Surgery held talks with the Medical University of Lodz on a joint programme. "
        "The Ministry of Health of Poland and the Ministry of Health of Georgia sent delegations."
    )
    # the ministries that "sent delegations" take part too (ninth session)
    assert countries(text) == {
        "National Centre of Surgery": "GE",
        "Medical University of Lodz": "PL",
        "Ministry of Health of Georgia": "GE",
        "Ministry of Health of Poland": "PL",
    }


def test_venue_before_the_comma_is_no_party() -> None:
    f = extract(
        "On 5 May, at the summit hosted by Ankara City Hospital, the Tashkent Pediatric Medical "
        "Institute signed a trilateral memorandum with Hacettepe University and Gazi University."
    )
    assert [(a.kind, a.parties) for a in f.agreements] == [
        (
            "memorandum",
            ["tashkent-pediatric-medical-institute", "hacettepe-university", "gazi-university"],
        )
    ]


def test_degree_between_title_and_holder() -> None:
    f = extract(
        "Minsk, 3 May. The agreement was signed by the Director of the Republican Centre of "
        "Oncology, Candidate of Biological Sciences, Associate Professor Petrenko Ivan "
        "Sergeevich. I.S. Petrenko thanked the guests."
    )
    assert people(f) == [
        (
            "Petrenko Ivan Sergeevich",
            ["I.S. Petrenko"],
            [("Director", "republican-centre-of-oncology")],
        )
    ]


def test_short_last_name_word_at_paragraph_end_keeps_no_stop() -> None:
    f = extract(
        "Hanoi, 3 May. The memorandum was signed by the Rector of Hue University, Professor "
        "Tran Van Vu.\n\nThe document covers training."
    )
    assert people(f) == [("Tran Van Vu", [], [("Rector", "hue-university")])]


def test_four_name_words_after_a_title_ending_in_a_country() -> None:
    f = extract(
        "Lima, 3 May. The talks were opened by the Minister of Health of the Republic of Peru "
        "Ana Lucia Torres Vega.\n\nThey went well."
    )
    assert people(f) == [
        (
            "Ana Lucia Torres Vega",
            [],
            [("Minister of Health", "ministry-of-health-of-the-republic-of-pe")],
        )
    ]
