"""correct_words and a double l that OCR of old book types read as a capital U ("caUed",
"shaU", "weU", "aU": correct._double_l_readings): no English word has a capital after a
lower-case letter, so such a word that "ll" makes a common word is read so; a name, an
identifier, an acronym and a token of marks and letters stay."""

from __future__ import annotations

import pytest

from ocrclean.correct import correct_words

MUST_FIX = [
    (
        "one such word",
        "We caUed at the house, and all was well with the man.",
        "We called at the house, and all was well with the man.",
    ),
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
    (
        "a lower-case a before the U",
        "And aU of us went to the house with the man.",
        "And all of us went to the house with the man.",
    ),
    (
        "a U after a capital, in a text that shows the habit",
        "AU these deeds were caUed good by the men of the town.",
        "All these deeds were called good by the men of the town.",
    ),
]

MUST_NOT_CHANGE = [
    ("a token of marks and letters", "The page read i,iU'lt and nothing more after it."),
    ("a name and a unit", "Mr. McUlloch paid 5 kUs for the old house and left it."),
    ("identifiers", "Call setUp and getUser before tearDown in the test case."),
    ("acronyms", "The AU and the EU met, and the UN sent a note to the US."),
    ("a U after a capital alone", "AU these deeds were good, and the men said so."),
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
