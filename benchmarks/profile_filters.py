"""CPU seconds of each step of the default pipeline, on distinct text, in fresh processes.

    python3 benchmarks/profile_filters.py [--corpus suite|pages|both] [--rounds 5] [--repeat 1]
                                          [--cprofile N]

Not part of the test run. The corpus is the suite's distinct text (``benchmarks/suite.py``:
the raw OCR of ``../shared/eval/overproof-smh/*.ocr.txt`` and the seed page), and/or the 300
Chronicling America pages of ``../shared/eval/chronam-pages``, each read once: unlike the
suite's repeated corpus, no per-word or per-line cache is flattered by repetition. Every round
runs in a fresh child process (cold caches; the word lists and ftfy loaded first by cleaning a
few ICDAR 2017 pages, English and French, outside the corpus), and times each step with
``time.process_time``, so other processes on a shared machine slow it less than wall time.
The table keeps each step's fastest round; the total row is the fastest round's whole
``clean()`` time (the steps plus the per-block language decision).

To compare two versions, run it with ``PYTHONPATH`` set to each source tree in turn (the
first line says which ``ocrclean`` was measured); ``--corpus suite --repeat 5`` comes
closest to the suite's ``api`` row.

``--cprofile N`` prints instead the N functions with the most cumulative time of one round
under cProfile.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
SEED = ROOT / "seeds" / "000_b51489e9a307c78f.txt"
WARM_UP = "Warm-up: loads the word lists. Russian coop- eration\nin the fight against IS.\n"
MB = 1_000_000


def documents(corpus: str) -> list[str]:
    paths: list[Path] = []
    if corpus in ("suite", "both"):
        paths += sorted((SHARED / "overproof-smh").glob("*.ocr.txt")) + [SEED]
    if corpus in ("pages", "both"):
        paths += sorted((SHARED / "chronam-pages").glob("*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


def warm_up_documents() -> list[str]:
    """Texts outside either corpus that load every lazily loaded resource (English and
    French word lists, ftfy) before the clock starts."""
    paths = [
        *sorted((SHARED / "icdar2017-en-monograph").glob("*.ocr.txt"))[:3],
        *sorted((SHARED / "icdar2017-fr-periodical").glob("*.ocr.txt"))[:3],
    ]
    short = [  # too short for a language: the English markers decide; mojibake: ftfy
        "Smith dem\nocrats and cow\nards",
        "the caf\u00c3\u00a9 and the na\u00c3\u00afve",
    ]
    return [WARM_UP, *short, *(path.read_text(encoding="utf-8") for path in paths)]


def one_round(corpus: str, repeat: int = 1) -> dict[str, float]:
    """Child mode: each step's CPU seconds over the corpus, and the whole clean()'s."""
    from ocrclean.pipeline import _DEFAULT, clean

    docs = documents(corpus)
    for text in warm_up_documents():
        clean(text)
    steps: dict[str, float] = {}
    start = time.process_time()
    for text in docs * repeat:
        for step in _DEFAULT._steps(text):
            before = time.process_time()
            text = step(text)
            steps[step.name] = steps.get(step.name, 0.0) + time.process_time() - before
    steps["(whole round)"] = time.process_time() - start
    return steps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", choices=("suite", "pages", "both"), default="both")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="pass over the corpus this many times in each round, as the suite's repeated "
        "corpus does (flatters per-word caches); the figures are per pass",
    )
    parser.add_argument("--cprofile", type=int, default=0, metavar="N")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_round(args.corpus, args.repeat)))
        return
    if args.cprofile:
        import cProfile
        import pstats

        profile = cProfile.Profile()
        profile.runcall(one_round, args.corpus, args.repeat)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(args.cprofile)
        return
    size = sum(len(text.encode("utf-8")) for text in documents(args.corpus)) / MB
    rounds = [
        json.loads(
            subprocess.run(
                [sys.executable, __file__, "--child", "--corpus", args.corpus]
                + ["--repeat", str(args.repeat)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        for _ in range(args.rounds)
    ]
    import ocrclean

    print(f"ocrclean from {Path(ocrclean.__file__).parent}; corpus {args.corpus}: {size:.2f} MB")
    print(
        f"best of {args.rounds} fresh processes, {args.repeat} pass(es) each, CPU seconds per pass"
    )
    best = {name: min(r[name] for r in rounds) / args.repeat for name in rounds[0]}
    whole = best.pop("(whole round)")
    for name, seconds in sorted(best.items(), key=lambda item: -item[1]):
        print(
            f"  {name:28s} {100 * seconds / whole:5.1f}%  {seconds:7.3f} s  {size / seconds:9.2f} MB/s"
        )
    print(f"  {'clean() total':28s} {100:5.1f}%  {whole:7.3f} s  {size / whole:9.2f} MB/s")


if __name__ == "__main__":
    main()
