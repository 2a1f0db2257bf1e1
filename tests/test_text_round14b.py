"""Text reader, round 14 (agreements, events, institution country): error classes of
holdout25-26, each rule checked on a text written for it in other wording, with other
countries and names.

Classes: institution country (a country's first-level region places its institutions, and a
city of a text that names the region).
"""

from __future__ import annotations

from medcoop.facts import Facts
from medcoop.loaders.text import extract

from .test_text_round13b import signatories


def countries(f: Facts) -> dict[str, str | None]:
    return {i.name: i.country for i in f.institutions}


def test_region_places_its_institutions_and_cities() -> None:
    text = (
        "Dagestan and Kyrgyz doctors agree\n\n"
        "A delegation of the Ministry of Health of the Republic of Dagestan visited Bishkek. "
        "Dagestan State Medical University and the Kyrgyz State Medical Academy signed a "
        "memorandum on residency training, and Izhevsk State Medical Academy joined it."
    )
    found = countries(extract(text))
    assert found["Ministry of Health of the Republic of Dagestan"] == "RU"
    assert found["Dagestan State Medical University"] == "RU"
    assert found["Izhevsk State Medical Academy"] == "RU"
    assert found["Kyrgyz State Medical Academy"] == "KG"


def test_region_adjective_places_a_university() -> None:
    text = (
        "Ufa and Almaty sign\n\n"
        "Bashkir State Medical University and Asfendiyarov Kazakh National Medical University "
        "signed a memorandum on joint research."
    )
    found = countries(extract(text))
    assert found == {
        "Bashkir State Medical University": "RU",
        "Asfendiyarov Kazakh National Medical University": "KZ",
    }


def parties(f: Facts) -> list[tuple[str, list[str]]]:
    names = {i.id: i.name for i in f.institutions}
    return [(a.kind, sorted(names[p] for p in a.parties)) for a in f.agreements]


def test_name_in_brackets_after_a_party_is_no_party() -> None:
    text = (
        "Vaccines: Almaty and Sao Paulo\n\n"
        "The Kazakh Scientific Center of Dermatology and Infectious Diseases and the Butantan "
        "Institute (Instituto Butantan, Sao Paulo, Brazil) have signed a memorandum of "
        "understanding on vaccine research."
    )
    assert parties(extract(text)) == [
        (
            "memorandum",
            [
                "Butantan Institute",
                "Kazakh Scientific Center of Dermatology and Infectious Diseases",
            ],
        )
    ]


def event_names(f: Facts) -> list[str]:
    return sorted(e.name for e in f.events)


def test_named_sub_events_of_a_programme() -> None:
    text = (
        "Uzbek medicine week in Baku\n\n"
        "The week opened with the plenary session \"Uzbekistan and Azerbaijan: Together for "
        "Mothers\", held on 3 June at the Ministry of Health of Azerbaijan. Volunteers ran the "
        "awareness campaign \"Check Your Heart\" in the city parks. On 4 June, the round table "
        "of heads of children's hospitals, held at Azerbaijan Medical University, closed the week."
    )
    assert event_names(extract(text)) == [
        "Check Your Heart",
        "Uzbekistan and Azerbaijan: Together for Mothers",
        "round table of heads of children's hospitals",
    ]


def test_session_of_the_forum_is_no_event_of_its_own() -> None:
    text = (
        "Forum in Tashkent\n\n"
        "The plenary session of the forum, held on 3 June, gathered 400 doctors."
    )
    assert event_names(extract(text)) == []


def agreements(f: Facts) -> list[tuple[str, list[str], str | None]]:
    names = {i.id: i.name for i in f.institutions}
    return [(a.kind, sorted(names[p] for p in a.parties), a.date) for a in f.agreements]


def test_items_under_a_partner_list_are_the_documents() -> None:
    text = (
        "Annual report of Tbilisi State Medical University\n\n"
        "In 2024 Tbilisi State Medical University concluded new agreements with the following "
        "partners:\n\n"
        "– Yerevan State Medical University (Armenia): roadmap of joint research for 2024–2026, "
        "signed on 5 April 2024 in Yerevan;\n\n"
        "– Azerbaijan Medical University (Azerbaijan): memorandum of understanding on student "
        "exchange, signed on 9 September 2024 in Tbilisi.\n"
    )
    tsmu = "Tbilisi State Medical University"
    assert agreements(extract(text)) == [
        ("roadmap", [tsmu, "Yerevan State Medical University"], "2024-04-05"),
        ("memorandum", ["Azerbaijan Medical University", tsmu], "2024-09-09"),
    ]


def test_region_and_country_as_a_pair_place_the_counterpart() -> None:
    text = (
        "Udmurtia and Kazakhstan: three documents\n\n"
        "A delegation of Udmurtia held talks at the Ministry of Health of the Republic of "
        "Kazakhstan in Astana. "
        "A memorandum was signed between the Izhevsk State Medical Academy and the Republican "
        "Center of Perinatology. Udmurtia and Kazakhstan will exchange young doctors."
    )
    found = countries(extract(text))
    assert found["Izhevsk State Medical Academy"] == "RU"
    assert found["Republican Center of Perinatology"] == "KZ"


