"""Phrasings found in the eleventh session's unseen reports (holdout81–82, scored first), then
generalised and probed with short texts of our own: a second side named after a delegation's
leader ("and the Chinese side by …"); a side that meets another institution's representatives;
a brand in capitals that opens a name and then stands alone."""

from __future__ import annotations

import pytest

from medcoop.loaders.text import extract

from .test_text_round16b import party_names
from .test_text_round20a import countries
from .test_text_round22a import positions


def test_the_second_side_of_a_sentence_places_its_own_leader() -> None:
    text = ("Samara, 3 May 2025\n\nThe Russian delegation was led by the Rector of Samara State "
            "Medical University, Alexander Kolsanov, and the Chinese side by the President of "
            "Harbin Medical University, Professor Li Wen.\n")
    assert countries(text) == {"Samara State Medical University": "RU",
                               "Harbin Medical University": "CN"}


@pytest.mark.parametrize("side", ["side", "delegation", "team", "guests"])
def test_a_side_that_meets_representatives_does_not_place_them(side: str) -> None:
    text = ("Report\n\nA delegation of the Ministry of Health of the Republic of Uzbekistan "
            f"arrived in Doha. There the Uzbek {side} met representatives of the Gulf Medical "
            "Academy and toured its wards.\n")
    assert countries(text) == {"Ministry of Health of the Republic of Uzbekistan": "UZ",
                               "Gulf Medical Academy": None}


def test_a_demonym_before_specialists_of_still_places_them() -> None:
    text = ("Report\n\nUzbek cardiac surgeons from the Republican Cardiology Hospital "
            "operated on twelve children.\n")
    assert countries(text) == {"Republican Cardiology Hospital": "UZ"}


def test_a_brand_in_capitals_that_opens_a_name_is_its_short_form() -> None:
    text = ("Memo\n\nThe VERTEX Biomedical Research Institute of Porto signed a memorandum with "
            "Tashkent Medical Academy. It was signed by the Scientific Director of VERTEX, "
            "Dr. Rui Santos. The partnership with VERTEX is the academy's first in Portugal.\n")
    facts = extract(text)
    vertex = next(i for i in facts.institutions if i.name.startswith("VERTEX"))
    assert vertex.name == "VERTEX Biomedical Research Institute of Porto"
    assert vertex.aliases == ["VERTEX"]
    assert len(facts.institutions) == 2


def test_an_acronym_the_text_defines_is_no_brand_of_a_clinic_it_owns() -> None:
    text = ("Memo\n\nKazakh National Medical University (KazNMU) and the KazNMU University "
            "Clinic \"Aksai\" signed an agreement with Osaka University. KazNMU will send "
            "residents.\n")
    names = sorted(i.name for i in extract(text).institutions)
    assert "Kazakh National Medical University" in names
    assert any("Aksai" in n for n in names)


def test_a_service_of_a_hospital_is_part_of_the_title() -> None:
    text = ("Memo\n\nThe delegation included Dr. Lucia Ferrer, head of the Medical Oncology "
            "Service of the Hospital Clínico Universitario de Valencia.\n")
    assert positions(text) == [("Lucia Ferrer", [
        ("head of the Medical Oncology Service", "Hospital Clínico Universitario de Valencia")])]


def test_a_service_of_a_ministry_is_an_institution_of_its_own() -> None:
    text = ("Memo\n\nThe State Sanitary and Epidemiological Service of the Ministry of Health "
            "of Turkmenistan signed an agreement with Tashkent Medical Academy.\n")
    names = [i.name for i in extract(text).institutions]
    assert names[0].startswith("State Sanitary and Epidemiological Service")


def test_a_city_of_spain_in_a_name_places_it_when_the_text_names_spain() -> None:
    text = ("Memo\n\nThe La Fe University Hospital of Valencia signed a memorandum with "
            "Tashkent Medical Academy. It is the academy's first partner in Spain.\n")
    assert countries(text)["La Fe University Hospital of Valencia"] == "ES"


