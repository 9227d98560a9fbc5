"""Build ``ocrclean/data/newspaper_pairs.txt.gz``: the word pairs 1916 newspapers print far
more often than chance, for the dictionary words ``--correct`` could take for misreadings of
other words: evidence that such a word is the printer's where symspellpy's table (Google
Books) has never seen it beside its neighbour ("a successful raid", "every nook and",
"the pall bearers", "a rift in", "bona fide").

Reads the table ``benchmarks/build_word_pairs.py`` makes from ``../shared/corpora/chronam-1916``
(the pairs of the raw OCR of 9,118 Chronicling America pages, never the evaluation pages,
with the counts the OCR's own misreadings explain taken out) and keeps a pair when

- it is printed at least RATIO times as often as its two words would meet by chance
  (pointwise mutual information of log10 RATIO or more), and
- one of its words is one ``--correct`` could change as a dictionary word: at least
  Zipf 3 in wordfreq, not itself above all a misreading (``tho``, ``bo``), and with
  candidates of its own (``correct._options``).

The output (gzip text) holds one pair a line, "left right", sorted: 28,945 pairs of 2,667
such words, 106 KB, from the 498,437 pairs of the full table (10 seconds).

    python3 benchmarks/build_word_pairs.py ../shared/corpora/chronam-1916 /tmp/word_pairs.txt.gz
    python3 benchmarks/build_newspaper_pairs.py /tmp/word_pairs.txt.gz ocrclean/data/newspaper_pairs.txt.gz
"""

from __future__ import annotations

import gzip
import sys

from word_pairs_measure import read_pairs

from ocrclean import correct
from ocrclean.lexicon import zipf

RATIO = 3.0  # a pair printed at least this many times as often as chance
WORD_ZIPF = 3.0  # the dictionary words --correct weighs against their neighbours


def correctable(word: str) -> bool:
    """Whether ``--correct`` could take the dictionary word ``word`` for a misreading."""
    return (
        zipf(word) >= WORD_ZIPF
        and not correct._misread_form(word)
        and bool(correct._options(word)[1])
    )


def main() -> None:
    source, target = sys.argv[1], sys.argv[2]
    pairs, lefts, rights, total = read_pairs(source)
    words: dict[str, bool] = {}
    kept = []
    for pair, count in pairs.items():
        left, right = pair.split(" ")
        if left not in lefts or right not in rights:
            continue
        if count * total < RATIO * lefts[left] * rights[right]:
            continue
        for word in (left, right):
            if word not in words:
                words[word] = correctable(word)
        if words[left] or words[right]:
            kept.append(pair)
    with gzip.open(target, "wt", encoding="utf-8") as out:
        out.write("".join(pair + "\n" for pair in sorted(kept)))
    print(f"{len(kept)} pairs of {sum(words.values())} correctable words -> {target}")


if __name__ == "__main__":
    main()
