"""Text reader, round 14a: error classes of holdout25-26 for institutions, people and
positions, each rule checked on a text written for it in other wording, with other countries
and names.
"""

from __future__ import annotations

from medcoop.facts import Facts
from medcoop.loaders.text import extract


def positions(f: Facts) -> dict[str, list[tuple[str, str | None]]]:
    names = {i.id: i.name for i in f.institutions}
    return {
        p.name: [(x.title, names.get(x.institution or "")) for x in p.positions]
        for p in f.people
    }


def test_two_surnames_without_the_given_name_are_the_same_person() -> None:
    text = (
        "Madrid and Tbilisi hospitals agree\n\n"
        "Tbilisi State Medical University signed an agreement with Hospital Universitario La Paz. "
        "It was signed by the Rector, Professor Zurab Beridze, and the Medical Director of "
        "Hospital Universitario La Paz, Dr Lucia Moreno Aguilar.\n"
        "Dr Moreno Aguilar said the first residents would arrive in March."
    )
    f = extract(text)
    people = {p.name: p.aliases for p in f.people}
    assert people == {"Zurab Beridze": [], "Lucia Moreno Aguilar": ["Moreno Aguilar"]}


def test_native_name_and_acronym_in_one_bracket() -> None:
    text = (
        "Kyrgyz and French blood services\n\n"
        "The Republican Blood Center of Kyrgyzstan and the French Blood Agency "
        "(Établissement Français du Sang, EFS) signed a memorandum in Bishkek. "
        "It was signed by the Head of EFS, Dr Claire Dubois."
    )
    f = extract(text)
    efs = next(i for i in f.institutions if "EFS" in i.aliases)
    assert efs.name == "French Blood Agency"
    assert positions(f) == {"Claire Dubois": [("Head", "French Blood Agency")]}


def test_company_named_without_its_leading_legal_form() -> None:
    text = (
        "Pharmstar and Nobel Pharma sign supply deal\n\n"
        "The Kazakh producer LLP Pharmstar and the Turkish company Nobel Ilac Holding signed a "
        "supply contract in Almaty. It was signed by Pharmstar's general director Erlan Sadykov."
    )
    f = extract(text)
    pharmstar = next(i for i in f.institutions if i.name == "LLP Pharmstar")
    assert pharmstar.aliases == ["Pharmstar"]
    assert positions(f) == {"Erlan Sadykov": [("general director", "LLP Pharmstar")]}


def test_its_and_the_heads_possessive_open_the_sentence() -> None:
    text = (
        "Armenian hospitals get new scanners\n\n"
        "The Ministry of Health of Armenia and the Japan International Cooperation Agency "
        "(JICA) signed an agreement in Yerevan.\n"
        "The scanners are paid for by JICA. Its Head of Programmes in Armenia, Kenji Sato, "
        "visited the Heratsi Hospital.\n"
        "The ministry's Deputy Minister Ani Hakobyan thanked the Japanese side."
    )
    f = extract(text)
    assert positions(f) == {
        "Kenji Sato": [("Head of Programmes in Armenia", "Japan International Cooperation Agency")],
        "Ani Hakobyan": [("Deputy Minister", "Ministry of Health of Armenia")],
    }


def test_institution_then_title_after_the_name() -> None:
    text = (
        "Moldova and the Asian lender agree on hospitals\n\n"
        "The Ministry of Health of Moldova and the World Bank signed a loan agreement in "
        "Chisinau. It was signed by Ion Rusu, Deputy Minister of Health, and Maria Lind, "
        "World Bank Country Manager for Moldova."
    )
    f = extract(text)
    assert [i.name for i in f.institutions] == ["Ministry of Health of Moldova", "World Bank"]
    assert positions(f) == {
        "Ion Rusu": [("Deputy Minister of Health", "Ministry of Health of Moldova")],
        "Maria Lind": [("Country Manager for Moldova", "World Bank")],
    }


def test_institution_title_before_the_next_name_is_that_persons() -> None:
    text = (
        "Korean and Mongolian hospitals sign\n\n"
        "The memorandum was signed in Ulaanbaatar by Seoul National University Hospital "
        "President Kim Jae-won, First Central Hospital Director Bat Erdene and Dorj Tsend, "
        "deputy director of the Mongolian health agency."
    )
    f = extract(text)
    got = positions(f)
    assert got["Kim Jae-won"] == [("President", "Seoul National University Hospital")]
    assert got["Bat Erdene"] == [("Director", "First Central Hospital")]


