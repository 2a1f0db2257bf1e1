"""Text reader, round 7: error classes of long reports (holdout6, holdout7), each rule checked
on texts written for it in other wording, with other countries and names.

Classes: an agreement or count that names no event belongs to the event of the lead
paragraph, unless it tells of another time; dates told relative to other sentences ("the same
afternoon", "on the first day", "the following day", "following the talks", "The memorandum
was signed on May 11"); a name at the end of a long title phrase (a quoted name, "No. 2",
"named after", "the drug company X", "chief engineer of", "chairman of the board of",
"deputy minister of health of", "vice-rector for international affairs"); posts told by a
relative clause ("who heads", "who also serves as"); members listed after "included"; units
of an institution named in a title; "X was represented by"; a delegation's country across
sentences, a region the text places in a country; "X named after Y" is "Y X"; a quoted
proper name, an ordinal, a hyphenated head, "Medical School", "state concern" in names;
signatories before the verb; "the sides" signing a second document.
"""

from __future__ import annotations

from medcoop.loaders.text import extract

from .test_text_round3 import positions

DAYS = (
    "Days of Latvian Medicine open in Yerevan\n"
    "Yerevan, 12 May 2024\n\n"
    "The Days of Latvian Medicine in Armenia opened in Yerevan on May 10 and will close on "
    "May 13, bringing together doctors of both countries.\n\n"
)


def agreements(text: str) -> list[tuple[list[str], str | None, str | None]]:
    f = extract(text)
    names = {i.id: i.name for i in f.institutions}
    events = {e.id: e.name for e in f.events}
    return [
        (sorted(names[p] for p in a.parties), events.get(a.event or ""), a.date)
        for a in f.agreements
    ]


# --- the event of the lead paragraph, dates told relative to others ----------------------------


def test_an_agreement_that_names_no_event_takes_the_event_of_the_lead() -> None:
    text = DAYS + (
        "Later in the week, Riga East University Hospital and Izmirlian Medical Center "
        "concluded a memorandum on cardiology.\n"
    )
    assert agreements(text) == [
        (
            ["Izmirlian Medical Center", "Riga East University Hospital"],
            "Days of Latvian Medicine in Armenia",
            None,
        )
    ]


def test_an_agreement_of_an_earlier_year_takes_no_event_and_no_date() -> None:
    text = DAYS + (
        "Riga East University Hospital and Izmirlian Medical Center concluded a memorandum "
        "on cardiology on May 11.\n\n"
        "Riga Stradins University already has an agreement with Yerevan State Medical "
        "University on joint research signed in 2019.\n"
    )
    assert agreements(text) == [
        (
            ["Izmirlian Medical Center", "Riga East University Hospital"],
            "Days of Latvian Medicine in Armenia",
            "2024-05-11",
        ),
        (["Riga Stradins University", "Yerevan State Medical University"], None, None),
    ]


def test_an_agreement_signed_before_the_event_opened_is_not_the_events() -> None:
    text = DAYS + (
        "On May 2, Riga East University Hospital and Izmirlian Medical Center signed a "
        "memorandum on cardiology.\n"
    )
    assert agreements(text) == [
        (["Izmirlian Medical Center", "Riga East University Hospital"], None, "2024-05-02")
    ]


def test_a_count_that_names_no_event_takes_the_event_of_the_lead() -> None:
    f = extract(DAYS + "In all, 12 documents were signed between Latvian and Armenian clinics.\n")
    assert [(c.count, c.event, c.countries) for c in f.agreement_counts] == [
        (12, f.events[0].id, ["LV", "AM"])
    ]


def test_the_first_day_and_the_same_afternoon_are_the_events_first_day() -> None:
    text = DAYS + (
        "On the first day, the Ministry of Health of Latvia and the Ministry of Health of "
        "Armenia signed an agreement on training of nurses.\n\n"
        "The same afternoon, memoranda were concluded:\n"
        "- between Riga Stradins University and Yerevan State Medical University, on exchange "
        "of students;\n"
        "- between Pauls Stradins Clinical University Hospital and Erebuni Medical Center, on "
        "telemedicine.\n"
    )
    event = "Days of Latvian Medicine in Armenia"
    assert agreements(text) == [
        (["Ministry of Health of Armenia", "Ministry of Health of Latvia"], event, "2024-05-10"),
        (["Riga Stradins University", "Yerevan State Medical University"], event, "2024-05-10"),
        (
            ["Erebuni Medical Center", "Pauls Stradins Clinical University Hospital"],
            event,
            "2024-05-10",
        ),
    ]


