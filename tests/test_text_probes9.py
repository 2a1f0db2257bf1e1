"""Phrasings found in the ninth session's unseen reports (holdout61–62, scored first), then
generalised and probed with short texts of our own: a Portuguese hospital named for a saint
whose name shares a word with a person's ("São João" beside "João Pedro Oliveira"); a faculty
that is visited or hosts a visit; a signed document followed by a "with …" clause that plans
something else."""

from __future__ import annotations

from pathlib import Path

import pytest

from medcoop.loaders.text import extract

from .test_text_round16b import party_names
from .test_text_round22a import positions

CORPUS = Path(__file__).parent / "corpus"

CHUSJ = "Centro Hospitalar Universitário de São João"
HCPA = "Hospital de Clínicas de Porto Alegre"
TWINNING = (
    "Porto Alegre, 5 September 2023\n\n"
    f"The {HCPA} (HCPA) and the {CHUSJ} (CHUSJ) in Porto, Portugal, signed a twinning "
    "agreement.\n"
)


def test_a_name_that_ends_a_foreign_institutions_name_is_no_person() -> None:
    text = TWINNING + ("The director of the Paediatric Cardiology Service of São João, "
                       "Sousa R.M., presented the Portuguese experience.\n")
    facts = extract(text)
    assert [p.name for p in facts.people] == ["Sousa R.M."]
    assert CHUSJ in [i.name for i in facts.institutions]


def test_a_known_first_name_does_not_make_the_saints_name_a_person() -> None:
    text = TWINNING + ("Dr. João Pedro Oliveira said the twinning was overdue. He added that "
                       "São João sees Porto Alegre as a natural partner.\n")
    facts = extract(text)
    assert [p.name for p in facts.people] == ["João Pedro Oliveira"]
    assert party_names(facts) == [sorted([CHUSJ, HCPA])]


def test_a_centro_hospitalar_is_a_hospital() -> None:
    kinds = {i.name: i.kind for i in extract(TWINNING).institutions}
    assert kinds[CHUSJ] == "hospital"


FACULTY = "Faculty of Medicine of Agostinho Neto University"


@pytest.mark.parametrize("visit", [
    f"The minister also visited the {FACULTY}, where Cuban professors teach.",
    f"On the second day the delegation went to the {FACULTY}.",
    f"The guests were hosted by the {FACULTY}.",
    f"The delegation toured the {FACULTY} and its simulation centre.",
])
def test_a_visited_faculty_is_an_institution_in_its_own_name(visit: str) -> None:
    facts = extract("Luanda, 3 May 2024\n\n" + visit + "\n")
    assert [i.name for i in facts.institutions] == [FACULTY]


def test_a_faculty_in_a_deans_title_is_still_read_as_its_university() -> None:
    facts = extract("Luanda, 3 May 2024\n\nProfessor Jana Novotna, Dean of the "
                    f"{FACULTY}, gave a lecture at the conference.\n")
    assert [i.name for i in facts.institutions] == ["Agostinho Neto University"]


KAZNMU = "Asfendiyarov Kazakh National Medical University"
TMA = "Tashkent Medical Academy"
HOSTED = f"Almaty, 19 April 2025\n\n{KAZNMU} (KazNMU) hosted the meeting.\n"


@pytest.mark.parametrize("tail", [
    "with the first intake planned for September 2025",
    "with the first exchanges scheduled for the spring",
    "with the first students due to be admitted in 2026",
])
def test_a_with_clause_that_plans_something_else_keeps_the_signing(tail: str) -> None:
    text = HOSTED + (f"KazNMU and {TMA} signed an agreement on a double-degree master's "
                     f"programme, {tail}.\n")
    assert party_names(extract(text)) == [sorted([KAZNMU, TMA])]


def test_a_with_clause_after_a_signing_still_to_come_still_hedges() -> None:
    text = HOSTED + (f"KazNMU and {TMA} will sign an agreement on exchanges, with the first "
                     "intake planned for September 2025.\n")
    assert party_names(extract(text)) == []


