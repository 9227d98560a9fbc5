"""Line-end hyphens in six languages: clean prose, re-set with real hyphenation, cleaned back.

    pip install pyphen   # hyphenation dictionaries (LibreOffice's); used here only
    python3 benchmarks/hyphenated_prose.py [--eval ../shared/eval] [--keep DIR]

Takes the clean prose of ``clean-text`` (English novels and non-fiction, German, French, Dutch,
Spanish, Italian and Portuguese), sets each paragraph again in lines of 60 characters and
breaks four in five of the words that cross the margin where pyphen's dictionary for the
language allows, with a hyphen at the line end (a word that already holds a hyphen breaks at
it). Then ``ocrclean`` cleans the folder and each output is compared, word by word, with the
paragraph as printed. The result is a measure that no one tuned to: how many of the breaks
come out as the printed word, how many keep a hyphen the word did not have (``Wiegenges-ang``:
undecided, glued; a missed fix), how many lose a hyphen the word had (``pine-apple`` ->
``pineapple``: the printed word is ambiguous at a line end), and how many come out otherwise
(``infer- nal``, a wrong join: harm). Run with a fixed seed: the same breaks every time.
"""

from __future__ import annotations

import argparse
import difflib
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTH = 60
BREAK_SHARE = 0.8
CLASSES = {
    "gutenberg_en": "en_US",
    "nonfiction_en": "en_US",
    "german": "de_DE",
    "french": "fr_FR",
    "dutch": "nl_NL",
    "spanish": "es",
    "other_lang": "it_IT",
}


def hyphenate(text: str, dictionary: object, rng: random.Random) -> tuple[str, str]:
    """The text set in lines with hyphenated breaks, and its paragraphs as printed."""
    paragraphs = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    paragraphs = [p for p in paragraphs if len(p.split()) > 25]
    set_out = []
    for paragraph in paragraphs:
        lines, line = [], ""
        for word in paragraph.split(" "):
            if len(line) + 1 + len(word) <= WIDTH or not line:
                line = f"{line} {word}".strip()
                continue
            letters = re.match(r"\w+", word)
            places = (
                [
                    p
                    for p in dictionary.positions(letters.group())  # type: ignore[attr-defined]
                    if 2 <= p <= len(letters.group()) - 2
                ]
                if letters and "-" not in word
                else []
            )
            if places and rng.random() < BREAK_SHARE:
                cut = rng.choice(places)
                lines.append(f"{line} {word[:cut]}-")
                line = word[cut:]
            elif "-" in word[2:-2] and "--" not in word and rng.random() < BREAK_SHARE:
                cut = word.index("-", 2) + 1
                lines.append(f"{line} {word[:cut]}")
                line = word[cut:]
            else:
                lines.append(line)
                line = word
        lines.append(line)
        set_out.append("\n".join(lines))
    return "\n\n".join(set_out) + "\n", "\n\n".join(paragraphs) + "\n"


def kind(printed: str, cleaned: str) -> str:
    if printed.replace("-", "") == cleaned.replace("-", ""):
        return "kept a hyphen" if cleaned.count("-") > printed.count("-") else "lost a hyphen"
    return "otherwise"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--keep", type=Path, help="keep the set and cleaned texts here")
    parser.add_argument("--examples", type=int, default=4)
    args = parser.parse_args()
    try:
        import pyphen
    except ImportError:
        sys.exit("needs pyphen: pip install pyphen")
    work = args.keep or Path(tempfile.mkdtemp(prefix="ocrclean-hyphenated-"))
    rng = random.Random(7)
    printed: dict[Path, str] = {}
    for name, language in CLASSES.items():
        dictionary = pyphen.Pyphen(lang=language)
        for source in sorted((args.eval / "clean-text" / name).glob("*.txt")):
            text, truth = hyphenate(source.read_text(encoding="utf-8"), dictionary, rng)
            target = work / "in" / name / source.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            printed[target] = truth
    ocrclean = [str(Path(sys.executable).parent / "ocrclean")]
    subprocess.run([*ocrclean, str(work / "in"), "-o", str(work / "out"), "-q"], check=True)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    for source, truth in printed.items():
        name = source.parent.name
        counts[name]["breaks"] += source.read_text(encoding="utf-8").count("-\n")
        cleaned = (work / "out" / name / source.name).read_text(encoding="utf-8").split()
        words = truth.split()
        counts[name]["words"] += len(words)
        matcher = difflib.SequenceMatcher(None, words, cleaned, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            before, after = " ".join(words[i1:i2]), " ".join(cleaned[j1:j2])
            found = kind(before, after)
            counts[name][found] += 1
            if len(examples[name, found]) < args.examples:
                examples[name, found].append(f"{before!r} -> {after!r}")
    print(
        f"{'class':15s} {'words':>8s} {'breaks':>7s} {'kept a hyphen':>14s} "
        f"{'lost a hyphen':>14s} {'otherwise':>10s}"
    )
    for name in CLASSES:
        c = counts[name]
        print(
            f"{name:15s} {c['words']:8d} {c['breaks']:7d} {c['kept a hyphen']:14d} "
            f"{c['lost a hyphen']:14d} {c['otherwise']:10d}"
        )
    print("\nexamples (printed -> cleaned):")
    for (name, found), shown in sorted(examples.items()):
        print(f"  {name} {found}: " + "; ".join(shown))
    print(f"\ntexts: {work}")


if __name__ == "__main__":
    main()
