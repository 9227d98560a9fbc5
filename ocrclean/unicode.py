"""Unicode repair: mojibake, ligatures, invisible characters, odd spaces, line endings."""

from __future__ import annotations

import re
from collections.abc import Callable

import regex

from .data.chars import MOJIBAKE_CONTINUATION, MOJIBAKE_LEAD, REPLACEMENTS
from .edits import Edit, apply_stages, chain, narrowed, pattern_edits

_RE_REPLACE = re.compile("[" + re.escape("".join(REPLACEMENTS)) + "]")
# Why a character of the table is replaced, by what replaces it.
_KIND = {
    character: (
        "an invisible or control character"
        if not replacement
        else "a line separator"
        if replacement == "\n"
        else "a typesetting space"
        if replacement == " "
        else f"U+{ord(character):04X} is written {replacement!r}"
    )
    for character, replacement in REPLACEMENTS.items()
}
_MOJIBAKE = "mojibake: text decoded with the wrong encoding, repaired by ftfy"
_RE_CARRIAGE_RETURN = re.compile("\r\n?")
# (``regex`` scans for this pair of character ranges 6x faster than ``re``.)
_RE_MOJIBAKE_PAIR = regex.compile(f"[{MOJIBAKE_LEAD}][{MOJIBAKE_CONTINUATION}]")
# A soft hyphen marks where a word may break; it is never part of the word. At a line end
# it is a hyphenation that ``rejoin_hyphenated`` joins, so it is kept there.
# A form feed (page break) inside a line: it gets a line of its own, so that line-based
# filters see the lines on both sides of the page break as lines.
_RE_INLINE_PAGE_BREAK = re.compile(r"(?<!\n)\f|\f(?!\n)")
# Kept is only a soft hyphen that ``rejoin_hyphenated`` will join: after a letter, digit or
# full stop, before a line break and a letter or digit (the same shape as its breaks). The
# pattern matches the others; ``rejoin_hyphenated`` uses it too, for a soft hyphen whose
# next line a filter between them removed.
RE_LOOSE_SOFT_HYPHEN = re.compile("\u00ad(?!(?<=[\\w.]\u00ad)[ \\t\\f]*\\n[ \\t\\f\\n]*[^\\W_])")


def _replacement(match: re.Match[str]) -> str:
    return REPLACEMENTS[match.group()]


def _own_line(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    before = "" if start == 0 or text[start - 1] == "\n" else "\n"
    after = "" if end == len(text) or text[end] == "\n" else "\n"
    return before + "\f" + after


def _repair(line: str) -> str:
    """The line as ftfy repairs it, then with the replacement table applied."""
    import ftfy  # imported on first use: most texts never need it

    # ftfy judges the line without the spaces around it, which later filters may strip: it
    # must judge it as the next run will see it ("Â¤Ä " and "Â¤Ä" come out the same)
    core = line.strip(" \t")
    if not core:
        return line
    start = line.index(core[0])
    fixed = _RE_REPLACE.sub(_replacement, ftfy.fix_encoding(core))
    return line[:start] + fixed + line[start + len(core) :]


def _fix_line(line: str) -> str:
    """The line repaired as found, control characters and all, since they may be bytes of
    the mojibake (``Ã\x89mile`` is ``Émile``; ``â€`` and U+009D are ``”``)."""
    fixed = _repair(line)
    if _RE_MOJIBAKE_PAIR.search(fixed):
        # the next run hands this line to ftfy again, its controls and odd spaces replaced
        # ("\xa0Î¡" and " Î¡" must come out the same): repair it as that run would
        fixed = _repair(fixed)
    return fixed


def _mojibake_edits(text: str) -> list[Edit]:
    """Hand each line holding a mojibake pair to ftfy; the rest is not touched."""
    edits: list[Edit] = []
    for match in _RE_MOJIBAKE_PAIR.finditer(text):
        if edits and match.start() < edits[-1][1]:
            continue  # this line is already handed over
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        fixed = _fix_line(line)
        if fixed != line:
            edits.append(narrowed(text, start, end, fixed, _MOJIBAKE))
    return edits


def normalize_unicode(text: str) -> str:
    """Repair Unicode damage: mojibake, ligatures, invisible characters, odd spaces.

    - ``â€”`` -> ``—``, ``Ã©`` -> ``é``, ``Ã\\x89mile`` -> ``Émile``: text decoded with the
      wrong encoding is handed, a line at a time and only where a tell-tale byte pair
      shows, to ftfy, as found: control characters that are bytes of the mojibake are
      repaired with it, not dropped (``â€`` and U+009D make ``”``, not ``†``).
    - ``ﬁ`` -> ``fi`` and the other Latin ligatures.
    - no-break, thin and other typesetting spaces -> a plain space.
    - zero-width spaces, word joiners, stray BOMs, NUL and other control codes -> removed.
    - CRLF, CR, NEL and Unicode line/paragraph separators -> ``\\n``; a form feed (page
      break) inside a line gets a line of its own.
    - soft hyphens inside a line -> removed (at a line end ``rejoin_hyphenated`` joins them;
      one it could not join, with no word before or after it, is removed).

    Leaves alone: curly quotes and dashes (kept as printed), the long s ``ſ``, accents and
    non-Latin scripts, ZWJ/ZWNJ, tabs and form feeds (page breaks).

    >>> normalize_unicode("MOSCOW â€” the \ufb01rst\u00a0time\u200b")
    'MOSCOW — the first time'
    """
    return apply_stages(text, *_STAGES)


def unicode_edits(text: str) -> list[Edit]:
    """What ``normalize_unicode`` changes, and why."""
    return chain(text, *_STAGES)


def _line_ending_edits(text: str) -> list[Edit]:
    if "\r" not in text:
        return []
    return pattern_edits(_RE_CARRIAGE_RETURN, text, _line_feed, "a CR or CRLF line ending")


def _soft_hyphen_edits(text: str) -> list[Edit]:
    if "\u00ad" not in text:
        return []
    return pattern_edits(RE_LOOSE_SOFT_HYPHEN, text, _nothing, "a soft hyphen inside a line")


def _page_break_edits(text: str) -> list[Edit]:
    if "\f" not in text:
        return []
    return pattern_edits(_RE_INLINE_PAGE_BREAK, text, _own_line, "a page break inside a line")


def _replacement_edits(text: str) -> list[Edit]:
    return [
        Edit(match.start(), match.end(), REPLACEMENTS[match.group()], _KIND[match.group()])
        for match in _RE_REPLACE.finditer(text)
    ]


def _line_feed(match: re.Match[str]) -> str:
    return "\n"


def _nothing(match: re.Match[str]) -> str:
    return ""


# The steps of normalize_unicode, in order. ftfy sees each suspicious line before anything
# is removed from it: a control character or a soft hyphen may be a byte of the mojibake
# ("Ã\xad" is "í").
_STAGES: tuple[Callable[[str], list[Edit]], ...] = (
    _line_ending_edits,
    _mojibake_edits,
    _soft_hyphen_edits,
    _page_break_edits,
    _replacement_edits,
)
