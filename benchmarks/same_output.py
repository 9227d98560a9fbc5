"""Whether two checkouts clean the eval sets byte for byte alike, edit log included.

    python3 benchmarks/same_output.py BASELINE [CHECKOUT]

For a speed-up that must change no output. Runs ``python -m ocrclean`` from each checkout
(CHECKOUT defaults to this one; a baseline is made by ``git worktree add`` or ``git
archive``), default and ``--correct``, over ../shared/eval: chronam-pages, overproof-smh,
icdar2017-en-monograph and icdar2017-fr-periodical (their ``*.ocr.txt``) and clean-text
(every file, recursively), with ``-q -j 2``; the chronam, SMH and clean-text runs write
the edit log (``--log``) too. Compares the two trees of outputs and logs file by file and
prints the files that differ; exit status 1 if any does. Takes about a minute a checkout on
two cores. Not part of the test run.
"""

from __future__ import annotations

import filecmp
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SETS = (  # name, folder, extra options, whether the edit log is written too
    ("chronam", "chronam-pages", [], True),
    ("smh", "overproof-smh", ["--glob", "*.ocr.txt"], True),
    ("enmono", "icdar2017-en-monograph", ["--glob", "*.ocr.txt"], False),
    ("frper", "icdar2017-fr-periodical", ["--glob", "*.ocr.txt"], False),
    ("clean", "clean-text", ["--glob", "*"], True),
)


def clean_all(checkout: Path, out: Path) -> None:
    """Clean every set from ``checkout`` into ``out``: a folder per mode and set, and a log."""
    out.mkdir(parents=True)
    for mode, flags in (("default", []), ("correct", ["--correct"])):
        for name, folder, extra, logged in SETS:
            log = ["--log", str(out / f"{mode}-{name}.log")] if logged else []
            command = [sys.executable, "-m", "ocrclean", str(EVAL / folder)]
            command += ["-o", str(out / mode / name), "-q", "-j", "2", *extra, *flags, *log]
            subprocess.run(command, check=True, cwd=checkout)


def differing(left: Path, right: Path, under: Path = Path()) -> list[str]:
    """The files of two output trees that differ or are in one only, by relative path."""
    compared = filecmp.dircmp(left, right)
    _, mismatch, errors = filecmp.cmpfiles(left, right, compared.common_files, shallow=False)
    names = compared.left_only + compared.right_only + mismatch + errors
    found = [str(under / name) for name in names]
    for sub in compared.common_dirs:
        found += differing(left / sub, right / sub, under / sub)
    return found


def main() -> None:
    if not 2 <= len(sys.argv) <= 3:
        sys.exit(__doc__)
    baseline = Path(sys.argv[1]).resolve()
    checkout = Path(sys.argv[2]).resolve() if len(sys.argv) == 3 else ROOT
    with tempfile.TemporaryDirectory(prefix="ocrclean-same-") as scratch:
        trees = Path(scratch) / "baseline", Path(scratch) / "checkout"
        for tree, source in zip(trees, (baseline, checkout)):
            clean_all(source, tree)
        found = differing(*trees)
    for name in found:
        print(f"differs: {name}")
    print(f"{baseline} and {checkout}: {'differ' if found else 'the same output, logs included'}")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
