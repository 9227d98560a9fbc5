"""How ``ocrclean --correct`` restores a long s (ſ) that OCR read as f, on pages made so.

    python3 benchmarks/long_s.py [--rate 0.8] [--pages 12] [-- extra ocrclean options]

Books printed before about 1800 set a long s (ſ) for every s but a final one; OCR reads
most of them as f ("fuch", "moft", "himfelf", "fous", "auffi"). No ground truth of such
pages is at hand, so this script makes some: it cuts the clean English and French prose of
``../shared/eval/clean-text`` (Project Gutenberg novels and non-fiction, French prose) into
pages of about 500 words and writes each s that a printer of 1750 would have set long (not
at the end of a word, not a capital) as f, each with probability ``--rate`` (OCR reads some
as s). It runs ``ocrclean --correct`` over the made pages and over the clean ones (one
batch each, one process), and compares the two outputs word by word: the s restored, the f
missed, and the other words the corrector changed (damage). The clean pages, run through
``--correct`` too, say how much of that it would change anyway. Not part of the test run.
"""

from __future__ import annotations

import argparse
import difflib
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLEAN = ROOT.parent / "shared" / "eval" / "clean-text"
SETS = {"en": ("gutenberg_en", "nonfiction_en"), "fr": ("french",)}
PAGE_WORDS = 500
_RE_LONG_S = re.compile(r"(?<=[^\W\d_])s(?=[^\W\d_])|(?<![^\W\d_])s(?=[^\W\d_])")


def pages(language: str, count: int, seed: int) -> list[str]:
    """``count`` pages of about PAGE_WORDS words of ``language``'s clean prose, whole
    paragraphs each, drawn at random (the same for the same seed)."""
    chosen: list[str] = []
    for folder in SETS[language]:
        for path in sorted((CLEAN / folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            paragraphs = [p for p in re.split(r"\n\s*\n", text) if len(p.split()) > 20]
            page: list[str] = []
            for paragraph in paragraphs:
                page.append(paragraph)
                if sum(len(p.split()) for p in page) >= PAGE_WORDS:
                    chosen.append("\n\n".join(page) + "\n")
                    page = []
    random.Random(seed).shuffle(chosen)
    return chosen[:count]


def long_s(text: str, rate: float, seed: int) -> str:
    """``text`` with each lower-case s but a final one read as f, with probability ``rate``."""
    draw = random.Random(seed).random
    return _RE_LONG_S.sub(lambda found: "f" if draw() < rate else "s", text)


def run(folder: Path, flags: list[str]) -> Path:
    output = Path(tempfile.mkdtemp(prefix="ocrclean-long-s-"))
    command = [sys.executable, "-m", "ocrclean", str(folder), "-o", str(output), "-q", *flags]
    subprocess.run(command, check=True, cwd=ROOT)
    return output


def compare(reference: str, made: str, corrected: str) -> tuple[int, int, int, int]:
    """Words the making changed, of them restored, missed; other words damaged."""
    ref, bad, out = reference.split(), made.split(), corrected.split()
    assert len(ref) == len(bad)
    changed = {i for i, (a, b) in enumerate(zip(ref, bad)) if a != b}
    wrong: set[int] = set()
    for op, a0, a1, _, _ in difflib.SequenceMatcher(None, ref, out, autojunk=False).get_opcodes():
        if op != "equal":
            wrong.update(range(a0, max(a1, a0 + 1)))
    restored = len(changed - wrong)
    return len(changed), restored, len(changed) - restored, len(wrong - changed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rate", type=float, default=0.8)
    parser.add_argument("--pages", type=int, default=12, help="pages per language")
    parser.add_argument("--seed", type=int, default=1750)
    parser.add_argument("--show", action="store_true", help="print each word left wrong")
    parser.add_argument("flags", nargs="*", help="extra ocrclean options (after --)")
    args = parser.parse_args()
    print(f"long s read as f, rate {args.rate}, {args.pages} pages per language")
    print("language  s made f  restored  missed  damaged  (clean pages: words changed)")
    for language in SETS:
        work = Path(tempfile.mkdtemp(prefix="ocrclean-long-s-in-"))
        (work / "clean").mkdir()
        (work / "made").mkdir()
        texts = pages(language, args.pages, args.seed)
        for n, text in enumerate(texts):
            (work / "clean" / f"{n:03}.txt").write_text(text, encoding="utf-8")
            (work / "made" / f"{n:03}.txt").write_text(
                long_s(text, args.rate, args.seed + n), encoding="utf-8"
            )
        flags = ["--correct", "--keep-lines", "--lang", language, *args.flags]
        clean_out, made_out = run(work / "clean", flags), run(work / "made", flags)
        totals = [0, 0, 0, 0]
        changed_clean = 0
        for n, text in enumerate(texts):
            name = f"{n:03}.txt"
            made = long_s(text, args.rate, args.seed + n)
            corrected = (made_out / name).read_text(encoding="utf-8")
            for i, figure in enumerate(compare(text, made, corrected)):
                totals[i] += figure
            cleaned = (clean_out / name).read_text(encoding="utf-8")
            changed_clean += compare(text, text, cleaned)[3]
        made_f, restored, missed, damaged = totals
        print(f"{language:8}  {made_f:8}  {restored:8}  {missed:6}  {damaged:7}  ({changed_clean})")
        if args.show:
            for n, text in enumerate(texts):
                made = long_s(text, args.rate, args.seed + n).split()
                out = (made_out / f"{n:03}.txt").read_text(encoding="utf-8").split()
                ref = text.split()
                matcher = difflib.SequenceMatcher(None, ref, out, autojunk=False)
                for op, a0, a1, b0, b1 in matcher.get_opcodes():
                    if op != "equal":
                        print(
                            "   ",
                            " ".join(made[a0:a1]),
                            "->",
                            " ".join(out[b0:b1]),
                            "| want",
                            " ".join(ref[a0:a1]),
                        )


if __name__ == "__main__":
    main()
