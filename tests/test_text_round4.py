"""Text reader, round 4: error classes of an unseen corpus (holdout3), each rule checked on
texts written for it in other wording, with other countries and names.

Classes: members of a visiting group; where a title ends; ministerial titles with no field;
titles in lower case before a name; names after titles, honorifics and occupations; the
acting institution of "memorandums were concluded with A; B; and C"; long and quoted names;
countries from regions, groups, partners and parents; venues and repeated counts.
"""

from __future__ import annotations

import pytest

from medcoop.errors import InputError
from medcoop.facts import Facts
from medcoop.loaders.text import extract
from medcoop.loaders.text._rules import _regions

from .test_text_extract import parties
from .test_text_round3 import countries, positions


def people(facts: Facts) -> list[str]:
    return [p.name for p in facts.people]




# --- members of a visiting group ------------------------------------------------------------


def test_members_of_the_x_delegation_belong_to_x() -> None:
    f = extract(
        "Riga Stradins University (RSU) and the Lithuanian University of Health Sciences "
        "(LSMU) signed an agreement on joint doctoral studies in Kaunas. The RSU delegation "
        "also included the Vice-Rector for Science Inese Ozola and the Dean of the Faculty of "
        "Dentistry Janis Berzins."
    )
    assert positions(f) == {
        "Inese Ozola": [("Vice-Rector for Science", "Riga Stradins University")],
        "Janis Berzins": [("Dean of the Faculty of Dentistry", "Riga Stradins University")],
    }


def test_demonym_guests_in_a_dash_parenthesis_belong_to_the_visiting_institution() -> None:
    f = extract(
        "Tbilisi State Medical University (TSMU) hosted a delegation from the Medical "
        "University of Sofia on 3 May.\n"
        "The Bulgarian guests - Vice-Rector for Education Professor Elena Petrova and Stoyan "
        "Dimitrov, head of the Department of Anatomy - were received by the Rector of TSMU, "
        "Professor Zurab Vadachkoria."
    )
    assert positions(f) == {
        "Elena Petrova": [("Vice-Rector for Education", "Medical University of Sofia")],
        "Stoyan Dimitrov": [("head of the Department of Anatomy", "Medical University of Sofia")],
        "Zurab Vadachkoria": [("Rector", "Tbilisi State Medical University")],
    }
    # "on 3 May" is a date, not part of the name
    assert [i.name for i in f.institutions] == [
        "Tbilisi State Medical University",
        "Medical University of Sofia",
    ]


def test_the_guests_led_by_and_hosts_received_by_its_director() -> None:
    f = extract(
        "A delegation of the Latvian Oncology Centre visited the Vilnius University Hospital "
        "Santaros Klinikos on Monday.\n"
        "The guests are led by the director of the Latvian centre, Andris Kalnins, and "
        "include Ilze Ozola, head of the laboratory of tumour biology, and radiation "
        "oncologist Peteris Liepa.\n"
        "At the Vilnius University Hospital Santaros Klinikos the delegation was received by "
        "its director general Jonas Kazlauskas and by Rasa Vaitkute, head of the oncology "
        "department."
    )
    host = "Vilnius University Hospital Santaros Klinikos"
    assert positions(f) == {
        "Andris Kalnins": [("director", "Latvian Oncology Centre")],
        "Ilze Ozola": [("head of the laboratory of tumour biology", "Latvian Oncology Centre")],
        "Peteris Liepa": [],
        "Jonas Kazlauskas": [("director general", host)],
        "Rasa Vaitkute": [("head of the oncology department", host)],
    }


# --- ministries named by a bare title ---------------------------------------------------------


