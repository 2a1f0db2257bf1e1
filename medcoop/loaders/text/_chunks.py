"""Where an institution's name chunk ends: the words, connectors, brackets, quotes, commas
and dashes that a name runs on through, and where a position title starts instead."""

from __future__ import annotations

import re
import unicodedata

from . import _geo
from ._acronyms import abbreviates
from ._doc import Doc, after_literal, is_country_word, is_place
from ._names import CALENDAR, is_honorific, is_initials, is_name_word
from ._sentences import OPEN_QUOTES as _OPEN
from ._sentences import Token, is_abbreviation
from ._sentences import closing_quote as _closing
from ._sentences import is_word as _is_word

CONNECT = frozenset(["of", "for", "and", "&", "the", "named", "after", "on", "in", "under", "-"])
_DASHES = frozenset(["–", "—", "-"])
SIGNING_SUBJECT_VERBS = frozenset(
    ["signed", "signs", "sign", "concludes", "concluded", "inks", "inked"]
)


# "of (the)" in the Romance languages, before a capitalised word of a name
_ROMANCE_OF = frozenset(["de", "del", "da", "do", "della", "des"])

# Lower-case nouns of a country's parts that official names write after the part's name
_REGION_NOUNS = frozenset(["region", "oblast", "district", "province", "county"])


def possessive(toks: list[Token], k: int) -> bool:
    return k < len(toks) and toks[k].text in ("'s", "’s")


def title_start(doc: Doc, toks: list[Token], k: int) -> bool:
    """A position title begins at token k ("Rector", "Vice Minister", "General Director")."""
    low = toks[k].text.casefold()
    if low in doc.rules.heads:
        if _head_title(doc, toks, k):
            return True  # "AUH Hospital Director", "Aarhus University Hospital Hospital Director"
        if low not in doc.rules.title_modifiers or (k > 0 and toks[k - 1].is_cap):
            return False  # "Medanta Healthcare Group Joint Executive Director": a name's head
    if low in doc.rules.title_core or any(
        p in doc.rules.title_core for p in low.split("-")[-1:] if "-" in low
    ):
        # "King Faisal Specialist Hospital": a capitalised core word before a head noun is
        # the name's adjective
        return not (toks[k].is_cap and _head_next(doc, toks, k))
    if k + 1 < len(toks) and f"{low} {toks[k + 1].text.casefold()}" in doc.rules.title_core:
        return True  # "team leader"
    if low in doc.rules.title_modifiers:
        for t in toks[k + 1 : k + 3]:
            w = t.text.casefold()
            if w in doc.rules.title_core or all(p in doc.rules.title_core for p in w.split("-")):
                return True  # also "Board Chairman-Rector", not "leading a six-member …"
            if w in doc.rules.heads:  # "General Hospital President": a name goes on
                return False
    return False


def _head_title(doc: Doc, toks: list[Token], k: int) -> bool:
    """After the head noun at k (the caller knows it is one), a title's core word, after an
    acronym or the same head noun: the title of a post there ("AUH Hospital Director")."""
    if not 0 < k < len(toks) - 1:
        return False
    low = toks[k].text.casefold()
    return (
        toks[k + 1].text.casefold() in doc.rules.title_core
        and (toks[k - 1].is_acronym or toks[k - 1].text.casefold() == low)
    )


def _head_next(doc: Doc, toks: list[Token], k: int) -> bool:
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and nxt.is_cap and nxt.text.casefold() in doc.rules.heads


def ordinal_at(toks: list[Token], i: int) -> bool:
    """ "2nd" at i, tokenised as "2" and "nd"."""
    return (
        i + 1 < len(toks)
        and toks[i].text.isdigit()
        and len(toks[i].text) <= 2
        and toks[i + 1].text in ("st", "nd", "rd", "th")
        and toks[i + 1].start == toks[i].end
    )


