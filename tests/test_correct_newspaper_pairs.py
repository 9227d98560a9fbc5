"""correct_words keeps a dictionary word that 1916 newspapers print beside its neighbour far
more often than chance (correct._newspaper_pairs), where symspellpy's table of Google Books
pairs has never seen the two together and would let a commoner word in: "a successful
raid last night" is not "a successful said". Misread words still give way."""

from __future__ import annotations

import pytest
from noisy_ocr import CLEANED, NOISY  # noisy OCR (tbe, waa, nnd), and corrected

from ocrclean.correct import _newspaper_pairs, correct_words

# Each text also writes the commoner word, which the document's counts then favour.
KEPT = [
    (
        "a raid",
        "He said it was the week of the fair. The British made a successful raid last night.",
    ),
    (
        "an idiom",
        "Last week the fair was held. The boys were around in every nook and corner of the town.",
    ),
    (
        "a trade",
        "He was paying the men. The price was a dollar a square yard for paving Leon street.",
    ),
    (
        "a war report",
        "The French war office reports it. The enemy penetrated a first line trench and fled.",
    ),
]


@pytest.mark.parametrize("text", [case[1] for case in KEPT], ids=[case[0] for case in KEPT])
def test_keeps_a_word_the_newspapers_print_so(text: str) -> None:
    assert correct_words(NOISY + text) == CLEANED + text


def test_misread_words_still_give_way() -> None:
    text = "The men wero sent home nnd tho road waa closed by tbe council."
    assert correct_words(text) == "The men were sent home and the road was closed by the council."


def test_the_table_holds_pairs_of_two_words() -> None:
    pairs = _newspaper_pairs()
    assert len(pairs) > 20_000
    assert "successful raid" in pairs and "every nook" in pairs
    assert all(pair.count(" ") == 1 for pair in pairs)
