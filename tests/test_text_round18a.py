"""Text reader, round 18a: institution country on holdout35-36, each class checked on a text
written for it in other wording, with other countries and names.

Classes: a city before an organisation noun after a bare comma in a headline ("A, Lyon clinic
agree"); a saint's name with a possessive ("St. Columba's will train") is an institution's
short form, not a person.
"""

from __future__ import annotations

from medcoop.loaders.text import extract


def countries(text: str) -> dict[str, str | None]:
    return {i.name: i.country for i in extract(text).institutions}


def test_a_city_describing_the_next_noun_of_a_headline_places_nothing() -> None:
    text = (
        "NLGH, Lyon clinic agree on eye surgery training\n"
        "Nairobi, 5 March 2024\n\n"
        "The Nairobi Lakeside General Hospital (NLGH) and the Clinique des Deux Rives signed an "
        "agreement on eye surgery training. Under it, French ophthalmologists will teach in Kenya."
    )
    assert countries(text) == {"Nairobi Lakeside General Hospital": "KE"}


def test_a_saints_name_with_a_possessive_is_no_person() -> None:
    text = (
        "Halifax and Accra\n\n"
        "The Korle Bay Hospital signed an agreement with St. Columba's University Hospital on "
        "2 May. Under the deal, St. Columba's will train Korle Bay midwives."
    )
    facts = extract(text)
    assert {i.name for i in facts.institutions} == {
        "Korle Bay Hospital",
        "St. Columba's University Hospital",
    }
    assert [p.name for p in facts.people] == []


def test_a_state_or_province_before_a_possessive_places_the_next_name() -> None:
    text = (
        "Midwives to swap Brisbane for Suva\n\n"
        "Queensland's Coral Sea University (CSU) has signed a student exchange agreement with "
        "the Pacific Nursing School. In May, Ontario's Maple Ridge College signed a similar "
        "agreement with the Pacific Nursing School."
    )
    got = countries(text)
    assert got["Coral Sea University"] == "AU"
    assert got["Maple Ridge College"] == "CA"


def test_well_known_cities_in_a_name_place_it_when_the_text_names_their_country() -> None:
    text = (
        "Finnish and Kenyan heart surgeons team up\n\n"
        "The Tampere Heart Centre signed a memorandum of understanding with the Eldoret "
        "Regional Referral Hospital on 4 April. Surgeons from Finland will operate in Kenya."
    )
    assert countries(text) == {
        "Tampere Heart Centre": "FI",
        "Eldoret Regional Referral Hospital": "KE",
    }


def test_an_abbreviated_month_makes_a_dateline() -> None:
    text = (
        "Kumasi clinic and Lyon institute agree\n"
        "Accra, Sept. 4, 2024\n\n"
        "The Komfo Hills Teaching Hospital signed an agreement with the Institut Rhône Santé."
    )
    assert extract(text).document.published == "2024-09-04"


def test_a_ministry_named_without_a_country_is_the_datelines() -> None:
    text = (
        "Ghana and Portugal hospitals sign\n"
        "Accra, 4 September 2024\n\n"
        "The Komfo Hills Teaching Hospital signed an agreement with the Hospital de Santa Luzia "
        "of Portugal. The signing was witnessed by the Director of Clinical Care at the "
        "Ministry of Health, Dr. Akosua Boateng."
    )
    assert countries(text) == {
        "Komfo Hills Teaching Hospital": "GH",
        "Hospital de Santa Luzia of Portugal": "PT",
        "Ministry of Health": "GH",
    }



def test_the_sides_of_a_signing_place_the_unplaced_partner_of_a_placed_one() -> None:
    text = (
        "Polish health week opens in Baku\n\n"
        "Days of Polish Medicine opened in Baku with guests from Lithuania. Five documents were "
        "signed between Polish and Azerbaijani medical organisations. The Baku Children's "
        "Clinical Hospital signed a memorandum with the Institute of Mother and Child Health. "
        "The Medical University of Warsaw signed an agreement with the Republican Diagnostic "
        "Centre. Rector of the Vilnius Clinic of Surgery Jonas Petraitis also spoke."
    )
    assert countries(text) == {
        "Baku Children's Clinical Hospital": "AZ",
        "Institute of Mother and Child Health": "PL",
        "Medical University of Warsaw": "PL",
        "Republican Diagnostic Centre": "AZ",
        "Vilnius Clinic of Surgery": "LT",
    }


