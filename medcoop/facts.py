"""The facts model: what one report says, whatever format it came in.

Every loader produces a :class:`Facts`; :mod:`medcoop.graph.mapping` is the one place that turns
it into RDF, and :mod:`medcoop.graph.reader` reads it back. The JSON form is exactly the format of
the annotated corpus (``FORMAT.md``): ``Facts.from_dict(json.load(f))`` and ``facts.to_dict()``.

A few optional fields go beyond that format (sub-events, position dates, an agreement's source,
text evidence). They are written to JSON only when set, so a file in the corpus format comes
back unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from medcoop.errors import FactsError

INSTITUTION_KINDS = (
    "ministry",
    "hospital",
    "research-center",
    "university",
    "college",
    "company",
    "agency",
    "association",
    "other",
)
AGREEMENT_KINDS = ("memorandum", "agreement", "contract", "roadmap", "plan")

_ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_MONTH_DAY = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
_ID = re.compile(r"^[^\s]+$")

Path = tuple[str | int, ...]


@dataclass
class Evidence:
    """Where in a report's text a fact was read: character span, sentence, confidence."""

    start: int
    end: int
    sentence: str | None = None
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end}
        if self.sentence is not None:
            d["sentence"] = self.sentence
        if self.confidence is not None:
            d["confidence"] = self.confidence
        return d


@dataclass
class Document:
    title: str | None = None
    published: str | None = None
    publisher: str | None = None


@dataclass
class Institution:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    kind: str = "other"
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Position:
    title: str | None
    institution: str | None
    start: str | None = None
    end: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Person:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Event:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    city: str | None = None
    country: str | None = None
    start: str | None = None
    end: str | None = None
    year: int | None = None
    part_of: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Agreement:
    kind: str
    parties: list[str]
    title: str | None = None
    signatories: list[str] = field(default_factory=list)
    event: str | None = None
    date: str | None = None
    city: str | None = None
    source: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class AgreementCount:
    count: int
    event: str | None = None
    countries: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Facts:
    """The facts of one report."""

    document: Document = field(default_factory=Document)
    institutions: list[Institution] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    agreement_counts: list[AgreementCount] = field(default_factory=list)

    # -- JSON form ---------------------------------------------------------------------------
    @classmethod
    def from_dict(cls, data: Any) -> Facts:
        """Build facts from the corpus JSON form, checking types, keys and references."""
        facts = _parse_facts(data)
        facts.validate()
        return facts

    def to_dict(self, evidence: bool = False) -> dict[str, Any]:
        """The corpus JSON form; ``evidence=True`` adds the text spans a loader recorded."""
        return _dump_facts(self, evidence)

    # -- rules -------------------------------------------------------------------------------
    def validate(self) -> None:
        """Raise :class:`FactsError` (with the path of the bad value) if a rule is broken."""
        _validate(self)

    def institution(self, id_: str) -> Institution:
        return next(i for i in self.institutions if i.id == id_)


# --------------------------------------------------------------------------------------------
# Parsing: from plain data (JSON, YAML) to the model, with the path of every bad value.


_FIELDS: dict[str, tuple[set[str], set[str]]] = {
    # section: (required keys, optional keys)
    "document": (set(), {"title", "published", "publisher"}),
    "institutions": ({"id", "name"}, {"aliases", "country", "kind", "evidence"}),
    "people": ({"id", "name"}, {"aliases", "positions", "evidence"}),
    "positions": (set(), {"title", "institution", "start", "end", "evidence"}),
    "events": (
        {"id", "name"},
        {"aliases", "city", "country", "start", "end", "year", "part_of", "evidence"},
    ),
    "agreements": (
        {"kind", "parties"},
        {"title", "signatories", "event", "date", "city", "source", "evidence"},
    ),
    "agreement_counts": ({"count"}, {"event", "countries", "evidence"}),
}
_TOP = ("document", "institutions", "people", "events", "agreements", "agreement_counts")


