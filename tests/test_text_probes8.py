"""Phrasings found by probing the reader with short texts of our own (eighth session): a
party named by its head noun alone ("the Ministry", "the University") in front of the other
party; a ministry's head noun matched against its full head ("ministry of health"); and two
names after a plural and "of" ("Officials of A and B") kept apart."""

from __future__ import annotations

import pytest

from medcoop.loaders.text import extract

from .test_text_round16b import party_names
from .test_text_round22a import positions

MINISTRY = "Ministry of Health and Social Protection of Tajikistan"
UNIVERSITY = "Tajik State Medical University"
JICA = "Japan International Cooperation Agency"
CENTRE = "Republican Cardiology Centre"
INTRO = (f"Dushanbe, 2 April 2025\n\nRector of {UNIVERSITY} Jamoliddin Abdullozoda met "
         f"officials of the {MINISTRY} and the {CENTRE}. ")


@pytest.mark.parametrize(("sentence", "own"), [
    (f"Following the meeting, the Ministry and the {JICA} signed a roadmap.", MINISTRY),
    (f"The Ministry and the {JICA} signed a roadmap on maternal health.", MINISTRY),
    (f"In May the University and the {JICA} signed a memorandum.", UNIVERSITY),
    (f"In May the Centre and {JICA} concluded an agreement.", CENTRE),
])
def test_the_head_noun_then_a_named_party(sentence: str, own: str) -> None:
    assert party_names(extract(INTRO + sentence + "\n")) == [sorted([own, JICA])]


@pytest.mark.parametrize("sentence", [
    f"The Ministry signed a roadmap with the {JICA}.",
    f"The ministry has signed a roadmap with the {JICA}.",
])
def test_the_ministry_signs_by_the_first_word_of_its_head(sentence: str) -> None:
    assert party_names(extract(INTRO + sentence + "\n")) == [sorted([MINISTRY, JICA])]


def test_a_head_noun_two_institutions_share_names_no_party() -> None:
    text = (f"Dushanbe, 2 April 2025\n\nOfficials of {UNIVERSITY} and Avicenna Medical "
            f"University met. The University and the {JICA} signed a memorandum.\n")
    assert party_names(extract(text)) == []


@pytest.mark.parametrize("group", ["Officials", "Delegations", "Staff"])
def test_two_names_after_a_plural_and_of_are_two_institutions(group: str) -> None:
    text = (f"Dushanbe, 2 April 2025\n\n{group} of {UNIVERSITY} and Avicenna Medical "
            "University met in Dushanbe.\n")
    assert sorted(i.name for i in extract(text).institutions) == [
        "Avicenna Medical University", UNIVERSITY]


def test_an_and_inside_a_ministrys_field_still_joins() -> None:
    text = ("Dushanbe, 2 April 2025\n\nRepresentatives of the Ministry of Health and Social "
            "Protection of Tajikistan visited Avicenna Medical University.\n")
    assert sorted(i.name for i in extract(text).institutions) == [
        "Avicenna Medical University", MINISTRY]


def test_the_head_noun_after_between_is_not_a_signing_subject() -> None:
    text = (INTRO + f"Talks between the Ministry and the {JICA} on a roadmap go on; it may be "
            "signed next spring.\n")
    assert party_names(extract(text)) == []


def test_the_head_noun_inside_a_list_of_three_keeps_all_three() -> None:
    text = (INTRO + f"Later the University, the Ministry and the {JICA} signed a tripartite "
            "memorandum.\n")
    assert party_names(extract(text)) == [sorted([UNIVERSITY, MINISTRY, JICA])]


def test_a_short_form_in_mixed_case_defined_in_brackets_is_a_party() -> None:
    text = ("Dushanbe, 27 November 2025\n\nA team of the King Salman Humanitarian Aid and "
            "Relief Centre (KSrelief) worked at the Republican Cardiology Centre.\n\n"
            f"On 26 November the {MINISTRY} and KSrelief signed an executive agreement.\n")
    facts = extract(text)
    names = {i.id: i for i in facts.institutions}
    assert party_names(facts) == [
        sorted(["King Salman Humanitarian Aid and Relief Centre", MINISTRY])]
    assert "KSrelief" in names[facts.agreements[0].parties[0]].aliases + names[
        facts.agreements[0].parties[1]].aliases


@pytest.mark.parametrize("link", [", better known as the", ", also known as", " (formerly"])
def test_a_name_known_as_another_is_one_institution(link: str) -> None:
    close = ")" if link.startswith(" (") else ","
    text = (f"Minsk, 17 May 2024\n\nThe Republican Centre of Oncology and Medical Radiology"
            f"{link} Minsk Cancer Centre{close} and the Cancer Hospital of the Chinese Academy "
            "of Medical Sciences signed a plan of joint research.\n")
    facts = extract(text)
    assert sorted((i.name, i.aliases) for i in facts.institutions) == [
        ("Cancer Hospital of the Chinese Academy of Medical Sciences", []),
        ("Republican Centre of Oncology and Medical Radiology", ["Minsk Cancer Centre"]),
    ]
    assert len(facts.agreements) == 1


