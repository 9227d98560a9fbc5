"""correct_words and a double l that OCR of old book types read as a capital U ("caUed",
"shaU", "weU", "aU": correct._double_l_readings). A text shows the misreading by three
distinct such words that "ll" makes common words; a lone one, a name and an identifier stay."""

from __future__ import annotations

import pytest

from ocrclean.correct import correct_words

MUST_FIX = [
    (
        "a page of an old book",
        "We shaU go there, said he, for aU is weU with the man caUed Miles.",
        "We shall go there, said he, for all is well with the man called Miles.",
    ),
    (
        "a capitalised word and a word inside",
        "WeU, the foUowing day they sat stiU and teU no more of it.",
        "Well, the following day they sat still and tell no more of it.",
    ),
]

MUST_NOT_CHANGE = [
    ("one such word", "We caUed at the house, and all was well with the man."),
    ("a name and a unit", "Mr. McUlloch paid 5 kUs for the old house and left it."),
    ("identifiers", "Call setUp and getUser before tearDown in the test case."),
    ("acronyms", "The AU and the EU met, and the UN sent a note to the US."),
]


@pytest.mark.parametrize(
    ("text", "expected"), [case[1:] for case in MUST_FIX], ids=[case[0] for case in MUST_FIX]
)
def test_reads_a_u_as_double_l(text: str, expected: str) -> None:
    assert correct_words(text) == expected


@pytest.mark.parametrize(
    "text", [case[1] for case in MUST_NOT_CHANGE], ids=[case[0] for case in MUST_NOT_CHANGE]
)
def test_leaves_other_capital_us(text: str) -> None:
    assert correct_words(text) == text
