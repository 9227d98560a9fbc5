"""correct_words: a digit 1 read as the pronoun I, and never in numbers, money or references."""

from __future__ import annotations

import pytest

from ocrclean.correct import correct_words

# Each sentence is noisy enough ("tho", "tbe", "waa") for correction to act at all.
NOISE = " Tho men wero at tbe hall, which waa full."

PRONOUN_MUST_FIX = [
    ("and 1 have", "The road was long, and 1 have no doubt of it.", "and I have"),
    ("If 1 am", "If 1 am not mistaken, the meeting was held.", "If I am"),
    ("clause, 1 know", "As for the rest, 1 know nothing of it.", "rest, I know"),
    ("sentence. 1 want", "He continued to speak. 1 want you to go home.", "home.", "I want"),
    ("nobody 1 know", "There is nobody 1 know better than him.", "nobody I know"),
]

PRONOUN_MUST_NOT_CHANGE = [
    ("at 1 am", "The train left at 1 am and arrived at noon."),
    ("12 and 1 am", "The train left between 12 and 1 am on Sunday."),
    ("till 1 am", "The dance went on till 1 am in the hall."),
    ("past 1 was", "The time was half past 1 was the answer."),
    ("bedroom 1 am", "He slept in the front bedroom 1 am told."),
    ("No. 1 was", "Lot No. 1 was sold for a good price."),
    ("lot 1 will", "The auctioneer said lot 1 will be offered first."),
    ("platform 1 was", "The crowd on platform 1 was large."),
    ("version 1 was", "The AWS CLI version 1 was made generally available."),
    ("1 mile", "The road runs for 1 mile beyond the bridge."),
    ("money", "The price was £1. 1s. 6d. for the lot."),
    ("1 not", "But It 1 not an easy matter for the men."),
    ("1 ll", "The sign read 1 ll in large letters."),
    ("1 the", "He was appointed rather than 1 the old man."),
    ("1, glued to a mark", "Items (1) have been sold, and 1) have been kept."),
]


@pytest.mark.parametrize("row", PRONOUN_MUST_FIX, ids=[row[0] for row in PRONOUN_MUST_FIX])
def test_a_one_between_words_is_the_pronoun(row: tuple[str, ...]) -> None:
    _, text, *expected = row
    corrected = correct_words(text + NOISE, language="en")
    for piece in expected:
        assert piece in corrected


@pytest.mark.parametrize(
    ("name", "text"), PRONOUN_MUST_NOT_CHANGE, ids=[row[0] for row in PRONOUN_MUST_NOT_CHANGE]
)
def test_a_one_in_a_number_stays(name: str, text: str) -> None:
    corrected = correct_words(text + NOISE, language="en")
    assert corrected.startswith(text)


def test_clean_text_keeps_its_ones() -> None:
    text = "He said that 1 have been counted, and the rest were not."
    assert correct_words(text) == text


def test_clean_looking_text_that_shows_the_misreading_twice_reads_the_pronoun() -> None:
    text = "He said that 1 have been counted, but 1 know the rest were not."
    assert correct_words(text) == text.replace(" 1 ", " I ")


LETTER_MUST_FIX = [
    ("wa3", "When the tempest wa3 ended, we went home.", "tempest was ended"),
    ("go1d", "The hateful lust of go1d is shown in him.", "lust of gold is"),
    ("sacri6ce: the fi ligature", "They had to sacri6ce much.", "to sacrifice much"),
    ("8 starts a capital", "The Official Directory of the 8tate is out.", "the State is"),
    ("3 after a name's word", "The United 3tates of America.", "United States of"),
    ("at a sentence's start", "It was so. 3hort of money, he left.", "so. Short of"),
    ("marks kept", 'He said "thi3," and left.', 'said "this," and'),
]

LETTER_MUST_NOT_CHANGE = [
    ("ordinals and units", "On the 4th, at 8am, a plank 5in thick, a book in 8vo."),
    ("a note's number", "As he said, the answer was no1 at all, hi6 last word."),
    ("capitals and codes", "FIRST CLA5S TICKETS for Mr. McD0nald and Vitamin B12."),
    ("two readings", "The 8utton was sewn on the coat."),
    ("a reading too rare for a short token", "The t1n and the f1r were sold."),
    ("glued by a mark", "The 3-masted ship and the a/c4 were sold."),
]


@pytest.mark.parametrize("row", LETTER_MUST_FIX, ids=[row[0] for row in LETTER_MUST_FIX])
def test_a_digit_in_a_word_is_a_misread_letter(row: tuple[str, str, str]) -> None:
    _, text, expected = row
    assert expected in correct_words(text + NOISE, language="en")


@pytest.mark.parametrize(
    ("name", "text"), LETTER_MUST_NOT_CHANGE, ids=[row[0] for row in LETTER_MUST_NOT_CHANGE]
)
def test_a_digit_in_a_number_code_or_note_stays(name: str, text: str) -> None:
    assert correct_words(text + NOISE, language="en").startswith(text)


def test_clean_text_keeps_its_digits() -> None:
    text = "The tempest wa3 ended, and the lust of go1d is shown in him."
    assert correct_words(text) == text


EXCLAMATION_MUST_FIX = [
    ("before a sentence", "They sang under the sun 1 This is the end.", "sun! This is"),
    ("before A", "It was the wreck of two lives 1 A fierce fever came.", "lives! A fierce"),
]

EXCLAMATION_MUST_NOT_CHANGE = [
    ("a reference", "He read question 1 The answer was long."),
    ("a word before numbers", "He came at 1 The men were there."),
    ("a word no sentence ends with", "He saw the 1 The men were there."),
    ("a capitalised word before", "He read Psalm 1 The men were there."),
    ("before I-words, OCR debris", "The man will 1 In their town."),
    ("before a rarer word", "He sang to the sun 1 Nowhere was he seen."),
    ("across a line", "He sang to the sun 1\nThe men were there."),
    ("before I", "He saw the persons 1 I had seen before."),
]


@pytest.mark.parametrize("row", EXCLAMATION_MUST_FIX, ids=[row[0] for row in EXCLAMATION_MUST_FIX])
def test_a_one_after_a_word_before_a_sentence_is_an_exclamation_mark(
    row: tuple[str, str, str],
) -> None:
    _, text, expected = row
    assert expected in correct_words(text + NOISE, language="en")


@pytest.mark.parametrize(
    ("name", "text"),
    EXCLAMATION_MUST_NOT_CHANGE,
    ids=[row[0] for row in EXCLAMATION_MUST_NOT_CHANGE],
)
def test_a_one_that_may_be_a_number_stays(name: str, text: str) -> None:
    assert correct_words(text + NOISE, language="en").startswith(text)


def test_clean_text_keeps_a_lone_one_before_a_sentence() -> None:
    text = "They sang under the sun 1 This is the end of it."
    assert correct_words(text) == text
