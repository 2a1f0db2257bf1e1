"""Who signed: people after "signed by", before the verb, or named by a shared title."""

from __future__ import annotations

import re

from ._counts import RENEWAL_VERBS, SIGN_VERBS
from ._doc import Doc, PersonMention
from ._persons import PersonEntity
from ._sentences import Token


def verb_pos(doc: Doc, s: int) -> int:
    """The signing verb's token, else a renewal verb's ("renewed their agreement")."""
    toks = doc.toks[s]
    low = [t.text.casefold() for t in toks]
    # "put their names to", "affixed their signatures": a verb of several words, at its first
    phrases = [v.split() for v in doc.rules.signing_verbs if " " in v]
    for verbs in (doc.rules.signing_verbs, RENEWAL_VERBS):
        for k, w in enumerate(low):
            if w in verbs or (
                verbs is doc.rules.signing_verbs
                and any(low[k : k + len(p)] == p for p in phrases if p[0] == w)
            ):
                return k
    return len(toks)


def signers_of(doc: Doc, s: int, people: list[PersonEntity]) -> list[int]:
    toks = doc.toks[s]
    low = [t.text.casefold() for t in toks]
    if "by" not in low:
        return []
    k = low.index("by")
    if low[k - 1] in _VISIT_NOUNS:
        return []  # "signed during a working visit by a delegation led by X": X visits
    verb = next((j for j, w in enumerate(low) if w in SIGN_VERBS), None)
    if verb is not None and verb < k and ";" not in low[verb:k]:
        pass  # "was signed on the last day of the conclave, held at X, by A and B"
    elif k == 0 or not any(
        w in ("signed", "to", "put", "concluded") for w in low[max(0, k - 3) : k]
    ):
        return []
    # "… by A and B in the presence of C": C witnessed the signing and signed nothing
    stop = next((j for j in range(k, len(low)) if low[j] in _WITNESS), len(low))
    return [
        m.entity
        for m in doc.person_mentions
        if m.sent == s and k < m.start < stop and m.entity is not None
    ]


_WITNESS = frozenset(["presence", "witnessed", "attended", "witnesses", "observed"])
_VISIT_NOUNS = frozenset(["visit", "trip", "tour", "stay"])
_GROUP = re.compile(
    r"\b[Tt]he\s+(?:two\s+)?([a-z-]+?)s\s+(?:\w+\s+){0,3}?(?:signed|concluded|inked)\b"
    # "… was signed by the two ministers"
    r"|\b(?:signed|concluded|inked)\s+by\s+the\s+(?:two\s+)?([a-z-]+?)s\b"
)


def titled_group(doc: Doc, s: int, people: list[PersonEntity]) -> list[int]:
    """ "the ministers signed a roadmap": the people earlier given that title, when two."""
    m = _GROUP.search(doc.sents[s].text)
    title = (m.group(1) or m.group(2)) if m is not None else None
    if title is None or title not in doc.rules.title_core:
        return []
    seen = {p.entity for p in doc.person_mentions if p.sent <= s and p.entity is not None}
    # "the rectors": the Rector and the "Chairman of the Board – Rector", not a Vice-Rector
    word = re.compile(rf"(?<![\w-]){re.escape(title)}(?![\w-])")
    out = [
        p.idx
        for p in people
        if p.idx in seen and any(word.search((t or "").casefold()) for t, _, _ in p.positions)
    ]
    return out if len(out) == 2 else []


def people_after_with(doc: Doc, s: int) -> list[int]:
    low = [t.text.casefold() for t in doc.toks[s]]
    if "with" not in low:
        return []
    k = low.index("with")
    return [
        m.entity
        for m in doc.person_mentions
        if m.sent == s and m.start > k and m.start - k <= 10 and m.entity is not None
    ]


