"""People named at the end of a title phrase: "Chairman of X Center Riza Boranbaeva", "the
director of the Regional Centre "Oncology" Pavel Ivanov"."""

from __future__ import annotations

import re

from . import _geo
from ._around import descriptor_length
from ._chunks import comma_field, title_start
from ._doc import Doc, is_country_word, is_place
from ._names import CALENDAR, is_honorific, is_name_word
from ._sentences import Token


def title_tail_spans(doc: Doc, s: int) -> list[tuple[int, int]]:
    """ "Chairman of X Center Riza Boranbaeva": a name at the end of a title's cap run."""
    toks = doc.toks[s]
    n = len(toks)
    out: list[tuple[int, int]] = []
    for i, t in enumerate(toks):
        if t.text.casefold().split("-")[-1] not in doc.rules.title_core:
            continue  # "vice-chairperson" too
        j = i + 1 if t.text[:1].isupper() else _of_after(doc, toks, i)
        if j < 0:
            continue
        while j < n and (step := _step(doc, toks, j)):
            j += step
        while j > i and toks[j - 1].text.casefold() in _CONNECT:
            j -= 1  # "… Ma Jun and heads of departments": the run ends at the name
        if j - i < 3:
            continue
        for p in range(i + 3, j):  # "Minister of X Farid Karimov and Minister of Y …"
            if toks[p].text in ("and", ",") and _title_tail_name(doc, toks, i, p):
                out.append((_three_word_start(doc, toks, i, p), p))
            elif toks[p].text in ("and", ",") and _initial_tail(doc, toks, i, p):
                out.append((p - 2, p))
        end = j
        k = end
        floor = max(i + 1, _named_for_end(doc, toks, i, end))
        while k > floor and k > end - 3 and _tail_name_word(doc, toks[k - 1]):
            k -= 1
        if end - k == 1 and _middle_initial(doc, toks, floor, k):
            k -= 2  # "Vice Minister of Healthcare Yerlan K. Sadykbekov": a middle initial
        if end - k == 3 and k - 1 > floor and _tail_name_word(doc, toks[k - 1]) and (
            is_country_word(toks[k - 2].text)
        ):
            k -= 1  # "Minister of … of Cuba Raúl Esteban Morales Quintana": four name words
        closed = toks[k - 1].text in _QUOTES or toks[k - 1].text == ")"  # a name closed
        cut = end - k == 3 and not toks[k - 1].is_cap and not closed
        if cut:
            k += 1  # "the drug company Farmaklon Oleg Petrov": the company has a name
        if _names_of_institution(doc, toks, k, end):
            continue
        if end - k >= 2 and (cut or k == floor > i + 1 or not _tail_name_word(doc, toks[k - 1])):
            out.append((k, end))
    return out


def _middle_initial(doc: Doc, toks: list[Token], floor: int, k: int) -> bool:
    """One initial at k - 1 between a given name and the surname at k, after a capitalised
    word of the title's run ("… Department Bakyt T. Osmonov")."""
    return (
        k - 2 > floor
        and toks[k - 1].is_initials
        and toks[k - 1].text.count(".") == 1
        and _tail_name_word(doc, toks[k - 2])
        and toks[k - 3].is_cap
    )


def _names_of_institution(doc: Doc, toks: list[Token], k: int, end: int) -> bool:
    """The words k..end end an institution's name, not a person's: its city follows in
    brackets ("Center Harapan Kita (Jakarta)"), or a head noun opens the name with no article
    ("President of Hospital Israelita Albert Einstein")."""
    if end + 2 < len(toks) and toks[end].text == "(" and is_place(toks[end + 1].text):
        return True
    j = k - 1
    while j > 0 and _tail_name_word(doc, toks[j]):
        j -= 1  # the first word of the run
    return (
        j > 0
        and toks[j].is_cap
        and toks[j].text.casefold() in doc.rules.heads
        and toks[j - 1].text.casefold() in ("of", "at")
    )


