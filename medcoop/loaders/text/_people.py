"""Person mentions: honorifics, initials, "Name, Title", "Title Name", "Name said"."""

from __future__ import annotations

import re

from . import _geo
from ._doc import Doc, PersonMention, after_literal, is_country_word, is_place
from ._names import (
    PATRONYMIC_WORDS,
    bracketed_honorific,
    edit_distance_le1,
    is_honorific,
    is_initials,
    is_name_word,
    is_patronymic,
    is_title_word,
)
from ._relative import title_clause_at, who_heads_at
from ._sentences import Token
from ._tails import title_tail_spans

_OCCUPATION = re.compile(r"(?:ist|ian|or|er|ant|eon)$")
_MAX_NAME = 4


def _name_run(doc: Doc, toks: list[Token], i: int, limit: int = _MAX_NAME) -> int:
    """End (exclusive) of a run of name words / initials starting at i."""
    first = toks[i].text[:1] if i < len(toks) else ""
    if first and not first.isupper() and first != " ":
        return i  # neither a name word nor initials: asked at every token, so checked first
    j = i
    small = 0  # particles do not count towards the limit: "Salih bin Ali Al Marri"
    while j < len(toks) and j - i - small < limit:
        t = toks[j]
        if (is_initials(t) and not is_honorific(doc, t)) or is_name_word(
            doc, t, allow_short_caps=j > i
        ):
            j += 1
        elif _particle(doc, toks, i, j):
            # "Montserrat Puig i Ferrer", "Juan de la Vega"; after "bin" a father's name of
            # up to three words ("Syed Mohamad Bakri bin Syed Abdul Rahman")
            small += 3 if toks[j].text in _PATRONYMIC_PARTICLES else 1
            j += 1
        elif _surname_like_city(doc, toks, i, j):
            j += 1  # "Sergei Nikolaev": a surname that is also a town's name
        elif j > i + 1 and toks[j - 1].text in ("Al", "El") and _geo.is_demonym(t.text):
            j += 1  # "Saeed Al Kuwaiti", "Ahmed El Masri": a surname that says where from
        else:
            break
    # a trailing short all-caps word is not a name ("... Woolley AN")
    while j > i and toks[j - 1].text.isupper() and not is_initials(toks[j - 1]):
        j -= 1
    if j - i == 3 and j < len(toks) and toks[j].text in PATRONYMIC_WORDS:
        j += 1  # "Huseynov Rashad Elman oglu": the patronymic's word is the name's
    return j


def _surname_like_city(doc: Doc, toks: list[Token], i: int, j: int) -> bool:
    """A city-named word that ends a run after a first name, with no capitalised word after."""
    t = toks[j]
    return (
        j == i + 1
        and is_name_word(doc, toks[i])
        and not is_place(toks[i].text)
        and _geo.is_city(t.text)
        and _geo.country_of(t.text) is None
        and t.text.isalpha()
        and t.text[:1].isupper()
        and t.text[1:].islower()
        and not (j + 1 < len(toks) and toks[j + 1].text[:1].isupper())
    )


# Malay "Siti Farah binti Osman": "binti", "daughter of", as "bin" is "son of"
_PARTICLES = frozenset(
    {"i", "y", "de", "del", "la", "da", "dos", "das", "van", "von", "der", "bin", "ibn", "bint"}
    | {"binti", "binte"}
)
_PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "binti", "binte"})


def _particle(doc: Doc, toks: list[Token], i: int, j: int) -> bool:
    """A lower-case particle between two words of one person's name."""
    if j == i or toks[j].text not in _PARTICLES:
        return False
    k = j
    while k < len(toks) and toks[k].text in _PARTICLES:
        k += 1
    b = j - 1
    while b > i and toks[b].text in _PARTICLES:
        b -= 1
    return k < len(toks) and is_name_word(doc, toks[b]) and is_name_word(doc, toks[k])


def _place_named(doc: Doc, toks: list[Token], k: int) -> bool:
    """After an honorific, a place word followed by a name word is a first name."""
    t = toks[k]
    return t.is_cap and t.text.isalpha() and is_place(t.text) and is_name_word(doc, toks[k + 1])


def _after_named(toks: list[Token], i: int) -> bool:
    """True when the run at i follows "named after" (part of an institution's name)."""
    window = [t.text.casefold() for t in toks[max(0, i - 3) : i]]
    return "after" in window and (
        "named" in window or (window.index("after") > 0 and toks[i - 1].text[:1].isalpha())
    )


