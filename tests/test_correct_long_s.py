"""correct_words: a long s (ſ) that OCR read as f, in text printed with the long s."""

from __future__ import annotations

from collections import Counter

import pytest

from ocrclean.correct import _long_s_readings, correct_words

# A page of English printed before about 1800, the long s read as f by OCR.
ENGLISH_PAGE = (
    "It is faid that the firft houfe in the town was built by himfelf, and moft of the "
    "reft by his fons. Thofe who came after him found it fo well placed that they chofe "
    "to ftay, and fome of them are there ftill. The fame may be faid of the church, "
    "which was raifed at the coft of the parifh in the year of the great froft. Fame is "
    "fleeting."
)
FRENCH_PAGE = (
    "Il eft vrai que la maifon fut bâtie fous le règne de Louis, auffi bien que les "
    "jardins, & que le feigneur y faifoit fa demeure jufqu'à fa mort. On voit au-deffus "
    "de la porte les armes de fa famille, & fur le mur du côté du couchant une infcription "
    "qui rappelle le fiége de la ville."
)

LONG_S_MUST_FIX = [
    ("en, unknown words", ENGLISH_PAGE, "en", ["said that the first house", "himself, and most"]),
    ("en, capitalised", ENGLISH_PAGE, "en", ["Those who came"]),
    ("en, fo -> so", ENGLISH_PAGE, "en", ["found it so well"]),
    ("en, the fame -> the same", ENGLISH_PAGE, "en", ["The same may be said"]),
    ("fr, unknown words", FRENCH_PAGE, "fr", ["Il est vrai", "la maison", "aussi bien"]),
    ("fr, in a compound", FRENCH_PAGE, "fr", ["au-dessus", "jusqu'à sa mort"]),
    ("fr, fous le -> sous le", FRENCH_PAGE, "fr", ["sous le règne"]),
]

LONG_S_MUST_NOT_CHANGE = [
    # words a long s cannot stand in: a final f, a capital F, a word s makes no likelier
    ("en, final f and capital F", ENGLISH_PAGE, "en", ["of the", "Fame"]),
    ("en, frost", ENGLISH_PAGE, "en", ["great frost"]),
    ("en, found", ENGLISH_PAGE, "en", ["found it"]),
    ("fr, fut", FRENCH_PAGE, "fr", ["fut bâtie"]),
    ("fr, famille", FRENCH_PAGE, "fr", ["de sa famille"]),
]


@pytest.mark.parametrize(
    "row",
    LONG_S_MUST_FIX + LONG_S_MUST_NOT_CHANGE,
    ids=[row[0] for row in LONG_S_MUST_FIX + LONG_S_MUST_NOT_CHANGE],
)
def test_an_f_for_a_long_s_is_an_s_and_a_real_f_stays(row: tuple[str, str, str, list[str]]) -> None:
    _, text, language, expected = row
    corrected = correct_words(text, language=language)
    for piece in expected:
        assert piece in corrected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # modern text: "fun", "fame", "loft", "after" and "offer" are words, and one stray
        # "moft" is no sign of a long s (the corrector's usual evidence may still mend it)
        (
            "The fun of fame is in the loft after all, and the offer was moft generous.",
            ["The fun of fame is in the loft after all, and the offer was"],
        ),
        # modern OCR with a few f for s: too few to show a text printed with the long s
        (
            "The firft train left at noon, and the fun was over by then. " * 3
            + "It was a quiet day in the town, with nobody about in the streets. " * 20,
            ["left at noon, and the fun was over"],
        ),
    ],
)
def test_text_without_the_long_s_keeps_its_f(text: str, kept: list[str]) -> None:
    assert _long_s_readings(Counter(text.split()), len(text.split()), "en") == {}
    corrected = correct_words(text, language="en")
    for piece in kept:
        assert piece in corrected


def test_a_long_s_printed_as_such_is_kept() -> None:
    # OCR that reads the long s as ſ: the text is as printed, and correction keeps it so
    text = (
        "It is ſaid that the firſt houſe was built by himſelf, and moſt of the reſt by his "
        "ſons. Tbe men waa there nnd tho band played."
    )
    corrected = correct_words(text, language="en")
    assert corrected.startswith("It is ſaid that the firſt houſe was built by himſelf")
    assert "The men" in corrected
