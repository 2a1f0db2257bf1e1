"""The reader's literal-name searches find what the one-name regular expressions they replace
found (those were compiled anew for most reports)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from medcoop.loaders.text._doc import after_literal, ends_after

TAIL = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,4}")
BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
ALPHABET = st.sampled_from([*"aAbB ofthe", "of ", "the ", " Korle", " Bu", "\n"])
texts = st.lists(ALPHABET, max_size=40).map("".join)


@given(texts, texts)
def test_after_literal_finds_what_the_regex_found(text: str, literal: str) -> None:
    expected = [(m.start(1), m.end(1)) for m in
                re.finditer(re.escape(literal) + "(" + TAIL.pattern + ")", text)] if literal else []
    assert [(m.start(), m.end()) for m in after_literal(text, literal, TAIL)] == expected


@given(texts, texts)
def test_ends_after_is_the_anchored_regex(text: str, literal: str) -> None:
    expected = bool(literal) and re.search(
        BEFORE.pattern[:-1] + re.escape(literal) + r"\Z", text) is not None
    assert ends_after(text, literal, BEFORE) == expected


def test_examples() -> None:
    text = "Korle Bu Teaching Hospital and Korle Bu. Korle Bu Polyclinic"
    assert [m.group(0) for m in after_literal(text, "Korle Bu", TAIL)] == [
        " Teaching Hospital", " Polyclinic"]
    assert ends_after("First University Clinic of the TSMU", "TSMU", BEFORE)
    assert not ends_after("First University Clinic TSMU", "TSMU", BEFORE)
