"""Text reader, round 21b: error classes of holdout41-44 in agreements, events and agreement
counts, each checked on a text written for it in other wording, with other countries and names.
"""

from __future__ import annotations

from medcoop.loaders.text import extract

from .test_text_round16b import party_names


def test_an_agreement_a_university_has_had_with_a_partner_is_a_signed_one() -> None:
    text = (
        "Accra, 3 March 2024\n\n"
        "A delegation of the University of Ghana Medical School visited the Korle Bu "
        "Teaching Hospital on 2 March. The dean said that the school is looking for partners "
        "in the European Union, and that Portugal is a priority: since 2021 the Korle Bu "
        "Teaching Hospital has had a contract on nurse training with the University of Porto, "
        "under which 40 nurses have trained in Portugal. A memorandum with the medical school "
        "was discussed but is still "
        "being drafted."
    )
    assert party_names(extract(text)) == [["Korle Bu Teaching Hospital", "University of Porto"]]


def test_an_agreement_a_partner_hopes_to_have_is_no_signed_one() -> None:
    text = (
        "Accra, 3 March 2024\n\n"
        "The Korle Bu Teaching Hospital would like to have a contract on nurse training with "
        "the University of Porto within two years."
    )
    assert party_names(extract(text)) == []


def test_an_acronym_of_a_name_given_with_and_without_its_named_after_is_that_name() -> None:
    text = (
        "Almaty, 5 May 2024\n\n"
        "Kazakh National Medical University hosted guests from the Georgian National Cancer "
        "Institute named after A. Natishvili on 4 May. Since 2020 GNCI has had an agreement on "
        "joint research with the Kazakh National Medical University, under which 12 papers were "
        "published. The Georgian National Cancer Institute delegation toured the clinics."
    )
    assert party_names(extract(text)) == [
        [
            "Georgian National Cancer Institute named after A. Natishvili",
            "Kazakh National Medical University",
        ]
    ]


def test_a_name_after_the_document_word_is_what_the_two_sides_plan_is_about() -> None:
    text = (
        "Riga, 4 April 2024\n\n"
        "A delegation of Tartu University Hospital visited Pauls Stradins Clinical University "
        "Hospital (PSCUH) on 3 April.\n\n"
        "After the talks, the sides signed an agreement on exchange of surgeons. The document "
        "was signed by the two directors. It covers training in cardiac surgery and "
        "transplantation. Ten Latvian surgeons are to train in Tartu next year.\n\n"
        "The two hospitals also adopted a plan of joint activities for 2024-2025, which includes "
        "a course in robotic surgery for young surgeons of Tartu University Hospital."
    )
    facts = extract(text)
    both = ["Pauls Stradins Clinical University Hospital", "Tartu University Hospital"]
    assert [a.kind for a in facts.agreements] == ["agreement", "plan"]
    assert party_names(facts) == [both, both]


def test_a_branded_fair_with_its_kind_between_year_and_head_keeps_the_whole_name() -> None:
    text = (
        "Moscow, 12 March 2024\n\n"
        "A delegation of Pirogov Russian National Research Medical University took part in the "
        "Zdravitsa 2024 annual medical fair, held in Minsk from March 5 to March 8. There the "
        "university signed an agreement with the Belarusian State Medical University."
    )
    facts = extract(text)
    assert [(e.name, e.aliases) for e in facts.events] == [
        ("Zdravitsa 2024 annual medical fair", ["Zdravitsa 2024"])
    ]
    assert [a.event for a in facts.agreements] == [facts.events[0].id]


def test_a_clipped_word_names_the_same_congress() -> None:
    text = (
        "Almaty, 20 October 2024\n\n"
        "The Kazakh National Medical University hosted the first Kazakh–Turkish Congress of "
        "Cardiology and Cardiac Surgery on 18-19 October. The organisers said that the "
        "Kazakh-Turkish Cardio Congress will be held every year."
    )
    assert [(e.name, e.aliases) for e in extract(text).events] == [
        (
            "Kazakh–Turkish Congress of Cardiology and Cardiac Surgery",
            ["Kazakh-Turkish Cardio Congress"],
        )
    ]


