"""Synthetic corpora at scale: press-release texts with the facts a careful reader takes from them.

``write_corpus(out, reports=N, seed=S)`` writes ``NAME.txt`` and ``NAME.gold.json`` (the
FORMAT.md facts) for N reports, the layout of ``tests/corpus/dev``, so the result can be loaded
(``medcoop load``), scored (``medcoop eval``) or benchmarked. The same seed always gives the
same bytes.

The corpus is drawn from a seeded *world*: countries with a long-tailed number of institutions
(a few countries hold most of them), institutions with a long-tailed "fame" (a few are party
to many agreements, most to one or two), agreements that grow year by year (with a dip in
2020), and every institution and person under several names (acronyms, short forms,
"of the Republic of …" long forms, surname with initials), so entity resolution has work to
do. The sentences come from ``medcoop/data/synth-phrases.csv`` and the people's names from
``medcoop/data/synth-names.csv``; the gold of each report records exactly the names, roles,
dates and places that its text states (see :mod:`medcoop._synthwrite`).
"""

from __future__ import annotations

import bisect
import csv
import io
import itertools
import json
import logging
import random
import re
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path

from medcoop.countries import cities, country
from medcoop.errors import InputError
from medcoop.facts import Facts
from medcoop.graph.ids import slug

log = logging.getLogger(__name__)

# Countries in the order of how often they report (a Zipf-like weight by rank), each with the
# pool of people's names it draws from.
REGIONS: dict[str, str] = {
    "KZ": "central-asia", "UZ": "central-asia", "RU": "slavic", "KG": "central-asia",
    "TJ": "central-asia", "TR": "turkic", "BY": "slavic", "KR": "east-asia", "CN": "east-asia",
    "IN": "south-asia", "DE": "west", "TM": "central-asia", "AZ": "turkic", "IR": "middle-east",
    "IT": "west", "PL": "west", "JP": "east-asia", "AE": "middle-east", "PK": "south-asia",
    "GE": "west", "IL": "middle-east", "VN": "east-asia", "EG": "middle-east", "FR": "west",
    "GB": "west", "LV": "west", "HU": "west", "MN": "east-asia", "AM": "west", "US": "west",
}
FIELDS = ("cardiology", "oncology", "pediatrics", "surgery", "neurology", "ophthalmology",
          "traumatology", "emergency medicine", "radiology", "transplantology", "endocrinology",
          "pulmonology", "urology", "hematology", "reproductive medicine", "nursing")
KINDS = {"university": 30, "hospital": 30, "research-center": 18, "college": 7, "company": 6,
         "association": 5, "agency": 4}
NAME_PATTERNS: dict[str, tuple[str, ...]] = {
    "university": ("{city} State Medical University", "{adj} National Medical University",
                   "{adj} State Medical University named after {eponym}",
                   "{city} Medical Institute", "University of Medicine and Pharmacy of {city}",
                   "{adj} Medical University"),
    "hospital": ("{city} Regional Clinical Hospital", "Republican Clinical Hospital",
                 "{city} City Clinical Hospital No. {n}", "{surname} Memorial Hospital",
                 "{city} Children's Hospital", "National Hospital of {Field}"),
    "research-center": ("Republican Scientific Center of {Field}",
                        "National Research Institute of {Field}", "Scientific Center of {Field}",
                        "{city} Institute of {Field}"),
    "college": ("{city} Medical College", "{city} Higher Nursing College"),
    "company": ("{surname}Pharm", "{city} Medical Technologies", "{adj} Diagnostics Company"),
    "association": ("{adj} Association of {Field} Specialists", "{adj} Society of {Field}"),
    "agency": ("National Agency for Medicines and Medical Devices",
               "{adj} Agency for Quality in Health Care"),
}
HEAD = {"university": "Rector", "hospital": "Chief Physician", "research-center": "Director",
        "college": "Director", "company": "General Director", "association": "President",
        "agency": "Head", "ministry": "Minister of Health"}
DEPUTY = {"university": "Vice-Rector for International Cooperation",
          "hospital": "Deputy Chief Physician", "ministry": "Vice Minister of Health"}
_ACRONYM_SKIP = frozenset(["of", "the", "and", "for", "in", "No."])


@dataclass(frozen=True)
class SynthPerson:
    first: str
    surname: str
    middle: str  # initial of a patronymic, or ""
    title: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.surname}"

    def forms(self) -> list[str]:
        """Every name the texts use for this person, fullest first."""
        initials = "".join(f"{part[0]}." for part in self.first.split())
        return [self.name, f"{self.surname} {initials}{self.middle and self.middle + '.'}",
                f"{initials} {self.surname}", self.surname]


