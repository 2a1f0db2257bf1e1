"""Phrasings found in the tenth session's unseen reports (holdout67–68, scored first), then
generalised and probed with short texts of our own: disease-control agencies whose names run
"… for Disease Control and Prevention"; a native name in brackets that carries the acronym;
a short form's possessive before a department; a city named in the name of a hospital that
an immigrant community founded; a vice-minister's portfolio inside the one ministry named."""

from __future__ import annotations

import pytest

from medcoop.loaders.text import extract

from .test_text_round16b import party_names
from .test_text_round22a import institutions, positions

KDCA = "Korea Disease Control and Prevention Agency"


@pytest.mark.parametrize("name", [
    "Africa Centres for Disease Control and Prevention",
    "Africa Centre for Disease Control and Prevention",
    "West African Centers for Disease Control and Prevention",
])
def test_a_centre_for_disease_control_and_prevention_is_one_agency(name: str) -> None:
    facts = extract(f"Memo\n\nThe {name} signed a memorandum with the {KDCA} in Seoul.\n")
    assert party_names(facts) == [sorted([name, KDCA])]
    assert {i.name: i.kind for i in facts.institutions}[name] == "agency"


def test_an_acronym_after_the_native_name_in_brackets_names_the_institution() -> None:
    text = ("Maputo, 14 June 2025\n\nThe National Institute of Health (Instituto Nacional de "
            "Saúde, INS) signed an agreement with Osaka University. It was signed by "
            "Dr. Celso Mabunda, Director General of INS.\n")
    assert positions(text) == [
        ("Celso Mabunda", [("Director General", "Instituto Nacional de Saúde")])]


def test_a_short_forms_possessive_before_a_department_is_the_short_form() -> None:
    text = ("Makerere and KI sign agreement\n\nMakerere University signed an agreement "
            "with Karolinska Institutet (KI). Also present was Associate Professor Erik "
            "Hallberg of Karolinska's Department of Women's and Children's Health.\n")
    facts = extract(text)
    ki = next(i for i in facts.institutions if "KI" in i.aliases)
    assert ki.name == "Karolinska Institutet"
    assert not [i.name for i in facts.institutions if "Department" in i.name]


def test_two_institutions_a_description_places_both() -> None:
    text = ("Memo\n\nMakerere University and Mulago National Referral Hospital, two of "
            "Uganda's leading health institutions, signed an agreement with Osaka University.\n")
    countries = {i.name: i.country for i in extract(text).institutions}
    assert countries["Makerere University"] == "UG"
    assert countries["Mulago National Referral Hospital"] == "UG"


def test_a_city_between_hospital_and_partner_is_no_institution() -> None:
    text = ("Memo\n\n4. Memorandum of cooperation between the Central Clinical Hospital in "
            "Baku and Cleveland Clinic Abu Dhabi on second-opinion consultations.\n")
    assert institutions(text) == ["Central Clinical Hospital", "Cleveland Clinic Abu Dhabi"]


def test_a_centre_of_excellence_in_a_field_keeps_its_whole_name() -> None:
    name = 'Chișinău Centre of Excellence in Medicine and Pharmacy "Raisa Pacalo"'
    text = (f"Memo\n\nThe delegation visited the {name}, the largest nursing college in the "
            "country, where HMC and the college signed a memorandum.\n")
    assert institutions(text) == [name]


def test_a_romance_of_ends_the_first_segment_of_a_name() -> None:
    text = ("Buenos Aires, 22 May 2025\n\nThe Instituto Universitario del Hospital Italiano "
            "(IUHI) signed an agreement with the University of Barcelona.\n")
    kinds = {i.name: i.kind for i in extract(text).institutions}
    assert kinds["Instituto Universitario del Hospital Italiano"] == "university"


@pytest.mark.parametrize("name, code", [
    ("Hospital Italiano de Buenos Aires", "AR"),
    ("Hospital Español de Madrid", "ES"),
])
def test_a_city_at_a_names_end_places_it_before_an_adjective_in_it(name: str, code: str) -> None:
    text = f"Memo\n\nThe {name} signed an agreement with Osaka University.\n"
    assert {i.name: i.country for i in extract(text).institutions}[name] == code