def test_name_after_a_title_whose_institution_lists_fields_with_commas() -> None:
    text = (
        "Kazakh surgeons in Tashkent\n\n"
        "Lectures were given by the Director of the Republican Center of Urology, Nephrology "
        "and Andrology Timur Alimov and by surgeons of the Astana Medical University."
    )
    f = extract(text)
    assert positions(f)["Timur Alimov"] == [
        ("Director", "Republican Center of Urology, Nephrology and Andrology")
    ]


def test_name_after_a_lower_case_department_of_an_institution() -> None:
    text = (
        "Belarusian cardiologists in Dushanbe\n\n"
        "On Tuesday the head of the adult arrhythmia department of the Republican Cardiology "
        "Center Viktor Lis performed three operations at the Dushanbe City Hospital."
    )
    f = extract(text)
    assert positions(f)["Viktor Lis"] == [
        ("head of the adult arrhythmia department", "Republican Cardiology Center")
    ]


def test_city_side_and_city_centre_are_the_institution_placed_there() -> None:
    text = (
        "Tajik cardiologists train in Kazan\n\n"
        "Four doctors from the Dushanbe City Hospital completed an internship at the "
        "Interregional Heart Centre in Kazan.\n"
        "On the Kazan side the internship was led by Professor Rustam Galeev, head of the "
        "arrhythmia department.\n"
        "At the end, the chief physician of the Kazan centre, Dr Ilnur Safin, gave the "
        "doctors their certificates."
    )
    f = extract(text)
    got = positions(f)
    assert got["Rustam Galeev"] == [
        ("head of the arrhythmia department", "Interregional Heart Centre")
    ]
    assert got["Ilnur Safin"] == [("chief physician", "Interregional Heart Centre")]


def test_academic_title_without_institution_is_the_releases_university() -> None:
    text = (
        "Samarkand State Medical University widens its partnerships\n\n"
        "Samarkand State Medical University signed agreements with Kyoto University and Seoul "
        "National University. Samarkand State Medical University will send twenty students "
        "abroad. The Vice-Rector for Academic Affairs Dilnoza Karimova presented the plan."
    )
    f = extract(text)
    assert positions(f)["Dilnoza Karimova"] == [
        ("Vice-Rector for Academic Affairs", "Samarkand State Medical University")
    ]


def test_the_only_institution_of_the_sentence_named_in_anothers_title() -> None:
    text = (
        "Osh State University and its partners\n\n"
        "Osh State University signed agreements with two universities this year.\n"
        "- Kazan Federal University: memorandum on student exchange, signed in Kazan by "
        "Rector Kanybek Isakov and Rector of Kazan Federal University Lenar Safin;"
    )
    f = extract(text)
    got = positions(f)
    assert got["Lenar Safin"] == [("Rector", "Kazan Federal University")]
    assert got["Kanybek Isakov"] == [("Rector", "Osh State University")]


def test_country_that_ends_a_title_is_no_part_of_the_name() -> None:
    text = (
        "Kyrgyz healthcare days in Berlin\n\n"
        "The Ministry of Health of the Kyrgyz Republic opened the days at the Charité hospital. "
        "Ambassador of the Kyrgyz Republic to the Federal Republic of Germany Aida Ismailova "
        "said the event would be held every year. Ambassador of the Kyrgyz Republic to the "
        "United Kingdom Ulan Djusupov noted that London would host the next one."
    )
    f = extract(text)
    assert sorted(p.name for p in f.people) == ["Aida Ismailova", "Ulan Djusupov"]


def test_name_after_a_title_whose_institution_has_a_particle() -> None:
    text = (
        "Cuban doctors for Bishkek\n\n"
        "The meeting was attended by the director of the company Servicios de Salud Caribe "
        "(SSC) Marisol Vega Torres and by officials of the Ministry of Health of the Kyrgyz "
        "Republic."
    )
    f = extract(text)
    assert positions(f)["Marisol Vega Torres"] == [("director", "Servicios de Salud Caribe")]


