"""Picture artifacts of e-paper exports: ``??`` markers, captions, photo credits."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .boilerplate import is_epaper_footer
from .edits import Edit, apply_edits
from .lines import folded, lines_holding

# A picture marker: "??" (or more) or U+FFFC OBJECT REPLACEMENT CHARACTER standing as a
# token of its own at the start of a line, where e-paper exports put one per picture:
# " ??  ?? Putin" / "?? RICHARD LAUTENS TORONTO STAR ?? Councillors debate the budget".
_RE_MARKER_LINE = re.compile(r"[ \t]*(?:\?{2,}|\ufffc)(?!\S)")
_RE_MARKER = re.compile(r"(?:^|(?<=\s))(?:\?{2,}|\ufffc)(?=\s|$)")
# Two markers on one line, the photo credit (if any) between them, the caption after:
# " ??  ?? Putin", "?? RICHARD LAUTENS TORONTO STAR ?? Councillors debate the budget".
_RE_PAIRED = re.compile(
    r"[ \t]*(?:\?{2,}|\ufffc)[ \t]+(?:(?P<credit>\S[^\n]*?)[ \t]+)?(?:\?{2,}|\ufffc)(?![^\s])"
)
# A photo credit: capitals only, two words or more ("RICHARD LAUTENS TORONTO STAR",
# "AFP/GETTY IMAGES"), never lower-case letters; two of its words have three letters or
# more (not "I. O. O. F.").
_RE_CREDIT = re.compile(r"[A-Z][A-Z.'/&-]*(?: [A-Z][A-Z.'/&-]*)+")
_RE_CREDIT_WORD = re.compile(r"[A-Z]{3,}")
# A caption printed twice holds a word: OCR of old print repeats short junk lines (".", "i").
_MIN_CAPTION_LETTERS = 4
_RE_SPACES = re.compile(r"\s+")
# A repeated caption may differ from the first print by an OCR error or two.
_SAME_CAPTION = 90
# The e-paper footer lines, looked for only on lines holding one of these (lower-cased).
_FOOTER_WORDS = ("newspapers", "pressreader")

Drop = tuple[int, int, str]  # start, end (past the line break) and why


def _caption(line: str) -> str:
    return _RE_SPACES.sub(" ", _RE_MARKER.sub(" ", line)).strip()


def _same(a: str, b: str) -> bool:
    return bool(a) and fuzz.ratio(a, _RE_SPACES.sub(" ", b).strip()) >= _SAME_CAPTION


def _line(text: str, start: int) -> tuple[str, int]:
    """The line starting at ``start``, and where the next one starts (past the text: none)."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return text[start:end], end + 1


def _printed_twice(text: str, start: int, end: int) -> bool:
    """Whether the marker line at ``start`` has its caption printed again below it (a bare
    marker line: a caption printed twice below it)."""
    caption, after = _caption(text[start:end]), end + 1
    if after > len(text):
        return False
    following, after = _line(text, after)
    if not caption:
        caption = _caption(following)
        if after > len(text):
            return False
        following = _line(text, after)[0]
    return sum(c.isalpha() for c in caption) >= _MIN_CAPTION_LETTERS and _same(caption, following)


def _is_credit(text: str) -> bool:
    return bool(_RE_CREDIT.fullmatch(text)) and len(_RE_CREDIT_WORD.findall(text)) >= 2


def epaper_signature(text: str, marker_lines: list[tuple[int, int]] | None = None) -> str:
    """Why ``text`` is an e-paper export, or "": a picture marker line printed the way
    e-paper exports print them, or one of their page footers.

    The signature is two markers with a photo credit between them (``?? AFP/GETTY IMAGES ??
    Putin``), a marker line (two markers, or U+FFFC) whose caption is printed again on the
    next line, or a PressReader footer (``Newspapers in English``).

    >>> epaper_signature(" ??  ?? Putin\\nPutin\\n")
    'the caption of a picture marker line is printed twice (line 1)'
    >>> epaper_signature("?? strongholds in the regions of the\\n?? M README.md\\n")
    ''
    """
    if marker_lines is None:
        marker_lines = _marker_lines(text)
    for start, end in marker_lines:
        number = text.count("\n", 0, start) + 1
        paired = _RE_PAIRED.match(text, start, end)
        credit = paired.group("credit") if paired else None
        if paired and credit and _is_credit(credit) and paired.end() < end:
            return f"two picture markers hold a photo credit (line {number})"
        if (paired or text[start:end].lstrip().startswith("\ufffc")) and _printed_twice(
            text, start, end
        ):
            return f"the caption of a picture marker line is printed twice (line {number})"
    lowered = folded(text)
    for start, end in (
        lines_holding(text, _FOOTER_WORDS, lowered=lowered) if lowered is not None else []
    ):
        if is_epaper_footer(text[start:end]):
            number = text.count("\n", 0, start) + 1
            return f"an e-paper footer: {text[start:end].strip()!r} (line {number})"
    return ""


def _marker_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line that starts with a picture marker."""
    return [
        (start, end)
        for start, end in lines_holding(text, ("??", "\ufffc"))
        if _RE_MARKER_LINE.match(text, start)
    ]


def caption_drops(text: str) -> list[Drop]:
    """What ``strip_captions`` removes, and why: ``(start, end, why)`` of each run of lines,
    in order."""
    marker_lines = _marker_lines(text)
    if not marker_lines:
        return []
    signature = epaper_signature(text, marker_lines)
    if not signature:
        return []
    why = f"picture marker and caption in an e-paper export: {signature}"
    # Lines are walked by position: only marker lines and the lines after them are looked at.
    drop: list[list[int]] = []  # [start, end) of each run of dropped lines, newlines included
    done = 0  # where the first line not yet kept or dropped starts
    for start, end in marker_lines:
        if start < done:
            continue  # a marker line that repeated the caption before it and went with it
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
    if drop[-1][1] > len(text):  # the last lines go, and the line break before them
        drop[-1] = [max(drop[-1][0] - 1, 0), len(text)]
    return [(start, end, why) for start, end in drop]


def strip_captions(text: str) -> str:
    """Remove picture markers with their captions and photo credits, in e-paper exports.

    E-paper exports (PressReader and similar) mark each picture with ``??`` at the start of
    a line, followed by the photo credit and caption, and often print the caption again on
    the next line. In a document that shows this signature (two markers with a photo credit
    between them, a marker line whose caption is printed twice, or a PressReader footer such
    as ``Newspapers in English``), each marker line goes, and so do the lines right after
    it that repeat its caption (a bare marker line takes a caption printed twice below it).

    Leaves alone: every ``??`` line of a document without that signature (historical OCR
    marks unreadable letters with ``??``; ``git status --short`` prints ``?? file``),
    question marks in prose (``Why??``, ``What ?? he asked``), a marker line's neighbours
    that do not repeat its caption (they may be body text).

    >>> strip_captions("Text.\\n\\n ??  ?? Putin\\nPutin\\n ??  ?? Hollande\\nHollande\\n")
    'Text.\\n\\n'
    >>> strip_captions("the Turkish\\n?? strongholds in the regions of the\\nnear east\\n")
    'the Turkish\\n?? strongholds in the regions of the\\nnear east\\n'
    """
    return apply_edits(text, caption_edits(text))


def caption_edits(text: str) -> list[Edit]:
    """What ``strip_captions`` removes, and why."""
    return [Edit(start, end, "", why) for start, end, why in caption_drops(text)]