def test_a_with_clause_that_plans_another_document_still_hedges_the_sentence() -> None:
    # the signed one is lost with it: precision over recall, as for any hedge in a sentence
    text = HOSTED + (f"KazNMU and {TMA} signed an agreement on exchanges, with the next "
                     "memorandum planned for September 2025.\n")
    assert party_names(extract(text)) == []


ASSEMBLY = "Almaty, 19 April 2025\n\n"
THREE = ["Astana Medical University", "Karaganda Medical University", "Semey Medical University"]


@pytest.mark.parametrize("sentence", [
    f"Present in the conference hall were delegations of {THREE[0]}, {THREE[1]} and "
    f"{THREE[2]} from Kazakhstan.",
    f"Present were {THREE[0]}, {THREE[1]} and {THREE[2]}.",
    f"The rectors of {THREE[0]}, {THREE[1]} and {THREE[2]} were present.",
])
def test_institutions_named_as_present_take_part(sentence: str) -> None:
    assert sorted(i.name for i in extract(ASSEMBLY + sentence + "\n").institutions) == THREE


@pytest.mark.parametrize("event", [
    "General Assembly of the Central Asian Association of Medical Universities",
    "Congress of the European Society of Cardiology",
])
def test_an_event_of_a_named_body_after_the(event: str) -> None:
    text = (ASSEMBLY + f"On 18 April, {THREE[0]} hosted the annual {event} in Almaty, and "
            f"{THREE[1]} took part.\n")
    assert [e.name for e in extract(text).events] == [event]


EMBASSY = "Embassy of the Republic of Cuba in Angola"
BYLINE = (f"Cuba and Angola sign health agreement\nLuanda, 14 March 2024\nPress Service of the "
          f"{EMBASSY}\n\n")


def test_a_press_service_under_the_headline_is_the_publisher() -> None:
    text = BYLINE + "The ministries of health of Cuba and Angola met in Luanda.\n"
    assert extract(text).document.publisher == f"Press Service of the {EMBASSY}"


def test_an_ambassador_serves_the_embassy_whose_press_service_writes() -> None:
    text = BYLINE + ("The Ambassador of Cuba to Angola, Esther Lidia Carbonell Perez, said the "
                     "agreement confirmed the brotherhood of our peoples.\n")
    assert positions(text) == [
        ("Esther Lidia Carbonell Perez", [("Ambassador of Cuba to Angola", EMBASSY)])]


def test_an_embassy_that_only_writes_the_release_takes_no_part() -> None:
    text = BYLINE + ("The Ministry of Health of the Republic of Angola and the Ministry of "
                     "Public Health of the Republic of Cuba signed an agreement.\n")
    assert EMBASSY not in [i.name for i in extract(text).institutions]


FANN = "Fann National University Hospital Centre"
UM6SS = "Mohammed VI University of Sciences and Health"


def test_a_headlines_shorter_form_keeps_the_first_word_a_short_name() -> None:
    text = (f"UM6SS and Fann University Hospital sign neurology memorandum\n"
            f"Dakar, 5 October 2025\n\n{UM6SS} (UM6SS) and the {FANN} of Dakar, Senegal, "
            "signed a memorandum. It was signed by Professor Mariama Sow Diallo, Director "
            "General of the Fann hospital. Also present was Professor Ousmane Ndiaye Faye, head "
            "of the Neurology Clinic at Fann.\n")
    facts = extract(text)
    names = {i.id: i.name for i in facts.institutions}
    assert sorted(names.values()) == [FANN, UM6SS]
    assert [(p.name, [(x.title, names[x.institution]) for x in p.positions])
            for p in facts.people] == [
        ("Mariama Sow Diallo", [("Director General", FANN)]),
        ("Ousmane Ndiaye Faye", [("head of the Neurology Clinic", FANN)])]