def test_a_bare_ministerial_title_and_of_the_ministry_name_the_one_ministry() -> None:
    f = extract(
        "Meeting with the delegation of Kazan Federal University\n"
        "On 5 March the Minister of Health of the Kyrgyz Republic Alymkadyr Beishenaliev "
        "received a delegation of Kazan Federal University.\n"
        "The meeting was attended by the Deputy Minister Asel Chyngysheva, the head of the "
        "Department of Drug Supply of the Ministry Nurlan Abdykadyrov and the director of the "
        "National Center of Oncology Ruslan Sultanov."
    )
    moh = "Ministry of Health of the Kyrgyz Republic"
    assert positions(f) == {
        "Alymkadyr Beishenaliev": [("Minister of Health", moh)],
        "Asel Chyngysheva": [("Deputy Minister", moh)],
        "Nurlan Abdykadyrov": [("head of the Department of Drug Supply", moh)],
        "Ruslan Sultanov": [("director", "National Center of Oncology")],
    }


def test_on_behalf_of_the_ministry_names_the_ministry_of_the_text() -> None:
    f = extract(
        "The agreement was signed by the Rector of Yerevan State Medical University, Armen "
        "Muradyan, by Deputy Minister Lena Nanushyan on behalf of the Ministry, and by the "
        "Dean of the Faculty of Medicine of Semmelweis University, Gergely Szabo. The Ministry "
        "of Health of Armenia will fund the exchanges."
    )
    assert positions(f)["Lena Nanushyan"] == [("Deputy Minister", "Ministry of Health of Armenia")]
    assert parties(f) == [
        {
            "Yerevan State Medical University",
            "Ministry of Health of Armenia",
            "Semmelweis University",
        }
    ]


def test_federal_minister_names_a_federal_ministry_and_a_name_after_a_field_word() -> None:
    f = extract(
        "Ghana's Minister of Health and Social Protection Kwaku Agyeman Manu and Nigerian "
        "Federal Minister of Health Osagie Ehanire on Friday signed a cooperation plan in "
        "Accra, the ministry's spokeswoman Ama Owusu said."
    )
    assert positions(f) == {
        "Kwaku Agyeman Manu": [
            (
                "Minister of Health and Social Protection",
                "Ministry of Health and Social Protection of Ghana",
            )
        ],
        "Osagie Ehanire": [("Federal Minister of Health", "Nigerian Federal Ministry of Health")],
        "Ama Owusu": [("spokeswoman", None)],
    }
    assert countries(f) == {
        "Ministry of Health and Social Protection of Ghana": "GH",
        "Nigerian Federal Ministry of Health": "NG",
    }


# --- people: titles in lower case, honorifics, occupations -----------------------------------


def test_lower_case_title_of_the_head_noun_before_a_name() -> None:
    f = extract(
        "During the forum, an agreement was signed between the Samarkand State Medical "
        "University and the Bukhara State Medical Institute. The document was signed by the "
        "rector of the university Jasur Rizaev and the rector of the institute Shukhrat "
        "Teshaev."
    )
    assert positions(f) == {
        "Jasur Rizaev": [("rector", "Samarkand State Medical University")],
        "Shukhrat Teshaev": [("rector", "Bukhara State Medical Institute")],
    }


def test_royal_honorific_is_no_part_of_the_name_and_a_surname_may_be_a_town() -> None:
    f = extract(
        "Professor Irina Tambov of the Republican Research Centre of Radiation Medicine also "
        "spoke. Princess Dina Mired, honorary president of the King Hussein Cancer Foundation, "
        "sent a message of support."
    )
    assert people(f) == ["Irina Tambov", "Dina Mired"]
    assert positions(f)["Dina Mired"] == [("honorary president", "King Hussein Cancer Foundation")]


def test_a_second_name_after_a_titled_name_and_and() -> None:
    f = extract(
        "Nicolae Testemitanu University and the University of Medicine and Pharmacy of "
        "Craiova signed a memorandum. The Moldovan delegation also included Vice-Rector for "
        "Clinical Activity Ion Popescu and Maria Rusu, Head of the Doctoral School."
    )
    assert people(f) == ["Ion Popescu", "Maria Rusu"]
    assert positions(f) == {
        "Ion Popescu": [("Vice-Rector for Clinical Activity", None)],
        "Maria Rusu": [("Head of the Doctoral School", None)],
    }


