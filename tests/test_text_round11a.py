"""Text reader, round 11a: people and positions of holdout18 and holdout19, each rule checked
on texts written for it in other wording, with other countries and names.

Classes: a title in brackets right after a name ("Name Surname (Head of the Department of
X)") names the person and is the person's title; a title inside another person's brackets is
not the next person's; "the delegation" refers back to the demonym's delegation ("The Czech
delegation …" several sentences before).
"""

from __future__ import annotations

from medcoop.facts import Facts
from medcoop.loaders.text import extract


def people(f: Facts) -> list[tuple[str, list[tuple[str | None, str | None]]]]:
    ids = {i.id: i.name for i in f.institutions}
    return [
        (p.name, [(x.title, ids.get(x.institution or "")) for x in p.positions])
        for p in f.people
    ]


def test_bracketed_title_after_a_name() -> None:
    text = (
        "A delegation of Charles University visited the Tbilisi Heart Centre on 3 May. The "
        "delegation was headed by Professor Jana Novotna. It also included Karel Dvorak "
        "(Head of the Department of Vascular Surgery)."
    )
    assert ("Karel Dvorak", [("Head of the Department of Vascular Surgery",
                              "Charles University")]) in people(extract(text))


def test_bracketed_title_is_not_the_next_persons() -> None:
    text = (
        "The Polish team of Jagiellonian University was headed by Professor Adam Nowak (Head "
        "of the Department of Neurosurgery) and included the nurse Dr. Ewa Lis."
    )
    got = dict(people(extract(text)))
    assert got["Adam Nowak"] == [("Head of the Department of Neurosurgery",
                                  "Jagiellonian University")]
    assert ("Head of the Department of Neurosurgery", "Jagiellonian University") not in got[
        "Ewa Lis"
    ]


def test_the_delegation_refers_to_the_demonym_group_before() -> None:
    text = (
        "Vilnius University Hospital signed a memorandum with the Republican Eye Centre of "
        "the Republic of Armenia on 9 June.\n\n"
        "The Armenian delegation stayed in Lithuania for three days. They saw the clinics of "
        "the hospital. \"We are glad to welcome our partners,\" the director said. The guests "
        "thanked the hosts for the warm reception.\n\n"
        "The delegation also included Anahit Petrosyan, deputy director for clinical work."
    )
    assert ("Anahit Petrosyan", [("deputy director for clinical work",
                                  "Republican Eye Centre of the Republic of Armenia")]) in people(
        extract(text)
    )


def test_host_minister_serves_the_bylines_ministry() -> None:
    text = (
        "Minister receives Polish surgeons\n"
        "03.03.2025 | Ministry of Health of the Republic of Moldova\n\n"
        "On 2 March Minister of Health Ion Rusu received a group of Polish surgeons from "
        "Jagiellonian University. The sides discussed training of residents."
    )
    assert ("Ion Rusu", [("Minister of Health", "Ministry of Health of the Republic of Moldova")]
            ) in people(extract(text))


def test_host_minister_from_the_closing_byline() -> None:
    text = (
        "Georgia and Armenia agree on training\n"
        "Tbilisi, 10.04.2025\n\n"
        "On 9 April Minister of Health Nino Beridze met a delegation of the Ministry of Health "
        "of the Republic of Armenia led by Deputy Minister Armen Sargsyan.\n\n"
        "Press Department of the Ministry of Health of Georgia"
    )
    got = dict(people(extract(text)))
    assert got["Nino Beridze"] == [("Minister of Health", "Ministry of Health of Georgia")]


def test_guest_minister_keeps_the_country_before_the_verb() -> None:
    text = (
        "Visit of the Uzbek minister\n"
        "05.05.2025 | Ministry of Health of the Republic of Azerbaijan\n\n"
        "On 4 May the Uzbek Minister of Health Aziz Karimov visited Baku and met colleagues."
    )
    got = dict(people(extract(text)))
    assert got["Aziz Karimov"] == [("Minister of Health", "Uzbek Ministry of Health")]


def test_the_institute_is_the_one_named_with_a_longer_head() -> None:
    text = (
        "A team from Riga Stradins University came to the National Research Institute of "
        "Cardiology on 2 May. The guests were met by the director of the institute, Professor "
        "Ivan Melnyk, who showed them the wards."
    )
    assert ("Ivan Melnyk", [("director", "National Research Institute of Cardiology")]) in people(
        extract(text)
    )


