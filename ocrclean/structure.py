"""Block structure: which lines are something other than wrapped prose, and keep their breaks.

A line break inside hard-wrapped prose is an accident of the page; in a poem, a table, a
program, a list, an address, a letter's header, a subtitle or a play it is part of the text.
``structured_lines`` finds the lines of the second kind, so that ``unwrap_lines`` and
``rejoin_broken_paragraphs`` leave them as they are. It looks at single lines (a table row, a
code line, a timecode), at runs of lines inside a block (list items, header fields, quoted
lines, times of a programme, an address, indented lines) and at blocks between blank lines (a
stanza, a speech in a play, a block of short lines). What it does not recognise is prose.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate, compress, repeat

from .data.shapes import (
    ADDRESS_LINE,
    CODE_LINE,
    ENTRY_MARKS,
    HEADER_FIELD,
    LEADING_MARKS,
    LIST_LINE,
    PAIRED_MARKS,
    PREFIX_MARKS,
    SCENE_HEADING,
    SCHEDULE_LINE,
    SPEAKER_CUE,
    TABLE_ROW,
    THOUSANDS,
    TIMECODE,
)

_START = operator.methodcaller("start")
# First or last characters of lines that may be code (``#include``, ``$ make``, ``{``,
# ``print(i)``, ``f(x);``, ``def f():``, ``/* comment */``); other lines are no code line.
_CODE_FIRST = frozenset("#$>%./{}|")
_CODE_LAST = frozenset("{}():;/*\\")
# Lines whose first word holds a comma: CSV rows and records (``1.1,Buzz``, ``0, 0xc816921f``).
_RE_COMMA_IN_FIRST_WORD = re.compile(r"\n(?=[^ \n,]*+,)")  # (possessive: no backtracking)
# Comment lines (``#`` first): in a document with at least this many, and at least this
# share of its lines, each is a line of its own (a configuration file, a script), even alone
# between two settings.
_MANY_COMMENTS = 5
_COMMENT_SHARE = 0.05
# Lines whose second word holds a digit (``Apr 2000 Ben-Hur...``, ``Oct. 12 Arrived...``):
# three in a row that open with the same two words are the entries of a dated catalogue or log.
# (Possessive: no backtracking into a word, which cannot make a match; 30% faster.)
_RE_DATED = re.compile(r"\n(?=[^\s\d]++[ \t]++[^\s\d]*+\d)")
# The same for ASCII text, with ASCII classes (``\s`` is ``\t-\r``, ``\x1c-\x1f`` and the space
# there), which the scan looks up in a table rather than by Unicode category: 40% faster.
_RE_DATED_ASCII = re.compile(r"\n(?=[^\t-\r\x1c-\x1f 0-9]++[ \t]++[^\t-\r\x1c-\x1f 0-9]*+[0-9])")
# Lines that open with a mark doubled or more, then a blank: comments of Lisp (``;;``), SQL
# and Lua (``--``), reStructuredText's directives and link targets (``..``).
_RE_DOUBLED_MARK = re.compile(r"\n(?=([^\w\s])\1+[ \t\n])")
# Lines that may open a list item (``LIST_LINE``): a bullet or bracket first, or an
# enumerator's end second (``a)``, ``1.``), or a digit first.
_LIST_FIRST = frozenset("-\u2013\u2022\u25aa*(")
_ENUMERATOR_ENDS = frozenset(".)")
# Lines whose first character may be code, a mark of ``PREFIX_MARKS``, a digit or may open a
# list item; whose last may be code or a digit: one scan each, whose few lines are then told
# apart by those characters (more scans cost more on a small document). (``\d`` is
# ``str.isdecimal``.)
_RE_SHAPED_FIRST = re.compile(
    r"\n(?=["
    + re.escape("".join(sorted(_CODE_FIRST | PREFIX_MARKS | _LIST_FIRST)))
    + r"\d]|.["
    + re.escape("".join(sorted(_ENUMERATOR_ENDS)))
    + "])"
)
_RE_SHAPED_LAST = re.compile(r"\n(?<=[" + re.escape("".join(sorted(_CODE_LAST))) + r"\d]\n)")
# A stanza: at least this share of its lines after the first start with a capital letter ...
_VERSE_CAPITALS = 0.75
# (looked at first among this many lines, so that a long paragraph costs little) ...
_FIRST_LOOK = 12
_CAPITALS_SLICE = 200
_FIRST = slice(0, 1)  # a line's first character, or "" for an empty line
# ... and at least this share of its lines end in punctuation, or its lines are short.
_VERSE_PUNCTUATED = 0.3
_PUNCTUATION = (",", ";", ":", ".", "!", "?", "-")
_CLOSERS = "\"'\u2019\u201d)]_*"
# A line shorter than this share of the measure does not fill it.
_SHORT = 0.75
# A block whose lines all fall short of this share of the measure, or of this many visible
# characters, was not wrapped at the measure (a stanza of short lines, a cast list).
_SHORT_BLOCK = 0.6
_NARROWEST_COLUMN = 20
# Runs: list items or times this many lines apart or closer belong to one list or programme.
_RUN_GAP = 4
# Lines opening with the same mark (``PREFIX_MARKS``), this many in a row, are set apart.
_MARKED_RUN = 3
# Lines of one or two words, this many in a row, are no wrapped prose.
_FEW_WORDS_RUN = 3
# What opens a stage direction in a play: brackets, parentheses, italics (``_Exit._``).
_DIRECTION_OPENERS = frozenset("([_")
# A C comment longer than this many lines is taken for a stray ``/*`` (a glob, a path).
_MAX_COMMENT_LINES = 60
# A screenplay: at least this many scene headings (``INT. KITCHEN - NIGHT``).
_MIN_SCENES = 2
# A glossary or notes: at least this many blocks in a row open with the same mark.
_MIN_ENTRIES = 3
# A play: at least this many blocks open with a speaker cue, and one speaker speaks twice.
_MIN_CUES = 3
_CUE_LETTERS = 3
# An indented line: this many more blanks than the document's least indented line.
_INDENT = 2
# Lines above an address line that belong to the address (the name, the house).
_ADDRESS_ABOVE = 2
_MAX_ADDRESS_LINES = 6
# A name or house line above an address line has fewer words than this (a sentence has more).
_ADDRESS_WORDS = 4
# An address line is shorter than the measure, or than this many visible characters.
_ADDRESS_WIDTH = 40


def structured_lines(
    lines: list[str], stripped: list[str], visible: list[int], width: int
) -> list[bool]:
    """For each line, whether it is part of a structure that keeps its line breaks.

    ``lines``: the text's lines; ``stripped``: each without surrounding blanks; ``visible``:
    each one's length without blanks (0 for a blank line); ``width``: the measure of the text's
    wrapped prose. Lines are measured by C-level maps; only lines of a candidate shape (a
    first or last character, a tab, a comma, a colon) are looked at one by one.

    >>> structured_lines(["Jane Doe", "123 Main St.", "Springfield, IL 62701"],
    ...     ["Jane Doe", "123 Main St.", "Springfield, IL 62701"], [7, 10, 19], 60)
    [True, True, True]
    """
    count = len(lines)
    kept = [False] * count
    has_text = list(map(bool, visible))
    if not any(has_text):
        return kept
    holding = _Finder(stripped)
    if len(holding.matching(SCENE_HEADING)) >= _MIN_SCENES:
        return [True] * count  # a screenplay: its layout (cues, dialogue, action) is its form
    _single_lines(stripped, holding, kept)
    _runs(stripped, visible, has_text, holding, width, kept)
    if lines != stripped:  # (most texts have no line with blanks around it)
        _indented(lines, stripped, visible, has_text, kept)
    _blocks(stripped, visible, has_text, width, ">" in holding.text and "-->" in holding.text, kept)
    return kept


def is_structured(text: str) -> bool:
    """Whether any line of ``text`` (a few paragraphs) belongs to a structure, measured
    against its own longest line.

    >>> is_structured("for i in range(3):\\n    print(i)")
    True
    >>> is_structured("the troops were moved to the\\nnorthern front in the spring")
    False
    """
    lines = text.split("\n")
    stripped = list(map(str.strip, lines))
    blanks = map(
        operator.add, map(str.count, stripped, repeat(" ")), map(str.count, stripped, repeat("\t"))
    )
    visible = list(map(operator.sub, map(len, stripped), blanks))
    return any(structured_lines(lines, stripped, visible, max(visible)))


class _Finder:
    """The lines that hold a rare string, found by a scan of the joined lines (a C-level
    search) rather than a test of every line."""

    def __init__(self, stripped: list[str]) -> None:
        self.stripped = stripped
        self.text = "\n".join(stripped)
        self.padded = f"\n{self.text}\n"
        self.starts = list(accumulate(map(operator.add, map(len, stripped), repeat(1)), initial=0))
        self.found: dict[re.Pattern[str], list[int]] = {}

    def matching(self, pattern: re.Pattern[str]) -> list[int]:
        """The lines where ``pattern``, written to match the line break before a line (a
        literal first, so the scan runs fast), matches. (Found once per pattern: a pattern
        may be asked twice.)"""
        found = self.found.get(pattern)
        if found is None:
            found = self.found[pattern] = list(map((-1).__add__, self._lines(pattern)))
        return found

    def ending(self, pattern: re.Pattern[str]) -> list[int]:
        """The lines where ``pattern`` matches the line break after a line."""
        return list(map((-2).__add__, self._lines(pattern)))

    def _lines(self, pattern: re.Pattern[str]) -> Iterator[int]:
        """For each match of ``pattern``, the number of lines that start at or before it,
        counting the line break that opens ``padded`` (found by C-level maps)."""
        return map(bisect_right, repeat(self.starts), map(_START, pattern.finditer(self.padded)))

    def starting(self, test: Callable[[str], object]) -> list[int]:
        """The lines whose first character passes ``test``: a code mark, a mark of
        ``PREFIX_MARKS`` or a digit (found by one scan for them all, and list items).
        (``test`` passes none of the other characters list items start with.)"""
        stripped = self.stripped
        return [i for i in self.matching(_RE_SHAPED_FIRST) if test(stripped[i][0])]

    def ending_with(self, test: Callable[[str], object]) -> list[int]:
        """The lines whose last character passes ``test``: a code mark or a digit."""
        found = self.found.get(_RE_SHAPED_LAST)
        if found is None:
            found = self.found[_RE_SHAPED_LAST] = self.ending(_RE_SHAPED_LAST)
        stripped = self.stripped
        return [i for i in found if test(stripped[i][-1])]

    def __call__(self, needle: str, rare: str = "") -> list[int]:
        """The lines that hold ``needle``. ``rare``: a character of ``needle`` that prose
        seldom holds (``*``, ``_``); a text without it is not searched for ``needle`` (a
        search for one character runs 30 times faster than one for a string)."""
        found: list[int] = []
        if rare and rare not in self.text:
            return found
        position = self.text.find(needle)
        while position >= 0:
            line = bisect_right(self.starts, position) - 1
            found.append(line)
            position = self.text.find(
                needle, self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
            )
        return found


# A run of lines with text (a byte 1 per line with text).
_RE_TEXT_RUN = re.compile(b"\x01+")
_SPAN = operator.methodcaller("span")


def text_blocks(has_text: list[bool]) -> list[tuple[int, int]]:
    """``(start, end)`` of each block of lines with text between blank lines (found by a
    scan in C of a byte per line).

    >>> text_blocks([True, True, False, False, True])
    [(0, 2), (4, 5)]
    """
    return list(map(_SPAN, _RE_TEXT_RUN.finditer(bytes(has_text))))


def _single_lines(stripped: list[str], holding: _Finder, kept: list[bool]) -> None:
    """Lines that are no prose by themselves: table rows (tabs, runs of spaces, comma
    separated values), code lines, subtitle timecodes."""
    for i in {*holding("\t"), *holding("   ")}:
        if TABLE_ROW.search(stripped[i]):
            kept[i] = True
    commas = holding.matching(_RE_COMMA_IN_FIRST_WORD)
    # (most such lines are prose, "Smith, who...": a comma and a space, no CSV row)
    spaced = map(str.__contains__, map(stripped.__getitem__, commas), repeat(", "))
    for i in compress(commas, map(operator.not_, spaced)):
        if _is_csv_row(stripped[i]):
            kept[i] = True
    code_like = {
        *holding.starting(_CODE_FIRST.__contains__),
        *holding.ending_with(_CODE_LAST.__contains__),
    }
    for i in {*code_like, *holding("="), *holding("import "), *holding(") __", "_")}:
        line = stripped[i]
        if CODE_LINE.match(line) or (line[0].isdecimal() and TIMECODE.match(line)):
            kept[i] = True
    _comments(holding, kept)


def _comments(holding: _Finder, kept: list[bool]) -> None:
    """The lines of a C comment from ``/*`` to ``*/`` (a comment set in prose is still code)."""
    closes = holding("*/", "*")
    for opening in holding("/*", "*"):
        end = bisect_left(closes, opening)
        if end < len(closes) and closes[end] - opening < _MAX_COMMENT_LINES:
            _keep(kept, opening, closes[end] + 1)


def _is_csv_row(line: str) -> bool:
    """Values separated by commas, with fewer spaces than commas (``1.1,Buzz,buzz,1993``)."""
    if ", " in line or line.count(",") < 2:
        return False
    commas = line.count(",") - len(THOUSANDS.findall(line))
    return commas >= 2 and line.count(" ") < commas


def _runs(
    stripped: list[str],
    visible: list[int],
    has_text: list[bool],
    holding: _Finder,
    width: int,
    kept: list[bool],
) -> None:
    """Runs of lines of one shape inside a block: list items, header fields, times of a
    programme, lines opening with the same mark (``>``, ``#``), lines of one or two words,
    records of equal shape (``0, 0xc816921f``), the lines of an address."""
    digits = holding.starting(str.isdecimal)
    items = [
        i
        for i in holding.matching(_RE_SHAPED_FIRST)
        if stripped[i][0] in _LIST_FIRST
        or stripped[i][1:2] in _ENUMERATOR_ENDS
        or stripped[i][0].isdecimal()
    ]
    _near_runs([i for i in items if LIST_LINE.match(stripped[i])], kept)
    _near_runs([i for i in digits if SCHEDULE_LINE.match(stripped[i])], kept)
    fields = [
        i
        for i in sorted(set(holding(":")))
        if stripped[i][0].isupper() and HEADER_FIELD.match(stripped[i])
    ]
    _adjacent_runs(fields, 2, kept)
    marked = holding.starting(PREFIX_MARKS.__contains__)
    for mark in {stripped[i][0] for i in marked}:
        least = 2 if mark in PAIRED_MARKS else _MARKED_RUN
        _adjacent_runs([i for i in marked if stripped[i][0] == mark], least, kept)
    dated = holding.matching(_RE_DATED_ASCII if holding.text.isascii() else _RE_DATED)
    for leads in (
        {i: tuple(stripped[i].split(maxsplit=2)[:2]) for i in _next_to_another(dated)},
        {
            i: stripped[i].split(maxsplit=1)[0]
            for i in _next_to_another(holding.matching(_RE_DOUBLED_MARK))
        },
    ):
        by_lead: dict[object, list[int]] = {}
        for i, lead in leads.items():
            by_lead.setdefault(lead, []).append(i)
        for lines in by_lead.values():
            _adjacent_runs(lines, _MARKED_RUN, kept)
    comments = [i for i in marked if stripped[i][0] == "#"]
    if len(comments) >= _MANY_COMMENTS and len(comments) >= _COMMENT_SHARE * has_text.count(True):
        for i in comments:
            kept[i] = True
    # Lines of one or two words: one space at most (a tab between words is a table's). A
    # line's spaces are the blanks its visible length leaves out, where it holds no tab.
    if "\t" in holding.text:
        spaces = map(str.count, stripped, repeat(" "))
    else:
        spaces = map(operator.sub, map(len, stripped), visible)
    few_words = map(operator.and_, has_text, map((2).__gt__, spaces))
    _flagged_runs(few_words, _FEW_WORDS_RUN, kept)
    shapes = {
        i: (stripped[i].count(","), stripped[i].count(" "))
        for i in _next_to_another(holding.matching(_RE_COMMA_IN_FIRST_WORD))
    }
    records = {i: shape for i, shape in shapes.items() if shape[0] >= max(shape[1], 1)}
    for shape in set(records.values()):
        _adjacent_runs([i for i, kind in records.items() if kind == shape], 2, kept)
    short = max(_SHORT * width, _ADDRESS_WIDTH)
    for i in {*digits, *holding.ending_with(str.isdecimal)}:
        line = stripped[i]
        if visible[i] < short and line[-1].isalnum() and ADDRESS_LINE.match(line):
            _address(stripped, visible, i, width, kept)


def _next_to_another(indices: list[int]) -> list[int]:
    """The indices (sorted) next to another of them: the only ones a run of two or more
    can hold, so the only ones worth a closer look (found by C-level set operations).

    >>> _next_to_another([1, 3, 4, 7, 9, 10, 11])
    [3, 4, 9, 10, 11]
    """
    return sorted({*indices} & {*map((1).__add__, indices), *map((-1).__add__, indices)})


def _near_runs(indices: list[int], kept: list[bool]) -> None:
    """Keep the lines from each index to the next when they are close (a list, a programme)."""
    for previous, following in zip(indices, indices[1:]):
        if following - previous <= _RUN_GAP:
            _keep(kept, previous, following + 1)


def _adjacent_runs(indices: list[int], least: int, kept: list[bool]) -> None:
    """Keep runs of at least ``least`` consecutive lines among ``indices`` (sorted)."""
    start = 0
    for position in range(1, len(indices) + 1):
        if position == len(indices) or indices[position] != indices[position - 1] + 1:
            if position - start >= least:
                _keep(kept, indices[start], indices[position - 1] + 1)
            start = position


# Runs of two and three flagged lines or more (a byte 1 per flagged line).
_RE_FLAGGED_RUNS = {least: re.compile(b"\x01{%d,}" % least) for least in (2, _FEW_WORDS_RUN)}


def _flagged_runs(flags: Iterable[bool], least: int, kept: list[bool]) -> None:
    """``_adjacent_runs`` of ``least`` (2 or 3) lines or more of the flagged lines, found by
    a scan in C of a byte per line rather than a Python step per flagged line."""
    for run in _RE_FLAGGED_RUNS[least].finditer(bytes(flags)):
        _keep(kept, run.start(), run.end())


def _keep(kept: list[bool], start: int, end: int) -> None:
    kept[start:end] = repeat(True, end - start)


def _address(stripped: list[str], visible: list[int], i: int, width: int, kept: list[bool]) -> None:
    """An address line and the short lines of its block around it (name, street, town)."""
    short = max(_SHORT * width, _ADDRESS_WIDTH)
    start = i
    while (
        start > 0
        and i - start < _ADDRESS_ABOVE
        and 0 < visible[start - 1] < short
        and stripped[start - 1].count(" ") < _ADDRESS_WORDS
    ):
        start -= 1
    end = i + 1
    if end < len(visible) and 0 < visible[end] < short and end - start < _MAX_ADDRESS_LINES:
        end += 1
    if all(visible[j] < short for j in range(start, end)):
        _keep(kept, start, end)


def _indented(
    lines: list[str],
    stripped: list[str],
    visible: list[int],
    has_text: list[bool],
    kept: list[bool],
) -> None:
    """Two or more lines in a row indented deeper than the text's least indented line: a
    quotation, verse, code or a table set in from the prose. A line of one character (the
    `` .`` of a Debian copyright file) goes with the lines around it, however indented, so
    that a later filter that moves it changes nothing here."""
    indents = list(map(operator.sub, map(len, lines), map(len, stripped)))
    texts = list(compress(indents, has_text))
    deeper = min(texts) + _INDENT
    if max(texts) >= deeper:
        indented = map(operator.and_, has_text, map(operator.ge, indents, repeat(deeper)))
        single = map(operator.eq, visible, repeat(1))
        _flagged_runs(map(operator.or_, indented, single), 2, kept)


def _blocks(
    stripped: list[str],
    visible: list[int],
    has_text: list[bool],
    width: int,
    timed: bool,
    kept: list[bool],
) -> None:
    """Blocks between blank lines that are not wrapped prose: stanzas, speeches and stage
    directions of a play, subtitles (``timed``: the text holds a ``-->``), blocks of short
    lines."""
    blocks = text_blocks(has_text)
    cues, names = _speeches(stripped, blocks)
    is_play = len(cues) >= _MIN_CUES and max(Counter(names).values()) >= 2
    if is_play:
        for start, end in cues:
            _keep(kept, start, end)
    _entries(stripped, blocks, kept)
    short = max(_SHORT_BLOCK * width, _NARROWEST_COLUMN)
    for start, end in blocks:
        if end - start < 2:
            continue
        if (
            (
                _starts_capitalised(stripped[start + 1 : min(end, start + 1 + _FIRST_LOOK)])
                and _starts_capitalised(stripped[start + 1 : end])
                and _is_stanza(stripped[start:end], visible[start:end], width)
            )
            or max(visible[start:end]) < short
            or (timed and any(map(TIMECODE.match, stripped[start:end])))
            or (is_play and _is_stage_direction(stripped[start:end]))
        ):
            _keep(kept, start, end)


def _speeches(
    stripped: list[str], blocks: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[str]]:
    """The blocks that open with a speaker cue and go on after it (on its line or the next),
    and the speakers' names. A cue alone in its block is a heading (``PREFACE.``, ``III.``)."""
    cues, names = [], []
    for start, end in blocks:
        cue = SPEAKER_CUE.match(stripped[start])
        if cue and (end - start > 1 or cue.end() < len(stripped[start])):
            name = cue.group().strip(" _.:")
            if sum(map(str.isalpha, name)) >= _CUE_LETTERS:
                cues.append((start, end))
                names.append(name)
    return cues, names


def _entries(stripped: list[str], blocks: list[tuple[int, int]], kept: list[bool]) -> None:
    """Entries of a glossary, a bibliography or footnotes: three or more blocks in a row that
    open with the same mark (``~Grendel~.--``, ``[12]``, ``* ``), kept like list items."""
    run: list[tuple[int, int]] = []
    for block in [*blocks, (0, 0)]:
        mark = stripped[block[0]][:1] if block[1] else ""
        if run and (mark != stripped[run[0][0]][:1] or block[0] > run[-1][1] + 2):
            if len(run) >= _MIN_ENTRIES:
                for start, end in run:
                    _keep(kept, start, end)
            run = []
        if mark in ENTRY_MARKS:
            run.append(block)


def _starts_capitalised(lines: list[str]) -> bool:
    """Whether three in four of the lines start with a capital letter (after quotes).
    (Counted by C-level maps, a slice at a time: a long paragraph is done with once too
    few capitals are left to reach the share.)"""
    least = _VERSE_CAPITALS * len(lines)
    capitals = 0
    for start in range(0, len(lines), _CAPITALS_SLICE):
        some = lines[start : start + _CAPITALS_SLICE]
        firsts: Iterator[str] = map(
            operator.getitem, map(str.lstrip, some, repeat(LEADING_MARKS)), repeat(_FIRST)
        )
        capitals += sum(map(str.isupper, firsts))
        if capitals + len(lines) - start - len(some) < least:
            return False
    return capitals >= least


def _is_stanza(block: Sequence[str], visible: list[int], width: int) -> bool:
    """Of lines that start with capitals, whether they end in punctuation often or fall
    short of the measure: verse, not a paragraph."""
    ends = map(str.endswith, map(str.rstrip, block[:-1], repeat(_CLOSERS)), repeat(_PUNCTUATION))
    punctuated = sum(ends)
    short = sum(map(operator.lt, visible[:-1], repeat(_SHORT * width)))
    if len(block) == 2:
        return punctuated == 1 or short == 1
    return punctuated >= _VERSE_PUNCTUATED * (len(block) - 1) or short == len(block) - 1


def _is_stage_direction(block: Sequence[str]) -> bool:
    """A block that opens in brackets, parentheses or italics, or holds a direction in
    italics inside brackets (``(_takes the one shaker_)``), as plays set stage directions."""
    return block[0][:1] in _DIRECTION_OPENERS or any("(_" in line or "[_" in line for line in block)
