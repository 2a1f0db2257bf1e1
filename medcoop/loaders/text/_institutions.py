"""Institution mentions: capitalised name chunks around a head noun ("… Medical University")."""

from __future__ import annotations

import dataclasses
import functools
import re

from . import _geo
from ._acronyms import acronym_mentions
from ._apposition import (
    apposition_mentions,
    faculty_of_university,
    member_of_mentions,
    signer_mentions,
)
from ._chunks import (
    CONNECT,
    SIGNING_SUBJECT_VERBS,
    chunk_end,
    ordinal_at,
    possessive,
    title_start,
)
from ._cuts import (
    city_address,
    drop_country_after_named,
    outer_of_subunit,
    party_slot,
    unit_after_parent,
    without_country,
)
from ._doc import Doc, InstMention, is_country_word, is_place
from ._heads import distinct, head_of
from ._names import CALENDAR, is_honorific, is_initials
from ._parents import parent_aliases
from ._sentences import OPEN_QUOTES as _OPEN
from ._sentences import Token
from ._sentences import closing_quote as _closing
from ._sentences import is_word as _is_word
from ._short import dash_shorts, lead_words, short_mentions, tail_words
from ._subunits import owned_at, subunit_at

_CLOSERS = frozenset(_OPEN.values())


_ROYAL = frozenset(["Sheikh", "Sheikha", "Prince", "Princess", "King", "Queen", "Sultan"])


def _can_start(doc: Doc, toks: list[Token], i: int) -> bool:
    t = toks[i]
    if i in doc.blocked_sent:
        return False
    if ordinal_at(toks, i):  # "2nd City Clinical Hospital of Minsk"
        return i + 2 < len(toks) and toks[i + 2].is_cap and toks[i + 2].text[:1].isalpha()
    if not t.text[:1].isupper() or not _is_word(t):
        return is_initials(t) and i + 1 < len(toks) and toks[i + 1].is_cap
    if t.text in _ROYAL and i + 1 < len(toks) and toks[i + 1].is_cap:
        return True  # "Sheikh Khalifa Medical City": named after a royal, title and all
    if t.text in doc.rules.stop_words or is_honorific(doc, t) or t.text.casefold() in CALENDAR:
        return False
    if possessive(toks, i + 1) and is_place(t.text):
        return False
    return not title_start(doc, toks, i)


def _description(toks: list[Token], i: int, j: int) -> bool:
    """Only a country word is capitalised, the rest is lower case: "Turkish city hospital"."""
    caps = [t for t in toks[i:j] if t.is_cap and _is_word(t)]
    lower = [t for t in toks[i:j] if t.text.islower()]
    return bool(lower) and bool(caps) and all(_place_adjective(t.text) for t in caps)


# adjectives of a continent or region: "a European university hospital", "a Eurasian centre"
_REGION_ADJECTIVES = frozenset(["European", "Asian", "African", "Eurasian", "Arab", "Nordic"])


def _place_adjective(word: str) -> bool:
    """A country word, a continent's adjective, or two joined ("Azerbaijani-Uzbek")."""
    return is_country_word(word) or all(
        is_country_word(part) or part in _REGION_ADJECTIVES for part in word.split("-")
    )


