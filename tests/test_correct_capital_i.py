"""correct_words and a lower-case i misread as a capital I in mid-sentence (correct._lower_capital_i):
OCR of newspapers prints "succeeds In finding", "the State Is prosperous", "that It was" on
pages that otherwise read well, so a text shows the misreading by how often it makes it.
"It" and "If" start sentences after a lost full stop, headings are in capitals, verse lines
start with one, and a novel may run a verse line into its prose: those stay."""

from __future__ import annotations

import pytest
from noisy_ocr import CLEANED, NOISY  # noisy OCR (tbe, waa, nnd), and corrected

from ocrclean.correct import correct_words

# A clean-looking page: no misread word but the capital I.
PAGE = (
    "General Funston has not ordered more troops to reinforce the command, but if he succeeds "
    "In finding a trail he will cross the line in pursuit of the bandits, and a supporting "
    "party will be sent forward at once. The country Is rough and the water is scarce."
)

MUST_FIX = [
    (
        "In and Is on a clean-looking page",
        PAGE,
        PAGE.replace(" In ", " in ").replace(" Is ", " is "),
    ),
    (
        "It and If after a word no sentence ends with",
        "The committee said that It was too late, and If the money came the work would go on.",
        "The committee said that it was too late, and if the money came the work would go on.",
    ),
    (
        "It after a conjunction in noisy text",
        NOISY + "The men left when It appeared that the bridge was down.",
        CLEANED + "The men left when it appeared that the bridge was down.",
    ),
    (
        "It after a word that takes it as its object",
        NOISY + "The precautions make It impossible, and we enjoyed It so much.",
        CLEANED + "The precautions make it impossible, and we enjoyed it so much.",
    ),
    (
        "after a name and before a place in noisy text",
        NOISY + "It was opened by Mrs. Arthur In the basement, and the show is held In Sydney.",
        CLEANED + "It was opened by Mrs. Arthur in the basement, and the show is held in Sydney.",
    ),
]

# Prose that writes "in", "is", "it" often: a capital once among them is the author's.
LONG = " ".join(["The ship lay in the bay and it was calm; the captain is in his cabin."] * 20)
MUST_NOT_CHANGE = [
    ("a verse line run into a long text's prose", LONG + " Not a whale than this In the vast sea."),
    (
        "It after a word a sentence may end with",
        NOISY + "The Grange is no mansion by any means It is an old house.",
    ),
    (
        "a heading's capitals",
        "SACRED TO THE MEMORY OF THE CREW. THIS TABLET Is erected by their friends.",
    ),
    (
        "a verse line start",
        "Not a fatter fish than this\nIn the vast Atlantic is;\nNot a whale than he.",
    ),
    ("a title in capitals", "We saw the film Lost In Space at the hall, and it was good."),
    ("In before a capitalised word", "The report was printed In Sydney and read by the council."),
    (
        "a verse line run in after a comma",
        NOISY + "And chain'd by Rome, In each heart of the free.",
    ),
    ("a title's capitals in clean text", "We read What Is a Monad and the rest of the book."),
]


@pytest.mark.parametrize(
    ("text", "expected"), [case[1:] for case in MUST_FIX], ids=[case[0] for case in MUST_FIX]
)
def test_lowers_a_misread_capital_i(text: str, expected: str) -> None:
    assert correct_words(text) == expected


@pytest.mark.parametrize(
    "text", [case[1] for case in MUST_NOT_CHANGE], ids=[case[0] for case in MUST_NOT_CHANGE]
)
def test_keeps_a_capital_i_that_is_the_authors(text: str) -> None:
    kept = text.removeprefix(NOISY)  # the noisy sentence only shows the text is OCR
    assert correct_words(text).endswith(kept)
