"""An institution's country read from the groups a text names: "the Belarusian centre",
"the Korean colleagues", "Russian partners", and a unit named as part of a placed institution."""

from __future__ import annotations

import itertools
import re

from . import _geo
from ._doc import Doc, InstMention, ends_after, words
from ._entities import InstEntity
from ._groups import delegation_of


def group_countries(doc: Doc, entities: list[InstEntity]) -> None:
    """The rules that read references to groups, after the ones that read a name's context."""
    _demonym_references(doc, entities)
    _title_references(doc, entities)
    unit_countries(entities)
    _part_of(doc, entities)
    _group_demonym(doc, entities)


_REFERENCE = re.compile(r"\bthe\s+([A-Z][a-z]+)\s+([a-z]+)\b")


def _demonym_references(doc: Doc, entities: list[InstEntity]) -> None:
    """ "… signed with B. The director of the Belarusian centre and the director of the Uzbek
    centre …": institutions of unknown country named just before, taken in order by the
    references to them by country and head noun."""
    for s, sent in enumerate(doc.sents):
        refs = [
            (code, head)
            for m in _REFERENCE.finditer(sent.text)
            if (head := m.group(2)) in doc.rules.heads
            and _geo.is_demonym(m.group(1))
            and (code := _geo.country_of(m.group(1)))
        ]
        if not refs or len({c for c, _ in refs}) != len(refs):
            continue
        near = sorted(
            {
                (min((x.sent, x.start) for x in e.mentions), e.idx)
                for e in entities
                for m in e.mentions
                if s - 1 <= m.sent <= s
                or (m.sent == s - 2 and doc.sents[m.sent].line == sent.line)
            }
        )
        for code, head in refs:
            same = [k for _, k in near if head in words(entities[k].name)]
            # "… and the IRCCS Istituto Ortopedico Rizzoli. … the Italian institute's director":
            # a near institution already of that country is the one referred to
            if any(entities[k].country == code for _, k in near):
                continue
            cands = [k for k in same if entities[k].country is None]
            if not same:  # "El-Sayed said the Egyptian university was ready": farther back
                cands = _only_unplaced(entities, head, code)
            if len(cands) == 1:
                entities[cands[0]].country = code
            elif len(cands) == len(refs):
                for (c, _), k in zip(refs, cands, strict=True):
                    entities[k].country = entities[k].country or c
                break


def unit_countries(entities: list[InstEntity]) -> None:
    """ "University Clinical Centre of the Medical University of Warsaw": a unit named as
    part of another institution is in that institution's country; so is the institution
    whose name opens a placed unit's name ("X University" of "X University College of …")."""
    for e in entities:
        if e.country:
            continue
        low = e.name.casefold()
        for o in entities:
            if o is e or not o.country or o.synthetic:
                continue
            other = o.name.casefold()
            if _unit_of(e, o) or (len(low.split()) > 1 and other.startswith(low + " ")):
                e.country = o.country
                break
            # "Hacettepe University Hospitals" of a placed "Hacettepe University"
            rest = low[len(other) :].split() if low.startswith(other + " ") else []
            if len(other.split()) > 1 and any(w.rstrip("s") in _UNIT_HEADS for w in rest):
                e.country = o.country
                break
            if any(_names_unit_of(e.name, a) for a in [*o.acronyms, *_initials(o.name)]):
                e.country = o.country  # "University Clinic of BSMU"
                break
            if _unit_of(o, e) and not e.synthetic:
                e.country = o.country  # "First Affiliated Hospital of X University" placed: X
                break


def _initials(name: str) -> list[str]:
    """ "YSMU" of "Yerevan State Medical University after Mkhitar Heratsi": the initials of
    the capitalised words the name opens with (three at least), an acronym a text may use
    without introducing it."""
    lead = re.match(r"(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*", name)
    letters = "".join(w[0] for w in lead.group().split()) if lead else ""
    return [letters] if len(letters) >= 3 else []


_UNIT_HEADS = frozenset(["hospital", "clinic", "centre", "center", "institute", "college"])