def _split_and(doc: Doc, toks: list[Token], i: int, j: int) -> list[tuple[int, int]]:
    if (
        j > i + 2
        and toks[i].text in doc.short_names
        and toks[i + 1].text in ("and", "&")
        and not toks[i + 2].is_cap
    ):
        return [(i, i + 1)]  # "between Sheba and regional hospitals": Sheba alone
    for k in range(i + 1, j - 1):
        left = head_of(doc, toks, i, k) or (
            k == i + 1 and (toks[i].is_acronym or toks[i].text in doc.short_names
                            or toks[i].text in doc.openers)  # "Acibadem and TMA sign …"
        ) or _after_word_of(doc, toks, i, k)
        right = (
            head_of(doc, toks, k + 1, j)
            or _legal_form_quoted(doc, toks, k + 1, j)
            or (k + 2 == j and (toks[k + 1].is_acronym or toks[k + 1].text in doc.short_names
                                or _bracketed(doc, toks[k + 1].text)))
            or (  # "… and AIIMS New Delhi": an acronym and the city it stands in
                k + 2 < j
                and toks[k + 1].is_acronym
                and is_place(" ".join(t.text for t in toks[k + 2 : j]))
            )
            or (k + 2 == j and _lone_signer(doc, toks, k + 1))  # "A and Roche signed"
        )
        if right and not distinct(doc, toks, k + 1, j):
            continue  # "Liver Institute and Research Centre": one name with two heads
        if right and _field_and(doc, toks, i, k, j):
            continue  # "Centre for Mother and Child Health and X": the field goes on
        if right and k - i >= 3 and toks[k - 2].text == "the" and toks[k - 3].text == "of" and (
            not is_place(toks[k - 1].text)
        ):
            continue  # "Centre of the Medicines and Medical Devices Agency": one article
        if right and _compound_and(toks, k):
            continue  # "… of the Republican Specialized Scientific and Practical Medical Center"
        if toks[k].text.casefold() in ("and", "&") and left and right:
            return [(i, k), *_split_and(doc, toks, k + 1, j)]
        if toks[k].text == "and" and right and i > 0 and toks[i - 1].text == "in" and (
            is_place(" ".join(t.text for t in toks[i:k]))
        ):
            return _split_and(doc, toks, k + 1, j)  # "… Hospital in Baku and Cleveland Clinic"

    return [(i, j)]


# the adjective pairs of official names in the former Soviet Union: "Scientific and Practical",
# "Educational and Clinical", "Treatment and Diagnostic"
_COMPOUND_LEFT = frozenset(["scientific", "educational", "medical", "clinical", "treatment"])
_COMPOUND_RIGHT = frozenset(["practical", "clinical", "research", "production", "technical",
                             "scientific", "diagnostic", "social", "pharmaceutical",
                             "preventive", "rehabilitation"])


def _compound_and(toks: list[Token], k: int) -> bool:
    """The "and" at k joins two adjectives of one name ("Scientific and Practical")."""
    return (
        k + 1 < len(toks)
        and toks[k - 1].text.casefold() in _COMPOUND_LEFT
        and toks[k + 1].text.casefold() in _COMPOUND_RIGHT
    )


def _native_acronym(toks: list[Token], a: int, b: int) -> str | None:
    """The acronym closing the brackets a name in its own language opens: "X (Instituto
    Nacional de Saúde, INS)" -- the native name carries it, and X joins it as an alias."""
    if a == 0 or toks[a - 1].text != "(" or b + 2 >= len(toks):
        return None
    if toks[b].text != "," or not toks[b + 1].is_acronym or toks[b + 2].text != ")":
        return None
    return toks[b + 1].text


def _lone_signer(doc: Doc, toks: list[Token], k: int) -> bool:
    """One capitalised word right before a signing verb, no place, person or head noun, that
    the text writes alone as a subject again ("… of Ghana and Roche signed"; "Roche signed")."""
    w = toks[k].text
    if k + 1 >= len(toks) or toks[k + 1].text.casefold() not in SIGNING_SUBJECT_VERBS:
        return False
    low = w.casefold()
    if not (w[:1].isupper() and w.isalpha()) or is_place(w) or low in doc.rules.heads:
        return False
    if low in doc.rules.event_heads or low in doc.rules.regions or w in doc.rules.stop_words:
        return False  # "The Forum signed", "Punjab signs"
    if any(w in (p.text.split()) for p in doc.person_mentions):
        return False
    body = "\n".join(x.text for x in doc.sents if x.line != doc.title_line)
    signs = re.findall(rf"(?<![\w’'-]){re.escape(w)}\s+(?:signed|concluded|inked)\b", body)
    return len(signs) >= 2


def _bracketed(doc: Doc, word: str) -> bool:
    """ "KSrelief", a short form in mixed case, defined in brackets somewhere in the text."""
    return word[:1].isupper() and f"({word})" in doc.text


def _after_word_of(doc: Doc, toks: list[Token], i: int, k: int) -> bool:
    """ "Officials of A and B": A's head noun, after a word of no institution and "of"."""
    return (
        k > i + 2
        and toks[i + 1].text == "of"
        and toks[i].text.casefold() not in doc.rules.heads
        and head_of(doc, toks, i + 2, k) is not None
    )


