"""Scoring extracted facts against annotated gold facts (the rules of ``FORMAT.md``).

Both sides are dicts in the corpus JSON form, so the same functions score facts straight from
the text extractor and facts read back from the graph.

How entities are matched
    Names are normalised (Unicode NFKC, case folding, curly apostrophes and quotes made
    straight, white space collapsed). A predicted entity is *compatible* with a gold entity when
    one of its names (name or aliases) equals one of the gold names. People are also compatible
    when surname and initials agree: "O. Abishev" ~ "Abishev O." ~ "Olzhas Abishev" (same
    surname, and the initials of one are a prefix of the initials of the other; both sides must
    have at least one initial, so a bare surname only matches through the names themselves).
    Honorifics (Dr, Prof., Mr …) are ignored for this test.

    The one-to-one assignment is a *maximum bipartite matching* over the compatibility graph
    (Kuhn's augmenting paths, predicted entities tried in their order, gold candidates in theirs),
    so a greedy choice can never cost a match that another assignment would have made. Matched
    pairs are true positives, unmatched predictions false positives, unmatched gold false
    negatives.

Institution country and kind
    Accuracy over matched institutions (``None`` equals ``None``).

Positions
    Every position is a key (person, institution): the person through the people matching, the
    institution through the institution matching (``None`` when no institution is named; an
    unmatched predicted institution never equals a gold one). Predicted and gold positions are
    matched one-to-one on equal keys, pairs with equal titles first; matched pairs are true
    positives. The title is then compared after normalisation (NFKC, case folding, quotes,
    white space): ``title_accuracy`` is the share of matched positions with the same title
    (``None`` equals ``None``). Positions of an unmatched person are false positives/negatives.

Agreements
    The party set of a predicted agreement is mapped through the institution matching; it matches
    a gold agreement when the mapped set equals the gold set (one-to-one, same kind preferred).
    Over matched agreements: ``event`` accuracy (event mapped through the event matching),
    ``signatories`` accuracy (mapped sets equal) and ``date`` accuracy (equal strings).

Agreement counts
    Match when the count is equal and the event is the same (mapped through the event matching).

Planned reported as signed
    When the report text is given, a predicted agreement that matches no gold agreement in a
    report whose text contains a hedge ("plan to sign", "draft" …) is counted in
    ``hedged_spurious``: the worst error an extractor can make.

Run ``python -m medcoop.evaluation DIR [--verbose]`` to extract and score every ``NAME.txt``
against ``NAME.gold.json`` in DIR.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CATEGORIES = ("institutions", "people", "positions", "events", "agreements", "agreement_counts")
ACCURACIES = (
    "institution_country",
    "institution_kind",
    "position_title",
    "agreement_event",
    "agreement_signatories",
    "agreement_date",
)

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
    }
)
_WS = re.compile(r"\s+")
_HONORIFICS = frozenset(
    [
        "dr",
        "dr.",
        "prof",
        "prof.",
        "professor",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "mx",
        "sir",
        "academician",
    ]
)
_INITIALS = re.compile(r"^(?:[^\W\d_]\.?-?){1,3}$")


def normalize(name: str | None) -> str:
    """The form names are compared in: NFKC, case folded, straight quotes, single spaces."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).translate(_QUOTES).casefold()
    return _WS.sub(" ", text).strip()


# ------------------------------------------------------------------------------------------
# Person names: surname + initials


def person_key(name: str) -> tuple[str, str] | None:
    """(surname, initials) of a person's name, or None when it has no initials to compare.

    "O. Abishev" / "Abishev O." -> ("abishev", "o"); "Boranbaeva R.Z." -> ("boranbaeva", "rz");
    "Riza Boranbaeva" -> ("boranbaeva", "r").
    """
    tokens = [t for t in normalize(name).replace(",", " ").split() if t not in _HONORIFICS]
    if len(tokens) < 2:
        return None
    initial_tokens = [t for t in tokens if "." in t and _INITIALS.match(t)]
    if initial_tokens:
        words = [t for t in tokens if t not in initial_tokens]
        if not words:
            return None
        initials = "".join(c for t in initial_tokens for c in t if c.isalpha())
        return words[-1] if tokens[0] in initial_tokens else words[0], initials
    return tokens[-1], "".join(t[0] for t in tokens[:-1])


