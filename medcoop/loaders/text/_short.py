"""One-word short names: the word that opens a longer name before a dash ("Charité –
Universitätsmedizin Berlin", then "Charité") or before its head noun ("Sheba Medical Center",
then "between Sheba and David Tvildiani Medical University"), written alone elsewhere."""

from __future__ import annotations

import re

from ._chunks import title_start
from ._doc import Doc, InstMention, is_place, norm
from ._entities import LEGAL_FORMS_FIRST, spelled
from ._geo import is_demonym
from ._names import is_initials, is_title_word
from ._sentences import Token, is_word

_DASH_NAME = re.compile(
    r"(?<![\w-])([A-Z][^\W\d_]{2,})\s+[–—]\s+((?:[A-Z][^\W\d_]+\s+){0,3}[A-Z][^\W\d_]+)"
)


def dash_shorts(doc: Doc) -> frozenset[str]:
    """The one words written before a spaced dash and a capitalised head noun, not a field
    word after "of" ("Department of Health – Abu Dhabi" names no "Health")."""
    out = set()
    for m in _DASH_NAME.finditer(doc.text):
        word = m.group(1)
        before = doc.text[max(0, m.start() - 5) : m.start()].split()
        if before and before[-1].casefold() in ("of", "for") and not _distinctive(doc, word):
            continue  # "Department of Health – Abu Dhabi" (not "the invitation of Charité – …")
        if not any(w.casefold() in doc.rules.heads for w in m.group(2).split()):
            continue
        if word.casefold() in doc.rules.heads:
            continue
        if is_place(word) or word in doc.rules.stop_words:
            continue
        out.add(word)
    return frozenset(out)


def lead_words(doc: Doc) -> frozenset[str]:
    """Words that open one name of capitalised words ending in a head noun ("Sheba Medical
    Center") and stand alone elsewhere, followed by no capitalised word ("between Sheba and").
    A word that opens two names ("Dow University Hospital", "Dow University of …") is left."""
    opening: dict[str, set[str]] = {}
    alone: set[str] = set()
    for toks in doc.toks:
        for i, t in enumerate(toks):
            if not (t.is_cap and is_word(t)) or not _distinctive(doc, t.text):
                continue
            if t.is_acronym and not _brand(doc, t.text):
                continue
            prev = toks[i - 1] if i else None
            if prev is not None and prev.text.casefold() in LEGAL_FORMS_FIRST and (
                i + 1 == len(toks) or not toks[i + 1].is_cap
            ):
                # "RUE Belmedpreparaty": the company's own name follows its legal form
                opening.setdefault(t.text, set()).add(norm(t.text))
                continue
            if prev is not None and (
                (prev.is_cap and prev.text not in doc.rules.stop_words)  # not "The"
                or is_initials(prev) or prev.text in ("'s", "’s")
            ):
                continue
            if _field_after_and(doc, toks, i):
                continue  # "Centre for Disease Control and Prevention": a field of the name
            nxt = toks[i + 1 : i + 5]
            titled = bool(nxt) and is_title_word(doc, nxt[0]) and not is_title_word(doc, t)
            titled = titled and title_start(doc, toks, i + 1)  # not "First Deputy Minister"
            if not nxt or not (nxt[0].is_cap and is_word(nxt[0])) or titled:
                alone.add(t.text)  # also "Sapienza Vice-Rector for …": a title follows
                continue
            run = 0  # the capitalised words after it, up to the last head noun among them
            for k, u in enumerate(nxt):
                if not (u.is_cap and is_word(u)):
                    break
                if u.text.casefold() in doc.rules.heads:
                    run = k + 1
            if run:
                run_name = spelled(" ".join(x.text for x in nxt[:run]), least=1)
                after = toks[i + 1 + run].text if i + 1 + run < len(toks) else ""
                if after in ("of", "for"):  # "Dow University of Health Sciences": more follows
                    run_name += " …"
                opening.setdefault(t.text, set()).add(run_name)
    doc.openers = frozenset(w for w in opening if w in alone)
    return frozenset(w for w, names in opening.items() if _one_name(doc, names) and w in alone)