def _place_surname(doc: Doc, toks: list[Token], j: int) -> bool:
    """A place's one word after two name words, then a comma and a title: the last of three
    names ("Ricardo Tavares Lima, Chief Executive Officer of …")."""
    return (
        j + 2 < len(toks)
        and toks[j].is_cap
        and toks[j].text.isalpha()
        and is_place(toks[j].text)
        and not is_country_word(toks[j].text)
        and toks[j + 1].text == ","
        and _title_start(doc, toks, j + 2)
    )


def _continues_as_org(doc: Doc, toks: list[Token], j: int) -> bool:
    return (
        j < len(toks)
        and toks[j].is_cap
        and not is_title_word(doc, toks[j])
        and toks[j].text[:1].isalpha()
        and not is_honorific(doc, toks[j])
    )


def _add(doc: Doc, s: int, i: int, j: int, cue: str, found: dict[tuple[int, int], str]) -> None:
    toks = doc.toks[s]
    if (
        i + 2 < j
        and cue != "given-initial"
        and not is_initials(toks[i])
        and _multi_initials(toks[i + 1])
    ):
        i += 1  # "Activities E.V. Sharipova": Russian initials start the name
    titled = cue.startswith("title")  # "TMA rector A B and SNUH … Center director C D"
    if j <= i or _after_named(toks, i) or _inside_org_name(doc, toks, i, j, titled):
        return
    if j - i >= 3 and j < len(toks) and toks[j].text in PATRONYMIC_WORDS:
        j += 1  # "… Mammadov Sabir Ilgar oglu": the patronymic's word is the name's
    elif (
        j - i == 2
        and j + 1 < len(toks)
        and toks[j].text in PATRONYMIC_WORDS
        and is_name_word(doc, toks[j + 1])
    ):
        j += 2  # "Anar Ilham oglu Guliyev": the father's name and its word before the surname
    if is_place(doc.span_text(s, i, j)) or _geo.is_world_region(doc.span_text(s, i, j)):
        return  # "Abu Dhabi", "St. Petersburg", "Latin America"
    if toks[i].text in _SAINT:  # "St. Olav's will train …": a saint a hospital is named for
        return
    if toks[j - 1].is_initials and toks[j - 1].text.casefold() in doc.rules.heads:
        return  # "Deniz Kimya A.Ş.": a company's dotted legal form, not a person's initials
    if toks[j - 1].text.rstrip(".").casefold() in doc.rules.legal_abbreviations and (
        toks[j - 1].text.endswith(".") or _legal_form_at(doc, toks, j)
    ):
        return  # "… Medical Equipment Co., Ltd.": "Co." is no initial either ("Le Van Co" is
        # a Vietnamese name: no dot and no legal form after it)
    for w in (2, 1) if i > 0 and toks[i - 1].text in ("the", "to", "of", "in") else ():
        if j - i - w >= 2 and is_country_word(doc.span_text(s, i, i + w)):
            i += w  # "Ambassador … to the United Kingdom Otabek Akbarov": the country ends
            break  # the title
    words = [t for t in toks[i:j] if not is_initials(t)]
    if not words:
        return
    if cue not in ("honorific", "known") and len(toks[i:j]) < 2:
        return
    for a, b in list(found):
        if a < j and i < b:  # overlap: keep the longer
            if b - a >= j - i:
                return
            del found[(a, b)]
    found[(i, j)] = cue


def _legal_form_at(doc: Doc, toks: list[Token], j: int) -> bool:
    """A legal form right after j, past a comma ("Co, Ltd", "Co Ltd")."""
    if j < len(toks) and toks[j].text == ",":
        j += 1
    return j < len(toks) and toks[j].text.rstrip(".").casefold() in doc.rules.legal_abbreviations


_SAINT = frozenset(["St.", "St", "Ste.", "Sts."])
# the same saints written out, with or without the dot, for the first word of a name
_SAINT_WORD = re.compile(r"(?:St|Ste|Saint|Sainte)\.?")


def _multi_initials(tok: Token) -> bool:
    """ "E.V.": two initials; "Kh.", "Sh." are one (a Russian letter written with two)."""
    return is_initials(tok) and sum(c.isupper() for c in tok.text) >= 2


