"""An institution's country, only when the text makes it plain."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Set as AbstractSet

from . import _geo
from ._country_groups import group_countries
from ._dateline_home import dateline_country, publisher_country
from ._doc import Doc, InstMention
from ._entities import InstEntity
from ._lists import item_pair_country, paired_country
from ._place_refs import country_named_on, state_reference, where_at
from ._rules import Rules, rules
from ._visit_hosts import visit_hosts

_AFTER = re.compile(
    r"^\s*(?:\(|,\s*(?:a|an|the)?\s*(?:[\w-]+\s+){0,7}?(?:of|in)\s+|\s+in\s+|\s+of\s+"
    r"|\s+from\s+|,\s*)"
    r"(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})"
)
_ACRONYM_AFTER = re.compile(
    r"^\s*\((?=(?:[a-z&.-]*[A-Z]){2})[A-Z][\w&.-]{1,14}(?:\s[A-Z][\w&.-]{1,14})?\)"
)
# "X of the Ministry of <field> of <place>": the first "of" after the field (the lazy form),
# else the last one a long field runs to ("… and Social Protection of Population of the
# Republic of Tajikistan"), within the clause
_UNDER_MINISTRY = r"^\s*[»”\"]?\s*(?:of|under)\s+the\s+Ministry\s+of\s+"
_MINISTRY_PLACE = r"\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,2})"
_PARENT_MINISTRY = re.compile(_UNDER_MINISTRY + r"[\w\s,]+?" + _MINISTRY_PLACE)
_PARENT_MINISTRY_LAST = re.compile(
    _UNDER_MINISTRY + r"(?:(?!and\s+the\b)[\w\s])+" + _MINISTRY_PLACE
)
_DESCRIBED_HEADS = (
    r"(?:hospitals?|universit(?:y|ies)|centres?|centers?|clinics?|institutes?|schools?|"
    r"compan(?:y|ies)|agenc(?:y|ies)|foundations?|colleges?|academ(?:y|ies)|ministr(?:y|ies)|"
    r"regulators?|operators?|groups?|leaders?)"
)
_DESCRIBED = re.compile(
    r"^\s*,\s*(?:a|an|the|one\s+of\s+the)\s+(?:[a-z][\w-]*\s+){0,3}(?P<dem>[A-Z][a-z]+)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}" + _DESCRIBED_HEADS + r"\b"
    # "X (TUM), the Mongolian university's first such agreement": the other one's
    r"(?!['’]s)"
)
# "A and B, two of Uganda's leading health institutions": the first of two a description
# after both places
_PAIR_DESCRIBED = re.compile(
    r"^\s*(?:\([^()]{1,30}\)\s*)?\s+and\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:of\s+)?){0,6}"
    r"[A-Z][\w'’-]*\s*(?:\([^()]{1,30}\)\s*)?,\s+(?:both|two|the\s+two)\s+(?:of\s+)?"
    r"(?P<owner>[A-Z][a-z]+)['’]s\s"
)
# "The largest Czech hospital, X", "Czechia's largest hospital, X": the description before
_DESCRIBED_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Oo]ne\s+of\s+the)\s+(?:[a-z][\w-]*\s+){0,3}(?P<dem>[A-Z][a-z]+)"
    r"|\b(?P<owner>[A-Z][a-z]+)['’]s)\s+(?:[a-z][\w-]*\s+){0,3}" + _DESCRIBED_HEADS
    + r",\s+(?:the\s+)?$"
)
# a character of the same sentence: no stop, but the dot of an initial ("A. Khudayarov")
_IN_SENT = r"(?:[^.;:]|(?<=\b[A-Z])\.)"
# … or of the same list of members, whose items a semicolon parts ("It included the rector of
# A, Prof. B; the director of C, Dr. D")
_IN_LIST = r"(?:[^.:]|(?<=\b[A-Z])\.|(?<=\bDr)\.|(?<=\bProf)\.|(?<=\bMr)\.|(?<=\bMs)\.)"
# verbs that end the clause listing a delegation's members
_ACTS = r"(?:visited|met|toured|arrived|held|signed|went|paid|received|hosted)"
# the nouns that name one side of a meeting after its demonym ("the Uzbek delegation")
_GROUPS = r"(?:delegation|side|guests|team)"
_MEMBER_OF = re.compile(
    # "The Uzbek delegation, headed by …", "a delegation of Chinese doctors and scientists
    # headed by the president of X"
    r"\b(?:([A-Z][a-z]+)\s+" + _GROUPS + r"|delegation\s+of\s+([A-Z][a-z]+)"
    r"\s+[a-z]+(?:\s+and\s+[a-z]+)?\b"
    # "A delegation of the Ministry of Health of X, including A, B and C", "the delegation,
    # which included A": the country of the text's delegations, when they all come from one
    r"|delegation)" + _IN_SENT + r"*?\b(?:included|"
    r"includes|including|consisted\s+of|consisting\s+of|comprised|comprising|headed\s+by|"
    r"led\s+by|represented\s+by)\b"
    r"(?:(?!\b" + _ACTS + r"\b)" + _IN_LIST + r")*$"
)
# "It also included …", "The delegation comprised …": members of the delegation just named
_MEMBERS_GO_ON = re.compile(
    r"^(?:(?:It|They|(?:The|Members\s+of\s+the)\s+(?:delegation|group))\s+(?:also\s+)?"
    r"(?:included|includes|comprised|"
    r"comprises|consisted\s+of|consists\s+of|was\s+made\s+up\s+of)"
    # "Accompanying the delegation were the director of A, …"
    r"|Accompanying\s+(?:the\s+)?(?:delegation|minister|him|her|them)\s+(?:were|was))\b"
    r"(?:(?!\b" + _ACTS + r"\b)" + _IN_LIST + r")*$"
)
_DELEGATION = re.compile(r"\b([A-Z][a-z]+)\s+delegation\b")
_SIDES = re.compile(r"\b([A-Z][a-z]+)\s+" + _GROUPS + r"\b")
_ON_SIDE = re.compile(r"\b(?:[Oo]n|[Ff]rom)\s+the\s+([A-Z][a-z]+)\s+side\b")
# a stop that ends a clause, not the dot of "Dr." or of an initial ("A. Karimov")
_CLAUSE_STOP = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z])[.;:]\s")


def _side_country(head: str) -> str | None:
    """ "On the Belarusian side, the meeting was attended by …": the names of a sentence that
    opens so, up to "and on the Chinese side …", which names the other side's."""
    # "The guests' team was led by A; on the Kyrgyz side the operations were carried out with
    # B, director of X": a clause after a semicolon opens the same way
    head = re.split(r"[;:]\s+(?:and\s+|while\s+|whereas\s+)?", head)[-1]
    sides = list(_ON_SIDE.finditer(head))
    if not sides or sides[0].start() != 0 or _CLAUSE_STOP.search(head):
        return None
    if re.search(r"\b(?:signed|concluded)\b.*\bwith\s+(?:the\s+)?$", head):
        return None  # "On the Uzbek side, X signed a memorandum with Y": Y is the other side
    dem = sides[-1].group(1)
    return _geo.country_of(dem) if _geo.is_demonym(dem) else None
