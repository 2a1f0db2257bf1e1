"""Which event an agreement or a count belongs to, and the date of an agreement read from the
sentences around it ("the same day", "on the first day", "The agreement was signed on …")."""

from __future__ import annotations

import datetime as dt
import re

from ._agreements import AgreementHit
from ._dates import find_date, find_range, unstated
from ._doc import Doc
from ._events import EventEntity
from ._signing_dates import years_before

_EVENT_HEADS = (
    "forum",
    "days",
    "conference",
    "congress",
    "summit",
    "exhibition",
    "expo",
    "festival",
    "week",
    "symposium",
    "olympiad",
    "fair",
    "visit",
    "meeting",
    "plenary",
    "round table",
    "campaign",
)


def event_of(doc: Doc, sent: int, events: list[EventEntity]) -> int | None:
    """The event sentence ``sent`` names or refers back to ("the forum")."""
    for e in events:
        if any(s == sent for s, _, _ in e.spans):
            return e.idx
    text = _without_names(doc, sent).casefold()
    heads = [
        e
        for e in events
        if re.search(r"\b(?:" + "|".join(map(re.escape, _head_words(e))) + r")\b", text)
    ]
    if len(heads) > 1:  # "the congress": the one held, not the next one announced
        heads = [e for e in heads if e.start is not None]
    return heads[0].idx if len(heads) == 1 else None


def _without_names(doc: Doc, s: int) -> str:
    """Sentence ``s`` with its institutions' names blanked: "the Kazakh Institute of Oncology"
    does not refer back to the "Eurasian School of Oncology"."""
    sent = doc.sents[s]
    text = sent.text
    for m in sorted((m for m in doc.inst_mentions if m.sent == s), key=lambda m: -m.char_start):
        a, b = m.char_start - sent.start, m.char_end - sent.start
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _head_words(e: EventEntity) -> list[str]:
    """Words a text uses to refer back to an event: its last word, its head noun."""
    name = e.names[0].casefold()
    # "Round Table on Organ Transplantation": the word before "on" is the head, the last
    # word the subject ("transplantation" in a later sentence is no reference to it)
    out = [re.split(r"\s+on\s+", name)[0].split()[-1], "the event"]
    # the head of any form: 'the plenary session "Partnership for Health"' is "the plenary"
    every = " ".join(n.casefold() for n in e.names)
    out += [h for h in _EVENT_HEADS if re.search(r"\b" + h + r"\b", every)]
    return out


# an agreement or count of another time than the event's: "signed in 2019", "last year"
_EARLIER = re.compile(
    r"(?i)\b(?:in|since|from)\s+((?:19|20)\d\d)\b(?![–-])|\b(?:last|previous)\s+(?:year|month)\b"
    r"|\b(?:years?|months?)\s+ago\b|\balready\b"
)


def _earlier(doc: Doc, text: str) -> bool:
    m = _EARLIER.search(text)
    if m is None:
        return False
    return m.group(1) is None or (doc.year is not None and int(m.group(1)) < doc.year)


def main_event(doc: Doc, sent: int, date: str | None, events: list[EventEntity]) -> int | None:
    """The event a long report is about, for a signing or count that does not name one: the
    first event of the lead paragraph, unless the sentence tells of another time (an earlier
    year, a date before the event began)."""
    lead = _lead_line(doc)
    if lead is None or _earlier(doc, doc.sents[sent].text):
        return None
    first = sorted(
        (min(a for s, a, _ in e.spans if doc.sents[s].line == lead), e.idx)
        for e in events
        if any(doc.sents[s].line == lead for s, _, _ in e.spans)
    )
    if not first:
        return None
    e = events[first[0][1]]
    if date is not None and e.start is not None and date[5:] < e.start[-5:]:
        return None  # signed before the event opened: on another occasion
    return e.idx


def _lead_line(doc: Doc) -> int | None:
    """The first paragraph of the body (not the headline, not a dateline: "Tashkent, 14
    November 2025 — Press Service of the Ministry of …" is long, but no sentence ends it)."""
    return next(
        (
            i
            for i, ln in enumerate(doc.lines)
            if i != doc.title_line and len(ln.strip()) > 80 and _ENDS.search(ln)
        ),
        None,
    )


_ENDS = re.compile(r"[.!?:;\"”»)]\s*$")


_SAME_DAY = re.compile(
    r"(?i)\b(?:the\s+)?same\s+(?:day|morning|afternoon|evening|occasion|ceremony)\b"
    r"|\bthat\s+(?:same\s+)?day\b"
    # "Following the talks, A and B signed …": on the day of the talks told of before
    r"|\b(?:following|after|as\s+a\s+result\s+of|at\s+the\s+end\s+of)\s+the\s+"
    r"(?:talks|meeting|negotiations|round\s+table|session|ceremony)\b"
)
_NEXT_DAY = re.compile(r"(?i)\b(?:the\s+)?(?:following|next)\s+day\b|\ba\s+day\s+later\b")
_NTH_DAY = re.compile(
    r"(?i)\b(?:on\s+)?the\s+(first|opening|second|third|closing|last|final)\s+day\b"
)
_NTH = {"first": 0, "opening": 0, "second": 1, "third": 2}
# "The agreement was signed on April 8 by …", "The ceremony took place on 4 September 2025"
_FOLLOW_UP = re.compile(
    r"(?i)^(?:the|this)\s+(?:document|agreement|memorand\w*|contract|roadmap|road\s+map|plan|"
    r"ceremony|signing)\b"
)


