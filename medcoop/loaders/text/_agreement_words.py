"""The words that name a document ("memorandum", "road map") and those that hedge it."""

from __future__ import annotations

import functools
import re

from ._counts import verb_re
from ._doc import Doc
from ._listitems import between_item, intro_sent, listed


@functools.cache
def _not_document_plans() -> frozenset[str]:
    from ._rules import _load, _lower

    return _lower(_load("agreements.yaml"), "not_document_plans", "agreements.yaml")


_WORD_BEFORE = re.compile(r"([A-Za-z-]+)\s+$")


def _patient_plan(text: str, m: re.Match[str]) -> bool:
    """ "a treatment plan", "the care plan": a bare "plan" a patient or project has."""
    if m.group(1).casefold() not in ("plan", "plans"):
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    return before is not None and before.group(1).casefold() in _not_document_plans()


def kind_of(doc: Doc, word: str) -> str:
    """The kind of document a trigger word names, whatever its spacing and case."""
    return doc.rules.triggers[re.sub(r"\s+", " ", word.casefold())]


def trigger(doc: Doc, s: int) -> re.Match[str] | None:
    """The agreement word nearest to the signing verb (first one when there is no verb)."""
    text = doc.sents[s].text
    found = trigger_words(doc, text)
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


# "in accordance with the agreements reached at the highest level", "pursuant to the
# agreement": an understanding the text invokes, not a document it reports (unless the same
# words say it was signed: "under the agreement signed in 2019")
_INVOKED_BEFORE = re.compile(
    r"(?i)\b(?:in\s+accordance\s+with|pursuant\s+to|in\s+line\s+with|in\s+pursuance\s+of|"
    r"in\s+implementation\s+of|in\s+keeping\s+with|as\s+provided\s+(?:for\s+)?by)\s+"
    r"(?:the|these|those|an?)?\s*(?:[\w-]+\s+){0,2}$"
)
_INVOKED_AFTER = re.compile(
    r"(?i)^\s+(?:previously\s+|already\s+|earlier\s+)?(?:reached|achieved|arrived\s+at)\b"
)
_SIGNED_AFTER = re.compile(r"(?i)^\s+(?:[\w-]+\s+){0,5}?(?:signed|concluded|inked)\b")


def _invoked(text: str, m: re.Match[str]) -> bool:
    after = text[m.end() : m.end() + 60]
    if _INVOKED_AFTER.match(after):
        return True
    return bool(_INVOKED_BEFORE.search(text[: m.start()])) and not _SIGNED_AFTER.match(after)


def trigger_words(doc: Doc, text: str, start: int = 0) -> list[re.Match[str]]:
    """The agreement words of text from ``start``, less "deal(s)" used as a verb ("the
    document deals with digital health", "to deal with"): a noun has a determiner, a number
    or a signing verb before it; and less an understanding merely invoked ("in accordance
    with the agreements reached")."""
    out = []
    for m in doc.rules.trigger_re.finditer(text, start):
        word = m.group(1).casefold()
        after = text[m.end() : m.end() + 6].casefold()
        if (
            word in ("deal", "deals")
            and after.startswith(" with")
            and not _NOUN_BEFORE.search(text[: m.start()])
        ) or _invoked(text, m) or _patient_plan(text, m):
            continue
        out.append(m)
    return out


