"""Text reader, round 10 (institutions, people, positions): error classes of holdout15-17, each
rule checked on texts written for it in other wording, with other countries and names.

Classes: a visiting "side" is a group whose members belong to the delegation's institution
("The Turkish side was represented by A, Title, B, Title"); in a list "A, Title, B, Title" the
title between two names is the first one's; "of the university's exchange programmes" is part
of a title; "Department of Hospital Surgery" is a field, not a hospital.
"""

from __future__ import annotations

from medcoop.facts import Facts
from medcoop.loaders.text import extract


def people(f: Facts) -> list[tuple[str, list[tuple[str | None, str | None]]]]:
    return [(p.name, [(x.title, x.institution) for x in p.positions]) for p in f.people]


def names(f: Facts) -> list[str]:
    return [i.name for i in f.institutions]


def test_side_members_belong_to_the_delegation() -> None:
    text = (
        "A delegation from Pavia University arrived at Yerevan State Medical University on "
        "3 April. The Italian side was represented by Professor Marco Rossi, Pro-Rector for "
        "Research, and Dr. Giulia Bianchi, Dean of the Faculty of Pharmacy."
    )
    f = extract(text)
    assert people(f) == [
        ("Marco Rossi", [("Pro-Rector for Research", "pavia-university")]),
        ("Giulia Bianchi", [("Dean of the Faculty of Pharmacy", "pavia-university")]),
    ]


def test_title_between_two_names_is_the_first_ones() -> None:
    text = (
        "Guests from Uppsala University were received at Bukhara State Medical Institute. The "
        "visitors were Professor Lars Berg, Vice-Rector for Education, Professor Karin Holm, "
        "Dean of the Faculty of Medicine, and Dr. Erik Lund."
    )
    titles = {name: [t for t, _ in pos] for name, pos in people(extract(text))}
    assert titles["Lars Berg"] == ["Vice-Rector for Education"]
    assert titles["Karin Holm"] == ["Dean of the Faculty of Medicine"]


def test_owned_unit_stays_in_the_title() -> None:
    text = (
        "Lviv National Medical University signed an agreement with Kaunas Clinics. It was "
        "prepared by Dr. Oksana Melnyk, coordinator of the university's mobility programmes."
    )
    f = extract(text)
    assert people(f) == [
        (
            "Oksana Melnyk",
            [
                (
                    "coordinator of the university's mobility programmes",
                    "lviv-national-medical-university",
                )
            ],
        )
    ]


def test_field_after_a_department_is_no_hospital() -> None:
    text = (
        "A delegation of Samarkand State Medical University came to Minsk. The delegation was "
        "headed by Professor Anvar Karimov, head of the Department of Hospital Surgery."
    )
    f = extract(text)
    assert names(f) == ["Samarkand State Medical University"]
    assert people(f) == [
        (
            "Anvar Karimov",
            [("head of the Department of Hospital Surgery", "samarkand-state-medical-university")],
        )
    ]


def test_unit_named_by_a_title_before_a_name_is_no_institution() -> None:
    text = (
        "Guests from Vilnius University came to Andijan State Medical Institute. The "
        "agreement was signed by the Head of the Foreign Relations Department Dr. Rasa "
        "Petraitė for Vilnius University."
    )
    f = extract(text)
    assert names(f) == ["Vilnius University", "Andijan State Medical Institute"]
    assert people(f) == [
        ("Rasa Petraitė", [("Head of the Foreign Relations Department", "vilnius-university")])
    ]


def test_service_centre_after_a_title_is_its_hospitals_unit() -> None:
    text = (
        "A delegation of Asan Medical Center visited the Republican Cardiology Center in "
        "Tashkent. It was headed by the Director of the International Patient Center, Dr. "
        "Choi Min-seok."
    )
    f = extract(text)
    assert names(f) == ["Asan Medical Center", "Republican Cardiology Center"]
    assert people(f) == [
        (
            "Choi Min-seok",
            [("Director of the International Patient Center", "asan-medical-center")],
        )
    ]