def test_a_city_and_a_head_noun_name_the_texts_one_institute_and_one_centre() -> None:
    text = ("Memo\n\nSpecialists of the Scientific Research Institute of Pediatrics visited the "
            "National Center for Maternal and Child Health.\n\nOn 8 July the two institutions "
            "signed an agreement. It was signed by Professor Gulnara Rzayeva, Director of the "
            "Baku institute, and Kanybek Zhumaliev, Director of the Bishkek centre.\n")
    assert positions(text) == [
        ("Gulnara Rzayeva", [("Director", "Scientific Research Institute of Pediatrics")]),
        ("Kanybek Zhumaliev", [("Director", "National Center for Maternal and Child Health")])]


def test_a_city_and_a_head_noun_stay_unresolved_among_two_institutes() -> None:
    text = ("Memo\n\nThe Institute of Pediatrics and the Institute of Cardiology visited Tashkent "
            "Medical Academy. Professor Gulnara Rzayeva, Director of the Baku institute, "
            "spoke.\n")
    assert positions(text) == [("Gulnara Rzayeva", [("Director of the Baku institute", None)])]


@pytest.mark.parametrize("field", ["Quality and Patient Safety", "Research and Innovation",
                                   "Nursing and Education"])
def test_a_titles_field_after_and_is_no_person(field: str) -> None:
    text = (f"Memo\n\nThe guests were received by Dr Khalid Al-Jaber, Chief of {field} at "
            "Hamad Medical Corporation.\n")
    assert positions(text) == [
        ("Khalid Al-Jaber", [(f"Chief of {field}", "Hamad Medical Corporation")])]


FACULTY = "First Faculty of Medicine of Charles University"
KAZNMU = "Kazakh National Medical University"


@pytest.mark.parametrize("signed", [
    "by Dean Prof. Martin Vejrazka and KazNMU Rector Marat Shoranov",
    "by Dean Martin Vejrazka and Rector Marat Shoranov",
])
def test_a_dean_signs_for_the_faculty_and_a_rector_for_the_university(signed: str) -> None:
    text = (f"Prague, 9 April 2024\n\nThe {FACULTY} and the {KAZNMU} (KazNMU) adopted a "
            f"roadmap. The roadmap was signed at the faculty in Prague {signed}.\n")
    assert positions(text) == [("Marat Shoranov", [("Rector", KAZNMU)]),
                               ("Martin Vejrazka", [("Dean", FACULTY)])]


def test_a_director_after_a_dean_stays_at_the_college() -> None:
    text = ("Seoul, 2 May 2024\n\nThe delegation of Astana Medical University was received at "
            "the Korea University College of Medicine by Dean Professor Lee Sang-hun and the "
            "Director of the Office of International Affairs, Professor Park Ji-won.\n")
    college = "Korea University College of Medicine"
    assert positions(text) == [
        ("Lee Sang-hun", [("Dean", college)]),
        ("Park Ji-won", [("Director of the Office of International Affairs", college)])]


def test_two_counted_memorandums_told_one_by_one_are_two_with_the_counters_institution() -> None:
    text = ("Taipei, 30 May 2024\n\nDuring the exhibition National Taiwan University Hospital "
            "(NTUH) signed two memorandums of understanding. The first, with the Republican "
            "Center of Oncology, covers the training of oncologists. It was signed by NTUH "
            "Superintendent Dr. Ming-Shiang Wu and by the Director of the Uzbek centre, Prof. "
            "Mirzagaleb Tillyashaykhov, on 22 May.\n\nThe second memorandum, signed on 23 May "
            "with the Republican Center of Pediatrics, concerns paediatric haematology.\n")
    facts = extract(text)
    names = {i.id: i.name for i in facts.institutions}
    got = [(a.title, sorted(names[p] for p in a.parties), a.date) for a in facts.agreements]
    assert got == [
        ("memorandum of understanding",
         ["National Taiwan University Hospital", "Republican Center of Oncology"], "2024-05-22"),
        ("memorandum",
         ["National Taiwan University Hospital", "Republican Center of Pediatrics"], "2024-05-23"),
    ]
    assert facts.agreement_counts == []


def test_a_memorandum_signed_with_a_partner_in_a_participle_has_the_release_as_party() -> None:
    text = ("Taipei, 30 May 2024\n\nNational Taiwan University Hospital held talks in Tashkent. "
            "A memorandum, signed on 23 May with the Republican Center of Pediatrics, concerns "
            "paediatric haematology.\n")
    assert agreement_parties(text) == [
        ["National Taiwan University Hospital", "Republican Center of Pediatrics"]]


