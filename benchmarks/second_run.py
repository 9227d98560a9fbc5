"""How often a second run of the default pipeline still changes its own output.

    python3 benchmarks/second_run.py [--seconds 150] [--seed 1] [--keep FOLDER]

Texts are cut from the overProof raw OCR and ground truth (``../shared/eval``), the way real
files come: one to ten articles in a row, up to eight blank lines put in at random line
breaks (page and column breaks, often in mid-sentence), half of them a slice of 3-120 lines,
three in ten with their lines already joined into paragraphs. For each, ``clean(clean(x))``
is compared with ``clean(x)``; the run prints how many texts it made and how many changed on
the second run, and with ``--keep`` writes those texts to FOLDER for a look. The same seed
gives the same texts, so two versions of ocrclean can be compared on them. Not a test: the
figure is a rate, measured over as many texts as the time allows.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from ocrclean import clean

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "overproof-smh"


def make_text(rng: random.Random, documents: list[str]) -> str:
    text = "\n\n".join(rng.choice(documents) for _ in range(rng.choice([1, 1, 2, 3, 5, 10])))
    lines = text.split("\n")
    for _ in range(rng.randint(0, 8)):
        lines.insert(rng.randrange(len(lines)), "")
    if rng.random() < 0.5:
        start = rng.randrange(len(lines))
        lines = lines[start : start + rng.randint(3, 120)]
    text = "\n".join(lines)
    if rng.random() < 0.3:  # already one paragraph per line
        text = text.replace("\n\n", "\0").replace("\n", " ").replace("\0", "\n\n")
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=150.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--keep", type=Path, help="write the texts that changed on a second run here"
    )
    args = parser.parse_args()
    documents = [path.read_text(encoding="utf-8") for path in sorted(EVAL.glob("*.txt"))]
    if not documents:
        raise SystemExit(f"no texts under {EVAL}: the script needs ../shared beside the repository")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    made = changed = 0
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        text = make_text(rng, documents)
        once = clean(text)
        made += 1
        if clean(once) != once:
            changed += 1
            if args.keep:
                (args.keep / f"{args.seed}-{made:07d}.txt").write_text(text, encoding="utf-8")
    print(
        f"seed {args.seed}: {made:,} texts, {changed:,} changed on a second run ({changed / max(made, 1):.3%})"
    )


if __name__ == "__main__":
    main()
