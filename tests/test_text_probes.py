"""Phrasings found by probing the reader with short texts of our own (not from a corpus): a
signing ceremony that was held, and two signers each set off by commas after their titles."""

from __future__ import annotations

import pytest

from medcoop.loaders.text import extract

from .test_text_round16b import party_names

A, B = "Riga Stradins University", "Tartu University Hospital"


@pytest.mark.parametrize("tail", ["was held on 3 May", "took place in the rector's office"])
def test_a_ceremony_to_sign_that_was_held_is_a_signing(tail: str) -> None:
    text = f"Riga, 4 May 2023\n\nA ceremony to sign a memorandum between {A} and {B} {tail}.\n"
    assert party_names(extract(text)) == [[A, B]]


@pytest.mark.parametrize("tail", ["will be held on 3 May", "is scheduled for June"])
def test_a_ceremony_still_to_come_is_no_signing(tail: str) -> None:
    text = f"Riga, 4 May 2023\n\nA ceremony to sign a memorandum between {A} and {B} {tail}.\n"
    assert extract(text).agreements == []


def test_two_signers_each_after_their_title_both_sign() -> None:
    text = (f"Riga, 4 May 2023\n\nThe rector of {A}, Janis Berzins, and the director of {B}, "
            "Mart Tamm, signed a memorandum.\n")
    facts = extract(text)
    names = {p.id: p.name for p in facts.people}
    assert [sorted(names[x] for x in a.signatories) for a in facts.agreements] == [
        ["Janis Berzins", "Mart Tamm"]]


def test_a_signer_who_only_spoke_does_not_sign() -> None:
    text = (f"Riga, 4 May 2023\n\nThe rector of {A}, Janis Berzins, said that his university "
            f"and the director of {B}, Mart Tamm, signed a memorandum.\n")
    facts = extract(text)
    names = {p.id: p.name for p in facts.people}
    assert [sorted(names[x] for x in a.signatories) for a in facts.agreements] == [["Mart Tamm"]]


@pytest.mark.parametrize(("apposition", "title"), [
    ("the academy's rector", "rector"),
    ("the academy's vice-rector for science", "vice-rector for science"),
])
def test_a_title_after_the_head_noun_s_is_at_that_institution(apposition: str, title: str) -> None:
    text = ("Tashkent, 4 May 2023\n\nA delegation of Tartu University Hospital visited Tashkent "
            "Medical Academy. The guests were welcomed by Professor Lazizbek Rizaev, "
            f"{apposition}.\n")
    facts = extract(text)
    insts = {i.id: i.name for i in facts.institutions}
    assert [(p.name, [(q.title, insts[q.institution]) for q in p.positions if q.institution])
            for p in facts.people] == [("Lazizbek Rizaev", [(title, "Tashkent Medical Academy")])]


def test_no_institution_of_that_head_noun_no_post() -> None:
    text = ("Tashkent, 4 May 2023\n\nA delegation of Tartu University Hospital visited Tashkent "
            "Medical Academy. The guests were welcomed by Professor Lazizbek Rizaev, the "
            "university's rector.\n")
    assert [[q.institution for q in p.positions] for p in extract(text).people] == [[]]


SEOUL = ("Seoul National University Hospital", "Korea University Anam Hospital",
         "Ewha Womans University Medical Center")


def test_memorandums_with_a_semicolon_list_each_opened_by_with() -> None:
    text = ("Tashkent, 12 March 2024\n\nTashkent Medical Academy signed memorandums with "
            f"{SEOUL[0]}; with {SEOUL[1]}; and with {SEOUL[2]}.\n")
    assert party_names(extract(text)) == sorted(
        sorted(["Tashkent Medical Academy", p]) for p in SEOUL)


@pytest.mark.parametrize(("host", "the"), [("Tashkent Medical Academy", "The Academy"),
                                           ("Tashkent Medical University", "The University")])
def test_the_capitalised_head_noun_signs_a_memorandum_with_a_tail(host: str, the: str) -> None:
    text = (f"Tashkent, 12 March 2024\n\n{host} hosted the guests. {the} signed a memorandum "
            f"of cooperation with {SEOUL[0]}.\n")
    assert party_names(extract(text)) == [sorted([host, SEOUL[0]])]


SINGAPORE = "Tashkent, 12 March 2024\n\nA delegation of Tashkent Medical Academy of Uzbekistan {}\n"


@pytest.mark.parametrize("visit", [
    "visited KK Women's and Children's Hospital (KKH), the largest centre for women and "
    "children in Singapore.",
    "was on a working visit to the Republic of Singapore, where it visited KK Women's and "
    "Children's Hospital.",
])
def test_the_text_places_a_hospital_in_singapore(visit: str) -> None:
    facts = extract(SINGAPORE.format(visit))
    assert {i.name: i.country for i in facts.institutions}["KK Women's and Children's Hospital"] \
        == "SG"


@pytest.mark.parametrize("visit", [
    "visited KK Women's and Children's Hospital, the largest hospital in Central Asia.",
    "completed its visit to the Republic of Singapore and Malaysia, where it visited KK "
    "Women's and Children's Hospital.",
])
def test_a_region_or_two_destinations_place_nothing(visit: str) -> None:
    facts = extract(SINGAPORE.format(visit))
    assert {i.name: i.country for i in facts.institutions}["KK Women's and Children's Hospital"] \
        is None


