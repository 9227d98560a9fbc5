"""Evidence for joining word pieces: the document's own spelling and word frequencies."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from typing import NamedTuple

from .lexicon import zipf

# Word tokens are counted as UTF-8 bytes: ASCII punctuation other than ' and - becomes a
# space in one bytes.translate, and str.split and Counter do the rest in C (60 MB/s, where
# a word regex with a Python loop ran 12 MB/s).
_TOKEN_BYTES = bytes(c if chr(c).isalnum() or c in b"'-" or c >= 0x80 else 0x20 for c in range(256))
_LOWERED_TOKEN_BYTES = _TOKEN_BYTES.translate(
    bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")
)
_QUOTES = {"\u2019": "'", "\u2018": " ", "\u201c": " ", "\u201d": " "}
# An unknown piece counts as this rare (Zipf 0.5: once in three billion words), so that
# "stitution" weighs as a fragment, not as a word.
_UNKNOWN = 0.5


def vocabulary(text: str, *, words: Collection[str] | None = None) -> Counter[str]:
    """How often each word (lower-cased; hyphenated compounds as one word) occurs; with
    ``words``, only those are counted (a filter that needs a few counts skips the rest).

    >>> vocabulary("Anti-IS effort; the antiIS coalition, “Anti-IS” again")["anti-is"]
    2
    """
    # Only ASCII words wanted: ASCII capitals are lowered by the byte table instead of
    # text.lower() (4 ms/MB), as a word holding anything else cannot be one of them. (Of all
    # non-ASCII characters only the Kelvin sign lower-cases to ASCII: "k".)
    ascii_only = words is not None and all(map(str.isascii, words)) and "\u212a" not in text
    lowered = text if ascii_only else text.lower()
    for quote, replacement in _QUOTES.items():
        if quote in lowered:
            lowered = lowered.replace(quote, replacement)
    # Only ASCII is translated, so the bytes stay UTF-8; decoded whole, they split into str
    # words in C (decoding word by word cost more than the counting).
    data = lowered.encode("utf-8").translate(_LOWERED_TOKEN_BYTES if ascii_only else _TOKEN_BYTES)
    if words is not None:  # the few wanted words, matched as bytes (no str per token)
        wanted = {word.encode("utf-8"): word for word in words}
        found = Counter(filter(wanted.__contains__, data.split()))
        return Counter({wanted[token]: n for token, n in found.items()})
    counts = Counter(data.decode("utf-8").split(" "))
    del counts[""]
    return counts


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
