"""Writing one synthetic report: its text, and the gold facts that text states.

A :class:`_Writer` fills sentence templates (``{A}``, ``{PA_title}``, ``{DATE}`` …) left to
right and records every name form it writes, every title it gives a person and every
country it makes plain, so the gold is exactly what a careful reader takes from the text:
an institution's ``name`` is the fullest form the text uses and ``aliases`` the others, its
``country`` is set only when a sentence states it, an agreement's date and city only when the
signing sentence gives them.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from medcoop.countries import country
from medcoop.graph.ids import slug
from medcoop.synth import (
    FIELDS,
    SynthInstitution,
    SynthPerson,
    World,
    adjective,
    phrases,
)

_SLOT = re.compile(r"\{(\w+)\}")
_ARTICLE = re.compile(r"\b([Aa]) (?=[aeiou])")  # "a agreement" -> "an agreement"
_DOUBLE_STOP = re.compile(r"\.\.(?=\s|$)")  # a sentence that ends with "Farouk Y."
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_YEARS = tuple(range(2008, 2025))
# Agreements grow year by year; 2020 (the pandemic) saw far fewer visits and signings.
_YEAR_WEIGHTS = tuple((0.4 if y == 2020 else 1.0) * 1.15 ** (y - 2008) for y in _YEARS)
DOCS: dict[str, tuple[str, ...]] = {
    "memorandum": ("memorandum of understanding", "memorandum of cooperation",
                   "memorandum of understanding in the field of {field}",
                   "memorandum on cooperation in {field}"),
    "agreement": ("cooperation agreement", "agreement on academic exchange",
                  "agreement on the joint training of residents"),
    "contract": ("contract on clinical training", "contract for joint research in {field}"),
    "roadmap": ("roadmap for cooperation in healthcare", "roadmap on {field}"),
    "plan": ("plan of joint activities for {year}-{next}", "joint action plan in {field}"),
}
Value = str | Callable[[], str]
Rows = list[dict[str, object]]


@dataclass(frozen=True)
class _Date:
    year: int
    month: int
    day: int
    with_year: bool

    @property
    def iso(self) -> str | None:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}" if self.with_year else None

    def words(self, rng: random.Random) -> str:
        month = _MONTHS[self.month - 1]
        if not self.with_year:
            return rng.choice((f"{self.day} {month}", f"{month} {self.day}"))
        return rng.choice((f"{self.day} {month} {self.year}", f"{month} {self.day}, {self.year}"))


@dataclass
class _Writer:
    rng: random.Random
    roles: dict[str, SynthInstitution] = field(default_factory=dict)
    people: dict[str, tuple[SynthPerson, SynthInstitution]] = field(default_factory=dict)
    values: dict[str, Value] = field(default_factory=dict)
    event: dict[str, object] | None = None
    used: set[str] = field(default_factory=set)  # slots filled by the last say()
    _inst_forms: dict[SynthInstitution, set[str]] = field(default_factory=dict)
    _introduced: set[SynthInstitution] = field(default_factory=set)
    _stated: set[SynthInstitution] = field(default_factory=set)
    _person_forms: dict[SynthPerson, set[str]] = field(default_factory=dict)
    _positions: dict[SynthPerson, list[tuple[str, SynthInstitution]]] = field(
        default_factory=dict)
    _event_forms: set[str] = field(default_factory=set)
    _event_introduced: bool = False

    # -- filling templates ---------------------------------------------------------------
    def say(self, key: str, x: str | None = None) -> str:
        """A random sentence of ``key``; ``x`` names the role that ``{X…}`` slots stand for."""
        template = self.rng.choice(phrases()[key])
        if x is not None:
            template = template.replace("{X", "{" + x).replace("{PX", "{P" + x)
        return self.fill(template)

    def fill(self, template: str) -> str:
        self.used = set()
        text = _SLOT.sub(lambda m: self._slot(m.group(1)), template)
        return _DOUBLE_STOP.sub(".", _ARTICLE.sub(r"\1n ", text))

    def _slot(self, name: str) -> str:
        self.used.add(name)
        if name in self.values:
            found = self.values[name]
            return found() if callable(found) else found
        role, _, attr = name.partition("_")
        if role == "EVENT":
            return self._event(any_form=attr == "any")
        if role in self.roles:
            inst = self.roles[role]
            if attr in ("country", "adj"):
                self._stated.add(inst)
                return country(inst.country).name if attr == "country" else adjective(inst.country)
            if attr == "city":
                return inst.city
            return self.mention(inst, any_form=attr == "any")
        person, inst = self._person(role)
        if attr == "title":
            self._positions.setdefault(person, [])
            if (person.title, inst) not in self._positions[person]:
                self._positions[person].append((person.title, inst))
            return person.title
        return self.person(person)

    def _person(self, role: str) -> tuple[SynthPerson, SynthInstitution]:
        if role in self.people:
            return self.people[role]
        inst = self.roles[role[1:]]
        return (inst.head if role[0] == "P" else inst.deputy), inst

    def mention(self, inst: SynthInstitution, any_form: bool = False) -> str:
        forms = inst.forms()
        if any_form:
            text = self.rng.choice([f for f in forms if f != inst.official] or forms)
        elif inst not in self._introduced:
            self._introduced.add(inst)
            text = inst.official if inst.official and self.rng.random() < 0.25 else inst.name
            if inst.acronym and self.rng.random() < 0.5:
                self._record(inst, text)
                text, shown = inst.acronym, f"{text} ({inst.acronym})"
                self._record(inst, text)
                return shown
        else:
            later = [inst.acronym] * 3 + [inst.short] * 2 + [inst.name]
            text = self.rng.choice([f for f in later if f] or [inst.name])
        self._record(inst, text)
        return text

    def _record(self, inst: SynthInstitution, text: str) -> None:
        self._inst_forms.setdefault(inst, set()).add(text)
        if country(inst.country).name in text:  # "… of the Republic of Kazakhstan"
            self._stated.add(inst)

    def person(self, person: SynthPerson) -> str:
        full, initials_last, initial_first, surname = person.forms()
        if person not in self._person_forms:
            text = initial_first if self.rng.random() < 0.15 else full
            shown = text
        else:
            text = self.rng.choice((initials_last, initial_first, surname, surname))
            shown = f"{self.rng.choice(('Professor', 'Dr', 'Mr'))} {text}" if (
                text == surname and self.rng.random() < 0.5) else text
        self._person_forms.setdefault(person, set()).add(text)
        return shown

    def _event(self, any_form: bool) -> str:
        assert self.event is not None
        forms = [str(self.event["name"]), *self.event["aliases"]]  # type: ignore[misc]
        if any_form or self._event_introduced:
            text = self.rng.choice(forms)
        else:
            text, self._event_introduced = forms[0], True
        self._event_forms.add(text)
        return text

    # -- values --------------------------------------------------------------------------
    def doc(self, kind: str, year: int) -> str:
        title = self.rng.choice(DOCS[kind]).format(
            field=self.rng.choice(FIELDS), year=year, next=year + 1)
        self.values["DOC"] = title
        return title

    def date(self, p_year: float = 0.85) -> _Date:
        year = self.rng.choices(_YEARS, _YEAR_WEIGHTS)[0]
        when = _Date(year, self.rng.randint(1, 12), self.rng.randint(1, 28),
                     self.rng.random() < p_year)
        words = when.words(self.rng)
        self.values["DATE"], self.values["date"] = f"On {words}", f"on {words}"
        return when

    def fillers(self, low: int, high: int) -> list[str]:
        self.values["FIELD"] = self.rng.choice(FIELDS)
        picked = self.rng.sample(phrases()["filler"], self.rng.randint(low, high))
        return [self.fill(t) for t in picked]

    # -- gold ----------------------------------------------------------------------------
    def gold(self, title: str, published: str | None, publisher: str | None,
             agreements: list[dict[str, object]],
             counts: list[dict[str, object]]) -> dict[str, object]:
        inst_ids = _ids({i: i.name for i in self._inst_forms})
        person_ids = _ids({p: p.name for p in self._person_forms})
        institutions = []
        for inst, used in self._inst_forms.items():
            forms = [f for f in inst.forms() if f in used]
            institutions.append({
                "id": inst_ids[inst], "name": forms[0], "aliases": forms[1:],
                "country": inst.country if inst in self._stated else None, "kind": inst.kind})
        people = []
        for person, used in self._person_forms.items():
            forms = [f for f in person.forms() if f in used]
            people.append({"id": person_ids[person], "name": forms[0], "aliases": forms[1:],
                           "positions": [
                               {"title": t, "institution": inst_ids.get(i)}
                               for t, i in self._positions.get(person, [])]})
        events = []
        if self.event is not None and self._event_forms:
            ev = dict(self.event)
            ev["aliases"] = [a for a in ev["aliases"] if a in self._event_forms]  # type: ignore[attr-defined]
            events.append(ev)
        return {
            "document": {"title": title, "published": published, "publisher": publisher},
            "institutions": institutions,
            "people": people,
            "events": events,
            "agreements": [dict(a, parties=[inst_ids[self.roles[r]]
                                            for r in _roles(a, "parties")],
                                signatories=[person_ids[self._person(r)[0]]
                                             for r in _roles(a, "signatories")])
                           for a in agreements],
            "agreement_counts": counts,
        }


def _roles(agreement: dict[str, object], key: str) -> list[str]:
    roles = agreement[key]
    assert isinstance(roles, list)
    return [str(r) for r in roles]


def _ids(names: dict[object, str]) -> dict[object, str]:
    out: dict[object, str] = {}
    for thing, name in names.items():
        base = slug(name)[:32].rstrip("-")
        candidate, n = base, 2
        while candidate in out.values():
            candidate, n = f"{base}-{n}", n + 1
        out[thing] = candidate
    return out


def _agreement(w: _Writer, kind: str, parties: list[str], when: _Date | None,
               signatories: tuple[str, ...] = (), event: str | None = None) -> dict[str, object]:
    """An agreement the last sentence stated: its date and city only if that sentence gave them."""
    dated = when is not None and ({"DATE", "date"} & w.used)
    return {"kind": kind, "title": w.values["DOC"], "parties": parties,
            "signatories": list(signatories), "event": event,
            "date": when.iso if dated and when else None,
            "city": w.values["CITY"] if "CITY" in w.used else None}


# -- scenarios -------------------------------------------------------------------------------
# Each returns the title, the paragraphs (lists of sentences), the agreements (parties and
# signatories as roles), the agreement counts and the date of what happened.
Scene = tuple[str, list[list[str]], Rows, Rows, _Date]


def _mou(w: _Writer, world: World) -> Scene:
    rng = w.rng
    a = world.pick(rng)
    b = world.pick(rng, not_country=a.country)
    w.roles.update(A=a, B=b)
    kind = rng.choices(("memorandum", "agreement", "contract"), (6, 3, 1))[0]
    when = w.date()
    w.doc(kind, when.year)
    w.values["CITY"] = rng.choice((a.city, a.city, b.city))
    title = w.say("title.mou")
    lead = w.say("lead.mou")
    agreement = _agreement(w, kind, ["A", "B"], when)
    body = [[lead]]
    second: list[str] = []
    if rng.random() < 0.7:
        second.append(w.say("signers"))
        agreement["signatories"] = ["PA", "PB"]
    if rng.random() < 0.6:
        second.append(_quote(w, rng.choice("AB")))
    body += [second, w.fillers(7, 12), _countries(w, "AB", 0.85)]
    return title, body, [agreement], [], when


def _visit(w: _Writer, world: World) -> Scene:
    rng = w.rng
    a = world.pick(rng)
    b = world.pick(rng, not_country=a.country)
    w.roles.update(A=a, B=b)
    when = w.date()
    title = w.say("title.visit")
    body = [[w.say("lead.visit"), w.say("host")], w.fillers(7, 12)]
    agreements: Rows = []
    kind = rng.choices(("memorandum", "agreement"), (3, 1))[0]
    w.doc(kind, when.year)
    if rng.random() < 0.5:
        outcome = w.say("outcome.signed")
        agreements.append({"kind": kind, "title": w.values["DOC"], "parties": ["A", "B"],
                           "signatories": ["PA", "PB"], "event": None, "date": when.iso,
                           "city": None})
    else:
        outcome = w.say("outcome.planned")  # planned, not signed: no agreement
    body += [[outcome], _countries(w, "AB", 0.85)]
    return title, body, agreements, [], when


def _days(w: _Writer, world: World) -> Scene:
    rng = w.rng
    visitor = world.pick_country(rng)
    host = world.pick_country(rng, other_than=visitor)
    when = w.date(p_year=0.75)
    city = next(iter(world.by_country[host][0])).city
    name = f"Days of {adjective(visitor)} Medicine in {country(host).name}"
    eid = slug(name)[:32].rstrip("-")
    md = f"{when.month:02d}-{when.day:02d}", f"{when.month:02d}-{when.day + 1:02d}"
    w.event = {"id": eid, "name": name, "aliases": [f"{adjective(visitor)} Medicine Days"],
               "city": city, "country": host,
               "start": f"{when.year}-{md[0]}" if when.with_year else md[0],
               "end": f"{when.year}-{md[1]}" if when.with_year else md[1],
               "year": when.year if when.with_year else None}
    month = _MONTHS[when.month - 1]
    span = f"{when.day}-{when.day + 1} {month}" + (f" {when.year}" if when.with_year else "")
    w.values.update(RANGE=f"On {span}", range=f"on {span}", CITY=city,
                    V_adj=adjective(visitor), E_adj=adjective(host),
                    V_country=country(visitor).name, E_country=country(host).name,
                    N=str(rng.randint(10, 40)))
    ministry = world.ministries[visitor]
    w.roles["M"] = ministry
    w.people["PM"] = (ministry.deputy, ministry)
    title = w.say("title.days")
    body = [[w.say("lead.days"), w.say("delegation.days")]]
    pairs = 1 + min(2, int(rng.paretovariate(1.5)) - 1)
    agreements: Rows = []
    signings: list[str] = []
    for n in range(pairs):
        a, b = world.pick(rng, country_=visitor), world.pick(rng, country_=host)
        if a in w.roles.values() or b in w.roles.values():
            continue
        w.roles.update({f"A{n}": a, f"B{n}": b})
        w.doc("memorandum", when.year)
        signings.append(_pair(w, n))
        agreements.append(_agreement(w, "memorandum", [f"A{n}", f"B{n}"], None, event=eid))
    body.append(signings)
    counts: list[dict[str, object]] = []
    if rng.random() < 0.9:
        total = len(agreements) + min(80, int(rng.paretovariate(1.1) * 5))
        w.values["COUNT"] = str(total)
        body.append([w.say("count.days")])
        counts.append({"event": eid, "count": total, "countries": sorted((visitor, host))})
    body += [w.fillers(6, 11), _countries(w, [r for r in w.roles if r != "M"], 0.5)]
    return title, body, agreements, counts, when


def _pair(w: _Writer, n: int) -> str:
    template = w.rng.choice(phrases()["pair.days"])
    return w.fill(template.replace("{A}", f"{{A{n}}}").replace("{B}", f"{{B{n}}}"))


def _ministers(w: _Writer, world: World) -> Scene:
    rng = w.rng
    ca = world.pick_country(rng)
    cb = world.pick_country(rng, other_than=ca)
    w.roles.update(A=world.ministries[ca], B=world.ministries[cb])
    kind = rng.choices(("roadmap", "plan", "agreement", "memorandum"), (3, 2, 2, 2))[0]
    when = w.date()
    w.doc(kind, when.year)
    w.values["CITY"] = rng.choice((w.roles["A"].city, w.roles["B"].city))
    title = w.say("title.ministers")
    lead = w.say("lead.ministers")
    agreement = _agreement(w, kind, ["A", "B"], when)
    body = [[lead]]
    if rng.random() < 0.8:
        body.append([w.say("signers.ministers")])
        agreement["signatories"] = ["PA", "PB"]
    body.append(w.fillers(7, 12))
    return title, body, [agreement], [], when


def _multi(w: _Writer, world: World) -> Scene:
    rng = w.rng
    a = world.pick(rng)
    w.roles["A"] = a
    partners: list[SynthInstitution] = []
    for _ in range(1 + min(4, int(rng.paretovariate(1.6)))):
        partners.append(world.pick(rng, not_country=a.country, exclude=(a, *partners)))
    roles = [chr(ord("B") + n) for n in range(len(partners))]
    w.roles.update(zip(roles, partners, strict=True))
    when = w.date()
    w.values["N"] = str(len(partners))
    w.values["PARTNERS"] = lambda: _listing([w.mention(p) for p in partners])
    w.values["DOC"] = "memorandums of understanding"  # the title as the text writes it
    title = w.say("title.multi")
    lead = w.say("lead.multi")
    agreements = [_agreement(w, "memorandum", ["A", r], when) for r in roles]
    body = [[lead]]
    if rng.random() < 0.7:
        body.append([w.say("signer.multi")])
        for agr in agreements:
            agr["signatories"] = ["PA"]
    body += [_countries(w, roles, 0.85), w.fillers(6, 11)]
    return title, body, agreements, [], when


def _listing(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _quote(w: _Writer, role: str) -> str:
    text = w.rng.choice(phrases()["quote.text"])
    w.values.update(QUOTE_comma=text[:-1] + ",", QUOTE_lower=text[0].lower() + text[1:])
    return w.say("quote", x=role)


def _countries(w: _Writer, roles: object, p: float) -> list[str]:
    return [w.say("country", x=r) for r in roles if w.rng.random() < p]  # type: ignore[attr-defined]


SCENARIOS = {"mou": (_mou, 40), "visit": (_visit, 20), "multi": (_multi, 12),
             "days": (_days, 13), "ministers": (_ministers, 15)}


def write_report(rng: random.Random, world: World) -> tuple[str, str, str, dict[str, object]]:
    """``(scenario, host name, text, gold)`` of one report."""
    scenario = rng.choices(list(SCENARIOS), [w for _, w in SCENARIOS.values()])[0]
    w = _Writer(rng)
    title, body, agreements, counts, when = SCENARIOS[scenario][0](w, world)
    host = next(iter(w.roles.values()))
    published = None
    lines = [title]
    if rng.random() < 0.7:
        day = dt.date(when.year, when.month, when.day) + dt.timedelta(days=rng.randint(0, 3))
        published = day.isoformat()
        lines.append(rng.choice((f"{day.day} {_MONTHS[day.month - 1]} {day.year}",
                                 f"{_MONTHS[day.month - 1]} {day.day}, {day.year}",
                                 day.strftime("%d.%m.%Y"), published)))
    lines.append("")
    paragraphs = []
    for sentences in body:  # a long paragraph reads better as two
        cut = len(sentences) // 2 if len(sentences) > 6 else len(sentences)
        paragraphs += [" ".join(part) for part in (sentences[:cut], sentences[cut:]) if part]
    first_role = next(iter(w.roles))
    publisher = w.say("publisher", x=first_role) if rng.random() < 0.5 else None
    text = "\n".join(lines) + "\n" + "\n\n".join(paragraphs) + "\n"
    if publisher:
        text += f"\n{publisher}\n"
    gold = w.gold(title, published, publisher, agreements, counts)
    return scenario, host.name, text, gold