def _inside_org_name(doc: Doc, toks: list[Token], i: int, j: int, titled: bool = False) -> bool:
    """ "I.M. Sechenov First Moscow State Medical University": a person an institution is
    named for, followed without a break by the rest of the institution's name; also across a
    closing quote or a possessive ("«Grigore T. Popa» University", "First People's Hospital")."""
    k = j
    if k < len(toks) and toks[k].text == "of":
        return False  # "Senior Lecturer Name of Metropolia University": a person of X
    if k + 1 < len(toks) and toks[k].text in ("»", "”", '"', "'s", "’s"):
        k += 1
    while k < len(toks) and k - j < 8:
        t = toks[k]
        if t.text.casefold() in doc.rules.heads and k > j:
            return True
        if t.text.casefold() in doc.rules.title_core:
            return False  # "Name Surname and Rector of X University": the next person's title
        if titled and t.text.casefold() in ("and", "&"):
            return False  # a name after its title: "and" opens the next party
        if t.text in ("'s", "’s") and toks[k - 1].is_cap:  # "Dr. Name Surname Children's …"
            k += 1
            continue
        if not ((t.is_cap and t.text[:1].isalpha()) or t.text.casefold() in ("of", "and", "&")):
            return False
        k += 1
    return False


def _sentence_people(doc: Doc, s: int) -> dict[tuple[int, int], str]:
    toks = doc.toks[s]
    found: dict[tuple[int, int], str] = {}
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if is_honorific(doc, t) and (
            t.text[:1].isupper() or t.text.rstrip(".") in ("professor", "dr", "prof")
        ):
            k = i + 1
            # "Dato' Name": the apostrophe is the honorific's own
            while k < n and (toks[k].text in (".", "'", "’") or is_honorific(doc, toks[k])):
                k += 1
            k += bracketed_honorific(doc, toks, k)  # "Dr. (Mrs.) Name"
            j = _name_run(doc, toks, k)
            if j == k and k + 1 < n and _place_named(doc, toks, k):
                j = _name_run(doc, toks, k + 1)  # "Dr. Montserrat Puig": a first name
            if j > k and j - k == 1 and _continues_as_org(doc, toks, j):
                i = j + 1  # "Dr. Milon Hall": a building named after someone
                continue
            if j > k and is_place(doc.span_text(s, i, j)):
                i = j  # "Sri Lanka": an honorific that opens a place's name
                continue
            if j - k == 2 and _place_surname(doc, toks, j):
                j += 1  # "Dr Ricardo Tavares Lima, Chief Executive Officer": a city's name
            if j > k:
                _add(doc, s, k, j, "honorific", found)
                i = j
                continue
        if t.text == "by" and i > 0 and toks[i - 1].text in _SIGNED:
            _signed_by(doc, s, i + 1, found)  # "signed by Aibek Toktomushev and Wang Fei"
        # "St. Brigid's": a saint's name, not a person's initial (an institution's short form)
        if (
            is_initials(t)
            and not _SAINT_WORD.fullmatch(t.text)
            and i + 1 < n
            and is_name_word(doc, toks[i + 1])
            and not is_country_word(t.text)  # "the U.S. Centers for Disease Control"
        ):
            j = i + 2
            if not _continues_as_org(doc, toks, j):
                if _given_before(doc, toks, i):
                    _add(doc, s, i - 1, j, "given-initial", found)
                else:
                    _add(doc, s, i, j, "initials", found)
                i = j
                continue
        if (
            is_name_word(doc, t)
            and i + 1 < n
            and is_initials(toks[i + 1])
            and not is_honorific(doc, toks[i + 1])
            and not (i + 2 < n and is_name_word(doc, toks[i + 2]))  # "… E.V. Sharipova"
        ):
            j = i + 2
            if i > 0 and is_name_word(doc, toks[i - 1]):
                i += 1
                continue
            _add(doc, s, i, j, "initials", found)
            i = j
            continue
        i += 1
    _comma_title_people(doc, s, found)
    _patronymic_people(doc, s, found)
    return found


_SIGNED = frozenset(["signed", "initialled", "initialed", "countersigned"])


