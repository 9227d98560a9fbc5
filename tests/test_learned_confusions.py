"""benchmarks/learn_confusions_from_ocr.py learns the English confusion table from raw OCR alone:
how it pairs a misread form with the word it misreads, which confusions it leaves out, and
what the shipped table says it comes from."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import learn_confusions_from_ocr as learner

from ocrclean.data import learned_confusions


@pytest.mark.parametrize(
    ("form", "word", "confusable"),
    [
        ("tbe", "the", True),  # one letter read as another
        ("nrst", "first", True),  # the fi ligature read as n: one run, "fi" -> "n"
        ("beforo", "before", True),
        ("tlie", "the", True),  # li for h
        ("aud", "and", True),
        ("suporintcudent", "superintendent", True),  # two runs in a long word
        ("tnrougn", "through", True),
        # must not count: too little of the word kept, or two words run together
        ("men", "the", False),  # two runs in a three-letter word
        ("iii", "in", False),  # as many letters changed as kept: a numeral, not "in"
        ("ontho", "the", False),  # an added run of two letters: "on" + "the"
        ("the", "the", False),  # no difference at all
        ("tnrongn", "through", False),  # three runs
    ],
)
def test_a_form_is_a_misreading_of_a_word_only_by_few_short_runs(
    form: str, word: str, confusable: bool
) -> None:
    assert learner._confusable(learner.segments(form, word), word) is confusable


def test_only_a_forms_excess_over_its_own_use_counts_and_common_words_are_never_forms() -> None:
    counts = Counter({"the": 100_000, "tbe": 500, "tho": 300, "he": 50_000, "ho": 40})
    found = {
        form: (excess, [word for word, _n, _runs in reach])
        for form, excess, reach in learner.pairs(counts)
    }
    assert found["tbe"][1] == ["the"]
    assert found["tbe"][0] == pytest.approx(500, rel=0.1)  # "tbe" is hardly used by itself
    assert "the" not in found and "he" not in found  # common words are never misreadings


def test_a_confusion_one_form_carries_is_left_out() -> None:
    # "tbe", "tbat", "wbich", "tbis", "otber": b for h in many words; "lilt" alone for "last"
    counts = Counter(
        {"the": 200_000, "that": 80_000, "which": 40_000, "this": 40_000, "other": 20_000}
    )
    counts.update({"last": 20_000, "tbe": 900, "tbat": 400, "wbich": 300, "tbis": 300})
    counts.update({"otber": 200, "lilt": 900})
    learned = {(ocr, true) for ocr, true, _logp, _n in learner.learn(counts)}
    assert ("b", "h") in learned
    assert ("il", "as") not in learned  # all of it from "lilt": a word of its own


def test_the_shipped_table_comes_from_ocr_alone() -> None:
    doc = learned_confusions.__doc__ or ""
    assert "learn_confusions_from_ocr.py" in doc and "no\nground truth" in doc
    assert "overProof" not in doc and "SMH" not in doc


def test_the_shipped_table_has_the_commonest_misreadings_and_no_two_word_runs() -> None:
    table = learned_confusions.LEARNED
    for key in [("o", "e"), ("li", "h"), ("a", "s"), ("v", "y"), ("ll", "fi")]:
        assert key in table, key
    # An added run is one letter long: "on" before "the" is a word, not a misreading.
    assert all(len(ocr) == 1 for ocr, true in table if not true)
    assert all(-5.0 < logp < -1.0 for logp in table.values())
    for key in [("il", "as"), ("li", "we"), ("d", "mi")]:  # lilt, lire, dniester: one form each
        assert key not in table, key
