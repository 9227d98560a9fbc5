"""Learn the English OCR confusion table of ``correct_words`` from raw OCR alone, no ground truth.

    python3 benchmarks/learn_confusions_from_ocr.py ../shared/corpora/chronam-1916 \\
        > ocrclean/data/learned_confusions.py  # 2.5 min, 1.3 GB

Reads the raw OCR of 9,118 Chronicling America pages of 1916 (``../shared/corpora/chronam-1916``,
public domain, never an evaluation page) and counts its words (letters only, lower case, inside
a line: a line's first and last words are often pieces of a broken word). A form OCR printed
is paired with the common dictionary word it misreads when

- the form is one or two runs of differing characters from the word (a run at most three
  characters on either side; an added run only one letter long, as the old ground-truth learner counted:
  ``ontho`` for ``the`` is two words run together, not a misreading), and keeps at least as
  many of the word's letters as it changes (twice as many with two runs),
- the word is common (wordfreq Zipf >= TARGET_ZIPF) and printed at least RARER times as often
  as the form,
- the form is no common word itself (Zipf < TARGET_ZIPF) and is printed more often than its
  own frequency in today's English explains (only
  that excess counts: ``lime`` is a word, and only the ``lime`` beyond it is a misread
  ``time``),
- and, in the first pass, no other common word is within reach (unambiguous).

Every maximal run of differing characters in a pair is one confusion event (ground truth ``m``
read as ``rn`` is one event), weighted by the form's excess count. P(OCR segment | true
segment) is that count over how often the true segment occurs in the corpus's dictionary
words, plus a pseudo-count (PSEUDO_SHARE of all letters) so a rare letter seen confused a few
times does not look routine. Then EM_PASSES passes of expectation-maximisation: every form's
excess is shared among all the common words within reach by word count times the channel
probability of the last table, and the table is counted again (one pass took the SMH WER
reduction from 22.8% to 25.6%, a second added 0.2 points and 40 damaged words in the books).
Last, a letter read as another is raised by CALIBRATION. Only character statistics are
written; no word list is.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from rapidfuzz.distance import Levenshtein

from ocrclean.lexicon import frequencies

TARGET_ZIPF = 3.0  # a word OCR misreads is at least this common in today's English ...
SHORT_TARGET_ZIPF = 4.0  # ... this common if three letters long or less ("iu", "lu" are OCR)
TARGET_MIN_COUNT = 20  # ... and printed at least this often in the corpus
RARER = 20  # the word is printed at least this many times as often as its misread form
EXPECTED_FACTOR = 10.0  # a form's own use: up to this many times its frequency in today's English
MAX_SEGMENT = 3  # characters on either side of one confusion
MAX_RUNS = 2  # confusions in one misread word
MIN_LENGTH = 2  # letters of a misread form, at least
MAX_LENGTH = 15  # ... and at most
MIN_COUNT = 20  # a confusion seen fewer times (weighted) is left out
MIN_LOGP = -4.0  # ... and one less likely than this as counted (before CALIBRATION)
# ... and one that one form carries this share of: a form the pairing took for a misreading is
# often a word or name of its own ("lilt" is no "last", "lire" no "were", "dniester" no
# "minister"), and a confusion seen in one pair only says so
TOP_FORM_SHARE = 0.9
# The pairing finds only the misreadings it can vouch for (non-words, far rarer than their
# word, and in the first pass one word in reach): a letter read as another is counted this many
# orders of magnitude too rarely (chosen by scoring --correct with 0, 0.5, 0.8 and 1.0). A
# letter added or dropped is not raised: such forms are as often spellings of their own
# ("threatned", "spred" in a book of 1858).
CALIBRATION = 1.0
PSEUDO_SHARE = 0.008  # of all letters, added to every denominator
EM_PASSES = 1
UNSEEN = -5.0  # log10 P of a confusion the table has not seen, in the EM passes
_ROMAN = re.compile(r"m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
_EDGE = re.compile(r"^[^\w]+|[^\w]+$")


def segments(ocr: str, truth: str) -> list[tuple[str, str]]:
    """Maximal runs of differing characters, as (OCR segment, true segment): ``m`` read as
    ``rn`` is one run, not a substitution and an insertion."""
    runs: list[tuple[str, str]] = []
    previous_end = None
    for tag, i1, i2, j1, j2 in Levenshtein.opcodes(ocr, truth).as_list():
        if tag == "equal":
            continue
        if previous_end == (i1, j1):
            a, b = runs.pop()
            runs.append((a + ocr[i1:i2], b + truth[j1:j2]))
        else:
            runs.append((ocr[i1:i2], truth[j1:j2]))
        previous_end = (i2, j2)
    return runs


def count_words(folder: Path) -> Counter[str]:
    """The lower-case words of every ``*.txt.gz`` in ``folder``, counted: the tokens of
    letters only inside a line, never its first or last (a line's edges hold the pieces of
    words broken across lines, ``ameri``/``can``, with or without a hyphen)."""
    counts: Counter[str] = Counter()
    for path in sorted(folder.glob("*.txt.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                cores = (_EDGE.sub("", token) for token in line.lower().split()[1:-1])
                counts.update(core for core in cores if core.isalpha())
    return counts


def _deletes(word: str) -> set[str]:
    """``word`` with up to two letters deleted."""
    once = {word[:i] + word[i + 1 :] for i in range(len(word))}
    return {word} | once | {w[:i] + w[i + 1 :] for w in once for i in range(len(w))}


def _confusable(runs: list[tuple[str, str]], word: str) -> bool:
    """Whether ``runs`` may be misreadings of ``word`` (see the module docstring): short runs,
    and at least as many of its letters kept as changed (twice as many with two runs)."""
    if not 0 < len(runs) <= MAX_RUNS:
        return False
    if not all(
        max(len(ocr), len(true)) <= MAX_SEGMENT and (true or len(ocr) == 1) for ocr, true in runs
    ):
        return False
    changed = max(sum(len(ocr) for ocr, _ in runs), sum(len(true) for _, true in runs))
    kept = len(word) - sum(len(true) for _, true in runs)
    return kept >= len(runs) * changed


def pairs(
    counts: Counter[str],
) -> Iterable[tuple[str, float, list[tuple[str, int, list[tuple[str, str]]]]]]:
    """Each form that may be a misreading, with its excess count and the common words within
    reach: (word, its count, the runs that make the form of it)."""
    known = frequencies()
    total = sum(counts.values())
    targets = {
        word: n
        for word, n in counts.items()
        if n >= TARGET_MIN_COUNT
        and known.get(word, 0.0) >= (TARGET_ZIPF if len(word) > 3 else SHORT_TARGET_ZIPF)
        and not _ROMAN.fullmatch(word)  # "ii", "xi", "mix": numerals and OCR debris
    }
    by_delete: defaultdict[str, list[str]] = defaultdict(list)
    for word in targets:
        for variant in _deletes(word):
            by_delete[variant].append(word)
    for form, n in counts.items():
        if not MIN_LENGTH <= len(form) <= MAX_LENGTH:
            continue
        if known.get(form, 0.0) >= TARGET_ZIPF:
            continue  # a common word: never counted as a misreading
        own = EXPECTED_FACTOR * total * 10 ** (known[form] - 9) if form in known else 0.0
        excess = n - own
        if excess <= 0:
            continue
        near = {word for variant in _deletes(form) for word in by_delete.get(variant, ())}
        near.discard(form)
        reach = []
        for word in near:
            if targets[word] < RARER * n:
                continue
            runs = segments(form, word)
            if _confusable(runs, word):
                reach.append((word, targets[word], runs))
        if reach:
            yield form, excess, reach


def occurrences(counts: Counter[str]) -> tuple[Counter[str], int]:
    """How often each segment of up to MAX_SEGMENT letters occurs in the corpus's dictionary
    words, and their letters."""
    known = frequencies()
    found: Counter[str] = Counter()
    letters = 0
    for word, n in counts.items():
        if word not in known:
            continue
        letters += n * len(word)
        for size in range(1, MAX_SEGMENT + 1):
            for i in range(len(word) - size + 1):
                found[word[i : i + size]] += n
    return found, letters


def estimate(
    events: Counter[tuple[str, str]], found: Counter[str], letters: int
) -> list[tuple[str, str, float, int]]:
    """Rows of (OCR segment, true segment, log10 P, count), commonest first."""
    pseudo = PSEUDO_SHARE * letters
    rows = []
    for (ocr, true), count in events.items():
        if count < MIN_COUNT:
            continue
        base = found[true] if true else letters
        rows.append((ocr, true, round(math.log10(count / (base + pseudo)), 2), round(count)))
    rows.sort(key=lambda row: (-row[3], row[0], row[1]))
    return rows


def learn(counts: Counter[str]) -> list[tuple[str, str, float, int]]:
    """The confusion table learned from ``counts``: the unambiguous pairs, then EM."""
    found, letters = occurrences(counts)
    candidates = list(pairs(counts))
    events: Counter[tuple[str, str]] = Counter()
    for _form, excess, reach in candidates:
        if len(reach) == 1:
            for run in reach[0][2]:
                events[run] += excess
    top: dict[tuple[str, str], float] = {}  # the most one form adds to each confusion
    for _form, excess, reach in candidates:
        if len(reach) == 1:
            for run in reach[0][2]:
                top[run] = max(top.get(run, 0.0), excess)
    rows = estimate(events, found, letters)
    for _ in range(EM_PASSES):
        table = {(ocr, true): logp for ocr, true, logp, _n in rows}
        events, top = Counter(), {}
        for _form, excess, reach in candidates:
            weights = [
                n * 10 ** sum(table.get(run, UNSEEN) for run in runs) for _word, n, runs in reach
            ]
            total = sum(weights)
            added: Counter[tuple[str, str]] = Counter()
            for (_word, _n, runs), weight in zip(reach, weights):
                for run in runs:
                    added[run] += excess * weight / total
            for run, amount in added.items():
                events[run] += amount
                top[run] = max(top.get(run, 0.0), amount)
        rows = estimate(events, found, letters)
    return [
        (ocr, true, round(logp + CALIBRATION, 2) if ocr and true else logp, count)
        for ocr, true, logp, count in rows
        if logp >= MIN_LOGP and top[ocr, true] < TOP_FORM_SHARE * events[ocr, true]
    ]


def main() -> None:
    folder = Path(sys.argv[1])
    counts = count_words(folder)
    rows = learn(counts)
    print(f'''"""OCR confusions: log10 P(OCR segment | true segment), learned from raw OCR alone.

