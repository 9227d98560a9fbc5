"""Picture artifacts of e-paper exports: ``??`` markers, captions, photo credits."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .edits import apply_edits
from .lines import lines_holding

# A picture marker: "??" (or more) or U+FFFC OBJECT REPLACEMENT CHARACTER standing as a
# token of its own at the start of a line, where e-paper exports put one per picture:
# " ??  ?? Putin" / "?? RICHARD LAUTENS TORONTO STAR ?? Councillors debate the budget".
_RE_MARKER_LINE = re.compile(r"[ \t]*(?:\?{2,}|\ufffc)(?!\S)")
_RE_MARKER = re.compile(r"(?:^|(?<=\s))(?:\?{2,}|\ufffc)(?=\s|$)")
_RE_SPACES = re.compile(r"\s+")
# A repeated caption may differ from the first print by an OCR error or two.
_SAME_CAPTION = 90


def _caption(line: str) -> str:
    return _RE_SPACES.sub(" ", _RE_MARKER.sub(" ", line)).strip()


def _same(a: str, b: str) -> bool:
    return bool(a) and fuzz.ratio(a, _RE_SPACES.sub(" ", b).strip()) >= _SAME_CAPTION


def _line(text: str, start: int) -> tuple[str, int]:
    """The line starting at ``start``, and where the next one starts (past the text: none)."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return text[start:end], end + 1


def strip_captions(text: str) -> str:
    """Remove picture markers with their captions and photo credits.

    E-paper exports (PressReader and similar) mark each picture with ``??`` at the start of
    a line, followed by the photo credit and caption, and often print the caption again on
    the next line. The marker line goes, and so do the lines right after it that repeat its
    caption (a bare marker line takes a caption printed twice below it).

    Leaves alone: question marks in prose (``Why??``, ``What ?? he asked``), a marker line's
    neighbours that do not repeat its caption (they may be body text).

    >>> strip_captions("Text.\\n\\n ??  ?? Putin\\nPutin\\n ??  ?? Hollande\\nHollande\\n")
    'Text.\\n\\n'
    """
    # Lines are walked by position: only marker lines and the lines after them are looked at
    # (OCR of old print has stray "??" in prose, so only lines holding a marker are tested).
    drop: list[list[int]] = []  # [start, end) of each run of dropped lines, newlines included
    done = 0  # where the first line not yet kept or dropped starts
    for start, end in lines_holding(text, ("??", "\ufffc")):
        if start < done or not _RE_MARKER_LINE.match(text, start):
            continue  # not a marker line, or one that repeated the caption before it and went with it
        caption = _caption(text[start:end])
        done = end + 1
        if not caption and done <= len(text):
            first, second = _line(text, done)
            if second <= len(text) and _same(_caption(first), _line(text, second)[0]):
                caption, done = _caption(first), second
        while done <= len(text):
            line, after = _line(text, done)
            if not _same(caption, line):
                break
            done = after
        if drop and drop[-1][1] == start:
            drop[-1][1] = done
        else:
            drop.append([start, done])
    if not drop:
        return text
    if drop[-1][1] > len(text):  # the last lines go, and the line break before them
        drop[-1] = [max(drop[-1][0] - 1, 0), len(text)]
    return apply_edits(text, [(start, end, "") for start, end in drop])
