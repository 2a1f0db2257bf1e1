"""The text extractor: one rule per test on sentences written for the test (the corpus floors
are in test_text_floors.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medcoop.errors import InputError
from medcoop.facts import Facts
from medcoop.loaders.text import decode, extract, html_to_text, markdown_to_text


def names(facts: Facts) -> list[str]:
    return [i.name for i in facts.institutions]


def parties(facts: Facts) -> list[set[str]]:
    by_id = {i.id: i.name for i in facts.institutions}
    return [{by_id[p] for p in a.parties} for a in facts.agreements]


def test_empty_text_gives_empty_facts() -> None:
    assert extract("") == Facts()
    assert extract("   \n\n") == Facts()
    assert extract("The weather was fine and nobody signed anything.") == Facts()


def test_signed_memorandum_between_two() -> None:
    f = extract(
        "The Osh Regional Hospital signed a memorandum of cooperation with the Busan Cancer Center."
    )
    assert parties(f) == [{"Osh Regional Hospital", "Busan Cancer Center"}]
    assert f.agreements[0].kind == "memorandum"
    assert f.agreements[0].evidence[0].confidence is not None


@pytest.mark.parametrize(
    "hedge",
    [
        "plans to sign a memorandum with",
        "intends to sign a memorandum with",
        "agreed to draft a memorandum with",
        "discussed the signing of a memorandum with",
        "will sign a memorandum with",
    ],
)
def test_planned_memorandum_is_not_an_agreement(hedge: str) -> None:
    f = extract(f"The Osh Regional Hospital {hedge} the Busan Cancer Center.")
    assert f.agreements == []
    assert set(names(f)) == {"Osh Regional Hospital", "Busan Cancer Center"}


def test_semicolon_list_gives_one_agreement_per_partner() -> None:
    f = extract(
        "The Almaty Cardiology Center signed memorandums with the Tashkent Heart "
        "Institute; the Bishkek Surgical Hospital; and the Dushanbe Medical University."
    )
    assert parties(f) == [
        {"Almaty Cardiology Center", "Tashkent Heart Institute"},
        {"Almaty Cardiology Center", "Bishkek Surgical Hospital"},
        {"Almaty Cardiology Center", "Dushanbe Medical University"},
    ]


def test_tripartite_memorandum_has_three_parties() -> None:
    f = extract(
        "A memorandum of understanding was signed between the Osh Regional Hospital, "
        "the Daegu Catholic University and the Busan Cancer Center."
    )
    assert parties(f) == [
        {"Osh Regional Hospital", "Daegu Catholic University", "Busan Cancer Center"}
    ]


def test_acronym_defined_in_brackets_is_an_alias() -> None:
    f = extract(
        "The Republican Center of Cardiology (RCC) signed an agreement with the Minsk "
        "Heart Hospital. RCC will train the doctors."
    )
    rcc = f.institutions[0]
    assert rcc.name == "Republican Center of Cardiology"
    assert "RCC" in rcc.aliases
    assert rcc.kind == "research-center"


def test_initials_forms_merge_into_one_person_with_position() -> None:
    f = extract(
        "Rector of Karaganda Medical University A. Bekov met the guests. "
        "Professor Askar Bekov, Rector of Karaganda Medical University, thanked them."
    )
    assert [(p.name, p.aliases) for p in f.people] == [("Askar Bekov", ["A. Bekov"])]
    pos = f.people[0].positions
    assert [(p.title, p.institution) for p in pos] == [("Rector", f.institutions[0].id)]


def test_minister_title_creates_the_ministry() -> None:
    f = extract(
        "The delegation was headed by Vice Minister of Health of the Republic of "
        "Kazakhstan O. Abishev."
    )
    assert names(f) == ["Ministry of Health of the Republic of Kazakhstan"]
    assert f.institutions[0].country == "KZ" and f.institutions[0].kind == "ministry"
    assert [(p.title, p.institution) for p in f.people[0].positions] == [
        ("Vice Minister of Health", f.institutions[0].id)
    ]


def test_country_from_name_and_context() -> None:
    f = extract(
        "The Kazakh National Medical University signed an agreement with Hanseo "
        "Hospital in South Korea."
    )
    assert {i.name: i.country for i in f.institutions} == {
        "Kazakh National Medical University": "KZ",
        "Hanseo Hospital": "KR",
    }


def test_dateline_title_publisher_and_count() -> None:
    text = (
        "Health week ends with new documents\nAstana, 3 March 2022\n\n"
        "During the Days of Kyrgyz Medicine in Kazakhstan, 12 memorandums were signed "
        "between clinics of Kyrgyzstan and Kazakhstan.\nPress service of KazMU"
    )
    f = extract(text)
    assert f.document.title == "Health week ends with new documents"
    assert f.document.published == "2022-03-03"
    assert f.document.publisher == "Press service of KazMU"
    assert [e.name for e in f.events] == ["Days of Kyrgyz Medicine in Kazakhstan"]
    assert [(c.count, c.event) for c in f.agreement_counts] == [(12, f.events[0].id)]
    assert f.agreements == []


def test_event_dates_without_year() -> None:
    f = extract("On December 19-20, the Days of Kyrgyz Medicine in Kazakhstan were held in Almaty.")
    ev = f.events[0]
    assert (ev.start, ev.end, ev.year, ev.city) == ("12-19", "12-20", None, "Almaty")


def test_evidence_offsets_point_into_the_text() -> None:
    text = "Intro line\n\nThe Osh Regional Hospital signed a memorandum with Busan Cancer Center."
    f = extract(text)
    for inst in f.institutions:
        ev = inst.evidence[0]
        assert text[ev.start : ev.end] == inst.name


def test_decode_utf8_bom_and_cp1251() -> None:
    assert decode("Привет".encode("utf-8-sig"), "a.txt") == ("Привет", "utf-8-sig")
    text = "Министерство здравоохранения подписало меморандум."
    assert decode(text.encode("cp1251"), "b.txt") == (text, "cp1251")


def test_decode_binary_raises_input_error() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "pic.txt")


def test_html_to_text_drops_script_inside_a_name() -> None:
    html = (
        "<html><head><style>p{}</style></head><body><nav>Menu</nav>"
        "<p>The Osh <script>alert(1)</script>Regional Hospital signed a memorandum with "
        "the Busan Cancer&nbsp;Center.</p><footer>(c) 2024</footer></body></html>"
    )
    text = html_to_text(html)
    assert text == ("The Osh Regional Hospital signed a memorandum with the Busan Cancer Center.")
    assert names(extract(text)) == ["Osh Regional Hospital", "Busan Cancer Center"]


def test_markdown_to_text() -> None:
    md = "# Title here\n\nThe **Osh Regional Hospital** signed with [Busan](http://x) _today_."
    assert markdown_to_text(md) == "Title here\nThe Osh Regional Hospital signed with Busan today."


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_extract_never_raises(text: str) -> None:
    facts = extract(text)
    assert isinstance(facts, Facts)
    facts.validate()


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "The",
                "Ministry",
                "of",
                "Health",
                "University",
                "(",
                ")",
                "RCC",
                "signed",
                "memorandum",
                "with",
                "A.",
                "Bekov",
                ",",
                "Rector",
                "and",
                ";",
                "'s",
                "\n",
                "–",
                "“",
                "”",
                "named",
                "after",
                "in",
                "Kazakhstan",
                "Dr",
                "31",
                "memorandums",
                "were",
                "between",
                "Forum",
                "Days",
            ]
        ),
        max_size=60,
    )
)
def test_extract_never_raises_on_wordy_input(words: list[str]) -> None:
    facts = extract(" ".join(words))
    facts.validate()








# --- rules added for the second (own) corpus; sentences written for these tests -------------


def people_positions(
    facts: Facts,
) -> list[tuple[str, list[str], list[tuple[str | None, str | None]]]]:
    by_id = {i.id: i.name for i in facts.institutions}
    return [
        (
            p.name,
            p.aliases,
            [(q.title, by_id.get(q.institution or "")) for q in p.positions],
        )
        for p in facts.people
    ]


def test_excellency_honorific_and_name_particles() -> None:
    f = extract(
        "The memorandum was signed by H.E. Dr. Salem Al Harthy, Undersecretary of the "
        "Department of Health – Abu Dhabi. Al Harthy thanked the guests."
    )
    assert names(f) == ["Department of Health – Abu Dhabi"]
    assert f.institutions[0].kind == "ministry"
    assert people_positions(f) == [
        ("Salem Al Harthy", ["Al Harthy"], [("Undersecretary", "Department of Health – Abu Dhabi")])
    ]


def test_surname_first_name_merges_with_surname() -> None:
    f = extract(
        "Park Min-jun, President of the Daegu Nursing College, met the guests. "
        "Park said the college was ready."
    )
    assert people_positions(f) == [
        ("Park Min-jun", ["Park"], [("President", "Daegu Nursing College")])
    ]
    assert f.institutions[0].kind == "college"


def test_person_an_institution_is_named_after_is_not_a_person() -> None:
    f = extract(
        "A delegation of I.M. Sechenov First Moscow State Medical University visited the "
        "Osh Regional Hospital. The Republican Center of Surgery named after Academician "
        "V. Vakhidov signed a memorandum with the Osh Regional Hospital."
    )
    assert f.people == []
    assert names(f) == [
        "I.M. Sechenov First Moscow State Medical University",
        "Osh Regional Hospital",
        "Republican Center of Surgery named after Academician V. Vakhidov",
    ]


def test_company_named_by_apposition_and_its_country() -> None:
    f = extract(
        "The Osh Regional Hospital signed a contract with the Egyptian company Nile Medical "
        "Systems. The contract was signed by Ahmed Samir, Managing Director of Nile Medical "
        "Systems. UAE-based health technology company G42 Healthcare and the Osh Regional "
        "Hospital exchanged a memorandum."
    )
    assert [(i.name, i.country, i.kind) for i in f.institutions] == [
        ("Osh Regional Hospital", None, "hospital"),
        ("Nile Medical Systems", "EG", "company"),
        ("G42 Healthcare", "AE", "company"),
    ]
    assert people_positions(f) == [
        ("Ahmed Samir", [], [("Managing Director", "Nile Medical Systems")])
    ]
    assert [(a.kind, set(p)) for a, p in zip(f.agreements, parties(f), strict=True)] == [
        ("contract", {"Osh Regional Hospital", "Nile Medical Systems"}),
        ("memorandum", {"G42 Healthcare", "Osh Regional Hospital"}),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A memorandum between the Osh Regional Hospital and the Busan Cancer Center is being "
        "prepared. It will be signed in May.",
        "A memorandum between the Osh Regional Hospital and the Busan Cancer Center was "
        "drafted. The memorandum between the Osh Regional Hospital and the Busan Cancer Center "
        "awaits signing.",
        "A memorandum between the Osh Regional Hospital and the Busan Cancer Center is planned. "
        "The signing between the Osh Regional Hospital and the Busan Cancer Center is set for May.",
        "The Osh Regional Hospital and the Busan Cancer Center discussed a draft memorandum. "
        "The document is to be signed by both sides in May.",
        "The Osh Regional Hospital and the Busan Cancer Center are negotiating an agreement. "
        "Signing the agreement between the Osh Regional Hospital and the Busan Cancer Center "
        "is possible next year.",
        "The Osh Regional Hospital and the Busan Cancer Center have not signed the memorandum yet.",
        "The Osh Regional Hospital and the Busan Cancer Center are set to sign a memorandum.",
        "The Osh Regional Hospital and the Busan Cancer Center failed to sign a memorandum.",
        "The Osh Regional Hospital is preparing a memorandum with the Busan Cancer Center.",
        "The signing of a memorandum between the Osh Regional Hospital and the Busan Cancer "
        "Center was postponed.",
    ],
)
def test_planned_or_unsigned_documents_across_sentences(text: str) -> None:
    f = extract(text)
    assert f.agreements == []
    assert f.agreement_counts == []


@pytest.mark.parametrize(
    "tail",
    [
        "under which nurses will be trained in Busan.",
        "and discussed further steps.",
        "that aims to prepare specialists in oncology.",
        "on the preparation of specialists.",
    ],
)
def test_signed_memorandum_with_future_plans_in_its_content(tail: str) -> None:
    f = extract(
        f"The Osh Regional Hospital signed a memorandum with the Busan Cancer Center {tail}"
    )
    assert parties(f) == [{"Osh Regional Hospital", "Busan Cancer Center"}]


def test_anaphoric_plan_signed_between_two_ministries() -> None:
    f = extract(
        "Officials of Iran and Armenia met in Tehran to review a joint plan of cooperation. "
        "The plan was signed between the Ministry of Health of Iran and the Ministry of Health "
        "of Armenia."
    )
    assert [(a.kind, p) for a, p in zip(f.agreements, parties(f), strict=True)] == [
        ("plan", {"Ministry of Health of Iran", "Ministry of Health of Armenia"})
    ]


def test_partner_list_with_brackets_and_the_home_institution() -> None:
    f = extract(
        "Tbilisi State Medical University (TSMU) hosted guests. TSMU welcomed them. TSMU "
        "thanked them. On 21 April 2022 memorandums were concluded with the following "
        "universities: Yerevan State Medical University (Armenia); Azerbaijan Medical "
        "University (Baku, Azerbaijan); and Riga Stradins University from Latvia."
    )
    assert parties(f) == [
        {"Tbilisi State Medical University", "Yerevan State Medical University"},
        {"Tbilisi State Medical University", "Azerbaijan Medical University"},
        {"Tbilisi State Medical University", "Riga Stradins University"},
    ]
    assert [i.country for i in f.institutions] == [None, "AM", "AZ", "LV"]
    assert f.agreement_counts == []  # "2022 memorandums" is a year, not a count


def test_partners_named_in_the_next_sentence() -> None:
    f = extract(
        "The Osh Regional Hospital signed agreements with three clinics. The partners are the "
        "Almaty Heart Center, the Tashkent Eye Clinic and the Dushanbe Surgical Hospital."
    )
    assert parties(f) == [
        {"Osh Regional Hospital", "Almaty Heart Center"},
        {"Osh Regional Hospital", "Tashkent Eye Clinic"},
        {"Osh Regional Hospital", "Dushanbe Surgical Hospital"},
    ]


def test_the_ministers_signed_and_two_titled_names_in_one_run() -> None:
    f = extract(
        "Minister of Health of the Republic of Uzbekistan Farid Karimov and Minister of Health "
        "of the Republic of Belarus Ivan Sokolov held talks. Then the ministers signed a roadmap."
    )
    uz, by = (
        "Ministry of Health of the Republic of Uzbekistan",
        "Ministry of Health of the Republic of Belarus",
    )
    assert people_positions(f) == [
        ("Farid Karimov", [], [("Minister of Health", uz)]),
        ("Ivan Sokolov", [], [("Minister of Health", by)]),
    ]
    assert [(a.kind, p) for a, p in zip(f.agreements, parties(f), strict=True)] == [
        ("roadmap", {uz, by})
    ]
    assert all(i.evidence for i in f.institutions)


def test_anaphoric_and_listed_counts_are_not_counts() -> None:
    # an approximate count is a count since round 17 ("more than 20" gives 20), as the corpora
    # written since holdout4 annotate it: see test_text_round17b
    f = extract(
        "Three documents were signed during the Almaty Health Forum. First, the Osh Regional "
        "Hospital signed a memorandum with the Busan Cancer Center. Second, the Osh Regional "
        "Hospital signed an agreement with the Daegu Catholic University. Third, the Osh "
        "Regional Hospital signed a contract with the Tashkent Eye Clinic."
    )
    assert f.agreement_counts == []
    assert len(f.agreements) == 3
    f = extract(
        "At the Almaty Health Forum, 14 memorandums were signed. The forum closed on Friday."
    )
    assert [(c.count, c.event) for c in f.agreement_counts] == [(14, f.events[0].id)]


def test_sub_unit_titles_belong_to_the_parent_institution() -> None:
    f = extract(
        "The agreement was signed by Ali Demir, Dean of the Faculty of Medicine of Ankara "
        "University, and by Elena Petrova, Head of the International Office at Riga Stradins "
        "University."
    )
    assert names(f) == ["Ankara University", "Riga Stradins University"]
    assert people_positions(f) == [
        ("Ali Demir", [], [("Dean of the Faculty of Medicine", "Ankara University")]),
        ("Elena Petrova", [], [("Head of the International Office", "Riga Stradins University")]),
    ]


def test_generic_owner_and_delegation_members() -> None:
    f = extract(
        "A delegation of Kazan State Medical University headed by the Rector R.N. Khairov "
        "visited Ulaanbaatar. The delegation also included the Vice-Rector for Research "
        "E.V. Petrova. The guests visited the Ulaanbaatar Central Hospital and met the Director "
        "of the hospital D. Bold."
    )
    assert people_positions(f) == [
        ("R.N. Khairov", [], [("Rector", "Kazan State Medical University")]),
        ("E.V. Petrova", [], [("Vice-Rector for Research", "Kazan State Medical University")]),
        ("D. Bold", [], [("Director", "Ulaanbaatar Central Hospital")]),
    ]


def test_ministry_titles_with_for_and_long_field() -> None:
    f = extract(
        "The Deputy Minister for Health, Mr. Kofi Mensah, represented Ghana's Ministry of Health."
    )
    assert people_positions(f) == [
        ("Kofi Mensah", [], [("Deputy Minister for Health", "Ministry of Health")])
    ]
    assert f.institutions[0].country == "GH"
    f = extract(
        "The document was signed by the Minister of Health and Social Protection of Population "
        "of the Republic of Tajikistan Sharif Nazarov."
    )
    tj = "Ministry of Health and Social Protection of Population of the Republic of Tajikistan"
    assert people_positions(f) == [
        ("Sharif Nazarov", [], [("Minister of Health and Social Protection of Population", tj)])
    ]


def test_markdown_marks_keep_offsets() -> None:
    text = (
        "# Digest\n\n- **Harbin Medical University** (China) was visited by a delegation "
        "led by **Prof. Wang Tao**."
    )
    f = extract(text)
    assert [(i.name, i.country) for i in f.institutions] == [("Harbin Medical University", "CN")]
    assert [p.name for p in f.people] == ["Wang Tao"]
    ev = f.people[0].evidence[0]
    assert text[ev.start : ev.end] == "Wang Tao" and "**Prof. Wang Tao**" in (ev.sentence or "")


def test_list_item_headed_by_an_institution() -> None:
    f = extract(
        "Monthly news of Semey Medical University (SMU). SMU works with partners. SMU hosts "
        "guests.\n\n- Acibadem Atakent Hospital (Istanbul, Turkey). On 17 November 2022 SMU "
        "concluded a contract with the hospital."
    )
    assert [(a.kind, p, a.date) for a, p in zip(f.agreements, parties(f), strict=True)] == [
        ("contract", {"Semey Medical University", "Acibadem Atakent Hospital"}, "2022-11-17")
    ]


def test_quoted_conference_name_and_two_part_days() -> None:
    f = extract(
        'The International Scientific-Practical Conference "Semey Readings – 2022" took place '
        "on 24–25 November 2022 in Semey. The Days of Uzbek Medicine in the Kyrgyz Republic "
        "were held in Bishkek."
    )
    assert [(e.name, e.city, e.start, e.end) for e in f.events] == [
        (
            'International Scientific-Practical Conference "Semey Readings – 2022"',
            "Semey",
            "2022-11-24",
            "2022-11-25",
        ),
        ("Days of Uzbek Medicine in the Kyrgyz Republic", "Bishkek", None, None),
    ]


def test_dash_joined_titles_and_tripartite_signers() -> None:
    f = extract(
        "The agreement was signed by the Chairman of the Board – Rector of Semey Medical "
        "University Ainur Sadykova."
    )
    assert people_positions(f) == [
        ("Ainur Sadykova", [], [("Chairman of the Board – Rector", "Semey Medical University")])
    ]
    f = extract(
        "A tripartite memorandum was signed between the Osh Regional Hospital, the Busan Cancer "
        "Center and the company MedLine Diagnostics. The document was signed by director of the "
        "Osh Regional Hospital Academician Kubat Osmonov and chief physician of the Busan Cancer "
        "Center Prof. Lee Min-ho."
    )
    assert parties(f) == [{"Osh Regional Hospital", "Busan Cancer Center", "MedLine Diagnostics"}]
    assert f.agreements[0].signatories == ["kubat-osmonov", "lee-min-ho"]


def test_center_and_institute_kinds_from_name_words() -> None:
    f = extract(
        "The Samsung Medical Center, the National Research Oncology Center, the Andijan State "
        "Medical Institute and the Kazakh Institute of Oncology signed a memorandum."
    )
    assert [(i.name, i.kind) for i in f.institutions] == [
        ("Samsung Medical Center", "hospital"),
        ("National Research Oncology Center", "research-center"),
        ("Andijan State Medical Institute", "university"),
        ("Kazakh Institute of Oncology", "research-center"),
    ]


def test_country_from_city_country_and_a_list_after_a_dash() -> None:
    f = extract(
        "The Kosuyolu Heart Hospital from Istanbul, Turkey, sent a team to work in Kyrgyzstan. "
        "Operations were held in the leading Kyrgyz clinics – the National Surgical Center and "
        "the National Center of Maternity."
    )
    assert [(i.name, i.country) for i in f.institutions] == [
        ("Kosuyolu Heart Hospital", "TR"),
        ("National Surgical Center", "KG"),
        ("National Center of Maternity", "KG"),
    ]


def test_byline_country_names_and_buildings_are_not_participants() -> None:
    f = extract(
        "Karolinska Institutet hosted Professor Anna Berg, Vice President for Research at "
        "Karolinska Institutet.\nKarolinska Institutet, Communications Office"
    )
    assert [(i.name, i.kind) for i in f.institutions] == [("Karolinska Institutet", "university")]
    f = extract(
        "The Ambassador of the Russian Federation to the Republic of Tajikistan Oleg Burov "
        "attended the ceremony in the Shaheed Dr. Milon Hall."
    )
    assert f.institutions == []
    assert people_positions(f) == [
        (
            "Oleg Burov",
            [],
            [("Ambassador of the Russian Federation to the Republic of Tajikistan", None)],
        )
    ]


def test_every_fact_has_evidence_inside_the_given_text() -> None:
    text = (
        "Health week ends\r\nAstana, 3 March 2022\r\n\r\nDuring the Days of Kyrgyz Medicine in "
        "Kazakhstan, the Osh Regional Hospital signed a memorandum with the Busan Cancer Center. "
        "The memorandum was signed by Vice Minister of Health of the Republic of Kazakhstan "
        "Aigul Sarsenova and Dr Kim Ji-ho, Director of the Busan Cancer Center. "
        "In total, 12 memorandums were signed during the Days.\r\n"
    )
    f = extract(text)
    spans = [e for i in f.institutions for e in i.evidence]
    spans += [e for p in f.people for e in p.evidence]
    spans += [e for p in f.people for q in p.positions for e in q.evidence]
    spans += [e for x in f.events for e in x.evidence]
    spans += [e for a in f.agreements for e in a.evidence]
    spans += [e for c in f.agreement_counts for e in c.evidence]
    assert len(f.institutions) == 3 and len(f.people) == 2 and len(f.agreements) == 1
    assert len(f.events) == 1 and len(f.agreement_counts) == 1
    assert all(i.evidence for i in f.institutions) and all(p.evidence for p in f.people)
    for e in spans:
        assert e.confidence is not None and e.sentence is not None
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start : e.end] in e.sentence
    assert [text[i.evidence[0].start : i.evidence[0].end] for i in f.institutions] == [
        "Osh Regional Hospital",
        "Busan Cancer Center",
        "Vice Minister of Health of the Republic of Kazakhstan",
    ]


def test_spelling_variant_of_a_surname_signs_with_the_minister_he_meets() -> None:
    f = extract(
        "Minister of Health of Uzbekistan Bakhtiyor Rasulmatov arrived in Ankara. During his "
        "meeting with Turkey's Minister of Health Kemal Aydin, Rasulmatow signed a roadmap."
    )
    uz, tr = "Ministry of Health of Uzbekistan", "Ministry of Health of Turkey"
    assert people_positions(f) == [
        ("Bakhtiyor Rasulmatov", ["Rasulmatow"], [("Minister of Health", uz)]),
        ("Kemal Aydin", [], [("Minister of Health", tr)]),
    ]
    assert [(a.kind, p) for a, p in zip(f.agreements, parties(f), strict=True)] == [
        ("roadmap", {uz, tr})
    ]


# --- rules added after the held-out corpus; sentences written for these tests --------------


def countries(facts: Facts) -> dict[str, str | None]:
    return {i.name: i.country for i in facts.institutions}


def events(facts: Facts) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.name, e.city, e.start, e.end) for e in facts.events]


def test_country_from_context_or_a_city_in_the_name_whose_country_the_text_names() -> None:
    f = extract(
        "The Almaty Regional Hospital hosted a delegation of the Lviv Children's Clinic (LCC), "
        "Ukraine, and of the Federal Burns Centre (Omsk). Kazakhstan and Russia are close "
        "partners.\nThe memorandum was signed between the Hamburg Heart Institute, Türkiye's "
        "Izmir University and the Kyiv Eye Hospital."
    )
    assert countries(f) == {
        "Almaty Regional Hospital": "KZ",  # a city in the name, Kazakhstan named in the text
        "Lviv Children's Clinic": "UA",  # "(LCC), Ukraine"
        "Federal Burns Centre": "RU",  # a city alone in brackets, its country named in the text
        "Hamburg Heart Institute": None,  # "…, Türkiye's Izmir University": not Hamburg's, and
        # Germany is never named
        "Izmir University": "TR",
        "Kyiv Eye Hospital": "UA",  # Kyiv, and Ukraine named in the text
    }


def test_country_from_list_intro_group_and_delegation_membership() -> None:
    f = extract(
        "Memorandums were signed between the Bishkek City Hospital of the Kyrgyz Republic and "
        "the following Uzbek institutions: the Namangan Heart Centre; the Termez Eye Clinic.\n"
        "Uzbek surgeons from the Nukus Surgery Centre held master classes in Bishkek.\n"
        "The Tajik delegation, which included the rector of the Khujand Medical Institute "
        "Farrukh Aliev, visited the Bishkek City Hospital."
    )
    home = "Bishkek City Hospital of the Kyrgyz Republic"
    assert countries(f) == {
        home: "KG",
        "Namangan Heart Centre": "UZ",
        "Termez Eye Clinic": "UZ",
        "Nukus Surgery Centre": "UZ",
        "Khujand Medical Institute": "TJ",
    }
    assert parties(f) == [{home, "Namangan Heart Centre"}, {home, "Termez Eye Clinic"}]
    assert people_positions(f) == [("Farrukh Aliev", [], [("rector", "Khujand Medical Institute")])]


def test_centre_called_by_its_eponym_and_acronym_without_the_eponym() -> None:
    f = extract(
        "The Osh Heart Centre named after Academician K. Temirov and the Kazan Burns Institute "
        "signed a memorandum. It was signed by Director General of the Temirov Centre Azamat "
        "Beishenov and Director of the OHC Nurlan Asanov."
    )
    osh = "Osh Heart Centre named after Academician K. Temirov"
    assert [(i.name, i.aliases) for i in f.institutions] == [
        (osh, ["Temirov Centre", "OHC"]),
        ("Kazan Burns Institute", []),
    ]
    assert people_positions(f) == [
        ("Azamat Beishenov", [], [("Director General", osh)]),
        ("Nurlan Asanov", [], [("Director", osh)]),
    ]


def test_lower_case_short_form_joins_a_known_institution_only() -> None:
    f = extract(
        "Surgeons of the Mamakeev Surgical Centre named after Academician M. Mamakeev operated "
        'together with Turkish colleagues. "We learned a lot," said Aida Bekova, deputy director '
        "of the Mamakeev centre, after the operation. The Kyrgyz medical academy on Wednesday "
        "hosted them."
    )
    centre = "Mamakeev Surgical Centre named after Academician M. Mamakeev"
    assert names(f) == [centre]  # "the Kyrgyz medical academy" describes, it does not name
    assert people_positions(f) == [("Aida Bekova", [], [("deputy director", centre)])]


def test_owner_on_behalf_of_and_on_the_side_of() -> None:
    f = extract(
        "The contract was signed by Deputy Health Minister Omar Farah on behalf of the Somali "
        "Ministry of Health and by Rector Ali Kaya on behalf of the Istanbul Health University.\n"
        "The Tbilisi State University (TSU) of Georgia and the Baku Oncology Centre of "
        "Azerbaijan signed an agreement on joint research. On the Azerbaijani side the agreement "
        "was signed by Chairman of the Board Elchin Aliyev, from the TSU side by Vice-Rector for "
        "International Activities Nino Kapanadze."
    )
    tsu, baku = "Tbilisi State University of Georgia", "Baku Oncology Centre of Azerbaijan"
    assert people_positions(f) == [
        ("Omar Farah", [], [("Deputy Health Minister", "Somali Ministry of Health")]),
        ("Ali Kaya", [], [("Rector", "Istanbul Health University")]),
        ("Elchin Aliyev", [], [("Chairman of the Board", baku)]),
        ("Nino Kapanadze", [], [("Vice-Rector for International Activities", tsu)]),
    ]
    assert parties(f) == [
        {"Somali Ministry of Health", "Istanbul Health University"},
        {tsu, baku},
    ]


def test_partner_list_items_own_their_representatives() -> None:
    f = extract(
        "The Health Authority of Sharjah (HAS) today signed memoranda of understanding with "
        "three foreign institutions at Sharjah Medical Week, held at Expo Centre Sharjah.\n\n"
        "The memoranda were signed by Dr. Amal Saeed, Director General of HAS, and by "
        "representatives of the partners:\n\n"
        "- Salus – University Hospital Zagreb, Croatia, represented by Prof. Ivan Horvat, Chief "
        "Medical Officer;\n"
        "- Fortis Hospitals, India, represented by Dr. Ravi Iyer, Medical Director;\n"
        "- Cleveland Clinic, represented by Dr. Mark Stone, Director of Global Affairs."
    )
    has, salus = "Health Authority of Sharjah", "Salus – University Hospital Zagreb"
    assert [(i.name, i.country, i.kind) for i in f.institutions] == [
        (has, None, "agency"),
        (salus, "HR", "hospital"),
        ("Fortis Hospitals", "IN", "hospital"),
        ("Cleveland Clinic", None, "hospital"),
    ]  # the venue "Expo Centre Sharjah" is no partner
    assert people_positions(f) == [
        ("Amal Saeed", [], [("Director General", has)]),
        ("Ivan Horvat", [], [("Chief Medical Officer", salus)]),
        ("Ravi Iyer", [], [("Medical Director", "Fortis Hospitals")]),
        ("Mark Stone", [], [("Director of Global Affairs", "Cleveland Clinic")]),
    ]
    assert parties(f) == [{has, salus}, {has, "Fortis Hospitals"}, {has, "Cleveland Clinic"}]
    assert f.agreement_counts == []  # all three are named


def test_event_names_with_editions_dashes_quotes_and_no_place() -> None:
    f = extract(
        "The 3rd Armenia–Georgia Nursing Conclave was held in Yerevan on May 4-5. These Days "
        "showed the value of cooperation.\nThe 2022 Mongolia–Central Asia Pharmacy Forum took "
        "place in Ulaanbaatar. On World Health Day the guests opened the International Medical "
        "Conference «Science, Practice and Care – Bridges of Health» in Astana on April 7.\n"
        'Experts met at the international symposium "Rare Diseases in the Caspian Region" in '
        "Baku. The Days of Armenian Medicine took place in Tbilisi last year. The 5th meeting of "
        "the Armenia-Georgia Health Commission was held in Yerevan; the next meeting of the "
        "Commission will be in Tbilisi, and the participants were invited to the XI Congress."
    )
    assert events(f) == [
        ("3rd Armenia–Georgia Nursing Conclave", "Yerevan", "05-04", "05-05"),
        ("2022 Mongolia–Central Asia Pharmacy Forum", "Ulaanbaatar", None, None),
        (
            "International Medical Conference «Science, Practice and Care – Bridges of Health»",
            "Astana",
            "04-07",
            "04-07",
        ),
        ("Rare Diseases in the Caspian Region", "Baku", None, None),
        ("Days of Armenian Medicine", "Tbilisi", None, None),
        ("5th meeting of the Armenia-Georgia Health Commission", "Yerevan", None, None),
    ]
    assert f.institutions == []  # the two sides' commission only names their meeting


def test_health_minister_by_demonym_and_listed_fields_in_a_name() -> None:
    f = extract(
        "Baku, Mar 3 (AzerTAc) The Azerbaijani Health Minister Dr. Teymur Musayev and Georgian "
        "Health Minister Dr. Zurab Azarashvili signed an action plan for 2025-2026. The Ministry "
        "of Health of Azerbaijan and the Ministry of Health, Labour and Social Affairs of Georgia "
        "will set up working groups."
    )
    az = "Ministry of Health of Azerbaijan"
    ge = "Ministry of Health, Labour and Social Affairs of Georgia"
    assert countries(f) == {az: "AZ", ge: "GE"}
    assert people_positions(f) == [
        ("Teymur Musayev", [], [("Health Minister", az)]),
        ("Zurab Azarashvili", [], [("Health Minister", ge)]),
    ]
    assert [(a.kind, p) for a, p in zip(f.agreements, parties(f), strict=True)] == [
        ("plan", {az, ge})
    ]


def test_quoted_names_nest_and_a_trailing_country_or_parent_ministry() -> None:
    f = extract(
        "The agreement was signed between the State Institution «Medical Centre «Shifo»» of "
        "Tajikistan and the educational institution «Grodno State Medical University» of the "
        "Ministry of Health of the Republic of Belarus."
    )
    shifo = "State Institution «Medical Centre «Shifo»» of Tajikistan"
    assert [(i.name, i.aliases, i.country) for i in f.institutions] == [
        (shifo, ["State Institution «Medical Centre «Shifo»»", "Medical Centre «Shifo»"], "TJ"),
        ("Grodno State Medical University", [], "BY"),
        ("Ministry of Health of the Republic of Belarus", [], "BY"),
    ]
    assert parties(f) == [{shifo, "Grodno State Medical University"}]


def test_similar_acronyms_its_rector_and_the_side_of_an_acronym() -> None:
    f = extract(
        "Delegation of Termez State Medical University visits TSMU\n\n"
        "Tomsk State Medical University welcomed a delegation of Termez State Medical University "
        "headed by its rector, Professor Bakhtiyor Rakhimov. During the meeting, TSMU Rector Olga "
        "Petrova and Professor Rakhimov signed an agreement. From the TSMU side the meeting was "
        "attended by Vice-Rector for International Activities Irina Sokolova. Teachers of TeSMU "
        "will train at the Tomsk State Medical University. The guests also visited City Hospital "
        "No. 3 of Tomsk."
    )
    termez, tomsk = "Termez State Medical University", "Tomsk State Medical University"
    assert [(i.name, i.aliases) for i in f.institutions] == [
        (termez, ["TeSMU"]),
        (tomsk, ["TSMU"]),  # "TSMU" fits both names; "TeSMU" claims Termez
        ("City Hospital No. 3 of Tomsk", []),
    ]
    assert people_positions(f) == [
        ("Bakhtiyor Rakhimov", ["Rakhimov"], [("rector", termez)]),
        ("Olga Petrova", [], [("Rector", tomsk)]),
        ("Irina Sokolova", [], [("Vice-Rector for International Activities", tomsk)]),
    ]
    assert parties(f) == [{tomsk, termez}]
    assert [p.name for a in f.agreements for p in f.people if p.id in a.signatories] == [
        "Bakhtiyor Rakhimov",
        "Olga Petrova",
    ]


def test_documents_listed_under_a_signing_intro() -> None:
    f = extract(
        "On 5 March, within the framework of the visit, the following documents were signed:\n\n"
        "1. Agreement between the Ministry of Health of Mongolia and the Ministry of Health of "
        "the Republic of Kazakhstan on cooperation in medical education.\n\n"
        "2. Plan of joint activities of the Ministry of Health of Mongolia and the Ministry of "
        "Health of the Republic of Kazakhstan for 2025–2026.\n\n"
        "3. Memorandums of cooperation between the National Cancer Center of Mongolia and the "
        "following Kazakh institutions: the Kazakh Institute of Oncology; the Almaty Oncology "
        "Centre."
    )
    mn, kz = "Ministry of Health of Mongolia", "Ministry of Health of the Republic of Kazakhstan"
    ncc = "National Cancer Center of Mongolia"
    assert names(f) == [mn, kz, ncc, "Kazakh Institute of Oncology", "Almaty Oncology Centre"]
    assert [(a.kind, p) for a, p in zip(f.agreements, parties(f), strict=True)] == [
        ("agreement", {mn, kz}),
        ("plan", {mn, kz}),  # same parties, another document
        ("memorandum", {ncc, "Kazakh Institute of Oncology"}),
        ("memorandum", {ncc, "Almaty Oncology Centre"}),
    ]


def test_signing_today_under_a_dateline_and_signers_in_the_next_sentence() -> None:
    f = extract(
        "Kaunas, 4 June 2024. The Vilnius Heart Centre and the Riga Eye Clinic today signed a "
        "memorandum of understanding. It was signed by Director Jonas Petraitis and Chief "
        "Physician Anna Berzina."
    )
    assert f.document.published == "2024-06-04"
    assert [(a.date, a.signatories) for a in f.agreements] == [
        ("2024-06-04", ["jonas-petraitis", "anna-berzina"])
    ]


def test_listed_documents_take_the_event_of_their_intro_and_titles_by_possessive() -> None:
    f = extract(
        "The Forum of Baltic Cardiology was held in Riga on May 5-6. Within the framework of the "
        "forum, the following documents were signed:\n"
        "1. Memorandum between the Vilnius Heart Centre and the Riga Eye Clinic.\n"
        "2. Agreement between the Tartu Children's Hospital and the Lithuanian University of "
        "Health Sciences (LSMU).\n"
        "Minister of Health of Latvia Ieva Ozola opened the forum. Minister Ozola thanked the "
        "guests. The hospital's chief physician, Dr. Karlis Ozols, presented the new wing. Dr. "
        "Rita Liepa, LSMU's head of international relations, also spoke."
    )
    tartu, lsmu = "Tartu Children's Hospital", "Lithuanian University of Health Sciences"
    assert [(a.kind, a.event) for a in f.agreements] == [
        ("memorandum", "forum-of-baltic-cardiology"),
        ("agreement", "forum-of-baltic-cardiology"),
    ]
    assert people_positions(f) == [
        ("Ieva Ozola", ["Ozola"], [("Minister of Health", "Ministry of Health of Latvia")]),
        ("Karlis Ozols", [], [("chief physician", tartu)]),  # the hospital named last
        ("Rita Liepa", [], [("head of international relations", lsmu)]),
    ]  # "Minister Ozola" repeats her post: no second, unplaced position


def test_title_tail_name_before_and() -> None:
    f = extract(
        "Vice President Wang Hui, Director of Office of International Cooperation Lin Tao and "
        "heads of departments attended the ceremony."
    )
    assert people_positions(f) == [
        ("Wang Hui", [], [("Vice President", None)]),
        ("Lin Tao", [], [("Director of Office of International Cooperation", None)]),
    ]


def test_clinical_and_oncological_centres_and_medical_complexes_are_hospitals() -> None:
    f = extract(
        "The Republican Clinical Centre of Urology, the Medical Complex «Shifo» and the Regional "
        "Oncological Center signed a tripartite memorandum."
    )
    assert [(i.name, i.kind) for i in f.institutions] == [
        ("Republican Clinical Centre of Urology", "hospital"),
        ("Medical Complex «Shifo»", "hospital"),
        ("Regional Oncological Center", "hospital"),
    ]
    assert len(f.agreements) == 1 and len(f.agreements[0].parties) == 3


def test_surname_with_initials_after_a_specialty_and_bodies_that_are_no_participants() -> None:
    f = extract(
        "The memorandum was signed by the Director of the Bishkek Center of Oncology and "
        "Hematology Asanov K.T. at the International Scientific Conference «Health, Science and "
        "Education – Bridges of Care» in Ashgabat. The agreement on recognition of diplomas is "
        "planned to be signed at the next meeting of the Intergovernmental Commission."
    )
    centre = "Bishkek Center of Oncology and Hematology"
    assert names(f) == [centre]  # neither the conference nor the joint commission
    assert people_positions(f) == [("Asanov K.T.", [], [("Director", centre)])]
    assert events(f) == [
        (
            "International Scientific Conference «Health, Science and Education – Bridges of Care»",
            "Ashgabat",
            None,
            None,
        )
    ]
    assert f.agreements == []
