"""correct_words and the specks of noisy English OCR (correct._drop_stray_tokens): a column
rule read as "|", a stray quote, a lone "I" where no pronoun can stand, between two words of
a line. Marks that mean something stay: tables and grammars, a shell's line continuation,
a quote that closes, a pronoun, a misread semicolon before a capital, anything in clean text."""

from __future__ import annotations

import pytest
from noisy_ocr import CLEANED, NOISY  # noisy OCR (tbe, waa, nnd), and corrected

from ocrclean.correct import correct_words

MUST_FIX = [
    ("a column rule", "He paid some portion of the | expense of the work.", "the expense"),
    ("a stray quote", "The meeting was adjourned ' until next week.", "adjourned until"),
    (
        "a stray quote after a comma",
        "From your own reporter, ' that they were well.",
        "reporter, that",
    ),
    (
        "a lone I after an article",
        "He has travelled across the I country from the coast.",
        "the country",
    ),
    ("a lone i after a preposition", "It stands on the rocky slope of i a low hill.", "of a low"),
    (
        "a speck at a line end",
        "It was paid by the owner of the |\nproperty at once.",
        "the\nproperty",
    ),
]

MUST_NOT_CHANGE = [
    ("the pronoun", "We I believe the men were there, and I was there too."),
    ("a pronoun after a clause a comma ended", "With all the bows on I have lost sight of them."),
    ("a misread semicolon before a capital", "All the colours seemed wrong ¡ Red, green and blue."),
    ("a table's row", "name | default | description\nversion | none | the version to use"),
    ("a grammar", "shortstringitem ::= shortstringchar | stringescapeseq"),
    ("a type union", "Returns: {Buffer | string} the remaining data."),
    ("a line continuation", "then run the releases \\\ncreate with the version"),
    ("a closing quote", "He said, 'under that key lies a fortune ' my mother told us."),
    ("a piece of the next word", "He said that any I hing in the town was sold."),
    ("a number", "He paid the 1 pound and left."),
    ("a pronoun after a misread word", "It was the evils a I saw them, and no more."),
    ("and / or", "The fee is paid by the owner and / or the tenant."),
]


@pytest.mark.parametrize(
    ("text", "fixed"), [case[1:] for case in MUST_FIX], ids=[case[0] for case in MUST_FIX]
)
def test_drops_a_speck_between_two_words(text: str, fixed: str) -> None:
    assert correct_words(NOISY + text).startswith(CLEANED) and fixed in correct_words(NOISY + text)


@pytest.mark.parametrize(
    "text", [case[1] for case in MUST_NOT_CHANGE], ids=[case[0] for case in MUST_NOT_CHANGE]
)
def test_keeps_marks_and_words_that_mean_something(text: str) -> None:
    assert correct_words(NOISY + text).endswith(text)


@pytest.mark.parametrize("text", [case[1] for case in MUST_FIX], ids=[case[0] for case in MUST_FIX])
def test_clean_text_keeps_its_marks(text: str) -> None:
    assert correct_words(text) == text
