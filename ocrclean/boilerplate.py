"""Publisher and digitization boilerplate: whole lines matched against a catalogue."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from itertools import chain
from typing import NamedTuple

import regex

from .data.boilerplate import NOTICES, PAGE_SEPARATORS, PATTERNS, PRESSREADER, STAMPS, UNMISTAKABLE
from .edits import Edit, apply_edits
from .lexicon import frequencies
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
    "oog",  # "Google", "GoOglc"
    "ooq",  # "VjOOQlC", the Google logo as OCR reads it
    "0q",  # "Vj00QlC"
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
# Every anchor holds one of these letters: five scans find them all (a find per anchor: 2x slower).
_ANCHOR_KEYS = "pgdhq"
# The same test for one short line: one scan of an alternation beats 17 ``in`` tests there.
_RE_ANCHOR = re.compile("|".join(map(re.escape, _ANCHORS)))
_RE_SPACES = re.compile(r"\s+")
_RE_NOT_WORD = re.compile(r"[^\w'-]+")
_MAX_LINE_CHARS = 300  # longer lines are prose
_MAX_STAMP_LINES = 4
# Every stamp of STAMPS starts with a line holding one of these ("Digitized", "Original").
_RE_STAMP_START = re.compile("igit|rigin", re.IGNORECASE)  # the longest stamp in STAMPS, in lines
# Patterns given with ``extra`` (``--boilerplate``, or learned from a batch by ``--learn``)
# are the caller's evidence: their lines go wherever they stand.
_EXTRA = "a line of a boilerplate pattern given or learned from the batch"

Drop = tuple[int, int, str]  # start, end (past the line break) and why


class _Found(NamedTuple):
    """Boilerplate lines found: the first line's start, the last line's end (before its line
    break), and what they are."""

    start: int
    end: int
    what: str


def _compiled(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, regex.IGNORECASE)


@functools.lru_cache(maxsize=64)
def _catalogue(
    extra: tuple[str, ...],
) -> tuple[regex.Pattern[str], list[tuple[str, regex.Pattern[str]]]]:
    """The whole catalogue as one pattern (a fast test), and its entries one by one."""
    entries = PATTERNS + [(_EXTRA, pattern) for pattern in extra]
    whole = _compiled("|".join(f"(?:{pattern})" for _, pattern in entries))
    return whole, [(what, _compiled(pattern)) for what, pattern in entries]


@functools.cache
def _stamps() -> list[tuple[str, regex.Pattern[str]]]:
    return [(what, _compiled(rf"(?:{pattern})(?=\n|\Z)")) for what, pattern in STAMPS]


@functools.cache
def _epaper_footers() -> list[tuple[str, regex.Pattern[str]]]:
    return [(what, _compiled(pattern)) for what, pattern in PRESSREADER]


@functools.cache
def _separator() -> regex.Pattern[str]:
    return _compiled("|".join(f"(?:{pattern})" for pattern in PAGE_SEPARATORS))


@functools.lru_cache(maxsize=1)
def _notices() -> list[tuple[regex.Pattern[str], regex.Pattern[str], int, int]]:
    return [(_compiled(a), _compiled(b), n, shortest) for a, b, n, shortest in NOTICES]


def _normalized(line: str) -> str:
    return _RE_SPACES.sub(" ", line.strip())


def _turns_word_into_word(match: regex.Match[str]) -> bool:
    """Whether an OCR error the fuzzy ``match`` allowed falls in a known word: then the line
    says something else ("Newspapers in India" is not "Newspapers in Hindi")."""
    line = match.string
    for position in chain.from_iterable(match.fuzzy_changes):
        left = position
        while left > 0 and not line[left - 1].isspace():
            left -= 1
        right = position
        while right < len(line) and not line[right].isspace():
            right += 1
        word = _RE_NOT_WORD.sub("", line[left:right]).lower()
        if word and word in frequencies():
            return True
    return False


def _entry(line: str, entries: list[tuple[str, regex.Pattern[str]]]) -> str:
    """What the catalogue entry that matches the whole (normalized) ``line`` is, or ""."""
    for what, pattern in entries:
        match = pattern.fullmatch(line)
        if match and not (any(match.fuzzy_counts) and _turns_word_into_word(match)):
            return what
    return ""


def is_boilerplate(line: str) -> bool:
    """Whether this line, standing apart, is in ``strip_boilerplate``'s built-in catalogue.

    >>> is_boilerplate("Newspapers from United States"), is_boilerplate("Newspapers from the past")
    (True, False)
    """
    if len(line) > _MAX_LINE_CHARS or not _RE_ANCHOR.search(line.lower()):
        return False
    whole, entries = _catalogue(())
    line = _normalized(line)
    return bool(whole.fullmatch(line)) and bool(_entry(line, entries))


def is_epaper_footer(line: str) -> bool:
    """Whether this line is one of the footers PressReader prints on every e-paper page.

    >>> is_epaper_footer("Newspapers in English"), is_epaper_footer("Newspapers in India")
    (True, False)
    """
    return len(line) <= _MAX_LINE_CHARS and bool(_entry(_normalized(line), _epaper_footers()))


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _stamp(text: str, start: int, end: int) -> _Found | None:
    """A stamp of STAMPS printed over two lines or more, from the line at ``start``."""
    ends = [end]
    while len(ends) < _MAX_STAMP_LINES and ends[-1] < len(text):
        ends.append(_line_end(text, ends[-1] + 1))
    starts = [start] + [e + 1 for e in ends[:-1]]
    block = "\n".join(_normalized(text[s:e]) for s, e in zip(starts, ends))
    for what, pattern in _stamps():
        match = pattern.match(block)
        if match and "\n" in match.group():
            if any(match.fuzzy_counts) and _turns_word_into_word(match):
                continue
            return _Found(start, ends[match.group().count("\n")], what)
    return None


def _found(text: str, extra: tuple[str, ...]) -> list[_Found]:
    """The boilerplate lines and stamps of ``text``, in order, wherever they stand."""
    whole, entries = _catalogue(extra)
    found: list[_Found] = []
    # Lower-casing may move positions ("İ" -> "i̇"); then every line is tested.
    for start, end in _candidate_lines(text, None if extra else folded(text)):
        if found and start <= found[-1].end:
            continue
        if _RE_STAMP_START.search(text, start, end) and (stamp := _stamp(text, start, end)):
            found.append(stamp)
            continue
        line = _normalized(text[start:end])
        if (
            len(line) <= _MAX_LINE_CHARS
            and whole.fullmatch(line)
            and (what := _entry(line, entries))
        ):
            found.append(_Found(start, end, what))
        elif notice_end := _notice_end(text, line, end):
            found.append(_Found(start, notice_end, "Google Books' notice"))
    return found


def _is_edge(line: str) -> str:
    """Why a neighbouring line sets boilerplate apart, or "": it is blank, or a page break."""
    if not line.strip():
        return "a page break" if "\f" in line else "a blank line"
    if "\f" in line or _separator().fullmatch(_normalized(line)):
        return "a page break"
    return ""


def _apart(text: str, found: list[_Found], i: int, first: int, last: int) -> str:
    """Why the boilerplate ``found[i]`` stands apart from the text around it, or "" when it
    may be a line of a paragraph ("were⏎digitized by Google⏎in 2008"). ``first`` and
    ``last``: where the text's first and last non-blank lines start and end."""
    here = found[i]
    if "\n" in text[here.start : here.end]:
        return "printed over several lines"
    if here.what in UNMISTAKABLE:
        return "a stamp no sentence holds"
    if here.what == _EXTRA:
        return "wherever it stands"
    if here.start <= first:
        return "at the start of the text"
    if here.end >= last:
        return "at the end of the text"
    if (i and found[i - 1].end + 1 == here.start) or (
        i + 1 < len(found) and here.end + 1 == found[i + 1].start
    ):
        return "next to other boilerplate"
    before = text[text.rfind("\n", 0, here.start - 1) + 1 : here.start - 1]
    if why := _is_edge(before):
        return f"{why} before it"
    if why := _is_edge(text[here.end + 1 : _line_end(text, here.end + 1)]):
        return f"{why} after it"
    return ""