def test_a_word_that_opens_two_names_with_of_after_one_is_no_short_name() -> None:
    # "Dow University of Health Sciences" and "Dow University Hospital": two institutions,
    # so "Dow" alone in the headline names neither (read as one's short form, it took the
    # hospital into the Uzbek guests' country)
    path = CORPUS / "holdout" / "karachi-dow-tashkent-pediatric-planned-mou.txt"
    countries = {i.name: i.country for i in extract(path.read_text(encoding="utf-8")).institutions}
    # (the hospital, named once after "of the … ward of", is not read as taking part at all:
    # a miss before and after; it must not come back in the guests' country)
    assert countries.get("Dow University Hospital") is None
    assert countries["Dow University of Health Sciences"] is None


@pytest.mark.parametrize("verb", ["has signed", "signed", "today signed"])
def test_a_faculty_that_signs_as_the_subject_is_a_party_in_its_own_name(verb: str) -> None:
    text = ("Cairo, 12 March 2024\n\nThe Faculty of Medicine of Ain Shams University "
            f"{verb} a memorandum with the Medical Faculty of Heidelberg University.\n")
    assert party_names(extract(text)) == [sorted([
        "Faculty of Medicine of Ain Shams University",
        "Medical Faculty of Heidelberg University"])]


INP = "Instituto Nacional de Pediatría"
HSJD = "Hospital Sant Joan de Déu Barcelona"
SIGNED_INP = (f"Mexico City, 27 November 2024\n\nThe {INP} (INP) of Mexico and the {HSJD} (HSJD), "
              "Spain, signed a general collaboration agreement.\n")


@pytest.mark.parametrize("honorific", ["Dra.", "Sra."])
def test_a_spanish_honorific_does_not_end_the_sentence(honorific: str) -> None:
    text = SIGNED_INP + (f"It was signed by the Director General of the INP, {honorific} Claudia "
                         "Elena Ruvalcaba Soto, and the Managing Director of HSJD, Dr. Jordi "
                         "Perez.\n")
    assert [p for p in positions(text) if p[0].startswith("Claudia")] == [
        ("Claudia Elena Ruvalcaba Soto", [("Director General", f"{INP} of Mexico")])]


@pytest.mark.parametrize("represented", [
    "was represented at the ceremony by the Undersecretary of Health, Dr. Hector Ibarra",
    "was represented by the Undersecretary of Health, Hector Ibarra",
    "was represented in the talks by Undersecretary of Health Hector Ibarra",
])
def test_represented_at_an_occasion_by_a_title_and_name(represented: str) -> None:
    text = SIGNED_INP + f"The Ministry of Health of Mexico {represented}.\n"
    assert [p for p in positions(text) if p[0].startswith("Hector")] == [
        ("Hector Ibarra", [("Undersecretary of Health", "Ministry of Health of Mexico")])]


NCMCH = "National Center for Maternal and Child Health of Mongolia"
HIKMA = "Hikma Pharmaceuticals PLC"


def test_an_acronym_that_leaves_out_for() -> None:
    text = (f"Amman, 14 March 2025\n\n{HIKMA} has signed an agreement with the {NCMCH}. It was "
            "signed by Dr. Batbayar Ganzorig, Director General of the NCMCH.\n")
    assert positions(text) == [("Batbayar Ganzorig", [("Director General", NCMCH)])]


def test_a_kind_after_a_based_adjective_is_no_institution() -> None:
    text = (f"Amman, 14 March 2025\n\n{HIKMA}, the Jordan-based pharmaceutical company, has "
            f"signed an agreement with the {NCMCH}.\n")
    assert sorted(i.name for i in extract(text).institutions) == [HIKMA, NCMCH]


def test_clauses_of_their_own_behind_commas_are_one_agreement_each() -> None:
    text = ("Ankara, 20 October 2024\n\nDuring the Days, Astana Medical University signed a "
            "memorandum of cooperation with Hacettepe University, the National Scientific "
            "Cardiac Surgery Center concluded a memorandum with Ankara Bilkent City Hospital on "
            "joint training of perfusionists, and the Asfendiyarov Kazakh National Medical "
            "University and Gazi University signed a memorandum on academic mobility.\n")
    assert party_names(extract(text)) == [
        ["Ankara Bilkent City Hospital", "National Scientific Cardiac Surgery Center"],
        ["Asfendiyarov Kazakh National Medical University", "Gazi University"],
        ["Astana Medical University", "Hacettepe University"],
    ]