def test_unit_after_a_title_with_a_portfolio() -> None:
    text = (
        "A delegation of Charles University is visiting Dushanbe. The delegation is headed "
        "by Professor Jan Novak, Vice Dean for Foreign Affairs of the Medical Faculty. It also "
        "includes Dr. Petra Svobodova, Head of the Clinic of Neurology."
    )
    f = extract(text)
    assert names(f) == ["Charles University"]
    assert people(f) == [
        (
            "Jan Novak",
            [("Vice Dean for Foreign Affairs of the Medical Faculty", "charles-university")],
        ),
        ("Petra Svobodova", [("Head of the Clinic of Neurology", "charles-university")]),
    ]


def test_headline_verb_ends_a_name_and_place_forms_merge() -> None:
    text = (
        "Doctors of Graz University Visit Almaty Cardiology Center\n"
        "A delegation of the Medical University of Graz arrived at the Almaty Cardiology "
        "Center on 5 May."
    )
    f = extract(text)
    assert [(i.name, i.aliases) for i in f.institutions] == [
        ("Medical University of Graz", ["Graz University"]),
        ("Almaty Cardiology Center", []),
    ]


def test_surname_first_name_merges_with_its_initials() -> None:
    text = (
        "Dushanbe, 2 May. The talks were opened by the Minister of Health of the Republic of "
        "Tajikistan Nazarzoda Farhod Saidali. Later Minister F.S. Nazarzoda visited the "
        "Karolinska Institute."
    )
    assert [(p.name, p.aliases) for p in extract(text).people] == [
        ("Nazarzoda Farhod Saidali", ["F.S. Nazarzoda"])
    ]


def test_patronymic_takes_the_surname_on_either_side() -> None:
    text = (
        "The guests were received by the Rector of the institute Karimov Bahrom Tursunovich. "
        "It was signed by the Director General of the clinic Oleg Petrovich Smirnov and the "
        "Director of the Oblast Hospital No. 3 Aitbaeva Gulnara Serikovna."
    )
    assert [p.name for p in extract(text).people] == [
        "Karimov Bahrom Tursunovich",
        "Oleg Petrovich Smirnov",
        "Aitbaeva Gulnara Serikovna",
    ]


def test_short_surname_at_a_sentence_end_keeps_no_stop() -> None:
    text = "The guests were met by the Dean Professor Chen Hao and the Vice-Dean Professor Wu Li."
    assert [p.name for p in extract(text).people] == ["Chen Hao", "Wu Li"]


def test_name_after_a_field_word_of_a_title() -> None:
    text = (
        "The forum was opened by the Deputy Governor of the Omsk Region for Health Policy "
        "Elena Volkova."
    )
    assert [p.name for p in extract(text).people] == ["Elena Volkova"]


def test_name_after_a_bracketed_acronym_and_a_place() -> None:
    text = (
        "The meeting was attended by the Country Director of the Japan International "
        "Cooperation Agency (JICA) in Kyrgyzstan Sato Hiroshi and the Director of the Osh "
        "Oblast Hospital Asel Toktogulova."
    )
    assert [p.name for p in extract(text).people] == ["Sato Hiroshi", "Asel Toktogulova"]


def test_name_after_a_quoted_institution_name() -> None:
    text = (
        'It was signed by the Director of the Republican Clinical Center "Istiqbol" Saidov '
        "Anvar Rahim and the Medical Director of Apollo Hospitals Dr. Ravi Kumar."
    )
    f = extract(text)
    assert names(f) == ['Republican Clinical Center "Istiqbol"', "Apollo Hospitals"]
    assert [p.name for p in f.people] == ["Saidov Anvar Rahim", "Ravi Kumar"]


