"""Signed agreements (parties, signatories, date, city) and agreements reported as a count."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._dates import find_date
from ._doc import Doc
from ._persons import PersonEntity

_NUMBERS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
_COUNT = re.compile(
    r"\b(\d{1,4}|" + "|".join(_NUMBERS) + r")\s+(?:new\s+|more\s+|bilateral\s+|"
    r"international\s+|cooperation\s+)?(memorand\w*|agreements|contracts|documents|mous)\b",
    re.IGNORECASE,
)
_PASSIVE_SIGNED = re.compile(
    r"\b(?:were|was|have been|has been|had been)\s+(?:\w+\s+)?"
    r"(?:signed|concluded|inked|approved)\b",
    re.IGNORECASE,
)


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
    ]
)


@dataclass
class AgreementHit:
    kind: str
    title: str
    parties: list[int]
    sent: int
    signatories: list[int] = field(default_factory=list)
    date: str | None = None
    start: int = 0
    end: int = 0


def _signed(doc: Doc, text: str) -> bool:
    low = text.casefold()
    return any(re.search(r"\b" + re.escape(v) + r"\b", low) for v in doc.rules.signing_verbs)


def hedged(doc: Doc, text: str) -> bool:
    return doc.rules.hedge_re.search(text) is not None


def _sentence_insts(doc: Doc, s: int) -> list[tuple[int, int, int]]:
    """(token start, token end, entity) of the institution mentions of sentence s."""
    out = [
        (m.start, m.end, m.entity)
        for m in doc.inst_mentions
        if m.sent == s and m.entity is not None
    ]
    return sorted(out)


def _list_after(doc: Doc, s: int, k: int, insts: list[tuple[int, int, int]]) -> list[int]:
    """Entities of a list "A, B and the C" starting at token k."""
    toks = doc.toks[s]
    out: list[int] = []
    pos = k
    for a, b, e in insts:
        if a < pos:
            continue
        between = [t.text.casefold() for t in toks[pos:a]]
        if out and any(w not in _LIST_GLUE and not w[:1].isupper() for w in between):
            break
        if e not in out:
            out.append(e)
        pos = b
    return out


def find_agreements(doc: Doc, people: list[PersonEntity], year: int | None) -> list[AgreementHit]:
    hits: list[AgreementHit] = []
    subject: int | None = None
    for s, sent in enumerate(doc.sents):
        text = sent.text
        trig = doc.rules.trigger_re.search(text)
        if not trig or hedged(doc, text) or _COUNT.search(text):
            continue
        kind = doc.rules.triggers[re.sub(r"\s+", " ", trig.group(1).casefold())]
        if not (_signed(doc, text) or re.search(r"\bbetween\b|\blinks\b", text)):
            continue
        insts = _sentence_insts(doc, s)
        toks = doc.toks[s]
        parties, _ = _parties(doc, s, insts, subject, people)
        if not _PASSIVE_SIGNED.search(text):
            first = _subject(doc, s, insts, _verb_pos(doc, s), people)
            subject = first if first is not None else subject
        signers = _signers(doc, s, people)
        date = find_date(text, year)
        for group in parties:
            if len(set(group)) < 2:
                continue
            hits.append(
                AgreementHit(
                    kind,
                    trig.group(1),
                    list(dict.fromkeys(group)),
                    s,
                    signers,
                    date,
                    toks[0].start,
                    toks[-1].end,
                )
            )
        if not parties:
            if not signers:
                signers = _subject_person(doc, s)
            owners = _signer_insts(_people_in(doc, s), people)
            if len(owners) >= 2:
                hits.append(
                    AgreementHit(
                        kind, trig.group(1), owners, s, signers, date, sent.start, sent.end
                    )
                )
    return _merge(hits)


def _parties(
    doc: Doc,
    s: int,
    insts: list[tuple[int, int, int]],
    subject: int | None,
    people: list[PersonEntity],
) -> tuple[list[list[int]], bool]:
    toks = doc.toks[s]
    low = [t.text.casefold() for t in toks]
    if "between" in low:
        k = low.index("between") + 1
        group = _list_after(doc, s, k, insts)
        if len(group) >= 2:
            return [group], True
    with_k = next((k for k, w in enumerate(low) if w == "with" and k + 1 < len(low)), None)
    if with_k is None:
        with_k = next((k + 1 for k, w in enumerate(low) if w == "together"), None)
    if with_k is not None:
        partners = _list_after(doc, s, with_k + 1, insts)
        partners += _following_list(doc, s)
        subj = _subject(doc, s, insts, with_k, people)
        subj = subject if subj is None else subj
        if partners and subj is not None:
            return [[subj, p] for p in partners if p != subj], False
    if with_k is None and _following_list(doc, s) and subject is not None:
        return [[subject, p] for p in _following_list(doc, s)], False
    before = [e for a, _, e in insts if a < _verb_pos(doc, s)]
    if len(before) >= 2:
        return [before], True
    return [], False


def _verb_pos(doc: Doc, s: int) -> int:
    for k, t in enumerate(doc.toks[s]):
        if t.text.casefold() in doc.rules.signing_verbs:
            return k
    return len(doc.toks[s])


def _subject(
    doc: Doc, s: int, insts: list[tuple[int, int, int]], limit: int, people: list[PersonEntity]
) -> int | None:
    before = [e for a, _, e in insts if a < limit]
    if before:
        return before[0]
    for m in doc.person_mentions:
        if m.sent == s and m.start < limit and m.entity is not None:
            owners = _signer_insts([m.entity], people)
            if owners:
                return owners[0]
    return _generic_subject(doc, s, limit)


def _generic_subject(doc: Doc, s: int, limit: int) -> int | None:
    """ "The Turkmen ministry also signed …": the ministry of that country."""
    toks = doc.toks[s][:limit]
    from . import _geo

    for k, t in enumerate(toks[:-1]):
        code = _geo.country_of(t.text)
        head = toks[k + 1].text.casefold()
        if code and head in doc.rules.heads:
            ents = {
                m.entity
                for m in doc.inst_mentions
                if m.head == head
                and m.entity is not None
                and doc.entity_country.get(m.entity) == code
            }
            if len(ents) == 1:
                return ents.pop()
    return None


def _following_list(doc: Doc, s: int) -> list[int]:
    """A sentence ending with ':' followed by list lines: the institutions of those lines."""
    sent = doc.sents[s]
    if not sent.text.rstrip().endswith(":"):
        return []
    out: list[int] = []
    for t in range(s + 1, len(doc.sents)):
        line = doc.lines[doc.sents[t].line]
        if not re.match(r"^\s*[–—•*-]", line):
            break
        ents = [m.entity for m in doc.inst_mentions if m.sent == t and m.entity is not None]
        if ents:
            out.append(ents[0])
    return out


def _signers(doc: Doc, s: int, people: list[PersonEntity]) -> list[int]:
    toks = doc.toks[s]
    low = [t.text.casefold() for t in toks]
    if "by" not in low:
        return []
    k = low.index("by")
    if k == 0 or not any(w in ("signed", "to", "put", "concluded") for w in low[max(0, k - 3) : k]):
        return []
    return [
        m.entity
        for m in doc.person_mentions
        if m.sent == s and m.start > k and m.entity is not None
    ]


def _people_in(doc: Doc, s: int) -> list[int]:
    return list(
        dict.fromkeys(m.entity for m in doc.person_mentions if m.sent == s and m.entity is not None)
    )


def _subject_person(doc: Doc, s: int) -> list[int]:
    """The person right before the signing verb ("…, Shadmanov signed a roadmap")."""
    v = _verb_pos(doc, s)
    for m in doc.person_mentions:
        if m.sent == s and m.end == v and m.entity is not None:
            return [m.entity]
    return []


def _signer_insts(signers: list[int], people: list[PersonEntity]) -> list[int]:
    out: list[int] = []
    for pid in signers:
        for _, inst, _ in people[pid].positions:
            if inst is not None and inst not in out:
                out.append(inst)
                break
    return out


def _merge(hits: list[AgreementHit]) -> list[AgreementHit]:
    out: list[AgreementHit] = []
    for h in hits:
        same = next((o for o in out if set(o.parties) == set(h.parties)), None)
        if same is None:
            out.append(h)
            continue
        for p in h.signatories:
            if p not in same.signatories:
                same.signatories.append(p)
        same.date = same.date or h.date
    return out


def find_counts(doc: Doc) -> list[tuple[int, int]]:
    """(count, sentence) for "31 memorandums were signed" / "signed nine memoranda"."""
    out = []
    for s, sent in enumerate(doc.sents):
        m = _COUNT.search(sent.text)
        if not m or hedged(doc, sent.text) or not _signed(doc, sent.text):
            continue
        raw = m.group(1).casefold()
        n = int(raw) if raw.isdigit() else _NUMBERS[raw]
        if 1 <= n < 1000:
            out.append((n, s))
    return out