@dataclass(frozen=True)
class SynthInstitution:
    key: str
    name: str
    country: str
    city: str
    kind: str
    official: str | None  # the name with "of the Republic of …" added
    short: str | None
    acronym: str | None
    head: SynthPerson
    deputy: SynthPerson

    def forms(self) -> list[str]:
        """Every name the texts use for this institution, fullest first."""
        return [f for f in (self.official, self.name, self.short, self.acronym) if f]


@dataclass
class World:
    """Everything the reports of one corpus talk about."""

    institutions: list[SynthInstitution]
    ministries: dict[str, SynthInstitution]
    countries: list[str]
    country_cum: list[float]
    fame_cum: list[float]
    by_country: dict[str, tuple[list[SynthInstitution], list[float]]] = field(
        default_factory=dict)

    def pick_country(self, rng: random.Random, other_than: str | None = None) -> str:
        while True:
            code = self.countries[_draw(rng, self.country_cum)]
            if code != other_than:
                return code

    def pick(self, rng: random.Random, *, country_: str | None = None,
             not_country: str | None = None, exclude: tuple[SynthInstitution, ...] = (),
             ministries: bool = False) -> SynthInstitution:
        """A long-tailed draw: famous institutions come up far more often."""
        pool, cum = (self.by_country[country_] if country_ else (self.institutions,
                                                                   self.fame_cum))
        for _ in range(200):
            inst = pool[_draw(rng, cum)]
            if (inst not in exclude and inst.country != not_country
                    and (ministries or inst.kind != "ministry")):
                return inst
        return next(i for i in pool if i not in exclude and i.country != not_country
                    and i.kind != "ministry")


@dataclass(frozen=True)
class CorpusSummary:
    reports: int
    institutions: int
    agreements: int
    out: Path


def _draw(rng: random.Random, cum: list[float]) -> int:
    return bisect.bisect_right(cum, rng.random() * cum[-1])


# -- data files ------------------------------------------------------------------------------

@cache
def phrases() -> dict[str, tuple[str, ...]]:
    """Sentence templates by key (``medcoop/data/synth-phrases.csv``)."""
    out: dict[str, list[str]] = {}
    for line, (key, text) in _rows("synth-phrases.csv", ("key", "text")):
        if not key or not text:
            raise InputError("a phrase needs a key and a text", "synth-phrases.csv", line)
        out.setdefault(key, []).append(text)
    return {k: tuple(v) for k, v in out.items()}


@cache
def names() -> dict[tuple[str, str], tuple[str, ...]]:
    """(region, "first" | "surname") → names (``medcoop/data/synth-names.csv``)."""
    out: dict[tuple[str, str], list[str]] = {}
    for line, (region, part, value) in _rows("synth-names.csv", ("region", "part", "value")):
        if part not in ("first", "surname") or not value:
            raise InputError(f"part must be first or surname, got {part!r}",
                             "synth-names.csv", line)
        out.setdefault((region, part), []).append(value)
    missing = {r for r in REGIONS.values() if (r, "first") not in out or (r, "surname") not in out}
    if missing:
        raise InputError(f"no first names or surnames for {sorted(missing)}", "synth-names.csv")
    return {k: tuple(v) for k, v in out.items()}


def _rows(name: str, columns: tuple[str, ...]) -> list[tuple[int, list[str]]]:
    text = (files("medcoop.data") / name).read_text(encoding="utf-8")
    reader = csv.reader(io.StringIO(text))
    header = next(reader)
    if tuple(header) != columns:
        raise InputError(f"expected the columns {', '.join(columns)}", name, 1)
    rows = []
    for line, row in enumerate(reader, start=2):
        if len(row) != len(columns):
            raise InputError(f"row has {len(row)} cells, expected {len(columns)}", name, line)
        rows.append((line, row))
    return rows


# -- the world -------------------------------------------------------------------------------