# the close of a sentence whose names are all one side's: "…, signed on the Indian side."
_SIDE_CLOSE = re.compile(
    r"^[^;:]*?\b(?:signed|spoke|were\s+present)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:on|for)\s+(?:behalf\s+of\s+)?the\s+([A-Z][a-z]+)\s+side\W*$"
)


def _side_after(tail: str) -> str | None:
    """The side a sentence closes with, when it names no other side before."""
    close = _SIDE_CLOSE.match(tail)
    if close is None or len(re.findall(r"\bside\b", tail)) != 1:
        return None
    dem = close.group(1)
    return _geo.country_of(dem) if _geo.is_demonym(dem) else None


_WHICH_IS_IN = re.compile(
    # "X, which is one of the largest clinics in China"; "X (XX), the largest centre for
    # women and children in Singapore"
    r"^\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:(?:which|that)\s+is\s+|(?:the|one\s+of\s+the)\s+)"
    r"(?:[\w'’-]+\s+){0,8}?in\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


def _member_of_previous(doc: Doc, m: InstMention) -> str | None:
    """ "The Belarusian delegation is headed by X. It includes the rector of A …": A is of
    the country of the delegation the sentence before names."""
    sent = doc.sents[m.sent]
    if m.sent == 0 or not _MEMBERS_GO_ON.search(doc.text[sent.start : m.char_start]):
        return None
    prev = doc.sents[m.sent - 1].text
    codes = {c for d in _DELEGATION.finditer(prev) if (c := _geo.country_of(d.group(1)))}
    if not codes and _LED_BY.search(prev):  # "The delegation was headed by the Minister of X"
        codes = {c for x in _countries(_DESTINATION.sub("", prev)) if (c := _geo.country_of(x))}
    if not codes and re.search(r"\bdelegation\b", prev):
        return delegation_country(doc)  # "The delegation was headed by a deputy minister."
    return codes.pop() if len(codes) == 1 else None


# "A Kenyan delegation", "a delegation from Sweden", "a delegation from the Ministry of Health
# of the Republic of Uzbekistan"
_DELEGATION_OF = re.compile(
    r"\b(?:(?P<dem>[A-Z][a-z]+)\s+)?delegation(?:\s+(?:from|of)\s+"
    r"(?P<from>(?:the\s+)?(?:[A-Z][\w'’-]*|of|and|for|the)(?:\s+(?:[A-Z][\w'’-]*|of|and|for|the))"
    r"{0,9}))?"
)


def delegation_country(doc: Doc) -> str | None:
    """The country of the text's delegations, when they all come from one."""
    found: set[str] = set()
    for d in _DELEGATION_OF.finditer(doc.text):
        dem, code = d.group("dem"), None
        if dem and _geo.is_demonym(dem):
            code = _geo.country_of(dem)
        elif d.group("from"):
            names = [x for x in _countries(d.group("from")) if not _geo.is_demonym(x)]
            code = next((c for x in names if (c := _geo.country_of(x))), None)
        if code:
            found.add(code)
    return found.pop() if len(found) == 1 else None


# "… was on a working visit to the Slovak Republic": where the delegation went, not whence
_DESTINATION = re.compile(
    r"\b(?:visit(?:ed|ing)?|went|travel(?:l?ed)?|arrived)\s+(?:\w+\s+){0,2}?(?:to|in)?\s*"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
)
_LED_BY = re.compile(r"\bdelegation\b[^.;]*\b(?:headed|led)\s+by\b")


def _countries(text: str) -> list[str]:
    rx = _geo.country_regex()
    return [x.group(1) for x in rx.finditer(text)] if rx else []


_REGION_WORDS = (
    r"Autonomous\s+Region|Region|Province|Oblast|Krai|Territory|Prefecture|Governorate|"
    r"Autonomous\s+Republic|Autonomous\s+Okrug"
)
_NOT_APPOSITION = re.compile(
    r"\b(?:by|signed|which|who|whose|with|headed|led|and|where|while|to"
    # ", will be trained in Seoul": a clause of what people do, not where the name is
    r"|will|would|shall|can|could|may|must|be|been|are|were"
    # ", specialists of the Belarusian centre performed …": other people, a new clause
    r"|specialists|doctors|surgeons|physicians|experts|delegates|representatives|staff"
    r"|colleagues|scientists|researchers|nurses|students|guests|employees"
    # ", spoke on behalf of the Egyptian students": what someone said and for whom
    r"|behalf|spoke|said|noted|added|stressed)\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"^(?:'s|’s)\b")
_BASED_AFTER = re.compile(r"^\s*(?:\([^()]{1,15}\)\s*)?,\s+(?:the|a|an)\s+"
                          r"([A-Z][\w]+(?:\s+[A-Z]\w+)?)-based\b")


_IN_CITY_COUNTRY = re.compile(
    # "X in Dar es Salaam, Tanzania", "X, a university based in Wardha, Maharashtra", "X Ltd
    # of Pune, India" (the city cut from the name as its address)
    r"^\s*,?\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:based|located|situated)\s+)?"
    r"(?:in|at|of)\s+(?:[A-Z][\w'’-]*\s+(?:[a-z]{1,3}\s+)?){0,2}[A-Z][\w'’-]*,\s+"
    r"(?:the\s+)?(?P<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\b"
)


def _demonym_subject(place: str, rest: str) -> bool:
    """The place read after a comma is a demonym before a lower-case noun ("the Uzbek
    guests"): people of that country, not where the institution is."""
    first = place.split()[0]
    return _geo.is_demonym(first) and len(place.split()) == 1 and rest.lstrip()[:1].islower()


def _place_before_head(doc: Doc, rest: str) -> bool:
    """The place read after a bare comma stands before an organisation noun written small
    ("A, Dublin hospital seal pact"): it describes another institution, not where A is."""
    m = re.match(r"\s+([a-z]+)\b", rest)
    return m is not None and _is_head(doc, m.group(1))


def _possessive(place: str, rest: str) -> bool:
    """ ", Türkiye's Ege University": the country owns the next name (but "X, Ghana's largest
    hospital" says where X is)."""
    m = re.search(r"(?:'s|’s)\b", place)
    if m is not None:
        return bool(place[m.end() :].strip())
    m = _POSSESSIVE.match(rest)
    return m is not None and rest[m.end() :].strip()[:1].isupper()


# "… and the Kazakh partner – X", "its Moldovan partner – the X": a demonym's group, a dash,
# then the group's name
_DEMONYM_DASH = re.compile(
    r"\b(?:[Tt]he|its|their|our)\s+([A-Z][a-z]+)\s+([a-z]+)\s+[–—]\s+(?:the\s+)?$"
)
_GROUP_NOUNS = frozenset(["partner", "partners", "side", "party", "counterpart"])
_IN_CITY_AT = re.compile(
    r"\bin\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?),\s+at\s+(?:the\s+)?$"
)
# "Uzbek surgeons from the X"; not "the Tajik side met representatives of the X", whose
# words between are the subject's side and a verb
_GROUP_FROM = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:(?!(?:" + _GROUPS + "|" + _ACTS + r")\b)"
    r"[a-z-]+\s+){0,2}[a-z-]+s\s+(?:from|of)\s+(?:the\s+)?$"
)


@functools.cache
def _demonym_before(nouns: frozenset[str]) -> re.Pattern[str]:
    """ "the Egyptian company", "the Turkmen state concern", "the French pharmaceutical
    company": a demonym before an organisation noun of ``apposition_nouns`` (or before the name
    itself)."""
    alt = "|".join(sorted(map(re.escape, nouns)))
    # "the Genoa-based Italian medical imaging company Esaote": a place it is based in and
    # what it makes may stand around the demonym
    return re.compile(
        r"\b(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w-]*-based\s+)?([A-Z][a-z]+)\s+"
        r"(?:(?:state\s+|private\s+|[a-z][\w-]*\s+){0,3}(?:" + alt + r"))?"
        r"\s*[«“\"]?$"
    )


_APPOSED_LIST = re.compile(
    r"(?:institutions|clinics|universities|hospitals|centres|centers|partners|organi[sz]ations)"
    r",\s+(?:(?:the\s+)?[^–—,;]+\s+and\s+)?(?:the\s+)?$"
)
_LIST_ITEM = re.compile(r"^\s*[–—•*-]\s*")
# "VolgSMU has for many years been one of the Russian medical universities …"
_COPULA_DEMONYM = re.compile(
    r"^\W*(?:is|was|has\s+(?:\w+\s+){0,4}?been|remains)\s+(?:one\s+of\s+)?(?:the|a|an)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?(?P<dem>[A-Z][a-z]+)\s+(?P<head>[a-z]+(?:\s+[a-z]+){0,2})"
)
_COPULA = re.compile(
    r"\b(?:is|was|are)\b[^.;]*?\bin\s+(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
)


def _is_head(doc: Doc, word: str) -> bool:
    """A head noun, also in the plural ("universities", "centres")."""
    low = word.casefold()
    stems = (low, low[:-1], low[:-3] + "y" if low.endswith("ies") else low)
    return any(w in doc.rules.heads for w in stems)


def text_countries(doc: Doc) -> frozenset[str]:
    return _geo.countries_in(doc.text)


# a region's adjective that ends in a country's demonym: "Latin American School of Medicine"
_REGION_ADJECTIVE = re.compile(r"\b(?:Latin|Pan)[\s-]+American\b")


def _in_name(doc: Doc, name: str) -> str | None:
    if doc.rules is not rules():  # rules built by hand (tests): no cache
        return _name_country.__wrapped__(doc.rules, name)
    return _name_country(doc.rules, name)


_CITY_END = re.compile(r"\s(?:de|del|di|do|da)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$")


@functools.lru_cache(maxsize=4096)
def _name_country(r: Rules, name: str) -> str | None:
    """Cached: the country regex is an alternation of every country name, slow to search, and
    the same names come back in every report about the same institutions."""
    name = _REGION_ADJECTIVE.sub("", re.split(r"\bnamed after\b", name)[0])
    city = _CITY_END.search(name)  # "Hospital Italiano de Buenos Aires": the city, not the
    if city and (code := _geo.city_country(city.group(1))):  # community it was founded by
        return code
    low = name.casefold()
    if _any_region(r).search(low):  # most names hold none: one search instead of one a region
        for region, code in r.regions.items():  # "Inner Mongolia Medical University"
            if re.search(rf"\b{re.escape(region)}\b", low):
                return code
    rx = _geo.country_regex()
    if rx is not None:
        m = rx.search(name)
        if m and not _binational(name):
            return _geo.country_of(m.group(1))
    return None


@functools.cache
def _any_region(r: Rules) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, r.regions)) + r")\b")


