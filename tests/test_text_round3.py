"""Text reader, round 3: name boundaries, quoted names, sources, sides and list items.

Every text here is written for its test; each checks one rule with the exact facts expected.
"""

from __future__ import annotations

from medcoop.facts import Facts
from medcoop.loaders.text import extract

from .test_text_extract import names, parties


def countries(facts: Facts) -> dict[str, str | None]:
    return {i.name: i.country for i in facts.institutions}


def positions(facts: Facts) -> dict[str, list[tuple[str | None, str | None]]]:
    by_id = {i.id: i.name for i in facts.institutions}
    return {
        p.name: [(x.title, by_id.get(x.institution or "")) for x in p.positions]
        for p in facts.people
    }


def test_a_country_in_the_possessive_after_and_opens_the_next_name() -> None:
    f = extract(
        "The Lviv Regional Oncology Centre and Hungary's Semmelweis University signed a "
        "memorandum on joint training."
    )
    assert parties(f) == [{"Lviv Regional Oncology Centre", "Semmelweis University"}]
    assert countries(f)["Semmelweis University"] == "HU"


def test_and_between_two_heads_with_no_name_of_its_own_stays_one_name() -> None:
    f = extract(
        "The Almaty Heart Institute and Research Centre (AHIRC) and the Riga Stradins "
        "University signed an agreement on cardiac surgery."
    )
    assert parties(f) == [
        {"Almaty Heart Institute and Research Centre", "Riga Stradins University"}
    ]


def test_a_name_may_open_with_a_quoted_person_name() -> None:
    f = extract(
        "The «Ion Creanga» University of Medicine of Balti and Vilnius University signed a "
        "memorandum of cooperation."
    )
    assert parties(f) == [{"«Ion Creanga» University of Medicine of Balti", "Vilnius University"}]
    assert f.people == []


def test_a_possessive_inside_a_hospital_name_is_no_person() -> None:
    f = extract(
        "The Second People's Hospital of Urumqi and the Almaty City Polyclinic No. 4 signed "
        "a memorandum."
    )
    assert f.people == []
    assert parties(f) == [{"Second People's Hospital of Urumqi", "Almaty City Polyclinic No. 4"}]


def test_the_source_of_a_report_takes_no_part_in_it() -> None:
    f = extract(
        "The Kazan Children's Hospital and the Samarkand Regional Perinatal Centre signed a "
        "memorandum on 4 May, the Ministry of Health of Tatarstan said."
    )
    assert names(f) == ["Kazan Children's Hospital", "Samarkand Regional Perinatal Centre"]


def test_a_side_with_no_institution_of_its_country_is_the_one_with_none() -> None:
    f = extract(
        "The Naryn Regional Hospital and the Urumqi Second Hospital (China) signed a memorandum. "
        "It was signed on the Kyrgyz side by hospital director Bakyt Osmonov and on the Chinese "
        "side by vice president Dr. Li Wei."
    )
    assert positions(f) == {
        "Bakyt Osmonov": [("director", "Naryn Regional Hospital")],
        "Li Wei": [("vice president", "Urumqi Second Hospital")],
    }


def test_list_items_under_a_signing_intro_are_agreements_of_its_kind() -> None:
    f = extract(
        "Yerevan, 3 May 2024\n"
        "On the sidelines of the fair, the following contracts were signed:\n"
        "– between the Ministry of Health of Armenia and the Swiss company «Alpen Medtech AG» "
        "for the supply of scanners;\n"
        "– between the Yerevan Heart Centre and «Pharmatek» JSC (Belarus) for insulin.\n"
    )
    assert parties(f) == [
        {"Ministry of Health of Armenia", "Alpen Medtech AG"},
        {"Yerevan Heart Centre", "«Pharmatek» JSC"},
    ]
    assert [a.kind for a in f.agreements] == ["contract", "contract"]
    assert countries(f)["Alpen Medtech AG"] == "CH"
    assert countries(f)["«Pharmatek» JSC"] == "BY"
    assert [i.aliases for i in f.institutions if i.name == "«Pharmatek» JSC"] == [["Pharmatek"]]


def test_a_quoted_company_keeps_its_legal_form_and_a_lone_letter_is_no_name() -> None:
    f = extract(
        "The Baku Medical Centre signed a contract with the Turkish company "
        "«Medsim Egitim A.Ş.» on simulation training."
    )
    assert parties(f) == [{"Baku Medical Centre", "Medsim Egitim A.Ş."}]
    assert f.people == []