def people_in(doc: Doc, s: int) -> list[int]:
    """The people the sentence names, but those who only witness the signing ("… were signed
    in the presence of the Minister of Health, A, and the Ambassador, B")."""
    low = [t.text.casefold() for t in doc.toks[s]]
    w = next((j for j, x in enumerate(low) if x in _WITNESS), None)
    v = verb_pos(doc, s)
    # after the signing: to the end; before it: up to the verb
    gone = range(0) if w is None else range(w, len(low)) if w > v else range(w, v)
    return list(
        dict.fromkeys(
            m.entity
            for m in doc.person_mentions
            if m.sent == s and m.entity is not None and m.start not in gone
        )
    )


def subject_person(doc: Doc, s: int) -> list[int]:
    """The people right before the signing verb ("…, Shadmanov signed a roadmap", "Minister
    A and Health Minister Dr. B signed a plan")."""
    v = verb_pos(doc, s)
    found = sorted(
        (m for m in doc.person_mentions if m.sent == s and m.entity is not None),
        key=lambda m: m.start,
    )
    toks = doc.toks[s]
    last = next((m for m in found if m.end == v), None)
    apposed = _apposed(doc, s, found, v) or _name_apposed(toks, found, v) if last is None else None
    last = last or apposed
    if last is None:
        return []
    out = [last.entity]
    before = [m for m in found if m.end < last.start]
    if before and "and" in [t.text for t in toks[before[-1].end : last.start]]:
        clause = [t.text for t in toks[before[-1].end : last.start]]
        if (
            not any(w in (",", ";", ".", "said", "with") for w in clause)
            or _only_list_marks(doc, clause)
            or (apposed is not None and _and_the_title(clause))
            or (apposed is not None and _set_off(toks, before[-1]) and clause[:1] == [","]
                and _and_the_title(clause[1:]))
            or (apposed is not None and _both_titled(doc, clause))
        ):
            out.insert(0, before[-1].entity)
            cur = before[-1]
            for m in reversed(before[:-1]):  # "Professor A, Professor B and Dr. C signed"
                between = [t.text for t in toks[m.end : cur.start]]
                if "and" in between or not _only_list_marks(doc, between):
                    break
                out.insert(0, m.entity)
                cur = m
    return [e for e in out if e is not None]


def _name_apposed(toks: list[Token], found: list[PersonMention], v: int) -> PersonMention | None:
    """ "… and the chairman of the board of X, B, signed": the name set off by commas right
    before the verb, after its title."""
    return next(
        (
            m
            for m in found
            if m.end == v - 1 and m.start > 0 and toks[m.start - 1].text == "," == toks[v - 1].text
        ),
        None,
    )


def _and_the_title(clause: list[str]) -> bool:
    """ "President A and the chairman of the board of X, B, signed": "and" opens the title
    the second signer's name is apposed to."""
    return clause[:2] == ["and", "the"] and not any(
        w in (";", ".", "said", "with") for w in clause
    ) and clause.count(",") == 1


def _set_off(toks: list[Token], m: PersonMention) -> bool:
    """ "The rector of X, A, and the director of Y, B, signed": A is itself set off by commas
    after its title, so the comma after A closes that apposition and opens no new clause."""
    return m.start > 0 and toks[m.start - 1].text == ","


def _both_titled(doc: Doc, clause: list[str]) -> bool:
    """ "Dr A, Director of X, and Dr B, Dean of Y, signed": each name followed by its title
    set off by commas; the first title ends with ", and"."""
    words = [
        w
        for k, w in enumerate(clause)
        if w not in doc.rules.honorifics  # "Prof." as one token or as "Prof" and "."
        and not (w == "." and k > 0 and clause[k - 1].rstrip(".") in doc.rules.honorifics)
    ]
    return (
        words[:1] == [","]
        and words[-2:] == [",", "and"]
        and words.count(",") == 2
        and not any(w in (";", ".", "said", "with") for w in words)
    )


def _only_list_marks(doc: Doc, clause: list[str]) -> bool:
    """Only commas, one "and" and honorifics between two names of a list."""
    words = [w for w in clause if w not in (",", ".") and w not in doc.rules.honorifics]
    return words in ([], ["and"]) and len(clause) <= 4


_NOT_APPOSITION = frozenset([";", "said", "who", "which", "that", "where", "when", "while"])


