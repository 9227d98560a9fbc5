"""correct_words where English OCR hides its misreadings: lists of names in noisy OCR
(correct._list_names: a paragraph of capitalised names has too few common English words to
pass for English, yet in a text known to be noisy OCR its clearly misread names are
corrected; in clean text, and in a paragraph of another language, nothing changes), short
plain misreadings on clean-looking pages (_plain_misreading), and newspaper misreadings that
look like period spelling only by two changes to a rare short word (_period_word_twice)."""

from __future__ import annotations

import pytest

from ocrclean.correct import correct_words

# Noisy English OCR: enough misread words (tbe, waa, nnd, aro) that the text is known for OCR.
NOISY = (
    "Tbe following candidates waa awarded exhibitions nnd tbe names aro given below, "
    "with tbe faculty in which each will enrol nnd tbe school he attended.\n\n"
)
NAMES = (
    "Frederick Jamcs Frost Albert Charles Hope Molly Moore Joan Bakei Betty Grace "
    "Harvey Edna Muriel Storey Mary Grace Stuart Joyce Anderson Mollv Moore Brian Josenh Sexton\n"
)

MUST_FIX = [
    (
        "misread names in a list of a noisy text",
        NOISY + NAMES,
        NOISY.replace("Tbe", "The")
        .replace("tbe", "the")
        .replace("waa", "was")
        .replace("nnd", "and")
        .replace("aro", "are")
        + NAMES.replace("Jamcs", "James")
        .replace("Bakei", "Baker")
        .replace("Mollv", "Molly")
        .replace("Josenh", "Joseph"),
    ),
]

MUST_NOT_CHANGE = [
    (
        "a list of names in clean text",
        "The following candidates were awarded exhibitions and the names are given below.\n\n"
        + NAMES,
    ),
    (
        "a German paragraph (its nouns capitalised) in noisy English text",
        NOISY + "Wie froh bin ich, dass ich weg bin! Bester Freund, was ist das Herz des Menschen, "
        "und wie arme Leonore in der Stadt lebte.\n",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [case[1:] for case in MUST_FIX], ids=[case[0] for case in MUST_FIX]
)
def test_corrects_misread_names_in_lists_of_noisy_text(text: str, expected: str) -> None:
    assert correct_words(text) == expected


@pytest.mark.parametrize(
    "text", [case[1] for case in MUST_NOT_CHANGE], ids=[case[0] for case in MUST_NOT_CHANGE]
)
def test_leaves_lists_alone_elsewhere(text: str) -> None:
    corrected = correct_words(text)
    assert corrected[-len(text.split("\n\n")[-1]) :] == text.split("\n\n")[-1]


# A clean-looking page of OCR (too few misread words to count as noisy) still misreads a few
# short words plainly (correct._plain_misreading), which its neighbours speak against; the
# rare words of a novel, and capitalised words, stay.
CLEAN = (
    "The council met on Monday and the members spoke at length of the roads, the schools and "
    "the new bridge over the river, which will be opened in the spring by the mayor. "
)

PLAIN_FIXED = [
    ("tho", "The men said tho house was sold.", "The men said the house was sold."),
    ("aro", "The reports aro now in the hands of the council.", "are"),
    ("heen", "It had heen decided to meet again.", "been"),
    ("sho", "The steamer left the wharf and sho was towed down.", "she"),
]

PLAIN_KEPT = [
    ("hid", "I hid my books in the cupboard and went out."),
    ("hut", "She lived alone in yonder little hut, before a few dim lights."),
    ("coiner", "Death was the fate of the coiner of a bad shilling."),
    ("capitalised", "Ho Lu, King of Wu, read the book. Lo, the Spear-Danes came."),
    ("tho as though", "He was a good man, tho he was poor, and the world knew it."),
]


@pytest.mark.parametrize(
    ("text", "fixed"), [case[1:] for case in PLAIN_FIXED], ids=[case[0] for case in PLAIN_FIXED]
)
def test_corrects_plain_misreadings_in_clean_looking_text(text: str, fixed: str) -> None:
    corrected = correct_words(CLEAN + text)
    assert corrected.startswith(CLEAN) and fixed in corrected[len(CLEAN) :]
    assert corrected != CLEAN + text


@pytest.mark.parametrize(
    "text", [case[1] for case in PLAIN_KEPT], ids=[case[0] for case in PLAIN_KEPT]
)
def test_keeps_real_words_of_clean_text(text: str) -> None:
    assert correct_words(CLEAN + text) == CLEAN + text


# A word two period changes make a rare short word ("havp": "hap") is a misreading; one they
# make a common short word ("ranne": "ran"), or one change a word ("sonnes"), is period spelling.
PERIOD_LOOKALIKES = [
    (
        "two changes to a rare short word",
        "The men could havp found the road, nnd tbe cart waa there on a particular movp of the day.",
        "The men could have found the road, and the cart was there on a particular move of the day.",
    ),
    (
        "period spelling kept",
        "Hee said himselfe would goe, and he ranne to his sonnes with the tayle, nnd tbe doore waa shut.",
        "Hee said himselfe would goe, and he ranne to his sonnes with the tayle, and the doore was shut.",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [case[1:] for case in PERIOD_LOOKALIKES],
    ids=[case[0] for case in PERIOD_LOOKALIKES],
)
def test_period_lookalikes(text: str, expected: str) -> None:
    assert correct_words(text) == expected