def chunk_end(doc: Doc, toks: list[Token], i: int) -> tuple[int, list[tuple[int, str]], int]:
    """(end, [(position, acronym)], quote_start) of the name chunk starting at token i."""
    n = len(toks)
    end = i + 1
    k = i + 1
    acronyms: list[tuple[int, str]] = []
    quote_start = -1
    owner = -1  # where a possessive was read as part of the name ("First People's Hospital")
    while k < n:
        t = toks[k]
        low = t.text.casefold()
        if k in doc.blocked_sent or (
            low in CALENDAR and not (k > 0 and toks[k - 1].text in _ROMANCE_OF)
        ):
            break  # a date; not "Hospital del Mar"
        if t.text.isupper() and (
            low in SIGNING_SUBJECT_VERBS or low in doc.rules.triggers
            or low in doc.rules.headline_verbs
        ):
            break  # an all-caps headline: "… AND SECHENOV UNIVERSITY SIGNED AGREEMENT"
        if low in doc.rules.headline_verbs and toks[k - 1].text.casefold() in doc.rules.heads:
            break  # a title-case headline: "Heidelberg University Deliver Lecture Series"
        if t.text in ("'s", "’s"):
            if k - 1 == i and _owner_of_unit(doc, toks, k):
                break  # "Karolinska's Department of …": a part of the short form's owner
            if _named_owner(doc, toks, i, k):
                break  # "Hiroshima University's Research Institute for …": two names
            if (
                k + 1 < n
                and toks[k + 1].is_cap
                and not title_start(doc, toks, k + 1)
                and k + 1 not in doc.blocked_sent
                and not (
                    (is_place(toks[k - 1].text) or _geo.place_country(toks[k - 1].text))
                    and (k - 1 == i or is_country_word(toks[k - 1].text))
                )  # "Türkiye's X", "Ontario's X": the place owns the name that follows
            ):
                owner = k
                k += 1
                continue
            if (
                k + 3 < n
                and toks[k + 1].text == "and"
                and toks[k + 2].is_cap
                and toks[k + 3].text in ("'s", "’s")
                and not any(
                    is_place(w) or _geo.place_country(w)
                    for w in (toks[k - 1].text, toks[k + 2].text)
                )  # "Kazakhstan's and Uzbekistan's ministries": two owners, no one name
            ):
                k += 2  # "Women's and Children's Hospital": two possessives the name joins
                continue
            break
        if (
            t.text in ("'", "’")
            and t.start == toks[k - 1].end
            and toks[k - 1].text.endswith("s")
            and k + 1 < n
            and toks[k + 1].is_cap
            and k + 1 not in doc.blocked_sent
        ):
            k += 1  # "Order of Peoples' Friendship": a plural possessive inside the name
            continue
        if _year_after_connector(toks, k):
            break  # "the Ministry of Health for 2025–2026": a period, not a name
        if t.text.isdigit() and toks[k - 1].text in _DASHES and _month_next(toks, k):
            break  # "Nairobi West Hospital - 2 May 2024": a byline's date
        if ordinal_at(toks, k - 1) and k - 1 == i:
            k += 1  # the "nd" of "2nd City Clinical Hospital"
            continue
        if (t.is_cap and _is_word(t)) or is_initials(t) or t.text.isdigit():
            if title_start(doc, toks, k) and toks[k - 1].text not in ("of", "the", "for"):
                break
            if _person_after_country(doc, toks, i, k) or _speaker_after_head(doc, toks, i, k):
                break
            if _person_after_board(doc, toks, k):
                break
            if is_honorific(doc, t) and not _after_named(toks, k):
                break
            k += 1
            if low in doc.rules.legal_abbreviations and k < n and toks[k].text == ".":
                k += toks[k].start == t.end  # "Co., Ltd.": the dot is the name's
            end = k
            continue
        if low in doc.rules.name_particles and k + 1 < n and toks[k + 1].is_cap:
            k += 1
            continue
        if _weak_head(doc, toks, i, k):
            end = k = k + 1  # "the Vakhidov center"
            break
        if low in doc.rules.heads and toks[k - 1].text.casefold() in doc.rules.lowercase_name_words:
            k += 1
            end = k
            continue
        if low in _REGION_NOUNS and k >= 2 and toks[k - 1].is_cap and toks[k - 2].text == "of":
            k = end = k + 1  # "Health Department of Karaganda region": the region's body
            continue
        if t.text in doc.rules.lowercase_heads and toks[k - 1].is_cap:
            k = end = k + 1  # "Kauno klinikos": a head noun its language writes in lower case
            continue
        if low in doc.rules.lowercase_name_words and k + 1 < n:
            k += 1
            continue
        bracket = _acronym_close(toks, k) or _native_close(doc, toks, k)
        bracket = bracket or _short_close(doc, toks, k)
        if bracket:  # "(KSMU)", "(AIIMS New Delhi)", "(FRC FTM)"
            inner = toks[k + 1 : bracket]
            whole = all(t.is_acronym or is_abbreviation(t.text) for t in inner) or (
                len(inner) == 2 and is_place(inner[0].text)
            )
            acr = inner[-1].text if inner[-2:-1] and inner[-2].text == "," else inner[0].text
            acronyms.append((k, " ".join(t.text for t in inner) if whole else acr))
            k = end = bracket + 1
            continue
        if t.text in _DASHES and _place_after(toks, k + 1) and toks[k - 1].is_cap:
            k = end = _place_after(toks, k + 1)  # "Department of Health – Abu Dhabi"
            continue
        if t.text == "," and (place := _located(toks, i, k)):
            k = end = place  # "The Aga Khan University Hospital, Nairobi (AKUHN)": one name
            continue
        if t.text == "," and (after := _country_twin(doc, toks, i, k)):
            k = end = after  # "University of Health Sciences, Cambodia" beside "… of Lao PDR"
            continue
        if t.text == "," and _legal_form(doc, toks, k):
            k += 1  # "Harbin Tianhe Biotechnology Co., Ltd.": one company's name
            continue
        if t.text == "," and comma_field(doc, toks, i, k):
            k += 1  # "Ministry of Health, Labour and Welfare": fields listed in the name
            continue
        if t.text in _DASHES and _dash_name(doc, toks, i, k):
            k += 1  # "Charité – Universitätsmedizin Berlin": one name around the dash
            continue
        prev = toks[k - 1]
        if t.text in _OPEN and _OPEN[t.text] == t.text and i > 0 and toks[i - 1].text == t.text:
            break  # a name read from inside its quotes ends at the closing one
        if t.text in _OPEN and (prev.is_cap or prev.text.casefold() in doc.rules.heads):
            if k + 1 < n and toks[k + 1].text[:1].islower():
                break  # 'called YSMU "one of our most reliable partners"': a quotation
            close = _closing(toks, k)
            if close is not None:
                quote_start = k
                k = close + 1
                end = k
                if _person_after_quote(doc, toks, k):
                    break  # "Center "Shifobakhsh" Rahmonzoda Sulaimon Nazar": its director
                continue
            break
        if low == "from" and _ministry_from(toks, i, k):
            k += 1  # "Ministry of Internally Displaced Persons from the Occupied Territories"
            continue
        if low == "with" and _field_with(doc, toks, i, k):
            k += 1  # "Rehabilitation Center for Children with Disabilities": whom it serves
            continue
        if low in CONNECT:
            if low in ("of", "in") and _after_legal_form(doc, toks, k):
                break  # "Lotus Dialysis Pvt Ltd of Chennai": the company's name has ended
            if low == "on" and (k + 1 >= n or not toks[k + 1].text[:1].isupper()):
                break  # "… University (LSMU) on 11-12 April": a date, not the name
            if low == "on" and toks[k + 1].text.casefold() in doc.rules.topic_words:
                break  # "… the Government of X on Cooperation in …": the document's subject
            if low == "in" and not _in_allowed(doc, toks, i, k) and not _spelled_in(toks, i, k):
                break
            if low == "and" and k + 1 < n and toks[k + 1].text.casefold() == "the":
                break
            if low == "the" and toks[k - 1].text[:1].isupper():
                break  # "At the X Academy the Korean surgeons operated": "the" after a word
            if low == "and" and acronyms and acronyms[-1][0] == k - 3:
                break  # "Hamad Medical Corporation (HMC) and Sidra Medicine": the name ended
            if low == "and" and _owner_after(toks, k + 1):
                break  # "X and Cuba's National Institute": the country owns the next name
            if low == "and" and k == i + 1 and is_abbreviation(toks[i].text) and k + 1 < n and (
                not is_abbreviation(toks[k + 1].text)
            ):
                break  # "between VolgSMU and Kenyatta National Hospital": two parties
            k += 1
            continue
        break
    if (
        end < n
        and toks[end].text in _REGION_NOUNS
        and end - i >= 4
        and toks[end - 2].text == "the"
        and toks[end - 3].text == "of"
    ):
        end -= 3  # "Hospital named after X of the Karaganda region": the region is no part
    if 0 <= owner < end < n and title_start(doc, toks, end):
        end = owner  # "Apollo's Group Medical Director": the owner of a title, not a name
    return end, acronyms, quote_start