def test_an_occupation_after_the_name_and_an_article() -> None:
    f = extract(
        "Surgeons from Istanbul University operated on forty children at the Khorog Regional "
        'Hospital. "We operated on forty children in five days," said Ahmet Yılmaz, the '
        "paediatric surgeon who led the team."
    )
    assert positions(f) == {"Ahmet Yılmaz": [("paediatric surgeon", None)]}


def test_our_title_is_at_the_bylines_institution_and_and_shares_at_x() -> None:
    f = extract(
        "Our new partnership with Kenyatta National Hospital\n"
        "Posted by Communications Office, Nairobi West Hospital - 2 May 2024\n\n"
        "Nairobi West Hospital has signed a memorandum of understanding with Kenyatta "
        "National Hospital. The memorandum was signed by our Medical Director, Dr Peter "
        "Mwangi, and by Dr Evanson Kamuri, Chief Executive Officer of Kenyatta National "
        'Hospital.\n"Together we can reach more patients," said Dr Amina Yusuf, consultant '
        "oncologist and head of the breast cancer programme at Nairobi West Hospital."
    )
    nwh = "Nairobi West Hospital"
    assert positions(f) == {
        "Peter Mwangi": [("Medical Director", nwh)],
        "Evanson Kamuri": [("Chief Executive Officer", "Kenyatta National Hospital")],
        "Amina Yusuf": [
            ("consultant oncologist", nwh),
            ("head of the breast cancer programme", nwh),
        ],
    }


# --- agreements: the acting institution, long and quoted names --------------------------------


def test_memorandums_concluded_with_a_list_are_one_each_with_the_visiting_institution() -> None:
    f = extract(
        "Georgian cardiac centre signs three memorandums with partners\n\n"
        "A delegation of the Tbilisi Heart and Vascular Clinic (THVC) paid a working visit to "
        "Berlin and Munich on 4-7 June.\n\n"
        "During the visit, memorandums were concluded with the Charité University Hospital; "
        "the German Heart Centre Munich; and the Technical University of Munich."
    )
    home = "Tbilisi Heart and Vascular Clinic"
    assert parties(f) == [
        {home, "Charité University Hospital"},
        {home, "German Heart Centre Munich"},
        {home, "Technical University of Munich"},
    ]
    assert f.agreement_counts == []


def test_a_ministry_name_listing_whom_it_serves_is_one_name() -> None:
    name = (
        "Ministry of Internally Displaced Persons from the Occupied Territories, Labour, "
        "Health and Social Affairs of Georgia"
    )
    f = extract(
        "The tripartite agreement was signed in Tbilisi between the Tbilisi State Medical "
        f"University, the {name} and the University of Pécs."
    )
    assert parties(f) == [{"Tbilisi State Medical University", name, "University of Pécs"}]
    assert countries(f)[name] == "GE"


def test_a_low_opening_quote_closed_by_a_high_one_opens_the_name() -> None:
    f = extract(
        "The „Carol Davila” University of Medicine and Pharmacy Bucharest and the Nicolae "
        "Testemițanu University signed a cooperation agreement on 2 May 2024."
    )
    assert parties(f) == [
        {
            "„Carol Davila” University of Medicine and Pharmacy Bucharest",
            "Nicolae Testemițanu University",
        }
    ]


def test_an_all_caps_headline_name_ends_at_its_verb() -> None:
    f = extract(
        "BOGOMOLETS UNIVERSITY AND CHARITE SIGN AGREEMENT ON COOPERATION\n\n"
        "Bogomolets National Medical University and the Charité – Universitätsmedizin Berlin "
        "( Charité ) signed an agreement on cooperation. The Charité will host ten residents."
    )
    assert [(i.name, i.aliases) for i in f.institutions] == [
        ("Bogomolets National Medical University", ["BOGOMOLETS UNIVERSITY"]),
        # round 5: the one word before the dash, used alone after it, is its short form
        ("Charité – Universitätsmedizin Berlin", ["Charité"]),
    ]
    assert len(f.agreements) == 1


