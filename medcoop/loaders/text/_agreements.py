"""Signed agreements (parties, signatories, date, city) and agreements reported as a count."""

from __future__ import annotations

import re

from ._agreement_parties import (
    HOLDS_WITH,
    PASSIVE_SIGNED,
    WORKS_UNDER,
    bracketed_off,
    parties_of,
)
from ._agreement_words import (
    also_signed,
    hedged,
    intro_trigger,
    kind_of,
    trigger,
    trigger_words,
)
from ._clauses import clause_cuts, second_clause
from ._counts import count_match, documents_listed, signed
from ._dates import find_date, unstated
from ._doc import Doc
from ._generic import demonym_generic
from ._hits import AgreementHit
from ._item_signers import item_hit, sign_items
from ._listitems import intro_sent, item_parties, listed, sentence_insts
from ._lists import list_after
from ._partner_signers import partner_signers
from ._persons import PersonEntity
from ._sentences import Token
from ._several import per_group
from ._sides import demonym_pair, two_sides
from ._signers import (
    clause_signers,
    party_heads,
    people_after_with,
    people_in,
    signer_insts,
    signers_of,
    subject_person,
    titled_by,
    titled_group,
    verb_pos,
)
from ._signing_dates import date_signings, today, years_before
from ._subjects import agreement_subject

__all__ = ["AgreementHit", "find_agreements", "hedged"]


_ANAPHOR = re.compile(
    r"\b(?:the|this|these|both|all)\s+(?:(?:two|three|four|five|six|\d)\s+)?"
    r"(documents?|deals?|papers|extension|renewal|addendum|programme)\b"
    # "On the Georgian side it was signed by …": whose side, then the signing told again
    r"|^(?:On\s+behalf\s+of\s+[^,.;]{3,60}?\s+|On\s+the\s+[\w-]+\s+side,?\s+)?"
    r"(It|They)\s+(?:was|were)\s+(?:\w+\s+)?signed\b",
    re.I,
)
_BOTH = re.compile(
    r"(?i)\b(?:the\s+two|both)\s+(?:ministries|sides|parties|institutions|universities|"
    r"hospitals|centres|centers|partners|organi[sz]ations)\b|\b[Tt]he\s+(?:sides|parties)\b"
)
_DEFINITE = re.compile(r"(?i)\b(?:the|this|that|such)\s+(?:[\w-]+\s+){0,2}$")
_EARLIER = re.compile(r"(?i)\b(?:previous|earlier|former|first|original)\s+(?:[\w-]+\s+)?$")
# "The second MOU was concluded with X": one more document of a series, not one told again
_NEXT_ONE = re.compile(r"(?i)\b(?:second|third|fourth|fifth|sixth|other)\s+(?:[\w-]+\s+)?$")
_PAST_SIGNED = re.compile(
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:signed|concluded|inked)\b"
    r"|\b(?:signed|inked|concluded|exchanged)\b(?!\s+(?:by|in|on|at)\b)",
    re.IGNORECASE,
)


# "the memorandum … that the two ministries signed in Yerevan in 2022": a document of an
# earlier year, told by its relative clause, is one of its own, not the one just reported
# (three bounded steps, none nested: the relative word, its signing verb, the year)
_RELATIVE = re.compile(r"[^.;]{0,80}?\b(?:that|which)\s")
_SIGNED_WORD = re.compile(r"[^.;]{0,50}?\b(?:signed|concluded)\b")
_IN_YEAR = re.compile(r"[^.;]{0,60}?\b(?:in|on)\s+(?:\w+\s+){0,2}?((?:19|20)\d\d)\b")


def _signed_before(text: str, end: int, year: int | None) -> bool:
    if year is None or (rel := _RELATIVE.match(text, end)) is None:
        return False
    verb = _SIGNED_WORD.match(text, rel.end())
    when = _IN_YEAR.match(text, verb.end()) if verb is not None else None
    return when is not None and int(when.group(1)) < year


