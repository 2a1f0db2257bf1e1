"""The parties of a signing sentence: "between A and B", "with A, B and C", "A and B signed"."""

from __future__ import annotations

import re

from ._agreement_words import WITH_ITEM, trigger, trigger_words
from ._doc import Doc
from ._generic import spelled_head
from ._home import acting_institution
from ._listitems import following_list, intro_sent, listed
from ._lists import list_after, paired
from ._persons import PersonEntity
from ._sentences import Token
from ._signers import verb_pos
from ._subjects import agreement_subject

PASSIVE_SIGNED = re.compile(
    r"\b(?:were|was|have been|has been|had been)\s+(?:\w+\s+)?"
    r"(?:signed|concluded|inked|approved)\b",
    re.IGNORECASE,
)


# "The second memorandum, signed on 23 May with X, concerns …": signed by whom the text leaves
# to its own institution, as "was signed with X" does
_SIGNED_PARTICIPLE = re.compile(
    r"(?i)\b(?:memorand(?:um|a|ums)|mous?|agreements?|contracts?|roadmaps?|plans?|protocols?|"
    r"documents?)\s*,\s+signed\b"
)


# "the institute has been working with X under a contract on remote consultations": a document
# in force between the two, though the text does not tell its signing
WORKS_UNDER = re.compile(
    r"(?i)\b(?:work|cooperat|collaborat)\w*\s+with\s+[^.;]{3,120}?\bunder\s+(?:a|an|the|their)\s+"
    r"(?:[\w-]+\s+){0,2}(?:contract|agreement|memorand\w*|mou)\b"
)


# "since 2022 the academy has had an agreement on student exchange with X": a document in
# force between the two, so signed once (not "hopes to have", "will have an agreement")
HOLDS_WITH = re.compile(
    r"(?i)\b(?=ha[sv])(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)"
    r"(?<!\bmight\s)(?<!\bshould\s)(?:has|have)\s+(?:long\s+|already\s+)?(?:had\s+)?(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:agreement|memorandum|contract|mou)\s+(?:[^.;]{0,60}?\s)?with\b"
)


Insts = list[tuple[int, int, int]]  # (token start, token end, entity) of a sentence's names


def bracketed_off(doc: Doc, s: int, insts: Insts) -> Insts:
    """Without the names a bracket opens right after another name: "A (Instituto B, Havana)" is
    A's own name in its language, or its parent, never a party of its own."""
    toks = doc.toks[s]
    ends = {e for _, e, _ in insts}
    return [
        x
        for x in insts
        if not (x[0] >= 1 and toks[x[0] - 1].text == "(" and x[0] - 1 in ends)
        and not _apposed(toks, x, ends)
    ]


_APPOSITION_LEAD = frozenset(["the", "a", "an", "its", "their"])


def _apposed(toks: list[Token], x: tuple[int, int, int], ends: set[int]) -> bool:
    """ "A, the virtual hospital of B, signed …": B names what A is, never a party; the
    words between A and B are ", the <lower-case words> of" and a comma closes B."""
    a, b, _ = x
    if a >= 1 and toks[a - 1].text == "the":
        a -= 1  # "A, a member of the B Group,"
    if b >= len(toks) or toks[b].text != "," or a < 3 or toks[a - 1].text != "of":
        return False
    if toks[a - 2].text == "part" and toks[a - 3].text == "," and a - 3 in ends:
        return True  # "A, part of B, signed …"
    k = a - 2
    while k >= 0 and toks[k].text[:1].islower() and toks[k].text.isalpha():
        k -= 1
    words = [t.text for t in toks[k + 1 : a - 1]]
    return (
        k >= 1
        and toks[k].text == ","
        and k in ends
        and 2 <= len(words) <= 5
        and words[0] in _APPOSITION_LEAD
    )