def test_an_edition_year_after_the_head_noun_belongs_to_the_event_name() -> None:
    f = extract(
        "The Tbilisi Heart Centre and the Minsk Cardiology Centre signed a memorandum at the "
        "Caucasus Cardiology Summit 2025, held in Tbilisi from 3 to 4 June 2025."
    )
    assert [e.name for e in f.events] == ["Caucasus Cardiology Summit 2025"]


def test_a_round_table_with_a_quoted_title_is_a_named_event() -> None:
    f = extract(
        "At the Grodno State Medical University, the round table «Nursing Education: Shared "
        "Experience» took place on 5 March 2024 with the Fergana Medical Institute."
    )
    assert [e.name for e in f.events] == ["round table «Nursing Education: Shared Experience»"]


def test_a_numbered_meeting_of_a_body_on_a_subject_is_one_event_and_no_institution() -> None:
    f = extract(
        "Kabul, 2 May 2024 – The Ministry of Health of Afghanistan and the Ministry of Health of "
        "Uzbekistan signed a plan at the 4th meeting of the Afghanistan–Uzbekistan Joint "
        "Working Group on Health."
    )
    assert [e.name for e in f.events] == [
        "4th meeting of the Afghanistan–Uzbekistan Joint Working Group on Health"
    ]
    assert names(f) == ["Ministry of Health of Afghanistan", "Ministry of Health of Uzbekistan"]


def test_a_title_that_names_its_institution_by_a_short_form_is_split_from_it() -> None:
    f = extract(
        "The Republican Scientific Centre of Oncology of Belarus and the Republican Specialized "
        "Oncology Centre of Uzbekistan signed a memorandum. Ivan Petrovich, Director of the "
        "Belarusian centre, and Karim Aliev, Director of the Uzbek centre, thanked the "
        "partners."
    )
    assert positions(f) == {
        "Ivan Petrovich": [("Director", "Republican Scientific Centre of Oncology of Belarus")],
        "Karim Aliev": [("Director", "Republican Specialized Oncology Centre of Uzbekistan")],
    }


def test_a_title_with_a_quoted_short_name_links_to_the_institution_of_that_name() -> None:
    f = extract(
        "The Children's Clinical Hospital «ZDOROVIE» and the Vilnius Santaros Clinics signed an "
        "agreement. General Director of ZDOROVIE Olena Marchenko thanked the partners."
    )
    assert positions(f)["Olena Marchenko"] == [
        ("General Director", "Children's Clinical Hospital «ZDOROVIE»")
    ]


def test_a_bare_title_repeated_at_the_same_institution_is_one_position() -> None:
    f = extract(
        "The Ministry of Health of Georgia and the Riga East University Hospital signed a "
        "memorandum in the presence of the Minister of Health of Georgia, Nino Beridze. "
        "Minister Nino Beridze said the Ministry of Health of Georgia would fund the exchanges."
    )
    assert positions(f)["Nino Beridze"] == [("Minister of Health", "Ministry of Health of Georgia")]


def test_a_tripartite_memorandum_with_two_partners_is_one_agreement_of_three() -> None:
    f = extract(
        "The Kaunas Clinics said on Monday it has signed a tripartite memorandum with the "
        "Baltic Health Foundation and the Ministry of Health of Georgia on child cardiology."
    )
    assert parties(f) == [
        {"Kaunas Clinics", "Baltic Health Foundation", "Ministry of Health of Georgia"}
    ]


def test_memorandums_in_the_plural_with_a_list_are_one_per_partner() -> None:
    f = extract(
        "The Bishkek Heart Centre signed memorandums with the Almaty Cardiology Centre and the "
        "Tashkent Heart Institute."
    )
    assert parties(f) == [
        {"Bishkek Heart Centre", "Almaty Cardiology Centre"},
        {"Bishkek Heart Centre", "Tashkent Heart Institute"},
    ]


def test_a_title_word_inside_an_institution_name_starts_no_title() -> None:
    f = extract(
        "The Incheon General Hospital and the Ferghana Regional Hospital signed a memorandum. "
        "It was signed by Incheon General Hospital President Park Min-soo."
    )
    assert positions(f) == {"Park Min-soo": [("President", "Incheon General Hospital")]}


def test_a_ministers_title_owned_by_a_country_is_a_post_at_its_ministry() -> None:
    f = extract(
        "The Busan Heart Hospital and the Ministry of Health of the Kyrgyz Republic signed a "
        "memorandum. It was signed by Aibek Toktogulov, Kyrgyzstan's deputy minister of health, "
        "and by the hospital's director."
    )
    assert positions(f) == {
        "Aibek Toktogulov": [
            ("deputy minister of health", "Ministry of Health of the Kyrgyz Republic")
        ]
    }