def test_days_of_a_country_s_medicine_are_not_the_days_held_in_that_country() -> None:
    text = (
        "Bishkek, 2 June 2024\n\n"
        "The Days of Tatarstan Medicine in Kyrgyzstan ended in Bishkek on Friday. Next year the "
        "Days of Kyrgyz Medicine will be held in Kazan."
    )
    assert sorted(e.name for e in extract(text).events) == [
        "Days of Kyrgyz Medicine",
        "Days of Tatarstan Medicine in Kyrgyzstan",
    ]


def test_a_list_item_s_party_keeps_the_indian_city_written_after_its_name() -> None:
    text = (
        "Almaty, 9 September 2024\n\n"
        "At the forum the following memorandums were signed:\n"
        "– between the Kazakh National Medical University and the Indian Institute of Science "
        "Education and Research, Mohali, on joint PhD programmes;\n"
        "– between the Almaty Oncology Centre and Tata Memorial Hospital, on cancer registries."
    )
    facts = extract(text)
    assert party_names(facts) == [
        ["Almaty Oncology Centre", "Tata Memorial Hospital"],
        [
            "Indian Institute of Science Education and Research",
            "Kazakh National Medical University",
        ],
    ]
    names = {i.name: i.aliases for i in facts.institutions}
    assert names["Indian Institute of Science Education and Research"] == [
        "Indian Institute of Science Education and Research, Mohali"
    ]


_WITH_ITEMS = (
    "Tbilisi, 12 May 2024\n\n"
    "The Georgian Forum of Cardiology was held on 10-11 May at the National Center of "
    "Cardiology (NCC) in Tbilisi. It was opened by the Director of NCC, Levan Beridze.\n\n"
    "On 11 May 2024, at a signing ceremony that closed the forum, NCC concluded three "
    "memorandums of cooperation:\n"
    "– with the Yerevan Heart Center (Armenia);\n"
    "– with the Baku Cardiology Institute (Azerbaijan);\n"
    "– with the Trabzon Regional Heart Hospital (Türkiye).\n\n"
    "The documents were signed by L. Beridze and by the heads of the partner institutions, "
    "Dr. Armen Sargsyan, Dr. Elnur Mammadov and Prof. Mehmet Kaya respectively.\n\n"
    "Besides these three documents, four more memorandums were signed during the forum "
    "between clinics of Georgia and Armenia."
)


def test_with_items_are_signed_by_the_subject_of_their_intro() -> None:
    assert party_names(extract(_WITH_ITEMS)) == [
        ["Baku Cardiology Institute", "National Center of Cardiology"],
        ["National Center of Cardiology", "Trabzon Regional Heart Hospital"],
        ["National Center of Cardiology", "Yerevan Heart Center"],
    ]


def test_signers_named_respectively_sign_one_listed_document_each() -> None:
    facts = extract(_WITH_ITEMS)
    ids = {i.id: i.name for i in facts.institutions}
    names = {p.id: p.name for p in facts.people}
    signed = {
        next(ids[x] for x in a.parties if ids[x] != "National Center of Cardiology"): sorted(
            names[p] for p in a.signatories
        )
        for a in facts.agreements
    }
    assert signed == {
        "Yerevan Heart Center": ["Armen Sargsyan", "Levan Beridze"],
        "Baku Cardiology Institute": ["Elnur Mammadov", "Levan Beridze"],
        "Trabzon Regional Heart Hospital": ["Levan Beridze", "Mehmet Kaya"],
    }


def test_a_count_after_the_documents_told_before_it_in_its_sentence() -> None:
    assert [(c.count, c.event is not None) for c in extract(_WITH_ITEMS).agreement_counts] == [
        (4, True)
    ]


def test_a_return_week_of_the_host_region_is_an_event_of_its_own() -> None:
    text = (
        "Omsk, 3 October 2024\n\n"
        "The Week of Omsk Healthcare in the Pavlodar Region was held on 23-27 September in "
        "Pavlodar. A return Week of Pavlodar Healthcare is planned in Omsk next spring."
    )
    assert sorted(e.name for e in extract(text).events) == [
        "Week of Omsk Healthcare in the Pavlodar Region",
        "Week of Pavlodar Healthcare",
    ]


