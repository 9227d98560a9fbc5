"""Paragraph structure: unwrap hard-wrapped lines, rejoin paragraphs broken mid-sentence."""

from __future__ import annotations

import operator
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from itertools import accumulate, compress, repeat
from typing import NamedTuple

from .data.shapes import LIST_ITEM, TABLE_ROW
from .edits import Edit, apply_edits, compose, make_edits
from .structure import is_structured, structured_lines, text_blocks

# A record line: a few words holding two numbers or more, the last at the end of the line
# ("Toronto 3, Boston 2", "Smith ...... 25 10").
_RE_NUMBER = re.compile(r"\d+")

# Share of lines that must fill the measure for a text to count as hard-wrapped, and share
# of those that must end mid-sentence (text with one paragraph per line ends nearly every
# line with a full stop).
_FULL_LINE = 0.6
_MIN_FULL_SHARE = 0.5
_MIN_OPEN_SHARE = 0.3
# A break is deliberate when the next line's first word would have fitted on this line
# (with a margin for proportional type: a line ending a sentence needs less evidence).
_FIT = 0.85
_FIT_AFTER_STOP = 0.9
# An all-capitals line with this many letters is a heading ("TERRIBLE AWAKENING").
_HEADING_LETTERS = 4
_MIN_WRAPPED_LINES = 3
_STOPS = (".", "!", "?", ":")
_CLOSERS = "\"'\u2019\u201d)]"
_MAX_PASSES = 4
# Why a line break is joined or widened, as the edit log says it.
_WRAPPED = "a wrapped line: it ends mid-sentence and the next line starts in lower case"
_NO_ROOM = "a wrapped line: the next line's first word would not have fitted on it"
_PARAGRAPH_END = "a paragraph end: the line ends a sentence, the next word would have fitted"
_DECIDED_WHY = {"\n\n": _PARAGRAPH_END, " ": _NO_ROOM, "\n": _NO_ROOM}  # by separator
_FIRST = slice(0, 1)  # a line's first character, or "" for an empty line
_SPACE_OR_BREAK = ("\n", " ")  # indexed by whether a break is joined
# What may start a list item (``LIST_ITEM``): a bullet or an opening bracket, and what
# ends an enumerator ("a)", "B.").
_LIST_MARKS = frozenset("-\u2013\u2022\u25aa*(")
_ENUMERATOR_ENDS = frozenset(".)")
# A text whose longest line is shorter than this has no measure to tell structures by.
_UNMEASURED_WIDTH = 40
# A block of lines (between blank lines) is a list, not wrapped prose, when at least this
# many of its lines end without a stop, fewer than this share of those go on in lower case
# on the next line, and fewer than this share fill the measure or half of them hold at most
# this many words: names in an AUTHORS file, a price list. Wrapped prose goes on in lower
# case after most such lines (English and French columns 60-100%, German, which
# capitalises nouns, 30% and up), and a wrapped list of names (a casualty list set as a
# paragraph) fills lines of six words or more.
_LIST_MIN_OPEN = 8
_LIST_LOWER_SHARE = 0.2
_LIST_FULL_SHARE = 0.5
_LIST_ENTRY_WORDS = 4


def _measure(visible: list[int], ends: list[bool], has_text: list[bool]) -> int | None:
    """The wrap width of hard-wrapped text, or None when the text is not hard-wrapped.
    ``visible``: each line's visible length; ``ends``: whether it ends a sentence;
    ``has_text``: whether it is not blank."""
    shared = list(map(operator.and_, has_text, has_text[1:]))  # a line and the next have text
    inner_lines = shared.count(True)
    if inner_lines < _MIN_WRAPPED_LINES:
        return None
    width = _nine_tenths_length(visible)
    full_lines = list(
        map(operator.and_, shared, map(operator.ge, visible, repeat(_FULL_LINE * width)))
    )
    full = full_lines.count(True)
    open_ended = full - sum(compress(ends, full_lines))
    if full < _MIN_FULL_SHARE * inner_lines or open_ended < _MIN_OPEN_SHARE * full:
        return None
    return width


