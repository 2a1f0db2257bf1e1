"""Text reader, round 10b: agreements, events and institution countries of holdout15-17,
each rule checked on texts written for it in other wording, with other countries and names.

Classes: agreements (a numbered list of partners under "… signed with the following
partners:" gives one document each, and each item's "signed by X" signs that item's document
only; a congress "held on May 20-21" dates no signing reported after it; "the rectors" are the
two rectors, not the vice-rectors; the one visit day of the lead dates its signing, a forum's
day does not; an acronym leaves out "of the Ministry of …"; talks held are no hedge; "The
parties signed" are the two just named; an undated report's year is its lead's; a signed
declaration is an agreement); countries ("On the Russian side, … and on the Chinese side …";
"X, which is one of the largest clinics in Northwest China"; a unit "… of <placed
university>" and the university of a placed unit).
"""

from __future__ import annotations

from medcoop.facts import Facts
from medcoop.loaders.text import extract
from medcoop.loaders.text._sentences import sentences


def countries(text: str) -> dict[str, str | None]:
    return {i.name: i.country for i in extract(text).institutions}


def agreements(f: Facts) -> list[tuple[str, list[str], list[str], str | None]]:
    """(kind, party names, signatory names, date) of each agreement, parties sorted."""
    inst = {i.id: i.name for i in f.institutions}
    person = {p.id: p.name for p in f.people}
    return [
        (
            a.kind,
            sorted(inst[p] for p in a.parties),
            sorted(person[p] for p in a.signatories),
            a.date,
        )
        for a in f.agreements
    ]


NUMBERED = (
    "Lviv Medical University signs memoranda with three partners\n\n"
    "At the Spring Forum of Surgeons, held on 14-15 April 2025 in Lviv, Lviv Medical University "
    "signed memoranda with three foreign universities.\n\n"
    "The memoranda were signed on behalf of Lviv Medical University by the Rector, Professor "
    "Olena Hrytsenko, with the following partners:\n\n"
    "1. Vilnius University (Lithuania) – the document was signed by the Dean Tomas Jonaitis. "
    "It covers joint summer schools at Vilnius University.\n\n"
    "2. Tartu University (Estonia) – signed by the Vice-Rector Kadri Tamm.\n\n"
    "3. Warsaw Medical University (Poland) – signed by the Prorector Piotr Zielinski.\n"
)


def test_numbered_partners_one_document_each() -> None:
    got = agreements(extract(NUMBERED))
    assert [a[1] for a in got] == [
        ["Lviv Medical University", "Vilnius University"],
        ["Lviv Medical University", "Tartu University"],
        ["Lviv Medical University", "Warsaw Medical University"],
    ]


def test_each_item_signed_by_signs_its_own_document() -> None:
    got = agreements(extract(NUMBERED))
    assert [a[2] for a in got] == [
        ["Olena Hrytsenko", "Tomas Jonaitis"],
        ["Kadri Tamm", "Olena Hrytsenko"],
        ["Olena Hrytsenko", "Piotr Zielinski"],
    ]


def test_a_span_of_days_dates_no_signing() -> None:
    assert [a[3] for a in agreements(extract(NUMBERED))] == [None, None, None]


def test_the_rectors_are_the_two_rectors_not_the_vice_rectors() -> None:
    f = extract(
        "On 3 March, Grodno Medical University hosted a delegation of Yerevan Medical "
        "University headed by Rector Armen Petrosyan. The guests were met by the Chairman of "
        "the Board – Rector of Grodno Medical University Ivan Kovalenko and the Vice-Rector "
        "for Research Olga Sidorova. The Vice-Rector for Education Karen Hakobyan joined "
        "them. At the end of the visit, the rectors signed an agreement on student exchange."
    )
    assert [a[:3] for a in agreements(f)] == [
        (
            "agreement",
            ["Grodno Medical University", "Yerevan Medical University"],
            ["Armen Petrosyan", "Ivan Kovalenko"],
        )
    ]


