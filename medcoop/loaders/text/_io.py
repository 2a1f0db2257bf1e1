"""Bytes to text (encoding detection), HTML and Markdown to plain lines."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from medcoop.errors import InputError

_FALLBACKS = ("cp1251", "koi8-r", "cp1252", "latin-1")
_BLOCK = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "blockquote",
        "pre",
        "ul",
        "ol",
        "table",
        "title",
        "dd",
        "dt",
    ]
)
_SKIP = frozenset(
    [
        "script",
        "style",
        "nav",
        "header",
        "footer",
        "aside",
        "noscript",
        "template",
        "svg",
        "head",
        "form",
    ]
)


def _looks_binary(data: bytes) -> bool:
    if not data:
        return False
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return control / len(sample) > 0.1


def _letter_share(text: str) -> float:
    if not text:
        return 0.0
    good = sum(
        1 for c in text if c.isalpha() or c.isspace() or c in ".,;:!?-–—()\"'«»“”’%/0123456789"
    )
    return good / len(text)


def decode(data: bytes, source: str) -> tuple[str, str]:
    """The text of a report and the name of its encoding.

    UTF-8 (with or without BOM) first; then windows-1251, KOI8-R, windows-1252, Latin-1, taking
    the first whose text is mostly letters. Binary data raises :class:`InputError`.
    """
    if _looks_binary(data):
        raise InputError(
            "looks like a binary file, not a text report: give a plain-text (.txt), HTML or "
            "Markdown export of the press release",
            source,
        )
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[float, str, str] | None = None
    for enc in _FALLBACKS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        share = _letter_share(text)
        if enc == "cp1251":
            cyr = sum(1 for c in text if "\u0400" <= c <= "\u04ff")
            letters = sum(1 for c in text if c.isalpha()) or 1
            if cyr / letters > 0.5 and share > 0.9:
                return text, enc
        if best is None or share > best[0]:
            best = (share, text, enc)
    if best is None or best[0] < 0.8:
        raise InputError(
            "looks like a binary file, not a text report: the bytes are not text in UTF-8 or a "
            "common Cyrillic/Latin encoding; save the report as UTF-8 text",
            source,
        )
    return best[1], best[2]


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def _clean_lines(text: str) -> str:
    lines = (re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def html_to_text(source: str) -> str:
    """Plain text of an HTML page: boilerplate and tags dropped, one paragraph per line."""
    parser = _TextParser()
    parser.feed(source)
    parser.close()
    return _clean_lines(html.unescape("".join(parser.parts)))


_MD_RULES = (
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),
    (re.compile(r"^\s*[-*+]\s+", re.M), ""),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])"), r"\2"),
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"^\s*([-*_]\s*){3,}$", re.M), ""),
)


def markdown_to_text(source: str) -> str:
    """Plain lines of a Markdown report: headings, emphasis and links reduced to their text."""
    text = source
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return _clean_lines(text)
