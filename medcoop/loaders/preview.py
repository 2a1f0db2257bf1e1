"""What a file would add to the store, read back from an in-memory graph; and corpus scoring.

Both go through the real path: loader → mapping → store → SPARQL reader, so what they show or
score is what the graph holds, not what the extractor's objects say.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from medcoop.errors import InputError
from medcoop.evaluation import CorpusScore, score_corpus
from medcoop.facts import Facts
from medcoop.graph.ids import Minter
from medcoop.graph.store import EXPORT_FORMATS, Store
from medcoop.graph.terms import PREFIXES
from medcoop.loaders import Parsed, parse_file


@dataclass
class Preview:
    parsed: Parsed
    facts: Facts | None  # read back from the graph; None for RDF files

    def turtle(self) -> str:
        quads = (q for graph in self.parsed.graphs.values() for q in graph)
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
        data = ox.serialize(triples, format=EXPORT_FORMATS["turtle"], prefixes=PREFIXES)
        return (data or b"").decode("utf-8")


def preview(path: Path, minter: Minter | None = None, evidence: bool = True) -> Preview:
    """Load ``path`` into a throw-away in-memory store and read its facts back."""
    with Store(None, base=minter.base if minter else None) as store:
        parsed = parse_file(path, store.minter)
        store.replace_graphs(parsed.graphs)
        facts = None
        if parsed.facts is not None:
            facts = store.facts(next(iter(parsed.graphs)), evidence=evidence)
    return Preview(parsed, facts)


def evaluate_directory(directory: Path) -> CorpusScore:
    """Score the text loader on every NAME.txt / NAME.gold.json pair in ``directory``.

    Each text goes through the loader into a graph; the facts read back from that graph are
    scored against the gold facts as FORMAT.md says.
    """
    pairs = []
    texts = sorted(p for p in directory.glob("*") if p.suffix in (".txt", ".md", ".html"))
    for text_path in texts:
        gold_path = text_path.with_name(text_path.stem + ".gold.json")
        if not gold_path.exists():
            continue
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read the gold facts: {exc}", str(gold_path)) from exc
        result = preview(text_path, evidence=False)
        assert result.facts is not None
        text = text_path.read_text(encoding="utf-8", errors="replace")
        pairs.append((result.facts.to_dict(), gold, text, text_path.stem))
    if not pairs:
        raise InputError("no NAME.txt with a NAME.gold.json beside it; nothing to score",
                         str(directory))
    return score_corpus(pairs)