def _field_with(doc: Doc, toks: list[Token], i: int, k: int) -> bool:
    """At "with" k, inside a name's "for" field: one or two capitalised words follow, none a
    head noun, and then the name ends ("… Center for Children with Disabilities signed")."""
    if "for" not in {t.text for t in toks[i:k]} or not toks[k - 1].is_cap:
        return False
    j = k + 1
    while j < len(toks) and j - k <= 2 and toks[j].is_cap and _is_word(toks[j]):
        if toks[j].text.casefold() in doc.rules.heads or is_place(toks[j].text):
            return False
        j += 1
    return k + 1 < j and (j == len(toks) or not toks[j].is_cap)


def _named_owner(doc: Doc, toks: list[Token], i: int, k: int) -> bool:
    """At the "'s" k: a full name that ends in its head noun owns an institute or centre
    named after it ("Hiroshima University's Research Institute for Radiation Biology")."""
    last = toks[k - 1]
    if k - 1 <= i or not last.is_cap or last.text.casefold() not in doc.rules.heads:
        return False
    for t in toks[k + 1 : k + 6]:
        if not (t.is_cap and _is_word(t)):
            return False
        low = t.text.casefold()
        if low in doc.rules.heads:
            return low not in doc.rules.subunit_heads
    return False


def _owner_of_unit(doc: Doc, toks: list[Token], k: int) -> bool:
    """At the "'s" k: a short form or an acronym owns a unit ("KI's Faculty of X")."""
    owner = toks[k - 1]
    return (
        k + 1 < len(toks)
        and toks[k + 1].text.casefold() in doc.rules.subunit_heads
        and (owner.is_acronym or owner.text in doc.short_names)
    )


