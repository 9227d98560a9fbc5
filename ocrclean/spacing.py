"""Spacing inside lines: runs of spaces, spaces around punctuation, a missing space."""

from __future__ import annotations

import re

from .data.shapes import TABLE_ROW
from .edits import apply_edits
from .lines import lines_holding

# Two or more spaces between words ("the  coalition"); leading indentation is not matched.
# Patterns on runs of spaces start with a literal space (fast scan), only at the run's first
# space, and take the run whole (possessive): linear time on a line of a million spaces.
# Text without tabs gets the pattern that starts with two literal spaces (12x faster).
_RE_SPACE_RUN = re.compile(r"[ \t](?<=\S[ \t])[ \t]++(?=\S)")
_RE_SPACE_RUN_NO_TABS = re.compile(r"  (?<=\S  ) *+(?=\S)")
# A space before closing punctuation that ends a word: "the coalition , he said", "( IS )".
# Not an operator ("x != y"), not ".5"; a full stop is checked further in _stop_ends_sentence.
# One pattern per mark, found after a space; the spaces before it are found by walking back.
# (Starting with the mark, a literal, each scans fast: one pattern starting with the space
# was tried at every space, 2x slower than all seven.)
_RES_SPACE_BEFORE = [
    re.compile(f"{re.escape(mark)}(?<= {re.escape(mark)})(?=[\\s\"'\u2019\u201d)]|$)")
    for mark in ",;:!?.)"
]
# A space after an opening parenthesis: "( the IS".
_RE_SPACE_AFTER = re.compile(r"\( +(?=\S)")
# What may follow a sentence-ending full stop: a capital, a quote, the end of the line.
_RE_AFTER_STOP = re.compile(r"[ \t]*(?:[A-Z\"'\u2018\u201c(]|\n|$)")
# A full stop glued to the next sentence: "2030 .Construction", "over.The" (two patterns,
# each starting with a literal, scan 6x faster than one alternation of look-behinds). The
# first finds the stop after a space; the spaces before it go with it (a pattern starting
# with the space, tried at every space, scanned 8x slower).
_RE_SPACED_STOP = re.compile(r"\.(?<= \.)(?=[A-Z][a-z]{2})")
_RE_GLUED_STOP = re.compile(r"\.(?<=[A-Za-z][a-z]\.)(?=[A-Z][a-z]{2})")
# ".Net", ".Com": names that start with a full stop.
_DOTTED_NAMES = frozenset({"Net", "Com", "Org", "Gov", "Edu"})
_RE_WORD_AFTER = re.compile(r"[A-Za-z]+")
# Tokens where a full stop belongs to the token: web and e-mail addresses.
_RE_URLISH = re.compile(r"://|www\.|@")
_RE_TOKEN_REST = re.compile(r"\S+")
# Dotted names from code quoted in prose: "types.ModuleType", "pdb.Pdb(", "os.path_join".
_RE_CODE = re.compile(r"[(_]|\.[A-Z][a-z]+[A-Z]")
_QUOTES = "\"'`\u2018\u201c"
_TRAILING = ".,;:!?\"')\u2019\u201d"


def _run_start(text: str, end: int) -> int:
    """Where the run of spaces ending at ``end`` starts."""
    start = end
    while start and text[start - 1] == " ":  # each space is walked over once
        start -= 1
    return start