def test_talks_at_a_placed_host_place_the_toured_one() -> None:
    text = (
        "Kyrgyz doctors in the Caucasus\n\n"
        "A delegation of Kyrgyz surgeons spent three days in Dagestan. The guests held talks at "
        "the Ministry of Health of the Republic of Dagestan and toured the Republican Burn Center."
    )
    found = countries(extract(text))
    assert found["Ministry of Health of the Republic of Dagestan"] == "RU"
    assert found["Republican Burn Center"] == "RU"


def test_treatment_plan_is_no_document() -> None:
    text = (
        "Almaty and Seoul hospitals\n\n"
        "The Kazakh Institute of Oncology and Radiology signed a memorandum with Seoul National "
        "University Hospital. \"With SNUH we can agree between our doctors on a treatment plan "
        "for every child,\" the director said."
    )
    assert parties(extract(text)) == [
        ("memorandum", ["Kazakh Institute of Oncology and Radiology",
                        "Seoul National University Hospital"])
    ]


def test_leader_of_a_visit_signs_nothing() -> None:
    text = (
        "Bishkek and Seoul\n\n"
        "The National Center of Cardiology and Internal Medicine has signed a memorandum with "
        "Asan Medical Center. The memorandum was signed on 4 May in Seoul during a working visit "
        "by a Kyrgyz delegation led by Deputy Minister Aibek Osmonov. It was signed by the "
        "Director of the National Center of Cardiology and Internal Medicine Erkin Sadykov and "
        "the President of Asan Medical Center Park Seung-il."
    )
    assert signatories(extract(text)) == [
        (
            ["Asan Medical Center", "National Center of Cardiology and Internal Medicine"],
            ["Erkin Sadykov", "Park Seung-il"],
        )
    ]


def test_meeting_of_a_person_is_no_event() -> None:
    text = (
        "Cuban delegation in Bishkek\n\n"
        "On 3 May a meeting of the Deputy Minister Aida Usenova with the delegation of the "
        "Ministry of Public Health of Cuba was held at the Ministry of Health of the Kyrgyz "
        "Republic. On 4 May the 5th meeting of the Kyrgyz-Cuban Working Group on Health took "
        "place in Bishkek."
    )
    assert event_names(extract(text)) == ["5th meeting of the Kyrgyz-Cuban Working Group on Health"]


def test_month_and_year_give_no_day() -> None:
    from medcoop.loaders.text._dates import find_date

    assert find_date("the plan they signed in Tbilisi in March 2021", 2024) is None
    assert find_date("the plan they signed in Tbilisi on March 12, 2021", 2024) == "2021-03-12"


def test_other_signer_by_its_head_noun() -> None:
    text = (
        "Interview with the UNICEF representative\n\n"
        "Q: What is the basis of the work with the Ministry of Health of the Kyrgyz Republic?\n"
        "A: The cooperation agreement for 2023–2027, which the UNICEF Country Office and the "
        "Ministry signed in Bishkek last year, sets the priorities."
    )
    assert parties(extract(text)) == [
        ("agreement", ["Ministry of Health of the Kyrgyz Republic", "UNICEF Country Office"])
    ]


def test_its_unit_is_in_the_owner_country() -> None:
    text = (
        "Swiss surgeons in Tbilisi\n\n"
        "The guests visited Georgia's oldest medical school, Tbilisi State Medical University, "
        "where the rector showed them its Gudushauri National Medical Center."
    )
    found = countries(extract(text))
    assert found["Tbilisi State Medical University"] == "GE"
    assert found["Gudushauri National Medical Center"] == "GE"


def test_institutions_of_one_delegation_share_a_country() -> None:
    text = (
        "Doctors from Moscow in Bishkek\n\n"
        "A delegation of the Sechenov University of Russia and the Pirogov Research Institute of "
        "Surgery visited Bishkek on 2 May at the invitation of the Kyrgyz State Medical Academy."
    )
    found = countries(extract(text))
    assert found["Sechenov University of Russia"] == "RU"
    assert found["Pirogov Research Institute of Surgery"] == "RU"


def event_links(f: Facts) -> list[tuple[list[str], str | None]]:
    names = {i.id: i.name for i in f.institutions}
    events = {e.id: e.name for e in f.events}
    return [(sorted(names[p] for p in a.parties), events.get(a.event or "")) for a in f.agreements]


def test_agreement_at_a_sub_event_named_by_its_head() -> None:
    text = (
        "Days of Armenian Medicine in Georgia\n\n"
        "From 2 to 4 June, Tbilisi hosted the Days of Armenian Medicine in Georgia. The programme "
        "included the plenary session \"Two Neighbours, One Health\" and the round table of deans "
        "of medical faculties, held on 4 June at Tbilisi State Medical University.\n\n"
        "During the plenary session the Ministry of Health of Armenia and the Ministry of Health "
        "of Georgia signed a plan of cooperation. At the round table Yerevan State Medical "
        "University and Tbilisi State Medical University concluded an agreement on exchanges."
    )
    assert event_links(extract(text)) == [
        (["Ministry of Health of Armenia", "Ministry of Health of Georgia"],
         "Two Neighbours, One Health"),
        (["Tbilisi State Medical University", "Yerevan State Medical University"],
         "round table of deans of medical faculties"),
    ]