def _unit_of(unit: InstEntity, parent: InstEntity) -> bool:
    """The unit is named as part of the parent by any of the parent's names: "University
    Clinical Hospital No. 1 of Sechenov University", "… Centre of the Medical University of
    Warsaw"."""
    low = [n.casefold() for n in unit.names]
    names = [x.casefold() for x in parent.names if len(x.split()) > 1]  # not an alias "Xinjiang"
    return any(f" of the {p}" in n or n.endswith(f" of {p}") for p in names for n in low)


# "X, which is part of UMC", "X, a branch of the Y": X is where Y is
_PART_OF = re.compile(
    r"^\s*,\s*(?:(?:which|that)\s+is\s+)?(?:a\s+|the\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:part|branch|subsidiary|division|affiliate|member)\s+of\s+(?:the\s+)?$"
)


# "Uzbek oncology centre and X agree on …": a headline's demonym and lower-case words
_TITLE_REF = re.compile(r"\b([A-Z][a-z]+)((?:\s+[a-z-]+){1,3})")
_SPELLINGS = {"centre": "center", "center": "centre"}


def _title_references(doc: Doc, entities: list[InstEntity]) -> None:
    """A headline that names an institution by its country and head noun ("Uzbek oncology
    centre") places the text's one unplaced institution with that head."""
    if doc.title_line is None:
        return
    for m in _TITLE_REF.finditer(doc.lines[doc.title_line]):
        code = _geo.country_of(m.group(1)) if _geo.is_demonym(m.group(1)) else None
        head = next((w for w in reversed(m.group(2).split()) if w in doc.rules.heads), None)
        if code is None or head is None:
            continue
        heads = {head, _SPELLINGS.get(head, head)}
        same = [e for e in entities if e.head is not None and e.head.casefold() in heads]
        cands = [e.idx for e in same if e.country is None]
        if len(cands) == 1 and not any(e.country == code for e in same):
            entities[cands[0]].country = code


def _only_unplaced(entities: list[InstEntity], head: str, code: str) -> list[int]:
    """The text's one institution with that head noun of no country, when no other with it
    is of the referred country already."""
    same = [e for e in entities if e.head is not None and e.head.casefold() == head]
    if any(e.country == code for e in same):
        return []
    return [e.idx for e in same if e.country is None]


def _part_of(doc: Doc, entities: list[InstEntity]) -> None:
    """An institution described as part of a placed one is in that one's country."""
    by_idx = {e.idx: e for e in entities}
    by_sent: dict[int, list[InstMention]] = {}
    for o in doc.inst_mentions:
        if o.entity in by_idx:
            by_sent.setdefault(o.sent, []).append(o)
    for e in entities:
        if e.country or e.synthetic:
            continue
        for m in e.mentions:
            after = [o for o in by_sent.get(m.sent, []) if o.char_start > m.char_end]
            nxt = min(after, key=lambda o: o.char_start, default=None)
            if nxt is None or not _PART_OF.match(doc.text[m.char_end : nxt.char_start]):
                continue
            parent = by_idx.get(nxt.entity) if nxt.entity is not None else None
            if parent is not None and parent.country is not None:
                e.country = parent.country
                break
        if e.country is None:
            e.country = _one_of_placed(doc, e, entities)


# "El-Demerdash Hospital, one of the university hospitals of Ain Shams": the placed
# institution whose name the words after "of" open
_ONE_OF = re.compile(
    r"^\s*,\s*one\s+of\s+the\s+(?:[a-z-]+\s+){0,2}(?:hospitals|clinics|institutes|centres|"
    r"centers|colleges|faculties|branches|units)\s+of\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})"
)


def _one_of_placed(doc: Doc, e: InstEntity, entities: list[InstEntity]) -> str | None:
    for m in e.mentions:
        one = _ONE_OF.match(doc.text[m.char_end : m.char_end + 160])
        if one is None:
            continue
        opens = one.group("name").casefold() + " "
        codes = {
            o.country
            for o in entities
            if o is not e and o.country and (o.name.casefold() + " ").startswith(opens)
        }
        if len(codes) == 1:
            return codes.pop()
    return None