_JOINED = re.compile(r"\b([A-Z][a-z]+)-([A-Z][a-z]+)\b")


def _binational(name: str) -> bool:
    """ "Kyrgyz-Turkish Manas University": a name that joins two countries places it in
    neither (the text may still say where it is)."""
    return any(
        (a := _geo.country_of(j.group(1))) and (b := _geo.country_of(j.group(2))) and a != b
        for j in _JOINED.finditer(name)
    )


def _context(doc: Doc, m: InstMention, text_codes: AbstractSet[str]) -> str | None:
    after = doc.text[m.char_end : m.char_end + 80].split("\n")[0]
    # a bracketed acronym sits between a name and what is said of it: "X (TashPMI), Uzbekistan"
    after = _ACRONYM_AFTER.sub("", after, count=1)
    paren = re.match(r"^\s*[»”\"]?\s*\(([^()]{2,60})\)", after)
    if paren:  # "(St. Petersburg, Russia)", "(Baku, Azerbaijan)", "(Astrakhan)"
        parts = [p.strip() for p in paren.group(1).split(",")]
        for part in reversed(parts):
            code = _geo.country_of(part)
            if code:
                return code
        # "(SCC, Almaty)": the acronym the brackets define is no place
        places = [p for p in parts if not re.fullmatch(r"[A-Z][\w&.-]*[A-Z]", p)]
        code = _geo.city_country(places[0]) if len(places) == 1 else None
        if code and code in text_codes:  # a city alone in brackets names where it is
            return code
    based = _BASED_AFTER.match(after)  # "X, the Jordan-based pharmaceutical company, …"
    if based and (code := _geo.place_code(based.group(1), text_codes)):
        return code
    described = _DESCRIBED.match(after)  # "X, a Korean heart specialty hospital in …"
    if described and (code := _geo.country_of(described.group("dem"))):
        return code
    pair = _PAIR_DESCRIBED.match(after)  # "A and B, two of Uganda's leading hospitals"
    if pair and (code := _geo.country_of(pair.group("owner"))):
        return code
    lead = _DESCRIBED_BEFORE.search(doc.text[max(0, m.char_start - 80) : m.char_start])
    if lead and (code := _geo.country_of(lead.group("dem") or lead.group("owner"))):
        return code
    parent = _PARENT_MINISTRY.match(after)
    if parent and (code := _geo.place_code(parent.group("place"), text_codes)):
        return code  # "X of the Ministry of Health of the Russian Federation"
    # "… of the Ministry of Health and Social Protection of Population of the Republic of
    # Tajikistan": the last "of" of a long ministry's name, read further than the rest
    parent = _PARENT_MINISTRY_LAST.match(doc.text[m.char_end : m.char_end + 160].split("\n")[0])
    if parent and (code := _geo.place_code(parent.group("place"), text_codes)):
        return code
    located = _IN_CITY_COUNTRY.match(after)  # "X in Dar es Salaam, Tanzania"
    if located and (
        code := _geo.country_of(located.group("country"))
        or doc.rules.regions.get(located.group("country").casefold())
    ):
        return code
    hit = _AFTER.match(after)
    bare = hit is not None and re.fullmatch(r"\s*,\s*(?:the\s+)?", after[: hit.start("place")])
    if hit and bare and _demonym_subject(hit.group("place"), after[hit.end() :]):
        hit = None  # "At X, the Uzbek guests were received": who, not where
    if hit and bare and _place_before_head(doc, after[hit.end() :]):
        hit = None  # "X, Lyon clinic sign pact": the next of a list the city describes
    clause = hit.group()[: hit.start("place") - hit.start()] if hit else ""
    if _NOT_APPOSITION.search(clause):  # ", signed by the rector of X": X is someone else's
        hit = None
    if hit and any(w[:1].isupper() and _is_head(doc, w) for w in clause.split()):
        hit = None  # "X (XX), Bangabandhu Medical University of Bangladesh": the next name
    if hit and any(w.casefold() in doc.rules.heads for w in hit.group("place").split()):
        hit = None  # "A, the Ankara City Hospital and …": the next name of a list, no place
    if hit and not _possessive(hit.group("place"), after[hit.end() :]):
        code = _place(doc, hit.group("place"), text_codes)
        if code:
            return code
    before = doc.text[max(0, m.char_start - 40) : m.char_start]
    pm = re.search(
        r"([A-Z][\w]+(?:[^\S\n]+[A-Z]\w+)?)(?:'s|’s|-based(?:\s+[a-z]+){0,4})\s+(?:the\s+)?$",
        before,
    )
    if pm:
        code = _geo.place_code(pm.group(1), text_codes)
        if code:
            return code
    dash = _DEMONYM_DASH.search(before)  # "and the Kazakh partner – X"
    if (
        dash
        and _geo.is_demonym(dash.group(1))
        and (_is_head(doc, dash.group(2)) or dash.group(2) in _GROUP_NOUNS)
    ):
        return _geo.country_of(dash.group(1))
    if (code := state_reference(doc, before, after, text_codes)) is not None:
        return code  # "the sultanate's Royal Hospital", "X, the country's main university"
    if (code := country_named_on(doc, m)) is not None:
        return code  # "X, the country's largest hospital, serves every region of Peru"
    at_city = _IN_CITY_AT.search(before) or where_at(doc, m)  # "in Astana, at the X"
    if at_city and (code := _place(doc, at_city.group("place"), text_codes)):
        return code
    which = _WHICH_IS_IN.match(after)  # "X, which is one of the largest clinics in China"
    if which and (code := _geo.place_code(_geo.COMPASS.sub("", which.group("place")), text_codes)):
        return code
    sent = doc.sents[m.sent]
    if (code := _side_country(doc.text[sent.start : m.char_start])) is not None:
        return code  # "On the Russian side, the talks were attended by the rector of X"
    if (code := _side_after(doc.text[m.char_end : sent.end])) is not None:
        return code  # "Dr A, Chairman of X, and Dr B, Director of Y, signed on the Indian side"
    head = doc.text[sent.start : m.char_start]
    member = _MEMBER_OF.search(head)
    group = (member.group(1) or member.group(2) or "") if member else ""
    if member and (later := _SIDES.findall(head, member.start() + 1)) and _geo.is_demonym(
        later[-1]
    ):
        group = later[-1]  # "The Russian delegation was led by A, and the Chinese side by B"
    if member and (code := _geo.country_of(group)):
        return code  # "The Uzbek delegation, which included the rector of the X"
    if member and not _geo.is_demonym(group) and (code := delegation_country(doc)):
        return code  # "The delegation from Sweden was led by the vice-president of X"
    if (code := _member_of_previous(doc, m)) is not None:
        return code
    gm = _GROUP_FROM.search(before)
    if gm and (code := _geo.country_of(gm.group(1))):  # "Uzbek surgeons from the X"
        return code
    wide = doc.text[max(0, m.char_start - 90) : m.char_start]  # a demonym with a description
    dm = _demonym_before(frozenset(doc.rules.apposition_nouns)).search(wide)
    if dm and _geo.country_of(dm.group(1)):  # "the Egyptian company Nile Medical Engineering"
        return _geo.country_of(dm.group(1))
    sent = doc.sents[m.sent]
    if m.char_start - sent.start <= 4:
        dm = _COPULA_DEMONYM.match(doc.text[m.char_end : sent.end])
        if (
            dm
            and _geo.is_demonym(dm.group("dem"))
            and any(_is_head(doc, w) for w in dm.group("head").split())
        ):
            return _geo.country_of(dm.group("dem"))
        cm = _COPULA.search(doc.text[m.char_end : sent.end])
        if cm:
            return _geo.place_code(cm.group("place"), text_codes)
    return _scene_country(doc, m, text_codes)


