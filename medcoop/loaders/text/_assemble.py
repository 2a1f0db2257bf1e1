"""From mentions to the facts model: ids, participation filter, ministries, evidence."""

from __future__ import annotations

import re

from medcoop.facts import (
    Agreement,
    AgreementCount,
    Document,
    Event,
    Evidence,
    Facts,
    Institution,
    Person,
    Position,
)

from . import _geo
from ._agreements import AgreementHit, find_agreements
from ._counterparts import counterpart_countries
from ._country import assign_countries, city_countries
from ._country_groups import (
    delegation_partners,
    owned_countries,
    partner_countries,
    partners_from,
    unit_countries,
)
from ._counts import find_counts
from ._dates import dateline, find_date, year_named
from ._days_hosts import days_countries
from ._doc import Doc, InstMention, norm, pattern
from ._entities import InstEntity, cluster
from ._events import EventEntity, find_events
from ._groups import delegation_of
from ._institutions import find_institution_mentions
from ._links import agreement_date, event_of, main_event
from ._lists import paired_sides
from ._officer_country import officer_countries
from ._own_ministry import (
    byline_ministry,
    byline_ministry_in_text,
    find_ministry,
    for_the_ministry,
    hosts,
    new_ministry,
    unique_ministry,
)
from ._people import find_people
from ._persons import Pending, PersonEntity, add_position, assign_positions, merge_people
from ._positions import ANY_MINISTRY
from ._sources import is_source

_PARTICIPATION = re.compile(
    r"\b(sign\w*|visit\w*|host\w*|receiv\w*|welcom\w*|met|meet\w*|talks|delegations?|guests?|present|"
    r"cooperat\w*|partner\w*|represent\w*|attend\w*|memorand\w*|agreement|mou|held|organi[sz]\w*|"
    r"concluded|entered|ties|collaborat\w*|works?|teams?|studying|fund\w*|channelled|links?|"
    r"grants?|sponsor\w*|participat\w*|took\s+part|support\w*|agreed|"
    r"perform\w*|operat(?:ed|ions?)|consult\w*|toured|internships?|specialists|spent|stayed)\b",
    re.IGNORECASE,
)


def document(doc: Doc) -> Document:
    lines = [ln.strip() for ln in doc.lines]
    nonempty = [(i, ln) for i, ln in enumerate(lines) if ln]
    title = None
    published = None
    if len(nonempty) > 1:
        i, first = nonempty[0]
        if len(first) < 200 and not first.endswith((".", ":")) and not dateline(first):
            title = first
            doc.title_line = i
    for _, line in nonempty[:4]:
        # "Ministry of Health of the Republic of Uzbekistan | 11.12.2024", "Ankara – 21.05.2025
        # – Ministry of Health …": place, source and date parted by bars or dashes
        parts = re.split(r"\s+[|–—]\s+", line)
        ln = next((p.strip() for p in parts if dateline(p.strip())), line)
        # "Kaunas, 4 June 2024. The …", "Tashkent, 12 September 2023 (UzA). …": a dateline
        # that opens the first paragraph
        head = ln if len(ln) <= 60 else _DATELINE_HEAD.match(ln).group()  # type: ignore[union-attr]
        d = dateline(head) if head == ln or re.search(r"\d{4}\s*$", head) else None
        if d:
            published = d
            break
    # the rules read the closing byline only: a header one ("Press service of Siberian State
    # Medical University" over a Harbin dateline) may write from abroad
    doc.publisher = _publisher(nonempty, header=False)
    return Document(title=title, published=published, publisher=_publisher(nonempty))


_DATELINE_HEAD = re.compile(r"[^.()–—]{0,40}")


_PRESS_LINE = re.compile(r"(?i)^press\s+(?:service|office|centre|center)\b|"
                         r"\bpress\s+(?:service|office|centre|center)$")


def _publisher(nonempty: list[tuple[int, str]], header: bool = True) -> str | None:
    if len(nonempty) < 2:
        return None
    # "Press Service of the Embassy of X in Y" under the headline and the dateline
    for _, line in nonempty[1:4] if header else ():
        if len(line.split()) <= 14 and _PRESS_LINE.search(line) and not line.endswith("."):
            return line
    last = nonempty[-1][1]
    if len(last.split()) > 6 or last.endswith((".", "!", "?", ":", "]")):
        return None
    if re.match(r"(?i)press (service|office|centre|center)", last):
        return last
    if "," in last:
        return last.rsplit(",", 1)[1].strip() or None
    return last


