"""Text loader: read a press release about medical cooperation and return its facts.

``extract(text)`` is a pure, deterministic function (no I/O) built from rules and gazetteers kept
as data in ``data/*.yaml`` plus the country/city gazetteer of :mod:`medcoop.countries`.
``decode(bytes, source)`` turns a file's bytes into text; ``html_to_text`` and
``markdown_to_text`` reduce HTML and Markdown to plain lines first.
"""

from __future__ import annotations

import logging
import re

from medcoop.facts import Facts

from ._io import decode, html_to_text, markdown_to_text

__all__ = ["decode", "extract", "html_to_text", "markdown_to_text", "warm"]

log = logging.getLogger(__name__)


_MARKS = re.compile(r"\*\*|__|^#{1,6}(?=\s)", re.MULTILINE)


def _unmark(text: str) -> str:
    """Markdown emphasis and heading marks as spaces, so offsets into the text still hold
    ("**Prof. Vytautas Kazlauskas**")."""
    return _MARKS.sub(lambda m: " " * len(m.group()), text)


def extract(text: str) -> Facts:
    """The facts of one report. Never raises: on an internal error, logs it and returns what
    a safe fallback gives (empty facts)."""
    if not isinstance(text, str) or not text.strip():
        return Facts()
    from ._assemble import build

    try:
        # same length as ``text``, so evidence offsets point into the text as given
        plain = text.replace("\r\n", " \n").replace("\r", "\n")
        facts = build(_unmark(plain), text)
        facts.validate()
        return facts
    except Exception:
        log.exception("text extraction failed; returning empty facts")
        return Facts()


def warm() -> None:
    """Load the rules and gazetteers and compile the patterns now (~0.15 s), e.g. before
    forking worker processes, which then share them instead of each loading its own."""
    extract("Astana, 1 May 2024. The Ministry of Health of Kazakhstan and Seoul National "
            "University Hospital (SNUH) signed a memorandum at the Korea Health Forum.")