def _after_legal_form(doc: Doc, toks: list[Token], k: int) -> bool:
    """The word before k (or before its dot) is a company's legal form: "Ltd", "Inc."."""
    j = k - 1 - (k > 1 and toks[k - 1].text == ".")
    return j > 0 and toks[j].text.rstrip(".").casefold() in doc.rules.legal_abbreviations


def _person_after_country(doc: Doc, toks: list[Token], i: int, k: int) -> bool:
    """ "Embassy of X in the Republic of Y Dewi Lestari": a name that ended with "of/in
    <country>" goes on with a person's, two or three name words before a comma or a stop."""
    size = next(
        (n for n in (1, 2) if k - n > i and is_country_word(_span(toks, k - n, k))), 0
    )  # "… of Belarus", "… in the Kyrgyz Republic"
    if not size and k - 1 > i and toks[k - 2].text in ("of", "de") and is_place(toks[k - 1].text):
        size = 1  # "Hospices Civils de Lyon Jean-Luc Moreau": a city that ends the name
    if not size or toks[k - size - 1].text not in ("of", "in", "the", "de"):
        return False
    if is_country_word(_span(toks, k - size, k + 1)):
        return False  # "… in the Kyrgyz Republic": the country's name goes on
    j = k
    while j < min(k + 4, len(toks)) and toks[j].is_cap and toks[j].text.replace("-", "").isalpha():
        if toks[j].text.casefold() in doc.rules.heads or is_place(toks[j].text):
            return False
        if j > k and f"{toks[j - 1].text} {toks[j].text}".casefold() in doc.rules.heads:
            return False  # "… of Baghdad Medical City": a head of two words, no person
        j += 1
    if not 2 <= j - k <= 3:
        return False
    nxt = toks[j].text if j < len(toks) else "."
    after = toks[j + 1].text.casefold() if j + 1 < len(toks) else ""
    if nxt == "and" and (after in ("by", "the") or title_start(doc, toks, j + 1)):
        return True  # "… of Belarus Li Ming and by the First Vice-Rector": the next person
    # "… of Japan Hiroshi Tanaka spoke": a verb after the person's name
    return nxt in (",", ".", ";", "(") or (nxt.islower() and nxt not in CONNECT)


