"""Sentences and tokens with character offsets into the original text."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_ABBREV = frozenset(
    [
        "dr",
        "prof",
        "hab",  # "Dr hab. Ewa Nowak": a habilitated doctor
        "habil",
        # Czech and Slovak degrees before a name: "MUDr. Jana Horakova", "Ing. Petr Novak"
        "mudr",
        "mddr",
        "mvdr",
        "phdr",
        "rndr",
        "pharmdr",
        "ing",
        "mgr",
        "dra",  # "Dra. Claudia Ruvalcaba": the Spanish and Portuguese "Dr." of a woman
        "sra",
        "dña",
        "assoc",  # "Assoc. Prof. Dr. Aykut Çelik"
        "asst",
        "mr",
        "mrs",
        "ms",
        "st",
        "no",
        "vs",
        "etc",
        "acad",
        "jr",
        "sr",
        "inc",
        "ltd",
        "pvt",
        "co",
        "univ",
        "dept",
        "gen",
        "mt",
        "e.g",
        "i.e",
    ]
)
# capitals and small letters of the Latin alphabets with diacritics too ("Ş.", "İ.", "Ž."),
# and of Cyrillic
_UP = "A-ZА-ЯЁ" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_LO = "a-zа-яё" + "".join(c for c in map(chr, range(0xDF, 0x250)) if c.islower())
_ITEM_NUMBER = re.compile(r"\s*\d{1,2}")


def _rx(p: str) -> re.Pattern[str]:
    return re.compile(p.replace("A-ZА-ЯЁ", _UP).replace("a-zа-яё", _LO))


_INITIAL_END = _rx(r"(?:[A-ZА-ЯЁ][a-zа-яё]?\.)*[A-ZА-ЯЁ][a-zа-яё]?")
# the months' short forms, which end no sentence before the day: "on Nov. 17, 2023"
_MONTH_SHORT = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
# transliterated digraphs that are initials after a surname too ("Abishev Zh.")
_DIGRAPHS = frozenset(["Zh", "Sh", "Ch", "Kh", "Ts", "Yu", "Ya", "Ye", "Yo", "Ju", "Ja", "Je"])
_END = _rx(r"[.!?]+[\"'”’»)]*\s+(?=[\"'“‘«(]?[A-ZА-ЯЁ0-9–—•-])")
_INITIALS = _rx(r"(?:[A-ZА-ЯЁ][a-zа-яё]?\.){1,3}")
TOKEN = _rx(
    # glued initials "S.P.Botkin" (not the first of "R.Kh.", read whole below)
    r"(?:[A-ZА-ЯЁ]\.\s?){1,3}(?=[A-ZА-ЯЁ][a-zа-яё](?![a-zа-яё]?\.))"
    r"|No\.(?=\s?\d)"  # "Hospital No. 7", "No.1": a number sign, not an initial
    r"|(?:[A-ZА-ЯЁ][a-zа-яё]?\.){1,3}"  # initials "R.Z." "O." "Zh."
    r"|[A-Z]{1,5}\d+[A-Z]{1,5}\b"  # an acronym with a digit inside: "UM6SS"
    r"|[^\W\d_]+(?:[-&][^\W\d_]+|['’](?!s\b)[^\W\d_]+)*"  # words (not possessive 's)
    r"|\d+(?:[.,:]\d+)*"
    r"|'s|’s"
    r"|\S"
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    line: int  # index of the line (paragraph) the sentence is in


# Not frozen: a frozen dataclass sets each field through object.__setattr__, and a report
# makes some 400 tokens (507 against 135 ns each); nothing assigns to a token's fields, and
# unsafe_hash keeps it hashable by value as before.
@dataclass(slots=True, unsafe_hash=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_initials(self) -> bool:
        return _is_initials(self.text)

    @property
    def is_acronym(self) -> bool:
        return _is_acronym(self.text)


@functools.lru_cache(maxsize=8192)
def _is_initials(text: str) -> bool:
    if text in ("No.", "Co."):  # "Hospital No. 1", "Medical Equipment Co., Ltd.": no initials
        return False
    return bool(_INITIALS.fullmatch(text.replace(" ", "")))


@functools.lru_cache(maxsize=8192)
def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    if len(letters) >= 2 and upper >= max(2, len(letters) - 2):
        return True
    # "TashPMI", "VolgSMU": a city's syllable before the initials, still half capitals
    return is_abbreviation(text) and 2 * upper >= len(letters)


@functools.lru_cache(maxsize=8192)
def is_abbreviation(text: str) -> bool:
    """ "KSMU", "VolgSMU", "KazNMU": two capitals after the first letter (a looser test than
    ``is_acronym``, for words checked against a name they would abbreviate). Cached: asked of
    every token of a report by the acronym rules (3% of the reader's time)."""
    return text.isalpha() and sum(c.isupper() for c in text[1:]) >= 2


def sentences(text: str) -> list[Sentence]:
    """Split text into sentences (lines first, then sentence ends), keeping offsets."""
    out: list[Sentence] = []
    pos = 0
    for li, line in enumerate(text.split("\n")):
        start = pos
        pos += len(line) + 1
        s = start
        for m in _END.finditer(line):
            before = line[: m.start()].rsplit(None, 1)
            # "Dr. (Mrs.) Ada Obi": an honorific in brackets ends no sentence either
            last = before[-1].casefold().rstrip(".").lstrip("«\"“‘'(") if before else ""
            word = before[-1].lstrip("«\"“‘'(") if before else ""
            if last in _ABBREV or (_INITIAL_END.fullmatch(word) and not _surname_end(before)):
                continue
            if last in _MONTH_SHORT and line[m.end() : m.end() + 1].isdigit():
                continue  # "on Nov. 17, 2023": a month's short form before its day
            if _ITEM_NUMBER.fullmatch(line[: m.start()]):
                continue  # "1. Kazan State Medical University – …": a list item's number
            end = start + m.end()
            _add(out, text, s, end, li)
            s = end
        _add(out, text, s, start + len(line), li)
    return out


def _surname_end(before: list[str]) -> bool:
    """ "… HMU Rector Nguyen Huu Tu. The universities …": a two-letter surname after two name
    words ends the sentence (not "Professor Md. Sharfuddin Ahmed", "Abishev Zh.", "Sf.
    Spiridon")."""
    if len(before) < 2:
        return False
    word = before[-1]
    prev = before[0].rsplit(None, 2)[-2:]
    return (
        len(word) == 2
        and word[0].isupper()
        and word[1].islower()
        and word not in _DIGRAPHS
        and len(prev) == 2
        and all(len(w) >= 2 and w.isalpha() and w[0].isupper() and w[1:].islower() for w in prev)
    )


def _add(out: list[Sentence], text: str, s: int, e: int, line: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(Sentence(s, e, text[s:e], line))


def tokens(sentence: Sentence) -> list[Token]:
    out = []
    for m in TOKEN.finditer(sentence.text):
        raw = m.group().rstrip()
        start = sentence.start + m.start()
        out.append(Token(raw, start, start + len(raw)))
    return out


OPEN_QUOTES = {"“": "”", "«": "»", '"': '"', "„": "“"}


def is_word(tok: Token) -> bool:
    """A token that starts with a letter or a digit."""
    return tok.text[:1].isalpha() or tok.text[:1].isdigit()


def closing_quote(toks: list[Token], k: int) -> int | None:
    """The quote closing the one opened at k; «» nest ("«Medical Complex «Istiklol»»")."""
    opener, closer = toks[k].text, OPEN_QUOTES[toks[k].text]
    # „…“ in German, „…” in Romanian and Polish: either closes a low opening quote
    closers = {closer, "”"} if opener == "„" else {closer}
    depth = 0
    for m in range(k + 1, min(len(toks), k + 40)):
        if toks[m].text in closers and depth == 0:
            return m
        if opener != closer and toks[m].text == opener:
            depth += 1
        elif toks[m].text == closer:
            depth -= 1
    return None