def test_one_visit_day_dates_the_signing_of_that_visit() -> None:
    f = extract(
        "Minsk, 12 May 2025\n\n"
        "On May 11, a delegation of Yerevan Medical University headed by Rector Armen Petrosyan "
        "visited Grodno Medical University, where it was received by the Rector of Grodno "
        "Medical University Ivan Kovalenko.\n\n"
        "The guests toured the simulation centre. Taking into account the long friendship of the "
        "two universities, the rectors signed an agreement on joint residency training."
    )
    assert [a[3] for a in agreements(f)] == ["2025-05-11"]


def test_a_forum_day_does_not_date_a_signing_at_the_forum() -> None:
    f = extract(
        "Minsk, 12 May 2025\n\n"
        "On May 11, Grodno Medical University hosted the Belarus-Armenia Medical Forum, attended "
        "by more than a hundred doctors of the two countries.\n\n"
        "At the forum, Grodno Medical University and Yerevan Medical University signed a "
        "memorandum on academic exchange."
    )
    assert [a[3] for a in agreements(f)] == [None]


def test_acronym_leaves_out_the_parent_ministry() -> None:
    f = extract(
        "On 2 June, the Rector of the Kursk State Medical University of the Ministry of Health "
        "of the Russian Federation Viktor Lazarenko received guests from Tashkent. KSMU and the "
        "Tashkent Medical Academy signed an agreement on student exchange."
    )
    assert [a[1] for a in agreements(f)] == [
        [
            "Kursk State Medical University of the Ministry of Health of the Russian Federation",
            "Tashkent Medical Academy",
        ]
    ]


def test_talks_already_held_hedge_nothing() -> None:
    f = extract(
        "Riga, 4 April 2024\n\n"
        "On 4 April, the Minister of Health of the Republic of Latvia Anna Berzina received the "
        "Minister of Health of Georgia Davit Kapanadze. After lengthy negotiations, the action "
        "plan between the Ministry of Health of the Republic of Latvia and the Ministry of "
        "Health of Georgia was signed by the two ministers."
    )
    assert agreements(f) == [
        (
            "plan",
            ["Ministry of Health of Georgia", "Ministry of Health of the Republic of Latvia"],
            ["Anna Berzina", "Davit Kapanadze"],
            "2024-04-04",
        )
    ]


def test_negotiations_still_going_are_a_hedge() -> None:
    f = extract(
        "Riga, 4 April 2024\n\n"
        "Negotiations on an action plan between the Ministry of Health of the Republic of Latvia "
        "and the Ministry of Health of Georgia were signed off by the two deputy ministers."
    )
    assert f.agreements == []


def test_the_parties_are_the_two_institutions_just_named() -> None:
    f = extract(
        "Brest, 9 October 2024\n\n"
        "In Minsk, the delegation of Brest Regional Hospital visited the Minsk Institute of "
        "Oncology, where it was received by the director. The parties signed an agreement on "
        "joint training of oncologists."
    )
    assert [a[1] for a in agreements(f)] == [
        ["Brest Regional Hospital", "Minsk Institute of Oncology"]
    ]


def test_the_year_of_an_undated_report_is_the_one_its_lead_tells() -> None:
    f = extract(
        "Vitebsk doctors visit Kaunas\n"
        "A delegation of the Vitebsk Regional Hospital visited Lithuania from March 3 to March "
        "6, 2025.\n\n"
        "On March 4, the Vitebsk Regional Hospital and the Kaunas Clinical Hospital signed a "
        "memorandum on the exchange of surgeons."
    )
    assert [a[3] for a in agreements(f)] == ["2025-03-04"]


def test_a_signed_declaration_is_an_agreement_of_all_its_signers() -> None:
    f = extract(
        "Vilnius, 2 June 2025\n\n"
        "At the close of the Baltic Nursing Forum, the Vilnius Declaration on Nursing Education "
        "was signed by three colleges: the Vilnius Medical College, the Riga Medical College and "
        "the Tallinn Health Care College."
    )
    assert [a[:2] for a in agreements(f)] == [
        (
            "agreement",
            ["Riga Medical College", "Tallinn Health Care College", "Vilnius Medical College"],
        )
    ]


