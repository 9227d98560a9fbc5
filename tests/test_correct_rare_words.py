"""--correct and a rare dictionary word of noisy OCR that is the misreading of a far commoner
word ("hospital fir the", "up ta the", "Berembed wns safely"): the neighbours need to favour
the candidate less the likelier the candidate, misread so, is than the word as printed
(correct._likelier). A rarer word ("drest", "loth", "largo"), one the text repeats ("the io
module"), a capitalised word ("Homo sum") and one commoner than any misreading would make it
("hero", "wore a black dress") stay, and clean text is judged as before."""

from __future__ import annotations

import pytest
from noisy_ocr import CLEANED, NOISY  # noisy OCR (tbe, waa, nnd), and corrected

from ocrclean.correct import correct_words

MUST_CHANGE = [
    # a word of Zipf 3 or more the text prints once, its candidate likelier by the prior
    ("He was taken to the hospital fir the night.", "He was taken to the hospital for the night."),
    ("The men went up ta the station.", "The men went up to the station."),
    ("The amount io be paid was large.", "The amount to be paid was large."),
    ("Mr. Smith loft an estate of great value.", "Mr. Smith left an estate of great value."),
    ("The prisoners wore arraigned yesterday.", "The prisoners were arraigned yesterday."),
    ("They spoke of the wai.", "They spoke of the war."),
    # a rarer word a hundred times less likely than its candidate misread so (MISREAD_LIKELIER)
    ("Berembed wns safely reached.", "Berembed was safely reached."),
    ("The Gallard alio were present.", "The Gallard also were present."),
    ("Fine rivers aiso flow there.", "Fine rivers also flow there."),
]

MUST_NOT_CHANGE = [
    "She was drest in white for the ball.",  # rarer than Zipf 3 and less than 100 times
    "He stood up, loth to go.",
    "A man of largo dimensions.",
    "The io module and the io library were used.",  # the text repeats it: its own word
    "Homo sum, said the man.",  # capitalised: a name or a foreign phrase
    "He was the hero of the day.",  # no misreading makes "here" likelier than "hero"
    "She wore a black dress to the dance.",  # the neighbours do not favour "were"
    "He had a lovely gaiden of roses.",  # (a miss: "gaiden" is rarer than Zipf 3)
]

# Clean text: only plain misreadings are weighed there, as before.
CLEAN_MUST_NOT_CHANGE = [
    "Ben Jonson und seine Schule, Leipzig 1836, was read by the scholars of the day.",
    "The command ls lists the files of the directory, and the man page says how.",
]


@pytest.mark.parametrize(("text", "expected"), MUST_CHANGE)
def test_rare_word_misreadings_are_corrected(text: str, expected: str) -> None:
    assert correct_words(NOISY + text) == CLEANED + expected


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_rare_words_of_the_author_are_kept(text: str) -> None:
    assert correct_words(NOISY + text) == CLEANED + text


@pytest.mark.parametrize("text", CLEAN_MUST_NOT_CHANGE)
def test_clean_text_keeps_its_words(text: str) -> None:
    assert correct_words(text) == text