def test_acronym_leaves_out_the_ministry_an_institution_is_under() -> None:
    text = (
        "A delegation visited the Omsk State Medical University of the Ministry of Health of "
        "the Russian Federation. The guests were welcomed by the Rector of OSMU, Professor "
        "Petr Orlov."
    )
    f = extract(text)
    assert [(i.name, i.aliases) for i in f.institutions] == [
        (
            "Omsk State Medical University of the Ministry of Health of the Russian Federation",
            ["Omsk State Medical University of the Ministry of Health", "OSMU"],
        )
    ]
    assert people(f) == [("Petr Orlov", [("Rector", f.institutions[0].id)])]


def test_companions_of_a_group_leader_share_his_institution() -> None:
    text = (
        "Guests from Berlin came to the Republican Perinatal Centre. The German guests were led "
        "by Professor Karl Weber, head of the Department of Neonatology at Charité University "
        "Hospital. He was accompanied by Dr. Lena Braun, coordinator of clinical training."
    )
    f = extract(text)
    owner = [i.id for i in f.institutions if i.name == "Charité University Hospital"]
    assert people(f)[1] == ("Lena Braun", [("coordinator of clinical training", owner[0])])


def test_meeting_at_an_institution_with_its_official() -> None:
    text = (
        "The visit ended with a meeting at the Ministry of Health of the Kyrgyz Republic with "
        "the Head of the Department of Medical Education A.B. Sydykov."
    )
    f = extract(text)
    assert [i.name for i in f.institutions] == ["Ministry of Health of the Kyrgyz Republic"]
    assert people(f) == [
        ("A.B. Sydykov", [("Head of the Department of Medical Education", f.institutions[0].id)])
    ]


def test_unit_of_a_title_owned_where_the_text_names_its_parent() -> None:
    text = (
        "The Faculty of Dentistry of Tbilisi State Medical University signed an agreement with "
        "Kaunas College. Dean of the Faculty of Dentistry Nino Gelashvili said that Kaunas College "
        "will host the first students."
    )
    f = extract(text)
    # the faculty that signs as the sentence's subject is a party in its own name (ninth
    # session, as "between the Faculty of … and Y" was): its dean is its own
    owner = [i.id for i in f.institutions
             if i.name == "Faculty of Dentistry of Tbilisi State Medical University"]
    assert people(f) == [("Nino Gelashvili", [("Dean of the Faculty of Dentistry", owner[0])])]


def test_official_at_the_place_a_where_clause_names() -> None:
    text = (
        "After the talks at Tbilisi State Medical University the guests visited the Heart "
        "Surgery Institute of Tbilisi, where Giorgi Beridze, head of the department of cardiac "
        "imaging, showed them the new scanner."
    )
    f = extract(text)
    owner = [i.id for i in f.institutions if i.name.startswith("Heart")]
    assert people(f) == [
        ("Giorgi Beridze", [("head of the department of cardiac imaging", owner[0])])
    ]


def test_on_behalf_of_a_demonym_and_a_head_noun() -> None:
    text = (
        "Riga Stradins University (Latvia) and Kyrgyz State Medical Academy (Kyrgyzstan) "
        "signed a memorandum. On behalf of the Latvian university, the memorandum was signed "
        "by Vice-Rector Inga Kalnina."
    )
    f = extract(text)
    assert people(f) == [("Inga Kalnina", [("Vice-Rector", "riga-stradins-university")])]


def test_regional_governor_serves_no_institution_of_the_sentence() -> None:
    text = (
        "The forum was opened by the Rector of Perm State Medical University Ivan Gromov and "
        "by Deputy Governor of the Perm Region for Social Policy Olga Belova."
    )
    f = extract(text)
    assert people(f) == [
        ("Ivan Gromov", [("Rector", "perm-state-medical-university")]),
        ("Olga Belova", [("Deputy Governor of the Perm Region for Social Policy", None)]),
    ]


def test_legal_form_and_quoted_name_split_from_an_acronym_before_and() -> None:
    text = (
        "Kazakh National Medical University (KazNMU) hosted the guests. A memorandum was "
        'signed between KazNMU and NCJSC "Karaganda Medical University" (KMU) in Almaty.'
    )
    assert names(extract(text))[-1] == 'NCJSC "Karaganda Medical University"'