@pytest.mark.parametrize("sentence", [
    "The signing was witnessed by the First Vice-Minister of Health of the Republic of "
    "Kazakhstan, Yerzhan Bekturov.",
    "First Vice-Minister of Health of the Republic of Kazakhstan Yerzhan Bekturov attended.",
])
def test_a_vice_minister_with_a_hyphen_is_at_the_ministry_the_title_names(sentence: str) -> None:
    text = ("Astana, 10 September 2025\n\nThe National Research Oncology Center and Dunes Health "
            f"Group signed a partnership agreement. {sentence}\n")
    assert positions(text) == [
        ("Yerzhan Bekturov",
         [("First Vice-Minister of Health", "Ministry of Health of the Republic of Kazakhstan")])]


def test_the_institute_is_the_one_named_institut_when_no_other_is_an_institute() -> None:
    text = ("Paris, 12 May 2024\n\nThe delegation of Yerevan State Medical University met the "
            "leadership of the Institut Pasteur. Helene Dubreuil, Director of International "
            "Affairs of the institute, presented joint research plans.\n")
    assert positions(text) == [
        ("Helene Dubreuil", [("Director of International Affairs", "Institut Pasteur")])]


def test_an_english_institute_is_the_institute_before_a_foreign_istituto() -> None:
    text = ("Baku, 20 September 2024\n\nDoctors of the Istituto Ortopedico Rizzoli visited the "
            "Research Institute of Orthopaedics. The guests were received by the director of "
            "the institute, Professor Elchin Mammadov.\n")
    assert positions(text) == [
        ("Elchin Mammadov", [("director", "Research Institute of Orthopaedics")])]


def test_a_working_groups_meeting_keeps_its_field_after_and_and_is_no_institution() -> None:
    text = ("New Delhi, 18 April 2025\n\nThe roadmap was signed on the sidelines of the fourth "
            "meeting of the Uzbekistan–India Joint Working Group on Health and Medicine, held "
            "in New Delhi on 16–17 April.\n")
    facts = extract(text)
    assert [e.name for e in facts.events] == [
        "fourth meeting of the Uzbekistan–India Joint Working Group on Health and Medicine"]
    assert facts.institutions == []


def test_a_meetings_name_stops_before_and_a_person() -> None:
    text = ("New Delhi, 18 April 2025\n\nThe roadmap was signed at the fourth meeting of the "
            "Joint Commission and Minister Akmal Nurmatov in New Delhi.\n")
    assert [e.name for e in extract(text).events] == ["fourth meeting of the Joint Commission"]


SCENE_INTRO = ("Tashkent, 5 June 2025\n\nA delegation of Tashkent Medical Academy visited "
               "Malaysia, Indonesia and Thailand. ")


@pytest.mark.parametrize(("sentence", "name", "code"), [
    ("In the Malaysian capital, Kuala Lumpur, the delegation was received by the "
     "Vice-Chancellor of Universiti Malaya, Professor Hamidah Yusof.", "Universiti Malaya", "MY"),
    ("In Kuala Lumpur, the delegation was received by the Vice-Chancellor of Universiti "
     "Malaya, Professor Hamidah Yusof.", "Universiti Malaya", "MY"),
    ("In the Indonesian city of Surabaya the team held talks with the Rector of Universitas "
     "Airlangga, Professor Budi Santoso.", "Universitas Airlangga", "ID"),
    ("In Bangkok, the guests visited Mahidol University and Siriraj Hospital.",
     "Siriraj Hospital", "TH"),
])
def test_the_city_a_sentence_opens_with_places_the_institution_it_names(
        sentence: str, name: str, code: str) -> None:
    facts = extract(SCENE_INTRO + sentence + "\n")
    assert {i.name: i.country for i in facts.institutions}[name] == code


@pytest.mark.parametrize(("sentence", "name"), [
    ("In Bangkok, the delegation of Astana Medical University met the President of Mahidol "
     "University.", "Astana Medical University"),
    ("In Kuala Lumpur the guests visited Universiti Malaya, with which Astana Medical "
     "University signed an agreement in 2019.", "Astana Medical University"),
    ("In Kuala Lumpur, Universiti Malaya and Astana Medical University concluded an "
     "agreement.", "Astana Medical University"),
])
def test_the_guests_own_institution_is_not_placed_in_the_city(sentence: str, name: str) -> None:
    facts = extract(SCENE_INTRO + sentence + "\n")
    assert {i.name: i.country for i in facts.institutions}[name] is None