def test_a_vice_ministers_portfolio_belongs_to_the_one_ministry_of_the_country() -> None:
    text = ("Puno, 3 April 2025\n\nThe meeting was convened by the Ministry of Health of Peru "
            "(MINSA) and the Ministry of Health and Sports of Bolivia. It was opened by Peru's "
            "Vice Minister of Public Health, Dr. Carmen Rosa Huamán Quispe, and Bolivia's Vice "
            "Minister of Health Promotion, Dr. Marcelo Choque Mamani.\n")
    assert positions(text) == [
        ("Carmen Rosa Huamán Quispe", [("Vice Minister of Public Health",
                                        "Ministry of Health of Peru")]),
        ("Marcelo Choque Mamani", [("Vice Minister of Health Promotion",
                                    "Ministry of Health and Sports of Bolivia")]),
    ]


def test_a_portfolio_of_another_field_keeps_a_ministry_of_its_own() -> None:
    text = ("Lima, 3 April 2025\n\nThe Ministry of Health of Peru hosted the talks. Peru's "
            "Minister of Education, Dr. Rosa Quispe, also attended.\n")
    assert positions(text) == [
        ("Rosa Quispe", [("Minister of Education", "Ministry of Education of Peru")])]


RSU = ("Riga, 8 May 2024\n\nRiga Stradins University (RSU) signed a memorandum with HUS Helsinki "
       "University Hospital. The documents were signed in the Great Hall of RSU in the presence "
       "of the Minister of Health of the Republic of Latvia, Dace Kalnina, and the Ambassador of "
       "Finland to Latvia, Juha Salminen.\n\nAmbassador Salminen said that the Embassy of Finland "
       "in Riga would help the partners. The Ministry of Health of the Republic of Latvia would "
       "support the exchange.\n")


def test_the_witnesses_of_a_signing_are_no_parties_of_it() -> None:
    assert party_names(extract(RSU)) == [
        ["HUS Helsinki University Hospital", "Riga Stradins University"]]


@pytest.mark.parametrize("when, date", [
    ("on Monday signed", "2025-07-07"),  # the dateline's Tuesday: the day before
    ("signed last Tuesday", "2025-07-08"),  # the dateline's own day
    ("on Monday, 30 June, signed", "2025-06-30"),  # a date given: that date
])
def test_a_weekday_dates_a_signing_by_the_dateline(when: str, date: str) -> None:
    text = (f"Kampala, 8 July 2025\n\nMakerere University and Karolinska Institutet {when} a "
            "collaboration agreement.\n")
    assert [a.date for a in extract(text).agreements] == [date]


def test_a_weekday_without_a_dateline_dates_nothing() -> None:
    text = ("Agreement\n\nMakerere University and Karolinska Institutet on Monday signed a "
            "collaboration agreement.\n")
    assert [a.date for a in extract(text).agreements] == [None]


def test_field_words_in_the_plural_end_no_title_as_a_name() -> None:
    text = ("Memo\n\nA delegation from Brazil's Oswaldo Cruz Foundation (Fiocruz), led by its "
            "Vice-President for Research and Biological Collections, Dr. Luciana Moraes "
            "Vasconcelos, visited the Indian Council of Medical Research (ICMR).\n")
    assert positions(text) == [
        ("Luciana Moraes Vasconcelos", [("Vice-President for Research and Biological "
                                         "Collections", "Oswaldo Cruz Foundation")])]


@pytest.mark.parametrize("second", ["AUH", "Aarhus University Hospital"])
def test_a_board_chair_and_a_hospital_director_named_before_their_names(second: str) -> None:
    text = ("Memo\n\nThe North Estonia Medical Centre (PERH) signed a contract with Aarhus "
            "University Hospital (AUH). The contract was signed by PERH Chairman of the "
            f"Management Board Kaido Tamm and {second} Hospital Director Mette Nielsen.\n")
    assert positions(text) == [
        ("Kaido Tamm", [("Chairman of the Management Board", "North Estonia Medical Centre")]),
        ("Mette Nielsen", [("Hospital Director", "Aarhus University Hospital")]),
    ]