def test_the_signatories_named_in_the_next_sentence_signed_the_document() -> None:
    text = (
        "Minsk, 5 March 2024\n\n"
        "On 4 March 2024, Belarusian State Medical University (BSMU) and Vilnius University "
        "signed an agreement on joint residency training. The signatories were BSMU Rector "
        "Sergei Rubnikovich and Vilnius University Rector Rimvydas Petrauskas."
    )
    facts = extract(text)
    names = {p.id: p.name for p in facts.people}
    assert [sorted(names[p] for p in a.signatories) for a in facts.agreements] == [
        ["Rimvydas Petrauskas", "Sergei Rubnikovich"]
    ]


def test_the_second_memorandum_of_a_series_is_a_document_of_its_own() -> None:
    text = (
        "Istanbul, 2 May 2024\n\n"
        "Bosphorus University Hospital signed two memorandums at the Eurasia Health Summit.\n\n"
        "The first memorandum is a tripartite agreement between Bosphorus University Hospital, "
        "the Turkish Health Agency and the Tbilisi Children's Hospital. It was signed by "
        "Director Ayse Demir.\n\n"
        "The second memorandum was concluded with the Almaty Children's Hospital. It was "
        "signed by Demir and Dr. Dana Akhmetova."
    )
    assert party_names(extract(text)) == [
        ["Almaty Children's Hospital", "Bosphorus University Hospital"],
        ["Bosphorus University Hospital", "Tbilisi Children's Hospital", "Turkish Health Agency"],
    ]


def test_a_symposium_on_a_subject_is_named_by_head_and_subject() -> None:
    text = (
        "Baku, 3 June 2024\n\n"
        "Within the congress, the Symposium on Pediatric Oncology took place on 2 June, and the "
        "Forum on June 3 closed it."
    )
    assert [e.name for e in extract(text).events] == ["Symposium on Pediatric Oncology"]


def test_a_master_class_with_its_title_in_quotes_is_an_event() -> None:
    text = (
        "Yerevan, 20 May 2024\n\n"
        'During the Days, a surgical master class "Laparoscopy Without Complications" was held '
        "at the Izmirlian Medical Center on 18 May."
    )
    assert [(e.name, e.aliases) for e in extract(text).events] == [
        (
            "Laparoscopy Without Complications",
            ['surgical master class "Laparoscopy Without Complications"'],
        )
    ]


def test_numbered_documents_under_a_passive_intro_are_the_release_s_own() -> None:
    text = (
        "Nairobi, 4 March 2024\n"
        "Aga Khan University Hospital (AKUH) has concluded a series of partnership papers with "
        "hospitals in Europe, the hospital announced today.\n"
        "The documents, signed during the Kenya Health Week held in Nairobi, are:\n"
        "1. A memorandum of understanding with Great Ormond Street Hospital, London, on "
        "paediatric surgery, signed by AKUH Chief Executive Officer Dr Rashid Ali;\n"
        "2. A research agreement with Karolinska University Hospital covering malaria;\n"
        "3. A plan of cooperation with colleagues in Uganda on nurse training, which builds "
        "on the two institutions' old ties."
    )
    assert party_names(extract(text)) == [
        ["Aga Khan University Hospital", "Great Ormond Street Hospital"],
        ["Aga Khan University Hospital", "Karolinska University Hospital"],
    ]


def test_a_count_whose_documents_are_then_listed_one_by_one_is_no_count() -> None:
    text = (
        "Kazan, 10 June 2024\n\n"
        "The Days of Tatarstan Medicine in Uzbekistan were held on 5-8 June. Three documents "
        "were signed during the Days:\n"
        "1. Kazan State Medical University and Bukhara State Medical Institute signed an "
        "agreement on residency training.\n"
        "2. The Republican Clinical Hospital and the Bukhara Regional Hospital signed a "
        "memorandum on telemedicine.\n"
        "3. A plan of joint activities was adopted by the regional health authorities."
    )
    assert extract(text).agreement_counts == []


