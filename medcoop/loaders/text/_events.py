"""Named events: "Days of Kazakh Medicine in Tajikistan", "… Healthcare Forum", meetings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import _geo
from ._dateline_home import dateline_city
from ._dates import MONTHS, find_range
from ._doc import Doc, norm, words

# a capitalised word; "Kazakhstan–Uzbekistan", "China–Central" are one word
_CAP = r"[A-Z][\w’'-]*(?:[–—][A-Z][\w’'-]*)*"
# an edition before the name: "2nd", "7th", "2023"
_LEAD = r"(?:(?:\d{4}|\d{1,3}(?:st|nd|rd|th))\s+)?"
_QUOTED = r"[\"“«][^\"”»\n]{2,150}[\"”»]"
_HEADS = (
    r"Forum|Days|Conference|Congress|Summit|Exhibition|Expo|Festival|Week|Symposium|"
    r"Olympiad|Fair|Conclave|Meetings|Meeting|Readings|Round\s+Table|Roundtable|Series|Seminar|"
    # "Caucasus and Central Asia Health Cooperation Session" (a congress's sub-event)
    r"Workshop|Session|Roadshow|Day|"
    # "China–Belarus Health Cooperation Dialogue", "Sheba–Baku Telemedicine Webinar"
    r"Dialogue|Webinar|"
    # "the 77th World Health Assembly" (not a parliament: see _NOT_ASSEMBLY)
    r"Assembly"
)
# a branch with a new word outside _HEADS goes into _EVENT_WORDS too (its pre-check)
_EVENT = re.compile(
    r"(?:(?:the|a|an)\s+)?(?P<name>"
    + _LEAD
    + r"(?:"
    + _CAP
    + r"\s+(?:(?:[–-]|and|&)\s+)?){1,8}(?P<h1>"
    + _HEADS
    + r")\b"  # not the "Expo" of "Pharmaceuticals Export Promotion Council"
    r"(?:\s+\d{4}(?![\d–—/-]))?"  # "Summit 2024": the edition is part of the name
    # "Conference with international participation": the CIS name of an open conference
    r"(?:\s+with\s+international\s+participation)?"
    r"(?:\s+" + _QUOTED + r")?"  # Conference "Semey Readings – 2022"
    # "… Working Group on Cooperation in Health Care": up to three such parts
    # ("of"/"and" inside a part only before a capital: "… Universities of the Eurasian Economic
    # Union" is two parts, not one that ends in "of")
    r"(?:\s+(?:of|in|on)\s+(?:the\s+)?" + _CAP + r"(?:\s+(?:" + _CAP
    + r"|(?:of|and)(?=\s+[A-Z])))*){0,3}"
    r"(?:\s+(?:19|20)\d\d(?![\d–—/-]))?"  # "Medical Korea Week in Kazakhstan 2025"
    # 'Forum on Medical Education "Tbilisi 2024"': the edition's title after the subject
    r"(?:\s+[\"“«](?![a-z])[^\"”»\n]{2,80}[\"”»])?"
    r"|(?P<h2>Days|Week)\s+of\s+"
    + _CAP
    # "Days of Healthcare of the Omsk Region in Azerbaijan", "… of the Republic of Korea in
    # Mongolia": whose days, then where
    + r"(?:\s+of\s+(?:the\s+)?"
    + _CAP
    + r"(?:\s+(?:of\s+)?"
    + _CAP
    + r"){0,2}(?=\s+(?:in|on)\s))?"
    + r"(?:\s+[\w’'-]+){0,2}?(?:\s+(?:in|on)\s+(?:the\s+)?"
    + _CAP
    + r"(?:\s+"
    + _CAP
    + r")?|\s+(?:Medicine|Healthcare|Health|Culture|Science)"
    + r"(?:\s+(?:in|on)\s+(?:the\s+)?"
    + _CAP
    # "… in the Republic of Tajikistan", "… in the United Arab Emirates"
    + r"(?:\s+(?:of\s+)?"
    + _CAP
    + r"){0,2})?)"
    + r"|"
    + _CAP
    + r"\s+(?:"
    + _CAP
    + r"\s+)?(?:medicine|health(?:care)?)\s+(?:days|week|forum)"
    r"(?:\s+in\s+" + _CAP + r")?"
    r"|(?:\d{1,3}(?:st|nd|rd|th)|[a-z]+)\s+(?:meeting|session|conference)\s+of\s+the\s+"
    # "the plenary session of the Kazakhstan – Kyrgyzstan Health Forum": the forum
    + r"(?!(?:"
    + _CAP
    + r"\s+(?:[–-]\s+)?){1,6}(?:"
    + _HEADS
    + r")\b)"
    + _CAP
    + r"(?:\s+(?:"
    + _CAP
    + r"|for|of(?:\s+the(?=\s+[A-Z]))?|on(?=\s+[A-Z])"
    # "… Joint Working Group on Health and Medicine, held …": one last word after "and"
    + r"|and(?=\s+[A-Z][a-z]+(?:\s*[,.;)]|\s+(?:held|in|on|at|was|took)\b)))"
    # "… Commission on Trade, Economic, Scientific and Humanitarian Cooperation"
    + r"|(?:,\s+"
    + _CAP
    + r")+\s+and\s+"
    + _CAP
    + r")*"
    # "the Exhibition of Iranian Medical Achievements "Iran Health 2024"": the head first
    # "the Symposium on Robotic Surgery": the head, then its subject ("Forum on June 3" is cut
    # at the month by _clean)
    # "the General Assembly of the Central Asian Association of Medical Universities"
    + r"|(?:Exhibition|Congress|Festival|Forum|Symposium|Summit|Olympiad|Fair|Round\s+Table|"
    + r"General\s+Assembly)"
    + r"\s+(?:of|on)\s+(?:the\s+)?"
    + _CAP
    # "Forum of Rectors of Medical Universities of Russia and China": to the last country
    + r"(?:\s+(?:"
    + _CAP
    + r"|of|and|the)){0,9}(?:\s+"
    + _QUOTED
    + r")?"
    + r"|[Rr]ound\s+[Tt]able\s+"
    + _QUOTED  # "round table «Training of Medical Personnel»"
    + r")"
    # "the international conference "Digital Health in the South Caucasus"": the title
    # … and "a seminar titled “…”", "the workshop under the theme "…"", "a webinar, "…","
    r"|\b(?P<kind>conference|forum|congress|summit|symposium|festival|exhibition|seminar|"
    r"workshop|webinar|colloquium|round\s+table|school|plenary\s+session|campaign|"
    r"master[\s-]?class)"
    # "the national congress of family medicine, "Primary Care …"": what it is of, then the title
    r"(?:\s+(?:of|on)\s+[a-z][a-z\s-]{2,40}?(?=,)"
    # "the annual conference of X University "…"": whose conference, then the title
    r"|\s+of\s+(?:the\s+)?" + _CAP + r"(?:\s+(?:" + _CAP + r"|of|and|the)){0,8})?"
    r"(?:,|\s+(?:titled|entitled|called|named|themed|under\s+the\s+(?:title|theme|motto)))?"
    # a title opens with a capital or a digit; "called the conference "proof that …"" is
    # what a speaker said of it
    r"\s+[\"“«](?P<title>(?![a-z])[^\"”»\n]{3,150})[\"”»]"
)
# every branch of _EVENT holds one of these words (any case): a sentence without them has
# no match, and most sentences have none. The head nouns' words come from _HEADS itself; the
# rest are the words of the other branches and of _HELD, _GATHERED and the titled events
_EVENT_WORDS = tuple(sorted(
    {w.casefold() for w in _HEADS.replace(r"\s+", " ").replace("|", " ").split()}
    | {"colloquium", "school", "campaign", "master", "assembly"}
))
# "the Arab Health 2025 exhibition": a name with its year before a lower-case head noun
# "the Iran Health 2025 international exhibition": what kind of exhibition, between the two
_DESCRIBED = (
    r"(?P<desc>(?:(?:international|annual|medical|healthcare|regional|global|scientific|"
    r"speciali[sz]ed|industry|trade)\s+){1,2})?"
)
# a parliament, not an assembly held: "the National Assembly of Armenia"
_NOT_ASSEMBLY = re.compile(
    r"\b(?:National|Parliamentary|People['’]s|Legislative|Federal)\s+Assembly\b"
)
# a day the world or the UN observes, not an event of the partners'
_OBSERVANCE = re.compile(r"\b(?:World|International|Universal)\s(?:[\w’'-]+\s){0,3}Day\b")
_TAKES_PLACE = r"(?:was\s+held|took\s+place|brought\s+together|gathered|attracted|opened\s+in)\b"
_BRANDED = re.compile(
    r"(?:(?:the|a|an)\s+)?(?P<full>(?P<name>(?:"
    + _CAP
    + r"\s+){1,4}(?:19|20)\d\d)\s+"
    + _DESCRIBED
    + r"(?:"
    + _HEADS.lower()
    + r"))\b"
    # "the international exhibition MedTech Eurasia 2025": the head noun before the name
    + r"|\b(?:"
    + _HEADS.lower()
    + r")\s+(?P<name2>(?:"
    + _CAP
    + r"\s+){1,4}(?:19|20)\d\d)\b(?![\d–—/-])"
    # "Arab Health 2022, the region's largest healthcare exhibition": the name, then what it is
    + r"|(?P<name3>(?:"
    + _CAP
    + r"\s+){1,4}(?:19|20)\d\d),\s+(?:the|an?|one\s+of\s+the)\s+(?:[\w’'-]+\s+){0,4}?(?:"
    + _HEADS.lower()
    + r")s?\b"
    # "Africa Health ExCon 2023 brought together …", "Medical Korea 2024, the 14th Global
    # Healthcare & Medical Tourism Conference, was held …": a brand and its year, then a verb
    # an event takes
    + r"|(?P<name4>(?:"
    + _CAP
    + r"\s+){1,4}(?:19|20)\d\d)(?=(?:,[^.;,]{3,90},)?\s+" + _TAKES_PLACE
    # "Africa Health ExCon 2025, held in …", "Arab Health 2025 in Dubai in January"
    + r"|,\s+held\b|\s+in\s+[A-Z][\w'’-]+\s+(?:in|on|from)\s)"
)
_BRANDED_HINT = re.compile(
    r"\b(?:19|20)\d\d\s+(?:[a-z]+\s+){0,2}(?:" + _HEADS.lower() + r")\b"
    r"|\b(?:19|20)\d\d,\s+(?:the|an?|one)\s[^.;]{0,60}?\b(?:" + _HEADS.lower() + r")"
    r"|\b(?:" + _HEADS.lower() + r")\s+[A-Z][^.;]{0,60}?\b(?:19|20)\d\d\b"
    r"|[A-Z]\w*\s+(?:19|20)\d\d\b[^.;]{0,95}?\s" + _TAKES_PLACE
    + r"|[A-Z]\w*\s+(?:19|20)\d\d(?:,\s+held\b|\s+in\s+[A-Z])"
)
# "the Eurasian School of Oncology, held at …": a school or course is an event when held
_HELD = re.compile(
    r"(?:(?:the|a|an)\s+)?(?P<name>(?:"
    + _CAP
    + r"\s+){0,3}(?:School|Course|Masterclass)(?:\s+(?:of|on|for)\s+(?:the\s+)?"
    + _CAP
    + r"(?:\s+"
    + _CAP
    # held, not holding: ", held at", "was held", "took place" (but "X held a meeting")
    + r")*)*)(?=,\s+held\b|,?\s+(?:which\s+)?(?:was|is|were)\s+(?:held|organi[sz]ed)\b"
    + r"|,?\s+took\s+place\b)"
)
_HELD_HINT = re.compile(r"\b(?:School|Course|Masterclass)\b[^.;]*\b(?:held|organi[sz]ed|took)\b")
# "the School of Young Surgeons of the Caucasus brought together 90 residents": a school that
# gathers people is a held one too (not a school an institution is: "Yale School of Medicine")
_GATHERED = re.compile(
    r"(?:(?:the|a|an)\s+)?(?P<name>(?:"
    + _CAP
    + r"\s+){0,3}School\s+(?:of|on|for)\s+(?:the\s+)?"
    + _CAP
    + r"(?:\s+(?:"
    + _CAP
    + r"|of|the))*)(?=\s+(?:brought\s+together|gathered|was\s+attended\s+by)\b)"
)
_GATHERED_HINT = re.compile(r"\bSchool\b[^.;]*\b(?:brought\s+together|gathered|attended\s+by)\b")
# "the round table of rectors of medical universities, held on 20 September": a sub-event named
# by what it gathers, in lower case (not "the plenary session of the forum": the forum's part)
_HELD_LOWER = re.compile(
    r"\b(?P<name>(?:round\s+table|panel\s+discussion|plenary\s+session)\s+(?:of|on|for)\s+"
    r"(?!(?:the|a|an|this|its|their)\b)[a-z][a-z\s'’-]{2,60}?)(?=,\s+held\b)"
)
# words before a lower-case "meeting of the X" that make it no named, held event
_NOT_HELD = frozenset(["next", "upcoming", "previous", "last", "regular", "a", "the", "their"])
_ORDINAL = re.compile(r"(?i)^(?:\d+(?:st|nd|rd|th)?|[ivxlc]+|first|second|third|next)$")
_DETERMINERS = frozenset(["these", "those", "this", "that", "its", "their", "our"])
_STOPWORDS = frozenset(["the", "a", "an", "on", "in", "at", "during", "within", "of"])


@dataclass
class EventEntity:
    idx: int
    names: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, int]] = field(default_factory=list)  # (sent, start, end)
    city: str | None = None
    country: str | None = None
    start: str | None = None
    end: str | None = None
    year: int | None = None
    written: list[str] = field(default_factory=list)  # a titled event's kind and title


def _clean(name: str, quoted: bool = False) -> str:
    """The name without its date or (unless a quoted title holds it) its city."""
    name = re.split(
        r"\s+(?:on|in)\s+(?=(?:January|February|March|April|May|June|July|August|"
        r"September|October|November|December)\b)",
        name,
    )[0]
    city = re.search(r"\s+(?:in|at)\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w-]+)?)$", name)
    # "German Medicine Week in Semey": the days and weeks of a country's medicine are named
    # by where they are held
    national = re.search(r"\b(?:Days|Week)\b", name[: city.start()]) if city else None
    if (
        city
        and not quoted  # the exhibition "MedExpo in Accra": the title as its makers wrote it
        and not national
        and (_geo.is_city(city.group("place")) or _geo.country_of(city.group("place")))
    ):
        # "Forum «…» in Astana", "Sixth Meeting of the Working Group in Kazakhstan": where it
        # is held, not its name
        name = name[: city.start()]
    # "a round table, "Cancer Care Without Borders,"": the comma inside the closing quote
    parts = name.rstrip(",;:").split()
    while parts and parts[0].casefold() in _STOPWORDS | _DETERMINERS:
        parts.pop(0)
    while parts and parts[-1].casefold() in _STOPWORDS | {"and", "for"}:
        parts.pop()
    return " ".join(parts)


_LOWER_LEAD = re.compile(r"(?:\b(?:[a-z][\w-]*|and)\s+){0,6}$")


def _described(before: str) -> str:
    """The lower-case words that describe a titled event: "the (international scientific)
    conference "…""; not a determiner or a preposition."""
    lead = _LOWER_LEAD.search(before)
    parts = lead.group().split() if lead else []
    while parts and parts[0].casefold() in _STOPWORDS | _DETERMINERS | {"and"}:
        parts.pop(0)
    cut = max((i + 1 for i, w in enumerate(parts) if w in _STOPWORDS | _DETERMINERS), default=0)
    return " ".join(parts[cut:]) + " " if parts[cut:] else ""


