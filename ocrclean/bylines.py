"""Bylines that an export turned into list items: ``- By Sylvie Corbet``."""

from __future__ import annotations

import re

from .edits import apply_edits

# A bullet (hyphen, dash, bullet or asterisk) before "By" + a capitalised word, on a line
# of its own: the shape e-paper exports give a byline.
_RE_BULLET_BYLINE = re.compile(
    r"(?m)^([ \t]*)[-\u2013\u2014\u2022\u00b7*][ \t]+(?=(?:By|BY)[ \t]+[A-Z])([^\n]*)"
)
# Where a byline may be: "By" or "BY" and a capitalised word. Only lines holding this are
# tested; the pattern starts with a literal, so one fast scan finds both spellings.
_RE_BY = re.compile(r"B[yY][ \t]+[A-Z]")
# Lower-case words that occur inside names and bylines ("Ludwig van Beethoven",
# "By Maria de la Cruz and John Smith of The Associated Press").
_NAME_PARTICLES = frozenset(
    "and & of the de da di du del della der den van von la le y bin al ibn st.".split()
)
_MAX_BYLINE_WORDS = 14


def _is_byline(line: str) -> bool:
    words = line.replace(",", " ").split()[1:]  # drop "By"
    if not words or len(words) > _MAX_BYLINE_WORDS:
        return False
    return (
        all(w[0].isupper() or w.lower() in _NAME_PARTICLES for w in words)
        and words[-1][0].isupper()
    )


def _unbullet(match: re.Match[str]) -> str:
    indent, line = match.groups()
    return indent + line if _is_byline(line) else match.group()


def strip_byline_bullets(text: str) -> str:
    """Remove the bullet an export put before a byline: ``- By Name`` -> ``By Name``.

    The rest of the line must read as a byline: "By" and then names (capitalised words,
    initials, particles such as ``van``, ``de``, ``and``), as in ``- By Sylvie Corbet and
    Vladimir Isachenkov`` or ``• BY JOHN SMITH, The Associated Press``.

    Leaves alone: real list items (``- 3.5 million homes``, ``- by the way, no``), and
    bullets before a sentence that happens to start with "By" (``- By 2030 the city will
    grow``).

    >>> strip_byline_bullets("- By Sylvie Corbet and Vladimir Isachenkov\\n- 3.5 million homes")
    'By Sylvie Corbet and Vladimir Isachenkov\\n- 3.5 million homes'
    """
    edits = []
    line_end = -1  # the end of the last line tested: each line is tested once
    for by in _RE_BY.finditer(text):
        if by.start() <= line_end:
            continue
        line_start = text.rfind("\n", 0, by.start()) + 1
        line_end = text.find("\n", by.start())
        line_end = len(text) if line_end < 0 else line_end
        match = _RE_BULLET_BYLINE.match(text, line_start)
        if match:
            replacement = _unbullet(match)
            if replacement != match.group():
                edits.append((match.start(), match.end(), replacement))
    return apply_edits(text, edits) if edits else text
