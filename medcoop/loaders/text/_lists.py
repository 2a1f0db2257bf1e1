"""Lists of parties: "between A, B and the C"; and lists of pairs, "memorandums were signed
between A and B, C and D, and E and F": three bilateral documents, not one six-party one."""

from __future__ import annotations

import re

from . import _geo
from ._doc import Doc, InstMention, is_place
from ._entities import InstEntity
from ._sentences import Token

_LIST_GLUE = frozenset(
    [
        ",",
        "and",
        "the",
        ":",
        ";",
        "–",
        "-",
        "from",
        "two",
        "three",
        "four",
        "five",
        "six",
        "hospitals",
        "universities",
        "institutions",
        "clinics",
        "centers",
        "centres",
        "partner",  # "between A, B and the Kazakh partner – C"
        "«",
        "»",
        "“",
        "”",
        '"',
    ]
)


_NOT_BEFORE_PARTY = frozenset(["at", "in", "on", "during", "which", "who", "where", "held"])


def list_after(
    doc: Doc,
    s: int,
    k: int,
    insts: list[tuple[int, int, int]],
    spans: list[tuple[int, int]] | None = None,
) -> list[int]:
    """Entities of a list "A, B and the C" starting at token k (their token spans appended
    to ``spans``)."""
    toks = doc.toks[s]
    out: list[int] = []
    pos = k
    for a, b, e in insts:
        if a < pos:
            continue
        between = _repeated_with(_no_places(_unbracketed([t.text for t in toks[pos:a]])))
        if not out and any(w.casefold() in _NOT_BEFORE_PARTY for w in between):
            break  # "with five institutions at Abu Dhabi Week, held at X": X is a venue
        if (
            out
            and any(
                w.casefold() not in _LIST_GLUE
                and w not in doc.rules.apposition_nouns
                and w not in doc.rules.lowercase_name_words
                and w not in doc.rules.heads  # "and the educational institution «X»"
                and not w[:1].isupper()
                for w in between
            )
        ):
            break
        if e not in out:
            out.append(e)
            if spans is not None:
                spans.append((a, b))
        pos = b
    return out


def _no_places(words: list[str]) -> list[str]:
    """ "A of Tajikistan and B": the country after a name glues like a comma; so does a
    country's possessive before one ("A, Egypt's B and C")."""
    out: list[str] = []
    for j, w in enumerate(words):
        if w in ("'s", "’s") and j and is_place(words[j - 1]):
            continue
        if is_place(w):
            if out and out[-1] in ("of", "in", "from"):
                out.pop()
            continue
        out.append(w)
    return out


def _repeated_with(words: list[str]) -> list[str]:
    """ "with A, with B and with C", "with A; with B; and with C": a "with" repeated after a
    comma, a semicolon or "and" glues like them."""
    return [
        w
        for j, w in enumerate(words)
        if not (w == "with" and j and words[j - 1] in (",", ";", "and"))
    ]


def _unbracketed(words: list[str]) -> list[str]:
    """Words outside brackets: "A (Baku, Azerbaijan); B" glues like "A; B"."""
    out: list[str] = []
    depth = 0
    for w in words:
        if w == "(":
            depth += 1
        elif w == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(w)
    return out


def paired(toks: list[Token], spans: list[tuple[int, int]]) -> bool:
    """The listed names (token spans, in order) go two by two: "and" alone inside each pair,
    a comma or semicolon between pairs ("A, B and C" is one list, not pairs)."""
    if len(spans) < 4 or len(spans) % 2:
        return False
    for j in range(len(spans) - 1):
        # "A and the Uzbek B; C and D", "… Syzganov of the Republic of Kazakhstan and …": a
        # demonym before a name, a country after it, are no words between names
        between = {
            t.text.casefold() for t in toks[spans[j][1] : spans[j + 1][0]]
            if not (_geo.is_demonym(t.text) or _geo.country_of(t.text))
        } - {"the", "of", "republic"}
        if j % 2 == 0 and between != {"and"}:
            return False
        if j % 2 == 1 and not between & {",", ";"}:
            return False
    return True


