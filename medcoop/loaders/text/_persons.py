"""Person mentions merged into people, with their positions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import _geo
from ._doc import Doc, InstMention, PersonMention
from ._entities import InstEntity
from ._generic import city_owner, demonym_generic, generic, kind_generic, recent
from ._groups import delegation_of, demonym_group, group_owner, led_group_owner
from ._home import home_institution, home_university
from ._hosts import welcome_host
from ._names import is_title_word, person_key, similar
from ._pairs import pair_titles
from ._positions import ANY_MINISTRY, TitleHit, titles_for
from ._possessor import behalf_opening, item_owner, mention_at, opening_owner
from ._sources import is_source
from ._titled import names_unit, owner_in_title, unit_generic, unit_owner
from ._visit_hosts import present_host


@dataclass
class PersonEntity:
    idx: int
    mentions: list[PersonMention] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    positions: list[tuple[str | None, int | None, PersonMention]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.names[0]


_SPACE_OR_DASH = re.compile(r"[\s-]+")
_INITIALS = re.compile(r"(?:\w\w?\.)+")


def _flat(name: str) -> str:
    return _SPACE_OR_DASH.sub(" ", name.casefold()).strip()


def _same(a: str, b: str) -> bool:
    if _flat(a) == _flat(b):
        return True
    ta, tb = _flat(a).split(), _flat(b).split()
    short_t, long_t = sorted((ta, tb), key=len)
    if 2 <= len(short_t) < len(long_t) and long_t[-len(short_t) :] == short_t:
        # given name last: "Thu Ha" ~ "Nguyen Thi Thu Ha"; two surnames: "Ferrer Soler" ~
        # "Marta Ferrer Soler" (Spanish usage drops the given name, keeps both surnames)
        return "." not in a + b
    if len(short_t) == 2 and len(long_t) >= 4 and long_t[:2] == short_t:
        # given names first, then a father's: "Noor Azuan" ~ "Noor Azuan Abu Osman"
        return "." not in a + b
    ka, kb = person_key(a), person_key(b)
    if ka and kb and ka[0] == kb[0]:
        short, long_ = sorted((ka[1], kb[1]), key=len)
        if long_.startswith(short):
            return True
        # "Yevgeny Lebedinsky" ~ "Lebedinsky E.V.": one Russian letter, written "Ye" or "E"
        ia, ib = _ye_as_e(a, ka[1]), _ye_as_e(b, kb[1])
        short, long_ = sorted((ia, ib), key=len)
        return long_.startswith(short)
    if len(short_t) == 1 and len(long_t) >= 2 and short_t[0] == long_t[0]:
        return "." not in a + b  # surname first: "Park Ji-young" ~ "Park"
    if _surname_first(a, b) or _surname_first(b, a):
        return True
    if len(short_t) == 1 and len(long_t) >= 3 and short_t[0] in long_t[1:-1]:
        return "." not in a + b  # first of two surnames: "Valdés" ~ "Ricardo Valdés Montoya"
    if len(ta) == len(tb) >= 2 and ta[0] == tb[0]:
        # "Farrukh Shavkatovich" (given name and patronymic, a polite address) ~ "Farrukh Nazarov"
        if len(ta) == 2 and (_PATRONYMIC.search(ta[1]) or _PATRONYMIC.search(tb[1])):
            return True
        return all(similar(x, y) for x, y in zip(ta, tb, strict=True))
    if ka and kb and (not ka[1] or not kb[1]) and len(ka[0]) >= 6:
        return similar(ka[0], kb[0])
    return False


def _ye_as_e(name: str, initials: str) -> str:
    """The initials with a given name's "Ye"/"Yo" read as "E" ("Yevgeny" -> "E")."""
    first = name.split()[0] if name.split() else ""
    if initials[:1] == "y" and first[:2].casefold() in ("ye", "yo") and "." not in first:
        return "e" + initials[1:]
    return initials


_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna)$")


