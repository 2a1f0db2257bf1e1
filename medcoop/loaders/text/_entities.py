"""Institution mentions grouped into entities: names, aliases, kind and country."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from . import _geo
from ._acronyms import abbreviates, international_acronym, university_acronym
from ._doc import Doc, InstMention, ends_after, norm, pattern, words


@dataclass
class InstEntity:
    idx: int
    mentions: list[InstMention] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    acronyms: list[str] = field(default_factory=list)
    kind: str = "other"
    head: str | None = None
    country: str | None = None
    synthetic: bool = False

    @property
    def name(self) -> str:
        return self.names[0]


def _stem_eq(a: str, b: str) -> bool:
    if a == b:
        return True
    k = min(len(a), len(b), 7)
    return k >= 5 and a[:k] == b[:k] and abs(len(a) - len(b)) <= 4


_OF_AT_END = re.compile(r"\b(?:of|at) (?:the )?$")


def short_form_of(short: str, long_: str) -> bool:
    """Every word of ``short`` matches a word of ``long_`` in order, first word included."""
    sw, lw = words(short), words(long_)
    if not sw or len(sw) > len(lw) or len(sw) < 2:
        return False
    if ends_after(norm(long_), norm(short), _OF_AT_END):
        return False  # "Asan Medical Center" owns "International Patient Center of Asan …"
    if _other_field(norm(short), norm(long_)):
        return False
    if _specialty_before_head(sw, lw):
        return False
    k = 0
    for w in sw:
        while k < len(lw) and not _stem_eq(w, lw[k]):
            k += 1
        if k == len(lw):
            return False
        k += 1
    return True


# whom or what a hospital serves, written right before its head noun: "Seoul National University
# Children's Hospital" is not "Seoul National University Hospital"
_SPECIALTIES = frozenset([
    "children", "childrens", "pediatric", "paediatric", "women", "womens", "maternity",
    "cancer", "heart", "eye", "dental", "cardiac", "psychiatric", "rehabilitation", "veterans",
])


def _specialty_before_head(sw: list[str], lw: list[str]) -> bool:
    """The longer name inserts a specialty (with its possessive "s") right before the head
    noun both names end with, after the same words."""
    if len(sw) < 3 or sw[-1] != lw[-1]:
        return False
    extra = lw[len(sw) - 1 : -1]
    if lw[: len(sw) - 1] != sw[:-1] or not 1 <= len(extra) <= 2:
        return False
    return extra[0] in _SPECIALTIES and (len(extra) == 1 or extra[1] == "s")


_FIELD = re.compile(r"([^\W\d_]+) (?:of|for) (?:the )?([^\W\d_]+)")


def _other_field(short: str, long_: str) -> bool:
    """ "Centre of Haematology" is not "Centre for Paediatric Oncology, Haematology and …":
    the word right after the head's "of"/"for" differs, so the field named is another."""
    sm = _FIELD.search(short)
    if sm is None:
        return False
    lm = pattern(rf"\b{re.escape(sm.group(1))} (?:of|for) (?:the )?([^\W\d_]+)").search(long_)
    if lm is None or _stem_eq(sm.group(2), lm.group(1)):
        return False
    # "… Center of Tajikistan" ~ "… Center of the Republic of Tajikistan": a place, no field
    return not any(_geo.country_of(w) or _geo.is_city(w) or w in _STATES for w in (sm[2], lm[1]))


_STATES = frozenset(["republic", "kingdom", "state", "sultanate", "federation", "emirate"])


def _variant(a: str, b: str) -> bool:
    """Same name but one word ("Vietnam Japan International Cancer/Oncology Hospital")."""
    wa, wb = words(a), words(b)
    if len(wa) != len(wb) or len(wa) < 4:
        return False
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if not _stem_eq(x, y)]
    if len(diff) != 1 or any(_geo.country_of(w) or _geo.is_city(w) for w in diff[0]):
        return False
    if diff[0] == (wa[0], wb[0]):  # "Mulago/Kawempe National Referral Hospital": the names
        return False  # that tell two hospitals apart

    # "… Center of Pediatrics" and "… Center of Cardiology": the field a centre is "of"
    # names another centre, unlike a word before the head ("Cancer/Oncology Hospital")
    return not re.search(rf"\bof (?:the )?{re.escape(diff[0][0])}\b", norm(a))