def _mapping(value: Any, path: Path, section: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise FactsError(f"expected an object, got {_kind_of(value)}", path)
    required, optional = _FIELDS[section]
    for key in value:
        if key not in required | optional:
            known = ", ".join(sorted(required | optional))
            raise FactsError(f"unknown field {key!r} (known fields: {known})", path)
    for key in sorted(required):
        if key not in value or value[key] is None:
            raise FactsError(f"missing required field {key!r}", path)
    return value


def _kind_of(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false"}.get(
        type(value), type(value).__name__
    )


def _str(value: Any, path: Path, *, optional: bool = True) -> str | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise FactsError(f"expected text, got {_kind_of(value)}", path)
    text = str(value).strip()
    if not text:
        if optional:
            return None
        raise FactsError("must not be empty", path)
    return text


def _req_str(value: Any, path: Path) -> str:
    text = _str(value, path, optional=False)
    assert text is not None
    return text


def _list(value: Any, path: Path) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise FactsError(f"expected a list, got {_kind_of(value)}", path)
    return value


def _str_list(value: Any, path: Path) -> list[str]:
    return [_req_str(v, (*path, i)) for i, v in enumerate(_list(value, path))]


def _evidence(value: Any, path: Path) -> list[Evidence]:
    out = []
    for i, item in enumerate(_list(value, path)):
        p = (*path, i)
        if not isinstance(item, Mapping) or not {"start", "end"} <= set(item):
            raise FactsError("evidence needs 'start' and 'end' character offsets", p)
        start, end = item["start"], item["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
            raise FactsError("evidence offsets must be integers with 0 <= start <= end", p)
        conf = item.get("confidence")
        if conf is not None and not (isinstance(conf, (int, float)) and 0 <= conf <= 1):
            raise FactsError("confidence must be a number between 0 and 1", p)
        out.append(Evidence(start, end, _str(item.get("sentence"), p), conf))
    return out


def _parse_facts(data: Any) -> Facts:
    if not isinstance(data, Mapping):
        raise FactsError(f"a report must be an object, got {_kind_of(data)}")
    for key in data:
        if key not in _TOP:
            raise FactsError(f"unknown section {key!r} (sections: {', '.join(_TOP)})", (key,))
    doc = _mapping(data.get("document") or {}, ("document",), "document")
    facts = Facts(
        document=Document(
            title=_str(doc.get("title"), ("document", "title")),
            published=_str(doc.get("published"), ("document", "published")),
            publisher=_str(doc.get("publisher"), ("document", "publisher")),
        )
    )
    for i, raw in enumerate(_list(data.get("institutions"), ("institutions",))):
        p: Path = ("institutions", i)
        d = _mapping(raw, p, "institutions")
        facts.institutions.append(
            Institution(
                id=_req_str(d["id"], (*p, "id")),
                name=_req_str(d["name"], (*p, "name")),
                aliases=_str_list(d.get("aliases"), (*p, "aliases")),
                country=_country(d.get("country"), (*p, "country")),
                kind=_str(d.get("kind"), (*p, "kind")) or "other",
                evidence=_evidence(d.get("evidence"), (*p, "evidence")),
            )
        )
    for i, raw in enumerate(_list(data.get("people"), ("people",))):
        p = ("people", i)
        d = _mapping(raw, p, "people")
        positions = []
        for j, rawpos in enumerate(_list(d.get("positions"), (*p, "positions"))):
            q: Path = (*p, "positions", j)
            pos = _mapping(rawpos, q, "positions")
            positions.append(
                Position(
                    title=_str(pos.get("title"), (*q, "title")),
                    institution=_str(pos.get("institution"), (*q, "institution")),
                    start=_str(pos.get("start"), (*q, "start")),
                    end=_str(pos.get("end"), (*q, "end")),
                    evidence=_evidence(pos.get("evidence"), (*q, "evidence")),
                )
            )
        facts.people.append(
            Person(
                id=_req_str(d["id"], (*p, "id")),
                name=_req_str(d["name"], (*p, "name")),
                aliases=_str_list(d.get("aliases"), (*p, "aliases")),
                positions=positions,
                evidence=_evidence(d.get("evidence"), (*p, "evidence")),
            )
        )
    for i, raw in enumerate(_list(data.get("events"), ("events",))):
        p = ("events", i)
        d = _mapping(raw, p, "events")
        year = d.get("year")
        if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
            if isinstance(year, str) and year.isdigit():
                year = int(year)
            else:
                raise FactsError(f"year must be a whole number, got {year!r}", (*p, "year"))
        facts.events.append(
            Event(
                id=_req_str(d["id"], (*p, "id")),
                name=_req_str(d["name"], (*p, "name")),
                aliases=_str_list(d.get("aliases"), (*p, "aliases")),
                city=_str(d.get("city"), (*p, "city")),
                country=_country(d.get("country"), (*p, "country")),
                start=_str(d.get("start"), (*p, "start")),
                end=_str(d.get("end"), (*p, "end")),
                year=year,
                part_of=_str(d.get("part_of"), (*p, "part_of")),
                evidence=_evidence(d.get("evidence"), (*p, "evidence")),
            )
        )
    for i, raw in enumerate(_list(data.get("agreements"), ("agreements",))):
        p = ("agreements", i)
        d = _mapping(raw, p, "agreements")
        facts.agreements.append(
            Agreement(
                kind=_req_str(d["kind"], (*p, "kind")),
                parties=_str_list(d["parties"], (*p, "parties")),
                title=_str(d.get("title"), (*p, "title")),
                signatories=_str_list(d.get("signatories"), (*p, "signatories")),
                event=_str(d.get("event"), (*p, "event")),
                date=_str(d.get("date"), (*p, "date")),
                city=_str(d.get("city"), (*p, "city")),
                source=_str(d.get("source"), (*p, "source")),
                evidence=_evidence(d.get("evidence"), (*p, "evidence")),
            )
        )
    for i, raw in enumerate(_list(data.get("agreement_counts"), ("agreement_counts",))):
        p = ("agreement_counts", i)
        d = _mapping(raw, p, "agreement_counts")
        count = d["count"]
        if isinstance(count, bool) or not isinstance(count, int):
            raise FactsError(f"count must be a whole number, got {count!r}", (*p, "count"))
        facts.agreement_counts.append(
            AgreementCount(
                count=count,
                event=_str(d.get("event"), (*p, "event")),
                countries=[
                    c
                    for j, v in enumerate(_list(d.get("countries"), (*p, "countries")))
                    if (c := _country(v, (*p, "countries", j)))
                ],
                evidence=_evidence(d.get("evidence"), (*p, "evidence")),
            )
        )
    return facts


def _country(value: Any, path: Path) -> str | None:
    from medcoop.countries import is_country_code

    code = _str(value, path)
    if code is None:
        return None
    if not is_country_code(code.upper()):
        raise FactsError(
            f"unknown country code {code!r}: use an ISO 3166-1 alpha-2 code such as KZ or TJ", path
        )
    return code.upper()


# --------------------------------------------------------------------------------------------
# Rules that span fields: unique ids, references, party counts, dates.


def _validate(facts: Facts) -> None:
    inst_ids = _unique_ids(facts.institutions, "institutions")
    person_ids = _unique_ids(facts.people, "people")
    event_ids = _unique_ids(facts.events, "events")
    for i, inst in enumerate(facts.institutions):
        if inst.kind not in INSTITUTION_KINDS:
            raise FactsError(
                f"unknown institution kind {inst.kind!r} (one of: {', '.join(INSTITUTION_KINDS)})",
                ("institutions", i, "kind"),
            )
    for i, person in enumerate(facts.people):
        for j, pos in enumerate(person.positions):
            p: Path = ("people", i, "positions", j)
            if pos.title is None and pos.institution is None:
                raise FactsError("a position needs a title, an institution or both", p)
            _ref(pos.institution, inst_ids, "institution", (*p, "institution"))
            _date(pos.start, (*p, "start"))
            _date(pos.end, (*p, "end"))
    for i, event in enumerate(facts.events):
        p = ("events", i)
        _date(event.start, (*p, "start"), month_day=True)
        _date(event.end, (*p, "end"), month_day=True)
        if event.year is not None and not 1000 <= event.year <= 9999:
            raise FactsError(f"year {event.year} is not a four-digit year", (*p, "year"))
        _ref(event.part_of, event_ids, "event", (*p, "part_of"))
        if event.part_of == event.id:
            raise FactsError("an event cannot be part of itself", (*p, "part_of"))
    for i, agr in enumerate(facts.agreements):
        p = ("agreements", i)
        if agr.kind not in AGREEMENT_KINDS:
            raise FactsError(
                f"unknown agreement kind {agr.kind!r} (one of: {', '.join(AGREEMENT_KINDS)})",
                (*p, "kind"),
            )
        if len(set(agr.parties)) < 2:
            raise FactsError(
                "an agreement needs at least two different parties; "
                "add the partner institution or drop the agreement",
                (*p, "parties"),
            )
        if len(set(agr.parties)) != len(agr.parties):
            raise FactsError("a party is listed twice", (*p, "parties"))
        for j, party in enumerate(agr.parties):
            _ref(party, inst_ids, "institution", (*p, "parties", j))
        for j, who in enumerate(agr.signatories):
            _ref(who, person_ids, "person", (*p, "signatories", j))
        _ref(agr.event, event_ids, "event", (*p, "event"))
        _date(agr.date, (*p, "date"))
    for i, cnt in enumerate(facts.agreement_counts):
        p = ("agreement_counts", i)
        if cnt.count < 1:
            raise FactsError("count must be at least 1", (*p, "count"))
        _ref(cnt.event, event_ids, "event", (*p, "event"))
    _date(facts.document.published, ("document", "published"))


def _unique_ids(items: Iterable[Institution | Person | Event], section: str) -> set[str]:
    seen: set[str] = set()
    for i, item in enumerate(items):
        if not _ID.match(item.id):
            raise FactsError(f"id {item.id!r} must not contain white space", (section, i, "id"))
        if item.id in seen:
            raise FactsError(f"id {item.id!r} is used twice in {section}", (section, i, "id"))
        seen.add(item.id)
    return seen


def _ref(value: str | None, known: set[str], what: str, path: Path) -> None:
    if value is not None and value not in known:
        raise FactsError(f"refers to {what} {value!r}, which is not defined in this report", path)


def _date(value: str | None, path: Path, month_day: bool = False) -> None:
    if value is None or _ISO_DATE.match(value) or (month_day and _MONTH_DAY.match(value)):
        return
    shape = "YYYY-MM-DD (or YYYY-MM, YYYY" + (", or MM-DD without a year)" if month_day else ")")
    raise FactsError(f"date {value!r} is not {shape}", path)


# --------------------------------------------------------------------------------------------
# Dumping: the model back to the corpus JSON form.


def _dump_facts(facts: Facts, evidence: bool) -> dict[str, Any]:
    def ev(obj: Any, d: dict[str, Any]) -> dict[str, Any]:
        if evidence and obj.evidence:
            d["evidence"] = [e.to_dict() for e in obj.evidence]
        return d

    def position(pos: Position) -> dict[str, Any]:
        d: dict[str, Any] = {"title": pos.title, "institution": pos.institution}
        if pos.start is not None:
            d["start"] = pos.start
        if pos.end is not None:
            d["end"] = pos.end
        return ev(pos, d)

    doc = facts.document
    out: dict[str, Any] = {
        "document": {"title": doc.title, "published": doc.published, "publisher": doc.publisher},
        "institutions": [
            ev(i, {"id": i.id, "name": i.name, "aliases": list(i.aliases),
                   "country": i.country, "kind": i.kind})
            for i in facts.institutions
        ],
        "people": [
            ev(p, {"id": p.id, "name": p.name, "aliases": list(p.aliases),
                   "positions": [position(pos) for pos in p.positions]})
            for p in facts.people
        ],
        "events": [],
        "agreements": [],
        "agreement_counts": [
            ev(c, {"event": c.event, "count": c.count, "countries": list(c.countries)})
            for c in facts.agreement_counts
        ],
    }
    for e in facts.events:
        d = {"id": e.id, "name": e.name, "aliases": list(e.aliases), "city": e.city,
             "country": e.country, "start": e.start, "end": e.end, "year": e.year}
        if e.part_of is not None:
            d["part_of"] = e.part_of
        out["events"].append(ev(e, d))
    for a in facts.agreements:
        d = {"kind": a.kind, "title": a.title, "parties": list(a.parties),
             "signatories": list(a.signatories), "event": a.event, "date": a.date,
             "city": a.city}
        if a.source is not None:
            d["source"] = a.source
        out["agreements"].append(ev(a, d))
    return out


SET_VALUED = ("aliases", "parties", "signatories", "countries")


def sorted_sets(data: Any) -> Any:
    """The JSON form with every set-valued list sorted: how the graph gives them back.

    Aliases, parties, signatories and countries are sets (the scoring in FORMAT.md treats them
    so, and RDF stores them so); the order of everything else is kept.
    """
    if isinstance(data, dict):
        return {
            k: sorted(v) if k in SET_VALUED and isinstance(v, list) else sorted_sets(v)
            for k, v in data.items()
        }
    if isinstance(data, list):
        return [sorted_sets(v) for v in data]
    return data