def test_a_branded_name_set_after_an_event_s_name_by_a_comma_is_its_other_name() -> None:
    text = (
        "Almaty, 20 May 2024\n\n"
        "The Third Almaty International Dental and Healthcare Fair, KazDent Expo 2024, closed on "
        "Friday. In total, 9 memorandums were signed during KazDent Expo 2024."
    )
    facts = extract(text)
    assert [(e.name, e.aliases) for e in facts.events] == [
        ("Third Almaty International Dental and Healthcare Fair", ["KazDent Expo 2024"])
    ]
    assert [(c.count, c.event) for c in facts.agreement_counts] == [(9, facts.events[0].id)]


def test_a_round_table_on_a_subject_is_no_event_its_subject_word_refers_to() -> None:
    text = (
        "Tashkent, 25 April 2024\n\n"
        "The Tashkent Healthcare Fair was held on 22-24 April. Within the fair, the Round Table "
        "on Neonatal Surgery was held on 23 April.\n\n"
        "Tashkent Pediatric Medical Institute also signed an agreement with Rainbow Children's "
        "Hospital on training in neonatal surgery."
    )
    facts = extract(text)
    ids = {e.name: e.id for e in facts.events}
    assert sorted(ids) == ["Round Table on Neonatal Surgery", "Tashkent Healthcare Fair"]
    assert [a.event for a in facts.agreements] == [ids["Tashkent Healthcare Fair"]]


def test_a_head_word_inside_a_longer_word_is_no_event() -> None:
    text = (
        "Dhaka, 2 May 2024\n\n"
        "The Week was organised by the Medical Devices Export Council of Bangladesh with the "
        "Ministry of Health of Nepal."
    )
    assert extract(text).events == []


def test_a_meeting_of_the_guests_of_a_country_is_no_named_event() -> None:
    text = (
        "Bishkek, 2 May 2024\n\n"
        "During the visit, the meeting of the Kazakh guests with the Rector of the Kyrgyz State "
        "Medical Academy took place."
    )
    assert extract(text).events == []


def test_the_signing_ceremony_between_two_names_the_parties_of_the_next_sentence() -> None:
    text = (
        "Baku, 4 March 2024\n\n"
        "The signing ceremony between Azerbaijan Medical University and Hacettepe University "
        "took place by video link on 3 March 2024. Staff of both sides followed it from Baku and "
        "Ankara, and the memorandum of understanding was signed electronically."
    )
    facts = extract(text)
    assert party_names(facts) == [["Azerbaijan Medical University", "Hacettepe University"]]
    assert [a.date for a in facts.agreements] == ["2024-03-03"]


def test_who_represented_each_party_right_after_the_signing_signed_it() -> None:
    text = (
        "Vilnius, 6 May 2024\n\n"
        "Vilnius University Hospital Santaros Klinikos and the Latvian Oncology Centre signed a "
        "memorandum on cancer screening on 5 May 2024. The Lithuanian hospital was represented "
        "by its director, Dr. Egle Petrauskiene, and the Latvian centre by its head, Dr. Janis "
        "Ozols."
    )
    facts = extract(text)
    names = {p.id: p.name for p in facts.people}
    assert [sorted(names[p] for p in a.signatories) for a in facts.agreements] == [
        ["Egle Petrauskiene", "Janis Ozols"]
    ]


def test_a_signed_by_line_below_the_signing_paragraph_names_its_signers() -> None:
    text = (
        "Tbilisi, 2 October 2024\n\n"
        "On 1 October the National Blood Bank of Georgia and the Norwegian Blood Service signed "
        "an agreement on donor registries.\n\n"
        "Signed by: Director of the Bank N. Beridze; Head of Cooperation of the Norwegian Blood "
        "Service Lars Hansen.\n"
    )
    facts = extract(text)
    names = {p.id: p.name for p in facts.people}
    assert [sorted(names[p] for p in a.signatories) for a in facts.agreements] == [
        ["Lars Hansen", "N. Beridze"]
    ]
