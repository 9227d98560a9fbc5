"""Learn the French OCR confusion table of ``correct_words`` from held-in ground truth.

    python3 benchmarks/learn_french_confusions.py > ocrclean/data/learned_confusions_fr.py

Reads the held-in half of each French ICDAR 2017 set in ../shared/eval
(``icdar2017-fr-periodical`` and ``icdar2017-fr-monograph``: the documents whose names sort
first, half of each set; the other half is never read, and is the one to score on). Raw OCR
and ground truth are aligned word by word, then each one-for-one pair of letter-only words
character by character, as ``learn_confusions.py`` does for English: every maximal run of
differing characters is one confusion, P(OCR segment | true segment) its count over how often
the true segment occurs in the aligned ground-truth words. Only these character statistics are
written; no word of the ground truth is.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from learn_confusions import MIN_COUNT, PSEUDO, learn, print_table

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
SETS = ("icdar2017-fr-periodical", "icdar2017-fr-monograph")


def held_in(folder: Path) -> list[Path]:
    """The first half of a set's documents, by name."""
    documents = sorted(folder.glob("*.ocr.txt"))
    return documents[: len(documents) // 2]


def main() -> None:
    documents = [path for name in SETS for path in held_in(EVAL / name)]
    rows, chars = learn(documents)
    print(
        '"""French OCR confusions: log10 P(OCR segment | true segment), learned from French print.'
    )
    print()
    print(
        "Derived by benchmarks/learn_french_confusions.py from the character alignment of raw OCR"
    )
    print(
        "and human ground truth in the held-in half of the French ICDAR 2017 sets (the periodical"
    )
    print(
        f"and monograph documents whose names sort first; {len(documents)} files, {chars:,} aligned"
    )
    print(
        f"ground-truth letters); a confusion seen fewer than {MIN_COUNT} times is left out, and every"
    )
    print(
        f"denominator gets {PSEUDO} added. Keys are (as OCR printed it, as it should read), lower"
    )
    print('case; "" is a dropped character."""')
    print_table("LEARNED_FR", rows)


if __name__ == "__main__":
    main()