_OF_END = re.compile(r"\bof\s+(?:the\s+)?$")


def _names_unit_of(name: str, acronym: str) -> bool:
    """A unit's name ends in "of <ACRONYM>" ("First University Clinic of TSMU")."""
    return ends_after(name, acronym, _OF_END)


_GROUP_OF = re.compile(r"\b([A-Z][a-z]+)\s+(?:side|partners?|hosts|delegation|guests|colleagues)\b")


def _group_demonym(doc: Doc, entities: list[InstEntity]) -> None:
    """ "the Korean colleagues", "the Armenian hosts": the text's one group of a country no
    institution is placed in belongs to its one institution of unknown country."""
    found = _unplaced_groups(doc, entities)
    unknown = [e for e in entities if e.country is None and not e.synthetic]
    if len({c for _, c in found}) != 1 or not unknown:
        return
    if len(unknown) == 1:
        unknown[0].country = found[0][1]
        return
    for at, code in found:  # "At X the delegation was received … The Armenian hosts …"
        s = next(k for k, sent in enumerate(doc.sents) if sent.start <= at < sent.end + 1)
        if not re.fullmatch(r"\s*(?:The|the)\s+", doc.text[doc.sents[s].start : at]):
            continue  # only the group that opens a sentence refers back to the one before
        visitors = _visitors(doc, s, at)
        if visitors is not None:  # "A delegation from X visited Y. The Turkish side …": X's
            near = [e for e in unknown if e.idx == visitors]
        else:
            near = [e for e in unknown if any(s - 1 <= m.sent <= s for m in e.mentions)]
        if len(near) == 1:
            near[0].country = code
            return


# "The Georgian side welcomed the guests": the hosts, not the visitors
_HOSTS = re.compile(
    r"\b(?:welcomed|hosted|greeted|received)\s+(?:the\s+)?(?:guests|delegation|visitors)\b"
)


def _visitors(doc: Doc, s: int, at: int) -> int | None:
    """The institution whose delegation the sentences before ``s`` report, when ``s`` opens
    with "The <demonym> side/delegation/guests" (at ``at``) and tells of the visitors, not of
    the hosts ("The Kazakh side was received by the President of X": not X)."""
    group = _GROUP_OF.match(doc.text, at)
    if s == 0 or group is None or _HOSTS.search(doc.sents[s].text):
        return None
    if not re.search(r"\b(?:side|delegation|guests)$", group.group()):
        return None
    return delegation_of(doc, s - 1, any_group=True)


def _unplaced_groups(doc: Doc, entities: list[InstEntity]) -> list[tuple[int, str]]:
    """(offset, code) of each group named by a demonym ("the Russian side") of a country
    no institution is placed in."""
    placed = {e.country for e in entities if e.country}
    return [
        (m.start(), c)
        for m in _GROUP_OF.finditer(doc.text)
        if _geo.is_demonym(m.group(1))
        and (c := _geo.country_of(m.group(1))) is not None
        and c not in placed
    ]


_WITH_PARTNERS = re.compile(r"\bwith\s+(?:[a-z]+\s+)?([A-Z][a-z]+)\s+partners\b")


def partner_countries(doc: Doc, entities: list[InstEntity], parties: list[list[int]]) -> None:
    """ "… concludes three memorandums with Russian partners": when the text's groups name
    one country no institution is placed in, the partners of unknown country in agreements
    with a placed institution of another country are that country's."""
    codes = {c for _, c in _unplaced_groups(doc, entities)}
    if len(codes) != 1:  # "… signed six documents with Saudi partners", one placed already
        codes = {c for m in _WITH_PARTNERS.finditer(doc.text) if (c := _geo.country_of(m[1]))}
    if len(codes) != 1:
        return
    code = codes.pop()
    partners: dict[int, set[int]] = {}
    for group in parties:
        for p in group:
            partners.setdefault(p, set()).update(q for q in group if q != p)
    named = _geo.countries_in(doc.text)
    for group in parties:
        # "Tashkent Medical Academy": a city in the name places a party here too
        placed = {p: c for p in group if (c := _placed(entities[p], named))}
        known = set(placed.values())
        # a party that signs with several others is the text's own side, not a partner
        unknown = [
            p
            for p in group
            if p not in placed and not entities[p].synthetic and len(partners[p]) < 2
        ]
        if known and code not in known and unknown:
            for p in unknown:
                entities[p].country = code


