"""An institution's country, only when the text makes it plain."""

from __future__ import annotations

import re

from . import _geo
from ._doc import Doc, InstMention, words
from ._entities import InstEntity
from ._lists import paired_country

_AFTER = re.compile(
    r"^\s*(?:\(|,\s*(?:a|an|the)?\s*(?:[\w-]+\s+){0,7}?(?:of|in)\s+|\s+in\s+|\s+of\s+"
    r"|\s+from\s+|,\s*)"
    r"(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})"
)
_ACRONYM_AFTER = re.compile(
    r"^\s*\((?=(?:[a-z&.-]*[A-Z]){2})[A-Z][\w&.-]{1,14}(?:\s[A-Z][\w&.-]{1,14})?\)"
)
_PARENT_MINISTRY = re.compile(
    r"^\s*[»”\"]?\s*(?:of|under)\s+the\s+Ministry\s+of\s+[\w\s,]+?\s+of\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,2})"
)
_DESCRIBED = re.compile(
    r"^\s*,\s*(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}(?P<dem>[A-Z][a-z]+)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}(?:hospital|university|centre|center|clinic|institute|school|"
    r"company|agency|foundation|college|academy|ministry|regulator|operator|group)\b"
)
# a character of the same sentence: no stop, but the dot of an initial ("A. Khudayarov")
_IN_SENT = r"(?:[^.;:]|(?<=\b[A-Z])\.)"
_MEMBER_OF = re.compile(
    r"\b([A-Z][a-z]+)\s+delegation\b" + _IN_SENT + r"*?\b(?:included|includes|including|"
    r"consisted\s+of|consisting\s+of|comprised|comprising|headed\s+by|led\s+by)\b"
    r"(?:(?!\b(?:visited|met|toured|arrived|held|signed|went)\b)" + _IN_SENT + r")*$"
)
_NOT_APPOSITION = re.compile(
    r"\b(?:by|signed|which|who|whose|with|headed|led|and|where|while|to)\b", re.IGNORECASE
)
_POSSESSIVE = re.compile(r"^(?:'s|’s)\b")


_IN_CITY_COUNTRY = re.compile(
    r"^\s*,?\s+in\s+(?:[A-Z][\w'’-]*\s+(?:[a-z]{1,3}\s+)?){0,2}[A-Z][\w'’-]*,\s+"
    r"(?:the\s+)?(?P<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\b"
)


def _demonym_subject(place: str, rest: str) -> bool:
    """The place read after a comma is a demonym before a lower-case noun ("the Uzbek
    guests"): people of that country, not where the institution is."""
    first = place.split()[0]
    return _geo.is_demonym(first) and len(place.split()) == 1 and rest.lstrip()[:1].islower()


def _possessive(place: str, rest: str) -> bool:
    """ ", Türkiye's Ege University": the country owns the next name (but "X, Ghana's largest
    hospital" says where X is)."""
    m = re.search(r"(?:'s|’s)\b", place)
    if m is not None:
        return bool(place[m.end() :].strip())
    m = _POSSESSIVE.match(rest)
    return m is not None and rest[m.end() :].strip()[:1].isupper()


