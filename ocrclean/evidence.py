"""Evidence for joining word pieces: the document's own spelling and word frequencies."""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Collection
from typing import NamedTuple

from .lexicon import phrase_counts, split_pairs, zipf

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
        counted: Counter[str] = Counter()
        if len(wanted) <= _FEW_WORDS:
            for token, word in list(wanted.items()):
                n = _token_count(data, token)
                if n is None:
                    break  # the split counts it and the rest
                del wanted[token]
                if n:
                    counted[word] = n
        if wanted:
            found = Counter(filter(wanted.__contains__, data.split()))
            counted.update({wanted[token]: n for token, n in found.items()})
        return counted
    counts = Counter(data.decode("utf-8").split(" "))
    del counts[""]
    return counts


# At most this many wanted words are counted by a scan each, where each is found this
# often or less as a string (as a token or inside one); the rest, and more words, are
# counted in a split of the whole text into tokens, which costs as much as ~10 scans.
_FEW_WORDS = 6
_FEW_FINDS = 8


def _token_count(data: bytes, token: bytes) -> int | None:
    """How often ``token`` is a whole token of ``data`` (tokens of ``_TOKEN_BYTES``:
    separated by spaces), found by a scan in C; None where the string occurs more than
    ``_FEW_FINDS`` times (a split of ``data`` counts it faster). Most wanted words (a
    word joined from two pieces) occur nowhere else, and cost one scan.

    >>> _token_count(b"the cow ards and cowards", b"cowards"), _token_count(b"cowards", b"ards")
    (1, 0)
    """
    if not token or b" " in token:
        return 0  # no token is empty or holds a space
    if data.count(token) > _FEW_FINDS:
        return None
    n, size, position = 0, len(token), data.find(token)
    while position >= 0:
        end = position + size
        if (position == 0 or data[position - 1] == 0x20) and (
            end == len(data) or data[end] == 0x20
        ):
            n += 1
        position = data.find(token, position + 1)
    return n


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


def pieces(left: str, right: str, language: str = "en") -> Pieces:
    """Look up ``left``, ``right`` and ``left + right`` in ``language``'s word list. The
    long s of older print is looked up as the s it stands for (``Verſamm`` + ``lung``).

    >>> pieces("coop", "eration").association > 3.5
    True
    >>> pieces("the", "other").association < 0
    True
    >>> pieces("Verſamm", "lung", "de").association > 3.5
    True
    """
    if "\u017f" in left or "\u017f" in right:
        left, right = left.replace("\u017f", "s"), right.replace("\u017f", "s")
    return Pieces(zipf(left + right, language), zipf(left, language), zipf(right, language))


# Stupid backoff (Brants et al. 2007): a pair clean English does not list is weighed as this
# share of the second word's own frequency.
_BACKOFF = 0.4
_UNSEEN_WORD = 1e-12


@functools.lru_cache(maxsize=1 << 16)
def print_ratio(left: str, right: str) -> float:
    """How much likelier 1916 newspapers print ``left + right`` as one word than ``left
    right`` as two (lower case), in orders of magnitude: the joined word's wordfreq
    frequency against the pair's count in the chronam-1916 pages.

    >>> print_ratio("with", "out") > 2 > print_ratio("may", "be")
    True
    """
    pairs, tokens = split_pairs()
    expected = 10 ** (zipf(left + right) - 9.0) * tokens
    return math.log10((expected + 1) / (pairs.get(f"{left} {right}", 0) + 1))


@functools.lru_cache(maxsize=1 << 14)
def _follows(word: str, before: str | None) -> float:
    """log10 P(word | before) in clean English, with stupid backoff."""
    words, pairs, total = phrase_counts()
    if before is not None:
        pair, seen = pairs.get(f"{before} {word}"), words.get(before)
        if pair and seen:
            return math.log10(pair / seen)
    return math.log10(_BACKOFF * (words.get(word, 0) / total or _UNSEEN_WORD))


def context_gain(before: str | None, left: str, right: str, after: str | None) -> float:
    """How much likelier clean English reads ``before left+right after`` than ``before left
    right after`` (lower case; ``None`` where no word is next to it), in orders of magnitude.

    >>> context_gain("do", "with", "out", "the") > 0 > context_gain(None, "as", "king", "of")
    True
    """
    joined = left + right
    one = _follows(joined, before) + (_follows(after, joined) if after else 0.0)
    two = (
        _follows(left, before) + _follows(right, left) + (_follows(after, right) if after else 0.0)
    )
    return one - two