def _person_compatible(a: str, b: str) -> bool:
    ka, kb = person_key(a), person_key(b)
    if ka is None or kb is None or ka[0] != kb[0]:
        return False
    short, long_ = sorted((ka[1], kb[1]), key=len)
    return bool(short) and long_.startswith(short)


# ------------------------------------------------------------------------------------------
# Matching


def max_matching(n_pred: int, n_gold: int, ok: Callable[[int, int], bool]) -> dict[int, int]:
    """A maximum bipartite matching {pred index: gold index} (Kuhn's augmenting paths)."""
    adj = [[g for g in range(n_gold) if ok(p, g)] for p in range(n_pred)]
    gold_of: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g in adj[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in gold_of or augment(gold_of[g], seen):
                gold_of[g] = p
                return True
        return False

    for p in range(n_pred):
        augment(p, set())
    return {p: g for g, p in gold_of.items()}


def _names(entity: Mapping[str, Any]) -> set[str]:
    names = {normalize(entity.get("name"))}
    names.update(normalize(a) for a in entity.get("aliases") or [])
    names.discard("")
    return names


def match_entities(
    pred: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]], person: bool = False
) -> dict[int, int]:
    """One-to-one matching of predicted to gold entities by their names."""
    pn = [_names(e) for e in pred]
    gn = [_names(e) for e in gold]

    def ok(p: int, g: int) -> bool:
        if pn[p] & gn[g]:
            return True
        return person and any(_person_compatible(a, b) for a in pn[p] for b in gn[g])

    return max_matching(len(pred), len(gold), ok)


