"""--correct takes off the accents OCR adds to English words (``thé``, ``hâve``) and keeps
the accents English writes (``café``, ``rôle`` where the text never writes ``role``) and
French phrases (``pièce de résistance``)."""

from __future__ import annotations

import pytest

from ocrclean.correct import correct_words

CONTEXT = " The man went to the house, and the people have seen the great present edition."

MUST_CHANGE = [
    ("Thé man went to thé house.", "The man went to the house."),
    ("You hâve seen the gréât hall.", "You have seen the great hall."),
    ("The présent édition of the work.", "The present edition of the work."),
    (  # a word the text writes plain shows the habit: "expérience" goes too
        "Thé work of expérience.",
        "The work of experience.",
    ),
    (  # ... but not a word English writes with its accent
        "Thé man, whose rôle it was.",
        "The man, whose rôle it was.",
    ),
]

MUST_NOT_CHANGE = [
    "The café was open and the élite came.",  # plain forms rarer than the accented ones allow
    "The rôle was his, as the rôle of the king.",  # the text never writes "role"
    "It was the pièce de résistance of the evening.",  # a French phrase
    "Saw the belovèd, the learnèd man.",  # the poet's accent marks a syllable
    "À la mode and the thé dansant, said the man.",  # beside a French word
    "His mère was there.",  # "mere" is too rare to be sure
    "His expérience.",  # the text writes no accented word plain: no habit
]


@pytest.mark.parametrize(("text", "expected"), MUST_CHANGE)
def test_accents_ocr_added_are_taken_off(text: str, expected: str) -> None:
    assert correct_words(text + CONTEXT) == expected + CONTEXT


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_accents_english_writes_are_kept(text: str) -> None:
    assert correct_words(text + CONTEXT) == text + CONTEXT