def test_a_memorandum_to_be_signed_with_a_partner_is_no_agreement() -> None:
    text = ("Taipei, 30 May 2024\n\nNational Taiwan University Hospital held talks in Tashkent. "
            "A memorandum, to be signed in June with the Republican Center of Pediatrics, will "
            "cover paediatric haematology.\n")
    assert extract(text).agreements == []


def agreement_parties(text: str) -> list[list[str]]:
    return party_names(extract(text))


def test_a_universitys_institute_is_named_without_its_owner_and_signs_alone() -> None:
    text = ("Memo\n\nHiroshima University and Semey Medical University renewed their "
            "agreement. In addition, Hiroshima University's Research Institute for Radiation "
            "Biology and Medicine (RIRBM) and Semey Medical University signed a memorandum.\n")
    assert agreement_parties(text) == [
        ["Hiroshima University", "Semey Medical University"],
        ["Research Institute for Radiation Biology and Medicine", "Semey Medical University"]]


def test_a_city_and_a_head_noun_after_a_name_and_and_is_a_party() -> None:
    text = ("Memo\n\nHiroshima University and Semey Medical University renewed their "
            "agreement. In addition, the Research Institute for Radiation Biology (RIRBM) and "
            "the Semey university signed a separate memorandum.\n")
    assert agreement_parties(text) == [
        ["Hiroshima University", "Semey Medical University"],
        ["Research Institute for Radiation Biology", "Semey Medical University"]]


def test_a_possessive_name_of_a_hospital_stays_one_name() -> None:
    text = "Memo\n\nSt. Mary's Hospital signed a memorandum with Semey Medical University.\n"
    assert agreement_parties(text) == [["Semey Medical University", "St. Mary's Hospital"]]


def test_a_month_word_after_del_is_part_of_a_name_and_a_date_still_ends_one() -> None:
    text = ("Memo\n\nThe Hospital del Mar signed a memorandum with Tashkent Medical Academy on "
            "Mar. 3, 2024.\n")
    facts = extract(text)
    assert agreement_parties(text) == [["Hospital del Mar", "Tashkent Medical Academy"]]
    assert [a.date for a in facts.agreements] == ["2024-03-03"]


@pytest.mark.parametrize("verb", ["signed", "held talks and signed"])
def test_the_two_rectors_named_before_sign_for_their_universities(verb: str) -> None:
    text = ("Bishkek, 22 May 2025\n\nA delegation of the Nicolae Testemitanu State University "
            "of Medicine and Pharmacy, led by Rector Emil Ceban, visited Bishkek.\n\nIn Bishkek "
            "the delegation was received at the Kyrgyz State Medical Academy by Rector Indira "
            f"Kudaibergenova. The two rectors {verb} a memorandum of academic cooperation.\n")
    facts = extract(text)
    assert party_names(facts) == [["Kyrgyz State Medical Academy",
                                   "Nicolae Testemitanu State University of Medicine and Pharmacy"]]
    assert [sorted(a.signatories) for a in facts.agreements] == [
        ["emil-ceban", "indira-kudaibergenova"]]


RSSPMC = ("Research Institute of Virology of the Republican Specialized Scientific and Practical "
          "Medical Center of Epidemiology, Microbiology, Infectious and Parasitic Diseases")


def test_scientific_and_practical_in_a_listed_name_joins_two_adjectives() -> None:
    text = (f"Memo\n\nThe Ethiopian Public Health Institute (EPHI), the {RSSPMC}, and the "
            "National Center for Dangerous Infections (NSCEDI) today signed a trilateral "
            "agreement.\n")
    assert agreement_parties(text) == [sorted(
        ["Ethiopian Public Health Institute", RSSPMC, "National Center for Dangerous Infections"])]


def test_two_names_joined_by_and_after_an_adjective_stay_two() -> None:
    text = ("Memo\n\nThe Samarkand State Medical University and Clinical Hospital No. 1 signed "
            "an agreement.\n")
    assert agreement_parties(text) == [["Clinical Hospital No. 1",
                                        "Samarkand State Medical University"]]


