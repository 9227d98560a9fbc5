"""Peak memory of ``ocrclean`` while a large stream passes through standard input.

    python3 benchmarks/stream_memory.py [--megabytes 1024]

Generates text on the fly (the seed page repeated: a PressReader export, so every filter
has work), pipes it into ``python -m ocrclean``, counts the bytes that come out, and reads
the child's peak resident set size (``ru_maxrss``) when it exits. Prints MB in, MB out,
seconds, throughput and peak RSS. Not part of the test run.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_b51489e9a307c78f.txt"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--megabytes", type=int, default=1024)
    args = parser.parse_args()
    page = SEED.read_bytes() + b"\n\n"
    total = args.megabytes * 1_000_000
    child = subprocess.Popen(
        [sys.executable, "-m", "ocrclean"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    sent = 0

    def feed() -> None:
        nonlocal sent
        block = page * 200
        while sent < total:
            child.stdin.write(block)
            sent += len(block)
        child.stdin.close()

    start = time.perf_counter()
    writer = threading.Thread(target=feed)
    writer.start()
    received = 0
    while data := child.stdout.read(1 << 20):
        received += len(data)
    writer.join()
    child.wait()
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"in: {sent / 1e6:,.0f} MB   out: {received / 1e6:,.0f} MB   {seconds:,.0f} s   "
        f"{sent / 1e6 / seconds:.1f} MB/s   peak RSS of ocrclean: {peak:.0f} MB   exit: {child.returncode}"
    )


if __name__ == "__main__":
    main()