def test_meeting_with_a_delegation_is_the_hosts_official() -> None:
    text = (
        "Vietnamese health officials in Baku\n\n"
        "On 4 June in the Ministry of Health of the Republic of Azerbaijan a meeting was held "
        "of the Deputy Minister Elnur Aliyev with the delegation of the Ministry of Health of "
        "Vietnam headed by Vice Minister of Health Tran Van Minh."
    )
    f = extract(text)
    got = positions(f)
    assert got["Elnur Aliyev"] == [
        ("Deputy Minister", "Ministry of Health of the Republic of Azerbaijan")
    ]
    assert got["Tran Van Minh"] == [("Vice Minister of Health", "Ministry of Health of Vietnam")]


def test_group_before_a_company_name_describes_it() -> None:
    text = (
        "Uzbek doctors visit Malaysian hospitals\n\n"
        "The delegation of the Ministry of Health of Uzbekistan visited the Thai private group "
        "Bangkok Dusit Medical Services Berhad, where the group's Chief Executive Officer "
        "Somchai Rattana showed them the new cancer wing."
    )
    f = extract(text)
    assert [i.name for i in f.institutions] == [
        "Ministry of Health of Uzbekistan",
        "Bangkok Dusit Medical Services Berhad",
    ]


def test_meeting_at_an_institution_with_an_apposed_title() -> None:
    text = (
        "Kazakh nurses in London\n\n"
        "The delegation of the Ministry of Health of Kazakhstan held a meeting at the National "
        "Health Service of England with the Parliamentary Under-Secretary of State for Care, "
        "Helen Ward, on the recognition of diplomas."
    )
    f = extract(text)
    assert positions(f)["Helen Ward"] == [
        ("Parliamentary Under-Secretary of State for Care", "National Health Service of England")
    ]


def test_title_name_of_a_university_is_a_person_of_it() -> None:
    text = (
        "Nurses' congress in Astana\n\n"
        "The congress opened in Astana. Senior Lecturer Ingrid Holm of Karolinska University "
        "Hospital taught a session on triage."
    )
    f = extract(text)
    assert positions(f) == {"Ingrid Holm": [("Senior Lecturer", "Karolinska University Hospital")]}


def test_an_international_bodys_acronym_names_it() -> None:
    text = (
        "Measles campaign in Kyrgyzstan\n\n"
        "The Ministry of Health of the Kyrgyz Republic and UNICEF signed a plan for a measles "
        "campaign in Bishkek. The UNICEF Representative in Kyrgyzstan, Dr Clara Rossi, said the "
        "vaccines would arrive in May. The vaccines come from a WHO prequalified producer."
    )
    f = extract(text)
    assert [i.name for i in f.institutions] == [
        "Ministry of Health of the Kyrgyz Republic",
        "UNICEF",
    ]
    assert positions(f) == {"Clara Rossi": [("Representative in Kyrgyzstan", "UNICEF")]}


def test_an_international_acronym_is_the_one_office_of_it_named() -> None:
    text = (
        "Telemedicine in Mongolia\n\n"
        "The WHO Country Office in Mongolia and the Ministry of Health of Mongolia opened a "
        "telemedicine link. The WHO Representative in Mongolia, Dr Sara Bianchi, opened it."
    )
    f = extract(text)
    assert positions(f) == {
        "Sara Bianchi": [("WHO Representative in Mongolia", "WHO Country Office in Mongolia")]
    }


def test_protection_from_a_disease_is_part_of_a_name() -> None:
    text = (
        "Tuberculosis care in Dushanbe\n\n"
        "The Republican Center for Protection of Population from Tuberculosis and the Global "
        "Fund signed a grant agreement in Dushanbe."
    )
    f = extract(text)
    assert f.institutions[0].name == (
        "Republican Center for Protection of Population from Tuberculosis"
    )


def test_the_title_before_was_accompanied_by_is_another_persons() -> None:
    text = (
        "Bishkek academy in Cairo\n\n"
        "Rector of the Kyrgyz State Medical Academy Erlan Aidarov visited Ain Shams University. "
        "The rector was accompanied by Dr Nurlan Sydykov, Dean of the Faculty of Medicine."
    )
    f = extract(text)
    titles = [t for t, _ in positions(f)["Nurlan Sydykov"]]
    assert titles == ["Dean of the Faculty of Medicine"]