def test_a_demonym_group_and_a_dash_place_the_name_after_it() -> None:
    text = (
        "Vilnius clinic finds a partner\n\n"
        "Guests included the Dean of the Lithuanian University of Health Sciences Rasa "
        "Jankauskiene and Rector of Testemitanu State University Ion Ababii.\n\n"
        "The talks lasted two days.\n\n"
        "A joint training agreement was then concluded between the Aurora Children's Clinic "
        "(Riga, Latvia), the Lithuanian university and the Moldovan partner – Testemitanu State "
        "University."
    )
    assert countries(text) == {
        "Lithuanian University of Health Sciences": "LT",
        "Testemitanu State University": "MD",
        "Aurora Children's Clinic": "LV",
    }


def test_a_city_clinic_is_not_another_citys_hospital_of_no_country() -> None:
    f = extract(
        "Dr Jana Kral, a surgeon of the Maribor clinic, operated on three children at Tartu "
        "Central Hospital."
    )
    got = {p.name: [pos.title for pos in p.positions] for p in f.people}
    assert got == {"Jana Kral": ["surgeon of the Maribor clinic"]}


def test_a_dash_name_after_a_units_of_stays_whole() -> None:
    text = (
        "Almaty congress\n\n"
        "A lecture was given by Dr. Mette Holm, Senior Physician of the Cardiology Department of "
        "Rigshospitalet – Copenhagen University Hospital."
    )
    assert [i.name for i in extract(text).institutions] == [
        "Rigshospitalet – Copenhagen University Hospital"
    ]


def test_an_nhs_trust_is_a_hospital_and_another_trust_is_not() -> None:
    text = (
        "Leeds and Kumasi\n\n"
        "The Pennine Valley NHS Foundation Trust signed an agreement with the Korle Bay "
        "Hospital. The Harmon Health Trust signed it too."
    )
    kinds = {i.name: i.kind for i in extract(text).institutions}
    assert kinds["Pennine Valley NHS Foundation Trust"] == "hospital"
    assert kinds["Harmon Health Trust"] == "other"


def test_two_words_opening_one_name_are_its_short_form_alone() -> None:
    text = (
        "Accra and Hue\n\n"
        "The Silver Lantern Children's Hospital signed a memorandum with the Korle Bay "
        "Hospital. Dr. Lan Pham, a neonatologist at Silver Lantern, has trained in Accra."
    )
    facts = extract(text)
    insts = {i.name: i.aliases for i in facts.institutions}
    assert insts["Silver Lantern Children's Hospital"] == ["Silver Lantern"]
    got = {p.name: [(x.title, x.institution) for x in p.positions] for p in facts.people}
    assert got == {"Lan Pham": [("neonatologist", "silver-lantern-children-s-hospital")]}



def test_a_place_is_no_two_word_short_form() -> None:
    text = (
        "Kuala Lumpur and Accra\n\n"
        "The Kuala Lumpur Institute of Nursing signed a memorandum with the Korle Bay Hospital. "
        "Kuala Lumpur students will train in Accra."
    )
    insts = {i.name: i.aliases for i in extract(text).institutions}
    assert insts == {"Kuala Lumpur Institute of Nursing": [], "Korle Bay Hospital": []}


def test_the_countrys_largest_hospital_is_in_the_country_its_sentence_names() -> None:
    text = (
        "Lima children's surgery partnership\n\n"
        "The Maple Ridge Children's Hospital signed a memorandum with the Arequipa Andes "
        "Referral Hospital. Arequipa Andes, the country's largest referral hospital, receives "
        "children from every region of Peru."
    )
    got = countries(text)
    assert got["Arequipa Andes Referral Hospital"] == "PE"
    assert got["Maple Ridge Children's Hospital"] is None


def test_an_ambassador_to_a_country_names_the_two_sides_of_a_signing() -> None:
    text = (
        "Oslo and Lusaka surgeons sign\n\n"
        "On 3 May in Lusaka, the Fjordlight Children's Hospital signed a memorandum of "
        "understanding with the Lusaka Central Teaching Hospital. The Norwegian Ambassador to "
        "Zambia attended. Surgeons from Sweden will join the first course."
    )
    assert countries(text) == {
        "Fjordlight Children's Hospital": "NO",
        "Lusaka Central Teaching Hospital": "ZM",
    }