_SHORT_BRACKETS = re.compile(r"\s*\([^()]{1,15}\)")
_SPACES = re.compile(r"\s+")
_NATIVE = re.compile(r"\s*\([^()]+,\s*[A-Z][\w&-]*\)")


def _display(m: InstMention) -> str:
    """The mention without a parenthesised acronym: "Council (N&MC) of Ghana" -> "Council of
    Ghana"."""
    text = m.text.replace(f"({m.acronym})", "") if m.acronym else m.text
    text = _SHORT_BRACKETS.sub("", text) if m.acronym else text
    # "Agency (Agence Nationale …, ANX)": the native name bracketed with the acronym
    text = _NATIVE.sub("", text) if m.acronym and ")" in text else text
    return _SPACES.sub(" ", text).strip()


def cluster(doc: Doc) -> list[InstEntity]:
    """Group institution mentions into entities (longest names first)."""
    entities: list[InstEntity] = []
    full = [m for m in doc.inst_mentions if (m.head or m.acronym != m.text) and not m.weak]
    acr_only = [m for m in doc.inst_mentions if m not in full and not m.weak]
    acronyms = {m.acronym for m in acr_only if m.acronym}
    order = sorted(full, key=lambda m: -len(words(_display(m))))
    for m in order:
        target = _find(entities, m)
        if target is None and _short_of_two(entities, m):
            continue  # "the University of Health Sciences" of two so named: which one is unsaid
        if target is None:
            target = InstEntity(len(entities), head=m.head, kind=m.kind)
            entities.append(target)
        _attach(target, m)
    for m in acr_only:
        target = next((e for e in entities if m.acronym in e.acronyms), None)
        if target is None and m.acronym and " " in m.acronym and not m.acronym.isupper():
            # "Bambino Gesù", the pair that opens "Bambino Gesù Children's Hospital (OPBG)",
            # whose bracket gave it another short form
            opens = [e for e in entities if any(n.startswith(m.acronym + " ") for n in e.names)]
            target = opens[0] if len(opens) == 1 else None
        if target is None:
            cands = [e for e in entities if any(abbreviates(m.acronym or "", n) for n in e.names)]
            if len(cands) > 1:  # "KSMU" beside "KhSMU": the longer acronym claims its name
                cands = [
                    e
                    for e in cands
                    if not any(
                        len(a) > len(m.acronym or "") and abbreviates(a, n)
                        for a in acronyms
                        for n in e.names
                        if a != m.acronym
                    )
                ]
            target = cands[0] if len(cands) == 1 else _company_named(entities, m)
        if target is None and _acronym_only(entities, m.acronym or ""):
            target = InstEntity(len(entities), head=None, kind="university")
            entities.append(target)
        elif target is None and international_acronym(doc, m.acronym or ""):
            target = _international(entities, m.acronym or "")
        if target is None:
            continue
        _attach(target, m)
    for m in doc.inst_mentions:
        if m.weak and (target := _find(entities, m)) is not None:
            target.mentions.append(m)  # a short form: no new name, no new entity
    entities = _bracketed_names(doc, entities)
    entities = _known_as_names(doc, entities)
    for e in entities:
        first = min(e.mentions, key=lambda m: (m.sent, m.start))
        plain = [n for n in e.names if "(" not in n] or e.names
        longest = max(len(words(n)) for n in plain)
        best = [n for n in plain if len(words(n)) == longest]
        by_order = sorted(best, key=lambda n: _first_pos(e, n, first))
        e.names.sort(key=lambda n: n != by_order[0])
    for e in entities:
        e.kind = _refined_kind(doc, e)
    entities.sort(key=lambda e: min((m.sent, m.start) for m in e.mentions))
    for k, e in enumerate(entities):
        e.idx = k
        for m in e.mentions:
            m.entity = k
    return entities


