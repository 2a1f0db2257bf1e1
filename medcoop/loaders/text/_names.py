"""Token tests shared by the person and institution rules: name words, titles, honorifics."""

from __future__ import annotations

import functools
import re

from ._dates import MONTHS as MONTH_NUMBERS
from ._doc import Doc, is_place
from ._rules import Rules, rules
from ._sentences import Token

MONTHS = frozenset(MONTH_NUMBERS)
# words that end a name chunk like a month does: "Mar 3", "on Wednesday"
CALENDAR = MONTHS | frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
_NAMEWORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*$")


def is_honorific(doc: Doc, tok: Token) -> bool:
    return tok.text in doc.rules.honorifics or tok.text.rstrip(".") in doc.rules.honorifics


def bracketed_honorific(doc: Doc, toks: list[Token], k: int) -> int:
    """How many tokens "(Mrs.)" at k spans (3 or 4): a second honorific in brackets, as in
    "Dr. (Mrs.) Ada Obi"; else 0."""
    if k + 2 >= len(toks) or toks[k].text != "(" or not is_honorific(doc, toks[k + 1]):
        return 0
    close = k + 3 if toks[k + 2].text == "." else k + 2
    return close - k + 1 if close < len(toks) and toks[close].text == ")" else 0


def is_title_word(doc: Doc, tok: Token) -> bool:
    low = tok.text.casefold()
    return low in doc.rules.title_core or low in doc.rules.title_modifiers


def is_head_word(doc: Doc, tok: Token) -> bool:
    return tok.text.casefold() in doc.rules.heads


def is_name_word(doc: Doc, tok: Token, allow_short_caps: bool = False) -> bool:
    """A capitalised word that can be part of a person's name (or an Arabic family name with
    its article: "al-Jaberi", "el-Sayed")."""
    if not tok.text[:1].isupper() and not _ARTICLE_NAME.match(tok.text):
        return False
    if doc.rules is not rules():  # rules built by hand (tests): no cache
        return _name_word.__wrapped__(doc.rules, tok.text, allow_short_caps)
    return _name_word(doc.rules, tok.text, allow_short_caps)


_ARTICLE_NAME = re.compile(r"^(?:al|el|ad|as|ash|at|az|ar|an|ul|ud)-[A-Z][a-z]{2,}$")


@functools.lru_cache(maxsize=16384)
def _name_word(r: Rules, t: str, allow_short_caps: bool) -> bool:
    if not _NAMEWORD.match(t):
        return False
    low = t.casefold()
    if t in r.not_names or t in r.stop_words or low in MONTHS:
        return False
    if low in r.heads or low in r.org_words or low in r.title_core or low in r.event_heads:
        return False
    if t in r.honorifics or t.rstrip(".") in r.honorifics:
        return False
    letters = [c for c in t if c.isalpha()]
    if len(letters) < 2:  # "Ş" of "A.Ş.": a lone letter with no dot is no name or initial
        return False
    # "KhSMU", "KazNMU": acronyms, not names; each part of "Ter-Petrosyan-Hakobyan" counts alone
    if any(sum(c.isupper() for c in part) >= 3 for part in t.split("-")):
        return False
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return allow_short_caps and len(letters) <= 2
    return not is_place(t) and not low.endswith("stan")  # "Tatarstan", "Bashkortostan"


def is_initials(tok: Token) -> bool:
    return tok.is_initials


_PARTICLES = frozenset(
    ["al", "el", "bin", "ibn", "van", "von", "de", "da", "di", "le", "la", "abu"]
)


# an initial of a name key: "O.", "Zh.", "R.Z."
_KEY_INITIALS = re.compile(r"(?:[^\W\d_][a-zа-яё]?\.)+")


def person_key(name: str) -> tuple[str, str] | None:
    """(surname, initials) of a name, for merging "O. Abishev" with "Olzhas Abishev"."""
    parts = name.split()
    # "Khalid Al Mansoori" ~ "Al Mansoori": particles carry no initial
    while len(parts) > 1 and parts[-2].casefold() in _PARTICLES:
        parts[-2:] = [parts[-2] + " " + parts[-1]]
    if not parts:
        return None
    inits = [p for p in parts if _KEY_INITIALS.fullmatch(p)]
    rest = [p for p in parts if p not in inits]
    if not rest:
        return None
    if inits and len(rest) == 2 and parts[0] == rest[0] and parts[-1] == rest[-1]:
        # "Saule K. Yessenova": a middle initial between the given name and the surname
        letters = rest[0][0] + "".join(c for p in inits for c in p if c.isalpha() and c.isupper())
        return rest[-1].casefold(), letters.casefold()
    if inits:
        surname = rest[-1] if parts[0] in inits else rest[0]
        letters = "".join(c for p in inits for c in p if c.isalpha() and c.isupper())
        return surname.casefold(), letters.casefold()
    if len(rest) == 1:
        return rest[0].casefold(), ""
    if len(rest) >= 3 and _PATRONYMIC.search(" ".join(rest[2:])):
        # "Sinitsyn Oleg Mikhailovich": surname first, then the given name and patronymic
        return rest[0].casefold(), "".join(p[0] for p in rest[1:3]).casefold()
    return rest[-1].casefold(), "".join(p[0] for p in rest[:-1]).casefold()


# the endings of a patronymic ("Mikhailovich", "Serikovna") or the word that follows one
# ("Rafig oglu", "Nurlan kyzy")
PATRONYMIC_WORDS = frozenset(["oglu", "ogly", "oğlu", "kyzy", "qizi", "gizi", "uly", "ulu"])
_PATRONYMIC = re.compile(
    r"(?:ovich|evich|ovna|evna|ichna|inichna)$|^\S+\s+(?:" + "|".join(PATRONYMIC_WORDS) + r")$"
)


_PATRONYMIC_WORD = re.compile(r"(?:ovich|evich|ovna|evna|ichna|inichna)$")


def is_patronymic(word: str) -> bool:
    """ "Serikovich", "Mikhailovna": a patronymic, the middle of a Russian-style name."""
    return _PATRONYMIC_WORD.search(word) is not None


def skeleton(word: str) -> str:
    """Consonants of a word: transliteration variants share it ("Bu"/"Boo", "Seop"/"Sop")."""
    return re.sub(r"[aeiouyаеёиоуыэюя'’-]", "", word.casefold())


def similar(a: str, b: str) -> bool:
    return edit_distance_le1(a, b) or (a[:1] == b[:1] and skeleton(a) == skeleton(b))


def edit_distance_le1(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion or substitution."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]