def test_on_each_side_places_the_names_after_it() -> None:
    text = (
        "Ufa, 5 May 2025\n\n"
        "On the Latvian side, the agreement was signed by the Rector of the Riga Medical "
        "Academy Janis Ozols, and on the Georgian side by the Rector of the Batumi Medical "
        "Institute Nino Beridze."
    )
    assert countries(text) == {"Riga Medical Academy": "LV", "Batumi Medical Institute": "GE"}


def test_which_is_a_clinic_in_a_country_places_it() -> None:
    text = (
        "A memorandum was signed between the Almaty Cardiology Centre and the Third Teaching "
        "Hospital of Chengdu, which is one of the leading clinics in Southwest China."
    )
    assert countries(text)["Third Teaching Hospital of Chengdu"] == "CN"


def test_a_placed_unit_places_its_university() -> None:
    text = (
        "Minsk, 3 May 2025\n\n"
        "The delegation of the Minsk Cancer Centre held talks at Lodz Medical University. A "
        "memorandum was signed between the Minsk Cancer Centre and the Second Clinical "
        "Hospital of Lodz Medical University, which is one of the largest clinics in Poland."
    )
    assert countries(text) == {
        "Minsk Cancer Centre": None,
        "Lodz Medical University": "PL",
        "Second Clinical Hospital of Lodz Medical University": "PL",
    }


def test_the_press_service_institution_is_where_its_dateline_is() -> None:
    text = (
        "Vilnius, 2 June 2025\n\n"
        "The Santara Heart Institute and the Armenian Cardiology Centre (Yerevan, Armenia) "
        "signed a memorandum on training of cardiac surgeons. Lithuania will host the first "
        "group of residents.\n\n"
        "Press service of Santara Heart Institute"
    )
    assert countries(text)["Santara Heart Institute"] == "LT"


def test_a_dateline_city_alone_needs_its_country_named() -> None:
    text = (
        "Kaunas, 2 June 2025\n\n"
        "The Baltic Heart Institute signed a memorandum with the Yerevan Cardiology Centre.\n\n"
        "Press service of Baltic Heart Institute"
    )
    assert countries(text)["Baltic Heart Institute"] is None


def test_part_of_a_placed_institution_places_it() -> None:
    text = (
        "The Santara Heart Institute (Vilnius, Lithuania) signed a memorandum with the Yerevan "
        "Cardiology Centre. Doctors of the National Center for Child Health, which is part of "
        "the Santara Heart Institute, will be trained in Yerevan. After the ceremony, the guests "
        "visited the National Center for Child Health."
    )
    assert countries(text) == {
        "Santara Heart Institute": "LT",
        "Yerevan Cardiology Centre": None,
        "National Center for Child Health": "LT",
    }


def test_an_international_body_office_in_a_country_is_unplaced() -> None:
    text = (
        "Bishkek, 3 May 2025\n\n"
        "The Osh Regional Hospital (Kyrgyzstan) and the UNICEF Country Office in Kyrgyzstan "
        "signed an agreement on newborn care."
    )
    assert countries(text) == {
        "Osh Regional Hospital": "KG",
        "UNICEF Country Office in Kyrgyzstan": None,
    }


def test_the_demonym_side_after_a_delegation_is_the_visitors() -> None:
    text = (
        "Kutaisi, 23 May 2024\n\n"
        "A delegation from Aegean Medical University visited the Kutaisi Medical University on "
        "22 May. The Greek side was represented by Professor Eleni Papadaki, Vice-Rector for "
        "International Relations, and Dr. Nikos Georgiou, coordinator of exchange programmes.\n\n"
        "Following the talks in Kutaisi, the rectors signed a cooperation agreement between the "
        "Kutaisi Medical University and Aegean Medical University. Georgia and Greece have long "
        "ties."
    )
    assert countries(text) == {
        "Aegean Medical University": "GR",
        "Kutaisi Medical University": "GE",
    }