def test_an_order_and_a_plural_possessive_inside_a_university_name() -> None:
    f = extract(
        "The Gomel State Order of Peoples' Friendship Medical University and the Bukhara "
        "Regional Hospital signed an agreement on internships."
    )
    assert parties(f) == [
        {"Gomel State Order of Peoples' Friendship Medical University", "Bukhara Regional Hospital"}
    ]


def test_fields_listed_before_a_head_noun_are_one_name() -> None:
    f = extract(
        "The delegation visited the Imam Reza Cardiovascular, Surgical and Research Center and "
        "signed a memorandum with the Dushanbe City Hospital."
    )
    assert "Imam Reza Cardiovascular, Surgical and Research Center" in names(f)


def test_a_demonym_before_a_city_is_no_part_of_the_name() -> None:
    f = extract(
        "The Iranian Tabriz Children's Hospital and the Baku Medical Centre signed a memorandum."
    )
    assert names(f) == ["Tabriz Children's Hospital", "Baku Medical Centre"]
    assert countries(f)["Tabriz Children's Hospital"] == "IR"


def test_a_word_after_for_is_no_person_and_the_delegation_leader_is_of_the_sender() -> None:
    f = extract(
        "A delegation of the Japanese Kobe University led by Prof. Ken Sato, Dean of the School "
        "of Medicine, visited the Hue Central Hospital and the Center for Infectious Diseases."
    )
    assert [p.name for p in f.people] == ["Ken Sato"]
    assert positions(f)["Ken Sato"] == [("Dean of the School of Medicine", "Kobe University")]


def test_given_names_written_last_and_second_surnames_refer_to_the_same_person() -> None:
    f = extract(
        "The Hue Central Hospital and the Mexico City Heart Institute signed an agreement. It "
        "was signed by Dr. Tran Thi Mai Anh, Director of the Hue Central Hospital, and by "
        "Dr. Carlos Herrera Ruiz. Dr. Mai Anh thanked the guests, and Dr. Herrera said the "
        "exchange would start in May."
    )
    assert [(p.name, p.aliases) for p in f.people] == [
        ("Tran Thi Mai Anh", ["Mai Anh"]),
        ("Carlos Herrera Ruiz", ["Herrera"]),
    ]


def test_catalan_particles_and_a_first_name_that_is_also_a_place() -> None:
    f = extract(
        "The Valencia Heart Hospital signed an agreement with the Lima Cardiology Institute. It "
        "was signed by Dr. Montserrat Vidal i Soler, Medical Director of the Valencia Heart "
        "Hospital."
    )
    assert positions(f) == {
        "Montserrat Vidal i Soler": [("Medical Director", "Valencia Heart Hospital")]
    }


def test_two_documents_joined_by_and_a_are_two_agreements() -> None:
    f = extract(
        "The Minsk Heart Centre and the Kazan Cardiology Centre have signed an agreement on "
        "clinical cooperation and a roadmap for joint trials."
    )
    assert [
        (a.kind, parties(Facts(institutions=f.institutions, agreements=[a]))[0])
        for a in f.agreements
    ] == [
        ("agreement", {"Minsk Heart Centre", "Kazan Cardiology Centre"}),
        ("roadmap", {"Minsk Heart Centre", "Kazan Cardiology Centre"}),
    ]


def test_a_while_clause_reports_a_signing_of_its_own() -> None:
    f = extract(
        "The Grodno Medical University and the Fergana Medical Institute signed a memorandum, "
        "while the Brest Regional Hospital and the Andijan Regional Hospital signed an "
        "agreement on internships."
    )
    assert parties(f) == [
        {"Grodno Medical University", "Fergana Medical Institute"},
        {"Brest Regional Hospital", "Andijan Regional Hospital"},
    ]
    assert [a.kind for a in f.agreements] == ["memorandum", "agreement"]


def test_a_faculty_named_with_its_university_after_a_comma_is_one_institution() -> None:
    f = extract(
        "The Penang General Hospital and the Faculty of Medicine Ramathibodi Hospital, Mahidol "
        "University, have signed a memorandum of understanding."
    )
    assert parties(f) == [
        {"Penang General Hospital", "Faculty of Medicine Ramathibodi Hospital, Mahidol University"}
    ]