def boilerplate_drops(text: str, *, extra: Iterable[str] = ()) -> list[Drop]:
    """What ``strip_boilerplate`` removes, and why: ``(start, end, why)``, in order."""
    found = _found(text, tuple(extra))
    if not found:
        return []
    first, last = len(text) - len(text.lstrip()), len(text.rstrip())
    drops = []
    for i, here in enumerate(found):
        if apart := _apart(text, found, i, first, last):
            drops.append((here.start, here.end + 1, f"{here.what}, {apart}"))
    return drops


def strip_boilerplate(text: str, *, extra: Iterable[str] = ()) -> str:
    """Remove publisher and digitization boilerplate lines that stand apart from the text.

    A line goes when the whole of it (case-insensitive, outer spaces stripped) matches an
    entry of the built-in catalogue, a few OCR errors allowed: PressReader's ``Newspapers in
    English`` / ``Newspapers from <country>`` / ``Printed and distributed by PressReader`` /
    ``PressReader.com +1 604 278 4604`` / ``COPYRIGHT AND PROTECTED BY APPLICABLE LAW``;
    Google Books' ``Digitized by Google`` stamp (also as OCR reads the logo: ``VjOOQlC``)
    and front-matter notice; HathiTrust's ``Generated on ... GMT / https://hdl.handle.net/...``
    and rights footers; ``Original from UNIVERSITY OF MICHIGAN``; Internet Archive's
    ``Digitized by the Internet Archive in 2010 with funding from ...``. Stamps printed over
    several lines (``Original from⏎UNIVERSITY OF MICHIGAN``) go whole. A line goes only
    where it stands apart: at the start or end of the text, next to a blank line, a page
    break or other boilerplate, or printed over several lines, or a stamp no sentence holds
    (HathiTrust's footers, the misread Google logo).

    ``extra`` adds your own patterns (Python ``regex`` syntax, matched against whole lines,
    case-insensitive), whose lines go wherever they stand; with ``extra`` every line is
    tested, not only those holding a catalogue keyword.

    Leaves alone: a catalogue line inside a paragraph (``were⏎digitized by Google⏎in 2008``),
    a catalogue phrase inside a longer line of prose ("He reads newspapers in English and
    French every morning."), an OCR error that would turn one word into another
    (``Newspapers in India``, ``Newspapers in Korea``), and anything not in the catalogue.

    >>> strip_boilerplate("The end of the story.\\n\\nNewspapers in English\\nNewspapers from Canada\\n")
    'The end of the story.\\n\\n'
    """
    return apply_edits(text, boilerplate_edits(text, extra=extra))


def boilerplate_edits(text: str, *, extra: Iterable[str] = ()) -> list[Edit]:
    """What ``strip_boilerplate`` removes, and why."""
    return [Edit(start, end, "", why) for start, end, why in boilerplate_drops(text, extra=extra)]


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