def _named_for_end(doc: Doc, toks: list[Token], i: int, end: int) -> int:
    """Where the person an institution is named for ends ("… named after P. Stradins"): the
    name of the title holder comes after it."""
    k = next((k + 1 for k in range(i, end - 1) if toks[k].text == "named"), None)
    if k is None or toks[k].text != "after":
        return 0
    k += 1
    while k < end and (toks[k].is_initials or toks[k].text.casefold() in doc.rules.name_particles):
        k += 1
    return k + 1


_CONNECT = ("and", "&", "the", "of", "for", "to")


def _after_field(doc: Doc, prev: str) -> bool:
    """A lower-case field word may follow ("of health", "for international affairs")."""
    return prev in ("of", "and", "for") or (prev.islower() and prev in doc.rules.org_words)


def _of_after(doc: Doc, toks: list[Token], i: int) -> int:
    """Where a lower-case title goes on with "of" or "for" ("director of", "director general
    of", "chief engineer of", "vice-rector for"); -1 when it does not."""
    k = i + 1
    while k < len(toks) and toks[k].text.casefold() in doc.rules.title_modifiers:
        k += 1
    if (
        k < len(toks) - 1
        and toks[k].text not in ("of", "for")
        and toks[k].text.isalpha()
        and toks[k].text.islower()
    ):
        k += 1  # "chief engineer of", "chief cardiologist of"
    return k if k < len(toks) and toks[k].text in ("of", "for") else -1


def _step(doc: Doc, toks: list[Token], j: int) -> int:
    """How many tokens from j go on the name of the institution after a title (0: it ends)."""
    n = len(toks)
    t = toks[j]
    low = t.text.casefold()
    if (t.is_cap and t.text[:1].isalpha()) or low in _CONNECT or _short_form_head(doc, toks, j):
        return 1
    if t.text[:1].islower() and any(c.isupper() for c in t.text[1:]):
        return 1  # "iMedica": a brand written in camel case
    if low in doc.rules.name_particles and toks[j - 1].is_cap and j + 1 < n and toks[j + 1].is_cap:
        return 1  # "the company Comercializadora de Servicios Médicos Cubanos (CSMC) Name"
    if low == "from" and j + 2 < n and toks[j + 1].text == "the" and toks[j + 2].is_cap and (
        any(x.text in ("Minister", "Ministry") for x in toks[max(0, j - 8) : j])
    ):
        return 1  # "Deputy Minister of Internally Displaced Persons from the Occupied …"
    if t.text == "," and comma_field(doc, toks, max(0, j - 10), j):
        return 1  # "Director of the Center of Surgery, Transplantology and Hematology Name"
    if t.text.islower() and low in doc.rules.org_words and _after_field(doc, toks[j - 1].text):
        return 1  # "deputy minister of health of …", "vice-rector for international affairs"
    if (
        low == "on"
        and j + 1 < n
        and toks[j + 1].is_cap
        and toks[j - 1].is_cap
        and toks[j + 1].text.casefold() not in CALENDAR  # "… Name on Monday"
    ):
        return 1  # "State Agency on Mandatory Health Insurance Name"
    if low == "in" and j + 1 < n and is_place(toks[j + 1].text):
        return 1  # "Consul General of Türkiye in Lahore Tolga Uçar"
    if low == "in" and j + 2 < n and toks[j + 1].text == "the" and toks[j + 2].text == "Republic":
        return 1  # "First Secretary of the Embassy of X in the Republic of Kazakhstan Name"
    if t.text == "(" and j + 1 < n and toks[j + 1].text.islower() and toks[j - 1].is_cap:
        close = next((k for k in range(j + 2, min(n, j + 8)) if toks[k].text == ")"), None)
        if close is not None:  # "Ambassador of X to Y (with residence in Astana) Name"
            return close + 1 - j
    if t.text in ("'s", "’s") and toks[j - 1].is_cap and j + 1 < n and toks[j + 1].is_cap:
        return 1  # "Klaipeda Seamen's Hospital"
    if t.text == "(" and toks[j - 1].is_cap and j + 2 < n and toks[j + 2].text == ")" and (
        toks[j + 1].is_acronym
    ):
        return 3  # "… for International Healthcare (KOFIH) in Uzbekistan Name"
    if t.text.isdigit() and toks[j - 1].text.casefold() in ("no.", "no", "№"):
        return 1  # "Hospital No. 1"
    if low == "named" and j + 1 < n and toks[j + 1].text == "after":
        return 2  # "University named after S.D. Asfendiyarov"
    if t.text in _QUOTES and toks[j - 1].is_cap:  # "Centre "Cardiology""
        close = next((k for k in range(j + 1, min(n, j + 10)) if toks[k].text in _QUOTES), None)
        return close + 1 - j if close is not None else 0
    if low in doc.rules.title_bodies and toks[j - 1].text == "the":
        return 1  # "chairman of the board of …"
    return _lower_head(doc, toks, j)  # "the pharmaceutical company Belmedpreparaty"


