"""Evidence for joining word pieces: the document's own spelling and word frequencies."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from .lexicon import zipf

_RE_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
# An unknown piece counts as this rare (Zipf 0.5: once in three billion words), so that
# "stitution" weighs as a fragment, not as a word.
_UNKNOWN = 0.5


def vocabulary(text: str) -> Counter[str]:
    """How often each word (lower-cased; hyphenated compounds as one word) occurs.

    >>> vocabulary("Anti-IS effort; the antiIS coalition")["anti-is"]
    1
    """
    return Counter(w.lower() for w in _RE_WORD.findall(text))


class Pieces(NamedTuple):
    """Dictionary evidence on two pieces of a possibly broken word (Zipf frequencies)."""

    joined: float
    left: float
    right: float

    @property
    def association(self) -> float:
        """How much likelier the joined word is than the pieces side by side, in orders
        of magnitude: log P(ab) - log P(a) - log P(b)."""
        return (self.joined or _UNKNOWN) - (self.left or _UNKNOWN) - (self.right or _UNKNOWN) + 9.0


def pieces(left: str, right: str) -> Pieces:
    """Look up ``left``, ``right`` and ``left + right``.

    >>> pieces("coop", "eration").association > 3.5
    True
    >>> pieces("the", "other").association < 0
    True
    """
    return Pieces(zipf(left + right), zipf(left), zipf(right))