def test_word_and_lower_case_head_before_a_title() -> None:
    text = (
        "Moscow and Bukhara sign\n\n"
        "Pirogov Russian National Research Medical University and Bukhara State Medical "
        "Institute signed a memorandum. It was signed by Bukhara institute vice-rector Aziz "
        "Rakhimov and Pirogov university rector Sergei Lukyanov."
    )
    f = extract(text)
    assert positions(f)["Sergei Lukyanov"] == [
        ("rector", "Pirogov Russian National Research Medical University")
    ]


def test_short_form_may_drop_the_first_word_of_a_two_word_head() -> None:
    text = (
        "Pasteur Institute and Gamaleya Institute to cooperate\n\n"
        "The Gamaleya Research Institute of Epidemiology and Microbiology and the Pasteur "
        "Institute of Dakar signed a memorandum on vaccines in Moscow."
    )
    f = extract(text)
    gamaleya = [i for i in f.institutions if i.name.startswith("Gamaleya")]
    assert len(gamaleya) == 1
    assert "Gamaleya Institute" in gamaleya[0].aliases


def test_native_name_in_brackets_with_its_city() -> None:
    text = (
        "Uzbek and Cuban vaccine institutes\n\n"
        "The Republican Institute of Virology of Uzbekistan and the Cuban Vaccine Institute "
        "(Instituto Cubano de Vacunas, Havana, Republic of Cuba) signed a memorandum."
    )
    f = extract(text)
    assert [{i.name, *i.aliases} for i in f.institutions][1] == {
        "Cuban Vaccine Institute",
        "Instituto Cubano de Vacunas",
    }
    assert len(f.institutions) == 2


def test_a_demonym_and_lower_case_head_names_no_institution() -> None:
    text = (
        "Riga and Almaty universities agree\n\n"
        "Riga Stradins University and Kazakh National Medical University signed a memorandum, "
        "the first one between a Latvian medical university and a Kazakh partner."
    )
    f = extract(text)
    assert [i.name for i in f.institutions] == [
        "Riga Stradins University",
        "Kazakh National Medical University",
    ]


def test_short_name_in_brackets_used_again_is_an_alias() -> None:
    text = (
        "Almaty and Lisbon institutes agree\n\n"
        "The Kazakh Scientific Center of Dermatology and the National Institute of Health "
        "Doutor Ricardo Jorge (Insarj) of Portugal signed a memorandum. It was signed by "
        "Dr Rui Costa, Vice-President for Research of Insarj."
    )
    f = extract(text)
    insa = next(i for i in f.institutions if "Insarj" in i.aliases)
    assert positions(f)["Rui Costa"] == [("Vice-President for Research", insa.name)]


def test_places_are_no_people() -> None:
    text = (
        "Tajik epidemiologists in Colombo\n\n"
        "A group of Tajik epidemiologists visited Sri Lanka in February. They also saw two "
        "clinics in the Kandy Valley, where Dr Nimal Perera showed them the malaria unit."
    )
    f = extract(text)
    assert [p.name for p in f.people] == ["Nimal Perera"]


def test_ministerial_title_lists_fields_with_commas() -> None:
    text = (
        "Georgian clinic and Austrian university sign\n\n"
        "Tbilisi Heart Clinic and the Medical University of Graz signed an agreement. Levan "
        "Abashidze, Deputy Minister of Labour, Health and Social Affairs of Georgia, attended."
    )
    f = extract(text)
    ministry = "Ministry of Labour, Health and Social Affairs of Georgia"
    assert positions(f)["Levan Abashidze"] == [
        ("Deputy Minister of Labour, Health and Social Affairs", ministry)
    ]


def test_academic_title_of_a_release_about_a_universitys_council() -> None:
    text = (
        "Academic Council of TSMU heard the international report\n\n"
        "Tashkent State Medical University (TSMU) signed agreements with Kyoto University and "
        "Seoul National University in 2024. The Vice-Rector for Foreign Affairs Bobur "
        "Alimov reported on the results of the year."
    )
    f = extract(text)
    assert positions(f)["Bobur Alimov"] == [
        ("Vice-Rector for Foreign Affairs", "Tashkent State Medical University")
    ]