@pytest.mark.parametrize(("when", "date"), [
    ("on the 3rd of March", "2025-03-03"),
    ("on 3rd March 2025", "2025-03-03"),
    ("on the 21st of May 2024", "2024-05-21"),
])
def test_an_ordinal_day_before_its_month_dates_the_signing(when: str, date: str) -> None:
    text = ("Bishkek, 4 March 2025\n\nKyrgyz State Medical Academy and Ankara University "
            f"signed a memorandum {when}.\n")
    assert [a.date for a in extract(text).agreements] == [date]


def test_an_acronym_that_begins_with_uk_names_no_united_kingdom() -> None:
    text = ("Yerevan, 25 November 2024\n\nYerevan State Medical University and University "
            "Hospital Essen (UK Essen) have renewed their memorandum.\n")
    facts = extract(text)
    assert [(i.name, i.country) for i in facts.institutions] == [
        ("Yerevan State Medical University", None), ("University Hospital Essen", None)]


def test_a_regions_ministry_takes_no_country_from_the_dateline() -> None:
    text = ("Sapporo, 30 August 2024\n\nThe forum of doctors from Japan and Russia was organised "
            "by Hokkaido University Hospital together with the Ministry of Health of the "
            "Sakhalin Region.\n")
    facts = extract(text)
    assert {i.name: i.country for i in facts.institutions}[
        "Ministry of Health of the Sakhalin Region"] is None


def test_a_ministry_the_dateline_places_still_takes_its_country() -> None:
    text = ("Abuja, 3 May 2024\n\nThe Federal Ministry of Health signed a memorandum with "
            "Apollo Hospitals on training nurses for Nigeria.\n")
    facts = extract(text)
    assert {i.name: i.country for i in facts.institutions}["Federal Ministry of Health"] == "NG"


@pytest.mark.parametrize("name", ["Saeed Al Kuwaiti", "Ahmed El Masri"])
def test_a_surname_after_al_may_be_a_demonym(name: str) -> None:
    text = ("Abu Dhabi, 3 May 2024\n\nThe National Scientific Medical Center and the Abu Dhabi "
            "Health Services Company (SEHA) signed a memorandum. It was signed by SEHA's Group "
            f"Chief Executive Officer, Dr {name}.\n")
    assert [p.name for p in extract(text).people] == [name]


@pytest.mark.parametrize("name", ["Nguyen Huu Tu", "Pham Thi Le"])
def test_a_two_letter_surname_ends_its_sentence(name: str) -> None:
    text = ("Hanoi, 19 November 2024\n\nHanoi Medical University (HMU) and Sechenov University "
            f"signed a memorandum. It was signed on 18 November by HMU Rector {name}. The "
            "universities will exchange students.\n")
    facts = extract(text)
    assert [p.name for p in facts.people] == [name]


def test_an_abbreviated_first_name_after_a_title_ends_no_sentence() -> None:
    text = ("Dhaka, 3 May 2024\n\nThe memorandum was signed by the Vice-Chancellor of BSMMU, "
            "Professor Md. Sharfuddin Ahmed, and by Rector Ivan Petrov.\n")
    assert sorted(p.name for p in extract(text).people) == ["Ivan Petrov",
                                                             "Md. Sharfuddin Ahmed"]


def test_a_quotation_after_an_acronym_is_not_part_of_its_name() -> None:
    text = ("Yerevan, 25 November 2024\n\nYerevan State Medical University (YSMU) and University "
            "Hospital Essen renewed their memorandum. Professor Kruger called YSMU \"one of our "
            "most reliable partners outside the European Union\" and thanked the rector.\n")
    facts = extract(text)
    names = [n for i in facts.institutions for n in (i.name, *i.aliases)]
    assert [n for n in names if "partners" in n] == []
    assert "YSMU" in names


def test_pairs_after_between_keep_apart_around_demonyms_and_countries() -> None:
    text = ("Shymkent, 5 June 2025\n\nMemorandums were signed between the Kazakh Medical "
            "Academy of Shymkent and the Uzbek Tashkent Pediatric Medical Institute; the "
            "Regional Clinical Hospital of the Republic of Kazakhstan and the Tashkent Regional "
            "Medical Center; the National Scientific Center of Surgery and the Republican "
            "Center of Surgery.\n")
    assert len(extract(text).agreements) == 3


@pytest.mark.parametrize(("phrase", "name"), [
    ("the Belarusian N.N. Alexandrov National Cancer Centre",
     "N.N. Alexandrov National Cancer Centre"),
    ("the Kazakh South Kazakhstan Medical Academy", "South Kazakhstan Medical Academy"),
])
def test_a_demonym_before_initials_or_a_region_is_no_part_of_the_name(
        phrase: str, name: str) -> None:
    text = (f"Baku, 5 June 2025\n\nA memorandum was signed between {phrase} and Azerbaijan "
            "Medical University.\n")
    assert sorted(i.name for i in extract(text).institutions) == sorted(
        [name, "Azerbaijan Medical University"])


