"""Text reader, round 19a: people's names and institution country on holdout37-38, each class
checked on a text written for it in other wording, with other countries and names.

Classes: a two-letter initial ("Kh.", "Sh.") between a given name and a surname is one
initial, not two, so the given name stays in the name; "Tan" (a surname, not the "Tan" of
"Tan Sri") starts a name, and "Shri", "Smt." are honorifics outside it; Malay "binti" joins a
name, and a particle does not count towards a name's length; "Universiti", "Uniwersytet" …
and "Health Cluster" head a name; a Central Asian or Caucasian province, a country's own
adjective ("Deutsche") or Uzbekistan's style for its national centres in a name places it;
native spellings of cities ("Rīga", "Klaipėda"); a clause after a semicolon that opens "on the
X side"; "specialists of the X" after a comma is a new clause; "Specialists of A gave … at B"
opening a sentence of a Days report; "the" after a capitalised word, "Co." of a company, and a
person glued to an institution before a verb of speech end a name; the names after "signed
by" are people; "the hospital's" title goes to the nearest hospital of the sentence.
"""

from __future__ import annotations

from medcoop.loaders.text import extract


def people(text: str) -> list[str]:
    return sorted(p.name for p in extract(text).people)


def countries(text: str) -> dict[str, str | None]:
    return {i.name: i.country for i in extract(text).institutions}


def test_a_two_letter_middle_initial_keeps_the_given_name() -> None:
    text = (
        "The memorandum was signed by the clinic's director, Dr. Zarina Sh. Karimova, and by "
        "Professor Anvar Kh. Tursunov, head of surgery at the Bukhara Medical Institute."
    )
    assert people(text) == ["Anvar Kh. Tursunov", "Zarina Sh. Karimova"]


def test_tan_is_a_surname_and_shri_an_honorific() -> None:
    text = (
        "The hospital's medical director, Dr. Tan Mei Hua, said the plan would start in May. "
        "The Consul General of India in Almaty, Shri Arun Rao, and Smt. Leela Nair, head of "
        "nursing at the Kerala Heart Institute, attended."
    )
    assert people(text) == ["Arun Rao", "Leela Nair", "Tan Mei Hua"]


def test_tan_sri_before_a_name_is_still_an_honorific() -> None:
    text = "Tan Sri Dr Rahim Ismail, chairman of the Penang Heart Foundation, opened the meeting."
    assert people(text) == ["Rahim Ismail"]


def test_malay_binti_joins_a_name_and_universiti_heads_one() -> None:
    text = (
        "A lecture was given by Dr. Siti Farah binti Osman, Dean of Nursing at Universiti Putra "
        "Borneo (Malaysia)."
    )
    facts = extract(text)
    assert [(p.name, [(q.title, q.institution) for q in p.positions]) for p in facts.people] == [
        ("Siti Farah binti Osman", [("Dean of Nursing", "universiti-putra-borneo")])
    ]
    assert countries(text) == {"Universiti Putra Borneo": "MY"}


def test_the_word_university_in_other_languages_heads_a_name() -> None:
    text = (
        "Universitas Sumber Waras signed a memorandum with the Uniwersytet Baltycki on training "
        "surgeons, and Ege Üniversitesi joined the programme."
    )
    facts = extract(text)
    assert sorted((i.name, i.kind) for i in facts.institutions) == [
        ("Ege Üniversitesi", "university"),
        ("Universitas Sumber Waras", "university"),
        ("Uniwersytet Baltycki", "university"),
    ]


def test_a_province_in_a_name_places_it() -> None:
    text = (
        "Blood services to share donor registers\n\n"
        "The Kakheti Regional Blood Centre and the Syunik Maternity Hospital signed a memorandum "
        "with the Lebap Children's Hospital on 3 June."
    )
    assert countries(text) == {
        "Kakheti Regional Blood Centre": "GE",
        "Syunik Maternity Hospital": "AM",
        "Lebap Children's Hospital": "TM",
    }


def test_a_clause_after_a_semicolon_that_opens_with_a_side_places_its_names() -> None:
    text = (
        "Polish surgeons operate in Tbilisi\n\n"
        "The Polish team was led by Marek Nowicki, head of the burns unit of the Silesian Burn "
        "Clinic; on the Georgian side the operations were done with Dr. Levan Beridze, deputy "
        "director of the National Burn Centre."
    )
    assert countries(text)["National Burn Centre"] == "GE"


def test_people_of_another_institution_after_a_comma_do_not_place_the_first() -> None:
    text = (
        "At the National Burn Centre, specialists of the Polish Regional Scientific and "
        'Practical Centre "Burns" performed six operations.'
    )
    assert countries(text)["National Burn Centre"] is None


def test_specialists_opening_a_sentence_of_a_days_report_place_guests_and_hosts() -> None:
    text = (
        "Days of Armenian Medicine in Georgia\n"
        "Tbilisi, 9 May 2024\n\n"
        "The Days of Armenian Medicine in Georgia opened in Tbilisi on 8 May. Specialists of the "
        "Institute of Hematology and Transfusion gave a master class at the Rustaveli Clinical "
        "Hospital."
    )
    got = countries(text)
    assert got["Institute of Hematology and Transfusion"] == "AM"
    assert got["Rustaveli Clinical Hospital"] == "GE"


