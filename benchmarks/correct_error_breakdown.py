"""What word errors are left after cleaning, by class, on an ICDAR 2017 ground-truth set.

    python3 benchmarks/correct_error_breakdown.py OUTPUTS DATASET [LANGUAGE]

OUTPUTS is a ``--system-dir`` folder as score.py reads it (OUTPUTS/DATASET/NAME.txt, e.g. the
one /work/notes/score_fast.sh prints), DATASET one of the ICDAR sets of ../shared/eval (their
``NAME.aligned.txt`` pairs each OCR word with its ground-truth word), LANGUAGE the word list
to tell words from non-words (en by default). A ground-truth word counts as still wrong when
the output does not hold it while the OCR's word is still there: an approximation (a word
fixed in one place and not in another counts as fixed), good for the shares, not for WER.
Hyphenated words the scorer joins anyway (``mon-de``) are not counted. Reads ground truth
only to measure; nothing it computes ships. Not part of the test run.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from ocrclean.lexicon import zipf

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
_EDGES = ".,;:!?\"'()«»"
_JOINED_HYPHEN = re.compile(r"(?<=\w)-\s*(?=\w)")


def word_pairs(aligned: str) -> list[tuple[str, str]]:
    """(OCR word, ground-truth word) pairs of an ICDAR alignment (gaps ``@`` removed)."""
    ocr, truth = aligned.split("\n")[:2]
    pairs, start = [], 0
    for i in range(len(ocr) + 1):
        if i == len(ocr) or (ocr[i] == " " and truth[i] == " "):
            pairs.append((ocr[start:i].replace("@", ""), truth[start:i].replace("@", "")))
            start = i + 1
    return pairs


def error_class(ocr: str, truth: str, language: str) -> str:
    a, b = ocr.strip(_EDGES), truth.strip(_EDGES)
    if a == b:
        return "punctuation only"
    if a.lower() == b.lower():
        return "case only"
    if " " in ocr.strip() or " " in truth.strip() or a.replace(" ", "") == b.replace(" ", ""):
        return "split or run together"
    if any(c.isdigit() for c in a) and not any(c.isdigit() for c in b):
        return "digit or mark for a letter"
    if not a.replace("'", "").isalpha() or not b.replace("'", "").isalpha():
        return "other marks and numbers"
    if zipf(a, language) and zipf(b, language):
        return "real word for real word"
    if zipf(b, language):
        return "non-word for a word"
    return "word the list lacks (name, old spelling)"


def main() -> None:
    outputs, dataset = Path(sys.argv[1]), sys.argv[2]
    language = sys.argv[3] if len(sys.argv) > 3 else "en"
    classes: Counter[str] = Counter()
    for path in sorted((outputs / dataset).glob("*.txt")):
        cleaned = Counter(path.read_text(encoding="utf-8").split())
        aligned = (EVAL / dataset / f"{path.stem}.aligned.txt").read_text(encoding="utf-8")
        for ocr, truth in word_pairs(aligned):
            if "#" in truth or _JOINED_HYPHEN.sub("", ocr) == _JOINED_HYPHEN.sub("", truth):
                continue
            if cleaned[truth] and not cleaned[ocr]:
                continue  # fixed
            classes[error_class(ocr, truth, language)] += 1
    total = sum(classes.values())
    print(f"{dataset}: {total} word errors left (approximate)")
    for name, count in classes.most_common():
        print(f"  {name:42} {count:6} {100 * count / total:5.1f}%")


if __name__ == "__main__":
    main()
