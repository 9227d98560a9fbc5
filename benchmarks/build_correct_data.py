"""Rebuild the tables ``--correct`` ships in ocrclean/data/ (see ocrclean/stored.py), or check them.

    python3 benchmarks/build_correct_data.py          # rewrite them from the installed inputs
    python3 benchmarks/build_correct_data.py --check  # exit 1 unless they match, entry for entry

misreadings.txt.gz: the misread forms of common words (_misread_forms(), 0.4 s to derive at
start-up otherwise); misreadings_fr.txt.gz: the same for French (3 s to derive). known_candidates.txt.gz: candidates(word, zipf(word)) of every short
dictionary word (6 s to derive). hittable_tails_en.txt.gz, hittable_tails_fr.txt.gz: the
word list and the misread forms spelled backwards and sorted (tails_table(), 0.2 s and
0.4 s to derive), which bound where candidates() looks. Run after changing the confusions, the constants or
candidates() itself (then bump CANDIDATES_VERSION), or after a new wordfreq list;
tests/test_stored.py says when. The same inputs give the same bytes.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from ocrclean import correct, stored

    tables = [
        (correct.INDEX_TABLE, correct.index_table, correct.candidates_inputs()),
        (correct.KNOWN_TABLE, correct.known_table, correct.candidates_inputs()),
        *(
            (
                correct.index_table_name(language),
                functools.partial(correct.index_table, language),
                correct.index_inputs(language),
            )
            for language in correct.MODEL_LANGUAGES
            if language != "en"
        ),
        *(
            (
                correct.tails_table_name(language),
                functools.partial(correct.tails_table, language),
                correct.index_inputs(language),
            )
            for language in correct.MODEL_LANGUAGES
        ),
    ]
    stale = 0
    for name, derive, inputs in tables:  # the index first: the candidates are derived from it
        body = derive()
        if "--check" in sys.argv[1:]:
            same = stored.read(name, inputs) == body
            stale += not same
            print(f"{name}: {'in sync' if same else 'STALE, rebuild it'}")
        else:
            path = stored.write(name, inputs, body)
            print(
                f"{path.relative_to(ROOT)}: {body.count(chr(10)) + 1} lines, {path.stat().st_size / 1e6:.2f} MB"
            )
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