def test_an_acronym_that_opens_a_name_stands_for_it_alone() -> None:
    text = ("Riga, 8 May 2024\n\nRiga Stradins University (RSU), Pauls Stradins Clinical "
            "University Hospital and HUS Helsinki University Hospital signed a memorandum. It "
            "was signed by the Chair of the Board of Pauls Stradins Clinical University "
            "Hospital, Liga Berzina, and the Chief Executive Officer of HUS, Mikko Lehtonen.\n\n"
            "Residents from Riga will train at the Heart and Lung Center of HUS.\n")
    assert positions(text) == [
        ("Liga Berzina", [("Chair of the Board", "Pauls Stradins Clinical University Hospital")]),
        ("Mikko Lehtonen", [("Chief Executive Officer", "HUS Helsinki University Hospital")]),
    ]


def test_sub_events_told_as_headed_paragraphs() -> None:
    text = ("Istanbul, 18 November 2024\n\nThe International Health Tourism Congress was held in "
            "Istanbul on 15-17 November.\n\nCaucasus and Central Asia Health Cooperation Session "
            "(15 November). Hospital directors discussed referrals.\n\nHealth Tourism B2B "
            "Meetings (16–17 November). More than 900 bilateral meetings took place.\n\n"
            "Medical Education Roundtable (16 November). The roundtable looked at faculty "
            "exchange.\n")
    assert sorted(e.name for e in extract(text).events) == [
        "Caucasus and Central Asia Health Cooperation Session",
        "Health Tourism B2B Meetings",
        "International Health Tourism Congress",
        "Medical Education Roundtable",
    ]


def test_a_childrens_hospital_is_not_the_university_hospital_of_the_same_name() -> None:
    text = ("Memo\n\nSeoul National University Hospital signed a memorandum with Astana Medical "
            "University. Seoul National University Children's Hospital signed a memorandum with "
            "City Children's Hospital No. 2 of Almaty.\n")
    assert party_names(extract(text)) == [
        ["Astana Medical University", "Seoul National University Hospital"],
        ["City Children's Hospital No. 2 of Almaty",
         "Seoul National University Children's Hospital"],
    ]


def test_a_city_a_description_follows_stays_in_the_name() -> None:
    text = ("Almaty, 25 May 2024\n\nA delegation of the Public Health Department of Almaty, "
            "Kazakhstan's largest city, led by its head Askar Zhumadilov, visited Korea.\n")
    assert positions(text) == [
        ("Askar Zhumadilov", [("head", "Public Health Department of Almaty")])]


def test_here_opens_no_name() -> None:
    text = ("Almaty, 25 May 2024\n\nOn 24 May the delegation visited Samsung Medical Center. "
            "Here City Clinical Hospital No. 7 of Almaty signed a contract with Samsung Medical "
            "Center.\n")
    assert party_names(extract(text)) == [
        ["City Clinical Hospital No. 7 of Almaty", "Samsung Medical Center"]]


def test_a_day_spent_at_a_hospital_is_taking_part() -> None:
    text = ("Seoul, 25 May 2024\n\nThe delegation from Almaty arrived in Seoul. The second day "
            "was spent at Seoul National University Hospital.\n")
    assert institutions(text) == ["Seoul National University Hospital"]


def test_a_branch_named_by_its_city_is_the_party() -> None:
    text = ("Memo\n\nThe N.N. Alexandrov National Cancer Centre of Belarus signed a memorandum "
            "with the Samarkand branch of the Republican Specialized Scientific-Practical "
            "Medical Center of Oncology and Radiology.\n")
    assert party_names(extract(text)) == [sorted([
        "N.N. Alexandrov National Cancer Centre of Belarus",
        "Samarkand branch of the Republican Specialized Scientific-Practical Medical Center of "
        "Oncology and Radiology"])]


def test_a_city_government_signs_for_its_city() -> None:
    text = ("Karaganda, 5 June 2024\n\nThe Health Department of Karaganda Region and Daegu "
            "Metropolitan City signed a roadmap.\n")
    assert party_names(extract(text)) == [
        ["Daegu Metropolitan City", "Health Department of Karaganda Region"]]


@pytest.mark.parametrize("tail, signed", [
    ("The document also foresees a separate memorandum between the Scientific Research "
     "Institute of Heart Surgery and Organ Transplantation and the Chinese hospital on joint "
     "research.", 1),
    ("The agreement foresees joint training of surgeons.", 1),
])
def test_a_document_foreseen_by_another_is_not_signed(tail: str, signed: int) -> None:
    text = ("Bishkek, 5 June 2024\n\nThe Ministry of Health of the Kyrgyz Republic signed an "
            "agreement with the First Affiliated Hospital of Zhejiang University. " + tail + "\n")
    assert len(extract(text).agreements) == signed


