"""Timing helper shared by the benchmark scripts (run them from the repository root)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_time(fn: Callable[[], object], repeat: int, min_seconds: float = 0.0) -> float:
    """The median wall-clock seconds of at least ``repeat`` calls of ``fn``.

    With ``min_seconds``, calls go on until they have taken that long in all: a millisecond
    timing needs more than three samples to say anything on a shared machine."""
    times: list[float] = []
    while len(times) < repeat or sum(times) < min_seconds:
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
