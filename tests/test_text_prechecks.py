"""The reader skips its costly event and count patterns on sentences that hold none of their
words (a substring pre-check). The word lists must cover the patterns: on every sentence of
every annotated corpus, a sentence the full pattern matches passes the pre-check."""

from __future__ import annotations

from pathlib import Path

import pytest

from medcoop.loaders.text import _counts, _events
from medcoop.loaders.text._sentences import sentences

CORPUS = Path(__file__).parent / "corpus"
SENTENCES = [s.text for p in sorted(CORPUS.glob("*/*.txt"))
             for s in sentences(p.read_text(encoding="utf-8"))]


def test_the_corpora_give_the_check_enough_sentences() -> None:
    matched = [s for s in SENTENCES if _events._EVENT.search(s)]
    counted = [s for s in SENTENCES if _counts._COUNT.search(s)]
    assert (len(SENTENCES) > 5000, len(matched) > 200, len(counted) > 100) == (True, True, True)


@pytest.mark.parametrize(("pattern", "words"), [
    (_events._EVENT, _events._EVENT_WORDS),
    (_counts._COUNT, _counts._COUNT_NOUNS),
], ids=["events", "counts"])
def test_a_sentence_the_pattern_matches_passes_the_pre_check(pattern, words) -> None:
    skipped = [s for s in SENTENCES
               if pattern.search(s) and not any(w in s.casefold() for w in words)]
    assert skipped == []


def test_a_word_missing_from_the_list_would_be_caught() -> None:
    without_forum = tuple(w for w in _events._EVENT_WORDS if w != "forum")
    skipped = [s for s in SENTENCES
               if _events._EVENT.search(s) and not any(w in s.casefold() for w in without_forum)]
    assert len(skipped) > 0
