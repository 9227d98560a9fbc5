"""Which words are still wrong after ``--correct``, by what the corrector could have done.

    python3 benchmarks/correct_reach.py OUTPUTS DATASET [LANGUAGE]

OUTPUTS is a ``--system-dir`` folder as score.py reads it (OUTPUTS/DATASET/NAME.txt), DATASET
a ground-truth set of ../shared/eval, LANGUAGE the corrector's model (en by default). Each
one-for-one word substitution the scorer's alignment still finds between the output and the
ground truth is put in one class: the ground-truth word is among the corrector's candidates
for the output's word (the corrector weighed it and kept the word: its evidence, not its
reach, is short), among none (its reach is short), the word has no candidate at all, or the
two differ only in case or marks. Each class is split by whether the output's word is a
dictionary word ("own word") or not. The "among the candidates" classes bound what better
weighing could gain: fixing all of them, with no damage, is the most a corrector with these
candidates can do. Reads ground truth only to measure; nothing it computes ships. Not part
of the test run.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from ocrclean import correct

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT.parent / "shared" / "tools" / "score"))
import evallib  # noqa: E402  (the scorer's own alignment and normalisation)

_CORE = re.compile(r"^\W*(.*?)\W*$")


def classify(outputs: Path, dataset: str, language: str) -> tuple[Counter[str], dict]:
    """Counts per class, and per class the (output word, ground-truth word) pairs."""
    counts: Counter[str] = Counter()
    examples: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for truth_file in sorted((EVAL / dataset).glob("*.gt.txt")):
        name = truth_file.name[: -len(".gt.txt")]
        truth = evallib.normalize(truth_file.read_text(encoding="utf-8")).split()
        output = (outputs / dataset / f"{name}.txt").read_text(encoding="utf-8")
        words = evallib.normalize(output).split()
        for op, a0, a1, b0, b1 in evallib.opcodes(truth, words):
            if op != "replace" or a1 - a0 != 1 or b1 - b0 != 1:
                continue
            right, wrong = _CORE.match(truth[a0]), _CORE.match(words[b0])
            if not (right and wrong and right[1] and wrong[1]) or right[1] == wrong[1]:
                continue
            seen = correct._parse(wrong[1], language)
            meant = correct._parse(right[1], language)
            if seen is None or meant is None:
                label = "not a word (digits, marks inside)"
                counts[label] += 1
                examples[label][wrong[1], right[1]] += 1
                continue
            own, options = correct._options(seen.word, language)
            kind = " (own word)" if own else " (unknown)"
            if meant.word == seen.word:
                label = "case or marks only"
            elif meant.word in {candidate for candidate, _ in options}:
                label = "among the candidates, kept" + kind
            elif not options:
                label = "no candidate" + kind
            else:
                label = "not among the candidates" + kind
            counts[label] += 1
            examples[label][seen.word, meant.word] += 1
    return counts, examples


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    outputs, dataset = Path(sys.argv[1]), sys.argv[2]
    language = sys.argv[3] if len(sys.argv) > 3 else "en"
    counts, examples = classify(outputs, dataset, language)
    for label, n in counts.most_common():
        shown = ", ".join(
            f"{seen}->{meant}" + (f" x{k}" if k > 1 else "")
            for (seen, meant), k in examples[label].most_common(8)
        )
        print(f"{n:6}  {label:40}  {shown}")


if __name__ == "__main__":
    main()