def _stop_ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether the full stop ending ``text[start:end]`` (after spaces) ends a sentence."""
    return not (
        text.startswith(" .", end)  # spaced ellipsis ". . ."
        or text[start - 1 : start] == "."
        or not _RE_AFTER_STOP.match(text, end)  # "from . import": not a sentence end
    )


def _spaces_before(text: str) -> str:
    """ "the coalition , he said" -> "the coalition, he said"."""
    edits = []
    for mark in sorted(
        found.start() for pattern in _RES_SPACE_BEFORE for found in pattern.finditer(text)
    ):
        start = _run_start(text, mark)
        if text[mark] != "." or _stop_ends_sentence(text, start, mark + 1):
            edits.append((start, mark, ""))
    return apply_edits(text, edits) if edits else text


def _stop_stays(text: str, start: int, end: int) -> bool:
    """Whether the full stop ending ``text[start:end]`` (after any spaces) is left alone:
    it does not end a sentence glued to the next."""
    if not text[start - 1 : start].isalnum():
        return True  # "Mrs. .Tames": the stop follows punctuation, not a word
    after = _RE_WORD_AFTER.match(text, end)
    word = after.group() if after else ""
    line_start = text.rfind("\n", 0, start) + 1
    token_start = max(text.rfind(" ", line_start, start) + 1, line_start)
    rest = _RE_TOKEN_REST.match(text, end)
    token = text[token_start:start] + "." + (rest.group() if rest else "")
    return bool(
        word in _DOTTED_NAMES
        or token.rstrip(_TRAILING).count(".") > 1  # dotted names: "U.S.Army", "a.Bc.De"
        or _RE_CODE.search(token)
        or token[0] in _QUOTES
        or _RE_URLISH.search(token)
    )


def _glued_stop(match: re.Match[str]) -> str:
    return match.group() if _stop_stays(match.string, match.start(), match.end()) else ". "


def _spaced_stops(text: str) -> str:
    """ "2030 .Construction" -> "2030. Construction": the spaces before the stop go."""
    edits = []
    for stop in _RE_SPACED_STOP.finditer(text):
        start = _run_start(text, stop.start())
        if not _stop_stays(text, start, stop.end()):
            edits.append((start, stop.end(), ". "))
    return apply_edits(text, edits) if edits else text


def _table_rows(text: str) -> list[tuple[int, int]]:
    """(start, end) of each table row of ``text``, in order: only lines holding a tab or
    three spaces are tested."""
    return [
        (start, end)
        for start, end in lines_holding(text, ("\t", "   "))
        if TABLE_ROW.search(text, start, end)
    ]


def _collapse_runs(text: str) -> str:
    """Runs of spaces between words become one space, except in table rows. The text
    between table rows is substituted in one C-level pass each (no call per run)."""
    runs = _RE_SPACE_RUN if "\t" in text else _RE_SPACE_RUN_NO_TABS
    pieces, done = [], 0
    for start, end in _table_rows(text):
        pieces += [runs.sub(" ", text[done:start]), text[start:end]]
        done = end
    pieces.append(runs.sub(" ", text[done:]))
    return "".join(pieces)


def normalize_spacing(text: str) -> str:
    """Fix spacing inside lines.

    - runs of spaces between words -> one space (``the  coalition``);
    - no space before ``, . ; : ! ? )`` ending a word (``the coalition , he said``);
    - no space after ``(`` (``( the IS )``);
    - a full stop glued to the next sentence gets its space (``2030 .Construction`` ->
      ``2030. Construction``, ``over.The`` -> ``over. The``, ``St.Louis`` -> ``St. Louis``).

    Leaves alone: ``U.S.``, ``e.g.``, ``3.5``, ``.5``, ``10:30 p.m.``, ``$4.2``, ``...``
    and ``. . .``, URLs, e-mail addresses, ``.NET``/``.Net``, operators (``x != y``), code
    quoted in prose (``"types.ModuleType"``, ``from . import``), leading indentation, and
    the column spacing of table rows (a tab, or two runs of 3+ spaces).

    >>> normalize_spacing("by 2030 .Construction starts ( in May ) , he said  today.")
    'by 2030. Construction starts (in May), he said today.'
    """
    text = _spaces_before(text)
    text = _RE_SPACE_AFTER.sub("(", text)
    text = _spaced_stops(text)
    text = _RE_GLUED_STOP.sub(_glued_stop, text)
    return _collapse_runs(text) if "  " in text or "\t" in text else text