def test_the_demonym_side_received_by_a_host_is_not_the_host() -> None:
    text = (
        "A delegation of Aegean Medical University headed by the Rector Eleni Papadaki visited "
        "Armenia. During the visit, the delegation held talks with the leadership of the Yerevan "
        "Heart Institute. The Greek side was received by the Director of the Yerevan Heart "
        "Institute Armen Sargsyan."
    )
    assert countries(text) == {
        "Aegean Medical University": "GR",
        "Yerevan Heart Institute": "AM",
    }


def test_the_demonym_side_that_welcomes_the_guests_is_the_hosts() -> None:
    text = (
        "A delegation from Aegean Medical University visited the Yerevan State Medical "
        "University on 3 May. The Greek side welcomed the guests in the main building."
    )
    assert countries(text)["Aegean Medical University"] is None


def test_held_in_a_city_at_a_name_places_it() -> None:
    text = (
        "The congress was organised in Lithuania. Its last session was held in Vilnius, at the "
        "Santara Heart Institute, which signed a memorandum with the Yerevan Cardiology Centre."
    )
    assert countries(text)["Santara Heart Institute"] == "LT"


def test_the_two_countries_pair_a_counterpart() -> None:
    text = (
        "Riga, 3 May 2025\n\n"
        "A memorandum was signed between the Pauls Stradins Clinical Hospital and the Yerevan "
        "Cardiology Centre (Armenia). The Ministry of Health of Latvia supported the document, "
        "which will bring the clinics of the two countries closer."
    )
    assert countries(text) == {
        "Pauls Stradins Clinical Hospital": "LV",
        "Yerevan Cardiology Centre": "AM",
        "Ministry of Health of Latvia": "LV",
    }


def test_a_memorandum_whose_text_was_discussed_is_not_signed() -> None:
    f = extract(
        "Riga, 3 May 2025\n\n"
        "The two sides discussed the text of a memorandum between the Pauls Stradins Clinical "
        "Hospital and the Yerevan Cardiology Centre that would cover joint training."
    )
    assert f.agreements == []


def test_discussed_and_signed_in_one_sentence_is_signed() -> None:
    f = extract(
        "Riga, 3 May 2025\n\n"
        "The Pauls Stradins Clinical Hospital and the Yerevan Cardiology Centre discussed joint "
        "training and signed a memorandum of cooperation."
    )
    assert [a[:2] for a in agreements(f)] == [
        ("memorandum", ["Pauls Stradins Clinical Hospital", "Yerevan Cardiology Centre"])
    ]


def test_two_subjects_of_a_tripartite_agreement_with_a_third() -> None:
    f = extract(
        "Riga, 3 May 2025\n\n"
        "The Riga Medical College and the Tartu Nursing School concluded a tripartite agreement "
        "with the Vilnius Clinical Hospital on nurse exchanges."
    )
    assert [a[:2] for a in agreements(f)] == [
        (
            "agreement",
            ["Riga Medical College", "Tartu Nursing School", "Vilnius Clinical Hospital"],
        )
    ]


def test_the_two_institutions_of_a_relative_clause_signing() -> None:
    f = extract(
        "Riga, 3 May 2025\n\n"
        "A delegation of the Tartu Nursing School visited the Riga Medical College. The visit "
        "was held under the memorandum between the two institutions, which was signed in 2022."
    )
    assert [a[:2] for a in agreements(f)] == [
        ("memorandum", ["Riga Medical College", "Tartu Nursing School"])
    ]


def events(text: str) -> list[str]:
    return sorted(e.name for e in extract(text).events)


def test_meeting_of_a_commission_with_a_listed_field() -> None:
    text = (
        "The third meeting of the Subcommittee on Medicine of the Joint Latvian-Georgian "
        "Commission on Economic, Cultural and Scientific Cooperation took place in Riga on "
        "May 4-5."
    )
    assert events(text) == [
        "third meeting of the Subcommittee on Medicine of the Joint Latvian-Georgian "
        "Commission on Economic, Cultural and Scientific Cooperation"
    ]