def test_a_demonym_that_opens_the_name_itself_stays() -> None:
    text = ("Baku, 5 June 2025\n\nA memorandum was signed between the Belarusian State Medical "
            "University and Azerbaijan Medical University.\n")
    assert sorted(i.name for i in extract(text).institutions) == [
        "Azerbaijan Medical University", "Belarusian State Medical University"]


@pytest.mark.parametrize(("headline", "body", "title"), [
    ("Brazilian Embassy in Minsk hosts a seminar", "the Embassy of Brazil in Minsk",
     "the Ambassador of Brazil to Belarus, Ana Ferreira,"),
    ("French Embassy hosts a signing", "the Embassy of France in Kazakhstan",
     "Ambassador Ana Ferreira"),
])
def test_an_ambassador_serves_the_embassy_the_body_names_when_the_headline_names_it_too(
        headline: str, body: str, title: str) -> None:
    text = (f"{headline}\nMinsk, 12 September 2023\n\nThe seminar took place at the Belarusian "
            f"State Medical University with the support of {body}. Opening the seminar, {title} "
            "said that health was a promising area.\n")
    facts = extract(text)
    names = {i.id: i.name for i in facts.institutions}
    assert [[names.get(t.institution or "") for t in p.positions] for p in facts.people] == [
        [body.removeprefix("the ")]]


def test_a_board_title_after_where_is_at_the_institution_just_named() -> None:
    text = ("Almaty, 5 June 2025\n\nThe delegation also visited the Kazakh Institute of "
            "Oncology and Radiology (KazIOR), where Deputy Chairman of the Board Gulnara "
            "Seitkazina showed the guests the radiotherapy department.\n")
    facts = extract(text)
    names = {i.id: i.name for i in facts.institutions}
    assert [(t.title, names.get(t.institution or "")) for p in facts.people
            for t in p.positions] == [
        ("Deputy Chairman of the Board", "Kazakh Institute of Oncology and Radiology")]


@pytest.mark.parametrize("sentence", [
    "The programme is funded by the European Union.",
    "It is the only partner from outside the European Union.",
])
def test_a_union_of_states_named_as_a_place_or_funder_is_no_institution(sentence: str) -> None:
    text = ("Riga, 20 February 2025\n\nRiga Stradins University and Tbilisi State Medical "
            f"University signed a consortium agreement. {sentence}\n")
    assert sorted(i.name for i in extract(text).institutions) == [
        "Riga Stradins University", "Tbilisi State Medical University"]


def test_a_two_word_short_form_is_the_name_it_opens_despite_a_bracketed_acronym() -> None:
    text = ("Tashkent, 5 June 2025\n\nThe National Children's Medical Center (NCMC) and the "
            "Bambino Gesu Children's Hospital (OPBG) of Rome signed a memorandum. It was signed "
            "by the Director of the NCMC, Alisher Tursunov, and the President of the Bambino "
            "Gesu hospital, Giovanna Ferretti.\n")
    facts = extract(text)
    names = {i.id: i.name for i in facts.institutions}
    assert {p.name: [names.get(t.institution or "") for t in p.positions]
            for p in facts.people}["Giovanna Ferretti"] == [
        "Bambino Gesu Children's Hospital of Rome"]


@pytest.mark.parametrize("sentence", [
    "It was signed in the presence of the Ambassador of Malaysia to Kazakhstan, Syed Mohamad "
    "Bakri bin Syed Abdul Rahman.",
    "Syed Mohamad Bakri bin Syed Abdul Rahman, Ambassador of Malaysia to Kazakhstan, attended.",
])
def test_a_fathers_name_of_three_words_after_bin_is_part_of_the_name(sentence: str) -> None:
    text = ("Almaty, 5 June 2025\n\nThe National University of Malaysia (UKM) and KazNMU signed "
            f"a memorandum. {sentence}\n")
    assert [p.name for p in extract(text).people] == ["Syed Mohamad Bakri bin Syed Abdul Rahman"]


def test_the_guests_team_before_the_host_does_not_stop_the_scene_placing_it() -> None:
    text = (SCENE_INTRO + "In the Indonesian city of Surabaya the Tashkent Medical Academy team "
            "held talks with the Rector of Universitas Airlangga, Professor Budi Santoso.\n")
    countries = {i.name: i.country for i in extract(text).institutions}
    assert countries["Universitas Airlangga"] == "ID"
    assert countries["Tashkent Medical Academy"] is None
