"""Throughput of the default pipeline, and each filter's share of the time.

    python3 benchmarks/throughput.py [--repeat N]

Corpus: the raw OCR of ../shared/eval/overproof-smh (hard-wrapped historical newspaper
columns) and the seed page, repeated N times (default 5), each document cleaned on its own
as a user would. Prints MB/s (UTF-8 input bytes per second, one core) and a per-filter
profile. Not part of the test run.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from ocrclean import Pipeline

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "overproof-smh"


def corpus() -> list[str]:
    docs = [path.read_text(encoding="utf-8") for path in sorted(EVAL.glob("*.ocr.txt"))]
    return docs + [(ROOT / "seeds" / "000_b51489e9a307c78f.txt").read_text(encoding="utf-8")]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    docs = corpus() * args.repeat
    size = sum(len(doc.encode("utf-8")) for doc in docs)
    pipeline = Pipeline.build()
    pipeline("warm-up: loads the word list, con-\nstitution")
    times: Counter[str] = Counter()
    start = time.perf_counter()
    for doc in docs:
        for step in pipeline.steps:
            t0 = time.perf_counter()
            doc = step(doc)
            times[step.name] += time.perf_counter() - t0
    total = time.perf_counter() - start
    print(f"corpus: {len(docs)} documents, {size / 1e6:.2f} MB")
    print(f"default pipeline: {size / 1e6 / total:.2f} MB/s")
    for name, seconds in times.most_common():
        print(f"  {name:26s} {100 * seconds / total:5.1f}%  {size / 1e6 / seconds:8.1f} MB/s")


if __name__ == "__main__":
    main()