def test_the_same_day_is_the_day_of_the_sentence_before() -> None:
    text = (
        "Visit to Tallinn\nTallinn, 20 June 2024\n\n"
        "On June 17 the delegation of Kaunas Clinics travelled to Tallinn. The same day, "
        "Kaunas Clinics signed a memorandum with the North Estonia Medical Centre.\n"
    )
    assert agreements(text) == [
        (["Kaunas Clinics", "North Estonia Medical Centre"], None, "2024-06-17")
    ]


def test_the_next_sentence_about_the_document_gives_its_date() -> None:
    text = (
        "Hospitals sign memorandum\nTartu, 9 April 2024\n\n"
        "Tartu University Hospital and Vilnius University Hospital concluded a memorandum on "
        "pathology. The memorandum was signed on April 8 by the two directors.\n"
    )
    assert agreements(text) == [
        (["Tartu University Hospital", "Vilnius University Hospital"], None, "2024-04-08")
    ]
    text = (
        "Hospitals sign memorandum\nTartu, 9 April 2024\n\n"
        "Tartu University Hospital and Vilnius University Hospital have signed a memorandum on "
        "pathology. The ceremony took place on 5 April 2024 in Tartu.\n"
    )
    assert agreements(text) == [
        (["Tartu University Hospital", "Vilnius University Hospital"], None, "2024-04-05")
    ]


# --- a name at the end of a long title phrase ---------------------------------------------------


def test_a_name_after_a_quoted_institution_name() -> None:
    f = extract('The guests included the director of the Regional Centre "Oncology" Pavel Ivanov.')
    assert positions(f) == {"Pavel Ivanov": [("director", 'Regional Centre "Oncology"')]}


def test_a_name_after_a_numbered_hospital() -> None:
    f = extract(
        "They were met by the chief physician of the Riga City Hospital No. 2 Anna Kalnina."
    )
    assert positions(f) == {"Anna Kalnina": [("chief physician", "Riga City Hospital No. 2")]}


def test_a_name_after_the_person_an_institution_is_named_after() -> None:
    f = extract(
        "The delegation was led by the rector of the Latvian Medical University named after "
        "P. Stradins Janis Berzins."
    )
    assert positions(f) == {
        "Janis Berzins": [("rector", "Latvian Medical University named after P. Stradins")]
    }


def test_a_name_after_a_company_described_in_lower_case() -> None:
    f = extract(
        "The delegation included the general director of the drug company Farmaklon Oleg "
        "Petrov and the chief engineer of the software firm Medisoft Systems Chen Wei."
    )
    assert positions(f) == {
        "Oleg Petrov": [("general director", "Farmaklon")],
        "Chen Wei": [("chief engineer", "Medisoft Systems")],
    }


def test_a_name_after_an_occupation_title_and_a_ministry() -> None:
    f = extract(
        "They met the chief cardiologist of the Ministry of Health of Latvia Peteris Ozols "
        "and the chairman of the board of the State Fund for Health Insurance Arturs Liepa."
    )
    assert positions(f) == {
        "Peteris Ozols": [("chief cardiologist", "Ministry of Health of Latvia")],
        "Arturs Liepa": [("chairman of the board", "State Fund for Health Insurance")],
    }


def test_a_lower_case_minister_of_health_of_a_country_before_the_name() -> None:
    f = extract(
        "The deputy minister of health of the Republic of Latvia Inga Ozola told journalists "
        "that more visits would follow."
    )
    assert positions(f) == {
        "Inga Ozola": [
            ("deputy minister of health", "Ministry of Health of the Republic of Latvia")
        ]
    }


# --- institutions told apart and told the same ---------------------------------------------------


def test_named_after_a_person_is_the_same_institution_as_the_person_first() -> None:
    f = extract(
        "The rector of the Latvian Medical University named after P. Stradins, Janis Berzins, "
        "came to Vilnius. Stradins Latvian Medical University signed a memorandum with Vilnius "
        "University."
    )
    assert [(i.name, i.aliases) for i in f.institutions] == [
        (
            "Latvian Medical University named after P. Stradins",
            ["Stradins Latvian Medical University"],
        ),
        ("Vilnius University", []),
    ]


