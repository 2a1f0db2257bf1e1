"""Text reader, round 13 (agreements, events, institution country): error classes of
holdout22-24, each rule checked on a text written for it in other wording, with other
countries and names.

Classes: agreements (an understanding only invoked, "in accordance with the agreements
reached", is no document).
"""

from __future__ import annotations

from medcoop.facts import Facts
from medcoop.loaders.text import extract


def parties(f: Facts) -> list[tuple[str, list[str]]]:
    names = {i.id: i.name for i in f.institutions}
    return [(a.kind, [names[p] for p in a.parties]) for a in f.agreements]


def test_invoked_understanding_is_no_document() -> None:
    text = (
        "Georgian doctors in Baku\n\n"
        "The forum was held by the Ministry of Health of Azerbaijan and the Ministry of Health "
        "of Georgia pursuant to the agreements reached between the two prime ministers last "
        "year. During the forum, the Azerbaijan Medical University and Tbilisi State Medical "
        "University signed a memorandum on student exchange."
    )
    assert parties(extract(text)) == [
        ("memorandum", ["Azerbaijan Medical University", "Tbilisi State Medical University"])
    ]


def test_document_signed_under_an_invoked_understanding() -> None:
    text = (
        "Baku and Tbilisi universities sign\n\n"
        "In line with the agreements reached in 2022, Azerbaijan Medical University and "
        "Tbilisi State Medical University signed a memorandum on student exchange."
    )
    assert parties(extract(text)) == [
        ("memorandum", ["Azerbaijan Medical University", "Tbilisi State Medical University"])
    ]


def signatories(f: Facts) -> list[tuple[list[str], list[str]]]:
    names = {i.id: i.name for i in f.institutions}
    people = {p.id: p.name for p in f.people}
    return [
        (sorted(names[p] for p in a.parties), sorted(people[p] for p in a.signatories))
        for a in f.agreements
    ]


def test_items_naming_the_partner_only() -> None:
    text = (
        "Tbilisi State Medical University signs in Riga\n\n"
        "A delegation of Tbilisi State Medical University headed by Rector Zurab Vadachkoria "
        "visited Latvia. On 12 May, two memoranda were signed in Riga:\n"
        "- with Riga Stradins University, on joint master's programmes;\n"
        "- with Pauls Stradins Clinical University Hospital, on residents' internships.\n"
        "On the Latvian side, the documents were signed by the Rector of Riga Stradins "
        "University Aigars Petersons and the Director of Pauls Stradins Clinical University "
        "Hospital Eriks Vilks. All memoranda were signed by Z. Vadachkoria for the Georgian side."
    )
    assert signatories(extract(text)) == [
        (
            ["Riga Stradins University", "Tbilisi State Medical University"],
            ["Aigars Petersons", "Zurab Vadachkoria"],
        ),
        (
            ["Pauls Stradins Clinical University Hospital", "Tbilisi State Medical University"],
            ["Eriks Vilks", "Zurab Vadachkoria"],
        ),
    ]


def test_earlier_document_of_another_kind() -> None:
    text = (
        "Almaty, 4 March 2024\n\n"
        "On 3 March 2024, the Kazakh Research Institute of Cardiology and the Bashkir State "
        "Medical University signed a roadmap of cooperation for 2024-2025.\n\n"
        "The earlier memorandum between the two institutions was signed in 2020."
    )
    pair = ["Kazakh Research Institute of Cardiology", "Bashkir State Medical University"]
    assert parties(extract(text)) == [("roadmap", pair), ("memorandum", pair)]


def test_earlier_document_renewed_is_not_another() -> None:
    text = (
        "Almaty, 4 March 2024\n\n"
        "On 3 March 2024, the Kazakh Research Institute of Cardiology and the Bashkir State "
        "Medical University signed a new cooperation agreement.\n\n"
        "The first agreement between the two institutions was signed in 2020."
    )
    pair = ["Kazakh Research Institute of Cardiology", "Bashkir State Medical University"]
    assert parties(extract(text)) == [("agreement", pair)]


