"""Floors on the corpora the reader's rules were written against: a rule that breaks an
earlier corpus fails here. Each floor sits a little under the score when the corpus became a
development set (dev, own, holdout in the first rounds; holdoutN in round N+1; holdout9, 11
and 12 in round 9; holdout15, 16 and 17 in round 10; holdout18 and 19 in round 11; holdout20
and 21 in round 12; holdout22-24 in round 13; holdout25-26 in round 14; holdout27-28, measured
unseen after round 14, got round 15's fixes; holdout29-30 were measured unseen with round 15
and no rule has been written against them yet). The honest figures, on corpora no rule had
seen, are in the README."""

from __future__ import annotations

from pathlib import Path

import pytest

from medcoop.evaluation import score_directory

CORPUS = Path(__file__).parent / "corpus"
CATEGORIES = ("institutions", "people", "positions", "events", "agreements", "agreement_counts")

# corpus: (reports, F1 floors in CATEGORIES order, country accuracy, kind accuracy); None = no
# floor. The annotations disagree on a city in a name ("Tashkent Medical Academy"): dev, own,
# holdout4 and the corpora written last (holdout7-10) give its country, holdout, holdout2,
# holdout3, holdout5 and holdout6 do not; the reader follows the first (README, "Reading press
# releases"), so the country floors of the second sit lower than they did. Round 10 reads
# "Baghdad Medical City" in holdout (a "medical city" is a hospital), one more city-named
# institution that corpus leaves without a country: its country floor went from 0.81 to 0.80.
# Round 11 places the hosts a delegation visits in the country its visit went to ("arrived in
# Baku … visited the X"), as holdout18 and holdout19 give them (five hosts); holdout6 leaves two
# such hosts without a country ("arrived in New Delhi, also visited X"): its floor went from
# 0.84 to 0.82. Round 13 places the clinics where the visiting specialists of a "Days of X
# Medicine in Y" worked in Y ("Uzbek specialists held master classes at the X"), as holdout16,
# holdout20, holdout22, holdout3 and holdout9 give them; holdout6 leaves two such hosts without
# a country: its floor went from 0.82 to 0.79. Round 14 places the institutions of a country's
# first-level region in that country ("Ministry of Health of the Republic of Tatarstan", "Xinjiang
# Medical University", and a city of such a text, "Kazan State Medical University"), as holdout12,
# holdout13, holdout20 and holdout25 give them; holdout and holdout6, which leave a city in a name
# unplaced too, leave five and four such institutions without a country: their floors went from
# 0.80 to 0.76 and from 0.79 to 0.73. Round 17 reads an approximate count as a count ("more than
# 20 memorandums were signed" gives 20), as holdout4, holdout23 and holdout34 annotate it; own and
# holdout leave such a count out (one report each): their counts floors went from 0.99 to 0.79
# and from 0.99 to 0.85, and holdout4's and holdout23's rose to 0.99.
FLOORS: dict[str, tuple[int, tuple[float | None, ...], float, float | None]] = {
    "dev": (13, (0.99, 0.99, 0.97, 0.99, 0.99, 0.99), 0.90, 0.93),  # country: the target
    "own": (21, (0.97, 0.99, 0.86, 0.99, 0.99, 0.79), 0.92, 0.99),
    "holdout": (23, (0.94, 0.97, 0.91, 0.99, 0.96, 0.85), 0.76, 0.93),
    "holdout2": (23, (0.95, 0.98, 0.93, 0.99, 0.98, 0.99), 0.84, None),
    "holdout3": (25, (0.95, 0.98, 0.91, 0.90, 0.99, 0.99), 0.86, None),
    "holdout4": (20, (0.93, 0.98, 0.88, 1.00, 1.00, 1.00), 0.91, None),
    "holdout5": (20, (0.96, 1.00, 0.87, 1.00, 0.90, None), 0.75, None),
    "holdout6": (18, (0.98, 0.98, 0.94, 0.99, 0.96, 0.99), 0.73, None),
    # country 0.89 -> 0.88: "a delegation … visited the Republic of Türkiye" now places the
    # hospital it visited there, which the annotator left without a country
    "holdout7": (10, (0.94, 0.98, 0.89, 0.93, 0.95, 0.99), 0.88, None),
    "holdout8": (12, (0.89, 0.97, 0.87, 1.00, 0.85, 1.00), 0.92, 0.90),
    "holdout9": (16, (0.94, 0.98, 0.84, 0.91, 0.95, 0.99), 0.70, 0.89),
    "holdout10": (14, (0.95, 0.98, 0.92, 1.00, 0.93, 1.00), 0.93, 0.88),
    "holdout11": (14, (0.92, 1.00, 0.90, 1.00, 0.91, 1.00), 0.90, 0.89),
    "holdout12": (14, (0.87, 1.00, 0.88, 1.00, 0.93, 1.00), 0.88, 0.97),
    "holdout15": (14, (0.97, 1.00, 0.97, 1.00, 0.94, 1.00), 0.94, 0.94),
    "holdout16": (14, (0.96, 0.99, 0.99, 0.99, 0.99, 0.99), 0.91, 0.91),
    "holdout17": (14, (0.96, 0.99, 0.99, 0.99, 0.99, 0.99), 0.89, 0.94),
    "holdout18": (12, (0.96, 1.00, 0.91, 1.00, 0.90, 1.00), 0.97, 0.87),
    "holdout19": (12, (0.96, 0.98, 0.86, 0.99, 0.99, 0.99), 0.90, 0.82),
    "holdout20": (12, (0.94, 0.97, 0.85, 0.99, 0.96, 0.99), 0.80, 0.92),
    "holdout21": (12, (0.96, 0.98, 0.81, 0.99, 0.94, 0.99), 0.67, 0.93),
    "holdout22": (12, (0.95, 0.99, 0.99, 0.99, 0.99, 0.99), 0.99, 0.95),
    # events 1.00 -> 0.90: a named edition announced for a later year is an event again (as the
    # dev corpus annotates one); this writer leaves "the fifth session … in 2025" out
    "holdout23": (12, (0.93, 1.00, 1.00, 0.90, 1.00, 1.00), 0.95, 0.93),
    "holdout24": (6, (0.93, 0.99, 0.91, 0.99, 0.99, 0.99), 0.95, 0.99),
    "holdout25": (12, (0.98, 0.99, 0.99, 0.99, 0.99, 0.99), 0.95, 0.95),
    "holdout26": (12, (0.93, 1.00, 0.93, 1.00, 0.95, 1.00), 0.93, 0.84),
    "holdout27": (12, (0.95, 0.94, 0.81, 0.82, 0.89, 1.00), 0.87, 0.95),
    "holdout28": (12, (0.91, 1.00, 0.83, 0.86, 0.84, 0.79), 0.89, 0.79),
    "holdout29": (10, (0.95, 1.00, 0.86, 1.00, 1.00, 1.00), 0.96, 0.96),
    "holdout30": (10, (0.85, 1.00, 0.82, 0.89, 0.69, 1.00), 0.79, 0.79),
    "holdout31": (10, (0.94, 0.98, 0.85, 0.89, 0.95, 1.00), 0.80, 0.90),
    "holdout32": (10, (0.94, 0.98, 0.89, 1.00, 1.00, 1.00), 0.88, 0.93),
    "holdout33": (10, (0.88, 0.97, 0.84, 1.00, 1.00, 1.00), 0.81, 0.94),
    # country 0.85 -> 0.83: "Assistance Publique – Hôpitaux de Paris" is placed by the city at
    # its name's end, and so is the hospital "part of AP-HP"; this writer leaves that one open
    "holdout34": (10, (0.93, 0.96, 0.90, 0.85, 0.94, 1.00), 0.83, 0.84),
    "holdout35": (10, (0.95, 1.00, 0.96, 1.00, 1.00, 1.00), 0.93, 0.97),
    "holdout36": (10, (0.92, 1.00, 0.96, 1.00, 0.84, 1.00), 1.00, 0.85),
    "holdout37": (10, (0.96, 1.00, 0.86, 1.00, 0.93, 1.00), 0.97, 0.93),
    "holdout38": (10, (0.96, 1.00, 0.92, 1.00, 1.00, 1.00), 0.90, 0.91),
    "holdout39": (10, (1.00, 1.00, 1.00, 0.94, 1.00, 1.00), 0.83, 0.89),
    "holdout40": (10, (0.92, 1.00, 0.87, 1.00, 1.00, 1.00), 0.76, 0.94),
    "holdout41": (10, (0.95, 0.98, 0.91, 0.94, 0.87, 1.00), 0.87, 0.93),
    # holdout42 kind 0.93 -> 0.91: three partners of RCOTT now read as parties, one of them
    # (a transplant coordination centre) of another kind than its annotator gave
    "holdout42": (10, (0.91, 0.97, 0.87, 1.00, 0.93, 1.00), 1.00, 0.91),
    "holdout43": (10, (0.95, 1.00, 0.97, 1.00, 1.00, 1.00), 0.91, 0.86),
    "holdout44": (10, (0.98, 1.00, 1.00, 1.00, 1.00, 1.00), 0.95, 0.89),
    "holdout45": (10, (0.95, 0.97, 0.90, 1.00, 0.95, 1.00), 0.95, 0.95),
    # country 0.84 -> 0.82: a faculty now read whole (First Faculty of … of Charles University)
    # is matched, and the text gives no country for it that the reader knows
    # kind 0.86 -> 0.84: "Government of the Republic of Poland" is now matched (no longer cut
    # as "… Poland on Cooperation") and, like its Tajik partner, read as a ministry (gold: other)
    "holdout46": (10, (0.95, 1.00, 0.92, 1.00, 0.87, 1.00), 0.82, 0.84),
    "holdout47": (10, (0.93, 1.00, 0.92, 1.00, 1.00, 1.00), 0.94, 1.00),
    # events 1.00 -> 0.88: as holdout23 (an edition announced for later is an event, as in dev)
    "holdout48": (10, (0.86, 0.96, 0.89, 0.88, 0.83, 1.00), 0.80, 0.83),
    "holdout49": (10, (0.92, 0.97, 0.76, 0.79, 0.84, 0.79), 0.84, 0.94),
    "holdout50": (10, (0.94, 0.97, 0.87, 1.00, 0.95, 1.00), 0.86, 0.81),
    "holdout51": (10, (0.91, 0.96, 0.88, 1.00, 0.91, 1.00), 0.92, 0.88),
    "holdout52": (10, (0.87, 0.97, 0.74, 0.89, 0.65, 0.65), 0.84, 0.96),
    "holdout53": (10, (0.94, 1.00, 0.87, 0.89, 0.87, 1.00), 0.89, 0.91),
    "holdout54": (10, (0.88, 1.00, 0.82, 0.74, 0.92, 1.00), 0.90, 0.92),
    "holdout55": (10, (0.98, 1.00, 0.92, 1.00, 1.00, 1.00), 0.89, 0.91),
    "holdout56": (10, (0.93, 1.00, 0.93, 0.79, 0.86, 1.00), 0.88, 0.84),
    "holdout57": (10, (0.92, 0.97, 0.87, 0.71, 0.88, 1.00), 0.94, 0.85),
    "holdout58": (10, (0.91, 1.00, 0.83, 1.00, 0.87, 1.00), 0.92, 0.92),
    "holdout59": (10, (0.96, 1.00, 0.91, 1.00, 0.93, 1.00), 0.93, 0.97),
    "holdout60": (10, (0.89, 0.96, 0.81, 0.91, 0.68, 1.00), 0.86, 0.89),
    "holdout61": (10, (0.93, 1.00, 0.83, 1.00, 0.87, 1.00), 0.92, 0.92),
    # holdout62: session 11 reads "The Khorezm Regional Health Department" whole (a name's
    # first word after a sentence's "The" may now be its short form) and places it in
    # Uzbekistan by its region; the writer leaves it unplaced, so country went 0.907 -> 0.886
    # while institutions went 0.977 -> 0.989
    "holdout62": (10, (0.95, 1.00, 0.89, 1.00, 1.00, 1.00), 0.87, 0.96),
    "holdout63": (10, (0.93, 0.97, 0.84, 1.00, 0.93, 1.00), 0.84, 0.96),
    "holdout64": (10, (0.87, 0.97, 0.75, 1.00, 0.83, 1.00), 0.84, 0.93),
    "holdout65": (10, (0.95, 1.00, 0.92, 0.87, 1.00, 1.00), 0.92, 1.00),
    "holdout66": (10, (0.82, 0.93, 0.74, 1.00, 0.85, 1.00), 0.87, 0.96),
    "holdout67": (10, (0.89, 0.97, 0.73, 1.00, 0.65, 1.00), 0.87, 0.87),
    "holdout68": (10, (0.92, 1.00, 0.84, 1.00, 0.95, 1.00), 0.84, 0.80),
    "holdout69": (10, (0.92, 1.00, 0.89, 0.91, 0.92, 0.79), 0.89, 0.89),
    "holdout70": (10, (0.90, 1.00, 0.91, 0.95, 0.92, 0.84), 0.86, 0.94),
    "holdout71": (10, (0.89, 0.97, 0.86, 0.92, 1.00, 1.00), 0.90, 0.92),
    "holdout72": (10, (0.93, 1.00, 0.90, 0.89, 0.89, 1.00), 0.94, 0.92),
    "holdout73": (10, (0.88, 0.97, 0.83, 0.91, 0.89, 1.00), 0.88, 0.86),
    "holdout74": (10, (0.93, 0.97, 0.87, 0.79, 0.79, 0.79), 0.81, 0.91),
    "holdout75": (10, (0.87, 0.91, 0.72, 0.89, 0.63, 0.79), 0.72, 0.77),
    "holdout76": (10, (0.90, 0.97, 0.77, 0.82, 0.85, 1.00), 0.85, 0.89),
    # holdout77-78 were read unseen by session 10's reader before its event-name commit, which
    # then took their events from 0.714 and 0.462 to 0.933 and 0.941; the floors stay at the
    # first reading (a floor guards against falling back, and the rule is young)
    "holdout77": (10, (0.93, 1.00, 0.81, 0.70, 0.85, 0.39), 0.76, 0.89),
    "holdout78": (10, (0.95, 1.00, 0.92, 0.45, 0.92, 0.00), 0.74, 0.87),
    "holdout79": (10, (0.97, 0.97, 1.00, 0.84, 0.90, 1.00), 0.77, 0.90),
    "holdout80": (10, (0.88, 0.97, 0.80, 0.92, 0.79, 1.00), 0.82, 0.85),
    # holdout81-84 (session 11): 81-82 read unseen by session 10's final reader, 83-84 by
    # session 11's reader 14 commits in; the floors are the figures after session 11's rules
    "holdout81": (10, (0.93, 1.00, 0.93, 1.00, 0.94, 1.00), 0.96, 0.90),
    "holdout82": (11, (0.96, 0.97, 0.95, 0.94, 0.95, 1.00), 0.90, 1.00),
    "holdout83": (10, (0.92, 0.96, 0.86, 0.76, 0.91, 1.00), 0.86, 0.88),
    "holdout84": (10, (0.92, 0.96, 0.85, 1.00, 1.00, 1.00), 0.81, 0.96),
    # holdout85-88: read unseen by session 11's reader (85-86 14 reader commits in, 87-88 18,
    # of 24); holdout85's writer annotates four visits as events ("working visit to
    # Berlin"; 2 of 594 gold events in the other corpora are visits), hence its events floor;
    # holdout87's writer names regional health departments and akimats in lower case
    "holdout85": (10, (0.95, 0.94, 0.84, 0.32, 0.82, 0.00), 0.85, 0.82),
    "holdout86": (11, (0.93, 0.97, 0.79, 1.00, 0.91, 1.00), 0.84, 0.90),
    "holdout87": (10, (0.82, 0.95, 0.64, 1.00, 0.85, 1.00), 0.66, 0.85),
    "holdout88": (10, (0.88, 0.93, 0.79, 1.00, 0.89, 1.00), 0.83, 0.90),
    # holdout89-90: read unseen by session 11's reader 22 reader commits in (of 24);
    # holdout90 is foreign partners' own news (their spellings: "Erevan", "Tiflis", surnames
    # in capitals), and its three flags are signed documents whose parties are named otherwise
    "holdout89": (10, (0.95, 0.89, 0.79, 0.87, 0.93, 1.00), 0.95, 1.00),
    "holdout90": (10, (0.84, 0.89, 0.71, 0.84, 0.75, 0.79), 0.74, 0.94),
    # holdout91-92: read unseen by session 11's reader 24 commits in (of 25; the 25th was
    # written from holdout91's misses); their five flags are signed documents whose parties
    # are named otherwise (the Russian ministry for the Gamaleya Center, "İnönü University"
    # without its institute, …)
    "holdout91": (10, (0.87, 0.94, 0.85, 0.74, 0.68, 1.00), 0.80, 0.95),
    "holdout92": (10, (0.93, 0.96, 0.83, 0.92, 0.87, 0.91), 0.86, 0.90),
    # holdout93-94: read unseen by session 11's final reader, no rule written against them
    "holdout93": (10, (0.92, 0.98, 0.94, 0.79, 0.82, 1.00), 0.90, 0.87),
    "holdout94": (10, (0.89, 0.95, 0.69, 0.82, 0.85, 1.00), 0.86, 0.91),
}
# the scorer's "planned reported as signed" flags (an unmatched agreement in a text with a
# hedge) when a corpus became a development set, so these may only go down; holdout28's is a
# signed grant whose party is read as "JICA's East and Central Asia Department", holdout30's
# one is a signed memorandum whose partner is read without its article ("The Hospital for Sick
# Children") — not a plan (round 21b read the clinic's academy and the list's own partner)
# holdout8 1 -> 3 by the scorer, not the reader: "for signature" became a hedge, and its
# bangkok report says "not ready for signature" of a memorandum the reader leaves out; the two
# flagged there are signed documents read with a Siriraj hospital for Siriraj (same F1 before);
# holdout56's is a signed memorandum whose party "Kasr Al Ainy Faculty of Medicine, Cairo
# University" is read as Cairo University, cut at the comma — not a plan; holdout59's and 60's
# are signed documents with a party named otherwise ("the Azerbaijani Scientific Research
# Institute …" with its demonym, a four-party consortium read without "Besides RSU", a vice
# dean's office for the Kasr Al Ainy faculty) — not plans; holdout67's four are signed
# documents with a party named otherwise ("icddr,b", which the tokenizer splits at its comma,
# twice; the university whose "College of Health Sciences" this writer folds into it; a Cuban
# hospital read with its demonym) — not plans; holdout75's two and holdout76's one are signed
# documents with a party named otherwise or left out (a Shumakov centre named two ways, "the
# Children's Hospital & The Institute of Child Health, Lahore" cut, a three-ministry agreement
# read with two) — not plans; holdout79's and 80's are three-party documents read with a party
# short ("Princess Nourah bint Abdulrahman University" lost at "bint"; Charité named two ways)
# — not plans
HEDGED_SPURIOUS = {"holdout8": 3, "holdout9": 1, "holdout10": 1, "holdout11": 1, "holdout12": 2,
                   "holdout15": 1, "holdout28": 1,
                   "holdout30": 1, "holdout31": 0, "holdout32": 0,
                   "holdout33": 0, "holdout34": 1,
                   "holdout36": 2, "holdout37": 0, "holdout38": 0,
                   "holdout39": 0, "holdout40": 0,
                   "holdout41": 2, "holdout42": 1,
                   "holdout43": 0, "holdout44": 0,
                   "holdout45": 0, "holdout46": 0, "holdout47": 0, "holdout48": 1,
                   "holdout49": 0, "holdout50": 0, "holdout51": 0, "holdout52": 1,
                   "holdout53": 0, "holdout54": 0, "holdout55": 0, "holdout56": 1,
                   "holdout57": 0, "holdout58": 0, "holdout59": 1, "holdout60": 2,
                   "holdout61": 0, "holdout62": 0, "holdout63": 0, "holdout64": 0,
                   "holdout65": 0, "holdout66": 0, "holdout67": 4, "holdout68": 0,
                   "holdout69": 0, "holdout70": 0, "holdout71": 0, "holdout72": 0,
                   "holdout73": 0, "holdout74": 0, "holdout75": 2, "holdout76": 1,
                   "holdout77": 0, "holdout78": 0, "holdout79": 1, "holdout80": 1,
                   "holdout81": 0, "holdout82": 0, "holdout83": 0, "holdout84": 0,
                   "holdout85": 0, "holdout86": 0, "holdout87": 0, "holdout88": 0,
                   "holdout89": 0, "holdout90": 3, "holdout91": 3, "holdout92": 2,
                   "holdout93": 0, "holdout94": 0}


@pytest.mark.parametrize("corpus", list(FLOORS))
def test_corpus_floors(corpus: str) -> None:
    reports, floors, country, kind = FLOORS[corpus]
    score = score_directory(CORPUS / corpus)
    assert len(score.reports) == reports
    below = {c: round(score.prf[c].f1, 3) for c, floor in zip(CATEGORIES, floors, strict=True)
             if floor is not None and score.prf[c].f1 < floor}
    assert below == {}
    assert score.accuracy["institution_country"].value >= country
    if kind is not None:
        assert score.accuracy["institution_kind"].value >= kind
    assert score.hedged_spurious <= HEDGED_SPURIOUS.get(corpus, 0)
