"""correct_words in noisy English OCR leaves alone tokens that only look like misread words:
a word before a full stop that would read as one no sentence ends with ("tho." is not
"the."), a name OCR split after its "Mc" (not a misread "Mr"), a command's option ("-Wformat", not
"-format") and a function's name before its brackets ("fsync()", not "sync()"); and a name
it corrects keeps the capital after its prefix ("McCormlck" -> "McCormick"), and a word
of the language read as another is capitalised only where the text writes that one so in
mid-sentence, not because a headline does ("not oven votes" -> "not even votes"); technical
writing (a changelog) is corrected as clean text."""

from __future__ import annotations

import pytest
from noisy_ocr import CLEANED, NOISY  # noisy OCR (tbe, waa, nnd), and corrected

from ocrclean import clean
from ocrclean.correct import correct_words

KEPT = [
    ("no sentence ends with the", "He came from tho. Republic of France."),
    ("nor with of", "It was the wish ol. All men agreed."),
    ("nor before a colon with and", "They sent flour aud: Then they left."),
    ("a stop before a name is a speck", "John Cantrell was buried nt. Bethel cemetery Monday."),
    ("nor before a title", "It came up to the standard set bv. Mr. Cromie."),
    ("a name split after Mc", "Paul Mc Bride and William Mc Combs were there."),
    ("a command's options", "Build it with -Wformat and -Waddress on."),
    ("a function's name", "The service will call fsync() for every write."),
]


@pytest.mark.parametrize("text", [case[1] for case in KEPT], ids=[case[0] for case in KEPT])
def test_keeps_tokens_that_only_look_misread(text: str) -> None:
    assert correct_words(NOISY + text) == CLEANED + text


# A word some sentences end with is corrected before a full stop; the rest of the sentence is
# corrected as ever.
BEFORE_A_STOP_FIXED = [
    ("to ends a sentence", "They will have tc. The men went home.", "have to. The"),
    ("on ends a sentence", "The show will be put ou. There will be songs.", "put on. There"),
    ("the inside a sentence", "He waa there nnd tho men left.", "and the men"),
]


@pytest.mark.parametrize(
    ("text", "fixed"),
    [case[1:] for case in BEFORE_A_STOP_FIXED],
    ids=[case[0] for case in BEFORE_A_STOP_FIXED],
)
def test_corrects_words_a_sentence_may_end_with(text: str, fixed: str) -> None:
    assert fixed in correct_words(NOISY + text)


# A column of 1916 newspaper OCR: "Mc" ends a line, "McCormlck" is misread.
COLUMN = """WASHINGTON. June 16. The Pres
ident selected Vance McCormlck of
Pennsylvania to succeed William Mc
Combs as chairman of tbe democratic
national committee. The admlnlstra
tion leaders were notified by Mr.
Smith and Mr. Jones, nnd tbe men waa there.
"""


def test_a_split_mc_name_stays_and_a_corrected_name_keeps_its_capitals() -> None:
    cleaned = clean(COLUMN, correct=True)
    assert "Vance McCormick of Pennsylvania to succeed William Mc Combs as chairman" in cleaned


# A page whose headlines capitalise "Even" and "Bone": the words the text writes only capitalised.
HEADLINES = """BONE OF CONTENTION

Even So Tbe Council Waits

The jaw was made from tbe bono of his horse, nnd tbe road waa closed by tbe council, but not oven votes came.
"""


def test_a_word_read_as_another_is_not_capitalised_by_a_headline() -> None:
    cleaned = clean(HEADLINES, correct=True)
    assert "made from the bone of his horse" in cleaned
    assert "but not even votes came" in cleaned


# A listing among noisy English prose: its lines of code are no misreadings ("lf", "elsif",
# "rkeys", "fintl"); the prose around them is corrected as any other.
LISTING = """import fintl
for rkey in rkeys:
    lf = len(self.fieldnames)
    if lf < lr: d[self.restkey] = row[lf:]
} elsif ($cmp < 0) {
    colno = pos - doc.rfind('\\n', 0, pos)
"""


def test_lines_of_code_are_left_alone() -> None:
    text = NOISY + "\n" + LISTING + "\n" + NOISY
    assert correct_words(text) == CLEANED + "\n" + LISTING + "\n" + CLEANED


# Prose with a formula or two, or OCR garbage with a stray bracket, is no listing: it is
# corrected as any other text.
NOT_LISTINGS = [
    ("a formula", "The area f(x) = 2x was found, and tbe men waa there."),
    ("garbage marks", "tbe <:<&} Auto [[ ; waa | there nnd f(x) tbe end."),
]


@pytest.mark.parametrize(
    "text", [case[1] for case in NOT_LISTINGS], ids=[case[0] for case in NOT_LISTINGS]
)
def test_a_formula_or_a_speck_is_no_listing(text: str) -> None:
    assert "tbe" not in correct_words(NOISY + text)


# A clean text that shows no OCR mark: its capitalised words are its names, though a word
# the text writes elsewhere is one letter away ("Pfall" and the "Fall" of a title).
CATALOGUE = (
    "New books this month: The Fall of the House of Usher, by Edgar Allan Poe; The Unparalleled "
    "Adventure of One Hans Pfall, by the same; Jurgen, by James Branch Cabell; and A Book of "
    "Gardening for Ladies, by Jane Loudon, printed in London. "
)


def test_a_clean_text_keeps_its_names() -> None:
    assert correct_words(CATALOGUE) == CATALOGUE


# The same misreading on a clean-looking page that shows OCR's marks (a capital misread inside
# a word: "membErs") is corrected: "Cieek" where the page writes "Creek".
MARKED = (
    "The membErs of the council met at the hall on Monday. The road to Creek Street was "
    "closed, and the bridge over Cieek Street will be opened next week by the mayor. "
)


def test_a_page_with_ocr_marks_has_its_capitals_read() -> None:
    assert "over Creek Street" in correct_words(MARKED)


# Technical writing (a changelog): its unknown words are names of programs, options and
# functions, its typos its author's. Without _technical it reads as noisy OCR and loses
# "overread", "docs", "relaced", "manpages", "hrefs", "buildds".
CHANGELOG = (
    "Version 5.1.9\n"
    "* Fix #122: gifbuild.c reads past the end (buffer overread) in gifbg.\n"
    "* EGifPutExtension() and DGifGetLine() take bool rather than int.\n"
    "* The utility docs are HTML now; see https://giflib.sourceforge.net/ for them.\n"
    "* GIF_LIB_VERSION was removed; relaced by GIFLIB_MAJOR in gif_lib.h.\n"
    "* gifbg, gifcolor and gifwedge are gone. The parser parses manpages and hrefs.\n"
    "* Install to the buildds with biarch libraries (#98, #99).\n"
)


def test_technical_writing_is_corrected_as_clean_text() -> None:
    assert correct_words(CHANGELOG) == CHANGELOG


def test_ocr_with_a_web_address_is_still_corrected() -> None:
    text = NOISY + "See www.smh.com.au or write to news@smh.com.au for tbe list."
    assert (
        correct_words(text)
        == CLEANED + "See www.smh.com.au or write to news@smh.com.au for the list."
    )
