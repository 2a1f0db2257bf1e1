"""Text reader, round 12: error classes of holdout20 and holdout21, each rule checked on a text
written for it in other wording, with other countries and names.

Classes: institutions (a "… Medical University" named by its acronym only); agreements (pairs
listed a line each, without marks, under an intro ending "between:"); positions ("Name is
Rector of X": a title after "is"/"was" with the name as subject; "visited X, where they were
received by the Rector Name": the host's officer; "For the Hungarian side … by Deputy State
Secretary Name": the one ministry of that side's country).
"""

from __future__ import annotations

from medcoop.facts import Facts
from medcoop.loaders.text import extract


def positions(f: Facts) -> dict[str, list[tuple[str, str | None]]]:
    names = {i.id: i.name for i in f.institutions}
    return {
        p.name: [(x.title, names.get(x.institution or "")) for x in p.positions]
        for p in f.people
    }


def test_title_after_is() -> None:
    text = (
        "Vilnius and Tartu universities meet\n\n"
        "Opening remarks were made by Professor Jonas Petraitis and Dr Mari Tamm. Professor "
        "Petraitis is Rector of Vilnius University, and Dr Tamm was Dean of the Faculty of "
        "Medicine of the University of Tartu for six years."
    )
    assert positions(extract(text)) == {
        "Jonas Petraitis": [("Rector", "Vilnius University")],
        "Mari Tamm": [("Dean of the Faculty of Medicine", "University of Tartu")],
    }


def test_received_by_the_host() -> None:
    text = (
        "Latvian surgeons in Yerevan\n\n"
        "On 3 May a delegation of Riga Stradins University arrived in Armenia. The guests "
        "visited Yerevan State Medical University, where they were received by the Vice-Rector "
        "for Research Armen Sargsyan."
    )
    assert positions(extract(text)) == {
        "Armen Sargsyan": [("Vice-Rector for Research", "Yerevan State Medical University")],
    }


def test_university_named_by_acronym_only() -> None:
    text = (
        "Yerevan medical university signs with KSMU\n\n"
        "Yerevan State Medical University has signed an exchange agreement with KSMU. The "
        "agreement was signed by KSMU's Vice-Rector for Research, Professor Olga Ivanova, and "
        "the Rector of Yerevan State Medical University, Professor Armen Sargsyan."
    )
    f = extract(text)
    assert [(i.name, i.kind) for i in f.institutions] == [
        ("Yerevan State Medical University", "university"),
        ("KSMU", "university"),
    ]
    assert [sorted(a.parties) for a in f.agreements] == [
        sorted(i.id for i in f.institutions)
    ]
    assert positions(f) == {
        "Olga Ivanova": [("Vice-Rector for Research", "KSMU")],
        "Armen Sargsyan": [("Rector", "Yerevan State Medical University")],
    }


def test_unmarked_pairs_under_between() -> None:
    text = (
        "Polish and Georgian medical schools sign in Warsaw\n\n"
        "On 5 March a forum was held in Warsaw. At its close the partners signed memorandums "
        "between:\n"
        "Tbilisi State Medical University and Medical University of Warsaw;\n"
        "Batumi Shota Rustaveli State University and Wroclaw Medical University.\n\n"
        "The forum will meet again next year."
    )
    f = extract(text)
    names = {i.id: i.name for i in f.institutions}
    assert [[names[p] for p in a.parties] for a in f.agreements] == [
        ["Tbilisi State Medical University", "Medical University of Warsaw"],
        ["Batumi Shota Rustaveli State University", "Wroclaw Medical University"],
    ]
    assert [a.kind for a in f.agreements] == ["memorandum", "memorandum"]


def test_government_post_of_the_named_side() -> None:
    text = (
        "Tbilisi State Medical University and Polish foreign ministry agree on grants\n\n"
        "Tbilisi State Medical University has signed an agreement with the Ministry of Foreign "
        "Affairs of Poland on study grants. From the Polish side the agreement was signed by "
        "Deputy State Secretary Dr Anna Nowak."
    )
    assert positions(extract(text)) == {
        "Anna Nowak": [("Deputy State Secretary", "Ministry of Foreign Affairs of Poland")],
    }


def test_population_in_a_ministry_name_is_no_given_name() -> None:
    """"… Social Protection of Population Rahmonov K.S.": "Population" ends the ministry's
    name (institutions.yaml org_words); it does not start the person's."""
    text = (
        "Tajik and Chinese doctors meet in Dushanbe\n\n"
        "The guests were received by the First Deputy Minister of Health and Social Protection "
        "of Population Rahmonov K.S., who spoke about the cardiology programme."
    )
    assert [p.name for p in extract(text).people] == ["Rahmonov K.S."]


def test_days_of_medicine_in_the_republic_of_a_country() -> None:
    text = (
        "Korean doctors in Bishkek\n\n"
        "From 2 to 4 October, Bishkek hosted the Days of Korean Medicine in the Republic of "
        "Kyrgyzstan, with master classes at the National Surgical Center."
    )
    assert [e.name for e in extract(text).events] == [
        "Days of Korean Medicine in the Republic of Kyrgyzstan"]
