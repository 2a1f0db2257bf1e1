"""Entity resolution across reports: one node per institution, however a report names it.

At load time an institution joins an existing node when one of its names meets one of the
node's names under a *key*, and their countries do not disagree:

* ``n:`` the normalised full name ("Centre"/"Center", case, quotes, a leading "The");
* ``s:`` the name without "Republican"/"National" and without a trailing "of [the Republic of]
  <country>", together with a known country ("Republican Scientific Oncological Center of the
  Republic of Tajikistan" and "Scientific Oncological Center", both TJ);
* ``a:`` an acronym the report gives as an alias, together with a known country.

Only a single candidate is joined; two or more stay apart. Doubtful pairs (shared words, an
acronym that matches a name's initials, a person's surname with compatible initials) are
listed by :func:`suspects` for an analyst to join with :func:`medcoop.graph.curation.merge`.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

import pyoxigraph as ox

from medcoop.facts import Facts, Institution
from medcoop.graph.ids import Minter, normalise, slug
from medcoop.graph.store import select, value

_GENERIC_LEAD = re.compile(r"^(?:(?:the|republican|national)-)+")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&]{1,9}$")
_STOP = frozenset(["of", "the", "and", "for", "in", "at", "named", "after", "a", "an", "on",
                   "de", "la"])


@cache
def _query(name: str) -> str:
    return (files("medcoop.graph") / "sparql" / f"{name}.rq").read_text(encoding="utf-8")


@cache
def _country_suffixes() -> dict[str, str]:
    """slug of "of <country name>" endings → ISO code, longest first."""
    from medcoop.countries import countries

    out: dict[str, str] = {}
    for code, info in countries().items():
        for name in (info.name, *info.names):
            out[slug(name)] = code
    return dict(sorted(out.items(), key=lambda kv: -len(kv[0])))


@cache
def _suffixes_by_last_word() -> dict[str, list[str]]:
    """The suffixes grouped by their last word, longest first: a name can only end with a
    suffix whose last word is its own, so only those need trying (a load calls this per name)."""
    out: dict[str, list[str]] = defaultdict(list)
    for suffix in _country_suffixes():
        out[suffix.rsplit("-", 1)[-1]].append(suffix)
    return dict(out)


def stripped(name: str) -> str:
    """The name's slug without leading "the/republican/national" and trailing "of <country>"."""
    key = _GENERIC_LEAD.sub("", slug(name))
    for suffix in _suffixes_by_last_word().get(key.rsplit("-", 1)[-1], ()):
        for tail in (f"-of-the-{suffix}", f"-of-{suffix}", f"-{suffix}"):
            if key.endswith(tail) and len(key) > len(tail):
                return key[: -len(tail)]
    return key


def is_acronym(alias: str) -> bool:
    return bool(_ACRONYM.match(alias)) and sum(c.isupper() for c in alias) >= 2


def keys(names: Iterable[str], country: str | None) -> set[str]:
    out: set[str] = set()
    for name in names:
        out.update(_name_keys(name, country))
    return out


@lru_cache(maxsize=1 << 16)
def _name_keys(name: str, country: str | None) -> tuple[str, ...]:
    # Cached: a load asks for the same few thousand names once per report that names them.
    if is_acronym(name):  # "NMC" alone names too many things: only with a country
        return (f"a:{name.upper()}@{country}",) if country else ()
    if country:
        return f"n:{slug(name)}", f"s:{stripped(name)}@{country}"
    return (f"n:{slug(name)}",)


class Resolver:
    """Finds the existing node for each institution of a report (see the module docstring)."""

    def __init__(self, store: ox.Store, minter: Minter):
        self.minter = minter
        self.index: dict[str, set[str]] = defaultdict(set)
        self.country: dict[str, str | None] = {}
        names: dict[str, set[str]] = defaultdict(set)
        countries: dict[str, set[str]] = defaultdict(set)
        for row in select(store, _query("institution_names")):
            node = value(row["node"])
            names[node].add(value(row["name"]))
            if row["country"] is not None:
                countries[node].add(value(row["country"]))
        for node, labels in names.items():
            codes = countries[node]
            self._add(node, labels, next(iter(codes)) if len(codes) == 1 else None)

    def _add(self, node: str, names: Iterable[str], country: str | None) -> None:
        self.country.setdefault(node, country)
        if self.country[node] != country and country is not None:
            self.country[node] = self.country[node] or country
        for key in keys(names, country):
            self.index[key].add(node)

    def resolve(self, facts: Facts) -> dict[str, str]:
        """local id → IRI for every institution of ``facts``."""
        return {inst.id: self._one(inst) for inst in facts.institutions}

    def _one(self, inst: Institution) -> str:
        minted = self.minter.institution(inst.name, inst.country)
        if minted in self.country:
            return minted
        candidates = {
            node for key in keys([inst.name, *inst.aliases], inst.country)
            for node in self.index.get(key, ())
            if inst.country is None or self.country[node] in (None, inst.country)
        }
        return candidates.pop() if len(candidates) == 1 else minted

    def remember(self, facts: Facts, iris: dict[str, str]) -> None:
        """Add a loaded report's institutions to the index."""
        for inst in facts.institutions:
            self._add(iris[inst.id], [inst.name, *inst.aliases], inst.country)