def _resolve_ministries(doc: Doc, pending: Pending, insts: list[InstEntity]) -> None:
    for person, hit, m in pending:
        assert hit.ministry is not None
        field, code, place = hit.ministry
        if hit.ministry == ANY_MINISTRY:
            continue
        toks = doc.toks[m.sent]
        before = [t.text for t in toks[max(0, hit.start - 2) : hit.start]]
        demonym = None
        if not code:
            for k, w in enumerate(before[::-1]):
                c = _geo.country_of(w)
                if c:
                    code = c
                    if k == 0 and (w[-2:] not in ("'s", "’s")) and before[-1] not in ("'s", "’s"):
                        demonym = w
                    elif before[-1] in ("'s", "’s") and len(before) == 2:
                        place = before[0]
                    break
        if not code and hosts(doc, m, [doc.sents[m.sent].start + x.start() for x in
                                       _countries_in(doc, m.sent)]):
            own = byline_ministry(doc, insts, field)  # "Minister of Health X received the
            if own is not None:  # Chinese guests": the minister of the release's ministry
                add_position(person, hit.title, own.idx, m)
                continue
        if not code and _OWN_PLACE.search(field):
            # "Minister of Health of the Republic of Tatarstan": the field names the ministry's
            # own place; the countries the sentence names are the other side's
            name = f"Ministry {field}"
            inst = find_ministry(doc, insts, name, field, "")
            inst = inst or new_ministry(doc, insts, name, None, hit.start, hit.end, m.sent)
            add_position(person, hit.title, inst.idx, m)
            continue
        known = unique_ministry(doc, insts, field) if not code and " and " in field else None
        if known is not None:  # "Deputy Minister of Health and Population": the one ministry
            add_position(person, hit.title, known.idx, m)  # of that compound field named,
            continue  # whatever other country the sentence names
        if not code and not for_the_ministry(doc, m):
            start = doc.sents[m.sent].start
            places = {_geo.country_of(x.group(1)): x.group(1) for x in _countries_in(doc, m.sent)
                      if not _DESTINATION.search(doc.text, max(0, start + x.start() - 30),
                                                 start + x.start())}
            places.pop(None, None)
            if len(places) == 1:
                code, place = next(iter(places.items()))
                if _geo.is_demonym(place):  # "The Georgian side … Deputy Minister of Health"
                    demonym, place = place, ""
        sent_by = delegation_of(doc, m.sent) if not code else None
        if sent_by is not None and insts[sent_by].kind == "ministry":
            # "a delegation of the Ministry of Health of X headed by the Deputy Minister of
            # Health Name", in a sentence that names the hosts' country too: X's ministry
            add_position(person, hit.title, sent_by, m)
            continue
        if not code:
            known = unique_ministry(doc, insts, field)  # "Minister of Health Name" in a text
            # that names one ministry of health; else the release's own ministry, whose
            # byline names it, when the title names no country
            known = known or byline_ministry_in_text(doc, insts, field)
            if known is not None:
                add_position(person, hit.title, known.idx, m)
            continue
        # "Federal Minister of Health" -> "Federal Ministry of Health"
        level = "Federal " if hit.title.casefold().startswith("federal") else ""
        if demonym:
            name = f"{demonym} {level}Ministry {field}"
        else:
            name = f"Ministry {field} of {place}" if place else f"Ministry {field}"
        inst = find_ministry(doc, insts, name, field, code)
        inst = inst or new_ministry(doc, insts, name, code, hit.start, hit.end, m.sent)
        add_position(person, hit.title, inst.idx, m)


# "… headed by Minister of Health X paid an official visit to the Arab Republic of Egypt":
# where the minister went, not whose minister
_DESTINATION = re.compile(r"\b(?:visit|trip|travelled|traveled|arrived|came)\s+(?:to|in)\s+"
                          r"(?:the\s+)?$")


# a ministry's field that ends in a region's own name: "of Health of the Republic of Tatarstan"
_OWN_PLACE = re.compile(r".\bof\s+the\s+(?:Republic|Region|Province|Autonomous|Oblast)\b")


def _resolve_bare_ministries(
    doc: Doc, pending: Pending, insts: list[InstEntity], people: list[PersonEntity]
) -> None:
    """ "the First Deputy Minister Sharipov F.R.", "head of … of the Ministry Nazarzoda S.Kh.":
    a post at the one ministry the text names, once titles have named theirs; else at the
    one ministry of the others named in the same sentence ("represented by Deputy Minister
    X and by Y, head of … of the ministry")."""
    ministry = unique_ministry(doc, insts, "")
    for person, hit, m in pending:
        if hit.ministry != ANY_MINISTRY:
            continue
        owner = ministry.idx if ministry else None
        if owner is None and "minister" not in hit.title.casefold():  # two ministers: two sides
            near = {
                i
                for p in people
                if p is not person
                for _, i, pm in p.positions
                if i is not None and pm.sent == m.sent and insts[i].kind == "ministry"
            }
            owner = near.pop() if len(near) == 1 else None
        add_position(person, hit.title, owner, m)