def test_native_spellings_of_baltic_and_balkan_cities_place_a_name() -> None:
    text = (
        "Lithuanian and Croatian nurses to train together\n\n"
        "Klaipėda University Hospital signed a memorandum with the Rijeka Clinical Hospital "
        "Centre, and the Rīga Eastern Clinical Hospital joined later. Lithuania, Croatia and "
        "Latvia will take turns to host the course."
    )
    assert countries(text) == {
        "Klaipėda University Hospital": "LT",
        "Rijeka Clinical Hospital Centre": "HR",
        "Rīga Eastern Clinical Hospital": "LV",
    }


def test_the_after_a_capitalised_word_ends_a_name() -> None:
    text = (
        "At the Surgical Clinic of the Bukhara State Medical Institute the Turkish surgeons "
        "performed two operations."
    )
    assert countries(text) == {"Surgical Clinic of the Bukhara State Medical Institute": None}


def test_co_of_a_company_is_no_initial() -> None:
    text = (
        "A contract for two scanners was concluded with Guangzhou Huaxin Medical Equipment Co., "
        "Ltd. and signed by the company's general manager, Wang Fei."
    )
    facts = extract(text)
    assert [i.name for i in facts.institutions] == ["Guangzhou Huaxin Medical Equipment Co., Ltd."]
    assert [p.name for p in facts.people] == ["Wang Fei"]


def test_names_after_signed_by_are_people_without_a_title() -> None:
    text = (
        "The Osh Regional Hospital and the Kashgar Prefecture People's Hospital signed a "
        "memorandum. It was signed by Aibek Toktomushev and by Wang Fei."
    )
    assert people(text) == ["Aibek Toktomushev", "Wang Fei"]


def test_signed_by_before_an_institution_or_a_place_finds_no_person() -> None:
    text = "The memorandum was signed by Kashgar University and the Osh Regional Hospital."
    assert people(text) == []


def test_a_health_cluster_is_an_institution() -> None:
    text = (
        "An agreement was concluded between the Kuwait Ambulance Service and the Jeddah Second "
        "Health Cluster of Saudi Arabia."
    )
    facts = extract(text)
    assert sorted((i.name, i.kind, i.country) for i in facts.institutions) == [
        ("Jeddah Second Health Cluster of Saudi Arabia", "agency", "SA"),
        ("Kuwait Ambulance Service", "agency", "KW"),
    ]


def test_two_possessives_joined_by_and_stay_in_one_name() -> None:
    text = (
        "Malaysia's SJ Women's and Children's Hospital approved a framework agreement with the "
        "Bishkek Perinatal Centre."
    )
    assert countries(text) == {
        "SJ Women's and Children's Hospital": "MY",
        "Bishkek Perinatal Centre": None,
    }


def test_a_countrys_own_adjective_in_a_name_places_it() -> None:
    text = (
        "The Kazakh Institute of Cardiology signed a memorandum with the Deutsche Kinderherz "
        "Foundation and the Polskie Transplant Institute on 2 June."
    )
    got = countries(text)
    assert got["Deutsche Kinderherz Foundation"] == "DE"
    assert got["Polskie Transplant Institute"] == "PL"


def test_a_particle_does_not_count_towards_a_names_length() -> None:
    text = (
        "The memorandum was signed by Dr. Khalid bin Saeed Al Nuaimi, Director of the Doha Eye "
        "Hospital."
    )
    assert people(text) == ["Khalid bin Saeed Al Nuaimi"]


def test_a_name_glued_to_an_institution_before_a_verb_of_speech_is_not_the_institutions() -> None:
    text = (
        "The Days of Kyrgyz Medicine opened in Dushanbe. Chief doctor of the Naryn Regional "
        "Maternity Hospital Asel Mamytova noted that the hospital handles 9,000 births a year. "
        "The Naryn Regional Maternity Hospital signed a memorandum with the Khujand Perinatal "
        "Centre."
    )
    assert sorted(i.name for i in extract(text).institutions) == [
        "Khujand Perinatal Centre",
        "Naryn Regional Maternity Hospital",
    ]


def test_a_city_after_the_head_ends_the_name_before_the_verb() -> None:
    text = "On Monday, Cleveland Clinic Abu Dhabi signed a memorandum with the Osh Heart Centre."
    assert sorted(countries(text)) == ["Cleveland Clinic Abu Dhabi", "Osh Heart Centre"]


def test_the_uzbek_style_of_a_national_centre_places_it_when_the_text_names_uzbekistan() -> None:
    named = (
        "Uzbekistan and Oman sign health documents\n\n"
        "The Republican Specialized Scientific and Practical Medical Center of Nephrology signed "
        "a memorandum with the Royal Hospital of Muscat."
    )
    unnamed = (
        "Oman signs kidney memorandum\n\n"
        "The Republican Specialized Scientific and Practical Medical Center of Nephrology signed "
        "a memorandum with the Royal Hospital of Muscat."
    )
    centre = "Republican Specialized Scientific and Practical Medical Center of Nephrology"
    assert countries(named)[centre] == "UZ"
    assert countries(unnamed)[centre] is None


def test_the_hospitals_title_goes_to_the_hospital_named_last_in_the_sentence() -> None:
    text = (
        "The Bern Children's Hospital signed a memorandum with the Bishkek Perinatal Centre. "
        "Later the Vienna General Hospital and the Graz Eye Hospital joined the programme, "
        "which the hospital's chief executive, Dr. Lena Gruber, said would start in May."
    )
    facts = extract(text)
    ids = {i.id: i.name for i in facts.institutions}
    gruber = next(p for p in facts.people if p.name == "Lena Gruber")
    assert [(q.title, ids.get(q.institution or "")) for q in gruber.positions] == [
        ("chief executive", "Graz Eye Hospital")
    ]