def build_world(reports: int, seed: int) -> World:
    """Institutions, their heads and deputies: a long-tailed population sized for ``reports``."""
    rng = random.Random(f"medcoop-synth:{seed}:world:{reports}")
    codes = list(REGIONS)
    weights = [1 / (rank + 1) ** 1.1 for rank in range(len(codes))]
    total = max(60, reports // 2)
    insts: list[SynthInstitution] = []
    ministries: dict[str, SynthInstitution] = {}
    by_country: dict[str, tuple[list[SynthInstitution], list[float]]] = {}
    fame: list[float] = []
    for code, weight in zip(codes, weights, strict=True):
        count = max(3, round(total * weight / sum(weights)))
        taken: set[str] = set()
        acronyms: set[str] = set()
        local: list[SynthInstitution] = []
        local_fame: list[float] = []
        ministry = _institution(rng, code, "ministry", taken, acronyms)
        ministries[code] = ministry
        for inst in [ministry] + [
                _institution(rng, code, rng.choices(list(KINDS), list(KINDS.values()))[0],
                             taken, acronyms) for _ in range(count - 1)]:
            f = rng.paretovariate(1.3)
            local.append(inst)
            local_fame.append(f)
            insts.append(inst)
            fame.append(f)
        by_country[code] = (local, list(itertools.accumulate(local_fame)))
    return World(insts, ministries, codes, list(itertools.accumulate(weights)),
                 list(itertools.accumulate(fame)), by_country)


@cache
def _cities(code: str) -> tuple[str, ...]:
    seen = dict.fromkeys(c.name for c in cities().values() if c.country == code)
    return tuple(seen) or (country(code).name,)


def adjective(code: str) -> str:
    info = country(code)
    return info.demonyms[0] if info.demonyms else info.name


def official_country(code: str) -> str:
    """ "the Republic of Kazakhstan" where that is the country's long name, else its name."""
    info = country(code)
    long = next((n for n in info.names if n == f"Republic of {info.name}"), None)
    return f"the {long}" if long else info.name


def _institution(rng: random.Random, code: str, kind: str, taken: set[str],
                 acronyms: set[str]) -> SynthInstitution:
    city_names = _cities(code)
    for attempt in itertools.count():
        if kind == "ministry":
            name = f"Ministry of Health of {official_country(code)}"
        else:
            pattern = rng.choice(NAME_PATTERNS[kind])
            region = REGIONS[code]
            surname = rng.choice(names()[(region, "surname")])
            name = pattern.format(
                city=rng.choice(city_names[:6]), adj=adjective(code), n=rng.randint(1, 12),
                Field=rng.choice(FIELDS).title().replace(" And ", " and "), surname=surname,
                eponym=f"{rng.choice(names()[(region, 'first')])} {surname}")
            if attempt > 3:
                name = f"{name} No. {attempt}"
        if name not in taken:
            break
    taken.add(name)
    official = short = acronym = None
    if kind == "ministry":
        short = "Ministry of Health"
    else:
        if name.startswith(("Republican ", "National ")):
            official = f"{name} of {official_country(code)}"
        cut = re.sub(r"^(Republican|National) |\bState |\bClinical | named after .*$", "", name)
        short = cut if cut != name and len(cut.split()) >= 2 else None
        letters = "".join(w[0] for w in name.split(" named after ")[0].split()
                          if w not in _ACRONYM_SKIP and w[0].isalpha()).upper()
        if 3 <= len(letters) <= 6 and letters not in acronyms and rng.random() < 0.7:
            acronym = letters
            acronyms.add(letters)
    city = next((c for c in city_names if c in name), rng.choice(city_names[:6]))
    head = _person(rng, code, HEAD[kind])
    deputy = _person(rng, code, DEPUTY.get(kind, "Deputy Director"), avoid=head.surname)
    return SynthInstitution(f"{slug(name)}-{code.lower()}", name, code, city, kind, official,
                            short, acronym, head, deputy)


def _person(rng: random.Random, code: str, title: str, avoid: str = "") -> SynthPerson:
    region = REGIONS[code]
    surname = avoid
    while surname == avoid:
        surname = rng.choice(names()[(region, "surname")])
    middle = rng.choice("ABDEGKMNRST") if region in ("central-asia", "slavic") else ""
    return SynthPerson(rng.choice(names()[(region, "first")]), surname, middle, title)


# -- the corpus ------------------------------------------------------------------------------

def generate(reports: int, seed: int = 1) -> list[tuple[str, str, dict[str, object]]]:
    """``(stem, text, gold)`` for every report: the corpus in memory."""
    return _generate(reports, seed)[1]


def _generate(reports: int, seed: int) -> tuple[World, list[tuple[str, str, dict[str, object]]]]:
    from medcoop._synthwrite import write_report

    world = build_world(reports, seed)
    out = []
    for n in range(reports):
        rng = random.Random(f"medcoop-synth:{seed}:report:{n}")
        scenario, host, text, gold = write_report(rng, world)
        out.append((f"r{n + 1:05d}-{scenario}-{slug(host)[:40].rstrip('-')}", text, gold))
    return world, out


def write_corpus(out: Path, reports: int, seed: int = 1) -> CorpusSummary:
    """Write the corpus to ``out`` (created; it must be empty). Every gold file validates."""
    if reports < 1:
        raise ValueError("the corpus needs at least one report")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise InputError("the output folder is not empty; pick a new folder, so that two "
                         "corpora never mix", str(out))
    out.mkdir(parents=True, exist_ok=True)
    agreements = 0
    world, corpus = _generate(reports, seed)
    for stem, text, gold in corpus:
        Facts.from_dict(gold)  # a generator bug must never write an invalid gold file
        agreements += len(gold["agreements"])  # type: ignore[arg-type]
        (out / f"{stem}.txt").write_bytes(text.encode("utf-8"))
        (out / f"{stem}.gold.json").write_bytes(
            (json.dumps(gold, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    log.info("wrote %d reports to %s", reports, out)
    return CorpusSummary(reports, len(world.institutions), agreements, out)