def test_city_and_acronym_in_brackets_are_one_short_form() -> None:
    text = (
        "Kazan State Medical University signed an agreement with the Novosibirsk Research "
        "Institute of Traumatology and Orthopaedics (Novosibirsk NRITO). It was signed by the "
        "Director of Novosibirsk NRITO Andrei Korytkin."
    )
    f = extract(text)
    assert "Novosibirsk NRITO" in f.institutions[1].aliases
    assert people(f) == [("Andrei Korytkin", [("Director", f.institutions[1].id)])]


def test_oglu_after_a_title_ends_the_name() -> None:
    text = (
        "The Rector of the Baku Medical University Aliyev Rashad Tofig oglu, who took part in "
        "the meeting, spoke about student exchange."
    )
    assert [p.name for p in extract(text).people] == ["Aliyev Rashad Tofig oglu"]


def test_team_leader_is_a_title() -> None:
    text = (
        "Asan Medical Center signed a memorandum. The Korean side included Park Eun-ji, team "
        "leader of the International Patient Center of Asan Medical Center."
    )
    f = extract(text)
    assert people(f) == [
        (
            "Park Eun-ji",
            [("team leader of the International Patient Center", "asan-medical-center")],
        )
    ]


def test_possessive_head_noun_is_the_one_named_before_in_the_sentence() -> None:
    text = (
        "The guests from Rabin Medical Center met colleagues in Bishkek. Later they visited the "
        "Republican Center of Neurosurgery, where they were received by the centre's director, "
        "Professor Almaz Toktomushev."
    )
    f = extract(text)
    owner = [i.id for i in f.institutions if i.name == "Republican Center of Neurosurgery"]
    assert people(f)[-1] == ("Almaz Toktomushev", [("director", owner[0])])


def test_each_signer_takes_the_last_on_behalf_of_before_him() -> None:
    text = (
        "Vitebsk State Medical University (VSMU) and Pskov State University (PSU) signed an "
        "agreement. On behalf of VSMU, the document was signed by Rector Anatoly Shchastny, and "
        "on behalf of PSU by Rector Maxim Lapshin."
    )
    f = extract(text)
    assert people(f) == [
        ("Anatoly Shchastny", [("Rector", "vitebsk-state-medical-university")]),
        ("Maxim Lapshin", [("Rector", "pskov-state-university")]),
    ]


def test_leader_of_a_team_without_a_title() -> None:
    text = (
        "A team from the Republican Center of Cardiology in Minsk, led by Professor Oleg Kovalev, "
        "performed demonstration operations."
    )
    f = extract(text)
    assert people(f) == [("Oleg Kovalev", [(None, f.institutions[0].id)])]


def test_professor_with_a_chair_is_a_post() -> None:
    text = (
        "The Indian guests from Manipal Academy of Higher Education included Dr. Kavita Rao, "
        "Professor of Neurology. The delegation of Grodno State Medical University included "
        "Associate Professor of the Department of Pediatrics A.V. Sukalo."
    )
    f = extract(text)
    assert people(f) == [
        ("Kavita Rao", [("Professor of Neurology", "manipal-academy-of-higher-education")]),
        (
            "A.V. Sukalo",
            [
                (
                    "Associate Professor of the Department of Pediatrics",
                    "grodno-state-medical-university",
                )
            ],
        ),
    ]


def test_professors_of_an_institution_before_two_names() -> None:
    text = (
        "During the visit, professors of Kazan State Medical University Ivanova Olga Petrovna "
        "and R.R. Islamov gave lectures."
    )
    f = extract(text)
    assert people(f) == [
        ("Ivanova Olga Petrovna", [("professor", "kazan-state-medical-university")]),
        ("R.R. Islamov", [("professor", "kazan-state-medical-university")]),
    ]