def _signed_by(doc: Doc, s: int, k: int, found: dict[tuple[int, int], str]) -> None:
    """ "The contract was signed by Aibek Toktomushev and Wang Fei": the two or three name
    words after "signed by" (and after "and" or "and by" next) are the signers' names."""
    toks = doc.toks[s]
    while k < len(toks):
        j = _name_run(doc, toks, k)
        if j - k < 2 or _continues_as_org(doc, toks, j) or is_place(doc.span_text(s, k, j)):
            return
        if j < len(toks) and toks[j].text in ("(", "'s", "’s"):
            return  # "signed by Nile Valley (NVU)", "by Aga Khan's …": no person
        _add(doc, s, k, j, "signed-by", found)
        if j + 1 < len(toks) and toks[j].text == "and":
            k = j + 1 + (toks[j + 1].text == "by")
        else:
            return


def _given_before(doc: Doc, toks: list[Token], i: int) -> bool:
    """ "Director Kubanych Zh. Asanov": one middle initial after a lone given name, which a
    title, a small word, a comma or a title's field ("… of Healthcare Name X. Surname") comes
    before."""
    return (
        i >= 2
        and toks[i].text.count(".") == 1
        and is_name_word(doc, toks[i - 1])
        and not is_title_word(doc, toks[i - 1])
        and not is_place(toks[i - 1].text)
        and not _coordinated_field(toks, i - 1)
        and (
            not toks[i - 2].is_cap
            or is_title_word(doc, toks[i - 2])
            or is_honorific(doc, toks[i - 2])
            # "Vice Minister of Healthcare Yerlan K. Sadykbekov": the field word of a title
            or not is_name_word(doc, toks[i - 2])
            or (i >= 3 and toks[i - 3].text in ("of", "for"))
            or _ends_title_phrase(doc, toks, i - 2)
        )
    )


_TITLE_JOINERS = frozenset(["for", "of", "the", "and", "on"])


def _coordinated_field(toks: list[Token], k: int) -> bool:
    """ "Vice-Rector for Science and Publishing S. Rahimov": the word at k is the second of
    two fields "and" joins after a title's "for"/"of", no given name."""
    return (
        k >= 3
        and toks[k - 1].text == "and"
        and toks[k - 2].is_cap
        and toks[k - 3].text in ("for", "of")
    )


def _ends_title_phrase(doc: Doc, toks: list[Token], k: int) -> bool:
    """ "Vice-Rector for Research Aigul Zh. Temirova", "Head of the International Department
    Bakyt T. Osmonov": the capitalised word at k ends a title's phrase that a title word opens
    a few words before (capitalised words and "for", "of", "the" between)."""
    for m in range(k - 1, max(k - 6, -1), -1):
        t = toks[m]
        if t.text in _TITLE_JOINERS:
            continue
        if not t.is_cap:
            return False
        if is_title_word(doc, t):
            return m < k - 1 and toks[m + 1].text in _TITLE_JOINERS
    return False


def _patronymic_people(doc: Doc, s: int, found: dict[tuple[int, int], str]) -> None:
    """A given name and a patronymic are a person's name with the surname on either side:
    "Rector of the institute Mamasaliev Nematjon Solievich", "the centre Ivan Pavlovich
    Marchenko", also right after an institution's name ("Hospital No. 2 Zhaksylykov Marat
    Serikovich")."""
    toks = doc.toks[s]
    for p in range(1, len(toks)):
        if not is_patronymic(toks[p].text) or not is_name_word(doc, toks[p]):
            continue
        if not is_name_word(doc, toks[p - 1]):
            continue
        i, j = p - 1, p + 1
        if i > 0 and is_name_word(doc, toks[i - 1]) and not is_title_word(doc, toks[i - 1]):
            i -= 1  # surname first
        elif j < len(toks) and is_name_word(doc, toks[j]):
            j += 1  # surname last
        _add(doc, s, i, j, "patronymic", found)


