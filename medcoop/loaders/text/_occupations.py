"""Posts written without a title word: a professorship with its chair ("Professor of
Cardiology", "Associate Professor of the Department of Surgery", "professors of SibSMU A and
B") and an occupation before a name ("the endocrinologist Dr. Aya Fujimoto")."""

from __future__ import annotations

import re

from . import _geo
from ._doc import Doc, PersonMention
from ._generic import generic

# "Professor" alone is an honorific; with a chair ("of Cardiology", "at the Faculty of …") it is
# the person's post
_CHAIR = r"(?:[Aa]ssociate\s+|[Aa]ssistant\s+|[Vv]isiting\s+)?[Pp]rofessor\s+(?:of|at)\s+[^,;.()]+?"
_CHAIR_AFTER = re.compile(rf"^,\s+(?:the\s+|an?\s+)?(?P<t>{_CHAIR})(?=\s*(?:[,;.)]|$))")
# before the name: at the start of the sentence or of a list item ("…, Dean of X N.G. Petrova
# and Associate Professor of the Department of Surgery A.M. Tsyrkunov")
_CHAIR_BEFORE = re.compile(
    rf"(?:^|[,;:]\s+|\b(?:and|included|includes|including)\s+)(?:the\s+)?(?P<t>{_CHAIR})\s+"
    r"(?:(?:Dr|Prof|Professor)\.?\s+)?$"
)
# "professors of SibSMU A and B": the plural with the institution, then the names
_PROFESSORS_OF = re.compile(r"\bprofessors\s+(?:of|from)\s+(?:the\s+)?(?P<x>\S[^,;.]*?)\s+$")
# "the endocrinologist Dr. Aya Fujimoto", "the anaesthetist Dr. X", "the perfusionist X": an
# occupation after the article or a demonym ("Kuwaiti cardiologist Dr. X")
_OCCUPATION = re.compile(
    r"(?:\b[Tt]he|\b(?P<dem>[A-Z][a-z]+))\s+"
    r"(?P<t>(?:[a-z]+\s+)?[a-z]+(?:logist|ician|iatrist|geon|thetist|sionist|apist|ntist))"
    r"\s+"
    r"(?:(?:Dr|Prof|Professor)\.?\s+)?$"
)


# "Dr. Ana Ruiz, a paediatric anaesthesiologist at X": the occupation after the name, and
# the institution named right after it
_OCCUPATION_AT = re.compile(
    r"^,\s+(?:an?|the)\s+(?P<t>(?:[a-z]+\s+)?[a-z]+(?:logist|ician|iatrist|geon|thetist|"
    r"sionist|apist|ntist))\s+(?:at|of|from)\s+(?:the\s+)?"
)


def _occupation_at(doc: Doc, p: PersonMention, after: str) -> tuple[str, int] | None:
    job = _OCCUPATION_AT.match(after)
    if job is None:
        return None
    at = p.char_end + job.end()
    inst = next(
        (
            m.entity
            for m in doc.inst_mentions
            if m.sent == p.sent and m.char_start == at and m.entity is not None
        ),
        None,
    )
    return (job.group("t"), inst) if inst is not None else None


def occupation_titles(doc: Doc, p: PersonMention) -> list[tuple[str, int | None]]:
    """(title, institution or None) of the posts of these kinds written next to the mention."""
    sent = doc.sents[p.sent]
    before = doc.text[sent.start : p.char_start]
    after = doc.text[p.char_end : sent.end]
    found: list[tuple[str, int | None]] = []
    if chair := _CHAIR_AFTER.match(after):
        found.append((chair.group("t"), None))
    if chair := _CHAIR_BEFORE.search(before):
        found.append((chair.group("t"), None))
    job = _OCCUPATION.search(before)
    # "Kuwaiti cardiologist Dr. X": a demonym in place of the article
    if job and (job.group("dem") is None or _geo.is_demonym(job.group("dem"))):
        found.append(_owned_job(doc, job.group("t")))
    if (job_at := _occupation_at(doc, p, after)) is not None:
        found.append(job_at)
    owner = _professor_of(doc, p, before)
    if owner is not None:
        found.append(("professor", owner))
    return found


def _owned_job(doc: Doc, job: str) -> tuple[str, int | None]:
    """ "the hospital anaesthetist": the occupation at the one hospital the text names."""
    first, _, rest = job.partition(" ")
    if rest and first in doc.rules.heads:
        return rest, generic(doc, first)
    return job, None


def _professor_of(doc: Doc, p: PersonMention, before: str) -> int | None:
    """The institution of "professors of X A and B" for A and for B."""
    sent = doc.sents[p.sent]
    prev = next(
        (
            q
            for q in doc.person_mentions
            if q.sent == p.sent and q.char_end < p.char_start
            and re.fullmatch(r"\s+and\s+", doc.text[q.char_end : p.char_start])
        ),
        None,
    )
    if prev is not None:  # "… A and B": B is one of the professors A opens the list of
        before = doc.text[sent.start : prev.char_start]
    pm = _PROFESSORS_OF.search(before)
    if pm is None:
        return None
    at = sent.start + pm.start("x")
    return next(
        (
            m.entity
            for m in doc.inst_mentions
            if m.sent == p.sent and m.char_start == at and m.entity is not None
            and m.char_end == sent.start + pm.end("x")
        ),
        None,
    )
