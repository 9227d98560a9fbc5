"""Steady-state CPU throughput of ``clean()`` on real OCR, for comparing two checkouts.

    python3 benchmarks/steady_throughput.py [CHECKOUT]

CHECKOUT (default: this one) is put first on ``sys.path``, so an older version checked out
with ``git worktree add`` is measured by the same script in the same run. Corpora: the raw
OCR of ../shared/eval/overproof-smh (159 short articles) and ../shared/eval/chronam-pages
(300 newspaper pages). Each document is cleaned on its own after one warm-up document (word
lists loaded); the best of two passes, in CPU seconds. Not part of the test run.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def main() -> None:
    checkout = sys.argv[1] if len(sys.argv) > 1 else str(ROOT)
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


if __name__ == "__main__":
    main()