def find_agreements(doc: Doc, people: list[PersonEntity], year: int | None) -> list[AgreementHit]:
    hits: list[AgreementHit] = []
    subject: int | None = None
    last_kind: str | None = None
    held: set[str] = set()  # kinds last mentioned as planned, not signed
    last_signing: int | None = None  # the sentence that last reported a signing
    last_about: int | None = None  # the sentence that last named a document
    last_title: str | None = None  # the words that last named a document, in the singular
    for s, sent in enumerate(doc.sents):
        text = sent.text
        if hits and hedged(doc, text) and _taken_back(doc, s, hits[-1]):
            # "The sides discussed a roadmap between A and B. It is planned that the roadmap
            # will be signed next year": the document of the sentence before is still to come
            told = hits[-1].sent
            hits = [h for h in hits if h.sent != told]
        trig = trigger(doc, s)
        about, last_about = last_about, (s if trig is not None else last_about)
        if trig is not None:
            last_title = _one_of(trig.group(1))
        intro = intro_trigger(doc, s) if trig is None else None
        if intro is not None:  # "the following contracts were signed:" then "– between A and B"
            trig_text, kind = intro
        elif trig is None:
            if _signed_after(doc, s, hits):  # "1. A memorandum between A and B. Signed by X."
                named = signers_of(doc, s, people) or (
                    people_in(doc, s) if _SIGNATORIES.match(text) else []
                )
                for h in hits:
                    if h.sent == s - 1:
                        _add_signers(h, named)
                continue
            if _represented(doc, s, hits):  # "A was represented by X, and B by Y"
                for h in hits:
                    if h.sent == hits[-1].sent:
                        _add_signers(h, people_in(doc, s))
                continue
            am = _ANAPHOR.search(text)
            if not (last_kind and am and signed(doc, text)):
                continue
            # "It was signed by …": the title of the document named last, not "It"
            trig_text, kind = last_title or am.group(1) or am.group(2), last_kind
        else:
            trig_text = trig.group(1)
            kind = kind_of(doc, trig_text)
        if hedged(doc, text):
            held.add(kind)
            continue
        before_trig = text[: trig.start()] if trig is not None else ""
        # "The previous memorandum …": an earlier document, not the one just told
        # "the memorandum … that the two ministries signed in 2022": an earlier document
        recalled = trig is not None and _signed_before(text, trig.end(), year)
        definite = (
            _DEFINITE.search(before_trig)
            and not _EARLIER.search(before_trig)
            and not _NEXT_ONE.search(before_trig)
            and not recalled
        )
        # a list item under its intro is a document of its own, not one told again
        anaphoric = intro is None and bool(trig is None or _ANAPHOR.search(text) or definite)
        if anaphoric and kind in held and not _PAST_SIGNED.search(text):
            continue  # "A memorandum is being prepared. The signing is set for May."
        last_kind = kind
        held.discard(kind)
        before = last_signing
        if signed(doc, text):
            last_signing = s
        if count_match(text) and not documents_listed(text):
            if _ALL_OF.search(text):  # "All three documents were signed by the minister"
                _sign_all(hits, signers_of(doc, s, people))
            continue
        if not (
            signed(doc, text)
            or re.search(r"\b[Bb]etween\b|\blinks\b", text)
            or listed(doc, s)
            or WORKS_UNDER.search(text)
            or HOLDS_WITH.search(text)
        ):
            continue
        insts = _demonym_parties(doc, s, bracketed_off(doc, s, sentence_insts(doc, s)))
        cuts = clause_cuts(doc, s)
        if cuts:  # the further clauses are read on their own below
            insts = [x for x in insts if x[0] < cuts[0]]
        toks = doc.toks[s]
        parties, _ = parties_of(doc, s, insts, subject, people)
        if not PASSIVE_SIGNED.search(text) and intro is None:
            first = agreement_subject(doc, s, insts, verb_pos(doc, s), people)
            subject = first if first is not None else subject
        signers = signers_of(doc, s, people) or clause_signers(doc, s)
        if not signers and parties:  # "A and B signed a roadmap between X and Y"
            signers = subject_person(doc, s) or titled_group(doc, s, people)
        if not signers and len(parties) == 1:  # "the two officials signed a plan between …"
            signers = party_heads(doc, s, parties[0], people)
        date = find_date(unstated(text), year) or today(doc, text)
        context = [c for c in (intro_sent(doc, s), before) if c is not None and c != s]
        if recalled:
            context = []  # an earlier year's document: not of the signing told before it
        if (
            before is not None
            and years_before(doc, doc.sents[before].text)
            and not years_before(doc, text)
        ):
            # "… since 2021, when the rectors signed an agreement. During the visit the parties
            # signed a plan": the earlier year's signing is not this one's occasion
            context = [c for c in context if c != before]
        documents = [(kind, trig_text), *(also_signed(doc, s, trig) if trig else [])]
        for group, (group_docs, group_signers) in zip(
            parties, per_group(doc, s, parties, documents, signers), strict=True
        ):
            if len(set(group)) < 2:
                continue
            for kind_k, trig_k in group_docs:
                hits.append(
                    AgreementHit(
                        kind_k,
                        trig_k,
                        list(dict.fromkeys(group)),
                        s,
                        # one list each: a later "signed by" adds to one document
                        list(
                            dict.fromkeys(
                                [*group_signers, *titled_by(doc, s, group, people, signers)]
                            )
                        ),
                        date,
                        toks[0].start,
                        toks[-1].end,
                        anaphoric and len(parties) == 1,  # one per listed partner: all new
                        context,
                    )
                )
        ends: list[int | None] = [*cuts[1:], None] if cuts else []
        for cut, end in zip(cuts, ends, strict=True):
            hits += second_clause(doc, s, cut, date, context, end)
        if not any(len(set(g)) >= 2 for g in parties):  # none, or one side alone
            if not signers:
                signers = subject_person(doc, s) or titled_group(doc, s, people)
            elif len(signers) == 1:  # "signed by the rector and by Vice-Rector B on behalf of X"
                anyone = list({i for p in people for _, i, _ in p.positions if i is not None})
                signers = [*signers, *titled_by(doc, s, anyone, people, signers)]
            owners = signer_insts(signers or people_in(doc, s), people)
            if len(owners) < 2:
                owners = two_sides(doc, s) or owners  # "the two ministries approved a plan"
            if len(owners) < 2:
                owners = demonym_pair(doc, s) or owners  # "the Kazakh centre and the Korean …"
            if len(owners) < 2 and signers:  # "During his meeting with Minister X, Y signed"
                owners = signer_insts(signers + people_after_with(doc, s), people)
            if len(owners) < 2:
                owners = item_parties(doc, s) or owners
            if len(owners) < 2 and (ceremony := _ceremony_before(doc, s)):
                owners = ceremony  # and the ceremony's day is the signing's
                date = date or find_date(unstated(doc.sents[s - 1].text), year)
            if len(owners) < 2 and _both_again(text[: _word_at(trig)], s, anaphoric, hits, about):
                owners = list(hits[-1].parties)
            if _items_again(doc, s, text, hits):
                owners = []  # "the documents were signed by A, B and C": partner_signers
            goes_on = _goes_on(doc, s, kind, hits)
            if goes_on and s not in hits[-1].context:
                # "The agreement was signed on the sidelines of the X Forum": where it was
                hits[-1].context.append(s)
            if goes_on and signers:
                # "… the Agreement between the Governments of A and B. The agreement was signed
                # in Bucharest by the two ministers": the same document, signed for them
                _add_signers(hits[-1], signers)
                hits[-1].date = hits[-1].date or date
            elif len(owners) >= 2:
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
                        # "A second memorandum was signed at X. It was signed by …": the
                        # second one (whose sentence gave no parties), not the first again
                        anaphoric and not _next_before(doc, s, hits),
                        context,
                    )
                )
            elif item_hit(doc, s, hits) is not None:
                pass  # a list item's "signed by": sign_items gives it to that item's document
            elif signers and hits and _ALL_OF.search(text) and s - hits[-1].sent <= 2:
                _sign_all(hits, signers)  # "Both documents were signed by the minister"
            elif signers and hits and hits[-1].kind == kind and s - hits[-1].sent <= 2:
                _add_signers(hits[-1], signers)  # "It was signed by A and B." after the deal
    sign_items(doc, hits, people)
    partner_signers(doc, hits, people)
    date_signings(doc, hits, year)
    return _merge(doc, _body_first(doc, _items_told(doc, hits)))