_QUOTES = frozenset(['"', "“", "”", "«", "»"])


def _lower_head(doc: Doc, toks: list[Token], j: int) -> int:
    """A lower-case description after "the" ("the drug company Farmaklon"), or a unit of the
    institution named after it ("the paediatric surgery department of X"): its length."""
    if toks[j - 1].text != "the":
        return 0
    return descriptor_length(doc, toks, j) or _unit_length(doc, toks, j)


def _unit_length(doc: Doc, toks: list[Token], j: int) -> int:
    k = j
    while k < len(toks) - 1 and k - j < 5 and toks[k].text.isalpha() and toks[k].text.islower():
        if toks[k].text in doc.rules.subunit_heads:
            return k + 1 - j if toks[k + 1].text == "of" else 0
        k += 1
    return 0


# the last word of a ministry's or department's field, not of a name ("… Health and
# Population Khaled Abdel Ghaffar", "… Social Protection Name")
_FIELD_WORD = re.compile(
    r"(?:tions?|ments?|ity|ness|ances?|ences?|ics|logy|ship|fairs|ures?|ing|apies|udies|ogies|ities)$"
)


def _tail_name_word(doc: Doc, tok: Token) -> bool:
    # a short word is a name whatever its ending ("Li Ming", "Wang Jing"), unlike "Nursing"
    return is_name_word(doc, tok) and (len(tok.text) <= 4 or not _FIELD_WORD.search(tok.text))


def _short_form_head(doc: Doc, toks: list[Token], j: int) -> bool:
    """ "Director of the Blokhin centre Mikhail Vorontsov": a lower-case head noun after a
    capitalised word, with a name right after it."""
    return (
        0 < j < len(toks) - 1
        and toks[j].text in doc.rules.descriptors  # head nouns, "firm", "complex" …
        and (toks[j - 1].is_cap or toks[j - 1].text == "the")  # "rector of the academy Name"
        and is_name_word(doc, toks[j + 1])
    )


def _title_tail_name(doc: Doc, toks: list[Token], i: int, p: int) -> bool:
    """Two name words end the title phrase at p, after a word that is not a name."""
    return (
        p - 3 > i
        and is_name_word(doc, toks[p - 1])
        and is_name_word(doc, toks[p - 2])
        and (
            not _tail_name_word(doc, toks[p - 3])
            or (p - 4 > i and _three_word_start(doc, toks, i, p) == p - 3)
            or (p - 4 == i and _tail_name_word(doc, toks[p - 3]))  # "Director-President A B C"
        )
        and _next_person_after(doc, toks, p)
    )


