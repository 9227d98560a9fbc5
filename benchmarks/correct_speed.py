"""Throughput of the default pipeline with and without word correction (``--correct``).

    python3 benchmarks/correct_speed.py

Corpus: the raw OCR of ../shared/eval/overproof-smh (159 historical newspaper articles, 0.31 MB),
each document cleaned on its own, one core. Prints the cold start-up (loading the word list,
the misreading index, the bigram table and the stored candidates of short dictionary
words, in a fresh process), then MB/s (UTF-8 input bytes
per second) of the default pipeline and of the pipeline with correction: a first pass over the
corpus with the resources loaded but the word cache empty (what a user cleaning this corpus
gets), a second pass with the cache warm (an upper bound), and the held-out half after the
held-in half (a batch job: the cache holds the words of earlier, different documents).
Not part of the test run.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "overproof-smh"

STARTUP = """
import time
start = time.perf_counter()
import ocrclean.correct as c
imported = time.perf_counter()
c._lexicon("en"); words = time.perf_counter()
c._misreadings("en"); c._hittable("en"); index = time.perf_counter()
c._bigrams(); bigrams = time.perf_counter()
c._stored_known(); known = time.perf_counter()
c._one_edit_index("en"); edits = time.perf_counter()
print(f"import {imported - start:.2f} s, word list {words - imported:.2f} s, "
      f"misreading index {index - words:.2f} s, bigrams {bigrams - index:.2f} s, "
      f"stored candidates {known - bigrams:.2f} s, one-edit index {edits - known:.2f} s, "
      f"total {edits - start:.2f} s")
"""


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from ocrclean import Pipeline

    startup = subprocess.run(
        [sys.executable, "-c", STARTUP], cwd=ROOT, capture_output=True, text=True, check=True
    )
    print(f"cold start-up of the correction resources: {startup.stdout.strip()}")
    docs = [path.read_text(encoding="utf-8") for path in sorted(EVAL.glob("*.ocr.txt"))]
    size = sum(len(doc.encode("utf-8")) for doc in docs)
    print(f"corpus: {len(docs)} documents, {size / 1e6:.2f} MB")
    plain, correcting = Pipeline.build(), Pipeline.build(correct=True)
    correcting("warm-up: loads the word list, the index and the bigrams; tbe con-\nstitution")
    held_in, held_out = docs[:80], docs[80:]
    runs = [
        ("default pipeline", plain, "all documents", docs),
        ("with --correct", correcting, "all, word cache empty", docs),
        ("with --correct", correcting, "all again, cache warm", docs),
    ]
    for label, pipeline, what, batch in runs:
        print(_timed(label, pipeline, what, batch))
    import ocrclean.correct

    ocrclean.correct.candidates.cache_clear()
    ocrclean.correct._in_language.cache_clear()  # the per-language word caches (_parse, _options)
    ocrclean.correct._pairs.cache_clear()
    _timed(
        "", correcting, "", held_in
    )  # a batch job: the cache holds the words of earlier documents
    print(_timed("with --correct", correcting, "081-159 after 001-080", held_out))


def _timed(label: str, pipeline, what: str, batch: list[str]) -> str:
    size = sum(len(doc.encode("utf-8")) for doc in batch)
    start = time.process_time()
    for doc in batch:
        pipeline(doc)
    seconds = time.process_time() - start
    return f"{label:18s} {what:24s} {seconds:6.2f} s CPU  {size / seconds / 1e6:5.2f} MB/s"


if __name__ == "__main__":
    main()