def test_an_apposition_behind_a_comma_opens_no_clause() -> None:
    text = ("Ankara, 20 October 2024\n\nAstana Medical University signed a memorandum with "
            "Hacettepe University, the oldest medical school of Ankara, on joint training, and "
            "Gazi University hosted the ceremony.\n")
    assert party_names(extract(text)) == [["Astana Medical University", "Hacettepe University"]]


@pytest.mark.parametrize(("apposition", "code"), [
    ("the Jordan-based pharmaceutical company", "JO"),
    ("a Turkey-based drug maker", "TR"),
])
def test_an_x_based_apposition_places_the_institution(apposition: str, code: str) -> None:
    text = (f"Amman, 14 March 2025\n\n{HIKMA}, {apposition}, has signed an agreement with the "
            f"{NCMCH}.\n")
    countries = {i.name: i.country for i in extract(text).institutions}
    assert countries[HIKMA] == code


@pytest.mark.parametrize("went", ["went to", "came to", "travelled to"])
def test_a_host_the_delegation_went_to_is_in_the_country_it_visits(went: str) -> None:
    text = ("Bishkek, 8 November 2025\n\nA delegation of the Ministry of Health of the Kyrgyz "
            "Republic paid a working visit to the Republic of Korea. On 5 November the "
            f"delegation {went} Asan Medical Center and signed a memorandum with it.\n")
    countries = {i.name: i.country for i in extract(text).institutions}
    assert countries["Asan Medical Center"] == "KR"


def test_its_title_after_on_behalf_of_belongs_to_that_institution() -> None:
    text = ("New Delhi, 12 February 2025\n\nThe Tashkent Medical Academy and the All India "
            "Institute of Medical Sciences (AIIMS) signed an agreement. On behalf of the "
            "Tashkent Medical Academy the agreement with AIIMS was signed by its rector "
            "Lazizbek Ruziev and by the Director of AIIMS M. Srinivas.\n")
    assert positions(text) == [
        ("Lazizbek Ruziev", [("rector", "Tashkent Medical Academy")]),
        ("M. Srinivas", [("Director", "All India Institute of Medical Sciences")])]


def test_a_state_centre_named_with_its_ministry_is_no_unit_of_the_ministry() -> None:
    ncoh = ("National Center of Oncology and Hematology of the Ministry of Health of the Kyrgyz "
            "Republic")
    text = ("Bishkek, 8 November 2024\n\nA delegation of the Ministry of Health of the Kyrgyz "
            "Republic paid a working visit to Seoul. On 5 November the delegation went to Asan "
            f"Medical Center. Here the Director of the {ncoh} Tilek Shakirov and the Vice "
            "President for International Affairs of Asan Medical Center Park Jin-ho signed a "
            "memorandum of understanding.\n")
    assert positions(text) == [
        ("Park Jin-ho", [("Vice President for International Affairs", "Asan Medical Center")]),
        ("Tilek Shakirov", [("Director", ncoh)])]


@pytest.mark.parametrize(("sentence", "event"), [
    ("The sides met at the China–Belarus Health Cooperation Dialogue in Beijing.",
     "China–Belarus Health Cooperation Dialogue"),
    ("They signed a memorandum during the Sheba–Baku Telemedicine Webinar.",
     "Sheba–Baku Telemedicine Webinar"),
    ("They signed an agreement at the Fifth Meeting of the Kazakhstan–Belarus Working Group on "
     "Cooperation in Health Care, held in Minsk.",
     "Fifth Meeting of the Kazakhstan–Belarus Working Group on Cooperation in Health Care"),
    ("The Sixth Meeting of the Working Group in Kazakhstan was held in May.",
     "Sixth Meeting of the Working Group"),
])
def test_event_heads_and_ends(sentence: str, event: str) -> None:
    text = ("Minsk, 18 October 2023\n\nThe Ministry of Health of the Republic of Belarus and "
            f"the Ministry of Health of the Republic of Kazakhstan met. {sentence}\n")
    assert [e.name for e in extract(text).events] == [event]