def test_operations_by_specialists_of_a_guest_institution() -> None:
    text = (
        "Days of Uzbek Medicine in Tajikistan\n\n"
        "Dushanbe hosted the Days of Uzbek Medicine in Tajikistan from 5 to 7 May. The programme "
        "included live surgeries by specialists of the Republican Center of Pediatric Surgery at "
        "the clinics of Dushanbe."
    )
    found = countries(extract(text))
    assert found["Republican Center of Pediatric Surgery"] == "UZ"


def test_headline_demonym_and_head_noun_place_the_one_unplaced() -> None:
    text = (
        "Kyrgyz cardiology centre and Asan Medical Center of Korea sign memorandum\n"
        "Seoul, 4 May 2025\n\n"
        "The Republican Center of Cardiac Surgery has signed a memorandum with the Asan Medical "
        "Center of Korea on the training of cardiac surgeons."
    )
    found = countries(extract(text))
    assert found == {
        "Republican Center of Cardiac Surgery": "KG",
        "Asan Medical Center of Korea": "KR",
    }


def test_headline_reference_to_a_placed_institution_places_no_other() -> None:
    text = (
        "Kyrgyz cardiology centre signs with partners\n\n"
        "The National Center of Cardiology of the Kyrgyz Republic signed a memorandum with the "
        "Bakulev Centre for Cardiovascular Surgery."
    )
    found = countries(extract(text))
    assert found["Bakulev Centre for Cardiovascular Surgery"] is None


def dates(f: Facts) -> list[str | None]:
    return [a.date for a in f.agreements]


def test_same_occasion_is_the_same_day() -> None:
    text = (
        "Riga and Almaty\n"
        "16 March 2024\n\n"
        "Riga Stradins University and the Kazakh National Medical University signed an "
        "agreement in Riga on 14 March that covers joint degrees.\n\n"
        "The agreement was signed by the two rectors. On the same occasion the Ministry of "
        "Health of Latvia and "
        "the Ministry of Health of Kazakhstan signed a memorandum on nurse training."
    )
    assert dates(extract(text)) == ["2024-03-14", "2024-03-14"]


def test_date_of_a_statement_is_no_signing_date() -> None:
    text = (
        "Pharmaceutical contract\n\n"
        "Tashkent – The Uzbek producer Jurabek Laboratories JSC and the Kazakh company Chimpharm "
        "JSC have signed a supply contract for insulin, the Uzbek company said on 3 July 2024."
    )
    assert dates(extract(text)) == [None]


def test_planned_document_pairs_its_parties_for_their_countries() -> None:
    text = (
        "Armenian minister in Minsk\n\n"
        "The Minister of Health of Armenia and the Minister of Health of Belarus signed a plan "
        "of cooperation between the Ministry of Health of Armenia and the Ministry of Health of "
        "Belarus. In addition, an agreement between the Republican Center of Neurology and the "
        "Research Institute of Cardiology of Armenia is being prepared for signing."
    )
    f = extract(text)
    assert countries(f)["Republican Center of Neurology"] == "BY"
    assert len(f.agreements) == 1  # the planned one is no agreement


def test_host_where_its_people_are_named_by_demonym() -> None:
    text = (
        "Tajik oncologists in Tashkent\n\n"
        "The Tajik delegation visited the Republican Center of Oncology named after A.B. "
        "Karimov, where Uzbek surgeons presented new methods of breast reconstruction."
    )
    found = countries(extract(text))
    assert found["Republican Center of Oncology named after A.B. Karimov"] == "UZ"


def test_counted_documents_told_by_their_pairs() -> None:
    text = (
        "Almaty and Tbilisi\n\n"
        "Two memoranda were signed: between Kazakh National Medical University and Tbilisi State "
        "Medical University, and between the National Center for Neurosurgery and the Georgian "
        "Heart Institute. A third memorandum, between the Ministry of Health of Kazakhstan and "
        "the Ministry of Health of Georgia, is being prepared."
    )
    assert parties(extract(text)) == [
        ("memorandum", ["Kazakh National Medical University", "Tbilisi State Medical University"]),
        ("memorandum", ["Georgian Heart Institute", "National Center for Neurosurgery"]),
    ]


def test_each_document_with_its_own_partner() -> None:
    text = (
        "Almaty university signs two documents\n\n"
        "Kazakh National Medical University signed a memorandum with Tbilisi State Medical "
        "University and a roadmap with Yerevan State Medical University."
    )
    kaznmu = "Kazakh National Medical University"
    assert parties(extract(text)) == [
        ("memorandum", [kaznmu, "Tbilisi State Medical University"]),
        ("roadmap", [kaznmu, "Yerevan State Medical University"]),
    ]