def test_occupation_before_a_name_with_its_group() -> None:
    text = (
        "Hiroshima University and the Republican Center of Endocrinology signed an agreement. "
        "The Japanese colleagues were led by Professor Ken Sato, Director of the Radiation "
        "Institute at Hiroshima University, and included the neurologist Dr. Yui Tanaka."
    )
    f = extract(text)
    assert people(f)[-1] == ("Yui Tanaka", [("neurologist", "hiroshima-university")])


def test_legal_form_before_a_quoted_name_takes_the_quoted_head_and_short_form() -> None:
    text = (
        'The State Institution "Republican Clinical Hospital of the Kyrgyz Republic "Ak-Jol"" '
        'signed an agreement with Kaunas Clinics. The Director of the Republican Clinical '
        'Hospital "Ak-Jol" thanked the guests.'
    )
    f = extract(text)
    first = f.institutions[0]
    assert (first.name, first.aliases, first.kind) == (
        'State Institution "Republican Clinical Hospital of the Kyrgyz Republic "Ak-Jol""',
        ['Republican Clinical Hospital "Ak-Jol"', "Ak-Jol"],
        "hospital",
    )


def test_lithuanian_klinikos_is_a_hospital_head() -> None:
    text = (
        "Kaunas Klinikos signed a twinning agreement with the Regional Hospital of Osh. It was "
        "signed by the Medical Director of Kaunas Klinikos, Dr. Rasa Jonaitienė."
    )
    f = extract(text)
    assert (f.institutions[0].name, f.institutions[0].kind) == ("Kaunas Klinikos", "hospital")
    assert [p.name for p in f.people] == ["Rasa Jonaitienė"]


def test_clinic_of_the_university_is_part_of_it() -> None:
    text = (
        "Semey Medical University and Ural State Medical University signed a memorandum. The "
        "guests visited the Training Clinic of the university."
    )
    assert names(extract(text)) == ["Semey Medical University", "Ural State Medical University"]


def test_region_adjective_and_lower_case_words_name_no_institution() -> None:
    text = (
        "Tashkent Pediatric Medical Institute and Charité signed a memorandum. They discussed "
        "opening a Kazakh-Uzbek medical center and visiting a European children's hospital."
    )
    assert "Kazakh-Uzbek medical center" not in names(extract(text))
    assert "European children's hospital" not in names(extract(text))


def test_kinds_of_medical_cities_development_institutes_and_higher_education() -> None:
    text = (
        "Cleveland Clinic Abu Dhabi, the Korea Health Industry Development Institute, Sheikh "
        "Tahnoun Medical City and the Symbiosis Institute of Higher Education signed a "
        "memorandum."
    )
    assert [(i.name, i.kind) for i in extract(text).institutions] == [
        ("Cleveland Clinic Abu Dhabi", "hospital"),
        ("Korea Health Industry Development Institute", "agency"),
        ("Sheikh Tahnoun Medical City", "hospital"),
        ("Symbiosis Institute of Higher Education", "university"),
    ]


def test_demonym_university_found_by_the_city_in_its_name() -> None:
    text = (
        'Omsk State Medical University and NJSC "Karaganda Medical University" signed a '
        "memorandum. On behalf of the Kazakh university, it was signed by Chairman of the "
        "Board – Rector Raushan Dosmagambetova."
    )
    f = extract(text)
    owner = [i.id for i in f.institutions if "Karaganda" in i.name]
    assert people(f) == [
        ("Raushan Dosmagambetova", [("Chairman of the Board – Rector", owner[0])])
    ]


def test_title_before_and_belongs_to_the_other_signer() -> None:
    text = (
        "Kim Soo-min, head of the KOICA office, visited Bukhara State Medical Institute. A "
        "memorandum between the institute and KOICA was signed by the rector and Kim Soo-min."
    )
    titles = [t for _, pos in people(extract(text)) for t, _ in pos]
    assert titles == ["head of the KOICA office"]


