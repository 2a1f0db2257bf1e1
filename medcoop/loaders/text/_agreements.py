"""Signed agreements (parties, signatories, date, city) and agreements reported as a count."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._counts import count_match, signed, verb_re
from ._dates import find_date
from ._doc import Doc
from ._persons import PersonEntity

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
    anaphoric: bool = False  # "The document was signed by …": refers to an earlier one


_ANAPHOR = re.compile(r"\b(?:the|this|these|both|all)\s+(documents?|deals?|papers)\b", re.I)
_DEFINITE = re.compile(r"(?i)\b(?:the|this|that|such)\s+(?:[\w-]+\s+){0,2}$")
_PAST_SIGNED = re.compile(
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:signed|concluded|inked)\b"
    r"|\b(?:signed|inked|concluded|exchanged)\b(?!\s+(?:by|in|on|at)\b)",
    re.IGNORECASE,
)


def _trigger(doc: Doc, s: int) -> re.Match[str] | None:
    """The agreement word nearest to the signing verb (first one when there is no verb)."""
    text = doc.sents[s].text
    found = list(doc.rules.trigger_re.finditer(text))
    if not found:
        return None
    verb = verb_re(doc.rules.signing_verbs).search(text)
    if verb is None:
        return found[0]
    return min(found, key=lambda m: abs(m.start() - verb.start()))


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
        between = _unbracketed([t.text for t in toks[pos:a]])
        if out and any(
            w.casefold() not in _LIST_GLUE
            and w not in doc.rules.apposition_nouns
            and not w[:1].isupper()
            for w in between
        ):
            break
        if e not in out:
            out.append(e)
        pos = b
    return out


def _unbracketed(words: list[str]) -> list[str]:
    """Words outside brackets: "A (Baku, Azerbaijan); B" glues like "A; B"."""
    out: list[str] = []
    depth = 0
    for w in words:
        if w == "(":
            depth += 1
        elif w == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(w)
    return out


def home_institution(doc: Doc) -> int | None:
    """The institution a release is about: the one in its title line, else the one named
    clearly more often than any other."""
    if doc.title_line is not None:
        in_title = {
            m.entity
            for m in doc.inst_mentions
            if m.entity is not None and doc.sents[m.sent].line == doc.title_line
        }
        if len(in_title) == 1:
            return in_title.pop()
    counts: dict[int, int] = {}
    for m in doc.inst_mentions:
        if m.entity is not None:
            counts[m.entity] = counts.get(m.entity, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] > 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def find_agreements(doc: Doc, people: list[PersonEntity], year: int | None) -> list[AgreementHit]:
    hits: list[AgreementHit] = []
    subject: int | None = None
    last_kind: str | None = None
    held: set[str] = set()  # kinds last mentioned as planned, not signed
    for s, sent in enumerate(doc.sents):
        text = sent.text
        trig = _trigger(doc, s)
        if trig is None:
            if last_kind and _ANAPHOR.search(text) and signed(doc, text):
                trig_text, kind = _ANAPHOR.search(text).group(1), last_kind  # type: ignore[union-attr]
            else:
                continue
        else:
            trig_text = trig.group(1)
            kind = doc.rules.triggers[re.sub(r"\s+", " ", trig_text.casefold())]
        if hedged(doc, text):
            held.add(kind)
            continue
        definite = trig is not None and _DEFINITE.search(text[: trig.start()])
        anaphoric = bool(trig is None or _ANAPHOR.search(text) or definite)
        if anaphoric and kind in held and not _PAST_SIGNED.search(text):
            continue  # "A memorandum is being prepared. The signing is set for May."
        last_kind = kind
        held.discard(kind)
        if count_match(text):
            continue
        if not (signed(doc, text) or re.search(r"\bbetween\b|\blinks\b", text)):
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
                    trig_text,
                    list(dict.fromkeys(group)),
                    s,
                    signers,
                    date,
                    toks[0].start,
                    toks[-1].end,
                    anaphoric,
                )
            )
        if not parties:
            if not signers:
                signers = _subject_person(doc, s) or _titled_group(doc, s, people)
            owners = _signer_insts(signers or _people_in(doc, s), people)
            if len(owners) < 2 and signers:  # "During his meeting with Minister X, Y signed"
                owners = _signer_insts(signers + _people_after_with(doc, s), people)
            if len(owners) < 2:
                owners = _item_parties(doc, s) or owners
            if len(owners) >= 2:
                hits.append(
                    AgreementHit(
                        kind, trig_text, owners, s, signers, date, sent.start, sent.end, anaphoric
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
        if subj is None and _PASSIVE_SIGNED.search(doc.sents[s].text):
            subj = home_institution(doc)  # "memorandums were concluded with A; B; C"
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


_PARTNERS_ARE = re.compile(
    r"^(?:the|its|their)\s+(?:\w+\s+)?partners\s+(?:are|were|include|included)\b"
    r"|^they\s+(?:are|were|include)\b",
    re.IGNORECASE,
)


def _following_list(doc: Doc, s: int) -> list[int]:
    """A sentence ending with ':' followed by list lines, or followed by "The partners are A,
    B and C": the institutions listed."""
    sent = doc.sents[s]
    if s + 1 < len(doc.sents) and _PARTNERS_ARE.match(doc.sents[s + 1].text):
        insts = _sentence_insts(doc, s + 1)
        return _list_after(doc, s + 1, 0, insts)
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


_GROUP = re.compile(r"\bthe\s+(?:two\s+)?([a-z-]+?)s\s+(?:\w+\s+)?(?:signed|concluded|inked)\b")


def _titled_group(doc: Doc, s: int, people: list[PersonEntity]) -> list[int]:
    """ "the ministers signed a roadmap": the people earlier given that title, when two."""
    m = _GROUP.search(doc.sents[s].text)
    if m is None or m.group(1) not in doc.rules.title_core:
        return []
    seen = {p.entity for p in doc.person_mentions if p.sent <= s and p.entity is not None}
    out = [
        p.idx
        for p in people
        if p.idx in seen and any(m.group(1) in (t or "").casefold() for t, _, _ in p.positions)
    ]
    return out if len(out) == 2 else []


_ITEM = re.compile(r"^\s*(?:[–—•*-]|\d+[.)])\s+")


def _item_parties(doc: Doc, s: int) -> list[int]:
    """In a list item headed by an institution ("- Acibadem Hospital (Istanbul). … signed a
    contract with the hospital"), the item's institution and the release's own one."""
    line = doc.sents[s].line
    if not _ITEM.match(doc.lines[line]):
        return []
    first = next(t for t in range(len(doc.sents)) if doc.sents[t].line == line)
    heads = [
        m.entity
        for m in doc.inst_mentions
        if m.sent == first and m.start <= 2 and m.entity is not None
    ]
    home = home_institution(doc)
    if first == s or not heads or home is None or heads[0] == home:
        return []
    return [home, heads[0]]


def _people_after_with(doc: Doc, s: int) -> list[int]:
    low = [t.text.casefold() for t in doc.toks[s]]
    if "with" not in low:
        return []
    k = low.index("with")
    return [
        m.entity
        for m in doc.person_mentions
        if m.sent == s and m.start > k and m.start - k <= 10 and m.entity is not None
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
        if same is None and h.anaphoric:  # "The memorandum was signed by …": the last one
            same = next(
                (o for o in reversed(out) if o.kind == h.kind and set(h.parties) & set(o.parties)),
                None,
            )
        if same is None:
            out.append(h)
            continue
        for p in h.signatories:
            if p not in same.signatories:
                same.signatories.append(p)
        same.date = same.date or h.date
    return out
