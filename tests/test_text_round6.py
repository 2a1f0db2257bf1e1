"""Text reader, round 6: error classes of an unseen corpus (holdout5), each rule checked on
texts written for it in other wording, with other countries and names.

Classes: a lower-case title opened by a possessive, a determiner over modifiers or an
acronym, then a comma and the name ("the clinic's medical director, Name", "whose programme
coordinator, Name", "the NIO chairman of the board, Name"); hyphenated and double-barrelled
surnames ("Ter-Grigoryan-Sargsyan"); a plural title before two names, each the title at one
of the two institutions just named; a hospital named after a doctor ("the Dr. Name
Children's Hospital"); "signed by Name for X"; a one-word company name written without its
legal form; "the academy's" among two academies when the sentence names the other one;
"X, headed by Name," (the head of X).
"""

from __future__ import annotations

from medcoop.loaders.text import extract

from .test_text_round3 import positions


def people(text: str) -> list[str]:
    return [p.name for p in extract(text).people]


# --- a lower-case title, a comma, the name ----------------------------------------------------


def test_a_possessive_title_with_a_modifier_names_the_institution_of_the_noun() -> None:
    f = extract(
        "Delegates of Kaunas Clinical Hospital came to Riga on 3 March. They were received by "
        "the hospital's deputy director, Ona Petrauskaite."
    )
    assert positions(f) == {"Ona Petrauskaite": [("deputy director", "Kaunas Clinical Hospital")]}


def test_whose_title_belongs_to_the_institution_before_it() -> None:
    f = extract(
        "The Riga Centre for Pediatrics, whose medical coordinator, Ilze Kalnina-Berzina, took "
        "part, was named a partner."
    )
    assert positions(f) == {
        "Ilze Kalnina-Berzina": [("medical coordinator", "Riga Centre for Pediatrics")]
    }


def test_an_acronym_before_a_lower_case_title_is_its_owner() -> None:
    f = extract(
        "The National Institute of Oncology (NIO) hosted the conference, which was opened by "
        "the NIO chairman of the management board, Dana Kuatbekova."
    )
    assert positions(f) == {
        "Dana Kuatbekova": [("chairman of the management board", "National Institute of Oncology")]
    }


def test_a_company_named_without_its_legal_form_owns_the_title() -> None:
    f = extract(
        "The contract was signed by the executive director of Biomedica, Lars Ek-Holmberg. "
        "Biomedica LLC supplies reagents."
    )
    assert positions(f) == {"Lars Ek-Holmberg": [("executive director", "Biomedica LLC")]}


# --- names -------------------------------------------------------------------------------------


def test_a_surname_of_three_hyphenated_parts_is_a_name() -> None:
    assert people(
        "The visitors were met by the institute's scientific director, Hovhannes "
        "Ter-Grigoryan-Sargsyan."
    ) == ["Hovhannes Ter-Grigoryan-Sargsyan"]


def test_a_plural_title_before_two_names_gives_each_the_title_at_one_institution() -> None:
    f = extract(
        "A roadmap was agreed between Minsk City Children's Hospital and the Dr. Jonas "
        "Basanavicius Children's Hospital. The roadmap, signed by the two chief physicians, "
        "Olga Kovaleva and Rūta Žukauskienė, covers neonatal surgery."
    )
    assert positions(f) == {
        "Olga Kovaleva": [("chief physician", "Minsk City Children's Hospital")],
        "Rūta Žukauskienė": [("chief physician", "Dr. Jonas Basanavicius Children's Hospital")],
    }
    f = extract(
        "Almaty Regional Hospital and Shymkent City Hospital concluded a memorandum, signed by "
        "the directors Aigerim Nurlanova-Sadykova and Serik Akhmetov."
    )
    assert positions(f) == {
        "Aigerim Nurlanova-Sadykova": [("director", "Almaty Regional Hospital")],
        "Serik Akhmetov": [("director", "Shymkent City Hospital")],
    }


def test_a_plural_title_before_two_names_gives_both_people() -> None:
    assert people(
        "A roadmap between Minsk City Children's Hospital and Vilnius Children's Hospital was "
        "signed by the chief physicians, Olga Kovaleva and Rūta Žukauskienė."
    ) == ["Olga Kovaleva", "Rūta Žukauskienė"]
    assert people(
        "Almaty Regional Hospital and Shymkent City Hospital signed a memorandum. It was signed "
        "by the rectors Aigerim Nurlanova-Sadykova and Serik Akhmetov."
    ) == ["Aigerim Nurlanova-Sadykova", "Serik Akhmetov"]


def test_signed_by_a_name_for_an_institution() -> None:
    f = extract(
        "Kaunas Clinical Hospital and Riga Stradins University signed a charter. The charter "
        "was signed by the university's rector Liga Ozola and by Jonas Petraitis for Kaunas "
        "Clinical Hospital."
    )
    assert positions(f) == {
        "Liga Ozola": [("rector", "Riga Stradins University")],
        "Jonas Petraitis": [(None, "Kaunas Clinical Hospital")],
    }


def test_of_two_academies_the_one_the_sentence_does_not_name() -> None:
    f = extract(
        "The partners are the Baltic Medical Academy and the Vilnius Medical Academy. The "
        "charter was signed by the academy's rector Rasa Jankauskiene, and by Tomas Zilinskas "
        "for Vilnius Medical Academy."
    )
    assert positions(f) == {
        "Rasa Jankauskiene": [("rector", "Baltic Medical Academy")],
        "Tomas Zilinskas": [(None, "Vilnius Medical Academy")],
    }


def test_an_institution_headed_by_a_name_gives_its_head() -> None:
    f = extract(
        "The Pavlodar Regional Oncology Dispensary, headed by Marina Voronova-Lis, will host "
        "the first course. The dispensary signed a memorandum with Omsk Cancer Hospital."
    )
    assert positions(f) == {
        "Marina Voronova-Lis": [("head", "Pavlodar Regional Oncology Dispensary")]
    }
