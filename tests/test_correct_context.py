"""correct_words in context: a dictionary word that is a misreading, settled by its neighbours,
and correct words beside them that must stay, in a noisy OCR text (each row ends in a clause
with "nnd", "tbe" and "waa", which makes the text noisy enough for a dictionary word to be
questioned at all)."""

from __future__ import annotations

import pytest

from ocrclean.correct import correct_words

NOISY = ", nnd tbe road waa closed."
CLEANED = ", and the road was closed."

# A real word read for another, which the words beside it settle: (case, OCR, expected).
MUST_CORRECT = [
    (
        "arc between a noun and an adverb",
        "The diggers arc certainly doing well",
        "The diggers are certainly doing well",
    ),
    (
        "moro before an adjective",
        "There is no moro convincing proof",
        "There is no more convincing proof",
    ),
    ("ot between two nouns", "Notices ot motion were given", "Notices of motion were given"),
    ("ho before a verb", "It was said that ho was there", "It was said that he was there"),
    (
        "wore before a participle",
        "The prisoners wore arraigned yesterday",
        "The prisoners were arraigned yesterday",
    ),
    (
        "tho before a noun",
        "A deputation waited on tho Minister",
        "A deputation waited on the Minister",
    ),
    ("aro before an adverb", "The works aro now in hand", "The works are now in hand"),
    (
        "lest before a noun",
        "The stock was sold at lest week's sale",
        "The stock was sold at last week's sale",
    ),
]

# Correct words whose neighbours vouch for them, or do not speak against them.
MUST_NOT_CHANGE = [
    ("a mill beside its trade", "The rolling mill and the wire rope works were busy"),
    ("a roar and an aid", "A dull roar came from the medical aid post"),
    ("wore and laid as verbs", "She wore a hat and he laid the book down"),
    ("bad as an adjective", "The bad weather delayed the steamer"),
    ("he and be side by side", "He said he would be there"),
    ("bay and arc", "The bay was calm and the arc lamps were lit"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [case[1:] for case in MUST_CORRECT],
    ids=[case[0] for case in MUST_CORRECT],
)
def test_neighbours_settle_a_real_word_misreading(text: str, expected: str) -> None:
    assert correct_words(text + NOISY) == expected + CLEANED


@pytest.mark.parametrize(
    "text", [case[1] for case in MUST_NOT_CHANGE], ids=[case[0] for case in MUST_NOT_CHANGE]
)
def test_correct_words_beside_their_neighbours_stay(text: str) -> None:
    assert correct_words(text + NOISY) == text + CLEANED
    assert correct_words(text + ".") == text + "."