def test_a_city_and_acronym_after_a_comma_belong_to_the_name() -> None:
    f = extract(
        "The Aga Khan Hospital, Mombasa (AKHM) signed a memorandum of understanding with "
        "Bugando Medical Centre in Mwanza, Tanzania, on cancer care."
    )
    assert [(i.name, i.aliases) for i in f.institutions] == [
        ("Aga Khan Hospital, Mombasa", ["Aga Khan Hospital, Mombasa (AKHM)", "AKHM"]),
        ("Bugando Medical Centre", []),
    ]
    assert countries(f) == {"Aga Khan Hospital, Mombasa": None, "Bugando Medical Centre": "TZ"}


# --- countries --------------------------------------------------------------------------------


def test_a_region_named_like_a_country_places_in_its_own_country() -> None:
    f = extract(
        "Inner Mongolia Medical University and the Mongolian National University of Medical "
        "Sciences signed a memorandum on joint residency training."
    )
    assert countries(f) == {
        "Inner Mongolia Medical University": "CN",
        "Mongolian National University of Medical Sciences": "MN",
    }


def test_hosts_named_by_a_demonym_refer_to_the_institution_just_named() -> None:
    f = extract(
        "Kazakh surgeons visit Hadassah\n\n"
        "A delegation of the National Scientific Medical Center (NSMC) of Kazakhstan visited "
        "the Hadassah Medical Center and the Sheba Medical Center on 12 May.\n"
        "At the Hadassah Medical Center, the Kazakh guests were received by its director "
        "general Yoram Weiss. The Israeli hosts showed them the new oncology tower."
    )
    assert countries(f) == {
        "National Scientific Medical Center of Kazakhstan": "KZ",
        "Hadassah Medical Center": "IL",  # not KZ from ", the Kazakh guests"
        "Sheba Medical Center": None,
    }


def test_partners_named_by_a_demonym_place_the_partners_of_the_agreements() -> None:
    f = extract(
        "Uzbek children's hospital concludes two memorandums with Belarusian partners\n\n"
        "A delegation of the Republican Children's Hospital of Uzbekistan visited Minsk. "
        "Memorandums were concluded with the Minsk City Children's Clinical Hospital and the "
        "Republican Scientific and Practical Centre of Pediatric Surgery."
    )
    assert countries(f) == {
        "Republican Children's Hospital of Uzbekistan": "UZ",
        "Minsk City Children's Clinical Hospital": "BY",
        "Republican Scientific and Practical Centre of Pediatric Surgery": "BY",
    }


def test_a_unit_of_an_institution_is_in_its_country() -> None:
    f = extract(
        "The Medical University of Lublin (Poland) and Odesa National Medical University "
        "signed an agreement. A separate memorandum was signed between the University "
        "Clinical Hospital of the Medical University of Lublin and the Odesa Regional Clinical "
        "Hospital."
    )
    assert countries(f) == {
        "Medical University of Lublin": "PL",
        "Odesa National Medical University": None,
        "University Clinical Hospital of the Medical University of Lublin": "PL",
        "Odesa Regional Clinical Hospital": None,
    }


def test_regions_must_map_to_two_letter_codes() -> None:
    assert _regions({"regions": {"Inner Mongolia": "CN"}}, "x.yaml") == {"inner mongolia": "CN"}
    with pytest.raises(InputError, match="two-letter country code"):
        _regions({"regions": {"Inner Mongolia": "China"}}, "x.yaml")


# --- events and counts ------------------------------------------------------------------------