def test_a_quoted_proper_name_is_not_a_short_form_of_a_centre_of_that_field() -> None:
    f = extract(
        'The Republican Scientific Centre "Cardiology" and the Republican Specialized '
        "Scientific Medical Centre of Cardiology signed a memorandum on telemedicine."
    )
    assert [i.name for i in f.institutions] == [
        'Republican Scientific Centre "Cardiology"',
        "Republican Specialized Scientific Medical Centre of Cardiology",
    ]
    assert len(f.agreements) == 1


def test_a_known_surname_inside_named_after_stays_in_the_institutions_name() -> None:
    f = extract(
        "Talant Mirzaev, the chief cardiologist, spoke first. A memorandum was signed between "
        "Kaunas Clinics and the National Center of Cardiology named after Academician "
        "M. Mirzaev, signed by the two directors."
    )
    assert [i.name for i in f.institutions] == [
        "Kaunas Clinics",
        "National Center of Cardiology named after Academician M. Mirzaev",
    ]


# --- the country of an institution in a long report ------------------------------------------


def countries(text: str) -> dict[str, str | None]:
    return {i.name: i.country for i in extract(text).institutions}


def test_members_of_a_delegation_named_in_the_sentence_before_are_of_its_country() -> None:
    text = (
        "The Lithuanian delegation is led by the Minister of Health of Lithuania Arunas Dulkys. "
        "It also includes the rector of the Kaunas Medical Academy Rimas Jankauskas and the "
        "director of the Klaipeda Seamen's Hospital Vytautas Rimkus."
    )
    assert countries(text) == {
        "Ministry of Health of Lithuania": "LT",
        "Kaunas Medical Academy": "LT",
        "Klaipeda Seamen's Hospital": "LT",
    }


def test_a_delegation_led_by_a_minister_of_a_country_makes_its_members_of_that_country() -> None:
    text = (
        "The delegation was headed by the Deputy Minister of Health of the Republic of Moldova "
        "Ion Prisacari. It also included the rector of the Chisinau Medical Academy Emil "
        "Ceban."
    )
    assert countries(text)["Chisinau Medical Academy"] == "MD"


def test_the_side_represented_by_a_title_holder_is_of_the_demonyms_country() -> None:
    text = (
        "The Ministry of Social Affairs of Estonia supported the visit. The Estonian side was "
        "represented by the Rector of the Tartu Medical Academy Professor Mart Kull and the "
        "director of the Parnu Hospital Anna Tamm."
    )
    assert countries(text) == {
        "Ministry of Social Affairs of Estonia": "EE",
        "Tartu Medical Academy": "EE",
        "Parnu Hospital": "EE",
    }


def test_a_region_the_text_places_in_a_country_places_the_institutions_named_after_it() -> None:
    text = (
        "The forum took place in Khujand, the centre of Tajikistan's Sughd Region. The "
        "Sughd Regional Hospital signed a memorandum with Kaunas Clinics."
    )
    assert countries(text)["Sughd Regional Hospital"] == "TJ"
    text = (
        "The forum took place in the Sughd Region of Tajikistan. The Sughd Regional "
        "Hospital signed a memorandum with Kaunas Clinics."
    )
    assert countries(text)["Sughd Regional Hospital"] == "TJ"


def test_a_colon_in_running_prose_introduces_no_list_of_a_country() -> None:
    text = (
        "Vilnius Medical Academy hosted the talks. Latvia is one of the academy's oldest "
        "partners: the first students from Latvian towns enrolled at Vilnius Medical Academy "
        "in 1995."
    )
    assert countries(text) == {"Vilnius Medical Academy": None}


def test_a_head_noun_joined_by_a_hyphen_ends_the_name_before_and() -> None:
    f = extract(
        "An agreement was signed between Kaunas Medical Academy and Vilnius University-Santaros "
        "on joint training."
    )
    assert [i.name for i in f.institutions] == [
        "Kaunas Medical Academy",
        "Vilnius University-Santaros",
    ]


def test_fields_listed_after_for_stay_in_the_name() -> None:
    f = extract(
        "The Riga Centre for Neurology, Psychiatry and Rehabilitation of Latvia signed a "
        "memorandum with Kaunas Clinics."
    )
    assert [i.name for i in f.institutions] == [
        "Riga Centre for Neurology, Psychiatry and Rehabilitation of Latvia",
        "Kaunas Clinics",
    ]