# "In the Malaysian capital, Kuala Lumpur, the delegation was received by the Vice-Chancellor
# of X", "In the Indonesian city of Surabaya the team held talks with the Rector of Y"
_SCENE = re.compile(
    r"^\s*In\s+(?:the\s+(?P<dem>[A-Z][a-z]+)\s+(?:capital|city)(?:\s+of|\s*,)?\s+)?"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*,?\s+(?=[a-z])"
)
_LISTED_ON = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*(?:,|,?\s+and)\s+(?:the\s+)?")
# "the TMA team held talks with …": the guests' own institution, which places no other
_GUESTS_AFTER = re.compile(r"\s+(?:team|delegation|guests|specialists|doctors|representatives)\b")
# words after which the institution is the guests', not the scene's
_GUESTS = re.compile(r"\b(?:delegation|delegates|guests|visitors|team|representatives)\s+"
                     r"(?:of|from)\s+(?:the\s+)?$")


def _scene_country(doc: Doc, m: InstMention, text_codes: AbstractSet[str]) -> str | None:
    """The country of the city a sentence opens with ("In the Thai capital, Bangkok, the
    guests met the President of X") for the first institution it names, unless that is the
    guests' own ("the delegation of X")."""
    sent = doc.sents[m.sent]
    head = doc.text[sent.start : m.char_start]
    scene = _SCENE.match(head)
    if scene is None or _GUESTS.search(head) or _GUESTS_AFTER.match(doc.text, m.char_end):
        return None
    earlier = sorted((x for x in doc.inst_mentions
                      if x.sent == m.sent and x.char_start < m.char_start
                      and not _GUESTS_AFTER.match(doc.text, x.char_end)),
                     key=lambda x: x.char_start)
    # the first name, and those a list joins to it ("visited A and B"); not a later one
    # ("… visited Universiti Malaya, with which KSMU signed …"), nor the others of a list
    # that opens the clause ("In Chișinău, the USMF and the Iași university concluded …")
    opening = doc.text[sent.start + scene.end() : earlier[0].char_start] if earlier else ""
    if earlier and re.fullmatch(r"\s*(?:the\s+)?", opening):
        return None
    for a, b in itertools.pairwise([*earlier, m]):
        if not _LISTED_ON.fullmatch(doc.text, a.char_end, b.char_start):
            return None
    code = _geo.city_country(scene.group("place"))
    if scene.group("dem"):
        named = _geo.country_of(scene.group("dem"))
        return named if named and code in (None, named) else None
    return code if code in text_codes else None


