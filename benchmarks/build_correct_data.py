"""Rebuild the tables ``--correct`` ships in ocrclean/data/ (see ocrclean/stored.py), or check them.

    python3 benchmarks/build_correct_data.py          # rewrite them from the installed inputs
    python3 benchmarks/build_correct_data.py --check  # exit 1 unless they match, entry for entry

known_candidates.txt.gz: candidates(word, zipf(word)) of every short dictionary word (about
6 s to derive). Run after changing the confusions, the constants or candidates() itself (then
bump CANDIDATES_VERSION), or after a new wordfreq list; tests/test_stored.py says when.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from ocrclean import correct, stored

    inputs, body = correct.candidates_inputs(), correct.known_table()
    if "--check" not in sys.argv[1:]:
        path = stored.write(correct.KNOWN_TABLE, inputs, body)
        print(f"{path.relative_to(ROOT)}: {body.count(chr(10)) + 1} words, {path.stat().st_size / 1e6:.2f} MB")
        return 0
    same = stored.read(correct.KNOWN_TABLE, inputs) == body
    print(f"{correct.KNOWN_TABLE}: {'in sync' if same else 'STALE, rebuild it'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
