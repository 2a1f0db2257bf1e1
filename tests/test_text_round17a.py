"""Text reader, round 17a: error classes of holdout33-34 in institutions, people, positions and
institution country, each checked on a text written for it in other wording, with other
countries and names.

Classes: a Turkic patronymic between the given name and the surname ("Anar Ilham oglu
Guliyev"); initials and legal forms with letters outside ASCII ("A.Ş.", "Ž."); a spaced dash
inside a name its bracketed acronym spells on both sides; plural French and Spanish hospital
heads; honorifics written small ("dr", "prof."); a given name before one middle initial.
"""

from __future__ import annotations

from medcoop.loaders.text import extract

from .test_text_round13a import positions


def test_a_patronymic_word_between_given_name_and_surname_is_part_of_the_name() -> None:
    text = (
        "Baku and Almaty doctors meet\n\n"
        "The meeting was opened by Rector of the Baku Health University Anar Ilham oglu "
        "Guliyev. Later Chairman of the State Drug Agency Leyla Farid gizi Hasanova joined him."
    )
    got = positions(extract(text))
    assert got == {
        "Anar Ilham oglu Guliyev": [("Rector", "Baku Health University")],
        "Leyla Farid gizi Hasanova": [("Chairman", "State Drug Agency")],
    }


def test_initials_with_letters_outside_ascii_stay_whole() -> None:
    text = (
        "Izmir and Tbilisi sign\n\n"
        "The Georgian firm Kavkaz Pharm LLC and the Turkish producer Deniz Kimya A.Ş. signed a "
        "supply contract in Tbilisi."
    )
    names = {i.name for i in extract(text).institutions}
    assert "Deniz Kimya A.Ş." in names
    assert "Deniz Kimya A.Ş" not in names


def test_an_acronym_spelling_both_sides_of_a_dash_keeps_one_name() -> None:
    text = (
        "Seville and Tunis sign\n\n"
        "The Charles Nicolle Hospital signed an agreement with Servicio Andaluz – Clinicas de "
        "Sevilla (SA-CS) on 2 May. SA-CS will train nurses from Tunis."
    )
    insts = {i.name: i.aliases for i in extract(text).institutions}
    assert "Servicio Andaluz – Clinicas de Sevilla" in insts
    assert "SA-CS" in insts["Servicio Andaluz – Clinicas de Sevilla"]
    assert "Clinicas de Sevilla" not in insts


def test_plural_french_and_spanish_hospital_heads_make_a_hospital() -> None:
    text = (
        "Geneva and Quito\n\n"
        "The Hôpitaux Universitaires de Lausanne and the Hospitales Unidos de Quito signed a "
        "memorandum of understanding."
    )
    kinds = {i.name: i.kind for i in extract(text).institutions}
    assert kinds == {
        "Hôpitaux Universitaires de Lausanne": "hospital",
        "Hospitales Unidos de Quito": "hospital",
    }


def test_small_honorifics_dr_and_prof_open_a_name() -> None:
    text = (
        "Zagreb and Bishkek\n\n"
        "The guests from Bishkek were met by Director of the Zagreb Public Health Institute "
        "prof. dr Vesna Kovačević, Deputy Director dr Goran Ilić and Head of Unit Marko Babić."
    )
    got = positions(extract(text))
    inst = "Zagreb Public Health Institute"
    assert got == {
        "Vesna Kovačević": [("Director", inst)],
        "Goran Ilić": [("Deputy Director", inst)],
        "Marko Babić": [("Head of Unit", inst)],
    }


def test_a_given_name_before_one_middle_initial_belongs_to_the_name() -> None:
    text = (
        "Osh and Lahore\n\n"
        "From the Osh Regional Hospital the memorandum was signed by its Director Kubanych Zh. "
        "Asanov, from the other side by Rector A. Qureshi."
    )
    got = positions(extract(text))
    assert got["Kubanych Zh. Asanov"] == [("Director", "Osh Regional Hospital")]
    assert "Zh. Asanov" not in got