def test_demonym_field_and_head_name_the_countrys_centre() -> None:
    text = (
        "Shiraz Heart Hospital and the Republican Center of Cardiology of Kyrgyzstan signed a "
        "memorandum. It was signed by Dr. Reza Karimi, head of Shiraz Heart Hospital, and "
        "Aibek Toktonaliev, director of the Kyrgyz cardiology center."
    )
    f = extract(text)
    owner = [i.id for i in f.institutions if "Republican" in i.name]
    assert people(f)[1] == ("Aibek Toktonaliev", [("director", owner[0])])


def test_where_clause_with_a_title_before_the_name() -> None:
    text = (
        "After talks at Bukhara State Medical Institute the guests visited the Republican "
        "Center of Emergency Medicine, where the Deputy Director Sardor Nazarov showed them "
        "the new wards."
    )
    f = extract(text)
    owner = [i.id for i in f.institutions if i.name.startswith("Republican")]
    assert people(f) == [("Sardor Nazarov", [("Deputy Director", owner[0])])]


def test_members_of_a_delegation_its_leader_is_at_the_head_of() -> None:
    text = (
        "The memorandum was signed by the Rector of Wroclaw Medical University, Professor Piotr "
        "Ponikowski, who is visiting Almaty at the head of a Polish university delegation. The "
        "delegation also includes the Vice-Rector for Science, Professor Anna Nowak."
    )
    f = extract(text)
    assert people(f)[1] == (
        "Anna Nowak",
        [("Vice-Rector for Science", "wroclaw-medical-university")],
    )


def test_ambassador_serves_his_countrys_embassy_among_other_agencies() -> None:
    text = (
        "The forum was supported by the Embassy of the Republic of Korea in Uzbekistan and the "
        "National Medical Commission of India. It was opened by the Ambassador of Korea to "
        "Uzbekistan Park Sung-ho."
    )
    f = extract(text)
    owner = [i.id for i in f.institutions if i.name.startswith("Embassy")]
    assert people(f) == [("Park Sung-ho", [("Ambassador of Korea to Uzbekistan", owner[0])])]


def test_title_tail_through_a_bracketed_remark_and_in_the_republic() -> None:
    text = (
        "The minister received the Ambassador of the Republic of Poland to the Kyrgyz Republic "
        "(with residence in Astana) Marek Piotr Kowalski and the First Secretary of the Embassy of "
        "the Republic of Poland in the Republic of Kazakhstan Ewa Nowak."
    )
    assert [p.name for p in extract(text).people] == ["Marek Piotr Kowalski", "Ewa Nowak"]


def test_a_verb_ends_a_title_before_a_nearer_one() -> None:
    text = (
        "The rector received the Consul General of Hungary in Almaty Gabor Szabo, who spoke "
        "about scholarships."
    )
    assert people(extract(text)) == [
        ("Gabor Szabo", [("Consul General of Hungary in Almaty", None)])
    ]


def test_state_secretary_is_one_title() -> None:
    text = "The Ministry of Health of Latvia was represented by State Secretary Daina Mūrmane."
    f = extract(text)
    assert people(f) == [("Daina Mūrmane", [("State Secretary", f.institutions[0].id)])]


def test_demonym_before_a_government_post_names_that_countrys_ministry() -> None:
    text = (
        "The Ministry of Health of Uzbekistan and the Austrian Federal Ministry of Social "
        "Affairs signed a roadmap. Uzbek Minister Asilbek Khudayarov and Austrian State "
        "Secretary for Health Anna Gruber signed it in Vienna."
    )
    f = extract(text)
    owner = [i.id for i in f.institutions if "Austrian" in i.name]
    assert people(f)[1] == ("Anna Gruber", [("State Secretary for Health", owner[0])])


def test_and_after_a_titled_name_opens_the_next_party() -> None:
    text = (
        "Bukhara State Medical Institute and Asan Medical Center signed a memorandum. BSMI "
        "rector Shukhrat Teshaev and AMC International Patient Center director Lee Min-ho "
        "signed it."
    )
    assert [p.name for p in extract(text).people] == ["Shukhrat Teshaev", "Lee Min-ho"]