def _surname_first(full: str, short: str) -> bool:
    """ "Abdullozoda Jamoliddin Abdullo" ~ "J.A. Abdullozoda": three words, the surname first
    (as in Tajik and Uzbek official usage), and the initials of the other two."""
    words = full.split()
    key = person_key(short)
    if len(words) != 3 or "." in full or key is None or not key[1]:
        return False
    return key[0] == words[0].casefold() and key[1] == (words[1][0] + words[2][0]).casefold()


def _score(name: str) -> tuple[int, int]:
    parts = name.split()
    full = sum(1 for p in parts if not _INITIALS.fullmatch(p))
    return full, len(parts)


def merge_people(doc: Doc) -> list[PersonEntity]:
    people: list[PersonEntity] = []
    for m in sorted(doc.person_mentions, key=lambda m: -_score(m.text)[0]):
        cands = [p for p in people if any(_same(m.text, n) for n in p.names)]
        if len(cands) > 1:
            cands = [c for c in cands if any(_flat(m.text) == _flat(n) for n in c.names)] or cands
        target = cands[0] if cands else None
        if target is None:
            target = PersonEntity(len(people))
            people.append(target)
        target.mentions.append(m)
        if m.text not in target.names:
            target.names.append(m.text)
    for p in people:
        first = {n: min((m.sent, m.start) for m in p.mentions if m.text == n) for n in p.names}
        p.names.sort(key=lambda n: (-_score(n)[0], -_score(n)[1], first[n]))
    people.sort(key=lambda p: min((m.sent, m.start) for m in p.mentions))
    for k, p in enumerate(people):
        p.idx = k
        for m in p.mentions:
            m.entity = k
    return people


Pending = list[tuple[PersonEntity, TitleHit, PersonMention]]


def assign_positions(doc: Doc, people: list[PersonEntity], insts: list[InstEntity]) -> Pending:
    """Fill each person's positions; returns the ministry titles still to be resolved."""
    pending: Pending = []
    last_inst: dict[int, int] = {}
    for m in sorted(doc.person_mentions, key=lambda m: (m.sent, m.start)):
        person = people[m.entity or 0]
        hits = titles_for(doc, m) or pair_titles(doc, m)
        for h in hits:
            if h.inst is None and h.ministry is None:
                h.title, h.inst = owner_in_title(doc, h.title, insts, m.sent)
            if h.inst is None and h.ministry is None:
                h.inst = _for_clause_owner(doc, m)
            if h.inst is None:
                cue = _cue_owner(doc, m, insts, h.title)
                if cue is not None and _envoy_elsewhere(h.title, insts[cue]):
                    cue = None  # "on behalf of the ministry of X, and by the Canadian Ambassador"
                if h.ministry is None or (cue is not None and insts[cue].kind == "ministry"):
                    h.inst = cue  # a minister of a field serves a ministry, not the cabinet
            if h.inst is None and h.ministry is None:  # "Title Name of X", "… Name for X"
                h.inst = _of_inst(doc, m)
            if h.inst is None and h.ministry is None:
                h.inst = present_host(doc, m)
            if h.inst is None and h.ministry is None:
                h.inst = _city_clause_owner(doc, m, insts, h.title)
            if h.inst is None and h.ministry is None:
                h.inst = _fallback(doc, m, insts, last_inst, h.title)
            if h.inst is None and h.ministry == ANY_MINISTRY and for_portfolio(h.title):
                h.inst = sentence_ministry(doc, insts, m.sent)  # "… Minister for X Name"
            if h.inst is None and h.ministry == ANY_MINISTRY:
                owner = _fallback(doc, m, insts, last_inst, h.title)  # "A delegation of the
                if owner is not None and insts[owner].kind == "ministry":  # Ministry … led by
                    h.inst = owner  # Deputy Minister X": that ministry
            if h.ministry is not None and h.inst is None:
                pending.append((person, h, m))
                continue
            _add(person, h.title, h.inst, m)
            if h.inst is not None:
                last_inst[m.sent] = h.inst
                _side_country(doc, m, h.inst, insts)
        rep = _represented(doc, m) if hits else None
        if rep is not None and all(h.inst != rep for h in hits):
            # "X, represented by Name, vice president of Y": Name acts for X as well
            _add(person, None, rep, m)
        inst = _of_inst(doc, m) if not hits else None
        inst = _former_or_latter(doc, m) if inst is None and not hits else inst
        opening = doc.text[doc.sents[m.sent].start : m.char_start]
        if inst is None and not hits and _LED_BY.search(opening) and _GROUP_OF.search(opening):
            # "a team from X, led by Professor Name": the group and its leader in one sentence
            inst = delegation_of(doc, m.sent)
        if inst is not None and not hits:
            _add(person, None, inst, m)
            last_inst[m.sent] = inst
    return pending