def test_branded_exhibition_after_its_head_noun() -> None:
    text = "In parallel, the medical exhibition HealthTech Baltic 2026 opened in Riga on 4 May."
    assert events(text) == ["HealthTech Baltic 2026"]


def test_days_of_another_country_are_another_event() -> None:
    text = (
        "The Days of Latvian Medicine in Georgia took place in Tbilisi on May 4-5. The next "
        "such event, the Days of Georgian Medicine, is planned to be held in Riga in 2027."
    )
    assert events(text) == ["Days of Georgian Medicine", "Days of Latvian Medicine in Georgia"]


def test_a_school_held_on_days_is_an_event() -> None:
    text = (
        "The programme included the Baltic School of Cardiology, held at the Riga Heart "
        "Institute on 4-5 May."
    )
    assert events(text) == ["Baltic School of Cardiology"]


def test_an_institution_name_does_not_refer_to_an_event() -> None:
    f = extract(
        "Riga, 6 May 2026\n\n"
        "The Baltic Healthcare Forum 2026 was held in Riga on May 4-6. Its programme included "
        "the Baltic School of Cardiology, held on 5 May.\n\n"
        "Several documents were signed during the forum. The Riga Medical College and the "
        "Tartu Institute of Cardiology signed a memorandum on nurse training."
    )
    by_id = {e.id: e.name for e in f.events}
    assert [by_id.get(a.event or "") for a in f.agreements] == ["Baltic Healthcare Forum 2026"]


def test_based_in_a_city_of_a_known_state() -> None:
    text = (
        "The Tashkent Pediatric Institute signed an agreement with the Manipal Academy of "
        "Higher Education, a private university based in Udupi, Karnataka, on student exchange."
    )
    assert countries(text)["Manipal Academy of Higher Education"] == "IN"


def test_a_written_out_span_starts_the_event() -> None:
    f = extract(
        "Riga, 8 May 2026\n\n"
        "From 4 to 6 May 2026, Riga hosted the Baltic Surgery Congress, attended by surgeons of "
        "Latvia and Lithuania.\n\n"
        "The first day ended with the signing of a memorandum between the Riga Surgical "
        "Centre and the Vilnius Transplant Clinic."
    )
    assert [(e.start, e.end) for e in f.events] == [("2026-05-04", "2026-05-06")]
    assert [a[3] for a in agreements(f)] == ["2026-05-04"]


def test_at_the_end_of_the_round_table_on_the_final_day() -> None:
    f = extract(
        "Riga, 8 May 2026\n\n"
        "From 4 to 6 May 2026, Riga hosted the Baltic Surgery Congress, attended by surgeons of "
        "Latvia and Lithuania.\n\n"
        "The final day was held at the Riga Surgical Centre, where a round table on organ "
        "donation took place. At the end of the round table, the Riga Surgical Centre and the "
        "Vilnius Transplant Clinic signed an agreement on donor registries."
    )
    assert [a[3] for a in agreements(f)] == ["2026-05-06"]


def test_the_visit_day_told_at_the_end_of_the_lead_sentence() -> None:
    f = extract(
        "Tartu, 23 May 2024\n\n"
        "A delegation from the Riga Medical College visited the Tartu Nursing School on 22 "
        "May.\n\n"
        "Following a tour of the simulation centre, the Riga Medical College and the Tartu "
        "Nursing School signed a cooperation agreement."
    )
    assert [a[3] for a in agreements(f)] == ["2024-05-22"]


def test_each_signed_in_their_own_city() -> None:
    f = extract(
        "Riga, 9 December 2025\n\n"
        "The Riga Medical College and the Tartu Nursing School have signed a memorandum on "
        "nurse training. The document was signed online on 8 December: Professor Anna Ozola, "
        "Rector of the Riga Medical College, signed in Riga, while Dr. Kadri Tamm, Director of "
        "the Tartu Nursing School, signed in Tartu."
    )
    assert [a[2] for a in agreements(f)] == [["Anna Ozola", "Kadri Tamm"]]


