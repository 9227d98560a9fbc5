"""Finding the few lines worth a closer look: those holding a marker word."""

from __future__ import annotations

from collections.abc import Iterable


def lines_holding(text: str, marks: Iterable[str], *, lowered: str | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text`` holding one of ``marks``, in order, each
    line once; ``end`` excludes the newline. With ``lowered`` (``text`` lower-cased, the same
    length) the marks are looked for there, so they match in any case.

    Plain ``str.find`` scans run at memory speed, and after a hit the search goes on from
    the next line: linear time, however often a mark repeats within a line.

    >>> lines_holding("a ?? b\\nplain\\n?? and ?? again", ["??"])
    [(0, 6), (13, 28)]
    """
    haystack = text if lowered is None else lowered
    found = set()
    for mark in marks:
        position = haystack.find(mark)
        while position >= 0:
            start = text.rfind("\n", 0, position) + 1
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            found.add((start, end))
            position = haystack.find(mark, end)
    return sorted(found)