def test_two_documents_in_one_sentence_keep_their_kind_and_signers() -> None:
    text = (
        "Yerevan and Minsk sign two documents\n\n"
        "On 5 June in Minsk the sides concluded a memorandum between Yerevan State Medical "
        "University and Belarusian State Medical University, signed by the rectors Armen "
        "Muradyan and Sergei Rubnikovich, and a contract between Erebouni Medical Center and "
        "the Minsk Scientific and Practical Center of Surgery on the supply of stents."
    )
    f = extract(text)
    assert parties(f) == [
        ("memorandum", ["Yerevan State Medical University", "Belarusian State Medical University"]),
        (
            "contract",
            ["Erebouni Medical Center", "Minsk Scientific and Practical Center of Surgery"],
        ),
    ]
    assert [sorted(p.split("-")[-1] for p in a.signatories) for a in f.agreements] == [
        ["muradyan", "rubnikovich"],
        [],
    ]


def test_listed_documents_take_the_day_their_count_is_told_with() -> None:
    text = (
        "Kazakh and Turkish doctors sign two documents\n"
        "Almaty, 10 April 2024\n\n"
        "The third meeting of the Kazakh-Turkish health working group ended today in Almaty "
        "with the signing of two documents.\n"
        "The following documents were signed:\n"
        "1. A memorandum between Asfendiyarov Kazakh National Medical University and "
        "Hacettepe University.\n"
        "2. An agreement between the National Scientific Center of Surgery and Ankara City "
        "Hospital.\n"
    )
    assert [a.date for a in extract(text).agreements] == ["2024-04-10", "2024-04-10"]


def test_event_named_with_its_year_then_what_it_is() -> None:
    text = (
        "Riyadh, 6 May 2024\n\n"
        "King Saud University and Heidelberg University Hospital signed a memorandum of "
        "understanding on joint research. The agreement was signed on the sidelines of MedTech "
        "Riyadh 2024, the kingdom's largest medical fair, held in Riyadh from 4 to 6 May."
    )
    f = extract(text)
    assert [e.name for e in f.events] == ["MedTech Riyadh 2024"]
    assert [a.event for a in f.agreements] == [f.events[0].id]


def test_several_word_signing_verb() -> None:
    text = (
        "Baku, 2 June 2024\n\n"
        "Azerbaijan Medical University and Tbilisi State Medical University concluded a "
        "memorandum on student exchange. Rector Gerayi Gerayzade and Rector Zurab Vadachkoria "
        "put their names to the document in Baku."
    )
    assert signatories(extract(text)) == [
        (
            ["Azerbaijan Medical University", "Tbilisi State Medical University"],
            ["Gerayi Gerayzade", "Zurab Vadachkoria"],
        )
    ]


def countries(f: Facts) -> dict[str, str | None]:
    return {i.name: i.country for i in f.institutions}


def test_demonym_with_a_description_before_the_name() -> None:
    text = (
        "Doha, 3 May 2024\n\n"
        "Hamad Medical Corporation signed a contract with the Eindhoven-based Dutch medical "
        "technology company Philips on the supply of MRI scanners."
    )
    assert countries(extract(text))["Philips"] == "NL"


def test_the_sultanates_and_the_kingdoms() -> None:
    sultanate = (
        "Muscat, 3 May 2024\n\n"
        "Oman's Ministry of Health and Charite signed an agreement. The sultanate's Khoula "
        "Hospital will host the first trainees."
    )
    assert countries(extract(sultanate))["Khoula Hospital"] == "OM"
    two_kingdoms = (
        "Riyadh, 3 May 2024\n\n"
        "Saudi Arabia's Ministry of Health and the Jordanian Ministry of Health signed an "
        "agreement. The kingdom's King Fahad Hospital will host the first trainees."
    )
    assert countries(extract(two_kingdoms))["King Fahad Hospital"] is None


def test_the_demonym_university_named_farther_back() -> None:
    text = (
        "Bishkek, 3 May 2024\n\n"
        "A delegation from Turkey's Hacettepe University visited Ala-Too International "
        "University this week.\n\n"
        "Talks focused on residency training. The rector said the Kyrgyz university was ready "
        "to host Turkish residents."
    )
    assert countries(extract(text)) == {
        "Hacettepe University": "TR",
        "Ala-Too International University": "KG",
    }