# "No agreement was signed", "no documents were signed", "neither side signed": a negated
# document, whatever the verb after it
_NEGATED = re.compile(
    # the look-ahead of every branch's first word first, so most positions fail at once
    r"(?i)(?=\b(?:no|neither|discuss|approved|agreed|finali|coordinated|settled|accepted|"
    r"endorsed|reach|signing|will|shall|would))(?:"
    r"\bno\s+(?:[\w-]+\s+){0,2}(?:agreements?|memorand\w*|mous?|documents?|contracts?|"
    r"deals?|papers?|roadmaps?|accords?)\b|\bnothing\s+(?:\w+\s+)?(?:was|has\s+been)\s+signed\b"
    r"|\bneither\s+(?:side|party)\b"
    # "The sides discussed the text of a memorandum between A and B": talked over, not signed
    r"|\bdiscuss(?:ed|es|ing)?\s+(?:the\s+)?(?:text|draft|terms|provisions|details)\s+of\b"
    # "approved the text of a memorandum", "agreed in principle on the text of": the wording
    # settled, the signing still to come
    r"|\b(?:approved|agreed|finali[sz]ed|coordinated|settled)\s+(?:in\s+principle\s+)?"
    r"(?:on\s+|upon\s+)?(?:the\s+)?(?:main\s+)?(?:text|draft|terms|provisions|wording)\s+of\b"
    r"|\bdiscuss(?:ed|es|ing)?\s+(?:a|an|the)\s+(?:new\s+|draft\s+|future\s+|possible\s+)?"
    r"(?:memorand|agreement|contract|road\s?map|plan)"
    # "agreed in principle on a memorandum", "approved in principle": settled, not signed
    r"|\b(?:agreed|approved|accepted|endorsed)\s+in\s+principle\b"
    # "reached agreement on a memorandum": its terms settled; "the signing of X is on the
    # agenda of the next meeting": still to come
    r"|\breach(?:ed|es)?\s+(?:an?\s+)?(?:agreement|consensus|understanding)\s+on\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:memorand|agreement|contract|road\s?map|plan|text|draft)"
    r"|\bsigning\s+of\b[^.;]{0,160}\bon\s+the\s+agenda\b"
    # "will soon sign", "would later conclude": a future signing, an adverb apart
    r"|\b(?:will|shall|would)\s+(?:[a-z]+ly\s+|soon\s+|also\s+|then\s+){1,2}"
    r"(?:sign|conclude|ink)\b)"
)


# "Following the negotiations, the roadmap was signed": talks already held, no hedge
_TALKS_HELD = re.compile(
    r"(?i)\b(?:following|after|at\s+the\s+end\s+of|as\s+a\s+result\s+of|in\s+the\s+course\s+of|"
    r"during)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}negotiations?\b"
)


# "A ceremony to sign a memorandum between X and Y was held on 3 May": a signing that took
# place, not a plan to sign (the hedge "to sign" would otherwise withdraw it)
_CEREMONY_HELD = re.compile(
    r"(?i)\bceremony\s+to\s+sign\b(?=[^.;]{0,200}?\b(?:was|were)\s+(?:held|organi[sz]ed)\b"
    r"|[^.;]{0,200}?\btook\s+place\b)"
)


# "discussed preparation of a roadmap", "began drafting of the plan": a document in the
# making; "signed … on the drafting of a programme", "a memorandum on the preparation of a
# programme, signed by …": what a signed one is about
_IN_THE_MAKING = re.compile(
    # the look-ahead first: where no such word starts, one test fails (six times faster)
    r"(?i)(?=\b(?:preparation|drafting|elaboration|working|drawing|discuss))(?:"
    r"(?<!\bon\s)(?<!\bon\sthe\s)(?<!\bfor\s)(?<!\bfor\sthe\s)(?<!\babout\s)"
    r"(?<!\babout\sthe\s)(?<!\bin\s)(?<!\bin\sthe\s)(?<!\bjoint\s)\b(?:preparation|drafting|elaboration|working\s+out|drawing\s+up)\s+of\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:memorand|agreements?\b|contracts?\b|road\s?maps?\b|"
    r"plans?\b|programmes?\b|documents?\b|accords?\b)"
    r"|\bdiscuss(?:ed|es|ing)?\s+(?:the\s+)?(?:preparation|drafting|elaboration|development|"
    r"conclusion)\s+of\b)"
)


