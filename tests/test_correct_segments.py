"""Segmentation inside --correct (ocrclean/segment.py): words run together are split, a
word split by a space is joined, in noisy English OCR only."""

from __future__ import annotations

import pytest

from ocrclean import clean
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
    # Two rare dictionary words whose join is a misread common word, never printed as a pair.
    ("rare-pair-join", "we had to intro luce a bill", "we had to introduce a bill"),
    ("rare-pair-join-2", "before her mar ringo and after", "before her marriage and after"),
    ("rare-pair-join-capital", "the Cn airman explained", "the Chairman explained"),
    # A lone letter and a piece that is no word, corrected together.
    ("lone-letter-corrected", "the League c ommittoe decided", "the League committee decided"),
    # A misread short word run into a word, the pair printed often enough.
    (
        "misread-piece-beside-a-word",
        "and he said whichho was here",
        "and he said which he was here",
    ),
    ("misread-piece-beside-a-word-2", "a man throughtha door", "a man through the door"),
    # A misread function word run into a longer word that is no common one.
    (
        "misread-function-word-beside-a-long-word",
        "they had spenttho money",
        "they had spent the money",
    ),
    ("misread-function-word-first", "it was thofinest day", "it was the finest day"),
    # A common word and a piece no word nor misread word, the start of the word they make.
    ("function-word-start", "the house at trscted a crowd", "the house attracted a crowd"),
    ("function-word-start-2", "he was in stiucted by me", "he was instructed by me"),
    # A long misread piece run into a function word.
    ("long-misread-beside-of", "at the requostof the council", "at the request of the council"),
    # A misread word glued to another by a mark.
    ("glued-misread-apostrophe", "and tho'prayer thereof", "and the prayer thereof"),
    ("glued-misread-after", "appointed for'tho show", "appointed for the show"),
    # A rare fragment (no word run together, nothing the corrector would correct) joins.
    ("rare-fragment", "the Orient Con pany took", "the Orient Company took"),
    ("rare-fragment-2", "a different pic turo was shown", "a different picture was shown"),
    # A line-end hyphen read as a mark, the line break unwrapped to a space.
    ("misread-hyphen-stop", "on his convie. lion that", "on his conviction that"),
    ("misread-hyphen-stop-2", "where pre. pnralions are made", "where preparations are made"),
    ("misread-hyphen-comma", "the intro, ductlon of this", "the introduction of this"),
    # A speck read as a hyphen between two words English prints as a pair.
    ("stray-hyphen", "he was sentence- to death", "he was sentence to death"),
    ("stray-hyphen-misread-after", "No moro- convincing proof", "No more convincing proof"),
    (
        "stray-hyphen-misread-word",
        "was not held todaj- on account",
        "was not held today on account",
    ),
    (
        "stray-hyphen-before-function-word",
        "more licenses- than before",
        "more licenses than before",
    ),
    # A piece freed from a glued mark joins its neighbour in the same run (idempotence).
    (
        "unglued-then-joined",
        "without being com pelled'to fight",
        "without being compelled to fight",
    ),
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
    ("compound-of-words", "my old schoolfellow came"),
    ("common-pair", "the fossil bone pits were found"),
    ("no-rare-piece", "he went to Sep timber and back"),
    ("capital-keeps-its-letter", "seen in Greta in April"),
    ("option", "used with -f or -k here"),
    ("file-name", "written in Node.js today"),
    ("repeated-glue", "the rani'in here and the rani'in there"),
    ("mark-before-letter", "there were many >f our friends"),
    ("stop-after-a-word", "apples, pears, etc. then more"),
    ("suspended-hyphen", "in pre- and post-war years"),
    ("piece-of-a-word-split-by-a-space", "this unaccount able horde"),
    ("hyphenated-word", "we must con- tinue it"),
    ("hyphenated-misread-word", "it in- terfers with"),
    ("hyphen-no-pair", "the consider- said"),
    ("hyphen-word-start", "to Washing- are"),
]