# --------------------------------------------------------------------------------------------
# Suspects: pairs an analyst should look at


@dataclass(frozen=True)
class Suspect:
    score: float
    a: str
    b: str
    label_a: str
    label_b: str
    reason: str


def _tokens(name: str) -> frozenset[str]:
    return frozenset(t for t in slug(name).split("-") if t and t not in _STOP)


def _initials(name: str) -> str:
    return "".join(t[0] for t in normalise(name).replace("-", " ").split()
                   if t not in _STOP and t[0].isalpha()).upper()


def suspects(store: ox.Store, limit_df: int = 200) -> list[Suspect]:
    """Doubtful pairs of institutions and of people, most likely first."""
    out = list(_institution_suspects(store, limit_df)) + list(_person_suspects(store))
    return sorted(out, key=lambda s: (-s.score, s.a, s.b))


def _labels(store: ox.Store, query: str) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    names: dict[str, set[str]] = defaultdict(set)
    countries: dict[str, set[str]] = defaultdict(set)
    for row in select(store, _query(query)):
        names[value(row["node"])].add(value(row["name"]))
        if row["country"] is not None:
            countries[value(row["node"])].add(value(row["country"]))
    return names, countries


def _institution_suspects(store: ox.Store, limit_df: int) -> Iterator[Suspect]:
    names, countries = _labels(store, "institution_names")
    labels = {n: max(ns, key=len) for n, ns in names.items()}
    tokens = {n: frozenset().union(*(_tokens(x) for x in ns)) for n, ns in names.items()}
    by_token: dict[str, list[str]] = defaultdict(list)
    for node, toks in tokens.items():
        for t in toks:
            by_token[t].append(node)
    acronyms = {n: {x.upper() for x in ns if is_acronym(x)} for n, ns in names.items()}
    initials = {n: {_initials(x) for x in ns if not is_acronym(x)} for n, ns in names.items()}
    pairs: set[tuple[str, str]] = set()
    for nodes in by_token.values():
        if len(nodes) <= limit_df:
            pairs.update((a, b) for a in nodes for b in nodes if a < b)
    by_initials: dict[str, list[str]] = defaultdict(list)
    for node, inits in initials.items():
        for init in inits:
            by_initials[init].append(node)
    for a, acrs in acronyms.items():  # the acronym of one is the initials of another
        for b in (b for acr in acrs for b in by_initials.get(acr, ()) if b != a):
            pairs.add((min(a, b), max(a, b)))
    # Words weigh by rarity: "University" or "Medical" alone say little, "Akhunbaev" much.
    idf = {t: math.log((1 + len(tokens)) / (1 + len(nodes))) + 1.0
           for t, nodes in by_token.items()}

    def weight(words: frozenset[str]) -> float:
        return sum(idf[t] for t in words)

    for a, b in sorted(pairs):
        ca, cb = countries[a], countries[b]
        if ca and cb and not ca & cb:
            continue  # both countries known and different: not the same institution
        shared = acronyms[a] & initials[b] | acronyms[b] & initials[a]
        ta, tb = tokens[a], tokens[b]
        similar = weight(ta & tb) / weight(ta | tb) if ta | tb else 0.0
        contained = len(ta & tb) >= 2 and (ta <= tb or tb <= ta)
        if shared:
            reason, score = f"acronym {sorted(shared)[0]} matches the other's initials", 0.9
        elif contained:
            reason, score = "one name's words are all in the other", max(similar, 0.7)
        elif similar >= 0.6:
            reason, score = f"{len(ta & tb)} of {len(ta | tb)} words shared", similar
        else:
            continue
        yield Suspect(round(score, 2), a, b, labels[a], labels[b], reason)


def _person_suspects(store: ox.Store) -> Iterator[Suspect]:
    from medcoop.evaluation import person_key

    names, _ = _labels(store, "person_names")
    by_surname: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for node, ns in names.items():
        for name in ns:
            key = person_key(name)
            if key:
                by_surname[key[0]].append((node, key[1], name))
    seen: set[tuple[str, str]] = set()
    for entries in by_surname.values():
        for i, (a, ia, na) in enumerate(entries):
            for b, ib, nb in entries[i + 1:]:
                short, long_ = sorted((ia, ib), key=len)
                pair = tuple(sorted((a, b)))
                if a == b or pair in seen or not short or not long_.startswith(short):
                    continue
                seen.add(pair)  # type: ignore[arg-type]
                yield Suspect(0.8, pair[0], pair[1], na if a == pair[0] else nb,
                              nb if a == pair[0] else na, "same surname, compatible initials")
