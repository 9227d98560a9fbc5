"""What segmentation errors are left after cleaning the SMH articles: words split, run
together, added or lost, by class, with the commonest examples.

    python3 benchmarks/segmentation_errors.py OUTPUTS [DOCS] [EXAMPLES] [CLASS]

OUTPUTS is a folder of ``NAME.ocr.txt`` outputs (``ocrclean ../shared/eval/overproof-smh
-o OUTPUTS --glob '*.ocr.txt' --correct``), or ``raw`` for the OCR itself; DOCS a regular
expression on the article names (``^(0[0-7][0-9]|080)`` by default: the tuning half; the
held-out half is ``^(08[1-9]|09|1)``); EXAMPLES how many examples to print a class (40);
CLASS one class to print (all but ``same-count`` by default). Both texts are normalised as
score.py does; each differing block of the word alignment is cut into groups of one word
against up to three (least character edits), and a group is classed by its word counts and
how far its letters are apart: ``split exact`` (``advertise ments``), ``split +letters``
(``mar ringo``: a quarter of the letters or fewer differ), ``split garbled``, the same for
``run-together`` (``ofthe``, ``requostof``), ``inserted``, ``deleted`` and ``same-count``
(one word for one: misreadings, not segmentation). Reads ground truth only to measure;
nothing it computes ships. Not part of the test run.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SMH = EVAL / "overproof-smh"
sys.path.insert(0, str(ROOT.parent / "shared" / "tools" / "score"))
import evallib  # noqa: E402  (the scorer's normalisation and alignment)

GROUPS = [(1, 0), (0, 1), (1, 1), (1, 2), (2, 1), (1, 3), (3, 1)]  # ground truth : output


def letters(words: list[str]) -> str:
    return "".join(ch for word in words for ch in word.lower() if ch.isalpha())


def groups(truth: list[str], output: list[str]) -> list[tuple[list[str], list[str]]]:
    """A differing block cut into groups of one word against up to three, by least edits."""
    n, m = len(truth), len(output)
    if n * m > 1600:
        return [(truth, output)]
    cost: list[list[float]] = [[float("inf")] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            for di, dj in GROUPS:
                a, b = i + di, j + dj
                if a > n or b > m:
                    continue
                x, y = "".join(truth[i:a]), "".join(output[j:b])
                step = float(evallib.levenshtein(x, y)) + (0.5 if di != dj else 0.0)
                if not di or not dj:
                    step += len(x) + len(y) + 1  # a word added or lost costs more than a change
                if cost[i][j] + step < cost[a][b]:
                    cost[a][b], back[a][b] = cost[i][j] + step, (i, j)
    found, i, j = [], n, m
    while (i, j) != (0, 0):
        pi, pj = back[i][j]
        found.append((truth[pi:i], output[pj:j]))
        i, j = pi, pj
    return [(t, o) for t, o in reversed(found) if t != o]


def error_class(truth: list[str], output: list[str]) -> str:
    if len(truth) == len(output):
        return "same-count"
    if not truth:
        return "inserted"
    if not output:
        return "deleted"
    kind = "split" if len(output) > len(truth) else "run-together"
    apart = evallib.levenshtein(letters(truth), letters(output))
    if apart == 0:
        return kind + " exact"
    return kind + (" +letters" if apart <= max(1, len(letters(truth)) // 4) else " garbled")


def main() -> None:
    outputs = sys.argv[1]
    docs = re.compile(sys.argv[2] if len(sys.argv) > 2 else r"^(0[0-7][0-9]|080)")
    examples = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    only = sys.argv[4] if len(sys.argv) > 4 else None
    words: Counter[str] = Counter()
    seen: defaultdict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for truth_file in sorted(SMH.glob("*.gt.txt")):
        name = truth_file.name[: -len(".gt.txt")]
        if not docs.search(name):
            continue
        folder = SMH if outputs == "raw" else Path(outputs)
        output = evallib.normalize((folder / (name + ".ocr.txt")).read_text()).split()
        truth = evallib.normalize(truth_file.read_text()).split()
        for op, a0, a1, b0, b1 in evallib.opcodes(truth, output):
            if op == "equal":
                continue
            for t, o in groups(truth[a0:a1], output[b0:b1]):
                found = error_class(t, o)
                words[found] += max(len(t), len(o))
                seen[found][" ".join(o), " ".join(t)] += 1
    total = sum(words.values())
    for found, n in words.most_common():
        print(f"{found:22} {n:6} {100 * n / total:5.1f}%")
    for found, pairs in seen.items():
        if (only and found != only) or (not only and found == "same-count"):
            continue
        print(f"\n== {found}: {sum(pairs.values())} places")
        for (output_words, truth_words), n in pairs.most_common(examples):
            print(n, repr(output_words), "->", repr(truth_words))


if __name__ == "__main__":
    main()
