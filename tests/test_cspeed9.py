"""Speed-ups of --correct that change no answer: each table built once a language, the
period spellings and the text-wide counts found in C as the Python loops found them."""

from __future__ import annotations

from collections import Counter

import pytest
from noisy_ocr import NOISY

from ocrclean import correct


def test_each_table_is_built_once_a_language() -> None:
    """_lexicon and _misreadings take the language with no default, so every call names
    it: a call without it would be a second cache entry, the same table built (and held)
    twice."""
    correct._lexicon.cache_clear()
    correct._misreadings.cache_clear()
    text = NOISY + "Tho heen aro sent. The oponed piice of tho suporintcudent, tbe Jamcs."
    correct.correct_words(text, language="en")
    assert correct._lexicon.cache_info().currsize == 1
    assert correct._misreadings.cache_info().currsize == 1


def _letters_dropped_one_by_one(word: str) -> set[str]:
    """_letters_dropped as it was written before (every place tried in turn): the reference
    the faster one must agree with."""
    found = set()
    for i in range(1, len(word) - 1):
        if word[i] == "e" and word[i - 1] not in "aeiou" and word[i + 1] not in "aeiou":
            found.add(word[:i] + word[i + 1 :])
    for i in range(1, len(word)):
        if word[i] == word[i - 1] and word[i] not in "aiu":
            found.add(word[:i] + word[i + 1 :])
    return found


@pytest.mark.parametrize(
    "word",
    [
        *("himselfe", "knowen", "briefely", "moneth", "foorth", "ranne", "waa", "souldier"),
        *("knockt", "stopt", "proveth", "biddeth", "knowest", "threatned", "likenes"),
        *("e", "ee", "eee", "eeee", "bee", "xex", "xeex", "ceex", "oo", "ooo", "aa", "iiii"),
        *("", "t", "tbe", "ssss", "nnd", "amusomonts", "perswaded", "e\ne", "ée", "éeé"),
    ],
)
def test_letters_dropped_as_found_one_by_one(word: str) -> None:
    assert set(correct._letters_dropped(word)) == _letters_dropped_one_by_one(word)
    for variant in correct._period_variants(word):  # the second change, as _english_period
        assert set(correct._letters_dropped(variant)) == _letters_dropped_one_by_one(variant)


def _token(word: str, title: bool = False) -> correct._Token:
    return correct._Token("", word.title() if title else word, "", word, title, True)


@pytest.mark.parametrize(
    ("counts", "noisy"),
    [
        ({"tbe": 3, "the": 90, "road": 7}, True),  # 3 of 100 look misread: enough
        ({"tbe": 2, "the": 90, "road": 8}, False),  # 2 of 100: not enough
        ({"the": 50, "road": 50}, False),
        ({}, False),  # no lower-case word at all
    ],
)
def test_noisy_asks_each_word_until_enough_look_misread(
    counts: dict[str, int], noisy: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    looks = correct._looks_misread

    def looks_misread(word: str, language: str = "en") -> bool:
        asked.append(word)
        return looks(word, language)

    monkeypatch.setattr(correct, "_looks_misread", looks_misread)
    correct._in_language.cache_clear()
    try:
        distinct = [(_token(word), n) for word, n in counts.items()]
        assert correct._noisy(distinct) is noisy
    finally:
        correct._in_language.cache_clear()
    # the words in order, up to the one that makes enough (all of them if none does)
    expected = list(counts)[: list(counts).index("tbe") + 1] if noisy else list(counts)
    assert asked == expected


@pytest.mark.parametrize(
    ("raw", "marked"),
    [
        (["the", "membErs", "of", "tbe"] + ["road"] * 96, True),  # 1 token in 100
        (["the", "»nd", "»nd"] + ["road"] * 997, True),  # twice the same token: 2 in 1000
        (["the", "»nd"] + ["road"] * 998, False),  # 1 in 1000: below CLEAN_MISREAD_MARKS
        (["", "the", "road"], False),  # "": a token left out
    ],
)
def test_ocr_marks_counted_over_distinct_tokens(raw: list[str], marked: bool) -> None:
    by_token = sum(map(bool, map(correct._RE_OCR_MARK.search, raw)))
    assert (by_token >= correct.CLEAN_MISREAD_MARKS * len(raw)) is marked
    assert correct._ocr_marked(Counter(raw)) is marked
