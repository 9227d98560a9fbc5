"""Word frequencies: the dictionary evidence the filters consult.

Frequencies come from wordfreq's "large" lists (English: 321,000 words, drawn from
subtitles, books, news, Wikipedia and the web; German, French, Dutch, Spanish and Italian
likewise, for the filters that decide in the document's own language), on the Zipf scale:
log10 of occurrences per billion words. ``the`` is 7.7, ``afternoon`` 4.7, a word
seen once in a hundred million words 1.0, an unknown word 0.0. See the README
("Word lists") for how it was chosen over pyspellchecker's and symspellpy's lists.

Each list is loaded once, lazily, on its first lookup: filters that never consult the
dictionary cost nothing, and a language's list is read only when a document in it needs a
decision (0.12 s and about 40 MB each; German, with 635,000 words, 0.33 s and 70 MB).
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
import os
from itertools import chain, repeat
from typing import Any

# wordfreq's data file for a language's list; wordfreq stores words in buckets, one per
# centibel (hundredth of an order of magnitude) below a frequency of 1: bucket i is Zipf
# 9 - i/100.
_WORDLIST = os.path.join("data", "large_{language}.msgpack.gz")


def _buckets(language: str) -> list[list[str]]:
    """wordfreq's buckets, read straight from its data file: importing wordfreq itself
    costs 0.15 s (it loads tokenizers and language data this project never uses), the file
    0.04 s. wordfreq's own API is the fallback should the file move."""
    path = wordlist_file(language)
    if path:
        import msgpack  # a dependency of wordfreq

        with gzip.open(path, "rb") as handle:
            loaded: list[Any] = msgpack.load(handle, raw=False)
        header, buckets = loaded[0], loaded[1:]
        if header == {"format": "cB", "version": 1}:
            return buckets
    from wordfreq import get_frequency_list

    return get_frequency_list(language, wordlist="large")


def wordlist_file(language: str = "en") -> str:
    """The path of wordfreq's data file for a language's list, or "" should it have moved."""
    spec = importlib.util.find_spec("wordfreq")
    folders = spec.submodule_search_locations if spec else None
    path = os.path.join(folders[0], _WORDLIST.format(language=language)) if folders else ""
    return path if os.path.isfile(path) else ""


def frequencies(language: str = "en") -> dict[str, float]:
    """Every word wordfreq lists for ``language`` (lower-case; an ISO 639-1 code, English
    by default), with its Zipf frequency. Every entry is at Zipf 1.0 or more, so ``word in
    frequencies()`` is a plain dictionary test, fast enough to screen every word of a text
    in one C-level pass.

    >>> frequencies()["afternoon"], "stitution" in frequencies()
    (4.72, False)
    >>> frequencies("de")["bisweilen"] > 3
    True
    """
    return _frequencies(language)


@functools.cache  # keyed by the language alone: frequencies() and frequencies("en") are one list
def _frequencies(language: str) -> dict[str, float]:
    buckets = _buckets(language)
    zipfs = [round(9.0 - index / 100, 2) for index in range(len(buckets))]
    # One dict from one stream of pairs: 1.8x faster than a dict per bucket (a word in two
    # buckets keeps the later, rarer one either way).
    return dict(
        zip(
            chain.from_iterable(buckets), chain.from_iterable(map(repeat, zipfs, map(len, buckets)))
        )
    )


def zipf(word: str, language: str = "en") -> float:
    """Zipf frequency of ``word`` (case-insensitive) in ``language``; 0.0 when unknown.
    Not cached: a lookup in the list costs less than an LRU cache's bookkeeping.

    >>> zipf("afternoon") > zipf("ards")
    True
    >>> zipf("stitution")
    0.0
    >>> zipf("siguientes", "es") > zipf("siguientes")
    True
    """
    return _frequencies(language).get(word.lower(), 0.0)


# How often 1916 newspapers print a pair of words split by a space ("with out"), built by
# benchmarks/build_split_pairs.py from the chronam-1916 corpus.
_SPLIT_PAIRS = os.path.join(os.path.dirname(__file__), "data", "split_pairs.txt.gz")
# symspellpy's English counts from Google Books n-grams: words, and pairs of words.
_PHRASE_WORDS = "frequency_dictionary_en_82_765.txt"
_PHRASE_PAIRS = "frequency_bigramdictionary_en_243_342.txt"


@functools.cache
def split_pairs() -> tuple[dict[str, int], int]:
    """How often the chronam-1916 pages print each pair whose halves make a word ("with out":
    32), keyed "left right", and how many words the pages hold.

    >>> split_pairs()[0]["with out"] > 0
    True
    """
    return pair_counts(_SPLIT_PAIRS)


def pair_counts(path: str | os.PathLike[str]) -> tuple[dict[str, int], int]:
    """A shipped table of word pairs (gzip text: the number of words counted, then a line per
    pair, "left right count"): the counts keyed "left right", and the number of words."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        tokens = int(next(lines))
        pairs = {}
        for line in lines:
            pair, _, count = line.rpartition(" ")
            pairs[pair] = int(count)
    return pairs, tokens


@functools.cache
def phrase_counts() -> tuple[dict[str, int], dict[str, int], int]:
    """symspellpy's English word and word-pair counts (Google Books n-grams) and the words'
    total: what clean English prints together. Empty should symspellpy's data move."""
    spec = importlib.util.find_spec("symspellpy")
    folders = spec.submodule_search_locations if spec else None
    words: dict[str, int] = {}
    pairs: dict[str, int] = {}
    if folders:
        for name, table in ((_PHRASE_WORDS, words), (_PHRASE_PAIRS, pairs)):
            path = os.path.join(folders[0], name)
            if os.path.isfile(path):
                with open(path, encoding="utf-8") as lines:
                    for line in lines:
                        key, _, count = line.rstrip("\n").rpartition(" ")
                        table[key] = int(count)
    return words, pairs, sum(words.values()) or 1
