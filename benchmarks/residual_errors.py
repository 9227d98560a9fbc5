"""The word errors left in a system's output, by class, on any ground-truth set of ../shared/eval.

    python3 benchmarks/residual_errors.py OUTPUTS DATASET [--docs REGEX] [--examples N]

OUTPUTS is a ``--system-dir`` folder as the scorer reads it (OUTPUTS/DATASET/NAME.txt); the raw
OCR itself can be scored by pointing at a folder of copies of the ``NAME.ocr.txt`` files. The
output and the ground truth are normalised and aligned word by word with the scorer's own
library (``../shared/tools/score/evallib.py``: the same words, the same alignment as its WER),
and each differing stretch is classed:

- ``punctuation or case``: the same letters, one word each (``In``/``in``, ``Mr``/``Mr.``);
- ``split or joined``: the same letters in a different number of words (``non compliance``);
- ``segmentation and letters``: a different number of words and different letters
  (``forthclr``/``for their``), or a stretch of more than three words;
- ``several words misread``: as many words on each side, two or three, letters differing;
- one word for one: ``digits or marks inside`` (``wa3``, ``b:«t``), ``a real word``
  (Zipf 3 or more: ``now``/``new``), ``a rare word`` (below Zipf 3), ``a non-word``
  (lower case or capitalised: ``oponed``, ``Covony``);
- ``extra words`` and ``missing words``.

A stretch counts as many word errors as its longer side has words, as the scorer's WER
counts them (within a few words). Reads ground truth only to measure; nothing it computes
ships. Not part of the test run.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from ocrclean.lexicon import zipf

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SCORE = ROOT.parent / "shared" / "tools" / "score"
_EDGES = re.compile(r"^\W*(.*?)\W*$")
_NOT_LETTERS = re.compile(r"[\W\d_]")


def one_for_one(truth: str, output: str) -> str:
    """The class of one output word standing for one ground-truth word."""
    word, read = _EDGES.match(truth).group(1), _EDGES.match(output).group(1)  # type: ignore[union-attr]
    if word.lower() == read.lower():
        return "punctuation or case"
    if re.search(r"[\d\W_]", read.replace("'", "").replace("-", "")):
        return "digits or marks inside"
    lower = read.lower()
    if zipf(lower) >= 3.0:
        return "a real word"
    if zipf(lower) > 0:
        return "a rare word"
    return "a capitalised non-word" if read[:1].isupper() else "a lower-case non-word"


def stretch(truth: list[str], output: list[str]) -> str:
    """The class of a differing stretch of several words."""
    if not output:
        return "missing words"
    if not truth:
        return "extra words"
    if len(truth) == 1 and len(output) == 1:
        return one_for_one(truth[0], output[0])
    same = (
        _NOT_LETTERS.sub("", "".join(truth)).lower()
        == _NOT_LETTERS.sub("", "".join(output)).lower()
    )
    if len(truth) == len(output) and len(truth) <= 3:
        return "punctuation or case" if same else "several words misread"
    if same:
        return "split or joined"
    return "segmentation and letters"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outputs", type=Path)
    parser.add_argument("dataset")
    parser.add_argument("--docs", help="only documents whose name matches this expression")
    parser.add_argument("--examples", type=int, default=5, help="examples shown per class")
    options = parser.parse_args()
    sys.path.insert(0, str(SCORE))
    import evallib  # type: ignore[import-not-found]  # the scorer's own alignment

    docs = re.compile(options.docs) if options.docs else None
    errors: Counter[str] = Counter()
    examples: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for truth_file in sorted((EVAL / options.dataset).glob("*.gt.txt")):
        name = truth_file.name.removesuffix(".gt.txt")
        if docs and not docs.search(name):
            continue
        truth = evallib.normalize(truth_file.read_text(encoding="utf-8")).split()
        output_file = options.outputs / options.dataset / f"{name}.txt"
        output = evallib.normalize(output_file.read_text(encoding="utf-8")).split()
        for op, t0, t1, o0, o1 in evallib.opcodes(truth, output):
            if op == "equal":
                continue
            kind = stretch(truth[t0:t1], output[o0:o1])
            errors[kind] += max(t1 - t0, o1 - o0)
            examples[kind][f"{' '.join(output[o0:o1])} -> {' '.join(truth[t0:t1])}"] += 1
    total = sum(errors.values())
    print(f"{options.dataset}: {total} word errors left")
    for kind, count in errors.most_common():
        shown = "; ".join(text for text, _ in examples[kind].most_common(options.examples))
        print(f"  {kind:28} {count:6} {100 * count / total:5.1f}%   {shown}")


if __name__ == "__main__":
    main()
