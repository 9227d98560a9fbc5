"""What one build's --correct outputs change against another's, each change beside the ground
truth, with the scorer's damaged and fixed counts between them (a new rule's gains and harm,
word by word).

    python3 benchmarks/segment_changes.py BEFORE AFTER [DATASETS]

BEFORE and AFTER are ``--system-dir`` folders as the scorer reads them (DIR/DATASET/NAME.txt,
e.g. ``ocrclean ../shared/eval/overproof-smh -o OUT --glob '*.ocr.txt' --correct`` with the
outputs renamed NAME.txt); DATASETS a comma-separated list (``overproof-smh,icdar2017-en-
monograph`` by default). Both outputs are normalised and aligned with the scorer's own library
(``../shared/tools/score/evallib.py``); each differing stretch is printed with the ground-truth
words between the nearest words BEFORE shares with it, and ``damaged``/``fixed`` count the
ground-truth words AFTER gets wrong that BEFORE had right and the other way round. Reads ground
truth only to measure; nothing it computes ships. Not part of the test run.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT.parent / "shared" / "tools" / "score"))
import evallib  # noqa: E402  (the scorer's normalisation and alignment)

DATASETS = "overproof-smh,icdar2017-en-monograph"


def changes(before: str, after: str, truth: str) -> tuple[list[str], dict[str, int]]:
    """The changed stretches of one document, printed, and the damaged/fixed counts."""
    gold, old, new = (evallib.normalize(text).split() for text in (truth, before, after))
    to_gold = {j: i for i, j in evallib.match_map(gold, old).items()}  # old index: gold index
    lines = []
    for tag, i1, i2, j1, j2 in evallib.opcodes(old, new):
        if tag == "equal":
            continue
        low = max((to_gold[i] for i in range(i1) if i in to_gold), default=-1) + 1
        high = min(
            (to_gold[i] for i in range(i2, min(len(old), i2 + 6)) if i in to_gold), default=low + 3
        )
        lines.append(
            f"{' '.join(old[i1:i2])!r} -> {' '.join(new[j1:j2])!r}   truth {' '.join(gold[low:high])!r}"
        )
    return lines, evallib.damaged_fixed(gold, old, new)


def main() -> None:
    before, after = Path(sys.argv[1]), Path(sys.argv[2])
    for dataset in (sys.argv[3] if len(sys.argv) > 3 else DATASETS).split(","):
        damaged = fixed = 0
        for output in sorted((after / dataset).glob("*.txt")):
            old, new = (before / dataset / output.name).read_text(), output.read_text()
            if old == new:
                continue
            truth = (EVAL / dataset / output.name.replace(".txt", ".gt.txt")).read_text()
            lines, counts = changes(old, new, truth)
            damaged, fixed = damaged + counts["damaged"], fixed + counts["fixed"]
            for line in lines:
                print(f"{dataset[:8]} {output.stem[:14]:14} {line}")
        print(f"{dataset}: damaged {damaged}, fixed {fixed} (AFTER against BEFORE)")


if __name__ == "__main__":
    main()
