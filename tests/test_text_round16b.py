"""Text reader, round 16b: error classes of holdout31-32 in agreements and events, each
checked on a text written for it in other wording, with other countries and names.

Classes: a document discussed or in preparation, with the hedge in its own sentence
("discussed preparation of a plan") or in the next one ("It is planned that the plan will be
signed next year"), is no agreement; "Days of Healthcare of the X Region in Y" (whose days,
then where); an event held in a country the dateline's city is in takes that city.
"""

from __future__ import annotations

from medcoop.loaders.text import extract


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