def _legal_form_quoted(doc: Doc, toks: list[Token], k: int, j: int) -> bool:
    """ "NCJSC "Semey Medical University"": a legal form's acronym before a quoted name."""
    return (
        k + 2 < j
        and toks[k].is_acronym
        and toks[k + 1].text in _OPEN
        and head_of(doc, toks, k + 1, j) is not None
    )


def _of_named(doc: Doc, toks: list[Token], i: int, j: int) -> bool:
    """Words after the first "of" in toks[i:j] have a head noun of their own."""
    k = next((k for k in range(i + 1, j) if toks[k].text == "of"), None)
    return k is not None and head_of(doc, toks, k + 1 + (toks[k + 1].text == "the"), j) is not None


def _field_and(doc: Doc, toks: list[Token], i: int, k: int, j: int) -> bool:
    """The "and" at k joins two words of the field a name's "for"/"of" opens, when the words
    after it up to the next "and" name no institution of their own."""
    if toks[k].text.casefold() not in ("and", "&"):
        return False
    if not any(t.text in ("for", "of") for t in toks[i + 1 : k]):
        return False
    nxt = next((q for q in range(k + 1, j) if toks[q].text.casefold() in ("and", "&")), None)
    return nxt is not None and head_of(doc, toks, k + 1, nxt) is None


def _demonym_before_place(toks: list[Token], i: int) -> bool:
    first, nxt = toks[i].text, toks[i + 1].text
    return _geo.is_demonym(first) and (  # "Iranian", not "Iran"
        # "the Belarusian Republican … Centre", "the Iranian Urmia University"
        ((is_place(nxt) or nxt == "Republican") and not is_country_word(nxt))
        # "the Belarusian N.N. Alexandrov National Cancer Centre": a person's initials
        or toks[i + 1].is_initials
        # "the Kazakh South Kazakhstan Medical Academy": a region named by its country
        or (_geo.COMPASS.match(nxt + " ") is not None and i + 2 < len(toks)
            and is_country_word(toks[i + 2].text))
    )



def _opening_acronyms(doc: Doc, raw: list[InstMention], defined: dict[str, str]) -> None:
    """ "HUS Helsinki University Hospital", then "the CEO of HUS": an acronym that opens a
    name it does not spell stands for that name alone elsewhere."""
    for m in raw:
        toks = doc.toks[m.sent]
        first = toks[m.start]
        if m.acronym is None and first.is_acronym and m.end - m.start >= 3 and m.head:
            nxt = toks[m.start + 1].text
            if first.text not in defined and nxt[:1] == first.text[:1] and nxt[1:2].islower():
                m.acronym = first.text
                defined[first.text] = m.text


def _country_office(toks: list[Token], m: InstMention) -> bool:
    """ "JICA Uzbekistan Office", "KOICA Ethiopia Office": an agency's acronym, a country and
    "Office" name the agency's office in that country, which reports treat as the agency."""
    words = toks[m.start : m.end]
    return (
        3 <= len(words) <= 4
        and words[0].is_acronym
        and words[-1].text == "Office"
        and is_country_word(" ".join(t.text for t in words[1:-1]))
    )


def _branch_start(toks: list[Token], i: int) -> int | None:
    """ "the Samarkand branch of the Republican … Center": the branch, named by its city, is
    the institution; where its name starts, else None."""
    k = i - 1 if i > 0 and toks[i - 1].text == "the" else i
    if k < 3 or toks[k - 1].text != "of" or toks[k - 2].text != "branch":
        return None
    city = toks[k - 3]
    return k - 3 if city.is_cap and is_place(city.text) else None


def _strip(doc: Doc, toks: list[Token], i: int, j: int) -> tuple[int, int, bool]:
    while i < j and (
        toks[i].text in doc.rules.stop_words
        or toks[i].text.casefold() in CONNECT
        or toks[i].text.casefold() == "the"
        or toks[i].text.casefold().endswith("-based")
    ):
        i += 1
    if j - i >= 3 and _demonym_before_place(toks, i):
        i += 1  # "the Iranian Urmia University …": the adjective says where, not who
    possessive = j < len(toks) and toks[j].text in ("'s", "’s")
    if j - i > 2 and toks[j - 2].text == "and" and _geo.is_demonym(toks[j - 1].text):
        j -= 1  # "X and Hungarian foreign ministry": the demonym opens the next party
    while j > i and toks[j - 1].text.casefold() in CONNECT:
        j -= 1
    return i, j, possessive


