"""Steady-state CPU throughput of ``clean()`` on real OCR, for comparing two checkouts.

    python3 benchmarks/steady_throughput.py [CHECKOUT] [--filters]

CHECKOUT (default: this one) is put first on ``sys.path``, so an older version checked out
with ``git worktree add`` is measured by the same script in the same run. Corpora: the raw
OCR of ../shared/eval/overproof-smh (159 short articles) and ../shared/eval/chronam-pages
(300 newspaper pages). Each document is cleaned on its own after one warm-up document (word
lists loaded); the best of two passes, in CPU seconds. With ``--filters``, also each
filter's CPU seconds in the second pass (the default pipeline's steps run one by one, as
``clean()`` runs them on a document shorter than a block). Not part of the test run.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def main() -> None:
    arguments = [argument for argument in sys.argv[1:] if argument != "--filters"]
    checkout = arguments[0] if arguments else str(ROOT)
    sys.path.insert(0, checkout)
    from ocrclean import clean

    corpora = {
        "overproof-smh": sorted((EVAL / "overproof-smh").glob("*.ocr.txt")),
        "chronam-pages": sorted((EVAL / "chronam-pages").glob("*.txt")),
    }
    for name, paths in corpora.items():
        texts = [path.read_text(encoding="utf-8") for path in paths]
        clean(texts[0])
        megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
        best = float("inf")
        for _ in range(2):
            start = time.process_time()
            for text in texts:
                clean(text)
            best = min(best, time.process_time() - start)
        print(f"{checkout} {name}: {megabytes / best:.2f} MB/s ({megabytes:.1f} MB)")
        if "--filters" in sys.argv:
            print(
                "  " + ", ".join(f"{step} {seconds:.2f}s" for step, seconds in _per_filter(texts))
            )


def _per_filter(texts: list[str]) -> list[tuple[str, float]]:
    """CPU seconds of each step of the default pipeline over ``texts``."""
    from ocrclean.pipeline import Pipeline

    steps = Pipeline.build().steps
    seconds = dict.fromkeys((step.name for step in steps), 0.0)
    for text in texts:
        for step in steps:
            start = time.process_time()
            text = step(text)
            seconds[step.name] += time.process_time() - start
    return list(seconds.items())


if __name__ == "__main__":
    main()