def _nine_tenths_length(visible: list[int]) -> int:
    """The visible length at nine tenths of the lines with text in order of length: the
    wrap width of most hard-wrapped text. (Counted in C rather than sorted.)

    >>> _nine_tenths_length([0, 30, 31, 29, 30, 32, 30, 0, 12, 31, 30, 50, 31])
    32
    """
    counts = Counter(visible)
    del counts[0]  # blank lines
    lengths = sorted(counts)
    fewer = list(accumulate(map(counts.__getitem__, lengths)))  # lines up to each length
    return lengths[bisect_right(fewer, int(fewer[-1] * 0.9))]


def _ends_with_number(line: str) -> bool:
    """A digit ends the line, perhaps followed by ``)`` or ``.`` ("2", "(3)", "4.")."""
    last = line[-1:]
    return last.isdecimal() or (last in (")", ".") and line[-2:-1].isdecimal())


def _is_record(line: str) -> bool:
    return _ends_with_number(line) and len(line.split()) <= 8 and len(_RE_NUMBER.findall(line)) >= 2


def _is_table_row(line: str) -> bool:
    return ("\t" in line or "   " in line) and bool(TABLE_ROW.search(line))


def _is_heading(line: str) -> bool:
    return line.isupper() and sum(map(str.isupper, line)) >= _HEADING_LETTERS


def _plain(line: str) -> bool:
    """Certainly no heading, record, table row or list item, by a look at a (stripped,
    non-blank) line's first two and last two characters: most lines of a column."""
    return not (
        line[0] in _LIST_MARKS
        or line[0].isdecimal()
        or line[1:2] in _ENUMERATOR_ENDS
        or line[-1].isdecimal()
        or line[-2:-1].isdecimal()
        or line.isupper()
        or "   " in line
        or "\t" in line
    )


def _separator(line: str, following: str, width: int, length: int, ends_sentence: bool) -> str:
    """What joins ``line`` to ``following`` (both stripped, neither blank; ``length`` is
    ``line``'s visible length, ``ends_sentence`` whether it ends a sentence): a space, a
    line break or a paragraph break."""
    if not ends_sentence and following[0].islower():
        return " "  # mid-sentence: a wrapped line whatever its length
    room = length + len(following.split(None, 1)[0])  # a word holds no spaces or tabs
    deliberate = (
        room < (_FIT_AFTER_STOP if ends_sentence else _FIT) * width
        or _is_heading(line)
        or (ends_sentence and _is_heading(following))
    )
    if (
        (_is_record(following) and (line.endswith(":") or _is_record(line)))
        or _is_table_row(line)
        or _is_table_row(following)
        or (LIST_ITEM.match(following) and (deliberate or ends_sentence or LIST_ITEM.match(line)))
        or (LIST_ITEM.match(line) and not following[0].islower())
    ):
        return "\n"
    if not deliberate:
        return " "
    return "\n\n" if ends_sentence else "\n"


def unwrap_lines(text: str) -> str:
    """Unwrap hard-wrapped text into paragraphs, one line each, a blank line between.

    Runs only when the text is hard-wrapped: most lines inside paragraphs fill a common
    measure and many end mid-sentence. A line break is then kept where the next line's
    first word would have fitted on the line (a paragraph end after a full stop, a heading,
    an address), before list items, in tables, between record lines such as score lines
    (``Toronto 3, Boston 2``) and between the entries of a list: a block of lines that end
    without a stop and go on with a capital, mostly short (names in an AUTHORS file, a
    price list), or three lines or more in a row that open alike (comments: ``;;``,
    ``--``, ``#``; a dated catalogue: ``Apr 2000 Ben-Hur...``). Other line breaks become
    spaces; a paragraph end becomes a blank line.

    Leaves alone: text that is not hard-wrapped (one paragraph per line), blank lines,
    indentation of lines kept as they are. ``--keep-lines`` turns this step off.

    >>> print(unwrap_lines(
    ...     "LAND SALE.\\n"
    ...     "At eleven o'clock on Wednesday the\\n"
    ...     "14th of June, the Crown lands at the\\n"
    ...     "Treasury will be offered at auction,\\n"
    ...     "the upset price being 20s. per acre.\\n"
    ...     "Deposit 10 per cent.\\n"
    ...     "Toronto 3, Boston 2\\n"
    ...     "Ottawa 4, Quebec 1"
    ... ))
    LAND SALE.
    <BLANKLINE>
    At eleven o'clock on Wednesday the 14th of June, the Crown lands at the Treasury will be offered at auction, the upset price being 20s. per acre. Deposit 10 per cent.
    <BLANKLINE>
    Toronto 3, Boston 2
    Ottawa 4, Quebec 1
    """
    for _ in range(_MAX_PASSES):
        unwrapping = _unwrap_once(text)
        if unwrapping.changed:
            text = unwrapping.text()
        if unwrapping.settled or not unwrapping.changed:
            break
    return text


