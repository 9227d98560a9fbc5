"""The patterns ``hyphens`` reads backwards (``_backwards``) find what the searches for a
pattern ending at the position, which they replace, found."""

from __future__ import annotations

import random
import re

import pytest

from ocrclean.hyphens import _LOOK_BACK, _hyphened_piece_before, _word_before

# The searches as the filters made them before, anchored at the end ("$").
_WORD_BEFORE = re.compile(r"([^\W\d_]+)(?:[ \t]+|[ \t]*\n[ \t]*)$")
_HYPHEN_SPACE_BEFORE = re.compile(r"([^\W\d_]+)[-\u2010\u00ac\u2e17][ \t]+$")
_ALPHABET = "ab cé\t\n\n-\u2010\u00ac\u2e17_1.,'Ω²"


def _searched(pattern: re.Pattern[str], text: str, position: int) -> str | None:
    match = pattern.search(text, max(0, position - _LOOK_BACK), position)
    return match[1] if match else None


def _agree(text: str) -> None:
    for position in range(len(text) + 1):
        assert _word_before(text, position) == _searched(_WORD_BEFORE, text, position)
        assert _hyphened_piece_before(text, position) == _searched(
            _HYPHEN_SPACE_BEFORE, text, position
        )


@pytest.mark.parametrize(
    "text",
    [
        "the man with out",
        "the man\nwith",
        "the man \n\nwith",  # a search's "$" matches before a line break at the position
        "the man\n\nwith",
        "the man\n \n\nwith",
        "the man,\nwith",
        "dellv- j\nered",
        "dellv- \njered",
        "dellv-\njered",
        "treas- c urer",
        "x" * 80 + " with",  # longer than the window: its last 64 letters
        "",
    ],
    ids=repr,
)
def test_backwards_patterns_find_what_the_searches_found(text: str) -> None:
    _agree(text)


def test_backwards_patterns_agree_on_random_text() -> None:
    rng = random.Random(10)
    for _ in range(2000):
        _agree("".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(100))))
