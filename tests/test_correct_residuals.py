"""correct_words: the misread words correction used to miss on real newspaper OCR, and the
words it must keep however much they look like them."""

from __future__ import annotations

from collections import Counter

import pytest

from ocrclean.correct import _lexicon_reading, best_correction, confusions, correct_words

# A clean-looking report (few misread-looking words, so not _noisy) that shows OCR's marks
# (a capital misread in a word: "membErs"), as a page of an old newspaper read by OCR does.
CLEAN_OCR = (
    "The committee met at the town hall on Monday evening, when the chairman read the report "
    "of the works carried out during the year. The new bridge over the creek was finished in "
    "March, and the road to the station has been widened and metalled for the whole of its "
    "length. The council thanked the engineer for his care, and the membErs agreed that "
    "the work had been done well and at a fair cost to the ratepayers of the district. "
)
# The same report as an author typed it: no OCR marks.
CLEAN_PROSE = CLEAN_OCR.replace("membErs", "members")
# ... and with a guillemet OCR left in it.
GUILLEMET_OCR = CLEAN_PROSE.replace(" and the members", " and » the members")

CLEAN_MISREADINGS_MUST_FIX = [
    ("a likely confusion", "The hall was oponed to the public at noon.", "was opened to"),
    ("a misread vowel", "The upset prico was fixed by the court.", "upset price was"),
    ("a capital misread in a word", "The work took some hourB to finish.", "some hours to"),
    ("a likely long word", "The report was recentlv printed for members.", "was recently printed"),
    ("a word of four letters", "He stood by the gatc near the hall.", "by the gate near"),
]

CLEAN_MISREADINGS_MUST_NOT_CHANGE = [
    ("text with no OCR marks", CLEAN_PROSE, "The upset piice was fixed by the court.", "piice"),
    ("a word of three letters", CLEAN_OCR, "He stood by the bnt near the gate.", None),
    ("an English formation", CLEAN_OCR, "The plan was unrecommended by all.", "unrecommended"),
    ("a compound", CLEAN_OCR, "The whalemen came ashore at dawn.", "whalemen"),
    (
        "a word written twice",
        CLEAN_OCR,
        "Use colno here, and colno there.",
        "colno here, and colno",
    ),
    ("a capitalised word", CLEAN_OCR, "Mr. Heilthy came to the meeting.", "Heilthy"),
    ("two likely candidates", CLEAN_OCR, "The acic was sold by the chemist.", "acic"),
]


@pytest.mark.parametrize(
    "row", CLEAN_MISREADINGS_MUST_FIX, ids=[row[0] for row in CLEAN_MISREADINGS_MUST_FIX]
)
def test_a_clean_looking_page_with_ocr_marks_has_its_misreadings_fixed(
    row: tuple[str, str, str],
) -> None:
    _, sentence, expected = row
    assert expected in correct_words(CLEAN_OCR + sentence, language="en")


@pytest.mark.parametrize(
    "row",
    CLEAN_MISREADINGS_MUST_NOT_CHANGE,
    ids=[row[0] for row in CLEAN_MISREADINGS_MUST_NOT_CHANGE],
)
def test_a_clean_looking_page_keeps_its_own_words(row: tuple[str, str, str, str | None]) -> None:
    _, text, sentence, kept = row
    corrected = correct_words(text + sentence, language="en")
    assert corrected == text + sentence if kept is None else kept in corrected


def test_a_period_text_keeps_its_old_spellings_but_not_a_misread_capital() -> None:
    text = (
        "And as he wandred about, by fortune he met with his maister, who gave him sowre "
        "sawce, and bade him take greace for the wheeles. He was continuaUy at the doore, "
        "and the men were foUowing him. "
    )
    corrected = correct_words(CLEAN_OCR * 2 + text, language="en")
    assert "him sowre sawce" in corrected and "take greace for" in corrected
    assert "continually at" in corrected and "were following him" in corrected