def _pair_before(toks: list[Token], i: int) -> int:
    """Where a name starts that a country joined by a dash opens: "Kyrgyzstan–Türkiye
    Friendship State Hospital" (the chunk began at "Türkiye")."""
    if (
        i >= 2
        and toks[i - 1].text in ("–", "-")
        and toks[i - 1].start == toks[i - 2].end
        and toks[i].start == toks[i - 1].end
        and is_place(toks[i - 2].text)
        and is_place(toks[i].text)
    ):
        return i - 2
    return i


def _shouted(toks: list[Token]) -> bool:
    """Six words or more, every one in capitals."""
    letters = [t.text for t in toks if t.text[:1].isalpha()]
    return len(letters) >= 6 and all(w.isupper() for w in letters)


def find_institution_mentions(doc: Doc) -> None:
    """Chunk every sentence; keep chunks that look like institution names."""
    defined: dict[str, str] = {}
    raw: list[InstMention] = []
    tails = tail_words(doc)
    doc.short_names = dash_shorts(doc) | lead_words(doc) | tails
    for s, toks in enumerate(doc.toks):
        doc.blocked_sent = doc.blocked[s]
        shouted = _shouted(toks)
        i = 0
        while i < len(toks):
            quoted_end = _quoted_start(doc, toks, i) if toks[i].text in _OPEN else None
            if quoted_end is not None:
                i = _quoted_mention(doc, s, raw, defined, i, quoted_end)
                continue
            if not _can_start(doc, toks, i):
                i += 1
                continue
            end, acronyms, quote_start = chunk_end(doc, toks, i)
            if (
                i > 0
                and toks[i - 1].text in ("'s", "’s")
                and end - i <= 2
                and end < len(toks)
                and title_start(doc, toks, end)
            ):
                i = end  # "Apollo's Group Medical Director": words of the title
                continue
            i = _pair_before(toks, i)
            for a, b in _split_and(doc, toks, i, end):
                if shouted and b - a > 1 and toks[b - 1].text.casefold() not in doc.rules.heads:
                    continue  # "PSKOV REGIONAL HOSPITAL AND VITEBSK COLLEAGUES LAUNCH …": in a
                    # headline in capitals, only names that end in their head noun
                acronym = next((x for pos, x in acronyms if a <= pos <= b), None)
                m = _mention(doc, s, a, b, acronym, quote_start)
                if m is not None and a == i and _named_after_doctor(doc, toks, i, m):
                    m = _mention(doc, s, i - 1, b, acronym, quote_start)
                if m is not None and _country_office(toks, m):
                    m = dataclasses.replace(  # "KOICA Uzbekistan Office": the agency there
                        m, end=m.start + 1, text=toks[m.start].text,
                        char_end=toks[m.start].end, head=None, acronym=toks[m.start].text)
                if m is not None and a == i and (branch := _branch_start(toks, i)) is not None:
                    m = dataclasses.replace(  # "the Samarkand branch of the X": the branch
                        m, start=branch, text=doc.span_text(s, branch, m.end),
                        char_start=toks[branch].start)
                if m is not None:
                    if m.acronym is None and (native := _native_acronym(toks, a, b)):
                        m.acronym = native  # "X (Instituto Nacional de Saúde, INS)"
                    raw.append(m)
                    if m.acronym:
                        defined[m.acronym] = m.text
            i = max(end, i + 1)
    doc.blocked_sent = set()
    faculty_of_university(doc, raw)
    apposition_mentions(doc, raw)
    member_of_mentions(doc, raw)
    signer_mentions(doc, raw)
    _opening_acronyms(doc, raw, defined)
    acronym_mentions(doc, raw, defined)
    short_mentions(doc, raw, tails)
    # a name once written as a part of its owner ("the university's College of X") is that
    # part wherever it recurs ("Dean of the College of X")
    owned = {m.text for m in raw if owned_at(doc, m, raw)}
    raw = [m for m in raw if m.text not in owned and not subunit_at(doc, m, raw)]
    parent_aliases(doc, raw)
    doc.inst_mentions = sorted(raw, key=lambda m: (m.sent, m.start))