def test_a_malay_honorific_with_its_apostrophe_before_a_name_keeps_the_title() -> None:
    text = ("Memo\n\nUM was represented by its Vice-Chancellor, Datuk Prof. Dr. Noor Azuan Abu "
            "Osman, while UMMC was represented by its Director, Dato' Dr. Nazirah Hasnan. "
            "Datuk Noor Azuan added that UM would host residents.\n\nUniversiti Malaya (UM) and "
            "Universiti Malaya Medical Centre (UMMC) are in Kuala Lumpur.\n")
    assert positions(text) == [
        ("Nazirah Hasnan", [("Director", "Universiti Malaya Medical Centre")]),
        ("Noor Azuan Abu Osman", [("Vice-Chancellor", "Universiti Malaya")])]



@pytest.mark.parametrize(("sentence", "parties"), [
    ("Tashkent Medical Academy and Osaka University agreed a three-year roadmap on training.",
     [["Osaka University", "Tashkent Medical Academy"]]),
    ("Tashkent Medical Academy and Osaka University agreed a draft memorandum, which will be "
     "signed in May.", []),
    ("Tashkent Medical Academy and Osaka University agreed on a roadmap. Its draft will be "
     "submitted for signing in the autumn.", []),
    ("The parties agreed a date for the signing of the memorandum between Tashkent Medical "
     "Academy and Osaka University.", []),
])
def test_agreed_a_document_is_concluded_but_not_a_draft_or_a_date(
        sentence: str, parties: list[list[str]]) -> None:
    assert agreement_parties(f"Memo\n\n{sentence}\n") == parties


def test_a_minister_visiting_a_country_is_not_its_minister() -> None:
    text = ("Memo\n\nThe Ministry of Health of the Republic of Uzbekistan reports that a "
            "delegation headed by Minister of Health Amrillo Inoyatov paid an official visit to "
            "the Arab Republic of Egypt. In Cairo, Minister Inoyatov and the Egyptian Minister "
            "of Health and Population, Dr. Khaled Abdel Ghaffar, signed an agreement between the "
            "Ministry of Health of the Republic of Uzbekistan and the Ministry of Health and "
            "Population of the Arab Republic of Egypt.\n")
    assert positions(text) == [
        ("Amrillo Inoyatov", [("Minister of Health",
                               "Ministry of Health of the Republic of Uzbekistan")]),
        ("Khaled Abdel Ghaffar", [("Minister of Health and Population",
                                   "Ministry of Health and Population of the Arab Republic of "
                                   "Egypt")])]


def test_the_dean_of_a_faculty_the_text_names_in_full() -> None:
    text = ("Memo\n\nA memorandum was signed between the Tashkent Medical Academy (TMA) and the "
            "Faculty of Medicine of Ain Shams University. It was signed by the Rector of TMA, "
            "Prof. Lazizbek Rizaev, and the Dean of the Faculty of Medicine, Prof. Dr. Ghada "
            "El-Kamah.\n")
    assert positions(text) == [
        ("Ghada El-Kamah", [("Dean of the Faculty of Medicine",
                             "Faculty of Medicine of Ain Shams University")]),
        ("Lazizbek Rizaev", [("Rector", "Tashkent Medical Academy")])]


def test_the_world_health_assembly_is_an_event_and_a_parliament_is_not() -> None:
    text = ("Yerevan, 3 May 2024\n\nThe delegation met members of the National Assembly of "
            "Armenia and attended the 77th World Health Assembly in Geneva.\n")
    assert [(e.name, e.city) for e in extract(text).events] == [
        ("77th World Health Assembly", "Geneva")]


def test_a_headlines_brand_and_a_full_name_are_two_institutions() -> None:
    text = ("Acibadem and Tashkent Medical Academy sign memorandum\n14 March 2025\n\nA memorandum "
            "was signed between Tashkent Medical Academy and Acibadem Healthcare Group. Two "
            "surgeons will train at Acibadem Maslak Hospital. The delegation included Ayse Demir, "
            "a nurse at Acibadem.\n")
    names = sorted(i.name for i in extract(text).institutions)
    assert "Acibadem and Tashkent Medical Academy" not in names
    assert "Tashkent Medical Academy" in names