def _bracketed_names(doc: Doc, entities: list[InstEntity]) -> list[InstEntity]:
    """ "The Bambino Gesù Children's Hospital (Ospedale Pediatrico Bambino Gesù, OPBG)": a
    name of the same kind in brackets right after a name is that institution's other name."""
    owner = {id(m): e for e in entities for m in e.mentions}
    by_pos = {(m.sent, m.end): m for m in doc.inst_mentions if id(m) in owner}
    for m in doc.inst_mentions:
        toks = doc.toks[m.sent]
        prev = by_pos.get((m.sent, m.start - 1))
        if prev is None or id(m) not in owner or toks[m.start - 1].text != "(":
            continue
        if m.end >= len(toks) or toks[m.end].text not in (",", ")"):
            continue
        keep, drop = owner[id(prev)], owner[id(m)]
        if keep is drop or _refined_kind(doc, keep) != _refined_kind(doc, drop):
            continue  # "Vaccine Institute (Instituto …)": both research centres, as refined
        for x in drop.mentions:
            owner[id(x)] = keep
            _attach(keep, x)
        for a in drop.acronyms:
            if a not in keep.acronyms:
                keep.acronyms.append(a)
        entities = [e for e in entities if e is not drop]
    return entities


# "X, better known as the Y,", "X (formerly Y)": the second name is the first one's other name
_KNOWN_AS = re.compile(
    r"\s*(?:,\s*(?:(?:also|better|commonly|widely|formerly|previously|now)\s+)?known\s+as|"
    r"\(\s*(?:formerly|previously|also\s+known\s+as))\s+(?:the\s+)?"
)


def _known_as_names(doc: Doc, entities: list[InstEntity]) -> list[InstEntity]:
    """A name right after "…, better known as" another is that institution's other name."""
    owner = {id(m): e for e in entities for m in e.mentions}
    ordered = sorted((m for m in doc.inst_mentions if id(m) in owner), key=lambda m: m.char_start)
    for prev, m in itertools.pairwise(ordered):
        if m.sent != prev.sent or not _KNOWN_AS.fullmatch(doc.text, prev.char_end, m.char_start):
            continue
        keep, drop = owner[id(prev)], owner[id(m)]
        if keep is drop:
            continue
        for x in drop.mentions:
            owner[id(x)] = keep
            _attach(keep, x)
        keep.acronyms += [a for a in drop.acronyms if a not in keep.acronyms]
        entities = [e for e in entities if e is not drop]
    return entities


def _refined_kind(doc: Doc, e: InstEntity) -> str:
    """ "Samsung Medical Center" -> hospital: the head's kind refined by the name's words."""
    name_words = set(words(e.name))
    for head, kind, needed in doc.rules.kind_refinements:
        if e.head == head and (not needed or name_words & needed):
            return kind
    return e.kind


def _first_pos(e: InstEntity, name: str, first: InstMention) -> tuple[int, int]:
    for m in sorted(e.mentions, key=lambda m: (m.sent, m.start)):
        if _display(m) == name or m.text == name:
            return m.sent, m.start
    return first.sent, first.start


def _attach(e: InstEntity, m: InstMention) -> None:
    e.mentions.append(m)
    for name in (_display(m), m.text, m.quoted, m.alias):
        if name and norm(name) not in {norm(n) for n in e.names}:
            e.names.append(name)
    if m.acronym and m.acronym not in e.acronyms:
        e.acronyms.append(m.acronym)
        if norm(m.acronym) not in {norm(n) for n in e.names}:
            e.names.append(m.acronym)


_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:ltd|limited|llc|llp|inc|plc|jsc|ojsc|pjsc|cjsc|gmbh|ag|corp|co|group|"
    r"enterprises?|holdings?)\.?)+$"
)