# "In Warsaw, …", "…, and in Granada …": a clause that opens with its city
_IN_CITY = re.compile(
    r"(?:^|[,;]\s+(?:and\s+)?|\band\s+)[Ii]n\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def _city_clause_owner(
    doc: Doc, m: PersonMention, insts: list[InstEntity], title: str | None
) -> int | None:
    """ "In Warsaw, AMU representatives met Vice-Rector … Prof. A": a title that names no
    institution, in a sentence that last set the scene in a city before the name, is at the
    one institution whose name holds that city."""
    sent = doc.sents[m.sent]
    before = doc.text[sent.start : doc.toks[m.sent][m.start].start]
    found = list(_IN_CITY.finditer(before))
    title = title or ""
    if not found:
        return None
    city = found[-1].group(1)
    if _geo.city_country(city) is None or city in title:
        return None  # "Consul General of Kazakhstan in Bishkek Name": the title's own city
    owners = [e.idx for e in insts if any(city in n.split() or f" {city}" in n for n in e.names)]
    return owners[0] if len(owners) == 1 else None


def add_position(
    person: PersonEntity, title: str | None, inst: int | None, m: PersonMention
) -> None:
    _add(person, title, inst, m)


def _add(person: PersonEntity, title: str | None, inst: int | None, m: PersonMention) -> None:
    for n, (t, i, _) in enumerate(person.positions):
        if (t or "").casefold() == (title or "").casefold() and i == inst:
            return
        if title is None and i == inst:
            return
        if t is None and i == inst and inst is not None:
            person.positions[n] = (title, inst, m)  # "led by Name" first, "its director" later
            return
    person.positions.append((title, inst, m))


def _of_inst(doc: Doc, m: PersonMention) -> int | None:
    """ "Dr Abduhakim Khadjibayev of RRCEM"; "signed by Name for the Kazakh university"."""
    toks = doc.toks[m.sent]
    if m.end + 1 >= len(toks):
        return None
    signer = toks[m.end].text == "for" and _signed_by_before(toks, m.start)
    if toks[m.end].text != "of" and not signer:
        return None
    k = m.end + 1
    the = toks[k].text.casefold() == "the"
    if the:
        k += 1
    for im in doc.inst_mentions:
        if im.sent == m.sent and im.start == k:
            return im.entity
    # "Rector Name of the Tajik university": the one university of that country
    return demonym_generic(doc, m.sent, k) if signer or the else None


def _signed_by_before(toks: list, k: int) -> bool:
    """ "signed by Name for X", "signed by the Head of the Y Department Dr. Name for X": "by"
    before the name or before its title, in the same clause."""
    for j in range(k - 1, max(-1, k - 12), -1):
        if toks[j].text == "by":
            return True
        if toks[j].text in (",", ";", ":"):
            return False
    return False