def test_a_rector_signing_beside_a_companys_director_is_the_universitys() -> None:
    text = ("Istanbul, 3 May 2024\n\nAcibadem Healthcare Group signed a memorandum with Tashkent "
            "Medical Academy. The document was signed by Dr. Ayse Demir, Director of "
            "International Patient Services at Acibadem, and by Rector Lazizbek Rizaev.\n")
    assert positions(text) == [
        ("Ayse Demir", [("Director of International Patient Services",
                         "Acibadem Healthcare Group")]),
        ("Lazizbek Rizaev", [("Rector", "Tashkent Medical Academy")])]


KZ_VISIT = ("Astana, 14 March 2024\n\nA delegation of the Ministry of Health of the Republic of "
            "Kazakhstan led by Vice Minister Erlan Kiyasov paid a working visit to Berlin. Over "
            "three days the delegation, which included heads of the National Scientific Center "
            "of Surgery, the National Research Cardiac Surgery Center and the Republican Center "
            "for Health Development, met colleagues from Charité – Universitätsmedizin "
            "Berlin.\n\nAt the end of the visit a "
            "memorandum was signed between the National Scientific Center of Surgery and "
            "Charité. The document was signed on behalf of the Kazakh centre by its Chairman of "
            "the Board, Bolatbek Baimakhanov.\n")


def test_the_members_a_delegation_included_are_of_its_country() -> None:
    got = countries(KZ_VISIT)
    assert [got[n] for n in ("National Scientific Center of Surgery",
                             "National Research Cardiac Surgery Center",
                             "Republican Center for Health Development")] == ["KZ", "KZ", "KZ"]


def test_of_several_centres_of_a_country_the_demonym_names_the_one_just_named() -> None:
    assert ("Bolatbek Baimakhanov", [("Chairman of the Board",
                                      "National Scientific Center of Surgery")]) in positions(
        KZ_VISIT)


def test_the_people_accompanying_a_delegation_are_of_its_country() -> None:
    text = ("DUSHANBE, 19 October 2023 - A delegation of the Ministry of Health of the Republic "
            "of Tajikistan returned from a trip to France.\n\nIn Lyon the delegation visited "
            "the Hospices Civils de Lyon. Accompanying the delegation were the director of the "
            "Republican Cancer Research Center, Zarina Khusainova, and the rector of Avicenna "
            "Tajik State Medical University, Gafur Mukhabbatzoda.\n")
    assert countries(text)["Republican Cancer Research Center"] == "TJ"


def test_a_headline_in_capitals_gives_only_names_that_end_in_a_head_noun() -> None:
    text = ("PSKOV REGIONAL HOSPITAL AND VITEBSK COLLEAGUES LAUNCH TELEMEDICINE CONSULTATIONS\n\n"
            "Pskov Regional Clinical Hospital has concluded a cooperation agreement with the "
            "Vitebsk Regional Clinical Hospital (Republic of Belarus).\n")
    assert sorted(i.name for i in extract(text).institutions) == [
        "Pskov Regional Clinical Hospital", "Vitebsk Regional Clinical Hospital"]


def test_a_capitals_headline_still_spells_out_a_name_the_body_abbreviates() -> None:
    text = ("AZERBAIJAN MEDICAL UNIVERSITY AND SECHENOV UNIVERSITY SIGNED AGREEMENT\n\nThe "
            "agreement between AMU and Sechenov University was signed in Baku.\n")
    names = [i.name.casefold() for i in extract(text).institutions]
    assert "azerbaijan medical university" in names


def test_a_hospital_of_a_region_written_in_lower_case_ends_before_the_region() -> None:
    text = ("Memo\n\nThe Multidisciplinary Hospital named after Professor Kh.Zh. Makazhanov of "
            "the Karaganda region signed a memorandum with the Gomel Regional Clinical "
            "Hospital.\n")
    assert agreement_parties(text) == [[
        "Gomel Regional Clinical Hospital",
        "Multidisciplinary Hospital named after Professor Kh.Zh. Makazhanov"]]


def test_chairman_of_the_board_and_rector_with_a_spaced_hyphen_is_one_title() -> None:
    text = ("Memo\n\nThe memorandum was signed by the Chairman of the Board - Rector of KazNMU "
            "Talgat Nurgozhin. Kazakh National Medical University (KazNMU) is in Almaty.\n")
    assert positions(text) == [("Talgat Nurgozhin", [("Chairman of the Board - Rector",
                                                      "Kazakh National Medical University")])]