_TWO_GROUPS = re.compile(r"\b([A-Z][\w-]+)\s+and\s+([A-Z][\w-]+)\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\s*$")


def _two_countries(intro: str) -> list[str] | None:
    """The two countries of "between Uzbek and Turkish institutions" at the intro's end."""
    two = _TWO_GROUPS.search(intro)
    if two is None:
        return None
    a, b = _geo.country_of(two.group(1)), _geo.country_of(two.group(2))
    return [a, b] if a is not None and b is not None and a != b else None


def paired_country(doc: Doc, m: InstMention, intro: str) -> str | None:
    """ "between Uzbek and Turkish institutions: A and B, C and D": the first of each pair
    is of the first country, the second of the other."""
    codes = _two_countries(intro)
    if codes is None:
        return None
    toks = doc.toks[m.sent]
    colon = max((k for k, t in enumerate(toks) if t.text == ":" and k < m.start), default=None)
    if colon is None:
        return None
    spans = sorted(
        {(x.start, x.end) for x in doc.inst_mentions if x.sent == m.sent and x.start > colon}
    )
    if (m.start, m.end) not in spans or not paired(toks, spans):
        return None
    return codes[spans.index((m.start, m.end)) % 2]


def item_pair_country(doc: Doc, m: InstMention, intro: str) -> str | None:
    """ "… signed between Uzbek and Indian institutions:" over lines "– between A and B, …":
    in each line's two names joined by "and", the first is of the first country named, the
    second of the other."""
    codes = _two_countries(intro.rstrip().rstrip(":"))
    if codes is None:
        return None
    toks = doc.toks[m.sent]
    spans = sorted({(x.start, x.end) for x in doc.inst_mentions if x.sent == m.sent})
    # a span inside another (an acronym the name holds) is no name of its own here
    spans = [p for p in spans if not any(o != p and o[0] <= p[0] and p[1] <= o[1] for o in spans)]
    if len(spans) < 2 or (m.start, m.end) not in spans[:2]:
        return None
    between = [t.text.casefold() for t in toks[spans[0][1] : spans[1][0]]]
    if _unbracketed(between) not in (["and"], ["and", "the"]):
        return None
    return codes[spans.index((m.start, m.end))]


_SIDES_SIGNED = re.compile(
    r"\b([A-Z][\w-]+)\s+and\s+([A-Z][\w-]+)\s+(?:[a-z-]+\s+){0,2}(?:institutions|hospitals|"
    r"clinics|universities|centres|centers|partners|organi[sz]ations)\s+(?:have\s+|also\s+)?"
    r"(?:signed|concluded)\b"
)


def paired_sides(doc: Doc, insts: list[InstEntity], found: list[tuple[int, list[int]]]) -> None:
    """ "Korean and Uzbek medical institutions signed three more agreements. A concluded an
    agreement with B. …": in each two-party agreement of that paragraph that follows, the
    first party is of the first country named, the second of the other. ``found`` holds
    each agreement's (sentence, parties)."""
    for s, sent in enumerate(doc.sents):
        sides = _SIDES_SIGNED.search(sent.text)
        if sides is None:
            continue
        codes = (_geo.country_of(sides.group(1)), _geo.country_of(sides.group(2)))
        if None in codes or codes[0] == codes[1]:
            continue
        for at, parties in found:
            if not (s <= at <= s + 4) or doc.sents[at].line != sent.line or len(parties) != 2:
                continue
            first, second = insts[parties[0]], insts[parties[1]]
            if first.country is None and second.country is None:
                first.country, second.country = codes
            elif first.country is None and second.country in codes:
                first.country = codes[1] if second.country == codes[0] else codes[0]
            elif second.country is None and first.country in codes:
                second.country = codes[1] if first.country == codes[0] else codes[0]
