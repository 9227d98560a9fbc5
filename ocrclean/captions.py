"""Picture artifacts of e-paper exports: ``??`` markers, captions, photo credits."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

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


def _has_marker_line(text: str) -> bool:
    """Whether a line of ``text`` starts with a picture marker: only the lines holding
    ``??`` or U+FFFC are tested (OCR of old print has stray ``??`` in prose)."""
    return any(_RE_MARKER_LINE.match(text, start) for start, _ in lines_holding(text, ("??", "\ufffc")))


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
    if not _has_marker_line(text):
        return text
    lines = text.split("\n")
    markers = [i for i, line in enumerate(lines) if ("??" in line or "\ufffc" in line) and _RE_MARKER_LINE.match(line)]
    keep: list[str] = []
    i = 0  # the first line not yet kept or dropped
    for marker in markers:
        if marker < i:
            continue  # this marker line repeated the caption before it, and went with it
        keep += lines[i:marker]
        caption = _caption(lines[marker])
        i = marker + 1
        if not caption and i + 1 < len(lines) and _same(_caption(lines[i]), lines[i + 1]):
            caption = _caption(lines[i])
            i += 1
        while i < len(lines) and _same(caption, lines[i]):
            i += 1
    return "\n".join(keep + lines[i:])
