"""Segmentation inside --correct (ocrclean/segment.py): words run together are split, a
word split by a space is joined, in noisy English OCR only."""

from __future__ import annotations

import pytest

from ocrclean.correct import correct_words
from ocrclean.segment import best_split, pair_zipf

# Enough misread words around the case that the text counts as noisy OCR (correct._noisy).
NOISE = "Tho man wns hero nnd tbe othor mon woro thero. "

MUST_CHANGE = [
    ("ofthe", "the sale ofthe land", "the sale of the land"),
    ("tothe", "he went tothe house", "he went to the house"),
    ("inthe", "a meeting inthe hall", "a meeting in the hall"),
    ("verymuch", "it was verymuch admired", "it was very much admired"),
    ("glued-full-stop", "he was to.be seen", "he was to be seen"),
    (
        "glued-apostrophe",
        "it was necessary to'blast the rock",
        "it was necessary to blast the rock",
    ),
    ("glued-comma", "called attention,to the fact", "called attention, to the fact"),
    ("split-word", "the advertise ments were read", "the advertisements were read"),
    ("split-misread", "we must co itinue the work", "we must continue the work"),
    (
        "split-misread-2",
        "until the tel mination of the lease",
        "until the termination of the lease",
    ),
    ("lone-letter", "it w as said", "it was said"),
    ("misread-piece", "he arrived attho station", "he arrived at the station"),
    ("three-words", "it isnotsurprising that", "it is not surprising that"),
]

MUST_NOT_CHANGE = [
    ("real-pair-a-part", "it was a part of the plan"),
    ("real-pair-any-one", "if any one of them came"),
    ("real-pair-in-to", "he came in to dinner"),
    ("real-pair-be-come", "they may be come and gone"),
    ("real-pair-some-time", "for some time past"),
    ("dictionary-word", "he could atone for it"),
    ("period-spelling", "he sayd himselfe wouldbee there"),
    ("initial", "Captain G. Smith arrived"),
    ("number", "the sum of 12.50 paid"),
    ("code", "call os.path and self.name"),
    ("url", "see www.example.com today"),
    ("contraction", "he didn't know"),
    ("name-at-line-start", "the sea\nThemen sailed"),
    ("across-line-break", "the advertise\nments were read"),
    ("heading", "OFTHE LAND"),
    ("name", "Mr Heaper and Mr Goodhind came"),
    ("compound", "the filestore and metastore commands"),
]


@pytest.mark.parametrize(("case", "text", "expected"), MUST_CHANGE, ids=[c[0] for c in MUST_CHANGE])
def test_segments(case: str, text: str, expected: str) -> None:
    assert correct_words(NOISE + text) == correct_words(NOISE) + expected


@pytest.mark.parametrize(("case", "text"), MUST_NOT_CHANGE, ids=[c[0] for c in MUST_NOT_CHANGE])
def test_leaves_alone(case: str, text: str) -> None:
    assert correct_words(NOISE + text).endswith(text)


# Pieces that are misread words of their own keep their count: the corrector reads them.
MUST_NOT_JOIN = [
    ("misread-beside-word", "for some tlme past", "for some time past"),
    ("lone-m-is-in", "he was m any case late", "he was in any case late"),
]


@pytest.mark.parametrize(
    ("case", "text", "expected"), MUST_NOT_JOIN, ids=[c[0] for c in MUST_NOT_JOIN]
)
def test_corrects_without_joining(case: str, text: str, expected: str) -> None:
    assert correct_words(NOISE + text).endswith(expected)


def test_clean_text_is_never_segmented() -> None:
    text = "The sale ofthe land was made by the council after a long debate over the price."
    assert correct_words(text) == text


def test_french_is_never_segmented() -> None:
    text = "Le chat dela maison est parti avec lechien de la voisine hier soir."
    assert correct_words(text, language="fr") == text


def test_pairs_and_splits() -> None:
    assert pair_zipf("of", "the") > 7 and pair_zipf("be", "came") == 0.0
    assert best_split("another") is None
    for word, words in [
        ("tothe", ("to", "the")),
        ("attho", ("at", "tho")),  # "tho", a misread "the", is corrected after
        ("isnotsurprising", ("is", "not", "surprising")),
    ]:
        found = best_split(word)
        assert found is not None and found[0] == words