def test_an_acronym_with_a_digit_inside_owns_the_title_after_it() -> None:
    f = extract(
        "The University of Kigali (UK) and the Rabat Health University (RH2U) signed a "
        "memorandum. It was signed by RH2U President Prof. Amina Tazi."
    )
    assert positions(f) == {"Amina Tazi": [("President", "Rabat Health University")]}


def test_an_ambassador_serves_no_hospital_named_in_the_same_sentence() -> None:
    f = extract(
        "The Kathmandu Teaching Hospital and the Delhi Heart Institute signed an agreement in "
        "the presence of Nepal's Ambassador to India Dinesh Raj Koirala."
    )
    assert positions(f) == {"Dinesh Raj Koirala": [("Ambassador to India", None)]}


def test_a_title_ending_in_a_short_form_before_the_name() -> None:
    f = extract(
        "The N.N. Petrov National Medical Research Centre of Oncology and the Havana Oncology "
        "Institute (HOI) signed a roadmap. It was signed by Director of the Petrov centre "
        "Ivan Sokolov and HOI Director Dr. Ana Diaz."
    )
    assert positions(f) == {
        "Ivan Sokolov": [("Director", "N.N. Petrov National Medical Research Centre of Oncology")],
        "Ana Diaz": [("Director", "Havana Oncology Institute")],
    }


def test_a_title_naming_the_quoted_part_of_a_longer_name() -> None:
    f = extract(
        "The guests visited the State Institution «Republican Medical Centre «Sihat»» and signed "
        "a memorandum with the Kazan Federal University. Director of «Sihat» Rahimov A.B. "
        "showed the guests the new building."
    )
    assert positions(f)["Rahimov A.B."] == [
        ("Director", "State Institution «Republican Medical Centre «Sihat»»")
    ]


def test_an_apposition_with_a_demonym_gives_the_country() -> None:
    f = extract(
        "The Gangnam Heart Hospital, a Korean cardiac specialty hospital in Incheon, signed a "
        "memorandum with the Ministry of Health of Mongolia."
    )
    assert countries(f)["Gangnam Heart Hospital"] == "KR"


def test_references_by_country_and_head_noun_in_order_give_the_countries() -> None:
    f = extract(
        "Within the Days, the Republican Centre of Neurology signed a memorandum with the "
        "Republican Centre of Neurosurgery. The document, signed by the director of the "
        "Belarusian centre Ivanov P.S. and the director of the Uzbek centre Karimov A.T., "
        "provides for joint operations."
    )
    assert countries(f) == {
        "Republican Centre of Neurology": "BY",
        "Republican Centre of Neurosurgery": "UZ",
    }
    assert positions(f) == {
        "Ivanov P.S.": [("director", "Republican Centre of Neurology")],
        "Karimov A.T.": [("director", "Republican Centre of Neurosurgery")],
    }


def test_an_institution_whose_staff_operate_there_takes_part() -> None:
    f = extract(
        "Surgeons of the Minsk Children's Hospital performed two operations at the Republican "
        "Perinatal Centre of Uzbekistan."
    )
    assert names(f) == ["Minsk Children's Hospital", "Republican Perinatal Centre of Uzbekistan"]


def test_centre_and_center_spell_one_institution() -> None:
    f = extract(
        "The Tashkent University and the Republican Scientific Center of Surgery signed a plan. "
        '"Our Republican Scientific Centre of Surgery performs 900 operations a year," its '
        "director said."
    )
    assert names(f) == ["Tashkent University", "Republican Scientific Center of Surgery"]


def test_a_city_and_country_after_of_are_the_address_not_the_name() -> None:
    f = extract(
        "The Lahore General Hospital and the Ataturk University Heart Institute of Erzurum, "
        "Türkiye, signed a separate MoU on joint research."
    )
    assert parties(f) == [{"Lahore General Hospital", "Ataturk University Heart Institute"}]
    assert countries(f)["Ataturk University Heart Institute"] == "TR"


def test_the_headline_gives_way_to_the_body_that_names_the_parties() -> None:
    f = extract(
        "Peru's National Heart Institute and Lisbon Heart Centre sign agreement\n"
        "Lima, 3 May 2024\n"
        "The Instituto Nacional Cardiovascular Carlos Peschiera (INCOR) and the Lisbon Heart "
        "Centre signed a collaboration agreement on 2 May 2024.\n"
    )
    assert parties(f) == [
        {"Instituto Nacional Cardiovascular Carlos Peschiera", "Lisbon Heart Centre"}
    ]
    assert names(f) == ["Lisbon Heart Centre", "Instituto Nacional Cardiovascular Carlos Peschiera"]


