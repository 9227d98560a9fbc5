"""Bylines that an export turned into list items: ``- By Sylvie Corbet``."""

from __future__ import annotations

import re

from .data.bylines import BYLINE_TITLE_WORDS, NEWS_AGENCIES
from .edits import Edit, apply_edits, narrowed

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
_WHY = "a list bullet before a byline that stands alone"
# A word of a name: capitalised (``Sylvie``, ``O'Brien``, ``Jean-Luc``) or an initial (``J.``).
_RE_NAME_WORD = re.compile(r"[A-Z][\w'\u2019.-]*")
# Where a name ends and a job title or affiliation starts: "John Doe, Staff Writer",
# "Jane Smith - Political editor", "JOHN SMITH | AP".
_RE_TITLE_SEPARATOR = re.compile(r"\s*(?:,|\s[-\u2013\u2014|]\s)\s*")
# A bullet item: the lines around a byline that make it part of a list.
_RE_BULLET_ITEM = re.compile(r"[ \t]*(?:[-\u2013\u2014\u2022\u00b7*]|\(?\w{1,3}[.)])[ \t]+\S")


def _is_name(words: list[str]) -> bool:
    """Names: two capitalised words or more, with particles between (``Maria de la Cruz``,
    ``Sylvie Corbet and Vladimir Isachenkov``), or a news agency (``Reuters``)."""
    if len(words) == 1:
        return words[0].lower() in NEWS_AGENCIES
    return (
        all(_RE_NAME_WORD.fullmatch(w) or w.lower() in _NAME_PARTICLES for w in words)
        and words[0][0].isupper()
        and words[-1][0].isupper()
    )


def _is_title(words: list[str]) -> bool:
    """A job title or an affiliation: capitalised words (``The Associated Press``, ``Staff
    Writer``), or words of a job title in any case (``Political editor``, ``staff writer``)."""
    return all(_RE_NAME_WORD.fullmatch(w) or w.lower() in _NAME_PARTICLES for w in words) or all(
        w.lower() in BYLINE_TITLE_WORDS for w in words
    )


def _is_byline(line: str) -> bool:
    """ "By" and names, then perhaps a job title or an affiliation."""
    rest = line.split(None, 1)[1] if len(line.split(None, 1)) > 1 else ""
    if len(rest.split()) > _MAX_BYLINE_WORDS:
        return False
    parts = _RE_TITLE_SEPARATOR.split(rest.strip(), maxsplit=1)
    name, title = parts[0].split(), parts[1].split() if len(parts) > 1 else []
    if title:
        return _is_name(name) and _is_title(title)
    # no separator: the name is the longest run of name words that leaves a job title
    # ("Jane Smith Political editor")
    for end in range(len(name), 0, -1):
        if _is_name(name[:end]) and (end == len(name) or _is_title(name[end:])):
            return True
    return False


def _in_list(text: str, line_start: int, line_end: int) -> bool:
    """Whether the line above or below is a bullet item too: ``- By Mail`` over ``- By
    Fax`` is a list, not a byline."""
    above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start else -1
    below = line_end + 1 if line_end < len(text) else -1
    return any(
        start >= 0 and _RE_BULLET_ITEM.match(text, start) is not None for start in (above, below)
    )


def _unbullet(match: re.Match[str]) -> str:
    indent, line = match.groups()
    return indent + line if _is_byline(line) else match.group()


def strip_byline_bullets(text: str) -> str:
    """Remove the bullet an export put before a byline: ``- By Name`` -> ``By Name``.

    The rest of the line must read as a byline: "By", names (two capitalised words or more,
    initials, particles such as ``van``, ``de``, ``and``; or a news agency), then perhaps a
    job title or an affiliation, as in ``- By Sylvie Corbet and Vladimir Isachenkov``, ``-
    By Jane Smith Political editor``, ``- By John Doe, Staff Writer`` or ``• BY JOHN SMITH,
    The Associated Press``; and the line must stand alone, no bullet item above or below it.

    Leaves alone: lists, whatever their items say (``- By Mail⏎- By Fax⏎- In Person``);
    list items (``- 3.5 million homes``, ``- by the way, no``); bullets before a sentence
    that happens to start with "By" (``- By 2030 the city will grow``, ``- By Tuesday the
    council will vote``) or before one word (``- By Mail``).

    >>> strip_byline_bullets("- By Sylvie Corbet and Vladimir Isachenkov\\n\\n- By Mail\\n- By Fax")
    'By Sylvie Corbet and Vladimir Isachenkov\\n\\n- By Mail\\n- By Fax'
    """
    return apply_edits(text, byline_edits(text))


def byline_edits(text: str) -> list[Edit]:
    """What ``strip_byline_bullets`` removes, and why."""
    edits = []
    line_end = -1  # the end of the last line tested: each line is tested once
    for by in _RE_BY.finditer(text):
        if by.start() <= line_end:
            continue
        line_start = text.rfind("\n", 0, by.start()) + 1
        line_end = text.find("\n", by.start())
        line_end = len(text) if line_end < 0 else line_end
        match = _RE_BULLET_BYLINE.match(text, line_start)
        if match and not _in_list(text, line_start, line_end):
            replacement = _unbullet(match)
            if replacement != match.group():
                edits.append(narrowed(text, match.start(), match.end(), replacement, _WHY))
    return edits
