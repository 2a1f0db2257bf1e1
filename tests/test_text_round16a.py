"""Text reader, round 16a: error classes of holdout31-32 in institutions, people, positions and
institution country, each checked on a text written for it in other wording, with other
countries and names.

Classes: a region's or a kingdom's name closes a ministry's name before its minister's full
name ("Minister of Health of the Perm Region Oleg Ivanovich Petrov", "… of the Kingdom of Saudi
Arabia Name"); a province's health commission is an agency, the state's a ministry.
"""

from __future__ import annotations

from medcoop.loaders.text import extract

from .test_text_round13a import positions


def test_region_and_kingdom_words_close_the_ministry_before_the_minister() -> None:
    text = (
        "Perm doctors in Riyadh\n\n"
        "The delegation of the Ministry of Health of the Perm Region was headed by the Minister "
        "of Health of the Perm Region Oleg Ivanovich Petrov. He met the Minister of Health of "
        "the Kingdom of Saudi Arabia Fahad Al-Jaber."
    )
    facts = extract(text)
    names = {i.name for i in facts.institutions}
    assert "Ministry of Health of the Kingdom of Saudi Arabia" in names
    assert "Ministry of Health of the Perm Region" in names
    assert not any(n.endswith(("Perm", "Saudi")) for n in names)
    got = positions(facts)
    assert got["Fahad Al-Jaber"] == [
        ("Minister of Health", "Ministry of Health of the Kingdom of Saudi Arabia")]
    assert got["Oleg Ivanovich Petrov"] == [
        ("Minister of Health of the Perm Region", "Ministry of Health of the Perm Region")]


def test_a_provinces_health_commission_is_an_agency() -> None:
    text = (
        "Hunan visit\n\n"
        "The Health Commission of Hunan Province and the National Health Commission of China "
        "received a delegation from Almaty."
    )
    kinds = {i.name: i.kind for i in extract(text).institutions}
    assert kinds["Health Commission of Hunan Province"] == "agency"
    assert kinds["National Health Commission of China"] == "ministry"


def test_the_head_nouns_side_names_the_signers_institution() -> None:
    text = (
        "Omsk and Astana sign\n\n"
        "On 2 June an agreement on telemedicine was signed between the Omsk Institute of "
        "Oncology and the Astana Children's Hospital. From the Institute side it was signed by "
        "its Director Morozov K.L., from the hospital side – by the Chief Executive Dr. Aidar "
        "Nurlanov."
    )
    got = positions(extract(text))
    assert got["Morozov K.L."] == [("Director", "Omsk Institute of Oncology")]
    assert got["Aidar Nurlanov"] == [("Chief Executive", "Astana Children's Hospital")]


def test_a_consultant_led_group_belongs_to_the_group_that_sent_it() -> None:
    text = (
        "Surgeons from Bangalore\n\n"
        "A group of doctors from Manipal Hospitals (Bangalore, India) led by Dr. Suresh Iyer, "
        "Senior Consultant in cardiac surgery, worked at the Bukhara Regional Medical Center "
        "last week."
    )
    got = positions(extract(text))
    assert got["Suresh Iyer"] == [("Senior Consultant in cardiac surgery", "Manipal Hospitals")]


def test_a_city_after_the_acronym_in_brackets_places_the_institution() -> None:
    text = (
        "Contract signed in Tajikistan\n\n"
        "The Republican Center of Cardiology (RCC, Dushanbe) and University Hospital Brno "
        "(Brno, Czech Republic) concluded a contract on training."
    )
    countries = {i.name: i.country for i in extract(text).institutions}
    assert countries == {"Republican Center of Cardiology": "TJ", "University Hospital Brno": "CZ"}