_GROUP_FROM = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\s+(?:from|of)\s+(?:the\s+)?$"
)
_DEMONYM_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+([A-Z][a-z]+)\s+(?:(?:state\s+|private\s+)?(?:company|firm|manufacturer|"
    r"operator|provider|enterprise|supplier|producer))?\s*[«“\"]?$"
)
_APPOSED_LIST = re.compile(
    r"(?:institutions|clinics|universities|hospitals|centres|centers|partners|organi[sz]ations)"
    r",\s+(?:(?:the\s+)?[^–—,;]+\s+and\s+)?(?:the\s+)?$"
)
_LIST_ITEM = re.compile(r"^\s*[–—•*-]\s*")
_COPULA = re.compile(
    r"\b(?:is|was|are)\b[^.;]*?\bin\s+(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
)


def _place_code(place: str, text_codes: set[str]) -> str | None:
    """Country of a place phrase: a country name, or a city whose country the text names."""
    words = place.split()
    for size in range(len(words), 0, -1):
        cand = " ".join(words[:size])
        code = _geo.country_of(cand)
        if code:
            return code
    for size in range(len(words), 0, -1):
        code = _geo.city_country(" ".join(words[:size]))
        if code and code in text_codes:
            return code
    return None


def text_countries(doc: Doc) -> set[str]:
    return _geo.countries_in(doc.text)


def _in_name(doc: Doc, name: str) -> str | None:
    name = re.split(r"\bnamed after\b", name)[0]
    low = name.casefold()
    for region, code in doc.rules.regions.items():  # "Inner Mongolia Medical University"
        if re.search(rf"\b{re.escape(region)}\b", low):
            return code
    rx = _geo.country_regex()
    if rx is not None:
        m = rx.search(name)
        if m:
            return _geo.country_of(m.group(1))
    return None


def _context(doc: Doc, m: InstMention, text_codes: set[str]) -> str | None:
    after = doc.text[m.char_end : m.char_end + 80].split("\n")[0]
    # a bracketed acronym sits between a name and what is said of it: "X (TashPMI), Uzbekistan"
    after = _ACRONYM_AFTER.sub("", after, count=1)
    paren = re.match(r"^\s*[»”\"]?\s*\(([^()]{2,60})\)", after)
    if paren:  # "(St. Petersburg, Russia)", "(Baku, Azerbaijan)", "(Astrakhan)"
        parts = [p.strip() for p in paren.group(1).split(",")]
        for part in reversed(parts):
            code = _geo.country_of(part)
            if code:
                return code
        code = _geo.city_country(parts[0]) if len(parts) == 1 else None
        if code and code in text_codes:  # a city alone in brackets names where it is
            return code
    described = _DESCRIBED.match(after)  # "X, a Korean heart specialty hospital in …"
    if described and (code := _geo.country_of(described.group("dem"))):
        return code
    parent = _PARENT_MINISTRY.match(after)
    if parent and (code := _place_code(parent.group("place"), text_codes)):
        return code  # "X of the Ministry of Health of the Russian Federation"
    located = _IN_CITY_COUNTRY.match(after)  # "X in Dar es Salaam, Tanzania"
    if located and (code := _geo.country_of(located.group("country"))):
        return code
    hit = _AFTER.match(after)
    bare = hit is not None and re.fullmatch(r"\s*,\s*(?:the\s+)?", after[: hit.start("place")])
    if hit and bare and _demonym_subject(hit.group("place"), after[hit.end() :]):
        hit = None  # "At X, the Uzbek guests were received": who, not where
    clause = hit.group()[: hit.start("place") - hit.start()] if hit else ""
    if _NOT_APPOSITION.search(clause):  # ", signed by the rector of X": X is someone else's
        hit = None
    if hit and any(w.casefold() in doc.rules.heads for w in hit.group("place").split()):
        hit = None  # "A, the Ankara City Hospital and …": the next name of a list, no place
    if hit and not _possessive(hit.group("place"), after[hit.end() :]):
        code = _place_code(hit.group("place"), text_codes)
        if code:
            return code
    before = doc.text[max(0, m.char_start - 40) : m.char_start]
    pm = re.search(
        r"([A-Z][\w]+(?:\s+[A-Z]\w+)?)(?:'s|’s|-based(?:\s+[a-z]+){0,4})\s+(?:the\s+)?$", before
    )
    if pm:
        code = _place_code(pm.group(1), text_codes)
        if code:
            return code
    sent = doc.sents[m.sent]
    member = _MEMBER_OF.search(doc.text[sent.start : m.char_start])
    if member and (code := _geo.country_of(member.group(1))):
        return code  # "The Uzbek delegation, which included the rector of the X"
    gm = _GROUP_FROM.search(before)
    if gm and (code := _geo.country_of(gm.group(1))):  # "Uzbek surgeons from the X"
        return code
    dm = _DEMONYM_BEFORE.search(before)
    if dm and _geo.country_of(dm.group(1)):  # "the Egyptian company Nile Medical Engineering"
        return _geo.country_of(dm.group(1))
    sent = doc.sents[m.sent]
    if m.char_start - sent.start <= 4:
        cm = _COPULA.search(doc.text[m.char_end : sent.end])
        if cm:
            return _place_code(cm.group("place"), text_codes)
    return None


def _list_context(doc: Doc, m: InstMention) -> str | None:
    """Items of a list introduced by "Russian partners …:" or "… from Vietnam: the A, the B"."""
    sent = doc.sents[m.sent]
    head = doc.text[sent.start : m.char_start]
    if ":" in head:
        intro = head.rsplit(":", 1)[0]
        return paired_country(doc, m, intro) or _intro_country(intro)
    apposed = _APPOSED_LIST.search(head)
    if apposed:  # "two leading Belarusian institutions, the A and the B"
        return _intro_country(" ".join(head[: apposed.start()].split()[-3:]))
    dash = re.search(
        r"\s[–—]\s+(?:(?:the\s+)?[^–—,;]+,\s+|(?:the\s+)?[^–—,;]+\s+and\s+)*(?:the\s+)?$", head
    )
    if dash:  # "in the leading Kyrgyz clinics – the A and the B"
        return _intro_country(head[: dash.start()])
    line = doc.lines[sent.line] if sent.line < len(doc.lines) else ""
    if not _LIST_ITEM.match(line):
        return None
    for li in range(sent.line - 1, -1, -1):
        prev = doc.lines[li]
        if _LIST_ITEM.match(prev):
            continue
        return _intro_country(prev) if prev.rstrip().endswith(":") else None
    return None


_NEAR_INTRO = re.compile(r"\b([A-Z][\w-]+)\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\s*[:,–—-]?\s*$")


def _intro_country(intro: str) -> str | None:
    rx = _geo.country_regex()
    if rx is None:
        return None
    tail = re.split(r"[.;]", intro)[-1]
    near = _NEAR_INTRO.search(tail)  # "… and the following Uzbek institutions:"
    if near and (code := _geo.country_of(near.group(1))):
        return code
    codes = [c for x in rx.finditer(tail) if (c := _geo.country_of(x.group(1)))]
    return codes[-1] if len(set(codes)) == 1 else None


def assign_countries(doc: Doc, entities: list[InstEntity]) -> None:
    codes = text_countries(doc)
    for e in entities:
        if e.country:
            continue
        e.country = next((c for n in e.names if (c := _in_name(doc, n))), None)
        if e.country:
            continue
        for m in sorted(e.mentions, key=lambda m: (m.sent, m.start)):
            e.country = _context(doc, m, codes) or _list_context(doc, m)
            if e.country:
                break
    _demonym_references(doc, entities)
    _parent_country(entities)
    _group_demonym(doc, entities)
    for e in entities:
        if e.country is None and not e.synthetic:
            e.country = next((c for n in e.names if (c := _city_in_name(n, codes))), None)


_GIVEN_NAMES = {"mary", "sofia", "victoria", "florence", "jena"}
_CITY_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞİŁŞ][\w'’-]*")


def _city_in_name(name: str, codes: set[str]) -> str | None:
    """ "Tashkent Medical Academy", "Heinrich Heine University Düsseldorf": a city in the name
    places the institution, as the annotated reports do (not a saint's or queen's name)."""
    name = re.split(r"\bnamed after\b", name)[0]
    found = [(m.start(), m.group()) for m in _CITY_WORD.finditer(name)]
    for i, (at, word) in enumerate(found):
        before = name[max(0, at - 7) : at].casefold()
        if word.casefold() in _GIVEN_NAMES or re.search(r"(?:st\.?|saint|queen|king)\s+$", before):
            continue
        for size in (3, 2, 1):
            if i + size > len(found):
                continue
            cand = name[at : found[i + size - 1][0] + len(found[i + size - 1][1])]
            code = _geo.city_country(cand)
            if code and code in codes:
                return code
    return None


_REFERENCE = re.compile(r"\bthe\s+([A-Z][a-z]+)\s+([a-z]+)\b")


def _demonym_references(doc: Doc, entities: list[InstEntity]) -> None:
    """ "… signed with B. The director of the Belarusian centre and the director of the Uzbek
    centre …": institutions of unknown country named just before, taken in order by the
    references to them by country and head noun."""
    for s, sent in enumerate(doc.sents):
        refs = [
            (code, head)
            for m in _REFERENCE.finditer(sent.text)
            if (head := m.group(2)) in doc.rules.heads
            and _geo.is_demonym(m.group(1))
            and (code := _geo.country_of(m.group(1)))
        ]
        if not refs or len({c for c, _ in refs}) != len(refs):
            continue
        near = sorted(
            {
                (min((x.sent, x.start) for x in e.mentions), e.idx)
                for e in entities
                for m in e.mentions
                if s - 1 <= m.sent <= s
            }
        )
        for code, head in refs:
            same = [k for _, k in near if head in words(entities[k].name)]
            if any(entities[k].country == code for k in same):
                continue
            cands = [k for k in same if entities[k].country is None]
            if len(cands) == 1:
                entities[cands[0]].country = code
            elif len(cands) == len(refs):
                for (c, _), k in zip(refs, cands, strict=True):
                    entities[k].country = entities[k].country or c
                break


def _parent_country(entities: list[InstEntity]) -> None:
    """ "University Clinical Centre of the Medical University of Warsaw": a unit named as
    part of another institution is in that institution's country."""
    for e in entities:
        if e.country:
            continue
        low = e.name.casefold()
        for o in entities:
            if o is not e and o.country and f" of the {o.name.casefold()}" in low:
                e.country = o.country
                break


_GROUP_OF = re.compile(r"\b([A-Z][a-z]+)\s+(?:side|partners?|hosts|delegation|guests|colleagues)\b")


def _group_demonym(doc: Doc, entities: list[InstEntity]) -> None:
    """ "the Korean colleagues", "the Armenian hosts": the text's one group of a country no
    institution is placed in belongs to its one institution of unknown country."""
    found = _unplaced_groups(doc, entities)
    unknown = [e for e in entities if e.country is None and not e.synthetic]
    if len({c for _, c in found}) != 1 or not unknown:
        return
    if len(unknown) == 1:
        unknown[0].country = found[0][1]
        return
    for at, code in found:  # "At X the delegation was received … The Armenian hosts …"
        s = next(k for k, sent in enumerate(doc.sents) if sent.start <= at < sent.end + 1)
        if not re.fullmatch(r"\s*(?:The|the)\s+", doc.text[doc.sents[s].start : at]):
            continue  # only the group that opens a sentence refers back to the one before
        near = [e for e in unknown if any(s - 1 <= m.sent <= s for m in e.mentions)]
        if len(near) == 1:
            near[0].country = code
            return


def _unplaced_groups(doc: Doc, entities: list[InstEntity]) -> list[tuple[int, str]]:
    """(offset, code) of each group named by a demonym ("the Russian side") of a country
    no institution is placed in."""
    placed = {e.country for e in entities if e.country}
    return [
        (m.start(), c)
        for m in _GROUP_OF.finditer(doc.text)
        if _geo.is_demonym(m.group(1))
        and (c := _geo.country_of(m.group(1))) is not None
        and c not in placed
    ]


def partner_countries(doc: Doc, entities: list[InstEntity], parties: list[list[int]]) -> None:
    """ "… concludes three memorandums with Russian partners": when the text's groups name
    one country no institution is placed in, the partners of unknown country in agreements
    with a placed institution of another country are that country's."""
    codes = {c for _, c in _unplaced_groups(doc, entities)}
    if len(codes) != 1:
        return
    code = codes.pop()
    for group in parties:
        known = {entities[p].country for p in group if entities[p].country}
        unknown = [p for p in group if entities[p].country is None and not entities[p].synthetic]
        if known and code not in known and unknown:
            for p in unknown:
                entities[p].country = code