def _quoted_start(doc: Doc, toks: list[Token], i: int) -> int | None:
    """The closing quote when a name opens with a quoted proper name and goes on with its
    head noun ("«Grigore T. Popa» University of Medicine …")."""
    if toks[i].text not in _OPEN or i + 1 >= len(toks) or not toks[i + 1].is_cap:
        return None
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and (
        (prev.is_cap and prev.text not in doc.rules.stop_words)
        or prev.text.casefold() in doc.rules.heads
    ):
        return None  # "Centre «Mother and Child»": the quote continues a name before it
    close = _closing(toks, i)
    if close is None or close + 1 >= len(toks) or close + 1 in doc.blocked_sent:
        return None
    nxt = toks[close + 1]
    if not (nxt.is_cap and _is_word(nxt)) or nxt.text in doc.rules.stop_words:
        return None
    return close


def _quoted_mention(
    doc: Doc, s: int, raw: list[InstMention], defined: dict[str, str], i: int, close: int
) -> int:
    """Record the name that opens with the quote at i; the token index to go on from."""
    toks = doc.toks[s]
    end, acronyms, _ = chunk_end(doc, toks, close + 1)
    a, b = _split_and(doc, toks, close + 1, end)[0]
    if head_of(doc, toks, a, b) is None:
        return i + 1
    acronym = next((x for pos, x in acronyms if pos <= b), None)
    m = _mention(doc, s, i, b, acronym, -1)
    if m is None:
        return i + 1
    m.quoted = doc.span_text(s, i + 1, close)
    raw.append(m)
    if m.acronym:
        defined[m.acronym] = m.text
    return b


# sub-units that sign agreements in their own name
_PARTY_UNITS = frozenset(["faculty", "college", "school"])


def _named_after_doctor(doc: Doc, toks: list[Token], i: int, m: InstMention) -> bool:
    """ "the Dr. Name Surname Children's Hospital": the honorific is part of the name."""
    return (
        m.start == i
        and m.head is not None
        and i > 0
        and toks[i - 1].text.endswith(".")
        and is_honorific(doc, toks[i - 1])
    )


@functools.cache
def _suffixes(prefixes: tuple[str, ...]) -> tuple[str, ...]:
    """ "press service" -> " press service": a byline's office at the end of a name."""
    return tuple(" " + p for p in prefixes)


_ORDINALS = frozenset(["first", "second", "third", "fourth", "fifth"])


def _own_party(doc: Doc, s: int, toks: list[Token], i: int, j: int) -> bool:
    """A faculty of a university taking part in its own name: a party of an agreement, the same
    faculty named again after that, or one numbered among its university's faculties ("the
    First Faculty of Medicine of X": a body of its own)."""
    key = doc.span_text(s, i, j).casefold()
    if key in doc.party_units or toks[i].text.casefold() in _ORDINALS:
        return True
    if party_slot(toks, i, j) or (toks[i].text.casefold() == "faculty" and _visit_slot(toks, i)):
        doc.party_units.add(key)
        return True
    return False


# "visited the Faculty of Medicine of X", "went to …", "hosted by …": the faculty is the host
_VISITED = frozenset(["visited", "toured", "visiting", "touring"])
_TO_VERBS = frozenset(["went", "came", "travelled", "traveled", "visit", "trip", "moved"])
_BY_VERBS = frozenset(["hosted", "received", "welcomed", "greeted"])


def _visit_slot(toks: list[Token], i: int) -> bool:
    """The name at i is the place a visit went to: "visited the Faculty of …", "went to the
    Faculty of …", "were hosted by the Faculty of …" (not "a professor at the Faculty of …")."""
    k = i - 1
    if k >= 0 and toks[k].text.casefold() == "the":
        k -= 1
    if k < 0:
        return False
    word = toks[k].text.casefold()
    before = toks[k - 1].text.casefold() if k > 0 else ""
    return (word in _VISITED or (word == "to" and before in _TO_VERBS)
            or (word == "by" and before in _BY_VERBS))


