"""--correct with the confusion table learned from raw OCR alone: it lists more confusions
than a table learned from a few transcriptions (some of them its pairing's noise), and three
guards keep that reach from real words. A dictionary word gives way only to a candidate
MARGIN_KNOWN orders of magnitude likelier in context ("worldwide fame", "did not heed", "the
lust of"); a rare word counts as a sign of OCR only by a confusion at least NOISY_CHANNEL
likely ("lints" in a README is no misread "lists", "wbo" is a misread "who"); in clean text
an unknown word gives way only to a confusion at least CLEAN_CHANNEL likely ("unlet",
"doated" of a novel). Each table has rows the guard must let through, and each
must-not-change row is checked to change without its guard."""

from __future__ import annotations

import pytest
from noisy_ocr import CLEANED, NOISY  # noisy OCR (tbe, waa, nnd), and corrected
from test_correct_residuals import CLEAN_PROSE  # a clean report, no OCR mark

from ocrclean import correct
from ocrclean.correct import correct_words

# A dictionary word of noisy text that a likely confusion makes of a commoner one (MARGIN_KNOWN).
KNOWN_WORDS_MUST_NOT_CHANGE = [
    "His worldwide fame since then.",  # "game": f/g
    "He did not heed the warning.",  # "need": h/n
    "A hateful lust of power.",  # "last": u/a
]
KNOWN_WORDS_MUST_CHANGE = [
    ("The prisoners wore arraigned yesterday.", "The prisoners were arraigned yesterday."),
    ("He was taken to the hospital fir the night.", "He was taken to the hospital for the night."),
]

# A README that writes "lint" and "lints" throughout, and no OCR mark (NOISY_CHANNEL).
README = (
    "A collection of lints to catch common mistakes and improve your code. Lints are "
    "divided into categories, each with a default lint level. You can choose how much the "
    "lints annoy you by enabling them. The lint list is long.\n"
)

# Unknown words of a clean text (CLEAN_CHANNEL): the author's, unless plainly misread.
CLEAN_MUST_NOT_CHANGE = [
    "Number eighty still unlet. Why is that?",  # "under": two confusions
    "I doated on this little toy.",  # "posted"
]
CLEAN_MUST_CHANGE = [
    ("The hall was oponed to the public at noon.", "The hall was opened to the public at noon."),
]


@pytest.mark.parametrize("text", KNOWN_WORDS_MUST_NOT_CHANGE)
def test_a_dictionary_word_of_noisy_text_needs_a_clear_margin(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert correct_words(NOISY + text) == CLEANED + text
    monkeypatch.setattr(correct, "MARGIN_KNOWN", 0.0)  # the guard is what keeps it
    assert not correct_words(NOISY + text).endswith(text)


@pytest.mark.parametrize(("text", "expected"), KNOWN_WORDS_MUST_CHANGE)
def test_a_plain_misreading_of_noisy_text_clears_the_margin(text: str, expected: str) -> None:
    assert correct_words(NOISY + text).endswith(expected)


def test_a_rare_word_an_unlikely_confusion_explains_is_no_sign_of_ocr(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert correct_words(README) == README
    assert not correct._looks_misread("lints")
    assert correct._looks_misread("wbo") and correct._looks_misread("bave")
    monkeypatch.setattr(correct, "NOISY_CHANNEL", -99.0)
    assert correct._looks_misread("lints")  # the guard is what keeps it out


@pytest.mark.parametrize("text", CLEAN_MUST_NOT_CHANGE)
def test_an_unknown_word_of_clean_text_needs_a_likely_confusion(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert correct_words(CLEAN_PROSE + text) == CLEAN_PROSE + text
    monkeypatch.setattr(correct, "CLEAN_CHANNEL", -99.0)  # the guard is what keeps it
    assert correct_words(CLEAN_PROSE + text) != CLEAN_PROSE + text


@pytest.mark.parametrize(("text", "expected"), CLEAN_MUST_CHANGE)
def test_a_likely_misreading_of_clean_text_is_still_corrected(text: str, expected: str) -> None:
    assert correct_words(CLEAN_PROSE + text) == CLEAN_PROSE + expected