def _comma_title_people(doc: Doc, s: int, found: dict[tuple[int, int], str]) -> None:
    """Name runs with a title next to them, a speech verb after, or an occupation before."""
    toks = doc.toks[s]
    n = len(toks)
    i = 0
    while i < n:
        prev_tok = toks[i - 1] if i > 0 else None
        if (
            prev_tok is not None
            and prev_tok.is_cap
            and prev_tok.text[:1].isalpha()
            and not is_title_word(doc, prev_tok)
            and not is_honorific(doc, prev_tok)
        ):
            i += 1
            continue
        if _coordinated_field(toks, i):
            i += 1  # "Vice-Rector for Science and Publishing S. Rahimov": a title's field
            continue
        j = _name_run(doc, toks, i, 3)
        # particles do not count: "Salem bin Rashid Al Nuaimi" has four words
        if (
            j - i >= 3
            and j < n
            and sum(t.text not in _PARTICLES for t in toks[i:j]) == 3
            and is_name_word(doc, toks[j])
        ):
            j4 = _name_run(doc, toks, i, 4)  # "José Ángel Portal Miranda": four words
            j = j4 if j4 == n or not toks[j4].text[:1].isupper() else j
        elif j - i == 3 and j < n and toks[j].text in _PATRONYMIC_PARTICLES:
            j = _name_run(doc, toks, i, 4)  # "Syed Mohamad Bakri bin Syed Abdul Rahman"
        if j - i < 2 or _SAINT_WORD.fullmatch(toks[i].text):
            i += 1  # "St. Brigid's will train …": a saint's name is an institution's short form
            continue
        nxt = toks[j].text if j < n else ""
        nxt2 = toks[j + 1] if j + 1 < n else None
        prev = toks[i - 1] if i > 0 else None
        cue = None
        if prev is not None and prev.text == "the" and nxt == ",":
            cue = None  # "in the Klang Valley, where …": a place or thing the article names
        elif nxt in (",", "(") and nxt2 is not None and _title_start(doc, toks, j + 1):
            cue = "name-title"  # "Name Surname, head of …", "Name Surname (Head of …)"
        elif who_heads_at(doc, s, j) is not None or title_clause_at(doc, s, j) is not None:
            cue = "name-title"  # "Tiina Tamm, who heads the oncology clinic"
        elif nxt.casefold() in doc.rules.speech_verbs or nxt in ("'s", "’s"):
            cue = "verb"
        elif nxt == "," and nxt2 is not None and nxt2.text == "who":
            cue = "verb"  # "Kim Dong-soo, who received the delegation, said": "who" is a person
        elif prev is not None and prev.text.casefold() in _SAID and nxt in (",", ".", ";", ""):
            cue = "verb"  # '"We are glad," said Janis Berzins.'
        elif i > 1 and prev is not None and prev.text == "to" and nxt == "," and (
            toks[i - 2].text.casefold() == "according"
        ):
            cue = "verb"  # "According to Janis Berzins, …"
        elif nxt == "and" and _and_person_acts(doc, toks, j + 1):
            cue = "verb"  # "Janis Berzins and Mart Tamm signed": the first of two who act
        elif prev is not None and prev.text == "by" and nxt == "for" and nxt2 is not None:
            cue = "signer-for"  # "signed by Name Surname for the university"
        elif _headed_by(toks, i) and nxt in (",", ".", ";"):
            cue = "headed-by"  # "The Regional Cancer Centre, headed by Name Surname, …"
        elif prev is not None and _core_ends_at(doc, toks, i - 1):
            cue = "title-name"
        elif prev is not None and prev.text == "," and _title_before_comma(doc, toks, i - 1):
            cue = "title-comma-name"
        elif (
            prev is not None
            and prev.text.islower()
            and len(prev.text) > 4  # "surgeon", "professor"; not "for", "after"
            and _OCCUPATION.search(prev.text)
            and (nxt in ("", ",", ".", ";", ")") or nxt.islower())
        ):
            cue = "occupation"
        if cue and not (j < n and toks[j].is_cap and toks[j].text[:1].isalpha()):
            _add(doc, s, i, j, cue, found)
            if cue.startswith("title") and _plural_before(doc, toks, i):
                j = _second_of_pair(doc, toks, j, found)
            i = j
            continue
        i += 1
    for i, j in title_tail_spans(doc, s):
        _add(doc, s, i, j, "title-tail", found)


# speech verbs after which a name is the speaker: '"…," said Janis Berzins.'
_SAID = frozenset(["said", "says", "noted", "added", "stressed", "emphasized", "emphasised",
                   "explained", "remarked", "underlined"])


def _and_person_acts(doc: Doc, toks: list[Token], k: int) -> bool:
    """A name of two or three words at k followed by a speech or signing verb."""
    e = _name_run(doc, toks, k, 3) if k < len(toks) else k
    return e - k >= 2 and e < len(toks) and toks[e].text.casefold() in doc.rules.speech_verbs


def _headed_by(toks: list[Token], i: int) -> bool:
    return (
        i > 2
        and toks[i - 1].text == "by"
        and toks[i - 2].text == "headed"
        and toks[i - 3].text == ","
    )


def _plural_core(doc: Doc, word: str) -> bool:
    """ "rectors", "chief physicians": a title word in the plural."""
    low = word.casefold().split("-")[-1]
    return low.endswith("s") and low[:-1] in doc.rules.title_core