def test_a_venue_is_no_event_and_a_repeated_count_is_one_count() -> None:
    f = extract(
        "The third Uzbek-Korean Health Forum, held on 4-5 October at the Tashkent Congress "
        "Centre, ended with the signing of twelve memorandums between clinics of Uzbekistan "
        "and Korea.\n"
        "The forum closed on Thursday. In total, twelve memorandums were signed at the forum."
    )
    assert [e.name for e in f.events] == ["Uzbek-Korean Health Forum"]
    assert f.institutions == []
    assert [(c.count, c.event, c.countries) for c in f.agreement_counts] == [
        (12, "uzbek-korean-health-forum", ["UZ", "KR"])
    ]


# --- short forms and headline names -----------------------------------------------------------


def test_a_short_form_after_of_names_the_institution_it_opens_or_closes() -> None:
    f = extract(
        "Ridge Hospital signs memorandum with Tamale Teaching Hospital\n\n"
        "ACCRA, 4 May 2024 - Ridge Hospital and the Tamale Teaching Hospital signed a "
        "memorandum of understanding on Friday in the presence of the Minister of Health of "
        "Ghana, Kwabena Mintah Akandoh Junior.\n"
        "The memorandum was signed by the Medical Director of Ridge, Dr Efua Mensah, and the "
        "Chief Executive Officer of Tamale Teaching, Dr Abdul Rahman Mohammed.\n"
        "Akandoh said the ministry would support the partnership."
    )
    assert positions(f) == {
        "Kwabena Mintah Akandoh Junior": [("Minister of Health", "Ministry of Health of Ghana")],
        # the post as written (round 13: "medical director" is a title core of its own)
        "Efua Mensah": [("Medical Director", "Ridge Hospital")],
        "Abdul Rahman Mohammed": [("Chief Executive Officer", "Tamale Teaching Hospital")],
    }


def test_a_short_form_the_text_goes_on_to_name_an_institution_with_is_no_person() -> None:
    f = extract(
        "The MoU was signed in Lagos by the Chief Medical Director of LUTH, Prof. Wale "
        "Adeyemi, and the Chief Executive Officer of Korle Bu, Dr Kofi Mensah. Korle Bu "
        "Teaching Hospital will send two perfusionists to Lagos."
    )
    assert people(f) == ["Wale Adeyemi", "Kofi Mensah"]
    assert positions(f)["Kofi Mensah"] == [
        ("Chief Executive Officer", "Korle Bu Teaching Hospital")
    ]


def test_a_ministry_named_in_the_headline_gives_way_to_the_bodys_name() -> None:
    f = extract(
        "Vilnius clinic signs agreement with Latvian Ministry of Health\n\n"
        "The Vilnius University Hospital Santaros Klinikos and the Ministry of Health of the "
        "Republic of Latvia signed an agreement on rare diseases. The Latvian side was "
        "represented by the Minister of Health, Dr. Hosams Abu Meri, who visited Vilnius."
    )
    moh = "Ministry of Health of the Republic of Latvia"
    # round 13: the headline's "Latvian Ministry of Health" is this ministry (an alias), so it
    # is named first
    assert [(i.name, i.aliases) for i in f.institutions] == [
        (moh, ["Latvian Ministry of Health"]),
        ("Vilnius University Hospital Santaros Klinikos", []),
    ]
    assert positions(f) == {"Hosams Abu Meri": [("Minister of Health", moh)]}


def test_a_lower_case_minister_of_a_field_and_a_short_form_after_the_last_of() -> None:
    f = extract(
        "The Ministry of Public Health and Social Welfare of Bolivia and the Charité – "
        "Universitätsmedizin Berlin signed an agreement on telemedicine in La Paz. Also "
        "present were the vice minister of Health, Dr. Ana Quispe, and the Director of "
        "International Relations of the Charité, Dr. Paulo Moraes."
    )
    assert positions(f) == {
        "Ana Quispe": [
            ("vice minister of Health", "Ministry of Public Health and Social Welfare of Bolivia")
        ],
        "Paulo Moraes": [
            ("Director of International Relations", "Charité – Universitätsmedizin Berlin")
        ],
    }
