"""Learn the OCR confusion table of ``correct_words`` from held-in ground truth.

    python3 benchmarks/learn_confusions.py > ocrclean/data/learned_confusions.py

Reads the first 80 overProof SMH articles (``001``-``080``) of ../shared/eval/overproof-smh
(never the held-out ``081``-``159``), aligns raw OCR and ground truth word by word, then each
one-for-one pair of letter-only words character by character, and counts every maximal run of
differing characters as one confusion: ground truth ``m`` read as ``rn`` is one event, not a
substitution and an insertion. P(OCR segment | true segment) is the count over how often the
true segment occurs in the aligned ground-truth words. Only the character statistics are
written; no word of the ground truth is.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from pathlib import Path

from rapidfuzz.distance import Levenshtein

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from ocrclean.metrics import aligned_words

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "overproof-smh"
HELD_IN = re.compile(r"^(0[0-7]\d|080)_")
MIN_COUNT = 2  # a confusion seen once is noise as often as not
MAX_SEGMENT = 3  # characters on either side of one confusion
PSEUDO = (
    1000  # added to every denominator, so a rare letter seen confused twice does not look routine
)
_EDGE = re.compile(r"^[^\w]+|[^\w]+$")


def segments(ocr: str, truth: str) -> list[tuple[str, str]]:
    """Maximal runs of differing characters, as (OCR segment, true segment)."""
    runs: list[tuple[str, str]] = []
    previous_end = None
    for tag, i1, i2, j1, j2 in Levenshtein.opcodes(ocr, truth).as_list():
        if tag == "equal":
            continue
        if previous_end == (i1, j1):
            a, b = runs.pop()
            runs.append((a + ocr[i1:i2], b + truth[j1:j2]))
        else:
            runs.append((ocr[i1:i2], truth[j1:j2]))
        previous_end = (i2, j2)
    return runs


def learn(documents: list[Path]) -> tuple[list[tuple[str, str, float, int]], int]:
    """The confusions of raw OCR against its ground truth in ``documents`` (``NAME.ocr.txt``
    beside ``NAME.gt.txt``): rows of (OCR segment, true segment, log10 P, count), commonest
    first, and the number of aligned ground-truth letters."""
    confusions: Counter[tuple[str, str]] = Counter()
    occurrences: Counter[str] = Counter()
    chars = 0
    for path in documents:
        gt = path.with_name(path.name.replace(".ocr.txt", ".gt.txt")).read_text(encoding="utf-8")
        for ocr_word, gt_word in aligned_words(gt, path.read_text(encoding="utf-8")):
            ocr_core, gt_core = _EDGE.sub("", ocr_word).lower(), _EDGE.sub("", gt_word).lower()
            if not (ocr_core.isalpha() and gt_core.isalpha()):
                continue
            chars += len(gt_core)
            for n in range(1, MAX_SEGMENT + 1):
                occurrences.update(gt_core[i : i + n] for i in range(len(gt_core) - n + 1))
            if ocr_core == gt_core or Levenshtein.distance(ocr_core, gt_core) > max(
                2, len(gt_core) // 2
            ):
                continue  # misaligned or unreadable: no character evidence
            for ocr_segment, gt_segment in segments(ocr_core, gt_core):
                if gt_segment == "" and len(ocr_segment) > 1:
                    continue  # "ontho" for "the": two words run together, not a misreading
                if max(len(ocr_segment), len(gt_segment)) <= MAX_SEGMENT:
                    confusions[ocr_segment, gt_segment] += 1
    rows = []
    for (ocr_segment, gt_segment), count in confusions.items():
        if count < MIN_COUNT:
            continue
        base = occurrences[gt_segment] if gt_segment else chars
        rows.append((ocr_segment, gt_segment, round(math.log10(count / (base + PSEUDO)), 2), count))
    rows.sort(key=lambda row: (-row[3], row[0], row[1]))
    return rows, chars


def main() -> None:
    articles = sorted(path for path in EVAL.glob("*.ocr.txt") if HELD_IN.match(path.name))
    rows, chars = learn(articles)
    print(
        '"""OCR confusions: log10 P(OCR segment | true segment), learned from historical newspapers.'
    )
    print()
    print("Derived by benchmarks/learn_confusions.py from the character alignment of raw ABBYY OCR")
    print(
        f"and human ground truth in the first 80 overProof SMH articles (001-080; {len(articles)} files,"
    )
    print(
        f"{chars:,} aligned ground-truth letters); a confusion seen fewer than {MIN_COUNT} times is left out,"
    )
    print(
        f"and every denominator gets {PSEUDO} added (shrinks the estimates for rare letters and segments)."
    )
    print(
        'Keys are (as OCR printed it, as it should read), lower case; "" is a dropped character."""'
    )
    print_table("LEARNED", rows)


def print_table(name: str, rows: list[tuple[str, str, float, int]]) -> None:
    """Print the learned ``rows`` as the Python dict ``name`` of a data module, after a blank line."""
    print()
    print("# (OCR segment, true segment): log10 probability  # times seen")
    print(f"{name} = {{")
    for ocr_segment, gt_segment, logp, count in rows:
        print(f"    ({ocr_segment!r}, {gt_segment!r}): {logp},  # {count}")
    print("}")


if __name__ == "__main__":
    main()