def _plural_before(doc: Doc, toks: list[Token], i: int) -> bool:
    k = i - 1 if i > 0 and toks[i - 1].text != "," else i - 2
    return k >= 0 and _plural_core(doc, toks[k].text)


def _second_of_pair(doc: Doc, toks: list[Token], j: int, found: dict[tuple[int, int], str]) -> int:
    """ "the two chief physicians, A B and C D": the name after "and" holds the title too."""
    if j + 1 >= len(toks) or toks[j].text != "and":
        return j
    end = _name_run(doc, toks, j + 1, 3)
    if end - (j + 1) >= 2 and (end == len(toks) or not toks[end].is_cap):
        found[(j + 1, end)] = "title-pair"
        return end
    return j


def _title_start(doc: Doc, toks: list[Token], k: int) -> bool:
    """A title phrase begins at k ("Rector", "the deputy rector", "vice president")."""
    while k < len(toks) and toks[k].text.casefold() in ("the", "a", "an"):
        k += 1
    for m in range(k, min(k + 4, len(toks))):
        if toks[m].text.casefold() in doc.rules.title_core:
            return True
        if m > k and f"{toks[m - 1].text} {toks[m].text}".casefold() in doc.rules.title_core:
            return True  # "team leader"
        if toks[m].text in ("'s", "’s") and m > k:
            continue  # "Kyrgyzstan's deputy minister"
        if m - k < 2 and toks[m].text.isalpha() and toks[m].text.islower():
            continue  # "the plastic surgeon who led the team", "Name, programme manager at"
        if toks[m].text.casefold() not in doc.rules.title_modifiers and not (
            toks[m].text[:1].isupper()
        ):
            return False
    return False


_DETS = frozenset(["the", "its", "their", "our", "whose", "his", "her"])


def _core_ends_at(doc: Doc, toks: list[Token], k: int) -> bool:
    """A title core word, one word or two, ends at token k ("rector", "director general")."""
    if toks[k].text.casefold() in doc.rules.title_core or _plural_core(doc, toks[k].text):
        return True
    pair = f"{toks[k - 1].text} {toks[k].text}".casefold() if k > 0 else ""
    return pair in doc.rules.title_core


def _title_before_comma(doc: Doc, toks: list[Token], comma: int) -> bool:
    """Some title word occurs in the phrase that ends at the comma (same clause): a
    capitalised one, or a lower-case one after "the" ("the director of the centre, Name")."""
    k = comma - 1
    while k >= 0 and toks[k].text not in (",", ";", ".", ":"):
        core = toks[k].text.casefold().split("-")[-1]  # "vice-chairman"
        if (core in doc.rules.title_core or _plural_core(doc, core)) and (
            toks[k].text[:1].isupper() or _determined(toks, k)
        ):
            return True
        k -= 1
    return False


def _determined(toks: list[Token], k: int) -> bool:
    """A lower-case title at k opens with a determiner or a possessive, over at most two
    lower-case modifiers or an acronym ("the general director", "the clinic's medical
    director", "whose programme coordinator", "the NSMC chairman")."""
    m = k - 1
    while m >= 0 and k - m <= 3:
        word = toks[m].text
        if word.casefold() in _DETS or word in ("'s", "’s"):
            return True
        if not (toks[m].is_acronym or (word.isalpha() and word.islower())):
            return False
        m -= 1
    return False


def find_people(doc: Doc) -> None:
    """Record person mentions in ``doc.person_mentions`` and block their tokens."""
    for s in range(len(doc.sents)):
        for (i, j), cue in sorted(_sentence_people(doc, s).items()):
            _record(doc, s, i, j, cue)
    _known_surnames(doc)


def _record(doc: Doc, s: int, i: int, j: int, cue: str) -> None:
    toks = doc.toks[s]
    if any(k in doc.blocked[s] for k in range(i, j)):
        return
    if cue == "title-tail" and _names_an_org(doc, doc.span_text(s, i, j)):
        return
    text, end = doc.span_text(s, i, j), toks[j - 1].end
    if _stop_read_as_initial(toks, i, j):
        text, end = text[:-1], end - 1  # "… Professor Nguyen Huu Tu.": the sentence's stop
    doc.person_mentions.append(PersonMention(s, i, j, text, toks[i].start, end, cue))
    doc.blocked[s].update(range(i, j))