Derived by benchmarks/learn_confusions_from_ocr.py from the words of {folder.name}
(public-domain Chronicling America OCR of 1916, {sum(counts.values()):,} words inside lines; no
ground truth, no evaluation page): rare forms paired with the common dictionary word they
misread, every maximal run of differing characters one event weighted by the form's count
beyond its own use, over how often the true segment occurs in the corpus's dictionary words
(plus {PSEUDO_SHARE:.1%} of all letters); first the unambiguous pairs, then {EM_PASSES} EM pass over
all pairs. A confusion seen fewer than {MIN_COUNT} times, less likely than 10^{MIN_LOGP}, or
{TOP_FORM_SHARE:.0%} of it in one form ("lilt" for "last") is left out;
a letter read as another is raised by {CALIBRATION} (the pairing misses most such misreadings).

    python3 benchmarks/learn_confusions_from_ocr.py ../shared/corpora/chronam-1916 \\
        > ocrclean/data/learned_confusions.py

Keys are (as OCR printed it, as it should read), lower case; "" is a dropped character."""

# (OCR segment, true segment): log10 probability  # times seen (weighted by form counts)
LEARNED = {{''')
    for ocr, true, logp, count in rows:
        key = ", ".join(json.dumps(segment, ensure_ascii=False) for segment in (ocr, true))
        print(f"    ({key}): {logp},  # {count}")  # as ruff formats it
    print("}")


if __name__ == "__main__":
    main()