def test_one_article_before_fields_joined_by_and() -> None:
    text = (
        "Minsk delegation in Chisinau\n\n"
        "The delegation visited the Scientific Centre for Testing of the Food and Drug Safety "
        "Agency of the Republic of Moldova and the Republican Clinical Hospital."
    )
    f = extract(text)
    assert [i.name for i in f.institutions] == [
        "Scientific Centre for Testing of the Food and Drug Safety Agency of the Republic of "
        "Moldova",
        "Republican Clinical Hospital",
    ]


def test_academic_rank_between_title_and_name_is_skipped() -> None:
    text = (
        "Kazan centre signs with Cairo university\n\n"
        "On behalf of the Kazan Federal Medical Centre the agreement was signed by the Director "
        "General, Academician of the Russian Academy of Sciences Ivanov Sergei Petrovich."
    )
    f = extract(text)
    assert positions(f) == {
        "Ivanov Sergei Petrovich": [("Director General", "Kazan Federal Medical Centre")]
    }


def test_staff_title_after_a_visit_to_a_university() -> None:
    text = (
        "Xinjiang delegation in Kyrgyzstan\n\n"
        "A delegation of Xinjiang Medical University arrived in Bishkek. On the second day the "
        "delegation went to the Faculty of Medicine of Jalal-Abad State University. Dean Aibek "
        "Toktosunov presented the faculty's programmes."
    )
    f = extract(text)
    # the faculty a visit went to is an institution in its own name (ninth session)
    assert positions(f)["Aibek Toktosunov"] == [
        ("Dean", "Faculty of Medicine of Jalal-Abad State University")]


def test_where_after_an_apposition_to_the_visited_institution() -> None:
    text = (
        "Uzbek delegation in Oslo\n\n"
        "The delegation of the Ministry of Health of Uzbekistan visited Oslo University "
        "Hospital (OUS), the largest hospital in Norway, where Chief Medical Officer Ingrid "
        "Berg showed them the new emergency department."
    )
    f = extract(text)
    assert positions(f)["Ingrid Berg"] == [("Chief Medical Officer", "Oslo University Hospital")]


def test_at_the_field_centre_names_the_scene() -> None:
    text = (
        "Kazakh delegation in Baku\n\n"
        "The delegation toured the Republican Centre of Oncology and the Scientific Centre of "
        "Neurosurgery. At the neurosurgery centre the guests watched an operation performed by "
        "chief surgeon Rashad Aliyev."
    )
    f = extract(text)
    assert positions(f)["Rashad Aliyev"] == [
        ("chief surgeon", "Scientific Centre of Neurosurgery")
    ]


def test_first_word_of_a_name_before_a_title_is_its_short_form() -> None:
    text = (
        "Tashkent and Rome universities sign\n\n"
        "Tashkent Medical Academy and Sapienza University of Rome signed an agreement. It was "
        "signed by TMA Rector Lazizbek Tuychiev and Sapienza Vice-Rector for Research Maria "
        "Rossi."
    )
    f = extract(text)
    assert positions(f)["Maria Rossi"] == [
        ("Vice-Rector for Research", "Sapienza University of Rome")
    ]


def test_ministerial_title_with_fields_before_the_name() -> None:
    text = (
        "Tbilisi university and Danish agency partner\n\n"
        "Tbilisi State Medical University and Statens Serum Institut signed a memorandum. "
        "Speaking at the ceremony, Deputy Minister of Labour, Health and Social Affairs of "
        "Georgia Tamar Gabunia said that the partnership would help the national strategy."
    )
    f = extract(text)
    assert positions(f)["Tamar Gabunia"] == [
        (
            "Deputy Minister of Labour, Health and Social Affairs",
            "Ministry of Labour, Health and Social Affairs of Georgia",
        )
    ]


def test_a_name_before_who_is_a_person() -> None:
    text = (
        "Kazakh managers in Seoul\n\n"
        "The delegation held talks at the Korea Health Industry Development Institute. Park "
        "Min-jun, who received the delegation, said the institute would train more nurses."
    )
    f = extract(text)
    assert [p.name for p in f.people] == ["Park Min-jun"]
