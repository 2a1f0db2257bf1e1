"""Institution mentions found around the chunker: an organisation noun before a name ("the
German company «Medi-Tech Systems GmbH»"), its later bare uses, and a faculty named with its
university ("Faculty of Medicine Siriraj Hospital, Mahidol University")."""

from __future__ import annotations

import re

from . import _geo
from ._counts import SIGN_VERBS
from ._doc import Doc, InstMention, is_country_word, is_place
from ._names import is_honorific, is_title_word
from ._sentences import OPEN_QUOTES, Token, closing_quote, is_word


def faculty_of_university(doc: Doc, raw: list[InstMention]) -> None:
    """ "Faculty of Medicine Siriraj Hospital, Mahidol University": a faculty named with its
    university after a comma is one institution with the whole name."""
    for a in list(raw):
        toks = doc.toks[a.sent]
        lead = a.start - 2
        if lead < 0 or toks[a.start - 1].text != "of" or a.end >= len(toks):
            continue
        if toks[lead].text.casefold() not in ("faculty", "school") or not toks[lead].is_cap:
            continue
        if toks[a.end].text != ",":
            continue
        b = next((m for m in raw if m.sent == a.sent and m.start == a.end + 1), None)
        if b is None or b.head is None or doc.rules.heads.get(b.head) != "university":
            continue
        raw.remove(a)
        raw.remove(b)
        merged = _span_mention(doc, a.sent, lead, b.end, a.kind, a.head)
        merged.acronym = b.acronym
        raw.append(merged)


def apposition_mentions(doc: Doc, raw: list[InstMention]) -> None:
    """ "the Egyptian company Nile Medical Engineering", "health technology company M42": a
    capitalised name right after a lower-case organisation noun is that organisation."""
    covered = {(m.sent, k) for m in raw for k in range(m.start, m.end)}
    names: list[list[str]] = []
    for s, toks in enumerate(doc.toks):
        for i, t in enumerate(toks[:-1]):
            kind = doc.rules.apposition_nouns.get(t.text)
            if kind is None:
                continue
            if toks[i + 1].text in OPEN_QUOTES:  # "the German company «Medi-Tech Systems GmbH»"
                _quoted_apposition(doc, s, i + 1, kind, raw, covered)
                continue
            j = i + 1
            while j < len(toks) and (s, j) not in covered and j not in doc.blocked[s]:
                tj = toks[j]
                glued = tj.text.isdigit() and tj.start == toks[j - 1].end
                if not ((tj.is_cap and is_word(tj)) or glued) or is_honorific(doc, tj):
                    break
                # "the charitable organisation Interplast Germany": a country word glued to
                # the name is the brand's (its national branch), a city or a head is not
                national = j > i + 1 and is_country_word(tj.text) and not _geo.is_demonym(tj.text)
                if tj.text.casefold() in doc.rules.heads or (is_place(tj.text) and not national):
                    break
                j += 1
            if j == i + 1 or any((s, k) in covered for k in range(i + 1, j)):
                continue
            j = _legal_form_end(doc, toks, j)
            names.append([x.text for x in toks[i + 1 : j]])
            m = _span_mention(doc, s, i + 1, j, kind)
            m.possessive = j < len(toks) and toks[j].text in ("'s", "’s")
            raw.append(m)
    _repeats(doc, raw, names)


# a registered form after an organisation's name is part of it: "… International e.V."
_LEGAL_FORM = re.compile(r"\s+(?:e\.\s?V\.|g?GmbH\b|Ltd\b\.?|LLC\b|Inc\b\.?|AG\b|gUG\b)")


def _legal_form_end(doc: Doc, toks: list[Token], j: int) -> int:
    lf = _LEGAL_FORM.match(doc.text, toks[j - 1].end)
    if lf is None:
        return j
    while j < len(toks) and toks[j].end <= lf.end():
        j += 1
    return j


def _quoted_apposition(
    doc: Doc, s: int, q: int, kind: str, raw: list[InstMention], covered: set[tuple[int, int]]
) -> None:
    """The quoted name after an organisation noun, without its quotes."""
    toks = doc.toks[s]
    close = closing_quote(toks, q)
    if close is None or close == q + 1 or not toks[q + 1].is_cap:
        return
    if any((s, k) in covered for k in range(q + 1, close)):
        inside = [m for m in raw if m.sent == s and q < m.start and m.end <= close]
        if not inside or any(
            (s, k) in covered and not any(m.start <= k < m.end for m in inside)
            for k in range(q + 1, close)
        ):
            return
        for m in inside:  # "company «Sunrise Pharma Ltd.»": the whole quote, final dot too
            raw.remove(m)
    raw.append(_span_mention(doc, s, q + 1, close, kind))
    covered.update((s, k) for k in range(q, close + 1))


def _span_mention(
    doc: Doc, s: int, a: int, b: int, kind: str, head: str | None = None
) -> InstMention:
    """A mention of the tokens a..b of sentence s, found by a rule other than chunking."""
    toks = doc.toks[s]
    return InstMention(
        sent=s,
        start=a,
        end=b,
        text=doc.span_text(s, a, b),
        char_start=toks[a].start,
        char_end=toks[b - 1].end,
        head=head,
        kind=kind,
    )