# ------------------------------------------------------------------------------------------
# Results


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def record(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def add(self, other: Accuracy) -> None:
        self.correct += other.correct
        self.total += other.total


@dataclass
class ReportScore:
    """The score of one report: counts per category, accuracies, misses and spurious facts."""

    name: str = ""
    prf: dict[str, PRF] = field(default_factory=lambda: {c: PRF() for c in CATEGORIES})
    accuracy: dict[str, Accuracy] = field(
        default_factory=lambda: {a: Accuracy() for a in ACCURACIES}
    )
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    hedged_spurious: int = 0


@dataclass
class CorpusScore:
    """Micro-averaged totals over reports, plus the per-report scores."""

    reports: list[ReportScore] = field(default_factory=list)
    prf: dict[str, PRF] = field(default_factory=lambda: {c: PRF() for c in CATEGORIES})
    accuracy: dict[str, Accuracy] = field(
        default_factory=lambda: {a: Accuracy() for a in ACCURACIES}
    )
    hedged_spurious: int = 0


# ------------------------------------------------------------------------------------------
# Scoring one report


def _entity_category(
    score: ReportScore, cat: str, pred: list[dict[str, Any]], gold: list[dict[str, Any]]
) -> dict[int, int]:
    m = match_entities(pred, gold, person=cat == "people")
    prf = score.prf[cat]
    prf.tp = len(m)
    prf.fp = len(pred) - len(m)
    prf.fn = len(gold) - len(m)
    matched_gold = set(m.values())
    score.spurious += [f"{cat}: {e.get('name')!r}" for i, e in enumerate(pred) if i not in m]
    score.misses += [
        f"{cat}: {e.get('name')!r}" for i, e in enumerate(gold) if i not in matched_gold
    ]
    return m


def _id_map(pred: list[dict[str, Any]], gold: list[dict[str, Any]], m: dict[int, int]) -> Any:
    """A function: predicted id -> gold id (or a token that equals no gold id)."""
    table = {pred[p].get("id"): gold[g].get("id") for p, g in m.items()}

    def to_gold(pid: Any) -> Any:
        if pid is None:
            return None
        return table.get(pid, ("unmatched", pid))

    return to_gold


def _score_positions(
    score: ReportScore, pred: dict[str, Any], gold: dict[str, Any], person_map: Any, inst_map: Any
) -> None:
    def keys(people: list[dict[str, Any]], pmap: Any, imap: Any) -> list[tuple[Any, Any, str]]:
        out = []
        for person in people:
            for pos in person.get("positions") or []:
                key = (pmap(person.get("id")), imap(pos.get("institution")))
                out.append((*key, normalize(pos.get("title"))))
        return out

    pk = keys(pred.get("people") or [], person_map, inst_map)
    gk = keys(gold.get("people") or [], lambda x: x, lambda x: x)
    free = list(range(len(gk)))
    matched: list[tuple[int, int]] = []
    unmatched_pred: list[int] = []
    for same_title in (True, False):
        rest = []
        for i in unmatched_pred if not same_title else range(len(pk)):
            j = next(
                (
                    j
                    for j in free
                    if gk[j][:2] == pk[i][:2] and (not same_title or gk[j][2] == pk[i][2])
                ),
                None,
            )
            if j is None:
                rest.append(i)
            else:
                free.remove(j)
                matched.append((i, j))
        unmatched_pred = rest
    prf = score.prf["positions"]
    prf.tp, prf.fp, prf.fn = len(matched), len(unmatched_pred), len(free)
    for i, j in matched:
        ok = pk[i][2] == gk[j][2]
        score.accuracy["position_title"].record(ok)
        if not ok:
            score.wrong.append(f"position title {pk[i][2]!r} != {gk[j][2]!r} ({gk[j][0]})")
    score.spurious += [f"positions: {pk[i]}" for i in unmatched_pred]
    score.misses += [f"positions: {gk[j]}" for j in free]


def _score_agreements(
    score: ReportScore, pred: dict[str, Any], gold: dict[str, Any], maps: tuple[Any, Any, Any]
) -> list[int]:
    inst_map, person_map, event_map = maps
    pa = pred.get("agreements") or []
    ga = gold.get("agreements") or []
    psets = [frozenset(map(inst_map, a.get("parties") or [])) for a in pa]
    gsets = [frozenset(a.get("parties") or []) for a in ga]
    # Same kind first, then any kind: equal party sets are an equivalence, so this is maximum.
    m: dict[int, int] = {}
    for same_kind in (True, False):
        for p in range(len(pa)):
            if p in m:
                continue
            for g in range(len(ga)):
                if g in m.values() or psets[p] != gsets[g]:
                    continue
                if same_kind and pa[p].get("kind") != ga[g].get("kind"):
                    continue
                m[p] = g
                break
    prf = score.prf["agreements"]
    prf.tp, prf.fp, prf.fn = len(m), len(pa) - len(m), len(ga) - len(m)
    for p, g in m.items():
        a, b = pa[p], ga[g]
        score.accuracy["agreement_event"].record(event_map(a.get("event")) == b.get("event"))
        sig = {person_map(s) for s in a.get("signatories") or []}
        score.accuracy["agreement_signatories"].record(sig == set(b.get("signatories") or []))
        score.accuracy["agreement_date"].record(a.get("date") == b.get("date"))
    unmatched = [p for p in range(len(pa)) if p not in m]
    score.spurious += [f"agreements: {sorted(map(str, psets[p]))}" for p in unmatched]
    score.misses += [
        f"agreements: {sorted(gsets[g])}" for g in range(len(ga)) if g not in m.values()
    ]
    return unmatched


def _score_counts(score: ReportScore, pred: dict[str, Any], gold: dict[str, Any], ev: Any) -> None:
    pc = [(c.get("count"), ev(c.get("event"))) for c in pred.get("agreement_counts") or []]
    gc = [(c.get("count"), c.get("event")) for c in gold.get("agreement_counts") or []]
    free = list(gc)
    tp = 0
    for item in pc:
        if item in free:
            free.remove(item)
            tp += 1
        else:
            score.spurious.append(f"agreement_counts: {item}")
    score.misses += [f"agreement_counts: {item}" for item in free]
    prf = score.prf["agreement_counts"]
    prf.tp, prf.fp, prf.fn = tp, len(pc) - tp, len(free)


def score_report(
    pred: Mapping[str, Any],
    gold: Mapping[str, Any],
    text: str | None = None,
    name: str = "",
    hedges: Iterable[str] | None = None,
) -> ReportScore:
    """Score one report's predicted facts against its gold facts (both in the JSON form)."""
    p, g = dict(pred), dict(gold)
    score = ReportScore(name=name)
    sections = {}
    for cat in ("institutions", "people", "events"):
        pl, gl = list(p.get(cat) or []), list(g.get(cat) or [])
        m = _entity_category(score, cat, pl, gl)
        sections[cat] = (pl, gl, m, _id_map(pl, gl, m))
    pi, gi, mi, inst_map = sections["institutions"]
    for pidx, gidx in mi.items():
        a, b = pi[pidx], gi[gidx]
        score.accuracy["institution_country"].record(a.get("country") == b.get("country"))
        score.accuracy["institution_kind"].record(a.get("kind", "other") == b.get("kind"))
        if a.get("country") != b.get("country"):
            score.wrong.append(f"country of {b['name']!r}: {a.get('country')} != {b['country']}")
        if a.get("kind", "other") != b.get("kind"):
            score.wrong.append(f"kind of {b['name']!r}: {a.get('kind')} != {b.get('kind')}")
    person_map = sections["people"][3]
    event_map = sections["events"][3]
    _score_positions(score, p, g, person_map, inst_map)
    unmatched = _score_agreements(score, p, g, (inst_map, person_map, event_map))
    _score_counts(score, p, g, event_map)
    if text is not None and unmatched:
        words = list(hedges) if hedges is not None else _default_hedges()
        low = normalize(text)
        if any(normalize(h) in low for h in words):
            score.hedged_spurious = len(unmatched)
    return score


def _default_hedges() -> list[str]:
    try:
        from medcoop.loaders.text._rules import rules

        return list(rules().hedges)
    except Exception:  # the scorer must work without the extractor's data
        return ["plan to sign", "intend to sign", "will sign", "draft", "to be drafted"]


def score_corpus(pairs: Iterable[Any]) -> CorpusScore:
    """Micro-averaged score over (pred, gold) or (pred, gold, text, name) tuples."""
    total = CorpusScore()
    for item in pairs:
        pred, gold, *rest = item
        text = rest[0] if rest else None
        name = rest[1] if len(rest) > 1 else ""
        rs = score_report(pred, gold, text=text, name=name)
        total.reports.append(rs)
        for c in CATEGORIES:
            total.prf[c].add(rs.prf[c])
        for a in ACCURACIES:
            total.accuracy[a].add(rs.accuracy[a])
        total.hedged_spurious += rs.hedged_spurious
    return total


# ------------------------------------------------------------------------------------------
# Runner


def score_directory(directory: Path) -> CorpusScore:
    """Extract every NAME.txt in ``directory`` and score it against NAME.gold.json."""
    from medcoop.loaders.text import extract

    pairs = []
    for txt in sorted(directory.glob("*.txt")):
        gold_path = txt.with_name(txt.stem + ".gold.json")
        if not gold_path.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pairs.append((extract(text).to_dict(), gold, text, txt.stem))
    return score_corpus(pairs)


def format_score(score: CorpusScore, verbose: bool = False) -> str:
    lines = [f"{'category':<18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for c in CATEGORIES:
        s = score.prf[c]
        lines.append(f"{c:<18}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp:5}{s.fp:5}{s.fn:5}")
    lines.append("")
    for a in ACCURACIES:
        acc = score.accuracy[a]
        lines.append(f"{a:<24}{acc.value:7.3f}  ({acc.correct}/{acc.total})")
    lines.append(f"{'planned reported as signed':<24}{score.hedged_spurious:7}")
    lines.append("")
    short = ("inst", "ppl", "pos", "evt", "agr", "cnt")
    lines.append(f"{'report':<46}" + "".join(f"{s:>6}" for s in short))
    for r in score.reports:
        lines.append(f"{r.name[:45]:<46}" + "".join(f"{r.prf[c].f1:6.2f}" for c in CATEGORIES))
        if verbose:
            lines += [f"    MISS  {m}" for m in r.misses]
            lines += [f"    SPUR  {s}" for s in r.spurious]
            lines += [f"    WRONG {w}" for w in r.wrong]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the text extractor on a corpus dir.")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    score = score_directory(args.directory)
    sys.stdout.write(format_score(score, args.verbose) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
