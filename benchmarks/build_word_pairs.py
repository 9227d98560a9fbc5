"""Build a table of how often 1916 newspapers print two words side by side (``rolling mill``,
``had been``): context evidence for ``--correct`` from ``../shared/corpora/chronam-1916``, to
measure against symspellpy's Google Books bigrams (benchmarks/word_pairs_measure.py).

Counts every pair of adjacent words inside a line of the raw OCR of 9,118 Chronicling America
pages (never the evaluation pages): two tokens of letters only (a token with a digit or a mark
breaks the chain, as a mark between two words keeps ``--correct`` from weighing them together),
lower-cased, both in wordfreq's English list at Zipf PAIR_ZIPF or more, so that OCR garbage
stays out (and no lone letter but "a" and "i": in OCR the others are specks and pieces of
words).

The pages are OCR, and OCR misreads common words into other words at a steady rate: "tho" is
printed for "the" about once in twenty-five times whatever follows ("in tho" 7,073 times
against "in the" 144,940), "lie" for "he", "alter" for "after". Counted as they stand, such
pairs would vouch for the very misreadings correction must undo (pointwise mutual information
does not change when a pair is misread at the rate of its words). So each pair whose word
``--correct`` could read as a commoner word (its candidates, at least ten times commoner) loses
NOISE_FACTOR times the count the likeliest such misreading explains. The rate of a misreading
is the ratio of the two words' counts over the commoner word's contexts, leaving out, a few
times over, the contexts where the rarer word is far commoner than that rate says (a word of
its own there: "the bay" against "the day"). What is left is pruned to pairs counted
MIN_COUNT times or more.

The file (gzip text) holds the total of the counts on its first line, then each word with its
counts as the left and as the right word of a pair (before pruning; MIN_MARGIN or more in all),
a blank line, and each pair ("left right", a tab, its count). From the 36 million tokens of the
corpus: 2.4 million distinct pairs, 500,000 kept, 35,000 words, 2.4 MB; 4 minutes on 2 cores.

    python3 benchmarks/build_word_pairs.py /work/shared/corpora/chronam-1916 /tmp/word_pairs.txt.gz
"""

from __future__ import annotations

import gzip
import math
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's ocrclean
PAIR_ZIPF = 2.0  # both words at least this common in wordfreq's English list
MIN_COUNT = 3  # a pair is kept when counted this often (after the misreading discount)
MIN_MARGIN = 10  # a word's marginal counts are kept when it is in this many pairs
NOISE_CONTEXT = 3  # a context counts towards a misreading's rate where the true word is this common
NOISE_ROUNDS = 4  # rounds of leaving out the contexts where a word is a word of its own
NOISE_FACTOR = 3.0  # a pair loses this many times the count its misreading rate explains


def _vocabulary() -> set[str]:
    from ocrclean.lexicon import frequencies

    return {
        word
        for word, z in frequencies().items()
        if z >= PAIR_ZIPF and word.isalpha() and (len(word) > 1 or word in "ai")
    }


def count_file(path: Path) -> Counter[tuple[str, str]]:
    """The pairs of adjacent known words inside the lines of one corpus file."""
    known = _vocabulary()
    pairs: Counter[tuple[str, str]] = Counter()
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("\f"):  # a page's source path
                continue
            previous = None
            for token in line.split():
                word = token.lower()
                if token.isalpha() and word in known:
                    if previous is not None:
                        pairs[previous, word] += 1
                    previous = word
                else:
                    previous = None
    return pairs


def misreading_rates(pairs: Counter[tuple[str, str]]) -> dict[str, list[tuple[str, float]]]:
    """For each word correction could read as commoner words: [(true word, rate), ...]."""
    from ocrclean.correct import SAFE_ZIPF, _options
    from ocrclean.lexicon import zipf

    sides: tuple[dict[str, dict[str, int]], dict[str, dict[str, int]]] = ({}, {})
    for (a, b), n in pairs.items():
        if n >= NOISE_CONTEXT:
            sides[0].setdefault(a, {})[b] = n
            sides[1].setdefault(b, {})[a] = n
    rates: dict[str, list[tuple[str, float]]] = {}
    for form in {word for pair in pairs for word in pair}:
        if zipf(form) >= SAFE_ZIPF:  # never corrected: "a", "i", "be", "had"
            continue
        for true, _ in _options(form)[1]:
            contexts = [
                (pairs.get((form, x) if side == 0 else (x, form), 0), n)
                for side in (0, 1)
                for x, n in sides[side].get(true, {}).items()
            ]
            rate = _noise_rate(contexts)
            if rate > 0:
                rates.setdefault(form, []).append((true, rate))
    return rates


def _noise_rate(contexts: list[tuple[int, int]]) -> float:
    """How often a word stands in for a commoner one: the ratio of their counts in the
    commoner word's contexts ``(count of the word, count of the commoner word)``, leaving out,
    a few times over, the contexts where the word is far commoner than the ratio says (where
    it is a word of its own: "the bay" against "the day").

    >>> round(_noise_rate([(40, 1000), (45, 1000), (500, 1000), (1, 10)]), 3)
    0.043
    """
    noise = contexts
    rate = 0.0
    for _ in range(NOISE_ROUNDS):
        total = sum(n for _, n in noise)
        if not total:
            return 0.0
        rate = sum(m for m, _ in noise) / total
        noise = [(m, n) for m, n in contexts if m <= rate * n + 2 * math.sqrt(rate * n) + 2]
    return rate


def discounted(pairs: Counter[tuple[str, str]]) -> dict[tuple[str, str], float]:
    """The counts with what misreadings of commoner words explain taken off."""
    rates = misreading_rates(pairs)
    kept: dict[tuple[str, str], float] = {}
    for (a, b), n in pairs.items():
        # The likeliest source of the misreading: the rates of several overlap ("tho" for
        # "the" is in the contexts of "this" too), so they are not added up.
        noise = max((rate * pairs.get((true, b), 0) for true, rate in rates.get(a, ())), default=0)
        noise += max((rate * pairs.get((a, true), 0) for true, rate in rates.get(b, ())), default=0)
        left = n - NOISE_FACTOR * noise
        if left > 0:
            kept[a, b] = left
    return kept


def main() -> None:
    files = sorted(Path(sys.argv[1]).glob("*.txt.gz"))
    output = Path(sys.argv[2])
    pairs: Counter[tuple[str, str]] = Counter()
    with Pool(2) as pool:
        for found in pool.imap_unordered(count_file, files):
            pairs.update(found)
    counts = discounted(pairs)
    left: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for (a, b), n in counts.items():
        left[a] += round(n)
        right[b] += round(n)
    total = sum(left.values())
    words = sorted(w for w in left.keys() | right.keys() if left[w] + right[w] >= MIN_MARGIN)
    kept = sorted((a + " " + b, round(n)) for (a, b), n in counts.items() if round(n) >= MIN_COUNT)
    with gzip.GzipFile(output, "wb", compresslevel=9, mtime=0) as raw:
        raw.write(
            (
                f"{total}\n"
                + "".join(f"{w} {left[w]} {right[w]}\n" for w in words)
                + "\n"
                + "\n".join(f"{pair}\t{n}" for pair, n in kept)
            ).encode("utf-8")
        )
    print(
        f"{output}: {len(kept)} pairs of {len(pairs)} counted, {len(words)} words,"
        f" {total} pair tokens, {output.stat().st_size / 1e6:.2f} MB",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