# "… signed an agreement on a master's programme, with the first intake planned for
# September": after a signing in the past, a trailing "with" clause that plans something other
# than a document (no document word in it) is about what the signed one sets going
_WITH_PLANNED = re.compile(
    r"(?i)\b(?:signed|concluded)\b[^;]*?,\s+(with\s+(?:the|a|an|its|their)\s+"
    r"(?:(?!memorand|agreement|contract|road\s?map|plan\b|document|mou\b)[\w'’-]+\s+){1,4}"
    r"(?:planned|scheduled|expected|due|set)\b(?:(?!memorand|agreement|contract|road\s?map|"
    r"document|\bmou\b|\bsign)[^.;])*)$"
)


def hedged(doc: Doc, text: str) -> bool:
    return _hedged(doc.rules.hedge_re, verb_re(doc.rules.signing_verbs), text)


# "Deputy Minister of Health for Planning and Development", "Department of Planning": a
# capitalised hedge word after a capitalised word and "for"/"of"/"and" is part of a title or a
# name, not a plan (a lower-case "for planning" still is one)
_IN_A_NAME = re.compile(r"\b[A-Z][\w’'-]*\s+(?:for|of|and|&)\s+\Z")


def _in_a_name(text: str, m: re.Match[str]) -> bool:
    return m.group()[0].isupper() and bool(
        _IN_A_NAME.search(text, max(0, m.start() - 40), m.start())
    )


@functools.lru_cache(maxsize=1024)
def _hedged(hedge_re: re.Pattern[str], signing_re: re.Pattern[str], text: str) -> bool:
    # cached: the readers of one report ask this of the same sentence three times on average
    text = _TALKS_HELD.sub(" ", text)
    text = _CEREMONY_HELD.sub(" ceremony of signing ", text)
    with_planned = _WITH_PLANNED.search(text.rstrip(". "))
    if with_planned is not None:
        text = text[: with_planned.start(1)]
    if _NEGATED.search(text) is not None:
        return True
    first = hedge_re.search(text)
    if first is not None and (
        not _in_a_name(text, first)
        or any(not _in_a_name(text, m) for m in hedge_re.finditer(text, first.end()))
    ):
        return True
    m = _IN_THE_MAKING.search(text)
    return m is not None and signing_re.search(text, 0, m.start()) is None


def also_signed(doc: Doc, s: int, trig: re.Match[str]) -> list[tuple[str, str]]:
    """ "signed an agreement on X and a roadmap for Y": each further document of another
    kind joined to the first by "and a/an" is one more agreement between the same parties."""
    text = doc.sents[s].text
    out: list[tuple[str, str]] = []
    seen = {kind_of(doc, trig.group(1))}
    for m in trigger_words(doc, text, trig.end()):
        kind = kind_of(doc, m.group(1))
        joint = _JOINED.search(text[trig.end() : m.start(1)])
        if kind in seen or joint is None or m.group(1).casefold().endswith("s"):
            continue
        seen.add(kind)
        out.append((kind, m.group(1)))
    return out


# a list item that names the partner only: "- with Riga Stradins University, on …"
WITH_ITEM = re.compile(r"(?i)^\s*(?:[–—•*-]|\d+[.)])\s+(?:and\s+)?with\b")


# the next document of a coordination: "…, and a roadmap", "and a plan of joint activities"
_JOINED = re.compile(r"\band\s+(?:also\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}$")


_BETWEEN = re.compile(r"\b[Bb]etween\b")


def intro_trigger(doc: Doc, s: int) -> tuple[str, str] | None:
    """The document word of the signing intro above a list item with none of its own."""
    text = doc.sents[s].text
    # "– with A, on …" under "Three memoranda were signed:": the release's side and A
    between = _BETWEEN.search(text) or WITH_ITEM.match(text)
    if not (between or between_item(doc, doc.sents[s].line)) or not listed(doc, s):
        return None  # an item that names only one partner is read with its intro
    intro = intro_sent(doc, s)
    trig = trigger(doc, intro) if intro is not None else None
    if trig is None:
        return None
    return trig.group(1), kind_of(doc, trig.group(1))
