"""Build ``ocrclean/data/split_pairs.txt.gz``: how often 1916 newspapers print a word split
in two with a space (``with out``, ``re port``) — the pair counts behind ``rejoin_split_words``.

Counts every pair of adjacent words inside a line of the raw OCR of 9,118 Chronicling America
pages (``../shared/corpora/chronam-1916``, never the evaluation pages) whose two halves, joined,
make a word that wordfreq knows. The first line holds the number of word tokens counted.

    python3 benchmarks/build_split_pairs.py /work/shared/corpora/chronam-1916
"""

from __future__ import annotations

import gzip
import sys
from collections import Counter
from pathlib import Path

from ocrclean.lexicon import frequencies

OUTPUT = Path(__file__).resolve().parent.parent / "ocrclean" / "data" / "split_pairs.txt.gz"


def count(folder: Path) -> tuple[int, Counter[tuple[str, str]]]:
    known = frequencies()
    tokens = 0
    pairs: Counter[tuple[str, str]] = Counter()
    for path in sorted(folder.glob("*.txt.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                words = line.lower().split()
                tokens += len(words)
                for a, b in zip(words, words[1:]):
                    if a.isalpha() and b.isalpha() and a + b in known:
                        pairs[a, b] += 1
    return tokens, pairs


def main() -> None:
    tokens, pairs = count(Path(sys.argv[1]))
    with gzip.open(OUTPUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(f"{tokens}\n")
        for (a, b), n in sorted(pairs.items()):
            out.write(f"{a} {b} {n}\n")
    print(f"{OUTPUT}: {len(pairs)} pairs from {tokens} tokens", file=sys.stderr)


if __name__ == "__main__":
    main()