PRAGUE = ("Prague, 12 March 2024\n\nA delegation of Bogomolets National Medical University of "
          "Ukraine arrived for talks. {}\n")


@pytest.mark.parametrize("sentence", [
    "Motol University Hospital, a Czech leader in paediatric surgery, hosted the guests.",
    "Czechia's largest hospital, Motol University Hospital, hosted the guests.",
    "The largest Czech hospital, Motol University Hospital, hosted the guests.",
    "The guests were hosted by Motol University Hospital, one of the largest Czech hospitals.",
])
def test_a_description_with_a_demonym_places_the_hospital(sentence: str) -> None:
    facts = extract(PRAGUE.format(sentence))
    assert {i.name: i.country for i in facts.institutions}["Motol University Hospital"] == "CZ"


@pytest.mark.parametrize("sentence", [
    "Prague's largest hospital, Motol University Hospital, hosted the guests.",
    "The guests were hosted by Motol University Hospital, the Ukrainian university's partner.",
])
def test_a_city_or_the_other_side_s_possession_places_nothing(sentence: str) -> None:
    facts = extract(PRAGUE.format(sentence))
    assert {i.name: i.country for i in facts.institutions}["Motol University Hospital"] is None


RIGA = ("Riga, 4 May 2023\n\nA delegation of Tartu University Hospital visited Riga Stradins "
        "University. {}\n")


@pytest.mark.parametrize(("sentence", "people"), [
    ("Janis Berzins and Mart Tamm signed a memorandum.", ["Janis Berzins", "Mart Tamm"]),
    ("According to Janis Berzins, the cooperation will grow.", ["Janis Berzins"]),
    ("\"We are glad,\" said Janis Berzins.", ["Janis Berzins"]),
    ("\"We are glad,\" noted Janis Berzins, adding that more will come.", ["Janis Berzins"]),
])
def test_a_bare_name_beside_a_speaker_or_signer_cue_is_a_person(
        sentence: str, people: list[str]) -> None:
    assert sorted(p.name for p in extract(RIGA.format(sentence)).people) == people


def test_an_organisation_after_according_to_is_no_person() -> None:
    text = RIGA.format("According to Latvian Health, the cooperation will grow.")
    assert extract(text).people == []


ALMATY = "Almaty, 4 May 2023\n\n{} signed a memorandum with Kazakh National Medical University.\n"


@pytest.mark.parametrize(("subject", "name"), [
    ("Roche", "Roche"), ("Johns Hopkins Medicine", "Johns Hopkins Medicine"),
    ("JICA has", "JICA"),
])
def test_a_name_without_a_head_noun_that_signs_with_an_institution(subject: str,
                                                                   name: str) -> None:
    assert party_names(extract(ALMATY.format(subject))) == [
        sorted([name, "Kazakh National Medical University"])]


@pytest.mark.parametrize("subject", ["Tashkent", "Uzbekistan", "Rector Ivanov", "The company"])
def test_a_place_a_person_or_a_common_noun_is_no_such_name(subject: str) -> None:
    assert [i.name for i in extract(ALMATY.format(subject)).institutions] == [
        "Kazakh National Medical University"]


TOUR = ("Bishkek, 6 June 2024\n\nA delegation of the Kyrgyz State Medical Academy (KSMA) "
        "visited Italy and Portugal, where memorandums were signed with the University of "
        "Bologna and the University of Coimbra.\n\n{}\n")


def test_a_title_in_a_clause_set_in_a_city_is_at_the_institution_named_for_it() -> None:
    facts = extract(TOUR.format(
        "In Bologna, KSMA representatives met Vice-Rector for Research Prof. Marco Rossi, and "
        "in Coimbra the memorandum was signed in the presence of Dr. Ana Costa, Dean of the "
        "Faculty of Medicine."))
    insts = {i.id: i.name for i in facts.institutions}
    assert sorted((p.name, [insts.get(q.institution) for q in p.positions])
                  for p in facts.people) == [("Ana Costa", ["University of Coimbra"]),
                                             ("Marco Rossi", ["University of Bologna"])]


def test_a_city_that_is_part_of_the_title_is_not_the_scene() -> None:
    facts = extract(TOUR.format(
        "The delegation met the Consul of Kyrgyzstan in Bologna Aibek Toktogulov."))
    assert [[q.institution for q in p.positions] for p in facts.people] == [[None]]


DAYS = ("Dushanbe, 20 December 2019\n\nThe Days of Kazakh Medicine in Tajikistan were held in "
        "Dushanbe on 19-20 December. {}\n")


@pytest.mark.parametrize(("sentence", "count"), [
    ("Thirty-one memorandums were signed during the Days.", 31),
    ("Forty two agreements were concluded during the Days.", 42),
    ("Twenty memorandums were signed during the Days.", 20),
])
def test_a_count_written_in_words_of_tens_and_units(sentence: str, count: int) -> None:
    assert [c.count for c in extract(DAYS.format(sentence)).agreement_counts] == [count]