_VENUE_AFTER = re.compile(r"\s+(?:Center|Centre|Hall|Hotel|Palace|Complex|Building)\b")


def _same(a: str, b: str) -> bool:
    wa, wb = set(words(a)), set(words(b))
    short, long_ = sorted((wa, wb), key=len)
    if len(short) < 2 or _first_country(a) != _first_country(b) or _other_owner(a, b):
        return False
    # "the Uzbek-German Neuro Congress" of the "… Congress of Neurosurgery and Neurology": a
    # word clipped to its first letters is the word (not "Kyrgyz" of "Kyrgyzstan": whose days)
    return short <= long_ or all(
        w in long_
        or (len(w) >= 4 and _geo.country_of(w) is None and any(x.startswith(w) for x in long_))
        for w in short
    )


_WHOSE = re.compile(r"^(?:Days|Week)\s+of\s+(?:the\s+)?([\w’'-]+)")


def _other_owner(a: str, b: str) -> bool:
    """ "Week of Aktobe Healthcare" is not the "Week of Orenburg Healthcare in the Aktobe
    Region": the word after "of" says whose days or week they are."""
    wa, wb = _WHOSE.match(a), _WHOSE.match(b)
    if wa is None or wb is None or wa.group(1) == wb.group(1):
        return False
    ca, cb = _geo.country_of(wa.group(1)), _geo.country_of(wb.group(1))
    return ca is None or ca != cb  # "Kazakh" and "Kazakhstan": one country's days


