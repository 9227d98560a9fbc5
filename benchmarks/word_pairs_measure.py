"""Run ``ocrclean`` with ``--correct`` weighing context by a word-pair table built by
benchmarks/build_word_pairs.py (1916 newspapers) instead of, or beside, symspellpy's Google
Books bigrams: to measure what the table adds with the project's scorer and harm tool.

    python3 benchmarks/build_word_pairs.py ../shared/corpora/chronam-1916 /tmp/word_pairs.txt.gz
    export WORD_PAIRS=/tmp/word_pairs.txt.gz WORD_PAIRS_RULE=confirm
    python3 ../shared/tools/score/score.py ../shared/eval --datasets overproof-smh \\
        --system 'python3 benchmarks/word_pairs_measure.py --correct'
    python3 ../shared/tools/harm/harm.py clean ../shared/eval/clean-text \\
        --cmd 'python3 benchmarks/word_pairs_measure.py --correct'

Takes the arguments of ``ocrclean``. WORD_PAIRS_RULE says how the two tables are combined:

- ``replace``: the 1916 table alone (a word it has seen WORD_PAIRS_KNOWN times or more counts
  as known to it, for the context of a dictionary word);
- ``confirm``: symspellpy's answer, unless it has not seen the pair and the 1916 table has,
  WORD_PAIRS_MIN times or more: then the 1916 table's. Whether a dictionary word is known to
  the tables is symspellpy's answer, unless WORD_PAIRS_KNOWN is set.

Nothing here ships. Measured on 6 December 2026 (issue 17; SMH WER reduction, all / held-in
001-080 / held-out 081-159, words damaged; clean-text harmful words with --correct):

- symspellpy alone (today):             21.7 / 23.6 / 18.0%, damaged 38; harm 174
- replace, WORD_PAIRS_KNOWN=50:         22.3 / 24.3 / 18.5%, damaged 46; harm 186
- confirm, WORD_PAIRS_KNOWN=50:         22.3 / 24.2 / 18.6%, damaged 44; harm 192
- confirm:                              21.9 / 23.8 / 18.3%, damaged 43; harm 179
- confirm, WORD_PAIRS_MIN=30:           21.8 / 23.8 / 18.1%, damaged 37; harm 175

Every rule changes more correct words of clean text in some class than symspellpy alone
(code, man pages, verse, drama, e-mail: "a dict" -> "diet", "gcloud ml" -> "my", "perswade"
-> "persuade", "a coign of" -> "reign"), which tests/test_harm_ratchet.py forbids, for at most
0.6 points of WER reduction: the table is not shipped. Loaded as dictionaries it takes 0.4-0.9 s
and 100 MB, twice symspellpy's table.
"""

from __future__ import annotations

import functools
import gzip
import math
import os

from ocrclean import correct
from ocrclean.cli import main


def read_pairs(path: str) -> tuple[dict[str, int], dict[str, int], dict[str, int], float]:
    """The pairs of a table build_word_pairs.py wrote, the words' left and right counts and
    the total, as _bigrams() gives them (also read by noisy_word_pairs_measure.py and
    build_newspaper_pairs.py)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        head, _, rest = handle.read().partition("\n\n")
    total, *margins = head.split()
    words = margins[::3]
    left = {w: n for w, n in zip(words, map(int, margins[1::3])) if n}
    right = {w: n for w, n in zip(words, map(int, margins[2::3])) if n}
    fields = rest.replace("\t", "\n").split("\n")
    return dict(zip(fields[::2], map(int, fields[1::2]))), left, right, float(total)


@functools.cache
def _table() -> tuple[dict[str, int], dict[str, int], dict[str, int], float]:
    """The table WORD_PAIRS names, read once."""
    return read_pairs(os.environ["WORD_PAIRS"])


def _seen(
    table: tuple[dict[str, int], dict[str, int], dict[str, int], float],
    first: str,
    second: str,
    least: int = 1,
) -> float | None:
    """The clipped PMI of a pair the table has seen ``least`` times or more, else None."""
    pairs, left, right, total = table
    n = pairs.get(first + " " + second, 0)
    a, b = left.get(first), right.get(second)
    if n < max(1, least) or not a or not b:
        return None
    return min(correct.MAX_ASSOCIATION, math.log10(n * total / (a * b)))


@functools.lru_cache(maxsize=1 << 16)
def _association(first: str, second: str, neighbour: int) -> float:
    rule = os.environ.get("WORD_PAIRS_RULE", "confirm")
    if rule == "replace":
        _, left, right, _ = _table()
        if not (left.get(first) if neighbour == 0 else right.get(second)):
            return 0.0
        found = _seen(_table(), first, second)
        return correct.UNSEEN_PAIR if found is None else found
    old = _old_association(first, second, neighbour)
    if old != correct.UNSEEN_PAIR and old != 0.0:
        return old
    found = _seen(_table(), first, second, int(os.environ.get("WORD_PAIRS_MIN", "1")))
    return old if found is None else found


def _in_bigrams(word: str) -> bool:
    known = os.environ.get("WORD_PAIRS_KNOWN")
    if known:
        _, left, right, _ = _table()
        if left.get(word, 0) + right.get(word, 0) >= int(known):
            return True
        if os.environ.get("WORD_PAIRS_RULE") == "replace":
            return False
    return _old_in_bigrams(word)


_old_association, _old_in_bigrams = correct._association, correct._in_bigrams
correct._association, correct._in_bigrams = _association, _in_bigrams

if __name__ == "__main__":
    main()
