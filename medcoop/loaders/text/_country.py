"""An institution's country, only when the text makes it plain."""

from __future__ import annotations

import re

from . import _geo
from ._doc import Doc, InstMention
from ._entities import InstEntity

_AFTER = re.compile(
    r"^\s*(?:\(|,\s*(?:a|an|the)?\s*(?:[\w-]+\s+){0,5}?(?:of|in)\s+|\s+in\s+|\s+of\s+"
    r"|\s+from\s+|,\s*)"
    r"(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})"
)
_DEMONYM_BEFORE = re.compile(
    r"\b(?:the|an?)\s+([A-Z][a-z]+)\s+(?:company|firm|manufacturer|operator|provider)?\s*$"
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


def _in_name(name: str, text_codes: set[str]) -> str | None:
    name = re.split(r"\bnamed after\b", name)[0]
    rx = _geo.country_regex()
    if rx is not None:
        m = rx.search(name)
        if m:
            return _geo.country_of(m.group(1))
    caps = re.findall(r"[A-Z][\w'-]+", name)
    for w in [" ".join(caps[k : k + 2]) for k in range(len(caps) - 1)] + caps:
        code = _geo.city_country(w)
        if code and code in text_codes:
            return code
    return None


def _context(doc: Doc, m: InstMention, text_codes: set[str]) -> str | None:
    after = doc.text[m.char_end : m.char_end + 80].split("\n")[0]
    paren = re.match(r"^\s*[»”\"]?\s*\(([^()]{2,60})\)", after)
    if paren:  # "(St. Petersburg, Russia)", "(Baku, Azerbaijan)"
        for part in reversed(paren.group(1).split(",")):
            code = _geo.country_of(part.strip())
            if code:
                return code
    hit = _AFTER.match(after)
    if hit:
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
        return _intro_country(intro)
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


def _intro_country(intro: str) -> str | None:
    rx = _geo.country_regex()
    if rx is None:
        return None
    tail = re.split(r"[.;]", intro)[-1]
    codes = [c for x in rx.finditer(tail) if (c := _geo.country_of(x.group(1)))]
    return codes[-1] if len(set(codes)) == 1 else None


def assign_countries(doc: Doc, entities: list[InstEntity]) -> None:
    codes = text_countries(doc)
    for e in entities:
        if e.country:
            continue
        e.country = next((c for n in e.names if (c := _in_name(n, codes))), None)
        if e.country:
            continue
        for m in sorted(e.mentions, key=lambda m: (m.sent, m.start)):
            e.country = _context(doc, m, codes) or _list_context(doc, m)
            if e.country:
                break