def _one_of(words: str) -> str:
    """ "memorandums of understanding" -> "memorandum of understanding"."""
    first, _, rest = words.partition(" ")
    low = first.casefold()
    if low == "memoranda":
        first = first[:-1] + "um"
    elif low.endswith("s") and not low.endswith(("ss", "us")) and len(low) > 3:
        first = first[:-1]
    return f"{first} {rest}" if rest else first


def _next_before(doc: Doc, s: int, hits: list[AgreementHit]) -> bool:
    """The sentence before, in the same paragraph, tells of one more document of a series
    without reading its parties."""
    if not doc.continues_paragraph(s):
        return False
    if any(h.sent == s - 1 for h in hits):
        return False
    trig = trigger(doc, s - 1)
    return trig is not None and bool(_NEXT_ONE.search(doc.sents[s - 1].text[: trig.start()]))


def _demonym_parties(
    doc: Doc, s: int, insts: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """ "between A, the Belarusian university and C": after "between", a "the <demonym>
    <head>" (or "the <city> <head>") that names one institution of the text is a party in the
    list too; so is one right after a name and "and" ("RIRBM and the Semey university
    signed")."""
    low = [t.text.casefold() for t in doc.toks[s]]
    ends = {b for _, b, _ in insts}
    # "A and the Semey university signed …": else the one after a name and "and"
    start: int | None = low.index("between") + 2 if "between" in low else next(
        (j for j in range(3, len(low) - 1)
         if low[j - 1] == "the" and low[j - 2] == "and" and j - 2 in ends), None)
    if start is None:
        return insts
    taken = {j for a, b, _ in insts for j in range(a, b)}
    found = [
        (j, j + 2, e)
        for j in range(start, len(low) - 1)
        if low[j - 1] == "the"
        and j not in taken
        and j + 1 not in taken
        and (e := demonym_generic(doc, s, j)) is not None
        # not "A and the Finnish clinic Nordic Heart Centre": a description before a name
        and ("between" in low or (j - 2 in ends and not _cap_after(doc.toks[s], j + 2)))
    ]
    return sorted(insts + found) if found else insts


def _cap_after(toks: list[Token], k: int) -> bool:
    return k < len(toks) and toks[k].text[:1].isupper()


# "It will be signed …", "This document is to be …", "the roadmap": the one just named
_BACK = re.compile(
    r"(?i)^\W*(?:[\w-]+\s+){0,4}?(?:it|this|they)\s+"
    r"(?:is|are|was|were|will|would|should|shall|has|have|may|might|could|can)\b"
)


def _taken_back(doc: Doc, s: int, hit: AgreementHit) -> bool:
    """A hedged sentence that names again the document of the sentence just before, a
    sentence that reported no signing: that document is planned, not signed."""
    told = hit.sent
    if not 0 < s - told <= 2 or doc.sents[told].line != doc.sents[s].line:
        return False
    if signed(doc, doc.sents[told].text) or _PAST_SIGNED.search(doc.sents[told].text):
        return False
    text = doc.sents[s].text
    for m in trigger_words(doc, text):
        if kind_of(doc, m.group(1)) == hit.kind and _DEFINITE.search(text[: m.start()]):
            return True
    return bool(_BACK.search(text) or re.search(r"(?i)\b(?:the|this)\s+document\b", text))


def _items_told(doc: Doc, hits: list[AgreementHit]) -> list[AgreementHit]:
    """ "X concluded agreements with the following partners:" then "– A: a roadmap …, signed on
    21 November": the item tells the intro's document with A, so it takes the intro's parties
    and the intro's own hit for A goes."""
    told: set[int] = set()
    for o in hits:
        intro = intro_sent(doc, o.sent)
        for k, h in enumerate(hits):
            if intro is None or h.sent != intro or len(h.parties) != 2 or k in told:
                continue
            if h.parties[1] in o.parties and h.parties[0] not in o.parties:
                o.parties = list(h.parties)
                o.signatories += [p for p in h.signatories if p not in o.signatories]
                told.add(k)
            elif set(h.parties) == set(o.parties) and h.kind != o.kind:
                o.signatories += [p for p in h.signatories if p not in o.signatories]
                told.add(k)
    return [h for k, h in enumerate(hits) if k not in told]


_THE_DOCUMENT = re.compile(
    r"(?i)^(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:agreement|memorand\w*|contract|"
    r"roadmap|plan|programme|document)\s+(?:was|has\s+been)\s+(?:\w+\s+)?signed\b"
)


def _goes_on(doc: Doc, s: int, kind: str, hits: list[AgreementHit]) -> bool:
    """ "The agreement was signed …" right after the sentence that reported that agreement."""
    return (
        bool(hits)
        and hits[-1].sent == s - 1
        and (hits[-1].kind == kind or _GENERIC.match(doc.sents[s].text) is not None)
        and _THE_DOCUMENT.match(doc.sents[s].text) is not None
    )


# "Sheba and MBRU signed a memorandum … The agreement was signed on the sidelines of …": a
# word for any document
_GENERIC = re.compile(r"(?i)^(?:the|this)\s+(?:agreement|document|deal)\b")


def _items_again(doc: Doc, s: int, text: str, hits: list[AgreementHit]) -> bool:
    """ "- with A …; - with B …. The documents were signed by the rector of A and the director
    of B": the listed documents told again, one signer each, not a document of A and B."""
    return (
        bool(hits)
        and s - hits[-1].sent <= 2
        and listed(doc, hits[-1].sent)
        and _ALL_OF.search(text) is not None
    )


_CEREMONY_BETWEEN = re.compile(r"(?i)\bsigning\s+(?:ceremony\s+)?between\b")


def _ceremony_before(doc: Doc, s: int) -> list[int]:
    """ "The signing ceremony between A and B was held online. … and the memorandum was signed
    electronically": the two of the ceremony the sentence before, in the same paragraph."""
    if not doc.continues_paragraph(s):
        return []
    if _CEREMONY_BETWEEN.search(doc.sents[s - 1].text) is None:
        return []
    low = [t.text.casefold() for t in doc.toks[s - 1]]
    group = list_after(doc, s - 1, low.index("between") + 1, sentence_insts(doc, s - 1))
    return group if len(set(group)) == 2 else []


def _word_at(trig: re.Match[str] | None) -> int | None:
    """Where the sentence's document word starts: "…, which builds on the two institutions'
    ties" after it tells what the document is about, not who adopted it."""
    return None if trig is None else trig.start()


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


# "Signed by the rector and by Dr. X.": a sentence with no subject, right after its document
_SIGNED_BY = re.compile(r"^\s*Signed\s+(?:on\s+[\w\s]{3,20}?\s+)?by\b")


# "The signatories were Rector A and Rector B.": who signed the document told just before
_SIGNATORIES = re.compile(r"^\s*(?:The|Its)\s+signatories\s+(?:were|are)\b")


def _signed_after(doc: Doc, s: int, hits: list[AgreementHit]) -> bool:
    """Sentence s is a bare "Signed by …" (or "The signatories were …") in the paragraph of
    the document told just before."""
    text = doc.sents[s].text
    return (
        s > 0
        and (_SIGNED_BY.match(text) is not None or _SIGNATORIES.match(text) is not None)
        and (doc.continues_paragraph(s) or _line_of_its_own(doc, s))
        and any(h.sent == s - 1 for h in hits)
    )


def _line_of_its_own(doc: Doc, s: int) -> bool:
    """ "Signed by: Director A; Director B." as a line of its own, right below the paragraph
    that told the signing (blank lines apart)."""
    if not _SIGNED_BY_COLON.match(doc.sents[s].text):
        return False
    between = doc.lines[doc.sents[s - 1].line + 1 : doc.sents[s].line]
    return not any(line.strip() for line in between)


_SIGNED_BY_COLON = re.compile(r"^\s*Signed\s+by\s*:")


# "Semey Medical University was represented by Rector X, and the Medical University of Vienna
# by its Rector Y", "The Chinese side was represented by Z": who signed for each party
_REPRESENTED = re.compile(r"\b(?:was|were)\s+represented\s+by\b")


def _represented(doc: Doc, s: int, hits: list[AgreementHit]) -> bool:
    """Sentence s tells who represented the parties of the document told at most two
    sentences before, in its paragraph."""
    return (
        bool(hits)
        and 0 < s - hits[-1].sent <= 2
        and doc.sents[hits[-1].sent].line == doc.sents[s].line
        and _REPRESENTED.search(doc.sents[s].text) is not None
    )


def _add_signers(hit: AgreementHit, signers: list[int]) -> None:
    for p in signers:
        if p not in hit.signatories:
            hit.signatories.append(p)


def _other_years(a: AgreementHit, b: AgreementHit) -> bool:
    """ "signed a new agreement on 29 November 2024 … The first agreement between the two
    universities was concluded on 17 May 1998": two documents, not one told twice."""
    if a.date is None or b.date is None or a.weak_date or b.weak_date:
        return False
    return a.date[:4] != b.date[:4]


def _each_its_partner(doc: Doc, a: AgreementHit, b: AgreementHit) -> bool:
    """Each of two documents told "The agreement with X …" names a partner of its own."""
    return (
        a.sent != b.sent
        and _WITH_NAMED.match(doc.sents[a.sent].text) is not None
        and _WITH_NAMED.match(doc.sents[b.sent].text) is not None
        and bool(set(a.parties) - set(b.parties))
        and bool(set(b.parties) - set(a.parties))
    )


_WITH_NAMED = re.compile(
    r"^(?:[Tt]he|[Tt]his)\s+(?:[a-z]+\s+)?(?:agreement|memorandum|contract)\s+with\s+(?:the\s+)?[A-Z]"
)


def _merge(doc: Doc, hits: list[AgreementHit]) -> list[AgreementHit]:
    out: list[AgreementHit] = []
    for h in hits:
        same = next(
            (
                o
                for o in out
                if set(o.parties) == set(h.parties)
                and (o.kind == h.kind or h.anaphoric)
                and not _other_years(o, h)
            ),
            None,
        )
        if same is None and h.anaphoric:  # "The memorandum was signed by …": the last one
            same = next(
                (
                    o
                    for o in reversed(out)
                    if o.kind == h.kind
                    and set(h.parties) & set(o.parties)
                    and not _other_years(o, h)
                    # "The agreement with A was signed …; the agreement with B …": two
                    and not _each_its_partner(doc, o, h)
                ),
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
