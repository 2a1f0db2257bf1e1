"""Text reader, round 13a: error classes of holdout22-24 for institutions, people and
positions, each rule checked on a text written for it in other wording, with other countries
and names.

Classes: positions ("X hosted a delegation … The guests were welcomed by Chief Physician A":
the host's staff; "Head of the Cardiac Surgery Department B": a unit of that host, not an
institution).
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


def test_welcomed_by_the_hosts_staff() -> None:
    text = (
        "Korean surgeons in Almaty\n\n"
        "On 3 May, the Central Hospital of Almaty hosted a delegation from Seoul National "
        "University Hospital.\n"
        "The guests were welcomed by Chief Physician Marat Beks and Head of the Cardiac Surgery "
        "Department Daniyar Tolenov."
    )
    f = extract(text)
    assert [i.name for i in f.institutions] == [
        "Central Hospital of Almaty",
        "Seoul National University Hospital",
    ]
    assert positions(f) == {
        "Marat Beks": [("Chief Physician", "Central Hospital of Almaty")],
        "Daniyar Tolenov": [
            ("Head of the Cardiac Surgery Department", "Central Hospital of Almaty")
        ],
    }


def test_visitors_spent_days_at_the_host() -> None:
    text = (
        "Uzbek doctors in Vienna\n\n"
        "A delegation from Tashkent Medical Academy spent a week at the Vienna General Hospital. "
        "The visitors were greeted by Medical Director Anna Huber."
    )
    assert positions(extract(text)) == {
        "Anna Huber": [("Medical Director", "Vienna General Hospital")],
    }


def test_demonym_centre_is_the_unplaced_one_named_just_before() -> None:
    text = (
        "Health forum in Tashkent\n\n"
        "On 4 June the Republican Centre of Pulmonology (Almaty, Kazakhstan) and the National "
        "Center of Phthisiology named after Professor R. Rahimov signed a memorandum. It was "
        "signed by the director of the Kazakh centre, Aidos Serikov, and the director of the "
        "Uzbek centre, Bahrom Aliyev.\n"
        "Later the guests visited two Uzbek clinics, the National Center of Neurology and the "
        "Tashkent City Children's Hospital."
    )
    assert positions(extract(text)) == {
        "Aidos Serikov": [("director", "Republican Centre of Pulmonology")],
        "Bahrom Aliyev": [
            ("director", "National Center of Phthisiology named after Professor R. Rahimov")
        ],
    }


def test_title_of_a_quoted_short_form_before_a_name() -> None:
    text = (
        "The Republican Eye Center \"Nurafshon\" and Moorfields Eye Hospital signed a memorandum. "
        "It was signed by the director of Nurafshon, Rustam Karimov, and the chief executive of "
        "the London hospital, Emma Clarke."
    )
    assert positions(extract(text)) == {
        "Rustam Karimov": [("director", 'Republican Eye Center "Nurafshon"')],
        "Emma Clarke": [("chief executive", "Moorfields Eye Hospital")],
    }


def test_possessive_title_of_the_one_company() -> None:
    text = (
        "On 2 April a delegation of Medanta Healthcare Limited arrived in Dushanbe for talks at "
        "the Avicenna Tajik State Medical University. The delegation was led by the group's "
        "head of global partnerships, Dr. Vikram Rao."
    )
    assert positions(extract(text)) == {
        "Vikram Rao": [("head of global partnerships", "Medanta Healthcare Limited")],
    }


def test_college_of_the_university_named_by_its_possessive() -> None:
    text = (
        "Kuwait University and the company Philips signed a memorandum to open a simulation "
        "centre at the "
        "university's College of Nursing and Allied Health. The memorandum was signed by "
        "Professor Layla Al Sabah, Dean of the College of Nursing and Allied Health, and by "
        "Mr Jansen of Philips."
    )
    f = extract(text)
    assert [i.name for i in f.institutions] == ["Kuwait University", "Philips"]
    assert positions(f)["Layla Al Sabah"] == [
        ("Dean of the College of Nursing and Allied Health", "Kuwait University")
    ]


def test_school_named_by_the_universitys_acronym() -> None:
    text = (
        "A delegation of Kazan Federal University visited the Karolinska Institute (KI) in "
        "Stockholm. It was received by Dr. Lars Berg, Dean of the KI School of Public Health."
    )
    f = extract(text)
    assert [i.name for i in f.institutions] == ["Kazan Federal University", "Karolinska Institute"]
    assert positions(f)["Lars Berg"] == [
        ("Dean of the KI School of Public Health", "Karolinska Institute")
    ]


def test_a_city_department_is_no_unit_of_a_hospital_in_that_city() -> None:
    text = (
        "Polish surgeons visit Karaganda\n\n"
        "Regional Hospital No. 2 of Karaganda hosted a delegation from the Medical University of "
        "Lodz. The visit was also attended by Nurlan Omarov, Deputy Head of the Health "
        "Department of Karaganda, who welcomed the cooperation."
    )
    f = extract(text)
    assert [i.name for i in f.institutions] == [
        "Regional Hospital No. 2 of Karaganda",
        "Medical University of Lodz",
        "Health Department of Karaganda",
    ]
    assert positions(f) == {
        "Nurlan Omarov": [("Deputy Head", "Health Department of Karaganda")],
    }


def test_title_after_a_group_headed_by() -> None:
    text = (
        "The congress in Baku was attended by a representative delegation of the Republic of "
        "Belarus headed by the Deputy Minister of Health of the Republic of Belarus Olga "
        "Karpovich."
    )
    assert positions(extract(text)) == {
        "Olga Karpovich": [
            ("Deputy Minister of Health", "Ministry of Health of the Republic of Belarus")
        ],
    }


def test_a_faculty_that_signs_keeps_its_university_in_its_name() -> None:
    text = (
        "A memorandum on joint research was signed between the Faculty of Medicine of Ankara "
        "University and the Faculty of Dentistry of the University of Leeds."
    )
    f = extract(text)
    assert [(i.name, i.kind) for i in f.institutions] == [
        ("Faculty of Medicine of Ankara University", "university"),
        ("Faculty of Dentistry of the University of Leeds", "university"),
    ]


def test_a_dean_of_a_faculty_serves_its_university() -> None:
    text = (
        "Professor Ayse Demir, Dean of the Faculty of Medicine of Ankara University, visited "
        "Tashkent Medical Academy."
    )
    assert positions(extract(text)) == {
        "Ayse Demir": [("Dean of the Faculty of Medicine", "Ankara University")],
    }


def test_demonym_ministry_is_the_ministry_of_that_republic() -> None:
    text = (
        "The talks were opened by the Deputy Minister of Health and Social Protection Dr Aziz "
        "Karimov and by the Director of International Affairs of the Italian Ministry of "
        "Health, Dr Marco Rossi.\n"
        "A memorandum was signed between the Ministry of Health and Social Protection of the "
        "Republic of Tajikistan and the Ministry of Health of the Italian Republic."
    )
    f = extract(text)
    assert [(i.name, i.aliases) for i in f.institutions] == [
        ("Ministry of Health of the Italian Republic", ["Italian Ministry of Health"]),
        ("Ministry of Health and Social Protection of the Republic of Tajikistan", []),
    ]
    assert positions(f) == {
        "Aziz Karimov": [
            (
                "Deputy Minister of Health and Social Protection",
                "Ministry of Health and Social Protection of the Republic of Tajikistan",
            )
        ],
        "Marco Rossi": [
            ("Director of International Affairs", "Ministry of Health of the Italian Republic")
        ],
    }


def test_a_foreign_head_noun_in_lower_case_ends_the_name() -> None:
    text = (
        "Tashkent Medical Academy signed a memorandum with Vilnius University Hospital Santaros "
        "klinikos. It was signed by the General Director of Santaros klinikos Jonas Kazlauskas."
    )
    f = extract(text)
    assert [i.name for i in f.institutions] == [
        "Tashkent Medical Academy",
        "Vilnius University Hospital Santaros klinikos",
    ]
    assert positions(f) == {
        "Jonas Kazlauskas": [("General Director", "Vilnius University Hospital Santaros klinikos")],
    }


def test_its_director_after_the_clinics_possessive() -> None:
    text = (
        "The Yerevan Eye Clinic and the University of Graz have signed a cooperation agreement.\n"
        "It was signed in the Clinic's library by its chief physician, Dr Anna Petrosyan, and "
        "by Professor Karl Weber."
    )
    assert positions(extract(text))["Anna Petrosyan"] == [
        ("chief physician", "Yerevan Eye Clinic")
    ]


def test_university_department_is_a_unit_of_the_university() -> None:
    text = (
        "The Baku Heart Centre and the University of Zurich signed a twinning agreement.\n"
        "Professor Lukas Meier, head of the University Department of Cardiology, who led the "
        "visiting team, said the first joint week was planned for May."
    )
    f = extract(text)
    assert [i.name for i in f.institutions] == ["Baku Heart Centre", "University of Zurich"]
    assert positions(f) == {
        "Lukas Meier": [
            ("head of the University Department of Cardiology", "University of Zurich")
        ],
    }


def test_a_participle_ends_the_title() -> None:
    text = (
        "The delegation of Kyoto University Hospital was led by Professor Kenji Sato, Vice "
        "President, and included Dr. Yuki Tanaka, a paediatric surgeon working on liver "
        "transplantation."
    )
    assert positions(extract(text)) == {
        "Kenji Sato": [("Vice President", "Kyoto University Hospital")],
        "Yuki Tanaka": [("paediatric surgeon", "Kyoto University Hospital")],
    }


def test_a_qualified_clinic_of_a_university_is_a_hospital() -> None:
    text = (
        "On the second day, the Georgian guests held master classes at the Teaching Clinic of "
        "Astana Medical University."
    )
    f = extract(text)
    assert [(i.name, i.kind) for i in f.institutions] == [
        ("Teaching Clinic of Astana Medical University", "hospital")
    ]


def test_a_title_given_later_replaces_the_bare_membership() -> None:
    text = (
        "A team from the Vilnius University Hospital led by Professor Lars Nielsen operated in "
        "Tbilisi. The Tbilisi Cardiac Centre and the Vilnius University Hospital signed a "
        "memorandum. On behalf of the centre it was signed by its director general, Nino "
        "Beradze, and on behalf of the Lithuanian hospital by its director, Professor Nielsen."
    )
    assert positions(extract(text)) == {
        "Lars Nielsen": [("director", "Vilnius University Hospital")],
        "Nino Beradze": [("director general", "Tbilisi Cardiac Centre")],
    }


def test_a_name_that_ends_with_de_and_a_city_before_a_person() -> None:
    text = (
        "The memorandum was signed by the Director of Nursing of the Hospices Civils de Lyon "
        "Claire Martin.\n"
        "C. Martin said that the Hospices Civils de Lyon would receive Georgian nurses."
    )
    f = extract(text)
    assert [(i.name, i.kind) for i in f.institutions] == [("Hospices Civils de Lyon", "hospital")]
    assert positions(f) == {"Claire Martin": [("Director of Nursing", "Hospices Civils de Lyon")]}


def test_an_acronym_before_a_title_names_the_office_it_opens() -> None:
    text = (
        "The workshop in Bishkek was organised by the UNICEF Country Office in Kyrgyzstan.\n"
        "Opening it, the UNICEF Representative in Kyrgyzstan, Dr Maria Lopez, praised the "
        "ministry's plan."
    )
    office = "UNICEF Country Office in Kyrgyzstan"
    f = extract(text)
    assert [i.name for i in f.institutions] == [office]
    assert positions(f) == {"Maria Lopez": [("UNICEF Representative in Kyrgyzstan", office)]}


def test_at_the_us_hospital_names_the_american_hospital() -> None:
    text = (
        "Aga Khan University Hospital and Mayo Clinic Hospital in the United States signed an "
        "agreement. It was signed by Dr Amina Shah, Chief of Surgery at AKUH, and Dr John Reed, "
        "Vice President for Global Services at the US hospital."
    )
    assert positions(extract(text))["John Reed"] == [
        ("Vice President for Global Services", "Mayo Clinic Hospital")
    ]


def test_signed_on_the_ministrys_premises_by_its_official() -> None:
    text = (
        "The Ministry of Health of Kuwait and the German company Siemens Healthineers signed a "
        "contract. The contract was signed at the ministry's main office by Dr Fahad Al Sabah, "
        "Director General of Procurement, and Mr Jan Vogel."
    )
    assert positions(extract(text))["Fahad Al Sabah"] == [
        ("Director General of Procurement", "Ministry of Health of Kuwait")
    ]


def test_a_short_name_before_a_title_that_the_text_gives_as_a_subject() -> None:
    text = (
        "On 4 May, Seoul SNUBH signed memorandums with two hospitals from Uzbekistan: the "
        "Tashkent City Hospital No. 1 and the Samarkand Regional Hospital.\n"
        "Seoul SNUBH President Prof. Kim Min-jun attended the signing ceremony."
    )
    f = extract(text)
    assert positions(f) == {"Kim Min-jun": [("President", "Seoul SNUBH")]}


def test_a_demonym_delegation_of_an_institution_placed_only_by_its_city() -> None:
    text = (
        "Riga Stradins University and the Medical University of Lublin signed an agreement.\n"
        "The Polish delegation also included Vice-Rector for Clinical Affairs Anna Nowak."
    )
    assert positions(extract(text)) == {
        "Anna Nowak": [("Vice-Rector for Clinical Affairs", "Medical University of Lublin")],
    }


def test_a_headline_party_ends_before_and_a_demonym() -> None:
    text = (
        "Samarkand Medical University and Korean health ministry agree on training\n"
        "10 May 2024\n\n"
        "Samarkand Medical University signed the agreement with Seoul National University and "
        "the University of Ulsan."
    )
    f = extract(text)
    assert [(i.name, i.aliases) for i in f.institutions] == [
        ("Samarkand Medical University", []),
        ("Seoul National University", []),
        ("University of Ulsan", []),
    ]


def test_a_rector_who_speaks_of_the_academy() -> None:
    text = (
        "Tashkent Medical Academy signed agreements with Semmelweis University and the "
        "University of Munich.\n"
        "Rector Laziz Karimov said that the academy would send twenty students next year."
    )
    assert positions(extract(text)) == {
        "Laziz Karimov": [("Rector", "Tashkent Medical Academy")],
    }


def test_a_medical_school_named_by_a_title_after_its_rector() -> None:
    text = (
        "In Munich, the guests were received by the Rector of the University of Munich Peter "
        "Kovacs and the Dean of the Medical School Laszlo Toth."
    )
    f = extract(text)
    assert [i.name for i in f.institutions] == ["University of Munich"]
    assert positions(f) == {
        "Peter Kovacs": [("Rector", "University of Munich")],
        "Laszlo Toth": [("Dean of the Medical School", "University of Munich")],
    }


def test_a_deputy_minister_heading_a_ministrys_delegation() -> None:
    text = (
        "On 3 June, the Minister of Health of the Republic of Uzbekistan met with a delegation "
        "of the Ministry of Health of the Republic of Korea headed by the Deputy Minister of "
        "Health Park Ji-hoon.\n"
        "The ministries agreed to prepare a memorandum on nurse training."
    )
    assert positions(extract(text)) == {
        "Park Ji-hoon": [
            ("Deputy Minister of Health", "Ministry of Health of the Republic of Korea")
        ],
    }


def test_our_is_the_clinic_of_the_blog_byline() -> None:
    text = (
        "Surgeons from Charité in our operating rooms\n\n"
        "Posted by the Press Team, Yerevan Heart Clinic blog — 4 May 2024\n\n"
        "On Friday our Medical Director, Dr. Ani Sargsyan, and the Charité's head of cardiac "
        "surgery, Dr. Paul Weber, signed a memorandum with Charité – Universitätsmedizin Berlin."
    )
    assert positions(extract(text))["Ani Sargsyan"] == [
        ("Medical Director", "Yerevan Heart Clinic")
    ]


def test_plural_nouns_of_a_ministrys_field_are_no_person() -> None:
    text = (
        "The ceremony was attended by Levan Mchedlishvili, Deputy Minister of Internally "
        "Displaced Persons from the Occupied Territories, Labour, Health and Social Affairs of "
        "Georgia."
    )
    assert [p.name for p in extract(text).people] == ["Levan Mchedlishvili"]


def test_given_name_and_patronymic_address_the_named_person() -> None:
    text = (
        "We spoke with Dilshod Karimov, Vice-Rector for Research of Bukhara State Medical "
        "Institute.\n"
        "— Dilshod Rustamovich, what will the new laboratory do?"
    )
    assert [(p.name, p.aliases) for p in extract(text).people] == [
        ("Dilshod Karimov", ["Dilshod Rustamovich"])
    ]


def test_the_company_named_after_a_demonym_and_descriptors() -> None:
    text = (
        "An agreement on insulin production was signed between the Uzbek Pharmaceutical Agency "
        "and the Danish pharmaceutical company Novo Nordisk."
    )
    f = extract(text)
    assert [(i.name, i.kind, i.country) for i in f.institutions] == [
        ("Uzbek Pharmaceutical Agency", "agency", "UZ"),
        ("Novo Nordisk", "company", "DK"),
    ]


def test_represented_by_a_person_titled_at_another_institution() -> None:
    text = (
        "The memorandum links Medicover Hospital Warsaw, represented by Anna Kowalska, vice "
        "president of the Medicover Group, with the Kazakh National Medical University."
    )
    assert positions(extract(text)) == {
        "Anna Kowalska": [
            ("vice president", "Medicover Group"),
            (None, "Medicover Hospital Warsaw"),
        ],
    }


def test_representing_the_former() -> None:
    text = (
        "A memorandum between Ajman University and the University of Bologna was concluded with "
        "professor Karim Nasser representing the former and Dr Marco Bianchi, Rector of the "
        "University of Bologna, representing the latter."
    )
    assert positions(extract(text)) == {
        "Karim Nasser": [(None, "Ajman University")],
        "Marco Bianchi": [("Rector", "University of Bologna")],
    }
