"""Text reader, round 18c: the partners of a text named by the place they come from.

"… called on the partners from Osaka to …": the parties of unknown country in the text's
agreements with an institution placed in another country are that place's, also in a
three-party document where one partner is already placed there by its name.
"""

from __future__ import annotations

from medcoop.loaders.text import extract


def _countries(text: str) -> dict[str, str | None]:
    return {i.name: i.country for i in extract(text).institutions}


TEXT = (
    "Kazakhstan and Japan conclude three-party memorandum\n"
    "3 March 2024\n\n"
    "A memorandum of understanding was signed online between the National Research Oncology "
    "Center of the Republic of Kazakhstan, Hanshin Medical Network and Osaka Proton Therapy "
    "Clinic, the press service of the Ministry of Health of Kazakhstan reports.\n\n"
    "The Ambassador of Kazakhstan to Japan, Aidana Serikova, called on the partners from Osaka "
    "to help train medical physicists.\n"
)


def test_partners_named_by_their_city_are_of_its_country() -> None:
    got = _countries(TEXT)
    assert got["Hanshin Medical Network"] == "JP"
    assert got["Osaka Proton Therapy Clinic"] == "JP"
    assert got["National Research Oncology Center of the Republic of Kazakhstan"] == "KZ"


def test_no_place_named_for_the_partners_places_nothing() -> None:
    got = _countries(TEXT.replace("the partners from Osaka", "the partners"))
    assert got["Hanshin Medical Network"] is None