def tail_words(doc: Doc) -> frozenset[str]:
    """The word that closes a name its head noun opens ("Hospital Israelita Albert Einstein"),
    written alone elsewhere before a lower-case word ("Einstein signed a memorandum")."""
    ends: set[str] = set()
    for toks in doc.toks:
        for i, t in enumerate(toks):
            if not t.text[:1].isupper() or t.text.casefold() not in doc.rules.heads:
                continue
            if i > 0 and toks[i - 1].is_cap:
                continue  # the head ends a name here, it does not open one
            k = i + 1
            while k < len(toks) and toks[k].is_cap and is_word(toks[k]) and not toks[k].is_acronym:
                k += 1
            last = toks[k - 1].text
            if k - i >= 3 and last.casefold() not in doc.rules.heads and not is_place(last) and (
                _distinctive(doc, last)
            ):
                ends.add(last)
    if not ends:
        return frozenset()
    alone = {
        t.text
        for toks in doc.toks
        for i, t in enumerate(toks)
        if t.text in ends
        and (i == 0 or not toks[i - 1].is_cap)
        and i + 1 < len(toks)
        and toks[i + 1].text.isalpha()
        and toks[i + 1].text.islower()
        and toks[i + 1].text not in ("of", "and", "de", "for")
    }
    return frozenset(alone)


def _field_after_and(doc: Doc, toks: list[Token], i: int) -> bool:
    """toks[i] follows "and" after the field a name's "for"/"of" opens ("… Centre for Disease
    Control and Prevention", "… Disease Control and Prevention Agency")."""
    if i < 3 or toks[i - 1].text not in ("and", "&"):
        return False
    k = i - 2
    while k >= 0 and toks[k].is_cap and is_word(toks[k]) and not toks[k].is_acronym:
        if toks[k].text.casefold() in doc.rules.heads:
            return False
        k -= 1
    if k < 0 or k == i - 2:
        return False
    # "… for Disease Control and": a name's field; "the Korea Disease Control and": two words
    # of a name with its head to come
    return toks[k].text in ("for", "of") or (k < i - 3 and not toks[k].is_cap)


def _one_name(doc: Doc, names: set[str]) -> bool:
    """One name, or shorter forms of the longest ("Fann University Hospital" in a headline,
    "Fann National University Hospital Centre" below); not two ("Dow University Hospital",
    "Dow University of Health Sciences"), nor a unit with its parent ("Juntendo University
    International Office")."""
    if len(names) == 1:
        return True
    longest = set(max(names, key=len).split())
    return all(set(n.split()) <= longest for n in names) and not any(
        w.casefold() in doc.rules.subunit_heads for w in longest)


def lead_pairs(doc: Doc) -> frozenset[tuple[str, str]]:
    """Two words that open one name of capitalised words ending in a head noun ("Tikur
    Anbessa Specialized Hospital") and stand alone elsewhere, followed by no capitalised word
    ("Tikur Anbessa, the country's largest hospital"), as :func:`lead_words` does for one."""
    opening: dict[tuple[str, str], set[str]] = {}
    alone: set[tuple[str, str]] = set()
    for toks in doc.toks:
        for i in range(len(toks) - 1):
            t, u = toks[i], toks[i + 1]
            if not all(x.is_cap and is_word(x) and not x.is_acronym for x in (t, u)):
                continue
            if not (_distinctive(doc, t.text) and _distinctive(doc, u.text)):
                continue
            if is_title_word(doc, t) or is_title_word(doc, u) or is_place(f"{t.text} {u.text}"):
                continue
            prev = toks[i - 1] if i else None
            if (
                prev is not None
                and prev.text != "The"  # "The Silver Lantern Children's Hospital"
                and (prev.is_cap or is_initials(prev) or prev.text in ("'s", "’s"))
            ):
                continue
            pair = (t.text, u.text)
            nxt = toks[i + 2 : i + 6]
            if not nxt or not (nxt[0].is_cap and is_word(nxt[0])):
                if not nxt or nxt[0].text not in ("'s", "’s"):
                    alone.add(pair)
                continue
            run = 0
            for k, x in enumerate(nxt):
                if not ((x.is_cap and is_word(x)) or x.text in ("'s", "’s")):
                    break
                if x.text.casefold() in doc.rules.heads:
                    run = k + 1
            if run:
                run_name = " ".join(x.text for x in nxt[:run])
                opening.setdefault(pair, set()).add(spelled(run_name, least=1))
    return frozenset(p for p, names in opening.items() if len(names) == 1 and p in alone)