def unwrap_edits(text: str) -> list[Edit]:
    """What ``unwrap_lines`` changes, and why: each line break it joins or widens."""
    edits: list[Edit] = []
    original = text
    for _ in range(_MAX_PASSES):
        unwrapping = _unwrap_once(text)
        found = unwrapping.edits()
        if found:
            text = apply_edits(text, found)
            edits = compose(original, edits, found)
        if unwrapping.settled or not found:
            break
    return edits


def _line_figures(text: str) -> tuple[list[str], list[str], list[int], list[bool], list[bool]]:
    """A text's lines, stripped, and for each its visible length, whether it ends a
    sentence and whether it holds text: what ``_measure`` weighs."""
    lines = text.split("\n")
    stripped = list(map(str.strip, lines))
    # A line's visible length: without spaces and tabs, so a later spacing fix changes no verdict.
    visible = list(map(operator.sub, map(len, stripped), map(str.count, stripped, repeat(" "))))
    if "\t" in text:
        visible = list(map(operator.sub, visible, map(str.count, stripped, repeat("\t"))))
    ends = list(map(str.endswith, map(str.rstrip, stripped, repeat(_CLOSERS)), repeat(_STOPS)))
    return lines, stripped, visible, ends, list(map(bool, visible))


def kept_lines(text: str) -> list[bool] | None:
    """For each line of ``text``, whether it belongs to a structure that keeps its line
    breaks (verse, a table, code...; see ``structure.structured_lines``), measured as
    ``unwrap_lines`` measures it; a text that is not hard-wrapped (unwrapped paragraphs, one
    per line) is measured against its longest line. ``None`` when there is no measure: a
    text of a few short lines, whose shapes cannot be told apart. Other filters ask it
    before they act across a line break.

    >>> prose = "The troops were moved to the northern front in the spring of that year\\n" * 4
    >>> kept_lines(prose + "\\nso much depends\\nupon\\n\\na red wheel\\nbarrow\\n")[4:]
    [False, True, True, False, True, True, False]
    """
    lines, stripped, visible, ends, has_text = _line_figures(text)
    width = _measure(visible, ends, has_text) or max(visible)
    if width < _UNMEASURED_WIDTH:
        return None
    return structured_lines(lines, stripped, visible, width)


def _is_hard_wrapped(text: str) -> bool:
    """Whether ``unwrap_lines`` measures ``text`` as hard-wrapped."""
    return _measure(*_line_figures(text)[2:]) is not None


