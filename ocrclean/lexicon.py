"""Word frequencies: the dictionary evidence the filters consult.

Frequencies come from wordfreq's English "large" list (321,000 words, drawn from
subtitles, books, news, Wikipedia and the web), expressed on the Zipf scale:
log10 of occurrences per billion words. ``the`` is 7.7, ``afternoon`` 4.7, a word
seen once in a hundred million words 1.0, an unknown word 0.0. See the README
("Word lists") for how it was chosen over pyspellchecker's and symspellpy's lists.

The list is loaded once, lazily, on the first lookup: filters that never consult
the dictionary cost nothing.
"""

from __future__ import annotations

import functools
import math


@functools.cache
def frequencies() -> dict[str, float]:
    """Every word wordfreq lists (lower-case), with its frequency. Every entry is at Zipf
    1.0 or more, so ``word in frequencies()`` is a plain dictionary test, fast enough to
    screen every word of a text in one C-level pass.

    >>> "afternoon" in frequencies(), "stitution" in frequencies()
    (True, False)
    """
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en", wordlist="large")


@functools.lru_cache(maxsize=1 << 16)
def zipf(word: str) -> float:
    """Zipf frequency of ``word`` (case-insensitive); 0.0 when unknown.

    >>> zipf("afternoon") > zipf("ards")
    True
    >>> zipf("stitution")
    0.0
    """
    freq = frequencies().get(word.lower())
    if not freq:
        return 0.0
    return round(math.log10(freq) + 9.0, 2)