def sentence_date(
    doc: Doc, s: int, events: list[EventEntity], ev: int | None, depth: int = 0
) -> str | None:
    """The date sentence ``s`` gives, written out or relative to an earlier one or to the
    event's days."""
    text = doc.sents[s].text
    found = find_date(unstated(text), doc.year)
    if found or depth > 2:
        return found
    same, following = _SAME_DAY.search(text), _NEXT_DAY.search(text)
    if same or following:
        lead = _lead_line(doc) or 0
        for t in range(s - 1, max(-1, s - 6), -1):
            if doc.sents[t].line < lead:
                break  # not the headline's or the dateline's date
            if _span_of_days(doc.sents[t].text):
                return None  # "a two-day visit on May 20-21": which day is not told
            d = sentence_date(doc, t, events, ev, depth + 1)
            if d:
                return _day_after(d) if following and not same else d
        return None
    nth = _NTH_DAY.search(text)
    if nth and ev is not None:
        return _event_day(doc, events[ev], nth.group(1).casefold())
    return None


def _span_of_days(text: str) -> bool:
    found = find_range(text)
    return found is not None and found[1] is not None and found[0] != found[1]


def _event_day(doc: Doc, e: EventEntity, which: str) -> str | None:
    edge = e.start if which in _NTH else e.end
    year = e.year or doc.year
    if edge is None or year is None:
        return None
    iso = edge if len(edge) == 10 else f"{year:04d}-{edge}"
    return _day_after(iso, _NTH.get(which, 0))


def _day_after(iso: str, days: int = 1) -> str | None:
    try:
        return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return None


def agreement_date(
    doc: Doc, h: AgreementHit, events: list[EventEntity], ev: int | None
) -> str | None:
    """The signing's date: its own sentence's (written out or relative), the next sentence's
    when that goes on about the same document, else that of the sentences it refers to."""
    own = h.date or sentence_date(doc, h.sent, events, ev)
    if own:
        return own
    nxt = h.sent + 1
    if (
        nxt < len(doc.sents)
        and doc.sents[nxt].line == doc.sents[h.sent].line
        and _FOLLOW_UP.match(doc.sents[nxt].text)
    ):
        d = find_date(doc.sents[nxt].text, doc.year)
        if d:
            return d
    if _earlier(doc, doc.sents[h.sent].text) or years_before(doc, doc.sents[h.sent].text):
        return None  # "… an agreement signed in 2019": not the date of this report's signing
    if ev is not None:  # signed at a named event: its day is only the one the text tells
        return _context_date(doc, h, events, ev)
    return _context_date(doc, h, events, ev) or _visit_day(doc, h.sent)


_SEVERAL_DAYS = re.compile(r"(?i)\b(?:two|three|four|five|six|seven|\d)-day\b|\bdays\b")
_VISIT = re.compile(r"\b(?:visit(?:ed)?|delegation|welcomed|received|hosted)\b")


def _visit_day(doc: Doc, s: int) -> str | None:
    """ "On February 26, a delegation of A visited B. … the rectors signed an agreement": the
    one day the report's lead tells of a visit, when no other day is named before the
    signing."""
    lead = _lead_line(doc)
    if lead is None:
        return None
    first = next((t for t, x in enumerate(doc.sents) if x.line == lead), None)
    if first is None or first >= s:
        return None
    if not _VISIT.search(doc.sents[first].text):
        return None  # "On 27 October the forum was held": signed at the forum, day not told
    if _SEVERAL_DAYS.search(doc.sents[first].text):
        return None  # "On 2 April a delegation arrived for a three-day visit": which day?
    day = find_date(doc.sents[first].text, doc.year)
    if day is None or _span_of_days(doc.sents[first].text):
        return None
    if any(find_date(doc.sents[t].text, doc.year) for t in range(first + 1, s + 1)):
        return None  # another day told in between: the signing may be on that one
    return day


def _context_date(
    doc: Doc, h: AgreementHit, events: list[EventEntity], ev: int | None
) -> str | None:
    """The date of the sentences that report the same signing ("… today signed memoranda …"
    before "The memoranda were signed by …")."""
    for s in h.context:
        text = doc.sents[s].text
        if _span_of_days(text):
            continue  # "the congress, held on May 20-21, …": which day is not told
        d = sentence_date(doc, s, events, ev) or (
            doc.published if re.search(r"(?i)\btoday\b", text) else None
        )
        if d:
            return d
    return None