def _apposed(doc: Doc, s: int, found: list[PersonMention], v: int) -> PersonMention | None:
    """ "A and Dr B, Director of X, signed": the person whose title, set off by commas,
    ends right before the verb."""
    toks = doc.toks[s]
    if v >= len(toks) or v < 2 or toks[v - 1].text != ",":
        return None
    before = [m for m in found if m.end < v - 1]
    if not before:
        return None
    last = before[-1]
    between = [t.text.casefold() for t in toks[last.end : v - 1]]
    if not between or between[0] != "," or len(between) > 20:
        return None
    if any(w in _NOT_APPOSITION or w in doc.rules.signing_verbs for w in between):
        return None
    if any(m.start > last.end for m in found if m.end <= v - 1):
        return None  # "…, A, and the director of Y, B, signed": B's title, not A's
    return last


# "Corresponding Member of the Academy of Sciences": a rank held, not an institution signed for
_MEMBERSHIP = re.compile(r"(?i)^(?:(?:corresponding|full|honorary|foreign)\s+)?member$")


def signer_insts(signers: list[int], people: list[PersonEntity]) -> list[int]:
    out: list[int] = []
    for pid in signers:
        for title, inst, _ in people[pid].positions:
            if title and _MEMBERSHIP.match(title.strip()):
                continue
            if inst is not None and inst not in out:
                out.append(inst)
                break
    return out


# "Academician A, Rector of TMA, signed in Tashkent, while Professor B … signed in Essen"
# (a verb with no object: "signed in Essen", "signed online", "signed.")
_SIGNED_AFTER = re.compile(
    r"(?:\s*,[^,;:]{1,80},)?\s+(?:also\s+)?signed"
    r"(?:\s+(?:in|at|from|for|on\s+behalf|remotely|online|electronically)\b|\s*[,.;])"
)


def clause_signers(doc: Doc, s: int) -> list[int]:
    """The people each the subject of their own "signed" with no object in sentence ``s``,
    when two or more are (a signing told side by side, with no "signed by")."""
    out = list(
        dict.fromkeys(
            m.entity
            for m in doc.person_mentions
            if m.sent == s
            and m.entity is not None
            and _SIGNED_AFTER.match(doc.text, m.char_end, doc.sents[s].end)
        )
    )
    return out if len(out) >= 2 else []


_TWO_PEOPLE = re.compile(r"\bthe\s+two\s+[a-z-]+s\s+(?:\w+\s+)?(?:signed|concluded|inked)\b")


def party_heads(doc: Doc, s: int, parties: list[int], people: list[PersonEntity]) -> list[int]:
    """ "the two officials signed a plan between A and B": the one person named before with
    a position at each party."""
    if not _TWO_PEOPLE.search(doc.sents[s].text) or len(parties) != 2:
        return []
    seen = {m.entity for m in doc.person_mentions if m.sent <= s and m.entity is not None}
    out = []
    for party in parties:
        at = [p.idx for p in people if p.idx in seen and any(i == party for _, i, _ in p.positions)]
        if len(at) != 1:
            return []
        out.append(at[0])
    return out


_BY_THE_TITLE = re.compile(r"\bsigned\s+by\s+(?:[^.;]*?\band\s+)?the\s+([a-z-]+)\b(?!\s+of\b)")


def titled_by(
    doc: Doc, s: int, parties: list[int], people: list[PersonEntity], named: list[int]
) -> list[int]:
    """ "signed by the rector and Lee Jae-won": the one person named before with that title
    at a party of the document (other than the signers ``named``)."""
    found = _BY_THE_TITLE.search(doc.sents[s].text)
    if found is None or found.group(1) not in doc.rules.title_core:
        return []
    word = re.compile(rf"(?<![\w-]){re.escape(found.group(1))}(?![\w-])")
    seen = {m.entity for m in doc.person_mentions if m.sent <= s and m.entity is not None}
    out = [
        p.idx
        for p in people
        if p.idx in seen
        and p.idx not in named
        and any(i in parties and word.search((t or "").casefold()) for t, i, _ in p.positions)
    ]
    return out if len(out) == 1 else []