def test_arabic_name_with_bin_is_one_name() -> None:
    text = "The delegation was led by Undersecretary Dr. Khalid bin Saeed Al-Harthy."
    assert [p.name for p in extract(text).people] == ["Khalid bin Saeed Al-Harthy"]


def test_a_region_ending_in_stan_is_no_first_name() -> None:
    text = (
        "Eleven memorandums were signed at the forum, Minister of Health of the Republic of "
        "Bashkortostan Ildar Ziyangirov told journalists."
    )
    assert [p.name for p in extract(text).people] == ["Ildar Ziyangirov"]


def test_words_before_a_bracketed_city_end_an_institutions_name() -> None:
    text = (
        "The delegation was headed by Dr. Budi Santoso, President Director of the National "
        "Cancer Center Dharmais (Jakarta). Later Hospital Sirio Libanes (São Paulo) joined. "
        "The talks were led by Dr. Paulo Chapchap, President of Hospital Sirio Libanes."
    )
    assert [p.name for p in extract(text).people] == ["Budi Santoso", "Paulo Chapchap"]


def test_acronym_and_lower_case_unit_is_part_of_the_institution() -> None:
    text = (
        "Bukhara State Medical Institute signed a memorandum with University Hospital Essen on "
        "training surgeons of the BSMI multidisciplinary clinic. It was attended by Dr. "
        "Akmal Rakhimov, chief physician of the BSMI multidisciplinary clinic."
    )
    f = extract(text)
    assert names(f) == ["Bukhara State Medical Institute", "University Hospital Essen"]
    assert people(f) == [
        (
            "Akmal Rakhimov",
            [
                (
                    "chief physician of the BSMI multidisciplinary clinic",
                    "bukhara-state-medical-institute",
                )
            ],
        )
    ]


def test_short_chinese_name_after_a_country_and_before_and_by() -> None:
    text = (
        "The ceremony was attended by the Counsellor for Education of the Embassy of the "
        "People's Republic of China in the Republic of Uzbekistan Wang Jing and by the Rector "
        "of Tashkent Medical Academy Albert Shadmanov."
    )
    f = extract(text)
    assert names(f) == [
        "Embassy of the People's Republic of China in the Republic of Uzbekistan",
        "Tashkent Medical Academy",
    ]
    assert [p.name for p in f.people] == ["Wang Jing", "Albert Shadmanov"]


def test_a_body_yet_to_be_created_takes_no_part() -> None:
    text = (
        "Kazakh National Medical University and Kyrgyz State Medical Academy signed a "
        "declaration. The parties agreed to create a Council of Deans which will meet yearly."
    )
    assert names(extract(text)) == [
        "Kazakh National Medical University",
        "Kyrgyz State Medical Academy",
    ]


def test_first_word_and_acronym_name_an_institution_in_a_title() -> None:
    text = (
        "The declaration was signed by Kazakh National Medical University and Avicenna Tajik "
        "State Medical University. It was signed by the Rector of the Avicenna TSMU Rahimzoda "
        "Saidali Kurbon."
    )
    f = extract(text)
    owner = [i.id for i in f.institutions if i.name.startswith("Avicenna")]
    assert people(f) == [("Rahimzoda Saidali Kurbon", [("Rector", owner[0])])]


def test_minister_of_a_regions_ministry_the_text_names() -> None:
    text = (
        "Kazan State Medical University and the Ministry of Health of the Republic of "
        "Bashkortostan signed agreements with partners from Russia and India, Minister of "
        "Health of the Republic of Bashkortostan Aidar Ziyangirov said."
    )
    f = extract(text)
    owner = [i.id for i in f.institutions if i.name.startswith("Ministry")]
    assert len(owner) == 1
    assert people(f) == [
        (
            "Aidar Ziyangirov",
            [("Minister of Health of the Republic of Bashkortostan", owner[0])],
        )
    ]
