"""Events named by a quoted title after a lower-case kind ("a seminar “…”", "a conference
titled "…"", "a round table «…»"): one event, known by its title and by the words as written."""

from __future__ import annotations

from medcoop.loaders.text import extract


def events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.name, e.aliases) for e in extract(text).events]


def test_a_seminar_with_a_title_in_curly_quotes() -> None:
    assert events(
        "The visitors also ran the clinical seminar “Early Signs of Sepsis in Newborns” for "
        "residents of the Bishkek maternity hospital."
    ) == [("Early Signs of Sepsis in Newborns",
           ["clinical seminar “Early Signs of Sepsis in Newborns”"])]


def test_titled_and_under_the_theme_link_the_kind_to_its_title() -> None:
    assert events(
        'A symposium titled "Robotic Urology 2025" opened in Astana on 2 June. On the next '
        "day a workshop under the motto «Every Minute Counts» followed."
    ) == [("Robotic Urology 2025", ['symposium "Robotic Urology 2025"']),
          ("Every Minute Counts", ["workshop «Every Minute Counts»"])]


def test_the_description_before_the_kind_is_kept_without_its_article() -> None:
    assert events(
        'Surgeons from Minsk spoke at the international scientific and practical conference '
        '"Liver Surgery Today" in Tashkent.'
    ) == [("Liver Surgery Today",
           ['international scientific and practical conference "Liver Surgery Today"'])]


def test_an_untitled_round_table_is_no_named_event() -> None:
    assert events("The round table on nursing education ended with a tour of the clinic.") == []
