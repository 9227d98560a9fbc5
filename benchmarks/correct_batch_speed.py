"""Throughput of ``ocrclean --correct`` on a real batch, as a user runs it: one fresh process.

    python3 benchmarks/correct_batch_speed.py [FOLDER] [-- extra ocrclean options]

FOLDER defaults to ../shared/eval/chronam-pages (300 raw 1916 front pages, 6.6 MB of distinct
text). Runs ``ocrclean --correct FOLDER -o TMP -q -j 1`` and, for comparison, the same without
``--correct``, each in a new process (start-up and table loading included), and prints for each
the wall-clock and CPU seconds, MB/s of input (UTF-8 bytes per wall-clock second) and the peak
resident memory. The issue's target is 0.5 MB/s with ``--correct``. Wall-clock time depends on
what else the machine runs: compare CPU seconds between checkouts on a shared machine.
Not part of the test run.
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "eval" / "chronam-pages"


def run(folder: Path, flags: list[str]) -> tuple[float, float, float]:
    """Wall-clock seconds, CPU seconds and peak RSS (MB) of one ocrclean run over ``folder``."""
    output = Path(tempfile.mkdtemp(prefix="ocrclean-speed-"))
    command = [sys.executable, "-m", "ocrclean", str(folder), "-o", str(output), "-q", "-j", "1"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([*command, *flags], check=True, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    shutil.rmtree(output)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss / 1024


def main() -> None:
    arguments = sys.argv[1:]
    extra = arguments[arguments.index("--") + 1 :] if "--" in arguments else []
    named = arguments[: arguments.index("--")] if "--" in arguments else arguments
    folder = Path(named[0]) if named else DEFAULT
    megabytes = sum(path.stat().st_size for path in folder.glob("*.txt")) / 1e6
    print(f"{folder}: {megabytes:.2f} MB")
    for label, flags in (("default pipeline", extra), ("--correct", ["--correct", *extra])):
        wall, cpu, rss = run(folder, flags)
        print(
            f"{label:17} {wall:6.1f} s wall {cpu:6.1f} s CPU  {megabytes / wall:5.2f} MB/s "
            f"({megabytes / cpu:5.2f} MB/s of CPU)  peak RSS {rss:4.0f} MB"
        )


if __name__ == "__main__":
    main()