def _list_context(doc: Doc, m: InstMention) -> str | None:
    """Items of a list introduced by "Russian partners …:" or "… from Vietnam: the A, the B"."""
    sent = doc.sents[m.sent]
    head = doc.text[sent.start : m.char_start]
    if ":" in head:
        intro, listed = head.rsplit(":", 1)
        if not _ITEMS_BEFORE.fullmatch(listed):
            return None  # "… newest partners: the first students … enrolled at X": prose
        return paired_country(doc, m, intro) or _intro_country(intro)
    apposed = _APPOSED_LIST.search(head)
    if apposed:  # "two leading Belarusian institutions, the A and the B"
        return _intro_country(" ".join(head[: apposed.start()].split()[-3:]))
    dash = re.search(
        r"\s[–—]\s+(?:(?:the\s+)?[^–—,;]+,\s+|(?:the\s+)?[^–—,;]+\s+and\s+)*(?:the\s+)?$", head
    )
    if dash:  # "in the leading Kyrgyz clinics – the A and the B"
        return _intro_country(head[: dash.start()])
    line = doc.lines[sent.line] if sent.line < len(doc.lines) else ""
    if not _LIST_ITEM.match(line):
        return None
    for li in range(sent.line - 1, -1, -1):
        prev = doc.lines[li]
        if _LIST_ITEM.match(prev):
            continue
        if not prev.rstrip().endswith(":"):
            return None
        return item_pair_country(doc, m, prev) or _intro_country(prev)
    return None


