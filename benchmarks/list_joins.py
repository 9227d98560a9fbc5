"""Line pairs a cleaning command joins although the two lines open alike: the trace of a list,
a catalogue or a comment block merged into prose.

    python3 benchmarks/list_joins.py FOLDER [COMMAND...]

Runs COMMAND (default ``ocrclean``) on each file under FOLDER (standard input to standard
output) and counts, per folder, the pairs of consecutive non-blank input lines that open with
the same first word (not a common function word) and come out joined on one line. Wrapped
prose does that by chance now and then (``the``/``the`` is not counted, ``Robin Goodfellow``
twice may be); lists of names, dated entries and comment blocks do it on every line. Prints
the counts and the first pairs found. Not part of the test run.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

# Words that open lines of wrapped prose often enough to meet twice in a row by chance.
COMMON = frozenset(
    "the a an and of in to i he she it we they but that this for with as on by his her was is".split()
)


def joined_pairs(text: str, output: str) -> list[tuple[str, str]]:
    """The pairs of consecutive input lines that open with the same uncommon word and are
    one line of ``output``."""
    out_lines = {" ".join(line.split()) for line in output.split("\n")}
    flat = " ".join(output.split())
    lines = [line.strip() for line in text.split("\n")]
    found = []
    for first, second in zip(lines, lines[1:]):
        a, b = first.split(), second.split()
        if len(a) < 2 or len(b) < 2 or a[0] != b[0] or a[0].lower() in COMMON:
            continue
        if " ".join(a + b) in flat and " ".join(a) not in out_lines:
            found.append((first, second))
    return found


def main() -> None:
    folder = Path(sys.argv[1])
    command = sys.argv[2:] or ["ocrclean"]
    counts: Counter[str] = Counter()
    examples: list[tuple[str, str, str]] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "SOURCES.md"):
        text = path.read_text(encoding="utf-8", errors="replace")
        output = subprocess.run(
            command, input=text, capture_output=True, text=True, check=True
        ).stdout
        for first, second in joined_pairs(text, output):
            counts[path.parent.name] += 1
            examples.append((path.parent.name, first[:60], second[:60]))
    print(f"{sum(counts.values())} joined pairs:", dict(counts.most_common()))
    for example in examples[:20]:
        print(*example, sep=" | ")


if __name__ == "__main__":
    main()