class _Unwrapping(NamedTuple):
    """One unwrapping pass's decisions on a text: what each line break becomes, and why."""

    lines: list[str]
    stripped: list[str]
    separators: list[str]  # for each line break: "\n" kept, " " joined, "\n\n" widened
    joined: list[bool]
    decided: list[int]  # the breaks decided one by one (the others are ``_WRAPPED``)
    changed: bool
    settled: bool  # whether the output is certainly not hard-wrapped

    def text(self) -> str:
        """The text the pass leaves: its lines, each separated from the next as decided; a
        line joined to the next or the previous loses its blanks on that side. (Built by
        C-level maps, as ``apply_edits(text, self.edits())`` would build it, without the
        edits: most lines have no blanks to lose.)"""
        lines, stripped, joined = self.lines, self.stripped, self.joined
        if lines != stripped:
            lines = lines.copy()
            padded = list(map(operator.ne, lines, stripped))
            either_padded = map(operator.or_, padded, padded[1:])
            for i in compress(range(len(joined)), map(operator.and_, joined, either_padded)):
                lines[i] = lines[i].rstrip()
                lines[i + 1] = lines[i + 1].lstrip()
        pieces = [""] * (2 * len(lines) - 1)
        pieces[::2] = lines
        pieces[1::2] = self.separators
        return "".join(pieces)

    def edits(self) -> list[Edit]:
        """Each changed line break as an edit of the pass's text, with its reason."""
        lines, stripped, separators, joined = (
            self.lines,
            self.stripped,
            self.separators,
            self.joined,
        )
        if not self.changed:
            return []
        changed = list(compress(range(len(separators)), map("\n".__ne__, separators)))
        # where the line break after each line stands
        breaks = list(accumulate(map((1).__add__, map(len, lines)), initial=-1))
        cuts = list(map(breaks.__getitem__, map((1).__add__, changed)))
        resumes = list(map((1).__add__, cuts))
        padded = list(map(operator.ne, lines, stripped))  # a line with blanks to lose
        either_padded = list(map(operator.or_, padded, padded[1:]))  # (it or the next)
        losing = map(
            operator.and_, map(joined.__getitem__, changed), map(either_padded.__getitem__, changed)
        )
        for k in compress(range(len(changed)), losing):
            i = changed[k]
            if lines[i] != stripped[i]:
                cuts[k] -= len(lines[i]) - len(lines[i].rstrip())
            if lines[i + 1] != stripped[i + 1]:
                resumes[k] += len(lines[i + 1]) - len(lines[i + 1].lstrip())
        decided = map(separators.__getitem__, self.decided)
        whys = dict(zip(self.decided, map(_DECIDED_WHY.__getitem__, decided)))
        reasons = list(map(whys.get, changed, repeat(_WRAPPED)))
        return make_edits(cuts, resumes, map(separators.__getitem__, changed), reasons)


_UNCHANGED = _Unwrapping([], [], [], [], [], changed=False, settled=True)


def _unwrap_once(text: str) -> _Unwrapping:
    """One unwrapping pass's decisions, and whether its output is certainly settled (not
    hard-wrapped).

    The output has fewer, longer lines, which a second pass measures anew, so
    ``unwrap_lines`` runs to a fixed point and is idempotent. The output's line lengths
    are sums of the input's, so most second passes end here, without a look at the text.

    Lines are measured, and a break between a line that ends mid-sentence and a lower-case
    line (most lines of a column) decided, by C-level maps; only the other breaks between
    two lines of text are looked at one by one."""
    lines, stripped, visible, ends, has_text = _line_figures(text)
    width = _measure(visible, ends, has_text)
    if width is None:
        return _UNCHANGED
    firsts: Iterator[str] = map(operator.getitem, stripped[1:], repeat(_FIRST))
    lower_next = map(str.islower, firsts)
    mid_sentence = list(map(operator.and_, has_text, map(operator.gt, lower_next, ends)))
    joined = mid_sentence
    # Breaks between two lines of text; a line of a structure keeps its breaks on both sides.
    between = list(map(operator.and_, has_text, has_text[1:]))
    kept = structured_lines(lines, stripped, visible, width)
    if any(kept):  # (looked at line by line: most lines are in no structure)
        joined = mid_sentence.copy()
        structured = list(compress(range(len(kept)), kept))
        for i in {*structured, *map((-1).__add__, structured)} - {-1, len(joined)}:
            joined[i] = between[i] = False
    separators = list(map(_SPACE_OR_BREAK.__getitem__, joined))
    # The other breaks between two lines of text (listed before the loop changes ``joined``).
    hard = list(compress(range(len(joined)), map(operator.gt, between, joined)))
    limits = (_FIT * width, _FIT_AFTER_STOP * width)
    if hard:
        listed = _list_lines(stripped, visible, ends, has_text, mid_sentence, limits[0])
        if listed:  # a list's lines keep their breaks
            hard = [i for i in hard if i not in listed]
    plain_line = -1  # a line that the break before found plain
    for i in hard:
        line, following, end = stripped[i], stripped[i + 1], ends[i]
        if (i == plain_line or _plain(line)) and _plain(following):
            # no heading, record, table row or list item: room decides
            plain_line = i + 1
            room = visible[i] + len(following.split(None, 1)[0])
            separator = ("\n\n" if end else "\n") if room < limits[end] else " "
        else:
            separator = _separator(line, following, width, visible[i], end)
        separators[i] = separator
        joined[i] = separator == " "
    changed = separators.count("\n") < len(separators)
    settled = _settled(visible, ends, joined, separators)
    return _Unwrapping(lines, stripped, separators, joined, hard, changed, settled)