def test_demonym_group_of_two_placed_institutions_is_the_delegations() -> None:
    text = (
        "On 5 June a delegation of Spanish surgeons from the Hospital Clinic of Barcelona "
        "visited the Madrid Institute of Oncology.\n\n"
        "The Spanish group was headed by Professor Lucia Garcia (Head of the Department of "
        "Thoracic Surgery)."
    )
    got = dict(people(extract(text)))
    assert got["Lucia Garcia"] == [("Head of the Department of Thoracic Surgery",
                                    "Hospital Clinic of Barcelona")]


def test_occupations_of_the_operating_team() -> None:
    text = (
        "A team of the Vienna Heart Centre, Austria, operated in Bishkek. The team was headed "
        "by Professor Anna Gruber and included the anaesthetist Dr. Lukas Huber and the "
        "perfusionist Jonas Weber."
    )
    got = dict(people(extract(text)))
    assert got["Lukas Huber"] == [("anaesthetist", "Vienna Heart Centre")]
    assert got["Jonas Weber"] == [("perfusionist", "Vienna Heart Centre")]


def test_the_hospitals_own_team() -> None:
    text = (
        "Surgeons of Charite visited the Yerevan Republican Hospital on 3 May. The hospital's "
        "own team was represented by Armen Hakobyan (Head of the Department of Burns)."
    )
    got = dict(people(extract(text)))
    assert got["Armen Hakobyan"] == [("Head of the Department of Burns",
                                      "Yerevan Republican Hospital")]


def test_a_core_title_word_before_a_head_noun_is_part_of_the_name() -> None:
    text = (
        "Samarkand State Medical University signed a memorandum with the King Khalid "
        "Specialist Hospital & Research Centre in Riyadh on 2 May."
    )
    names = [i.name for i in extract(text).institutions]
    assert names == ["Samarkand State Medical University",
                     "King Khalid Specialist Hospital & Research Centre"]


def test_second_host_in_a_list_of_titles_and_names() -> None:
    text = (
        "A delegation of Riga Stradins University visited the Almaty Medical Institute on "
        "1 May. The guests were welcomed by the rector of the institute, Professor Aidar "
        "Serikov, and the vice-rector for research, Gulnara Akhmetova."
    )
    got = dict(people(extract(text)))
    assert got["Gulnara Akhmetova"] == [("vice-rector for research", "Almaty Medical Institute")]


def test_a_regions_minister_is_not_the_other_sides() -> None:
    text = (
        "Kazan, 3 June. Minister of Health of the Republic of Bashkortostan Ildar Sagitov and "
        "the Ambassador of the Kingdom of Jordan signed a plan of cooperation."
    )
    got = dict(people(extract(text)))
    assert got["Ildar Sagitov"] == [
        ("Minister of Health of the Republic of Bashkortostan",
         "Ministry of Health of the Republic of Bashkortostan")
    ]


def test_member_named_with_its_parent_has_its_own_short_name() -> None:
    text = (
        "The forum was organised by the Northern Medical Holding Corporate Fund. A memorandum "
        "was signed between the Regional Burn Center of the Northern Medical Holding and "
        "Tbilisi State Medical University."
    )
    inst = {i.name: i.aliases for i in extract(text).institutions}
    assert inst["Regional Burn Center of the Northern Medical Holding"] == [
        "Regional Burn Center"
    ]


def test_a_department_with_no_owner_is_the_releases_own() -> None:
    text = (
        "Lviv Regional Children's Hospital hosts surgeons from Vilnius\n\n"
        "Surgeons from Vilnius University Hospital operated at Lviv Regional Children's "
        "Hospital on 4 May. The operations were planned by Oksana Koval (Head of the "
        "Department of Paediatric Urology), who said the visit was useful."
    )
    got = dict(people(extract(text)))
    assert got["Oksana Koval"] == [("Head of the Department of Paediatric Urology",
                                    "Lviv Regional Children's Hospital")]


