"""Text reader, round 20a: people, positions and institution country on holdout39-40, each
class checked on a text written for it in other wording, with other countries and names.

Classes: a given name, one middle initial and a surname at the end of a title's capitalised
run ("Deputy Minister of Healthcare Karen G. Avetisyan") are a person, not more of the
institution's name.
"""

from __future__ import annotations

from medcoop.loaders.text import extract


def positions(text: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    return sorted(
        (p.name, [(q.title, q.institution) for q in p.positions]) for p in extract(text).people
    )


def countries(text: str) -> dict[str, str | None]:
    return {i.name: i.country for i in extract(text).institutions}


def test_a_middle_initial_name_ends_a_title_run() -> None:
    text = (
        "The Armenian delegation was led by Deputy Minister of Healthcare Karen G. Avetisyan "
        "and included surgeons."
    )
    assert positions(text) == [
        (
            "Karen G. Avetisyan",
            [("Deputy Minister of Healthcare", "armenian-ministry-of-healthcare")],
        )
    ]


def test_a_middle_initial_name_after_a_title_phrase_keeps_the_given_name() -> None:
    text = "They met Vice-Rector for Research Nino Sh. Kapanadze of the Tbilisi Medical Academy."
    assert positions(text) == [
        ("Nino Sh. Kapanadze", [("Vice-Rector for Research", "tbilisi-medical-academy")])
    ]


def test_a_middle_initial_name_after_a_department_is_a_person() -> None:
    text = (
        "They were received by Head of the International Department Aram T. Sargsyan, who "
        "showed them the wards."
    )
    assert sorted(p.name for p in extract(text).people) == ["Aram T. Sargsyan"]


def test_a_city_the_text_places_in_a_country_places_what_is_based_there() -> None:
    text = (
        "The clinic signed a supply contract with Lotus Dialysis Pvt Ltd of Karimnagar, India. "
        "It also agreed joint training with the Coromandel Kidney Institute, based in "
        "Karimnagar."
    )
    assert countries(text)["Coromandel Kidney Institute"] == "IN"


def test_a_company_name_ends_at_its_legal_form() -> None:
    text = "The clinic signed a supply contract with Lotus Dialysis Pvt Ltd of Karimnagar, India."
    assert countries(text) == {"Lotus Dialysis Pvt Ltd": "IN"}
