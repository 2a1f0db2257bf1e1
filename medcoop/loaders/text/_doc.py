"""The working state of one extraction: sentences, tokens and the mentions found so far."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from medcoop.facts import Evidence

from . import _geo
from ._rules import Rules, rules
from ._sentences import Sentence, Token, sentences, tokens

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "`": "'"})


_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=16384)
def norm(text: str) -> str:
    """Comparison form of a name: NFKC, straight quotes, case folded, single spaces (cached:
    the same names are compared many times a report)."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return _SPACES.sub(" ", text).strip()


@functools.lru_cache(maxsize=4096)
def pattern(source: str) -> re.Pattern[str]:
    """A regular expression built from a name, compiled once: re's own cache holds 512, and
    the names of one report fill it, so a pattern built per comparison was compiled again and
    again (15% of the reader's time)."""
    return re.compile(source)


def after_literal(text: str, literal: str, tail: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Matches of ``tail`` right after each occurrence of ``literal`` in ``text``, left to
    right and not overlapping: what ``re.finditer(re.escape(literal) + tail.pattern, text)``
    finds (as the tail's match), without compiling a pattern per name. Such one-name patterns
    filled re's cache and the cache of ``pattern`` and were compiled anew for most reports."""
    if not literal:
        return
    pos = text.find(literal)
    while pos >= 0:
        m = tail.match(text, pos + len(literal))
        if m is not None:
            yield m
            pos = text.find(literal, m.end())
        else:
            pos = text.find(literal, pos + 1)


def ends_after(text: str, literal: str, before: re.Pattern[str]) -> bool:
    """``text`` ends in ``literal`` and what precedes it ends in ``before`` (a pattern anchored
    with ``$``): ``re.search(before.pattern[:-1] + re.escape(literal) + r"\\Z", text)``."""
    return bool(literal) and text.endswith(literal) and \
        before.search(text, 0, len(text) - len(literal)) is not None


def words(text: str) -> list[str]:
    """Content words of a name for fuzzy comparison ("Vietnam-Japan" -> vietnam, japan)."""
    return [w for w in _WORD.findall(norm(text)) if w not in _FUNCTION]


_WORD = re.compile(r"[^\W_]+")
_FUNCTION = frozenset(
    ["of", "the", "for", "and", "in", "on", "at", "named", "after", "a", "an", "&", "to"]
)


@dataclass
class InstMention:
    sent: int
    start: int  # token index in the sentence
    end: int
    text: str
    char_start: int
    char_end: int
    head: str | None
    kind: str
    acronym: str | None = None
    possessive: bool = False
    quoted: str | None = None
    entity: int | None = None
    alias: str | None = None  # the name with a trailing "of <country>" cut from it
    weak: bool = False  # "the Vakhidov center": only a short form of a name found elsewhere
    address: str | None = None  # "Malatya" cut from "… Institute of Malatya, Türkiye"


@dataclass
class PersonMention:
    sent: int
    start: int
    end: int
    text: str
    char_start: int
    char_end: int
    cue: str
    entity: int | None = None


@dataclass
class Doc:
    text: str
    sents: list[Sentence]
    toks: list[list[Token]]
    rules: Rules
    lines: list[str]
    blocked: list[set[int]] = field(default_factory=list)
    blocked_sent: set[int] = field(default_factory=set)
    entity_country: dict[int, str | None] = field(default_factory=dict)
    inst_mentions: list[InstMention] = field(default_factory=list)
    person_mentions: list[PersonMention] = field(default_factory=list)
    title_line: int | None = None
    year: int | None = None
    published: str | None = None  # the report's date, for "signed today"
    publisher: str | None = None  # the closing line: "Press service of RSPC Cardiology"
    source: str | None = None  # the text as given, when ``text`` is a cleaned copy of it
    short_names: frozenset[str] = frozenset()  # "Charité" of "Charité – Universitätsmedizin …"
    # words that open a name of capitalised words ending in a head noun, written alone too,
    # though they may open two names ("Acibadem Healthcare Group", "Acibadem Maslak Hospital")
    openers: frozenset[str] = frozenset()
    units: set[int] = field(default_factory=set)  # entities a title reads as a unit of another
    party_units: set[str] = field(default_factory=set)  # faculties that take part themselves

    @classmethod
    def build(cls, text: str) -> Doc:
        sents = sentences(text)
        toks = [tokens(s) for s in sents]
        return cls(
            text=text,
            sents=sents,
            toks=toks,
            rules=rules(),
            lines=text.split("\n"),
            blocked=[set() for _ in sents],
        )

    def evidence(self, sent: int, start: int, end: int, confidence: float) -> Evidence:
        return Evidence(start, end, self.sentence(sent), confidence)

    def sentence(self, sent: int) -> str:
        """The sentence as written in the text given to ``extract()``."""
        s = self.sents[sent]
        return self.source[s.start : s.end] if self.source is not None else s.text

    def continues_paragraph(self, sent: int) -> bool:
        """Sentence ``sent`` follows another on the same line (paragraph) of the text."""
        return sent > 0 and self.sents[sent - 1].line == self.sents[sent].line

    def span_text(self, sent: int, i: int, j: int) -> str:
        t = self.toks[sent]
        return self.text[t[i].start : t[j - 1].end]


def is_country_word(text: str) -> bool:
    return _geo.country_of(text) is not None


def is_place(text: str) -> bool:
    return _geo.country_of(text) is not None or _geo.is_city(text)