# the legal forms of the former Soviet states open a name ("RUE Belmedpreparaty", "LLP X"):
# Republican Unitary Enterprise, joint-stock and limited-liability companies
LEGAL_FORMS_FIRST = frozenset(["rue", "rup", "jsc", "ojsc", "cjsc", "pjsc", "njsc", "llc", "llp"])
_LEGAL_FORM_FIRST = re.compile(rf"^(?:{'|'.join(sorted(LEGAL_FORMS_FIRST))})\s+")


@functools.lru_cache(maxsize=16384)
def spelled(name: str, least: int = 2) -> str:
    """One spelling of a name written both ways ("Centre" here, "Center" there), without the
    legal form a company's name is also written without ("Apollo Hospitals Enterprise Ltd"),
    when ``least`` words are left. Cached: clustering asks it of every name of every entity
    for each mention."""
    key = re.sub(r"\bcentre\b", "center", norm(name))
    base = _LEGAL_FORM_FIRST.sub("", _LEGAL_FORM.sub("", key))
    return base if len(base.split()) >= least else key


def _acronym_only(entities: list[InstEntity], acr: str) -> bool:
    """ "An agreement with LSMU": a university the text names by its acronym only, when no
    name found starts as the acronym does (an official acronym may abbreviate its name
    loosely: "LSMU" for the Lithuanian University of Health Sciences)."""
    if not university_acronym(acr):
        return False
    return not any(n[:1] == acr[:1] for e in entities for n in e.names)


def _international(entities: list[InstEntity], acr: str) -> InstEntity | None:
    """ "WHO", "UNICEF" alone: the one office of that body the text names ("WHO Country Office
    in Mongolia"), else the body itself (none when the text names two of its offices)."""
    offices = [e for e in entities if any(n.startswith(f"{acr} ") for n in e.names)]
    if len(offices) == 1:
        return offices[0]
    if offices:
        return None
    entities.append(InstEntity(len(entities), head=None, kind="agency"))
    return entities[-1]


def _company_named(entities: list[InstEntity], m: InstMention) -> InstEntity | None:
    """ "the general director of Chimpharm" ~ "Chimpharm JSC": a one-word company name
    written without its legal form."""
    key = norm(m.text)
    cands = [e for e in entities if any(spelled(n, 1) == key != norm(n) for n in e.names)]
    return cands[0] if len(cands) == 1 else None


def _short_of_two(entities: list[InstEntity], m: InstMention) -> bool:
    """The mention is the name two entities share before their countries ("X of Lao PDR",
    "X, Cambodia")."""
    short = _display(m)
    if not any(n.startswith(short) for e in entities for n in e.names):
        return False  # the pattern below matches only names that start so: none to compile
    twin = pattern(re.escape(short) + r"(?:,|\s+of)\s+(?:the\s+)?(?P<place>.+)$")
    found = 0
    for e in entities:
        hits = [t for n in e.names if (t := twin.match(n))]
        found += any(_geo.country_of(t.group("place")) for t in hits)
    return found > 1


def _find(entities: list[InstEntity], m: InstMention) -> InstEntity | None:
    key = spelled(_display(m))
    for e in entities:
        if key in {spelled(n) for n in e.names} | {spelled(_named_first(n)) for n in e.names}:
            return e
    if m.acronym:
        for e in entities:
            if m.acronym in e.acronyms:
                return e
    cands = [
        e
        for e in entities
        if _same_head(e.head, m.head)
        and any(
            (short_form_of(_display(m), n) and _quotes_agree(_display(m), n))
            or _variant(_display(m), n)
            or _of_place_form(_display(m), n)
            or _demonym_form(_display(m), n)
            or _demonym_form(n, _display(m))
            for n in e.names
        )
    ]
    if not cands:
        cands = [e for e in entities if any(person_short_form(_display(m), n) for n in e.names)]
    return cands[0] if len(cands) == 1 else None


def _same_head(a: str | None, b: str | None) -> bool:
    """ "institute" ~ "research institute": the short form may drop the head's first word."""
    if b is None or a == b:
        return True
    return a is not None and (a.endswith(f" {b}") or b.endswith(f" {a}"))