# A join that a misread short word or a lone letter speaks against: the words are corrected
# one by one instead.
MUST_NOT_JOIN_CORRECTED = [
    ("misread-function-word", "of Salem presided nt the convention", "presided at the"),
    ("misread-the", "to hear seat tne board", "seat the board"),  # corrected, never joined
    ("letter-not-first", "he had a p u ftee hand", "free hand"),
    ("fragment-is-a-misread-word", "But thero ia no end to it", "there is no"),
    ("fragment-is-misread-too", "much. Ho cornes, as is well known", "He comes"),
    ("fragment-is-two-words", "in the hot iton; and", "the hot iton;"),  # nor split: a miss
    ("mark-before-a-short-word", "action, neverthele, la thought to", ", la thought"),
]


@pytest.mark.parametrize(
    ("case", "text", "kept"),
    MUST_NOT_JOIN_CORRECTED,
    ids=[c[0] for c in MUST_NOT_JOIN_CORRECTED],
)
def test_no_join_against_a_misread_piece(case: str, text: str, kept: str) -> None:
    assert kept in correct_words(NOISE + text)


def test_a_second_run_changes_nothing() -> None:
    for _, text, _ in MUST_CHANGE:
        once = correct_words(NOISE + text)
        assert correct_words(once) == once


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
    ("function-word-before-misread-word", "he went to hls house", "he went to his house"),
    ("the-before-misread-word", "the ofiice was shut", "the office was shut"),
    ("capitalised-function-word", "as In terfers with it", "as in terfers with it"),
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


# With --correct, a split rejoin_split_words left for want of evidence is joined once the
# corrections make the text around it read as English (rejoin_corrected_splits): "wero walk
# ing" is garbage, "were walk ing" a split. Nothing else is: two words, a capitalised piece.
JOINED_ON_CORRECTED_EVIDENCE = [
    ("neighbour-corrected", "They wero walk\ning home.\n", "They were walking\nhome.\n"),
    ("two-words", "They wero in\npart to blame.\n", "They were in\npart to blame.\n"),
    ("capitalised-piece", "They wero in New\nYork.\n", "They were in New\nYork.\n"),
]


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    JOINED_ON_CORRECTED_EVIDENCE,
    ids=[c[0] for c in JOINED_ON_CORRECTED_EVIDENCE],
)
def test_joins_on_evidence_corrections_wrote(case: str, text: str, expected: str) -> None:
    once = clean(NOISE + text, correct=True, keep_lines=True)
    assert once == clean(NOISE, correct=True, keep_lines=True).rstrip("\n") + " " + expected
    assert clean(once, correct=True, keep_lines=True) == once
    without = clean(NOISE + text, correct=True, keep_lines=True, skip=["rejoin_corrected_splits"])
    assert (without == once) == ("walk" not in text)


# A column of 1916 newspaper OCR (Chronicling America, public domain): a word a step after the
# correction passes rewrites (the text's own spellings take "cvonlng") is evidence for its
# neighbours as a pass's correction is, so "anI" is read in the first run, not in a second.
COLUMN_1916 = """Tho firat cnao tnken up wna Ira White
va Hownrd Lavnrn, Thoao pnrtlo ho
lontf In Hrlstol. On Sundny, Octohor
5, lOlfl, thoy went huntlng togQthT
t Hi'pnratcd townrda cvonlng anI
wont In difforont dlrectlons. Flnnlly
Lnvnrn, rnlatnklng Whlto's Rrny cnp
for a urny squirrol, flred at it and put
thlrteen No. I shot into Whlto'a foro
licml, clght Into hls fnce, four into IiIh
cheat nml ono Intothls rlght oye.' This
Inat shot, White clnlmeii, hus (lustroycil
the slRht of the eye nnd Impairud his
cnpnclty for enrnlnK hla llvinK nt hls
trndo aa a Htono rnason. Ho aked tho
"""


def test_a_correction_after_the_passes_is_evidence_for_its_neighbours() -> None:
    once = clean(COLUMN_1916, correct=True)
    assert " and wont in different" in once
    assert clean(once, correct=True) == once
