"""Position titles next to person mentions, and the institution each title belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import _geo
from ._acronyms import international_acronym
from ._around import (
    POSSESSIVE,
    acronym_opening,
    apposed_title,
    cap_words_before,
    descriptor_length,
    inst_at,
    inst_ending,
    last_inst_before,
    modifiers_before,
    named_before,
    owner_before,
    skip_det,
    unit_parent,
)
from ._chunks import comma_field, title_start
from ._doc import Doc, PersonMention, is_place
from ._generic import (
    demonym_field_generic,
    demonym_generic,
    demonym_ministry,
    described,
    generic,
)
from ._home import own_institution
from ._names import bracketed_honorific, is_honorific
from ._occupations import occupation_titles
from ._possessor import behalf_opening, mention_at
from ._relative import copula_title_at, host_before, title_clause_at, who_heads
from ._sentences import Token
from ._title_context import (
    apposed_before,
    bare_title,
    list_member,
    participle_after_core,
    proper_complement,
)
from ._title_stops import (
    CLAUSE_WORDS,
    DETERMINERS,
    bare_unit,
    core_word,
    field_list,
    generic_at,
    is_generic,
    person_at,
    unbalanced,
)

_PREP = frozenset(["of", "for", "to", "on", "in", "at"])
_STOP = frozenset([";", ".", ":", "–", "—", "(", ")"])


# the ministry of a bare ministerial title: the one ministry the text names, if any
ANY_MINISTRY = ("", None, "")


@dataclass
class TitleHit:
    title: str
    inst: int | None  # institution entity index
    ministry: tuple[str, str | None, str] | None = None  # (field phrase, country code, place)
    start: int = 0
    end: int = 0


def parse_title(doc: Doc, s: int, k: int, stop: int) -> list[TitleHit]:
    """Title phrases from token k up to (not including) token ``stop``, split on "and"."""
    toks = doc.toks[s]
    hits: list[TitleHit] = []
    while k < stop and toks[k].text.casefold() in ("the", "a", "an", "and"):
        k += 1
    start = k
    inst: int | None = None
    the_ministry = False  # "head of … of the Ministry Name": a ministry named elsewhere
    end = k
    while k < stop:
        t = toks[k]
        low = t.text.casefold()
        if low in _PREP and k + 1 < stop:
            j = k + 1
            while j < stop and toks[j].text.casefold() in DETERMINERS:
                j += 1
            m = inst_at(doc, s, j) or inst_at(doc, s, j + descriptor_length(doc, toks, j))
            if m is not None and low in ("of", "at"):
                inst = m.entity
                k = m.end
                unit = unit_parent(doc, s, m)
                if unit is not None:  # "Director of the Neuroscience Institute at HMC"
                    doc.units.add(m.entity)  # type: ignore[arg-type]
                    inst, end = unit
                break
            dem = demonym_generic(doc, s, j) if low in ("of", "at") and j + 1 < stop else None
            if dem is not None:
                inst = dem  # "director of the Belarusian center": that country's centre
                k = j + 2
                break
            field = demonym_field_generic(doc, s, j) if low in ("of", "at") else None
            if field is not None:  # "director of the Turkmen cardiology centre"
                inst, k = field
                break
            described_at = _described_at(doc, s, j, stop) if low in ("of", "at") else None
            if described_at is not None:  # "the director of the regional center, Name"
                inst = described_at
                k = j + 2
                break
            if low == "at" and j > k + 1 and bare_unit(doc, toks, j):
                break  # "coordinator at the faculty": a unit of an institution named before
            if _owned_unit(doc, toks, k, j, stop):
                # "coordinator of the university's exchange programmes": the owner's words
                # belong to the title; whose the university is, the text tells if it can
                inst = generic_at(doc, s, j, stop)
                k = j + 2
                end = k
                continue
            if j > k + 1 and low in ("of", "at") and is_generic(doc, s, j, stop):
                # "Director of the hospital", "President of our hospital": the words name
                # an institution, not the post; the title ends before them
                inst = generic_at(doc, s, j, stop)
                the_ministry = inst is None and toks[j].text.casefold() == "ministry"
                break
            k += 1
            continue
        if t.text == "(" and k == end and core_word(doc, toks[k - 1].text):
            close = next((j for j in range(k, min(stop, k + 8)) if toks[j].text == ")"), None)
            if close is None:
                break
            k = close + 1
            end = k
            continue
        if t.text == "," and comma_field(doc, toks, start, k):
            k += 1  # "Deputy Minister of … Territories, Labour, Health and Social Affairs"
            continue
        if t.text == ",":
            if (
                k + 1 < stop
                and toks[k + 1].text.islower()
                and toks[k - 1].text.islower()
                and (not title_start(doc, toks, k + 1))
                and not toks[k + 1].text.endswith(("ed", "ly"))  # "…, presented the …"
                and toks[k + 1].text not in doc.rules.speech_verbs
                and toks[k + 1].text not in ("also", "then", "too", "who", "which", "and")
                and field_list(toks, k, stop)
            ):
                k += 1
                continue
            break
        if t.text in ("–", "—") and k + 1 < stop and title_start(doc, toks, k + 1):
            k += 1  # "Chairman of the Board – Rector"
            continue
        if t.text == "-" and k + 1 < stop and toks[k - 1].text == "Board" and (
            toks[k + 1].text.casefold() == "rector"
        ):
            k += 1  # "Chairman of the Board - Rector", with a spaced hyphen
            continue
        if t.text == "-":  # a spaced hyphen closes a dash parenthesis: "… Medicine - were"
            break
        if t.text in _STOP or person_at(doc, s, k) or is_honorific(doc, t):
            break
        joint = _joint_title(doc, s, start, k, stop) if low in ("and", "&") else 0
        if joint:
            k += joint + 1  # "President and CEO": one post, as written
            end = k
            continue
        if low in ("and", "&") and k + 1 < stop and title_start(doc, toks, k + 1):
            hits.append(_hit(doc, s, start, end, inst))
            rest = parse_title(doc, s, k + 1, stop)
            if rest and rest[-1].inst is not None:  # "surgeon and head of the programme at X"
                for h in hits:
                    if h.inst is None and h.ministry is None:
                        h.inst = rest[-1].inst
            return hits + rest
        if low in CLAUSE_WORDS or t.text in doc.rules.title_end_verbs:
            break  # "The deputy chair for clinical work spoke about …"
        if participle_after_core(doc, toks, k, start):
            break  # "a cardiovascular surgeon specialising in valve repair"
        k += 1
        end = k
    hit = _hit(doc, s, start, end, inst)
    if the_ministry and hit.ministry is None:
        hit.ministry = ANY_MINISTRY
    hits.append(hit)
    return [h for h in hits if h.title]


# posts written as one with "and" ("President and CEO"), not two titles
_JOINT_TITLES = frozenset(
    [
        "president and ceo",
        "chairman and ceo",
        "chairwoman and ceo",
        "founder and ceo",
        "co-founder and ceo",
        "chairman and managing director",
        "managing director and ceo",
    ]
)


def _described_at(doc: Doc, s: int, j: int, stop: int) -> int | None:
    """ "the regional center" at j (after "the") ending the title: the one institution with
    that head whose name holds the lower-case word."""
    toks = doc.toks[s]
    if j + 1 >= stop or j == 0 or toks[j - 1].text.casefold() != "the":
        return None
    mod, head = toks[j].text, toks[j + 1].text
    if not (mod.isalpha() and mod.islower()) or mod in doc.rules.heads:
        return None
    if not head.islower() or head not in doc.rules.heads or head in doc.rules.subunit_heads:
        return None
    if j + 2 < len(toks) and toks[j + 2].text[:1].isalpha():
        return None  # "the regional center's …", "the regional center for …": more follows
    return described(doc, s, mod, head)


def _joint_title(doc: Doc, s: int, start: int, k: int, stop: int) -> int:
    """How many words after the "and" at k end a joint post begun at ``start`` ("President
    and CEO"); 0 when the words are two titles."""
    toks = doc.toks[s]
    for n in (1, 2):
        words = [t.text.casefold() for t in toks[start : k + n + 1]]
        if k + n <= stop and " ".join("and" if w == "&" else w for w in words) in _JOINT_TITLES:
            return n
    return 0


def _owned_unit(doc: Doc, toks: list[Token], k: int, j: int, stop: int) -> bool:
    """ "of the university's exchange programmes": a bare head noun with a possessive, then a
    lower-case or capitalised word of the unit it owns."""
    return (
        toks[k].text == "of"
        and j > k + 1
        and j + 2 < stop
        and toks[j].text.islower()
        and toks[j].text in doc.rules.heads
        and toks[j + 1].text in ("'s", "’s")
        and toks[j + 2].text[:1].isalpha()
    )


def _hit(doc: Doc, s: int, i: int, j: int, inst: int | None) -> TitleHit:
    if j <= i:
        return TitleHit("", None)
    toks = doc.toks[s]
    while j > i and toks[j - 1].text.casefold() in _PREP | {"the", "and", ","}:
        j -= 1
    text = doc.span_text(s, i, j)
    hit = TitleHit(text, inst, start=i, end=j)
    words = [t.text.casefold() for t in toks[i:j]]
    for size in (3, 2, 1):
        if " ".join(words[:size]) in doc.rules.ministry_titles and (
            toks[i + size - 1].is_cap or _field_follows(doc, toks, i + size, j)
        ):
            _ministry(doc, s, i, j, size, hit)
            break
    return hit


def _field_follows(doc: Doc, toks: list, k: int, j: int) -> bool:
    """ "the vice minister of Health", "the deputy minister of health of X": a lower-case
    title that a field follows."""
    return (
        k + 1 < j
        and toks[k].text in ("of", "for")
        and (toks[k + 1].is_cap or _field_word(doc, toks[k + 1].text))
        and not is_place(toks[k + 1].text)  # "vice minister of China's National Health …"
    )


def _field_word(doc: Doc, word: str) -> bool:
    return word.islower() and word in doc.rules.org_words


def _ministry(doc: Doc, s: int, i: int, j: int, size: int, hit: TitleHit) -> None:
    """ "Vice Minister of Health of the Republic of Kazakhstan" -> ministry of that country."""
    toks = doc.toks[s]
    rest = [t.text for t in toks[i + size : j]]
    if not rest and "health" in [t.text.casefold() for t in toks[i : i + size]]:
        hit.ministry = ("of Health", None, "")  # "Iraqi Health Minister X"
        return
    if not rest:  # "First Deputy Minister Sharipov F.R.": a post at the ministry of the text
        hit.ministry = ANY_MINISTRY
        return
    if len(rest) < 2 or rest[0] not in ("of", "for"):
        return
    lead = toks[i].text.casefold()
    if rest[0] == "for" and (lead.startswith("vice") or lead in ("deputy", "first")):
        # "Deputy Minister for Preventive Medicine": the deputy's portfolio, not a ministry's
        # field; the post is at the ministry the text names
        hit.ministry = ANY_MINISTRY
        return
    if not (rest[1][:1].isupper() or _field_word(doc, rest[1])):
        return
    # field: "of Health [and Social Protection of Population]"; country: the
    # "of <country>" ("… of the Republic of Tajikistan"), the first that names one
    k = len(rest)
    code = None
    for c in range(2, len(rest) - 1):
        if rest[c] == "of" and (code := _geo.country_of(" ".join(rest[c + 1 :]))):
            k = c
            break
    # "Deputy Minister of Health for International Affairs": the post's portfolio, not the
    # ministry's field
    cut = next((c for c in range(2, k) if rest[0] == "of" and rest[c] == "for"), k)
    field_words = rest[1:cut]
    place = " ".join(rest[k + 1 :]) if code else ""
    title_end = i + size + k if code else j
    hit.title = doc.span_text(s, i, title_end)
    field = " ".join(w.capitalize() if _field_word(doc, w) else w for w in field_words)
    field = field.replace(" , ", ", ")  # "… Territories, Labour, Health and …" as written
    hit.ministry = ("of " + field, code, place)


def titles_for(doc: Doc, p: PersonMention) -> list[TitleHit]:
    """Titles written next to a person mention: "Name, Title of X" or "X's Title Name"."""
    toks = doc.toks[p.sent]
    n = len(toks)
    hits: list[TitleHit] = []
    if (
        p.end < n
        and toks[p.end].text == ","
        and p.end + 1 < n
        and apposed_title(doc, toks, skip_det(toks, p.end + 1))
    ):
        stop = _clause_end(doc, p.sent, p.end + 1)
        raw = stop
        while raw < n and toks[raw].text == ",":
            raw += 1
        starts_person = raw < n and (person_at(doc, p.sent, raw) or is_honorific(doc, toks[raw]))
        glued = starts_person and toks[raw - 1].text.casefold() not in (",", "and", "by")
        if glued:  # "Name, head of X, and cardiac surgeon Name2": the title before the "and"
            stop = next(
                (
                    k
                    for k in range(raw - 2, p.end + 1, -1)
                    if toks[k].text in (",", "and") and not toks[k + 1].is_cap
                ),
                p.end,
            )
            while stop > p.end and toks[stop - 1].text == ",":
                stop -= 1
        # "the Rector of X, Professor A, the Director of Y, Professor B": titles that come
        # before their names, so the one after A's comma is B's
        ahead = starts_person and not glued and toks[raw - 1].text == ","
        if stop > p.end + 1 and not (ahead and _title_before(doc, p)):
            hits += parse_title(doc, p.sent, p.end + 1, stop)
    hits += _bracketed_title(doc, p)
    owned = _owned_title_at(doc, p)
    if owned is not None:
        hits += owned
    hits += _country_title_at(doc, p)
    if p.cue == "headed-by" and (m := inst_ending(doc, p.sent, p.start - 3)) is not None:
        hits.append(TitleHit("head", m.entity))  # "The Cancer Centre, headed by Name,"
    hits += [TitleHit(t, i) for t, i in who_heads(doc, p)]
    clause = title_clause_at(doc, p.sent, p.end)
    if clause is not None:  # "Name, who also serves as Director General of X"
        hits += parse_title(doc, p.sent, clause, _clause_end(doc, p.sent, clause))
    copula = copula_title_at(doc, p.sent, p.end)
    if copula is not None:  # "Name is Rector of X"
        hits += parse_title(doc, p.sent, copula, _clause_end(doc, p.sent, copula))
    before = _title_before(doc, p)
    if before:
        hits += before
    if not hits:  # "Name, Professor of Cardiology", "the endocrinologist Dr. Name"
        hits = [TitleHit(t, i) for t, i in occupation_titles(doc, p)]
    return hits


def _bracketed_title(doc: Doc, p: PersonMention) -> list[TitleHit]:
    """ "Professor Anna Berg (Head of the Department of Neurology)": a title in brackets
    right after the name is the person's, as an apposition is."""
    toks = doc.toks[p.sent]
    k = p.end + 1
    if p.end >= len(toks) or toks[p.end].text != "(" or not title_start(doc, toks, k):
        return []
    close = next((j for j in range(k, min(len(toks), k + 16)) if toks[j].text == ")"), None)
    return parse_title(doc, p.sent, k, close) if close is not None else []


def _owned_title_at(doc: Doc, p: PersonMention) -> list[TitleHit] | None:
    """ "Dr. Aylin Kaya, TÜSEB's head of international relations", "Name, World Bank Country
    Manager for X": the title of the institution named (with or without a possessive) right
    after the comma."""
    toks = doc.toks[p.sent]
    n = len(toks)
    if p.end + 1 >= n or toks[p.end].text != ",":
        return None
    m = inst_at(doc, p.sent, skip_det(toks, p.end + 1))
    if m is None:
        return _generic_owner_title(doc, p)
    if m.end + 1 >= n:
        return None
    k = m.end + 1 if toks[m.end].text in ("'s", "’s") else m.end
    if not title_start(doc, toks, k):
        return None
    stop = _clause_end(doc, p.sent, k)
    if k == m.end and (m.start != p.end + 1 or _person_within(doc, p.sent, k, stop + 2)):
        return None  # "A, KOFIH President B", "A, the KSMA rector, B": B's title
    hits = parse_title(doc, p.sent, k, stop)
    for h in hits:
        h.inst = m.entity if h.inst is None else h.inst
    return hits


def _generic_owner_title(doc: Doc, p: PersonMention) -> list[TitleHit] | None:
    """ "Name, the academy's rector": a title after "the <head noun>'s", set off by a comma
    after the name, is at the one institution of the text with that head noun."""
    toks = doc.toks[p.sent]
    j = p.end + 1
    if j >= len(toks) or toks[j].text.casefold() != "the":
        return None
    j += 1
    if j + 2 >= len(toks) or toks[j + 1].text not in ("'s", "’s") or not toks[j].text.islower():
        return None
    owner = generic(doc, toks[j].text)
    if owner is None or not title_start(doc, toks, j + 2):
        return None
    hits = parse_title(doc, p.sent, j + 2, _clause_end(doc, p.sent, j + 2))
    for h in hits:
        h.inst = owner if h.inst is None else h.inst
    return hits


def _person_within(doc: Doc, s: int, a: int, b: int) -> bool:
    return any(q.sent == s and a <= q.start < b for q in doc.person_mentions)


_MINISTER_OF = re.compile(r"(?i)\bminister\s+(of\s+.+?)(?:\s+for\s+.*)?$")


def _country_title_at(doc: Doc, p: PersonMention) -> list[TitleHit]:
    """ "Bahodir Yusupaliyev, Uzbekistan's deputy minister of health": a minister's title
    owned by a country is a post at that country's ministry."""
    toks = doc.toks[p.sent]
    k = skip_det(toks, p.end + 1)
    if p.end >= len(toks) or toks[p.end].text != "," or k + 2 >= len(toks):
        return []
    if toks[k + 1].text not in ("'s", "’s") or not title_start(doc, toks, k + 2):
        return []
    code = _geo.country_of(toks[k].text)
    if code is None:
        return []
    hits = parse_title(doc, p.sent, k + 2, _clause_end(doc, p.sent, k + 2))
    for h in hits:
        field = _MINISTER_OF.search(h.title)
        if h.inst is None and field:  # "of Health for International Affairs": of Health
            h.ministry = (field.group(1), code, toks[k].text)
    return [h for h in hits if h.ministry is not None]


def _clause_end(doc: Doc, s: int, k: int) -> int:
    toks = doc.toks[s]
    n = len(toks)
    while k < n:
        if toks[k].text in (";", ".") or person_at(doc, s, k) or is_honorific(doc, toks[k]):
            break
        k += 1
    while k > 0 and toks[k - 1].text in (",",):
        k -= 1
    return k


def _degree_before(toks: list[Token], e: int) -> int:
    """ "Director of X, Doctor of Medical Sciences, Professor Name", "the Director General,
    Academician of the Russian Academy of Sciences Name": the academic degree or rank between
    a title and its holder is skipped (with its comma)."""
    end = e - 1 if e > 0 and toks[e - 1].text == "," else e
    for k in range(max(0, end - 8), end - 2):
        words = [t.text for t in toks[k:end]]
        if words[0] in _DEGREES and words[1] == "of" and words[-1] == "Sciences":
            return k
    return e


_DEGREES = frozenset(["Doctor", "Candidate", "Academician"])


def _title_before(doc: Doc, p: PersonMention) -> list[TitleHit]:
    toks = doc.toks[p.sent]
    e = p.start
    while e > 0 and (
        is_honorific(doc, toks[e - 1])
        or toks[e - 1].text == "."
        # "Dato' Dr. Nazirah Hasnan": the apostrophe is the honorific's own
        or (toks[e - 1].text in ("'", "’") and e > 1 and is_honorific(doc, toks[e - 2]))
        or _bracket_before(doc, toks, e) > 0  # "Dr. (Mrs.) Ada Obi"
        # "Associate Professor", "Assoc. Prof. Dr."
        or (toks[e - 1].text in _RANKS and (is_honorific(doc, toks[e]) or toks[e].text == "."))
    ):
        e -= _bracket_before(doc, toks, e) or 1
    e = _degree_before(toks, e)
    if e > 0 and toks[e - 1].text.casefold() in ("and", "&"):
        return []  # "signed by the rector and Lee Jae-won": the title is the other signer's
    comma = e > 0 and toks[e - 1].text == ","
    if comma:
        e -= 1
    inside = {j for m in doc.inst_mentions if m.sent == p.sent for j in range(m.start + 1, m.end)}
    for k in range(max(0, e - _REACH), e):
        if k in inside or not title_start(doc, toks, k):
            continue  # "Sejong General Hospital President Lee": "General" is the hospital's
        k = modifiers_before(toks, k)
        if (
            comma
            and not toks[k].text[:1].isupper()
            and (k == 0 or toks[k - 1].text.casefold() not in (*POSSESSIVE, "the"))
            and inst_ending(doc, p.sent, k) is None  # "the NSMC chairman of the board, Name"
        ):
            continue
        stops = (j for j in range(k, e) if toks[j].text in (",", ";", ".") and j not in inside)
        stops = (j for j in stops if toks[j].text != "," or not comma_field(doc, toks, k, j))
        if next(stops, None) is not None or unbalanced(toks[k:e]) or any(
            person_at(doc, p.sent, j) for j in range(k, e)  # a comma of a name is no stop:
        ):  # "Director of the Center of Surgery, Transplantology and Hematology Name"
            continue
        if any(t.text in doc.rules.title_end_verbs for t in toks[k:e]):
            continue  # "The minister received the Ambassador of X Name": the nearer title
        if comma and apposed_before(doc, p.sent, k):
            continue  # "A, Vice-Rector, B, Dean of X": the title between is A's apposition
        k = cap_words_before(doc, toks, k)
        if k > 0 and toks[k].text.casefold() in _ENVOYS and _geo.is_demonym(toks[k - 1].text):
            k -= 1  # "the Irish Ambassador to Nigeria": the envoy's title as written
        hits = parse_title(doc, p.sent, k, e)
        if not hits:
            continue
        if k > 0 and toks[k - 1].text.casefold() == "our":  # the release's own institution
            for h in hits:
                h.inst = h.inst if h.inst is not None else own_institution(doc)
        if k > 0 and toks[k - 1].text.casefold() in ("its", "their", "whose"):
            # "a delegation of X headed by its rector"; "…; and the Kyrgyz academy by its
            # Vice-Rector": the "the <demonym> <head>" just before the "by"
            gapped = k > 3 and toks[k - 2].text == "by" and toks[k - 4].text[:1].isupper()
            owner = demonym_generic(doc, p.sent, k - 4) if gapped else None
            behalf = behalf_opening(doc, p.sent, toks[k - 1].start) if owner is None else None
            if behalf is not None:  # "On behalf of X the agreement with Y was signed by its
                # rector": X's
                owner = mention_at(doc, p.sent, doc.sents[p.sent].start + behalf.end())
            owner = owner if owner is not None else last_inst_before(doc, p.sent, k)
            for h in hits:
                h.inst = h.inst if h.inst is not None else owner
        if k > 1 and toks[k - 1].text == "by" and toks[k - 2].text in ("headed", "led"):
            # "a delegation of X headed by Rector Name": the rector of the X named right before
            led_m = inst_ending(doc, p.sent, k - 2 - (toks[k - 3].text == ","))
            led = led_m.entity if led_m is not None else None
            for h in hits:
                h.inst = h.inst if h.inst is not None or h.ministry is not None else led
        owner = owner_before(doc, p.sent, k)
        if owner is None and k > 0 and any(_GOVERNMENT_POST.search(h.title) for h in hits):
            owner = demonym_ministry(doc, toks[k - 1].text)  # "Hungarian State Secretary X"
        if owner is None and any(_GOVERNMENT_POST.search(h.title) for h in hits):
            side = _SIDE.match(doc.sents[p.sent].text)  # "For the Hungarian side … by Minister X"
            owner = demonym_ministry(doc, side.group(1)) if side else None
        end_m = inst_ending(doc, p.sent, k)  # "the WHO Representative": the acronym alone
        bare = end_m is not None and end_m.end - end_m.start == 1
        bare = bare and international_acronym(doc, toks[k - 1].text)
        ending = not bare and (end_m is not None or named_before(doc, p.sent, k) is not None)
        opening = not ending and acronym_opening(doc, p.sent, k) is not None
        for h in hits if owner is not None and opening else []:
            h.title = f"{toks[k - 1].text} {h.title}"  # as written: "WHO Representative in X"
        if owner is not None and (toks[k - 1].text in ("'s", "’s") or ending or opening):
            for h in hits:  # "The hospital's chief physician, Dr. X"
                h.inst = h.inst if h.inst is not None else owner
        if (
            comma
            and not toks[k].text[:1].isupper()
            and any(_unowned(h) and not proper_complement(h.title) for h in hits)
            # "the group's director of X, Name": a possessive whose owner is known
            and not (owner is not None and toks[k - 1].text in ("'s", "’s"))
            and not list_member(toks, k)
            and not all(
                bare_title(doc, p.sent, h.title) for h in hits
            )  # "by the chief physician, X"
        ):
            continue  # "Thanking the rector for the reception, Kim …" is no apposition
        owner = owner if owner is not None else _from_by(doc, p.sent, k)
        owner = owner if owner is not None else host_before(doc, p.sent, k)
        for h in hits:
            if h.inst is None and owner is not None:
                h.inst = owner
        return hits
    return []


def _bracket_before(doc: Doc, toks: list[Token], e: int) -> int:
    """How many tokens an honorific in brackets ending just before e spans ("(Mrs.)")."""
    return next(
        (n for n in (3, 4) if e >= n and bracketed_honorific(doc, toks, e - n) == n), 0
    )


# "…, from the Chinese university by Vice-President Name": the side a clause signs for
_FROM_BY = re.compile(
    r"(?:^|[,;]\s+(?:and\s+)?)(?:[Ff]rom|[Ff]or)\s+(?:the\s+)?(?P<x>[A-Z][^,;]{0,80}?)\s+"
    r"(?:(?:it|they|the\s+\w+)\s+(?:was|were)\s+signed\s+)?by\s+(?:the\s+)?$"
)


def _from_by(doc: Doc, s: int, k: int) -> int | None:
    """The institution "from X (it was signed) by" names just before the title at k."""
    toks = doc.toks[s]
    start = doc.sents[s].start
    fb = _FROM_BY.search(doc.text[start : toks[k].start])
    if fb is None:
        return None
    at = start + fb.start("x")
    j = next((q for q, t in enumerate(toks) if t.start == at), None)
    if j is None:
        return None
    m = inst_at(doc, s, j)
    return m.entity if m is not None else demonym_generic(doc, s, j)


_ENVOYS = frozenset(["ambassador", "consul", "consul-general", "envoy", "chargé", "charge"])
_GOVERNMENT_POST = re.compile(r"(?i)\b(?:minister|secretary)\b")
_SIDE = re.compile(r"(?:For|From|On)\s+the\s+([A-Z][a-z]+)\s+side\b")
_RANKS = frozenset(["Associate", "Assistant", "Assoc", "Asst"])
# how far before a name its title may start: "the director of the Republican Specialized
# Scientific-Practical Medical Center of Surgery named after Academician V. Vakhidov, Name"
_REACH = 20


def _unowned(h: TitleHit) -> bool:
    return h.inst is None and h.ministry is None