# "called on the partners from Seoul to …": the partners of the text's agreements, by place
_PARTNERS_FROM = re.compile(r"\bpartners\s+from\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")


def partners_from(doc: Doc, entities: list[InstEntity], parties: list[list[int]]) -> None:
    """ "the partners from Seoul": when the text names its partners by one place, each party
    of unknown country in an agreement with a placed institution of another country is that
    place's (also in a three-party document, where a partner is already placed there)."""
    codes = {
        c
        for m in _PARTNERS_FROM.finditer(doc.text)
        if (c := _geo.place_country(m[1]) or _geo.city_country(m[1]))
    }
    if len(codes) != 1:
        return
    code = codes.pop()
    for group in parties:
        if not any(entities[p].country not in (None, code) for p in group):
            continue  # no placed party of the other side: nothing says who the partners are
        for p in group:
            if entities[p].country is None and not entities[p].synthetic:
                entities[p].country = code


def _placed(e: InstEntity, named: frozenset[str]) -> str | None:
    return e.country or next((c for n in e.names if (c := _geo.city_in_name(n, named))), None)


# "… Yerevan State Medical University, where the rector presented its X": X is a part of the
# institution the clause is about
_ITS = re.compile(
    r"\b(?:its|the\s+(?:university|hospital|centre|center|institute|academy)['’]s)\s+$"
)


def owned_countries(doc: Doc, entities: list[InstEntity]) -> None:
    """An institution a text names as another's own ("its Heratsi University Hospital") is in
    the country of the last institution the sentence named before it."""
    by_idx = {e.idx: e for e in entities}
    for m in doc.inst_mentions:
        e = by_idx.get(m.entity) if m.entity is not None else None
        if e is None or e.country or e.synthetic:
            continue
        start = doc.sents[m.sent].start
        if not _ITS.search(doc.text, max(start, m.char_start - 20), m.char_start):
            continue
        owners = [
            x.entity
            for x in doc.inst_mentions
            if x.sent == m.sent and x.char_end <= m.char_start and x.entity not in (None, m.entity)
        ]
        owner = by_idx.get(owners[-1]) if owners and owners[-1] is not None else None
        if owner is not None and owner.country:
            e.country = owner.country


# "A delegation of the A (AA) and the B visited …": members of one delegation
_DELEGATION_OF_END = re.compile(r"\bdelegation\s+of\s+(?:the\s+)?$")
_AND_THE = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*)?\s+and\s+(?:the\s+)?$")


def delegation_partners(doc: Doc, entities: list[InstEntity]) -> None:
    """Two institutions that send one delegation ("a delegation of A and B") are of one
    country: the unplaced one takes the placed one's."""
    by_idx = {e.idx: e for e in entities}
    for a, b in itertools.pairwise(sorted(doc.inst_mentions, key=lambda m: m.char_start)):
        if a.sent != b.sent or a.entity is None or b.entity is None or a.entity == b.entity:
            continue
        start = doc.sents[a.sent].start
        if not (
            _DELEGATION_OF_END.search(doc.text, max(start, a.char_start - 30), a.char_start)
            and _AND_THE.match(doc.text[a.char_end : b.char_start])
        ):
            continue
        ea, eb = by_idx.get(a.entity), by_idx.get(b.entity)
        if ea is None or eb is None or ea.synthetic or eb.synthetic:
            continue
        if ea.country and not eb.country:
            eb.country = ea.country
        elif eb.country and not ea.country:
            ea.country = eb.country
