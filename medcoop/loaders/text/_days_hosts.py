"""Countries of the guests and hosts of "Days of Uzbek Medicine in the Kyrgyz Republic": the
visiting specialists' institutions are the guest country's, the clinics they work at the
host country's ("specialists of X held master classes at Y", "Uzbek surgeons operated at Y")."""

from __future__ import annotations

import re

from . import _geo
from ._doc import Doc
from ._entities import InstEntity
from ._events import EventEntity

_DAYS = re.compile(
    r"^(?:Days|Week|Decade)\s+of\s+(?P<dem>[A-Z][a-z]+)\s+(?:Medicine|Healthcare|Health)"
    r"(?:\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w\s]+))?$"
)
# ("Specialists of X gave …" opening a sentence too; not "Oncologists of the Uzbek delegation
# consulted at Y" in the corpora, whose Y they leave unplaced)
_WORKERS = (
    r"(?:[Ss]pecialists|[Ss]urgeons|[Dd]octors|physicians|experts|oncologists|cardiologists|"
    r"neonatologists|pa?ediatricians|teams?|professors|clinicians)"
)
_WORK = r"(?:held|performed|conducted|carried\s+out|gave|ran|operated|consulted)"
# "specialists of X held consultations … at the Y": X is the guests', Y the hosts'
_OF_WORKERS = re.compile(r"\b" + _WORKERS + r"\s+of\s+(?:the\s+)?$")
_WORK_AFTER = re.compile(r"^[^.;]{0,60}?\b" + _WORK + r"\b")
# "demonstration operations by specialists of X": the work told before its workers
_WORK_BY = re.compile(
    r"\b(?:operations|surger(?:y|ies)|master[\s-]classes|consultations|lectures)\s+by\s+"
    + _WORKERS
    + r"\s+of\s+(?:the\s+)?$"
)
# "… held master classes at the Y" by guests: "Uzbek specialists held …", "specialists of X …"
_WORKED_AT = re.compile(
    r"(?:\b(?P<dem>[A-Z][a-z]+)\s+" + _WORKERS + r"|\b" + _WORKERS + r"\s+of\b)"
    r"[^.;]*?\b" + _WORK + r"\b[^.;]*?\bat\s+(?:the\s+)?$"
)


def days_countries(doc: Doc, insts: list[InstEntity], events: list[EventEntity]) -> None:
    """Place the unplaced institutions of a "Days of X Medicine in Y" report that the text
    shows as the visiting specialists' (X) or as where they worked (Y)."""
    sides = next((s for e in events if (s := _sides(e)) is not None), None)
    if sides is None:
        return
    guest, host = sides
    by_idx = {e.idx: e for e in insts}
    for m in doc.inst_mentions:
        e = by_idx.get(m.entity) if m.entity is not None else None
        if e is None or e.country is not None or e.synthetic:
            continue
        sent = doc.sents[m.sent]
        before = doc.text[sent.start : m.char_start]
        if _WORK_BY.search(before) or (
            _OF_WORKERS.search(before) and _WORK_AFTER.match(doc.text[m.char_end : sent.end])
        ):
            e.country = guest
            continue
        at = _WORKED_AT.search(before)
        if at is not None and (
            at.group("dem") is None or _geo.country_of(at.group("dem")) == guest
        ):
            e.country = host


def _sides(e: EventEntity) -> tuple[str, str] | None:
    """(guest, host) of "Week of Uzbek Healthcare in the Republic of Tajikistan"."""
    for name in e.names:
        m = _DAYS.match(name)
        if m is None:
            continue
        guest = _geo.country_of(m.group("dem"))
        host = _geo.country_of(m.group("place") or "") or (
            _geo.city_country(e.city) if e.city else None
        )
        if guest and host and guest != host:
            return guest, host
    return None
