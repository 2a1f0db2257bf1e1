"""Text reader, round 16b: error classes of holdout31-32 in agreements and events, each
checked on a text written for it in other wording, with other countries and names.

Classes: a document discussed or in preparation, with the hedge in its own sentence
("discussed preparation of a plan") or in the next one ("It is planned that the plan will be
signed next year"), is no agreement; "Days of Healthcare of the X Region in Y" (whose days,
then where); an event held in a country the dateline's city is in takes that city.
"""

from __future__ import annotations

from medcoop.facts import Facts
from medcoop.loaders.text import extract


def party_names(facts: Facts) -> list[list[str]]:
    """The names of each agreement's parties, sorted (shared by the later rounds' tests)."""
    ids = {i.id: i.name for i in facts.institutions}
    return sorted(sorted(ids[p] for p in a.parties) for a in facts.agreements)


def test_preparation_of_a_document_discussed_is_no_agreement() -> None:
    text = (
        "Chisinau, 5 June 2024\n\n"
        "The delegations discussed preparation of an action plan for 2025-2027 between the "
        "Ministry of Health of Moldova and the Ministry of Health of Armenia."
    )
    assert extract(text).agreements == []


def test_a_document_the_next_sentence_plans_is_no_agreement() -> None:
    text = (
        "Riga, 2 October 2024\n\n"
        "The ministers also talked over a roadmap of cooperation between the Ministry of Health "
        "of Latvia and the Ministry of Health of Georgia. It is planned that the roadmap will "
        "be approved and signed next year."
    )
    assert extract(text).agreements == []


def test_it_will_be_signed_later_takes_back_the_document_before() -> None:
    text = (
        "Vilnius, 9 April 2025\n\n"
        "A memorandum between Vilnius University Hospital and Tbilisi State Medical University "
        "was on the table. It will be signed later this year."
    )
    assert extract(text).agreements == []


def test_a_signed_document_stays_when_a_later_sentence_plans_more() -> None:
    text = (
        "Vilnius, 9 April 2025\n\n"
        "A memorandum was signed between Vilnius University Hospital and Tbilisi State Medical "
        "University. It is planned that the memorandum will be followed by joint courses next "
        "year."
    )
    assert party_names(extract(text)) == [
        ["Tbilisi State Medical University", "Vilnius University Hospital"]]


def test_a_signed_memorandum_on_the_preparation_of_a_programme_stays() -> None:
    text = (
        "Tashkent, 4 March 2024\n\n"
        "A memorandum between Samarkand State Medical University and Daegu Catholic University "
        "on the preparation of a joint programme for nurses was signed by the two rectors."
    )
    assert party_names(extract(text)) == [
        ["Daegu Catholic University", "Samarkand State Medical University"]]


def test_days_of_healthcare_of_a_region_in_a_country() -> None:
    text = (
        "Days of Omsk Region Healthcare held in Baku\n"
        "Baku, 3 May 2024\n\n"
        "On April 28-29 in the capital of Azerbaijan took place the Days of Healthcare of the "
        "Omsk Region in Azerbaijan. In total, during the Days 9 documents on cooperation were "
        "signed between clinics of the Omsk Region and Azerbaijan."
    )
    facts = extract(text)
    assert [(e.name, e.city, e.country, e.start, e.end) for e in facts.events] == [
        ("Days of Healthcare of the Omsk Region in Azerbaijan", "Baku", "AZ", "04-28", "04-29")
    ]
    assert [(c.count, c.event) for c in facts.agreement_counts] == [(9, facts.events[0].id)]


def test_days_of_a_republic_of_x_keep_the_whole_country() -> None:
    text = (
        "Baku, 20 May 2025 (AZT). On May 18-19, the Days of Medicine of the Republic of "
        "Moldova in Azerbaijan were held in the Azerbaijani capital."
    )
    facts = extract(text)
    assert [(e.name, e.city, e.country) for e in facts.events] == [
        ("Days of Medicine of the Republic of Moldova in Azerbaijan", "Baku", "AZ")]


def test_a_countrys_possessive_inside_a_party_list_keeps_the_list() -> None:
    text = (
        "HANOI, 3 June 2024 — A tripartite memorandum on nurse training was signed today "
        "between Charles University, Vietnam's Hanoi Medical University and the Vietnamese "
        "Ministry of Health."
    )
    assert party_names(extract(text)) == [[
        "Charles University", "Hanoi Medical University", "Vietnamese Ministry of Health"]]


def test_an_apposition_naming_a_parent_adds_no_party() -> None:
    text = (
        "Tallinn, 12 February 2025\n\n"
        "Tartu University Hospital and the Finnish clinic Nordic Heart Centre, the remote care "
        "branch of Helsinki University Hospital, signed a contract on remote monitoring of "
        "cardiac patients."
    )
    assert party_names(extract(text)) == [["Nordic Heart Centre", "Tartu University Hospital"]]


def test_list_items_take_the_day_the_paragraph_of_their_intro_opens_with() -> None:
    text = (
        "Minsk, 30 October 2024\n\n"
        "On October 28, 2024 within the Belarusian Health Week a signing ceremony was held. "
        "The following documents were signed:\n"
        "• Memorandum on residency training between Grodno State Medical University and "
        "Vitebsk Regional Clinical Hospital;\n"
        "• Contract on laboratory services between Brest Regional Hospital and Polesie "
        "State University.\n"
    )
    assert sorted((a.kind, a.date) for a in extract(text).agreements) == [
        ("contract", "2024-10-28"), ("memorandum", "2024-10-28")]
