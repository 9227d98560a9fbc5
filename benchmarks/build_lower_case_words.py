"""Build ``ocrclean/data/lower_case_ij_words.txt.gz``: the words beginning with i or j that
newspapers print in lower case in mid-sentence, so that a capital I or J there is OCR's
misreading of the small letter ("was Joined by", "the Injury done", "an Income of").

Reads the raw OCR of ../shared/corpora/chronam-1916 (9,118 Chronicling America pages of
1916, never the evaluation pages) and counts each word of letters beginning with i or j
where it stands between two lower-case words (the word before of letters only, so no
sentence ends there), printed capitalised ("Injury") or in lower case ("injury"). A word is
kept when

- it is printed so at least MIN_SEEN times,
- at most CAPITAL_SHARE of those times capitalised (the OCR of these pages prints a
  capital I for the small letter about one time in five: "in" 20%, "injury" 20%, "jury"
  26%; names are capitalised nearly always: "June" 100%, "Italian" 99.8%, "Jack" 66%;
  titles in between: "judge" 40%, "justice" 38%, "imperial" 34%), and
- it is a dictionary word at least WORD_ZIPF common (OCR debris such as "ihat" is not)
  of at least MIN_LENGTH letters ("In", "Is", "It", "If" have rules of their own).

The output (gzip text, 1.7 KB) holds one word a line, sorted: 545 words (about 10 seconds):

    python3 benchmarks/build_lower_case_words.py ../shared/corpora/chronam-1916 ocrclean/data/lower_case_ij_words.txt.gz
"""

from __future__ import annotations

import gzip
import sys
from collections import Counter
from pathlib import Path

from ocrclean.lexicon import zipf

MIN_SEEN = 10
CAPITAL_SHARE = 0.3
WORD_ZIPF = 3.0
MIN_LENGTH = 4


def counts(corpus: Path) -> tuple[Counter[str], Counter[str]]:
    """How often each i- or j-word stands between two lower-case words, capitalised and not."""
    capitalised: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for path in sorted(corpus.glob("*.txt.gz")):
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as lines:
            for line in lines:
                words = line.split()
                for k in range(1, len(words) - 1):
                    word = words[k]
                    if word[:1] not in "IJij" or not word.isalpha() or not word[1:].islower():
                        continue
                    before, after = words[k - 1], words[k + 1]
                    if before.isalpha() and before.islower() and after[:1].islower():
                        (capitalised if word[0].isupper() else lower)[word.lower()] += 1
    return capitalised, lower


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    capitalised, lower = counts(Path(sys.argv[1]))
    kept = sorted(
        word
        for word in capitalised.keys() | lower.keys()
        if (seen := capitalised[word] + lower[word]) >= MIN_SEEN
        and capitalised[word] <= CAPITAL_SHARE * seen
        and zipf(word) >= WORD_ZIPF
        and len(word) >= MIN_LENGTH
    )
    with gzip.open(sys.argv[2], "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("\n".join(kept) + "\n")
    print(f"{len(kept)} words -> {sys.argv[2]}")


if __name__ == "__main__":
    main()