def test_a_board_chair_rector_named_after_the_acronym() -> None:
    text = ("Karaganda, 5 July 2024\n\nKaraganda Medical University (KMU) and Keimyung "
            "University signed a memorandum. It was signed by KMU Board Chairman-Rector "
            "Professor Daniyar Akhmetov and by Professor Park Jong-min, Vice President of "
            "Keimyung University.\n")
    assert positions(text) == [
        ("Daniyar Akhmetov", [("Board Chairman-Rector", "Karaganda Medical University")]),
        ("Park Jong-min", [("Vice President", "Keimyung University")]),
    ]


def test_a_delegation_of_six_members_is_no_title() -> None:
    text = ("Karachi, 5 July 2024\n\nProfessor Wang Li, leading a six-member Chinese delegation "
            "on a visit to Karachi, met the Vice Chancellor of Dow University of Health "
            "Sciences.\n")
    assert positions(text) == [("Wang Li", [])]


def test_an_akim_is_a_title() -> None:
    text = ("Karaganda, 5 July 2024\n\nKaraganda Medical University signed a memorandum with "
            "Keimyung University.\n\nDeputy akim of Karaganda Region Arman Bekbolatov thanked "
            "the guests.\n")
    assert [p.name for p in extract(text).people] == ["Arman Bekbolatov"]


def test_an_arabic_family_name_keeps_its_article() -> None:
    text = ("Tehran, 5 July 2024\n\nIran's Minister of Health, Dr. Hamid Rezaei-Far, received "
            "the Iraqi Minister of Health, Dr. Saleh Kadhim al-Jaberi, in Tehran.\n")
    assert [p.name for p in extract(text).people] == ["Hamid Rezaei-Far", "Saleh Kadhim al-Jaberi"]


def test_ye_and_e_are_one_letter_of_a_russian_given_name() -> None:
    text = ("Moscow, 5 July 2024\n\nThe memorandum was signed by RSC President Academician "
            "Yevgeny Lebedinsky and CSI President Dr. Pradeep Nair.\n\n\"We share experience,\" "
            "Lebedinsky E.V. said after the signing.\n")
    people = extract(text).people
    assert [(p.name, sorted(p.aliases)) for p in people] == [
        ("Yevgeny Lebedinsky", ["Lebedinsky E.V."]), ("Pradeep Nair", [])]


def test_an_event_name_of_seven_words_and_a_spaced_dash() -> None:
    text = ("Urumqi, 5 July 2024\n\nXinjiang Medical University concluded five documents at the "
            "China – Central Asia Medical Education and Health Cooperation Forum held in Urumqi "
            "on 12–13 June.\n")
    assert [e.name for e in extract(text).events] == [
        "China – Central Asia Medical Education and Health Cooperation Forum"]


def test_a_world_trade_centre_is_a_venue() -> None:
    text = ("Dubai, 5 July 2024\n\nSheba Medical Center signed a memorandum with Mohammed Bin "
            "Rashid University at the Dubai World Trade Centre.\n")
    assert "Dubai World Trade Centre" not in institutions(text)


@pytest.mark.parametrize("sentence, name", [
    ("Medical Korea 2024, the 14th Global Healthcare & Medical Tourism Conference, was held at "
     "COEX in Seoul from 20 to 22 March.", "Medical Korea 2024"),
    ("Africa Health ExCon 2023 brought together ministers of health from 40 countries.",
     "Africa Health ExCon 2023"),
])
def test_a_brand_and_its_year_then_a_verb_of_events_is_an_event(sentence: str, name: str) -> None:
    events = extract(f"Seoul, 25 March 2024\n\n{sentence}\n").events
    assert [name in [e.name, *e.aliases] for e in events] == [True]


def test_a_forum_and_its_year_is_read_whole_by_its_head() -> None:
    text = ("Seoul, 21 June 2023\n\nThe Korea – Central Asia Health Cooperation Forum 2023 was "
            "held in Seoul on June 19-20.\n")
    assert [e.name for e in extract(text).events] == [
        "Korea – Central Asia Health Cooperation Forum 2023"]


