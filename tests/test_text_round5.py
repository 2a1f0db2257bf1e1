"""Text reader, round 5: error classes of an unseen corpus (holdout4), each rule checked on
texts written for it in other wording, with other countries and names.

Classes: lists of pairs ("between A and B, C and D, and E and F": one document a pair) and
the countries of each pair's sides; a company's name with and without its legal form or
group word; another name of the same institution in brackets; centres whose names differ
only in the field they are "of"; "Joint" opening a title; a unit named by a title ("head of
the International Relations Office") is part of the title; "of the ministry" among two
ministries; members of a group its leader heads; one-word names before a dash ("Charité –
Universitätsmedizin Berlin", then "Charité").
"""

from __future__ import annotations

from medcoop.loaders.text import extract

from .test_text_extract import parties
from .test_text_round3 import countries, positions


def aliases(text: str) -> dict[str, list[str]]:
    return {i.name: i.aliases for i in extract(text).institutions}


# --- lists of pairs -------------------------------------------------------------------------


def test_a_list_of_pairs_gives_one_document_a_pair_with_each_side_country() -> None:
    f = extract(
        "Memorandums of cooperation were signed between Kazakh and Korean institutions: the "
        "Astana Medical University and Yonsei University, the National Research Oncology "
        "Center and Samsung Medical Center, and the Karaganda Medical University and Inha "
        "University."
    )
    assert parties(f) == [
        {"Astana Medical University", "Yonsei University"},
        {"National Research Oncology Center", "Samsung Medical Center"},
        {"Karaganda Medical University", "Inha University"},
    ]
    assert countries(f) == {
        "Astana Medical University": "KZ",
        "Yonsei University": "KR",
        "National Research Oncology Center": "KZ",
        "Samsung Medical Center": "KR",
        "Karaganda Medical University": "KZ",
        "Inha University": "KR",
    }


def test_pairs_separated_by_semicolons_without_an_intro() -> None:
    f = extract(
        "Contracts were signed between the Belarusian State Medical University and Vilnius "
        "University; the Grodno State Medical University and Riga Stradins University; and "
        "the Vitebsk State Medical University and the University of Tartu."
    )
    assert parties(f) == [
        {"Belarusian State Medical University", "Vilnius University"},
        {"Grodno State Medical University", "Riga Stradins University"},
        {"Vitebsk State Medical University", "University of Tartu"},
    ]


def test_a_plain_list_after_between_stays_one_document() -> None:
    f = extract(
        "A tripartite memorandum was signed between the Tashkent Medical Academy, Hacettepe "
        "University and Gazi University."
    )
    assert parties(f) == [{"Tashkent Medical Academy", "Hacettepe University", "Gazi University"}]


# --- a company with and without its legal form ------------------------------------------------


def test_a_legal_form_or_group_word_does_not_make_another_company() -> None:
    f = extract(
        "Mumbai, 4 May 2024. Medanta Healthcare Ltd said it has signed a memorandum with the "
        "Ministry of Health of the Republic of Uzbekistan. The memorandum was signed by Medanta "
        "Healthcare Group Joint Executive Director Pankaj Sahni and Deputy Minister Bakhrom "
        "Yusupov."
    )
    assert [(i.name, i.aliases) for i in f.institutions] == [
        ("Medanta Healthcare Ltd", ["Medanta Healthcare Group"]),
        ("Ministry of Health of the Republic of Uzbekistan", []),
    ]
    assert positions(f)["Pankaj Sahni"] == [("Joint Executive Director", "Medanta Healthcare Ltd")]
    assert parties(f) == [
        {"Medanta Healthcare Ltd", "Ministry of Health of the Republic of Uzbekistan"}
    ]


def test_a_swedish_legal_form_after_the_name() -> None:
    assert aliases(
        "Nordic Clinics AB signed a contract with the Latvian Oncology Centre. Shares of Nordic "
        "Clinics rose 2 per cent."
    ) == {"Nordic Clinics AB": ["Nordic Clinics"], "Latvian Oncology Centre": []}


# --- another name in brackets ---------------------------------------------------------------