def _repeats(doc: Doc, raw: list[InstMention], names: list[list[str]]) -> None:
    """Later bare uses of a name found by apposition ("… Officer of M42")."""
    covered = {(m.sent, k) for m in raw for k in range(m.start, m.end)}
    for s, toks in enumerate(doc.toks):
        texts = [t.text for t in toks]
        for name in names:
            n = len(name)
            for i in range(len(toks) - n + 1):
                if texts[i : i + n] != name or any((s, k) in covered for k in range(i, i + n)):
                    continue
                nxt = toks[i + n] if i + n < len(toks) else None
                if nxt is not None and nxt.is_cap and is_word(nxt) and not is_honorific(doc, nxt):
                    continue
                raw.append(_span_mention(doc, s, i, i + n, "other"))
                covered.update((s, k) for k in range(i, i + n))


# "A, a member of B, has signed …": the words that make B the group A belongs to
_MEMBER_OF = re.compile(
    r",\s+(?:(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:member|subsidiary|division|affiliate|unit|branch|"
    r"part|entity)\s+|part\s+|the\s+(?:[a-z-]+\s+){1,4}?)of\s+(?:the\s+)?$"
)
# B closed by a comma, then the signing: "…, has signed", "…, and C signed"
_SUBJECT_VERB = re.compile(
    r"\s*,\s+(?:(?:has|have|had)\s+(?:also\s+|recently\s+|today\s+)?"
    r"|and\s+[^.;]{3,120}?\s)?(?:signed|signs|concluded|concludes|inked|inks|entered)\b"
)


def member_of_mentions(doc: Doc, raw: list[InstMention]) -> None:
    """ "Sidra Medicine, a member of Qatar Foundation, has signed …": the capitalised words
    that open the sentence and sign name an organisation though no head noun ends them; B
    after "a member of" / "part of" / "a subsidiary of" only describes it."""
    for b in list(raw):
        toks = doc.toks[b.sent]
        if b.start < 4 or not _SUBJECT_VERB.match(doc.text, b.char_end):
            continue
        sent = doc.sents[b.sent]
        before = doc.text[sent.start : b.char_start]
        lead = _MEMBER_OF.search(before)
        if lead is None:
            continue
        comma = sent.start + lead.start()
        end = next((k for k, t in enumerate(toks) if t.start == comma), None)
        if end is None or end == 0 or any(m.sent == b.sent and m.start < end for m in raw):
            continue
        a = 1 if toks[0].text == "The" else 0
        names = toks[a:end]
        if not 1 <= len(names) <= 5 or not all(t.is_cap and is_word(t) for t in names):
            continue
        if any(is_honorific(doc, t) or is_place(t.text) for t in names):
            continue
        if not any(t.text.casefold() in doc.rules.org_words for t in names):
            continue  # "Anna Berg, a member of the Academy, signed": a person
        raw.append(_span_mention(doc, b.sent, a, end, "other"))
        words = [t.text for t in names]
        for m in list(raw):  # a headline's "A and B sign …" read as one name: A alone
            mt = [t.text for t in doc.toks[m.sent][m.start : m.end]]
            if mt[: len(words)] == words and mt[len(words) : len(words) + 1] == ["and"]:
                raw.remove(m)
        _repeats(doc, raw, [words])


_BEFORE_SIGNED = frozenset(["has", "have", "also", "today", "then"])


def signer_mentions(doc: Doc, raw: list[InstMention]) -> None:
    """ "Roche signed a memorandum with X", "JICA has signed an agreement with X": a
    capitalised name of one to three words that opens the sentence and signs with an
    institution is an organisation, though it has no head noun."""
    covered = {(m.sent, k) for m in raw for k in range(m.start, m.end)}
    people = {(p.sent, k) for p in doc.person_mentions for k in range(p.start, p.end)}
    for s, toks in enumerate(doc.toks):
        a = 1 if toks and toks[0].text.casefold() == "the" else 0
        b = a
        while b < len(toks) and b - a < 3 and toks[b].is_cap and is_word(toks[b]):
            b += 1
        v = b
        while v < len(toks) and toks[v].text.casefold() in _BEFORE_SIGNED:
            v += 1
        if b == a or v >= len(toks) or toks[v].text.casefold() not in SIGN_VERBS:
            continue
        span = range(a, b)
        if any((s, k) in covered or (s, k) in people for k in span):
            continue
        if any(
            is_place(toks[k].text) or is_country_word(toks[k].text) or is_title_word(doc, toks[k])
            or is_honorific(doc, toks[k]) or toks[k].text.casefold() in doc.rules.heads
            or toks[k].text in doc.rules.stop_words
            for k in span
        ):
            continue
        with_k = next((k for k in range(v + 1, len(toks)) if toks[k].text == "with"), None)
        if with_k is None or not any(
            m.sent == s and m.start == with_k + 1 + (toks[with_k + 1].text == "the")
            for m in raw
        ):
            continue
        raw.append(_span_mention(doc, s, a, b, "other"))