# verbs of what a person says or tells, after a name glued to the title's institution
_TELLS = frozenset(["informed", "expressed", "acquainted", "briefed", "reported"])


def _speaker_after_head(doc: Doc, toks: list[Token], i: int, k: int) -> bool:
    """ "Chief doctor of the X Maternity Hospital Manzura Karimova noted …": after a head noun
    (or the "city"/"region" of a local body), two or three name words and then a verb of
    speech are the person who holds the title, not more of the name."""
    prev = toks[k - 1].text.casefold()
    if k - 1 == i:
        return False  # "Universitas Sumber Waras signed": a head that opens the name
    if prev not in doc.rules.heads and prev not in _REGION_NOUNS and prev != "city":
        return False
    j = k
    while j < min(k + 3, len(toks)) and is_name_word(doc, toks[j]):
        j += 1
    if j - k < 2 or j >= len(toks) or is_place(_span(toks, k, j)):
        return False  # "Cleveland Clinic Abu Dhabi signed": a city that ends the name
    verb = toks[j].text
    return verb in doc.rules.title_end_verbs or verb in _TELLS


def _person_after_board(doc: Doc, toks: list[Token], k: int) -> bool:
    """ "Chairman of the Management Board Kaido Tamm and …": a board ends a title, and two or
    three name words after it, then a comma, "and" or a stop, are its holder."""
    if toks[k - 1].text.casefold() != "board":
        return False
    j = k
    while j < min(k + 3, len(toks)) and is_name_word(doc, toks[j]):
        j += 1
    return j - k >= 2 and (j == len(toks) or toks[j].text in (",", ".", ";", "and", "("))


def _person_after_quote(doc: Doc, toks: list[Token], k: int) -> bool:
    """Two name words and no head noun after a quoted name that closes at k: a person."""
    ahead = toks[k : k + 4]
    return (
        len(ahead) >= 2
        and is_name_word(doc, ahead[0])
        and is_name_word(doc, ahead[1])
        and not any(t.text.casefold() in doc.rules.heads for t in ahead)
    )


def _span(toks: list[Token], a: int, b: int) -> str:
    return " ".join(t.text for t in toks[a:b])


_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")


def _country_twin(doc: Doc, toks: list[Token], i: int, comma: int) -> int:
    """End of ", <Country>" after a name the text also gives "of" another country (two
    institutions of one name, told apart by the country); else 0."""
    for size in (2, 1):
        k = comma + 1 + size
        if k > len(toks) or not is_country_word(" ".join(t.text for t in toks[comma + 1 : k])):
            continue
        if k < len(toks) and toks[k].is_cap and _is_word(toks[k]):
            return 0
        base = doc.text[toks[i].start : toks[comma - 1].end]
        here = doc.text[toks[comma + 1].start : toks[k - 1].end]
        for m in after_literal(doc.text, base, _OF_PLACE):
            if is_country_word(m.group(1)) and m.group(1) != here:
                return k
        return 0
    return 0


def _legal_form(doc: Doc, toks: list[Token], comma: int) -> bool:
    """ "Co., Ltd.", "Co., Inc.": a comma between two legal forms of one company's name."""
    before = toks[comma - 1].text.rstrip(".").casefold()
    after = toks[comma + 1].text.rstrip(".").casefold() if comma + 1 < len(toks) else ""
    return before == "co" and doc.rules.heads.get(after) == "company"


def _acronym_close(toks: list[Token], k: int) -> int:
    """The closing bracket of "(ACR)" at k, or of "(ACR City)" when the city is written just
    before the bracket ("…, New Delhi (AIIMS New Delhi)"); else 0."""
    if k + 3 < len(toks) and toks[k].text == "(" and toks[k + 3].text == ")" and (
        is_place(toks[k + 1].text) and toks[k + 2].is_acronym
    ):
        return k + 3  # "(Tomsk NRMC)": a city and an acronym, used together later
    if k + 2 >= len(toks) or toks[k].text != "(" or not toks[k + 1].is_acronym:
        return 0
    if toks[k + 2].text == ")":
        return k + 2
    if k + 3 < len(toks) and toks[k + 3].text == ")" and toks[k + 2].is_acronym:
        return k + 3  # "(FRC FTM)": an acronym of two words
    close = next((j for j in range(k + 3, min(len(toks), k + 6)) if toks[j].text == ")"), 0)
    city = [t.text for t in toks[k + 2 : close]] if close else []
    before = [t.text for t in toks[max(0, k - len(city)) : k]]
    return close if city and city == before and is_place(" ".join(city)) else 0


