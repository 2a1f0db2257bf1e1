"""The text extractor: one rule per test on sentences written for the test, plus dev corpus
floors (from tests/corpus/dev, or the directory in MEDCOOP_DEV_CORPUS)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medcoop.errors import InputError
from medcoop.evaluation import score_directory
from medcoop.facts import Facts
from medcoop.loaders.text import decode, extract, html_to_text, markdown_to_text

DEV = Path(os.environ.get("MEDCOOP_DEV_CORPUS", Path(__file__).parent / "corpus" / "dev"))


def names(facts: Facts) -> list[str]:
    return [i.name for i in facts.institutions]


def parties(facts: Facts) -> list[set[str]]:
    by_id = {i.id: i.name for i in facts.institutions}
    return [{by_id[p] for p in a.parties} for a in facts.agreements]


def test_empty_text_gives_empty_facts() -> None:
    assert extract("") == Facts()
    assert extract("   \n\n") == Facts()
    assert extract("The weather was fine and nobody signed anything.") == Facts()


def test_signed_memorandum_between_two() -> None:
    f = extract(
        "The Osh Regional Hospital signed a memorandum of cooperation with the Busan Cancer Center."
    )
    assert parties(f) == [{"Osh Regional Hospital", "Busan Cancer Center"}]
    assert f.agreements[0].kind == "memorandum"
    assert f.agreements[0].evidence[0].confidence is not None


@pytest.mark.parametrize(
    "hedge",
    [
        "plans to sign a memorandum with",
        "intends to sign a memorandum with",
        "agreed to draft a memorandum with",
        "discussed the signing of a memorandum with",
        "will sign a memorandum with",
    ],
)
def test_planned_memorandum_is_not_an_agreement(hedge: str) -> None:
    f = extract(f"The Osh Regional Hospital {hedge} the Busan Cancer Center.")
    assert f.agreements == []
    assert set(names(f)) == {"Osh Regional Hospital", "Busan Cancer Center"}


def test_semicolon_list_gives_one_agreement_per_partner() -> None:
    f = extract(
        "The Almaty Cardiology Center signed memorandums with the Tashkent Heart "
        "Institute; the Bishkek Surgical Hospital; and the Dushanbe Medical University."
    )
    assert parties(f) == [
        {"Almaty Cardiology Center", "Tashkent Heart Institute"},
        {"Almaty Cardiology Center", "Bishkek Surgical Hospital"},
        {"Almaty Cardiology Center", "Dushanbe Medical University"},
    ]


def test_tripartite_memorandum_has_three_parties() -> None:
    f = extract(
        "A memorandum of understanding was signed between the Osh Regional Hospital, "
        "the Daegu Catholic University and the Busan Cancer Center."
    )
    assert parties(f) == [
        {"Osh Regional Hospital", "Daegu Catholic University", "Busan Cancer Center"}
    ]


def test_acronym_defined_in_brackets_is_an_alias() -> None:
    f = extract(
        "The Republican Center of Cardiology (RCC) signed an agreement with the Minsk "
        "Heart Hospital. RCC will train the doctors."
    )
    rcc = f.institutions[0]
    assert rcc.name == "Republican Center of Cardiology"
    assert "RCC" in rcc.aliases
    assert rcc.kind == "research-center"


def test_initials_forms_merge_into_one_person_with_position() -> None:
    f = extract(
        "Rector of Karaganda Medical University A. Bekov met the guests. "
        "Professor Askar Bekov, Rector of Karaganda Medical University, thanked them."
    )
    assert [(p.name, p.aliases) for p in f.people] == [("Askar Bekov", ["A. Bekov"])]
    pos = f.people[0].positions
    assert [(p.title, p.institution) for p in pos] == [("Rector", f.institutions[0].id)]


def test_minister_title_creates_the_ministry() -> None:
    f = extract(
        "The delegation was headed by Vice Minister of Health of the Republic of "
        "Kazakhstan O. Abishev."
    )
    assert names(f) == ["Ministry of Health of the Republic of Kazakhstan"]
    assert f.institutions[0].country == "KZ" and f.institutions[0].kind == "ministry"
    assert [(p.title, p.institution) for p in f.people[0].positions] == [
        ("Vice Minister of Health", f.institutions[0].id)
    ]


def test_country_from_name_and_context() -> None:
    f = extract(
        "The Kazakh National Medical University signed an agreement with Hanseo "
        "Hospital in South Korea."
    )
    assert {i.name: i.country for i in f.institutions} == {
        "Kazakh National Medical University": "KZ",
        "Hanseo Hospital": "KR",
    }


def test_dateline_title_publisher_and_count() -> None:
    text = (
        "Health week ends with new documents\nAstana, 3 March 2022\n\n"
        "During the Days of Kyrgyz Medicine in Kazakhstan, 12 memorandums were signed "
        "between clinics of Kyrgyzstan and Kazakhstan.\nPress service of KazMU"
    )
    f = extract(text)
    assert f.document.title == "Health week ends with new documents"
    assert f.document.published == "2022-03-03"
    assert f.document.publisher == "Press service of KazMU"
    assert [e.name for e in f.events] == ["Days of Kyrgyz Medicine in Kazakhstan"]
    assert [(c.count, c.event) for c in f.agreement_counts] == [(12, f.events[0].id)]
    assert f.agreements == []


def test_event_dates_without_year() -> None:
    f = extract("On December 19-20, the Days of Kyrgyz Medicine in Kazakhstan were held in Almaty.")
    ev = f.events[0]
    assert (ev.start, ev.end, ev.year, ev.city) == ("12-19", "12-20", None, "Almaty")


def test_evidence_offsets_point_into_the_text() -> None:
    text = "Intro line\n\nThe Osh Regional Hospital signed a memorandum with Busan Cancer Center."
    f = extract(text)
    for inst in f.institutions:
        ev = inst.evidence[0]
        assert text[ev.start : ev.end] == inst.name


def test_decode_utf8_bom_and_cp1251() -> None:
    assert decode("Привет".encode("utf-8-sig"), "a.txt") == ("Привет", "utf-8-sig")
    text = "Министерство здравоохранения подписало меморандум."
    assert decode(text.encode("cp1251"), "b.txt") == (text, "cp1251")


def test_decode_binary_raises_input_error() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "pic.txt")


def test_html_to_text_drops_script_inside_a_name() -> None:
    html = (
        "<html><head><style>p{}</style></head><body><nav>Menu</nav>"
        "<p>The Osh <script>alert(1)</script>Regional Hospital signed a memorandum with "
        "the Busan Cancer&nbsp;Center.</p><footer>(c) 2024</footer></body></html>"
    )
    text = html_to_text(html)
    assert text == ("The Osh Regional Hospital signed a memorandum with the Busan Cancer Center.")
    assert names(extract(text)) == ["Osh Regional Hospital", "Busan Cancer Center"]


def test_markdown_to_text() -> None:
    md = "# Title here\n\nThe **Osh Regional Hospital** signed with [Busan](http://x) _today_."
    assert markdown_to_text(md) == "Title here\nThe Osh Regional Hospital signed with Busan today."


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_extract_never_raises(text: str) -> None:
    facts = extract(text)
    assert isinstance(facts, Facts)
    facts.validate()


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "The",
                "Ministry",
                "of",
                "Health",
                "University",
                "(",
                ")",
                "RCC",
                "signed",
                "memorandum",
                "with",
                "A.",
                "Bekov",
                ",",
                "Rector",
                "and",
                ";",
                "'s",
                "\n",
                "–",
                "“",
                "”",
                "named",
                "after",
                "in",
                "Kazakhstan",
                "Dr",
                "31",
                "memorandums",
                "were",
                "between",
                "Forum",
                "Days",
            ]
        ),
        max_size=60,
    )
)
def test_extract_never_raises_on_wordy_input(words: list[str]) -> None:
    facts = extract(" ".join(words))
    facts.validate()


@pytest.mark.skipif(not DEV.exists(), reason="dev corpus not present")
def test_dev_corpus_floors() -> None:
    score = score_directory(DEV)
    f1 = {c: score.prf[c].f1 for c in score.prf}
    assert f1["institutions"] >= 0.95
    assert f1["people"] >= 0.95
    assert f1["positions"] >= 0.85
    assert f1["events"] >= 0.9
    assert f1["agreements"] >= 0.9
    assert score.accuracy["institution_country"].value >= 0.85
    assert score.hedged_spurious == 0