# --- who signed, who holds which post ----------------------------------------------------------


def test_the_people_before_the_verb_sign_an_agreement_between_two_institutions() -> None:
    f = extract(
        "The Minister of Health of Lithuania Arunas Dulkys met Hanna Pikkur, Minister of "
        "Social Affairs of Estonia. On May 28 Arunas Dulkys and Hanna Pikkur signed a roadmap "
        "between the Ministry of Health of Lithuania and the Ministry of Social Affairs of "
        "Estonia."
    )
    people = {p.id: p.name for p in f.people}
    assert [sorted(people[s] for s in a.signatories) for a in f.agreements] == [
        ["Arunas Dulkys", "Hanna Pikkur"]
    ]


def test_a_name_before_and_a_title_of_the_next_person_is_not_part_of_an_institution() -> None:
    f = extract(
        "The roadmap was signed by Minister of Health of Latvia Hosams Abu Meri and Rector "
        "of Vilnius University Rimvydas Petrauskas."
    )
    assert positions(f) == {
        "Hosams Abu Meri": [("Minister of Health", "Ministry of Health of Latvia")],
        "Rimvydas Petrauskas": [("Rector", "Vilnius University")],
    }


def test_a_unit_named_with_its_parent_is_a_post_at_the_parent() -> None:
    f = extract(
        "Tartu University Hospital hosted the talks. Dr Mari Kask, Director of the Cancer "
        "Institute at Tartu University Hospital, said the first patients would come in May."
    )
    assert [i.name for i in f.institutions] == ["Tartu University Hospital"]
    assert positions(f) == {
        "Mari Kask": [("Director of the Cancer Institute", "Tartu University Hospital")]
    }


def test_an_institution_represented_by_a_title_holder_owns_the_title() -> None:
    f = extract(
        "Kaunas Medical Academy was represented by Chairman of the Board Rimas Jankauskas, and "
        "Tartu University Hospital by its director, Anna Tamm."
    )
    assert positions(f) == {
        "Rimas Jankauskas": [("Chairman of the Board", "Kaunas Medical Academy")],
        "Anna Tamm": [("director", "Tartu University Hospital")],
    }


def test_members_listed_after_included_take_the_delegations_institution() -> None:
    f = extract(
        "A delegation of Kaunas Clinics visited Tartu University Hospital on June 18. The "
        "delegation included the general director of Kaunas Clinics, Jonas Petraitis; the "
        "deputy director for research, Ona Kazlauskiene; and the head of the cardiology "
        "department, Rimas Vaitkus."
    )
    assert positions(f) == {
        "Jonas Petraitis": [("general director", "Kaunas Clinics")],
        "Ona Kazlauskiene": [("deputy director for research", "Kaunas Clinics")],
        "Rimas Vaitkus": [("head of the cardiology department", "Kaunas Clinics")],
    }


def test_who_heads_gives_a_post() -> None:
    f = extract(
        "Tartu University Hospital hosted the guests. They were received by Tiina Tamm, who "
        "heads the hospital's oncology clinic."
    )
    assert positions(f) == {
        "Tiina Tamm": [("head of the oncology clinic", "Tartu University Hospital")]
    }
    f = extract("The guests were met by Priit Eelmae, who chairs Tartu University Hospital.")
    assert positions(f) == {"Priit Eelmae": [("chair", "Tartu University Hospital")]}
    f = extract(
        "Kaunas Clinics signed a memorandum with Astana City Clinic. Aigerim Nurlanova said "
        "the first patients would arrive in May. Nurlanova, who heads the clinic's cardiology "
        "department, added that the work would continue."
    )
    assert positions(f) == {
        "Aigerim Nurlanova": [("head of the cardiology department", "Astana City Clinic")]
    }


# --- names of institutions ----------------------------------------------------------------------


def test_a_medical_school_is_an_institution_and_a_summer_school_is_not() -> None:
    f = extract(
        "A memorandum on training was signed between the Riga Transplant Centre and Lubeck "
        "Medical School. The partners will hold a joint summer school in July."
    )
    assert [i.name for i in f.institutions] == ["Riga Transplant Centre", "Lubeck Medical School"]
    assert len(f.agreements) == 1