def _short_close(doc: Doc, toks: list[Token], k: int) -> int:
    """The closing bracket of "(Fiocruz)", "(KSrelief)" at k: one capitalised word, no place
    nor head noun, that the text uses again (a short name not all in capitals); else 0."""
    if k + 2 >= len(toks) or toks[k].text != "(" or toks[k + 2].text != ")":
        return 0
    if toks[k + 1].start != toks[k].end:
        return 0  # "( Charité )": spaced out, the short form of a name the dash splits
    w = toks[k + 1].text
    if not (w[:1].isupper() and w[-1:].islower() and w.isalpha() and len(w) >= 4):
        return 0
    low = w.casefold()
    if is_place(w) or is_country_word(w) or low in doc.rules.heads or low in doc.rules.org_words:
        return 0  # not "Director General (Health)": a field
    return k + 2 if doc.text.count(w) >= 2 else 0


def _native_close(doc: Doc, toks: list[Token], k: int) -> int:
    """The closing bracket of "(Native Name, ACR)" at k: the name in its own language, then
    the acronym that abbreviates it ("(Organización Nacional de Trasplantes, ONT)"); else 0.
    A native name with a head noun of ours ("(Hospital Sant Joan de Déu, HSJD)") is read as
    an alias of its own instead."""
    if k + 2 >= len(toks) or toks[k].text != "(" or not toks[k + 1].is_cap:
        return 0
    close = next((j for j in range(k + 3, min(len(toks), k + 12)) if toks[j].text == ")"), 0)
    if not close or toks[close - 2].text != "," or not toks[close - 1].is_acronym:
        return 0
    inner = toks[k + 1 : close - 2]
    if any(t.text in ",()" or t.text.casefold() in doc.rules.heads for t in inner):
        return 0
    native = [t.text for t in inner if t.is_cap]  # "de", "des": no letter of the acronym
    plain = unicodedata.normalize("NFKD", " ".join(native)).encode("ascii", "ignore").decode()
    return close if abbreviates(toks[close - 1].text, plain) else 0  # "É" spells "E"


def _located(toks: list[Token], i: int, comma: int) -> int:
    """End of ", <City> (ACR)" after a name when the city belongs to it: a known place, or
    a word the acronym spells too ("Aga Khan Hospital, Mombasa (AKHM)"); else 0."""
    for size in (1, 2):
        k = comma + 1 + size
        if not _acronym_close(toks, k):
            continue
        words = toks[comma + 1 : k]
        if not toks[k + 1].is_acronym or not all(t.is_cap and _is_word(t) for t in words):
            continue
        name = " ".join(t.text for t in toks[i:comma] + words)
        if is_place(" ".join(t.text for t in words)) or abbreviates(toks[k + 1].text, name):
            return k
    return 0


def _month_next(toks: list[Token], k: int) -> bool:
    return k + 1 < len(toks) and toks[k + 1].text.casefold() in CALENDAR


def _ministry_from(toks: list[Token], i: int, k: int) -> bool:
    """A ministry's name lists whom it serves, "from" included, and a centre's what it
    protects from; after a country or another institution's head, "from" says where a thing
    comes from instead."""
    protects = any(t.text.casefold() == "protection" for t in toks[max(i, k - 4) : k])
    if protects and k + 1 < len(toks) and toks[k + 1].is_cap and not is_place(toks[k + 1].text):
        return True  # "Center for Protection of Population from Tuberculosis"
    return (
        toks[i].text == "Ministry"
        and k + 2 < len(toks)
        and toks[k + 1].text == "the"
        and toks[k + 2].is_cap
        and not is_place(toks[k + 2].text)
        and not is_place(toks[k - 1].text)
    )