def test_a_place_the_bracketed_acronym_spells_is_part_of_the_name() -> None:
    text = ("Dubai, 5 July 2024\n\nThe Dubai Health Authority (DHA) signed a memorandum with the "
            "Royal College of Surgeons in Ireland (RCSI).\n")
    assert party_names(extract(text)) == [
        ["Dubai Health Authority", "Royal College of Surgeons in Ireland"]]


SAO_PAULO = (
    "São Paulo, 25 May 2024\n\nHospital Israelita Albert Einstein used the 29th edition of "
    "Hospitalar, Latin America's largest trade fair for the health sector, held in São Paulo.\n\n"
    "The contract was signed by Dr Ricardo Tavares Lima, Chief Executive Officer of Hospital "
    "Israelita Albert Einstein. On the same day Einstein signed a memorandum of understanding "
    "with Unidade Local de Saúde de Santa Maria (ULS Santa Maria), the largest hospital "
    "organisation in Portugal. It was signed by Dr Tavares Lima and the Chairman of the Board of "
    "Directors of ULS Santa Maria, Miguel Pinto Correia.\n")


def test_a_city_as_the_last_of_three_names_before_a_title() -> None:
    people = extract(SAO_PAULO).people
    assert [(p.name, sorted(p.aliases)) for p in people] == [
        ("Ricardo Tavares Lima", ["Tavares Lima"]), ("Miguel Pinto Correia", [])]


def test_a_portuguese_local_health_unit_named_for_a_saint_is_no_person() -> None:
    facts = extract(SAO_PAULO)
    assert {i.name: i.kind for i in facts.institutions}[
        "Unidade Local de Saúde de Santa Maria"] == "hospital"


def test_the_surname_a_hospital_is_named_for_is_its_short_form() -> None:
    assert party_names(extract(SAO_PAULO)) == [
        ["Hospital Israelita Albert Einstein", "Unidade Local de Saúde de Santa Maria"]]


KOICA = ("Tashkent, 5 June 2025\n\nThe Korea International Cooperation Agency (KOICA) signed a "
         "record of discussions with the Ministry of Health of the Republic of Uzbekistan. It "
         "was signed by Deputy Minister of Health J. Sobirov and KOICA Uzbekistan Office Country "
         "Director Choi Min-ho.\n")


def test_an_initial_and_a_surname_end_a_title_before_the_next_signer() -> None:
    assert positions(KOICA)[1] == (
        "J. Sobirov", [("Deputy Minister of Health",
                        "Ministry of Health of the Republic of Uzbekistan")])


def test_an_agencys_office_in_a_country_is_the_agency() -> None:
    assert positions(KOICA)[0] == (
        "Choi Min-ho", [("Country Director", "Korea International Cooperation Agency")])
    assert institutions(KOICA) == ["Korea International Cooperation Agency",
                                   "Ministry of Health of the Republic of Uzbekistan"]


def test_an_agreement_named_with_its_acronym_is_no_institution() -> None:
    text = ("Chisinau, 3 February 2026\n\nThe Ministry of Health of the Republic of Moldova and "
            "the World Health Organization Regional Office for Europe signed the Biennial "
            "Collaborative Agreement (BCA) for 2026–2027. The BCA covers primary care.\n")
    assert institutions(text) == ["Ministry of Health of the Republic of Moldova",
                                  "World Health Organization Regional Office for Europe"]


ROCHE = ("Accra, 12 September 2024\n\nThe Ministry of Health of Ghana and Roche signed a "
         "memorandum of understanding.\n\nAt the same ceremony, Roche signed two implementation "
         "agreements with the country's leading teaching hospitals. The agreement with Korle Bu "
         "Teaching Hospital was signed by its Chief Executive Officer, Dr Samuel Boadu. The "
         "agreement with Komfo Anokye Teaching Hospital was signed by its Chief Executive, Prof. "
         "Kwame Owusu.\n")


def test_a_one_word_company_that_signs_twice_is_a_party() -> None:
    assert ["Ministry of Health of Ghana", "Roche"] in party_names(extract(ROCHE))


def test_documents_counted_then_told_one_by_one_are_the_counters_and_each_its_own() -> None:
    facts = extract(ROCHE)
    assert party_names(facts) == [["Komfo Anokye Teaching Hospital", "Roche"],
                                  ["Korle Bu Teaching Hospital", "Roche"],
                                  ["Ministry of Health of Ghana", "Roche"]]
    names = {p.id: p.name for p in facts.people}
    assert sorted([names[x] for x in a.signatories] for a in facts.agreements) == [
        [], ["Kwame Owusu"], ["Samuel Boadu"]]