def test_a_bracketed_name_with_an_acronym_is_the_same_hospital() -> None:
    f = extract(
        "The Sant Joan de Déu Children's Hospital (Hospital Sant Joan de Déu, HSJD) and the "
        "Kazakh Research Institute of Oncology signed a memorandum on cooperation in Barcelona."
    )
    assert [(i.name, i.aliases) for i in f.institutions] == [
        ("Sant Joan de Déu Children's Hospital", ["Hospital Sant Joan de Déu", "HSJD"]),
        ("Kazakh Research Institute of Oncology", []),
    ]
    assert parties(f) == [
        {"Sant Joan de Déu Children's Hospital", "Kazakh Research Institute of Oncology"}
    ]


def test_a_bracketed_name_in_the_local_language_is_the_same_hospital() -> None:
    assert aliases(
        "The Necker Children's Hospital (Hôpital Necker-Enfants Malades) and the Tashkent "
        "Pediatric Medical Institute signed an agreement in Paris."
    ) == {
        "Necker Children's Hospital": ["Hôpital Necker-Enfants Malades"],
        "Tashkent Pediatric Medical Institute": [],
    }


def test_a_bracketed_institution_of_another_kind_is_another_party() -> None:
    f = extract(
        "The Severance Hospital (Yonsei University) and the Tashkent Medical Academy signed an "
        "agreement."
    )
    assert [i.name for i in f.institutions] == [
        "Severance Hospital",
        "Yonsei University",
        "Tashkent Medical Academy",
    ]


# --- centres "of" different fields ----------------------------------------------------------


def test_centres_of_different_fields_stay_apart() -> None:
    f = extract(
        "Two centres signed a memorandum in Tashkent: the Republican Specialized Scientific and "
        "Practical Medical Center of Neurology and the Republican Specialized Scientific and "
        "Practical Medical Center of Oncology."
    )
    assert [i.name for i in f.institutions] == [
        "Republican Specialized Scientific and Practical Medical Center of Neurology",
        "Republican Specialized Scientific and Practical Medical Center of Oncology",
    ]


# --- units named by a title; whose they are ----------------------------------------------------


def test_a_unit_named_by_a_title_is_part_of_it_and_the_ministry_is_the_sides() -> None:
    f = extract(
        "The Georgian side was represented by Deputy Minister of Health Tamar Gabunia and by "
        "Nino Beridze, head of the General Directorate of International Relations of the "
        "ministry. The Ministry of Health of Armenia was represented by Deputy Minister Lena "
        "Nanushyan."
    )
    assert positions(f) == {
        "Tamar Gabunia": [("Deputy Minister of Health", "Georgian Ministry of Health")],
        "Nino Beridze": [
            (
                "head of the General Directorate of International Relations",
                "Georgian Ministry of Health",
            )
        ],
        "Lena Nanushyan": [("Deputy Minister", "Ministry of Health of Armenia")],
    }


def test_two_ministers_in_one_sentence_keep_their_own_ministries() -> None:
    f = extract(
        "Talks were held between Minister R. Tashev and the Minister of Health of the Republic "
        "of Bulgaria Galya Kondeva. The Ministry of Health of the Republic of Moldova hosted "
        "the meeting."
    )
    assert positions(f) == {  # a bare "Minister" beside another is the other side's
        "R. Tashev": [("Minister", None)],
        "Galya Kondeva": [("Minister of Health", "Ministry of Health of the Republic of Bulgaria")],
    }


def test_a_named_office_after_a_title_stays_an_institution() -> None:
    f = extract("Dr Anna Kowalska, Head of the Polish Medical Mission Office in Kabul, attended.")
    assert positions(f) == {"Anna Kowalska": [("Head", "Polish Medical Mission Office in Kabul")]}


def test_members_of_a_group_belong_to_the_institution_of_its_leader() -> None:
    f = extract(
        "The delegation of the University of Latvia arrived in Tashkent. It was headed by "
        "Professor Indrikis Muiznieks, Rector of the University of Latvia. It also included Dr "
        "Ilze Kreicberga, Vice-Rector for Research; Janis Ozols, head of the Department of "
        "Surgery; and Anna Berzina, deputy head of the International Relations Office."
    )
    assert positions(f) == {
        "Indrikis Muiznieks": [("Rector", "University of Latvia")],
        "Ilze Kreicberga": [("Vice-Rector for Research", "University of Latvia")],
        "Janis Ozols": [("head of the Department of Surgery", "University of Latvia")],
        "Anna Berzina": [
            ("deputy head of the International Relations Office", "University of Latvia")
        ],
    }
    assert [i.name for i in f.institutions] == ["University of Latvia"]