# "Name said that the academy …": the speaker's own institution, named by its head noun
_SAID_OF = re.compile(r"^\s+(?:said|noted|stressed|added)\s+(?:that\s+)?(?:the|our)\s+([a-z]+)\b")
_LED_BY = re.compile(r"\b(?:led|headed)\s+by\s+(?:[A-Z][a-z]*\.?\s+)?$")
_GROUP_OF = re.compile(r"\b(?:delegation|team|group)\s+(?:of|from)\b", re.IGNORECASE)
# the heads of a country's mission abroad, which an envoy serves
_MISSIONS = frozenset(["embassy", "consulate", "high commission", "mission", "representation"])
_REGIONAL = re.compile(r"(?i)\b(?:governor|mayor)\b")
# "consul", not "consultant"
_DIPLOMAT = re.compile(r"(?i)\b(?:ambassador|high commissioner|consul\b|envoy|charg[ée])")


def _envoy_elsewhere(title: str, inst: InstEntity) -> bool:
    """An envoy's title, and an institution that is no mission abroad."""
    return _DIPLOMAT.search(title) is not None and inst.head not in _MISSIONS


def _fallback(
    doc: Doc, m: PersonMention, insts: list[InstEntity], last: dict[int, int], title: str
) -> int | None:
    cue = _cue_owner(doc, m, insts, title)
    if cue is not None and not _envoy_elsewhere(title, insts[cue]):
        return cue
    if _DIPLOMAT.search(title):  # an envoy serves no hospital or university named nearby
        emb = [e for e in insts if e.head in _MISSIONS]
        if len(emb) > 1:  # "Ambassador of India to Armenia": the embassy of India
            of = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w ]+?)(?:\s+(?:to|in)\b|$)", title)
            code = _geo.country_of(of.group(1)) if of else None
            # "Ambassador A" names no country: the missions stay, for the next test
            emb = [e for e in emb if e.country == code] if code else emb
        if len(emb) > 1:  # "Brazilian Embassy in Minsk" in the headline, "Embassy of Brazil
            # in Minsk" below: the one the report's body names
            emb = [e for e in emb if any(m.sent > 0 for m in e.mentions)]
        return emb[0].idx if len(emb) == 1 else None
    owner = welcome_host(doc, m)
    if owner is None:
        owner = group_owner(doc, m, insts)
    if owner is None:
        owner = led_group_owner(doc, m, last)
    if owner is not None:
        return owner
    if _REGIONAL.search(title):
        return None  # "Deputy Governor of the Tomsk Region": a post of no institution named
    if m.sent in last and not _rector_of_unit(title, insts[last[m.sent]]):
        return last[m.sent]
    owner = delegation_of(doc, m.sent)
    if owner is not None and _MEETS.match(doc.text[m.char_end : doc.sents[m.sent].end]):
        # "a meeting of Deputy Minister A with the delegation of Y, in X": A receives Y
        rest = {im.entity for im in doc.inst_mentions if im.sent == m.sent} - {owner, None}
        return rest.pop() if len(rest) == 1 else None
    if owner is not None:
        return owner
    unit = names_unit(doc, title)
    owner = unit_owner(doc, title) if unit else None
    if unit and owner is None:
        owner = unit_generic(doc, title)  # "head of the University Department of X"
    if owner is not None:
        return owner  # "Dean of the X Faculty" of a text that names "the X Faculty of Y"
    if re.search(r"\b(?:of|at)\s+(?:the\s+)?[A-Z]", title) and not unit:
        return None  # the title names its institution, one this text does not know
    for w in re.findall(r"[A-Za-z]+", title)[::-1] if not unit else []:
        g = generic(doc, w)
        if g is not None and w.casefold() not in ("head",):
            return g
    # not "… by Rector A and Rector of X B": the X that B's title names right before B; nor
    # "… by Dean A and KazNMU Rector B": the X before B's title
    tails = {q.start for q in doc.person_mentions if q.sent == m.sent and q is not m}
    sent_insts = {im.entity for im in doc.inst_mentions if im.sent == m.sent}
    sent_insts -= {im.entity for im in doc.inst_mentions
                   if im.sent == m.sent and (im.end in tails or _titles_then(doc, im, tails))}
    only = next(iter(sent_insts)) if len(sent_insts) == 1 else None
    if only is not None and not _rector_of_unit(title, insts[only]):
        return only
    if title.casefold() in doc.rules.hospital_titles:  # "the chief physician": of the hospital
        named = recent(doc, m.sent, "hospital")  # named last, in this sentence or the one before
        if named is not None:
            return named
    if any(w in title.casefold() for w in doc.rules.academic_titles):
        spoken = _SAID_OF.search(doc.text[m.char_end : doc.sents[m.sent].end])
        owner = generic(doc, spoken.group(1)) if spoken else None
        if owner is not None:  # "Rector X said that the academy had …": the one academy
            return owner
        unis = [e.idx for e in insts if e.kind == "university"]
        if len(unis) == 1:
            return unis[0]
        whole = [k for k in unis if not _rector_of_unit(title, insts[k])]
        if len(whole) == 1 and len(unis) == 2:
            return whole[0]  # "Dean A and Rector B" of a faculty and a university
        # "X went to the Faculty of Y University. Dean A and Vice-Rector B presented …": the
        # one just named (not for its rector, whom the text names with it when it does)
        # a dean heads a faculty: the faculty just named in its own name, when it is one
        named = recent(doc, m.sent, "faculty") if "dean" in title.casefold() else None
        if named is None and title.casefold() != "rector":
            named = recent(doc, m.sent, "university")
        if named is not None:
            return named
        home = home_university(doc, insts) if unis else None
        if home is not None:
            return home  # of several: the release's own
    owner = demonym_group(doc, m, insts)
    if owner is None and unit:  # "Name (Head of the Department of Perinatology)": a
        owner = home_institution(doc)  # department the text gives no owner: the release's own
    return owner