def _first_country(name: str) -> str | None:
    """ "Days of Kyrgyz Healthcare" is not "Days of Uzbek Healthcare in the Kyrgyz Republic":
    the first country a name names is whose event it is."""
    return next((c for w in name.split() if (c := _geo.country_of(w))), None)


_MEETING_OF = re.compile(
    r"^(?:[a-z]\S*\s+)?(?P<what>meeting|session|sitting|conference)\s+of\s+(?:the\s+)?(.+)$"
)
_HOSTS = frozenset(["university", "hospital", "college", "research-center"])


def _body_meeting(doc: Doc, name: str) -> bool:
    """A sitting of an institution's council or board, or "the scientific conference of the
    University of X": an institution's own gathering, named by no name of its own."""
    m = _MEETING_OF.match(name)
    if m is None:
        return False
    owner = m.group(2).split()
    if any(w.casefold() in doc.rules.title_bodies for w in owner):
        return True
    return any(doc.rules.heads.get(w.casefold()) in _HOSTS for w in owner)


# "BioHabana 2024 International Congress": a brand word before the edition's year is the
# name's (not a month: "in May 2024 …"; not a word that opens the sentence)
_BRAND_BEFORE = re.compile(r"(?<=[\s(])((?:[A-Z][\w’'-]*\s){0,2}[A-Z][\w’'-]*)\s$")
# words that open a sentence or a clause before a brand: "During Arab Health 2025"
_NOT_BRAND = frozenset(["During", "At", "The", "In", "On", "For", "From", "To", "And", "With",
                        "Before", "After", "Since", "Under", "Within", "Through"])
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d\s")
_MONTHS = frozenset(m.capitalize() for m in MONTHS)  # "May", not "may"