def test_malaysian_honorifics_are_no_part_of_a_title() -> None:
    f = extract(
        "The Penang Heart Centre and the Bangkok Heart Hospital signed a memorandum. Deputy "
        "Health Minister Datuk Seri Dr Aminah Yusof said the Ministry of Health Malaysia "
        "welcomed the signing."
    )
    assert positions(f) == {
        "Aminah Yusof": [("Deputy Health Minister", "Ministry of Health Malaysia")]
    }


def test_a_title_then_a_name_then_of_the_embassy() -> None:
    f = extract(
        "The Tbilisi Heart Centre and the University of Bologna signed a memorandum. Ambassador "
        "Nino Kapanadze of the Embassy of Georgia in Italy attended the ceremony."
    )
    assert positions(f)["Nino Kapanadze"] == [("Ambassador", "Embassy of Georgia in Italy")]


def test_a_consul_general_in_a_city_before_the_name() -> None:
    f = extract(
        "The Karachi Heart Hospital and the Izmir Heart Centre signed a memorandum. Consul "
        "General of Türkiye in Karachi Mehmet Aydin was also present."
    )
    assert positions(f) == {"Mehmet Aydin": [("Consul General of Türkiye in Karachi", None)]}


def test_a_witness_in_the_presence_of_whom_it_was_signed_is_no_signatory() -> None:
    f = extract(
        "The Tbilisi Heart Centre and the Vilnius University Hospital signed a memorandum. It was "
        "signed by Rector Zurab Beridze and Director Rimas Petraitis in the presence of the "
        "Ambassador of Lithuania to Georgia, Ona Kazlauskiene."
    )
    signers = {p.id: p.name for p in f.people}
    assert [sorted(signers[x] for x in a.signatories) for a in f.agreements] == [
        ["Rimas Petraitis", "Zurab Beridze"]
    ]


def test_the_side_a_signatory_signs_for_gives_his_institution_its_country() -> None:
    f = extract(
        "The National Oncology Centre (NOC) and the National Cancer Center of Korea (NCC) "
        "signed an agreement. On the Kazakh side it was signed by NOC Chairman Aigul "
        "Serikbayeva, on the Korean side by NCC President Dr. Park Min-ho."
    )
    assert countries(f) == {
        "National Oncology Centre": "KZ",
        "National Cancer Center of Korea": "KR",
    }


def test_the_next_name_of_a_list_is_no_place_of_the_one_before() -> None:
    f = extract(
        "A tripartite memorandum was signed between the Republican Centre of Cardiology, the "
        "Ankara City Hospital and the Turkish Cooperation Agency."
    )
    assert countries(f)["Republican Centre of Cardiology"] is None


def test_a_delegation_led_by_someone_with_initials_still_lists_its_members() -> None:
    f = extract(
        "The Uzbek delegation was headed by Deputy Minister A. Karimov and consisted of "
        "specialists of many clinics, among them the Republican Centre of Surgery, which signed "
        "a memorandum with the Bishkek Surgical Centre."
    )
    assert countries(f)["Republican Centre of Surgery"] == "UZ"


def test_a_faculty_after_its_university_name_is_the_university() -> None:
    f = extract(
        "The Riga Stradins University Faculty of Medicine and the Kyiv Heart Institute signed "
        "a memorandum."
    )
    assert parties(f) == [{"Riga Stradins University", "Kyiv Heart Institute"}]


def test_a_dateline_city_in_capitals_is_no_acronym() -> None:
    f = extract(
        "NAIROBI, Kenya, Jan 12 – The Kenyatta National Hospital (KNH) has signed a memorandum "
        "with the University of Nairobi on nurse training."
    )
    assert [(i.name, i.aliases) for i in f.institutions] == [
        ("Kenyatta National Hospital", ["Kenyatta National Hospital (KNH)", "KNH"]),
        ("University of Nairobi", []),
    ]


def test_words_between_an_owner_and_its_title_are_no_institution() -> None:
    f = extract(
        "The Kenyatta National Hospital and the Apollo Hospitals signed an agreement. It was "
        "signed by Apollo's Group Medical Director Dr. Anupam Sibal."
    )
    assert names(f) == ["Kenyatta National Hospital", "Apollo Hospitals"]


def test_a_dateline_city_with_its_agency_in_brackets_is_no_institution() -> None:
    f = extract(
        "ANKARA (AA) – The Ankara City Hospital and the Niamey National Hospital signed an "
        "agreement on Monday."
    )
    assert names(f) == ["Ankara City Hospital", "Niamey National Hospital"]
