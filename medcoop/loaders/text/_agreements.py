"""Signed agreements (parties, signatories, date, city) and agreements reported as a count."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._counts import count_match, signed, verb_re
from ._dates import find_date
from ._doc import Doc
from ._home import acting_institution
from ._listitems import following_list, intro_sent, item_parties, listed, sentence_insts
from ._lists import list_after, paired
from ._persons import PersonEntity
from ._sides import two_sides
from ._signers import (
    people_after_with,
    people_in,
    signer_insts,
    signers_of,
    subject_person,
    titled_group,
    verb_pos,
)
from ._signing_dates import date_signings
from ._subjects import agreement_subject

_PASSIVE_SIGNED = re.compile(
    r"\b(?:were|was|have been|has been|had been)\s+(?:\w+\s+)?"
    r"(?:signed|concluded|inked|approved)\b",
    re.IGNORECASE,
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
    context: list[int] = field(default_factory=list)  # other sentences about this signing
    weak_date: bool = False  # a dateline's date: a later sentence may name the signing day


_ANAPHOR = re.compile(
    r"\b(?:the|this|these|both|all)\s+(?:(?:two|three|four|five|six|\d)\s+)?"
    r"(documents?|deals?|papers|extension|renewal|addendum)\b"
    r"|^(It|They)\s+(?:was|were)\s+(?:\w+\s+)?signed\b",
    re.I,
)
_BOTH = re.compile(
    r"(?i)\b(?:the\s+two|both)\s+(?:ministries|sides|parties|institutions|universities|"
    r"hospitals|centres|centers|partners|organi[sz]ations)\b|\b[Tt]he\s+(?:sides|parties)\b"
)
_DEFINITE = re.compile(r"(?i)\b(?:the|this|that|such)\s+(?:[\w-]+\s+){0,2}$")
_PAST_SIGNED = re.compile(
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:signed|concluded|inked)\b"
    r"|\b(?:signed|inked|concluded|exchanged)\b(?!\s+(?:by|in|on|at)\b)",
    re.IGNORECASE,
)


def _trigger(doc: Doc, s: int) -> re.Match[str] | None:
    """The agreement word nearest to the signing verb (first one when there is no verb)."""
    text = doc.sents[s].text
    found = _trigger_words(doc, text)
    if not found:
        return None
    verb = verb_re(doc.rules.signing_verbs).search(text)
    if verb is None:
        return found[0]
    return min(found, key=lambda m: abs(m.start() - verb.start()))


_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:a|an|the|this|that|these|those|such|new|more|\d+|two|three|four|five|several|"
    r"bilateral|trade|cooperation|signed|inked|concluded|sealed|struck|and|of)\s+$"
)


def _trigger_words(doc: Doc, text: str, start: int = 0) -> list[re.Match[str]]:
    """The agreement words of text from ``start``, less "deal(s)" used as a verb ("the
    document deals with digital health", "to deal with"): a noun has a determiner, a number
    or a signing verb before it."""
    out = []
    for m in doc.rules.trigger_re.finditer(text, start):
        word = m.group(1).casefold()
        after = text[m.end() : m.end() + 6].casefold()
        if (
            word in ("deal", "deals")
            and after.startswith(" with")
            and not _NOUN_BEFORE.search(text[: m.start()])
        ):
            continue
        out.append(m)
    return out


# "No agreement was signed", "no documents were signed", "neither side signed": a negated
# document, whatever the verb after it
_NEGATED = re.compile(
    r"(?i)\bno\s+(?:[\w-]+\s+){0,2}(?:agreements?|memorand\w*|mous?|documents?|contracts?|"
    r"deals?|papers?|roadmaps?|accords?)\b|\bnothing\s+(?:\w+\s+)?(?:was|has\s+been)\s+signed\b"
    r"|\bneither\s+(?:side|party)\b"
    # "will soon sign", "would later conclude": a future signing, an adverb apart
    r"|\b(?:will|shall|would)\s+(?:[a-z]+ly\s+|soon\s+|also\s+|then\s+){1,2}"
    r"(?:sign|conclude|ink)\b"
)


def hedged(doc: Doc, text: str) -> bool:
    return doc.rules.hedge_re.search(text) is not None or _NEGATED.search(text) is not None


def find_agreements(doc: Doc, people: list[PersonEntity], year: int | None) -> list[AgreementHit]:
    hits: list[AgreementHit] = []
    subject: int | None = None
    last_kind: str | None = None
    held: set[str] = set()  # kinds last mentioned as planned, not signed
    last_signing: int | None = None  # the sentence that last reported a signing
    last_about: int | None = None  # the sentence that last named a document
    for s, sent in enumerate(doc.sents):
        text = sent.text
        trig = _trigger(doc, s)
        about, last_about = last_about, (s if trig is not None else last_about)
        intro = _intro_trigger(doc, s) if trig is None else None
        if intro is not None:  # "the following contracts were signed:" then "– between A and B"
            trig_text, kind = intro
        elif trig is None:
            am = _ANAPHOR.search(text)
            if not (last_kind and am and signed(doc, text)):
                continue
            trig_text, kind = am.group(1) or am.group(2), last_kind
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
        before = last_signing
        if signed(doc, text):
            last_signing = s
        if count_match(text):
            if _ALL_OF.search(text):  # "All three documents were signed by the minister"
                _sign_all(hits, signers_of(doc, s, people))
            continue
        if not (signed(doc, text) or re.search(r"\bbetween\b|\blinks\b", text) or listed(doc, s)):
            continue
        insts = sentence_insts(doc, s)
        cut = _clause_cut(doc, s)
        if cut is not None:  # the second clause is read on its own below
            insts = [x for x in insts if x[0] < cut]
        toks = doc.toks[s]
        parties, _ = _parties(doc, s, insts, subject, people)
        if not _PASSIVE_SIGNED.search(text):
            first = agreement_subject(doc, s, insts, verb_pos(doc, s), people)
            subject = first if first is not None else subject
        signers = signers_of(doc, s, people)
        if not signers and parties:  # "A and B signed a roadmap between X and Y"
            signers = subject_person(doc, s) or titled_group(doc, s, people)
        date = find_date(text, year) or _today(doc, text)
        context = [c for c in (intro_sent(doc, s), before) if c is not None and c != s]
        documents = [(kind, trig_text), *(_also_signed(doc, s, trig) if trig else [])]
        for group in parties:
            if len(set(group)) < 2:
                continue
            for kind_k, trig_k in documents:
                hits.append(
                    AgreementHit(
                        kind_k,
                        trig_k,
                        list(dict.fromkeys(group)),
                        s,
                        signers,
                        date,
                        toks[0].start,
                        toks[-1].end,
                        anaphoric and len(parties) == 1,  # one per listed partner: all new
                        context,
                    )
                )
        hits += _second_clause(doc, s, cut, date, context) if cut is not None else []
        if not parties:
            if not signers:
                signers = subject_person(doc, s) or titled_group(doc, s, people)
            owners = signer_insts(signers or people_in(doc, s), people)
            if len(owners) < 2:
                owners = two_sides(doc, s) or owners  # "the two ministries approved a plan"
            if len(owners) < 2 and signers:  # "During his meeting with Minister X, Y signed"
                owners = signer_insts(signers + people_after_with(doc, s), people)
            if len(owners) < 2:
                owners = item_parties(doc, s) or owners
            if len(owners) < 2 and _both_again(text, s, anaphoric, hits, about):
                owners = list(hits[-1].parties)
            if len(owners) >= 2:
                hits.append(
                    AgreementHit(
                        kind,
                        trig_text,
                        owners,
                        s,
                        signers,
                        date,
                        sent.start,
                        sent.end,
                        anaphoric,
                        context,
                    )
                )
            elif signers and hits and _ALL_OF.search(text) and s - hits[-1].sent <= 2:
                _sign_all(hits, signers)  # "Both documents were signed by the minister"
            elif signers and hits and hits[-1].kind == kind and s - hits[-1].sent <= 2:
                _add_signers(hits[-1], signers)  # "It was signed by A and B." after the deal
    date_signings(doc, hits, year)
    return _merge(_body_first(doc, hits))


def _both_again(
    text: str, s: int, anaphoric: bool, hits: list[AgreementHit], before: int | None
) -> bool:
    """ "The two ministries also adopted a plan": a new document of the parties of the
    agreement just before (named last in the sentence ``before`` or in its own)."""
    if anaphoric or not hits or _BOTH.search(text) is None:
        return False
    last = max(hits[-1].sent, before if before is not None else -1)
    return s - last <= 3


def _body_first(doc: Doc, hits: list[AgreementHit]) -> list[AgreementHit]:
    """A headline repeats what the body reports, often naming the parties otherwise
    ("Mexico's National Institute of Cardiology" for "Instituto Nacional …"): its hits
    give way to the body's hits of the same kind."""
    if doc.title_line is None:
        return hits
    in_title = [h for h in hits if doc.sents[h.sent].line == doc.title_line]
    body_kinds = {h.kind for h in hits if h not in in_title}
    return [h for h in hits if h not in in_title or h.kind not in body_kinds]


_ALL_OF = re.compile(
    r"(?i)\b(?:all|both|these|the)\s+(?:(?:two|three|four|five|six|\d)\s+)?"
    r"(?:documents|memorand(?:a|ums)|agreements|contracts|deals|papers)\b"
)


def _sign_all(hits: list[AgreementHit], signers: list[int]) -> None:
    """ "All three documents were signed by X": X signed each document of the sentence that
    reported them."""
    last = hits[-1].sent if hits else None
    for h in hits:
        if h.sent == last:
            _add_signers(h, signers)


def _add_signers(hit: AgreementHit, signers: list[int]) -> None:
    for p in signers:
        if p not in hit.signatories:
            hit.signatories.append(p)


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
        each = _each_between(doc, s, low, insts)
        if len(each) >= 2:  # "between A and B and between C and D": one document each
            return each, False
        spans: list[tuple[int, int]] = []
        group = list_after(doc, s, k, insts, spans)
        if paired(doc.toks[s], spans):  # "between A and B, C and D": one document a pair
            return [group[j : j + 2] for j in range(0, len(group), 2)], False
        if len(group) >= 2:
            return [group], True
        rest = _one_and_list(doc, s, k, insts)
        if rest:  # "between A and the following institutions: B; C; D": one each
            return [[rest[0], p] for p in rest[1:]], False
    with_k = next((k for k, w in enumerate(low) if w == "with" and k + 1 < len(low)), None)
    if with_k is None:
        with_k = next((k + 1 for k, w in enumerate(low) if w == "together"), None)
    if with_k is not None:
        partners = list_after(doc, s, with_k + 1, insts)
        partners += following_list(doc, s)
        subj = agreement_subject(doc, s, insts, with_k, people)
        if subj is None and _PASSIVE_SIGNED.search(doc.sents[s].text):
            subj = acting_institution(doc)  # "memorandums were concluded with A; B; C"
        subj = subject if subj is None else subj
        if partners and subj is not None:
            if len(partners) >= 2 and _one_document(doc, s):
                return [[subj, *partners]], True  # "a tripartite memorandum with A and B"
            return [[subj, p] for p in partners if p != subj], False
    if with_k is None and following_list(doc, s) and subject is not None:
        return [[subject, p] for p in following_list(doc, s)], False
    before = [e for a, _, e in insts if a < verb_pos(doc, s)]
    if len(before) >= 2:
        return [before], True
    by = _signed_by_institutions(doc, s, insts)
    if len(by) >= 2:
        return [by], True
    return [], False


def _signed_by_institutions(doc: Doc, s: int, insts: list[tuple[int, int, int]]) -> list[int]:
    """ "A trilateral agreement was signed by A, B and C": the institutions listed right
    after "signed by" (people named there are read as signatories instead)."""
    low = [t.text.casefold() for t in doc.toks[s]]
    verb = verb_pos(doc, s)
    k = next((j for j in range(verb + 1, min(len(low), verb + 5)) if low[j] == "by"), None)
    return [] if k is None else list_after(doc, s, k + 1, insts)


def _each_between(
    doc: Doc, s: int, low: list[str], insts: list[tuple[int, int, int]]
) -> list[list[int]]:
    """The parties after each "between" of the sentence, each read up to the next one."""
    at = [k for k, w in enumerate(low) if w == "between"]
    out = []
    for k, end in zip(at, [*at[1:], len(low)], strict=True):
        group = list_after(doc, s, k + 1, [x for x in insts if x[0] < end])
        if len(group) >= 2:
            out.append(group)
    return out


_MULTI = re.compile(
    r"(?i)\b(?:tri-?partite|tri-?lateral|multi-?lateral|multi-?partite|three-(?:way|party|sided)|"
    r"3-way|four-(?:way|party|sided)|quadripartite)\b"
)
_ONE = re.compile(r"(?i)\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$")


def _one_document(doc: Doc, s: int) -> bool:
    """One document with every partner: "a tripartite memorandum", or one document in the
    singular ("signed a memorandum with A and B"), not "memorandums with A, B and C"."""
    text = doc.sents[s].text
    if _MULTI.search(text):
        return True
    trig = _trigger(doc, s)
    if trig is None:
        return False
    word = trig.group(1).casefold()
    plural = word.endswith(("s", "memoranda")) and not word.endswith("mou")
    return (
        not plural
        and _ONE.search(text[: trig.start(1)]) is not None
        and len(_TRIGGERS_IN.findall(text)) <= 1
    )


_TRIGGERS_IN = re.compile(r"(?i)\b(?:memorand|agreement|contract|roadmap|road map|plan\b)")


def _one_and_list(doc: Doc, s: int, k: int, insts: list[tuple[int, int, int]]) -> list[int]:
    """ "between A and the following Uzbek institutions: B; C": [A, B, C]."""
    toks = doc.toks[s]
    first = next(((a, b, e) for a, b, e in insts if a >= k), None)
    if first is None:
        return []
    colon = next((j for j in range(first[1], len(toks)) if toks[j].text == ":"), None)
    if colon is None or toks[first[1]].text.casefold() != "and":
        return []
    if any(toks[j].text in (".", ";") for j in range(first[1], colon)):
        return []
    listed = list_after(doc, s, colon + 1, [x for x in insts if x[0] > colon])
    return [first[2], *listed] if listed else []


def _today(doc: Doc, text: str) -> str | None:
    """ "signed today": the report's own date."""
    return doc.published if re.search(r"\btoday\b", text, re.IGNORECASE) else None


_CLAUSE = frozenset(["while", "whereas", "and"])


def _clause_cut(doc: Doc, s: int) -> int | None:
    """The token that opens a second clause reporting a signing of its own, after the first
    clause's verb: "A and B signed a memorandum, while C and D signed an agreement", "A signed
    an agreement with B, and C concluded a contract with D" (its own subject before its own
    verb)."""
    toks = doc.toks[s]
    first = verb_pos(doc, s)
    for k in range(first + 1, len(toks) - 1):
        if toks[k].text not in _CLAUSE or toks[k - 1].text != ",":
            continue
        verb = next(
            (j for j in range(k, len(toks)) if toks[j].text.casefold() in doc.rules.signing_verbs),
            None,
        )
        if verb is None:
            return None
        if any(k < a < verb for a, _, _ in sentence_insts(doc, s)):
            return k
    return None


def _second_clause(
    doc: Doc, s: int, cut: int, date: str | None, context: list[int]
) -> list[AgreementHit]:
    """The agreement the clause from token ``cut`` reports: between the institutions named
    before its verb, or between the first of them and those listed after its "with"."""
    toks = doc.toks[s]
    rest = doc.text[toks[cut].start : doc.sents[s].end]
    verb = next(
        (k for k in range(cut, len(toks)) if toks[k].text.casefold() in doc.rules.signing_verbs),
        None,
    )
    trig = next(iter(_trigger_words(doc, rest)), None)
    if verb is None or trig is None or hedged(doc, rest):
        return []
    insts = sentence_insts(doc, s)
    group = [e for a, _, e in insts if cut < a < verb]
    with_k = next((k for k in range(verb, len(toks)) if toks[k].text == "with"), None)
    if len(set(group)) < 2 and group and with_k is not None:
        group = [group[0], *list_after(doc, s, with_k + 1, insts)]
    if len(set(group)) < 2:
        return []
    kind = doc.rules.triggers[re.sub(r"\s+", " ", trig.group(1).casefold())]
    start = toks[cut].start
    return [
        AgreementHit(
            kind,
            trig.group(1),
            list(dict.fromkeys(group)),
            s,
            [],
            date,
            start,
            toks[-1].end,
            False,
            context,
        )
    ]


def _also_signed(doc: Doc, s: int, trig: re.Match[str]) -> list[tuple[str, str]]:
    """ "signed an agreement on X and a roadmap for Y": each further document of another
    kind joined to the first by "and a/an" is one more agreement between the same parties."""
    text = doc.sents[s].text
    out: list[tuple[str, str]] = []
    seen = {doc.rules.triggers[re.sub(r"\s+", " ", trig.group(1).casefold())]}
    for m in _trigger_words(doc, text, trig.end()):
        kind = doc.rules.triggers[re.sub(r"\s+", " ", m.group(1).casefold())]
        joint = _JOINED.search(text[trig.end() : m.start(1)])
        if kind in seen or joint is None or m.group(1).casefold().endswith("s"):
            continue
        seen.add(kind)
        out.append((kind, m.group(1)))
    return out


# the next document of a coordination: "…, and a roadmap", "and a plan of joint activities"
_JOINED = re.compile(r"\band\s+(?:also\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}$")


def _intro_trigger(doc: Doc, s: int) -> tuple[str, str] | None:
    """The document word of the signing intro above a list item with none of its own."""
    if not re.search(r"\bbetween\b", doc.sents[s].text) or not listed(doc, s):
        return None  # an item that names only one partner is read with its intro
    intro = intro_sent(doc, s)
    trig = _trigger(doc, intro) if intro is not None else None
    if trig is None:
        return None
    return trig.group(1), doc.rules.triggers[re.sub(r"\s+", " ", trig.group(1).casefold())]


def _merge(hits: list[AgreementHit]) -> list[AgreementHit]:
    out: list[AgreementHit] = []
    for h in hits:
        same = next(
            (
                o
                for o in out
                if set(o.parties) == set(h.parties) and (o.kind == h.kind or h.anaphoric)
            ),
            None,
        )
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
        if h.date and (same.date is None or (same.weak_date and not h.weak_date)):
            same.date, same.weak_date = h.date, h.weak_date
        same.context += [c for c in [h.sent, *h.context] if c not in same.context]
    return out
