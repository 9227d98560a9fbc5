"""A ratchet on harm: the project's own harm measures, run on every test run, fail when a
figure gets worse than the one the code has reached (``tests/harm_ratchet.json``).

Two measures from ``../shared/tools/harm`` (skipped where ``../shared`` is not beside the
project): ``harm.py clean`` on clean, real text in 21 classes (harmful words changed per class;
for verse, tables, code and the other structured classes the share of lines kept as lines;
and the harmful words per class with ``--correct``),
and ``harm.py ocr`` on 300 real Chronicling America pages (words each ``strip_*`` filter
deleted, invented stops, ``word- piece`` pairs, pages a second run changes, words deleted).
The same pages also check that the command's output equals ``clean()`` on the whole text.

When a figure improves, tighten the ratchet: ``OCRCLEAN_REGEN=1 pytest
tests/test_harm_ratchet.py`` rewrites the file with today's figures; review it with
``git diff`` (a figure that got worse there is a regression, not an update).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ocrclean import clean

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
HARM = SHARED / "tools" / "harm" / "harm.py"
CLEAN_TEXT = SHARED / "eval" / "clean-text"
PAGES = SHARED / "eval" / "chronam-pages"
RATCHET = Path(__file__).with_name("harm_ratchet.json")
COMMAND = f"{sys.executable} -m ocrclean"
# Figures that may only fall, and those that may only rise.
OCR_AT_MOST = ("stray_stops", "spaced_hyphens", "second_run_changed", "words_deleted")

pytestmark = pytest.mark.skipif(not HARM.exists(), reason="../shared is not beside the project")


def _measure(mode: str, corpus: Path, out: Path, *flags: str) -> dict[str, Any]:
    report = out / f"{mode}{''.join(flags)}.json"
    command = " ".join([COMMAND, *flags])
    done = subprocess.run(
        [sys.executable, str(HARM), mode, str(corpus), "--cmd", command, "--json", str(report)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    figures: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return figures


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("harm")
    clean_run, ocr_run = _measure("clean", CLEAN_TEXT, out), _measure("ocr", PAGES, out)
    corrected = _measure("clean", CLEAN_TEXT, out, "--correct")
    reached = {
        "clean": {
            name: {
                "harm_words": figures["harm_words"],
                "deleted": figures["kinds"].get("deleted", 0),
                **(
                    {"structure": round(figures["structure"], 4)}
                    if name in clean_run["structure_classes"]
                    else {}
                ),
            }
            for name, figures in sorted(clean_run["classes"].items())
        },
        "clean_correct": {
            name: figures["harm_words"] for name, figures in sorted(corrected["classes"].items())
        },
        "ocr": {
            "strip_words": dict(sorted(ocr_run["strip_words"].items())),
            **{name: ocr_run["total"][name] for name in OCR_AT_MOST},
        },
    }
    if os.environ.get("OCRCLEAN_REGEN"):
        RATCHET.write_text(json.dumps(reached, indent=1) + "\n", encoding="utf-8")
    return reached


def _ratchet() -> dict[str, Any]:
    figures: dict[str, Any] = json.loads(RATCHET.read_text(encoding="utf-8"))
    return figures


def test_clean_text_harm_is_no_worse(figures: dict[str, Any]) -> None:
    worse = []
    for name, best in _ratchet()["clean"].items():
        now = figures["clean"][name]
        for figure in ("harm_words", "deleted"):
            if now[figure] > best[figure]:
                worse.append(f"{name}: {figure} {best[figure]} -> {now[figure]}")
        if "structure" in best and now["structure"] < best["structure"]:
            worse.append(f"{name}: lines kept {best['structure']:.2%} -> {now['structure']:.2%}")
    assert not worse, "harm on clean text got worse:\n" + "\n".join(worse)


def test_clean_text_harm_of_correct_is_no_worse(figures: dict[str, Any]) -> None:
    best, now = _ratchet()["clean_correct"], figures["clean_correct"]
    worse = [f"{name}: {best[name]} -> {now[name]}" for name in best if now[name] > best[name]]
    assert not worse, "harm on clean text with --correct got worse:\n" + "\n".join(worse)


def test_real_pages_harm_is_no_worse(figures: dict[str, Any]) -> None:
    best, now = _ratchet()["ocr"], figures["ocr"]
    worse = [
        f"{name}: {best[name]} -> {now[name]}" for name in OCR_AT_MOST if now[name] > best[name]
    ]
    worse += [
        f"words deleted by {name}: {best['strip_words'].get(name, 0)} -> {deleted}"
        for name, deleted in now["strip_words"].items()
        if deleted > best["strip_words"].get(name, 0)
    ]
    assert not worse, "harm on real pages got worse:\n" + "\n".join(worse)


@pytest.mark.skipif(not PAGES.exists(), reason="../shared is not beside the project")
def test_command_equals_api_on_real_pages(tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "ocrclean", str(PAGES), "-o", str(out), "-q", "-j", "2"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    differ = [
        page.name
        for page in sorted(PAGES.glob("*.txt"))
        if clean(page.read_text(encoding="utf-8")) != (out / page.name).read_text(encoding="utf-8")
    ]
    assert not differ, f"{len(differ)} page(s) differ between the command and clean()"