def test_possessive_description_is_the_other_ones() -> None:
    text = (
        "Vilnius, 3 May 2024\n\n"
        "The visit builds on the agreement concluded in 2019 between the Mongolian National "
        "University of Medical Sciences and the Riga Stradins University (RSU), the Mongolian "
        "university's first such agreement in the Baltics."
    )
    assert countries(extract(text))["Riga Stradins University"] != "MN"


def test_country_of_an_officers_title() -> None:
    text = (
        "Apollo Hospitals signs MoU with Bishkek surgical centre\n"
        "New Delhi, July 12, 2022\n\n"
        "Apollo Hospitals Enterprise Ltd, India's largest private hospital chain, has signed a "
        "memorandum of understanding with the National Surgical Center.\n\n"
        "India's Ambassador Vikram Rao and Kyrgyzstan's Deputy Minister of Health and Social "
        "Protection of Population, Aibek Osmonov, witnessed the signing.\n\n"
        "Osmonov said the Ministry of Health and Social Protection of Population was also in "
        "talks with Apollo on telemedicine."
    )
    ministry = "Ministry of Health and Social Protection of Population"
    assert countries(extract(text))[ministry] == "KG"


def test_document_in_force_the_text_names_without_its_signing() -> None:
    text = (
        "Kazan Federal University hosts Turkish surgeons\n"
        "Kazan, 3 May 2024\n\n"
        "Kazan Federal University received a delegation of Ankara City Hospital on 2 May.\n\n"
        "Since 2022, the university has been cooperating with the Turkish Society of Surgery "
        "under an agreement on joint courses, and more than 30 residents have trained in Ankara."
    )
    assert parties(extract(text)) == [
        ("agreement", ["Kazan Federal University", "Turkish Society of Surgery"])
    ]


def test_unit_of_a_parent_named_by_initials_never_introduced() -> None:
    text = (
        "Vilnius, 3 May 2024\n\n"
        "Vilnius University and the Kaunas Clinical Hospital signed a memorandum. The "
        "memorandum was signed from the Lithuanian side by the Rector of Vilnius University, "
        "and from the Georgian side by the Rector of Tbilisi State Medical University. The "
        "Rector of TSMU said that the First University Clinic of TSMU will host the first "
        "trainees."
    )
    f = extract(text)
    assert countries(f)["First University Clinic of TSMU"] == "GE"


def test_host_in_a_city_a_where_clause_names() -> None:
    text = (
        "Almaty, 3 May 2024\n\n"
        "The Kyrgyz State Medical Academy signed a memorandum with Hacettepe University. On "
        "the last day the guests went to Osh, where a workshop was held at the Southern "
        "Regional Hospital."
    )
    assert countries(extract(text))["Southern Regional Hospital"] == "KG"


def test_the_countrys_is_the_datelines_country() -> None:
    text = (
        "Amman, 21 May 2024\n\n"
        "Siemens Healthineers concluded a memorandum with Al-Bashir Hospital, the country's "
        "largest public hospital. Jordan is a key market for the German firm."
    )
    assert countries(extract(text))["Al-Bashir Hospital"] == "JO"


def test_one_of_the_hospitals_of_a_placed_university() -> None:
    text = (
        "Cairo, 3 May 2024\n\n"
        "A delegation from Turkey's Hacettepe University visited Helwan University this week."
        "\n\nTalks focused on residency training. The dean said the Egyptian university was "
        "ready to host Turkish residents.\n\n"
        "The guests also toured Badr Hospital, one of the university hospitals of Helwan, and "
        "met its staff."
    )
    assert countries(extract(text)) == {
        "Hacettepe University": "TR",
        "Helwan University": "EG",
        "Badr Hospital": "EG",
    }