def parties_of(
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
    # the "with" after the document's word ("… relations with X are not limited to Y: the
    # Academy concluded an agreement with Z"), else the first one
    withs = [k for k, w in enumerate(low) if w == "with" and k + 1 < len(low)]
    doc_at = _trigger_token(doc, s)
    with_k = next((k for k in withs if k > doc_at), withs[0] if withs else None)
    if withs and WORKS_UNDER.search(doc.sents[s].text):
        with_k = withs[0]  # "working with X under a contract …": the partner before the word
    if with_k is None:
        with_k = next((k + 1 for k, w in enumerate(low) if w == "together"), None)
    if with_k is not None and _UNNAMED_SIGNERS.search(doc.sents[s].text):
        return [], False  # "… Uzbek medical institutions signed memorandums with A and B"
    if with_k is not None:
        partners = list_after(doc, s, with_k + 1, insts)
        partners += following_list(doc, s)
        subj = _holder(doc, s, insts) or agreement_subject(doc, s, insts, with_k, people)
        if subj is None and (
            PASSIVE_SIGNED.search(doc.sents[s].text)
            or _SIGNED_PARTICIPLE.search(doc.sents[s].text)
            or _passive_intro(doc, s)
        ):
            # "Roche signed two agreements with the hospitals. The agreement with A was signed
            # by …": the signer of the documents counted just before; else the release's own
            subj = _counted_signer(doc, s)
            subj = acting_institution(doc) if subj is None else subj
        if subj is None:  # "the institute has been working with X under a contract"
            subj = _the_own(doc, s, with_k)
        if subj is None:  # "On 3 May the hospital signed a long agreement … with X"
            subj = _the_head_signed(doc, s, people)
        if subj is None and listed(doc, s):
            # "X concluded three memorandums:" "– with A"; "The documents are:" "1. A
            # memorandum with A": the intro's subject, else the release's own institution
            subj = _intro_subject(doc, s, people) or acting_institution(doc)
        if subj is None and _UNREAD_SUBJECT.search(doc.sents[s].text[: _verb_char(doc, s)]):
            return [], False  # "a delegation of the Italian Fondazione … signed": not the last
        subj = subject if subj is None else subj
        if partners and subj is not None:
            if len(partners) >= 2 and _one_document(doc, s):
                return [[subj, *partners]], True  # "a tripartite memorandum with A and B"
            subjects = [e for a, _, e in insts if a < verb_pos(doc, s)]
            if _MULTI.search(doc.sents[s].text) and len(set(subjects)) >= 2:
                # "A and B concluded a tripartite agreement with C": one document of all three
                return [list(dict.fromkeys([*subjects, *partners]))], True
            further = _each_with(doc, s, withs, with_k, insts)
            if len(partners) == 1 and further:  # "a memorandum with B and a roadmap with C"
                return [[subj, p] for p in [*partners, *further] if p != subj], False
            return [[subj, p] for p in partners if p != subj], False
    if with_k is None and following_list(doc, s) and subject is not None:
        return [[subject, p] for p in following_list(doc, s)], False
    before = [e for a, _, e in insts if a < verb_pos(doc, s)]
    if len(before) == 1:
        before += _and_the_head(doc, s, insts, before[0]) or _the_head_and(doc, s, before[0])
    if len(before) >= 2:
        return [before], True
    by = _signed_by_institutions(doc, s, insts)
    if len(by) >= 2:
        return [by], True
    return [], False


# "which the WHO Regional Office and the Ministry signed": the other signer by its head noun
_AND_THE = re.compile(r"\s+and\s+the\s+([A-Z][a-z]+)\s+(?:\w+\s+)?(?:signed|concluded|inked)\b")


def _and_the_head(doc: Doc, s: int, insts: Insts, first: int) -> list[int]:
    """ "A and the Ministry signed": the one other institution of the text with that head."""
    end = max(m.char_end for m in doc.inst_mentions if m.sent == s and m.entity == first)
    the = _AND_THE.match(doc.text, end)
    return [] if the is None else _other_with_head(doc, the.group(1), first)


# "the Ministry and the Japan International Cooperation Agency signed": the head noun first
_THE_AND = re.compile(
    r"\b((?:[Tt]he\s+[A-Z][a-z]+\s*,\s+)*)[Tt]he\s+([A-Z][a-z]+)\s+and\s+(?:the\s+)?$")
_THE_WORD = re.compile(r"[Tt]he\s+([A-Z][a-z]+)")


def _the_head_and(doc: Doc, s: int, first: int) -> list[int]:
    """ "the Ministry and A signed", "the University, the Ministry and A signed": for each
    head noun, the one other institution of the text with it, when the list opens the clause
    (not "talks between the Corporation and A", nor the last two of "the Tajik ministry, the
    Corporation and A")."""
    start = min(m.char_start for m in doc.inst_mentions if m.sent == s and m.entity == first)
    the = _THE_AND.search(doc.text, doc.sents[s].start, start)
    if the is None:
        return []
    before = doc.text[doc.sents[s].start : the.start()].split()
    if before and (
        before[-1].casefold() in _NOT_OPENING
        or (before[-1].endswith(",") and before[-1][:-1].casefold() in doc.rules.heads)
    ):
        return []
    words = [*_THE_WORD.findall(the.group(1)), the.group(2)]
    found = [_other_with_head(doc, w, first) for w in words]
    others = [e for f in found for e in f]
    return others if all(found) and len(set(others)) == len(words) else []


# words after which "the X and A" is no clause's subject: "talks between the Corporation and A"
_NOT_OPENING = frozenset(["between", "with", "and", "of", "to", "from", "by", "for", "among"])


def _other_with_head(doc: Doc, word: str, first: int) -> list[int]:
    """The one institution other than ``first`` that a mention names with this head noun."""
    head = spelled_head(word)
    found = {
        m.entity
        for m in doc.inst_mentions
        if m.entity is not None and m.entity != first and head in _head_nouns(m.head)
    }
    return list(found) if len(found) == 1 else []


def _head_nouns(head: str | None) -> set[str]:
    """ "ministry of health": ministry; "scientific research institute": institute."""
    words = spelled_head(head or "").split(" ")
    return {words[0], words[-1]}


def _intro_subject(doc: Doc, s: int, people: list[PersonEntity]) -> int | None:
    """Who signs the documents a "– with A" item lists: the subject of its intro ("On 29 June
    the centre's partner X concluded three memorandums of cooperation:")."""
    intro = intro_sent(doc, s)
    if intro is None:
        return None
    insts = sorted((m.start, m.end, m.entity) for m in doc.inst_mentions
                   if m.sent == intro and m.entity is not None)
    # up to the document's word: "at a signing ceremony, X concluded" has a verb before X
    return agreement_subject(doc, intro, insts, _trigger_token(doc, intro), people)


def _holder(doc: Doc, s: int, insts: Insts) -> int | None:
    """ "…, and since 2022 the academy's partner X has had an agreement with Y": the name
    right before "has" holds the document, whatever the sentence named before it."""
    sent = doc.sents[s]
    holds = HOLDS_WITH.search(sent.text)
    if holds is None:
        return None
    at = sent.start + holds.start()
    toks = doc.toks[s]
    return next((e for _, b, e in insts if 0 < b <= len(toks) and toks[b - 1].end + 1 == at), None)


# a plural that names no signer: a summary the report details later
_UNNAMED_SIGNERS = re.compile(
    r"\b(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?(?:institutions|universities|clinics|hospitals|centres|"
    r"centers|organi[sz]ations)\s+(?:have\s+|had\s+)?(?:also\s+)?(?:signed|concluded)\b"
)


# "a delegation of the Italian Fondazione Policlinico … signed": a subject named by words the
# reader does not know as an institution, which the subject of an earlier sentence is not
_UNREAD_SUBJECT = re.compile(
    r"\b(?:delegation|representatives?)\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:[A-Z][\w'’-]+\s+){2,}"
)


_THE_HEAD = re.compile(r"\b[Tt]he\s+([A-Za-z][a-z]+)\s+(?:[a-z]+\s+){0,3}$")


def _the_own(doc: Doc, s: int, with_k: int) -> int | None:
    """ "the institute … with X": the release's own institution, named by its head noun."""
    toks, sent = doc.toks[s], doc.sents[s]
    before = sent.text[: toks[with_k].start - sent.start] if with_k < len(toks) else ""
    the = _THE_HEAD.search(before)
    own = acting_institution(doc)
    if the is None or own is None:
        return None
    heads = {(m.head or "").casefold() for m in doc.inst_mentions if m.entity == own}
    word = the.group(1).casefold()
    return own if word in heads or word.replace("centre", "center") in heads else None


# "the university (has) signed": the signer by its head noun alone, right before the verb
_THE_HEAD_SIGNED = re.compile(
    r"\b[Tt]he\s+([A-Za-z][a-z]+)\s+(?:(?:has|have|had|also|then|today)\s+)*"
    r"(?:signed|concluded|inked)\s*$"
)


def _the_head_signed(doc: Doc, s: int, people: list[PersonEntity]) -> int | None:
    """ "the university signed … with X": the release's own institution when that is its head
    noun, else the one institution named before with that head noun; "the ministry", when no
    ministry is named as such, the one ministry a minister's title names."""
    k, toks = verb_pos(doc, s), doc.toks[s]
    if k >= len(toks):
        return None
    the = _THE_HEAD_SIGNED.search(doc.sents[s].text[: toks[k].end - doc.sents[s].start])
    if the is None:
        return None
    word = spelled_head(the.group(1))  # "the University signed"

    def heads(e: int) -> set[str]:
        return {w for m in doc.inst_mentions if m.entity == e for w in _head_nouns(m.head)}

    own = acting_institution(doc)
    if own is not None and word in heads(own):
        return own
    found = {m.entity for m in doc.inst_mentions if m.entity is not None and m.sent <= s}
    named = [e for e in found if word in heads(e)]
    if not named and word == "ministry":
        named = list(
            {
                i
                for p in people
                for t, i, _ in p.positions
                if i is not None and _MINISTER.search(t or "")
            }
        )
    return named[0] if len(named) == 1 else None


_MINISTER = re.compile(r"\bminister\b", re.IGNORECASE)


# "Roche signed two implementation agreements with …": a count of documents one signer signed
_COUNTED = re.compile(
    r"\b(?:signed|concluded)\s+(?:two|three|four|five|six|\d{1,2})\s+(?:[\w-]+\s+){0,2}"
    r"(?:agreements|memorand\w+|contracts|documents)(?:\s+of\s+[a-z]+)?(?:\s+with\b|\s*[.:])"
)


def _counted_signer(doc: Doc, s: int) -> int | None:
    """The institution that, up to three sentences before, signed a count of documents "with"
    partners the text tells one by one after ("NTUH signed two memorandums of understanding.
    The first, with A, … The second memorandum, signed on 23 May with B")."""
    for prev in (s - 1, s - 2, s - 3):
        if prev < 0:
            return None
        m = _COUNTED.search(doc.sents[prev].text)
        if m is None:
            continue
        at = doc.sents[prev].start + m.start()
        before = [x for x in doc.inst_mentions
                  if x.sent == prev and x.entity is not None and x.char_end <= at]
        if before and at - before[-1].char_end <= 2:
            return before[-1].entity
        return None
    return None


def _passive_intro(doc: Doc, s: int) -> bool:
    """ "Three memoranda were signed in Kaunas:" then "- with A, on …": an item of a list whose
    intro names no signer of the release's side."""
    if WITH_ITEM.match(doc.sents[s].text) is None:
        return False
    intro = intro_sent(doc, s)
    return intro is not None and PASSIVE_SIGNED.search(doc.sents[intro].text) is not None


def _verb_char(doc: Doc, s: int) -> int:
    """The offset in sentence ``s`` of its signing verb (its end when it has none)."""
    k = verb_pos(doc, s)
    toks, sent = doc.toks[s], doc.sents[s]
    return toks[k].start - sent.start if k < len(toks) else len(sent.text)


def _each_with(doc: Doc, s: int, withs: list[int], with_k: int, insts: Insts) -> list[int]:
    """The partners of further documents of the sentence, each after its own document word
    and "with": "signed a memorandum with B and a roadmap with C" -> [C]."""
    sent = doc.sents[s]
    words = [
        next((k for k, t in enumerate(doc.toks[s]) if t.start >= sent.start + m.start()), 0)
        for m in trigger_words(doc, sent.text)
    ]
    out: list[int] = []
    last = with_k
    for k in (k for k in withs if k > with_k):
        if not any(last < w < k for w in words):
            return []  # "with B, together with C": one document's partners
        partner = list_after(doc, s, k + 1, insts)
        if len(partner) != 1:
            return []
        out.append(partner[0])
        last = k
    return out


def _trigger_token(doc: Doc, s: int) -> int:
    """The token of the sentence's document word (0 when it has none)."""
    m = trigger(doc, s)
    if m is None:
        return 0
    at = doc.sents[s].start + m.start()
    return next((k for k, tok in enumerate(doc.toks[s]) if tok.start >= at), 0)


def _signed_by_institutions(doc: Doc, s: int, insts: list[tuple[int, int, int]]) -> list[int]:
    """ "A trilateral agreement was signed by A, B and C": the institutions listed right
    after "signed by" (people named there are read as signatories instead)."""
    low = [t.text.casefold() for t in doc.toks[s]]
    verb = verb_pos(doc, s)
    k = next((j for j in range(verb + 1, min(len(low), verb + 5)) if low[j] == "by"), None)
    if k is None or any(m.sent == s and m.start > k for m in doc.person_mentions):
        return []  # "signed by the Rector of A, Name, and the Director of B, Name": signers
    return list_after(doc, s, k + 1, insts)


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
    trig = trigger(doc, s)
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
