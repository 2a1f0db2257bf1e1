"""The extractor's rules and gazetteers, read once from the YAML files in ``data/``."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from medcoop.errors import InputError
from medcoop.facts import AGREEMENT_KINDS, INSTITUTION_KINDS

DATA = Path(__file__).parent / "data"
_KINDS = frozenset(INSTITUTION_KINDS)
_AGREEMENT_KINDS = frozenset(AGREEMENT_KINDS)


@dataclass(frozen=True, eq=False)  # hashed by identity: one instance, cached
class Rules:
    heads: dict[str, str]
    head_max_words: int
    not_institution_heads: frozenset[str]
    event_heads: frozenset[str]
    lowercase_name_words: frozenset[str]
    lowercase_heads: frozenset[str]
    stop_words: frozenset[str]
    headline_verbs: frozenset[str]
    subunit_heads: frozenset[str]
    unit_heads: frozenset[str]
    unit_functions: frozenset[str]
    in_heads: frozenset[str]
    org_words: frozenset[str]
    descriptors: frozenset[str]
    skip_prefixes: tuple[str, ...]
    legal_abbreviations: frozenset[str]
    topic_words: frozenset[str]
    name_particles: frozenset[str]
    title_core: frozenset[str]
    title_modifiers: frozenset[str]
    title_bodies: frozenset[str]
    head_verbs: dict[str, str]  # "who heads X" -> the title "head"
    ministry_titles: frozenset[str]
    academic_titles: frozenset[str]
    hospital_titles: frozenset[str]
    honorifics: frozenset[str]
    speech_verbs: frozenset[str]
    title_end_verbs: frozenset[str]
    host_verbs: frozenset[str]
    not_names: frozenset[str]
    triggers: dict[str, str]
    trigger_re: re.Pattern[str]
    signing_verbs: tuple[str, ...]
    hedges: tuple[str, ...]
    hedge_re: re.Pattern[str]
    apposition_nouns: dict[str, str]
    kind_refinements: tuple[tuple[str, str, frozenset[str]], ...]
    regions: dict[str, str]  # casefolded region name -> ISO code of its country
    international_bodies: tuple[str, ...]  # casefolded: "world health organization", "who"
    blocs: frozenset[str]  # casefolded unions of states: "european union"


# libyaml's parser when PyYAML was built with it (its wheels are): the pure-Python one took
# 0.12 s of every process's start to read these files, 2% of a 1,000-report load
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load(name: str) -> dict[str, Any]:
    path = DATA / name
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read extractor rules: {exc}", str(path)) from exc
    if not isinstance(data, dict):
        raise InputError("rules file must be a mapping of sections", str(path))
    return data


def _words(data: dict[str, Any], key: str, name: str) -> frozenset[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise InputError(f"section {key!r} must be a list of words", str(DATA / name))
    return frozenset(value)


def _lower(data: dict[str, Any], key: str, name: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _words(data, key, name))


def _table(data: dict[str, Any], key: str, name: str, allowed: frozenset[str]) -> dict[str, str]:
    value = data.get(key)
    if not isinstance(value, dict) or not value:
        raise InputError(f"section {key!r} must be a mapping word: kind", str(DATA / name))
    for word, kind in value.items():
        if not isinstance(word, str) or kind not in allowed:
            raise InputError(
                f"section {key!r}: {word!r} -> {kind!r}; kind must be one of "
                f"{', '.join(sorted(allowed))}",
                str(DATA / name),
            )
    return {w.casefold(): k for w, k in value.items()}


def _refinements(data: dict[str, Any], name: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    value = data.get("kind_refinements")
    out = []
    for row in value if isinstance(value, list) else [None]:
        ok = (
            isinstance(row, dict)
            and isinstance(row.get("head"), str)
            and row.get("kind") in _KINDS
            and isinstance(row.get("words"), list)
            and all(isinstance(w, str) for w in row["words"])
        )
        if not ok or not isinstance(row, dict):
            raise InputError(
                "section 'kind_refinements' must be a list of {head, kind, words}", str(DATA / name)
            )
        out.append(
            (row["head"].casefold(), row["kind"], frozenset(w.casefold() for w in row["words"]))
        )
    return tuple(out)


def _regions(data: dict[str, Any], name: str, key: str = "regions") -> dict[str, str]:
    value = data.get(key)
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and re.fullmatch(r"[A-Z]{2}", v)
        for k, v in value.items()
    ):
        raise InputError(
            f"section '{key}' must map a name to a two-letter country code",
            str(DATA / name),
        )
    return {k.casefold(): v for k, v in value.items()}


def _head_verbs(data: dict[str, Any]) -> dict[str, str]:
    value = data.get("head_verbs")
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v for k, v in value.items()
    ):
        raise InputError(
            "section 'head_verbs' must map a verb to a title", str(DATA / "titles.yaml")
        )
    return {k.casefold(): v for k, v in value.items()}


def _alternation(phrases: list[str]) -> str:
    r"""One regular expression for a list of phrases (matched with IGNORECASE), as a tree of
    their words: "signing of the memorandum|signing of the agreement" becomes "signing\s+of\s+
    the\s+(?:memorandum|agreement)". It matches what the longest-first alternation of the
    phrases matches (a longer phrase is tried before a phrase it extends), in half the time:
    at a position where no phrase starts, the engine fails on one branch per first word, not
    on every phrase."""
    tree: dict[str, Any] = {}
    for phrase in phrases:
        node = tree
        for word in phrase.casefold().split():
            node = node.setdefault(word, {})
        node[""] = {}  # a phrase ends here

    def branches(node: dict[str, Any]) -> str:
        alts = []
        for word in sorted((w for w in node if w), reverse=True):
            sub = node[word]
            alts.append(re.escape(word) + rest(sub))
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    def rest(node: dict[str, Any]) -> str:
        if not any(node):  # only "" left: the phrase ends
            return ""
        more = r"\s+" + branches(node)
        return f"(?:{more})?" if "" in node else more

    return branches(tree)


@functools.cache
def rules() -> Rules:
    """The rules, validated; an :class:`InputError` names the file that is malformed."""
    inst = _load("institutions.yaml")
    titles = _load("titles.yaml")
    agr = _load("agreements.yaml")
    heads = _table(inst, "heads", "institutions.yaml", _KINDS)
    triggers = _table(agr, "triggers", "agreements.yaml", _AGREEMENT_KINDS)
    hedges = sorted(_words(agr, "hedges", "agreements.yaml"))
    lower = {w.casefold() for w in _words(titles, "core", "titles.yaml")}
    return Rules(
        heads=heads,
        head_max_words=max(len(h.split()) for h in heads),
        not_institution_heads=frozenset(
            w.casefold() for w in _words(inst, "not_institution_heads", "institutions.yaml")
        ),
        event_heads=frozenset(
            w.casefold() for w in _words(inst, "event_heads", "institutions.yaml")
        ),
        lowercase_name_words=_words(inst, "lowercase_name_words", "institutions.yaml"),
        lowercase_heads=_lower(inst, "lowercase_heads", "institutions.yaml"),
        stop_words=_words(inst, "stop_words", "institutions.yaml"),
        headline_verbs=_lower(inst, "headline_verbs", "institutions.yaml"),
        subunit_heads=_lower(inst, "subunit_heads", "institutions.yaml"),
        unit_heads=_lower(inst, "unit_heads", "institutions.yaml")
        | _lower(inst, "subunit_heads", "institutions.yaml"),
        unit_functions=_lower(inst, "unit_functions", "institutions.yaml"),
        in_heads=_lower(inst, "in_heads", "institutions.yaml"),
        org_words=_lower(inst, "org_words", "institutions.yaml"),
        descriptors=_lower(inst, "descriptors", "institutions.yaml") | frozenset(heads),
        skip_prefixes=tuple(_lower(inst, "skip_prefixes", "institutions.yaml")),
        legal_abbreviations=_lower(inst, "legal_abbreviations", "institutions.yaml"),
        topic_words=_lower(inst, "topic_words", "institutions.yaml"),
        name_particles=_lower(inst, "name_particles", "institutions.yaml"),
        title_core=frozenset(lower),
        title_modifiers=frozenset(w.casefold() for w in _words(titles, "modifiers", "titles.yaml")),
        title_bodies=_lower(titles, "title_bodies", "titles.yaml"),
        head_verbs=_head_verbs(titles),
        ministry_titles=frozenset(
            w.casefold() for w in _words(titles, "ministry_titles", "titles.yaml")
        ),
        academic_titles=_lower(titles, "academic_titles", "titles.yaml"),
        hospital_titles=_lower(titles, "hospital_titles", "titles.yaml"),
        honorifics=_words(titles, "honorifics", "titles.yaml"),
        speech_verbs=_words(titles, "speech_verbs", "titles.yaml"),
        title_end_verbs=_words(titles, "speech_verbs", "titles.yaml")
        | _words(titles, "title_end_verbs", "titles.yaml"),
        host_verbs=_words(titles, "host_verbs", "titles.yaml"),
        not_names=_words(titles, "not_names", "titles.yaml"),
        triggers=triggers,
        trigger_re=re.compile(r"\b(" + _alternation(list(triggers)) + r")\b", re.IGNORECASE),
        signing_verbs=tuple(sorted(_words(agr, "signing_verbs", "agreements.yaml"))),
        hedges=tuple(hedges),
        hedge_re=re.compile(r"\b(" + _alternation(hedges) + r")\b", re.IGNORECASE),
        apposition_nouns=_table(inst, "apposition_nouns", "institutions.yaml", _KINDS),
        kind_refinements=_refinements(inst, "institutions.yaml"),
        regions={
            **_regions(inst, "institutions.yaml"),
            **_regions(inst, "institutions.yaml", "native_adjectives"),
        },
        international_bodies=tuple(
            sorted(_lower(inst, "international_bodies", "institutions.yaml"))
        ),
        blocs=_lower(inst, "blocs", "institutions.yaml"),
    )