# the items of a list before the mention: "A, B (BB) and the "
_ITEMS_BEFORE = re.compile(r"\s*(?:(?:the\s+)?[^,;:]*?(?:,|;|\band\b)\s*)*(?:the\s+)?")
_NEAR_INTRO = re.compile(r"\b([A-Z][\w-]+)\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\s*[:,–—-]?\s*$")


def _intro_country(intro: str) -> str | None:
    rx = _geo.country_regex()
    if rx is None:
        return None
    tail = re.split(r"[.;]", intro)[-1]
    near = _NEAR_INTRO.search(tail)  # "… and the following Uzbek institutions:"
    if near and (code := _geo.country_of(near.group(1))):
        return code
    codes = [c for x in rx.finditer(tail) if (c := _geo.country_of(x.group(1)))]
    return codes[-1] if len(set(codes)) == 1 else None


_REGION = r"(?P<region>[A-Z][\w'’-]{3,})(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:" + _REGION_WORDS + r")"
_REGION_OF = re.compile(
    r"\b(?P<country>[A-Z][\w-]+)['’]s\s+(?:[a-z-]+\s+){0,2}"
    + _REGION
    + r"|"
    + _REGION.replace("region>", "region2>")
    + r"\s+of\s+(?:the\s+)?(?P<country2>[A-Z][\w'’-]+"
    r"(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,3})"
)