# "…; for the Uzbek institute, Director B; and for NSCEDI, Director General C": a clause of
# a list of signers that opens with the side it signs for (a side named by a demonym is read
# later, once countries are known, if at all)
_FOR_CLAUSE = re.compile(r"\s*(?:and\s+)?(?:[Ss]igning\s+)?for\s+(?:the\s+)?")


def _for_clause_owner(doc: Doc, m: PersonMention) -> int | None:
    """The one institution a clause after a semicolon signs for, named before the person."""
    sent = doc.sents[m.sent]
    head = doc.text[sent.start : m.char_start]
    cut = head.rfind(";")
    if cut < 0 or not _FOR_CLAUSE.match(head, cut + 1):
        return None
    named = {x.entity for x in doc.inst_mentions
             if x.sent == m.sent and x.entity is not None
             and sent.start + cut < x.char_start < m.char_start}
    return named.pop() if len(named) == 1 else None


def _rector_of_unit(title: str, inst: InstEntity) -> bool:
    """ "signed by Dean A and Rector B": a faculty has a dean, not a rector; nor has a company
    or a hospital ("signed by X, Director at Acibadem, and by Rector B")."""
    return _RECTOR.search(title) is not None and (
        inst.head in ("faculty", "school", "college") or inst.kind in ("company", "hospital")
    )


_RECTOR = re.compile(r"(?i)\brector\b")  # "Vice-Rector", not "Director"


def _titles_then(doc: Doc, im: InstMention, starts: set[int]) -> bool:
    """Title words, and then a person, right after the institution: "KazNMU Rector B"."""
    toks = doc.toks[im.sent]
    k = im.end
    while k < len(toks) and k - im.end < 4 and is_title_word(doc, toks[k]):
        k += 1
    return k > im.end and k in starts


