"""Text reader, round 15: six error classes of holdout27-28 (measured unseen first), each
checked on a text written for it in other wording, with other countries and names.

Classes: a list item that opens with "Between" (the word is no part of the first party's name,
and the item names both parties itself); a "Days of …" event held in a country of three words
("the United Arab Emirates"); a region's body named with the word "region" after the region;
a conference "with international participation" (the phrase is part of its name); "On behalf of
the university / the Foundation, … signed by Title Name" (the one the text names); "On behalf of
the Ministry … the Deputy Minister of Health A, on behalf of the Chinese hospital – by B" (the
ministry the text names, not a new one of the other side's country).
"""

from __future__ import annotations

from medcoop.loaders.text import extract

from .test_text_round13a import positions


def test_list_item_opening_with_between_names_both_parties() -> None:
    text = (
        "Documents signed at the Aktau health forum\n\n"
        "The following memorandums were signed at the forum:\n"
        "1. Between the Regional Perinatal Centre of Mangystau region and Vilnius University "
        "Hospital Santaros Klinikos (Vilnius, Lithuania) – on training of neonatologists.\n"
        "2. Between the Health Department of Mangystau region and Acibadem Hospital "
        "(Istanbul, Turkey) – on referral of patients.\n"
    )
    facts = extract(text)
    names = {i.name for i in facts.institutions}
    assert "Regional Perinatal Centre of Mangystau region" in names
    assert "Health Department of Mangystau region" in names
    assert not any(n.startswith("Between") for n in names)
    ids = {i.id: i.name for i in facts.institutions}
    parties = sorted(sorted(ids[p] for p in a.parties) for a in facts.agreements)
    assert parties == [
        ["Acibadem Hospital", "Health Department of Mangystau region"],
        ["Regional Perinatal Centre of Mangystau region",
         "Vilnius University Hospital Santaros Klinikos"],
    ]


def test_days_in_a_three_word_country_keep_the_whole_country() -> None:
    text = (
        "Tashkent, 12 March 2025\n\n"
        "From 10 to 11 March the Days of Uzbek Medicine in the United Arab Emirates were held "
        "in Dubai; 14 memorandums were signed during the Days."
    )
    facts = extract(text)
    assert [e.name for e in facts.events] == [
        "Days of Uzbek Medicine in the United Arab Emirates"]
    assert [(c.count, c.event) for c in facts.agreement_counts] == [(14, facts.events[0].id)]


def test_a_regions_body_keeps_the_word_region() -> None:
    text = (
        "Pavlodar and Omsk sign\n\n"
        "The Health Department of Pavlodar region and Omsk State Medical University signed a "
        "memorandum on residency training on 4 June 2024."
    )
    facts = extract(text)
    assert [i.name for i in facts.institutions] == [
        "Health Department of Pavlodar region", "Omsk State Medical University"]


def test_conference_with_international_participation_keeps_the_phrase() -> None:
    text = (
        "Khujand, 3 October 2025\n\n"
        "On 2 October the Sughd medical college held its 15th Regional Scientific Conference "
        "with international participation; doctors from Osh and Samarkand took part."
    )
    assert [e.name for e in extract(text).events] == [
        "15th Regional Scientific Conference with international participation"]


def test_on_behalf_of_the_university_names_the_one_university() -> None:
    text = (
        "Semey and Busan sign\n\n"
        "An agreement on residency training was signed between Semey Medical University and "
        "Pusan National University Hospital. On behalf of the university, the agreement was "
        "signed by the Chairman of the Board – Rector Aigerim Nurlanova, on behalf of the "
        "Korean hospital – by its Director Professor Kim Dong-hyun."
    )
    assert positions(extract(text))["Aigerim Nurlanova"] == [
        ("Chairman of the Board – Rector", "Semey Medical University")]


def test_on_behalf_of_the_foundation_names_the_one_foundation() -> None:
    text = (
        "Bishkek and Istanbul sign\n\n"
        "The National Center of Cardiology and Internal Medicine signed an agreement on "
        "paediatric heart surgery with the Anatolian Children's Heart Foundation (Istanbul). On "
        "behalf of the Foundation the agreement was signed by its Chair of the Board, Dr. Selin "
        "Kaya, and on behalf of the centre by Director Almaz Bekov."
    )
    assert positions(extract(text))["Selin Kaya"] == [
        ("Chair of the Board", "Anatolian Children's Heart Foundation")]


def test_on_behalf_of_the_ministry_names_no_ministry_of_the_other_side() -> None:
    text = (
        "Dushanbe and Urumqi sign\n\n"
        "A memorandum was signed between the Ministry of Health and Social Protection of "
        "Population of the Republic of Tajikistan and the First Affiliated Hospital of Xinjiang "
        "Medical University. On behalf of the Ministry the memorandum was signed by the First "
        "Deputy Minister of Health Farrukh Saidov, on behalf of the Chinese hospital – by its "
        "President Professor Li Wei."
    )
    facts = extract(text)
    assert [i.name for i in facts.institutions] == [
        "Ministry of Health and Social Protection of Population of the Republic of Tajikistan",
        "First Affiliated Hospital of Xinjiang Medical University"]
    assert positions(facts)["Farrukh Saidov"] == [(
        "First Deputy Minister of Health",
        "Ministry of Health and Social Protection of Population of the Republic of Tajikistan")]