def _owner_after(toks: list[Token], k: int) -> bool:
    """A place in the possessive starts at k ("Türkiye's", "South Korea's")."""
    for size in (1, 2):
        if k + size < len(toks) and possessive(toks, k + size):
            words = " ".join(t.text for t in toks[k : k + size])
            return is_place(words) or _geo.place_country(words) is not None  # "Ontario's"
    return False


def _weak_head(doc: Doc, toks: list[Token], i: int, k: int) -> bool:
    """ "the Vakhidov center", "the Kazan academy", "Avicenna university rector Name": one
    capitalised word, then a lower-case head noun and no more name."""
    low = toks[k].text.casefold()
    titled = k + 1 < len(toks) and toks[k + 1].text.islower() and title_start(doc, toks, k + 1)
    return (
        k == i + 1
        and (titled or (i > 0 and toks[i - 1].text.casefold() == "the"))
        and toks[k].text.islower()
        and low in doc.rules.heads
        and low not in doc.rules.subunit_heads
        and not is_place(toks[i].text)
        and (
            k + 1 >= len(toks)
            or not toks[k + 1].text[:1].isalpha()
            or toks[k + 1].is_cap
            or toks[k + 1].text.casefold() not in doc.rules.heads
        )
    )


def comma_field(doc: Doc, toks: list[Token], i: int, k: int) -> bool:
    """At the comma k, after "of" or "for": one-word fields up to "and <Field>" ("of
    Pediatric Hematology, Oncology and Immunology", "Center for Obstetrics, Gynecology and
    Perinatology"), none of them a head noun, place or person."""
    before = {t.text for t in toks[i:k]}
    if not before & {"of", "for"} and not _fields_before_head(doc, toks, i, k):
        return False
    j = k
    while j + 2 < len(toks) and toks[j].text == ",":
        w = toks[j + 1]
        if not _field_word(doc, w) or j + 1 in doc.blocked_sent:
            return False
        j += 2
    if j == k or j + 1 >= len(toks) or toks[j].text != "and":
        return False
    return _field_word(doc, toks[j + 1]) and j + 1 not in doc.blocked_sent


def _fields_before_head(doc: Doc, toks: list[Token], i: int, k: int) -> bool:
    """ "Shahid Rajaei Cardiovascular, Medical and Research Center": with no head noun
    before the comma, fields listed before the head; the list must end in one."""
    if k - i < 2:
        return False
    if any(t.text.casefold() in doc.rules.heads for t in toks[i:k]):
        # "Kenyatta University Teaching, Referral and Research Hospital": a head noun may come
        # before when a field word ends the words before the comma and two follow it
        return _field_word(doc, toks[k - 1]) and _ends_list(doc, toks, k)
    j = k
    while j + 2 < len(toks) and toks[j].text in (",", "and"):
        if not _field_word(doc, toks[j + 1]):
            return False
        if toks[j].text == "and":
            return j + 2 < len(toks) and toks[j + 2].text.casefold() in doc.rules.heads
        j += 2
    return False


def _ends_list(doc: Doc, toks: list[Token], k: int) -> bool:
    """ ", Referral and Research Hospital": two field words at least after the comma, one
    before "and", and a head noun right after the last."""
    return (
        k + 4 < len(toks)
        and _field_word(doc, toks[k + 1])
        and toks[k + 2].text == "and"
        and _field_word(doc, toks[k + 3])
        and toks[k + 4].text.casefold() in doc.rules.heads
    )


def _field_word(doc: Doc, t: Token) -> bool:
    low = t.text.casefold()
    return (
        t.is_cap
        and _is_word(t)
        and not t.is_acronym
        and low not in doc.rules.heads
        and t.text not in doc.rules.stop_words
        and not is_place(t.text)
    )


def _year_after_connector(toks: list[Token], k: int) -> bool:
    t = toks[k].text
    return (
        len(t) == 4
        and t.isdigit()
        and 1900 <= int(t) <= 2100
        and toks[k - 1].text.casefold() in ("for", "of", "in", "on", "and")
    )