def test_abbreviated_rank_before_a_name_keeps_the_sentence_whole() -> None:
    text = (
        "Doctors from Baku visited Izmir City Hospital on 2 May. They were welcomed by the "
        "chief physician of the hospital, Assoc. Prof. Dr. Murat Demir, who showed them the "
        "wards."
    )
    got = dict(people(extract(text)))
    assert got["Murat Demir"] == [("chief physician", "Izmir City Hospital")]


def test_gapped_its_refers_to_the_demonym_institution_before_by() -> None:
    text = (
        "Memorandums were signed with Riga Stradins University (Latvia) and Vilnius University "
        "(Lithuania). Riga Stradins University was represented by its rector, Professor Aigars "
        "Petersons; and the Lithuanian university by its Vice-Rector for Studies, Rimas Jonaitis."
    )
    got = dict(people(extract(text)))
    assert got["Rimas Jonaitis"] == [("Vice-Rector for Studies", "Vilnius University")]


def test_charity_named_after_an_organisation_noun() -> None:
    text = (
        "From 2 to 9 May a team from the charitable organisation Smile Austria worked at the "
        "Osh Regional Children's Hospital."
    )
    inst = {i.name: i.kind for i in extract(text).institutions}
    assert inst == {"Smile Austria": "association", "Osh Regional Children's Hospital": "hospital"}


def test_team_leader_a_paragraph_after_the_team_was_sent() -> None:
    text = (
        "From 1 to 8 June a team of volunteer doctors from the charity Operation Smile Kenya "
        "worked at the Kisumu County Hospital.\n\n"
        "The team of twelve included surgeons and nurses. It was headed by Dr. Peter Otieno, "
        "a plastic surgeon."
    )
    got = dict(people(extract(text)))
    assert got["Peter Otieno"] == [("plastic surgeon", "Operation Smile Kenya")]


def test_the_hospital_anaesthetist() -> None:
    text = (
        "Surgeons from Riga operated at the Gyumri Maternity Hospital on 3 May. The hospital "
        "anaesthetist A. Grigoryan added that two seminars were held."
    )
    got = dict(people(extract(text)))
    assert got["A. Grigoryan"] == [("anaesthetist", "Gyumri Maternity Hospital")]


def test_college_named_by_a_title_is_a_unit_of_the_host() -> None:
    text = (
        "The guests were received at Khalifa University of Science and Technology by "
        "Professor Omar Saeed, Dean of the College of Medicine, and Dr Layla Hassan, Director "
        "of Global Partnerships."
    )
    f = extract(text)
    assert [i.name for i in f.institutions] == ["Khalifa University of Science and Technology"]
    assert dict(people(f))["Omar Saeed"] == [
        ("Dean of the College of Medicine", "Khalifa University of Science and Technology")
    ]


def test_registered_form_after_an_organisation_name() -> None:
    text = (
        "The course is funded by the non-profit organisation Medical Bridges Europe e.V. from "
        "Hamburg and held at Tashkent Medical Academy."
    )
    names = [i.name for i in extract(text).institutions]
    assert "Medical Bridges Europe e.V." in names


def test_delegation_of_the_city_centre_paragraphs_later() -> None:
    text = (
        "A programme was signed between the Kyiv Regional Perinatal Center and the Republican "
        "Scientific Center of Neonatology of the Republic of Moldova.\n\n"
        "The two centres will train nurses together. The first course opens in autumn.\n\n"
        "The delegation of the Chisinau centre also included Ion Ciobanu (Head of the "
        "Department of Neonatal Surgery)."
    )
    got = dict(people(extract(text)))
    assert got["Ion Ciobanu"] == [(
        "Head of the Department of Neonatal Surgery",
        "Republican Scientific Center of Neonatology of the Republic of Moldova",
    )]


def test_on_the_side_of_the_city_centre() -> None:
    text = (
        "A programme was signed between the Kazakh National Research Center for Maternal and "
        "Child Health and the Republican Specialized Center of Pediatrics of the Republic of "
        "Uzbekistan.\n\n"
        "On the side of the Astana centre the scientific programme was coordinated by Yerlan "
        "Omarov (Head of the Department of Perinatology)."
    )
    got = dict(people(extract(text)))
    assert got["Yerlan Omarov"] == [(
        "Head of the Department of Perinatology",
        "Kazakh National Research Center for Maternal and Child Health",
    )]