def _stop_read_as_initial(toks: list[Token], i: int, j: int) -> bool:
    """A short last name word that ends the sentence was read with its stop as an initial."""
    last = toks[j - 1].text
    return (
        j == len(toks)
        and (j - i >= 3 or _syllable(last))
        and re.fullmatch(r"[A-Z][a-z]\.", last) is not None
        and not any(is_initials(t) for t in toks[i : j - 1])
    )


def _syllable(word: str) -> bool:
    """ "Li.", "Wu.": a consonant and a vowel are a syllable of a name, unlike the two-letter
    initials of Russian names ("Kh.", "Sh.", "Yu.")."""
    return len(word) == 3 and word[0] not in "AEIOUY" and word[1] in "aeiou"


_CAPITALISED_RUN = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,4}")


def _names_an_org(doc: Doc, text: str) -> bool:
    """ "Chief Executive Officer of Korle Bu, Dr …": words the text elsewhere goes on to name
    an institution with ("Korle Bu Teaching Hospital") are its short form, not a person."""
    for m in after_literal(doc.text, text, _CAPITALISED_RUN):
        if any(w.casefold() in doc.rules.heads for w in m.group(0).split()):
            return True
    # "… Service of São João, Sousa R.M., …" where the text names "Centro Hospitalar
    # Universitário de São João": the words end an institution's name after its connector
    pos = doc.text.find(text)
    while pos >= 0:
        before = _NAME_BEFORE.search(doc.text, max(0, pos - 80), pos)
        if before is not None and _has_head(doc, before.group(1)):
            return True
        pos = doc.text.find(text, pos + 1)
    return False


# capitalised words (a connector may join them: "Unidade Local de Saúde"), then the connector
# that joins a name's head to a place or a patron
_NAME_BEFORE = re.compile(
    r"((?:[A-Z][\w'’-]*\s+(?:(?:de|do|da|del)\s+(?=[A-Z]))?){1,5})(?:de|do|da|dos|das|del|di)\s+$"
)


def _has_head(doc: Doc, words: str) -> bool:
    """Some head noun of ours, of one word or more, among the words."""
    low = " " + " ".join(words.casefold().split()) + " "
    return any(f" {h} " in low for h in doc.rules.heads)


def _variant_of(word: str, surnames: set[str]) -> bool:
    """A transliteration variant of a known surname ("Shadmanov" ~ "Shadmonov")."""
    return len(word) >= 7 and any(
        len(n) >= 7 and n[:2] == word[:2] and edit_distance_le1(n.casefold(), word.casefold())
        for n in surnames
    )


def _named_for(doc: Doc, toks: list[Token], i: int) -> bool:
    """The word at i ends the name of the person an institution is named after."""
    k = i - 1
    while k >= 0 and (
        is_initials(toks[k])
        or is_honorific(doc, toks[k])
        or toks[k].text.casefold() in doc.rules.name_particles
    ):
        k -= 1
    return k >= 1 and toks[k].text == "after" and toks[k - 1].text == "named"


def _known_surnames(doc: Doc) -> None:
    """Later mentions of a surname already known ("Mr Kapoor said", "Naghipour's view")."""
    surnames = set()
    for m in doc.person_mentions:
        parts = [t for t in doc.toks[m.sent][m.start : m.end] if not is_initials(t)]
        if parts:
            surnames.add(parts[-1].text)
            surnames.add(parts[0].text)
    for s, toks in enumerate(doc.toks):
        for i, t in enumerate(toks):
            if i in doc.blocked[s] or not is_name_word(doc, t):
                continue
            if t.text not in surnames and not _variant_of(t.text, surnames):
                continue
            if _named_for(doc, toks, i):
                continue  # "… named after Academician M. Mirrakhimov": the institution's name
            if i + 1 < len(toks) and toks[i + 1].is_cap and toks[i + 1].text[:1].isalpha():
                continue
            start = i
            if i > 0 and is_name_word(doc, toks[i - 1]) and i - 1 not in doc.blocked[s]:
                start = i - 1
            if is_place(doc.span_text(s, start, i + 1)):
                continue  # "(São Paulo)" beside "Paulo Chapchap"
            if start < i and _names_an_org(doc, doc.span_text(s, start, i + 1)):
                continue  # "São João" beside "João Pedro Oliveira": "… Universitário de São João"
            _record(doc, s, start, i + 1, "known")
