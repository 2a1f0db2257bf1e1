"""An institution's country from a city in its name ("Samarkand State Medical University"),
as the annotated reports give it, when the text names that country; not from a saint's or a
queen's name, and not when the text never names the country."""

from __future__ import annotations

from medcoop.loaders.text import extract


def countries(text: str) -> dict[str, str | None]:
    return {i.name: i.country for i in extract(text).institutions}


def test_a_city_in_the_name_places_it_in_a_country_the_text_names() -> None:
    assert countries(
        "Uzbek and German physicians met on 4 June. The Bukhara State Medical Institute signed "
        "a memorandum of cooperation with the Ruhr University Bochum."
    ) == {"Bukhara State Medical Institute": "UZ", "Ruhr University Bochum": "DE"}


def test_a_city_whose_country_the_text_never_names_places_nothing() -> None:
    assert countries(
        "The Kazan State Medical University signed a memorandum with the Ruhr University "
        "Bochum on 4 June."
    ) == {"Kazan State Medical University": None, "Ruhr University Bochum": None}


def test_a_queens_or_saints_name_is_not_a_city() -> None:
    assert countries(
        "A delegation from Turkmenistan visited London. The Queen Mary University of London "
        "signed an agreement with the State Medical University of Turkmenistan."
    ) == {"Queen Mary University of London": None,
          "State Medical University of Turkmenistan": "TM"}
