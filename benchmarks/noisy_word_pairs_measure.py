"""Run ``ocrclean`` with ``--correct`` weighing context, in text known to be noisy OCR only,
by symspellpy's Google Books bigrams with a second opinion from the 1916 newspaper word pairs
of benchmarks/build_word_pairs.py: to measure whether the 1916 table pays where the risk of
benchmarks/word_pairs_measure.py (modern words the 1916 table knows only as OCR garbage: "a
dict" -> "diet") is smallest.

    python3 benchmarks/build_word_pairs.py ../shared/corpora/chronam-1916 /tmp/word_pairs.txt.gz
    export WORD_PAIRS=/tmp/word_pairs.txt.gz NOISY_PAIRS_RULE=fill
    python3 benchmarks/noisy_word_pairs_measure.py ../shared/eval/overproof-smh -o OUT \\
        --glob '*.ocr.txt' -q -j 2 --correct

Takes the arguments of ``ocrclean``. Inside ``_correct_pass`` of a text ``_noisy`` or
``_marked_noisy`` calls noisy (``known.noisy``), and only for English, each association of a
word with a neighbour (``_association``, ``_contexts``: so the context of the word kept, of its
candidates, ``_vouched`` and ``_context_overrules`` alike) takes the 1916 table's clipped PMI
of the pair as NOISY_PAIRS_RULE says:

- ``fill``: where symspellpy never saw the pair or the neighbour (UNSEEN_PAIR or 0);
- ``max``: the larger of the two.

only for a pair the 1916 table counts NOISY_PAIRS_MIN times or more (default 1) whose two
words are both at least NOISY_PAIRS_ZIPF common (default 0: any), times NOISY_PAIRS_WEIGHT
(default 1). Clean text, French and the other calls of best_correction are untouched.

Nothing here ships. Measured on 6 December 2026 against main at ba7d931 (WER reduction of
``--correct``, words damaged in brackets; SMH all / tuning 001-080 / held-out 081-159, English
books icdar2017-en-monograph all / its 1858 files 001-080):

- symspellpy alone (main):   26.3 (48) / 27.9 (27) / 23.4 (21); books 36.2 (305) / 16.8 (59)
- fill:                      26.6 (55) / 28.1 (33) / 23.6 (22); books 36.3 (321) / 16.6 (63)
- max:                       26.7 (57) / 28.2 (35) / 23.7 (22); books 36.4 (335) / 16.5 (65)
- fill, ZIPF=3:              26.5 (54) / 28.1 (32) / 23.6 (22); books 36.3 (321) / 16.6 (63)
- fill, ZIPF=3, MIN=5:       26.5 (51) / 28.1 (30) / 23.5 (21); books 36.2 (320) / 16.5 (63)
- fill, ZIPF=3, MIN=5, W=.5: 26.5 (51) / 28.0 (30) / 23.5 (21); books 36.3 (316) / 16.4 (63)
- fill, ZIPF=3, MIN=20:      26.4 (48) / 28.0 (27) / 23.5 (21); books 36.2 (314) / 16.8 (60)

At most 0.4 points on SMH, for 9 more words damaged there and 30 in the books, whose 1858
files get worse: the books' changes are as often wrong as right ("cure" -> "care", "poet" ->
"post", "tilled" -> "filled", "learnt" -> "learn": the pairs of American newspapers speak for
their own words and spellings, "remodelling" -> "remodeling" on SMH too). On the 300
Chronicling America pages of the evaluation (1916, the table's own kind of text) ``fill, ZIPF=3,
MIN=5`` changes about 1,900 words against main; of a sample of 80 read, 23 changes are right
("scats" -> "seats", "hul" -> "but"), 18 wrong and the rest letters or garbage either way, and
the wrong ones undo good corrections ("baa not": "bad", not "has"; "ip" kept, not "up"; "be" ->
"ue", "new" -> "nom"): the 1916 table vouches for the OCR's own misreadings its discount leaves. Restricting it
further (only for a word no dictionary knows; only for the candidates, never for the word kept;
only where symspellpy says nothing of any of the candidates on that side) gained nothing on SMH
(26.3-26.5) and left the books' damage as it was. Nor does ``known.noisy`` keep it out of
modern text: code and change logs that _noisy calls noisy get the 1916 table's view of their
words (clean-text harmful words with ``--correct``, tests/test_harm_ratchet.py's measure, 137
-> 143 with ``max``: "import io" -> "import to", "made const" -> "coast", "help global tip"
-> "up", "rehash hooks" -> "books", "lone" -> "one"). The table is not shipped as context; it
stays a veto (_newspaper_pairs).
"""

from __future__ import annotations

import math
import os
from typing import Any

from word_pairs_measure import _table  # the 1916 table, read as _bigrams() gives pairs

from ocrclean import correct
from ocrclean.cli import main

_noisy_english = [False]  # whether the _correct_pass running is of noisy English text


def _second_opinion(found: float, first: str, second: str) -> float:
    """``found``, symspellpy's association of the pair, with the 1916 table's as the rule says."""
    pairs, left, right, total = _table()
    n = pairs.get(first + " " + second, 0)
    a, b = left.get(first), right.get(second)
    least = float(os.environ.get("NOISY_PAIRS_ZIPF", "0"))
    if (
        n < int(os.environ.get("NOISY_PAIRS_MIN", "1"))
        or not a
        or not b
        or (least and min(correct.zipf(first), correct.zipf(second)) < least)
    ):
        return found
    news = min(correct.MAX_ASSOCIATION, math.log10(n * total / (a * b)))
    news *= float(os.environ.get("NOISY_PAIRS_WEIGHT", "1"))
    if os.environ.get("NOISY_PAIRS_RULE", "fill") == "max":
        return max(found, news)
    return news if found in (0.0, correct.UNSEEN_PAIR) else found


def _association(first: str, second: str, neighbour: int, language: str = "en") -> float:
    found = _old_association(first, second, neighbour, language)
    return _second_opinion(found, first, second) if _noisy_english[0] else found


def _contexts(
    candidates: list[str], before: str | None, after: str | None, language: str = "en"
) -> list[float]:
    if not _noisy_english[0]:
        return _old_contexts(candidates, before, after, language)
    return [
        correct.CONTEXT_WEIGHT
        * (
            (_association(before, word, 0) if before else 0.0)
            + (_association(word, after, 1) if after else 0.0)
        )
        for word in candidates
    ]


def _correct_pass(*args: Any, **kwargs: Any) -> list[int]:
    known = args[5] if len(args) > 5 else kwargs["known"]
    language = args[6] if len(args) > 6 else kwargs.get("language", "en")
    _noisy_english[0] = known.noisy and language == "en"
    try:
        found: list[int] = _old_correct_pass(*args, **kwargs)
        return found
    finally:
        _noisy_english[0] = False


_old_association, _old_contexts, _old_correct_pass = (
    correct._association,
    correct._contexts,
    correct._correct_pass,
)
correct._association, correct._contexts = _association, _contexts  # type: ignore[assignment]
correct._correct_pass = _correct_pass

if __name__ == "__main__":
    main()
