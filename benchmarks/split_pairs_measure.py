"""How many words split with a space (``with out``, ``de serving``, ``respond ed``) on real
pages ``rejoin_split_words`` joins, and what keeps the rest apart.

A split-with-a-space pair is two neighbouring tokens on one line, letters only, of the shape
of a word split in two (``hyphens._is_split_shape``: the joined word known, the second piece
in lower case, not ``a`` or ``I`` first) that 1916 newspapers print joined at least 100
times as often as apart (``evidence.print_ratio``). The filter runs on each page as the
pipeline gives it (after ``rejoin_hyphenated``); a pair is joined when its occurrence is
gone from the output and the joined word written in its place.

    python3 benchmarks/split_pairs_measure.py /work/shared/eval/chronam-pages [--list FILE]

Not part of the test run.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from ocrclean.evidence import print_ratio, vocabulary
from ocrclean.hyphens import PRINT_RATIO, _is_split_shape, rejoin_split_words
from ocrclean.pipeline import FILTERS, Pipeline

_RE_PAIR = re.compile(r"(?<!\S)([^\W\d_]+)[ \t]+(?=([^\W\d_]+)(?!\S))")


def pairs(text: str) -> list[tuple[int, str, str]]:
    """The split-with-a-space pairs of ``text``: (position, left, right)."""
    return [
        (match.start(), match[1], match[2])
        for match in _RE_PAIR.finditer(text)
        if _is_split_shape(match[1], match[2])
        and print_ratio(match[1].lower(), match[2]) >= PRINT_RATIO
    ]


def main() -> None:
    folder = Path(sys.argv[1])
    listing = Path(sys.argv[sys.argv.index("--list") + 1]) if "--list" in sys.argv else None
    names = list(FILTERS)
    steps = Pipeline.build(only=names[: names.index("rejoin_split_words")])
    total = joined = seen_total = seen_joined = 0
    rows = []
    per_pair: Counter[str] = Counter()
    for path in sorted(folder.glob("*.txt")):
        text = steps(path.read_text(encoding="utf-8"))
        after = rejoin_split_words(text)
        found = pairs(text)
        if not found:
            continue
        words = {(a + b).lower() for _, a, b in found}
        vocab = vocabulary(text, words=words)
        vocab_after = vocabulary(after, words=words)
        left_over = Counter((a, b) for _, a, b in pairs(after))
        counts = Counter((a, b) for _, a, b in found)
        for (a, b), n in counts.items():
            # gone, and the joined word written once more for each: "them es⏎caped" that
            # becomes "them escaped" is not joined
            gained = vocab_after[(a + b).lower()] - vocab[(a + b).lower()]
            done = max(0, min(n - left_over[a, b], gained))
            seen = vocab[(a + b).lower()] > 0
            total += n
            joined += done
            seen_total += n if seen else 0
            seen_joined += done if seen else 0
            per_pair[f"{a.lower()} {b}"] += n
            rows.append((path.name, a, b, n, done, vocab[(a + b).lower()]))
    print(
        f"split-with-a-space pairs: {total}, joined {joined} ({joined / max(total, 1):.0%}); "
        f"the page also writes the joined word: {seen_total}, joined {seen_joined} "
        f"({seen_joined / max(seen_total, 1):.0%})"
    )
    print("commonest:", ", ".join(f"{pair} {n}" for pair, n in per_pair.most_common(25)))
    if listing:
        with listing.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write("\t".join(map(str, row)) + "\n")


if __name__ == "__main__":
    main()
