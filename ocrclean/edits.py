"""Splicing edits into a text in one pass: what every filter that edits at positions uses."""

from __future__ import annotations

from collections.abc import Iterable


def apply_edits(text: str, edits: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each ``(start, end, replacement)`` applied; edits in order, not
    overlapping, positions in the original text.

    >>> apply_edits("the con- stitution", [(7, 9, "")])
    'the constitution'
    """
    pieces, done = [], 0
    for start, end, replacement in edits:
        pieces += [text[done:start], replacement]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)