def test_a_clinic_named_with_an_ordinal_and_its_university_is_one_name() -> None:
    f = extract(
        "Riga Stradins University (RSU) hosted the guests. Surgeons from Kaunas held a master "
        "class at the Second University Clinic of RSU."
    )
    assert [i.name for i in f.institutions] == [
        "Riga Stradins University",
        "Second University Clinic of RSU",
    ]


def test_a_city_written_again_in_the_acronyms_bracket_belongs_to_the_name() -> None:
    f = extract(
        "The delegation included the director of the Postgraduate Institute of Medical "
        "Sciences, New Delhi (PGIMS New Delhi) Professor Anil Kumar. A memorandum was signed "
        "between the Kathmandu Medical College and PGIMS New Delhi."
    )
    names = {i.id: i.name for i in f.institutions}
    assert [sorted(names[p] for p in a.parties) for a in f.agreements] == [
        ["Kathmandu Medical College", "Postgraduate Institute of Medical Sciences, New Delhi"]
    ]


def test_a_ministry_whose_long_name_lists_the_field_of_a_ministers_title() -> None:
    f = extract(
        "The talks were supported by the Ministry of Labour, Health and Social Affairs of "
        "Moldova. The Deputy Minister of Health of Moldova Ion Prisacari opened them."
    )
    assert positions(f) == {
        "Ion Prisacari": [
            (
                "Deputy Minister of Health",
                "Ministry of Labour, Health and Social Affairs of Moldova",
            )
        ]
    }


# --- names of people at the end of a title ----------------------------------------------------


def test_a_hyphenated_title_and_a_second_name_with_an_initial() -> None:
    f = extract(
        "It included the executive vice-chairperson of Medika Hospitals Enterprise Ilona "
        "Berga. It was signed by the rector of the academy Janis Vilks and P. Ozolins."
    )
    assert [p.name for p in f.people] == ["Ilona Berga", "Janis Vilks", "P. Ozolins"]
    assert positions(f)["Ilona Berga"] == [
        ("executive vice-chairperson", "Medika Hospitals Enterprise")
    ]


def test_plural_field_words_end_a_units_name_not_a_persons() -> None:
    f = extract(
        "The guests included Professor Anna Berg, head of the Riga Center for Advanced "
        "Therapies at Pauls Stradins Clinical University Hospital."
    )
    assert positions(f) == {
        "Anna Berg": [
            (
                "head of the Riga Center for Advanced Therapies",
                "Pauls Stradins Clinical University Hospital",
            )
        ]
    }


def test_a_state_concern_named_after_its_demonym_is_a_company_of_that_country() -> None:
    f = extract(
        "The Latvian state concern Latfarma signed a contract with the Estonian company "
        "Medfarm Baltic on the supply of vaccines."
    )
    assert [(i.name, i.country, i.kind) for i in f.institutions] == [
        ("Latfarma", "LV", "company"),
        ("Medfarm Baltic", "EE", "company"),
    ]
    assert len(f.agreements) == 1


# --- events and relative clauses ---------------------------------------------------------------


def test_a_name_with_its_year_before_a_lower_case_event_noun_is_an_event() -> None:
    text = (
        "Latvian clinics bring home contracts from MedTech Nordic 2024\n"
        "Riga, 2 March 2024\n\n"
        "A delegation of the Ministry of Health of Latvia took part in the MedTech Nordic 2024 "
        "exhibition, held in Stockholm from February 20 to February 23, 2024.\n\n"
        "During the exhibition, Riga East University Hospital signed a contract with the "
        "company Scandimed Systems for the supply of scanners.\n\n"
        "In total, the delegation signed four documents in Stockholm.\n"
    )
    f = extract(text)
    assert [e.name for e in f.events] == ["MedTech Nordic 2024"]
    assert [a.event for a in f.agreements] == [f.events[0].id]
    assert [(c.count, c.event) for c in f.agreement_counts] == [(4, f.events[0].id)]


def test_who_also_serves_as_gives_a_post() -> None:
    f = extract(
        "The memorandum was signed by Dr. Omar Haddad, who also serves as Director General of "
        "the Jordan Health Services Agency."
    )
    assert positions(f) == {"Omar Haddad": [("Director General", "Jordan Health Services Agency")]}
    f = extract(
        "Kaunas Clinics hosted the talks. The guests met Jonas Petraitis, who is the general "
        "director of Kaunas Clinics."
    )
    assert positions(f) == {"Jonas Petraitis": [("general director", "Kaunas Clinics")]}