def _brand(doc: Doc, word: str) -> bool:
    """A capitalised brand that opens a name ("INCLIVA Biomedical Research Institute"): five
    capitals or more, not the short form of a name the text spells out ("(KazNMU)"), and no
    international body ("UNICEF Country Office")."""
    return (
        len(word) >= 5
        and word.isalpha()
        and word.isupper()
        and f"({word})" not in doc.text
        and word.casefold() not in doc.rules.international_bodies
    )


def _distinctive(doc: Doc, word: str) -> bool:
    low = word.casefold()
    return not (
        low in doc.rules.heads
        or low in doc.rules.org_words
        or word in doc.rules.stop_words
        or word in doc.rules.not_names
        or is_place(word)
        or is_demonym(word)
    )


def short_mentions(doc: Doc, raw: list[InstMention], tails: frozenset[str] = frozenset()) -> None:
    """The dash name carries its one word as a short form; the word alone is a mention. A
    word of ``tails`` is the short form of the name it closes."""
    _pair_mentions(doc, raw)
    if not doc.short_names:
        return
    covered = {(m.sent, k) for m in raw for k in range(m.start, m.end)}
    for m in raw:
        first = doc.toks[m.sent][m.start].text
        last = doc.toks[m.sent][m.end - 1].text
        if first in doc.short_names and m.acronym is None and m.end - m.start > 2:
            m.acronym = first
        elif last in tails and m.acronym is None and m.end - m.start > 2 and (
            doc.toks[m.sent][m.start].text.casefold() in doc.rules.heads
        ):
            m.acronym = last  # "Hospital Israelita Albert Einstein": "Einstein"
    for s, toks in enumerate(doc.toks):
        for i, t in enumerate(toks):
            if t.text not in doc.short_names or (s, i) in covered or i in doc.blocked[s]:
                continue
            raw.append(_bare_mention(s, toks, i, i + 1, t.text))


def _pair_mentions(doc: Doc, raw: list[InstMention]) -> None:
    """The name a pair of :func:`lead_pairs` opens carries it as a short form; the pair alone
    is a mention."""
    pairs = lead_pairs(doc)
    if not pairs:
        return
    covered = {(m.sent, k) for m in raw for k in range(m.start, m.end)}
    for m in raw:
        toks = doc.toks[m.sent]
        pair = (toks[m.start].text, toks[m.start + 1].text) if m.end - m.start > 3 else None
        if pair in pairs and m.acronym is None:
            m.acronym = " ".join(pair)
    for s, toks in enumerate(doc.toks):
        for i in range(len(toks) - 1):
            t, u = toks[i], toks[i + 1]
            if (t.text, u.text) not in pairs or (s, i) in covered or (s, i + 1) in covered:
                continue
            if i in doc.blocked[s] or i + 1 in doc.blocked[s]:
                continue
            if i + 2 < len(toks) and toks[i + 2].is_cap and is_word(toks[i + 2]):
                continue
            raw.append(_bare_mention(s, toks, i, i + 2, f"{t.text} {u.text}"))


def _bare_mention(s: int, toks: list[Token], i: int, j: int, text: str) -> InstMention:
    """Tokens i..j of sentence s as a mention of a short form (its own acronym), possessive
    when "'s" follows."""
    return InstMention(
        sent=s,
        start=i,
        end=j,
        text=text,
        char_start=toks[i].start,
        char_end=toks[j - 1].end,
        head=None,
        kind="other",
        acronym=text,
        possessive=j < len(toks) and toks[j].text in ("'s", "’s"),
    )