_MEETS = re.compile(r"[^.;]{0,40}?\bwith\s+(?:the\s+|a\s+)?delegation\b")
_BEHALF = re.compile(r"^\s*,?\s*(?:who\s+signed\s+)?on\s+behalf\s+of\s+(?:the\s+)?")
# "… at the Ministry of X with the Under-Secretary of State, Name": the title may be apposed
_APPOSED = re.compile(r"(?:\s+\([^()]{1,15}\))?(?P<c>,\s+(?:the|a|an)\s+[^,;()]{1,60})$")
_RECEIVED_AT = re.compile(r"\s+(?:by|with)\s+[^,;()]{0,60}(?:,\s*)?$")
_AT_END = re.compile(r"\bat\s+(?:the\s+)?$")
# "at the ministry's headquarters by", "in the university's main hall by": the host's premises
_AT_ITS_PLACE = re.compile(
    r"\b(?:at|in)\s+the\s+([a-z]+)(?:'s|’s)\s+(?:[a-z-]+\s+){1,3}by\s+(?:[A-Z][a-z]*\.?\s+)?$"
)
_WHERE = re.compile(
    r",\s+where\s+(?:the\s+)?(?P<t>(?:[A-Za-z-]+\s+){0,6}?)(?:(?:Dr|Prof|Professor)\.?\s+)?$"
)
_SIDE = re.compile(
    r"\b(?:[Oo]n|[Ff]rom)\s+(?:the\s+)?(?P<x>[A-Z][\w-]*(?:\s+[«\"“][^»\"”]{1,40}[»\"”])?"
    r"|(?<=the\s)[a-z]+)\s+side\b"
)


_SIDE_OF = re.compile(r"\b[Oo]n\s+the\s+side\s+of\s+(?:the\s+)?(?P<x>[A-Z])")


# the words between an institution and the title of the one who stands for it
_REPRESENTED = re.compile(
    r"(?:\s*\)|\s+\([^()]{1,15}\))?(?:\s+(?:was|were|is|are))?,?\s+represented"
    # "was represented at the ceremony by", "represented in the talks by"
    r"(?:\s+(?:at|in)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?\s+by\s+"
    r"(?:its\s+|their\s+|the\s+)?[^,;.()]{0,80}"
    # "… by the Undersecretary of X, Dr. Name": the title, a comma, an honorific
    r"(?:,\s+(?:(?:Dr|Dra|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?)?$"
)