# --- one-word names before a dash ------------------------------------------------------------


def test_a_dash_name_after_and_and_its_first_word_alone() -> None:
    f = extract(
        "Ankara University and Rigshospitalet – Copenhagen University Hospital have signed an "
        "agreement on training. The agreement was signed by the Rector of Ankara University "
        "Necdet Ünüvar and the Director of Rigshospitalet, Professor Lars Nielsen."
    )
    assert [(i.name, i.aliases) for i in f.institutions] == [
        ("Ankara University", []),
        ("Rigshospitalet – Copenhagen University Hospital", ["Rigshospitalet"]),
    ]
    assert positions(f) == {
        "Necdet Ünüvar": [("Rector", "Ankara University")],
        "Lars Nielsen": [("Director", "Rigshospitalet – Copenhagen University Hospital")],
    }


def test_a_headline_pair_with_the_one_word_name_is_split() -> None:
    f = extract(
        "Vilnius University and Charité sign contract on residency training\n"
        "Vilnius University and Charité – Universitätsmedizin Berlin have signed a contract on "
        "residency training."
    )
    assert [(i.name, i.aliases) for i in f.institutions] == [
        ("Vilnius University", []),
        ("Charité – Universitätsmedizin Berlin", ["Charité"]),
    ]
    assert parties(f) == [{"Vilnius University", "Charité – Universitätsmedizin Berlin"}]


def test_the_first_word_of_a_name_alone_before_and_is_that_institution() -> None:
    f = extract(
        "Rambam Medical Center has signed a memorandum with partners from Armenia. The "
        "memorandum was concluded between Rambam and Yerevan State Medical University in Haifa."
    )
    assert [(i.name, i.aliases) for i in f.institutions] == [
        ("Rambam Medical Center", ["Rambam"]),
        ("Yerevan State Medical University", []),
    ]
    assert parties(f) == [{"Rambam Medical Center", "Yerevan State Medical University"}]


def test_a_short_name_in_a_second_agreement_of_the_same_text() -> None:
    f = extract(
        "Hadassah Medical Organization signed an agreement with the Ministry of Health of "
        "Moldova. A second agreement was concluded between Hadassah and Nicolae Testemitanu "
        "State University."
    )
    assert parties(f) == [
        {"Hadassah Medical Organization", "Ministry of Health of Moldova"},
        {"Hadassah Medical Organization", "Nicolae Testemitanu State University"},
    ]


def test_a_short_name_before_and_a_lower_case_group_stands_alone() -> None:
    f = extract(
        "Rambam Medical Center signed a plan with the Ministry of Health of Georgia. It foresees "
        "consultations between Rambam and regional hospitals in Georgia."
    )
    assert [(i.name, i.aliases, i.country) for i in f.institutions] == [
        ("Rambam Medical Center", ["Rambam"], None),
        ("Ministry of Health of Georgia", [], "GE"),
    ]


# --- countries of the two sides -------------------------------------------------------------


def test_two_countries_named_before_the_agreements_give_each_side_its_own() -> None:
    f = extract(
        "On the sidelines of the congress, German and Kazakh clinics signed two agreements. "
        "Asklepios Hospital concluded an agreement with the National Research Cardiac Surgery "
        "Center. Finally, the Helios Clinic and the Medical Centre Hospital of the President's "
        "Affairs Administration signed an agreement on training."
    )
    assert countries(f) == {
        "Asklepios Hospital": "DE",
        "National Research Cardiac Surgery Center": "KZ",
        "Helios Clinic": "DE",
        "Medical Centre Hospital of the President's Affairs Administration": "KZ",
    }


def test_one_known_side_gives_the_other_the_other_country() -> None:
    f = extract(
        "Turkish and Uzbek universities signed agreements in Ankara. Gazi University concluded "
        "a memorandum with the Andijan State Medical Institute of Uzbekistan."
    )
    assert countries(f) == {
        "Gazi University": "TR",
        "Andijan State Medical Institute of Uzbekistan": "UZ",
    }