def _initial_tail(doc: Doc, toks: list[Token], i: int, p: int) -> bool:
    """ "Deputy Minister of Health J. Sobirov and KOICA … Director Choi Min-ho": an initial and
    a surname end the title phrase at p, and another person's title or name follows."""
    return (
        p - 2 > i
        and toks[p - 2].is_initials
        and is_name_word(doc, toks[p - 1])
        and not is_name_word(doc, toks[p - 3])
        and _next_person_after(doc, toks, p)
    )


def _next_person_after(doc: Doc, toks: list[Token], p: int) -> bool:
    """After the "and" or comma at p: the end, or another title, name or honorific."""
    return (
        p + 1 >= len(toks)
        or _title_after(doc, toks, _skip_the(toks, p + 1))
        or (toks[p + 1].text == "by" and toks[p].text == "and")  # "… Li Ming and by the …"
        or is_honorific(doc, toks[p + 1])
        or _lone_name_after(doc, toks, p + 1)  # "… Stanislav Groppa and Olga Cernețchi,"
        or (  # "… Tirkish Jumayev and M. Srinivas"
            toks[p + 1].is_initials and p + 2 < len(toks) and is_name_word(doc, toks[p + 2])
        )
        or (  # "… and Sudanese Federal Minister of Health …"
            _geo.country_of(toks[p + 1].text) is not None
            and p + 2 < len(toks)
            and title_start(doc, toks, p + 2)
        )
        or (  # "… Mikhail Vorontsov and INOR Director Dr. …"
            toks[p + 1].is_acronym and p + 2 < len(toks) and title_start(doc, toks, p + 2)
        )
        or (toks[p].text == "and" and _named_title_after(doc, toks, p + 1))
    )


def _named_title_after(doc: Doc, toks: list[Token], k: int) -> bool:
    """ "… Kaido Tamm and Aarhus University Hospital Hospital Director Mette …", "… and AUH
    Hospital Director …": an institution's name or acronym, its head noun, then a title."""
    headed = toks[k].is_acronym if k < len(toks) else False
    for q in range(k, min(k + 6, len(toks))):
        t = toks[q]
        if headed and q > k and title_start(doc, toks, q):
            return True
        if not t.is_cap:
            return False
        headed = headed or t.text.casefold() in doc.rules.heads
    return False


def _title_after(doc: Doc, toks: list[Token], k: int) -> bool:
    """A title starts at k, or after one or two capitalised words of a field ("Medical
    Director", "Chief Medical Officer")."""
    for q in range(k, min(k + 3, len(toks))):
        if title_start(doc, toks, q):
            return True
        if toks[q].text.casefold() not in doc.rules.org_words:
            return False
    return False


def _lone_name_after(doc: Doc, toks: list[Token], k: int) -> bool:
    """Two or three name words at k and nothing capitalised after them: a second person."""
    j = k
    while j < len(toks) and j - k < 3 and is_name_word(doc, toks[j]):
        j += 1
    return j - k >= 2 and (j == len(toks) or toks[j].text in (",", ".", ";", "(", ")"))


def _three_word_start(doc: Doc, toks: list[Token], i: int, p: int) -> int:
    """Where the name ending at p starts: three words back after a field word ("… and
    Population Khaled Abdel Ghaffar"), else two."""
    if p - 4 == i and _tail_name_word(doc, toks[p - 3]):
        return p - 3  # three words right after the title's word: "Director-President A B C"
    if (
        p - 4 > i
        and _tail_name_word(doc, toks[p - 3])
        and not _tail_name_word(doc, toks[p - 4])
        and (toks[p - 4].text[:1].isupper() or toks[p - 4].text in _QUOTES | {")"})
    ):
        return p - 3  # also after a quoted name: "Center "Shifobakhsh" Rahmonzoda Sulaimon Nazar"
    return p - 2


def _skip_the(toks: list[Token], k: int) -> int:
    while k < len(toks) - 1 and toks[k].text.casefold() in ("the", "a", "an"):
        k += 1
    return k