def _cue_owner(
    doc: Doc, m: PersonMention, insts: list[InstEntity], title: str | None = None
) -> int | None:
    """The institution a person acts for, from the words around the mention: "Name on behalf
    of X", "On the X side … by Name", "From the Kazakh side … Name", or the institution that
    heads the list item the person is named in ("- X, Germany, represented by Name, CMO")."""
    hit = opening_owner(doc, m)  # "Its Head of X, Name", "At the cardiology centre … Name"
    if hit is not None:
        return hit
    sent = doc.sents[m.sent]
    after = doc.text[m.char_end : sent.end]
    bm = _BEHALF.match(after)
    if bm:
        at = m.char_end + bm.end()
        hit = mention_at(doc, m.sent, at)
        if hit is None:  # "on behalf of the Ministry": the one ministry named
            hit = _head_at(doc, m.sent, at)
        if hit is not None:
            return hit
    opening = behalf_before(doc, m)
    if opening:  # "On behalf of KSMA the guests were met by A, Vice-Rector, and B, Dean",
        # "…, and on behalf of SSMU by Rector Roman Krylov": the last one before the name
        hit = mention_at(doc, m.sent, sent.start + opening.end())
        if hit is None:  # "On behalf of the Kazakh university, … was signed by Name"
            k = _token_at(doc, m.sent, sent.start + opening.end())
            hit = demonym_generic(doc, m.sent, k) if k is not None else None
        if hit is None:  # "On behalf of the university/the Foundation, … by Name"
            hit = _head_at(doc, m.sent, sent.start + opening.end())
        if hit is not None:
            return hit
    where = _WHERE.search(doc.text[sent.start : m.char_start])
    if where and _title_words(doc, where.group("t")):
        # "… visited the Cardiology Institute of X, where Name, head of …, showed", "… the
        # University Clinic of X, where the Chief Physician Name showed"
        at = sent.start + where.start()
        im = _ending_at(doc, m.sent, at, 0)
        apposed = _APPOSED.search(doc.text[sent.start : at]) if im is None else None
        if apposed:  # "… visited X (ACR), the largest hospital in Finland, where …"
            im = _ending_at(doc, m.sent, sent.start + apposed.start("c"), 0)
            im = im or _ending_at(doc, m.sent, sent.start + apposed.start(), 0)
        if im is not None:
            return im.entity
    received = _RECEIVED_AT.search(doc.text[sent.start : m.char_start])
    if received:  # "the guests were received at the Ministry of X by Assistant Minister Name",
        # "a meeting at the Ministry of X with the Head of the Department Name"
        im = _ending_at(doc, m.sent, sent.start + received.start(), 0)
        if im is not None and _AT_END.search(doc.text[sent.start : im.char_start]):
            return im.entity
    place = _AT_ITS_PLACE.search(doc.text[sent.start : m.char_start])
    hit = generic(doc, place.group(1)) if place else None
    if place and hit is None:
        hit = kind_generic(doc, place.group(1))  # "the ministry's" of a "Ministry of Health"
    if hit is not None:
        return hit  # "signed at the ministry's headquarters by Dr X, Director General of …"
    hit = _represented(doc, m)
    if hit is None:
        hit = _former_or_latter(doc, m)
    if hit is not None:  # "X was represented by its Rector Name"
        return hit
    side_of = _SIDE_OF.search(doc.text[sent.start : m.char_start])
    if side_of:  # "On the side of the Astana centre the programme was coordinated by Name"
        at = sent.start + side_of.start("x")
        hit = mention_at(doc, m.sent, at)
        k = _token_at(doc, m.sent, at)
        hit = hit if hit is not None or k is None else demonym_generic(doc, m.sent, k)
        if hit is not None:
            return hit
    sides = [
        x
        for x in _SIDE.finditer(doc.text[sent.start : m.char_start])
        if x.group("x")[:1].isupper() or x.group("x") in doc.rules.heads  # "the hospital side"
    ]
    if sides:
        x = sides[-1]
        hit = mention_at(doc, m.sent, sent.start + x.start("x"))
        if hit is None and x.group("x").casefold() in doc.rules.heads:
            # "From the Centre side … by its Director Name": the centre named last, else the one
            hit = recent(doc, m.sent, x.group("x").casefold())
            hit = generic(doc, x.group("x")) if hit is None else hit
        if hit is not None:
            return hit
        code = _geo.country_of(x.group("x"))
        if code:
            return _side_owner(doc, m, insts, code, title)
        return city_owner(doc, x.group("x"))  # "On the Novosibirsk side … by Name"
    return item_owner(doc, m)


def _represented(doc: Doc, m: PersonMention) -> int | None:
    """The institution "X, represented by (Title) Name" names before the person."""
    sent = doc.sents[m.sent]
    represented = _REPRESENTED.search(doc.text[sent.start : m.char_start])
    if represented is None:
        return None
    im = _ending_at(doc, m.sent, sent.start + represented.start(), 2)
    return im.entity if im is not None else None


_FORMER = re.compile(r"^\s*,?\s*(?:who\s+was\s+)?representing\s+the\s+(former|latter)\b")


def _former_or_latter(doc: Doc, m: PersonMention) -> int | None:
    """ "between A and B, … with Professor X representing the former": the first (or the
    second) institution named after "between" in the sentence."""
    sent = doc.sents[m.sent]
    which = _FORMER.match(doc.text[m.char_end : sent.end])
    between = re.search(r"\bbetween\s", sent.text)
    if which is None or between is None:
        return None
    start = sent.start + between.end()
    after = [
        im.entity
        for im in doc.inst_mentions
        if im.sent == m.sent and im.entity is not None and im.char_start >= start
    ]
    pair = list(dict.fromkeys(after))[:2]
    if len(pair) < 2:
        return None
    return pair[0] if which.group(1) == "former" else pair[1]