def test_the_two_officials_are_the_heads_of_the_two_parties() -> None:
    f = extract(
        "Riga, 9 December 2025\n\n"
        "On 8 December, the Minister of Health of Latvia Anna Ozola held talks with Kadri Tamm, "
        "Minister of Social Affairs of Estonia. Following the talks, the two officials signed "
        "a plan of cooperation between the Ministry of Health of Latvia and the Ministry of "
        "Social Affairs of Estonia."
    )
    assert [a[2] for a in agreements(f)] == [["Anna Ozola", "Kadri Tamm"]]


def test_the_with_after_the_document_word_names_the_partner() -> None:
    f = extract(
        "Riga, 9 December 2025\n\n"
        "The rector said that the college's ties with Baltic schools are not limited to the "
        "Tartu Nursing School: in 2019 the Riga Medical College concluded an agreement on "
        "exchanges with the Vilnius Clinical Hospital."
    )
    assert [a[1] for a in agreements(f)] == [["Riga Medical College", "Vilnius Clinical Hospital"]]


def test_pvt_ltd_ends_no_sentence() -> None:
    text = (
        "On 8 August 2022, the Riga Heart Centre and the Indian company Sahyadri Devices Pvt. "
        "Ltd. signed an agreement on training of cardiologists."
    )
    assert [s.text for s in sentences(text)] == [text]


def test_a_school_that_was_held_is_an_event_one_that_holds_is_not() -> None:
    assert events(
        "On 10 October, the School of Young Surgeons of the Baltic Region was held for residents."
    ) == ["School of Young Surgeons of the Baltic Region"]
    assert events("The Riga School of Nursing held a seminar for residents on 10 October.") == []


def test_the_two_institutions_of_the_lead_across_paragraphs() -> None:
    f = extract(
        "Minsk, 11 September 2024\n\n"
        "A delegation of the Riga Heart Centre visited the Minsk Cardiology Institute on 9-10 "
        "September.\n\n"
        "The guests toured the departments of interventional cardiology.\n\n"
        "Following the talks, the heads of the two institutions approved and signed a roadmap "
        "for 2024-2026."
    )
    assert [a[:2] for a in agreements(f)] == [
        ("roadmap", ["Minsk Cardiology Institute", "Riga Heart Centre"])
    ]


def test_the_two_sides_are_the_one_named_and_the_one_before() -> None:
    f = extract(
        "Bishkek, 22 April 2024\n\n"
        "It was a busy Monday at the Bishkek Medical Academy. Our academy welcomed guests from "
        "the Tartu Nursing School, and by lunchtime the two sides had signed a memorandum."
    )
    assert [a[1] for a in agreements(f)] == [["Bishkek Medical Academy", "Tartu Nursing School"]]


def test_the_next_name_of_a_list_is_no_apposition() -> None:
    text = (
        "A memorandum was signed between the Ferghana Children's Institute (FCI), Dhaka "
        "Medical University of Bangladesh and the Bukhara Cardiology Centre."
    )
    assert countries(text)["Ferghana Children's Institute"] is None


def test_at_a_place_and_its_country() -> None:
    text = (
        "The Vilnius Heart Clinic hosted a team from the Rambam Medical Center at Bat Galim, "
        "Israel, for a week of joint operations."
    )
    assert countries(text)["Rambam Medical Center"] == "IL"


def test_a_hospital_named_after_a_placed_university() -> None:
    text = (
        "The Kutaisi Medical University signed a memorandum with Aegean University (Izmir, "
        "Turkey). Aegean University Hospitals will host the residents."
    )
    assert countries(text)["Aegean University Hospitals"] == "TR"