def _countries_in(doc: Doc, s: int) -> list[re.Match[str]]:
    rx = _geo.country_regex()
    return list(rx.finditer(doc.sents[s].text)) if rx else []


_JOINT = re.compile(r"(?i)\b(?:joint|intergovernmental|bilateral)\b")


_MEETING_OF = re.compile(r"\b(?:meeting|session|sitting)\s+of\s+the\s+$", re.IGNORECASE)


def _in_event(doc: Doc, e: InstEntity, events: list[EventEntity]) -> bool:
    """ "the 7th meeting of the Iran-Iraq Joint Health Committee": the two sides' joint body,
    named only inside the name of its meeting, is no participant of its own."""
    pair = re.match(r"^([A-Z][\w]+)[–-]([A-Z][\w]+)\b", e.name)
    two_sides = pair is not None and all(_geo.country_of(x) for x in pair.groups())
    if not (_JOINT.search(e.name) or two_sides):  # "Iran-Iraq …", "Joint …"
        return False
    spans = [(a, b) for ev in events for _, a, b in ev.spans]
    return bool(e.mentions) and all(
        any(a <= m.char_start and m.char_end <= b for a, b in spans)
        or _MEETING_OF.search(doc.text[max(0, m.char_start - 30) : m.char_start])
        for m in e.mentions
    )


_PLANNED = re.compile(
    r"\b(?:create|creating|establish|establishing|set\s+up|setting\s+up|found|founding)"
    r"\s+(?:a|an|the)\s+(?:joint\s+|new\s+)?$"
)


def _participates(doc: Doc, e: InstEntity, used: set[int]) -> bool:
    if e.idx in used or e.synthetic:
        return True
    if any(n.casefold() in doc.rules.blocs for n in e.names):
        return False  # "partners outside the European Union": a union of states, a place
    real = [m for m in e.mentions if not is_source(doc, m)]
    body = [m for m in real if doc.title_line is None or doc.sents[m.sent].line != doc.title_line]
    if not body:  # named in the headline only, in another form than the body uses
        return False
    if all(_PLANNED.search(doc.text[doc.sents[m.sent].start : m.char_start]) for m in real):
        return False  # "agreed to create a Council of Rectors": a body yet to be set up
    if len(real) >= 2 or any(
        doc.title_line is not None and doc.sents[m.sent].line == doc.title_line for m in real
    ):
        return True
    return any(_PARTICIPATION.search(_scope(doc, m)) for m in real)


def _scope(doc: Doc, m: InstMention) -> str:
    """The sentence of a mention; for a bare name heading a paragraph or list item
    ("- Novosibirsk State Medical University (Russia)."), the whole paragraph."""
    sent = doc.sents[m.sent]
    rest = doc.text[m.char_end : sent.end]
    if m.char_start - sent.start <= 4 and re.fullmatch(r"\s*(?:\([^()]*\))?\s*[.:]?\s*", rest):
        return doc.lines[sent.line]
    return sent.text


def _lead_year(doc: Doc) -> int | None:
    body = [x.text for x in doc.sents if x.line != doc.title_line][:3]
    return next((y for y in map(year_named, body) if y is not None), None)