def _dash_name(doc: Doc, toks: list[Token], i: int, k: int) -> bool:
    """A one-word name before a spaced dash, a capitalised head noun right after it; the
    one word may follow "and" ("A (AMU) and Charité – Universitätsmedizin Berlin")."""
    if _acronym_spans_dash(toks, i, k):
        return True
    w = k - 1
    # … or "of", after a unit ("Emergency Department of Charité – Universitätsmedizin Berlin")
    if w != i and not (w - 1 > i and toks[w - 1].text.casefold() in ("and", "&", "of")):
        return False
    if not toks[w].is_cap or is_place(toks[w].text):
        return False
    if toks[w].text.casefold() in doc.rules.heads or toks[w].text in doc.rules.stop_words:
        return False
    for t in toks[k + 1 : k + 5]:  # "– Universitätsmedizin Berlin", "– Copenhagen University
        if not (t.is_cap and _is_word(t)):  # Hospital": a head noun among capitalised words
            return False
        if t.text.casefold() in doc.rules.heads:
            return True
    return False


def _initial(t: Token) -> str:
    return unicodedata.normalize("NFKD", t.text[:1])[:1].upper()


def _acronym_spans_dash(toks: list[Token], i: int, k: int) -> bool:
    """The acronym in brackets after the name spells its capitalised words on both sides of
    the dash: "Servicio Andaluz – Hospitales de Sevilla (SA-HS)", one name."""
    b = k + 1
    while b < len(toks) and b - k <= 6 and toks[b].text != "(":
        if not _is_word(toks[b]):
            return False
        b += 1
    if b + 2 >= len(toks) or toks[b].text != "(" or toks[b + 2].text != ")" or b == k + 1:
        return False
    acr = toks[b + 1].text.replace("-", "").replace("–", "")
    before = [_initial(t) for t in toks[i:k] if t.is_cap]
    after = [_initial(t) for t in toks[k + 1 : b] if t.is_cap]
    return (
        toks[b + 1].is_acronym
        and len(before) >= 1
        and len(after) >= 1
        and acr.upper() == "".join(before + after)
    )


def _after_named(toks: list[Token], k: int) -> bool:
    """ "named after Academician V. Vakhidov": the honorific belongs to the name."""
    return k >= 2 and toks[k - 1].text.casefold() == "after" and toks[k - 2].text == "named"


def _place_after(toks: list[Token], k: int) -> int:
    """End of a one- or two-word place name at k that closes a name (else 0)."""
    for size in (2, 1):
        j = k + size
        if j > len(toks) or not all(t.is_cap and _is_word(t) for t in toks[k:j]):
            continue
        closes = (
            j == len(toks) or toks[j].text in ("(", ",", ")", ".", ";") or (toks[j].text.islower())
        )
        if closes and is_place(" ".join(t.text for t in toks[k:j])):
            return j
    return 0


def _spelled_in(toks: list[Token], i: int, k: int) -> bool:
    """ "Royal College of Surgeons in Ireland (RCSI)": the acronym after "in <Place>" spells
    the place too, so the place is part of the name."""
    j = k + 1
    while j < len(toks) and j - k <= 3 and toks[j].is_cap and toks[j].text != "(":
        j += 1
    if j == k + 1 or not _acronym_close(toks, j):
        return False
    acr = toks[j + 1].text.upper()
    place = "".join(t.text[:1] for t in toks[k + 1 : j]).upper()
    caps = [t.text[:1] for t in toks[i:j] if t.is_cap]
    return len(acr) >= 3 and acr.endswith(place) and _initials_spell(acr, caps)


def _initials_spell(acr: str, initials: list[str]) -> bool:
    """Every letter of acr is, in order, the initial of one of the capitalised words."""
    k = 0
    for c in acr.upper():
        while k < len(initials) and initials[k].upper() != c:
            k += 1
        if k == len(initials):
            return False
        k += 1
    return True


def _in_allowed(doc: Doc, toks: list[Token], i: int, k: int) -> bool:
    if (  # "Centre of Excellence in Medicine and Pharmacy": the field it excels in
        toks[k - 1].text.casefold() == "excellence"
        and k + 1 < len(toks)
        and toks[k + 1].is_cap
        and not is_place(toks[k + 1].text)
    ):
        return True
    return any(toks[m].text.casefold() in doc.rules.in_heads for m in range(i, k))
