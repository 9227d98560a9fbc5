"""Publisher and digitization boilerplate: whole lines matched against a catalogue."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import regex

from .data.boilerplate import NOTICES, PATTERNS
from .edits import apply_edits
from .lines import folded, lines_holding

# Every catalogue entry contains one of these fragments; only lines holding one are tested
# against the (slower, fuzzy) catalogue. Plain scans of the folded text (``lines_holding``)
# run at memory speed, where one case-insensitive regex alternation ran at 8 MB/s.
_ANCHORS = (
    "paper",
    "press",
    "reader",
    "copyright",
    "protected",
    "applicable",
    "digiti",
    "google",
    "gmt",
    "handle",
    "hathi",
    "domain",
    "original",
    "archive",
    "funding",
    "distribut",
    "digital copy",
)
# Every anchor holds one of these letters: four scans find them all (a find per anchor: 2x slower).
_ANCHOR_KEYS = "pgdh"
# The same test for one short line: one scan of an alternation beats 17 ``in`` tests there.
_RE_ANCHOR = re.compile("|".join(map(re.escape, _ANCHORS)))
_RE_SPACES = re.compile(r"\s+")
_MAX_LINE_CHARS = 300  # longer lines are prose


@functools.lru_cache(maxsize=64)
def _catalogue(extra: tuple[str, ...]) -> regex.Pattern[str]:
    entries = PATTERNS + list(extra)
    return regex.compile("|".join(f"(?:{p})" for p in entries), regex.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _notices() -> list[tuple[regex.Pattern[str], regex.Pattern[str], int, int]]:
    return [
        (regex.compile(a, regex.I), regex.compile(b, regex.I), n, shortest)
        for a, b, n, shortest in NOTICES
    ]


def _normalized(line: str) -> str:
    return _RE_SPACES.sub(" ", line.strip())


def is_boilerplate(line: str) -> bool:
    """Whether ``strip_boilerplate`` (with the built-in catalogue) removes this line.

    >>> is_boilerplate("Newspapers from United States"), is_boilerplate("Newspapers from the past")
    (True, False)
    """
    return (
        len(line) <= _MAX_LINE_CHARS
        and bool(_RE_ANCHOR.search(line.lower()))
        and bool(_catalogue(()).fullmatch(_normalized(line)))
    )


def strip_boilerplate(text: str, *, extra: Iterable[str] = ()) -> str:
    """Remove publisher and digitization boilerplate lines.

    A line goes only when the whole of it (case-insensitive, outer spaces stripped) matches
    an entry of the built-in catalogue, a few OCR errors allowed: PressReader's
    ``Newspapers in English`` / ``Newspapers from <country>`` / ``Printed and distributed by
    PressReader`` / ``PressReader.com +1 604 278 4604`` / ``COPYRIGHT AND PROTECTED BY
    APPLICABLE LAW``; Google Books' ``Digitized by Google`` stamp and front-matter notice;
    HathiTrust's ``Generated on ... GMT / http://hdl.handle.net/...`` and rights footers;
    Internet Archive's ``Digitized by the Internet Archive in 2010 with funding from ...``.

    ``extra`` adds your own patterns (Python ``regex`` syntax, matched against whole lines,
    case-insensitive); with ``extra`` every line is tested, not only those holding a
    catalogue keyword.

    Leaves alone: a catalogue phrase inside a longer line of prose ("He reads newspapers in
    English and French every morning."), and anything not in the catalogue.

    >>> strip_boilerplate("The end of the story.\\n\\nNewspapers in English\\nNewspapers from Canada\\n")
    'The end of the story.\\n\\n'
    """
    catalogue = _catalogue(tuple(extra))
    drop: list[tuple[int, int, str]] = []
    # Lower-casing may move positions ("İ" -> "i̇"); then every line is tested.
    for start, end in _candidate_lines(text, None if extra else folded(text)):
        if drop and start < drop[-1][1]:
            continue
        line = _normalized(text[start:end])
        if len(line) <= _MAX_LINE_CHARS and catalogue.fullmatch(line):
            drop.append((start, end + 1, ""))
        elif notice_end := _notice_end(text, line, end):
            drop.append((start, notice_end + 1, ""))
    return apply_edits(text, drop) if drop else text


def _candidate_lines(text: str, lowered: str | bytes | None) -> Iterable[tuple[int, int]]:
    """(start, end) of each line worth testing, in order; end excludes the newline.

    With ``lowered`` (``folded(text)``) only lines holding an anchor; without it, every
    line."""
    if lowered is not None:
        return lines_holding(text, _ANCHORS, lowered=lowered, keys=_ANCHOR_KEYS)
    starts = [m.end() for m in re.finditer("^", text, re.MULTILINE)]
    return [(start, end - 1) for start, end in zip(starts, starts[1:] + [len(text) + 1])]


def _notice_end(text: str, first_line: str, end: int) -> int:
    """End of a multi-line notice that starts with ``first_line``, or 0."""
    for first, last, span, shortest in _notices():
        if len(first_line) < shortest or not first.fullmatch(first_line):
            continue
        for _ in range(span):
            if end >= len(text):
                break
            start, end = end + 1, text.find("\n", end + 1)
            end = len(text) if end < 0 else end
            if last.fullmatch(_normalized(text[start:end])):
                return end
    return 0
