"""Batch modes side by side: -j 1, -j 2, Dask (LocalCluster, 2 workers) and JSON Lines.

    python3 benchmarks/corpus_modes.py [--files 2000]

Builds FILES text files from the raw OCR of ../shared/eval/overproof-smh and the seed page
(repeated as needed), and one JSONL file holding the same documents as records, in a
temporary folder; then times each mode end to end (wall clock, including start-up) and
prints MB/s and the speed-up over -j 1. Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "overproof-smh"


def _timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=2000)
    args = parser.parse_args()
    docs = [p.read_text(encoding="utf-8") for p in sorted(EVAL.glob("*.ocr.txt"))]
    docs.append((ROOT / "seeds" / "000_b51489e9a307c78f.txt").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        texts = [docs[i % len(docs)] for i in range(args.files)]
        for i, text in enumerate(texts):
            (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        shard = Path(tmp) / "corpus.jsonl"
        shard.write_text(
            "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)),
            encoding="utf-8",
        )
        size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        cli = [sys.executable, "-m", "ocrclean", "-q"]
        rows = [
            ("-j 1", _timed(cli + ["-j", "1", str(folder), "-o", f"{tmp}/j1"])),
            ("-j 2", _timed(cli + ["-j", "2", str(folder), "-o", f"{tmp}/j2"])),
            ("JSON Lines, one file", _timed(cli + [str(shard), "-o", f"{tmp}/out.jsonl"])),
        ]
        try:
            from dask.distributed import Client, LocalCluster

            from ocrclean.batch import Settings
            from ocrclean.distributed import clean_on_dask

            start = time.perf_counter()
            with (
                LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster,
                Client(cluster) as client,
            ):
                clean_on_dask([str(folder)], f"{tmp}/dask", Settings(), client=client)
            rows.append(
                ("Dask, LocalCluster of 2 (start-up included)", time.perf_counter() - start)
            )
        except ImportError:
            rows.append(("Dask: not installed (pip install 'ocrclean[dask]')", float("nan")))
    print(f"corpus: {args.files:,} files, {size:.1f} MB of newspaper OCR; 2 cores")
    base = rows[0][1]
    for name, seconds in rows:
        print(f"  {name:46s} {seconds:6.1f} s  {size / seconds:5.2f} MB/s  x{base / seconds:4.2f}")


if __name__ == "__main__":
    main()
