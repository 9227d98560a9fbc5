"""The naive baseline of the README's word-correction table: pyspellchecker's ``correction()``
on every unknown lower-case word, nothing else (stdin to stdout).

    python3 ../shared/tools/score/score.py ../shared/eval --system 'python3 benchmarks/baseline_pyspellchecker.py'

Needs ``pip install pyspellchecker`` (not a dependency of ocrclean). Not part of the test run.
"""

from __future__ import annotations

import re
import sys

from spellchecker import SpellChecker


def main() -> None:
    checker = SpellChecker()

    def fix(match: re.Match) -> str:
        lead, word, tail = match.groups()
        if word in checker:
            return match.group()
        return lead + (checker.correction(word) or word) + tail

    # a whitespace-delimited token whose letters are all lower case, punctuation around it kept
    sys.stdout.write(re.sub(r"(?<!\S)([^\w\s]*)([a-z]+)([^\w\s]*)(?!\S)", fix, sys.stdin.read()))


if __name__ == "__main__":
    main()