# A page of the report with one misread-looking word ("wero") and a real word misread
# ("pest" for "past"): noisy by its OCR marks (_marked_noisy), clean without them.
MARKED_NOISY_SENTENCE = "The men wero paid for the pest year in full. "


def test_a_page_with_guillemets_and_a_few_misread_words_is_noisy() -> None:
    corrected = correct_words(GUILLEMET_OCR + MARKED_NOISY_SENTENCE, language="en")
    assert "for the past year" in corrected


def test_a_page_with_a_few_misread_words_and_no_ocr_marks_is_clean() -> None:
    corrected = correct_words(CLEAN_PROSE + MARKED_NOISY_SENTENCE, language="en")
    assert "for the pest year" in corrected


def test_a_page_with_guillemets_and_no_misread_words_is_clean() -> None:
    sentence = "The men were paid for the pest year in full. "
    assert "the pest year" in correct_words(GUILLEMET_OCR + sentence, language="en")


# (before, word, after, correction or None): a real word in noisy OCR whose neighbour is seen
# beside it, but more often beside the candidate ("the pest" < "the past"), gives way; one
# whose neighbour vouches for it more than for the candidate stays (_vouched).
VOUCHED_ROWS = [
    ("the", "pest", "year", "past"),
    ("of", "tile", "premises", "the"),
    ("lost", "wore", "a", None),  # "wore a" is commoner than "were a"
    ("between", "hero", "and", None),
    ("a", "loft", "kind", None),
]


@pytest.mark.parametrize("row", VOUCHED_ROWS, ids=[row[1] for row in VOUCHED_ROWS])
def test_a_real_word_gives_way_only_where_no_neighbour_vouches_for_it(
    row: tuple[str, str, str, str | None],
) -> None:
    before, word, after, expected = row
    found = best_correction(word, Counter(), before=before, after=after, noisy=True)
    assert found == expected


# Noisy enough ("tho", "tbe", "waa", "nnd") for correction to act at all.
NOISE = " Tho men wero at tbe hall, which waa full, nnd tho band played."

# A long misread word no candidate reaches and the text spells no word near: a dictionary
# word a few likely edits away (_document_spellings, LEXICON_CHANNEL).
LEXICON_MUST_FIX = [
    ("three edits", "He went to the snporintcndent of police.", "the superintendent of"),
    ("two edits", "The tigbteniug of the rope.", "The tightening of"),
]

LEXICON_MUST_NOT_CHANGE = [
    ("a capitalised word: a name", "The Kaisow arrived at the wharf.", "The Kaisow arrived"),
    ("a compound", "Copy the oneliner to the readme.", "the oneliner to"),
    (
        "a period-spelled text",
        "He pittyed the poore man, and did goe himselfe to the towne with his wordes.",
        "He pittyed the",
    ),
]

# (misread word, reading or None): of the dictionary words a few edits away, the likeliest
# by frequency and by the edits OCR makes, not the closest by edits (_lexicon_reading).
LEXICON_READINGS = [
    ("lutolj", "lately"),  # not "luton", closer by one edit
    ("paraljsls", "paralysis"),
    ("interfcrenco", "interference"),
    ("proput", None),  # "profit" or "proper": as likely (a missed fix beats a wrong one)
    ("xqzzvkw", None),  # nothing near
]


@pytest.mark.parametrize("row", LEXICON_READINGS, ids=[row[0] for row in LEXICON_READINGS])
def test_the_likeliest_dictionary_word_not_the_closest(row: tuple[str, str | None]) -> None:
    word, expected = row
    assert _lexicon_reading(word, confusions("en")) == expected


# A misread word a hyphen splits, in noisy OCR (_hyphen_misreadings).
HYPHEN_MUST_FIX = [
    ("a letter misread as a hyphen", "They gave a small a-nount, and left.", "small amount, and"),
    ("a hyphenated word misread", "The coat was re-coived by the tailor.", "was received by"),
    ("a misread letter before a hyphen", "A charge was lodged t-gainst him.", "lodged against him"),
]