def test_a_word_that_opens_two_names_is_no_short_name() -> None:
    f = extract(
        "Aga, Almaty university move towards partnership\n"
        "A delegation of the Kazakh National Medical University visited Aga University of "
        "Health Sciences in Karachi. The guests also toured Aga University Hospital."
    )
    assert [(i.name, i.aliases) for i in f.institutions] == [
        ("Kazakh National Medical University", []),
        ("Aga University of Health Sciences", []),
        ("Aga University Hospital", []),
    ]


# --- "the two sides" of the agreement just before ----------------------------------------------

_MONGOLIA_KOREA = (
    "The Ministry of Health of Mongolia and the Ministry of Health of the Republic of Korea "
    "signed an agreement on cooperation in medicine. "
)
_BOTH_MINISTRIES = {"Ministry of Health of Mongolia", "Ministry of Health of the Republic of Korea"}


def test_the_two_sides_adopting_another_document_are_the_last_agreements_parties() -> None:
    f = extract(_MONGOLIA_KOREA + "The two sides also approved a roadmap of joint projects.")
    assert [(a.kind, p) for a, p in zip(f.agreements, parties(f), strict=True)] == [
        ("agreement", _BOTH_MINISTRIES),
        ("roadmap", _BOTH_MINISTRIES),
    ]


def test_the_document_signed_by_both_sides_is_no_new_agreement() -> None:
    f = extract(_MONGOLIA_KOREA + "The document was signed by both sides in Ulaanbaatar.")
    assert parties(f) == [_BOTH_MINISTRIES]


def test_a_document_the_two_sides_plan_to_sign_is_no_agreement() -> None:
    f = extract(_MONGOLIA_KOREA + "The two sides plan to sign a roadmap next year.")
    assert [a.kind for a in f.agreements] == ["agreement"]


# --- the cabinet of ministers ------------------------------------------------------------------


def test_the_cabinet_of_ministers_is_an_institution_and_a_minister_keeps_his_ministry() -> None:
    f = extract(
        "On the Kyrgyz side, the guests were received by the Deputy Chairman of the Cabinet of "
        "Ministers of the Kyrgyz Republic Edil Baisalov and the Minister of Health and Social "
        "Development of the Kyrgyz Republic Alymkadyr Beishenaliev."
    )
    assert [(i.name, i.country, i.kind) for i in f.institutions] == [
        ("Cabinet of Ministers of the Kyrgyz Republic", "KG", "other"),
        ("Ministry of Health and Social Development of the Kyrgyz Republic", "KG", "ministry"),
    ]
    assert positions(f) == {
        "Edil Baisalov": [("Deputy Chairman", "Cabinet of Ministers of the Kyrgyz Republic")],
        "Alymkadyr Beishenaliev": [
            (
                "Minister of Health and Social Development",
                "Ministry of Health and Social Development of the Kyrgyz Republic",
            )
        ],
    }


def test_a_title_at_the_cabinet_opening_a_sentence() -> None:
    f = extract(
        "Deputy Chairman of the Cabinet of Ministers of Uzbekistan Dilfuza Abdullaeva met the "
        "Turkish delegation."
    )
    assert positions(f) == {
        "Dilfuza Abdullaeva": [("Deputy Chairman", "Cabinet of Ministers of Uzbekistan")]
    }


# --- event names ----------------------------------------------------------------------------


def event_names(text: str) -> list[str]:
    return [e.name for e in extract(text).events]


def test_a_session_of_a_named_forum_is_the_forum() -> None:
    assert event_names(
        "The second day opened with the plenary session of the Uzbekistan – Tajikistan Medical "
        "Forum in Dushanbe."
    ) == ["Uzbekistan – Tajikistan Medical Forum"]


def test_an_event_name_runs_on_through_and_between_capitalised_words() -> None:
    assert event_names(
        'On 3 May, the Russian–Kyrgyz Scientific and Practical Conference "Surgery Today" '
        "opened in Bishkek."
    ) == ['Russian–Kyrgyz Scientific and Practical Conference "Surgery Today"']


def test_a_numbered_meeting_of_a_commission_stays_the_meeting() -> None:
    assert event_names(
        "The 8th meeting of the Intergovernmental Commission on Trade was held."
    ) == ["8th meeting of the Intergovernmental Commission on Trade"]