def test_health_services_name_an_agency_but_not_the_field_of_a_minister() -> None:
    f = extract(
        "The Ministry of Health of Jordan and Gulf Health Services signed a memorandum. The "
        "Minister for Rural Health Services Ali Nasser attended."
    )
    assert [(i.name, i.kind) for i in f.institutions] == [
        ("Ministry of Health of Jordan", "ministry"),
        ("Gulf Health Services", "agency"),
    ]


def test_a_name_with_the_country_it_is_of_has_the_name_without_it_as_alias() -> None:
    f = extract("Kaunas Clinics and Ege University of Turkey agreed to work out a roadmap.")
    assert [(i.name, i.aliases, i.country) for i in f.institutions] == [
        ("Kaunas Clinics", [], None),
        ("Ege University of Turkey", ["Ege University"], "TR"),
    ]


def test_an_ordinal_opens_a_hospitals_name() -> None:
    f = extract(
        "The delegation visited the 3rd City Clinical Hospital of Vilnius, where it was "
        "received by chief physician Anna Lutsevich."
    )
    assert positions(f) == {
        "Anna Lutsevich": [("chief physician", "3rd City Clinical Hospital of Vilnius")]
    }


def test_the_centre_refers_to_a_center_spelled_the_other_way() -> None:
    f = extract(
        "The Vilnius Oncology Center and Riga Stradins University signed a memorandum. The "
        "memorandum was signed by the centre's director, Jonas Kairys, and the rector of the "
        "university, Aigars Petersons."
    )
    assert positions(f)["Jonas Kairys"] == [("director", "Vilnius Oncology Center")]


def test_a_lower_case_title_with_for_and_its_field_before_the_name() -> None:
    f = extract(
        "The guests were received by Tartu University rector Toomas Asser and vice-rector for "
        "international affairs Mari Kask."
    )
    assert [p.name for p in f.people] == ["Toomas Asser", "Mari Kask"]


def test_its_refers_to_the_head_noun_named_before_in_the_sentence() -> None:
    f = extract(
        "The delegation visited Pauls Stradins Clinical University Hospital on May 4. At the "
        "hospital they were met by its chief physician, Anna Berzina, who spoke about surgery."
    )
    assert positions(f) == {
        "Anna Berzina": [("chief physician", "Pauls Stradins Clinical University Hospital")]
    }


def test_an_acronym_leaves_out_the_country_the_name_ends_with() -> None:
    f = extract(
        "The National Oncology Center of the Republic of Latvia and Vilnius University signed "
        "a memorandum. On behalf of the NOC, it was signed by its Chairman of the Board, Ilze "
        "Ozola."
    )
    assert positions(f) == {
        "Ilze Ozola": [
            ("Chairman of the Board", "National Oncology Center of the Republic of Latvia")
        ]
    }


def test_on_inside_a_name_before_the_holder_but_not_before_a_weekday() -> None:
    f = extract(
        "The chairman of the board of the State Fund on Compulsory Health Insurance Arturs "
        "Liepa spoke at the session."
    )
    assert positions(f) == {
        "Arturs Liepa": [("chairman of the board", "State Fund on Compulsory Health Insurance")]
    }
    f = extract(
        "Latvia's Minister of Health Hosams Abu Meri and Estonian Minister of Social Affairs "
        "Karmen Joller on Monday approved a plan of cooperation for 2025-2027."
    )
    assert [p.name for p in f.people] == ["Hosams Abu Meri", "Karmen Joller"]


def test_the_sides_sign_a_second_document_a_few_sentences_after_the_first() -> None:
    f = extract(
        "Riga Stradins University and Vilnius University signed an agreement on 3 May 2024. "
        "The agreement was signed during a visit of the Lithuanian rector. The rector met "
        "students. Under the agreement, the universities will exchange lecturers. The sides "
        "also signed a plan of academic exchange for 2024-2026."
    )
    names = {i.id: i.name for i in f.institutions}
    assert [(a.kind, sorted(names[p] for p in a.parties)) for a in f.agreements] == [
        ("agreement", ["Riga Stradins University", "Vilnius University"]),
        ("plan", ["Riga Stradins University", "Vilnius University"]),
    ]