def _list_lines(
    stripped: list[str],
    visible: list[int],
    ends: list[bool],
    has_text: list[bool],
    mid_sentence: list[bool],
    full: float,
) -> frozenset[int]:
    """The lines of blocks that are lists (see ``_LIST_MIN_OPEN``); ``mid_sentence``: for
    each line, whether it ends mid-sentence and the next goes on in lower case; ``full``: the
    length from which a line fills the measure."""
    listed: set[int] = set()
    for start, end in text_blocks(has_text):
        block = range(start, end - 1)  # the breaks between two lines of the block
        # (counted in C, each only where the counts before leave it undecided)
        open_count = len(block) - ends[block.start : block.stop].count(True)
        if open_count < _LIST_MIN_OPEN:
            continue
        if mid_sentence[block.start : block.stop].count(True) >= _LIST_LOWER_SHARE * open_count:
            continue  # (the open breaks followed by a lower-case line)
        open_breaks = list(compress(block, map(operator.not_, ends[block.start : block.stop])))
        filled = sum(map(operator.ge, map(visible.__getitem__, open_breaks), repeat(full)))
        if filled >= _LIST_FULL_SHARE * len(open_breaks):
            # (a line of up to that many words splits into as many, split that many times)
            words = map(
                len,
                map(
                    str.split,
                    map(stripped.__getitem__, open_breaks),
                    repeat(None),
                    repeat(_LIST_ENTRY_WORDS),
                ),
            )
            short = sum(map(_LIST_ENTRY_WORDS.__ge__, words))
            if 2 * short < len(open_breaks):
                continue
        listed.update(block)
    return frozenset(listed)


def _settled(
    visible: list[int], ends: list[bool], joined: list[bool], separators: list[str]
) -> bool:
    """Whether a pass's output is not hard-wrapped, measured from the input's figures: an
    output line is a run of joined input lines, and a paragraph break adds a blank line."""
    last = [*map(operator.not_, joined), True]  # the input lines that end an output line
    totals = list(compress(accumulate(visible), last))
    lengths = list(map(operator.sub, totals, [0, *totals[:-1]]))
    paragraph_ends = list(map("\n\n".__eq__, compress(separators, last)))
    keep = [True] * (2 * len(lengths))
    keep[1::2] = [*paragraph_ends, False]
    out_visible, out_ends = [0] * len(keep), [False] * len(keep)
    out_visible[::2], out_ends[::2] = lengths, compress(ends, last)
    out_visible = list(compress(out_visible, keep))
    return (
        _measure(out_visible, list(compress(out_ends, keep)), list(map(bool, out_visible))) is None
    )


# A line that starts like a continued sentence: a lower-case word, then a space ("downing
# of"). (Found by its line break, a fast scan; the blank lines before it are looked at
# only there.)
_RE_CONTINUED_LINE = re.compile(r"\n[ \t]*(?=[a-z]+[ ,;:])")
_BLANKS = " \t\n"
# A sentence broken off has at least this many words on its last line; shorter lines are
# headings, list entries and captions ("undisplay [expression]", "retval").
_MIN_BROKEN_WORDS = 4
# Rejoined lines can tip the measure of a text that was not hard-wrapped (a column cut by so many
# blank lines that unwrapping did not recognise it, or a few short lines), so that a second run
# would unwrap it. Texts up to this many characters (an article, a chapter) are measured before
# and after; longer ones (the command's 256 kB blocks) are not, for cost: a measure costs
# about 7 ms per MB, five times the filter itself.
_CHECKED_CHARS = 100_000