def declared_regions(doc: Doc) -> dict[str, str]:
    """Regions the text places in a country ("China's Xinjiang Uygur Autonomous Region",
    "the Fergana Region of Uzbekistan"): the region's first word -> the country's code."""
    out: dict[str, str] = {}
    for m in _REGION_OF.finditer(doc.text):
        region = m.group("region") or m.group("region2")
        code = _geo.country_of(m.group("country") or m.group("country2") or "")
        if code and not _geo.country_of(region) and region.casefold() not in doc.rules.heads:
            out[region] = code
    return out


_CITY_COMMA_COUNTRY = re.compile(
    r"\b(?:in|of|from|at)\s+(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+"
    r"(?:the\s+)?(?P<country>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b"
)


@functools.lru_cache(maxsize=64)
def _declared_cities(text: str) -> dict[str, str]:
    """Cities the text itself places in a country ("… of Hyderabad, India"), for the cities
    the gazetteer cannot place on its own: city -> the country's code (one country only)."""
    seen: dict[str, set[str]] = {}
    for m in _CITY_COMMA_COUNTRY.finditer(text):
        city = m.group("city")
        code = _geo.country_of(m.group("country")) or _geo.country_of(
            m.group("country").split()[0]
        )
        if code and not _geo.place_country(city):
            seen.setdefault(city, set()).add(code)
    return {c: next(iter(v)) for c, v in seen.items() if len(v) == 1}


