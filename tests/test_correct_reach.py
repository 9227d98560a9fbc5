"""Where candidates() and one_edit() look (correct._reach): only at the places a hittable
spelling can come from, which loses no candidate; and the stored table the bounds are read
from (data/hittable_tails_*.txt.gz) in sync with the inputs, as build_correct_data.py makes it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ocrclean import correct, stored

# OCR words, dictionary words, misread forms and words no spelling comes near.
WORDS = [
    "tbe",
    "tho",
    "cieek",
    "acie",
    "amusomonts",
    "anount",
    "woik",
    "diplomatice",
    "thoso",
    "lespect",
    "therefcre",
    "citipens",
    "vvliiv",
    "lmililinirs",
    "xqzzkjw",
    "the",
    "a",
    "e",
    "fathor",
    "avoit",
    "tems",
    "eft",
    "lés",
    "éffet",
    "mème",
]


@pytest.mark.parametrize("language", correct.MODEL_LANGUAGES)
def test_tails_tables_hold_what_is_derived(language: str) -> None:
    name, inputs = correct.tails_table_name(language), correct.index_inputs(language)
    assert stored.read(name, inputs) == correct.tails_table(language), (
        "stale: run python3 benchmarks/build_correct_data.py"
    )


def _unbounded(word: str) -> tuple[int, int]:
    """The reach that bounds nothing: every place of the word is looked at."""
    return len(word), 0


def _same_either_way(word: str, language: str) -> None:
    reach = correct._reach(word, language)
    for known in (0.0, 2.5, 4.0):
        assert correct._candidates(word, known, language, reach) == correct._candidates(
            word, known, language, _unbounded(word)
        )
    assert correct._one_edit(word, language, reach) == correct._one_edit(
        word, language, _unbounded(word)
    )


@pytest.mark.parametrize("language", correct.MODEL_LANGUAGES)
@pytest.mark.parametrize("word", WORDS)
def test_bounded_search_finds_what_the_whole_search_finds(word: str, language: str) -> None:
    _same_either_way(word, language)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdehilmnorstuvwéè", min_size=1, max_size=14))
def test_bounded_search_loses_nothing_on_any_spelling(word: str) -> None:
    for language in correct.MODEL_LANGUAGES:
        _same_either_way(word, language)


def test_a_word_the_lists_hold_is_reached_whole() -> None:
    assert correct._reach("amount") == (6, 0)  # its own head and tail
    assert correct._reach("xqzzkjw")[0] < 3  # no spelling starts "xqz"