def test_the_dean_of_an_acronyms_medical_college_is_at_the_university() -> None:
    text = ("Memo\n\nA memorandum was signed by the Gorno-Badakhshan Regional Clinical "
            "Hospital and the Aga Khan University (AKU). The document was signed by the Chief "
            "Physician of the Gorno-Badakhshan Regional Clinical Hospital, Dr. Sadriddin "
            "Mamadaliev, and by Professor Adil Hussain, Dean of the AKU Medical College.\n")
    assert ("Adil Hussain", [("Dean of the AKU Medical College", "Aga Khan University")]) in (
        positions(text))


def test_each_clause_of_a_signers_list_signs_for_the_side_it_opens_with() -> None:
    text = ("Memo\n\nThe Ethiopian Public Health Institute (EPHI) and the National Center for "
            "Especially Dangerous Infections (NSCEDI) signed an agreement. Signing for EPHI was "
            "its Director General, Dr. Mesay Hailu; and for NSCEDI, Director General Dr. "
            "Zauresh Zhumadilova.\n")
    assert positions(text) == [
        ("Mesay Hailu", [("Director General", "Ethiopian Public Health Institute")]),
        ("Zauresh Zhumadilova", [("Director General",
                                  "National Center for Especially Dangerous Infections")])]


def test_the_hosts_named_after_at_a_scene_and_a_dash_name_after_of() -> None:
    text = ("Memo\n\nA delegation of the Tashkent Pediatric Medical Institute paid a working visit "
            "to Berlin at the invitation of Charité – Universitätsmedizin Berlin.\n\nAt Charité "
            "the guests were received by Professor Katrin Weiland, Director of the Clinic for "
            "Pediatric Surgery, and Dr. Thomas Brenner, head of the International Office.\n")
    charite = "Charité – Universitätsmedizin Berlin"
    assert positions(text) == [
        ("Katrin Weiland", [("Director of the Clinic for Pediatric Surgery", charite)]),
        ("Thomas Brenner", [("head of the International Office", charite)])]


def test_a_field_after_of_before_a_dash_is_no_short_name() -> None:
    text = ("Memo\n\nThe Department of Health – Abu Dhabi signed a memorandum with Tashkent "
            "Medical Academy. Health is a priority.\n")
    assert agreement_parties(text) == [["Department of Health – Abu Dhabi",
                                        "Tashkent Medical Academy"]]


def test_two_countries_joined_by_a_dash_open_a_friendship_hospitals_name() -> None:
    text = ("Memo\n\nThe Kyrgyzstan–Türkiye Friendship State Hospital in Bishkek signed an "
            "agreement with Tashkent Medical Academy.\n")
    assert agreement_parties(text) == [["Kyrgyzstan–Türkiye Friendship State Hospital",
                                        "Tashkent Medical Academy"]]


def test_a_brand_of_several_words_before_its_year_opens_the_events_name() -> None:
    text = ("Tehran, 25 May 2024\n\nRussian and Iranian institutes signed two documents during "
            "the Iran Health 2024 International Exhibition, which took place in Tehran from 21 "
            "to 24 May. During Arab Health 2025, held in Dubai, more documents were signed.\n")
    names = [e.name for e in extract(text).events]
    assert "Iran Health 2024 International Exhibition" in names
    assert not any(n.startswith("During") for n in names)


def test_on_one_side_the_partner_after_with_is_the_other_side() -> None:
    text = ("Tashkent, 3 May 2024\n\nOn the Uzbek side, the Republican Center of Maternal and "
            "Child Health signed a memorandum with Hacettepe University of Ankara. It is the "
            "first partner of the centre in Türkiye.\n")
    got = countries(text)
    assert got["Republican Center of Maternal and Child Health"] == "UZ"
    assert got["Hacettepe University of Ankara"] == "TR"


def test_a_units_field_before_its_heads_name_is_no_part_of_the_name() -> None:
    text = ("Memo\n\nThe delegation was received by the head of the Department of "
            "Transplantation Natalia Korotkevich and by the Head of the Clinical Infectious "
            "Diseases Division Dr. Anna Hoffmann.\n")
    assert sorted(p.name for p in extract(text).people) == ["Anna Hoffmann",
                                                             "Natalia Korotkevich"]