def _mention(
    doc: Doc, s: int, i: int, j: int, acronym: str | None, quote_start: int
) -> InstMention | None:
    toks = doc.toks[s]
    i, j, possessive = _strip(doc, toks, i, j)
    if j <= i:
        return None
    if i > 0 and toks[i - 1].text in ("a", "an") and all(t.text.islower() for t in toks[i + 1 : j]):
        return None  # "a Baltic medical university": a kind of institution, none named
    if i > 0 and toks[i - 1].text.casefold().endswith("-based") and all(
        t.text.islower() for t in toks[i:j]
    ):
        return None  # "the Jordan-based pharmaceutical company": what kind X is, not a name
    k = next((k for k in range(i, j - 1) if toks[k].text in doc.rules.apposition_nouns), None)
    if k is not None and toks[k + 1].is_cap:  # "French pharmaceutical company Sanofi": the
        return _mention(doc, s, k + 1, j, acronym, quote_start)  # name the noun describes
    head = head_of(doc, toks, i, j)
    # "International Affairs of Karolinska Institutet (KI)": with an acronym too, words
    # before "of" that name nothing are no part of the name
    if head is None and (not acronym or _of_named(doc, toks, i, j)):
        k = next((k for k in range(i + 1, j) if toks[k].text in ("of", "for")), None)
        if k is not None and toks[k - 1].text == "Order" and k > i + 1:
            # "Vitebsk State Order of Peoples' Friendship Medical University": an order an
            # institution was awarded sits inside its name, before the head noun
            head = head_of(doc, toks, k + 1, j)
            k = None if head is not None else k
        if k is not None and k + 1 < j and toks[k + 1].text == "the":
            k += 1  # "General of the Meshalkin Center": the name after the article
        if head is None and k is not None and k + 1 < j and toks[k + 1].text[:1].isupper():
            return _mention(doc, s, k + 1, j, acronym, quote_start)
    cut = unit_after_parent(doc, toks, i, j, head)
    if cut is not None:  # "Vilnius University Faculty of Medicine": the university
        j, head = cut, head_of(doc, toks, i, cut)
    tail = outer_of_subunit(doc, toks, i, j, head)
    whole = tail is not None and head in _PARTY_UNITS and _own_party(doc, s, toks, i, j)
    if tail is not None and not whole:  # "Faculty of Medicine of Ankara University" -> the
        return _mention(doc, s, tail, j, acronym, quote_start)  # university
    if i > 1 and toks[i - 1].text in ("of", "for") and toks[i - 2].text.casefold() == "minister":
        return None  # "Minister for National Health Services": the field of a ministry
    low_text = doc.span_text(s, i, j).casefold()
    if any(low_text.startswith(p) for p in doc.rules.skip_prefixes):
        # "Press Service of the Embassy of X in Y" as the byline under a headline: the office
        # is none, whose it is may be (a source, unless someone it employs takes part)
        sent = doc.sents[s]
        byline = sent.line < 4 and doc.text[sent.start : toks[i].start].strip() == ""
        k = next((k for k in range(i + 2, j - 1) if toks[k].text == "of"), None) \
            if byline else None
        if k is not None and toks[k + 1].text == "the":
            k += 1
        if k is not None and k + 1 < j and toks[k + 1].is_cap:
            return _mention(doc, s, k + 1, j, acronym, quote_start)
        return None
    if low_text.endswith(_suffixes(doc.rules.skip_prefixes)):
        # "VSMU Press Service": an office that speaks for an institution is no party; an
        # acronym before it still names that institution
        if j - i == 3 and toks[i].is_acronym:
            return _mention(doc, s, i, i + 1, toks[i].text, quote_start)
        return None
    if doc.rules.trigger_re.match(low_text):  # "Memorandum of Understanding (MoU)"
        return None
    if quote_start > i and quote_start < j:
        inner = head_of(doc, toks, quote_start + 1, j)
        head = inner or head
    j = drop_country_after_named(toks, i, j)
    alias = None
    city = city_address(doc, toks, i, j)
    address = None
    if city is not None:  # "… Transplant Institute of Malatya, Türkiye": where it is
        address, j = toks[j - 1].text, city
    close = _closing(toks, quote_start) if i <= quote_start < j else None
    if close is not None and close + 2 < j and toks[close + 1].text == "of":
        # "«Republican Clinical Centre of Cardiology» of Tajikistan", "«…» of the Ministry
        # of Health": the quoted name ends the name; a country after it stays an alias
        if is_country_word(doc.span_text(s, close + 2, j)):
            alias = doc.span_text(s, i, j)
        j = close + 1
    text = doc.span_text(s, i, j)
    if alias is None and head is not None and doc.rules.heads[head] != "ministry":
        alias = without_country(doc, s, i, j)  # "Hacettepe University" of "… of Turkey"
    first = toks[i].text.casefold()
    if head is None:
        if not acronym and not _signing_subject(doc, toks, i, j):
            return None
        if not acronym and j == i + 1 and toks[i].is_acronym:
            acronym = toks[i].text  # "In 2024, SMU signed …": the acronym of a name
        kind = "other"
    else:
        if head in doc.rules.not_institution_heads or head in doc.rules.event_heads:
            return None
        if _is_event(doc, toks, i, j):
            return None
        if i < quote_start < j and toks[quote_start - 1].text.casefold() in doc.rules.event_heads:
            return None  # "Conference «Health, Science and Education – Foundation of …»"
        # "Faculty of Medicine" alone is a part of an institution
        if first == head and first in doc.rules.subunit_heads and not whole:
            return None
        if head in doc.rules.subunit_heads and low_text == head:
            return None  # "the Academic Council" of an institution
        proper = [
            t
            for t in toks[i:j]
            if _is_word(t)
            and t.text.casefold() not in doc.rules.heads
            and t.text.casefold() not in CONNECT
        ]
        if not proper:
            return None
        kind = doc.rules.heads[head]
    if (
        acronym
        and head is None
        and any(t.text.casefold() in doc.rules.not_institution_heads for t in toks[i:j])
    ):
        return None
    if is_country_word(text) or len(text) < 2:  # "the Russian Federation"
        return None
    dateline = i + 1 < len(toks) and toks[i + 1].text == "(" and is_place(toks[i].text.title())
    if head is None and dateline:  # "ANKARA (AA) –": a dateline city and its agency
        return None
    if _description(toks, i, j):  # "a Mongolian medical university" names no one
        return None
    return InstMention(
        sent=s,
        start=i,
        end=j,
        text=text,
        char_start=toks[i].start,
        char_end=toks[j - 1].end,
        head=head,
        kind=kind,
        acronym=acronym,
        possessive=possessive,
        quoted=_quoted(doc, s, quote_start, j) if i <= quote_start else None,
        alias=alias,
        weak=j - i == 2 and toks[j - 1].text.islower() and toks[i].is_cap,
        address=address,
    )


def _quoted(doc: Doc, s: int, q: int, j: int) -> str | None:
    """The name inside the quotes that close the mention (not those of a name before it
    that "and" parted from this one)."""
    if j - q < 3 or doc.toks[s][j - 1].text not in _CLOSERS:
        return None
    return doc.span_text(s, q + 1, j - 1)


def _is_event(doc: Doc, toks: list[Token], i: int, j: int) -> bool:
    last = toks[j - 1].text.casefold()
    pair = f"{toks[j - 2].text} {last}".casefold() if j - 2 >= i else ""
    if pair in doc.rules.heads:  # "Hannover Medical School", not a "summer school"
        return False
    return last in doc.rules.event_heads or toks[i].text.casefold() in doc.rules.event_heads


def _signing_subject(doc: Doc, toks: list[Token], i: int, j: int) -> bool:
    """A capitalised chunk right before "signed"/"concludes" is an organisation."""
    if j >= len(toks) or toks[j].text.casefold() not in SIGNING_SUBJECT_VERBS:
        return False
    if j - i > 4 or any(is_country_word(t.text) for t in toks[i:j]):
        return False
    return any(t.is_acronym for t in toks[i:j]) or (j - i == 1 and _lone_signer(doc, toks, i))