def _side_owner(
    doc: Doc, m: PersonMention, insts: list[InstEntity], code: str, title: str | None
) -> int | None:
    """The institution of the "Kyrgyz side" among those named just before: the one of that
    country, else the one whose country is unknown when every other has another country."""
    near = {
        im.entity
        for im in doc.inst_mentions
        if m.sent - 2 <= im.sent <= m.sent and im.entity is not None and not is_source(doc, im)
    }
    same = {e for e in near if insts[e].country == code}
    if len(same) == 1:
        return same.pop()
    unknown = {e for e in near if insts[e].country is None}
    toks = doc.toks[m.sent]
    apposed = m.end < len(toks) and toks[m.end].text == ","  # "Name, Director of …"
    names_one = title is None or apposed or re.search(r"\b(?:of|for|at)\s+(?:the\s+)?[A-Z]", title)
    if not same and len(unknown) == 1 and len(near) >= 2 and not names_one:
        owner = unknown.pop()
        insts[owner].country = code  # "signed on the Kyrgyz side by …": the text says so
        return owner
    return None


def _side_country(doc: Doc, m: PersonMention, inst: int, insts: list[InstEntity]) -> None:
    """ "On the Kazakh side it was signed by NROC Chairman X": X's institution is Kazakh."""
    if insts[inst].country is not None:
        return
    sent = doc.sents[m.sent]
    sides = list(_SIDE.finditer(doc.text[sent.start : m.char_start]))
    code = _geo.country_of(sides[-1].group("x")) if sides else None
    if code and not any(e.country == code for e in insts if e.idx != inst):
        insts[inst].country = code


def _ending_at(doc: Doc, s: int, at: int, slack: int) -> InstMention | None:
    """The institution mention of sentence s that ends at ``at`` (or up to ``slack``
    characters before it: a bracket, a comma)."""
    ims = (im for im in doc.inst_mentions if im.sent == s and im.entity is not None)
    return next((im for im in ims if at - slack <= im.char_end <= at), None)


def _head_at(doc: Doc, s: int, at: int) -> int | None:
    """ "the Ministry", "the university" at ``at``: the one institution with that head noun."""
    word = re.match(r"\w+", doc.text[at : doc.sents[s].end])
    return generic(doc, word.group()) if word else None


def behalf_before(doc: Doc, m: PersonMention) -> re.Match[str] | None:
    """The last "On behalf of X" that opens the sentence or a clause before the person."""
    return behalf_opening(doc, m.sent, m.char_start)


def _title_words(doc: Doc, words: str) -> bool:
    """No words, or words that end with a title ("the Chief Physician", "chief surgeon"), or
    a title with its board ("Deputy Chairman of the Board")."""
    parts = words.split()
    if not parts:
        return True
    last = parts[-1].casefold()
    pair = " ".join(parts[-2:]).casefold()
    if last in doc.rules.title_core or pair in doc.rules.title_core:
        return True
    low = [w.casefold() for w in parts]
    return last in doc.rules.title_bodies and "of" in low and low[0] in (
        doc.rules.title_core | doc.rules.title_modifiers)


def _token_at(doc: Doc, s: int, at: int) -> int | None:
    return next((k for k, t in enumerate(doc.toks[s]) if t.start == at), None)


_FOR_PORTFOLIO = re.compile(r"(?i)\bminister\s+for\b")


def for_portfolio(title: str) -> bool:
    """ "Deputy Minister for Preventive Medicine": a minister's portfolio, not a field."""
    return _FOR_PORTFOLIO.search(title) is not None


def sentence_ministry(doc: Doc, insts: list[InstEntity], s: int) -> int | None:
    """The one ministry sentence s names, else None."""
    here = {
        m.entity
        for m in doc.inst_mentions
        if m.sent == s and m.entity is not None and insts[m.entity].kind == "ministry"
    }
    return here.pop() if len(here) == 1 else None