def test_the_agreement_was_signed_by_ministers_for_their_governments() -> None:
    f = extract(
        "Riga, 4 June 2025\n\n"
        "The Parliament of Latvia ratified the Agreement between the Government of the Republic "
        "of Latvia and the Government of Estonia on emergency care. The agreement was signed in "
        "Tallinn on 14 November 2024 by the Minister of Health of Latvia, Anna Ozola, and the "
        "Minister of Social Affairs of Estonia, Kadri Tamm."
    )
    assert agreements(f) == [
        (
            "agreement",
            ["Government of Estonia", "Government of the Republic of Latvia"],
            ["Anna Ozola", "Kadri Tamm"],
            "2024-11-14",
        )
    ]


def test_a_document_to_be_prepared_is_not_signed() -> None:
    f = extract(
        "Riga, 4 June 2025\n\n"
        "The rectors agreed to work on an exchange agreement between the Riga Medical College "
        "and the Tartu Nursing School, to be prepared by the end of the year."
    )
    assert f.agreements == []


def test_unnamed_institutions_signing_with_partners_is_a_summary() -> None:
    f = extract(
        "Riga, 4 June 2025\n\n"
        "A delegation of the Ministry of Health of Latvia has concluded a visit to Estonia, during "
        "which Latvian medical institutions signed memorandums with the Tartu Nursing School and "
        "the Tallinn Children's Hospital."
    )
    assert f.agreements == []


def test_the_country_a_delegation_visits_is_not_its_members() -> None:
    text = (
        "From 23 to 26 September 2019, a delegation of the Grodno Medical University (GMU) "
        "headed by the Rector, Professor Ivan Kovalenko, was on a working visit to the Slovak "
        "Republic at the invitation of the Martin Faculty of Medicine.\n\n"
        "The delegation also included the Vice-Rector for International Relations of GMU E.A. "
        "Sidorova."
    )
    assert countries(text) == {
        "Grodno Medical University": None,
        "Martin Faculty of Medicine": None,
    }


def test_three_signers_listed_before_the_verb() -> None:
    f = extract(
        "On 16 April in Riga, Professor Anna Ozola, Professor Kadri Tamm and Dr. Jonas Petraitis "
        "signed a tripartite agreement between the Riga Medical College, the Tartu Nursing "
        "School and the Vilnius Clinical Hospital."
    )
    assert [a[2] for a in agreements(f)] == [["Anna Ozola", "Jonas Petraitis", "Kadri Tamm"]]


def test_signed_by_the_rector_is_the_party_rector() -> None:
    f = extract(
        "Riga, 4 June 2025\n\n"
        "The guests were welcomed by the Rector of the Riga Medical College Anna Ozola. A "
        "memorandum between the Riga Medical College and the Tartu Nursing School was signed by "
        "the rector and by Dr. Kadri Tamm, Director of the Tartu Nursing School."
    )
    assert [a[2] for a in agreements(f)] == [["Anna Ozola", "Kadri Tamm"]]


def counts(text: str) -> list[int]:
    return [c.count for c in extract(text).agreement_counts]


def test_a_count_in_a_quotation_is_commentary() -> None:
    assert counts(
        "Riga, 4 June 2025\n\n"
        '"The signing of five documents in one day shows the interest of our partners," the '
        "rector noted."
    ) == []


def test_a_count_whose_documents_follow_a_colon_is_no_count() -> None:
    assert counts(
        "Riga, 4 June 2025\n\n"
        "At the forum, two documents were signed: an agreement between the Riga Medical College "
        "and the Tartu Nursing School, and a memorandum between the Riga Heart Centre and the "
        "Vilnius Clinical Hospital."
    ) == []


def test_put_their_signatures_to_the_agreement() -> None:
    f = extract(
        "Riga, 4 June 2025\n\n"
        "The Riga Medical College and the Tartu Nursing School agreed on a student exchange; "
        "their rectors put their signatures to the agreement."
    )
    assert [a[:2] for a in agreements(f)] == [
        ("agreement", ["Riga Medical College", "Tartu Nursing School"])
    ]


