"""CPU seconds of the per-word steps of ``--correct`` on the words a real batch asks about.

    python3 benchmarks/correct_word_speed.py [CHECKOUT ...]

A whole ``--correct`` run over ../shared/eval/chronam-pages varies by a second or more on a
shared machine, more than most single speed-ups save. This times the per-word steps alone,
on the distinct words of those pages' raw tokens that the corrector looks at (suspect, and
rarer than SAFE_ZIPF: about 67,000; not the joins and splits segmentation weighs besides):
``_options`` (their candidates: _reach, _candidates, _one_edit or the stored table) and
``segment.best_split``, each with its own caches emptied (best_split keeps the candidates
of its pieces), the best of three rounds, in a fresh process per CHECKOUT (default: this
one; another version checked out with ``git worktree add`` is measured by the same script,
back to back). Prints CPU seconds and a digest of the answers, which
must be the same for two versions that answer alike. Not part of the test run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "eval" / "chronam-pages"

MEASURE = """
import gc, hashlib, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import ocrclean.correct as correct
import ocrclean.segment as segment
from ocrclean.lexicon import frequencies

known = frequencies()
words = {}
for path in sorted(Path(sys.argv[2]).glob("*.txt")):
    for token in path.read_text(encoding="utf-8").split():
        parsed = correct._parse(token)
        if parsed and parsed.suspect and known.get(parsed.word, 0.0) < correct.SAFE_ZIPF:
            words[parsed.word] = None
words = list(words)
correct._options("tbe"), segment.best_split("ofthe")  # the tables loaded
gc.disable()
for name, step, empty in (
    ("_options", correct._options, correct._segment_memo(correct.MIN_CHANNEL).clear),
    ("best_split", segment.best_split, segment.best_split.cache_clear),
):
    best = float("inf")
    for _ in range(3):
        empty()
        correct._pairs.cache_clear()
        start = time.process_time()
        answers = list(map(step, words))
        best = min(best, time.process_time() - start)
    digest = hashlib.sha256(repr(answers).encode()).hexdigest()[:12]
    print(f"{sys.argv[1]}: {name:10} {best:6.2f} s CPU over {len(words)} words (answers {digest})")
"""


def main() -> None:
    for checkout in sys.argv[1:] or [str(ROOT)]:
        subprocess.run([sys.executable, "-c", MEASURE, checkout, str(PAGES)], check=True)


if __name__ == "__main__":
    main()