HYPHEN_MUST_NOT_CHANGE = [
    ("two dictionary words", "He wished to-fight the man.", "to-fight"),
    ("the article before a word", "He was a-coming home.", "a-coming"),
    ("a letter and a word the lists know joined", "He wore a t-shirt today.", "t-shirt"),
    ("a handle", "Reviewed by [@x-yuri] today.", "[@x-yuri]"),
    ("a joined form the lists know", "Any-one may come.", "Any-one"),
    ("a double-barrelled name", "Mrs. Smith-Jonos came.", "Smith-Jonos"),
    ("no candidate", "The xq-zzv was here.", "xq-zzv"),
]


def test_a_hyphenated_misreading_stays_in_clean_text() -> None:
    assert "a-nount" in correct_words(CLEAN_PROSE + "They gave a small a-nount.", language="en")


# A capitalised word of noisy, modern text that looks like a period spelling: plainly a
# misreading of a common word no longer than it (_misread_title), else a name.
MISREAD_TITLE_MUST_FIX = [
    ("a misread pronoun", "He was fined. Ile was also sent to gaol.", "fined. He was also"),
]

MISREAD_TITLE_MUST_NOT_CHANGE = [
    ("a rare confusion", "We met Mr. Brieg and his wife.", "Brieg"),
    ("a longer word", "He sold the Ranche, and left.", "Ranche,"),
    (
        "a period-spelled text",
        (
            "He pittyed the poore man, and did goe himselfe to the towne with his wordes. "
            "Ile was glad."
        ),
        "Ile was glad",
    ),
]


# A function word noisy OCR misread as another short word in capitals (_capital_markers).
CAPITAL_MARKER_MUST_FIX = [
    ("in a heading", "NOTICES OT MOTION were read.", "NOTICES OF MOTION"),
    (
        "between lower-case words",
        "The commissioner TOR railways spoke.",
        "commissioner for railways",
    ),
]

CAPITAL_MARKER_MUST_NOT_CHANGE = [
    ("an acronym", "an MP said it was so.", "an MP said"),
    ("a common acronym", "the US army came.", "the US army"),
    ("no function word", "The ship HIP was seen.", "ship HIP was"),
    ("at a punctuation mark", "He said, OP the motion.", "said, OP the"),
]


def test_a_function_word_misread_in_capitals_stays_in_clean_text() -> None:
    assert "NOTICES OT MOTION" in correct_words(CLEAN_PROSE + "NOTICES OT MOTION.", language="en")


# The rules above, each with must-fix and must-not-change rows, in noisy OCR (NOISE).
NOISY_RULES = {
    "lexicon": (LEXICON_MUST_FIX, LEXICON_MUST_NOT_CHANGE),
    "hyphen": (HYPHEN_MUST_FIX, HYPHEN_MUST_NOT_CHANGE),
    "misread title": (MISREAD_TITLE_MUST_FIX, MISREAD_TITLE_MUST_NOT_CHANGE),
    "capital marker": (CAPITAL_MARKER_MUST_FIX, CAPITAL_MARKER_MUST_NOT_CHANGE),
}
NOISY_FIX = [(rule, *row) for rule, (rows, _) in NOISY_RULES.items() for row in rows]
NOISY_KEEP = [(rule, *row) for rule, (_, rows) in NOISY_RULES.items() for row in rows]


@pytest.mark.parametrize("row", NOISY_FIX, ids=[f"{row[0]}: {row[1]}" for row in NOISY_FIX])
def test_a_misreading_of_noisy_ocr_is_corrected(row: tuple[str, str, str, str]) -> None:
    _, _, text, expected = row
    assert expected in correct_words(text + NOISE, language="en")


@pytest.mark.parametrize("row", NOISY_KEEP, ids=[f"{row[0]}: {row[1]}" for row in NOISY_KEEP])
def test_a_word_of_the_author_stays_in_noisy_ocr(row: tuple[str, str, str, str]) -> None:
    _, _, text, kept = row
    assert kept in correct_words(text + NOISE, language="en")