def build(text: str, source: str | None = None) -> Facts:
    """Facts of ``text``; evidence sentences are cut from ``source`` (the text as given, of
    the same length) when the text was cleaned first."""
    doc = Doc.build(text)
    if source is not None and len(source) == len(text):
        doc.source = source
    facts = Facts(document=document(doc))
    year = int(facts.document.published[:4]) if facts.document.published else None
    doc.published = facts.document.published
    # no date of issue: the year the lead tells its days in ("from April 2 to April 5, 2024")
    doc.year = year if year is not None else _lead_year(doc)
    find_people(doc)
    find_institution_mentions(doc)
    insts = cluster(doc)
    assign_countries(doc, insts)
    doc.entity_country = {e.idx: e.country for e in insts}  # "the Belarusian center"
    people = merge_people(doc)
    pending = assign_positions(doc, people, insts)
    _resolve_ministries(doc, pending, insts)
    _resolve_bare_ministries(doc, pending, insts, people)
    officer_countries(doc, insts, people)  # "Tajikistan's Deputy Minister of …, Name"
    doc.entity_country = {e.idx: e.country for e in insts}
    events = find_events(doc, year)
    days_countries(doc, insts, events)  # "specialists of X held master classes at Y"
    agreements = find_agreements(doc, people, year)
    partner_countries(doc, insts, [a.parties for a in agreements])
    partners_from(doc, insts, [a.parties for a in agreements])  # "the partners from Seoul"
    paired_sides(doc, insts, [(a.sent, a.parties) for a in agreements])
    city_countries(doc, insts)
    counterpart_countries(doc, insts, [a.parties for a in agreements])
    unit_countries(insts)  # again: a parent placed by the rules after the first pass
    owned_countries(doc, insts)  # "… presented its X": X is the placed institution's own
    delegation_partners(doc, insts)  # "a delegation of A and B": one country
    used = {i for p in people for _, i, _ in p.positions if i is not None}
    parties = {i for a in agreements for i in a.parties}
    used = (used - doc.units) | parties  # a unit a title names is part of its parent
    kept = [e for e in insts if _participates(doc, e, used) and not _in_event(doc, e, events)]
    kept = [e for e in kept if e.idx not in doc.units or e.idx in parties]
    ids = _inst_ids(kept)
    facts.institutions = [_institution(doc, e, ids[e.idx]) for e in kept]
    pids = _ids([p.name for p in people])
    facts.people = [_person(doc, p, pids[k], ids) for k, p in enumerate(people)]
    eids = _ids([e.names[0] for e in events])
    facts.events = [_event(doc, e, eids[k]) for k, e in enumerate(events)]
    facts.agreements = [
        a for h in agreements if (a := _agreement(doc, h, ids, pids, events, eids)) is not None
    ]
    counts = [
        _count(doc, n, s, events, eids)
        for n, s in find_counts(doc)
        if n > len(facts.agreements)  # "three documents were signed: first, …" are listed
    ]
    facts.agreement_counts = _distinct_counts(counts)
    return facts


def _distinct_counts(counts: list[AgreementCount]) -> list[AgreementCount]:
    """One count per (number, event): a report repeats "seven memorandums" in its summary.
    The mention that names more countries is kept, with the evidence of both."""
    out: dict[tuple[int, str | None], AgreementCount] = {}
    for c in counts:
        key = (c.count, c.event)
        seen = out.get(key)
        if seen is None:
            out[key] = c
            continue
        keep, drop = (c, seen) if len(c.countries) > len(seen.countries) else (seen, c)
        keep.evidence = drop.evidence + keep.evidence if keep is c else keep.evidence + c.evidence
        out[key] = keep
    return list(out.values())


def _ids(names: list[str]) -> list[str]:
    out: list[str] = []
    for n in names:
        base = re.sub(r"[^a-z0-9]+", "-", norm(n)).strip("-")[:40] or "x"
        cand, k = base, 2
        while cand in out:
            cand, k = f"{base}-{k}", k + 1
        out.append(cand)
    return out


def _inst_ids(kept: list[InstEntity]) -> dict[int, str]:
    ids = _ids([e.name for e in kept])
    return {e.idx: ids[k] for k, e in enumerate(kept)}


def _ev(doc: Doc, sent: int, start: int, end: int, conf: float) -> Evidence:
    return Evidence(start, end, doc.sentence(sent), conf)


def _institution(doc: Doc, e: InstEntity, id_: str) -> Institution:
    aliases = [n for n in e.names[1:] if norm(n) != norm(e.name)]
    for m in e.mentions:
        located = _city_form(doc, m)
        if located and all(norm(located) != norm(n) for n in [e.name, *aliases]):
            aliases.append(located)
    evidence = [
        _ev(doc, m.sent, m.char_start, m.char_end, 0.8 if m.head else 0.6) for m in e.mentions
    ]
    return Institution(id_, e.name, aliases, e.country, e.kind, evidence)


def _city_form(doc: Doc, m: InstMention) -> str | None:
    """ "Tamale Teaching Hospital, Tamale, signed …": the name with the city a comma sets after
    it, a form the text names the institution by too; None when no known city follows alone
    (a city that more capitals follow opens another name)."""
    toks = doc.toks[m.sent]
    k = m.end
    if m.possessive or k + 1 >= len(toks) or toks[k].text != ",":
        return None
    for size in (2, 1):
        after = k + 1 + size
        words = toks[k + 1 : after]
        if len(words) < size or not all(t.is_cap and t.text.isalpha() for t in words):
            continue
        city = " ".join(t.text for t in words)
        if not _geo.is_city(city) or _geo.country_of(city) is not None:
            continue
        if after < len(toks) and (toks[after].is_cap or toks[after].text == "("):
            return None
        if after + 1 < len(toks) and toks[after].text == "," and toks[after + 1].is_cap:
            return None  # "(Instituto X, Havana, Republic of Cuba)": an address, city and state
        return f"{doc.span_text(m.sent, m.start, m.end)}, {city}"
    return None