def test_a_count_after_a_sentence_about_the_event_is_of_that_event() -> None:
    f = extract(
        "Riga, 4 June 2025\n\n"
        "The Riga Medical College and the Tartu Nursing School signed a memorandum of "
        "cooperation on nurse training, with joint courses to start in the autumn.\n\n"
        "The signing took place at the 2nd Baltic Nursing Congress, held on 2-3 June.\n\n"
        "The Congress was organised by the Ministry of Health of Latvia. Over the two days, "
        "nine cooperation documents were signed between Latvian and foreign institutions."
    )
    by_id = {e.id: e.name for e in f.events}
    assert [(c.count, by_id.get(c.event or "")) for c in f.agreement_counts] == [
        (9, "2nd Baltic Nursing Congress")
    ]


def test_an_agreement_of_another_year_is_another_document() -> None:
    f = extract(
        "Riga, 30 November 2024\n\n"
        "On 29 November 2024, the Riga Medical College and the Tartu Nursing School signed a new "
        "agreement on academic exchange.\n\n"
        "The first agreement between the two institutions was concluded on 17 May 1998."
    )
    assert sorted(a[3] or "" for a in agreements(f)) == ["1998-05-17", "2024-11-29"]


def test_the_demonym_head_references_are_the_parties() -> None:
    f = extract(
        "Riga, 4 June 2025\n\n"
        "A delegation of the Riga Heart Centre (Latvia) visited the Yerevan Cardiology Institute "
        "(Armenia). The Latvian centre and the Armenian institute signed a contract on "
        "telemedicine last summer."
    )
    assert [a[:2] for a in agreements(f)] == [
        ("contract", ["Riga Heart Centre", "Yerevan Cardiology Institute"])
    ]


def test_signed_by_the_rector_and_a_named_signer_are_two_parties() -> None:
    f = extract(
        "Bishkek, 14 March 2024\n\n"
        "On 13 March, the Rector of the Isparta Medical University Mehmet Kaya visited the "
        "Bishkek Medical Academy. The meeting ended with the signing of an agreement on academic "
        "mobility. The document was signed by the rector and by Vice-Rector of the Bishkek "
        "Medical Academy Aida Asanova."
    )
    assert [a[:3] for a in agreements(f)] == [
        (
            "agreement",
            ["Bishkek Medical Academy", "Isparta Medical University"],
            ["Aida Asanova", "Mehmet Kaya"],
        )
    ]


def test_a_named_round_table() -> None:
    text = "The same day the embassy hosted the Latvian-Georgian Round Table on Nursing Education."
    assert events(text) == ["Latvian-Georgian Round Table on Nursing Education"]
    assert events("The Round Table discussed nursing education on 4 May.") == []


def test_a_congress_of_a_field_with_its_title() -> None:
    text = (
        "The memorandum was signed on the second day of the national congress of family "
        'medicine, "Care Close to Home", which took place on 21-22 April.'
    )
    assert events(text) == ["Care Close to Home"]


def test_the_first_day_of_a_several_day_visit_dates_no_signing() -> None:
    f = extract(
        "Minsk, 12 May 2025\n\n"
        "On May 11, a delegation of Yerevan Medical University arrived for a three-day visit to "
        "Grodno Medical University.\n\n"
        "The guests toured the simulation centre. The Yerevan Medical University and the Grodno "
        "Medical University signed an agreement on joint residency training."
    )
    assert [a[3] for a in agreements(f)] == [None]


def test_an_unread_delegation_subject_is_not_the_last_signer() -> None:
    f = extract(
        "Yerevan, 24 May 2024\n\n"
        "The Yerevan Medical University and the Tartu Nursing School signed a memorandum on "
        "student mobility. The next day, a delegation of the Italian Fondazione Policlinico "
        "Agostino Gemelli IRCCS signed an agreement with the Izmirlian Medical Center."
    )
    assert [a[1] for a in agreements(f)] == [["Tartu Nursing School", "Yerevan Medical University"]]