def _place(doc: Doc, place: str, text_codes: AbstractSet[str]) -> str | None:
    """Country of a place phrase, or of a city the text has placed in a country itself."""
    code = _geo.place_code(place, text_codes)
    if code is None:
        code = _declared_cities(doc.text).get(place.strip())
    return code


def international(doc: Doc, e: InstEntity) -> bool:
    """ "World Health Organization Country Office in Kazakhstan": a body of many countries."""
    return any(
        n.casefold() == b or n.casefold().startswith(b + " ")
        for n in e.names + e.acronyms
        for b in doc.rules.international_bodies
    )


def _own_words(e: InstEntity) -> list[str]:
    """The names of e without its acronyms: "UK Essen" (Universitätsklinikum Essen) names no
    United Kingdom."""
    out = []
    for n in e.names:
        if n in e.acronyms:
            continue
        for a in e.acronyms:
            n = n.replace(f"({a})", "")
        out.append(n)
    return out


def assign_countries(doc: Doc, entities: list[InstEntity]) -> None:
    codes = text_countries(doc)
    regions = declared_regions(doc)
    for e in entities:
        if e.country or international(doc, e):
            continue
        e.country = next((c for n in _own_words(e) if (c := _in_name(doc, n))), None) or next(
            (
                c
                for r, c in regions.items()
                for n in e.names
                if re.search(rf"\b{re.escape(r)}\b", n)
            ),
            None,
        )
        if e.country:
            continue
        for m in sorted(e.mentions, key=lambda m: (m.sent, m.start)):
            e.country = _context(doc, m, codes) or _list_context(doc, m)
            if e.country:
                break
    publisher_country(doc, entities)
    visit_hosts(doc, entities)
    group_countries(doc, entities)


# Names styled after one country's official pattern, which place the institution as a city in
# its name does when the text names that country: "Republican Specialized Scientific and
# Practical Medical Center of X" is how Uzbekistan names its national centres
_STYLED = (
    (re.compile(r"\bRepublican\s+Speciali[sz]ed\b"), "UZ"),
)


def _styled_name(name: str, codes: AbstractSet[str]) -> str | None:
    return next((c for rx, c in _STYLED if c in codes and rx.search(name)), None)


# "Ministry of Health of the Sakhalin Region": a region's ministry, which a dateline in
# Sapporo does not place in Japan
_REGIONAL = re.compile(
    r"\bof\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:Region|Oblast|Province|Krai|Territory|"
    r"Prefecture|Governorate)\b"
)


def city_countries(doc: Doc, entities: list[InstEntity]) -> None:
    """The last resort, after every rule that reads the text around a name (and the ones that
    place partners by the groups the text names, which must not count these as placed)."""
    codes = text_countries(doc)
    for e in entities:
        if e.country is None and not e.synthetic:
            e.country = next((c for n in e.names if (c := _geo.city_in_name(n, codes))), None)
        if e.country is None and not e.synthetic:
            e.country = next((c for n in e.names if (c := _styled_name(n, codes))), None)
    home = dateline_country(doc)
    for e in entities:
        if e.country is None and not e.synthetic and e.kind == "ministry" and home and not any(
            _REGIONAL.search(n) for n in e.names
        ):
            e.country = home  # "Abuja, 3 May … the Federal Ministry of Health": the dateline's