def test_the_following_day_is_the_day_after_the_date_before() -> None:
    text = (
        "Oncologists visit Tartu\nTartu, 9 March 2025\n\n"
        "On March 3, the Riga Cancer Institute and Tartu University Hospital signed a "
        "memorandum. The following day the Riga Cancer Institute also concluded an agreement "
        "with the Estonian company Medvision on the supply of scanners.\n"
    )
    assert [d for _, _, d in agreements(text)] == ["2025-03-03", "2025-03-04"]


def test_who_heads_a_generic_institution_is_its_head() -> None:
    f = extract(
        "The Riga Cancer Institute signed a memorandum with Vilnius University. Ilze Ozola "
        "said the work would start in May. Ozola, who heads the institute, thanked the hosts."
    )
    assert positions(f) == {"Ilze Ozola": [("head", "Riga Cancer Institute")]}


def test_members_after_included_separated_by_commas() -> None:
    f = extract(
        "A delegation of Kaunas Clinics visited Riga. The delegation included the general "
        "director of Kaunas Clinics, Jonas Petraitis, and the head of the department of "
        "cardiology, Professor Rimas Vaitkus."
    )
    assert positions(f)["Rimas Vaitkus"] == [
        ("head of the department of cardiology", "Kaunas Clinics")
    ]


def test_a_hospital_title_with_no_institution_is_at_the_hospital_just_named() -> None:
    f = extract(
        "On May 4 the guests visited the Riga East Clinical University Hospital. They were "
        "welcomed by the chief physician, Dr. Anna Berzina, who showed them the new wing."
    )
    assert positions(f) == {
        "Anna Berzina": [("chief physician", "Riga East Clinical University Hospital")]
    }


def test_a_faculty_called_by_its_universitys_own_word_is_a_unit_of_it() -> None:
    f = extract(
        "The delegation was received by the rector of Vilnius University-Santaros, Professor "
        "Rimas Jankauskas, and by the dean of the Santaros Faculty of Medicine, Professor Ona "
        "Petraitiene."
    )
    assert [i.name for i in f.institutions] == ["Vilnius University-Santaros"]
    assert positions(f)["Ona Petraitiene"] == [
        ("dean of the Santaros Faculty of Medicine", "Vilnius University-Santaros")
    ]


def test_an_office_in_a_country_is_no_unit_of_that_countrys_ministry() -> None:
    f = extract(
        "The Ministry of Health of Latvia hosted the meeting. It was opened by the Head of the "
        "WHO Country Office in Latvia, Dr. Anna Berg."
    )
    assert positions(f) == {"Anna Berg": [("Head", "WHO Country Office in Latvia")]}


def test_an_academic_rank_before_the_name_keeps_the_apposed_title() -> None:
    f = extract(
        "The guests then visited Kaunas Clinical Hospital. They were received by the chief "
        "physician, Associate Professor Rimas Vaitkus, who showed them the emergency unit."
    )
    assert positions(f) == {"Rimas Vaitkus": [("chief physician", "Kaunas Clinical Hospital")]}
    f = extract(
        "The guests then visited Vilnius University. They were received by the chief "
        "physician, Professor Rimas Vaitkus, who showed them the campus."
    )
    assert positions(f) == {"Rimas Vaitkus": []}


def test_following_the_talks_is_the_day_of_the_talks_told_before() -> None:
    text = (
        "Riga and Tartu universities sign memorandum\nRiga, 30 May 2024\n\n"
        "On May 27 the Estonian guests were received by the rector of Riga Stradins "
        "University. The rector spoke about research in oncology.\n\n"
        "Following the talks, Riga Stradins University and the University of Tartu signed a "
        "memorandum on joint training.\n"
    )
    assert [d for _, _, d in agreements(text)] == ["2024-05-27"]


def test_the_talks_of_a_visit_of_several_days_or_of_the_dateline_give_no_date() -> None:
    text = (
        "Riga and Tartu universities sign memorandum\nRiga, 30 May 2024\n\n"
        "A delegation of the University of Tartu paid a two-day visit to Riga on May 27-28.\n\n"
        "At the end of the talks, Riga Stradins University and the University of Tartu signed "
        "a memorandum on joint training.\n"
    )
    assert [d for _, _, d in agreements(text)] == [None]
    text = (
        "Riga and Tartu universities sign memorandum\nRiga, 30 May 2024\n\n"
        "Following the talks, Riga Stradins University and the University of Tartu signed a "
        "memorandum on joint training.\n"
    )
    assert [d for _, _, d in agreements(text)] == [None]