def _branded_start(text: str, start: int) -> int:
    """Where an event's name starts: before a brand word its edition's year follows."""
    if not _YEAR_FIRST.match(text, start):
        return start
    m = _BRAND_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return start
    at = m.start(1)
    for word in m.group(1).split():  # "Iran Health 2024": the brand's words, not "During"
        if word not in _NOT_BRAND and word not in _MONTHS:
            break
        at += len(word) + 1
    return at if at < start else start


def _an_institution(doc: Doc, start: int, end: int) -> bool:
    return any(m.char_start < end and start < m.char_end for m in doc.inst_mentions)


def _names_person(doc: Doc, start: int, end: int) -> bool:
    return any(start <= p.char_start and p.char_end <= end for p in doc.person_mentions)


def find_events(doc: Doc, year: int | None) -> list[EventEntity]:
    events: list[EventEntity] = []
    for s, sent in enumerate(doc.sents):
        if doc.title_line is not None and sent.line == doc.title_line:
            continue
        low = sent.text.casefold()  # the hint is cheap, the full pattern is not
        found = list(_EVENT.finditer(sent.text)) if any(w in low for w in _EVENT_WORDS) else []
        if _BRANDED_HINT.search(sent.text):  # the hint is cheap, the full pattern is not
            found += _BRANDED.finditer(sent.text)
        if _HELD_HINT.search(sent.text):  # the hint is cheap, the full pattern is not
            found += _HELD.finditer(sent.text)
        if ", held" in low:
            found += _HELD_LOWER.finditer(sent.text)
        if "School" in sent.text and _GATHERED_HINT.search(sent.text):
            found += (
                m
                for m in _GATHERED.finditer(sent.text)
                if not _an_institution(doc, sent.start + m.start("name"), sent.start + m.end())
            )
        for m in found:
            group = next(
                g for g in ("title", "name2", "name3", "name4", "name") if m.groupdict().get(g)
            )
            if group == "name4" and any(
                w.casefold() in _EVENT_WORDS or w in _MONTHS for w in m.group(group).split()
            ):
                continue  # "… Cooperation Forum 2023 was held": read whole by the head noun;
                # "September 2024 in Tokyo": a date
            if group == "name" and _OBSERVANCE.search(m.group(group)):
                continue  # "World Tuberculosis Day", "International Day of the Midwife"
            if group == "name" and _NOT_ASSEMBLY.search(m.group(group)):
                continue  # "the National Assembly of Armenia": a parliament
            if _VENUE_AFTER.match(sent.text, m.end(group)):
                continue  # "the Baku Congress Center": a hall, not a congress
            start = _branded_start(sent.text, m.start(group))
            name = _clean(sent.text[start : m.end(group)], group == "title")
            if len(words(name)) < 2 or doc.rules.trigger_re.fullmatch(name):
                continue
            if name.casefold() == "round table":
                continue  # "The Round Table discussed …": no name of its own
            first = name.split()[0]
            if first.casefold() in ("press",) or first in _NOT_HELD:
                continue
            if first in doc.rules.stop_words:
                continue  # "In 2024 congress …": no name
            if _body_meeting(doc, name):
                continue  # "the meeting of the Academic Council of X": a body's sitting
            span = (sent.start + start, sent.start + m.end(group))
            if _MEETING_OF.match(name) and _names_person(doc, *span):
                continue  # "a meeting of the First Deputy Minister X with …": a person's talks
            if _demonym_of_people(sent.text, m.end(group), name):
                continue  # "the meeting of the Turkish guests with …": no name
            if all(_ORDINAL.match(w) for w in name.split()[:-1]):
                continue  # "the X Congress": an edition named by its number only
            quoted = re.search(r"[\"“«]([^\"”»]{3,150})[\"”»]$", name)
            target = next((e for e in events if any(_same(name, n) for n in e.names)), None)
            if target is None:
                target = EventEntity(len(events))
                events.append(target)
            if group == "title":  # also as written: "international conference "…""
                title = sent.text[m.start("title") - 1 : m.end("title") + 1]  # with quotes
                # "conference of X University "…"": whose it is, as written
                whose = sent.text[m.end("kind") : m.start("title") - 1].strip()
                whose = whose + " " if whose.startswith("of ") and "," not in whose else ""
                written = f"{_described(sent.text[: m.start()])}{m.group('kind')} {whose}{title}"
                if norm(written) not in {norm(x) for x in target.written}:
                    target.written.append(written)
            told = [quoted.group(1)] if quoted and not name.endswith("»") else []
            if m.groupdict().get("desc"):  # "Iran Health 2025 international exhibition"
                told.append(m.group("full"))
            for n in [name, *told]:
                if norm(n) not in {norm(x) for x in target.names}:
                    target.names.append(n)
            target.spans.append((s, sent.start + start, sent.start + m.end(group)))
    events = _apposed(doc, events)
    for e in events:
        e.names.sort(key=lambda n: -len(words(n)))
        e.names += [w for w in e.written if norm(w) not in {norm(n) for n in e.names}]
        _details(doc, e, year)
    return events