_MID_SENTENCE = (
    "a paragraph broken mid-sentence: it ends without a stop, the next starts in lower case"
)
# The lines either side of a paragraph break that are looked at for a structure.
_STRUCTURE_LOOK = 12


def _in_structure(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether the paragraphs either side of a break (the last line of the first from
    ``line_start`` to ``start``, the second from ``end``) are indented at the break or hold
    a structure (code, a table, verse, a list...): those keep their blank lines."""
    next_start = text.rfind("\n", 0, end) + 1
    if text[line_start] in _BLANKS[:2] or text[next_start] in _BLANKS[:2]:
        return True
    before = text[:start].rsplit("\n\n", 1)[-1].split("\n")[-_STRUCTURE_LOOK:]
    after = text[next_start:].split("\n\n", 1)[0].split("\n")[:_STRUCTURE_LOOK]
    return is_structured("\n".join(before)) or is_structured("\n".join(after))


def rejoin_broken_paragraphs(text: str, *, keep_lines: bool = False) -> str:
    """Rejoin a paragraph split in mid-sentence by a blank line.

    ``failing to prevent the⏎⏎downing of a Russian warplane`` is one sentence: a paragraph
    that ends without closing punctuation, followed by one that starts with a lower-case
    word, was split by a column or page break. The blank line becomes a space (a line
    break with ``keep_lines``).

    Leaves alone: paragraphs ending in ``. ! ? : ;``, a quote or a dash; a last line of
    fewer than four words (a heading, a list entry); paragraphs that are indented at the
    break or hold a structure (code, a table, verse, a list: see ``structure.py``);
    paragraphs that start with a capital,
    a digit, a bullet, an enumerator (``a)``, ``i.``) or a word glued to punctuation; a
    text of up to 100,000 characters that is not hard-wrapped but would measure as
    hard-wrapped once rejoined (``unwrap_lines`` would then change it on a second run).

    >>> rejoin_broken_paragraphs("failing to prevent the\\n\\ndowning of a jet.\\n\\nthen")
    'failing to prevent the downing of a jet.\\n\\nthen'
    """
    return apply_edits(text, paragraph_edits(text, keep_lines=keep_lines))


def paragraph_edits(text: str, *, keep_lines: bool = False) -> list[Edit]:
    """What ``rejoin_broken_paragraphs`` changes, and why."""
    edits: list[Edit] = []
    joined_end, joined_words = -1, 0  # where the last rejoined line continues, and its words so far
    for line in _RE_CONTINUED_LINE.finditer(text):
        end = line.end()
        start = end  # the paragraph break: the blank lines before, from their first line break
        while start and text[start - 1] in _BLANKS:
            start -= 1
        start = text.find("\n", start, end)
        if text.count("\n", start, end) < 2:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        last_line = text[line_start:start].rstrip(" \t")
        words = len(last_line.split()) + (
            joined_words if line_start <= joined_end and not keep_lines else 0
        )
        if (
            (last_line[-1:].isalnum() or last_line.endswith(","))
            and words >= _MIN_BROKEN_WORDS
            and not _in_structure(text, line_start, start, end)
        ):
            edits.append(Edit(start, end, "\n" if keep_lines else " ", _MID_SENTENCE))
            joined_end, joined_words = end, words
    if not edits or keep_lines:
        return edits
    rejoined_length = len(text) - sum(end - start - 1 for start, end, _, _ in edits)
    if (
        rejoined_length <= _CHECKED_CHARS
        and _is_hard_wrapped(apply_edits(text, edits))
        and not _is_hard_wrapped(text)
    ):
        return []
    return edits