def test_counted_documents_told_one_by_one_and_an_earlier_one() -> None:
    text = (
        "Minsk, 3 October 2023\n\n"
        "On 27 September, two memoranda were signed in Minsk: a memorandum between Belarusian "
        "State Medical University and Kazan State Medical University, and a memorandum "
        "between Belarusian State Medical University and Tbilisi State Medical University.\n\n"
        "Ties with Kazan go back to 2015, when Belarusian State Medical University and Kazan "
        "State Medical University concluded their first agreement on student exchange."
    )
    f = extract(text)
    assert parties(f) == [
        ("memorandum", ["Belarusian State Medical University", "Kazan State Medical University"]),
        ("memorandum", ["Belarusian State Medical University", "Tbilisi State Medical University"]),
        ("agreement", ["Belarusian State Medical University", "Kazan State Medical University"]),
    ]
    assert [a.date for a in f.agreements] == ["2023-09-27", "2023-09-27", None]


def test_days_of_medicine_guests_and_hosts() -> None:
    text = (
        "Days of Kazakh Medicine in Kyrgyzstan\n"
        "Bishkek, 12 May 2024\n\n"
        "From 10 to 12 May, the Days of Kazakh Medicine in Kyrgyzstan were held in Bishkek.\n\n"
        "On the second day, specialists of the Scientific Center of Obstetrics conducted "
        "consultations at the Republican Perinatal Center, and Kazakh surgeons performed "
        "operations at the Southern Regional Hospital."
    )
    assert countries(extract(text)) == {
        "Scientific Center of Obstetrics": "KZ",
        "Republican Perinatal Center": "KG",
        "Southern Regional Hospital": "KG",
    }


def test_two_signers_each_with_a_title_set_off_by_commas() -> None:
    text = (
        "Ankara, 3 May 2024\n\n"
        "Hacettepe University and Azerbaijan Medical University concluded a memorandum on "
        "student exchange. Prof. Ayse Demir, Vice-Rector for International Relations of "
        "Hacettepe University, and Prof. Elchin Aliyev, Dean of the Faculty of Medicine of "
        "Azerbaijan Medical University, signed the document."
    )
    assert signatories(extract(text)) == [
        (
            ["Azerbaijan Medical University", "Hacettepe University"],
            ["Ayse Demir", "Elchin Aliyev"],
        )
    ]


def test_on_behalf_of_it_was_signed_by() -> None:
    text = (
        "Riga, 3 May 2024\n\n"
        "A memorandum was signed between Riga East University Hospital and the Lithuanian "
        "Institute of Oncology. On behalf of the hospital it was signed by its chairman, Janis "
        "Ozols, and on behalf of the Lithuanian institute by its director, Professor Ona "
        "Kazlauskiene."
    )
    assert signatories(extract(text)) == [
        (
            ["Lithuanian Institute of Oncology", "Riga East University Hospital"],
            ["Janis Ozols", "Ona Kazlauskiene"],
        )
    ]


def test_agreed_in_principle_is_not_signed() -> None:
    text = (
        "Almaty, 3 May 2024\n\n"
        "The rectors agreed in principle on a memorandum between Asfendiyarov Kazakh National "
        "Medical University and Hacettepe University. Both also approved in principle an "
        "agreement between the two universities on joint residency."
    )
    assert extract(text).agreements == []


def test_terms_settled_or_signing_on_the_agenda_is_not_signed() -> None:
    settled = (
        "Almaty, 3 May 2024\n\n"
        "The rectors reached agreement on a memorandum between Asfendiyarov Kazakh National "
        "Medical University and Hacettepe University."
    )
    assert extract(settled).agreements == []
    agenda = (
        "Almaty, 3 May 2024\n\n"
        "The signing of a roadmap between Asfendiyarov Kazakh National Medical University and "
        "Hacettepe University is on the agenda of the next joint commission."
    )
    assert extract(agenda).agreements == []
    signed = (
        "Almaty, 3 May 2024\n\n"
        "The rectors reached agreement on cooperation, and Asfendiyarov Kazakh National "
        "Medical University and Hacettepe University signed a memorandum."
    )
    assert [a.kind for a in extract(signed).agreements] == ["memorandum"]