_LOWER_NEXT = re.compile(r"\s+[a-z]")


def _demonym_of_people(text: str, end: int, name: str) -> bool:
    """A name that ends in a country's adjective before a lower-case word ("… of the Turkish
    guests"): the adjective describes the word after it, which is no name."""
    return _geo.is_demonym(name.split()[-1]) and _LOWER_NEXT.match(text, end) is not None


def _apposed(doc: Doc, events: list[EventEntity]) -> list[EventEntity]:
    """ "The Second Tashkent International … Fair, TashMed Expo 2025, closed on …": a name
    set right after another by a comma is that event's other name."""
    ends = {(s, end): e for e in events for s, _, end in e.spans}
    gone: set[int] = set()
    for e in events:
        for s, start, _ in list(e.spans):
            gap = 6 if doc.text[start - 6 : start] == ", the " else 2  # "X 2024, the 14th …"
            first = ends.get((s, start - gap))
            if first is None or first is e or first.idx in gone:
                continue
            if doc.text[start - gap : start - gap + 2] != ", ":
                continue
            first.names += [n for n in e.names if norm(n) not in {norm(x) for x in first.names}]
            first.spans += e.spans
            first.written += e.written
            gone.add(e.idx)
            break
    if not gone:
        return events
    kept = [e for e in events if e.idx not in gone]
    for k, e in enumerate(kept):
        e.idx = k
    return kept


def _details(doc: Doc, e: EventEntity, year: int | None) -> None:
    for s, _, _ in e.spans:
        text = doc.sents[s].text
        rng = find_range(text)
        if rng and e.start is None:
            e.start, e.end, y = rng
            e.year = y or year
        if e.city is None:
            for cm in re.finditer(r"\b(?:in|at)\s+([A-Z][\w-]+)|^([A-Z][\w-]+)\s+hosted", text):
                city = cm.group(1) or cm.group(2)
                if _geo.city_country(city):
                    e.city = city
                    break
    in_country = re.search(r"\bin\s+(?:the\s+)?([A-Z]\w+(?:\s+[A-Z]\w+)?)$", e.names[0])
    if in_country:
        e.country = _geo.country_of(in_country.group(1))
    home = dateline_city(doc) if e.city is None and e.country else None
    if home and _geo.city_country(home) == e.country:
        e.city = home  # "Days of X Medicine in Azerbaijan" under "Baku, 3 May": held in Baku
    if e.year is None and e.start is None:
        e.year = None