def _person(doc: Doc, p: PersonEntity, id_: str, ids: dict[int, str]) -> Person:
    positions = []
    placed = [(t or "").casefold() for t, i, _ in p.positions if i is not None and i in ids]
    for title, inst, m in p.positions:
        iid = ids.get(inst) if inst is not None else None
        if title is None and iid is None:
            continue
        if iid is None and _repeats(title or "", placed):
            continue  # "Minister Kuchuk" after "Minister of Health Dmitry Kuchuk": the same post
        if iid is not None and _repeats(title or "", _titles_at(p, iid, ids, title)):
            continue  # "Minister Ciobanu" after "Minister of Health … Ciobanu": one post
        positions.append(
            Position(title, iid, evidence=[_ev(doc, m.sent, m.char_start, m.char_end, 0.6)])
        )
    evidence = [_ev(doc, m.sent, m.char_start, m.char_end, 0.8) for m in p.mentions]
    return Person(id_, p.name, p.names[1:], positions, evidence)


def _titles_at(p: PersonEntity, iid: str, ids: dict[int, str], title: str | None) -> list[str]:
    """The person's other, longer titles at the same institution."""
    own = (title or "").casefold()
    return [
        t.casefold()
        for t, i, _ in p.positions
        if t and i is not None and ids.get(i) == iid and len(t) > len(own)
    ]


def _repeats(title: str, placed: list[str]) -> bool:
    """The bare title is part of a title the person holds at a named institution."""
    rx = pattern(rf"\b{re.escape(title.casefold())}\b")
    return bool(title) and any(rx.search(t) for t in placed)


def _event(doc: Doc, e: EventEntity, id_: str) -> Event:
    ev = [_ev(doc, s, a, b, 0.7) for s, a, b in e.spans]
    return Event(
        id_, e.names[0], e.names[1:], e.city, e.country, e.start, e.end, e.year, evidence=ev
    )


def _agreement(
    doc: Doc,
    h: AgreementHit,
    ids: dict[int, str],
    pids: list[str],
    events: list[EventEntity],
    eids: list[str],
) -> Agreement | None:
    parties = [ids[p] for p in h.parties if p in ids]
    if len(set(parties)) < 2:
        return None
    ev = next(
        (e for s in [h.sent, *h.context] if (e := event_of(doc, s, events)) is not None), None
    )
    if ev is None:
        ev = main_event(doc, h.sent, agreement_date(doc, h, events, None), events)
    city = None
    m = re.search(r"\bin\s+([A-Z][\w-]+)", doc.sents[h.sent].text)
    if m and _geo.city_country(m.group(1)):
        city = m.group(1)
    if city is None and ev is not None:
        city = events[ev].city
    return Agreement(
        kind=h.kind,
        parties=list(dict.fromkeys(parties)),
        title=h.title,
        signatories=[pids[s] for s in h.signatories],
        event=eids[ev] if ev is not None else None,
        date=agreement_date(doc, h, events, ev),
        city=city,
        evidence=[Evidence(h.start, h.end, doc.sentence(h.sent), 0.7)],
    )


def _count(doc: Doc, n: int, s: int, events: list[EventEntity], eids: list[str]) -> AgreementCount:
    ev = event_of(doc, s, events)
    if ev is None and doc.continues_paragraph(s):
        ev = event_of(doc, s - 1, events)  # "The Congress was organised by … Over the two
        # days, nine documents were signed": the event the sentence before names
    if ev is None:
        ev = main_event(doc, s, find_date(doc.sents[s].text, doc.year), events)
    rx = _geo.country_regex()
    codes: list[str] = []
    texts = [doc.sents[s].text] + ([events[ev].names[0]] if ev is not None else [])
    for t in texts:
        for m in rx.finditer(t) if rx else []:
            c = _geo.country_of(m.group(1))
            if c and c not in codes:
                codes.append(c)
        if len(codes) >= 2:
            break
    sent = doc.sents[s]
    return AgreementCount(
        n,
        eids[ev] if ev is not None else None,
        codes,
        [Evidence(sent.start, sent.end, doc.sentence(s), 0.7)],
    )