def _of_place_form(short: str, long_: str) -> bool:
    """ "Heidelberg University" ~ "Ruprecht Karl University of Heidelberg": a name written
    "<Place> <Head>" for one that ends "<Head> of <Place>"."""
    sw = words(short)
    if len(sw) == 2:
        return sw[0] != sw[1] and norm(long_).endswith(f" {sw[1]} of {sw[0]}")
    # "Aktobe Region Health Department" ~ "Health Department of the Aktobe Region": the same
    # words, the place's moved behind the head
    whole = norm(short).split()
    if len(whole) != len(sw) or " of " not in (long_n := norm(long_)):
        return False
    return any(
        long_n in (f"{head} of {place}", f"{head} of the {place}")
        for k in range(1, len(sw))
        for place, head in [(" ".join(sw[:k]), " ".join(sw[k:]))]
    )


def _demonym_form(short: str, long_: str) -> bool:
    """ "French Ministry of Health" ~ "Ministry of Health of the French Republic": a name
    opened by a demonym for one that ends "of <that country>"."""
    first, _, rest = short.partition(" ")
    code = _geo.country_of(first) if rest and _geo.is_demonym(first) else None
    lead = f"{norm(rest)} of "
    if code is None or not norm(long_).startswith(lead):
        return False
    return _geo.country_of(norm(long_)[len(lead) :]) == code


_NAMED_AFTER = re.compile(
    r"^(?P<base>.+?)\s+named\s+after\s+(?:(?:academician|professor)\s+)?(?:[A-Z]\.\s*)*"
    r"(?P<person>[^\W\d_][\w'’-]+)$",
    re.IGNORECASE,
)


def _named_first(name: str) -> str:
    """ "Kazakh National Medical University named after S.D. Asfendiyarov" as it is also
    written, "Asfendiyarov Kazakh National Medical University"."""
    m = _NAMED_AFTER.match(name)
    return f"{m.group('person')} {m.group('base')}" if m else name


_QUOTED = re.compile(r"[\"“«]([^\"”»]+)[\"”»]")


def _quotes_agree(short: str, long_: str) -> bool:
    """A quoted proper name of the short form is quoted in the long one too: "Centre
    "Cardiology"" is another centre than a "Medical Centre of Cardiology"."""
    quoted = {norm(q) for q in _QUOTED.findall(long_)}
    return all(
        norm(q) in quoted or re.search(rf"[\"“«]{re.escape(q)}[\"”»]", long_)  # nested quotes
        for q in _QUOTED.findall(short)
    )


_SAME_HEAD = {"centre": "center", "center": "center"}


def person_short_form(short: str, long_: str) -> bool:
    """ "the Chazov Centre" ~ "… Centre of Cardiology named after Academician E.I. Chazov",
    "Meshalkin Center" ~ "E. Meshalkin National Medical Research Center": a centre called by
    the person it is named after."""
    sw = words(short)
    lw = words(long_)
    if len(sw) != 2 or len(lw) < 3 or not sw[0][:1].isalpha():
        return False
    name, head = sw[0], _SAME_HEAD.get(sw[1], sw[1])
    if head not in {_SAME_HEAD.get(w, w) for w in lw} or name == head:
        return False
    named = re.search(r"\bafter\b(.*)$", norm(long_))
    if named and name in words(named.group(1)):
        return True
    lead = [w for w in lw[:3] if len(w) > 1]  # "E. Meshalkin National …"
    return bool(lead) and lead[0] == name and len(lw[0]) == 1


def bare_ministry(insts: list[InstEntity], name: str, field: str, code: str) -> InstEntity | None:
    """ "Deputy Minister of Health of the Republic of X" in a text that names the "Ministry of
    Health" bare and no other ministry: the bare one is X's, and the title gives its name."""
    ministries = [e for e in insts if e.kind == "ministry"]
    if len(ministries) != 1 or ministries[0].country is not None:
        return None
    bare = ministries[0]
    if norm(bare.name) != norm(f"Ministry {field}") or norm(name) == norm(bare.name):
        return None
    bare.names.insert(0, name)
    bare.country = code
    return bare
