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

import math
import sys
from collections import Counter
from pathlib import Path

from rapidfuzz.distance import Levenshtein

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from learn_confusions import _EDGE, MAX_SEGMENT, MIN_COUNT, PSEUDO, segments

from ocrclean.metrics import aligned_words

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
SETS = ("icdar2017-fr-periodical", "icdar2017-fr-monograph")


def held_in(folder: Path) -> list[Path]:
    """The first half of a set's documents, by name."""
    documents = sorted(folder.glob("*.ocr.txt"))
    return documents[: len(documents) // 2]


def main() -> None:
    confusions: Counter[tuple[str, str]] = Counter()
    occurrences: Counter[str] = Counter()
    chars = 0
    documents = [path for name in SETS for path in held_in(EVAL / name)]
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
                    continue  # two words run together, not a misreading
                if max(len(ocr_segment), len(gt_segment)) <= MAX_SEGMENT:
                    confusions[ocr_segment, gt_segment] += 1
    rows = []
    for (ocr_segment, gt_segment), count in confusions.items():
        if count < MIN_COUNT:
            continue
        base = occurrences[gt_segment] if gt_segment else chars
        rows.append((ocr_segment, gt_segment, round(math.log10(count / (base + PSEUDO)), 2), count))
    rows.sort(key=lambda row: (-row[3], row[0], row[1]))
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
    print()
    print("# (OCR segment, true segment): log10 probability  # times seen")
    print("LEARNED_FR = {")
    for ocr_segment, gt_segment, logp, count in rows:
        print(f"    ({ocr_segment!r}, {gt_segment!r}): {logp},  # {count}")
    print("}")


if __name__ == "__main__":
    main()