def test_a_region_or_a_forum_before_signs_is_no_company() -> None:
    text = ("Punjab signs MoU with Turkish group\n\nLAHORE – The Punjab Specialized Healthcare "
            "Department and Memorial Healthcare Group signed a memorandum. Punjab signed it to "
            "train surgeons, and the Forum signed nothing.\n")
    assert "Punjab" not in institutions(text)


def test_a_long_ministrys_name_places_the_institution_it_owns() -> None:
    text = ("Dushanbe, 5 June 2025\n\nThe State Institution \"Republican Scientific Center of "
            "Cardiovascular Surgery\" of the Ministry of Health and Social Protection of "
            "Population of the Republic of Tajikistan signed a contract with Apollo Hospitals.\n")
    countries = {i.name: i.country for i in extract(text).institutions}
    assert countries['State Institution "Republican Scientific Center of Cardiovascular '
                     'Surgery"'] == "TJ"


def test_three_names_right_after_a_hyphenated_title() -> None:
    text = ("Brasilia, 5 June 2025\n\nThe memorandum with the National Administration of Drugs, "
            "Foods and Medical Devices (ANMAT) was signed by ANVISA Director-President Rodrigo "
            "Menezes Coutinho and ANMAT National Administrator Dr Gabriela Ferraro.\n")
    assert [p.name for p in extract(text).people] == ["Rodrigo Menezes Coutinho",
                                                     "Gabriela Ferraro"]


def test_a_city_and_a_two_word_head_are_no_person() -> None:
    text = ("Amman, 5 June 2025\n\nThe delegation included Dr Ali Mahdi, Director General of "
            "Baghdad Medical City, and visited the King Hussein Cancer Center.\n")
    assert positions(text) == [("Ali Mahdi", [("Director General", "Baghdad Medical City")])]


def test_whom_a_centre_serves_after_with_is_its_name() -> None:
    text = ("Dushanbe, 5 June 2025\n\nThe guests visited the Republican Clinical Rehabilitation "
            "Center for Children with Disabilities. The Center for Oncology signed a memorandum "
            "with Ankara University.\n")
    assert institutions(text) == [
        "Ankara University", "Center for Oncology",
        "Republican Clinical Rehabilitation Center for Children with Disabilities"]


def test_an_acronym_leaves_out_the_patrons_initials_and_name() -> None:
    text = ("Bishkek, 5 June 2025\n\nThe Almazov National Medical Research Centre and the I.K. "
            "Akhunbaev Kyrgyz State Medical Academy signed an agreement. The document was signed "
            "by Almazov Centre Director General Evgeny Shlyakhto and KSMA Rector Indira "
            "Kudaibergenova.\n")
    assert positions(text)[1] == (
        "Indira Kudaibergenova", [("Rector", "I.K. Akhunbaev Kyrgyz State Medical Academy")])


EVENTS77 = (
    "Almaty, 12 June 2025\n\nThe Rectors' Forum of Medical Universities of the Eurasian "
    "Economic Union took place on 18 September. The French–Armenian Surgery Day brought "
    "together surgeons.\n\nEHS took part in Africa Health ExCon 2025, held in the Egyptian "
    "capital, Cairo, from 24 to 26 June. It follows Arab Health 2025 in Dubai in January, where "
    "EHS signed 9 agreements.\n\nKHIDI announced that \"Medical Korea Week in Kazakhstan 2025\", "
    "held in Almaty from 9 to 11 June, was a success.\n\n■ Medical Korea Roadshow (10 June)\n\n"
    "■ K-Medical Consultation Day (11 June)\n\nThe guests marked World Tuberculosis Day and the "
    "International Day of the Midwife. In September 2024 in Tokyo the sides met again.\n")


def test_event_names_of_many_shapes() -> None:
    assert sorted(e.name for e in extract(EVENTS77).events) == [
        "Africa Health ExCon 2025",
        "Arab Health 2025",
        "French–Armenian Surgery Day",
        "K-Medical Consultation Day",
        "Medical Korea Roadshow",
        "Medical Korea Week in Kazakhstan 2025",
        "Rectors' Forum of Medical Universities of the Eurasian Economic Union",
    ]
