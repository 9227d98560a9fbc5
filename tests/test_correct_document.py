"""correct_words: a misread word no candidate reaches, read as a word the text spells."""

from __future__ import annotations

import pytest

from ocrclean.correct import correct_words

# Noisy enough ("tho", "tbe", "waa", "nnd") for correction to act at all.
NOISE = " Tho men wero at tbe hall, which waa full, nnd tho band played."

DOCUMENT_MUST_FIX = [
    (
        "a place the article names again",
        (
            "The launch left Pittwater at noon. At Pittwator the crowd waited, and the "
            "launch returned to Pittwater at six."
        ),
        "At Pittwater the crowd",
    ),
    (
        "a common word two edits away that the text writes",
        "He appeared at the council meeting. The mayor nppoarcd late, and the council adjourned.",
        "The mayor appeared late",
    ),
]

DOCUMENT_MUST_NOT_CHANGE = [
    (
        "two names, each written once",
        "The Balgowlah team met the Balgownie team at noon on the oval.",
        ["Balgowlah", "Balgownie"],
    ),
    (
        "a word the text writes twice: its own",
        "The payload is read into bpayload, and bpayload is returned when the payload fails.",
        ["into bpayload, and bpayload"],
    ),
    (
        "another form of a word the text writes",
        "Mr. Burnaby spoke. The Burnabys have lived at the farm since Burnaby came.",
        ["The Burnabys have"],
    ),
    (
        "a spelling the text repeats in lower case that no list knows",
        "Use gifclrmp to clear it; gifclrmp needs the map, and gifclrmap is gone.",
        ["gifclrmap is gone"],
    ),
    ("a word in mixed case", "MacOSX was misspelled as MaxOSX by MacOSX users.", ["MaxOSX"]),
]


@pytest.mark.parametrize("row", DOCUMENT_MUST_FIX, ids=[row[0] for row in DOCUMENT_MUST_FIX])
def test_a_misreading_of_a_word_the_text_spells_is_that_word(row: tuple[str, str, str]) -> None:
    _, text, expected = row
    assert expected in correct_words(text + NOISE, language="en")


@pytest.mark.parametrize(
    "row", DOCUMENT_MUST_NOT_CHANGE, ids=[row[0] for row in DOCUMENT_MUST_NOT_CHANGE]
)
def test_words_of_the_text_stay(row: tuple[str, str, list[str]]) -> None:
    _, text, kept = row
    corrected = correct_words(text + NOISE, language="en")
    for piece in kept:
        assert piece in corrected


def test_clean_text_is_not_read_against_its_own_words() -> None:
    text = "The launch left Pittwater at noon. At Pittwator the crowd waited for it."
    assert correct_words(text, language="en") == text
